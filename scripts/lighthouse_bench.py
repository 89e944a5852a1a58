"""`make bench`: Lighthouse 12 performance of the published site, every page type in every language.

usage: python scripts/lighthouse_bench.py [--preset mobile|desktop] [--runs N]

The site is built for the address it is served at and served like a static host serves it (gzip;
scripts/serve_static.py), then Lighthouse (scripts/lighthouse.mjs, from package-lock.json, in Debian's
Chromium or CHROME_PATH) measures each page; with --runs N the median of N runs. Target: at least 95 on every
page with Lighthouse's default mobile preset (simulated slow 4G, 4x slower CPU). The score depends on the
machine (its total blocking time above all), hence a benchmark and not a test; accessibility, best practices
and SEO are tested (tests/test_lighthouse.py).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from serve_static import serving  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
LANGS = {"kk": "", "ru": "ru/", "en": "en/"}
PAGE_TYPES = {
    "abstract": "",
    "section (results)": "results/",
    "references": "references/",
    "glossary": "glossary/",
    "about": "about/",
    "corrections": "corrections/",
    "whole article": "article/",
}
TARGET = 95
METRICS = {
    "first-contentful-paint": "FCP",
    "largest-contentful-paint": "LCP",
    "total-blocking-time": "TBT",
    "cumulative-layout-shift": "CLS",
}


def pages() -> list[tuple[str, str, str]]:
    """(page type, language, site path); the one 404 page serves every language."""
    out = [(kind, lang, root + path) for kind, path in PAGE_TYPES.items() for lang, root in LANGS.items()]
    return out + [("404 (all languages)", "all", "404.html")]


def measure(preset: str = "mobile", runs: int = 1) -> dict:
    """site path -> {"score": median score, "metrics": {id: median value}}."""
    node = shutil.which("node")
    if not node or not (ROOT / "node_modules" / "lighthouse").is_dir():
        raise SystemExit("Lighthouse needs node and `npm ci --ignore-scripts` (see the Makefile)")
    with tempfile.TemporaryDirectory(prefix="edition-lighthouse-") as tmp:
        site = Path(tmp) / "site"
        site.mkdir()
        with serving(site) as url:
            env = dict(os.environ, NO_MKDOCS_2_WARNING="1", EDITION_SITE_URL=f"{url}/")
            subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "mkdocs",
                    "build",
                    "--strict",
                    "-q",
                    "-f",
                    str(ROOT / "mkdocs.yml"),
                    "-d",
                    str(site),
                ],
                check=True,
                env=env,
                capture_output=True,
            )
            paths = [path for _, _, path in pages()]
            results: dict = {path: [] for path in paths}
            for _ in range(runs):
                run = subprocess.run(
                    [
                        node,
                        str(ROOT / "scripts" / "lighthouse.mjs"),
                        "--categories=performance",
                        f"--preset={preset}",
                        *[f"{url}/{p}" for p in paths],
                    ],
                    capture_output=True,
                    text=True,
                    check=True,
                    env=dict(os.environ, CHROME_PATH=os.environ.get("CHROME_PATH", "/usr/bin/chromium")),
                )
                for result in json.loads(run.stdout):
                    results[result["url"][len(url) + 1 :]].append(result)
    out = {}
    for path, found in results.items():
        scores = [r["categories"]["performance"] for r in found if r["runtimeError"] is None]
        out[path] = {
            "score": statistics.median(scores) if scores else None,
            "metrics": {
                m: statistics.median(r["metrics"][m] for r in found if m in r["metrics"])
                for m in METRICS
                if all(m in r["metrics"] for r in found)
            },
        }
    return out


def report(results: dict, preset: str, runs: int) -> bool:
    print(
        f"Lighthouse performance ({preset} preset, {'median of ' + str(runs) + ' runs' if runs > 1 else 'one run'};"
        f" target >= {TARGET} on every page)\n"
    )
    print("| page type | kk | ru | en | target | |")
    print("|---|---|---|---|---|---|")
    ok = True
    by_kind: dict = {}
    for kind, lang, path in pages():
        by_kind.setdefault(kind, {})[lang] = results[path]["score"]
    for kind, scores in by_kind.items():
        values = [scores.get(lang, scores.get("all")) for lang in LANGS]
        good = all(v is not None and v >= TARGET for v in values)
        ok &= good
        cells = " | ".join("error" if v is None else f"{v:g}" for v in values)
        print(f"| {kind} | {cells} | >= {TARGET} | {'ok' if good else 'MISSED'} |")
    print("\nPages below the target (FCP, LCP, TBT in ms; CLS):")
    below = [(path, r) for path, r in results.items() if r["score"] is None or r["score"] < TARGET]
    for path, r in below:
        metrics = ", ".join(
            f"{short} {r['metrics'][m]:.0f}" if m != "cumulative-layout-shift" else f"{short} {r['metrics'][m]:.3f}"
            for m, short in METRICS.items()
            if m in r["metrics"]
        )
        print(f"- /{path}: {r['score']} ({metrics})")
    if not below:
        print("- none")
    return ok


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--preset", choices=("mobile", "desktop"), default="mobile")
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args(argv)
    return 0 if report(measure(args.preset, args.runs), args.preset, args.runs) else 1


if __name__ == "__main__":
    sys.exit(main())
