"""The published site in Chromium (built for the address it is served at, served the way a static host
serves it: conftest.published_server): links into another language land on what they point at, with JavaScript on and
off; no page makes a failed request or logs a console error; on a 360 px phone no page scrolls sideways and
the parallel view stays readable."""

from __future__ import annotations

import pytest

from conftest import LANGS, PAGE_TYPES, browser_page

pytestmark = pytest.mark.browser

PAGE_TYPES = {**PAGE_TYPES, "404": "no-such-page/"}  # and the 404 page, the answer to any missing address
DESKTOP = {"viewport": {"width": 1280, "height": 800}}
PHONE = {"viewport": {"width": 360, "height": 740}, "is_mobile": True, "has_touch": True, "device_scale_factor": 2}

# In view: below Material's fixed header and above the bottom of the window.
IN_VIEW = """sel => {
  const r = document.querySelector(sel).getBoundingClientRect();
  const header = document.querySelector('.md-header').getBoundingClientRect();
  return r.top >= header.bottom - 1 && r.top < window.innerHeight - 20;
}"""


def follow(page, link, url, selector):
    """Click `link`; the browser must go straight to `url` (fragment included, no detour through another
    address such as a redirect) and show `selector` in the window."""
    documents = []

    def seen(request):
        if request.resource_type == "document":
            documents.append(request.url)

    page.on("request", seen)
    link.click()
    page.wait_for_url(url, timeout=10000)
    page.remove_listener("request", seen)
    assert page.url == url
    assert documents in ([url.split("#")[0]], [])  # [] when only the fragment changed
    page.wait_for_function(IN_VIEW, arg=selector, timeout=3000)


def open_selector(page):
    page.locator(".md-header__option .md-select").hover()


@pytest.mark.parametrize("js", [True, False], ids=["js", "nojs"])
@pytest.mark.parametrize("source,target", [("kk", "ru"), ("ru", "en"), ("en", "kk")])
def test_paragraph_link_lands_on_the_same_paragraph(browser, published_server, js, source, target):
    with browser_page(browser, published_server, java_script_enabled=js, **DESKTOP) as page:
        page.goto(f"{published_server}/{LANGS[source]}results/")
        page.locator("#results-12").hover()  # the links show beside the number on hover
        follow(
            page,
            page.locator(f'#results-12 .para-langs a[hreflang="{target}"]'),
            f"{published_server}/{LANGS[target]}results/#results-12",
            "#results-12",
        )
        assert page.locator("html").get_attribute("lang") == target


@pytest.mark.parametrize("js", [True, False], ids=["js", "nojs"])
@pytest.mark.parametrize("lang", ["ru", "en"])
def test_read_in_the_original_lands_on_the_kazakh_section(browser, published_server, js, lang):
    with browser_page(browser, published_server, java_script_enabled=js, **DESKTOP) as page:
        page.goto(f"{published_server}/{LANGS[lang]}methods/")
        follow(page, page.locator(".translation-notice a"), f"{published_server}/methods/", "h1")
        assert page.locator("html").get_attribute("lang") == "kk"


@pytest.mark.parametrize("lang", LANGS)
def test_a_glossary_entry_leads_to_the_term_in_the_text_and_back(browser, published_server, lang):
    with browser_page(browser, published_server, **DESKTOP) as page:
        page.goto(f"{published_server}/{LANGS[lang]}glossary/")
        back = page.locator('#term-bolsheviks ~ dd.term-uses a[href*="results/"]').first
        href = back.get_attribute("href")
        assert href.endswith("results/#use-bolsheviks")
        follow(page, back, f"{published_server}/{LANGS[lang]}results/#use-bolsheviks", "#use-bolsheviks")
        follow(
            page,
            page.locator("#use-bolsheviks"),
            f"{published_server}/{LANGS[lang]}glossary/#term-bolsheviks",
            "#term-bolsheviks",
        )


@pytest.mark.parametrize("js", [True, False], ids=["js", "nojs"])
def test_language_selector_keeps_the_section(browser, published_server, js):
    with browser_page(browser, published_server, java_script_enabled=js, **DESKTOP) as page:
        page.goto(f"{published_server}/ru/about/")
        open_selector(page)
        follow(page, page.locator('a.md-select__link[hreflang="en"]'), f"{published_server}/en/about/", "h1")


def test_language_selector_keeps_the_paragraph_of_the_url(browser, published_server):
    with browser_page(browser, published_server, **DESKTOP) as page:
        page.goto(f"{published_server}/en/results/#results-12")
        open_selector(page)
        follow(
            page,
            page.locator('a.md-select__link[hreflang="kk"]'),
            f"{published_server}/results/#results-12",
            "#results-12",
        )
        # a fragment set after loading (a click on a paragraph number) is kept too
        page.locator("#results-3 a.para-num").click()
        page.wait_for_url("**/results/#results-3")
        open_selector(page)
        follow(
            page,
            page.locator('a.md-select__link[hreflang="ru"]'),
            f"{published_server}/ru/results/#results-3",
            "#results-3",
        )


def test_language_selector_drops_a_heading_fragment(browser, published_server):
    """Headings' ids are words of their language: the other language has none of them."""
    with browser_page(browser, published_server, **DESKTOP) as page:
        page.goto(f"{published_server}/en/article/")
        heading = page.locator("article h2[id]").first.get_attribute("id")
        page.goto(f"{published_server}/en/article/#{heading}")
        open_selector(page)
        follow(page, page.locator('a.md-select__link[hreflang="ru"]'), f"{published_server}/ru/article/", "h1")


def _record(page, origin):
    """Every response of 400 or more, failed request, console error and uncaught exception of the page."""
    log = []
    page.on("response", lambda r: r.status >= 400 and log.append(f"{r.status} {r.url}"))
    page.on("requestfailed", lambda r: log.append(f"failed {r.url} {r.failure}"))
    page.on("console", lambda m: m.type == "error" and log.append(f"console: {m.text} {m.location.get('url', '')}"))
    page.on("pageerror", lambda e: log.append(f"exception: {e}"))
    return log


@pytest.mark.parametrize("kind", PAGE_TYPES)
@pytest.mark.parametrize("lang", LANGS)
def test_no_failed_request_and_no_console_error(browser, published_server, lang, kind):
    url = f"{published_server}/{LANGS[lang]}{PAGE_TYPES[kind]}"
    with browser_page(browser, published_server, **DESKTOP) as page:
        log = _record(page, published_server)
        response = page.goto(url, wait_until="networkidle")
        page.wait_for_timeout(300)  # anything a script starts after the network went quiet
        if kind == "404":
            assert response.status == 404 and page.locator("h1").inner_text() == "404"
            # the address itself is the one expected failure (and Chromium's console line about it)
            log = [
                e
                for e in log
                if e != f"404 {url}"
                and not (e.startswith("console: Failed to load resource") and e.endswith(f" {url}"))
            ]
        else:
            assert response.status == 200
        assert log == []


@pytest.mark.parametrize("lang", LANGS)
def test_no_page_scrolls_sideways_on_a_phone(browser, published_server, lang):
    wide = {}
    with browser_page(browser, published_server, **PHONE) as page:
        for kind, path in PAGE_TYPES.items():
            page.goto(f"{published_server}/{LANGS[lang]}{path}")
            # on a phone a too wide page also widens the layout viewport (innerWidth) to its own width
            width, inner = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
            if width > inner or inner > 360:
                wide[kind] = width
    assert wide == {}


# Targets that stand on their own, not words in a sentence: a paragraph's number and its language links, a
# note's way back to its mark.
OWN_TARGETS = "article :is(a.para-num, .para-langs a, a.note-back)"


@pytest.mark.parametrize("path", ["results/", "ru/introduction/", "en/introduction/"])
def test_a_finger_can_hit_the_paragraph_links_on_a_phone(browser, published_server, path):
    """WCAG 2.5.8 (target size, minimum): each at least 24 x 24 CSS px."""
    with browser_page(browser, published_server, **PHONE) as page:
        page.goto(f"{published_server}/{path}")
        boxes = page.eval_on_selector_all(
            OWN_TARGETS,
            "els => els.map(e => { const r = e.getBoundingClientRect(); return [e.className || e.textContent,"
            " r.width, r.height]; })",
        )
        assert len(boxes) > 10
        small = [box for box in boxes if box[1] < 24 or box[2] < 24]
        assert small == []


@pytest.mark.parametrize("path", ["ru/results/", "en/introduction/", "en/article/"])
def test_parallel_view_on_a_phone_stacks_the_original_under_its_translation(browser, published_server, path):
    with browser_page(browser, published_server, **PHONE) as page:
        page.goto(f"{published_server}/{path}")
        page.locator("label.parallel-label").click()
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth && window.innerWidth == 360")
        paragraphs = page.locator("article p.para")
        count = paragraphs.count()
        assert count > 5
        for i in (0, count // 2, count - 1):
            para = paragraphs.nth(i)
            pid = para.get_attribute("id")
            orig = page.locator(f"#{pid} + .para-orig")
            orig.scroll_into_view_if_needed()
            assert orig.is_visible() and orig.get_attribute("lang") == "kk"
            a, b = para.bounding_box(), orig.bounding_box()
            assert b["y"] >= a["y"] + a["height"] - 1, pid  # below the translation, not beside it
            for box in (a, b):
                assert box["x"] >= 0 and box["x"] + box["width"] <= 360, (pid, box)
            assert b["width"] >= 0.8 * a["width"], pid  # not squeezed into a column
            size = page.evaluate("el => parseFloat(getComputedStyle(el).fontSize)", orig.element_handle())
            assert size >= 12


def test_a_malformed_fragment_breaks_nothing(browser, published_server):
    with browser_page(browser, published_server, **DESKTOP) as page:
        errors = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(f"{published_server}/en/results/#results-%E0%A4", wait_until="networkidle")
        assert errors == []
        assert page.locator('a.md-select__link[hreflang="kk"]').get_attribute("href") == "../../results/"
