"""Load bibliography.bib with pybtex, turning every problem into a located message (never a traceback)."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path

import pybtex.errors
from pybtex.bibtex.utils import split_name_list
from pybtex.database import BibliographyData, Person
from pybtex.database.input.bibtex import Parser, UndefinedMacro
from pybtex.scanner import PybtexError, PybtexSyntaxError

from . import lookalike
from .inputs import read_text
from .problems import Problem, line_col

STATUSES = ("checked", "identified", "unidentified")
_ENTRY_HEAD = re.compile(r"@\s*(\w+)\s*[{(]\s*([^,\s}]+)\s*,", re.M)
NAME_FIELDS = tuple(Person.valid_roles)  # read as people; their -latn forms too
_NAME_RULE = (
    "write each person as 'Family, Given' or 'Given Family' (at most two commas: 'Family, Jr., Given'),"
    " people separated by ' and '"
)


@dataclass
class Bibliography:
    path: str
    data: BibliographyData
    lines: dict = field(default_factory=dict)  # key -> line of its '@type{key,'
    text: str = ""  # the file as read, for checking fields (bibschema.py); "" after a syntax error (cut entries)
    invalid: set = field(default_factory=set)  # keys whose schema errors are reported: not formatted again
    unread: set = field(default_factory=set)  # (key, field) with an undefined macro (reported): value unknown
    bad_names: list = field(default_factory=list)  # (key, field, message) of names pybtex cannot read
    unreadable: bool = False  # the file could not be read (reported once): no citation is then "unknown"
    year_suffixes: dict = field(default_factory=dict)  # locale code -> {key: "a"}: references.year_suffixes

    @property
    def entries(self):
        return self.data.entries

    def line(self, key: str) -> int:
        return self.lines.get(key.lower(), 0)

    def place(self, key: str, name: str | None = None) -> tuple[int, int]:
        """Line and column of an entry's field (of the entry when it has no such field, or `name` is None);
        the line only when the text is not known (after a syntax error)."""
        start, end = spans(self.text).get(key.lower(), (0, 0)) if self.text else (0, 0)
        if not end:
            return self.line(key), 0
        return line_col(self.text, field_offset(self.text, start, end, name) if name else start)

    def suggest(self, key: str) -> str | None:
        close = difflib.get_close_matches(key, list(self.entries.keys()), n=1, cutoff=0.6)
        return close[0] if close else None


def persons(entry, role: str, script: str) -> list[Person]:
    """The entry's people in a role, in the original script or romanized (`<role>-latn`)."""
    if script == "original":
        return list(entry.persons.get(role, []))
    raw = entry.fields.get(f"{role}-latn")
    return [Person(n) for n in split_name_list(raw)] if raw else []


def load(path: str, display_path: str | None = None) -> tuple[Bibliography, list[Problem]]:
    """The bibliography; a file that is not UTF-8 is read on with the bad bytes replaced, so that the one real
    problem is not buried under every citation of the edition reported as an unknown key."""
    shown = display_path or path
    text, problems = read_text(Path(path), shown)
    if text is None:
        return Bibliography(shown, BibliographyData(), unreadable=True), [
            Problem(shown, 0, 0, f"cannot read the bibliography: {problems[0].message}")
        ]
    bib, found = parse(text, shown)
    return bib, problems + found


def parse(text: str, path: str) -> tuple[Bibliography, list[Problem]]:
    problems: list[Problem] = []
    lines: dict[str, int] = {}
    for m in _ENTRY_HEAD.finditer(text):
        if m.group(1).lower() in ("comment", "preamble", "string"):
            continue
        key = m.group(2).lower()
        line, col = line_col(text, m.start())
        if key in lines:
            problems.append(
                Problem(
                    path,
                    line,
                    col,
                    f"duplicate key '{m.group(2)}' (first defined on line {lines[key]}): rename or merge the entries",
                )
            )
        else:
            lines[key] = line
    with pybtex.errors.capture() as captured:
        try:
            data = Parser(person_fields=()).parse_string(text)  # names read below, where a bad one is located
        except PybtexError as e:  # defensive: capture() should have taken every error
            captured.append(e)
            data = BibliographyData()
    syntax_errors, unread = False, set()
    for err in captured:
        if "repeated bibliography entry" in str(err):
            continue  # reported above, with both lines
        if isinstance(err, UndefinedMacro):  # the parse goes on past it: not a syntax error that cuts entries
            problems.append(_undefined_macro(err, text, path, unread))
            continue
        lineno = getattr(err, "lineno", 0) or 0
        message = str(err)
        told = _told(message, text)
        if told:
            syntax_errors = syntax_errors or isinstance(err, PybtexSyntaxError)
            problems.append(Problem(path, *told))
            continue
        if isinstance(err, PybtexSyntaxError):
            syntax_errors = True
            # pybtex repeats the line the location gives, and names the line where it gave up, often after the cause
            message = (
                message.split(": ", 1)[-1] + " (look for an unclosed brace or quote, or a missing comma,"
                " at or above this line)"
            )
        problems.append(Problem(path, lineno, 0, f"malformed BibTeX: {message}"))
    bib = Bibliography(path, data, lines, "" if syntax_errors else text, unread=unread)
    _read_names(bib, [] if syntax_errors else problems)  # after a syntax error, cut entries prove nothing
    for key, entry in data.entries.items():
        found = []
        status = entry.fields.get("status")
        if status is None:
            found.append(f"entry '{key}' has no 'status' field: add status = {{{' | '.join(STATUSES)}}}")
        elif status not in STATUSES:
            found.append(f"entry '{key}': field 'status' must be one of {', '.join(STATUSES)} (found '{status}')")
            entry.fields["status"] = "unidentified"  # reported; the rest of the run needs a status it knows
        if not syntax_errors:  # after a syntax error pybtex may have cut entries short: their fields prove nothing
            problems += [Problem(path, *bib.place(key, "status"), message) for message in found]
    return bib, problems


def _undefined_macro(err: UndefinedMacro, text: str, path: str, unread: set) -> Problem:
    """At the macro itself (pybtex gives the line only, and the name without saying it is a macro). The
    field it stands in goes into `unread`: its empty value is not reported again."""
    name = str(err.args[0])
    info = getattr(err, "error_context_info", None)
    offset = info[2] - len(name) if info else 0
    line, col = line_col(text, offset) if info else (err.lineno or 0, 0)
    head = list(_ENTRY_HEAD.finditer(text, 0, offset))
    fields = list(re.finditer(r"([\w-]+)\s*=", text[head[-1].end() : offset])) if head else []
    if fields:
        unread.add((head[-1].group(2).lower(), fields[-1].group(1).lower()))
    defined = re.search(r"@\s*string\s*[{(]\s*" + re.escape(name) + r"\s*=", text, re.I)
    todo = (
        f"it is defined on line {line_col(text, defined.start())[0]}, below its use: move the @string above it"
        if defined
        else f"define it above its use (@string{{{name} = {{...}}}}), or write the value in braces: {{{name}}}"
    )
    return Problem(path, line, col, f"undefined macro '{name}': {todo}")


def spans(text: str) -> dict:
    """key -> (start, end) offsets of its entry in the file."""
    heads = [m for m in _ENTRY_HEAD.finditer(text) if m.group(1).lower() not in ("comment", "preamble", "string")]
    ends = [m.start() for m in heads[1:]] + [len(text)]
    found: dict = {}
    for m, end in zip(heads, ends):
        found.setdefault(m.group(2).lower(), (m.start(), end))
    return found


def field_offset(text: str, start: int, end: int, name: str) -> int:
    m = re.compile(r"(?<![\w-])" + re.escape(name) + r"\s*=", re.I).search(text, start, end)
    return m.start() if m else start


def _read_names(bib: Bibliography, problems: list) -> None:
    """The people of each entry, read here rather than by the parser, whose error on a bad name (too many
    commas) says neither entry nor field, or is raised later, for a -latn field, as a traceback. An entry
    with a bad name is reported at the field and not formatted."""
    for key, entry in bib.entries.items():
        counts = {}
        for name in [n for n in entry.fields if n.lower() in NAME_FIELDS]:
            people = _people(entry.fields.pop(name), key, name, bib)
            counts[name.lower()] = len(people)
            for person in people:
                entry.add_person(person, name.lower())
        for name in [n for n in entry.fields if n.lower() in {f"{r}-latn" for r in NAME_FIELDS}]:
            n, of = len(_people(entry.fields[name], key, name, bib)), name.lower().removesuffix("-latn")
            if counts.get(of, n) != n:
                message = f"it names {n} people, '{of}' {counts[of]}: the same people, in the same order"
                bib.bad_names.append((key, name.lower(), message))
                bib.invalid.add(key)
    for key, name, message in bib.bad_names:
        problems.append(
            Problem(bib.path, *bib.place(key, name), f"entry '{key}': field '{name}': {message}: {_NAME_RULE}")
        )


_SPACED_KEY = re.compile(r"^[ \t]*@\w+[ \t]*\{[ \t]*(?P<key>[^,\s{}]+(?:[^\S\n]+[^,\s{}]+)+)[ \t]*,", re.M)
_TWICE = re.compile(r"entry with key (?P<key>\S+) has a duplicate (?P<field>\S+) field")


def _which(key: str) -> str:
    """' (U+00A0 NO-BREAK SPACE)' for a space a word processor pasted, '' for a plain one."""
    odd = next((c for c in key if c.isspace() and c != " "), None)
    return f" ({lookalike.describe(odd)})" if odd else ""


def _told(message: str, text: str) -> tuple[int, int, str] | None:
    """Two of pybtex's messages said where the mistake is, and what it is: a key with a space in it (pybtex
    names the line where it gave up), a field given twice in an entry (pybtex names no line)."""
    spaced = _SPACED_KEY.search(text) if "expected" in message else None
    if spaced:
        line = text.count("\n", 0, spaced.start("key")) + 1
        col = spaced.start("key") - text.rfind("\n", 0, spaced.start("key"))
        key = spaced.group("key")
        return (
            line,
            col,
            f"malformed BibTeX: the key '{key}' holds a space{_which(key)}: write it as one word"
            f" ('{''.join(key.split())}')",
        )
    twice = _TWICE.search(message)
    if twice:
        head = re.search(r"@\w+\s*\{\s*" + re.escape(twice.group("key")) + r"\s*,", text)
        fields = (
            list(re.finditer(r"^[ \t]*" + re.escape(twice.group("field")) + r"[ \t]*=", text[head.end() :], re.M))
            if head
            else []
        )
        if len(fields) > 1:
            first, second = (text.count("\n", 0, head.end() + f.start()) + 1 for f in fields[:2])
            return (
                second,
                3,
                (
                    f"entry '{twice.group('key')}': field '{twice.group('field')}' given twice (first at line {first}):"
                    " keep one"
                ),
            )
    return None


def _people(value: str, key: str, name: str, bib: Bibliography) -> list[Person]:
    pieces = split_name_list(value)
    with pybtex.errors.capture() as captured:  # pybtex reads on past a bad name: one message, not a traceback
        people = [Person(n) for n in pieces]
    messages = [str(err) if len(str(err)) <= 100 else str(err)[:97] + "…'" for err in captured]
    messages += [m for piece, person in zip(pieces, people) for m in _misread(piece, person)]
    for message in messages:
        bib.bad_names.append((key, name.lower(), message[:1].lower() + message[1:]))
        bib.invalid.add(key)
    return people


_ET_AL = re.compile(r"\s(?:et\.?\s*al\.?|и\s+др\.?|и\s+другие|және\s+т\.\s*б\.?)\s*\Z", re.I)
_INITIAL = re.compile(r"\w{1,2}\.(?:-?\w{1,2}\.)*\Z")  # Л.  Н.С.  Zh.


def _misread(piece: str, person: Person) -> list[str]:
    """What pybtex reads without complaint but not as meant: an empty name ('and and', an 'and' at the end),
    ';' between people, or 'Крицман Л.' (no comma), which it reads as family name 'Л.'."""
    text = piece.strip()
    if not text or text.lower().startswith("and ") or text.lower().endswith(" and"):
        return ["an empty name (two 'and's in a row, or one at the end)"]
    if ";" in text:
        return [f"';' in '{text}': people are separated by ' and '"]
    etc = _ET_AL.search(text)
    if etc:  # 'Маркс et al.': pybtex reads 'et' and 'al.' as parts of the name
        return [f"'{etc.group(0).strip()}' in '{text}' is read as part of a name: write ' and others' for the others"]
    if "," not in text and person.last_names and all(_INITIAL.match(n) for n in person.last_names):
        words = text.split()
        k = next((i for i, w in enumerate(words) if _INITIAL.match(w)), 0)
        family, initials = " ".join(words[:k]), " ".join(words[k:])
        return [f"'{text}' reads as family name '{' '.join(person.last_names)}': write '{family}, {initials}'"]
    return []
