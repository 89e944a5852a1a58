"""No-break spaces where a line must not break (scripts/edition/typography.py, locales/typography.yml): each rule of
each language on strings, what the HTML pass leaves alone, and the built site (its text has them; its links, ids,
metadata, downloads and search index do not)."""

from __future__ import annotations

import json
import re

import pytest

from conftest import LANGS
from edition import locales, typography

RULES = typography.load()
N = "\u00a0"


def shown(s: str) -> str:
    return s.replace(N, "_")


# (language, text as written, text as set: "_" is a no-break space)
CASES = [
    # initials: before the surname, between themselves, with or without a space between them
    ("ru", "вождь В. И. Ленин писал", "вождь В._И._Ленин писал"),
    ("ru", "под редакцией Е. М. Ярославского", "под редакцией Е._М._Ярославского"),
    ("ru", "историк И. Сталин", "историк И._Сталин"),
    ("kk", "Е.М. Ярославцев редакциясымен", "Е.М._Ярославцев редакциясымен"),
    ("kk", "В.И. Ленин", "В.И._Ленин"),
    ("en", "V. I. Lenin wrote", "V._I._Lenin wrote"),
    ("en", "by J. Stalin and E. M. Yaroslavsky", "by J._Stalin and E._M._Yaroslavsky"),
    ("en", "Iu. S. Borisov and Zh. Absemetova, Kh. Popov", "Iu._S._Borisov and Zh._Absemetova, Kh._Popov"),
    ("en", "in Ufa. The", "in Ufa. The"),  # a short word that ends a sentence is no initial
    ("ru", "Сталин И. В. Вопросы", "Сталин И._В._Вопросы"),  # surname first: the initials stay together
    ("ru", "в СССР. Ленин", "в_СССР. Ленин"),  # a word's last capital is no initial
    ("ru", "XX в. Ленин", "XX_в. Ленин"),  # nor is a lowercase abbreviation
    # a number and the abbreviation after it
    ("ru", "в 1918 г. было", "в_1918_г. было"),
    ("ru", "в 1917–1918 гг.", "в_1917–1918_гг."),
    ("ru", "25–30 тыс. человек", "25–30_тыс. человек"),
    ("ru", "XX в. и XIX вв.", "XX_в. и_XIX_вв."),
    ("ru", "1918 года", "1918 года"),  # a word, not the abbreviation г.
    ("ru", "5 млн рублей, 5 млнх", "5_млн рублей, 5 млнх"),
    ("kk", "1918 ж. қаңтарда", "1918_ж. қаңтарда"),
    ("kk", "1925–1950 жж. аралығында", "1925–1950_жж. аралығында"),
    ("kk", "1918 жылы", "1918 жылы"),
    ("kk", "XX ғ. басында", "XX_ғ. басында"),
    ("kk", "ХХ ғ. басында", "ХХ_ғ. басында"),  # the source's Cyrillic Х
    ("en", "oktiabr 1917 g. – ianvar", "oktiabr 1917_g._– ianvar"),  # the romanized Russian г.
    ("en", "in 1918 г. no", "in 1918 г. no"),  # the Russian abbreviations are not English rules
    ("en", "MAXI g. and XX g.", "MAXI g. and XX_g."),  # Roman numerals that end a longer word are no number
    ("ru", "в 5X г. и X5 г.", "в_5X г. и_X5_г."),  # the number is what stands right before the space
    # an abbreviation or sign and the number after it
    ("ru", "№ 5, с. 25, т. 2, С. 129–150, Т. 3", "№_5, с._25, т._2, С._129–150, Т._3"),
    ("ru", "вып. 4", "вып._4"),
    ("kk", "№ 7, б. 25, т. 2", "№_7, б._25, т._2"),
    ("en", "pp. 10–25, p. 3, vol. 2, no. 4, ¶ 5", "pp._10–25, p._3, vol._2, no._4, ¶_5"),
    ("en", "with p. aside", "with p. aside"),  # not before a number
    ("ru", "т. е. не", "т._е. не"),
    # abbreviations written with a space inside
    ("ru", "и т. д. и т. п.", "и_т._д. и_т._п."),
    ("ru", "Маркс и др.", "Маркс и_др."),
    # GOST's bracketed abbreviations (rev-bib7: the Russian PDF broke «[Б. / м.]»), Russian on every page
    ("ru", "– [Б. м.] : Наука, а не [б. и.]", "– [Б._м.] : Наука, а_не [б._и.]"),
    ("kk", "«[Б. м.]» және «[б. и.]», Маркс [и др.]", "«[Б._м.]» және «[б._и.]», Маркс [и_др.]"),
    ("en", "GOST writes «[Б. м.]» and «[б. и.]», Маркс [и др.]", "GOST writes «[Б._м.]» and «[б._и.]», Маркс [и_др.]"),
    # a spaced dash goes with the word before it; a range has no spaces and is left alone
    ("ru", "Партия — это отряд", "Партия_— это отряд"),
    ("kk", "Партия — бұл", "Партия_— бұл"),
    ("en", "the party – a vanguard – led", "the party_– a vanguard_– led"),
    ("en", "1918–1920", "1918–1920"),
    ("ru", "1918–1920", "1918–1920"),
    # one-letter prepositions and conjunctions (Russian only), in either case
    ("ru", "В Москве и Петрограде, а также к ним", "В_Москве и_Петрограде, а_также к_ним"),
    ("ru", "о «Правде» у (них)", "о_«Правде» у_(них)"),
    ("ru", "из-за и-краткого", "из-за и-краткого"),  # inside a word, not a word
    ("kk", "а және", "а және"),  # Kazakh binds no short words
    ("en", "a man and I went", "a man and I went"),  # nor does English
]


@pytest.mark.parametrize(("lang", "written", "expected"), CASES, ids=[f"{c[0]}:{c[1]}" for c in CASES])
def test_rule(lang, written, expected):
    assert shown(typography.text(written, RULES[lang])) == expected


def test_every_language_has_rules():
    assert set(RULES) == {p.stem for p in locales.LOCALES_DIR.glob("*.yml") if p.stem != "typography"}


def test_only_spaces_change():
    """Nothing but a space ever becomes a no-break space: the letters stay as written (Е.М. keeps no space)."""
    for lang, written, _ in CASES:
        got = typography.text(written, RULES[lang])
        assert len(got) == len(written)
        assert all(a == b or (a == " " and b == N) for a, b in zip(written, got, strict=True))


def test_html_leaves_markup_alone():
    page = (
        '<p id="В. И. Ленин">В. И. <a class="term" href="../x/#В. И. Ленин" title="В. И. Ленин, 1918 г.">'
        "Ленин</a> в 1918 <em>г.</em> <code>В. И. Ленин</code></p>\n<pre>1918 г.</pre>"
        '<script type="application/ld+json">{"name": "В. И. Ленин"}</script>&#91;1918 г.&#93;'
    )
    got = typography.html(page, "ru", RULES)
    assert shown(got) == (
        '<p id="В. И. Ленин">В._И._<a class="term" href="../x/#В. И. Ленин" title="В. И. Ленин, 1918 г.">'
        "Ленин</a> в_1918_<em>г.</em> <code>В. И. Ленин</code></p>\n<pre>1918 г.</pre>"
        '<script type="application/ld+json">{"name": "В. И. Ленин"}</script>&#91;1918_г.&#93;'
    )


def test_html_by_language_of_each_part():
    """The Kazakh original beside a Russian translation is set by the Kazakh rules, the page by the Russian."""
    page = (
        '<p>а в 1918 ж.</p><div class="para-orig" lang="kk"><div><p>а в 1918 ж.</p></div>'
        "<p>а 1918 ж.</p></div><p>а в</p>"
    )
    assert shown(typography.html(page, "ru", RULES)) == (
        '<p>а_в_1918 ж.</p><div class="para-orig" lang="kk"><div><p>а в 1918_ж.</p></div>'
        "<p>а 1918_ж.</p></div><p>а_в</p>"
    )


def test_html_number_through_tags():
    """A number and the word after it are bound through inline tags, not through a paragraph's end."""
    page = "<p>в <b>1918</b> <i>г.</i>, <em>XX</em> в.</p><p>1918</p> г."
    assert shown(typography.html(page, "ru", RULES)) == "<p>в_<b>1918</b>_<i>г.</i>, <em>XX</em>_в.</p><p>1918</p> г."


def test_html_never_across_a_paragraph():
    assert typography.html("<p>В.</p><p>И. Ленин</p>", "ru", RULES) == f"<p>В.</p><p>И.{N}Ленин</p>"
    assert typography.html("<li>1918</li><li>г.</li>", "ru", RULES) == "<li>1918</li><li>г.</li>"


def test_unknown_rule_is_named(tmp_path):
    bad = tmp_path / "typography.yml"
    bad.write_text("ru:\n  initals: true\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"'ru' has unknown rules \['initals'\]"):
        typography.load(bad)


# -- the built edition ------------------------------------------------------------------------------------------


def _page(site, lang, page) -> str:
    return (site / LANGS[lang] / ("" if page == "index" else page) / "index.html").read_text(encoding="utf-8")


@pytest.mark.site
def test_built_text_has_them(real_site):
    ru = _page(real_site, "ru", "results")
    assert f"В.{N}И.{N}Ленин" in ru
    assert f"Е.{N}М.{N}Ярославцева" in ru
    prose = re.sub(r"<[^>]*>", "", re.sub(r"<head>.*?</head>|<script\b.*?</script>", "", ru, flags=re.S))
    assert f"1918{N}г." in prose and "1918 г." not in prose
    assert f"Е.М.{N}Ярославцев" in _page(real_site, "kk", "results")
    assert f"V.{N}I.{N}Lenin" in _page(real_site, "en", "results")
    # the bibliography and the notes as shown
    assert re.search(rf"[сС]\.{N}\d", _page(real_site, "ru", "references"))


@pytest.mark.site
def test_built_markup_and_metadata_have_none(real_site):
    """No no-break space in a tag (hrefs, ids, titles, meta), in JSON-LD, or in the downloads and search indexes:
    a reference manager must not save U+00A0 in an author's name, and search must find the plain words."""
    for path in real_site.rglob("*"):
        if not path.is_file() or path.suffix in {".pdf", ".png", ".jpg", ".woff2", ".ico", ".gz"}:
            continue
        text = path.read_text(encoding="utf-8", errors="ignore")
        if path.suffix == ".html":
            assert not re.search(rf"<[^>]*{N}[^>]*>", text), path
            for block in re.findall(r"<script\b[^>]*>.*?</script>|<head>.*?</head>", text, re.S):
                assert N not in block, path
        elif path.name != "search_index.json":
            assert N not in text, path
    for index in real_site.rglob("search_index.json"):
        docs = json.loads(index.read_text(encoding="utf-8"))["docs"]
        assert not any(N in d["text"] or N in d["title"] for d in docs), index
