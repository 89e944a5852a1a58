"""Letters that are not the ones they look like, in the data files' text (a note, a term's explanation, a
correction, an emendation's reason): a Latin 'a' in a Kazakh word, a Bashkir 'ҡ' for the Kazakh 'қ', 'й' typed as
'и' and a combining breve (macOS), a character a PDF or a conversion pastes. The site would show them as typed,
and no search finds the word. The pages' text is checked by the grammar (syntax.unseen); this is its counterpart
for the values of the YAML files, each found where it stands.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from pathlib import Path

import yaml

from .. import lookalike
from ..problems import Lines, Problem
from ..syntax import MARKDOWN, letter_problem, plain_text_problem

_WORD = re.compile(r"[^\W\d_]+")
# The files are composed again here, with their places: by libyaml where PyYAML has it (the pure-Python composer
# over the data files was ~0.45 s of each build), which gives the same nodes and marks.
_COMPOSER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_CYRILLIC_BLOCK = re.compile("[\u0400-\u04ff]+")  # every letter in it is of the Cyrillic script
# values that are not the edition's text: a term's patterns (regular expressions, '\\bСовет'), and the source's
# reading as printed (an emendation's or a citation's `source`, which the source's own misprints are in)
_AS_PRINTED = ("match", "source")
# a note's anchor is the text its mark follows, matched with its whitespace apart, and shown nowhere: two spaces
# in it are harmless
_ANCHOR = "anchor"
# an emendation's reading may hold a citation ('[@key, 13]': shown as the text shows it); every other value is
# plain text, shown as written: Markdown or a mark in it would be shown as typed
_MARKDOWN_TAKEN = ("reading",)
_MARKDOWN_HINTS = ("[", "*", "{")


def check(g) -> None:
    p = g.project
    files = [p.emendations, p.citation_forms, p.article, p.corrections, p.notes, p.terms]
    # a locale that could not be read (reported) leaves its letters out: then no letter is judged by them
    whole = all(lang in g.inputs.locales for lang in p.languages)
    cyrillic = _cyrillic_letters(g.inputs.locales) if whole else None
    wrong = {d.path for d in g.diagnostics if d.severity == "error"}  # unreadable, or an alias: said already
    for shown in (f for f in files if f not in wrong):
        g.diagnostics += odd_letters(p.root / shown, shown, cyrillic)


def _cyrillic_letters(locales: dict) -> frozenset:
    """The Cyrillic letters of the edition's languages (their locales' `alphabet`), in both cases."""
    letters = {c for loc in locales.values() for c in loc.alphabet if lookalike.script(c) == "Cyrillic"}
    return frozenset(letters | {c.upper() for c in letters})


def odd_letters(path: Path, shown: str, cyrillic: frozenset | None) -> list[Problem]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return []  # said where the file is read
    if text.isascii() and "  " not in text and _ESCAPE not in text:
        return []
    if _clean(text, cyrillic):
        return []  # the usual file: nothing any of its values could be refused for, so it is not composed
    try:
        root = yaml.compose(text, Loader=_COMPOSER)
    except yaml.YAMLError:
        return []  # said where the file is read
    # each node with what its value is: "" (plain text), "anchor" or "reading" (the keys above)
    lines, found, todo = Lines(text), [], [(root, "")] if root is not None else []
    while todo:
        node, kind = todo.pop()
        if isinstance(node, yaml.MappingNode):
            todo += [
                (v, kind or (k.value if k.value in (_ANCHOR, *_MARKDOWN_TAKEN) else ""))
                for k, v in node.value
                if k.value not in _AS_PRINTED
            ]
            todo += [(k, kind) for k, _ in node.value]
        elif isinstance(node, yaml.SequenceNode):
            todo += [(v, kind) for v in node.value]
        elif isinstance(node, yaml.ScalarNode) and (
            not node.value.isascii() or "  " in node.value or any(h in node.value for h in _MARKDOWN_HINTS)
        ):
            why = _odd(node.value, cyrillic) or (None if kind else plain_text_problem(node.value))
            if why is None and kind != _ANCHOR and node.style not in ("|", ">") and "  " in node.value.strip():
                words = node.value.strip()
                at = words.index("  ")
                why = (
                    words[max(0, at - 20) : at + 2],
                    f"two spaces in a row after '{words[max(0, at - 20) : at]}': write one (the pages' metadata"
                    " and the downloads would keep both)",
                )
            if why:
                at, message = why
                raw = text[node.start_mark.index : node.end_mark.index]
                i = raw.find(at) if at else -1  # where it stands in the file, if written as it is read
                line, col = (
                    lines.line_col(node.start_mark.index + i)
                    if i >= 0
                    else (
                        node.start_mark.line + 1,
                        node.start_mark.column + 1,
                    )
                )
                found.append(Problem(shown, line, col, message))
    return sorted(found, key=lambda p: (p.line, p.col))


def _suspect(cyrillic: frozenset | None) -> re.Pattern:
    """A letter of neither Latin nor the alphabets' Cyrillic, or a Latin letter beside a Cyrillic one: where a
    word can be odd. A value with none has no odd word (a word of one of the two alone is never odd)."""
    cyr = _class(cyrillic)
    return re.compile(f"[{_LATIN}][{cyr}]|[{cyr}][{_LATIN}]|(?![{_LATIN}{cyr}])[^\\W\\d_]")


_LATIN = "A-Za-z\u00c0-\u024f"  # every letter here is of the Latin script
# A backslash escape of a double-quoted value ("\u0430", "\_") makes a value unlike the file's text.
_ESCAPE = "\\"
# two spaces after a character (found from the spaces: a search from a literal is fast)
_TWO_SPACES = re.compile(r"  (?<=\S  )")
_HEADER = re.compile(r"(?:[ \t]*(?:#[^\n]*)?\n)*")


def _class(cyrillic: frozenset | None) -> str:
    return "".join(sorted(cyrillic)) if cyrillic else "\u0400-\u04ff"


def _clean(text: str, cyrillic: frozenset | None) -> bool:
    """True when the whole file's text shows that no value in it can hold an odd letter or two spaces. Every
    value's text stands in the file as it is read (unless escaped), so what is not in the file is in no value;
    and the usual file is read by searches the regex engine runs from a character class, not a word at a time
    (letter_problem and the word check over the file were ~0.1 s of each build)."""
    header = _HEADER.match(text).end()  # the comments the file opens with, about its fields
    # two spaces after the header (a comment's or a value's: only the composed file tells which)
    if _ESCAPE in text or _TWO_SPACES.search(text, header):
        return False
    cyr = _class(cyrillic)
    # the characters other than ASCII's printable ones and the alphabets' letters: few, and each decided alone
    unusual = set(re.compile(f"[^\\t\\n\\r -~{cyr}]").findall(text))
    if any(_could_be_odd(c) for c in unusual):
        return False
    if _markup(text, header):
        return False
    return not re.compile(f"[{_LATIN}][{cyr}]|[{cyr}][{_LATIN}]").search(text)  # a Latin letter beside a Cyrillic one


def _markup(text: str, start: int) -> bool:
    """Markdown or a mark (syntax.plain_text_problem's) somewhere after the header, on a line that may not hold it."""
    for m in _MARKUP_HINT.finditer(text, start):  # from its literals (the rule's regex over a file: ~20 ms)
        line, end = text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.start())
        if MARKDOWN.search(text, line, len(text) if end < 0 else end) and not _taken(text, line):
            return True
    return False


_MARKUP_HINT = re.compile(r"\[-?@|\]\(|\{(?:note|em|pb|qk|#)|\*")


def _taken(text: str, line: int) -> bool:
    """The line at `line` is a key's whose value may hold Markdown, or a value under such a key (a note's
    anchor in each language: '  anchor:' above, less indented)."""
    if _TAKEN_KEY.match(text, line):
        return True
    indent = len(text[line : text.find(":", line)]) - len(text[line : text.find(":", line)].lstrip(" "))
    end = line - 1
    while end > 0:  # up to the first line less indented: the key this value is under
        start = text.rfind("\n", 0, end) + 1
        above = text[start:end]
        if above.strip() and len(above) - len(above.lstrip(" ")) < indent:
            return bool(_TAKEN_KEY.match(above)) or above.strip().startswith(_ANCHOR + ":")
        end = start - 1
    return False


# the lines of the keys whose values may hold Markdown's marks: an emendation's reading ('[@key, 13]'), the
# source's reading as printed, a term's patterns (a file with a backslash, '\\w', is never screened clean)
_TAKEN_KEY = re.compile(r"[ \t]*(?:-[ \t]+)?(?:reading|source|match)[ \t]*:")


def _could_be_odd(c: str) -> bool:
    """A character that letter_problem or the word check could refuse a value for, alone or with its neighbours:
    any letter but a Latin one (the alphabets' are not asked about), a combining mark, what a PDF or a conversion
    pastes, a mojibake's first character, an invisible one."""
    return (
        (c.isalpha() and not re.compile(f"[{_LATIN}]").match(c))
        or unicodedata.category(c).startswith("M")
        or "\u00c2" <= c <= "\u00f4"
        or letter_problem(c) is not None
    )


def _odd(value: str, cyrillic: frozenset | None) -> tuple[str, str] | None:
    """(the word or character to point at, the message) for the first odd letter of a value; None if none."""
    problem = letter_problem(value)
    if problem:
        return problem
    if not _suspect(cyrillic).search(value):
        return None
    for m in _WORD.finditer(value):
        word = m.group(0)
        # the usual words first, decided without naming each letter's script: a word of ASCII letters is Latin
        # alone; one of the Cyrillic block is Cyrillic alone, and odd only for a letter outside the alphabets
        if word.isascii():
            continue
        if _CYRILLIC_BLOCK.fullmatch(word) and (not cyrillic or cyrillic.issuperset(word)):
            continue
        odd = lookalike.mixed(word)
        if odd:
            return word, f"the word '{word}' {odd}: type it in one script (it looks right, and no search finds it)"
        other = cyrillic and next((c for c in word if lookalike.script(c) == "Cyrillic" and c not in cyrillic), None)
        if other:
            return word, (
                f"the word '{word}' contains {lookalike.describe(other)}, a letter of none of the edition's"
                " languages (their locales' alphabet), which looks like one of theirs: type the letter meant"
                f" (it looks right, and no search finds the word)"
            )
    return None


def in_pages(g) -> None:
    """A letter of another of the edition's languages in a word of a page ('неқоторые', a Kazakh 'қ' in a
    Russian word; 'істории') of a text's page (one with paragraph ids): it looks right, and no search finds the
    word. Told from a word of that language quoted there by the pages: the word is said only where, with that
    letter put back into the page's alphabet, it is a word the pages of its language write elsewhere."""
    locales = g.inputs.locales
    if not all(lang in locales for lang in g.project.languages):
        return  # a locale that could not be read is reported; its letters are not judged
    alphabets = {lang: locales[lang].alphabet for lang in g.project.languages}
    scans, whole = getattr(g.ed, "scans", {}), getattr(g.ed, "whole", ())  # (a whole-article page repeats)
    for page in g.inputs.pages:
        own = alphabets.get(page.lang)
        foreign = _foreign_letters(own, alphabets)
        if not foreign:
            continue
        text = page.text
        if (page.lang, page.name) in whole or not any(c in text for c in foreign.pattern[1:-1]):
            continue  # every page, usually (str's search of a letter is much faster than a regex's of a class)
        odd = foreign.search(text)
        found = scans.get((page.lang, page.name))
        if found is None or found.problems or not any(getattr(t, "kind", "") == "para" for t in found.tokens):
            # a page the grammar found wrong is said there first; and the text is judged, not the edition's own
            # prose, which quotes the Kazakh text's words (the About page's «Соңғы уақытта»)
            continue
        low = text.lower()
        # the language's other pages, searched only for a word found so (a rare mistake): lower-cased once each
        others = [q.text.lower() for q in g.inputs.pages if q.lang == page.lang and q is not page]
        for m in foreign.finditer(text, odd.start()):
            start, end = m.start(), m.end()
            while start and text[start - 1].isalpha():
                start -= 1
            while end < len(text) and text[end].isalpha():
                end += 1
            word = text[start:end]
            head, tail = low[start : m.start()], low[m.end() : end]
            # the word with the letter put back into the page's alphabet, a word of the language's pages
            meant = next(
                (w for w in (head + c + tail for c in own) for t in (low, *others) if w in t and _written(w, t)), None
            )
            if meant:
                line, col = Lines(text).line_col(m.start())
                g.diagnostics.append(
                    Problem(
                        page.path,
                        line,
                        col,
                        f"the word '{word}' contains {lookalike.describe(m.group(0))}, a letter not of this page's"
                        f" language ('{page.lang}', its locale's alphabet) but of another of the edition's: type the"
                        f" letter meant ('{meant}' is written elsewhere in this language; no search finds '{word}')",
                    )
                )


@functools.cache
def _foreign_cached(own: str, others: tuple) -> re.Pattern | None:
    letters = sorted({c for a in others for c in a if c not in own and lookalike.script(c) in _scripts(own)})
    if not letters:
        return None
    both = "".join(letters) + "".join(c.upper() for c in letters)
    return re.compile("[" + both + "]")  # letters only: nothing to escape


def _written(word: str, low: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(word) + r"(?!\w)", low) is not None


def _scripts(alphabet: str) -> set:
    return {lookalike.script(c) for c in alphabet}


def _foreign_letters(own: str | None, alphabets: dict) -> re.Pattern | None:
    """The letters of the other languages' alphabets, in the page's own script, that its alphabet lacks."""
    if not own:
        return None
    return _foreign_cached(own, tuple(sorted(set(alphabets.values()))))
