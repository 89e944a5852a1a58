"""Shared fixtures: in-memory bibliographies and locales for unit tests, and built fixture sites."""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from serve_static import serving  # noqa: E402  (the built site served as a static host serves it)

from project import read_config, reading_order, run_mkdocs  # noqa: E402

MINI = ROOT / "tests" / "fixtures" / "mini"
# a complete source/article.yml for a fixture edition (the mini fixture has none of its own)
ARTICLE_YML = """key: fixture2025
slug: fixture-2025
doi: "10.1000/182"
language: kk
year: 2025
volume: "28"
issue: "4"
first_page: "1245"
last_page: "1259"
journal: {kk: "Отан тарихы", ru: "Отан тарихы", en: "Otan tarihy"}
title: {kk: "Тест", ru: "Тест", en: "Test"}
authors:
  - family: {kk: "Есқалиев", ru: "Есқалиев", en: "Eskaliev"}
    initials: {kk: "С.А.", ru: "С.А.", en: "S.A."}
first_body_page: 1246
"""
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
BROWSER_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


LANGS = {"kk": "", "ru": "ru/", "en": "en/"}  # language -> its root on the site (Kazakh at /)
PAGES = reading_order(read_config(ROOT).get("nav"))  # every page of the edition, in reading order
# One page of each layout: the body sections share one, so "results" (the longest) stands for them all.
PAGE_TYPES = {
    "abstract": "",
    "section": "results/",
    "references": "references/",
    "glossary": "glossary/",
    "about": "about/",
    "corrections": "corrections/",
    "article": "article/",
}


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under a folder, by relative path: two trees compare byte for byte."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def soup(site: Path, lang: str, page: str):
    """A built page of a language, parsed."""
    from bs4 import BeautifulSoup

    path = site / LANGS[lang] / ("" if page == "index" else page) / "index.html"
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def mkdocs_build(config: Path, site: Path, **env_vars) -> subprocess.CompletedProcess:
    return run_mkdocs(config, site, strict=True, env=env_vars)


def copy_fixture(src: Path, dst: Path) -> Path:
    """A writable copy of a fixture project whose mkdocs.yml still points at the repository's hook."""
    shutil.copytree(src, dst)
    cfg = dst / "mkdocs.yml"
    text = cfg.read_text(encoding="utf-8").replace("../../../", f"{ROOT.as_posix()}/")
    cfg.write_text(text, encoding="utf-8")
    return dst


def _built(tmp_path_factory, name: str, config: Path, **env_vars) -> Path:
    """`config` built once per test session, however many pytest-xdist workers ask for it: the first to come
    builds it into the session's temporary folder (shared by the workers) under a file lock, the others wait
    for it and read the same files. Tests only read these sites (a test that alters one copies it first)."""
    shared = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        shared = shared.parent  # each worker's basetemp is a folder of the session's own
    site, done = shared / name / "site", shared / name / "built"
    site.parent.mkdir(parents=True, exist_ok=True)
    with open(shared / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file is closed, also if the build fails
        if not done.exists():
            shutil.rmtree(site, ignore_errors=True)  # what a failed build of another worker left
            result = mkdocs_build(config, site, **env_vars)
            assert result.returncode == 0, result.stdout + result.stderr
            done.touch()
    return site


@pytest.fixture(scope="session")
def mini_site(tmp_path_factory) -> Path:
    """The small fixture edition, built once per test session."""
    return _built(tmp_path_factory, "mini", MINI / "mkdocs.yml")


@pytest.fixture(scope="session")
def real_site(tmp_path_factory) -> Path:
    """The edition itself, built once per test session, with the PDF of each language (as `make build` makes it:
    EDITION_PDF=1), so that the PDFs too are made once per session. Hash seed 1: test_build.py compares it
    byte for byte with a build of a copy under another seed."""
    return _built(tmp_path_factory, "real", ROOT / "mkdocs.yml", EDITION_PDF="1", PYTHONHASHSEED="1")


@pytest.fixture(scope="session")
def chromium_path() -> str:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"browser tests need Debian's chromium at {CHROMIUM} (apt-get install chromium)")
    return CHROMIUM


@pytest.fixture(scope="session")
def mini_server(mini_site):
    with serving(mini_site) as url:
        yield url


@pytest.fixture(scope="session")
def real_server(real_site):
    with serving(real_site) as url:
        yield url


@pytest.fixture(scope="session")
def published_server(tmp_path_factory):
    """The edition as published: built for the address it is served at (EDITION_SITE_URL), so that its
    canonical links, hreflang alternates and sitemap point at the server itself, and served the way a static
    host serves it (scripts/serve_static.py: gzip, content types, 404.html with status 404)."""

    site = tmp_path_factory.mktemp("published") / "site"
    site.mkdir()
    with serving(site) as url:
        result = mkdocs_build(ROOT / "mkdocs.yml", site, EDITION_SITE_URL=f"{url}/")
        assert result.returncode == 0, result.stdout + result.stderr
        yield url


@pytest.fixture(scope="session")
def browser(chromium_path):
    """Debian's Chromium driven by Playwright, launched once per session."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium_path, args=BROWSER_ARGS)
        yield b
        for key in [key for key in _POOL if key[0] == id(b)]:
            _POOL.pop(key).context.close()
        b.close()


def search_results(page, server: str, root: str, query: str, links: str = ".md-search-result__item > a") -> list:
    """Types the query into Material's search box on the language root; the hrefs of the results' `links`
    (by default each result's own link; `.md-search-result__item a` adds the sections folded under it)."""
    box = page.locator("input.md-search__input")
    if page.url != f"{server}/{root}" or not box.is_visible():
        page.goto(f"{server}/{root}")
        page.locator("label.md-search__icon, .md-search__input").first.click()
    else:
        # the search already open on this root: the box emptied, as a reader clears it, and the last results gone
        # (a new load would build the language's index again in the search worker: ~1 s of Chromium's CPU a query)
        box.fill("")
        box.press("End")
        page.locator(".md-search-result__item").first.wait_for(state="detached", timeout=10000)
    box.fill(query)
    box.press("End")  # Material searches on key-up
    page.locator(".md-search-result__item").first.wait_for(timeout=10000)
    return [a.get_attribute("href") for a in page.locator(links).all()]


# Pages kept for reuse, one per browser and set of context options: a new page costs Chromium a renderer process
# (~0.6 CPU-s) and a page loaded in a new one twice the CPU of one loaded in a page already open. Between tests a
# kept page is reset (_reset) to what a new one shows; the least recently used beyond _POOL_SIZE are closed.
_POOL: dict[tuple, _Kept] = {}
_POOL_SIZE = 6


class _Kept:
    """A browser context and its one page, with what a new page of the context had (its viewport, its listeners)."""

    def __init__(self, browser, options: dict):
        self.context = browser.new_context(**options)
        self.page = self.context.new_page()
        self.viewport = self.page.viewport_size
        self.listeners = _listeners(self.page)


def _listeners(page) -> dict:
    """The page's event listeners, by event (Playwright's own among them): the test's are the ones added since.
    Playwright's public API removes a listener only by the function a test passed, which the pool does not know."""
    events = page._impl_obj
    return {event: list(events.raw_listeners(event)) for event in events.event_names()}


def _reset(kept: _Kept, origin: str, clipboard: bool) -> None:
    """Undoes what a test may have done to the page and its context, so that the next test sees a new page: its
    other pages, routes, listeners, media, viewport, permissions, storage and cookies, the clipboard it was let
    use, and its document (the page goes to about:blank, where it idles without running the test's scripts).
    Raises if it cannot."""
    page, context = kept.page, kept.context
    for other in context.pages:
        if other != page:
            other.close()
    if page.is_closed() or context.pages != [page]:
        raise RuntimeError("the test closed its page")
    events = page._impl_obj
    for event in events.event_names():
        for listener in events.raw_listeners(event):
            if listener not in kept.listeners.get(event, []):
                events.remove_listener(event, listener)
    page.unroute_all(behavior="ignoreErrors")
    context.unroute_all(behavior="ignoreErrors")
    if page.url.startswith(f"{origin}/"):
        # Material keeps the reader's choices (__palette, __consent, the search) in the origin's storage; the
        # clipboard is the browser's, shared by its contexts
        page.evaluate(
            "c => { localStorage.clear(); sessionStorage.clear(); return c && navigator.clipboard.writeText('') }",
            clipboard,
        )
    elif page.url != "about:blank" or clipboard:
        raise RuntimeError(f"the test ended where its page cannot be reset: {page.url}")
    context.clear_permissions()
    context.clear_cookies()
    page.emulate_media(media="null", color_scheme="null", reduced_motion="null", forced_colors="null", contrast="null")
    if page.viewport_size != kept.viewport:
        page.set_viewport_size(kept.viewport)
    page.goto("about:blank")


@contextmanager
def browser_page(browser, origin: str, *, permissions=(), fresh: bool = False, **context_options):
    """A page of a browser context with `context_options`, as a new one would be, granted `permissions` (such as
    clipboard-read) on `origin`; on leaving, asserts that it requested nothing from another host. The page is kept
    for the next test with the same options, reset (_reset) after this one, unless the test failed or `fresh` is
    asked: then the page is a new one, closed after (for a test that changes what _reset cannot undo)."""
    if context_options.get("java_script_enabled"):  # the default: the same context as without the option
        del context_options["java_script_enabled"]
    key = (id(browser), json.dumps(context_options, sort_keys=True))
    kept = (None if fresh else _POOL.pop(key, None)) or _Kept(browser, context_options)
    page = kept.page
    if permissions:
        kept.context.grant_permissions(list(permissions), origin=origin)
    outside = []

    def third_party(request):
        if not (request.url.startswith(origin) or request.url.startswith("data:")):
            outside.append(request.url)

    page.on("request", third_party)
    keep = False
    try:
        yield page
        keep = not fresh
    finally:
        page.remove_listener("request", third_party)
        if keep:
            try:
                _reset(kept, origin, clipboard="clipboard-write" in permissions)
            except Exception:
                keep = False
        if keep:
            if key in _POOL:  # a page of the same options opened while this one was in use
                _POOL.pop(key).context.close()
            _POOL[key] = kept  # the most recently used last
            while len(_POOL) > _POOL_SIZE:
                _POOL.pop(next(iter(_POOL))).context.close()
        else:
            kept.context.close()
    assert outside == [], f"third-party requests: {outside}"


# Lighthouse (tests/test_lighthouse*.py): every page type of a language; the one 404 page answers every missing
# address in every language, and since Lighthouse refuses to audit a page that answers 404, it audits the same
# file at its own address (with the Kazakh pages, which have no language folder).
LIGHTHOUSE_CATEGORIES = ("accessibility", "best-practices", "seo")


def lighthouse_pages(lang: str, kinds=None) -> dict[str, str]:
    """page type -> address (relative to the site's root) of the pages Lighthouse audits for a language: `kinds`
    of PAGE_TYPES, or all of them and the 404 page."""
    pages = {kind: f"{LANGS[lang]}{path}" for kind, path in PAGE_TYPES.items() if kinds is None or kind in kinds}
    return pages | ({"404": "404.html"} if kinds is None else {})


def run_lighthouse(server: str, chromium: str, paths) -> dict[str, dict]:
    """Lighthouse 12 (scripts/lighthouse.mjs: one Chromium for all the pages) on `server`/path for each path;
    its result for each page, by URL."""
    node = shutil.which("node")
    package = ROOT / "node_modules" / "lighthouse" / "package.json"
    if not node or not package.exists():
        pytest.fail("Lighthouse needs node and `npm ci --ignore-scripts` (make test runs it)")
    version = json.loads(package.read_text(encoding="utf-8"))["version"]
    assert version.startswith("12."), version
    run = subprocess.run(
        [
            node,
            str(ROOT / "scripts" / "lighthouse.mjs"),
            "--quick",
            f"--categories={','.join(LIGHTHOUSE_CATEGORIES)}",
            *[f"{server}/{path}" for path in paths],
        ],
        capture_output=True,
        text=True,
        timeout=1200,
        env=dict(os.environ, CHROME_PATH=chromium),
    )
    assert run.returncode == 0, run.stderr[-3000:]
    return {r["url"]: r for r in json.loads(run.stdout)}


def lighthouse_tests(pages: dict[str, str]):
    """A Lighthouse file's module fixture (one run of scripts/lighthouse.mjs for all its pages) and its test (each
    page scores 100), for `pages` (page type -> address): a module assigns both to its own names."""

    @pytest.fixture(scope="module")
    def lighthouse(published_server, chromium_path):
        return run_lighthouse(published_server, chromium_path, pages.values())

    @pytest.mark.parametrize("kind", pages)
    def test_accessibility_best_practices_and_seo_score_100(lighthouse, published_server, kind):
        assert_lighthouse_100(lighthouse, published_server, pages[kind])

    return lighthouse, test_accessibility_best_practices_and_seo_score_100


def assert_lighthouse_100(results: dict[str, dict], server: str, path: str) -> None:
    """The page was audited where it was asked for, and scores 100 in every category audited."""
    result = results[f"{server}/{path}"]
    assert result["runtimeError"] is None
    assert result["finalUrl"] == f"{server}/{path}"
    failing = "\n".join(f"{a['id']}: {a['title']} {a['items']}" for a in result["failing"])
    assert result["categories"] == dict.fromkeys(LIGHTHOUSE_CATEGORIES, 100), failing


# The longest files, longest first, by their time in `make test` (2 workers, --durations): pytest-xdist's loadfile
# hands each worker a whole file when it runs short of work, so the longest started first leave the short ones to
# fill the end; started last, one of them runs on one core while the other waits. Lighthouse's files, the PDF builds
# (test_build.py, test_publish.py; the session's real_site is built by the first file that asks for it) and the
# gate corpus are the longest.
LONGEST_FIRST = (
    "test_bad_inputs.py",
    "test_build.py",
    "test_lighthouse.py",
    "test_publish.py",
    "test_accessibility.py",
    "test_reader.py",
    "test_phone.py",
    "test_lighthouse_translations.py",
    "test_web.py",
    "test_search_browser.py",
    "test_reading.py",
    "test_edition_site.py",
    "test_engine.py",
    "test_validity.py",
    "test_syntax_properties.py",
    "test_browser.py",
)


def pytest_configure(config):
    """pytest-xdist orders the files by their number of tests unless told not to (its --loadscope-reorder, on by
    default): that put the few long tests of Lighthouse and the PDF builds last. The order is LONGEST_FIRST's."""
    if hasattr(config.option, "loadscopereorder"):
        config.option.loadscopereorder = False


def pytest_collection_modifyitems(config, items):
    """LONGEST_FIRST's files first, in its order, then the others as collected. The sort is stable, so every
    worker collects the same order."""
    rank = {name: i for i, name in enumerate(LONGEST_FIRST)}
    items.sort(key=lambda item: rank.get(item.path.name, len(rank)))
