"""The edition's Kazakh text loses and changes nothing of the source except through recorded emendations.

Each page is turned back into the source: paragraph ids and page markers removed, every {em:ID} replaced
by the source reading recorded for it, every Pandoc citation by its printed form (source/citations.yml),
the run-in heading re-added. The result must equal the layout-normalized source part
(scripts/edition/source.py) word for word.
"""

from __future__ import annotations

import difflib
import hashlib
import re
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from edition import source as st  # noqa: E402
from edition.syntax import Citation, Marker, scan  # noqa: E402

DOCS = ROOT / "docs"
SOURCE_SHA256 = "a34b4d729e8979225ba1894063bdf3fcedd1f53f49cdbf1588835558e4fa28d0"
TEXT = st.load_source(ROOT)
CITATIONS = yaml.safe_load((ROOT / "source" / "citations.yml").read_text(encoding="utf-8"))
EMENDATIONS = yaml.safe_load((ROOT / "source" / "emendations.yml").read_text(encoding="utf-8"))
EM = {rec["id"]: rec for rec in EMENDATIONS}
ABSTRACT_PAGES = {"kk": "index.md", "ru": "index.ru.md", "en": "index.en.md"}
ABSTRACT_TITLES = {"kk": "Аңдатпа", "ru": "Аннотация", "en": "Abstract"}
PB = "\ue000"  # stands for a {pb:N} marker while the text is compared


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


def printed_forms() -> dict[int, str]:
    """n -> the citation as it stands in the normalized source, found in the raw body in source order.

    citations.yml records the printed form with whitespace collapsed (a hyphenated line break shows as
    "Туган- Барановский"); locating it in the raw text both checks that record and gives its normalized form.
    """
    body_start = next(p.start for p in st.parts(TEXT) if p.slug == st.SECTIONS[0][0])
    forms, pos = {}, body_start
    for item in CITATIONS:
        pattern = r"\s+".join(re.escape(w) for w in item["source"].split(" "))
        m = re.compile(pattern).search(TEXT, pos)
        assert m, f"citation {item['n']} {item['source']!r} not found in the source after offset {pos}"
        assert re.sub(r"\s+", " ", m.group()) == item["source"], item["source"]
        forms[item["n"]] = st.normalize(m.group())
        pos = m.end()
    return forms


FORMS = printed_forms()


def section_page(slug: str) -> tuple[str, list[tuple[str, str]]]:
    """(heading line, [(paragraph id, paragraph text)]) of a body section page."""
    fname = next(s[3] for s in st.SECTIONS if s[0] == slug)
    blocks = (DOCS / fname).read_text(encoding="utf-8").strip("\n").split("\n\n")
    paragraphs = []
    for block in blocks[1:]:
        first = marks(block)[:1]
        assert first and isinstance(first[0], Marker) and first[0].kind == "para" and first[0].start == 0, (
            f"{fname}: a paragraph without an id: {block[:60]!r}"
        )
        end = first[0].end + (block[first[0].end : first[0].end + 1] == " ")
        paragraphs.append((first[0].value, block[end:]))
    return blocks[0], paragraphs


def unmark(text: str, where: str) -> tuple[str, list[int], list[list]]:
    """Back to the source: returns (text with PB for page markers, pages, [[key, locator]...] per citation)."""
    items = [c for c in CITATIONS if c["where"] == where]
    pages, found, out, pos = [], [], [], 0
    for tok in marks(text):
        out.append(text[pos : tok.start])
        pos = tok.end
        written = text[tok.start : tok.end]
        if isinstance(tok, Citation):  # a citation: its printed form
            cites = [(i.key, i.locator) for i in tok.items]
            found.append(cites)
            assert items, f"{where}: citation {written} has no item with where: {where} in citations.yml"
            item = items.pop(0)
            assert cites == cites_of(item), (
                f"{where}: {written} but citations.yml item {item['n']} says {item['cites']}"
            )
            out.append(FORMS[item["n"]])
        elif tok.kind == "em":  # an emendation: the source reading
            rec = EM.get(tok.value)
            assert rec, f"{where}: unknown emendation {written}"
            out.append(rec["source"])
        elif tok.kind == "page":
            pages.append(int(tok.value))
            out.append(PB)
        elif tok.kind == "note":  # an editor's note adds a mark, not a word of the text
            pass
        else:
            raise AssertionError(f"{where}: unexpected mark {written} in the Kazakh text")
    out.append(text[pos:])
    assert not items, f"{where}: citations.yml items {[i['n'] for i in items]} are not in the paragraph"
    return "".join(out), pages, found


def rebuild_section(slug: str):
    """(rebuilt text, [(page, offset)], paragraph ids, citations in order) of one body section."""
    heading_line, paragraphs = section_page(slug)
    heading = next(s[2] for s in st.SECTIONS if s[0] == slug)
    texts, pages, cites = [heading], [], []
    for pid, para in paragraphs:
        text, p, c = unmark(para, pid)
        texts.append(text)
        pages += p
        cites += c
    joined = re.sub(r"\s+", " ", " ".join(texts)).strip()
    offsets = []
    while PB in joined:
        i = joined.index(PB)
        offsets.append(i)  # a marker in the wrong place shows up here, not as a stray space in the text
        joined = joined[:i] + joined[i + 1 :]
        if joined[i - 1 : i + 1] == "  ":
            joined = joined[:i] + joined[i + 1 :]
    return joined.strip(), list(zip(pages, offsets)), [pid for pid, _ in paragraphs], cites


# ---------------------------------------------------------------- the source itself


def test_source_copy_is_unchanged():
    data = (ROOT / "source" / "eskaliev-aitenov-2025.txt").read_bytes()
    assert hashlib.sha256(data).hexdigest() == SOURCE_SHA256, "source/ copy differs from the source as received"


def test_normalize_layout():
    assert st.normalize("жан-\n\nжақты а \n\nб") == "жан-жақты а б"
    assert st.normalize("кез-\n келген") == "кез-келген"
    assert st.normalize("Pp. 1245–\n\n1259.") == "Pp. 1245–1259."
    assert st.normalize("бұл –\n\nқоғам") == "бұл – қоғам"


# ---------------------------------------------------------------- body sections


@pytest.mark.parametrize("slug", [s[0] for s in st.SECTIONS])
def test_section_text_is_the_source(slug):
    got = rebuild_section(slug)[0]
    expected = st.part(slug, TEXT)
    if got != expected:
        pytest.fail(f"docs/{slug} differs from the source:\n{word_diff(expected, got)}", pytrace=False)


@pytest.mark.parametrize("slug,prefix,heading,fname", st.SECTIONS)
def test_section_heading_and_paragraph_ids(slug, prefix, heading, fname):
    heading_line, paragraphs = section_page(slug)
    assert heading_line == "# " + heading.rstrip(".")
    ids = [pid for pid, _ in paragraphs]
    assert ids == [f"{prefix}-{i}" for i in range(1, len(ids) + 1)], f"{fname}: ids not consecutive: {ids}"
    for pid, para in paragraphs:
        assert "\n" not in para, f"{pid}: a paragraph is one line"
        assert not re.search(r"\*|_|<|`|\{#", para), f"{pid}: markup other than the edition's markers"


def test_paragraph_ids_unique():
    ids = [pid for s in st.SECTIONS for pid, _ in section_page(s[0])[1]]
    assert len(ids) == len(set(ids))


def test_page_markers():
    marked = []
    for slug, *_ in st.SECTIONS:
        marked += [(page, slug, offset) for page, offset in rebuild_section(slug)[1]]
    pages = [m[0] for m in marked]
    assert pages == list(range(st.FIRST_BREAK_PAGE, st.FIRST_BREAK_PAGE + st.BODY_PAGE_BREAKS))
    expected = [(pb.page, pb.section, pb.offset) for pb in st.page_breaks(TEXT)]
    for got, want in zip(marked, expected):
        following = st.part(want[1], TEXT)[want[2] : want[2] + 30]
        assert got == want, (
            f"{{pb:{want[0]}}} must stand right before {following!r} ({want[1]} offset {want[2]}), found {got}"
        )


def test_citations_in_order():
    found = [c for s in st.SECTIONS for c in rebuild_section(s[0])[3]]
    assert [item["n"] for item in CITATIONS] == list(range(1, 47))
    assert sum(item["source"].startswith("[") for item in CITATIONS) == 45
    assert found == [cites_of(item) for item in CITATIONS]


# ---------------------------------------------------------------- abstracts


@pytest.mark.parametrize("lang", list(ABSTRACT_PAGES))
def test_abstract_is_the_source(lang):
    md = (DOCS / ABSTRACT_PAGES[lang]).read_text(encoding="utf-8")
    assert re.match(r"---\ntitle: " + ABSTRACT_TITLES[lang] + "\n---\n", md)
    assert not [t for t in marks(md) if isinstance(t, Citation) or t.kind in ("para", "page")], (
        "no paragraph ids, page markers or citations on the abstract pages"
    )
    head, _, body = md.partition(f"\n## {ABSTRACT_TITLES[lang]}\n")
    assert body, f"'## {ABSTRACT_TITLES[lang]}' missing"
    assert re.search(r"^# \S", head, re.M)
    for tok in reversed(marks(body, "em")):
        body = body[: tok.start] + EM[tok.value]["source"] + body[tok.end :]
    got = body.replace("**", "")
    got = re.sub(r"\s+", " ", got).strip()
    expected = st.part(lang, TEXT)
    if got != expected:
        pytest.fail(f"docs/{ABSTRACT_PAGES[lang]} differs from the source:\n{word_diff(expected, got)}", pytrace=False)


# ---------------------------------------------------------------- emendations


def em_uses() -> list[tuple[str, str]]:
    """(emendation id, where) for every {em:ID} in the Kazakh pages."""
    uses = []
    for lang, fname in ABSTRACT_PAGES.items():
        text = (DOCS / fname).read_text(encoding="utf-8")
        uses += [(tok.value, f"abstract-{lang}") for tok in marks(text, "em")]
    for slug, *_ in st.SECTIONS:
        for pid, para in section_page(slug)[1]:
            uses += [(tok.value, pid) for tok in marks(para, "em")]
    return uses


def is_citation(reading: str) -> bool:
    return citation_items(reading) is not None


def test_emendation_records():
    ids = [rec["id"] for rec in EMENDATIONS]
    assert len(ids) == len(set(ids)), "duplicate emendation id"
    for rec in EMENDATIONS:
        assert set(rec) == {"id", "where", "source", "reading", "why"}, rec["id"]
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
