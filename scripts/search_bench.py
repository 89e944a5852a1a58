"""Search speed and size (`make bench`): the Kazakh search against the Russian one, on the edition itself.

Measured in node, in Material's own search worker run on the built site's index (scripts/search_worker.js: the
same lunr and edition language files as a reader's browser, on the same V8 engine as Chromium). The index is
the same on every page of a language, the whole-article page's too, so the query time is the worker's.

1. Query time: a dozen queries in each language, each answered REPEAT times; a query's time is its median, and
   the table gives the median over the queries and the slowest, and the Kazakh median as a ratio to the
   Russian one measured in the same run (target: every Kazakh query within 50 ms on this machine).
2. Index size: the lunr index Material builds from the Kazakh index, serialized, with the edition's Kazakh
   stemmer against the same index without it (prefix matching, as before the stemmer; target: at most +15 %).

Run: `python scripts/search_bench.py` (builds the site into a temporary folder).
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from project import ROOT, run_mkdocs  # noqa: E402

WORKER = Path(__file__).resolve().parent / "search_worker.js"
REPEAT = 15
LIMIT_MS = 50
GROWTH = 0.15
# inflected forms the text does not print, forms typed on a Russian keyboard, and short words
KAZAKH = [
    "партиядан",
    "мемлекетке",
    "биліктегі",
    "төңкерістің",
    "кеңестерде",
    "диктатураның",
    "халықтан",
    "казак",
    "кенес",
    "укимет",
    "ақ",
    "коммунистік партия",
]
RUSSIAN = [
    "партиями",
    "советами",
    "революциях",
    "диктатуры",
    "большевикам",
    "государством",
    "властью",
    "ленином",
    "крестьянам",
    "рабочими",
    "съездом",
    "коммунистическая партия",
]


def worker(site: Path, root: str, request: dict) -> dict:
    result = subprocess.run(
        ["node", str(WORKER), str(site), root], input=json.dumps(request), capture_output=True, text=True, check=False
    )
    if result.returncode:
        raise SystemExit(f"{WORKER.name}: {result.stderr.strip()}")
    return json.loads(result.stdout)


def query_times(site: Path, root: str, queries) -> list[float]:
    return list(worker(site, root, {"queries": queries, "repeat": REPEAT})["ms"].values())


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        run_mkdocs(ROOT / "mkdocs.yml", site).check_returncode()
        kk, ru = query_times(site, "", KAZAKH), query_times(site, "ru/", RUSSIAN)
        sizes = worker(site, "", {"sizes": True})["sizes"]
    kk_median, ru_median = statistics.median(kk), statistics.median(ru)
    fast = max(kk) <= LIMIT_MS
    before, after = sizes["unstemmed"], sizes["stemmed"]
    growth = after["bytes"] / before["bytes"] - 1
    small = growth <= GROWTH
    print("| search (node, Material's worker on the built index) | value | target | |")
    print("|---|---|---|---|")
    print(
        f"| Kazakh query, median of {len(kk)} (each the median of {REPEAT}) | {kk_median:.2f} ms ="
        f" {kk_median / ru_median:.2f}x the Russian query ({ru_median:.2f} ms); slowest {max(kk):.2f} ms |"
        f" <= {LIMIT_MS} ms | {'ok' if fast else 'MISSED'} |"
    )
    print(
        f"| Kazakh lunr index, serialized, stemmed vs unstemmed | {after['bytes'] / 1000:.0f} KB vs"
        f" {before['bytes'] / 1000:.0f} KB: {growth:+.1%} ({after['terms']} terms vs {before['terms']}) |"
        f" <= +{GROWTH:.0%} | {'ok' if small else 'MISSED'} |"
    )
    return 0 if fast and small else 1


if __name__ == "__main__":
    sys.exit(main())
