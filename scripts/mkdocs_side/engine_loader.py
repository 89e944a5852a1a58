"""The engine for a build: imported anew when its files have changed since the last build of this process
(`mkdocs serve` keeps modules loaded, and an edit to the engine must show on the next live reload), and the one
already loaded otherwise (`make check` in-process and the gate's corpus build hundreds of times in one process:
re-importing the unchanged engine was a quarter of each case)."""

from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path

SCRIPTS = str(Path(__file__).resolve().parent.parent)  # the `edition` package lives here
_loaded: dict = {}  # "signature" -> the state of the engine's files when it was last imported


def _signature() -> tuple:
    """Every file of the engine (its code and its locale data), with its size and modification time."""
    found = []
    for top, dirs, names in os.walk(os.path.join(SCRIPTS, "edition")):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(names):
            stat = os.stat(os.path.join(top, name))
            found.append((top, name, stat.st_size, stat.st_mtime_ns))
    return tuple(found)


def fresh_engine():
    if SCRIPTS not in sys.path:
        sys.path.insert(0, SCRIPTS)
    signature = _signature()
    loaded = sys.modules.get("edition")
    if loaded is not None and _loaded.get("signature") == signature and _from_here(loaded):
        return loaded
    for name in [n for n in sys.modules if n == "edition" or n.startswith("edition.")]:
        del sys.modules[name]
    importlib.invalidate_caches()
    engine = importlib.import_module("edition")
    _loaded["signature"] = signature
    return engine


def _from_here(module) -> bool:
    """The loaded engine is this checkout's (a project may carry its own copy of scripts/)."""
    return os.path.dirname(os.path.dirname(os.path.abspath(module.__file__))) == SCRIPTS
