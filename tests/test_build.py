"""`make build` (scripts/build_site.py): reproducible (two builds of one commit are byte-identical) and atomic
(a failed or interrupted build leaves the previous site/ exactly as it was, and no temporary folder)."""

from __future__ import annotations

import gzip
import os
import shutil
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from build_site import build, commit_epoch, epoch_of, newest_input_epoch
from conftest import MINI, ROOT, copy_fixture, tree

pytestmark = pytest.mark.site
EPOCH = 1764000000


def differences(a: Path, b: Path) -> list[str]:
    ta, tb = tree(a), tree(b)
    return (
        [f"only in the first build: {n}" for n in sorted(ta.keys() - tb.keys())]
        + [f"only in the second build: {n}" for n in sorted(tb.keys() - ta.keys())]
        + [f"differs: {n}" for n in sorted(ta.keys() & tb.keys()) if ta[n] != tb[n]]
    )


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith((".site-build-", ".site-previous-")))


NOT_INPUTS = shutil.ignore_patterns(
    ".git", ".venv", "node_modules", "site", ".site-*", ".pytest_cache", "__pycache__", ".hypothesis", "tests"
)


def test_two_builds_of_the_real_site_are_byte_identical(real_site, tmp_path, monkeypatch):
    # two checkouts at different paths, different hash seeds, different processes: any path written into the
    # site, any set or dict iterated in hash order, any clock read would show as a difference. The first build
    # is the session's real_site (`mkdocs build --strict` of this checkout, PDFs included, hash seed 1, epoch
    # 1764000000 == EPOCH), made before this test started, so a clock read would differ; the second is
    # `make build`'s, of a copy elsewhere.
    where = tmp_path / "b" / "c" / "clone"
    shutil.copytree(ROOT, where, ignore=NOT_INPUTS)
    monkeypatch.setenv("PYTHONHASHSEED", "2")
    assert build(where, epoch=EPOCH, quiet=True) == 0
    sites = [real_site, where / "site"]
    assert len(tree(sites[0])) > 50  # the whole site, not an empty folder
    assert differences(*sites) == []
    # the one date a site carries comes from the epoch: the gzip header of the sitemap and its lastmod
    day = datetime.fromtimestamp(EPOCH, UTC).strftime("%Y-%m-%d")
    raw = (sites[0] / "sitemap.xml.gz").read_bytes()
    gz_time = int.from_bytes(raw[4:8], "little")
    assert datetime.fromtimestamp(gz_time, UTC).strftime("%Y-%m-%d") == day
    assert gzip.decompress(raw) == (sites[0] / "sitemap.xml").read_bytes()
    assert f"<lastmod>{day}</lastmod>" in (sites[0] / "sitemap.xml").read_text(encoding="utf-8")
    assert leftovers(where) == []


def test_epoch_is_the_last_commit_or_the_newest_input(tmp_path, monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    if commit_epoch(ROOT) is not None:  # a fresh clone: the commit's date, not the clock
        assert epoch_of(ROOT) == commit_epoch(ROOT)
    proj = copy_fixture(MINI, tmp_path / "proj")  # outside git: the newest input file, not the clock
    assert commit_epoch(proj) is None
    os.utime(proj / "bibliography.bib", (1700000000, 1700000000))
    for f in proj.rglob("*"):
        if f.is_file() and f.name != "bibliography.bib":
            os.utime(f, (1600000000, 1600000000))
    assert epoch_of(proj) == newest_input_epoch(proj) == "1700000000"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1650000000")
    assert epoch_of(proj) == "1650000000"


@pytest.fixture(scope="module")
def first_build(tmp_path_factory):
    """The fixture project after a first good `make build`, made once for the module."""
    proj = copy_fixture(MINI, tmp_path_factory.mktemp("first") / "proj")
    assert build(proj, epoch=EPOCH, quiet=True) == 0
    assert leftovers(proj) == []
    return proj


@pytest.fixture
def built_mini(first_build, tmp_path):
    """A copy of the fixture project with a first good build in its site/ (each test alters its own copy)."""
    proj = tmp_path / "proj"
    shutil.copytree(first_build, proj, symlinks=True)
    return proj, tree(proj / "site")


def test_a_successful_build_replaces_the_site(built_mini):
    proj, before = built_mini
    intro = proj / "docs" / "introduction.ru.md"  # a translation: the Kazakh text must stay the source's
    intro.write_text(
        intro.read_text(encoding="utf-8").replace("Коммунистической партии", "Коммунистической Партии"),
        encoding="utf-8",
    )
    assert build(proj, epoch=EPOCH, quiet=True) == 0
    after = tree(proj / "site")
    assert after.keys() == before.keys()
    assert "Коммунистической Партии".encode() in after["ru/introduction/index.html"]
    assert leftovers(proj) == []


def test_a_failed_build_leaves_the_site_as_it_was(built_mini, capfd):
    proj, before = built_mini
    intro = proj / "docs" / "introduction.md"
    intro.write_text(intro.read_text(encoding="utf-8").replace("[@kritsman1926]", "[@kritsman1962]"), encoding="utf-8")
    assert build(proj, epoch=EPOCH, quiet=True) != 0
    out, err = capfd.readouterr()
    assert "unknown citation key 'kritsman1962'" in out + err and "is unchanged" in err
    assert tree(proj / "site") == before
    assert leftovers(proj) == []


SLOW_HOOK = """
import os, pathlib, time
def on_post_build(config):  # the site is written into the temporary folder; wait there to be interrupted
    pathlib.Path(os.environ["SLOW_HOOK_PID"]).write_text(str(os.getpid()))
    time.sleep(60)
"""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # a zombie is gone for our purpose: it writes nothing more
    stat = Path(f"/proc/{pid}/stat")
    return not (stat.exists() and stat.read_text().split(") ", 1)[-1].startswith("Z"))


@pytest.mark.parametrize(
    "signum, group",
    [(signal.SIGINT, True), (signal.SIGTERM, False)],
    ids=["ctrl-c to the process group", "sigterm to the build"],
)
def test_an_interrupted_build_leaves_the_site_as_it_was(built_mini, tmp_path, signum, group):
    proj, before = built_mini
    (proj / "slow_hook.py").write_text(SLOW_HOOK, encoding="utf-8")
    cfg = proj / "mkdocs.yml"
    cfg.write_text(cfg.read_text(encoding="utf-8").replace("hooks:\n", "hooks:\n  - slow_hook.py\n"), encoding="utf-8")
    marker = tmp_path / "mkdocs.pid"
    proc = subprocess.Popen(
        [sys.executable, str(ROOT / "scripts" / "build_site.py"), str(proj)],
        env=dict(os.environ, SLOW_HOOK_PID=str(marker), SOURCE_DATE_EPOCH=str(EPOCH)),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 60
        while not marker.exists() and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert marker.exists(), f"the build never reached its slow hook: {proc.communicate()}"
        assert any((proj / n / "index.html").exists() for n in leftovers(proj))  # partway: pages written aside
        if group:
            os.killpg(proc.pid, signum)
        else:
            os.kill(proc.pid, signum)
        out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    assert proc.returncode == 128 + signum, err
    assert "build interrupted" in err and "is unchanged" in err
    assert "Traceback" not in err.split("build interrupted")[-1]
    mkdocs_pid = int(marker.read_text())
    assert not _alive(mkdocs_pid), "MkDocs kept running after the build was interrupted"
    assert tree(proj / "site") == before
    assert leftovers(proj) == []


def test_leftovers_of_a_killed_build_are_recovered(built_mini):
    proj, before = built_mini
    # killed (SIGKILL) between the two renames of the swap: the old site aside, no site/, a half-built folder
    (proj / "site").rename(proj / ".site-previous-999999999")
    (proj / ".site-build-999999999").mkdir()
    intro = proj / "docs" / "introduction.md"
    intro.write_text(intro.read_text(encoding="utf-8") + "\n[@broken\n", encoding="utf-8")
    assert build(proj, epoch=EPOCH, quiet=True) != 0
    assert tree(proj / "site") == before
    assert leftovers(proj) == []


def test_the_theme_files_are_listed_once_and_an_override_added_later_is_found(tmp_path):
    """mkdocs_side/theme_files.py keeps what MkDocs finds in the theme's folders for the process; a folder of the
    project (overrides/, which an editor may change while `make serve` runs) is listed again when it changes."""
    from mkdocs.config import load_config
    from mkdocs.structure.files import Files

    from mkdocs_side import theme_files

    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.md").write_text("# T\n", encoding="utf-8")
    (tmp_path / "overrides").mkdir()
    (tmp_path / "mkdocs.yml").write_text("site_name: T\ntheme:\n  name: mkdocs\n  custom_dir: overrides\n")

    def listed():
        config = load_config(str(tmp_path / "mkdocs.yml"))
        files = Files([])
        theme_files.add_files_from_theme(files, config.theme.get_env(), config)
        return {f.src_uri for f in files}

    before = listed()
    assert "css/base.css" in before and "override.css" not in before  # the theme's own files, found
    assert listed() == before  # the same, from what was kept
    (tmp_path / "overrides" / "override.css").write_text("p {}", encoding="utf-8")
    assert listed() == before | {"override.css"}


def test_only_the_custom_theme_folder_is_walked_for_the_key(monkeypatch):
    """The installed theme may sit inside the project (a .venv in the checkout): walking its ~14,000 files for
    the key on every build cost more than the listing it saves (bench row 1). Only overrides/ is walked."""
    from mkdocs.config import load_config
    from mkdocs.structure.files import Files

    from mkdocs_side import theme_files

    config = load_config(str(ROOT / "mkdocs.yml"))
    monkeypatch.setattr(theme_files, "_found", {})
    monkeypatch.setattr(theme_files, "_original", lambda files, env, config: None)  # MkDocs' own listing: not here
    walked = []
    real_walk = os.walk
    monkeypatch.setattr(os, "walk", lambda top, *a, **k: walked.append(top) or real_walk(top, *a, **k))
    theme_files.add_files_from_theme(Files([]), None, config)
    assert walked == [config.theme.custom_dir]
