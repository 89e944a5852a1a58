"""Stage 4, render: the HTML of each mark in the text, from typed fragments (never by re-reading rendered text).

Every fragment is built with `Html`, a markupsafe Markup whose interpolations are escaped by construction;
brackets become entities too, so that Markdown never reads a rendered citation as link syntax. A fragment
renders either as the page's own (`copy=False`) or as the copy of the original that the parallel view shows
beside a translation (`copy=True`: no ids, no margin number; its citations and page marks are not the page's own).
"""

from __future__ import annotations

import html
import posixpath
from dataclasses import dataclass
from functools import cache, lru_cache

from markupsafe import Markup

from . import dates


@lru_cache(maxsize=65536)  # a reference's title repeats wherever the work is cited
def _esc(value: str) -> str:
    return html.escape(value, quote=True).replace("[", "&#91;").replace("]", "&#93;")


class Html(Markup):
    """Markup whose escaping also turns [ and ] into entities (Markdown must not see link syntax)."""

    __slots__ = ()

    @classmethod
    def escape(cls, s) -> Html:
        if hasattr(s, "__html__"):
            return cls(s.__html__())
        return cls(cls._escape_text(str(s)))

    def format(self, *args, **kwargs) -> Html:
        """Every argument escaped (unless it is markup already), as markupsafe does, but by str.format on
        escaped strings: markupsafe's own formatter made citation rendering twice as slow."""
        return type(self)(str.format(self, *map(self._text, args), **{k: self._text(v) for k, v in kwargs.items()}))

    def fill(self, *args) -> str:
        """`format` for the hot paths: the same escaping, a plain str out (no markup object per fragment)."""
        return str.format(self, *map(self._text, args))

    @classmethod
    def _text(cls, value) -> str:
        if type(value) is str:  # the most common argument by far, ~25,000 a build: one test
            return cls._escape_text(value)
        if isinstance(value, str):
            return str.__str__(value) if isinstance(value, Markup) else cls._escape_text(value)
        return value.__html__() if hasattr(value, "__html__") else cls._escape_text(str(value))

    _escape_text = staticmethod(_esc)


def esc(value) -> Html:
    return Html.escape(value)


class HtmlBlock(Html):
    """Markup for raw HTML blocks (the reference list, the tables), which Markdown leaves alone: brackets stay."""

    __slots__ = ()
    _escape_text = staticmethod(lambda s: html.escape(s, quote=True))


def page_url(name: str) -> str:
    """Directory URL of a page inside its language root: 'index' -> '', 'results' -> 'results/'."""
    return "" if name == "index" else f"{name}/"


def relative(from_url: str, to_url: str) -> str:
    """Relative link between two directory URLs of one language root ('introduction/' -> '../references/')."""
    path, _, anchor = to_url.partition("#")
    rel = _relpath(path, from_url)
    if rel == ".":
        return f"#{anchor}" if anchor else "./"
    return f"{rel}/" + (f"#{anchor}" if anchor else "")


@lru_cache(maxsize=4096)
def _relpath(path: str, from_url: str) -> str:
    return posixpath.relpath(path.rstrip("/") or ".", from_url.rstrip("/") or ".")


# -- fragments: what the resolver decided each mark of the text becomes ---------------------------------------


@dataclass(frozen=True)
class CiteLink:
    """One cited work inside a bracket: its label, the link to its entry, the full reference, its own id."""

    label: str
    href: str
    title: str
    id: str


@dataclass(frozen=True)
class CitationMark:
    links: tuple[CiteLink, ...]

    def html(self, loc, copy: bool = False) -> str:
        if not self.links:
            return ""  # every work of the bracket was reported; the bracket is dropped
        if copy:
            parts = [_CITE_COPY.fill(c.href, c.title, c.label) for c in self.links]
        else:
            parts = [_CITE.fill(c.id, c.href, c.title, c.label) for c in self.links]
        return _CITATION.fill(loc.open, Markup(_esc(loc.items_sep).join(parts)), loc.close)


_CITE = Html('<a class="cite" id="{}" href="{}" title="{}">{}</a>')
# The parallel view's copy of the original: not the page's own marks (no ids); its links lead where the page's
# own marks do, with the same tooltips (made only when one is needed, so a copy costs no load time).
_CITE_COPY = Html('<a class="cite-orig" href="{}" title="{}">{}</a>')
_CITATION = Html('<span class="citation">{}{}{}</span>')


@dataclass(frozen=True)
class ParagraphNumber:
    """The margin number: a link to the paragraph; with `cite`, its tooltip and data-cite carry the
    paragraph's citation (edition.js copies it on click). `others`: (language, href) of the same paragraph."""

    pid: str
    cite: str | None
    others: tuple[tuple[str, str], ...]

    def html(self, loc, copy: bool = False) -> str:
        if copy:
            return ""
        number = self.pid.rsplit("-", 1)[-1]
        title = loc.cite_paragraph_title.format(cite=self.cite) if self.cite else loc.para_link_title
        # GOST wants the date of access after a URL: the reader's, so edition.js adds it when it copies; and its
        # dialog says what was copied (Material's says "Copied to clipboard", a phone shows no tooltip)
        copied = loc.cite_paragraph_copied.format(n=number)
        accessed, months = _accessed(loc)
        data = Markup(_DATA_CITE.fill(self.cite, accessed, copied, months)) if self.cite else ""
        langs = ""
        if self.others:
            # the code is the link's text; its name says which language it opens, in the page's language
            links = []
            for code, href in self.others:
                name = loc.para_lang_title.format(language=loc.language_names.get(code, code))
                links.append(_PARA_LANG.fill(href, code, code, name, name, code))
            langs = Markup(_PARA_LANGS.fill(loc.para_langs_label, Markup(" ".join(links))))
        return _PARA_NUM.fill(self.pid, title, data, loc.para_number_label.format(n=number), number, langs)


# every paragraph has one: `fill` (plain str.format on escaped arguments), no markup object per piece
_PARA_NUM = Html('<a class="para-num" href="#{}" title="{}"{} aria-label="{}">{}</a>{} ')
_DATA_CITE = Html(' data-cite="{}" data-accessed="{}" data-copied="{}"{}')
_PARA_LANG = Html('<a href="{}" hreflang="{}" lang="{}" title="{}" aria-label="{}">{}</a>')
# role="group": HTML allows aria-label on a <span> only with a role that can be named
_PARA_LANGS = Html('<span class="para-langs" role="group" aria-label="{}">{}</span>')


def _accessed(loc) -> tuple[str, Markup]:
    """The date of access as edition.js fills it: the locale's words with its date pattern's fields ("(accessed:
    {d} {MMMM} {y})"), and the month names when the pattern writes one (data-months, "|" between them)."""
    return _accessed_for(loc.cite_accessed, loc.cite_accessed_date, tuple(loc.months))


@cache
def _accessed_for(words: str, pattern: str, months: tuple) -> tuple[str, Markup]:
    filled = words.replace("{date}", dates.template(pattern))
    names = Markup(Html(' data-months="{}"').fill("|".join(months))) if "{MMMM}" in filled else Markup("")
    return filled, names


@dataclass(frozen=True)
class ParagraphEnd:
    """The attribute line that closes a paragraph; on a translation, followed by the original's paragraph
    (hidden until the reader asks for the parallel view)."""

    pid: str
    original: str | None = None  # the original's paragraph, rendered as a copy
    original_lang: str = ""

    def html(self, loc, copy: bool = False) -> str:
        if copy:
            return "\n{: .para-orig-text }"
        out = f"\n{{: #{self.pid} .para }}"
        if self.original is not None:
            out += "\n\n" + str(Html('<div class="para-orig" lang="{}" markdown>\n\n').format(self.original_lang))
            out += self.original + "\n\n</div>"
        return out


@dataclass(frozen=True)
class PageBreak:
    n: str

    def html(self, loc, copy: bool = False) -> str:
        title = loc.page_title.format(n=self.n)
        if copy:
            return Html('<a class="pb-orig" href="#p{}" title="{}" aria-label="{}">|{}|</a>').format(
                self.n, title, title, self.n
            )
        return Html('<a class="pb" id="p{}" href="#p{}" title="{}" aria-label="{}">|{}|</a>').format(
            self.n, self.n, title, title, self.n
        )


@dataclass(frozen=True)
class EmendationMark:
    source: str
    reading: str

    def html(self, loc, copy: bool = False) -> str:
        title = loc.emendation_title.format(source=self.source)
        if copy:  # beside a translation: no id to keep apart, the same tooltip
            return Html('<span class="emendation" tabindex="0" title="{}">{}</span>').format(title, self.reading)
        return Html('<span class="emendation" tabindex="0" title="{}" data-source="{}">{}</span>').format(
            title, self.source, self.reading
        )


@dataclass(frozen=True)
class QuoteMark:
    def html(self, loc, copy: bool = False) -> str:
        # role="img": the mark is a symbol whose meaning is its label (HTML forbids aria-label on a plain <sup>).
        return Html('<sup class="qk" tabindex="0" role="img" title="{}" aria-label="{}">{}</sup>').format(
            loc.quote_note, loc.quote_note, loc.quote_mark
        )


@dataclass(frozen=True)
class NoteMark:
    """An editor's note in the text: its number on the page (Pandoc's superscript footnote reference), a link to
    its text in the page's list of notes, the text itself as the tooltip (the title attribute, which edition.js
    shows in Material's tooltip look). The copy beside a translation links to the same note, without an id."""

    nid: str
    number: int
    text: str

    def html(self, loc, copy: bool = False) -> str:
        title = loc.note_title.format(text=self.text)
        label = loc.note_label.format(n=self.number)  # the number within the words: «Редактордың 2-ескертпесі»
        if copy:
            return Html('<a class="note-ref-orig" href="#note-{}" title="{}" aria-label="{}"><sup>{}</sup></a>').format(
                self.nid, title, label, self.number
            )
        return Html(
            '<a class="note-ref" id="note-ref-{}" href="#note-{}" role="doc-noteref" title="{}"'
            ' aria-label="{}"><sup>{}</sup></a>'
        ).format(self.nid, self.nid, title, label, self.number)


def note_list(notes, loc) -> str:
    """The page's editor's notes, in the order of their marks, each with a link back to its mark."""
    items = Html("").join(
        Html(
            # the list's heading names them (Editor's notes): no label repeated on each
            '<li id="note-{}" value="{}">{}'
            ' <a class="note-back" href="#note-ref-{}" role="doc-backlink" aria-label="{}">↩</a></li>'
        ).format(n.nid, n.number, n.text, n.nid, loc.back_to_text)
        for n in notes
    )
    return str(
        Html('<div class="notes" markdown>\n\n## {} {{: #notes }}\n\n<ol class="notes-list">{}</ol>\n\n</div>').format(
            loc.notes_heading, items
        )
    )


@dataclass(frozen=True)
class TermLink:
    """The first occurrence of a glossary term on a page: a link to its entry, its explanation as the tooltip.
    `text` is the page's own Markdown, kept as written; the copy beside a translation is the text alone."""

    text: str
    href: str
    title: str
    term_id: str = ""  # the link's id is use-<term id>: the glossary entry links back to it

    def html(self, loc, copy: bool = False) -> str:
        if copy:
            return self.text
        head = Html('<a class="term" id="use-{}" href="{}" title="{}">').format(self.term_id, self.href, self.title)
        return str(head) + self.text + "</a>"


@dataclass(frozen=True)
class TranslationNotice:
    """Under a translated page's heading: what it is, a link to the original, and the parallel-view switch."""

    link: str
    quotes: bool  # the page has quotations translated from the Kazakh
    parallel: bool  # the page shows the original's paragraphs beside its own

    def html(self, loc, copy: bool = False) -> str:
        extra = Html(" {}").format(loc.quotes_notice) if self.quotes else ""
        out = "\n\n" + Html(
            '<p class="edition-notice translation-notice">{} <a href="{}" hreflang="kk">{}</a>.{}</p>'
        ).format(loc.translation_notice, self.link, loc.translation_link, extra)
        if self.parallel:  # a checkbox: CSS alone (edition.css) shows the original, so it works without JavaScript
            # the label says where the original goes at the reader's width: beside on a wide screen, under each
            # paragraph on a narrow one (edition.css shows one of the two, at the width the layout changes)
            out += "\n\n" + Html(
                '<p class="parallel-switch"><input type="checkbox" id="parallel"'
                ' class="parallel-toggle"> <label for="parallel" class="parallel-label">'
                '<span class="parallel-beside">{}</span><span class="parallel-under">{}</span></label>'
                "</p>"
            ).format(loc.parallel_label, loc.parallel_label_narrow)
        return out


@dataclass(frozen=True)
class ArticleText:
    """A fact of source/article.yml in a page's text (`{article:pages}`), as a link when it has an address."""

    text: str
    href: str | None = None

    def html(self, loc, copy: bool = False) -> str:
        if self.href is None:
            return str(Html("{}").format(self.text))
        return str(Html('<a href="{}">{}</a>').format(self.href, self.text))


@dataclass(frozen=True)
class Block:
    """A generated list (`{bibliography}`, `{emendations}` …): made by the page assembly, which knows the lists."""

    name: str


def last_corrected(published: str | None, date: str | None, loc) -> str:
    """When the edition was published (the log's first record) and, if the page was corrected since, when last."""
    if not published:
        return ""

    def day(iso: str) -> Markup:
        return Html('<time datetime="{}">{}</time>').format(iso, dates.written(iso, loc))

    words = [Html(Html.escape(loc.published).format(date=day(published)))]
    if date and date > published:
        words.append(Html(Html.escape(loc.last_corrected).format(date=day(date))))
    # each statement ends with a stop, one period ending an abbreviation and the sentence (Опубликовано: 25 ноября
    # 2026 г. Последнее исправление: …); `published` and `last_corrected` end with their date in every locale
    stop = Html("" if dates.written(published, loc).endswith(".") else ".")
    return str(Html('<p class="last-corrected"><small>{}</small></p>').format(Html(stop + " ").join(words) + stop))


@dataclass(frozen=True)
class MarksKey:
    """Under a section page's heading: where the marks of the text are explained (the About page's key)."""

    href: str

    def html(self, loc, copy: bool = False) -> str:
        return "\n\n" + Html('<p class="marks-key"><a href="{}">{}</a></p>').format(self.href, loc.marks_key)
