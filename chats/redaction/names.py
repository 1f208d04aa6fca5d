"""Names of people: lexicons of first names and surnames, tussenvoegsels, titles and context cues."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterable
from functools import lru_cache
from operator import attrgetter
from typing import NamedTuple

from chats.redaction.birthdates import MONTH_NAMES
from chats.redaction.folding import folded_text
from chats.redaction.lexicon import (
    CAR_MAKES,
    PARTICLES,
    STREET_SUFFIXES,
    STRONG_STREET_SUFFIXES,
    TITLES,
    EndingGate,
    Lexicon,
    WordAlternation,
    ascii_twin,
    has_singular,
    holds_any,
    is_compound,
    is_event_compound,
    looks_like_noun,
    spaced,
    street_suffix,
    words,
)
from chats.redaction.spans import Span

# Words, "'t", and initials ("B.", "J.P.") as tokens; everything else is the gap between tokens.
# Capitals of the Latin alphabets for initials: "Ş. Demir", "Ł.K. Nowak", "Ö. Yılmaz" (Latin
# Extended-A and -B alternate capitals and small letters: the whole ranges keep the class small
# and fast; a lone small letter there and a stop is no word either).
_UPPER = "A-ZÀ-ÖØ-ÞĀ-ɏ"
_TOKEN_RE = re.compile(
    rf"(?<!\w)(?:[{_UPPER}]\.){{2,4}}|(?<!\w)[{_UPPER}]\.(?=[ ]?(?:[^\W\d_]|'))"
    r"|(?<![\w.])[a-z]\.(?=[ ](?:de|van|ter|ten|el)[ ])"
    r"|'t\b|'s\b"
    r"|(?<!\w)(?>[^\W\d_]+(?:['’-][^\W\d_]+)*)(?![0-9])"  # not "Suit" of "Suite4"
)
# Particles inside a name; "ben"/"bin" are left out on purpose: "ik ben" is far more frequent.
# Portuguese "do" ("Maria do Carmo") only here: elsewhere it is Thursday ("do 12 mei").
_NAME_PARTICLES = (PARTICLES | {"do"}) - words("ben bin aan bij onder over voor op uit")
# Only these particles may open a particle sequence ("op de" and "uit de" only after them).
_PARTICLE_OPENERS = frozenset({"van", "de", "der", "den", "ter", "ten", "te", "in", "'t", "el", "al",
                               "von", "la", "le", "du", "da", "do", "di", "dos", "das", "del", "vd", "op",
                               "uit", "'s"})  # fmt: skip
# A double surname's first part ends in a hyphen and one of these: "Smit-ten Brink".
_HYPHEN_PARTICLE_ENDS = tuple(
    f"-{p}" for p in ("de", "den", "der", "van", "ter", "ten", "te", "in")
)
# Role words after which a capitalised word is a surname even when it is also an ordinary
# word: "echtpaar Mol", "wethouder Storm", "raadslid Veen" (the guideline: officials are persons).
_STRONG_ROLE_CUES = words("""echtpaar wethouder raadslid raadsleden burgemeester loco-burgemeester griffier
    locoburgemeester gemeenteraadslid statenlid kamerlid dijkgraaf raadsvoorzitter
    commissievoorzitter fractievoorzitter gedeputeerde gemeentesecretaris ambtenaar wijkagent babs trouwambtenaar
    notaris kandidaat-notaris kantonrechter rechter advocaat deurwaarder huisarts dominee dokter
    pastoor""")
# Family words: the capitalised word after one is a name even when a dictionary knows it as a
# rare word ("haar zoon Mehari" - a car -, "dochter Melodie"); an everyday word is no name.
_KIN_WORDS = words("""zoon dochter zoontje dochtertje moeder vader broer zus broertje zusje
    partner echtgenoot echtgenote man vrouw vriend vriendin opa oma kleinzoon kleindochter
    schoonzoon schoondochter schoonmoeder schoonvader stiefzoon stiefdochter stiefvader
    stiefmoeder pleegzoon pleegdochter pleegkind kind baby neef nicht neefje nichtje oom tante
    zwager schoonzus""")
# Words that name a name: a word no list knows in the same message is the name they speak of
# ("Tesfamariam, zo heet hij van achternaam").
_NAMING_WORDS = words("""naam voornaam achternaam roepnaam meisjesnaam geboortenaam familienaam
    voornamen achternamen heet heette""")
# Participles of contacting someone: "De Boer gebeld", "De Vries gesproken".
_CONTACT_PARTICIPLES = words("""gebeld gesproken gemaild geappt gezien gevraagd bereikt benaderd
    ingelicht teruggebeld""")
# Words after which the next word is a name even if no list knows it.
_STRONG_CUES: tuple[tuple[str, ...], ...] = (
    ("mijn", "naam", "is"),
    ("naam", "is"),
    ("naam",),
    ("heet",),
    ("genaamd",),
    ("met", "vriendelijke", "groet"),
    ("vriendelijke", "groet"),
    ("hartelijke", "groet"),
    ("groet",),
    ("groeten",),
    ("groetjes",),
    ("gr",),
    ("grt",),
    ("mvg",),
    ("tnv",),
    ("t", "n", "v"),
    ("namens",),
    ("aanvrager",),
    ("organisator",),
    ("organisatrice",),
    ("indiener",),
    ("melder",),
    ("cliënt",),
    ("client",),
    ("contactpersoon",),
    ("gegevens",),
    ("ondergetekende",),
    ("voornaam",),
    ("achternaam",),
    ("roepnaam",),
    ("meisjesnaam",),
    ("geboortenaam",),
    ("familienaam",),
)
# Weaker cues: the next word must still look like a name ("ik ben blij" is no introduction).
# Round 30: the English introduction "I'm Liang" (with "I'm" a list word, no longer a name)
_WEAK_CUES: tuple[tuple[str, ...], ...] = (
    ("ik", "ben"),
    ("dit", "is"),
    ("met",),
    ("i'm",),
    ("i’m",),
)


def _by_last_word(cues: tuple[tuple[str, ...], ...]) -> dict[str, list[tuple[str, ...]]]:
    index: dict[str, list[tuple[str, ...]]] = {}
    for cue in cues:
        index.setdefault(cue[-1], []).append(cue)
    return index


_STRONG_CUE_INDEX = _by_last_word(_STRONG_CUES)
_WEAK_CUE_INDEX = _by_last_word(_WEAK_CUES)
# Round 25: family by marriage, a step or a generation ("mijn schoonzoon marlijn regelt alles").
_IN_LAWS = words("""schoonzoon schoondochter schoonmoeder schoonvader schoonzus schoonzuster
    schoonbroer zwager zwagerin stiefvader stiefmoeder stiefzoon stiefdochter kleinzoon
    kleindochter""")
# Role words: the next capitalised word is a name when it is not an ordinary word.
_ROLE_CUES = (
    words("""collega buurman buurvrouw buren wethouder melder cliënt client chauffeur eigenaar verhuurder
    huurder bewoner bewoonster moeder vader dochter zoon zus broer oma opa tante oom neef nicht
    partner man vrouw vriend vriendin aanvrager medewerker stagiair stagiaire manager teamleider
    directeur juf meester klant inwoner inwoonster penningmeester voorzitter secretaris
    journalist leerling sollicitant mantelzorger contactpersoon beheerder huismeester
    opzichter uitvoerder monteur hovenier mevrouw meneer zzp zzp'er zzper vrijwilliger
    vrijwilligster begeleider begeleidster coach wijkcoach consulent consulente mentor conciërge
    docent leraar lerares klager omwonende verpleegkundige schoonmaker schoonmaakster
    boer boerin tuinman timmerman glazenwasser postbode bezorger gezin dominee pastoor
    organisator organisatrice initiatiefnemer indiener gemachtigde""")
    | _IN_LAWS
    # Round 45: "Inspecteur wordt Ferry", "behandelaar is Job": who does a case's work
    | words("""inspecteur toezichthouder behandelaar casemanager handhaver jurist adviseur
    projectleider coördinator coordinator regisseur""")
    # Round 27b: "de onderbuurman Kuiken": a neighbour above, below, across or behind
    | words("""onderbuurman onderbuurvrouw bovenbuurman bovenbuurvrouw overbuurman overbuurvrouw
    achterbuurman achterbuurvrouw""")
    | words(
        "kollege kollegin colleague"  # Round 25: "Mein Kollege ...", in German and English
    )
)
# Words that a title does not make a surname of ("meneer Zegt het zelf" is no name).
_NOT_AFTER_TITLE = words("""ik je jij u hij zij ze wij we het de een dat die dit deze er daar hier
    wel niet geen ook nog al is was heeft had zegt zei wil kan kon moet mag zou gaat ging komt
    kwam belt belde en of maar want dus als dan toen""")
# Verbs that link a role to who takes it: "chauffeur wordt Ab".
_COPULAS = words("is was wordt werd blijft bleef")
# Verbs that report what someone said before "dat": "Mila zegt dat Schaap ...".
_REPORT_VERBS = words("""zeg denk zegt zei zeggen zeiden vindt vond denkt dacht meldt meldde vertelt vertelde hoorde
    hoor weet wist zag zie schrijft schreef mailt mailde appt appte belooft beloofde bevestigt
    bevestigde verwacht""")
# Lower-case words after which a lower-case first name that is also a word ("jan") is a name.
_LOWER_NAME_CUES = (
    words("""bel belt bellen met aan van voor vraag vraagt zeg zegt groet groeten groetjes gr grt mvg
    naam heet ben hoi hallo hey hee hi dag doei dank bedankt thx gefeliciteerd succes sorry
    moi moin moie namens collega buurman buurvrouw en of bij mail app appen sms tegen door je laat kent
    geboortedatum gebdatum gebdat""")
    | _IN_LAWS
)
# A lower-case first name is addressed before these: "fleur wil jij ...", "mark ga je mee?".
_ADDRESSED_VERBS = words("""ga kun kan wil heb ben doe zou moet mag weet zie hoor""")
# _PRONOUNS is defined further down (the subject and object pronouns, "ik" ... "er"): a
# module-level name is bound once (tests/test_architecture.py).
# Everyday words that name a thing far more often before "is": "max is 30", "job is klaar".
_NOT_SUBJECT_NAMES = words("max elke job")
# Finite verbs that follow a subject: "wil is er niet", "ben heeft de sleutel".
_FINITE_AFTER_SUBJECT = words("is was heeft had zegt zei komt kwam belt belde zit zat")
_INVERTED_AUXILIARIES = words("kan kun wil moet mag zal gaat komt heeft had heb is was")
# Verbs before "ik"/"je" and a name: "dan bel ik mark", "heb je jet gesproken".
_INVERTED_VERBS = words(
    """bel bellen vraag stuur mail app heb heeft had zie sprak spreek zag laat"""
)
# Words after which a capitalised word no list knows is still a name: "chauffeur is Bouke".
_SLOT_CUES = _LOWER_NAME_CUES | {
    "is", "was", "heet", "heette", "mee", "toch", "hoor", "spreek", "sprak", "spreken",
    "gesproken", "ontmoet", "bezocht", "waaronder", "zoals",
}  # fmt: skip
# Verbs after a sentence-initial word that make it the subject, a person: "Boas is ziek".
_PERSON_VERBS = words("""is was heeft had zegt zei belt belde komt kwam gaat ging wil wilde kan kon mag moet
    vraagt vroeg meldt meldde laat liet werkt werkte zit zat woont woonde stuurt stuurde
    mailt mailde appt appte weet wist vindt vond heeft""")
# English words for nobody in particular, before "here": "Nobody here.", "Everyone here!"
_NOBODY_WORDS = words("""nobody noone everyone everybody someone somebody anyone anybody nothing
    everything something all who anything""")
# Words right after the subject of a "dat" clause: an object pronoun or a finite verb.
_CLAUSE_AFTER_SUBJECT = _PERSON_VERBS | words("hem haar ze zij hij het er u je jou ons zou zal")
# "Ben moet wel mee", "Wil komt morgen": a first name that is also an everyday word opening a
# sentence, then a finite verb (not "Max kan je ...": inverted, the word is an adverb; not
# "Ben heeft de groep verlaten": a chat app's notice, see test_screenshot_text).
_VERBS_AFTER_OPENING_NAME = words("""moet mag wil kan komt belt zegt vraagt rijdt reed gaat ging doet
    deed neemt nam haalt brengt regelt""")
_PRONOUNS_AFTER_INVERSION = words("je jij ik u we wij ze zij hij men er het")


def _subject_of_a_verb(toks: list[_Tok], i: int) -> bool:
    return (
        toks[i].sentence_start
        and i + 1 < len(toks)
        and toks[i + 1].gap == " "
        and toks[i + 1].low in _VERBS_AFTER_OPENING_NAME
        and not (i + 2 < len(toks) and toks[i + 2].low in _PRONOUNS_AFTER_INVERSION)
    )


# Verbs only people do, after a sentence-initial surname that is also a word: "Vos zei ...".
_SPEAKER_VERBS = words("""zegt zei belt belde vraagt vroeg meldt meldde mailt mailde appt appte wil wilde
    telt telde
    weet wist vindt vond hier denkt dacht gaf geeft klaagt klaagde""")
# Words before a lone name that make it a person beyond doubt, for learning the chat's people.
PERSON_CUE_WORDS = frozenset(
    {t.rstrip(".") for t in TITLES}
    | _STRONG_ROLE_CUES
    | _ROLE_CUES
    | words("boer schilder dokter huisarts agent aannemer")
)
# Offices of the royal house and the church: "de Koning", "Prinses Amalia" (a title before a
# name). Some are surnames too; a person of that name is known from a title ("mevrouw Prins"),
# a role word, a first name or the chat.
_OFFICES = words("koning koningin prins prinses kroonprins kroonprinses keizer keizerin paus")
# Words after which a capitalised word is no person: storms, firms, the article-like "het".
_NOT_BEFORE_NAME = words("""storm orkaan stormdepressie firma fa bedrijf winkel hotel café cafe restaurant
    bakkerij taxi catering camping stichting vereniging partij fractie straat laan weg plein""")
# Sentence-initial words after which a capitalised listed name is a person: "Volgens Storm ...",
# "Heb je ...", "Is Brouwer hier?" (but "Team Groen", "Hotel Post": a longer proper noun).
_SENTENCE_OPENERS = words("""volgens heb heeft had is was wie waar waarom wanneer kan kun wil zal moet mag
    ga gaat komt vraag bel mail app zeg laat dank bedankt hoi hallo hey beste dag ook en maar dus
    want toen als zag sprak gisteren vandaag morgen net zojuist nog vergeet stuur geef neem
    check informeer bedank spreek herinner nodig wacht ja nee oké ok oh ah nou
    zoek type typ tik controleer noteer bezoek bekijk verwijs help haal breng""")
# (review46: "Zoek Jansen in het dossier", "Type Okonkwo in het zoekveld", "Controleer
# Wrzesniewski in de BRP": an order about a person, the verb opening the sentence)
# Kinds of places before their name: "parkeerterrein Kaapjeswelle", "de wijk Nijstad".
_LOCATION_NOUNS = words("""parkeerterrein parkeerplaats parkeergarage terrein bedrijventerrein
    industrieterrein sportpark sportveld park wijk woonwijk buurt dorp gehucht buurtschap
    gebied plein kruispunt rotonde brug viaduct tunnel haven kade sluis dijk vaart gracht
    begraafplaats kerkhof bos natuurgebied recreatiegebied speeltuin locatie perceel
    camperplaats camperplek jachthaven passantenhaven steiger ligplaats hondenlosloopgebied
    container afvalcontainer glasbak papierbak prullenbak afvalbak lichtmast lantaarnpaal
    bushalte abri wegafsluiting afsluiting omleiding wegwerkzaamheden
    grasveld speelveld trapveld uitlaatveld hondenuitlaatveld plantsoen groenstrook""")
# Kinds of events, groups and systems before their name: "festival Reestival", "app Signalen".
_KIND_NOUNS = _LOCATION_NOUNS | words("""festival evenement feest band koor orkest fanfare
    app systeem programma project actie campagne platform""")
# Words before a place, where a capitalised word no list knows is a place abroad rather than a
# person: "geboren in Kraków", "uit Eritrea", "vanuit Aleppo" ("naar", "bij": also persons).
_ABROAD_BEFORE = words("in uit te vanuit richting nabij")
# Words before a place name: "in Beek", "naar Post".
_PLACE_BEFORE = words("in naar uit te vanuit richting via bij nabij rond tussen")
_VOWEL_RE = re.compile("[aeiouy]")
_ARTICLES = frozenset({"de", "het", "een", "'t", "die", "deze", "dat", "dit"})
_WORD_TITLES = frozenset({"familie", "meneer", "mevrouw", "heer", "juffrouw"})
_FAMILY_WORDS = frozenset({"familie", "fam", "gezin"})
_IN_PLACE_BEFORE_RE = re.compile(r"\b(?:in|naar|uit|te|vanuit|richting|nabij)[ ]+$", re.I)
# Round 39: a verb of sending, then "naar" in the same clause: "stuur het concept naar ...".
_SENT_TO_BEFORE_RE = re.compile(
    r"\b(?:stuur|stuurt|sturen|stuurde|gestuurd|mail|mailt|mailen|mailde|gemaild|doorsturen|"
    r"doorgestuurd|app|appt|appen|appte|faxt|faxen)\b[^.!?\n]{0,40}[ ]naar[ ]+$",
    re.I,
)
# "mijn buurman smit laat ...": a lower-case common surname after a neighbour is the neighbour.
_NEIGHBOURS = words("buurman buurvrouw overbuurman overbuurvrouw buren")
# One person before a surname with particles ("buren van Spier 6" is whose house).
# review46: whole words firms are named with that a person after a strong cue ("mevrouw Nails",
# "buurman Spor", "meneer Control") bears as a surname (a nickname or a foreign name)
_FIRM_WORDS_AS_SURNAMES = words("""spor nails beauty control solar infra food foods mode media
    design totaal partners market store shop events agency kebab""")
# Words that make the one capitalised word after them a person's surname (review46)
_PERSON_WORDS_BEFORE = (
    words("dhr heer meneer mnr mevr mevrouw mw mej juffrouw collega")
    | _NEIGHBOURS - {"buren"}
    | _KIN_WORDS
)
_NEIGHBOURS_AND_COLLEAGUES = (_NEIGHBOURS - {"buren"}) | {"collega"}
# Words after "mien" that make it a person, not Drents "my": a preposition, a verb, "en".
_NOT_AFTER_POSSESSIVE = words("""op aan in bij van met voor naar over door tot uit om en of
    is was komt kwam gaat ging heeft had zegt zei wil kan moet zal zou ook niet nog al wel""")
_OBJECT_PREPOSITIONS = words("op aan achter naast onder boven voor met door over tegen van")
# Prepositions that say where: "de" and a surname after them is a place ("op de Brink"); not
# "over" and "via", which as often name someone ("een klacht over de Jong").
# Prepositions before a person named in full ("een bankje voor Eik Kassab").
_PREPOSITIONS_BEFORE_NAMES = words("voor van bij met namens door aan naar over")
_PLACE_PREPOSITIONS = words("op aan in langs richting rond rondom achter tegenover naast")
_PLACE_PARTICLES = frozenset({("in",), ("te",), ("uit",), ("op",)})
# Endings of adjectives and country names: "Kaapse", "Drentsche", "Italië".
_NOT_NAME_ENDINGS = ("se", "sche", "isch", "ië")
# Parts of company names: a capitalised run with one of these is an organisation, not a person.
_COMPANY_MARKERS = frozenset({"bv", "b.v", "b.v.", "vof", "v.o.f", "nv", "n.v", "holding", "groep",
                              "group", "bvba", "gmbh", "ltd", "inc", "cv", "c.v",
                              "zn", "zonen", "gebroeders", "gebr", "gebr."})  # fmt: skip
# Words after which a capitalised run names a business or an institution.
_COMPANY_CUES = words("""firma fa bedrijf winkel buurthuis wijkcentrum dorpshuis gemeenschapshuis
    buurtcentrum stichting school basisschool kindcentrum kinderopvang peuterspeelzaal
    zorgorganisatie zorgaanbieder zorginstelling instelling woningcorporatie corporatie
    verpleeghuis verzorgingshuis woonzorgcentrum zorgboerderij vereniging sportvereniging club
    kerk gemeente organisatie supermarkt sporthal zwembad theater bibliotheek museum
    vv sv svv vtv voetbalclub voetbalvereniging korfbalclub korfbalvereniging hockeyclub
    hockeyvereniging tennisclub tennisvereniging volleybalclub volleybalvereniging
    handbalvereniging zwemvereniging ijsclub ijsvereniging schaakclub muziekvereniging
    toneelvereniging eethuis moskee synagoge handelsnaam bedrijfsnaam café cafe eetcafé
    restaurant hotel snackbar cafetaria kroeg discotheek lunchroom pizzeria brasserie""")
# Trades whose practitioner named by a surname alone is a firm: "De aannemer is Dijkstra",
# "Leveranciers: Jansen, Mulder".
_FIRM_TRADES = words("""aannemer aannemers hoofdaannemer onderaannemer onderaannemers zorgaanbieder
    zorgaanbieders leverancier leveranciers installateur installateurs vervoerder vervoerders
    uitvaartondernemer uitvaartondernemers uitvaartondernemingen exploitant exploitanten
    bouwbedrijf bouwbedrijven transporteur transporteurs
    bouwer bouwers projectontwikkelaar projectontwikkelaars ontwikkelaar ontwikkelaars""")  # (r41)
# Words inside such a list: "Jansen, Mulder en Bos", "is Dijkstra", "De Vries of Smit".
_FIRM_LIST_WORDS = words("en of is zijn was waren wordt worden")
# First words of an organisation's name ("Stichting Leergeld", "Buurthuis De Plataan") and last
# words ("Mobi Zorg", "Meppel Wonen", "Noord Groep"), also where the word is a surname too.
_ORGANISATION_HEADS = words("""stichting buurthuis wijkcentrum dorpshuis buurtcentrum zorggroep woonzorg
    obs cbs pcbs csg rkbs basisschool school kindcentrum ikc kinderopvang vereniging
    coöperatie cooperatie gemeente provincie waterschap woningstichting woningbouwvereniging
    sportvereniging voetbalvereniging zorgcentrum verpleeghuis huisartsenpraktijk moskee scouting
    oliebollen poffertjes wafels
    plaatselijk dorpsbelang wijkbelang buurtbelang belangenvereniging""")
# (round 36: "Oliebollen Jansen", a stall named by its ware; round 42: "Plaatselijk Belang
# Havelte", "Dorpsbelang Ruinen": a village's or a quarter's interest group)
_ORGANISATION_TAILS = words("""zorg thuiszorg wonen groep school opvang kinderopvang welzijn
    college academie bouw installatie installaties transport techniek advies verhuur optiek
    workforce staffing uitzendbureau""")
_COMPANY_PARTS = re.compile(
    r"(?:service|bouw|beheer|techniek|installaties?|transport|advies|verhuur|groenvoorziening|"
    r"hoveniers?|schoonmaak|afval\w*|verzorging|handel|makelaars?|makelaardij|aannemers?\w*|"
    r"bedrijf|bedrijven|consultancy|solutions?|logistiek|stichting|vereniging|gemeente|wonen|"
    r"zorg|stratenmakers?|bestrating|schilders?|schildersbedrijf|loodgieters?|elektro\w*|"
    r"totaal|partners|media|design|holding|garage|kinderopvang|school|college|bank|\w+werken|"
    r"verzekeringen|verzekeraar|notarissen|notariaat|advocaten|accountants?|groep|heijn|"
    r"kapsalon|\w*erij|caf[eé]|restaurant|hotel|\w*centrum|\w*praktijk|apotheek|\w*winkel|"
    r"camping|fysio\w*|huisarts\w*|catering|taxi\w*|lunchroom|bloemist\w*|fietsenmaker\w*|"
    r"team|wijkteam|buurtapp|groepsapp|appgroep|werkgroep|buurtpreventie|klankbordgroep|"
    r"bewonerscommissie|dorpsbelang|"
    r"dakdekker\w*|rijschool|tuincentrum|beveiliging|speelgoed|drukkerij|autobedrijf|"
    # (Round 44: "Glühweinbar De Stoomfluit", "Wijnbar Bacchus": a bar by what it pours)
    r"snackbar|\w{4,}bar|cafetaria|pizzeria|brasserie|eetcaf[eé]|kiosk|\w*salon|kappers?|sportschool|"
    r"opticien|drogist\w*|\w*markt|tankstation|dierenarts\w*|tandarts\w*|\w*bewindvoering|"
    r"budgetbeheer|schuldhulp\w*|incasso\w*|deurwaarderskantoor|"
    r"administratiekantoor|boekhouding|mediation|coaching|verloskunde\w*|\w*bureau|\w*buro|\w*fonds|"
    # "Notariskantoor Ten Brink", "Bloemenatelier Ter Haar", "Bodrum Grill"
    r"\w+kantoor|bloem\w+|grill\w*|"
    # "Natuursteen Kremer", "Grafmonumenten Bos": a stonemason's
    r"natuursteen|grafmonument\w*|"
    # "Koeriersdienst Mulder", "Nagelstudio Fleur", "Witgoed Smit", "Jansen Solar", "Street Food"
    r"\w+dienst|\w*studio|witgoed|bruingoed|solar|infra|food|foods|"
    # "Agro Energie", "Zomer Mode": a sector a firm or shop is named by
    r"energie|mode|fashion|advocatuur|"
    # "Beleggingsmij De Wolf", "Exploitatiemaatschappij Reestdal": a company by its kind
    r"\w*maatschappij|\w{5,}mij|"
    # "Kees van de Rotary", "Rob van de Wielerclub": clubs
    r"club|rotary|lions|kiwanis|soroptimist\w*|"
    # "Poffertjeskraam Oma Jo", "Buurtbemiddeling Meppel": a stall, a mediation service
    r"\w*kraam|\w*bemiddeling|"
    # "Wematech", "Solarfields", "Infrasoft", "Elektrotronics": a made-up firm name's ending
    # (not "-field" alone: "Whitfield", "Mayfield" are English surnames)
    r"\w+tech|\w+tec|\w+fields|\w+soft|\w+tronics?|\w+systems?|"
    # "Öztürk Market", "Ali's Shop", "Roos' Poffertjes": a shop named in English or by its ware
    r"market|supermarket|shop|store|stores|kebab|d[öo]ner|"
    # Round 26: "Flexpoint Personeel", "DJ Ronnie Events", "Zonnefabriek Drenthe": staffing,
    # events and a made-up "-fabriek"
    r"personeel|events?|evenementen|entertainment|agency|\w+fabriek|"
    # Round 33: "Kuiper Landbouwmechanisatie", "Anadolu Spor" (a Turkish club), "Rutger van
    # Buurtzaken" (a department, as Burgerzaken), "Crowd Control Noord"
    r"\w*mechanisatie|spor|\w+zaken|control|"
    # Round 35: "Lucky Nails", "Beauty Sanne", "Trattoria Romano": a nail or beauty salon, an
    # Italian eatery
    r"nails|beauty|gelateria|trattoria|osteria|ristorante|"
    # Round 37: "Fietsspecialist Bosma", "Juwelier Mulder", "Sportcampus Zuid": a shop named by
    # its speciality (a compound: "de specialist Smit" is a doctor), a jeweller's, a campus
    r"\w+specialist|juwelier\w*|\w*campus|"
    # Round 38: "Kremer Schoenen", "Groenewoud Legal": a shoe shop, a law firm named in English
    r"schoenen|legal|"
    # Round 39: "Optisport", "Intersport", "Fitsport": a made-up name ending in the trade
    r"\w{3,}sport)$",
    re.I,
)
# Round 36: "Harm van Wegen", "Gerrit van Jeugd en Onderwijs", "Kees van Handhaving": a
# municipal department, after "van" only and as the whole word (review46: as a word's ending in
# the firm words above they took "Hogewegen", "Ouwegen", and alone "Piet Jeugd")
_DEPARTMENTS = words("wegen jeugd onderwijs handhaving vergunningen")


_ASCII_COMPANY_PARTS = ascii_twin(_COMPANY_PARTS)
# Round speed48: most words end in none of the endings above (~25 us a new word to search).
_COMPANY_PARTS_GATE = EndingGate(_COMPANY_PARTS)


# Longer than this, a word is no business name's: the pattern's "\w*" runs, tried from every
# letter, take time quadratic in a word's length (a 6,000-letter word took 3.6 s).
COMPANY_WORD_MAX = 64


@lru_cache(maxsize=50_000)
def _company_part(low: str) -> bool:
    """Whether ``low`` ends like a business name (memoised: the pattern is slow to search)."""
    parts = _ASCII_COMPANY_PARTS if low.isascii() else _COMPANY_PARTS
    if len(low) > COMPANY_WORD_MAX:
        return False
    if low.endswith(_WORK_ENDINGS) and low not in _WORK_ENDINGS_ALONE:
        return True
    if low.endswith(_FIRM_ENDINGS):
        return True  # Round 46: "Grondverzet", "Vastgoed", "Paleis" (also alone)
    return _COMPANY_PARTS_GATE.may_match(low) and parts.search(low) is not None


# Round 45: "Asbestsanering De Wit", "Gevelreiniging Kok", "Dakisolatie Mulder": a firm by the
# work it does (endings tested by str.endswith, in C: no "\w*" runs added to the pattern).
_WORK_ENDINGS = ("sanering", "reiniging", "isolatie", "onderhoud", "montage", "verhuizingen")
# Round 50: "Rupsbestrijding Ten Velde", "Ongediertebestrijding Kok": a firm by the pest it fights.
_WORK_ENDINGS += ("bestrijding",)
# The work alone is no firm: "vraag het Sanne Groot Onderhoud" (major maintenance).
_WORK_ENDINGS_ALONE = frozenset(_WORK_ENDINGS)
# Round 46: "Dekker Grondverzet", "Veldkamp Vastgoed", "Döner Paleis": earthmoving, real estate,
# a shop or eatery named a palace ("Snackpaleis"), also alone (by str.endswith, as above).
_FIRM_ENDINGS = ("grondverzet", "vastgoed", "paleis")
# Round 50: "Kinderdagverblijf Bertha", "Vuurwerk Jan-Willem": a day care, a fireworks shop.
_FIRM_ENDINGS += ("dagverblijf", "vuurwerk")


def is_firm_word(low: str) -> bool:
    """Whether ``low`` (lower case) is a word firms are named with ("taxi", "thuiszorg")."""
    return _company_part(low)


def is_company_cue(low: str) -> bool:
    """Whether ``low`` (lower case) is a word a business or institution's name follows
    ("zwembad", "buurthuis", "stichting")."""
    return low in _COMPANY_CUES


# A roepnaam between given names and surname: opening gap -> closing gap.
_NICKNAME_BRACKETS = {
    " (": ") ",
    ' "': '" ',
    " '": "' ",
    " \u2018": "\u2019 ",
    " \u201c": "\u201d ",
}
# Between a role word and the name it introduces: a space, or a space and an opening quote or
# bracket ("buurman 'Bouwmeester' rijdt"; the detector makes typographic quotes plain ones).
_CUE_GAPS = frozenset({" ", " '", ' "', " ("})
_SENTENCE_GAP_RE = re.compile(r"[.!?:;\n]|[^\x00-\u024f\s,'\"()\-]")
# Abbreviations whose full stop does not end a sentence.
_ABBREVIATIONS = frozenset(TITLES) | {
    "geb",
    "nr",
    "tel",
    "ca",
    "bijv",
    "evt",
    "t.n.v",
    "tnv",
    "o.a",
}


class _Tok(NamedTuple):
    """One word of the message (a NamedTuple: thousands are made per second)."""

    start: int
    end: int
    text: str
    low: str
    cap: bool  # capitalised word, not an all-caps acronym
    initial: bool  # "B." or "J.P."
    acronym: bool  # "BSN", "WMO"
    gap: str  # text between the previous token and this one
    sentence_start: bool


# The same pattern as one group: ``split`` hands out gaps and words without a match object each.
# It is _TOKEN_RE with each token's first character matched before the look-behind that guards
# it, so that the regex engine skips in C over spaces, digits and punctuation instead of trying
# six look-behinds at each of them; the branches after the first character keep _TOKEN_RE's
# order for each kind of character. (A test holds it to _TOKEN_RE: change both together.)
# Round speed48: the plain word (the last branch) is tried first where no full stop follows the
# first letter: the initials' branches open with that full stop and "'t"/"'s" with a quote, so
# none of them can match there, and the word is what the plain order finds too (most tokens:
# ~9% fewer instructions for the split).
# Round speed50: split by the first character's kind, a letter or the quote of "'t"/"'s" (no
# token opens with a digit or "_"), so each branch no longer asks by a look-behind which it was;
# "no word character before the first letter" asked once for all the letter's branches; the
# initials' branches open with their full stop, which the engine tests before entering a branch
# (so the word needs no "(?!\.)" before it: where no full stop follows, both initials' branches
# fail at once, as in speed48's order); the word's letters by possessive repeats instead of an
# atomic group (the same match: nothing after the letters can give any back). ~24% fewer
# instructions for the split (test_fast_patterns and test_fast_speed50 hold it to _TOKEN_RE).
_WORD_REST = r"[^\W\d_]*+(?:['’-][^\W\d_]+)*+(?![0-9])"
_TOKEN_SPLIT_RE = re.compile(
    r"([^\W\d_](?<!\w.)(?:"
    rf"\.(?<=[{_UPPER}]\.)(?:(?:[{_UPPER}]\.){{1,3}}|(?=[ ]?(?:[^\W\d_]|')))"
    r"|\.(?<=[a-z]\.)(?<![\w.]..)(?=[ ](?:de|van|ter|ten|el)[ ])"
    rf"|{_WORD_REST}"
    r")|'(?:t\b|s\b))",
    _TOKEN_RE.flags,
)
# (one group: split hands out a gap and a word in turn, which _tokenize takes in pairs)
# The same for an ASCII text, where it splits alike (no character of such a text is a letter,
# digit or upper case in one mode and not in the other): the engine tests its classes by a
# table instead of Unicode's database, ~18% faster.
_ASCII_TOKEN_SPLIT_RE = ascii_twin(_TOKEN_SPLIT_RE)


_ACRONYM_ENDING_RE = re.compile(r"[A-Z]{2,}'(?:s|er|ers|en|tje|tjes)")


def _word_kind(word: str) -> tuple[str, bool, bool, bool]:
    """A word's lower case and whether it is capitalised, an initial, an acronym."""
    low = word.lower()
    # "j. de boer": a lower-case initial, only taken before a particle
    initial = word[-1] == "."
    if word[0].isupper():
        acronym = not initial and len(word) > 1 and word.isupper()
        if not acronym and "'" in word:
            # "VOG's", "IB'er": an acronym with a plural or an agent ending
            acronym = _ACRONYM_ENDING_RE.fullmatch(word) is not None
        cap = not acronym
    else:
        acronym = cap = False
    return low, cap, initial, acronym


# What ``_word_kind`` and the sentence-break test say of each word and gap, kept: chats repeat
# their words, and the tokenizer runs over every message (bounded, cleared when full).
_WORD_KINDS: dict[str, tuple[str, bool, bool, bool]] = {}
_GAP_BREAKS: dict[str, bool] = {}
_KIND_CACHE_SIZE = 200_000


def _tokenize(text: str) -> list[_Tok]:
    toks: list[_Tok] = []
    append = toks.append
    new = tuple.__new__  # a NamedTuple's own __new__ is a Python function: slower
    kinds = _WORD_KINDS
    breaks = _GAP_BREAKS
    # (round speed50: the gaps and words taken in pairs from one iterator, not by index)
    parts = iter((_ASCII_TOKEN_SPLIT_RE if text.isascii() else _TOKEN_SPLIT_RE).split(text))
    end = 0
    prev_low = ""
    # gap: the text between the previous token and this one (the last gap, after the last
    # word, has no word and is left out by zip)
    for gap, word in zip(parts, parts, strict=False):
        start = end + len(gap)
        end = start + len(word)
        kind = kinds.get(word)
        if kind is None:
            if len(kinds) >= _KIND_CACHE_SIZE:
                kinds.clear()
            kind = kinds[word] = _word_kind(word)
        low, cap, initial, acronym = kind
        if not toks:
            sentence_start = True
        elif gap == " " or prev_low in _ABBREVIATIONS and gap.strip() == ".":
            sentence_start = False
        else:
            sentence_start = breaks.get(gap)
            if sentence_start is None:
                if len(breaks) >= _KIND_CACHE_SIZE:
                    breaks.clear()
                sentence_start = breaks[gap] = _SENTENCE_GAP_RE.search(gap) is not None
        append(new(_Tok, (start, end, word, low, cap, initial, acronym, gap, sentence_start)))
        prev_low = low
    return toks


# Per lexicon (by identity: hashing a Lexicon hashes all its word sets), whether _name_at
# returns None for a word that is no initial wherever it stands, by the word, written in lower
# case ([False]) or capitalised ([True]): chats repeat their words, and most tokens are such
# words (bounded, cleared when full).
_PLAIN_WORDS: dict[int, tuple[Lexicon, tuple[dict[str, bool], dict[str, bool]]]] = {}


def _plain_words(lex: Lexicon) -> tuple[dict[str, bool], dict[str, bool]]:
    entry = _PLAIN_WORDS.get(id(lex))
    if entry is None or entry[0] is not lex:
        entry = _PLAIN_WORDS[id(lex)] = (lex, ({}, {}))
    return entry[1]


def _plain_word(low: str, lex: Lexicon) -> bool:
    """True when _name_at says None for the lower-case word ``low`` (no initial) whatever
    surrounds it; it follows _name_at's rules for such a word in their order."""
    if low in lex.common_first_names:
        return False  # its first rules: a lower-case first name as a subject or a full name
    if low in lex.frequent_words:
        # its rule for frequent words: context only for particles, "de" and first names
        return low not in lex.first_names and low not in _PARTICLE_OPENERS and low != "de"
    # Then a title (or "heer") opens a name, a common surname may follow a role, and any other
    # word of the dictionary that is no first name (or a listed not-name) is an ordinary word.
    return (
        low not in TITLES
        and low != "heer"
        and low not in lex.common_surnames
        and low in lex.dutch_words
        and (low not in lex.first_names or low in lex.not_names)
    )


def _plain_capitalised_word(low: str, lex: Lexicon) -> bool:
    """The same for a capitalised word ("Groet", "Graag", "Hij"): only frequent words, which no
    rule for a capitalised word takes as a name (_name_like, a reported "dat", a vocative, a kin
    word all turn them down), unless one of the rules below may take it by its context."""
    if low not in lex.frequent_words:
        return False
    return (
        low not in lex.first_names  # the rules after a first name, "chauffeur wordt Ab"
        and "-" not in low  # a double first name
        and low not in TITLES
        and low != "heer"
        and low not in _OFFICES
        and low not in _PARTICLE_OPENERS  # "Wethouder De Boer"
        # _appositive_surname: "de overbuurman, Kuiper"
        and (low not in lex.surnames or low in lex.places or low in lex.not_names)
        # _listed_name_mid_sentence: "Heb je Post al gebeld?"
        and (
            (low not in lex.surnames and low not in lex.common_first_names)
            or low in lex.not_names
            or low in TITLES
            or low in PARTICLES
        )
        # "wethouder Snel zei ja": an everyday surname before a verb of speaking
        and not (_everyday_surname(low, lex) and low not in lex.not_names)
    )


def _is_plain(tok: _Tok, lex: Lexicon, plain: tuple[dict[str, bool], dict[str, bool]]) -> bool:
    """_plain_word or _plain_capitalised_word for a token that is no initial, memoised."""
    known = plain[tok.cap]
    low = tok.low
    answer = known.get(low)
    if answer is None:
        if len(known) >= _KIND_CACHE_SIZE:
            known.clear()
        decide = _plain_capitalised_word if tok.cap else _plain_word
        answer = known[low] = decide(low, lex)
    return answer


# _DE_SURNAMES (the surnames that follow a lone "de") is defined further down, with "jonge".


def _may_name_a_de_surname(text: str, low_text: str) -> bool:
    """``_DE_SURNAME_GATE_RE.search(text)``, whose ignored case gives the regex engine nothing to
    skip ahead with, behind a substring test in C on an ASCII text (``low_text`` its lower case)."""
    if text.isascii() and not holds_any(low_text, _DE_SURNAMES):
        return False
    return (_ASCII_DE_SURNAME_GATE_RE if text.isascii() else _DE_SURNAME_GATE_RE).search(
        text
    ) is not None


def _tokens_inside(toks: list[_Tok], spans: list[Span]) -> set[int]:
    """Indexes of the tokens that share a character with any of ``spans``: per span, the run of
    tokens from the first that ends after its start, by bisection over the token ends (the
    tokens are sorted and never overlap)."""
    ends = [tok.end for tok in toks]
    inside: set[int] = set()
    for span in spans:
        k = bisect_right(ends, span.start)
        while k < len(toks) and toks[k].start < span.end:
            inside.add(k)
            k += 1
    return inside


# Round speed46: per lexicon (by identity, as _PLAIN_WORDS), _pinyin_family of a word as
# _PINYIN_GATE_RE finds it ("Anna" before " Bakker": most messages that sign with a full name),
# by the word as written (bounded, cleared when full).
_PINYIN_FAMILIES: dict[int, tuple[Lexicon, dict[str, bool]]] = {}


def _pinyin_families(lex: Lexicon) -> dict[str, bool]:
    entry = _PINYIN_FAMILIES.get(id(lex))
    if entry is None or entry[0] is not lex:
        entry = _PINYIN_FAMILIES[id(lex)] = (lex, {})
    return entry[1]


def _pinyin_family(low: str, lex: Lexicon) -> bool:
    """A lower-cased word that can be a Chinese family name in pinyin (see _pinyin_names)."""
    return (
        (low in lex.surnames or low in lex.first_names)
        and low not in lex.frequent_words
        and _PINYIN_SYLLABLE_RE.fullmatch(low) is not None
    )


# Round 36: Arabic and Ge'ez (Ethiopic) have no capitals, so a name in them shows only by where it
# stands: one to three such words after a naming or kinship word, "I am", or a person's name
# and a comma or a bracket ("Khaled, خالد منصور", "Berhane Gebru (ብርሃነ op zijn whatsapp)").
_CASELESS_LETTERS = "\u0621-\u064a\u066e-\u06d3\u1200-\u135a"
_CASELESS_SCRIPT_GATE_RE = re.compile(f"[{_CASELESS_LETTERS}]")
_CASELESS_RUN_RE = re.compile(
    f"(?<![{_CASELESS_LETTERS}])(?<![{_CASELESS_LETTERS}][ ])"
    f"[{_CASELESS_LETTERS}]+(?:[ ][{_CASELESS_LETTERS}]+){{0,2}}(?![ ]?[{_CASELESS_LETTERS}])"
)
# The kinship words before such a name, in Dutch and English (review rev3a: one list for the
# cue right before the name and the one with "is" between).
_CASELESS_KIN = (
    r"(?:wife|husband|son|daughter|mother|father|brother|sister|partner|vrouw|man|zoon|dochter|"
    r"moeder|vader|broer|zus)"
)
_CASELESS_NAME_CUE_RE = re.compile(
    r"(?:\b(?:name|naam|heet|heten|named|called|genaamd)(?:[ ]+is)?"
    rf"|\b{_CASELESS_KIN}"
    r"|\b(?:I[ ]am|I'm|ik[ ]ben|this[ ]is|dit[ ]is))[ ]*:?[ ]*$",
    re.I,
)
_APPOSITION_GAP_RE = re.compile(r"[ ]*(?:,|\()[ ]*$")
# Round 37: "zijn vrouw is نادية", "de dochter is ሳባ": a kinship word and "is" before the name.
_CASELESS_KIN_IS_CUE_RE = re.compile(
    rf"\b{_CASELESS_KIN}[ ]+(?:is|was|heet)[ ]*(?::[ ]*)?$",
    re.I,
)
# Round 37: Arabic "my / his / her name" ("اسمي", "اسمه", "اسمها") opening the run: the words
# after it are the name.
_ARABIC_NAME_WORDS = frozenset({"اسمي", "اسمه", "اسمها", "إسمي", "إسمه", "إسمها"})
# Round 37: two or three such words opening a clause before what a person does in Dutch ("سعاد
# يوسف belt morgen", "ja, ኣማኑኤል ገብሩ heeft de brief"); not a phrase of greeting or of faith
# ("إن شاء الله komt het goed", "الحمد لله is ..."), whose words are listed.
_CLAUSE_OPENING_BEFORE_RE = re.compile(r"(?:^|[.!?:;,]|\n)[ ]*(?:(?:ja|nee|ok|oké)[ ,]+)?$")
_PERSON_VERB_AFTER_RE = re.compile(
    r"[ ]+(?:belt|belde|vroeg|vraagt|heeft|had|staat|stond|wil|wilde|komt|kwam|woont|woonde|"
    r"zegt|zei|kan|kon|moet|mag|gaat|ging|is|was|wacht|werkt|tekent|stuurt|stuurde)\b"
)
_CASELESS_PHRASE_WORDS = words(
    """الله لله والله بالله إن ان شاء الحمد السلام سلام عليكم وعليكم مرحبا اهلا أهلا شكرا جزيلا
    يا حبيبي حبيبتي صباح مساء الخير النور ما بارك مبارك تبارك رمضان كريم عيد سعيد جمعة
    ሰላም እግዚአብሔር ይመስገን አመሰግናለሁ የቀንየለይ"""
)


def _caseless_script_names(text: str, persons: list[Span]) -> list[Span]:
    """Names in a script without capitals, by their cue (see _CASELESS_LETTERS); not a
    sentence in that script (more than three words, or no cue before it)."""
    ends = {s.end for s in persons if s.label == "PERSON"}
    out = []
    for run in _CASELESS_RUN_RE.finditer(text):
        before = text[max(0, run.start() - 30) : run.start()]
        gap = _APPOSITION_GAP_RE.search(before)
        if (
            _CASELESS_NAME_CUE_RE.search(before) is not None
            or _CASELESS_KIN_IS_CUE_RE.search(before) is not None
            or (gap is not None and run.start() - len(gap.group()) in ends)
        ):
            out.append(Span(run.start(), run.end(), "PERSON"))
            continue
        words_ = run.group().split(" ")
        if words_[0] in _ARABIC_NAME_WORDS and len(words_) > 1:
            out.append(Span(run.start() + len(words_[0]) + 1, run.end(), "PERSON"))
        elif (
            len(words_) >= 2
            and not any(w in _CASELESS_PHRASE_WORDS for w in words_)
            and _CLAUSE_OPENING_BEFORE_RE.search(before) is not None
            and _PERSON_VERB_AFTER_RE.match(text, run.end()) is not None
        ):
            out.append(Span(run.start(), run.end(), "PERSON"))
    return out


# Round 37: words that are no name where they stand: a role word before "is" and the name
# ("babs is Marieke"), a lower-case word after "een mevrouw/meneer" (someone unnamed: "een
# mevrouw voert ze") or likened to a thing ("brink zoals het plein": how a name is written), Drents "joe" in thanks ("dank joe wel"), a place someone moved or came
# from ("I moved from Leeds"), and German nouns after a German article ("Das Kennzeichen", "auf
# dem Parkplatz Eendracht").
_ROLE_IS_NAME_AFTER_RE = re.compile(r"[ ]+(?:is|was|wordt)[ ]+[A-Z]")
_UNNAMED_BEFORE_RE = re.compile(r"\b(?i:een)[ ]+(?:mevrouw|meneer|heer|man|vrouw)[ ]+$")
_LIKE_A_THING_AFTER_RE = re.compile(r"(?:[ ]*,)?[ ]+zoals[ ]+(?:het|de|een)[ ]+[a-z]")
_THANKS_BEFORE_RE = re.compile(r"\b(?i:dank|bedankt)[ ]+$")
_DIALECT_YOU = frozenset({"joe", "jou", "oe"})
_CAME_FROM_BEFORE_RE = re.compile(
    r"\b(?i:moved|move|moving|came|come|comes|coming|am|'m|relocated|fled)"
    r"[ ]+from[ ]+$"
)
_GERMAN_DETERMINERS = words(
    """das dem des ein eine einen einem einer unser unsere unseren unserem unserer mein meine
    meinen meinem dein deine deinen kein keine keinen"""
)
_GERMAN_DETERMINER_BEFORE_RE = re.compile(r"(?<![\w'-])([A-Za-z]+)[ ]+$")


_GERMAN_KIN = words(
    """mann frau sohn tochter bruder schwester mutter vater kollege kollegin nachbar nachbarin
    freund freundin"""
)


def _name_where_it_stands(text: str, span: Span, lex: Lexicon) -> Span | None:
    """``span`` less what is no name where it stands (see above): None when none of it is."""
    if span.label != "PERSON":
        return span
    value = text[span.start : span.end]
    head = value.split(" ", 1)[0]
    if value.islower():
        if (
            (value in _STRONG_ROLE_CUES or value in _ROLE_CUES)
            and _ROLE_IS_NAME_AFTER_RE.match(text, span.end) is not None
        ) or (
            # (review rev3a: not a frequent surname, "een meneer de jong", "een mevrouw visser")
            _UNNAMED_BEFORE_RE.search(text, max(0, span.start - 20), span.start) is not None
            and " " not in value
            and value not in lex.common_surnames
        ):
            return None
        if _LIKE_A_THING_AFTER_RE.match(text, span.end) is not None:
            return None  # "brink zoals het plein": the word, likened to a thing
        if value in _DIALECT_YOU and _THANKS_BEFORE_RE.search(
            text, max(0, span.start - 10), span.start
        ):
            return None
        return span
    if (
        " " not in value
        and _CAME_FROM_BEFORE_RE.search(text, max(0, span.start - 20), span.start)
        # (review rev3a: a place, not a person: "came from Pieter", "came from Mulder" stay)
        and not _is_listed_person_word(value, lex)
    ):
        return None
    if head.lower() in _GERMAN_DETERMINERS and head[:1].isupper() and " " in value:
        return None  # "Das Kennzeichen"
    before = _GERMAN_DETERMINER_BEFORE_RE.search(text, max(0, span.start - 12), span.start)
    if before is None or before.group(1).lower() not in _GERMAN_DETERMINERS:
        return span
    if head.lower() in _GERMAN_KIN and " " in value:
        # "mein Mann Klaus": the relative's word, then the name
        return Span(span.start + len(head) + 1, span.end, span.label)
    return None


def _is_listed_person_word(word: str, lex: Lexicon) -> bool:
    """Whether ``word`` (less a genitive "'s") is a known first name or a frequent surname."""
    low = word.lower().removesuffix("'s")
    return low in lex.first_names or low in lex.common_surnames


# Round 37: "Gerards moeder", "Ingrids tel": a frequent first name with a genitive s before a
# lower-case word; the word with its s no word, first name or place of its own ("Engels", "Hans").
# (Round speed48: the first letter before the look-behind that guards it, as _BSN_RE: the
# regex engine skips in C to the letters it can open with instead of trying every character.)
_GENITIVE_NAME_RE = re.compile(r"([A-Z](?<![\w'-][A-Z])[a-zà-ÿ]{2,})s(?=[ ]+[a-z])")
_CAPITALISED_WORD_BEFORE_RE = re.compile(r"(?<![\w'-])[A-Z][\w'&.-]*[ ]+$")


def _genitive_first_names(text: str, lex: Lexicon) -> list[Span]:
    out = []
    for m in _GENITIVE_NAME_RE.finditer(text):
        stem, word = m.group(1).lower(), m.group(0).lower()
        if _CAPITALISED_WORD_BEFORE_RE.search(text, max(0, m.start() - 40), m.start()):
            continue  # "Taxi Hendriks", "Garage Gerards": a firm's or a full name's last word
        if (
            stem in lex.common_first_names
            and stem not in lex.not_names
            and word not in lex.dutch_words
            and word not in lex.frequent_words
            and word not in lex.first_names
            and word not in lex.places
            and word not in lex.not_names
        ):
            # (a surname so formed, "Gerards", "Willems", names a person too)
            out.append(Span(m.start(), m.end(), "PERSON"))
    return out


# Round 39: "Oksana? Die heb ik morgen", "Wójcik? Wat gaan jullie doen?": one capitalised word
# (or two joined by a hyphen) opening the message as a question of its own.
_ECHOED_NAME_RE = re.compile(
    r"[ ]*([A-ZÀ-Þ][a-zß-ÿ\u0100-\u017f]{2,}(?:-[A-ZÀ-Þ][a-zß-ÿ\u0100-\u017f]{2,})?)[ ]*\?"
)


def _echoed_names(text: str, lex: Lexicon) -> list[Span]:
    """Round 39: a name echoed as a question opening the message ("Oksana?", "Wójcik?"): which
    person is meant; every part no word of the language (nor a compound of words), no place,
    no acronym or label the lists keep ("BSN?", "Putnummer?")."""
    match = _ECHOED_NAME_RE.match(text)
    if match is None:
        return []
    parts = match.group(1).lower().split("-")
    for low in parts:
        if low in lex.places or low in lex.not_names or low in lex.frequent_words:
            return []
        # (of a double name, "Hoekstra-Bakker?", a listed surname that is a word too)
        if len(parts) > 1 and low in lex.surnames:
            continue
        if low in lex.dutch_words or is_compound(low):
            return []
    return [Span(match.start(1), match.end(1), "PERSON")]


# Round 36: a capitalised word after a first name that closes the clause (see _with_word_surname),
# and the nouns that are no surname there: times, days, greetings.
_WORD_SURNAME_AFTER_RE = re.compile(r"[ ]([A-Z][a-zà-ÿ]{2,})(?=[ ]*(?:[?.,!;:]|\Z))")
_NOT_WORD_SURNAMES = words("""morgen middag avond nacht ochtend week weekend dag dank groet groeten
    maandag dinsdag woensdag donderdag vrijdag zaterdag zondag succes sterkte hallo hoi doei""")
_NOT_WORD_SURNAMES |= frozenset(MONTH_NAMES)
# Round 36: units a number counts ("12 ton asdruk", "3 kilo"), and what may stand before a car's
# make and model ("de witte Ford Transit", "een Opel Corsa").
_UNITS = words("""ton kilo kg gram liter meter km cm mm uur minuten jaar maanden weken dagen euro
    stuks procent graden""")
_NUMBER_BEFORE_RE = re.compile(r"\d[ ]?$")
_CAR_BEFORE_RE = re.compile(
    r"(?:^|[ ])(?:de|het|een|die|deze|mijn|m'n|zijn|z'n|haar|onze|hun|jullie|[a-z]{3,}e)[ ]$"
)
_CAR_MODEL_RE = re.compile(r"[ ](?:[A-Z][\w-]+|[A-Z]?\d{1,4}\w*)$")


def _without_things_named(text: str, span: Span) -> Span | None:
    """A PERSON span less what names a thing: None for a unit after a number ("12 ton asdruk")
    or a car's make and model after an article or an adjective ("de witte Ford Transit"); a
    name cut before a title that opens the next name ("juf Maaike van de Mr. Harmsen
    Vosschool": a school named after a lawyer)."""
    value = text[span.start : span.end]
    head = value.split(" ", 1)[0]
    if head in _UNITS and _NUMBER_BEFORE_RE.search(text, max(0, span.start - 3), span.start):
        return None
    if (
        head.lower() in CAR_MAKES
        and head[:1].isupper()
        and " " in value
        and _CAR_MODEL_RE.search(value) is not None
        and value.count(" ") == 1
        and _CAR_BEFORE_RE.search(text, max(0, span.start - 20), span.start) is not None
    ):
        return None
    words_ = value.split(" ")
    if (
        len(words_) > 1
        and words_[-1].lower() in TITLES
        and text.startswith(".", span.end)
        and text[span.end + 1 : span.end + 3].startswith(" ")
    ):
        keep = len(words_) - 1
        while keep > 1 and words_[keep - 1].lower() in PARTICLES:
            keep -= 1
        if keep == 0:
            return None
        return Span(span.start, span.start + len(" ".join(words_[:keep])), span.label)
    return span


class _Skipped(NamedTuple):
    """NameFinder._skipped's answer for one text, kept for a second search (NameFinder.find)."""

    toks: list[_Tok]
    skip: frozenset[int]
    institution: frozenset[int]


class _TokenNames(NamedTuple):
    """NameFinder._token_names's answer for one text, kept for a second search (round speed56):
    the names' token ranges and the surnames asked of the finder's persons, with its answers."""

    lex: Lexicon
    names: tuple[tuple[int, int], ...]
    asked: tuple[tuple[str, bool], ...]


class NameFinder:
    """Finds PERSON spans with the shipped lexicon plus a conversation's participant names."""

    def __init__(self, lex: Lexicon, known_names: Iterable[str] = ()) -> None:
        self.lex = lex
        self.known = _KnownNames(known_names, lex)
        self._company_cache: dict[str, bool] = {}
        self._asked: list[tuple[str, bool]] | None = None  # (_token_names)

    def find(
        self, text: str, blocked: Iterable[Span] = (), skipped: list | None = None
    ) -> list[Span]:
        """PERSON spans in ``text``; tokens inside ``blocked`` spans (e-mail, URL) are skipped.

        ``skipped`` (round speed53): a list that keeps, for this text and these ``blocked``
        spans, the tokens and the tokens no name opens at (_Skipped), which read neither the
        known names nor anything but the text: the second pass over a chat finds them there; and
        (round speed56) the names its rules per token find, with what they asked of the known
        names (_token_names)."""
        if skipped:
            toks, skip, institution = skipped[0]
            skip = set(skip)
        else:
            toks, skip, institution = self._skipped(text, blocked)
            if skipped is not None:
                skipped.append(_Skipped(toks, frozenset(skip), frozenset(institution)))
        low_text = text.lower()
        spans = self.known.find(text)
        if spans:
            # "E.J. Hoogeveen" is in the chat, but "zit in Hoogeveen" is the place.
            spans = [
                s
                for s in spans
                if not (
                    text[s.start : s.end].lower() in self.lex.places
                    and _IN_PLACE_BEFORE_RE.search(text, max(0, s.start - 12), s.start)
                    # Round 39: "ik stuur het concept naar Pol": sent to the chat's person
                    and _SENT_TO_BEFORE_RE.search(text, max(0, s.start - 60), s.start) is None
                )
                and not (
                    self._street_named_after(text, s.end)
                    # "Roelofs Esdoornlaan 14": a surname before a street is who lives there
                    and not self._surname_alone(text[s.start : s.end])
                )
            ]
        if spans and skip:
            # "de huurwagen van Bakker Verhuur" in a chat with Hennie Bakker: the firm's name;
            # but "De Groot" is the chat's Karin de Groot, not a building called so.
            opens = {toks[i].start for i in institution}
            # "van 't Laar", "in 't Veld": a known surname whose "'t" follows its particle.
            opens |= {
                toks[i - 1].start
                for i in institution
                if i > 0 and toks[i].text in _CAPITAL_ARTICLES and toks[i - 1].low in PARTICLES
            }
            if opens:
                whole = [s for s in spans if s.start in opens]
                spans = [s for s in spans if s.start not in opens]
            else:
                whole = []
            taken = [(toks[i].start, toks[i].end) for i in skip]
            spans = [s for s in spans if not any(s.start < e and b < s.end for b, e in taken)]
            spans += whole
        names = self._token_names(text, low_text, toks, skip, skipped)
        if "nummer" in low_text or "nr" in low_text:
            spans += self._residents_at_numbers(text)
        spans += [Span(toks[a].start, toks[b - 1].end, "PERSON") for a, b in names]
        if " (" in text:
            spans += self._born_in_brackets(text, spans)
        spans += self._pinyin_names(text)
        if "geb" in low_text or "(" in text:
            # "dochter Mei geb. 9 augustus 2020", "zoon April (12-04-2019)": a relative named
            # before their birth date, whatever word or month the name also is
            spans += [
                Span(m.start(1), m.end(1), "PERSON")
                for m in (
                    _ASCII_RELATIVE_BEFORE_BIRTH_RE if text.isascii() else _RELATIVE_BEFORE_BIRTH_RE
                ).finditer(text)
            ]
        spans = [self._with_tail(text, s) for s in spans]
        if "naam" in low_text and spans:
            spans = [_with_named_first_word(text, s) for s in spans]
        if spans and " van " in text and _may_name_a_firm_of_trade(text):
            spans = [_without_firm_of_trade(text, s) for s in spans]
        if " en " in text or ", " in text or " & " in text:
            spans = [self._listed_first_word(text, s) for s in spans]
        if spans:
            spans = _with_name_parts(text, spans, self.lex)
        elif "v." in text or "vd " in text or "v/d" in text or "vt " in text:
            spans = _with_surnames_of_abbreviated_particles(text, spans)
        if "noem" in low_text or "call me" in low_text:
            spans += _names_called(text, self.lex)
        if "bijna" in low_text or "alias" in low_text:
            spans += _nicknames(text)
        if "bekend als" in low_text:
            spans += _nicknames_known_as(text)
        if ". " in text and _TITLED_LOWER_INITIALS_GATE_RE.search(text) is not None:
            spans += _titled_lower_initials(text, self.lex)
        if " de " in low_text or " van " in low_text or " ter " in low_text:
            spans += _lower_full_names(text, self.lex)
            if _may_name_a_de_surname(text, low_text):
                spans += [
                    Span(m.start(m.lastindex), m.end(m.lastindex), "PERSON")
                    for m in (
                        _ASCII_CALLED_DE_SURNAME_RE if text.isascii() else _CALLED_DE_SURNAME_RE
                    ).finditer(text)
                ]
        if _FREQUENT_SURNAME_GATE_RE.search(text) is not None:
            spans += _frequent_surnames_after_roles(text, self.lex)
        if "-" in text:
            spans += _first_names_after_acronyms(text, self.lex)
        if " en ik" in text or " en mij" in text:
            spans += _paired_with_me(text, self.lex)
        if "Frans " in text:
            spans += _language_first_names(text, self.lex)
        if "geb" in low_text or " op " in text:
            spans += _names_before_their_data(text, self.lex)
        if self.known.first_names and len(text) < 200 and self.known.may_name_a_clip(text):
            spans += _clipped_first_names(text, self.known.first_names, self.lex)
        if " (" in text and "@" in text:
            spans += self._names_before_their_mail(text)
        if "s " in text:
            spans += _genitive_first_names(text, self.lex)
        if "?" in text and text[:1].isupper():
            spans += _echoed_names(text, self.lex)
        if spans:
            spans = [t for s in spans if (t := _without_things_named(text, s)) is not None]
        if not text.isascii() and _CASELESS_SCRIPT_GATE_RE.search(text) is not None:
            spans += _caseless_script_names(text, spans)
        if spans:
            spans = [self._with_word_surname(text, s) for s in spans]
        if "Van " in text and spans:
            spans = self._with_family_place_name(text, spans)
        if spans and "," in text and text.count(",") + text.count(" en ") >= 2:
            spans = [s for s in spans if not _listed_with_streets(text, s, self.lex)]
        if spans:
            spans = [
                t for s in spans if (t := _name_where_it_stands(text, s, self.lex)) is not None
            ]
        if spans and ". " in text:
            # Round 39: "had diploma A. Zijn opa ...": a letter closing a sentence, then a
            # pronoun or an article opening the next, is no initial and surname
            spans = [
                s
                for s in spans
                if text[s.start + 1 : s.start + 2] != "."
                or _INITIAL_AND_PRONOUN_RE.fullmatch(text, s.start, s.end) is None
            ]
        if spans and "nr" in low_text:
            # "met zaaknr Z/25/...", "klantnr 1234": a compound cut short at "-nr" (number)
            spans = [
                s for s in spans if _NUMBER_ABBREVIATION_RE.fullmatch(text, s.start, s.end) is None
            ]
        return spans

    def _token_names(
        self, text: str, low_text: str, toks: list[_Tok], skip: set[int], skipped: list | None
    ) -> list[tuple[int, int]]:
        """The token ranges of the names the rules per token find (``find``'s main loop and the
        lists of names around it). Round speed56: they read the text, its tokens and skipped
        tokens, and of the persons this finder knows only whether a word after a title is one of
        their surnames (_known_plain_surname); ``skipped`` (find's) keeps them with the answers
        to that question, and a finder that answers each alike takes them over (the second pass
        over a chat: most of its persons say nothing about words after a title)."""
        kept = skipped[1] if skipped is not None and len(skipped) > 1 else None
        if kept is not None and kept.lex is self.lex:
            plain_surnames = self.known.plain_surnames
            if all((low in plain_surnames) is answer for low, answer in kept.asked):
                return list(kept.names)
        # (what the rules ask of the known persons is noted only where it is kept)
        asked: list[tuple[str, bool]] | None = [] if skipped is not None else None
        self._asked = asked
        try:
            names: list[tuple[int, int]] = []  # token ranges
            lex = self.lex
            plain = _plain_words(lex)
            plain_low, plain_capitalised = plain
            count = len(toks)
            i = 0
            while i < count:
                tok = toks[i]
                if i in skip:
                    i += 1
                    continue
                if not tok.initial:
                    # _is_plain, its memo looked up here (most tokens: a word it already decided)
                    answer = (plain_capitalised if tok.cap else plain_low).get(tok.low)
                    if answer or (answer is None and _is_plain(tok, lex, plain)):
                        i += 1  # _name_at would say None whatever surrounds the token
                        continue
                end = self._name_at(toks, i, skip)
                if end is None:
                    i += 1
                    continue
                if self._street_after_first_names(toks, i, end):
                    i = end + 1  # "aan de Jan Pieter Heijestraat": a street named after a person
                    continue
                first = i
                while (
                    toks[first].low.rstrip(".") in TITLES
                    or (toks[first].low == "heer" and first > 0 and toks[first - 1].low == "de")
                    or (toks[first].low in _OFFICES and first + 1 < end)
                ):
                    first += 1
                names.append((first, end))
                i = end
            names = [self._from_first_name(toks, a, b) for a, b in names]
            if "naam" in low_text or "heet" in low_text:
                names += self._named_words(text, toks, names, skip)
            # Lists of names: "Wijbrand, Gwenny en Thibaud" (each pass may add a neighbour).
            for _ in range(3):
                extra = self._coordinated(toks, names, skip)
                if not extra:
                    break
                names += extra
            if " en " in text:
                names = self._beside_public_places(toks, names)
        finally:
            self._asked = None
        if asked is not None and len(skipped) == 1:
            skipped.append(_TokenNames(self.lex, tuple(names), tuple(asked)))
        return names

    def _known_plain_surname(self, low: str) -> bool:
        """Whether ``low`` is a surname this finder's persons hold without particles, noted for
        _token_names while it runs."""
        answer = low in self.known.plain_surnames
        if self._asked is not None:
            self._asked.append((low, answer))
        return answer

    def _skipped(self, text: str, blocked: Iterable[Span]) -> tuple[list[_Tok], set[int], set[int]]:
        """The tokens of ``text``, those no name opens at, and those of an institution's name."""
        toks = _tokenize(text)
        blocked = list(blocked)
        skip = _tokens_inside(toks, blocked) if blocked else set()
        skip |= self._company_tokens(text, toks)
        # Cheap gates: the words these rules start from are rare (each token is a piece of text).
        low_text = text.lower()
        if _LOWER_FIRM_RE.search(text) is not None:
            skip |= self._lower_firm_tokens(toks)
        if "storm" in low_text or "orkaan" in low_text:
            skip |= self._storm_tokens(toks)
        institution: set[int] = set()
        if _CAPITAL_ARTICLE_GATE_RE.search(text) is not None:  # any of _CAPITAL_ARTICLES
            institution = self._institution_tokens(toks)
            skip |= institution
        if holds_any(low_text, _WEATHER_WORDS):  # substring tests in C, as a search would
            skip |= _weather_tokens(toks)
        if " heet" in low_text or " heten" in low_text or "genaamd" in low_text:
            skip |= _animal_name_tokens(toks)
        if _PET_GATE_RE.search(low_text) is not None or low_text.startswith(_ANIMAL_OPENINGS):
            skip |= _pet_name_tokens(toks)
        if _PET_IS_GATE_RE.search(low_text) is not None:
            skip |= _pet_is_tokens(toks)
        if not text.isascii() and _ANIMAL_EMOJI_GATE_RE.search(text) is not None:
            skip |= _emoji_pet_tokens(toks, text)
        skip |= _location_name_tokens(toks, self.lex)
        if "mien " in text:
            # Round 29: Drents "mien buurman", "mien telefoon": "my", not the first name Mien
            skip |= {
                i
                for i in range(len(toks) - 1)
                if toks[i].text == "mien"
                and toks[i + 1].gap == " "
                and not toks[i + 1].cap
                # a noun follows ("ik zet mien op de lijst": Mien, the person)
                and toks[i + 1].low in self.lex.dutch_words
                and toks[i + 1].low not in _NOT_AFTER_POSSESSIVE
                # (leak31: a noun, "mien fiets"; not "heb mien gisteren gesproken")
                and looks_like_noun(toks[i + 1].low)
            }
        if (" in " in text or " uit " in text) and _SYSTEM_GATE_RE.search(text) is not None:
            skip |= _system_name_tokens(toks, self.lex)
        if " van " in text and _may_name_a_firm_of_trade(text):
            # "Tuinen van Tim", "Keukens van Kees": a firm named for its trade and its owner
            skip |= {
                i
                for i in range(2, len(toks))
                if toks[i - 1].low == "van"
                and toks[i - 2].cap
                and toks[i - 2].low in _SECTOR_TAILS
                and toks[i].cap
            }
        if _cemetery_gate(low_text):
            skip |= self._cemetery_tokens(toks)
        if "'" in text or '"' in text:
            skip |= _cultivar_tokens(toks)
        skip |= _genus_tokens(toks, self.lex)
        if " NL" in text or " Nederland" in text:
            skip |= self._national_branch_tokens(toks)
        if "/" in text:
            skip |= _crossing_tokens(toks)
        if " vom " in low_text or " zum " in low_text or " zur " in low_text:
            # "Kennel vom Reestal", "Gasthof zum Hirsch": a kennel's, stable's or inn's name
            skip |= {k + 1 for k, t in enumerate(toks[:-1]) if t.low in _GERMAN_ARTICLES}
        if "tiny" in low_text or "sunny" in low_text or "lucky" in low_text:
            skip |= _english_adjective_tokens(toks, self.lex)
        if " naar " in low_text:
            skip |= self._destination_tokens(toks)
        if (
            (" bij " in low_text and ("werk" in low_text or "dienst" in low_text))
            or (" at " in low_text and "work" in low_text)
        ) or holds_any(low_text, _PLACE_RUN_CUES):
            skip |= self._place_run_tokens(toks)
        return toks, skip, institution

    def _with_family_place_name(self, text: str, spans: list[Span]) -> list[Span]:
        """Round 37: 'familie Van Ruinen, Piet en Gerda van Ruinen': where the message names a
        family by "Van" and a place, a first name before "van" and that place is one of them
        (elsewhere "Henk van Rogat" is where Henk is from)."""
        families = {
            text[s.start + 4 : s.end]
            for s in spans
            if s.label == "PERSON"
            and text.startswith("Van ", s.start)
            and text[s.start + 4 : s.end].lower() in self.lex.places
        }
        if not families:
            return spans
        out = []
        for s in spans:
            for family in families:
                tail = " van " + family
                if s.label == "PERSON" and text.startswith(tail, s.end):
                    after = s.end + len(tail)
                    if after == len(text) or not (text[after].isalnum() or text[after] == "-"):
                        s = Span(s.start, after, s.label)
                        break
            out.append(s)
        return out

    def _with_word_surname(self, text: str, span: Span) -> Span:
        """Round 36: 'Oh nee. Dylan Mensen?', 'Moeder is Annemiek Mensen, 06 ...': a capitalised
        noun right after a first name, closing the clause, is the surname (inside a sentence
        Dutch writes a noun in lower case); not a place, a street, a firm's word or a day."""
        if span.label != "PERSON" or span.end - span.start > 20:
            return span
        value = text[span.start : span.end]
        if " " in value or value.lower() not in self.lex.common_first_names:
            return span
        match = _WORD_SURNAME_AFTER_RE.match(text, span.end)
        if match is None:
            return span
        low = match.group(1).lower()
        if (
            low in self.lex.places
            or low in _NOT_WORD_SURNAMES
            or low in TITLES
            or _is_street_word(low)
            or is_firm_word(low)
            or is_company_cue(low)
            or not (looks_like_noun(low) or (low.endswith("en") and looks_like_noun(low[:-2])))
        ):
            return span
        return Span(span.start, match.end(1), span.label)

    def _names_before_their_mail(self, text: str) -> list[Span]:
        """Round 36: 'eigenaar Louw Tichelaar (l.tichelaar@hetnet.nl)', 'ria (r.jansen@...)': the
        words right before an e-mail address in brackets are the person it belongs to where the
        address spells them: the surname in its name part, and a first name before it whose
        initial (or whole) opens it; a lower-case first name alone by its initial."""
        out: list[Span] = []
        for m in _NAME_BEFORE_MAIL_RE.finditer(text):
            local = m.group("local").lower()
            pieces = [p for p in re.split(r"[._+\d-]+", local) if p]
            if not pieces:
                continue
            words_ = m.group("name").split()
            lows = [w.lower() for w in words_]
            if any(is_firm_word(w) or is_company_cue(w) for w in lows):
                continue
            last = lows[-1]
            if (
                words_[-1][:1].isupper()
                and len(last) >= 3
                and last not in self.lex.frequent_words
                and (
                    last in pieces
                    or (pieces[-1].endswith(last) and len(pieces[-1]) <= len(last) + 2)
                )
            ):
                first = len(words_) - 1
                if (
                    first > 0
                    and words_[first - 1][:1].isupper()
                    and lows[first - 1] not in self.lex.frequent_words
                    and (lows[first - 1] in pieces or local.startswith(lows[first - 1][:1]))
                ):
                    first -= 1
                start = m.start("name") + sum(len(w) + 1 for w in words_[:first])
                start = text.index(words_[first], start)
                out.append(Span(start, m.end("name"), "PERSON"))
            elif (
                len(words_) == 1
                and last.islower()
                and len(last) >= 3
                and last in self.lex.first_names
                and last not in self.lex.frequent_words
                and (pieces[0] == last or (len(pieces[0]) == 1 and pieces[0] == last[0]))
            ):
                out.append(Span(m.start("name"), m.end("name"), "PERSON"))
        return out

    def _cemetery_tokens(self, toks: list[_Tok]) -> set[int]:
        """'begraafplaats Zomerdijk', 'de urnenmuur van Ezinge', 'begraven op Oosterhof': the
        capitalised word after a cemetery's part (or a burial "op") names the cemetery. Whose
        grave or funeral it is ("het graf van Jan Bos") stays a person."""
        out: set[int] = set()
        for k, tok in enumerate(toks[:-1]):
            i = k + 1
            if tok.low in _CEMETERY_PARTS:
                if toks[i].low in ("van", "op", "bij", "in") and i + 1 < len(toks):
                    i += 1
            elif tok.low in _BURIALS:
                if toks[i].low != "op" or i + 1 >= len(toks):
                    continue
                i += 1
            else:
                continue
            if toks[i].low in ("de", "het") and i + 1 < len(toks):
                i += 1
            if toks[i].cap and toks[i].low not in self.lex.first_names:
                out.add(i)
        return out

    def _national_branch_tokens(self, toks: list[_Tok]) -> set[int]:
        """'Playground Safety NL', 'Stichting Reclame Nederland': capitalised words right before
        "NL" or "Nederland" name an organisation's national branch (not "Jan Bos NL"; a first
        name opening the run makes it a person)."""
        out: set[int] = set()
        for k, tok in enumerate(toks):
            if tok.text not in ("NL", "Nederland") or k < 1 or tok.gap != " ":
                continue
            run = []
            i = k - 1
            while i >= 0 and toks[i].cap and (i == k - 1 or toks[i + 1].gap == " "):
                run.append(i)
                if toks[i].sentence_start:
                    break
                i -= 1
            before = run[-1] - 1 if run else -1
            if (
                run
                and toks[run[-1]].low not in self.lex.first_names
                # "Anna de Vries Nederland": a surname's particle or a first name before it
                and not (
                    before >= 0
                    and toks[run[-1]].gap == " "
                    and (toks[before].low in PARTICLES or toks[before].low in self.lex.first_names)
                )
            ):
                out.update(run)
        return out

    def _from_first_name(self, toks: list[_Tok], a: int, b: int) -> tuple[int, int]:
        """'van Eteck Willemijn Hessels': a name that opens with particles and a word no list
        knows as a first name, then a first name and a surname, starts at that first name (a
        surname closes a name; the words before it are the firm or place the person is from)."""
        if b - a < 3:
            return a, b
        # only where the words before the first name can be whom the person is from ("van
        # Eteck ...", "namens Ardexo ..."): elsewhere an unknown word may be a rarer first name
        # ("Wiebren Klaas Jansen")
        if not (toks[a].low in _NAME_PARTICLES or (a > 0 and toks[a - 1].low in _FROM_WORDS)):
            return a, b
        lex = self.lex
        start = a + 1 if toks[a].low in _NAME_PARTICLES else a
        for k in range(start + 1, b - 1):
            tok = toks[k]
            if not (
                tok.cap
                and tok.gap == " "
                and tok.low in lex.common_first_names
                and tok.low not in lex.surnames
            ):
                continue
            if all(
                toks[j].low not in lex.first_names
                and toks[j].low not in lex.surnames
                and toks[j].low not in PARTICLES
                for j in range(start, k)
            ):
                return k, b
            break
        return a, b

    def _pinyin_names(self, text: str) -> list[Span]:
        """'Zhang Wei', 'Li Na', 'Wang Xiaoming': a listed surname or first name that is a
        syllable of Mandarin in pinyin, then a capitalised given name of one or two such
        syllables: a Chinese name, surname first, whatever Dutch words it spells."""
        out: list[Span] = []
        lex = self.lex
        known = _pinyin_families(lex)
        for m in (_ASCII_PINYIN_GATE_RE if text.isascii() else _PINYIN_GATE_RE).finditer(text):
            word = m.group()
            answer = known.get(word)
            if answer is None:
                if len(known) >= _KIND_CACHE_SIZE:
                    known.clear()
                answer = known[word] = _pinyin_family(word.lower(), lex)
            if answer:
                break
        else:
            return out  # most messages: no listed syllable before a capitalised word
        for match in _PINYIN_PAIR_RE.finditer(text):
            family, given = match.group(1).lower(), match.group(2).lower()
            if _pinyin_family(family, lex) and _PINYIN_GIVEN_RE.fullmatch(given):
                out.append(Span(match.start(), match.end(), "PERSON"))
        return out

    def _listed_first_word(self, text: str, span: Span) -> Span:
        """'Wessel en Kick van den Berg', 'Sem, Fenna van Dijk': in a list of names, the
        capitalised word right before a surname opened by a lower-case particle is its first
        name, whatever lists know of it (not a title, role, firm word, place or not-name)."""
        if not (
            text.startswith(_PARTICLE_OPENINGS, span.start)
            or text.endswith(_PARTICLE_ENDS, 0, span.start)
        ):
            return span
        match = _LISTED_WORD_BEFORE_RE.search(text, max(0, span.start - 60), span.start)
        if match is None or not (match.group(2) or text.startswith(_PARTICLE_OPENINGS, span.start)):
            return span
        low = match.group(1).lower()
        lex = self.lex
        if (
            low in TITLES
            or low in _ROLE_CUES
            or low in _STRONG_ROLE_CUES
            or low in lex.places
            or low in lex.not_names
            or is_firm_word(low)
        ):
            return span
        return Span(match.start(1), span.end, span.label)

    def _born_in_brackets(self, text: str, found: list[Span]) -> list[Span]:
        """'Amber (geb 4 juni 2014)', ', Max (12-04-2013)': a first name before a birth date in
        brackets is a person, also one that is an everyday word; not after an article."""
        out = []
        for match in _BORN_IN_BRACKETS_RE.finditer(text):
            if match.group(1).lower() not in self.lex.first_names:
                continue
            if _ANY_ARTICLE_BEFORE_RE.search(text, max(0, match.start() - 12), match.start()):
                continue
            if any(s.start < match.end(1) and match.start(1) < s.end for s in found):
                continue
            out.append(Span(match.start(1), match.end(1), "PERSON"))
        return out

    def _with_tail(self, text: str, span: Span) -> Span:
        """``span`` grown over the further parts of a surname of several parts after it, and
        back over the lower-case particles of a surname before it ("bij van der Veen")."""
        start, end = span.start, span.end
        # Cheap gates: a capital after the name, a particle before it.
        if end + 1 < len(text) and text[end] == " " and text[end + 1].isupper():
            end = name_tail_end(text, end, self.lex)
        if start > 3 and text.endswith(_PARTICLE_ENDS, 0, start) and text[start].isupper():
            match = _PARTICLES_BEFORE_RE.search(text, max(0, start - 30), start)
            if match is not None:
                start = match.start(1) if match.start(1) >= 0 else match.start(2)
        # "meneer Gradus Berkhout": after a title, a first name no list knows and a listed
        # surname (also a place's name) are one name.
        if end == span.end and start >= 2 and text[end : end + 1] == " ":
            surname = _NEXT_CAPITAL_WORD_RE.match(text, end)
            if (
                surname is not None
                and self._listed_surname(surname.group(1).lower())
                and _TITLE_BEFORE_RE.search(text, max(0, start - 12), start)
            ):
                end = surname.end()
        # "Yvette Lange-Bos", "Lange-Bos": a double surname joined by a hyphen after the name.
        double = (
            _DOUBLE_SURNAME_AFTER_RE.match(text, end) if text[end : end + 1] in ("-", " ") else None
        )
        if double is not None and self._double_surname(double.group(1)):
            end = double.end()
        if (start, end) == (span.start, span.end):
            return span
        return Span(start, end, span.label)

    def _listed_surname(self, low: str) -> bool:
        lex = self.lex
        return (
            low in lex.surnames
            and low not in lex.dutch_words
            and low not in lex.frequent_words
            and low not in lex.not_names
            and not _is_street_word(low)
        )

    def _double_surname(self, raw: str) -> bool:
        """'-Bos', ' Lange-Bos': capitalised parts (everyday words too: "Lange", "Bos"), none a
        place, a compass point, a street or a word that is never a name."""
        lex = self.lex
        parts = [p.lower() for p in raw.strip(" -").split("-")]
        return not any(
            p in lex.not_names
            or p in _COMPASS_WORDS
            or (p in lex.places and p not in lex.surnames)
            # "Kerkstraat"; "Bos" alone is a surname (Round 39: so is "Bakker", though it ends
            # in a field's "-akker")
            or (street_suffix(p) not in (None, p) and p not in lex.common_surnames)
            for p in parts
        )

    # --- rules, each returning the token index just after the name, or None ------------------

    def _name_at(self, toks: list[_Tok], i: int, skip: set[int]) -> int | None:
        """End of a name that starts at token ``i`` (or right after a title at ``i``), or None."""
        tok = toks[i]
        lex = self.lex
        if (
            not tok.cap
            and i >= 2
            and toks[i - 1].low == "dat"
            and _reported(toks, i - 2)
            and tok.low in lex.common_first_names
            and i + 1 < len(toks)
            and toks[i + 1].gap == " "
            and toks[i + 1].low in _CLAUSE_AFTER_SUBJECT
        ):
            # "zegt dat lot hem zou terugbellen": a lower-case first name as the subject.
            return i + 1
        if (
            not tok.cap
            and tok.low in lex.common_first_names  # cheap gate: most tokens are no first name
            and i + 1 < len(toks)
            and toks[i + 1].gap == " "
        ):
            end = self._lower_full_name_end(toks, i, skip)
            if end is not None:
                return end
        if (
            tok.cap
            and tok.low in _FIRM_WORDS_AS_SURNAMES
            and i > 0
            and tok.gap == " "
            and toks[i - 1].low in _PERSON_WORDS_BEFORE
            and (i + 1 >= len(toks) or not toks[i + 1].cap or toks[i + 1].gap != " ")
        ):
            return i + 1  # review46: "mijn buurman Spor", "zwager Control": a surname
        if not tok.cap and not tok.initial and tok.low in lex.frequent_words:
            if tok.low in _PARTICLE_OPENERS and (
                self._strong_role_before(toks, i)
                or (i > 0 and toks[i - 1].low in _NEIGHBOURS_AND_COLLEAGUES and tok.gap == " ")
            ):
                # "raadslid de Graaf", "echtpaar van Dam", "buurman de Haan": the surname keeps
                # its particles (a capitalised one: "collega van de buitendienst" is a team).
                if self._field_after_particles(toks, i):
                    return None  # "wethouder van Onderwijs": the office's field, no surname
                if tok.low == "van" and self._full_name_at(toks, i + 1):
                    return None  # "de buurman van Anton de Graaf": whose neighbour
                return self._surname_part(toks, i, lower=False, skip=skip)
            if tok.low in lex.first_names and self._subject_before_verb(toks, i):
                return i + 1  # "wil is er niet", "ben heeft de sleutel": no verb before a verb
            if tok.low == "de" and self._capitalised_de_surname(toks, i, skip):
                # "van imker de Lange", "ik heb de Boer gesproken": inside a sentence "de" and a
                # capitalised surname no place or building has
                return self._surname_part(toks, i, lower=False, skip=skip)
            return None  # most tokens: "de", "is", "op" (no title or name among them)
        low = tok.low.rstrip(".")
        if (
            tok.cap
            and i >= 2
            and tok.gap == " "
            and toks[i - 1].low in _COPULAS
            and toks[i - 1].gap == " "
            and toks[i - 2].low in _ROLE_CUES
            and low in lex.first_names
            and low not in lex.not_names
            and i not in skip
        ):
            # "chauffeur wordt Ab", "contactpersoon is Wil Bakker": who takes the role, also a
            # short first name that is an everyday word, with all its given names and particles
            # ("klant is Anna Maria el Amrani")
            return self._extend(toks, i, skip, lower=False)
        if (
            tok.cap
            and i + 1 < len(toks)
            and toks[i + 1].low in _SPEAKER_VERBS
            and self._word_first_name_before_speaker_verb(toks, i)
        ):
            return self._extend(toks, i, skip, lower=False)  # "..., Barend telde er 85"
        if (
            low in _STRONG_ROLE_CUES
            and i + 1 < len(toks)
            and toks[i + 1].gap == " "
            and (
                toks[i + 1].cap
                or toks[i + 1].low in lex.first_names
                or (not tok.cap and toks[i + 1].low in _PARTICLE_OPENERS)
            )
        ):
            # "babs Gerdien Haaksma", "babs van Dijk": the office opens no name, "Babs" though
            # it is one (the particles open the surname after it).
            return None
        if low in TITLES or (low == "heer" and i > 0 and toks[i - 1].low == "de"):
            return self._after_title(toks, i + 1, skip)
        if tok.initial:
            end = self._surname_after(toks, i + 1, lower=not tok.cap, skip=skip)
            if (
                end is None
                and tok.cap
                and not _NUMBER_IN_GAP_RE.search(tok.gap)  # "52 A. Hij": a toevoeging, a stop
                and self._everyday_surname_after_initials(toks, i + 1, skip)
            ):
                return i + 2
            if end is None and tok.cap and self._double_word_surname(toks, i + 1, skip):
                return i + 2  # "mevr. A. Winter-Boom": a double surname of two words
            return end
        if (
            not tok.cap
            and low in lex.common_surnames
            and (
                self._strong_role_before(toks, i)
                or (i > 0 and toks[i - 1].low in _NEIGHBOURS and toks[i].gap == " ")
            )
            and low not in lex.frequent_words
        ):
            return self._extend(toks, i, skip, lower=True, loose=True)  # "raadslid dekker"
        if (
            not tok.cap
            and low in lex.dutch_words
            and (low not in lex.first_names or low in lex.not_names)
        ):
            return None  # an ordinary lower-case word ("junior" is also a first name)
        if not tok.cap and i > 0 and toks[i - 1].low in ("de", "een") and low in lex.dutch_words:
            return None  # "de roos in de tuin": after an article a lower-case word is a word
        if (
            not tok.cap
            and i > 1
            and toks[i - 1].low in ("het", "'t")
            and toks[i - 2].low in _PLACE_BEFORE | _OBJECT_PREPOSITIONS
            and toks[i].gap == " "
        ):
            return None  # "in het keetje", "op 't hekje": after a preposition and "het" a thing
        if len(low) < 2 or self._is_street_name(toks, i):
            return None
        if tok.cap and low in _OFFICES and not self._role_or_strong_role_before(toks, i):
            # "de commissaris van de Koning", "Koningin Maxima": an office, standing alone or as
            # a title before a name; a person called so is known from the chat or a title.
            nxt = i + 1
            if nxt < len(toks) and toks[nxt].gap == " " and toks[nxt].cap and nxt not in skip:
                return self._after_title(toks, nxt, skip)
            return None
        if (
            low == "van"
            and tok.sentence_start
            and i + 1 < len(toks)
            and toks[i + 1].gap == " "
            and toks[i + 1].cap
            and toks[i + 1].low in lex.first_names
            and (
                toks[i + 1].low not in lex.common_surnames
                or self._full_name_at(toks, i + 1)  # "Van Lucas Dekker?"
            )
        ):
            return None  # "Van Willeke ter Beek kwam ...": "from", the name starts after it
        if (
            tok.cap
            and low in ("de", "het", "'t")
            and i > 0
            and toks[i - 1].low in _ABROAD_BEFORE
            and tok.gap == " "
        ):
            return None  # "Oekraïners in De Reestkamp", "te Het Vlak": a place, nobody's name
        if tok.cap and low in _PARTICLE_OPENERS:
            # "Wethouder De Boer", "Van der Meer belde": a surname standing alone keeps its
            # capitalised particles.
            return self._surname_part(
                toks,
                i,
                lower=False,
                skip=skip,
                surname_only=True,
                after_title=True,
                after_role=self._role_or_strong_role_before(toks, i),
            )
        if (
            tok.cap
            and i > 0
            and toks[i - 1].low.rstrip(".") in _SAINT_WORDS
            and tok.gap.strip(" .") == ""
        ):
            return None  # "Huize Sint Jozef", "de St. Bavo": a saint, the name of a building
        if (
            tok.cap
            and i > 1
            and tok.gap == " "
            and toks[i - 1].low.endswith(_VESSEL_HEADS)
            and toks[i - 2].low in _ARTICLES
        ):
            return None  # "het partyschip Zwaluw", "de sloep Johanna": the boat's name
        if tok.cap and i > 0 and toks[i - 1].low in _BODY_KINDS and low in lex.places:
            return None  # "provincie Drenthe", "gemeente Staphorst": the body, not a surname
        if (
            tok.cap
            and not tok.sentence_start
            and i + 1 < len(toks)
            and toks[i + 1].gap == " "
            and toks[i + 1].low in _SPEAKER_VERBS
            and self._strong_role_before(toks, i)
            and _everyday_surname(low, lex)
            and low not in lex.not_names
        ):
            return i + 1  # "wethouder Snel zei ja": an office's holder saying something
        cue = self._cue_before(toks, i, _STRONG_CUE_INDEX)
        if low in lex.first_names or self._double_first_name(low):
            end = self._after_first_name(toks, i, skip, cue)
            if end is None and tok.cap and self._from_a_street(toks, i):
                return i + 1  # "Jaap van de Fokkerstraat": Jaap, who lives there
            if end is None and self._kin_named(toks, i):
                # "haar man Robbert": a listed first name the dictionary also has, named as kin
                return self._extend(toks, i, skip, lower=False)
            return end
        if cue and self._name_like(tok, loose=True):
            # "naam: Broer Slavenburg", "groet, Maurik": after a strong cue any non-everyday word.
            return self._extend(toks, i, skip, lower=not tok.cap, loose=True)
        if (
            self._strong_role_before(toks, i)
            and self._name_like(tok, loose=True)
            and (tok.cap or low in lex.surnames)  # "raadslid dekker"
        ):
            return self._extend(toks, i, skip, lower=not tok.cap, loose=True)
        if (
            tok.cap
            and i >= 2
            and toks[i - 1].low == "dat"
            and _reported(toks, i - 2)
            and (low in lex.surnames or low in lex.first_names)
            and low not in lex.frequent_words
            and i + 1 < len(toks)
            and not toks[i + 1].cap
            and toks[i + 1].gap == " "
        ):
            # "zegt dat Schaap zijn huur niet betaalt": after a reported "dat" a capitalised
            # listed name is the subject of the clause, not a noun (those are lower case).
            return self._extend(toks, i, skip, lower=False)
        if tok.cap and tok.gap.strip() in (",", ":") and self._appositive_surname(toks, i):
            return i + 1  # "Buurman is nummer 4 b, Hofstee": the role's name, closing it
        if tok.cap and self._closing_vocative(toks, i):
            return i + 1  # "Komt goed, Zwaan!": the person spoken to, closing the sentence
        if tok.cap and self._listed_name_mid_sentence(toks, i):
            # "Wie weet waar Bos is?", "Heb je Post al gebeld?": inside a sentence Dutch writes
            # ordinary nouns in lower case; a capitalised word that name lists know is a name.
            return self._extend(toks, i, skip, lower=False)
        if (
            tok.cap
            and i > 0
            and tok.gap == " "
            and not tok.sentence_start
            and toks[i - 1].low in _KIN_WORDS
            and low not in lex.frequent_words
            and low not in lex.places
            and low not in lex.not_names
            and not tok.acronym
            and not _is_street_word(low)
        ):
            return self._extend(toks, i, skip, lower=False)  # "haar zoon Mehari"
        if tok.cap:
            if self._word_before_unlisted_surname(toks, i, skip):
                return i + 2  # "een bankje voor Eik Kassab": a first name that is a word
            if not self._name_like(tok) or self._unlisted_thing(toks, i):
                return None
            if _is_landmark_word(low) and low not in lex.surnames and low not in lex.first_names:
                return None  # "de Grote of Mariakerk", "Drukkerijmuseum": a building
            if (
                self._cue_before(toks, i, _WEAK_CUE_INDEX)
                or self._works_at_company(toks, i, skip)
                or self._member_of(toks, i)
                or self._role_before(toks, i)
                or self._name_slot(toks, i)
                or self._subject_of_person_verb(toks, i)
            ):
                return self._extend(toks, i, skip, lower=False)
            # Two name-like words: "Iduna Siebeling", "Bertje 't Wout", "Xandra Jansen".
            end = self._surname_part(toks, i + 1, lower=False, skip=skip, name_like_only=True)
            if end is not None:
                return end
            if (
                i + 1 < len(toks)
                and toks[i + 1].low in lex.frequent_words
                and self._everyday_surname(toks, i + 1, skip)
            ):
                return i + 2  # "Burak Er / ...": a first name no list knows and an everyday word
            # Inside a sentence a capital marks a proper noun; places, streets, firms and
            # brands are filtered out above, so what is left is most likely a person: "Ik heb
            # Sissi gevraagd".
            if (
                not tok.sentence_start
                and len(low) > 2
                and toks[i - 1].low not in _ARTICLES  # "langs de Reest"
                and toks[i - 1].low not in _ABROAD_BEFORE  # "geboren in Kraków"
                and toks[i - 1].low not in _KIND_NOUNS  # "parkeerterrein Kaapjeswelle"
                and not toks[i - 1].low.endswith(_VESSEL_HEADS)  # "de rondvaartboot Reestster"
                # "via Raadsinformatiebrief"; but a listed surname is no compound (Round 42:
                # "ziek, Hoekstra neemt over")
                and not (len(low) > 7 and is_compound(low) and low not in lex.common_surnames)
                and not (
                    toks[i - 1].cap
                    and toks[i].gap == " "
                    and not (toks[i - 1].sentence_start and toks[i - 1].low in _SENTENCE_OPENERS)
                )  # "de Kleine Oever", but "Vergeet Hoekstra niet"
            ):
                return self._extend(toks, i, skip, lower=False)
            return None
        unknown = self._unknown_lower_word(tok)
        opens_name = unknown and self._before_lower_surname(toks, i)
        if unknown and (opens_name or self._lower_slot(toks, i)):
            # Right after "bel", "met", "dank je" any unknown word is taken ("bel vasiliki");
            # elsewhere (end of message) only words a list knows as a name: unknown lower-case
            # words there are compounds and typos far more often ("raadsinformatiebrief").
            after_cue = (
                i > 0
                and toks[i - 1].low in _LOWER_NAME_CUES
                and len(low) > 3
                and not (len(low) > 7 and is_compound(low))  # "bij fietsdepot"
            )
            if after_cue or opens_name or low in lex.surnames or low in lex.proper_nouns:
                return self._extend(toks, i, skip, lower=True)
        return None

    def _double_word_surname(self, toks: list[_Tok], j: int, skip: set[int]) -> bool:
        """'Winter-Boom' right after initials: two capitalised words joined by a hyphen, no
        place or compass point, are a married woman's double surname."""
        if j >= len(toks) or j in skip or toks[j].gap != " ":
            return False
        parts = toks[j].text.split("-")
        return (
            len(parts) == 2
            and all(
                len(p) >= 2 and p.isalpha() and p[0].isupper() and not p.isupper() for p in parts
            )
            and not any(p.lower() in self.lex.places or p.lower() in _COMPASS_WORDS for p in parts)
        )

    def _kin_named(self, toks: list[_Tok], i: int) -> bool:
        """'haar man Robbert', 'zijn dochter Roos': a capitalised word after a possessive and a
        kin word, inside the sentence."""
        tok = toks[i]
        low = tok.low
        return (
            tok.cap
            and i > 1
            and tok.gap == " "
            and not tok.sentence_start
            and toks[i - 1].low in _KIN_WORDS
            and toks[i - 2].low in _NAME_OWNERS
            and low not in self.lex.places
            and low not in self.lex.not_names
            and not tok.acronym
        )

    def _full_name_at(self, toks: list[_Tok], k: int) -> bool:
        """A capitalised first name at ``k`` and a capitalised surname after it, directly or
        after its particles ("Anton de Graaf", "Lucas Dekker")."""
        lex = self.lex
        if not (k + 1 < len(toks) and toks[k].cap and toks[k].low in lex.first_names):
            return False
        j = k + 1
        while j < len(toks) and toks[j].gap == " " and toks[j].low in _PARTICLE_OPENERS:
            j += 1
        return (
            j < len(toks)
            and toks[j].gap == " "
            and toks[j].cap
            and toks[j].low in lex.surnames
            and toks[j].low not in lex.frequent_words
        )

    def _from_a_street(self, toks: list[_Tok], i: int) -> bool:
        """'Jaap van de Fokkerstraat', 'Anna van het Kerkplein': a first name, "van" and an
        article, then a street's word (a street named after a person has no article there)."""
        k = i + 3
        return (
            k < len(toks)
            and toks[i + 1].low == "van"
            and toks[i + 2].low in ("de", "het", "'t")
            and all(t.gap == " " for t in toks[i + 1 : k + 1])
            and toks[k].cap
            and _is_street_word(toks[k].low)
            and toks[i].low in self.lex.common_first_names
        )

    def _capitalised_de_surname(self, toks: list[_Tok], i: int, skip: set[int]) -> bool:
        """Whether lower-case "de" at ``i`` opens a surname: a capitalised word after it inside
        a sentence that is a common surname and no place, street, building, firm or brand,
        closing the proper noun (not "de Grote Kerk"; a rarer surname after "de" is more often
        a street or a hamlet: "bij de Blankenstein")."""
        k = i + 1
        if k >= len(toks) or k in skip or i in skip or toks[i].sentence_start:
            return False
        if i > 0 and toks[i - 1].low in _PLACE_PREPOSITIONS:
            return False  # "gestrooid op de Brink", "aan de Brink": where, not who
        if (
            i > 0
            and toks[i - 1].low == "bij"
            and k < len(toks)
            and street_suffix(toks[k].low) == toks[k].low
        ):
            # Round 26: "het veldje bij de Brink", "bij de Markt": a bare street word (a square,
            # a dyke) after "bij de" is where ("bij de Vries" stays who)
            return False
        if i > 0 and toks[i - 1].cap and toks[i - 1].low in _COMPANY_CUES:
            return False  # "Café de Vos", "Snackbar de Smid": the business's name
        tok = toks[k]
        if not tok.cap or tok.gap != " " or tok.acronym or "-" in tok.low:
            return False
        if k + 1 < len(toks) and toks[k + 1].cap and toks[k + 1].gap == " ":
            return False
        low = tok.low
        lex = self.lex
        return (
            low in lex.common_surnames
            and low not in _OFFICES
            and low not in lex.places
            and low not in lex.not_names
            and low not in lex.first_names
            and not _is_street_word(low)
            and not _is_landmark_word(low)
            and not _company_part(low)
        ) or (low in _DE_SURNAMES and low not in lex.places)

    def _double_first_name(self, low: str) -> bool:
        """'anne-sophie', 'jan-willem', 'jan-kees': listed first names joined by a hyphen,
        none a listed not-name ("mei-juni"), not all of them everyday words."""
        if "-" not in low:
            return False
        parts = low.split("-")
        lex = self.lex
        return all(p in lex.first_names and p not in lex.not_names for p in parts) and not all(
            p in lex.frequent_words for p in parts
        )

    def _residents_at_numbers(self, text: str) -> list[Span]:
        """Lower-case surnames living at a house number after a preposition: "overlast bij
        vink op nummer 12", "naast van der haar op nr. 31". A bare singular noun cannot stand
        there, so a listed surname is one; after "de" only the adjectives Dutch surnames are
        made of ("bij de groot op nummer 7", not "bij de deur op nummer 4")."""
        out = []
        for match in (
            _ASCII_RESIDENT_AT_NUMBER_RE if text.isascii() else _RESIDENT_AT_NUMBER_RE
        ).finditer(text):
            word, particles = match.group("word"), match.group("particles").split()
            lex = self.lex
            if word in lex.not_names:
                continue
            if len(particles) >= 2:
                pass  # "van der haar": two particles make any word a surname
            elif particles == ["de"]:
                if word not in _DE_SURNAMES and (
                    word not in lex.surnames or word in lex.dutch_words
                ):
                    continue  # "bij de deur"; but "bij de groot", "bij de vries"
            elif word not in lex.surnames or (not particles and word in lex.frequent_words):
                continue  # "bij haar op nummer 5"
            out.append(Span(match.start("name"), match.end("name"), "PERSON"))
        return out

    def _before_lower_surname(self, toks: list[_Tok], i: int) -> bool:
        """ "kwaku asante van hiernaast belde": an unknown word opening a sentence, then a
        listed surname that is no ordinary word, both in lower case, is a first name and
        surname (a compound or typo is not followed by a surname)."""
        if not (toks[i].sentence_start or i == 0) or i + 1 >= len(toks):
            return False
        nxt = toks[i + 1]
        lex = self.lex
        return (
            nxt.gap == " "
            and nxt.text.islower()
            and nxt.low in lex.surnames
            and not (
                nxt.low in lex.dutch_words
                or nxt.low in lex.frequent_words
                or nxt.low in lex.not_names
                or nxt.low in lex.places
                or nxt.low in PARTICLES
            )
        )

    def _after_first_name(self, toks: list[_Tok], i: int, skip: set[int], cue: bool) -> int | None:
        """A listed first name: with a surname, or alone where a name fits."""
        tok = toks[i]
        low = tok.low
        lex = self.lex
        frequent = low in lex.frequent_words
        if frequent and not tok.cap and not cue:
            return None  # "ik ben marloes": "ben" is the verb here
        end = self._extend(toks, i, skip, lower=not tok.cap)
        if end == i + 1 and tok.cap and tok.gap in _NICKNAME_BRACKETS:  # cheap test first: rare
            end = self._surname_after_quoted_name(toks, i, skip) or end
        if end == i + 1 and tok.cap and self._adjective_surname_after(toks, i):
            end = i + 2  # "dus 19. Noa Kleine": a surname that is an adjective, ending the line
        if end == i + 1 and tok.cap and _surname_letter_after(toks, i):
            end = i + 2  # "Daan, Sem, Milan K, Bilal": the surname's initial, without a stop
        if (
            end > i + 1
            and not cue
            and not tok.cap
            and low in lex.dutch_words
            and all(t.low in lex.dutch_words or t.low in PARTICLES for t in toks[i + 1 : end])
        ):
            # "brand in schuur": lower-case dictionary words in a row are words, unless they
            # stand where a name goes ("bel jan de groot").
            return end if self._lower_slot(toks, i) and not _next_to_number(toks, i) else None
        if end > i + 1 or cue:
            return end
        if tok.cap:
            # "Ben er over 10 min": an everyday word that is also a name needs a surname, or a
            # role word before it ("zijn vrouw Wil", "collega Ben").
            if frequent:
                named = self._role_or_strong_role_before(toks, i) or _subject_of_a_verb(toks, i)
                return end if named else None
            # "Storm heeft de boom geveld", "de Kleine Oever": a rare first name that is also
            # a word needs more than its capital.
            if low in lex.dutch_words and low not in lex.common_first_names:
                named = (
                    self._name_slot(toks, i)
                    or self._vocative(toks, i)
                    or self._strong_role_before(toks, i)
                    or self._listed_name_mid_sentence(toks, i)
                )
                return end if named else None
            return end
        if len(low) < 3 or frequent:
            return None
        if low in lex.dutch_words or low in lex.common_surnames:
            # "jan", "kees" are also words: demand a place where a name goes, and no digit
            # next to it ("15 jan").
            if _next_to_number(toks, i):
                return None
            return end if self._lower_slot(toks, i) else None
        return end

    def _field_after_particles(self, toks: list[_Tok], i: int) -> bool:
        """'wethouder van Onderwijs', 'babs van Samen Trouwen': after the particles a capitalised
        dictionary word no surname list knows names a field or a firm, not a person; so does a
        word that is never a name ('collega van Wmo': a law, a system, a month)."""
        k = i
        while k < len(toks) and toks[k].low in _NAME_PARTICLES and not toks[k].cap:
            k += 1
        if k >= len(toks) or not toks[k].cap or toks[k].gap != " ":
            return False
        low = toks[k].low
        lex = self.lex
        if low in lex.not_names:
            return True
        return low in lex.dutch_words and low not in lex.surnames and low not in lex.first_names

    def _appositive_surname(self, toks: list[_Tok], i: int) -> bool:
        """A listed surname after a comma or colon that closes a sentence about a person named by
        a role word ("de overbuurman, Kuiper", "eigenaar is bekend: Molenaar.")."""
        low = toks[i].low
        lex = self.lex
        if low not in lex.surnames or low in lex.places or low in lex.not_names:
            return False
        if i + 1 < len(toks) and not toks[i + 1].sentence_start:
            return False
        k = i - 1
        while k >= 0 and k >= i - 10:
            if toks[k].low in _ROLE_CUES or toks[k].low in _NEIGHBOURS:
                return True
            if toks[k].sentence_start:
                return False
            k -= 1
        return False

    def _unlisted_thing(self, toks: list[_Tok], i: int) -> bool:
        """A capitalised word no name list knows that names a thing: a channel or body after
        "via" ("via Zivver", "loopt via Vigere"), or a compound of Dutch words ("Polderbeats",
        "Dorpsfeestcommissie"), which surnames no list knows seldom are."""
        low = toks[i].low
        if low in self.lex.first_names or low in self.lex.surnames:
            return False
        if i > 0 and toks[i - 1].low == "via" and toks[i].gap == " ":
            return True
        return len(low) > 7 and is_compound(low)

    def _adjective_surname_after(self, toks: list[_Tok], i: int) -> bool:
        """A capitalised adjective that is a common Dutch surname ("Kleine", "de Jonge" without
        its particle) right after a listed first name, with no noun after it: the line or the
        clause ends there ("Noa Kleine", "Sem Groot, 12 jaar")."""
        k = i + 1
        if k >= len(toks) or toks[k].gap != " " or not toks[k].cap:
            return False
        if toks[k].low not in _ADJECTIVE_SURNAMES or toks[i].low in self.lex.frequent_words:
            return False
        return k + 1 == len(toks) or toks[k + 1].gap.strip(" ") not in ("", "-", "'")

    def _after_title(self, toks: list[_Tok], j: int, skip: set[int]) -> int | None:
        """'dhr. Bert Veenstra', 'mevr. Postma', 'meneer Van der Veen', 'dhr Lissa Debipersad'."""
        while j < len(toks) and toks[j].low.rstrip(".") in TITLES:
            j += 1
        if j >= len(toks) or j in skip or toks[j].gap.strip(" .") != "" or "\n" in toks[j].gap:
            return None
        if "." in toks[j].gap and toks[j - 1].low in _WORD_TITLES:
            return None  # "geen familie. Asbest ...": a written-out title ends its sentence
        tok = toks[j]
        if tok.low in self.lex.first_names and self._is_street_name(toks, j):
            # "de Mr. Harm Smeengelaan", "Dr. Anton Philipsweg": a street (but "mevr. Postma
            # van Beatrixlaan" is where she lives)
            return None
        if (
            tok.text in _SURNAME_PREFIXES
            and j + 1 < len(toks)
            and toks[j + 1].gap == " "
            and toks[j + 1].cap
            and j + 1 not in skip
        ):
            # "mevr. Oude Nijhuis", "dhr. Grote Beverborg": an adjective opening a surname
            end = self._surname_part(toks, j + 1, lower=False, skip=skip)
            if end is not None:
                return end
        if (
            tok.cap
            and tok.low in self.lex.frequent_words
            and tok.low in self.lex.dutch_words
            and tok.low not in self.lex.not_names
            and tok.low not in _NOT_AFTER_TITLE
            and tok.low not in PARTICLES
            and len(tok.low) > 2
            and (j + 1 >= len(toks) or not toks[j + 1].cap or toks[j + 1].gap != " ")
        ):
            # Round 25: "mevr. Boom belde": an everyday noun as the surname; Round 28: also an
            # adjective that opens other surnames, standing alone ("dhr Kleine belt")
            return j + 1
        if (
            tok.cap
            and tok.low in _FIRM_WORDS_AS_SURNAMES
            and (j + 1 >= len(toks) or not toks[j + 1].cap or toks[j + 1].gap != " ")
        ):
            return j + 1  # review46: "mevrouw Nails", "dhr. Control": a surname, though a firm's
        if tok.initial:
            end = self._surname_after(toks, j + 1, lower=False, skip=skip)
        elif tok.low in self.lex.first_names and tok.cap:
            end = self._extend(toks, j, skip, lower=False)
        else:
            end = self._surname_part(toks, j, lower=not tok.cap, skip=skip, after_title=True)
        # After a title every following name part belongs to the name: "dhr. Gaitske 't Wout";
        # but not after a surname the chat knows without particles ("mevrouw Bloemendaal van de
        # Ossebroeken": where she lives).
        while (
            end is not None
            and end < len(toks)
            and end - j < 5
            and not (end == j + 1 and self._known_plain_surname(tok.low))
        ):
            nxt = self._surname_part(toks, end, lower=False, skip=skip, name_like_only=True)
            if nxt is None:
                break
            end = nxt
        return end

    def _extend(
        self, toks: list[_Tok], i: int, skip: set[int], lower: bool, loose: bool = False
    ) -> int:
        """End of a name that starts with the given word: more first names, particles, surname."""
        j = i + 1
        # A second first name: "Jan Willem", "Anne Marie".
        while (
            j < len(toks)
            and j not in skip
            and toks[j].gap == " "
            and toks[j].low in self.lex.first_names
            and toks[j].cap == (not lower)
            and toks[j].low not in self.lex.frequent_words
            and not self._is_street_name(toks, j)
            and self._surname_part(toks, j + 1, lower=lower, skip=skip) is not None
        ):
            j += 1
        end = self._surname_after(toks, j, lower=lower, skip=skip, loose=loose)
        if end is None and not lower and self._everyday_surname(toks, j, skip):
            end = j + 1
        return end if end is not None else j

    def _everyday_surname(self, toks: list[_Tok], j: int, skip: set[int]) -> bool:
        """'Sander Mooi heeft gemaild': an everyday word with a capital after a capitalised first
        name is the surname when a verb people do follows ("Karin Goed gedaan": no verb)."""
        if j + 1 >= len(toks) or j in skip or j == 0:
            return False
        tok, prev, nxt = toks[j], toks[j - 1], toks[j + 1]
        if not (
            tok.cap
            and tok.gap == " "
            and tok.low in self.lex.frequent_words
            and prev.cap
            and tok.low not in _NOT_SURNAMES
            and tok.low not in TITLES
            and tok.low not in PARTICLES
        ):
            return False
        if prev.low in self.lex.first_names and (
            (nxt.gap == " " and (nxt.low in _PERSON_VERBS or nxt.low in _SPEAKER_VERBS))
            or nxt.gap.startswith(". ")  # "van Gerrit Kleine. Ik heb hem gebeld"
        ):
            return True
        # Round 31: "een klacht van Anton Laat over ...": inside a sentence, after a preposition
        # and a first name, only a surname takes a capital (not a place, not "Ik"; "mail Jan
        # Huis via ..." stays unsure)
        if (
            prev.low in self.lex.first_names
            and prev.gap == " "
            and not prev.sentence_start
            and j >= 2
            and toks[j - 2].text in _NAME_SLOT_PREPOSITIONS
            and not nxt.cap
            and tok.low not in self.lex.places
            and tok.low not in self.lex.not_names
            and tok.low not in _PRONOUNS
        ):
            return True
        # "Burak Er / 06 ...", "Ayla Er | Kerkstraat 4": a field of a list of someone's data;
        # the first name may be one no list knows.
        return nxt.gap.strip()[:1] in _LIST_SEPARATORS and (
            prev.low in self.lex.first_names or self._name_like(prev)
        )

    def _everyday_surname_after_initials(self, toks: list[_Tok], j: int, skip: set[int]) -> bool:
        """'K. Snel', 'J. Klein': after capital initials a capitalised everyday word is the
        surname (initials stand before a surname, not before an adverb)."""
        if j >= len(toks) or j in skip:
            return False
        tok = toks[j]
        return (
            tok.cap
            and tok.gap == " "
            and not tok.initial
            and _everyday_surname(tok.low, self.lex)
            and tok.low not in _PRONOUNS
            and tok.low not in self.lex.not_names
            and tok.low not in self.lex.places
        )

    def _surname_after(
        self, toks: list[_Tok], j: int, *, lower: bool, skip: set[int], loose: bool = False
    ) -> int | None:
        """End of the surname after given names or initials, over a roepnaam in brackets.

        "Johanna (Jo) Visser", "J.M. 'Jo' Visser": official records write the name a person is
        called by between the given names and the surname; the whole is one name, brackets and
        all, so nothing of it is left standing between two blacked-out parts.
        """
        if j < len(toks) and toks[j].gap in _NICKNAME_BRACKETS:  # cheap test first: rare
            nick = self._nickname_end(toks, j, lower=lower, skip=skip)
        else:
            nick = None
        if nick is not None:
            # The gap before the surname is the closing bracket, checked by _nickname_end.
            end = self._surname_part(
                toks, nick, lower=lower, skip=skip, loose=loose, after_title=True
            )
            if end is not None:
                return end
        return self._surname_part(toks, j, lower=lower, skip=skip, loose=loose)

    def _surname_after_quoted_name(self, toks: list[_Tok], i: int, skip: set[int]) -> int | None:
        """End of the surname after a first name in quotes or brackets after a role word:
        "buurman 'Kees' Bakker", "collega (Jo) Visser"; None when no surname follows."""
        if i + 1 >= len(toks) or toks[i + 1].gap != _NICKNAME_BRACKETS[toks[i].gap]:
            return None
        if not self._role_or_strong_role_before(toks, i):
            return None
        return self._surname_part(toks, i + 1, lower=False, skip=skip, after_title=True)

    def _nickname_end(self, toks: list[_Tok], j: int, *, lower: bool, skip: set[int]) -> int | None:
        """Index after a first name in brackets or quotes at ``j`` ("(Jo)", "'Jo'"), or None."""
        if j + 1 >= len(toks) or j in skip:
            return None
        tok = toks[j]
        close = _NICKNAME_BRACKETS.get(tok.gap)
        if close is None or toks[j + 1].gap != close or tok.initial or tok.cap == lower:
            return None
        if tok.low in self.lex.first_names or self._name_like(tok):
            return j + 1
        return None

    def _surname_part(
        self,
        toks: list[_Tok],
        j: int,
        *,
        lower: bool,
        skip: set[int],
        after_title: bool = False,
        name_like_only: bool = False,
        loose: bool = False,
        surname_only: bool = False,
        after_role: bool = False,
    ) -> int | None:
        """End index of "[particles] Surname" starting at token ``j``, or None.

        ``after_role``: an office or role word stands before ("wethouder De Lange"), so any
        capitalised word after the particles is the surname, also an everyday word.
        """

        def joined(k: int) -> bool:
            # After a title the gap may hold its full stop ("dhr. Jansen"); otherwise one space.
            return toks[k].gap == " " or (k == j and after_title)

        k = j
        while (
            k < len(toks)
            and k - j < 3
            and toks[k].low in _NAME_PARTICLES
            and (k > j or toks[k].low in _PARTICLE_OPENERS)
            and joined(k)
        ):
            k += 1
        if k >= len(toks) or k in skip or not joined(k):
            return None
        tok = toks[k]
        if surname_only:
            # A listed surname or name-like word ("De Boer"); after two particles also a short
            # ordinary word ("Van der Meer", but not "Van het Hoofdkantoor").
            if k == j or not tok.cap:
                return None
            if (
                (
                    after_role
                    # Round 37: "familie Van Ruinen", "fam. Van Havelte": a family's name
                    or (j > 0 and toks[j - 1].low.rstrip(".") in _FAMILY_WORDS)
                )
                and k - j == 1
                and toks[j].text == "Van"
                and tok.low in self.lex.places
                and tok.low not in self.lex.not_names
            ):
                # "raadslid Van Dalen", "wethouder Van Rijswijk": a capital "Van" after an
                # office opens a surname, also one that is a place ("wethouder van Meppel": of)
                return k + 1
            listed = tok.low in self.lex.surnames or self._name_like(tok, surname=True)
            if (
                not listed
                and not (k - j >= 2 and len(tok.low) <= 7)
                and not (after_role and tok.low not in self.lex.not_names)
            ):
                return None
            if (
                tok.low in self.lex.places
                and tok.low not in self.lex.common_surnames
                and not (after_role and k - j >= 2)
                # Round 42: "en Van der Sluis van ...": a capital "Van" and two particles open
                # a listed surname, also one a place is called
                and not (k - j >= 2 and toks[j].text == "Van" and tok.low in self.lex.surnames)
            ):
                return None  # "De Schiphorst", "Den Haag"; but "De Vries", "raadslid Van der Linde"
            particles = tuple(t.low for t in toks[j:k])
            return k + 1 if self._surname_ok(tok, particles=particles, lower=False) else None
        particles = tuple(t.low for t in toks[j:k])
        if particles in _PLACE_PARTICLES and tok.low in self.lex.places:
            return None  # "gezin Hoek in Nijeveen": a place after "in", not "in 't Veld"
        if name_like_only:
            if not (
                self._name_like(tok, surname=True)
                and self._surname_ok(tok, particles=particles, lower=False)
            ):
                return None
        elif not self._surname_ok(tok, particles=particles, lower=lower, loose=loose):
            return None
        end = k + 1
        if particles and end < len(toks) and toks[end].gap == " " and toks[end].cap:
            nxt = toks[end].low
            if nxt in _PRACTICE_WORDS or nxt.rstrip(".") in _COMPANY_MARKERS:
                return None  # "mr. Kaya van Kaya Advocatuur": "van" + the firm's name
        # Double surname joined by a hyphen and particles: "Kaya-de Vries", "Smit-ten Brink",
        # "Post-in 't Veld", "Hoekstra-van den Brink".
        if tok.low.endswith(_HYPHEN_PARTICLE_ENDS) and end < len(toks):
            j = end
            while j < min(end + 2, len(toks) - 1) and toks[j].low in _NAME_PARTICLES:
                if toks[j].gap != " ":
                    break
                j += 1
            if toks[j].gap == " " and self._surname_ok(toks[j], particles=("de",), lower=lower):
                end = j + 1
        return end

    def _surname_ok(
        self, tok: _Tok, *, particles: tuple[str, ...] = (), lower: bool, loose: bool = False
    ) -> bool:
        """Whether ``tok`` can be the surname after a first name, initials, title or particles."""
        lex = self.lex
        low = tok.low
        if tok.initial or len(low) < 2 or low in _NOT_SURNAMES or _BRAND_CASE_RE.match(tok.text):
            return False
        if tok.acronym and low not in lex.surnames:
            return False  # "marco VVN Havelte": a club's acronym after a first name
        if not particles and low.rstrip(".") in TITLES:
            return False  # "Tineke Wolf Mevrouw De Groot": the title opens the next name
        if low in lex.frequent_words and not (
            particles and (tok.cap or (particles == ("de",) and low in _DE_SURNAMES))
        ):
            return False  # "jan even", but "Pieter van der Meer", "femke de groot"
        if (
            "-" in low
            and not self._hyphen_ok(tok.text)
            and not (particles and self._particled_double(tok.text))
        ):
            return False  # "van het Zorg-loket": a desk; but "Van Dijk-Smit"
        if _is_street_word(low) and low not in lex.surnames:
            return False  # "Willem Alexanderlaan": a street
        if (
            (
                (particles and particles[-1] in ("de", "het", "'t"))
                # Round 39: "Marcel Galgenbrug staat in storing": a compound of words naming a
                # bridge or a lock after a first name is the place spoken of
                or (
                    not particles
                    and tok.cap
                    and low.endswith(_LANDMARK_HEADS)
                    and _landmark_compound(low, lex)
                )
            )
            and _is_landmark_word(low)
            and low not in lex.surnames
        ):
            # "De Reestbrug gaat dicht", "de klokken van de Mariakerk": a bridge, a church,
            # not a surname with "De"
            return False
        if particles == ("van",) and low in _DEPARTMENTS and low not in lex.surnames:
            return False  # "Kees van Handhaving": a department (see _DEPARTMENTS)
        if particles == ("de",) and low in CAR_MAKES and low not in lex.surnames:
            return False  # Round 44: "Tjeerd de Volvo shovel": the machine, by its make
        if low in lex.places and low not in lex.surnames and particles == ("van",):
            return False  # "Henk van Rogat": where he is from (but "Alidus Horn" is a surname)
        if particles and particles[0] == "in" and low in lex.places and low not in lex.dutch_words:
            return False  # "Koopman in De Schiphorst": where they live, not "in 't Veld"
        if (
            # (review41: after "van" a compound only, "Burgerzaken", "Handhaving"; a plain word
            # is as often the surname: "mevrouw van Bergen", "Anja van Boven", "van Harp")
            (particles[:1] == ("in",) or (particles == ("van",) and is_compound(low)))
            and (low in lex.dutch_words or (not tok.cap and is_compound(low)))
            and len(low) >= 5  # not "van Es", "van Os": short words are old surnames
            and low not in lex.surnames
            and low not in lex.proper_nouns
        ):
            # Round 29: "Ik ben Sietske van Handhaving", "Ton in de Teams map", "ton in de
            # zoutloods": a team, a department or a thing, a word of the language (or a
            # compound of words in lower case) no surname list holds
            return False
        if _company_part(low) and low not in lex.surnames:
            return False
        if not particles and low in STREET_SUFFIXES and low not in lex.surnames:
            return False  # "Kleine Oever", "Lange Weg": a street, though "Bos", "Tuin" are surnames
        if tok.cap:
            return True
        if not lower:
            return False
        if low in lex.surnames or low in lex.proper_nouns or (loose and particles):
            return True
        if particles == ("de",) and low in _DE_SURNAMES:
            return True
        # "vincent raadsinformatiebrief over ...": a long compound of words is a noun
        return (
            low not in lex.dutch_words
            and len(low) >= 3
            and not (len(low) >= 12 and is_compound(low))
        )

    def _coordinated(
        self, toks: list[_Tok], names: list[tuple[int, int]], skip: set[int]
    ) -> list[tuple[int, int]]:
        """Name-like words joined to a found name by "en", "&", "+" or a comma: "Mirjam en Jisk"
        (Round 34: "+", as a couple is written on a wall: "jesse + demi")."""
        taken = {k for a, b in names for k in range(a, b)}
        extra: list[tuple[int, int]] = []
        for a, b in names:
            candidates = []
            if b + 1 < len(toks) and toks[b].low == "en" and toks[b].gap == toks[b + 1].gap == " ":
                candidates.append(b + 1)  # "<name> en X"
            elif b < len(toks) and toks[b].gap.strip() in ("&", ",", "+"):
                candidates.append(b)  # "<name> & X", "<name>, X"
            if a >= 2 and toks[a - 1].low == "en" and toks[a - 1].gap == toks[a].gap == " ":
                candidates.append(a - 2)  # "X en <name>"
            elif a >= 1 and toks[a].gap.strip() in ("&", ",", "+"):
                candidates.append(a - 1)  # "X & <name>", "X, <name>"
            lower_list = not toks[a].cap and not toks[a].initial
            for k in candidates:
                if k in taken or k in skip:
                    continue
                if k > 0 and toks[k - 1].low in _ABROAD_BEFORE:
                    continue  # "uit Polen, Agnieszka Nowak": where she comes from
                if self._after_article(toks, k):
                    continue  # "lekkage in de Oude Vest, Marieke ...": a proper noun
                if not toks[k].cap:
                    # "jade en lot": a lower-case first name joined to a lower-case name.
                    if (
                        lower_list
                        and toks[k].low in self.lex.first_names
                        and len(toks[k].low) > 2
                        # "hennie, wil jij": a verb before its subject, no second name
                        and not (k + 1 < len(toks) and toks[k + 1].low in _PRONOUNS)
                    ):
                        extra.append((k, k + 1))
                        taken.add(k)
                    continue
                if not self._name_like(toks[k], loose=True) and not (
                    (len(names) >= 2 and self._listed_first_name(toks[k]))
                    # "chauffeurs Geert en Ab": a frequent first name that is also a word, joined
                    # to a first name alone
                    or (
                        b - a == 1
                        and toks[a].cap
                        and toks[a].low in self.lex.common_first_names
                        and toks[k].low in self.lex.common_first_names
                        and toks[k].low not in self.lex.not_names
                    )
                ):
                    # In a list of two names or more, a listed first name that is also a word
                    # is a third ("kinderen Roos, Mebrat en Lidya").
                    continue
                low = toks[k].low
                if (
                    low in self.lex.places
                    and low not in self.lex.first_names
                    and low not in self.lex.common_surnames
                ):
                    continue  # "J. de Wit, Nijeveen": where the person lives
                if self._public_place_word(low):
                    continue  # "bij Stouwe en Wilhelminapark": a place beside a place
                if self._word_opening_a_sentence(toks, k):
                    continue  # Round 45: "Genoteerd, maaike belt": a reply, then the name
                end = self._surname_part(toks, k + 1, lower=False, skip=skip) or k + 1
                if any(x in taken for x in range(k, end)):
                    continue
                extra.append((k, end))
                taken.update(range(k, end))
        return extra

    def _word_opening_a_sentence(self, toks: list[_Tok], k: int) -> bool:
        """Round 45: "Genoteerd, ...", "Begrepen en ...": a word of the language (no listed
        first name or surname) capitalised only as it opens the sentence."""
        if k > 0 and not any(c in toks[k].gap for c in ".!?:\n"):
            return False
        low = toks[k].low
        return (
            low in self.lex.dutch_words
            and low not in self.lex.first_names
            and low not in self.lex.surnames
        )

    def _public_place_word(self, low: str) -> bool:
        """'wilhelminapark', 'kerkplein', 'stationsweg': a word ending like a street, park or
        square (longer than its ending by a few letters) that no surname list knows."""
        suffix = street_suffix(low)
        return (
            suffix is not None
            and suffix in _PUBLIC_PLACE_SUFFIXES
            and len(low) > len(suffix) + 2
            and low not in self.lex.surnames
        )

    def _beside_public_places(
        self, toks: list[_Tok], names: list[tuple[int, int]]
    ) -> list[tuple[int, int]]:
        """``names`` less the one-word names no common name list knows that are joined by "en"
        to a street, park or square: "ik sta bij Stouwe en Wilhelminapark" names two places."""
        lex = self.lex
        out = []
        for a, b in names:
            if b == a + 1 and toks[a].cap and toks[a].low not in lex.first_names:
                low = toks[a].low
                # (not after a comma: "fam. Hoekman, Dorpsstraat 77" is where they live)
                neighbours = []
                if b + 1 < len(toks) and toks[b].low == "en" and toks[b].gap == " ":
                    neighbours.append(toks[b + 1])
                if a >= 2 and toks[a - 1].low == "en" and toks[a].gap == " ":
                    neighbours.append(toks[a - 2])
                if low not in lex.common_surnames and any(
                    n.cap and self._public_place_word(n.low) for n in neighbours
                ):
                    continue
            out.append((a, b))
        return out

    # --- predicates ----------------------------------------------------------------------------

    def _word_first_name_before_speaker_verb(self, toks: list[_Tok], i: int) -> bool:
        """'Barend belde', 'ja, Barend telde 85': a capitalised first name that a dictionary
        also knows (no everyday word, place or not-name) before a verb only people do."""
        tok = toks[i]
        lex = self.lex
        if not tok.cap or i + 1 >= len(toks) or toks[i + 1].gap != " ":
            return False
        low = tok.low
        return (
            toks[i + 1].low in _SPEAKER_VERBS
            and low in lex.first_names
            and low in lex.dutch_words
            and low not in lex.frequent_words
            and low not in lex.not_names
            and low not in lex.places
            and low not in TITLES
            and not (i > 0 and toks[i - 1].low in _ARTICLES)
        )

    def _lower_full_name_end(self, toks: list[_Tok], i: int, skip: set[int]) -> int | None:
        """'kees de Jong', 'jan visser': a common first name in lower case before a surname (with
        particles and a capital, or a common surname in lower case) is a person's full name; a
        first name that is an everyday word ("ben bakker": am a baker) is not one."""
        lex = self.lex
        low = toks[i].low
        if (
            low not in lex.common_first_names
            or low in lex.frequent_words
            or low in lex.not_names
            or (i > 0 and toks[i - 1].low in _ARTICLES)
        ):
            return None
        nxt = toks[i + 1]
        if nxt.low in _PARTICLE_OPENERS and not nxt.cap:
            end = self._surname_part(toks, i + 1, lower=False, skip=skip, surname_only=True)
            return end
        if (
            not nxt.cap
            and nxt.low in lex.common_surnames
            and nxt.low not in lex.frequent_words
            and nxt.low not in lex.common_first_names
            and i + 1 not in skip
        ):
            return i + 2
        return None

    def _listed_first_name(self, tok: _Tok) -> bool:
        """A capitalised word a first-name list knows, that is no place, title or not-name."""
        low = tok.low
        lex = self.lex
        return (
            tok.cap
            and not tok.acronym
            and len(low) > 2
            and low in lex.first_names
            and low not in lex.not_names
            and low not in lex.places
            and low not in TITLES
            and low not in PARTICLES
        )

    @staticmethod
    def _after_article(toks: list[_Tok], k: int) -> bool:
        """A lower-case article right before token ``k``, or before a capitalised word before
        it ("de Oude Vest"): a noun or a proper noun of a place or thing."""
        if k > 0 and toks[k - 1].low in _ARTICLES and not toks[k - 1].cap:
            return True
        return (
            k > 1
            and toks[k - 1].cap
            and toks[k - 1].low not in PARTICLES
            and toks[k - 2].low in _ARTICLES
            and not toks[k - 2].cap
        )

    def _name_like(self, tok: _Tok, *, surname: bool = False, loose: bool = False) -> bool:
        """A word that can be part of a name: no everyday word, place, street, firm or adjective.

        ``surname`` allows "-berg", "-veld", "-hof" endings (Hanenberg, Oosterveld); ``loose``
        (after a strong cue) allows dictionary words and places (Broer, Maurik).
        """
        low = tok.low
        lex = self.lex
        if tok.initial or len(low) < 2 or low in lex.frequent_words or low in lex.not_names:
            return False
        if low in _NOT_SURNAMES or not (tok.cap or (loose and low.isalpha() and len(low) > 2)):
            return False
        if (
            tok.acronym
            or _BRAND_CASE_RE.match(tok.text)
            or _ACRONYM_WORD_RE.match(tok.text)
            or _SHORT_CAMEL_RE.fullmatch(tok.text)
        ):
            # "WMO", "HaskoningDHV", "MensenWerk", "KPNzakelijk", "KiKa", "GoKart": brands
            return False
        if low in lex.places and not loose and not (surname and low in lex.common_surnames):
            return False  # "in Zwolle", "te Emmen", though name lists know them as surnames
        if "-" in low and not self._hyphen_ok(tok.text):
            return False  # "WMO-indicatie", "Oosterboer-Zuid"; but "Anne-Marie", "Brouwer-Stam"
        if low in lex.common_first_names or low in lex.common_surnames:
            return True  # "Bakker", "Visser": words, but first of all names
        listed = low in lex.first_names or low in lex.surnames
        if listed and low not in lex.dutch_words:
            return True
        if _is_street_word(low) or (street_suffix(low) is not None and not (surname or loose)):
            return False
        if (
            (_company_part(low) and not (loose and low in _FIRM_WORDS_AS_SURNAMES))
            or low.endswith(_NOT_NAME_ENDINGS)
            or low in TITLES
        ):
            return False
        if is_event_compound(low):
            return False  # "Reestpop", "Sinterklaasintocht": an event
        if loose:
            return low not in PARTICLES
        return low not in lex.dutch_words

    def _word_before_unlisted_surname(self, toks: list[_Tok], i: int, skip: set[int]) -> bool:
        """ "een bankje voor Eik Kassab", "brief aan Roos Al-Hamwi": after a preposition, a
        capitalised everyday word a name list knows, mid-sentence, and a capitalised word no
        list knows are a first name and its surname (not "voor Stichting Xyz", "bij Foto
        Jansen": firms, titles and a trade before a listed surname are no names)."""
        if i == 0 or i + 1 >= len(toks) or i + 1 in skip or toks[i].sentence_start:
            return False
        tok, nxt, lex = toks[i], toks[i + 1], self.lex
        if toks[i - 1].low not in _PREPOSITIONS_BEFORE_NAMES or tok.gap != " ":
            return False
        if nxt.gap != " " or not nxt.cap or nxt.acronym or tok.acronym:
            return False
        if tok.low not in lex.dutch_words or tok.low in lex.places or _is_street_word(tok.low):
            return False
        if tok.low not in lex.first_names and tok.low not in lex.surnames:
            return False  # "bij Schouwburg Ogterop", "door Brandweer Drenthe": no name's word
        if nxt.low in lex.first_names or nxt.low in lex.surnames:
            return False  # "bij Foto Jansen": a firm named after a common surname
        if not self._name_like(tok, loose=True) or not self._name_like(nxt, surname=True):
            return False
        after = toks[i + 2] if i + 2 < len(toks) else None
        if after is not None and after.gap.strip()[:1].isdigit():
            return False  # "voor Oude Xyzweg 12": a street
        return not self._unlisted_thing(toks, i + 1) and nxt.low not in lex.dutch_words

    def _hyphen_ok(self, text: str) -> bool:
        """A hyphenated word that can be a name: every part can be one ("Anne-Marie",
        "Brouwer-Stam"), or all parts are capitalised and one is a surname no dictionary knows,
        so the others are surnames too, everyday word or not ("Er-Kaya", "Wit-Verhoef")."""
        parts = text.split("-")
        if all(self._hyphen_part_ok(part) for part in parts):
            return True
        lex = self.lex
        if not all(part[:1].isupper() and not part.isupper() for part in parts):
            return False
        lows = [p.lower() for p in parts]
        if any(p in lex.surnames and p not in lex.dutch_words for p in lows):
            return not any(p in lex.places or p in _COMPASS_WORDS for p in lows)
        # "Zandberg-Oost", "Groen-West": a listed surname and a compass word, where the surname
        # is no place alone ("Meppel-Oost" is a part of town).
        return (
            len(lows) == 2
            and sum(p in _COMPASS_WORDS for p in lows) == 1
            and all(p in lex.surnames or p in _COMPASS_WORDS for p in lows)
        )

    def _particled_double(self, text: str) -> bool:
        """'de Groot-Zwart', 'van der Wit-Lange': after particles, capitalised parts that are
        each a surname or an adjective that is one ("Groot", "Lange"), no place or compass
        word."""
        parts = text.split("-")
        lex = self.lex
        return len(parts) == 2 and all(
            part[:1].isupper()
            and not part.isupper()
            and (low := part.lower()) not in lex.places
            and low not in _COMPASS_WORDS
            and (low in lex.surnames or low in _DE_SURNAMES)
            for part in parts
        )

    def _hyphen_part_ok(self, part: str) -> bool:
        low = part.lower()
        if not part or (part.isupper() and len(part) > 1):
            return False
        listed = low in self.lex.first_names or low in self.lex.surnames or low in PARTICLES
        if not listed and low in self.lex.places:
            return False  # "Meppel-Zwolle", "Meppel-de Wijk": a route between places
        return listed or low not in self.lex.dutch_words

    def _unknown_lower_word(self, tok: _Tok) -> bool:
        """A lower-case word no list knows as an ordinary word ("manja", "eisse")."""
        low = tok.low
        lex = self.lex
        if (
            not tok.text.islower()
            or not low.isalpha()
            or len(low) < 3
            or _VOWEL_RE.search(low) is None
        ):
            return False
        return not (
            low in lex.dutch_words
            or low in lex.frequent_words
            or low in lex.not_names
            or low in lex.places
            or low in PARTICLES
            or low in TITLES
            or street_suffix(low) is not None
            # "schildersbedrijf", "bloemenhuis" cut short by OCR: a firm's word, not a name
            or (_company_part(low) and low not in lex.surnames and low not in lex.first_names)
            # Round 39: "met foodtrucks": the plural of a word ("foodtruck")
            or (
                len(low) > 5
                and has_singular(low)
                and low not in lex.first_names
                and low not in lex.surnames
            )
        )

    def _cue_before(self, toks: list[_Tok], i: int, cues: dict[str, list[tuple[str, ...]]]) -> bool:
        """True when one of ``cues`` ends right before token ``i`` (a comma or colon may follow)."""
        if i == 0:
            return False
        candidates = cues.get(toks[i - 1].low.rstrip("."))
        if not candidates:
            return False
        # The name may open with a quote or a bracket: "buurman 'Bouwmeester'", "naam: (Jo)".
        gap = toks[i].gap[:-1] if toks[i].gap[-1:] in ("'", '"', "(") else toks[i].gap
        if gap.strip(" ,:.") != "" or "\n" in gap.strip(" "):
            return False
        if "." in gap and toks[i - 1].low.rstrip(".") not in _ABBREVIATIONS:
            return False  # "geen familie. Asbest mag ...": a sentence ended after the cue
        for cue in candidates:
            n = len(cue)
            if n == 1:
                return True  # the word before is the cue: ``candidates`` are indexed by it
            if (
                i >= n
                and toks[i - n].low.rstrip(".") == cue[0]  # (most cues fail on their first word)
                and tuple(t.low.rstrip(".") for t in toks[i - n : i]) == cue
            ):
                return True
        return False

    def _member_of(self, toks: list[_Tok], i: int) -> bool:
        """'Bakker van de buitendienst': a listed surname before "van de <team>"."""
        return (
            toks[i].low in self.lex.common_surnames
            and i + 3 < len(toks)
            and toks[i + 1].low == "van"
            and toks[i + 2].low in ("de", "het")
            and not toks[i + 3].cap
            and all(t.gap == " " for t in toks[i + 1 : i + 4])
        )

    def _works_at_company(self, toks: list[_Tok], i: int, skip: set[int]) -> bool:
        """'Matias van Groenservice Reest BV': a name-like word right before "van <company>"
        (not a compound noun: "Verzuimmelding van CSG Dingstede")."""
        return (
            i + 2 < len(toks)
            and not (len(toks[i].low) > 7 and is_compound(toks[i].low))
            and toks[i + 1].low in ("van", "bij")
            and toks[i + 1].gap == " "
            and i + 2 in skip
        )

    def _lower_slot(self, toks: list[_Tok], i: int) -> bool:
        """A place for a lower-case name: after "bel", "met", "hoi"...; vocative; signature;
        the subject of a verb people do ("merel is ziek"); after "bel ik", "heb je"."""
        if i > 0 and toks[i].gap == " " and toks[i - 1].low in _LOWER_NAME_CUES:
            return True
        if i + 1 < len(toks) and toks[i + 1].gap == " ":
            nxt = toks[i + 1].low
            if (toks[i].sentence_start or toks[i].gap.strip() == ",") and (
                nxt in _PERSON_VERBS
                or nxt in _SPEAKER_VERBS
                or nxt in _ADDRESSED_VERBS
                or (
                    nxt == "en"
                    and i + 2 < len(toks)
                    and toks[i + 2].low in self.lex.common_first_names
                )
            ):
                return True
        if (
            i > 1
            and toks[i].gap == " "
            and toks[i - 1].low in _PRONOUNS
            and toks[i - 2].low in _INVERTED_VERBS
        ):
            return True  # "dan bel ik mark", "heb je jet gesproken"
        if i > 0 and toks[i].gap == " " and toks[i - 1].low in _INVERTED_AUXILIARIES:
            # "kan kees de bladblazer meenemen?": a question with the name as its subject;
            # "wie heeft jet gesproken?": the name before a participle.
            if toks[i - 1].sentence_start and toks[i].low in self.lex.first_names:
                return True
            if (
                i + 1 < len(toks)
                and toks[i + 1].gap == " "
                and toks[i + 1].low.startswith("ge")
                and len(toks[i + 1].low) > 4
                and toks[i + 1].low in self.lex.dutch_words
            ):
                return True
        if i == 0 and i + 1 < len(toks) and toks[i + 1].gap.startswith(","):
            return True
        if (
            toks[i].low in self.lex.common_first_names
            and i + 3 < len(toks)
            and toks[i + 1].low == "van"
            and toks[i + 2].low in ("de", "het")
            and not toks[i + 3].cap
            and all(t.gap == " " for t in toks[i + 1 : i + 4])
        ):
            return True  # "hans van de volleybalclub": who someone is by their club or team
        if i + 1 < len(toks):
            return False
        # A signature or a greeting's end: "... dank je wel! fatima". A Dutch word right after
        # another word is that word, as at the end of a subject: "Overleg wolf", "Info-avond
        # wolf 21-11" (after a cue word, "groetjes roos", it is a name: the first rule above).
        return not (toks[i].gap == " " and toks[i].low in self.lex.dutch_words)

    def _subject_before_verb(self, toks: list[_Tok], i: int) -> bool:
        """A lower-case first name that is also a word, first in its sentence and followed by a
        finite verb: two finite verbs cannot follow each other, so it is the subject."""
        return (
            (toks[i].sentence_start or toks[i].gap.strip() == ",")
            and toks[i].low not in _NOT_SUBJECT_NAMES
            and i + 1 < len(toks)
            and toks[i + 1].gap == " "
            and toks[i + 1].low in _FINITE_AFTER_SUBJECT
            and toks[i].low not in _PRONOUNS
            and toks[i].low not in _PARTICLE_OPENERS
        )

    def _name_slot(self, toks: list[_Tok], i: int) -> bool:
        """A place for a capitalised name: after "is", "met", "bel"...; vocative; signature."""
        tok = toks[i]
        if i > 0 and tok.gap == " " and toks[i - 1].low in _SLOT_CUES:
            return True
        if self._vocative(toks, i):
            return True  # "Bouke, kun jij ..."
        # A signature: the last word of the message, after the end of a sentence.
        return i + 1 == len(toks) and i > 0 and tok.sentence_start

    def _vocative(self, toks: list[_Tok], i: int) -> bool:
        """The first word of the message, followed by a comma: "Bouke, kun jij ..."."""
        return i == 0 and i + 1 < len(toks) and toks[i + 1].gap.startswith(",")

    def _subject_of_person_verb(self, toks: list[_Tok], i: int) -> bool:
        """'Boas is vandaag ziek': a sentence-initial word followed by a verb people do.

        A listed surname that is also a word needs a verb only people do: "Vos zei", "Koster
        hier.", but "Post komt retour".
        """
        if not toks[i].sentence_start or i + 1 >= len(toks):
            return False
        verb = toks[i + 1].low
        if toks[i + 1].gap == ", ":
            # "Bayu, zei dat hij niets zag": a comma set after the subject; an everyday word
            # there is an interjection ("Prima, zegt hij").
            return (
                verb in _SPEAKER_VERBS
                and i + 2 < len(toks)
                and toks[i + 2].low == "dat"
                and toks[i].low not in self.lex.dutch_words
            )
        if toks[i + 1].gap != " ":
            return False
        if toks[i].low not in self.lex.dutch_words:
            return verb in _PERSON_VERBS or self._introduced_here(toks, i)
        return verb in _SPEAKER_VERBS and toks[i].low in self.lex.surnames

    def _introduced_here(self, toks: list[_Tok], i: int) -> bool:
        """Round 35: "Сашко here. My son ...", "Zdravko hier!": who writes, by a first name or
        a name in another script, before "here"/"hier" that ends the clause (not "Nobody here.",
        "Quiet here.", "Parking here is")."""
        low = toks[i].low
        if toks[i + 1].low not in ("here", "hier") or low in _NOBODY_WORDS:
            return False
        if low.isascii() and low not in self.lex.first_names:
            return False  # "Quiet here.", "Busy here!": an English word no list knows
        return i + 2 == len(toks) or toks[i + 2].gap.lstrip(" ")[:1] in (".", ",", "!", ":", "\n")

    def _closing_vocative(self, toks: list[_Tok], i: int) -> bool:
        """A capitalised listed surname or first name after a comma that ends its sentence:
        "Dank je wel, Zwaan!", "Tot morgen, Spreeuw." Inside a sentence Dutch writes an
        ordinary noun in lower case; a place or a street there is no one spoken to."""
        tok = toks[i]
        low = tok.low
        lex = self.lex
        if i == 0 or tok.gap.strip() != "," or len(low) < 3:
            return False
        if i + 1 < len(toks) and not toks[i + 1].sentence_start:
            return False
        return (
            lex.is_person_name(low)
            and low not in TITLES
            and low not in PARTICLES
            and not _is_street_word(low)
        )

    def _listed_name_mid_sentence(self, toks: list[_Tok], i: int) -> bool:
        """A capitalised listed surname or first name inside a sentence, standing alone."""
        tok = toks[i]
        low = tok.low
        lex = self.lex
        if tok.sentence_start or len(low) < 3:
            return False
        # After a role word the name may be quoted: "Buurman 'Bouwmeester' rijdt".
        role = self._role_before(toks, i) or self._strong_role_before(toks, i)
        if tok.gap != " " and not role:
            return False
        if low not in lex.surnames and low not in lex.common_first_names:
            return False
        if low in lex.not_names or low in TITLES or low in PARTICLES:
            return False
        prev = toks[i - 1]
        if low in lex.places and (low not in lex.common_surnames or prev.low in _PLACE_BEFORE):
            return False  # "in Zwolle", "naar Post"; but "Heb je Post al gebeld?"
        if (
            low in lex.places
            and prev.low == "van"
            and i > 1
            and toks[i - 2].cap
            and self._plain_noun(toks[i - 2].low)
        ):
            return False  # Round 44: "Het Wapen van Drenthe", "Hotel Stad van Emmen": a place
        if low in lex.dutch_words and prev.low in _PLACE_BEFORE and prev.low != "bij":
            return False  # "naar Kamer 3", "in Zaal Berg": a room or a place, not a person
        if (
            (prev.cap and not (prev.sentence_start and prev.low in _SENTENCE_OPENERS) and not role)
            or prev.acronym
            or (prev.low in _ARTICLES and not (prev.low == "een" and low in lex.common_surnames))
            or prev.low in _NOT_BEFORE_NAME
            or prev.low in _KIND_NOUNS
        ):
            return False  # "Hotel Post", "de Wolf", "storm Bert"; but "Volgens Storm is ...",
            # "er woont ook een Mulder": a capitalised common surname after "een" is one of a family
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt is not None and nxt.gap == " " and (nxt.cap or nxt.acronym):
            return False  # "Post NL", "Bakker Verkeerstechniek": part of a longer proper noun
        if nxt is not None and nxt.gap.startswith("-"):
            return False  # "GroenLinks-PvdA" style compounds
        return not _next_to_number(toks, i)

    def _strong_role_before(self, toks: list[_Tok], i: int) -> bool:
        if i > 0 and toks[i - 1].low in _STRONG_ROLE_CUES and toks[i].gap in _CUE_GAPS:
            return True
        # Round 27: "Wijkagent is Hilbrand Sikkema", "de notaris was Meulenbelt": the role said
        # of a capitalised name
        return (
            i > 1
            and toks[i].cap
            and toks[i].gap == " "
            and toks[i - 1].low in ("is", "was", "wordt")
            and toks[i - 1].gap == " "
            and toks[i - 2].low in _STRONG_ROLE_CUES
        )

    def _named_words(
        self, text: str, toks: list[_Tok], names: list[tuple[int, int]], skip: set[int]
    ) -> list[tuple[int, int]]:
        """In a sentence that speaks of a name ("achternaam", "heet"), a capitalised word no list
        knows is that name: "Kilimanjarowa bedoel ik, die achternaam ken ik niet". A question
        for a name gives none ("Suwinet geeft niks, wat is de achternaam?")."""
        sentence = []  # the sentence number of each token
        last_of: dict[int, int] = {}  # the last token of each sentence (one pass: linear)
        number = 0
        for k, tok in enumerate(toks):
            number += tok.sentence_start
            sentence.append(number)
            last_of[number] = k
        naming = set()
        for k, tok in enumerate(toks):
            if tok.low in _NAMING_WORDS:
                last = last_of[sentence[k]]
                after = toks[last + 1].gap if last + 1 < len(toks) else text[toks[last].end :]
                if "?" not in after:
                    naming.add(sentence[k])
        if not naming:
            return []
        taken = {k for a, b in names for k in range(a, b)}
        lex = self.lex
        out = []
        for k, tok in enumerate(toks):
            low = tok.low
            if (
                tok.cap
                and k not in taken
                and k not in skip
                and low.isalpha()
                and low not in lex.not_names
                and not _is_street_word(low)
                and _told_as_name(toks, k)
            ):
                out.append((k, k + 1))  # "Wil is mijn achternaam": whatever word it is
                continue
            if (
                tok.cap
                and sentence[k] in naming
                and k not in taken
                and k not in skip
                and len(low) > 3
                and low.isalpha()
                and low not in lex.dutch_words
                and low not in lex.frequent_words
                and low not in lex.places
                and low not in lex.not_names
                and low not in _NAMING_WORDS
                and not _BRAND_CASE_RE.match(tok.text)
                and not _ACRONYM_WORD_RE.match(tok.text)
                and not (len(low) > 7 and is_compound(low))
                # "bij het Wilhelminapark ... een pas met naam erop": after an article a place
                and not (k > 0 and toks[k - 1].low in _ARTICLES and not toks[k - 1].cap)
                # "haar naam niet in Decosys": where the name is put
                and not (k > 0 and toks[k - 1].low in _ABROAD_BEFORE and not toks[k - 1].cap)
                and not _is_street_word(low)
            ):
                out.append((k, k + 1))
        return out

    def _place_run_tokens(self, toks: list[_Tok]) -> set[int]:
        """Capitalised words that name an employer ("werkt bij Vebego"), the streets of a route
        ("route via Vledders en Kaapjeswelle") or the street of its residents ("bewoners
        Vledders"); a first name opens a person there ("werkt bij Piet Jansen")."""
        out: set[int] = set()
        lex = self.lex
        for i in range(1, len(toks)):
            prev, cue = toks[i - 1].low, toks[i].low
            if (cue == "bij" and prev in _WORK_WORDS) or (cue == "at" and prev in _WORK_WORDS_EN):
                start, last = i + 1, i + 1  # one word: "werkt bij Vebego"
            elif cue in ("via", "over", "langs") and any(
                toks[k].low.endswith(_ROUTE_ENDINGS) for k in range(max(0, i - 3), i)
            ):
                start, last = i + 1, len(toks) - 1  # "route via Vledders en Kaapjeswelle"
            elif prev in _RESIDENTS and toks[i].gap == " ":
                start, last = i, i  # "bewoners Vledders": one word after the residents
                if cue in lex.common_surnames:
                    continue  # "bewoners Jansen": a family
                if (
                    i + 1 < len(toks)
                    and toks[i + 1].gap == " "
                    and toks[i + 1].cap
                    and toks[i + 1].low in lex.surnames
                    and not _is_street_word(toks[i + 1].low)
                ):
                    continue  # "bewoners Lejla Hodžić": a first name no list has, a surname
            elif prev in _FIRM_ROLES and (cue == "is" or toks[i].gap == " "):
                # "ontwikkelaar Solarfields", "exploitant is Agro Energie Van Ommen": the firm in
                # that role, one word or a run with a firm's word ("exploitant Ko Hennipman", a
                # fairground's, and a first name opening the run are a person).
                start = i + 1 if cue == "is" else i
                last = self._firm_run_end(toks, start)
                if last is None:
                    continue
            else:
                continue
            if start >= len(toks) or not toks[start].cap or toks[start].low in lex.first_names:
                continue
            k = start
            while k <= last:
                if toks[k].cap and toks[k].gap.strip() in ("", ","):
                    out.add(k)
                elif prev in _FIRM_ROLES and toks[k].low in PARTICLES:
                    pass  # "Agro Energie van Ommen"
                elif not (toks[k].low == "en" and toks[k].gap == " "):
                    break
                k += 1
        return out

    def _firm_run_end(self, toks: list[_Tok], start: int) -> int | None:
        """The last token of the firm's name opening at ``start`` after a firm's role: one
        capitalised word, or capitalised words (and particles) of which one is a firm's word."""
        k = start
        while (
            k + 1 < len(toks)
            and toks[k + 1].gap == " "
            and (toks[k + 1].cap or toks[k + 1].low in PARTICLES)
        ):
            k += 1
        if k == start or any(_company_part(toks[j].low) for j in range(start, k + 1)):
            return k
        return None

    def _lower_firm_tokens(self, toks: list[_Tok]) -> set[int]:
        """'smit bouw', 'jansen installatie': a lower-case surname before a business word is a
        firm's name (a capitalised one is found as a company run)."""
        out: set[int] = set()
        for k in range(1, len(toks)):
            tok = toks[k]
            if tok.low in _LOWER_FIRM_TAILS and not tok.cap and tok.gap == " ":
                prev = toks[k - 1]
                if not prev.cap and prev.low in self.lex.surnames:
                    out.update((k - 1, k))
        return out

    def _storm_tokens(self, toks: list[_Tok]) -> set[int]:
        """'storm Henk', 'Storm Ciarán', 'Na Poly': the name of a storm, not of a person."""
        out: set[int] = set()
        for i, tok in enumerate(toks):
            # "vorig jaar waaide Ciarán de tent weg", "Eunice raasde over ...": what blew
            # (what it blew over or away: "de tent", "over het dak"; "Jan waaide bijna weg" is
            # a person)
            if tok.low in _WIND_VERBS:
                k = i + 1
                blown_after_name = k + 1 < len(toks) and toks[k + 1].low in _BLOWN_AFTER
                if blown_after_name and toks[k].cap and toks[k].gap == " ":
                    out.add(k)
                blown_after_verb = k < len(toks) and toks[k].low in _BLOWN_AFTER
                if blown_after_verb and i > 0 and toks[i - 1].cap and tok.gap == " ":
                    out.add(i - 1)
        for i, tok in enumerate(toks[:-1]):
            if tok.low.startswith("storm") and tok.low != "storm":
                # "stormschade Conall", "Stormschade door Bert": a compound names no person.
                k = i + 2 if toks[i + 1].low in ("door", "na", "van", "tijdens") else i + 1
                if k < len(toks) and toks[k].cap:
                    out.add(k)
                continue
            if tok.low not in ("storm", "orkaan", "stormdepressie"):
                continue
            nxt = toks[i + 1]
            if not nxt.cap or nxt.gap != " ":
                continue
            before = toks[i - 1].low.rstrip(".") if i > 0 else ""
            if tok.cap and (
                before in TITLES or before in _ROLE_CUES or before in _STRONG_ROLE_CUES
            ):
                continue  # "wethouder Storm", "mevrouw Storm"
            if tok.cap and i > 0 and not tok.sentence_start:
                continue  # "Linda Storm": a surname
            out.update((i, i + 1))
        if out:
            out |= _storm_named_again(toks, out)
        return out

    def _institution_tokens(self, toks: list[_Tok]) -> set[int]:
        """'bij De Sprong', 'De Schakel is dicht', 'in De Kern': a capitalised article before an
        ordinary word names a building or an organisation, not a person. A surname with "de"
        ("De Boer belde", "wethouder De Jong") stays a name: the word must be no common surname,
        or, as the first word of a sentence (where "De" is capitalised anyway), no person verb
        may follow it."""
        out: set[int] = set()
        lex = self.lex
        for i, tok in enumerate(toks[:-1]):
            if tok.text not in _CAPITAL_ARTICLES or toks[i + 1].gap != " ":
                continue
            nxt = toks[i + 1]
            if not nxt.cap or nxt.low in lex.first_names:
                continue
            if nxt.low not in lex.dutch_words and (nxt.low in lex.surnames or tok.sentence_start):
                continue  # "De Clercq": an unusual surname; "De Ambelt" mid-sentence: a name
            before = toks[i - 1].low.rstrip(".") if i > 0 else ""
            if before in TITLES or before in _STRONG_ROLE_CUES or before in _ROLE_CUES:
                continue  # "mevrouw De Post", "wethouder De Haan"
            if (before in PARTICLES and i > 1 and toks[i - 2].cap) or (
                i > 0 and toks[i - 1].cap and tok.gap == " " and before not in lex.dutch_words
            ):
                continue  # "Tjitske in 't Veld", "Jan De Kern": part of a surname
            if nxt.low in lex.common_surnames:
                after = toks[i + 2].low if i + 2 < len(toks) and toks[i + 2].gap == " " else ""
                if (
                    not tok.sentence_start
                    or after in _SPEAKER_VERBS
                    or after in _CONTACT_PARTICIPLES
                    or i + 2 >= len(toks)
                ):
                    continue  # "met De Haan", "De Boer belde", "De Vries gemaild"
            out.update((i, i + 1))
        if out:
            # "De Wenning of De Wijde Weid": a rarer surname joined by "of"/"en" to a building's
            # name is a building too ("De Boer of De Vries" are common surnames: persons).
            for i, tok in enumerate(toks[:-1]):
                nxt = toks[i + 1]
                if (
                    tok.text not in _CAPITAL_ARTICLES
                    or i in out
                    or nxt.gap != " "
                    or not nxt.cap
                    or nxt.low in lex.common_surnames
                    or nxt.low in lex.first_names
                ):
                    continue
                after = i + 3 < len(toks) and toks[i + 2].low in ("of", "en") and i + 3 in out
                before = i >= 2 and toks[i - 1].low in ("of", "en") and i - 2 in out
                if after or before:
                    out.update((i, i + 1))
        return out

    def _role_or_strong_role_before(self, toks: list[_Tok], i: int) -> bool:
        return self._role_before(toks, i) or self._strong_role_before(toks, i)

    def _role_before(self, toks: list[_Tok], i: int) -> bool:
        return i > 0 and toks[i - 1].low in _ROLE_CUES and toks[i].gap in _CUE_GAPS

    def _is_street_name(self, toks: list[_Tok], i: int) -> bool:
        """True for "Willem Alexanderlaan", "Jan van Goyenstraat", "Anne Frankstraat"."""
        k = i + 1
        while k < len(toks) and toks[k].gap == " " and toks[k].low in _NAME_PARTICLES:
            if toks[k].cap and k > i + 1 and not toks[i].cap:
                return False  # "sem van de Van Goghstraat": the street starts at "Van"
            k += 1
        if k < len(toks) and toks[k].gap == " " and toks[k].cap:
            if not _is_street_word(toks[k].low) or toks[k].low in self.lex.surnames:
                return False
            # "buurvrouw Ans van Eikenlaan 12": she lives there, no street is named after her.
            if k > i + 1 and i > 0 and toks[i - 1].low.rstrip(".") in PERSON_CUE_WORDS:
                return False
            # "Jaap van de Fokkerstraat": someone from that street ("van de" names no one)
            return not self._from_a_street(toks, i)
        return False

    def _company_tokens(self, text: str, toks: list[_Tok]) -> set[int]:
        """Indexes of tokens in capitalised runs that name a company ("Groenservice Reest BV")."""
        out: set[int] = set()
        run: list[int] = []
        for idx, tok in enumerate(toks):
            capish = tok.cap or tok.acronym
            if not capish and not run:
                continue  # most tokens: a lower-case word outside any run (none of the below)
            if (
                capish
                and run
                and (
                    tok.gap in (" ", " & ")
                    # "Glühwein Gebr. Jonker": the full stop of "Gebr." ends no sentence
                    or (tok.gap == ". " and toks[idx - 1].low == "gebr")
                )
            ):
                run.append(idx)
                continue
            if (
                capish
                and len(run) == 1
                and tok.gap == "' "
                and self._possessive_firm(toks, run, tok)
            ):
                out.update((run[0], idx))  # "Roos' Poffertjes": the owner's name and the ware
                run = []
                continue
            if tok.low == "en" and len(run) == 2 and self._firm_of_a_pair(toks, run, idx):
                run.append(idx)  # "Kinderopvang Jip en Janneke": a firm named after a pair
                continue
            if (
                run
                and tok.low in _NAME_PARTICLES
                and not tok.cap
                and tok.gap == " "
                and toks[run[-1]].cap
                and toks[run[-1]].low in _NAME_PARTICLES
            ):
                run.append(idx)  # "Bakkerij Van der Wal": a particle inside the run
                continue
            if run and tok.low in _NAME_PARTICLES and self._particle_in_firm_name(toks, run, idx):
                run.append(idx)  # Round 44: "Bakkerij Jan de Groot": the owner's full name
                continue
            if run and self._is_company(text, toks, run):
                out.update(
                    self._without_trailing_person(toks, self._without_leading_person(toks, run))
                )
            run = [idx] if capish else []
        if run and self._is_company(text, toks, run):
            out.update(self._without_trailing_person(toks, self._without_leading_person(toks, run)))
        return out

    @staticmethod
    def _particle_in_firm_name(toks: list[_Tok], run: list[int], idx: int) -> bool:
        """Whether the lower-case particle at ``idx`` goes on a run opened by a firm's kind and
        a name ("Bakkerij Jan de Groot", "Slagerij Piet van der Wal"): a capitalised word or
        another particle after it."""
        tok = toks[idx]
        return (
            not tok.cap
            and tok.gap == " "
            and len(run) >= 2
            and _PREMISES_WORD_RE.fullmatch(toks[run[0]].low) is not None
            and idx + 1 < len(toks)
            and toks[idx + 1].gap == " "
            and (toks[idx + 1].cap or toks[idx + 1].low in _NAME_PARTICLES)
        )

    def _without_leading_person(self, toks: list[_Tok], run: list[int]) -> list[int]:
        """Round 39: "Heeft Sietse Van Gelder Elektrotechniek al gebeld?": a first name right
        before a capitalised particle that opens the firm's name is a person before it (in a
        person's own name the particle is written small: "Jan van Gelder")."""
        for k in range(1, len(run) - 2):
            if (
                toks[run[k]].text in _CAPITAL_PARTICLES
                and toks[run[k - 1]].low in self.lex.common_first_names
                and toks[run[k - 1]].low not in self.lex.frequent_words
            ):
                return run[k:]
        return run

    def _plain_noun(self, low: str) -> bool:
        lex = self.lex
        return (
            low in lex.dutch_words
            and low not in lex.first_names
            and low not in lex.surnames
            and low not in lex.places
        )

    def _possessive_firm(self, toks: list[_Tok], run: list[int], tok: _Tok) -> bool:
        """'Roos' Poffertjes', 'Klaas' Fietsen': a name in s with its apostrophe, then a noun."""
        owner = toks[run[0]]
        return (
            # "buurman 'Kees' Bakker": the apostrophe closes a quote opened before the name
            owner.gap not in (" '", "'")
            and owner.low.endswith(("s", "z", "x"))
            and tok.low in self.lex.dutch_words
            and tok.low not in self.lex.first_names
        )

    def _destination_tokens(self, toks: list[_Tok]) -> set[int]:
        """'hij fietst naar Santiago': after a verb of travel and "naar", a capitalised word no
        common first name is a destination ("ik fiets naar Jolien" is a visit)."""
        out: set[int] = set()
        for i in range(2, len(toks)):
            tok = toks[i]
            if (
                tok.cap
                and toks[i - 1].low == "naar"
                and toks[i - 2].low in _TRAVEL_VERBS
                and tok.low not in self.lex.common_first_names
            ):
                out.add(i)
        return out

    def _surname_alone(self, name: str) -> bool:
        low = name.lower()
        return " " not in low and low in self.lex.surnames and low not in self.lex.first_names

    def _street_named_after(self, text: str, end: int) -> bool:
        """'Roelof Meijeringstraat' in a chat that knows Roelof Meijering: a known name right
        before a capitalised word with a street's ending (no surname) is part of the street."""
        match = _NEXT_WORD_RE.match(text, end)
        if match is None:
            return False
        low = match.group(1).lower()
        return _is_street_word(low) and low not in self.lex.surnames

    def _street_after_first_names(self, toks: list[_Tok], start: int, end: int) -> bool:
        """'Jan Pieter Heijestraat', 'Johan Willem Frisolaan': two or more first names right
        before a capitalised word with a street's ending name the street, not a person."""
        if end - start < 2 or end >= len(toks):
            return False
        # "Jan Willem van Loonstraat": particles may stand before the street's word, after
        # common first names ("Monique Storm van de Julianastraat" is someone from that street).
        at = end
        while at + 1 < len(toks) and toks[at].low in PARTICLES and toks[at].gap == " ":
            at += 1
        street = toks[at]
        firsts = self.lex.common_first_names if at > end else self.lex.first_names
        return (
            street.cap
            and street.gap == " "
            and _is_street_word(street.low)
            and all(t.low in firsts for t in toks[start:end])
        )

    def _firm_of_a_pair(self, toks: list[_Tok], run: list[int], en: int) -> bool:
        """'Kinderopvang Jip en Janneke': a firm's word, a first name, "en" and a first name
        that closes the run; not "Stichting Leergeld en Marieke" (no first name before "en")."""
        first, name = toks[run[0]], toks[run[1]]
        if toks[en].gap != " " or en + 1 >= len(toks):
            return False
        after = toks[en + 1]
        closes = en + 2 >= len(toks) or not (toks[en + 2].cap and toks[en + 2].gap == " ")
        return (
            after.cap
            and after.gap == " "
            and closes
            and name.low in self.lex.first_names
            and after.low in self.lex.first_names
            and self._company_word(first.low)
        )

    def _without_trailing_person(self, toks: list[_Tok], run: list[int]) -> list[int]:
        """'namens Stichting Welzijn MensenWerk Karin Smit': a first name and a surname closing a
        firm's run are a person who speaks for it, not part of its name."""
        for k in range(2, len(run) - 1):
            tok, nxt = toks[run[k]], toks[run[k + 1]]
            if (
                tok.low in self.lex.common_first_names
                and tok.low not in self.lex.frequent_words
                and not self._company_word(nxt.low)
                and (nxt.low in self.lex.surnames or nxt.low not in self.lex.dutch_words)
            ):
                return run[:k]
        # "Budgetbeheer Robin de Jonge": after a one-word firm or service a first name with
        # particles and a surname is a person (a sole trader's name is one too).
        if len(run) == 2 and self._company_word(toks[run[0]].low):
            k = run[1]
            tok = toks[k]
            if (
                tok.low in self.lex.common_first_names
                and tok.low not in self.lex.frequent_words
                and k + 2 < len(toks)
                and toks[k + 1].low in _PARTICLE_OPENERS
                and not toks[k + 1].cap
                and toks[k + 1].gap == " "
                and toks[k + 2].gap in (" ", "'")
                and toks[k + 2].cap
                # (Round 39: not where the firm's name goes on with its family: "Sloopbedrijf
                # Jan de Vries & Zn")
                and not (
                    k + 3 < len(toks)
                    and toks[k + 3].gap in (" & ", " en ")
                    and toks[k + 3].low in _FAMILY_FIRM_TAILS
                )
            ):
                return run[:1]
        return run

    def _organiser(self, toks: list[_Tok], run: list[int]) -> bool:
        """A first name and a surname after lower-case "organisatie": the organiser."""
        cue = toks[run[0] - 1]
        return (
            cue.low == "organisatie"
            and not cue.cap
            and len(run) == 2
            and toks[run[0]].low in self.lex.common_first_names
            and toks[run[1]].low in self.lex.surnames
        )

    def _firm_in_list(self, toks: list[_Tok], run: list[int]) -> bool:
        """A surname alone (no first name) that a trade noun before it asks a firm for ("De
        aannemer is Dijkstra", "zorgaanbieder Zorgkracht of Brouwer", "Leveranciers: Jansen,
        Mulder"), or listed among businesses ("Hotel Post, Van der Veen en Restaurant Bos")."""
        if toks[run[0]].low in self.lex.common_first_names:
            return False
        if run[0] > 0 and toks[run[0] - 1].low in _SALUTATIONS:
            return False  # Round 25: "beste Rixt, Hockeyclub Meppel wil ...": the one addressed
        # back: over the list's other items and "is"/":" to a trade noun, or to a business's name
        i = run[0]
        while i > 0 and i > run[0] - 10:
            if toks[i].gap.strip(" ") not in ("", ",", ":"):
                return False
            prev = toks[i - 1]
            if prev.low in _FIRM_TRADES:
                # not "aannemer Bouwman belde": a trade right before a surname names a person
                return i < run[0]
            if prev.cap and prev.low in _COMPANY_CUES and toks[i].gap.strip() == "":
                return prev.gap.strip() in (",", "") and i - 1 < run[0] - 1
            if not (prev.cap or prev.acronym or prev.low in _FIRM_LIST_WORDS):
                break
            i -= 1
        # forward: the next item of the list is a business ("Van Dijk, Hotel Post")
        nxt = run[-1] + 1
        if nxt + 1 < len(toks) and toks[nxt].low in ("en", "of") and toks[nxt].gap == " ":
            nxt += 1
        elif nxt < len(toks) and toks[nxt].gap.strip() != ",":
            return False
        return (
            nxt + 1 < len(toks)
            and toks[nxt].cap
            and toks[nxt].low in _COMPANY_CUES
            and toks[nxt + 1].cap
            and toks[nxt + 1].gap == " "
        )

    def _is_company(self, text: str, toks: list[_Tok], run: list[int]) -> bool:
        first = toks[run[0]]
        if self._firm_in_list(toks, run):
            return True
        # (round speed50: every gap is a piece of ``text``, the text the tokens were cut from,
        # so a gap " & " needs " & " in it: tested in C before the generator over the run; only
        # the run's own stretch of text, from its first gap: the whole text for each run was
        # quadratic in a message of many capitalised words)
        ampersand = " & " in text[first.start - len(first.gap) : toks[run[-1]].end]
        if (
            len(run) > 1
            and ampersand
            and any(toks[k].gap == " & " and self._plain_noun(toks[k].low) for k in run[1:])
        ):
            return True  # Round 29: "Dekker Bouw & Onderhoud": a trade after "&", no name
        if run[0] > 0 and first.gap == " " and toks[run[0] - 1].low in _COMPANY_CUES:
            # "de firma Scholten", "aannemer Dijkstra", "buurthuis De Plataan"; but
            # "organisatie Herman Vonk, herman@...": who organises it
            return not self._organiser(toks, run)
        nxt = run[-1] + 1
        if nxt < len(toks):
            after = toks[nxt].low
            if (
                after.rstrip(".") in _COMPANY_MARKERS
                and not _school_class(text, toks[nxt])
                and not _chat_zn(text, toks[nxt])
            ):
                return True
            if (
                after == "en"
                and nxt + 1 < len(toks)
                and toks[nxt + 1].cap
                and toks[nxt + 1].low.rstrip(".") in _COMPANY_MARKERS
            ):
                return True  # "Hulshof en Zn.": a family firm
        if len(run) == 1:  # most runs: one capitalised word (no loops over the run)
            if first.low.rstrip(".") in _COMPANY_MARKERS:
                return True
            # review46: "mevrouw Nails", "mijn buurman Spor", "zwager Control": after a person's
            # title, a neighbour or a relative one word is a surname, whatever it ends in
            return self._company_word(first.low) and not (
                run[0] > 0
                and first.gap == " "
                and toks[run[0] - 1].low.rstrip(".") in _PERSON_WORDS_BEFORE
            )
        words = [toks[i].low for i in run]
        if words[0].endswith(_OWNER_ENDINGS):
            if words[0].endswith("'s") and len(words[0]) > 4:
                return True  # "Henk's Frituur", "Yara's Bakes": a firm named by its owner
            if len(words) == 2 and self._business_compound(first):
                return True  # "Theehuis Amrani", "Eethuis Visscher": a firm named by its owner
        if words[0] in _ORGANISATION_HEADS or words[-1] in _ORGANISATION_TAILS:
            return True  # "Stichting Leergeld", "Mobi Zorg", "Meppel Wonen"
        if (
            words[1] in _ORGANISATION_HEADS
            and words[0].endswith(("se", "sche"))
            and words[0] not in self.lex.first_names  # (not "Elise", "Denise")
        ):
            return True  # Round 42: "Marokkaanse Moskee Zwolle", "Friese Stichting ...": an
            # adjective of a people or a region before the kind of body
        if any(_BRAND_CASE_RE.match(toks[i].text) for i in run):
            return True  # "Royal HaskoningDHV", "Stichting MensenWerk": a brand's spelling
        if _place_adjective(words[0], self.lex):
            return True  # "Meppeler Stadsdagen", "Drentse Aa": a place's adjective
        if any(w.rstrip(".") in _COMPANY_MARKERS for w in words):
            return True
        if ampersand and any(
            toks[i].gap == " & " and toks[i].low in ("zo", "co", "co.") for i in run
        ):
            return True  # "Visser Vis & Zo", "Bakker & Co": a firm
        if (
            len(words) == 2
            and self._trade_plural(words[0])
            and (
                not first.sentence_start
                or _LIST_NUMBER_BEFORE_RE.search(text, max(0, first.start - 6), first.start)
            )
        ):
            # "Natuurstenen Bosman": a firm's trade before its owner's name, also as an item
            # of a numbered list ("2. Oliebollen Henk")
            return True
        if words[-2] not in self.lex.common_first_names and (
            words[-1] in _SECTOR_TAILS
            or (
                run[0] > 0
                and toks[run[0] - 1].low in _SUPPLIER_PREPOSITIONS
                and self._sector_noun(toks[run[-1]])
            )
        ):
            # "Prins Tuinen", "Zomer Mode", "Hofman Verkeer": a surname and the firm's sector,
            # a capitalised noun where no name part can stand
            return True
        if words[-2] not in self.lex.common_first_names and self._trade_plural(words[-1]):
            # "Mulder Kozijnen", "Bos Evenementen": a firm named by its trade (but after a first
            # name the word is a surname: "Femke Bouwmeesters").
            return True
        if (
            len(words) == 2
            and words[1] in self.lex.places
            and words[1] not in self.lex.surnames
            and words[1] not in self.lex.first_names
            and self._unknown_word(words[0])
        ):
            # "Funrent Meppel", "Zorgkracht Meppel": a word no list knows (no name, no word of
            # the language: "Goedemorgen Lies") and a place that is nobody's name: a firm's
            # branch, not a person from there
            return True
        return any(self._company_word(w) for w in words)

    def _unknown_word(self, low: str) -> bool:
        lex = self.lex
        return not (
            low in lex.first_names
            or low in lex.surnames
            or low in lex.places
            or low in lex.dutch_words
            or low in lex.frequent_words
        )

    def _sector_noun(self, tok: _Tok) -> bool:
        """'Verkeer', 'Hout', 'Glas': a capitalised dictionary noun inside a sentence that no list
        knows as a name part, place or everyday word."""
        low = tok.low
        lex = self.lex
        return (
            not tok.sentence_start
            and len(low) >= 4
            and low.isalpha()
            and not (low.startswith("ge") and low.endswith(("en", "d", "t")))  # "Gevonden"
            and low in lex.dutch_words
            and low not in lex.frequent_words
            and low not in lex.surnames
            and low not in lex.first_names
            and low not in lex.places
            and low not in lex.not_names
            and low not in PARTICLES
            and street_suffix(low) is None
        )

    def _trade_plural(self, low: str) -> bool:
        """'kozijnen', 'evenementen', 'producties': a plural dictionary word closing a run of
        capitalised words names what a firm trades in; names, places and everyday words
        ("Groeten", "Maandag") do not."""
        lex = self.lex
        if (
            len(low) >= 10
            and low.endswith("en")
            and low not in lex.dutch_words
            and low not in lex.surnames
            and is_compound(low)
        ):
            # Round 25: "Verkeersmaterialen", "Gevelmaterialen": a compound no dictionary has
            # whose last part is a plural of one ("materialen")
            return any(
                low[k:] in lex.dutch_words and low[k:] not in lex.frequent_words
                for k in range(3, len(low) - 5)
            )
        return (
            len(low) >= 6
            and low.endswith(("en", "s"))
            and low in lex.dutch_words
            and low not in lex.frequent_words
            and low not in lex.surnames
            and low not in lex.first_names
            and low not in lex.places
            and low not in lex.not_names
            and has_singular(low)
        )

    def _business_compound(self, tok: _Tok) -> bool:
        """A compound of dictionary words that ends in a business's premises, inside a sentence:
        the business a capitalised name after it runs ("Olijfhuis", "Pannenkoekenhuis"); a
        role ("Projectleider", "Buurvrouw") or a first name ("Jantien") is no such word."""
        low = tok.low
        lex = self.lex
        return (
            not tok.sentence_start
            and len(low) > 5
            and low.endswith(_PREMISES_ENDINGS)
            and low not in lex.first_names
            and low not in lex.surnames
            and is_compound(low)
        )

    def _company_word(self, low: str) -> bool:
        """'Groenservice', 'Afvalbeheer': a word that only occurs in business names (memoised)."""
        known = self._company_cache.get(low)
        if known is None:
            known = _company_part(low) and low not in self.lex.surnames
            known = known and low not in self.lex.first_names
            if len(self._company_cache) < 100_000:
                self._company_cache[low] = known
        return known


# Separators between the fields of a list of someone's data: "Burak Er / 06 ... / ...".
_LIST_SEPARATORS = frozenset({"/", "|", "-", "(", ":", "–"})
_WORK_WORDS = words("""werkt werken werkte werkten werk werkzaam dienst stage solliciteert
    gesolliciteerd""")
# Words that open a message's address to someone ("beste Rixt, ...").
_SALUTATIONS = words("""beste lieve hoi hallo hai hey hi dag goedemorgen goedemiddag goedenavond
    moi moin moie""")
# Round 25: "I just moved to Meppel for work at Tendris": the employer, in English.
_WORK_WORDS_EN = words("work works worked working job")
_ROUTE_ENDINGS = ("route", "omleiding", "parcours")
_RESIDENTS = words("bewoners omwonenden buurtbewoners")
# Cheap gates of the rule: "werkt bij" (above), a route, residents, a traineeship.
# A practice's or a firm's form closing its name: "Kaya Advocatuur", "Mulder Notarissen".
_PRACTICE_WORDS = words("""advocatuur advocaten notarissen notariaat accountants makelaardij
    makelaars administratie""")
# Sectors closing a firm's name after its owner's surname, also where they are surnames.
_SECTOR_TAILS = words("tuinen mode fashion energie interieur interieurs keukens vloeren")
# Cheap gates: "in"/"uit" before a capital; a capitalised trade before "van" and a capital.
_SYSTEM_GATE_RE = re.compile(r"\b(?:in|uit)[ ][A-Z]")
_FIRM_OF_TRADE_GATE_RE = re.compile(
    r"\b(?:" + "|".join(w.capitalize() for w in sorted(_SECTOR_TAILS)) + r")[ ]van[ ][A-Z]"
)
_ASCII_FIRM_OF_TRADE_GATE_RE = ascii_twin(_FIRM_OF_TRADE_GATE_RE)


def _firm_of_trade_gate(text: str) -> re.Pattern[str]:
    return _ASCII_FIRM_OF_TRADE_GATE_RE if text.isascii() else _FIRM_OF_TRADE_GATE_RE


# Round speed47: what every match of the gate holds ("Tuinen van "), tested by str in C before
# the search (its leading \b gave the regex engine nothing to skip ahead with).
_FIRM_OF_TRADE_PARTS = tuple(f"{w.capitalize()} van " for w in sorted(_SECTOR_TAILS))


def _may_name_a_firm_of_trade(text: str) -> bool:
    """``_firm_of_trade_gate(text).search(text) is not None``, most texts answered in C."""
    return (
        holds_any(text, _FIRM_OF_TRADE_PARTS) and _firm_of_trade_gate(text).search(text) is not None
    )


# "... van Tuinen van Tim": a name ending in "van" and a trade that opens a firm's name.
_FIRM_OF_TRADE_TAIL_RE = re.compile(
    r"[ ]+van[ ]+(" + "|".join(w.capitalize() for w in sorted(_SECTOR_TAILS)) + r")$"
)


def _without_firm_of_trade(text: str, span: Span) -> Span:
    """'Tim van Tuinen van Tim' -> 'Tim': the person from the firm named for its trade."""
    if not text.startswith(" van ", span.end):
        return span
    match = _FIRM_OF_TRADE_TAIL_RE.search(text, span.start, span.end)
    if match is None:
        return span
    return Span(span.start, match.start(), span.label)


# Roles only firms have: the capitalised words right after one name the firm.
_FIRM_ROLES = words("""ontwikkelaar projectontwikkelaar exploitant netbeheerder energieleverancier
    leverancier vervoerder aanbieder uitgever verhuurbedrijf""")
_PLACE_RUN_CUES = (
    "ontwikkelaar",
    "exploitant",
    "netbeheerder",
    "leverancier",
    "vervoerder",
    "aanbieder",
    "uitgever",
    "verhuurbedrijf",
    "route",
    "omleiding",
    "parcours",
    "bewoners",
    "omwonenden",
    "stage bij",
    "sollicit",
)
_COMPASS_WORDS = words("noord oost zuid west")
# Premises a business is run from, ending a compound: "Olijfhuis", "Pannenkoekenhuis",
# "Broodjeszaak", "Viskraam", "Fietsenshop": the capitalised name after one is its owner's.
_PREMISES_ENDINGS = (
    "huis", "huisje", "keuken", "kraam", "kraampje", "hoek", "zaak", "zaakje", "shop", "studio",
    "atelier", "bar", "deli", "paleis", "tent", "kelder", "hal", "handel", "boetiek",
)  # fmt: skip
# Endings of the first word of a run named after its owner: a possessive or a premises word.
_OWNER_ENDINGS = ("'s", *_PREMISES_ENDINGS)


# Business words after a lower-case surname: "smit bouw", "jansen installatie".
_CAPITAL_PARTICLES = frozenset({"Van", "De", "Ter", "Ten", "Den", "Von"})
# Round 39: an initial, then a capitalised pronoun, possessive or article alone: "A. Zijn".
_INITIAL_AND_PRONOUN_RE = re.compile(
    r"[A-Z]\.[ ]+(?:Zijn|Z'n|Het|De|Een|Mijn|M'n|Ons|Onze|Hun|Die|Dat|Dit|Deze|Er|Ik|Je|Jij|"
    r"Hij|Zij|Ze|We|Wij|Jullie|Daar|Dan|Toen|Nu|Maar|En|Ook|Wel|Niet|Geen)"
)
# Round 39: what closes a family firm's name after "&" or "en": "& Zn", "& Zonen", "en Co".
_FAMILY_FIRM_TAILS = words("zn zonen zoon co dochters dochter partners")


def _chat_zn(text: str, tok: _Tok) -> bool:
    """A lower-case "zn" with no full stop is chat for "z'n" ("Piet Stuivenberg zn caravan"),
    not a family firm's "Zn." ("Jansen & Zn", "Kamp zn.")."""
    return tok.text == "zn" and not text.startswith(".", tok.end)


_LOWER_FIRM_TAILS = words("""bouw installatie installaties transport techniek advies verhuur
    catering schilders loodgieters hoveniers schoonmaak bouwbedrijf installatiebedrijf
    schildersbedrijf klussenbedrijf dakdekkers stukadoors timmerwerken grondwerken""")
# "[a-z] (?:tails)\b", opened at the space (a literal the regex engine finds in C) rather than
# at every lower-case letter; only whether it occurs is asked.
_LOWER_FIRM_RE = re.compile(
    r" (?<=[a-z] )(?:" + "|".join(sorted(_LOWER_FIRM_TAILS, key=len, reverse=True)) + r")\b"
)
# Weather words that are also surnames: "Wij hebben Storm gehad", "veel Regen".
_WIND_VERBS = words("waaide waaiden waait blies blaast raasde raast woedde woedt")
_BLOWN_AFTER = words("de het een over door langs")
_WEATHER = words("storm regen wind hagel sneeuw onweer ijzel mist vorst")
_WEATHER_BEFORE = words("veel geen flinke zware harde wat de het een deze die zoveel")
_WEATHER_AFTER = words("gehad gekregen gehoord verwacht voorspeld op")


_CAPITAL_ARTICLES = frozenset({"De", "Het", "'t", "Den"})
# Gates: one search instead of a substring test per word (a test holds them to that plain form).
# Round perfdet2: the weather gate as substring tests, about half the instructions of a search
# for their alternation (test_fast_patterns holds it to that search).
_WEATHER_WORDS = tuple(sorted(_WEATHER))
_CAPITAL_ARTICLE_GATE_RE = re.compile("|".join(sorted(_CAPITAL_ARTICLES)))
# Boats are named: "de rondvaartboot Reestster", "het schip Hoop Doet Leven", "sloep Jantje".
_VESSEL_HEADS = ("boot", "schip", "sloep", "pont", "tjalk", "praam", "kotter", "botter", "jacht")
# "van Eteck Willemijn Hessels", "namens Ardexo Sandra de Boer": whom a person comes from.
_FROM_WORDS = words("van namens vanuit bij")
# "bij Hofman Verkeer", "van Dekker Transport": who one works at, buys from or is served by.
_SUPPLIER_PREPOSITIONS = words("bij van voor door via")
# German prepositions with an article, as in the names of kennels and stables ("vom Reestal")
_GERMAN_ARTICLES = words("vom zum zur")
# A capital inside a word after three lower-case letters: "MensenWerk", "HaskoningDHV"; names
# write their inner capitals early ("McDonald", "DeVries", "LeBlanc", "MacLeod").
_BRAND_CASE_RE = re.compile(r"[A-Z][a-zà-ÿ]{3,}[A-Z]")
# A capital inside a short word ("KiKa", "JoJo"), which no name has but after the prefixes
# that names keep ("McKay", "MacLeod", "DeVries", "LaToya", "DiCaprio", "O'Neill").
_SHORT_CAMEL_RE = re.compile(
    r"(?!Mc|Ma[cs]|D[eiau]|L[ae]|V[ao]n|Le|O')[A-Z][a-zà-ÿ]{1,2}[A-Z][a-zà-ÿ]+"
)
# Verbs of a journey, before "naar" and where it goes.
_TRAVEL_VERBS = words("""fietst fietste loopt liep wandelt wandelde rijdt reed vliegt vloog reist
    reisde pelgrimeert liftt liftte""")
# Animals whose name follows "heet": "de hond heet Bruno".
_ANIMALS = words("""hond hondje pup kat poes kater katje paard pony konijn cavia hamster vogel
    papegaai kip haan geit schaap koe ezel varken slang schildpad
    beest beestje dier diertje kalf stier eend gans""")  # (round 41: beest, dier ...)


_ANIMAL_PLURALS = words("""honden pups katten poezen katers paarden pony's ponys konijnen cavia's
    hamsters vogels papegaaien kippen hanen geiten schapen koeien ezels varkens slangen
    beesten beestjes dieren diertjes kalveren stieren eenden ganzen""")
_ANIMAL_NAMING = words("heet heten heette heetten genaamd")
_NAME_LIST_JOINS = frozenset({"en", "&", ","})


_NAME_OWNERS = words("mijn m'n zijn z'n haar d'r hun")


def _told_as_name(toks: list[_Tok], k: int) -> bool:
    """'Wil is mijn achternaam', 'zijn roepnaam is Kaas': a word said to be someone's name."""
    if (
        k + 3 < len(toks)
        and toks[k + 1].low in _COPULAS
        and toks[k + 2].low in _NAME_OWNERS
        and toks[k + 3].low in _NAMING_WORDS
    ):
        return True
    return (
        k >= 3
        and toks[k - 1].low in _COPULAS
        and toks[k - 2].low in _NAMING_WORDS
        and toks[k - 3].low in _NAME_OWNERS
    )


def _crossing_tokens(toks: list[_Tok]) -> set[int]:
    """'Hoogeveenseweg/Blankenstein', 'hoek Kerkstraat / Molenwijk': a crossing of two streets
    is written with a slash; a capitalised word after a street and a slash is a street ("Jan
    Bakker / Kerkstraat 12" is a list of a name and an address)."""
    out = set()
    for k in range(1, len(toks)):
        if toks[k].gap.strip() != "/" or not (toks[k].cap and toks[k - 1].cap):
            continue
        if _is_street_word(toks[k - 1].low):
            out.add(k)
    return out


def _animal_name_tokens(toks: list[_Tok]) -> set[int]:
    """'de hond heet Bruno', 'de paarden heten Max en Flora', 'twee geiten genaamd Bep, Toos en
    Saar': the capitalised words named after an animal (within a few words) are its names."""
    out: set[int] = set()
    for k in range(1, len(toks)):
        if toks[k].low not in _ANIMAL_NAMING:
            continue
        if (
            toks[k - 1].cap
            and k + 1 < len(toks)
            and toks[k + 1].low in ("hij", "ze", "zij", "het")
            and any(
                toks[j].low in _ANIMALS or toks[j].low in _ANIMAL_PLURALS
                for j in range(max(0, k - 8), k - 1)
            )
        ):
            # Round 47: "mijn hond is dood, Bakker heette hij": the name said before the verb
            out.add(k - 1)
            continue
        # the animal is who is named, not whose ("de eigenaar van de honden heet Kees Bakker")
        # Round 36: nor a person named in a clause after it ("de hond, mijn man heet Serkan")
        if not any(
            (toks[j].low in _ANIMALS or toks[j].low in _ANIMAL_PLURALS)
            and not any(toks[h].low == "van" for h in range(max(0, j - 2), j))
            and not any(
                toks[h].low in _KIN_WORDS or toks[h].gap.strip(" ") in (",", ".", ";", "!", "?")
                for h in range(j + 1, k + 1)
            )
            for j in range(max(0, k - 4), k)
        ):
            continue
        i = k + 1
        while i < len(toks) and toks[i].low in _NAMING_ADVERBS:
            i += 1  # "de geit heet trouwens Bertha"
        while i < len(toks) and toks[i].cap:
            out.add(i)
            joined = i + 1 < len(toks) and (
                toks[i + 1].low in _NAME_LIST_JOINS
                or (toks[i + 1].gap.strip() == "," and toks[i + 1].cap)
            )
            if not joined:
                break
            i += 1 if toks[i + 1].cap else 2
    return out


_NAMING_ADVERBS = words("trouwens eigenlijk echt gewoon ook nu officieel")


def _surname_letter_after(toks: list[_Tok], i: int) -> bool:
    """Whether a lone capital letter after the first name at ``i`` closes the name, as the
    initial of the surname ("Daan, Milan K, Bilal", "met Joris V en Sem")."""
    k = i + 1
    if k >= len(toks) or toks[k].gap != " " or len(toks[k].text) != 1 or not toks[k].cap:
        return False
    if k + 1 == len(toks):
        return True  # the end of the message
    return _LETTER_CLOSES_RE.match(toks[k + 1].gap) is not None or (
        toks[k + 1].low == "en" and toks[k + 1].gap == " "
    )


# What may follow a surname's initial: a comma, a bracket or a line's end closing the name.
_LETTER_CLOSES_RE = re.compile(r"[.]?[ ]*[,;)]|[ ]*\n")


_PET_IS_VERBS = words("is was heet heette")
_PET_IS_OWNERS = words("de het onze ons mijn m'n zijn z'n haar hun jullie")
# Cheap gate (on the lower-cased text): a copula or naming verb, an article or a possessive and
# an animal.
_PET_IS_GATE_RE = re.compile(
    r"[ ](?:is|was|heet|heette)[ ][a-z']+[ ](?:hond|hondje|pup|kat|poes|kater|katje|paard|pony|"
    r"konijn|cavia|hamster|vogel|papegaai|kip|haan|geit|schaap|ezel|varken|schildpad)\b"
)


def _pet_is_tokens(toks: list[_Tok]) -> set[int]:
    """Round 36: 'Pietje heette de kat', 'Boris is de hond, mijn man heet ...': a capitalised word
    said to be the animal, which closes the clause, is its name; so is that word elsewhere in
    the message ("Boris 😂 nee, Boris is de hond"). Not "Kees is de hond kwijt", "Kees was de
    hond aan het uitlaten": there the animal does not close the clause."""
    names: set[str] = set()
    said: set[int] = set()
    for k in range(1, len(toks) - 2):
        if (
            toks[k].low in _PET_IS_VERBS
            and toks[k - 1].cap
            and toks[k + 1].low in _PET_IS_OWNERS
            and toks[k + 2].low in _ANIMALS
            # (review46: not "Marieke heet de Vogel", "zij heet De Haan": a surname)
            and not toks[k + 2].cap
            and not toks[k + 1].cap
            and (k + 3 == len(toks) or toks[k + 3].gap.strip(" ")[:1] in (",", ".", ";", "!", "?"))
            and (k < 2 or not toks[k - 2].cap or toks[k - 1].gap.strip(" "))
        ):
            names.add(toks[k - 1].text)
            said.add(k - 1)
    # (round 37: not that word opening a full name elsewhere: "Bram is de hond, Bram Jansen
    # belt morgen" - a person named like the animal)
    return {
        i
        for i, tok in enumerate(toks)
        if tok.text in names
        and (
            i in said
            or i + 1 == len(toks)
            or not (
                toks[i + 1].cap and toks[i + 1].gap == " " and toks[i + 1].low not in _PET_IS_VERBS
            )
        )
    }


def _pet_name_tokens(toks: list[_Tok]) -> set[int]:
    """'onze hond Bram vond het', 'de kat Tijger is terug': the capitalised word right after a
    possessive or article and an animal is the animal's name (not "de hond van Bram")."""
    out: set[int] = set()
    for k in range(len(toks) - 1):
        if (
            toks[k].low in _ANIMALS
            # "blind. hond Sam. woont ...": the animal opening a sentence of notes, too
            and (toks[k].sentence_start or (k > 0 and toks[k - 1].low in _PET_OWNERS))
            and (k == 0 or toks[k].gap == " " or toks[k].sentence_start)
            and toks[k + 1].gap == " "
            and toks[k + 1].cap
        ):
            out.add(k + 1)
    return out


# A cemetery's parts, and what is done or lies "op" one.
_CEMETERY_PARTS = words("""begraafplaats kerkhof natuurbegraafplaats gedenkpark crematorium
    columbarium urnenmuur urnentuin strooiveld grafveld""")
_BURIALS = words("""begrafenis begrafenissen begraven bijgezet graf graven grafrechten grafvak
    grafmonument ruiming""")


def _cemetery_gate(low: str) -> bool:
    """Cheap gate on the lower-cased text (an "or" of substring tests runs in C): one of these
    is in every word above ("begra" in begraafplaats, begrafenis, begraven)."""
    return (
        "begra" in low
        or "graf" in low
        or "kerkhof" in low
        or "urnen" in low
        or "bijgezet" in low
        or "ruiming" in low
        or "gedenkpark" in low
        or "crematorium" in low
        or "columbarium" in low
        or "strooiveld" in low
    )


# Genera of the trees and shrubs a municipality plants: the quoted word after one is a
# cultivar ("Ulmus 'Columella'", "Prunus 'Amanogawa'", "Tilia 'Greenspire'"), no nickname.
_PLANT_GENERA = words("""ulmus tilia acer quercus prunus malus pyrus fraxinus platanus betula
    carpinus fagus sorbus aesculus alnus populus salix gleditsia liquidambar crataegus corylus
    robinia magnolia ginkgo pinus taxus catalpa cornus amelanchier zelkova celtis parrotia
    liriodendron sophora styphnolobium metasequoia koelreuteria ilex buxus hydrangea rosa
    syringa viburnum lavandula""")


def _cultivar_tokens(toks: list[_Tok]) -> set[int]:
    """The words in quotes right after a plant's genus: its cultivar's name."""
    out: set[int] = set()
    for k in range(len(toks) - 1):
        if toks[k].low not in _PLANT_GENERA or toks[k + 1].gap not in (" '", ' "'):
            continue
        i = k + 1
        while i < len(toks) and i <= k + 3:
            out.add(i)
            if i + 1 >= len(toks) or toks[i + 1].gap != " ":
                break
            i += 1
    return out


_LOW = attrgetter("low")
_LATIN_ENDINGS = ("a", "e", "us", "um", "is", "ii", "ens", "or", "ix")


def _genus_tokens(toks: list[_Tok], lex: Lexicon) -> set[int]:
    """Round 24: a plant's genus before its cultivar in quotes ("Rosa 'Bonica'") or its
    species, a lower-case Latin word ("Tilia cordata", "Acer campestre"): no person."""
    out: set[int] = set()
    if _PLANT_GENERA.isdisjoint(map(_LOW, toks)):
        return out  # most messages name no genus (the test in C, over the words' lower case)
    for k in range(len(toks) - 1):
        tok = toks[k]
        if not tok.cap or tok.low not in _PLANT_GENERA:
            continue
        after = toks[k + 1]
        if after.gap in (" '", ' "') or (
            after.gap == " "
            and after.text.islower()
            and after.low.endswith(_LATIN_ENDINGS)
            and after.low not in lex.dutch_words
            and after.low not in lex.frequent_words
        ):
            out.add(k)
    return out


# Animals' emoji: "Boris en Lola 🐶🐶", "Minoes 🐱".
_ANIMAL_EMOJI = "🐶🐕🐩🐱🐈🐴🐎🐰🐇🐹🐭🐦🦜🐢🐍🐷🐐🐑🐄"
_ANIMAL_EMOJI_GATE_RE = re.compile(f"[{_ANIMAL_EMOJI}]")


def _emoji_pet_tokens(toks: list[_Tok], text: str) -> set[int]:
    """'2. Boris en Lola 🐶🐶': capitalised words right before an animal's emoji (and those
    listed with them) are the animals' names."""
    out: set[int] = set()
    for k, tok in enumerate(toks):
        after = text[tok.end : tok.end + 3].lstrip(" ")
        if not tok.cap or not after or after[0] not in _ANIMAL_EMOJI:
            continue
        if k > 0 and tok.gap == " " and toks[k - 1].cap:
            continue  # "Jan Bakker 🐶": a person's surname, whatever the emoji
        out.add(k)
        i = k
        # back over "Boris en", "Max, Bello en": the list the emoji closes
        while (
            i >= 2
            and toks[i].gap in (" ", ", ")
            and (toks[i - 1].low in _NAME_LIST_JOINS and toks[i - 2].cap)
        ):
            out.add(i - 2)
            i -= 2
        while i >= 1 and toks[i].gap == ", " and toks[i - 1].cap:
            out.add(i - 1)
            i -= 1
    return out


_ANIMAL_OPENINGS = ("hond ", "kat ", "poes ", "hondje ", "kater ", "paard ")
_PET_OWNERS = words("onze ons mijn m'n zijn z'n haar hun jullie de het die")
# Cheap gate (on the lower-cased text): an animal as a word of its own.
_PET_GATE_RE = re.compile(
    r"[ ](?:hond|hondje|pup|kat|poes|kater|katje|paard|pony|konijn|cavia|hamster|vogel|papegaai|"
    r"kip|haan|geit|schaap|koe|ezel|varken|slang|schildpad)[ ]"
)

_DWELLING_WORDS = words("house houses home homes huis huisje huisjes woning woningen")


# Round 44: a shop or other premises named after its owner ("Bakkerij Jan de Groot", "Kapsalon
# Anna van Dijk"; not "Budgetbeheer Robin de Jonge", a service one person runs).
_PREMISES_WORD_RE = re.compile(
    r"\w*(?:erij|winkel|zaak|kraam|bar|salon|garage|caf[eé]|restaurant|hotel|lunchroom)"
)
# First names that are English adjectives: "tiny forest", "Sunny Side", "lucky dip".
_ENGLISH_ADJECTIVE_NAMES = words("tiny sunny lucky")


def _english_adjective_tokens(toks: list[_Tok], lex: Lexicon) -> set[int]:
    """'de tiny houses', 'Tiny House Meppel', 'een tiny forest' (Round 44): an English adjective
    before a noun, though Tiny is a first name: a dwelling's word, or in the adjective's case a
    word no name list holds ("Tiny Bakker" stays a person)."""
    out = set()
    for i in range(len(toks) - 1):
        tok, nxt = toks[i], toks[i + 1]
        if tok.low not in _ENGLISH_ADJECTIVE_NAMES or nxt.gap != " ":
            continue
        if nxt.low in _DWELLING_WORDS or (
            nxt.low.isalpha()
            and nxt.text[:1].isupper() == tok.text[:1].isupper()
            and nxt.low not in lex.surnames
            and nxt.low not in lex.first_names
            and nxt.low not in lex.dutch_words  # ("ik bel tiny om 4 uur": her)
            and nxt.low not in lex.frequent_words
        ):
            out.add(i)
    return out


def _location_name_tokens(toks: list[_Tok], lex: Lexicon) -> set[int]:
    """'speeltuin Wilhelminapark', 'camperplaats Stouwe': a capitalised word right after a kind
    of place in lower case is that place's name, wherever the phrase stands; a first name a
    list knows opens a person's name there ("Live locatie Tomasz Spijker deelt ...")."""
    # One pass over the tokens (the tokenizer's output for every message): each rule below
    # looks at a token and the one before it.
    out: set[int] = set()
    first_names, places = lex.first_names, lex.places
    for i, tok in enumerate(toks):
        if not tok.cap and tok.gap not in _OPENING_QUOTES:
            continue  # most tokens: a lower-case word no quote opens, which no rule takes
        prev = toks[i - 1] if i else None
        if prev is None:
            pass
        elif tok.gap in _OPENING_QUOTES and (
            prev.low in _KIND_NOUNS or prev.low.endswith(_VESSEL_HEADS)
        ):
            # 'het vrachtschip "Johanna W"', "de app 'Buiten Beter'": the quoted name of the
            # boat, place or system just named by its kind
            k = i
            while k < len(toks) and k - i < 4 and (k == i or not _closes_quote(toks[k].gap)):
                out.add(k)
                k += 1
        elif tok.cap:
            low = tok.low
            if (
                prev.low in _LOCATION_NOUNS
                and tok.gap == " "
                and not prev.cap
                and not (low in first_names and low not in places)
            ):
                out.add(i)
            if low.endswith(_INHABITANT_ENDINGS) and _inhabitant(low, lex):
                out.add(i)  # "Je bent Meppeler als ...", "de Zwollenaar": someone from a place
            # Round 29: "de wip bij de Merel", "de glijbaan van de Linde": a first name that is
            # also a noun of the language and no surname, after "de" inside a sentence, is what
            # a playground, a building or a flat is called (a person takes no article)
            if (
                prev.text == "de"
                and tok.gap == " "
                and i >= 2
                and not toks[i - 2].cap
                and not (toks[i - 2].low == "van" and i >= 3 and toks[i - 3].cap)
                and low in first_names
                and low in lex.dutch_words
                and low not in lex.surnames
                and (i + 1 >= len(toks) or not toks[i + 1].cap)
            ):
                out.add(i)
        # "kraam op Markt", "Groenmarkt ipv Markt": a town's square or quay called by its kind
        # alone, capitalised, is that place; not after a title, particle or name ("mevrouw
        # Markt").
        if (
            tok.cap
            and tok.low in _TOWN_PLACE_KINDS
            and (i + 1 >= len(toks) or not toks[i + 1].cap or toks[i + 1].gap != " ")
            and (
                prev is None
                or (
                    not prev.cap
                    and prev.low.rstrip(".") not in TITLES
                    and prev.low not in PARTICLES
                )
            )
        ):
            out.add(i)
    return out


# A lower-case compound ending in "nr" (its "-nummer" cut short): "zaaknr", "dossiernr."
_NUMBER_ABBREVIATION_RE = re.compile(r"[a-z]{2,}nr\.?")
# A square, quay or canal a town names by its kind alone ("de Markt", "Kade", "Singel"); not
# the kinds that are everyday surnames too ("Brink", "Haven", "Dijk").
_TOWN_PLACE_KINDS = words("markt plein kade singel gracht")


_OPENING_QUOTES = frozenset({' "', " '"})
# After a one-word name in a system or place: its end, or a department in it ("Tim Belastingen").
_SYSTEM_NAME_ENDS = frozenset({"", ".", ",", "?", "!", ")", ":", ";"})
_POSSESSIVES_AFTER = words("zijn z'n haar d'r hun")


def _system_name_tokens(toks: list[_Tok], lex: Lexicon) -> set[int]:
    """'zit al in Tim', 'brief uit Tim', 'zet het in Tim Belastingen': a capitalised word alone
    after "in" or "uit" is a system, a file or a place, not a person (who is "bij" or "van"
    someone); not before a surname or a possessive ("in Tim zijn auto")."""
    out = set()
    for i in range(1, len(toks)):
        tok = toks[i]
        if not (tok.cap and tok.gap == " " and toks[i - 1].low in ("in", "uit")):
            continue
        if i + 1 < len(toks):
            nxt = toks[i + 1]
            end = nxt.gap.strip()[:1]
            if end not in _SYSTEM_NAME_ENDS:
                continue
            if not end and (
                nxt.low in _POSSESSIVES_AFTER
                or (nxt.cap and (nxt.low in lex.surnames or nxt.low not in lex.dutch_words))
            ):
                continue
            if not end and nxt.cap:
                out.add(i + 1)
        out.add(i)
    return out


def _closes_quote(gap: str) -> bool:
    return '"' in gap or "'" in gap


_INHABITANT_ENDINGS = ("er", "ers", "naar", "naars", "naren")


def _inhabitant(low: str, lex: Lexicon) -> bool:
    """'meppeler', 'meppelers', 'zwollenaar': a word for someone from a place the list knows
    (not one a name list knows: "Wolder", "Dalenaar" could be surnames)."""
    if not low.endswith(_INHABITANT_ENDINGS) or len(low) < 6:
        return False
    if low in lex.surnames or low in lex.first_names:
        return False
    if low.endswith("naren"):
        stem = low[:-5]
    else:
        stem = low[:-1] if low.endswith("s") else low
        stem = stem[:-4] if stem.endswith("naar") else stem[:-2]
    # "hoogeveners": the long vowel of "Hoogeveen" written once before the ending
    stems = {stem, stem + "e"}
    if len(stem) >= 3 and stem[-2] in "aeou" and stem[-3] not in "aeiou":
        stems.add(stem[:-1] + stem[-2] + stem[-1])
    return any(s in lex.places for s in stems)


_NEXT_CAPITAL_WORD_RE = re.compile(r"[ ]([A-Z][a-zà-ÿ]{1,30})(?![\w-])")
_TITLE_BEFORE_RE = re.compile(r"(?:^|[^\w])(?:meneer|mevrouw|dhr|mevr|mw|de[ ]heer)\.?[ ]$", re.I)
# After a name: the hyphen and the next part of its surname ("Lange-Bos"), or a space and a
# surname of two capitalised parts ("Yvette Lange-Bos").
_DOUBLE_SURNAME_AFTER_RE = re.compile(
    r"(-[A-Z][a-zà-ÿ]{1,20}|[ ][A-Z][a-zà-ÿ]{1,20}-[A-Z][a-zà-ÿ]{1,20})(?![\w-])"
)


# "1. ", "2) ": the number of a list's item.
_LIST_NUMBER_BEFORE_RE = re.compile(r"(?:^|[\s,;])\d{1,2}[.)][ ]+$")
# An acronym glued to a word ("WDODelta", "ABNamro"); "IJsbrand" opens with the Dutch IJ.
_ACRONYM_WORD_RE = re.compile(r"(?!IJ[a-zà-ÿ])[A-Z]{2,}[a-zà-ÿ]")


def _place_adjective(low: str, lex: Lexicon) -> bool:
    """'meppeler', 'nijeveense': an adjective made of a place name."""
    if not low.endswith(("er", "se")):  # cheap gate: every ending below ends so
        return False
    return any(
        low.endswith(ending) and low[: -len(ending)] in lex.places
        for ending in ("er", "se", "erse")
    )


def _weather_tokens(toks: list[_Tok]) -> set[int]:
    """'Wij hebben Storm gehad': weather, not a person (a title or role word still makes it one)."""
    out = set()
    for i, tok in enumerate(toks):
        if tok.low not in _WEATHER:
            continue
        before = toks[i - 1].low if i > 0 else ""
        after = toks[i + 1].low if i + 1 < len(toks) else ""
        if tok.cap and (before.rstrip(".") in TITLES or before in _FAMILY_WORDS):
            # Round 38: "bij de familie Storm op ...", "meneer Regen op zolder": a family or a
            # titled person, whatever follows
            continue
        if before in _WEATHER_BEFORE or after in _WEATHER_AFTER:
            out.add(i)
    return out


# Frequent Dutch surnames after "de" that are everyday words: "femke de groot", "jan de jong".
_ADJECTIVE_SURNAMES = words(
    "klein kleine groot grote jonge lange zwart wit witte bruin rood blauw oude"
)
_DE_SURNAMES = words("groot jong jonge wit klein lange bruin zwart goede wilde")
# A lower-case resident named before their house number: "overlast bij vink op nummer 12",
# "naast van der haar op nr. 31" (not "het" before the word: "bij het hek op nummer 12").
_RESIDENT_AT_NUMBER_RE = re.compile(
    r"\b(?:bij|naast|tegenover|van|voor|achter)[ ]+"
    r"(?P<name>(?P<particles>(?:(?:van|de|der|den|ter|ten|in|'t)[ ]+){0,3})(?P<word>[a-z]{2,}))"
    r"[ ]+(?:op|van)[ ]+(?:nummer|nr\.?|huisnummer)[ ]?\d"
)
_ASCII_RESIDENT_AT_NUMBER_RE = ascii_twin(_RESIDENT_AT_NUMBER_RE)  # (round speed49)
# The capitalised word right after a span: "Meijeringstraat" after a known "Roelof".
_NEXT_WORD_RE = re.compile(r"[ ]([A-Z][\w-]+)")
_SURNAME_SAFE_STREET_SUFFIXES = (STRONG_STREET_SUFFIXES - {"dijk"}) | {"pad"}
# Endings of public places a name is coordinated with: streets, parks, squares, quays.
_PUBLIC_PLACE_SUFFIXES = STRONG_STREET_SUFFIXES | words("pad park plantsoen markt haven brug")
# Words that look like surnames in some list but in these chats are not.
# (before a person's name: "een bezwaar van", "namens", "samen met")
_NAME_SLOT_PREPOSITIONS = words("van namens door met voor bij aan over tegen zonder")
_NOT_SURNAMES = words("""gemeente meppel bsn iban kvk zaak melding factuur wethouder team afdeling whatsapp tel mail
    geb geboren adres postcode kenteken
    goedemorgen goedemiddag goedenavond goedenacht goeiemorgen goeiemiddag goeienavond""")


def _school_class(text: str, tok: _Tok) -> bool:
    """'groep 7' after a pupil's name is a class at school, not a firm's "Groep"."""
    return tok.low == "groep" and _CLASS_NUMBER_RE.match(text, tok.end) is not None


# The number of a class at primary school: "groep 7", "groep 1/2".
_CLASS_NUMBER_RE = re.compile(r"[ ]+[1-8](?:[ ]?/[ ]?[1-8])?(?!\d)")


# Heads of compounds naming a structure ("Reestbrug", "Wilhelminasluis", "Hesselingentoren"):
# no surname a list knows ends in one of these unless the list says so ("Oostenbrug",
# "Versluis"); endings that unlisted surnames often have (-kerk, -molen, -vaart) are left out.
# "provincie Drenthe", "waterschap Drents Overijsselse Delta": a public body and its area.
_BODY_KINDS = words("provincie gemeente waterschap regio veiligheidsregio politie brandweer ggd")
# "Sint Jozef", "St. Bavo", "Heilige Geest": a saint's name, which names a church or a home.
_SAINT_WORDS = words("sint st heilige")
_LANDMARK_HEADS = (
    "brug",
    "sluis",
    "toren",
    "gemaal",
    "kanaal",
    "viaduct",
    "tunnel",
    "rotonde",
    "kazerne",
    "haven",
    "stadion",
    "zwembad",
    "sporthal",
    # houses of worship and of learning: "Mariakerk", "Bonifatiuskapel", "Drukkerijmuseum"
    "kerk",
    "kapel",
    "basiliek",
    "kathedraal",
    "moskee",
    "synagoge",
    "museum",
    "bibliotheek",
)


@lru_cache(maxsize=50_000)
def _is_landmark_word(low: str) -> bool:
    """A compound naming a bridge, lock, tower and the like: a modifier of 3+ letters and a head."""
    return any(low.endswith(head) and len(low) >= len(head) + 3 for head in _LANDMARK_HEADS)


def _landmark_compound(low: str, lex: Lexicon) -> bool:
    """Round 39: "galgenbrug", "schutsluis": a word of four or more letters (or with a linking
    s, e or n) before a landmark's head ("Terbrug", "Vandersluis" are surnames)."""
    for head in _LANDMARK_HEADS:
        if low.endswith(head):
            modifier = low[: -len(head)]
            return len(modifier) >= 4 and (
                modifier in lex.dutch_words
                or (modifier[-1] in "sen" and modifier[:-1] in lex.dutch_words)
            )
    return False


@lru_cache(maxsize=50_000)
def _is_street_word(low: str) -> bool:
    """A word ending like a street ("...straat", "...laan"); "-veld", "-hof" also end surnames."""
    suffix = street_suffix(low)
    return suffix in _SURNAME_SAFE_STREET_SUFFIXES and len(low) > len(suffix) + 1


_LIST_ITEM_SPLIT_RE = re.compile(r"[ ]*(?:,|[ ]en[ ]|[ ]of[ ])[ ]*")


def _listed_with_streets(text: str, span: Span, lex: Lexicon) -> bool:
    """'route Stationsweg, Hoofdstraat, Markt': one capitalised word of the language in a list
    of which two other items are streets names a street or square too, not a person."""
    value = text[span.start : span.end]
    if " " in value or not value[:1].isupper():
        return False
    if value.lower() not in lex.dutch_words and value.lower() not in lex.places:
        return False
    separated = text.endswith((",", " en"), 0, span.start - 1) or text.startswith(
        (",", " en "), span.end
    )
    if not separated:
        return False  # cheap gate: no list separator right next to it
    before = _LIST_ITEM_SPLIT_RE.split(text[max(0, span.start - 60) : span.start])
    after = _LIST_ITEM_SPLIT_RE.split(text[span.end : span.end + 60])
    if len(before) < 2 and len(after) < 2:
        return False
    # the list items right next to it: the ones before (last first) and after
    near = [item.split()[-1] for item in before[-4:-1] if item.strip()]
    near += [item.split()[0] for item in after[1:4] if item.strip()]
    streets = sum(1 for word in near if _is_street_word(word.lower()))
    # Round 41: "Oosterboerweg, mevr Riet, Oosterboerweg 61": a title opens a person's item
    head = before[-1].split()
    if head and head[-1].lower().rstrip(".") in TITLES:
        return False
    return streets >= 2 and (before[-1].strip() == "" or after[0].strip() == "")


def _reported(toks: list[_Tok], k: int) -> bool:
    """A verb of saying or thinking at ``k``, or one word before a filler there: "zegt dat",
    "zeg maar dat", "denk wel dat"."""
    if toks[k].low in _REPORT_VERBS:
        return True
    return k > 0 and toks[k].low in _REPORT_FILLERS and toks[k - 1].low in _REPORT_VERBS


_REPORT_FILLERS = words("maar even wel toch ook echt")


def _next_to_number(toks: list[_Tok], i: int) -> bool:
    """True when a digit touches the word (month abbreviations: "15 jan", "jan 2024")."""
    tok = toks[i]
    before = tok.gap.strip()
    after = toks[i + 1].gap.strip() if i + 1 < len(toks) else ""
    return any(ch.isdigit() for ch in before[-3:] + after[:3])


# A further part of a surname right after a person's name: a capitalised word, or a single
# capital before one ("Rosita Kong A Sing", "Mehmet Ait Taleb", "Ingrid Wolf-Aroma"). The rules
# above take one surname word after a first name; a name of several parts would keep its tail
# readable. Shared by the text detector and the screenshot path (images.py).
_NAME_TAIL_RE = re.compile(
    r"[ ](?:([A-Z])[ ])?([A-Z][a-z\u00e0-\u00ff]+(?:-[A-Z][a-z\u00e0-\u00ff]+)?)"
)
_MAX_NAME_TAILS = 3
# Capitalised words that open the second part of an (eastern) Dutch surname ("Oude Luttikhuis",
# "Olde Monnikhof", "Kleine Koerkamp", "Groot Nibbelink") and are ordinary words on their own.
_SURNAME_PREFIXES = frozenset({"Oude", "Olde", "Klein", "Kleine", "Groot", "Grote"})
_SURNAME_PREFIX_ENDS = tuple(_SURNAME_PREFIXES)
_LAST_WORD_RE = re.compile(r"\w+$")


# Lower-case particles before a capitalised surname found alone: two of them are always a
# surname's ("bij van der Veen", "de tuin van de Wolde"); one after a preposition or a word for
# whose house it is ("langs bij van Dijk", "de verhuurder van Beek"), where "van" cannot mean
# "of" ("het antwoord van Bakker" keeps "van" out).
_PARTICLE_ENDS = (" van ", " der ", " den ", " de ", " 't ", " ter ", " ten ")
_PARTICLES_BEFORE_RE = re.compile(
    r"(?:(?<![\w'])(van[ ]+(?:der|den|de|'t))"
    r"|(?<![\w'])(?:bij|naar|met|aan|door|tegen|langs|huisbaas|huisbazin|verhuurder"
    r"|verhuurster|eigenaar|eigenaresse|aannemer)[ ]+(van|ter|ten))[ ]+$"
)


def name_tail_end(text: str, end: int, lex: Lexicon) -> int:
    """Where a person's name that ends at ``end`` ends when it is grown over the parts of a
    surname of several parts after it: words that are no ordinary word, place or street
    ("Kong A Sing" yes; "Anna Visser Maandag", "... Havelte", "... Kerkstraat" no)."""
    grown = end
    # Round 39: "dhr. A. Kleine Koerkamp": the name found so far ends in such a prefix
    if text.endswith(_SURNAME_PREFIX_ENDS, 0, end):
        after = _NAME_TAIL_RE.match(text, end)
        if (
            after is not None
            and not after.group(1)
            and _LAST_WORD_RE.search(text, max(0, end - 7), end).group() in _SURNAME_PREFIXES
            and _unlisted_word(after.group(2), lex)
            and _HOUSE_NUMBER_AFTER_RE.match(text, after.end()) is None
        ):
            grown = after.end()
    for _ in range(_MAX_NAME_TAILS):
        match = _NAME_TAIL_RE.match(text, grown)
        if match is None:
            break
        if match.group(2) in _SURNAME_PREFIXES and not match.group(1):
            # "Ewa Oude Luttikhuis", "Olde Rikkert": the prefix is an ordinary word, the
            # surname part after it is none.
            # ("Kleine Koerkamp": after the prefix a word shaped like a street's is the name's,
            # unless a house number follows)
            after = _NAME_TAIL_RE.match(text, match.end())
            if after is not None and (
                _unlisted_name_part(after.group(2), lex)
                or (
                    _unlisted_word(after.group(2), lex)
                    and _HOUSE_NUMBER_AFTER_RE.match(text, after.end()) is None
                )
            ):
                grown = after.end()
                continue
        if not _unlisted_name_part(match.group(2), lex):
            break
        grown = match.end()
    return grown


def _unlisted_word(word: str, lex: Lexicon) -> bool:
    """A word no dictionary, not-name or place list knows (a common surname may be a place)."""
    low = word.casefold()
    return not (
        low in lex.dutch_words
        or low in lex.frequent_words
        or low in lex.not_names
        or (low in lex.places and low not in lex.common_surnames)
    )


def _unlisted_name_part(word: str, lex: Lexicon) -> bool:
    return _unlisted_word(word, lex) and street_suffix(word.casefold()) is None


# A house number after a word: "Koerkamp 12" is a street's.
_HOUSE_NUMBER_AFTER_RE = re.compile(r"[ ]?\d")


# A reference code after a word: "-SP-55109", "-0142", "-MEP-0142".
_CODE = r"-(?:[A-Z]{1,5}-)*[A-Z]{0,5}\d"


# Letters no Unicode decomposition takes to ASCII.
_UNDECOMPOSED = str.maketrans(
    {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ı": "i", "đ": "d", "ß": "ss"}
)


def _ascii_folded(name: str) -> str:
    """'Zieliński' -> 'Zielinski', 'Çelik' -> 'Celik': a name as typed on a plain keyboard."""
    if name.isascii():
        return name
    decomposed = unicodedata.normalize("NFKD", name.translate(_UNDECOMPOSED))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class _KnownNames:
    """The chat's known persons: full names, first names and surnames alone, any case.

    A part that is also an ordinary word ("Mol", "Storm", "Roos") is matched only with its
    capital and only when the full name was given: "storm" in "de storm" stays.
    """

    def __init__(self, names: Iterable[str], lex: Lexicon) -> None:
        self.lex = lex
        names = tuple(names)
        phrases: set[str] = set()
        capitalised: set[str] = set()  # ordinary words that are this chat's names
        everyday: set[str] = set()  # surnames that are everyday words: "Klein", "Mooi"
        everyday_first: set[str] = set()  # first names among them: "Job", "Wil"
        bare_heads: set[str] = set()  # the word of a particled surname: "ruiter" of "de Ruiter"
        word_surnames: set[str] = set()  # surnames that are words: "koster" of "Dylan Koster"
        free: set[str] = set()  # surnames the chat shows as a person: "schaap", "ter brugge"
        contacted: set[str] = set()  # "de graaf" of "Anton de Graaf": a person only contacted
        # (each name's person parts once: the passes below read them four times; round speed54)
        parts_of = {raw: _person_parts(raw or "", lex) for raw in names}
        parts = [part for raw in names for part in parts_of[raw]]
        person_parts = tuple(parts)  # (as named, before the variants below)
        # "Zieliński" in the chat is "zielinski" when typed without its accents.
        parts += [folded for part in parts if (folded := _ascii_folded(part)) != part]
        # "Jolien Mulder-Schaap" is called "Schaap" or "Mulder" too: each half of a double
        # surname is her surname alone.
        parts += [
            f"{ws[0]} {half}"
            for part in parts
            for ws in [part.split()]
            if len(ws) == 2 and ws[0][:1].isupper() and ws[1].count("-") == 1
            for half in ws[1].split("-")
            if len(half) >= 3
            and half.isalpha()
            and half[0].isupper()
            # (Round 39: a place's name that is a listed surname too, "Pol" of "Pol-Vrieling")
            and (half.lower() not in lex.places or half.lower() in lex.common_surnames)
        ]
        # Round 27b: "Marloes de Vries-Kuipers" is "de Vries" (particles and the first half)
        # and "Kuipers" too.
        parts += [
            half
            for part in parts
            for ws in [part.split()]
            if len(ws) > 2
            and ws[0][:1].isupper()
            and ws[-1].count("-") == 1
            and all(w.lower() in PARTICLES for w in ws[1:-1])
            for first, second in [ws[-1].split("-")]
            if len(first) >= 3
            and len(second) >= 3
            and first.isalpha()
            and second.isalpha()
            and first[0].isupper()
            and second[0].isupper()
            for half in (f"{ws[0]} {' '.join(ws[1:-1])} {first}", f"{ws[0]} {second}")
        ]
        for name in parts:
            words = [w for w in _TOKEN_RE.findall(name) if w.lower().rstrip(".") not in TITLES]
            if not words:
                continue
            lows = [w.lower() for w in words]
            # A one-word name that is an everyday word ("Mama", "Buitendienst") is left out:
            # replacing it everywhere would black out ordinary text.
            if len(words) > 1 or (_name_like(lows[0], lex) and lows[0] not in lex.dutch_words):
                phrases.add(" ".join(lows))
            if len(words) > 2 and lows[1] not in PARTICLES and lows[2] not in PARTICLES:
                phrases.add(" ".join(lows[:2]))  # Round 47: "mei ling" of "Mei Ling Chen"
            if _name_like(lows[0], lex) and (
                lows[0] not in lex.dutch_words or lows[0] in lex.common_first_names
            ):
                phrases.add(lows[0])  # the first name alone ("jan", "roos": see find)
            elif _word_name(lows[0], lex) and (
                len(words) > 1 or lows[0] in lex.first_names or lows[0] in lex.surnames
            ):
                # "Bas Smid": "bas" is also a word, so "Bas" alone, or "bas" where a name goes.
                capitalised.add(words[0][:1].upper() + words[0][1:])
                if len(words) == 1 and lows[0] not in lex.first_names:
                    free.add(lows[0])  # "meneer Schaap": the chat's person, in lower case too
            elif (
                len(words) > 1
                and lows[0] in lex.first_names
                and len(lows[0]) >= 2
                and lows[0] in lex.frequent_words
                and lows[0] not in TITLES
            ):
                # "Job Koning", "Wil Bakker": a first name that is an everyday word is the
                # person only capitalised where a name goes ("Job belt", "heb Ben gevraagd").
                everyday.add(words[0][:1].upper() + words[0][1:])
                everyday_first.add(lows[0])
            if (
                len(words) > 1
                and words[0][:1].isupper()
                and lows[0] in lex.dutch_words
                and lows[0] not in lex.first_names
                and lows[0] not in lex.not_names
                and lows[0] not in lex.places
                and lows[0] not in TITLES
                and lows[0] not in PARTICLES
                and lows[0] not in _PARTICLE_OPENERS
                and len(lows[0]) > 2
                and lows[0] not in _ROLE_CUES
                and not is_firm_word(lows[0])
                and (lows[1] in PARTICLES or lows[-1] in lex.surnames)
            ):
                # "Kick van den Berg": a first name no list knows, which is also a word, is
                # that person in the chat where nothing makes it the word ("kick?", "Kick is 17")
                free.add(lows[0])
                free.add(words[0])
            lower_name = len(words) > 1 and all(w.islower() for w in words)
            if lower_name:
                # "hij heet mark de boer": a name written in lower case is written with capitals
                # elsewhere ("De Boer gebeld").
                words = [w if w in PARTICLES else w[:1].upper() + w[1:] for w in words]
            if len(words) > 1 and words[-1][0].isupper():
                start = 1
                while start < len(lows) - 1 and lows[start] not in PARTICLES:
                    start += 1
                surname = " ".join(lows[start:]) if start < len(lows) - 1 else lows[-1]
                particled = start < len(lows) - 1
                if _name_like(lows[-1], lex) and lows[-1] not in lex.dutch_words:
                    phrases.add(surname)
                    if len(words) > 2 and words[-2] in _SURNAME_PREFIXES:
                        phrases.add(" ".join(lows[-2:]))  # "Kleine Koerkamp" whole
                elif _word_name(lows[-1], lex) or (particled and _everyday_surname(lows[-1], lex)):
                    # "Ria Mol": "Mol" alone, capitalised, is her too ("mevrouw Mol", "Mol hier");
                    # "Karin de Groot": "de Groot", and "De Groot" opening a sentence.
                    if particled:
                        cased = " ".join(words[start:])
                        capitalised.add(cased)
                        capitalised.add(cased[:1].upper() + cased[1:])
                        if _word_name(lows[-1], lex):
                            bare_heads.add(lows[-1])
                        if lows[start] != "de" or lows[-1] not in lex.dutch_words:
                            free.add(surname)  # (not "de wolf": an article and a noun)
                        else:
                            contacted.add(surname)  # "de graaf al gesproken": see find
                    else:
                        capitalised.add(words[-1])
                        word_surnames.add(lows[-1])
                        free.add(lows[-1])
                elif start == len(lows) - 1 and _everyday_surname(lows[-1], lex):
                    # "Martijn Klein": "Klein" alone only with its capital where a name goes.
                    everyday.add(words[-1][:1].upper() + words[-1][1:])
        self.opening_words = frozenset(
            first for raw in names if (first := _word_first_name(raw or "", lex)) is not None
        )
        # Surnames the chat knows without particles: "Truus Bloemendaal" -> "bloemendaal".
        self.word_surnames = frozenset(word_surnames)
        self.plain_surnames = frozenset(
            w.lower()
            for raw in names
            for part in parts_of[raw]
            for ws in [part.split()]
            if len(ws) > 1 and not any(x.lower() in PARTICLES for x in ws)
            for w in ws[-1:]
        )
        capitalised -= {p for p in capitalised if p.lower() in phrases}
        # "Harry Kleine Koerkamp": a surname of two words, one of them no word, is found whole
        free -= phrases
        contacted -= phrases
        # (each pattern of the chat's names a WordAlternation: round speed51)
        self.contacted_pattern: WordAlternation | None = None
        if contacted:
            self.contacted_pattern = WordAlternation(
                r"\w@./'-",
                (spaced(p.split(" ")) for p in sorted(contacted, key=len, reverse=True)),
                r"(?![\w@/]|\.\w|-\w)",
            )
        self.free_pattern: WordAlternation | None = None
        if free:
            self.free_pattern = WordAlternation(
                r"\w@./'-",
                (spaced(p.split(" ")) for p in sorted(free, key=len, reverse=True)),
                r"(?![\w@/]|\.\w|-\w)",
            )
        everyday -= {p for p in everyday if p.lower() in phrases} | capitalised
        # "Jan Pieter Nijboer" is called "JP": the initials of two or more first names.
        initials = {i for raw in names if (i := _first_name_initials(raw or "", lex))}
        self.initials_pattern: WordAlternation | None = None
        if initials:
            self.initials_pattern = WordAlternation(
                r"\w@./-", sorted(initials, key=len, reverse=True), r"(?![\w@/-])"
            )
        self.everyday_first = frozenset(everyday_first)
        self.everyday_pattern: WordAlternation | None = None
        self.everyday_lower_pattern: WordAlternation | None = None
        if everyday:
            self.everyday_pattern = WordAlternation(
                r"\w@./",
                map(re.escape, sorted(everyday, key=len, reverse=True)),
                r"(?![\w@/]|\.\w)",
            )
            surnames = sorted({p.lower() for p in everyday} - everyday_first, key=len, reverse=True)
            if surnames:
                self.everyday_lower_pattern = WordAlternation(
                    r"\w@./", map(re.escape, surnames), r"(?![\w@/])"
                )
        # Round 48: the words of those surnames, in lower case, tested in C before the patterns
        # are searched again (_surnames_said_to_r48)
        self.said_to_words_r48 = tuple(
            sorted({p.split()[-1] for p in contacted} | {p.lower() for p in everyday})
        )
        # The first names of the chat's people, who may be addressed first ("Pim, ...").
        self.first_names = frozenset(
            w.lower()
            for raw in names
            for part in parts_of[raw]
            for ws in [part.split()]
            # "Archief Hennie" is Hennie: a participant called by a first name alone
            if len(ws) > 1
            or ws[0].lower() in lex.first_names
            # "Budgetcoach Jan-Willem": a double first name
            or all(p in lex.first_names for p in ws[0].lower().split("-"))
            for w in ws[:1]
        )
        # Round speed55: every clip _clipped_first_names may find, the first two to five letters
        # of a first name two or more letters longer (may_name_a_clip; five since review55b:
        # "Jacqu belt", _CLIPPED_DOER_RE's capital and up to four letters)
        self.clips = frozenset(
            first[:size]
            for first in self.first_names
            for size in (2, 3, 4, 5)
            if len(first) >= size + 2
        )
        # "jw," for Jan-Willem, "prisc," for Priscilla: the short forms colleagues are
        # addressed by at the start of a message.
        self.short_forms = (
            frozenset(
                "".join(part[:1] for part in first.split("-"))
                for first in self.first_names
                if "-" in first and all(first.split("-"))
            )
            | {
                # Round 33: "pj" for Pieterjan, "jw" for Janwillem: a double first name written as
                # one word
                short
                for first in self.first_names
                if (short := _joined_first_names_initials(first, lex)) is not None
            }
            | {
                # Round 27: "JA" of Johannes Albertus is no short form "Ja," (a reply's "yes")
                i.lower()
                for i in initials
                if i.lower() not in lex.frequent_words
            }
        )
        # Round 38: "mz," for Maaike Zuidema: the initials of a first name and a surname (its
        # word after any particles), no word themselves.
        self.name_initials = frozenset(
            short
            for raw in names
            for ws in [[w for w in (raw or "").split() if w.isalpha()]]
            if len(ws) >= 2 and ws[0].lower() in lex.first_names
            for short in [ws[0][0].lower() + ws[-1][0].lower()]
            if short not in lex.dutch_words and short not in lex.frequent_words
        )
        # Round 47: the initials of each person's first and last word ("jh" of Juni Hartman),
        # for a sign-off in capitals
        self.signing_initials = frozenset(
            (ws[0][0] + ws[-1][0]).lower()
            for part in person_parts
            for ws in [[w for w in part.split() if w[:1].isalpha()]]
            if len(ws) >= 2
        )
        # Every part of the chat's people's names, lower-cased: "wil" of Pieter Wil, "jw" of
        # Jan Willem Pauw (no particles).
        self.name_words = (
            self.first_names
            | self.short_forms
            | frozenset(
                w.lower()
                for raw in names
                for part in parts_of[raw]
                for w in part.split()
                if w.lower() not in PARTICLES and len(w) > 1
            )
        )
        # Round 42: the words of the chat's particled surnames ("wolf" of "de Wolf"), which "die"
        # may point at before where the person is from ("die wolf van het Plein")
        self.particled_heads = frozenset(
            ws[-1].lower()
            for part in parts
            for ws in [part.split()]
            if len(ws) > 1 and ws[-2].lower() in PARTICLES
        )
        self.bare_pattern: WordAlternation | None = None
        if bare_heads:
            self.bare_pattern = WordAlternation(
                r"\w@./'-",
                map(re.escape, sorted(bare_heads, key=len, reverse=True)),
                r"(?![\w@/]|\.\w)",
            )
        self.pattern: WordAlternation | None = None
        self.cap_pattern: WordAlternation | None = None
        self.lower_pattern: WordAlternation | None = None
        if phrases:
            alternatives = sorted(phrases, key=len, reverse=True)
            # (not "KIWA-SP-55109", "AED-0142": a reference code opened by the word)
            self.pattern = WordAlternation(
                r"\w@./",
                (spaced(p.split(" ")) for p in alternatives),
                rf"(?![\w@/]|\.\w|{_CODE})",
                re.I,
            )
        if capitalised:
            alternatives = sorted(capitalised, key=len, reverse=True)
            self.cap_pattern = WordAlternation(
                r"\w@./",
                (spaced(p.split(" ")) for p in alternatives),
                rf"(?![\w@/]|\.\w|{_CODE})",
            )
            self.lower_pattern = WordAlternation(
                r"\w@./",
                (spaced(p.lower().split(" ")) for p in alternatives),
                r"(?![\w@/]|\.\w)",
            )

    def _surnames_said_to_r48(self, text: str) -> list[Span]:
        """Round 48: the chat's surname that is a word ("klein", "de jong"), in lower case,
        where only a person goes: thanked at the close, addressed before ", jij ...", asked
        "wie ..." or signing, after "volgens" or a role ("de eigenaar de haan"), before a verb
        of contacting in the infinitive ("de wit doorsturen?")."""
        if not any(word in text for word in self.said_to_words_r48):
            return []
        out = []
        for pattern in (self.everyday_lower_pattern, self.contacted_pattern):
            if pattern is None:
                continue
            for m in pattern.finditer(text):
                start, end = m.start(), m.end()
                if not m.group().islower():
                    continue
                if (
                    (
                        _THANKED_BEFORE_RE.search(text, max(0, start - 16), start) is not None
                        and not any(c.isalnum() for c in text[end:])
                    )
                    or (
                        _ACKNOWLEDGED_BEFORE_RE.search(text, max(0, start - 16), start) is not None
                        and _YOU_AFTER_COMMA_RE.match(text, end) is not None
                    )
                    or (
                        _BARE_OPENING_RE.search(text, max(0, start - 3), start) is not None
                        and _ASKED_OR_SIGNS_AFTER_RE.match(text, end) is not None
                    )
                    or _SOURCE_OR_ROLE_BEFORE_RE.search(text, max(0, start - 24), start) is not None
                    or _CONTACT_INFINITIVE_AFTER_RE.match(text, end) is not None
                ):
                    out.append(Span(start, end, "PERSON"))
        return out

    def may_name_a_clip(self, text: str) -> bool:
        """False only where _clipped_first_names finds nothing in ``text`` (round speed55: its
        six patterns are searched in every short message of a chat, twice where the second pass
        examines it again). Each clip it finds is a whole run of two to five ASCII letters (after
        a space, a comma or the start; before a space, a comma, a mark or the end) whose lower
        case is in ``clips``: an ASCII text's runs are tested (outside ASCII, "[a-zA-Z]" ignoring
        case takes the Kelvin sign and the long s too)."""
        if not text.isascii():
            return True
        return not self.clips.isdisjoint(map(str.lower, _ASCII_LETTERS_RE.findall(text)))

    def _opening_name_before_topic(self, text: str, start: int, end: int) -> bool:
        """Round 24: a participant's lower-case first name opening the message before an
        article and a word ("henry de Ronde van Nijeveen ..."): the person addressed."""
        return (
            not text[:start].strip()
            and text[start:end].lower() in self.first_names
            and _ADDRESSED_ARTICLE_RE.match(text, end) is not None
        )

    def find(self, text: str) -> list[Span]:
        """Every mention of a known person's name; an ordinary word only where a name goes."""
        spans = []
        if self.pattern is not None:
            spans = [
                Span(m.start(), m.end(), "PERSON")
                for m in self.pattern.finditer(text)
                # (a window before the match: searching from the text's start each time is
                # quadratic in a long run of the chat's names)
                if not _STORM_BEFORE_RE.search(text, max(0, m.start() - 16), m.start())
                and not (
                    m.group().islower()
                    and m.group() in self.lex.dutch_words
                    and _ARTICLE_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())
                )
            ]
        if self.cap_pattern is not None:
            spans += [
                Span(m.start(), m.end(), "PERSON")
                for m in self.cap_pattern.finditer(text)
                if not _STORM_BEFORE_RE.search(text, max(0, m.start() - 16), m.start())
                and (
                    not _word_use(text, m.start(), m.end())
                    # "Kaan handhaving illegale bewoning": a participant's first name that is
                    # also a word, opening the message before its topic, addresses them
                    or (
                        not text[: m.start()].strip()
                        and m.group().lower() in self.first_names
                        and _ADDRESSED_TOPIC_RE.match(text, m.end()) is not None
                    )
                )
            ]
        if self.everyday_pattern is not None:
            spans += [
                Span(m.start(), m.end(), "PERSON")
                for m in self.everyday_pattern.finditer(text)
                if _everyday_name_slot(text, m.start(), m.end())
                # "Job, kun jij ...", "Wil heb je ...": a first name addressed at the start of
                # the message, before a comma or a question to them.
                or (
                    not text[: m.start()].strip()
                    and (text.startswith(",", m.end()) or _QUESTION_TO_YOU_RE.match(text, m.end()))
                    and m.group().lower() in self.everyday_first
                )
                # "Ook je telefoonnummer, Job?": addressed after a comma, closing the sentence
                or (
                    text.endswith(", ", 0, m.start())
                    and _CLOSING_MARK_RE.match(text, m.end()) is not None
                    and m.group().lower() in self.everyday_first
                )
                # Round 33: "is het toch die Ben?": the chat's person pointed at by "die",
                # closing the sentence with the name's capital
                or (
                    _POINTED_AT_BEFORE_RE.search(text, max(0, m.start() - 8), m.start()) is not None
                    and _CLOSING_MARK_RE.match(text, m.end()) is not None
                    and m.group().lower() in self.everyday_first
                )
                # Round 39: "Wil wie?", "Job wie? die nieuwe?": which of the people called so
                or (
                    m.group().lower() in self.everyday_first
                    and _WHO_ASKED_AFTER_RE.match(text, m.end()) is not None
                )
            ]
        if self.everyday_first and text.strip().lower() in self.everyday_first:
            # "job" as the whole message: the participant saying their name
            start = len(text) - len(text.lstrip())
            spans.append(Span(start, start + len(text.strip()), "PERSON"))
        elif len(text) < 16 and (alone := _WORD_ALONE_RE.fullmatch(text)) is not None:
            # Round 47: "Prisc 👋", "kev!": a chat's first name clipped, the whole message
            word = alone.group(1).lower()
            if word not in self.lex.dutch_words and self._clipped(word):
                spans.append(Span(alone.start(1), alone.end(1), "PERSON"))
        if self.lower_pattern is not None:
            opened = self._after_addressed_name(text)
            spans += [
                Span(m.start(), m.end(), "PERSON")
                for m in self.lower_pattern.finditer(text)
                # "schipper is Geert Schipper": the role, named by what follows
                if _ROLE_NAMED_AFTER_RE.match(text, m.end()) is None
                and (
                    _lower_name_slot(text, m.start(), m.end())
                    or _bare_name(text, m.start(), m.end())
                    # "Pim schaap stuurde ...": a participant addressed first, then the person.
                    or (m.start() == opened and _LOWER_AFTER_RE.match(text, m.end()) is not None)
                    # "schaap je bent geweldig": addressed first, before "you" and a verb
                    or (not text[: m.start()].strip() and _YOU_AFTER_RE.match(text, m.end()))
                    # "ok. visser jij regelt de zaal?": addressed opening a later sentence
                    or (
                        _BARE_OPENING_RE.search(text, max(0, m.start() - 3), m.start()) is not None
                        and _ADDRESSED_YOU_RE.match(text, m.end()) is not None
                    )
                    # "ik heb koster nog nooit gesproken", "ok keizer?": the chat's surname as a
                    # whole noun phrase, where the word would need an article
                    or (
                        m.group() in self.word_surnames
                        and _bare_surname(text, m.start(), m.end(), self.lex)
                    )
                    # "barend ontruimingsoefening ...": a participant's first name opening the
                    # message addresses that person
                    or (
                        not text[: m.start()].strip()
                        and m.group().lower() in self.first_names
                        and _ADDRESSED_TOPIC_RE.match(text, m.end()) is not None
                    )
                    or self._opening_name_before_topic(text, m.start(), m.end())
                    # Round 31b: "geen toezeggingen storm", "niks beloven roos": a participant's
                    # first name closing a negated instruction is whom it is said to
                    or (
                        m.group().lower() in self.first_names
                        and not text[m.end() :].strip(" .!?")
                        and _NEGATED_INSTRUCTION_BEFORE_RE.search(text, 0, m.start()) is not None
                    )
                    # Round 40: "welke bos? Ria Bos?": asking which person of that name
                    or _which_one_asked(text, m.start(), m.end())
                    or _pointed_at_person(
                        text,
                        m.start(),
                        m.end(),
                        pointed=m.group().lower() in self.particled_heads,
                    )
                    # Round 39: "zeg het maar lies", "komt goed hoor roos": a participant's first
                    # name closing the message after a particle only said to someone
                    or (
                        m.group().lower() in self.first_names
                        and not any(c.isalnum() for c in text[m.end() :])
                        and _VOCATIVE_PARTICLE_BEFORE_RE.search(
                            text, max(0, m.start() - 8), m.start()
                        )
                        is not None
                    )
                )
            ]
        if self.lower_pattern is not None and ". " in text:
            # "d. mol toch?": a lower-case initial before the chat's surname is that person
            for m in self.lower_pattern.finditer(text):
                initial = _LOWER_INITIAL_BEFORE_RE.search(text, max(0, m.start() - 3), m.start())
                if initial is not None:
                    spans.append(Span(initial.start(), m.end(), "PERSON"))
        if self.free_pattern is not None:
            # "meneer Schaap" ... "schaap die voert ganzen", "heb je kuiper zelf gesproken?": a
            # surname the chat shows as a person is that person in lower case too, wherever
            # nothing makes it a noun ("het schaap", "twee kuipers") or a role before a name.
            spans += [
                Span(m.start(), m.end(), "PERSON")
                for m in self.free_pattern.finditer(text)
                if _free_surname(text, m.start(), m.end())
                or _which_one_asked(text, m.start(), m.end())
            ]
        if self.contacted_pattern is not None:
            # "Anton de Graaf" ... "ik heb de graaf al eens gesproken": the chat's surname of
            # "de" and a word, in lower case, as whom someone called, spoke or saw.
            spans += [
                Span(m.start(), m.end(), "PERSON")
                for m in self.contacted_pattern.finditer(text)
                if _CONTACTED_AFTER_RE.match(text, m.end()) is not None
                # "de jonge ontvangt € 1.401": opening a sentence, before what a person does
                or (
                    _SENTENCE_START_RE.search(text, max(0, m.start() - 25), m.start()) is not None
                    and _LOWER_AFTER_RE.match(text, m.end()) is not None
                )
            ]
        if self.bare_pattern is not None:
            # "Bennie de Ruiter" ... "ruiter met een t?": the surname's head alone, bare.
            spans += [
                Span(m.start(), m.end(), "PERSON")
                for m in self.bare_pattern.finditer(text)
                if _ROLE_NAMED_AFTER_RE.match(text, m.end()) is None
                and (
                    _bare_name(text, m.start(), m.end())
                    # "dhr. de Wolf" ... "wolf wilde teruggebeld worden": opening a sentence,
                    # before what a person does
                    or (
                        _BARE_OPENING_RE.search(text, max(0, m.start() - 3), m.start()) is not None
                        and _LOWER_AFTER_RE.match(text, m.end()) is not None
                    )
                    or _pointed_at_person(text, m.start(), m.end(), pointed=True)
                )
            ]
        if self.everyday_lower_pattern is not None:
            # "klein zegt dat ...": opening a sentence before a verb people do, not before
            # its subject ("klein wil ik het niet maken": the word).
            spans += [
                Span(m.start(), m.end(), "PERSON")
                for m in self.everyday_lower_pattern.finditer(text)
                if (
                    _SENTENCE_START_RE.search(text, max(0, m.start() - 25), m.start())
                    and (after := _EVERYDAY_SPEAKER_RE.match(text, m.end())) is not None
                    and _SUBJECT_PRONOUN_RE.match(text, after.end()) is None
                )
                # Round 40: "welke groot? Anna Groot?": which one of them
                or _which_one_asked(text, m.start(), m.end())
                # "nee groot is gestopt": after an answer, someone who left
                or (
                    _ANSWER_OPENING_RE.fullmatch(text, 0, m.start()) is not None
                    and _LEFT_AFTER_RE.match(text, m.end()) is not None
                )
            ]
        if self.everyday_lower_pattern is not None or self.contacted_pattern is not None:
            spans += self._surnames_said_to_r48(text)
        if self.opening_words:
            first = _OPENING_CAPITAL_RE.match(text)
            if (
                first is not None
                and first.group(1) in self.opening_words
                and _ADDRESSED_TOPIC_RE.match(text, first.end(1)) is not None
            ):
                spans.append(Span(first.start(1), first.end(1), "PERSON"))
        if self.first_names:
            opening = self._addressed_opening(text)
            if opening is not None:
                spans.append(opening)
        if self.short_forms:
            # "GJ woont ernaast", "gj heeft een foto gestuurd": the initials of the chat's
            # double first name ("Gerrit-Jan") opening a sentence, before what a person does
            for m in _SHORT_FORM_OPENING_RE.finditer(text):
                if (
                    m.group(1).lower() in self.short_forms
                    and (
                        _LOWER_AFTER_RE.match(text, m.end(1)) is not None
                        # "jw geef jij het door?": asked to do something
                        or _ADDRESSED_YOU_RE.match(text, m.end(1)) is not None
                        # Round 33: "GJ planning van de kermis?": in capitals, opening the message
                        # before its topic, as a first name does
                        or (
                            m.group(1).isupper()
                            and not text[: m.start(1)].strip()
                            and (
                                _ADDRESSED_TOPIC_RE.match(text, m.end(1)) is not None
                                # Round 36: "GJ de aanvraag van ...": before an article and
                                # the topic's noun, too
                                or _ADDRESSED_ARTICLE_RE.match(text, m.end(1)) is not None
                            )
                        )
                    )
                ):
                    spans.append(Span(m.start(1), m.end(1), "PERSON"))
            # Round 36: "Hoi JW.", "Hallo GJ!": greeted by the initials of a double first name
            greeted = _GREETED_SHORT_FORM_RE.match(text)
            if greeted is not None and greeted.group(1).lower() in self.short_forms:
                spans.append(Span(greeted.start(1), greeted.end(1), "PERSON"))
        if self.name_initials:
            # Round 38: "mz, ik heb een probleem": the initials of a chat's person, in lower
            # case, opening the message before a comma or a colon
            opening = _INITIALS_OPENING_RE.match(text)
            if opening is not None and opening.group(1) in self.name_initials:
                spans.append(Span(opening.start(1), opening.end(1), "PERSON"))
        if len(text) < 80 and self.name_words:
            # "Ok wil 👍", "top ernst!", "Ok jw, ik zet hem erin": the chat's person thanked or
            # answered by a name part, closing the message or before a comma.
            ack = _ACKNOWLEDGED_RE.match(text)
            if ack is not None and (
                ack.group(1).lower() in self.name_words or self._clipped(ack.group(1).lower())
            ):
                spans.append(Span(ack.start(1), ack.end(1), "PERSON"))
            # Round 36: "ja joop.", "ok dan hendrik.", "ok riek dan.": a reply confirming which
            # of the chat's persons is meant, the name closing its first sentence
            confirmed = _CONFIRMED_NAME_RE.match(text)
            if confirmed is not None and (
                (
                    (word := confirmed.group(1).lower()) in self.name_words
                    and (word not in self.lex.frequent_words or word in self.first_names)
                )
                # a first name no frequent word, though the chat showed it alone
                or (
                    word in self.lex.first_names
                    and word not in self.lex.frequent_words
                    and word not in self.lex.not_names
                )
            ):
                spans.append(Span(confirmed.start(1), confirmed.end(1), "PERSON"))
            # "ok. prisc belt altijd laat": a clipped first name opening a sentence before
            # what a person does
            for m in _SENTENCE_OPENING_WORD_RE.finditer(text):
                word = m.group(1)
                if (
                    word not in self.first_names
                    and word not in self.lex.dutch_words
                    and self._clipped(word)
                    and _LOWER_AFTER_RE.match(text, m.end(1)) is not None
                ):
                    spans.append(Span(m.start(1), m.end(1), "PERSON"))
            # "prima. ik ben er ma t/m wo. groet wil": the chat's person signing off
            sign = _SIGNED_OFF_RE.search(text)
            if sign is not None and (
                sign.group(1).lower() in self.name_words or self._clipped(sign.group(1).lower())
            ):
                spans.append(Span(sign.start(1), sign.end(1), "PERSON"))
            # Round 47: "gr W.B.", "tot straks JH": the initials of a chat's person (first name
            # and surname) in capitals, signing off
            if (
                self.signing_initials
                # (a cheap test first: the pattern ends in a capital or a character no letter)
                and not (text[-1:].islower() or text[-1:].isdigit())
                and (initials := _INITIALS_SIGNED_OFF_RE.search(text)) is not None
                and initials.group(1).replace(".", "").lower() in self.signing_initials
            ):
                spans.append(Span(initials.start(1), initials.end(1), "PERSON"))
        if self.initials_pattern is not None:
            spans += [
                Span(m.start(), m.end(), "PERSON")
                for m in self.initials_pattern.finditer(text)
                if _INITIALS_AFTER_RE.match(text, m.end())
                and _INITIALS_BEFORE_RE.search(text, 0, m.start())
            ]
        return spans

    def _clipped(self, word: str) -> bool:
        """'piet' for Pieter, 'kev' for Kevin: the first letters of a chat's first name (two
        or more letters left off), no frequent word ("dan" of Daniël stays a word)."""
        return (
            len(word) >= 3
            and word.isalpha()
            and word not in self.lex.frequent_words
            and word not in self.lex.not_names
            and (word not in self.lex.dutch_words or word in self.lex.first_names)
            and any(len(f) >= len(word) + 2 and f.startswith(word) for f in self.first_names)
        )

    def _addressed_opening(self, text: str) -> Span | None:
        """The chat's person addressed first, in any case: "job, ...", "hoi wil, ...", a first
        name before a question word or "ik" ("job wie begeleidt?", "joost ik bel"), a short
        form before a comma ("prisc, ...", "jw, ...")."""
        found = self._addressed_with_comma(text)
        return found if found is not None else self._addressed_before_words(text)

    def _addressed_with_comma(self, text: str) -> Span | None:
        match = _ADDRESSED_OPENING_RE.match(text)
        if match is None:
            return None
        word = match.group(1).lower()
        comma = match.group(2) is not None
        if word in self.first_names or word in self.short_forms:
            if comma or word not in _VERB_LIKE_OPENINGS:
                return Span(match.start(1), match.end(1), "PERSON")
            return None
        if (
            comma
            and len(word) >= 4
            and word not in self.lex.frequent_words
            and any(len(f) > len(word) and f.startswith(word) for f in self.first_names)
        ):
            return Span(match.start(1), match.end(1), "PERSON")
        if (
            comma
            and len(word) == 3
            and word not in self.lex.frequent_words
            and word not in self.lex.first_names
            and (
                any(len(f) >= 6 and f.startswith(word) for f in self.first_names)
                # Round 44: "kev, ..." for Kevin, "eef, ..." for Evelien: no word of the
                # language, the first letters of a shorter name or spelled as said
                or (word not in self.lex.dutch_words and clips_a_first_name(word, self.first_names))
            )
        ):
            # Round 36: "nat, ..." for Natasja: three letters of a long first name, opening the
            # message before a comma
            return Span(match.start(1), match.end(1), "PERSON")
        return None

    def _addressed_before_words(self, text: str) -> Span | None:
        """'dj de riolering ...', 'ros de ontheffing ...', 'gb heb jij ...', 'can stuur maar': a
        lower-case form of a participant's first name opening the message with no comma (the
        name itself, the initials of a double first name, or its first letters), then "I",
        a question to "you" or an article opening the topic; a first name no word of the
        language is called so before any lower-case word."""
        match = _LOWER_OPENING_RE.match(text)
        if match is None:
            return self._capitalised_clip_opening(text)
        word, after, then = match.group(1), match.group(2), match.group(3)
        if word in _VERB_LIKE_OPENINGS or word in _PRONOUNS or word in PARTICLES:
            return None
        exact = word in self.first_names
        short = word in self.short_forms
        clipped = (
            not exact
            and not short
            and len(word) >= 3
            and word not in self.lex.frequent_words
            and word not in self.lex.not_names
            # (Round 44: a listed first name no word, "eef" of Evelien, too)
            and (word not in self.lex.first_names or word not in self.lex.dutch_words)
            and clips_a_first_name(word, self.first_names)
        )
        if (
            not (exact or short or clipped)
            and len(word) >= 3
            and "?" in text
            and word not in self.lex.frequent_words
            and word not in self.lex.not_names
            and _YOU_ASKED_RE.search(text) is not None
            and clips_a_first_name(word, self.first_names)
        ):
            # Round 47: "tes die klacht ..., ken jij de eigenaar?": the first letters of a
            # chat's first name, a word of the language too, before a question put to "jij"
            clipped = True
        if not (exact or short or clipped):
            return None
        addressed = after in ("ik", "we", "wij") or (
            then in ("je", "jij", "u") and after in _QUESTION_VERBS
        )
        if not addressed and after in _TOPIC_ARTICLES:
            addressed = short or clipped or word not in self.lex.dutch_words
        if not addressed and after == "er" and then in _THERE_IS_VERBS:
            addressed = short or clipped or word not in self.lex.dutch_words
        if not addressed and after in ("ps", "btw"):
            addressed = True  # Round 47: "juni ps ...": the chat's person, then an afterthought
        if not addressed and after in _TITLE_WORDS and then is not None and then[:1].isupper():
            # Round 39: "gon mevrouw Kovalenko belde", "dirk meneer Bos ...": before a title and
            # the name of whom the message is about
            addressed = True
        if not addressed and (exact or ((clipped or short) and word not in self.lex.dutch_words)):
            # "kev rijbewijs gestolen: ...", "prisc belt altijd laat": no word of the language
            addressed = (
                word not in self.lex.dutch_words
                and after not in _PRONOUNS
                and after not in _COPULAS
                and then is not None
            )
        if not addressed:
            return None
        return Span(match.start(1), match.end(1), "PERSON")

    def _capitalised_clip_opening(self, text: str) -> Span | None:
        """Round 44: "Sas de offerte ...", "Ber het rooster ...": a participant's clipped first
        name, capitalised, opening the message before an article and the topic (no word, place
        or name of its own)."""
        match = _CAPITALISED_CLIP_OPENING_RE.match(text)
        if match is None:
            return None
        word = match.group(1).lower()
        if (
            word in self.lex.dutch_words
            or word in self.lex.frequent_words
            or word in self.lex.not_names
            or word in self.lex.places
            or word in self.lex.first_names
            or word in self.lex.surnames
            or not clips_a_first_name(word, self.first_names)
        ):
            return None
        return Span(match.start(1), match.end(1), "PERSON")

    def _after_addressed_name(self, text: str) -> int:
        """Where the words after a known first name opening the message start ("Pim, ..."),
        or -1."""
        match = _OPENING_WORD_RE.match(text)
        if match is None or match.group(1).lower() not in self.first_names:
            return -1
        return match.end()


# A word opening the message (after a greeting), then a comma, or "ik"/"we" or a question
# word, which no noun opening a sentence is followed by: "job ik stuur ...", "jw wie belt?".
# Round 36: up to three words right before an e-mail address in brackets, the last one closing a
# name (the name part of the address is matched against them: _names_before_their_mail).
_NAME_BEFORE_MAIL_RE = re.compile(
    r"(?<![\w@.])(?P<name>(?:[^\W\d_][\w'’-]*[ ]){0,2}[^\W\d_][\w'’-]*)[ ]\([ ]?"
    r"(?P<local>[\w.+-]+)@"
)
# Round 36: "ja joop.", "ok dan hendrik.", "ok riek dan.": yes, then the name and a full stop.
_CONFIRMED_NAME_RE = re.compile(
    r"[ ]*(?:ja|jawel|jazeker|ok|oké|oke|okay|goed)[ ,]+(?:dan[ ]+)?([^\W\d_]{2,}(?:-[^\W\d_]+)?)"
    r"(?:[ ]+dan)?(?=[ ]*[.!?])",
    re.I,
)
# Round 36: a greeting, then initials in capitals closing the sentence ("Hoi JW.", "hallo GJ!").
_GREETED_SHORT_FORM_RE = re.compile(
    r"[ ]*(?i:hoi|hey|hee|hai|hallo|hi|goedemorgen|goedemiddag|goedenavond|dag|beste)[ ]+"
    r"([A-Z]{2,3})(?=[ ]*[.!,]|[ ]*\Z)"
)
_ADDRESSED_OPENING_RE = re.compile(
    r"[ ]*(?:(?:hoi|hey|hee|hai|hallo|ha|hi|morgen|goedemorgen|middag|goedemiddag)[ ,]+)?"
    r"([^\W\d_]{2,}(?:-[^\W\d_]+)?)(?:[ ]*(,)|[ ]+(?=(?:ik|we|wij|wie|wat|waar|wanneer|hoe|"
    r"waarom|welke)\b))",
    re.I,
)
_ACKNOWLEDGEMENTS = (
    r"ok|oké|oke|okay|okido|top|prima|super|thanks|thx|dank[ ]?je(?:[ ]?wel)?|bedankt|merci|"
    r"helder|duidelijk|klopt|fijn|mooi|perfect|gezien|genoteerd|"
    # Round 47: "doe ik wei", "regel ik, sas": a task taken on is an answer too
    r"doe[ ]ik|regel[ ]ik|check[ ]ik|bel[ ]ik"
)
# A contact participle after a few adverbs: "de graaf al eens gesproken", "de boer gebeld".
_CONTACTED_AFTER_RE = re.compile(
    r"(?:[ ]+(?:al|nog|ook|wel|even|zelf|gisteren|vandaag|eens|nooit|net|niet|toen|vaak))*[ ]+"
    r"(?:" + "|".join(sorted(_CONTACT_PARTICIPLES)) + r")\b"
)
_OBJECT_PRONOUN_AFTER_RE = re.compile(r"[ ]+(?:hem|haar|hen|het|ze)\b")
# Round 48: the words around a chat's surname said to or of its person (_surnames_said_to_r48).
_THANKED_BEFORE_RE = re.compile(
    r"\b(?:dank[ ]+je(?:wel)?|dank[ ]+u(?:wel)?|bedankt|thanks|thx|merci)[ ]*,?[ ]+$", re.I
)
_ACKNOWLEDGED_BEFORE_RE = re.compile(
    r"(?:^|[.!?][ ]+)(?:(?:haha|ok|oke|oké|okay|ja|nee|top|prima|goed|mooi|nou)[ ,]+){1,2}$", re.I
)
_YOU_AFTER_COMMA_RE = re.compile(r"[ ]*,[ ]*(?:jij|je|u)[ ]+[a-z]")
_ASKED_OR_SIGNS_AFTER_RE = re.compile(
    r"[ ]+(?:wie|wat|waar|wanneer|hoe|welke)[ ]+[a-z]"
    r"|[ ]+(?:tekent|ondertekent|tekende|parafeert|beslist|besliste)[ ]*[.!?]*[ ]*$"
)
_SOURCE_OR_ROLE_BEFORE_RE = re.compile(
    r"(?:\bvolgens|\b(?:de|het)[ ]+(?:eigenaar|eigenaresse|melder|aanvrager|huurder|verhuurder|"
    r"klager|bewoner|bewoonster|buurman|buurvrouw))[ ]+$"
)
_CONTACT_INFINITIVE_AFTER_RE = re.compile(
    r"(?:[ ]+(?:nog|even|ook|zelf|wel|maar|dan))*[ ]+(?:doorsturen|sturen|mailen|bellen|appen|"
    r"vragen|informeren|inlichten|spreken)\b"
)
# Where a sentence opens: the message's start or after a full stop, "!" or "?".
_BARE_OPENING_RE = re.compile(r"(?:^|[.!?][ ]+)$")
# Two or three letters opening a sentence, in one case: "GJ woont ...", "gj heeft ...".
_SHORT_FORM_OPENING_RE = re.compile(r"(?:^|[.!?:;][ ]+|\n)([A-Z]{2,3}|[a-z]{2,3})(?=[ ])")
# An acknowledgement opening the message, then one word that closes it or a comma after it
# (not another acknowledgement: "Ok prima").
_ACKNOWLEDGED_RE = re.compile(
    rf"[ ]*(?:{_ACKNOWLEDGEMENTS})[ ,!.]+(?!(?:{_ACKNOWLEDGEMENTS})\b)"
    r"([^\W\d_]{2,}(?:-[^\W\d_]+)?)(?=[ ]*,|[^\w]*\Z)",
    re.I,
)
# A capitalised word opening the message.
_OPENING_CAPITAL_RE = re.compile(r"[ ]*([A-Z][^\W\d_]+)")
# A lower-case word opening a sentence: "prisc" of "ok. prisc belt ...".
_SENTENCE_OPENING_WORD_RE = re.compile(r"(?:^|[.!?][ ]+)([a-z]{3,})(?=[ ])")
# A greeting that signs the message off, then one word closing it: "groet wil", "gr. Anja".
_SIGNED_OFF_RE = re.compile(
    r"(?:^|[.!,;\n][ ]*)(?i:groet|groeten|groetjes|gr\.?|mvg|m\.v\.g\.?|liefs)[ ,]+"
    r"([^\W\d_]{2,}(?:-[^\W\d_]+)?)[^\w]*\Z"
)
_ASCII_LETTERS_RE = re.compile(r"[a-zA-Z]+")  # (whole runs: _KnownNames.may_name_a_clip)
# Round 47: one word, then nothing but emoji, punctuation and spaces: "Prisc 👋".
_WORD_ALONE_RE = re.compile(r"[ ]*([^\W\d_]{3,})[^\w]*")
# Round 47: a question put to "jij" ("ken jij de eigenaar?", "weet jij dat?").
_YOU_ASKED_RE = re.compile(r"\b[a-z]+[ ]+jij\b[^.!?\n]*\?")
# A lower-case word opening the message, and the two words after it: "dj de riolering".
# (Round 37: the third word in any case: "kev adresonderzoek BRP, ...")
_LOWER_OPENING_RE = re.compile(r"[ ]*([a-z]{2,}(?:-[a-z]+)?)[ ]+([a-z]+)\b(?:[ ]+([A-Za-z]+)\b)?")
# Round 37: "gj er is een lek", "kev er staat ...": "there is", opening the topic.
# Round 44: a capitalised word of three to five letters opening the message before an article
# and a lower-case word: "Sas de offerte".
_CAPITALISED_CLIP_OPENING_RE = re.compile(r"[ ]*([A-Z][a-z]{2,4})[ ]+(?:de|het|die|deze)[ ]+[a-z]")
_THERE_IS_VERBS = words("is zijn was waren staat staan stond ligt liggen lag zit zitten hangt komt")
_QUESTION_VERBS = words("ben bent heb hebt kun kunt kan wil wilt ga doe zou moet mag weet zie hoor")
_TOPIC_ARTICLES = words("de het die deze")
_TITLE_WORDS = words("mevrouw meneer mevr mw dhr mr familie fam")
# Openings that are verbs before "ik"/"we" ("wil ik ...", "kan ik ..."), whoever is called so.
_VERB_LIKE_OPENINGS = _ADDRESSED_VERBS | _INVERTED_AUXILIARIES | _INVERTED_VERBS

_RELATIVE_BEFORE_BIRTH_RE = re.compile(
    r"\b(?:" + "|".join(sorted(_KIN_WORDS, key=len, reverse=True)) + r")[ ]+"
    r"(?!(?:Maandag|Dinsdag|Woensdag|Donderdag|Vrijdag|Zaterdag|Zondag)\b)([A-Z][a-zà-ÿ]+)"
    r"(?=[ ]*(?:,[ ]*)?(?:\([ ]*)?(?:geb\b|geboren\b|°|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b))"
)
_ASCII_RELATIVE_BEFORE_BIRTH_RE = ascii_twin(_RELATIVE_BEFORE_BIRTH_RE)  # (round speed49)
# Two capitalised words of at most eight letters; a syllable of Mandarin in pinyin (no tones).
_PINYIN_SYLLABLE = (
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|er|ia|ie|"
    r"iu|ua|uo|ui|ve|a|o|e|i|u|v)"
)
# (the family name's shape in the pattern: the engine rejects most pairs of words in C)
_PINYIN_PAIR_RE = re.compile(
    rf"(?<![\w'-])((?=[A-Z])(?i:{_PINYIN_SYLLABLE}))[ ]([A-Z][a-z]{{1,9}})(?![\w'-])"
)
_PINYIN_SYLLABLE_RE = re.compile(_PINYIN_SYLLABLE)
# A cheap test before _PINYIN_PAIR_RE: its family name is a whole word of letters (at most six,
# "zhuang") right before " " and a capitalised word. This pattern opens with a capital, so the
# engine skips to the capitals in C; where a family name opens, nothing before it is a letter,
# so no match of this pattern runs over that opening and one starts there, on the same word.
_PINYIN_GATE_RE = re.compile(r"[A-Z][^\W\d_]{0,5}(?=[ ][A-Z][a-z])")
_ASCII_PINYIN_GATE_RE = ascii_twin(_PINYIN_GATE_RE)  # (round speed49)
_PINYIN_GIVEN_RE = re.compile(rf"{_PINYIN_SYLLABLE}{{1,2}}")

# A name, a list's comma or "en", and a capitalised word right before a surname's particles.
_PARTICLE_OPENINGS = ("van ", "de ", "der ", "den ", "ter ", "ten ", "te ", "in 't ", "'t ")
_LISTED_WORD_BEFORE_RE = re.compile(
    r"(?<![\w-])[A-Z][a-zà-ÿ]+(?:,[ ]+|[ ]+(?:en|&)[ ]+)([A-Z][a-zà-ÿ]+)[ ]"
    r"((?:(?:van|de|der|den|ter|ten|te|'t)[ ]+)*)$"
)

# "Amber (geb 4 juni 2014)", "Max (12-04-2013)": a capitalised word before a birth date in brackets.
_BORN_IN_BRACKETS_RE = re.compile(
    r"(?<![\w'-])([A-Z][a-zà-ÿ]+)[ ]\((?=geb\b|geb\.|geboren\b|°|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\))"
)
# A capitalised word opening the message, then a space or a comma.
_OPENING_WORD_RE = re.compile(r"[ ]*([A-Z][^\W\d_]+)(?:[ ]*,)?[ ]+")
_SUBJECT_PRONOUN_RE = re.compile(r"[ ]+(?:ik|je|jij|u|we|wij|ze|zij|hij|jullie|men)\b")


def _word_first_name(name: str, lex: Lexicon) -> str | None:
    """'Kaan' of "Kaan Öztürk": a first name no list knows that is also a word, before a
    listed or unknown surname (not "Team Vergunningen", "Archief Hennie": a label)."""
    words = name.split()
    if len(words) < 2 or not words[0].isalpha() or not words[0][:1].isupper():
        return None
    first, last = words[0].lower(), words[-1].lower()
    if (
        len(first) <= 2
        or first not in lex.dutch_words
        or first in lex.first_names
        or first in TITLES
        or first in PARTICLES
        or first in _ROLE_CUES
        or first in lex.places
        or is_firm_word(first)
        or (last in lex.first_names and last not in lex.surnames)
        or not (last in lex.surnames or last not in lex.dutch_words)
        # "Carnaval Comité Nijeveen": a team's words and its place, not a first name
        or last in lex.places
        or any(w.lower() not in PARTICLES for w in words[1:-1])
    ):
        return None
    return words[0]


# The second names of Dutch double first names ("Henk-Jan", "Pieterjan", "Janwillem").
_SECOND_FIRST_NAMES = words("jan willem pieter marie kees klaas bas hein thijs joost")


def _joined_first_names_initials(first: str, lex: Lexicon) -> str | None:
    """'pj' for "pieterjan": a listed first name of four letters or more and one of the
    names that close Dutch double first names, written as one word; none that is a frequent
    word."""
    if not first.isalpha() or len(first) < 7:
        return None
    for cut in range(len(first) - 3, 3, -1):
        head, tail = first[:cut], first[cut:]
        if head in lex.first_names and tail in _SECOND_FIRST_NAMES:
            short = head[0] + tail[0]
            return None if short in lex.frequent_words else short
    return None


_INITIALS_OPENING_RE = re.compile(r"[ ]*([a-z]{2})[ ]*[,:][ ]*\w")
# Round 47: a parting, then two capital initials closing the message ("gr W.B.", "tot straks JH").
_INITIALS_SIGNED_OFF_RE = re.compile(
    r"(?:^|[.!,;\n][ ]*|[ ])(?i:groet|groeten|groetjes|gr\.?|mvg|liefs|doei|"
    r"tot[ ]+(?:straks|zo|morgen|later|dan|ziens))[ ,]+([A-Z]\.?[A-Z]\.?)[^\w]*\Z"
)


def _first_name_initials(name: str, lex: Lexicon) -> str | None:
    """'JP' for "Jan Pieter Nijboer": the initials of a name's two or three first names."""
    words = name.split()
    firsts = []
    for word in words[:-1]:
        if not word.isalpha() or word.lower() not in lex.first_names:
            break
        firsts.append(word)
    if not 2 <= len(firsts) <= 3:
        return None
    return "".join(w[0].upper() for w in firsts)


# Initials addressed: opening the message or after a greeting, closing the phrase ("JP, griffie",
# "Hoi AM, ...", "dank je MJ"); "AM, PM of ..." only when no participant is called so.
_INITIALS_BEFORE_RE = re.compile(
    r"(?:^|\b(?:hoi|hallo|hey|hi|hee|dag|dank[ ]je|dankje|bedankt|thanks|thx|top|goedemorgen"
    r"|goedemiddag|morgen|sorry)[ ,]*)$",
    re.I,
)
# ... also before "I" or "you" and a verb with no comma ("GJ ik bel haar wel", "JW kun jij ...")
_INITIALS_AFTER_RE = re.compile(
    r"[ ]*(?:[,:!?.]|$)|[ ]+(?:ik|jij|je|u|kun|kan|wil|ga|heb|doe|zou|moet|mag)\b"
)


# "De Post komt retour", "een Storm": after an article the word is the word (any case).
_ANY_ARTICLE_BEFORE_RE = re.compile(r"(?:^|[^\w'])(?:de|het|een|deze|die|dit|dat|'t)[ ]+$", re.I)
_WORD_AFTER_RE = re.compile(r"[ ]+(\w+)")
# "zeg maar dat Veen ...", "ik denk dat Mol ...": "dat" joins a clause here, it is no article.
_CONJUNCTION_DAT_RE = re.compile(
    r"\b(?:zeg|zegt|zei|zeggen|denk|denkt|dacht|weet|wist|hoor|hoorde|vind|vindt|vond|meld|"
    r"wil|wilde|willen|eist|eiste|vraagt|vroeg|"
    r"meldt|meldde|hoop|hoopt|zie|ziet|zag|vertel|vertelt|vertelde|laat|geef|blijkt|bleek|"
    r"omdat|zodat|voordat|nadat|totdat)(?:[ ]+(?:maar|even|wel|toch|ook))?[ ]+dat[ ]+$",
    re.I,
)


def _word_use(text: str, start: int, end: int) -> bool:
    """A capitalised known name that is an ordinary word used as that word: after an article
    ("De Post komt retour") or as weather ("Wij hebben Storm gehad")."""
    before = text[max(0, start - 24) : start]
    if (
        _ANY_ARTICLE_BEFORE_RE.search(before[-12:])
        and not _CONJUNCTION_DAT_RE.search(before)
        and _GENERATION_AFTER_RE.match(text, end) is None  # "dat het Mulder senior was"
    ):
        return True
    if text[start:end].lower() in _WEATHER:
        before = text[max(0, start - 12) : start].split()
        after = _WORD_AFTER_RE.match(text, end)
        return bool(
            (before and before[-1].lower() in _WEATHER_BEFORE)
            or (after and after.group(1).lower() in _WEATHER_AFTER)
        )
    return False


_GENERATION_AFTER_RE = re.compile(r"[ ]+(?:senior|junior|sr|jr)\b", re.I)
# "storm Bert", "orkaan Poly": a storm's name, whoever in the chat is called so.
_STORM_BEFORE_RE = re.compile(r"\b(?:storm|orkaan|stormdepressie)[ ]$", re.I)
# "de bas", "een roos": after an article a lower-case word is the word, not the person.
_ARTICLE_BEFORE_RE = re.compile(r"\b(?:de|het|een|die|deze|dat|dit|mijn|zijn|haar|onze)[ ]+$")
# A lower-case known name that is also a word ("bos", "veen") is the person after a title, a
# name cue or a contact verb, at the start of a sentence before a verb, or addressed ("roos,").
_LOWER_BEFORE_RE = re.compile(
    r"(?:\b(?:dhr|mevr|mw|mr|fam|familie|meneer|mevrouw|heer|echtpaar|wethouder|raadslid|buurman|"
    r"buurvrouw|collega|bel|belt|bellen|gebeld|met|aan|vraag|vraagt|gevraagd|bij|namens|tegen|"
    r"hoi|hallo|hey|dank|bedankt|groet|groeten|gr|mvg|thx|en|of|heet|ben|is|zoals|"
    r"zie|zag|sprak|spreek|gesproken|app|mail|mailt|appt|stuur)\.?[ ]+)$",
    re.I,
)
_LOWER_AFTER_RE = re.compile(
    r"[ ]+(?:is|was|heeft|had|zegt|zei|belt|belde|komt|kwam|gaat|ging|wil|wilde|kan|kon|mag|moet|"
    r"vraagt|vroeg|meldt|meldde|zit|zat|staat|stond|doet|deed|weet|wist|vindt|vond|hier|ga|kun|"
    r"heb|ben|doe|zou|en|thuis|zelf|regelt|neemt|pakt|stuurt|maakt|zorgt|brengt|haalt|checkt|"
    r"plant|werkt|woont|loopt|rijdt|schrijft|mailt|appt|heeft|"
    # a past tense: "bos stuurde ...", "visser mailde ..."
    r"stuurde|mailde|appte|gaf|kreeg|liet|moest|zou|bracht|haalde|regelde|nam|pakte|maakte|"
    r"klaagt|klaagde|betaalt|betaalde|reageert|reageerde|tekent|tekende|junior|senior|jr|sr|"
    # what a person does or did: "vos vertrekt morgen", "mulder verhuist"
    r"vertrekt|vertrok|blijft|bleef|verhuist|verhuisde|stopt|stopte|begint|begon|wacht|wachtte|"
    r"weigert|weigerde|vertelt|vertelde|denkt|dacht|kiest|koos|belooft|beloofde|"
    r"ontvangt|ontving|krijgt|kreeg|"
    # "schaap schijnt de vergunning te hebben": what is said of a person
    r"schijnt|scheen|lijkt|leek|blijkt|bleek)\b"
    r"|[ ]?,"
    # a possessive before a noun: "visser z'n schuur", "schaap zijn dochter"
    r"|[ ]+(?:zijn|z'n|haar|d'r)[ ]+(?!(?:de|het|een|er|niet|wel|ook|nog|al|dat|dit|die|ze|we|"
    r"wij|jullie|hier|daar|u|geen|toch|dan|nu|veel|erg|heel|zo)\b)[a-z]"
    # a list of people's data: "kuiper: 06 ...", "brink 12-12-1990"
    r"|[ ]*:[ ]*(?:\+\d|0\d|[A-Za-z]{2}[ ]?\d{2}|\d{9}\b|\d{4}\.\d{2}\.\d{3})"
    # (spaces, a colon and spaces, or spaces alone: "[ ]*:?[ ]+" split one run of spaces
    # in quadratically many ways)
    r"|(?:[ ]*:[ ]+|[ ]+)\d{1,2}([-/.])\d{1,2}\1(?:\d{4}|\d{2})(?!\d)"
    # "bos ken ik": the name as the object, put first, before a verb and its subject.
    r"|[ ]+(?:ken|kende|zie|zag|spreek|sprak|bel|belde|mail|mailde|vertrouw)[ ]+"
    r"(?:ik|je|jij|u|we|wij|jullie)\b"
)
_SENTENCE_START_RE = re.compile(r"(?:^|[.!?:;,\n][ ]*|[^\x00-\u024f\s][ ]*)$")
_NON_PERSON_PARTS = re.compile(
    r"\b(?:team|afdeling|gemeente|groep|wijkteam|sociaal|domein|kanaal|loket|meldingen|"
    r"dorpsbelang|griffie|raadsgriffie|parkeerbeheer|burgerzaken|belastingen|vergunningen|"
    r"handhaving|financi[eë]n|communicatie|openbare|ruimte|afval|bomen|evenementen|jeugd|"
    r"thuiszorg|stichting|wijkverpleging|algemeen|buitendienst|kcc|bv|b\.v)\b",
    re.I,
)
# Role words before a participant's name: "Wethouder Koopman", "Aannemer Roelofs".
_PARTICIPANT_ROLES = words("""wethouder raadslid burgemeester griffier aannemer leverancier wijkagent collega
    buurman buurvrouw opzichter uitvoerder monteur hovenier""")


def _label_words(words_: list[str], lex: Lexicon) -> int:
    """How many words open a contact name as its team, role or place ("Archief Hennie", "Wmo
    Consulent Ingrid", "AED Coördinator Willemijn", "Burgerzaken Omid"): acronyms, places and
    words of the language no first-name list knows; all of them when no name is in it ("Sint
    Comité Meppel"), none when it opens with a first name ("Roos van Dam", "Barend Storm") or
    a surname may close it ("Alma de Vries", "Taxi De Vries")."""
    count = 0
    for k, word in enumerate(words_):
        low = word.lower()
        if (
            low in lex.first_names
            or low in PARTICLES
            # Round 47: "Mei Ling Chen": a month opens no team's or role's name
            or low in MONTH_NAMES
            or not (
                (word.isupper() and word.isalpha() and len(word) > 1)
                or low in lex.dutch_words
                or low in lex.not_names
                or low in lex.places
                or (low.isalpha() and is_compound(low))
            )
        ) and not _label_abbreviation(words_, k, lex):
            break
        count += 1
    if count == len(words_):
        if len(words_) == 1 and _compound_surname_alone(words_[0], lex):
            return 0
        return count if not any(w.lower() in lex.surnames for w in words_) else 0
    # "Taxi De Vries planner": a particle opens a surname the label words belong to
    return count if words_[count].lower() not in PARTICLES else 0


# Round 26: "gespreksleider Frans Kremers", "Frans van Dijkhuis belde": a first name the name
# lists leave out as a language ("Frans": French) is a person's first name before a capitalised
# listed surname that is no word ("in het Frans", "Frans en Duits" stay the language).
_LANGUAGE_FIRST_NAME_RE = re.compile(
    r"(?<![\w'-])Frans[ ]+(van[ ]+(?:de[nr]?[ ]+)?|de[ ]+|ter[ ]+|te[ ]+)?([A-Z][a-z'-]+)"
    r"(?![\w'-])"
)


def _language_first_names(text: str, lex: Lexicon) -> list[Span]:
    out = []
    for match in _LANGUAGE_FIRST_NAME_RE.finditer(text):
        low = match.group(2).lower()
        if (
            (match.group(1) or (low not in lex.dutch_words and street_suffix(low) is None))
            and low not in lex.places
            and low not in lex.not_names
            and low not in lex.frequent_words
        ):
            out.append(Span(match.start(), match.end(), "PERSON"))
    return out


def _compound_surname_alone(word: str, lex: Lexicon) -> bool:
    """Round 26: 'Schuthof', 'Kloosterkamp' alone (a person a cue named: "wethouder Schuthof"):
    a capitalised compound no dictionary, not-name or place list knows, ending like a farm or a
    place (the surnames made of where a family lived), is a surname, no team or role."""
    low = word.lower()
    return (
        word[:1].isupper()
        and not word.isupper()
        and low.isalpha()
        and low not in lex.dutch_words
        and low not in lex.not_names
        and low not in lex.places
        and street_suffix(low) is not None
        and len(low) > len(street_suffix(low) or "") + 2
    )


def _label_abbreviation(words_: list[str], k: int, lex: Lexicon) -> bool:
    """'Bhv Coördinator Ellen', 'Trouwen Babs Ingrid': before a contact's closing common first
    name, a short word no list knows before a word of the language, or a rare first name that
    is a word of the language ("babs", a wedding officer) right before it, is part of the
    label."""
    if len(words_) < 3 or k >= len(words_) - 1:
        return False
    low = words_[k].lower()
    last = words_[-1].lower()
    if last not in lex.common_first_names or not low.isalpha():
        return False
    if k == len(words_) - 2:
        return (
            k > 0
            and low in lex.first_names
            and low in lex.dutch_words
            and low not in lex.common_first_names
        )
    after = words_[k + 1].lower()
    return (
        len(low) <= 4
        and low not in lex.first_names
        and low not in lex.surnames
        and low not in lex.dutch_words
        and after in lex.dutch_words
        and after not in lex.first_names
    )


def _rare_word_first_name(words_: list[str], lex: Lexicon) -> bool:
    """'Kaan Demir', 'Tuba Aydin': a contact name of two words whose first is a word of the
    language nobody writes often (no team, role or place: those are everyday words, compounds
    or acronyms) and whose second is no first name is a person's first name and surname."""
    first, last = words_[0].lower(), words_[1].lower()
    return (
        words_[0][:1].isupper()
        and words_[1][:1].isupper()
        and not words_[0].isupper()
        and first.isalpha()
        and first not in lex.frequent_words
        and first not in lex.places
        and first not in lex.not_names
        and first not in _PARTICIPANT_ROLES
        and not is_compound(first)
        # (not a team's plural or abstract noun: "Belastingen Hamid", "Handhaving Joost")
        and not first.endswith(("en", "ing", "heid", "schap", "zaken"))
        and _NON_PERSON_PARTS.search(first) is None
        and last not in lex.first_names
        and last not in lex.dutch_words
        and last not in lex.places
    )


def _person_parts(name: str, lex: Lexicon) -> list[str]:
    """The person names in a participant or sender name: "Aannemer Roelofs - Kees Boer" ->
    ["Kees Boer"]; "Gemeente Meppel - Burgerzaken" -> []; "Wethouder Koopman" -> ["Koopman"]."""
    out = []
    for part in re.split(r"[ ]+[-–|/][ ]+|[()]", name):
        part = part.strip()
        if not part or any(ch.isdigit() for ch in part):
            continue
        words_ = part.split()
        labels = _label_words(words_, lex)
        if labels == 1 and len(words_) == 2 and _rare_word_first_name(words_, lex):
            labels = 0  # "Tuba Aydin": a first name that is also a rare word, then a surname
        if labels and words_[0].lower() not in _PARTICIPANT_ROLES:
            # "Burgerzaken Hamid", "OOV Geert", "Sint Comité Meppel": a phone's contact name
            # opened by the team or role, then the person (if any) it stands for.
            words_ = words_[labels:]
            if not words_ or _NON_PERSON_PARTS.search(" ".join(words_)):
                continue
            part = " ".join(words_)
        if _NON_PERSON_PARTS.search(part):
            continue
        if len(words_) > 1 and words_[0].lower() in _PARTICIPANT_ROLES:
            if any(w.lower() in lex.places for w in words_[1:]):
                continue  # "Wijkagent Meppel-Oost"
            # "Aannemer Roelofs" is a firm, "Wethouder Koopman" a person.
            if words_[0].lower() in ("aannemer", "leverancier"):
                continue
            part = " ".join(words_[1:])
        out.append(part)
    return out


# Round 42: a lower-case surname of the chat that is a word, where it is the person the chat
# spoke of: after a reply's opening words, before what a person does ("ja en kuiper zelf ook",
# "nee maar bakker heeft ..."); pointed at by where they are from ("die haan van de Markt");
# opening a question about their home ("mol van Kerkstraat 12?").
_REPLY_OPENING_RE = re.compile(
    r"(?:^|[.!?,][ ]+)(?:(?:ja|nee|en|maar|want|ok|oké|nou|dus|oh)[ ]+){1,2}$", re.I
)
_ORIGIN_AFTER_RE = re.compile(r"[ ]+van[ ]+(?:het|de|'t)[ ]+[A-Z]")
_HOME_OF_AFTER_RE = re.compile(
    r"[ ]+van[ ]+(?:de[ ]+)?[A-Z][\w'-]+(?:[ ]+[A-Za-z][\w'-]+)?[ ]+\d{1,4}[a-zA-Z]?\b"
)


def _pointed_at_person(text: str, start: int, end: int, *, pointed: bool = False) -> bool:
    """Whether a lower-case surname of the chat that is a word stands where only its person fits
    (see _REPLY_OPENING_RE). ``pointed``: the word of a particled surname ("de Wolf"), which
    "die" may point at before where the person is from (not "die hoek van de Kerkstraat")."""
    before = text[max(0, start - 20) : start]
    if _REPLY_OPENING_RE.search(before) and _LOWER_AFTER_RE.match(text, end):
        return True
    if pointed and _DEMONSTRATIVE_OPENING_RE.search(before) and _ORIGIN_AFTER_RE.match(text, end):
        return True
    return _BARE_OPENING_RE.search(before) is not None and (
        _HOME_OF_AFTER_RE.match(text, end) is not None
    )


def _lower_name_slot(text: str, start: int, end: int) -> bool:
    """Whether a lower-case known name that is also a word stands where a name goes."""
    before = text[max(0, start - 25) : start]
    if _LOWER_BEFORE_RE.search(before) and not before.rstrip().lower().endswith(
        (" de", " het", " een")
    ):
        return True
    if before.lower().endswith("moet ") and text.startswith(" zijn", end):
        return True  # "moet veen zijn": who it should be
    # "schaap wil dat hoving hem uitzet", "zegt dat visser het weet": the subject of a clause
    # after a verb of saying or wanting, before an object pronoun or a verb
    if _CONJUNCTION_DAT_RE.search(before) and (
        _OBJECT_PRONOUN_AFTER_RE.match(text, end) or _LOWER_AFTER_RE.match(text, end)
    ):
        return True
    # "de offerte stuurt van dam nog na": a subject put after its verb.
    if _VERB_BEFORE_SUBJECT_RE.search(before) and _ADVERB_AFTER_SUBJECT_RE.match(text, end):
        return True
    # "heeft visser een hond?": the subject of a question that opens with its verb.
    if _QUESTION_VERB_BEFORE_RE.search(before) and _QUESTION_AHEAD_RE.match(text, end):
        return True
    # "telefoon haver?": asked for a person's data.
    if _DATA_NOUN_BEFORE_RE.search(before) and _ASKED_AFTER_RE.match(text, end):
        return True
    # "de boot van visser zelf": whose it is.
    if _OWNER_BEFORE_RE.search(before) and text.startswith(" zelf", end):
        return True
    # "die boer ken ik nog": the chat's person pointed at, before what they do.
    if _DEMONSTRATIVE_OPENING_RE.search(before) and _LOWER_AFTER_RE.match(text, end):
        return True
    return bool(_SENTENCE_START_RE.search(before) and _LOWER_AFTER_RE.match(text, end))


# A lower-case known surname that is also a word, where only a person fits: a name cue with
# fillers between ("de koster heet toch ook kuipers", "bel maar even visser"); someone's home
# ("naar mulder thuis", "bij bos thuis"); the name itself talked about, spelled or explained
# ("ruiter met een t of d?", "schaap als in het beest?", "smit met één t").
_BARE_FILLERS_RE = re.compile(
    r"(?:[ ]+(?:toch|ook|wel|nog|maar|even|gewoon|dus|al|eigenlijk|echt))+[ ]+$"
)
# a verb of naming or contacting ("hij is echt timmerman" is his trade, not his name)
_CUE_BEFORE_FILLERS_RE = re.compile(
    r"\b(?:heet|heette|heten|noemt|bel|belt|bellen|vraag|vraagt|mail|mailt|app|appt|stuur|"
    r"spreek|sprak|zie|zag|groet)$",
    re.I,
)
_HOME_BEFORE_RE = re.compile(r"\b(?:naar|bij|van|voor)[ ]+$", re.I)
_HOME_AFTER_RE = re.compile(r"[ ]+thuis\b")
_NAME_TALK_AFTER_RE = re.compile(
    r"[ ]+(?:met[ ]+(?:een|één|1|twee|2|dubbele?)[ ]+[a-zA-Z]{1,2}\b|als[ ]+in[ ]+(?:de|het|een)\b)"
)
_ROLE_NAMED_AFTER_RE = re.compile(r"[ ]+(?:is|was|wordt|werd|heet)[ ]+(?:nu[ ]+)?[A-Z]")


# What makes a word a noun or an adjective rather than a name: an article, a possessive, a
# quantifier, an adjective or a number before it ("de koster", "zijn haas", "twee bakkers"), a
# copula or a degree word before an adjective ("is groen", "te zwart").
_NOUN_PHRASE_BEFORE_RE = re.compile(
    r"(?:^|[^\w'])(?:de|het|een|'t|die|deze|dit|dat|mijn|m'n|zijn|z'n|haar|d'r|onze|ons|jullie|"
    r"hun|jouw|je|uw|elke|ieder|iedere|geen|welke|zo'n|veel|weinig|ander|andere|nieuwe|oude|"
    r"grote|kleine|goede|echte|eigen|is|was|wordt|werd|blijft|bleef|lijkt|leek|zo|te|heel|erg|"
    r"nogal|best|vrij|echt|niet|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|\d+)[ ]+$",
    re.I,
)
# After the name: the end of a clause, or a word of the language's closed classes and verbs
# ("koster nog", "haas weer", "bouwhuis van vorig jaar"), not a noun it would qualify.
# (not a colon: "bos: 12 eiken gekapt" heads a line with what it counts)
_BARE_SURNAME_AFTER_RE = re.compile(r"[ ]*(?:[.,!?;)]|$)|[ ]+([a-z']+)\b")

# "post op naam van ...", "haas in de tuin": a noun before the preposition that places it.
_PREPOSITIONS_AFTER_NOUN = words("""op in aan bij naar voor uit onder over door met tegen tot om
    na zonder per via vanaf tussen achter naast boven""")
_SUBJECTS_AFTER = words("ik je jij we wij ze zij hij u jullie men het")
_NAME_AFTER_ROLE_RE = re.compile(r"(?:[ ]+(?:van|de|der|den|ter|ten|te|het|'t))*[ ]+[A-Z]")


def _bare_surname(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether the chat's surname that is a word, in lower case, stands as a noun phrase of
    its own: nothing before it makes it a noun or adjective, and what follows ends the clause
    or is a function word."""
    if _NOUN_PHRASE_BEFORE_RE.search(text, max(0, start - 12), start) is not None:
        return False
    after = _BARE_SURNAME_AFTER_RE.match(text, end)
    if after is None:
        return False
    word = after.group(1)
    if word is None:
        return True
    if word in _PREPOSITIONS_AFTER_NOUN or _NAME_AFTER_ROLE_RE.match(text, end) is not None:
        return False  # "post op naam van", "imker de Lange": a thing, a role before its name
    if word in _SUBJECTS_AFTER:
        return False  # "telefoon haver je nog niet": a word the clause's subject follows
    return word in lex.frequent_words


# After a free surname: a capital ("schipper Geert", "storm Bert"), a number ("veld 3",
# "winter 2024") or a copula and a capital ("schipper is Geert Schipper") make it a word.
# The word itself talked about ("baas in hoofdletter?") or a thing ("post op naam van").
_FREE_SURNAME_AFTER_RE = re.compile(
    r"[ ]*[€$]|[ ]+(?:[A-Z]|\d|(?:is|was|wordt|werd|heet)[ ]+(?:nu[ ]+)?[A-Z]"
    r"|(?:van|de|der|den|ter|ten|te|het|'t)[ ]+[A-Z]|(?:in|met)[ ]+(?:een[ ]+)?hoofdletter"
    r"|op[ ]+naam\b"
    # the clause's subject after the word: "telefoon haver je nog niet"
    r"|(?:ik|je|jij|we|wij|ze|zij|hij|u|jullie|men)\b)"
    # a line headed by what it counts: "bos: 12 eiken gekapt"
    r"|[ ]*:[ ]*\d+[ ]+[a-z]"
)


# "heb je kuiper gesproken", "zie jij bos": "je" after a verb is "you", no possessive.
_YOU_AFTER_VERB_RE = re.compile(r"\b[a-z]+[ ]+(?:je|jij|u)[ ]+$")


def _free_surname(text: str, start: int, end: int) -> bool:
    """Whether the chat's surname, in lower case, stands free of what makes it a noun or an
    adjective: no article, possessive, quantifier, adjective or copula before it, no name or
    number after it, and no storm's name."""
    return (
        (
            _NOUN_PHRASE_BEFORE_RE.search(text, max(0, start - 12), start) is None
            or _YOU_AFTER_VERB_RE.search(text, max(0, start - 20), start) is not None
        )
        and _FREE_SURNAME_AFTER_RE.match(text, end) is None
        and _STORM_BEFORE_RE.search(text, max(0, start - 16), start) is None
    )


def _bare_name(text: str, start: int, end: int) -> bool:
    """Whether a lower-case known surname that is a word stands where only a person fits."""
    if " " in text[start:end]:
        return False  # "de wolf": an article and a noun, not a bare word
    before = text[max(0, start - 40) : start]
    fillers = _BARE_FILLERS_RE.search(before)
    if fillers is not None and _CUE_BEFORE_FILLERS_RE.search(before, 0, fillers.start()):
        return True
    if _HOME_BEFORE_RE.search(before) and _HOME_AFTER_RE.match(text, end):
        return True
    return _NAME_TALK_AFTER_RE.match(text, end) is not None and (
        not before.strip() or _SENTENCE_START_RE.search(before) is not None
    )


# A question opening with its verb, then the subject ("heeft visser een hond?").
_QUESTION_VERB_BEFORE_RE = re.compile(
    r"(?:^|[.!?][ ]+)(?:heeft|had|is|was|woont|woonde|komt|kwam|wil|kan|gaat|moet|weet|betaalt|"
    r"huurt|werkt)[ ]+$",
    re.I,
)
_QUESTION_AHEAD_RE = re.compile(r"[ ][^.!?\n]{0,60}\?")
_VERB_BEFORE_SUBJECT_RE = re.compile(
    r"\b(?:stuurt|belt|mailt|appt|regelt|brengt|geeft|levert|doet|neemt|haalt|zet|maakt|"
    r"betaalt|tekent|checkt)[ ]+$"
)
_ADVERB_AFTER_SUBJECT_RE = re.compile(
    r"[ ]+(?:nog|al|ook|wel|even|morgen|vandaag|zelf|straks|later|vanmiddag|vanavond|maandag|"
    r"dinsdag|woensdag|donderdag|vrijdag)\b"
)
_DATA_NOUN_BEFORE_RE = re.compile(
    r"\b(?:telefoon|telefoonnummer|tel|nummer|nr|mailadres|e-mail|adres|iban|rekeningnummer|"
    r"bsn|geboortedatum)\.?[ ]+(?:van[ ]+)?$"
)
# "telefoon haver?", "adres van moes voor de brief?": the question ends the phrase.
_ASKED_AFTER_RE = re.compile(r"[ ]*(?:\?|$)|[ ]+(?:voor|graag|even|nog)\b[^.!\n]{0,30}\?")
# "die boer ken ik nog", "ja die bakker gaat bezwaar maken": a known person pointed at.
_DEMONSTRATIVE_OPENING_RE = re.compile(
    r"(?:^|[.!?:;,\n][ ]*)(?:(?:ja|nee|oh|o|nou|en)[ ,]+)?(?:die|deze)[ ]+$", re.I
)
_OWNER_BEFORE_RE = re.compile(r"\b(?:van|aan|bij|voor|met)[ ]+$")


# "VGZ-41-H. Haar ...", "52 A. Hij ...": a letter after a number ends a plate or an address.
_NUMBER_IN_GAP_RE = re.compile(r"[\d-]")
_PRONOUNS = words("ik jij je hij zij ze wij we jullie u haar hem hen hun het dit dat die deze er")


def _everyday_surname(low: str, lex: Lexicon) -> bool:
    """A surname that is an everyday chat word ("klein", "mooi", "groot"), no particle or title."""
    return (
        len(low) >= 3
        and low.isalpha()
        and low in lex.frequent_words
        and low not in PARTICLES
        and low not in TITLES
        and low not in _NOT_SURNAMES
    )


# "Groot heeft gelijk": a verb people do after a first word that is a known everyday surname.
_EVERYDAY_SPEAKER_RE = re.compile(
    r"[ ]+(?:heeft|had|zegt|zei|belt|belde|vraagt|vroeg|meldt|meldde|mailt|mailde|appt|appte|"
    r"weet|wist|vindt|vond|denkt|dacht|komt|kwam|wil|wilde|"
    # "Vos betaalt altijd", "Groot woont er al jaren": what a person (a payer, a resident) does
    r"betaalt|betaalde|woont|woonde|huurt|huurde)\b"
    # "Raven gaat meten", "Klein neemt de melding over": a verb of doing with its subject
    # ("Goed gaat het niet": an adverb before "het", "er", "niet").
    r"|[ ]+(?:gaat|ging|neemt|nam|regelt|regelde|stuurt|stuurde|pakt|pakte|doet|deed|zorgt|"
    r"checkt|plant|brengt|haalt|telt|telde)\b(?![ ]+(?:het|er|niet|wel|ook|dat|dit)\b)"
    # "Roos 14/02/2016, Ties ...": a list of people's birth dates
    r"|[ ]+\d{1,2}([-/.])\d{1,2}\1(?:19|20)\d{2}(?!\d)"
)
# "nee groot is gestopt": an answer word opening the message, then a person who left.
_ANSWER_OPENING_RE = re.compile(r"[ ]*(?:ja|nee|nou|ok|oké)[ ,]+")
_LEFT_AFTER_RE = re.compile(
    r"[ ]+(?:is|was)[ ]+(?:gestopt|vertrokken|verhuisd|overleden|opgestapt|afgetreden)\b"
)
_WORD_THEN_SPACE_RE = re.compile(r"([^\W\d_]+)[ ]$")
_FAMILY_AFTER_RE = re.compile(r"[ ]+famil(?:ie|y)\b")
_CAPITAL_AFTER_RE = re.compile(r"[ ]+[A-Z]")


def _everyday_name_slot(text: str, start: int, end: int) -> bool:
    """Whether a capitalised known surname that is an everyday word is the person there: inside
    a sentence after a word that is no article ("Kan Klein die begeleiden?"), or first in a
    sentence before a verb people do ("Klein heeft gelijk"); never inside a longer proper noun
    ("Groot Onderhoud")."""
    if _CAPITAL_AFTER_RE.match(text, end):
        return False
    before = text[max(0, start - 25) : start]
    if not before or _SENTENCE_START_RE.search(before):
        return _EVERYDAY_SPEAKER_RE.match(text, end) is not None
    word = _WORD_THEN_SPACE_RE.search(before)
    if word is None:
        return False
    low = word.group(1).lower()
    if low in _ARTICLES_AND_POSSESSIVES:
        # "van de Boom familie": the family called so
        return low == "de" and _FAMILY_AFTER_RE.match(text, end) is not None
    return not is_firm_word(low)  # "drukkerij Boom": the firm of the family


# After a first name opening a message: a lower-case word that opens the topic (not an article
# or a pronoun, which make the name a word in a sentence).
# Round 24: "henry de Ronde van ...", "mark het verslag ...": an article and a word after a
# participant's first name that opens the message (the topic put to them).
_ADDRESSED_ARTICLE_RE = re.compile(r"[ ]+(?:de|het|die)[ ]+[A-Za-z]{3,}")
# Round 31b: "geen toezeggingen ", "niks beloven ", "geen afspraken maken ": a negated instruction
# that ends with a plural noun or an infinitive, where a closing word can only be whom it is
# said to.
_NEGATED_INSTRUCTION_BEFORE_RE = re.compile(
    r"(?:^|[,.!?][ ]*|\b(?:en|maar|dus|ok|oke)[ ]+)(?:geen|niet|niks|nooit)"
    r"(?:[ ]+[a-z]{3,})?[ ]+[a-z]{3,}(?:en|s)[ ]+$"
)
_ADDRESSED_TOPIC_RE = re.compile(
    r"[ ,]+(?!(?:de|het|een|is|was|in|op|van|en|of|die|dat|ik|we|ze|er)\b)[a-z]{3,}"
)
# "... je bent", "... jij hebt": "you" and its verb, said to the person named first.
# Round 27b: "... jij regelt", "... geef jij": "you" and a verb, either way round, after a name
# that opens a sentence: the person addressed (not "en jij", "of jij": a list of people).
_ADDRESSED_YOU_RE = re.compile(
    r"[ ]+(?:jij[ ]+[a-z]{2,}t\b|(?!(?:en|of|dan|als|met|maar|want|dat|die|zoals|behalve)\b)"
    r"[a-z]{2,}[ ]+jij\b"
    # Round 39: "haan jij nog plek?", "bos jij ook koffie?": a question to "you" with its verb
    # left out
    r"|jij[ ]+(?:nog|ook|al|misschien|soms)\b[^.!?\n]{0,40}\?)"
)
_YOU_AFTER_RE = re.compile(
    r"[ ]+(?:je|jij)[ ]+(?:bent|hebt|heb|moet|kunt|kan|mag|was|had|wordt|zou|gaat|doet|krijgt|"
    r"hoort|ziet|weet|staat|zit|komt|hoeft|wilt|wil)\b"
)
# "... heb je", "... kun jij", "... ben je": a verb and "you", a question put to the person named.
_QUESTION_TO_YOU_RE = re.compile(
    r"[ ]+(?:ben|bent|heb|hebt|kun|kan|wil|ga|doe|zou|moet|mag|weet|zie|hoor|had|was)[ ]+"
    r"(?:je|jij|u)\b"
)
_POINTED_AT_BEFORE_RE = re.compile(r"(?<![\w-])die[ ]+$")
# Round 39: a particle that a name said to someone follows at the message's close: "maar lies".
_VOCATIVE_PARTICLE_BEFORE_RE = re.compile(r"(?<![\w-])(?:maar|hoor|joh|hè|he|toch)[ ]+$")
# Round 40: "welke bos? Ria Bos?": a sentence opening with "welke" before the chat's surname
# alone, answered in the same message by a full name of that surname, asks which person of that
# name is meant ("welke bakker, er zijn er twee" is left alone: the trade may be meant).
_WHICH_ONE_BEFORE_RE = re.compile(
    r"(?:^|[.!?:;\n][ ]*)(?:(?:ja|nee|o|oh|eh|maar|en|hm)[ ,]+)?welke[ ]+$", re.I
)
_WHICH_ONE_NAMED_AFTER_RE = re.compile(r"[ ]*[?,][ ]*(?:[A-Z][\w'.-]*[ ]+){1,3}([A-Z][\w'-]*)")


def _which_one_asked(text: str, start: int, end: int) -> bool:
    """Whether the chat's surname in lower case is asked after with "welke ...?" and a full name
    of that surname proposed right after it."""
    named = _WHICH_ONE_NAMED_AFTER_RE.match(text, end)
    return (
        named is not None
        and named.group(1).lower() == text[start:end].lower()
        and _WHICH_ONE_BEFORE_RE.search(text, max(0, start - 20), start) is not None
    )


# Round 39: "... wie?": asking which person of that name is meant.
_WHO_ASKED_AFTER_RE = re.compile(r"[ ]+wie[ ]*\?")
_CLOSING_MARK_RE = re.compile(r"[ ]*(?:[?!]|\.(?:[ ]|$)|$)")
_FREQUENT_SURNAME_GATE_RE = re.compile(r"[ ](?:Snel|Groot|Klein|Lange|Mooi|Kort|Korte)\b")
_FREQUENT_SURNAME_AFTER_ROLE_RE = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(sorted(map(re.escape, _STRONG_ROLE_CUES | TITLES), key=len, reverse=True))
    + r")[ ]+((?-i:Snel|Groot|Klein|Lange|Mooi|Kort|Korte))(?![\w-])",
    re.I,
)
# (round speed49)
_ASCII_FREQUENT_SURNAME_AFTER_ROLE_RE = ascii_twin(_FREQUENT_SURNAME_AFTER_ROLE_RE)


# "inspreker Gerda Snel": a first name, then the word closing the name (not "Sanne Groot
# Onderhoud", "Ina Klein Haneveld", where more capitals follow).
_FREQUENT_SURNAME_AFTER_FIRST_NAME_RE = re.compile(
    r"(?<![\w-])([A-Z][a-z]+)[ ]+(?:Snel|Groot|Klein|Lange|Mooi|Kort|Korte)(?![\w-])(?![ ]+[A-Z])"
)


# Round 25: "Halbe en ik gaan erheen", "Sjoerdje en ik.": a capitalised word opening a sentence
# before "en ik" is somebody who goes along with the writer.
_PAIRED_WITH_ME_RE = re.compile(r"(?:^|[.!?][ ]+)([A-Z][a-zà-ÿ]{2,})(?=[ ]en[ ](?:ik|mij)\b)")


def _paired_with_me(text: str, lex: Lexicon) -> list[Span]:
    return [
        Span(m.start(1), m.end(1), "PERSON")
        for m in _PAIRED_WITH_ME_RE.finditer(text)
        if (low := m.group(1).lower()) not in lex.dutch_words
        and low not in lex.frequent_words
        and low not in lex.not_names
        and low not in lex.places
    ]


# Round 25: "Sible Gelling, geboren ...", "Femmy Koekoek op Kievit 17": a word no list has as a
# first name and a listed surname (an everyday word too) before a birth date or a home.
_NAME_BEFORE_DATA_RE = re.compile(  # (its first letter first: round speed48)
    r"([A-Z](?<![\w-][A-Z])[a-zà-ÿ]{2,11})[ ]([A-Z][a-zà-ÿ]{2,20})"
    r"(?=,?[ ]+(?:geboren|geb\.?)[ ]|[ ]+op[ ]+[A-Z][a-zà-ÿ]+[ ]\d{1,4}(?![\d.,:]))"
)


_BORN_AFTER_RE = re.compile(r",?[ ]+(?:geboren|geb\.?)[ ]")


def _names_before_their_data(text: str, lex: Lexicon) -> list[Span]:
    out = []
    for m in _NAME_BEFORE_DATA_RE.finditer(text):
        first, last = m.group(1).lower(), m.group(2).lower()
        # Round 27b: "Ama Mensah, geboren ...": a rare word as the first name before a surname
        # no dictionary knows, then a birth
        rare_word_first = (
            last not in lex.dutch_words
            and first not in PERSON_CUE_WORDS
            and not is_firm_word(first)
            and _BORN_AFTER_RE.match(text, m.end()) is not None
        )
        if (
            (first not in lex.dutch_words or rare_word_first)
            and first not in lex.frequent_words
            and first not in lex.places
            and first not in lex.not_names
            and last in lex.surnames
            and last not in lex.places
            and last not in lex.not_names
            and street_suffix(last) is None
        ):
            out.append(Span(m.start(), m.end(), "PERSON"))
    # Round 34: "ja 3. Parisa geboren 12-04-2013, ...": a word no list knows, alone before
    # "geboren" and the date, is the first name of whoever was born then.
    for m in _ONE_NAME_BEFORE_BIRTH_RE.finditer(text):
        low = m.group(1).lower()
        if not (
            low in lex.dutch_words
            or low in lex.frequent_words
            or low in lex.places
            or low in lex.not_names
            or low in PERSON_CUE_WORDS
            or is_firm_word(low)
            or any(s.start <= m.start() < s.end for s in out)
        ):
            out.append(Span(m.start(1), m.end(1), "PERSON"))
    return out


_ONE_NAME_BEFORE_BIRTH_RE = re.compile(  # (its first letter first: round speed48)
    r"([A-Z](?<![\w-][A-Z])[a-zà-ÿ]{2,14})(?=,?[ ]+(?:geboren|geb\.?)[ ]+(?:op[ ]+)?\d)"
)


def _frequent_surnames_after_roles(text: str, lex: Lexicon) -> list[Span]:
    """'wethouder Snel', 'mevrouw Klein', 'Gerda Snel': an everyday word with its capital after an
    office, a title or a first name is that person's surname."""
    spans = [
        Span(m.start(1), m.end(1), "PERSON")
        for m in (
            _ASCII_FREQUENT_SURNAME_AFTER_ROLE_RE
            if text.isascii()
            else _FREQUENT_SURNAME_AFTER_ROLE_RE
        ).finditer(text)
    ]
    spans += [
        Span(m.start(), m.end(), "PERSON")
        for m in _FREQUENT_SURNAME_AFTER_FIRST_NAME_RE.finditer(text)
        if m.group(1).lower() in lex.common_first_names
        and m.group(1).lower() not in lex.dutch_words
    ]
    return spans


_LOWER_INITIAL_BEFORE_RE = re.compile(r"(?<![\w.])[a-z]\.[ ]$")
# "ICT-Menno", "HR-Anja", "WMO-Henk": a colleague called by department and first name.
# (its first letter before its look-behind, "(?<![\w-])[A-Z]{2,5}-...": round speed48)
_ACRONYM_FIRST_NAME_RE = re.compile(r"[A-Z](?<![\w-][A-Z])[A-Z]{1,4}-([A-Z][a-z]{2,})(?![\w-])")


def _first_names_after_acronyms(text: str, lex: Lexicon) -> list[Span]:
    """The first name after a department's acronym and a hyphen (not "COVID-regels")."""
    return [
        Span(m.start(1), m.end(1), "PERSON")
        for m in _ACRONYM_FIRST_NAME_RE.finditer(text)
        if m.group(1).lower() in lex.common_first_names
    ]


# "thx kev", "dank je wel sas!": a short form of a chat's first name after thanks or a greeting
# closing the message; "sas wie was ...", "kev, kun je ...": opening it before a question.
# (a WordAlternation, round speed51: searched in every short message of a chat; "\b" before
# words is "no word character before")
_CLIPPED_CLOSING_RE = WordAlternation(
    r"\w",
    ["thx", "thanks", "tnx", "dank[ ]?je(?:[ ]wel)?", "dank[ ]?u", "bedankt", "hoi", "hey", "hi"]
    + ["doei", "dag", "top"],
    r"[ ,]+([a-zA-Z]{3,4})[ ]*(?:[!.?]+[ ]*)?$",
    re.I,
)
# "ok kev jij notuleert?", "klaar. sas dan mail ik": a clip opening a later sentence or after
# an "ok", before "you", "I", "then" or "there" (a two-letter clip too: "ok fe ik pak het op").
_CLIPPED_ADDRESSED_RE = re.compile(
    r"(?:^|[.!?][ ]+|^[ ]*(?:ok|oké|oke|okay|ja|top|prima|goed)[ ,]+)([a-zA-Z]{2,4})"
    r"(?:[ ]*,[ ]*|[ ]+)(?=(?:jij|je|ik|er|dan|wij|we)[ ]+[a-z])",
    re.I,
)
# Round 34: "ok hou me op de hoogte syts": a clip in lower case, no word, closing the message
# after a sentence to whom it is written.
_CLIPPED_LAST_WORD_RE = re.compile(r"[a-z][ ]+([a-z]{3,4})[ ]*[!.]*[ ]*$")
_CLIPPED_OPENING_RE = re.compile(
    r"^[ ]*([a-zA-Z]{3,4})(?:[ ]*,[ ]*|[ ]+)(?=(?:wie|wat|waar|hoe|wanneer|waarom|welke|kun|kan|"
    r"heb|ben|weet|zou|mag|wil|ga|heeft|is)\b)",
    re.I,
)


# Round 44: how a clipped name is spelled as it is said: "soof" for Sophie, "eef" for Evelien,
# "ruub" for Ruben (a long vowel doubled, "ph" and "v" as "f").
_SPOKEN_SPELLINGS = (("ph", "f"), ("th", "t"), ("v", "f"))
_DOUBLED_VOWEL_RE = re.compile(r"([aeou])\1")


def _spoken(word: str) -> str:
    for written, said in _SPOKEN_SPELLINGS:
        word = word.replace(written, said)
    return _DOUBLED_VOWEL_RE.sub(r"\1", word)


def clips_a_first_name(clip: str, first_names: Iterable[str]) -> bool:
    """Whether ``clip`` (lower case) is one of ``first_names`` cut short, two or more letters
    left off: its first letters ("kev" of Kevin), or those spelled as said (Round 44: "soof" of
    Sophie, "eef" of Evelien, "ruub" of Ruben)."""
    said = _spoken(clip)
    for name in first_names:
        if len(name) >= len(clip) + 2 and name.startswith(clip):
            return True
        spoken = _spoken(name)
        if len(said) >= 2 and len(spoken) >= len(said) + 2 and spoken.startswith(said):
            return True
    return False


def _clipped_first_names(text: str, first_names: frozenset[str], lex: Lexicon) -> list[Span]:
    """A chat's first name shortened to its first letters where someone is addressed: "kev" for
    Kevin, "sas" for Saskia (not a word the chat writes often: "hen", "dag")."""
    out = []
    for pattern in (_CLIPPED_CLOSING_RE, _CLIPPED_OPENING_RE, _CLIPPED_LAST_WORD_RE):
        match = pattern.search(text)
        if match is None:
            continue
        clip = match.group(1).lower()
        if clip in lex.frequent_words or clip in lex.not_names or clip in first_names:
            continue
        if pattern is _CLIPPED_LAST_WORD_RE and (clip in lex.dutch_words or clip in lex.places):
            continue  # "... morgen weer": an everyday word closing a sentence
        if any(len(name) >= len(clip) + 2 and name.startswith(clip) for name in first_names):
            out.append(Span(match.start(1), match.end(1), "PERSON"))
    out += _clips_addressed(text, first_names, lex)
    # Round 38: "morgen lot 👋", "goeiemorgen sas 😊": greeted, before an emoji or a comma (a
    # clip that is a first name itself may be a word too: "lot"); "Jacq 🙋 vraagt ...": with
    # its capital opening a sentence, before what a person does.
    for pattern in (_CLIPPED_GREETED_RE, _CLIPPED_DOER_RE):
        for match in pattern.finditer(text):
            word = match.group(1)
            clip = word.lower()
            if (
                (clip in lex.frequent_words and clip not in lex.first_names)
                or clip in lex.not_names
                or clip in first_names
                or clip in _PRONOUNS
                or (pattern is _CLIPPED_GREETED_RE and not word.islower())
                or (pattern is _CLIPPED_DOER_RE and (clip in lex.dutch_words or len(clip) < 3))
            ):
                continue
            if any(len(name) >= len(clip) + 2 and name.startswith(clip) for name in first_names):
                out.append(Span(match.start(1), match.end(1), "PERSON"))
    return out


_CLIPPED_GREETED_RE = re.compile(
    r"^[ ]*(?:(?:goede|goeie|goei|goeden)?(?:morgen|middag|avond)|hoi|hey|hi|hallo|moi|dag)[ ]+"
    r"([a-zA-Z]{2,4})(?=[ ]*(?:,|[^\x00-\u024f\s]))",
    re.I,
)
_CLIPPED_DOER_RE = re.compile(
    r"(?:^|[.!?][ ]+)([A-Z][a-z]{2,4})[ ]+(?:[^\x00-\u024f\s]+[ ]+)?"
    r"(?=(?:vraagt|belt|zegt|meldt|mailt|appt|regelt|stuurt|pakt|komt|doet)\b)"
)


def _clips_addressed(text: str, first_names: frozenset[str], lex: Lexicon) -> list[Span]:
    """Round 24: "ok jo ik regel het", "klaar. kev jij notuleert?": a clipped first name of the
    chat's people, lower case, addressed where a sentence opens, before a pronoun or "dan"."""
    out = []
    for match in _CLIPPED_ADDRESSED_RE.finditer(text):
        word = match.group(1)
        clip = word.lower()
        if (
            not word.islower()
            or clip in lex.frequent_words
            or clip in lex.not_names
            or (len(clip) == 2 and clip in lex.dutch_words)
            or clip in first_names
            or clip in _PRONOUNS
        ):
            continue
        if any(len(name) >= len(clip) + 2 and name.startswith(clip) for name in first_names):
            out.append(Span(match.start(1), match.end(1), "PERSON"))
    return out


# "bel jij de jong even?", "heb je de groot gemaild?": a surname of "de" and an adjective
# ("de Jong", "de Groot") as whom to call, mail or ask, where no noun follows the adjective.
_DE_SURNAME = r"(de[ ]+(?:" + "|".join(sorted(_DE_SURNAMES)) + r"))"
_DE_SURNAME_GATE_RE = re.compile(r"\b" + _DE_SURNAME + r"\b", re.I)
_ASCII_DE_SURNAME_GATE_RE = ascii_twin(_DE_SURNAME_GATE_RE)  # (round speed49)
_CALLED_DE_SURNAME_RE = re.compile(
    r"\b(?:bel|belt|bellen|mail|mailt|mailen|app|appt|vraag|vraagt|spreek|spreekt)"
    r"(?:[ ]+(?:jij|je|u|ik|we|even|nog|maar|dan|morgen|zelf))*[ ]+"
    + _DE_SURNAME
    + r"(?=[ ]*(?:$|[?.!,;)])|[ ]+(?:om|even|nog|op|of|en|maar|terug|morgen|vandaag|dan|wel|"
    r"niet|over|voor)\b)"
    r"|\b(?:jij|je|u|ik|we|wij)(?:[ ]+(?:even|nog|maar|dan|morgen|zelf))*[ ]+"
    + _DE_SURNAME
    + r"[ ]+(?:bellen|mailen|appen|vragen|spreken|gebeld|gemaild|geappt|gevraagd|gesproken)\b",
    re.I,
)
_ASCII_CALLED_DE_SURNAME_RE = ascii_twin(_CALLED_DE_SURNAME_RE)  # (round speed49)


# Round 38: "dhr a.j. kuiper", "mevr h.g. bakker": initials in lower case, particles and a word
# after a title, a name typed without capitals (not "dhr. o.a. een kopie": an abbreviation).
_TITLED_LOWER_INITIALS_GATE_RE = re.compile(r"[a-z](?<![\w.][a-z])\.[a-z]?\.?[ ]")  # (speed48)
_TITLED_LOWER_INITIALS_RE = re.compile(
    r"(?<![\w.])(?:dhr|mevr|mw|mnr|meneer|mevrouw|heer|mej|fam)\.?[ ]+"
    r"((?:[a-z]\.){1,4})[ ]?((?:(?:van|de|der|den|ter|ten|te|in|'t)[ ]+){0,3}([a-z]{3,}))(?![\w@.-])",
    re.I,
)
_LOWER_ABBREVIATIONS = words("""o.a. a.u.b. i.v.m. t.a.v. m.b.t. z.s.m. e.d. n.a.v. d.w.z. i.p.v.
t.z.t. m.i.v. v.a. i.o.m. i.s.m. z.o.z. n.v.t. a.s. j.l. s.v.p. p.p. m.a.w. t.b.v. c.q. e.v.""")


def _titled_lower_initials(text: str, lex: Lexicon) -> list[Span]:
    """The initials and surname after a title, all in lower case (the title left out)."""
    out = []
    for match in _TITLED_LOWER_INITIALS_RE.finditer(text):
        initials, last = match.group(1), match.group(3)
        if (
            initials.islower()
            and initials not in _LOWER_ABBREVIATIONS
            and last.islower()
            and last not in lex.frequent_words
            and last not in PARTICLES
            and last not in _PRONOUNS
        ):
            out.append(Span(match.start(1), match.end(2), "PERSON"))
    return out


# "welke kees, kees de vries?": a common first name, particles and a surname, all lower case.
_LOWER_FULL_NAME_RE = re.compile(  # (its first letter before its look-behind: round speed48)
    r"([a-z](?<![\w'@./-][a-z])[a-z]{2,})[ ]+(?:van[ ]+(?:de|der|den|'t)|in[ ]+'t|de|der|den|ter|ten|van)"
    r"[ ]+([a-z]{3,})(?![\w'@/-])"
)
_ASCII_LOWER_FULL_NAME_RE = ascii_twin(_LOWER_FULL_NAME_RE)  # (round speed49)


def _lower_full_names(text: str, lex: Lexicon) -> list[Span]:
    """A name typed in lower case: a common first name that is no everyday word, a particle
    and a listed surname (not an article or a noun after it: "jan de volgende keer")."""
    out = []
    for match in (_ASCII_LOWER_FULL_NAME_RE if text.isascii() else _LOWER_FULL_NAME_RE).finditer(
        text
    ):
        first, last = match.group(1), match.group(2)
        if (
            first in lex.common_first_names
            and first not in lex.frequent_words
            and first not in _PRONOUNS
            and first not in PARTICLES
            and last in lex.surnames
            and last not in lex.frequent_words
            and last not in lex.first_names
            and last not in PARTICLES
            and not _ANY_ARTICLE_BEFORE_RE.search(text, max(0, match.start() - 8), match.start())
        ):
            out.append(Span(match.start(), match.end(), "PERSON"))
    return out


_ARTICLES_AND_POSSESSIVES = frozenset(
    {"de", "het", "een", "die", "deze", "dat", "dit", "mijn", "zijn", "haar", "onze", "jullie"}
)


def _word_name(low: str, lex: Lexicon) -> bool:
    """An ordinary word that is this person's name part ("mol", "storm"); no particle or filler."""
    return (
        len(low) >= 2
        and low not in lex.frequent_words
        and low not in PARTICLES
        and low not in TITLES
        and low.isalpha()
    )


def _name_like(low: str, lex: Lexicon) -> bool:
    """A word that can stand for a person on its own: a known name, or no everyday word."""
    if len(low) < 2 or low in lex.frequent_words or low in PARTICLES or low in lex.places:
        return False
    return low in lex.first_names or low in lex.surnames or low not in lex.dutch_words


# "H. en G. Koster", "J. & M. de Wit": initials joined to a named person share the surname.
_SHARED_SURNAME_INITIALS_RE = re.compile(r"(?<![\w.])((?:[A-Z]\.){1,3})[ ]+(?:en|&)[ ]+$")
# "Ana Ramos da Silva", "Luca di Stefano": a particle of another language between parts of a
# name; "mees v.d. berg", "Kees v/d Veen": an abbreviated Dutch one before a surname.
_FOREIGN_PARTICLE_RE = re.compile(
    r"[ ](?:da|das|do|dos|di|del|della|du|von|al|el|bin|ibn|ben|y)[ ](?=[A-Z])"
)
_ABBREVIATED_PARTICLE_RE = re.compile(
    # (Round 34: also without its dots, "ricardo v d berg")
    r"[ ]+(?:v\.[ ]?d\.|v/d|vd|v[ ]d|v\.|v\.[ ]?der|v\.[ ]?den|v\.[ ]?de)[ ]+([a-zA-Z][\w'-]+)(?![\w-])"
)


def _with_name_parts(text: str, spans: list[Span], lex: Lexicon) -> list[Span]:
    """Join parts of a name a rule found apart or left out (see the patterns above)."""
    # Cheap gates: most messages have none of these.
    joined = (" en " in text or " & " in text) and "." in text
    foreign = _FOREIGN_PARTICLE_RE.search(text) is not None
    abbreviated = "v." in text or "v/d" in text or "vd " in text or " v d " in text
    if abbreviated or "vt " in text:
        spans = _with_surnames_of_abbreviated_particles(text, spans)
    if not (joined or foreign or abbreviated):
        return _without_affiliations(text, spans, lex) if " van " in text else spans
    out = []
    starts = {s.start: s for s in spans}
    merged: set[int] = set()
    for span in sorted(spans, key=lambda s: s.start):
        if span.start in merged:
            continue
        initials = (
            _SHARED_SURNAME_INITIALS_RE.search(text, max(0, span.start - 16), span.start)
            if joined
            else None
        )
        if initials is not None and _INITIALS_START_RE.match(text, span.start):
            out.append(Span(initials.start(1), initials.end(1), "PERSON"))
        end = span.end
        particle = _FOREIGN_PARTICLE_RE.match(text, end) if foreign else None
        if particle is not None and particle.end() in starts:
            end = starts[particle.end()].end
            merged.add(particle.end())
        surname = _ABBREVIATED_PARTICLE_RE.match(text, end) if abbreviated else None
        if surname is not None and surname.group(1).lower() not in _NO_SURNAME_WORDS:
            end = surname.end()
        out.append(Span(span.start, end, span.label) if end != span.end else span)
    return _without_affiliations(text, out, lex) if " van " in text else out


# Round 47: "doorzetten naar v.d. Berg", "mevr vt Hof belde": an abbreviated particle ("v.d.",
# "vd", "v/d", "vt" for "van 't") is only ever written in a name, so it and the capitalised word
# after it are a surname, with no first name before them too.
_ABBREVIATED_SURNAME_RE = re.compile(
    r"(?<![\w./])(?:v\.[ ]?d\.|v/d|vd|v\.[ ]?der|v\.[ ]?den|vt|v\.[ ]?t\.|v't)[ ]+"
    r"([A-Z][a-z][\w'-]*)(?![\w-])"
)


def _with_surnames_of_abbreviated_particles(text: str, spans: list[Span]) -> list[Span]:
    out = spans
    for m in _ABBREVIATED_SURNAME_RE.finditer(text):
        low = m.group(1).lower()
        if (
            low in _NO_SURNAME_WORDS
            or low in _NO_SURNAME_BODIES  # "brief v.d. Gemeente": a body
            or any(s.start <= m.start() < s.end for s in out)
        ):
            continue
        out = [s for s in out if not (m.start() <= s.start and s.end <= m.end())]
        out.append(Span(m.start(), m.end(), "PERSON"))
    return sorted(out, key=lambda s: s.start) if out is not spans else spans


def _without_affiliations(text: str, spans: list[Span], lex: Lexicon) -> list[Span]:
    """'Van Dam van Pondera', 'Jan de Vries van Woonconcept': after a whole name (two words or
    more), "van" and one capitalised word no name list knows name where that person works
    ("Anna Bos van Dijk" keeps her double surname, "vader Mehmet Çelik van Ayşe" his child)."""
    ends = {s.end for s in spans if " " in text[s.start : s.end]}
    if not ends:
        return spans
    return [s for s in spans if not _affiliation(text, s, ends, lex)]


def _affiliation(text: str, span: Span, ends: set[int], lex: Lexicon) -> bool:
    value = text[span.start : span.end]
    if value.startswith("van ") and span.start - 1 in ends:
        value = value[4:]  # "van Pondera" found as a particled surname
    elif not (span.start - 5 in ends and text[span.start - 5 : span.start] == " van "):
        return False
    if " " in value or not value[:1].isupper():
        return False
    low = value.lower()
    names = (lex.surnames, lex.first_names)
    # "vader Mehmet Çelik van Ayşe": a first name after "van" is the person's child or partner.
    return not any(w in ns for ns in names for w in (low, _ascii_folded(low)))


# Round 47: "naam opa is Gul Mohammad Sharifi": the capitalised word right after "naam ... is",
# before a full name found, is that name's first word whatever else it is ("gul", generous).
_NAME_IS_BEFORE_RE = re.compile(
    r"\b(?i:naam|achternaam|volledige[ ]naam)\b[^.!?\n:]{0,24}?[ ](?:is|was)[ ]+([A-Z][a-z]{1,})[ ]$"
)


def _with_named_first_word(text: str, span: Span) -> Span:
    if span.label != "PERSON" or " " not in text[span.start : span.end]:
        return span
    match = _NAME_IS_BEFORE_RE.search(text, max(0, span.start - 48), span.start)
    return Span(match.start(1), span.end, span.label) if match is not None else span


# Bodies written after an abbreviated "van de(r)" ("brief v.d. Gemeente"); no surname.
_NO_SURNAME_BODIES = frozenset(
    {"gemeente", "provincie", "politie", "stad", "school", "rechtbank", "belastingdienst"}
)
# Words that never follow "v.d." as a surname ("Jan v.d. week" is none).
_NO_SURNAME_WORDS = frozenset({"de", "het", "een", "en", "of", "week", "dag", "maand", "jaar"})
_INITIALS_START_RE = re.compile(r"(?:[A-Z]\.){1,3}[ ]")
# "niemand noemt me lies", "noem mij maar Sjef", "call me Dima": the name someone goes by.
_NAME_CALLED_RE = re.compile(
    r"\b(?:noem(?:t|en|de|den)?[ ]+(?:(?:ze|zij|we|wij|jullie|ze[ ]+allemaal)[ ]+)?"
    r"(?:me|mij|hem|haar|ons)|call[ ]+me)[ ]+(?:maar[ ]+|gewoon[ ]+|altijd[ ]+)?"
    r"([^\W\d_][\w'-]+)(?![\w-])",
    re.I,
)


# "'de beer' noemen ze hem", "ze noemen haar 'Sproet'": a nickname in quotes, said to be what
# someone is called.
_QUOTED_NICKNAME_RE = re.compile(
    r"(?:['\"‘“]([^'\"‘’“”\n]{2,30})['\"’”][ ]+noem(?:t|en|de|den)[ ]+"
    r"(?:(?:ze|zij|we|wij|jullie|ze[ ]+allemaal|iedereen)[ ]+)?(?:hem|haar)\b"
    r"|\bnoem(?:t|en|de|den)[ ]+(?:(?:ze|zij|we|wij|jullie|iedereen)[ ]+)?(?:hem|haar)[ ]+"
    r"(?:altijd[ ]+|gewoon[ ]+)?['\"‘“]([^'\"‘’“”\n]{2,30})['\"’”])",
    re.I,
)


# "bijnaam de Snor", "alias 'Sproet'", "bijgenaamd De Lange": a nickname named as one, in
# quotes or with its capital (and its article).
_NICKNAME_RE = re.compile(
    r"\b(?:[Bb]ijnaam|[Bb]ijgenaamd|[Aa]lias)[ ]*:?[ ]+(?:(?:is|was)[ ]+)?"
    r"(?:['\"‘“]([^'\"‘’“”\n]{2,30})['\"’”]"
    r"|((?:(?:de|De|het|Het|'t)[ ]+)?[A-Z][^\W\d_]+(?:-[^\W\d_]+)?(?:[ ][A-Z][^\W\d_]+)?))"
)


# Round 46: 'overlastgever, bekend als "de Prof"', "beter bekend als 'Sjonnie'": a nickname in
# quotes someone is known by (its article left out; without quotes "bekend als" names anything).
_KNOWN_AS_RE = re.compile(
    r"\b(?i:bekend)[ ]+als[ ]*:?[ ]+['\"‘“](?:(?:de|het|'t)[ ]+)?"
    r"(?!(?:De|Het|Café|Cafe)[ ])([A-ZÀ-Þ][^'\"‘’“”\n]{1,28}?)['\"’”]"
)


def _nicknames_known_as(text: str) -> list[Span]:
    """Round 46: a quoted, capitalised nickname of at most three words after "bekend als"
    ("bekend als 'het spookhuis'" names a house, "'De Gouden Leeuw'" an inn)."""
    return [
        Span(m.start(1), m.end(1), "PERSON")
        for m in _KNOWN_AS_RE.finditer(text)
        if len(m.group(1).split()) <= 3
    ]


def _nicknames(text: str) -> list[Span]:
    """A nickname given as such: "Kees, bijnaam de Snor, belt", "alias 'de Beer'"."""
    out = []
    for match in _NICKNAME_RE.finditer(text):
        group = 1 if match.group(1) else 2
        out.append(Span(match.start(group), match.end(group), "PERSON"))
    return out


# Round 31: "een jongen die ze Pluis noemen", "de man die iedereen Lange noemt": a capitalised
# word someone is said to be called is that person's nickname, also an everyday word.
_CALLED_NICKNAME_RE = re.compile(
    r"\b(?i:die|wie)[ ]+(?i:ze|zij|we|wij|jullie|iedereen|men)[ ]+([A-Z][\w'-]+)[ ]+"
    r"(?i:noem(?:t|en|de|den))\b"
)


def called_by_nickname(text: str, span: Span) -> bool:
    """Whether ``span`` of ``text`` is a nickname "die ze ... noemen" (``_names_called``)."""
    return any(m.span(1) == (span.start, span.end) for m in _CALLED_NICKNAME_RE.finditer(text))


def _names_called(text: str, lex: Lexicon) -> list[Span]:
    """A first name after "noem me", whatever word it also is ("noem me maar gek" is none); a
    nickname in quotes someone is said to be called."""
    out = [Span(m.start(1), m.end(1), "PERSON") for m in _CALLED_NICKNAME_RE.finditer(text)]
    for match in _QUOTED_NICKNAME_RE.finditer(text):
        group = 1 if match.group(1) else 2
        out.append(Span(match.start(group), match.end(group), "PERSON"))
    for match in _NAME_CALLED_RE.finditer(text):
        low = match.group(1).lower()
        if low in lex.frequent_words and low not in lex.first_names:
            continue
        if (
            low in lex.dutch_words
            and low not in lex.first_names
            and not match.group(1)[0].isupper()
        ):
            continue  # "noem me gek", "noem het maar pech"
        out.append(Span(match.start(1), match.end(1), "PERSON"))
    return out


# (texts may_name_any's test answers by a loop of substring tests before it compiles its pattern)
_MAY_NAME_LOOPED = 200


def may_name_any(persons: Iterable[str]) -> Callable[[str], bool]:
    """A test that passes every text in which knowing `persons` can change what NameFinder
    finds (and some more): one holding a word of their names in any case, also without its
    accents, the first letters a first name is clipped to ("kev", "sas"), or initials ("JP",
    "jw"). A text it fails is found alike with or without them known."""
    keys = _name_keys(persons)
    if not keys:
        return lambda text: False
    # Round speed51: the keys grouped by their first letter ("a(?:nna|b|...)|b(?:akker|...)"):
    # at each letter the regex engine tries a few dozen groups instead of every key (hundreds in
    # a chat of many persons). Only whether one matches counts, so their order does not.
    # Round speed54: the pattern is compiled only after the first _MAY_NAME_LOOPED texts, which
    # a loop of substring tests answers (compiling costs what ~200 texts' loops cost more than
    # its searches: a chat of twenty messages never paid it back).
    ordered = sorted(keys, key=len, reverse=True)
    pattern: re.Pattern[str] | None = None
    looped = 0

    def may_name(text: str) -> bool:
        nonlocal pattern, looped
        low = folded_text(text).lower()  # (read as the detector reads it: "Mo\u200bl" names Mol)
        if pattern is None:
            if looped < _MAY_NAME_LOOPED:
                looped += 1
                return holds_any(low, ordered)
            groups: dict[str, list[str]] = {}
            for key in ordered:
                groups.setdefault(key[0], []).append(re.escape(key[1:]))
            pattern = re.compile(
                "|".join(
                    f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items()
                )
            )
        return pattern.search(low) is not None

    return may_name


def _name_keys(persons: Iterable[str]) -> set[str]:
    """The lower-case pieces of ``persons``' names that may_name_any looks for (each of two or
    more letters)."""
    keys: set[str] = set()
    for name in persons:
        for form in {name, _ascii_folded(name)}:
            words = [w.lower() for w in re.findall(r"[^\W\d_]+", form)]
            # (a particle is found only with the surname after it: "de Groot")
            keys.update(w for w in words if len(w) >= 2 and w not in PARTICLES)
            # ... except one that opens the name ("Van Houten"): the known names take the
            # first word for a first name, so "van wie?" may then be found as that person.
            if words and len(words[0]) >= 2:
                keys.add(words[0])
            # clipped first names are 3 or 4 letters of a longer name (_clipped_first_names,
            # _addressed_before_words, _addressed_with_comma)
            keys.update(w[:3] for w in words if len(w) >= 5)
            # initials of two or three first names, short forms of a double first name
            for size in (2, 3):
                if len(words) >= size:
                    keys.add("".join(w[0] for w in words[:size]))
            for part in form.split():
                pieces = [p for p in part.lower().split("-") if p]
                if len(pieces) > 1:
                    keys.add("".join(p[0] for p in pieces))
    return keys


def _storm_named_again(toks: list[_Tok], storms: set[int]) -> set[int]:
    """Round 46: "storm Ciara mag ons niet verrassen. Ciara ga weg": the storm's name said
    again alone in the message is the storm (not before a capitalised word, "Ciara Storm", nor
    after a title or a role word, "mevrouw Ciara")."""
    names = {
        toks[k].low for k in storms if toks[k].low not in ("storm", "orkaan", "stormdepressie")
    }
    out: set[int] = set()
    for i, tok in enumerate(toks):
        if i in storms or not tok.cap or tok.low not in names:
            continue
        if i + 1 < len(toks) and toks[i + 1].cap and toks[i + 1].gap == " ":
            continue  # "ik heet Ciara Storm": a full name
        before = toks[i - 1].low.rstrip(".") if i > 0 else ""
        if before in TITLES or before in _ROLE_CUES or before in _STRONG_ROLE_CUES:
            continue
        out.add(i)
    return out
