"""The bibliography's schema (bibschema.yml): every entry of bibliography.bib against the fields its type may
and must have and the format of each field. An unknown field is a warning that suggests the field meant; a
missing field a style needs, or a value in the wrong format, is an error. Every message is located at the
field (or at the entry when a field is missing)."""

from __future__ import annotations

import difflib
import functools
import re
from dataclasses import dataclass
from pathlib import Path

from pybtex.richtext import Text
from pybtex.scanner import PybtexError

from . import lookalike, provenance
from .bibliography import Bibliography, field_offset, spans
from .inputs import read_yaml
from .labels import TEXT, is_plain
from .problems import Problem, line_col
from .syntax import _INVISIBLE, letter_problem, plain_text_problem

SCHEMA = Path(__file__).parent / "bibschema.yml"
_YEAR = re.compile(r"\d{4}\Z")
_URL = re.compile(r"https?://[^\s<>\"']+\Z", re.I)
_DOI = re.compile(r"10\.\d{4,9}/\S+\Z")
_COMMAND = re.compile(r"\\[A-Za-z]+")


@dataclass(frozen=True)
class Schema:
    fields: dict  # field -> format
    common: list
    types: dict  # type -> {"must": [...], "may": [...]}
    must: list
    one_of: list
    unchecked_needs: list  # what an entry not yet checked must say besides (the notes on what remains)
    romanized: dict  # field -> its romanized field
    names: list  # fields of names: romanized always
    langids: list


@dataclass(frozen=True)
class Finding:
    field: str | None  # where it is located; None: at the entry
    message: str
    severity: str = "error"
    blocks: bool = False  # the entry cannot be formatted: the formatter must not report it again


def langids(locales: dict) -> set:
    """The languages a work may be in: the schema's and the locales' (nothing more if the schema is broken)."""
    schema, _ = load_schema()
    return {loc.langid for loc in locales.values()} | set(schema.langids if schema else [])


@functools.cache
def load_schema(path: Path = SCHEMA) -> tuple[Schema | None, list[Problem]]:
    doc, problems = read_yaml(path, str(path), missing_ok=False)
    if doc is None:
        return None, problems
    names = [f for f in Schema.__dataclass_fields__]
    if not isinstance(doc.data, dict) or any(n not in doc.data for n in names):
        return None, [Problem(str(path), 1, 1, f"the schema needs the keys {', '.join(names)}")]
    return Schema(**{n: doc.data[n] for n in names}), []


def check(bib: Bibliography, known_langids, problems: list, schema: Schema | None = None) -> None:
    """Every entry against the schema; entries a style cannot format go into bib.invalid."""
    if schema is None:
        schema, found = load_schema()
        problems += found
    if schema is None or not bib.text:  # after a syntax error the entries prove nothing (reported already)
        return
    langids = sorted(set(known_langids) | set(schema.langids))
    places = spans(bib.text)
    for key, entry in bib.entries.items():
        start, end = places.get(key.lower(), (0, 0))
        for f in _entry_findings(key, entry, schema, langids, bib.unread):
            offset = field_offset(bib.text, start, end, f.field) if f.field else start
            line, col = line_col(bib.text, offset) if end else (bib.line(key), 0)
            problems.append(Problem(bib.path, line, col, f"entry '{key}': {f.message}", f.severity))
            if f.blocks:
                bib.invalid.add(key)


def _values(entry) -> dict:
    """field name (lower case) -> value, people included (pybtex keeps them apart from the fields)."""
    values = {name.lower(): value for name, value in entry.fields.items()}
    for role, people in entry.persons.items():
        values[role.lower()] = " and ".join(str(p) for p in people)
    return values


def _entry_findings(key: str, entry, schema: Schema, langids: list, unread=frozenset()) -> list[Finding]:
    values = _values(entry)
    found = []
    odd = lookalike.mixed(key)
    if odd:
        found.append(Finding(None, f"the key {odd}: write it in one script"))
    kind = schema.types.get(entry.type.lower())
    if kind is None:
        close = _close(entry.type.lower(), schema.types)
        found.append(
            Finding(
                None,
                f"type '@{entry.type}' is not one the styles format"
                + (f" (did you mean '@{close}'?)" if close else f" (use one of {', '.join(schema.types)})"),
            )
        )
        kind = {}
    allowed = set(schema.common) | set(kind.get("must", [])) | set(kind.get("may", []))
    for name, value in values.items():
        if (key.lower(), name) in unread:
            continue  # its undefined macro is reported: its empty value is no second mistake
        found += _field_findings(name, value, entry.type, schema, allowed, langids)
    found += _missing(values, schema, kind)
    found += _status_findings(values, schema)
    return found


def _status_findings(values: dict, schema: Schema) -> list[Finding]:
    """'checked' means every field was compared with the work: no field may still be the editor's unchecked
    knowledge. An entry not yet checked says in its notes what remains to be checked."""
    status = values.get("status")
    if status == "checked":
        items, _ = provenance.parse(values.get("provenance", ""))
        unchecked = [name for fields, source in items if source.kind == "editor" for name in fields]
        if unchecked:
            return [
                Finding(
                    "status",
                    f"status is 'checked', but provenance says {', '.join(unchecked)} = editor (not yet checked):"
                    " compare them with the work and give their source, or write status = {identified}",
                )
            ]
        return []
    missing = [name for name in schema.unchecked_needs if not values.get(name, "").strip()]
    if status is None or not missing:
        return []
    why = "say what the identification rests on and what remains to be checked"
    return [Finding("status", f"status is '{status}' but the entry has no {', '.join(missing)}: {why}", "warning")]


def _field_findings(name, value, type_, schema: Schema, allowed: set, langids: list) -> list[Finding]:
    fmt = schema.fields.get(name)
    if fmt is None:
        close = _close(name, schema.fields)
        todo = f"did you mean '{close}'?" if close else "see scripts/edition/bibschema.yml for the fields"
        return [Finding(name, f"unknown field '{name}' ({todo})", "warning")]
    found = []
    if name not in allowed:
        found.append(Finding(name, f"field '{name}' is not one a @{type_} entry has: the style ignores it", "warning"))
    wrong = format_problem(name, fmt, value.strip(), schema, langids) or _latex_problem(name, value)
    wrong = wrong or _pasted_problem(name, value)
    if wrong:
        found.append(Finding(name, wrong))
    return found


def format_problem(name: str, fmt: str, value: str, schema: Schema | None = None, langids=()) -> str | None:
    """What is wrong with a value of a format (None: nothing); also the rule for article.yml's doi and year."""
    if fmt == "year" and not _YEAR.match(value):
        return f"field 'year' must be a year of four digits (1926), not '{value[:60]}'"
    if fmt == "langid" and value not in langids:
        close = _close(value, langids)
        return f"field 'langid' must be a language the edition knows ({', '.join(langids)}), not '{value}'" + (
            f" (did you mean '{close}'?)" if close else ""
        )
    if fmt == "url" and not _URL.match(value):
        return f"field 'url' must be an http(s) URL, not '{value[:60]}'"
    if fmt == "doi" and not _DOI.match(value):
        return f"field 'doi' must be a DOI such as 10.1000/xyz (without https://doi.org/), not '{value[:60]}'"
    if fmt == "latin":
        other = next((c for c in value if lookalike.script(c) not in (None, "Latin")), None)
        if other:
            found = f"{lookalike.script(other)} '{other}' (U+{ord(other):04X})"
            return f"field '{name}' must be in Latin script: it has {found}"
    return None


_TITLE = re.compile(r"(?:sub)?title(?:-latn|-en)?")
_FULL_STOP = re.compile(r"[^\W\d_]{4,}\.\s*\Z")  # after a word, not an abbreviation ('1917–1923 gg.')
# A value between a word processor's quotation marks: every style prints them, around the marks it sets itself
_QUOTED = re.compile(r"\A\s*[“„«](?:[^“”„«»]|[«„“][^“”„«»]*[»“”])*[”»“]\s*\Z")  # (an apostrophe inside: ’)


# What any of the letters' problems holds (a superset): one search per field (the
# bibliography's ~1000 fields went through the letters' five searches in ~8 ms of each build)
_SUSPECT = re.compile(  # one class, no alternation: the invisible characters, U+FFFD, a combining mark, a
    # ligature or fullwidth form, the first character of a garbled run
    _INVISIBLE.pattern[:-1] + "\ufffd\u0300-\u036f\ufb00-\ufb06\uff01-\uff5e\u00c2-\u00f4]"
)


def _pasted_problem(name: str, value: str) -> str | None:
    """A character a PDF or a broken copy pastes (a ligature, 'â€™', U+FFFD, a letter in two pieces, an
    invisible one), or the whole value in quotation marks: printed as typed in every list and download."""
    markup = plain_text_problem(value) if name.startswith("note") else None
    if markup:
        return f"field '{name}': {markup[1]}"
    # 'Commissariats.: October 1917' in every list
    if value.rstrip().endswith(".") and _TITLE.fullmatch(name) and _FULL_STOP.search(value):
        return (
            f"field '{name}' ends with a full stop, which the styles set themselves ('{value.strip()[-30:]}'):"
            " delete it"
        )
    if value.isascii():
        return None
    # (U+FFFD is left to the reading of the file, which tells bytes that are not UTF-8, and stands for each)
    found = letter_problem(value.replace("\ufffd", "")) if _SUSPECT.search(value) else None
    if found:
        return f"field '{name}': {found[1]}"
    if value.lstrip()[:1] in ("“", "„", "«") and _QUOTED.match(value):
        return (
            f"field '{name}' is written between quotation marks ('{value.strip()[:40]}'), which every style and"
            " download would print as typed: write the words without them (each style sets its own)"
        )
    return None


def _latex_problem(name: str, value: str) -> str | None:
    """The styles decode LaTeX as pybtex does (M{\\"u}ller -> Müller); a command the decoder does not know
    (\\textit{…}) would be printed as typed."""
    if is_plain(value):
        return None
    try:
        decoded = Text.from_latex(value).render(TEXT)
    except PybtexError as e:
        return f"field '{name}' cannot be read as BibTeX text ({e}): write the letters themselves (ü)"
    command = _COMMAND.search(decoded)
    if command is None:
        return None
    return (
        f"field '{name}' has the LaTeX command '{command.group()}', which would be printed as typed:"
        " write the text without it (the styles set no italics or bold inside a field)"
    )


def _missing(values: dict, schema: Schema, kind: dict) -> list[Finding]:
    found = []
    for name in schema.must + kind.get("must", []):
        if name not in values and schema.fields.get(name) != "status":  # status: bibliography.py says it
            found.append(Finding(None, f"missing field '{name}' ({_why(name, schema)})", blocks=True))
    for group in schema.one_of:
        if not any(name in values for name in group):
            names = " or ".join(f"'{n}'" for n in group)
            why = "the in-text label needs a surname or a short title"
            found.append(Finding(None, f"missing field {names} ({why})", blocks=True))
    for name, latin in schema.romanized.items():
        value = values.get(name)
        if value is None or latin in values:
            continue
        if name in schema.names or any(lookalike.script(c) not in (None, "Latin") for c in value):
            found.append(
                Finding(name, f"missing field '{latin}': the English pages need '{name}' romanized", blocks=True)
            )
    return found


def _why(name: str, schema: Schema) -> str:
    if schema.fields.get(name) == "langid":
        return "the language of the work: add langid = {russian}, or another language the edition knows"
    return "the style needs it"


def _close(word: str, choices) -> str | None:
    found = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return found[0] if found else None
