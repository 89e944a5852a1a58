"""The data files' letters check (edition/gate/letters.py) reads the usual file by a screen over its whole text,
and composes the YAML only when the screen finds something: every odd value must still be found."""

from pathlib import Path

import pytest

from edition.gate import letters

CYRILLIC = frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі" + "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯӘҒҚҢӨҰҮҺІ")
ROOT = Path(__file__).resolve().parent.parent

ODD = {
    "a Cyrillic letter in a Latin word": 'why: "the full st\u043ep"',
    "a Latin letter in a Cyrillic word": 'why-ru: "пр\u006fпущен"',
    "a Latin letter first in a Cyrillic word": "why-ru: \u0041лматы",
    "a Bashkir letter": 'why-kk: "\u04a1алған"',
    "a letter in two pieces": 'why-ru: "пропущенны\u0438\u0306"',
    "an invisible letter": 'why: "zero\u200bwidth"',
    "a lost character": 'why: "lost \ufffd here"',
    "a ligature": 'why: "\ufb01rst"',
    "fullwidth digits": 'why: "page \uff11\uff12"',
    "mojibake": 'why: "the editor\u00e2\u20ac\u2122s"',
    "a Greek letter in a Latin word": 'why: "\u03bfne"',
    "two spaces in a quoted value": 'why: "one  two"',
    "two spaces before a hash in a quoted value": 'why: "one  # two"',
    "two spaces in a plain value": "why: one  two",
    "an escape that makes a Cyrillic letter": 'why: "st\\u043ep"',
    "an escape that makes an invisible letter": 'why: "zero\\u200bwidth"',
    "two spaces after a comment line": "# a header\nkey: 1\n# later  comment\nwhy: one  two",
    "two spaces in a multi-line value": 'why: "one\n  two:  # three"',
    "a key with a look-alike letter": 'wh\u0443: "fine"',
}

CLEAN = {
    "Kazakh, Russian and English": 'why-kk: "нүктеден кейін"\nwhy-ru: "пропущен пробел"\nwhy: "a full stop"',
    "typographic marks": 'why: "«Краткий курс» — 1938, № 4, p. 12–13…"',
    "Latin letters with accents": 'why: "Łęczna and Gdańsk"',
}


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "data.yml"
    path.write_text("- " + text.replace("\n", "\n  ") + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("name", ODD)
def test_an_odd_value_is_found(tmp_path, name):
    path = write(tmp_path, ODD[name])
    assert not letters._clean(path.read_text(encoding="utf-8"), CYRILLIC)
    assert letters.odd_letters(path, "data.yml", CYRILLIC), name


@pytest.mark.parametrize("name", CLEAN)
def test_a_clean_file_is_passed_by_the_screen(tmp_path, name):
    path = write(tmp_path, CLEAN[name])
    assert letters._clean(path.read_text(encoding="utf-8"), CYRILLIC), name
    assert letters.odd_letters(path, "data.yml", CYRILLIC) == []


def test_the_header_comments_are_no_values(tmp_path):
    path = tmp_path / "data.yml"
    path.write_text("#   id:     an id\n#   where:  a paragraph\n\n- why: one two\n", encoding="utf-8")
    assert letters._clean(path.read_text(encoding="utf-8"), CYRILLIC)


@pytest.mark.parametrize("name", ["notes.yml", "corrections.yml", "emendations.yml"])
def test_the_projects_large_files_take_the_fast_path(name):
    """Not composed each build: the screen passes them whole (the composed walk cost ~0.1 s of a build)."""
    assert letters._clean((ROOT / "source" / name).read_text(encoding="utf-8"), CYRILLIC)
