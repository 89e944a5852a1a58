"""Where each field of a bibliography entry comes from, as the entry's own field says:
`provenance = {author=citation; year=citation; title=text:results-12; publisher, address=editor}`.

A source is `citation` (the in-text citation gives it), `text:PARA-ID` (the article's running text, in that
paragraph), `editor` (the editor's knowledge, not yet checked) or `work` (the editor's, checked in a copy of the
work that the entry's note names: what was checked there, and what not, the note says). Parsed and checked
here; said under the entry on the References page (references.py), in the page's language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .locales import SOURCE_KINDS
from .problems import Problem
from .render import HtmlBlock as H

# The edition's own fields, and renderings of a field (author-latn, title-en, note-ru): their source is the
# field's own, or the edition itself. `langid` is not one of them: the English list shows it ("[in Russian]"),
# so its source is said like a bibliographic field's.
_EDITION_FIELDS = {"status", "provenance", "keywords", "shorttitle"}
# What the legend says of each status, as a rule on the entry's provenance (status_claims): an unidentified
# entry gives only what the citation and the article's text say (its language excepted, which may be the
# editor's); an identified one has a title.
_EDITOR_ALLOWED_UNIDENTIFIED = {"langid"}
_RENDERING = re.compile(r"-(?:latn|[a-z]{2})\Z", re.I)


@dataclass(frozen=True)
class Source:
    kind: str  # "citation" | "text" | "editor" | "work"
    para: str | None = None  # the paragraph id of a `text:` source


@lru_cache(maxsize=1024)
def parse(value: str) -> tuple[tuple[tuple[tuple[str, ...], Source], ...], tuple[str, ...]]:
    """((fields, source) per item, in order), and what is wrong with the items that could not be read."""
    items, errors = [], []
    for part in value.split(";"):
        if not part.strip():
            continue
        names, eq, written = part.partition("=")
        fields = tuple(n.strip().lower() for n in names.split(",") if n.strip())
        kind, _, para = written.strip().partition(":")
        if not eq or not fields or not written.strip():
            errors.append(f"'{part.strip()}': write field=source (e.g. title=citation)")
        elif kind not in SOURCE_KINDS or (kind == "text") != bool(para.strip()):
            errors.append(
                f"unknown source '{written.strip()}' for {', '.join(fields)}:"
                " write citation, text:PARA-ID, editor or work"
            )
        else:
            items.append((fields, Source(kind, para.strip() or None)))
    return tuple(items), tuple(errors)


def bibliographic_fields(entry) -> list[str]:
    """The entry's fields whose source a reader may ask for: its people and its bibliographic fields."""
    fields = [role.lower() for role in entry.persons]
    fields += [f.lower() for f in entry.fields if f.lower() not in _EDITION_FIELDS and not _RENDERING.search(f)]
    return fields


def source_of(entry, name: str) -> Source | None:
    """The source the entry's provenance gives for one field; None when it says none (or cannot be read)."""
    for fields, source in parse(entry.fields.get("provenance", ""))[0]:
        if name in fields:
            return source
    return None


def status_claims(entry) -> list[str]:
    """What is untrue of the entry in what the legend says of its status ([] when all is true)."""
    status = entry.fields.get("status")
    if status == "unidentified":
        out = []
        if "title" in entry.fields:
            out.append("it is unidentified but has a title: mark it identified, or remove the title")
        for fields, source in parse(entry.fields.get("provenance", ""))[0]:
            editors = [f for f in fields if f not in _EDITOR_ALLOWED_UNIDENTIFIED]
            if source.kind in ("editor", "work") and editors:
                out.append(
                    f"it is unidentified, but {', '.join(editors)} come(s) from the editor"
                    + (" (checked in a copy of the work)" if source.kind == "work" else "")
                    + ": an unidentified entry"
                    " gives only what the citation and the text say (mark it identified, or remove the field)"
                )
        return out
    if status == "identified" and "title" not in entry.fields:
        return ["it is identified but has no title: an identified work has one (or mark it unidentified)"]
    return []


def check(bib, para_ids, path: str) -> list[Problem]:
    """Located problems of every entry's provenance: unreadable items, unknown paragraphs, fields the entry lacks
    (errors); an entry without provenance, a field whose source is not said (warnings)."""
    problems = []
    if not bib.text:
        return problems  # after a syntax error (reported) pybtex may have cut entries short: their fields prove nothing
    for key, entry in bib.entries.items():
        if key in bib.invalid:
            continue  # its schema errors come first: the provenance is checked once the entry is whole
        line, col = bib.place(key, "provenance")  # the entry's own place when it has none
        value = entry.fields.get("provenance")
        if value is None:
            problems.append(
                Problem(
                    path,
                    line,
                    col,
                    f"entry '{key}' has no 'provenance': say where each field comes from"
                    " (e.g. provenance = {author=citation; title=text:results-12; publisher=editor})",
                    "warning",
                )
            )
            continue
        items, errors = parse(value)
        messages = [f"provenance: {e}" for e in errors]
        named = set()
        for fields, source in items:
            if source.kind == "text" and source.para not in para_ids:
                messages.append(f"provenance: text:{source.para} is not a paragraph id")
            for name in fields:
                if name in named:
                    messages.append(f"provenance names '{name}' twice")
                elif name not in entry.fields and name not in entry.persons:
                    messages.append(f"provenance names '{name}', which the entry does not have")
                named.add(name)
        messages += status_claims(entry)
        problems += [Problem(path, line, col, f"entry '{key}': {m}") for m in messages]
        unsaid = [f for f in bibliographic_fields(entry) if f not in named]
        if unsaid:
            problems.append(
                Problem(
                    path,
                    line,
                    col,
                    f"entry '{key}': provenance does not say where {', '.join(unsaid)} come(s) from",
                    "warning",
                )
            )
    return problems


def describe(entry, loc, para_href, para_name=None) -> str:
    """The sources of an entry's fields for readers, grouped by source in the order they are first named; ""
    for an entry without provenance. para_href: paragraph id -> link to that paragraph; para_name: paragraph
    id -> its name for readers, as the back links say it ("Introduction ¶ 8"; without it, "¶ id")."""
    value = entry.fields.get("provenance")
    if value is None:
        return ""
    groups: dict = {}
    for fields, source in parse(value)[0]:
        groups.setdefault(source, []).extend(fields)
    items = H(loc.items_sep).join(
        H.escape(loc.provenance_item).format(
            fields=loc.list_sep.join(str(loc.provenance_fields.get(f, f)) for f in fields),
            source=_source(source, loc, para_href, para_name),
        )
        for source, fields in groups.items()
    )
    return str(H('<p class="ref-provenance">{}</p>').format(H.escape(loc.provenance_line).format(items=items)))


def _source(source: Source, loc, para_href, para_name) -> H:
    words = H.escape(loc.provenance_sources[source.kind])
    if source.kind != "text":
        return words
    href = para_href(source.para)
    mark = para_name(source.para) if para_name else f"{loc.paragraph_sign} {source.para}"
    return words.format(paragraph=H('<a href="{}">{}</a>').format(href, mark) if href else mark)
