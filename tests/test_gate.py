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
    assert (
        lookalike.mixed("kritsmаn1926")
        == "contains U+0430 CYRILLIC SMALL LETTER A at character 7, where the rest is Latin"
    )
    assert (
        lookalike.mixed("intrо-1") == "contains U+043E CYRILLIC SMALL LETTER O at character 5, where the rest is Latin"
    )
    assert (
        lookalike.mixed("Крицмaн") == "contains U+0061 LATIN SMALL LETTER A at character 6, where the rest is Cyrillic"
    )
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


# -- issue 19: the gate's second round --------------------------------------------------------------------------


def test_catastrophic_patterns_are_refused_and_the_edition_s_own_pass():
    import yaml

    from edition.patterns import catastrophic

    for bad in (r"(\w+\s?)+!", r"(a|aa)+b", r"(a*)*", r"(?:x+y?)+z", r"(?=(a+)+)"):
        assert catastrophic(bad), bad
    for good in (r"Bolshevik(?!s\))", r"Совет(?:ы|ов)\b", r"(?>\w+\s?)+", r"[\w\s-]+!", r"a{2,5}", "x" * 100):
        assert catastrophic(good) is None, good
    terms = yaml.safe_load((ROOT / "source/terms.yml").read_text(encoding="utf-8"))
    assert [p for t in terms for p in (t.get("match") or {}).values() if catastrophic(p)] == []


def test_a_billion_laughs_is_one_message_and_takes_no_time(tmp_path):
    import time

    from edition.inputs import read_records

    lines = ["- &a0 {id: x, where: intro-1}"] + [f"- &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 10)]
    (tmp_path / "e.yml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    start = time.perf_counter()
    records, problems = read_records(tmp_path / "e.yml", "e.yml", ("id",))
    assert time.perf_counter() - start < 1
    assert records == [] and [str(p) for p in problems] == [
        "e.yml:1:3: this value is used again through an alias ('&name' ... '*name'): the edition's files take no"
        " anchors or aliases; write the value out where it is needed"
    ]


def test_a_look_alike_letter_in_the_text_is_named_with_its_place():
    assert lookalike.one_letter("КСРО-да", "КСРО-дa") == (6, "a", "а")
    assert lookalike.one_letter("кеңес", "ке\u200bңес") == (2, "\u200b", None)
    assert lookalike.one_letter("кеңес", "кеңестер") is None
    assert lookalike.describe("a") == "U+0061 LATIN SMALL LETTER A"


def _real_copy(tmp_path):
    import shutil

    ignore = shutil.ignore_patterns(".git", ".venv", "node_modules", "site", ".site-*", "tests", "__pycache__")
    shutil.copytree(ROOT, tmp_path / "p", ignore=ignore)
    return tmp_path / "p"


def test_follow_on_problems_are_folded_under_their_cause(tmp_path):
    """One missing closing brace in the bibliography, one duplicate note id: each is one counted error, its
    follow-ons (the citations of the entries pybtex dropped, the marks of the note that lost its id) under it."""
    import re

    from edition import report

    proj = _real_copy(tmp_path)
    bib = proj / "bibliography.bib"
    text = bib.read_text(encoding="utf-8")
    end = text.index("\n}\n", 2000)
    bib.write_text(text[:end] + "\n" + text[end + 2 :], encoding="utf-8")
    notes = proj / "source/notes.yml"
    ids = re.findall(r"^- id: (\S+)", notes.read_text(encoding="utf-8"), re.M)
    notes.write_text(notes.read_text(encoding="utf-8").replace(f"- id: {ids[1]}", f"- id: {ids[0]}", 1), "utf-8")
    lines = report(build(project(proj)).problems).splitlines()
    causes = [line for line in lines[:-1] if not line.startswith("  ")]
    assert len(causes) == 2 and lines[-1] == "2 error(s), 0 warning(s)", lines
    assert "malformed BibTeX" in causes[0] and f"duplicate note id '{ids[0]}'" in causes[1]
    follow = [line for line in lines if line.startswith("  ↳ follows from the above: ")]
    assert any("unknown citation key" in line for line in follow)
    assert any(f"unknown note '{ids[1]}'" in line for line in follow)
    assert lines.index(causes[1]) < min(i for i, line in enumerate(lines) if f"unknown note '{ids[1]}'" in line)


def test_the_output_checks_find_raw_marks_empty_pages_broken_anchors_and_a_short_whole_article(tmp_path):
    from edition.gate.output import Built, check

    def page(url, body):
        (tmp_path / url).mkdir(parents=True, exist_ok=True)
        html = f'<html><body><article class="md-content__inner md-typeset">{body}</article></body></html>'
        (tmp_path / url / "index.html").write_text(html, encoding="utf-8")

    page("results/", '<h1>R</h1><p class="para" id="results-1">Text {#results-2} and [@key, 13].</p>')
    page("methods/", '<h1>M</h1><p class="para" id="methods-1">See <a href="../results/#results-9">it</a>.</p>')
    page("about/", "<h1>About</h1><code>{#results-1} [^1]</code>")
    page("article/", '<h1>A</h1><p class="para" id="results-1">Text</p>')
    src = {
        "results": "# R\n\n{#results-1} Text {#results-2} and [@key, 13].\n",
        "methods": "# M\n\nSee it #results-9\n",
    }
    built = [
        Built("kk", n, f"{n}/", f"docs/{n}.md", src.get(n, ""), n == "article")
        for n in ("results", "methods", "about", "article")
    ]
    found = [(p.path, p.line, p.col, p.message.split(": ")[0]) for p in sorted(check(tmp_path, built))]
    assert found == [
        ("docs/about.md", 1, 1, "the page /about/ is published empty"),  # code is no text, and no raw mark
        (
            "docs/article.md",
            1,
            1,
            "the whole-article page /article/ leaves out 1 paragraph(s) of docs/methods.md (methods-1 ...)",
        ),
        (
            "docs/methods.md",
            3,
            8,
            "link '../results/#results-9' on /methods/ leads to no place on its page (no id 'results-9')",
        ),
        ("docs/results.md", 3, 19, "'{#results-2}' is published as text on /results/"),
        ("docs/results.md", 3, 36, "'[@key,' is published as text on /results/"),
    ]
