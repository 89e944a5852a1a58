"""The generated tables of the About and Corrections pages: emendations, citations as printed, corrections."""
from __future__ import annotations

from . import labels, render


def emendations(records, loc, para_page, root) -> str:
    esc = render.esc
    head = "".join(f"<th>{esc(c)}</th>" for c in loc.emendation_columns)
    rows = []
    for rec in records:
        where = str(rec["where"])
        name = para_page.get(where) or ("index" if where.startswith("abstract") else None)
        cell = (f'<a href="{root}{esc(render.page_url(name))}#{esc(where)}">{esc(where)}</a>'
                if name and not where.startswith("abstract") else
                f'<a href="{root}{esc(render.page_url(name))}">{esc(where)}</a>' if name else esc(where))
        why = rec.get(f"why-{loc.code}") or rec["why"]
        rows.append(f'<tr id="em-{esc(str(rec["id"]))}"><td>{cell}</td><td>{esc(str(rec["source"]))}</td>'
                    f'<td>{esc(str(rec["reading"]))}</td><td>{esc(str(why))}</td></tr>')
    return f'<table class="emendations"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


def citation_forms(records, bib, loc, para_page, fmt, root) -> str:
    esc = render.esc
    head = "".join(f"<th>{esc(c)}</th>" for c in loc.citation_forms_columns)
    rows = []
    for item in records:
        where = str(item["where"])
        name = para_page.get(where)
        cell = f'<a href="{root}{esc(render.page_url(name))}#{esc(where)}">{esc(where)}</a>' if name else esc(where)
        labels_ = []
        for c in item["cites"] or []:
            key = c.get("key") if isinstance(c, dict) else None
            f = fmt(bib.entries[key].key) if key in bib.entries else None
            labels_.append(labels.with_locator(f.label, str(c["locator"]) if c.get("locator") else None, loc)
                           if f else f"@{key}")
        edition = esc(loc.open + loc.items_sep.join(labels_) + loc.close)
        rows.append(f'<tr><td>{esc(str(item["n"]))}</td><td>{cell}</td><td>{esc(str(item["source"]))}</td>'
                    f'<td>{edition}</td></tr>')
    return f'<table class="citation-forms"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


def corrections(records, loc, para_page, root) -> str:
    esc = render.esc
    head = "".join(f"<th>{esc(c)}</th>" for c in loc.corrections_columns)
    rows = []
    for rec in sorted(records, key=lambda r: str(r["date"]), reverse=True):
        where = str(rec["where"])
        page = para_page.get(where)
        cell = (f'<a href="{root}{esc(render.page_url(page))}#{esc(where)}">{esc(where)}</a>' if page else esc(where))
        what = rec.get(f"what-{loc.code}") or rec["what"]
        why = rec.get(f"why-{loc.code}") or rec["why"]
        rows.append(f'<tr><td>{esc(str(rec["date"]))}</td><td>{cell}</td><td>{esc(str(what))}</td>'
                    f'<td>{esc(str(why))}</td></tr>')
    return f'<table class="corrections"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'
