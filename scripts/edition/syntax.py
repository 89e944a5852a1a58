"""Find the edition's markup in a Markdown page: Pandoc citations and the edition's `{...}` markers.

Pure text → tokens with their source locations. Nothing here knows the bibliography or MkDocs.
Left alone, as Pandoc does: code spans and fenced blocks, YAML front matter, an escaped `\\[@`,
Markdown links whose label starts with `@` (`[@x](url)`, `[@x][ref]`), and brackets without `@`.
"""

from __future__ import annotations

import bisect
import functools
import html
import html.entities
import re
import unicodedata
from dataclasses import dataclass, field

from . import lookalike
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
# (kind, its pattern, the strings one of which every match of it holds). A page's search is made of the kinds whose
# hints the page holds: a pattern with no literal to skip ahead by tries each position of a page, and a page holds
# a hint or two at most (a citation before a note mark, ']{', is the span's); the usual page needs no search.
_LINE_COLON = ("\n:", "\n :", "\n  :", "\n   :")  # a line that begins ':' (or the text, said apart)
_UNRENDERED_KINDS = (
    ("admonition", r"^ {0,3}(?P<admonition>(?:!!!|\?\?\?\+?)(?=[ \t]|$))", ("!!!", "???")),
    ("footnote", r"(?P<footnote>\[\^[^\]\s]*\])", ("[^",)),
    ("abbreviation", r"^ {0,3}(?P<abbreviation>\*\[[^\]\n]+\]:)", ("*[",)),
    ("task", r"^ {0,3}[-*+][ \t]+(?P<task>\[[ xX]\])(?=[ \t])", ("[ ]", "[x]", "[X]")),
    # a definition list's definition (Python-Markdown's def_list): a line that begins ': ' after its term
    ("definition", r"^ {0,3}(?P<definition>:)(?=[ \t]+\S)", _LINE_COLON),
    # strikethrough and highlighting only as a pair on one line: a lone '~~' or '==' is text either way
    ("strike", r"(?P<strike>~~)(?=\S(?:[^\n]*?\S)?~~)", ("~~",)),
    ("highlight", r"(?<![=\w])(?P<highlight>==)(?=[^\s=](?:[^\n]*?[^\s=])?==)", ("==",)),
    # the Markdown of other tools an editor writes or pastes (Pandoc, Obsidian, a wiki, LaTeX): text here
    ("inline_note", r"(?P<inline_note>\^\[)", ("^[",)),
    ("superscript", r"(?P<superscript>\^[^\s^\[\]]+\^)", ("^",)),
    ("subscript", r"(?<!~)(?P<subscript>~[^\s~]+~)(?!~)", ("~",)),
    ("span", r"(?P<span>\[[^\[\]\n]*\]\{[^{}\n]*\})", ("]{",)),
    ("div", r"^ {0,3}(?P<div>:::+)(?=[ \t]*[\w{.])", _LINE_COLON),  # its opening line (the closing one follows)
    ("embed", r"(?P<embed>!\[\[[^\[\]\n]+\]\])", ("![[",)),
    ("double_citation", r"(?P<double_citation>\[\[\s*-?@[^\[\]\n]*\]\])", ("[[",)),
    ("wikilink", r"(?<!!)(?P<wikilink>\[\[[^\[\]\n]+\]\])", ("[[",)),
    ("percent_comment", r"(?P<percent_comment>%%(?:[^\n]*?%%)?)", ("%%",)),
    ("latex", r"(?<![\\\w])(?P<latex>\\[A-Za-z]{2,})(?!\w)", ("\\",)),
    # TeX math as Pandoc reads it: '$$', or '$' with no space inside it and no digit after it ('$5 and $6' is text)
    ("math", r"(?P<math>\$\$|(?<![\w$\\])\$(?=[^\s$])[^$\n]*?[^\s$\\]\$(?![\w$]))", ("$",)),
    # an emoji's shortcode, ':warning:' (its hint: _EMOJI)
    ("emoji", r"(?<![\w:/])(?P<emoji>:[a-z][a-z0-9]*(?:[_+-][a-z0-9]+)*:)(?![\w:])", ()),
    ("grid", r"^ {0,3}(?P<grid>\+[-=:]{3,}(?:\+[-=:]{3,})*\+)[ \t]*$", ("+-", "+=", "+:")),  # a grid table's border
    # the rule under a Pandoc simple table's header
    ("simple_table", r"^ {0,3}(?P<simple_table>-{2,}(?:[ \t]+-{2,})+)[ \t]*$", ("- -", "-\t-")),
)
_UNRENDERED = re.compile("|".join(pattern for _, pattern, _ in _UNRENDERED_KINDS), re.M)
_EMOJI = re.compile(r":[a-z][a-z0-9]*(?:[_+-][a-z0-9]+)*:")  # a letter first: ':12:' is no shortcode
_UNRENDERED_SEARCHES: dict = {}  # the kinds a page may hold -> their search


def _unrendered_search(text: str) -> re.Pattern | None:
    """The search for the kinds of unrendered Markdown whose hints the text holds; None if it holds none."""
    starts_colon = text.lstrip(" ").startswith(":")
    kinds = tuple(
        kind
        for kind, _, hints in _UNRENDERED_KINDS
        if any(h in text for h in hints)
        or (kind == "emoji" and _EMOJI.search(text))
        or (hints is _LINE_COLON and starts_colon)
    )
    if not kinds:
        return None
    if kinds not in _UNRENDERED_SEARCHES:
        wanted = set(kinds)
        patterns = (pattern for kind, pattern, _ in _UNRENDERED_KINDS if kind in wanted)
        _UNRENDERED_SEARCHES[kinds] = re.compile("|".join(patterns), re.M)
    return _UNRENDERED_SEARCHES[kinds]


UNRENDERED = {  # kind -> (what it is, what to write instead)
    "admonition": ("an admonition", "write the text as a paragraph, or the editor's remark as a note ({note:ID})"),
    "footnote": ("a footnote", "write an editor's note: {note:ID}, with its record in source/notes.yml"),
    "abbreviation": ("an abbreviation definition", "explain the abbreviation as a term in source/terms.yml"),
    "task": ("a task list item", "write a plain list item ('- ...')"),
    # refused, not enabled: the article prints none, and a term is explained once, in source/terms.yml, whose
    # glossary is aligned and checked in every language; a definition list would be text that nothing compares
    "definition": (
        "a definition list's definition (a line beginning ': ')",
        "explain a term in source/terms.yml (the glossary), or write a list item ('- **Term**: definition');"
        " a wrapped line of text must not begin with ': ' (join it to the line before)",
    ),
    "strike": ("strikethrough ('~~')", "leave the text as printed; record a correction in source/emendations.yml"),
    "highlight": ("highlighting ('==')", "write *emphasis* instead"),
    "inline_note": (
        "a Pandoc inline footnote ('^[...]')",
        "write an editor's note: {note:ID}, with its record in source/notes.yml",
    ),
    "superscript": ("Pandoc's superscript ('^...^')", "write <sup>...</sup>"),
    "subscript": (
        "Pandoc's subscript ('~...~')",
        "write the characters without the tildes (the site has no subscript)",
    ),
    "span": ("a Pandoc span ('[words]{.class}')", 'write the words alone, or <span class="...">words</span>'),
    "div": ("a Pandoc fenced div (':::')", "write the text as paragraphs, an editor's remark as a note ({note:ID})"),
    "embed": (
        "an Obsidian embed ('![[...]]')",
        "the edition publishes no images or embedded files (the printed article has no figure): delete it",
    ),
    "double_citation": ("a citation in double brackets", "write it in one pair of brackets: [@key, locator]"),
    "wikilink": ("a wiki link ('[[page]]')", "write a Markdown link: [words](results.md#results-12)"),
    "percent_comment": ("an Obsidian comment ('%%...%%')", "write an HTML comment: <!-- ... -->"),
    "latex": ("a LaTeX command", "delete it, or write the Markdown it stands for (write '\\\\' for a backslash)"),
    "math": (
        "TeX math ('$...$')",
        "the site renders no math: write it in words or with <sup>...</sup> (write '\\$' for a dollar sign)",
    ),
    "emoji": ("an emoji's shortcode", "write the character itself, or words"),
    "grid": ("a Pandoc grid table ('+---+')", "write a pipe table: '| a | b |', then '|---|---|' under it"),
    "simple_table": (
        "the rule of a Pandoc simple table",
        "write a pipe table: '| a | b |', then '|---|---|' under it",
    ),
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


class _Finds:
    """What a check of a page's text may look at (from the body on, outside code, front matter, marks and
    citations, and, unless `escapes` is off, not after a backslash), and what it found, each where it stands.
    The spans and the line index are made at the first question: most pages give a check nothing to find."""

    def __init__(self, text: str, body: int, mask, tokens: list, path: str, escapes: bool = True):
        self.text, self.body, self.mask, self.tokens, self.path, self.escapes = text, body, mask, tokens, path, escapes
        self.found: list[Problem] = []
        self._spans = self._lines = None

    def free(self, at: int) -> bool:
        if self._spans is None:
            self._spans = _Mask([(t.start, t.end) for t in self.tokens])
        return (
            at >= self.body
            and at not in self.mask
            and at not in self._spans
            and not (self.escapes and _escaped(self.text, at))
        )

    def line_of(self, at: int) -> int:
        if self._lines is None:
            self._lines = Lines(self.text)
        return self._lines.line_col(at)[0]

    def add(self, at: int, message: str) -> None:
        if self._lines is None:
            self._lines = Lines(self.text)
        self.found.append(Problem(self.path, *self._lines.line_col(at), message))


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


@functools.lru_cache(maxsize=256)  # the engine asks of a page twice (its data files' uses, then its marks)
def scan(text: str, path: str, checks: bool = True) -> Scan:
    """Tokens and problems of one page. Never raises on any input text. (Its result is shared: read it only.)
    `checks=False`: the tokens alone, for a whole-article page once its sections are in (they report its problems)."""
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
                i = _note_placed(text, (i, end), tokens, mask, problem)
                continue
        odd = None if i in mask or _escaped(text, i) else _almost_markup(text, i)
        if odd:
            problem(i, odd[1])
            i = odd[0]
            continue
        i += 1
    if not checks:
        return Scan(tokens, [], body)
    found = _checked(text, body, mask, tokens, path, problems)
    return Scan(tokens, found, body, _bare(text, body, mask, tokens, where))


def _checked(text: str, body: int, mask, tokens: list, path: str, problems: list) -> list[Problem]:
    """The scan's problems and the checks' (a line already wrong is reported once, for what the scan found: a
    malformed citation holding '~~'), in the page's order."""
    wrong = {p.line for p in problems}
    checks = (unrendered, misread, unseen, loose)
    more = [p for check in checks for p in check(text, body, mask, tokens, path) if p.line not in wrong]
    more += crowded(text, body, path)
    return sorted(problems + more, key=_place)


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


def uses(text: str, path: str = "") -> frozenset:
    """The marks a page uses, as the grammar finds them (never in code, an escaped brace or a malformed mark):
    "{bibliography}", "{glossary}" ... for a generated list, "{note:", "{em:", "{article:" for a mark with an
    argument, "{whole-article}"."""
    found = {
        f"{{{t.value}}}" if t.kind == "block" else f"{{{t.kind}:"
        for t in scan(text, path).tokens
        if isinstance(t, Marker) and t.kind in ("block", "note", "em", "article")
    }
    if holds_whole_article(text):
        found.add("{whole-article}")
    return frozenset(found)


_BLOCK_MARK = re.compile(r"\{(?:" + "|".join(BLOCK_MARKS) + r")\}")


def whole_article_marks(text: str) -> list[int]:
    """Where the page holds {whole-article} (outside code and front matter, not escaped): a mark the engine
    replaces before the scan, so found here by its own pattern."""
    if "{whole-article}" not in text:
        return []  # the usual page: no search
    mask = _Mask(protected_ranges(text, front_matter_end(text)))
    return [m.start() for m in _BLOCK_MARK.finditer(text) if m.start() not in mask and not _escaped(text, m.start())]


def holds_whole_article(text: str) -> bool:
    return bool(whole_article_marks(text))


def _place(p: Problem) -> tuple[int, int]:
    return p.line, p.col


def unrendered(text: str, body: int, mask, tokens: list, path: str) -> list[Problem]:
    """The Markdown the site would publish as typed, each where it stands (outside code, front matter, marks
    and citations)."""
    found, lines, spans = [], None, None
    search = _unrendered_search(text)
    if search is None:
        return found
    said: dict = {}  # a grid table's or a '$$' block's kind -> where its last line ended: one message a block
    for m in search.finditer(text, body):
        if m.lastgroup == "grid" or m.group(0) == "$$":
            before = said.get(m.lastgroup)
            said[m.lastgroup] = m.end()
            if before is not None and "\n\n" not in text[before : m.start()]:
                continue
        spans = spans or _Mask([(t.start, t.end) for t in tokens])
        in_key = m.lastgroup in ("subscript", "percent_comment", "math", "emoji") and _IN_KEY.search(
            text, max(body, m.start() - 80), m.start()
        )
        if m.start() not in mask and m.start() not in spans and not _escaped(text, m.start()) and not in_key:
            lines = lines or Lines(text)
            kind = m.lastgroup
            what, todo = UNRENDERED[kind]
            message = f"'{m.group(kind).strip()}' is {what}, which this site would publish as typed: {todo}"
            found.append(Problem(path, *lines.line_col(m.start(kind)), message))
    return found


# A character that shows as nothing (U+00AD SOFT HYPHEN, U+200B ZERO WIDTH SPACE, U+200E LEFT-TO-RIGHT MARK, a
# byte-order mark pasted mid-line, a control character, U+2028 LINE SEPARATOR), typed or written as an HTML
# entity ('&shy;', '&#8203;'): published unseen inside a word, it splits the word for search and for the copy
# a reader makes. Word and web pages paste them.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f"
    "\u200b-\u200f\u2028-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufffb]"
)
# '~', '%%', '$$', ':x:' in a key ('@a~b~c', '@{a:b:}', an escaped citation's) are a key's
_IN_KEY = re.compile(r"@(?:" + _KEY + r"|\{[^{}\n]*)\Z")
_ENTITY = re.compile(r"&(?:#[0-9]+|#[xX][0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);")
# A word of one script with a letter of another in it ('прoцесс' with a Latin o): it looks right and is found
# by no search. The Kazakh body is compared with the source besides; this finds it in every page.
_MIXED = re.compile(r"[\u0400-\u04ff][A-Za-z]|[A-Za-z][\u0400-\u04ff]")  # a Latin and a Cyrillic letter side by side
# ... or a Greek one beside either (an omicron in 'histοrian'): searched for only where a page has a Greek letter
# (the wider regex over every page was ~3 ms of each build; a letter's `in` over the page, ~0.3 ms in all)
_MIXED_GREEK = re.compile(
    r"[\u0370-\u04ff][A-Za-z]|[A-Za-z][\u0370-\u04ff]|[\u0370-\u03ff][\u0400-\u04ff]|[\u0400-\u04ff][\u0370-\u03ff]"
)
_GREEK_LETTERS = "".join(chr(c) for c in range(0x391, 0x3CA) if chr(c).isalpha())
_WORD_CHAR = re.compile(r"[^\W\d_]")


def unseen(text: str, body: int, mask, tokens: list, path: str) -> list[Problem]:
    """Invisible characters and words of mixed scripts in a page's text (outside code, marks and citations),
    each where it stands."""
    finds = _Finds(text, body, mask, tokens, path, escapes=False)  # an invisible character is one after "\\" too
    free, add, found = finds.free, finds.add, finds.found

    for m in _INVISIBLE.finditer(text, body):
        if (m.start() or m.group(0) != "\ufeff") and free(m.start()):
            add(
                m.start(),
                f"an invisible {describe(m.group(0))} in the text: delete it (it would be published"
                " unseen, and a search for the word would not find it)",
            )
    if "&" in text:
        for m in _ENTITY.finditer(text, body):
            char = html.unescape(m.group(0))
            if len(char) == 1 and _INVISIBLE.match(char) and free(m.start()):
                add(
                    m.start(),
                    f"'{m.group(0)}' is an invisible {describe(char)}: delete it (it would be published"
                    " unseen, and a search for the word would not find it)",
                )
    if not text.isascii():
        _pasted(text, body, finds)
    done = -1
    mixed = _MIXED_GREEK if any(c in text for c in _GREEK_LETTERS) else _MIXED
    for m in mixed.finditer(text, body):
        if m.start() < done:
            continue  # the word already said
        start, done = m.start(), m.end()
        while start > body and _WORD_CHAR.match(text, start - 1):
            start -= 1
        while done < len(text) and _WORD_CHAR.match(text, done):
            done += 1
        word = text[start:done]
        odd = lookalike.mixed(word)
        if odd and free(start):
            add(start, f"the word '{word}' {odd}: type it in one script (it looks right, and no search finds it)")
    return found


# What a PDF or a broken conversion pastes: it looks right, or like damage, and no search finds the word. A
# ligature ('ﬁ' for 'fi') and a fullwidth form ('１' for '1') stand for plain letters; U+FFFD stands where a
# conversion lost a character; and UTF-8 read as Windows-1252 turns '’' into 'â€™' (a run that, encoded back,
# decodes as UTF-8: so 'é…' in a word is no such run).
_PASTED = re.compile("[\ufb00-\ufb06]|[\uff01-\uff5e]+")
_LOST = "\ufffd"  # (in a page: said where the page is read, where bytes that are not UTF-8 are told from it)
_MOJIBAKE = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]+"
)


# A letter in two pieces, a base and a combining mark, as macOS and some PDFs paste it ('и' and U+0306 for 'й'):
# it looks like the one letter, and no search for the word finds it.
_COMBINED = re.compile(r"[^\W\d_][\u0300-\u036f]+")


def _two_pieces(text: str, start: int = 0):
    """(offset, the pieces, the one letter) of each letter written as a base and a combining mark that Unicode
    composes into one."""
    for m in _COMBINED.finditer(text, start):
        one = unicodedata.normalize("NFC", m.group(0))
        if len(one) < len(m.group(0)):
            yield m.start(), m.group(0), one


def _two_pieces_message(pieces: str, one: str) -> str:
    parts = f"'{pieces[0]}' and " + ", ".join(describe(c) for c in pieces[1:])
    return (
        f"the letter '{one}' is written in two pieces, {parts} (as macOS or a PDF pastes it): type it as one"
        f" letter, {describe(one[0])} (it looks right, and no search finds the word)"
    )


# What a garbled run stands for in this edition: Latin letters with marks, Cyrillic, punctuation ('’', '—', '«')
_GARBLED_FROM = re.compile("[\u00a0-\u024f\u0400-\u04ff\u2000-\u206f\u20ac\u2116\u2122]")


def pasted_message(run: str) -> str | None:
    """What a character a PDF or a conversion pastes is (a run of _PASTED or _MOJIBAKE), or None."""
    c = run[0]
    if c == "\ufffd":
        return f"{describe(c)} stands where a conversion lost a character: type the character that stood there"
    if _PASTED.fullmatch(run):
        kind = "a ligature, as a PDF pastes it" if c < "\uff00" else "a fullwidth form"
        more = " ..." if len(run) > 1 else ""
        plain = unicodedata.normalize("NFKC", run)
        return f"'{run}' is {describe(c)}{more}, {kind}: type '{plain}' (a search for the word would not find it)"
    try:
        meant = run.encode("cp1252").decode("utf-8")
    except UnicodeError:
        return None  # letters of a language that has them ('é…')
    if not all(_GARBLED_FROM.match(c) for c in meant):
        return None  # it decodes, but to a script no page of the edition holds: letters that happen to fit
    return (
        f"'{run}' is '{meant}' garbled (UTF-8 read as Windows-1252, as a bad copy or conversion does): type '{meant}'"
    )


# Markdown or a mark in a value shown as plain text (a note, a reason, a bibliography's note): shown as typed
MARKDOWN = re.compile(
    r"(?P<citation>\[-?@[^\]\n]*\]?)|(?P<mark>\{(?:note|em|pb|qk|#)[^{}\n]*\}?)"
    r"|(?P<link>\[[^\[\]\n]+\]\([^()\n]*\)?)|(?P<emphasis>(?<![\w*\\])\*{1,2}[^\s*][^*\n]*?(?<=\S)\*{1,2}(?![\w*]))"
)
_INSTEAD = {
    "citation": "a citation, which is shown as typed here: name the work in words (the References list it)",
    "mark": "an edition's mark, which is shown as typed here: delete it",
    "link": "a Markdown link, which is shown as typed here: write the words, and the address as text if needed",
    "emphasis": "Markdown emphasis, which is shown with its stars here: write the words without them",
}


def plain_text_problem(value: str) -> tuple[str, str] | None:
    """(what to point at, the message) for Markdown or a mark in a value shown as plain text; None if none."""
    # (each kind holds one of these: most values, a bibliography's notes with their '[title]'s too, none)
    m = MARKDOWN.search(value) if any(h in value for h in ("[@", "[-@", "](", "*", "{")) else None
    if m is None:
        return None
    return m.group(0), f"'{m.group(0)}' is {_INSTEAD[m.lastgroup]} (a data file's text is plain text, shown as written)"


def letter_problem(value: str) -> tuple[str, str] | None:
    """(what to point at, the message) for the first character of a data file's value that is not what it looks
    like: an invisible one, one a PDF or a conversion pastes, a letter in two pieces; None if there is none."""
    m = _INVISIBLE.search(value)
    if m:
        return m.group(0), f"an invisible {describe(m.group(0))} in the text: delete it (it would be published unseen)"
    if _LOST in value:
        return _LOST, pasted_message(_LOST)
    for m in (*_PASTED.finditer(value), *_MOJIBAKE.finditer(value)):
        message = pasted_message(m.group(0))
        if message:
            return m.group(0), message
    for _, pieces, one in _two_pieces(value):
        return pieces, _two_pieces_message(pieces, one)
    return None


def _pasted(text: str, body: int, finds: _Finds) -> None:
    for at, pieces, one in _two_pieces(text, body):
        if finds.free(at):
            finds.add(at, _two_pieces_message(pieces, one))
    for m in (*_PASTED.finditer(text, body), *_MOJIBAKE.finditer(text, body)):
        message = pasted_message(m.group(0))
        if message and finds.free(m.start()):
            finds.add(m.start(), message)


# Markdown that Python-Markdown publishes as typed, or otherwise than meant, where an editor would not expect it:
# a list or a table right under a line of text (no blank line before it) is text of that paragraph; a line that
# begins '#' inside a paragraph is a heading cut out of it; '1)' begins no list; '[words][ref]' with no '[ref]:'
# line is text; '<!--' never closed is text; a '\\' at a line's end is a backslash, not a line break.
_LIST_LINE = re.compile(r" {0,3}(?:[-*+]|\d+\.)[ \t]+\S")
_TABLE_LINE = re.compile(r" {0,3}\|")
_HASH_LINE = re.compile(r"#")  # Python-Markdown: any line that begins with "#", a space after it or not
_QUOTE_LINE = re.compile(r" {0,3}>")  # a block quote begins there, even inside a paragraph
# A list typed as a word processor's: its bullet ('•'), or a dash at the start of two lines running ('– ')
_BULLET = re.compile("[ \t]*([\u2022\u25e6\u25aa\u25cf\u25cb\u25a0\u25a1\u2023\u2043\u00b7])[ \t]+\\S")
_DASH_ITEM = re.compile("[ \t]*([\u2013\u2014])[ \t]+\\S")
# '[words] (results.md)': with a space before '(', no link: both published as typed
_SPACED_LINK = re.compile(r"(?<![!\\])\[[^\[\]\n]+\] \((?:[^()\s]*\.md\b|https?://|#)[^()\s]*\)")
# '&mdash' without its ';': Python-Markdown publishes it as typed ('&amp;mdash')
_OPEN_ENTITY = re.compile(r"&([A-Za-z][A-Za-z0-9]+)(?![;\w])")
_PAREN_LIST = re.compile(r"^ {0,3}\d{1,3}\)[ \t]+\S", re.M)
_NOT_PARAGRAPH = re.compile(
    r" {0,3}(?:[-*+][ \t]|\d+[.)][ \t]|\||<|#|`{3}|~{3}|>|\{[:.\s]|\{[a-z-]+\}\s*$|\+[-=])|    |\t"
)
_REFERENCE = re.compile(r"(?<![!\\])\[(?P<label>[^\[\]\n]+)\]\[(?P<ref>[^\[\]\n]*)\]")
_DEFINITION = re.compile(r"^ {0,3}\[(?P<ref>[^\[\]\n]+)\]:", re.M)
_END_BACKSLASH = re.compile(r"(?<!\\)(?:\\\\)*\\\n(?=[ \t]*\S)")
_PREVIEW = re.compile(r"(?:https?:)?//(?:localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0|\[::1\])(?:[:/?#]|\Z)", re.I)
_EMPTY_LINK = re.compile(r"(?<!\\)\[[^\[\]\n]*\]\(\s*#?\s*\)")
_NBSP_END = re.compile(r"[ \u00a0\u202f]*[\u00a0\u202f][ \u00a0\u202f]*\n(?=[ \t]*\S)")
_LOOSE_HINTS = (
    "] (",
    "&",
    "\n>",
    "\u2022",
    "\u25e6",
    "\u25aa",
    "\u25cf",
    "\u25cb",
    "\u25a0",
    "\u25a1",
    "\u2023",
    "\u2043",
    "\u00b7 ",
    "\n\u2013",
    "\n\u2014",
    "](",
    "]:",
    "|",
    "--",
    "==",
    "{",
    "\n-",
    "\n*",
    "\n+",
    "\n|",
    "\n#",
    ")",
    "][",
    "<!--",
    "\\\n",
    "\n ",
    "\u00a0\n",
    "\u202f\n",
    "-\n",
    "`",
    "~~~",
)


_SETEXT = re.compile(r" {0,3}(?:-{2,}|={2,})[ \t]*$")
_TABLE_RULE = re.compile(r" {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
_NUMBERED = re.compile(r" {0,3}(\d+)\.[ \t]+\S")


def _sentence(block: str, n: int) -> bool:
    """The text above a '---' or '===' line at line n of a block is prose, not a heading: more than one line, a
    paragraph's id, or a sentence's end."""
    above = block.split("\n")[:n]
    last = above[-1].rstrip() if above else ""
    return len(above) > 1 or above[0].lstrip().startswith("{#") or last.endswith((".", ",", ";", ":", "!", "?"))


def _cells(line: str) -> int:
    row = line.strip()
    row = row[1:] if row.startswith("|") else row
    row = row[:-1] if row.endswith("|") and not row.endswith("\\|") else row
    return len(re.split(r"(?<!\\)\|", row))


def _table(block: str, start: int, free, add) -> None:
    """A table's row with more cells than its header: Python-Markdown drops the cells beyond, silently."""
    rows = block.split("\n")
    ruled = len(rows) > 1 and _TABLE_RULE.match(rows[1]) and "-" in rows[1]
    if _TABLE_LINE.match(rows[0]) and not ruled and free(start + rows[0].index("|")):
        add(
            start + rows[0].index("|"),
            "a line that begins with '|' is a table's row, but no rule line ('|---|---|') stands under the first,"
            " so the lines are published as typed (Pandoc's line block is not taken): add the rule line under the"
            " header, or delete the '|'s (two spaces at a line's end make a line break)",
        )
    if len(rows) < 3 or "|" not in rows[0] or not ruled:
        return
    width, offset = _cells(rows[0]), start + len(rows[0]) + len(rows[1]) + 2
    for row in rows[2:]:
        if _cells(row) > width and free(offset):
            add(
                offset,
                f"this row has {_cells(row)} cells, its table's header {width}: the cells beyond the header's"
                " are not published; add a column to the header, or join the cells (write '\\|' for a '|' in one)",
            )
        offset += len(row) + 1


def _numbered(block: str, start: int, free, add) -> None:
    """A numbered list that begins with another number than 1: the site numbers it from 1 whatever is typed."""
    m = _NUMBERED.match(block)
    if m and m.group(1) != "1" and free(start + m.start(1)):
        add(
            start + m.start(1),
            f"a numbered list that begins '{m.group(1)}.' is numbered from 1 on the site: number"
            " it from 1, or write the items as a paragraph",
        )


def _front_matter(head: str, add) -> None:
    """Front matter MkDocs cannot read is dropped without a word (its title with it); a title is text: the
    browser's tab and the nav show a tag in it as typed."""
    import yaml  # noqa: PLC0415  (only a page with front matter needs it)

    inner = head.split("\n", 1)[1] if "\n" in head else ""
    inner = inner[: inner.rstrip().rfind("\n") + 1]  # without the closing '---'
    try:
        meta = yaml.safe_load(inner)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        rows = inner.split("\n")
        at = head.find("\n") + 1
        if mark is not None:
            at += sum(len(x) + 1 for x in rows[: mark.line]) + mark.column
        why = " ".join(str(getattr(e, "problem", None) or "not YAML").split())
        add(
            at,
            f"the front matter is not YAML ({why}), and MkDocs would drop it without a word: quote a value that"
            " holds ': ' ('title: \"About: the edition\"')",
        )
        return
    title = meta.get("title") if isinstance(meta, dict) else None
    if isinstance(title, str) and _TAG.search(title):
        add(
            head.find("title"),
            f"the title '{title}' holds HTML, which the browser's tab and the nav show as typed: write the words only",
        )


_OPEN_FRONT_MATTER = re.compile(r"---[ \t]*\n[A-Za-z_][\w-]*:")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")


def loose(text: str, body: int, mask, tokens: list, path: str) -> list[Problem]:
    """Markdown that would be published as typed, or cut a paragraph, each where it stands (outside code, front
    matter, marks and citations)."""
    if not any(hint in text for hint in _LOOSE_HINTS) and not re.search(r"\n\d", text):
        return []
    finds = _Finds(text, body, mask, tokens, path)
    parts = (_in_paragraphs, _paren_lists, _undefined_references, _local_links, _open_comments, _end_backslashes)
    for part in (*parts, _empty_links, _end_nbsp, _hyphen_breaks, _spaced_links, _open_entities):
        part(text, body, finds)
    if body:
        _front_matter(text[:body], finds.add)
    elif _OPEN_FRONT_MATTER.match(text):  # '---' and a field, never closed: the page's text, a rule and all
        finds.add(
            0,
            "the front matter that '---' opens is never closed, so it is published as the page's text: close it"
            " with a line '---' after its last field",
        )
    _block_marks_alone(text, tokens, finds.add)
    if "```" in text or "~~~" in text:
        _open_fence(text, body, finds.add)
    if "`" in text:
        for m in _CODE_SPAN.finditer(text, body):  # a code span that closes is masked: this one opens nothing
            if (
                len(m.group(1)) < 3
                and finds.free(m.start())
                and not _FENCE.match(text, text.rfind("\n", 0, m.start()) + 1)
            ):
                finds.add(
                    m.start(),
                    f"'{m.group(1)}' opens code that is never closed in its paragraph, so it is published as typed:"
                    f" close it ('{m.group(1)}code{m.group(1)}'), or write '\\`' for a backtick meant as text",
                )
    if "``" in text or "~~" in text:
        for m in _DIAGRAM.finditer(text, body):
            finds.add(
                m.start(),
                f"a code block of '{m.group(1)}' is published as its code, as typed: the site draws no diagrams"
                " or math (that would need a script from another site): say in words what it shows",
            )
    return finds.found


# A fenced block whose language is a diagram's or math, which other sites draw with a script (Mermaid, ...)
_DIAGRAM = re.compile(
    r"^ {0,3}(?:`{3,}|~{3,})[ \t]*\{?[ \t]*\.?(mermaid|plantuml|graphviz|dot|math|latex)\b", re.M | re.I
)


def _open_fence(text: str, body: int, add) -> None:
    """A fenced code block never closed: every line after it, to the page's end, would be published as code."""
    fences = list(_FENCE.finditer(text, body))
    i = 0
    while i < len(fences):
        fence = fences[i].group(1)
        close = next(
            (
                j
                for j in range(i + 1, len(fences))
                if fences[j].group(1)[0] == fence[0] and len(fences[j].group(1)) >= len(fence)
            ),
            None,
        )
        if close is None:
            add(
                fences[i].start(),
                f"'{fence}' opens a code block that is never closed: the rest of the page would be published as"
                f" code: close it with a line '{fence}'",
            )
            return
        i = close + 1


def _in_paragraphs(text: str, body: int, finds: _Finds) -> None:
    """A rule, a list, a table or a '#' line right under a line of text."""
    free, add = finds.free, finds.add
    starts = [body] + [m.end() for m in _BLOCK_BREAK.finditer(text, body)]
    for start in starts:
        stop = text.find("\n\n", start)
        block = text[start : len(text) if stop < 0 else stop]
        offset, paragraph, listed, rows = start, None, False, block.split("\n")
        _table(block, start, free, add)
        _numbered(block, start, free, add)
        for n, line in enumerate(rows):
            if paragraph is None:
                paragraph = bool(line.strip()) and not _NOT_PARAGRAPH.match(line)
            elif paragraph and _SETEXT.match(line) and free(offset) and _sentence(block, n):
                add(
                    offset,
                    f"'{line.strip()}' right under a line of text makes that text a heading: put a blank line"
                    " before it for a rule, or write a heading as '## ...'",
                )
            elif paragraph and free(offset + len(line) - len(line.lstrip())):
                if _LIST_LINE.match(line):
                    add(
                        offset,
                        "a list item right under a line of text is published as that paragraph's text, as"
                        " typed: put a blank line before the list",
                    )
                    paragraph = False
                elif _TABLE_LINE.match(line):
                    add(
                        offset,
                        "a table right under a line of text is published as that paragraph's text, as typed:"
                        " put a blank line before the table",
                    )
                    paragraph = False
                elif _HASH_LINE.match(line):
                    add(
                        offset,
                        "a line that begins with '#' inside a paragraph is made a heading, cutting the"
                        " paragraph in two: join it to the line before, or put a blank line before a heading",
                    )
                elif _QUOTE_LINE.match(line):
                    add(
                        offset,
                        "a line that begins with '>' inside a paragraph begins a block quote there, cutting the"
                        " paragraph in two: join it to the line before (a quotation stands in its paragraph,"
                        " within quotation marks)",
                    )
                    paragraph = False
            bullet = _BULLET.match(line) or (
                _DASH_ITEM.match(line) and n + 1 < len(rows) and _DASH_ITEM.match(rows[n + 1])
            )
            if bullet and free(offset + bullet.start(1)) and not listed:
                add(
                    offset + bullet.start(1),
                    f"'{bullet.group(1)}' at a line's start is a word processor's list mark, which the site publishes"
                    " as typed, the items run together in one paragraph: write each item as '- item', the list"
                    " after a blank line",
                )
                listed = True
            offset += len(line) + 1


def _paren_lists(text: str, body: int, finds: _Finds) -> None:
    """'1)', which begins no list in Python-Markdown."""
    free, add = finds.free, finds.add
    for m in _PAREN_LIST.finditer(text, body):
        if free(m.start()):
            add(
                m.start(),
                "'1)' begins no list here (Python-Markdown takes '1.'): write '1.' for a numbered list,"
                " or join the line to the one before",
            )


def _undefined_references(text: str, body: int, finds: _Finds) -> None:
    """'[words][ref]' with no line '[ref]: ...' to define it; a '[ref]: ...' line given twice (Python-Markdown
    takes the last, silently)."""
    free, add = finds.free, finds.add
    if "]:" in text:
        first: dict = {}
        for m in _DEFINITION.finditer(text, body):
            ref = m.group("ref").strip().lower()
            if ref in first and free(m.start()):
                add(
                    m.start(),
                    f"the link '[{ref}]' is defined again here (first at line {finds.line_of(first[ref])}): the"
                    " site would take this one, silently: keep one line '[" + ref + "]: ...'",
                )
            first.setdefault(ref, m.start())
    if "][" in text:
        defined = {m.group("ref").strip().lower() for m in _DEFINITION.finditer(text, body)}
        for m in _REFERENCE.finditer(text, body):
            ref = (m.group("ref") or m.group("label")).strip().lower()
            if ref not in defined and not m.group("label").lstrip().startswith(("@", "-@")) and free(m.start()):
                add(
                    m.start(),
                    f"'{m.group(0)}' names the link '{ref}', which no line '[{ref}]: ...' of the page"
                    " defines, so it is published as typed: write [words](results.md#results-12), or add the line",
                )


def _local_links(text: str, body: int, finds: _Finds) -> None:
    """A link from the site's root, or to the preview's own address."""
    free, add = finds.free, finds.add
    if "](" in text or "]:" in text:
        for m in _LINK_TARGET.finditer(text, body):
            target = m.group("inline") or m.group("defined")
            at = m.start("inline") if m.group("inline") else m.start("defined")
            if not free(m.start()):
                continue
            if target.startswith("/") and not target.startswith("//"):
                add(
                    at,
                    f"link to '{target}', an address from the site's root: it leads the readers of every"
                    " language to the Kazakh page, and nowhere once the site is published in a folder (GitHub"
                    " Pages): link to the page's file, 'results.md#results-12'",
                )
            elif target.lower().startswith("file:"):
                add(
                    at,
                    f"link to '{target}', a file on your own computer, which no reader can open: link to the page's"
                    " file, 'results.md#results-12', or to an address on the web",
                )
            elif _PREVIEW.match(target):
                add(
                    at,
                    f"link to '{target}', the preview's address on your own computer, which no reader can open:"
                    " link to the page's file, 'results.md#results-12'",
                )


def _empty_links(text: str, body: int, finds: _Finds) -> None:
    """'[words]()': a link to the page itself, where a target was meant."""
    if "](" in text:
        for m in _EMPTY_LINK.finditer(text, body):
            if finds.free(m.start()):
                finds.add(
                    m.start(),
                    "a link with no address ('[words]()', '[words](#)') leads to the page itself: write its target,"
                    " [words](results.md#results-12), or delete the brackets",
                )


def _spaced_links(text: str, body: int, finds: _Finds) -> None:
    at = text.find("] (", body)
    while at >= 0:  # from each '] (' back to its '[' (the regex has no literal to skip ahead by)
        start = text.rfind("[", text.rfind("\n", 0, at) + 1, at)
        m = _SPACED_LINK.match(text, start) if start >= 0 else None
        at = text.find("] (", at + 3)
        if m and finds.free(m.start()):
            finds.add(
                m.start(),
                f"'{m.group(0)}' is no link: with a space between ']' and '(' both are published as typed:"
                " write them together, [words](address)",
            )


def _open_entities(text: str, body: int, finds: _Finds) -> None:
    if "&" in text:
        for m in _OPEN_ENTITY.finditer(text, body):
            if m.group(1) + ";" in html.entities.html5 and finds.free(m.start()):
                char = html.entities.html5[m.group(1) + ";"]
                finds.add(
                    m.start(),
                    f"'{m.group(0)}' lacks its ';', so it is published as typed: write '{m.group(0)};', or the"
                    f" character itself ('{char}')",
                )


def _end_nbsp(text: str, body: int, finds: _Finds) -> None:
    """Two spaces at a line's end pasted as no-break spaces: no line break, unlike the two spaces meant."""
    if "\u00a0\n" in text or "\u202f\n" in text:
        for m in _NBSP_END.finditer(text, body):
            if finds.free(m.start()):
                finds.add(
                    m.start(),
                    f"this line ends with {describe(m.group(0).strip(' ')[0])}, which makes no line break: end the"
                    " line with two ordinary spaces for a line break, or delete it",
                )


# A word cut at a line's end by a hyphen, as a PDF's hyphenation pastes it ('histo-' / 'riography'): the line
# break is published as a space after the hyphen ('histo- riography').
_HYPHEN_BREAK = re.compile(r"(?<=[^\W\d_])-[ \t]*\n[ \t]*(?=[^\W\d_])")


def _hyphen_breaks(text: str, body: int, finds: _Finds) -> None:
    if "-\n" in text:
        for m in _HYPHEN_BREAK.finditer(text, body):
            if finds.free(m.start()):
                start = m.start()
                while start > body and _WORD_CHAR.match(text, start - 1):
                    start -= 1
                end = m.end()
                while end < len(text) and _WORD_CHAR.match(text, end):
                    end += 1
                before, after = text[start : m.start() + 1], text[m.end() : end]
                finds.add(
                    start,
                    f"'{before}' ends a line and '{after}' begins the next: the line break is published as a space"
                    f" after the hyphen ('{before} {after}'): join the word on one line (keeping the hyphen only if"
                    " the word has one)",
                )


def _open_comments(text: str, body: int, finds: _Finds) -> None:
    """An HTML comment never closed."""
    free, add = finds.free, finds.add
    at = text.find("<!--", body)
    while at >= 0:
        close = text.find("-->", at + 4)
        if close < 0:
            if free(at):
                add(at, "'<!--' opens a comment that is never closed, so it is published as typed: close it with '-->'")
            break
        at = text.find("<!--", close + 3)


def _end_backslashes(text: str, body: int, finds: _Finds) -> None:
    """A backslash line break, which Python-Markdown does not take."""
    free, add = finds.free, finds.add
    if "\\\n" in text:
        for m in _END_BACKSLASH.finditer(text, body):
            at = m.end() - 2
            if free(at):
                add(
                    at,
                    "a '\\' at a line's end is published as typed (Python-Markdown takes no backslash line"
                    " break): end the line with two spaces for a line break, or delete it",
                )


def _block_marks_alone(text: str, tokens: list, add) -> None:
    """A generated list's mark ({bibliography}, {notes} ...) with words beside it on its line."""
    for t in tokens:
        if isinstance(t, Marker) and t.kind == "block":
            line_start = text.rfind("\n", 0, t.start) + 1
            line_end = text.find("\n", t.end)
            if text[line_start : len(text) if line_end < 0 else line_end].strip() != text[t.start : t.end]:
                add(
                    t.start,
                    f"{text[t.start : t.end]} inserts a list, and stands on a line of its own: move the"
                    " words around it to a paragraph of their own",
                )
            elif text[line_start : t.start].expandtabs(4).startswith("    "):
                add(
                    line_start,
                    f"{text[t.start : t.end]} is indented by four spaces or a tab, which makes its line code: the"
                    " list would be published as its HTML, as text: write the mark at the start of its line",
                )


# Python-Markdown looks for the end of every '[' (a link's label) and '<' (a tag) to the end of its paragraph:
# a paragraph with thousands of them took it minutes (8 000 '[' in one line: 75 s), so `make check` would hang.
# The edition's own paragraphs hold at most a few dozen.
CROWDED = 200
_BLOCK_BREAK = re.compile(r"\n[ \t]*\n")


def crowded(text: str, body: int, path: str) -> list[Problem]:
    """A paragraph holding more than CROWDED '[' or '<': refused before MkDocs is given it, where it begins."""
    if text.count("[", body) <= CROWDED and text.count("<", body) <= CROWDED:
        return []  # every page of the edition: no search
    found, lines, start = [], Lines(text), body
    for stop in [m.start() for m in _BLOCK_BREAK.finditer(text, body)] + [len(text)]:
        for char in "[<":
            if text.count(char, start, stop) > CROWDED:
                at = text.index(char, start, stop)
                found.append(
                    Problem(
                        path,
                        *lines.line_col(at),
                        f"this paragraph holds {text.count(char, start, stop):,} '{char}' (at most {CROWDED}): the"
                        " Markdown converter would take minutes over them; pasted by mistake? Delete them"
                        " (a paragraph of the text holds a few)",
                    )
                )
        start = stop
    return found


def may_hold_unrendered(text: str) -> bool:
    """False only for a text in which _UNRENDERED cannot match (a hint of each kind, or ':' opening the text)."""
    return _unrendered_search(text) is not None


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


def _note_placed(text: str, span: tuple[int, int], tokens: list, mask, problem) -> int:
    """A note's mark just found at `span`, said where misplaced: where the scan goes on (its end)."""
    i, end = span
    if tokens and tokens[-1].start == i and tokens[-1].kind == "note":
        misplaced = _misplaced_note(text, i, end, mask)
        if misplaced:
            problem(i, misplaced)
    return end


def _misplaced_note(text: str, i: int, end: int, mask) -> str | None:
    """A note's mark inside a word (a number there would split it), or inside a link's words (the mark is a
    link itself, and a link in a link is no HTML a browser keeps): what to do, or None."""
    mark = text[i:end]
    if _WORD_CHAR.match(text[i - 1 : i]) and _WORD_CHAR.match(text[end : end + 1]):
        return f"{mark} stands inside a word: put it after the word (the note's anchor)"
    if _in_link_label(text, end, mask):
        return f"{mark} stands inside a link's words: a note's mark is a link itself; put it after the link"
    return None


def _on_heading(text: str, i: int) -> bool:
    start = text.rfind("\n", 0, i) + 1
    return re.match(r" {0,3}#{1,6}[ \t]", text[start:i]) is not None


def _unseen(part: str) -> str:
    """ "it contains U+200B ZERO WIDTH SPACE at character 7 (delete it); " when an invisible character is the
    cause, to open the message; else ''."""
    found = lookalike.invisible(part.strip())
    return f"it {found} (delete it); " if found else ""


# A mark with an invisible or unusual space in it ({#intro<U+200B>-2}): not the mark it looks like, and the
# grammar takes it for text; named, since it cannot be seen.
_UNSEEN_MARK = re.compile(
    r"\{[#\w:.-]*[\u00a0\u00ad\u2000-\u200f\u202f\u2060-\u2064\ufeff" + lookalike.DASHES + r"][^{}\n]*\}"
)


_DOUBLED = re.compile(r"\{[ \t]*(\{(?:#|pb:|em:|note:|article:)[^{}\s]*\}|\{[a-z-]+\})[ \t]*\}")
_SPACED_ID = re.compile(r"\{#[ \t]+([a-z][\w-]*)[ \t]*\}|\{#([a-z][\w-]*)[ \t]+\}")


def _almost_markup(text: str, i: int) -> tuple[int, str] | None:
    """A '{' or '[' at i that the edition does not take but a reader would take for its markup: (end, message)."""
    unseen = _UNSEEN_MARK.match(text, i)
    if unseen and re.match(r"\{(?:#|[a-z-]+(?::|\}|[^\w\s]))", unseen.group(0)):
        found = lookalike.invisible(unseen.group(0))
        if found or not lookalike.dash(unseen.group(0)):
            found = found or "an invisible character"
            return unseen.end(), f"mark '{unseen.group(0)}' {found}: delete it (the mark is written without it)"
        return unseen.end(), f"mark '{unseen.group(0)}' {lookalike.dash(unseen.group(0))}: type '-' in its place"
    doubled = _DOUBLED.match(text, i)  # '{{note:x}}': the mark inside is taken, its outer braces published
    if doubled:
        return i + 1, (
            f"mark '{doubled.group(0)}' in doubled braces: the outer ones would be published as text around it:"
            f" write {doubled.group(1)}"
        )
    spaced = _SPACED_ID.match(text, i)  # '{# results-3}': no paragraph id, and the translation "lacks" one
    if spaced:
        pid = spaced.group(1) or spaced.group(2)
        return spaced.end(), f"malformed mark '{spaced.group(0)}': write {{#{pid}}} (no spaces)"
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
    items, ok, pos = [], True, start + 1
    for part in text[start + 1 : close].split(";"):
        item = _parse_item(part, pos, path, problems, where)
        pos += len(part) + 1
        ok = ok and item is not None
        items.append(item)
    if not ok or not items:
        return None
    line, col = where(start)
    return Citation(tuple(items), start, close + 1, line, col)


def _parse_item(part: str, offset: int, path: str, problems: list[Problem], where) -> CiteItem | None:
    """One item of a citation ('@key' or '@key, locator') that starts at `offset` of the page; None (with its
    problem reported) if it is malformed."""
    m = _ITEM.match(part)
    if not m:
        line, col = where(offset + len(part) - len(part.lstrip()))
        why = f"{_unseen(part)}expected '@key' or '@key, locator'"
        problems.append(Problem(path, line, col, f"malformed citation item '{part.strip()}': {why}"))
        return None
    key = m.group("braced") or m.group("key")
    rest = m.group("rest")
    if m.group("key"):
        stripped = key.rstrip(_KEY_TRAILING)
        rest = key[len(stripped) :] + rest
        key = stripped
    line, col = where(offset + m.start("suppress") + len(m.group("suppress")))
    if m.group("suppress"):  # Pandoc's '[-@key]' (the author left out): the edition's label always names him
        at = where(offset + m.start("suppress"))
        why = f"the edition's citations always name the author: write '@{key}' without the '-'"
        problems.append(Problem(path, *at, f"'-@{key}' (Pandoc's author left out) is not taken: {why}"))
        return None
    if not rest.strip():
        return CiteItem(key, None, line, col)
    invisible = _invisible(rest)
    if invisible is not None:  # pasted inside the key: it cuts the key short, and no one sees it
        j = offset + m.start("rest") + invisible - (len(rest) - len(m.group("rest")))
        why = f"an invisible {describe(rest[invisible])} after '@{key}': delete it"
        problems.append(Problem(path, *where(j), f"malformed citation item '{part.strip()}': {why}"))
        return None
    if rest[0] in lookalike.DASHES:  # Word's non-breaking hyphen or en dash inside the key: it cuts the key short
        why = f"{describe(rest[0])} after '@{key}' looks like a hyphen but is none: type '-' in its place"
        problems.append(Problem(path, line, col, f"malformed citation item '{part.strip()}': {why}"))
        return None
    lm = _LOCATOR.match(rest)
    if not lm:
        why = f"{_unseen(part)}after the key write ', locator' (e.g. '@key, 148')"
        problems.append(Problem(path, line, col, f"malformed citation item '{part.strip()}': {why}"))
        return None
    return CiteItem(key, lm.group("loc"), line, col)


# -- Markdown and HTML the site would publish otherwise than meant (README, "Which Markdown a page may hold") --
# The HTML the edition's own pages use (about, index, references), with the attributes they use: any other tag or
# attribute is refused where it stands, so that no page brings in a script, a frame, a file from another site or
# a tag left open (an unclosed '<b>' set the rest of its paragraph in bold). Comments and autolinks are no tags.
HTML_ALLOWED = {"span": ("class", "lang"), "sup": (), "p": ("class",), "details": ("class",), "summary": ()}
_LANG_TAG = re.compile(r"[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*\Z")  # BCP 47, as the edition writes it: kk, ru, en, de-AT
HTML_TAKEN = "<span>, <sup>, <p>, <details> and <summary>, with class or lang"
_HTML_TAG = re.compile(r"<(?P<close>/?)(?P<name>[A-Za-z][A-Za-z0-9-]*)(?=[\s/>])(?P<attrs>[^<>]*?)(?P<void>/?)>")
_HAND_NOTE = re.compile(r"(?<=[\w.,;:!?)»”’])<sup>\s*\d+\s*</sup>")
_ODD_TAG = re.compile(r"<(?P<name>[A-Za-z][^<>@\s]*)>")
_SCHEME = re.compile(r"[A-Za-z][\w+.-]*:")
_HTML_ATTR = re.compile(r"(?P<key>[^\s\"'>/=]+)(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s\"'>]+))?")
_HTML_INSTEAD = (  # (tags, what to write instead)
    (("b", "strong"), "write **bold** in Markdown"),
    (
        ("div", "section", "blockquote", "table"),
        "write the text as Markdown (a paragraph, with its {#id} in a section)",
    ),
    (("i", "em", "cite", "u"), "write *emphasis* in Markdown"),
    (("a",), "write a Markdown link: [words](results.md#results-12)"),
    (("br",), "begin a new paragraph (a line break inside one is not the edition's)"),
    (("script", "noscript", "template"), "the site runs no script of a page's own: delete it"),
    (
        ("iframe", "frame", "object", "embed", "link", "base", "meta"),
        "the site loads no other page or file into a page, and makes no third-party requests: delete it",
    ),
    (
        ("img", "picture", "video", "audio", "source", "track", "svg", "canvas"),
        "the edition publishes no images or media (the article prints none): delete it",
    ),
    (("style",), "the site takes no styles of a page's own (its styles are docs/assets/edition.css): delete it"),
)
# An image, ![alt](file) or ![alt][ref]: no page has one, as the printed article has no figure; one from another
# site would also be a third-party request.
_IMAGE = re.compile(r"!\[[^\[\]\n]*\](?:\((?P<src>[^()\s]*)[^()\n]*\)|\[[^\[\]\n]*\])")
_REMOTE = re.compile(r"\s*<?(?:[A-Za-z][\w+.-]*:)?//")
# A link to a language's own file (results.ru.md): a page is named without its suffix, and the site leads each
# reader to it in the reader's language (mkdocs-static-i18n's suffix structure).
_LINK_TARGET = re.compile(r"\]\(\s*<?(?P<inline>[^()\s<>]+)|^ {0,3}\[[^\]\n]+\]:[ \t]*<?(?P<defined>[^\s<>]+)", re.M)
_SUFFIXED = re.compile(r"(?P<page>(?:[^/#?()\s]*/)*[^/#?()\s.]+)\.(?P<lang>[a-z]{2,3})\.md(?P<rest>[#?][^()\s]*)?")
# A list item indented by 1-3 spaces (or 5-7 ...) under another: Python-Markdown nests an item indented by four
# spaces; by two it is published as an item of the list above.
_LIST_ITEM = re.compile(r"^(?P<indent> *)(?:[-*+]|\d+[.)])[ \t]+\S", re.M)
_MISREAD_HINTS = ("<", "![", ".md", "\n ")


def misread(text: str, body: int, mask, tokens: list, path: str) -> list[Problem]:
    """HTML outside the edition's few tags, an image, a link to a language's file, a nested list item indented
    by fewer than four spaces: each where it stands (outside code, front matter, marks and citations)."""
    if not any(hint in text for hint in _MISREAD_HINTS):
        return []
    finds = _Finds(text, body, mask, tokens, path)
    free, add, found = finds.free, finds.add, finds.found

    if "<" in text:
        _html(text, free, add)
        _not_html(text, free, add)
    if "![" in text:
        for m in _IMAGE.finditer(text, body):
            if free(m.start()):
                remote = m.group("src") is not None and _REMOTE.match(m.group("src"))
                why = " from another site (a third-party request, which the site never makes)" if remote else ""
                add(
                    m.start(),
                    f"'{m.group(0)}' is an image{why}: the edition publishes no images (the printed article has no"
                    " figure): delete it, or say in words what it shows",
                )
    if ".md" in text:
        for m in _LINK_TARGET.finditer(text, body):
            target = m.group("inline") or m.group("defined")
            suffixed = _SUFFIXED.fullmatch(target)
            at = m.start("inline") if m.group("inline") else m.start("defined")
            if suffixed and free(m.start()):
                fixed = f"{suffixed.group('page')}.md{suffixed.group('rest') or ''}"
                add(
                    at,
                    f"link to '{target}', a file of the '{suffixed.group('lang')}' pages: link to '{fixed}' (the"
                    " page's name, without a language suffix); the site leads it to the page in the reader's language",
                )
    if "\n " in text:
        _nested_items(text, body, free, add)
    return found


# Country codes typed for a language's ('kz' for Kazakh, 'kk'), which no language has: a browser reads the
# text as a language it does not know. (Codes that are both, 'se' Sami and Sweden, are not listed.)
_COUNTRY_NOT_LANGUAGE = {
    "kz": "kk", "ua": "uk", "by": "be", "cz": "cs", "dk": "da", "gr": "el", "jp": "ja", "cn": "zh",
    "rs": "sr", "vn": "vi", "ir": "fa", "il": "he", "gb": "en", "us": "en", "tj": "tg",
}  # fmt: skip
_SUMMARY = re.compile(r"\s*<summary\b", re.I)


def _html(text: str, free, add) -> None:
    open_tags: list[tuple[str, int]] = []
    for m in _HTML_TAG.finditer(text):
        if not free(m.start()):
            continue
        name, at = m.group("name").lower(), m.start()
        if name not in HTML_ALLOWED:
            if not m.group("close"):
                todo = next((t for names, t in _HTML_INSTEAD if name in names), "write it in Markdown")
                add(
                    at,
                    f"'<{m.group('name')}>' is HTML the edition does not take: {todo}; a page's HTML is only"
                    f" {HTML_TAKEN}",
                )
            continue
        for attr in _HTML_ATTR.finditer(m.group("attrs")):
            key = attr.group("key").lower()
            value = attr.group(0).split("=", 1)[1].strip().strip("\"'") if "=" in attr.group(0) else None
            if key == "lang" and (value is None or not _LANG_TAG.match(value)):
                add(
                    at + len(m.group("close")) + 1 + len(m.group("name")) + attr.start(),
                    f"lang '{value or ''}' of '<{m.group('name')}>' is not a language tag: write one such as 'kk',"
                    " 'ru', 'en' or 'de' (a reader's browser and screen reader go by it)",
                )
            elif key == "lang" and value.split("-")[0].lower() in _COUNTRY_NOT_LANGUAGE:
                meant = _COUNTRY_NOT_LANGUAGE[value.split("-")[0].lower()]
                add(
                    at + len(m.group("close")) + 1 + len(m.group("name")) + attr.start(),
                    f"lang '{value}' of '<{m.group('name')}>' is a country's code, not a language's: write"
                    f" '{meant}' (a reader's browser and screen reader go by it)",
                )
            if key not in HTML_ALLOWED[name]:
                runs = " (it would run a script)" if key.startswith("on") else ""
                taken = ", ".join(HTML_ALLOWED[name]) or "none"
                add(
                    at + len(m.group("close")) + 1 + len(m.group("name")) + attr.start(),
                    f"attribute '{attr.group('key')}' of '<{m.group('name')}>' is not taken{runs}: delete it (the"
                    f" edition's <{name}> takes {'only ' if HTML_ALLOWED[name] else ''}{taken})",
                )
        if name == "details" and not m.group("close") and not _SUMMARY.match(text, m.end()):
            add(
                at,
                "'<details>' has no '<summary>' right after it: the browser would title it with a word of its own"
                " ('Details', in the reader's browser's language): write <summary>...</summary> first",
            )
        if m.group("void"):
            continue
        if not m.group("close"):
            open_tags.append((name, at))
        elif open_tags and open_tags[-1][0] == name:
            open_tags.pop()
        elif any(n == name for n, _ in open_tags):  # what was opened after it is left open
            while open_tags[-1][0] != name:
                _unclosed(*open_tags.pop(), add)
            open_tags.pop()
        else:
            add(at, f"'</{m.group('name')}>' closes nothing: delete it, or open it before with '<{name}>'")
    for name, at in open_tags:
        _unclosed(name, at, add)


# '<?...?>' within one block (no blank line, no '<?' inside: Python-Markdown's own rule, and each search stops at
# the next '<?'): passed on, shown as nothing; a '<?' never closed is text
_HIDDEN = re.compile(
    r"<\?(?:[^?<\n]|<(?!\?)|\?(?!>)|\n(?![ \t]*\n))*\?>|<!\[CDATA\[|<!(?:DOCTYPE|doctype)\b[^>\n]*>?", re.M
)


def _not_html(text: str, free, add) -> None:
    """What stands as HTML but is none the edition takes: a footnote number typed by hand, '<results.md>'."""
    for m in _HAND_NOTE.finditer(text):  # 'word<sup>1</sup>': a number that leads nowhere, like a note's mark
        if free(m.start()):
            add(
                m.start(),
                f"'{m.group(0)}' after a word is a footnote number typed by hand, which leads to no note: write an"
                " editor's note, {note:ID}, with its record in source/notes.yml",
            )
    for m in _HIDDEN.finditer(text):  # '<?php ... ?>', '<![CDATA[ ... ]]>': published, and shown as nothing
        if free(m.start()):
            add(
                m.start(),
                f"'{m.group(0)}' is passed on to the page as markup that a browser shows as nothing: delete it, or"
                " write its text as text",
            )
    for m in _ODD_TAG.finditer(text):  # '<results.md>': Python-Markdown passes it on as a tag, unseen
        destination = text.startswith("](", m.start() - 2)  # '[words](<results.md>)': a link's address, taken
        if not (_HTML_TAG.match(text, m.start()) or _SCHEME.match(m.group("name")) or destination) and free(m.start()):
            add(
                m.start(),
                f"'{m.group(0)}' is neither a link nor HTML: between '<' and '>' only an address that begins"
                " 'https://' is a link, and this would be published as an unknown tag, unseen: write"
                " [words](results.md#results-12)",
            )


def _unclosed(name: str, at: int, add) -> None:
    add(
        at,
        f"'<{name}>' is never closed: close it with '</{name}>' where it ends (left open, it runs on to the end"
        " of its paragraph)",
    )


def _nested_items(text: str, body: int, free, add) -> None:
    previous = None  # (indent, end) of the list item above
    for m in _LIST_ITEM.finditer(text, body):
        start, indent = m.start(), len(m.group("indent"))
        in_list = previous is not None and _continues(text, previous[1], start)
        if in_list and indent % 4 and indent > previous[0] and free(start + indent):
            add(
                start + indent,
                f"a list item indented by {indent} space(s): a nested item is indented by 4 (Python-Markdown's"
                " rule), and as it is it would be published as an item of the list above, not under it: indent it"
                f" by {indent - indent % 4 + 4} spaces, or by none for an item of the same list",
            )
        previous = (indent, m.end())


def _continues(text: str, after: int, at: int) -> bool:
    """The lines between a list item (ending its first line at `after`) and the line at `at` keep the list
    going: no line of text at the left margin, no two blank lines."""
    between = text[text.find("\n", after) + 1 if text.find("\n", after) >= 0 else len(text) : at]
    if "\n\n\n" in between:
        return False
    return all(not line or line[0] in " \t" for line in between.split("\n"))
