"""The detector: runs every kind-specific finder and resolves their overlaps."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from chats.redaction import lexicon
from chats.redaction.addresses import (
    addresses_of_persons_sitting,
    answered_address,
    answered_spelled_address,
    business_premises,
    cued_homes_without_street_word,
    find_addresses,
    homes_before_data,
    homes_with_article_after_names,
    house_numbers_in,
    house_numbers_of,
    lived_in_numbers,
    may_say_house_number,
    names_before_homes,
    names_before_homes_with_article,
    numbers_in_streets,
    numbers_of_chat_homes,
    of_house_numbers,
    residents_numbers,
    spelled_homes,
    spelled_homes_after_names,
    street_of,
)
from chats.redaction.birthdates import (
    answered_birthdates,
    answered_spelled_birthdates,
    corrected_birthdates,
    date_key,
    find_birthdates,
    islamic_calendar_birthdates,
    other_calendar_birthdates,
    person_is_of_birthdates,
    same_dates,
    spelled_birthdates,
)
from chats.redaction.context import ChatContext, OrganisationContacts, phone_key, postcode_after
from chats.redaction.folding import fold, folded_text
from chats.redaction.identifiers import (
    answered_bsns,
    find_bsns,
    find_document_numbers,
    find_ibans,
    organisation_ibans,
)
from chats.redaction.lexicon import (
    PARTICLES,
    STREET_SUFFIXES,
    STRONG_STREET_SUFFIXES,
    TITLES,
    Lexicon,
    WordAlternation,
    ascii_twin,
    caseless,
    holds_any,
    holds_any_re,
    is_compound,
    looks_like_noun,
    spaced,
    street_suffix,
    words,
)
from chats.redaction.names import (
    PERSON_CUE_WORDS,
    NameFinder,
    called_by_nickname,
    is_firm_word,
    may_name_any,
)
from chats.redaction.online import (
    find_bare_handles,
    find_emails,
    find_map_locations,
    find_personal_urls,
    find_social_handles,
    find_spelled_emails,
    has_spelled_email_cue,
)
from chats.redaction.organisations import (
    firm_names,
    institutions_named,
    may_name_organisation,
    organisation_pattern,
    organisation_words,
    without_branches_of_acronyms,
    without_organisations,
)
from chats.redaction.phones import (
    BUSINESS_PREFIX,
    find_phones,
    mobiles_said_after_zero_six,
    mobiles_said_aloud,
)
from chats.redaction.places import (
    find_postcodes_and_plates,
    postcodes_after_names,
    postcodes_of_words,
)
from chats.redaction.rules_r50 import chat_rules_r50
from chats.redaction.rules_r51 import chat_rules_r51
from chats.redaction.rules_r52 import chat_rules_r52
from chats.redaction.rules_r53 import chat_rules_r53
from chats.redaction.rules_r54 import chat_rules_r54
from chats.redaction.rules_r55 import chat_rules_r55
from chats.redaction.rules_r56 import chat_rules_r56
from chats.redaction.spans import Overlaps, Span, chat_messages, resolve

_DIGIT_RE = re.compile(r"\d")
_ASCII_DIGIT_RE = ascii_twin(_DIGIT_RE)  # (round speed49)
_ANY_URL_RE = re.compile(
    r"(?:https?://|www\.)\S+|\b[\w-]+\.(?:nl|com|org|net|eu|be|de|info|nu)/\S*", re.I
)


# What the finders before the name finder find in a text (_before_names): e-mail, links,
# handles and map locations (never changed once found); these and the numbers, addresses and
# spelled homes (copied before they are added to); online and every link; whether the text holds
# a digit. (A plain tuple: this runs for every message.)
_BeforeNames = tuple[list[Span], list[Span], list[Span], bool]
# Per text in a chat: that, and the name finder's tokens and skipped tokens once it has read the
# text (NameFinder.find's ``skipped``).
_Shared = tuple[_BeforeNames, list]


def _before_names(text: str, lex: Lexicon) -> _BeforeNames:
    """The finders Detector._detect runs before the name finder: they read only the text (and
    the shipped lexicon), whatever persons or organisation a detector knows."""
    # Cheap gates first: most chat messages hold no '@', no link and no digit at all.
    online = find_emails(text, lex) + find_social_handles(text) if "@" in text else []
    if "." in text:
        online += find_personal_urls(text)
    online += find_bare_handles(text)
    # (in any case: "J PUNT JANSEN APENSTAARTJE GMAIL PUNT COM" is typed in capitals too)
    if has_spelled_email_cue(text.lower()):
        online += find_spelled_emails(text, lex)
    has_digit = (_ASCII_DIGIT_RE if text.isascii() else _DIGIT_RE).search(text) is not None
    if has_digit or "map" in text or "goo.gl" in text or "waze" in text:
        online += find_map_locations(text)
    spans = list(online)
    written = text
    if "_" in text:
        # A file name pasted into a message ("Bezwaar_Willemijn_Terpstra_238474008.pdf"):
        # past the addresses and links found above, its underscores read as the spaces they
        # stand for (one for one, so every offset stays valid).
        text = text.replace("_", " ")
    if has_digit:
        spans += find_ibans(text) + find_bsns(text) + find_phones(text)
        spans += find_document_numbers(text)
        spans += find_postcodes_and_plates(text, lex.places)
        spans += find_addresses(text, lex)
        if "won" in text or "woo" in text or "Wo" in text:
            spans += lived_in_numbers(text)
        if (
            "huis" in text
            or "wonin" in text
            or "house" in text
            or "home" in text
            or "flat" in text
            or "apartment" in text
            or "bewon" in text
            or "eigena" in text
            or "huurder" in text
        ):
            spans += cued_homes_without_street_word(text, lex)
        if "umm" in text or "nr" in text:
            spans += residents_numbers(text) + of_house_numbers(text)
            spans += _numbers_of_titled_residents(text)
    elif "ul " in text:
        spans += mobiles_said_aloud(text)  # "nul zes drie een ...": a number with no digit
    if "r is " in text:
        spans += mobiles_said_after_zero_six(text)  # Round 48: eight digit words after "06"
    # Round 24: "ik woon op de kastanjelaan zesentwintig": a house number in words
    spans += spelled_homes(text, lex)
    blocked = online
    if "/" in text or "www." in text:
        # No name inside any link: "www.meppel.nl/storm" is the municipality's page.
        blocked = online + [Span(m.start(), m.end(), "URL") for m in _ANY_URL_RE.finditer(written)]
    return online, spans, blocked, has_digit


class Detector:
    """Finds personal data in Dutch chat text.

    ``known_names`` are the conversation's people (participants, names seen as a person in the
    chat); ``organisation`` the organisation's own contact data, which is never personal data.
    """

    def __init__(
        self,
        known_names: Iterable[str] = (),
        organisation: OrganisationContacts | None = None,
        house_numbers: Iterable[str] = (),
    ) -> None:
        self.lex = lexicon.load()
        # Walk 50: the house numbers of the chat's addresses (ChatContext.house_numbers)
        self.house_numbers = frozenset(house_numbers)
        self.names = NameFinder(self.lex, known_names)
        self.organisation = organisation or OrganisationContacts()
        # (round speed57: the pattern compiled where a rule first asks it; the words a text
        # must hold for without_organisations to search it, at once)
        self._organisation_names: re.Pattern[str] | None = None
        self.organisation_words = organisation_words(self.organisation.names)
        # Round 29b: the words of the chat's people ("Kruse" of "Julia Kruse"), any case
        self.known_words = frozenset(w.lower() for name in known_names for w in name.split())

    @property
    def organisation_names(self) -> re.Pattern[str]:
        """organisation_pattern of the organisation's names (compiled when first asked)."""
        if self._organisation_names is None:
            self._organisation_names = organisation_pattern(self.organisation.names)
        return self._organisation_names

    def detect(self, text: str, shared: dict[str, _Shared] | None = None) -> list[Span]:
        """Sorted, non-overlapping spans of personal data in ``text`` (offsets in characters).

        ``shared`` (round speed53): what the finders before the name finder found in each text,
        kept for the detectors of one chat (``_detect_chat``), whose second pass examines a
        message again with more persons known: those finders read only the text."""
        if not text:
            return []
        if not text.isascii():  # every look-alike and invisible character is outside ASCII
            # The finders read the folded text; their spans cover the original's characters.
            folded = fold(text)
            if folded.starts is not None:
                return folded.spans_back(self._detect(folded.text, shared))
            text = folded.text
        return self._detect(text, shared)

    def _person_words(self, text: str, persons: list[Span]) -> frozenset[str]:
        """The lower-case words of the persons found and of the chat's participants; a word
        spelled like a brand ("Dynniq": a "q" without its "u") is no person's."""
        return self.known_words.union(
            low
            for s in persons
            if s.label == "PERSON"
            for w in text[s.start : s.end].split()
            if _BRAND_SPELLING_RE.search(low := w.lower()) is None
        )

    def _detect(self, text: str, shared: dict[str, _Shared] | None = None) -> list[Span]:
        if shared is None:
            online, spans, blocked, has_digit = _before_names(text, self.lex)
            skipped = None
        else:
            kept = shared.get(text)
            if kept is None:
                kept = shared[text] = (_before_names(text, self.lex), [])
            (online, spans, blocked, has_digit), skipped = kept
            spans = list(spans)
        written = text
        if "_" in text:
            text = text.replace("_", " ")  # (as _before_names read it)
        persons = self.names.find(text, blocked, skipped)
        if "?" in text:
            persons = _with_surnames_asked(text, persons, self.lex)
        if _may_greet_by_name(text):
            persons = _with_names_after_greetings(text, persons, self.lex)
        if persons:
            if may_name_organisation(text, self.organisation_words):
                persons = without_organisations(text, persons, self.organisation_names)
            persons = without_branches_of_acronyms(text, persons)
            persons = _without_things_and_firms_r48(text, persons)
            persons = _without_things_and_firms_r49(text, persons)
            if _may_be_german(text) and _written_in_german(text):
                persons = _without_german_words(text, persons, self.lex, self.known_words)
            if _may_be_english(text) and _written_in_english(text):
                persons = _without_english_words(text, persons, self.lex, self.known_words)
            if _may_wish_in_german(text):
                persons = _without_german_wishes(text, persons, self.lex, self.known_words)
            if has_digit:
                persons = _without_months_by_days(text, persons)
                persons = _without_street_words_before_numbers(text, persons)
            if "mien" in text or "dien" in text or "zien" in text or "moi" in text or "Moi" in text:
                persons = _without_low_saxon_words(text, persons, self.lex)
            if persons and (
                "die " in text
                or "they " in text
                or "storing" in text
                or "service" in text
                or ("bij " in text and (" in " in text or "werk" in text or "stage" in text))
                or "werkgever" in text
                or "stage" in text
                or "werk," in text
            ):
                persons = _without_firms_by_context(text, persons, self.lex, self.known_words)
            if persons and _may_name_things(text, has_digit):
                persons = _without_named_things(text, persons, self.lex, self.known_words)
            if (
                " en " in text
                or "Day" in text
                or "Week" in text
                or "Festival" in text
                or _may_name_a_body(text)
            ):
                persons = _without_bodies_and_events(text, persons, self.lex)
            if " & " in text:
                persons = _without_ampersand_firms(text, persons, self.lex, self.known_words)
            if " " in text:
                persons = _without_titled_bodies(text, persons, self.lex)
            persons = _without_brands_of_devices(text, persons, self.lex, self.known_words)
            persons = _without_facility_compounds(text, persons, self.lex, self.known_words)
            if "ur " in text or "er " in text:
                persons = _without_brands_after_trades(text, persons, self.lex, self.known_words)
            if _may_name_a_failing_system(text):
                persons = _without_failing_systems(text, persons, self.lex, self.known_words)
            if _SHOP_GOODS_GATE_RE.search(text) is not None:
                persons = _without_shops_by_their_goods(text, persons, self.lex)
            if "in de " in text or "op de " in text or "in 't " in text:
                persons = _without_streets_named_after_persons(text, persons, self.lex)
            if "type " in text or "model " in text or "merk " in text or "een " in text:
                persons = _without_models(text, persons, self.lex)
            # Round 33: "xie xie", "bye bye": one lower-case word said twice is a phrase of
            # another language (thanks, a parting), no first name and surname
            persons = [s for s in persons if not _said_twice(text[s.start : s.end])]
            if " at " in text:
                persons = [
                    s
                    for s in persons
                    if " " in text[s.start : s.end]
                    or text[s.start : s.end].lower() in self.lex.first_names
                    or _ROUTE_AT_BEFORE_RE.search(text, max(0, s.start - 24), s.start) is None
                    or _at_a_person(text, s, self.lex)
                ]
            if " by " in text:
                persons = [
                    s
                    for s in persons
                    # (one word: "Cakes by Mieke Jansen" names her)
                    if " " in text[s.start : s.end]
                    or _SHOP_BY_BEFORE_RE.search(text, max(0, s.start - 24), s.start) is None
                ]
            if "naar " in text and _may_travel(text):
                persons = _without_destinations(text, persons, self.known_words, self.lex)
            if "har " in text or "yn " in text or "sil " in text or "soe " in text:
                persons = _without_frisian_possessives(text, persons)
            if self.known_words and persons:
                persons = _with_first_names_of_chat_surnames(
                    text, persons, self.lex, self.known_words
                )
            if len(persons) > 1:
                persons = _joined_names(text, persons, self.lex.first_names)
            if persons and " - " in text:
                persons = _with_spaced_double_surnames(text, persons, spans, self.lex.surnames)
            if "l-" in text:
                persons = _with_arabic_article_surnames(text, persons)
            if online:
                persons = _surnames_of_addresses(text, persons, online)
        if online and "@" in text:
            persons = _with_names_before_their_mail(text, persons, online, self.lex)
        if has_digit and " van " in text and _RESIDENT_OF_NUMBER_GATE_RE.search(text) is not None:
            persons = _with_residents_of_numbers(text, persons, self.lex)
        if has_digit and persons and " van " in text:
            # Round 25: "buurman Kees van Fazant 12": the name ends before the home's "van"
            persons = names_before_homes(text, persons, self.lex)
        if has_digit and persons and (" van de" in text or " van het" in text or " van 't" in text):
            # Walk 50: "Mevrouw Kuipers van het Hoogeland 7": the name ends before "van het"
            persons = names_before_homes_with_article(text, persons, self.lex)
        if persons and " van " in text:
            persons = _without_places_after_van(text, persons, self.lex)
        if (
            "Mei " in text
            or "Juni " in text
            or "Juli " in text
            or "April " in text
            or "Aug" in text
        ) and _MONTH_AND_SURNAME_RE.search(text) is not None:
            persons = _with_month_first_names(text, persons, self.lex)
        if persons and ("p den " in text or "p ten " in text):
            persons = _with_op_den_particles(text, persons, self.lex)
        if persons and (
            "eigen " in text or "genaamd" in text or " heet " in text or "naam" in text
        ):
            persons = _without_own_firms_named(text, persons)
        if has_digit and ", " in text:
            persons = _with_place_first_names(text, persons, self.lex)
        if "-" in text and _may_title_a_double_surname(text):
            persons = _with_titled_double_surnames(text, persons)
        if persons and ". " in text:
            persons = _with_spaced_initials(text, persons)
        if persons:
            persons = _with_undotted_initials(text, persons)
        if persons and "." in text:
            persons = _with_initials_after_first_names(text, persons, self.lex.first_names)
        if has_digit and persons:
            persons = _without_towns_after_postcodes(text, persons, spans, self.lex.places)
        if _may_name_a_role_holder(text):
            persons = _with_role_holders_said_he(text, persons)
        if persons and "xploitatie" in text:
            persons = _without_names_after_business_nouns(text, persons)
        if _WORD_AND_SURNAME_GATE_RE.search(text) is not None:
            persons = _with_word_first_names(text, persons, spans, self.lex)
        if ", " in text and _ROSTER_GATE_RE.search(text) is not None:
            persons = _with_names_in_rosters(text, persons, spans, self.lex)
        if "?" in text and _LOWER_NAME_ASKED_RE.match(text) is not None:
            persons = _with_lower_names_asked(text, persons, self.lex)
        if "-" in text and _DOUBLE_SURNAME_RE.search(text) is not None:
            persons = _with_names_of_double_surnames(text, persons, spans, self.lex)
        if persons and "-" in text:
            persons = _with_word_surnames_of_double_first_names(text, persons, self.lex)
        if persons and ". " in text:
            persons = _without_letters_of_zones(text, persons)
        if persons:
            persons = _without_firms_of_capital_trades(text, persons, self.lex)
        if persons and has_digit and ("vk" in text or "VK" in text):
            persons = _without_names_of_kvk_numbers(text, persons, self.lex)
        if has_digit and persons and (" zit" in text or " zat" in text or "gevestigd" in text):
            # Review49: "Oksana zit nu op de Molenweg 3": a person's whereabouts, no firm's
            spans += addresses_of_persons_sitting(
                text, self._person_words(text, persons), spans, self.lex
            )
        spans += persons
        if has_digit and persons:
            spans += house_numbers_of(text, persons, self.lex)
        if has_digit and persons and (" van " in text or " uit " in text):
            # Walk 50: "Femke Dijkstra van de Oosterboer 5": that person's home
            spans += homes_with_article_after_names(text, persons, self.lex)
        if persons and "," in text:
            spans += spelled_homes_after_names(text, persons, self.lex)
            if "," in text:
                spans += postcodes_after_names(text, persons)
        if has_digit and self.house_numbers:
            # Walk 50: "voor nummer 14" in a chat that gave "Zomerdijk 14"
            spans += numbers_of_chat_homes(text, self.house_numbers)
        # (fix52a: the birth cue and the spelled year in any casing, "GEBOREN", "Geb.", as the
        # rules' own patterns take them: a gate in lower case only missed them)
        if has_digit:
            spans += find_birthdates(text, persons, spans)
            if "geb" in text.lower():
                spans += other_calendar_birthdates(text)  # Round 48: "1 Meskerem 1985"
            spans += _homes_in_data_lists(text, spans)
        elif "negentien" in (low := text.lower()) or "tweeduizend" in low:
            spans += spelled_birthdates(text)  # Round 25: "geboren drie juni negentienveertig"
        if has_digit and _may_hold_a_postbox(text):
            spans = _without_postboxes(text, spans)
        if self.organisation:
            owned = [s for s in spans if self.organisation.owns(s.label, written[s.start : s.end])]
            if self.organisation.addresses and any(s.label in _ADDRESS_LABELS for s in spans):
                owned += _own_addresses(written, spans, self.organisation)
            if owned:
                spans = [s for s in spans if s not in owned]
                spans = _outside(spans, [s for s in owned if s.label == "IBAN"])
        labels = {s.label for s in spans}  # (dropping phone numbers below keeps every IBAN)
        if "PHONE" in labels:
            spans = [
                s
                for s in spans
                if s.label != "PHONE"
                or not (
                    self._organisations_line(text, s, spans)
                    or _after_organisations_mail(text, s, spans)
                )
            ]
        if "IBAN" in labels:
            own = [
                s
                for s in spans
                if s.label == "IBAN"
                and self._firms_account(text, s)
                and not _held_by_a_person(text, s, spans)
            ]
            if own:
                spans = [s for s in spans if s not in own]
                spans = _outside(spans, own)
        if has_digit:
            own = organisation_ibans(text)
            if own:
                spans = _outside(spans, own)
            if ":" in text and any(s.label in _LISTED_DATA for s in spans):
                spans += _holders_of_listed_data(text, spans, self.lex)
        return resolve(spans)

    def _organisations_line(self, text: str, span: Span, spans: Sequence[Span] = ()) -> bool:
        """'kwijtschelding loopt via GBLT ... bellen op 088 ...': a number in the business range
        (088, and 085 that firms use) in a message that names an organisation before it is that
        organisation's: one the chat knows, an acronym ("De GGD belt ..."), a body's word
        ("Omgevingsdienst", "Veiligheidsregio") or a department ("bel de planning 085 ...")."""
        digits = _digits_of(text[span.start : span.end])
        if _PERSONS_LINE_AFTER_RE.match(text, span.end) is not None:
            return False  # Round 42: "..., 0522 ... is zijn directe lijn": a person's own line
        if not digits.startswith("06") and self._general_number(text, span, spans):
            return True
        if not digits.startswith("06") and _bodys_line_said_r48(text, span):
            return True
        if not digits.startswith("06") and "erwijs" in text:
            # Round 38: "Verwijs naar Sportfondsen, die hebben 038 ...": the line of the body
            # or firm someone is referred to (no person named there: "naar Petra Jansen, die
            # heeft ...")
            referred = _REFERRED_TO_BEFORE_RE.search(text, max(0, span.start - 90), span.start)
            if referred is not None and not any(
                s.label == "PERSON" and s.start < referred.end(1) and referred.start(1) < s.end
                for s in spans
            ):
                return True
        if (
            not digits.startswith("06")
            and digits.endswith("000")
            and _OWN_BEFORE_RE.search(text, max(0, span.start - 40), span.start) is None
            # (review40: "Meneer Bakker is bereikbaar op 0522 245 000": a person named before)
            and not _person_before(spans, span.start)
        ):
            return True  # Round 30: "0522 745 000": a switchboard's round number, no home's line
        if _business_line(text, span) or self._after_named_branch(text, span):
            return True
        if _DESK_AFTER_RE.match(text, span.end) is not None:
            return True
        desk = _ASK_FOR_DESK_RE.match(text, span.end)
        if desk is not None and not digits.startswith("06"):
            low = desk.group(1)
            if low in self.lex.dutch_words and low not in self.lex.first_names:
                return True
        firm = _FIRM_NAMED_BEFORE_RE.search(text, max(0, span.start - 60), span.start)
        if firm is not None and is_firm_word(firm.group(1).lower()):
            return True  # "Transportbedrijf Van der Wal 0522 ...": the firm's own line
        # Round 33: "Kuiper Landbouwmechanisatie? 0522 ...": a landline right after a firm
        # whose kind closes its name
        firm = _FIRM_KIND_LAST_BEFORE_RE.search(text, max(0, span.start - 60), span.start)
        if (
            firm is not None
            and not digits.startswith("06")
            and is_firm_word(firm.group(1).lower())
            # (review44: not "Piet Bakker Hovenier? 0522 ... dat is zijn huis", "Mevrouw Okonkwo
            # Thuiszorg: 0522 ..., zij is de cliënt": a home, a private line or a client's)
            and _PRIVATE_LINE_AFTER_RE.search(text, span.end, span.end + 40) is None
            and _word_before(text, firm.start()).rstrip(".") not in TITLES
            and text[firm.start() : firm.end()].split(" ", 1)[0].lower().rstrip(".") not in TITLES
            # (review45: nor a firm named by its owner's first name and surname, "Piet Bakker
            # Hovenier? 0522 ...", "Fatima Okonkwo Schoonmaak: 0522 ...": a one-man business's
            # line is that person's)
            and not _owners_full_name(text[max(0, firm.start(1) - 40) : firm.start(1)], self.lex)
        ):
            return True
        if not digits.startswith("06") and _BODY_NAMED_BEFORE_RE.search(
            text, max(0, span.start - 90), span.start
        ):
            return True
        if not digits.startswith("06") and (
            _DEPARTMENT_LINE_BEFORE_RE.search(text, max(0, span.start - 60), span.start)
            or _team_or_acronym_line(text, span.start)
            or (
                _may_name_a_desk(text)
                and _FROM_A_DESK_BEFORE_RE.search(text, max(0, span.start - 100), span.start)
            )
        ):
            return True
        if not digits.startswith(_BUSINESS_PREFIXES):
            # A landline on an organisation's site ("0521 ... staat op hun website"), or right
            # after a named organisation to call ("Enexis bellen? 050 ...").
            if digits.startswith("06"):
                return False
            if _ON_A_SITE_RE.match(text, span.end) is not None:
                return True
            if self._called_organisation(text, span.start):
                return True
            # Round 29: "Did you call Woonconcept? 0522 ...", "Rova: 0522 ...": a landline
            # right after an organisation the chat or the keep list knows, only a "?", ":",
            # "," or a dash between
            name = self.organisation_names.search(text, max(0, span.start - 40), span.start)
            if (
                name is not None
                and _ONLY_PUNCTUATION_RE.fullmatch(text, name.end(), span.start)
                # (review40: "mevrouw Okonkwo belde over Woonconcept: 0522 ...": hers)
                and not _person_before(spans, name.start())
            ):
                return True
            call = _CALL_BEFORE_RE.search(text, max(0, span.start - 36), span.start)
            if call is None:
                return False
            name = self.organisation_names.search(text, max(0, call.start() - 40), call.start())
            # ("dat is SVB. Bel 030 ...": the sentence that names it may end before the call)
            return name is not None and not text[name.end() : call.start()].strip(" .!")
        if self.organisation_names.search(text, 0, span.start) is not None:
            return True
        if _BODY_BEFORE_RE.search(text, 0, span.start) is not None:
            return True
        # "met Taxi Nijland regelen via 088 ...": a firm named earlier in the message
        return any(
            is_firm_word(m.group(1).lower()) for m in _FIRM_OPENER_RE.finditer(text, 0, span.start)
        )

    def _after_named_branch(self, text: str, span: Span) -> bool:
        """'Dierenasiel Meppel, 0522 ...', 'de Voedselbank Staphorst: 06 ...': a number right
        after an organisation named by what it is and where (a capitalised common noun and a
        place) is that organisation's."""
        match = _BRANCH_BEFORE_RE.search(text, max(0, span.start - 60), span.start)
        if match is None:
            return False
        kind, place = match.group(1).lower(), match.group(2).lower()
        return (
            place in self.lex.places
            # "Dierenambulance Meppel": a compound of words names a kind too
            and (kind in self.lex.dutch_words or is_compound(kind))
            and kind not in self.lex.first_names
            and kind not in self.lex.places
        )

    def _general_number(self, text: str, span: Span, spans: Sequence[Span] = ()) -> bool:
        """'algemeen nr 088 ...', 'nummer camping 0521 ...', '0522 ...? of is dat niet ons
        nummer': an organisation's general number, a place of business's, or our own."""
        if _GENERAL_NUMBER_BEFORE_RE.search(text, max(0, span.start - 56), span.start):
            return True
        named = _LINE_NAMED_BEFORE_RE.search(text, max(0, span.start - 30), span.start)
        # Round 27: "nummer staat in de zaak: 0522 ...": written in a file, no place's line
        if named is not None and not text.endswith((" in de ", " in het "), 0, named.start(1)):
            word = named.group(1).lower()
            # "bel de werkplaats 0523 ...", "of de winkel 0522 ...", "de tolkentelefoon 088 ...",
            # "of algemeen 038 ...": the line of a place of business, a service or no one.
            if word in _PLACES_OF_BUSINESS or word in _GENERAL_WORDS:
                return True
            if word.endswith(_LINE_ENDS) and word not in _OWN_LINES:
                return True  # "hulplijn 0800 ...", not "een vaste lijn: 0522 ..."
        if _line_is_of_a_place(text, span, self.lex):
            return True
        place = _NUMBER_OF_PLACE_BEFORE_RE.search(text, max(0, span.start - 40), span.start)
        if place is not None and (
            place.group(1).lower() in _PLACES_OF_BUSINESS or is_firm_word(place.group(1).lower())
        ):
            return True
        # Round 32: "gebruik 0522 ... van de aannemer": a landline of a firm, a place of
        # business or a trade, named right after it (review42: not a number right after a
        # resident's name, "Mevrouw Bakker, 0521 ..., van de aannemer")
        of = _OF_A_FIRM_AFTER_RE.match(text, span.end)
        if (
            of is not None
            and not _right_after_a_person(text, spans, span.start)
            # (review43: not "van de X" that opens the next clause, its verb and subject after
            # it: "Zijn vrouw belde vanaf 0522 ..., van de schilder heeft ze nog niks gehoord")
            and _CLAUSE_GOES_ON_RE.match(text, of.end()) is None
            and _PERSONS_NUMBER_BEFORE_RE.search(text, max(0, span.start - 40), span.start) is None
        ):
            word = of.group(1).lower()
            if word in _PLACES_OF_BUSINESS or word in _TRADES or is_firm_word(word):
                return True
        return _OUR_NUMBER_AFTER_RE.match(text, span.end) is not None

    def _called_organisation(self, text: str, start: int) -> bool:
        """'ik bel Taxi Brinkman wel op 0522 ...', 'thuiszorg Noorderboog bel ik op 0522 ...': a
        landline to call an organisation at, named by the chat or the keep list or opened by a
        firm's word, is that organisation's ("bel Jan wel op 0522 ..." is Jan's)."""
        call = _CALL_ON_RE.search(text, max(0, start - 60), start)
        if call is None:
            return False
        who = call.group("who") or call.group("before")
        if self.organisation_names.search(who) is not None:
            return True
        head = who.split()[0]
        return is_firm_word(head.lower())

    def _firms_account(self, text: str, span: Span) -> bool:
        """'NL.. van Catering De Smit': an account followed by the name of an organisation the
        chat or the keep list knows (a firm among the participants) is that organisation's; so
        is 'de rekening van de vereniging is NL..'."""
        if _IN_A_BODYS_NAME_RE.match(text, span.end) is not None:
            return True
        if _BUSINESS_ACCOUNT_AFTER_RE.match(text, span.end) is not None:
            return True
        if _body_account_named(text, span):
            return True
        if _REGISTERED_ACCOUNT_BEFORE_RE.search(text, max(0, span.start - 60), span.start):
            return True
        body = _ASCII_BODYS_ACCOUNT_BEFORE_RE if text.isascii() else _BODYS_ACCOUNT_BEFORE_RE
        if body.search(text, max(0, span.start - 80), span.start):
            return _OWN_ACCOUNT_BEFORE_RE.search(text, max(0, span.start - 60), span.start) is None
        if _BODYS_THEIR_ACCOUNT_BEFORE_RE.search(text, max(0, span.start - 100), span.start):
            return True
        if (
            "enningmeester" in text  # (either case: the pattern ignores it)
            and _TREASURERS_BODY_ACCOUNT_BEFORE_RE.search(
                text, max(0, span.start - 120), span.start
            )
            is not None
        ):
            return True
        link = _ACCOUNT_OF_RE.match(text, span.end)
        name = link and self.organisation_names.match(text, link.end())
        # "NL.. van Rabobank": the bank that holds a person's account, not its owner.
        return bool(name) and name.group().lower() not in _BANKS


# The capitalised word right after a name: "Ewout" + " Boom".
_WORD_AFTER_NAME_RE = re.compile(r"[ ]([A-Z][a-zà-ÿ]{1,30})(?![\w-])")
_LOCAL_PART_SEPARATORS = re.compile(r"[._-]")


# Round 39: "NL.. t.n.v. Y. Kaya": the account holder named right after the number.
_HOLDER_AFTER_RE = re.compile(
    r"[ ]*,?[ ]*(?i:t\.?[ ]?n\.?[ ]?v\.?|ten[ ]name[ ]van|op[ ]naam[ ]van)[ ]+"
)


# Round 41: "Hofstede: 12-KLM-3, 45-XX-9", "Wolting: 06 ...": a line of a list that opens with
# a name and a colon before a licence plate, phone number, e-mail address or IBAN is whose it is.
_LIST_HOLDER_RE = re.compile(
    r"[ \t]*(?:[-*•][ ]*|\d{1,2}[.)][ ]*)?"
    r"((?:(?:van|de|der|den|ter|ten|te|op|in|t)[ ]+){0,3}[A-Z][a-zà-ÿ'-]{2,}(?:-[A-Z][a-zà-ÿ'-]{2,})?)"
    r"[ ]*:[ ]*"
)
_LISTED_DATA = frozenset({"LICENSE_PLATE", "PHONE", "EMAIL", "IBAN"})


# Round 48: "geit Storm", "de pony Bliksem": an animal named; "De storm van vorig jaar, Storm
# Ciarán": a storm named after the word; "Haan Security", "Van Wijnen Groen": a firm by an
# English business word or a capitalised "Van" name before a trade; "Jan de Groot Hoveniers
# BV": a first name opening a firm's name.
_ANIMALS = words("""geit geitje koe kalf schaap lam ezel kip konijn varken big pony paard hond
    kat kater poes cavia alpaca lama""")
_STORM_IN_SENTENCE_BEFORE_RE = re.compile(r"\bstorm\b[^.!?\n]*$", re.I)
_BUSINESS_WORDS_EN = words("""security services service solutions consultancy group holding
    logistics events catering cleaning""")
_TRADES_AFTER_VAN = words("groen bouw infra techniek wegen")
_FIRM_AFTER_NAME_RE = re.compile(
    # (a particle of the surname right after the first name: "Kaya van Kaya Advocatuur" is a
    # person of the firm, "Sietse Van Gelder Elektrotechniek" may be one calling it)
    r"[ ]+(?:de|der|den|ter|te)[ ]+[A-Z][\w'-]*(?:[ ]+[A-Z][\w'-]*)?[ ]+"
    r"([A-Z][a-z]+)(?:[ ]+(?:BV|B\.V\.))?(?![\w-])"
)


def _without_things_and_firms_r48(text: str, persons: list[Span]) -> list[Span]:
    """(a new list only where a person is dropped or cut: most messages keep theirs)"""
    kept = None
    for index, span in enumerate(persons):
        value = text[span.start : span.end]
        if value[:1].isupper() and _thing_or_firm_r48(text, span, value):
            cut = None
        elif " van " in value and value.lower().endswith(_PARTY_ENDINGS):
            # "raadslid Wit van Gemeentebelangen": the party after the name is no surname
            cut = Span(span.start, span.start + value.rfind(" van "), span.label)
        else:
            if kept is not None:
                kept.append(span)
            continue
        if kept is None:
            kept = persons[:index]
        if cut is not None:
            kept.append(cut)
    return persons if kept is None else kept


def _thing_or_firm_r48(text: str, span: Span, value: str) -> bool:
    """(string tests before any pattern: this runs for every capitalised person found)"""
    one = " " not in value
    start, end = span.start, span.end
    if one and start > 2 and text[start - 1] == " ":
        word = text[text.rfind(" ", 0, start - 1) + 1 : start - 1]
        if word in _ANIMALS:
            return True
    if (
        value.startswith("Storm ")
        and _STORM_IN_SENTENCE_BEFORE_RE.search(text, max(0, start - 60), start) is not None
    ):
        return True
    if not one and value[value.rfind(" ") + 1 :].lower() in _BUSINESS_WORDS_EN:
        return True
    if end + 1 < len(text) and text[end] == " ":
        if text[end + 1].isupper():
            stop = text.find(" ", end + 1)
            after = text[end + 1 : stop if stop != -1 else len(text)].rstrip(".,;:!?").lower()
            if (value.startswith("Van ") and after in _TRADES_AFTER_VAN) or (
                after in _BUSINESS_WORDS_EN
            ):
                return True
        elif one and text.startswith(("de ", "der ", "den ", "ter ", "te "), end + 1):
            firm = _FIRM_AFTER_NAME_RE.match(text, end)
            return firm is not None and is_firm_word(firm.group(1).lower())
    return False


_PARTY_ENDINGS = ("belangen", "belang", "partij")


# Round 49: "het jacht Klaas Vaak", "een rozenstruik, soort Ingrid Bergman": a vessel or a
# variety named after the word for it; "Solar Henk", "Stal Pasveer", "Attracties Hommerson",
# "Huize Rams Woerthe": a firm or a house by the capitalised word before the name (not opening a
# sentence: "Schilder Jansen komt" may be the man); "de paarden heten Ster en Jan Pieter",
# "zijn hond ..., Boris heet ie": animals named.
_THINGS_BEFORE_R49 = words("jacht schip boot sloep tjalk woonboot praam botter soort ras")
_FIRMS_BEFORE_R49 = words("stal manege attracties suikerspin huize kermis snackkar viskraam")
_TRADES_AFTER_VAN_R49 = words("schilders stukadoors loodgieters hoveniers installaties")
_ANIMALS_PLURAL_R49 = (
    "paarden",
    "katten",
    "honden",
    "poezen",
    "koeien",
    "geiten",
    "schapen",
    "pony's",
    "ezels",
    "konijnen",
    "kippen",
    "varkens",
    "alpaca's",
    "cavia's",
)
# (what may stand between "heten" and one of the names: words, then the names before it)
_NAMES_LISTED_AFTER_RE = re.compile(
    r"(?:[a-z]+[ ,]+)*(?:[A-Z][\w'-]*(?:[ ][A-Z][\w'-]*)*(?:,[ ]*|[ ]+en[ ]+|[ ]+of[ ]+|[ ]+))*"
)
_ANIMAL_NAMED_AFTER_RE = re.compile(r"[ ]+heet[ ]+(?:ie|hij|die|ze)\b")
_ANIMAL_IN_SENTENCE_RE = re.compile(
    r"\b(?:hond|hondje|kat|poes|kater|paard|pony|konijn|geit|ezel)\b[^.!?\n]*$", re.I
)


def _without_things_and_firms_r49(text: str, persons: list[Span]) -> list[Span]:
    """(a new list only where a person is dropped: most messages keep theirs)"""
    named = "heet" in text or "heten" in text  # (once per message, not per person)
    kept = None
    for index, span in enumerate(persons):
        if _thing_or_firm_r49(text, span, named):
            if kept is None:
                kept = persons[:index]
        elif kept is not None:
            kept.append(span)
    return persons if kept is None else kept


def _thing_or_firm_r49(text: str, span: Span, named: bool) -> bool:
    """(string tests before any pattern: this runs for every person found)"""
    start = span.start
    if not text[start : start + 1].isupper():
        return False
    if start > 2 and text[start - 1] == " ":
        before_start = text.rfind(" ", 0, start - 1) + 1
        word = text[before_start : start - 1]
        if not word[:1].isupper():
            if word in _THINGS_BEFORE_R49:
                return True
        elif (
            (
                before_start > 2
                and text[before_start - 1] == " "
                # "de sloep Jan Willem": past one capitalised word of the name
                and text[text.rfind(" ", 0, before_start - 1) + 1 : before_start - 1]
                in _THINGS_BEFORE_R49
            )
            or (
                (low := word.lower()) in _FIRMS_BEFORE_R49
                or (
                    len(word) > 3
                    and before_start > 1
                    and text[before_start - 2] not in ".!?\n"
                    and is_firm_word(low)
                )
            )
        ):
            return True
    end = span.end
    if text.startswith("Van ", start) and text.startswith(" ", end):
        stop = text.find(" ", end + 1)
        after = text[end + 1 : stop if stop != -1 else len(text)].rstrip(".,;:!?").lower()
        if after in _TRADES_AFTER_VAN_R49:
            return True
    if not named:
        return False
    if (
        (at := text.rfind(" heten ", 0, start)) != -1
        and text[:at].endswith(_ANIMALS_PLURAL_R49)
        and _NAMES_LISTED_AFTER_RE.fullmatch(text, at + 7, start) is not None
        # (the list is closed by its "en": "heten Guus en Tijger, Marieke heeft ze")
        and ("," not in text[text.find(" en ", at, start) : start] or " en " not in text[at:start])
    ):
        return True
    return (
        _ANIMAL_NAMED_AFTER_RE.match(text, end) is not None
        and _ANIMAL_IN_SENTENCE_RE.search(text, max(0, start - 80), start) is not None
    )


# Round 48: "..., 0522 - 25 53 92 is hun lijn": their (a body's) line; "14 0522 is het goede
# nummer, of 0522 ..., dat is hetzelfde": the same line as the municipality's short number.
_THEIR_LINE_AFTER_RE = re.compile(
    # (not "... is het nummer van zijn werk": a person's line at work)
    r"[ ]*(?:is|zijn)[ ]+(?:hun[ ]+(?:algemene[ ]+)?|(?:de|het)[ ]+algemene[ ]+)"
    r"(?:lijn|nummer|telefoonnummer)\b"
    r"|[ ]*,?[ ]*(?:dat|die)[ ]+is[ ]+(?:hetzelfde|dezelfde|ook[ ]+de[ ]+gemeente)\b",
    re.I,
)
_SHORT_NUMBER_OR_BEFORE_RE = re.compile(r"\b14[ ]?0\d{2,3}\b[^.!?\n]{0,60}\bof[ ]+$")


def _bodys_line_said_r48(text: str, span: Span) -> bool:
    after = text[span.end : span.end + 16]
    return (
        ("hun" in after or "algemene" in after or "zelfde" in after)
        and _THEIR_LINE_AFTER_RE.match(text, span.end) is not None
    ) or (
        ("14 0" in text or "140" in text)
        and _SHORT_NUMBER_OR_BEFORE_RE.search(text, max(0, span.start - 80), span.start) is not None
    )


def _holders_of_listed_data(text: str, spans: Sequence[Span], lex: Lexicon) -> list[Span]:
    """The name opening a line of a list before that line's plate, phone, e-mail or IBAN: a
    listed surname or first name that no list knows as an everyday word, a place or a firm's
    word ("Kenteken: ...", "Meppel: ...", "Bus: ..." are left)."""
    out = []
    for data in spans:
        if data.label not in _LISTED_DATA:
            continue
        m = _LIST_HOLDER_RE.fullmatch(text, text.rfind("\n", 0, data.start) + 1, data.start)
        if m is None:
            continue
        low = m.group(1).split()[-1].lower()
        if (
            (low not in lex.surnames and low not in lex.first_names)
            or low in lex.dutch_words
            or low in lex.frequent_words
            or low in lex.not_names
            or low in lex.places
            or is_firm_word(low)
            or any(s.start < m.end(1) and m.start(1) < s.end for s in spans)
        ):
            continue
        out.append(Span(m.start(1), m.end(1), "PERSON"))
    return out


def _held_by_a_person(text: str, span: Span, spans: Sequence[Span]) -> bool:
    """Round 39: "Rekening van de zaak NL.. t.n.v. Y. Kaya": an account in a person's name is
    that person's, whatever business it serves (a sole trader's)."""
    holder = _HOLDER_AFTER_RE.match(text, span.end)
    return holder is not None and any(
        s.label == "PERSON" and s.start == holder.end() for s in spans
    )


def _asks_bodys_account(question: str) -> bool:
    """'Rekening van de vereniging?', 'en het rekeningnummer van de stichting?': a question
    closing with the account of a body (its answer is that body's account, no person's)."""
    stripped = question.rstrip()
    if not stripped.endswith("?"):
        return False
    return (
        _BODYS_ACCOUNT_BEFORE_RE.search(stripped[:-1].rstrip(), max(0, len(stripped) - 90))
        is not None
    )


def _surnames_of_addresses(text: str, persons: list[Span], online: list[Span]) -> list[Span]:
    """'Ewout Boom, e.boom@drukkerijboom.nl': a first name and a capitalised word after it that
    the message's e-mail address spells as the surname (initial or first name, a dot, the word)
    are one name, though the word is an everyday one."""
    locals_ = {text[s.start : s.end].split("@", 1)[0].lower() for s in online if s.label == "EMAIL"}
    if not locals_:
        return persons
    out = []
    for person in persons:
        word = _WORD_AFTER_NAME_RE.match(text, person.end)
        if word is not None:
            first = text[person.start : person.end].split()[-1].lower()
            surname = word.group(1).lower()
            spelled = {f"{first[0]}{sep}{surname}" for sep in ".-_"} | {
                f"{first}{sep}{surname}" for sep in ".-_"
            }
            if locals_ & spelled:
                person = Span(person.start, word.end(), person.label)
        out.append(person)
    return out


# Round 44: two capitalised words right before an e-mail address, a comma, colon, dash or
# bracket between: "Frans Schoonhoven, frans@schoonhovenjuwelier.nl".
_PAIR_BEFORE_MAIL_RE = re.compile(
    r"(?<![\w-])([A-Z][a-zà-ÿ]{2,})[ ]+([A-Z][a-zà-ÿ'-]{2,})[ ]*[,:(–-][ ]*\(?[ ]*$"
)
_MAIL_PIECES_RE = re.compile(r"[._+\d-]+")


def _with_names_before_their_mail(
    text: str, persons: list[Span], online: list[Span], lex: Lexicon
) -> list[Span]:
    """A first word and a surname right before an e-mail address whose name part opens with
    that first word and which spells the surname (in its name part or its domain: a one-man
    firm's) are a person, whatever words they are too ("Frans": French; a place)."""
    out = list(persons)
    for mail in online:
        if mail.label != "EMAIL":
            continue
        pair = _PAIR_BEFORE_MAIL_RE.search(text, max(0, mail.start - 60), mail.start)
        if pair is None:
            continue
        local, _, domain = text[mail.start : mail.end].lower().partition("@")
        first, last = pair.group(1).lower(), pair.group(2).lower()
        pieces = [p for p in _MAIL_PIECES_RE.split(local) if p]
        if (
            pieces
            and pieces[0] == first
            and (last in local[len(first) :] or domain.startswith(last))
            and first not in lex.frequent_words
            and last not in lex.frequent_words
            # (not "Gemeente Meppel, gemeente@meppel.nl": a body's word and its place)
            and (first in lex.first_names or first not in lex.dutch_words)
            and not is_firm_word(first)
            and (last in lex.surnames or last not in lex.dutch_words)
        ):
            out.append(Span(pair.start(1), pair.end(2), "PERSON"))
    return out


# A post box or a freepost number ("Postbus 501", "Antwoordnummer 1234") and a postcode right
# after it; someone's own only after an address cue ("Nieuw postadres: Postbus 123, ...").
_POSTBOX_RE = re.compile(r"\b(?:postbus|antwoordnummer)[ ]+\d+\b", re.I)
_POSTBOX_CUE_BEFORE_RE = re.compile(r"\b[a-z]*adres\b[^.!?\n]{0,12}$", re.I)
_POSTCODE_GAP_RE = re.compile(r"[ ]*(?:,[ ]*)?")
# Round 36: "Stichting Blues aan de Vaart, KvK 74218530, postadres Postbus 112": a body named
# before the post box (by its kind or its KvK number) is whose postal address it is.
_BODY_BEFORE_POSTBOX_RE = re.compile(
    r"\b(?:stichting|vereniging|coöperatie|cooperatie|kvk|b\.?v\.?|v\.?o\.?f\.?)\b", re.I
)


# review46: a person's post box ("mevrouw Okonkwo heeft als postadres Postbus 45", "stuur de
# brief naar haar postadres Postbus 12") stays theirs though a foundation or KvK is named earlier
_PERSONS_POSTBOX_BEFORE_RE = re.compile(
    r"\b(?i:haar|zijn|z'n|d'r|hun|mijn|m'n|uw|je|jouw|mevrouw|mevr|meneer|dhr|mw|familie|fam)\b"
)
_SENTENCE_BREAK_RE = re.compile(r"[.!?\n;][ ]")


def _bodys_postbox(text: str, start: int) -> bool:
    """Whether a body (foundation, association, KvK number) is named before the post box at
    ``start`` in its sentence, and no person's word (a possessive, a title) between."""
    window = max(0, start - 80)
    for brk in _SENTENCE_BREAK_RE.finditer(text, window, start):
        window = brk.end()
    ends = [m.end() for m in _BODY_BEFORE_POSTBOX_RE.finditer(text, window, start)]
    return bool(ends) and _PERSONS_POSTBOX_BEFORE_RE.search(text, ends[-1], start) is None


# review46: "het postadres van meneer Jansen is Postbus 45", "stuur het naar mevrouw Okonkwo,
# Postbus 12": a title or a possessive shortly before the box, in its sentence, is whose it is
_PERSONS_POSTBOX_CUE_RE = re.compile(
    r"\b(?i:haar|zijn|z'n|d'r|hun|mevrouw|mevr|meneer|dhr|mw|familie|fam)\b[^.!?\n]{0,40}$"
)


def _persons_postbox(text: str, start: int) -> bool:
    return _PERSONS_POSTBOX_CUE_RE.search(text, max(0, start - 48), start) is not None


def _may_hold_a_postbox(text: str) -> bool:
    """Cheap gate for ``_POSTBOX_RE`` (any case)."""
    return "ostbus" in text or "OSTBUS" in text or "ntwoord" in text or "NTWOORD" in text


def _may_name_a_desk(text: str) -> bool:
    """Cheap gate for ``_FROM_A_DESK_BEFORE_RE`` (any case)."""
    return holds_any(text, ("oket", "OKET", "desk", "DESK", "ontact", "ONTACT"))


def _without_postboxes(text: str, spans: list[Span]) -> list[Span]:
    """Round 27: "U kunt het sturen naar Postbus 501, 7940 AM Meppel": a post box one sends
    something to, and its postcode, are an organisation's, no one's home."""
    starts, ends = set(), set()
    for box in _POSTBOX_RE.finditer(text):
        if (
            not _POSTBOX_CUE_BEFORE_RE.search(text, max(0, box.start() - 30), box.start())
            and not _persons_postbox(text, box.start())
        ) or _bodys_postbox(text, box.start()):
            starts.add(box.start())
            ends.add(_POSTCODE_GAP_RE.match(text, box.end()).end())
    return [
        s
        for s in spans
        if not (s.label == "ADDRESS" and s.start in starts)
        and not (s.label == "POSTCODE" and s.start in ends)
    ]


def _joined_names(text: str, persons: list[Span], first_names: frozenset[str]) -> list[Span]:
    """Round 27: "Johannes Albertus Boom" with "Boom" known from the chat: first names found
    apart from the one capitalised word after them (a surname that is an everyday word), one
    space between, are one name ("Piet van Dijk Piet" stays two)."""
    ordered = sorted(persons, key=lambda s: s.start)
    out = [ordered[0]]
    for person in ordered[1:]:
        last = out[-1]
        if (
            person.start == last.end + 1
            and text[last.end] == " "
            and text[person.start].isupper()
            and last.label == person.label == "PERSON"
            and " " not in text[person.start : person.end]
            and all(w.lower() in first_names for w in text[last.start : last.end].split(" "))
        ):
            out[-1] = Span(last.start, person.end, "PERSON")
        else:
            out.append(person)
    return out


_SPACED_SECOND_SURNAME_RE = re.compile(r"[ ]-[ ]([A-Z][a-z]+)(?![\w-])")


def _with_spaced_double_surnames(
    text: str, persons: list[Span], spans: list[Span], surnames: frozenset[str]
) -> list[Span]:
    """Round 38: "Gerda Kuiper - Lamberts": a full name, a dash with a space either side and one
    capitalised word found as a name or listed as a surname is a double surname, one name
    ("Anna - Piet" stays two: the first is no full name; "Samira Bouzid - Kaap de Goede
    Hoopstraat 2": not a word that opens the address found after it)."""
    out = sorted(persons, key=lambda s: s.start)
    others = [s for s in spans if s.label != "PERSON"]
    for index, person in enumerate(out):
        second = _SPACED_SECOND_SURNAME_RE.match(text, person.end)
        if (
            second is not None
            and not any(s.start < second.end(1) and second.start(1) < s.end for s in others)
            and person.label == "PERSON"
            and " " in text[person.start : person.end]
            and second.group(1).lower() in surnames
        ):
            out[index] = Span(person.start, second.end(1), "PERSON")
    joined = [out[0]]
    for person in out[1:]:
        last = joined[-1]
        if person.start < last.end:
            if person.end > last.end:
                joined[-1] = Span(last.start, person.end, last.label)
            continue
        if (
            last.label == person.label == "PERSON"
            and not any(s.start < person.end and person.start < s.end for s in others)
            and person.start == last.end + 3
            and text[last.end : person.start] == " - "
            and " " in text[last.start : last.end]
            and " " not in text[person.start : person.end]
            and text[person.start].isupper()
        ):
            joined[-1] = Span(last.start, person.end, "PERSON")
        else:
            joined.append(person)
    return joined


def _without_towns_after_postcodes(
    text: str, persons: list[Span], spans: list[Span], places: frozenset[str]
) -> list[Span]:
    """Round 38: "Houtweg 19, 7823 pv Emmen": a listed place right after a postcode is the
    town of the address, whatever case the postcode's letters are in (Emmen is a surname too)."""
    ends = {s.end for s in spans if s.label == "POSTCODE"}
    if not ends:
        return persons
    return [
        p
        for p in persons
        if not (
            p.label == "PERSON"
            and text[p.start : p.end].lower() in places
            and (p.start - 1 in ends or (p.start - 2 in ends and text[p.start - 2] == ","))
            and text[p.start - 1] == " "
        )
    ]


# "contact pers: communicatie@meppel.nl, 0522 - 85 95 00": an e-mail address, then the number.
_MAIL_BEFORE_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+[ ]*(?:[,;/|]|of|en)[ ]*$", re.I)


def _after_organisations_mail(text: str, span: Span, spans: list[Span]) -> bool:
    """A landline right after an e-mail address that is nobody's (a department's or a desk's:
    not found as personal data) is that organisation's line too."""
    if "@" not in text[max(0, span.start - 80) : span.start]:
        return False
    if _digits_of(text[span.start : span.end]).startswith("06"):
        return False
    mail = _MAIL_BEFORE_RE.search(text, max(0, span.start - 80), span.start)
    return mail is not None and not any(
        s.label == "EMAIL" and s.start < mail.end() and mail.start() < s.end for s in spans
    )


_ADDRESS_LABELS = ("ADDRESS", "POSTCODE")


def _own_addresses(text: str, spans: list[Span], organisation: OrganisationContacts) -> list[Span]:
    """The address spans on one of the organisation's own addresses ("kom maar langs op Grote
    Oever 26"), with the postcode written right after one ("..., 7941 BC Meppel")."""
    places = organisation.own_addresses_in(text)
    owned = []
    for span in spans:
        if span.label not in _ADDRESS_LABELS:
            continue
        if any(start <= span.start and span.end <= end for start, end in places) or (
            span.label == "ADDRESS"
            and organisation.owns_address(text[span.start : span.end], _postcode_after(text, span))
        ):
            owned.append(span)
    return owned


def _postcode_after(text: str, span: Span) -> str:
    after = postcode_after(text, span.end)
    return after[1] if after else ""


def _outside(spans: list[Span], accounts: list[Span]) -> list[Span]:
    """``spans`` less those inside an organisation's account: its digits are no phone number."""
    return [s for s in spans if not any(a.start <= s.start and s.end <= a.end for a in accounts)]


def _digits_of(raw: str) -> str:
    digits = "".join(c for c in raw if c.isdigit())
    return "0" + digits[2:] if digits.startswith("31") else digits


_BUSINESS_PREFIXES = (BUSINESS_PREFIX, "085")
# "dat het waterschap WDODelta dat doet, 038 ...": a public body named by its kind and name,
# then the landline in the same sentence with no other name between them.
# Round 38: "Verwijs naar Sportfondsen, die hebben 038 ...", "verwijs haar maar naar Humanitas,
# die zijn bereikbaar op ...": whom someone is referred to, then "they have" the number.
_REFERRED_TO_BEFORE_RE = re.compile(
    r"\b[Vv]erwijs(?:[ ]+(?:hem|haar|ze|hen|mensen|maar|dan|even|door))*[ ]+naar[ ]+"
    r"(?:de[ ]+|het[ ]+)?([A-Z][\w'&-]*(?:[ ][A-Z][\w'&-]*){0,2})(?:[ ]*,)?[ ]+"
    r"(?:die|ze|zij)[ ]+(?:hebben|zijn[ ]+bereikbaar[ ]+op|zitten[ ]+op)(?:[ ]*:)?[ ]*$"
)
_BODY_NAMED_BEFORE_RE = re.compile(
    r"\b(?i:waterschap|provincie|gemeente|omgevingsdienst|veiligheidsregio|ggd|politie|brandweer|"
    r"woningcorporatie|woningstichting)[ ]+[A-Z][\w-]+(?:[ ][A-Z][\w-]+)?"
    r"[ ,:]+(?:[a-z][\w']*[ ,:]+){0,6}$"
)
# Round 27: "nieuw nummer op de afdeling: 0522 ...", "het nummer van de afdeling is nu 0528 ...":
# a department's or a desk's line.
_DEPARTMENT_LINE_BEFORE_RE = re.compile(
    r"\b(?:nummer|nr|lijn|telefoonnummer)[ ]+(?:op|van|bij)[ ]+(?:de|het|onze|jullie)[ ]+"
    r"(?:afdeling|team|balie|receptie|loket|kantoor)(?:[ ]+[a-z]+)?"
    r"(?:[ ]+(?:is|blijft|wordt))?(?:[ ]+nu)?[ ]*:?[ ]*$",
    re.I,
)
# Round 27: "Ik ben Sylvia van het Wmo-loket, bel gerust: 0522 ...": a writer who speaks from a
# desk gives its line (a landline; "mijn eigen nummer is 06 ..." is the writer's own).
_FROM_A_DESK_BEFORE_RE = re.compile(
    r"\b(?:van|bij)[ ]+(?:het|de|ons|onze)[ ]+[\w-]*(?:loket|servicedesk|klantcontactcentrum)\b"
    r"[^\d]{0,60}$",
    re.I,
)
# "Dierenasiel Meppel, 0522 ...": a kind of organisation and its place, right before the number.
# ("Dierenambulance Meppel was er, 0522 ...": a few lower-case words may say what it did)
# ("Buurtbemiddeling Meppel 06 ...?": or right before it, with no comma)
_BRANCH_BEFORE_RE = re.compile(
    r"(?<![\w-])([A-Z][a-zà-ÿ]{3,})[ ]+([A-Z][a-zà-ÿ]+)"
    r"(?:(?:[ ]+[a-z]+){0,3}[ ]*[,:]|[ ]*-|[ ]+(?:zit|zitten|is)[ ]+(?:bereikbaar[ ]+)?op)?[ ]*$"
)
# "bedrijfsnummer 0521 ...", "0522 ... is het winkelnummer": a number word whose first part is a
# place of business names that business's line.
_BUSINESS_LINE_BEFORE_RE = re.compile(
    r"\b([a-z]+?)s?(?:telefoon)?(?:nummer|nr)[ ]*(?:is|:)?[ ]*:?[ ]*$", re.I
)
_ASCII_BUSINESS_LINE_BEFORE_RE = ascii_twin(_BUSINESS_LINE_BEFORE_RE)  # (round speed49)
_BUSINESS_LINE_AFTER_RE = re.compile(
    r"[ ]*[,?!.]?[ ]*(?:(?:dat|dit)[ ]+)?(?:is|was)[ ]+(?:het|de|hun|zijn|haar)[ ]+"
    r"([a-z]+?)s?(?:telefoon)?nummer\b",
    re.I,
)


def _business_line(text: str, span: Span) -> bool:
    """Whether a compound number word of a place of business stands right before or after the
    number ("het bedrijfsnummer 0521 ...", "0522 ... is het winkelnummer toch?", "staat 0521 ...
    als bedrijfsnummer")."""
    line_before = _ASCII_BUSINESS_LINE_BEFORE_RE if text.isascii() else _BUSINESS_LINE_BEFORE_RE
    before = line_before.search(text, max(0, span.start - 40), span.start)
    after = _BUSINESS_LINE_AFTER_RE.match(text, span.end) or _AS_LINE_AFTER_RE.match(text, span.end)
    return any(m is not None and _line_of_a_body(m.group(1).lower()) for m in (before, after))


# "staat 0521 ... als bedrijfsnummer", "gaf 085 ... op als winkelnummer": given as a line
_AS_LINE_AFTER_RE = re.compile(
    r"(?:[ ]+(?:op|in|door))?[ ]+als[ ]+(?:het[ ]+|hun[ ]+)?([a-z]+?)s?(?:telefoon)?(?:nummer|nr)\b",
    re.I,
)


def _line_of_a_body(head: str) -> bool:
    """Whether the first part of a number word names a place of business or an activity,
    not a person's own line: "winkelnummer", "evenementennummer", "storingsnummer",
    "meldnummer"; not "mobielnummer", "privénummer", "werknummer", "telefoonnummer"."""
    if head in _PLACES_OF_BUSINESS:
        return True
    if len(head) < 4 or head in _PERSONAL_LINE_HEADS:
        return False
    dutch = lexicon.load().dutch_words
    return head in dutch or (head.endswith("en") and head[:-2] in dutch)


# "... staat op hun site", "staat op de website van de club": a number published by a body.
# Round 29: "0522 ... staat op de bus", "... stond op het bord": painted on a firm's van or sign.
_ON_A_SITE_RE = re.compile(
    r"[ ,]+(?:staat|stond|staan)[ ]+op[ ]+(?:hun|de|het|onze|zijn|z'n)[ ]+"
    r"(?:(?:web)?site|bus|busje|bestelbus|bedrijfsbus|bedrijfsauto|wagen|aanhanger|gevel|bord|"
    r"reclamebord|bouwbord|spandoek|folder|flyer|visitekaartje)\b",
    re.I,
)
_ONLY_PUNCTUATION_RE = re.compile(r"[ ]*[?:,–-]?[ ]*")


def _person_before(spans: Sequence[Span], start: int) -> bool:
    """Whether a person is named in the message before ``start`` (whose line it may be)."""
    return any(s.label == "PERSON" and s.end <= start for s in spans)


def _right_after_a_person(text: str, spans: Sequence[Span], start: int) -> bool:
    """Whether a person's name stands right before ``start``: only punctuation or a word
    naming the number between ("Mevrouw Bakker, 0521 ...", "Jansen tel. 0522 ...")."""
    return any(
        s.label == "PERSON"
        and s.end <= start
        and _BETWEEN_PERSON_AND_NUMBER_RE.fullmatch(text, s.end, start) is not None
        for s in spans
    )


# "Zijn nummer is 0522 ...": someone's own number, said right before it (review43: also with an
# adjective, "haar vaste nummer", and as "haar telefoon:").
_PERSONS_NUMBER_BEFORE_RE = re.compile(
    r"\b(?i:zijn|z'n|haar|d'r|hun|mijn|m'n)[ ]+(?:[a-z]+e[ ]+)?"
    r"(?i:tel(?:efoon)?(?:nummer|nr)?|nummer|nr|mobiel)\.?(?:[ ]+(?i:is))?[ ,:]*$"
)
_BETWEEN_PERSON_AND_NUMBER_RE = re.compile(
    r"[ ,:;(-]*(?:(?:tel(?:efoon)?(?:nummer|nr)?|nummer|nr|mob(?:iel)?|op|is)\.?[ ,:;(-]*){0,2}",
    re.I,
)


# "bel Taxi Brinkman wel op", "thuiszorg Noorderboog bel ik op": whom to call at the number.
_CALL_ON_RE = re.compile(
    r"(?:\bbel(?:len|t)?(?:[ ]+ik)?[ ]+(?P<who>(?:[A-Za-z][\w-]*[ ]+){0,2}[A-Z][\w-]*)"
    r"|(?P<before>(?:[A-Za-z][\w-]*[ ]+){0,2}[A-Z][\w-]*)[ ]+bel[ ]+ik)"
    r"(?:[ ]+(?:wel|even|straks|morgen|nog|zelf|dan))?[ ]+op[ ]*:?[ ]*$"
)
# "algemeen nr 088 ...", "algemeen nummer: 0522 ...", "hoofdnummer 0522 ...": no one's own line.
_GENERAL_NUMBER_BEFORE_RE = re.compile(
    r"\b(?:algeme(?:en|ne)|centrale|hoofd)[ ]?(?:tel(?:efoon)?)?(?:nummer|nr)\.?[ ]*"
    # Round 28: "het algemene nummer van facilitair, 0522 ...": the department's general line
    r"(?:van[ ]+(?:de[ ]+|het[ ]+)?[a-z-]+[ ]*(?:,[ ]*)?)?"
    # Round 27: "het algemene nummer blijft 0522 ...", "... wordt 0522 ..."
    r"(?:(?:is|blijft|wordt|was|werd)[ ]*)?:?[ ]*$",
    re.I,
)
# "nummer camping 0521 ...", "het nummer van de praktijk is 0522 ...": a place of business's.
_NUMBER_OF_PLACE_BEFORE_RE = re.compile(
    r"\b(?:nummer|nr|telefoonnummer)\.?[ ]+(?:van[ ]+)?(?:de[ ]+|het[ ]+)?([a-z]+)[ ]*(?:is[ ]*)?:?[ ]*$",
    re.I,
)
_PLACES_OF_BUSINESS = words("""camping praktijk school kantoor winkel garage hotel receptie balie
    kliniek apotheek bibliotheek zwembad sporthal huisartsenpraktijk tandarts dierenarts
    kinderopvang opvang bedrijf zaak restaurant werkplaats showroom werf kwekerij""")
# "0522 ... van de aannemer": the firm or trade whose landline it is, right after it.
_OF_A_FIRM_AFTER_RE = re.compile(r"[ ]*(?:,[ ]*)?van[ ]+(?:de|het|hun)[ ]+([a-z]+)\b", re.I)
# After "van de <trade>": a verb and its subject, or "nog niets", of a clause that goes on
# ("van de aannemer wil ze een offerte", "van de leverancier nog niets").
_CLAUSE_GOES_ON_RE = re.compile(
    r"[ ]+(?:[a-z]+[ ]+(?:ze|zij|hij|ik|we|wij|u|je|jij|men)\b|nog[ ]+(?:niets|niks|geen|niet)\b)"
)
_TRADES = words("""aannemer installateur elektricien hovenier stukadoor dakdekker loodgieter
    schilder glaszetter rioolservice woningcorporatie leverancier""")
# First parts of a number word that make it someone's own line (a verb of calling back or
# reaching: "terugbelnr", "belnummer", "appnummer").
# (Round 25: "Handynummer", "Mobilnummer": a German mobile's number.)
_PERSONAL_LINE_HEADS = words("""telefoon mobiel mobile prive privé eigen thuis huis werk direct
    handy mobil privat festnetz cell phone
    nood contact gsm vast vaste whatsapp sms doorkies persoonlijk nieuw nieuwe oud oude ander
    andere juiste goede zelfde vorig vorige extra tweede reserve terugbel bel app bereik""")
# The word right before a number that names the line ("de werkplaats 0523 ...", "algemeen 038").
# ("school tel 0522 ...", "kantoor nr: 0521 ...": the word for a number may follow it)
_LINE_NAMED_BEFORE_RE = re.compile(
    r"(?:^|[ (])([A-Za-z]+)(?:[ ]+(?:tel|telnr|nr|nummer|telefoon)\.?)?[ ]*:?[ ]*$"
)
_GENERAL_WORDS = words("algemeen algemene centrale hoofdnummer")
# Round 24: "de kapsalon is 0521 ...", "Bakkerij Stoker algemeen is 0522 ...", "het buurthuis
# zelf is 0522 ...": a place of business, or a body set apart by "zelf"/"algemeen", is the line;
# "0522 ... is mijn vaste lijn op het gemeentehuis": a line at an office.
_LINE_IS_BEFORE_RE = re.compile(r"(?:^|[ (])([A-Za-z]+)[ ]+(?:(zelf|algemeen)[ ]+)?is[ ]*:?[ ]*$")
_NOT_BODIES = words("ik jij je hij zij ze wij we u die dat dit deze het nummer telefoonnummer nr")
_LINE_AT_OFFICE_AFTER_RE = re.compile(
    r"[ ]+is[ ]+(?:mijn|m'n|onze|ons|de|het)[ ]+(?:vaste[ ]+|directe[ ]+)?(?:lijn|nummer|toestel)"
    r"[ ]+(?:op|van|bij|in)[ ]+(?:het|de)[ ]+(?:stadskantoor|gemeentehuis|stadhuis|kantoor|balie)\b",
    re.I,
)


# Round 39: "0522 ... op de opvang zelf": the line at a place of business, set apart by "zelf".
_AT_PLACE_ITSELF_AFTER_RE = re.compile(
    r"[ ]+(?:op|van|bij|in|aan)[ ]+(?:de|het|onze|ons|hun)[ ]+([a-z]+)[ ]+zelf\b", re.I
)


def _line_is_of_a_place(text: str, span: Span, lex: Lexicon) -> bool:
    if _LINE_AT_OFFICE_AFTER_RE.match(text, span.end) is not None:
        return True
    itself = _AT_PLACE_ITSELF_AFTER_RE.match(text, span.end)
    if itself is not None and (
        (word := itself.group(1).lower()) in _PLACES_OF_BUSINESS or is_firm_word(word)
    ):
        return True
    match = _LINE_IS_BEFORE_RE.search(text, max(0, span.start - 40), span.start)
    if match is None:
        return False
    word, apart = match.group(1).lower(), match.group(2)
    if word in _PLACES_OF_BUSINESS or is_firm_word(word):
        return True
    if word == "algemeen":
        return True  # Round 29: "direct nummer van Drenth. algemeen is 0592 ...": no one's line
    if apart is None or word in _NOT_BODIES:
        return False
    if apart.lower() == "algemeen":
        return True
    # Round 47: "Bakkerij Smit zelf is 0522 ...": a firm named by its trade and a name, itself
    firm = _WORD_BEFORE_NAME_RE.search(text, max(0, match.start(1) - 24), match.start(1))
    if firm is not None and is_firm_word(firm.group(1).lower()):
        return True
    return word in lex.dutch_words and word not in lex.first_names


_WORD_BEFORE_NAME_RE = re.compile(r"(?:^|[ (])([A-Z][a-z]+)[ ]+$")


# A service's line: "tolkentelefoon", "hulplijn", "informatielijn", "servicetelefoon".
_LINE_ENDS = ("lijn", "tolkentelefoon", "servicetelefoon", "infotelefoon")
_OWN_LINES = words("lijn vastelijn telefoonlijn")
# "0522 ...? of is dat niet ons nummer": the number asked about as our own.
# A firm's name opened by a word firms are named with, right before a number.
# Round 42: "0521 ... is haar directe nummer", "(zijn eigen lijn)": said to be a person's line
_PERSONS_LINE_AFTER_RE = re.compile(
    r"[ ,(]*(?:is[ ]+|dat[ ]+is[ ]+)?(?:zijn|haar|z'n|d'r)[ ]+(?:directe?|eigen|persoonlijke?|"
    r"vaste|mobiele?)[ ]+(?:lijn|nummer|telefoonnummer|nr)\b",
    re.I,
)
_PRIVATE_LINE_AFTER_RE = re.compile(
    r"\b(?i:huis|thuis|privé|prive|woning|woont|cliënt|client|eigen[ ]+nummer)\b"
)


def _owners_full_name(before: str, lex: Lexicon) -> bool:
    """Whether the words before a firm's kind (up to a sentence's or a list's break) open with a
    first name and go on with a surname, its particles included."""
    parts = re.split(r"[.!?:;,()\n]", before)[-1].split()
    return len(parts) >= 2 and parts[0].lower() in lex.first_names and parts[-1][:1].isupper()


_FIRM_KIND_LAST_BEFORE_RE = re.compile(
    r"(?<![\w-])[A-Z][\w'-]*(?:[ ]+[A-Z][\w'-]*){0,2}[ ]+([A-Z][a-zà-ÿ]{3,})[ ]*[?:,]?[ ]*$"
)
_FIRM_NAMED_BEFORE_RE = re.compile(
    r"(?<![\w-])([A-Z][a-zà-ÿ]{3,})(?:[ ]+(?:[A-Z][\w'&.-]*|van|de|der|den|het|'t|en|&)){1,4}"
    # "Natuursteen Kremer belde vanaf 0522 ...", "Steenhouwerij Bos heeft gebeld van 0521 ..."
    r"(?:[ ]+(?:belde|belt|heeft[ ]+gebeld|had[ ]+gebeld)[ ]+(?:vanaf|van|met|via|op))?"
    # Round 26: "Tandartspraktijk De Kies, call 0522 ...", "Garage Mulder, bel 0521 ...": the
    # firm to call at the number
    r"(?:[ ]*,?[ ]+(?:call|phone|bel|bellen)(?:[ ]+(?:at|op|naar))?)?"
    r"[ ]*[,:]?[ ]*$"
)
# "0522 ... (receptie)", "0528 ... is hun receptie": the desk that answers an organisation's line.
_DESK_AFTER_RE = re.compile(
    r"[ ]*(?:\([ ]*|[,.]?[ ]*(?:dat[ ]+)?is[ ]+(?:hun|de|het|onze|jullie|zijn|haar)[ ]+)"
    # Round 28: "0522 ... is het algemene Wmo-loket": a general desk, its name hyphenated
    r"(?:(?:algemene|centrale)[ ]+(?=[\w-]*(?:kantoor|loket|balie|secretariaat)\b))?"
    r"(?:receptie|balie|centrale|servicedesk|helpdesk|klantenservice|hoofdnummer|secretariaat|"
    r"administratie|ledenadministratie|"
    r"algemene[ ]+nummer|algemeen[ ]+nummer|gemeente|gemeentehuis|stadhuis|"
    # Round 46: "0522 ... (algemeen nr wdod)": the general line, abbreviated
    r"(?:algemeen|algemene)[ ]+nr\b|"
    # Round 27: "0522 ..., dat is de algemene lijn", "... is het kerkkantoor": a general line,
    # or a compound of an office or desk
    r"algemene[ ]+lijn|centrale[ ]+lijn|hoofdlijn|[a-z-]+(?:kantoor|loket|balie|secretariaat))\b",
    re.I,
)
# "0522 ... en dan vragen naar markten", "..., vraag naar de afdeling vergunningen": a
# switchboard that puts the caller through to a department.
_ASK_FOR_DESK_RE = re.compile(
    r"[ ]*(?:,[ ]*)?(?:en[ ]+)?(?:dan[ ]+)?(?:vragen|vraag|vraagt)[ ]+naar[ ]+"
    r"(?:de[ ]+|het[ ]+)?(?:afdeling[ ]+|team[ ]+)?([a-z]+)\b"
)
_OUR_NUMBER_AFTER_RE = re.compile(
    r"[ ]*(?:[?.!,][ ]*)?(?:of[ ]+)?is[ ]+dat[ ]+(?:niet[ ]+)?(?:ons|onze)[ ]+(?:eigen[ ]+)?nummer\b"
    # "bellen met 0522 ..., wij zijn er van 8.30 tot 17.00": the opening hours of who answers
    r"|[ ]*(?:[,;(-][ ]*)?(?:wij|we)[ ]+(?:zijn|zitten)[ ]+(?:er|bereikbaar|open|te[ ]+bereiken|"
    r"telefonisch[ ]+bereikbaar)\b"
    # "0522 ... kantoor", "0521 ... (receptie)": the line of a place of business, named after it
    r"|[ ]*(?:[,(-][ ]*)?(?:(?:de|het|hun|onze)[ ]+)?(?:kantoor|receptie|balie|centrale|hoofdkantoor|"
    r"klantenservice|servicedesk|helpdesk|meldkamer|storingsdienst)\b"
    # "0522 ... en dan keuze 9", "0528 ... en toets 2": a menu answers, no person
    r"|[ ]*(?:,[ ]*)?(?:en[ ]+)?(?:dan[ ]+)?(?:keuze|toets|optie)[ ]+\d\b"
    # Round 39: "0522 ..., dat is het team inburgering": a team's or a desk's line, said so
    r"|[ ]*(?:[,(-][ ]*)?(?:dat|dit)[ ]+is[ ]+(?:het|de|ons|onze)[ ]+(?:team|afdeling|loket|balie|"
    r"receptie|kantoor|servicedesk|helpdesk|klantenservice|secretariaat)\b",
    re.I,
)
# "Rova bellen? 038 ...", "Vitens bellen: 058 ...": whom to call, right before the number.
# ("Vitens bellen? die zitten op 058 ...": where they are reached)
_CALL_BEFORE_RE = re.compile(
    r"[ ]+(?:bellen|bel)[ ]*[?:]?[ ]*(?:(?:die|ze|zij)[ ]+(?:zit|zitten)[ ]+op[ ]*)?$", re.I
)
# An organisation named in a message: an acronym (not the data's own: BSN, IBAN), a body's word,
# or a department after an article.
_BODY_BEFORE_RE = re.compile(
    r"\b(?!BSN\b|IBAN\b|KVK\b|OK\b|NL\b)[A-Z]{2,6}\b"
    r"|\b[A-Za-z]*(?:dienst|regio|centrum|bedrijf|kantoor|corporatie|organisatie|instelling|"
    r"stichting|politie|brandweer|ziekenhuis|verzekeraar|maatschappij)\b"
    r"|\b(?:de|het)[ ]+(?:planning|afdeling|receptie|servicedesk|helpdesk|klantenservice|"
    r"centrale|balie|storingsdienst|meldkamer)\b"
    # "tolk via Tolkcontact 088 ...": a service named as the contact point for something
    r"|\b[A-Z][a-z]{2,}contact\b"
)
# A capitalised word before a capitalised name: "Taxi Nijland", "Rioolservice Noord" (a firm
# when the word is a firm's).
_FIRM_OPENER_RE = re.compile(r"(?<![\w-])([A-Z][a-zà-ÿ]{2,})(?=[ ]+[A-Z])")
_BANKS = frozenset({"rabobank", "ing", "abn amro", "triodos", "asn", "sns", "knab", "bunq", "bng"})
# Round 37: "penningmeester is Gerard Bos. hun rekening NL..": where the message names the
# treasurer, "their" account (or "the" account, stated: "de rekening is NL..") is the club's or
# the body's he keeps it for. (Review rev3a: not the account money goes to, "op de rekening NL..",
# which is anyone's, the writer's own too.)
_TREASURERS_BODY_ACCOUNT_BEFORE_RE = re.compile(
    r"\bpenningmeester\b[^\n]{0,80}?"
    r"(?:\b(?:hun|jullie)[ ]+(?:rekening|rekeningnummer|bankrekening|bankrekeningnummer|iban)"
    r"(?:[ ]+is)?|(?<!\bop[ ])(?<!\bnaar[ ])\b(?:de|het)[ ]+"
    r"(?:rekening|rekeningnummer|bankrekening|bankrekeningnummer|iban)(?:[ ]+is|[ ]*:))"
    r"[ ]*(?::[ ]*)?$",
    re.I,
)
# Bodies that are never one person (a firm or practice may be a sole trader's: "het bedrijf
# heeft NL.." of a partnership is the farmer's own account).
_BODY_KINDS = (
    "vereniging|stichting|club|kerk|parochie|school|coöperatie|cooperatie|fanfare|harmonie|koor|"
    "bond|fonds|vve"
)
# "Rekening van de vereniging is NL..", "het IBAN van onze stichting: NL..": a body's account.
_BODYS_ACCOUNT_BEFORE_RE = re.compile(
    # ("die van de vereniging is NL..": the one, the account, of the body)
    r"\b(?:rekening|rekeningnummer|bankrekening|bankrekeningnummer|iban|banknummer|die|dat)[ ]+"
    # (Round 36: "rekening van stichting: NL..", the article left out as in notes)
    r"van[ ]+(?:(?:de|het|onze|jullie|hun|die|deze)[ ]+)?(?:\w+)?(?:vereniging|stichting|club|kerk|parochie|"
    r"school|coöperatie|cooperatie|fanfare|harmonie|koor|bond|raad|commissie|school|gemeente|"
    r"organisatie|fonds|vve|bv|zaak|winkel|firma|bedrijf|kantoor|praktijk|"
    # Round 42: "de rekening van de soos", "van het buurthuis": a club's or a house's account
    r"soos|sociëteit|societeit|buurthuis|dorpshuis|clubhuis|kantine|ijsvereniging)"
    r"[^.!?\n]{0,30}$"
    # "stichting IBAN NL..", "vereniging rekeningnummer: NL..": the body's own account
    r"|\b(?:vereniging|stichting|club|kerk|parochie|school|coöperatie|cooperatie|fanfare|"
    r"harmonie|koor|fonds|vve|bv|firma|bedrijf|praktijk)[ ]+(?:iban|rekening|rekeningnummer|"
    r"bankrekening|bankrekeningnummer|banknummer|rek\.?(?:nr\.?)?)[ ]*(?:is)?[ ]*:?[ ]*$"
    # "de stichting heeft NL..", "moet van de vereniging komen: NL..": a body by its kind owns
    # or pays from the account named next (not "... op haar eigen rekening")
    r"|\b(?:de|het|onze|jullie|hun|die|deze)[ ]+(?:\w+)?(?:" + _BODY_KINDS + r")[ ]+"
    r"(?:heeft|had|gebruikt|hanteert)[ ]*:?[ ]*$"
    # "de vereniging betaalt van NL..", "Stichting Reestdal betaalt de leges vanaf NL..": a body
    # paying from the account
    r"|(?:\b(?:de|het|onze|jullie|hun|die|deze)[ ]+(?:\w+)?(?:" + _BODY_KINDS + r")"
    r"|(?-i:\b(?:Stichting|Vereniging|Coöperatie|Cooperatie)(?:[ ]+[A-Z][\w'-]*){1,3}))"
    # (Round 43: "de vereniging rekent via NL..", "de club rekent af via ...": charging too)
    r"[ ]+(?:betaalt|betaalde|betalen|betaalden|stort|stortte|maakt[ ]+over|rekent|rekende|"
    r"rekenen|int|incasseert|ontvangt)"
    r"(?:[ ]+(?!(?:haar|zijn|z'n|eigen|priv[eé])\b)[^\W\d_]+){0,3}[ ]+(?:van|vanaf|via|uit)[ ]*:?[ ]*$"
    r"|\bvan[ ]+(?:de|het|onze|jullie|hun)[ ]+(?:\w+)?(?:" + _BODY_KINDS + r")\b"
    r"(?:[ ]+(?!(?:haar|zijn|z'n|hun|eigen|priv[eé])\b)\w+){0,2}[ ]*:[ ]*$"
    # "op naam van Pruim Bewindvoering BV: NL..", "van Bakkerij Smit BV, NL..": a company by its
    # legal form, right before
    r"|(?-i:\b(?:BV|B\.V\.|NV|N\.V\.|VOF|V\.O\.F\.))[ ]*[:,]?[ ]*$"
    # "een derdengeldrekening van de notaris: NL..": an account held for clients by a notary,
    # lawyer or administrator is that office's
    r"|\b(?:derdengeld(?:en)?rekening|kwaliteitsrekening|stichting[ ]+derdengelden)\b[^.!?\n]{0,40}$"
    # "IBAN budgetbeheer NL..", "rekening budgetbeheer: NL..": the account of the service that
    # pays a client's bills (a "beheerrekening" in the client's name stays theirs)
    r"|\b(?:(?:iban|rekening|rekeningnummer)[ ]+budgetbeheer|budgetbeheerrekening)[ ]*:?[ ]*$"
    # Round 27: "naar de rekening van Volkstuinvereniging Het Reestdal, NL..": a body named by a
    # compound of its kind, no article
    r"|\b(?:rekening|rekeningnummer|bankrekening|iban)[ ]+van[ ]+\w+(?:" + _BODY_KINDS + r")\b"
    r"[^.!?\n]{0,30}$",
    re.I,
)
_ASCII_BODYS_ACCOUNT_BEFORE_RE = ascii_twin(_BODYS_ACCOUNT_BEFORE_RE)  # (round speed49)
# Round 45: "hun rekening volgens kvk is NL..", "IBAN uit het handelsregister: NL..": an account
# the trade register lists is a registered business's (even "hun" one).
_REGISTERED_ACCOUNT_BEFORE_RE = re.compile(
    r"\b(?:volgens|uit|in|bij)[ ]+(?:de[ ]+|het[ ]+)?(?:kvk|kamer[ ]+van[ ]+koophandel|"
    r"handelsregister)\b[^.!?\n]{0,20}$",
    re.I,
)
# Round 27: "NL.., hun zakelijke rekening", "NL.. (de zakelijke rekening)": a firm's account.
_BUSINESS_ACCOUNT_AFTER_RE = re.compile(
    r"[ ]*[,(-]?[ ]*(?:(?:dat[ ]+)?is[ ]+)?(?:hun|de|onze|jullie)[ ]+zakelijke[ ]+rekening\b",
    re.I,
)
# "NL.. van <organisation>", "NL.. t.n.v. <organisation>".
_ACCOUNT_OF_RE = re.compile(r"[ ]*,?[ ]+(?:van|t\.?[ ]?n\.?[ ]?v\.?|ten name van)[ ]+", re.I)
# "NL.. op naam van Buurtvereniging De Es", "NL.. t.n.v. Stichting Vrienden van ...": an account
# in the name of a body named by its kind (a word ending in it).
_IN_A_BODYS_NAME_RE = re.compile(
    r"[ ]*,?[ ]+(?:op[ ]+naam[ ]+van|t\.?[ ]?n\.?[ ]?v\.?|ten[ ]+name[ ]+van)[ ]+(?:de[ ]+|het[ ]+)?"
    r"[A-Za-zÀ-ÿ]*(?:" + _BODY_KINDS + r")\b",
    re.I,
)
# "haar iban voor de budgetbeheerrekening NL..": the person's own account, said so first.
# Round 39: "Factuur naar de vereniging, hun rekening NL..": "their" account right after a body
# that is never one person.
_BODYS_THEIR_ACCOUNT_BEFORE_RE = re.compile(
    r"\b(?:de|het|die|deze|onze|jullie)[ ]+\w*(?:vereniging|stichting|club|kerk|parochie|"
    r"coöperatie|cooperatie|fanfare|harmonie|koor|bond|vve)\b[^.!?\n]{0,40}?\b(?:hun|jullie)[ ]+"
    r"(?:rekening|rekeningnummer|bankrekening|bankrekeningnummer|iban)(?:[ ]+is)?[ ]*:?[ ]*$",
    re.I,
)
_OWN_ACCOUNT_BEFORE_RE = re.compile(
    r"\b(?:haar|zijn|z'n|mijn|m'n|hun|d'r)[ ]+(?:eigen[ ]+)?(?:iban|rekening|rekeningnummer|"
    r"bankrekening|bankrekeningnummer)\b[^.!?\n]{0,40}$",
    re.I,
)


# Round 24: "de stichtingsrekening ... die is NL..", "NL.. van de BV": an account word compounded
# with a body's kind shortly before the account (no one's own named between), or the body by
# its kind or legal form right after it.
_BODY_ACCOUNT_WORD_RE = re.compile(
    # (not a firm's: "mijn zakelijke rekening" is a sole trader's, personal data)
    r"\b(?:stichtings|verenigings|club|kerk|school)rekening(?:nummer)?\b",
    re.I,
)
_PERSONAL_ACCOUNT_WORDS_RE = re.compile(
    r"\b(?:haar|zijn|z'n|mijn|m'n|hun|d'r|eigen|priv[eé]\w*)\b", re.I
)
_BODY_AFTER_ACCOUNT_RE = re.compile(
    # (a BV's, not "van de zaak": a sole trader's account is personal data)
    r"[ ]+van[ ]+(?:de|het|die|deze)[ ]+(?:(?-i:BV|B\.V\.|NV|N\.V\.)|stichting|vereniging|club)\b",
    re.I,
)


def _body_account_named(text: str, span: Span) -> bool:
    if _BODY_AFTER_ACCOUNT_RE.match(text, span.end) is not None:
        return True
    if "rekening" not in text:
        return False
    words_ = list(_BODY_ACCOUNT_WORD_RE.finditer(text, max(0, span.start - 80), span.start))
    word = words_[-1] if words_ else None
    return (
        word is not None
        and _PERSONAL_ACCOUNT_WORDS_RE.search(text, max(0, word.start() - 12), span.start) is None
    )


# "8 juli 1963, Kolderveen 31": in a list of someone's data, capitalised words and a house
# number after a comma are where that person lives, whatever the street is called.
_HOME_IN_LIST_RE = re.compile(
    r",[ ]+((?:[A-Z][\w'-]+\.?[ ]){1,3}\d{1,4}(?:[ ]?[a-zA-Z](?![\w])|-\d{1,3}(?![\w]))?)"
    r"(?=[ ]*$|[ ]*[,.;!?)\n])"
)
_DATA_LABELS = frozenset({"DATE_OF_BIRTH", "PHONE", "BSN", "EMAIL", "IBAN"})


def _homes_in_data_lists(text: str, spans: list[Span]) -> list[Span]:
    """Addresses right after a birth date, phone number, BSN, e-mail or IBAN and a comma; the
    street words are a place, a street or no ordinary word ("Kamer 2" is a room)."""
    out = []
    lex = lexicon.load()
    for span in spans:
        if span.label in _DATA_LABELS:
            match = _HOME_IN_LIST_RE.match(text, span.end)
            if match is None:
                continue
            last = match.group(1).split()[-2].rstrip(".").lower()
            if last in lex.dutch_words and last not in lex.places and street_suffix(last) is None:
                continue
            out.append(Span(match.start(1), match.end(1), "ADDRESS"))
    data = [s for s in spans if s.label in _DATA_LABELS]
    if data:
        out += homes_before_data(text, data, lex)
    return out


# Round 29b: a message written in German ("Wir haben ein Ferienhaus in Meppel gekauft"). German
# writes its nouns with a capital, so a capitalised word there that no name list knows is a noun,
# not the unlisted surname it would be in Dutch. Words that are German and no Dutch word; three
# different ones make the message German.
_GERMAN_WORDS = words("""ich wir ihr ihre ihnen sie mein meine meinen unser unsere und nicht
    kein keine keinen noch nur auch dort mit für fur aus bei nach über uber ist sind bin
    habe haben hat hatte muss müssen können möchte wenn dann aber oder sehr schon jetzt heute
    bitte danke guten gute schönen schön vielen leider gerne gern wohnen zahlen gekauft geht
    gibt wohin warum welche welcher herr frau nein viel spaß spass einen einem eine ein meinem
    deinen seinen seine dem""")
# Round 32: German verbs and words no Dutch message holds ("Dort dürfen Sie ...", "Nein, Sie
# bezahlen beim Automaten").
_GERMAN_WORDS |= words("""dürfen darf können kann beim stehen geschehen höchstens
    bezahlen""")

# Round 30: an article or possessive before a capitalised word of a German message makes it a
# noun, even where a surname list knows the word ("für meinen Hund", "einen Garten").
_GERMAN_NOUN_MARKERS = words("""ein eine einen einem einer mein meine meinen meinem meiner dein
    deine deinen sein seine seinen unser unsere unseren kein keine keinen der den dem das des
    am im beim zum zur vom ins""")  # (round 33: "am Stouwe": a preposition and its article)


_CONTRACTED_ARTICLES = words("beim zum zur vom")


def _may_be_german(text: str) -> bool:
    """Cheap tests in C: a German message of three German words holds one of these."""
    return (
        " und " in text
        or "ich " in text
        or "Ich " in text
        or "nicht" in text
        or " wir " in text
        or "Wir " in text
        or " Sie " in text
        or "für" in text
        or "kein" in text
        or "Herr " in text
        or "Frau " in text
        or "darf" in text
        or "dürf" in text
        or "beim " in text
    )


# Round 32: "Schönen Aufenthalt", "Frohe Ostern", "Herzlichen Glückwunsch": a German wish, its
# adjective and its noun, is no name (the name after it stays: "Schönen Abend, Ingrid").
_GERMAN_WISHES = words("""schönen schöne schönes frohe frohes frohen guten gute gutes
    herzlichen herzliche""")


# Round 32: "on 27 June", "May 3": an English month that is also a first name (June, May,
# August, April), right after or before its day, is the date's month.
_ENGLISH_MONTHS = words("""january february march april may june july august september october
    november december""")
_DAY_BEFORE_MONTH_RE = re.compile(r"(?<!\d)(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th|e|ste|de)?[ ]$")
_DAY_AFTER_MONTH_RE = re.compile(
    r"[ ](?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?![\d:.]\d|\w)"
    r"(?![ ]?(?:uur|u\b|min|hours?|jaar|years?|am\b|pm\b|keer\b|maal\b|x\b|times\b))"
    # review42: "Met June 12 mei besproken": the day has its own month after it
    r"(?![ ](?:jan|feb|maa|mrt|apr|mei|jun|jul|aug|sep|okt|oct|nov|dec))",
    re.I,
)


def _without_months_by_days(text: str, persons: list[Span]) -> list[Span]:
    return [
        span
        for span in persons
        if not (
            span.label == "PERSON"
            and text[span.start : span.end].lower() in _ENGLISH_MONTHS
            and (
                (
                    (
                        before := _DAY_BEFORE_MONTH_RE.search(
                            text, max(0, span.start - 6), span.start
                        )
                    )
                    # (review43: a time or a count, "om 11 June", "met z'n 3 June en haar broer")
                    and _TIME_OR_COUNT_BEFORE_RE.search(text, 0, before.start()) is None
                )
                or _day_after_month(text, span.end)
            )
        )
    ]


_TIME_OR_COUNT_BEFORE_RE = re.compile(r"\b(?i:om|z'n|zijn)[ ]$")


def _day_after_month(text: str, end: int) -> bool:
    """Whether a day follows the month ending at ``end`` (review43: a number that counts the
    noun after it is no day: "ik heb June 3 weken niet gezien", "June 4 kinderen in huis")."""
    return _DAY_AFTER_MONTH_RE.match(text, end) is not None and not lexicon.counts_a_noun(text, end)


# Round 32: "Ben op den Kamp", "Op ten Noort": "op den" and "op ten" before a capitalised word
# are a surname's particles (modern Dutch says "op de"; "op den duur" takes no capital).
_OP_DEN_BEFORE_RE = re.compile(r"(?:^|(?<=[ (]))[Oo]p[ ]t[ea]n[ ]$|(?:^|(?<=[ (]))[Oo]p[ ]den[ ]$")
_FIRST_NAME_BEFORE_RE = re.compile(r"([A-Z][a-zà-ÿ]+)[ ]$")


def _with_op_den_particles(text: str, persons: list[Span], lex: Lexicon) -> list[Span]:
    """The surname after "op den" with its particles, and the first name right before them."""
    out: list[Span] = []
    for span in persons:
        particles = None
        if span.label == "PERSON" and text[span.start : span.start + 1].isupper():
            particles = _OP_DEN_BEFORE_RE.search(text, max(0, span.start - 8), span.start)
        if particles is None:
            out.append(span)
            continue
        start = particles.start()
        first = _FIRST_NAME_BEFORE_RE.search(text, max(0, start - 24), start)
        if first is not None and first.group(1).lower() in lex.first_names:
            start = first.start()
        # the first name found alone before is now part of the full name
        out = [s for s in out if not (s.label == "PERSON" and start <= s.start < span.start)]
        out.append(Span(start, span.end, "PERSON"))
    return out


# Round 44: "Boersma? check ik", "Hoekstra?": one capitalised word asked about, opening the
# message.
_SURNAME_ASKED_RE = re.compile(r"[ ]*([A-Z][a-z]{3,}(?:-[A-Z][a-z]{2,})?)[ ]*\?")


def _with_surnames_asked(text: str, persons: list[Span], lex: Lexicon) -> list[Span]:
    """A listed surname asked about on its own at the message's opening is a person: no first
    name, place, word of the language or listed not-name."""
    asked = _SURNAME_ASKED_RE.match(text)
    if asked is None or any(s.start < asked.end(1) and asked.start(1) < s.end for s in persons):
        return persons
    halves = asked.group(1).lower().split("-")
    if all(
        low in lex.common_surnames
        and low not in lex.first_names
        and low not in lex.places
        and low not in lex.dutch_words
        and low not in lex.not_names
        and low not in lex.frequent_words
        for low in halves
    ):
        return [*persons, Span(asked.start(1), asked.end(1), "PERSON")]
    return persons


# Round 44: "dochter Mei Chen", "zus Juni Bakker": a month's name, capitalised (Dutch writes its
# months in lower case), right before a listed surname, is that person's first name.
_MONTH_AND_SURNAME_RE = re.compile(
    r"(?<![\w-])(?:April|Mei|Juni|Juli|Augustus)[ ]([A-Z][a-zà-ÿ'-]{2,})(?![\w-])"
)
_DIGIT_BEFORE_RE = re.compile(r"\d[ ]*$")


def _with_month_first_names(text: str, persons: list[Span], lex: Lexicon) -> list[Span]:
    """A capitalised month and a listed surname after it, no day before the month ("op 12 Mei
    Bakker gebeld" is a date), are a person's full name."""
    out = list(persons)
    for m in _MONTH_AND_SURNAME_RE.finditer(text):
        low = m.group(1).lower()
        if (
            low in lex.common_surnames or (low in lex.surnames and low not in lex.dutch_words)
        ) and _DIGIT_BEFORE_RE.search(text, max(0, m.start() - 4), m.start()) is None:
            out = [s for s in out if not (s.label == "PERSON" and m.start() <= s.start < m.end())]
            out.append(Span(m.start(), m.end(), "PERSON"))
    return out


# Round 33: "T. W. Mehari", "A. B. C. de Vries": capital initials each with a stop and a space
# before a name that opens with one of them belong to it.
_SPACED_INITIALS_BEFORE_RE = re.compile(r"(?<![\w.])(?:[A-Z]\.[ ]){1,3}$")
_INITIAL_OPENING_RE = re.compile(r"[A-Z]\.[ ]")


# Round 39: "t.n.v. W F de Koning", "dhr J H Bos": initials without their dots, after an account
# holder's cue or a title, before a name found.
_UNDOTTED_INITIALS_BEFORE_RE = re.compile(
    r"(?i:\bt\.?[ ]?n\.?[ ]?v\.?|\b(?:ten|op)[ ]naam[ ]van|\bdhr\.?|\bmevr\.?|\bmw\.?|\bnaam:?)[ ]+"
    r"((?:[A-Z][ ]){1,3})$"
)


# Round 45: "mijn vriendin, Hoop Adebayo", "aanvraag van Geluk Mensah": a word of the language
# capitalised in mid-sentence (after a lower-case word or a comma) before a surname (one no word
# of the language, or no word, place, first name or street at all) is a first name.
_ROLE_WORDS_BEFORE_NAMES = words("""is heet namens vriend vriendin zus broer zoon dochter
    moeder vader man vrouw partner buurman buurvrouw collega aanvrager melder bewoner cliënt
    client huurder eigenaar""")
# (A gate, read as found or not: "[a-z,] [A-Z]..." written to open with its space, which the
# regex engine skips to in C instead of trying the pattern at every letter; round speed48.)
_WORD_AND_SURNAME_GATE_RE = re.compile(r"[ ](?<=[a-z,][ ])[A-Z][a-z]{2,}[ ][A-Z][a-zà-ÿ]{3,}")
# (Round speed48: the first letter before the look-behind that guards it, as _BSN_RE: the
# regex engine skips in C to the letters it can open with instead of trying every character.)
_WORD_AND_SURNAME_RE = re.compile(
    r"([A-Z](?<=[a-z,] [A-Z])[a-z]{2,}) ([A-Z][a-zà-ÿ]{3,})(?![\w'-]|\.\w)"
)


_PERSON_CUE_BEFORE_RE = re.compile(r"([^\W\d_]+),?[ ]$")
_ASCII_PERSON_CUE_BEFORE_RE = ascii_twin(_PERSON_CUE_BEFORE_RE)  # (round speed49)
# Words a person's name follows: a relation, a role, "van" (an application's), "is" (who it is).
_WORD_NAME_CUES = PERSON_CUE_WORDS | _ROLE_WORDS_BEFORE_NAMES


def _with_word_first_names(
    text: str, persons: list[Span], spans: Sequence[Span], lex: Lexicon
) -> list[Span]:
    """Round 45: a capitalised word of the language, then a surname, as one person."""
    cue_before = _ASCII_PERSON_CUE_BEFORE_RE if text.isascii() else _PERSON_CUE_BEFORE_RE
    for m in _WORD_AND_SURNAME_RE.finditer(text):
        cue = cue_before.search(text, max(0, m.start() - 24), m.start())
        if cue is None or cue.group(1).lower() not in _WORD_NAME_CUES:
            continue
        if not (
            _word_as_first_name(m.group(1).lower(), lex) and _plain_surname(m.group(2).lower(), lex)
        ):
            continue
        if _CAPITALISED_AFTER_RE.match(text, m.end()) is not None:
            continue  # "Terra Nostra Boomverzorging": a longer proper noun
        # (the surname alone may be found already: the whole name takes its place)
        others = [s for s in persons if (s.start, s.end) != (m.start(2), m.end(2))]
        if any(s.start < m.end() and m.start() < s.end for s in (*others, *spans)):
            continue
        persons = [*others, Span(m.start(1), m.end(2), "PERSON")]
    return persons


# Round 45: "jij 24e, ik 25e, mol 26e?": a roster, each turn a pronoun or a name before what it
# gets; a lower-case listed name among pronouns so listed is a person.
# (A gate, read as found or not: "\b(?:ik|jij|hij|zij)[ ]+\S+[ ]*," written to open with the space
# after the pronoun, which the regex engine skips to in C; round speed48.)
_ROSTER_GATE_RE = re.compile(r"[ ](?:(?<=\bik[ ])|(?<=\b[jhz]ij[ ]))[ ]*\S+[ ]*,")
_ROSTER_ITEM_RE = re.compile(
    r"(?:^|[:,;][ ]*|[ ]en[ ]+)([a-z]{2,})[ ]+(\S+?)(?=[ ]*(?:[,;?!.]|$|[ ]en[ ]))"
)
_ROSTER_PRONOUNS = words("ik jij je hij zij ze wij we")


def _with_names_in_rosters(
    text: str, persons: list[Span], spans: Sequence[Span], lex: Lexicon
) -> list[Span]:
    """Round 45: a listed name (no frequent word) among a roster's pronouns, as a person."""
    items = list(_ROSTER_ITEM_RE.finditer(text))
    pronouns = [m for m in items if m.group(1) in _ROSTER_PRONOUNS]
    if len(pronouns) < 2:
        return persons
    shapes = {_item_shape(m.group(2)) for m in pronouns}
    more = [
        Span(m.start(1), m.end(1), "PERSON")
        for m in items
        if m.group(1) not in _ROSTER_PRONOUNS
        and _item_shape(m.group(2)) in shapes
        and (m.group(1) in lex.first_names or m.group(1) in lex.surnames)
        and m.group(1) not in lex.frequent_words
        and not any(s.start < m.end(1) and m.start(1) < s.end for s in (*persons, *spans))
    ]
    return [*persons, *more] if more else persons


def _item_shape(value: str) -> str:
    """What a roster gives each: a digit's shape ("24e" -> "9e"), or the word itself."""
    return re.sub(r"\d+", "9", value.lower())


# Round 45: "job kok? die zit toch ...": a listed first name and a listed surname in lower case,
# asked about at the message's opening.
_LOWER_NAME_ASKED_RE = re.compile(r"[ ]*([a-z]{2,})[ ]+([a-z]{2,})[ ]*\?")


def _with_lower_names_asked(text: str, persons: list[Span], lex: Lexicon) -> list[Span]:
    """Round 45: a lower-case first name and surname asked about, as a person."""
    m = _LOWER_NAME_ASKED_RE.match(text)
    if (
        m is None
        or m.group(1) not in lex.first_names
        or m.group(1) in _ROSTER_PRONOUNS
        or m.group(2) not in lex.surnames
        or m.group(2) in lex.frequent_words
        or any(s.start < m.end(2) and m.start(1) < s.end for s in persons)
    ):
        return persons
    return [*persons, Span(m.start(1), m.end(2), "PERSON")]


# Round 45: "overleden, Willemina Bakker-Hofman, geb ...": a capitalised word no list knows
# (no word, place or firm's word) before two listed surnames joined by a hyphen (a married
# woman's name) is her first name.
_DOUBLE_SURNAME_RE = re.compile(  # (its first letter before its look-behind: round speed48)
    r"([A-Z](?<![\w-][A-Z])[a-zà-ÿ]{2,}) ([A-Z][a-zà-ÿ]{2,})-([A-Z][a-zà-ÿ]{2,})(?![\w-])"
)


def _with_names_of_double_surnames(
    text: str, persons: list[Span], spans: Sequence[Span], lex: Lexicon
) -> list[Span]:
    """Round 45: an unlisted first name before a listed double surname, as one person."""
    for m in _DOUBLE_SURNAME_RE.finditer(text):
        first = m.group(1).lower()
        if (
            first in lex.dutch_words
            or first in lex.places
            or first in TITLES
            or is_firm_word(first)
            or m.group(2).lower() not in lex.surnames
            or m.group(3).lower() not in lex.surnames
        ):
            continue
        others = [s for s in persons if not (m.start() <= s.start and s.end <= m.end())]
        if any(s.start < m.end() and m.start() < s.end for s in (*others, *spans)):
            continue
        persons = [*others, Span(m.start(), m.end(), "PERSON")]
    return persons


def _word_as_first_name(low: str, lex: Lexicon) -> bool:
    """A word of the language that may be a first name: no title, article, firm or place word."""
    return (
        low in lex.dutch_words
        and len(low) <= 7  # (a name is short: "Natuurstenen Bosman" is a firm)
        and low not in TITLES
        and low not in PARTICLES
        and low not in lex.places
        and low not in lex.not_names
        and street_suffix(low) is None
        and not is_firm_word(low)
        and not is_compound(low)  # ("Hekwerk Hoekstra": a firm by its trade)
    )


def _plain_surname(low: str, lex: Lexicon) -> bool:
    """A listed surname no word, or a word no list knows (no place, street or firm word)."""
    if low in lex.dutch_words or low in lex.places or low in lex.first_names:
        return False
    if street_suffix(low) is not None or is_firm_word(low):
        return False
    return low in lex.surnames or (low.isascii() and low not in lex.frequent_words)


# Round 43: "installateur Stannah, ...", "leverancier Welzorg": one capitalised word right after
# a trade that no name list knows names the firm in that trade (a surname there stays as
# before: "schilder Jansen").
_FIRM_TRADES_BEFORE = words("""installateur installateurs leverancier leveranciers aannemer
    aannemers fabrikant producent importeur dealer""")
_TRADE_BEFORE_RE = re.compile(r"\b([a-z]+)[ ]+(?:is[ ]+)?$")


def _unknown_capitalised_word(value: str, lex: Lexicon, known: frozenset[str]) -> bool:
    """One capitalised word that no first-name or surname list knows and the chat does not know
    as a person: what round 43's firm and system rules may take away from the persons."""
    low = value.lower()
    return (
        " " not in value
        and value[:1].isupper()
        and low not in lex.first_names
        and low not in lex.surnames
        and low not in known
    )


def _without_brands_after_trades(
    text: str, persons: list[Span], lex: Lexicon, known: frozenset[str] = frozenset()
) -> list[Span]:
    """Round 43: the firm's name right after its trade, no person."""
    out = []
    for s in persons:
        if (
            _unknown_capitalised_word(text[s.start : s.end], lex, known)
            and (m := _TRADE_BEFORE_RE.search(text, max(0, s.start - 24), s.start)) is not None
            and m.group(1) in _FIRM_TRADES_BEFORE
        ):
            continue
        out.append(s)
    return out


# Round 43: "mijn Citrix doet het niet", "onze Topdesk hangt weer": one capitalised word no name
# list knows after a possessive, before what a system or device does when it fails, is that
# system ("mijn Jan doet het niet meer" stays a person: a first name).
# Round speed47: the gate's words are also tested as plain substrings, by str in C, before its
# search (whose leading \b gives the regex engine nothing to skip ahead with).
_FAILING_PARTS = ("doet het", "werkt", "start", "opent", "hangt", "crasht", "kapot", "vastgelopen")
_FAILING_PARTS += ("loopt vast", "laadt")
_FAILING_GATE_RE = re.compile(
    r"\b(?:" + "|".join(p.replace(" ", "[ ]") for p in _FAILING_PARTS) + r")\b"
)


def _may_name_a_failing_system(text: str) -> bool:
    """``_FAILING_GATE_RE.search(text) is not None``, most texts answered by substring tests."""
    return holds_any(text, _FAILING_PARTS) and _FAILING_GATE_RE.search(text) is not None


_POSSESSIVE_BEFORE_RE = re.compile(r"\b(?i:mijn|m'n|onze|ons|je|jouw|uw|zijn|z'n|haar)[ ]+$")
_FAILING_AFTER_RE = re.compile(
    r"[ ]+(?:doet[ ]+het[ ]+(?:(?:nog[ ]+)?(?:steeds[ ]+)?niet|weer[ ]+niet|slecht)|"
    r"werkt[ ]+(?:(?:nog[ ]+)?(?:steeds[ ]+)?niet|weer[ ]+niet)|start[ ]+(?:niet|niet[ ]+op)|"
    r"opent[ ]+niet|laadt[ ]+niet|hangt|crasht|is[ ]+(?:kapot|vastgelopen|gecrasht)|"
    r"loopt[ ]+(?:steeds[ ]+)?vast)\b"
)


def _without_failing_systems(
    text: str, persons: list[Span], lex: Lexicon, known: frozenset[str] = frozenset()
) -> list[Span]:
    """Round 43: the system or device that fails after a possessive, no person."""
    out = []
    for s in persons:
        if (
            _unknown_capitalised_word(text[s.start : s.end], lex, known)
            and _POSSESSIVE_BEFORE_RE.search(text, max(0, s.start - 8), s.start) is not None
            and _FAILING_AFTER_RE.match(text, s.end) is not None
        ):
            continue
        out.append(s)
    return out


# Round 43: "van Zalm Vis?", "Dekker Kaas op de markt": a surname and a capitalised word for the
# food a market stall or a shop sells is the shop's name (the words firms are named with, "Bouw",
# "Transport", are known to the names' rules already).
_SHOP_GOODS = words("""vis groente groenten fruit brood kaas vlees noten olijven bloemen planten
    patat snacks poffertjes oliebollen wafels stroopwafels eieren zuivel delicatessen""")
_CAPITAL_WORD_AFTER_RE = re.compile(r"[ ]([A-Z][a-z]+)(?![\w-])")
# (cheap gate: one of those words with its capital)
_SHOP_GOODS_GATE_RE = re.compile(
    "[ ](?:" + "|".join(sorted(w.capitalize() for w in _SHOP_GOODS)) + r")(?![\w-])"
)


def _without_shops_by_their_goods(text: str, persons: list[Span], lex: Lexicon) -> list[Span]:
    """Round 43: one surname right before a capitalised word for goods a shop sells, no person
    (a first name there is a person's: "Piet Kaas")."""
    out = []
    for s in persons:
        after = _CAPITAL_WORD_AFTER_RE.match(text, s.end)
        if (
            after is not None
            and after.group(1).lower() in _SHOP_GOODS
            and " " not in (value := text[s.start : s.end])
            and value.lower() not in lex.first_names
        ):
            continue
        out.append(s)
    return out


# Round 43: "exploitant Draaier belde, hij wil ...": one capitalised word after a firm's role,
# a verb and "hij"/"zij" for it is a person in that role (a firm is "ze" or "het").
_ROLE_WORDS = ("exploitant", "ontwikkelaar", "vervoerder", "aanbieder", "uitgever")
_ROLE_THEN_HE_GATE_RE = re.compile(r"\b(?:" + "|".join(_ROLE_WORDS) + r")\b")


def _may_name_a_role_holder(text: str) -> bool:
    """``_ROLE_THEN_HE_GATE_RE.search(text) is not None`` (round speed47: its words tested as
    substrings first, in C; the search's leading word boundary made it try every character)."""
    return holds_any(text, _ROLE_WORDS) and _ROLE_THEN_HE_GATE_RE.search(text) is not None


_ROLE_THEN_HE_RE = re.compile(
    r"\b(?:exploitant|ontwikkelaar|vervoerder|aanbieder|uitgever)[ ]+([A-Z][a-zà-ÿ]{2,})[ ]+"
    r"(?:belde|belt|zei|zegt|vroeg|vraagt|wil|wilde|kwam|komt|mailde|mailt|appte|appt)"
    r"[ ]*,?[ ]+(?:en[ ]+)?(?:hij|zij)\b"
)


def _with_role_holders_said_he(text: str, persons: list[Span]) -> list[Span]:
    """Round 43: the firm's role holder named and then called "hij"/"zij" is a person."""
    out = list(persons)
    for m in _ROLE_THEN_HE_RE.finditer(text):
        if not any(s.start < m.end(1) and m.start(1) < s.end for s in out):
            out.append(Span(m.start(1), m.end(1), "PERSON"))
    return out


# Round 43: "Kermis Exploitatie Vermolen", "Exploitatie Draaier": a name after the capitalised
# noun of a business's activity that firms are named with is the firm's name.
_BUSINESS_NOUN_BEFORE_RE = re.compile(r"(?:^|[ ])(?:Exploitatie|[A-Z][a-z]*exploitatie)[ ]$")


def _without_names_after_business_nouns(text: str, persons: list[Span]) -> list[Span]:
    """Round 43: one name right after "Exploitatie" (of a firm's name) is the firm's."""
    return [
        s
        for s in persons
        if " " in text[s.start : s.end]
        or _BUSINESS_NOUN_BEFORE_RE.search(text, max(0, s.start - 30), s.start) is None
    ]


# Round 43: "die van nr 26, dhr. Stoker": a house number of the street talked about, then a
# comma and the titled person who lives there.
_NUMBER_OF_TITLED_RESIDENT_RE = re.compile(
    r"\b(?:van|op|bij)[ ]+((?:nr\.?|nummer)[ ]?\d{1,4}[a-z]?)"
    r"(?=[ ]*,[ ]*(?:dhr|mevr|mw|meneer|mevrouw|fam|familie|de[ ]heer)\.?[ ]+[A-Z])"
)
_ASCII_NUMBER_OF_TITLED_RESIDENT_RE = ascii_twin(_NUMBER_OF_TITLED_RESIDENT_RE)  # (round speed49)


def _numbers_of_titled_residents(text: str) -> list[Span]:
    """Round 43: "van nr 26, dhr. Stoker": the number is that resident's home."""
    return [
        Span(m.start(1), m.end(1), "ADDRESS")
        for m in (
            _ASCII_NUMBER_OF_TITLED_RESIDENT_RE if text.isascii() else _NUMBER_OF_TITLED_RESIDENT_RE
        ).finditer(text)
    ]


# Round 43: a first name, "van de/het" and a public place or a scheme's name ("Tessa van de Wmo",
# "mevrouw Bert van de Wilhelminapark"): the name ends before "van"; what follows says where
# the person works or lives, no surname.
_PUBLIC_PLACE_ENDINGS = words("""straat laan weg plein gracht kade singel park plantsoen markt
    allee boulevard baan dreef""")  # (Round 44: "Storm van de Lijnbaan", "van de Koedreef")
# (one word: "Tineke van 't Zand-Kerkhof" is a double surname)
_VAN_PLACE_RE = re.compile(r"[ ]van[ ](?:de|het|'t)[ ]([A-Z]\w+)$")


def _without_places_after_van(text: str, persons: list[Span], lex: Lexicon) -> list[Span]:
    """Round 43: the person's name ends before "van de" and a public place or scheme."""
    out = []
    for s in persons:
        value = text[s.start : s.end]
        match = _VAN_PLACE_RE.search(value) if s.label == "PERSON" else None
        if match is not None:
            low = match.group(1).lower()
            if low not in lex.surnames and (
                (low in lex.not_names and low not in lex.first_names)
                or (street_suffix(low) in _PUBLIC_PLACE_ENDINGS and len(low) > 7)
            ):
                head = value[: match.start()].rstrip()
                if head:
                    out.append(Span(s.start, s.start + len(head), s.label))
                    continue
        out.append(s)
    return out


# Round 43: a line of a data list opening with a place's name that is also a first name and a
# listed surname ("Erica Manuhutu, geb ...", "2. Ede Bakker, 06 ..."): no place has a surname after it.
_LINE_OPENING_PAIR_RE = re.compile(
    r"(?m)^[ ]*(?:\d{1,2}[.)][ ]+|[-*•][ ]+)?([A-Z][a-zà-ÿ]{2,})[ ]([A-Z][a-zà-ÿ]{2,})[ ]?,[ ]"
)


def _matches_at_line_starts(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern that opens with "(?m)^" and whose matches end on
    the line they open: tried at each line's start only (round speed48; the regex engine tries
    "^" at every character, a full match attempt each)."""
    start = 0
    while True:
        match = pattern.match(text, start)
        if match is not None:
            yield match
        start = text.find("\n", start) + 1
        if not start:
            return


def _with_place_first_names(text: str, persons: list[Span], lex: Lexicon) -> list[Span]:
    """Round 43: a place's name before a listed surname opening a line of personal data."""
    out = list(persons)
    for match in _matches_at_line_starts(_LINE_OPENING_PAIR_RE, text):
        first, last = match.group(1).lower(), match.group(2).lower()
        if (
            first not in lex.places
            or first in PERSON_CUE_WORDS  # ("Boer Harmsen, ...": a farmer, a role)
            or first in TITLES
            or last not in lex.surnames
            or last in lex.places
            or last in lex.dutch_words
            or street_suffix(last) is not None
            or _DIGIT_RE.search(text, match.end(), text.find("\n", match.end()) % (len(text) + 1))
            is None
        ):
            continue
        start, end = match.start(1), match.end(2)
        inside = [s for s in out if s.start < end and start < s.end]
        if any(s.start < start or s.end > end for s in inside):
            continue
        out = [s for s in out if s not in inside]
        out.append(Span(start, end, "PERSON"))
    return out


# Round 43: a title before a double surname whose first half is a word ("mw. Ter Haar-Bos",
# "dhr. Wit-Zomer"): the hyphenated pair of capitalised words is the person's name.
# Round speed47: the gate's words are also tested as substrings of the text as lexicon.caseless
# reads it, in C, before its search (whose ignored case made it try every character).
_TITLED_DOUBLE_WORDS = ("mw", "mevr", "mevrouw", "dhr", "meneer", "heer", "fam", "familie")
_TITLED_DOUBLE_GATE_RE = re.compile(r"\b(?i:" + "|".join(_TITLED_DOUBLE_WORDS) + r")\b")


def _may_title_a_double_surname(text: str) -> bool:
    """``_TITLED_DOUBLE_GATE_RE.search(text) is not None``, most texts answered in C."""
    return (
        holds_any(caseless(text), _TITLED_DOUBLE_WORDS)
        and _TITLED_DOUBLE_GATE_RE.search(text) is not None
    )


_TITLED_DOUBLE_RE = re.compile(
    r"\b(?i:mw|mevr|mevrouw|dhr|meneer|de[ ]heer|fam|familie)\.?[ ]+"
    r"((?:(?:[Vv]an|[Tt]er|[Tt]en|[Dd]e|[Dd]er|[Dd]en|[Tt]e|[Oo]p|'t)[ ]+){0,3}"
    r"[A-Z][a-zà-ÿ]{1,}-[A-Z][a-zà-ÿ]{1,})(?![\w-])"
)


def _with_titled_double_surnames(text: str, persons: list[Span]) -> list[Span]:
    """Round 43: the double surname after a title is a person, also when a half is a word."""
    out = list(persons)
    for match in _TITLED_DOUBLE_RE.finditer(text):
        start, end = match.span(1)
        if any(s.start < end and start < s.end for s in persons):
            continue
        out.append(Span(start, end, "PERSON"))
    return out


def _with_undotted_initials(text: str, persons: list[Span]) -> list[Span]:
    out = []
    for span in persons:
        before = None
        # (a cheap test first: a capital alone right before the name, "W F de Koning")
        if (
            span.label == "PERSON"
            and span.start >= 4
            and text[span.start - 3 : span.start - 1].lstrip().isupper()
            and text[span.start - 3] == " "
            and text[span.start - 1] == " "
        ):
            before = _UNDOTTED_INITIALS_BEFORE_RE.search(text, max(0, span.start - 24), span.start)
        out.append(span if before is None else Span(before.start(1), span.end, span.label))
    return out


# Round 40: "Sarah O. Mensah", "Luuk B.", "Luuk B. zat erbij": one capital and its full stop
# after a first name (no capital word after the stop but the surname found from it).
_INITIAL_AFTER_FIRST_NAME_RE = re.compile(r"[ ]([A-Z])\.(?=[ ,;:!?)]|$)")


def _with_initials_after_first_names(
    text: str, persons: list[Span], first_names: frozenset[str]
) -> list[Span]:
    """A first name found without the initial after it takes the initial along: up to its
    full stop, or joined with the surname found from that initial ("Sarah" + "O. Mensah")."""
    ordered = sorted(persons, key=lambda s: s.start)
    out: list[Span] = []
    for i, span in enumerate(ordered):
        if out and out[-1].end > span.start:
            if out[-1].end < span.end:  # ("O. Mensah" joined already, a longer span after)
                out[-1] = Span(out[-1].start, span.end, out[-1].label)
            continue
        value = text[span.start : span.end]
        if span.label != "PERSON" or value.split(" ")[0].lower() not in first_names:
            out.append(span)
            continue
        if (
            len(value) > 2
            and value[-2] == " "
            and value[-1].isupper()
            and text[span.end : span.end + 1] == "."
        ):
            out.append(Span(span.start, span.end + 1, span.label))  # "Luuk B" + "."
            continue
        initial = _INITIAL_AFTER_FIRST_NAME_RE.match(text, span.end)
        if initial is None or " " in value:
            out.append(span)
            continue
        nxt = ordered[i + 1] if i + 1 < len(ordered) else None
        if nxt is not None and nxt.label == "PERSON" and nxt.start == initial.start(1):
            out.append(Span(span.start, nxt.end, span.label))  # "Sarah" + "O. Mensah"
        elif not text[initial.end() :].lstrip(" ")[:1].isupper():
            out.append(Span(span.start, initial.end(), span.label))  # "Luuk B. zat erbij"
        else:
            out.append(span)
    return out


# Round 39: "met eigen bedrijf Fit met Dewi", "haar zaak genaamd Haar & Zo": the name a firm is
# given right after the word for it, its capitalised words and the small words between them.
_OWN_FIRM_NAMED_RE = re.compile(
    r"\b(?:eigen[ ]+(?:bedrijf|bedrijfje|zaak|zaakje|onderneming|eenmanszaak|praktijk|bureau|"
    r"winkel|salon|studio)|(?:bedrijf|zaak|onderneming|eenmanszaak|praktijk|winkel|salon|studio)"
    r"[ ]+(?:genaamd|heet|met[ ]+de[ ]+naam))[ ]+"
    r"([A-Z][\w'&-]*(?:[ ]+(?:(?:met|van|de|der|het|en|&|voor|in|aan|door|bij|by|op)[ ]+)?"
    r"[A-Z][\w'&-]*)*)"
)


def _without_own_firms_named(text: str, persons: list[Span]) -> list[Span]:
    """Persons inside the name a firm is given as someone's own ("eigen bedrijf Fit met
    Dewi") are that firm's name; the person is named elsewhere."""
    firms = [m.span(1) for m in _OWN_FIRM_NAMED_RE.finditer(text)]
    if not firms:
        return persons
    return [p for p in persons if not any(s <= p.start and p.end <= e for s, e in firms)]


def _with_spaced_initials(text: str, persons: list[Span]) -> list[Span]:
    out = []
    for span in persons:
        before = None
        if span.label == "PERSON" and _INITIAL_OPENING_RE.match(text, span.start) is not None:
            before = _SPACED_INITIALS_BEFORE_RE.search(text, max(0, span.start - 9), span.start)
        out.append(span if before is None else Span(before.start(), span.end, span.label))
    return out


def _may_wish_in_german(text: str) -> bool:
    return "chön" in text or "uten " in text or "rohe" in text or "erzlich" in text


def _without_german_wishes(
    text: str, persons: list[Span], lex: Lexicon, known: frozenset[str]
) -> list[Span]:
    kept = []
    for span in persons:
        lows = text[span.start : span.end].lower().split()
        if (
            span.label == "PERSON"
            and len(lows) == 2
            and lows[0] in _GERMAN_WISHES
            and lows[1] not in known
            and lows[1] not in lex.first_names
        ):
            continue
        kept.append(span)
    return kept


_GERMAN_TITLES = words("herr frau")
_GERMAN_PREPOSITIONS = words("""von vom mit für fur aus bei nach zu zum zur an am auf in im über
    uber unter vor hinter neben ohne gegen um durch der des den dem die das und""")


# (review41: German words Dutch chats use too: "Danke! Ik kom gerne", "de leider", "ze vielen",
# "noch ... noch"; they make no message German)
_ALSO_DUTCH = words("danke gerne gern leider vielen noch bin")
# German names a person after these without an article ("mit Wrzesniewski", "bei Okonkwo");
# a noun takes one ("mit dem Hund")
_GERMAN_NAME_CUES = words("""mit bei von an und für fur nachbar nachbarin herr frau
    familie heiße heisse vermieter vermieterin""")
# review43: a subject after "dass" or a verb of saying, where a noun takes its article ("dass
# Okonkwo morgen kommt", "sagt Tesfaye"; "dass der Keller")
_GERMAN_NAME_CUES |= words("dass daß ob sagt sagte meint meinte fragt fragte schreibt schrieb")
# (review40: "mein Name ist Okonkwo", "ich heiße Wrzesniewski": the name itself)
_GERMAN_NAME_IS_RE = re.compile(r"\b[Nn]ame[ ]+ist[ ]+$")


def _written_in_german(text: str) -> bool:
    seen = {
        w
        for w in re.findall(r"[^\W\d_]+", text.lower())
        if w in _GERMAN_WORDS and w not in _ALSO_DUTCH
    }
    return len(seen) >= 3


def _without_german_words(
    text: str, persons: list[Span], lex: Lexicon, known: frozenset[str]
) -> list[Span]:
    """The persons of a German message that are German words: one holding a German function
    word ("Nur für uns", "wenn Sie dort wohnen") or one capitalised word that no name list and
    none of the chat's people know and that follows no title ("ein Ferienhaus", "kein Problem")."""
    kept = []
    for span in persons:
        lows = [w.lower() for w in text[span.start : span.end].split()]
        if (
            span.label == "PERSON"
            and (
                any(w in _GERMAN_WORDS and w not in known and w not in _GERMAN_TITLES for w in lows)
                or (
                    len(lows) == 1
                    and lows[0] not in known
                    and lows[0] not in lex.first_names
                    and lows[0] not in lex.surnames
                    and _word_before(text, span.start) not in _GERMAN_NAME_CUES
                    and _GERMAN_NAME_IS_RE.search(text, max(0, span.start - 12), span.start) is None
                )
                or (
                    len(lows) == 1
                    and lows[0] not in known
                    and _word_before(text, span.start) in _GERMAN_NOUN_MARKERS
                    # (review44: "beim Schulze", "zum Wagner": colloquial German's article before
                    # a surname)
                    and not (
                        _word_before(text, span.start) in _CONTRACTED_ARTICLES
                        and lows[0] in lex.surnames
                    )
                )
                or (
                    # "Hunde von Einwohnern": nouns joined by a preposition, no first name among them
                    # (review40: a preposition joins them and the last is a plural in -n, as after
                    # "von" it is: "Besuch von Okonkwo", "Kannst du Okonkwo" name somebody)
                    len(lows) > 2
                    and any(w.islower() for w in text[span.start : span.end].split()[1:-1])
                    and all(
                        w in _GERMAN_PREPOSITIONS
                        for w in text[span.start : span.end].split()[1:-1]
                        if w.islower()
                    )
                    and lows[-1].endswith("n")
                    and not any(w in known or w in lex.first_names for w in lows)
                    and lows[-1] not in lex.surnames
                    and _word_before(text, span.start) not in _GERMAN_TITLES
                )
            )
        ):
            continue
        kept.append(span)
    return kept


# Round 34: English function words no Dutch message uses ("of", "is", "in", "we", "he" and "do"
# are Dutch words too); two of them make a message English.
_ENGLISH_WORDS = words("""the you your my i i'm have has will and for to it this that does don't
    how what where when can please thank thanks good with from not yet him her they are""")
_ENGLISH_TITLES = words("mr mr. mrs mrs. ms ms. miss mister madam sir dr dr.")


# Round speed46: the substring tests as one search (about half the time of the loop over them).
_ENGLISH_PARTS = (
    " the ",
    "The ",
    "you",
    "You",
    "I ",
    " my ",
    "My ",
    "have",
    " will ",
    "lease",
    "ood ",
    "hank",
    "hat ",
)
_ENGLISH_GATE_RE = holds_any_re(_ENGLISH_PARTS)


def _may_be_english(text: str) -> bool:
    """Cheap tests in C: an English message of two English words holds one of these."""
    return _ENGLISH_GATE_RE.search(text) is not None


def _written_in_english(text: str) -> bool:
    seen = {w for w in re.findall(r"[^\W\d_]+(?:'[a-z]+)?", text.lower()) if w in _ENGLISH_WORDS}
    return len(seen) >= 2


def _without_english_words(
    text: str, persons: list[Span], lex: Lexicon, known: frozenset[str]
) -> list[Span]:
    """The persons of an English message that are English words: one word in lower case that no
    first-name list and none of the chat's people know, after no title ("have a good day", "a
    parking permit"); a capitalised one may be a rare name and stays."""
    kept = []
    for span in persons:
        value = text[span.start : span.end]
        low = value.lower()
        if (
            span.label == "PERSON"
            and " " not in value
            and low not in known
            and low not in lex.first_names
            and _word_before(text, span.start) not in _ENGLISH_TITLES
            and _word_before(text, span.start) not in TITLES
            and value.islower()
            # (review44: "i have met tesfaye at the door": the object of a verb of meeting)
            and _word_before(text, span.start) not in _ENGLISH_PERSON_VERBS
        ):
            continue
        kept.append(span)
    return kept


_ENGLISH_PERSON_VERBS = words("met visited called phoned asked told helped contacted saw")
# (review45: nor a name signed or sent from: "have a good day, groetjes van wrzesniewski",
# "thanks, regards okonkwo", "a message from mekonnen")
# and a neighbour, colleague or kin named so ("i will ask buurman okonkwo", "the key is with
# collega wrzesniewski", "my neighbour okonkwo")
_ENGLISH_PERSON_VERBS |= words("""van from namens groetjes groeten gr grt mvg regards greetings
    named naam name heet buurman buurvrouw buren collega neighbour neighbor neighbours
    colleague friend vriend vriendin brother sister husband wife son daughter uncle aunt mother
    father broer zus oom tante zoon dochter dokter doctor""")


# Round 34: "Stadskantoor, Markt 1", "bij de Brink 4": a capitalised word that is a street's word
# on its own (a surname too), right before a house number, is that street.
_STREET_WORDS = frozenset(STREET_SUFFIXES)
_STREET_NUMBER_AFTER_RE = re.compile(
    r"[ ][1-9]\d{0,3}[a-zA-Z]?(?![\w.,:/-]|[ ]?(?:jaar|keer|x|uur)\b)"
)


_MONTH_AFTER_NUMBER_RE = re.compile(
    r"[ ]\d{1,2}[ ]+(?i:jan|feb|maa|mrt|apr|mei|jun|jul|aug|sep|okt|oct|nov|dec)"
)


def _without_street_words_before_numbers(text: str, persons: list[Span]) -> list[Span]:
    return [
        span
        for span in persons
        if not (
            span.label == "PERSON"
            and text[span.start].isupper()
            and text[span.start : span.end].lower() in _STREET_WORDS
            and _word_before(text, span.start).rstrip(".") not in TITLES
            and _STREET_NUMBER_AFTER_RE.match(text, span.end) is not None
            # (review44: not a count or a date, "Brink 3 dagen niet gezien", "Brink 3 mei")
            and not lexicon.counts_a_noun(text, span.end)
            and _MONTH_AFTER_NUMBER_RE.match(text, span.end) is None
        )
    ]


def _word_before(text: str, start: int) -> str:
    match = _WORD_BEFORE_RE.search(text, 0, start)
    return match.group(1).lower() if match is not None else ""


# Round 29b: Low Saxon (Drents, Gronings, Stellingwerfs) as people in and around Meppel write it:
# "moi" is hello, and lower-case "mien", "dien", "zien" before a lower-case word are "mijn",
# "jouw", "zijn" ("mien buurman", "mien telefoon"), not the first name Mien.
_LOW_SAXON_POSSESSIVES = words("mien dien zien")
_LOW_SAXON_GREETING_RE = re.compile(r"[Mm]oi\b[ ,!]*")
_LOWER_WORD_AFTER_RE = re.compile(r"[ ]+([a-zà-ÿ]+)\b")
# (after these "mien" is somebody: "ik zet mien op de lijst")
_NOT_OWNED = words("""op in aan bij met van voor naar uit de het een en of ook nog al wel niet er
    dan toe om te tot over onder door na is was zegt belt heeft had""")


def _owned_noun(word: str, lex: Lexicon) -> bool:
    # (leak31: a noun, "mien buurman"; not "heb mien gisteren gesproken", "mien even bellen")
    if word in _NOT_OWNED:
        return False
    if word not in lex.dutch_words and "uu" in word:
        # Round 33: "mien achtertuun", "zien huus": Low Saxon "uu" for Dutch "ui"
        word = word.replace("uu", "ui")
    return word in lex.dutch_words and looks_like_noun(word)


# Round 30: a place after a public body's word is that body's area, not a person's surname
# ("omgevingsdienst Drenthe", "het waterschap Drents Overijsselse Delta").
_BODY_WORD_RE = re.compile(
    r"\b(?i:waterschap|provincie|gemeente|omgevingsdienst|veiligheidsregio|regio|ggd|politie|"
    r"brandweer|woningcorporatie|woningstichting)[ ]+$"
)
# "de inzamelactie World Cleanup Day", "de Open Monumenten Week": an event named in capitals
_EVENT_ENDS = words("day days week weekend festival night cup run challenge dag dagen markt")
_BODY_WORD_GATE_RE = re.compile(r"(?i:dienst|regio|provincie|gemeente|waterschap)[ ]+[A-Z]")
_BODY_WORDS = ("dienst", "regio", "provincie", "gemeente", "waterschap")


def _may_name_a_body(text: str) -> bool:
    """``_BODY_WORD_GATE_RE.search(text)``, whose ignored case gives the regex engine nothing to
    skip ahead with: an ASCII text (most) without any of the words is passed over by str in C.
    Outside ASCII the pattern's case folding also takes letters that lower() keeps (the long s
    for an "s"), so such a text is always searched."""
    if text.isascii() and not holds_any(text.lower(), _BODY_WORDS):
        return False
    return _BODY_WORD_GATE_RE.search(text) is not None


_OWN_BEFORE_RE = re.compile(r"\b(?i:mijn|m'n|mn|my|ons|onze|our|zijn|haar|his|her)\b")


def _without_bodies_and_events(text: str, persons: list[Span], lex: Lexicon) -> list[Span]:
    """Persons that are a place after a public body's word, the second of two capitalised
    ordinary words joined by "en" ("Inge van Werk en Inkomen", "afdeling Wonen en Zorg": a
    department's or a scheme's name) or an event's name ending in Day, Week, Festival."""
    kept = []
    for span in persons:
        value = text[span.start : span.end]
        lows = value.lower().split()
        if (
            len(lows) == 1
            and lows[0] in lex.places
            and _BODY_WORD_RE.search(text, max(0, span.start - 40), span.start)
        ):
            continue
        if (
            len(lows) == 1
            and lows[0] in lex.dutch_words
            and lows[0] not in lex.first_names
            # (review40: "Jeugdzorg en Visser": a frequent surname after a department is
            # somebody's; a rare one that is a domain's word stays the department's, "en Zorg")
            and lows[0] not in lex.common_surnames
            and (joined := _JOINED_NOUN_BEFORE_RE.search(text, max(0, span.start - 40), span.start))
            and (first := joined.group(1).lower()) in lex.dutch_words
            and first not in lex.first_names
            # Round 31: "via Groen en Water": a second word no surname list knows
            and (first not in lex.surnames or lows[0] not in lex.surnames)
        ):
            continue
        if (
            # Round 31: "en Kunst en Cultuur heeft ...": the first of the two, when the second is
            # an ordinary word no name list knows
            len(lows) == 1
            and lows[0] in lex.dutch_words
            and lows[0] not in lex.first_names
            and _LOWER_WORD_BEFORE_RE.search(text, max(0, span.start - 2), span.start)
            and (joined := _JOINED_NOUN_AFTER_RE.match(text, span.end)) is not None
            and (second := joined.group(1).lower()) in lex.dutch_words
            and second not in lex.first_names
            and second not in lex.surnames
        ):
            continue
        if (
            len(lows) > 1
            and lows[-1] in _EVENT_ENDS
            and value[0].isupper()
            and lows[0] not in lex.first_names
        ):
            continue
        kept.append(span)
    return kept


# Round 41: "commissie Kunst in de Openbare Ruimte", "werkgroep Zorg voor Elkaar": a body's kind,
# then its name in capitals with small words between them.
_TITLED_BODY_KINDS = (
    r"commissie|werkgroep|projectgroep|stuurgroep|klankbordgroep|platform|programma|project|"
    r"adviesraad|raad|overleg|comité|comite|fonds|netwerk|regeling|campagne"
)
_TITLED_BODY_BEFORE_RE = re.compile(rf"\b(?i:{_TITLED_BODY_KINDS})[ ]+$")
_TITLED_NAME_GOES_ON_RE = re.compile(
    r"(?:[ ]+(?:in|voor|van|en|op|met|de|het|der|den|'t|&))+[ ]+[A-Z][\w'-]+"
)


def _without_titled_bodies(text: str, persons: list[Span], lex: Lexicon) -> list[Span]:
    """A one-word person (no first name) right after a body's kind that opens a title going on
    past small words to another capitalised word is that body's name ("commissie Kunst in de
    Openbare Ruimte"); "de commissie Bakker belt" keeps its person."""
    return [
        span
        for span in persons
        if not (
            " " not in (value := text[span.start : span.end])
            # (cheap first: a capitalised word after the one-word person)
            and _TITLED_NAME_GOES_ON_RE.match(text, span.end) is not None
            and _TITLED_BODY_BEFORE_RE.search(text, max(0, span.start - 20), span.start)
            and value.lower() not in lex.first_names
        )
    ]


# "... van Werk en ": a capitalised ordinary word inside a sentence, then "en"
_JOINED_NOUN_BEFORE_RE = re.compile(r"(?<=[a-z,][ ])([A-Z][a-z]+)[ ]en[ ]$")
_JOINED_NOUN_AFTER_RE = re.compile(r"[ ]en[ ]([A-Z][a-z]+)\b(?![ ][A-Z])")
_LOWER_WORD_BEFORE_RE = re.compile(r"[a-z,][ ]$")


# Round 31: "Gryt van nummer 14", "Sjoerd van huisnummer 3": a capitalised word no word list
# knows before "van nummer" and a house number is that house's resident.
_RESIDENT_OF_NUMBER_GATE_RE = re.compile(r"van[ ]+(?:nummer|nr|huisnummer)")
_RESIDENT_OF_NUMBER_RE = re.compile(
    r"(?<![\w.'-])([A-Z][a-z\u00df-\u00ff]{2,})[ ]+van[ ]+(?:nummer|nr\.?|huisnummer)[ ]?\d"
)


def _with_residents_of_numbers(text: str, persons: list[Span], lex: Lexicon) -> list[Span]:
    added = []
    for match in _RESIDENT_OF_NUMBER_RE.finditer(text):
        low = match.group(1).lower()
        start, end = match.span(1)
        if (
            low in lex.dutch_words
            or low in lex.frequent_words
            or low in lex.places
            or low in lex.not_names
            or street_suffix(low) is not None
            or is_firm_word(low)
            or any(s.start < end and start < s.end for s in persons)
        ):
            continue
        added.append(Span(start, end, "PERSON"))
    return sorted([*persons, *added], key=lambda s: s.start) if added else persons


# Round 31: "bel ik Gerrit & Kuipers", "Jansen & Stoker doet het": a name, "&" and a surname that
# is no first name, nothing capitalised after it, are a firm ("Wim & Truus Bakker", "Kees &
# Anja" stay persons).
_AMPERSAND_PAIR_RE = re.compile(
    r"(?<![\w.&-])([A-Z][a-z\u00e0-\u00ff]+)[ ]&[ ]([A-Z][a-z\u00e0-\u00ff]+)(?![\w.'-]|[ ]+[A-Z])"
)


# Words naming the people of a pair ("de buren Mulder & Visser"): titles, neighbours, kin.
_RESIDENTS_BEFORE_PAIR = {t.rstrip(".") for t in lexicon.TITLES} | words("""buren buurtjes buurman buurvrouw echtpaar stel gezin bewoners huurders ouders
    grootouders""")
_HOUSEHOLD_AFTER_PAIR_RE = re.compile(
    r"[ ]*,?[ ]+(?:(?:die|zij|ze)[ ]+)?(?:(?:zijn|waren)[ ]+(?:getrouwd|gescheiden|samen)|wonen|woonden"
    r"|(?:het|een)[ ]+(?:echtpaar|stel)|(?:mijn|zijn|haar|de)[ ]+(?:buren|ouders)|op[ ]+(?:huis)?nummer)\b"
)


def _without_ampersand_firms(
    text: str, persons: list[Span], lex: Lexicon, known: frozenset[str] = frozenset()
) -> list[Span]:
    firms = []
    for match in _AMPERSAND_PAIR_RE.finditer(text):
        second = match.group(2).lower()
        if (
            second in lex.surnames
            and second not in lex.first_names
            # review42: "Jan & Bakker" in a chat with Jan Bakker: the chat's own surname
            and second not in known
            # review43: not a pair of residents, named as such before ("de buren Mulder &
            # Visser", "mevrouw Yilmaz & Meijer") or said to be a couple or household after
            # ("Tineke & Bakker zijn getrouwd", "Fatima & Jansen, het echtpaar van ...")
            and _word_before(text, match.start()) not in _RESIDENTS_BEFORE_PAIR
            and _HOUSEHOLD_AFTER_PAIR_RE.match(text, match.end()) is None
        ):
            firms.append((match.start(), match.end()))
    if not firms:
        return persons
    return [
        span
        for span in persons
        if not any(start <= span.start and span.end <= end for start, end in firms)
    ]


# Round 31: "een warmtepomp Brink in de schuur", "de ketel Remeha": a capitalised word right after
# a house's appliance is its make, no person ("buurman Brink" stays one; a personal aid is
# its user's: "scootmobiel Kok geleverd").
_DEVICES = words("""pomp waterpomp dompelpomp warmtepomp ketel cv-ketel boiler geiser omvormer
    airco wasmachine droger vaatwasser koelkast vriezer fornuis""")
# review42: makes of those appliances that are also frequent surnames; any other frequent surname
# after an appliance is the resident's ("de ketel Mulder moet vervangen worden, zij woont ...").
_MAKES_THAT_ARE_SURNAMES = words("brink bosch")


def _without_brands_of_devices(
    text: str, persons: list[Span], lex: Lexicon, known: frozenset[str] = frozenset()
) -> list[Span]:
    kept = []
    for span in persons:
        value = text[span.start : span.end]
        low = value.lower()
        if span.start > 2 and text[span.start - 1] == " ":
            before = text[max(0, span.start - 24) : span.start - 1].rsplit(" ", 1)[-1]
            if (
                before.lower() in _DEVICES
                and before.islower()
                and " " not in value
                and low not in lex.first_names
                and (low not in lex.common_surnames or low in _MAKES_THAT_ARE_SURNAMES)
                # review43: not a person the chat or this message names elsewhere ("mevrouw
                # Okonkwo" ... "de warmtepomp Okonkwo", "de airco Wrzesniewski is weg, zegt
                # meneer Wrzesniewski")
                and low not in known
                and not any(
                    low in text[o.start : o.end].lower().split() for o in persons if o != span
                )
            ):
                continue
        kept.append(span)
    return kept


# Round 33: "type Glasdon Capital", "het model Vermeiren Ceres": capitalised words right after a
# word for a product's kind name the product; "een Invacare Action 4": so do capitalised words
# after "een" and before a model number closing the phrase (a person is no "een ... 4,").
# (review44: not after its subject, "ik merk Okonkwo is boos": the verb)
# (review45: nor "type" that opens a sentence or follows "please"/"even"/"graag", the verb told
# to do: "type Wrzesniewski in het zoekveld", "Please type Okonkwo in the search box")
_MODEL_WORD_BEFORE_RE = re.compile(
    r"(?<![\w-])(?<!\b[Ii]k[ ])(?<!\b[Jj]e[ ])(?<!\b[Ww]e[ ])(?<!\b[Uu][ ])(?:type|model|merk)[ ]+$"
)
# (where it is typed: "in het zoekveld", "in Procura", "into the search box")
_TYPED_INTO_RE = re.compile(r"[ ]+(?:(?:graag|even|maar|dan|nu)[ ]+)?(?:in|into|bij)\b")
_TYPE_TOLD_RE = re.compile(
    r"(?:^|[.!?:;\n][ ]*|\b(?i:please|pls|even|graag|dan|nu|just)[ ]+)(?i:type|typ|tik)[ ]+$"
)
_INDEFINITE_BEFORE_RE = re.compile(r"(?<![\w-])een[ ]+$")
_MODEL_NUMBER_AFTER_RE = re.compile(r"[ ]+\d{1,4}[ ]*(?:[,.;:!?)]|$)")


# review45: "Cheers Okonkwo", "Buongiorno Mekonnen, ik bel over ...", "Slm Okonkwo": a greeting,
# thanks or parting of any language (lexicon.not_names holds them, so no name run takes them in)
# opening a sentence before one or two capitalised words that close the phrase addresses a
# person by name.
_GREETINGS = (
    r"cheers|thanks|thank[ ]you|thx|gracias|bonsoir|bonjour|hola|hello|merhaba|marhaba|salaam|"
    r"salam|shalom|ciao|chao|chào|buongiorno|buonasera|spasibo|obrigado|shukran|nihao|asc|aslm|"
    r"slm|privet|goedemorgen|goedemiddag|goedenavond|moin|moi|dzień[ ]dobry|dzien[ ]dobry"
)
_GREETING_GATE_RE = re.compile(rf"(?i:{_GREETINGS})[ ,]+[A-Z]")
# Round perf3: a substring of each greeting (test_fast_patterns holds them to _GREETINGS): the
# gate's ignored case gives the regex engine nothing to skip ahead with, so it tried every
# greeting at every character (~21 us of a bench message, ~6% of its time).
_GREETING_STEMS = ("cheers", "thank", "thx", "gracias", "bonsoir", "bonjour", "hola", "hello")
_GREETING_STEMS += ("rhaba", "sala", "shalom", "ciao", "chao", "buon", "spasibo", "obrigado")
_GREETING_STEMS += ("shukran", "nihao", "asc", "slm", "privet", "goede", "moi", "dzie", "chào")


def _may_greet_by_name(text: str) -> bool:
    """``_GREETING_GATE_RE.search(text)``: a text without any of _GREETING_STEMS (read by
    lexicon.caseless, as the pattern's ignored case reads it) is passed over by str in C."""
    if not holds_any(caseless(text), _GREETING_STEMS):
        return False
    return _GREETING_GATE_RE.search(text) is not None


_NAME_AFTER_GREETING_RE = re.compile(
    rf"(?:^|(?<=[.!?\n])[ ]*)(?i:{_GREETINGS})[ ,]+"
    r"([A-Z][a-zà-ÿ'-]{2,}(?:[ ]+[A-Z][a-zà-ÿ'-]{2,})?)(?=[ ]*(?:[,.!?:;\n]|$))"
)
# Whom one greets that is nobody by name ("Hello Everyone,", "Cheers Team!")
_GREETED_GROUPS = words("""everyone everybody all guys team folks mate mates friends sir madam
    colleagues dear ladies gentlemen allemaal iedereen""")


def _with_names_after_greetings(text: str, persons: list[Span], lex: Lexicon) -> list[Span]:
    added = []
    for match in _NAME_AFTER_GREETING_RE.finditer(text):
        lows = match.group(1).lower().split()
        if any(
            low in lex.dutch_words
            or low in lex.frequent_words
            or low in lex.not_names
            or low in lex.places
            or low in TITLES
            or low in _GREETED_GROUPS
            for low in lows
        ):
            continue
        start, end = match.span(1)
        if not any(s.start < end and start < s.end for s in persons):
            added.append(Span(start, end, "PERSON"))
    return sorted([*persons, *added], key=lambda s: s.start) if added else persons


def _said_twice(value: str) -> bool:
    first, _, second = value.partition(" ")
    return first == second and value.islower()


# Round 33: "the route ends at Ogterop", "we are parked at Wheem": where a route starts or
# ends or a vehicle is parked is a place (one word that is no first name).
# (review45: a route's or an event's start and end only, "the route ends at", "starts at the
# church and ends at"; a taxi, a bus or a van arrives, starts or is parked at a person's home:
# "the taxi arrives at Tesfaye", "the van is parked at Wrzesniewski")
_ROUTE_AT_BEFORE_RE = re.compile(
    r"(?:\b(?i:route|parade|tour|race|walk|ride|run|procession|optocht|stoet|event|festival|"
    r"market|trail|course|march|rally|it|and)|,)[ ]+"
    r"(?i:starts?|starting|started|ends?|ending|ended|begins?|finish(?:es)?)[ ]+at[ ]+$"
)


# review44: "parked at Mulder, Hoofdstraat 12", "ends at Wrzesniewski because she ...": at a
# person's home, where the word is a surname, an address follows or the message speaks of a
# person ("she", "her").
_ADDRESS_AFTER_RE = re.compile(r"(?:'s|[ ]*,[ ]*[A-Z][\w'-]+[ ]+[1-9])")
_PERSONAL_PRONOUN_RE = re.compile(r"\b(?i:she|he|her|his|him)\b")


def _at_a_person(text: str, span: Span, lex: Lexicon) -> bool:
    return (
        text[span.start : span.end].lower() in lex.surnames
        or _ADDRESS_AFTER_RE.match(text, span.end) is not None
        or _PERSONAL_PRONOUN_RE.search(text) is not None
    )


# Round 33: "Nails by Lan", "Hair by Sandra", "Cakes by Mieke": a shop named in English as a
# capitalised ware "by" its maker is a business, no person.
# (review44: no participle or record of who did it: "Reported by Okonkwo", "Sent by Fatima",
# "Photo by Yilmaz")
# (review45: the ware is one a shop or a maker sells, not any capitalised word: "Visit by
# Kowalczyk", "Delivery by Okonkwo", "Invoice by ...", "Driven by ..." record who does it)
_SHOP_BY_BEFORE_RE = re.compile(
    r"(?:^|[^\w'-])(?:Nails|Hair|Cakes?|Taarten|Taart|Brows|Lashes|Beauty|Skin|Make-?up|Styling"
    r"|Flowers|Bloemen|Bakes|Cookies|Sweets|Treats|Cupcakes|Design|Designs|Fotografie|Photography"
    r"|Catering|Tattoos?|Ink|Jewel(?:le)?ry|Sieraden|Kids|Fashion|Knits|Crafts|Massage|Yoga|Fitness"
    r"|Barber|Cuts|Hairstyling|Lash|Brow|Wax|Waxing|Spa)[ ]+by[ ]+$"
)


# Round 42: "subsidie Reestbad", "de Wolderhal": a compound whose head is a facility or a place
# ("-bad", "-hal", "-school", "-park", "-plein", "-weg") names that place, not a person.
_FACILITY_HEAD_RE = re.compile(
    r"[a-zà-ÿ]{3,}-?(?:bad|baden|hal|hallen|school|scholen|park|plein|weg|laan|straat|kade|gracht|"
    r"steeg|singel|centrum|theater|museum|bibliotheek|kerk|kliniek|zaal|markt|haven|station|"
    r"stadion|kantine|gebouw|brug|tunnel|toren|college|lyceum|terrein|sportpark|depot)"
)


def _without_facility_compounds(
    text: str, persons: list[Span], lex: Lexicon, known_words: frozenset[str]
) -> list[Span]:
    """Drop one-word persons that are a compound of a facility's or place's head, unless a list
    of names or the chat knows the word as a name ("Heemskerk", "Groeneweg") or a title or role
    stands before it."""
    out = []
    for span in persons:
        value = text[span.start : span.end]
        low = value.lower()
        if (
            span.label == "PERSON"
            and value[:1].isupper()
            and _FACILITY_HEAD_RE.fullmatch(low) is not None
            and low not in lex.surnames
            and low not in lex.first_names
            and low not in known_words
            # ("mevrouw Nijkerk belde": a title or a role names a person)
            and not _after_person_cue(text[max(0, span.start - 30) : span.start])
        ):
            continue
        out.append(span)
    return out


# Stop 45: "Mevrouw in de Jan Steenstraat": a locative "in de" before a first name that opens a
# street named after a person ("Jan Steenstraat", "Piet Heinstraat") is no surname's particles.
_LOCATIVE_PARTICLES_RE = re.compile(r"(?:in|op) (?:de|'t) ", re.IGNORECASE)
_STREET_WORD_AFTER_RE = re.compile(r" ([A-Z][a-z\u00e0-\u00ff]+)\b")


def _without_streets_named_after_persons(
    text: str, persons: list[Span], lex: Lexicon
) -> list[Span]:
    out = []
    for span in persons:
        value = text[span.start : span.end]
        particles = _LOCATIVE_PARTICLES_RE.match(value)
        after = _STREET_WORD_AFTER_RE.match(text, span.end)
        if (
            span.label == "PERSON"
            and particles is not None
            and value[particles.end() :].lower() in lex.first_names
            and after is not None
            and len(after.group(1)) > 6
            and street_suffix(after.group(1)) in STRONG_STREET_SUFFIXES
        ):
            continue
        out.append(span)
    return out


def _without_models(text: str, persons: list[Span], lex: Lexicon) -> list[Span]:
    kept = []
    for span in persons:
        window = max(0, span.start - 8)
        first = text[span.start : span.end].split(" ", 1)[0].lower()
        if first not in lex.first_names and (
            (
                _MODEL_WORD_BEFORE_RE.search(text, window, span.start) is not None
                and (
                    _TYPE_TOLD_RE.search(text, max(0, span.start - 14), span.start) is None
                    or _TYPED_INTO_RE.match(text, span.end) is None
                )
            )
            or (
                _INDEFINITE_BEFORE_RE.search(text, window, span.start) is not None
                and _MODEL_NUMBER_AFTER_RE.match(text, span.end) is not None
            )
        ):
            continue
        kept.append(span)
    return kept


# Round 31: "hij vliegt 3 mei naar Kigali", "ze verhuist naar Asmara": where one flies, travels,
# moves or emigrates to is a place (no list holds every city of the world).
_TRAVEL_STEMS = ("vlieg", "vloog", "vlogen", "reis", "reiz", "verhui", "emigr", "vertrek", "vlucht")
_TRAVEL_GATE_RE = re.compile(r"(?i:" + "|".join(_TRAVEL_STEMS) + ")")


def _may_travel(text: str) -> bool:
    """``_TRAVEL_GATE_RE.search(text) is not None`` (round speed47: its words tested first on
    the text as lexicon.caseless reads it, in C; its ignored case made it try every character)."""
    return holds_any(caseless(text), _TRAVEL_STEMS) and _TRAVEL_GATE_RE.search(text) is not None


_DESTINATION_BEFORE_RE = re.compile(
    r"\b(?i:vlieg(?:t|en)?|vloog|vlogen|reis(?:t|de|den)?|reizen|verhuis(?:t|de|den)?|verhuizen|"
    r"emigre(?:ert|ren|erde|erden)|vertrek(?:t|ken)?|vertrok(?:ken)?|vlucht(?:te|ten|en)?)"
    r"(?:[ ]+[\w-]+){0,4}?[ ]+naar[ ]+$"
)


def _without_destinations(
    text: str, persons: list[Span], known: frozenset[str], lex: Lexicon
) -> list[Span]:
    return [
        span
        for span in persons
        if " " in text[span.start : span.end]
        or not text[span.start].isupper()
        or text[span.start : span.end].lower() in known
        # review42: "reist naar Fatima, haar zus": a frequent first name or surname (no place)
        # is whom one goes to
        or _is_listed_name(text[span.start : span.end].lower(), lex)
        or _KIN_AFTER_RE.match(text, span.end) is not None  # "naar Tesfamariam, haar broer"
        # review43: whose house it is ("naar Okonkwo op nummer 12")
        or _HOUSE_NUMBER_AFTER_RE.match(text, span.end) is not None
        or _DESTINATION_BEFORE_RE.search(text, max(0, span.start - 60), span.start) is None
    ]


# Round 31: Frisian "har adres", "myn buorman", "dyn mem": a lower-case possessive
# (her, my, your, his) and the word it owns, no lower-case name.
_FRISIAN_POSSESSIVES = words("har myn dyn syn")
# Round 34: Frisian "sil ik", "soe er": a lower-case auxiliary (shall, would) before its subject.
_FRISIAN_AUXILIARIES = words("sil silst soe soest")
_FRISIAN_SUBJECT_AFTER_RE = re.compile(r"[ ]+(?:ik|do|er|hja|wy|jo|it|se|dat)\b")


# "naar Tesfamariam, haar broer", "naar Okonkwo, de oom": whom one goes to, said right after.
_KIN_AFTER_RE = re.compile(
    r"[ ]?,?[ ]+(?:zijn|z'n|haar|d'r|hun|de|een)[ ]+(?:[a-z]+[ ]+)?"
    r"(?:broer|zus|zuster|moeder|vader|oom|tante|neef|nicht|zoon|dochter|opa|oma|vriend|vriendin|"
    r"ex|partner|man|vrouw|schoonzus|zwager|schoonmoeder|schoonvader|schoonzoon|schoondochter|"
    # review43: "naar Abdullahi, haar buurman", "naar Mekonnen, een kennis uit de kerk"
    r"buurman|buurvrouw|kennis|collega|huisbaas|verhuurder|huisgenoot|pleegouder)\b"
)
_HOUSE_NUMBER_AFTER_RE = re.compile(r"[ ]+op[ ]+(?:huis)?(?:nummer|nr\.?)[ ]*\d")


def _is_listed_name(low: str, lex: Lexicon) -> bool:
    """Whether ``low`` is a frequent first name or surname and no place."""
    return (low in lex.common_first_names or low in lex.common_surnames) and low not in lex.places


def _without_frisian_possessives(text: str, persons: list[Span]) -> list[Span]:
    kept = []
    for span in persons:
        head, _, rest = text[span.start : span.end].partition(" ")
        if head in _FRISIAN_POSSESSIVES and rest.isalpha() and rest.islower():
            continue
        if (
            not rest
            and head in _FRISIAN_AUXILIARIES
            and _FRISIAN_SUBJECT_AFTER_RE.match(text, span.end)
        ):
            continue  # Round 34: "sil ik har dat sizze?": shall I, no "Sil"
        kept.append(span)
    return kept


# Round 31: "Heinz Groot" in a chat with Lukas Groot ("het gaat om Heinz Groot, mijn oom"): a
# capitalised word no word list knows right before the chat's surname is a relative's first name.
_CAPITAL_WORD_BEFORE_RE = re.compile(r"(?<![\w.'-])([A-Z][a-z\u00e0-\u00ff]{2,})[ ]$")


def _with_first_names_of_chat_surnames(
    text: str, persons: list[Span], lex: Lexicon, known: frozenset[str]
) -> list[Span]:
    out: list[Span] = []
    for span in sorted(persons, key=lambda s: s.start):
        value = text[span.start : span.end]
        if span.label == "PERSON" and " " not in value and value.lower() in known:
            before = _CAPITAL_WORD_BEFORE_RE.search(text, max(0, span.start - 32), span.start)
            low = before.group(1).lower() if before is not None else ""
            if (
                before is not None
                and low not in known
                and low not in lex.dutch_words
                and low not in lex.frequent_words
                and low not in lex.places
                and low not in lex.not_names
                # (a firm's word: "Kermisexploitatie Hommerson", "Bouwbedrijf Klein")
                and not is_firm_word(low)
                and not is_compound(low)
            ):
                if out and out[-1].start == before.start(1) and out[-1].end == before.end(1):
                    out.pop()
                if not out or out[-1].end <= before.start(1):
                    span = Span(before.start(1), span.end, span.label)
        out.append(span)
    return out


def _without_low_saxon_words(text: str, persons: list[Span], lex: Lexicon) -> list[Span]:
    kept = []
    for span in persons:
        value = text[span.start : span.end]
        if span.label == "PERSON":
            after = _LOWER_WORD_AFTER_RE.match(text, span.end)
            if (
                value in _LOW_SAXON_POSSESSIVES
                and after is not None
                and _owned_noun(after.group(1), lex)
            ):
                continue
            # "mien zwager": the possessive and the everyday noun it owns ("mien de vries" stays)
            head, _, rest = value.partition(" ")
            if head in _LOW_SAXON_POSSESSIVES and rest.islower() and _owned_noun(rest, lex):
                continue
            greeting = _LOW_SAXON_GREETING_RE.match(value)
            if greeting is not None:
                if greeting.end() == len(value):
                    continue
                span = Span(span.start + greeting.end(), span.end, span.label)
        kept.append(span)
    return kept


# Round 29b: a firm named without a firm word, told by what the sentence says of it.
# "ik bel Van Gelder, die doen het werk": a plural verb takes the name for a company;
_PLURAL_AFTER_RE = re.compile(
    r"[ ]*,?[ ]+die[ ]+(?:doen|hebben|zijn|komen|maken|leveren|regelen|gaan|werken)\b"
    # Round 33: in English, "call Feenstra for the heating, they do the maintenance"
    # (review45: what a firm does or is, "they do the repairs", "they are fast and cheap"; not
    # "they have no heating", "they are waiting for the benefit", "they will send the papers")
    r"|(?:[ ]+for[ ]+the[ ]+[a-z]+)?[ ]*,[ ]+they[ ]+(?:do|make|deliver|fix|repair|install|sell|"
    r"supply|build|clean|maintain|service|"
    r"are[ ]+(?:(?:very|really|quite|so|not)[ ]+)?(?:fast|cheap|quick|good|reliable|expensive|"
    r"the[ ]+(?:best|cheapest|contractor|installer|supplier|firm|company)|a[ ]+(?:firm|company)))\b"
    # (review44: not a household, "I spoke to Wrzesniewski, they are moving out next week")
    r"(?![^.;!?\n]{0,40}\b(?:home|house|moving|move|moved|live|lives|living|angry|upset|happy"
    r"|unhappy|sick|ill|kids|children|baby)\b)"
)
# "bel Xylem, storingsnummer 0800 ...": a fault or service line is a firm's;
# (the number must follow: "yara servicedesk hier" is Yara of the service desk)
_SERVICE_LINE_AFTER_RE = re.compile(
    r"[ ]*[,:(-]?[ ]*(?:hun[ ]+)?(?:storingsnummer|storingslijn|servicenummer|servicelijn|"
    r"klantenservice)[ :]*(?:is[ ]+|op[ ]+)?[+0]",
    re.I,
)
# "(werkt) bij Plukon in Blankenstein": a workplace in a place, by a word no name list knows.
_AT_BEFORE_RE = re.compile(r"\bbij[ ]+$")
# (the work in the message that makes "bij X in Place" a workplace: "werkt bij", "stage bij",
# "besteld bij", "in ploegendienst")
# (review40: the verb and the shift, not the noun "werk" nor any "-dienst": "na het werk haal ik
# de sleutel op bij X in Nijeveen", "zoekt werk", "de thuiszorgdienst komt daar" are no job at X)
_WORK_WORD_RE = re.compile(
    r"(?:\bwerk(?:t|te|ten|en|zaam)\b|\bmeewerk|stage|ploegendienst|\bin[ ]+dienst\b|\bbaan\b|"
    r"solliciteer|gesolliciteerd|besteld|gekocht|ingehuurd|aangenomen|\bjob)",
    re.I,
)
# "Piet en Anja Hoekstra", "Hoekstra & Tesfamariam": one of two, so the plural is theirs
_PAIR_BEFORE_RE = re.compile(r"[A-Z][\w'-]*,?[ ]+(?:en|and|&)[ ]+$")
# "familie Okonkwo, die hebben ...", "de buren Wrzesniewski, die zijn ...": a household is plural
_FAMILY_WORDS = words("familie fam gezin buren buurtjes echtpaar")
_RELATIVES = words("""son daughter wife husband mother father brother sister child cousin uncle
    aunt zoon dochter vrouw man moeder vader broer zus kind neef nicht oom tante""")
_IN_PLACE_AFTER_RE = re.compile(r"[ ]+(?:in|te)[ ]+([A-Z][\w-]+)")


def _without_firms_by_context(
    text: str, persons: list[Span], lex: Lexicon, known: frozenset[str]
) -> list[Span]:
    kept = []
    for span in persons:
        value = text[span.start : span.end]
        if span.label == "PERSON" and not known.intersection(value.lower().split()):
            # (review41: not the second of a pair: "Piet en Anja Hoekstra, die komen" are two
            # people; one person takes no plural verb, a firm named after one does)
            # (review40: nor a family's name: "familie Okonkwo, die hebben ...")
            if (
                _PLURAL_AFTER_RE.match(text, span.end)
                and _PAIR_BEFORE_RE.search(text, max(0, span.start - 24), span.start) is None
                and _word_before(text, span.start) not in _FAMILY_WORDS
                # Round 36: nor a relative named ("my wife Zahra and my son Ali, they come")
                and _word_before(text, span.start) not in _RELATIVES
            ) or _SERVICE_LINE_AFTER_RE.match(text, span.end):
                continue
            low = value.lower()
            place = _IN_PLACE_AFTER_RE.match(text, span.end)
            if (
                place is not None
                and " " not in low
                and low not in lex.first_names
                and low not in lex.surnames
                and place.group(1).lower() in lex.places
                and _AT_BEFORE_RE.search(text, 0, span.start)
                # (review41: a workplace only: "ze woont bij Tesfamariam in Meppel" is a home)
                and _WORK_WORD_RE.search(text) is not None
            ):
                continue
            if _names_the_employer(text, span, low, lex, known):
                continue
        kept.append(span)
    return kept


def _names_the_employer(
    text: str, span: Span, low: str, lex: Lexicon, known: frozenset[str]
) -> bool:
    """Round 41: "ze werkt nu bij Trivium", "zijn werkgever is Vebo": one word no name list
    knows, the employer. After "werkt bij" only with a sign of a firm (review45: "hij werkt
    sinds maart bij Tesfamariam, de kapper" works for a person): a word of the dictionary or
    of the proper nouns, or a legal form after it."""
    if " " in low or low in lex.first_names or low in lex.surnames or low in known:
        return False
    window = max(0, span.start - 40)
    if _EMPLOYER_IS_BEFORE_RE.search(text, window, span.start):
        return True
    return _WORKS_AT_BEFORE_RE.search(text, window, span.start) is not None and (
        low in lex.dutch_words
        or low in lex.proper_nouns
        or _LEGAL_FORM_AFTER_RE.match(text, span.end) is not None
    )


_WORKS_AT_BEFORE_RE = re.compile(
    r"\b(?:werkt|werkte|werken|werkten|werkzaam|gewerkt|stage|stageloper)"
    r"(?:[ ]+[a-z]+){0,2}[ ]+bij[ ]+$",
    re.I,
)
# Round 42: "werkgever is Vebo", "zijn werkgever: Trivium": the employer named
_EMPLOYER_IS_BEFORE_RE = re.compile(
    r"\b(?:werkgever|werkgeefster|stagebedrijf|stageadres)(?:[ ]+(?:is|was|wordt|werd))?"
    r"[ ]*:?[ ]+$"
    # Round 47: "de auto is van mijn werk, Thales": the work, then its name
    r"|\b(?:van|bij|voor)[ ]+(?:mijn|m'n|zijn|z'n|haar|ons)[ ]+werk[ ]*[,:][ ]*$",
    re.I,
)
_LEGAL_FORM_AFTER_RE = re.compile(r"[ ]+(?:BV|B\.V\.|NV|N\.V\.|VOF|V\.O\.F\.)(?![\w.])")


# Round 29b: capitalised words that name a thing, not a person, by what stands around them.
# "Konica C450i", "Miele W1": a brand before its model code;
_MODEL_CODE_AFTER_RE = re.compile(r"[ ]+[A-Z]{1,4}-?\d{1,5}[a-zA-Z]{0,3}(?![\w-])")
_MODEL_CODE_GATE_RE = re.compile(r" [A-Z]{1,4}-?\d")
# "the Italian restaurant", "de Syrische winkel": a word that qualifies a kind of business;
_BUSINESS_AFTER_RE = re.compile(
    r"[ ]+(?:restaurant|hotel|café|cafe|snackbar|winkel|supermarkt|shop|bakery|bakkerij|"
    r"toko|market|markt|kapsalon)\b"  # (each tested by _may_name_things)
)
# "ploeg Groen Noord", "team Openbare Ruimte": a crew named by everyday words;
_CREW_BEFORE_RE = re.compile(r"\b(?:ploeg|team|werkploeg|buitenploeg)[ ]+$")
# (the municipality's work domains that are also surnames: "team Groen", "ploeg Wegen")
_CREW_DOMAINS = words("groen wegen bos water")
# "ik ben Sietske van Handhaving", "met Bart van Jeugd": a writer and the department after her.
# (review41: "met" as the phone's opening only, "Goedemorgen, met Rick van Belastingen";
# "gesproken met Anja van Bergen" is her surname)
_INTRODUCED_BEFORE_RE = re.compile(
    r"(?:\b(?:ik[ ]+ben|hier[ ]+is|dit[ ]+is)|(?:^|[.!?,:])[ ]*met)[ ]+$", re.I
)
# (a word of five letters or more, as in names.py: short words are old surnames, "van Raad";
# a shorter one where a second noun follows with "en": "van Werk en Inkomen")
_DEPARTMENT_TAIL_RE = re.compile(r"[ ]+van[ ]+([A-Z][a-z]{3,})$")
_DEPARTMENT_PAIR_AFTER_RE = re.compile(r"[ ]+en[ ]+[A-Z]")
# "Bijl Bouw & Onderhoud": a trade joined by "&" makes the run a firm's name.
_AMPERSAND_AFTER_RE = re.compile(r"[ ]*&[ ]*[A-Z]")
_AMPERSAND_BEFORE_RE = re.compile(r"[A-Za-z][ ]*&[ ]*$")


def _may_name_things(text: str, has_digit: bool) -> bool:
    """Cheap tests in C: whether ``_without_named_things`` may drop or cut anything."""
    return (
        "&" in text
        or (" van " in text and _may_introduce(text))
        or "ploeg" in text
        or "team" in text
        or "restaurant" in text
        or "winkel" in text
        or "hotel" in text
        or "caf" in text
        or "shop" in text
        or "markt" in text
        or "market" in text
        or "toko" in text
        or "snackbar" in text
        or "kapsalon" in text
        or (has_digit and _MODEL_CODE_GATE_RE.search(text) is not None)
    )


def _may_introduce(text: str) -> bool:
    """Cheap tests in C for ``_INTRODUCED_BEFORE_RE``."""
    return "ben " in text or "met " in text or "Met " in text or "it is" in text or "ier is" in text


def _without_named_things(
    text: str, persons: list[Span], lex: Lexicon, known: frozenset[str]
) -> list[Span]:
    kept = []
    for span in persons:
        if span.label != "PERSON":
            kept.append(span)
            continue
        value = text[span.start : span.end]
        lows = value.lower().split()
        # (a word of the chat's people stays a person, but for a firm's trade or a department)
        unknown = not known.intersection(lows)
        if (
            unknown
            and len(lows) == 1
            and value[:1].isupper()
            and lows[0] not in lex.first_names
            # (review40: "buurman Okonkwo B12", "mevrouw Okonkwo C3": a person and a flat)
            and _word_before(text, span.start) not in PERSON_CUE_WORDS
            and (
                _MODEL_CODE_AFTER_RE.match(text, span.end)
                or _BUSINESS_AFTER_RE.match(text, span.end)
            )
        ):
            continue
        # ("Groen Noord", "Onderhoud"; not "Zon de Haan", a name with its particle)
        crew = _CREW_BEFORE_RE.search(text, max(0, span.start - 16), span.start)
        joined = _AMPERSAND_BEFORE_RE.search(text, max(0, span.start - 8), span.start)
        if (
            (crew or joined)
            and unknown
            and all(
                w in lex.dutch_words and w not in lex.first_names and w not in PARTICLES
                for w in lows
            )
            # (leak31: after "team" a surname that is also a word is the family or the person,
            # "team Bakker", "met team Visser"; a work domain ("team Groen") or a second word
            # that is no surname ("ploeg Groen Noord") makes it a crew)
            and (
                joined
                or not any(w in lex.surnames and w not in _CREW_DOMAINS for w in lows)
                or (len(lows) > 1 and any(w not in lex.surnames for w in lows))
            )
        ):
            continue
        if any(w in _FIRM_TRADE_WORDS for w in lows[1:]) and _AMPERSAND_AFTER_RE.match(
            text, span.end
        ):
            continue
        tail = _DEPARTMENT_TAIL_RE.search(value) if " van " in value else None
        if (
            tail is not None
            and (department := tail.group(1).lower()) in lex.dutch_words
            and (len(department) >= 5 or _DEPARTMENT_PAIR_AFTER_RE.match(text, span.end))
            and department not in lex.surnames
            and department not in known
            and lows[0] in lex.first_names
            and _INTRODUCED_BEFORE_RE.search(text, max(0, span.start - 16), span.start)
        ):
            span = Span(span.start, span.start + tail.start(), span.label)
        kept.append(span)
    return kept


_FIRM_TRADE_WORDS = words("""bouw onderhoud installatie installaties techniek transport advies
    verhuur schilderwerken timmerwerken grondwerken dakwerken hoveniers tuinen""")


@cache
def default_detector() -> Detector:
    """One shared detector without chat context (built on first use)."""
    return Detector()


def detect(
    text: str, *, known_names: Iterable[str] = (), context: ChatContext | None = None
) -> list[Span]:
    """Personal-data spans in ``text``.

    ``context`` carries what the whole chat says (its people, the organisation's own contact
    data); ``known_names`` is the short form for participant names alone.
    """
    names = tuple(known_names)
    if context is not None:
        context = context.with_persons(names) if names else context
    elif names:
        context = ChatContext(known_persons=names)
    return _context_detector(context).detect(text)


def _context_detector(context: ChatContext | None) -> Detector:
    """The detector for ``context`` (with its persons added)."""
    if context is None or not (
        context.known_persons or context.organisation or context.house_numbers
    ):
        return default_detector()
    return _detector_for(context)


# One detector per chat context; a worker handles many conversations, so only the most recent
# ones are kept.
@lru_cache(maxsize=32)
def _detector_for(context: ChatContext) -> Detector:
    return Detector(context.known_persons, context.organisation, context.house_numbers)


# The word before a lone name ("mevrouw Mol", "fractievoorzitter Zwiep"), and a reported clause
# ("zegt dat Molenaar zijn vergunning ...") whose subject it is.
_WORD_BEFORE_RE = re.compile(r"([^\W\d_][\w'-]*)\.?[ ]+$")
_REPORTED_DAT_RE = re.compile(
    r"\b(?:zegt|zei|vertelt|vertelde|meldt|meldde|hoorde|schrijft|schreef|mailt|mailde)[ ]+dat[ ]+$",
    re.I,
)


@lru_cache(maxsize=32)
def _repeated_homes_pattern(homes: tuple[str, ...]) -> WordAlternation:
    """The chat's addresses, any case and spacing, as whole words ("nummer 17", not "17a")."""
    return WordAlternation(r"\w-", (spaced(h.split()) for h in homes), r"(?![\w]|[-/.,]\d)", re.I)


# Round 39: "achternaam Haveman": the word a name is given after, which makes it a person in the
# whole chat.
_NAME_FIELD_WORDS = words("achternaam voornaam familienaam meisjesnaam geboortenaam roepnaam")


# Round 42: "bedrijfsleider Sterk", "jongerenwerker Daan": a compound whose head is a role
# names a person by its form, however rare the compound.
_ROLE_HEAD_RE = re.compile(
    r"[a-zà-ÿ]{3,}-?(?:leider|leidster|meester|houder|werker|werkster|eigenaar|eigenares|"
    r"voorzitter|directeur|directrice|manager|medewerker|medewerkster|coördinator|coordinator|"
    r"adviseur|consulent|consulente|inspecteur|beheerder|begeleider|begeleidster|agent|"
    r"bestuurder|officier|verpleegkundige|deskundige)"
)


def _after_person_cue(before: str) -> bool:
    word = _WORD_BEFORE_RE.search(before)
    if word is not None and (
        (low := word.group(1).lower()) in PERSON_CUE_WORDS
        or low in _NAME_FIELD_WORDS
        or _ROLE_HEAD_RE.fullmatch(low) is not None
    ):
        return True
    return _REPORTED_DAT_RE.search(before) is not None


def persons_in(texts: Iterable[str], context: ChatContext | None = None) -> tuple[str, ...]:
    """Names found as a person in ``texts`` beyond doubt: full names, or a name after a title.

    Used to make a second pass over a chat with these names known, so "Mol" is redacted in
    "Mol belt morgen" once "Ria Mol" was seen elsewhere in the chat.
    """
    found: dict[str, None] = {}
    for text in texts:
        if not text:
            continue
        text = folded_text(text)  # (the names as the finders read them)
        _add_persons(text, detect(text, context=context), found)
    return tuple(found)


def persons_of(text: str, spans: Iterable) -> tuple[str, ...]:
    """The names among `spans` (found in `text`) that are a person beyond doubt, as
    ``persons_in`` takes them: for text whose spans were found already (an attachment's)."""
    found: dict[str, None] = {}
    _add_persons(text, spans, found)
    return tuple(found)


# The number an iPhone export puts before each attachment's name ("00000005-Pieter Bakker.vcf").
_EXPORT_NUMBER_RE = re.compile(r"^\d{6,10}-")
_FILE_NAME_SEPARATORS_RE = re.compile(r"[-_.+\s]+")
# A double first name or surname in a file name keeps its hyphen ("Jan-Willem", "Smit-Bakker").
_DOUBLE_NAME_RE = re.compile(r"(?<![^\W\d_])([^\W\d_][^\W\d_]+)-(?=[^\W\d_][^\W\d_])")


def file_name_persons(name: str, context: ChatContext | None = None) -> tuple[str, ...]:
    """Names found as a person in a file's name ("paspoort_Mol.pdf", "Pieter Bakker.vcf"): a
    file named after someone names that person, also where the name alone is an ordinary
    word. Its separators read as spaces, the extension and an export's number left out."""
    base = folded_text(name).replace("\\", "/").rsplit("/", 1)[-1]
    stem = base.rsplit(".", 1)[0] if "." in base.strip(".") else base
    stem = _EXPORT_NUMBER_RE.sub("", stem)
    stem = _DOUBLE_NAME_RE.sub(
        lambda m: (
            f"{m[1]}\x01"
            if m[1][:1].isupper() and stem[m.end() : m.end() + 1].isupper()
            else f"{m[1]} "
        ),
        stem,
    )
    words = " ".join(_FILE_NAME_SEPARATORS_RE.sub(" ", stem).split()).replace("\x01", "-")
    if not words:
        return ()
    found = [
        words[s.start : s.end]
        for s in detect(words, context=context)
        if s.label == "PERSON" and words[s.start : s.end][:1].isupper()
    ]
    # A file is named after a person by the surname alone ("Bezwaarschrift Wolters.pdf"): a
    # capitalised known surname there is one, unless it is also a word of the language ("Park",
    # "Haven": known as a person, it would be redacted in every message), a place or a word
    # that is never a name.
    lex = lexicon.load()
    covered = " ".join(found).split()
    for word in words.split():
        low = word.lower()
        if (
            word[:1].isupper()
            and word.isalpha()
            and len(word) >= 3
            and word not in covered
            and low in lex.surnames
            and low not in lex.dutch_words
            and low not in lex.frequent_words
            and low not in lex.places
            and low not in lex.not_names
        ):
            found.append(word)
    return tuple(dict.fromkeys(found))


# "Scholte belde zelf": a verb said of a person right after a name found alone.
_SPEAKER_AFTER_RE = re.compile(
    r"[ ]+(?:belde|belt|zegt|zei|mailde|mailt|appte|appt|vraagt|vroeg|meldde|meldt)\b"
)


def _add_persons(text: str, spans: Iterable[Span], found: dict[str, None]) -> None:
    """Add to ``found`` the PERSON spans of ``text`` that are a person beyond doubt: a full name,
    a name after a cue, a capitalised name that is no word of the language ("Olena"), or one
    before a verb said of a person ("Scholte belde")."""
    for span in spans:
        if span.label in ("EMAIL", "URL_PERSONAL"):
            name = _name_spelled_in(text[span.start : span.end])
            if name:
                found[name] = None
            continue
        if span.label != "PERSON":
            continue
        # (a name written with an invisible character is known as the finders read it)
        value = folded_text(text[span.start : span.end])
        if (
            " " in value.strip()
            or _after_person_cue(text[max(0, span.start - 30) : span.start])
            or _foreign_name(value)
            or _SPEAKER_AFTER_RE.match(text, span.end) is not None
            or _surname_alone(value)
            or ("noem" in text and called_by_nickname(text, span))
        ):
            found[value] = None


def _surname_alone(value: str) -> bool:
    """'Mulder' found as a person on its own: a capitalised listed surname that is no first name
    or place is that person in the whole chat ("nee, mulder rijdt een caddy")."""
    low = value.lower()
    if not value[:1].isupper() or not low.isalpha():
        return False
    lex = lexicon.load()
    return (
        low in lex.common_surnames
        and low not in lex.first_names
        and low not in lex.places
        and low not in lex.not_names
    )


_ADDRESS_PARTS_RE = re.compile(r"[._-]+")


def _name_spelled_in(address: str) -> str | None:
    """'Marloes Beuker' for "facebook.com/marloes.beuker.7" or "marloes.beuker@ziggo.nl": a
    listed first name and the surname the address spells after it, split by dots, hyphens or
    underscores (numbers and what follows the surname left out: "ruben-de-graaf-meppel")."""
    if "@" in address and "/" not in address:
        handle = address.split("@", 1)[0]
    else:
        handle = address.rstrip("/").rsplit("/", 1)[-1].lstrip("@")
    lex = lexicon.load()
    parts = [p.rstrip("0123456789") for p in _ADDRESS_PARTS_RE.split(handle.lower())]
    parts = [p for p in parts if p]
    if len(parts) < 2 or parts[0] not in lex.first_names:
        return None
    # the first name, the particles and one word: what follows is a place or a trade
    # ("ruben-de-graaf-meppel", "maarten-kuipers-ict")
    end = 1
    while end < len(parts) - 1 and end < 4 and parts[end] in PARTICLES:
        end += 1
    parts = parts[: end + 1]
    if not all(p.isalpha() for p in parts) or len(parts[-1]) < 3 or parts[-1] in lex.first_names:
        return None
    if any(p in lex.not_names for p in parts):
        return None
    words = [p if p in PARTICLES else p[:1].upper() + p[1:] for p in parts[1:]]
    return " ".join([parts[0][:1].upper() + parts[0][1:], *words])


def _foreign_name(value: str) -> bool:
    """A capitalised word found as a person that no list of words or places knows."""
    low = value.lower()
    lex = lexicon.load()
    return (
        value[:1].isupper()
        and value.isalpha()
        and len(low) >= 3
        and low not in lex.dutch_words
        and low not in lex.frequent_words
        and low not in lex.places
        and low not in lex.not_names
        and low not in lex.proper_nouns
    )


def detect_chat(
    texts: Sequence[str],
    *,
    participants: Iterable[str] = (),
    context: ChatContext | None = None,
) -> list[list[Span]]:
    """Spans for every message of one chat, found with the whole chat as context.

    The participants' names and every name found as a person in any of the messages
    (``persons_in``) are known while each message is examined, and the rules across messages
    (an answered birth date, BSN or address, a surname named again) apply; the processing
    pipeline stores these spans (``detect_chat_learning``, up to ARCHIEF_CHAT_RULES_MAX_CHARS).
    The chat is read folded (``fold``: look-alikes and invisible characters), so the rules that
    read one message with the next do too; the spans cover the original messages.
    """
    folded = [fold(text) if text else None for text in texts]
    found = _detect_chat(
        [f.text if f is not None else text for f, text in zip(folded, texts, strict=True)],
        participants,
        context,
    )
    return [
        f.spans_back(spans) if f is not None else spans
        for f, spans in zip(folded, found, strict=True)
    ]


@dataclass(frozen=True)
class ChatFound:
    """What ``detect_chat_learning`` finds in a chat: the spans per message, the names it found
    as a person beyond doubt and the house numbers of its addresses (for the chat's attachments)."""

    spans: list[list[Span]]
    persons: tuple[str, ...]
    house_numbers: tuple[str, ...]


def detect_chat_learning(
    texts: Sequence[str],
    *,
    participants: Iterable[str] = (),
    context: ChatContext | None = None,
) -> ChatFound:
    """``detect_chat`` (the processing pipeline's spans for a chat's messages), and the persons
    and house numbers the chat established, which processing knows in the chat's attachments
    and free texts too."""
    spans = detect_chat(texts, participants=participants, context=context)
    persons: dict[str, None] = {}
    numbers: dict[str, None] = {}
    for text, found in zip(texts, spans, strict=True):
        if text and found:
            _add_persons(text, found, persons)
            numbers.update(dict.fromkeys(house_numbers_in(text, found)))
    return ChatFound(spans, tuple(persons), tuple(numbers))


def _detect_each(
    texts: Sequence[str], context: ChatContext, shared: dict[str, _Shared] | None = None
) -> list[list[Span]]:
    """``detect`` over each text, a text repeated ("Ok", "Top 👍") examined once (the detector is
    deterministic for one context); ``shared`` as Detector.detect takes it."""
    memo: dict[str, list[Span]] = {}
    found = []
    detector = _context_detector(context)
    for text in texts:
        if not text:
            found.append([])
            continue
        spans = memo.get(text)
        if spans is None:
            spans = memo[text] = detector.detect(text, shared)
        found.append(list(spans))
    return found


def _detect_chat(
    texts: Sequence[str], participants: Iterable[str], context: ChatContext | None
) -> list[list[Span]]:
    participants = tuple(participants)
    context = context or ChatContext()
    participant_firms = firm_names(participants)
    firms = participant_firms + institutions_named(texts)
    if firms:
        # "Aannemer Roelofs - Kees Boer": Roelofs is the firm in this chat, Kees Boer the person.
        organisation = context.organisation
        context = replace(
            context,
            organisation=replace(organisation, names=tuple({*organisation.names, *firms})),
        )
    context = context.with_persons(participants)
    # The first pass is ``persons_in``; its spans are kept for when it finds nobody new. (Round
    # speed53: what the finders before the name finder find is kept for the second pass.)
    shared: dict[str, _Shared] = {}
    first = _detect_each(texts, context, shared)
    persons: dict[str, None] = {}
    for text, spans in zip(texts, first, strict=True):
        if text:
            _add_persons(text, spans, persons)
    known = context.with_persons(persons)
    # Walk 50: the house numbers of the addresses found are known as the persons are.
    known = known.with_house_numbers(_chat_house_numbers(texts, first))
    # Nobody new seen as a person: the same context, so a second pass would repeat the first.
    found = first if known == context else _second_pass(texts, first, context, known, shared)
    # "Geboortedatum?" - "12-03-1961": a message asking for a birth date makes the date that
    # opens the next one a birth date, also after a short reply without a number ("Welke?").
    for index in range(1, len(texts)):
        if not texts[index]:
            continue
        if not _DIGIT_RE.search(texts[index]):
            # Round 31: "waar woont die?" - "Kastanjelaan negen, ...": a house number in words
            spelled = answered_spelled_address(texts[index - 1] or "", texts[index])
            if "negentien" in texts[index] or "tweeduizend" in texts[index]:
                spelled += answered_spelled_birthdates(texts[index - 1] or "", texts[index])
            if spelled:
                found[index] = resolve([*found[index], *spelled])
            continue
        answered = answered_birthdates(texts[index - 1] or "", texts[index])
        # Round 28: also past a message that gave one of the birth dates asked for ("naam en
        # geboortedatum van uw vrouw?" - "Johanna ..., geboren ..." - "en ik ben 8 juni 1944")
        if (
            not answered
            and index > 1
            and (
                not _DIGIT_RE.search(texts[index - 1] or "")
                or any(s.label == "DATE_OF_BIRTH" for s in found[index - 1])
            )
        ):
            answered = answered_birthdates(texts[index - 2] or "", texts[index])
        if (
            not answered
            and index > 1
            and "?" in (texts[index - 1] or "")
            and any(s.label == "DATE_OF_BIRTH" for s in found[index - 2])
        ):
            answered = corrected_birthdates(texts[index])
        if answered:
            homes = _homes_in_data_lists(texts[index], answered)
            found[index] = resolve([*found[index], *answered, *homes])
        # Round 25: "Rekening van de vereniging?" - "NL..": the body's account, answered.
        if any(s.label == "IBAN" and s.start < 8 for s in found[index]) and _asks_bodys_account(
            texts[index - 1] or ""
        ):
            found[index] = [s for s in found[index] if not (s.label == "IBAN" and s.start < 8)]
        # "BSN?" - "9354 127 12": the answer opens with the number, in any grouping.
        bsns = answered_bsns(texts[index - 1] or "", texts[index])
        if bsns:
            found[index] = resolve([*found[index], *bsns])
        # "Adres?" - "De Schiphorst 4, eigenaar ...": the answer opens with the address.
        address = answered_address(texts[index - 1] or "", texts[index])
        if address:
            found[index] = resolve([*found[index], *address])
        # "Vinkenstraat 12?" - "ja, 7942 he": a postcode whose letters are a word, right after
        # a message with an address.
        if any(s.label == "ADDRESS" for s in found[index - 1]):
            postcodes = postcodes_of_words(texts[index])
            if postcodes:
                found[index] = resolve([*found[index], *postcodes])
    _without_business_premises(texts, found)
    _mobile_fragments_sent_early(texts, found)
    _mobiles_split_over_messages_r48(texts, found)
    _street_lived_on_then_number_r48(texts, found)
    _without_firms_with_service_lines(texts, found, participants)
    _without_bodies_lines_answered(texts, found)
    _without_lines_of_bodies_referred_to(texts, found)
    _without_firms_chosen(texts, found, participants)
    _without_firms_asked_about(texts, found, participants)
    _persons_not_streets(texts, found)
    _coordinated_persons(texts, found)
    _chat_persons_named_again(texts, found)
    _first_names_said_again_r48(texts, found)
    _without_firms_in_lower_case_r48(texts, found)
    _lower_case_persons_again(texts, found)
    _nicknames_said_of_chat_persons(texts, found)
    _particle_surnames_in_lower_case(texts, found)
    _handles_of_chat_surnames(texts, found)
    _initials_before_chat_surnames(texts, found)
    if participants:
        _participants_addressed(texts, found, participants)
    _quoted_chat_surnames(texts, found)
    _without_urls_of_named_bodies(texts, found)
    # "buurvrouw Greet van nummer 17" ... "dan is nummer 17 haar adres": an address the chat
    # holds is that address wherever the chat repeats it.
    homes = {
        " ".join(text[s.start : s.end].lower().split())
        for text, spans in zip(texts, found, strict=True)
        for s in spans
        # (not a bare number: "bij 143 niemand" may be the empty house next door)
        if s.label == "ADDRESS" and not text[s.start : s.end].strip().isdigit()
    }
    # "grofvuil Buitenom 28? nee Buitenom 26, mevr Kuik": another number in a street of the chat's
    # addresses is a house there too.
    streets = frozenset(
        street
        for text, spans in zip(texts, found, strict=True)
        for s in spans
        if s.label == "ADDRESS" and (street := street_of(text[s.start : s.end])) is not None
    )
    if streets:
        _without_streets_as_persons(texts, found, streets, participants)
        lex = lexicon.load()
        for index, text in enumerate(texts):
            if text and _DIGIT_RE.search(text):
                more = [
                    span
                    for span in numbers_in_streets(text, streets, lex)
                    if not any(s.start < span.end and span.start < s.end for s in found[index])
                ]
                if more:
                    found[index] = resolve([*found[index], *more])
    if homes:
        again_re = _repeated_homes_pattern(tuple(sorted(homes)))
        for index, text in enumerate(texts):
            if text and _DIGIT_RE.search(text):
                repeats = [
                    Span(m.start(), m.end(), "ADDRESS")
                    for m in again_re.finditer(text)
                    if not any(s.start < m.end() and m.start() < s.end for s in found[index])
                ]
                if repeats:
                    found[index] = resolve([*found[index], *repeats])
    # A birth date said again in another format ("geb 050581" ... "dus 5 mei 1981").
    births = frozenset(
        key
        for text, spans in zip(texts, found, strict=True)
        for s in spans
        if s.label == "DATE_OF_BIRTH" and (key := date_key(text[s.start : s.end])) is not None
    )
    if births:
        for index, text in enumerate(texts):
            if text and _DIGIT_RE.search(text):
                again = same_dates(text, births)
                if again:
                    found[index] = resolve([*found[index], *again])
    if streets or homes:
        _without_business_premises(texts, found)  # (not found again as a street's house)
    _names_spelled_by_addresses(texts, found)
    _chat_rules_r49(texts, found, participants, participant_firms)
    chat_rules_r50(texts, found, participants)
    chat_rules_r51(texts, found, participants)
    chat_rules_r52(texts, found, participants)
    chat_rules_r53(texts, found, participants)
    chat_rules_r54(texts, found, participants)
    chat_rules_r55(texts, found, participants)
    chat_rules_r56(texts, found, participants)
    return found


# A word that opens a clause after a name-like capitalised word ("Vrede dat het lukt")
_NAME_ALONE_AFTER = r"(?=[ ]*(?:[?!.,;:)]|$))"


# "Stageco of Podiumverhuur Hoekstra?": a firm offered in a question, by its kind and its name
_FIRM_KIND_AND_NAME_RE = re.compile(
    r"(?<![\w-])([A-Z][a-zà-ÿ]{3,})[ ]+([A-Z][a-zà-ÿ'-]{2,})(?![\w-])"
)


_SPOKEN_OF_AS_A_PERSON_RE = re.compile(
    r"\b(?i:hij|zij|ze|zijn|z'n|haar|d'r|woont|woonde|wonen|zelf|zwager|schoonzus|broer|zus|oom|"
    r"tante|neef|nicht|buurman|buurvrouw|vriend|vriendin|mijn|m'n|he|she|his|her|lives)\b"
)


def _without_firms_chosen(
    texts: Sequence[str], found: list[list[Span]], participants: Sequence[str]
) -> None:
    """Round 33: "Bouwbedrijf Smit of Jansen Bouw?" - "smit, die was goedkoper": the one word
    that opens the answer to a question offering firms, as the name of one of them, is that
    firm, no person (not a name of the chat's people). In place."""
    own = {w.lower() for name in participants for w in (name or "").split()}
    for index in range(1, len(texts)):
        question = texts[index - 1] or ""
        if not found[index] or "?" not in question:
            continue
        text = texts[index]
        firms = {
            name.lower()
            for kind, name in _FIRM_KIND_AND_NAME_RE.findall(question)
            if is_firm_word(kind.lower())
        }
        if not firms:
            continue
        found[index] = [
            s
            for s in found[index]
            if not (
                s.label == "PERSON"
                and not text[: s.start].strip()
                and text[s.start : s.end].lower() in firms
                and text[s.start : s.end].lower() not in own
                # (review45: not where the answer speaks of that person: "Okonkwo woont naast
                # mij", "Mekonnen, hij is mijn zwager", "Tesfaye komt zelf, hij ...")
                and _SPOKEN_OF_AS_A_PERSON_RE.search(text, s.end) is None
            )
        ]


# Round 44: "wat is het nummer van Stadsbeheer piket?": the number of a named body asked for.
_BODYS_NUMBER_ASKED_RE = re.compile(
    r"\b(?:nummer|telefoonnummer|tel\.?nr\.?)[ ]+van[ ]+(?:de[ ]+|het[ ]+)?"
    r"([A-Z][\w-]+(?:[ ][\w-]+){0,2})[ ]*\?"
)


def _without_bodies_lines_answered(texts: Sequence[str], found: list[list[Span]]) -> None:
    """Round 44: "nummer van Stadsbeheer piket?" - "0522 ... buiten kantoortijd": a landline
    opening the answer to a question for the number of a named body (no person) is that body's
    line ("en van Theo zelf?" asks a person's). In place."""
    for index in range(1, len(texts)):
        question, text = texts[index - 1] or "", texts[index]
        if not text or "?" not in question or not found[index]:
            continue
        asked = _BODYS_NUMBER_ASKED_RE.search(question)
        if asked is None or any(
            s.label == "PERSON" and s.start < asked.end(1) and asked.start(1) < s.end
            for s in found[index - 1]
        ):
            continue
        found[index] = [
            s
            for s in found[index]
            if not (
                s.label == "PHONE"
                and not text[: s.start].strip()
                and not _digits_of(text[s.start : s.end]).startswith("06")
            )
        ]


# A one-word name opening the message as a question: "Haverkamp? ...".
_ASKED_OPENING_RE = re.compile(r"[ ]*([A-Z][\w'-]+)[ ]*\?")


def _without_firms_asked_about(
    texts: Sequence[str], found: list[list[Span]], participants: Sequence[str]
) -> None:
    """Round 44: "ik heb Brandbeveiliging Haverkamp gevraagd" ... "Haverkamp? familie van
    ...?": the name of a firm the chat names by its kind, asked about on its own at a message's
    opening, is that firm (not a name of the chat's people). In place."""
    firms = {
        name.lower()
        for text in texts
        if text
        for kind, name in _FIRM_KIND_AND_NAME_RE.findall(text)
        if is_firm_word(kind.lower())
    }
    if not firms:
        return
    firms -= {w.lower() for name in participants for w in (name or "").split()}
    for index, spans in enumerate(found):
        text = texts[index]
        asked = _ASKED_OPENING_RE.match(text) if text and "?" in text else None
        if asked is None or asked.group(1).lower() not in firms:
            continue
        found[index] = [
            s
            for s in spans
            if not (s.label == "PERSON" and (s.start, s.end) == (asked.start(1), asked.end(1)))
        ]


# One capitalised word and a house number, the whole of an address span ("Hnatyuk 21").
_WORD_AND_NUMBER_RE = re.compile(r"([A-Z][a-zà-ÿ'-]{2,})[ ]+\d{1,4}[a-z]?")


def _persons_not_streets(texts: Sequence[str], found: list[list[Span]]) -> None:
    """Round 41: "Natalia Hnatyuk, 3 kinderen" ... "Tkachenko kamer 14, Hnatyuk 21 en 22": a
    word the chat shows as a person's surname (after a first name) is that person before a
    number too, no street, unless it has a street's ending or is a place. In place."""
    surnames = {
        value.rsplit(" ", 1)[1]
        for text, spans in zip(texts, found, strict=True)
        for s in spans
        if s.label == "PERSON"
        and " " in (value := text[s.start : s.end])
        and value.rsplit(" ", 1)[1][:1].isupper()
    }
    if not surnames:
        return
    lex = lexicon.load()
    for index, spans in enumerate(found):
        text = texts[index]
        if not text:
            continue
        for k, span in enumerate(spans):
            if span.label != "ADDRESS":
                continue
            m = _WORD_AND_NUMBER_RE.fullmatch(text, span.start, span.end)
            if (
                m is not None
                and m.group(1) in surnames
                and street_suffix(m.group(1)) is None
                and m.group(1).lower() not in lex.places
                and m.group(1).lower() not in lex.dutch_words
            ):
                spans[k] = Span(m.start(1), m.end(1), "PERSON")


# Two names coordinated: "klaas wel, trees niet", "jan en piet", "kees, anne en bram".
_COORDINATED_AFTER_RE = re.compile(
    r"(?:[ ]+(?:wel|niet|ook|nog|al))?(?:[ ]*,[ ]*|[ ]+(?:en|of|&)[ ]+)([a-zà-ÿ][a-zà-ÿ'-]{2,})"
    r"(?![\w@/-]|\.\w)"
)
_COORDINATED_BEFORE_RE = re.compile(
    r"(?<![\w@./-])([a-zà-ÿ][a-zà-ÿ'-]{2,})(?:[ ]+(?:wel|niet|ook|nog|al))?"
    r"(?:[ ]*,[ ]*|[ ]+(?:en|of|&)[ ]+)$"
)


_NUMBER_AFTER_RE = re.compile(r"[ ]*\d")


def _coordinated_persons(texts: Sequence[str], found: list[list[Span]]) -> None:
    """Round 41: "Trees van de koffieochtend" ... "klaas wel, trees niet": a lower-case word
    coordinated with a person ("wel, ... niet", "en", "of", a comma) that the chat shows as a
    one-word person elsewhere is that person too; so is such a word singled out closing a
    sentence (Round 44: "dan alleen merel."). In place."""
    names = _one_word_persons(texts, found) | _first_words_of_full_names(texts, found)
    if not names:
        return
    for index, spans in enumerate(found):
        text = texts[index]
        # (cheap gate, substring tests in C: one of the names in lower case)
        if not text or not any(name in text for name in names):
            continue
        more = [
            Span(m.start(1), m.end(1), "PERSON")
            for pattern in (_FOCUSED_NAME_RE, _CONTACTED_NAME_RE)
            for m in pattern.finditer(text)
            if m.group(1) in names
            and not any(s.start < m.end(1) and m.start(1) < s.end for s in spans)
        ]
        for span in spans:
            if span.label != "PERSON":
                continue
            after = _COORDINATED_AFTER_RE.match(text, span.end)
            before = _COORDINATED_BEFORE_RE.search(text, max(0, span.start - 40), span.start)
            own = text[span.start : span.end].lower()
            for m in (after, before):
                if (
                    m is not None
                    and m.group(1) in names
                    # (not the same word again, nor a word before a number: "naam van Goud,
                    # goud 2024 is op")
                    and m.group(1) != own
                    and _NUMBER_AFTER_RE.match(text, m.end(1)) is None
                    and not any(s.start < m.end(1) and m.start(1) < s.end for s in spans)
                ):
                    more.append(Span(m.start(1), m.end(1), "PERSON"))
        if more:
            found[index] = resolve([*spans, *more])


# Round 45: "haar zoon Job komt ook" ... "top. Job zei dat ...": a capitalised word the chat
# shows as a one-word person, named again (opening a sentence only before a verb of its own).
_CAPITALISED_WORD_RE = re.compile(r"(?<![\w@./-])([A-Z][a-zà-ÿ]{2,})(?![\w@/'’-]|\.\w|[ ]?&)")
_SENTENCE_OPENING_BEFORE_RE = re.compile(r"(?:^|[.!?:\n])[ ]*$")
_OWN_VERB_AFTER_RE = re.compile(
    r"[ ]+(?:zei|zegt|vroeg|vraagt|belde|belt|komt|kwam|heeft|had|is|was|wil|wilde|kan|kon|moet|"
    r"gaat|ging|doet|deed|weet|wist|meldde|meldt|zit|staat|woont)\b"
)


_CAPITALISED_AFTER_RE = re.compile(r"[ ]+[A-Z]")
_THING_WORD_BEFORE_RE = re.compile(r"([^\W\d_]+)[ ]+$")
# Things named like a person: "storm Dirk", "project Jan", "hond Max".
_NAMED_THINGS = words("storm orkaan project operatie hond kat paard pony boot schip")
_PLACE_WORDS_BEFORE = words("de het 't in uit naar te op")


def _named_thing_before(text: str, start: int) -> bool:
    """Whether the word before ``start`` makes the name a firm's or a thing's: a capitalised
    word ("Taxi Jansen"), a firm's word or the kind of a named thing ("storm Dirk")."""
    before = _THING_WORD_BEFORE_RE.search(text, max(0, start - 30), start)
    if before is None:
        return False
    word = before.group(1)
    if word in _PLACE_WORDS_BEFORE:
        return True  # "op de Ekkelenkamp", "zit in Hoogeveen": a place
    if word in PARTICLES:
        # "Café de Vos", "Tuinen van Tim": the particle of a longer proper noun
        return _thing_word_before(text, before.start())
    return word[:1].isupper() or word in _NAMED_THINGS or is_firm_word(word.lower())


def _thing_word_before(text: str, start: int) -> bool:
    before = _THING_WORD_BEFORE_RE.search(text, max(0, start - 30), start)
    return before is not None and before.group(1)[:1].isupper()


# "job dan?", "van job zelf": a name offered or singled out.
_NAME_ALONE_AFTER_RE = re.compile(r"[ ]+(?:dan[ ]*\?|zelf\b)")
# Before a word that makes it a noun, no name: an article, a determiner, a possessive.
_DETERMINER_BEFORE_RE = re.compile(
    r"\b(?i:de|het|een|die|deze|dat|dit|mijn|m'n|je|jouw|zijn|z'n|haar|ons|onze|uw|hun|elke|"
    r"iedere|geen|welke|andere|nieuwe|goede|eigen|vaste)[ ]+$"
)


def _lower_case_persons_again(texts: Sequence[str], found: list[list[Span]]) -> None:
    """Round 45: "jij 24e, ik 25e, mol 26e?" ... "mol heeft vakantie", "job kok?" ... "van job
    zelf": a listed name the chat shows in lower case as a person (alone or as a full name's
    first word), again in lower case elsewhere (not after an article or a possessive). In
    place."""
    lex = lexicon.load()
    names = set()
    for text, spans in zip(texts, found, strict=True):
        for s in spans:
            value = text[s.start : s.end]
            first = value.split()[0]
            if (
                s.label == "PERSON"
                and value.islower()
                and len(value.split()) <= 2
                and len(first) >= 3
                and first.isalpha()
                and (first in lex.first_names or first in lex.surnames)
            ):
                names.add(first)
    if not names:
        return
    pattern = re.compile(r"(?<![\w@./-])(" + "|".join(sorted(names)) + r")(?![\w@/-]|\.\w)")
    for index, spans in enumerate(found):
        text = texts[index]
        if not text:
            continue
        more = [
            Span(m.start(1), m.end(1), "PERSON")
            for m in pattern.finditer(text)
            if not any(s.start < m.end(1) and m.start(1) < s.end for s in spans)
            and _DETERMINER_BEFORE_RE.search(text, max(0, m.start(1) - 12), m.start(1)) is None
            and _CAPITALISED_AFTER_RE.match(text, m.end(1)) is None
            and (
                m.group(1) not in lex.dutch_words
                or _OWN_VERB_AFTER_RE.match(text, m.end(1)) is not None
                or _NAME_ALONE_AFTER_RE.match(text, m.end(1)) is not None
            )
        ]
        if more:
            found[index] = resolve([*spans, *more])


def _chat_persons_named_again(texts: Sequence[str], found: list[list[Span]]) -> None:
    """Round 45: a one-word person of the chat, capitalised again in another message. In place."""
    names = _one_word_persons(texts, found)
    if not names:
        return
    lex = lexicon.load()
    for index, spans in enumerate(found):
        text = texts[index]
        if not text:
            continue
        more = [
            Span(m.start(1), m.end(1), "PERSON")
            for m in _CAPITALISED_WORD_RE.finditer(text)
            if m.group(1).lower() in names
            and not any(s.start < m.end(1) and m.start(1) < s.end for s in spans)
            and not _named_thing_before(text, m.start(1))
            and _CAPITALISED_AFTER_RE.match(text, m.end(1)) is None  # ("Groot Onderhoud")
            and (
                _OWN_VERB_AFTER_RE.match(text, m.end(1)) is not None
                # (a word of the language only before its own verb: "Wij hebben Storm gehad")
                or not (
                    _SENTENCE_OPENING_BEFORE_RE.search(text, 0, m.start(1)) is not None
                    or m.group(1).lower() in lex.dutch_words
                )
            )
        ]
        if more:
            found[index] = resolve([*spans, *more])


# Round 48: "busje van Taxi Haan Meppel" ... "taxi haan, lol": a firm the chat names by a
# firm word and a name, again in lower case, is no person.
_FIRM_WORD_AND_NAME_RE = re.compile(r"(?<![\w-])([A-Z][a-z]{2,})[ ]+([A-Z][a-z]{2,})(?![\w-])")


def _without_firms_in_lower_case_r48(texts: Sequence[str], found: list[list[Span]]) -> None:
    if not any(
        s.label == "PERSON" and text[s.start : s.end].islower()
        for text, spans in zip(texts, found, strict=True)
        for s in spans
    ):
        return  # (no person in lower case: most chats, no pass over their texts)
    firms = {
        (m.group(1).lower(), m.group(2).lower())
        for text in texts
        if text
        for m in _FIRM_WORD_AND_NAME_RE.finditer(text)
        if is_firm_word(m.group(1).lower())
    }
    if not firms:
        return
    for index, spans in enumerate(found):
        text = texts[index]
        if not text or not any(s.label == "PERSON" for s in spans):
            continue
        kept = [
            s
            for s in spans
            if not (
                s.label == "PERSON"
                and (name := text[s.start : s.end]).islower()
                and (_word_before(text, s.start), name) in firms
            )
        ]
        if len(kept) != len(spans):
            found[index] = kept


def _word_positions(text: str, word: str) -> Iterator[int]:
    """Where ``word`` stands in ``text`` as a whole word (not inside a word, a link or an
    address)."""
    at = text.find(word)
    while at != -1:
        end = at + len(word)
        if (at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "@./-_")) and (
            end == len(text) or not (text[end].isalnum() or text[end] in "@/'’-_&")
        ):
            yield at
        at = text.find(word, end)


# Round 48: an answer's opening word before the chat's one-word person in lower case
_ANSWER_OPENING_BEFORE_RE = re.compile(r"^[ ]*(?i:ja|nee|ok|oké|oke|klopt)[ ,]+$")
_CAPITALISED_BEFORE_R48_RE = re.compile(r"[A-Z][\w'-]*[ ]+(?:(?:met|van|voor|en|de|het)[ ]+)?$")
_ECHO_ASKED_RE = re.compile(r"[ ]*([a-zà-ÿ]{3,})\?")


def _first_names_said_again_r48(texts: Sequence[str], found: list[list[Span]]) -> None:
    """Round 48: "wijkagent is Hoop Ebbers" ... "kan Hoop bij haar langs?", "dan Hoop": the first
    name of a full name the chat shows (a word too), capitalised again alone inside a sentence;
    "hoop?" opening the reply to a message naming Hoop; "Bram, Storm en Joy" ... "ja storm
    heeft EHBO": a one-word person in lower case after an answer's opening, before a verb. In
    place."""
    firsts = _first_words_of_full_names(texts, found)
    ones = _one_word_persons(texts, found)
    if not firsts and not ones:
        return
    # (the chat's first names, capitalised, found by str.find: no pattern compiled per chat)
    capitals = [f[:1].upper() + f[1:] for f in sorted(firsts)]
    for index, spans in enumerate(found):
        text = texts[index]
        if not text:
            continue
        more = [
            Span(at, at + len(name), "PERSON")
            for name in capitals
            if name in text
            for at in _word_positions(text, name)
            if not any(s.start < at + len(name) and at < s.end for s in spans)
            and _SENTENCE_OPENING_BEFORE_RE.search(text, 0, at) is None
            and _CAPITALISED_AFTER_RE.match(text, at + len(name)) is None
            and not _named_thing_before(text, at)
            # (not "Fit met Dewi": a capitalised word before, a firm's name)
            and _CAPITALISED_BEFORE_R48_RE.search(text, max(0, at - 20), at) is None
        ]
        echo = _ECHO_ASKED_RE.match(text) if "?" in text else None
        if echo is not None and index > 0 and texts[index - 1]:
            previous = texts[index - 1]
            if any(
                s.label == "PERSON" and previous[s.start : s.end].lower() == echo.group(1)
                for s in found[index - 1]
            ):
                more.append(Span(echo.start(1), echo.end(1), "PERSON"))
        for low in ones:
            at = text.find(low)
            if (
                at > 0
                and _ANSWER_OPENING_BEFORE_RE.match(text, 0, at) is not None
                and _OWN_VERB_AFTER_RE.match(text, at + len(low)) is not None
            ):
                more.append(Span(at, at + len(low), "PERSON"))
        more = [m for m in more if not any(s.start < m.end and m.start < s.end for s in spans)]
        if more:
            found[index] = resolve([*spans, *more])


# Round 44: "Merel en misschien Ton" ... "dan alleen merel.": a lower-case word after a word
# that singles it out (only, also, except), closing the sentence.
_FOCUSED_NAME_RE = re.compile(
    r"\b(?:alleen|ook|behalve|zonder|enkel|zelfs)[ ]+([a-zà-ÿ][a-zà-ÿ'-]{2,})(?=[ ]*(?:[.!?;]|$))"
)


# Round 45: "Hans is erheen" ... "ik stuur hans daarna", "die van hoop": a lower-case word right
# after a verb of sending, calling or asking someone, or after "die van" (whose one it is).
_CONTACTED_NAME_RE = re.compile(
    r"\b(?:stuur|stuurt|stuurde|bel|belt|belde|vraag|vraagt|vroeg|mail|mailt|app|appt|informeer|"
    r"spreek|zeg[ ]+(?:het[ ]+)?tegen|die[ ]+van|dat[ ]+van)[ ]+([a-zà-ÿ][a-zà-ÿ'-]{2,})"
    r"(?![\w@/-]|\.\w)"
)


def _one_word_persons(texts: Sequence[str], found: list[list[Span]]) -> set[str]:
    """The capitalised one-word persons the chat shows ("Trees", "Merel"), in lower case."""
    return {
        value.lower()
        for text, spans in zip(texts, found, strict=True)
        for s in spans
        if s.label == "PERSON"
        and " " not in (value := text[s.start : s.end])
        and value[:1].isupper()
    }


def _first_words_of_full_names(texts: Sequence[str], found: list[list[Span]]) -> set[str]:
    """Round 43: "Erica Manuhutu, geb ..." ... "ik neem erica en lisanne": the first name of a
    full name the chat shows (a capitalised word before a capitalised surname, no particle)."""
    out = set()
    for text, spans in zip(texts, found, strict=True):
        for s in spans:
            if s.label != "PERSON":
                continue
            parts = text[s.start : s.end].split()
            if (
                len(parts) == 2
                and len(parts[0]) > 2
                and parts[0].isalpha()
                and parts[0][:1].isupper()
                and parts[1][:1].isupper()
                and parts[0].lower() not in PARTICLES
            ):
                out.add(parts[0].lower())
    return out


# An initial (or two), a full stop and a word, as one word: "p.olthof" (no e-mail, no link).
_INITIAL_DOT_WORD_RE = re.compile(r"(?<![\w@./-])[A-Za-z]{1,2}\.([^\W\d_]{3,})(?![\w@/-]|\.\w)")


def _particle_surnames_in_lower_case(texts: Sequence[str], found: list[list[Span]]) -> None:
    """Round 45: "aanvrager Piet de Boer" ... "kun jij de boer mailen?": the surname with its
    particle of a person the chat names in full, in lower case elsewhere, is that person. In
    place."""
    surnames = set()
    for text, spans in zip(texts, found, strict=True):
        for s in spans:
            parts = text[s.start : s.end].split()
            if s.label == "PERSON" and len(parts) >= 3 and parts[1].lower() in PARTICLES:
                surnames.add(" ".join(parts[1:]).lower())
    if not surnames:
        return
    pattern = re.compile(
        r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(surnames))) + r")(?![\w-])"
    )
    for index, spans in enumerate(found):
        text = texts[index]
        if not text:
            continue
        taken = Overlaps(spans)
        more = [
            Span(m.start(), m.end(), "PERSON")
            for m in pattern.finditer(text)
            if m.group().islower()
            and not taken(m.start(), m.end())
            and (not m.group().startswith("de ") or _contacted_around(text, m.start(), m.end()))
        ]
        if more:
            found[index] = resolve([*spans, *more])


# Round 45: "de wolf van het sprookje" is the animal; "kun jij de boer mailen?", "bel de vries"
# name the person: a verb of contacting before or after.
_CONTACT_BEFORE_RE = re.compile(r"\b(?:bel|mail|app|vraag|stuur|informeer|tegen|met)[ ]+$")
_CONTACT_AFTER_RE = re.compile(r"[ ]+(?:mailen|bellen|appen|vragen|informeren|spreken|zelf)\b")


def _contacted_around(text: str, start: int, end: int) -> bool:
    """Whether a verb of contacting someone stands right before ``start`` or after ``end``."""
    return (
        _CONTACT_BEFORE_RE.search(text, max(0, start - 16), start) is not None
        or _CONTACT_AFTER_RE.match(text, end) is not None
    )


def _handles_of_chat_surnames(texts: Sequence[str], found: list[list[Span]]) -> None:
    """Round 41: "wijkagent Peter Olthof" ... "p.olthof zit in teams": an initial, a full stop
    and the surname of a person the chat names in full, as one word (an account or Teams
    name, no e-mail address or link), is that person. In place."""
    surnames = {
        value.rsplit(" ", 1)[1].lower()
        for text, spans in zip(texts, found, strict=True)
        for s in spans
        if s.label == "PERSON" and " " in (value := text[s.start : s.end])
    }
    if not surnames:
        return
    for index, spans in enumerate(found):
        text = texts[index]
        if not text or "." not in text:
            continue
        more = [
            Span(m.start(), m.end(), "PERSON")
            for m in _INITIAL_DOT_WORD_RE.finditer(text)
            if m.group(1).lower() in surnames
            and not any(s.start < m.end() and m.start() < s.end for s in spans)
        ]
        if more:
            found[index] = resolve([*spans, *more])


# Initials of two or three first names right before a word, with or without full stops, in
# any case: "dj ", "BJ ", "D.J. ".
_INITIALS_BEFORE_RE = re.compile(r"(?<![\w@./-])((?:[A-Za-z]\.?){2,3})[ ]+$")


def _double_first_name_initials(value: str) -> tuple[str, str] | None:
    """The initials of a full name's two or three first names and its surname (from its first
    particle), lower case ("dj" and "haverkort" of "Dirk Jan Haverkort"); None for others."""
    parts = value.split()
    cut = next((k for k, w in enumerate(parts) if k and w.lower() in PARTICLES), len(parts) - 1)
    firsts = parts[:cut]
    if len(firsts) == 1 and firsts[0].count("-") == 1:
        firsts = firsts[0].split("-")  # Round 45: "Evert-Jan Smid" is "ej"
    if not 2 <= len(firsts) <= 3 or not all(w.isalpha() and w[:1].isupper() for w in firsts):
        return None
    return "".join(w[0] for w in firsts).lower(), " ".join(parts[cut:]).lower()


# Round 45: "Arend Jan Slot komt mee" ... "ik zeg het tegen aj", "klopt die van ej?": the
# initials of a double first name the chat writes in full, in lower case, after a preposition
# and closing the clause.
_INITIALS_ALONE_RE = re.compile(
    r"\b(?:tegen|van|met|aan|voor|bij|naar|en|of)[ ]+([a-z]{2})(?=[ ]*(?:[.!?,;:]|$))"
)


def _initials_before_chat_surnames(texts: Sequence[str], found: list[list[Span]]) -> None:
    """Round 44: "Berend Jan Scholten wil een terras" ... "BJ scholten? die ken ik": the
    initials of the first names of a person the chat names in full, right before that person's
    surname, belong to the name. In place."""
    initials = {
        pair
        for text, spans in zip(texts, found, strict=True)
        for s in spans
        if s.label == "PERSON" and (pair := _double_first_name_initials(text[s.start : s.end]))
    }
    if not initials:
        return
    alone = {pair[0] for pair in initials}
    for index, spans in enumerate(found):
        text = texts[index]
        more = [
            Span(m.start(1), m.end(1), "PERSON")
            for m in _INITIALS_ALONE_RE.finditer(text)
            if m.group(1) in alone
            and not any(s.start < m.end(1) and m.start(1) < s.end for s in spans)
        ]
        if more:
            spans = found[index] = resolve([*spans, *more])
        grown = []
        for span in spans:
            before = _INITIALS_BEFORE_RE.search(text, max(0, span.start - 12), span.start)
            if (
                span.label == "PERSON"
                and before is not None
                and (before.group(1).replace(".", "").lower(), text[span.start : span.end].lower())
                in initials
            ):
                span = Span(before.start(1), span.end, "PERSON")
            grown.append(span)
        if grown != spans:
            found[index] = resolve(grown)


# Round 43: "ruub, ..." for Ruben, "daan, ..." for Daniël: a clipped first name whose last
# syllable was open keeps its long vowel doubled, opening the message before a comma. The
# lookahead bounds the word (a first name of at most 15 letters): unbounded, "[a-z]*(aa|..)[a-z]+"
# tried every split of a long first word, quadratic (a 5 MB message took 42 s).
_LENGTHENED_CLIP_RE = re.compile(
    r"^[ ]*(?:(?:hoi|hey|hi|hallo|dag|morgen|goedemorgen|ha)[ ,]+)?"
    r"(?=[a-z]{3,15}[ ]*,)([a-z]*(aa|ee|oo|uu)[a-z]+)[ ]*,"
)
# Round 43: "Job de intake van ... staat op maandag": a participant's first name that is a word
# (job, bob, mark) opening the message, capitalised, before an article, a noun phrase and a
# finite verb: the clause after the name is whole, so the name is whom it is written to.
_NAME_BEFORE_CLAUSE_RE = re.compile(
    r"^[ ]*([A-Z][a-z]{2,})[ ]+(?:de|het)[ ]+(?:[^\W\d_]+[ ]+){1,8}?"
    r"(?:is|staat|stond|komt|kwam|moet|heeft|had|wordt|werd|gaat|ging|loopt|ligt|zit|kan|mag|"
    r"zal|was|blijft)\b"
)


def _participants_addressed(
    texts: Sequence[str], found: list[list[Span]], participants: Sequence[str]
) -> None:
    """Round 43: a participant's first name addressed at the message's opening, clipped with a
    lengthened vowel ("ruub,") or a word before a whole clause ("Job de intake ... staat").
    In place."""
    firsts = {
        part.lower()
        for name in participants
        if name.split()
        for part in name.split()[0].split("-")
        if len(part) >= 3 and part.isalpha()
    }
    if not firsts:
        return
    lex = lexicon.load()
    for index, spans in enumerate(found):
        text = texts[index]
        if not text:
            continue
        more = []
        clip = _LENGTHENED_CLIP_RE.match(text)
        if clip is not None:
            word = clip.group(1)
            pair = clip.group(2)
            short = word.replace(pair, pair[0], 1)
            if (
                word not in lex.dutch_words
                and word not in lex.frequent_words
                and len(short) >= 3
                and any(len(f) >= len(short) + 2 and f.startswith(short) for f in firsts)
            ):
                more.append(Span(clip.start(1), clip.end(1), "PERSON"))
        named = _NAME_BEFORE_CLAUSE_RE.match(text)
        if named is not None and named.group(1).lower() in firsts:
            more.append(Span(named.start(1), named.end(1), "PERSON"))
        more += _participants_greeted(text, firsts)
        opening = _clip_opening_a_topic(text, firsts, lex)
        if opening is not None:
            more.append(opening)
        more = [m for m in more if not any(s.start < m.end and m.start < s.end for s in spans)]
        if more:
            found[index] = resolve([*spans, *more])


# Round 45: "hallo ik ben Hoop, ...", "Hallo Hoop!": a participant's first name, whatever word
# it is too, after "ik ben" or a greeting; "hoi mo heb jij ...", "hee mo, ...": a greeting, then
# the first letters of a participant's first name in lower case.
_INTRODUCED_RE = re.compile(
    r"(?:\b(?i:ik[ ]+ben|ik[ ]+heet|mijn[ ]+naam[ ]+is)|^[ ]*(?i:hallo|hoi|hey|hee|hai|dag|beste|"
    r"goedemorgen|goedemiddag|goedenavond))[ ]+([A-Z][a-z]{2,})(?=[ ]*[,.!?]|[ ]*$)"
)
_GREETED_CLIP_RE = re.compile(
    r"^[ ]*(?:hoi|hey|hee|hai|hallo|hi|ha|dag|morgen)[ ,]+([a-z]{2,4})(?=[ ]*,|[ ]+[a-z])"
)


def _participants_greeted(text: str, firsts: set[str]) -> list[Span]:
    """Round 45: a participant introduced or greeted by the first name, or by its first
    letters after a greeting."""
    out = [
        Span(m.start(1), m.end(1), "PERSON")
        for m in _INTRODUCED_RE.finditer(text)
        if m.group(1).lower() in firsts
    ]
    for clip in (_GREETED_CLIP_RE.match(text), _CLIP_CLOSING_RE.search(text)):
        if clip is None:
            continue
        word = clip.group(1)
        if word not in _NOT_CLIPS and any(
            len(f) >= len(word) + 2 and f.startswith(word) for f in firsts
        ):
            out.append(Span(clip.start(1), clip.end(1), "PERSON"))
    return out


# Round 45: "zeg het maar den", "prima hoor wil!": a participant's clipped first name closing
# the message after a particle of address.
_CLIP_CLOSING_RE = re.compile(r"\b(?:maar|hoor|joh|toch)[ ]+([a-z]{2,4})[ ]*[.!?]*[ ]*$")


# Words a greeting or an opening is followed by that no clip of a name is.
_NOT_CLIPS = words("""ik je jij u we wij ze zij hij het de een dat die dit er al is en of
    wat wie hoe waar wel nog ook even allemaal allen iedereen team jullie""")
# Round 45: "tes kapvergunning voor ...", "lis jeugd: melding ...": the first letters of a
# participant's first name, in lower case, opening the message before a lower-case noun.
_CLIP_BEFORE_TOPIC_RE = re.compile(r"^[ ]*([a-z]{3,4})[ ]+([a-z]{4,})\b")


def _clip_opening_a_topic(text: str, firsts: set[str], lex: Lexicon) -> Span | None:
    """Round 45: a participant's clipped first name (a listed first name or no word, no frequent
    one) opening the message before the topic's noun."""
    match = _CLIP_BEFORE_TOPIC_RE.match(text)
    if match is None:
        return None
    word, then = match.group(1), match.group(2)
    if (
        word in lex.frequent_words
        or word in lex.not_names
        or word in _NOT_CLIPS
        or (word in lex.dutch_words and word not in lex.first_names)
        or then in lex.frequent_words
        or not any(len(f) >= len(word) + 2 and f.startswith(word) for f in firsts)
    ):
        return None
    return Span(match.start(1), match.end(1), "PERSON")


# Round 43: "hij is de hele dag thuis zegt kolderman": the chat's surname in lower case after a
# verb of saying, closing the message or the sentence (the speaker of what came before).
_SAID_BY_RE = re.compile(
    r"\b(?:zegt|zei|zeggen|vraagt|vroeg|meldt|meldde|schrijft|schreef|mailt|appt|belt|vindt|"
    r"denkt)[ ]+([a-z][a-z'-]{3,})(?=[ ]*(?:[.!?,;)]|$))"
)


def _quoted_chat_surnames(texts: Sequence[str], found: list[list[Span]]) -> None:
    """Round 43: a lower-case word after a verb of saying, closing a sentence, that the chat
    shows capitalised as a person's surname, is that person. In place."""
    surnames = {
        value.rsplit(" ", 1)[-1].lower()
        for text, spans in zip(texts, found, strict=True)
        for s in spans
        if s.label == "PERSON" and (value := text[s.start : s.end]).rsplit(" ", 1)[-1][:1].isupper()
    }
    if not surnames:
        return
    for index, spans in enumerate(found):
        text = texts[index]
        if not text or not any(name in text for name in surnames):
            continue
        more = [
            Span(m.start(1), m.end(1), "PERSON")
            for m in _SAID_BY_RE.finditer(text)
            if m.group(1) in surnames
            and not any(s.start < m.end(1) and m.start(1) < s.end for s in spans)
        ]
        if more:
            found[index] = resolve([*spans, *more])


# Round 43: a run of two to five words, the first capitalised (or an acronym), as in
# "CV De Kwakkels", "Stichting Oude Ambachten".
_NAME_RUN_RE = re.compile(r"(?<![\w@./-])[A-Z][\w'-]*(?:[ ]+[\w'-]+){1,4}")
_URL_HANDLE_RE = re.compile(r"/([A-Za-z0-9._-]{5,})/?$")


def _without_urls_of_named_bodies(texts: Sequence[str], found: list[list[Span]]) -> None:
    """Round 43: "wij zijn CV De Kwakkels" ... "facebook.com/cvdekwakkels": a personal-looking
    link whose handle spells a name the chat writes out that is no person's (a club, a
    business) is that body's page. In place."""
    handles = {
        handle
        for text, spans in zip(texts, found, strict=True)
        for s in spans
        if s.label == "URL_PERSONAL"
        and (m := _URL_HANDLE_RE.search(text[s.start : s.end])) is not None
        and (handle := re.sub(r"[._-]", "", m.group(1).lower()))
    }
    if not handles:
        return
    bodies = set()
    for text, spans in zip(texts, found, strict=True):
        if not text:
            continue
        for m in _NAME_RUN_RE.finditer(text):
            words_ = m.group(0).split()
            for n in range(2, len(words_) + 1):
                run = "".join(words_[:n]).lower()
                if run in handles:
                    end = m.start() + len(" ".join(words_[:n]))
                    if not any(
                        s.label == "PERSON" and s.start < end and m.start() < s.end for s in spans
                    ):
                        bodies.add(run)
    if not bodies:
        return
    for index, spans in enumerate(found):
        text = texts[index]
        kept = [
            s
            for s in spans
            if not (
                s.label == "URL_PERSONAL"
                and (m := _URL_HANDLE_RE.search(text[s.start : s.end])) is not None
                and re.sub(r"[._-]", "", m.group(1).lower()) in bodies
            )
        ]
        if len(kept) != len(spans):
            found[index] = kept


def _names_spelled_by_addresses(texts: Sequence[str], found: list[list[Span]]) -> None:
    """Round 31: "vrijwilliger: Vrede Mulder" ... "vrede.mulder@hotmail.com": an e-mail address
    of the chat that spells a capitalised first word and a listed surname the chat writes makes
    that pair a person, its first word an everyday one ("Vrede", "Liefde"), and that first word
    alone too where it stands on its own ("Vrede? mooie naam"; not "Kapsalon Vrede"), in
    place."""
    lex = lexicon.load()
    pairs = set()
    for text, spans in zip(texts, found, strict=True):
        for span in spans:
            if span.label != "EMAIL":
                continue
            local = text[span.start : span.end].split("@", 1)[0].lower()
            parts = [p.rstrip("0123456789") for p in _ADDRESS_PARTS_RE.split(local)]
            parts = [p for p in parts if p]
            if (
                len(parts) == 2
                and all(p.isalpha() and len(p) >= 3 for p in parts)
                and parts[0] not in lex.first_names  # (those _name_spelled_in reads)
                and parts[0] not in lex.not_names
                and parts[1] in lex.surnames
                and parts[1] not in lex.first_names
            ):
                pairs.add((parts[0].capitalize(), parts[1].capitalize()))
    for first, last in pairs:
        full_re = re.compile(rf"(?<![\w@.-]){first}[ ]+{last}(?![\w@.-])")
        if not any(text and full_re.search(text) for text in texts):
            continue
        alone_re = re.compile(rf"(?<![\w@.-]){first}(?:[ ]+{last})?(?![\w@.-]){_NAME_ALONE_AFTER}")
        for index, text in enumerate(texts):
            if not text or first not in text:
                continue
            more = [
                Span(m.start(), m.end(), "PERSON")
                for regex in (full_re, alone_re)
                for m in regex.finditer(text)
                # (not a firm's name: "Kapsalon Vrede")
                if _CAPITAL_WORD_BEFORE_RE.search(text, max(0, m.start() - 32), m.start()) is None
                and not any(
                    s.start < m.end() and m.start() < s.end and s.label != "PERSON"
                    for s in found[index]
                )
            ]
            if more:
                found[index] = resolve([*found[index], *more])


def _second_pass(
    texts: Sequence[str],
    first: list[list[Span]],
    context: ChatContext,
    known: ChatContext,
    shared: dict[str, _Shared] | None = None,
) -> list[list[Span]]:
    """Each message examined again with the persons the first pass found known (``known``):
    only where it may name one of them (``may_name_any``); elsewhere knowing them changes
    nothing, and the first pass's spans are kept. ``known`` differs from ``context`` only in
    its persons, and the persons reach only the name finder, and in its house numbers, which
    reach only ``numbers_of_chat_homes`` (a text without their digits is found alike)."""
    added = [name for name in known.known_persons if name not in context.known_persons]
    may_name = may_name_any(added)
    may_say = may_say_house_number(frozenset(known.house_numbers).difference(context.house_numbers))
    detector = _context_detector(known)
    return [
        (detector.detect(text, shared) if may_name(text) or may_say(text) else spans)
        if text
        else []
        for text, spans in zip(texts, first, strict=True)
    ]


def _chat_house_numbers(texts: Sequence[str], found: list[list[Span]]) -> list[str]:
    """Walk 50: the house numbers of the street addresses found in the chat's messages."""
    return [
        number
        for text, spans in zip(texts, found, strict=True)
        if text and spans
        for number in house_numbers_in(text, spans)
    ]


# "op de Zuiderveld", "De Zuiderveld zit in route 4": the article before a street's name.
_ARTICLE_BEFORE_RE = re.compile(r"(?<!\w)[Dd]e[ ]$")
_STREET_ARTICLES = frozenset({"de", "op de", "van de", "aan de"})


# Round 30: "Lina al-Masri", "Omar el-Amrani": a surname with a lower-case Arabic article
# and a hyphen belongs to the name before it.
_ARABIC_ARTICLE_SURNAME_RE = re.compile(r"[ ](?:al|el)-[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?![\w-])")


def _with_arabic_article_surnames(text: str, persons: list[Span]) -> list[Span]:
    out = []
    for span in persons:
        match = _ARABIC_ARTICLE_SURNAME_RE.match(text, span.end)
        if span.label == "PERSON" and match is not None:
            span = Span(span.start, match.end(), span.label)
        out.append(span)
    return out


_RESIDENTS_WORDS = words("bewoners omwonenden buurtbewoners")


def _without_streets_as_persons(
    texts: Sequence[str],
    found: list[list[Span]],
    streets: frozenset[str],
    participants: tuple[str, ...],
) -> None:
    """Drop, in place, persons that are "de" and a street of the chat's addresses ("woont op
    Zuiderveld 203" ... "gladheidsbestrijding op de Zuiderveld"): the street, named with its
    article or after its residents ("bewoners Zuiderveld"); not a participant's name."""
    own = {word.lower() for name in participants for word in name.split()}
    for index, spans in enumerate(found):
        text = texts[index]
        if not text or not any(s.label == "PERSON" for s in spans):
            continue
        keep = []
        for span in spans:
            if span.label == "PERSON":
                value = text[span.start : span.end]
                head, _, name = value.rpartition(" ")
                if (
                    name in streets
                    and name.lower() not in own
                    and (
                        head.lower() in _STREET_ARTICLES
                        or (
                            not head
                            and _ARTICLE_BEFORE_RE.search(text, max(0, span.start - 3), span.start)
                        )
                        # Round 30: "bewoners Dijkveld, o.a. ... op Dijkveld 12": the street's
                        or (not head and _word_before(text, span.start) in _RESIDENTS_WORDS)
                    )
                ):
                    continue
            keep.append(span)
        found[index] = keep


# Review49: "ok. Dynniq zit op Blankenstein 310": a "q" without its "u", three consonants or an
# "x" at the end: a brand's spelling, no resident's name (Oksana, Zorica).
_BRAND_SPELLING_RE = re.compile(r"q(?!u)|[^aeiouy\W]{3}$|x$")


# Round 47: "Van Gelder heeft een nieuw storingsnummer": who has a fault or service line is a
# firm, there and wherever the chat names it ("ik geef het door aan Van Gelder").
_HAS_SERVICE_LINE_RE = re.compile(
    r"(?<![\w'-])((?:[A-Z][\w'-]*|van|der|den|de)(?:[ ](?:[A-Z][\w'-]*|van|der|den|de)){0,3})"
    r"[ ]+(?:heeft|hebben|had)[ ]+"
    # (review49: "Anneke de Graaf heeft klantenservice gebeld": who called a service line is
    # no firm; a firm "heeft een klantenservice", with its article or an adjective)
    r"(?:(?:een[ ]+)?(?:(?:nieuw|nieuwe|eigen|apart|aparte|ander|andere)[ ]+)?"
    r"(?:storingsnummer|storingslijn|servicenummer|servicelijn)"
    r"|(?:een[ ]+|(?:een[ ]+)?(?:nieuwe|eigen|aparte|andere)[ ]+)klantenservice)\b"
    r"(?![ ]+(?:[\w'-]+[ ]+){0,4}?(?:gebeld|gemaild|geappt|gesproken|benaderd|gecontacteerd"
    r"|ingeschakeld|aan[ ]de[ ]lijn)\b)"
)
# Review49: "buurvrouw Anneke de Graaf", "meneer Jansen is boos": a name after a person's title
# or a neighbour's word is a resident's, wherever the chat says it.
_PERSON_TITLE_BEFORE_RE = re.compile(
    r"\b(?i:"
    + "|".join(sorted(map(re.escape, _RESIDENTS_BEFORE_PAIR), key=len, reverse=True))
    + r")\.?[ ]+$"
)


def _firms_with_service_lines(texts: Sequence[str]) -> set[str]:
    return {
        m.group(1).lower()
        for text in texts
        if text and ("storing" in text or "service" in text)
        for m in _HAS_SERVICE_LINE_RE.finditer(text)
        if m.group(1)[:1].isupper()
        and _PERSON_TITLE_BEFORE_RE.search(text, max(0, m.start() - 16), m.start()) is None
    }


def _named_as_persons(texts: Sequence[str], found: list[list[Span]], firms: set[str]) -> set[str]:
    """The firms' names the chat also names as a person: after a title ("meneer Jansen") or as
    part of a longer person's name ("Piet Jansen")."""
    persons = set()
    for index, spans in enumerate(found):
        text = texts[index]
        for s in spans:
            if s.label != "PERSON":
                continue
            low = text[s.start : s.end].lower()
            for firm in firms:
                if firm == low:
                    titled = _PERSON_TITLE_BEFORE_RE.search(text, max(0, s.start - 16), s.start)
                    if titled is not None:
                        persons.add(firm)
                elif f" {firm} " in f" {low} ":
                    persons.add(firm)
    return persons


def _without_firms_with_service_lines(
    texts: Sequence[str], found: list[list[Span]], participants: Sequence[str]
) -> None:
    """Drop, in place, persons named as a firm with a service line anywhere in the chat."""
    firms = _firms_with_service_lines(texts)
    if not firms:
        return
    own = {w.lower() for name in participants for w in (name or "").split()}
    firms = {f for f in firms if not own.intersection(f.split())}
    firms -= _named_as_persons(texts, found, firms)
    if not firms:
        return
    for index, spans in enumerate(found):
        text = texts[index]
        if text and spans:
            found[index] = [
                s
                for s in spans
                if not (s.label == "PERSON" and text[s.start : s.end].lower() in firms)
            ]


# Round 47: "06 41" - "sorry te vroeg verstuurd: 06 41 87 29 50": the first digits of a number
# sent alone, the whole number in the next message.
_NUMBER_FRAGMENT_RE = re.compile(r"[ ]*(0[1-9][ ]?\d{1,4}(?:[ ]\d{1,4})?)[ .]*")


def _mobile_fragments_sent_early(texts: Sequence[str], found: list[list[Span]]) -> None:
    """Mark, in place, a message of a few digits that the next message's phone number opens
    with (see above)."""
    for index in range(len(texts) - 1):
        text = texts[index]
        if not text or len(text) > 16 or found[index] or text.lstrip()[:1] != "0":
            continue
        match = _NUMBER_FRAGMENT_RE.fullmatch(text)
        nxt = texts[index + 1] or ""
        if match is None:
            continue
        digits = match.group(1).replace(" ", "")
        if any(
            s.label == "PHONE" and phone_key(nxt[s.start : s.end]).startswith(digits)
            for s in found[index + 1]
        ):
            found[index] = [Span(match.start(1), match.end(1), "PHONE")]


# Round 48: "mijn privénummer is 06 41" - "93 28 60 sorry verstuurd te vroeg": a mobile's first
# digits closing a message after "nummer", the rest opening the next one (ten digits in all).
_MOBILE_HEAD_CLOSING_RE = re.compile(
    r"(?i:nummer|\bnr|mobiel|\btel)\w*(?:[ ]+is)?[ ]*:?[ ]+(0[ -]?6(?:[ -]?\d){0,6})[ ]*$"
)
_DIGITS_OPENING_RE = re.compile(r"[ ]*(\d{1,4}(?:[ -]?\d{1,4}){0,3})(?![\d])")


def _mobiles_split_over_messages_r48(texts: Sequence[str], found: list[list[Span]]) -> None:
    for index in range(len(texts) - 1):
        text, nxt = texts[index], texts[index + 1]
        if (
            not text
            or not nxt
            or not text[-1:].isdigit()
            or any(s.label == "PHONE" for s in found[index])
        ):
            continue
        head = _MOBILE_HEAD_CLOSING_RE.search(text)
        tail = _DIGITS_OPENING_RE.match(nxt) if head is not None else None
        if (
            head is None
            or tail is None
            or any(s.start < tail.end(1) and tail.start(1) < s.end for s in found[index + 1])
        ):
            continue
        digits = sum(c.isdigit() for c in head.group(1) + tail.group(1))
        if digits == 10:
            found[index] = resolve([*found[index], Span(head.start(1), head.end(1), "PHONE")])
            found[index + 1] = resolve(
                [*found[index + 1], Span(tail.start(1), tail.end(1), "PHONE")]
            )


# Round 48: "ik woon op de Commissarislaan" - "welk nummer?" - "16": the street someone lives
# on, said without a number, and the number that answers the question for it.
_LIVES_ON_STREET_RE = re.compile(
    r"\b(?i:woon|woont|wonen|woonde|woonden)(?:[ ]+(?:nu|zelf|ook|daar|nog))?[ ]+(?:op|aan)[ ]+"
    r"(?:de[ ]+|het[ ]+)?([A-Z][a-zà-ÿ]+(?:laan|straat|weg|plein|singel|gracht|kade|dijk|hof|"
    r"dreef|steeg|erf|wijk))(?=[ ]*(?:[.,!?]|$))"
)
_NUMBER_ASKED_RE = re.compile(
    r"[^\w]*(?i:en[ ]+)?(?i:welk|welke|wat[ ]+is[ ]+het)?[ ]*(?i:huis)?"
    r"(?i:nummer|nr)[ ]*\?[^\w]*"
)
_BARE_HOUSE_NUMBER_RE = re.compile(r"[ ]*([1-9]\d{0,3}(?:[ ]?[a-zA-Z])?)[ ]*[.!]?[ ]*")


def _street_lived_on_then_number_r48(texts: Sequence[str], found: list[list[Span]]) -> None:
    for index, text in enumerate(texts):
        if not text or "woo" not in text and "won" not in text:
            continue
        lives = _LIVES_ON_STREET_RE.search(text)
        if (
            lives is None
            or index + 2 >= len(texts)
            or any(s.label == "ADDRESS" for s in found[index])
            or not _NUMBER_ASKED_RE.fullmatch(texts[index + 1] or "")
        ):
            continue  # (a street alone, its number not asked: "woont aan de Beatrixlaan")
        answer = _BARE_HOUSE_NUMBER_RE.fullmatch(texts[index + 2] or "")
        if answer is not None:
            found[index] = resolve([*found[index], Span(lives.start(1), lives.end(1), "ADDRESS")])
            found[index + 2] = resolve(
                [*found[index + 2], Span(answer.start(1), answer.end(1), "ADDRESS")]
            )


def _without_business_premises(texts: Sequence[str], found: list[list[Span]]) -> None:
    """Drop, in place, the addresses that are a business's building in a chat about it."""
    for index, spans in enumerate(found):
        if spans and texts[index]:
            premises = business_premises(list(texts), index, spans)
            if premises:
                found[index] = [s for s in spans if s not in premises]


# Round 46: "wie is Bolle" - "Arjen Bolhuis. iedereen zegt bolle", "ze noemen hem gewoon bolle":
# what everyone says or calls someone, a word the chat shows as a one-word person, in any case.
_NICKNAME_SAID_RE = re.compile(
    r"\b(?i:iedereen|ze|zij|we|wij|men|jullie)[ ]+(?i:zegt|zeggen|noemt|noemen)"
    r"(?:[ ]+(?i:hem|haar|'m))?(?:[ ]+(?i:gewoon|altijd|maar|ook))?[ ]+([^\W\d_][\w'-]+)(?![\w@/-])"
)


def _nicknames_said_of_chat_persons(texts: Sequence[str], found: list[list[Span]]) -> None:
    """Round 46: a one-word person of the chat after "iedereen zegt" or "ze noemen hem", in any
    case, is that person's (nick)name. In place."""
    names: set[str] | None = None
    for index, text in enumerate(texts):
        if not text or ("zeg" not in text and "noem" not in text):
            continue
        for m in _NICKNAME_SAID_RE.finditer(text):
            if names is None:
                names = _one_word_persons(texts, found)
            if m.group(1).lower() in names and not any(
                s.start < m.end(1) and m.start(1) < s.end for s in found[index]
            ):
                found[index] = resolve([*found[index], Span(m.start(1), m.end(1), "PERSON")])


# Round 46: "leerplichtambtenaar Gert-Jan Mooi heeft": a capitalised word right after a double
# first name joined by a hyphen is its surname, also a word of the language ("Mooi", "Groot").
_CAPITALISED_WORD_AFTER_RE = re.compile(r"[ ]([A-Z][a-zà-ÿ]{2,})(?![\w@/-]|[ ][A-Z])")
_CLAUSE_ON_RE = re.compile(r"[ ]+[a-z]")


def _with_word_surnames_of_double_first_names(
    text: str, persons: list[Span], lex: Lexicon
) -> list[Span]:
    """Round 46: a person that is two listed first names joined by a hyphen takes the
    capitalised word after it as surname (no month, day, place, greeting or role)."""
    out = []
    for span in persons:
        value = text[span.start : span.end]
        first, _, second = value.partition("-")
        if (
            second
            and " " not in value
            and first.lower() in lex.first_names
            and second.lower() in lex.first_names
            and (after := _CAPITALISED_WORD_AFTER_RE.match(text, span.end)) is not None
            and (low := after.group(1).lower()) not in lex.not_names
            and low not in lex.places
            and low not in lex.first_names
            # (a word of the language only where the clause goes on: "Gert-Jan Mooi heeft",
            # not "Anne-Marie Top!")
            and (
                (low not in lex.frequent_words and low not in lex.dutch_words)
                or _CLAUSE_ON_RE.match(text, after.end(1)) is not None
            )
        ):
            span = Span(span.start, after.end(1), span.label)
        out.append(span)
    return out


# Round 46: "valt onder zone C. Kosten € 146": a letter after the word for a zone, a block or a
# category names that, no initial of a person.
_ZONE_WORDS = words("""zone vak blok fase categorie klasse type groep tarief schaal bijlage variant
    optie sector gebied deelgebied rij ingang hal gebouw vleugel kavel plan niveau route""")


def _without_letters_of_zones(text: str, persons: list[Span]) -> list[Span]:
    """Round 46: no person opening with one capital letter and a full stop after a zone word."""
    return [
        s
        for s in persons
        if not (
            s.end - s.start > 2
            and text[s.start + 1] == "."
            and text[s.start].isupper()
            and _word_before(text, s.start).lower() in _ZONE_WORDS
        )
    ]


# Round 46: "goedemorgen, Hovenier Jansen hier", "Hovenier Jansen factuur 2026-311 € 6.980,50":
# a capitalised trade before one surname is a firm's name, within a sentence or before what a
# firm sends (an invoice, a quote, an amount) or says ("hier").
_CAPITAL_TRADES = frozenset(
    [
        "Hovenier",
        "Aannemer",
        "Schilder",
        "Loodgieter",
        "Stukadoor",
        "Dakdekker",
        "Installateur",
        "Elektricien",
        "Glazenwasser",
        "Timmerman",
        "Klusbedrijf",
        "Transporteur",
        "Loonwerker",
    ]
)
_FIRMS_WORD_AFTER_RE = re.compile(
    r"[ ]*(?:hier\b|(?i:factuur|offerte|kvk|b\.?v\.?\b|v\.?o\.?f\.?\b)|€|,[ ]*(?i:factuur|kvk))"
)


def _without_firms_of_capital_trades(text: str, persons: list[Span], lex: Lexicon) -> list[Span]:
    """Round 46: no person in one surname (no first name) right after a capitalised trade that
    stands within a sentence, or before a firm's word ("factuur", "hier", "€")."""
    out = []
    for s in persons:
        # (cheap first: a capital letter and a space right before the person)
        if s.start < 3 or text[s.start - 1] != " " or not text[s.start - 2].isalpha():
            out.append(s)
            continue
        at = text.rfind(" ", 0, s.start - 1) + 1
        value = text[s.start : s.end]
        if (
            text[at : s.start - 1] in _CAPITAL_TRADES
            and " " not in value
            and value.lower() not in lex.first_names
            and (
                text[:at].rstrip()[-1:] not in ("", ".", "!", "?")
                or _FIRMS_WORD_AFTER_RE.match(text, s.end) is not None
            )
        ):
            continue
        out.append(s)
    return out


# Round 46: "kan ook bellen met team vergunningen: 0522 ...", "via afdeling vergunningen 0522 ...":
# a team's or a department's line; "ROVA nr ook erbij? 038 ...": an organisation by its acronym
# and "nr" (not a number of data: "BSN nr", "KVK nr").
_TEAM_LINE_BEFORE_RE = re.compile(
    r"\b(?:met|via|bij|van)[ ]+(?:het[ ]+|de[ ]+|ons[ ]+|onze[ ]+)?(?i:team|afdeling)[ ]+"
    r"[a-zà-ÿ-]+[ ]*[:,]?[ ]*$"
)
_ACRONYM_LINE_BEFORE_RE = re.compile(
    r"(?<![\w-])([A-Z]{3,6})[ ]+(?:nr|nummer|telnr|tel)\b[^\d\n]{0,24}$"
)
_DATA_ACRONYMS = frozenset({"BSN", "KVK", "IBAN", "BIG", "AGB", "BTW", "RSIN", "WOZ", "EAN"})


def _team_or_acronym_line(text: str, start: int) -> bool:
    """Round 46: a team's line or an acronym's "nr" right before the landline at ``start``."""
    if _TEAM_LINE_BEFORE_RE.search(text, max(0, start - 50), start) is not None:
        return True
    acronym = _ACRONYM_LINE_BEFORE_RE.search(text, max(0, start - 40), start)
    return acronym is not None and acronym.group(1) not in _DATA_ACRONYMS


# Round 46: "verwijzen naar Buurtbemiddeling Meppel" - "die hebben nr 0522 ...?": the landline
# that opens the next message after "die hebben" is the line of whom the chat refers to.
_REFERRED_TO_RE = re.compile(
    r"\b(?i:verwijs|verwijzen|verwezen|doorverwijzen)\b[^.?!]{0,20}?\bnaar[ ]+"
    r"(?:de[ ]+|het[ ]+)?[A-Z]"
)
_THEY_HAVE_OPENING_RE = re.compile(
    r"[ ]*(?:en[ ]+)?(?i:die|ze|zij)[ ]+(?:hebben|heeft)[ ]+(?:(?:als[ ]+)?(?:nr|nummer|telefoonnummer|"
    r"tel)\.?[ ]*:?[ ]*)?$"
)


def _without_lines_of_bodies_referred_to(texts: Sequence[str], found: list[list[Span]]) -> None:
    """Round 46: a landline after "die hebben" opening the message after one that refers
    someone to an organisation (no person named there) is its line. In place."""
    for index in range(1, len(texts)):
        text = texts[index]
        if not text or not found[index] or "hebben" not in text and "heeft" not in text:
            continue
        referred = _REFERRED_TO_RE.search(texts[index - 1] or "")
        if referred is None or any(
            s.label == "PERSON" and s.start >= referred.end() - 1 for s in found[index - 1]
        ):
            continue
        found[index] = [
            s
            for s in found[index]
            if not (
                s.label == "PHONE"
                and _THEY_HAVE_OPENING_RE.fullmatch(text, 0, s.start) is not None
                and not _digits_of(text[s.start : s.end]).startswith("06")
            )
        ]


# Round 46: "kvk Dekker is kvk 04123987", "KvK Visser: 12345678": one name right after "kvk" and
# before its number is the registered business's (a KvK number is no person's data).
_KVK_BEFORE_RE = re.compile(r"\b(?i:kvk)(?:-?(?i:nummer|nr)\.?)?(?:[ ]+(?i:van))?[ ]+$")
_KVK_NUMBER_AFTER_RE = re.compile(
    r"[ ]*(?:(?:is|:)[ ]*)?(?:(?i:kvk)(?:-?(?i:nummer|nr)\.?)?[ ]*)?:?[ ]*\d{8}(?!\d)"
)


def _without_names_of_kvk_numbers(text: str, persons: list[Span], lex: Lexicon) -> list[Span]:
    """Round 46: no person in one word (no first name) between "kvk" and an eight-digit number."""
    return [
        s
        for s in persons
        if not (
            " " not in (value := text[s.start : s.end])
            and value.lower() not in lex.first_names
            and _KVK_BEFORE_RE.search(text, max(0, s.start - 16), s.start) is not None
            and _KVK_NUMBER_AFTER_RE.match(text, s.end) is not None
        )
    ]


# Round 49: rules across a chat's messages (see _chat_rules_r49).
_GENITIVE_BEFORE_R49_RE = re.compile(
    r"s[ ]+(?:moeder|vader|ouders|dochter|zoon|kinderen|kind|broer|zus|vrouw|man|vriend|"
    r"vriendin|buren|buurman|buurvrouw|opa|oma|oom|tante|hond|kat|auto|huis|verjaardag)\b"
)
_WORD_BEFORE_S_RE = re.compile(r"(?<![\w'-])[^\W\d_]{3,}$")
_DIMINUTIVE_ENDINGS_R49 = ("", "ie", "je", "tje", "kie", "pie", "mie")
_OUR_ACCOUNT_R49_RE = re.compile(r"\b(?:ons|onze)[ ]+(?:rekening|rekeningnummer|iban)\b", re.I)
# "zakelijk is 0522 ...", "bel 088 ... van GBLT": a line at work, or a body's by its acronym
_WORK_LINE_BEFORE_R49_RE = re.compile(r"\bzakelijk(?:e[ ]+(?:nummer|lijn))?[ ]+is[ ]+$", re.I)
_ACRONYM_AFTER_R49_RE = re.compile(r"[ ]+van[ ]+[A-Z]{2,6}(?![\w-])")


def _chat_rules_r49(
    texts: Sequence[str],
    found: list[list[Span]],
    participants: Sequence[str],
    firms: Sequence[str],
) -> None:
    """Round 49, in place: a birth date in the Islamic calendar or in Arabic script, with the
    Gregorian date restated after it, and "hij is van 19-4-2018"; the chat's names with a
    genitive s before a relative ("Kuikens buren", "jurres dochter") and its first names as a
    diminutive ("Henkie", "rolfie", "welke mientje"); the street of an address of the message
    said alone ("hoek Leonard Springerhof en ..., voor Leonard Springerhof 2"), no person; a
    firm's account ("ons rekeningnummer") in a chat with a firm; a line at work ("zakelijk is
    ...") or a body's by its acronym ("bel ... van GBLT")."""
    lex = lexicon.load()
    names: dict[str, bool] = {}  # lower-case name -> a participant's
    for name in participants:
        parts = (name or "").split()
        for number, part in enumerate(parts):
            low = part.lower()
            # (a first name, or a surname after one; not a body's word: "Team Handhaving",
            # "Jeugdlintje", "Gemeente Meppel Werk")
            if (
                len(part) >= 3
                and part.isalpha()
                and (
                    low in lex.first_names
                    or (
                        number
                        and parts[0].lower() in lex.first_names
                        and low not in lex.dutch_words
                    )
                )
            ):
                names[low] = True
    for text, spans in zip(texts, found, strict=True):
        for span in spans:
            if span.label == "PERSON":
                for part in text[span.start : span.end].split():
                    if len(part) >= 3 and part[:1].isupper() and part.isalpha():
                        names.setdefault(part.lower(), False)
    for word in [w for w in names if w in lex.not_names or w in lex.places]:
        del names[word]
    chat_names = _ChatNames(names, len(texts))
    firm_chat = bool(firms)
    # "Hoveniersbedrijf Gert Mollink": a firm named after its owner, who is a person named
    # without the firm's word ("Gert Mollink zelf, directeur")
    owners = [
        firm
        for firm in firms
        if " " in firm
        and firm.split()[0].lower() in lex.common_first_names
        and firm.split()[-1].lower() not in lex.places
    ]
    # (a participant's surname, a word too: "rinus kok")
    surnames = {
        parts[-1].lower()
        for name in participants
        if len(parts := (name or "").split()) > 1 and parts[-1].isalpha()
    }
    for index, text, spans, previous, has_digit in chat_messages(texts, found):
        more: list[Span] = []
        if has_digit:
            # (fix52a: the cue in any casing, "GEBOREN", "GEB.DATUM?", as the rule takes it)
            asked = "geb" in previous.lower()
            if asked or "geb" in text.lower():
                births = islamic_calendar_birthdates(text, asked)
                if births:
                    # (the month's words are no person or street: "Rabi' al-Awwal")
                    spans = [
                        s
                        for s in spans
                        if s.label == "DATE_OF_BIRTH"
                        or not any(b.start < s.end and s.start < b.end for b in births)
                    ]
                    more += births
            if " van " in text:
                more += person_is_of_birthdates(text)
            if spans:
                spans = _without_work_lines_and_firm_accounts_r49(text, spans, firm_chat)
                spans = _without_streets_of_addresses_r49(text, spans)
        if names:
            # (round speed52: the genitive pattern opens with "s " and is searched only where
            # that stands; the diminutives of many names by the message's words, see _ChatNames)
            if "s " in text:
                more += _chat_names_in_genitive_r49(text, names)
            more += chat_names.diminutives(text, lex)
        if spans:
            # (the chat's names said again are checked as the message's own: "de koeien ...")
            named = "heet" in text or "heten" in text
            spans = [
                s for s in spans if s.label != "PERSON" or not _thing_or_firm_r49(text, s, named)
            ]
            more += _names_clipped_in_message_r49(text, spans, lex)
            spans = _lower_case_names_r49(text, spans, names, lex)
        for owner in owners:
            more += _owners_named_r49(text, owner)
        more += _more_of_a_chat_r49(text, spans, has_digit, surnames, lex, previous)
        if more:
            # (a new span holding one of its label grows it: "r.h. kok" over "kok")
            spans = [
                s
                for s in spans
                if not any(
                    m.label == s.label and m.start <= s.start and s.end <= m.end for m in more
                )
            ]
            more = [m for m in more if not any(s.start < m.end and m.start < s.end for s in spans)]
            spans = resolve([*spans, *more]) if more else spans
        found[index] = spans


def _chat_names_in_genitive_r49(text: str, names: dict[str, bool]) -> list[Span]:
    out = []
    for m in _GENITIVE_BEFORE_R49_RE.finditer(text):
        word = _WORD_BEFORE_S_RE.search(text, max(0, m.start() - 30), m.start())
        if word is not None and word.group().lower() in names:
            out.append(Span(word.start(), word.end(), "PERSON"))
    return out


def _chat_first_names_as_diminutive_r49(
    text: str, names: dict[str, bool], lex: Lexicon
) -> list[Span]:
    out = []
    low = text.lower()
    for name, participant in names.items():
        at = low.find(name)
        while at != -1:
            end = at + len(name)
            stop = end
            while stop < len(low) and low[stop].isalpha():
                stop += 1
            ending = low[end:stop]
            if (
                (at == 0 or not low[at - 1].isalnum())
                and ending in _DIMINUTIVE_ENDINGS_R49
                # (the name itself only in lower case, of a name that is a diminutive already)
                and (ending or (text[at].islower() and name.endswith(("tje", "ie", "je"))))
                and (participant or ending == "" or low[at:stop] not in lex.dutch_words)
                and low[at:stop] not in lex.frequent_words
            ):
                out.append(Span(at, stop, "PERSON"))
            at = low.find(name, stop)
    return out


# (from this many names on, one search for any of them at a word's start before searching each)
_NAMES_GATED_R52 = 12
# (and in a chat of this many messages: compiling the gate costs ~0.5 M instructions a name, what
# the loop costs over ~400 messages; a small chat of twenty messages was 5% slower with it)
_MESSAGES_GATED_R52 = 400
_LETTERS_R52_RE = re.compile(r"[^\W\d_]+")  # (every letter, and a few numerals str.isalpha is not)


class _ChatNames:
    """Round speed52: _chat_first_names_as_diminutive_r49 over one chat's names, the same spans
    in the same order. That rule finds a name only where no letter or digit stands before it
    (str.isalnum) and takes the letters after it up to the word's end as its ending. Where a long
    chat has many names (a chat that names many persons) one search for any of them in that
    place comes first (a WordAlternation, skipped through in C on an ASCII text, compiled when
    first searched), and each place it finds is read once: its word is the name itself, or a
    name and "ie"/"je", or a name and "tje"/"kie"/"pie"/"mie". Names that lower() made other than
    letters (a dotted capital I) and a word with a numeral the class takes keep the rule's own
    search per name (test_fast_patterns)."""

    __slots__ = ("names", "gate", "order", "letters")

    def __init__(self, names: dict[str, bool], messages: int) -> None:
        self.names = names
        self.gate = (
            WordAlternation(r"^\W_", (re.escape(name) for name in names), "")
            if len(names) >= _NAMES_GATED_R52 and messages >= _MESSAGES_GATED_R52
            else None
        )
        self.order = {name: number for number, name in enumerate(names)}
        self.letters = all(name.isalpha() for name in names)

    def diminutives(self, text: str, lex: Lexicon) -> list[Span]:
        if self.gate is None:
            return _chat_first_names_as_diminutive_r49(text, self.names, lex)
        low = text.lower()
        if not self.letters:
            if self.gate.search(low) is None:
                return []
            return _chat_first_names_as_diminutive_r49(text, self.names, lex)
        get = self.names.get
        hits: list[tuple[int, int, int]] = []
        for m in self.gate.finditer(low):
            at = m.start()
            run = _LETTERS_R52_RE.match(low, at)
            word = run.group() if run is not None else ""
            if not word.isalpha():
                return _chat_first_names_as_diminutive_r49(text, self.names, lex)
            stop = at + len(word)
            for name, ending in ((word, ""), (word[:-2], word[-2:]), (word[:-3], word[-3:])):
                participant = get(name)
                if (
                    participant is not None
                    and ending in _DIMINUTIVE_ENDINGS_R49
                    and (ending or (text[at].islower() and name.endswith(("tje", "ie", "je"))))
                    and (participant or ending == "" or word not in lex.dutch_words)
                    and word not in lex.frequent_words
                ):
                    hits.append((self.order[name], at, stop))
        hits.sort()
        return [Span(at, stop, "PERSON") for _, at, stop in hits]


def _without_streets_of_addresses_r49(text: str, spans: list[Span]) -> list[Span]:
    streets = [
        street
        for s in spans
        if s.label == "ADDRESS" and (street := street_of(text[s.start : s.end])) is not None
    ]
    if not streets:
        return spans
    return [s for s in spans if not (s.label == "PERSON" and text[s.start : s.end] in streets)]


def _without_work_lines_and_firm_accounts_r49(
    text: str, spans: list[Span], firm_chat: bool
) -> list[Span]:
    if not any(s.label == "PHONE" or s.label == "IBAN" for s in spans):
        return spans
    kept = []
    for s in spans:
        if s.label == "PHONE" and (
            (
                "akelijk" in text
                and _WORK_LINE_BEFORE_R49_RE.search(text, max(0, s.start - 30), s.start)
            )
            or (" van " in text and _ACRONYM_AFTER_R49_RE.match(text, s.end))
        ):
            continue
        if (
            s.label == "IBAN"
            and firm_chat
            and _OUR_ACCOUNT_R49_RE.search(text, 0, s.start) is not None
        ):
            continue
        kept.append(s)
    return kept


# "mijn broer youssef": a first name in lower case after a relative's word and a possessive
_RELATIVE_THEN_LOWER_R49_RE = re.compile(
    r"\b(?i:mijn|m'n|zijn|z'n|haar|d'r|onze|ons)[ ]+(?:broer|zus|zoon|dochter|man|vrouw|vriend|"
    r"vriendin|moeder|vader|oom|tante|neef|nicht|opa|oma|zwager|schoonzus)[ ]+([a-zà-ÿ]{3,})\b"
)
# "r.h. kok": initials in lower case before a participant's surname
_LOWER_INITIALS_R49_RE = re.compile(r"(?<![\w.])(?:[a-z]\.){1,4}[ ]?([a-z][a-z'-]{1,})\b")
# "..., 28209 Bremen": a foreign (five-digit) postcode after an address, before its place
_FOREIGN_POSTCODE_AFTER_R49_RE = re.compile(r",?[ ]+(\d{5})[ ]+[A-ZÄÖÜ][a-zäöüß]+")
# "die van 11", "mw. Steenbergen van 14", "ik woon ernaast op 46": a neighbour's or one's own
# house number without its street
_NEIGHBOUR_OF_NUMBER_R49_RE = re.compile(
    r"\b(?:(?:die|buurman|buurvrouw)|(?:mw|mevr|mevrouw|dhr|meneer)\.?[ ]+"
    r"[A-Z][\w'-]+)[ ]+van[ ]+(\d{1,3}[a-z]?)(?![\w,.:-])"
    # (not a time, a measure or a floor; not a number at a named place: "die van 15 op X")
    r"(?![ ]*(?:uur|u\b|jaar|euro|%|procent|km|meter|m\b|min|minuten|dagen|weken|maanden|kg|x\b|"
    r"stuks|keer|cm|mm|graden|hoog|hoogte|verdieping|etage|op|in|aan|bij)\b)"
    r"|\bwoon(?:t|en)?[ ]+er(?:naast|tegenover|boven|onder|achter)[ ]+op[ ]+(\d{1,3}[a-z]?)\b"
)
_DIGIT_WORD_R49 = r"(?:nul|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)"
# "zes twee acht vijf nul negen een twee zes met een nul ervoor": a mobile in words
_MOBILE_WORDS_ZERO_BEFORE_R49_RE = re.compile(
    rf"\b{_DIGIT_WORD_R49}(?:[ ,]+{_DIGIT_WORD_R49}){{8}}(?=[ ,]+(?:met[ ]+)?(?:een[ ]+)?nul[ ]+ervoor)"
)


def _more_of_a_chat_r49(
    text: str,
    spans: list[Span],
    has_digit: bool,
    surnames: set[str],
    lex: Lexicon,
    previous: str,
) -> list[Span]:
    out = []
    if "ijn " in text or "haar " in text or "'n " in text or "onze " in text or "d'r " in text:
        for m in _RELATIVE_THEN_LOWER_R49_RE.finditer(text):
            low = m.group(1)
            if (
                low in lex.first_names
                and low not in lex.dutch_words
                and low not in lex.frequent_words
            ):
                out.append(Span(m.start(1), m.end(1), "PERSON"))
    if "." in text and any(surname in text for surname in surnames):
        for m in _LOWER_INITIALS_R49_RE.finditer(text):
            if m.group(1) in surnames:
                out.append(Span(m.start(), m.end(), "PERSON"))
    if has_digit:
        for s in spans:
            if s.label != "ADDRESS":
                continue
            if m := _FOREIGN_POSTCODE_AFTER_R49_RE.match(text, s.end):
                out.append(Span(m.start(1), m.end(1), "POSTCODE"))
            # "123 zei ze later, bovenboerweg 123": the number opening the message is the
            # house number of the message's address
            if (
                text[:1].isdigit()
                and (m := _NUMBER_OPENING_R49_RE.match(text)) is not None
                and s.start > m.end()
                and text[s.start : s.end].endswith(" " + m.group(1))
            ):
                out.append(Span(0, m.end(1), "ADDRESS"))
        if " van " in text or "woon" in text:
            for m in _NEIGHBOUR_OF_NUMBER_R49_RE.finditer(text):
                group = 1 if m.group(1) else 2
                out.append(Span(m.start(group), m.end(group), "ADDRESS"))
    if "ervoor" in text:
        out += [
            Span(m.start(), m.end(), "PHONE")
            for m in _MOBILE_WORDS_ZERO_BEFORE_R49_RE.finditer(text)
        ]
    return out


_NUMBER_OPENING_R49_RE = re.compile(r"(\d{1,4}[a-z]?)[ ]+[a-z]")
_STREET_ENDINGS_R49 = (
    "straat",
    "laan",
    "weg",
    "plein",
    "dijk",
    "kade",
    "singel",
    "gracht",
    "hof",
    "pad",
    "steeg",
    "dreef",
    "erf",
    "markt",
    "ring",
    "wijk",
    "es",
)


def _lower_case_names_r49(
    text: str, spans: list[Span], names: dict[str, bool], lex: Lexicon
) -> list[Span]:
    """ "Naam en adres?" - "jurgen roelofs bultingeweg 9": a lower-case first name of the chat (or
    a listed one) and a surname before the street are the person, not the address's words; first
    names alone right before an address open its street ("jan pieter heijestraat 2"); "haar
    naam is khadija benali ouahbi ze woont ...": a lower-case full name grows by a last word no
    list knows, before a word the lists know. (Only in a message without a capitalised word.)"""
    if _CAPITALISED_WORD_R49_RE.search(text) is not None:
        return spans  # (a postcode's capitals may stand in it: "7944HJ")
    out = []
    dropped: set[Span] = set()
    changed = False
    for s in spans:
        value = text[s.start : s.end]
        words_ = value.split()
        if (
            s.label == "ADDRESS"
            and len(words_) >= 4
            and (words_[0] in names or words_[0] in lex.common_first_names)
            and not words_[1].endswith(_STREET_ENDINGS_R49)
            and words_[2].endswith(_STREET_ENDINGS_R49)
            and words_[0] not in lex.dutch_words
        ):
            cut = s.start + value.index(words_[2], len(words_[0]) + len(words_[1]) + 1)
            out += [Span(s.start, cut - 1, "PERSON"), Span(cut, s.end, "ADDRESS")]
            changed = True
            continue
        if (
            s.label == "PERSON"
            and " " in value
            and text.startswith(" ", s.end)
            and all(word in lex.first_names for word in words_)
            and any(a.label == "ADDRESS" and a.start == s.end + 1 for a in spans)
        ):
            # "... jan pieter heijestraat 2 bis": first names alone opening the street's name
            # (no surname among them)
            address = next(a for a in spans if a.label == "ADDRESS" and a.start == s.end + 1)
            out.append(Span(s.start, address.end, "ADDRESS"))
            dropped.add(address)
            changed = True
            continue
        if s.label == "PERSON" and " " in value:
            m = _NEXT_WORDS_R49_RE.match(text, s.end)
            if (
                m is not None
                and m.group(1) not in lex.dutch_words
                and m.group(1) not in lex.frequent_words
                and m.group(1) not in lex.places
                and m.group(1) not in lex.not_names
                and not m.group(1).endswith(_STREET_ENDINGS_R49)
                and m.group(2) in lex.frequent_words
            ):
                out.append(Span(s.start, m.end(1), "PERSON"))
                changed = True
                continue
        out.append(s)
    return [s for s in out if s not in dropped] if changed else spans


_CAPITALISED_WORD_R49_RE = re.compile(r"[A-Z][a-z]")
_NEXT_WORDS_R49_RE = re.compile(r"[ ]([a-z]{4,})[ ]+([a-z]+)\b")


def _owners_named_r49(text: str, owner: str) -> list[Span]:
    out = []
    at = text.find(owner)
    while at != -1:
        end = at + len(owner)
        before = text[text.rfind(" ", 0, max(0, at - 1)) + 1 : max(0, at - 1)] if at > 1 else ""
        if not before[:1].isupper() and not text[end : end + 1].isalnum():
            out.append(Span(at, end, "PERSON"))
        at = text.find(owner, end)
    return out


def _names_clipped_in_message_r49(text: str, spans: list[Span], lex: Lexicon) -> list[Span]:
    """ "zijn vrouw Geertruida ..., ze zegt dat Truida ook ...": the start or the end (four
    letters or more) of a long first name the message names, capitalised, is that person.

    Review 57c: each name is clipped once, however often the message names it (a long message
    of one name took quadratic time); a clip inside the name's only span is the name itself."""
    out = []
    named: dict[str, list[Span]] = {}
    for s in spans:
        if s.label != "PERSON" or s.end - s.start < 7:
            continue
        value = text[s.start : s.end]
        if value.isalpha() and value[:1].isupper():
            named.setdefault(value, []).append(s)
    for value, its in named.items():
        only = its[0] if len(its) == 1 else None
        for k in range(4, len(value) - 1):
            for clip in (value[-k:].capitalize(), value[:k]):
                at = text.find(clip)
                while at != -1:
                    end = at + k
                    if (
                        not (only is not None and only.start <= at < only.end)
                        and (at == 0 or not text[at - 1].isalnum())
                        and not text[end : end + 1].isalnum()
                        and (low := clip.lower()) not in lex.dutch_words
                        and low not in lex.frequent_words
                        and low not in lex.places
                        and low not in lex.not_names
                    ):
                        out.append(Span(at, end, "PERSON"))
                    at = text.find(clip, end)
    return out
