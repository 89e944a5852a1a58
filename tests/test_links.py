"""No broken internal link or anchor on any page of any language (scripts/linkcheck.py): citations, back links,
paragraph and page anchors, language switchers, canonical links, the sitemap and the search indexes."""

from __future__ import annotations

from pathlib import Path

import linkcheck
import pytest


def page(body: str, head: str = "", switcher: dict | None = None) -> str:
    links = "".join(
        f'<a href="{href}" hreflang="{lang}" class="md-select__link">{lang}</a>'
        for lang, href in (switcher or {}).items()
    )
    return f"<!doctype html>\n<html><head>{head}</head>\n<body>\n<nav>{links}</nav>\n{body}\n</body></html>\n"


@pytest.fixture
def broken_site(tmp_path) -> Path:
    """A tiny two-language site served under http://ex.org/ed/, with one problem of every kind."""
    site = tmp_path / "site"
    files = {
        "index.html": page(
            '<p><a href="results/">Results</a></p>',
            '<link rel="canonical" href="http://ex.org/ed/">',
            {"kk": "./", "ru": "ru/"},
        ),
        "results/index.html": page(
            '<p id="results-1"><a class="pb" id="p1250" href="#p1250">|1250|</a> text\n'
            '<a class="cite" href="../references/#ref-a">A</a>\n'
            '<a class="cite" href="../references/#ref-missing">B</a>\n'
            '<a href="../nowhere/">gone</a>\n'
            '<a href="#p9999">page</a>\n'
            '<a href="https://doi.org/10.1/x">doi</a> <a href="mailto:a@b.c">mail</a>\n'
            '<a href="http://ex.org/ed/results/#results-1">cite this</a>\n'
            '<a href="http://ex.org/ed/results/#results-2">cite that</a></p>',
            '<link rel="canonical" href="http://ex.org/ed/results/">',
            {"kk": "./", "ru": "../ru/results/"},
        ),
        "references/index.html": page(
            '<div id="ref-a"><a class="backlink" href="../results/#results-1">1</a>'
            '<a class="backlink" href="../results/#results-7">7</a></div>',
            '<link rel="canonical" href="http://ex.org/ed/references/">',
            {"kk": "./", "ru": "../ru/references/"},
        ),
        "ru/index.html": page("<p>ru</p>", "", {"kk": "../", "ru": "./"}),
        "ru/references/index.html": page("<p>ru</p>", "", {"kk": "../../references/", "ru": "./"}),
        "ru/results/index.html": page(
            '<p id="results-1">ru</p>',
            '<link rel="alternate" href="../../results/" hreflang="kk">',
            {"kk": "../../", "ru": "./"},
        ),
        "404.html": page('<p><a href="/ed/">home</a></p>', "", {"kk": "/ed/results/", "ru": "/ed/ru/"}),
        "assets/edition.css": "",
        "sitemap.xml": (
            '<?xml version="1.0" encoding="UTF-8"?>\n<urlset>\n'
            "<url><loc>http://ex.org/ed/results/</loc></url>\n"
            "<url><loc>http://ex.org/ed/gone/</loc></url>\n"
            "<url><loc>None./</loc></url>\n</urlset>\n"
        ),
        "search/search_index.json": (
            '{"docs": [{"location": "results/#results-1"}, {"location": "results/#results-99"}]}'
        ),
        "ru/search/search_index.json": '{"docs": [{"location": "results/#results-1"}, {"location": ""}]}',
    }
    for name, text in files.items():
        (site / name).parent.mkdir(parents=True, exist_ok=True)
        (site / name).write_text(text, encoding="utf-8")
    return site


def test_every_kind_of_broken_link_is_found_and_located(broken_site):
    found = {(p.path, p.line, p.message.split(":")[0].split(" '")[0]) for p in linkcheck.check(broken_site)}
    assert found == {
        ("results/index.html", 7, "broken anchor"),  # ../references/#ref-missing
        ("results/index.html", 8, "broken link"),  # ../nowhere/
        ("results/index.html", 9, "broken anchor"),  # #p9999
        ("results/index.html", 12, "broken anchor"),  # own absolute address, missing paragraph
        ("references/index.html", 5, "broken anchor"),  # back link to #results-7
        ("ru/results/index.html", 4, "language link"),  # the switcher goes home, not to the section
        ("404.html", 4, "language link"),  # a language's home page, not a section
        ("sitemap.xml", 4, "broken link"),
        ("sitemap.xml", 5, "'None./' is not an address on the site (http"),
        ("search/search_index.json", 1, "search result broken anchor"),
    }


def test_main_prints_located_problems_and_fails(broken_site, capsys):
    assert linkcheck.main([str(broken_site)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert "results/index.html:8:1: broken link '../nowhere/': no page or file at /nowhere/" in out
    assert len(out) == 10


def test_main_on_a_missing_site(tmp_path, capsys):
    assert linkcheck.main([str(tmp_path / "nothing")]) == 2
    assert "no built site" in capsys.readouterr().err


@pytest.mark.site
def test_the_edition_has_no_broken_links(real_site):
    site = linkcheck.Site(real_site)
    assert linkcheck.language_roots(site) == {"kk": "", "ru": "ru/", "en": "en/"}
    assert (real_site / "sitemap.xml").is_file() and site.site_url
    problems = linkcheck.check(real_site)
    if problems:
        pytest.fail(f"{len(problems)} broken link(s):\n" + "\n".join(map(str, problems)), pytrace=False)
