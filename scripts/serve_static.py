"""Serve a built site the way a static host should: the reference for publishing it anywhere but GitHub Pages.

usage: python scripts/serve_static.py [SITE] [--port N]   (default: site/ on http://127.0.0.1:8001)

What it does, and what any host of `site/` needs to do too:
- content types with a charset for text: .html, .css, .js, .json (search indexes, CSL-JSON), .xml (sitemap),
  .bib (BibTeX), .ris (RIS), .txt (robots.txt);
- gzip for text when the browser accepts it (Vary: Accept-Encoding);
- a directory without its slash redirects to the slash (`/ru/results` -> `/ru/results/`), a directory serves
  its index.html, and anything missing is answered with status 404 and the nearest 404.html up its path
  (/ru/nowhere/ with ru/404.html, the Russian one; /nowhere/ with the root's), as Cloudflare Pages does.

Tests and `make bench` run it in a thread (`serving(site)`); it binds 127.0.0.1 only.
"""

from __future__ import annotations

import argparse
import gzip
import http.server
import posixpath
import sys
import threading
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import unquote, urlsplit

TYPES = {
    ".html": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".json": "application/json; charset=utf-8",
    ".xml": "application/xml; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".bib": "application/x-bibtex; charset=utf-8",
    ".ris": "application/x-research-info-systems; charset=utf-8",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".ico": "image/x-icon",
    ".woff2": "font/woff2",
    ".gz": "application/gzip",
    ".map": "application/json; charset=utf-8",
}
COMPRESSIBLE = {".html", ".css", ".js", ".json", ".xml", ".txt", ".bib", ".ris", ".svg", ".map"}


class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            super().handle_error(request, client_address)  # a browser that stops reading is no error


def make_handler(root: Path):
    root = root.resolve()
    cache: dict = {}  # (path, mtime) -> gzipped bytes
    lock = threading.Lock()

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def version_string(self):
            return "edition-static"

        def log_message(self, *args):  # no access log
            pass

        def do_HEAD(self):
            self._serve(body=False)

        def do_GET(self):
            self._serve(body=True)

        def _file_for(self, url_path: str) -> tuple[Path | None, str | None]:
            """(file, None), or (None, redirect location), or (None, None) for not found."""
            parts = [p for p in posixpath.normpath(unquote(url_path)).split("/") if p not in ("", ".", "..")]
            target = root.joinpath(*parts)
            try:
                target.resolve().relative_to(root)
            except ValueError:
                return None, None
            if target.is_dir():
                if not url_path.endswith("/"):
                    return None, url_path + "/"
                target = target / "index.html"
            return (target, None) if target.is_file() else (None, None)

        def _not_found(self, url_path: str) -> Path | None:
            """The nearest 404.html up the address's folders: /ru/nowhere/ -> ru/404.html, else the root's."""
            parts = [p for p in posixpath.normpath(unquote(url_path)).split("/") if p not in ("", ".", "..")]
            for depth in range(len(parts), -1, -1):
                page = root.joinpath(*parts[:depth], "404.html")
                if page.is_file() and page.resolve().is_relative_to(root):
                    return page
            return None

        def _serve(self, body: bool):
            url = urlsplit(self.path)
            path, location = self._file_for(url.path)
            if location is not None:
                self.send_response(301)
                self.send_header("Location", location + (f"?{url.query}" if url.query else ""))
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            status = 200
            if path is None:
                status, path = 404, self._not_found(url.path)
                if path is None:
                    self.send_error(404)
                    return
            data = path.read_bytes()
            ext = path.suffix.lower()
            self.send_response(status)
            self.send_header("Content-Type", TYPES.get(ext, "application/octet-stream"))
            if ext in COMPRESSIBLE:
                self.send_header("Vary", "Accept-Encoding")
                if "gzip" in self.headers.get("Accept-Encoding", ""):
                    key = (path, path.stat().st_mtime_ns)
                    with lock:
                        packed = cache.get(key)
                    if packed is None:
                        packed = gzip.compress(data, compresslevel=9, mtime=0)
                        with lock:
                            cache[key] = packed
                    data = packed
                    self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            if body:
                self.wfile.write(data)

    return Handler


@contextmanager
def serving(site: Path, port: int = 0):
    """The site on http://127.0.0.1:<port> (a free port by default), in a background thread."""
    httpd = Server(("127.0.0.1", port), make_handler(Path(site)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("site", nargs="?", default=str(Path(__file__).resolve().parent.parent / "site"))
    parser.add_argument("--port", type=int, default=8001)
    args = parser.parse_args(argv)
    site = Path(args.site)
    if not (site / "index.html").is_file():
        print(f"no built site at {site} (run `make build` first)", file=sys.stderr)
        return 2
    httpd = Server(("127.0.0.1", args.port), make_handler(site))
    print(f"serving {site} on http://127.0.0.1:{args.port}/ (Ctrl-C stops)")
    try:
        httpd.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        httpd.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
