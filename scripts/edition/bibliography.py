"""Load bibliography.bib with pybtex, turning every problem into a located message (never a traceback)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import pybtex.errors
from pybtex.bibtex.utils import split_name_list
from pybtex.database import BibliographyData, Person
from pybtex.database.input.bibtex import Parser
from pybtex.scanner import PybtexError

from .problems import Problem, line_col

STATUSES = ("checked", "identified", "unidentified")
_ENTRY_HEAD = re.compile(r"@\s*(\w+)\s*[{(]\s*([^,\s}]+)\s*,", re.M)
_SAFE_URL = re.compile(r"https?://[^\s<>\"']+\Z", re.I)


@dataclass
class Bibliography:
    path: str
    data: BibliographyData
    lines: dict = field(default_factory=dict)  # key -> line of its '@type{key,'

    @property
    def entries(self):
        return self.data.entries

    def line(self, key: str) -> int:
        return self.lines.get(key.lower(), 0)

    def suggest(self, key: str) -> str | None:
        import difflib
        close = difflib.get_close_matches(key, list(self.entries.keys()), n=1, cutoff=0.6)
        return close[0] if close else None


def persons(entry, role: str, script: str) -> list[Person]:
    """The entry's people in a role, in the original script or romanized (`<role>-latn`)."""
    if script == "original":
        return list(entry.persons.get(role, []))
    raw = entry.fields.get(f"{role}-latn")
    return [Person(n) for n in split_name_list(raw)] if raw else []


def load(path: str, display_path: str | None = None) -> tuple[Bibliography, list[Problem]]:
    shown = display_path or path
    try:
        raw = open(path, "rb").read()
    except OSError as e:
        return Bibliography(shown, BibliographyData()), [Problem(shown, 0, 0, f"cannot read the bibliography: {e.strerror}")]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        good = raw[:e.start].decode("utf-8", "replace")
        line, col = line_col(good, len(good))
        return Bibliography(shown, BibliographyData()), [Problem(
            shown, line, col, f"not valid UTF-8 (byte 0x{raw[e.start]:02x}): save the file as UTF-8")]
    return parse(text, shown)


def parse(text: str, path: str) -> tuple[Bibliography, list[Problem]]:
    problems: list[Problem] = []
    lines: dict[str, int] = {}
    for m in _ENTRY_HEAD.finditer(text):
        if m.group(1).lower() in ("comment", "preamble", "string"):
            continue
        key = m.group(2).lower()
        line, col = line_col(text, m.start())
        if key in lines:
            problems.append(Problem(path, line, col,
                                    f"duplicate key '{m.group(2)}' (first defined on line {lines[key]}): rename or merge the entries"))
        else:
            lines[key] = line
    with pybtex.errors.capture() as captured:
        try:
            data = Parser().parse_string(text)
        except PybtexError as e:  # defensive: capture() should have taken every error
            captured.append(e)
            data = BibliographyData()
    for err in captured:
        if "repeated bibliography entry" in str(err):
            continue  # reported above, with both lines
        lineno = getattr(err, "lineno", 0) or 0
        problems.append(Problem(path, lineno, 0, f"malformed BibTeX: {err}"))
    bib = Bibliography(path, data, lines)
    for key, entry in data.entries.items():
        line = bib.line(key)
        for name in ("url",):
            value = entry.fields.get(name)
            if value is not None and not _SAFE_URL.match(value.strip()):
                problems.append(Problem(path, line, 0,
                                        f"entry '{key}': field '{name}' must be an http(s) URL, not '{value[:60]}'"))
        status = entry.fields.get("status")
        if status not in STATUSES:
            problems.append(Problem(path, line, 0, f"entry '{key}': field 'status' must be one of {', '.join(STATUSES)}"
                                                   f" (found {status!r})"))
    return bib, problems
