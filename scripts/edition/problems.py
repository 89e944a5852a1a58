"""Located problems: every message an editor sees points at file:line:col."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field


@dataclass(frozen=True, order=True)
class Problem:
    path: str
    line: int
    col: int
    message: str
    severity: str = "error"  # "error" fails the build; "warning" is reported only
    # the kind of problem (diagnostics.CODES), given by the check that found it; not part of its identity
    code: str = field(default="", compare=False)
    # the problem this one follows from: reported folded under it, and not counted on its own
    cause: Problem | None = field(default=None, compare=False, repr=False)

    def __str__(self) -> str:
        where = self.path
        if self.line:
            where += f":{self.line}:{self.col}" if self.col else f":{self.line}"
        tag = "" if self.severity == "error" else f"{self.severity}: "
        return f"{where}: {tag}{self.message}"


def errors(problems) -> list[Problem]:
    return [p for p in problems if p.severity == "error"]


def _order(p: Problem):
    return (p.severity != "error", p.path, p.line, p.col, p.message)


def report(problems) -> str:
    """All problems of a run, errors first, each on its own line, in file order; a problem that follows from
    another is indented under its cause ("  ↳ ...") and not counted: one mistake, one count."""
    causes = [p for p in problems if p.cause is None]
    under: dict = {}
    for p in problems:
        if p.cause is not None:
            under.setdefault(p.cause, []).append(p)
    lines = []
    for p in sorted(causes, key=_order):
        lines.append(str(p))
        lines += [f"  ↳ follows from the above: {q}" for q in sorted(under.pop(p, []), key=_order)]
    for p in sorted((q for rest in under.values() for q in rest), key=_order):  # a cause not in the list
        lines.append(str(p))
    n_err = len(errors(causes))
    lines.append(f"{n_err} error(s), {len(causes) - n_err} warning(s)")
    return "\n".join(lines)


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset."""
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col


_NEWLINE = re.compile("\n")


class Lines:
    """Line and column of any offset of one text, by binary search over its line starts: a page with many
    marks asks for many places, and counting newlines from the start each time grows with the page."""

    def __init__(self, text: str):
        self.starts = [0] + [m.end() for m in _NEWLINE.finditer(text)]

    def line_col(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, offset)
        return line, offset - self.starts[line - 1] + 1
