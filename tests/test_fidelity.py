"""The edition's Kazakh text loses and changes nothing of the source except through recorded emendations.

Each page is turned back into the source: paragraph ids and page markers removed, every {em:ID} replaced
by the source reading recorded for it, every Pandoc citation by its printed form (source/citations.yml),
the run-in heading re-added. The result must equal the layout-normalized source part
(scripts/edition/source.py) word for word.
"""

from __future__ import annotations

import difflib
import functools
import hashlib
import random
import re
import shutil
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from edition import checks, engine, fidelity  # noqa: E402
from edition import source as st  # noqa: E402
from edition.syntax import Citation, Marker, scan  # noqa: E402
from project import project as make_project  # noqa: E402

DOCS = ROOT / "docs"
SOURCE_SHA256 = "a34b4d729e8979225ba1894063bdf3fcedd1f53f49cdbf1588835558e4fa28d0"
TEXT = st.load_source(ROOT)
CITATIONS = yaml.safe_load((ROOT / "source" / "citations.yml").read_text(encoding="utf-8"))
EMENDATIONS = yaml.safe_load((ROOT / "source" / "emendations.yml").read_text(encoding="utf-8"))
EM = {rec["id"]: rec for rec in EMENDATIONS}
ABSTRACT_PAGES = {"kk": "index.md", "ru": "index.ru.md", "en": "index.en.md"}
ABSTRACT_TITLES = {"kk": "Аңдатпа", "ru": "Аннотация", "en": "Abstract"}
PROJECT = make_project(ROOT)


def marks(text: str, kind: str | None = None) -> list:
    """The engine's own tokens of a text (one grammar of the markup): citations and markers of a kind."""
    tokens = scan(text, "").tokens
    return tokens if kind is None else [t for t in tokens if isinstance(t, Marker) and t.kind == kind]


def citation_items(text: str) -> list[tuple[str, str | None]] | None:
    """[(key, locator)] when `text` is exactly one citation, else None."""
    tokens = scan(text, "").tokens
    if len(tokens) == 1 and isinstance(tokens[0], Citation) and (tokens[0].start, tokens[0].end) == (0, len(text)):
        return [(i.key, i.locator) for i in tokens[0].items]
    return None


# ---------------------------------------------------------------- helpers


def word_diff(expected: str, got: str, context: int = 8) -> str:
    """Readable word-level differences: [-source words-] {+edition words+} with context."""
    a, b = expected.split(), got.split()
    out = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag != "equal":
            before = " ".join(a[max(0, i1 - context) : i1])
            after = " ".join(a[i2 : i2 + context])
            out.append(f"  word {i1}: …{before} [-{' '.join(a[i1:i2])}-] {{+{' '.join(b[j1:j2])}+}} {after}…")
    return "\n".join(out)


def cites_of(item: dict) -> list[tuple[str, str | None]]:
    return [(c["key"], None if c.get("locator") is None else str(c["locator"])) for c in item["cites"]]


@functools.cache
def gate() -> tuple:
    """The engine's gate on the edition, as `make check` runs it up to the fidelity check:
    (Edition, problems before it, problems it found)."""
    inputs, problems = engine.read_inputs(PROJECT)
    ed = engine.scan_edition(PROJECT, inputs, problems)
    checks.check(ed, problems)
    found: list = []
    fidelity.check(ed, found, set())
    return ed, problems, found


def printed_forms() -> dict[int, str]:
    """n -> the citation as it stands in the normalized source (the engine finds each record in the source)."""
    ed = gate()[0]
    ctx = fidelity.Context(PROJECT.source_text, ed.inputs.emendation_ids, [])
    forms = fidelity.printed_forms(TEXT, {p.slug: p for p in st.parts(TEXT)}, ed.inputs.citation_forms, ctx)
    assert forms is not None, ctx.problems
    return {int(rec["n"]): printed for items in forms.values() for rec, printed in items}  # n as written: text


FORMS = printed_forms()


def kazakh_tokens(slug: str) -> list:
    fname = next(s[3] for s in st.SECTIONS if s[0] == slug)
    return marks((DOCS / fname).read_text(encoding="utf-8"))


# ---------------------------------------------------------------- the source itself


def test_source_copy_is_unchanged():
    data = (ROOT / "source" / "eskaliev-aitenov-2025.txt").read_bytes()
    assert hashlib.sha256(data).hexdigest() == SOURCE_SHA256, "source/ copy differs from the source as received"


def test_normalize_layout():
    assert st.normalize("жан-\n\nжақты а \n\nб") == "жан-жақты а б"
    assert st.normalize("кез-\n келген") == "кез-келген"
    assert st.normalize("Pp. 1245–\n\n1259.") == "Pp. 1245–1259."
    assert st.normalize("бұл –\n\nқоғам") == "бұл – қоғам"


# ---------------------------------------------------------------- the engine's comparison (edition/fidelity.py)


def test_the_gate_finds_nothing_before_the_comparison():
    assert [str(p) for p in gate()[1]] == []


@pytest.mark.parametrize("slug,prefix,heading,fname", st.SECTIONS)
def test_section_text_is_the_source(slug, prefix, heading, fname):
    """The page turned back into the source (edition/fidelity.py) is the source part word for word: heading,
    paragraph ids in sequence, citations in their printed form, emendations as the source reads, page markers
    where the source's pages begin."""
    assert [str(p) for p in gate()[2] if p.path == f"docs/{fname}"] == []


@pytest.mark.parametrize("lang", list(ABSTRACT_PAGES))
def test_abstract_is_the_source(lang):
    md = (DOCS / ABSTRACT_PAGES[lang]).read_text(encoding="utf-8")
    assert re.match(r"---\ntitle: " + ABSTRACT_TITLES[lang] + "\n---\n", md)
    assert not [t for t in marks(md) if isinstance(t, Citation) or t.kind in ("para", "page")], (
        "no paragraph ids, page markers or citations on the abstract pages"
    )
    assert f"\n## {ABSTRACT_TITLES[lang]}\n" in md, f"'## {ABSTRACT_TITLES[lang]}' missing"
    assert [str(p) for p in gate()[2] if p.path == f"docs/{ABSTRACT_PAGES[lang]}"] == []


def test_emendations_and_citation_forms_agree_with_the_source():
    assert [str(p) for p in gate()[2] if p.path.startswith("source/")] == []


def test_the_comparison_finds_a_changed_word_and_a_wrong_emendation(tmp_path):
    for name in ("docs", "source"):
        shutil.copytree(ROOT / name, tmp_path / name)
    shutil.copy(ROOT / "bibliography.bib", tmp_path)
    shutil.copy(ROOT / "mkdocs.yml", tmp_path)
    page = tmp_path / "docs" / "introduction.md"
    page.write_text(page.read_text(encoding="utf-8").replace("жетекшілігімен", "басшылығымен"), encoding="utf-8")
    ems = tmp_path / "source" / "emendations.yml"
    ems.write_text(ems.read_text(encoding="utf-8").replace('source: "Сталинің"', 'source: "Сталин"'), encoding="utf-8")
    problems = [str(p) for p in engine.build(make_project(tmp_path)).problems]
    line = ems.read_text(encoding="utf-8").split("\n").index('  source: "Сталин"') + 1
    assert problems == [
        "docs/introduction.md:3:34: the text differs from the source (source/eskaliev-aitenov-2025.txt) after"
        " 'Кіріспе. Коммунистік партияның': the source has 'жетекшілігімен', this page 'басшылығымен': restore the"
        " source's words, or record the change in source/emendations.yml and mark it {em:ID}",
        f"source/emendations.yml:{line}:11: emendation 'stalinnin': its source reading 'Сталин' is not what the source"
        " has at its place in results-3 (source/eskaliev-aitenov-2025.txt has 'алмады. И.В. Сталинің"
        " «Пролетарлық революция»'): correct 'source'",
    ]


# ---------------------------------------------------------------- what the sections hold


@pytest.mark.parametrize("slug,prefix,heading,fname", st.SECTIONS)
def test_section_heading_and_paragraph_ids(slug, prefix, heading, fname):
    text = (DOCS / fname).read_text(encoding="utf-8")
    assert text.startswith("# " + heading.rstrip(".") + "\n")
    ids = [t.value for t in kazakh_tokens(slug) if isinstance(t, Marker) and t.kind == "para"]
    assert ids == [f"{prefix}-{i}" for i in range(1, len(ids) + 1)], f"{fname}: ids not consecutive: {ids}"


def test_paragraph_ids_unique():
    ids = [t.value for s in st.SECTIONS for t in kazakh_tokens(s[0]) if isinstance(t, Marker) and t.kind == "para"]
    assert len(ids) == len(set(ids))


def test_page_markers():
    """Ten print pages in the body, numbered on from 1247 (their places: test_section_text_is_the_source)."""
    breaks = st.page_breaks(TEXT)
    assert [b.page for b in breaks] == list(range(st.FIRST_BREAK_PAGE, st.FIRST_BREAK_PAGE + st.BODY_PAGE_BREAKS))
    marked = [
        int(t.value) for s in st.SECTIONS for t in kazakh_tokens(s[0]) if isinstance(t, Marker) and t.kind == "page"
    ]
    assert marked == [b.page for b in breaks]


def test_citations_in_order():
    found = [
        [(i.key, i.locator) for i in t.items]
        for s in st.SECTIONS
        for t in kazakh_tokens(s[0])
        if isinstance(t, Citation)
    ]
    assert [item["n"] for item in CITATIONS] == list(range(1, 47))
    assert sum(item["source"].startswith("[") for item in CITATIONS) == 45
    assert found == [cites_of(item) for item in CITATIONS]


# ---------------------------------------------------------------- emendations


def em_uses() -> list[tuple[str, str]]:
    """(emendation id, where) for every {em:ID} in the Kazakh pages."""
    uses = []
    for lang, fname in ABSTRACT_PAGES.items():
        text = (DOCS / fname).read_text(encoding="utf-8")
        uses += [(tok.value, f"abstract-{lang}") for tok in marks(text, "em")]
    for slug, *_ in st.SECTIONS:
        where = None
        for tok in kazakh_tokens(slug):
            if isinstance(tok, Marker) and tok.kind == "para":
                where = tok.value
            elif isinstance(tok, Marker) and tok.kind == "em":
                uses.append((tok.value, where))
    return uses


def is_citation(reading: str) -> bool:
    return citation_items(reading) is not None


def test_emendation_records():
    ids = [rec["id"] for rec in EMENDATIONS]
    assert len(ids) == len(set(ids)), "duplicate emendation id"
    for rec in EMENDATIONS:
        assert {"id", "where", "source", "reading", "why"} <= set(rec), rec["id"]
        assert not set(rec) - {"id", "where", "source", "reading", "why", "why-kk", "why-ru", "why-en"}, rec["id"]
        assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", rec["id"]), rec["id"]
        assert rec["source"] != rec["reading"], rec["id"]
        assert str(rec["why"]).strip(), rec["id"]


def test_every_emendation_used_exactly_once_where_recorded():
    uses = em_uses()
    used = [eid for eid, _ in uses]
    for eid, where in uses:
        assert eid in EM, f"{{em:{eid}}} in {where} has no record"
        assert EM[eid]["where"] == where, f"{{em:{eid}}} stands in {where}, recorded where: {EM[eid]['where']}"
    for rec in EMENDATIONS:
        if is_citation(rec["reading"]):
            # a reading that is a citation is carried by the text as a citation, not by an {em:} marker
            assert rec["id"] not in used, rec["id"]
            items = [c for c in CITATIONS if c["where"] == rec["where"] and c["source"] == rec["source"]]
            assert len(items) == 1 and cites_of(items[0]) == citation_items(rec["reading"]), rec["id"]
        else:
            assert used.count(rec["id"]) == 1, f"{{em:{rec['id']}}} is used {used.count(rec['id'])} times"


def test_the_rebuilt_text_and_its_origins_are_those_of_adding_character_by_character():
    """fidelity.Rebuilt collapses whitespace by pieces and works out the origins only when asked: both must be
    what adding one character at a time gives (a run of whitespace one space, none at the start)."""
    rng = random.Random(3)
    for _ in range(3000):
        rebuilt, chars, origins = fidelity.Rebuilt(), [], []
        for _ in range(rng.randint(1, 6)):
            text = "".join(rng.choice([*"ab \n\t*", "**", "\u00a0"]) for _ in range(rng.randint(0, 9)))
            origin, fixed, drop = rng.randint(0, 99), rng.random() < 0.3, rng.choice(["", "**"])
            rebuilt.add(text, origin, fixed, drop)
            kept = text.replace(drop, "\0" * len(drop)) if drop else text  # \0: left out, keeps the offsets
            for i, c in enumerate(kept):
                if c == "\0" or c.isspace() and (not chars or chars[-1] == " "):
                    continue
                chars.append(" " if c.isspace() else c)
                origins.append(origin if fixed else origin + i)
            assert rebuilt.length == len(chars)
        assert rebuilt.text() == "".join(chars).rstrip(" ")
        assert rebuilt.origin == origins


def _printed_word(word: str) -> str:
    """The regex of one recorded word: after a hyphen followed by more of the word, the print may break the line
    (Туган-/Барановский: the record writes the word whole, as the text joins it)."""
    parts = word.split("-")
    out = re.escape(parts[0])
    for part in parts[1:]:
        out += "-" + (r"(?:\s*\n\s*)?" if part else "") + re.escape(part)
    return out


def test_a_printed_form_is_found_where_the_regex_of_its_words_finds_it():
    rng = random.Random(5)
    for _ in range(6000):
        text = "".join(rng.choice([*"ab- \n\t", "\u00a0", "ab"]) for _ in range(rng.randint(0, 20)))
        words = "".join(rng.choice([*"ab-  "]) for _ in range(rng.randint(1, 6))).split()
        pos = rng.randint(0, len(text))
        if not words:
            continue
        m = re.compile(r"\s+".join(map(_printed_word, words))).search(text, pos)
        assert fidelity._words_at(text, words, pos) == (m.span() if m else None), (text, words, pos)


def test_a_word_broken_after_its_hyphen_is_recorded_whole():
    """rev-bib11: citations.yml wrote «[Туган- Барановский, 1919: 116]», a space the print does not have (the
    line breaks after the hyphen, which the text joins), and About called it a stray space. A record writes the
    word whole (found across the line break), and no record has a hyphen followed by a space after a letter."""
    text = "М.И. Туган-Барановский [Туган-\n\nБарановский, 1919: 116], А."
    span = (text.index("["), text.index("]") + 1)
    assert fidelity._words_at(text, "[Туган-Барановский, 1919: 116]".split(), 0) == span
    assert fidelity._words_at("[Ленин, 66- 67 ]", "[Ленин, 66-67 ]".split(), 0) is None  # no line break
    records = (ROOT / "source" / "citations.yml").read_text(encoding="utf-8")
    assert not re.search(r'source: "[^"\n]*\w- ', records)
