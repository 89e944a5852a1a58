"""Stage 5, assemble: a resolved page becomes the Markdown MkDocs renders (its marks replaced by their HTML,
the generated lists in place, the original's paragraphs beside a translation's, the page's editor's notes,
its last correction and "cite this article" at its end); and the whole-article page is composed from the
sections' texts."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from . import render
from .inputs import Page
from .resolve import ResolvedPage
from .syntax import H1, front_matter_end, uses, whole_article_marks

WHOLE = "{whole-article}"


def whole_article(page: Page, pages: list[Page], reading_order: tuple[str, ...]) -> Page:
    """The page with `{whole-article}` replaced by every page of its language in reading order, up to and
    including the reference list: front matter dropped, headings one level down, the abstract's title
    (the article title, which the whole page has as its own heading) left out. The result is input text,
    scanned and resolved like any page."""
    same = {p.name: p for p in pages if p.lang == page.lang and p.name != page.name}
    parts = []
    for name in whole_sections(page, pages, reading_order):
        body = same[name].text[front_matter_end(same[name].text) :]
        if name == (reading_order or [None])[0]:
            # its title is the page's own heading, so its sections stay at ## (no h1 -> h3 skip)
            parts.append(H1.sub("", body, count=1).strip("\n"))
        else:
            parts.append(re.sub(r"^(#+) ", r"#\1 ", body.strip("\n"), flags=re.M))
    text, whole = page.text, "\n\n".join(parts)
    for at in reversed(whole_article_marks(text)):  # where the grammar finds it: not in code
        text = text[:at] + whole + text[at + len(WHOLE) :]
    return Page(page.name, page.lang, page.path, text)


def whole_sections(page: Page, pages: list[Page], reading_order: tuple[str, ...]) -> list[str]:
    """The names of the pages a whole-article page repeats: in reading order, up to the reference list."""
    same = {p.name: p for p in pages if p.lang == page.lang and p.name != page.name}
    names = []
    for name in reading_order or sorted(same):
        if name in same:
            names.append(name)
            if "{bibliography}" in uses(same[name].text, same[name].path):
                break
    return names


@dataclass
class Ending:
    """What every page ends with."""

    last_corrected: str | None = None
    cite_this: str | None = None


@dataclass
class Assembly:
    """What assembling the pages of one language needs besides the resolved page."""

    locale: object
    blocks: dict  # generated list name -> (relative root URL -> its HTML)
    originals: dict = field(default_factory=dict)  # page name -> the original's ResolvedPage
    original_locale: object = None  # the original's paragraphs keep their own language's words
    ending: Callable[[Page], Ending] = lambda page: Ending()


def original_paragraph(original: ResolvedPage, pid: str, loc) -> str | None:
    """The original's paragraph as the copy shown beside its translation (made once: every translation shows
    the same copy)."""
    if pid not in original.paragraphs:
        return None
    key = (pid, id(loc))
    if key not in original.copies:
        start, end, edits = original.paragraph_edits(pid)
        original.copies[key] = _apply(original.page.text, start, end, edits, lambda f: str(f.html(loc, copy=True)))
    return original.copies[key]


def assemble(resolved: ResolvedPage, asm: Assembly) -> str:
    page, loc = resolved.page, asm.locale
    original = asm.originals.get(page.name)
    root = render.relative(page.url, "")

    def html(fragment) -> str:
        if isinstance(fragment, render.Block):
            return str(asm.blocks[fragment.name](root))
        if isinstance(fragment, render.ParagraphEnd) and original is not None:
            copy = original_paragraph(original, fragment.pid, asm.original_locale)
            if copy is not None:
                fragment = render.ParagraphEnd(fragment.pid, copy, original.page.lang)
        return str(fragment.html(loc))

    md = _apply(page.text, resolved.scan.body_start, len(page.text), resolved.edits, html)
    if resolved.notes:  # the notes of the page, numbered as their marks, before what every page ends with
        md = md.rstrip("\n") + "\n\n" + render.note_list(resolved.notes, loc) + "\n"
    ending = asm.ending(page)
    if ending.last_corrected is not None:  # every page says when it was last corrected
        md = md.rstrip("\n") + "\n\n" + ending.last_corrected + "\n"
    if ending.cite_this is not None:  # every page ends with how to cite the article
        md = md.rstrip("\n") + "\n\n" + ending.cite_this + "\n"
    return md


def _apply(text: str, start: int, end: int, edits, html: Callable) -> str:
    """text[start:end] with each edit's span replaced by its fragment's HTML."""
    pieces, pos = [], start
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        pieces.append(text[pos : edit.start])
        pieces.append(html(edit.fragment))
        pos = edit.end
    pieces.append(text[pos:end])
    return "".join(pieces)
