"""E-mail addresses of persons and links to personal social-media profiles."""

from __future__ import annotations

import functools
import re
import unicodedata

from chats.redaction import lexicon
from chats.redaction.lexicon import Lexicon, ascii_twin, caseless, holds_any, words
from chats.redaction.organisations import shipped_names
from chats.redaction.spans import Span

_EMAIL_RE = re.compile(
    # Bounded as RFC 5321 bounds them (local part 64, a domain label 63 characters): unbounded,
    # every start in a long run of such characters read to its end (quadratic).
    r"(?<![\w.+-])([A-Za-z0-9](?:[A-Za-z0-9._%+'-]{0,62}[A-Za-z0-9_])?@"
    r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.[A-Za-z]{2,})(?![\w@-])"
)
# Role mailboxes are the organisation's, not a person's (guideline: info@meppel.nl stays).
_ROLE_MAILBOXES = words("""info contact post postbus gemeente klantcontact kcc servicedesk helpdesk support noreply
    no-reply secretariaat administratie receptie facturen factuur crediteuren debiteuren inkoop
    hr personeelszaken communicatie pers woo privacy fg avg burgerzaken vergunningen belastingen
    sales office mail webmaster postmaster klantenservice offerte offertes planning griffie
    raadsgriffie bestuurssecretariaat meldingen melding team afdeling wmo jeugd werk inkomen
    bezwaar klachten klacht archief dia di informatiebeheer dienstverlening ict finance
    financien financiën boekhouding orders order verkoop service algemeen balie""")
# Round 50: the secretariat or office of a body abroad ("sekretariat@", "biuro@", "kontakt@")
_ROLE_MAILBOXES |= words("sekretariat secretariat sekretariaat biuro buero kontakt urzad")

# Endings of team mailboxes: "wijkteam", "burgerzaken", "servicedesk", "klantenservice".
_ROLE_ENDINGS = (
    "team",
    "zaken",
    "loket",
    "balie",
    "desk",
    "service",
    "beheer",
    "secretariaat",
    "info",
)
# Round 45: "omgevingsdienst@", "buitendienst@": a service's mailbox (one word: "jan.dienst@"
# stays a person's)
_SERVICE_ENDINGS = ("dienst", "diensten")
# Round 46: a recruitment mailbox, "werken bij" (working at) the employer.
_RECRUITMENT_OPENINGS = ("werkenbij", "werkenvoor", "werkenin", "werkenop")

_SOCIAL = (
    r"(?:facebook\.com|fb\.com|instagram\.com|linkedin\.com/in|tiktok\.com/@|twitter\.com|x\.com|"
    r"youtube\.com/@|youtube\.com/c(?:hannel)?|threads\.net/@|snapchat\.com/add|pinterest\.com|"
    r"github\.com|flickr\.com/people|vimeo\.com|reddit\.com/u(?:ser)?|bsky\.app/profile|"
    # (review 53) A person's photo stream, "flickr.com/photos/<name>/..." (not a tag's page).
    r"flickr\.com/photos(?!/tags\b)|"
    r"mastodon\.social/@|soundcloud\.com|medium\.com/@|onlyfans\.com|strava\.com/athletes|"
    # Streaming, portfolio and fan pages of one person ("twitch.tv/...", "behance.net/...").
    r"twitch\.tv|behance\.net|dribbble\.com|artstation\.com|deviantart\.com|patreon\.com|"
    r"ko-fi\.com|tumblr\.com|letterboxd\.com|"
    # A chat link holds a person's number or handle ("wa.me/316...", "t.me/..."); a link page
    # lists a person's profiles ("linktr.ee/...").
    r"wa\.me|api\.whatsapp\.com/send|t\.me|telegram\.me|linktr\.ee|linktree\.com)"
)
_SOCIAL_RE = re.compile(_SOCIAL, re.I)
_URL_RE = re.compile(
    rf"(?<![\w.@/-])((?:https?://)?(?:(?:www|m|nl|mobile|[a-z]{{2}}-[a-z]{{2}})\.)?{_SOCIAL}"
    r"/?[\w.%~@+=&?#/-]*)",
    re.I,
)
_ASCII_URL_RE = ascii_twin(_URL_RE)  # (round speed49)
# Paths that belong to the site or to organisations rather than to a person (the town's own
# pages: _TOWN_PAGE_RE below). Round 33: "gemeente..." ("gemeentemeppel", "gemeente.meppel")
# is the municipality's, not a handle that joins it to a name with "_" ("@gemeentehulp_jos":
# someone posing as the municipality)
_MUNICIPAL_PAGE = r"gemeente[^\W_]*(?!_\w)"
_NOT_PERSONAL_PATH = re.compile(
    rf"^(?:groups?|pages?|events?|{_MUNICIPAL_PAGE}|watch|hashtag|explore|search|share|"
    r"sharer|login|help|policies|privacy|legal|about)?/?$|^(?:groups|events|hashtag|explore|"
    rf"search|help|{_MUNICIPAL_PAGE})\b",
    re.I,
)
# The town's own pages spell its name in one word, alone or with what they are about ("meppel",
# "meppelcentraal", "meppelsnieuws"); a handle that joins it to another word with "_" or "." is
# someone's ("@meppel_skatez", "meppel.fotogirl"), its site "meppel.nl" is not.
_TOWN_PAGE_RE = re.compile(r"meppel([^\W_]*)(?!_\w|\.(?!nl\b)\w)\b", re.I)
# "Meppeler", "Meppelse", "Meppels": the town's name as an adjective before the subject.
_TOWN_ADJECTIVE_ENDINGS = ("er", "se", "s", "")
_TRAILING = ".,;:!?)]}'\""


def find_emails(text: str, lex: Lexicon | None = None) -> list[Span]:
    """E-mail addresses, except the organisation's role mailboxes (info@, wijkteam@, ...)."""
    spans = []
    for match in _EMAIL_RE.finditer(text):
        local, _, domain = match.group(1).lower().partition("@")
        if is_role_mailbox(local, lex) or _municipal_team_mailbox(local, domain, lex):
            continue
        if _acronym_mailbox(match.group(1), domain, lex):
            continue  # "EHBO@rodekruismeppel.nl", "BHV@...": a function's mailbox, in capitals
        spans.append(Span(match.start(1), match.end(1), "EMAIL"))
    return spans


# A local part in capitals, as a function's acronym is written ("EHBO@", "BHV@", "MR@"); people's
# addresses are typed in lower case ("j.bakker@"), and initials glued to a surname have one.
_ACRONYM_MAILBOX_RE = re.compile(r"[A-Z]{3,6}@")
# Mail providers people have their own address at ("ANNA@gmail.com" is Anna's).
_PERSONAL_MAIL_DOMAINS = (
    "gmail.",
    "hotmail.",
    "outlook.",
    "live.",
    "icloud.",
    "ziggo.",
    "kpnmail.",
    "home.",
    "planet.",
    "xs4all.",
    "yahoo.",
    "msn.",
    "online.",
    "telfort.",
    "upcmail.",
    "chello.",
    "quicknet.",
    "hetnet.",
    "caiway.",
    "proton",
)


def _acronym_mailbox(address: str, domain: str, lex: Lexicon | None) -> bool:
    """A local part in capitals (three to six letters, no name) at an organisation's domain."""
    if _ACRONYM_MAILBOX_RE.match(address) is None or domain.startswith(_PERSONAL_MAIL_DOMAINS):
        return False
    local = address.split("@", 1)[0].lower()
    return lex is None or (local not in lex.first_names and local not in lex.surnames)


def _municipal_team_mailbox(local: str, domain: str, lex: Lexicon | None) -> bool:
    """'bhv@meppel.nl', 'groen@westerveld.nl': at a municipality's domain (a place's name) one
    ordinary word or a short acronym, no first name, is a team's mailbox; its staff write
    "j.groen@" ("keesbos@": a first name and a surname glued, a person's)."""
    if lex is None or not local.isalpha() or local in lex.first_names:
        return False
    name = domain.rsplit(".", 1)[0]
    if name.removeprefix("gemeente").removeprefix("www.") not in lex.places:
        return False
    # A place or country names the team's subject there ("oekraine@", "nijeveen@").
    if local not in lex.surnames and _place_word(local, lex):
        return True
    return local in lex.dutch_words or (len(local) <= 4 and local not in lex.surnames)


def _place_word(local: str, lex: Lexicon) -> bool:
    """`local` (ASCII, as addresses write it) is a place's name: "oekraine" for "Oekraïne"."""
    if local in lex.places:
        return True
    return local in _ascii_places(lex.places)


@functools.cache
def _ascii_places(places: frozenset[str]) -> frozenset[str]:
    folded = (unicodedata.normalize("NFKD", p) for p in places)
    return frozenset("".join(c for c in p if not unicodedata.combining(c)) for p in folded)


# An address read out or written to dodge spam: "jan punt smit at ziggo punt nl",
# "lisa(at)kpnmail.nl", "fam.bos [at] hetnet punt nl". The dot may be spoken ("punt", "dot"),
# the at-sign too ("at", "apenstaartje", "(at)", "[at]"); the address ends with a known top-level
# domain, so English "at" in a sentence is no address.
_SPOKEN_DOT = r"(?:[ ]+(?:punt|dot)[ ]+|\.)"
_SPELLED_EMAIL_RE = re.compile(
    r"(?<![\w.@-])("
    # (Round 47: "jan punt de vries at ...": a surname's particles said before it)
    rf"[a-z0-9][\w+-]*(?:{_SPOKEN_DOT}(?:(?:van|de|der|den|ter|te|'t)[ ]+){{0,2}}[a-z0-9][\w+-]*)*"
    r"(?:[ ]*[(\[]at[)\]][ ]*|[ ]+(?:at|apenstaartje|apestaartje|apenstaart|apestaart)[ ]+)"
    # (Round 25: not "an appointment at www.meppel.nl/afspraak": a web page, in English)
    r"(?!www\.)"
    rf"[a-z0-9][\w-]*(?:{_SPOKEN_DOT}[a-z0-9][\w-]*)*?{_SPOKEN_DOT}"
    r"(?:nl|com|net|org|be|eu|de|info|nu|frl|co\.uk|uk|fr|tr|ma))(?![\w@/-]|\.\w)",
    re.I,
)
_SPELLED_CUES = ("(at)", "[at]", " at ", "apenstaart", "apestaart")
_SPOKEN_DOT_RE = re.compile(_SPOKEN_DOT, re.I)
_SPELLED_AT_RE = re.compile(r"[ ]*[(\[]at[)\]][ ]*|[ ]+(?:at|ape\w*)[ ]+", re.I)


def find_spelled_emails(text: str, lex: Lexicon | None = None) -> list[Span]:
    """E-mail addresses written out in words ("piet punt bos at gmail punt com")."""
    spans = []
    for match in _SPELLED_EMAIL_RE.finditer(text):
        at = _SPELLED_AT_RE.search(match.group(1))
        local = _SPOKEN_DOT_RE.sub(".", match.group(1)[: at.start()]).lower() if at else ""
        if local and not is_role_mailbox(local, lex):
            spans.append(Span(match.start(1), match.end(1), "EMAIL"))
    return spans


def has_spelled_email_cue(low_text: str) -> bool:
    """A cheap gate for ``find_spelled_emails``: the message spells an at-sign."""
    return holds_any(low_text, _SPELLED_CUES)


def is_role_mailbox(local: str, lex: Lexicon | None) -> bool:
    """'info', 'wijkteam', 'burgerzaken': a mailbox of a team or role, not of a person."""
    if local in _ROLE_MAILBOXES or local.endswith(_ROLE_ENDINGS):
        return True
    if local.startswith(_RECRUITMENT_OPENINGS):
        return True  # Round 46: "werkenbij@", "werkenbijmeppel@": an employer's vacancies
    if local.endswith(_SERVICE_ENDINGS) and local.isalpha() and len(local) > 8:
        return True
    if lex is None or not local.isalpha():
        return False  # "s.bos", "jan_bakker", "mirjam610": a person's
    # One ordinary word that is no name: "planning", "handhaving", "vergunningen"; a rare
    # surname that is an ordinary word too names a topic there ("schade@", "afval@"), a common
    # one a person ("bakker@").
    return (
        _is_topic_word(local, lex)
        or _is_topic_compound(local, lex)
        # "oosterboer@", "nijeveen@": a neighbourhood's or village's team, or a listed
        # organisation's mailbox ("rova@"), not a person
        or (
            (local in lex.places or local in _organisation_words())
            and local not in lex.first_names
            and local not in lex.common_surnames
            and len(local) > 3
        )
    )


@functools.cache
def _organisation_words() -> frozenset[str]:
    """The one-word names in ``data/organisations.txt``, lower-cased."""
    return frozenset(n.lower() for n in shipped_names() if n.isalpha())


def _is_topic_word(word: str, lex: Lexicon) -> bool:
    return (
        word in lex.dutch_words and word not in lex.first_names and word not in lex.common_surnames
    )


def _is_topic_compound(local: str, lex: Lexicon) -> bool:
    """Two ordinary words glued together, neither a name: "openbareruimte" (not "janbakker",
    "keesbos": a first name or a surname with another word is a person's address)."""
    return any(
        _is_topic_word(local[:i], lex) and _is_topic_word(local[i:], lex)
        for i in range(4, len(local) - 3)
    )


def _not_personal_path(path: str) -> bool:
    """A profile path of the site itself, an organisation or the town (see _TOWN_PAGE_RE)."""
    if _NOT_PERSONAL_PATH.search(path) is not None:
        return True
    town = _TOWN_PAGE_RE.match(path)
    return town is not None and _about_the_town(town.group(1).lower())


def _about_the_town(rest: str) -> bool:
    """What follows the town's name in a one-word page name is a subject: nothing, or one or
    two Dutch words that are no first name ("centraal", "sportnieuws"). A number or another
    word makes it someone's handle ("meppel1985", "meppelfotogirl", "meppelboy"). The site's
    domain may close it ("meppelnl")."""
    rest = rest.removesuffix("nl")
    if not rest:
        return True
    if not rest.isalpha():
        return False
    lex = lexicon.load()

    def subject(word: str) -> bool:
        return len(word) >= 3 and word in lex.dutch_words and word not in lex.first_names

    for ending in _TOWN_ADJECTIVE_ENDINGS:
        if not rest.startswith(ending):
            continue
        words = rest[len(ending) :]
        if (ending and not words) or subject(words):
            return True
        if any(subject(words[:i]) and subject(words[i:]) for i in range(3, len(words) - 2)):
            return True
    return False


# Every site of _SOCIAL holds one of these, in any case (their letters have no other case forms
# the pattern's IGNORECASE would match): a cheap test before the long pattern.
_SOCIAL_GATES = (".com", ".net", ".app", ".tv", ".me", ".ee", "todon.")
_SOCIAL_GATE_RE = re.compile("|".join(re.escape(gate) for gate in _SOCIAL_GATES))


# Round 39: a firm's own page named right before its link ("Zijn bedrijfspagina is ...",
# "de zakelijke pagina: ...", "bedrijfsaccount ...").
_BUSINESS_PAGE_BEFORE_RE = re.compile(
    r"\b(?:bedrijfs|zakelijke[ ]|winkel|zaak)(?:pagina|account|profiel)\b"
    r"(?:[ ]+(?:is|staat[ ]+op|op))?[ ]*:?[ ]*$",
    re.I,
)


def find_personal_urls(text: str) -> list[Span]:
    """Links to a person's profile on a social network, without trailing punctuation."""
    low = text.lower()
    if _SOCIAL_GATE_RE.search(low) is None:  # none of _SOCIAL_GATES in it
        return _letting_profiles(text, low)
    spans = []
    for match in (_ASCII_URL_RE if text.isascii() else _URL_RE).finditer(text):
        url = match.group(1).rstrip(_TRAILING)
        path = _SOCIAL_RE.split(url, maxsplit=1)[-1].lstrip("/")
        if _not_personal_path(path):
            continue
        if _BUSINESS_PAGE_BEFORE_RE.search(text, max(0, match.start(1) - 40), match.start(1)):
            continue  # Round 39: "zijn bedrijfspagina is facebook.com/...": the firm's page
        spans.append(Span(match.start(1), match.start(1) + len(url), "URL_PERSONAL"))
    return spans + _letting_profiles(text, low)


# Round 48: a host's profile on a letting site ("airbnb.nl/users/show/4829..."; a room's
# listing, "/rooms/...", is no person's), behind tests in C for "/" and the site.
_LETTING_PROFILE_RE = re.compile(
    r"(?<![\w.@/-])((?:https?://)?(?:www\.)?airbnb\.[a-z]{2,3}/users/(?:show/)?\d+)", re.I
)


def _letting_profiles(text: str, low: str) -> list[Span]:
    if "/" not in low or "airbnb." not in low:
        return []
    return [Span(m.start(1), m.end(1), "URL_PERSONAL") for m in _LETTING_PROFILE_RE.finditer(text)]


# A handle on a social network named right before it ("tiktok @annakuil", "insta: @anna.kuil_85",
# "volg me op Instagram via @anna_kuil"); an e-mail address's "@" has a word before it.
_HANDLE_RE = re.compile(
    r"\b(?:tiktok|insta(?:gram)?|ig|facebook|fb|twitter|x|snap(?:chat)?|threads|bluesky|bsky|"
    r"youtube|linkedin|mastodon)\b[^\n@]{0,12}?(?<![\w.])(@[A-Za-z0-9_](?:[\w.]*\w)?)",
    re.I,
)
_ASCII_HANDLE_RE = ascii_twin(_HANDLE_RE)  # (round speed49)


def find_social_handles(text: str) -> list[Span]:
    """A person's handle after the name of its network; the municipality's own stays."""
    return [
        Span(m.start(1), m.end(1), "URL_PERSONAL")
        for m in (_ASCII_HANDLE_RE if text.isascii() else _HANDLE_RE).finditer(text)
        if not _not_personal_path(m.group(1)[1:])
    ]


# review45: a handle written without its "@", named by its network: "insta: okonkwo.fam",
# "haar instagram is fatima.okonkwo", "jansen1985 op instagram", "kowalczyk_88 (instagram)".
_NETWORKS = r"(?:insta(?:gram)?|tiktok|snap(?:chat)?|facebook|twitter|threads|bluesky|bsky)"
_BARE_HANDLE = r"([A-Za-z0-9_](?:[\w.]*\w)?)"
_BARE_HANDLE_AFTER_RE = re.compile(
    rf"\b{_NETWORKS}\b(?:[ ]*(?:account|naam|name|handle|profiel|profile))?"
    rf"(?:[ ]*:[ ]*|[ ]+(?:is|=|heet)[ ]+){_BARE_HANDLE}(?![\w@/])",
    re.I,
)
_ASCII_BARE_HANDLE_AFTER_RE = ascii_twin(_BARE_HANDLE_AFTER_RE)  # (round speed49)
_BARE_HANDLE_BEFORE_RE = re.compile(
    rf"(?<![\w@./]){_BARE_HANDLE}(?:[ ]+(?:op|on|via)[ ]+|[ ]*\([ ]*){_NETWORKS}\b", re.I
)
_ASCII_BARE_HANDLE_BEFORE_RE = ascii_twin(_BARE_HANDLE_BEFORE_RE)  # (round speed49)
_BARE_HANDLE_GATE_RE = re.compile(rf"(?i:{_NETWORKS})")
# Round perf3: the networks' names by substring tests in C, in the text as lexicon.caseless reads
# it (test_fast_patterns holds them to _NETWORKS); the gate's ignored case had the engine try
# each name at every character (~6 us of a bench message).
_NETWORK_STEMS = ("insta", "tiktok", "snap", "facebook", "twitter", "threads", "bluesky", "bsky")
# (a word, not a handle: the handle holds a digit, a "_" or a "." inside; no domain "x.nl")
_HANDLE_SHAPE_RE = re.compile(r"(?=.*[a-zA-Z])(?=.*(?:\d|_|[a-zA-Z]\.[a-zA-Z]))")
_DOMAIN_END_RE = re.compile(r"\.(?:nl|com|net|org|eu|be|de|app|me|tv)$", re.I)


def find_bare_handles(text: str) -> list[Span]:
    """A person's handle without "@" beside the name of its network (see above)."""
    if not holds_any(caseless(text), _NETWORK_STEMS):
        return []
    if _BARE_HANDLE_GATE_RE.search(text) is None:
        return []
    spans = []
    ascii = text.isascii()
    for pattern in (
        (_ASCII_BARE_HANDLE_AFTER_RE, _ASCII_BARE_HANDLE_BEFORE_RE)
        if ascii
        else (_BARE_HANDLE_AFTER_RE, _BARE_HANDLE_BEFORE_RE)
    ):
        for m in pattern.finditer(text):
            handle = m.group(1)
            if (
                _HANDLE_SHAPE_RE.match(handle) is None
                or _DOMAIN_END_RE.search(handle) is not None
                or len(handle) > 30
                or _not_personal_path(handle)
            ):
                continue
            spans.append(Span(m.start(1), m.end(1), "URL_PERSONAL"))
    return spans


# A link to a place on a map: the coordinates or the address in it (or behind a short link) are
# where someone lives or is, like a shared location ("Hier woon ik: https://www.google.com/maps/
# place/Kerkstraat+12,+Meppel/@52.69,6.19,17z", "https://maps.app.goo.gl/Xy12", Apple Maps,
# OpenStreetMap, Waze, Bing).
_MAP_LINK_RE = re.compile(
    r"(?<![\w.@/-])(?:https?://)?(?:[\w-]+\.)*(?:"
    r"google\.[a-z]{2,3}(?:\.[a-z]{2})?/maps|maps\.google\.[a-z]{2,3}(?:\.[a-z]{2})?|"
    r"maps\.app\.goo\.gl|goo\.gl/maps|maps\.apple(?:\.com)?|openstreetmap\.org|osm\.org|"
    r"waze\.com/(?:ul|live-map)|bing\.com/maps|wego\.here\.com"
    r")[^\s<>\"]*",
    re.I,
)
# Coordinates typed or pasted as numbers: "52.69170, 6.19420", "52,6917 6,1942" (a decimal
# comma), "N 52.6917 E 6.1942"; four decimals or more (a house, not a region), and a latitude
# and longitude that exist. Degrees, minutes, seconds: 52°41'30.1"N 6°11'39.1"E.
_DECIMAL_COORDINATES_RE = re.compile(
    # Each stretch of spaces has one reading and the ends are checked one character ahead, so
    # a long run of spaces or digits costs a linear scan (test_redos).
    r"(?<![\w.,])([NS]\s?)?(-?\d{1,2}[.,]\d{4,})°?(?:\s?[NS])?(?:\s*[,;/]\s*|\s+)"
    r"([EOW]\s?)?(-?\d{1,3}[.,]\d{4,})°?(?:\s?[EOW])?(?![.,]?\d)",
    re.I,
)
_DMS_COORDINATES_RE = re.compile(
    r"(?<!\d)\d{1,2}°\s?\d{1,2}['′]\s?\d{1,2}(?:[.,]\d+)?(?:\"|″|'')\s?[NS]"
    r"[\s,;]*\d{1,3}°\s?\d{1,2}['′]\s?\d{1,2}(?:[.,]\d+)?(?:\"|″|'')\s?[EOW]",
    re.I,
)


# Every site of _MAP_LINK_RE holds one of these, in any case (letters without other case forms
# the pattern's IGNORECASE would match); every coordinate a digit, a decimal sign and four
# digits: cheap tests before the patterns.
_MAP_GATES = ("google.", "goo.gl", ".apple", "p.org", "m.org", "waze.com", "ng.com", "here.com")
_MAP_GATE_RE = re.compile("|".join(re.escape(gate) for gate in _MAP_GATES))
_DECIMALS_RE = re.compile(r"\d[.,]\d{4}")
_ASCII_DECIMALS_RE = ascii_twin(_DECIMALS_RE)  # (round speed49)


def find_map_locations(text: str) -> list[Span]:
    """Links to a place on a map (URL_PERSONAL) and coordinates written out (ADDRESS)."""
    links = []
    low = text.lower() if "." in text else ""
    if low and _MAP_GATE_RE.search(low) is not None:  # any of _MAP_GATES
        for match in _MAP_LINK_RE.finditer(text):
            url = match.group(0).rstrip(_TRAILING)
            links.append(Span(match.start(), match.start() + len(url), "URL_PERSONAL"))
    places = []
    if "°" in text:
        places += [Span(m.start(), m.end(), "ADDRESS") for m in _DMS_COORDINATES_RE.finditer(text)]
    decimals = _ASCII_DECIMALS_RE if text.isascii() else _DECIMALS_RE
    coordinates = _DECIMAL_COORDINATES_RE.finditer(text) if decimals.search(text) else ()
    for match in coordinates:
        latitude = float(match.group(2).replace(",", "."))
        longitude = float(match.group(4).replace(",", "."))
        if abs(latitude) <= 90 and abs(longitude) <= 180:
            places.append(Span(match.start(), match.end(), "ADDRESS"))
    # Coordinates inside a map link go with the link.
    return links + [p for p in places if not any(p.overlaps(link) for link in links)]
