"""The edition itself, built once: the Kazakh text is the source word for word, every citation and
back link resolves, every translated page is aligned with the original and says it is a translation."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup
from test_fidelity import FORMS, word_diff

from conftest import LANGS, PAGES, soup
from edition import source as st
from edition.alignment import compare

pytestmark = pytest.mark.site

ROOT = Path(__file__).resolve().parent.parent
BODY = ["introduction", "methods", "discussion", "results", "conclusion"]
CITATIONS = yaml.safe_load((ROOT / "source/citations.yml").read_text(encoding="utf-8"))
GLOSSARY = yaml.safe_load((ROOT / "source/glossary.yml").read_text(encoding="utf-8"))
TERMS = yaml.safe_load((ROOT / "source/terms.yml").read_text(encoding="utf-8")) or []
NOTES = yaml.safe_load((ROOT / "source/notes.yml").read_text(encoding="utf-8")) or []
KAZAKH_ONLY = re.compile(r"[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")


def paragraphs(doc: BeautifulSoup):
    return doc.select("article p.para")


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("lang", LANGS)
def test_every_page_exists_in_every_language_with_its_lang(real_site, lang, page):
    assert soup(real_site, lang, page).html["lang"] == lang


@pytest.mark.parametrize("lang", LANGS)
def test_the_language_selector_names_each_language_in_it_and_marks_the_pages_own(real_site, lang):
    for page in PAGES:
        links = soup(real_site, lang, page).select("a.md-select__link")
        assert [a["hreflang"] for a in links] == list(LANGS), page
        assert all(a.get("lang") == a["hreflang"] for a in links), page  # "Қазақша" read as Kazakh
        assert [a["hreflang"] for a in links if a.get("aria-current") == "page"] == [lang], page


@pytest.mark.parametrize("lang", LANGS)
def test_heading_links_are_titled_in_the_pages_language(real_site, lang):
    from edition import locales

    expected, seen = locales.get(lang).permalink_title, 0
    for page in PAGES:
        titles = [a.get("title") for a in soup(real_site, lang, page).select("a.headerlink")]
        assert set(titles) <= {expected}, (page, titles)
        seen += len(titles)
    assert seen


@pytest.mark.parametrize("lang", LANGS)
def test_the_browsers_title_joins_page_and_site_by_the_languages_dash(real_site, lang):
    """ "Результаты — Есқалиев и Айтенов 2025: научное издание", "Results – Eskaliev and Aitenov 2025: …": the
    locale's `title_sep`, never Material's hyphen (" - "), which Russian and Kazakh typography do not use as a dash."""
    from edition import locales

    sep, joined = locales.get(lang).title_sep, 0
    assert "-" not in sep
    for page in PAGES:
        title = soup(real_site, lang, page).title.get_text()
        assert " - " not in title, (page, title)
        joined += sep in title
    assert joined >= len(PAGES) - 1  # the home page's title is the site's name alone


@pytest.mark.parametrize("slug", BODY)
def test_built_kazakh_text_is_the_source(real_site, slug):
    """Built HTML, marks removed, citations back in their printed form, emendations back to the source
    reading: equals the source section with only its layout normalized."""
    doc = soup(real_site, "kk", slug)
    heading = next(s[2] for s in st.SECTIONS if s[0] == slug)
    texts = [heading]
    for p in paragraphs(doc):
        items = [c for c in CITATIONS if c["where"] == p["id"]]
        for a in p.select("a.para-num, span.para-langs, a.pb, sup.qk, a.note-ref"):
            a.decompose()
        for span in p.select("span.emendation"):
            span.replace_with(span["data-source"])
        for span in p.select("span.citation"):
            span.replace_with(FORMS[items.pop(0)["n"]])
        assert not items, f"{p['id']}: citations missing in the built page"
        texts.append(p.get_text())
    got = re.sub(r"\s+", " ", " ".join(texts)).strip()
    expected = st.normalize(st.part(slug, st.load_source(ROOT)))
    assert got == expected, word_diff(expected, got)


def test_every_citation_links_to_an_entry_and_back(real_site):
    for lang in LANGS:
        refs = soup(real_site, lang, "references")
        cited = 0
        for page in BODY:
            doc = soup(real_site, lang, page)
            for a in doc.select("a.cite"):
                cited += 1
                ref_id = a["href"].split("#")[1]
                assert a["href"] == f"../references/#{ref_id}"
                entry = refs.find(id=ref_id)
                assert entry is not None, (lang, page, ref_id)
                backs = [b["href"] for b in entry.select("a.backlink")]
                assert f"../{page}/#{a['id']}" in backs
                assert a.get("title")
        assert cited == sum(len(c["cites"]) for c in CITATIONS), lang


def test_every_entry_is_cited_listed_and_marked(real_site):
    from pybtex.database import parse_file

    keys = set(parse_file(str(ROOT / "bibliography.bib")).entries.keys())
    for lang in LANGS:
        refs = soup(real_site, lang, "references")
        listed = {d["id"][4:] for d in refs.select("div.ref")}
        assert listed == {k for k in keys}, lang
        for entry in refs.select("div.ref"):
            status = entry.select_one(".ref-status")
            assert status and status.select_one(".status-label").get_text(strip=True), entry["id"]
            assert entry.select("a.backlink"), entry["id"]


@pytest.mark.parametrize("lang", LANGS)
def test_ten_print_pages_in_order(real_site, lang):
    ids = [a["id"] for page in BODY for a in soup(real_site, lang, page).select("a.pb")]
    assert ids == [f"p{n}" for n in range(1247, 1257)]


@pytest.mark.parametrize("page", BODY)
@pytest.mark.parametrize("lang", ["ru", "en"])
def test_translation_notice_links_to_the_kazakh_section(real_site, lang, page):
    doc = soup(real_site, lang, page)
    notice = doc.select_one("article .translation-notice")
    assert notice is not None
    first = doc.select_one("article h1").find_next_sibling()
    assert first is notice  # near the top: right under the heading
    assert notice.a["href"] == f"../../{page}/"
    assert notice.a["hreflang"] == "kk"


@pytest.mark.parametrize("page", BODY)
@pytest.mark.parametrize("lang", ["ru", "en"])
def test_translation_aligned_with_original(lang, page):
    original = (ROOT / "docs" / f"{page}.md").read_text(encoding="utf-8")
    translation = (ROOT / "docs" / f"{page}.{lang}.md").read_text(encoding="utf-8")
    problems = compare(original, translation, f"docs/{page}.md", f"docs/{page}.{lang}.md")
    assert [str(p) for p in problems] == []


@pytest.mark.parametrize("page", BODY)
@pytest.mark.parametrize("lang", ["ru", "en"])
def test_no_kazakh_letters_in_translations(real_site, lang, page):
    for p in paragraphs(soup(real_site, lang, page)):
        for span in p.select("span.citation"):
            span.decompose()
        assert not KAZAKH_ONLY.search(p.get_text()), (p["id"], KAZAKH_ONLY.findall(p.get_text()))


def test_glossary_terms_are_used_in_translations(real_site):
    """A glossary term in a Kazakh paragraph appears (as one of its accepted stems) in each translation."""
    missing = []
    kk = {p["id"]: p.get_text() for page in BODY for p in paragraphs(soup(real_site, "kk", page))}
    for lang in ("ru", "en"):
        # the built text's no-break spaces (edition/typography.py) are spaces to the terms' patterns
        tr = {
            p["id"]: p.get_text().lower().replace("\u00a0", " ")
            for page in BODY
            for p in paragraphs(soup(real_site, lang, page))
        }
        for term in GLOSSARY:
            pattern = re.compile(term["kk"], re.I)
            for pid, text in kk.items():
                if pattern.search(text) and not any(re.search(r, tr[pid], re.I) for r in term[lang]):
                    missing.append(f"{lang} {pid}: {term['kk']!r} -> none of {term[lang]}")
    assert missing == []


def test_russian_title_is_labelled_as_the_editions_translation(real_site):
    text = soup(real_site, "ru", "index").select_one("article").get_text()
    # «перевод» or «переведено»: the notice says the title is the edition's translation
    assert re.search(r"заглавие переведено для настоящего издания|перевод издания", text.replace("\u00a0", " "))


# how each language writes a day (the test's own table, not the engine's Babel)
MONTHS = {
    "kk": "қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан".split(),
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(),
    "en": "January February March April May June July August September October November December".split(),
}
# (Russian binds the year to its "г." with a no-break space: edition/typography.py)
WRITTEN = {"kk": "{y} жылғы {d} {m}", "ru": "{d} {m} {y}\u00a0г.", "en": "{d} {m} {y}"}


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("lang", LANGS)
def test_every_page_shows_its_publication_and_last_correction(real_site, lang, page):
    """The log's first record is the publication; a page names a later date only as its last correction, and
    every date is written as the page's language writes it."""
    import datetime

    log = yaml.safe_load((ROOT / "source/corrections.yml").read_text(encoding="utf-8"))
    dates = sorted(str(r["date"]) for r in log)
    line = soup(real_site, lang, page).select_one("article .last-corrected")
    assert line is not None
    times = line.select("time")
    assert times[0]["datetime"] == dates[0] and len(times) <= 2
    assert all(t["datetime"] in dates and t["datetime"] > dates[0] for t in times[1:])
    for t in times:
        day = datetime.date.fromisoformat(t["datetime"])
        assert t.get_text() == WRITTEN[lang].format(y=day.year, d=day.day, m=MONTHS[lang][day.month - 1])
    if len(dates) == 1:
        assert len(times) == 1  # published, never corrected: no "last corrected" that is the publication


@pytest.mark.parametrize("lang", LANGS)
def test_corrections_page_lists_the_log(real_site, lang):
    log = yaml.safe_load((ROOT / "source/corrections.yml").read_text(encoding="utf-8"))
    rows = soup(real_site, lang, "corrections").select("table.corrections tbody tr")
    assert len(rows) == len(log)


@pytest.mark.parametrize("lang", LANGS)
def test_glossary_page_lists_every_term_and_is_searchable(real_site, lang):
    import json

    doc = soup(real_site, lang, "glossary")
    assert doc.select_one("article h1").get_text().strip()
    entries = {dt["id"]: dt for dt in doc.select("article dl.glossary dt")}
    assert set(entries) == {f"term-{t['id']}" for t in TERMS}
    for term in TERMS:
        dt = entries[f"term-{term['id']}"]
        assert dt.dfn["lang"] == lang and dt.dfn.get_text() == term[lang]
        forms = dt.find_next_sibling("dd", class_="term-forms")
        assert {span["lang"]: span.get_text() for span in forms.select("span[lang]")} == {
            code: term[code] for code in LANGS if code != lang
        }
    index = json.loads((real_site / LANGS[lang] / "search/search_index.json").read_text(encoding="utf-8"))
    assert "glossary/" in {d["location"] for d in index["docs"]}


@pytest.mark.parametrize("lang", LANGS)
def test_terms_link_once_per_page_to_their_glossary_entry(real_site, lang):
    glossary = soup(real_site, lang, "glossary")
    for page in BODY:
        links = soup(real_site, lang, page).select("article a.term")
        hrefs = [a["href"] for a in links]
        assert len(hrefs) == len(set(hrefs)), page  # the first occurrence only
        for a in links:
            assert a["href"].startswith("../glossary/#term-") and a.get("title"), (page, a)
            assert glossary.find(id=a["href"].split("#")[1]) is not None
            assert a.find_parent(["h1", "h2", "h3", "a", "code"]) is None and a.find_parent(class_="citation") is None


@pytest.mark.parametrize("lang", LANGS)
def test_notes_are_numbered_and_link_to_their_text_and_back(real_site, lang):
    marked = set()
    for page in BODY:
        doc = soup(real_site, lang, page)
        marks = doc.select("article a.note-ref")
        assert [m.get_text() for m in marks] == [str(n) for n in range(1, len(marks) + 1)], page
        for mark in marks:
            note = doc.find(id=mark["href"][1:])
            assert note is not None and note.name == "li" and note.find_parent(class_="notes"), (page, mark)
            assert note.select_one("a.note-back")["href"] == f"#{mark['id']}"
            # the note's text, with no label repeated before it (the list's heading names the notes)
            # (the tooltip, an attribute, has plain spaces where the shown text has no-break ones)
            shown = note.get_text(" ", strip=True).removesuffix(" ↩").strip().replace("\u00a0", " ")
            assert mark["title"].endswith(shown)
            marked.add(mark["href"][len("#note-") :])
    assert marked == {n["id"] for n in NOTES}
    about = soup(real_site, lang, "about").select("article table.notes tbody tr")
    assert len(about) == len(NOTES)
