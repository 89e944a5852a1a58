"""The page-weight budget's fast half: no page loads anything from another host, and the edition's own assets
stay light. The full comparison with Material's default bundle is `make bench` (scripts/pageweight.py)."""

from __future__ import annotations

from pathlib import Path

import pageweight
import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_third_party_detection_on_materials_default_head(tmp_path):
    """The detector must see what Material's default head loads from Google, and ignore plain links."""
    page = tmp_path / "x" / "index.html"
    page.parent.mkdir()
    page.write_text(
        '<link rel="preconnect" href="https://fonts.gstatic.com" crossorigin>'
        '<link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Roboto">'
        '<link rel="stylesheet" href="../assets/a.css"><img srcset="//cdn.example/x.png 2x">'
        "<style>body{background:url(https://cdn.example/y.png)}</style>"
        '<a href="https://doi.org/10.1/x">DOI</a>',
        encoding="utf-8",
    )
    found = pageweight.third_party(tmp_path, page)
    assert [r.split("> ", 1)[1] for r in found] == [
        "https://fonts.gstatic.com",
        "https://fonts.googleapis.com/css?family=Roboto",
        "//cdn.example/x.png",
        "https://cdn.example/y.png",
    ]


@pytest.mark.site
def test_no_page_loads_from_another_host(real_site):
    pages = sorted(real_site.rglob("*.html"))
    assert len(pages) >= 24  # eight sections in three languages, at least
    offenders = [f"{p.relative_to(real_site)}: {r}" for p in pages for r in pageweight.third_party(real_site, p)]
    assert not offenders, "\n".join(offenders)


@pytest.mark.site
def test_first_load_resolves_and_edition_assets_stay_light(real_site):
    load = pageweight.first_load(real_site, real_site / "ru" / "methods" / "index.html")
    assert not load.missing and not load.third_party
    # the edition's own stylesheet and script are part of every first load, so they are what the budget weighs
    # (its lunr language files load with the search worker, after load, which the budget leaves out)
    own = {"assets/edition.css", "assets/edition.js"}
    assert own <= set(load.resources)
    total = sum(pageweight.gz((ROOT / "docs" / name).read_bytes()) for name in own)
    assert total < pageweight.BUDGET, (
        f"edition.css and edition.js are {total} B gzip, over the {pageweight.BUDGET} B budget"
    )
