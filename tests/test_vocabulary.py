"""The edition's own words (source/vocabulary.md): no word its "Words kept out" table lists stands in the interface
strings or the edition's own pages of that language. Fast: reads files, builds nothing."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
VOCABULARY = ROOT / "source" / "vocabulary.md"
LANGS = ("kk", "ru", "en")
# the edition's own pages (the article's abstracts and body are the authors' text and its translations)
OWN_PAGES = ("about", "references", "corrections", "glossary", "article")


def kept_out() -> dict[str, list[tuple[str, str]]]:
    """language -> [(word, why)] from the table under "## Words kept out"."""
    text = VOCABULARY.read_text(encoding="utf-8")
    table = text[text.index("## Words kept out") :]
    rows: dict[str, list[tuple[str, str]]] = {lang: [] for lang in LANGS}
    for line in table.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 3 and cells[0] in LANGS:
            rows[cells[0]].append((cells[1], cells[2]))
    return rows


def pattern(word: str) -> re.Pattern:
    """A whole word or phrase; one that ends in '-' is a stem (меңзер- finds меңзерді)."""
    stem = word.endswith("-")
    body = re.escape(word.rstrip("-")).replace(r"\ ", r"\s+")
    return re.compile(r"(?<!\w)" + body + ("" if stem else r"(?!\w)"), re.I)


def strings(value):
    """Every string in a YAML value (the locales' words, not their comments)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from strings(v)


def texts(lang: str) -> dict[str, str]:
    """What a reader of `lang` reads, by file: its locale's words, its pages, Material's Kazakh strings."""
    found = {}
    locale = ROOT / "scripts" / "edition" / "locales" / f"{lang}.yml"
    found[str(locale.relative_to(ROOT))] = "\n".join(strings(yaml.safe_load(locale.read_text(encoding="utf-8"))))
    for name in OWN_PAGES:
        page = ROOT / "docs" / (f"{name}.md" if lang == LANGS[0] else f"{name}.{lang}.md")
        found[str(page.relative_to(ROOT))] = page.read_text(encoding="utf-8")
    # the corrections log's words in this language (`what`/`why` are English; `what-kk`, `why-ru` ... the others)
    log = ROOT / "source" / "corrections.yml"
    fields = ("what", "why") if lang == "en" else (f"what-{lang}", f"why-{lang}")
    records = yaml.safe_load(log.read_text(encoding="utf-8"))
    found[str(log.relative_to(ROOT))] = "\n".join(str(r.get(f, "")) for r in records for f in fields)
    # the abstract page's notices (the abstract itself is the authors' text)
    index = ROOT / "docs" / ("index.md" if lang == LANGS[0] else f"index.{lang}.md")
    notices = re.findall(r'<p class="edition-notice">.*?</p>', index.read_text(encoding="utf-8"), re.S)
    found[str(index.relative_to(ROOT))] = "\n".join(notices)
    for html in sorted((ROOT / "overrides").rglob("*.html")):
        text = re.sub(r"\{#.*?#\}", "", html.read_text(encoding="utf-8"), flags=re.S)  # not the templates' comments
        if html.parent.name == "languages" and html.stem != lang:
            continue  # Material's strings of another language
        found[str(html.relative_to(ROOT))] = text
    return found


def test_the_table_of_words_kept_out_is_read():
    rows = kept_out()
    assert all(len(rows[lang]) >= 5 for lang in LANGS), rows
    assert pattern("меңзер-").search("меңзерді апарғанда") and not pattern("түпнұсқада").search("түпнұсқадан")
    assert pattern("печатного издания").search("С. 5 печатного\nиздания")
    # the corrections log is read in each language, its English fields without a suffix
    log_en = texts("en")["source/corrections.yml"]
    assert "emendation" in log_en and "эменда" not in log_en
    assert "Первая публикация издания" in texts("ru")["source/corrections.yml"]


@pytest.mark.parametrize("lang", LANGS)
def test_no_word_kept_out_in_the_editions_own_words(lang):
    found = []
    for path, text in texts(lang).items():
        for word, why in kept_out()[lang]:
            for m in pattern(word).finditer(text):
                line = text.count("\n", 0, m.start()) + 1
                found.append(f"{path}:{line}: '{m.group(0)}' ({why})")
    assert found == []


def test_one_name_for_one_thing_in_the_interface():
    """The words the vocabulary gives, where the interface names those things."""
    loc = {lang: yaml.safe_load((ROOT / f"scripts/edition/locales/{lang}.yml").read_text("utf-8")) for lang in LANGS}
    # the source's reading of an emendation; the Kazakh original is «түпнұсқа», never the printed text
    assert "дереккөзде" in loc["kk"]["emendation_title"] and "в источнике" in loc["ru"]["emendation_title"]
    assert "source reads" in loc["en"]["emendation_title"]
    assert [c[1] for c in (loc["kk"]["emendation_columns"], loc["ru"]["emendation_columns"])] == [
        "Дереккөзде",
        "В источнике",
    ]
    # a print page is a page of the journal, not of an "edition"
    assert "журнал" in loc["kk"]["page_title"].lower() and "журнал" in loc["ru"]["page_title"]
    assert "journal" in loc["en"]["page_title"]
    # Kazakh «сілтеме» is a citation: a paragraph's and a heading's place is an address
    assert "мекенжай" in loc["kk"]["para_link_title"] and "мекенжай" in loc["kk"]["permalink_title"]
    # the corrections log and the emendations are named apart in every language
    for lang in LANGS:
        about = (ROOT / "docs" / ("about.md" if lang == "kk" else f"about.{lang}.md")).read_text("utf-8")
        log = (ROOT / "docs" / ("corrections.md" if lang == "kk" else f"corrections.{lang}.md")).read_text("utf-8")
        log_title = log.splitlines()[0][2:]
        emendations = re.search(r"^## (.*)\n\n\{emendations\}", about, re.M).group(1)
        assert emendations.split()[0].lower()[:6] == "эменда" if lang != "en" else emendations == "Emendations"
        assert emendations.split()[0] not in log_title, (emendations, log_title)


def test_the_logs_and_the_notices_words_are_read():
    """The corrections log's fields and the abstract page's notice reach the check above, in every language."""
    for lang in LANGS:
        found = texts(lang)
        assert len(found["source/corrections.yml"]) > 100, lang
        index = "docs/index.md" if lang == "kk" else f"docs/index.{lang}.md"
        assert found[index].startswith('<p class="edition-notice">'), lang


def kk_page_titles() -> list[str]:
    """The Kazakh pages' titles (their `title:` or `# ` heading), as the edition's prose names them in « »."""
    titles = []
    for page in sorted((ROOT / "docs").glob("*.md")):
        if page.stem.count(".") or page.stem in ("index", "article"):
            continue  # a translation; the abstract and the whole article are titled by the article's title
        for line in page.read_text(encoding="utf-8").splitlines():
            if line.startswith("# "):
                titles.append(line[2:].strip())
                break
    return titles


def named_with_an_ending(text: str, titles: list[str]) -> list[str]:
    """«Терминдер сөздігіндегі» түсініктемесіне: a title in « » keeps its own form; the case ending goes on the
    word after it («Терминдер сөздігі» бетіндегі, «Түзетулер журналы» бетінде)."""
    found = []
    for title in titles:
        stem = re.escape(title[:-1] if title[-1] in "іы" else title)  # сөздігі -> сөздіг(індегі)
        for m in re.finditer("«" + stem + r"\w*»", text):
            if m.group(0) != f"«{title}»":
                found.append(m.group(0))
    return found


def test_kazakh_page_names_in_quotes_take_no_case_ending():
    titles = kk_page_titles()
    assert {"Терминдер сөздігі", "Түзетулер журналы", "Әдебиеттер", "Нәтижелер"} <= set(titles), titles
    assert set(named_with_an_ending("«Терминдер сөздігіндегі» түсініктемесіне, «Түзетулер журналында»", titles)) == {
        "«Терминдер сөздігіндегі»",
        "«Түзетулер журналында»",
    }
    assert named_with_an_ending("«Терминдер сөздігі» бетіндегі, «Нәтижелер» бөлімі", titles) == []
    found = []
    for path, text in texts("kk").items():
        found += [f"{path}: {hit}" for hit in named_with_an_ending(text, titles)]
    assert found == []


def test_texts_include_the_home_page_notices_and_the_corrections_log():
    ru = texts("ru")
    assert "авторский текст" in ru["docs/index.ru.md"] and "Ключевые слова" not in ru["docs/index.ru.md"]
    assert "эмендаций" in ru["source/corrections.yml"] and "First publication" not in ru["source/corrections.yml"]
    assert pattern("примечания издания").search("Примечания издания к ошибкам")


def test_ru_volume_and_page_lowercase_inside_a_sentence():
    """style-ru.md: in running text «т. 28, № 4, с. 1245–1259»; «Т.», «С.» only after a full stop, as in the
    bibliographic description."""
    found = []
    for path, text in texts("ru").items():
        for m in re.finditer(r"[,;:]\s+[ТС]\.\s", text):
            found.append(f"{path}:{text.count(chr(10), 0, m.start()) + 1}: {m.group(0)!r} (lowercase: т., с.)")
    assert found == []


# «ГОСТ» alone (no number after it) after a preposition: «по ГОСТ, APA и Chicago» beside «как в ГОСТе»
_RU_BARE_GOST = re.compile(r"(?<!\w)(?:по|в|во|о|об|от|из|к|с|до|при|согласно) ГОСТ(?!\w)(?! Р)", re.I)


def test_ru_gost_alone_after_a_preposition_is_declined():
    """style-ru.md: «ГОСТ» without its number is declined after a preposition, as the pages decline it elsewhere
    («по ГОСТу», «в ГОСТе»); with its number it stays as it is («по ГОСТ Р 7.0.100–2018»)."""
    assert _RU_BARE_GOST.search("описание статьи по ГОСТ, APA и Chicago")
    assert _RU_BARE_GOST.search("дата, как в ГОСТ, пишется цифрами")
    assert not _RU_BARE_GOST.search("составлены по ГОСТ Р 7.0.100–2018")
    assert not _RU_BARE_GOST.search("по ГОСТу и в стилях APA; как в ГОСТе; ГОСТ пишет")
    found = []
    for path, text in texts("ru").items():
        for m in _RU_BARE_GOST.finditer(text):
            found.append(f"{path}:{text.count(chr(10), 0, m.start()) + 1}: {m.group(0)!r} (по ГОСТу, в ГОСТе)")
    assert found == []


def test_the_editors_facts_have_one_name_in_the_line_under_an_entry():
    """The line under an entry names the editor's facts one way, checked or not: "the editor’s knowledge, not yet
    checked" and "the editor’s knowledge, checked in a copy …" («сведения редактора, …»), never "the editor,
    checked …", which says that the editor was checked."""
    for lang in ("en", "ru"):
        words = yaml.safe_load((ROOT / "scripts/edition/locales" / f"{lang}.yml").read_text("utf-8"))
        sources = words["provenance_sources"]
        name = sources["editor"].split(",")[0]
        assert sources["work"].split(",")[0] == name, (lang, sources["work"], name)


def test_kk_volume_and_page_lowercase_inside_a_line():
    """The Kazakh pages' line under the title, as the Russian: «Отан тарихы, 2025, т. 28, № 4, б. 1245–1259»; «Т.»,
    «Б.» only after a full stop, as in the bibliographic description (About's «… 2025. Т. 28. № 4. Б. …»)."""
    found, lines = [], 0
    for name in ("index", "about", "references", "corrections", "glossary"):
        text = (ROOT / "docs" / f"{name}.md").read_text(encoding="utf-8")
        lines += len(re.findall(r"\{article:volume\}", text))
        for m in re.finditer(r"[,;:]\s+[ТБ]\.\s(?=\{article:|\d)", text):  # a number follows (not Т. Омарбеков)
            found.append(f"docs/{name}.md:{text.count(chr(10), 0, m.start()) + 1}: {m.group(0)!r} (lowercase: т., б.)")
    assert lines >= 2, "no page gives the volume: the check reads nothing"
    assert found == []


def test_ru_glossary_tooltip_puts_no_dash_before_the_explanation():
    """The explanations begin with a capital (they stand alone in the glossary): after a dash it would be wrong
    («Совет народных комиссаров — Правительство…»), so the Russian tooltip joins them with a full stop."""
    loc = yaml.safe_load((ROOT / "scripts/edition/locales/ru.yml").read_text("utf-8"))
    terms = yaml.safe_load((ROOT / "source/terms.yml").read_text("utf-8"))
    capital = [t for t in terms if t.get("expansion") and t["explain"]["ru"][:1].isupper()]
    assert capital, "no term with an expansion and a capitalised explanation: the check tests nothing"
    for term in capital:
        title = loc["term_title"].format(expansion=term["expansion"]["ru"], explain=term["explain"]["ru"])
        assert not re.search(r"[—–-]\s+" + re.escape(term["explain"]["ru"][:1]), title), title


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_note_tooltip_puts_no_colon_before_the_note(lang):
    """An editor's note is whole sentences, beginning with a capital: after a colon Russian and Kazakh go on in
    lowercase («Примечание редактора: Партия называлась…», «Редактордың ескертпесі: Партия…» are wrong), and so
    does English when one sentence follows (Chicago 6.63: “Editor’s note: In 1917 the capital…” is wrong), so the
    tooltip joins them with a full stop, as the term's tooltip joins its expansion and explanation."""
    loc = yaml.safe_load((ROOT / f"scripts/edition/locales/{lang}.yml").read_text("utf-8"))
    notes = yaml.safe_load((ROOT / "source/notes.yml").read_text("utf-8"))
    capital = [n[lang] for n in notes if n[lang][:1].isupper()]
    assert capital, f"no {lang} note begins with a capital: the check tests nothing"
    for text in capital:
        title = loc["note_title"].format(text=text)
        assert not re.search(r":\s+" + re.escape(text[:1]), title), title


def test_ru_about_says_no_entry_is_checked_only_while_none_is():
    """About's key says no entry has the ✓ yet: true only while no entry of bibliography.bib is checked."""
    about = (ROOT / "docs/about.ru.md").read_text("utf-8")
    bib = (ROOT / "bibliography.bib").read_text("utf-8")
    checked = re.search(r"status\s*=\s*\{checked\}", bib)
    says_none = "пока не получила ни одна запись" in about
    assert not (checked and says_none), "an entry is checked: drop «Знак ✓ … пока не получила ни одна запись» in About"


def test_ru_corrections_page_says_the_order_the_log_is_shown_in():
    """The Corrections page says its rows run from the newest to the oldest, the publication last: true of the
    table the engine writes (tables.corrections)."""
    from edition import locales, tables

    page = (ROOT / "docs/corrections.ru.md").read_text("utf-8")
    assert "от новых к старым" in page and "нижняя строка — сама публикация" in page
    loc = locales.get("ru")

    class Record(dict):  # as the engine reads the log: a field in a language
        def text(self, key, lang):
            return self.get(f"{key}-{lang}", self[key])

    log = [
        Record(date="2026-11-25", where="edition", what="FIRST", why="—"),
        Record(date="2026-12-07", where="edition", what="LATER", why="—"),
        Record(date="2026-12-07", where="edition", what="LATEST", why="—"),  # the same day, written after
    ]
    html = str(tables.corrections(log, loc, tables.Places({}, "")))
    assert html.index("LATER") < html.index("FIRST"), "the log is no longer shown newest first: reword the page"
    assert html.index("LATEST") < html.index("LATER"), "records of one day are shown oldest first: reword the page"


def test_a_log_record_that_names_a_page_shows_the_pages_title():
    """A record of the log may name a whole page (`where: references`, source/corrections.yml): its «Орны» cell
    gives that page's title in the reader's language, not the record's English page name."""
    from edition import locales, tables

    class Record(dict):
        def text(self, key, lang):
            return self.get(f"{key}-{lang}", self[key])

    log = [Record(date="2026-12-07", where="references", what="W", why="—")]
    assert any(r["where"] == "references" for r in yaml.safe_load((ROOT / "source/corrections.yml").read_text("utf-8")))
    places = tables.Places({"results-1": "results"}, "../", str, {"references": "Әдебиеттер", "results": "Нәтижелер"})
    html = str(tables.corrections(log, locales.get("kk"), places))
    assert '<a href="../references/">Әдебиеттер</a>' in html and ">references<" not in html, html


def test_kk_about_names_the_translation_pages_checkbox_by_the_words_they_show():
    """The checkbox that shows the Kazakh original beside a translation is only on the Russian and English pages,
    in their language (the Kazakh `parallel_label` is never shown: a Kazakh page is no translation). About (kk)
    names it by the words a reader finds there, «…» of ru.yml and en.yml, not by a Kazakh label that is nowhere."""
    loc = {lang: yaml.safe_load((ROOT / f"scripts/edition/locales/{lang}.yml").read_text("utf-8")) for lang in LANGS}
    about = (ROOT / "docs" / "about.md").read_text("utf-8")
    assert "құсбелгі" in about, "About (kk) no longer speaks of the checkbox: drop this test"
    for lang in ("ru", "en"):  # in the reader's words, marked as being in that language (WCAG 3.1.2)
        label = f'«<span lang="{lang}">{loc[lang]["parallel_label"]}</span>»'
        assert label in about, (lang, label)
    assert f"«{loc['kk']['parallel_label']}»" not in about


def about(lang: str) -> str:
    return (ROOT / "docs" / ("about.md" if lang == "kk" else f"about.{lang}.md")).read_text("utf-8")


@pytest.mark.parametrize("lang", LANGS)
def test_corrections_page_sends_to_the_emendations_table_by_its_heading(lang):
    """The Corrections page says that the emendations are not logged there but in a table of About: it names that
    table by the heading About gives it (the heading over {emendations}), in « » in Kazakh and Russian."""
    heading = re.search(r"^## (.+)\n+\{emendations\}", about(lang), re.M)
    assert heading, (lang, "About no longer has a heading over {emendations}: reword this test")
    name = heading.group(1).strip()
    said = f"«{name}»" if lang in ("kk", "ru") else f"{name} table"
    page = (ROOT / "docs" / ("corrections.md" if lang == "kk" else f"corrections.{lang}.md")).read_text("utf-8")
    assert said in page, (lang, said)


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_about_names_the_checkbox_by_both_labels_a_translation_page_shows(lang):
    """A translated page labels its checkbox by the screen's width (edition.css): beside the translation on a wide
    screen (`parallel_label`), under each paragraph on a phone (`parallel_label_narrow`). About in the language of
    that page names both, as the Kazakh About says where the original goes on a phone («телефонда — астында»)."""
    loc = yaml.safe_load((ROOT / f"scripts/edition/locales/{lang}.yml").read_text("utf-8"))
    q = ("«", "»") if lang == "ru" else ("“", "”")
    for key in ("parallel_label", "parallel_label_narrow"):
        label = f"{q[0]}{loc[key]}{q[1]}"
        assert label in about(lang), (lang, key, label)
    assert "телефонда — астында" in about("kk"), "About (kk) no longer says where the original goes on a phone"


def test_about_names_the_references_key_by_the_words_the_references_page_shows():
    """About's key sends the reader to the explanation of ✓ ◐ ? above the References by the heading that block
    shows (`status_legend`), in every language, not only "above the list"."""
    for lang in LANGS:
        loc = yaml.safe_load((ROOT / f"scripts/edition/locales/{lang}.yml").read_text("utf-8"))
        assert loc["status_legend"] in about(lang), (lang, loc["status_legend"])


@pytest.mark.parametrize("lang, results", [("en", "Results ¶ 12"), ("ru", "Результаты ¶ 12"), ("kk", "Нәтижелер ¶ 12")])
def test_about_says_what_the_paragraph_sign_of_a_place_means(lang, results):
    """The tables and the References name a place as "Results ¶ 12": About says what the ¶ stands for, in the key
    and beside the tables' "Where" column (a first-time reader need not know the sign)."""
    assert about(lang).count(results) >= 2, (lang, results)


def data_fields(lang: str) -> dict[str, str]:
    """The edition's own prose of a language in the data files, which the reader sees under the pages, in the
    tooltips and on About: the editor's notes (`en`, `kk`), the emendations' reasons (`why`, `why-kk`), the
    Glossary's explanations and the bibliography's notes (`note-en`, `note-kk`)."""
    from pybtex.database import parse_file

    notes = yaml.safe_load((ROOT / "source/notes.yml").read_text("utf-8"))
    emendations = yaml.safe_load((ROOT / "source/emendations.yml").read_text("utf-8"))
    terms = yaml.safe_load((ROOT / "source/terms.yml").read_text("utf-8"))
    why = "why" if lang == "en" else f"why-{lang}"  # the reason's English is the record's own field
    found = {f"source/notes.yml: {n['id']}": n[lang] for n in notes}
    found |= {f"source/emendations.yml: {e['id']}": e[why] for e in emendations if why in e}
    found |= {f"source/terms.yml: {t['id']}": t["explain"][lang] for t in terms if "explain" in t}
    for key, entry in parse_file(ROOT / "bibliography.bib").entries.items():
        if f"note-{lang}" in entry.fields:
            found[f"bibliography.bib: {key}"] = entry.fields[f"note-{lang}"]
    return found


@pytest.mark.parametrize("lang", ["en", "kk"])
def test_no_word_kept_out_in_the_notes_reasons_and_explanations(lang):
    """The words kept out hold also in the notes, the reasons, the Glossary and the References' notes ("the
    congress record" reads as an entry of the edition: "the congress's published proceedings"; «жарияланған
    басылымы»: «басылым» is this edition, a cited work appeared somewhere: «қайда жарияланғаны»)."""
    fields = data_fields(lang)
    assert len(fields) > 100 and any(k.startswith("bibliography.bib") for k in fields), len(fields)
    found = [
        f"{where}: '{m.group(0)}' ({why})"
        for where, text in fields.items()
        for word, why in kept_out()[lang]
        for m in pattern(word).finditer(text)
    ]
    assert found == []


# a bracketed citation called a mark: «сілтеме белгісі», «[Сталин] белгісін», «белгісі [Сталин]»
KK_CITATION_AS_MARK = re.compile(r"сілтеме\s+белгі|\]\s+белгі|белгі\w*\s+\[")
# the journal's list named without the journal: «басылған әдебиеттер тізімі» (one name: «журналда басылған …»)
KK_PRINTED_LIST_UNNAMED = re.compile(r"(?<!журналда )(?<!журналда\n)басылған\s+(?:әдебиеттер\s+)?тізім", re.I)


def test_kk_a_citation_is_no_mark_and_the_printed_list_is_the_journals():
    """source/vocabulary.md: a bracketed citation is «сілтеме» (never «белгі», a mark of the text), and the printed
    list is «журналда басылған әдебиеттер тізімі», in the Kazakh notes and pages alike."""
    assert KK_CITATION_AS_MARK.search("мәтіндегі сілтеме белгісінде")
    assert KK_CITATION_AS_MARK.search("[Сталин] белгісін")
    assert not KK_CITATION_AS_MARK.search("сілтемеде жылы жоқ; † белгісі")
    assert KK_PRINTED_LIST_UNNAMED.search("басылған тізіммен салыстыру")
    assert not KK_PRINTED_LIST_UNNAMED.search("Журналда басылған әдебиеттер тізімі")
    found = []
    for where, text in {**data_fields("kk"), **texts("kk")}.items():
        for rx in (KK_CITATION_AS_MARK, KK_PRINTED_LIST_UNNAMED):
            found += [f"{where}: '{m.group(0)}'" for m in rx.finditer(text)]
    assert found == []


@pytest.mark.parametrize(
    "lang, page_name, says",
    [
        ("en", "corrections.en.md", ("from the newest to the oldest", "the last row is the publication itself")),
        ("kk", "corrections.md", ("Жолдар жаңасынан ескісіне қарай", "ең төменгі жол — басылымның жариялануы")),
    ],
)
def test_corrections_page_says_the_order_the_log_is_shown_in(lang, page_name, says):
    """The English and Kazakh Corrections pages say, as the Russian does, that their rows run from the newest to
    the oldest, the publication last: true of the table the engine writes (tables.corrections)."""
    from edition import locales, tables

    page = (ROOT / "docs" / page_name).read_text("utf-8")
    assert all(words in page for words in says), (lang, says)

    class Record(dict):
        def text(self, key, lang):
            return self.get(f"{key}-{lang}", self[key])

    log = [Record(date="2026-11-25", where="edition", what="FIRST", why="—")]
    log.append(Record(date="2026-12-07", where="edition", what="LATER", why="—"))
    html = str(tables.corrections(log, locales.get(lang), tables.Places({}, "")))
    assert html.index("LATER") < html.index("FIRST"), "the log is no longer shown newest first: reword the page"


def test_every_term_tooltip_opens_with_a_capital():
    """A term link's tooltip opens with the expansion, which for a common noun is lower case in the Glossary
    (revkom: "revolutionary committee"); as the tooltip's first word it takes a capital, in every language."""
    from edition import locales, terms

    loaded, problems = terms.load(ROOT / "source/terms.yml", "source/terms.yml", LANGS)
    assert not problems and any(t.expansion.get("en", "x")[:1].islower() for t in loaded), "nothing lower case to test"
    for term in loaded:
        for lang in LANGS:
            title = terms.title(term, lang, locales.get(lang))
            assert title[:1].isupper() or not title[:1].isalpha(), (term.id, lang, title[:40])


def test_kk_a_numbered_label_writes_its_number_as_an_ordinal():
    """Kazakh names a numbered thing by the ordinal with a hyphen (style-kk.md): «12-абзац», «Журналдың 1250-беті»,
    «Редактордың 2-ескертпесі», not a number after the noun («Редактордың ескертпесі 2», a calque)."""
    loc = yaml.safe_load((ROOT / "scripts/edition/locales/kk.yml").read_text("utf-8"))
    for key in ("para_number_label", "page_title", "note_label"):
        assert re.search(r"\{n\}-\w", loc[key]) and not re.search(r"\s\{n\}$", loc[key]), (key, loc[key])


@pytest.mark.parametrize(
    "lang, word, instead",
    [("kk", r"сілтеме\w*", "Қатысты беттер"), ("ru", r"ссылк\w*", "Связанные страницы")],
)
def test_material_strings_name_no_citation(lang, word, instead):
    """Material's Kazakh and Russian strings (overrides/partials/languages/) speak of links, pages and files, never
    of a citation: Kazakh «сілтеме» and Russian «ссылка» are a citation only (vocabulary.md: a Russian link is said
    with a verb, «ведёт»), so "Related links" is «Қатысты беттер», «Связанные страницы»."""
    path = ROOT / "overrides" / "partials" / "languages" / f"{lang}.html"
    text = re.sub(r"\{#.*?#\}", "", path.read_text(encoding="utf-8"), flags=re.S)
    assert '"blog.references"' in text, f"Material's {lang} strings are not read"
    assert instead in text
    found = [
        f"{path.relative_to(ROOT)}:{text.count(chr(10), 0, m.start()) + 1}: '{m.group()}' (a link is no citation)"
        for m in re.finditer(r"(?i)(?<!\w)" + word, text)
    ]
    assert found == []


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_about_names_both_labels_of_the_parallel_checkbox(lang):
    """On a phone the checkbox reads `parallel_label_narrow` (the original under each paragraph), elsewhere
    `parallel_label`: About (ru, en) names both, in the words the page shows, as the Kazakh About says «телефонда
    — астында». Told only the wide label, a phone's reader looks for a box that is not there."""
    loc = yaml.safe_load((ROOT / f"scripts/edition/locales/{lang}.yml").read_text("utf-8"))
    quote = ("«", "»") if lang == "ru" else ("“", "”")
    for key in ("parallel_label", "parallel_label_narrow"):
        assert quote[0] + loc[key] + quote[1] in about(lang), (lang, key, loc[key])


def test_ru_about_names_the_citation_it_gives_as_an_example():
    """«например, ссылка `[…]` приведена как `[…]`»: a participle agrees with a noun the sentence names, not with
    one the reader must supply (the old text had «(например, `[…]` приведена как …)»)."""
    assert not re.search(r"например, `\[", about("ru")), "name the thing: «например, ссылка `[…]`»"


# rev-ui-enru4: a fourth reading of the edition's own English and Russian

_CYRILLIC = re.compile(r"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]")


def test_en_about_shows_a_citation_in_the_form_the_english_pages_show():
    """About's example of a citation "shown" by the edition is true of the English pages, which romanize every
    citation ([Tugan-Baranovskii, 1919: 116]); only the printed form is in Cyrillic."""
    text = about("en")
    shown = re.findall(r"(?:shown as|romanized:)[^`]{0,40}`(\[[^`]*\])`", text)
    assert shown, "About gives an example of a citation as the edition shows it"
    assert [s for s in shown if _CYRILLIC.search(s)] == []
    assert not re.search(r"shown as[^`]{0,40}`\[[^`]*" + _CYRILLIC.pattern, "is shown as `[Tugan-Baranovskii]`")
    assert re.search(r"shown as[^`]{0,40}`\[[^`]*" + _CYRILLIC.pattern, "is shown as `[Туган-Барановский]`")


_RU_SECTIONS = "Введение|Материалы и методы исследования|Результаты|Обсуждение|Заключение"
_RU_AFTER_SECTION = "".join(f"(?<!раздел{ending} )" for ending in ("", "а", "е", "у", "ом"))
_RU_BARE_SECTION = re.compile(rf"{_RU_AFTER_SECTION}«(?:{_RU_SECTIONS})», абз")


def test_ru_a_section_named_with_a_paragraph_is_introduced_by_the_word_section():
    """style-ru.md: in a sentence the article's section is named as its page names it, after «раздел»:
    «(например, раздел „Результаты“, абзац 12)», not «(например, „Результаты“, абзац 12)»."""
    assert _RU_BARE_SECTION.search("(например, «Результаты», абзац 12)")
    assert not _RU_BARE_SECTION.search("(например, раздел «Результаты», абзац 12)")
    assert not _RU_BARE_SECTION.search("в разделе «Результаты», абзац 12")
    found = [
        f"{path}: …{text[max(0, m.start() - 30) : m.end() + 10]}…"
        for path, text in texts("ru").items()
        for m in _RU_BARE_SECTION.finditer(text)
    ]
    assert found == []


@pytest.mark.parametrize("lang", LANGS)
def test_a_corrections_table_cell_opens_with_a_capital(lang):
    """The Where of a correction of the whole edition stands in a table cell beside "Results ¶ 24": sentence case,
    as every other cell of the interface («Всё издание», "The whole edition", «Бүкіл басылым»)."""
    loc = yaml.safe_load((ROOT / f"scripts/edition/locales/{lang}.yml").read_text("utf-8"))
    assert loc["corrections_whole_edition"][:1].isupper(), loc["corrections_whole_edition"]


def repeated_runs(line: str, n: int = 10) -> list[str]:
    """Runs of n words that stand twice in one line (one paragraph): a sentence left twice by an edit."""
    words = re.findall(r"\S+", line)
    seen, found = set(), []
    for i in range(len(words) - n + 1):
        run = " ".join(words[i : i + n])
        if run in seen:
            found.append(run)
        seen.add(run)
    return found


@pytest.mark.parametrize("lang", LANGS)
def test_no_paragraph_of_the_editions_own_pages_says_a_sentence_twice(lang):
    """A paragraph of About, References, Corrections or Glossary does not repeat a run of ten words (the Kazakh
    About once said what the ¶ of «Нәтижелер ¶ 12» means twice in one item, a word apart)."""
    said_twice = "Ол x y z w v u t s r q p абзацты білдіреді. Сонда x y z w v u t s r q p абзацты білдіреді."
    assert repeated_runs(said_twice) and not repeated_runs("one two three four five six seven eight nine ten")
    found = []
    for name in OWN_PAGES:
        page = ROOT / "docs" / (f"{name}.md" if lang == "kk" else f"{name}.{lang}.md")
        for n, line in enumerate(page.read_text("utf-8").splitlines(), 1):
            found += [f"{page.relative_to(ROOT)}:{n}: {run}" for run in repeated_runs(line)]
    assert found == []


@pytest.mark.parametrize("lang", LANGS)
def test_an_own_page_says_no_sentence_twice(lang):
    """A sentence of an edition's page is not said again, reworded, on the same page (the Kazakh key to the marks
    once explained the ¶ of «Нәтижелер ¶ 12» in two sentences that differed by one word): two sentences of ten
    words or more that share most of their words in order are one said twice."""
    import difflib
    import itertools

    found = []
    for name in ("about", "references", "corrections", "glossary"):
        page = ROOT / "docs" / (f"{name}.md" if lang == "kk" else f"{name}.{lang}.md")
        text = re.sub(r"<[^>]*>", "", page.read_text(encoding="utf-8"))
        sentences = [s for s in re.split(r"(?<=[.!?])\s+", text) if len(s.split()) >= 10]
        for a, b in itertools.combinations(sentences, 2):
            if difflib.SequenceMatcher(None, a.split(), b.split()).ratio() > 0.6:
                found.append(f"{page.relative_to(ROOT)}: «{a[:60]}…» and «{b[:60]}…»")
    assert found == []


def test_kk_whole_article_page_is_named_by_a_noun():
    """The whole-article page is «Мақаланың толық мәтіні» (its title, the nav, the footer's links) and its kicker
    «Мақаланың толық мәтіні бір бетте»: not «Мақала толығымен», the adverb of «Статья целиком» word for word."""
    title = re.search(r"^title: (.*)$", (ROOT / "docs" / "article.md").read_text("utf-8"), re.M).group(1)
    kicker = yaml.safe_load((ROOT / "scripts/edition/locales/kk.yml").read_text("utf-8"))["whole_article_label"]
    assert title == "Мақаланың толық мәтіні" and kicker.startswith(title + " "), (title, kicker)
    assert "толығымен" not in title + kicker


@pytest.mark.parametrize("lang", LANGS)
def test_glossary_names_the_line_that_leads_back_by_its_words(lang):
    """The Glossary's opening says which line of an entry leads back to the text, by the words the entry shows
    (the locale's term_uses: «Мәтіндегі орындары:», «В тексте:», “In the text:”)."""
    loc = yaml.safe_load((ROOT / f"scripts/edition/locales/{lang}.yml").read_text("utf-8"))
    page = (ROOT / "docs" / ("glossary.md" if lang == "kk" else f"glossary.{lang}.md")).read_text("utf-8")
    quoted = f"“{loc['term_uses']}”" if lang == "en" else f"«{loc['term_uses']}»"
    assert quoted in page, (lang, loc["term_uses"])


@pytest.mark.parametrize("lang", LANGS)
def test_corrections_log_names_a_whole_page_by_its_title(lang):
    """A log record whose `where` is a page (`where: references`) shows, in the table's “Where” column, the
    page's title in the reader's language as a link to it, never the page's file name: a reader of the Russian
    log saw «references» there."""
    from edition import locales, tables

    class Record(dict):
        def text(self, key, lang):
            return self.get(f"{key}-{lang}", self[key])

    title = {"kk": "Әдебиеттер", "ru": "Список литературы", "en": "References"}[lang]
    log = [Record(date="2026-12-07", where="references", what="W", why="—")]
    html = str(tables.corrections(log, locales.get(lang), tables.Places({}, "../", pages={"references": title})))
    assert f'<a href="../references/">{title}</a>' in html
    assert ">references<" not in html


def test_ru_tables_name_an_abstract_as_the_pages_do(tmp_path):
    """style-ru.md: the About and Corrections tables name an abstract's place as About and the abstract page name the
    abstract («три авторские аннотации (казахская, русская, английская)», «Русская аннотация, как и казахская…»):
    «Казахская аннотация», not also «Аннотация по-казахски». A locale may give `abstract_place` as such a mapping;
    a malformed one is a located problem, not a traceback."""
    from types import SimpleNamespace

    from edition import engine, locales

    loc, problems = locales.load("ru")
    assert problems == [] and isinstance(loc.abstract_place, dict)
    about = (ROOT / "docs" / "about.ru.md").read_text(encoding="utf-8")
    lists = SimpleNamespace(language=SimpleNamespace(locale=loc))
    for code in ("kk", "ru", "en"):
        place = engine.GeneratedLists.where_name(lists, f"abstract-{code}")
        adjective = place.split()[0].lower()
        assert place.endswith(" аннотация") and adjective in about, place
    assert "по-" not in " ".join(loc.abstract_place.values())
    # English keeps the words with {language}
    en, _ = locales.load("en")
    assert engine.GeneratedLists.where_name(SimpleNamespace(language=SimpleNamespace(locale=en)), "abstract-kk") == (
        "Abstract in Kazakh"
    )
    # a mapping with an empty name is refused, with the file named
    text = (ROOT / "scripts/edition/locales/ru.yml").read_text(encoding="utf-8")
    broken = re.sub(r"(?m)^abstract_place: .*$", 'abstract_place: {kk: ""}', text)
    (tmp_path / "ru.yml").write_text(broken, encoding="utf-8")
    none, problems = locales.load("ru", str(tmp_path))
    assert none is None and "abstract_place" in problems[0].message and "ru.yml" in problems[0].path


def test_ru_the_corrections_log_is_never_this_journal():
    """Russian «журнал» alone is the printed journal, which the log's own lines also name: the log is «журнал
    исправлений», never «этот журнал», and its line «строка журнала исправлений» (vocabulary.md). A quoted gloss
    («этот журнал» after the Kazakh «осы журнал») is a quotation, not the log's name."""
    this = re.compile(r"(?<![«\w])(?:этот|этого|этом|этому|этим)\s+журнал", re.I)
    line = re.compile(r"(?<!\w)строк\w*\s+журнала(?!\s+исправлений)", re.I)
    found = [(f, m.group(0)) for f, text in texts("ru").items() for m in (*this.finditer(text), *line.finditer(text))]
    assert found == [], found
    assert this.search("строки этого журнала") and line.search("строка журнала — не запись")
    assert not this.search("не «осы журнал» («этот журнал»)") and not line.search("строки страниц журнала")


def test_ru_an_explanation_is_only_what_a_mark_shows():
    """Russian «пояснение» names what a mark shows (vocabulary.md): the text above the References or at the head of
    a PDF is a «вводная заметка», About's list of the marks the «перечень помет» (not «пояснение помет» or
    «объяснение помет»), an emendation's reason its «причина»."""
    other = re.compile(
        r"(?<!\w)(?:пояснени|объяснени)\w*\s+(?:помет(?!\w)|к\s+пометам|к\s+(?:\w+\s+)?списк|в\s+начале|к\s+эмендаци|эмендаци)",
        re.I,
    )
    found = [(f, m.group(0)) for f, text in texts("ru").items() for m in other.finditer(text)]
    assert found == [], found
    for wrong in (
        "пояснение помет",
        "к объяснению помет",
        "пояснения к пометам",
        "в пояснении к английскому списку",
        "Пояснение в начале русского PDF",
        "два английских пояснения к эмендациям",
        "объяснении эмендации",
    ):
        assert other.search(wrong), wrong
    assert not other.search("во всплывающем пояснении к номеру примечания") and not other.search("к его пояснению в")
    assert not other.search("Чтобы увидеть пояснение к помете, наведите")
