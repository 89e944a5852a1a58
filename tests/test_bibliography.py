"""What the References page says of the bibliography, checked on bibliography.bib itself (no site build).

Each rule here is a statement the page makes to readers (the legend, the notice, the provenance line, the
romanization it names) or a rule of GOST R 7.0.100-2018 that the Kazakh and Russian lists follow; each test reads
the real bibliography, and a second part of each shows on a made-up entry that the rule can fail.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from edition import bibliography, labels, locales, provenance, references

ROOT = Path(__file__).resolve().parent.parent
BIB_PATH = ROOT / "bibliography.bib"


@pytest.fixture(scope="module")
def bib():
    found, problems = bibliography.load(str(BIB_PATH))
    assert problems == []
    return found


def _parse(text: str):
    found, problems = bibliography.parse(text, "t.bib")
    assert [str(p) for p in problems if p.severity == "error"] == []
    return found


def _sources(entry) -> dict:
    """field -> Source, as the entry's provenance says."""
    return {name: source for fields, source in provenance.parse(entry.fields["provenance"])[0] for name in fields}


# -- the legend: what each status says is true of every entry with it ------------------------------------------


def test_every_entry_satisfies_what_the_legend_says_of_its_status(bib):
    wrong = []
    for key, entry in bib.entries.items():
        status, sources = entry.fields["status"], _sources(entry)
        if status == "unidentified":
            # "the entry gives only what the citation and the article's text say, except the language"
            editors = sorted(f for f, s in sources.items() if s.kind == "editor" and f != "langid")
            if editors or "title" in entry.fields:
                wrong.append(f"{key}: unidentified, but editor's {editors} / title {'title' in entry.fields}")
        elif status == "identified" and "title" not in entry.fields:
            wrong.append(f"{key}: identified without a title")
        elif status == "checked" and any(s.kind == "editor" for s in sources.values()):
            wrong.append(f"{key}: checked, but a field is still the editor's")
        assert provenance.status_claims(entry) == [], key  # the gate's rule agrees
    assert wrong == []


def test_the_gate_refuses_an_entry_the_legend_would_misdescribe():
    bad = _parse(
        "@misc{u, author={Иванов, И.}, author-latn={Ivanov, I.}, publisher={Наука}, publisher-latn={Nauka},"
        " langid={russian}, status={unidentified}, provenance={author=citation; publisher, langid=editor}}\n"
        "@misc{i, author={Петров}, author-latn={Petrov}, langid={russian}, status={identified},"
        " provenance={author, langid=citation}}"
    )
    assert "publisher come(s) from the editor" in " ".join(provenance.status_claims(bad.entries["u"]))
    assert provenance.status_claims(bad.entries["i"]) == [
        "it is identified but has no title: an identified work has one (or mark it unidentified)"
    ]


def test_the_legend_names_what_the_rule_allows_the_editor():
    """The unidentified explanation says the language may be the editor's: the one exception the rule makes."""
    for code, word in (("en", "language"), ("ru", "язык"), ("kk", "тіл")):
        explanation = locales.get(code).status["unidentified"].explanation
        assert word in explanation, code
        assert "identified from the text" not in locales.get(code).status["identified"].label


# -- every shown fact has a source, the language tag included ---------------------------------------------------


def test_every_note_opens_by_stating_its_entrys_status_in_every_language(bib):
    """The list shows a note's opening words as the status label ("? Unidentified: …"); a note that opens
    otherwise gets the bare label before it ("identified. Recorded from …"), unlike every other entry."""
    wrong = []
    for code in ("kk", "ru", "en"):
        locale = locales.get(code)
        for key, entry in bib.entries.items():
            st = locale.status[entry.fields["status"]]
            note = entry.fields.get(f"note-{code}", "")
            opening = re.match(st.note_opens, note)
            if not opening or note[opening.end() : opening.end() + 1].isalpha():
                wrong.append(f"{code} {key}: {note[:40]!r}")
    assert wrong == []
    made = _parse(
        "@misc{m, author={Иванов}, author-latn={Ivanov}, langid={russian}, status={unidentified},"
        " note-en={Recorded from the citation.}}"
    )
    st = locales.get("en").status["unidentified"]
    assert not re.match(st.note_opens, made.entries["m"].fields["note-en"])


def test_every_language_tag_the_english_list_shows_has_a_source(bib):
    en = locales.get("en")
    for key, entry in bib.entries.items():
        if en.language_notes.get(entry.fields["langid"]):
            assert "langid" in _sources(entry), f"{key}: [{entry.fields['langid']}] shown without a source"


def test_a_note_that_calls_the_language_assumed_or_unknown_agrees_with_its_source(bib):
    for key, entry in bib.entries.items():
        note = entry.fields["note-en"]
        assert "nor its language" not in note and "language cannot be determined" not in note, key
        if re.search(r"language \(the one recorded is assumed\)|is the editor’s assumption", note):
            assert _sources(entry)["langid"].kind == "editor", key


def test_the_provenance_line_names_the_language_in_every_locale(bib):
    entry = bib.entries["omarbekov2003"]
    for code, words in (("en", "language – the editor’s"), ("ru", "язык — сведения редактора"), ("kk", "тілі —")):
        line = provenance.describe(entry, locales.get(code), lambda pid: None)
        assert words in line, code


_YEAR = re.compile(r"\b(1[89]\d\d|20[0-2]\d)\b")


def test_a_year_in_a_note_from_outside_the_article_is_marked_as_the_editors(bib):
    """A year that neither the article nor its citations print comes from the editor: its sentence says so."""
    source = (ROOT / "source" / "eskaliev-aitenov-2025.txt").read_text(encoding="utf-8")
    printed = set(_YEAR.findall(source))
    wrong = []
    for key, entry in bib.entries.items():
        for sentence in re.split(r"(?<=[.;])\s+(?=[A-Z(])", entry.fields["note-en"]):
            outside = set(_YEAR.findall(sentence)) - printed
            if outside and "editor" not in sentence:
                wrong.append(f"{key}: {sorted(outside)} in …{sentence}…")
    assert wrong == []


# -- GOST punctuation in the Kazakh and Russian lists -----------------------------------------------------------


def _gost(entry, code):
    return references.format_entry(entry, locales.get(code)).text


def test_gost_spaces_every_colon_and_semicolon_in_the_kazakh_and_russian_lists(bib):
    for code in ("kk", "ru"):
        for key, entry in bib.entries.items():
            text = re.sub(r"«[^»]*»", "«»", _gost(entry, code))  # quoted titles keep their own punctuation
            assert not re.search(r"\S[:;]|[:;]\S", text), f"{code} {key}: {text}"


def test_gost_publication_area_and_title_colon():
    made = _parse(
        "@book{b, author={Иванов, И.}, author-latn={Ivanov, I.}, title={Заглавие: о чём-то}, title-latn={Zaglavie:"
        " o chem-to}, address={Москва}, address-en={Moscow}, publisher={Наука and Мир},"
        " publisher-latn={Nauka and Mir}, year={1990}, langid={russian}, status={identified}}\n"
        "@book{c, author={Иванов, И.}, author-latn={Ivanov, I.}, title={Т}, title-latn={T}, publisher={Наука},"
        " publisher-latn={Nauka}, year={1991}, langid={russian}, status={identified}}"
    )
    ru, en = locales.get("ru"), locales.get("en")
    b, c = made.entries["b"], made.entries["c"]
    assert references.format_entry(b, ru).text == (
        "Иванов, И. Заглавие : о чём-то / И. Иванов. – Москва : Наука : Мир, 1990."
    )
    assert "Moscow: Nauka; Mir" in references.format_entry(b, en).text
    assert references.format_entry(c, ru).text.endswith("– [Б. м.] : Наука, 1991.")  # never a bare publisher


def test_gost_ends_the_heading_with_a_full_stop_an_initials_or_its_own(bib):
    """GOST's heading (R 7.0.80) ends with a full stop before the description: the initial's («Крицман, Л.»), or
    its own after a name without initials («Абылгожин. [Заглавие неизвестно].», never «Абылгожин [Заглавие…»),
    as in «cite this». rev-bib10: 11 entries lacked it in the Kazakh and Russian lists and the English list's
    lines in the original script."""
    headed = {k: e for k, e in bib.entries.items() if e.persons.get("author")}
    assert len(headed) > 20
    for code in ("kk", "ru"):
        for key, entry in headed.items():
            surname = " ".join(entry.persons["author"][0].last_names)
            text = _gost(entry, code)
            assert re.match(rf"{re.escape(surname)}(, (\w+\. )+|\. )\S", text), (code, key, text)
    assert _gost(bib.entries["abylgozhin-nd"], "kk") == "Абылгожин. [Атауы белгісіз]."
    assert _gost(bib.entries["kritsman1926"], "ru") == "Крицман, Л. [Заглавие неизвестно]. – 1926."
    made = _parse(
        "@book{b, author={Иванов}, author-latn={Ivanov}, title={Заглавие}, title-latn={Zaglavie}, year={1990},"
        " langid={russian}, status={identified}}"
    )
    assert _gost(made.entries["b"], "ru") == "Иванов. Заглавие / Иванов. – 1990."


def test_the_english_list_ends_names_that_the_title_follows_with_a_full_stop(bib):
    """Names that the title follows directly end with a full stop, an initial's («Pipes R.») or their own
    («Abylgozhin.»), as the GOST line under them does; names followed by the year do not («Agurskii (2013)»)."""
    en = locales.get("en")
    for key, entry in bib.entries.items():
        if not entry.persons.get("author"):
            continue
        text = references.format_entry(entry, en).text
        if labels.label_year(entry) is not None:  # the year follows the names
            continue
        title = entry.fields.get("title-latn", "[")  # the title, or «[Title unknown]» in its place
        names = text[: text.index(title)]
        assert names.endswith(". ") and "(" not in names, (key, text)
    assert references.format_entry(bib.entries["abylgozhin-nd"], en).text.startswith("Abylgozhin. [Title unknown].")
    assert references.format_entry(bib.entries["agursky2013"], en).text.startswith("Agurskii (2013) [Title unknown].")
    assert references.format_entry(bib.entries["pipes"], en).text.startswith("Pipes R. Russkaia revoliutsiia")


def test_the_english_list_opens_every_area_with_a_capital_not_ascertained_place_included(bib):
    """Each area of the English list follows a full stop, so it opens with a capital (Chicago's "N.p.: Nauka")."""
    en = locales.get("en")
    assert en.no_place[:1].isupper()
    made = _parse(
        "@book{c, author={Иванов, И.}, author-latn={Ivanov, I.}, title={Т}, title-latn={T}, publisher={Наука},"
        " publisher-latn={Nauka}, year={1991}, langid={russian}, status={identified}}"
    )
    assert "T. N.p.: Nauka." in references.format_entry(made.entries["c"], en).text
    for key, entry in bib.entries.items():
        text = references.format_entry(entry, en).text
        assert not re.search(r"\. [a-z]", text), f"{key}: {text}"


def test_gost_keeps_the_citations_and_others_in_brackets_title_or_none(bib):
    """GOST R 7.0.100-2018 writes the 'and others' it adds to a statement of responsibility in brackets
    ('/ И. Иванов [и др.]'); a work cited as «Маркс и другие» keeps it in the list, though its title is unknown."""
    others = [key for key, e in bib.entries.items() if any(str(p) == "others" for p in e.persons.get("author", []))]
    assert others  # marx1955, marx-nd
    # the bracketed words are the work's language's (the citation's «и другие»), on the Kazakh page too, as «[Б. м.]»
    for code in ("ru", "kk"):
        for key in others:
            assert bib.entries[key].fields["langid"] == "russian", key
            assert " / Маркс [и др.]" in _gost(bib.entries[key], code), (code, key)
        for key in set(bib.entries) - set(others):
            assert "[и др.]" not in _gost(bib.entries[key], code), (code, key)
        assert "[және т.б.]" not in " ".join(_gost(e, code) for e in bib.entries.values()), code
    made = _parse(
        "@book{b, author={Иванов, И. and others}, author-latn={Ivanov, I. and others}, title={Т}, title-latn={T},"
        " year={1990}, langid={russian}, status={identified}}\n"
        "@book{k, author={Омаров, О. and others}, author-latn={Omarov, O. and others}, title={Т}, title-latn={T},"
        " year={1990}, langid={kazakh}, status={identified}}"
    )
    for code in ("ru", "kk"):
        assert _gost(made.entries["b"], code) == "Иванов, И. Т / И. Иванов [и др.]. – 1990."
        assert _gost(made.entries["k"], code) == "Омаров, О. Т / О. Омаров [және т.б.]. – 1990."


def test_gost_publication_area_is_as_the_notices_say_publisher_unknown_left_out_place_unknown_b_m(bib):
    """The References notices and the About pages say: a publisher not known is left out (no '[б. и.]'), a
    place not known beside a known publisher is '[Б. м.]', which says only that the edition has not established
    it (in GOST both marks also say that the work names none, so the notices must not give that as the reason)."""
    # what «[Б. м.]» means here, in each notice and About page (the edition has not established the place)
    says = {
        "references.md": "басылымның баспа орнын анықтамағанын ғана",
        "about.md": "басылымның оны анықтамағанын ғана",
        "references.ru.md": "лишь о том, что издание, не видевшее работы, место издания не установило",
        "about.ru.md": "лишь о том, что издание место не установило",
        "references.en.md": "only that the edition, which has not seen the work, has not established the place",
        "about.en.md": "only that the edition has not established the place",
    }
    for page, meaning in says.items():
        text = (ROOT / "docs" / page).read_text(encoding="utf-8")
        assert "«[Б. м.]»" in text and "«[б. и.]»" in text and meaning in text, page
        for reason in ("would say that the work names none", "означало бы, что издатель", "білдірер еді"):
            assert reason not in text, (page, reason)  # «[Б. м.]» would say so of the place as much
    for key, entry in bib.entries.items():
        place, publisher = entry.fields.get("address"), entry.fields.get("publisher")
        for code in ("kk", "ru"):
            text = _gost(entry, code)
            assert "[б. и.]" not in text, (code, key)
            if publisher and not place:
                assert "– [Б. м.] : " in text, (code, key)
            if place and not publisher:
                assert f"– {place}, " in text, (code, key)  # stalin1937: '– Москва, 1937.'
            if not publisher:
                assert "[Б. м.]" not in text, (code, key)


def test_gost_other_title_information_is_lower_case_except_a_proper_name(bib):
    proper = ("Совет народных комиссаров",)  # a name keeps its capital (iroshnikov1966)
    for key, entry in bib.entries.items():
        title = _gost(entry, "ru").split(" / ")[0]
        for rest in re.findall(r" : (.+?)(?= : |$)", title):
            assert rest[:1].islower() or rest.startswith(proper), f"{key}: « : {rest}»"


def test_the_english_list_puts_the_year_after_the_names_or_after_the_title_of_a_work_cited_by_title(bib):
    en = locales.get("en")
    assert references.format_entry(bib.entries["smutnoevremya2014"], en).text.startswith(
        "Smutnoe vremia [title unknown] (2014)."
    )
    assert references.format_entry(bib.entries["kritsman1926"], en).text.startswith("Kritsman L. (1926) [Title")


def test_the_english_list_shows_a_year_in_the_author_date_place_only_where_the_label_shows_it(bib):
    """Author-date: '(1931)' after the names is the year a reader looks for under the label; a work cited
    without one ([Stalin]) has its year among the publication facts instead ('Proletarskaia revoliutsiia, 1931')."""
    en = locales.get("en")
    for key, entry in bib.entries.items():
        year = entry.fields.get("year")
        if year is None:
            continue
        text = references.format_entry(entry, en).text
        assert (f"({year})" in text) == (labels.label_year(entry) is not None), f"{key}: {text}"
        assert year in text, key
    letter = references.format_entry(bib.entries["stalin-letter"], en).text
    assert letter.startswith("Stalin I.V. O nekotorykh") and "Proletarskaia revoliutsiia, 1931." in letter


def test_the_journal_record_of_stalins_letter_has_the_texts_year_and_its_label_none(bib):
    entry = bib.entries["stalin-letter"]
    assert "// Пролетарская революция. – 1931." in _gost(entry, "ru")
    assert _sources(entry)["year"].kind == "text"
    assert labels.author_year(entry, locales.get("ru")) == "Сталин"  # the article prints [Сталин]: no year


# -- one label, one work ----------------------------------------------------------------------------------------


def _labels(found, code) -> dict:
    """key -> the label the pages show, told apart as the engine tells them (references.year_suffixes)."""
    locale = locales.get(code)
    suffixes = references.year_suffixes(found, locale, locales.get("kk"))
    return {
        k: references.format_entry(e, locale, year_suffix=suffixes.get(k.lower(), "")).label
        for k, e in found.entries.items()
    }


def test_no_two_works_share_an_in_text_label_in_any_language(bib):
    """Author-date: a label leads to one entry. The article cites two works of Stalin without a year, each as
    [Сталин] (his 1931 letter, Results ¶ 3, and an unidentified work, Results ¶ 36); they are told apart."""
    for code in ("kk", "ru", "en"):
        shown = _labels(bib, code)
        twice = {label for label in shown.values() if list(shown.values()).count(label) > 1}
        assert twice == set(), (code, twice)
    assert _labels(bib, "ru")["stalin-nd"] == "Сталин"  # the unidentified one keeps the article's form
    assert _labels(bib, "ru")["stalin-letter"] == "Сталин, О некоторых вопросах истории…"
    assert _labels(bib, "en")["stalin-letter"] == "Stalin, O nekotorykh voprosakh istorii…"


def test_undated_works_of_one_name_are_told_apart_by_short_title_else_by_letter():
    """Two labels without a year and of one name: each work with a title gets its short title (the main title's
    first four words), those still alike a letter after it; a year's letter never reaches the list's year."""
    made = _parse(
        "@misc{a, author={Иванов, И.}, author-latn={Ivanov, I.}, title={Письмо в редакцию журнала},"
        " title-latn={Pismo v redaktsiiu zhurnala}, subtitle={о главном}, subtitle-latn={o glavnom},"
        " journal={Ж}, year={1931}, langid={russian}, status={identified},"
        " provenance={author=citation; title, subtitle, journal, langid=editor; year=text:results-3}}\n"
        "@misc{b, author={Иванов, И.}, author-latn={Ivanov, I.}, title={О некоторых вопросах истории большевизма},"
        " title-latn={O nekotorykh voprosakh istorii bolshevizma}, langid={russian}, status={identified},"
        " provenance={author=citation; title, langid=editor}}\n"
        "@misc{c, author={Иванов, И.}, author-latn={Ivanov, I.}, langid={russian}, status={unidentified},"
        " provenance={author=citation; langid=editor}}\n"
        "@misc{d, author={Иванов, И.}, author-latn={Ivanov, I.}, langid={russian}, status={unidentified},"
        " provenance={author=citation; langid=editor}}\n"
        "@misc{e, author={Петров}, author-latn={Petrov}, langid={russian}, status={unidentified},"
        " provenance={author=citation; langid=editor}}"
    )
    ru, en = _labels(made, "ru"), _labels(made, "en")
    assert ru["a"] == "Иванов, Письмо в редакцию журнала"  # four words: whole, no ellipsis
    assert ru["b"] == "Иванов, О некоторых вопросах истории…"
    assert en["b"] == "Ivanov, O nekotorykh voprosakh istorii…"
    assert {ru["c"], ru["d"]} == {"Иванов, а", "Иванов, б"} and {en["c"], en["d"]} == {"Ivanov, a", "Ivanov, b"}
    assert ru["e"] == "Петров"  # alone under its name: as cited
    suffixes = references.year_suffixes(made, locales.get("ru"), locales.get("kk"))
    text = references.format_entry(made.entries["a"], locales.get("ru"), year_suffix=suffixes["a"]).text
    assert text.endswith("– 1931.") and "Письмо в редакцию журнала : о главном" in text  # the list as it was


def test_a_label_shows_a_year_only_where_the_citation_gives_it(bib):
    for key, entry in bib.entries.items():
        year = entry.fields.get("year")
        cited = year is not None and _sources(entry)["year"].kind == "citation"
        assert (labels.label_year(entry) is not None) == cited, key


# -- the romanization the page names is the one used --------------------------------------------------------------


def _table() -> tuple[dict, dict]:
    """The table in bibliography.bib's header: letter -> romanization, and the exceptions (given -> table's)."""
    header = "\n".join(line[1:] for line in BIB_PATH.read_text(encoding="utf-8").splitlines() if line.startswith("%"))
    table = {}
    for part in re.findall(r"(?:Russian|Kazakh letters): (.*?)(?:\.\s|\.$)", header, re.S):
        for pair in re.split(r",\s*", part.replace("\n", " ")):
            letter, _, latin = pair.strip().partition(" ")
            table[letter] = "" if latin.startswith("(omitted") else latin
    exceptions = dict(re.findall(r"([A-Z][a-z]+) \(not ([A-Z][a-z]+)\)", header))
    return table, exceptions


_QUOTES = str.maketrans({"«": "“", "»": "”"})  # the header: "Russian « » become English “ ”"


def romanize(text: str, table: dict) -> str:
    out = []
    for ch in text.translate(_QUOTES):
        latin = table.get(ch.lower())
        if latin is None:
            out.append(ch)
        else:
            out.append(latin.capitalize() if ch.isupper() else latin)
    return "".join(out)


def test_every_romanized_field_follows_the_table_the_header_names(bib):
    table, exceptions = _table()
    assert table["ғ"] == "g" and table["й"] == "i" and len(table) == 33 + 9
    assert "Russian « » become English “ ”" in BIB_PATH.read_text(encoding="utf-8")
    wrong = []
    for key, entry in bib.entries.items():
        for name, value in entry.fields.items():
            if not name.endswith("-latn"):
                continue
            base = name[: -len("-latn")]
            original = entry.fields.get(base) or " and ".join(str(p) for p in entry.persons[base])
            expected = romanize(original, table)
            for given, regular in exceptions.items():
                expected = expected.replace(regular, given)
            if value != expected:
                wrong.append(f"{key} {name}: {value!r}, the table gives {expected!r}")
    assert wrong == []


def test_the_references_notice_names_the_romanization_as_it_is():
    notice = (ROOT / "docs" / "references.en.md").read_text(encoding="utf-8")
    assert "Library of Congress" in notice and "without diacritics" in notice
    kazakh = "ә a, ғ g, қ k, ң n, ө o, ұ u, ү u, һ h, і i"  # the header's Kazakh table, which is not ALA-LC's
    assert kazakh in BIB_PATH.read_text(encoding="utf-8")
    assert kazakh in notice
    assert not re.search(r"(?:Russian and Kazakh|Kazakh and Russian)[^.]*Library of Congress", notice)
    assert romanize("Қоғам", _table()[0]) == "Kogam"  # ALA-LC would give Qogham: the notice must not call it that


def test_the_notice_names_every_spelling_in_the_english_notes_that_departs_from_the_table(bib):
    """The English notes write two names as the English translation does, not as the table gives them: the
    References notice says so. Each is a real departure (the table gives another form), and each used is named."""
    table = _table()[0]
    departures = {"Trotsky": "Троцкий", "Ayagan": "Аяган"}  # established English form; the authors' English abstract
    notice = (ROOT / "docs" / "references.en.md").read_text(encoding="utf-8")
    notes = " ".join(e.fields["note-en"] for e in bib.entries.values())
    for given, cyrillic in departures.items():
        assert romanize(cyrillic, table) != given
        if given in notes:
            assert given in notice, given
    assert romanize("Аяган", table) == "Aiagan"


_JOURNAL_NAME = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)? (?:[A-Z][a-z]?\.)+"  # 'Eskaliev S.A.', 'Tugan-Baranovskii M.I.'


def test_the_english_list_writes_names_and_language_as_the_notice_says_the_journal_does(bib):
    """The notice: names and language as the journal writes them in English (its 'For citation' line), the
    year in parentheses after the names where the label shows one."""
    line = " ".join((ROOT / "source" / "eskaliev-aitenov-2025.txt").read_text(encoding="utf-8").split())
    assert re.search(rf"For citation: {_JOURNAL_NAME}, {_JOURNAL_NAME} .*?\[in Kazakh\]", line)
    notice = (ROOT / "docs" / "references.en.md").read_text("utf-8")
    assert "the surname, then the initials closed up, then the language in square brackets (“[in Kazakh]”)" in notice
    en = locales.get("en")
    for key, entry in bib.entries.items():
        text = references.format_entry(entry, en).text
        assert text.endswith(f" {en.language_notes[entry.fields['langid']]}"), key
        if entry.persons.get("author") and any(p.first_names for p in entry.persons["author"]):
            assert re.match(_JOURNAL_NAME + r"(?: \(\d{4}\))? ", text), f"{key}: {text}"
        year = labels.label_year(entry)
        if year and "shorttitle" in entry.fields and not entry.persons.get("author"):
            assert f"] ({year})." in text, f"{key}: {text}"  # after the title (and its bracketed words)


def test_a_language_from_the_citation_or_the_text_rests_on_the_works_own_words_there(bib):
    """The notices: the language is the citation's or the text's only where it names the work in the work's own
    words (a Russian title or short title, «и другие»); a title the text gives only in Kazakh translation
    (stalin-letter, borovikov2023) leaves the language to the editor."""
    wrong = []
    for key, entry in bib.entries.items():
        sources = _sources(entry)
        lang = sources["langid"]
        if lang.kind == "editor":
            continue
        words = [f for f in ("title", "shorttitle") if f in sources and sources[f] == lang]
        others = lang.kind == "citation" and any(str(p) == "others" for p in entry.persons.get("author", []))
        if not words and not others:
            wrong.append(f"{key}: language from {lang.kind}, but no title, short title or «и другие» from there")
    assert wrong == []
    for key in ("stalin-letter", "borovikov2023"):
        assert _sources(bib.entries[key])["langid"].kind == "editor", key


def test_a_fact_checked_in_a_copy_of_the_work_names_that_copy_in_the_note_and_is_never_unidentified(bib):
    """`work` in the provenance: the line under the entry says 'checked in a copy of the work (see the note)', so
    the note names the copy in every language; an unidentified entry may not have one (its legend)."""
    checked = {k: e for k, e in bib.entries.items() if any(s.kind == "work" for s in _sources(e).values())}
    assert set(checked) == {"lenin-nd"}  # its title and language, in a digital copy of PSS vol. 35
    for key, entry in checked.items():
        assert entry.fields["status"] != "unidentified", key
        for code, copy in (("en", "digital copy"), ("ru", "электронной копии"), ("kk", "электрондық көшірмесі")):
            assert copy in entry.fields[f"note-{code}"], (key, code)
        line = provenance.describe(entry, locales.get("en"), lambda pid: None)
        assert "title, language – the editor’s knowledge, checked in a copy of the work (see the note)" in line
    made = _parse(
        "@misc{u, author={Иванов}, author-latn={Ivanov}, langid={russian}, status={unidentified},"
        " provenance={author=work; langid=editor}}"
    )
    assert "(checked in a copy of the work)" in " ".join(provenance.status_claims(made.entries["u"]))


def test_the_notices_say_no_description_is_checked_as_a_whole(bib):
    """Nothing is status = checked; the notices say so, and that single facts checked in a copy are marked."""
    assert not any(e.fields["status"] == "checked" for e in bib.entries.values())
    for page, words in (
        ("references.en.md", "no description has yet been checked as a whole"),
        ("references.ru.md", "Ни одно описание ещё не сверено целиком"),
        ("references.md", "тұтасымен салыстырылмаған"),
    ):
        assert words in (ROOT / "docs" / page).read_text(encoding="utf-8"), page


# -- "cite this": the article's own reference, in the forms the pages name ---------------------------------------


def _article():
    from edition import article

    found, problems = article.load(ROOT / "source" / "article.yml", "source/article.yml", ("kk", "ru", "en"))
    assert problems == [] and found is not None
    return found


def test_cite_this_gost_spaces_the_title_colon_as_the_list_does():
    """GOST R 7.0.100-2018 writes « : » before other title information, in "cite this" as in the References
    (styles.gost_title); the title as printed ('мемлекеттілік: тоталитарлық') has it closed up."""
    from edition import cite

    art = _article()
    for code in ("kk", "ru", "en"):
        printed = art.citation_title(code)
        assert ": " in printed, code  # the rule has something to do
        text = cite.gost(art, code, locales.get(code))
        title = text.split(" / ")[0]
        assert " : " in title and not re.search(r"\S:", title), f"{code}: {title}"
        assert cite.paragraph_citation(art, code, locales.get(code), "1250", "¶ 1", "u").startswith(title)


def test_cite_this_chicago_puts_the_language_note_after_the_quoted_title_and_the_stop_after_the_note():
    """Chicago sets a bracketed addition to a title after its closing quotation mark, and the element's stop after
    the brackets: “The Communist Party … (Historical Aspect)” [in Kazakh]. Otan tarihy (an article.yml without a
    romanized title). It was “….” [in Kazakh] Otan tarihy: a note after the title's stop and no stop before the
    journal. Kazakh and Russian add no note."""
    from dataclasses import replace

    from edition import cite

    art = replace(_article(), title_latn=None)
    en = locales.get("en")
    line = cite.chicago(art, "en", en)
    title = art.citation_title("en")
    assert f"“{title}” {en.cite_language_note}. {art.journal['en']} 28 (4): " in line, line
    for code in ("kk", "ru"):
        assert f"«{art.citation_title(code)}». Отан тарихы 28 (4): " in cite.chicago(art, code, locales.get(code))


def test_apa_and_chicago_cite_the_original_title_romanized_with_the_english_title_in_brackets():
    """APA 7 (9.38) and Chicago (CMOS 17, 14.107) give a work in another language by its original title,
    romanized, and the translation after it in square brackets, both in sentence case (the subtitle's first word
    capitalized): not the English title with "[in Kazakh]" (two bibliographers' finding). article.yml's romanized
    title follows the edition's table, the one the References page names; the Kazakh and Russian pages, which
    cite the Kazakh title itself, are as they were."""
    from edition import cite

    art = _article()
    table, _ = _table()
    assert art.title_latn == romanize(art.title["kk"], table)
    en = locales.get("en")
    latn = art.title_latn.replace(": totalitarlyk", ": Totalitarlyk")
    english = art.title_sentence_case["en"]
    apa, chicago = cite.apa(art, "en", en), cite.chicago(art, "en", en)
    assert f"(2025). {latn} [{english}]. Otan tarihy, 28(4), 1245–1259. https://doi.org/" in apa, apa
    assert f" 2025. “{latn}” [{english}]. Otan tarihy 28 (4): 1245–59. " in chicago, chicago
    assert "[in Kazakh]" not in apa + chicago
    for code in ("kk", "ru"):
        loc = locales.get(code)
        assert f"(2025). {art.title['kk']}. Отан тарихы, 28(4)" in cite.apa(art, code, loc)
        assert "Kommunistik" not in cite.apa(art, code, loc) + cite.chicago(art, code, loc)


def test_cite_this_chicago_abbreviates_the_page_range_as_chicago_does():
    """CMOS 17, 9.61 (its reference lists so: "Classical Philology 111, no. 2 (April): 165–76"): the article's
    pp. 1245–1259 are "1245–59" in the Chicago line of every page; GOST and APA keep the full range."""
    from edition import cite

    art = _article()
    for code in ("kk", "ru", "en"):
        loc = locales.get(code)
        assert cite.chicago(art, code, loc).split(" 28 (4): ")[1].startswith("1245–59. "), code
        assert "1245–1259" in cite.apa(art, code, loc) and "1245–1259" in cite.gost(art, code, loc), code
    cases = {
        (71, 72): "71–72",
        (100, 104): "100–104",
        (1100, 1113): "1100–1113",
        (101, 108): "101–8",
        (808, 833): "808–33",
        (1103, 1104): "1103–4",
        (321, 328): "321–28",
        (498, 532): "498–532",
        (1087, 1089): "1087–89",
        (1496, 1500): "1496–1500",
        (11564, 11615): "11564–615",
        (12991, 13001): "12991–3001",
        (2787, 2816): "2787–2816",
    }  # CMOS 9.61's own examples
    assert {pair: cite.chicago_pages(*pair) for pair in cases} == cases


def test_a_citations_page_range_takes_the_en_dash():
    """style-en/ru/kk: the en dash, closed up, in ranges; a hyphen only in compounds. The article prints
    [Ленин, 66-67 ] and the marks keep its hyphen ([@lenin-nd, 66-67]); the label shows [Ленин: 66–67]."""
    for code in ("kk", "ru", "en"):
        loc = locales.get(code)
        assert labels.with_locator("Ленин", "66-67", loc) == f"Ленин{loc.locator_sep}66–67", code
        assert labels.with_locator("Z", "vol. 21, 189-190", loc).endswith(f"21{loc.locator_sep}189–190"), code
        assert labels.with_locator("Z", "148", loc) == f"Z{loc.locator_sep}148", code


def test_the_bibtex_download_braces_the_proper_names_of_a_headline_case_title():
    """BibTeX styles set an article's title in sentence case by lower-casing every word not in braces; the
    authors' English title is in headline case, so its proper names (those the sentence-case form in article.yml
    keeps capitalized) are braced, and the words opening the title and the subtitle are left to the style."""
    from edition.write.bibtex import protected_title

    art = _article()
    title = protected_title(art.title["en"], art.title_sentence_case["en"])
    assert title == (
        "The {Communist} {Party} and {Soviet} Statehood: The Institutional Evolution of the Totalitarian System"
        " (Historical Aspect)"
    )
    assert protected_title(art.title["kk"], "") == art.title["kk"]  # no sentence-case form: as it is


def test_a_description_in_another_language_than_the_pages_says_its_language(bib):
    """On the Kazakh page a Russian book's GOST description is Russian throughout, «[Б. м.]» included: its
    paragraph carries lang="ru" (it carried none), for hyphenation and speech. An entry without a title is not
    tagged, its «[атауы белгісіз]» being the page's; nor a Russian work on the Russian page."""
    keys = ["iroshnikov1966", "argunov1918"]
    languages = {"iroshnikov1966": "ru", "argunov1918": "ru"}
    for code, tagged in (("kk", True), ("ru", False)):
        loc = locales.get(code)
        formatted = {k: references.format_entry(bib.entries[k], loc) for k in keys}
        html = references.reference_list(keys, bib, formatted, {}, loc, references.ListContext(languages=languages))
        texts = re.findall(r'<p class="ref-text"[^>]*>', html)
        assert html.index("Аргунов") < html.index("Ирошников")  # the list's order: Argunov, then Iroshnikov
        assert texts[0] == '<p class="ref-text">', (code, texts)  # Аргунов, А. [атауы белгісіз]: no title
        assert texts[1] == ('<p class="ref-text" lang="ru">' if tagged else '<p class="ref-text">'), (code, texts)


def test_cite_this_chicago_closes_the_inverted_first_name_with_a_comma_in_english():
    """Chicago author-date: 'Ward, Geoffrey C., and Ken Burns'; with three names 'A, B, and C' (serial comma).
    Russian and Kazakh write no comma before и / және."""
    import dataclasses

    from edition import cite

    art = _article()
    en, ru = locales.get("en"), locales.get("ru")
    assert cite.chicago(art, "en", en).startswith("Eskaliev, S. A., and Zh. K. Aitenov. 2025.")
    assert cite.chicago(art, "ru", ru).startswith("Есқалиев, С. А. и Ж. К. Айтенов. 2025.")
    three = dataclasses.replace(art, authors=(*art.authors, art.authors[0]))
    assert cite.chicago(three, "en", en).startswith("Eskaliev, S. A., Zh. K. Aitenov, and S. A. Eskaliev. 2025.")
    assert cite.chicago(three, "ru", ru).startswith("Есқалиев, С. А., Ж. К. Айтенов и С. А. Есқалиев. 2025.")
    one = dataclasses.replace(art, authors=art.authors[:1])
    assert cite.chicago(one, "en", en).startswith("Eskaliev, S. A. 2025.")


# -- what the About pages say of the bibliography -----------------------------------------------------------------

_NO_ENTRY_CHECKED = {  # About's key shows ✓ ◐ ?, but the References' legend explains only the marks entries carry
    "about.en.md": "No entry has yet received the ✓",
    "about.ru.md": "Знак ✓ (запись сверена с самой работой) пока не получила ни одна запись",
    "about.md": "✓ белгісін (сипаттамасы еңбектің өзімен салыстырылып тексерілген) әзірге бірде-бір жазба алған жоқ",
}


def test_every_about_key_says_no_entry_has_the_checked_mark_while_none_has(bib):
    """The key on About shows ✓ beside ◐ and ?; the legend above the list explains only the marks that some
    entry carries, so while no entry is checked every About says so, and once one is, none may."""
    checked = any(e.fields["status"] == "checked" for e in bib.entries.values())
    for page, words in _NO_ENTRY_CHECKED.items():
        about = (ROOT / "docs" / page).read_text(encoding="utf-8")
        assert "✓ ◐ ?" in about, page
        assert (words in about) != checked, f"{page}: {'drop' if checked else 'add'} «{words}»"
    legend = references.status_legend(locales.get("en"), {"identified", "unidentified"})
    assert "✓" not in legend and "◐" in legend  # what makes the sentence needed


def test_the_notices_and_about_say_gosts_b_i_is_not_used_for_a_publisher_not_known():
    """GOST R 7.0.100-2018 writes «[б. и.]» where the work names no publisher; the list leaves out a publisher it
    does not know. The notices and About pages call that a departure from GOST, not GOST's own rule."""
    for page in ("references.md", "references.ru.md", "references.en.md", "about.md", "about.ru.md", "about.en.md"):
        text = (ROOT / "docs" / page).read_text(encoding="utf-8")
        assert "«[б. и.]»" in text, page
        assert re.search(r"one departure|одним отступлением|бір ауытқумен", text), page


# the departure's sentence names each fact of publication the list leaves out: page -> words for place, publisher, year
_DEPARTURE_WORDS = {
    "references.md": ("баспа орны", "баспасы", "жылы"),
    "about.md": ("баспа орны", "баспасы", "жылы"),
    "references.ru.md": ("место издания", "издательство", "год"),
    "about.ru.md": ("место издания", "издательство", "год"),
    "references.en.md": ("the place", "the publisher", "the year"),
    "about.en.md": ("the place", "the publisher", "the year"),
}


def _departure_sentence(text: str) -> str:
    start = re.search(r"one departure|одним отступлением|бір ауытқумен", text).start()
    end = re.search(r"[.;]\s", text[start:]).start()  # to the end of the sentence or its first clause
    return text[start : start + end]


def test_the_one_departure_from_gost_names_every_fact_of_publication_the_list_leaves_out(bib):
    """GOST R 7.0.100-2018 gives the place («[Б. м.]» if not known), the publisher («[б. и.]») and a year; the list
    leaves out every one of these it does not know ('История Всесоюзной… : краткий курс. – 1946.', 'Пайпс, Р. Русская
    революция / Р. Пайпс.'), not the publisher alone, so the notices and About say so of all three. An earlier text
    named the publisher alone, which was untrue of the entries without a place or a year."""
    described = [e for e in bib.entries.values() if "title" in e.fields]
    assert any("address" not in e.fields and "publisher" not in e.fields for e in described)  # a place left out
    assert any("year" not in e.fields for e in described)  # a year left out
    for page, words in _DEPARTURE_WORDS.items():
        sentence = _departure_sentence((ROOT / "docs" / page).read_text(encoding="utf-8"))
        missing = [w for w in words if w not in sentence]
        assert missing == [], f"{page}: the departure does not name {missing}: {sentence}"
    assert "the year" not in _departure_sentence("with one departure: a publisher not known is left out. The year")


# a book's extent (GOST's obligatory number of pages) is another fact the list leaves out: page -> its words
_EXTENT_WORDS = {
    "references.md": "кітаптың бет саны",
    "about.md": "кітаптың бет саны",
    "references.ru.md": "объём книги",
    "about.ru.md": "объём книги",
    "references.en.md": "a book’s number of pages",
    "about.en.md": "a book’s number of pages",
}


def test_the_one_departure_names_a_books_number_of_pages_which_no_book_entry_gives(bib):
    """GOST R 7.0.100-2018 makes a book's extent ('– 320 с.') an obligatory element; no entry gives one (no page
    count is known), so the departure names it beside place, publisher and year. An earlier text claimed one
    departure naming only the facts of publication, which was untrue of every book in the list."""
    books = [e for e in bib.entries.values() if e.type == "book"]
    assert books and not any("pagetotal" in e.fields or "pages" in e.fields for e in books)
    for page, words in _EXTENT_WORDS.items():
        sentence = _departure_sentence((ROOT / "docs" / page).read_text(encoding="utf-8"))
        assert words in sentence, f"{page}: the departure does not name a book's extent ({words}): {sentence}"


_UNIDENTIFIED_WORDS = {
    "references.md": "анықтамаса",
    "references.ru.md": "не установило",
    "references.en.md": "not identified",
}


def test_the_notices_say_title_unknown_follows_only_the_words_of_an_unidentified_works_title(bib):
    """A work cited only by words of its title opens its entry with them and «[title unknown]» after them, unless
    the edition has identified it: «История Всесоюзной» is listed under its full title (istoriyavkpb1946). So the
    notices say the rule is that of the works not identified."""
    by_words = [e for e in bib.entries.values() if "shorttitle" in e.fields]
    assert any("title" in e.fields for e in by_words) and any("title" not in e.fields for e in by_words)
    for page, words in _UNIDENTIFIED_WORDS.items():
        text = (ROOT / "docs" / page).read_text(encoding="utf-8")
        unknown = locales.get({"references.md": "kk", "references.ru.md": "ru"}.get(page, "en")).title_unknown
        sentence = next(s for s in re.split(r"(?<=[.:])\s", text) if unknown in s or "“[title unknown]”" in s)
        assert words in sentence, f"{page}: {sentence}"


# a note that gives what the editor recalls may not also say that the editor does not know it
_UNKNOWN_TO_EDITOR = {
    "en": ("not known to the editor", "The editor recalls"),
    "ru": ("редактору неизвестно", "Редактор по памяти"),
    "kk": ("редакторға белгісіз", "Редактордың жадындағы"),
}


def test_a_note_does_not_call_unknown_to_the_editor_what_it_says_the_editor_recalls(bib):
    """The Iroshnikov note said that the place was not known to the editor and, a sentence later, that the editor
    recalls it (Moscow and Leningrad, unchecked): the place is not established, which «[Б. м.]» says."""
    wrong = [
        (key, code)
        for key, entry in bib.entries.items()
        for code, (unknown, recalls) in _UNKNOWN_TO_EDITOR.items()
        if unknown in entry.fields[f"note-{code}"] and recalls in entry.fields[f"note-{code}"]
    ]
    assert wrong == []
    assert any(_UNKNOWN_TO_EDITOR["en"][1] in e.fields["note-en"] for e in bib.entries.values())


def test_the_three_notes_of_an_entry_give_the_same_numbers_and_named_sources(bib):
    """A note says the same in every language: no year, page, issue or named site in one that the others lack
    (the English note of stalin-letter once lacked the issue, no. 6 (113), that the Russian and Kazakh gave)."""
    facts = r"\d+|[a-z]+\.(?:ru|net|com|org)\b"
    wrong = []
    for key, entry in bib.entries.items():
        found = {code: set(re.findall(facts, entry.fields[f"note-{code}"])) for code in ("en", "ru", "kk")}
        if not found["en"] == found["ru"] == found["kk"]:
            wrong.append(f"{key}: {found}")
    assert wrong == []


def test_cite_this_apa_writes_the_english_title_in_sentence_case_and_refuses_other_words(tmp_path):
    """APA 7 writes an article's title in sentence case, its proper names kept; the authors' English title is in
    headline case, so article.yml gives the sentence-case form, which may differ from the title in case only."""
    from edition import article, cite

    art = _article()
    apa = cite.apa(art, "en", locales.get("en"))
    assert "[The Communist Party and Soviet statehood: The institutional evolution of the totalitarian" in apa
    assert art.citation_title("kk") in cite.apa(art, "kk", locales.get("kk"))  # the Kazakh title is so already
    text = (ROOT / "source" / "article.yml").read_text(encoding="utf-8")
    wrong = text.replace("Soviet statehood: The institutional", "Soviet statehood: An institutional")
    assert wrong != text
    (tmp_path / "article.yml").write_text(wrong, encoding="utf-8")
    found, problems = article.load(tmp_path / "article.yml", "article.yml", ("kk", "ru", "en"))
    assert found is None and any("only its letter case changed" in p.message for p in problems), problems
    line = next(i for i, t in enumerate(wrong.splitlines(), 1) if t.startswith("title_sentence_case"))
    assert problems[0].line in (line, line + 1), problems[0]


def test_a_labels_and_others_is_the_works_languages_as_the_article_prints_it(bib):
    """The article prints «Маркс и другие» for a Russian work: its label on the Kazakh and Russian pages keeps the
    work's language ([Маркс и др., 1955: 32]), as the GOST description does; the English page writes et al."""
    entry = bib.entries["marx1955"]
    for code in ("kk", "ru"):
        assert labels.author_year(entry, locales.get(code)) == "Маркс и др., 1955", code
    assert labels.author_year(entry, locales.get("en")) == "Marx et al., 1955"
    made = _parse(
        "@misc{k, author={Омаров and others}, author-latn={Omarov and others}, year={1990}, langid={kazakh},"
        " status={unidentified}, provenance={author, year=citation; langid=editor}}"
    )
    assert labels.author_year(made.entries["k"], locales.get("ru")) == "Омаров және т.б., 1990"


def test_cite_this_gost_describes_the_article_in_its_own_language_and_script_on_every_page():
    """GOST R 7.0.100-2018 describes a work in its own language and script, as the References' own-script lines do:
    the Kazakh article by its Kazakh title, names and words («Т. 28, № 4. – Б. 1245–1259») on the Russian and the
    English page too. An earlier English line gave the authors' English title with "[in Kazakh]" and «Vol.», «P.»:
    the journal's English model, not GOST."""
    from edition import cite

    art = _article()
    words = locales.get(art.language)
    original = cite.gost(art, art.language, locales.get(art.language))
    assert art.title[art.language].split(":")[0] in original and art.journal[art.language] in original
    for code in ("kk", "ru", "en"):
        text = cite.gost(art, code, locales.get(code))
        assert text == original, (code, text)
        assert f" – {words.pages_abbr} {art.first_page}–{art.last_page}. – " in text, (code, text)
        assert f" – {words.volume_abbr} {art.volume}, {words.cite_issue_abbr} {art.issue}. – " in text, (code, text)
        line = cite.paragraph_citation(art, code, locales.get(code), "1250", "¶ 1", "u")
        assert line.startswith(text.split(" – Б. ")[0]), (code, line)
        place = "¶ 1" if code == art.language else f"¶ 1, {locales.get(code).cite_translation}"  # a translation
        assert f" – {words.pages_abbr} [1250] ({place}). – URL: u" in line, (code, line)  # inferred: in brackets
    assert art.title_language("en") != art.language  # the rule has something to do on the English page
    assert not re.search(r"\[in Kazakh\]| P\. | Vol\. |Statehood", cite.gost(art, "en", locales.get("en")))


def test_an_entry_note_gives_the_supposition_an_editors_note_makes_about_its_work(bib):
    """The editor's note on Results ¶ 41 supposes what «Боровиков, 2023» is; the References entry says so too (all
    three notes), as an unchecked supposition, so that the list and the notes do not disagree."""
    import yaml

    notes = yaml.safe_load((ROOT / "source" / "notes.yml").read_text(encoding="utf-8"))
    note = next(n for n in notes if n.get("id") == "stalin-quotation-cut")
    title = "Марксистско-ленинское учение о диктатуре пролетариата"
    assert title in note["ru"] and title in note["kk"]  # the supposition the entry must show
    fields = bib.entries["borovikov2023"].fields
    for code, mark in (("kk", "болжам"), ("ru", "предполагает"), ("en", "supposes")):
        text = fields[f"note-{code}"]
        assert "Боровиков" in text or "Borovikov" in text, code
        assert mark in text and ("41" in text), code
    assert title in fields["note-ru"] and title in fields["note-kk"]
    assert "Marksistsko-leninskoe uchenie o diktature proletariata" in fields["note-en"]
    # the editor's note on Introduction ¶ 7 supposes Argunov to be A. A. Argunov: his entry says so too
    early = next(n for n in notes if n.get("id") == "early-authors")
    assert "А. А. Аргунов" in early["ru"] and "А. А. Аргунов" in early["kk"] and "A. A. Argunov" in early["en"]
    argunov = bib.entries["argunov1918"].fields
    for code, name in (("kk", "А. А. Аргунов"), ("ru", "А. А. Аргунов"), ("en", "A. A. Argunov")):
        assert name in argunov[f"note-{code}"] and "7" in argunov[f"note-{code}"], code


# A note's words that state a fact about the world outside the article: that a work exists, was reprinted, that
# many works bear a title. The notices say every such fact is marked as the editor's unless a source the note
# names (a site, a copy of the work) gives it. The marker is the editor (not "editors", the work's possible
# editors) or a named site; a sentence ends at a full stop before a capital (not at «1946 г. (»).
_SITE = r"|\b[\w-]+\.(?:ru|net|com|org)\b"
_OUTSIDE_FACT = {
    "en": (
        re.compile(r"\b(?:exists?|reprint\w*)\b|\bmany works\b", re.I),
        re.compile(r"\beditor(?:’s|\b)" + _SITE, re.I),
    ),
    "ru": (re.compile(r"перепечат|переизда|\bмного\b", re.I), re.compile(r"редактор(?!ы)" + _SITE, re.I)),
    "kk": (re.compile(r"қайта бас|\bкөп\b", re.I), re.compile(r"редактор(?!ы|лар)" + _SITE, re.I)),
}
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])")


def _unmarked_outside_facts(entry) -> list[str]:
    wrong = []
    for code, (fact, marker) in _OUTSIDE_FACT.items():
        for sentence in _SENTENCE_END.split(entry.fields.get(f"note-{code}", "")):
            if fact.search(sentence) and not marker.search(sentence):
                wrong.append(f"{code}: …{sentence}…")
    return wrong


def test_a_note_that_says_a_work_exists_or_was_reprinted_marks_it_as_the_editors(bib):
    """rev-bib7: «Many works of this title exist» (История России, 2009) and «a later reprint, e.g. in Stalin's
    collected works» (the 1931 letter) were facts from outside the article, not marked as the editor's."""
    wrong = {key: w for key, entry in bib.entries.items() if (w := _unmarked_outside_facts(entry))}
    assert wrong == {}
    made = _parse(
        "@misc{m, shorttitle={История России}, shorttitle-latn={Istoriia Rossii}, year={2009}, langid={russian},"
        " status={unidentified}, note-en={Unidentified: cited by title. Many works of this title exist; the"
        " authors or editors are unknown.}, note-ru={Не установлено: книг много; авторы или редакторы неизвестны.},"
        " note-kk={Анықталмады: қайта басылымы белгісіз, авторлары не редакторлары да.}}"
    )
    assert [w[:3] for w in _unmarked_outside_facts(made.entries["m"])] == ["en:", "ru:", "kk:"]


def test_title_unknown_in_the_titles_place_opens_the_title_area_with_a_capital(bib):
    """GOST R 7.0.100-2018 capitalizes the first word of each area: «[Заглавие неизвестно]» where it stands for
    the title proper (after the heading), «[заглавие неизвестно]» after the cited words of a title (Смутное время);
    the English list alike, its title opening with a capital (rev-bib7)."""
    untitled = {k: e for k, e in bib.entries.items() if "title" not in e.fields}
    assert len(untitled) > 20
    for code in ("kk", "ru", "en"):
        words = locales.get(code).title_unknown
        opening = "[" + words[1].upper() + words[2:]
        for key, entry in untitled.items():
            text = references.format_entry(entry, locales.get(code)).text
            if "shorttitle" in entry.fields:
                assert f" {words}" in text and opening not in text, (code, key, text)
            else:
                assert opening in text and words not in text, (code, key, text)
    ru = locales.get("ru")
    assert _gost(bib.entries["argunov1918"], "ru") == "Аргунов, А. [Заглавие неизвестно]. – 1918."
    assert _gost(bib.entries["marx-nd"], "ru") == "Маркс. [Заглавие неизвестно] / Маркс [и др.]."
    assert references.format_entry(bib.entries["smutnoevremya2014"], ru).text.startswith(
        "Смутное время [заглавие неизвестно]. – 2014."
    )


def test_a_paragraph_citation_brackets_the_inferred_print_page_as_about_says():
    """The print pages are the edition's inference; GOST brackets a fact the describer supplies (rev-bib7). About
    shows the form the paragraph citation takes in each language."""
    from edition import cite

    art = _article()
    for code, page in (("kk", "about.md"), ("ru", "about.ru.md"), ("en", "about.en.md")):
        words = locales.get(art.language)  # GOST's words are the described work's on every page
        loc = locales.get(code)
        line = cite.paragraph_citation(art, code, loc, "1249–1250", "¶ 4", "u")
        # a translated page's paragraph is the edition's translation, and its citation says so (COMMON: every
        # translation is labelled the edition's own); the original's is not
        place = "¶ 4" if code == art.language else f"¶ 4, {loc.cite_translation}"
        assert loc.cite_translation or code == art.language, code
        assert f" – {words.pages_abbr} [1249–1250] ({place})." in line, (code, line)
        shown = f"{words.pages_abbr} [1250]"
        assert shown in (ROOT / "docs" / page).read_text(encoding="utf-8"), (page, shown)


def test_a_place_in_the_english_list_is_written_as_the_english_style_sheet_writes_places(bib):
    """`address-en` is a place in the established English form that source/style-en.md lists, so that the
    References and the translation and notes spell one place one way (St Petersburg, not also Saint Petersburg)."""
    sheet = (ROOT / "source" / "style-en.md").read_text(encoding="utf-8")
    listed = re.search(r"places in their established English form: (.+?)\.\n", sheet, re.S)
    assert listed, "style-en.md lists no places in their established English form"
    places = {p.strip() for p in re.sub(r"\s+", " ", listed.group(1)).split(",")}
    assert "Moscow" in places and "St Petersburg" in places
    wrong = [
        f"{key}: {entry.fields['address-en']!r}"
        for key, entry in bib.entries.items()
        if "address-en" in entry.fields and entry.fields["address-en"] not in places
    ]
    assert wrong == [], f"not in style-en.md's list of places: {wrong}"


def _article_words() -> tuple[str, str]:
    """The Kazakh text as the edition reads it (emendations as corrected, marks and citations out) and the
    source as printed, each with its whitespace runs collapsed."""
    import yaml

    readings = {e["id"]: e["reading"] for e in yaml.safe_load((ROOT / "source" / "emendations.yml").read_text())}
    pages = "\n".join(
        p.read_text(encoding="utf-8") for p in sorted((ROOT / "docs").glob("*.md")) if p.suffixes == [".md"]
    )
    pages = re.sub(r"\{em:([\w-]+)\}", lambda m: readings[m.group(1)], pages)
    pages = re.sub(r"\{(?:note|pb|qk)[^}]*\}", "", pages)
    printed = (ROOT / "source" / "eskaliev-aitenov-2025.txt").read_text(encoding="utf-8")
    return re.sub(r"\s+", " ", pages), re.sub(r"\s+", " ", printed)


_KAZAKH_LETTER = re.compile(r"[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
# In the Kazakh notes, words the note says the article calls or prints something ("«…» деп атап")
_KK_SAYS_THE_TEXT = re.compile(r"«([^»]*)» (?:деп атап|деп аталған|деп басылған|деп көрсетілген|деп атағаны|атты)")


def test_the_articles_words_that_a_note_quotes_are_the_articles_as_written(bib):
    """A note that quotes the article in « » quotes it verbatim (an emendation read as corrected): every Kazakh
    quotation of an English or Russian note, and what a Kazakh note says the text calls or prints a thing."""
    pages, printed = _article_words()
    wrong = []
    for key, entry in bib.entries.items():
        quoted = [(lang, q) for lang in ("en", "ru") for q in re.findall(r"«([^»]*)»", entry.fields[f"note-{lang}"])]
        quoted = [(lang, q) for lang, q in quoted if _KAZAKH_LETTER.search(q)]
        quoted += [("kk", q) for q in _KK_SAYS_THE_TEXT.findall(entry.fields["note-kk"])]
        wrong += [f"{key} note-{lang}: «{q}»" for lang, q in quoted if q not in pages and q not in printed]
    assert wrong == [], "not the article's words as written: " + "; ".join(wrong)


_BY_THE_EDITOR = {"en": "Identified by the editor ", "ru": "Установлено редактором ", "kk": "Редактор "}


def test_a_work_the_editor_identified_says_so_first_and_the_header_names_it(bib):
    """An identified entry whose title is the editor's (`editor`, or `work`: checked in a copy) was identified
    by the editor, not by the article: its note opens by saying so in every language, and the header's list of
    such entries names it; an entry whose title the citation or the text gives opens otherwise."""
    header = BIB_PATH.read_text(encoding="utf-8").split("\n@", 1)[0]
    listed = re.search(r"who identified ([^)]+?) from what the article says", header, re.S)
    assert listed, "the header no longer names the entries the editor identified"
    named = set(re.findall(r"[a-z][\w-]*\d{4}|[a-z]+-[a-z]+", re.sub(r"\s*%\s*", " ", listed.group(1))))
    wrong, by_editor = [], set()
    for key, entry in bib.entries.items():
        if entry.fields["status"] != "identified":
            continue
        title = _sources(entry).get("title")
        editors = title is not None and title.kind in ("editor", "work")
        by_editor |= {key} if editors else set()
        for code, opening in _BY_THE_EDITOR.items():
            if entry.fields[f"note-{code}"].startswith(opening) != editors:
                wrong.append(f"{key} note-{code}: {entry.fields[f'note-{code}'][:50]!r}")
    assert wrong == []
    assert named == by_editor, f"the header names {sorted(named)}, the titles say {sorted(by_editor)}"


def test_every_channel_writes_the_authors_names_in_one_form():
    """The article's own record names its authors alike in every channel, as "cite this" and the bylines do
    (style-en.md: spaced initials): the Highwire and Dublin Core tags, JSON-LD, the PDF's metadata."""
    from edition import cite, record
    from edition.write import head, jsonld, pdfmeta

    art = _article()
    for code in ("kk", "ru", "en"):
        r = record.of(art, code, {}, "", ())
        names = [(a.family, a.spaced) for a in r.authors]
        assert all(". " in initials for _, initials in names), names  # every author here has two initials
        inverted = [f"{family}, {initials}" for family, initials in names]
        assert [v for k, v in head.highwire(r) if k == "citation_author"] == inverted, code
        assert [v for k, v in head.dublin_core(r) if k == "DC.creator"] == inverted, code
        assert [p["name"] for p in jsonld.data(r)["author"]] == [f"{f} {i}" for f, i in names], code
        assert dict(pdfmeta.fields(r))["author"] == ", ".join(f"{f} {i}" for f, i in names), code
        assert all(n in cite.apa(art, code, locales.get(code)) for n in inverted), code  # as "cite this" has them
