"""`make serve`: MkDocs' preview (`mkdocs serve`) that never hangs and never stays stuck.

usage: python scripts/serve.py [mkdocs serve options, e.g. --dev-addr 127.0.0.1:8000]

MkDocs' preview has two ways to leave an editor waiting: it loads mkdocs.yml with its own loader before any hook
of the edition runs (an alias-filled mkdocs.yml, a "billion laughs", holds it for minutes), and when a rebuild
fails its pages wait for a build that never comes ("The server will appear stuck until build errors are
resolved"). So here, before MkDocs' loader sees mkdocs.yml, it is read by the safe pre-pass the check uses
(edition.siteconfig.unsafe: size, aliases); and every build runs under a time limit, its failure shown on every
page of the preview (the pages of the last good build, with the problem above them), so that the browser
reloads to show it and the next save rebuilds. The edition's own problems are shown by its hook (hooks.py).
"""

from __future__ import annotations

import html
import os
import signal
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

LIMIT_S = float(os.environ.get("EDITION_PREVIEW_LIMIT_S", "120"))  # a build takes seconds; this is a hang
_STYLE = "border:2px solid #b3261e;background:#fdecea;color:#410e0b;padding:.6em 1em;margin:0 0 1em"


class Overrun(BaseException):
    """A build of the preview ran past LIMIT_S. Not an Exception: no plugin may take it for its own error."""


def guard_config(config_file: str | None) -> None:
    """Refuse, located, a mkdocs.yml that MkDocs' loader must not read (mkdocs.exceptions.ConfigurationError)."""
    from mkdocs.exceptions import ConfigurationError

    from edition.siteconfig import unsafe

    path = Path(config_file or "mkdocs.yml")
    problem = unsafe(path, path.name)
    if problem is not None:
        raise ConfigurationError(str(problem))


def timed(builder, limit_s: float):
    """`builder` with a time limit: SIGALRM raises Overrun in it (MkDocs builds in the main thread)."""

    def run(*args, **kwargs):
        def overrun(signum, frame):
            raise Overrun(
                f"the build ran past {limit_s:g} s and was stopped: undo your last change, or run `make check`"
            )

        old = signal.signal(signal.SIGALRM, overrun)
        signal.setitimer(signal.ITIMER_REAL, limit_s)
        try:
            return builder(*args, **kwargs)
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, old)

    return run


def shown(builder, site_dir, limit_s: float | None = None):
    """`builder` that never raises: a build that fails or overruns `limit_s` returns normally (so that MkDocs'
    preview reloads the browsers instead of waiting) with its problem written on every page of `site_dir` (a
    folder, or a function of the builder's arguments that gives it); the next save builds afresh."""
    limited = timed(builder, limit_s) if limit_s else builder

    def run(*args, **kwargs):
        try:
            return limited(*args, **kwargs)
        except (Exception, SystemExit, Overrun) as e:  # noqa: BLE001  (any failure of a build is the editor's to see)
            message = " ".join(str(e).split()) or type(e).__name__
            print(f"The preview's build failed: {message}", file=sys.stderr, flush=True)
            show_failure(Path(site_dir(*args, **kwargs) if callable(site_dir) else site_dir), message)

    return run


def show_failure(site: Path, message: str) -> None:
    """Every page of the last build, with the failure above its content; an index and a 404 page if there is
    none yet. The previous failure's notice is replaced, not repeated."""
    box = (
        f'<div class="edition-build-failed" role="alert" style="{_STYLE}"><p><strong>The preview could not be'
        f" rebuilt; this page is from the last build. Fix the file named and save: the page reloads.</strong></p>"
        f"<p><code>{html.escape(message)}</code></p></div>"
    )
    start, end = '<div class="edition-build-failed"', "</div><!--/edition-build-failed-->"
    pages = sorted(site.rglob("*.html")) if site.is_dir() else []
    for page in pages:
        text = page.read_text(encoding="utf-8", errors="replace")
        if start in text:  # the notice of an earlier failure
            text = text[: text.index(start)] + text[text.index(end) + len(end) :]
        at = text.find("<body")
        at = text.find(">", at) + 1 if at >= 0 else 0
        page.write_text(text[:at] + box + end.removeprefix("</div>") + text[at:], encoding="utf-8")
    if not pages:
        site.mkdir(parents=True, exist_ok=True)
        head = "<!doctype html><html><head><meta charset=utf-8><title>Build failed</title></head>"
        page = f"{head}<body>{box}</body></html>"
        for name in ("index.html", "404.html"):
            (site / name).write_text(page, encoding="utf-8")


def main(argv: list[str]) -> int:
    from mkdocs import __main__ as cli
    from mkdocs.commands import serve
    from mkdocs.exceptions import ConfigurationError

    load = serve.load_config

    def load_config(config_file=None, **kwargs):
        guard_config(config_file)
        return load(config_file=config_file, **kwargs)

    class Server(serve.LiveReloadServer):  # a rebuild that cannot even load mkdocs.yml is shown too
        def __init__(self, builder, root, **kwargs):
            super().__init__(builder=shown(builder, root), root=root, **kwargs)

    # every build, the first one too, under the time limit and shown when it fails
    serve.build = shown(serve.build, lambda config, **kw: config.site_dir, LIMIT_S)
    serve.load_config, serve.LiveReloadServer = load_config, Server
    try:
        guard_config(_config_file(argv))  # before MkDocs reads it: nothing is served without a readable config
    except ConfigurationError as e:
        print(f"{e}\nFix mkdocs.yml, then run `make serve` again.", file=sys.stderr)
        return 1
    try:
        cli.cli.main(["serve", *argv], prog_name="mkdocs serve")
    except SystemExit as e:
        return e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
    return 0


def _config_file(argv: list[str]) -> str:
    for i, arg in enumerate(argv):
        if arg in ("-f", "--config-file") and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--config-file="):
            return arg.split("=", 1)[1]
    return "mkdocs.yml"


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
