"""Shared fixtures: in-memory bibliographies and locales for unit tests, and built fixture sites."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

MINI = ROOT / "tests" / "fixtures" / "mini"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")


def mkdocs_build(config: Path, site: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", SOURCE_DATE_EPOCH="1764000000")
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(config),
                           "-d", str(site)], capture_output=True, text=True, env=env)


def copy_fixture(src: Path, dst: Path) -> Path:
    """A writable copy of a fixture project whose mkdocs.yml still points at the repository's hook."""
    shutil.copytree(src, dst)
    cfg = dst / "mkdocs.yml"
    text = cfg.read_text(encoding="utf-8").replace("../../../", f"{ROOT.as_posix()}/")
    cfg.write_text(text, encoding="utf-8")
    return dst


def _built(tmp_path_factory, config: Path) -> Path:
    site = tmp_path_factory.mktemp(config.parent.name) / "site"
    result = mkdocs_build(config, site)
    assert result.returncode == 0, result.stdout + result.stderr
    return site


@pytest.fixture(scope="session")
def mini_site(tmp_path_factory) -> Path:
    """The small fixture edition, built once per test session."""
    return _built(tmp_path_factory, MINI / "mkdocs.yml")


@pytest.fixture(scope="session")
def real_site(tmp_path_factory) -> Path:
    """The edition itself, built once per test session."""
    return _built(tmp_path_factory, ROOT / "mkdocs.yml")


@pytest.fixture(scope="session")
def chromium_path() -> str:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"browser tests need Debian's chromium at {CHROMIUM} (apt-get install chromium)")
    return CHROMIUM
