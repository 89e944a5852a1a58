"""The source text of the edition: load it, normalize its layout, cut it into its parts.

The source (source/eskaliev-aitenov-2025.txt) is the article as extracted from the print layout:
every printed line is followed by a blank line, and a single newline followed by a space marks a
break between layout blocks (in the body: a break between print pages). Nothing here changes a word;
it only undoes layout. Stdlib only, so the edition's tests and editors can use it anywhere.

    python scripts/source_text.py            # DRAFT Markdown of the five body sections
    python scripts/source_text.py --pages    # where the print pages begin
"""
from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import NamedTuple

REPO = Path(__file__).resolve().parent.parent
SOURCE = REPO / "source" / "eskaliev-aitenov-2025.txt"

# The body sections: (slug, paragraph-id prefix, run-in heading as printed, docs page).
SECTIONS = (
    ("introduction", "intro", "Кіріспе.", "introduction.md"),
    ("methods", "methods", "Материалдар және зерттеу әдістері.", "methods.md"),
    ("discussion", "discussion", "Талқылау.", "discussion.md"),
    ("results", "results", "Нәтижелер.", "results.md"),
    ("conclusion", "conclusion", "Қорытынды.", "conclusion.md"),
)
ABSTRACTS = ("kk", "ru", "en")

# Print pages. Inference (EDITION.md), not read off the print: the page that begins
# "Соңғы уақытта кеңестік кезең" is 1247 and each later break starts the next page.
FIRST_BODY_PAGE = 1247
BODY_PAGE_BREAKS = 10

# A layout-block break: one newline (not a blank line) followed by a space and then text.
PAGE_BREAK = re.compile(r"(?<=[^\n])\n (?=\S)")
_PB = "\ue000"  # private-use sentinel that marks a page break while the layout is normalized

# The edition's markers in docs/*.md (notes/MARKUP.md) and Pandoc citations.
PARA_MARK = re.compile(r"\{#(?P<id>[A-Za-z][\w.-]*)\} ?")
PB_MARK = re.compile(r"\{pb:(?P<page>\d+)\}")
EM_MARK = re.compile(r"\{em:(?P<id>[^{}\s]+)\}")
CITATION = re.compile(r"\[(?P<body>\s*-?@[^\[\]]*)\]")


def load_source(path: str | Path | None = None) -> str:
    return Path(path or SOURCE).read_text(encoding="utf-8")


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


def parse_citation(body: str) -> list[tuple[str, str | None]]:
    """'@a, 12; @b' -> [('a', '12'), ('b', None)], by the engine's own parser (one citation grammar)."""
    from edition.syntax import Citation, scan  # scripts/ is on the path wherever this module is

    result = scan(f"[{body}]", "")
    cites = [t for t in result.tokens if isinstance(t, Citation)]
    if result.problems or len(cites) != 1:
        raise ValueError(f"malformed citation [{body}]")
    return [(i.key, i.locator) for i in cites[0].items]


# ---------------------------------------------------------------- the parts of the source

class Part(NamedTuple):
    slug: str  # "kk", "ru", "en" or a section slug
    start: int  # offsets into the raw source
    end: int

    def raw(self, text: str) -> str:
        return text[self.start:self.end]


def _find(text: str, needle: str, start: int, line_start: bool = True) -> int:
    """Offset of `needle` at or after `start`; with line_start, only where a printed line begins."""
    pattern = (r"(?:(?<=\n)|(?<=\n )|\A ?)" if line_start else "") + re.escape(needle)
    m = re.compile(pattern).search(text, start)
    if not m:
        raise ValueError(f"{needle!r} not found in the source after offset {start}")
    return m.start()


def parts(text: str | None = None) -> list[Part]:
    """The three abstract blocks and the five body sections, in source order, as raw offsets."""
    text = load_source() if text is None else text
    ru = _find(text, "Аннотация.", 0)
    en = _find(text, "Abstract.", ru)
    # The body starts at "Кіріспе."; searching from there also skips the label "Қорытынды." that
    # the Kazakh abstract contains.
    starts = []
    pos = en
    for _, _, heading, _ in SECTIONS:
        pos = _find(text, heading, pos)
        starts.append(pos)
    bounds = [0, ru, en, *starts, len(text)]
    slugs = [*ABSTRACTS, *(s[0] for s in SECTIONS)]
    return [Part(slug, bounds[i], bounds[i + 1]) for i, slug in enumerate(slugs)]


def part(slug: str, text: str | None = None) -> str:
    """Normalized text of one part: 'kk', 'ru', 'en' (abstracts) or a section slug (with its heading)."""
    text = load_source() if text is None else text
    for p in parts(text):
        if p.slug == slug:
            return normalize(p.raw(text))
    raise KeyError(slug)


def abstract_kk(text: str | None = None) -> str:
    return part("kk", text)


def abstract_ru(text: str | None = None) -> str:
    return part("ru", text)


def abstract_en(text: str | None = None) -> str:
    return part("en", text)


def body_sections(text: str | None = None) -> dict[str, str]:
    """slug -> normalized section text, each beginning with its run-in heading ("Кіріспе. ...")."""
    text = load_source() if text is None else text
    return {slug: part(slug, text) for slug, *_ in SECTIONS}


def _normalize_marked(raw: str) -> tuple[str, list[int]]:
    """normalize(raw), and the offsets in the result where a page break of `raw` falls."""
    marked = normalize(PAGE_BREAK.sub("\n " + _PB, raw))
    offsets = []
    while _PB in marked:
        i = marked.index(_PB)
        offsets.append(i)
        marked = marked[:i] + marked[i + 1:]
    return marked, offsets


class PageBreak(NamedTuple):
    page: int  # the print page that begins here
    section: str  # section slug
    offset: int  # offset in the normalized section text (part(section)) of the page's first character


def page_breaks(text: str | None = None) -> list[PageBreak]:
    """The page breaks of the body, numbered from FIRST_BODY_PAGE (an inference: see EDITION.md)."""
    text = load_source() if text is None else text
    found = []
    page = FIRST_BODY_PAGE
    for p in parts(text):
        if p.slug in ABSTRACTS:
            continue  # the abstracts' block breaks are layout, not print pages of the body
        for offset in _normalize_marked(p.raw(text))[1]:
            found.append(PageBreak(page, p.slug, offset))
            page += 1
    if len(found) != BODY_PAGE_BREAKS:
        raise ValueError(f"expected {BODY_PAGE_BREAKS} page breaks in the body, found {len(found)}")
    return found


# ---------------------------------------------------------------- draft Markdown

def _printed_lines(raw: str) -> list[tuple[str, bool]]:
    """(printed line, a page break comes before it), for one raw part."""
    raw = PAGE_BREAK.sub("\n" + _PB, raw)
    out = []
    for line in re.split(r"\n+", raw):
        if line.strip():
            out.append((line.replace(_PB, ""), line.startswith(_PB)))
    return out


def _ends_paragraph(line: str, full: float) -> bool:
    """The draft's guess: a line clearly shorter than the full width that ends a sentence.

    Character counts only approximate the printed width (the font is proportional), so the cut is
    generous; a line the author ended with a space before the paragraph mark shows up as two trailing
    spaces in the extraction, which also marks a paragraph end. Review the result by eye.
    """
    text = line.strip()
    if not text or text[-1] not in ".;:!?»]":
        return False
    return len(text) < 0.85 * full or line.endswith("  ")


def draft(text: str | None = None) -> dict[str, str]:
    """slug -> DRAFT Markdown of each body section (paragraph ids and page markers; citations as printed)."""
    text = load_source() if text is None else text
    sections = [p for p in parts(text) if p.slug not in ABSTRACTS]
    lengths = sorted(len(line.strip()) for p in sections for line, _ in _printed_lines(p.raw(text)))
    full = lengths[int(len(lengths) * 0.9)]  # a typical full line; 10% of lines are wider
    page = FIRST_BODY_PAGE
    out = {}
    for p, (slug, prefix, heading, _) in zip(sections, SECTIONS):
        paragraphs, current = [], []
        for line, page_before in _printed_lines(p.raw(text)):
            if page_before:
                line = f"{{pb:{page}}}" + line.lstrip()
                page += 1
            current.append(line)
            if _ends_paragraph(line, full):
                paragraphs.append(current)
                current = []
        if current:
            paragraphs.append(current)
        md = [f"# {heading.rstrip('.')}"]
        for n, lines in enumerate(paragraphs, 1):
            # normalize() joins the printed lines exactly as it does for the whole source
            para = normalize("\n\n".join(lines))
            if n == 1:
                para = para[len(heading):].lstrip()  # the run-in heading became the page heading
            md.append(f"{{#{prefix}-{n}}} {para}")
        out[slug] = "\n\n".join(md) + "\n"
    return out


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if "--pages" in argv:
        text = load_source()
        for pb in page_breaks(text):
            following = part(pb.section, text)[pb.offset:pb.offset + 40]
            print(f"{pb.page}\t{pb.section}\t{pb.offset}\t{following}")
        return 0
    for slug, md in draft().items():
        print(f"<!-- DRAFT docs/{dict((s[0], s[3]) for s in SECTIONS)[slug]}: review every paragraph break by eye;"
              f" convert the citations with source/citations.yml -->")
        print(md)
    return 0


if __name__ == "__main__":
    sys.exit(main())
