"""The preview (`make serve`): an edition with problems is still served, every page opens with the list of
problems and the page that has one shows it above its paragraph, and fixing the file reloads a clean page; a
mkdocs.yml that MkDocs' own loader would hang on, or cannot read, is shown on the pages, never waited on.
`make build` of the same broken project still publishes nothing (test_bad_inputs.py)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request

import pytest
import serve
from bs4 import BeautifulSoup

from conftest import MINI, ROOT, copy_fixture
from edition.problems import Problem
from mkdocs_side import preview

KEY = "docs/introduction.md:3:39: unknown citation key 'kritsmаn1926' (it contains U+0430 CYRILLIC SMALL LETTER A at character 7, where the rest is Latin; did you mean 'kritsman1926'?)"  # noqa: E501
START_S = 120  # the first build of the three languages, on a busy machine
# nine levels of nine aliases: 9**9 strings for a loader that expands them
BOMB = "extra:\n  x0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    f"  x{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]\n" for i in range(1, 10)
)
REQUEST_S = 10  # no request may take longer: the preview never leaves one waiting for a build that fails


def test_paragraph_of_a_line():
    text = "# T\n\n{#intro-1} a\nb\n\nno id\n\n{#intro-2} c\n"
    assert [preview.paragraph_of(text, n) for n in (1, 3, 4, 6, 8)] == [None, "intro-1", "intro-1", None, "intro-2"]


def test_banner_and_note_are_escaped_and_placed():
    page = '<body><article class="md-content__inner md-typeset"><h1>T</h1><p class="para" id="intro-1">x</p>'
    problems = [Problem("docs/t.md", 3, 5, "bad <script>"), Problem("docs/u.md", 1, 1, "other")]
    out = preview.show(page, problems, 2, problems[:1], "# T\n\n{#intro-1} x\n")
    doc = BeautifulSoup(out, "html.parser")
    banner = doc.select_one("article > div.edition-problems[role=alert]")
    assert [li.get_text() for li in banner.select("li")] == ["docs/t.md:3:5: bad <script>", "docs/u.md:1:1: other"]
    assert not doc.select("script")
    note = doc.select_one("div.edition-problem-here")
    assert note.find_next_sibling().get("id") == "intro-1" and "docs/t.md:3:5: bad <script>" in note.get_text()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=REQUEST_S) as response:
            return response.read().decode("utf-8")
    except OSError:  # not up yet, or rebuilding
        return None


def _wait(condition, seconds: float):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        found = condition()
        if found:
            return found
        time.sleep(0.5)
    return None


@pytest.mark.site
def test_the_preview_shows_the_problems_and_reloads_when_they_are_fixed(tmp_path):
    proj = copy_fixture(MINI, tmp_path / "proj")
    intro = proj / "docs" / "introduction.md"
    good = intro.read_text(encoding="utf-8")
    intro.write_text(good.replace("[@kritsman1926, 148]", "[@kritsmаn1926, 148]"), encoding="utf-8")
    port, log = _free_port(), tmp_path / "serve.log"
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    with open(log, "wb") as out:
        server = subprocess.Popen(
            [sys.executable, str(ROOT / "scripts" / "serve.py"), "--dev-addr", f"127.0.0.1:{port}"],
            cwd=proj,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        page = _wait(lambda: _fetch(f"{base}/introduction/"), START_S)
        assert page, "the preview did not serve the broken edition:\n" + log.read_text(encoding="utf-8")
        doc = BeautifulSoup(page, "html.parser")
        banner = doc.select_one("div.edition-problems[role=alert]")
        assert banner is not None and [li.get_text() for li in banner.select("li")] == [KEY]
        note = doc.select_one("div.edition-problem-here")
        assert note.find_next_sibling().get("id") == "intro-1"  # above the paragraph that has the problem
        other = _fetch(f"{base}/en/references/")
        assert other and KEY in BeautifulSoup(other, "html.parser").select_one("div.edition-problems").get_text()

        intro.write_text(good, encoding="utf-8")
        fixed = _wait(lambda: (p := _fetch(f"{base}/introduction/")) and "edition-problems" not in p and p, START_S)
        assert fixed, "fixing the file did not bring back a clean page:\n" + log.read_text(encoding="utf-8")

        # mkdocs.yml that MkDocs' loader would expand for minutes, then one it cannot parse: each is shown on the
        # page (MkDocs alone would leave every request waiting), and the next save brings the site back
        config = proj / "mkdocs.yml"
        settings = config.read_text(encoding="utf-8")
        for bad, said in ((settings + BOMB, "mkdocs.yml:"), (settings + "nav: [\n", "error parsing the configuration")):
            config.write_text(bad, encoding="utf-8")
            shown = _wait(lambda: (p := _fetch(f"{base}/introduction/")) and "edition-build-failed" in p and p, 60)
            assert shown, "the failed build was not shown:\n" + log.read_text(encoding="utf-8")
            notice = BeautifulSoup(shown, "html.parser").select_one("div.edition-build-failed[role=alert]")
            assert said in notice.get_text() and shown.count('edition-build-failed"') == 1
            config.write_text(settings, encoding="utf-8")
            back = _wait(lambda: (p := _fetch(f"{base}/introduction/")) and "edition-build-failed" not in p and p, 60)
            assert back and "edition-problems" not in back, "the next save did not recover"
        assert server.poll() is None, "the preview stopped"
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
    assert "Traceback" not in log.read_text(encoding="utf-8")


def test_an_engine_failure_is_shown_by_the_preview_and_stops_a_build(tmp_path, monkeypatch):
    """The preview never waits on a build that failed: an exception in the engine becomes the one problem every
    page shows (the next save runs the engine afresh); outside the preview it stops the build."""
    import types

    import hooks
    from mkdocs.config import load_config

    proj = copy_fixture(MINI, tmp_path / "proj")
    real = hooks.fresh_engine()

    def failing_build(project):
        raise RecursionError("maximum recursion depth exceeded")

    engine = types.SimpleNamespace(**{k: getattr(real, k) for k in ("Project", "Result", "Problem", "report")})
    engine.build = failing_build
    monkeypatch.setattr(hooks, "fresh_engine", lambda: engine)
    config = load_config(config_file=str(proj / "mkdocs.yml"))
    hooks.on_startup(command="serve", dirty=False)
    try:
        hooks.on_config(config)
        result = hooks._state["result"]
        assert [str(p) for p in result.problems] == [
            "mkdocs.yml: the edition's engine failed (RecursionError: maximum recursion depth exceeded): undo your"
            " last change, or run `make check`"
        ]
        hooks.on_startup(command="build", dirty=False)
        with pytest.raises(RecursionError):
            hooks.on_config(config)
    finally:
        hooks._state.clear()


def test_a_build_that_overruns_or_fails_is_shown_and_the_preview_goes_on(tmp_path):
    """The preview's builder never raises and never runs on: an overrun is stopped at the limit, a failure is
    written on every page of the last build (once, however often it fails), and the next build runs afresh."""
    site = tmp_path / "site"
    (site / "en").mkdir(parents=True)
    for page in (site / "index.html", site / "en" / "index.html"):
        page.write_text("<html><body><p>old</p></body></html>", encoding="utf-8")
    calls = []

    def builder(mode):
        calls.append(mode)
        if mode == "slow":
            time.sleep(30)
        if mode == "fail":
            raise ValueError("mkdocs.yml: <bad> theme")

    build = serve.shown(builder, site, limit_s=0.5)
    started = time.monotonic()
    assert build("slow") is None
    assert time.monotonic() - started < 5
    assert "ran past 0.5 s" in (site / "en" / "index.html").read_text(encoding="utf-8")
    build("fail")
    for page in (site / "index.html", site / "en" / "index.html"):
        doc = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        notices = doc.select("div.edition-build-failed")
        assert len(notices) == 1 and "mkdocs.yml: <bad> theme" in notices[0].get_text()  # escaped, shown once
        assert doc.select("body > p")[-1].get_text() == "old"  # the last build's page, under the notice
    build("good")
    assert calls == ["slow", "fail", "good"]


def test_the_preview_refuses_to_start_on_a_mkdocs_yml_that_would_hang(tmp_path):
    proj = copy_fixture(MINI, tmp_path / "proj")
    config = proj / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8") + BOMB, encoding="utf-8")
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "serve.py"), "--dev-addr", f"127.0.0.1:{_free_port()}"],
        cwd=proj,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1 and time.monotonic() - started < 30
    first = done.stderr.splitlines()[0]
    assert first.startswith("mkdocs.yml:") and "alias" in first and "Traceback" not in done.stderr


def test_the_engine_is_imported_anew_only_when_its_files_change(monkeypatch):
    """The preview must run an edited engine at the next save; a process that builds many times (`make check`
    in-process, the gate's corpus) keeps the unchanged one instead of importing it for each build."""
    from mkdocs_side import engine_loader

    first = engine_loader.fresh_engine()
    assert engine_loader.fresh_engine() is first  # nothing changed: the same modules
    state = engine_loader._signature()
    assert any(name == "engine.py" for _, name, _, _ in state) and any(n == "kk.yml" for _, n, _, _ in state)
    edited = (*state[:-1], (*state[-1][:3], state[-1][3] + 1))  # one file saved again
    monkeypatch.setattr(engine_loader, "_signature", lambda: edited)
    again = engine_loader.fresh_engine()
    assert again is not first and again.build is not first.build
    assert engine_loader.fresh_engine() is again
