"""The page-weight budget's fast half: no page loads anything from another host, and the edition's own assets
stay light. The full comparison with Material's default bundle is `make bench` (scripts/pageweight.py)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pageweight
import pytest
import tinycss2

from mkdocs_side import minify

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
    # as shipped (scripts/mkdocs_side/minify.py: no comments or indentation), which is what a reader loads
    total = sum(pageweight.gz((real_site / name).read_bytes()) for name in own)
    assert total < pageweight.BUDGET, (
        f"edition.css and edition.js are {total} B gzip, over the {pageweight.BUDGET} B budget"
    )
    sources = sum(pageweight.gz((ROOT / "docs" / name).read_bytes()) for name in own)
    assert total < sources * 0.85, (total, sources)  # the shipped files are the minified ones


def test_the_shipped_stylesheet_and_script_mean_what_their_sources_mean():
    """Minified, the rules are the same rules (compared as parsed by tinycss2) and the script still parses."""

    def tokens(values):
        """Component values as text; a run of whitespace is one space, and none by a comma or a `>`."""
        out = []
        for v in values:
            if v.type == "comment":
                continue
            if v.type == "whitespace":
                text = " "
            elif v.type == "function":
                text = f"{v.name}({tokens(v.arguments)})"
            elif v.type in ("() block", "[] block", "{} block"):
                text = v.type[0] + tokens(v.content) + v.type[1]
            else:
                text = tinycss2.serialize([v])
            if text == " " and (not out or out[-1] in (" ", ",", ">", "{", ":")):
                continue
            if text in (",", ">", ";") and out and out[-1] == " ":
                out.pop()
            out.append(text)
        return "".join(out).strip().rstrip(";")

    def rules(text):
        found = []
        for node in tinycss2.parse_stylesheet(text, skip_comments=True, skip_whitespace=True):
            found.append(tokens(node.prelude))
            body = tinycss2.parse_blocks_contents(node.content, skip_comments=True, skip_whitespace=True)
            for item in body:
                if item.type == "declaration":
                    found.append((item.lower_name, tokens(item.value), item.important))
                else:  # a rule inside @media
                    found.extend(rules(tinycss2.serialize([item])))
        return found

    source = (ROOT / "docs" / "assets" / "edition.css").read_text(encoding="utf-8")
    shipped = rules(minify.css(source))
    assert shipped == rules(source) and len(shipped) > 200
    script = minify.js((ROOT / "docs" / "assets" / "edition.js").read_text(encoding="utf-8"))
    assert "//" not in script.replace("://", "") and "/*" not in script
    node = shutil.which("node")
    if node:
        check = subprocess.run([node, "--check", "-"], input=script, capture_output=True, text=True)
        assert check.returncode == 0, check.stderr
