"""The shape of a page, checked before anything in it is resolved: it begins with its `# ` title, no heading
is empty or carries marks, every prose paragraph of a body section has its paragraph id, and a
whole-article page holds only its title, an introduction without marks and `{whole-article}`. Text outside
these places would be published without being checked against the source or the translations.
"""

from __future__ import annotations

import re

from .assemble import WHOLE
from .problems import Lines, Problem
from .syntax import Marker, holds_whole_article, protected_ranges, scan, whole_article_marks

_HEADING = re.compile(r" {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t#]*\Z")  # a line that is an ATX heading
# Blocks that are not prose: headings, lists, tables, admonitions, HTML, indented continuations,
# generated lists ({bibliography}), rules, link and abbreviation definitions, images (refused by the scan).
_NOT_PROSE = re.compile(
    r"(?:#|[-*+][ \t]|\d+[.)][ \t]|\||!!!|\?\?\?|<|[ \t]|\{[a-z-]+\}[ \t]*(?:\n|\Z)|(?:[-*_][ \t]*){3,}(?:\n|\Z)"
    r"|\[[^\]]+\]:|\*\[|!\[)"
)
# a definition list's term: its definition below is refused (syntax.UNRENDERED), which says all there is to say
_TERM = re.compile(r"[^\n]*\n {0,3}:[ \t]+\S")
_QUOTE = re.compile(r" {0,3}>")
QUOTE = (
    "a block quote ('> ') cannot take a paragraph id, and a body section's every paragraph has one: write the"
    " quotation in its paragraph, within quotation marks («...», “...”)"
)
NO_ID = "this paragraph has no {#id}: join it to the paragraph before, or give it the id of the original's paragraph"


def check(ed, problems: list) -> None:
    original = {p.name: p for p in ed.inputs.pages if p.lang == ed.project.languages[0]}
    # the pages as written: a section's scan is the edition's own; a whole-article page's is of its text before
    # the sections are put in
    scans = {
        (p.lang, p.name): scan(p.text, p.path) if (p.lang, p.name) in ed.whole else ed.scans[(p.lang, p.name)]
        for p in ed.inputs.pages
    }
    placed: dict = {}  # (language, paragraph id) -> where it stands first
    listed: dict = {}  # (language, generated list) -> the page it stands on first
    for page in ed.inputs.pages:  # as written: a whole-article page before its sections are put in
        found = scans[(page.lang, page.name)]
        lines = list(_lines(page.text, found.body_start))
        headings(page, lines, found.tokens, problems)
        lists_once(page, found.tokens, problems)
        for t in found.tokens:  # a list on two pages: its entries' ids and back links would lead to one of them
            if isinstance(t, Marker) and t.kind == "block":
                first = listed.setdefault((page.lang, t.value), page.path)
                if first != page.path:
                    problems.append(
                        Problem(
                            page.path,
                            t.line,
                            t.col,
                            f"{{{t.value}}} is also on {first}: a generated list stands on one page (the links to"
                            " its entries lead there): delete it here, or link to that page",
                        )
                    )
        if page.name in original and original[page.name] is not page and not found.problems:
            same_lists(page, found.tokens, scans[(original[page.name].lang, page.name)].tokens, problems)
            same_heading_ids(page, original[page.name], problems)
        ids_once(page, found.tokens, placed, problems)
        ids = _ids(found)
        if holds_whole_article(page.text):
            whole_page(page, found.tokens, original.get(page.name), problems)
        elif ids and (page.name not in original or ids == _ids(scans[(original[page.name].lang, page.name)])):
            # a translation whose ids differ from the original's is reported once, by the alignment
            paragraphs(page, lines, found.tokens, problems)
            if page.name in original and original[page.name] is not page:
                first = original[page.name]
                first_lines = list(_lines(first.text, scans[(first.lang, page.name)].body_start))
                same_headings(page, lines, first_lines, problems)
                if not found.problems:  # Markdown the scan refused (a task list) is said once, by the scan
                    same_blocks(page, lines, first, first_lines, problems)


def ids_once(page, tokens: list, placed: dict, problems: list) -> None:
    """A paragraph id names one paragraph of the edition in a language: one copied to another page with its
    paragraph would give two paragraphs one address (twice on one page is the duplicate the scan reports)."""
    for t in tokens:
        if isinstance(t, Marker) and t.kind == "para":
            first = placed.setdefault((page.lang, t.value), (page.path, t.line, t.col))
            if first[0] != page.path:
                problems.append(
                    Problem(
                        page.path,
                        t.line,
                        t.col,
                        f"paragraph id '{t.value}' is also on {first[0]}:{first[1]}:{first[2]}: an id names one"
                        " paragraph of the edition; give this paragraph an id of its own, or delete the copy",
                    )
                )


def lists_once(page, tokens: list, problems: list) -> None:
    """A generated list ({bibliography}, {whole-article} ...) stands once on a page: twice, its ids would be."""
    seen: set = set()
    marks = [(t.value, t.line, t.col) for t in tokens if isinstance(t, Marker) and t.kind == "block"]
    where = Lines(page.text).line_col
    marks += [(WHOLE, *where(at)) for at in whole_article_marks(page.text)]
    for value, line, col in sorted(marks, key=lambda m: (m[1], m[2])):
        name = value if value.startswith("{") else "{" + value + "}"
        if name in seen:
            problems.append(Problem(page.path, line, col, f"{name} stands twice on this page: delete one"))
        seen.add(name)


_HEADING_ID = re.compile(r"^ {0,3}#{1,6}[ \t].*?\{:?[^}\n]*#([\w-]+)[^}\n]*\}[ \t]*$", re.M)


def same_heading_ids(page, original, problems: list) -> None:
    """A heading's own id (`{: #how-to-read }`) of the original stands on each translation: links to it (and the
    edition's own, to the key of the marks) would lead nowhere in that language."""
    mine = set(_HEADING_ID.findall(page.text))
    for hid in dict.fromkeys(_HEADING_ID.findall(original.text)):
        if hid not in mine and hid.isascii():  # one in the page's own script is its language's (an old address)
            problems.append(
                Problem(
                    page.path,
                    1,
                    1,
                    f"the original's heading id '#{hid}' ({{: #{hid} }}) is on no heading of this page: links to it"
                    " would lead nowhere in this language: add it to the heading that translates that one",
                )
            )


def same_lists(page, tokens: list, original_tokens: list, problems: list) -> None:
    """A translation has the original's generated lists (a list deleted in one language: its readers lose it)."""
    mine = {t.value for t in tokens if isinstance(t, Marker) and t.kind == "block"}
    theirs = [t.value for t in original_tokens if isinstance(t, Marker) and t.kind == "block"]
    for value in dict.fromkeys(v for v in theirs if v not in mine):
        problems.append(
            Problem(
                page.path,
                1,
                1,
                f"{{{value}}} is on the original page but not on this one: its readers would not get the list; write"
                f" {{{value}}} on a line of its own where the original has it",
            )
        )
    for t in tokens:
        if isinstance(t, Marker) and t.kind == "block" and t.value not in theirs:
            problems.append(
                Problem(
                    page.path,
                    t.line,
                    t.col,
                    f"{{{t.value}}} is not on the original page: the languages would differ; write it there too, or"
                    " delete it here",
                )
            )


def _ids(found) -> list:
    return [t.value for t in found.tokens if isinstance(t, Marker) and t.kind == "para"]


def _lines(text: str, start: int):
    """(offset, line) of each line of the page's Markdown body, outside fenced blocks."""
    fenced = [r for r in protected_ranges(text, start) if r[0] >= start]
    offset = start
    for line in text[start:].split("\n"):
        if not any(a <= offset < b for a, b in fenced):
            yield offset, line
        offset += len(line) + 1


def headings(page, lines: list, tokens: list, problems: list) -> None:
    """The page begins with its title; a heading has text and no marks (they would be lost from the title
    and from the back links that name the section)."""
    where = Lines(page.text).line_col
    first, titled = True, False
    for offset, line in lines:
        if not line.strip():
            continue
        heading = _HEADING.match(line)
        if first and heading and (heading.group(2) or "").strip() and len(heading.group(1)) > 1:
            title = heading.group(2).strip()
            message = (
                f"the page has no '# ' title: its first heading, '{line.strip()}', is of level"
                f" {len(heading.group(1))}: write '# {title}'"
            )
            problems.append(Problem(page.path, *where(offset), message))
        elif first and not (heading and len(heading.group(1)) == 1):
            at = offset + len(line) - len(line.lstrip())
            message = "text before the page's title: a page begins with its '# ' heading; move this below it"
            problems.append(Problem(page.path, *where(at), message))
        elif heading and not (heading.group(2) or "").strip():
            message = "heading with no text: write the heading after the '#', or delete the line"
            problems.append(Problem(page.path, *where(offset), message))
        elif heading and len(heading.group(1)) == 1 and titled:
            message = (
                f"a second '# ' title, '{line.strip()}': a page has one title (its name in the nav, the tab and"
                f" the search), its first line: write '## {heading.group(2).strip()}' for a section of the page"
            )
            problems.append(Problem(page.path, *where(offset), message))
        elif heading:
            _marks_in_heading(page, tokens, offset, offset + len(line), problems)
        titled = titled or bool(heading and len(heading.group(1)) == 1)
        first = False


def _levels(lines: list) -> list:
    """(level, offset) of each heading: '## Results' -> (2, offset)."""
    found = ((_HEADING.match(line), offset) for offset, line in lines)
    return [
        (len(m.group(1)), offset) for m, offset in found if m and (m.group(2) or "").strip()
    ]  # an empty one is reported


def same_headings(page, lines: list, original_lines: list, problems: list) -> None:
    """A body section's translation has the original's headings, at the same levels (a heading only in a
    translation is text that nothing compares)."""
    mine, theirs = _levels(lines), _levels(original_lines)
    if not mine or mine[0][0] != 1 or [lv for lv, _ in mine] == [lv for lv, _ in theirs]:
        return  # no heading at all, or no title: the missing title is reported
    if [lv for lv, _ in mine].count(1) > 1:
        return  # a second title: reported where it stands (headings)
    k = next((i for i, (a, b) in enumerate(zip(mine, theirs)) if a[0] != b[0]), min(len(mine), len(theirs)))
    offset = mine[k][1] if k < len(mine) else mine[-1][1]
    here, there = [lv for lv, _ in mine], [lv for lv, _ in theirs]
    message = f"headings differ from the original's (levels {here} here, {there} there): translate each, once"
    problems.append(Problem(page.path, *Lines(page.text).line_col(offset), message))


# The blocks that are not prose (and have no id of their own), by what each line that opens one begins with.
_BLOCKS = (
    ("a rule", re.compile(r" {0,3}(?:[-*_][ \t]*){3,}\Z")),
    ("a list", re.compile(r" {0,3}[-*+][ \t]")),
    ("a numbered list", re.compile(r" {0,3}\d+[.)][ \t]")),
    ("a table", re.compile(r" {0,3}\|")),
    ("an HTML block", re.compile(r" {0,3}<(?!!--)")),
)
_INDENTED = re.compile(r"(?: {4}|\t)[ \t]*\S")
_FENCED = re.compile(r" {0,3}(?:`{3,}|~{3,})")


def _blocks(text: str, lines: list) -> list:
    """(paragraph id before it, kind, offset) of each block of the page that is not prose: a translation has the
    original's, after the same paragraphs (a table or a list only in a translation is text nothing compares)."""
    found, pid, previous, blank = [], None, None, True
    fenced = {a for a, _ in protected_ranges(text, 0) if _FENCED.match(text, a)}
    for offset, line in lines:
        while fenced and min(fenced) < offset:  # a fenced block (its lines are not in `lines`) before this line
            a = min(fenced)
            fenced.discard(a)
            found.append((pid, "a code block", a))
        m = _PARA_AT.match(line)
        if m:
            pid = m.group(1)
        elif blank and line.strip():
            kind = next((k for k, r in _BLOCKS if r.match(line)), None)
            if kind is None and _INDENTED.match(line) and previous not in ("a list", "a numbered list"):
                kind = "a code block"  # indented by four, not under a list item: Markdown's code block
            if kind and kind != previous:
                found.append((pid, kind, offset))
            previous = kind
        blank = not line.strip()
    return found + [(pid, "a code block", a) for a in sorted(fenced)]


_PARA_AT = re.compile(r" {0,3}\{#([A-Za-z][\w.-]*)\}")


def same_blocks(page, lines: list, original, original_lines: list, problems: list) -> None:
    mine, theirs = _blocks(page.text, lines), _blocks(original.text, original_lines)
    if [b[:2] for b in mine] == [b[:2] for b in theirs]:
        return
    k = next((i for i, (a, b) in enumerate(zip(mine, theirs)) if a[:2] != b[:2]), min(len(mine), len(theirs)))
    if k < len(mine):
        pid, kind, offset = mine[k]
        there = f"the original has {theirs[k][1]} there" if k < len(theirs) and theirs[k][0] == pid else "none there"
        message = f"{kind} after paragraph {pid or '(the title)'} is not in the original ({there}):"
    else:
        pid, kind, _ = theirs[k]
        offset = (mine[-1][2] if mine else lines[0][0]) if lines else 0
        message = f"{kind} of the original, after its paragraph {pid or '(the title)'}, is not here:"
    message += " a translation has the original's lists, tables, rules, code and HTML, in the same places"
    problems.append(Problem(page.path, *Lines(page.text).line_col(offset), message))


def _fill(tok) -> bool:
    """A fact of article.yml ({article:title}): text the engine writes in, which may stand anywhere."""
    return isinstance(tok, Marker) and tok.kind == "article"


def _marks_in_heading(page, tokens: list, start: int, end: int, problems: list) -> None:
    for tok in tokens:
        if start <= tok.start < end and not _fill(tok):
            message = "a heading carries no citation or mark: move it into the paragraph below"
            problems.append(Problem(page.path, tok.line, tok.col, message))


def whole_page(page, tokens: list, original, problems: list) -> None:
    """`{whole-article}` on a page of its own, as in the original; the page adds no marks of its own (they
    would be neither checked against the sections nor aligned)."""
    line, col = Lines(page.text).line_col(whole_article_marks(page.text)[0])
    if any(isinstance(t, Marker) and t.kind == "para" for t in tokens):
        message = f"{WHOLE} on a body section (it has paragraph ids): delete it; the whole article is a page of its own"
        problems.append(Problem(page.path, line, col, message))
        return
    if original is not None and not holds_whole_article(original.text):
        message = f"{WHOLE} is not in the original page {original.path}: delete it, or add it there first"
        problems.append(Problem(page.path, line, col, message))
        return
    for tok in (t for t in tokens if not _fill(t)):
        message = "the whole-article page has only its title, an introduction and {whole-article}:"
        message += " move this citation or mark to the section it belongs to"
        problems.append(Problem(page.path, tok.line, tok.col, message))


def paragraphs(page, lines: list, tokens: list, problems: list) -> None:
    """After a body section's first paragraph id, every prose paragraph opens with its own id."""
    ids = {t.start for t in tokens if isinstance(t, Marker) and t.kind == "para"}
    where = Lines(page.text).line_col
    started, previous_blank = False, True
    for offset, line in lines:
        if not line.strip():
            previous_blank = True
            continue
        if previous_blank:
            block = page.text[offset:]
            if offset in ids:
                started = True
            elif started and not _NOT_PROSE.match(block) and not _TERM.match(block):
                problems.append(Problem(page.path, *where(offset), QUOTE if _QUOTE.match(block) else NO_ID))
        previous_blank = False
