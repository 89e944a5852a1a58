"""The CSL-JSON download."""

from __future__ import annotations

import json


def write(r) -> str:
    item = {
        "id": r.key,
        "type": "article-journal",
        "title": r.title,
        "author": [{"family": a.family, "given": a.spaced} for a in r.authors],
        "container-title": r.journal,
        "issued": {"date-parts": [[r.year]]},
        "volume": r.volume,
        "issue": r.issue,
        "page": f"{r.first_page}-{r.last_page}",
        "DOI": r.doi,
        "URL": r.doi_url,
        "language": r.language,
    }
    if r.abstract:
        item["abstract"] = r.abstract
    if r.keywords:
        item["keyword"] = ", ".join(r.keywords)
    return json.dumps([item], ensure_ascii=False, indent=2) + "\n"
