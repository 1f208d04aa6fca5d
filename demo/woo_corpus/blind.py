"""The BLIND relevance set: Meppel work chats, Woo requests, judgements and first queries.

Written as a Woo officer would, before any tuning of the search, and never used for tuning
(that is `tuning.py`). Every authored line carries the requests it is relevant to in braces
(`{3}` or `{2,5}`); lines without braces and all generated filler are relevant to nothing.

Line syntax (see build.py): `A: text {n}` a message of speaker A/B/C/D; `~` the next day;
`A: PHOTO "text on the photo" {n}` a photo with that text painted on it; `A: AUDIO {n}` a
voice note. Names, addresses and numbers are made up.
"""

from .build import Chat, Request

REQUESTS = (
    Request(
        1,
        "Alle berichten over de kap van de bomen aan de Stationsweg (voorjaar 2024): besluit, "
        "uitvoering en reacties.",
        ("bomenkap Stationsweg", "kap bomen stationsweg", "kapvergunning stationsweg"),
    ),
    Request(
        2,
        "Afhandeling van de schade door storm Henk (januari 2024): omgewaaide bomen, stormhout, "
        "schademeldingen.",
        ("stormschade", "storm Henk bomen", "omgewaaide bomen storm"),
    ),
    Request(
        3,
        "Meerkosten en overschrijding van het budget bij de renovatie van zwembad De Bosbad.",
        ("meerkosten zwembad", "zwembad renovatie kosten", "overschrijding budget zwembad"),
    ),
    Request(
        4,
        "Vergunning en overlast rond het jazzfestival Meppel Jazz 2024.",
        ("jazzfestival vergunning", "jazz overlast", "festival geluid klachten"),
    ),
    Request(
        5,
        "Huisvesting van statushouders in 2024: taakstelling, woningen, tijdelijke units.",
        ("huisvesting statushouders", "taakstelling statushouders", "vergunninghouders woningen"),
    ),
    Request(
        6,
        "Subsidieaanvraag en -verlening voor buurthuis De Schakel (2024).",
        ("subisidie buurthuis", "subsidie De Schakel", "subsidieaanvraag buurthuis"),
    ),
    Request(
        7,
        "Besluitvorming over sluiting of fusie van basisschool De Sprong.",
        ("sluiting De Sprong", "school sluiten fusie", "basisschool De Sprong"),
    ),
    Request(
        8,
        "Wmo-vervoer door Mobi Zorg: aanbesteding, contract en klachten.",
        ("MobiZorg", "Mobi Zorg klachten", "wmo vervoer aanbesteding"),
    ),
    Request(
        9,
        "Contacten over protesten en acties tegen het windpark bij Nijeveen.",
        ("protest windmolens", "demonstratie Nijveen", "windpark Nijeveen actie"),
    ),
    Request(
        10,
        "Sluiting (verzegeling) van een woning wegens een hennepkwekerij, 2024.",
        ("verzegeling woning", "hennep sluiting", "woningsluiting burgemeester"),
    ),
    Request(
        11,
        "Voorbereiding van de Meppeler Jaarmarkt 2025 (projectcode MJ25).",
        ("jaarmarkt 2025", "MJ25", "jaarmarkt kraamhouders"),
    ),
    Request(
        12,
        "Gladheidsbestrijding in de winter 2023-2024: strooien, zoutvoorraad, klachten.",
        ("gladheidsbestrijding", "strooien zout", "gladheid klachten"),
    ),
)

CHATS = (
    Chat(
        "Bomen Stationsweg uitvoering",
        "openbare_ruimte",
        "2024-03-04 07:30",
        ["Kees Hoekstra", "Pieter Bakker", "Sanne de Boer"],
        """
A: Morgen begint de kap aan de Stationsweg, de kapvergunning is onherroepelijk {1}
B: Hoeveel bomen gaan er om? {1}
A: 14 lindes, allemaal aangetast door de kastanjebloedingsziekte {1}
B: Lindes hebben toch geen bloedingsziekte?
A: Klopt, het zijn essen met essentaksterfte, ik haal ze door elkaar {1}
~
B: Kapploeg staat om 7 uur klaar bij het station {1}
C: Verkeersregelaars zijn geregeld, halve rijbaan dicht tot 16 uur {1}
A: Buurtbewoners hebben de brief vorige week gehad {1}
~
B: Klaar aan de stationsweg, alle 14 gekapt {1}
A: Mooi. Stobben frezen volgende week? {1}
B: Donderdag, en de herplant komt in november {1}
C: Er belde een bewoner die boos is dat ook de gezonde boom bij nummer 30 weg is {1}
A: Die stond op de lijst van de boomdeskundige, ik stuur haar het rapport {1}
""",
    ),
    Chat(
        "Bezwaar kapvergunning",
        "ruimte",
        "2024-02-12 09:10",
        ["Ingrid Mulder", "Kees Hoekstra"],
        """
A: Er is een bezwaarschrift binnen tegen de omgevingsvergunning voor het vellen van de essen aan de Stationsweg {1}
B: Van de bewonersvereniging? {1}
A: Ja, ze willen een second opinion over de essentaksterfte {1}
B: Het rapport van Boomadvies Noord is duidelijk, 12 van de 14 bomen zijn onveilig {1}
A: De hoorzitting is op 4 maart, tot die tijd niet vellen {1}
~
B: Kunnen we de twee gezonde bomen sparen? {1}
A: Ik leg het voor aan de wethouder {1}
A: Wethouder wil alles in één keer, anders twee keer overlast {1}
B: Dan gaan ze alle 14 om na de hoorzitting {1}
""",
    ),
    Chat(
        "Kap Kerkstraat (ander project)",
        "openbare_ruimte",
        "2024-05-13 08:00",
        ["Pieter Bakker", "Kees Hoekstra"],
        """
A: Volgende week kappen we de twee berken aan de Kerkstraat
B: Is daar een vergunning voor?
A: Valt onder de meldingsplicht, geen vergunning nodig
B: Zet het wel even in de bomenkaart
A: Gedaan, ook de herplant van twee haagbeuken
B: Stationsweg is toch al klaar? {1}
A: Ja, dat was in maart {1}
""",
    ),
    Chat(
        "Storm Henk schade",
        "openbare_ruimte",
        "2024-01-02 06:45",
        ["Sanne de Boer", "Pieter Bakker", "Kees Hoekstra"],
        """
A: Storm Henk is flink tekeer gegaan, al 23 meldingen van omgewaaide bomen {2}
B: Buitendienst rijdt sinds 5 uur, de Zomerdijk is afgesloten {2}
C: Bij de Wilhelminapark ligt een eik over het fietspad {2}
A: Prioriteit: wegen vrij, dan fietspaden, dan parken {2}
B: Een boom is op een auto gevallen aan de Groenmarkt {2}
A: Eigenaar moet een schademelding bij de gemeente doen, ik stuur het formulier {2}
~
C: Het stormhout ligt op de werf aan de Blankenstein {2}
B: Verkopen we het hout of gaat het naar de biomassa? {2}
A: Biomassa, zo staat het in het contract {2}
C: Totaal 61 bomen omgewaaid of gevaarlijk beschadigd {2}
A: PHOTO "STORMSCHADE OVERZICHT 61 BOMEN" {2}
A: Zet de kosten op het stormbudget, ik meld het bij de verzekeraar {2}
""",
    ),
    Chat(
        "Schademeldingen na de storm",
        "bedrijfsvoering",
        "2024-01-04 10:20",
        ["Fatima El Amrani", "Sanne de Boer"],
        """
A: Er zijn nu 9 claims binnen van inwoners voor schade door gemeentebomen {2}
B: Door de storm van dinsdag? {2}
A: Ja, vooral autos en een schutting {2}
B: Bij windkracht 10 zijn we niet aansprakelijk, dat is overmacht {2}
A: Behalve als de boom al ziek was, de eik in het Wilhelminapark stond op de lijst {2}
B: Dan die claim doorsturen naar de verzekeraar {2}
A: AUDIO {2}
B: Ik heb het gehoord, ik bel morgen terug {2}
""",
    ),
    Chat(
        "Stormrooster buitendienst",
        "openbare_ruimte",
        "2024-01-01 18:00",
        ["Pieter Bakker", "Kees Hoekstra"],
        """
A: KNMI geeft code oranje voor morgen {2}
B: Ik zet twee extra ploegen op de piketdienst {2}
A: Kettingzagen en de hoogwerker klaarzetten {2}
B: Gedaan, om 5 uur verzamelen op de werf {2}
""",
    ),
    Chat(
        "Zwembad renovatie bouwteam",
        "bedrijfsvoering",
        "2024-04-08 08:30",
        ["Ingrid Mulder", "Jan Jansen", "Mila de Vries"],
        """
A: De aannemer meldt dat de renovatie van De Bosbad 380.000 euro duurder wordt {3}
B: Waardoor? {3}
A: Asbest in de kelder van het bad en de staalprijzen {3}
C: Dat past niet in het krediet, dan moet er een raadsvoorstel komen {3}
B: Kunnen we het technisch gedeelte uitstellen? {3}
A: Nee, de luchtbehandeling moet vervangen, anders geen opening in september {3}
~
C: Wethouder wil een notitie over de extra kosten vóór het college van dinsdag {3}
A: Ik maak een overzicht: asbest 140k, staal 95k, installaties 145k {3}
C: En de onvoorzien-post van het project is op {3}
B: PHOTO "KOSTENRAMING BOSBAD TOTAAL 2,38 MLN" {3}
A: Ik stuur de notitie vanavond {3}
""",
    ),
    Chat(
        "Bosbad college",
        "bestuur",
        "2024-04-15 14:00",
        ["Mila de Vries", "Roel Visser"],
        """
A: Het college stemt in met het aanvullend krediet voor het bad {3}
B: Hoeveel precies? {3}
A: 380.000, waarvan 140.000 uit de reserve sport {3}
B: De raad gaat vragen stellen over de asbestsanering {3}
A: Ik zorg voor een memo met het verloop van de overschrijding {3}
B: Prima, dank {3}
""",
    ),
    Chat(
        "Zwembad openingstijden",
        "samenleving",
        "2024-06-03 09:00",
        ["Mila de Vries", "Sanne de Boer"],
        """
A: Het zwembad heeft deze zomer ruimere openingstijden
B: Ook op zondag?
A: Ja, van 10 tot 17 uur, zwemlessen blijven op zaterdag
B: Wat kost een abonnement nu?
A: 85 euro per jaar, de prijs is niet verhoogd
""",
    ),
    Chat(
        "Meppel Jazz vergunning",
        "veiligheid",
        "2024-05-06 10:00",
        ["Jan Jansen", "Fatima El Amrani"],
        """
A: De evenementenvergunning voor Meppel Jazz is verleend {4}
B: Tot hoe laat mag de muziek? {4}
A: Tot 23 uur op vrijdag en zaterdag, 85 dB(A) op de gevel {4}
B: Vorig jaar waren er veel klachten over het podium op de Markt {4}
A: Daarom staat het hoofdpodium nu op de Kaai {4}
~
B: De organisatie vraagt ontheffing tot middernacht voor het slotconcert {4}
A: Burgemeester gaat niet akkoord {4}
""",
    ),
    Chat(
        "Jazzfestival klachten",
        "veiligheid",
        "2024-06-22 22:40",
        ["Fatima El Amrani", "Pieter Bakker"],
        """
A: Al 11 meldingen over geluidsoverlast bij het festival {4}
B: Handhaving meet nu op de Kaai, 91 dB {4}
A: Dat is ruim boven de norm uit de vergunning {4}
B: Ik spreek de organisatie aan, volume omlaag {4}
~
A: Vandaag nog 3 klachten over zwerfafval na Meppel Jazz {4}
B: Reiniging is om 7 uur begonnen {4}
A: Evaluatie met de organisatie plannen in juli {4}
""",
    ),
    Chat(
        "Koningsdag geluid",
        "veiligheid",
        "2024-04-27 20:00",
        ["Fatima El Amrani", "Jan Jansen"],
        """
A: Klachten over het geluid van de vrijmarkt bij het Wilhelminapark
B: De DJ mag tot 20 uur, ik vraag of hij stopt
A: Geen festival, gewoon een buurtfeest, valt mee
B: Geregeld, muziek is uit
""",
    ),
    Chat(
        "Statushouders huisvesting",
        "samenleving",
        "2024-02-19 09:00",
        ["Mila de Vries", "Ingrid Mulder", "Jan Jansen"],
        """
A: We lopen achter op de taakstelling: 18 van de 42 statushouders gehuisvest {5}
B: Woonconcern heeft voor het tweede halfjaar 10 woningen toegezegd {5}
C: Nog steeds te weinig, het COA belt elke week {5}
A: Kunnen we de tijdelijke units aan de Ezinge plaatsen? {5}
B: Die locatie is nog niet bestemd, dat wordt een afwijkingsvergunning {5}
~
C: Provincie dreigt met interbestuurlijk toezicht als we de taakstelling niet halen {5}
A: Ik zet het op de agenda van het portefeuillehoudersoverleg {5}
B: Kamerbewoning voor alleenstaanden is ook een optie {5}
""",
    ),
    Chat(
        "STH units",
        "ruimte",
        "2024-03-11 13:00",
        ["Ingrid Mulder", "Kees Hoekstra"],
        """
A: De 12 units voor sth komen aan de Ezinge {5}
B: Bewoners willen een informatieavond {5}
A: Prima, 28 maart in De Plataan {5}
B: Worden ze ook voor spoedzoekers? {5}
A: Helft vergunninghouders, helft spoedzoekers, zo is het afgesproken {5}
""",
    ),
    Chat(
        "Arbeidsmigranten huisvesting",
        "ruimte",
        "2024-05-21 11:00",
        ["Ingrid Mulder", "Jan Jansen"],
        """
A: Aanvraag voor huisvesting van 40 arbeidsmigranten op het bedrijventerrein
B: Past dat in het beleid?
A: Maximaal 30 per locatie, dus aanpassen
B: Ik bel de aanvrager
""",
    ),
    Chat(
        "Buurthuis De Schakel subsidie",
        "samenleving",
        "2024-01-15 10:00",
        ["Sanne de Boer", "Mila de Vries"],
        """
A: De Schakel heeft de subsidieaanvraag voor 2024 ingediend {6}
B: Hoeveel vragen ze? {6}
A: 42.000 euro, 6.000 meer dan vorig jaar vanwege de energierekening {6}
B: Het plafond van de regeling is bereikt, dat wordt lastig {6}
A: Zij zeggen dat zonder verhoging de inloop op woensdag stopt {6}
~
B: Ik stel voor 38.000 te verlenen en een eenmalige bijdrage energie {6}
A: Beschikking gaat vrijdag de deur uit {6}
B: Zet in de beschikking dat de jaarrekening voor 1 juni binnen moet {6}
""",
    ),
    Chat(
        "Schakel bestuur",
        "samenleving",
        "2024-03-02 16:00",
        ["Sanne de Boer", "Fatima El Amrani"],
        """
A: Het bestuur van het buurthuis heeft bezwaar gemaakt tegen de beschikking {6}
B: Tegen het bedrag? {6}
A: Ja, ze vinden 38k te weinig voor de verlengde openingstijden {6}
B: Laat ze een begroting met dekking sturen, dan kijken we naar een aanvulling {6}
""",
    ),
    Chat(
        "Sportclub subsidie",
        "samenleving",
        "2024-02-05 09:30",
        ["Sanne de Boer", "Jan Jansen"],
        """
A: Voetbalclub VV Meppel vraagt subsidie voor een nieuw hekwerk
B: Valt dat onder de sportaccommodatieregeling?
A: Ja, 50 procent met een maximum van 15.000
B: Prima, stuur maar door
""",
    ),
    Chat(
        "De Sprong toekomst",
        "samenleving",
        "2024-09-09 08:15",
        ["Mila de Vries", "Roel Visser", "Ingrid Mulder"],
        """
A: Het schoolbestuur wil De Sprong per 2026 sluiten {7}
B: Hoeveel leerlingen zitten er nog? {7}
A: 64, de opheffingsnorm is 93 {7}
C: Fusie met De Fontein is het alternatief {7}
B: Ouders starten een petitie tegen de sluiting {7}
~
A: Het bestuur kiest voor fusie, één locatie in het gebouw van De Fontein {7}
C: Dan moet het leerlingenvervoer voor de kinderen uit Nijeveen geregeld worden {7}
B: De wethouder wil eerst met de ouders praten {7}
A: Gesprek staat voor 2 oktober {7}
""",
    ),
    Chat(
        "Schoolplein De Sprong",
        "openbare_ruimte",
        "2024-05-14 10:00",
        ["Pieter Bakker", "Kees Hoekstra"],
        """
A: Het schoolplein van De Sprong wordt vergroend
B: Wanneer?
A: In de meivakantie, tegels eruit en een wadi erin
B: Mooi, ik bestel de planten
""",
    ),
    Chat(
        "Onderwijshuisvesting",
        "samenleving",
        "2024-10-01 13:00",
        ["Ingrid Mulder", "Mila de Vries"],
        """
A: Het IHP moet aangepast na het besluit over de fusie van de twee scholen {7}
B: De Fontein krijgt een uitbreiding van 4 lokalen {7}
A: Het lege gebouw aan de Sprongweg gaat terug naar de gemeente {7}
B: Bestemming nog onbekend, misschien woningen {7}
""",
    ),
    Chat(
        "Wmo vervoer aanbesteding",
        "samenleving",
        "2024-02-26 09:00",
        ["Sanne de Boer", "Jan Jansen", "Fatima El Amrani"],
        """
A: De aanbesteding van het Wmo-vervoer is gegund aan Mobi Zorg {8}
B: Ze waren de goedkoopste, maar de kwaliteit scoorde laag {8}
C: Contract ingaand 1 april, looptijd 4 jaar {8}
A: Ik stuur de gunningsbrief vandaag {8}
~
B: Een verliezende partij kondigt een kort geding aan {8}
C: Juridisch zegt dat de gunning goed onderbouwd is {8}
""",
    ),
    Chat(
        "Klachten vervoer",
        "samenleving",
        "2024-05-08 11:00",
        ["Fatima El Amrani", "Sanne de Boer"],
        """
A: Weer 14 klachten deze week over te laat komende taxis van mobizorg {8}
B: Dat is het derde contractgesprek dat we moeten voeren {8}
A: Een cliënt heeft 2 uur gewacht na de dialyse {8}
B: Ik wil een boeteclausule toepassen {8}
A: Leverancier belooft extra busjes vanaf juni {8}
~
B: Raadsvragen over de vervoerder ingediend door de fractie van Meppel Centraal {8}
""",
    ),
    Chat(
        "Leerlingenvervoer",
        "samenleving",
        "2024-08-26 07:30",
        ["Sanne de Boer", "Jan Jansen"],
        """
A: Het leerlingenvervoer start vandaag met een nieuwe vervoerder
B: Welke?
A: Taxi Drenthe, niet de partij van het Wmo-vervoer
B: Goed, ik houd de klachten bij
""",
    ),
    Chat(
        "Windpark Nijeveen acties",
        "bestuur",
        "2024-03-18 12:00",
        ["Roel Visser", "Fatima El Amrani", "Jan Jansen"],
        """
A: Actiegroep Tegenwind kondigt een demonstratie aan bij het gemeentehuis {9}
B: Hoeveel mensen verwachten ze? {9}
A: Ongeveer 200, met trekkers {9}
C: Politie is op de hoogte, de Markt blijft vrij {9}
~
B: PHOTO "GEEN WINDMOLENS IN NIJEVEEN" {9}
A: Rustig verlopen, de petitie is aangeboden aan de burgemeester {9}
C: De volgende actie is bij de raadsvergadering over het windpark {9}
""",
    ),
    Chat(
        "Windturbines participatie",
        "ruimte",
        "2024-04-22 15:00",
        ["Ingrid Mulder", "Roel Visser"],
        """
A: De ontwikkelaar wil vier windturbines van 200 meter bij Nijeveen {9}
B: Omwonenden zijn boos, er komt weer een protest {9}
A: Zijn er afspraken over participatie en een omgevingsfonds? {9}
B: Ja, 50 procent lokaal eigendom, maar de actiegroep wil helemaal geen molens {9}
""",
    ),
    Chat(
        "Zonneweide Havelte",
        "ruimte",
        "2024-06-10 10:00",
        ["Ingrid Mulder", "Kees Hoekstra"],
        """
A: Aanvraag voor een zonneweide langs de A32
B: Is dat ons grondgebied?
A: Deels, de rest is Westerveld
B: Dan een gezamenlijke procedure
""",
    ),
    Chat(
        "Hennep woning Oosterboer",
        "veiligheid",
        "2024-07-02 09:00",
        ["Fatima El Amrani", "Jan Jansen"],
        """
A: Politie heeft een hennepkwekerij opgerold in een huurwoning in Oosterboer {10}
B: Hoeveel planten? {10}
A: 450, met illegale stroomaansluiting {10}
B: Dan volgt een sluiting op grond van artikel 13b Opiumwet {10}
A: Burgemeester tekent vandaag het besluit, 3 maanden dicht {10}
~
B: PHOTO "GESLOTEN OP LAST VAN DE BURGEMEESTER" {10}
A: De woning is verzegeld, de woningcorporatie is ingelicht {10}
B: De huurder heeft bezwaar aangetekend {10}
""",
    ),
    Chat(
        "Bibob en 13b",
        "veiligheid",
        "2024-07-15 14:00",
        ["Fatima El Amrani", "Roel Visser"],
        """
A: De voorzieningenrechter heeft het verzoek tegen de woningsluiting afgewezen {10}
B: Dus de woning blijft dicht tot oktober? {10}
A: Ja, en de corporatie start de ontbinding van het huurcontract {10}
""",
    ),
    Chat(
        "Horeca sluitingstijden",
        "veiligheid",
        "2024-08-01 11:00",
        ["Fatima El Amrani", "Jan Jansen"],
        """
A: Een café aan de Kaai vraagt verruiming van de sluitingstijd
B: Tot hoe laat?
A: 3 uur in plaats van 2 uur
B: Niet tijdens de evaluatie van het horecabeleid
""",
    ),
    Chat(
        "MJ25 projectgroep",
        "bedrijfsvoering",
        "2024-10-07 09:00",
        ["Jan Jansen", "Mila de Vries", "Sanne de Boer"],
        """
A: Eerste overleg MJ25, de projectgroep is compleet {11}
B: Hoeveel kramen verwachten we? {11}
A: Rond de 180, net als vorig jaar {11}
C: Kraamhouders krijgen de inschrijving in januari {11}
B: Stroompunten op de Markt moeten vervangen vóór juni {11}
~
A: Budget MJ25 is 65k, ik heb de begroting in de map gezet {11}
C: Wil de wethouder de opening weer doen? {11}
A: Ja, 21 juni om 10 uur {11}
""",
    ),
    Chat(
        "Jaarmarkt veiligheid",
        "veiligheid",
        "2024-11-12 10:00",
        ["Fatima El Amrani", "Jan Jansen"],
        """
A: Voor de jaarmarkt van volgend jaar willen de hulpdiensten een calamiteitenroute {11}
B: Door de Hoofdstraat? {11}
A: Ja, 3,5 meter vrij tussen de kramen {11}
B: Dan vervallen er 12 plekken {11}
""",
    ),
    Chat(
        "Weekmarkt",
        "bedrijfsvoering",
        "2024-09-03 08:00",
        ["Jan Jansen", "Sanne de Boer"],
        """
A: De weekmarkt op donderdag heeft twee nieuwe standhouders
B: Vis en kaas?
A: Bloemen en een noten-kraam
B: Prima, marktgeld is betaald
""",
    ),
    Chat(
        "Gladheid winter",
        "openbare_ruimte",
        "2024-01-08 04:30",
        ["Pieter Bakker", "Kees Hoekstra"],
        """
A: Het vriest -6, alle routes strooien {12}
B: Strooiwagens rijden om 5 uur uit {12}
A: Zoutvoorraad is nog 300 ton {12}
B: Fietspaden eerst, de scholen beginnen om half 9 {12}
~
A: Klachten dat de Zuideinde niet gestrooid is {12}
B: Die valt onder de C-route, alleen bij ijzel {12}
A: AUDIO {12}
B: Begrepen, ik stuur een extra wagen {12}
""",
    ),
    Chat(
        "Zoutinkoop",
        "bedrijfsvoering",
        "2024-01-19 13:00",
        ["Jan Jansen", "Pieter Bakker"],
        """
A: De leverancier kan pas over 2 weken nieuw zout leveren {12}
B: Dan hebben we een probleem als het weer gaat vriezen {12}
A: Ik vraag Steenwijkerland of we kunnen lenen {12}
B: Ze hebben 100 ton over, ophalen morgen {12}
""",
    ),
    Chat(
        "ICT storing",
        "bedrijfsvoering",
        "2024-03-05 09:00",
        ["Jan Jansen", "Mila de Vries"],
        """
A: Een storing in het zaaksysteem, niemand kan inloggen
B: Ook de telefooncentrale ligt eruit
A: Leverancier zegt binnen een uur opgelost
B: Ik zet een bericht op intranet
""",
    ),
)
