"""Formatting entries (once per language) and the References page's list with its back links."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from markupsafe import Markup
from pybtex.backends import BaseBackend
from pybtex.style.template import FieldIsMissing

from . import labels, provenance
from .labels import TEXT
from .locales import sort_key
from .problems import Problem
from .render import HtmlBlock as H
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


def format_entry(entry, locale, style=None, year_suffix: str = "") -> Formatted:
    """Raises FieldIsMissing or labels.LabelError naming the missing field. year_suffix (year_suffixes): the
    year's letter, in the label and the list alike; for a label without a year, what follows its name there."""
    style = style or style_for(locale)
    letter = year_suffix if labels.label_year(entry) is not None else ""  # never after a year the label omits
    rich = style.format_one(entry, letter)
    label = labels.author_year(entry, locale, year_suffix)
    text = rich.render(TEXT)
    sort = (
        sort_key(labels.name_part(entry, locale), locale.alphabet),
        entry.fields.get("year", "") + letter,  # the list keeps the letters' order
        sort_key(text, locale.alphabet),
    )
    return Formatted(rich.render(_HTML), text, label, sort, locale.code)


FORMAT_ERRORS = (FieldIsMissing, labels.LabelError)  # what formatting an entry raises, naming the field


def _letter(letters: str, i: int) -> str:
    return (letters[i // len(letters) - 1] if i >= len(letters) else "") + letters[i % len(letters)]


def year_suffixes(bib, locale, order_locale) -> dict:
    """key (lower case) -> what tells apart works whose labels would be the same, in the order of order_locale's
    reference list (the original's), so that one work is told apart alike in every language:
    - one author, one year: letters after the year, as Pandoc/CSL do ('a', 'b': [Крицман, 1926a]);
    - one author, no year in either label ([Сталин] twice): the short title after the name, the one part of
      the reference list's entry that tells them apart there too (', О некоторых вопросах истории…'); where
      that is not enough (no title, or one title twice), a letter after it, as after a year (', а').
    Once per language."""
    done = bib.year_suffixes.get(locale.code)
    if done is not None:
        return done
    groups: dict = {}
    for key, entry in bib.entries.items():
        if key in bib.invalid:
            continue
        try:
            groups.setdefault((labels.name_part(entry, locale), labels.label_year(entry)), []).append(key)
        except labels.LabelError:
            continue  # reported where it is cited
    letters = locale.year_suffixes
    found = {}
    for (_, year), keys in groups.items():
        if len(keys) < 2:
            continue
        try:
            ordered = sorted(keys, key={k: format_entry(bib.entries[k], order_locale).sort for k in keys}.__getitem__)
        except FORMAT_ERRORS:
            continue  # reported where it is cited
        if year:
            found.update((k.lower(), _letter(letters, i)) for i, k in enumerate(ordered))
            continue
        titled = {k: labels.short_title(bib.entries[k], locale) for k in ordered}
        marks = {k: f"{locale.name_year_sep}{t}" if t else "" for k, t in titled.items()}
        for mark in set(marks.values()):  # still the same: a letter after the name or its short title
            same = [k for k in ordered if marks[k] == mark]
            for i, k in enumerate(same if len(same) > 1 else []):
                marks[k] = f"{mark}{locale.name_year_sep}{_letter(letters, i)}"
        found.update((k.lower(), m) for k, m in marks.items() if m)
    bib.year_suffixes[locale.code] = found
    return found


def missing_field_message(exc) -> str:
    if isinstance(exc, FieldIsMissing):
        return f"missing field '{exc.field_name}'"
    return str(exc)


class Formatter:
    """Entries of one language, each formatted once, on first use; an entry that cannot be formatted is one
    located problem (on the entry), however often it is cited."""

    def __init__(self, bib, locale, problems: list, bib_path: str, order_locale=None):
        self.bib, self.locale, self.problems, self.bib_path = bib, locale, problems, bib_path
        self.order_locale = order_locale or locale  # whose list orders the letters of year_suffixes
        self.style = style_for(locale)
        self.formatted: dict = {}
        self._bad: set = set()

    def get(self, key: str) -> Formatted | None:
        if key in self.bib.invalid:
            return None  # the schema said what it lacks, on the entry
        if key not in self.formatted and key not in self._bad:
            try:
                suffix = year_suffixes(self.bib, self.locale, self.order_locale).get(key.lower(), "")
                self.formatted[key] = format_entry(self.bib.entries[key], self.locale, self.style, suffix)
            except FORMAT_ERRORS as e:
                self._bad.add(key)
                self.problems.append(
                    Problem(
                        self.bib_path,
                        *self.bib.place(key),
                        f"entry '{key}' cannot be formatted for the '{self.locale.code}' pages:"
                        f" {missing_field_message(e)}",
                    )
                )
        return self.formatted.get(key)


@dataclass(frozen=True)
class BackLink:
    href: str
    text: str


@dataclass(frozen=True)
class ListContext:
    """What the entries of a list show besides their own fields."""

    original: dict = field(default_factory=dict)  # romanized list: key -> Formatted in the original script
    para_href: Callable[[str], str | None] = lambda pid: None  # paragraph id -> link (a `text:` provenance)
    para_name: Callable[[str], str] | None = None  # paragraph id -> "Introduction ¶ 8" (a `text:` provenance)
    languages: dict = field(default_factory=dict)  # key -> the code of the work's language (its langid's locale)


def reference_list(keys, bib, formatted, backlinks, locale, context: ListContext | None = None) -> str:
    """The list as one raw-HTML block (no blank lines inside, so Markdown leaves it alone)."""
    context = context or ListContext()
    out = ['<div class="references">']
    for key in sorted(keys, key=lambda k: formatted[k].sort):
        out += _entry(key, bib.entries[key], formatted[key], backlinks.get(key, []), locale, context)
    out.append("</div>")
    return "\n".join(map(str, out))


def _entry(key, entry, f, links, locale, context: ListContext) -> list[str]:
    status = entry.fields.get("status", "unidentified")
    st = locale.status[status]
    note = entry.fields.get(f"note-{locale.code}", "")
    original = context.original.get(key)
    out = [H('<div class="ref" id="ref-{}">').format(key), _text(key, entry, f, locale, context)]
    if original is not None:
        out.append(
            H('<p class="ref-orig"><span class="ref-orig-label">{}:</span> <span lang="{}">{}</span></p>').format(
                locale.original_script, Markup(original.lang), Markup(original.html)
            )
        )
    out.append(_status(status, st, note))
    sources = provenance.describe(entry, locale, context.para_href, context.para_name)
    if sources:
        out.append(sources)
    if links:
        items = H(", ").join(
            H('<a class="backlink" href="{}">{}</a>').format(b.href, b.text)  # its text says where: no tooltip
            for b in links
        )
        out.append(H('<p class="ref-backlinks">{} {}</p>').format(locale.cited_in, items))
    out.append("</div>")
    return out


def _text(key, entry, f, locale, context: ListContext) -> H:
    """The entry as the page's style gives it. A description in its own script of a work in another language than
    the page's (a Russian book on the Kazakh page) is in the work's language throughout, GOST's words included
    («[Б. м.]»), and says so (lang). Not an entry without a title: its bracketed words are the page's
    («[атауы белгісіз]»)."""
    lang = context.languages.get(key, locale.code)
    if locale.script == "original" and lang != locale.code and "title" in entry.fields:
        return H('<p class="ref-text" lang="{}">{}</p>').format(lang, Markup(f.html))
    return H('<p class="ref-text">{}</p>').format(Markup(f.html))


def _status(status: str, st, note: str) -> H:
    """The status mark, its label and the editor's note. A note that opens by stating the status
    ("Unidentified: ...") is not preceded by the label ("unidentified. Unidentified: ..."): its own opening
    words are marked as the label, which the legend above the list explains."""
    opening = re.match(st.note_opens, note) if st.note_opens else None
    n = opening.end() if opening else 0
    if n and not note[n : n + 1].isalpha():
        label, rest = note[:n], H.escape(note[n:])
    else:
        label, rest = st.label, H(". {}").format(note) if note else ""
    # the mark's label stands beside it and the legend above the list explains it: no tooltip to set up
    return H(
        '<p class="ref-status ref-{}"><span class="status-mark" aria-hidden="true">{}</span>'
        ' <span class="status-label">{}</span>{}</p>'
    ).format(status, st.mark, label, rest)


def status_legend(locale, used=None) -> str:
    """The key to the marks beside the entries: only the marks some entry carries (a legend of a mark no entry has
    would say something of the list that is not so), folded under its summary so that the list comes first; its
    id makes it a search result of its own."""
    rows = H("").join(
        H("<dt>{} {}</dt><dd>{}</dd>").format(s.mark, s.label, s.explanation)
        for name, s in locale.status.items()
        if used is None or name in used
    )
    return str(
        H('<details class="status-legend" id="status-legend"><summary>{}</summary><dl>{}</dl></details>').format(
            locale.status_legend, rows
        )
    )
