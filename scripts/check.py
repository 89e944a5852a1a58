"""`make check`: the editorial lint. Resolves every page of every language without rendering and
lists every problem with its location; exits non-zero if any is an error."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from edition import build, report  # noqa: E402
from project import ROOT, project  # noqa: E402


def main(argv=None) -> int:
    root = Path(argv[0]).resolve() if argv else ROOT
    result = build(project(root))
    print(report(result.problems))
    return 0 if result.ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
