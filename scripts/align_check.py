"""Check a translation's alignment with the Kazakh original (for translators and editors).

usage: python scripts/align_check.py docs/results.md docs/results.ru.md [FIRST-ID LAST-ID]
(with FIRST-ID LAST-ID, the translation may be a partial file holding just that run of paragraphs)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from edition.alignment import compare, paragraphs  # noqa: E402


def main(argv) -> int:
    orig, tr = argv[0], argv[1]
    a, b = Path(orig).read_text(encoding="utf-8"), Path(tr).read_text(encoding="utf-8")
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
