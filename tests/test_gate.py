"""The editor's gate, piece by piece (the whole gate on broken projects: test_bad_inputs.py)."""

from __future__ import annotations

from pathlib import Path

from edition import bibliography, bibschema, build, locales, lookalike, provenance, references, siteconfig
from edition.inputs import Record, read_text
from edition.places import check_dates, date_problem, last_corrections
from project import ROOT, project


def test_the_edition_passes_its_own_gate():
    assert [str(p) for p in build(project(ROOT)).problems] == []


def test_look_alike_letters_are_named():
    assert lookalike.mixed("kritsmаn1926") == "contains Cyrillic 'а' (U+0430) where the rest is Latin"
    assert lookalike.mixed("intrо-1") == "contains Cyrillic 'о' (U+043E) where the rest is Latin"
    assert lookalike.mixed("Крицмaн") == "contains Latin 'a' (U+0061) where the rest is Cyrillic"
    assert lookalike.mixed("kritsman1926") is None and lookalike.mixed("Крицман") is None


def test_utf16_is_one_message_and_read_on(tmp_path):
    for data in ("@misc{a,\n}".encode("utf-16"), "@misc{a,\r\n}".encode("utf-16-le")):
        (tmp_path / "f.bib").write_bytes(data)
        text, problems = read_text(tmp_path / "f.bib", "f.bib")
        assert text == "@misc{a,\n}"
        assert [str(p) for p in problems] == ["f.bib:1:1: saved as UTF-16, not UTF-8: save the file as UTF-8"]


def test_dates_must_exist():
    assert date_problem("2026-02-28") is None and date_problem("2024-02-29") is None
    assert (
        date_problem("2026-02-30") == "date '2026-02-30' is not a real date (day is out of range for month): correct it"
    )
    assert date_problem("2026-2-3") == "date '2026-2-3' must be written YYYY-MM-DD"


def test_a_correction_is_dated_between_the_article_and_today_and_the_log_is_newest_last():
    import datetime

    def log(*dates):
        recs = [Record({"date": d, "where": "edition"}, "c.yml", n + 1, 9) for n, d in enumerate(dates)]
        problems = []
        last = last_corrections(recs, {"results"}, {}, problems)
        check_dates(recs, problems, published=2025, today=datetime.date(2026, 12, 1))
        return last.get("results"), [str(p) for p in problems]

    assert log("2025-01-01", "2026-12-02") == ("2026-12-02", [])  # a day's grace: an editor east of the clock
    assert log("2026-11-25", "2026-12-03", "2024-12-31") == (
        "2026-12-03",  # the date as written (the build stops at the error)
        [
            "c.yml:2:9: date '2026-12-03' is in the future (today is 2026-12-01): correct it",
            "c.yml:3:9: date '2024-12-31' is before the article was published (2025): correct it",
        ],
    )
    assert log("2026-11-25", "2026-01-25", "2026-11-26") == (
        "2026-11-26",
        [
            "c.yml:2:9: warning: date '2026-01-25' is earlier than the record before it (2026-11-25): the log is"
            " newest last; correct the date or move the record"
        ],
    )


def test_nav_entries_are_located_in_nested_sections_and_tags_are_left_alone(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.md").write_text("# I\n", encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(
        "site_url: !ENV [X, 'http://a/']\nnav:\n  - index.md\n  - Part:\n      - Intro: intro.md\n"
        "      - https://example.org\n",
        encoding="utf-8",
    )
    problems = []
    siteconfig.check_nav(tmp_path, "mkdocs.yml", "docs", problems)
    assert [str(p) for p in problems] == [
        "mkdocs.yml:5:16: nav entry 'intro.md': there is no page docs/intro.md (did you mean 'index.md'?)"
    ]


def test_the_schema_knows_every_field_the_bibliography_uses():
    bib, problems = bibliography.load(str(ROOT / "bibliography.bib"), "bibliography.bib")
    bibschema.check(bib, {"kazakh", "russian", "english"}, problems)
    assert problems == [] and bib.invalid == set()


def test_provenance_is_checked_for_its_shape():
    """One validator (provenance.py): its grammar, its paragraphs, the fields it names."""
    entry = (
        "@book{a, author={Иванов}, author-latn={Ivanov}, title={Т}, title-latn={T}, langid={russian},"
        " status={identified}, provenance={{}}}}"
    )
    for value, expected in [
        ("title=text:results-3; author, langid=citation", []),
        ("title text", ["'title text': write field=source", "warning: entry 'a': provenance does not say"]),
        ("titel=citation; author, title, langid=citation", ["provenance names 'titel', which the entry does not have"]),
        ("title=text:results-9; author, langid=citation", ["text:results-9 is not a paragraph id"]),
    ]:
        bib, problems = bibliography.parse(entry.replace("{{}}", "{" + value + "}"), "b.bib")
        found = [str(p) for p in provenance.check(bib, {"results-3"}, "b.bib")]
        assert len(found) == len(expected) and all(e in f for e, f in zip(expected, found)), found


def test_checked_status_with_unchecked_fields_and_missing_notes_are_located_at_the_status():
    head = "@book{a,\n  author={Иванов, И.}, author-latn={Ivanov, I.}, title={Т}, title-latn={T}, year={2020},\n"
    notes = "  note-kk={n}, note-ru={n}, note-en={n},\n"
    checked = "  langid={russian}, provenance={author, year=citation; title=editor},\n  status={checked}}"
    bib, problems = bibliography.parse(head + notes + checked, "b.bib")
    bibschema.check(bib, set(), problems)
    assert [str(p) for p in problems] == [
        "b.bib:5:3: entry 'a': status is 'checked', but provenance says title = editor (not yet checked):"
        " compare them with the work and give their source, or write status = {identified}"
    ]
    bib, problems = bibliography.parse(head + checked.replace("title=editor", "title=citation"), "b.bib")
    bibschema.check(bib, set(), problems)
    assert problems == []  # checked: its notes may go
    identified = "  note-ru={n},\n" + checked.replace("{checked}", "{identified}")
    bib, problems = bibliography.parse(head + identified, "b.bib")
    bibschema.check(bib, set(), problems)
    assert [str(p) for p in problems] == [
        "b.bib:5:3: warning: entry 'a': status is 'identified' but the entry has no note-kk, note-en:"
        " say what the identification rests on and what remains to be checked"
    ]


def test_series_edition_howpublished_need_their_romanized_form_for_the_english_list():
    bib, problems = bibliography.parse(
        "@misc{a, author={Иванов, И.}, author-latn={Ivanov, I.}, title={Т}, title-latn={T}, year={2020},"
        " series={Серия}, edition={2-е изд.}, howpublished={Рукопись}, langid={russian}, status={identified},"
        " note-kk={n}, note-ru={n}, note-en={n}}",
        "b.bib",
    )
    bibschema.check(bib, set(), problems)
    assert sorted(p.message for p in problems) == [
        f"entry 'a': missing field '{f}-latn': the English pages need '{f}' romanized"
        for f in ("edition", "howpublished", "series")
    ]


def test_a_doi_links_to_its_resolver():
    bib, problems = bibliography.parse(
        "@article{a, author={Иванов, И.}, author-latn={Ivanov, I.}, title={Т}, title-latn={T}, journal={Ж},"
        " journal-latn={Zh}, year={2020}, langid={russian}, doi={10.1234/x.5}, status={identified},"
        " note-kk={n}, note-ru={n}, note-en={n}}",
        "b.bib",
    )
    bibschema.check(bib, set(), problems)
    assert problems == []
    for code in ("kk", "ru", "en"):
        f = references.format_entry(bib.entries["a"], locales.get(code))
        assert 'DOI: <a href="https://doi.org/10.1234/x.5">10.1234/x.5</a>' in f.html
        assert "DOI: 10.1234/x.5" in f.text


def test_schema_file_is_in_the_engine():
    assert bibschema.SCHEMA == Path(bibschema.__file__).parent / "bibschema.yml"
    schema, problems = bibschema.load_schema()
    assert problems == [] and "title-en" in schema.fields and "provenance" in schema.fields
