"""Lighthouse 12 (from package-lock.json, in Debian's Chromium) on the published site: accessibility, best
practices and SEO score 100 on every page type in every language. These audits are deterministic; the
performance score depends on the machine and is measured by `make bench` (scripts/lighthouse_bench.py)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess

import pytest

from conftest import LANGS, PAGE_TYPES, ROOT

pytestmark = pytest.mark.browser

# The one 404 page answers every missing address in every language. Lighthouse refuses to audit a page that
# answers 404, so it audits the same file at its own address.
PAGES = [(lang, kind, f"{root}{path}") for lang, root in LANGS.items() for kind, path in PAGE_TYPES.items()]
PAGES.append(("all", "404", "404.html"))
CATEGORIES = ("accessibility", "best-practices", "seo")


@pytest.fixture(scope="module")
def lighthouse(published_server, chromium_path):
    node = shutil.which("node")
    package = ROOT / "node_modules" / "lighthouse" / "package.json"
    if not node or not package.exists():
        pytest.fail("Lighthouse needs node and `npm ci --ignore-scripts` (make test runs it)")
    version = json.loads(package.read_text(encoding="utf-8"))["version"]
    assert version.startswith("12."), version
    urls = [f"{published_server}/{path}" for _, _, path in PAGES]
    run = subprocess.run(
        [node, str(ROOT / "scripts" / "lighthouse.mjs"), "--quick", f"--categories={','.join(CATEGORIES)}", *urls],
        capture_output=True,
        text=True,
        timeout=1200,
        env=dict(os.environ, CHROME_PATH=chromium_path),
    )
    assert run.returncode == 0, run.stderr[-3000:]
    return {r["url"]: r for r in json.loads(run.stdout)}


@pytest.mark.parametrize("lang,kind,path", PAGES, ids=[f"{lang}-{kind}" for lang, kind, _ in PAGES])
def test_accessibility_best_practices_and_seo_score_100(lighthouse, published_server, lang, kind, path):
    result = lighthouse[f"{published_server}/{path}"]
    assert result["runtimeError"] is None
    assert result["finalUrl"] == f"{published_server}/{path}"
    failing = "\n".join(f"{a['id']}: {a['title']} {a['items']}" for a in result["failing"])
    assert result["categories"] == dict.fromkeys(CATEGORIES, 100), failing
