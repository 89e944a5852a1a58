"""A fresh import of the engine for every build: `mkdocs serve` keeps modules loaded, and an edit to the engine
must show on the next live reload."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

SCRIPTS = str(Path(__file__).resolve().parent.parent)  # the `edition` package lives here


def fresh_engine():
    if SCRIPTS not in sys.path:
        sys.path.insert(0, SCRIPTS)
    for name in [n for n in sys.modules if n == "edition" or n.startswith("edition.")]:
        del sys.modules[name]
    importlib.invalidate_caches()
    return importlib.import_module("edition")
