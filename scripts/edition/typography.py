"""No-break spaces where a line must not break (В.\u00a0И.\u00a0Ленин, 1918\u00a0г., №\u00a05, word\u00a0— word), put
into a built page's HTML, so that editors never type them: the sources keep plain spaces.

The rules are each language's data (locales/typography.yml). Only the text between tags changes: tags and their
attributes (hrefs, ids, titles), entities, and the content of code, pre, script and style stay as they are, so do
the citation metadata and downloads, which are made from the records, never from the page. An element with a
`lang` attribute is set by its own language's rules (the Kazakh original beside a translation). A rule looks
through inline tags (`В. И. <a …>Ленин</a>`) but never across a paragraph's end."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, fields
from functools import cache
from pathlib import Path

from .inputs import read_yaml

NBSP = "\u00a0"
RULES_FILE = Path(__file__).parent / "locales" / "typography.yml"

_LETTER = r"[^\W\d_]"
# a digit, or a Roman numeral, also typed with the Cyrillic Х and І that look the same (the Kazakh source's ХХ ғ.)
_ROMAN = "IVXLCDMХІ"
_NUMBER = rf"(?:\d|[{_ROMAN}]+\b)"
_T = "\ufffc"  # stands for a tag in the text a rule reads: an inline tag is passed over
_SKIP = rf"[{_T}*_]*"  # what may stand between a space and the word it binds: tags, Markdown's emphasis marks


@dataclass(frozen=True)
class Rules:
    initials: bool = False
    initial_digraphs: tuple[str, ...] = ()  # initials of more than one letter (romanized Zh., Iu.)
    before_number: tuple[str, ...] = ()
    after_number: tuple[str, ...] = ()
    spaced: tuple[str, ...] = ()
    dashes: tuple[str, ...] = ()
    short_words: tuple[str, ...] = ()

    @property
    def patterns(self) -> tuple[re.Pattern, ...]:
        return _patterns(self)


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _patterns(r: Rules) -> tuple[re.Pattern, ...]:
    """Each pattern's group `s` is one space to bind; what follows it is looked at, not consumed, so that the
    next match may start there (В. И. Ленин: two spaces). Each starts with plain characters, which the regex
    engine finds fast; what must not stand before them (a letter: a word's end is no word) is checked in `_bind`,
    for the group `w`, by looking back past tags."""
    out = []
    if r.initials:
        # an initial, then the initial or name after it; both uppercase (checked in `_bind`)
        out.append(re.compile(rf"\.(?<=(?<!\w)(?P<i>{_LETTER})\.){_T}*(?P<s> )(?={_SKIP}(?P<n>{_LETTER}))"))
    if r.initials and r.initial_digraphs:
        digraphs = _alt(r.initial_digraphs)
        out.append(re.compile(rf"(?P<w>{digraphs})\.{_T}*(?P<s> )(?={_SKIP}(?P<n>{_LETTER}))"))
    if r.before_number:
        out.append(re.compile(rf"(?P<w>{_alt(r.before_number)}){_T}*(?P<s> )(?={_SKIP}{_NUMBER})"))
    if r.after_number:
        # a word that ends in a letter must end there (1918 г. but not 1918 года)
        out.append(re.compile(rf"(?P<w>\d|[{_ROMAN}]+){_T}*(?P<s> )(?={_SKIP}(?:{_alt(r.after_number)})(?!(?<=\w)\w))"))
    by_first: dict[str, list[str]] = {}
    for phrase in r.spaced:
        first, _, rest = phrase.partition(" ")
        by_first.setdefault(first, []).append(rest)
    for first, rests in by_first.items():
        out.append(re.compile(rf"(?P<w>{re.escape(first)})(?P<s> )(?=(?:{_alt(rests)})(?!(?<=\w)\w))"))
    if r.dashes:
        out.append(re.compile(rf"(?P<s> )(?=(?:{_alt(r.dashes)})[\s{_T}])(?P<dash>)"))
    if r.short_words:
        words = _alt(r.short_words)
        out.append(re.compile(rf"(?P<w>{words})(?P<s> )(?={_SKIP}[\w«„“\"(\[])", re.IGNORECASE))
    return tuple(out)


def load(path: Path = RULES_FILE) -> dict[str, Rules]:
    """language code -> its rules. The file is the edition's own data: a mistake in it stops the build, named."""
    doc, problems = read_yaml(path, f"scripts/edition/locales/{path.name}", missing_ok=False)
    if problems:
        raise ValueError(str(problems[0]))
    known = {f.name for f in fields(Rules)}
    out = {}
    for code, data in (doc.data or {}).items():
        unknown = sorted(set(data or {}) - known)
        if unknown:
            raise ValueError(f"{path}: '{code}' has unknown rules {unknown} (known: {sorted(known)})")
        out[code] = Rules(**{k: tuple(v) if isinstance(v, list) else v for k, v in (data or {}).items()})
    return out


def text(s: str, rules: Rules) -> str:
    """Plain text (no tags) with its spaces bound where the rules say."""
    return _replace(s, _bind(s, _Map([0], [0]), rules))


def _replace(s: str, spaces) -> str:
    """s with a no-break space at each of these positions (each a space)."""
    pieces, pos = [], 0
    for i in sorted(spaces):
        pieces.append(s[pos:i])
        pos = i + 1
    pieces.append(s[pos:])
    return NBSP.join(pieces)


class _Map:
    """Positions in the text a rule reads -> positions in the page: where each piece of text starts in both."""

    def __init__(self, view_starts: list, page_starts: list):
        self.view_starts, self.page_starts = view_starts, page_starts

    def __getitem__(self, i: int) -> int:
        k = bisect.bisect_right(self.view_starts, i) - 1
        return self.page_starts[k] + i - self.view_starts[k]


def _before(view: str, i: int) -> str:
    """The character before position i, past tags ("" at the start)."""
    i -= 1
    while i >= 0 and view[i] == _T:
        i -= 1
    return view[i] if i >= 0 else ""


def _inside_word(c: str) -> bool:
    return c != "" and (c.isalnum() or c in "_.-")


def _bind(view: str, where: _Map, rules: Rules) -> set:
    """The page's positions of the spaces the rules find in `view` (the text, each tag in it one _T or a line end)."""
    found = set()
    for pattern in rules.patterns:
        groups = pattern.groupindex
        for m in pattern.finditer(view):
            if ("i" in groups and not m["i"].isupper()) or ("n" in groups and not m["n"].isupper()):
                continue  # an initial is a capital, and so is the name or initial after it
            if "dash" in groups and _before(view, m.start()) in ("", " ", "\n", "\t", NBSP):
                continue  # a dash is bound to the word before it: none when it opens a line
            if "w" in groups and _inside_word(_before(view, m.start("w")) if m["w"][0].isalpha() else ""):
                continue  # not a word of its own: the end of a longer one (СССР, MAXI), or after a period
            found.add(where[m.start("s")])
    return found


# a comment, an element whose content is not prose, a tag (its name and attributes), or an entity
_PROTECTED = re.compile(
    r"<!--.*?-->|<(code|pre|script|style|kbd|samp|textarea|svg|math)\b[^>]*>.*?</\1\s*>"
    r"|<(/?)([a-zA-Z][\w-]*)([^>]*)>|&#?\w+;",
    re.S | re.I,
)
_LANG = re.compile(r"""\blang\s*=\s*["']?([A-Za-z]+)""")
# elements that end a run of text: no rule binds across them
_BREAKS = frozenset(
    "p div li ul ol h1 h2 h3 h4 h5 h6 td th tr table blockquote dd dt dl section br hr figure figcaption details"
    " summary nav header footer article aside pre".split()
)
_VOID = frozenset("area base br col embed hr img input link meta source track wbr".split())


class _Run:
    """The text of one language on a page, as a rule reads it."""

    def __init__(self):
        self.pieces, self.length, self.view_starts, self.page_starts = [], 0, [], []

    def add(self, piece: str, page_pos: int = -1) -> None:
        if page_pos >= 0:
            self.view_starts.append(self.length)
            self.page_starts.append(page_pos)
        self.pieces.append(piece)
        self.length += len(piece)


def html(page: str, lang: str, rules: dict[str, Rules]) -> str:
    """A page's HTML with no-break spaces put in its text by the rules of the language each part is in."""
    stack: list[list] = []  # open elements that set a language: [tag name, language, same-name elements inside]
    runs: dict[str, _Run] = {}
    pos = 0
    for m in _PROTECTED.finditer(page):
        run = runs.setdefault(stack[-1][1] if stack else lang, _Run())
        if pos < m.start():
            run.add(page[pos : m.start()], pos)
        pos = m.end()
        element, closing, name = m.group(1), m.group(2), m.group(3)
        if name is None:  # a comment, an entity, a code element: not text
            run.add("\n" if element and element.lower() == "pre" else _T)
            continue
        name = name.lower()
        run.add("\n" if name in _BREAKS else _T)
        attrs = m.group(4)
        if closing:
            if stack and stack[-1][0] == name:
                if stack[-1][2]:
                    stack[-1][2] -= 1
                else:
                    stack.pop()
        elif name in _VOID or attrs.endswith("/"):
            continue
        elif "lang" in attrs and (language := _LANG.search(attrs)):
            run.add("\n")  # a change of language ends the run of text a rule reads
            stack.append([name, language.group(1).lower(), 0])
        elif stack and stack[-1][0] == name:
            stack[-1][2] += 1
    run = runs.setdefault(stack[-1][1] if stack else lang, _Run())
    if pos < len(page):
        run.add(page[pos:], pos)
    spaces = set()
    for code, run in runs.items():
        if code in rules and run.view_starts:
            spaces |= _bind("".join(run.pieces), _Map(run.view_starts, run.page_starts), rules[code])
    return _replace(page, spaces)
