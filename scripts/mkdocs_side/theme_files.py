"""The theme's static files found once per process, not once per language build: MkDocs lists every file of
the theme's folders for each build (Material's ~14,000, its icons included, nearly all then filtered out), and
static-i18n builds each language anew, so `make check` listed them three times (~0.3 s, a tenth of its time)
and the gate's corpus (tests/test_bad_inputs.py) hundreds of times.

What MkDocs finds is kept for the same theme folders; the theme's custom folder (overrides/, which an editor
may change while `make serve` runs) is part of the key with every file's path and modification time, so an
added or removed override is found at the next build. The files, and so the site, are the same. Only that
folder is walked: the installed theme may sit inside the project too (a .venv in the checkout), and walking its
14,000 files for the key cost more than the listing it saves."""

from __future__ import annotations

import os

from mkdocs.structure.files import File, Files

_original = Files.add_files_from_theme
_found: dict = {}  # key -> [(path in the theme, the theme folder it is taken from)]


def _signature(folder: str, custom: str | None) -> tuple:
    """A theme folder as part of the key: its path, and for the theme's custom folder its files' state too."""
    if custom is None or os.path.abspath(folder) != os.path.abspath(custom):
        return (folder,)  # an installed theme: not changed while a process runs
    state = []
    for top, dirs, names in os.walk(folder):
        dirs.sort()
        state.extend((os.path.join(top, n), os.stat(os.path.join(top, n)).st_mtime_ns) for n in sorted(names))
    return (folder, tuple(state))


def add_files_from_theme(self: Files, env, config) -> None:
    custom = config.theme.custom_dir
    # the environment's loader searches config.theme.dirs (mkdocs.theme.Theme.get_env): they are the key
    key = (tuple(_signature(d, custom) for d in config.theme.dirs), tuple(config.theme.static_templates))
    if key not in _found:
        every = Files([])
        _original(every, env, config)  # MkDocs' own listing and filter, into an empty collection
        _found[key] = [(f.src_uri, f.src_dir) for f in every]
    for path, folder in _found[key]:
        if self.get_file_from_path(path) is None:  # as MkDocs: a docs file of that name wins
            self.append(File(path, folder, config.site_dir, config.use_directory_urls))


def install() -> None:
    Files.add_files_from_theme = add_files_from_theme
