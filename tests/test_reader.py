"""A reader's first visit (issue 20): every section page links to the key to its marks, the key explains every
kind of mark the pages carry, each mark has an accessible name or a title, the navigation is grouped (the
article / the edition) in each language, and on a phone the content begins in the first screen."""

from __future__ import annotations

from urllib.parse import urljoin

import pytest

from conftest import LANGS, PAGE_TYPES, ROOT, browser_page, soup
from project import read_config

BODY = ("introduction", "methods", "discussion", "results", "conclusion")
# each kind of mark on a section page: its selector, and the sample of it the key (About #how-to-read) shows
MARKS = {
    "paragraph number": "a.para-num",
    "paragraph in another language": "span.para-langs a",
    "print page": "a.pb",
    "citation": "a.cite",
    "glossary term": "a.term",
    "emendation": "span.emendation",
    "editor's note": "a.note-ref",
    "quotation translated from the Kazakh": "sup.qk",
}


pytestmark = pytest.mark.site


@pytest.mark.parametrize("page", (*BODY, "article"))
@pytest.mark.parametrize("lang", LANGS)
def test_every_section_page_links_to_the_key_to_its_marks(real_site, lang, page):
    doc = soup(real_site, lang, page)
    link = doc.select_one("article p.marks-key a")
    assert link is not None and link.get_text().strip()
    href = link["href"]
    assert href.endswith("about/#how-to-read"), href
    # the link lands: the About page of the same language has the key's heading
    key = soup(real_site, lang, "about").select_one("#how-to-read")
    assert key is not None and key.name == "h2"
    # under the heading, before the first paragraph
    first = doc.select_one("article p.para")
    assert link.find_parent("p").sourceline < first.sourceline


@pytest.mark.parametrize("lang", LANGS)
def test_the_key_shows_a_sample_of_every_kind_of_mark_the_pages_carry(real_site, lang):
    """Every kind of mark found on a section page of the language has a line of the key; the key's samples
    of the marks drawn by style (a term, an emendation) are drawn with the classes the text uses."""
    carried = {
        kind
        for page in (*BODY, "index")
        for kind, selector in MARKS.items()
        if soup(real_site, lang, page).select_one(f"article {selector}") is not None
    }
    assert {"paragraph number", "print page", "citation", "glossary term", "editor's note"} <= carried
    key = soup(real_site, lang, "about").select_one("#how-to-read").find_next("ul")
    items = key.select("li")
    samples = " ".join(s.get_text() for s in key.select(".key-sample, .key-mark"))
    assert key.select_one(".key-mark.key-cite > span")  # a citation drawn as the text draws it
    assert "|1250|" in samples and "†" in samples and "1" in samples and "[" in samples
    assert key.select_one(".key-mark.key-term") and key.select_one(".key-mark.key-emendation")
    assert len(items) >= len(carried) + 1  # and the reference list's status marks


@pytest.mark.parametrize("lang", LANGS)
def test_each_mark_has_an_accessible_name_or_a_title(real_site, lang):
    for page in BODY:
        doc = soup(real_site, lang, page)
        for kind, selector in MARKS.items():
            for mark in doc.select(f"article {selector}"):
                named = mark.get("aria-label") or mark.get("title")
                assert named and named.strip(), (page, kind, str(mark)[:120])
        for link in doc.select("article span.para-langs a"):  # the code (kk) alone says nothing: its name does
            assert link["aria-label"] == link["title"] and link["lang"] not in link["aria-label"]


@pytest.mark.parametrize("lang", LANGS)
def test_the_navigation_is_grouped_into_the_article_and_the_edition(real_site, lang):
    groups = [next(iter(g)) for g in read_config(ROOT)["nav"]]
    assert len(groups) == 2 and all(isinstance(g, str) for g in groups)
    doc = soup(real_site, lang, "results")
    nav = doc.select_one("nav.md-nav--primary")
    labels = [
        lab.get_text(" ", strip=True)
        for lab in nav.select("li.md-nav__item--section > label.md-nav__link, li.md-nav__item--section > div > a")
    ]
    expected = {
        "kk": ["Мақала", "Басылым"],
        "ru": ["Статья", "Издание"],
        "en": ["The article", "The edition"],
    }[lang]
    assert [label for label in labels if label in expected] == expected, labels
    # the article's group holds its sections; the edition's, the About page
    sections = nav.select("li.md-nav__item--section")
    here = f"/{LANGS[lang]}results/"
    article = {urljoin(here, a["href"]) for a in sections[0].select("a[href]")}
    edition = {urljoin(here, a["href"]) for a in sections[1].select("a[href]")}
    root = f"/{LANGS[lang]}"
    assert {root + p for p in ("introduction/", "results/", "references/", "article/")} <= article
    assert {root + p for p in ("about/", "glossary/", "corrections/")} <= edition and not article & edition


@pytest.mark.browser
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", ["section", "references", "about", "abstract"])
def test_on_a_phone_the_content_begins_in_the_first_screen(browser, published_server, lang, kind):
    """At 390 x 844 the page's content (a paragraph of the text, an entry of the list, the key, the abstract
    under the article's title) starts within the first screen: notices and legends do not fill it."""
    first = {
        "section": "article p.para",
        "references": "article .ref",
        "about": "#how-to-read",
        "abstract": "article h2 ~ p",
    }[kind]
    phone = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}
    with browser_page(browser, published_server, **phone) as page:
        page.goto(f"{published_server}/{LANGS[lang]}{PAGE_TYPES[kind]}")
        top = page.locator(first).first.bounding_box()["y"]
        assert top < 844 - 3 * 24, (kind, top)  # at least three lines of it


PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}


@pytest.mark.browser
def test_a_term_and_a_citation_differ_by_the_shape_of_their_line_as_the_key_says(browser, real_server):
    """Term links dotted, citations solid, in the text and in the key's samples (a shorthand text-decoration of
    greater weight once reset the terms' line to solid: they looked like citations)."""
    style = "e => getComputedStyle(e).textDecorationStyle"
    with browser_page(browser, real_server) as page:
        page.goto(f"{real_server}/en/results/")
        assert page.locator("p.para a.term").first.evaluate(style) == "dotted"
        assert page.locator("p.para a.cite").first.evaluate(style) == "solid"
        page.goto(f"{real_server}/en/about/")
        assert page.locator(".key-term").evaluate(style) == "dotted"
        assert page.locator(".key-cite > span").evaluate(style) == "solid"


@pytest.mark.browser
@pytest.mark.parametrize("lang", LANGS)
def test_on_a_phone_the_drawer_shows_both_groups_at_once(browser, real_server, lang):
    """The drawer opens on the article's sections and the edition's pages together, not on the current page's
    group alone (About, Glossary and Corrections were behind a back arrow)."""
    with browser_page(browser, real_server, **PHONE) as page:
        page.goto(f"{real_server}/{LANGS[lang]}results/")
        page.locator(".md-header label[for=__drawer]").click()
        page.wait_for_timeout(400)  # the drawer's slide
        drawer = page.locator(".md-sidebar--primary").bounding_box()
        for href in ("../introduction/", "../about/", "../glossary/", "../corrections/"):
            link = page.locator(f'.md-nav--primary a.md-nav__link[href="{href}"]')
            box = link.bounding_box()
            assert box["x"] >= 0 and box["x"] + box["width"] <= drawer["x"] + drawer["width"], (href, box)
            assert (
                box["y"] + box["height"] <= 844
                and link.evaluate("e => getComputedStyle(e.closest('nav')).opacity") == "1"
            )


@pytest.mark.browser
def test_search_runs_on_input_alone(browser, real_server):
    """A phone's pasted or suggested word fires input without key-up, on which Material searches."""
    with browser_page(browser, real_server, **PHONE) as page:
        page.goto(f"{real_server}/results/")
        page.locator("label.md-header__button[for=__search]").click()
        box = page.locator("input.md-search__input")
        box.fill("qqqq")
        box.press("End")  # once the index has loaded, a search that finds nothing: then input alone
        none = "JSON.parse(document.getElementById('__config').textContent).translations['search.result.none']"
        page.wait_for_function(f"document.querySelector('.md-search-result__meta').textContent === {none}")
        box.evaluate("e => { e.value = 'большевиктер'; e.dispatchEvent(new Event('input', {bubbles: true})) }")
        page.locator(".md-search-result__item").first.wait_for(timeout=10000)


@pytest.mark.browser
def test_a_paragraph_number_says_its_citation_was_copied(browser, real_server):
    with browser_page(browser, real_server, **PHONE) as page:
        page.context.grant_permissions(["clipboard-read", "clipboard-write"])
        page.goto(f"{real_server}/ru/results/")
        page.locator("#results-1 a.para-num").click()
        page.locator(".md-dialog--active").wait_for(timeout=5000)
        said = "JSON.parse(document.getElementById('__config').textContent).translations['clipboard.copied']"
        assert page.locator(".md-dialog").inner_text() == page.evaluate(said) != ""
        assert "results-1" in page.evaluate("navigator.clipboard.readText()")
