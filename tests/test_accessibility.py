"""Accessibility of the built edition in headless Chromium: axe-core (bundled by axe-playwright-python) finds no
serious or critical violation on any page of any language; every page declares its language; citations, the
paragraph number, the "cite this" copy button and the language switcher work from the keyboard alone."""

from __future__ import annotations

import re

import pytest
from bs4 import BeautifulSoup

from conftest import LANGS, ROOT, browser_page

pytestmark = pytest.mark.browser

# One page of each type in each language: the body sections share one layout and one set of marks, so
# "results" (the longest) stands for them all; any other page (abstract, references, about, ...) is its own type.
SAME_AS_RESULTS = {"introduction", "methods", "discussion", "conclusion"}
NAMES = sorted({p.name.split(".")[0] for p in (ROOT / "docs").glob("*.md")} - SAME_AS_RESULTS)
PAGES = [(lang, f"{root}{'' if name == 'index' else name + '/'}") for lang, root in LANGS.items() for name in NAMES]
SERIOUS = {"serious", "critical"}
TAB_LIMIT = 400  # more Tab presses than any page has focusable elements before its text ends


@pytest.fixture(scope="module")
def axe():
    from axe_playwright_python.sync_playwright import Axe

    return Axe()


@pytest.fixture
def page(browser, real_server):
    with browser_page(browser, real_server) as pg:
        yield pg


def load(page, url: str) -> None:
    """Open a page and wait for Material's script to have added its copy buttons."""
    page.goto(url)
    page.wait_for_function("!document.querySelector('pre > code') || document.querySelector('.md-code__button')")


def violations(axe, page) -> list[str]:
    found = axe.run(page).response["violations"]
    return [
        f"{v['id']} ({v['impact']}): {v['help']}\n"
        + "\n".join(f"    {', '.join(map(str, n['target']))}: {' '.join(n['html'].split())[:160]}" for n in v["nodes"])
        for v in found
        if v["impact"] in SERIOUS
    ]


def test_axe_reports_a_serious_violation(page, axe):
    """The check itself works: a button without a name is a critical violation."""
    page.set_content('<!doctype html><html lang="en"><title>t</title><main><button></button></main></html>')
    assert any(v.startswith("button-name (critical)") for v in violations(axe, page))


@pytest.mark.parametrize("lang,url", PAGES, ids=[u or "/" for _, u in PAGES])
def test_page_is_accessible_and_declares_its_language(page, real_server, axe, lang, url):
    load(page, f"{real_server}/{url}")
    assert page.locator("html").get_attribute("lang") == lang
    found = violations(axe, page)
    assert not found, f"/{url}: " + "\n".join(found)


def test_404_page_is_accessible_and_speaks_each_language(page, real_server, axe):
    load(page, f"{real_server}/404.html")
    assert page.locator("html").get_attribute("lang") in LANGS
    for lang, root in LANGS.items():
        link = page.locator(f'article p[lang="{lang}"] a[hreflang="{lang}"]')
        assert link.get_attribute("href") == f"/{root}"
    found = violations(axe, page)
    assert not found, "/404.html: " + "\n".join(found)


def tab_to(page, selector: str) -> None:
    """Press Tab until the focused element matches `selector`: it is reachable from the keyboard."""
    for _ in range(TAB_LIMIT):
        page.keyboard.press("Tab")
        if page.evaluate("s => document.activeElement && document.activeElement.matches(s)", selector):
            return
    pytest.fail(f"{selector} is not reachable with Tab on {page.url}")


def test_tab_reaches_a_citation_and_shows_its_full_reference(page, real_server, real_site):
    first = BeautifulSoup(
        (real_site / "en/introduction/index.html").read_text(encoding="utf-8"), "html.parser"
    ).select_one("a.cite")
    page.goto(f"{real_server}/en/introduction/")
    tab_to(page, "a.cite")
    assert page.evaluate("document.activeElement.id") == first["id"]
    tip = page.locator(".md-tooltip2")
    tip.filter(has_text=first["title"]).first.wait_for(state="visible", timeout=5000)
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/en/references/{first['href'].split('/')[-1]}")


def test_paragraph_number_works_from_the_keyboard(browser, real_server):
    with browser_page(browser, real_server, permissions=["clipboard-read", "clipboard-write"]) as page:
        page.goto(f"{real_server}/ru/results/")
        tab_to(page, "a.para-num")
        pid = page.evaluate("document.activeElement.getAttribute('href')")
        cite = page.evaluate("document.activeElement.dataset.cite || document.activeElement.href")
        page.keyboard.press("Enter")
        page.wait_for_url(f"**/ru/results/{pid}")
        assert page.evaluate("location.hash") == pid
        page.wait_for_selector("a.para-num.copied")  # Enter is a click: the paragraph's citation is copied too
        copied = page.evaluate("navigator.clipboard.readText()")  # GOST's date of access, the reader's day, after it
        assert copied.startswith(cite + " (") and re.fullmatch(r"\d\d\.\d\d\.\d{4}\)\.", copied[-12:]), copied


def test_cite_this_copy_button_works_from_the_keyboard(browser, real_server):
    with browser_page(browser, real_server, permissions=["clipboard-read", "clipboard-write"]) as page:
        load(page, f"{real_server}/en/")
        assert page.locator(".cite-this pre > code").count(), "no 'cite this' text on the abstract page"
        tab_to(page, "button.md-code__button, button.md-clipboard")
        page.keyboard.press("Enter")
        copied = page.evaluate("navigator.clipboard.readText()")
        code = page.evaluate("document.activeElement.closest('pre, .highlight').querySelector('code').innerText")
        assert copied.strip() and copied.strip() == code.strip()


@pytest.mark.parametrize(
    "start,target,lang",
    [("results/", "en/results/", "en"), ("en/references/", "ru/references/", "ru"), ("ru/about/", "about/", "kk")],
)
def test_language_switcher_works_from_the_keyboard(page, real_server, start, target, lang):
    page.goto(f"{real_server}/{start}")
    tab_to(page, f'a.md-select__link[hreflang="{lang}"]')
    assert page.locator(f'a.md-select__link[hreflang="{lang}"]').is_visible()  # the menu opens on focus
    page.keyboard.press("Enter")
    page.wait_for_url(f"{real_server}/{target}")
    assert page.locator("html").get_attribute("lang") == lang
