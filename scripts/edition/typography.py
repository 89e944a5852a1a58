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
        # the space before the word; the number before the space (a digit, or Roman numerals: `\d|[…]+`, past
        # tags) is looked for in `_bind`: a search for every digit was a build's costliest. A word that ends in a
        # letter must end there (1918 г., not 1918 года)
        out.append(re.compile(rf"(?P<s> )(?={_SKIP}(?:{_alt(r.after_number)})(?!(?<=\w)\w))(?P<number>)"))
    by_first: dict[str, list[str]] = {}
    for phrase in r.spaced:
        first, _, rest = phrase.partition(" ")
        by_first.setdefault(first, []).append(rest)
    for first, rests in by_first.items():
        out.append(re.compile(rf"(?P<w>{re.escape(first)})(?P<s> )(?=(?:{_alt(rests)})(?!(?<=\w)\w))"))
    if r.dashes:
        out.append(re.compile(rf"(?P<s> )(?=(?:{_alt(r.dashes)})[\s{_T}])(?P<dash>)"))
    if r.short_words:
        words, after = _alt(r.short_words), rf"(?={_SKIP}[\w«„“\"(\[])"
        if len({len(w) for w in r.short_words}) == 1:  # the space first, the word looked back at: a fast search
            out.append(re.compile(rf"(?P<s> )(?<=(?P<w>{words}) ){after}", re.IGNORECASE))
        else:
            out.append(re.compile(rf"(?P<w>{words})(?P<s> ){after}", re.IGNORECASE))
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
    return _replace(s, _bind(s, rules))


def _replace(s: str, spaces) -> str:
    """s with a no-break space at each of these positions (each a space)."""
    pieces, pos = [], 0
    for i in sorted(spaces):
        pieces.append(s[pos:i])
        pos = i + 1
    pieces.append(s[pos:])
    return NBSP.join(pieces)


def _mapped(positions, view_starts: list, page_starts: list) -> list:
    """Positions in a text -> positions in another it was cut from: where each piece starts in both."""
    out = []
    for i in positions:
        k = bisect.bisect_right(view_starts, i) - 1
        out.append(page_starts[k] + i - view_starts[k])
    return out


def _before(view: str, i: int) -> str:
    """The character before position i, past tags ("" at the start)."""
    i -= 1
    while i >= 0 and view[i] == _T:
        i -= 1
    return view[i] if i >= 0 else ""


def _inside_word(c: str) -> bool:
    return c != "" and (c.isalnum() or c in "_.-")


def _number_before(view: str, i: int) -> int | None:
    r"""Where the number that ends before position i (past tags) starts, as the regex `\d|[Roman]+` would match
    it from the left: one digit, or all the Roman numerals in a row; None if there is none."""
    i -= 1
    while i >= 0 and view[i] == _T:
        i -= 1
    if i < 0:
        return None
    if view[i].isdecimal():  # what \d matches
        return i
    if view[i] not in _ROMAN:
        return None
    while i > 0 and view[i - 1] in _ROMAN:
        i -= 1
    return i


def _bind(view: str, rules: Rules) -> set:
    """The positions of the spaces the rules find in `view` (the text, each tag in it one _T or a line end)."""
    found = set()
    for pattern in rules.patterns:
        groups = pattern.groupindex
        initial, name, word = "i" in groups, "n" in groups, "w" in groups
        dash, number = "dash" in groups, "number" in groups
        for m in pattern.finditer(view):
            if (initial and not m["i"].isupper()) or (name and not m["n"].isupper()):
                continue  # an initial is a capital, and so is the name or initial after it
            if dash and _before(view, m.start()) in ("", " ", "\n", "\t", NBSP):
                continue  # a dash is bound to the word before it: none when it opens a line
            if word and _inside_word(_before(view, m.start("w")) if m["w"][0].isalpha() else ""):
                continue  # not a word of its own: the end of a longer one (СССР, MAXI), or after a period
            if number:
                start = _number_before(view, m.start())
                if start is None or (view[start].isalpha() and _inside_word(_before(view, start))):
                    continue  # no number before the space, or Roman numerals that end a longer word (MAXI)
            found.add(m.start("s"))
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


def html(page: str, lang: str, rules: dict[str, Rules]) -> str:
    """A page's HTML with no-break spaces put in its text by the rules of the language each part is in.

    The text a rule reads is the page with each tag, entity, comment or code element replaced by one _T (a line
    end where it ends a run of text), made by one regex substitution whose replacement function does little for a
    tag outside an element that sets a language; the parts in another language are cut out of it and read, joined,
    by that language's rules. What is replaced is listed, so that a position in the text maps back to the page."""
    stack: list[list] = []  # open elements that set a language: [tag name, language, same-name elements inside]
    replaced: list = []  # (start, end) in the page of each piece replaced
    wide: set = set()  # the starts of those replaced by two characters (a change of language)
    spans: list = []  # (number of pieces replaced, language): the text up to the last one's end is in it
    record = replaced.append

    def mark(m: re.Match) -> str:
        record(m.span())
        name = m[3]
        if name is None:  # a comment, an entity, a code element: not text
            return "\n" if m[1] and m[1].lower() == "pre" else _T
        out = "\n" if name.lower() in _BREAKS else _T
        if stack or "lang" in m[4]:
            out += _nest(m, name.lower())
        return out

    def _nest(m: re.Match, name: str) -> str:
        """The element stack's change at a tag, and the line end a change of language adds after its mark."""
        attrs = m[4]
        if m[2]:
            if stack and stack[-1][0] == name:
                if stack[-1][2]:
                    stack[-1][2] -= 1
                else:  # the end tag is still in the element's language
                    spans.append((len(replaced), stack.pop()[1]))
        elif name in _VOID or attrs.endswith("/"):
            pass
        elif "lang" in attrs and (language := _LANG.search(attrs)):
            spans.append((len(replaced), stack[-1][1] if stack else lang))
            stack.append([name, language.group(1).lower(), 0])
            wide.add(m.start())
            return "\n"  # a change of language ends the run of text a rule reads
        elif stack and stack[-1][0] == name:
            stack[-1][2] += 1
        return ""

    view = _PROTECTED.sub(mark, page)
    view_ends, page_ends = _ends(replaced, wide)
    if not spans:  # the page is all in its own language
        spaces = list(_bind(view, rules[lang])) if lang in rules else []
    else:
        spans.append((None, stack[-1][1] if stack else lang))  # the text after the last piece
        spaces = _by_language(view, spans, view_ends, rules)
    return _replace(page, _mapped(spaces, view_ends, page_ends))


def _ends(replaced: list, wide: set) -> tuple[list, list]:
    """Where each replaced piece ends in the text a rule reads and in the page."""
    page_ends, view_ends, shrunk = [0], [0], 0
    for start, end in replaced:
        shrunk += end - start - (2 if start in wide else 1)
        page_ends.append(end)
        view_ends.append(end - shrunk)
    return view_ends, page_ends


def _by_language(view: str, spans: list, view_ends: list, rules: dict) -> list:
    """The spaces each language's rules find in its parts of the text, joined (positions in `view`)."""
    spaces: list = []
    for code in dict.fromkeys(code for _, code in spans):
        if code not in rules:
            continue
        pieces, starts, view_starts, length, pos = [], [], [], 0, 0
        for k, language in spans:  # this language's parts of the text, joined
            end = len(view) if k is None else view_ends[k]
            if language == code and end > pos:
                pieces.append(view[pos:end])
                starts.append(length)
                view_starts.append(pos)
                length += end - pos
            pos = end
        spaces += _mapped(_bind("".join(pieces), rules[code]), starts, view_starts)
    return spaces
