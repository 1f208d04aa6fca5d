"""The FORTY-SECOND BLIND relevance set (issue 17): new chats, requests and judgements.

Written as a Woo officer of gemeente Meppel would by a helper (branch wooblind42, 6 December 2026)
BEFORE any measurement on it, without reading the search code, the search tests or the synonym
migrations, and without running the relevance bench or any search; blind41.py was read for the
data format and the docstring shape only (none of its chats, subjects, streets, names or requests
is reused), build.py for the Chat and Request API and the filler, the earlier sets only for their
request titles (so that the subjects are new); RESULTS.md was not opened. Not yet measured: the
lead measures it once on main's code. Same syntax as blind.py: `{n}` after a line marks the
requests it is relevant to, `~` starts the next day, `~ YYYY-MM-DD` moves the chat to that day,
`PHOTO "text"` is a photo with painted text, `AUDIO` a voice note. Generated filler
(build.FILLER) is relevant to nothing. Names, addresses, firms, associations, amounts and numbers
are made up (so are fietsbrug De Wheem, zwembad De Ruif, wijkcentrum De Plataan and begraafplaats
Het Kerkepad); a few real organisations (the GGD, the NVWA, the RvIG, the OM, Isala, RTV Drenthe,
the Meppeler Courant, Slachtofferhulp, Facebook) appear as they would in such chats.

The twelve requests and their queries were written first, from the request text only, before any
chat. Themes: spindle ermine moths webbing the hedges in Koedijkslanden (R1), food poisoning after
the seniors' afternoon in community centre De Plataan (R2), a lost shipment of driving licences
and identity cards at Burgerzaken (R3), the slippery cycle bridge De Wheem (R4), rabbits
undermining graves at cemetery Het Kerkepad in Nijeveen (R5), the chlorine gas leak in swimming
pool De Ruif (R6), the residents' request for a speed camera on the Ommerweg (R7), the raised bus
stops on the Leonard Springerlaan (R8), the bouncy castle blown over at a street party in
Koedijkslanden (R9), the late payment of invoices to businesses (R10), the replacement of the
staff laptops (R11) and horse manure from the carriage rides in the city centre (R12).

Long team chats (green, district maintenance, Burgerzaken, welfare and elderly, traffic, sport and
swimming, accounts payable, the ICT service desk, cemeteries, events, customer contact,
communication, the boa's, public order and safety, insurance and claims, the works council, the
management team, the district teams Haveltermade and Koedijkslanden, civil projects, city centre
management) carry a request's subject in a few lines among other work; short one-to-one chats
answer without repeating the subject ("Top", "Gelukkig", "Eindelijk", "Binnen", "Staat goed",
"Hangen", "Begrepen", "Dank u", "👍"); other words for the subjects (spinrag, webben, witte nesten,
rupsjes, ingepakte heg, verpoppen, kardinaalsmuts, processierups as the residents' guess; zieken,
overgeven, vla, vlaflip, koelbox, Bacillus cereus, noro, bron- en contactonderzoek; doos, levering,
koerier, trackingnummer, ID, vermist, spoedaanvraag, 77 aanvragen; spekglad, onderuit, uitgegleden,
composiet, alg, stroefheid, epoxy met bauxiet, wegbeheerder; knienen, beesten, burcht, pijpen,
fretteren, fretteur, gaas, raster, keutels; chloorlucht, hypochloriet, doseerpomp, vergrendeling,
ademlucht, benauwdheid, gasdetector; hardrijders, telslangen, V85, lasergun, CVOM-criteria,
snelheidsdisplays, smiley's; perronbanden, instaphoogte, oprit 1 op 7, haltering, schampen;
luchtkussen, windvlaag, ankerpunten, haringen, windkracht 5; fakturen, werkbak, budgethouders,
wettelijke rente, betaaltermijn, scanstraat; notebooks, lappie, EliteBooks, HP, dockingstation,
firmware, blauw scherm; paardenvijgen, mestvanger, opvangzak, hopen, ontheffing, schep en emmer);
split forms and compounds ("spinsel motten", "fiets brug", "flits paal", "flitser", "brugdek",
"konijnengaas", "paardenpoep"); Drents dialect ("'t Kerkepad lig vol gaten van de knienen", "Now,
dat is goed te heuren"); abbreviations (GGD, NVWA, RvIG, OM, CVOM, KCC, ID, V85, GRIP, OR);
typos ("spinselmod", "fakturen", "lappie"); 6 photos with text (the moth sign, the carriage sign,
a webbed hedge, the pool reopening, the speed display, the closed bus stop) and 4 voice notes (the
GGD, the rabbit catch, the pool evacuation, the talk with the street party committee); and
distractor chats that share words with requests but are about something else (pruning a hedge, a
routine chlorine delivery, a colleague's passport, bouncy castles on King's Day, new phones, a
rabbit hutch at the petting farm, the canal boat tour) and lines about other work in the team
chats.

Judging rule (as the earlier sets): a message is relevant when a Woo officer would have to include
it to cover the request, also when it does not repeat the subject ("Top", "👍", "Gelukkig"); a voice
note inside a relevant exchange is relevant. Lines of a relevant chat about something else carry
no tag.

Counts (computed from CHATS with build.parse_script and build.with_filler; the filler fills every
chat to its stated length): 60 chats of 15 to 160 messages, 3,365 messages (546 hand-written; 6
photos with text, 4 voice notes), 12 requests, 36 queries, 461 relevant messages, each relevant to
one request, in 79 (chat, request) pairs; 53 chats relevant to a request, 7 to none, 16 to
several. Relevant messages (chats) per request: R1 34 (7), R2 46 (7), R3 39 (7), R4 37 (8),
R5 47 (6), R6 40 (6), R7 37 (6), R8 33 (5), R9 40 (7), R10 33 (6), R11 38 (7), R12 37 (7)."""

from .build import Chat, Request

REQUESTS = (
    Request(
        1,
        "Spinselmotten in de heggen en struiken van Koedijkslanden en langs de Schiphorsterweg "
        "(mei en juni 2025): de meldingen van bewoners over de witte spinsels, de uitleg over de "
        "rupsen, het wegspuiten of snoeien en de communicatie erover.",
        ("spinselmot heggen", "witte spinsels struiken", "spinselmotten meldingen bewoners"),
    ),
    Request(
        2,
        "De voedselvergiftiging na de seniorenmiddag in wijkcentrum De Plataan in Haveltermade "
        "(oktober 2025): de zieke bezoekers, het contact met de GGD en de NVWA, de cateraar en de "
        "afhandeling met de deelnemers.",
        (
            "voedselvergiftiging seniorenmiddag",
            "zieke ouderen catering",
            "De Plataan GGD",
        ),
    ),
    Request(
        3,
        "De kwijtgeraakte zending rijbewijzen en identiteitskaarten bij Burgerzaken (april "
        "2025): de vermiste doos, de melding bij de RvIG en de politie, het ongeldig verklaren "
        "van de documenten en de nieuwe aanvragen voor de getroffen inwoners.",
        (
            "zending identiteitskaarten kwijt",
            "vermiste rijbewijzen burgerzaken",
            "documenten ongeldig verklaard",
        ),
    ),
    Request(
        4,
        "De gladde fietsbrug De Wheem over de Drentsche Hoofdvaart (najaar 2025): de "
        "valpartijen van fietsers op het natte brugdek, de afsluiting, de antislipcoating, het "
        "contact met de aannemer en de schadeclaims.",
        ("fietsbrug glad", "fietsers gevallen brug", "antislip brugdek"),
    ),
    Request(
        5,
        "Konijnen op begraafplaats Het Kerkepad in Nijeveen (2025): de holen en verzakkingen "
        "bij de graven, de klachten van nabestaanden, de bestrijding en het afrasteren.",
        ("konijnen begraafplaats", "konijnenholen graven nijeveen", "konijnen bestrijding"),
    ),
    Request(
        6,
        "Het chloorgaslek in zwembad De Ruif (februari 2025): de ontruiming, de zwemmers met "
        "ademhalingsklachten, de oorzaak bij de doseerinstallatie, het onderzoek en de "
        "heropening van het bad.",
        ("chloorgas zwembad", "chloorlek ontruiming", "zwembad De Ruif gesloten"),
    ),
    Request(
        7,
        "Het verzoek om een flitspaal op de Ommerweg (2025): de klachten van bewoners over "
        "hardrijders, de snelheidsmetingen, het overleg met politie en OM, het besluit en de "
        "snelheidsdisplays.",
        ("flitspaal ommerweg", "hardrijders snelheidsmeting", "flitspaal aanvraag bewoners"),
    ),
    Request(
        8,
        "De verhoogde bushaltes aan de Leonard Springerlaan (2025): de te hoge perrons waar bussen "
        "tegenaan reden, de te steile oprit voor rolstoelen, het overleg met de vervoerder en het "
        "aanpassen van de haltes.",
        (
            "bushalte perron te hoog",
            "bushalte leonard springerlaan",
            "toegankelijke bushalte rolstoel",
        ),
    ),
    Request(
        9,
        "Het weggewaaide springkussen bij het buurtfeest in Koedijkslanden (augustus 2025): de "
        "gewonde kinderen, de melding van het buurtfeest, de verhuurder, de verzekering en het "
        "onderzoek naar de verankering.",
        ("springkussen weggewaaid", "buurtfeest koedijkslanden ongeluk", "springkussen gewond"),
    ),
    Request(
        10,
        "De te late betaling van facturen aan ondernemers en leveranciers door de gemeente "
        "(2025): de klachten, de achterstand bij de crediteurenadministratie, de wettelijke rente "
        "en de maatregelen.",
        ("facturen te laat betaald", "betaaltermijn leveranciers", "achterstand crediteuren"),
    ),
    Request(
        11,
        "De vervanging van de laptops van de medewerkers (2025): de uitrol, de storingen en "
        "klachten, de vertraging bij de leverancier en de kosten.",
        ("nieuwe laptops uitrol", "laptops storing", "vervanging laptops kosten"),
    ),
    Request(
        12,
        "Paardenmest in de binnenstad door de rondritten met koetsen (zomer 2025): de klachten "
        "van ondernemers en bewoners, de afspraken met de koetsier over mestzakken en het "
        "schoonmaken, en de handhaving.",
        ("paardenmest binnenstad", "koets mest klachten", "paardenpoep markt"),
    ),
)


CHATS = (
    Chat(
        "Team groen",
        "openbare_ruimte",
        "2025-01-13 08:00",
        ["Wilma Hoekstra", "Geert Boerema", "Fenna Lok", "Jurre Bos"],
        """
A: Snoeirondes voor het voorjaar staan in het planbord
B: Ik neem de knotwilgen langs de Wold Aa
~ 2025-03-18
C: Nijeveen: op het Kerkepad is het gras tussen de graven helemaal omgewoeld, overal holletjes {5}
A: Mollen? {5}
C: Nee, konijnen. Ik zag er vanochtend zeker tien wegschieten {5}
D: Dat is elk voorjaar erger daar, de houtwal erachter zit vol {5}
~ 2025-04-02
B: Maaimachine 3 staat bij de dealer
~ 2025-05-19
D: Koedijkslanden, Stoombootkade-kant: de heg van kardinaalsmuts zit helemaal ingepakt in wit spul. Bewoner denkt aan de eikenprocessierups {1}
A: Dat is de spinselmot. Ziet er eng uit maar ze doen niks, geen brandharen {1}
D: Wat doen we ermee? {1}
A: Niks spuiten. Na een paar weken lopen de struiken weer uit {1}
C: Bij de Schiphorsterweg hangt het ook, tot in de lantaarnpaal toe {1}
A: PHOTO "SPINSELMOT ONSCHULDIG VOOR MENS EN DIER GEEN BESTRIJDING NODIG GEMEENTE MEPPEL" {1}
B: Bordje is mooi, hang er een paar op {1}
~ 2025-05-27
C: Weer 8 meldingen over die webben vandaag via het KCC {1}
A: Kunnen we met de hogedrukspuit de ergste spinsels eraf halen bij de speeltuin? Voor de rust {1}
C: Doe ik donderdag {1}
~ 2025-06-16
D: Kerkepad: bij graf 112 is de steen scheef gezakt, er zit een hol onder {5}
A: Dat moet de beheerder van de begraafplaats weten, en de familie {5}
D: Heb ik doorgegeven aan Lies {5}
~ 2025-07-07
B: Bermen maaien loopt achter door de regen
~ 2025-09-22
C: Konijnengaas rond het Kerkepad is geplaatst, 40 cm ingegraven {5}
A: Top {5}
~ 2025-10-20
B: Bladblazers zijn opgeladen
""",
        150,
    ),
    Chat(
        "Wijkbeheer buitendienst",
        "openbare_ruimte",
        "2025-02-03 07:30",
        ["Harm Wolters", "Ingrid Veldkamp", "Sjoerd Mulder", "Patrick Steenbergen"],
        """
A: Wie haalt de zandzakken terug van de Kleine Oever?
B: Doen wij
~ 2025-05-21
C: Spinselmod in de heggen bij het speelveld in Koedijkslanden, ouders vragen of kinderen er wel kunnen spelen {1}
A: Kan gewoon, die rupsjes zijn niet schadelijk {1}
C: Oké dan zeg ik dat {1}
~ 2025-06-03
D: Zijn die spinsel motten nou weg aan de Schiphorsterweg? {1}
C: De meeste zijn verpopt, de heg loopt alweer groen uit {1}
~ 2025-07-14
A: Koetsier stond weer met zijn paard op het Kerkplein, drie hopen naast de kerk {12}
B: Wie ruimt dat op? Wij toch niet elke dag? {12}
A: Volgens de afspraak hangt er een mestzak achter het paard {12}
B: Die zat vandaag dus niet onder {12}
~ 2025-07-15
D: Ik heb een foto gemaakt {12}
D: PHOTO "RONDRITTEN MET PAARD EN KOETS VERTREK MARKT ELK UUR" {12}
~ 2025-08-25
C: Veegwagen rijdt extra op de Markt na de braderie
~ 2025-11-10
B: De Wheem is weer spekglad, mevrouw gevallen met haar fiets bij de afrit {4}
A: Weer? Dat is de derde keer deze maand {4}
B: Nat blad en alg op dat kunststof dek {4}
D: Ik zet hekken en een bord 'afstappen' {4}
~ 2025-11-12
A: Aannemer komt morgen kijken naar het dek {4}
~ 2025-12-01
C: Strooiroute nieuw, bruggen eerst
""",
        140,
    ),
    Chat(
        "Burgerzaken team",
        "dienstverlening",
        "2025-01-08 08:15",
        ["Saskia van Dam", "Mehmet Kaya", "Lotte Brouwer", "Erik Jansen"],
        """
A: Drukte verwacht voor de paspoorten vóór de zomer, extra balietijden
B: Ik draai mee op zaterdag
~ 2025-04-09
C: De zending van dinsdag is niet binnen. Koerier zegt dat hij is afgeleverd {3}
A: Welke zending? {3}
C: De doos met 46 rijbewijzen en 31 ID-kaarten {3}
D: Ik heb de kluis en het postkamertje doorzocht, niks {3}
A: Direct de RvIG bellen, dan worden ze als vermist geregistreerd {3}
~ 2025-04-10
C: RvIG gebeld, alle documenten staan nu op vermist en zijn ongeldig {3}
B: En de mensen die vandaag hun rijbewijs komen ophalen? {3}
A: Excuses en een nieuwe aanvraag, kosteloos {3}
D: Aangifte gedaan bij de politie, nummer staat in het zaakdossier {3}
~ 2025-04-11
B: Er staat een man aan de balie die boos is dat zijn identiteitskaart 'gestolen' is. Hoe weet hij dat? {3}
A: Heeft de brief van gisteren gekregen. Laat hem maar bij mij komen {3}
~ 2025-04-24
C: Alle 77 aanvragen opnieuw ingediend, levering volgende week {3}
A: Top, dank jullie {3}
~ 2025-06-16
D: De nieuwe laptops voor de balie doen het niet met de pasjeslezer {11}
B: Ik kan niet vingerafdrukken afnemen op de nieuwe {11}
A: Melding bij ICT, zo lang de oude laten staan {11}
~ 2025-06-18
D: Driver is bijgewerkt, doet het weer {11}
~ 2025-09-15
C: Nieuwe fotohokje komt in oktober
""",
        140,
    ),
    Chat(
        "Welzijn en ouderen",
        "samenleving",
        "2025-02-10 09:00",
        ["Anouk Hulst", "Roelie Dekker", "Gerard Vos", "Kim Timmerman"],
        """
A: Week tegen de eenzaamheid, wie heeft de lijst met activiteiten?
B: Staat in de map
~ 2025-10-08
C: Seniorenmiddag gisteren in De Plataan, vanochtend al vier telefoontjes: mensen ziek, overgeven, diarree {2}
A: Hoeveel waren er? {2}
C: 62 bezoekers, stamppot en vlaflip van Keuken van Bertus {2}
A: Dan moet de GGD het weten {2}
~ 2025-10-09
D: GGD heeft gebeld. 19 zieken bekend, 2 in het ziekenhuis {2}
B: Oh nee {2}
D: Ze vermoeden de vla, te lang buiten de koeling {2}
A: Cateraar gaat ervan uit dat het norovirus is {2}
C: NVWA komt bij hem kijken {2}
~ 2025-10-10
A: Bloemetje en een kaartje naar iedereen die ziek was? {2}
B: Doe ik. Via de vrijwilligers {2}
~ 2025-10-27
D: Uitslag: Bacillus cereus in de vla, geen noro {2}
A: Wij stoppen met die cateraar voor de seniorenmiddagen {2}
~ 2025-11-03
B: Kerstmiddag 18 december, zelfde zaal
""",
        120,
    ),
    Chat(
        "Team verkeer",
        "ruimte",
        "2025-01-09 08:30",
        ["Martijn Bakker", "Ellen Schut", "Rutger Koster", "Naomi Smit"],
        """
A: Verkeersbesluiten voor Q1 liggen bij de jurist
B: Ik heb de parkeertellingen van de Groenmarkt
~ 2025-02-17
C: Bewonersbrief van de Ommerweg binnen: 54 handtekeningen voor een flitspaal {7}
A: Die hebben we eerder gehad. Eerst meten {7}
C: Telslangen leggen? {7}
A: Ja, twee weken, bij huisnummer 40 en bij de bocht {7}
~ 2025-03-10
C: Metingen Ommerweg: V85 is 63 km/u bij 50, uitschieters van 110 's nachts {7}
B: Dat is fors {7}
A: Voor een flitser moet je langs de politie en het OM, en die kijken naar ongevallen, niet alleen naar snelheid {7}
~ 2025-04-14
D: Nieuwe bushaltes Leonard Springerlaan zijn opgeleverd, perronhoogte 18 cm {8}
A: Mooi, eindelijk toegankelijk {8}
~ 2025-04-29
D: Vervoerder belt: twee bussen hebben hun spiegel en onderkant geschampt aan de haltes op de Springerlaan {8}
B: Hoe kan dat, het is volgens de richtlijn {8}
D: De bocht ervoor is te krap, de bus komt er schuin in en raakt de band {8}
~ 2025-05-06
D: Bovendien klagen ze bij de gehandicaptenraad dat de oprit aan de kop te steil is voor een rolstoel {8}
A: Laat de ontwerper meekijken, met de vervoerder erbij {8}
~ 2025-06-12
C: Overleg met politie en OM over de Ommerweg: geen vaste flitspaal, wel extra controles met de lasergun {7}
B: Bewoners gaan dat niet leuk vinden {7}
A: We hangen twee snelheidsdisplays op, smiley's {7}
~ 2025-07-01
D: Aanpassing haltes: kop verlengd, 1:12 helling, rand bij de bocht afgeschuind {8}
A: Akkoord {8}
~ 2025-11-11
B: Fietsbrug De Wheem: gladheid, afsluiten tot de coating erop zit? {4}
A: Ja, omleiding via de Kaapbrug {4}
C: Bebording staat vanmiddag {4}
~ 2025-12-02
D: Verkeerslichten Hoogeveenseweg zijn weer in storing, monteur onderweg
""",
        160,
    ),
    Chat(
        "Sport en zwembad",
        "samenleving",
        "2025-01-06 07:00",
        ["Bas Hendriks", "Marloes Zijlstra", "Tom Veenstra", "Ilse Kroeze"],
        """
A: Rooster badmeesters voor januari staat
B: Zaterdag vrijzwemmen is druk
~ 2025-02-14
C: Alarm in De Ruif! Chloorlucht in de hal, we ontruimen het bad {6}
A: Iedereen naar buiten, deuren dicht, 112 is gebeld {6}
B: Brandweer is binnen met ademlucht. 14 zwemmers met hoesten en benauwdheid {6}
D: Ambulances hebben er 3 meegenomen ter controle {6}
C: Kinderen van de zwemles zitten in de sporthal ernaast, ouders zijn gebeld {6}
~ 2025-02-15
A: Wat was de oorzaak? {6}
C: Doseerpomp van de hypochloriet liep door terwijl de zuurpomp ook liep. Dan krijg je chloorgas {6}
A: Dat mag nooit kunnen {6}
B: Installateur zegt dat de beveiliging was overbrugd na het onderhoud van vorige week {6}
~ 2025-02-17
D: Bad blijft dicht tot het onderzoek klaar is {6}
~ 2025-03-03
A: Nieuwe vergrendeling zit erin, keuring akkoord, morgen weer open {6}
B: Eindelijk {6}
~ 2025-04-07
C: Zwemvierdaagse in juni, inschrijving open
~ 2025-09-01
D: Sporthal Ezinge: vloer wordt geschuurd in de herfstvakantie
""",
        130,
    ),
    Chat(
        "Financiën crediteuren",
        "bedrijfsvoering",
        "2025-01-07 08:00",
        ["Jolanda Meijer", "Thijs van der Wal", "Priya Ramdin", "Wouter Kuipers"],
        """
A: Jaarafsluiting: alle facturen van december vóór de 20e inboeken
B: Komt goed
~ 2025-03-11
C: Stapel onbetaalde facturen groeit, we zitten op 640 openstaand ouder dan 30 dagen {10}
A: Waar zit het? {10}
C: Goedkeuring. Budgethouders keuren niet af in de nieuwe workflow {10}
D: En de scanstraat heeft twee weken stilgelegen {10}
~ 2025-03-24
B: Hoveniersbedrijf Lammers belt voor de derde keer, ze wachten al 70 dagen {10}
A: Spoed zetten, vandaag nog betalen {10}
~ 2025-04-15
C: Drie leveranciers rekenen nu wettelijke rente, samen 2.180 euro {10}
A: Dat betalen we, maar ik wil het aan de directie laten zien {10}
~ 2025-05-06
D: Plan: herinnering aan budgethouders na 10 dagen, na 20 dagen automatisch naar de afdelingsmanager {10}
A: Goed {10}
~ 2025-07-01
C: Achterstand weggewerkt, gemiddelde betaaltermijn 24 dagen {10}
A: Knap werk {10}
~ 2025-08-18
B: Nieuwe laptop doet niks met de scanner van de postkamer {11}
D: Heb ik ook, ticket staat open {11}
~ 2025-10-01
A: Begroting 2026, de cijfers van team financiën zijn binnen
""",
        130,
    ),
    Chat(
        "ICT servicedesk",
        "bedrijfsvoering",
        "2025-01-06 08:00",
        ["Ruben Post", "Dewi Kramer", "Arno Hofstede", "Linda Boer"],
        """
A: Wachtwoordresets na de vakantie, druk vandaag
B: Ik pak de tickets tot 12 uur
~ 2025-03-03
C: Bestelling 600 laptops is geplaatst bij Datacom, levering eind april {11}
A: Uitrol per afdeling, stadhuis eerst {11}
~ 2025-04-28
C: Levering schuift naar juni, tekort aan chips zeggen ze {11}
A: Dan moeten de oude het nog twee maanden volhouden {11}
~ 2025-06-10
B: Eerste 120 notebooks uitgedeeld, veel klachten over het dockingstation {11}
D: Scherm flikkert bij iedereen met het oude dock {11}
A: Nieuwe docks bestellen? Dat is 95 euro per stuk {11}
B: Anders blijft het klachten regenen {11}
~ 2025-06-23
D: Firmware-update lost het flikkeren op, docks hoeven niet {11}
A: Scheelt {11}
~ 2025-08-04
C: Laatste batch laptops uitgerold, 584 stuks, 16 reserve {11}
~ 2025-08-05
B: Windows-update vannacht, mensen moeten even herstarten
~ 2025-10-13
D: Phishingmail over 'pakket', niet klikken
""",
        130,
    ),
    Chat(
        "Begraafplaatsen",
        "openbare_ruimte",
        "2025-01-15 09:00",
        ["Lies Brinkman", "Henk Oldenburger", "Carla Wind"],
        """
A: Tarieven 2025 staan op de website
B: Grafrechten verlengingsbrieven gaan deze week de deur uit
~ 2025-03-20
B: Kerkepad Nijeveen ligt vol konijnenkeutels, en tussen de rijen zijn holen {5}
A: Hoeveel schade? {5}
B: Bij zeker twaalf graven verzakt de rand, één urnengrafje ligt scheef {5}
A: Ik vraag de faunabeheerder om advies {5}
~ 2025-04-08
C: Mevrouw De Lange belde huilend: er zit een gat naast het graf van haar man {5}
A: Laat het gat dichtmaken en bel haar terug vandaag {5}
C: Gedaan {5}
~ 2025-04-22
A: Faunabeheerder: fretteren met netten in het najaar, nu zitten er jongen {5}
B: En tot dan? {5}
A: Gaas langs de houtwal en elke week de holen dichttrappen {5}
~ 2025-06-16
B: Graf 112 op het Kerkepad, steen scheefgezakt door een hol {5}
A: Steenhouwer zet hem recht op kosten van de gemeente {5}
~ 2025-10-14
C: Fretteur heeft twee ochtenden gewerkt: 37 konijnen gevangen {5}
A: Bericht op de website voor de nabestaanden? {5}
C: Staat er morgen op {5}
~ 2025-11-05
B: Allerzielen-avond was mooi, veel mensen
""",
        110,
    ),
    Chat(
        "Evenementen",
        "veiligheid",
        "2025-01-20 09:30",
        ["Femke de Boer", "Jeroen Pals", "Marit Eleveld", "Stefan Drenth"],
        """
A: Aanvragen zomerevenementen stromen binnen
B: Ik zet ze in een overzicht
~ 2025-05-12
C: Meneer Van Gelder van de rondritten met paard en koets wil een ontheffing voor de binnenstad, juni tot september {12}
A: Voorwaarden: mestopvangzak verplicht, route via Hoofdstraat en Markt {12}
C: Staat in de ontheffing {12}
~ 2025-07-28
B: Melding buurtfeest Koedijkslanden 16 augustus binnen, met springkussen en barbecue {9}
A: Kleine melding, geen vergunning nodig {9}
~ 2025-08-16
D: Ongeluk bij het buurtfeest in Koedijkslanden: springkussen is door een windvlaag opgetild en omgeslagen, kinderen eraf gevallen {9}
A: Hoe erg? {9}
D: Meisje met een gebroken arm, twee jongens met schaafwonden, ambulance is er {9}
~ 2025-08-18
C: Het kussen was maar aan twee punten vastgezet, er hoorde acht {9}
B: Wie is de verhuurder? {9}
C: Partyverhuur Speelplezier uit Staphorst {9}
A: Wij wijzen bij een melding nooit op verankering, moet dat erin? {9}
D: Ja, zet ik in het meldingsformulier: windkracht 5 of meer eruit, alle ankerpunten {9}
~ 2025-09-08
B: Koetsier krijgt volgend jaar pas weer een ontheffing als de mest wordt opgeruimd {12}
~ 2025-10-06
A: Oktoberevaluatie Stadsloop volgt
""",
        140,
    ),
    Chat(
        "KCC klantcontact",
        "dienstverlening",
        "2025-01-06 08:30",
        ["Yara el Idrissi", "Bram Lubbers", "Hanneke Spijker", "Joost Wessels"],
        """
A: Wachtrij is lang vanochtend, iedereen inloggen graag
B: Ben er
~ 2025-04-10
C: Bellers met een brief over een 'vermist' rijbewijs, wat zeggen we? {3}
A: Script van Burgerzaken: documenten zijn tijdens het vervoer zoekgeraakt, ongeldig gemaakt, nieuwe aanvraag gratis {3}
C: Dank {3}
~ 2025-05-20
D: Hoeveel meldingen over die witte webben in de heggen nog? {1}
B: Vandaag 11. Iedereen denkt dat het processierupsen zijn {1}
A: Zeg: spinselmot, onschuldig, verdwijnt vanzelf. Tekst staat in de kennisbank {1}
~ 2025-07-15
B: Mevrouw van de bloemenzaak op de Markt klaagt over paardenpoep voor haar deur, 'elke dag' {12}
A: Doorzetten naar de boa's en naar evenementen {12}
~ 2025-08-13
~ 2025-10-09
D: Ik heb iemand aan de lijn van wie haar moeder ziek is geworden van het eten in De Plataan {2}
A: Doorverbinden met Anouk van welzijn {2}
~ 2025-11-12
B: Melding: man met fiets onderuit op De Wheem, wil de schade verhalen {4}
A: Schadeformulier sturen en naar verzekeringen {4}
""",
        150,
    ),
    Chat(
        "Communicatie",
        "bestuur",
        "2025-01-07 09:00",
        ["Nienke Vos", "Ramon Bijl", "Tessa Oosterhuis", "Koen Haverkamp"],
        """
A: Nieuwjaarsfilmpje van de burgemeester staat online
B: 800 views al
~ 2025-02-14
C: Persvragen van RTV Drenthe over De Ruif, er zou chloorgas zijn vrijgekomen {6}
A: Ja. Feiten: bad ontruimd, 14 mensen met klachten, niemand in levensgevaar. Meer na onderzoek {6}
D: Posten we dat ook op Facebook? {6}
A: Ja, zelfde tekst {6}
~ 2025-04-11
B: Burgerzaken wil een nieuwsbericht over de verdwenen doos met ID-kaarten {3}
A: Kort en feitelijk: 77 inwoners gebeld, documenten onbruikbaar gemaakt, geen misbruik bekend {3}
~ 2025-05-22
C: Post voor Facebook over spinselmotten? Foto van een ingepakte heg erbij {1}
A: Goed idee, de meldingen lopen op {1}
~ 2025-08-17
D: Meppeler Courant vraagt naar het springkussen in Koedijkslanden {9}
A: Wij zijn geen organisator, buurtfeest was gemeld. We zoeken uit hoe het kon {9}
~ 2025-10-10
C: GGD-persbericht over De Plataan, delen wij mee? {2}
A: Alleen delen, geen eigen bericht {2}
~ 2025-11-13
B: Tekst voor de afsluiting van de fietsbrug: 'De Wheem is glad, tijdelijk dicht voor een antislip-laag' {4}
A: Top {4}
~ 2025-12-08
D: Kerstkaart van het college is de deur uit
""",
        140,
    ),
    Chat(
        "Boa's binnenstad",
        "veiligheid",
        "2025-01-08 08:00",
        ["Ferry Hofman", "Laura Zwart", "Dirk Kamphuis", "Esther Jonker"],
        """
A: Fietsen op de Markt vanaf vandaag weer beboeten
B: Oké
~ 2025-06-27
C: Koets kwam net over de Markt, paard liet een flinke hoop vallen, koetsier reed door {12}
A: Aangesproken? {12}
C: Ja. Zijn opvangzak was 'stuk' {12}
~ 2025-07-16
D: Ik heb de koetsier een waarschuwing gegeven, schriftelijk {12}
A: Goed, bij een volgende keer een bestuurlijke strafbeschikking {12}
~ 2025-08-05
B: Mest ligt er weer, Kruisstraat hoek Markt {12}
D: Foto naar Femke voor de ontheffing {12}
~ 2025-09-02
C: Snelheidscontrole Ommerweg met de politie vanavond, wij doen de verkeersregeling {7}
A: Hoeveel bekeuringen? {7}
C: 41 in twee uur {7}
~ 2025-11-04
D: Jaarwisseling: vuurwerkvrije zones opnieuw bebordd
""",
        120,
    ),
    Chat(
        "Openbare orde en veiligheid",
        "veiligheid",
        "2025-01-09 08:00",
        ["Gerda Mulder", "Pim Lambers", "Olga Snijder", "Vincent Hoogeveen"],
        """
A: Evaluatie jaarwisseling op de agenda van de driehoek
B: Stukken volgen vrijdag
~ 2025-02-14
C: GRIP-melding: incident zwembad De Ruif, chloor. Brandweer ter plaatse, geen GRIP nodig {6}
A: Hou me op de hoogte, de burgemeester wil het weten {6}
C: Update: bad leeg, 3 mensen naar Isala, de rest thuis {6}
A: Dank {6}
~ 2025-02-21
D: Brandweer adviseert extra check op alle installaties met chloor, ook in De Ruif buitenbad {6}
~ 2025-08-16
B: Melding van de meldkamer: ongeval met springkussen op een buurtfeest, Koedijkslanden {9}
A: Hoeveel gewonden? {9}
B: Drie kinderen, één naar het ziekenhuis {9}
~ 2025-08-19
D: Politie doet geen strafrechtelijk onderzoek, zaak ligt bij de verhuurder en zijn verzekeraar {9}
A: Wel in onze evaluatie meenemen {9}
~ 2025-10-01
C: Oefening crisisteam 14 november
""",
        110,
    ),
    Chat(
        "Verzekeringen en claims",
        "bedrijfsvoering",
        "2025-01-13 09:00",
        ["Yvette Koops", "Sander Bruins", "Hilda Kloosterman"],
        """
A: Polis wagenpark verlengd
B: Schadevrije jaren goed verwerkt?
~ 2025-08-20
C: Ouders van het meisje met de gebroken arm stellen de gemeente aansprakelijk voor het springkussen {9}
A: Wij waren geen organisator, doorverwijzen naar de verhuurder. Wel netjes afwijzen {9}
B: Verzekeraar vraagt de melding van het buurtfeest op {9}
C: Stuur ik {9}
~ 2025-11-14
C: Drie schadeclaims binnen van fietsers die op De Wheem zijn uitgegleden: kapotte fiets, gebroken pols, tandartskosten {4}
A: Is het brugdek een gebrek? Dan zijn we aansprakelijk als wegbeheerder {4}
B: Dat het glad wordt was bekend sinds oktober, er stond geen bord {4}
A: Dan zit het er dik in. Aannemer ook aansprakelijk stellen, coating voldoet niet aan het bestek {4}
~ 2025-12-09
B: Tandartskosten toegekend, 1.240 euro. Fiets ook {4}
""",
        90,
    ),
    Chat(
        "OR overleg",
        "bedrijfsvoering",
        "2025-02-04 12:00",
        ["Hetty Smeenge", "Marcel Tuin", "Anja Wubbels"],
        """
A: Agenda OR dinsdag: thuiswerkvergoeding en de laptops {11}
B: Wat is er met de laptops? {11}
A: Veel collega's klagen: geen scherm, geen dock, en de nieuwe zijn zwaar om mee te nemen {11}
C: En het duurt maanden voor je er een krijgt {11}
~ 2025-06-17
B: Ik heb mijn nieuwe HP. Batterij is binnen 3 uur leeg {11}
A: Meenemen naar het overleg met de bestuurder {11}
~ 2025-07-08
C: Bestuurder zegt: batterijprobleem komt door een instelling, ICT past het centraal aan {11}
A: Oké, en het tweede scherm voor thuis? {11}
C: Mag je aanvragen, 1 per persoon {11}
~ 2025-09-16
B: Personeelsbijeenkomst in de Schouwburg, wie komt er?
""",
        70,
    ),
    Chat(
        "Directie",
        "bestuur",
        "2025-01-06 08:00",
        ["Frank Eising", "Marijke Tol", "Hans de Wit"],
        """
A: Prioriteiten voor het eerste kwartaal staan in de mail
B: Begrotingswijziging volgt
~ 2025-04-11
C: Burgerzaken heeft een zending rijbewijzen en ID-kaarten kwijt, 77 stuks. Alles is ongeldig verklaard {3}
A: Hoe kan een doos verdwijnen? {3}
C: Afgeleverd bij de verkeerde ingang volgens de koerier, bij de bibliotheek {3}
B: Nagaan of die daar nog staat {3}
~ 2025-04-14
C: Bibliotheek heeft niks gezien. Het blijft weg {3}
A: Procedure aanpassen: alleen nog in ontvangst bij de balie Burgerzaken met handtekening {3}
~ 2025-04-16
B: Overzicht van Jolanda: meer dan 600 facturen over de termijn, wettelijke rente al betaald {10}
A: Dat raakt ondernemers hier in Meppel direct. Oplossen {10}
B: Budgethouders krijgen een herinnering en escalatie naar de manager {10}
~ 2025-06-30
A: Kosten laptops komen 80.000 hoger uit dan begroot, door docks en schermen {11}
C: Dat gaat naar de tussenrapportage {11}
~ 2025-09-01
B: Medewerkerstevredenheid, uitslag eind september
""",
        90,
    ),
    Chat(
        "Wijkteam Haveltermade",
        "samenleving",
        "2025-01-21 09:00",
        ["Mirjam Kok", "Gijs Veurink", "Fatma Yilmaz", "Tineke Hof"],
        """
A: Wijkschouw in maart, wie loopt mee?
B: Ik
~ 2025-10-08
C: Buurvrouw van mevrouw Scholten belde: mevrouw ligt al sinds gisteravond ziek op bed, was bij de seniorenmiddag {2}
A: Ga er even langs met Tineke? {2}
D: Gaan we {2}
D: Ze is erg verzwakt, huisarts gebeld, die stuurt haar in voor vocht {2}
A: Goed dat jullie gingen {2}
~ 2025-10-15
C: Mevrouw Scholten is weer thuis. Ze wil nooit meer naar De Plataan {2}
B: Begrijpelijk {2}
~ 2025-11-18
A: Kerstpakketten voor de voedselbank inzamelen in de wijk
""",
        100,
    ),
    Chat(
        "Wijkteam Koedijkslanden",
        "samenleving",
        "2025-02-11 09:00",
        ["Ronald Vink", "Sabine Hulshof", "Daan Molenaar", "Petra Grit"],
        """
A: Bewonersavond 2 april, zaal is besproken
B: Ik regel de koffie
~ 2025-05-21
C: Bewoners vragen of de witte nesten in de heggen gevaarlijk zijn voor hun honden {1}
A: Nee, spinselmot, dat heeft groen bevestigd {1}
~ 2025-08-17
D: Mensen zijn erg geschrokken van gisteren, die kinderen vlogen door de lucht met dat kussen {9}
A: Vreselijk. Nazorg? {9}
D: Slachtofferhulp heeft contact met twee gezinnen {9}
B: Organisatoren zitten er ook doorheen, ze voelen zich schuldig {9}
A: Ik ga met ze praten {9}
~ 2025-08-29
B: Het buurtfeestcomité wil volgend jaar gewoon weer, maar dan zonder luchtkussen {9}
~ 2025-10-07
C: Speeltuin De Hoek krijgt nieuwe schommels
""",
        110,
    ),
    Chat(
        "Projecten civiel",
        "ruimte",
        "2025-01-14 08:00",
        ["Evert Scholte", "Janneke Luinge", "Rik Schepers"],
        """
A: Planning bruggen en kademuren 2025 staat in de map
B: Kaapbrug schilderwerk in mei
~ 2025-03-25
C: Haltes Leonard Springerlaan: Kasseler perronbanden geleverd, uitvoering april {8}
~ 2025-05-07
C: Vervoerder wil een schouw van de haltes, bussen schrapen langs de banden {8}
A: Met de ontwerper. Ik plan vrijdag {8}
~ 2025-05-09
C: Schouw gedaan: bij halte Oost komt de bus niet recht tegen het perron door de parkeervakken ervoor {8}
B: Twee parkeervakken eruit dan {8}
A: En de oprit aan de kop naar 1 op 12, nu 1 op 7, te steil voor rolstoelers {8}
~ 2025-08-26
C: Aanpassing haltes Springerlaan klaar, vervoerder tevreden {8}
~ 2025-10-21
B: Fietsbrug De Wheem: er zijn al twee meldingen van valpartijen. Dek is van composiet {4}
A: Aannemer Brugbouw Noord bellen, dat is binnen de garantie {4}
~ 2025-11-18
B: Aannemer zegt: het dek voldoet, het is de algaangroei. Wij zeggen: stroefheid is te laag, gemeten 0,38 {4}
A: Dan een onafhankelijke meting en antislipcoating op hun kosten {4}
~ 2025-12-04
C: Antislipcoating De Wheem aangebracht, brug vanaf maandag weer open {4}
A: Eindelijk {4}
""",
        100,
    ),
    Chat(
        "Centrummanagement",
        "economie",
        "2025-01-16 10:00",
        ["Ria Koning", "Joris Visscher", "Annelies Smidt"],
        """
A: Vergadering ondernemersvereniging 5 februari
B: Ik neem de BIZ-cijfers mee
~ 2025-07-10
C: Ondernemers op de Markt zijn boos over de paardenvijgen van de koets, klanten lopen erdoorheen {12}
A: Hoe vaak rijdt hij? {12}
C: Elk uur van 11 tot 17 {12}
B: Ik spreek Van Gelder aan, hij moet de zak gebruiken {12}
~ 2025-07-24
B: Van Gelder heeft een nieuwe mestvanger besteld, en hij veegt zelf na elke rit {12}
A: 👍 {12}
~ 2025-09-11
C: Leverancier van de kerstverlichting wacht al twee maanden op zijn geld, zegt hij {10}
A: Dat is precies wat we niet willen. Ik bel financiën {10}
~ 2025-09-12
A: Betaald vandaag {10}
~ 2025-10-15
B: Koopzondag in december: 3 zondagen
""",
        90,
    ),
    Chat(
        "Heggen Koedijkslanden",
        "openbare_ruimte",
        "2025-05-20 10:00",
        ["Wilma Hoekstra", "Bewoner Akkerman"],
        """
B: Goedemorgen, mijn hele heg zit onder de spinrag, met honderden rupsen erin. Moet ik een bestrijder bellen? {1}
A: Dat hoeft niet, het zijn rupsen van de spinselmot. Ze eten de blaadjes en verpoppen zich, in juli is het voorbij {1}
B: En mijn kleinkinderen? {1}
A: Die kunnen gewoon buiten spelen, er zitten geen brandharen aan {1}
B: Gelukkig {1}
B: PHOTO "HEG WIT INGEPAKT SCHIPHORSTERWEG 14" {1}
A: Ja, dat is hem. Over een paar weken loopt hij weer uit {1}
""",
        25,
    ),
    Chat(
        "Groen en kcc",
        "openbare_ruimte",
        "2025-05-26 13:00",
        ["Fenna Lok", "Yara el Idrissi"],
        """
B: Kunnen jullie bij de speeltuin in Koedijkslanden die webben wegspuiten? Ouders blijven bellen {1}
A: Donderdag komt de hogedrukspuit {1}
B: Dank! {1}
~ 2025-05-30
A: Gedaan, ook bij de school {1}
B: Top {1}
""",
        20,
    ),
    Chat(
        "Seniorenmiddag",
        "samenleving",
        "2025-10-08 08:40",
        ["Anouk Hulst", "Bertus Keuken van Bertus"],
        """
A: Bertus, er zijn veel deelnemers van gisteren ziek geworden. Wat heb je geserveerd en hoe is het vervoerd? {2}
B: Dat schrik ik van. Stamppot boerenkool, rookworst, en vlaflip. Vla ging in de koelbox mee {2}
A: Hoe lang stond die buiten? {2}
B: Moet ik nagaan. Vanaf half 12 denk ik {2}
A: De GGD gaat je bellen, wil je alles bewaren wat over is? {2}
B: Ligt in de vriezer {2}
~ 2025-10-28
A: Uitslag is binnen, het zat in de vla. We gaan voor de volgende middagen met een andere cateraar verder {2}
B: Jammer, maar ik begrijp het {2}
""",
        30,
    ),
    Chat(
        "GGD infectieziekten",
        "samenleving",
        "2025-10-09 09:15",
        ["Roelie Dekker", "Sietske GGD Drenthe"],
        """
B: Hebben jullie een deelnemerslijst van de middag van 7 oktober? {2}
A: Ja, 62 namen met telefoonnummer. Mag ik die delen? {2}
B: Voor bron- en contactonderzoek wel, via de beveiligde mail {2}
A: Verstuurd {2}
~ 2025-10-13
B: We hebben 23 mensen gesproken met klachten. Monsters van het eten zijn naar het lab {2}
A: Dank voor de update {2}
A: AUDIO {2}
B: Begrepen, ik bel je als de uitslag er is {2}
""",
        30,
    ),
    Chat(
        "Vrijwilliger De Plataan",
        "samenleving",
        "2025-10-10 11:00",
        ["Roelie Dekker", "Greetje Bakker"],
        """
A: Greetje, wil jij de kaartjes rondbrengen bij de mensen die ziek waren? {2}
B: Ja natuurlijk. Hoeveel? {2}
A: 19, de lijst stuur ik je {2}
B: Ik neem mijn man mee, dan zijn we zo klaar {2}
~ 2025-10-11
B: Allemaal rond. Mevrouw Hesselink vroeg of ze de eigen bijdrage van 5 euro terugkrijgt {2}
A: Ja, iedereen krijgt het terug {2}
""",
        25,
    ),
    Chat(
        "Koerier documenten",
        "dienstverlening",
        "2025-04-09 14:00",
        ["Lotte Brouwer", "Klantenservice Koeriersdienst"],
        """
A: Zending met trackingnummer 3SXR 88 912 is volgens jullie afgeleverd op 8 april om 10.42, maar bij ons niet aangekomen {3}
B: Onze chauffeur heeft getekend met 'balie'. Hebben jullie een tweede ingang? {3}
A: Ja, aan de Zuideinde-kant zit de bibliotheek {3}
B: We vragen het na bij de chauffeur {3}
~ 2025-04-11
B: Chauffeur weet het niet meer zeker. We starten een onderzoek {3}
A: Graag schriftelijk, het gaat om identiteitsdocumenten {3}
""",
        25,
    ),
    Chat(
        "RvIG contact",
        "dienstverlening",
        "2025-04-10 08:30",
        ["Saskia van Dam", "Frontoffice RvIG"],
        """
A: We missen een levering: 46 rijbewijzen en 31 identiteitskaarten. Graag alle documentnummers registreren als vermist {3}
B: Lijst ontvangen, ze staan in het register als vermist en zijn niet meer geldig {3}
A: Dank. Kunnen we de aanvragen kosteloos opnieuw doen? {3}
B: Ja, met de code voor vermiste zendingen {3}
""",
        20,
    ),
    Chat(
        "Inwoner ID-kaart",
        "dienstverlening",
        "2025-04-10 16:00",
        ["Mehmet Kaya", "Inwoner Bosman"],
        """
B: Ik kreeg een brief dat mijn nieuwe ID kwijt is geraakt. Ik ga volgende week op vakantie naar Turkije! {3}
A: Vervelend. We maken vandaag een spoedaanvraag, gratis, dan is hij er binnen 3 werkdagen {3}
B: Oké, ik kom om 4 uur {3}
~ 2025-04-15
A: Hij ligt klaar {3}
B: Top, dank u wel {3}
""",
        20,
    ),
    Chat(
        "Aannemer brug",
        "ruimte",
        "2025-11-13 09:00",
        ["Evert Scholte", "Brugbouw Noord"],
        """
A: Na de valpartijen sluiten we de brug. We hebben een stroefheidsmeting laten doen: 0,38, bestek eist 0,52 {4}
B: Het dek is volgens tekening geleverd. Groene aanslag is onderhoud, niet ons product {4}
A: Ook schoon haalt het de norm niet, dat staat in het rapport {4}
B: Ik overleg intern {4}
~ 2025-11-20
B: We brengen een epoxy coating met ingestrooid bauxiet aan, zonder kosten voor de gemeente {4}
A: Akkoord, graag vóór 5 december {4}
~ 2025-12-05
B: Klaar, 24 uur laten uitharden {4}
A: 👍 {4}
""",
        25,
    ),
    Chat(
        "Gevallen fietser",
        "ruimte",
        "2025-10-22 12:30",
        ["Rutger Koster", "Bewoner Mulder"],
        """
B: Ik ben vanochtend onderuit gegaan op die nieuwe fiets brug bij de Werkhorst, mijn knie ligt open. Het is daar net ijs {4}
A: Wat vervelend, beterschap. Waar precies op de brug? {4}
B: Op de afrit aan de kant van de stad, waar hij naar beneden gaat {4}
A: We gaan het bekijken. Een schadeformulier stuur ik u per mail {4}
~ 2025-12-08
B: Ik zie dat er een nieuwe laag op zit. Voelt goed {4}
A: Fijn om te horen {4}
""",
        25,
    ),
    Chat(
        "Konijnen Kerkepad",
        "openbare_ruimte",
        "2025-04-03 10:00",
        ["Lies Brinkman", "Jan Faunabeheer Drenthe"],
        """
A: Jan, op ons kerkhof in Nijeveen wordt alles ondergraven. Kun je komen kijken? {5}
B: Kom donderdag. Ligt er een houtwal naast? {5}
A: Ja, aan de kant van de Kerkweg {5}
~ 2025-04-10
B: Daar zit een flinke burcht, 15 tot 20 pijpen. Fretteren kan pas na de zomer {5}
A: En een jager? {5}
B: Schieten op een begraafplaats zou ik niet doen {5}
~ 2025-10-14
B: AUDIO {5}
A: Mooi resultaat, dank je {5}
""",
        25,
    ),
    Chat(
        "Nabestaande",
        "openbare_ruimte",
        "2025-04-08 15:00",
        ["Carla Wind", "Mevrouw De Lange"],
        """
B: Naast het graf van mijn man zit een groot gat, de rand zakt weg. Dit is toch geen gezicht {5}
A: Wat naar dat u dit aantreft. We maken het vandaag nog dicht {5}
B: Dat zijn die beesten hè, ik zie ze altijd zitten {5}
A: Ja, we gaan ze bestrijden en zetten gaas neer {5}
~ 2025-04-09
A: Het gat is gedicht en de rand rechtgezet {5}
B: Dank u {5}
""",
        20,
    ),
    Chat(
        "Dorpsbelang Nijeveen",
        "samenleving",
        "2025-05-02 20:00",
        ["Harm Dorpsbelang Nijeveen", "Lies Brinkman"],
        """
A: Lies, de mensen in 't dorp prat d'r over: 't Kerkepad lig vol gaten van de knienen {5}
B: Klopt, we zijn ermee bezig. Eind mei komt er gaas en in oktober worden ze gevangen {5}
A: Now, dat is goed te heuren {5}
B: Er komt ook een berichtje in de dorpskrant {5}
""",
        20,
    ),
    Chat(
        "Hovenier begraafplaats",
        "openbare_ruimte",
        "2025-05-26 07:30",
        ["Henk Oldenburger", "Hoveniersbedrijf Lammers"],
        """
A: Kunnen jullie deze week het raster langs de houtwal op het Kerkepad zetten? 180 meter {5}
B: Gaas van 1 meter hoog, 40 cm de grond in? {5}
A: Precies {5}
~ 2025-05-30
B: Staat. Factuur volgt {5}
A: Top {5}
~ 2025-09-02
B: Factuur van mei is nog niet betaald, kunt u even kijken? {10}
A: Ik ga erachteraan bij financiën {10}
~ 2025-09-04
A: Staat klaar voor betaling vrijdag {10}
B: Dank {10}
""",
        25,
    ),
    Chat(
        "Badmeester De Ruif",
        "samenleving",
        "2025-02-14 19:40",
        ["Tom Veenstra", "Bas Hendriks"],
        """
A: AUDIO {6}
B: Ik kom eraan. Iedereen is buiten? {6}
A: Ja, ook de kassa en de kantine {6}
B: Deuren technische ruimte dicht houden! {6}
A: Brandweer is er {6}
~ 2025-02-15
B: Hoe gaat het met je? Je ademde die lucht ook in {6}
A: Beetje pijn op de borst, huisarts zegt rust {6}
""",
        20,
    ),
    Chat(
        "Installateur zwembad",
        "samenleving",
        "2025-02-15 08:00",
        ["Bas Hendriks", "Aqua Techniek Oost"],
        """
A: Wat is er gisteren gebeurd met de dosering? {6}
B: Na het onderhoud is de vergrendeling tussen de pH-pomp en de chloorpomp niet teruggezet. Onze fout {6}
A: Dat had dodelijk kunnen zijn {6}
B: Ik weet het. We vervangen de besturing en zetten een gasdetector in de technische ruimte {6}
~ 2025-02-28
B: Gasdetectie en vergrendeling klaar, keuring maandag {6}
A: Oké {6}
""",
        20,
    ),
    Chat(
        "Ouder zwemles",
        "samenleving",
        "2025-02-17 10:00",
        ["Marloes Zijlstra", "Ouder Pietersen"],
        """
B: Mijn dochter hoest nog steeds sinds vrijdag. Wanneer gaat de zwemles weer door? {6}
A: Beterschap voor haar. Het bad is dicht tot het onderzoek klaar is, we laten het weten {6}
B: En het lesgeld? {6}
A: De gemiste lessen worden verrekend {6}
~ 2025-03-03
A: PHOTO "ZWEMBAD DE RUIF VANAF DINSDAG 4 MAART WEER OPEN" {6}
B: Fijn {6}
""",
        20,
    ),
    Chat(
        "Bewoners Ommerweg",
        "ruimte",
        "2025-02-12 19:30",
        ["Martijn Bakker", "Wim Ommerweg 38"],
        """
B: Hier rijden ze elke avond als gekken langs, 's nachts met 100. Er moet een flits paal komen {7}
A: Dank voor uw bericht. We gaan eerst twee weken meten hoe hard er gereden wordt {7}
B: Meten, meten. Er gaat hier nog iemand dood {7}
~ 2025-03-12
A: De metingen bevestigen wat u zegt, er wordt te hard gereden. We leggen het voor aan politie en OM {7}
B: Eindelijk iemand die luistert {7}
~ 2025-06-13
A: Helaas: er komt geen vaste flitser, het OM plaatst die alleen bij veel ongevallen. Wel gaan politie en boa's vaker controleren en komen er displays {7}
B: Teleurstellend {7}
""",
        25,
    ),
    Chat(
        "Politie verkeer",
        "veiligheid",
        "2025-04-02 11:00",
        ["Ellen Schut", "Wijkagent Hilbrands"],
        """
A: Kun je voor het overleg met het OM de ongevallencijfers van de Ommerweg opzoeken? {7}
B: Twee letselongevallen in vijf jaar. Te weinig voor een flitspaal volgens de CVOM-criteria {7}
A: Dacht ik al {7}
B: We kunnen wel vaker lasergunnen, vooral na 22 uur {7}
A: Graag {7}
""",
        20,
    ),
    Chat(
        "Snelheidsdisplays",
        "ruimte",
        "2025-06-20 09:00",
        ["Naomi Smit", "Verkeerstechniek Oost"],
        """
A: Twee snelheidsdisplays graag, met smiley en opslag van de metingen. Ommerweg {7}
B: Levertijd 3 weken, ophangen aan lichtmast mag? {7}
A: Ja, bij huisnummer 22 en 61 {7}
~ 2025-07-14
B: Hangen {7}
B: PHOTO "UW SNELHEID 67 KM/U LANGZAMER" {7}
A: Haha, de eerste meteen te snel {7}
~ 2025-09-30
B: Data eerste 2 maanden: gemiddeld 4 km/u langzamer dan voor de displays {7}
A: Dank, stuur ik naar de bewoners {7}
""",
        25,
    ),
    Chat(
        "Raadslid snelheid",
        "bestuur",
        "2025-06-16 17:00",
        ["Wethouder Kremer", "Raadslid Boschma"],
        """
B: Bewoners Ommerweg bellen mij: waarom geen flitspaal? {7}
A: Politie en OM bepalen dat, niet wij. Er gaan wel vaker controles komen {7}
B: Kan ik dat zo doorgeven? {7}
A: Ja {7}
""",
        15,
    ),
    Chat(
        "Vervoerder haltes",
        "ruimte",
        "2025-04-29 16:00",
        ["Naomi Smit", "Planner OV Noord"],
        """
B: Vandaag 2 schades aan bussen bij de nieuwe haltes Leonard Springerlaan. Onze chauffeurs weigeren er nog te stoppen {8}
A: Dat is vervelend. Wat is het probleem precies? {8}
B: De bus krijgt de achterkant niet recht langs de hoge band, de instaphoogte van 18 is te veel bij deze bocht {8}
A: We komen met de ontwerper kijken {8}
~ 2025-05-09
B: Tot de aanpassing slaan wij die haltes over, haltering tijdelijk op de Dolderweg {8}
A: Oké, we zetten bordjes {8}
~ 2025-08-27
B: Haltes zijn weer in gebruik 👍 {8}
""",
        25,
    ),
    Chat(
        "Gehandicaptenraad",
        "samenleving",
        "2025-05-05 10:00",
        ["Anouk Hulst", "Adviesraad Sociaal Domein"],
        """
B: Leden van onze raad in een rolstoel komen de oprit bij de nieuwe bushaltes aan de Springerlaan niet op zonder hulp, veel te steil {8}
A: Dank voor het melden, ik zet het door naar verkeer {8}
B: Het ging juist om toegankelijk te maken {8}
A: Precies. Ze gaan het aanpassen {8}
~ 2025-09-03
B: Heb het zelf getest met mijn elektrische rolstoel, gaat nu prima {8}
A: Mooi {8}
""",
        20,
    ),
    Chat(
        "Halte bord",
        "ruimte",
        "2025-05-09 13:00",
        ["Rik Schepers", "Janneke Luinge"],
        """
A: PHOTO "HALTE TIJDELIJK BUITEN GEBRUIK INSTAPPEN DOLDERWEG" {8}
B: Staat goed {8}
A: Ook bij de andere kant? {8}
B: Ja, allebei {8}
""",
        15,
    ),
    Chat(
        "Verhuurder springkussen",
        "veiligheid",
        "2025-08-18 10:00",
        ["Jeroen Pals", "Partyverhuur Speelplezier"],
        """
A: Hoe is het kussen op 16 augustus bij het buurtfeest geplaatst? {9}
B: Onze jongen heeft het opgebouwd, de buurt zou de haringen slaan {9}
A: Het stond maar aan twee punten vast {9}
B: Dat hoor ik nu ook. Dat is niet volgens onze instructie {9}
A: Windkracht was 5 met vlagen van 6. Hoort dat niet gewoon uit te gaan? {9}
B: Ja, boven windkracht 5 moet het leeg. Dat had onze jongen moeten zeggen {9}
""",
        25,
    ),
    Chat(
        "Organisator buurtfeest",
        "samenleving",
        "2025-08-17 11:00",
        ["Ronald Vink", "Buurtcomité Vlinderbuurt"],
        """
B: Ronald, wij zijn er kapot van. Lieke heeft haar arm gebroken {9}
A: Dat begrijp ik. Hoe gaat het nu met haar? {9}
B: Gips, ze is thuis. De jongens zijn oké {9}
A: Wil je dat ik met jullie en de ouders om tafel ga? {9}
B: Graag {9}
~ 2025-08-21
A: AUDIO {9}
B: Dank je, het gesprek heeft goed gedaan {9}
""",
        20,
    ),
    Chat(
        "Ondernemer factuur",
        "bedrijfsvoering",
        "2025-03-19 10:00",
        ["Thijs van der Wal", "Schildersbedrijf Hulsman"],
        """
B: Meneer, onze fakturen van december en januari staan nog open, samen 18.400 euro. Ik moet mijn mensen ook betalen {10}
A: Excuses, ik zoek het meteen uit {10}
~ 2025-03-20
A: Ze lagen bij de budgethouder voor goedkeuring. Morgen staat het op uw rekening {10}
B: Dank, maar dit is al de tweede keer {10}
A: Ik begrijp het. We werken aan de achterstand {10}
~ 2025-03-21
B: Binnen {10}
""",
        25,
    ),
    Chat(
        "Budgethouder goedkeuring",
        "bedrijfsvoering",
        "2025-05-12 08:30",
        ["Priya Ramdin", "Evert Scholte"],
        """
A: Evert, je hebt 23 facturen in je werkbak staan, de oudste is van februari {10}
B: Oei. Ik kreeg geen meldingen {10}
A: Die gaan vanaf nu na 10 dagen automatisch {10}
B: Ik keur ze vandaag goed {10}
~ 2025-05-13
A: Top, allemaal door {10}
""",
        20,
    ),
    Chat(
        "Laptop wissel",
        "bedrijfsvoering",
        "2025-06-11 09:00",
        ["Dewi Kramer", "Mirjam Kok"],
        """
B: Mijn nieuwe lappie start niet op, blauw scherm {11}
A: Breng hem maar naar de servicedesk, dan krijg je een reserve {11}
B: Reserve werkt. Moet ik mijn bestanden overzetten? {11}
A: Staat alles in OneDrive, niks nodig {11}
B: Gelukkig {11}
""",
        20,
    ),
    Chat(
        "Leverancier laptops",
        "bedrijfsvoering",
        "2025-04-25 14:00",
        ["Ruben Post", "Accountmanager Datacom"],
        """
B: Slecht nieuws: de 600 EliteBooks worden pas begin juni geleverd {11}
A: Dat is 5 weken later dan afgesproken. Boeteclausule? {11}
B: Ik kijk wat ik kan doen, misschien een deel eerder {11}
~ 2025-05-02
B: 120 stuks komen 6 juni, de rest in juli. Als compensatie gratis tassen en 2 jaar extra garantie {11}
A: Akkoord {11}
""",
        20,
    ),
    Chat(
        "Koetsier",
        "veiligheid",
        "2025-06-30 10:00",
        ["Femke de Boer", "Koetsier Van Gelder"],
        """
A: Meneer Van Gelder, er zijn klachten dat uw paard mest op de Markt en het Kerkplein achterlaat {12}
B: Mijn opvangzak is gescheurd, de nieuwe komt deze week {12}
A: Tot die tijd moet u zelf opruimen, dat staat in uw ontheffing {12}
B: Ik heb een schep en een emmer mee, oké {12}
~ 2025-07-24
B: Nieuwe mestvanger zit eronder {12}
A: 👍 {12}
~ 2025-09-09
A: Volgend seizoen verlengen we alleen als er geen klachten meer komen {12}
B: Begrepen {12}
""",
        25,
    ),
    Chat(
        "Bloemenzaak Markt",
        "economie",
        "2025-07-15 12:00",
        ["Ria Koning", "Bloem & Zo"],
        """
B: Ria, vanochtend weer paardenvijgen voor de deur. Klanten stappen erin en lopen het naar binnen {12}
A: Vervelend, ik ben ermee bezig met de koetsier {12}
~ 2025-08-01
B: Al een week schoon 🙏 {12}
A: Mooi zo {12}
""",
        20,
    ),
    Chat(
        "Heg snoeien",
        "openbare_ruimte",
        "2025-03-04 09:00",
        ["Geert Boerema", "Bewoner Van Veen"],
        """
B: De heg van de gemeente naast mijn oprit is zo hoog, ik zie het verkeer niet meer
A: We snoeien hem volgende week
B: Dank
""",
        20,
    ),
    Chat(
        "Chloorlevering",
        "samenleving",
        "2025-09-15 08:00",
        ["Bas Hendriks", "Leverancier Poolchem"],
        """
B: Levering natriumhypochloriet en zwavelzuur voor De Ruif dinsdag om 8 uur
A: Goed, Tom tekent af
B: Tankwagen past door de poort?
A: Ja
""",
        20,
    ),
    Chat(
        "Paspoort collega",
        "dienstverlening",
        "2025-06-02 12:00",
        ["Linda Boer", "Erik Jansen"],
        """
A: Mijn paspoort verloopt, kan ik tussen de middag even langs?
B: Maak een afspraak via de site, om 13.10 is er plek
A: Top
""",
        15,
    ),
    Chat(
        "Springkussen Koningsdag",
        "samenleving",
        "2025-04-10 10:00",
        ["Marit Eleveld", "Oranjevereniging Nijeveen"],
        """
B: Mogen we op Koningsdag twee springkussens op het dorpsplein zetten?
A: Ja, staat in jullie vergunning. Wel met stroomkabel afgedekt
B: Doen we
""",
        20,
    ),
    Chat(
        "Nieuwe telefoons",
        "bedrijfsvoering",
        "2025-09-22 09:00",
        ["Arno Hofstede", "Tessa Oosterhuis"],
        """
B: Wanneer krijgt communicatie de nieuwe smartphones?
A: Oktober, jullie staan in de tweede ronde
B: Oké, de oude doet het nog
""",
        15,
    ),
    Chat(
        "Konijn kinderboerderij",
        "samenleving",
        "2025-07-03 11:00",
        ["Gijs Veurink", "Vrijwilliger Ezinge"],
        """
B: Het konijnenhok in de stadsboerderij is lek, kan de gemeente het dak maken?
A: Ik vraag het de timmerman
B: Dank, de konijnen zitten nu binnen
""",
        20,
    ),
    Chat(
        "Rondvaart",
        "economie",
        "2025-05-15 10:00",
        ["Joris Visscher", "Rondvaart Meppel"],
        """
B: Mogen we dit jaar ook vanaf de Kaapbrug vertrekken met de rondvaartboot?
A: Ja, zelfde steiger als vorig jaar
B: Top, we beginnen 1 juni
""",
        20,
    ),
)
