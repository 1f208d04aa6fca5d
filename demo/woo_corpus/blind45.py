"""The FORTY-FIFTH BLIND relevance set (issue 17): new chats, requests and judgements.

Written as a Woo officer of gemeente Meppel would by a helper (branch wooblind45, 7 December 2026)
BEFORE any measurement on it, without reading the search code (woo/**), the search tests, the
synonym migrations or chats/redaction/, and without running the relevance bench, any scorer or
any search; blind44.py and blind43.py were read for the data format and the docstring shape only
(none of their requests, streets or names is reused), build.py for the Chat and Request API and
the filler, and the first 80 lines of RESULTS.md for how sets are measured (those lines hold the
figures of earlier sets and rounds, none of this set). The subjects were chosen by counting the
files of demo/woo_corpus that hold a candidate word (grep -il; laadpalen, zonnepanelen, kermis,
snippergroen, glasvezel, lantaarnpalen, carbid and more were already used and dropped); the
twelve kept have no earlier file for their main word (jeugdhonk, rubberkorrel, pannakooi,
parklet, kauwen, muurgedicht, trampoline, escaperoom; reuzenberenklauw, geleidelijn, autowrak
and pauw in at most two). Not yet measured: the lead measures it once on main's code. Same
syntax as blind.py: `{n}` after a line marks the requests it is relevant to, `~` starts the next
day, `~ YYYY-MM-DD` moves the chat to that day, `PHOTO "text"` is a photo with painted text,
`AUDIO` a voice note. Generated filler (build.FILLER) is relevant to nothing. Names, addresses,
firms, associations, amounts, phone and chassis numbers are made up (so are De Keet at the
Kerkweg, sv Ezinge, Sportveldbouw Hulshof, Speelsport BV, the Ruisvoornlaan and Snoekstraat,
café De Kroon, Schoenen Dijkman, Stichting Letters op de Muur, Aukje Venema, the Weerdstraat,
JumpZone Meppel, Escape Bank Meppel, Lunchroom Het Hoekje, Exotenbestrijding Noord, Bureau
Groenadvies, Takelbedrijf Noord-Drenthe and the hobby farmer in Havelte); a few real
organisations (Woonconcept, the waterschap Drents Overijsselse Delta, the RIVM, the NVWA, the
RDW, the VRD, RTV Drenthe, the Meppeler Courant, Halt) appear as they would in such chats.

The twelve requests and their queries were written first, from the request text only, before any
chat. Themes: the youth club De Keet in Nijeveen, closed after vandalism and moved to a unit at
the sports park (R1), the rubber infill of the artificial turf at sportpark Ezinge and its
replacement by cork (R2), the panna cage in Berggierslanden, its noise and its move (R3), the
parklet trial in the town centre (R4), jackdaws nesting in chimneys in Het Vledder (R5), the
wall poems, one painted over by a new owner (R6), the trampoline park at the Zomerdijk (R7), the
tactile paving for the blind in the centre and at the station (R8), the escape room in the
former bank building (R9), giant hogweed along the Reest and the Oude Vaart (R10), car wrecks
and cars without plates or APK on the streets of Ezinge (R11) and the stray peacock in the
Kaapje (R12).

Long team chats (enforcement, permits, sport, district maintenance, public order and the fire
brigade, youth and welfare, communication, economic affairs, green and ecology, traffic,
customer contact, the council clerk, culture and heritage, the district team Nijeveen, legal
affairs, real estate, the environment agency) carry a request's subject in a few lines among
other work; short one-to-one chats answer without repeating the subject ("Doe ik", "Hebbes!",
"Eindelijk weg, er is weer plek 🎉", "Ziet er weer prachtig uit", "👍"); other words for the
subjects (honk, unit, container, de jongens; granulaat, SBR, zwarte korrels, infill, zink,
olijfpitten; voetbalkooi, kooi, gebonk, dempers; bakken, zitje, bankjes, terras, parkeervakken;
vogels, takken, kraaien, nest, CO-melder, kappen; tekst, letters, mal, de gevel; springhal,
springpaleis, foamkuil, de grote sprong; ribbeltegels, noppentegels, ribbellijnen, witte stok,
de lijn; spelletjeszaak, de kluis, magneetslot, noodknop; schermbloemen, giftige plant, blaren,
zaadschermen, exoot; wrakken, sticker, sleper, chassisnummer, VIN, geschorst; pauwhaan, die
vogel met die staart, Pieter, Karel, het beest); split forms and compounds ("panna kooi",
"rubber korrels", "park lets", "mini terras", "muur gedichten", "trampoline park", "reuzen
berenklauw", "blinden geleidelijnen", "auto wrak"); Drents dialect ("'t Is hier elke aovend raak
bij dat honk"); abbreviations (APK, VIN, RDW, NVWA, CO, SBR, JO9); a typo ("pauww"); 2 photos
with text (the warning sign, the walking route sign) and 1 voice note (the green team's
answer to the ecologist); and distractor chats and lines that share words with requests but are about
something else (a site hut on the Kerkweg, artificial grass in a front garden, an aviary, a
farewell poem, a trampoline blown onto the road, common hogweed in the verges, peacock
butterflies, a team outing to an escape room, a hockey pitch's sprinklers, a day care's
trampoline, a chimney fire from soot, a poem for the new year's reception).

Judging rule (as the earlier sets): a message is relevant when a Woo officer would have to include
it to cover the request, also when it does not repeat the subject ("Top", "👍", "Hebbes!"); a
voice note or photo inside a relevant exchange is relevant. Lines of a relevant chat about
something else carry no tag.

Counts (computed from CHATS with build.parse_script and build.with_filler; the filler fills every
chat to its stated length): 69 chats of 12 to 180 messages, 3,300 messages (650 hand-written; 2
photos with text, 1 voice note), 12 requests, 36 queries, 565 relevant messages, each relevant to
one request, in 105 (chat, request) pairs; 62 chats relevant to a request, 7 to none, 18 to
several. Relevant messages (chats) per request: R1 60 (8), R2 54 (9), R3 42 (9), R4 45 (8),
R5 48 (9), R6 46 (8), R7 47 (11), R8 41 (9), R9 38 (7), R10 52 (11), R11 43 (7), R12 49 (9)."""

from .build import Chat, Request

REQUESTS = (
    Request(
        1,
        "Het jeugdhonk De Keet aan de Kerkweg in Nijeveen (2025): de overlast en de vernielingen, "
        "de sluiting, het tijdelijke onderkomen bij het sportpark, de subsidie aan het "
        "jongerenwerk en de gesprekken met omwonenden en Dorpsbelang.",
        ("jeugdhonk nijeveen", "jongerenruimte sluiten", "overlast jongeren keet"),
    ),
    Request(
        2,
        "De rubberkorrels op de kunstgrasvelden van sportpark Ezinge (2025): de korrels in de "
        "sloten en bermen, het onderzoek naar de gezondheidsrisico's, de vragen van ouders en "
        "de raad, de vervanging door kurk en de kosten.",
        ("rubberkorrels kunstgras", "rubbergranulaat sportpark", "kurk infill veld"),
    ),
    Request(
        3,
        "De pannakooi op het grasveld aan de Ruisvoornlaan in Berggierslanden (2025): de "
        "plaatsing, de klachten over geluid en overlast in de avond, de openingstijden, de "
        "petitie en het besluit de kooi te verplaatsen.",
        ("pannakooi", "voetbalkooi geluidsoverlast", "pannakooi verplaatsen"),
    ),
    Request(
        4,
        "De proef met parklets in de binnenstad (zomer 2025): de vergunningen, de parkeerplaatsen "
        "aan de Groenmarkt en de Kruisstraat die ervoor vervielen, de klachten, het onderhoud en "
        "de evaluatie.",
        ("parklet binnenstad", "parkeerplaats terras proef", "parklets evaluatie"),
    ),
    Request(
        5,
        "Kauwen die nestelen in schoorstenen in Het Vledder (voorjaar 2025): de meldingen over "
        "verstopte schoorstenen en koolmonoxide, de ontheffing voor het weghalen van nesten, de "
        "schoorsteenkappen bij huurwoningen en het advies van de ecoloog.",
        ("kauwen schoorsteen", "nesten schoorsteen ontheffing", "schoorsteenkap kauw"),
    ),
    Request(
        6,
        "De muurgedichten in de binnenstad (2025): het gedicht op de gevel aan de Weerdstraat dat "
        "per ongeluk werd overgeschilderd, de toestemming van de eigenaren, de keuze van de "
        "gedichten, het herstel en de kosten.",
        ("muurgedicht", "gedicht gevel overgeschilderd", "muurgedichten kosten"),
    ),
    Request(
        7,
        "Het trampolinepark in de hal aan de Zomerdijk (2025): de omgevingsvergunning en de "
        "gebruiksmelding, de parkeeroverlast, de ongevallen met kinderen en de controle van de "
        "veiligheid.",
        ("trampolinepark", "trampolinehal vergunning", "trampoline ongeluk"),
    ),
    Request(
        8,
        "De blindengeleidelijnen in de binnenstad en bij het station (2025): de klachten van "
        "blinden en slechtzienden over fietsen, borden en terrassen op de lijnen, de schouw met "
        "de Oogvereniging en het herstel van de ontbrekende stukken.",
        ("blindengeleidelijnen", "geleidelijn fietsen terras", "slechtzienden oversteek"),
    ),
    Request(
        9,
        "De escaperoom in het voormalige bankgebouw aan de Stationsweg (2025): de vergunning, "
        "de brandveiligheid en de vluchtwegen, de controle door de brandweer en de klachten van "
        "de buren.",
        ("escaperoom", "escaperoom brandveiligheid", "voormalig bankgebouw vergunning"),
    ),
    Request(
        10,
        "De reuzenberenklauw langs de Reest en de Oude Vaart (zomer 2025): de meldingen, het kind "
        "met brandwonden, de bestrijding door de gemeente en het waterschap, de waarschuwingen en "
        "de kosten.",
        ("reuzenberenklauw", "berenklauw bestrijding", "brandwonden plant kind"),
    ),
    Request(
        11,
        "Autowrakken en auto's zonder kenteken of APK die lang op straat in Ezinge stonden (2025): "
        "de meldingen, de waarschuwingsstickers, het wegslepen, de stalling, de kosten en het "
        "bezwaar van een eigenaar.",
        ("autowrakken straat", "auto zonder apk weggesleept", "weesauto"),
    ),
    Request(
        12,
        "De loslopende pauw in het Kaapje (2025): de klachten van buren over het geschreeuw en de "
        "schade, de pogingen hem te vangen, de eigenaar, de dierenambulance en wat de gemeente "
        "heeft gedaan.",
        ("pauw overlast", "loslopende pauw vangen", "pauw geluid buren"),
    ),
)


CHATS = (
    Chat(
        "Team handhaving",
        "veiligheid",
        "2025-01-06 07:30",
        ["Ruud Hoekstra", "Sanne Brouwer", "Jamal El Idrissi", "Tineke Smit"],
        """
A: Rooster januari staat erin, zaterdagnacht 2 boa's
B: 👍
~ 2025-02-14
C: Nijeveen: weer melding bij De Keet, ruit ingegooid en graffiti op de deur {1}
A: Hoeveel nu dit jaar? {1}
C: Vijf. Buren aan de Kerkweg zijn het zat, ze hoorden tot 2 uur scooters {1}
D: Jongerenwerk heeft daar toch geen sleutel meer? {1}
C: Nee, de jongeren zitten er 's avonds op het bankje ervoor en binnen als het open is {1}
~ 2025-03-05
B: Melding Ezinge: blauwe Opel zonder kentekenplaten staat al 6 weken op de hoek Ezingerweg {11}
A: Sticker erop, 7 dagen {11}
B: Gedaan, foto in het zaaksysteem {11}
~ 2025-03-18
D: Die Opel staat er nog, sticker is eraf gehaald {11}
A: Sleper bellen, maar eerst even kentekencheck via het chassisnummer {11}
~ 2025-04-04
C: Het Kaapje: buurvrouw belt, er loopt een pauw op haar schuurdak die de hele nacht schreeuwt {12}
A: Een pauw? 😂 {12}
C: Ja echt. Van wie weet niemand {12}
D: Dierenambulance zegt dat ze geen gezonde vogels vangen {12}
~ 2025-04-11
C: Pauw zit nu op de auto's aan de Meeuwenlaan, krassen op een motorkap {12}
A: Eigenaar zoeken, anders kunnen we weinig {12}
~ 2025-05-02
B: Berggierslanden: jongeren in de kooi tot 23.30, bal tegen de hekken, buren bellen elke avond {3}
A: Er staat een bordje met tot 21 uur toch? {3}
B: Dat leest niemand. Ik ben er vanavond even langs {3}
~ 2025-05-03
B: Gesproken met 6 jongens, waren rustig. Maar dat geknal van de bal op het hek is echt hard {3}
~ 2025-05-27
D: Panna kooi weer, 3 meldingen na 22 uur. Ik heb gekeken, er zit geen slot op het hek {3}
A: Kan hij niet om 21 uur op slot? {3}
D: Het is open hekwerk, dat gaat niet {3}
~ 2025-06-10
C: Ezinge: nog 3 wrakken in de Lelystraat, 1 zonder APK sinds 2023, 2 zonder kenteken {11}
A: Zelfde route. Stickeren {11}
~ 2025-06-30
D: Fietsen bij het station weer overal op de ribbellijnen, een meneer met een stok is gevallen {8}
A: Fietsen wegknippen mag pas na een week. Wel aanspreken {8}
D: Ik plak labels {8}
~ 2025-07-15
C: Trampolinepark Zomerdijk: auto's staan op de stoep en in de berm tot aan de rotonde {7}
A: Zaterdag even bonnen schrijven? {7}
C: Ik ga met Jamal {7}
~ 2025-07-19
C: 14 bekeuringen bij dat springpaleis. De eigenaar zegt dat zijn parkeerplaats te klein is {7}
~ 2025-08-12
B: Auto op de invalidenplaats bij de Albert Heijn, bon geschreven
~ 2025-09-08
D: Teamuitje: escaperoom of bowlen?
B: Bowlen, anders zitten we weer een uur vast 😅
~ 2025-11-21
A: Rooster december, oud en nieuw dubbel
""",
        180,
    ),
    Chat(
        "Vergunningen omgeving",
        "ruimte",
        "2025-01-08 08:30",
        ["Anouk Nijland", "Ferry Hulsman", "Merel Dekker", "Jos Kuiper"],
        """
A: Werkvoorraad: 212 aanvragen open
B: Minder dan december
~ 2025-02-03
B: Aanvraag binnen: trampolinepark in de oude hal van de meubelgroothandel aan de Zomerdijk {7}
A: Past dat? Dat is bedrijventerrein {7}
B: Leisure is daar niet toegestaan, dus buitenplans afwijken {7}
C: Parkeren ook meenemen, dat soort parken trekt op zaterdag 300 man {7}
~ 2025-02-24
C: Escaperoom in het oude bankgebouw aan de Stationsweg, aanvraag binnen voor verbouw en gebruik {9}
A: Is dat niet een gemeentelijk monument? {9}
C: Alleen de gevel. Binnen willen ze 4 kamers, één in de oude kluis {9}
D: De kluis 😬 Vluchtweg? {9}
C: Dat is het punt, ik vraag de brandweer {9}
~ 2025-03-20
A: Parklets: heeft een terrasvergunning of een omgevingsvergunning nodig? {4}
B: Voor een proef volstaat een ontheffing APV, het is geen bouwwerk als het demontabel is {4}
A: Top, dan 3 stuks: Groenmarkt 2, Kruisstraat 1 {4}
~ 2025-04-14
C: Brandweer over de Stationsweg: de kamer in de kluis mag alleen met een tweede uitgang of een noodknop die de deur ontgrendelt {9}
D: Noodknop kan, ze hebben een magneetslot {9}
~ 2025-05-08
B: Springhal verleend, met voorwaarde 60 parkeerplaatsen op het terrein van de buurman {7}
~ 2025-05-26
C: Escaperoom verleend. Gebruiksmelding ook binnen, max 40 personen {9}
~ 2025-06-12
D: Muurgedicht Weerdstraat: de eigenaar wil de gevel laten schilderen, mag dat met dat gedicht erop? {6}
A: Het gedicht is van de gemeente, in overeenkomst staat dat hij het moet melden {6}
D: Hij zegt dat hij daar niks van weet, heeft het pand in 2024 gekocht {6}
~ 2025-06-13
A: Gedicht is weg, de schilder heeft het gisteren overgeschilderd 🙈 {6}
~ 2025-08-18
B: Dakkapel Eendrachtstraat verleend
C: Kinderdagverblijf De Speelhoeve: aanvraag voor een overkapping, ze willen er ook een ingegraven trampoline
~ 2025-10-06
D: Nieuwe aanvraag: tweede escaperoom op de bovenverdieping, zelfde pand {9}
C: Dan weer brandweer, trap is te smal {9}
""",
        170,
    ),
    Chat(
        "Sport en bewegen",
        "samenleving",
        "2025-01-07 09:00",
        ["Bart Wolters", "Esther Lok", "Kees van Dijk"],
        """
A: Sportgala 21 februari, zaal is geboekt
B: Mooi
~ 2025-02-11
C: Beheerder Ezinge: de korrels van veld 3 liggen tot in de sloot achter de tribune {2}
A: Dat wordt een verhaal, er is landelijk weer aandacht voor dat rubbergranulaat {2}
C: Bij regen spoelt het zo de greppel in, ze vegen elke week {2}
~ 2025-03-04
B: Ouders van de JO9 vragen of het veilig is, ze hebben de uitzending gezien {2}
A: RIVM zegt: verwaarloosbaar risico. Maar het milieu is een ander verhaal {2}
B: Kunnen we niet gewoon overstappen op kurk? {2}
A: Bij renovatie ja, veld 3 is in 2026 aan de beurt {2}
~ 2025-04-09
C: Voetbalkooi Berggierslanden is geleverd, staat er vanaf morgen {3}
A: Mooi, de kinderen van de Ruisvoornlaan wachten al 2 jaar {3}
~ 2025-05-20
C: Buren van die kooi klagen, het gebonk van de bal tot laat {3}
B: Kunnen we rubber tussen het hek en de palen? Dempt het {3}
C: Leverancier zegt 1.800 euro voor dempers {3}
A: Doen {3}
~ 2025-06-16
C: Raad wil dat we de velden nu al vervangen, motie van de PvdA {2}
A: Veld 3 en 4 naar voren halen, kurk of olijfpitten {2}
~ 2025-08-25
B: Kooi krijgt dempers volgende week, dan hopelijk rust {3}
~ 2025-10-01
A: Veld 3: de korrels eruit, kurk erin. 4 weken, JO9 traint op veld 1 {2}
C: Wat doen we met die oude korrels? {2}
A: Afvoer naar een verwerker, niet storten {2}
~ 2025-11-10
B: Sportgala 2026 alvast vastleggen?
C: Beregening kunstgrashockeyveld Alcides is kapot
A: Installateur bellen
""",
        150,
    ),
    Chat(
        "Wijkbeheer openbare ruimte",
        "openbare_ruimte",
        "2025-01-09 07:15",
        ["Hennie Bos", "Gert-Jan Kamphuis", "Lisa Vos", "Mehmet Yilmaz"],
        """
A: Strooiroute 3 is aangepast
B: 👍
~ 2025-03-03
C: Parklets: de bakken komen 15 mei, op de parkeervakken voor café De Kroon en de bakker {4}
A: Wie sjouwt ze? {4}
C: Wij, met de kraan van de buitendienst {4}
~ 2025-04-02
D: Station: 14 meter ribbeltegels ontbreken nog na de werkzaamheden bij de fietsenstalling {8}
A: Die waren toch besteld? {8}
D: Levering pas in juni. Tijdelijk een tape-lijn? {8}
A: Nee, dat is slechter dan niks volgens de Oogvereniging {8}
~ 2025-05-16
C: Parklets staan. Met bloembakken en 2 bankjes per stuk {4}
B: En in de Kruisstraat kan de vuilniswagen er nog langs? {4}
C: Net aan, 3,10 over {4}
~ 2025-06-23
B: Reest bij de Wheem: grote schermbloemen van 3 meter, volgens een wandelaar reuzenberenklauw {10}
A: Dat is die giftige? {10}
B: Ja, sap plus zon geeft brandblaren {10}
D: Ik stuur de ploeg met pakken en gelaatsscherm {10}
~ 2025-06-25
D: 40 planten weg bij de Wheem, wortel eruit gestoken, afgevoerd in zakken {10}
B: En de Oude Vaart? {10}
D: Daar staan er 200+, dat is waterschap of wij? {10}
~ 2025-07-01
C: Pannakooi: ze willen dat we het grasveld eromheen korter maaien, ballen raken kwijt in het hoge gras {3}
A: Kan mee in de route {3}
~ 2025-07-28
C: Parklet Kruisstraat: iemand heeft er een bank uit gesloopt en in de gracht gegooid {4}
A: Bah. Terugzetten {4}
~ 2025-08-20
B: Sloot achter sportpark Ezinge ligt vol zwarte korreltjes, wie haalt dat eruit? {2}
A: Ik vraag de zuigwagen {2}
~ 2025-09-30
C: Bakken Groenmarkt en Kruisstraat zijn weer opgehaald, staan in de werf {4}
~ 2025-11-17
A: Bladkorven vol in de Vledderstraat
""",
        170,
    ),
    Chat(
        "OOV en brandweer",
        "veiligheid",
        "2025-01-10 08:00",
        ["Marjolein Prins", "Dennis Oosterhof", "Wendy Vermeulen"],
        """
A: Evaluatie jaarwisseling naar het college
B: Dank
~ 2025-02-27
B: Escaperoom Stationsweg: ik ben gisteren gaan kijken. Kamer in de kluis heeft 1 deur van 10 cm staal {9}
A: En als de stroom uitvalt? {9}
B: Dan gaat het magneetslot open, zeggen ze. Wil ik getest zien {9}
~ 2025-03-14
C: Het Vledder: 3 meldingen van verstopte schoorstenen, bewoners ruiken rook binnen {5}
A: Kauwen weer? {5}
C: Ja, nesten van takken, een halve meter diep. Eén CO-melder ging af {5}
A: Brandweer geeft tips op de site, schoorsteen niet stoken als er een nest in zit {5}
~ 2025-03-21
C: Schoorsteenbrand Vledderstraat 18, vermoedelijk nestmateriaal van de kauwen in de pijp {5}
B: Iemand gewond? {5}
C: Nee, wel een flinke schrik {5}
~ 2025-06-05
B: Controle escaperoom: noodknoppen werken, vluchtroute bordjes hangen, brandmelder in elke kamer {9}
A: Ontruimingsplan? {9}
B: Ontbreekt nog, 2 weken gegeven {9}
~ 2025-07-22
C: Ambulance bij de springhal Zomerdijk, meisje van 8 met een gebroken been {7}
A: Tweede deze maand toch? {7}
C: Ja, en een pols in juni {7}
B: Wie controleert die trampolines eigenlijk? {7}
A: Geen gemeente, dat valt onder het Warenwetbesluit attractiespeeltoestellen, NVWA {7}
~ 2025-08-11
B: Schoorsteenbrand Oosterboer, dit keer gewoon roet, geen nest
~ 2025-10-14
B: Escaperoom heeft nu een ontruimingsplan, goedgekeurd {9}
~ 2025-12-02
A: Vuurwerkvrije zones op de site
""",
        150,
    ),
    Chat(
        "Jeugd en welzijn",
        "samenleving",
        "2025-01-13 09:30",
        ["Ilse Hofman", "Niels Akkerman", "Romy Westerhof"],
        """
A: Subsidieaanvragen 2026 sluiten 1 april
B: Genoteerd
~ 2025-02-17
B: De Keet: na de vernielingen wil Welzijn Meppel het honk sluiten tot de zomer {1}
A: Waar moeten die jongens dan heen? {1}
B: Dat is het probleem. Straat op, of de bushalte {1}
C: Kunnen we niet een unit bij het sportpark zetten? {1}
A: Goed idee, ik vraag de vv Nijeveen {1}
~ 2025-03-10
C: vv Nijeveen vindt een container naast de kantine prima, als er een jongerenwerker bij is {1}
B: Dat kan 3 avonden per week {1}
~ 2025-04-01
A: Honk Kerkweg per vandaag dicht, sleutels ingeleverd {1}
C: Unit komt 22 april {1}
~ 2025-05-06
B: Eerste weken in de unit gaan goed, 15 tot 20 jongeren op vrijdag {1}
A: Fijn. Buren van de Kerkweg tevreden? {1}
B: Die zijn blij, het is daar nu stil {1}
~ 2025-05-19
C: Pannakooi Berggierslanden: de jongerenwerker gaat er op dinsdag en donderdag heen {3}
A: Prima, ook praten over de tijden {3}
~ 2025-09-15
A: Subsidie jongerenwerk Nijeveen 2026: plus 18.000 voor de unit {1}
B: Was dat niet 25? {1}
A: 18 plus de huur van de container door vastgoed {1}
~ 2025-11-24
C: Kerstpakketten voor de vrijwilligers besteld
""",
        130,
    ),
    Chat(
        "Communicatie",
        "bestuur",
        "2025-01-06 08:45",
        ["Judith Koster", "Stefan Boer", "Nadia Haddou"],
        """
A: Nieuwjaarsreceptie foto's staan online
B: Mooi geworden
~ 2025-03-24
C: Persvraag Meppeler Courant over de kauwen in Het Vledder, wat zeggen we? {5}
A: Dat bewoners een kap mogen plaatsen buiten het broedseizoen en dat Woonconcept het bij huurders doet {5}
C: En nesten weghalen? {5}
A: Alleen met ontheffing van de provincie, is aangevraagd {5}
~ 2025-04-15
B: De pauw van het Kaapje gaat viraal op Facebook 🦚 {12}
A: Oh nee {12}
B: 2.000 reacties, mensen geven hem een naam: Pieter {12}
C: Moeten wij iets zeggen? {12}
A: Niet zolang er geen eigenaar is. Niet voeren zeggen we wel {12}
~ 2025-06-13
C: Muurgedicht Weerdstraat is overgeschilderd, RTV Drenthe belt al {6}
A: Tekst: het is een vergissing, we zoeken met de eigenaar naar herstel {6}
B: De dichter is boos op Instagram {6}
~ 2025-06-26
B: Post over reuzenberenklauw, met foto. Niet aanraken, melden via de app {10}
A: Goed, ook in de weekkrant {10}
~ 2025-07-04
C: Het kind met de blaren van de berenklauw staat in de krant, ouders vragen waarom de bordjes er niet stonden {10}
A: Reactie: bestrijding loopt, borden komen bij de Oude Vaart {10}
~ 2025-10-02
B: Persbericht kurkvelden Ezinge klaar, eerste veld zonder rubber {2}
A: Goed, foto met de JO9 {2}
~ 2025-12-08
C: Kerstkaart gemeente naar de drukker
B: Stadsdichter schrijft een gedicht voor de nieuwjaarsreceptie, mag op de site?
A: Ja leuk
""",
        150,
    ),
    Chat(
        "Economische zaken",
        "economie",
        "2025-01-14 10:00",
        ["Rik Bosman", "Marieke Zandstra", "Youssef Amrani"],
        """
A: Binnenstadsmonitor 2024 is binnen, leegstand 7%
B: Minder dan verwacht
~ 2025-02-18
B: Ondernemers Groenmarkt willen meer terras. Idee uit Zwolle: parklets op parkeervakken {4}
A: Hoeveel vakken kost dat? {4}
B: 2 per parklet. 6 vakken in totaal {4}
C: Dat wordt gedoe met de parkeerders {4}
~ 2025-02-26
C: Escaperoom-ondernemer wil in het bankgebouw, vraagt of we helpen met de vergunning {9}
A: Mooi voor de Stationsweg, dat pand staat al 3 jaar leeg {9}
~ 2025-04-07
A: Trampolinehal Zomerdijk: mooi voor werkgelegenheid, 25 banen {7}
B: Wel leisure op een bedrijventerrein, de rest van de ondernemers moppert {7}
~ 2025-06-10
B: Eerste evaluatie parklets: De Kroon zegt 20% meer omzet, de schoenwinkel klaagt over klanten die niet kunnen parkeren {4}
A: Hoe vaak gebruiken mensen de bankjes? {4}
B: Vol bij zon, leeg bij regen 🙂 {4}
~ 2025-10-13
B: Evaluatie parklets af: 2 van de 3 blijven volgend jaar, die van de Kruisstraat niet {4}
C: Vanwege de vernieling? {4}
B: En de vuilniswagen {4}
~ 2025-11-18
A: Koopzondagen 2026 in het college
""",
        130,
    ),
    Chat(
        "Groen en ecologie",
        "openbare_ruimte",
        "2025-01-15 08:00",
        ["Wouter de Graaf", "Sietske Bakker", "Laura Mulder"],
        """
A: Snoeiplan winter loopt op schema
B: 👍
~ 2025-03-12
B: Kauwen in de schoorstenen in Het Vledder: mogen we de nesten eruit? {5}
C: Niet als ze bezet zijn, dat is de Wet natuurbescherming, nu de omgevingswet. Voor 15 maart kan het nog {5}
A: Dat is over 3 dagen {5}
C: Dan ontheffing aanvragen bij de provincie voor de gevallen met CO-gevaar {5}
~ 2025-03-28
C: Ontheffing kauwennesten verleend voor 11 adressen, alleen met een ecoloog erbij {5}
A: Wie doet dat? {5}
C: Bureau Groenadvies, Freek {5}
~ 2025-06-24
B: Reuzenberenklauw langs de Reest, dat is een invasieve exoot. Melden bij het waterschap ook {10}
A: Zij doen de oevers, wij de bermen {10}
~ 2025-07-02
C: Waterschap maait de Oude Vaart, maar maaien helpt niet, ze komen terug. Wortel moet eruit {10}
B: Dan aanbesteden bij een gespecialiseerd bedrijf? {10}
C: Offerte gevraagd bij Exotenbestrijding Noord {10}
~ 2025-08-01
A: Gewone berenklauw in de bermen van de Steenwijkerstraatweg, gewoon maaien
~ 2025-08-12
B: Melding pauw in een boom in het Kaapje, mensen vragen of wij hem kunnen vangen {12}
A: Wij zijn geen dierenvangers 😅 {12}
~ 2025-09-09
C: Offerte bestrijding Oude Vaart: 14.500 euro voor 3 jaar {10}
A: Akkoord, uit het budget invasieve soorten {10}
~ 2025-11-03
B: Bollen planten op de rotondes
""",
        150,
    ),
    Chat(
        "Verkeer en mobiliteit",
        "ruimte",
        "2025-01-16 09:00",
        ["Erwin Jansen", "Hanneke Visser", "Tom Scholten"],
        """
A: Telling Hoogeveenseweg is rond
B: Dank
~ 2025-02-20
B: Parkeerplaatsen Groenmarkt voor de proef: 4 vakken weg, Kruisstraat 2 {4}
A: Verkeersbesluit nodig {4}
B: Publicatie deze week {4}
~ 2025-03-19
C: Oogvereniging vraagt een schouw van de ribbeltegels in de binnenstad {8}
A: Prima, ik plan hem in april {8}
~ 2025-04-23
C: Schouw geweest: geleidelijnen lopen dood bij de Hoofdstraat, een A-bord staat er midden op, en bij het station ontbreekt een stuk {8}
B: En de oversteek bij de Zuiderlaan? {8}
C: Daar geen noppentegels, dus een blinde loopt zo de weg op {8}
A: Lijst maken, herstel in het onderhoudsbudget {8}
~ 2025-06-09
B: Trampolinepark: auto's in de berm tot de rotonde Zomerdijk {7}
A: Bewegwijzering naar P Noord? {7}
B: Doen we, borden staan volgende week {7}
~ 2025-08-27
C: Geleidelijnen Zuiderlaan gelegd, ook de attentiemarkering {8}
A: Dan staan er nog de blinden geleidelijnen bij het Kerkplein op de lijst, waar nu de markt op staat {8}
B: Marktmeester weet ervan, de kramen schuiven een meter op {8}
~ 2025-10-22
B: Rotonde Blankenstein gaat eind oktober dicht
""",
        130,
    ),
    Chat(
        "Klantcontactcentrum",
        "dienstverlening",
        "2025-01-06 08:00",
        ["Gonny Meijer", "Pim Lucassen", "Chantal Kok", "Ayoub Tahiri"],
        """
A: Wachttijd telefoon vorige week gemiddeld 2 minuten
B: Netjes
~ 2025-03-17
C: 4 bellers uit Het Vledder over vogels in de schoorsteen, waar moeten ze heen? {5}
A: Verwijs naar de schoorsteenveger, en de brief over de ontheffing {5}
B: Is 'kauw' trouwens zo'n zwarte kraai? Een meneer zegt kraaien {5}
A: Ja, kleine kraai met grijze nek {5}
D: Een mevrouw zegt dat ze de kachel niet meer durft aan te maken {5}
~ 2025-04-07
B: Wie gaat er over een pauw? 😂 {12}
A: Serieus? {12}
B: Mevrouw uit de Tulpstraat, het beest schreeuwt om 5 uur 's ochtends {12}
C: Zelfde vraag had ik gisteren, Anjerstraat {12}
A: Zaak aanmaken onder handhaving, zij coördineren {12}
~ 2025-05-12
D: Klacht: auto's zonder APK al maanden in de Lelystraat, hij heeft al 3 keer gebeld {11}
A: Zaak bestaat al, stickers zijn geplakt {11}
~ 2025-06-30
C: Moeder belt, haar zoontje heeft blaren op zijn armen na spelen langs de Reest bij die grote planten {10}
A: Huisarts eerst. Locatie doorgeven aan wijkbeheer {10}
C: Ze is boos dat er geen bord stond {10}
~ 2025-07-08
D: Meneer met een witte stok aan de lijn, hij liep tegen een fiets op de lijn bij de bibliotheek {8}
A: Melding aan handhaving, die fiets moet weg {8}
~ 2025-09-02
B: 3 klachten over dat de voetbalkooi nog steeds tot 22 uur herrie geeft {3}
A: Doorzetten naar sport {3}
~ 2025-11-12
C: Nieuwe telefooncentrale gaat 1 december in
""",
        170,
    ),
    Chat(
        "Raadsgriffie",
        "bestuur",
        "2025-01-08 10:00",
        ["Griffier Annet Roelofs", "Bas Hendriks", "Linda Tuinman"],
        """
A: Raadsvergadering 30 januari, stukken uiterlijk vrijdag
B: Ok
~ 2025-03-06
B: Schriftelijke vragen GroenLinks over de rubberkorrels op Ezinge {2}
A: Beantwoording binnen 30 dagen, naar sport {2}
~ 2025-03-27
C: Antwoorden over het granulaat zijn binnen, portefeuillehouder wil nog een zin over de sloot {2}
A: Die komt er in {2}
~ 2025-04-24
B: Vragen Dorpsbelang-fractie over het honk in Nijeveen: waarom dicht zonder overleg? {1}
A: Naar jeugd {1}
~ 2025-06-19
C: Motie vreemd: kunstgras Ezinge versneld naar kurk, aangenomen 19-8 {2}
~ 2025-07-10
B: Vragen CDA over de bordjes bij de berenklauw, na het kind in de krant {10}
A: Groen beantwoordt {10}
~ 2025-09-25
C: Inspreker bij de commissie over de kooi in Berggierslanden, met een petitie van 84 handtekeningen {3}
A: Inspreektijd 5 minuten {3}
~ 2025-10-09
B: Vragen D66 over de ribbellijnen bij het station, na de Oogvereniging {8}
~ 2025-12-11
A: Laatste raad van het jaar, kerstborrel na afloop
""",
        130,
    ),
    Chat(
        "Cultuur en erfgoed",
        "samenleving",
        "2025-01-20 10:00",
        ["Hilde van Wijk", "Maarten Post", "Evelien Brink"],
        """
A: Monumentendag thema is bekend
B: Welk?
A: Water
~ 2025-03-11
B: Muurgedichten: stichting Letters op de Muur stelt 3 nieuwe voor, o.a. een van Aukje Venema {6}
A: Waar? {6}
B: Gevels in de Kleine Oosterstraat en de Hoofdstraat, eigenaren hebben ja gezegd {6}
~ 2025-06-13
C: Het gedicht aan de Weerdstraat is weg, overgeschilderd door de nieuwe eigenaar {6}
A: Nee! Dat was het eerste van de reeks {6}
C: Ik bel de schilder en de stichting {6}
~ 2025-06-20
C: Herstel kan, de schilder van de letters heeft de mal nog. Offerte 3.200 euro {6}
A: Wie betaalt? {6}
C: Eigenaar biedt de helft {6}
~ 2025-07-01
B: Poëzieavond in de bibliotheek op 12 september, wie gaat?
~ 2025-09-03
C: Weerdstraat hersteld, letters staan er weer. Met een bordje erbij {6}
A: Mooi. Nieuwe overeenkomst met de eigenaar? {6}
C: Getekend, ook voor de volgende eigenaar {6}
~ 2025-10-21
B: Kerstconcert Mariakerk staat
""",
        130,
    ),
    Chat(
        "Wijkteam Nijeveen",
        "samenleving",
        "2025-01-21 09:00",
        ["Marja Hoeve", "Freddy Lammers", "Joke Dijkstra"],
        """
A: Nieuwjaarsbijeenkomst dorpshuis was druk
~ 2025-02-20
B: Buurtavond over De Keet: 40 mensen, buren willen dat het dicht gaat {1}
A: En de jongeren? {1}
B: 5 waren er, ze zeiden dat zij de ruit niet hebben ingegooid {1}
C: Ik geloof ze {1}
~ 2025-04-02
A: Honk dicht. Eerste avond zaten ze al bij de Coop op de fiets {1}
~ 2025-04-24
C: Container bij het sportpark staat. Geschilderd door de jongeren zelf 🎨 {1}
~ 2025-07-08
B: Langs de Drentse Hoofdvaart bij Nijeveen ook reuzenberenklauw, 10 planten {10}
A: Doorgeven aan groen {10}
~ 2025-10-30
C: Wat gebeurt er met het oude gebouw aan de Kerkweg? {1}
A: Vastgoed wil het verkopen {1}
~ 2025-12-04
B: Kerstmarkt in het dorp op 13 december
""",
        100,
    ),
    Chat(
        "Juridische zaken",
        "bestuur",
        "2025-01-22 09:00",
        ["Pauline Veldman", "Arjen Koopman"],
        """
A: Bezwaarcommissie 4 februari, 3 zaken
~ 2025-05-15
B: Bezwaar tegen het wegslepen van een Volkswagen in Ezinge: eigenaar zegt dat hij de sticker nooit gezien heeft {11}
A: Foto van de sticker hebben we? {11}
B: Ja, met datum {11}
A: Dan ongegrond denk ik. Kosten? {11}
B: 385 euro slepen en stalling 12 per dag {11}
~ 2025-07-16
A: Zienswijze buurman trampolinepark: parkeeroverlast en geluid uit de hal {7}
B: Geluid valt mee, is binnen {7}
~ 2025-08-21
B: Bezwaar VW: ongegrond verklaard, hij gaat in beroep {11}
~ 2025-09-17
A: Aansprakelijkstelling door ouders van het kind met berenklauwblaren {10}
B: Zorgplicht? Het was oever van het waterschap {10}
A: Doorsturen naar de verzekeraar en het waterschap {10}
~ 2025-11-25
B: Beroep wegsleepzaak: zitting 12 januari {11}
""",
        110,
    ),
    Chat(
        "Vastgoed",
        "bedrijfsvoering",
        "2025-01-23 08:30",
        ["Gerrit Hummel", "Monique Aalders"],
        """
A: Energielabels van het stadhuis zijn binnen
~ 2025-03-12
B: Container voor de jongeren in Nijeveen: huur 450 per maand, plaatsing 1.200 {1}
A: Vanuit welk budget? {1}
B: Jeugd betaalt, wij regelen {1}
~ 2025-04-22
B: Unit staat bij het sportpark, stroom aangesloten {1}
~ 2025-05-14
A: Schoorsteenkappen op onze eigen woningen aan de Vledderstraat? We hebben er 2 {5}
B: Zelfde als Woonconcept, in september na het broedseizoen {5}
~ 2025-09-18
B: Kappen geplaatst, nesten eruit gehaald met de ecoloog erbij, leeg {5}
~ 2025-11-06
A: Het oude honk aan de Kerkweg: taxatie 210.000 {1}
""",
        90,
    ),
    Chat(
        "Omgevingsdienst",
        "ruimte",
        "2025-01-27 09:00",
        ["Inspecteur Karin Pol", "Rob Vellinga"],
        """
A: Jaarplan toezicht 2025 staat
~ 2025-04-03
A: Monsters van de sloot bij sportpark Ezinge: microplastics, zink verhoogd {2}
B: Komt dat van het veld? {2}
A: Waarschijnlijk, de korrels zijn van autobanden. Zink lekt eruit {2}
B: Wat adviseren jullie? {2}
A: Kantplanken hoger en een vangrooster bij de put. En bij renovatie geen SBR meer {2}
~ 2025-09-04
B: Kurk veld 3 besteld, zegt sport {2}
~ 2025-10-15
A: Controle Zomerdijk: de trampolinehal heeft een geluidsrapport, bassen blijven binnen {7}
""",
        80,
    ),
    Chat(
        "Kerkweg overlast",
        "veiligheid",
        "2025-02-15 22:40",
        ["Jamal El Idrissi", "Bewoner Kerkweg"],
        """
B: Goedenavond, het is weer raak. Glas op straat en ze rijden met de scooters rondjes om het gebouw {1}
A: Wij komen er aan, 10 minuten {1}
B: Dit is de derde keer deze maand. Waarom gaat dat ding niet gewoon dicht? {1}
A: Ik begrijp het. Er is overleg met het jongerenwerk {1}
~
B: Ze waren weg toen jullie kwamen natuurlijk {1}
B: 't Is hier elke aovend raak bij dat honk, mien vrouw slöp d'r niet van {1}
A: Ja, we hebben wel 2 namen genoteerd {1}
~ 2025-04-03
B: Stil vannacht. Eindelijk {1}
A: 👍 {1}
""",
        22,
    ),
    Chat(
        "Jongerenwerk Nijeveen",
        "samenleving",
        "2025-02-18 11:00",
        ["Niels Akkerman", "Jongerenwerker Sem"],
        """
A: Hoe staat het er in het honk voor? {1}
B: Slecht. De deur is geforceerd, de bank is kapot, en de pooltafel staat buiten {1}
A: Wie waren het? {1}
B: Niet onze vaste groep, die van de zaterdagavond uit Meppel {1}
A: Welzijn wil sluiten. Jij? {1}
B: Snap ik, maar dan zijn we ze kwijt. Geef ze een eigen plek, ze willen zelf meehelpen {1}
~ 2025-04-25
B: Container staat, de jongens hebben hem zelf geverfd. Groen met een graffitikunstenaar {1}
A: Top! Openingstijden? {1}
B: Di, do en vrij van 19 tot 22 {1}
""",
        27,
    ),
    Chat(
        "Dorpsbelang Nijeveen",
        "samenleving",
        "2025-03-03 19:30",
        ["Ilse Hofman", "Voorzitter Dorpsbelang"],
        """
B: Wij lezen dat het jeugdhonk dichtgaat. Waarom zijn wij niet gevraagd? {1}
A: Excuus, het ging snel na de vernielingen. Er komt een tijdelijke plek {1}
B: Waar dan? {1}
A: Naast de kantine van de voetbal, een unit {1}
B: Dat is beter dan het dorp in, daar wonen geen mensen naast {1}
B: Wel graag toezicht, de kantine heeft een bar {1}
A: Alleen als de jongerenwerker er is, en de kantine is dan dicht {1}
""",
        22,
    ),
    Chat(
        "Bouwkeet Kerkweg",
        "ruimte",
        "2025-08-04 07:45",
        ["Jos Kuiper", "Aannemer Bruins"],
        """
B: Keet staat bij de nieuwbouw aan de Kerkweg 40, mag hij op de stoep tot november?
A: Als er 1,50 over blijft voor voetgangers
B: Dat lukt
A: Dan meld ik het bij handhaving
""",
        17,
    ),
    Chat(
        "sv Ezinge voorzitter",
        "samenleving",
        "2025-03-05 20:00",
        ["Bart Wolters", "Voorzitter sv Ezinge"],
        """
B: Bart, ouders maken zich zorgen over die zwarte korrels, ik heb al 12 mails {2}
A: Het RIVM ziet geen gezondheidsrisico. Wel letten we op het milieu {2}
B: Ze vinden ze in de sokken, in de wasmachine, in de auto 😅 {2}
A: Dat klopt, dat is hinderlijk. Renovatie komt eraan {2}
B: Met wat erin? {2}
A: Waarschijnlijk kurk. Duurder maar schoner {2}
~ 2025-10-28
B: Nieuw veld 3 speelt prima! Wel lichter van kleur {2}
A: 👍 {2}
""",
        27,
    ),
    Chat(
        "Sportveldbouw Hulshof",
        "samenleving",
        "2025-07-01 09:00",
        ["Bart Wolters", "Sportveldbouw Hulshof"],
        """
A: Offerte gevraagd voor het vervangen van de infill van veld 3 en 4 op Ezinge {2}
B: SBR eruit en kurk erin, kan in oktober. 2 velden 118.000 ex {2}
A: En de oude vulling? {2}
B: Die nemen we mee naar een recycler in Duitsland, certificaat erbij {2}
A: Zitten er in de sloot ook nog rubber korrels, kunnen jullie die meenemen? {2}
B: Als het droog staat ja, dat scheppen we eruit {2}
A: Graag ook kantplanken van 30 cm {2}
B: Komt in de offerte {2}
~ 2025-10-20
B: Veld 3 klaar, veld 4 volgende week {2}
A: Hoeveel kuub is eruit gegaan? {2}
B: 96 ton {2}
""",
        22,
    ),
    Chat(
        "Kunstgras tuin",
        "ruimte",
        "2025-05-12 11:00",
        ["Merel Dekker", "Bewoner Zomerlust"],
        """
B: Mag ik mijn voortuin helemaal in kunstgras leggen?
A: Geen vergunning nodig. Wel jammer voor de regen, dat loopt niet weg
B: Het wordt toch kunstgras, scheelt maaien
A: Uw keuze 🙂
""",
        17,
    ),
    Chat(
        "Waterschap sloot Ezinge",
        "openbare_ruimte",
        "2025-08-21 10:00",
        ["Hennie Bos", "Waterschap Drents Overijsselse Delta"],
        """
A: De sloot achter sportpark Ezinge heeft een laag zwart spul op de bodem {2}
B: Rubber van het kunstgras? {2}
A: Ja, ik denk het. Wij zuigen het op, mag dat in jullie schouwsloot? {2}
B: Graag, en leg een rooster voor de duiker {2}
~ 2025-08-29
A: Gedaan, 2 big bags vol {2}
B: Dank. Stuur een foto voor ons dossier {2}
""",
        17,
    ),
    Chat(
        "Ruisvoornlaan",
        "samenleving",
        "2025-05-15 21:50",
        ["Esther Lok", "Bewoner Ruisvoornlaan"],
        """
B: Het is weer tot bijna 23 uur bonk bonk bonk, ik word er gek van {3}
A: Vervelend. Er komen dempers op het hek {3}
B: Dat helpt toch niet tegen het geschreeuw {3}
A: We vragen het jongerenwerk langs te gaan en praten over de tijden {3}
~ 2025-07-02
B: Nog steeds, ook op zondagochtend om 8 uur {3}
A: Ik neem het mee {3}
~ 2025-09-24
B: We hebben handtekeningen opgehaald, 84 stuks. Dat ding moet weg {3}
A: U kunt ze aanbieden in de commissie {3}
""",
        22,
    ),
    Chat(
        "Petitie Berggierslanden",
        "bestuur",
        "2025-09-26 10:00",
        ["Wethouder Sport", "Bart Wolters"],
        """
A: De petitie van de Ruisvoornlaan: kunnen we de kooi niet 100 meter opschuiven, naar het veld bij de Snoekstraat? {3}
B: Daar wonen minder mensen, alleen de school. Kosten verplaatsen 9.000 {3}
A: Doen, na overleg met de kinderen {3}
B: Die willen hem houden, afstand maakt ze niet uit {3}
~ 2025-11-12
B: Kooi staat op de nieuwe plek, bij de school {3}
A: 👍 {3}
""",
        17,
    ),
    Chat(
        "Leverancier kooi",
        "samenleving",
        "2025-03-20 09:00",
        ["Kees van Dijk", "Speelsport BV"],
        """
A: Kunnen jullie 9 april leveren in Berggierslanden? {3}
B: Ja, kooi 12 bij 8, met de fundering {3}
~ 2025-05-21
A: Er zijn klachten over het geluid van de bal tegen het hekwerk, hebben jullie dempers? {3}
B: Rubber strips tussen de panelen, halveert het geluid ongeveer {3}
~ 2025-10-15
A: Kunnen jullie hem verplaatsen, 100 meter? {3}
B: Demonteren en opnieuw funderen, 2 dagen werk {3}
""",
        22,
    ),
    Chat(
        "Vogelkooi",
        "samenleving",
        "2025-06-04 16:00",
        ["Chantal Kok", "Inwoner Vledder"],
        """
B: Mijn buurman heeft een kooi met 30 vogels in de tuin, dat kwettert de hele dag
A: Dat is geen gemeentezaak zolang het geen stank of ongedierte geeft
B: Jammer
""",
        14,
    ),
    Chat(
        "Café De Kroon",
        "economie",
        "2025-03-25 15:00",
        ["Marieke Zandstra", "Café De Kroon"],
        """
B: Komt die parklet nou voor de zaak? {4}
A: Ja, 15 mei. 2 parkeervakken {4}
B: Mogen we daar serveren? {4}
A: Ja, maar het is ook voor iedereen, ook wie niks bestelt {4}
B: Prima. Wij zetten er plantjes op {4}
B: Hoe lang blijft dat mini terras staan? {4}
A: Tot eind september, dan evalueren we de park lets {4}
~ 2025-08-19
B: Super seizoen gehad! Volgend jaar weer? {4}
A: We evalueren, grote kans van wel {4}
""",
        22,
    ),
    Chat(
        "Schoenenwinkel Kruisstraat",
        "economie",
        "2025-05-20 10:30",
        ["Marieke Zandstra", "Schoenen Dijkman"],
        """
B: Sinds die houten bak voor de deur staat kunnen mijn klanten niet meer voor de deur parkeren {4}
A: De garage aan de Kaai is 3 minuten lopen {4}
B: Mijn klanten zijn vaak ouder, die lopen niet zo ver {4}
A: Ik neem het mee in de evaluatie {4}
~ 2025-07-29
B: En nu ligt de bank in de gracht 🙄 {4}
""",
        17,
    ),
    Chat(
        "Bewoner Groenmarkt",
        "openbare_ruimte",
        "2025-06-22 23:10",
        ["Lisa Vos", "Bewoner Groenmarkt"],
        """
B: Het zitje voor mijn raam is 's nachts een hangplek. Tot 2 uur gepraat en blikjes {4}
A: Vervelend. Ik vraag handhaving er in de weekenden langs te gaan {4}
B: En wie ruimt de blikjes op? {4}
A: De buitendienst leegt de afvalbak er elke ochtend {4}
""",
        17,
    ),
    Chat(
        "Woonconcept schoorstenen",
        "ruimte",
        "2025-03-18 13:00",
        ["Sietske Bakker", "Woonconcept"],
        """
B: We hebben 46 huurwoningen in Het Vledder met open schoorstenen. Wat mogen wij doen aan die vogels? {5}
A: Nu in het broedseizoen niets als er een nest in zit. Zonder nest mag er een kap op {5}
B: En bij CO-gevaar? {5}
A: Dan via de ontheffing, met een ecoloog {5}
~ 2025-09-10
B: Kappen op alle 46 schoorstenen, klaar {5}
A: En de kolonie? {5}
B: Die zitten nu in de bomen van het park 🙂 {5}
""",
        22,
    ),
    Chat(
        "Schoorsteenveger",
        "veiligheid",
        "2025-03-15 08:10",
        ["Wendy Vermeulen", "Schoorsteenveegbedrijf Haveman"],
        """
B: Ik heb deze week 9 pijpen in het Vledder gehad met een prop takken erin {5}
A: Zitten er eieren in? {5}
B: Bij 2 al, dan stop ik {5}
A: Goed. Adressen graag, voor de ontheffing {5}
B: Stuur ik vanavond {5}
""",
        17,
    ),
    Chat(
        "Ecoloog Vledder",
        "openbare_ruimte",
        "2025-04-01 07:00",
        ["Sietske Bakker", "Freek Groenadvies"],
        """
B: Vanochtend 4 adressen gedaan. Twee nesten leeg, twee met eieren, die laten we {5}
A: En de bewoners? {5}
B: Die stoken niet tot juli. Met een CO-melder {5}
A: AUDIO {5}
B: Ja, spreek ik af. Ik kom in september terug voor de kappen {5}
""",
        17,
    ),
    Chat(
        "Bewoonster Vledderstraat",
        "dienstverlening",
        "2025-03-17 16:30",
        ["Chantal Kok", "Mevr. Van Leeuwen"],
        """
B: Er vallen takken uit mijn kachel en ik hoor gekras boven in de pijp {5}
A: Stook even niet. Er zitten waarschijnlijk vogels in {5}
B: Het is 3 graden! {5}
A: Ik begrijp het. De gemeente heeft een regeling, ik stuur u de brief {5}
B: Mijn nummer is 06-41237788, bel me maar {5}
""",
        17,
    ),
    Chat(
        "Letters op de Muur",
        "samenleving",
        "2025-03-12 14:00",
        ["Maarten Post", "Stichting Letters op de Muur"],
        """
B: Voor de 3 nieuwe gevels hebben we de teksten. Van Aukje Venema, Jan Greve en een vertaling van Szymborska {6}
A: Mooi. Wie kiest ze? {6}
B: Onze commissie, met een stadsdichter {6}
A: En wie betaalt het schilderen van de muur gedichten? {6}
B: Wij, met een bijdrage van het cultuurfonds. 2.400 per gevel {6}
~ 2025-06-13
B: Weerdstraat!! Helemaal wit. Heeft niemand die eigenaar verteld dat er een gedicht op zat? {6}
A: Het stond in de oude overeenkomst, maar bij de verkoop is het niet doorgegeven {6}
B: 😡 Jaren werk {6}
A: We gaan het herstellen, beloofd {6}
~ 2025-09-04
B: Ziet er weer prachtig uit {6}
""",
        22,
    ),
    Chat(
        "Dichter Aukje Venema",
        "samenleving",
        "2025-04-02 10:00",
        ["Hilde van Wijk", "Aukje Venema"],
        """
A: Uw gedicht 'Water onder de brug' komt op de gevel in de Kleine Oosterstraat {6}
B: Wat een eer! Mag ik de letter kiezen? {6}
A: In overleg met de schilder {6}
~ 2025-06-14
B: Ik lees dat er een is overgeschilderd. Gebeurt dat met het mijne ook? {6}
A: Nee, we maken nu afspraken die ook bij verkoop gelden {6}
""",
        17,
    ),
    Chat(
        "Eigenaar Weerdstraat",
        "ruimte",
        "2025-06-13 09:15",
        ["Merel Dekker", "Eigenaar Weerdstraat 7"],
        """
B: Ik word gebeld door de krant. Ik wist echt niet dat die tekst beschermd was {6}
A: Het stond in een overeenkomst met de vorige eigenaar {6}
B: Die heeft niks gezegd. Ik wil best meebetalen aan het terugzetten {6}
A: Dank, dat waarderen we. Ik laat de afdeling cultuur contact opnemen {6}
""",
        17,
    ),
    Chat(
        "Letterschilder",
        "samenleving",
        "2025-06-17 11:00",
        ["Evelien Brink", "Letterschilder Bram"],
        """
A: Heb je de mal van de Weerdstraat nog? {6}
B: Ja, van 2014. Op een droge week kan ik het in 4 dagen opnieuw zetten {6}
A: Offerte? {6}
B: 3.200 inclusief steiger {6}
~ 2025-08-28
B: Begin maandag, als het droog blijft {6}
A: 👍 {6}
""",
        17,
    ),
    Chat(
        "Afscheid Gerda",
        "bedrijfsvoering",
        "2025-05-28 12:00",
        ["Judith Koster", "Stefan Boer"],
        """
A: Wie schrijft er een gedicht voor het afscheid van Gerda?
B: Ik niet 😅 Rijmt 'Gerda' op iets?
A: 'Verder'. Bijna
B: Haha, ik koop wel bloemen
""",
        14,
    ),
    Chat(
        "JumpZone Meppel",
        "economie",
        "2025-02-05 13:00",
        ["Rik Bosman", "JumpZone Meppel"],
        """
B: Wij willen in de oude hal aan de Zomerdijk 40 trampolines, een ninja-parcours en een foamkuil {7}
A: Leuk plan. Let op: dat is bedrijventerrein, het moet afwijken {7}
B: Hoe lang duurt dat? {7}
A: Reken op 3 maanden {7}
B: Hoeveel parkeerplekken moet een trampoline park hebben? {7}
A: Volgens de norm 1 per 10 bezoekers, dus een stuk of 40 {7}
~ 2025-05-09
B: Vergunning binnen! Open 1 juli {7}
A: Gefeliciteerd {7}
~ 2025-07-21
B: We krijgen bonnen voor de auto's van onze klanten. Wij kunnen daar niks aan doen {7}
A: De overloop bij de buurman is geregeld toch? {7}
B: Mensen lopen niet graag 200 meter {7}
""",
        22,
    ),
    Chat(
        "Ouder springhal",
        "dienstverlening",
        "2025-07-23 19:00",
        ["Gonny Meijer", "Vader Mila"],
        """
B: Mijn dochter brak haar been in dat springpark. Er was geen toezicht bij de grote sprong {7}
A: Wat naar, beterschap voor haar. Heeft u het bij het park gemeld? {7}
B: Ja, ze zeggen dat het eigen risico is. Wie controleert zo'n bedrijf? {7}
A: De NVWA houdt toezicht op attractietoestellen. Ik stuur u het meldpunt {7}
B: En de gemeente doet niks? {7}
A: Wij geven de vergunning voor het gebouw. Ik geef uw melding door aan onze veiligheidsadviseur {7}
""",
        17,
    ),
    Chat(
        "NVWA",
        "veiligheid",
        "2025-07-25 10:00",
        ["Marjolein Prins", "Inspecteur NVWA"],
        """
A: 2 kinderen met een breuk in 2 maanden in de hal aan de Zomerdijk, weet u ervan? {7}
B: Ja, er komt een inspectie. Ze moeten een risicoanalyse en een logboek hebben {7}
~ 2025-08-14
B: Inspectie geweest. Toezicht bij de foamkuil was onvoldoende, en 3 doeken waren versleten {7}
A: Maatregel? {7}
B: Waarschuwing, hercontrole in september {7}
~ 2025-09-18
B: Hercontrole in orde {7}
""",
        17,
    ),
    Chat(
        "Trampoline storm",
        "openbare_ruimte",
        "2025-10-23 08:00",
        ["Mehmet Yilmaz", "Bewoner Stadsweg"],
        """
B: Door de storm ligt de trampoline van de buren op de weg
A: We komen hem van de weg halen
B: Hij ligt er al sinds vanochtend 6 uur
A: Ploeg is onderweg
""",
        14,
    ),
    Chat(
        "Oogvereniging",
        "ruimte",
        "2025-03-14 10:00",
        ["Hanneke Visser", "Oogvereniging Meppel"],
        """
B: Onze leden struikelen bijna dagelijks over fietsen op de geleidelijnen bij het station {8}
A: Dank. Zullen we samen een schouw lopen? {8}
B: Graag. Ook de binnenstad, de reclameborden staan op de lijn {8}
~ 2025-04-22
B: Dank voor de schouw. 23 knelpunten, lijst volgt {8}
A: Ontvangen, we pakken de ergste eerst {8}
~ 2025-09-01
B: De oversteek Zuiderlaan is heel goed geworden. Nu de Hoofdstraat nog {8}
A: Die terrassen pakken we met handhaving aan {8}
""",
        22,
    ),
    Chat(
        "Meneer met stok",
        "dienstverlening",
        "2025-07-08 15:00",
        ["Ayoub Tahiri", "Dhr. Klaassen"],
        """
B: Ik ben slechtziend en liep vanmiddag bij de bieb tegen een fiets op mijn lijn. Knie open {8}
A: Wat vervelend, gaat het? {8}
B: Het gaat, maar dit gebeurt steeds {8}
A: Ik meld het bij handhaving, die halen de fiets weg {8}
B: Ook bij het station, daar mist gewoon een stuk {8}
A: Dat wordt in juni aangevuld, zegt wijkbeheer {8}
B: Het is juli {8}
""",
        17,
    ),
    Chat(
        "Terras Hoofdstraat",
        "economie",
        "2025-09-05 11:00",
        ["Sanne Brouwer", "Lunchroom Het Hoekje"],
        """
A: Uw terras staat over de witte tegellijn, die moet vrij blijven {8}
B: Die ribbeltjes? Daar letten we niet op {8}
A: Die zijn voor blinden. 60 cm vrij aan weerszijden {8}
B: Ok, we schuiven de tafels morgen op {8}
""",
        17,
    ),
    Chat(
        "Stratenmaker station",
        "openbare_ruimte",
        "2025-06-18 07:00",
        ["Mehmet Yilmaz", "Stratenmaker Bosch"],
        """
B: De noppen- en ribbeltegels zijn binnen. Donderdag leggen? {8}
A: Ja, vanaf de fietsenstalling tot de bushaltes {8}
~ 2025-06-20
B: Klaar, 14 meter, ook de aansluiting op het perron {8}
A: Top {8}
""",
        12,
    ),
    Chat(
        "Escape Bank",
        "economie",
        "2025-02-25 16:00",
        ["Youssef Amrani", "Escape Bank Meppel"],
        """
B: We hebben het oude bankgebouw gehuurd! 4 kamers, de kluis wordt de finale {9}
A: Mooi concept. Brandweer wil een noodontgrendeling in de kluis {9}
B: Hebben we, een rode knop binnen en buiten {9}
~ 2025-05-27
B: Vergunning en melding zijn rond, open 14 juni {9}
A: Ik kom met de wethouder {9}
~ 2025-10-07
B: We willen ook boven, kamer 5 en 6. Zelfde procedure? {9}
A: Ja, en de trap wordt het punt {9}
""",
        20,
    ),
    Chat(
        "Buren Stationsweg",
        "ruimte",
        "2025-06-30 22:30",
        ["Ferry Hulsman", "Bewoner Stationsweg 12"],
        """
B: Sinds die spelletjeszaak open is staan er elke avond groepen te gillen op de stoep tot 12 uur {9}
A: Vervelend. Dat is na het spel? {9}
B: Ja, vrijgezellen en zo, ze wachten op de taxi {9}
A: Ik spreek de exploitant aan, ze moeten binnen wachten {9}
~ 2025-07-14
B: Het is beter. Ze hebben een bankje binnen gezet {9}
""",
        15,
    ),
    Chat(
        "Brandweer adviseur",
        "veiligheid",
        "2025-04-10 09:00",
        ["Merel Dekker", "Adviseur brandveiligheid VRD"],
        """
B: Advies over de Stationsweg: de kluisdeur mag alleen dicht als hij bij brand of stroomstoring vanzelf opengaat {9}
A: En de andere kamers? {9}
B: Deuren in de vluchtrichting, noodverlichting, rookmelders gekoppeld. Max 40 mensen {9}
~ 2025-10-09
B: Kamers boven: de trap is 80 cm, te smal voor 20 personen. Tweede trap of max 8 {9}
""",
        15,
    ),
    Chat(
        "Moeder Reest",
        "dienstverlening",
        "2025-06-30 17:00",
        ["Chantal Kok", "Moeder van Daan"],
        """
B: Mijn zoon van 6 heeft grote blaren op zijn armen en nek. Hij heeft met stokken van een grote plant gespeeld bij de Reest {10}
A: Wat erg! Ga naar de huisarts, dat kan van een giftige plant komen {10}
B: Huisarts zegt tweedegraads brandwonden. Waarom staat daar geen waarschuwing? {10}
B: Op internet staat dat het reuzen berenklauw is. Dat groeit daar overal {10}
A: Ik geef de plek door zodat ze de planten weghalen {10}
B: PHOTO "LET OP GIFTIGE PLANT NIET AANRAKEN GEMEENTE MEPPEL" {10}
B: Dit bordje staat er nu, een dag te laat {10}
""",
        15,
    ),
    Chat(
        "Exotenbestrijding Noord",
        "openbare_ruimte",
        "2025-07-03 08:30",
        ["Laura Mulder", "Exotenbestrijding Noord"],
        """
A: Langs de Oude Vaart staan honderden reuzenberenklauwen, graag een offerte {10}
B: Steken we met de schop, 15 cm onder de grond. Drie jaar nazorg {10}
A: En langs de Reest bij de Wheem? {10}
B: Kleine haard, nemen we mee {10}
~ 2025-09-16
B: Ronde 1 klaar, 620 planten. Zaadschermen apart afgevoerd in zakken {10}
A: Goed. Voorjaar weer kijken {10}
""",
        15,
    ),
    Chat(
        "Waterschap oevers",
        "openbare_ruimte",
        "2025-07-02 10:00",
        ["Wouter de Graaf", "Waterschap Drents Overijsselse Delta"],
        """
A: Reuzenberenklauw op jullie oever van de Oude Vaart, 2 km. Pakken jullie het op? {10}
B: Wij maaien in augustus. Bestrijden is lastig in ons budget {10}
A: Samen aanbesteden? Kosten delen? {10}
B: Lijkt me goed, 50/50 {10}
~ 2025-09-18
B: Ouders hebben ons ook aansprakelijk gesteld voor dat kind met de blaren {10}
A: Bij ons ook, we stemmen af via de verzekeraars {10}
""",
        15,
    ),
    Chat(
        "Wandelaar Wheem",
        "openbare_ruimte",
        "2025-06-23 11:00",
        ["Hennie Bos", "Wandelaar"],
        """
B: Bij de Wheem langs het pad staan planten van 3 meter met witte schermen, is dat niet die gevaarlijke? {10}
A: Dank voor de melding, kunt u een foto sturen? {10}
B: PHOTO "WANDELROUTE REESTDAL WHEEM 3 KM" {10}
B: Op de achtergrond zie je ze {10}
A: Dat lijken ze. We gaan vandaag kijken {10}
""",
        15,
    ),
    Chat(
        "Bermen maaien",
        "openbare_ruimte",
        "2025-05-19 09:00",
        ["Lisa Vos", "Loonbedrijf Kroon"],
        """
B: Bermen Steenwijkerstraatweg maaien we week 22
A: Goed, ook het fietspad meenemen
B: Doen we. Er staat veel fluitenkruid en berenklauw, de gewone, gewoon maaien?
A: Ja, dat kan
""",
        12,
    ),
    Chat(
        "Lelystraat",
        "veiligheid",
        "2025-03-04 19:00",
        ["Sanne Brouwer", "Bewoner Lelystraat"],
        """
B: Er staan hier 3 auto's die al maanden niet rijden, een zonder platen, banden plat {11}
A: Kunt u de adressen of merken doorgeven? {11}
B: Blauwe Opel hoek Ezingerweg, een grijze VW Polo voor nummer 22, een witte bus zonder kenteken {11}
A: We gaan langs en plakken een waarschuwing {11}
~ 2025-06-12
B: De Polo is weg, de bus staat er nog {11}
B: En er staat een nieuw auto wrak, een rode Fiat met een kapotte ruit bij de speeltuin {11}
A: Die nemen we ook mee {11}
A: Die heeft 7 dagen, dan wordt hij weggesleept {11}
~ 2025-06-24
B: Eindelijk weg, er is weer plek 🎉 {11}
""",
        15,
    ),
    Chat(
        "Takelbedrijf",
        "veiligheid",
        "2025-03-20 08:00",
        ["Ruud Hoekstra", "Takelbedrijf Noord-Drenthe"],
        """
A: Opdracht: blauwe Opel zonder platen, hoek Ezingerweg/Lelystraat, naar jullie terrein {11}
B: Vandaag om 14 uur {11}
B: Opgehaald, staat bij ons. Chassisnummer is leesbaar {11}
A: Na 13 weken zonder eigenaar mag hij naar de sloop {11}
~ 2025-05-09
A: De VW Polo ook ophalen, eigenaar heeft niet gereageerd {11}
B: Morgen {11}
~ 2025-06-23
A: Witte bus Lelystraat, laatste {11}
B: Gaat lukken, wel een dieplader nodig {11}
""",
        15,
    ),
    Chat(
        "Eigenaar VW Polo",
        "bestuur",
        "2025-05-12 10:00",
        ["Arjen Koopman", "Dhr. Mulder"],
        """
B: Mijn auto is weggehaald zonder dat ik het wist. Hij stond gewoon voor mijn deur {11}
A: De auto had geen geldige APK sinds 2024 en stond langer dan een maand stil, er zat een sticker op {11}
B: Die sticker heb ik nooit gezien. Ik betaal die 385 euro niet {11}
A: U kunt bezwaar maken, ik stuur u het formulier {11}
B: Ik wil hem ook terug, hij staat nu al 3 dagen daar voor 12 euro per dag {11}
A: Na betaling kunt u hem ophalen {11}
""",
        15,
    ),
    Chat(
        "RDW kenteken",
        "veiligheid",
        "2025-03-19 09:00",
        ["Tineke Smit", "RDW"],
        """
A: Een auto zonder kentekenplaten, kunnen jullie aan de hand van het VIN de eigenaar vinden? {11}
B: Ja, stuur het nummer. Let op: privacy, we geven het alleen aan de boa {11}
A: WVWZZZ6RZ9Y123456 {11}
B: Staat geschorst sinds 2022, op naam van een bedrijf in faillissement {11}
""",
        12,
    ),
    Chat(
        "Buurvrouw Tulpstraat",
        "veiligheid",
        "2025-04-06 06:15",
        ["Sanne Brouwer", "Mevr. Hartog"],
        """
B: Het is kwart over 6 en dat beest zit weer te schreeuwen op het dak. Iedere ochtend {12}
A: Vervelend. We zoeken nog naar de eigenaar {12}
B: Hij heeft ook mijn moestuin kaal gepikt {12}
A: We proberen hem te vangen met de dierenambulance, maar hij vliegt weg {12}
~ 2025-05-20
B: Hij is nog steeds hier, nu met zijn staart over de schutting 🦚 {12}
~ 2025-06-18
B: Ik heb hem al een week niet gehoord. Is hij gevangen? {12}
A: Ja, de eigenaar is gevonden {12}
""",
        20,
    ),
    Chat(
        "Dierenambulance",
        "openbare_ruimte",
        "2025-04-08 13:00",
        ["Tineke Smit", "Dierenambulance Meppel"],
        """
A: Kunnen jullie helpen met dat grote vogel in het Kaapje? Hij vliegt over de daken {12}
B: Een pauwhaan. Die vang je niet overdag, 's nachts op zijn slaapplek in een boom {12}
A: Wanneer kunnen jullie? {12}
B: Dinsdagnacht, met een lange net {12}
~ 2025-04-16
B: Mislukt. Hij vloog op het dak van de school 😅 {12}
A: Volgende poging? {12}
B: Voeren op één plek, dan een kooi met een klep {12}
~ 2025-06-10
B: Hebbes! In de vangkooi in de tuin van nummer 14 {12}
A: Top. Eigenaar? {12}
B: Via de ring: een hobbyboer in Havelte, hij was in maart ontsnapt {12}
""",
        20,
    ),
    Chat(
        "Eigenaar pauw",
        "veiligheid",
        "2025-06-11 10:00",
        ["Ruud Hoekstra", "Hobbyboer Havelte"],
        """
B: Bedankt dat jullie Karel gevonden hebben. Ik dacht dat de vos hem had {12}
A: Hij heeft wel schade gemaakt. Krassen op 2 auto's en een moestuin {12}
B: Dat spijt me, ik neem contact op met die mensen. Mijn verzekering {12}
A: Graag. En een hoger hek? {12}
B: Ja, en zijn vleugel kortwieken {12}
""",
        15,
    ),
    Chat(
        "Meeuwenlaan",
        "dienstverlening",
        "2025-04-11 09:00",
        ["Pim Lucassen", "Bewoner Meeuwenlaan"],
        """
B: Die vogel met die staart heeft op mijn nieuwe auto gestaan. Krassen over de hele kap {12}
A: Vervelend. Er is nog geen eigenaar bekend {12}
B: Wie betaalt dit dan? {12}
A: Als de eigenaar gevonden wordt, kunt u hem aansprakelijk stellen. Maak foto's {12}
""",
        12,
    ),
    Chat(
        "Pauwoog vlinder",
        "samenleving",
        "2025-08-06 14:00",
        ["Laura Mulder", "Vlinderstichting vrijwilliger"],
        """
B: Vlindertelling Wilhelminapark: 24 dagpauwogen, 9 citroenvlinders
A: Mooi, meer dan vorig jaar
B: De vlinderstrook helpt
""",
        12,
    ),
    Chat(
        "Buurtapp Kaapje",
        "veiligheid",
        "2025-04-14 20:00",
        ["Sanne Brouwer", "Beheerder buurtapp Kaapje"],
        """
B: In de buurtapp gaat het alleen nog over Pieter 😂 Mensen voeren hem brood en katten-brokken {12}
A: Graag niet voeren, dan blijft hij juist hangen {12}
B: Zet ik erin. Iemand wil hem adopteren {12}
A: Hij is van iemand, hij heeft een ring {12}
B: Die pauww zat vanochtend trouwens op de kerk 😂 {12}
""",
        12,
    ),
    Chat(
        "Inkoop",
        "bedrijfsvoering",
        "2025-02-03 09:00",
        ["Monique Aalders", "Inkoper Pieter"],
        """
A: Raamcontract buitenmeubilair verloopt in juni
B: Ik start de aanbesteding
~ 2025-04-01
A: Bankjes en bakken voor de parklets, valt dat onder het raamcontract? {4}
B: Ja, bestellen via Straatmeubel Noord {4}
~ 2025-07-01
B: Kunstgras-renovatie Ezinge: boven de 100.000, dus meervoudig onderhands {2}
A: 3 partijen uitnodigen {2}
""",
        40,
    ),
    Chat(
        "Burgemeester",
        "bestuur",
        "2025-01-10 08:00",
        ["Secretaresse burgemeester", "Kabinetschef"],
        """
A: Agenda januari staat
~ 2025-06-14
B: Burgemeester opent zaterdag de escaperoom aan de Stationsweg, 15 uur {9}
A: Tekst? {9}
B: Iets over het lege bankgebouw dat weer leeft {9}
~ 2025-07-01
A: Opening springhal Zomerdijk, burgemeester springt mee? 😄 {7}
B: Zeker niet {7}
~ 2025-09-03
A: Onthulling herstelde gedicht Weerdstraat, 4 september 11 uur {6}
B: Staat {6}
""",
        70,
    ),
)
