"""The generated tables of the About and Corrections pages: emendations, citations as printed, corrections."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from . import dates, labels
from .notes import text as note_text
from .render import Html, page_url
from .syntax import Citation, scan

BASE_LANG = "en"  # a record's plain `why` / `what` is English; `why-kk`, `why-ru` translate it (source/README.md)


def _table(cls: str, columns, rows) -> str:
    """Rows are (row id or None, cells); each cell is named by its column (data-label): on a phone the rows are
    stacked cards and the header row is not seen, so which text is the source's and which the edition's is said
    over each. A cell's value is escaped unless it is markup already."""
    head = Html("").join(Html("<th>{}</th>").format(c) for c in columns)
    body = Html("").join(
        (Html('<tr id="{}">').format(row_id) if row_id is not None else Html("<tr>"))
        + Html("").join(Html('<td data-label="{}">{}</td>').format(c, cell) for c, cell in zip(columns, cells))
        + Html("</tr>")
        for row_id, cells in rows
    )
    return str(Html('<table class="{}"><thead><tr>{}</tr></thead><tbody>{}</tbody></table>').format(cls, head, body))


@dataclass(frozen=True)
class Places:
    """Where a record's `where` is: the page that holds each paragraph, the language root's relative address,
    the place as readers name it ('results-3' -> 'Results ¶ 3') and each page's title in the language (a
    correction's `where` may name a page: 'references' -> 'References')."""

    para_page: dict
    root: str
    name: Callable[[str], str] = str
    titles: dict = field(default_factory=dict)


def _place(where: str, page: str | None, places: Places, anchor: bool = True) -> str:
    """A record's place as a link to it: a paragraph, or a page by its title (as text when it names neither)."""
    if page is None and where in places.titles:
        return Html('<a href="{}">{}</a>').format(f"{places.root}{page_url(where)}", places.titles[where])
    if page is None:
        return Html.escape(where)
    href = f"{places.root}{page_url(page)}" + (f"#{where}" if anchor else "")
    return Html('<a href="{}">{}</a>').format(href, places.name(where))


def _in_language(rec, key: str, lang: str) -> str:
    """A record's field in the page's language; until it is translated, the English, marked as English
    (for screen readers, hyphenation and the reader)."""
    text = rec.text(key, lang)
    if lang == BASE_LANG or rec.get(f"{key}-{lang}") or not any(c.isalpha() for c in text):  # "—" is no English
        return Html.escape(text)
    return Html('<span lang="{}">{}</span>').format(BASE_LANG, text)


def _labels(items, bib, loc, formatter) -> str:
    """Cited works (key, locator) as the text shows them, in brackets; a key the bibliography lacks as @key."""
    shown = []
    for key, locator in items:
        f = formatter.get(bib.entries[key].key) if key is not None and key in bib.entries else None
        shown.append(labels.with_locator(f.label, locator, loc) if f else f"@{key}")
    return loc.open + loc.items_sep.join(shown) + loc.close


def _reading(text: str, bib, loc, formatter) -> str:
    """An emendation's reading as the text shows it: a citation in it (`[@key, page]`) as its label."""
    out, at = [], 0
    for tok in scan(text, "").tokens:
        if isinstance(tok, Citation):
            out += [text[at : tok.start], _labels(((i.key, i.locator) for i in tok.items), bib, loc, formatter)]
            at = tok.end
    return "".join(out) + text[at:]


def emendations(records, bib, loc, formatter, places: Places) -> str:
    rows = []
    for rec in records:
        where = str(rec["where"])
        abstract = where.startswith("abstract")  # abstract-kk/-ru/-en: the abstract page, which has no such id
        page = "index" if abstract and where not in places.para_page else places.para_page.get(where)
        cell = _place(where, page, places, anchor=not abstract)
        reading = _reading(str(rec["reading"]), bib, loc, formatter)
        rows.append((f"em-{rec['id']}", (cell, rec["source"], reading, _in_language(rec, "why", loc.code))))
    return _table("emendations", loc.emendation_columns, rows)


def citation_forms(records, bib, loc, formatter, places: Places) -> str:
    rows = []
    for item in records:
        where = str(item["where"])
        cites = [
            (str(c["key"]) if c.get("key") is not None else None, str(c["locator"]) if c.get("locator") else None)
            for c in item["cites"] or []
            if isinstance(c, dict)
        ]
        edition = _labels(cites, bib, loc, formatter)
        rows.append((None, (item["n"], _place(where, places.para_page.get(where), places), item["source"], edition)))
    return _table("citation-forms", loc.citation_forms_columns, rows)


def corrections(records, loc, places: Places) -> str:
    rows = []
    # newest first: by date, and within one date the later record of the log (newest last) first
    ordered = sorted(enumerate(records), key=lambda ir: (str(ir[1]["date"]), ir[0]), reverse=True)
    for i, rec in ordered:
        where = str(rec["where"])
        when = Html('<time datetime="{}">{}</time>').format(rec["date"], dates.written(rec["date"], loc))
        place = (
            loc.corrections_whole_edition if where == "edition" else _place(where, places.para_page.get(where), places)
        )
        # an address by the record's place in the log, which only grows (newest last): the search finds each
        # correction at its row, its cells' words apart (mkdocs_side/search_per_language.py). Not "word-N", the
        # shape of a paragraph's id (results-12), which the tests and readers take for a place in the text
        cells = (when, place, _in_language(rec, "what", loc.code), _in_language(rec, "why", loc.code))
        rows.append((f"log-entry-{i + 1}", cells))
    return _table("corrections", loc.corrections_columns, rows)


def notes(records: dict, loc, places: Places) -> str:
    """Every editor's note: where it stands and its text, in the page's language."""
    rows = [  # each row has an address: the search finds each note on its own (mkdocs_side/search_per_language.py)
        (
            f"editor-note-{key}",
            (_place(str(rec["where"]), places.para_page.get(str(rec["where"])), places), note_text(rec, loc.code)),
        )
        for key, rec in records.items()
    ]
    return _table("notes", loc.notes_columns, rows)
