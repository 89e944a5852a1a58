"""The edition's pybtex formatting styles, written in pybtex's template language.

- GostStyle: GOST R 7.0.100-2018 in the original script (the Kazakh and Russian pages).
- RomanizedStyle: the journal's English reference lists: romanized author and title, the English
  translation of the title in square brackets, and the language noted ("[in Russian]").
Words (Т., С./Б., "[title unknown]", "[in Russian]") come from the page's Locale.
"""

from __future__ import annotations

import re

from pybtex.richtext import HRef, Text
from pybtex.style.formatting import BaseStyle
from pybtex.style.template import FieldIsMissing, first_of, join, node, optional

from .bibliography import persons
from .labels import TEXT, is_plain, label_year
from .locales import et_al_of

_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
DASH = " – "  # GOST's area separator, after the full stop that ends each area


def _decoded(name: str) -> str:
    """A name part as printed: its LaTeX decoded, as the labels do (M{\\"u}ller -> Müller)."""
    return name if is_plain(name) else Text.from_latex(name).render(TEXT)


def _initials(person) -> list[str]:
    out = []
    for name in person.first_names + person.middle_names:
        for part in re.split(r"(?<=\.)(?=\S)", _decoded(name)):  # "Л.Н." -> "Л.", "Н."
            out.append(part if part.endswith(".") else part[:1] + ".")
    return out


def _surname(person) -> str:
    return _decoded(" ".join(person.prelast_names + person.last_names))


def _is_others(person) -> bool:
    return _surname(person) == "others"


@node
def field(children, context, name):
    """pybtex's `field`, without running LaTeX decoding on values that contain no LaTeX (most of the cost)."""
    entry = context["entry"]
    value = entry.fields.get(name)
    if value is None:
        raise FieldIsMissing(name, entry)
    return Text(value) if is_plain(value) else Text.from_latex(value)


_TITLE_COLON = re.compile(r"(?<! ):(?= )")


def gost_title(title: str) -> str:
    """A title as GOST R 7.0.100-2018 punctuates it: a colon before other title information is spaced (« : »),
    'К изучению истории : сборник статей'. The list's titles and "cite this" share this one rule."""
    return _TITLE_COLON.sub(" :", title)


@node
def gost_field(children, context, name):
    """A title or subtitle for GOST (gost_title); its letter case is the field's own."""
    return Text(gost_title(str(field(name).format_data(context))))


@node
def publishers(children, context, name, romanized=False):
    """The publishers ('Академический проект and ДНК', as biblatex writes a list) joined by the locale's
    separator: GOST's « : » between publishers of one place. romanized: `<name>-latn`, as `latn` reads it."""
    entry, locale = context["entry"], context["style"].locale
    value = str(latn(name).format_data(context)) if romanized else entry.fields.get(name)
    if value is None:
        raise FieldIsMissing(name, entry)
    parts = [p.strip() for p in re.split(r"\s+and\s+", value) if p.strip()]
    return Text(locale.publisher_sep.join(parts))


@node
def place(children, context, name):
    """The place of publication; where the entry has a publisher but no place, the locale's word for a place
    not ascertained ('[Б. м.]'), so that the publisher never stands where the place should."""
    entry, locale = context["entry"], context["style"].locale
    value = entry.fields.get(name)
    if value is not None:
        return Text(value)
    if entry.fields.get("publisher") is None:
        raise FieldIsMissing(name, entry)
    return Text(locale.no_place)


@node
def year(children, context):
    """The year, with the letter that tells it from another work of the same author and year (1926a)."""
    entry = context["entry"]
    value = entry.fields.get("year")
    if value is None:
        raise FieldIsMissing("year", entry)
    return Text(value + context.get("year_suffix", ""))


@node
def year_if(children, context, labelled):
    """The year where the English list's author-date form wants it: after the names (labelled=True) when the
    in-text label shows it, else among the publication facts ('Proletarskaia revoliutsiia, 1931'), so that a
    work the article cites without a year ([Stalin]) is not listed as 'Stalin (1931)'."""
    entry = context["entry"]
    if (label_year(entry) is not None) != labelled:
        raise FieldIsMissing("year", entry)
    return year.format_data(context)


@node
def people(children, context, role, form, only_with_others=False):
    """Names of a role: GOST heading 'Крицман, Л. Н.', GOST statement 'Л. Н. Крицман' ('К. Маркс [и др.]':
    GOST R 7.0.100-2018 brackets the 'and others' it adds, in the work's language), or the English lists'
    'Kritsman L.N.'.
    only_with_others: missing unless the names end in 'others' (what a heading of one name would lose)."""
    entry, style = context["entry"], context["style"]
    found = persons(entry, role, style.locale.script)
    if not found:
        raise FieldIsMissing(role if style.locale.script == "original" else f"{role}-latn", entry)
    real = [p for p in found if not _is_others(p)]
    more = len(real) < len(found)
    if only_with_others and not more:
        raise FieldIsMissing(role, entry)
    if form == "heading":
        # GOST (R 7.0.80, the heading) ends the heading with a full stop, an initial's or its own: 'Крицман, Л.',
        # 'Абылгожин.' (never 'Абылгожин [Заглавие неизвестно]')
        p = real[0]
        return Text(f"{_surname(p)}, {' '.join(_initials(p))}".rstrip(", ")).add_period()
    if form == "statement":
        names = [f"{' '.join(_initials(p))} {_surname(p)}".strip() for p in real]
        # the bracketed words are the described work's language's, as «[Б. м.]» is ('Маркс [и др.]' in Kazakh too)
        others = et_al_of(style.locale, entry).strip()
        return Text(", ".join(names) + ("" if not more else f" [{others}]"))
    names = [f"{_surname(p)} {''.join(_initials(p))}".strip() for p in real]
    return Text(", ".join(names) + (style.locale.et_al if more else ""))


@node
def latn(children, context, name):
    """A field for the romanized style: `<name>-latn`, or the field itself when it is already in Latin script."""
    entry = context["entry"]
    value = entry.fields.get(f"{name}-latn")
    if value is None:
        value = entry.fields.get(name)
        if value is None or _CYRILLIC.search(value):
            raise FieldIsMissing(f"{name}-latn", entry)
    return Text(value) if is_plain(value) else Text.from_latex(value)


@node
def title_or_unknown(children, context):
    """The title part when the entry has a title; otherwise '[short title] [title unknown]'.
    A missing title is a fact about the work (unidentified), never a gap filled by another field."""
    known, unknown = children
    if "title" in context["entry"].fields:
        return known.format_data(context)
    return unknown.format_data(context)


_FIRST_LETTER = re.compile(r"[^\W\d_]")


@node
def title_unknown(children, context):
    """The locale's '[title unknown]'. Where it stands in the title proper's place (no words of the title before
    it: 'Аргунов, А. [Атауы белгісіз]. – 1918.'), it opens the title area, whose first word GOST R 7.0.100-2018
    capitalizes, as the English list capitalizes a title's; after the cited words of a title it stays lower case
    ('Смутное время [заглавие неизвестно]')."""
    words = context["style"].locale.title_unknown
    if "shorttitle" in context["entry"].fields:
        return Text(words)
    return Text(_FIRST_LETTER.sub(lambda m: m.group().upper(), words, count=1))


@node
def stopped(children, context):
    """The part ended by a full stop unless it ends with one ('Abylgozhin.', 'Pipes R.')."""
    part = join[children].format_data(context)
    return part.add_period() if part else part


@node
def word(children, context, key):
    """A word from the page's locale."""
    return Text(getattr(context["style"].locale, key))


def _linked(context, name: str, label: str, target: str):
    """'<label> <value>', the value a link to `target` (its '{}' is the value)."""
    entry = context["entry"]
    value = entry.fields.get(name)
    if value is None:
        raise FieldIsMissing(name, entry)
    value = value.strip()
    return Text(label, " ", HRef(target.format(value), value))


@node
def doi(children, context):
    """'DOI: 10.…', the DOI a link to its resolver (https://doi.org/)."""
    return _linked(context, "doi", context["style"].locale.doi_label, "https://doi.org/{}")


@node
def language_note(children, context):
    note = context["style"].locale.language_notes.get(context["entry"].fields.get("langid", ""), "")
    return Text(note)


_RANGE = re.compile(r"\d\s*(?:-|–|—|--)\s*\d")


@node
def pages(children, context):
    """'pp. 10–25' for a range, 'p. 12' for a single page: the words from the locale."""
    entry, locale = context["entry"], context["style"].locale
    value = entry.fields.get("pages")
    if value is None:
        raise FieldIsMissing("pages", entry)
    word = locale.pages_range_abbr if _RANGE.search(value) else locale.page_abbr
    return Text(word, " ", Text(value) if is_plain(value) else Text.from_latex(value))


@node
def url(children, context):
    """'URL: https://…', a link."""
    return _linked(context, "url", context["style"].locale.url_label, "{}")


@node
def editors_mark(children, context):
    """' (ed.)' or ' (eds)' after editors who stand where the author would."""
    entry, style = context["entry"], context["style"]
    several = len(persons(entry, "editor", style.locale.script)) > 1
    return Text(" ", style.locale.editors_mark if several else style.locale.editor_mark)


@node
def has(children, context, role):
    """Nothing, if the entry has people in the role; else missing (so that an `optional` around it is empty)."""
    entry, style = context["entry"], context["style"]
    if not persons(entry, role, style.locale.script):
        raise FieldIsMissing(role, entry)
    return Text()


@node
def areas(children, context, sep):
    """Parts each ended by a full stop and joined by sep: 'изд. – 1999.', never 'изд.. – 1999.'
    (Text.add_period adds none after a full stop, a question or an exclamation mark)."""
    formatted = (Text(child) if isinstance(child, str) else child.format_data(context) for child in children)
    parts = [part.add_period() for part in formatted if part]
    return Text(sep).join(parts)


class _EditionStyle(BaseStyle):
    default_name_style = "plain"

    def __init__(self, locale):
        # BaseStyle.__init__ only looks up pybtex's name, label and sorting plugins (slowly, through entry
        # points); these styles format names, labels and order themselves, so they need none of them.
        self.locale = locale
        self.abbreviate_names = False
        self._templates: dict = {}

    def format_one(self, entry, year_suffix: str = ""):
        """Format one entry; raises FieldIsMissing naming the field the style needs."""
        template = self._templates.get(entry.type)
        if template is None:  # templates depend on the entry type only: build each once
            template = getattr(self, f"get_{entry.type}_template", self.get_misc_template)(entry)
            self._templates[entry.type] = template
        context = {"entry": entry, "style": self, "bib_data": None, "year_suffix": year_suffix}
        return template.format_data(context)


class GostStyle(_EditionStyle):
    """Every field the schema (bibschema.yml) allows a type is printed in its GOST area."""

    def heading_and_title(self, e):
        editors = join(sep=" ")[word("editor_abbr"), people("editor", "statement")]
        statement = join(sep=" ; ")[optional[people("author", "statement")], optional[editors]]
        title = title_or_unknown[
            join(sep=" / ")[join(sep=" : ")[gost_field("title"), optional[gost_field("subtitle")]], statement],
            # a title unknown has no statement of responsibility, but for the 'and others' of the citation,
            # which the heading of one name would lose ('Маркс. [Заглавие неизвестно] / Маркс [и др.]')
            join(sep=" / ")[
                join(sep=" ")[optional[field("shorttitle")], title_unknown],
                optional[people("author", "statement", only_with_others=True)],
            ],
        ]
        return join(sep=" ")[optional[people("author", "heading")], title]

    def publication(self):
        return join(sep=", ")[
            join(sep=" : ")[optional[place("address")], optional[publishers("publisher")]],
            optional[year],
        ]

    def volume_pages(self, volume_abbr="volume_abbr"):
        return [
            join(sep=", ")[
                optional[join(sep=" ")[word(volume_abbr), field("volume")]],
                optional[join(sep=" ")[word("number_abbr"), field("number")]],
            ],
            optional[pages],
        ]

    def links(self):
        return [optional["(", field("series"), ")"], optional[url], optional[doi]]

    def _areas(self, *parts):
        return areas(sep=DASH)[parts]

    def get_book_template(self, e):
        return self._areas(
            self.heading_and_title(e),
            optional[field("edition")],
            self.publication(),
            *self.volume_pages(),
            *self.links(),
        )

    def get_article_template(self, e):
        return self._areas(
            join(sep=" ")[self.heading_and_title(e), word("in_journal"), field("journal")],
            optional[year],
            *self.volume_pages("journal_volume_abbr"),
            *self.links(),
        )

    def get_incollection_template(self, e):
        return self._areas(
            join(sep=" ")[self.heading_and_title(e), word("in_collection"), field("booktitle")],
            optional[field("edition")],
            self.publication(),
            *self.volume_pages(),
            *self.links(),
        )

    get_inbook_template = get_incollection_template

    def get_misc_template(self, e):
        return self._areas(
            self.heading_and_title(e),
            optional[field("howpublished")],
            optional[field("edition")],
            self.publication(),
            *self.volume_pages(),
            *self.links(),
        )


class RomanizedStyle(_EditionStyle):
    def head(self):
        title = title_or_unknown[
            join(sep=" ")[
                join(sep=": ")[latn("title"), optional[latn("subtitle")]],
                optional["[", join(sep=": ")[field("title-en"), optional[field("subtitle-en")]], "]"],
            ],
            join(sep=" ")[optional[latn("shorttitle")], title_unknown],
        ]
        dated = optional["(", year_if(labelled=True), ")"]
        # author-date: the year follows the names, or, for a work cited by its title, the title; names that the
        # title follows directly end with a full stop, an initial's or their own ('Pipes R.', 'Abylgozhin.'), as the
        # heading of the GOST line under them does
        return first_of[
            optional[join(sep=" ")[people("author", "latin"), join["(", year_if(labelled=True), ")"], title]],
            optional[join(sep=" ")[stopped[people("author", "latin")], title]],
            optional[join(sep=" ")[join[people("editor", "latin"), editors_mark], dated, title]],
            join(sep=" ")[title, dated],
        ]

    def editors(self):
        """'Ed. by Ivanov A.B.' when the editors are not already the head (a work with an author)."""
        return optional[has("author"), join(sep=" ")[word("editor_abbr"), people("editor", "latin")]]

    def publication(self):
        return join(sep=", ")[
            join(sep=": ")[optional[place("address-en")], optional[publishers("publisher", romanized=True)]],
            optional[year_if(labelled=False)],
        ]

    def tail(self):
        return [
            join(sep=", ")[
                optional[join(sep=" ")[word("volume_abbr"), field("volume")]],
                optional[join(sep=" ")[word("number_abbr"), field("number")]],
                optional[pages],
            ],
            optional["(", latn("series"), ")"],
            optional[url],
        ]

    def _finish(self, *parts):
        return join(sep=" ")[areas(sep=" ")[(*parts, optional[doi])], language_note]

    def get_book_template(self, e):
        return self._finish(self.head(), self.editors(), optional[latn("edition")], self.publication(), *self.tail())

    def get_article_template(self, e):
        return self._finish(
            self.head(),
            self.editors(),
            join(sep=", ")[
                latn("journal"),
                optional[year_if(labelled=False)],
                optional[join(sep=" ")[word("journal_volume_abbr"), field("volume")]],
                optional[join(sep=" ")[word("number_abbr"), field("number")]],
                optional[pages],
            ],
            optional["(", latn("series"), ")"],
            optional[url],
        )

    def get_incollection_template(self, e):
        return self._finish(
            self.head(),
            self.editors(),
            join(sep=" ")[word("in_collection"), latn("booktitle")],
            optional[latn("edition")],
            self.publication(),
            *self.tail(),
        )

    get_inbook_template = get_incollection_template

    def get_misc_template(self, e):
        return self._finish(
            self.head(),
            self.editors(),
            optional[latn("howpublished")],
            optional[latn("edition")],
            self.publication(),
            *self.tail(),
        )


STYLE_FOR_SCRIPT = {"original": GostStyle, "latin": RomanizedStyle}


_made: dict = {}


def style_for(locale):
    """One style per language: constructing a pybtex style looks its plugins up (slow), formatting does not."""
    key = (locale.script, locale.code, id(locale))
    if key not in _made:
        _made[key] = STYLE_FOR_SCRIPT[locale.script](locale)
    return _made[key]
