"""A reader's first visit (issue 20): every section page links to the key to its marks, the key explains every
kind of mark the pages carry, each mark has an accessible name or a title, the navigation is grouped (the
article / the edition) in each language, and on a phone the content begins in the first screen."""

from __future__ import annotations

import re
from urllib.parse import urljoin

import pytest

from conftest import LANGS, PAGE_TYPES, ROOT, browser_page, soup
from edition import locales
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
PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}


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


# where each page type's content begins: a paragraph of the text, an entry of the list, the key, the abstract
# under the article's title, the first correction's text
FIRST = {
    "abstract": "article h2 ~ p",
    "section": "article p.para",
    "references": "article .ref",
    "glossary": "article .glossary dd",
    "about": "#how-to-read",
    "corrections": "article table.corrections tbody td[data-label]",
    "article": "article h2 ~ p",
}


@pytest.mark.browser
@pytest.mark.parametrize("lang", LANGS)
def test_on_a_phone_the_content_begins_in_the_first_screen(browser, published_server, lang):
    """At 390 x 844 every page type's content starts within the first screen, three lines of it at least:
    notices, legends and the title do not fill it (the whole article's notice stands over its Introduction)."""
    assert set(FIRST) == set(PAGE_TYPES)
    with browser_page(browser, published_server, **PHONE) as page:
        for kind, path in PAGE_TYPES.items():
            page.goto(f"{published_server}/{LANGS[lang]}{path}")
            top = page.locator(FIRST[kind]).first.bounding_box()["y"]
            assert top < 844 - 3 * 24, (kind, top)


@pytest.mark.browser
@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
@pytest.mark.parametrize("lang", LANGS)
def test_on_a_phone_no_page_scrolls_sideways(browser, published_server, lang, javascript):
    """Nothing runs past a 390 px screen's right edge, with JavaScript or without (the language list, folded,
    once did: 24-28 px of sideways scroll on every page without JavaScript)."""
    with browser_page(browser, published_server, java_script_enabled=javascript, **PHONE) as page:
        for kind, path in PAGE_TYPES.items():
            page.goto(f"{published_server}/{LANGS[lang]}{path}")
            wide = page.evaluate("[document.scrollingElement.scrollWidth, window.innerWidth]")
            assert wide[0] <= wide[1], (kind, wide)


@pytest.mark.browser
@pytest.mark.parametrize("lang", LANGS)
def test_on_a_phone_the_site_name_is_read_whole(browser, published_server, lang):
    """The header's site name is not cut short: it wraps onto a second line inside the header."""
    with browser_page(browser, published_server, **PHONE) as page:
        page.goto(f"{published_server}/{LANGS[lang]}results/")
        name = page.locator(".md-header__topic:first-child .md-ellipsis")
        size = name.evaluate("e => [e.scrollWidth, e.clientWidth, e.scrollHeight, e.clientHeight]")
        assert size[0] <= size[1] and size[2] <= size[3], size
        box, header = name.bounding_box(), page.locator(".md-header").bounding_box()
        assert box["y"] >= header["y"] and box["y"] + box["height"] <= header["y"] + header["height"]
        sep = locales.get(lang).title_sep  # the browser's title: "<page> — <site>"
        assert name.inner_text().strip() == page.evaluate("document.title").split(sep)[-1].strip()


@pytest.mark.browser
@pytest.mark.parametrize("lang", LANGS)
def test_on_a_phone_each_correction_reads_as_a_labelled_record(browser, published_server, lang):
    """The corrections table at 390 px: a row is a record, its date and place on a line, then what changed and
    why, each under its column's name (the header row's words) and across the width, one under the other."""
    with browser_page(browser, published_server, **PHONE) as page:
        page.goto(f"{published_server}/{LANGS[lang]}corrections/")
        heads = page.locator("table.corrections thead th").all_inner_texts()
        assert len(heads) == 4
        rows = page.locator("table.corrections tbody tr").evaluate_all(ROWS)  # one call for every row
        assert len(rows) > 10
        for cells in rows:
            date, place, what, why = (cell[:4] for cell in cells)  # x, y, width, height
            assert [cell[4] for cell in cells[2:]] == [f'"{heads[2]}"', f'"{heads[3]}"'], cells
            assert abs(date[1] - place[1]) < 2 and place[0] > date[0] + date[2]
            assert what[1] >= date[1] + date[3] - 1 and why[1] >= what[1] + what[3] - 1
            assert min(what[2], why[2]) > 300 and why[0] + why[2] <= 390


# each row's cells: their boxes (x, y, width, height) and the label their ::before shows
ROWS = """rows => rows.map(r => [...r.querySelectorAll('td')].map(c => { const b = c.getBoundingClientRect();
  return [b.x, b.y, b.width, b.height, getComputedStyle(c, '::before').content] }))"""


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
    with browser_page(browser, real_server, permissions=["clipboard-read", "clipboard-write"], **PHONE) as page:
        page.goto(f"{real_server}/ru/results/")
        page.locator("#results-1 a.para-num").click()
        page.locator(".md-dialog--active").wait_for(timeout=5000)
        # which paragraph's citation (Material's "Copied to clipboard" said not what; a phone shows no tooltip)
        assert page.locator(".md-dialog").inner_text() == locales.get("ru").cite_paragraph_copied.format(n=1)
        copied = page.evaluate("navigator.clipboard.readText()")
        assert "results-1" in copied
        # GOST's date of access after the URL, the reader's date (edition.js)
        assert re.search(r"#results-1 \(дата обращения: \d\d\.\d\d\.\d{4}\)\.$", copied), copied


@pytest.mark.parametrize("lang", LANGS)
def test_each_glossary_entry_and_each_note_is_a_search_result_of_its_own(real_site, lang):
    """The search finds a term at its entry and a note at its row (each an address of its own), not the whole
    Glossary or About page as one result as long as the list on a phone; the reference list alike."""
    import json

    from test_search_kk import ask

    index = json.loads((real_site / LANGS[lang] / "search" / "search_index.json").read_text(encoding="utf-8"))
    docs = {d["location"]: d for d in index["docs"]}
    terms = soup(real_site, lang, "glossary").select("article .glossary dt[id]")
    notes = soup(real_site, lang, "about").select("article table.notes tr[id]")
    works = soup(real_site, lang, "references").select("article .ref[id]")
    assert len(terms) > 40 and len(notes) > 20 and len(works) > 30
    for dt in terms:
        doc = docs[f"glossary/#{dt['id']}"]
        assert doc["title"] == dt.get_text(" ", strip=True) and len(doc["text"]) > len(doc["title"]) + 20
    for row in notes:
        note = row.select("td")[1].get_text(" ", strip=True)
        # the index keeps the built text's no-break spaces (edition/typography.py) as plain spaces
        tail = note[-40:].replace("&", "&amp;").replace("<", "&lt;").replace("\u00a0", " ")
        assert docs[f"about/#{row['id']}"]["text"].replace("\u00a0", " ").endswith(tail)
    for work in works:
        assert f"references/#{work['id']}" in docs
    longest = max(len(d["text"]) for loc, d in docs.items() if loc.split("#")[0] in ("glossary/", "references/"))
    # one document per page was 15 000 to 25 000 characters; the longest now is the English References notice on
    # how the list was made (~3 500: it also explains the romanization and which titles are translated), a result
    # of its own
    assert longest < 4000, longest
    # the search itself (Material's worker): a term's name finds its entry
    name = terms[1].get_text(" ", strip=True)
    results = ask(real_site, LANGS[lang], [name])["results"][name]
    assert f"glossary/#{terms[1]['id']}" in [r["location"] for r in results]


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_the_whole_articles_translation_notice_stands_over_its_introduction(real_site, lang):
    """On the whole-article page the notice that the body is the edition's translation heads the body (the
    Introduction), not the page: the abstract above it is the authors' own, and the title comes first."""
    doc = soup(real_site, lang, "article")
    notice = doc.select_one("article .translation-notice")
    heading = notice.find_previous_sibling()
    assert heading.name == "h2" and heading.get_text() == soup(real_site, lang, "introduction").h1.get_text()
    assert doc.select_one("article h1").find_next_sibling()["class"] == ["marks-key"]
    assert notice.sourceline < doc.select_one("article p.para").sourceline


@pytest.mark.parametrize("lang", LANGS)
def test_the_abstract_page_links_to_the_key_to_its_marks(real_site, lang):
    """The abstract carries marks (terms, emendations): like a section page it links to their key."""
    doc = soup(real_site, lang, "index")
    assert doc.select_one("article a.term, article span.emendation") is not None
    link = doc.select_one("article h1").find_next_sibling()
    assert link["class"] == ["marks-key"] and link.a["href"].endswith("about/#how-to-read")
