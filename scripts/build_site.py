"""`make build`: a strict MkDocs build that is atomic.

The site is built into a fresh folder beside `site/` and swapped in only when the build succeeds,
so a failed or interrupted build leaves the published `site/` exactly as it was. Dates come from
SOURCE_DATE_EPOCH (default: the last commit's date) so that two builds of a commit are identical.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def commit_epoch(root: Path) -> str | None:
    try:
        out = subprocess.run(["git", "-C", str(root), "log", "-1", "--format=%ct"], capture_output=True, text=True)
    except OSError:
        return None
    return out.stdout.strip() or None


def build(root: Path = ROOT, site: Path | None = None) -> int:
    site = site or root / "site"
    tmp = site.parent / f".site-build-{os.getpid()}"
    old = site.parent / f".site-previous-{os.getpid()}"
    env = dict(os.environ)
    env.setdefault("NO_MKDOCS_2_WARNING", "1")
    epoch = env.get("SOURCE_DATE_EPOCH") or commit_epoch(root)
    if epoch:
        env["SOURCE_DATE_EPOCH"] = epoch
    mkdocs = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp),
              "--config-file", str(root / "mkdocs.yml")]
    try:
        code = subprocess.run(mkdocs, cwd=root, env=env).returncode
        if code != 0:
            print(f"build failed; {site.name}/ is unchanged", file=sys.stderr)
            return code
        if site.exists():
            site.rename(old)
        tmp.rename(site)
        print(f"built {site}")
        return 0
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        shutil.rmtree(old, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(build())
