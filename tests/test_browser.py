"""What a reader does, in headless Chromium (Debian's chromium, driven by Playwright): click a citation,
follow a back link, switch language on the same section, hover a citation, search in each language."""

from __future__ import annotations

from urllib.parse import parse_qs, urljoin, urlsplit

import pytest

from conftest import browser_page, search_results
from edition import locales

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def server(mini_server):
    return mini_server


@pytest.fixture
def page(browser, server):
    with browser_page(browser, server) as pg:
        yield pg


def test_click_citation_lands_on_entry_and_back(page, server):
    page.goto(f"{server}/introduction/")
    page.locator("a.cite").first.click()
    page.wait_for_url("**/references/#ref-kritsman1926")
    entry = page.locator("#ref-kritsman1926")
    assert entry.is_visible() and "Крицман" in entry.inner_text()
    entry.locator("a.backlink").first.click()
    page.wait_for_url("**/introduction/#cite-intro-1-1")
    assert page.locator("#cite-intro-1-1").is_visible()


def test_switch_language_keeps_the_section(page, server):
    page.goto(f"{server}/introduction/")
    page.locator(".md-header__option .md-select").hover()
    page.locator('a.md-select__link[hreflang="ru"]').click()
    page.wait_for_url("**/ru/introduction/")
    assert page.locator("h1").inner_text().startswith("Введение")
    assert page.locator("html").get_attribute("lang") == "ru"


def test_hover_and_focus_show_the_full_reference(page, server):
    page.goto(f"{server}/en/introduction/")
    cite = page.locator("a.cite").first
    cite.hover()
    tip = page.locator(".md-tooltip2, .md-tooltip").filter(has_text="Geroicheskii period")
    tip.first.wait_for(state="visible", timeout=5000)
    page.mouse.move(0, 0)
    page.keyboard.press("Tab")
    cite.focus()
    tip.first.wait_for(state="visible", timeout=5000)


def test_a_tooltip_is_made_when_needed_one_at_a_time_and_closes(page, server):
    page.goto(f"{server}/en/introduction/")
    cites = page.locator("a.cite")
    assert page.locator(".md-tooltip2").count() == 0  # nothing set up at load
    first, second = cites.nth(0), cites.nth(1)
    title = first.get_attribute("title")
    first.hover()
    tip = page.locator(".md-tooltip2")
    tip.wait_for(state="visible", timeout=5000)
    assert tip.count() == 1 and tip.inner_text() == title
    assert first.get_attribute("aria-describedby") == tip.get_attribute("id")
    assert first.get_attribute("title") is None  # not the browser's own tooltip on top
    second.hover()
    page.wait_for_function("t => document.querySelector('.md-tooltip2').innerText !== t", arg=title)
    assert tip.count() == 1 and first.get_attribute("title") == title
    page.keyboard.press("Escape")
    assert tip.count() == 0 and second.get_attribute("aria-describedby") is None
    first.hover()
    tip.wait_for(state="visible", timeout=5000)
    page.mouse.move(0, 0)
    tip.wait_for(state="detached", timeout=5000)
    assert first.get_attribute("title") == title


def test_a_tooltip_stays_inside_a_phone_screen_and_is_readable_there(browser, server):
    with browser_page(browser, server, viewport={"width": 360, "height": 740}) as page:
        page.goto(f"{server}/en/introduction/")
        page.keyboard.press("Shift")  # a keyboard user: focus shows the tooltip
        for i in range(page.locator("a.cite").count()):
            page.locator("a.cite").nth(i).focus()
            inner = page.locator(".md-tooltip2__inner")
            inner.wait_for(state="visible", timeout=5000)
            box = inner.bounding_box()
            assert box["x"] >= 0 and box["x"] + box["width"] <= 360, (i, box)
        # a reference is read, not glanced at: not Material's 10 px bold for button names
        size, weight = inner.evaluate("el => [getComputedStyle(el).fontSize, getComputedStyle(el).fontWeight]")
        assert float(size.rstrip("px")) >= 13 and int(weight) < 600


def test_opening_a_page_at_a_citation_shows_no_tooltip(page, server):
    # the browser focuses the link a #fragment names; only focus from the keyboard shows a tooltip
    page.goto(f"{server}/en/introduction/")
    target = page.locator("a.cite").first.get_attribute("id")
    page.goto(f"{server}/en/references/")
    page.goto(f"{server}/en/introduction/#{target}")
    page.wait_for_timeout(300)
    assert page.locator(".md-tooltip2").count() == 0
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")
    page.locator(".md-tooltip2").wait_for(state="visible", timeout=5000)


def test_a_tooltip_near_the_bottom_opens_above_and_stays_on_screen(page, server):
    page.goto(f"{server}/en/introduction/")
    cite = page.locator("a.cite").first
    box = cite.bounding_box()
    page.set_viewport_size({"width": 1280, "height": int(box["y"] + box["height"] + 6)})  # at the bottom edge
    cite.hover()
    inner = page.locator(".md-tooltip2__inner")
    inner.wait_for(state="visible", timeout=5000)
    page.wait_for_timeout(450)  # Material's opening transition
    tip, host = inner.bounding_box(), cite.bounding_box()
    assert tip["y"] + tip["height"] <= host["y"] and tip["y"] >= 0, (tip, host)


def test_an_icon_button_keeps_its_name_while_its_tooltip_shows(browser, real_server):
    with browser_page(browser, real_server) as page:
        _icon_button_keeps_its_name(page, real_server)


def _icon_button_keeps_its_name(page, server):
    page.goto(f"{server}/en/introduction/")  # the "cite this" texts' copy buttons: an icon and a title
    button = page.locator("button.md-code__button").first
    name = button.get_attribute("title")
    assert name and not button.inner_text().strip()
    button.hover()
    page.locator(".md-tooltip2").wait_for(state="visible", timeout=5000)
    assert page.get_by_role("button", name=name).count() >= 1  # named by the title it had
    page.mouse.move(0, 0)
    page.locator(".md-tooltip2").wait_for(state="detached", timeout=5000)
    assert button.get_attribute("aria-label") is None and button.get_attribute("title") == name


def test_a_tap_on_an_emendation_shows_its_source_reading(browser, server):
    # on a phone a tap is the only way to a tooltip: the focus the tap gives must not close it
    with browser_page(browser, server, viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True) as page:
        page.goto(f"{server}/introduction/")
        mark = page.locator("span.emendation").first
        title = mark.get_attribute("title")
        mark.tap()
        tip = page.locator(".md-tooltip2")
        tip.wait_for(state="visible", timeout=5000)
        page.wait_for_timeout(400)
        assert tip.is_visible() and tip.inner_text() == title


def test_a_tooltip_is_not_printed(page, server):
    page.goto(f"{server}/en/introduction/")
    page.locator("a.cite").first.hover()
    page.locator(".md-tooltip2").wait_for(state="visible", timeout=5000)
    page.emulate_media(media="print")
    assert not page.locator(".md-tooltip2").is_visible()


def place(href):
    """A result's page and paragraph, without the ?h= of the words to highlight."""
    parts = urlsplit(href)
    return f"{parts.path}#{parts.fragment}"


def test_search_kazakh_finds_only_kazakh_pages_by_word_prefix(page, server):
    hrefs = search_results(page, server, "", "кеңестік")
    assert hrefs and all("/ru/" not in h and "/en/" not in h for h in hrefs)
    assert any(place(h).endswith("introduction/#intro-2") for h in hrefs)


def test_search_russian_is_stemmed_and_only_russian(page, server):
    hrefs = search_results(page, server, "ru/", "коммунистическая")  # the text says «Коммунистической»
    assert hrefs and all("/ru/" in h for h in hrefs)
    assert any(place(h).endswith("introduction/#intro-1") for h in hrefs)


def test_search_english_only_english(page, server):
    hrefs = search_results(page, server, "en/", "recently")  # stemmed on both sides: the index holds "recent"
    assert hrefs and all("/en/" in h for h in hrefs)


def test_search_with_a_straight_apostrophe_finds_the_curly_one(browser, real_server):
    with browser_page(browser, real_server) as page:  # the English text writes Lenin’s; a keyboard types '
        hrefs = search_results(page, real_server, "en/", "Lenin's")
        assert any(place(h).startswith("/en/results/") for h in hrefs)


@pytest.mark.parametrize("root, word", [("ru/", "партии"), ("en/", "party")])  # stems "парт", "parti"
def test_search_a_stemmed_word_is_not_missing_and_is_highlighted(page, server, root, word):
    hrefs = search_results(page, server, root, word)
    assert page.locator(".md-search-result__terms").count() == 0  # no "Missing: ~~party~~"
    target = next(h for h in hrefs if place(h).endswith("introduction/#intro-1"))
    assert parse_qs(urlsplit(target).query).get("h") == [word]  # not an empty "?h="
    page.goto(urljoin(page.url, target))
    mark = page.locator("mark[data-md-highlight]").first
    mark.wait_for(timeout=5000)
    assert mark.inner_text().lower() == word


def test_paragraph_number_copies_its_link(browser, server):
    with browser_page(browser, server, permissions=["clipboard-read", "clipboard-write"]) as page:
        page.goto(f"{server}/introduction/")
        page.locator("#intro-2 a.para-num").click()
        page.wait_for_url("**/introduction/#intro-2")
        assert page.evaluate("navigator.clipboard.readText()") == f"{server}/introduction/#intro-2"


def test_hover_shows_a_note_and_a_click_lands_on_it(browser, real_server, real_site):
    from bs4 import BeautifulSoup

    doc = BeautifulSoup((real_site / "en/results/index.html").read_text(encoding="utf-8"), "html.parser")
    first = doc.select_one("a.note-ref")
    assert first is not None, "no editor's note on the English Results page"
    with browser_page(browser, real_server) as page:
        page.goto(f"{real_server}/en/results/")
        mark = page.locator(f"#{first['id']}")
        mark.hover()
        page.locator(".md-tooltip2").filter(has_text=first["title"]).first.wait_for(state="visible", timeout=5000)
        mark.click()
        page.wait_for_url(f"**/en/results/{first['href']}")
        note = page.locator(first["href"])
        # the tooltip is en.yml's note_title, "Editor’s note. {text}": the note's own text after its label
        label = locales.get("en").note_title.split("{text}")[0]
        assert first["title"].startswith(label) and first["title"][len(label) :] in note.inner_text()
        note.locator("a.note-back").click()
        page.wait_for_url(f"**/en/results/#{first['id']}")
