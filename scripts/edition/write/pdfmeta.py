"""The PDF's document metadata, as the <meta> tags of the print document that WeasyPrint writes into the PDF's
Info dictionary and XMP: its title is the record's (<title>), the authors, the abstract as the subject, the
keywords. The PDF's language is its text's (<html lang>, the record's page_language)."""

from __future__ import annotations


def fields(r) -> list[tuple[str, str]]:
    out = [("author", ", ".join(f"{a.family} {a.spaced}" for a in r.authors))]
    out += [("description", r.abstract)] if r.abstract else []
    out += [("keywords", ", ".join(r.keywords))] if r.keywords else []
    return out
