"""A small trilingual fixture edition built end to end with MkDocs: assertions on the HTML it writes."""

from __future__ import annotations

import json
import re

import pytest
from bs4 import BeautifulSoup

from conftest import MINI, copy_fixture, mkdocs_build

pytestmark = pytest.mark.site


def page(site, path):
    return BeautifulSoup((site / path).read_text(encoding="utf-8"), "html.parser")


def test_languages_live_at_their_roots_with_lang(mini_site):
    assert page(mini_site, "index.html").html["lang"] == "kk"
    assert page(mini_site, "ru/index.html").html["lang"] == "ru"
    assert page(mini_site, "en/index.html").html["lang"] == "en"


def test_kazakh_interface_strings(mini_site):
    html = (mini_site / "introduction/index.html").read_text(encoding="utf-8")
    assert "Іздеу" in html and "Мазмұнға өту" in html


def test_citation_links_and_back_links_resolve(mini_site):
    for root in ("", "ru/", "en/"):
        intro = page(mini_site, f"{root}introduction/index.html")
        refs = page(mini_site, f"{root}references/index.html")
        cites = intro.select("a.cite")
        assert len(cites) == 4
        for a in cites:
            target = a["href"]
            assert target.startswith("../references/#ref-")
            assert refs.find(id=target.split("#")[1]) is not None
            assert a.get("title")  # the plain-text reference, for readers without JavaScript
        for back in refs.select("a.backlink"):
            assert back["href"].startswith("../introduction/#cite-")
            assert intro.find(id=back["href"].split("#")[1]) is not None


def test_english_labels_are_romanized(mini_site):
    labels = [a.get_text() for a in page(mini_site, "en/introduction/index.html").select("a.cite")]
    assert labels == ["Kritsman, 1926: 148", "Omarbekov, 2003: 502", "Abylgozhin: 267", "Kritsman, 1926"]
    kk = [a.get_text() for a in page(mini_site, "introduction/index.html").select("a.cite")]
    assert kk == ["Крицман, 1926: 148", "Омарбеков, 2003: 502", "Абылгожин: 267", "Крицман, 1926"]


def test_bib_html_is_escaped_everywhere(mini_site):
    for path in mini_site.rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        assert "<script>alert(1)</script>" not in text, path
    refs = page(mini_site, "references/index.html")
    assert "<script>alert(1)</script>" in refs.find(id="ref-omarbekov2003").get_text()


def test_left_alone_text_survives(mini_site):
    text = page(mini_site, "introduction/index.html").get_text()
    assert "[@notacitation]" in text and "a@b.kz" in text and "[қазақша]" in text


def test_paragraph_and_page_anchors(mini_site):
    intro = page(mini_site, "introduction/index.html")
    p = intro.find(id="intro-2")
    assert p.name == "p" and "para" in p["class"]
    assert p.select_one("a.para-num")["href"] == "#intro-2"
    assert intro.find(id="p1247").get_text() == "|1247|"


def test_heading_ids_keep_cyrillic(mini_site):
    h1 = page(mini_site, "introduction/index.html").find("h1")
    assert h1.get("id") in (None, "кіріспе") or not h1.get("id", "").startswith("_")
    for h in page(mini_site, "introduction/index.html").select("h2[id], h3[id]"):
        assert not re.fullmatch(r"_\d+", h["id"])


def test_no_third_party_requests(mini_site):
    for path in mini_site.rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        assert "fonts.googleapis" not in text and "fonts.gstatic" not in text, path
        for url in re.findall(r'(?:src|href)="(https?://[^"]+)"', text):
            assert url.startswith("https://doi.org/") or "squidfunk" in url or "mkdocs.org" in url, (path, url)


def test_one_search_index_per_language_in_plain_utf8(mini_site):
    for root, lang in (("", "edition-kk"), ("ru/", "edition-ru"), ("en/", "edition-en")):
        raw = (mini_site / root / "search/search_index.json").read_text(encoding="utf-8")
        assert "\\u04" not in raw and "\\u043" not in raw
        index = json.loads(raw)
        assert index["config"]["lang"] == [lang]
        assert "stemmer" in index["config"]["pipeline"]  # Kazakh too: the edition's stemmer
        locations = [d["location"] for d in index["docs"]]
        assert not any(loc.startswith(("ru/", "en/")) for loc in locations)
        assert "introduction/#intro-1" in locations  # results point at the paragraph
    kk = json.loads((mini_site / "search/search_index.json").read_text(encoding="utf-8"))
    assert all("Введение" not in d["title"] for d in kk["docs"])


def test_search_points_at_the_language_root(mini_site):
    def base(path):
        cfg = json.loads(page(mini_site, path).find(id="__config").string)
        return cfg["base"]

    assert base("introduction/index.html") == ".."
    assert base("ru/introduction/index.html") == "../../ru/"
    assert base("en/index.html") == "../en/"


def test_language_switcher_keeps_the_section(mini_site):
    links = {
        a.get("hreflang"): a["href"]
        for a in page(mini_site, "ru/introduction/index.html").select("a.md-select__link[hreflang]")
    }
    assert links.get("kk", "").rstrip("/").endswith("introduction")
    assert links.get("en", "").rstrip("/").endswith("en/introduction")


def test_a_failed_build_writes_nothing_and_lists_every_problem(tmp_path):
    proj = copy_fixture(MINI, tmp_path / "proj")
    intro = proj / "docs" / "introduction.md"
    intro.write_text(
        intro.read_text(encoding="utf-8")
        .replace("kritsman1926, 148", "kritsman1962, 148")
        .replace("[@kritsman1926]", "[@kritsman1926"),
        encoding="utf-8",
    )
    (proj / "docs" / "introduction.en.md").unlink()
    site = tmp_path / "site"
    result = mkdocs_build(proj / "mkdocs.yml", site)
    assert result.returncode != 0
    err = result.stdout + result.stderr
    assert (
        "docs/introduction.md:3:" in err and "unknown citation key 'kritsman1962' (did you mean 'kritsman1926'?)" in err
    )
    assert "unterminated citation" in err
    assert "page 'introduction' is missing in language 'en'" in err
    assert "Traceback" not in err
    assert not site.exists() or not any(site.rglob("*.html"))
