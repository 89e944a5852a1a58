"""A phone reader's findings (390 x 844): tooltips that leave the word they explain in sight, a 404 page in the
reader's language, the whole article told from the abstract at first glance, a parallel-view switch that says
what it does at the reader's width, and the "cite this" tabs and the drawer's title whole."""

from __future__ import annotations

import pytest

from conftest import LANGS, browser_page
from edition import locales

pytestmark = [pytest.mark.site, pytest.mark.browser]
PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}
SIDEWAYS = {"viewport": {"width": 844, "height": 390}, "is_mobile": True, "has_touch": True}
DESKTOP = {"viewport": {"width": 1280, "height": 900}}


def words(lang: str):
    loc, problems = locales.load(lang)
    assert problems == []
    return loc


BOX = "e => { const r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom] }"
TIP = "#__tooltip2_edition.md-tooltip2--active .md-tooltip2__inner"


@pytest.mark.parametrize("screen", [PHONE, SIDEWAYS], ids=["upright", "sideways"])
def test_on_a_phone_a_tooltip_leaves_the_word_it_explains_in_sight(browser, published_server, screen):
    """A term's or a note's tooltip, wherever its word stands on the screen (every 10 px from the header down),
    covers neither the word nor the sticky header, and stays on the screen (a tall one scrolls inside). Turned
    sideways, a note's tooltip over a word near the middle once went up under the header."""
    height = screen["viewport"]["height"]
    with browser_page(browser, published_server, **screen) as page:
        page.goto(f"{published_server}/en/results/")
        header = page.locator(".md-header").evaluate(BOX)[3]
        notes = page.locator("p.para a.note-ref").all()
        longest = sorted(notes, key=lambda a: len(a.get_attribute("title") or ""))[-2:]  # the tallest tooltips
        for n, host in enumerate([page.locator("p.para a.term").first, *longest]):
            for at in range(int(header) + 2, height - 24, 10):
                host.evaluate(f"e => window.scrollBy(0, e.getBoundingClientRect().top - {at})")
                page.keyboard.press("Escape")  # the last tooltip hides
                host.dispatch_event("mouseover")
                page.locator(TIP).wait_for(timeout=3000)
                word, tip = host.evaluate(BOX), page.locator(TIP).evaluate(BOX)
                covers = tip[0] < word[2] and word[0] < tip[2] and tip[1] < word[3] and word[1] < tip[3]
                assert not covers, (n, at, word, tip)
                assert header - 0.5 <= tip[1] and tip[3] <= height + 0.5, (n, at, word, tip)


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
@pytest.mark.parametrize("lang", [lang for lang in LANGS if LANGS[lang]])
def test_a_missing_address_under_a_language_is_answered_in_that_language(browser, published_server, lang, javascript):
    """A host that serves the nearest 404.html (scripts/serve_static.py): the language's own 404 page, its
    chrome and its words in that language alone, with or without JavaScript."""
    loc = words(lang)
    with browser_page(browser, published_server, java_script_enabled=javascript, **PHONE) as page:
        response = page.goto(f"{published_server}/{LANGS[lang]}nowhere/")
        assert response.status == 404
        assert page.locator("html").get_attribute("lang") == lang
        assert page.locator("article p").all_inner_texts() == [f"{loc.not_found} {loc.not_found_home}"]
        assert page.locator("article p a").get_attribute("href") == f"/{LANGS[lang]}"
        name = page.locator(".md-header__topic:first-child .md-ellipsis").inner_text()
        page.goto(f"{published_server}/{LANGS[lang]}")  # the chrome: the site's name as the language's pages say it
        assert name == page.locator(".md-header__topic:first-child .md-ellipsis").inner_text()


@pytest.mark.parametrize("lang", [lang for lang in LANGS if LANGS[lang]])
def test_a_host_with_one_404_page_still_answers_in_the_readers_language(browser, published_server, lang):
    """GitHub Pages answers every missing address with the root's 404.html: its script opens the language's own
    404 page and puts the address asked for back; the root's page, at the root, stays in every language."""
    loc = words(lang)
    with browser_page(browser, published_server, **PHONE) as page:
        root_404 = page.request.get(f"{published_server}/404.html").text()
        page.route(
            f"{published_server}/{LANGS[lang]}gone/**",
            lambda route: route.fulfill(status=404, body=root_404, content_type="text/html; charset=utf-8"),
        )
        page.goto(f"{published_server}/{LANGS[lang]}gone/here/")
        page.wait_for_function(f"document.documentElement.lang === {lang!r}")
        page.wait_for_function(f"location.pathname === '/{LANGS[lang]}gone/here/'")
        assert page.locator("article p").all_inner_texts() == [f"{loc.not_found} {loc.not_found_home}"]
        page.goto(f"{published_server}/nowhere/")
        assert page.locator("html").get_attribute("lang") == "kk"
        assert page.locator("article p[lang]").count() == len(LANGS)


@pytest.mark.parametrize("lang", LANGS)
def test_on_a_phone_the_whole_article_says_so_in_the_first_screen(browser, published_server, lang):
    """The whole-article page and the abstract's share a title: the whole article's says what it is over it,
    in the first screen; the abstract's page does not."""
    loc = words(lang)
    with browser_page(browser, published_server, **PHONE) as page:
        page.goto(f"{published_server}/{LANGS[lang]}article/")
        label = page.locator("article .edition-kicker")
        assert label.inner_text().replace("\xa0", " ").strip().casefold() == loc.whole_article_label.casefold()
        box, title = label.bounding_box(), page.locator("article h1").bounding_box()
        assert label.is_visible() and box["y"] + box["height"] <= title["y"] + 1 and title["y"] < 844 / 2
        page.goto(f"{published_server}/{LANGS[lang]}")
        assert page.locator("article .edition-kicker").count() == 0


@pytest.mark.parametrize("lang", [lang for lang in LANGS if LANGS[lang]])
def test_the_parallel_switch_says_where_the_original_goes_at_the_readers_width(browser, published_server, lang):
    """On a phone the original stands under each paragraph, on a wide screen beside it: the switch's label says
    which (the visible wording, which is also its accessible name)."""
    loc = words(lang)
    for screen, said in ((PHONE, loc.parallel_label_narrow), (DESKTOP, loc.parallel_label)):
        with browser_page(browser, published_server, **screen) as page:
            page.goto(f"{published_server}/{LANGS[lang]}results/")
            label = page.locator("label.parallel-label")
            assert label.inner_text().replace("\xa0", " ").strip() == said  # typography.py's no-break spaces
            assert label.locator("span:visible").count() == 1  # the other wording is no part of its name
            page.locator("label.parallel-label").click()
            para, orig = page.locator("article p.para").first, page.locator("article .para-orig").first
            a, b = para.bounding_box(), orig.bounding_box()
            beside = b["x"] >= a["x"] + a["width"] - 1
            assert beside == (screen is DESKTOP), (screen, a, b)


@pytest.mark.parametrize("lang", LANGS)
def test_on_a_phone_the_cite_tabs_and_the_drawers_title_are_whole(browser, published_server, lang):
    """Every "cite this" tab (Chicago's was cut) stands whole on the screen, and the drawer's title (the site's
    name) is not cut short."""
    with browser_page(browser, published_server, **PHONE) as page:
        page.goto(f"{published_server}/{LANGS[lang]}results/")
        tabs = page.locator(".cite-this .tabbed-labels")
        tabs.scroll_into_view_if_needed()
        assert tabs.evaluate("e => e.scrollWidth <= e.clientWidth")
        for label in tabs.locator("label").all():
            left, top, right, bottom = label.evaluate(BOX)
            assert left >= 0 and right <= 390, (label.inner_text(), left, right)
            assert label.evaluate("e => e.scrollWidth <= e.clientWidth")
        page.locator(".md-header label[for=__drawer]").click()
        page.wait_for_timeout(400)  # the drawer's slide
        title = page.locator(".md-nav--primary > .md-nav__title[for=__drawer]")
        size = title.evaluate("e => [e.scrollWidth, e.clientWidth, e.scrollHeight, e.clientHeight]")
        assert size[0] <= size[1] and size[2] <= size[3], size
        sep = locales.get(lang).title_sep  # the browser's title: "<page> — <site>"
        assert title.inner_text().strip() == page.evaluate("document.title").split(sep)[-1].strip()
