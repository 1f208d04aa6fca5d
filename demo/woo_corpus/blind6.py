"""The SIXTH BLIND relevance set (issue 17): new chats, requests and judgements.

Written as a Woo officer would, after sets 1 to 5 had been written (and 1 to 4 tuned on), BEFORE
any tuning on it; measured once on main after it was committed. Not to be used for tuning. New
subjects (none of sets 1 to 5). Same syntax as blind.py: `{n}` after a line marks the requests
it is relevant to, `~` starts the next day, `PHOTO "text"` is a photo with painted text, `AUDIO`
a voice note. Generated filler is relevant to nothing. Names, places, organisations and numbers
are made up.

The queries were written from the request text only, before the chats. The chats vary in shape:
long team chats where a subject is a few lines among other work, follow-up chats that carry
their subject mostly in the subject (onderwerp) the employee typed, organisations named like a
person, abbreviations, typos and split or joined words, photos with text and voice notes;
distractor chats share words with requests.

Judging rule (as sets 1 to 5): a message is relevant when a Woo officer would have to include it
to cover the request, also when it does not repeat the subject ("klopt, morgen klaar",
"Hoeveel?"). Lines of a relevant chat about something else carry no tag.
"""

from .build import Chat, Request

REQUESTS = (
    Request(
        1,
        "PFAS in de grond bij de aanleg van woonwijk Nieuwveense Landen (2024): bodemonderzoek, "
        "afvoer van de grond, vertraging en kosten.",
        ("pfas nieuwveense landen", "pfas grond", "bodemonderzoek nieuwveense landen"),
    ),
    Request(
        2,
        "Vakantieverhuur (Airbnb) van woningen in de binnenstad (2024): registratieplicht, "
        "handhaving en klachten van buren.",
        ("vakantieverhuur binnenstad", "airbnb", "registratieplicht vakantieverhuur"),
    ),
    Request(
        3,
        "De aanbesteding van het groenonderhoud (maaien en snoeien) in 2024: gunning en het "
        "bezwaar van een afgewezen inschrijver.",
        ("aanbesteding groenonderhoud", "gunning groenonderhoud", "bezwaar aanbesteding"),
    ),
    Request(
        4,
        "De opening van de nachtopvang voor daklozen aan de Kruisstraat (2024): locatie, overlast "
        "en afspraken met omwonenden.",
        ("nachtopvang kruisstraat", "daklozenopvang", "overlast nachtopvang"),
    ),
    Request(
        5,
        "De controle op de hondenbelasting door een extern bureau (2024) en de bezwaren tegen de "
        "aanslagen.",
        ("hondenbelasting", "controle hondenbelasting", "bezwaar hondenbelasting"),
    ),
    Request(
        6,
        "De energietoeslag over 2023: uitbetaling, ten onrechte uitbetaalde toeslagen en de "
        "terugvordering.",
        ("energietoeslag", "terugvordering energietoeslag", "energietoeslag onterecht"),
    ),
    Request(
        7,
        "De verkiezing voor het Europees Parlement (juni 2024): stembureaus, de telling en de "
        "hertelling.",
        ("europese verkiezingen", "stembureau verkiezing 2024", "hertelling"),
    ),
    Request(
        8,
        "Schade aan het kunstwerk op de rotonde Steenwijkerweg door een aanrijding (2024): "
        "herstel, kosten en verhaal op de veroorzaker.",
        ("kunstwerk rotonde steenwijkerweg", "schade kunstwerk rotonde", "aanrijding kunstwerk"),
    ),
    Request(
        9,
        "De vervanging van het zaaksysteem (2024): aanbesteding, migratie van de dossiers, uitstel "
        "en kosten.",
        ("nieuw zaaksysteem", "vervanging zaaksysteem", "migratie zaaksysteem"),
    ),
)

CHATS = (
    Chat(
        "Nieuwveense Landen fase 2 bodem",
        "ruimte",
        "2024-03-04 08:50",
        ["Joost Hendriks", "Marloes Dijkstra", "Sven Bakker"],
        """
A: Uitslag van het verkennend bodemonderzoek voor fase 2 is binnen {1}
B: En? {1}
A: PFOS en PFOA boven de achtergrondwaarde in de bovenste halve meter {1}
C: Dus niet vrij toepasbaar {1}
A: Nee, klasse industrie in drie van de zeven vakken {1}
B: Waar komt het vandaan? Daar heeft nooit iets gestaan {1}
C: Waarschijnlijk van de oude bluswateroefeningen van de brandweer bij de boerderij, of via slib {1}
B: Kunnen we de grond binnen het plan houden? Onder de geluidswal bijvoorbeeld {1}
A: Dat moet via de nota bodembeheer, die zegt nu niks over pfas {1}
C: Dan wordt het afvoeren. Hoeveel kuub? {1}
A: Ruw geschat 9.000 m3 {1}
B: Dat gaat de grondexploitatie voelen {1}
B: Andere vraag: wie gaat er donderdag naar de raadsinformatieavond over de Stouwe?
C: Ik, samen met de wethouder
~
A: De aannemer heeft het grondverzet stilgelegd tot we weten waar het heen mag {1}
B: Hoe lang? {1}
A: Minstens 6 weken, het aanvullend onderzoek duurt 4 weken {1}
C: De bouw van de eerste 40 woningen schuift dan naar het najaar {1}
B: De kopers moeten een brief krijgen {1}
A: PHOTO "GRONDVERZET GESTAAKT BETREDEN VERBODEN" {1}
C: Ik stem de brief af met de ontwikkelaar {1}
""",
    ),
    Chat(
        "Grondafvoer fase 2",
        "bedrijfsvoering",
        "2024-05-13 10:20",
        ["Sven Bakker", "Hanneke Post"],
        """
A: Offertes voor afvoer en verwerking zijn binnen {1}
B: Hoeveel? {1}
A: Laagste is Grondbank Noord, 31 euro per ton, plus transport {1}
B: 9000 kuub is ruim 15.000 ton {1}
A: Dus ongeveer 620.000 alles bij elkaar {1}
B: Dat zat niet in de grex, dat moet naar de raad {1}
A: Kunnen we het verhalen op de vorige eigenaar? {1}
B: Juridisch kansloos volgens de advocaat, het was agrarisch gebruik {1}
~
A: Raad heeft het extra krediet gisteravond goedgekeurd {1}
B: Wanneer rijden de eerste vrachtwagens? {1}
A: Maandag, via de Bergierweg, niet door de wijk {1}
B: Ik heb trouwens je declaratie van de cursus goedgekeurd
A: Dank!
""",
    ),
    Chat(
        "Sanering tankstation Zomerdijk",
        "ruimte",
        "2024-06-11 14:00",
        ["Joost Hendriks", "Hanneke Post"],
        """
A: Bodemonderzoek bij het oude tankstation aan de Zomerdijk is klaar
B: Olie?
A: Minerale olie en benzeen, zoals verwacht, geen pfas
B: Wie betaalt de sanering?
A: De oliemaatschappij, via het SUBAT-fonds
B: Dan kan de grond daarna naar de woningbouw
A: Planning is afvoer van de grond in september
""",
    ),
    Chat(
        "Team VTH",
        "veiligheid",
        "2024-04-08 08:30",
        ["Yvonne Smit", "Bart Meijer", "Lotte Jansen", "Ahmed Bouali"],
        """
A: Goedemorgen, weekplanning staat in Teams
B: Ik doe vandaag de controle op de dakkapel aan de Hoofdstraat
C: Ik heb de sloopmelding van de schuur aan de Havenstraat afgehandeld
D: Er kwam weer een klacht over het pand Kleine Oever 12, buren zien elke week andere mensen met rolkoffers {2}
A: Staat het op Airbnb? {2}
D: Ja, 'gezellig appartement in hartje Meppel', 4 personen, 95 per nacht {2}
B: Heeft de eigenaar een registratienummer? {2}
D: Niet in de advertentie en niet bij ons {2}
A: Dan eerst een waarschuwingsbrief, de registratieplicht geldt sinds 1 januari {2}
C: Wie doet de brandveiligheid bij de kinderopvang in Koedijkslanden?
B: Ik, woensdag
A: Ahmed, hoeveel adressen in de binnenstad verhuren nu zonder nummer? {2}
D: Ik tel er 23 op air bnb en booking, 9 hebben zich gemeld {2}
A: Kun je een lijst maken voor het overleg met de platforms? {2}
~
C: De dwangsom voor de illegale bewoning aan de Industrieweg is verbeurd
A: Invorderen
D: PHOTO "VAKANTIEVERHUUR ALLEEN MET REGISTRATIENUMMER MAX 60 NACHTEN PER JAAR" {2}
D: Dat is de flyer die we in de binnenstad gaan verspreiden {2}
B: Die 60 nachten, geldt dat ook voor een B&B? {2}
A: Nee, een B&B is een andere vergunning {2}
B: De evenementenkeuring van het oranjefeest is volgende week
""",
    ),
    Chat(
        "Kleine Oever 12",
        "veiligheid",
        "2024-06-20 17:40",
        ["Ahmed Bouali", "Yvonne Smit"],
        """
A: Weer een melding van de buren van Kleine Oever 12, afgelopen nacht feest tot 3 uur {2}
B: Nog steeds geen registratienummer? {2}
A: Nee, advertentie staat gewoon online {2}
B: Dan last onder dwangsom, 5.000 per geconstateerde verhuring {2}
A: AUDIO {2}
B: Hoor het, de eigenaar woont in Amsterdam, dan per aangetekende post {2}
~
A: Eigenaar belde, hij haalt de advertentie offline {2}
B: Controleren over twee weken {2}
A: Check, en de buurvrouw krijgt een terugkoppeling {2}
B: Heb je trouwens je verlof al ingediend?
A: Morgen
""",
    ),
    Chat(
        "Toeristenbelasting 2025",
        "bedrijfsvoering",
        "2024-10-01 11:10",
        ["Nicole de Boer", "Erik Visser"],
        """
A: Voorstel toeristenbelasting 2025: van 1,90 naar 2,25 per persoon per nacht
B: Hotels en campings gaan klagen
A: Het gaat in lijn met Steenwijkerland en Westerveld
B: Vallen groepsaccommodaties er ook onder?
A: Ja, met een forfaitaire regeling
B: Zet het in de belastingverordening voor de raad van november
""",
    ),
    Chat(
        "Aanbesteding groen 2024",
        "openbare_ruimte",
        "2024-01-15 09:00",
        ["Wouter Kamp", "Ingrid Hofman", "Peter Zwart"],
        """
A: De inschrijvingen voor het groenbestek zijn binnen, vier partijen {3}
B: Welke? {3}
A: Van der Meulen Groen, Hoveniers Combinatie Drenthe, Groenwerk Reestdal en Van Dam Infra {3}
C: Beoordelingscommissie komt donderdag bij elkaar {3}
B: Perceel maaien en perceel snoeien apart? {3}
A: Ja, twee percelen, EMVI met 40% prijs {3}
C: Heeft iedereen de Uniforme Eigen Verklaring ingeleverd? {3}
A: Van Dam mist de referentie voor bomen {3}
B: Dan uitsluiten op snoeien {3}
C: Wie zit er morgen bij de schouw van de speeltuinen?
A: Ik
~
C: Uitslag: beide percelen naar Hoveniers Combinatie Drenthe {3}
B: Scoreverschil? {3}
C: Op maaien 2 punten met Van der Meulen, op snoeien ruim {3}
A: Voornemen tot gunning gaat vandaag de deur uit, 20 dagen standstill {3}
B: Contractwaarde? {3}
A: 1,4 miljoen over vier jaar {3}
""",
    ),
    Chat(
        "Bezwaar Van der Meulen",
        "bedrijfsvoering",
        "2024-02-07 15:30",
        ["Ingrid Hofman", "Femke Brink"],
        """
A: Van der Meulen heeft een kort geding aangekondigd {3}
B: Waarom? {3}
A: Ze vinden dat de winnaar te laag zit met de uurprijzen, abnormaal laag bod {3}
B: Hebben we dat getoetst? {3}
A: Ja, de inschrijver heeft het onderbouwd, met eigen personeel en minder machines {3}
B: Ik leg het voor aan de inkoopjurist {3}
~
B: Jurist zegt: het verslag van de beoordeling is goed, maar de motivering naar Van der Meulen is mager {3}
A: Dus een aanvullende motivering sturen? {3}
B: Ja, en de standstill met 10 dagen verlengen {3}
A: AUDIO {3}
B: Prima, dan schuift de start naar 1 april {3}
~
A: Ze trekken het in, geen kort geding {3}
B: Mooi, dan tekenen we het contract {3}
A: Ander punt: de jaarrekening van de inkoopafdeling moet vrijdag binnen zijn
""",
    ),
    Chat(
        "Maaibeleid bermen",
        "openbare_ruimte",
        "2024-05-27 10:00",
        ["Wouter Kamp", "Peter Zwart"],
        """
A: Er komen klachten over het hoge gras in de bermen langs de Stouwenweg
B: Dat is het ecologisch maaibeleid, we maaien twee keer per jaar
A: Bewoners denken dat we het groenonderhoud hebben wegbezuinigd
B: Zet een bord neer, dat helpt meestal
A: PHOTO "HIER MAAIEN WE LATER VOOR BIJEN EN VLINDERS"
B: Mooi bord
""",
    ),
    Chat(
        "Nachtopvang",
        "samenleving",
        "2024-02-12 09:15",
        ["Saskia Wiersma", "Tim Groen", "Rianne Bos"],
        """
A: De Stichting Onderdak heeft de huur van het pand aan de Kruisstraat 8 rond {4}
B: Hoeveel bedden? {4}
A: 12, plus 2 voor crisis {4}
C: De wethouder wil vóór de opening een avond met de buurt {4}
B: Die buurt zit al vol met zorgwoningen, dat gaat weerstand geven {4}
A: Daarom een beheerplan: toezicht 's avonds, geen rondhangen voor de deur, een vast telefoonnummer {4}
C: Wie maakt de uitnodiging? {4}
A: Ik, 300 adressen rond de Kruisstraat en de Kerkstraat {4}
B: Hoe staat het met de subsidieaanvraag van de voedselbank?
A: Ligt bij de teamleider
~
C: Buurtavond: zo'n 60 mensen, het ging vooral over drugs en de speeltuin achter het pand {4}
B: Toezeggingen? {4}
C: Een klankbordgroep die elke 3 maanden bij elkaar komt, en cameratoezicht bekijken {4}
A: Opening blijft 1 april {4}
""",
    ),
    Chat(
        "Meldingen Kruisstraat",
        "veiligheid",
        "2024-05-06 22:05",
        ["Dennis Vos", "Saskia Wiersma"],
        """
A: Boa's hebben vanavond twee man weggestuurd die bij de nacht opvang in portieken sliepen {4}
B: Kwamen ze te laat? {4}
A: Ja, na 22 uur gaat de deur dicht {4}
B: Ik bel morgen met de beheerder van Onderdak {4}
~
B: Beheerder gaat de deur tot 23 uur openhouden en iemand buiten laten lopen {4}
A: Meldingen sinds de opening: 14, vooral lawaai en afval {4}
B: Dat nemen we mee naar de klankbordgroep {4}
A: Ander ding: de parkeergarage wil extra controles bij de fietsenstalling
B: Plan ik in
""",
    ),
    Chat(
        "Voorbereiding college 9 april",
        "bestuur",
        "2024-04-05 16:10",
        ["Eveline Roos", "Jan Willem Bakker", "Sanne Hoogeveen"],
        """
A: Concept-agenda college dinsdag staat in de map
B: Punt 3, de nota verbonden partijen, is die al langs de controller?
A: Ja, akkoord
C: Bij de mededelingen: de burgemeester wil iets zeggen over de brief van de omwonenden van de Kruisstraat {4}
B: Over de opvang? Die gaat toch pas 1 april open {4}
C: Is dus net open, ze vragen om een handhavingsverzoek als er overlast is {4}
A: Wethouder Zorg neemt het mee, met een memo van Saskia {4}
B: Punt 5: de reactie op de zienswijze over de regionale energiestrategie
A: Die is uitgesteld naar 23 april
C: Dan nog de persvragen van de Meppeler Courant over de hondencontrole {5}
B: Wat willen ze weten? {5}
C: Of het klopt dat het bureau per gevonden hond een premie krijgt {5}
A: Klopt, 15 euro per registratie, dat is gewoon openbaar {5}
B: Zorg dat communicatie dat zo antwoordt {5}
A: Ook nog: het jubileum van de brandweerpost Nijeveen, wie gaat er namens het college?
B: De burgemeester
~
A: Agenda is definitief, stukken gaan om 12 uur rond
C: Memo Kruisstraat is toegevoegd als bijlage bij de mededelingen {4}
""",
    ),
    Chat(
        "Hondenbelasting controle",
        "bedrijfsvoering",
        "2024-03-18 10:40",
        ["Nicole de Boer", "Erik Visser", "Mirjam Koops"],
        """
A: Het controlebureau begint maandag met de huis aan huis controle op honden {5}
B: Welk bureau is het geworden? {5}
A: Bosman Heffingen uit Zwolle, ze doen ook Hardenberg {5}
C: Krijgen ze per opgespoorde hond betaald? {5}
A: Vast bedrag plus 15 euro per nieuwe registratie {5}
C: Dat gaat vragen opleveren, zet het in de persinfo {5}
B: PHOTO "CONTROLE HONDENBELASTING GEMEENTE MEPPEL LEGITIMATIE OP VERZOEK" {5}
B: Dit pasje krijgen de controleurs {5}
C: Wie heeft de sleutel van het archief van belastingen?
A: Ligt in de la bij Erik
~
A: Eerste week: 1.900 adressen, 212 honden die niet bekend waren {5}
B: Die krijgen allemaal een naheffing? {5}
A: Over het lopende jaar, niet met terugwerkende kracht {5}
C: Er belde een mevrouw die vond dat de controleur haar tuin in liep {5}
A: Ik spreek het bureau erop aan {5}
""",
    ),
    Chat(
        "Bezwaren HB",
        "bedrijfsvoering",
        "2024-05-21 09:30",
        ["Mirjam Koops", "Nicole de Boer"],
        """
A: Inmiddels 58 bezwaarschriften binnen op de naheffingen {5}
B: Vooral waarover? {5}
A: Hond al overleden, hond van de buren, of hond alleen in de vakantie op bezoek {5}
B: Bij overlijden met een verklaring van de dierenarts gewoon toekennen {5}
A: En iemand die zegt dat zijn hond een hulphond is {5}
B: Die zijn vrijgesteld, laat het certificaat opsturen {5}
~
A: Stand: 41 toegekend, 9 afgewezen, rest loopt {5}
B: Dus het bureau heeft het vaak mis gehad? {5}
A: Nee, meestal weten de mensen het pas als ze de aanslag krijgen {5}
B: Ik heb trouwens de WOZ-planning voor 2025 in de map gezet
A: Kijk ik naar
""",
    ),
    Chat(
        "Losloopgebied Reestpark",
        "openbare_ruimte",
        "2024-07-02 12:00",
        ["Peter Zwart", "Wouter Kamp"],
        """
A: Bewoners willen een hondenlosloopgebied in het Reestpark
B: Er ligt al te veel hondenpoep op het speelveld
A: Met een hek en een afvalbak kan het
B: Wie betaalt het? Vroeger was de hondenbelasting daarvoor bedoeld
A: Nu gaat het in de algemene middelen
B: Ik neem het mee in het beheerplan
""",
    ),
    Chat(
        "ET 2023",
        "samenleving",
        "2024-01-10 08:45",
        ["Kim de Vries", "Laura Schouten", "Marco Bos"],
        """
A: De batch van de energie toeslag 2023 is vannacht uitbetaald, 2.140 huishoudens {6}
B: Ook de nieuwe aanvragen uit december? {6}
A: Die zitten in de batch van volgende week {6}
C: Ik krijg telefoontjes van studenten, hebben die recht? {6}
B: Alleen als ze een uitwonende studiefinanciering hebben en aan de inkomensnorm voldoen {6}
C: Staat dat op de site? {6}
A: Ik laat het aanpassen {6}
~
A: Oei. Bij 37 mensen is de ET twee keer uitgekeerd, fout in het bestand naar de bank {6}
B: Terugvorderen? {6}
A: Ja, brief met een betalingsregeling, geen boete {6}
C: Een paar zitten in de schuldhulp, daar moeten we voorzichtig mee zijn {6}
B: Afstemmen met Plangroep, die doen hun budgetbeheer {6}
A: AUDIO {6}
C: Goed, dan zet ik die op een aparte lijst {6}
""",
    ),
    Chat(
        "Teamapp Inkomen",
        "samenleving",
        "2024-03-25 08:20",
        ["Laura Schouten", "Kim de Vries", "Marco Bos", "Jeroen Post"],
        """
A: Goedemorgen, wie heeft er vandaag dienst op de balie?
B: Ik tot 12, daarna Jeroen
C: De herbeoordeling van de bijstand van de zelfstandigen loopt achter
D: Komt door het nieuwe rekenmodel Bbz
A: Hoe staat het met de terugvordering van de dubbel uitbetaalde toeslag? {6}
B: 31 van de 37 hebben terugbetaald of een regeling {6}
C: En de laatste 6? {6}
B: Twee reageren niet, vier zitten in een schuldtraject, daar zien we van af {6}
A: Besluit van de teamleider nodig? {6}
B: Ja, staat op de agenda {6}
D: De cliëntenraad wil een overleg over de minimaregelingen
A: Plan het na de meivakantie
C: Ook nog: de accountant vroeg naar de verantwoording over de toeslag, SiSa {6}
B: Die heb ik vrijdag aangeleverd, 2.386 toekenningen, 1,9 miljoen {6}
D: Wie gaat er mee naar de regiobijeenkomst participatie?
C: Ik
""",
    ),
    Chat(
        "EP2024 stembureaus",
        "bestuur",
        "2024-05-13 09:00",
        ["Anja Kuiper", "Rob Dekker", "Sanne Hoogeveen"],
        """
A: Nog 3 weken tot 6 juni, we missen nog 11 stembureuleden {7}
B: Oproep onder collega's? {7}
A: Staat op intranet, 45 euro plus een vrije middag {7}
C: Het stembureau in De Plataan kan niet, de school heeft een musical {7}
A: Dan verplaatsen we naar de kerk ernaast {7}
B: PHOTO "STEMBUREAU VERPLAATST NAAR DE OPSTANDINGSKERK" {7}
B: Dit bordje komt bij de oude ingang {7}
C: Heeft iemand de planning voor de raadsvergadering van juni?
A: Stuur ik je
~
C: Er komt een centrale telling op het stadhuis, de dag erna {7}
A: Dan moet de raadzaal vanaf vrijdagochtend vrij {7}
B: 14 tellers geregeld {7}
""",
    ),
    Chat(
        "Uitslag en hertelling",
        "bestuur",
        "2024-06-07 08:30",
        ["Rob Dekker", "Anja Kuiper"],
        """
A: Centrale telling klaar, bij bureau 7 klopt het aantal stemmen niet met de opkomstcijfers {7}
B: Hoeveel verschil? {7}
A: 23 stemmen, waarschijnlijk een stapel biljetten dubbel geteld {7}
B: Het gemeentelijk stembureau beslist over een hertelling {7}
A: AUDIO {7}
B: Helder, dan hertellen we bureau 7 vanmiddag {7}
~
A: Hertelling klaar, verschil verklaard, nu klopt het {7}
B: Proces-verbaal naar het hoofdstembureau in Assen? {7}
A: Is gisteravond digitaal verstuurd {7}
B: Goed. Dan de stembussen terug naar de opslag {7}
A: De bode helpt maandag met de lunch voor de ambtenarendag
""",
    ),
    Chat(
        "Verkiezingen 2026 voorbereiding",
        "bestuur",
        "2024-11-20 14:00",
        ["Anja Kuiper", "Sanne Hoogeveen"],
        """
A: We moeten alvast nadenken over de gemeenteraadsverkiezingen van 2026
B: Nieuwe stembureaus in Nieuwveense Landen?
A: Ja, daar wonen dan ruim 1.500 mensen
B: En de proef met het nieuwe stembiljet?
A: Is nog niet zeker, de wet ligt bij de Eerste Kamer
B: Ik maak een eerste planning
""",
    ),
    Chat(
        "Rotonde Steenwijkerweg",
        "openbare_ruimte",
        "2024-08-18 06:10",
        ["Henk Post", "Gerda Smits", "Koen van Wijk"],
        """
A: Vannacht is er een auto over de rotonde aan de Steenwijkerweg gereden, het beeld ligt om {8}
B: Het Turfschip? {8}
A: Ja, sokkel gescheurd, de mast is afgebroken {8}
C: PHOTO "RIJBAAN AFGESLOTEN GEVAARLIJKE SITUATIE" {8}
C: Afzetting staat, politie heeft het kenteken {8}
B: Bestuurder? {8}
C: Aangehouden, reed onder invloed {8}
A: Ik vraag het proces-verbaal op voor het verhaal van de schade {8}
B: De kunstenaar leeft nog, hij moet akkoord geven op het herstel {8}
~
A: Kunstenaar is langs geweest, hij wil het zelf laten herstellen in zijn oude gieterij {8}
B: Kosten? {8}
A: Raming 38.000 inclusief de sokkel en het terugplaatsen {8}
C: Ondertussen ligt de rotonde er kaal bij, zetten we er plantenbakken neer? {8}
B: Goed idee {8}
A: Trouwens, de lantaarnpaal bij de Hoogeveenseweg is ook weer geraakt
""",
    ),
    Chat(
        "Verhaal schade 18-08",
        "bedrijfsvoering",
        "2024-09-23 11:30",
        ["Gerda Smits", "Bianca Hoek"],
        """
A: De verzekeraar van de bestuurder weigert te betalen {8}
B: Omdat hij gedronken had? {8}
A: Ja, ze betalen wel en verhalen het op hem, maar ze betwisten de hoogte {8}
B: De kunstwaarde? {8}
A: Ze willen alleen materiaal en arbeid vergoeden, niet het ontwerp {8}
B: Laat een onafhankelijke taxateur van kunst kijken {8}
~
A: Taxatie is binnen: 41.500 herstelwaarde {8}
B: En de verzekeraar? {8}
A: Akkoord op 38.000, het verschil is onze eigen bijdrage aan de nieuwe sokkel {8}
B: Akkoord. Wanneer komt het beeld terug? {8}
A: Half november {8}
B: De schadeclaim van de lantaarnpaal gaat trouwens via een ander dossier
""",
    ),
    Chat(
        "Kunstcommissie",
        "samenleving",
        "2024-04-15 16:00",
        ["Bianca Hoek", "Koen van Wijk"],
        """
A: De kunstcommissie adviseert een nieuw kunstwerk voor het Stationsplein
B: Budget?
A: 60.000 uit de percentageregeling
B: En het onderhoud van de bestaande beelden?
A: Het beeld bij de Wilhelminapark fontein moet gereinigd worden, er zit graffiti op
B: Laat een offerte maken
""",
    ),
    Chat(
        "I-team",
        "bedrijfsvoering",
        "2024-02-05 08:40",
        ["Stefan Jonker", "Mariska Eling", "Thomas Wever", "Linda Bakker"],
        """
A: Goedemorgen. Vandaag de uitrol van de nieuwe laptops bij Sociaal Domein
B: De MFA-meldingen zijn weer gestegen, veel mensen zonder app
C: Update over het zaak-systeem: de gunning is rond, het wordt Corvus Zaak {9}
D: Eindelijk. Wanneer gaat het oude DMS eruit? {9}
C: Planning: livegang 1 oktober, parallel draaien tot eind december {9}
A: Moeten alle 180.000 dossiers mee? {9}
C: Alleen de lopende en de dossiers van na 2015, de rest gaat naar het e-depot {9}
B: De printers op de derde verdieping doen het niet
A: Ticket aangemaakt
D: Wat kost het? {9}
C: Licenties 96.000 per jaar, implementatie en migratie eenmalig 310.000 {9}
~
C: Eerste proefmigratie: 7% van de documenten zonder metadata {9}
D: Dat was te verwachten, het oude systeem had geen verplichte velden {9}
C: Leverancier schrijft een script, wij moeten de uitzonderingen handmatig doen {9}
B: Wie heeft er piket voor de netwerkstoring van vannacht?
A: Thomas
""",
    ),
    Chat(
        "Livegang uitstel",
        "bedrijfsvoering",
        "2024-09-02 13:20",
        ["Thomas Wever", "Stefan Jonker"],
        """
A: Stuurgroep heeft besloten: livegang naar 1 februari {9}
B: Waarom? {9}
A: De koppeling met het burgerzakensysteem is niet af, en de tweede migratietest ging mis {9}
B: Wat kost het uitstel? {9}
A: Drie maanden langer dubbele licenties, ongeveer 45.000, en de inhuur van de projectleider {9}
B: AUDIO {9}
A: Ja, de leverancier betaalt de helft van de licenties, dat staat in het contract {9}
~
B: Medewerkers zijn geïnformeerd via intranet {9}
A: De trainingen van oktober schuiven mee {9}
B: Heb je de bestelling van de headsets al gedaan?
A: Morgen
""",
    ),
)
