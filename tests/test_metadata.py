"""Metadata that describes one article the same way on every page: references for indexers without
placeholders (edition/metadata.py), the title's language as the metadata's language, a description in the
page's language, absolute hreflang alternates with x-default, robots.txt naming the sitemap."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup

from conftest import LANGS, PAGES
from edition import locales, metadata
from edition.bibliography import parse

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = yaml.safe_load((ROOT / "source/article.yml").read_text(encoding="utf-8"))
KK, RU, EN = (locales.get(c) for c in LANGS)
PLACEHOLDERS = [loc.title_unknown for loc in (KK, RU, EN)]
CYRILLIC = re.compile(r"[\u0400-\u04FF]")

BIB = r"""
@book{kritsman1926, author = {Крицман, Л. Н.}, author-latn = {Kritsman, L. N.},
  title = {Героический период великой русской революции},
  title-latn = {Geroicheskii period velikoi russkoi revoliutsii},
  title-en = {The Heroic Period of the Great Russian Revolution}, address = {Москва}, address-en = {Moscow},
  publisher = {Госиздат}, publisher-latn = {Gosizdat}, year = {1926}, langid = {russian}, status = {identified}}
@misc{argunov1918, author = {Аргунов, А.}, author-latn = {Argunov, A.}, year = {1918}, langid = {russian},
  status = {unidentified}}
@misc{abylgozhin-nd, author = {Абылгожин}, author-latn = {Abylgozhin}, langid = {russian}, status = {unidentified}}
@misc{istoriyakp2023, shorttitle = {История Коммунистической}, shorttitle-latn = {Istoriia Kommunisticheskoi},
  year = {2023}, langid = {russian}, status = {unidentified}}
@article{stalin-letter, author = {Сталин, И. В.}, author-latn = {Stalin, I. V.}, title = {О некоторых вопросах},
  title-latn = {O nekotorykh voprosakh}, journal = {Пролетарская революция},
  journal-latn = {Proletarskaia revoliutsiia},
  langid = {russian}, status = {identified}}
@book{marx1955, author = {Маркс, К. and others}, author-latn = {Marx, K. and others}, year = {1955},
  title = {Сочинения}, title-latn = {Sochineniia}, title-en = {Works}, langid = {russian}, status = {identified}}
@book{edited, editor = {Иванов, И. И.}, title = {Сборник {\"a}}, year = {2000}, langid = {russian},
  status = {identified}}
@book{two, author = {Бранденбергер, Д.}, author-latn = {Brandenberger, D.}, title = {Национал-большевизм},
  title-latn = {Natsional-bolshevizm}, title-en = {National Bolshevism}, subtitle = {сталинская культура},
  subtitle-latn = {stalinskaia kultura}, subtitle-en = {Stalinist Culture}, address = {Санкт-Петербург},
  address-en = {Saint Petersburg}, publisher = {Академический проект and ДНК},
  publisher-latn = {Akademicheskii proekt and DNK}, year = {2009}, langid = {russian}, status = {identified}}
"""


def ref(key, loc):
    bib, _ = parse(BIB, "t.bib")
    return metadata.reference(bib.entries[key], loc)


@pytest.mark.parametrize(
    "key,loc,expected",
    [
        ("kritsman1926", RU, "Крицман, Л. Н. (1926). Героический период великой русской революции. Москва: Госиздат."),
        (
            "kritsman1926",
            EN,
            "Kritsman, L. N. (1926). Geroicheskii period velikoi russkoi revoliutsii"
            " [The Heroic Period of the Great Russian Revolution]. Moscow: Gosizdat.",
        ),
        ("argunov1918", KK, "Аргунов, А. (1918)."),  # title unknown: author and year, nothing else
        ("argunov1918", EN, "Argunov, A. (1918)."),
        ("abylgozhin-nd", KK, "Абылгожин."),
        ("istoriyakp2023", RU, "История Коммунистической (2023)."),  # known only by its opening words
        ("istoriyakp2023", EN, "Istoriia Kommunisticheskoi (2023)."),
        ("stalin-letter", EN, "Stalin, I. V. O nekotorykh voprosakh. Proletarskaia revoliutsiia."),
        ("marx1955", RU, "Маркс, К. и др. (1955). Сочинения."),
        ("edited", KK, "Иванов, И. И. (2000). Сборник ä."),  # editors stand for missing authors; LaTeX decoded
    ],
)
def test_reference_for_metadata_gives_only_what_is_known(key, loc, expected):
    assert ref(key, loc) == expected


def test_a_reference_joins_two_publishers_as_apa_does_and_keeps_the_subtitle_in_every_script():
    """The .bib writes two publishers as a list ('Академический проект and ДНК'): metadata joins them with '; ', as
    APA 7 does, not with the list's 'and'; the romanized title keeps its subtitle, as the original-script one does
    (it was 'Natsional-bolshevizm [National Bolshevism]' beside 'Национал-большевизм: сталинская …')."""
    assert ref("two", RU) == (
        "Бранденбергер, Д. (2009). Национал-большевизм: сталинская культура."
        " Санкт-Петербург: Академический проект; ДНК."
    )
    assert ref("two", EN) == (
        "Brandenberger, D. (2009). Natsional-bolshevizm: stalinskaia kultura [National Bolshevism: Stalinist Culture]."
        " Saint Petersburg: Akademicheskii proekt; DNK."
    )


def test_a_romanized_page_never_shows_cyrillic_it_has_no_romanization_for():
    assert ref("edited", EN) == "(2000)."  # no author-latn, no title-latn: only the year is known in Latin script


def soup(site, path):
    return BeautifulSoup((site / path).read_text(encoding="utf-8"), "html.parser")


def page_path(lang, page):
    return f"{LANGS[lang]}{'' if page == 'index' else page + '/'}index.html"


def meta(doc, name):
    return [m["content"] for m in doc.find_all("meta", attrs={"name": name})]


@pytest.mark.parametrize("lang", LANGS)
def test_citation_references_and_json_ld_have_no_placeholders(real_site, lang):
    for page in PAGES:
        doc = soup(real_site, page_path(lang, page))
        refs = meta(doc, "citation_reference")
        cited = json.loads(doc.find("script", type="application/ld+json").string)["citation"]
        assert refs == cited and len(refs) > 30
        for text in refs:
            assert not any(p in text for p in PLACEHOLDERS), text
            assert text.strip() and not text.startswith(".") and "()" not in text, text
        if lang == "en":
            assert not [t for t in refs if CYRILLIC.search(t)]
    unidentified = {"kk": "Аргунов, А. (1918).", "ru": "Аргунов, А. (1918).", "en": "Argunov, A. (1918)."}[lang]
    assert unidentified in refs


@pytest.mark.parametrize("lang", LANGS)
def test_the_article_is_kazakh_on_every_page_with_the_authors_title_of_the_page_language(real_site, lang):
    """The rule (README): the article's language is the original's everywhere; its title is the authors' own in
    the page's language, else the original's (the Russian title is the edition's translation)."""
    title_lang = "en" if lang == "en" else "kk"
    for page in PAGES:
        doc = soup(real_site, page_path(lang, page))
        assert meta(doc, "citation_title") == [ARTICLE["title"][title_lang]]
        assert meta(doc, "citation_language") == ["kk"] and meta(doc, "DC.language") == ["kk"]
        ld = json.loads(doc.find("script", type="application/ld+json").string)
        assert ld["name"] == ARTICLE["title"][title_lang] and ld["inLanguage"] == "kk"
        assert ("workTranslation" in ld) == (lang != "kk")  # a translated page says it is the edition's
        if lang != "kk":
            assert ld["workTranslation"]["inLanguage"] == lang and ld["workTranslation"]["url"] == ld["url"]


def test_description_is_the_authors_abstract_in_each_page_language(real_site):
    """Never a sentence about the website: the authors' abstract of the page's language, cut at a word."""
    descriptions = {}
    for lang in LANGS:
        found = {meta(soup(real_site, page_path(lang, page)), "description")[0] for page in PAGES}
        assert len(found) == 1, found  # one description per language
        descriptions[lang] = found.pop()
        abstract = meta(soup(real_site, page_path(lang, "index")), "citation_abstract")[0]
        assert abstract.startswith(descriptions[lang].rstrip("…")) and len(abstract) > 500
    assert descriptions["kk"].startswith("Мақалада кеңестік мемлекеттіліктің")
    assert descriptions["ru"].startswith("В статье проводится историко-критический анализ")
    assert descriptions["en"].startswith("Introduction. This article presents")
    for text in descriptions.values():
        assert "edition" not in text and "басылым" not in text and "издани" not in text


def test_hreflang_alternates_are_absolute_with_x_default(real_site):
    site_url = soup(real_site, "index.html").find("link", rel="canonical")["href"]
    assert site_url.startswith("http")
    for lang in LANGS:
        for page in PAGES:
            doc = soup(real_site, page_path(lang, page))
            links = {
                link["hreflang"]: link["href"]
                for link in doc.head.find_all("link", rel="alternate")
                if link.get("hreflang")
            }
            assert len(doc.head.find_all("link", hreflang=True)) == 4
            assert set(links) == {"kk", "ru", "en", "x-default"}
            suffix = "" if page == "index" else page + "/"
            assert links == {
                "kk": f"{site_url}{suffix}",
                "ru": f"{site_url}ru/{suffix}",
                "en": f"{site_url}en/{suffix}",
                "x-default": f"{site_url}{suffix}",
            }
            assert links[lang] == doc.find("link", rel="canonical")["href"]
    assert soup(real_site, "404.html").head.find_all("link", hreflang=True) == []


def test_robots_txt_names_the_sitemap(real_site):
    site_url = soup(real_site, "index.html").find("link", rel="canonical")["href"]
    robots = (real_site / "robots.txt").read_text(encoding="utf-8")
    assert f"Sitemap: {site_url}sitemap.xml" in robots.splitlines()
    assert "Disallow: /" not in robots.splitlines()
