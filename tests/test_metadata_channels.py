"""One metadata truth per page: every channel says the same about the article, field by field. Each channel is
read by a reader that is not the edition's: extruct (JSON-LD, OpenGraph, Dublin Core), the HTML parser (the
Highwire tags), bibtexparser, rispy and json (the downloads), pypdf (the PDF's document metadata)."""

from __future__ import annotations

import json
import re
from functools import cache

import pytest
import yaml

from conftest import LANGS, PAGES, ROOT

pytestmark = pytest.mark.site

ARTICLE = yaml.safe_load((ROOT / "source/article.yml").read_text(encoding="utf-8"))
STEM = "eskaliev-aitenov-2025"


def page_path(lang, page):
    return f"{LANGS[lang]}{'' if page == 'index' else page + '/'}index.html"


def head_channels(site, lang, page) -> dict:
    """channel -> {field: value} for one built page."""
    import extruct
    from bs4 import BeautifulSoup

    html = (site / page_path(lang, page)).read_text(encoding="utf-8")
    found = extruct.extract(html, syntaxes=["json-ld", "opengraph", "dublincore"], uniform=False)
    doc = BeautifulSoup(html, "html.parser")
    hw = {}
    for m in doc.find_all("meta", attrs={"name": re.compile("^citation_")}):
        hw.setdefault(m["name"], []).append(m["content"])
    dc = {}
    for e in found["dublincore"][0]["elements"]:
        dc.setdefault(e["name"], []).append(e["content"])
    og = dict(found["opengraph"][0]["properties"])
    (ld,) = [d for d in found["json-ld"] if d.get("@type") == "ScholarlyArticle"]
    return {
        "highwire": {
            "title": hw["citation_title"][0],
            "authors": [a.split(",")[0] for a in hw["citation_author"]],
            "language": hw["citation_language"][0],
            "abstract": hw["citation_abstract"][0],
            "journal": hw["citation_journal_title"][0],
            "year": hw["citation_publication_date"][0],
            "volume": hw["citation_volume"][0],
            "issue": hw["citation_issue"][0],
            "pages": f"{hw['citation_firstpage'][0]}-{hw['citation_lastpage'][0]}",
            "doi": hw["citation_doi"][0],
            "keywords": hw["citation_keywords"],
            "pdf": hw["citation_pdf_url"][0],
        },
        "dublin core": {
            "title": dc["DC.title"][0],
            "authors": [a.split(",")[0] for a in dc["DC.creator"]],
            "language": dc["DC.language"][0],
            "abstract": dc["DC.description"][0],
            "year": dc["DC.date"][0],
            "doi": dc["DC.identifier"][0].removeprefix("doi:"),
        },
        "json-ld": {
            "title": ld["name"],
            "authors": [a["name"].split(" ")[0] for a in ld["author"]],
            "language": ld["inLanguage"],
            "abstract": ld["abstract"],
            "journal": ld["isPartOf"]["isPartOf"]["isPartOf"]["name"],
            "year": ld["datePublished"],
            "volume": ld["isPartOf"]["isPartOf"]["volumeNumber"],
            "issue": ld["isPartOf"]["issueNumber"],
            "pages": f"{ld['pageStart']}-{ld['pageEnd']}",
            "doi": ld["identifier"]["value"],
            "keywords": ld["keywords"],
            "pdf": ld["encoding"]["contentUrl"],
        },
        "opengraph": {"title": og["og:title"], "description": og["og:description"]},
        "meta description": {"description": doc.find("meta", attrs={"name": "description"})["content"]},
        "headline": {"headline": ld["headline"]},
    }


@cache
def file_channels(site, lang) -> dict:
    """channel -> {field: value} of the language's downloads and PDF."""
    import bibtexparser
    import rispy
    from pypdf import PdfReader

    (bib,) = bibtexparser.parse_string((site / f"cite/{STEM}.{lang}.bib").read_text(encoding="utf-8")).entries
    (ris,) = rispy.loads((site / f"cite/{STEM}.{lang}.ris").read_text(encoding="utf-8"))
    (csl,) = json.loads((site / f"cite/{STEM}.{lang}.json").read_text(encoding="utf-8"))
    info = PdfReader(site / f"pdf/{STEM}.{lang}.pdf").metadata
    return {
        "bibtex": {
            "title": bib["title"].replace("{", "").replace("}", ""),  # braces keep proper names' capitals
            "authors": [a.split(",")[0].strip() for a in bib["author"].split(" and ")],
            "language": bib["language"],
            "abstract": bib["abstract"],
            "journal": bib["journal"],
            "year": bib["year"],
            "volume": bib["volume"],
            "issue": bib["number"],
            "pages": bib["pages"].replace("--", "-"),
            "doi": bib["doi"],
            "keywords": [k.strip() for k in bib["keywords"].split(",")],
        },
        "ris": {
            "title": ris["title"],
            "authors": [a.split(",")[0] for a in ris["authors"]],
            "language": ris["language"],
            "abstract": ris["abstract"],
            "journal": ris["secondary_title"],
            "year": ris["year"],
            "volume": ris["volume"],
            "issue": ris["number"],
            "pages": f"{ris['start_page']}-{ris['end_page']}",
            "doi": ris["doi"],
            "keywords": ris["keywords"],
            "pdf": ris["file_attachments1"],
        },
        "csl-json": {
            "title": csl["title"],
            "authors": [a["family"] for a in csl["author"]],
            "language": csl["language"],
            "abstract": csl["abstract"],
            "journal": csl["container-title"],
            "year": str(csl["issued"]["date-parts"][0][0]),
            "volume": csl["volume"],
            "issue": csl["issue"],
            "pages": csl["page"],
            "doi": csl["DOI"],
            "keywords": [k.strip() for k in csl["keyword"].split(",")],
        },
        "pdf": {
            "title": info.title,
            "authors": [a.strip().split(" ")[0] for a in info.author.split(",")],
            "abstract": info.subject,
            "keywords": [k.strip() for k in info["/Keywords"].split(",")],
        },
    }


def expected(lang) -> dict:
    """The rule (README): the article is Kazakh; the title the authors' own in the page's language, else the
    original's; the abstract the authors' own in the page's language."""
    title_lang = "en" if lang == "en" else "kk"
    return {
        "title": ARTICLE["title"][title_lang],
        "authors": [a["family"][lang] for a in ARTICLE["authors"]],
        "language": "kk",
        "journal": ARTICLE["journal"][lang],
        "year": "2025",
        "volume": "28",
        "issue": "4",
        "pages": "1245-1259",
        "doi": ARTICLE["doi"],
        "keywords": ARTICLE["keywords"][lang],
    }


@pytest.mark.parametrize("lang", LANGS)
def test_every_channel_says_the_same_about_the_article_on_every_page(real_site, lang):
    files = file_channels(real_site, lang)
    want = expected(lang)
    for page in PAGES:
        channels = {**head_channels(real_site, lang, page), **files}
        abstract = channels["highwire"]["abstract"]
        assert len(abstract) > 500 and not re.search(r"[*{}<>]", abstract)
        for name, fields in channels.items():
            for field, value in fields.items():
                if field in want:
                    assert value == want[field], (page, name, field, value)
                elif field == "abstract":
                    assert value == abstract, (page, name)
                elif field == "pdf":
                    assert value.endswith(f"/pdf/{STEM}.{lang}.pdf"), (page, name, value)
                elif field in ("description", "headline"):
                    source = abstract if field == "description" else want["title"]
                    cut = value.removesuffix("…")
                    assert value == source or (value.endswith("…") and source.startswith(cut)), (page, name)
                    assert value == source or source[len(cut)] == " ", (page, name, "cut inside a word")
        assert len(channels["headline"]["headline"]) <= 110


def test_the_abstracts_are_the_authors_own_in_each_language(real_site):
    """The Kazakh, Russian and English abstracts are the authors' (docs/index*.md, source/), each on its pages."""
    source = (ROOT / "source" / "eskaliev-aitenov-2025.txt").read_text(encoding="utf-8")
    flat = " ".join(source.split())
    for lang in LANGS:
        abstract = file_channels(real_site, lang)["csl-json"]["abstract"]
        words = abstract.split()
        assert " ".join(words[5:15]) in flat, lang  # the authors' words, as the source prints them
