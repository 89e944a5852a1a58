"""Find the edition's markup in a Markdown page: Pandoc citations and the edition's `{...}` markers.

Pure text → tokens with their source locations. Nothing here knows the bibliography or MkDocs.
Left alone, as Pandoc does: code spans and fenced blocks, YAML front matter, an escaped `\\[@`,
Markdown links whose label starts with `@` (`[@x](url)`, `[@x][ref]`), and brackets without `@`.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field

from .lookalike import describe
from .problems import Lines, Problem

# Pandoc's citation key grammar: starts with a letter, digit or _, may contain internal
# punctuation :.#$%&-+?<>~/ ; trailing punctuation is not part of the key.
_KEY = r"[^\W][\w:.#$%&\-+?<>~/]*"
_KEY_TRAILING = ":.#$%&-+?<>~/"
_ITEM = re.compile(r"\s*(?P<suppress>-?)@(?:\{(?P<braced>[^{}\s]+)\}|(?P<key>" + _KEY + r"))(?P<rest>.*)\Z", re.S)
_LOCATOR = re.compile(r"\s*,\s*(?P<loc>\S.*?)\s*\Z", re.S)

_MARKER = re.compile(
    r"\{(?:#(?P<para>[A-Za-z][\w.-]*)|pb:(?P<page>[^{}\s]*)|em:(?P<em>[^{}\s]*)|note:(?P<note>[^{}\s]*)|(?P<qk>qk)"
    r"|article:(?P<article>[^{}\s]*)|(?P<block>bibliography|emendations|citation-forms|corrections|notes|glossary))\}"
)
_CITE_START = re.compile(r"\s*-?@")  # what makes a bracket a citation
# What looks like an edition mark but is none ({qq}, {pb: 1249}); Markdown's attribute lists start with a
# space, ':' , '.' or '#' ({: #id }, { .class }) and are left alone.
_MARK_LIKE = re.compile(r"\{(?P<word>[A-Za-z][\w-]*)(?P<value>(?:\s*:|\s+)[^{}\n]*)?\}")
_ARGUMENT_KINDS = {"pb": "page", "em": "em", "note": "note", "article": "article"}
_PLAIN_MARKS = ("qk", "bibliography", "emendations", "citation-forms", "corrections", "notes", "glossary")
BLOCK_MARKS = ("whole-article",)  # block marks the engine replaces before scanning (assemble.WHOLE)
# A mark's name after '{' with no '}' before the line ends or the next '{': a mark left open ({corrections)
_UNCLOSED = re.compile(
    r"\{(?P<word>" + "|".join((*_ARGUMENT_KINDS, *_PLAIN_MARKS, *BLOCK_MARKS)) + r")\b[^{}\n]*(?=\{|\n|\Z)"
)
MARKS = "{#id}, {pb:N}, {em:ID}, {note:ID}, {qk}, {bibliography}, {emendations}, {citation-forms}, {corrections},"
MARKS += " {notes}, {glossary}, {whole-article}, {article:FIELD}"
# A bracket with words before the '@' ('[see @key, 148]'): Pandoc's prefix, which the edition does not take.
_PREFIXED = re.compile(r"\[[^\[\]@\n]*?[^\[\]@\s]\s+-?@" + _KEY + r"[^\[\]\n]*\](?![(\[])")
# Markdown whose extension the site does not enable: MkDocs would publish it as typed ("!!! note", "[^1]").
# Each is refused where it stands, with what to write instead (README, "Which Markdown a page may hold").
_UNRENDERED = re.compile(
    r"^ {0,3}(?P<admonition>(?:!!!|\?\?\?\+?)(?=[ \t]|$))"
    r"|(?P<footnote>\[\^[^\]\s]*\])"
    r"|^ {0,3}(?P<abbreviation>\*\[[^\]\n]+\]:)"
    r"|^ {0,3}[-*+][ \t]+(?P<task>\[[ xX]\])(?=[ \t])"
    # strikethrough and highlighting only as a pair on one line: a lone '~~' or '==' is text either way
    r"|(?P<strike>~~)(?=\S(?:[^\n]*?\S)?~~)"
    r"|(?<![=\w])(?P<highlight>==)(?=[^\s=](?:[^\n]*?[^\s=])?==)",
    re.M,
)
# Every match of _UNRENDERED holds one of these. The regex has no literal to skip ahead by, so it tries each
# position of a page; a page without any of them (every page, usually) needs no search at all.
_UNRENDERED_HINTS = ("!!!", "???", "*[", "[^", "[ ]", "[x]", "[X]", "~~", "==")
UNRENDERED = {  # kind -> (what it is, what to write instead)
    "admonition": ("an admonition", "write the text as a paragraph, or the editor's remark as a note ({note:ID})"),
    "footnote": ("a footnote", "write an editor's note: {note:ID}, with its record in source/notes.yml"),
    "abbreviation": ("an abbreviation definition", "explain the abbreviation as a term in source/terms.yml"),
    "task": ("a task list item", "write a plain list item ('- ...')"),
    "strike": ("strikethrough ('~~')", "leave the text as printed; record a correction in source/emendations.yml"),
    "highlight": ("highlighting ('==')", "write *emphasis* instead"),
}
H1 = re.compile(r"^# +(.+?)\s*$", re.M)  # a page's title
_SPECIAL = re.compile(r"[\[{]")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})", re.M)
_CODE_SPAN = re.compile(r"(?<!`)(`+)(?!`)")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n.*?\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)


@dataclass(frozen=True)
class CiteItem:
    key: str
    locator: str | None
    line: int
    col: int  # of the '@'


@dataclass(frozen=True)
class Citation:
    items: tuple[CiteItem, ...]
    start: int
    end: int
    line: int
    col: int

    def keys(self) -> list[str]:
        return [i.key for i in self.items]


@dataclass(frozen=True)
class Marker:
    kind: str  # "para", "page", "em", "note" (editor's note), "qk" (quotation translated from the Kazakh),
    # "article" (a fact of source/article.yml: {article:doi}) or "block"
    value: str
    start: int
    end: int
    line: int
    col: int


@dataclass(frozen=True)
class Scan:
    tokens: list  # Citation | Marker, in text order
    problems: list[Problem]
    body_start: int  # offset where the Markdown body begins (after front matter)
    # '@key' outside brackets (Pandoc's in-text citation, which the edition does not take): not an error by
    # itself (an e-mail, a handle), but where a translation lost a citation's brackets, it says where
    bare: list = field(default_factory=list)  # [CiteItem], locator None


def front_matter_end(text: str) -> int:
    m = _FRONT_MATTER.match(text)
    return m.end() if m else 0


def protected_ranges(text: str, start: int = 0) -> list[tuple[int, int]]:
    """Spans the citation syntax must not touch: front matter, fenced blocks, code spans."""
    ranges: list[tuple[int, int]] = []
    if start:
        ranges.append((0, start))
    pos = start
    # the regexes below have no literal to skip ahead by: a page without a fence or a backtick needs no search
    fences = list(_FENCE.finditer(text, start)) if "```" in text or "~~~" in text else []
    i = 0
    while i < len(fences):
        opening = fences[i]
        fence = opening.group(1)
        close = None
        for j in range(i + 1, len(fences)):
            f = fences[j].group(1)
            if f[0] == fence[0] and len(f) >= len(fence):
                close = j
                break
        if close is None:
            ranges.append((opening.start(), len(text)))
            break
        end = text.find("\n", fences[close].end())
        ranges.append((opening.start(), len(text) if end < 0 else end))
        i = close + 1
    # code spans: a run of n backticks up to the next run of exactly n backticks
    for m in _CODE_SPAN.finditer(text, pos) if "`" in text else ():
        if _inside(ranges, m.start()):
            continue
        n = len(m.group(1))
        closing = re.compile(rf"(?<!`)`{{{n}}}(?!`)").search(text, m.end())
        if closing and "\n\n" not in text[m.end() : closing.start()]:
            ranges.append((m.start(), closing.end()))
    ranges.sort()
    return ranges


def _inside(ranges, offset: int) -> bool:
    for a, b in ranges:
        if a <= offset < b:
            return True
    return False


class _Mask:
    def __init__(self, ranges):
        self.starts = [a for a, _ in ranges]
        self.ranges = ranges

    def __contains__(self, offset: int) -> bool:
        i = bisect.bisect_right(self.starts, offset) - 1
        return i >= 0 and self.ranges[i][0] <= offset < self.ranges[i][1]


def _escaped(text: str, i: int) -> bool:
    n = 0
    while i - n - 1 >= 0 and text[i - n - 1] == "\\":
        n += 1
    return n % 2 == 1


def _paragraph_end(text: str, i: int) -> int:
    end = text.find("\n\n", i)
    return len(text) if end < 0 else end


@dataclass(frozen=True)
class ParagraphSpan:
    """A numbered paragraph's text: from after its `{#id}` to the blank line that ends it."""

    pid: str
    start: int
    end: int


def paragraph_spans(text: str, tokens) -> list[ParagraphSpan]:
    return [
        ParagraphSpan(t.value, t.end, _paragraph_end(text, t.end))
        for t in tokens
        if isinstance(t, Marker) and t.kind == "para"
    ]


def duplicate_id(path: str, tok: Marker) -> Problem:
    """One message, whichever check finds it first (the engine reports identical problems once)."""
    return Problem(path, tok.line, tok.col, f"duplicate paragraph id '{tok.value}'")


def paragraph_at(spans: list[ParagraphSpan], offset: int) -> ParagraphSpan | None:
    """The numbered paragraph that holds `offset` (spans in text order), or None (a heading, a list, a table)."""
    at = bisect.bisect_right([s.start for s in spans], offset) - 1
    return spans[at] if at >= 0 and offset < spans[at].end else None


def _in_link_label(text: str, end: int, mask) -> bool:
    """True if the citation ending at `end` sits inside `[ ... ](url)` or `[ ... ][ref]`."""
    stop = _paragraph_end(text, end)
    if text.find("](", end, stop) < 0 and text.find("][", end, stop) < 0:
        return False  # fast path: no link closes in the rest of the paragraph
    depth = 0
    for j in range(end, stop):
        c = text[j]
        if j in mask or _escaped(text, j):
            continue
        if c == "[":
            depth += 1
        elif c == "]":
            if depth == 0:
                return j + 1 < len(text) and text[j + 1] in "(["
            depth -= 1
    return False


def scan(text: str, path: str) -> Scan:
    """Tokens and problems of one page. Never raises on any input text."""
    body = front_matter_end(text)
    mask = _Mask(protected_ranges(text, body))
    tokens: list = []
    problems: list[Problem] = []
    where = Lines(text).line_col

    def problem(offset, message):
        line, col = where(offset)
        problems.append(Problem(path, line, col, message))

    i = body
    while True:
        found = _SPECIAL.search(text, i)
        if not found:
            break
        i = found.start()
        c = text[i]
        if c == "[" and i not in mask and not _escaped(text, i) and _CITE_START.match(text, i + 1, i + 40):
            close = _citation_close(text, i + 1)
            if close is None:
                problem(
                    i,
                    "unterminated citation: '[' has no closing ']' in its paragraph"
                    " (close it, or write '\\[' for a literal bracket)",
                )
                i += 1
                continue
            after = text[close + 1 : close + 2]
            if after in ("(", "["):  # a Markdown link or reference whose label starts with '@'
                i = close + 1
                continue
            cit = _parse_citation(text, i, close, path, problems, where)
            if cit is not None:
                if _in_link_label(text, close + 1, mask):
                    problem(
                        i, "citation inside a link label: a citation is a link itself; move it out of the [label](url)"
                    )
                else:
                    tokens.append(cit)
            i = close + 1
            continue
        if c == "{" and i not in mask and not _escaped(text, i):
            end = _mark(text, i, tokens, where)
            if end is not None:
                i = end
                continue
        odd = None if i in mask or _escaped(text, i) else _almost_markup(text, i)
        if odd:
            problem(i, odd[1])
            i = odd[0]
            continue
        i += 1
    # a line already wrong is reported once, for what the scan found (a malformed citation holding '~~')
    wrong = {p.line for p in problems}
    more = [p for p in unrendered(text, body, mask, tokens, path) if p.line not in wrong]
    return Scan(tokens, sorted(problems + more, key=_place), body, _bare(text, body, mask, tokens, where))


_BARE = re.compile(r"@(" + _KEY + ")")


def _bare(text: str, body: int, mask, tokens: list, where) -> list[CiteItem]:
    spans, found = None, []
    for m in _BARE.finditer(text, body) if "@" in text else ():
        before = text[m.start() - 1 : m.start()]
        if before and (before.isalnum() or before in "_@[\\") or m.start() in mask:
            continue  # an e-mail address, a citation's own '@', code
        spans = spans or _Mask([(t.start, t.end) for t in tokens if isinstance(t, Citation)])
        if m.start() not in spans:
            found.append(CiteItem(m.group(1).rstrip(_KEY_TRAILING), None, *where(m.start())))
    return found


def _place(p: Problem) -> tuple[int, int]:
    return p.line, p.col


def unrendered(text: str, body: int, mask, tokens: list, path: str) -> list[Problem]:
    """The Markdown the site would publish as typed, each where it stands (outside code, front matter, marks
    and citations)."""
    found, lines, spans = [], None, None
    if not any(hint in text for hint in _UNRENDERED_HINTS):
        return found
    for m in _UNRENDERED.finditer(text, body):
        spans = spans or _Mask([(t.start, t.end) for t in tokens])
        if m.start() not in mask and m.start() not in spans and not _escaped(text, m.start()):
            lines = lines or Lines(text)
            kind = m.lastgroup
            what, todo = UNRENDERED[kind]
            message = f"'{m.group(kind).strip()}' is {what}, which this site would publish as typed: {todo}"
            found.append(Problem(path, *lines.line_col(m.start(kind)), message))
    return found


def _mark(text: str, i: int, tokens: list, where) -> int | None:
    """The edition's mark at i, appended to tokens: where the scan goes on; None when there is none."""
    m = _MARKER.match(text, i)
    if m is None:
        return None
    if m.group("para") is not None and _on_heading(text, i):
        return m.end()  # Markdown's heading id ("## Title {#id}"), not a paragraph's
    kind = next(k for k in ("para", "page", "em", "note", "qk", "article", "block") if m.group(k) is not None)
    line, col = where(i)
    tokens.append(Marker(kind, m.group(kind), i, m.end(), line, col))
    return m.end()


def _on_heading(text: str, i: int) -> bool:
    start = text.rfind("\n", 0, i) + 1
    return re.match(r" {0,3}#{1,6}[ \t]", text[start:i]) is not None


def _almost_markup(text: str, i: int) -> tuple[int, str] | None:
    """A '{' or '[' at i that the edition does not take but a reader would take for its markup: (end, message)."""
    odd = _MARK_LIKE.match(text, i) if text[i - 1 : i] != "@" else None  # '@{key}' is a braced citation key
    known = odd and odd.group("word") in (*_ARGUMENT_KINDS, *_PLAIN_MARKS)
    if odd and odd.group("word") not in BLOCK_MARKS and (known or not odd.group("value") or ":" in odd.group("value")):
        return odd.end(), _mark_message(odd)
    unclosed = _UNCLOSED.match(text, i)
    if unclosed:
        found = re.match(r"\{[\w-]+(?::[^\s{}]*)?", unclosed.group(0)).group(0)
        return unclosed.end(), f"unclosed mark '{found}': close it with '}}' (write '\\{{' for a literal brace)"
    prefixed = _PREFIXED.match(text, i)
    if prefixed:
        return prefixed.end(), _prefix_message(prefixed.group(0))
    return None


def _mark_message(m: re.Match) -> str:
    word, value = m.group("word"), m.group("value")
    if word in _ARGUMENT_KINDS and value:  # a known mark mistyped: a space in it, or no colon
        fixed = "{" + word + ":" + re.sub(r"[\s:]+", "", value) + "}"
        return f"malformed mark '{m.group(0)}': write {fixed} (no spaces)"
    if word in _PLAIN_MARKS and value and not value.strip():  # {corrections }
        return f"malformed mark '{m.group(0)}': write {{{word}}} (no spaces)"
    return f"unknown mark '{m.group(0)}': the marks are {MARKS} (write '\\{{' for a literal brace)"


def _prefix_message(found: str) -> str:
    at = found.index("@")
    fixed = "[" + found[at:]
    return (
        f"citation with words before the key '{found}': the edition's citations take none;"
        f" write {fixed} and put the words before it"
    )


def _citation_close(text: str, i: int) -> int | None:
    """Offset of the ']' that closes a citation opened before i, or None if the paragraph ends first."""
    stop = _paragraph_end(text, i)
    j = i
    while j < stop:
        c = text[j]
        if c == "]" and not _escaped(text, j):
            return j
        if c == "[" and not _escaped(text, j):
            return None
        j += 1
    return None


def _invisible(rest: str) -> int | None:
    """Where an invisible character (a format character such as U+200B ZERO WIDTH SPACE, U+00AD SOFT HYPHEN)
    stands in what follows a key, before its comma: None if there is none."""
    head = rest.split(",", 1)[0]
    return next((i for i, c in enumerate(head) if unicodedata.category(c) == "Cf"), None)


def _parse_citation(text: str, start: int, close: int, path: str, problems: list[Problem], where):
    inner_start = start + 1
    items = []
    ok = True
    pos = inner_start
    for part in text[inner_start:close].split(";"):
        offset = pos
        pos += len(part) + 1
        m = _ITEM.match(part)
        if not m:
            line, col = where(offset + len(part) - len(part.lstrip()))
            problems.append(
                Problem(
                    path, line, col, f"malformed citation item '{part.strip()}': expected '@key' or '@key, locator'"
                )
            )
            ok = False
            continue
        key = m.group("braced") or m.group("key")
        rest = m.group("rest")
        if m.group("key"):
            stripped = key.rstrip(_KEY_TRAILING)
            rest = key[len(stripped) :] + rest
            key = stripped
        at = offset + m.start("suppress") + len(m.group("suppress"))
        line, col = where(at)
        locator = None
        if rest.strip():
            lm = _LOCATOR.match(rest)
            invisible = _invisible(rest)
            if invisible is not None:  # pasted inside the key: it cuts the key short, and no one sees it
                j = offset + m.start("rest") + invisible - (len(rest) - len(m.group("rest")))
                problems.append(
                    Problem(
                        path,
                        *where(j),
                        f"malformed citation item '{part.strip()}': an invisible {describe(rest[invisible])}"
                        f" after '@{key}': delete it",
                    )
                )
                ok = False
                continue
            if not lm:
                problems.append(
                    Problem(
                        path,
                        line,
                        col,
                        f"malformed citation item '{part.strip()}': after the key write ', locator' (e.g. '@key, 148')",
                    )
                )
                ok = False
                continue
            locator = lm.group("loc")
        items.append(CiteItem(key, locator, line, col))
    if not ok or not items:
        return None
    line, col = where(start)
    return Citation(tuple(items), start, close + 1, line, col)
