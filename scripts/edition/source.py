"""The primary source of the edition: load it, undo its print layout, cut it into its parts.

The source (source/eskaliev-aitenov-2025.txt) is the article as extracted from the print layout:
every printed line is followed by a blank line, and a single newline followed by a space marks a
break between layout blocks (in the body: a break between print pages). Nothing here changes a word;
it only undoes layout (source/README.md describes the source and its artefacts).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import NamedTuple

from .inputs import read_text

SOURCE = Path("source") / "eskaliev-aitenov-2025.txt"  # relative to the project root

# The body sections: (slug, paragraph-id prefix, run-in heading as printed, docs page).
SECTIONS = (
    ("introduction", "intro", "Кіріспе.", "introduction.md"),
    ("methods", "methods", "Материалдар және зерттеу әдістері.", "methods.md"),
    ("discussion", "discussion", "Талқылау.", "discussion.md"),
    ("results", "results", "Нәтижелер.", "results.md"),
    ("conclusion", "conclusion", "Қорытынды.", "conclusion.md"),
)
ABSTRACTS = ("kk", "ru", "en")

# Print pages. An inference (source/README.md), not read off the print: the page that begins at the
# body's first page break ("Соңғы уақытта кеңестік кезең") is 1247, and each later break starts the next
# page. (article.yml's first_body_page, 1246, is the page the body starts on, before that break.)
FIRST_BREAK_PAGE = 1247
BODY_PAGE_BREAKS = 10

# A layout-block break: one newline (not a blank line) followed by a space and then text.
PAGE_BREAK = re.compile(r"(?<=[^\n])\n (?=\S)")
_PB = "\ue000"  # private-use sentinel that marks a page break while the layout is normalized


def load_source(root: Path) -> str:
    """The source as the engine reads it (one reader for every file); raises if it cannot be read."""
    text, problems = read_text(root / SOURCE, SOURCE.as_posix())
    if text is None or problems:
        raise ValueError("; ".join(map(str, problems)))
    return text


def normalize(text: str) -> str:
    """Undo the layout: join words broken after a hyphen, every other break becomes one space."""
    # A line that ends in "-" broke at a real hyphen (жан-/жақты, Туган-/Барановский, 1980-/жылдардан):
    # join with no space and keep the hyphen, whether the break is a blank line or a page break.
    text = re.sub(r"-\n\s*", "-", text)
    # The one en dash at a line end is inside a page range ("Pp. 1245–/1259." in the English
    # "For citation" line): a number range is never spaced, so join it too (digits on both sides only,
    # because a spaced dash "бұл – қоғам" may also end a line).
    text = re.sub(r"(?<=\d)–\n\s*(?=\d)", "–", text)
    # Everything else (line breaks, page breaks, runs of spaces, the one U+202F) is one space.
    return re.sub(r"\s+", " ", text).strip()


# ---------------------------------------------------------------- the parts of the source


class Part(NamedTuple):
    slug: str  # "kk", "ru", "en" or a section slug
    start: int  # offsets into the raw source
    end: int

    def raw(self, text: str) -> str:
        return text[self.start : self.end]


def _find(text: str, needle: str, start: int, line_start: bool = True) -> int:
    """Offset of `needle` at or after `start`; with line_start, only where a printed line begins."""
    pattern = (r"(?:(?<=\n)|(?<=\n )|\A ?)" if line_start else "") + re.escape(needle)
    m = re.compile(pattern).search(text, start)
    if not m:
        raise ValueError(f"{needle!r} not found in the source after offset {start}")
    return m.start()


def parts(text: str, sections=SECTIONS) -> list[Part]:
    """The three abstract blocks and the body sections, in source order, as raw offsets. `sections`: those
    the edition has pages for (a section left out runs on into the one before it)."""
    ru = _find(text, "Аннотация.", 0)
    en = _find(text, "Abstract.", ru)
    # The body starts at "Кіріспе."; searching from there also skips the label "Қорытынды." that
    # the Kazakh abstract contains.
    starts = []
    pos = en
    for _, _, heading, _ in sections:
        pos = _find(text, heading, pos)
        starts.append(pos)
    bounds = [0, ru, en, *starts, len(text)]
    slugs = [*ABSTRACTS, *(s[0] for s in sections)]
    return [Part(slug, bounds[i], bounds[i + 1]) for i, slug in enumerate(slugs)]


def part(slug: str, text: str) -> str:
    """Normalized text of one part: 'kk', 'ru', 'en' (abstracts) or a section slug (with its heading)."""
    for p in parts(text):
        if p.slug == slug:
            return normalize(p.raw(text))
    raise KeyError(slug)


def _normalize_marked(raw: str) -> tuple[str, list[int]]:
    """normalize(raw), and the offsets in the result where a page break of `raw` falls."""
    marked = normalize(PAGE_BREAK.sub("\n " + _PB, raw))
    offsets = []
    while _PB in marked:
        i = marked.index(_PB)
        offsets.append(i)
        marked = marked[:i] + marked[i + 1 :]
    return marked, offsets


class PageBreak(NamedTuple):
    page: int  # the print page that begins here
    section: str  # section slug
    offset: int  # offset in the normalized section text (part(section)) of the page's first character


def page_breaks(text: str, sections=SECTIONS, expected: int | None = BODY_PAGE_BREAKS) -> list[PageBreak]:
    """The page breaks of the body, numbered from FIRST_BREAK_PAGE (an inference: see source/README.md);
    `expected`: how many there must be (None: any number)."""
    found = []
    page = FIRST_BREAK_PAGE
    for p in parts(text, sections):
        if p.slug in ABSTRACTS:
            continue  # the abstracts' block breaks are layout, not print pages of the body
        for offset in _normalize_marked(p.raw(text))[1]:
            found.append(PageBreak(page, p.slug, offset))
            page += 1
    if expected is not None and len(found) != expected:
        raise ValueError(f"expected {BODY_PAGE_BREAKS} page breaks in the body, found {len(found)}")
    return found
