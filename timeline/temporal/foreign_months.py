"""Month names of other languages, as English news quotes them: "the decree of 12 марта 2025
года", "le 24 février 2022", "am 9. Mai 2025", "12 de marzo de 2025".

The names and their grammatical forms (Russian "март", "марта") come from dateparser's
locale data, read once at import for the languages of the war's news and of Europe. Only
whole words that are no English month name are kept (English ones have rules of their own),
and a form two languages give different months is dropped.
"""

from __future__ import annotations

from dateparser.languages.loader import LocaleDataLoader

from . import lexicon as lx

LANGUAGES = ("ru", "uk", "be", "pl", "de", "fr", "es", "it", "pt")
_MONTH_KEYS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)
# Shorter forms are too easily something else. In Latin letters a three-letter form is an
# abbreviation or an English word ("ago", "set", "out") unless it is a whole name.
SHORTEST = 3
SHORTEST_LATIN = 4
WHOLE_SHORT_NAMES = ("mai", "maj")  # May in French and German, in Polish


def _month_forms() -> dict[str, int]:
    english = set(lx.MONTHS) | set(lx.MONTH_ABBREVIATIONS)
    forms: dict[str, int] = {}
    clashing: set[str] = set()
    loader = LocaleDataLoader()
    for code in LANGUAGES:
        info = loader.get_locale(code).info
        for number, key in enumerate(_MONTH_KEYS, start=1):
            for form in info.get(key, ()):
                form = form.lower().rstrip(".")
                shortest = SHORTEST_LATIN if form.isascii() and form not in WHOLE_SHORT_NAMES else SHORTEST
                if len(form) < shortest or form in english or not form.isalpha():
                    continue
                if forms.get(form, number) != number:
                    clashing.add(form)
                forms[form] = number
    return {form: number for form, number in forms.items() if form not in clashing}


# Lower-case form -> month number (1-12).
MONTH_FORMS: dict[str, int] = _month_forms()


def needs_year(form: str) -> bool:
    """A name in Latin letters alone ("mars", "marzo") may be an English word or a name:
    it counts only with a year after it. One with other letters ("марта", "März") is
    unmistakable."""
    return form.isascii()
