"""`make build`: a strict MkDocs build that is atomic and reproducible, and passes the whole gate.

usage: python scripts/build_site.py [PROJECT]   (default: this repository; the site goes to PROJECT/site)

The site is built by `make check`'s own function (check.py: the engine's gate, MkDocs strict, then the checks
of the built output) into a fresh folder beside `site/` and swapped in only when it passes, so a
failed or interrupted (SIGINT, SIGTERM) build leaves the published `site/` exactly as it was and no
temporary folder behind. Dates come from SOURCE_DATE_EPOCH (default: the last commit's date) so that
two builds of a commit are byte-identical.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
INPUTS = ("docs", "source", "bibliography.bib", "mkdocs.yml", "overrides")  # what epoch_of() dates outside git
TMP, OLD = ".site-build-", ".site-previous-"


class Interrupted(BaseException):  # not an Exception: nothing the build runs may take it for its own error
    def __init__(self, signum: int):
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


def commit_epoch(root: Path) -> str | None:
    try:
        out = subprocess.run(["git", "-C", str(root), "log", "-1", "--format=%ct"], capture_output=True, text=True)
    except OSError:
        return None
    return out.stdout.strip() if out.returncode == 0 and out.stdout.strip() else None


def newest_input_epoch(root: Path) -> str:
    """Outside git (an unpacked archive): the newest modification time of the inputs, so that two builds
    of one unchanged tree still agree."""
    newest = 0.0
    for name in INPUTS:
        path = root / name
        files = [path] if path.is_file() else path.rglob("*") if path.is_dir() else []
        for f in files:
            if f.is_file():
                newest = max(newest, f.stat().st_mtime)
    return str(int(newest))


def epoch_of(root: Path) -> str:
    return os.environ.get("SOURCE_DATE_EPOCH") or commit_epoch(root) or newest_input_epoch(root)


def _raise_interrupted(signum, frame):
    raise Interrupted(signum)


def _recover(site: Path) -> None:
    """Undo what a killed build (SIGKILL, power loss) may have left: a previous site moved aside but never
    replaced is put back; folders of builds whose process is gone are removed."""
    for leftover in sorted(site.parent.glob(f"{OLD}*")) + sorted(site.parent.glob(f"{TMP}*")):
        pid = leftover.name.rsplit("-", 1)[-1]
        if pid.isdigit() and _alive(int(pid)):
            continue  # another build is running
        if leftover.name.startswith(OLD) and not site.exists():
            leftover.rename(site)
        else:
            shutil.rmtree(leftover, ignore_errors=True)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _checked_build(root: Path, tmp: Path, epoch) -> int:
    """The whole gate, building into `tmp`: 0 when the site there is what the editor meant; else the problems."""
    import check

    from edition import report

    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    before = os.environ.get("EDITION_PDF")
    os.environ["EDITION_PDF"] = "1"  # the PDF of each language: made by this build (and `make publish`) only
    try:
        _, found = check.check(root, site=tmp, epoch=epoch)
    finally:  # the build runs in this process: a caller's later builds (`make check`, tests) make no PDF
        if before is None:
            os.environ.pop("EDITION_PDF", None)
        else:
            os.environ["EDITION_PDF"] = before
    errors = [p for p in found if p.severity == "error"]
    if errors:
        print("The edition has problems; nothing was built:\n" + report(found))
        return 1
    return 0


def build(root: Path = ROOT, site: Path | None = None, epoch: str | int | None = None, quiet: bool = False) -> int:
    """Build `root` into `site` (default root/site); returns the exit code (0 on success)."""
    root = Path(root).resolve()
    site = Path(site) if site else root / "site"
    site.parent.mkdir(parents=True, exist_ok=True)
    _recover(site)
    tmp = site.parent / f"{TMP}{os.getpid()}"
    old = site.parent / f"{OLD}{os.getpid()}"
    epoch = epoch_of(root) if epoch is None else epoch
    handlers = {s: signal.signal(s, _raise_interrupted) for s in (signal.SIGINT, signal.SIGTERM)}
    swapped = False
    try:
        # in this process: on Interrupted the build stops where it is, and `finally` removes its folder
        code = _checked_build(root, tmp, epoch)
        if code != 0:
            print(f"build failed; {site} is unchanged", file=sys.stderr)
            return code
        # the swap is two renames; a signal between them would leave no site/, so it waits until both are done
        signal.pthread_sigmask(signal.SIG_BLOCK, handlers)
        try:
            try:
                if site.exists():
                    site.rename(old)
                tmp.rename(site)
            except OSError as e:
                if old.exists():
                    old.rename(site)
                print(f"cannot move the new build into place ({e.strerror}); {site} is unchanged", file=sys.stderr)
                return 1
            swapped = True
        finally:
            signal.pthread_sigmask(signal.SIG_UNBLOCK, handlers)  # a signal that came meanwhile is raised here
        if not quiet:
            print(f"built {site}")
        return 0
    except Interrupted as e:
        state = "the new build is complete" if swapped else "it is unchanged"
        print(f"build interrupted ({e}); {site}: {state}", file=sys.stderr)
        return 128 + e.signum
    finally:
        # no signal may cut the clean-up short; one that comes meanwhile goes to the caller's handler after it
        signal.pthread_sigmask(signal.SIG_BLOCK, handlers)
        shutil.rmtree(tmp, ignore_errors=True)
        shutil.rmtree(old, ignore_errors=True)
        for s, handler in handlers.items():
            signal.signal(s, handler)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, handlers)


if __name__ == "__main__":
    try:
        sys.exit(build(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT))
    except KeyboardInterrupt:  # a second Ctrl-C during the clean-up, which has finished by now
        sys.exit(130)
