"""Kazakh search on the built edition: inflected forms the text does not print, forms typed on a Russian
keyboard, and words that must not find a longer word beginning like them (tests/search_kk_cases.tsv, made by
tests/make_search_kk_cases.py). The queries go to Material's own search worker, run in node on the built
index (scripts/search_worker.js): the same lunr and the same edition language files as in the browser."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

pytestmark = pytest.mark.site

HERE = Path(__file__).resolve().parent
CASES = HERE / "search_kk_cases.tsv"
BODY = re.compile(r"[a-z]+-\d+")


def cases():
    rows = []
    for line in CASES.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        kind, query, *fields = line.split("\t")
        ids = [set() if field == "-" else set(field.split()) for field in fields[:3]]
        rows.append((kind, query, *ids))
    return rows


def held_out():
    """The queries of words added to the set after the rules were settled (never tuned for)."""
    return {
        line.split("\t")[1] for line in CASES.read_text(encoding="utf-8").splitlines() if line.endswith("\theld-out")
    }


def ask(site: Path, root: str, queries, stems=()):
    if shutil.which("node") is None:
        pytest.fail("the search tests run Material's search worker in node: install Node.js (npm brings it)")
    result = subprocess.run(
        ["node", str(HERE.parent / "scripts" / "search_worker.js"), str(site), root],
        input=json.dumps({"queries": list(queries), "stems": list(stems)}),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def found(results):
    """The body paragraphs a query's results open, on the section pages."""
    out = set()
    for item in results:
        page, _, pid = item["location"].partition("#")
        if BODY.fullmatch(pid) and page != "article/":
            out.add(pid)
    return out


@pytest.fixture(scope="module")
def answers(real_site):
    return ask(real_site, "", [row[1] for row in cases()])["results"]


def test_the_set_is_large_enough_and_of_every_kind():
    rows = cases()
    kinds = {kind for kind, *_ in rows}
    assert len(rows) >= 200 and kinds == {"inflected", "keyboard", "must-not"}
    assert all(must or kind == "must-not" for kind, _, must, _, _ in rows)


def measure(answers, rows):
    """Recall: of the paragraphs each query must find, how many it finds. False matches: of the paragraphs it
    finds, how many are neither its word's nor a derived word's (a must-not row's longer word's among them)."""
    wanted = hits = returned = false = 0
    misses, wrong = [], []
    for kind, query, must, neutral, other in rows:
        got = found(answers[query])
        wanted += len(must)
        hits += len(must & got)
        returned += len(got)
        bad = got - must - neutral
        false += len(bad)
        if must - got:
            misses.append(f"{kind} «{query}» misses {' '.join(sorted(must - got))}")
        if bad:
            longer = " (the longer word's)" if bad & other else ""
            wrong.append(f"{kind} «{query}» also finds {' '.join(sorted(bad))}{longer}")
    return hits / wanted, false / max(returned, 1), (hits, wanted, false, returned), misses + wrong


def test_recall_and_false_matches(answers):
    rows = cases()
    unseen = held_out()
    for name, subset in (("all", rows), ("held-out", [row for row in rows if row[1] in unseen])):
        recall, false_rate, (hits, wanted, false, returned), report = measure(answers, subset)
        print(
            f"\nKazakh search, {name} ({len(subset)} queries): recall {recall:.1%} ({hits}/{wanted}),"
            f" false matches {false_rate:.1%} ({false}/{returned})"
        )
        print("\n".join(report))
    recall, false_rate, _, report = measure(answers, rows)
    assert recall >= 0.95, "\n".join(report)
    assert false_rate <= 0.02, "\n".join(report)


def test_a_longer_word_that_begins_alike_is_not_found(answers):
    for kind, query, _must, _, other in cases():
        if kind == "must-not":
            assert not found(answers[query]) & other, query


@pytest.mark.parametrize(
    "typed, printed", [("казак", "қазақ"), ("кенес", "кеңес"), ("укимет", "үкімет"), ("билiк", "билік")]
)  # the last with a Latin i
def test_typed_without_kazakh_letters_finds_and_marks_the_printed_word(answers, real_site, typed, printed):
    results = ask(real_site, "", [typed])["results"][typed]
    assert found(results)
    first = next(item for item in results if found([item]))
    assert f"<mark>{printed}" in first["text"].lower()
    assert any(term.startswith(printed) for term in first["terms"])  # ?h= marks it on the page it opens


def test_the_form_found_is_what_the_opened_page_marks(real_site):
    results = ask(real_site, "", ["партиядан"])["results"]["партиядан"]
    terms = next(item["terms"] for item in results if found([item]))
    assert terms["партиядан"] is True  # the typed word is not "missing"
    assert {"партия", "партияның"} & set(terms)  # forms as printed, for ?h=
    assert all(re.fullmatch(r"[\w-]+", term) for term in terms), terms  # no punctuation carried along


@pytest.mark.parametrize(
    "word, stem_of",
    [
        ("партияларының", "партия"),
        ("биліктегі", "билік"),
        ("халқы", "халық"),
        ("лениннің", "ленин"),
        ("кітабы", "кітап"),
        ("мәтіндердегі", "мәтін"),
        ("диктатурасының", "диктатура"),
    ],
)
def test_inflected_forms_share_their_words_stem(real_site, word, stem_of):
    stems = ask(real_site, "", [], [word, stem_of])["stems"]
    assert stems[word] == stems[stem_of]


def test_russian_folds_yo_and_keeps_its_stemmer(real_site):
    stems = ask(real_site, "ru/", [], ["партиями", "партией", "вёрстке", "верстки"])["stems"]
    assert stems["партиями"] == stems["партией"] and stems["вёрстке"] == stems["верстки"]
    results = ask(real_site, "ru/", ["партией", "верстки"])["results"]
    assert found(results["партией"])
    # the About page prints «вёрстки»; a reader types «верстки»
    assert "about/#источник" in [item["location"] for item in results["верстки"]]


@pytest.mark.parametrize(
    "partial, full",
    [("партияд", "партиядан"), ("кеңестерд", "кеңестерде"), ("билікт", "биліктегі"), ("диктатурас", "диктатураның")],
)
def test_a_word_cut_inside_its_ending_finds_what_the_whole_word_finds(real_site, partial, full):
    """Material searches at every keystroke: on the way to «партиядан», «партияд» begins no index term."""
    results = ask(real_site, "", [partial, full])["results"]
    assert found(results[partial]) and found(results[partial]) == found(results[full])


@pytest.mark.parametrize("word", ["ақпарат", "елшілік"])  # not in the text; no shorter word's stem is taken
def test_a_word_not_in_the_text_does_not_fall_back_to_a_shorter_one(real_site, word):
    assert not found(ask(real_site, "", [word])["results"][word])
