"""The grounds a municipality cites for not (fully) releasing information, with Dutch labels.

Referenced everywhere by code ("5.1.2e"): judgements, passages, the PDF blackouts, the
inventarislijst. Complete for the Wet open overheid as in force (art. 5.1 lid 1 a–e, lid 2 a–i,
lid 5 and art. 5.2) plus the other grounds Woo decisions of municipalities use: information
outside the scope of the request and special secrecy rules that take precedence over the Woo
(Woo bijlage, art. 8.8).
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Grond:
    """One ground: its code on the blackout box, its article and a Dutch description."""

    code: str
    artikel: str
    omschrijving: str
    absoluut: bool = False  # art. 5.1 lid 1: no weighing of interests

    @property
    def label(self) -> str:
        return f"{self.code}: {self.omschrijving}"


GRONDEN: tuple[Grond, ...] = (
    # Art. 5.1 lid 1: absolute grounds.
    Grond("5.1.1a", "art. 5.1 lid 1 sub a Woo", "eenheid van de Kroon", True),
    Grond("5.1.1b", "art. 5.1 lid 1 sub b Woo", "veiligheid van de Staat", True),
    Grond(
        "5.1.1c",
        "art. 5.1 lid 1 sub c Woo",
        "vertrouwelijk aan de overheid meegedeelde bedrijfs- en fabricagegegevens",
        True,
    ),
    Grond("5.1.1d", "art. 5.1 lid 1 sub d Woo", "bijzondere persoonsgegevens", True),
    Grond(
        "5.1.1e",
        "art. 5.1 lid 1 sub e Woo",
        "identificatienummers (zoals het burgerservicenummer)",
        True,
    ),
    # Art. 5.1 lid 2: relative grounds, weighed against the public interest.
    Grond("5.1.2a", "art. 5.1 lid 2 sub a Woo", "betrekkingen met andere staten en organisaties"),
    Grond(
        "5.1.2b", "art. 5.1 lid 2 sub b Woo", "economische of financiële belangen van de overheid"
    ),
    Grond("5.1.2c", "art. 5.1 lid 2 sub c Woo", "opsporing en vervolging van strafbare feiten"),
    Grond("5.1.2d", "art. 5.1 lid 2 sub d Woo", "inspectie, controle en toezicht"),
    Grond("5.1.2e", "art. 5.1 lid 2 sub e Woo", "eerbiediging van de persoonlijke levenssfeer"),
    Grond(
        "5.1.2f",
        "art. 5.1 lid 2 sub f Woo",
        "concurrentiegevoelige bedrijfs- en fabricagegegevens",
    ),
    Grond("5.1.2g", "art. 5.1 lid 2 sub g Woo", "bescherming van het milieu"),
    Grond("5.1.2h", "art. 5.1 lid 2 sub h Woo", "beveiliging van personen of bedrijven"),
    Grond(
        "5.1.2i",
        "art. 5.1 lid 2 sub i Woo",
        "goed functioneren van de Staat of andere publiekrechtelijke lichamen",
    ),
    Grond("5.1.5", "art. 5.1 lid 5 Woo", "onevenredige benadeling"),
    Grond(
        "5.2",
        "art. 5.2 Woo",
        "persoonlijke beleidsopvattingen in documenten voor intern beraad",
    ),
    # Other grounds a municipality's Woo decision uses.
    Grond("BR", "geen weigeringsgrond", "buiten de reikwijdte van het verzoek"),
    Grond(
        "8.8",
        "art. 8.8 Woo en bijlage",
        "bijzondere openbaarmakingsregeling (zoals Gemeentewet, Wet politiegegevens)",
    ),
    Grond("G.125", "art. 125 Gemeentewet", "geheimhouding opgelegd door raad of college"),
    Grond("AW.2:5", "art. 2:5 Awb", "geheimhoudingsplicht bij de uitvoering van een taak"),
)

BY_CODE: dict[str, Grond] = {grond.code: grond for grond in GRONDEN}

# Personal data the archive already blacked out (the redaction at intake) is withheld on this
# ground unless the Woo officer gives it another one.
PERSONAL_DATA = "5.1.2e"
# A national identification number (the BSN, AVG art. 87) on the absolute ground of art. 5.1
# lid 1 sub e instead.
IDENTIFICATION_NUMBER = "5.1.1e"
_PLACEHOLDER_GROUNDS = {"[BSN]": IDENTIFICATION_NUMBER}


def personal_data_ground(placeholder: str) -> str:
    """The ground a placeholder the archive wrote ("[BSN]", "[NAAM]") is withheld on."""
    return _PLACEHOLDER_GROUNDS.get(placeholder, PERSONAL_DATA)


def choices() -> list[tuple[str, str]]:
    """(code, Dutch label) for form fields."""
    return [(grond.code, grond.label) for grond in GRONDEN]


def is_known(code: str) -> bool:
    return code in BY_CODE


def label(code: str) -> str:
    """The Dutch label of a code; an unknown (retired) code is shown as it is."""
    grond = BY_CODE.get(code)
    return grond.label if grond else code


_ORDER: dict[str, int] = {grond.code: n for n, grond in enumerate(GRONDEN)}


def ordered(codes) -> list[str]:
    """Distinct codes in the order of the law (unknown ones last, as given)."""
    distinct = list(dict.fromkeys(codes))
    return sorted(distinct, key=lambda code: _ORDER.get(code, len(_ORDER)))
