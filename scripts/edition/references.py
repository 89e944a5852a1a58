"""Formatting entries (once per language) and the References page's list with its back links."""
from __future__ import annotations

import html
from dataclasses import dataclass

from pybtex.backends import BaseBackend
from pybtex.style.template import FieldIsMissing

from . import labels
from .labels import TEXT
from .locale import sort_key
from .styles import style_for



class HtmlBackend(BaseBackend):
    """pybtex rich text to HTML. pybtex's own HTML backend escapes the same way, but it imports
    xml.sax.saxutils, which pulls in urllib and ssl: a tenth of the engine's start-up."""

    symbols = {"ndash": "&ndash;", "newblock": "\n", "nbsp": "&nbsp;"}

    def format_str(self, text):
        return html.escape(text, quote=False)

    def format_protected(self, text):
        return text

    def format_tag(self, tag, text):
        return f"<{tag}>{text}</{tag}>" if text else ""

    def format_href(self, url, text, external=False):
        return f'<a href="{html.escape(url)}">{text}</a>' if text else ""


_HTML = HtmlBackend()


@dataclass(frozen=True)
class Formatted:
    html: str  # escaped, safe to insert
    text: str  # plain, for title attributes (escape when inserting)
    label: str  # author-year part of the in-text label
    sort: tuple
    lang: str = ""  # the language code of the locale it was formatted for


def format_entry(entry, locale, style=None) -> Formatted:
    """Raises FieldIsMissing or labels.LabelError naming the missing field."""
    style = style or style_for(locale)
    rich = style.format_one(entry)
    label = labels.author_year(entry, locale)
    text = rich.render(TEXT)
    sort = (sort_key(labels.name_part(entry, locale), locale.alphabet), entry.fields.get("year", ""),
            sort_key(text, locale.alphabet))
    return Formatted(rich.render(_HTML), text, label, sort, locale.code)


def missing_field_message(exc) -> str:
    if isinstance(exc, FieldIsMissing):
        return f"missing field '{exc.field_name}'"
    return str(exc)


@dataclass(frozen=True)
class BackLink:
    href: str
    text: str


def reference_list(keys_in_order, bib, formatted, backlinks, locale, original=None) -> str:
    """The list as one raw-HTML block (no blank lines inside, so Markdown leaves it alone).

    original: for a romanized list, key -> Formatted in the original script, shown beneath."""
    esc = html.escape
    out = ['<div class="references">']
    for key in sorted(keys_in_order, key=lambda k: formatted[k].sort):
        entry = bib.entries[key]
        f = formatted[key]
        status = entry.fields.get("status", "unidentified")
        st = locale.status[status]
        note = entry.fields.get(f"note-{locale.code}", "")
        out.append(f'<div class="ref" id="ref-{esc(key)}">')
        out.append(f'<p class="ref-text">{f.html}</p>')
        if original and key in original:
            lang = original[key].lang
            out.append(f'<p class="ref-orig"><span class="ref-orig-label">{esc(locale.original_script)}:</span> '
                       f'<span lang="{lang}">{original[key].html}</span></p>')
        out.append(f'<p class="ref-status ref-{esc(status)}"><span class="status-mark" title="{esc(st.explanation)}">'
                   f'{esc(st.mark)}</span> <span class="status-label">{esc(st.label)}</span>'
                   + (f'. {esc(note)}' if note else "") + "</p>")
        links = backlinks.get(key, [])
        if links:
            items = ", ".join(f'<a class="backlink" href="{esc(b.href)}" title="{esc(locale.back_to_text)}">'
                              f'{esc(b.text)}</a>' for b in links)
            out.append(f'<p class="ref-backlinks">{esc(locale.cited_in)} {items}</p>')
        out.append("</div>")
    out.append("</div>")
    return "\n".join(out)


def status_legend(locale) -> str:
    esc = html.escape
    rows = "".join(f"<dt>{esc(s.mark)} {esc(s.label)}</dt><dd>{esc(s.explanation)}</dd>"
                   for s in locale.status.values())
    return f'<dl class="status-legend">{rows}</dl>'
