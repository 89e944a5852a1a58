"""Valid HTML: with navigation.sections, Material writes tabindex="" on a nav group's heading (a label that is
not meant to take focus: its template sets tabindex only for a collapsible item), and the empty string is no
valid tabindex. The attribute is removed from exactly those labels, which then take no focus, as meant."""

from __future__ import annotations

import re

_EMPTY = re.compile(r'(<label class="md-nav__link[^"]*" for="[^"]*" id="[^"]*") tabindex=""')


def fix(html: str) -> str:
    return _EMPTY.sub(r"\1", html)
