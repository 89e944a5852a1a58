"""Schema.org JSON-LD: the article as a ScholarlyArticle; a translated page adds the edition's translation as
the article's `workTranslation` (in the page's language, by the edition), so the article stays what it is."""

from __future__ import annotations

import json


def data(r) -> dict:
    article = {
        "@context": "https://schema.org",
        "@type": "ScholarlyArticle",
        "headline": r.headline,
        "name": r.title,
        "author": [{"@type": "Person", "name": f"{a.family} {a.spaced}"} for a in r.authors],
        "datePublished": str(r.year),
        "inLanguage": r.language,
        "pageStart": r.first_page,
        "pageEnd": r.last_page,
        "identifier": {"@type": "PropertyValue", "propertyID": "DOI", "value": r.doi},
        "sameAs": r.doi_url,
        "url": r.page_url,
        "keywords": list(r.keywords),
        "isPartOf": {
            "@type": "PublicationIssue",
            "issueNumber": r.issue,
            "isPartOf": {
                "@type": "PublicationVolume",
                "volumeNumber": r.volume,
                "isPartOf": {"@type": "Periodical", "name": r.journal},
            },
        },
        "citation": list(r.references),
    }
    if r.abstract:
        article["abstract"] = r.abstract
    if r.pdf_url:
        article["encoding"] = {"@type": "MediaObject", "encodingFormat": "application/pdf", "contentUrl": r.pdf_url}
    if r.translation:
        article["workTranslation"] = {
            "@type": "CreativeWork",
            "inLanguage": r.page_language,
            "url": r.page_url,
            "translator": {"@type": "Organization", "name": r.site_name},
        }
    return article


def write(r) -> str:
    text = json.dumps(data(r), ensure_ascii=False, sort_keys=True)
    return text.replace("</", "<\\/")  # no "</script>" inside the script
