"""The editor's gate, after the pages are scanned and before anything is resolved: what makes a page wrong
although each mark in it is well formed. Page markers within the article's pages and in reading order,
locators that name a place, paragraph and emendation ids in one script, every emendation standing once where
its record says, and the references between the data files (emendation, citation form -> paragraph; citation
form -> bibliography entry). Every problem is located; nothing here changes what is built.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from . import bibschema, locales, lookalike, siteconfig
from .inputs import unknown_keys, value_mark
from .problems import Problem
from .syntax import Citation, Marker, scan

ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")  # paragraph and emendation ids: results-12, kazirgi-1
_ROMAN = re.compile(r"\b[ivxlcdm]+\b", re.I)


# The keys of the data files' records: (keys, keys that may also be given per language as <key>-<lang>).
RECORD_KEYS = {  # file -> (keys, keys that may have a `-<lang>` translation); a note's texts are keyed by language
    "emendations": (("id", "where", "source", "reading", "why"), ("why",)),
    "citation_forms": (("n", "source", "where", "cites"), ()),
    "corrections": (("date", "where", "what", "why"), ("what", "why")),
    "notes": (("id", "where", "anchor"), ()),
}


def check(ed, problems: list) -> None:
    record_keys(ed, problems)
    page_markers(ed, problems)
    marks_in_text(ed, problems)
    if not ed.inputs.partial:  # a page's original is missing: the records may name its paragraphs
        emendation_records(ed, problems)
        emendation_uses(ed, problems)
        citation_forms(ed, problems)
    language_notes(ed, problems)


def _sections(ed, lang: str | None = None) -> list:
    """The pages that are text of their own (not a whole-article page, which repeats the sections)."""
    return [p for p in ed.pages if (p.lang, p.name) not in ed.whole and (lang is None or p.lang == lang)]


def _markers(ed, page, kind: str) -> list[Marker]:
    return [t for t in ed.scans[(page.lang, page.name)].tokens if isinstance(t, Marker) and t.kind == kind]


def record_keys(ed, problems: list) -> None:
    """A key a record does not have is a warning (a misspelt optional key would be silently ignored)."""
    for name, (keys, translated) in RECORD_KEYS.items():
        allowed = set(keys) | {f"{k}-{lang}" for k in translated for lang in ed.project.languages}
        records = getattr(ed.inputs, name) or []
        if isinstance(records, dict):  # the notes, by id: their texts are keyed by language
            records, allowed = records.values(), allowed | set(ed.project.languages)
        for rec in records:
            problems += unknown_keys(rec.node, allowed, rec.path, keys)


def page_markers(ed, problems: list) -> None:
    """In the original, print-page markers within the article's pages (source/article.yml), rising in
    reading order. The translations follow the original (alignment.py)."""
    article, project = ed.inputs.article, ed.project
    original = {p.name: p for p in _sections(ed, project.languages[0])}
    order = [n for n in project.reading_order if n in original] or sorted(original)
    # mkdocs.yml unread (malformed): its nav, the reading order, is unknown, and the order is not checked
    unordered = any(p.path == project.config and p.severity == "error" for p in problems)
    unordered = unordered or _nav_out_of_order(ed, original, order, problems)
    low, high = (int(article.first_page), int(article.last_page)) if article else (None, None)
    previous = None  # (number, page, marker)
    for name in order:
        page = original[name]
        for tok in _markers(ed, page, "page"):
            if not tok.value.isdigit():
                continue  # reported where the marks are resolved
            n = int(tok.value)
            if low is not None and not low <= n <= high:
                problems.append(
                    Problem(
                        page.path,
                        tok.line,
                        tok.col,
                        f"page marker {{pb:{n}}} is outside the article's pages {low}–{high}"
                        f" ({project.article}): correct the number",
                    )
                )
                continue
            if previous and n <= previous[0] and not unordered:
                n0, p0, t0 = previous
                problems.append(
                    Problem(
                        page.path,
                        tok.line,
                        tok.col,
                        f"page marker {{pb:{n}}} comes after {{pb:{n0}}} ({p0.path}:{t0.line}:{t0.col}):"
                        " print pages rise in reading order; correct the number or move the marker",
                    )
                )
            previous = (n, page, tok)


def _nav_out_of_order(ed, original: dict, order: list, problems: list) -> bool:
    """When every section's page markers rise within it, and the sections ordered by their markers rise
    throughout, but the nav orders them otherwise, the nav is what is wrong, not the markers: said once, at
    mkdocs.yml's nav entry of the first section out of its place (True), instead of at each marker."""
    if not ed.project.reading_order:
        return False  # no nav (the engine alone): the pages are taken in the order of their names
    numbers = {n: [int(t.value) for t in _markers(ed, original[n], "page") if t.value.isdigit()] for n in order}
    marked = [n for n in order if numbers[n]]
    if any(numbers[n] != sorted(set(numbers[n])) for n in marked):
        return False
    by_pages = sorted(marked, key=lambda n: numbers[n][0])
    flat = [x for n in by_pages for x in numbers[n]]
    if by_pages == marked or flat != sorted(set(flat)):
        return False
    first = next(a for a, b in zip(marked, by_pages) if a != b)
    at = siteconfig.nav_place(ed.project.root, ed.project.config, f"{first}.md") or (0, 0)
    problems.append(
        Problem(
            ed.project.config,
            *at,
            f"nav: the body sections stand out of the article's order: by their page markers the article has"
            f" {', '.join(by_pages)}, the nav {', '.join(marked)}: list them in the nav in the article's order",
        )
    )
    return True


def marks_in_text(ed, problems: list) -> None:
    """Paragraph ids of lowercase Latin letters, digits and hyphens; locators that name a place."""
    for page in _sections(ed):
        for tok in ed.scans[(page.lang, page.name)].tokens:
            if isinstance(tok, Citation):
                for item in tok.items:
                    if item.locator and not (re.search(r"\d", item.locator) or _ROMAN.search(item.locator)):
                        problems.append(
                            Problem(
                                page.path,
                                item.line,
                                item.col,
                                f"locator '{item.locator}' names no page: write the page number after the comma"
                                f" ('@{item.key}, 148'), or drop the comma and the locator",
                            )
                        )
            elif tok.kind == "para" and not ID.match(tok.value):
                problems.append(Problem(page.path, tok.line, tok.col, _id_message("paragraph id", tok.value)))


def _id_message(what: str, value: str) -> str:
    return lookalike.id_message(what, value, "results-12")


def _places(ed) -> set:
    """What an emendation's `where` may name: a paragraph of the original, or an abstract (abstract-<lang>)."""
    return set(ed.para_page) | {f"abstract-{lang}" for lang in ed.project.languages}


def emendation_records(ed, problems: list) -> None:
    places = _places(ed)
    for rec in ed.inputs.emendations:
        rid, where = str(rec["id"]), str(rec["where"])
        if not ID.match(rid):
            problems.append(Problem(rec.path, *rec.mark("id"), _id_message("emendation id", rid)))
        if where not in places and ed.para_page:
            problems.append(
                Problem(
                    rec.path,
                    *rec.mark("where"),
                    f"where: '{where}' is not a paragraph of the text"
                    f" ({lookalike.note(where)}write a paragraph id such as intro-1, or abstract-<language>)",
                )
            )
        if str(rec["source"]) == str(rec["reading"]):
            problems.append(
                Problem(rec.path, *rec.mark("reading"), "reading is the source's reading: an emendation changes it")
            )
        tag = _TAG.search(str(rec["reading"]))
        if tag:  # the reading stands in the text as plain text, escaped: '<i>' would be shown as typed
            problems.append(
                Problem(
                    rec.path,
                    *rec.mark("reading"),
                    f"reading holds the HTML '{tag.group(0)}', which the page would show as typed: write the"
                    " corrected words only (a reading is plain text)",
                )
            )
        if _citation_reading(rec) and ed.inputs.bib.entries:  # the About page shows it as a citation
            for key in scan(str(rec["reading"]), "").tokens[0].keys():
                if key not in ed.inputs.bib.entries:
                    message = f"reading cites '{key}', which {ed.project.bib} does not have: correct the key"
                    problems.append(Problem(rec.path, *rec.mark("reading"), message))


_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")


def _citation_reading(rec) -> bool:
    """An emendation whose reading is a citation: the text carries it as a citation, not as an {em:} mark."""
    tokens = scan(str(rec["reading"]), "").tokens
    return len(tokens) == 1 and isinstance(tokens[0], Citation) and tokens[0].end == len(str(rec["reading"]))


@dataclass
class _Uses:
    places: set  # what a `where` may name
    problems: list
    original: str  # the language of the text the emendations (but the abstracts') correct
    seen: dict = field(default_factory=dict)  # (id, lang) -> the first mark
    unknown: set = field(default_factory=set)  # (lang, where) of marks with no record


def emendation_uses(ed, problems: list) -> None:
    """Each {em:ID} stands in the paragraph (or abstract) its record names, and once in its home language:
    the original's, or an abstract's own language."""
    records = ed.inputs.emendation_ids
    if not records:
        return  # unreadable (None) or empty: every mark is reported as unknown, or not at all
    uses = _Uses(_places(ed), problems, ed.project.languages[0])
    for page in _sections(ed):
        where = None
        for tok in ed.scans[(page.lang, page.name)].tokens:
            if isinstance(tok, Citation):
                continue
            if tok.kind == "para":
                where = tok.value
            elif tok.kind == "em":
                here = f"abstract-{page.lang}" if page.name == "index" and where is None else where
                if tok.value in records:
                    _one_use(records[tok.value], tok, page, here, uses)
                else:
                    uses.unknown.add((page.lang, here))  # a misspelt id: not also an unused record
    for rid, rec in records.items():
        home, where = _home(rec, ed.project.languages[0]), str(rec["where"])
        if (rid, home) in uses.seen or (home, where) in uses.unknown or where not in uses.places:
            continue
        if not _citation_reading(rec):
            message = f"emendation '{rid}' is never used: write {{em:{rid}}} in {where}, or delete the record"
            problems.append(Problem(rec.path, rec.line, rec.col, message))


def _home(rec, original: str) -> str:
    where = str(rec["where"])
    return where.removeprefix("abstract-") if where.startswith("abstract-") else original


def _one_use(rec, tok: Marker, page, here, uses: _Uses) -> None:
    rid, where = str(rec["id"]), str(rec["where"])
    home = _home(rec, uses.original)
    if page.lang != home:  # the record corrects a text in another language: its reading is not this page's
        message = f"{{em:{rid}}} emends the {home} text ({rec.path}:{rec.line}, where: {where}), not this {page.lang}"
        message += " page: delete the mark and write the translation's own words"
    elif _citation_reading(rec):
        message = f"emendation '{rid}' reads as a citation: write {rec['reading']} here, not {{em:{rid}}}"
    elif here != where and where in uses.places:  # a `where` that names nothing is reported on the record
        message = f"{{em:{rid}}} stands in {here or 'no paragraph'}, but {rec.path}:{rec.line} records it for {where}"
        message += ": move the mark or correct 'where'"
    elif (rid, page.lang) in uses.seen:
        first = uses.seen[(rid, page.lang)]
        message = f"{{em:{rid}}} is used a second time (first on line {first.line}): an emendation stands once"
    else:
        uses.seen[(rid, page.lang)] = tok
        return
    uses.problems.append(Problem(page.path, tok.line, tok.col, message))


def citation_forms(ed, problems: list) -> None:
    """source/citations.yml: numbered 1, 2, ... in source order; each names a paragraph and works that exist."""
    bib = ed.inputs.bib
    for i, rec in enumerate(ed.inputs.citation_forms, 1):
        if str(rec["n"]) != str(i):
            problems.append(Problem(rec.path, *rec.mark("n"), f"n: {rec['n']} out of sequence: expected {i}"))
        where = str(rec["where"])
        if ed.para_page and where not in ed.para_page:
            problems.append(
                Problem(
                    rec.path,
                    *rec.mark("where"),
                    f"where: '{where}' is not a paragraph of the text ({lookalike.note(where)}write a paragraph id)",
                )
            )
        nodes = dict((k.value, v) for k, v in rec.node.value).get("cites")
        for item, node in zip(rec["cites"], nodes.value if nodes is not None else []):
            key = item.get("key") if isinstance(item, dict) else None
            if key is None:
                problems.append(
                    Problem(rec.path, *_mark(node), "each cited work is a mapping {key: ..., locator: ...}")
                )
            elif bib.entries and str(key) not in bib.entries:
                hint = bib.suggest(str(key))
                todo = f"did you mean '{hint}'?" if hint else "add the entry to the bibliography or correct the key"
                problems.append(
                    Problem(
                        rec.path, *value_mark(node, "key"), f"unknown key '{key}' ({lookalike.note(str(key))}{todo})"
                    )
                )


def _mark(node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


def language_notes(ed, problems: list) -> None:
    """A locale that notes the language of a work ("[in Russian]") has a note for every language cited."""
    used: dict = {}
    known = bibschema.langids(ed.inputs.locales)  # an unknown langid is the bibliography's problem, said there
    for key, entry in ed.inputs.bib.entries.items():
        if entry.fields.get("langid") in known:
            used.setdefault(entry.fields.get("langid"), key)
    for code, loc in ed.inputs.locales.items():
        if not loc.language_notes:
            continue  # this language writes no such notes
        for langid, key in sorted((k, v) for k, v in used.items() if k):
            if langid != loc.langid and langid not in loc.language_notes:
                problems.append(
                    Problem(
                        str(Path(ed.project.locales_dir or locales.LOCALES_DIR) / f"{code}.yml"),
                        0,
                        0,
                        f"language_notes has no note for '{langid}' (entry '{key}' of {ed.project.bib} is in it):"
                        f' add {langid}: "[in …]"',
                    )
                )
