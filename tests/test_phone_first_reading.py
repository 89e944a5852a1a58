"""A first-time reader on a phone (390 x 844), in Kazakh, then Russian and English: the key says each thing once,
the search answers with the text, not with the "cite this" box of every page, finds a year and a word in Latin
letters, a correction found by the search reads as its row, and a download's name is not broken at its hyphen."""

from __future__ import annotations

import re
from urllib.parse import unquote_plus

import pytest

from conftest import LANGS, browser_page
from edition import locales

pytestmark = [pytest.mark.site, pytest.mark.browser]
PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True, "device_scale_factor": 3}


def words(lang: str):
    loc, problems = locales.load(lang)
    assert problems == []
    return loc


def phone_search(page, server: str, root: str, query: str) -> list[str]:
    """Types the query as a phone's reader does: the header's search button, then the box; the hrefs of the
    results' links (each result's own and the sections folded under it)."""
    page.goto(f"{server}/{root}")
    page.locator(".md-header label.md-header__button[for=__search]").tap()
    box = page.locator("input.md-search__input")
    box.wait_for(state="visible")
    box.fill(query)  # edition.js: a phone's input alone searches
    page.locator(".md-search-result__item").first.wait_for(timeout=15000)
    return [a.get_attribute("href") for a in page.locator(".md-search-result__item a").all()]


def repeated_run(text: str, n: int = 7) -> str | None:
    """The first run of n words that stands twice in the text, or None."""
    tokens = re.findall(r"\w+|¶", text.casefold())
    seen = set()
    for i in range(len(tokens) - n + 1):
        run = " ".join(tokens[i : i + n])
        if run in seen:
            return run
        seen.add(run)
    return None


@pytest.mark.parametrize("lang", LANGS)
def test_on_a_phone_each_line_of_the_key_says_each_thing_once(browser, published_server, lang):
    """The Kazakh key's line for the paragraph number said twice over that ¶ in "Results ¶ 12" means a
    paragraph (a merge kept two wordings of one sentence): a reader on a phone read it twice and looked for
    the difference."""
    with browser_page(browser, published_server, **PHONE) as page:
        page.goto(f"{published_server}/{LANGS[lang]}about/#how-to-read")
        lines = page.locator("#how-to-read ~ ul").first.locator(":scope > li").all_inner_texts()
        assert len(lines) >= 8
        for line in lines:
            assert repeated_run(line.replace("\xa0", " ")) is None, line


# a word of the article's title, in a form the title has not (the search finds it by its stem), and the second
# author's name: both stand in every page's "cite this" box
QUERIES = {"kk": ("мемлекеттілігін", "Айтенов"), "ru": ("государственности", "Айтенов"), "en": ("statehood", "Aitenov")}


@pytest.mark.parametrize("lang", LANGS)
def test_on_a_phone_the_search_answers_with_the_text_not_with_every_pages_cite_this(browser, published_server, lang):
    """A word of the article's title found the "cite this" box at the end of About, the Glossary, the
    References, the Corrections log and the abstract: five of the first six results the same box, the text's
    own paragraphs under them. The box is left out of the search (Material's data-search-exclude); About's
    "How to cite" still answers."""
    loc = words(lang)
    with browser_page(browser, published_server, **PHONE) as page:
        for n, query in enumerate(QUERIES[lang]):
            hrefs = phone_search(page, published_server, LANGS[lang], query)
            titles = page.locator(".md-search-result__item :is(h1, h2)").all_text_contents()
            assert hrefs and titles
            assert loc.cite_heading not in [t.replace("\xa0", " ").strip() for t in titles], (query, titles)
            if n == 0:  # a paragraph of the text answers
                assert any(re.search(r"#[a-z]+-\d+$", h) for h in hrefs), hrefs


TEXT = """e => [...e.querySelector('article').childNodes].filter(n => !/^H\\d$/.test(n.nodeName))
  .map(n => n.textContent).join('')"""


@pytest.mark.parametrize("lang", LANGS)
def test_on_a_phone_a_correction_found_by_the_search_reads_as_its_row(browser, published_server, lang):
    """The Corrections log was one search result whose text ran its table's cells together ("DateWhereWhat
    changedWhy7 December 2026the whole editionThe Russian…"). Each correction is a result of its own, opening at
    its row, its words apart."""
    loc = words(lang)
    with browser_page(browser, published_server, **PHONE) as page:
        phone_search(page, published_server, LANGS[lang], "Chicago")
        found = page.locator(".md-search-result__item a[href*='corrections/'][href*='#log-entry-']")
        assert found.count() >= 1
        # the result's text: its article without its title
        text = found.first.evaluate(TEXT).replace("\xa0", " ")
        assert "".join(loc.corrections_columns[:2]) not in text, text[:200]
        assert re.search(r"2026[^\W\d_]", text) is None, text[:200]  # the date ran into the place
        href = found.first.get_attribute("href")
        page.goto(href)
        row = page.locator(f"table.corrections tr#{href.split('#')[1].split('?')[0]}")
        assert row.count() == 1 and "Chicago" in row.inner_text()


@pytest.mark.parametrize("lang", LANGS)
def test_on_a_phone_a_downloads_name_stands_on_one_line(browser, published_server, lang):
    """Under "cite this", "CSL-JSON" broke at its hyphen at the end of the line ("CSL-" / "JSON"): a
    file's name that reads as two."""
    with browser_page(browser, published_server, **PHONE) as page:
        page.goto(f"{published_server}/{LANGS[lang]}results/")
        links = page.locator(".cite-this .cite-downloads a").all()
        assert len(links) == 3
        for link in links:
            assert link.evaluate("e => e.getClientRects().length") == 1, link.inner_text()


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("query", ["1917", "APA"])
def test_on_a_phone_the_search_finds_a_year_and_a_word_in_latin_letters(browser, published_server, lang, query):
    """A history student's first query is a year. The Kazakh and Russian search (lunr-languages' Russian
    trimmer) kept Cyrillic letters alone: «1917», APA, DOI or Chicago was trimmed to nothing and found no page,
    though the English search found them."""
    with browser_page(browser, published_server, **PHONE) as page:
        hrefs = phone_search(page, published_server, LANGS[lang], query)
        assert len(hrefs) >= 1
        # among the first results: Material searches the last word as a prefix too, so "APA" also finds "apart"
        # (a note of the References), which may rank first
        texts = [item.text_content() for item in page.locator(".md-search-result__item").all()[:3]]
        assert any(query in text for text in texts), texts


def choose_language(page, code: str) -> None:
    """The header's language button, then the language, tapped where it stands (a locator's tap scrolls the page
    to the link first, which a finger does not)."""
    page.locator(".md-header .md-select button").tap()
    box = page.locator(f".md-select__link[hreflang={code}]").bounding_box()
    page.touchscreen.tap(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)


IN_VIEW = """id => { const e = document.getElementById(id), r = e.getBoundingClientRect();
  return r.top >= document.querySelector('.md-header').getBoundingClientRect().bottom - 1 && r.top < innerHeight }"""


@pytest.mark.parametrize("lang", LANGS)
def test_on_a_phone_a_change_of_language_keeps_the_paragraph_read(browser, published_server, lang):
    """A reader scrolled down to a paragraph (the address has no #fragment) and changed the language at the
    header: the other language's page opened at its top, and the paragraph had to be found again. It opens at
    the paragraph read; from the top of a page, at the top."""
    other = next(code for code in LANGS if code != lang)
    with browser_page(browser, published_server, **PHONE) as page:
        page.goto(f"{published_server}/{LANGS[lang]}results/")
        # read, scrolled to: the paragraph 40 px under the header, the last line of the one before over it
        page.locator("#results-12").evaluate("e => scrollBy(0, e.getBoundingClientRect().top - 48 - 40)")
        choose_language(page, other)
        page.wait_for_url(f"{published_server}/{LANGS[other]}results/#results-12")
        page.wait_for_function(IN_VIEW, arg="results-12")
        page.goto(f"{published_server}/{LANGS[lang]}results/")
        choose_language(page, other)
        page.wait_for_url(f"{published_server}/{LANGS[other]}results/")
        assert page.evaluate("location.hash") == "" and page.evaluate("scrollY") == 0


def highlighted(href: str) -> set[str]:
    """The words a result's link asks its page to mark (?h=)."""
    query = href.split("?", 1)[1].split("#")[0] if "?" in href else ""
    return {w for part in query.split("&") if part.startswith("h=") for w in unquote_plus(part[2:]).split()}


def test_on_a_phone_a_possessive_finds_what_its_name_finds(browser, published_server):
    """On a phone's keyboard "Stalin's" is typed with an apostrophe, which the search splits off ("Stalin" and
    "s"): the "s", a prefix, found 295 results, every word in s, and the pages opened from them marked every
    such word. A one-letter word beside longer ones is left out: "Stalin's" finds what "Stalin" finds."""
    with browser_page(browser, published_server, **PHONE) as page:
        name = phone_search(page, published_server, "en/", "Stalin")
        possessive = phone_search(page, published_server, "en/", "Stalin's")
        assert 3 <= len(possessive) == len(name), (len(possessive), len(name))
        assert page.locator(".md-search-result__terms").count() == 0  # no result "Missing: s"
        marked = set().union(*(highlighted(h) for h in possessive))
        assert marked and all(w.startswith("stalin") for w in marked), sorted(marked)[:20]


# the parallel view's box and label (translations' section pages) and the link to the key: name and box
STACKED = """() => [...document.querySelectorAll('article :is(input.parallel-toggle, .parallel-label, .marks-key a)')]
  .map(e => { const r = e.getBoundingClientRect();
    return [e.className || e.textContent, r.top, r.bottom, r.left, r.right] })"""


@pytest.mark.parametrize("lang", LANGS)
def test_on_a_phone_the_parallel_switch_and_the_keys_link_are_each_a_finger_wide(browser, published_server, lang):
    """Over the first paragraph stood the parallel view's label and, 3 px under it, the link to the key, each
    19 px tall: a tap between them reached either. Each is 24 px tall (WCAG 2.5.8), the two apart, and the box
    stays beside its label (a taller Russian label once went under it)."""
    with browser_page(browser, published_server, **PHONE) as page:
        for path in ("results/", ""):
            page.goto(f"{published_server}/{LANGS[lang]}{path}")
            *switch, link = page.evaluate(STACKED)
            assert len(switch) == (2 if LANGS[lang] and path else 0), switch
            boxes = [*switch[1:], link]
            for name, top, bottom, _, _ in boxes:
                assert bottom - top >= 24, (name, top, bottom)
            for (_, _, above, _, _), (name, below, _, _, _) in zip(boxes, boxes[1:]):
                assert below >= above, (name, above, below)
            if switch:  # the box on the label's line(s), before it
                (_, top, bottom, _, right), (_, over, under, left, _) = switch
                assert over <= (top + bottom) / 2 <= under and right <= left, switch


@pytest.mark.parametrize("lang, query", [("kk", "Фицпатрик"), ("ru", "Фицпатрик"), ("en", "Fitzpatrick")])
def test_on_a_phone_a_word_before_a_notes_number_is_found_at_its_paragraph(browser, published_server, lang, query):
    """An editor's note's number ran into the word before it in the search's text ("Фицпатрик9"): the Kazakh
    search did not find the paragraph (Results ¶ 11) by the name, and every language's result showed the
    number glued to the word."""
    with browser_page(browser, published_server, **PHONE) as page:
        hrefs = phone_search(page, published_server, LANGS[lang], query)
        found = page.locator(
            ".md-search-result__item a[href$='results/#results-11'], "
            ".md-search-result__item a[href*='results/?'][href$='#results-11']"
        )
        assert found.count() >= 1, hrefs
        text = found.first.inner_text()
        assert query in text and re.search(rf"{query}\d", text) is None, text
