"""The generated tables of the About and Corrections pages: emendations, citations as printed, corrections."""

from __future__ import annotations

from . import labels
from .notes import text as note_text
from .render import Html, page_url


def _table(cls: str, columns, rows) -> str:
    head = Html("").join(Html("<th>{}</th>").format(c) for c in columns)
    return str(
        Html('<table class="{}"><thead><tr>{}</tr></thead><tbody>{}</tbody></table>').format(
            cls, head, Html("").join(rows)
        )
    )


def _place(where: str, page: str | None, root: str, anchor: bool = True) -> str:
    """A paragraph id as a link to its place (or as text when it names no known place)."""
    if page is None:
        return Html.escape(where)
    if not anchor:
        return Html('<a href="{}{}">{}</a>').format(root, page_url(page), where)
    return Html('<a href="{}{}#{}">{}</a>').format(root, page_url(page), where, where)


def emendations(records, loc, para_page, root) -> str:
    rows = []
    for rec in records:
        where = str(rec["where"])
        abstract = where.startswith("abstract")  # abstract-kk/-ru/-en: the abstract page, which has no such id
        cell = _place(
            where, "index" if abstract and where not in para_page else para_page.get(where), root, anchor=not abstract
        )
        rows.append(
            Html('<tr id="em-{}"><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>').format(
                rec["id"], cell, rec["source"], rec["reading"], rec.text("why", loc.code)
            )
        )
    return _table("emendations", loc.emendation_columns, rows)


def citation_forms(records, bib, loc, para_page, formatter, root) -> str:
    rows = []
    for item in records:
        where = str(item["where"])
        shown = []
        for c in item["cites"] or []:
            key = str(c["key"]) if isinstance(c, dict) and c.get("key") is not None else None
            f = formatter.get(bib.entries[key].key) if key is not None and key in bib.entries else None
            shown.append(
                labels.with_locator(f.label, str(c["locator"]) if c.get("locator") else None, loc) if f else f"@{key}"
            )
        edition = loc.open + loc.items_sep.join(shown) + loc.close
        rows.append(
            Html("<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>").format(
                item["n"], _place(where, para_page.get(where), root), item["source"], edition
            )
        )
    return _table("citation-forms", loc.citation_forms_columns, rows)


def corrections(records, loc, para_page, root) -> str:
    rows = []
    for rec in sorted(records, key=lambda r: str(r["date"]), reverse=True):
        where = str(rec["where"])
        rows.append(
            Html("<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>").format(
                rec["date"],
                _place(where, para_page.get(where), root),
                rec.text("what", loc.code),
                rec.text("why", loc.code),
            )
        )
    return _table("corrections", loc.corrections_columns, rows)


def notes(records: dict, loc, para_page, root) -> str:
    """Every editor's note: where it stands and its text, in the page's language."""
    rows = [
        Html("<tr><td>{}</td><td>{}</td></tr>").format(
            _place(str(rec["where"]), para_page.get(str(rec["where"])), root), note_text(rec, loc.code)
        )
        for rec in records.values()
    ]
    return _table("notes", loc.notes_columns, rows)
