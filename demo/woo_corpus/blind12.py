"""The TWELFTH BLIND relevance set (issue 17): new chats, requests and judgements.

Written as a Woo officer of gemeente Meppel would by helper wwoo12 after sets 1 to 11 had been
written, BEFORE any tuning on it, without reading the search code; committed before its one
measurement on main's code and never tuned on. New subjects (none of sets 1 to 11): camera
surveillance in the station area, fatbikes in the town centre and at schools, noise from heat
pumps in Berggierslanden, clearing graves at the cemetery on the Hoogeveenseweg, mould and damp in
rented homes in Koedijkslanden, vibration damage from pile driving at the Groenmarkt building
site, abandoned bicycles at the station, the disturbed Remembrance Day of 4 May 2025, the backlog
of disabled parking cards, solar panels in the protected townscape, and stray cats on the Oevers
business park. Same syntax as blind.py: `{n}` after a line marks the requests it is relevant to,
`~` starts the next day, `PHOTO "text"` is a photo with painted text, `AUDIO` a voice note.
Generated filler (build.FILLER, up to 60 lines a chat) is relevant to nothing. Names, places,
organisations and numbers are made up.

The requests and their queries were written first, from the request text only, before any chat
line. Long chats (the boa's, the mayor's public-order team, the MT of the physical domain, the
press desk, the building inspectors, the district team of Koedijkslanden, the contact centre's
team leaders, the cemetery administration, a district crew, the environment team, an alderman's
chat, the Wmo team, the 4 and 5 May committee) carry several subjects as a few lines among other
work; follow-up chats carry their subject in the onderwerp while the lines answer without
repeating it; jargon and abbreviations (DPIA, AP, BOA, RUD, dB(A), GPK, CRK, RCE, TNR, WSR,
APV, KCC), other words for the subject (camera's, beelden, bolcamera; fatbike, dikke banden, e-bike
met dikke banden; warmtepomp, buitenunit, de unit; graven, grafrechten, ruiming; schimmel, vocht,
zwarte plekken; heien, palen, trillingen, scheuren; weesfietsen, wrakken, labels; herdenking,
stilte, monument; parkeerkaart, GPK; panelen, PV, zonnedaken; katten, poezen, kittens), compounds
and split or joined forms, typos, photos with text and voice notes; and distractor chats that
share words with requests but are about something else (security cameras at the municipal depot,
the parking scan car, the staff's bicycle plan, the town hall's own heat pump and solar panels,
mould in the archive depot, extending the cemetery of Nijeveen, the 5 May liberation festival,
solar panels on a sports hall, staff parking permits, a dead cat collected, vibrations from
speed bumps, Veterans' Day, a larger bicycle shed at the station, an IT outage).

Judging rule (as sets 1 to 11): a message is relevant when a Woo officer would have to include
it to cover the request, also when it does not repeat the subject ("Hoeveel?", "Top", "Gedaan").
Lines about the request's subject are relevant also where they touch a side of it the request
does not list; lines of a relevant chat about something else carry no tag.

Counts (with the generated filler of seed 17, as the bench builds it): 55 chats, 3,300 messages
(893 hand-written; 8 photos with text, 3 voice notes), 11 requests, 33 queries, 727 relevant
(message, request) pairs in 76 (chat, request) pairs; 14 chats relevant to no request, 14 to
several. Relevant messages (chats) per request: R1 90 (10), R2 77 (9), R3 57 (5), R4 69 (6),
R5 77 (6), R6 67 (7), R7 55 (7), R8 55 (4), R9 61 (6), R10 68 (10), R11 51 (6).
"""

from .build import Chat, Request

REQUESTS = (
    Request(
        1,
        "Cameratoezicht in het stationsgebied van Meppel (2025): het besluit van de burgemeester "
        "over de uitbreiding, de plaatsing van de camera's, de privacytoets (DPIA) en het gebruik "
        "van de beelden door de politie.",
        ("cameratoezicht station", "camera's stationsgebied", "cameratoezicht DPIA OR privacy"),
    ),
    Request(
        2,
        "Overlast van fatbikes in de binnenstad en bij scholen (2025): de meldingen, de handhaving "
        "door boa's, de voorlichting op scholen en het voorstel voor een verbod in het "
        "voetgangersgebied.",
        ("fatbikes", "fatbike overlast binnenstad", "fatbike verbod voetgangersgebied"),
    ),
    Request(
        3,
        "Klachten over geluidsoverlast van warmtepompen in Berggierslanden (2025): de klachten van "
        "buren, de geluidsmetingen, de rol van de omgevingsdienst en de handhaving.",
        (
            "warmtepomp geluid",
            "geluidsoverlast warmtepompen berggierslanden",
            "geluidsmeting warmtepomp",
        ),
    ),
    Request(
        4,
        "Het ruimen van graven op de algemene begraafplaats aan de Hoogeveenseweg (2025): de "
        "bekendmaking, de reacties van nabestaanden, het verlengen van grafrechten en het "
        "herbegraven.",
        ("ruimen graven", "begraafplaats hoogeveenseweg ruiming", "grafrechten verlengen"),
    ),
    Request(
        5,
        "Schimmel en vocht in huurwoningen van Woonstichting Reestland in Koedijkslanden "
        "(2024-2025): de meldingen van huurders, het overleg met de corporatie, het advies van de "
        "GGD en de handhaving door de gemeente.",
        ("schimmel huurwoningen", "schimmel koedijkslanden", "vochtproblemen reestland"),
    ),
    Request(
        6,
        "Trillingsschade aan woningen door heiwerk bij de nieuwbouw aan de Groenmarkt (2025): de "
        "schademeldingen, de trillingsmetingen, het stilleggen van het werk en de afhandeling van "
        "de schade.",
        (
            "trillingsschade groenmarkt",
            "heiwerk schade",
            '"stilleggen bouw" OR bouwstop groenmarkt',
        ),
    ),
    Request(
        7,
        "Het weghalen van weesfietsen en fietswrakken bij het station (2025): het labelen, de "
        "ruimacties, het fietsdepot en de klachten van eigenaren.",
        ("weesfietsen station", "fietswrakken", "fietsdepot ophalen fiets"),
    ),
    Request(
        8,
        "De Nationale Dodenherdenking op 4 mei 2025 in Meppel: de verstoring tijdens de twee "
        "minuten stilte, de beveiliging en de maatregelen daarna.",
        ("dodenherdenking 2025", '"4 mei" verstoring', "herdenking stilte beveiliging"),
    ),
    Request(
        9,
        "De achterstand bij de aanvragen van gehandicaptenparkeerkaarten (2025): de wachttijden, "
        "de medische keuringen, de klachten en de extra inzet.",
        ("gehandicaptenparkeerkaart", "gpk achterstand", "medische keuring parkeerkaart"),
    ),
    Request(
        10,
        "Zonnepanelen op daken in het beschermd stadsgezicht van Meppel (2025): de aanvragen en "
        "weigeringen, het advies van de welstandscommissie en de nieuwe beleidsregel.",
        (
            "zonnepanelen beschermd stadsgezicht",
            "zonnepanelen monument weigering",
            "beleidsregel zonnepanelen binnenstad",
        ),
    ),
    Request(
        11,
        "Zwerfkatten op bedrijventerrein Oevers (2025): de meldingen, het vangen en castreren met "
        "de dierenbescherming en de kosten voor de gemeente.",
        ("zwerfkatten", "zwerfkatten oevers", "katten vangen castreren"),
    ),
)

CHATS = (
    Chat(
        "Team Handhaving boa's dagdienst",
        "veiligheid",
        "2025-03-03 08:00",
        ["Ruben Hoekstra", "Melissa Jansen", "Dirk Wessels", "Anouk Brink"],
        """
A: Morgen allemaal. Dirk en Melissa binnenstad, Anouk en ik station en Oevers
B: Begrepen. Wij beginnen met de markt
C: Eerste melding al binnen: twee jongens op fatbikes door de Hoofdstraat, bijna een oudere dame geraakt {2}
A: Voetgangersgebied toch? {2}
C: Ja tot 11 uur is fietsen daar verboden, dus ook voor die dikke banden {2}
B: We gaan er even staan bij de Kerkplein ingang {2}
A: Noteer de aantallen, de wethouder wil cijfers {2}
B: Zes aangesproken in een uur, vier van de Stad & Esch en twee van het Menso Alting {2}
C: Eentje reed volgens mij veel harder dan 25, die was opgevoerd {2}
A: Dat mogen wij niet meten, dan de politie bellen {2}
C: Ok, ik geef het kenteken... oh wacht, hij heeft geen kenteken {2}
A: Precies het probleem. Geen kenteken dan is het juridisch een fiets, tenzij opgevoerd {2}
D: Station: het is weer een bende in de stalling aan de westkant. Veel fietsen zonder zadel, wielen eruit {7}
A: Labels hangen? {7}
D: Nog niet, ik heb er 40 bij me. Ik begin bij rek C {7}
A: Foto's maken van elke fiets voor het dossier {7}
D: PHOTO "Deze fiets staat hier te lang. Verwijder hem binnen 14 dagen, anders wordt hij weggehaald. Gemeente Meppel" {7}
D: Zo ziet het label eruit, nieuwe versie met de datum erop {7}
A: Mooi, beter dan die oude oranje {7}
B: Wie heeft de portofoon van Kees?
C: Ligt in de kast
~
A: Vandaag weer fatbike-controle bij de scholen rond half 4 {2}
B: Welke school? {2}
A: Menso Alting aan de Hoogeveenseweg, rector heeft gebeld. Leerlingen racen over het schoolplein en het trottoir {2}
C: Met zijn tweeën achterop ook, en soms met drie {2}
B: 3 op een fatbike, dat is vragen om ongelukken {2}
A: We geven eerst voorlichting, geen boetes vandaag. Afspraak met de school {2}
B: Prima. Ik neem de folders van Veilig Verkeer Nederland mee {2}
D: Oevers: bij Transportbedrijf Lamberts lopen weer een stuk of tien katten rond, de chauffeur voert ze {11}
A: Zwerfkatten of van iemand? {11}
D: Niet gechipt zegt hij, ze wonen onder de loods. Er waren ook kittens {11}
A: Geef het door aan Openbare Ruimte, daar loopt een melding {11}
D: Doe ik
C: Parkeerboetes Prinsengracht, de scanauto rijdt vandaag weer
A: Ok
~
A: Evaluatie fatbikes deze week: 31 aangesproken, 4 bekeuringen voor het voetgangersgebied, 1 opgevoerde doorgezet naar politie {2}
B: De ouders bellen nu zelf boos dat hun kind een bon heeft {2}
A: Die bel ik terug {2}
D: Weesfietsen: 62 labels gehangen in de stalling west, over 14 dagen ruimen {7}
A: Plan de ruimactie met de wijkploeg, die hebben de aanhanger {7}
D: 24 maart, ochtend {7}
B: Camera bij de tunnel van het station doet het trouwens weer niet {1}
A: Welke? {1}
B: Die oude bij de fietstunnel. De nieuwe komen pas in juni toch {1}
A: Klopt, dat loopt via het kabinet van de burgemeester {1}
~
D: 24 maart: 48 fietsen geruimd, 14 hadden het label eraf gehaald dus die mochten blijven {7}
A: Waar staan ze? {7}
D: In het depot aan de Blankenstein, drie maanden bewaren {7}
C: Ik kreeg net een meneer aan de lijn dat zijn fiets weg is, hij had hem maar een weekje geparkeerd zegt hij {7}
A: Kan hij ophalen met bewijs van eigendom, 25 euro {7}
C: Dat vond hij niet leuk {7}
A: Dat snap ik. Noteer het als klacht, dan kan het team het beoordelen {7}
B: Ik ben vanmiddag bij de cursus bodycam
A: Ok
""",
    ),
    Chat(
        "Openbare orde kabinet burgemeester",
        "bestuur",
        "2025-01-20 09:00",
        ["Ilse Koster", "Wouter Zandstra", "Burgemeester Van Dalen"],
        """
A: Ter voorbereiding driehoek: punt cameratoezicht station en punt 4 mei {1,8}
B: Cameratoezicht: de politie vraagt om uitbreiding van 3 naar 9 camera's rond het stationsgebied {1}
C: Waarom nu? {1}
B: Stijging van zakkenrollerij en drugshandel bij de fietsenstalling, 140 incidenten vorig jaar {1}
C: Ik wil een zorgvuldig besluit. Welke grondslag? {1}
B: Artikel 151c Gemeentewet, wel eerst de APV aanpassen want het station valt nu buiten het aangewezen gebied {1}
A: De raad moet dan de APV wijzigen, dat kan in april {1}
C: En de privacy? {1}
B: Ik laat een DPIA doen door de privacy officer. Zonder DPIA geen besluit {1}
C: Goed {1}
A: Punt 4 mei: het comité wil dit jaar extra aandacht, 80 jaar bevrijding {8}
C: Ik spreek de rede uit. Is er iets bekend over verstoringen? {8}
B: Vorig jaar riep iemand iets tijdens de stilte, verder niks {8}
C: Laat de politie er wel iemand bij zetten {8}
A: Noteer ik {8}
~
A: DPIA camera's is klaar. Advies: geen camera's die in woningen kunnen kijken, privacy-masking op de ramen aan de Stationsweg {1}
B: Bewaartermijn 28 dagen, alleen live uitkijken door de politie op vrijdag- en zaterdagavond {1}
C: Akkoord. Kan het besluit dan in mei? {1}
B: Na de APV-wijziging, ja. Het aanwijzingsbesluit ligt klaar {1}
C: En de kosten? {1}
B: 74.000 euro eenmalig, 12.000 per jaar onderhoud. Het ministerie betaalt niks {1}
C: Dat moet in de voorjaarsnota {1}
A: Staat erin
C: Wie doet de gesprekken met de omwonenden? {1}
B: Wijkagent en ik, bewonersavond 15 april in het station, de oude wachtruimte {1}
~
A: Bewonersavond: 22 mensen. Vooral vragen of de camera's op hun voordeur gericht zijn {1}
C: En? {1}
B: Uitgelegd dat er masking op zit. Eén bewoner wil een bezwaar indienen {1}
C: Dat mag. Stuur me het verslag {1}
A: Doe ik. Ook de vergunning voor het bevrijdingsfestival ligt ter tekening
C: Leg maar neer
~
C: Wat is er gebeurd gisteravond bij het monument? {8}
B: Tijdens de twee minuten stilte begon een man te schreeuwen en een vlag te zwaaien. Politie heeft hem weggeleid {8}
C: Heel vervelend voor de veteranen. Was hij alleen? {8}
B: Ja, een bekende verwarde man uit de Oosterboer. Geen politieke actie volgens de politie {8}
A: Er zijn filmpjes op Facebook, de RTV Drenthe belt {8}
C: Ik wil eerst met het comité praten, dan een reactie {8}
B: Kan ik morgen regelen om 9 uur {8}
C: Goed {8}
A: En volgend jaar? {8}
C: Meer afstand tussen publiek en monument, en hekken. Ik wil een evaluatie {8}
~
B: Camera's zijn opgehangen, 9 stuks, 2 bolcamera's bij de tunnel {1}
C: Werkt alles? {1}
B: Eén valt uit, monteur van Securitas Beeld komt donderdag {1}
A: Persbericht kan uit {1}
""",
    ),
    Chat(
        "MT Fysiek domein",
        "ruimte",
        "2025-02-10 08:30",
        ["Marjolein Visser", "Hans Boerema", "Esther Tuinstra", "Joost van Leeuwen"],
        """
A: Agenda MT: 1 zonnepanelen binnenstad, 2 Groenmarkt, 3 Reestland schimmel, 4 vakantieplanning {5,6,10}
B: Bij 1: we hebben in 2024 zeven aanvragen voor panelen op monumenten geweigerd, nu ligt er een stapel van 18 {10}
A: En de raad wil dat het makkelijker wordt {10}
B: Motie van GroenLinks en D66 aangenomen: zonnepanelen in het beschermd stadsgezicht mogelijk maken tenzij {10}
C: De commissie ruimtelijke kwaliteit is er niet blij mee, zeker niet aan de voorkant {10}
B: Voorstel: beleidsregel, niet zichtbaar vanaf de openbare weg mag altijd, zichtbaar alleen met zwarte panelen in het dakvlak {10}
A: Ok, neem dat mee naar de wethouder {10}
D: Punt 2 Groenmarkt: de aannemer begint 3 maart met heien, 140 palen {6}
A: Trillingen? {6}
D: Ze gaan trillingsarm, maar de panden aan de Kleine Oever zijn oud. Ik heb voorgesteld om vooraf een bouwkundige opname te doen {6}
C: Wie betaalt dat? {6}
D: De aannemer, BouwCombinatie Meppel. Ook trillingsmeters op 4 gevels {6}
A: Goed zo {6}
C: Punt 3: Reestland. Woonstichting Reestland heeft 38 meldingen van schimmel in de portiekflats aan de Koedijk {5}
A: 38!? {5}
C: En de wijkverpleging meldt kinderen met astma {5}
A: Wat doen wij? {5}
C: Wij kunnen handhaven op het Bouwbesluit, nu de Bbl. Maar eerst gesprek met de corporatie {5}
A: Graag snel, voor de krant het oppakt {5}
D: Vakantieplanning, nog 2 namen missen
A: Zet het maar in de app
~
D: Groenmarkt: heiwerk gestart. Al 3 meldingen van bewoners van scheuren {6}
A: Al? {6}
D: Eén woning aan de Kleine Oever, een tegelvloer gebarsten. Trillingsmeter gaf 6 mm/s, norm is 5 {6}
B: Moet dat niet stil? {6}
D: Ik heb de aannemer gesommeerd: stoppen tot er een plan is {6}
A: Goed, en leg het vast in een brief {6}
D: Gedaan, ook aan de omgevingsdienst gemeld {6}
C: Reestland: gesprek geweest, ze gaan ventilatie aanbrengen in alle 96 woningen {5}
A: Wanneer? {5}
C: Zij zeggen vanaf september. Ik vind dat te laat, de GGD ook {5}
A: Dan een vooraankondiging last onder dwangsom {5}
C: Juridisch checken {5}
~
B: De beleidsregel zonnepanelen ligt klaar voor het college, 8 juli {10}
A: Wat zegt de RCE? {10}
B: Bij rijksmonumenten blijft het de RCE die adviseert, wij volgen ze. Voor gemeentelijke monumenten en het stadsgezicht is het onze regel {10}
A: Helder {10}
D: Groenmarkt: heien weer opgestart met geboorde palen, geen overschrijdingen meer {6}
A: Top {6}
""",
    ),
    Chat(
        "Persdesk communicatie",
        "bestuur",
        "2025-03-05 09:10",
        ["Sabine de Wit", "Tom Hulst", "Kim Post"],
        """
A: Persvragen vandaag: Meppeler Courant over fatbikes, RTV Drenthe over Groenmarkt {2,6}
B: Fatbikes: ze willen weten hoeveel boetes er zijn gegeven {2}
C: 4 tot nu toe, staat in de mail van Ruben {2}
B: En of we een verbod overwegen {2}
A: Lijn: de wethouder onderzoekt een verbod in het voetgangersgebied, niet in de hele stad {2}
B: Ok {2}
C: Groenmarkt: RTV wil een reactie op scheuren in woningen {6}
A: Lijn: we nemen de meldingen serieus, het heien ligt stil tot er een aangepaste methode is {6}
C: Mogen we zeggen hoeveel meldingen? {6}
A: 11 tot nu toe {6}
B: Wie doet de foto's voor de nieuwsbrief?
A: Tom
~
B: Vraag van de Courant: klopt het dat er graven worden geruimd aan de Hoogeveenseweg? {4}
C: Ja, vak C en D, graven waarvan de grafrechten zijn verlopen {4}
A: Lijn: nabestaanden kunnen tot 1 oktober verlengen, daarna worden de stoffelijke resten herbegraven in een verzamelgraf {4}
B: Er is een familie die zegt dat ze nooit een brief heeft gehad {4}
C: Adres onbekend, daarom staat het bordje bij elk graf {4}
A: Zeg dat ze contact op kunnen nemen met de beheerder {4}
B: Doe ik {4}
~
A: 4 mei: welke lijn na de verstoring? {8}
C: Burgemeester geeft zelf een reactie vanavond. Wij zeggen niks over de persoon {8}
B: Veel reacties op Facebook, sommige nogal grof {8}
A: Modereren volgens ons beleid {8}
B: Ok {8}
C: Vraag over de camera's bij het station: wanneer komen ze? {1}
A: Juni, na het besluit van de burgemeester. Privacy is gecheckt {1}
C: Dank {1}
~
B: NOS belt over zonnepanelen op monumenten, ze maken een item over verschillende gemeenten {10}
A: Wethouder De Boer wil wel, zij is er trots op {10}
B: Afspraak vrijdag 10 uur aan de Prinsengracht, bij een bewoner die nu wel mag {10}
A: Mooi
""",
    ),
    Chat(
        "Toezicht bouwen en wonen",
        "ruimte",
        "2025-02-24 08:15",
        ["Bart Schuring", "Femke Lok", "Gerrit Mulder"],
        """
A: Weekplanning: Femke Groenmarkt, Gerrit Koedijk, ik Prinsengracht 14 {5,6,10}
B: Groenmarkt: bouwkundige nulmeting is klaar voor 23 panden, foto's staan in de map {6}
A: Ook de kelder van de bakker? {6}
B: Ja, die had al scheuren, netjes vastgelegd {6}
C: Koedijk: ik ben vanmiddag in 4 woningen met de mensen van Reestland {5}
A: Neem de vochtmeter mee {5}
C: Heb ik. En een mondkapje, schijnt erg te zijn {5}
A: Prinsengracht 14: de eigenaar heeft panelen op het voordakvlak gelegd zonder vergunning {10}
B: Oei, rijksmonument? {10}
A: Nee, wel beschermd stadsgezicht. Dus vergunningplichtig {10}
~
C: Koedijk 112: zwarte plekken op het plafond van de slaapkamer, behang komt los {5}
C: PHOTO "Woonstichting Reestland - melding vocht en schimmel nr. 2025-0341 - in behandeling" {5}
C: Dit briefje hangt op de deur. Melding al uit januari {5}
A: En de oorzaak? {5}
C: Geen ventilatie, mechanische afzuiging kapot sinds 2022, en koudebruggen bij de balkons {5}
A: Dat is een gebrek volgens de Bbl {5}
C: Ja. Ik maak rapport op {5}
B: Groenmarkt: eerste heidag, meter op de bakker gaf piek van 6,2 {6}
A: Boven de grenswaarde? {6}
B: SBR-richtlijn categorie 2 is 5 mm/s, dus ja {6}
A: Meld het aan Joost, ik denk dat het stil moet {6}
B: Gedaan {6}
~
A: Prinsengracht 14: eigenaar diende toch aanvraag in, CRK zegt nee, zichtbaar vanaf de gracht {10}
B: Eerlijk gezegd zie je ze nauwelijks {10}
A: Het zijn blauwe panelen met een aluminium rand. Met zwarte full black zou het wel kunnen zegt de CRK {10}
B: Dan laat je hem die vervangen {10}
A: Dat voorstel ga ik doen {10}
C: Koedijk: rapport af. 12 van de 14 bezochte woningen hebben ernstige schimmel {5}
A: Ik stuur het naar Esther voor de handhaving {5}
~
B: Groenmarkt: schademeldingen nu 17, allemaal naar het schadebureau van de aannemer doorgezet {6}
A: Hoe loopt dat? {6}
B: Expert van Crawford komt langs, ze betalen uit de CAR-verzekering {6}
C: Een bewoner wil dat de gemeente betaalt, wij hebben de vergunning gegeven zegt hij {6}
A: Nee, de aannemer is aansprakelijk, wij verwijzen {6}
C: Ok {6}
A: Wie heeft de dienstauto morgen?
B: Ik
""",
    ),
    Chat(
        "Wijkteam Koedijkslanden",
        "samenleving",
        "2024-11-04 09:00",
        ["Naima El Idrissi", "Pieter Vos", "Jolanda Meijer", "Coen Hartman"],
        """
A: Goedemorgen team. Casusbespreking om 10, daarna wijkrondje
B: Ik heb een gezin aan de Koedijk met een kind met benauwdheid, moeder wijst op de schimmel in de slaapkamer {5}
C: Dat hoor ik steeds vaker, van de flats bij het winkelcentrum {5}
A: Hebben ze het gemeld bij de corporatie? {5}
B: Drie keer, krijgen steeds te horen dat ze moeten ventileren {5}
D: Die ramen kunnen niet eens open in de slaapkamer, ik ben er geweest {5}
A: Ok, we gaan het verzamelen. Wie houdt een lijstje bij? {5}
C: Ik {5}
A: Schuldhulp: de wachtlijst is weer 6 weken
B: Helaas
~
C: Lijstje vocht/schimmel: 11 adressen, allemaal Reestland, allemaal blok 3 tot 7 {5}
A: Ik neem contact op met de GGD, medische milieukunde {5}
D: En met het team wonen van de gemeente? {5}
A: Ja, Esther Tuinstra {5}
B: De moeder vraagt of ze een andere woning kan krijgen, urgentie {5}
A: Dat loopt via Reestland, medische urgentie met een verklaring {5}
~
A: GGD heeft gereageerd: ze komen in januari langs in 5 woningen {5}
C: Januari, dat is lang {5}
A: Eerder kan niet, ze hebben een achterstand {5}
D: Reestland gaat in elk geval ontvochtigers uitdelen {5}
B: Een pleister {5}
C: Buurtcentrum is volgende week dicht door lekkage trouwens
A: Noteer ik
~
A: Update: GGD-advies binnen, schimmel is een gezondheidsrisico, vooral voor kinderen en mensen met longklachten. Advies: oorzaak wegnemen, niet schoonmaken alleen {5}
B: Ik geef het door aan de gezinnen {5}
D: Huurdersvereniging De Koedijk organiseert een avond, 30 jan {5}
A: Ik ga erheen {5}
~
A: Avond huurders: 60 mensen, heel boos. Reestland was er ook {5}
B: En? {5}
A: Ze beloven een aanpak voor alle 96 woningen, eerst onderzoek door een bureau {5}
C: En de tussentijd? {5}
A: Ontvochtigers en schoonmaak. En ze betalen de stroom {5}
""",
    ),
    Chat(
        "Teamleiders KCC",
        "dienstverlening",
        "2025-04-01 08:00",
        ["Ingrid Bosma", "Rick Veenstra", "Maaike Dam"],
        """
A: Vorige week 4.120 contacten, wachttijd telefoon 3 min 40
B: Te hoog. Waar komt het door?
C: Veel vragen over de GPK, de gehandicaptenparkeerkaart. Mensen wachten al maanden {9}
A: Hoeveel? {9}
C: Volgens Wmo ligt er een achterstand van 230 aanvragen {9}
B: Waarom? {9}
C: Medische keuring gaat via Argonaut, die hebben geen artsen {9}
A: Kunnen we een standaardantwoord maken? {9}
C: Ja, ik maak er een met een verwachte termijn {9}
B: Ook veel vragen over de graven aan de Hoogeveenseweg {4}
A: Wat willen ze weten? {4}
B: Of hun graf erbij zit, en wat het kost om te verlengen {4}
C: Lijst staat op de site, verlengen 10 jaar is 640 euro {4}
B: Mensen vinden dat duur {4}
A: Dat is het tarief, verwijs naar Burgerzaken voor een betalingsregeling {4}
~
C: GPK: een mevrouw aan de telefoon huilend, haar man kan niet meer lopen, aanvraag uit december {9}
A: Escaleer naar Wmo, met een terugbelverzoek {9}
C: Gedaan {9}
B: Klachten over geluid van warmtepompen in Berggierslanden, drie telefoontjes vandaag {3}
A: Waar gaat dat heen? {3}
B: Milieu, RUD Drenthe doet de metingen {3}
A: Registreer ze als melding openbare ruimte of als milieuklacht? {3}
B: Milieuklacht {3}
A: Ok
~
A: Wachttijd nu 2 min 10. Wmo heeft extra keuringen ingekocht {9}
C: Het standaardantwoord GPK is aangepast: nu 10 weken {9}
B: Ook vragen over weesfietsen, mensen kwijt hun fiets bij het station {7}
A: Verwijs naar het depot Blankenstein, met openingstijden {7}
B: Dinsdag en donderdag 13-16 {7}
A: Mooi
""",
    ),
    Chat(
        "Beheer begraafplaatsen",
        "dienstverlening",
        "2025-01-13 08:30",
        ["Henk Brouwer", "Wilma Oosting", "Erik Veldkamp"],
        """
A: Goedemorgen. We moeten het ruimingsplan voor de Hoogeveenseweg nog vaststellen {4}
B: Vak C en D, 312 graven met verlopen rechten {4}
C: Ook de kindergraven? {4}
A: Nee, die laten we met rust. Algemene graven uit de jaren 60 en 70 {4}
B: Bekendmaking in de Staatscourant en op elk graf een bordje, een jaar van tevoren {4}
A: Ik heb het bordje gemaakt {4}
A: PHOTO "Mededeling: de grafrechten van dit graf zijn verlopen. Neem contact op met de beheerder van de begraafplaats" {4}
C: Helder. Hoeveel bordjes? {4}
B: 312, ik bestel ze {4}
C: Het hek aan de achterkant hangt scheef
A: Melding maken bij de wijkploeg
~
B: Eerste telefoontjes na de bordjes: 14 families {4}
A: Hoeveel willen verlengen? {4}
B: 9. De rest wil de grafsteen meenemen {4}
C: Een meneer was heel emotioneel, zijn moeder ligt in vak D. Hij dacht dat het een eigen graf was {4}
A: Was het een algemeen graf? {4}
C: Nee, particulier graf, maar in 2004 niet verlengd. De brief kwam terug, onbekend adres {4}
A: Dan mag hij alsnog verlengen. Ruim vriendelijk {4}
C: Heb ik gezegd {4}
~
A: De ruiming zelf wordt in maart 2026, door Uitvaartbeheer Noord {4}
B: En de resten? {4}
A: Herbegraven in het verzamelgraf, met een gedenkplaat met alle namen {4}
C: Mooi gebaar {4}
B: Er komt ook een Woo-verzoek binnen over deze ruiming {4}
A: Hoezo? {4}
B: Een familie wil alle stukken. Ik stuur het door naar het Woo-team {4}
A: Goed
C: Wie maait er dit jaar?
A: De wijkploeg
~
B: Stand: 87 rechten verlengd, 41 stenen opgehaald, de rest geen reactie {4}
A: Bordjes staan tot 1 oktober {4}
""",
    ),
    Chat(
        "Wijkploeg Zuid openbare ruimte",
        "openbare_ruimte",
        "2025-03-17 07:15",
        ["Gert Jan Bakker", "Frank Dijkstra", "Lisanne Kok"],
        """
A: Morgen. Vandaag: Frank Oevers, ik stationsgebied, Lisanne kantoor
B: Oevers: de zwerfkatten bij de loods van Lamberts, ik zag er zeker 15 {11}
A: Hoeveel meldingen nu? {11}
C: 9 in het systeem sinds januari, vooral over stank en kittens onder de auto's {11}
A: Wie gaat erover? Wij doen alleen dode dieren {11}
C: Dierenbescherming Noord-Nederland doet TNR: vangen, castreren, terugzetten. Maar ze willen een bijdrage {11}
A: Hoeveel? {11}
C: 75 euro per kat {11}
A: Ik vraag het na bij de wethouder {11}
A: Station: morgen ruimen van de fietsen, aanhanger klaar? {7}
B: Ja, en de betonschaar {7}
A: Label nog controleren, anders mogen ze niet weg {7}
~
A: Ruimactie klaar. 48 stuks naar Blankenstein {7}
C: Ik zet ze in het register {7}
A: Framenummers ook checken in het register van gestolen fietsen {7}
C: 3 staan als gestolen, ik bel de politie {7}
B: Oevers: de Dierenbescherming heeft kooien gezet {11}
A: Al? Het geld is nog niet rond {11}
B: Ze beginnen vast, de vrijwilligers waren er toch {11}
~
B: Katten: 12 gevangen, 7 poezen en 5 katers, allemaal gesteriliseerd/gecastreerd {11}
A: En de kittens? {11}
B: 6 kittens naar het asiel, die worden herplaatst {11}
A: Mooi {11}
C: De factuur van de Dierenbescherming is binnen, 1.350 euro {11}
A: Naar Hanneke voor de budgetcheck {11}
B: Gladheid: laatste strooironde van het seizoen gedaan
A: Top
~
B: Lantaarnpaal aan de Eendrachtsweg scheef
A: Melding
C: Fietsenstalling: de nieuwe labels zijn te makkelijk eraf te trekken {7}
A: Andere leverancier zoeken {7}
""",
    ),
    Chat(
        "Team Milieu en omgevingsdienst",
        "ruimte",
        "2025-01-28 09:00",
        ["Arjen Kuipers", "Lotte Bos", "Dennis Meijer"],
        """
A: Nieuwe klacht: warmtepomp Berggierslanden, Tjalkstraat, buurman kan niet slapen {3}
B: Derde in die straat {3}
A: Ja, nieuwbouw uit 2023, alle woningen lucht-water, de buitenunits staan vlak bij de erfgrens {3}
C: Wat is de norm? {3}
A: Bbl artikel 3.?? Sorry, 40 dB(A) op de erfgrens in de nachtperiode {3}
B: En de bouwer? {3}
A: Aannemer Bouwgroep Dijkstra, die zegt dat het binnen de norm was bij oplevering {3}
C: Ik vraag de RUD om te meten {3}
A: Doe maar {3}
B: Wie heeft de vergadering met het waterschap?
C: Ik
~
C: RUD kan pas over 5 weken meten. En ze willen in de winter meten, als de pomp vol draait {3}
A: Dus februari. Prima {3}
B: De melder heeft intussen de wethouder gemaild {3}
A: Natuurlijk {3}
C: Meetrapport Tjalkstraat 12 en 14 binnen: 44 dB(A) 's nachts, dus 4 dB te hoog {3}
A: Dan handhaven, bij de eigenaar {3}
B: De eigenaar is de bewoner zelf, die heeft er niks aan gedaan. De installateur heeft hem verkeerd geplaatst {3}
A: Juridisch is de eigenaar verantwoordelijk. Eerst een brief {3}
~
C: Oplossing in de Tjalkstraat: geluidsomkasting en de nachtstand {3}
A: En nu? {3}
C: Hermeting 38 dB(A), dus binnen de norm {3}
B: Nog 4 andere klachten in Berggierslanden, ook de Schokkerstraat {3}
A: Zelfde aanpak. En ik wil een brief naar alle bewoners van de wijk met tips {3}
B: Maak ik {3}
~
B: Klacht bedrijf Agro Oevers over stof, andere zaak
A: Ok, die doet Dennis
C: Trillingsmetingen Groenmarkt: de RUD heeft de rapporten van de aannemer gecheckt, klopt {6}
A: Mooi {6}
""",
    ),
    Chat(
        "Wethouder De Boer en beleid",
        "bestuur",
        "2025-04-07 08:00",
        ["Wethouder De Boer", "Esther Tuinstra", "Ruben Hoekstra", "Lotte Bos"],
        """
A: Goedemorgen. Drie dingen: fatbikes, zonnepanelen, warmtepompen {2,3,10}
C: Fatbikes: 31 aangesproken in één week, 4 bekeuringen. Ouders en scholen zijn blij met de voorlichting {2}
A: Kunnen we een verbod? {2}
C: Een verbod op fatbikes als zodanig kan niet, het is een fiets. Wel fietsverbod in het voetgangersgebied de hele dag {2}
A: Dat wil ik onderzoeken. APV-wijziging? {2}
C: Ja, artikel 5:?? over fietsen in de binnenstad. Juridisch kijkt ernaar {2}
B: Zonnepanelen: beleidsregel ligt er, college 8 juli {10}
A: Wat verandert er? {10}
B: Niet zichtbaar mag altijd, zichtbaar alleen full black in het dakvlak, rijksmonumenten volgens RCE {10}
A: Hoeveel mensen hebben we geweigerd? {10}
B: 7 in 2024, 2 dit jaar {10}
A: Die laten we opnieuw aanvragen {10}
D: Warmtepompen: de hermeting in de Tjalkstraat is binnen de norm {3}
A: Fijn. Andere straten? {3}
D: 4 nieuwe klachten, we gaan er net zo mee om {3}
A: Mail even de bewoners, ze hebben mij gemaild {3}
D: Doe ik {3}
~
A: De katten op Oevers, wie betaalt die factuur? {11}
B: Uit het budget dierenwelzijn, 5.000 euro per jaar {11}
A: Ok, regel het. Er komen meer vragen over zwervende katten {11}
~
A: Gesprek met de Fietsersbond over fatbikes, donderdag {2}
C: Ik sluit aan {2}
""",
    ),
    Chat(
        "Wmo-team parkeerkaarten",
        "samenleving",
        "2025-02-17 09:00",
        ["Monique Hof", "Sander Postma", "Yara Lubbers"],
        """
A: Stand GPK: 231 open aanvragen, oudste uit oktober {9}
B: De keuringen? {9}
C: Argonaut heeft 1 arts voor heel Drenthe nu, de rest is ziek of weg {9}
A: Kunnen we een andere partij inhuren? {9}
B: Via de raamovereenkomst kan Sociaal Medisch Adviesbureau Noord ook {9}
A: Offerte vragen {9}
C: Al gedaan, 180 euro per keuring tegen 145 bij Argonaut {9}
A: Ok, doen {9}
B: Kunnen we mensen met een bekende aandoening zonder keuring helpen? {9}
A: Als er al een medisch advies in het dossier zit van de afgelopen 2 jaar, ja {9}
~
C: 46 aanvragen afgehandeld zonder keuring {9}
A: Mooi {9}
B: Klachtenlijst gpk: 19 formele klachten, 3 naar de ombudsman {9}
A: Ik schrijf een brief aan alle wachtenden met excuses {9}
C: Tijdelijke kaart? {9}
A: Kan niet, het is een landelijk model. Wel gedogen we parkeren op de blauwe plekken met de aanvraagbevestiging {9}
B: Dat moet je wel aan de boa's doorgeven {9}
A: Goed punt {9}
C: Huishoudelijke hulp: nog twee indicaties open
A: Die pak ik
~
A: Stand: 112 open, wachttijd 9 weken {9}
B: Extra keuringsdagen lopen goed, 30 per week {9}
A: Raadsvraag van de VVD, ik maak het antwoord {9}
~
A: Stand juni: 41 open, alle binnen de termijn van 8 weken {9}
""",
    ),
    Chat(
        "Comité 4 en 5 mei",
        "samenleving",
        "2025-02-03 19:30",
        ["Jan Timmerman", "Hilde Zwiers", "Ilse Koster", "Marco Kroeze"],
        """
A: Goedenavond. Dit jaar 80 jaar bevrijding, dus de herdenking bij het monument in het Wilhelminapark wordt groter {8}
B: Hoeveel mensen verwachten we? {8}
A: Vorig jaar 600, nu misschien 1.000 {8}
C: Vanuit de gemeente: de burgemeester spreekt, en we regelen de verkeersregelaars {8}
D: Stille tocht vertrekt 19.30 bij de Mariakerk {8}
B: Wie legt de kransen? {8}
A: Burgemeester, veteranen, scholen, en de Indische gemeenschap {8}
C: Beveiliging: ik vraag 4 extra beveiligers aan bij SecurityTeam Meppel {8}
A: Is dat nodig? {8}
C: Vorig jaar was er iemand die riep tijdens de stilte. Liever zeker {8}
~
D: Programma bevrijdingsfestival 5 mei rond, 6 bands
A: Mooi
C: Herdenking: de politie zet 2 agenten bij het monument en 1 bij de stille tocht {8}
B: En een EHBO-post {8}
C: Rode Kruis, geregeld {8}
~
A: Wat een avond. Die man tijdens de twee minuten, ik was er echt van aangeslagen {8}
B: Gelukkig hielden de veteranen hun rug recht {8}
C: De beveiligers stonden aan de verkeerde kant, daardoor duurde het te lang voor ze bij hem waren {8}
D: Ongeveer 40 seconden {8}
A: Het was op tv, de halve stilte ging verloren {8}
C: De burgemeester wil een evaluatie. Ik maak een opzet {8}
~
C: Evaluatie: volgend jaar hekken met 10 meter afstand, beveiligers in het publiek, een draaiboek voor verstoringen {8}
A: Ook een opnieuw moment van stilte als het misgaat? {8}
C: Goed idee, de ceremoniemeester krijgt die bevoegdheid {8}
B: En de man? {8}
C: Hij is opgenomen, verder geen strafzaak {8}
A: Ok {8}
D: Vergeet de bedankbrief aan de vrijwilligers niet
A: Doe ik
""",
    ),
    Chat(
        "Team Vergunningen binnenstad",
        "ruimte",
        "2025-05-12 08:30",
        ["Femke Lok", "Bart Schuring", "Karin Dekker"],
        """
A: Stapel aanvragen PV: 6 nieuwe in het stadsgezicht {10}
B: Allemaal aanhouden tot de beleidsregel er is? {10}
C: Ja, afspraak met de wethouder. Aanvragers een brief {10}
A: Eentje is een rijksmonument aan de Kleine Oever, die gaat naar de RCE {10}
C: Klopt {10}
B: Ook een terrasvergunning Woldstraat
A: Die doe ik
~
C: CRK vergadering: 3 zonnepaneel-aanvragen besproken, 2 positief met full black, 1 negatief (voordakvlak Prinsengracht) {10}
A: Dat is die handhavingszaak {10}
C: Ja, nu weigeren we, dan bezwaar, dat weet ik al {10}
B: Mooi niet, hij gaat ze vervangen heb ik gehoord {10}
~
C: De beleidsregel is vastgesteld! Vanaf 1 augustus {10}
A: Alle aangehouden aanvragen nu beoordelen {10}
B: 11 stuks. Ik doe er 6 {10}
A: Ik de rest {10}
C: Zet ook op de site een uitlegpagina {10}
~
A: Drie aanvragen zonnepanelen verleend, eentje opnieuw geweigerd, zichtbaar vanaf de Hoofdstraat met glanzende panelen {10}
C: Ok {10}
B: Sloopmelding Zomerdijk binnen
C: Ik kijk
""",
    ),
    Chat(
        "Heiwerk Groenmarkt",
        "ruimte",
        "2025-03-03 07:00",
        ["Joost van Leeuwen", "Femke Lok"],
        """
A: Ze zijn begonnen {6}
B: Ik hoor het tot op kantoor {6}
A: Meter staat op de gevel van de bakker {6}
~
B: Piek 6,2 {6}
A: Stoppen {6}
B: Aannemer zegt dat het een uitschieter is {6}
A: Maakt niet uit. Stoppen tot het plan er is {6}
~
B: Plan: geboorde schroefpalen in plaats van geheide, 2 weken vertraging {6}
A: Akkoord {6}
~
B: Weer begonnen, max 1,8 {6}
A: Top {6}
~
B: 17 schademeldingen, de expert gaat alles af {6}
A: Lijst bijhouden {6}
B: PHOTO "Schademelding bouwproject Groenmarkt - bel het schadeloket BouwCombinatie Meppel 0522 849 200" {6}
B: Hangt bij de bouwhekken nu {6}
""",
    ),
    Chat(
        "Schimmel flats Koedijk",
        "ruimte",
        "2025-03-20 10:00",
        ["Esther Tuinstra", "Gerrit Mulder", "Marieke Jonker"],
        """
A: Vooraankondiging last onder dwangsom naar Reestland, gisteren verstuurd {5}
B: Reactie? {5}
A: Ze bellen vandaag {5}
C: Juridisch: de begunstigingstermijn van 3 maanden is redelijk volgens mij {5}
~
A: Reestland: ze willen versnellen, ventilatie vanaf juni in plaats van september {5}
B: En de zwaarste gevallen eerder? {5}
A: 14 woningen krijgen in april al mechanische ventilatie {5}
C: Dan schorten we de last op {5}
A: Ja maar we blijven controleren {5}
~
B: Controle 6 woningen: ventilatie werkt, schimmel behandeld, 1 woning nog vocht in de kruipruimte {5}
A: Laten oplossen {5}
B: Reestland pakt het op {5}
~
A: Alle 96 klaar volgens Reestland {5}
B: Steekproef gedaan bij 20, ziet er goed uit {5}
A: Dossier sluiten {5}
""",
    ),
    Chat(
        "GPK vragen balie",
        "dienstverlening",
        "2025-03-10 09:00",
        ["Maaike Dam", "Monique Hof"],
        """
A: Meneer aan de balie, aanvraag uit november, nog steeds geen keuring {9}
B: Naam? {9}
A: Stuur ik je privé {9}
B: Hij staat volgende week ingepland {9}
~
A: Weer eentje. Mevrouw met een rolstoel, moet nu betaald parkeren {9}
B: Met de aanvraagbevestiging mag ze op de blauwe plek {9}
A: Dat wist ze niet, en de boa gaf haar een bon {9}
B: Ik regel dat de bon vervalt {9}
~
A: Dank, ze was heel blij {9}
""",
    ),
    Chat(
        "Fietswrakken station",
        "openbare_ruimte",
        "2025-06-02 08:00",
        ["Anouk Brink", "Gert Jan Bakker"],
        """
A: Ronde 2: 55 labels in stalling oost {7}
B: Ook die bij de bus? {7}
A: Ja, daar staan er 12 zonder wiel {7}
~
B: Datum ruimen: 17 juni {7}
A: Ok {7}
~
A: 41 mee, 14 gebleven {7}
B: Depot zit bijna vol {7}
A: Na drie maanden gaan de oudste naar de Fietsbank, de wrakken naar de schroot {7}
B: Fietsbank blij {7}
~
A: Meneer boos in het depot, 25 euro terwijl zijn fiets volgens hem niet te lang stond {7}
B: Had hij het label gezien? {7}
A: Hij zegt van niet. Ik heb de foto laten zien met datum {7}
B: Dan klopt het {7}
""",
    ),
    Chat(
        "Zwerfkatten Oevers",
        "openbare_ruimte",
        "2025-02-10 10:00",
        ["Lisanne Kok", "Gert Jan Bakker", "Inge de Vries"],
        """
C: Hallo, ik ben Inge van de Dierenbescherming, ik ben toegevoegd voor de katten op Oevers {11}
A: Welkom! {11}
C: We hebben kooien, maar we hebben toestemming nodig van de terreineigenaren {11}
B: Lamberts en Houthandel Oevers zijn akkoord {11}
C: Mooi, we beginnen 20 maart {11}
~
C: Eerste week: 8 gevangen {11}
A: Gezond? {11}
C: 2 hadden kattenziekte, helaas moesten die worden ingeslapen {11}
A: Wat zielig {11}
C: De rest gecastreerd en teruggezet met een knipje in het oor {11}
~
C: Totaal 18 gevangen, 6 kittens herplaatst. Factuur stuur ik naar jullie {11}
B: Graag naar het algemene factuuradres met het zaaknummer {11}
C: Doe ik {11}
A: Wat kost een voerplek? {11}
C: Die laten we bij Lamberts staan, een vrijwilliger voert {11}
""",
    ),
    Chat(
        "Overleg wijkagenten en gemeente",
        "veiligheid",
        "2025-05-19 10:00",
        ["Wijkagent Harm Bakker", "Ruben Hoekstra", "Wouter Zandstra"],
        """
A: Goedemorgen. Paar punten van onze kant
A: Beelden opvragen station: hoe gaat dat nu met de nieuwe camera's? {1}
C: Uitkijken live doet jullie meldkamer op vrijdag en zaterdag. Terugkijken alleen op verzoek van de officier of bij een incident, via het formulier {1}
A: Formulier? {1}
C: Staat in het protocol, ik stuur het. Ook loggen wie heeft gekeken, dat wil de privacy officer {1}
A: Ok {1}
A: Afgelopen weekend zakkenroller op de beelden gezien, aangehouden op het perron {1}
C: Mooi, eerste succes. Mag ik dat gebruiken voor de evaluatie? {1}
A: Zonder namen {1}
B: Fatbikes: kunnen jullie de opgevoerde meten? {2}
A: We hebben een rollerbank geleend van Zwolle, 2 juni actie bij de Hoofdstraat {2}
B: Wij staan erbij {2}
~
A: Rollerbank: 14 getest, 9 opgevoerd tot 40+ km/u. Die zijn in beslag genomen {2}
B: 9?! {2}
A: Ouders moeten ze ophalen op het bureau. Veel gedoe {2}
B: Kan ik de cijfers doorzetten naar de wethouder? {2}
A: Ja {2}
A: Fiets uit jullie depot bleek gestolen, eigenaar is blij {7}
B: Mooi, dat was er 1 van de 3 {7}
A: Verder: woninginbraak Oosterboer
C: Dat pakken we los op
""",
    ),
    Chat(
        "Privacy DPIA cameratoezicht",
        "bedrijfsvoering",
        "2025-02-05 11:00",
        ["Sophie van Dam", "Wouter Zandstra"],
        """
A: Ik ben begonnen met de DPIA voor het station {1}
B: Wat heb je van mij nodig? {1}
A: De camerastandpunten, de bewaartermijn en wie toegang krijgt {1}
B: 9 standpunten, tekening stuur ik. Bewaartermijn 28 dagen {1}
A: Waarom 28 en niet 7? {1}
B: Aangiftes van zakkenrollerij komen soms pas na 2 weken {1}
A: Ok, dan moet je dat zo motiveren {1}
~
A: Risico: 2 camera's kijken in de woningen aan de Stationsweg. Masking nodig {1}
B: Kan dat met deze camera's? {1}
A: Ja, de leverancier zegt van wel {1}
B: Ok {1}
A: Ook moet de AP niet geraadpleegd, restrisico is laag na de maatregelen {1}
~
A: DPIA af, naar de burgemeester {1}
B: Dank! {1}
A: Over een jaar evalueren, staat erin {1}
""",
    ),
    Chat(
        "Camera's station plaatsing",
        "veiligheid",
        "2025-06-10 07:30",
        ["Wouter Zandstra", "Niels Bouma"],
        """
B: Masten staan, morgen de kasten {1}
A: Glasvezel? {1}
B: Ligt er al {1}
~
B: 9 hangen. Bord met de tekst komt bij beide ingangen {1}
B: PHOTO "Cameratoezicht - In dit gebied hangen camera's - Burgemeester van Meppel" {1}
A: Mooi {1}
~
B: Masking getest, ramen zwart {1}
A: Top {1}
B: Nr 7 valt soms uit, monteur donderdag {1}
~
B: 7 doet het weer, stekker van de PoE switch {1}
A: 👍 {1}
""",
    ),
    Chat(
        "Verkeersveiligheid scholen",
        "openbare_ruimte",
        "2025-03-24 14:00",
        ["Eva Kamphuis", "Ruben Hoekstra", "Rector Menso Alting"],
        """
C: Dank voor de voorlichting van vorige week. De leerlingen waren onder de indruk van de boa's {2}
A: Fijn. Wat zijn de afspraken nu? {2}
C: Geen fatbikes meer op het schoolplein, stallen achter de gymzaal {2}
B: En op de stoep bij de Hoogeveenseweg? {2}
C: Daar blijft het lastig, de fietsers in de spits {2}
A: We zetten er een paar keer boa's neer {2}
C: En een ouderavond over de fatbike, 10 april {2}
A: Ik kom, met iemand van Veilig Verkeer {2}
~
C: Ouderavond was goed bezocht, 90 ouders {2}
A: Wat vonden ze? {2}
C: Veel ouders wisten niet dat opvoeren illegaal is en dat de verzekering dan niks dekt {2}
B: Dat is het verhaal {2}
A: Mooi. Oversteek Hoogeveenseweg: nieuwe markering in mei
C: Fijn
""",
    ),
    Chat(
        "Wijkregie Berggierslanden",
        "samenleving",
        "2025-02-20 10:00",
        ["Tessa Huisman", "Lotte Bos"],
        """
A: Ik krijg op de wijkavond veel klachten over warmtepompen {3}
B: Welke straten? {3}
A: Tjalkstraat, Schokkerstraat, Botterstraat {3}
B: Tjalk is gemeten, de rest nog niet {3}
A: Sommige mensen hebben ruzie met de buren erdoor {3}
B: Kan buurtbemiddeling iets? {3}
A: Ja, 2 zaken lopen al bij Buurtbemiddeling Meppel {3}
~
A: AUDIO {3}
A: Sorry, zat in de auto. Dus: kun je een informatieavond geven over de warmte pompen? {3}
B: Ja, met de RUD en een installateur {3}
A: 14 mei in De Brug {3}
~
B: Avond: 45 mensen, veel tips gegeven over de plaats van de buitenunit en de nachtstand {3}
A: En de mensen met klachten? {3}
B: Worden gemeten, binnen 4 weken {3}
""",
    ),
    Chat(
        "Woo-team verzoeken",
        "bestuur",
        "2025-04-14 09:00",
        ["Anne Visscher", "Bram de Lange"],
        """
A: Nieuw Woo-verzoek: alle stukken over de ruiming van graven aan de Hoogeveenseweg {4}
B: Van wie? {4}
A: Een nabestaande. Termijn 4 weken, loopt tot 12 mei {4}
B: Ik vraag de stukken op bij Begraafplaatsen {4}
A: Ook de brieven aan families, met namen weglakken {4}
B: Tuurlijk {4}
A: Nog een verzoek over de inhuur van adviseurs
B: Die pak ik later
~
B: Stukken ruiming ontvangen: 142 documenten {4}
A: Verdagen? {4}
B: Ja, 2 weken {4}
~
B: Besluit ruiming is uit, deels openbaar {4}
A: Mooi {4}
""",
    ),
    Chat(
        "Raadsgriffie vragen",
        "bestuur",
        "2025-04-22 09:00",
        ["Griffier Lucas Mensink", "Anne Visscher", "Kim Post"],
        """
A: Schriftelijke vragen binnen, ter info: VVD over de wachttijd gehandicaptenparkeerkaart {9}
B: Wie beantwoordt? {9}
A: Wmo, Monique Hof {9}
A: ChristenUnie over fatbikes bij scholen {2}
C: Dat gaat naar Ruben en de wethouder {2}
A: En GroenLinks vraagt wanneer de beleidsregel zonnepanelen komt {10}
C: Juli {10}
A: Staat er ook een APV-wijziging voor de camera's op de agenda, raad 24 april {1}
B: Ja, die is al ingebracht {1}
~
A: APV-wijziging aangenomen, 21-4. PVV en SP tegen {1}
B: Waarom? {1}
A: Privacy, zeiden ze {1}
C: Noteer ik voor de pers {1}
A: Motie vreemd: SP wil de gemeente laten betalen voor de schade aan de Groenmarkt {6}
B: Die haalt het niet {6}
A: Verworpen ja {6}
~
A: Antwoorden GPK-vragen zijn verstuurd {9}
B: Dank {9}
A: Raad 26 juni: voorstel fietsverbod voetgangersgebied hele dag, vanwege de fatbikes {2}
C: Is het aangenomen? {2}
A: Uitgesteld, eerst een evaluatie in het najaar {2}
""",
    ),
    Chat(
        "Collegeagenda",
        "bestuur",
        "2025-06-30 08:00",
        ["Secretaris Lianne Stok", "Burgemeester Van Dalen", "Wethouder De Boer"],
        """
A: Agenda 8 juli: beleidsregel zonnepanelen, aanwijzingsbesluit cameratoezicht, jaarrekening {1,10}
B: Camera's: het besluit ligt er, ik teken {1}
C: Zonnepanelen: ik ben blij met de regel. Zijn er reacties van de Historische Vereniging? {10}
A: Ja, ze vinden full black acceptabel, maar niet op de Kerkplein-zijde {10}
C: Daar hebben we rekening mee gehouden, de zichtlijnen vanaf het plein zijn uitgezonderd {10}
A: Jaarrekening: akkoord na de accountant
B: Goed
~
A: Besluiten 8 juli: beleidsregel vastgesteld, camerabesluit getekend {1,10}
B: Persbericht? {1,10}
A: Twee, morgen {1,10}
""",
    ),
    Chat(
        "Financiën facturen en budgetten",
        "bedrijfsvoering",
        "2025-04-15 09:00",
        ["Hanneke Wolters", "Gert Jan Bakker", "Monique Hof", "Wouter Zandstra"],
        """
A: Facturen ter goedkeuring, graag voor vrijdag
B: Dierenbescherming 1.350 euro voor de katten op Oevers, op welke post? {11}
A: Dierenwelzijn, 6.3.2. Daar staat nog 3.800 op {11}
B: Er komt nog een tweede factuur, voor de tweede ronde {11}
A: Dan zitten we eraan. Meld het bij de voorjaarsnota {11}
C: Keuringen GPK bij het nieuwe bureau, 30 per week maal 180 euro {9}
A: Hoeveel weken? {9}
C: 10 weken, dus 54.000 {9}
A: Dat zit niet in de begroting {9}
C: Nee, het college heeft extra geld toegezegd, besluit volgt {9}
D: Camera's station: eerste termijn Securitas Beeld, 37.000 {1}
A: Krediet is er, goedgekeurd {1}
A: Graag ook de declaraties van de heidag
C: Volgt
~
B: Depot fietsen: huur van de loods aan de Blankenstein, 1.100 per maand {7}
A: Tot wanneer? {7}
B: Voor onbepaalde tijd, het is onze enige plek voor de weesfietsen {7}
A: Ok {7}
A: Leges zonnepanelen: moeten we die terugbetalen voor de geweigerden die opnieuw aanvragen? {10}
D: De wethouder heeft toegezegd dat het tweede keer gratis is {10}
A: Dan een raadsinformatiebrief, want het is een leges-afwijking {10}
""",
    ),
    Chat(
        "Grafdelvers en onderhoud",
        "openbare_ruimte",
        "2025-09-15 07:30",
        ["Erik Veldkamp", "Sjoerd Lanting"],
        """
A: Vak D: 11 stenen liggen nog, de families komen ze halen {4}
B: Wanneer? {4}
A: Deze week. Laat ze bij het hek liggen {4}
~
B: Familie Kroes was er, heel verdrietig {4}
A: Begrijpelijk {4}
B: Ze vroegen of de naam op de gedenkplaat komt {4}
A: Ja, alle namen {4}
~
A: Begraving vrijdag 14 uur, vak A
B: Graf is klaar
~
A: 1 oktober voorbij, nog 117 graven zonder reactie {4}
B: Dan in maart ruimen {4}
A: Klopt, met een archeoloog erbij voor het oudste deel {4}
""",
    ),
    Chat(
        "Omgevingsmanager Groenmarkt",
        "ruimte",
        "2025-03-12 12:00",
        ["Joost van Leeuwen", "Paula Zijlstra"],
        """
B: Ik ben Paula, omgevingsmanager van BouwCombinatie Meppel. Ik neem de communicatie met de buren op me {6}
A: Fijn. Er liggen veel zorgen {6}
B: We doen een inloop in de bouwkeet, elke dinsdag {6}
A: En schademeldingen? {6}
B: Via het schadeloket, reactie binnen 5 werkdagen {6}
~
A: Er is een bewoner met een scheur in de voorgevel, hij zegt dat de expert niet komt {6}
B: Ik bel hem zelf {6}
~
B: Afgehandeld: 12 meldingen uitbetaald, 3 afgewezen (schade was er al bij de nulmeting), 2 lopen {6}
A: Die 3 hebben bezwaar? {6}
B: Ze kunnen naar de geschillencommissie {6}
A: Ok, stuur me het overzicht {6}
""",
    ),
    Chat(
        "Fatbikes binnenstad handhaving avond",
        "veiligheid",
        "2025-05-09 18:00",
        ["Melissa Jansen", "Dirk Wessels"],
        """
A: Bij de Kerkplein weer groepje met fat bikes aan het scheuren {2}
B: Ik kom {2}
~
B: Aangesproken, 5 jongens. 2 namen genoteerd {2}
A: Ze reden over het terras van De Zwaan {2}
~
A: Terras eigenaar heeft een klacht ingediend, hij wil camera's hangen {2}
B: Mag hij niet op de openbare weg richten {2}
A: Dat heb ik gezegd {2}
~
A: Rustige avond, geen fatbieks {2}
B: Het regent ook {2}
""",
    ),
    Chat(
        "Stand weesfietsen",
        "openbare_ruimte",
        "2025-09-01 09:00",
        ["Lisanne Kok", "Anouk Brink"],
        """
A: Hoeveel hebben we dit jaar geruimd? {7}
B: 3 acties: 48, 41 en vandaag 37. Totaal 126 {7}
A: En opgehaald? {7}
B: 19 door eigenaren {7}
A: Klachten? {7}
B: 6, waarvan 2 terecht, label niet goed bevestigd {7}
A: Die krijgen de 25 euro terug {7}
""",
    ),
    Chat(
        "Nabestaanden grafruiming",
        "dienstverlening",
        "2025-05-20 13:00",
        ["Wilma Oosting", "Henk Brouwer"],
        """
A: Mevrouw Bakker-Jonker aan de lijn, haar ouders liggen in vak C, ze wil niet dat ze geruimd worden {4}
B: Verlengen kan {4}
A: Ze kan het niet betalen {4}
B: Betalingsregeling via Burgerzaken, in termijnen {4}
A: Doe ik {4}
~
A: Meneer uit Canada mailt, zijn opa ligt er. Hij wil de steen laten verschepen {4}
B: Mag, maar op eigen kosten {4}
~
A: 3 klachten over de toon van het bordje, te zakelijk {4}
B: Volgende keer een vriendelijkere tekst {4}
""",
    ),
    Chat(
        "Herdenking evaluatie",
        "veiligheid",
        "2025-05-06 09:00",
        ["Ilse Koster", "Wijkagent Harm Bakker"],
        """
A: Ik maak de evaluatie van 4 mei {8}
B: Van onze kant: melding van de beveiliger kwam laat binnen, 40 seconden {8}
A: Hoe kan dat? {8}
B: Ze hadden geen oortjes, alleen portofoons die ze niet mochten gebruiken in de stilte {8}
A: Goed punt, noteren {8}
B: De man had een psychose, hij is nu in behandeling {8}
A: Dat nemen we niet op in het openbare deel {8}
~
A: Concept evaluatie staat in Teams. Reacties graag voor vrijdag {8}
B: Ik heb 2 opmerkingen gezet {8}
""",
    ),
    Chat(
        "Beveiliging gemeentewerf",
        "bedrijfsvoering",
        "2025-03-04 08:00",
        ["Peter Lok", "Niels Bouma"],
        """
A: Na de inbraak in het hek wil de verzekeraar camera's op de werf
B: Hoeveel?
A: 4, bij de poort en de zoutloods
B: Moet daar een DPIA voor? Medewerkers komen in beeld
A: Ja, en de OR moet instemmen
B: Ik vraag de privacy officer
~
B: OR akkoord, mits de beelden niet voor personeelscontrole worden gebruikt
A: Uiteraard
B: Bewaartermijn 7 dagen
A: Prima
""",
    ),
    Chat(
        "Scanauto parkeercontrole",
        "veiligheid",
        "2025-05-14 09:00",
        ["Dirk Wessels", "Sophie van Dam"],
        """
A: De scanauto rijdt vanaf juni ook in Haveltermade
B: Camera's op het dak lezen kentekens, die moeten na 48 uur weg als er geen overtreding is
A: Staat zo in de instellingen
B: En de vergunningen worden automatisch gecheckt?
A: Ja, ook de gehandicaptenplekken op kenteken
B: Ok, dan pas ik het privacyregister aan
""",
    ),
    Chat(
        "Fietsplan personeel",
        "bedrijfsvoering",
        "2025-02-26 10:00",
        ["Sanne Mol", "Peter Lok", "Karin Dekker"],
        """
A: Het fietsplan is weer open, tot 1500 euro
B: Mag het ook een e-bike met dikke banden?
A: Elke fiets die je voor woon-werk gebruikt
C: Ik neem een bakfiets
B: Haha, ik een gewone
A: Aanvragen via het personeelsportaal
~
C: Mijn bakfiets is binnen, past hij in de stalling van het stadhuis?
A: Achterin bij de containers
""",
    ),
    Chat(
        "Verduurzaming stadskantoor",
        "bedrijfsvoering",
        "2025-06-16 08:00",
        ["Ronald Kamp", "Peter Lok"],
        """
A: De warmtepomp op het dak van het stadskantoor is geplaatst
B: Maakt hij veel herrie? Het bestuurscentrum zit eronder
A: Hij draait nu op proef, ik hoor hem nauwelijks
B: Mooi. En de zonnepanelen op het platte dak?
A: Volgende maand, 220 stuks
~
B: Collega's op de 3e klagen over een brom in de vergaderkamer
A: Trillingsdempers onder de unit, morgen
B: Top
""",
    ),
    Chat(
        "Archiefdepot klimaat",
        "bedrijfsvoering",
        "2025-01-22 09:00",
        ["Marloes Tiemens", "Ronald Kamp"],
        """
A: In het archiefdepot in de kelder zit schimmel op een paar dozen bouwvergunningen
B: Hoe kan dat?
A: Luchtvochtigheid 72 procent, de ontvochtiger is kapot
B: Ik bestel een nieuwe
A: De dozen moeten gereinigd worden, ik bel een restaurator
~
A: Restaurator: 40 dossiers aangetast, 3.800 euro
B: Verzekering?
A: Nee, eigen risico
B: Dan uit het huisvestingsbudget
""",
    ),
    Chat(
        "Begraafplaats Nijeveen uitbreiding",
        "openbare_ruimte",
        "2025-04-03 08:00",
        ["Henk Brouwer", "Jeroen Pol"],
        """
A: De begraafplaats in Nijeveen zit bijna vol, nog 30 plekken
B: Uitbreiding aan de oostkant?
A: Grond is van ons, wel een plan nodig
B: Ook een strooiveld?
A: Goed idee, veel vraag naar
~
B: Ontwerp klaar, 300 graven en een urnenmuur
A: Naar de wethouder
""",
    ),
    Chat(
        "Bevrijdingsfestival 5 mei",
        "samenleving",
        "2025-04-10 10:00",
        ["Marco Kroeze", "Kees van der Veen"],
        """
A: Festival op de Kaap, 6 bands, verwacht 8.000 man
B: Vergunning is rond, sluitingstijd 23 uur
A: Beveiliging: 24 man van EventSecure
B: En glasverbod
A: Ja
~
A: Festival top gegaan, geen incidenten
B: 1 aanhouding voor wildplassen
A: Prima
B: Afval is om 2 uur opgeruimd
""",
    ),
    Chat(
        "Zonnepanelen sporthal De Wheem",
        "openbare_ruimte",
        "2025-05-27 08:00",
        ["Ronald Kamp", "Jeroen Pol"],
        """
A: Dak van De Wheem is sterk genoeg voor 400 panelen
B: Subsidie?
A: SDE++ aangevraagd
B: Netcongestie?
A: Enexis geeft 100 kW terug
~
B: Panelen liggen, omvormer doet raar
A: Installateur komt
""",
    ),
    Chat(
        "Parkeren personeel stadhuis",
        "bedrijfsvoering",
        "2025-01-08 09:00",
        ["Sanne Mol", "Karin Dekker"],
        """
A: Parkeervergunningen personeel lopen af eind januari
B: Hoe verlengen?
A: Via het portaal, parkeerkaart wordt op kenteken gezet
B: Wat kost het?
A: 15 euro per maand
~
B: Mijn kenteken is niet goed overgenomen, ik kreeg een naheffing
A: Ik laat het intrekken
""",
    ),
    Chat(
        "Dierenambulance dode dieren",
        "openbare_ruimte",
        "2025-07-07 08:00",
        ["Frank Dijkstra", "Lisanne Kok"],
        """
A: Dode kat op de Zomerdijk, gechipt
B: Ik zoek de eigenaar via Chipnummer.nl
A: Ligt in de koelcel
~
B: Eigenaar gevonden, zij haalt hem op
A: Dode egel Eendrachtsweg ook meegenomen
B: Ok
""",
    ),
    Chat(
        "Verkeersdrempels Nijeveenseweg",
        "openbare_ruimte",
        "2025-08-18 09:00",
        ["Yvonne Smit", "Hans Boerema"],
        """
A: Bewoners Nijeveenseweg klagen over trillingen van de nieuwe drempels, vrachtwagens denderen eroverheen
B: Schade?
A: Een bewoner meldt een scheur in de binnenmuur
B: Laat een trillingsmeting doen door het verkeerskundig bureau
A: Ok
~
A: Meting: 1,2 mm/s, ruim onder de grens
B: Dan de drempel iets flauwer maken, het blijft lastig
A: Bewonersbrief
""",
    ),
    Chat(
        "Veteranendag 2025",
        "samenleving",
        "2025-06-02 10:00",
        ["Jan Timmerman", "Ilse Koster"],
        """
A: Veteranendag 28 juni, defilé over de Hoofdstraat
B: Burgemeester neemt het defilé af
A: Krans bij het monument in het park?
B: Ja, met 1 minuut stilte
A: Beveiliging?
B: Normale inzet, 2 verkeersregelaars
~
A: Mooie dag, 140 veteranen
B: Dank aan de vrijwilligers
""",
    ),
    Chat(
        "Uitbreiding fietsenstalling station",
        "openbare_ruimte",
        "2025-10-06 09:00",
        ["Hans Boerema", "ProRail contact Wim Aalders"],
        """
B: ProRail wil de stalling aan de westkant uitbreiden met 800 plekken
A: Mooi, hij zit elke ochtend vol
B: Dubbellaags rekken
A: Wie betaalt?
B: 50/50 met het Rijk, de gemeente 25 procent
A: Ik neem het mee naar de wethouder
~
B: Bouw start in 2026
A: Top
""",
    ),
    Chat(
        "ICT storingen",
        "bedrijfsvoering",
        "2025-03-18 08:00",
        ["Servicedesk Bas", "Karin Dekker", "Peter Lok"],
        """
B: Het zaaksysteem is traag vanochtend
A: Bekend, de leverancier kijkt
C: Ook Outlook
A: Dat is een andere storing, Microsoft
~
A: Opgelost
B: Dank
C: Mijn printer wil niet
A: Ticket maken
""",
    ),
    Chat(
        "Juridische zaken lopende dossiers",
        "bestuur",
        "2025-04-28 09:00",
        ["Marieke Jonker", "Thijs Oldenburger", "Esther Tuinstra"],
        """
A: Weekoverzicht lopende dossiers
B: Bezwaar tegen het camerabesluit station, van een bewoner van de Stationsweg {1}
A: Gronden? {1}
B: Inbreuk op zijn privacy, de camera hangt recht tegenover zijn slaapkamer {1}
A: Er zit toch masking op? {1}
B: Ja, dat gaan we laten zien op de hoorzitting {1}
C: Reestland: de vooraankondiging dwangsom is opgeschort, ze voeren uit {5}
A: Goed, termijn bewaken {5}
C: Staat in de agenda op 1 oktober {5}
B: Fietsverbod binnenstad: de APV-tekst kan, maar een verbod alleen voor fatbikes niet, de Wegenverkeerswet regelt de voertuigcategorieën {2}
A: Dus een algemeen fietsverbod hele dag in het voetgangersgebied {2}
B: Ja {2}
A: Bezwaar Prinsengracht zonnepanelen? {10}
C: Ingetrokken, hij legt full black panelen {10}
A: Mooi {10}
B: Verder: Bibob-advies voor de horeca op de Kaap
A: Pak ik op
~
B: Hoorzitting camera: bezwaarde kwam niet opdagen {1}
A: Advies commissie? {1}
B: Ongegrond {1}
A: Dan besluit op bezwaar naar de burgemeester {1}
""",
    ),
    Chat(
        "GGD medische milieukunde Koedijk",
        "samenleving",
        "2025-01-15 10:00",
        ["Naima El Idrissi", "Dr. Vera Hoving"],
        """
B: We zijn in 5 woningen geweest. In 4 ernstige schimmelgroei, vooral slaapkamers en badkamers {5}
A: Zijn de kinderen in gevaar? {5}
B: Bij kinderen met astma verergert het de klachten. Ons advies gaat naar de corporatie en de gemeente {5}
A: Kunnen jullie het advies op schrift zetten? {5}
B: Komt volgende week {5}
~
B: Advies verstuurd. Kern: oorzaak aanpakken, ventilatie en isolatie, tijdelijk ontvochtigen {5}
A: Dank! {5}
""",
    ),
    Chat(
        "Keuringen parkeerkaart",
        "samenleving",
        "2025-03-03 13:00",
        ["Monique Hof", "SMA Noord planning"],
        """
B: We kunnen starten op 10 maart, 30 keuringen per week in het gemeentehuis {9}
A: Fijn. Huisbezoeken ook? {9}
B: Voor mensen die niet kunnen komen ja, max 5 per week {9}
A: Ik stuur de eerste lijst met 90 namen {9}
~
B: AUDIO {9}
A: Dank voor je spraakbericht. Dus 6 mensen niet thuis, die plannen we opnieuw {9}
~
B: Week 3: 88 gekeurd, advies bij 71 positief {9}
A: Top, dan kunnen de kaarten de deur uit {9}
""",
    ),
    Chat(
        "Aanvragers zonnepanelen",
        "ruimte",
        "2025-08-05 09:00",
        ["Karin Dekker", "Femke Lok"],
        """
A: De uitlegpagina over panelen in de binnenstad staat online {10}
A: PHOTO "Zonnepanelen in het beschermd stadsgezicht: niet zichtbaar van de straat mag, zichtbaar alleen zwarte panelen in het dakvlak" {10}
B: Duidelijk plaatje {10}
A: Veel telefoontjes al. Vooral of het ook voor een dakkapel geldt {10}
B: Plat dak op een dakkapel is niet zichtbaar meestal, dus mag {10}
~
A: Tot nu toe 23 nieuwe aanvragen sinds 1 augustus {10}
B: Vergeleken met 18 in het hele vorige jaar {10}
""",
    ),
    Chat(
        "Katten tweede ronde",
        "openbare_ruimte",
        "2025-09-08 08:00",
        ["Inge de Vries", "Lisanne Kok"],
        """
A: Er zijn weer nieuwe poezen gesignaleerd bij de Houthandel {11}
B: Van de vorige ronde? {11}
A: Nee, zonder oorknip. Waarschijnlijk gedumpt {11}
A: PHOTO "Dierenbescherming: zwerfkat gezien? Niet voeren maar melden. Wij vangen, castreren en plaatsen terug" {11}
A: Deze flyers hebben we uitgedeeld op het terrein {11}
B: Mooi. Tweede ronde in oktober? {11}
A: Ja, ongeveer 10 katten, dus weer een factuur {11}
B: Ik zeg het tegen Hanneke {11}
""",
    ),
    Chat(
        "Warmtepompen tweede ronde metingen",
        "ruimte",
        "2025-06-10 09:00",
        ["Lotte Bos", "RUD Drenthe Jelle"],
        """
B: Metingen Schokkerstraat en Botterstraat gedaan {3}
A: En? {3}
B: 2 van de 5 boven de 40 's nachts, 3 eronder {3}
A: Die 3 klagers zullen niet blij zijn {3}
B: Geluid is ook karakter, een brom of een tonaal geluid stoort meer. Daar geldt een toeslag voor {3}
A: Met toeslag? {3}
B: Dan nog 1 extra boven de norm {3}
~
A: AUDIO {3}
B: Helder. Ik schrijf de rapporten en jij de handhavingsbrieven {3}
""",
    ),
    Chat(
        "Bord fatbikes school",
        "openbare_ruimte",
        "2025-04-01 10:00",
        ["Eva Kamphuis", "Jeroen Pol"],
        """
A: Kun je de borden bij het Menso Alting plaatsen? {2}
B: Welke? {2}
A: PHOTO "Fatbike? Stap af op het schoolplein. Niet op de stoep. Max 25 km per uur" {2}
B: Morgen ochtend {2}
~
B: Staan er {2}
A: 👍 {2}
""",
    ),
)
