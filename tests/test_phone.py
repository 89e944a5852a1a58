"""A phone reader's findings (390 x 844): tooltips that leave the word they explain in sight, a 404 page in the
reader's language, the whole article told from the abstract at first glance, a parallel-view switch that says
what it does at the reader's width, the "cite this" tabs and the drawer's title whole, marks a finger can tap,
"back to top" on one line, and a search result's page title that opens its page with the words found marked."""

from __future__ import annotations

import re

import pytest
from test_phone_first_reading import highlighted, phone_search

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


@pytest.mark.parametrize("lang", LANGS)
def test_on_a_phone_the_key_says_what_each_pilcrow_means(browser, published_server, lang):
    """Followed from a section page, the key opens at its heading, the heading's ¶ in sight: the key says what
    that ¶ is (its title's words: the heading's address) and what the ¶ of a place such as "Results ¶ 12" is.
    The Kazakh key said neither, and the others said only that ¶ stands for "paragraph"."""
    loc = words(lang)
    with browser_page(browser, published_server, **PHONE) as page:
        page.goto(f"{published_server}/{LANGS[lang]}results/")
        page.locator("article p.marks-key a").tap()
        page.wait_for_url("**/about/#how-to-read")
        pilcrow = page.locator("#how-to-read .headerlink")
        assert pilcrow.inner_text() == loc.paragraph_sign
        # in sight, once the theme's fade-in has run (read at once, it was caught at 0.98 of the way)
        page.wait_for_function(
            "() => getComputedStyle(document.querySelector('#how-to-read .headerlink')).opacity === '1'", timeout=5000
        )
        key = page.locator("#how-to-read ~ ul").first.inner_text().replace("\xa0", " ")
        assert pilcrow.get_attribute("title").casefold() in key.casefold(), key[:400]
        assert re.search(rf"\w+ {loc.paragraph_sign} 12\b", key), key[:400]


# a tap d px beside the mark's middle reaches it, or a mark of the same kinds that stands next to it (a † and a
# note's number side by side: "основе»†¹"): each takes the taps on its own side
TAP = """(e, d) => { const r = e.getClientRects()[0], x = (r.left + r.right) / 2, y = (r.top + r.bottom) / 2;
  return [[x - d, y], [x + d, y], [x, y - d], [x, y + d]].map(([a, b]) => {
    const hit = document.elementFromPoint(a, b); if (!hit) return false;
    if (hit === e || e.contains(hit)) return true;
    const n = hit.closest("sup.qk, a.note-ref"); if (!n || n === e) return false;
    const q = n.getClientRects()[0];
    return Math.abs((q.left + q.right) / 2 - x) < 2 * d && Math.abs(q.top - r.top) < d }) }"""


# TAP for each element in turn, scrolled to 400 px from the top first: the elements a tap misses (at its middle
# alone when d is 0), in one call to the browser (one call per element made the test the suite's slowest)
EACH_TAP = f"""(all, d) => {{ const tap = {TAP}; return all.flatMap(e => {{
  window.scrollBy(0, e.getBoundingClientRect().top - 400); const hits = tap(e, d);
  return (d ? hits.every(Boolean) : hits[0]) ? [] : [e.outerHTML.slice(0, 80)] }}) }}"""


@pytest.mark.parametrize("lang", LANGS)
def test_on_a_phone_a_dagger_or_a_note_number_is_a_finger_wide(browser, published_server, lang):
    """The key says "on a phone, tap … a †": a † was 7 px wide, a note's number 9 px, and a print page's |1250|
    (its explanation on a tap too) 18 px tall. A finger's tap 11 px beside any of them (a 22 px target, WCAG
    2.5.8 asks 24) reaches it, and the citations and terms beside them still take a tap at their middle."""
    with browser_page(browser, published_server, **PHONE) as page:
        page.goto(f"{published_server}/{LANGS[lang]}results/")
        marks = page.locator("article p.para :is(sup.qk, a.note-ref)")
        assert marks.count() >= 10
        assert marks.evaluate_all(EACH_TAP, 11) == []  # each brought to the screen's middle, then tapped beside
        pages = page.locator("article p.para a.pb")
        assert pages.count() >= 5
        assert pages.evaluate_all(EACH_TAP, 11) == []
        assert page.locator("article p.para :is(a.cite, a.term)").evaluate_all(EACH_TAP, 0) == []


@pytest.mark.parametrize("lang", [lang for lang in LANGS if LANGS[lang]])
def test_about_names_the_parallel_switch_by_the_words_a_phone_shows(browser, published_server, lang):
    """About tells where to tick to see the Kazakh original: on a phone the box reads otherwise than on a wide
    screen, and About (the translation's and the Kazakh one) quoted only the wide screen's words."""
    with browser_page(browser, published_server, **PHONE) as page:
        page.goto(f"{published_server}/{LANGS[lang]}results/")
        shown = page.locator("label.parallel-label span:visible").inner_text().replace("\xa0", " ").strip()
        for about in (f"{LANGS[lang]}about/", "about/"):
            page.goto(f"{published_server}/{about}")
            assert shown in page.locator("article").inner_text().replace("\xa0", " "), (about, shown)


# a kind of mark in the text, and its sample in the key (About #how-to-read): found by its text, or by its class
SAMPLES = {
    "span.para-langs a": r"^[a-z]{2} [a-z]{2}$",
    "a.note-ref": r"^1$",
    "sup.qk": r"^†$",
    "a.term": ".key-term",
    "a.cite": ".key-cite",
}
# how a mark looks: colour, the line under it, raised or not (of a sample, its innermost element: the [ ] of a
# citation's sample are not the link)
LOOK = """(e, sample) => { if (sample) e = [...e.querySelectorAll('*')].pop() || e; const c = getComputedStyle(e);
  return [c.color, c.textDecorationLine, c.textDecorationStyle, !!(e.closest('sup') || e.querySelector('sup'))] }"""


@pytest.mark.parametrize("lang", LANGS)
def test_on_a_phone_the_key_draws_each_mark_as_the_text_does(browser, published_server, lang):
    """A reader matches a mark to its line of the key by its look. The samples of "kk ru" and of a note's
    number were grey and not underlined (the marks: blue links), the † sat on the line (the mark: raised)."""
    with browser_page(browser, published_server, **PHONE) as page:
        page.goto(f"{published_server}/{LANGS[lang]}results/")
        marks = {kind: page.locator(f"article p.para {kind}").first for kind in SAMPLES}
        marks = {kind: mark.evaluate(LOOK, False) for kind, mark in marks.items() if mark.count()}
        assert len(marks) >= len(SAMPLES) - (lang == "kk")  # no † in the original
        page.goto(f"{published_server}/{LANGS[lang]}about/")
        samples = page.locator("#how-to-read ~ ul").first.locator("li > :is(.key-sample, .key-mark):first-child")
        for kind, look in marks.items():
            if SAMPLES[kind].startswith("."):
                sample = samples.and_(page.locator(SAMPLES[kind]))
            else:
                sample = samples.filter(has_text=re.compile(SAMPLES[kind]))
            assert sample.count() == 1, kind
            assert sample.evaluate(LOOK, True) == look, kind


def rgba(css: str) -> tuple[float, ...]:
    r, g, b, *a = (float(n) for n in re.findall(r"[\d.]+", css))
    return r, g, b, a[0] if a else 1.0


def contrast(fg: str, bg: str) -> float:
    """WCAG's contrast of a colour (with its alpha) drawn over an opaque one."""
    (*f, alpha), (*b, _) = rgba(fg), rgba(bg)
    mixed = [alpha * x + (1 - alpha) * y for x, y in zip(f, b, strict=True)]

    def lum(rgb):
        c = [v / 255 for v in rgb]
        c = [v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4 for v in c]
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]

    hi, lo = sorted((lum(mixed), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.mark.parametrize("lang", LANGS)
def test_on_a_phone_the_cite_panels_copy_button_is_in_sight(browser, published_server, lang):
    """A phone has no hover: Material's copy button of a "cite this" text stood at 7 % grey (1.2:1) until one
    hovered it. It stands at 3:1 at least against the code's background (WCAG 1.4.11), and its tap copies."""
    with browser_page(browser, published_server, permissions=["clipboard-read", "clipboard-write"], **PHONE) as page:
        page.goto(f"{published_server}/{LANGS[lang]}results/")
        block = page.locator(".cite-this .tabbed-block").first
        button = block.locator("button[data-md-type=copy]")
        button.scroll_into_view_if_needed()
        colour = button.evaluate("e => getComputedStyle(e).color")
        ground = block.locator("pre > code").evaluate("e => getComputedStyle(e).backgroundColor")
        assert contrast(colour, ground) >= 3, (colour, ground)
        button.tap()
        copied = page.evaluate("navigator.clipboard.readText()")
        assert copied.strip() == block.locator("pre > code").inner_text().strip()


TABLET = {"viewport": {"width": 768, "height": 1024}, "is_mobile": True, "has_touch": True}


@pytest.mark.parametrize("screen", [PHONE, SIDEWAYS, TABLET, DESKTOP], ids=["upright", "sideways", "tablet", "desktop"])
def test_each_paragraphs_number_and_languages_stand_whole_on_the_screen(browser, published_server, screen):
    """A phone turned sideways (844 px) or a tablet set the paragraph numbers in a margin the page has not at
    that width: they were cut at the screen's left edge; and the paragraph's other languages appeared on hover
    alone, which a touch screen has not. Every number and language link stands whole on the screen, and on a
    touch screen in sight."""
    width = screen["viewport"]["width"]
    with browser_page(browser, published_server, **screen) as page:
        page.goto(f"{published_server}/en/results/")
        links = page.locator("article p.para > a.para-num, article p.para > .para-langs a")
        found = links.evaluate_all(
            """all => all.map(e => { const r = e.getBoundingClientRect();
              return [e.textContent, r.left, r.right, getComputedStyle(e.closest('.para-langs') || e).opacity] })"""
        )
        assert len(found) > 60
        for text, left, right, opacity in found:
            assert 0 <= left and right <= width, (text, left, right)
            if screen.get("has_touch"):
                assert opacity == "1", text


@pytest.mark.parametrize("lang", LANGS)
def test_on_a_phone_a_terms_first_tap_explains_it_and_the_second_opens_the_glossary(browser, published_server, lang):
    """A phone has no hover: a tap on a term went straight to the Glossary, and its explanation could not be read
    in place. The first tap shows it (as a pointer's hover does), the second follows the link; a mouse's click
    still follows it at once."""
    with browser_page(browser, published_server, **PHONE) as page:
        page.goto(f"{published_server}/{LANGS[lang]}results/")
        term = page.locator("article p.para a.term").first
        title, href = term.get_attribute("title"), term.get_attribute("href")
        term.evaluate("e => window.scrollBy(0, e.getBoundingClientRect().top - 400)")
        term.tap()
        page.locator(TIP).wait_for(timeout=3000)
        assert page.locator(TIP).inner_text() == title
        assert page.url.endswith(f"/{LANGS[lang]}results/")
        term.tap()
        page.wait_for_url(f"**/glossary/{href.split('/')[-1]}", timeout=5000)
    with browser_page(browser, published_server, **DESKTOP) as page:
        page.goto(f"{published_server}/{LANGS[lang]}results/")
        page.locator("article p.para a.term").first.click()
        page.wait_for_url(f"**/glossary/{href.split('/')[-1]}", timeout=5000)


# the lines an element's text stands on (its words' boxes, by their tops)
LINES = """e => { const tops = new Set(), walk = document.createTreeWalker(e, NodeFilter.SHOW_TEXT);
  for (let n = walk.nextNode(); n; n = walk.nextNode()) { const r = document.createRange(); r.selectNodeContents(n);
    for (const b of r.getClientRects()) if (b.width > 1) tops.add(Math.round(b.top)) }
  return tops.size }"""


@pytest.mark.parametrize("lang", LANGS)
def test_on_a_phone_back_to_top_stands_on_one_line(browser, published_server, lang):
    """Scrolled back up, a reader gets Material's "back to top" button: the Kazakh "Беттің басына оралу" went on
    two lines (a fixed box centred on the screen is at most half of it wide), a pill 59 px tall. One line, as
    the Russian and English ones."""
    with browser_page(browser, published_server, **PHONE) as page:
        page.goto(f"{published_server}/{LANGS[lang]}results/")
        page.evaluate("scrollTo(0, 3000)")
        page.wait_for_function("scrollY >= 3000", timeout=3000)
        page.evaluate("scrollBy(0, -200)")  # up: the button shows
        button = page.locator(".md-top:not([hidden])")
        button.wait_for(timeout=3000)
        assert button.inner_text().strip()
        assert button.evaluate(LINES) == 1, (button.inner_text(), button.bounding_box())


# a word of the text (the Kazakh typed without Kazakh letters): the pages that have it only in their sections
# (paragraphs, glossary entries, notes), not in their own entry, head those sections' results
HEADED = {"kk": "укиметтин", "ru": "партийного", "en": "commissariats"}


@pytest.mark.parametrize("lang", LANGS)
def test_on_a_phone_a_results_page_title_opens_its_page_with_the_words_found_marked(browser, published_server, lang):
    """The biggest thing to tap in a search result is its page's title. Where the page's own text had not the
    word (only its sections had: a paragraph, a glossary entry), Material gave the title's link no words to mark
    (?h= empty), and the page opened with nothing marked. It asks for the words its sections found."""
    with browser_page(browser, published_server, **PHONE) as page:
        hrefs = phone_search(page, published_server, LANGS[lang], HEADED[lang])
        assert [h for h in hrefs if not highlighted(h)] == []
        heads = page.locator(".md-search-result__item > a:has(article[data-md-score='0.00'])")
        assert heads.count() >= 1  # a page that matched only in its sections
        href = heads.first.get_attribute("href")
        heads.first.tap()
        page.wait_for_url(href.split("#")[0], timeout=5000)
        page.locator("article mark[data-md-highlight]").first.wait_for(timeout=5000)


@pytest.mark.parametrize("lang", LANGS)
def test_on_a_phone_a_print_pages_first_tap_explains_it_where_it_stands(browser, published_server, lang):
    """A tap on a print page's |1250| to learn what it is showed its explanation and also followed its link: the
    line read jumped to the top of the screen. The first tap explains it where it stands, as a term's does; the
    second goes to it (its address, #p1250)."""
    with browser_page(browser, published_server, **PHONE) as page:
        page.goto(f"{published_server}/{LANGS[lang]}results/")
        mark = page.locator("article p.para a.pb").first
        title, href = mark.get_attribute("title"), mark.get_attribute("href")
        mark.evaluate("e => window.scrollBy(0, e.getBoundingClientRect().top - 400)")
        before = mark.bounding_box()["y"]
        mark.tap()
        page.locator(TIP).wait_for(timeout=3000)
        assert page.locator(TIP).inner_text() == title
        assert page.url.endswith(f"/{LANGS[lang]}results/") and abs(mark.bounding_box()["y"] - before) < 1
        mark.tap()
        page.wait_for_url(f"**/{LANGS[lang]}results/{href}", timeout=5000)
