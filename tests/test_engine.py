"""Resolution, labels, reference lists and editors' errors, on small in-memory projects."""

from __future__ import annotations

import dataclasses
import datetime
import re
from pathlib import Path

import pytest
from babel.dates import format_date

from conftest import ARTICLE_YML as FIXTURE_ARTICLE
from conftest import ROOT
from edition import Project, bibschema, build, dates, labels, locales, references
from edition.bibliography import parse
from edition.styles import GostStyle, RomanizedStyle

KK, RU, EN = (locales.get(c) for c in ("kk", "ru", "en"))

BIB = r"""
@book{kritsman1926,
  author = {Крицман, Л. Н.}, author-latn = {Kritsman, L. N.},
  title = {Героический период великой русской революции},
  title-latn = {Geroicheskii period velikoi russkoi revoliutsii},
  title-en = {The heroic period of the great Russian revolution},
  address = {Москва}, address-en = {Moscow}, year = {1926}, langid = {russian}, status = {identified},
  note-kk = {kk}, note-ru = {ru}, note-en = {en}
}
@book{ayagan2014, shorttitle = {Смутное время}, shorttitle-latn = {Smutnoe vremia},
  title = {Смутное время}, title-latn = {Smutnoe vremia}, title-en = {Time of Troubles},
  year = {2014}, langid = {russian}, status = {identified}}
@misc{abylgozhin-nd, author = {Абылгожин}, author-latn = {Abylgozhin}, langid = {russian}, status = {unidentified}}
@book{marx1955, author = {Маркс, К. and others}, author-latn = {Marx, K. and others},
  title = {Сочинения}, title-latn = {Sochineniia}, title-en = {Works}, year = {1955}, langid = {russian},
  status = {identified}}
@book{omarbekov2003, author = {Омарбеков, Т.}, author-latn = {Omarbekov, T.}, title = {Тарих},
  title-latn = {Tarikh}, title-en = {History}, year = {2003}, langid = {kazakh}, status = {identified}}
"""


def project(tmp_path: Path, pages: dict, bib: str = BIB, emendations: str | None = None) -> Project:
    docs = tmp_path / "docs"
    docs.mkdir()
    for name, text in pages.items():
        (docs / name).write_text(text, encoding="utf-8")
    (tmp_path / "bibliography.bib").write_text(bib, encoding="utf-8")
    if emendations is not None:
        (tmp_path / "source").mkdir()
        (tmp_path / "source" / "emendations.yml").write_text(emendations, encoding="utf-8")
    return Project(root=tmp_path)


def trilingual(body_kk: str, body_ru: str | None = None, body_en: str | None = None) -> dict:
    return {
        "index.md": body_kk,
        "index.ru.md": body_ru or body_kk,
        "index.en.md": body_en or body_kk,
        "references.md": "# Әдебиеттер\n\n{bibliography}\n",
        "references.ru.md": "# Список литературы\n\n{bibliography}\n",
        "references.en.md": "# References\n\n{bibliography}\n",
    }


def messages(result):
    return [str(p) for p in result.problems if p.severity == "error"]


# -- labels: the journal's house style, from the bibliography ------------------------------------


def entry(key, text):
    bib, problems = parse(text, "t.bib")
    assert not [p for p in problems if "status" not in p.message]
    return bib.entries[key]


@pytest.mark.parametrize(
    "key,loc,lang,expected",
    [
        ("kritsman1926", "148", KK, "Крицман, 1926: 148"),
        ("kritsman1926", None, RU, "Крицман, 1926"),
        ("kritsman1926", "148", EN, "Kritsman, 1926: 148"),
        ("abylgozhin-nd", "267", KK, "Абылгожин: 267"),
        ("ayagan2014", "221", KK, "Смутное время, 2014: 221"),
        ("ayagan2014", "221", EN, "Smutnoe vremia, 2014: 221"),
        ("marx1955", "32", RU, "Маркс и др., 1955: 32"),
        ("marx1955", "32", KK, "Маркс и др., 1955: 32"),  # the work is Russian: the article prints «Маркс и другие»
        ("marx1955", "32", EN, "Marx et al., 1955: 32"),
        ("kritsman1926", "vol. 21, 189", KK, "Крицман, 1926, 21: 189"),
    ],
)
def test_labels(key, loc, lang, expected):
    e = entry(key, BIB)
    assert labels.with_locator(labels.author_year(e, lang), loc, lang) == expected


# -- styles ------------------------------------------------------------------------------------


def test_gost_book_in_original_script():
    text = GostStyle(RU).format_one(entry("kritsman1926", BIB)).render_as("text")
    assert text == ("Крицман, Л. Н. Героический период великой русской революции / Л. Н. Крицман. – Москва, 1926.")


def test_romanized_book_with_translation_and_language():
    text = RomanizedStyle(EN).format_one(entry("kritsman1926", BIB)).render_as("text")
    assert text == (
        "Kritsman L.N. (1926) Geroicheskii period velikoi russkoi revoliutsii"
        " [The heroic period of the great Russian revolution]. Moscow. [in Russian]"
    )


def test_unidentified_work_says_title_unknown_in_each_language():
    e = entry("abylgozhin-nd", BIB)
    assert GostStyle(KK).format_one(e).render_as("text") == "Абылгожин. [Атауы белгісіз]."
    assert RomanizedStyle(EN).format_one(e).render_as("text") == "Abylgozhin. [Title unknown]. [in Russian]"


EDITED = r"""
@book{omarbekov1999, author = {Омарбеков, Т.}, author-latn = {Omarbekov, T.},
  editor = {Иванов, А. Б.}, editor-latn = {Ivanov, A. B.}, title = {Тарих}, title-latn = {Tarikh},
  title-en = {History}, edition = {2-е изд.}, edition-latn = {2-e izd.}, address = {Алматы}, address-en = {Almaty},
  year = {1999}, series = {Серия}, series-latn = {Seriia}, pages = {100--120},
  langid = {russian}, status = {identified}}
@incollection{omarbekov2000, author = {Омарбеков, Т.}, author-latn = {Omarbekov, T.},
  editor = {Иванов, А. Б.}, editor-latn = {Ivanov, A. B.}, title = {Глава}, title-latn = {Glava},
  booktitle = {Сборник}, booktitle-latn = {Sbornik}, year = {2000}, pages = {7},
  langid = {russian}, status = {identified}}
@misc{report1930, author = {Крицман, Л.}, author-latn = {Kritsman, L.}, title = {Доклад}, title-latn = {Doklad},
  howpublished = {Рукопись}, howpublished-latn = {Rukopis}, number = {5}, series = {Архив}, series-latn = {Arkhiv},
  url = {https://example.org/doc}, year = {1930}, langid = {russian}, status = {identified}}
"""


def test_every_field_the_schema_allows_is_printed_in_both_styles():
    book = entry("omarbekov1999", EDITED)
    assert GostStyle(RU).format_one(book).render_as("text") == (
        "Омарбеков, Т. Тарих / Т. Омарбеков ; ред. А. Б. Иванов. – 2-е изд. – Алматы, 1999. – С. 100–120. – (Серия)."
    )
    assert RomanizedStyle(EN).format_one(book).render_as("text") == (
        "Omarbekov T. (1999) Tarikh [History]. Ed. by Ivanov A.B. 2-e izd. Almaty. pp. 100–120. (Seriia). [in Russian]"
    )
    chapter = entry("omarbekov2000", EDITED)
    assert GostStyle(KK).format_one(chapter).render_as("text") == (
        "Омарбеков, Т. Глава / Т. Омарбеков ; ред. А. Б. Иванов // Сборник. – 2000. – Б. 7."
    )
    assert RomanizedStyle(EN).format_one(chapter).render_as("text") == (
        "Omarbekov T. (2000) Glava. Ed. by Ivanov A.B. In: Sbornik. p. 7. [in Russian]"
    )
    report = entry("report1930", EDITED)
    assert GostStyle(RU).format_one(report).render_as("text") == (
        "Крицман, Л. Доклад / Л. Крицман. – Рукопись. – 1930. – № 5. – (Архив). – URL: https://example.org/doc."
    )
    assert RomanizedStyle(EN).format_one(report).render_as("text") == (
        "Kritsman L. (1930) Doklad. Rukopis. no. 5. (Arkhiv). URL: https://example.org/doc. [in Russian]"
    )


def test_the_words_joining_a_work_to_its_container_are_the_locales():
    """'In:', '//' and a journal's 'vol.' are words of a language (locales/*.yml), not of the code."""
    chapter = entry("omarbekov2000", EDITED)
    article = entry(
        "zh1930",
        "@article{zh1930, author = {Крицман, Л.}, author-latn = {Kritsman, L.},"
        " title = {Статья}, title-latn = {Stat'ia}, journal = {Журнал}, journal-latn = {Zhurnal},"
        " volume = {21}, year = {1930}, langid = {russian}}",
    )
    assert "vol. 21" in RomanizedStyle(EN).format_one(article).render_as("text")
    assert " // " in GostStyle(RU).format_one(article).render_as("text")
    en = dataclasses.replace(EN, in_collection="In the book", journal_volume_abbr="volume")
    assert "In the book Sbornik" in RomanizedStyle(en).format_one(chapter).render_as("text")
    assert "volume 21" in RomanizedStyle(en).format_one(article).render_as("text")
    ru = dataclasses.replace(RU, in_collection="В кн.:", in_journal="в журн.", journal_volume_abbr="Вып.")
    assert "Иванов В кн.: Сборник" in GostStyle(ru).format_one(chapter).render_as("text")
    text = GostStyle(ru).format_one(article).render_as("text")
    assert " в журн. " in text and "Вып. 21" in text and "//" not in text


def test_editors_without_an_author_are_named_as_editors():
    book = entry("omarbekov1999", EDITED.replace("author = {Омарбеков, Т.}, author-latn = {Omarbekov, T.},", ""))
    assert GostStyle(RU).format_one(book).render_as("text").startswith("Тарих / ред. А. Б. Иванов. – 2-е изд.")
    assert RomanizedStyle(EN).format_one(book).render_as("text").startswith("Ivanov A.B. (ed.) (1999) Tarikh")
    two = book.fields["editor-latn"] + " and Petrov, P."
    book.fields["editor-latn"] = two
    assert RomanizedStyle(EN).format_one(book).render_as("text").startswith("Ivanov A.B., Petrov P. (eds) (1999)")


def test_schema_fields_of_each_type_are_all_printed():
    """Every field bibschema.yml allows a type reaches that type's output in both styles."""
    schema, _ = bibschema.load_schema()
    quiet = {"status", "langid", "provenance", "note-kk", "note-ru", "note-en", "shorttitle", "shorttitle-latn"}
    for kind, spec in schema.types.items():
        names = [n for n in schema.common + spec.get("must", []) + spec.get("may", []) if n not in quiet]
        values = {n: f"X{n.replace('-', '')}" for n in names}
        values.update(year="1999", url="https://example.org/x", doi="10.1000/xyz", pages="11")
        values.update({n: "Surname, A." for n in ("author", "author-latn", "editor", "editor-latn")})
        values["editor"] = values["editor-latn"] = "Editorname, B."
        body = ", ".join(f"{n} = {{{v}}}" for n, v in values.items())
        e = entry("k", f"@{kind}{{k, {body}, langid = {{russian}}, status = {{identified}}}}")
        gost, latin = (S(L).format_one(e).render_as("text") for S, L in ((GostStyle, RU), (RomanizedStyle, EN)))
        for name, value in values.items():
            printed = latin if name.endswith(("-latn", "-en")) or name in ("url", "doi") else gost
            if name in ("author", "author-latn", "editor", "editor-latn"):
                value = value.split(",")[0]
            assert value in printed, (kind, name, printed)


TWO_1926 = r"""
@misc{kritsman1926b, author = {Крицман, Л.}, author-latn = {Kritsman, L.}, title = {Аграрный вопрос},
  title-latn = {Agrarnyi vopros}, year = {1926}, langid = {russian}, status = {identified}}
"""


def test_works_of_one_author_and_year_get_letters_in_list_order(tmp_path):
    page = "# T\n\n{#intro-1} [@kritsman1926b, 5; @kritsman1926, 148] [@omarbekov2003]\n"
    result = build(project(tmp_path, trilingual(page), bib=BIB + TWO_1926))
    assert messages(result) == []
    kk, en = result.pages[("kk", "index")], result.pages[("en", "index")]
    # «Аграрный вопрос» comes before «Героический период» in the list: it is 1926а (Cyrillic а, б after Cyrillic)
    assert ">Крицман, 1926а: 5</a>; <a" in kk and ">Крицман, 1926б: 148</a>" in kk
    assert ">Kritsman, 1926a: 5</a>; <a" in en and ">Kritsman, 1926b: 148</a>" in en
    assert 'title="Крицман, Л. Аграрный вопрос / Л. Крицман. – 1926а."' in kk
    assert ">Омарбеков, 2003</a>" in kk  # a work alone in its year keeps its plain year
    refs = result.pages[("ru", "references")]
    assert refs.index("Аграрный вопрос / Л. Крицман. – 1926а.") < refs.index("– Москва, 1926б.")
    en_refs = result.pages[("en", "references")]
    assert en_refs.index("Kritsman L. (1926a) Agrarnyi vopros.") < en_refs.index("Kritsman L.N. (1926b)")
    assert "Аграрный вопрос / Л. Крицман. – 1926а." in en_refs  # the entry in its own script (and letters), beside it


LATEX = r"""
@book{mueller1990, author = {M{\"u}ller, J{\"o}rg}, author-latn = {M{\"u}ller, J{\"o}rg}, title = {Stra{\ss}e},
  year = {1990}, langid = {german}, status = {identified}, note-kk = {n}, note-ru = {n}, note-en = {n}}
"""


def test_latex_in_names_is_decoded_as_in_titles_and_labels(tmp_path):
    result = build(project(tmp_path, trilingual("# T\n\n{#intro-1} [@mueller1990, 5]\n"), bib=BIB + LATEX))
    assert messages(result) == []
    for lang, reference in (("ru", "Müller, J. Straße / J. Müller. – 1990."), ("en", "Müller J. (1990) Straße.")):
        page = result.pages[(lang, "index")]
        assert f'title="{reference}' in page and ">Müller, 1990: 5</a>" in page
        assert reference in result.pages[(lang, "references")]
        assert "{" not in reference and "\\" not in page


def test_a_latex_command_the_decoder_does_not_know_is_located():
    bib, problems = parse(BIB.replace("{Героический период", r"{\textit{Героический} период"), "t.bib")
    bibschema.check(bib, set(), problems)
    assert [str(p) for p in problems if "LaTeX" in p.message] == [
        "t.bib:4:3: entry 'kritsman1926': field 'title' has the LaTeX command '\\textit', which would be printed"
        " as typed: write the text without it (the styles set no italics or bold inside a field)"
    ]


def test_html_in_fields_is_escaped():
    bib = BIB.replace("Героический период", "<script>alert(1)</script> Героический период")
    f = references.format_entry(entry("kritsman1926", bib), RU)
    assert "<script>" not in f.html and "&lt;script&gt;" in f.html


def test_reference_list_sorted_by_each_alphabet():
    bib, _ = parse(BIB, "t.bib")
    keys = ["omarbekov2003", "kritsman1926", "abylgozhin-nd", "marx1955", "ayagan2014"]

    def order(loc):
        f = {k: references.format_entry(bib.entries[k], loc) for k in keys}
        return [k for k in sorted(keys, key=lambda k: f[k].sort)]

    # Kazakh: А < К < М < О < С ; English: Abylgozhin < Kritsman < Marx < Omarbekov < Smutnoe
    assert order(KK) == ["abylgozhin-nd", "kritsman1926", "marx1955", "omarbekov2003", "ayagan2014"]
    assert order(EN) == ["abylgozhin-nd", "kritsman1926", "marx1955", "omarbekov2003", "ayagan2014"]


def test_kazakh_alphabet_orders_specific_letters():
    key = lambda s: locales.sort_key(s, KK.alphabet)
    assert sorted(["Өмір", "Орда", "Ұлт", "Ура", "Іле", "Ыбырай", "Zeta", "Әл"], key=key) == [
        "Әл",
        "Орда",
        "Өмір",
        "Ура",
        "Ұлт",
        "Ыбырай",
        "Іле",
        "Zeta",
    ]


# -- resolution on a whole (small) project -----------------------------------------------------


def test_citation_links_to_entry_with_title_and_back_link(tmp_path):
    pages = trilingual("# Аңдатпа\n\n{#intro-1} Мәтін [@kritsman1926, 148].\n")
    result = build(project(tmp_path, pages))
    assert messages(result) == []
    html = result.pages[("kk", "index")]
    assert '<a class="cite" id="cite-intro-1-1" href="references/#ref-kritsman1926"' in html
    assert ">Крицман, 1926: 148</a>" in html
    assert 'title="Крицман, Л. Н. Героический период великой русской революции' in html
    refs = result.pages[("kk", "references")]
    assert 'id="ref-kritsman1926"' in refs
    assert '<a class="backlink" href="../#cite-intro-1-1">Аңдатпа ¶ 1</a>' in refs
    assert ">Kritsman, 1926: 148</a>" in result.pages[("en", "index")]


def test_several_works_in_one_citation(tmp_path):
    pages = trilingual("# T\n\nМәтін [@ayagan2014, 221; @omarbekov2003, 502].\n")
    html = build(project(tmp_path, pages)).pages[("kk", "index")]
    labels_ = re.findall(r'<a class="cite"[^>]*>([^<]*)</a>', html)
    assert labels_ == ["Смутное время, 2014: 221", "Омарбеков, 2003: 502"]
    assert "&#91;" in html and "</a>; <a" in html


def test_unknown_key_with_suggestion(tmp_path):
    pages = trilingual("# T\n\nText [@kritsman1962, 148].\n")
    result = build(project(tmp_path, pages))
    assert "docs/index.md:3:7: unknown citation key 'kritsman1962' (did you mean 'kritsman1926'?)" in messages(result)


def test_all_problems_of_a_run_are_reported_together(tmp_path):
    pages = trilingual("# T\n\n[@nokey] and [@kritsman1926, 1\n\nx {em:nothing} {pb:abc}\n")
    bad_bib = BIB + "\n@book{kritsman1926, title={dup}, status={identified}}\n@book{broken, title = {x\n"
    result = build(project(tmp_path, pages, bib=bad_bib))
    text = "\n".join(messages(result))
    for needle in [
        "unknown citation key 'nokey'",
        "unterminated citation",
        "source/emendations.yml: file not found: create it (docs/index.md uses it: {em:…})",
        "page marker '{pb:abc}' needs a page number",
        "duplicate key 'kritsman1926'",
        "malformed BibTeX",
    ]:
        assert needle in text, (needle, text)


def test_duplicate_key_message_names_both_lines(tmp_path):
    bib = "@misc{a, author={A}, status={unidentified}}\n\n@misc{A, author={B}, status={unidentified}}\n"
    _, problems = parse(bib, "bibliography.bib")
    assert [str(p) for p in problems] == [
        "bibliography.bib:3:1: duplicate key 'A' (first defined on line 1): rename or merge the entries"
    ]


def test_malformed_bibtex_has_its_line():
    _, problems = parse("@misc{a, author={A}, status={unidentified}}\n@misc{b,\n title = {x\n", "b.bib")
    assert any(p.line >= 2 and "malformed BibTeX" in p.message for p in problems)


def test_entry_missing_a_field_the_style_needs(tmp_path):
    bib = BIB.replace("title-latn = {Geroicheskii period velikoi russkoi revoliutsii},", "")
    result = build(project(tmp_path, trilingual("# T\n\n[@kritsman1926]\n")))
    assert messages(result) == []
    (tmp_path / "bibliography.bib").write_text(bib, encoding="utf-8")
    result = build(Project(root=tmp_path))
    assert messages(result) == [
        "bibliography.bib:4:3: entry 'kritsman1926': missing field 'title-latn':"
        " the English pages need 'title' romanized"
    ]


def test_non_http_url_is_refused():
    bib, problems = parse("@misc{a, author={A}, url={javascript:alert(1)}, status={unidentified}}", "b.bib")
    bibschema.check(bib, set(), problems)
    assert "b.bib:1:22: entry 'a': field 'url' must be an http(s) URL, not 'javascript:alert(1)'" in map(str, problems)


def test_non_utf8_bib_is_located(tmp_path):
    p = project(tmp_path, trilingual("# T\n\nx\n"))
    (tmp_path / "bibliography.bib").write_bytes("@misc{a, author={Крицман}}\n".encode("cp1251"))
    msgs = messages(build(p))
    assert any(m.startswith("bibliography.bib:1:") and "not valid UTF-8" in m for m in msgs)


def test_page_missing_in_a_language_fails(tmp_path):
    pages = trilingual("# T\n\nx\n")
    pages["about.md"] = "# Басылым туралы\n\nx\n"
    pages["about.en.md"] = "# About\n\nx\n"
    msgs = messages(build(project(tmp_path, pages)))
    assert any(m.startswith("docs/about.ru.md: page 'about' is missing in language 'ru'") for m in msgs)


def test_emendation_renders_reading_and_keeps_source(tmp_path):
    em = "- {id: sp, where: intro-1, source: 'Қорытынды.Зерттеу', reading: 'Қорытынды. Зерттеу', why: space}\n"
    result = build(project(tmp_path, trilingual("# T\n\n{#intro-1} {em:sp} бар.\n"), emendations=em))
    html = result.pages[("kk", "index")]
    assert '<span class="emendation" tabindex="0" title="Эмендация; дереккөзде: «Қорытынды.Зерттеу»"' in html
    assert ">Қорытынды. Зерттеу</span>" in html


def test_emendations_table_shows_a_cited_reading_as_cited_and_the_reason_in_the_page_language(tmp_path):
    em = (
        "- {id: sp, where: intro-1, source: 'а.б', reading: 'а. б', why: No space., why-kk: Бос орын жоқ.}\n"
        "- {id: ref, where: intro-1, source: '(Крицман, 1926, с. 148)', reading: '[@kritsman1926, 148]', why: Set.}\n"
    )
    translated = "# T\n\n{#intro-1} a b [@kritsman1926, 148]\n"  # an emendation is the original's alone
    pages = trilingual("# T\n\n{#intro-1} {em:sp} [@kritsman1926, 148]\n", translated, translated)
    for suffix in ("", ".ru", ".en"):
        pages[f"about{suffix}.md"] = "# A\n\n{emendations}\n"
    result = build(project(tmp_path, pages, emendations=em))
    assert messages(result) == []
    cells = {
        lang: re.findall(
            r'<tr id="em-(\w+)">(?:<td[^>]*>.*?</td>){2}<td[^>]*>(.*?)</td><td[^>]*>(.*?)</td>',
            result.pages[(lang, "about")],
        )
        for lang in ("kk", "ru", "en")
    }
    assert cells["kk"] == [
        ("sp", "а. б", "Бос орын жоқ."),
        ("ref", "&#91;Крицман, 1926: 148&#93;", '<span lang="en">Set.</span>'),
    ]
    assert cells["ru"][0] == ("sp", "а. б", '<span lang="en">No space.</span>')  # not yet translated: marked English
    assert cells["en"] == [("sp", "а. б", "No space."), ("ref", "&#91;Kritsman, 1926: 148&#93;", "Set.")]


def test_an_emendation_reading_that_cites_an_unknown_key_is_located(tmp_path):
    em = "- {id: ref, where: intro-1, source: '(Крицман, 1926, с. 148)', reading: '[@kritsman1962, 148]', why: x}\n"
    pages = trilingual("# T\n\n{#intro-1} [@kritsman1926, 148]\n")
    result = build(project(tmp_path, pages, emendations=em))
    assert (
        "source/emendations.yml:1:73: reading cites 'kritsman1962', which bibliography.bib does not have:"
        " correct the key" in messages(result)
    )


def test_paragraph_and_page_marks(tmp_path):
    result = build(project(tmp_path, trilingual("# T\n\n{#results-7} a {pb:1250}b\n")))
    html = result.pages[("kk", "index")]
    assert html.startswith('# T\n\n<a class="para-num" href="#results-7"')
    assert html.rstrip().endswith("{: #results-7 .para }")
    assert '<a class="pb" id="p1250" href="#p1250"' in html and ">|1250|</a>b" in html


def test_paragraph_id_must_open_a_paragraph(tmp_path):
    msgs = messages(build(project(tmp_path, trilingual("# T\n\ntext {#intro-1} more\n"))))
    assert any("paragraph id '{#intro-1}' must open a paragraph" in m for m in msgs)


def test_uncited_entry_is_a_warning_only(tmp_path):
    result = build(project(tmp_path, trilingual("# T\n\n[@kritsman1926]\n")))
    warnings = [str(p) for p in result.problems if p.severity == "warning"]
    line = next(i for i, text in enumerate(BIB.splitlines(), 1) if "{omarbekov2003," in text)
    assert result.ok and f"bibliography.bib:{line}:1: warning: entry 'omarbekov2003' is never cited" in warnings


def test_each_entry_formatted_once_per_language(tmp_path, monkeypatch):
    calls = []
    original = references.format_entry
    monkeypatch.setattr(
        references,
        "format_entry",
        lambda e, loc, style=None, year_suffix="": (
            calls.append((e.key, loc.code)) or original(e, loc, style, year_suffix)
        ),
    )
    body = "# T\n\n" + " ".join(f"[@kritsman1926, {i}]" for i in range(50)) + "\n"
    build(project(tmp_path, trilingual(body)))
    main = [c for c in calls if c[0] == "kritsman1926"]
    # once per language; the English page's original-script line reuses the Russian formatting
    assert sorted(main) == sorted([("kritsman1926", "kk"), ("kritsman1926", "ru"), ("kritsman1926", "en")])


def test_fast_path_agrees_with_latex_decoding():
    """Fields without LaTeX skip the decoder; for every value of the real bibliography that takes the fast
    path, decoding would have changed nothing."""
    from pybtex.database import parse_file
    from pybtex.plugin import find_plugin
    from pybtex.richtext import Text

    bib = parse_file(str(Path(__file__).resolve().parent.parent / "bibliography.bib"))
    values = [v for e in bib.entries.values() for v in e.fields.values()]
    fast = [v for v in values if labels.is_plain(v)]
    assert len(fast) > 100
    # render_as("text"), with its backend looked up once: the lookup scans every installed package's entry
    # points, ~30 ms a value (13 s of the suite)
    text = find_plugin("pybtex.backends", "text")()
    assert [v for v in fast if Text.from_latex(v).render(text) != v] == []
    assert not labels.is_plain("a--b") and not labels.is_plain("{Braced}")


def test_engine_has_no_language_branches():
    """Words are data: no `if lang == ...` / `code == "kk"` comparisons in the engine."""
    engine = Path(__file__).resolve().parent.parent / "scripts" / "edition"
    pattern = re.compile(r"""(lang|code|locale)\w*\s*[!=]=\s*["'](kk|ru|en)["']""")
    offenders = [f.name for f in engine.glob("*.py") if pattern.search(f.read_text(encoding="utf-8"))]
    assert offenders == []


def test_every_locale_defines_every_word():
    for code in ("kk", "ru", "en"):
        loc = locales.get(code)
        assert set(loc.status) == {"checked", "identified", "unidentified"}


def test_the_cite_this_tabs_are_named_in_the_pages_language(tmp_path):
    from edition import article, cite

    (tmp_path / "article.yml").write_text(FIXTURE_ARTICLE, encoding="utf-8")
    art, _ = article.load(tmp_path / "article.yml", "article.yml", ("kk", "ru", "en"))
    tabs = {
        lang: re.findall(r'^=== "(.*)"$', cite.cite_markdown(art, lang, locales.get(lang), "../"), re.M)
        for lang in ("kk", "en")
    }
    assert tabs["kk"] == ["ГОСТ Р 7.0.100–2018", "APA 7", "Chicago (автор-жыл)"]
    assert tabs["en"] == ["GOST R 7.0.100–2018", "APA 7", "Chicago (author-date)"]
    en = (locales.LOCALES_DIR / "en.yml").read_text(encoding="utf-8")
    (tmp_path / "en.yml").write_text(en.replace(', chicago: "Chicago (author-date)"', ""), encoding="utf-8")
    loc, problems = locales.load("en", str(tmp_path))
    assert loc is None and [p.message for p in problems] == [
        "'cite_style_names' must be a mapping of gost, apa, chicago"
    ]


def test_every_field_a_provenance_line_names_has_a_name_in_every_language():
    schema, _ = bibschema.load_schema()
    fields = {f for f in schema.fields if not re.search(r"-(?:latn|[a-z]{2})$", f)}
    fields -= {"status", "provenance", "keywords"}  # langid is named: the English list shows it
    for code in ("kk", "ru", "en"):
        assert fields - set(locales.get(code).provenance_fields) == set(), code


def plain(html: str) -> str:
    """The page's text without the <time> elements around its dates."""
    return re.sub(r"</?time[^>]*>", "", html)


def test_corrections_log_dates_pages_and_is_checked(tmp_path):
    pages = trilingual("# T\n\n{#intro-1} [@kritsman1926] a\n\n{#intro-2} b\n")
    for suffix in ("", ".ru", ".en"):
        pages[f"corrections{suffix}.md"] = "# C\n\n{corrections}\n"
    proj = project(tmp_path, pages)
    (tmp_path / "source").mkdir(exist_ok=True)
    (tmp_path / "source" / "corrections.yml").write_text(
        "- {date: 2026-01-02, where: edition, what: first, why: '-'}\n"
        "- {date: 2026-03-04, where: intro-2, what: fixed a word, what-ru: исправлено слово, why: typo}\n",
        encoding="utf-8",
    )
    result = build(proj)
    assert messages(result) == []
    # the log's first record is the publication; a later one that concerns the page is its last correction,
    # each date as the page's language writes it
    assert "<small>Published: 2 January 2026. Last corrected: 4 March 2026.</small>" in plain(
        result.pages[("en", "index")]
    )
    assert "<small>Жарияланған күні: 2026 жылғы 2 қаңтар.</small>" in plain(result.pages[("kk", "references")])
    ru = plain(result.pages[("ru", "index")])
    # one stop after «г.», which ends the line
    assert "<small>Опубликовано: 2 января 2026 г. Последнее исправление: 4 марта 2026 г.</small>" in ru
    assert '<time datetime="2026-03-04">4 March 2026</time>' in result.pages[("en", "index")]
    table = result.pages[("ru", "corrections")]
    assert table.index("2026-03-04") < table.index("2026-01-02")  # newest first
    assert '<time datetime="2026-03-04">4 марта 2026 г.</time>' in table
    assert "исправлено слово" in table and 'href="../#intro-2"' in table
    assert '<td data-label="Место">Всё издание</td>' in table and ">first</td>" not in table  # English, marked
    # a dash is in no language; each cell names its column (a phone shows it above the text)
    assert '<td data-label="Что изменено"><span lang="en">first</span></td><td data-label="Причина">-</td>' in table
    (tmp_path / "source" / "corrections.yml").write_text(
        "- {date: 4 March, where: intro-2, what: x, why: y}\n- {date: 2026-03-04, where: nowhere-9, what: x, why: y}\n"
        "- {date: 2026-03-04, what: x, why: y}\n",
        encoding="utf-8",
    )
    assert sorted(messages(build(proj))) == [
        "source/corrections.yml:1:10: date '4 March' must be written YYYY-MM-DD",
        "source/corrections.yml:2:29: where: 'nowhere-9' is not a page name, a paragraph id or 'edition'",
        "source/corrections.yml:3:3: record is missing 'where'",
    ]


def test_a_correction_of_a_page_names_the_page_by_its_title_and_links_it(tmp_path):
    """`where: references` stood in the log's Where cell as the file's name, in English on every page and
    unlinked ("2026 жылғы 7 желтоқсан references"): the page is named by its title in the log's language."""
    pages = trilingual("# T\n\n{#intro-1} [@kritsman1926] a\n")
    for suffix in ("", ".ru", ".en"):
        pages[f"corrections{suffix}.md"] = "# C\n\n{corrections}\n"
    corrections = "- {date: 2026-01-02, where: edition, what: first, why: '-'}\n"
    corrections += "- {date: 2026-03-04, where: references, what: x, why: y}\n"
    result = build(with_source(tmp_path, pages, corrections=corrections))
    assert messages(result) == []
    for lang, title in (("kk", "Әдебиеттер"), ("ru", "Список литературы"), ("en", "References")):
        table = result.pages[(lang, "corrections")]
        assert f'<a href="../references/">{title}</a></td>' in table, (lang, table)
        assert ">references<" not in table


def test_the_whole_article_page_was_corrected_when_a_section_was(tmp_path):
    """The whole-article page repeats the sections: its "last corrected" is the latest of theirs and its own,
    and every page name (the whole article's too) is a place a correction may name."""
    pages = trilingual("# T\n\n{#intro-1} [@kritsman1926] a\n\n{#intro-2} b\n")
    for suffix in ("", ".ru", ".en"):
        pages[f"article{suffix}.md"] = "# A\n\n{whole-article}\n"
    corrections = "- {date: 2026-01-02, where: edition, what: first, why: '-'}\n"
    proj = with_source(
        tmp_path, pages, corrections=corrections + "- {date: 2026-12-01, where: intro-2, what: x, why: y}\n"
    )
    result = build(proj)
    assert messages(result) == []
    assert "Last corrected: 1 December 2026" in plain(result.pages[("en", "article")])
    assert "<small>Published: 2 January 2026.</small>" in plain(result.pages[("en", "references")])  # not corrected
    (tmp_path / "source" / "corrections.yml").write_text(
        corrections + "- {date: 2026-11-01, where: article, what: x, why: y}\n", encoding="utf-8"
    )
    result = build(proj)
    assert messages(result) == []
    assert "Last corrected: 1 November 2026" in plain(result.pages[("en", "article")])
    assert "<small>Published: 2 January 2026.</small>" in plain(result.pages[("en", "index")])


def test_data_values_are_the_text_written(tmp_path):
    """Unquoted `No`, `1.10`, `1_000` are text in a data file, not YAML's False, 1.1, 1000."""
    pages = trilingual("# T\n\n{#intro-1} [@kritsman1926] a\n")
    for suffix in ("", ".ru", ".en"):
        pages[f"corrections{suffix}.md"] = "# C\n\n{corrections}\n"
    corrections = "- {date: 2026-01-02, where: edition, what: first, why: No, what-ru: 1.10, why-ru: 1_000}\n"
    result = build(with_source(tmp_path, pages, corrections=corrections))
    assert messages(result) == []
    assert (
        '<td data-label="What changed">first</td><td data-label="Why">No</td></tr>'
        in result.pages[("en", "corrections")]
    )
    assert (
        '<td data-label="Что изменено">1.10</td><td data-label="Причина">1_000</td></tr>'
        in result.pages[("ru", "corrections")]
    )


# the fixture's article.yml with a title to escape, given as the edition's own translation in Russian
ARTICLE_YML = (
    FIXTURE_ARTICLE.replace('ru: "Тест"', 'ru: "Тест <b>"')
    .replace("authors:", "title_is_translation: [ru]\nauthors:")
    .replace("first_body_page: 1246\n", "")
)
ABOUT = "# About\n\n{article:title-original} // *{article:journal}*. Pp. {article:pages}. DOI: {article:doi-link}.\n"


def about_pages() -> dict:
    pages = trilingual("# T\n\n{#intro-1} [@kritsman1926] a\n")
    for suffix in ("", ".ru", ".en"):
        pages[f"about{suffix}.md"] = ABOUT
        pages[f"article{suffix}.md"] = "# {article:title}\n\n{whole-article}\n"
    return pages


def test_the_pages_give_the_articles_facts_from_article_yml(tmp_path):
    """`{article:...}` marks are filled from article.yml: a changed page range or DOI changes every page."""
    proj = with_source(tmp_path, about_pages(), article=ARTICLE_YML)
    result = build(proj)
    assert messages(result) == []
    about = result.pages[("en", "about")]
    assert "Тест // *Otan tarihy*. Pp. 1245–1259. DOI: " in about
    assert '<a href="https://doi.org/10.1000/182">10.1000/182</a>.' in about
    assert result.pages[("en", "article")].startswith("# Test\n")
    assert result.pages[("ru", "article")].startswith("# Тест &lt;b&gt;\n")  # text from data is escaped
    (tmp_path / "source" / "article.yml").write_text(
        ARTICLE_YML.replace("1259", "1260").replace("10.1000/182", "10.1000/183"), encoding="utf-8"
    )
    about = build(proj).pages[("kk", "about")]
    assert "Pp. 1245–1260. DOI: " in about and "https://doi.org/10.1000/183" in about and "182" not in about


def test_the_authors_are_named_as_cite_this_names_them_in_the_pages_script_or_the_original(tmp_path):
    pages = about_pages()
    for suffix in ("", ".ru", ".en"):
        pages[f"about{suffix}.md"] = "# About\n\n{article:authors} / {article:authors-original}\n"
    second = '  - family: {kk: "Айтенов", ru: "Айтенов", en: "Aitenov"}\n'
    second += '    initials: {kk: "Ж.К.", ru: "Ж.К.", en: "Zh.K."}\n'
    first = '    initials: {kk: "С.А.", ru: "С.А.", en: "S.A."}\n'
    article = ARTICLE_YML.replace(first, first + second)
    assert article.count("initials:") == 2
    result = build(with_source(tmp_path, pages, article=article))
    assert messages(result) == []
    assert "Eskaliev S. A., Aitenov Zh. K. / Есқалиев С. А., Айтенов Ж. К.\n" in result.pages[("en", "about")]
    assert "Есқалиев С. А., Айтенов Ж. К. / Есқалиев С. А., Айтенов Ж. К.\n" in result.pages[("kk", "about")]


def test_a_page_needs_the_data_file_it_shows(tmp_path):
    """A missing data file a page uses is one error naming the file; an unknown article mark is located."""
    pages = about_pages()
    pages["about.en.md"] = ABOUT.replace("{article:pages}", "{article:pgaes}")
    for suffix in ("", ".ru", ".en"):
        pages[f"corrections{suffix}.md"] = "# C\n\n{corrections}\n"
    proj = with_source(tmp_path, pages, article=ARTICLE_YML)
    assert sorted(messages(build(proj))) == [
        "docs/about.en.md:3:54: unknown mark '{article:pgaes}': write one of {article:title}, {article:title-cited}, "
        "{article:title-original}, {article:journal}, {article:journal-original}, {article:year}, {article:volume}, "
        "{article:issue}, {article:pages}, {article:doi}, {article:doi-link}, {article:authors}, "
        "{article:authors-original}",
        "source/corrections.yml: file not found: create it (docs/corrections.md uses it: {corrections})",
    ]
    (tmp_path / "source" / "article.yml").unlink()
    assert "source/article.yml: file not found: create it (docs/about.md uses it: {article:…})" in messages(build(proj))


def test_the_record_gives_the_authors_abstract_and_the_rule_of_the_metadata():
    """One record per language: the article's language is the original's, the title the authors' own in the
    page's language (else the original's), the abstract the authors' own, plain, with the emendations' readings."""
    from conftest import ROOT
    from edition import Project, build, record

    result = build(Project(root=ROOT))
    kk, ru, en = (result.records[lang] for lang in ("kk", "ru", "en"))
    assert {r.language for r in (kk, ru, en)} == {"kk"}
    assert (kk.translation, ru.translation, en.translation) == (False, True, True)
    assert ru.title == kk.title and en.title.startswith("The Communist Party and Soviet Statehood")
    assert kk.abstract.startswith("Мақалада кеңестік мемлекеттіліктің")  # the label "Аңдатпа." (an emendation) out
    assert "Қорытынды. Зерттеу нәтижелері" in kk.abstract  # {em:qorytyndy-space}: the corrected reading
    assert ru.abstract.startswith("В статье") and "Результаты. На основе" in ru.abstract
    assert en.abstract.startswith("Introduction. This article") and en.abstract.endswith("post-Soviet space.")
    for r in (kk, ru, en):
        assert "{" not in r.abstract and "*" not in r.abstract and "Keywords" not in r.abstract
        assert r.description == r.abstract or (r.description.endswith("…") and len(r.description) <= 250)
        assert r.abstract.startswith(r.description[:-1])
    assert record.shortened("one two three", 8) == "one two…" and record.shortened("one", 8) == "one"


def test_the_abstract_ends_at_the_keywords():
    from edition import record

    page = "# T\n\n## Abstract\n\n**Abstract.** One {em:x}.\n\n<p>html</p>\n\nTwo.\n\n**Keywords:** a, b\n\nAfter."
    assert record.abstract(page, {"x": "fixed"}) == "One fixed. Two."
    assert record.abstract("# No abstract heading", {}) == ""


# -- editor's notes ------------------------------------------------------------------------------------------

NOTES = """\
- id: first
  where: intro-1
  kk: "Бірінші ескертпе [x] <b>"
  ru: "Первое примечание"
  en: "First note"
- id: second
  where: intro-2
  kk: "Екінші"
  ru: "Второе"
  en: "Second"
- id: third
  where: intro-1
  kk: "Үшінші"
  ru: "Третье"
  en: "Third"
"""


def with_source(tmp_path: Path, pages: dict, **files) -> Project:
    """A project with source/<name>.yml files (notes, terms, ...) besides its pages."""
    proj = project(tmp_path, pages)
    (tmp_path / "source").mkdir(exist_ok=True)
    for name, text in files.items():
        (tmp_path / "source" / f"{name}.yml").write_text(text, encoding="utf-8")
    return proj


NOTED = "# T\n\n{#intro-1} Бір{note:third} екі [@kritsman1926]{note:first}.\n\n{#intro-2} Үш{note:second}.\n"


def test_a_mark_that_no_longer_follows_its_anchor_is_a_located_warning(tmp_path):
    """The anchor is where scripts/insert_note_marks.py puts a mark; a revised text leaves it stale."""
    notes = NOTES.replace(
        '  where: intro-1\n  kk: "Бірінші',
        "  where: intro-1\n  anchor: {kk: 'екі [@kritsman1926]', ru: 'екі', en: 'екі  [@kritsman1926]'}\n"
        '  kk: "Бірінші',
    ).replace("  where: intro-2\n", "  where: intro-2\n  anchor: {kk: 'Үш'}\n")
    assert notes.count("anchor:") == 2
    result = build(with_source(tmp_path, trilingual(NOTED), notes=notes))
    assert messages(result) == []
    warnings = [str(p) for p in result.problems if p.severity == "warning" and "anchor" in p.message]
    # kk: right after the anchor; en: the same, its whitespace apart; ru: the mark follows "[@kritsman1926]"
    assert warnings == [
        "docs/index.ru.md:3:47: warning: {note:first} does not follow its anchor in 'ru' ('екі',"
        " source/notes.yml:1): put the mark after that text, or write in `anchor` the text the mark now follows"
    ]
    # a mark after another mark still follows the text before both
    two = NOTED.replace("Үш{note:second}", "Үш{note:third}{note:second}").replace("Бір{note:third}", "Бір")
    (tmp_path / "two").mkdir()
    result = build(with_source(tmp_path / "two", trilingual(two), notes=notes.replace("ru: 'екі'", "ru: '1926]'")))
    assert [p for p in result.problems if "anchor" in p.message] == []


def test_an_anchor_is_the_words_a_reader_sees_an_emendations_reading_in_place_of_its_mark(tmp_path):
    """A note on an emended word is anchored to the word as corrected (the reading), not to the {em:id} mark."""
    notes = NOTES.replace("  where: intro-2\n", "  where: intro-2\n  anchor: {kk: 'Үш екі'}\n")
    em = '- {id: ek, where: intro-2, source: "ек", reading: "екі", why: "A misprint."}\n'
    text = NOTED.replace("Үш{note:second}", "Үш {em:ek}{note:second}")
    result = build(with_source(tmp_path, trilingual(text), notes=notes, emendations=em))
    assert [str(p) for p in result.problems if "anchor" in p.message] == []
    (tmp_path / "stale").mkdir()  # the source's reading is not what a reader sees: the mark follows no anchor
    stale = notes.replace("'Үш екі'", "'Үш ек'")
    result = build(with_source(tmp_path / "stale", trilingual(text), notes=stale, emendations=em))
    assert [p.message.split(" (")[0] for p in result.problems if "anchor" in p.message] == [
        "{note:second} does not follow its anchor in 'kk'"
    ]


def test_note_marks_without_notes_yml_are_one_error(tmp_path):
    result = build(project(tmp_path, trilingual(NOTED)))
    assert messages(result) == ["source/notes.yml: file not found: create it (docs/index.md uses it: {note:…})"]


def test_notes_are_numbered_in_page_order_and_link_both_ways(tmp_path):
    result = build(with_source(tmp_path, trilingual(NOTED), notes=NOTES))
    assert messages(result) == []
    html = result.pages[("kk", "index")]
    refs = re.findall(r'<a class="note-ref" id="note-ref-([a-z]+)" href="#note-\1"[^>]*><sup>(\d)</sup></a>', html)
    assert refs == [("third", "1"), ("first", "2"), ("second", "3")]
    # the note's text is the tooltip (escaped: the text is data), the label names it for screen readers
    assert 'title="Редактордың ескертпесі. Бірінші ескертпе &#91;x&#93; &lt;b&gt;"' in html
    assert 'aria-label="Редактордың 2-ескертпесі"' in html
    notes = html[html.index('<div class="notes" markdown>') :]
    assert "## Редактордың ескертпелері {: #notes }" in notes
    assert notes.count("Редактордың ескертпесі") == 0  # the heading names them: no label repeated on each
    items = re.findall(r'<li id="note-([a-z]+)" value="(\d)">.*?href="#note-ref-\1"', notes)
    assert items == [("third", "1"), ("first", "2"), ("second", "3")]
    assert "<b>" not in notes and "&lt;b&gt;" in notes
    en = result.pages[("en", "index")]
    assert 'title="Editor’s note: First note"' in en and "Back to text" in en


def test_note_copy_beside_a_translation_has_no_ids(tmp_path):
    result = build(with_source(tmp_path, trilingual(NOTED), notes=NOTES))
    ru = result.pages[("ru", "index")]
    original = ru[ru.index('<div class="para-orig"') : ru.index("</div>")]
    assert '<a class="note-ref-orig" href="#note-third"' in original
    assert "id=" not in original.replace('<div class="para-orig" lang="kk"', "")
    # the copy's marks have the original's tooltips (escaped) and link to the page's own notes
    assert 'title="Редактордың ескертпесі. Бірінші ескертпе &#91;x&#93; &lt;b&gt;"' in original
    assert ru.count('id="note-ref-third"') == 1 and ru.count('id="note-third"') == 1


def test_note_problems_are_located(tmp_path):
    notes = NOTES.replace('  en: "Second"\n', "") + "- {id: unused, where: intro-2, kk: a, ru: b, en: c}\n"
    notes += "- {id: lost, where: intro-9, kk: a, ru: b, en: c}\n- {id: Bad_Id, where: intro-1, kk: a, ru: b, en: c}\n"
    pages = trilingual(
        NOTED.replace("{note:second}", "{note:second}{note:nothing}").replace("{note:third}", "{note:lost}")
    )
    result = build(with_source(tmp_path, pages, notes=notes))
    errors = set(messages(result))
    assert (
        "docs/index.md:5:27: unknown note 'nothing'"
        " (record it in source/notes.yml with id, where and its text in kk, ru, en)" in errors
    )
    assert "source/notes.yml:6:3: note 'second' has no text in 'en': add en: \"...\" to it" in errors
    assert "source/notes.yml:16:21: note 'lost': where: 'intro-9' is not a paragraph id" in errors
    assert any(m.startswith("source/notes.yml:17:8: note id 'Bad_Id' must be") for m in errors)
    warnings = [str(p) for p in result.problems if p.severity == "warning"]
    assert any(w.startswith("source/notes.yml:15:3: warning: note 'unused' is never used") for w in warnings)
    (tmp_path / "source" / "notes.yml").write_text(NOTES.replace("where: intro-2", "where: intro-1"), encoding="utf-8")
    for suffix in ("", ".ru", ".en"):
        (tmp_path / "docs" / f"index{suffix}.md").write_text(NOTED, encoding="utf-8")
    errors = messages(build(Project(root=tmp_path)))
    assert errors == [
        "docs/index.md:5:14: {note:second} stands in paragraph intro-2, but source/notes.yml:6 puts note 'second'"
        " in paragraph intro-1: move the mark or correct 'where'"
    ]


def test_a_note_marked_twice_on_a_page_is_a_problem(tmp_path):
    pages = trilingual(NOTED.replace("Үш{note:second}", "Үш{note:second} {note:second}"))
    assert "docs/index.md:5:28: note 'second' is marked twice on this page" in messages(
        build(with_source(tmp_path, pages, notes=NOTES))
    )


def test_translation_keeps_the_originals_notes_in_order(tmp_path):
    swapped = "# T\n\n{#intro-1} Раз{note:first} два [@kritsman1926]{note:third}.\n\n{#intro-2} Три.\n"
    result = build(with_source(tmp_path, trilingual(NOTED, swapped), notes=NOTES))
    assert sorted(messages(result)) == [
        "docs/index.ru.md:3:15: paragraph intro-1: note mark {note:first} stands where the original has"
        " {note:third}: put the marks in the original's order ({note:third}, {note:first})",
        "docs/index.ru.md:5:1: paragraph intro-2: the original's note mark {note:second} is missing here: put the"
        " mark where the original has it",
    ]


def test_a_look_alike_letter_in_a_note_id_used_alike_is_one_message(tmp_path):
    odd = "fіrst"  # a Cyrillic і, in the record and in every mark
    result = build(with_source(tmp_path, trilingual(NOTED.replace("first", odd)), notes=NOTES.replace("first", odd)))
    assert len(messages(result)) == 1 and "note id 'fіrst'" in messages(result)[0]


def test_a_misspelt_note_in_a_translation_is_one_message(tmp_path):
    # the alignment check would also see the notes differ: the same mistake, reported once
    misspelt = NOTED.replace("{note:first}", "{note:frist}")
    result = build(with_source(tmp_path, trilingual(NOTED, misspelt), notes=NOTES))
    assert messages(result) == [
        "docs/index.ru.md:3:47: unknown note 'frist'"
        " (record it in source/notes.yml with id, where and its text in kk, ru, en)"
    ]
    # and a note left out beside it in another paragraph is still reported
    pages = trilingual(NOTED, misspelt.replace("{note:second}", ""))
    (tmp_path / "second").mkdir()
    result = build(with_source(tmp_path / "second", pages, notes=NOTES))
    assert sorted(messages(result))[0].startswith("docs/index.ru.md:3:47: unknown note 'frist'")
    assert (
        "docs/index.ru.md:5:1: paragraph intro-2: the original's note mark {note:second} is missing"
        in sorted(messages(result))[1]
    )


def test_whole_article_numbers_notes_across_the_page_and_about_lists_them(tmp_path):
    pages = trilingual("# Аңдатпа\n\nМәтін.\n")
    for suffix in ("", ".ru", ".en"):
        pages[f"introduction{suffix}.md"] = "# Intro\n\n{#intro-1} a{note:first} b{note:third}\n"
        pages[f"results{suffix}.md"] = "# Results\n\n{#intro-2} c{note:second} [@kritsman1926]\n"
        pages[f"article{suffix}.md"] = "# Article\n\n{whole-article}\n"
        pages[f"about{suffix}.md"] = "# About\n\n{notes}\n"
    proj = with_source(tmp_path, pages, notes=NOTES)
    proj.reading_order = ("index", "introduction", "results", "references", "about", "article")
    result = build(proj)
    assert messages(result) == []
    whole = result.pages[("en", "article")]
    assert re.findall(r'id="note-ref-([a-z]+)"[^>]*><sup>(\d)', whole) == [
        ("first", "1"),
        ("third", "2"),
        ("second", "3"),
    ]
    assert re.findall(r'<li id="note-([a-z]+)"', whole) == ["first", "third", "second"]
    section = result.pages[("en", "results")]  # each section page numbers its own notes
    assert re.findall(r'id="note-ref-([a-z]+)"[^>]*><sup>(\d)', section) == [("second", "1")]
    about = result.pages[("ru", "about")]
    assert '<table class="notes"><thead><tr><th>Место</th><th>Примечание редактора</th></tr>' in about
    cell = '<td data-label="Место"><a href="../{}">{}</a></td><td data-label="Примечание редактора">{}</td>'
    assert cell.format("introduction/#intro-1", "Intro ¶ 1", "Первое примечание") in about
    assert cell.format("results/#intro-2", "Results ¶ 2", "Второе") in about


def test_whole_article_back_links_name_the_section_of_each_paragraph(tmp_path):
    """Paragraph numbers restart in each section: "Introduction ¶ 1" and "Results ¶ 1", as on the
    References page, not the article's title twice."""
    pages = trilingual("# Аңдатпа\n\nМәтін.\n")
    for suffix in ("", ".ru", ".en"):
        pages[f"introduction{suffix}.md"] = "# Introduction\n\n{#intro-1} a [@kritsman1926]\n"
        pages[f"results{suffix}.md"] = "# Results\n\n{#results-1} b [@kritsman1926]\n"
        pages[f"article{suffix}.md"] = "# Article\n\n{whole-article}\n"
    proj = project(tmp_path, pages)
    proj.reading_order = ("index", "introduction", "results", "references", "article")
    result = build(proj)
    assert messages(result) == []
    for name in ("article", "references"):
        backlinks = re.findall(r'<a class="backlink" href="[^"]*">([^<]*)</a>', result.pages[("en", name)])
        assert backlinks == ["Introduction ¶ 1", "Results ¶ 1"], name


def test_a_note_that_states_the_status_is_not_preceded_by_the_label(tmp_path):
    """ "? unidentified. Unidentified: ..." said the status twice: the note's own opening words are the label."""
    notes = "note-en = {Unidentified: only the surname.}, note-ru = {Только фамилия.},"
    bib = BIB.replace("status = {unidentified}}", f"status = {{unidentified}}, {notes}}}", 1)
    result = build(project(tmp_path, trilingual("# T\n\n{#intro-1} [@abylgozhin-nd]\n"), bib=bib))
    assert messages(result) == []
    status = {
        lang: re.search(r'<p class="ref-status ref-unidentified">.*?</p>', result.pages[(lang, "references")]).group(0)
        for lang in ("en", "ru")
    }
    mark = '<p class="ref-status ref-unidentified"><span class="status-mark" aria-hidden="true">?</span> '
    assert status["en"] == mark + '<span class="status-label">Unidentified</span>: only the surname.</p>'
    assert status["ru"] == mark + '<span class="status-label">не установлено</span>. Только фамилия.</p>'


@pytest.mark.parametrize(
    "opening",
    [
        "Сілтеме бойынша анықталды",  # Kazakh puts the status word last: the clause is the label itself
        "Редактор сілтеме бойынша анықтады",  # the editor's identification, with the editor as the subject
    ],
)
def test_a_kazakh_note_that_ends_its_clause_with_the_status_is_not_preceded_by_the_label(tmp_path, opening):
    notes = f"note-kk = {{{opening}: тек тегі.}},"
    bib = BIB.replace("status = {unidentified}}", f"status = {{identified}}, {notes}}}", 1)
    result = build(project(tmp_path, trilingual("# T\n\n{#intro-1} [@abylgozhin-nd]\n"), bib=bib))
    kk = re.search(r'<p class="ref-status ref-identified">.*?</p>', result.pages[("kk", "references")]).group(0)
    assert kk.endswith(f'<span class="status-label">{opening}</span>: тек тегі.</p>')


# -- provenance of the reference fields ----------------------------------------------------------------------

PROVENANCE = (
    "provenance = {author=citation; year=citation; title=text:intro-1; title-latn=text:intro-1; address=editor;"
    " langid=editor},"
)


def test_provenance_is_shown_under_the_entry_in_each_language(tmp_path):
    bib = BIB.replace("status = {identified},\n  note-kk", f"status = {{identified}}, {PROVENANCE}\n  note-kk", 1)
    bib = bib.replace("title-latn=text:intro-1; ", "")
    result = build(project(tmp_path, trilingual("# T\n\n{#intro-1} [@kritsman1926]\n"), bib=bib))
    assert messages(result) == []
    en = re.search(r'<p class="ref-provenance">.*?</p>', result.pages[("en", "references")]).group(0)
    assert en == (
        '<p class="ref-provenance">Where this entry’s facts come from: author, year – the citation; title – the'
        ' article’s text (<a href="../#intro-1">T ¶ 1</a>); place, language – the editor’s knowledge, not yet'
        " checked.</p>"
    )  # the paragraph named as the back links name it, not by its id
    ru = result.pages[("ru", "references")]
    assert "Откуда взяты сведения этой записи: автор, год — ссылка в тексте; заглавие — текст статьи" in ru
    assert '(<a href="../#intro-1">T ¶ 1</a>)' in ru
    assert "место издания, язык — сведения редактора, ещё не проверенные." in ru
    kk = result.pages[("kk", "references")]
    assert "авторы, жылы — мәтіндегі сілтеме" in kk
    warnings = [str(p) for p in result.problems if p.severity == "warning"]
    assert not any("kritsman1926" in w and "provenance" in w for w in warnings)
    assert any("entry 'omarbekov2003' has no 'provenance'" in w for w in warnings)


def test_provenance_problems_are_located_at_the_field(tmp_path):
    wrong = "provenance = {author=citation; year=book; title=text:nowhere-1; publisher=editor; title-latn=editor},"
    bib = BIB.replace("status = {identified},\n  note-kk", f"status = {{identified}}, {wrong}\n  note-kk", 1)
    result = build(project(tmp_path, trilingual("# T\n\n{#intro-1} [@kritsman1926]\n"), bib=bib))
    line, text = next((i, text) for i, text in enumerate(bib.splitlines(), 1) if wrong in text)
    line = f"{line}:{text.index('provenance') + 1}"  # at the field, as the schema's messages
    assert sorted(messages(result)) == [
        f"bibliography.bib:{line}: entry 'kritsman1926': provenance names 'publisher', which the entry does not have",
        f"bibliography.bib:{line}: entry 'kritsman1926': provenance: text:nowhere-1 is not a paragraph id",
        f"bibliography.bib:{line}: entry 'kritsman1926': provenance: unknown source 'book' for year:"
        " write citation, text:PARA-ID, editor or work",
    ]
    warnings = [str(p) for p in result.problems if p.severity == "warning"]
    assert (
        f"bibliography.bib:{line}: warning: entry 'kritsman1926':"
        " provenance does not say where address, year, langid come(s) from" in warnings
    )


# -- the glossary --------------------------------------------------------------------------------------------

TERMS = r"""
- id: vkpb
  kk: "БК(б)П"
  ru: "ВКП(б)"
  en: "VKP(b)"
  expansion: {ru: "Всесоюзная коммунистическая партия (большевиков)", en: "All-Union Communist Party (Bolsheviks)"}
  explain: {kk: "Партия <атауы>", ru: "Название партии", en: "The party's name"}
  match: {kk: 'ВКП\(б\)|БК\(б\)П', ru: 'ВКП\(б\)', en: 'VKP\(b\)'}
- id: soviet
  kk: "кеңес"
  ru: "совет"
  en: "soviet"
  explain: {kk: "Кеңес — билік органы", ru: "Орган власти", en: "A council"}
  match: {kk: '[Кк]еңес\w*', ru: '[Сс]овет\w*', en: '[Ss]oviets?'}
- id: arkhiv
  kk: "архив"
  ru: "архив"
  en: "archive"
  explain: {kk: "Мұрағат", ru: "Хранилище", en: "A repository"}
"""

GLOSSARY_PAGES = {"glossary.md": "# Сөздік\n\n{glossary}\n", "glossary.ru.md": "# Глоссарий\n\n{glossary}\n"}
GLOSSARY_PAGES["glossary.en.md"] = "# Glossary\n\n{glossary}\n"


def test_glossary_lists_every_term_sorted_in_the_page_language(tmp_path):
    pages = {**trilingual("# T\n\nx\n"), **GLOSSARY_PAGES}
    result = build(with_source(tmp_path, pages, terms=TERMS))
    assert messages(result) == []
    ru = result.pages[("ru", "glossary")]
    assert re.findall(r'<dt id="term-([a-z]+)">', ru) == ["arkhiv", "vkpb", "soviet"]  # а < в < с
    assert re.findall(r'<dt id="term-([a-z]+)">', result.pages[("en", "glossary")]) == ["arkhiv", "soviet", "vkpb"]
    assert '<dt id="term-vkpb"><dfn lang="ru">ВКП(б)</dfn></dt>' in ru
    assert (
        '<dd class="term-forms">По-казахски: <span lang="kk">БК(б)П</span>;'
        ' по-английски: <span lang="en">VKP(b)</span></dd>' in ru
    )  # the line opens with a capital, the later names as written
    assert '<dd class="term-forms">Орысша: <span lang="ru">' in result.pages[("kk", "glossary")]
    assert '<dd class="term-expansion">Всесоюзная коммунистическая партия (большевиков)</dd>' in ru
    assert '<dd class="term-explain">Название партии</dd>' in ru
    kk = result.pages[("kk", "glossary")]
    assert "term-expansion" not in kk.split('id="term-vkpb"')[1].split("<dt")[0]  # no Kazakh expansion given
    assert "Партия &lt;атауы&gt;" in kk


TERMED = (
    "# Кеңес және ВКП(б)\n\n"
    '{#intro-1} [@kritsman1926, кеңес 1] мен [кеңес](https://example.org) `кеңес` <span class="кеңес">x</span>'
    " және Кеңестер ВКП(б) мен кеңес.\n\n"
    "{#intro-2} Тағы ВКП(б).\n"
)


def test_first_occurrence_of_a_term_links_to_the_glossary_in_running_text_only(tmp_path):
    pages = {**trilingual(TERMED), **GLOSSARY_PAGES}
    pages["about.md"] = pages["about.ru.md"] = pages["about.en.md"] = "# A\n\nКеңес ВКП(б)\n"
    result = build(with_source(tmp_path, pages, terms=TERMS))
    assert messages(result) == []
    kk = result.pages[("kk", "index")]
    links = re.findall(r'<a class="term" id="use-([a-z]+)" href="([^"]*)" title="([^"]*)">([^<]*)</a>', kk)
    assert links == [
        ("soviet", "glossary/#term-soviet", "Кеңес — билік органы", "Кеңестер"),
        ("vkpb", "glossary/#term-vkpb", "Партия &lt;атауы&gt;", "ВКП(б)"),
    ]
    assert kk.startswith("# Кеңес және ВКП(б)\n")  # never in a heading
    assert '[кеңес](https://example.org) `кеңес` <span class="кеңес">' in kk  # nor in a link, code or a tag
    assert "Тағы ВКП(б)." in kk  # only the first occurrence on the page
    (tmp_path / "ru").mkdir()
    ru = build(
        with_source(
            tmp_path / "ru", {**trilingual("# T\n\n{#intro-1} ВКП(б) и советы.\n"), **GLOSSARY_PAGES}, terms=TERMS
        )
    ).pages[("ru", "index")]
    assert 'title="Всесоюзная коммунистическая партия (большевиков). Название партии">ВКП(б)</a>' in ru
    assert '<a class="term" id="use-soviet" href="glossary/#term-soviet" title="Орган власти">советы</a>' in ru
    assert 'class="term"' not in result.pages[("kk", "about")]  # a page without paragraph ids has no links


def test_a_glossary_entry_links_back_to_the_first_occurrence_on_each_page_in_reading_order(tmp_path):
    pages = {**trilingual(TERMED), **GLOSSARY_PAGES}
    for suffix in ("", ".ru", ".en"):  # a second section, "conclusion", read after the first
        pages[f"conclusion{suffix}.md"] = "# C\n\n{#conclusion-1} Бір.\n\n- ВКП(б) тізімде\n\n{#conclusion-2} Кеңес.\n"
    proj = with_source(tmp_path, pages, terms=TERMS)
    result = build(dataclasses.replace(proj, reading_order=("index", "conclusion", "references", "glossary")))
    assert messages(result) == []
    kk = result.pages[("kk", "glossary")]
    entry = kk.split('id="term-vkpb"')[1].split("<dt")[0]
    # in a paragraph: its name; in a list after a paragraph: the page's title, not that paragraph's
    assert re.findall(r'<a class="backlink" href="([^"]*)">([^<]*)</a>', entry) == [
        ("../#use-vkpb", "Кеңес және ВКП(б) ¶ 1"),
        ("../conclusion/#use-vkpb", "C"),
    ]
    assert '<dd class="term-uses">Мәтіндегі орындары: <a class="backlink"' in entry
    assert "term-uses" not in kk.split('id="term-arkhiv"')[1].split("<dt")[0]  # never in the text: no line
    assert 'id="use-vkpb"' in result.pages[("kk", "conclusion")]


def test_term_links_stay_out_of_the_original_beside_a_translation(tmp_path):
    pages = {
        **trilingual("# T\n\n{#intro-1} ВКП(б) және кеңес.\n", "# T\n\n{#intro-1} ВКП(б) и совет.\n"),
        **GLOSSARY_PAGES,
    }
    (tmp_path / "ru").mkdir()
    ru = build(with_source(tmp_path, pages, terms=TERMS)).pages[("ru", "index")]
    original = ru[ru.index('<div class="para-orig"') :]
    assert "ВКП(б) және кеңес." in original and 'class="term"' not in original
    assert ru.count('class="term"') == 2


def test_term_problems_are_located(tmp_path):
    terms = TERMS.replace(r"en: 'VKP\(b\)'", "en: 'VKP(b'").replace('en: "A council"', "") + "- {id: x, kk: a}\n"
    result = build(with_source(tmp_path, {**trilingual("# T\n\nx\n"), **GLOSSARY_PAGES}, terms=terms))
    errors = sorted(messages(result))
    assert any(
        m.startswith("source/terms.yml:8:56: term 'vkpb': match.en: missing ), unterminated subpattern") for m in errors
    )
    assert "source/terms.yml:13:12: term 'soviet' has no explain in 'en'" in errors
    assert "source/terms.yml:20:3: term 'x' has no form in 'ru': add ru: \"...\"" in errors
    assert "source/terms.yml:20:3: term 'x' has no 'explain': add explain: {kk: ..., ...}" in errors
    terms = TERMS.replace('explain: {kk: "Мұрағат", ru: "Хранилище", en: "A repository"}', 'explain: "Мұрағат"')
    (tmp_path / "text").mkdir()
    result = build(with_source(tmp_path / "text", {**trilingual("# T\n\nx\n"), **GLOSSARY_PAGES}, terms=terms))
    assert messages(result) == [
        "source/terms.yml:19:12: term 'arkhiv' 'explain' must map languages to text: explain: {kk: ..., ...}"
    ]


# -- scripts/insert_note_marks.py ----------------------------------------------------------------------------


def test_insert_note_marks_after_the_anchor_once(tmp_path, capsys):
    import insert_note_marks

    pages = trilingual("# T\n\n{#intro-1} Бір екі [@kritsman1926] үш.\n\n{#intro-2} Төрт.\n")
    pages["index.en.md"] = "# T\n\n{#intro-1} One two [@kritsman1926] three.\n\n{#intro-2} Four.\n"
    notes = (
        "- id: a\n  where: intro-1\n"
        "  anchor: {kk: 'екі [@kritsman1926]', ru: 'Бір  екі', en: 'One two [@kritsman1926'}\n"
        "  kk: x\n  ru: y\n  en: z\n"
    )
    proj = with_source(tmp_path, pages, notes=notes)
    (tmp_path / "mkdocs.yml").write_text("site_name: t\n", encoding="utf-8")
    assert insert_note_marks.main(["--root", str(tmp_path)]) == 1
    out, err = capsys.readouterr()
    assert "docs/index.en.md:3: anchor of note 'a' ends inside a citation or a mark" in err
    docs = proj.root / "docs"
    assert "{#intro-1} Бір екі [@kritsman1926]{note:a} үш." in (docs / "index.md").read_text(encoding="utf-8")
    assert "{#intro-1} Бір екі{note:a} [@kritsman1926]" in (docs / "index.ru.md").read_text(encoding="utf-8")
    before = {p.name: p.read_text(encoding="utf-8") for p in docs.glob("*.md")}
    insert_note_marks.main(["--root", str(tmp_path)])
    assert {p.name: p.read_text(encoding="utf-8") for p in docs.glob("*.md")} == before  # idempotent
    (tmp_path / "source" / "notes.yml").write_text(notes.replace("ru: 'Бір  екі'", "ru: 'нет'"), encoding="utf-8")
    (docs / "index.ru.md").write_text(pages["index.ru.md"], encoding="utf-8")
    insert_note_marks.main(["--root", str(tmp_path), "--check"])
    assert "docs/index.ru.md:3: anchor of note 'a' not found in paragraph intro-1: 'нет'" in capsys.readouterr().err


PARTY_TERMS = r"""
- id: rsdrp
  kk: "РСДЖП"
  ru: "РСДРП"
  en: "RSDRP"
  expansion: {en: "Russian Social Democratic Labour Party"}
  explain: {kk: "Партия", ru: "Партия", en: "Russia's Marxist party"}
  match: {en: 'Party'}
- id: thaw
  kk: "жылымық"
  ru: "оттепель"
  en: "the Thaw"
  explain: {kk: "Кезең", ru: "Период", en: "A period"}
  match: {en: 'Thaw'}
- id: dictatorship
  kk: "диктатура"
  ru: "диктатура"
  en: "dictatorship"
  explain: {kk: "Билік", ru: "Власть", en: "Rule"}
  match: {en: 'dictatorship'}
"""


def test_a_term_link_inside_a_longer_name_is_a_located_warning(tmp_path):
    """Issue 19's trial, 61: `match: {en: 'Party'}` for the RSDRP linked the "Party" of "Communist Party" on every
    page, and nothing said so. A capitalized word just before the link (not a sentence's first) or just after
    it, that none of the term's own words begins like, is a longer name: the editor is told, once a pattern.
    A sentence's first word and a possessive are not names."""
    en = (
        "# T\n\n{#intro-1} On the Communist Party. Thaw came; the Bolsheviks’ dictatorship held.\n\n"
        "{#intro-2} The Communist Party and the Party again.\n"
    )
    pages = {**trilingual("# T\n\n{#intro-1} x.\n\n{#intro-2} y.\n", None, en), **GLOSSARY_PAGES}
    result = build(with_source(tmp_path, pages, terms=PARTY_TERMS))
    assert messages(result) == []
    assert [str(p) for p in result.problems if p.path.endswith("terms.yml")] == [
        "source/terms.yml:8:15: warning: term 'rsdrp': match.en 'Party' links 'Party' inside 'Communist Party'"
        " (docs/index.en.md:3:29), a longer name that may not be this term: narrow the pattern so that it finds the"
        " term only, or let it take the whole name if the name is the term"
    ]
    narrowed = PARTY_TERMS.replace("match: {en: 'Party'}", "match: {en: '(?<!Communist )Party'}")
    (tmp_path / "narrowed").mkdir()
    result = build(with_source(tmp_path / "narrowed", pages, terms=narrowed))
    assert [str(p) for p in result.problems if p.path.endswith("terms.yml")] == []


def test_a_term_link_never_splits_a_word():
    """A pattern that stops at a stem links the whole inflected word; a match that starts inside a word is
    passed over for the next one."""
    import re as re_

    from edition import terms

    term = terms.Term("narkom", {}, {}, {}, {"en": re_.compile("[Pp]eople’s [Cc]ommissar")})
    text = "the people’s commissariats and the People’s Commissar"
    ((start, end, _),) = terms.first_occurrences(text, [], [term], "en")
    assert text[start:end] == "people’s commissariats"
    stem = terms.Term("soviet", {}, {}, {}, {"en": re_.compile("oviet")})
    ((start, end, _),) = terms.first_occurrences("Soviet power; the oviet", [], [stem], "en")
    assert (start, end) == (18, 23)


def test_a_misspelt_key_in_a_note_is_a_located_warning(tmp_path):
    notes = NOTES.replace("- id: second\n  where: intro-2\n", "- id: second\n  where: intro-2\n  anchr: {en: a}\n")
    result = build(with_source(tmp_path, trilingual(NOTED), notes=notes))
    warnings = [str(p) for p in result.problems if p.severity == "warning"]
    assert "source/notes.yml:8:3: warning: unknown key 'anchr' (did you mean 'anchor'?)" in warnings
    assert not [w for w in warnings if "'kk'" in w or "'ru'" in w or "'en'" in w]  # the texts, by language


# -- the shape of a page: no text reaches the site unchecked ----------------------------------------------------


def whole_article_pages(article_en: str = "# Article\n\n{whole-article}\n", article_kk: str | None = None) -> dict:
    pages = trilingual("# Аңдатпа\n\nМәтін.\n")
    for suffix in ("", ".ru", ".en"):
        pages[f"introduction{suffix}.md"] = "# Intro\n\n{#intro-1} a [@kritsman1926]\n"
        pages[f"article{suffix}.md"] = "# Article\n\n{whole-article}\n"
    pages["article.en.md"] = article_en
    if article_kk is not None:
        pages["article.md"] = article_kk
    return pages


def test_the_whole_article_pages_own_text_has_no_marks(tmp_path):
    extra = "# Article\n\nAn introduction.\n\n{whole-article}\nX [@nonexistent] {em:zzz} {note:zzz} {pb:9999}.\n"
    result = build(project(tmp_path, whole_article_pages(extra)))
    own = "the whole-article page has only its title, an introduction and {whole-article}: move this citation or"
    assert messages(result) == [
        f"docs/article.en.md:6:{col}: {own} mark to the section it belongs to" for col in (3, 18, 27, 38)
    ]


def test_a_heading_may_name_its_own_id(tmp_path):
    # Markdown's "## Title {#id}" is the heading's id, not a paragraph's (it was two false errors)
    pages = trilingual("# T\n\n{#intro-1} a\n\n## How to cite {#how-to-cite}\n\n{#intro-2} Text.\n")
    result = build(project(tmp_path, pages))
    assert messages(result) == []
    assert "## How to cite {#how-to-cite}" in result.pages[("en", "index")]


def test_whole_article_twice_is_one_message(tmp_path):
    pages = whole_article_pages("# Article\n\n{whole-article}\n\n{whole-article}\n")
    assert messages(build(project(tmp_path, pages))) == [
        "docs/article.en.md:5:1: {whole-article} stands twice on this page: delete one"
    ]


def test_whole_article_only_where_the_original_has_it(tmp_path):
    pages = whole_article_pages(article_kk="# Мақала\n\nМәтін.\n")
    result = build(project(tmp_path, pages))
    assert messages(result) == [
        "docs/article.en.md:3:1: {whole-article} is not in the original page docs/article.md: delete it, or add it"
        " there first",
        "docs/article.ru.md:3:1: {whole-article} is not in the original page docs/article.md: delete it, or add it"
        " there first",
    ]


def test_whole_article_in_a_body_section_is_one_message(tmp_path):
    pages = whole_article_pages()
    pages["introduction.en.md"] += "\n{whole-article}\n"
    result = build(project(tmp_path, pages))
    assert messages(result) == [
        "docs/introduction.en.md:5:1: {whole-article} on a body section (it has paragraph ids): delete it;"
        " the whole article is a page of its own"
    ]


def test_a_split_paragraph_is_one_message_not_also_its_notes(tmp_path):
    split = NOTED.replace("екі [@", "екі\n\n[@")
    result = build(with_source(tmp_path, trilingual(split, NOTED, NOTED), notes=NOTES))
    assert messages(result) == [
        "docs/index.md:5:1: this paragraph has no {#id}: join it to the paragraph before, or give it the id of the"
        " original's paragraph"
    ]


def test_lists_tables_admonitions_and_generated_lists_need_no_id(tmp_path):
    body = "# T\n\n{#intro-1} a\n\n## Sub\n\n- item\n\n1. one\n\n| a |\n|---|\n\n!!! note\n    text\n\n"
    body += "<p>x</p>\n\n{notes}\n\nProse.\n"
    result = build(project(tmp_path, trilingual(body)))
    assert [m.split(": this")[0] for m in messages(result) if "{#id}" in m] == [
        f"docs/index{suffix}.md:21:1" for suffix in (".en", "", ".ru")
    ]


def test_a_look_alike_letter_in_a_note_or_term_id_is_named(tmp_path):
    notes = NOTES.replace("- id: third", "- id: thаrd")  # a Cyrillic а
    terms = TERMS.replace("- id: arkhiv", "- id: аrkhiv")
    result = build(with_source(tmp_path, trilingual(NOTED), notes=notes, terms=terms))
    odd = "contains U+0430 CYRILLIC SMALL LETTER A at character {}, where the rest is Latin: write it in Latin letters"
    assert f"source/notes.yml:11:7: note id 'thаrd' {odd.format(3)}" in messages(result)
    assert f"source/terms.yml:15:7: term id 'аrkhiv' {odd.format(1)}" in messages(result)


def test_a_language_the_edition_does_not_have_in_a_term_is_a_located_warning(tmp_path):
    """`match: {de: ...}` or `kz:` would be silently unused."""
    terms = TERMS.replace("en: 'VKP\\(b\\)'}", "en: 'VKP\\(b\\)', de: 'KPdSU'}").replace(
        '  en: "archive"\n', '  en: "archive"\n  kz: "мұрағат"\n'
    )
    assert "de: 'KPdSU'" in terms and 'kz: "' in terms
    result = build(with_source(tmp_path, trilingual("# T\n\nx\n"), terms=terms))
    assert messages(result) == []
    warnings = [str(p) for p in result.problems if p.severity == "warning"]
    assert "source/terms.yml:8:68: warning: unknown key 'de' (the keys are kk, ru, en)" in warnings
    assert (
        "source/terms.yml:19:3: warning: unknown key 'kz' (the keys are id, kk, ru, en, expansion, explain, match)"
        in warnings
    )


def test_a_misspelt_required_key_is_one_message_at_the_key_and_its_marks_are_not_unknown(tmp_path):
    em = (
        "- {id: sp, where: intro-1, source: 'а.б', reading: 'а. б', wyh: space}\n"
        "- {id: ok, where: intro-2, source: 'в', reading: 'г', why: letter}\n"
    )
    notes = NOTES.replace("  where: intro-2\n", "  wher: intro-2\n")
    terms = TERMS.replace('  explain: {kk: "Мұрағат"', '  explian: {kk: "Мұрағат"').replace(
        '  ru: "совет"', '  rus: "совет"'
    )
    body = NOTED.replace("{#intro-1} ", "{#intro-1} {em:sp} ").replace("{note:second}", "{note:second} {em:ok}")
    result = build(with_source(tmp_path, trilingual(body), notes=notes, terms=terms, emendations=em))
    assert [str(p) for p in result.problems if "meant to be" in p.message or "unknown" in p.message] == [
        "source/emendations.yml:1:60: record is missing 'why' (is 'wyh' meant to be 'why'?)",
        "source/notes.yml:7:3: record is missing 'where' (is 'wher' meant to be 'where'?)",
        "source/terms.yml:11:3: term 'soviet' has no form in 'ru': is 'rus' meant to be 'ru'?",
        "source/terms.yml:19:3: term 'arkhiv' has no 'explain': is 'explian' meant to be 'explain'?",
    ]


# the fixture's article.yml with a misspelt key and a key an author does not have
ARTICLE = FIXTURE_ARTICLE.replace(
    '    initials: {kk: "С.А.", ru: "С.А.", en: "S.A."}\n',
    '    initials: {kk: "С.А.", ru: "С.А.", en: "S.A."}\n    orcid: x\n',
).replace("first_body_page:", "first_body_pgae:")


def test_a_misspelt_key_in_a_term_or_the_article_is_a_located_warning(tmp_path):
    terms = TERMS.replace('  explain: {kk: "Мұрағат"', '  expanson: {en: x}\n  explain: {kk: "Мұрағат"')
    result = build(with_source(tmp_path, trilingual("# T\n\nx\n"), terms=terms, article=ARTICLE))
    assert messages(result) == []
    warnings = [str(p) for p in result.problems if p.severity == "warning"]
    assert "source/terms.yml:19:3: warning: unknown key 'expanson' (did you mean 'expansion'?)" in warnings
    assert "source/article.yml:15:5: warning: unknown key 'orcid' (the keys are family, initials)" in warnings
    assert (
        "source/article.yml:16:1: warning: unknown key 'first_body_pgae' (did you mean 'first_body_page'?)" in warnings
    )
    assert not [w for w in warnings if "'kk'" in w or "'ru'" in w or "'en'" in w]  # the terms' forms, by language


@pytest.mark.parametrize("code", ["kk", "ru", "en"])
def test_dates_are_written_as_cldr_writes_them(code):
    """dates.py fills the locale's date_format with its own month names (Babel's CLDR data costs a build tens of
    milliseconds to load): every month and a one- and a two-digit day come out as Babel writes them."""
    loc = locales.get(code)
    for month in range(1, 13):
        for day in (1, 9, 25):
            iso = f"2026-{month:02}-{day:02}"
            assert dates.written(iso, loc) == format_date(
                datetime.date.fromisoformat(iso), loc.date_format, locale=code
            )
    assert dates.written("2026-02-30", loc) == "2026-02-30"  # shown as written; the gate reports it


def fill_as_edition_js(template: str, day: datetime.date, months: list) -> str:
    """What docs/assets/edition.js does with a paragraph number's data-accessed and data-months."""
    values = {"d": day.day, "dd": f"{day.day:02}", "M": day.month, "MM": f"{day.month:02}", "y": day.year}
    values |= {"MMMM": months[day.month - 1] if months else "undefined", "yyyy": day.year}  # as JS reads []
    return re.sub(r"\{(d|dd|M|MM|MMMM|y|yyyy)\}", lambda m: str(values[m.group(1)]), template)


@pytest.mark.parametrize("code", ["kk", "ru", "en"])
def test_the_date_of_access_is_written_as_the_locale_says(code):
    """A reviewer's finding: a paragraph's citation copied on an English page ended "(accessed: 07.12.2026)",
    which English readers misread. The browser writes the date by the locale's cite_accessed_date, which the
    page carries as a template (render.py): filled as edition.js fills it, it is the date as CLDR writes that
    pattern, every month; in English the month is named, in Kazakh and Russian GOST's figures stay."""
    from edition.render import ParagraphNumber

    loc = locales.get(code)
    html = ParagraphNumber("results-12", "Cite", ()).html(loc)
    template = re.search(r'data-accessed="([^"]*)"', html).group(1)
    months = re.search(r'data-months="([^"]*)"', html)
    months = months.group(1).split("|") if months else []
    for month in range(1, 13):
        day = datetime.date(2026, month, 7)
        date = format_date(day, loc.cite_accessed_date, locale=code)
        assert fill_as_edition_js(template, day, months) == loc.cite_accessed.replace("{date}", date)
        assert dates.written(day.isoformat(), loc, loc.cite_accessed_date) == date
    december = fill_as_edition_js(template, datetime.date(2026, 12, 7), months)
    expected = {
        "kk": "(қаралған күні: 07.12.2026)",
        "ru": "(дата обращения: 07.12.2026)",
        "en": "(accessed: 7 December 2026)",
    }
    assert december == expected[code]
    assert ("data-months" in html) == ("MMMM" in loc.cite_accessed_date)  # the names only where a date writes one


def test_a_wrong_date_of_access_pattern_is_refused_by_its_key(tmp_path):
    src = (ROOT / "scripts/edition/locales/en.yml").read_text(encoding="utf-8")
    (tmp_path / "en.yml").write_text(src.replace('cite_accessed_date: "d MMMM y"', 'cite_accessed_date: "EEEE d"'))
    loc, problems = locales.load("en", str(tmp_path))
    assert loc is None and "cite_accessed_date 'EEEE d'" in problems[0].message, problems


def test_a_date_pattern_becomes_the_browsers_template():
    assert dates.template("d MMMM y") == "{d} {MMMM} {y}"
    assert dates.template("dd.MM.y") == "{dd}.{MM}.{y}"
    assert dates.template("d MMMM y 'г'.") == "{d} {MMMM} {y} г."
    assert dates.template("y 'жылғы' d MMMM") == "{y} жылғы {d} {MMMM}"


def test_a_date_format_with_a_field_a_day_does_not_have_is_refused():
    assert dates.pattern_problem("d MMMM y 'г'.") is None
    assert "EEEE" in dates.pattern_problem("EEEE, d MMMM y")
    assert "quote" in dates.pattern_problem("d MMMM y 'г.")


def test_generated_table_cells_are_labelled_and_keep_their_markup():
    """Each cell names its column (data-label), and naming it does not escape a cell's own markup (it once
    did: every table of the About and Corrections pages showed its HTML as text); a cell's text stays escaped,
    and so do a label and a row's id."""
    from edition.render import Html
    from edition.tables import _table

    rows = [(None, ("a<b", Html("<i>c</i>"))), ('x"1', ("d", "e"))]
    out = _table("t", ["One", 'T"wo'], rows)
    assert '<tr><td data-label="One">a&lt;b</td><td data-label="T&quot;wo"><i>c</i></td></tr>' in out
    assert '<tr id="x&quot;1"><td data-label="One">d</td>' in out
    assert "&lt;td" not in out and "&lt;/td" not in out and "&lt;i" not in out
