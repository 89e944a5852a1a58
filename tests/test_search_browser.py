"""The search box as a reader uses it, in headless Chromium on the built edition: a dozen queries in each
language land on their paragraphs; Kazakh forms the text does not print and words typed on a Russian
keyboard find the Kazakh text, and the page a result opens marks the forms found (Material's
search.highlight). The whole Kazakh test set is run fast, without a browser, by tests/test_search_kk.py."""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

import pytest
from test_search_kk import cases

from conftest import browser_page, search_results

pytestmark = pytest.mark.browser

# Kazakh: queries of tests/search_kk_cases.tsv (the issue's own examples among them)
KAZAKH = [
    "партиядан",
    "мемлекетке",
    "биліктегі",
    "төңкерістің",
    "кеңестерде",
    "диктатураның",
    "халықтан",
    "казак",
    "кенес",
    "укимет",
    "ақ",
    "ел",
]
# Russian and English: a form the text does not print in that paragraph, and a paragraph that has the word
RUSSIAN = [
    ("партиями", "results-18"),
    ("советами", "results-20"),
    ("революциях", "results-21"),
    ("диктатуры", "results-41"),
    ("большевикам", "results-2"),
    ("государством", "results-13"),
    ("властью", "results-29"),
    ("ленином", "results-41"),
    ("крестьянам", "results-2"),
    ("рабочими", "results-18"),
    ("съездом", "results-20"),
    ("идеологиями", "results-2"),
]
ENGLISH = [
    ("revolutions", "results-34"),
    ("soviets", "results-20"),
    ("dictatorships", "results-41"),
    ("bolsheviks", "results-2"),
    ("governing", "results-20"),
    ("ideologies", "intro-4"),
    ("states", "conclusion-1"),
    ("workers", "results-18"),
    ("peasants", "results-2"),
    ("congresses", "results-20"),
    ("parties", "results-4"),
    ("Lenin's", "results-18"),
]


@pytest.fixture(scope="module")
def page(browser, real_server):
    with browser_page(browser, real_server) as pg:
        yield pg


def search(page, server, root, query):
    """The links of every result, the sections folded under a result too."""
    return search_results(page, server, root, query, ".md-search-result__item a")


def paragraphs(hrefs, root):
    out = set()
    for href in hrefs:
        parts = urlsplit(href)
        if parts.fragment and not parts.path.endswith("/article/"):
            out.add(parts.fragment)
        assert (f"/{root}" in parts.path) if root else ("/ru/" not in parts.path and "/en/" not in parts.path)
    return out


@pytest.mark.parametrize("query", KAZAKH)
def test_kazakh_queries_land_on_their_paragraphs(page, real_server, query):
    rows = {row[1]: row for row in cases()}
    kind, _, must, _, other = rows[query]
    found = paragraphs(search(page, real_server, "", query), "")
    assert found & must, f"{kind} «{query}»: none of {sorted(must)[:5]}…"
    assert not found & other, f"«{query}» finds the longer word's {sorted(found & other)}"


@pytest.mark.parametrize("root, cases_", [("ru/", RUSSIAN), ("en/", ENGLISH)])
def test_russian_and_english_queries_land_on_their_paragraphs(page, real_server, root, cases_):
    for query, pid in cases_:
        assert pid in paragraphs(search(page, real_server, root, query), root), query


@pytest.mark.parametrize("query, printed", [("партиядан", "партия"), ("казак", "қазақ"), ("укимет", "үкімет")])
def test_the_opened_page_marks_the_forms_found(page, real_server, query, printed):
    hrefs = search(page, real_server, "", query)
    href = next(h for h in hrefs if re.fullmatch(r"[a-z]+-\d+", urlsplit(h).fragment) and "/article/" not in h)
    page.goto(urljoin(page.url, href))
    marks = page.locator("mark[data-md-highlight]")
    marks.first.wait_for(timeout=5000)
    texts = [t.lower() for t in marks.all_inner_texts()]
    assert any(t.startswith(printed) for t in texts), texts  # as printed, whatever form was typed
    # and in the paragraph the result opened
    pid = urlsplit(href).fragment
    assert page.locator(f"[id='{pid}'] mark[data-md-highlight]").count() > 0
