"""edition.patterns.finditer: the glossary's search for a term's first occurrence tries the term's pattern only
where the literal text a match begins with stands (in the text in lower case); it must find exactly what
`re`'s own finditer finds, on any text, with or without (?i), lookbehinds, \\b and alternatives."""

from __future__ import annotations

import re

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from edition.patterns import finditer, lowered, starts

ROOT = __import__("pathlib").Path(__file__).resolve().parent.parent

PATTERNS = [
    r"(?i)(?<![\w-])тоталитар",
    r"(?<!History of the )USSR|Soviet Union",
    r"\bаул(?:ы|ов|ах|ам)?\b",
    r"(?i)большевик",
    r"ХКК|(?i:халық комиссарлар\w* кеңес)",
    r"(?i)stalin|(?<!k)sov",
    r"(?i)(?:ab)+c|\bis",
    r"(?i)σας|ſt",
    r"Kelvin|(?i:k)",
]
# 'ſ' and 'K' (the Kelvin sign) match s and k under (?i), 'İ' is two characters in lower case, a final 'Σ'
# becomes 'ς': a text with one is searched the plain way, and must still give the same matches
ALPHABET = "abcisktvoСсоветБбольшевикТталиSTALINUSRКсвпǅİſKΣσς- .\n"


def same(pattern: str, text: str) -> None:
    compiled = re.compile(pattern)
    expected = [m.span() for m in compiled.finditer(text)]
    assert [m.span() for m in finditer(compiled, text, starts(compiled), lowered(text))] == expected


def test_the_fast_search_is_used_where_it_can_be():
    assert starts(re.compile(r"(?i)(?<![\w-])totalitarian")) is not None
    assert starts(re.compile(r"\bболыс")) is not None
    assert starts(re.compile("Sovnarkom")) is None  # re skips ahead by its literal already
    assert starts(re.compile(r"[A-Z]\w+")) is None  # begins with a class: nothing literal to look for
    assert starts(re.compile(r"(?a:x)y|z")) is None
    assert lowered("İstanbul") is None and lowered("ſ") is None and lowered("Σ") == "σ"
    assert lowered("ΟΔΟΣ") is None  # a final sigma


@settings(max_examples=300, deadline=None, database=None)
@given(st.sampled_from(PATTERNS), st.text(alphabet=ALPHABET, max_size=60))
def test_same_matches_as_re_on_any_text(pattern, text):
    same(pattern, text)


def test_same_matches_for_every_term_of_the_edition_on_its_pages():
    terms = yaml.safe_load((ROOT / "source/terms.yml").read_text(encoding="utf-8"))
    texts = {p.name.split(".")[1] if p.name.count(".") == 2 else "kk": "" for p in (ROOT / "docs").glob("*.md")}
    for page in (ROOT / "docs").glob("*.md"):
        lang = page.name.split(".")[1] if page.name.count(".") == 2 else "kk"
        texts[lang] += page.read_text(encoding="utf-8")
    for term in terms:
        for lang, pattern in (term.get("match") or {}).items():
            same(pattern, texts[lang])


MARKDOWN = "ab h<{}[]()!#=-:/ \n\nhttps://x.y <a href>x</a> {#p-1} [@k] ![i](u) ## H\n===\n [r]: u\n"


@settings(max_examples=400, deadline=None, database=None)
@given(st.text(alphabet=MARKDOWN, max_size=80), st.integers(min_value=0, max_value=5))
def test_what_is_not_running_text_is_found_as_by_one_search(text, start):
    from edition import terms

    start = min(start, len(text))
    expected = [m.span() for m in terms._NOT_PLAIN.finditer(text, start)]
    assert terms._not_plain_spans(text, start) == expected


def test_what_is_not_running_text_on_the_edition_s_pages():
    from edition import terms

    for page in (ROOT / "docs").glob("*.md"):
        text = page.read_text(encoding="utf-8")
        assert terms._not_plain_spans(text, 0) == [m.span() for m in terms._NOT_PLAIN.finditer(text, 0)]
