"""The channels of the article's record (edition/record.py), one small writer each: the <head> tags
(head.py: Highwire Press, Dublin Core, OpenGraph), Schema.org JSON-LD (jsonld.py), the citation downloads
(bibtex.py, ris.py, csl.py) and the PDF's document metadata (pdfmeta.py). None decides anything the record
does not say."""

from __future__ import annotations

from . import bibtex, csl, head, jsonld, pdfmeta, ris

__all__ = ["DOWNLOADS", "bibtex", "csl", "download_files", "download_name", "head", "jsonld", "pdf_name"]
__all__ += ["pdfmeta", "ris"]

DOWNLOADS = (("bib", "BibTeX", bibtex.write), ("ris", "RIS", ris.write), ("json", "CSL-JSON", csl.write))


def download_name(ext: str, lang: str, slug: str) -> str:
    """'cite/eskaliev-aitenov-2025.en.bib': one file per format and page language."""
    return f"cite/{slug}.{lang}.{ext}"


def pdf_name(lang: str, slug: str) -> str:
    """'pdf/eskaliev-aitenov-2025.en.pdf': the article's PDF in one language."""
    return f"pdf/{slug}.{lang}.pdf"


def download_files(records: dict) -> dict:
    """Site-relative path -> content, for every format and page language (records: lang -> Record)."""
    return {
        download_name(ext, lang, record.slug): write(record)
        for ext, _, write in DOWNLOADS
        for lang, record in records.items()
    }
