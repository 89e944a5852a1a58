"""The glossary for readers: source/terms.yml (each term in every language, its expansion and the edition's
explanation), the `{glossary}` list, and the link from a term's first occurrence on a body page to its entry.

Terms are found in the page's text between the marks (a resolution step over the source, never over rendered
HTML): only plain running text, never inside a citation, a mark, a link, code, an HTML tag or a heading.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from . import lookalike
from .inputs import Record, key_mark, misspellings, read_records, unknown_keys, value_mark
from .locales import sort_key
from .patterns import catastrophic, finditer, lowered, starts
from .problems import Problem
from .render import HtmlBlock as H
from .syntax import protected_ranges

TERM_KEYS = ("id", "expansion", "explain", "match")  # and the term's form in each language
TERM_ID = re.compile(r"[a-z0-9][a-z0-9-]*\Z")

# What is not plain running text, besides the marks and code (the scanner knows those).
_NOT_PLAIN = re.compile(
    r"^ {0,3}#[^\n]*$"  # an ATX heading
    r"|^[^\n]+\n {0,3}(?:=+|-+)[ \t]*$"  # a setext heading and its underline
    r"|^ {0,3}\[[^\]\n]+\]:[^\n]*$"  # a link reference definition
    r"|!?\[(?:[^\[\]\n]|\[[^\[\]\n]*\])*\](?:\([^)\n]*\)|\[[^\]\n]*\])"  # a Markdown link or image, its label too
    r"|<(a|abbr|code|pre|kbd|samp|script|style|h[1-6])\b[\s\S]*?</\1\s*>"  # an HTML element that is not running text
    r"|<[^>\n]*>"  # any other HTML tag, an autolink
    r"|https?://\S+"  # a bare URL
    r"|\{[^{}\n]*\}",  # an attribute list or an edition mark
    re.M,
)
# Where a match of _NOT_PLAIN can begin besides a line's start: none of its alternatives begins elsewhere.
# `re` cannot skip ahead by a pattern of alternatives that begin with ^, so it tried them all at every position.
_NOT_PLAIN_BEGINS = re.compile(r"\n|[!\[<{]|https?://")


@dataclass(frozen=True)
class Term:
    id: str
    forms: dict  # language -> the term as written in that language
    expansion: dict  # language -> the full form (optional: languages may be missing)
    explain: dict  # language -> the edition's explanation
    match: dict  # language -> compiled pattern that finds the term in running text (optional)


def load(path: Path, shown: str, languages: tuple[str, ...]) -> tuple[list[Term], list[Problem]]:
    records, problems = read_records(path, shown, ("id",))
    terms, seen = [], set()
    for rec in records:
        allowed = {*TERM_KEYS, *languages}
        required = [k for k in ("explain", *languages) if k not in rec.fields]
        misspelt = misspellings(rec.fields, required, allowed)  # said where the key is missing, not also here
        keys = (*TERM_KEYS[:1], *languages, *TERM_KEYS[1:])
        problems += unknown_keys(rec.node, allowed, shown, keys, ignore=set(misspelt.values()))
        term = _term(rec, languages, problems, misspelt)
        if term is None:
            continue
        if term.id in seen:
            problems.append(Problem(rec.path, *rec.mark("id"), f"duplicate term id '{term.id}'"))
            continue
        seen.add(term.id)
        terms.append(term)
    return terms, problems


def _term(rec: Record, languages, problems: list, misspelt: dict) -> Term | None:
    tid = str(rec["id"])
    if not TERM_ID.match(tid):
        problems.append(Problem(rec.path, *rec.mark("id"), lookalike.id_message("term id", tid, "vkpb")))
        return None
    before = len(problems)
    forms = {lang: _text(rec.get(lang)) for lang in languages}
    for lang in languages:
        if not forms[lang]:
            todo = _todo(misspelt, lang, f'add {lang}: "..."')
            problems.append(
                Problem(rec.path, *_mark(rec, lang, misspelt), f"term '{tid}' has no form in '{lang}': {todo}")
            )
    explain = _per_language(rec, "explain", languages, problems, required=True, misspelt=misspelt)
    expansion = _per_language(rec, "expansion", languages, problems, required=False)
    patterns = _per_language(rec, "match", languages, problems, required=False)
    match = {}
    for lang, pattern in patterns.items():
        try:
            compiled = re.compile(pattern)
        except re.error as e:
            problems.append(Problem(rec.path, *_sub_mark(rec, "match", lang), f"term '{tid}': match.{lang}: {e}"))
            continue
        slow = catastrophic(pattern)  # refused here, before it is ever run over the text
        if slow:
            message = f"term '{tid}': match.{lang} '{pattern}' {slow}: on some text it would never finish;"
            message += " repeat a character class instead ('[\\w\\s-]+'), or write each form out ('a|b')"
            problems.append(Problem(rec.path, *_sub_mark(rec, "match", lang), message))
            continue
        if compiled.search("") is not None:
            problems.append(
                Problem(rec.path, *_sub_mark(rec, "match", lang), f"term '{tid}': match.{lang} matches empty text")
            )
            continue
        one = next((c for c in "aA0 .а" if compiled.fullmatch(c)), None)
        if one is not None:  # '.', '\w': the term would be linked from a letter of some word
            problems.append(
                Problem(
                    rec.path,
                    *_sub_mark(rec, "match", lang),
                    f"term '{tid}': match.{lang} '{pattern}' matches a single character ('{one}'): write the term's"
                    " words ('Party', 'Russian Social Democratic Party')",
                )
            )
            continue
        match[lang] = compiled
    return Term(tid, forms, expansion, explain, match) if len(problems) == before else None


def _mark(rec: Record, key: str, misspelt: dict) -> tuple[int, int]:
    """Where a missing key is reported: at its misspelling, if it has one."""
    return key_mark(rec.node, misspelt[key]) if key in misspelt and rec.node is not None else rec.mark(key)


def _todo(misspelt: dict, key: str, otherwise: str) -> str:
    return f"is '{misspelt[key]}' meant to be '{key}'?" if key in misspelt else otherwise


def _text(value) -> str:
    return value.strip() if isinstance(value, str) else ""


def _per_language(rec: Record, key: str, languages, problems: list, required: bool, misspelt=None) -> dict:
    """A field that maps languages to text: {kk: "...", ru: "...", en: "..."}."""
    value = rec.get(key)
    if value is None and not required:
        return {}
    if value is None:
        todo = _todo(misspelt or {}, key, f"add {key}: {{kk: ..., ...}}")
        problems.append(
            Problem(rec.path, *_mark(rec, key, misspelt or {}), f"term '{rec['id']}' has no '{key}': {todo}")
        )
        return {}
    if not isinstance(value, dict):
        problems.append(
            Problem(
                rec.path,
                *rec.mark(key),
                f"term '{rec['id']}' '{key}' must map languages to text: {key}: {{kk: ..., ...}}",
            )
        )
        return {}
    found = {lang: _text(value.get(lang)) for lang in languages if _text(value.get(lang))}
    for lang in languages:  # a list or a mapping where one text belongs would be dropped, silently
        if value.get(lang) is not None and not isinstance(value.get(lang), str):
            several = " (for several patterns, one joined with '|')" if key == "match" else ""
            problems.append(
                Problem(
                    rec.path,
                    *_sub_mark(rec, key, lang),
                    f"term '{rec['id']}' {key}.{lang} must be one text{several}, not a"
                    f" {'list' if isinstance(value.get(lang), list) else type(value.get(lang)).__name__}",
                )
            )
    # a language the edition does not have (`de:`, `kz:`) would be silently unused
    problems += unknown_keys(_value_node(rec, key), set(languages), rec.path, languages)
    for lang in languages:
        if required and lang not in found:
            problems.append(
                Problem(rec.path, *_sub_mark(rec, key, lang), f"term '{rec['id']}' has no {key} in '{lang}'")
            )
    return found


def _value_node(rec: Record, key: str):
    """The YAML mapping node of `key`'s value, or None."""
    for key_node, value_node in rec.node.value if rec.node is not None else []:
        if key_node.value == key and isinstance(value_node, yaml.MappingNode):
            return value_node
    return None


def _sub_mark(rec: Record, key: str, lang: str) -> tuple[int, int]:
    """Line and column of `key.lang` (of `key` when it is not a mapping or lacks the language)."""
    node = _value_node(rec, key)
    return value_mark(node, lang) if node is not None else rec.mark(key)


# -- the first occurrence of each term on a page -----------------------------------------------------------


def not_plain(text: str, start: int, taken) -> list[tuple[int, int]]:
    """Sorted spans of `text` (from `start`) that are not running text: front matter and code, the spans of the
    page's marks (`taken`: (start, end) pairs; an empty one, a place between two characters, takes the
    character after it), headings, links, HTML."""
    spans = [(0, start), *protected_ranges(text, start)]
    spans += [(a, b if b > a else a + 1) for a, b in taken]
    spans += _not_plain_spans(text, start)
    return sorted(spans)


def _not_plain_spans(text: str, start: int) -> list[tuple[int, int]]:
    """The spans of `_NOT_PLAIN.finditer(text, start)`, the pattern tried only where a match can begin: at a
    line's start and where _NOT_PLAIN_BEGINS finds one of the characters its other alternatives begin with."""
    spans, at, end = [], start, len(text)
    while at <= end:
        m = _NOT_PLAIN.match(text, at)
        if m is not None:
            spans.append(m.span())
            at = m.end()  # never empty: every alternative takes at least one character
            continue
        if text[at : at + 1] == "\n":
            at += 1  # the next line's start
            continue
        found = _NOT_PLAIN_BEGINS.search(text, at + 1)
        if found is None:
            break
        at = found.start() + 1 if text[found.start()] == "\n" else found.start()
    return spans


def first_occurrences(text: str, spans, terms, lang: str) -> list[tuple[int, int, Term]]:
    """(start, end, term) of the first occurrence of each term in running text, none overlapping another."""
    starts = [a for a, _ in spans]
    reach = []  # reach[i]: the furthest end among spans[: i + 1] (spans overlap)
    for _, b in spans:
        reach.append(max(b, reach[-1]) if reach else b)
    found: list[tuple[int, int, Term]] = []

    def free(a: int, b: int) -> bool:
        i = bisect.bisect_left(starts, b) - 1  # the spans that start before the match ends
        if i >= 0 and reach[i] > a:
            return False
        return all(b <= s or a >= e for s, e, _ in found)

    low = lowered(text)  # once for every term
    for term in terms:
        pattern = term.match.get(lang)
        for m in finditer(pattern, text, _starts(pattern), low) if pattern is not None else ():
            start, end = m.start(), _word_end(text, m.end())  # a link never splits a word: the inflection goes in
            if end > start and not _inside_word(text, start) and free(start, end):
                found.append((start, end, term))
                break
    return sorted(found, key=lambda f: f[0])


@functools.lru_cache(maxsize=1024)  # a term's pattern is run over every page of its language
def _starts(pattern: re.Pattern) -> re.Pattern | None:
    return starts(pattern)


def _word_end(text: str, end: int) -> int:
    while end < len(text) and text[end].isalnum():
        end += 1
    return end


def _inside_word(text: str, start: int) -> bool:
    return start > 0 and text[start - 1].isalnum() and text[start].isalnum()


def title(term: Term, lang: str, loc) -> str:
    """A term link's tooltip: the expansion and the explanation (the explanation alone when there is none)."""
    if term.expansion.get(lang):
        expansion = term.expansion[lang]  # a common noun (revolutionary committee) opens the tooltip: a capital
        return loc.term_title.format(expansion=expansion[:1].upper() + expansion[1:], explain=term.explain[lang])
    return term.explain[lang]


# -- the {glossary} list ------------------------------------------------------------------------------------


def glossary(terms, loc, languages, uses=None) -> str:
    """Every term, sorted in the page language's alphabet: its form in that language (the headword), its forms
    in the other languages, its expansion, the edition's explanation and the links back to its first occurrence
    on each page (uses: term id -> [(href, place name)]). One raw-HTML block."""
    code = loc.code
    out = ['<dl class="glossary">']
    # the line of other forms opens with a capital (По-казахски: …; по-английски: …), its later names as written
    names = [loc.language_names.get(lang, lang) for lang in languages if lang != code]
    names = [name[:1].upper() + name[1:] for name in names[:1]] + names[1:]
    for term in sorted(terms, key=lambda t: (sort_key(t.forms[code], loc.alphabet), t.id)):
        others = H(loc.items_sep).join(
            H.escape(loc.glossary_form).format(
                language=name,
                form=H('<span lang="{}">{}</span>').format(lang, term.forms[lang]),
            )
            for name, lang in zip(names, [lang for lang in languages if lang != code])
        )
        out.append(H('<dt id="term-{}"><dfn lang="{}">{}</dfn></dt>').format(term.id, code, term.forms[code]))
        if others:
            out.append(H('<dd class="term-forms">{}</dd>').format(others))
        if term.expansion.get(code):
            out.append(H('<dd class="term-expansion">{}</dd>').format(term.expansion[code]))
        out.append(H('<dd class="term-explain">{}</dd>').format(term.explain[code]))
        back = (uses or {}).get(term.id)
        if back:
            links = H(", ").join(H('<a class="backlink" href="{}">{}</a>').format(href, name) for href, name in back)
            out.append(H('<dd class="term-uses">{} {}</dd>').format(loc.term_uses, links))
    out.append("</dl>")
    return "\n".join(map(str, out))
