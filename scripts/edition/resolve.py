"""Stage 3, resolve: the tokens of one page, in one language, become fragments (render.py) at their places.

Citations get their house-style label, a link to their entry and an id of their own, and leave a back link
for the reference list; paragraph ids get their margin number and their links to the other languages; page
markers, emendations, editor's notes and quotation marks are checked against the edition's data; on a body
page, the first occurrence of each glossary term links to its entry. Every problem is located.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from . import article as articles
from . import labels, lookalike, notes, references, render, terms
from .inputs import Page
from .problems import Problem
from .syntax import Citation, Marker, Scan, duplicate_id, paragraph_at, paragraph_spans

MARKS_KEY_ID = "how-to-read"  # the id of the heading that explains the marks (About: `## … {: #how-to-read }`)
MARKS_KEY = re.compile(r"^#{2,6} .*\{:[^}]*#" + MARKS_KEY_ID + r"\b[^}]*\}\s*$", re.M)


@dataclass(frozen=True)
class Edit:
    start: int
    end: int
    fragment: object  # a render.* fragment


@dataclass
class Group:
    """Pages that share one reference list: the section pages, or a whole-article page on its own."""

    pages: list
    ref_page: str  # the page whose list the citations link to
    own_list: bool = False  # a whole-article page: its citations link to the list on the page itself
    order: dict = field(default_factory=dict)  # cited keys in first-citation order (a dict: O(1) membership)
    backlinks: dict = field(default_factory=lambda: defaultdict(list))  # key -> [references.BackLink]
    term_links: list = field(default_factory=list)  # (page, start, end, term, paragraph id) of each term link

    @property
    def term_uses(self) -> dict:
        """term id -> [(page name, paragraph id)]: where the Glossary's entry links back to."""
        uses = defaultdict(list)
        for page, _, _, term, pid in self.term_links:
            uses[term.id].append((page.name, pid))
        return uses


@dataclass
class Language:
    """What resolving the pages of one language needs."""

    code: str
    locale: object
    bib: object
    formatter: references.Formatter
    emendations: dict | None  # id -> Record; None when the file could not be read (no knock-on reports)
    titles: dict  # page name -> its heading
    paragraph_citation: Callable[[Page, str], str | None]  # (page, paragraph id) -> "cite this paragraph"
    link_to: Callable[[str, str], str]  # (language, page URL) -> URL from the site root
    languages: tuple[str, ...]
    files: dict  # what the messages name: {"bib": "bibliography.bib", "emendations": ...}
    notes: dict | None = None  # note id -> Record; None when the file could not be read
    terms: tuple = ()  # terms.Term, linked on the pages in `term_pages`
    term_pages: frozenset = frozenset()  # names of the pages whose terms link to the glossary
    glossary: str | None = None  # the name of the page that lists the terms
    article: object = None  # article.Article: the facts `{article:doi}` marks stand for; None when unreadable
    para_page: dict = field(default_factory=dict)  # paragraph id -> the section page that holds it
    incomplete: dict = field(default_factory=dict)  # "notes" | "emendations" -> ids of records reported incomplete
    marks_key: str | None = None  # URL from the site root of the key to the marks (About's #how-to-read)


@dataclass
class ResolvedPage:
    page: Page
    scan: Scan
    edits: list  # [Edit]
    paragraphs: dict = field(default_factory=dict)  # paragraph id -> (start, end) in page.text
    notes: list = field(default_factory=list)  # render.NoteMark, in the order of their marks
    copies: dict = field(default_factory=dict, repr=False)  # (paragraph id, locale) -> the parallel view's copy
    _by_start: list | None = field(default=None, repr=False)  # the edits in text order, once resolved

    def paragraph_edits(self, pid: str) -> tuple[int, int, list]:
        """The paragraph's span and the edits that start inside it, in text order (a stable sort: edits at one
        place keep their order). Asked once the page is resolved, for each paragraph a translation shows."""
        start, end = self.paragraphs[pid]
        if self._by_start is None or len(self._by_start) != len(self.edits):
            self._by_start = sorted(self.edits, key=lambda e: e.start)
            self._starts = [e.start for e in self._by_start]
        lo, hi = bisect.bisect_left(self._starts, start), bisect.bisect_right(self._starts, end)
        return start, end, self._by_start[lo:hi]


@dataclass
class _Scope:
    """The paragraph being resolved (citation ids are numbered per paragraph) and the page's counters."""

    pid: str | None = None
    end: int = -1
    counters: dict = field(default_factory=lambda: defaultdict(int))
    ids: set = field(default_factory=set)


def resolve_page(page: Page, scan: Scan, lang: Language, group: Group, problems: list) -> ResolvedPage:
    resolved = ResolvedPage(page, scan, [])
    scope = _Scope()
    for tok in scan.tokens:
        if isinstance(tok, Citation):
            resolved.edits.append(Edit(tok.start, tok.end, _citation(tok, page, scope, lang, group, problems)))
        elif tok.kind == "para":
            _paragraph(tok, resolved, scope, lang, problems)
        elif tok.kind == "note":
            _note(tok, resolved, lang, problems)
        else:
            fragment = _mark(tok, page, lang, problems)
            if fragment is not None:
                resolved.edits.append(Edit(tok.start, tok.end, fragment))
    if page.lang != lang.languages[0] and scope.ids:
        first = next(t.start for t in scan.tokens if not isinstance(t, Citation) and t.kind == "para")
        resolved.edits.append(_notice(page, scan, lang, first))
    if lang.terms and lang.glossary and page.name in lang.term_pages:
        resolved.edits += _term_links(resolved, lang, group)
    # a page of the text links to the key to its marks, under its heading: the abstract too, which has no
    # paragraph numbers but may carry terms, emendations, citations or notes
    if lang.marks_key and (scope.ids or any(isinstance(e.fragment, _MARKS) for e in resolved.edits)):
        heading = _heading_end(page.text, scan.body_start)
        href = render.relative(lang.link_to(page.lang, page.url), lang.marks_key)
        resolved.edits.append(Edit(heading, heading, render.MarksKey(href + "#" + MARKS_KEY_ID)))
    return resolved


# the marks About's key explains (a page carrying one links to it)
_MARKS = (
    render.CitationMark,
    render.EmendationMark,
    render.NoteMark,
    render.TermLink,
    render.QuoteMark,
    render.PageBreak,
)


def _case_of(value: str, records) -> str:
    """ "did you mean 'istpart-vkpb'? " when a record's id differs from `value` in letter case only, else ''."""
    same = next((r for r in records or () if str(r).lower() == value.lower()), None)
    return f"did you mean '{same}'? ids are written in lower case; " if same else ""


def _note(tok: Marker, resolved: ResolvedPage, lang: Language, problems: list) -> None:
    """An editor's note: numbered in the order of the page's marks; its text is the note's in the page's language."""
    page = resolved.page
    rec = lang.notes.get(tok.value) if lang.notes is not None else None
    if rec is None:
        # None: the file itself is broken; an incomplete record: reported where it is written
        if lang.notes is not None and tok.value not in lang.incomplete.get("notes", ()):
            problems.append(
                Problem(
                    page.path,
                    tok.line,
                    tok.col,
                    f"unknown note '{tok.value}' ({lookalike.note(tok.value)}{_case_of(tok.value, lang.notes)}record it"
                    f" in {lang.files['notes']} with id, where and its text in {', '.join(lang.languages)})",
                )
            )
        return
    if any(n.nid == tok.value for n in resolved.notes):
        problems.append(Problem(page.path, tok.line, tok.col, f"note '{tok.value}' is marked twice on this page"))
        return
    mark = render.NoteMark(tok.value, len(resolved.notes) + 1, notes.text(rec, page.lang))
    resolved.notes.append(mark)
    resolved.edits.append(Edit(tok.start, tok.end, mark))


def _term_links(resolved: ResolvedPage, lang: Language, group: Group) -> list[Edit]:
    """The first occurrence of each term in the page's running text, as a link to its glossary entry; the
    group records the paragraph it is in, for the entry's link back."""
    page = resolved.page
    taken = [(t.start, t.end) for t in resolved.scan.tokens] + [(e.start, e.end) for e in resolved.edits]
    spans = terms.not_plain(page.text, resolved.scan.body_start, taken)
    glossary = render.page_url(lang.glossary)
    paras = paragraph_spans(page.text, resolved.scan.tokens)
    edits = []
    for start, end, term in terms.first_occurrences(page.text, spans, lang.terms, page.lang):
        para = paragraph_at(paras, start)  # None in a list or a table: no paragraph to name
        group.term_links.append((page, start, end, term, para.pid if para else None))
        title = terms.title(term, page.lang, lang.locale)
        link = render.TermLink(
            page.text[start:end], render.relative(page.url, f"{glossary}#term-{term.id}"), title, term.id
        )
        edits.append(Edit(start, end, link))
    return edits


def _citation(
    tok: Citation, page: Page, scope: _Scope, lang: Language, group: Group, problems: list
) -> render.CitationMark:
    scope_name = scope.pid if scope.pid and tok.start < scope.end else page.name  # citation ids count per paragraph
    links = []
    ref_url = render.page_url(group.ref_page)
    for item in tok.items:
        entry = lang.bib.entries.get(item.key)
        if entry is None and lang.bib.unreadable:
            continue  # the file itself is reported, once
        if entry is None:
            hint = lang.bib.suggest(item.key)
            todo = f"did you mean '{hint}'?" if hint else f"add an entry to {lang.files['bib']} or correct the key"
            message = f"unknown citation key '{item.key}' ({lookalike.note(item.key)}{todo})"
            problems.append(Problem(page.path, item.line, item.col, message))
            continue
        formatted = lang.formatter.get(entry.key)
        if formatted is None:
            continue  # the entry cannot be formatted: reported once, on the entry
        scope.counters[scope_name] += 1
        cid = f"cite-{scope_name}-{scope.counters[scope_name]}"
        group.order.setdefault(entry.key, None)
        label = labels.with_locator(formatted.label, item.locator, lang.locale)
        links.append(
            render.CiteLink(label, render.relative(page.url, f"{ref_url}#ref-{entry.key}"), formatted.text, cid)
        )
        group.backlinks[entry.key].append(
            references.BackLink(render.relative(ref_url, f"{page.url}#{cid}"), _where(page, scope_name, lang))
        )
    return render.CitationMark(tuple(links))


def _where(page: Page, scope_name: str, lang: Language) -> str:
    """A back link's text: the section's title and the paragraph's number. Numbers restart in each section,
    so on the whole-article page the title is that of the section the paragraph comes from."""
    if scope_name == page.name:
        return lang.titles.get(page.name, page.name)
    return paragraph_name(scope_name, lang, page.name)


def paragraph_name(pid: str, lang: Language, page_name: str | None = None) -> str:
    """A paragraph as readers name it: its section's title and its number there ("Introduction ¶ 8");
    page_name is the page it stands on when no section holds it."""
    section = lang.para_page.get(pid, page_name or pid)
    return f"{lang.titles.get(section, section)} {lang.locale.paragraph_sign} {pid.rsplit('-', 1)[-1]}"


def _paragraph(tok: Marker, resolved: ResolvedPage, scope: _Scope, lang: Language, problems: list) -> None:
    page, text = resolved.page, resolved.page.text
    if not opens_paragraph(text, tok.start, resolved.scan.body_start):
        problems.append(
            Problem(
                page.path,
                tok.line,
                tok.col,
                f"paragraph id '{{#{tok.value}}}' must open a paragraph (start of a line after a blank line)",
            )
        )
        return
    if tok.value in scope.ids:
        problems.append(duplicate_id(page.path, tok))
    scope.ids.add(tok.value)
    close = text.find("\n\n", tok.end)
    close = len(text.rstrip("\n")) if close < 0 else close
    scope.pid, scope.end = tok.value, close
    resolved.paragraphs[tok.value] = (tok.start, close)
    end = tok.end + 1 if text[tok.end : tok.end + 1] == " " else tok.end
    here = lang.link_to(page.lang, page.url)
    others = tuple(
        (code, render.relative(here, lang.link_to(code, page.url) + f"#{tok.value}"))
        for code in lang.languages
        if code != page.lang
    )
    resolved.edits.append(
        Edit(tok.start, end, render.ParagraphNumber(tok.value, lang.paragraph_citation(page, tok.value), others))
    )
    resolved.edits.append(Edit(close, close, render.ParagraphEnd(tok.value)))


def _mark(tok: Marker, page: Page, lang: Language, problems: list):
    """The fragment of a page marker, emendation, quotation mark or generated list (None: reported)."""
    if tok.kind == "page":
        if tok.value.isdigit():
            return render.PageBreak(tok.value)
        problems.append(
            Problem(
                page.path, tok.line, tok.col, f"page marker '{{pb:{tok.value}}}' needs a page number (e.g. {{pb:1248}})"
            )
        )
        return None
    if tok.kind == "qk":
        return render.QuoteMark()
    if tok.kind == "article":
        return _article_mark(tok, page, lang, problems)
    if tok.kind == "em":
        rec = lang.emendations.get(tok.value) if lang.emendations is not None else None
        if rec is not None:
            return render.EmendationMark(str(rec["source"]), str(rec["reading"]))
        if lang.emendations is not None and tok.value not in lang.incomplete.get("emendations", ()):
            problems.append(
                Problem(
                    page.path,
                    tok.line,
                    tok.col,
                    f"unknown emendation '{tok.value}' ({lookalike.note(tok.value)}record"
                    f" it in {lang.files['emendations']} with id, where, source, reading, why)",
                )
            )
        return None
    return render.Block(tok.value)


def _article_mark(tok: Marker, page: Page, lang: Language, problems: list):
    if lang.article is None:  # the file is missing or wrong: said once, for the file
        return None
    found = articles.mark_text(lang.article, page.lang, tok.value)
    if found is None:
        problems.append(
            Problem(
                page.path,
                tok.line,
                tok.col,
                f"unknown mark '{{article:{tok.value}}}': write one of "
                + ", ".join(f"{{article:{m}}}" for m in articles.MARKS),
            )
        )
        return None
    return render.ArticleText(*found)


_HEADING = re.compile(r"^#{1,6} +.+?\s*$", re.M)


def _notice(page: Page, scan: Scan, lang: Language, first_para: int) -> Edit:
    """A translated body page says so under its heading, linking to the same section in the original. On the
    whole-article page that is the heading over its first translated paragraph (the Introduction's): the abstract
    above it is the authors' own, and the notice over the title kept the text out of a phone's first screen."""
    # not finditer's endpos: `$` would match there, past the blank line that ends a heading as H1 ends it
    headings = [m for m in _HEADING.finditer(page.text, scan.body_start) if m.start() < first_para]
    heading = headings[-1].end() if headings else _heading_end(page.text, scan.body_start)
    quotes = any(isinstance(t, Marker) and t.kind == "qk" for t in scan.tokens)
    link = render.relative(lang.link_to(page.lang, page.url), lang.link_to(lang.languages[0], page.url))
    return Edit(heading, heading, render.TranslationNotice(link, quotes, parallel=True))


def _heading_end(text: str, start: int) -> int:
    from .syntax import H1

    m = H1.search(text, start)
    return m.end() if m else start


def opens_paragraph(text: str, offset: int, body_start: int) -> bool:
    """A paragraph id stands at the start of the body, after a blank line, or on the line after a heading."""
    if offset == body_start:
        return True
    if offset < 1 or text[offset - 1 : offset] != "\n":  # a slice: no offset can index out of the text
        return False
    before = text[body_start:offset].rstrip(" \t")
    prev_line_start = text.rfind("\n", 0, offset - 1) + 1
    return before.endswith("\n\n") or text[prev_line_start:offset].startswith("#")
