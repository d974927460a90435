"""People, organisations and places named in a passage, with their aliases merged.

No model is downloaded: places and organisations come from a gazetteer of the names
that war reporting uses (with transliteration variants such as "Kyiv"/"Kiev"), and
people from the way news names them: a title before a capitalised name ("Gen. Valery
V. Gerasimov", "Mr. Putin", "envoy Steve Witkoff") or a first-and-last-name pair.
A person is known by the surname: "Vladimir V. Putin", "Vladimir Putin", "Mr. Putin"
and "Putin" are one entity. Aliases that editors add in the admin are honoured.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

PERSON, ORGANISATION, PLACE = "person", "organisation", "place"

# canonical name -> other names; matched as whole words, case-sensitively.
PLACES: dict[str, tuple[str, ...]] = {
    "Ukraine": (),
    "Russia": ("Russian Federation",),
    "United States": ("U.S.", "US", "United States of America", "America"),
    "Kyiv": ("Kiev",),
    "Moscow": (),
    "Kursk": ("Kursk region", "Kursk Oblast", "Kursk province"),
    "Sudzha": (),
    "Kharkiv": ("Kharkov",),
    "Donetsk": (),
    "Luhansk": ("Lugansk",),
    "Zaporizhzhia": ("Zaporozhye", "Zaporizhzhya"),
    "Kherson": (),
    "Crimea": (),
    "Odesa": ("Odessa",),
    "Dnipro": ("Dnipropetrovsk",),
    "Lviv": ("Lvov",),
    "Mariupol": (),
    "Bakhmut": ("Artemovsk",),
    "Avdiivka": ("Avdeyevka",),
    "Pokrovsk": (),
    "Belgorod": (),
    "Bryansk": (),
    "Saudi Arabia": (),
    "Riyadh": (),
    "Jeddah": (),
    "Istanbul": (),
    "Turkey": ("Türkiye",),
    "Belarus": (),
    "Minsk": (),
    "North Korea": (),
    "China": (),
    "Beijing": (),
    "Washington": (),
    "Europe": (),
    "Germany": (),
    "France": (),
    "Britain": ("United Kingdom", "U.K.", "UK"),
    "Poland": (),
    "Oval Office": (),
}
# Countries and continents: they hold the towns and regions a story happens in, so two
# accounts that differ only there may still tell one happening.
BROAD_PLACES = frozenset(
    """Ukraine Russia Belarus Turkey China Europe Germany France Britain Poland""".split()
    + ["United States", "Saudi Arabia", "North Korea"]
)
# A town or a room, and the region or city that holds it.
WITHIN = {"Sudzha": "Kursk", "Oval Office": "Washington"}


def places_disagree(one: set[str], other: set[str]) -> bool:
    """Whether two accounts put what they tell in different places: each names a town or a
    region, and none of one's is, holds or lies in one of the other's ("in Kharkiv" and "in
    Odesa" do; "in Kursk" and "in Sudzha" do not; "in Ukraine" disagrees with nothing)."""
    one = {p for p in one if p not in BROAD_PLACES}
    other = {p for p in other if p not in BROAD_PLACES}
    if not one or not other:
        return False
    widen = lambda places: places | {WITHIN[p] for p in places if p in WITHIN}  # noqa: E731
    return not widen(one) & widen(other)


ORGANISATIONS: dict[str, tuple[str, ...]] = {
    "Kremlin": (),
    "White House": (),
    "NATO": ("North Atlantic Treaty Organization",),
    "United Nations": ("U.N.", "UN"),
    "European Union": ("EU", "E.U."),
    "Pentagon": (),
    "TASS": (),
    "Russian General Staff": ("General Staff",),
    "Trump administration": (),
    "Center for Countering Disinformation": (),
    "National Security and Defense Council": (),
    "International Atomic Energy Agency": ("IAEA",),
    "Wagner Group": ("Wagner",),
    "Geneva Convention": ("Geneva Conventions",),
}
_TITLES = (
    r"Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sen|Rep|Gov|Adm|Sgt|President|Prime\s+Minister|General|"
    r"Minister|Foreign\s+Minister|Defen[cs]e\s+Minister|Secretary|Press\s+Secretary|Chancellor|"
    r"Commander|Colonel|Marshal|Ambassador|Senator|Governor|Mayor|Envoy|envoy|spokesperson|spokesman|"
    r"spokeswoman|analyst|correspondent|leader|chief|commander"
)
_NAME_WORD = r"[A-Z][a-z][A-Za-z’'-]+"
_INITIAL = r"[A-Z]\."
# Names never run across a line break: a headline above a sentence is not part of a name.
_TITLED_PERSON = re.compile(
    rf"\b(?:{_TITLES})\.?[ ]+(?P<name>{_NAME_WORD}(?:[ ]+{_INITIAL})?(?:[ ]+{_NAME_WORD}){{0,2}})"
)
_TITLE_WORD = re.compile(rf"(?:{_TITLES})")  # "Mayor Anna" is a title and a first name
_FULL_NAME = re.compile(rf"\b(?P<name>{_NAME_WORD}(?:[ ]+{_INITIAL})?[ ]+{_NAME_WORD})\b")
# Capitalised words that begin many sentences or name groups, never a person's first name.
_NOT_FIRST_NAMES = frozenset(
    """
    The This That These Those There Then When While After Before During Since Until In On At By For
    From With Without Under Over About Against Among Between Into Through Russian Ukrainian American
    British European Western Eastern Northern Southern North South East West Middle Special Kremlin
    White State Russia Ukraine Moscow Kyiv President General Minister Prime Foreign Defense Press
    Secretary Mr Mrs Ms Dr Gen Sen Rep Gov Lt Col But And Or If As It Its He She They We His Her
    Their Our Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April
    May June July August September October November December Kursk Oval Saudi Geneva National
    Trump Putin Zelensky United New Source Read Additionally Further Interestingly Nonetheless However
    Meanwhile Following Dressed According Indeed Several Some Many Most Both Each Every Other Another
    """.split()
)
_NOT_SURNAMES = frozenset(
    "Region Oblast Army Forces Force Council Ministry Office House Staff Agency Union Party Times "
    "Post News Television Media Federation Kingdom States Nations Convention Center Centre Square "
    "Street Bridge Plant Station Airport University Administration Department Command Front "
    "City Town Village District Province County Republic Island Islands River Sea Bay Lake Port "
    "Harbor Harbour Province Mountains Valley Base Hospital School Cathedral Church Embassy "
    "Russian Ukrainian American British European Korean Chinese Soviet Western".split()
)
_TRANSLIT_ENDINGS = (("yi", "y"), ("iy", "y"), ("ii", "i"))


@dataclass(frozen=True, slots=True)
class EntityName:
    """A name found in a text: its canonical key, kind, and the surface form used."""

    key: str  # places and organisations: canonical name; people: normalised surname
    kind: str
    surface: str
    canonical: str  # the best full name seen in this text


def surname_key(name: str) -> str:
    """A person's key: the surname, folded for transliteration ("Syrskyi" = "Syrsky")."""
    surname = name.split()[-1].rstrip("’'s").rstrip("’'")
    lowered = surname.lower()
    for ending, replacement in _TRANSLIT_ENDINGS:
        if lowered.endswith(ending):
            lowered = lowered[: -len(ending)] + replacement
            break
    return lowered


def _without_initials(name: str) -> str:
    return " ".join(part for part in name.split() if not re.fullmatch(_INITIAL, part))


def _gazetteer_pattern(table: dict[str, tuple[str, ...]]) -> tuple[re.Pattern[str], dict[str, str]]:
    canonical_of: dict[str, str] = {}
    for canonical, aliases in table.items():
        canonical_of[canonical] = canonical
        for alias in aliases:
            canonical_of[alias] = canonical
    names = sorted(canonical_of, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w])")
    return pattern, canonical_of


_PLACE_PATTERN, _PLACE_CANONICAL = _gazetteer_pattern(PLACES)
_ORG_PATTERN, _ORG_CANONICAL = _gazetteer_pattern(ORGANISATIONS)


def find_entities(text: str) -> list[EntityName]:
    """The people, organisations and places named in ``text`` (each key once)."""
    found: dict[tuple[str, str], EntityName] = {}
    taken: list[tuple[int, int]] = []
    for pattern, canonical_of, kind in (
        (_ORG_PATTERN, _ORG_CANONICAL, ORGANISATION),
        (_PLACE_PATTERN, _PLACE_CANONICAL, PLACE),
    ):
        for match in pattern.finditer(text):
            if any(s <= match.start() < e for s, e in taken):
                continue
            canonical = canonical_of[match.group()]
            taken.append(match.span())
            found.setdefault((kind, canonical), EntityName(canonical, kind, match.group(), canonical))
    people: dict[str, EntityName] = {}
    for pattern in (_TITLED_PERSON, _FULL_NAME):
        for match in pattern.finditer(text):
            name = match.group("name")
            start = match.start("name")
            if any(s <= start < e for s, e in taken):
                continue
            words = name.split()
            first = words[0].removesuffix("’s").removesuffix("'s")
            if pattern is _FULL_NAME and (first in _NOT_FIRST_NAMES or len(words) < 2 or _TITLE_WORD.fullmatch(first)):
                continue
            if words[-1] in _NOT_SURNAMES or words[-1].rstrip("’'s") in _NOT_SURNAMES:
                continue
            key = surname_key(name)
            full = _without_initials(name).removesuffix("’s").removesuffix("'s")
            known = people.get(key)
            if known is None or len(full.split()) > len(known.canonical.split()):
                people[key] = EntityName(key, PERSON, name, full)
            taken.append(match.span("name"))
    for key, person in people.items():
        found[(PERSON, key)] = person
    return list(found.values())


def aliases_for(entity: EntityName) -> set[str]:
    """The names under which an entity is stored for later look-ups."""
    names = {entity.canonical, entity.surface.removesuffix("’s").removesuffix("'s")}
    if entity.kind == PERSON:
        names.add(entity.canonical.split()[-1])
    elif entity.kind == PLACE:
        names.update(PLACES.get(entity.canonical, ()))
    else:
        names.update(ORGANISATIONS.get(entity.canonical, ()))
    return {name for name in names if name}
