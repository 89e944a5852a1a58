"""Page-weight budget (`make bench`): what a reader's browser loads for each section page, gzip -9.

For every section page of every language, the first load is split into the page's own HTML and everything
else its HTML makes the browser load (stylesheets, scripts, icons, images, and fonts or images the loaded CSS
points to), each file counted once per page. The same is measured on a comparison site: the same resolved
Markdown built with Material's default theme configuration (`theme: name: material`: no palette, features,
extra CSS or JS, default fonts; the only custom_dir file is the Kazakh interface strings Material lacks).
Material's default loads Google Fonts from another host: those
references are counted and listed as third-party requests, never fetched, so the default's byte count leaves
them (and the font files they pull in) out, which makes the comparison err in Material's favour.

Targets: the edition's "everything else" is at most BUDGET bytes more than the default's for the same page,
and no page of the edition makes a third-party request (a src/href to another host on anything but a plain
<a>/<area> link, which a reader follows by choice). Each language's search index is reported beside the
single shared index Material would write. Not counted in first load: the search worker and index, which
Material's bundle fetches by script after load (the index sizes are the part that differs, reported apart).

Run: `python scripts/pageweight.py` (builds both sites in a temporary folder with `python -m mkdocs build`).
"""

from __future__ import annotations

import gzip
import json
import re
import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))

from project import ROOT, languages, read_config, reading_order, run_mkdocs, write_resolved_docs  # noqa: E402

SECTIONS = ("index", "introduction", "methods", "discussion", "results", "conclusion", "references", "about")
GZIP_LEVEL = 9
BUDGET = 5000  # bytes (5 KB, decimal: the stricter reading) the edition may add to Material's default bundle
LOCAL = "http://site.invalid/"  # the site's own address when mkdocs.yml sets no site_url

# <link rel=...> values whose href the browser fetches on load (others, such as alternate, prev, next and
# canonical, only name a page: they are checked for other hosts, but not loaded).
LOADED_RELS = {
    "stylesheet",
    "icon",
    "shortcut",
    "apple-touch-icon",
    "mask-icon",
    "manifest",
    "preload",
    "modulepreload",
}
# Attributes that make the browser fetch something, by element (srcset handled apart).
LOADING_ATTRS = {
    "script": ("src",),
    "img": ("src",),
    "source": ("src",),
    "video": ("src", "poster"),
    "audio": ("src",),
    "track": ("src",),
    "iframe": ("src",),
    "embed": ("src",),
    "object": ("data",),
    "input": ("src",),
}
LINK_ELEMENTS = {"a", "area"}  # followed by the reader's choice, never loaded
_CSS_URL = re.compile(r"""url\(\s*(['"]?)(.*?)\1\s*\)|@import\s+(['"])(.*?)\3""", re.S)


def gz(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=GZIP_LEVEL, mtime=0))


class _References(HTMLParser):
    """Every URL an HTML page refers to, as (element, attribute or rel, URL, loaded on first load?)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.refs: list[tuple[str, str, str, bool]] = []
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        a = {k: (v or "") for k, v in attrs}
        if tag == "style":
            self._in_style = True
        for url in css_urls(a.get("style", "")):
            self.refs.append((tag, "style", url, True))
        if tag in LINK_ELEMENTS:
            return
        if tag == "link" and a.get("href"):
            rels = set(a.get("rel", "").lower().split())
            self.refs.append((tag, "rel=" + " ".join(sorted(rels)), a["href"], bool(rels & LOADED_RELS)))
            return
        for attr in ("src", "href", "poster", "data"):
            if a.get(attr):
                self.refs.append((tag, attr, a[attr], attr in LOADING_ATTRS.get(tag, ())))
        for attr in ("srcset", "imagesrcset"):
            for candidate in filter(None, (c.strip().split(" ")[0] for c in a.get(attr, "").split(","))):
                self.refs.append((tag, attr, candidate, tag in ("img", "source")))

    def handle_endtag(self, tag):
        if tag == "style":
            self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            for url in css_urls(data):
                self.refs.append(("style", "url()", url, True))


def css_urls(css: str) -> list[str]:
    """url(...) and @import targets of a stylesheet, except inline data: URIs."""
    out = []
    for m in _CSS_URL.finditer(css):
        url = (m.group(2) if m.group(2) is not None else m.group(4) or "").strip()
        if url and not url.startswith(("data:", "#")):
            out.append(url)
    return out


def references(html: str) -> list[tuple[str, str, str, bool]]:
    parser = _References()
    parser.feed(html)
    parser.close()
    return parser.refs


def site_origin() -> str:
    """The site's own address (site_url, as MkDocs resolves it now): absolute URLs there are not third-party."""
    url = read_config().get("site_url") or LOCAL
    return url if url.endswith("/") else url + "/"


def page_url(site: Path, file: Path, origin: str) -> str:
    rel = file.relative_to(site).as_posix()
    return urljoin(origin, rel[: -len("index.html")] if rel.endswith("index.html") else rel)


def is_third_party(url: str, base: str, origin: str) -> bool:
    target = urlsplit(urljoin(base, url))
    return target.scheme not in ("", "data", "mailto", "tel", "javascript") and target.netloc != urlsplit(origin).netloc


def local_file(site: Path, url: str, base: str, origin: str) -> Path:
    path = unquote(urlsplit(urljoin(base, url)).path)
    prefix = urlsplit(origin).path
    path = path[len(prefix) :] if path.startswith(prefix) else path.lstrip("/")
    return site / (path + "index.html" if path.endswith("/") or not path else path)


def third_party(site: Path, file: Path, origin: str | None = None) -> list[str]:
    """Every reference of an HTML page to another host that is not a plain outgoing link."""
    origin = origin or site_origin()
    base = page_url(site, file, origin)
    return [
        f"<{tag} {attr}> {url}"
        for tag, attr, url, _ in references(file.read_text(encoding="utf-8"))
        if is_third_party(url, base, origin)
    ]


@dataclass
class FirstLoad:
    html: int  # the page's own HTML, gzip
    resources: dict[str, int] = field(default_factory=dict)  # site path -> gzip bytes, each file once
    third_party: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # local references with no file in the site

    @property
    def rest(self) -> int:
        return sum(self.resources.values())


def first_load(site: Path, file: Path, origin: str | None = None) -> FirstLoad:
    origin = origin or site_origin()
    base = page_url(site, file, origin)
    html = file.read_bytes()
    # the page's own references to other hosts, loaded or not (preconnect counts: it opens a connection)
    load = FirstLoad(gz(html), third_party=third_party(site, file, origin))
    pending = [(url, base, None) for _, _, url, loaded in references(html.decode("utf-8")) if loaded]
    while pending:
        url, against, css = pending.pop(0)
        if is_third_party(url, against, origin):
            if css:  # those of the page itself are listed already
                load.third_party.append(f"<{css} url()> {url}")
            continue
        target = local_file(site, url, against, origin)
        key = target.relative_to(site).as_posix() if target.is_relative_to(site) else str(target)
        if key in load.resources or key in load.missing:
            continue
        if not target.is_file():
            load.missing.append(key)
            continue
        data = target.read_bytes()
        load.resources[key] = gz(data)
        if target.suffix == ".css":  # fonts and images the stylesheet points to, resolved against it
            css_base = urljoin(origin, key)
            pending += [(u, css_base, key) for u in css_urls(data.decode("utf-8", "replace"))]
    return load


def page_names() -> tuple[str, ...]:
    """The section pages and any page added to the nav since: the budget covers whatever pages exist."""
    listed = reading_order(read_config().get("nav"))
    return tuple(SECTIONS) + tuple(name for name in listed if name not in SECTIONS)


def page_file(site: Path, lang: str, name: str, default_lang: str) -> Path:
    folder = site if lang == default_lang else site / lang
    return folder / "index.html" if name == "index" else folder / name / "index.html"


def build(config: Path, dest: Path) -> None:
    result = run_mkdocs(config, dest)
    if result.returncode:
        sys.exit(f"pageweight: building {config} failed:\n{result.stdout}{result.stderr}")


def _drop_block(cfg: str, key: str) -> str:
    """Remove a top-level mapping key of mkdocs.yml with its indented lines."""
    return re.sub(rf"(?m)^{key}:.*\n(?:(?:[ \t].*)?\n)*", "", cfg)


def default_material_config(cfg: str) -> str:
    """The edition's mkdocs.yml with Material's default theme configuration: no palette, features or fonts
    setting, no extra CSS or JS, no edition hook; static-i18n with its defaults (one shared search index).
    The one custom_dir file is the Kazakh interface strings (Material ships none and fails without them):
    a Jinja macro of words, which changes nothing a page loads."""
    for key in ("theme", "extra_css", "extra_javascript", "hooks", "watch"):
        cfg = _drop_block(cfg, key)
    cfg = re.sub(r"(?m)^ +reconfigure_search: .*\n", "", cfg)
    return cfg + "\ntheme:\n  name: material\n  custom_dir: overrides\n"


def comparison_project(tmp: Path) -> Path:
    """The edition's resolved Markdown (the engine's output, as the hook hands it to MkDocs) in a project
    configured with Material's defaults."""
    base = tmp / "material-default"
    write_resolved_docs(base / "docs")
    for strings in (ROOT / "overrides" / "partials" / "languages").glob("*.html"):
        (base / "overrides" / "partials" / "languages").mkdir(parents=True, exist_ok=True)
        shutil.copy(strings, base / "overrides" / "partials" / "languages" / strings.name)
    cfg = default_material_config((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    (base / "mkdocs.yml").write_text(cfg, encoding="utf-8")
    return base


def search_indexes(site: Path, langs) -> dict[str, tuple[Path, int, int]]:
    out = {}
    for lang in langs:
        path = (site if lang == langs[0] else site / lang) / "search" / "search_index.json"
        data = path.read_bytes()
        json.loads(data)  # a truncated or broken index must not pass as small
        out[lang] = (path.relative_to(site), len(data), gz(data))
    return out


def kb(n: int) -> str:
    return f"{n / 1000:.1f} KB"


def measure(edition: Path, default: Path, langs) -> tuple[list[str], bool]:
    rows, ok = [], True

    def row(what, value, target, good):
        nonlocal ok
        ok &= good
        rows.append(f"| {what} | {value} | {target} | {'ok' if good else 'MISSED'} |")

    origin = site_origin()
    default_third = set()
    for lang in langs:
        for name in page_names():
            mine = first_load(edition, page_file(edition, lang, name, langs[0]), origin)
            theirs = first_load(default, page_file(default, lang, name, langs[0]), origin)
            default_third |= set(theirs.third_party)
            extra = mine.rest - theirs.rest
            good = extra <= BUDGET and not mine.third_party and not mine.missing
            problems = "".join(f"; third-party: {r}" for r in mine.third_party)
            problems += "".join(f"; missing file: {m}" for m in mine.missing)
            row(
                f"first load, {lang}/{name} (gzip -{GZIP_LEVEL})",
                f"HTML {kb(mine.html)} + everything else {kb(mine.rest)} ({len(mine.resources)} files)"
                f" = {kb(mine.html + mine.rest)}; third-party requests: {len(mine.third_party)}{problems}",
                f"everything else <= Material's default {kb(theirs.rest)} ({len(theirs.resources)} files,"
                f" + {len(theirs.third_party)} third-party requests) + {kb(BUDGET)}: {extra:+,} B;"
                f" 0 third-party",
                good,
            )
    pages = sorted(edition.rglob("*.html"))
    offenders = [f"{p.relative_to(edition)}: {r}" for p in pages for r in third_party(edition, p, origin)]
    row(
        f"third-party requests, every page of the edition ({len(pages)} HTML files)",
        f"{len(offenders)}" + "".join(f"; {o}" for o in offenders[:5]),
        "0",
        not offenders,
    )
    row(
        "third-party requests of Material's default, per page (not fetched, not counted in its bytes)",
        f"{len(default_third)}: " + "; ".join(sorted(default_third)) + " (and the font files that stylesheet loads)",
        "reported",
        True,
    )
    shared = default / "search" / "search_index.json"
    shared_data = shared.read_bytes()
    json.loads(shared_data)
    shared_size, shared_gz = len(shared_data), gz(shared_data)
    for lang, (path, size, zipped) in search_indexes(edition, langs).items():
        row(
            f"search index, {lang} ({path.as_posix()})",
            f"{size:,} B, gzip {zipped:,} B",
            f"reported beside Material's single shared index (search/search_index.json, all languages):"
            f" {shared_size:,} B, gzip {shared_gz:,} B",
            True,
        )
    return rows, ok


def main() -> int:
    langs = languages(read_config())
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        build(ROOT / "mkdocs.yml", tmp / "edition")
        build(comparison_project(tmp) / "mkdocs.yml", tmp / "default")
        rows, ok = measure(tmp / "edition", tmp / "default", langs)
    print(f"| page weight (gzip -{GZIP_LEVEL}; 1 KB = 1000 B) | value | target | |")
    print("|---|---|---|---|")
    print("\n".join(rows))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
