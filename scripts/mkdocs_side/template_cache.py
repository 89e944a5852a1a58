"""The theme's templates compiled once per process, not once per language: static-i18n builds each language
with a new Jinja environment, which compiled Material's ~40 templates anew (a fifth of `make check`'s time).

A bytecode cache in memory, shared by those environments: Jinja keys it by the template's name and file and
checks the source's checksum, so an edited template (`mkdocs serve`) is compiled again. The compiled code is
the same, so the pages are too."""

from __future__ import annotations

import jinja2


class _InMemory(jinja2.BytecodeCache):
    def __init__(self):
        self._code: dict[str, bytes] = {}

    def load_bytecode(self, bucket):
        code = self._code.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket):
        self._code[bucket.key] = bucket.bytecode_to_string()


_SHARED = _InMemory()


def share(env: jinja2.Environment) -> jinja2.Environment:
    env.bytecode_cache = _SHARED
    return env
