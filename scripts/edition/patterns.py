"""Regular expressions an editor writes (source/terms.yml's `match`) are run over every page of the text: one
that can backtrack catastrophically would hang `make check`, `make build` and the preview. Python's `re` has no
time limit, so a pattern is refused when it is read if it has the shape that backtracks exponentially: a
repetition of something that can itself match in more than one way, a repeated group holding another
repetition ('(\\w+\\s?)+') or alternatives ('(a|ab)*'). Possessive and atomic forms ('(?>...)', '++') never
backtrack and pass. Every pattern of the edition is a phrase with a few \\w+ or alternatives: none is refused."""

from __future__ import annotations

try:  # the parser of the `re` module itself: what the pattern is, not a guess from its text
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # Python 3.10
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

MAX_LENGTH = 500  # characters: a term's pattern is a phrase, not a program
_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT}


def catastrophic(pattern: str) -> str | None:
    """Why the pattern can take exponential time, or None. The pattern compiles (checked before)."""
    if len(pattern) > MAX_LENGTH:
        return f"is {len(pattern)} characters long (at most {MAX_LENGTH}): write the term's forms, not a program"
    try:
        parsed = _p.parse(pattern)
    except Exception:  # noqa: BLE001  (compiled before; any parser surprise is not a reason to hang)
        return None
    return _walk(list(parsed), inside_repeat=False)


def _walk(items, inside_repeat: bool) -> str | None:
    for op, av in items:
        if op in _REPEATS:
            low, high, body = av
            repeats = high is _c.MAXREPEAT or high > 1
            if repeats and inside_repeat:
                return "repeats a group that itself repeats"
            if repeats and _has_branch(list(body)):
                return "repeats a group of alternatives"
            found = _walk(list(body), inside_repeat or repeats)
            if found:
                return found
        elif op is _c.SUBPATTERN:
            found = _walk(list(av[-1]), inside_repeat)
            if found:
                return found
        elif op is _c.BRANCH:
            for branch in av[1]:
                found = _walk(list(branch), inside_repeat)
                if found:
                    return found
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            found = _walk(list(av[1]), inside_repeat)
            if found:
                return found
    return None


def _has_branch(items) -> bool:
    for op, av in items:
        if op is _c.BRANCH:
            return True
        if op is _c.SUBPATTERN and _has_branch(list(av[-1])):
            return True
    return False
