"""Check a translation's alignment with the Kazakh original (for translators and editors).

usage: python scripts/align_check.py docs/results.md docs/results.ru.md [FIRST-ID LAST-ID]
(with FIRST-ID LAST-ID, the translation may be a partial file holding just that run of paragraphs)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from edition.alignment import compare, paragraphs  # noqa: E402
from edition.inputs import read_text  # noqa: E402


def main(argv) -> int:
    orig, tr = argv[0], argv[1]
    (a, bad_a), (b, bad_b) = read_text(Path(orig), orig), read_text(Path(tr), tr)
    if a is None or b is None or bad_a or bad_b:  # the one reader's message, not a traceback
        for p in bad_a + bad_b:
            print(p)
        return 1
    only = None
    if len(argv) == 4:
        ids = [p.pid for p in paragraphs(a)]
        only = set(ids[ids.index(argv[2]) : ids.index(argv[3]) + 1])
    problems = compare(a, b, orig, tr, only)
    for p in problems:
        print(p)
    print(f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
