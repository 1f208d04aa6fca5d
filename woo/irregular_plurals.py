"""Dutch nouns whose plural the Dutch stemmer keeps apart from the singular (round 68).

PostgreSQL's Dutch (Snowball) stemmer joins a plural that only lengthens the vowel in writing
("dak" / "daken", "weg" / "wegen", "slot" / "sloten", "gebrek" / "gebreken": one stem), but not
one whose vowel changes ("schip" / "schepen", "stad" / "steden", "lid" / "leden"), whose f or
s turns to v or z after a short vowel ("graf" / "graven", "hof" / "hoven", "glas" / "glazen"),
or that takes -eren ("kind" / "kinderen", "ei" / "eieren"). Checked with to_tsvector('dutch',
…): only the pairs it keeps apart are listed. An officer typing "graven" never found "het graf"
(set 42's R5), nor "graf" "de graven".

One noun a line: the singular, then its plurals. A plural after "<" is searched for the typed
plural only, not for the typed singular, where the plural is mostly another word:
"smeden" is mostly "plannen smeden" (to forge), no smiths.

Left out, the plural being mostly another word both ways: "goed" / "goederen" ("goed" is
"good"), "staf" / "staven" ("staven": to substantiate), "verlof" / "verloven" (to get
engaged). Kept, the noun being what an officer means: "graven" is also to dig ("sloten
graven") and "bladeren" to leaf through, but one typing "graf" wants "de graven" and one typing
"blad" the autumn's "bladeren". The homographs the stemmer already joins ("wegen": roads and to
weigh; "spelen", "sloten", "leden" as joints) are beyond a list of forms: they share a stem.
"""

_IRREGULAR_PLURALS = """
graf graven
hof hoven
glas glazen
schip schepen
stad steden
lid leden
smid <smeden
gelid gelederen
blad bladeren
kind kinderen
ei eieren
lam lammeren
kalf kalveren
rund runderen
lied liederen
been beenderen
rad raderen
volk volkeren
hoen hoenderen
"""


def _table() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """(singular → plurals it finds, plural → singulars it finds)."""
    plurals: dict[str, frozenset[str]] = {}
    singulars: dict[str, frozenset[str]] = {}
    for line in _IRREGULAR_PLURALS.split("\n"):
        if not line.strip():
            continue
        single, *forms = line.split()
        both = frozenset(form for form in forms if not form.startswith("<"))
        plurals[single] = plurals.get(single, frozenset()) | both
        for form in forms:
            plural = form.lstrip("<")
            singulars[plural] = singulars.get(plural, frozenset()) | {single}
    return plurals, singulars


PLURALS_OF, SINGULARS_OF = _table()
