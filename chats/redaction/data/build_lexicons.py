"""Rebuild the lexicon files in this folder from their sources (run by hand, never at run time).

Sources and licences (see README.md):
- ``src/*.txt``: compiled by hand for this project.
- Faker (MIT): first and last names of the locales in ``FAKER_*_LOCALES``; Dutch place names.
- OpenTaal word list (BSD / CC-BY 3.0), Debian package ``wdutch``: ``/usr/share/dict/dutch``.
- faker-ruby (MIT), Debian package ``ruby-faker``: the long Dutch first- and last-name lists
  of ``lib/locales/nl.yml``, kept apart as the "extra" lists (less common names).

Usage (from the repository root, with Faker from requirements-dev.txt installed)::

    apt-get download wdutch ruby-faker
    dpkg-deb -x wdutch_*.deb /tmp/deb && dpkg-deb -x ruby-faker_*.deb /tmp/deb
    .venv/bin/python chats/redaction/data/build_lexicons.py /tmp/deb/usr/share/dict/dutch \
        /tmp/deb/usr/share/rubygems-integration/all/gems/faker-*/lib/locales/nl.yml
"""

from __future__ import annotations

import gzip
import importlib
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"

FAKER_FIRST_LOCALES = ("nl_NL", "nl_BE", "en_US", "en_GB", "tr_TR", "en_IN", "pl_PL")
FAKER_LAST_LOCALES = ("nl_NL", "nl_BE", "tr_TR", "de_DE")
WORD = re.compile(r"^[^\W\d_]+(?:['’-][^\W\d_]+)*$")
# Names are matched against Latin-script chat text; other scripts in Faker's lists are noise here.
LATIN_NAME = re.compile(r"^[a-zà-öø-ɏ]{2,}(?:['’-][a-zà-öø-ɏ]+)*$")
# Tussenvoegsels are not names by themselves; Faker lists them inside surnames.
PARTICLES = {
    "van", "de", "der", "den", "het", "'t", "ter", "ten", "te", "in", "op", "uit", "aan", "bij",
    "von", "la", "le", "du", "da", "di", "dos", "das", "del", "el", "al", "'s", "s", "d'", "onder",
}  # fmt: skip


def read_src(name: str) -> set[str]:
    """Words of a hand-compiled source file, lower-cased, comments dropped."""
    words: set[str] = set()
    for line in (SRC / name).read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0]
        words.update(w.lower() for w in line.split() if WORD.match(w))
    return words


def faker_names(locales: tuple[str, ...], attr: str) -> set[str]:
    """Single-word names from Faker person providers, lower-cased, particles removed."""
    names: set[str] = set()
    for locale in locales:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for full in getattr(provider, attr, ()):
            for part in str(full).split():
                low = part.lower()
                if WORD.match(part) and low not in PARTICLES and len(low) > 1:
                    names.add(low)
    return names


def faker_places() -> set[str]:
    """Dutch place names (each word of multi-word names too) from Faker's nl_NL address provider."""
    provider = importlib.import_module("faker.providers.address.nl_NL").Provider
    places: set[str] = set()
    for city in provider.cities:
        # "De Schiphorst" -> "schiphorst": only the head word can stand for the place.
        words = [w for w in city.lower().split() if w not in PARTICLES]
        if len(words) == 1 and WORD.match(words[0]):
            places.add(words[0])
    places.update(p.lower() for p in provider.provinces)
    # Countries, in Dutch ("Duitsland", "Turkije"): "ze woont in Turkije" names no one.
    places.update(c.lower() for c in provider.countries if WORD.match(c))
    return places


def ruby_faker_names(nl_yml: str, key: str) -> set[str]:
    """Single-word names of one list ("first_name", "last_name") in faker-ruby's nl.yml."""
    for line in Path(nl_yml).read_text(encoding="utf-8").splitlines():
        match = re.match(rf"\s+{key}:\s*(\[.*\])\s*$", line)
        if match:
            names = json.loads(match.group(1))
            return {n.lower() for n in names if WORD.match(n) and n.lower() not in PARTICLES}
    raise SystemExit(f"{key} not found in {nl_yml}")


def write_lines(path: Path, words: set[str]) -> None:
    """Write sorted words, one per line, gzip-compressed when the name ends in .gz."""
    data = ("\n".join(sorted(words)) + "\n").encode("utf-8")
    if path.suffix == ".gz":
        # mtime=0 keeps the file byte-identical between rebuilds.
        path.write_bytes(gzip.compress(data, compresslevel=9, mtime=0))
    else:
        path.write_bytes(data)
    print(f"{path.name}: {len(words)}")


# First names that are also a place ("Lies" on Terschelling, the hamlets Linde, Joppe and Rien):
# kept as first names.
NAMES_THAT_ARE_PLACES = {"lies", "linde", "joppe", "rien"}
# Surnames whose bare form is a not-name ("van Wijk": "wijk"), kept in the extra list only, so
# "De Wijk" (a village) stays a place while "Kim van Wijk" is a name.
SURNAMES_THAT_ARE_NOT_NAMES = {"wijk"}


def main(opentaal_path: str, ruby_nl_yml: str) -> None:
    lower_words: set[str] = set()
    proper_words: set[str] = set()
    for word in Path(opentaal_path).read_text(encoding="utf-8").splitlines():
        if not WORD.match(word):
            continue
        if word[0].islower():
            lower_words.add(word)
        elif not word.isupper():
            proper_words.add(word.lower())

    places = faker_places() | read_src("places_nl.txt")
    frequent = read_src("frequent_words.txt")
    not_names = read_src("not_names.txt") | PARTICLES | {"us", "an"}
    # The "common" lists: hand-compiled names, plus Faker's where they are no Dutch word
    # (Faker's historical surnames include "Oever", "Kosten"); the rest goes to the extra lists.
    first = read_src("first_names_nl.txt") | (
        faker_names(FAKER_FIRST_LOCALES, "first_names") - lower_words
    )
    first = {n for n in first if LATIN_NAME.match(n)} - places - not_names
    first |= NAMES_THAT_ARE_PLACES
    surnames = read_src("surnames_nl.txt") | (
        faker_names(FAKER_LAST_LOCALES, "last_names") - lower_words
    )
    surnames = {n for n in surnames if LATIN_NAME.match(n) and len(n) > 2}
    surnames -= not_names | frequent  # places stay: "de Vries", "ter Horst"
    faker_words = (
        faker_names(FAKER_FIRST_LOCALES, "first_names")
        | faker_names(FAKER_LAST_LOCALES, "last_names")
    ) & lower_words

    first_extra = ruby_faker_names(ruby_nl_yml, "first_name") | (
        faker_names(FAKER_FIRST_LOCALES, "first_names") & faker_words
    )
    first_extra = {n for n in first_extra if LATIN_NAME.match(n)}
    first_extra -= first | places | not_names | frequent
    surnames_extra = ruby_faker_names(ruby_nl_yml, "last_name") | (
        faker_names(FAKER_LAST_LOCALES, "last_names") & faker_words
    )
    surnames_extra = {n for n in surnames_extra if LATIN_NAME.match(n) and len(n) > 2}
    surnames_extra -= surnames | not_names | frequent
    surnames_extra |= SURNAMES_THAT_ARE_NOT_NAMES

    write_lines(HERE / "first_names.txt", first)
    write_lines(HERE / "first_names_extra.txt.gz", first_extra)
    write_lines(HERE / "surnames.txt", surnames)
    write_lines(HERE / "surnames_extra.txt.gz", surnames_extra)
    write_lines(HERE / "places.txt", places)
    write_lines(HERE / "frequent_words.txt", frequent)
    write_lines(HERE / "not_names.txt", read_src("not_names.txt"))
    write_lines(HERE / "dutch_words.txt.gz", lower_words)
    write_lines(HERE / "proper_nouns.txt.gz", proper_words - lower_words)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
