"""The FOURTEENTH BLIND relevance set (issue 17): new chats, requests and judgements.

Written as a Woo officer of gemeente Meppel would by helper wwoo14 after sets 1 to 13 had been
written, BEFORE any tuning on it, without reading the search code; committed before its one
measurement on main's code and never tuned on. New subjects (none of sets 1 to 13): a WWII
aircraft bomb found while digging for the sewer in the Zomerdijk and the evacuation for its
clearance, a sunken boat wreck in the Meppelerdiep (diesel in the water, salvage, recovering the
costs from the owner), the higher tourist tax for campsites and holiday parks, the leak in the
council chamber of the town hall (where the council meets meanwhile, the roof repair), an
application for a crematorium in Rogat, the Avondvierdaagse of 2025 (the evening called off for
a thunderstorm, the traffic marshals, parents' complaints), checks on unauthorised holiday
absence from school by the attendance officer (luxeverzuim), the closure of a shisha lounge in the
Kruisstraat after carbon monoxide poisoning, the jury of the Meppeler Cultuurprijs and a juror's
conflict of interest, the subsiding quay wall of the Kerkgracht, and the plan to close the
out-of-hours GP post at night. Same syntax as blind.py: `{n}` after a line marks the requests it
is relevant to, `~` starts the next day, `PHOTO "text"` is a photo with painted text, `AUDIO` a
voice note. Generated filler (build.FILLER, up to 60 lines a chat) is relevant to nothing. Names,
places, organisations and numbers are made up.

The requests and their queries were written first, from the request text only, before any chat
line. Long chats (the boa's of the town centre, the town-centre crew, the MT of the physical
domain, the press desk, the college's agenda, the registry's council questions, public order and
safety, the tax team, the attendance officers, facility management, culture and events, the
permits team, the harbour masters, an alderman's secretariat, the contact centre's team leaders,
legal affairs, social-domain policy) carry several subjects as a few lines among other work;
follow-up chats carry their subject in the onderwerp while the lines answer without repeating it
("Wrak eruit", "Het Reestkoor", "Die 2 waren er op vrijdag niet"); jargon and abbreviations (EOD,
KMar, pv, OM, TB, Recron, RIB, HAP, APV 2:30, CO, ppm, Bal, Aerius, MJOP, lb); other words for the
subject (bom, explosief, cilinder met vinnen, ruiming, sein veilig; wrak, motorbootje, vaartuig,
diesel, olievlek, bergen, bestuursdwang, kostenverhaal; tourist tax, overnachting, forfaitair;
raadzaal, raadszaal, plafond, dakopstand, schouwburg; crematorium, ovens, uitvaartorganisatie,
schoorsteen, kwik; avond4daagse, wandelaars, intocht; verlof, gezinnen, Eelde; lounge, kolen,
afzuiging; jury, jurylid, beraadslaging; kade, palen, paalrot, damwand; nachtdienst, visiterende
arts), compounds and split or joined forms (vliegtuig bom, toeristen belasting, raad zaal,
Avond 4daagse, Luxe verzuim, Shisha lounge, cultuur prijs, kade muur, Huisartsen post), typos
(toeristebelasting, Crematoruim), 13 photos with text and 3 voice notes; and distractor chats
that share words with requests but are about something else (a bomb threat at the town hall,
electric sloops for hire on the Stadsgracht, parking charges, a leaking sports hall roof, a
colleague's father's cremation, a school's sponsored run, sickness absence of the outdoor crew,
a carbon monoxide campaign, the sports awards' jury, a café terrace on the Kerkgracht, parking at
a GP practice, microphones in the council chamber, the sewer works in the Zomerdijk announced
before the find).

Judging rule (as sets 1 to 13): a message is relevant when a Woo officer would have to include
it to cover the request, also when it does not repeat the subject ("Hoeveel?", "Top", "Dilemma").
Lines about the request's subject are relevant also where they touch a side of it the request
does not list; lines of a relevant chat about something else carry no tag.

Counts (with the generated filler of seed 17, as the bench builds it): 59 chats, 3,540 messages
(815 hand-written; 13 photos with text, 3 voice notes), 11 requests, 33 queries, 696 relevant
(message, request) pairs in 74 (chat, request) pairs; 13 chats relevant to no request, 14 to
several. Relevant messages (chats) per request: R1 79 (6), R2 50 (5), R3 64 (9), R4 60 (6),
R5 61 (7), R6 59 (6), R7 50 (5), R8 67 (7), R9 68 (8), R10 64 (6), R11 74 (9).
"""

from .build import Chat, Request

REQUESTS = (
    Request(
        1,
        "De vondst van een vliegtuigbom uit de Tweede Wereldoorlog bij graafwerk aan de Zomerdijk "
        "(2025): de evacuatie van omwonenden, de ruiming door de EOD en de kosten.",
        ("vliegtuigbom zomerdijk", "explosief evacuatie", "bom ruiming EOD"),
    ),
    Request(
        2,
        "Het gezonken bootwrak in het Meppelerdiep (2025): de melding, de olie in het water, het "
        "bergen van het wrak en het verhalen van de kosten op de eigenaar.",
        ("gezonken boot meppelerdiep", "bootwrak berging", "olie water boot kosten eigenaar"),
    ),
    Request(
        3,
        "De verhoging van de toeristenbelasting voor campings en recreatieparken (2025): het "
        "raadsbesluit, het overleg met de recreatieondernemers en hun bezwaren.",
        (
            "toeristenbelasting",
            "toeristenbelasting verhoging campings",
            "recreatieondernemers bezwaar",
        ),
    ),
    Request(
        4,
        "De lekkage in de raadzaal van het stadhuis (2025): de waterschade, de tijdelijke "
        "vergaderlocatie van de raad en het herstel van het dak.",
        ("lekkage raadzaal", "stadhuis dak herstel", "raadsvergadering andere locatie"),
    ),
    Request(
        5,
        "De aanvraag voor een crematorium in Rogat (2025): de omgevingsvergunning, de zienswijzen "
        "van omwonenden en de zorgen over de uitstoot.",
        (
            "crematorium rogat",
            "crematorium vergunning zienswijzen",
            "uitstoot crematorium omwonenden",
        ),
    ),
    Request(
        6,
        "De Avondvierdaagse Meppel 2025: de afgelasting van een avond wegens onweer, de "
        "verkeersregelaars en de klachten van ouders.",
        ("avondvierdaagse", "avondvierdaagse onweer afgelast", "verkeersregelaars wandelaars"),
    ),
    Request(
        7,
        "De controles op luxeverzuim door de leerplichtambtenaar rond de zomervakantie 2025: de "
        "controles, de processen-verbaal en de vragen van ouders en scholen.",
        ("luxeverzuim", "leerplicht controle vakantie", "leerplichtambtenaar proces-verbaal"),
    ),
    Request(
        8,
        "De shishalounge aan de Kruisstraat (2025): het koolmonoxide-incident, de sluiting door de "
        "burgemeester en het bezwaar van de exploitant.",
        ("shishalounge", "koolmonoxide kruisstraat", "sluiting shishalounge bezwaar"),
    ),
    Request(
        9,
        "De Meppeler Cultuurprijs 2025: de jury, de keuze van de winnaar en de ophef over "
        "belangenverstrengeling.",
        ("cultuurprijs", "cultuurprijs jury", "belangenverstrengeling jury cultuurprijs"),
    ),
    Request(
        10,
        "De verzakte kademuur aan de Kerkgracht (2025): het afzetten van de kade, het onderzoek "
        "naar de oorzaak, het herstel en de kosten.",
        ("kademuur kerkgracht", "kademuur verzakking", "kade herstel kosten"),
    ),
    Request(
        11,
        "Het plan om de huisartsenpost in Meppel 's nachts te sluiten (2025): de contacten met de "
        "huisartsenorganisatie, de petitie en de motie van de raad.",
        ("huisartsenpost", "huisartsenpost nacht sluiting", "petitie huisartsenpost motie"),
    ),
)

CHATS = (
    Chat(
        "Team Handhaving boa's binnenstad",
        "veiligheid",
        "2025-05-19 07:30",
        ["Ricardo Vos", "Mirjam Hekman", "Stefan Bouwmeester", "Nadia El Amrani"],
        """
A: Goeiemorgen. Planning deze week: maandag markt, dinsdag fietsparkeren station, woensdag avond4daagse {6}
B: Avondvierdaagse start woensdag vanaf het sportpark toch? {6}
A: Ja, Ezinge. Wij staan bij de oversteek Hesselerweg tot de verkeersregelaars er zijn {6}
C: Hoeveel verkeersregelaars heeft de organisatie? {6}
A: 24 per avond, allemaal ouders met een cursus {6}
D: Gisteravond melding van de buren van de shishalounge aan de Kruisstraat, weer harde muziek na 1 uur {8}
A: Weer? Dat is de derde deze maand {8}
D: Ja. En de buurvrouw zei dat ze hoofdpijn krijgt van de lucht die naar boven komt {8}
A: Noteren. Dat geven we door aan de afdeling vergunningen {8}
B: Wie pakt vanmiddag de fietsen bij het station?
C: Ik
~
D: Kruisstraat: vannacht om half 2 ambulance en brandweer bij de shisha {8}
A: Wat was er? {8}
D: Twee jongens onwel, CO-meter van de brandweer sloeg uit, 180 ppm binnen {8}
A: Koolmonoxide. Dat is link {8}
D: Ze zijn allebei mee naar het ziekenhuis in Zwolle. Zaak is leeg gehaald {8}
C: De kolen liggen in een hok achter zonder afzuiging, dat zag ik vorige maand al {8}
A: Ik bel de burgemeester haar secretaris, dit gaat richting sluiting {8}
B: Avondvierdaagse dag 1 rustig verlopen, één kind gevallen bij de brug {6}
A: Prima {6}
~
A: Burgemeester heeft de lounge gesloten voor 3 maanden op grond van de APV, besluit wordt vanmiddag opgehangen {8}
D: Wie hangt het op? {8}
A: Jij en Stefan, om 14.00, met de politie erbij {8}
D: PHOTO "GESLOTEN op last van de burgemeester van Meppel. Artikel 2:30 APV. Betreden verboden." {8}
D: Hangt {8}
A: Dank {8}
B: Vanavond ga ik er wel naar toe met de wandelaars, in de regen {6}
C: Regen is het probleem niet, er komt onweer aan {6}
A: Organisatie overlegt om 17.00 met de veiligheidsregio {6}
~
A: Gisteravond afgeblazen om 18.40, de lussen waren al gestart {6}
B: Chaos bij de start, ouders stonden in de file op de Zomerdijk {6}
C: Twee verkeersregelaars zijn gewoon weggelopen toen de bliksem kwam {6}
A: Dat is begrijpelijk eerlijk gezegd {6}
B: De kinderen van de 10 km werden opgehaald met een bus van de organisatie {6}
A: Goed. Vandaag weer normaal
D: Exploitant van de shisha stond vanochtend bij de deur, hij wil zijn spullen eruit halen {8}
A: Mag, onder begeleiding. Hij heeft gezegd dat hij bezwaar maakt {8}
D: Heeft hij een advocaat? {8}
A: Ja, van een kantoor uit Zwolle, die heeft al gebeld {8}
B: Koffie iemand?
""",
    ),
    Chat(
        "Wijkploeg Centrum",
        "openbare_ruimte",
        "2025-03-10 06:45",
        ["Bert Lanting", "Gijs Roelofs", "Hamid Yilmaz", "Jolanda Brink"],
        """
A: Morgen. Vandaag: prullenbakken Markt, onkruid Kerkplein, en kijken bij de Kerkgracht
B: Wat is er met de Kerkgracht? {10}
A: Melding dat de stoep langs het water scheurt, ter hoogte van nummer 14 {10}
C: Ik ben er langs gefietst, de kademuur hangt echt naar voren, je ziet een kier van een paar centimeter {10}
A: Hoe groot? {10}
C: Zo'n 8 meter lang, de klinkers zijn al gezakt {10}
A: Dan zetten we het af, hekken van het depot {10}
D: Hoeveel hekken? {10}
C: 12 denk ik, en een paar bakens {10}
A: Doe maar 15, ik bel het ingenieursbureau {10}
B: Bankje op de Markt is weer beklad
A: Graffitiploeg inplannen
~
C: PHOTO "Kade afgesloten. Gevaar voor verzakking. Niet parkeren. Gemeente Meppel" {10}
C: Hekken staan, bord hangt {10}
A: Netjes {10}
D: Bewoner van 16 vraagt waar hij zijn auto moet laten {10}
A: Parkeerplaatsen aan de overkant, ik regel ontheffing {10}
B: Ander punt: in het Meppelerdiep bij de Stoombootkade ligt een bootje half onder water {2}
A: Half onder water? {2}
B: Een oud motorbootje, alleen de punt steekt nog boven. Er ligt een regenboogvlek op het water {2}
A: Diesel dus. Havenmeester bellen {2}
D: Ik heb de milieustraat gebeld voor absorptiekorrels {2}
~
A: Kerkgracht: constructeur was er, hij denkt dat de houten palen onder de muur zijn weggerot {10}
C: Door het lage water? {10}
A: Zegt hij. Er komt een onderzoek met een duiker {10}
B: Bootje is vanochtend helemaal gezonken, nu zie je alleen de mast nog {2}
A: Staat de oliekering er? {2}
B: Ja, het waterschap heeft een scherm gelegd {2}
D: Prullenbakken gedaan
A: Top
~
C: Kerkgracht: scheur is 1 cm groter geworden sinds vorige week, ik heb meetpunten gezet {10}
A: Foto's naar de projectleider {10}
C: Gedaan {10}
B: Wie doet er morgen de bladkorven?
D: Ik
""",
    ),
    Chat(
        "MT Fysiek domein",
        "ruimte",
        "2025-04-07 08:30",
        ["Tineke Wolters", "Harm Jan Ebbinge", "Sabine Oosting", "Maarten Kuipers"],
        """
A: Agenda: 1. crematorium Rogat, 2. Kerkgracht, 3. stadhuis dak, 4. personeel, 5. rondvraag {4,5,10}
B: 1. De aanvraag voor het crematorium in Rogat is compleet, de uitvaartorganisatie wil in 2026 open {5}
C: Past het in het omgevingsplan? {5}
B: Nee, het is een agrarisch perceel. We moeten een buitenplanse omgevingsplanactiviteit doen, dus uitgebreide procedure {5}
A: Dan gaan er zienswijzen komen {5}
B: Er is al een buurtgroep, Rogat Ademt, die heeft 140 handtekeningen {5}
D: Waar maken ze zich zorgen over? {5}
B: Rook en fijnstof uit de schoorsteen, kwik, en de rouwstoeten over de smalle dijkweg {5}
A: Zorg dat de milieudienst de luchtberekening goed controleert {5}
C: 2. Kerkgracht: de kademuur is over 8 meter verzakt, de kade is dicht {10}
A: Oorzaak? {10}
C: Waarschijnlijk paalrot. Herstel wordt geschat op 350.000 tot 500.000 {10}
A: Dat zit niet in de begroting {10}
C: Nee, we moeten een krediet aan de raad vragen {10}
D: 3. Het stadhuis: na de storm van vorige week lekt het dak boven de raadzaal {4}
A: Erg? {4}
D: Het plafond is deels naar beneden gekomen, de vloerbedekking is nat en de tafels zijn beschadigd {4}
A: Kan de raad daar volgende week vergaderen? {4}
D: Nee. Facilitair zoekt een andere locatie, misschien de schouwburg {4}
B: 4. Personeel: de vacature voor de planoloog staat nog open
A: Nog steeds geen reacties?
B: Twee, allebei te junior
A: Rondvraag? Niet. Dank allen
~
A: Kort tussendoor: de verzekeraar van het stadhuis wil een expert sturen voor de raadzaal {4}
D: Die komt donderdag, de dakdekker ook {4}
A: Goed {4}
C: Krediet Kerkgracht gaat in de raad van juni {10}
""",
    ),
    Chat(
        "Persdesk communicatie",
        "communicatie",
        "2025-06-02 08:00",
        ["Eline Dekker", "Sjoerd Meijer", "Fatima Bakker"],
        """
A: Morgen. Wat ligt er vandaag?
B: De Meppeler Courant wil een reactie over de sluiting van de shisha in de Kruisstraat {8}
A: Wat hebben we al gecommuniceerd? {8}
B: Alleen het persbericht van de burgemeester. De exploitant zegt in de krant dat het een heksenjacht is {8}
A: We reageren niet inhoudelijk, er loopt een bezwaarprocedure {8}
C: En de RTV Drenthe vraagt naar de bom {1}
A: Welke bom? {1}
C: Bij het graven voor de nieuwe riolering aan de Zomerdijk is een explosief gevonden, vermoedelijk een vliegtuigbom {1}
A: O jee. Wie is de woordvoerder? {1}
C: De burgemeester, ik maak een bericht voor de website {1}
B: Ik zet een liveblog klaar voor als er geëvacueerd moet worden {1}
~
C: Concept: De Explosieven Opruimingsdienst Defensie ruimt zondag de bom. Ongeveer 400 woningen moeten van 8.00 tot 14.00 uur leeg {1}
A: 400? {1}
C: Straal van 300 meter, dat is het hele stuk tot de Kaap {1}
A: Prima, zet het erop {1}
B: De cultuurprijs: de uitreiking is vrijdag, we hebben de naam van de winnaar onder embargo {9}
A: Wie is het? {9}
B: Theatergroep De Spiegelzaal {9}
A: Mooi, persbericht vrijdag 21.00 {9}
~
B: Cultuurprijs: telefoon van een journalist. Het jurylid van de toneelvereniging zou de regisseur van De Spiegelzaal zijn {9}
A: Is dat zo? {9}
B: Ik weet het niet, ik vraag het aan Cultuur {9}
A: Eerst checken voor we iets zeggen {9}
C: Bomruiming zondag is goed gegaan, om 12.15 was het sein veilig {1}
A: Bericht op social? {1}
C: Staat erop, met een foto van de EOD {1}
A: Mooi werk {1}
~
A: Nog een: NOS Drenthe vraagt naar de huisartsenpost {11}
B: Wat daarmee? {11}
A: Er gaat een gerucht dat de post in Meppel 's nachts dicht gaat en alles naar Hoogeveen moet {11}
B: Dat is geen gerucht, de HAP heeft het zelf aan de wethouder verteld {11}
A: Wij zijn er niet over, de huisartsen zijn er over. Wij verwijzen naar hen {11}
B: De wethouder wil wel zeggen dat ze het er niet mee eens is {11}
A: Dan een korte quote {11}
""",
    ),
    Chat(
        "Agenda college B&W",
        "bestuur",
        "2025-06-10 09:00",
        [
            "Bestuurssecretaris Koen",
            "Wethouder Annelies van Dijk",
            "Burgemeester Marga Boersma",
            "Gemeentesecretaris Jan Prins",
        ],
        """
A: Collegeagenda 10 juni: 1. raadsvoorstel toeristenbelasting, 2. brief huisartsenpost, 3. cultuurprijs, 4. vergaderen raad na lekkage, 5. rondvraag {3,4,9,11}
B: Bij 1: ik wil het tarief naar 2,10 per persoon per nacht, nu is het 1,45 {3}
D: De recreatieondernemers gaan steigeren {3}
B: Ja, maar we zitten onder het gemiddelde in Drenthe {3}
C: Zijn ze gehoord? {3}
B: Er is een overleg geweest met de campings, zij willen een overgangsjaar {3}
C: Dan 1,80 in 2026 en 2,10 in 2027? {3}
B: Dat kan ik verdedigen {3}
A: Bij 2: brief aan het bestuur van de huisartsenpost over de nachtsluiting, concept ligt in de map {11}
C: Goed zo, toon mag scherper {11}
A: Bij 3: de jury wil de cultuurprijs aan De Spiegelzaal geven, het college moet het bekrachtigen {9}
B: Ik heb gehoord dat er een jurylid betrokken is bij die groep {9}
C: Dan eerst uitzoeken {9}
A: Bij 4: de raad vergadert tot de zomer in de schouwburg, de raadzaal is niet bruikbaar {4}
D: Kosten? {4}
A: 2.400 per avond voor zaal en techniek {4}
C: Akkoord {4}
A: Rondvraag?
D: Het personeelsfeest: datum is 12 september
~
A: Besluitenlijst: toeristenbelasting akkoord in variant met overgangsjaar. Brief huisartsenpost akkoord met aanpassingen. Cultuurprijs aangehouden. Vergaderlocatie raad akkoord {3,4,9,11}
B: Dank {3}
""",
    ),
    Chat(
        "Griffie raadsvragen",
        "bestuur",
        "2025-06-16 10:00",
        ["Griffier Wilma Hoekstra", "Raadsadviseur Daan Timmer", "Griffiemedewerker Sanne Kroeze"],
        """
A: Overzicht van de openstaande schriftelijke vragen
B: ChristenUnie: vragen over de huisartsenpost en de nachtdienst {11}
A: Termijn? {11}
B: 30 dagen, afdeling Zorg schrijft het antwoord {11}
C: GroenLinks over het crematorium in Rogat, over de luchtkwaliteit {5}
A: Naar de omgevingsdienst voor input {5}
B: VVD over de toeristenbelasting, waarom de ondernemers niet eerder zijn gehoord {3}
A: Die is politiek gevoelig, laat de wethouder meelezen {3}
C: En er is een motie aangekondigd over de HAP {11}
A: Van wie? {11}
C: Alle fracties behalve één, de motie vraagt het college om bij de zorgverzekeraar te lobbyen {11}
~
A: Logistiek: de raad vergadert donderdag in de schouwburg, niet in de raadzaal {4}
C: Is het stemsysteem daar? {4}
A: Nee, we stemmen met handopsteken. De livestream doet de schouwburg {4}
B: Wanneer is de raadzaal weer klaar? {4}
A: Volgens facilitair na de zomer, het dak moet eerst dicht {4}
C: PHOTO "Raadsvergadering donderdag 19 juni 19.30 uur in Schouwburg Ogterop, Grote Zaal" {4}
C: Bordje voor de ingang van het stadhuis {4}
A: Goed {4}
~
B: Motie huisartsenpost is aangenomen met 25 stemmen voor {11}
A: Genoteerd in de besluitenlijst {11}
C: De petitie is ook aangeboden, 6.812 handtekeningen {11}
A: Door wie? {11}
C: Het comité Zorg Dichtbij, in de pauze {11}
""",
    ),
    Chat(
        "Team Openbare Orde en Veiligheid",
        "veiligheid",
        "2025-05-26 08:15",
        [
            "Adviseur OOV Peter Zuidema",
            "Jeanette Kamphuis",
            "Rob Feenstra",
            "Crisiscoördinator Lotte de Haan",
        ],
        """
A: Goedemorgen. Lopende dossiers: de bom aan de Zomerdijk, de shisha, de avondvierdaagse evaluatie {1,6,8}
D: Zomerdijk: de EOD heeft het explosief bekeken, het is een Engelse vliegtuigbom van 500 pond {1}
B: Kan hij ter plekke geruimd worden? {1}
D: Nee, ze willen hem ter plekke tot ontploffing brengen met een zandbed erover. Evacuatiestraal 300 meter {1}
A: Hoeveel mensen? {1}
D: 412 adressen, ongeveer 900 inwoners, plus de zorgboerderij aan de Zomerdijk {1}
C: Opvang? {1}
D: In sporthal De Vledder, met koffie en een EHBO-post {1}
A: Draaiboek staat klaar? {1}
D: Ja, gisteren met politie en brandweer doorgenomen {1}
B: Shisha Kruisstraat: de exploitant heeft bezwaar gemaakt tegen de sluiting en een voorlopige voorziening gevraagd {8}
A: Zitting? {8}
B: 24 juni bij de rechtbank in Groningen {8}
A: Verweerschrift door de jurist {8}
C: Avondvierdaagse: de organisatie wil een evaluatie over de afgelasting {6}
A: Wat ging er mis? {6}
C: Het besluit kwam te laat, de kinderen liepen al {6}
~
D: Zondag: evacuatie gestart om 7.30, om 9.10 iedereen eruit, twee mensen weigerden {1}
A: En toen? {1}
D: Politie is in gesprek gegaan, ze zijn uiteindelijk meegegaan {1}
D: 11.40 ontploffing, 12.15 sein veilig {1}
A: Kosten? {1}
D: Rond de 85.000, we gaan een bijdrage vragen bij het Rijk via de bommenregeling {1}
A: Top, goed gedaan {1}
C: Nog iemand iets voor de week?
B: Ik ben woensdag vrij
""",
    ),
    Chat(
        "Team Belastingen",
        "bedrijfsvoering",
        "2025-02-03 09:00",
        [
            "Teamleider Belastingen Gerrit Mulder",
            "Invorderaar Petra Smit",
            "Beleidsadviseur Jelle de Wit",
            "Heffingsmedewerker Anouk Jansen",
        ],
        """
A: Week 6. Aanslagen gemeentelijke belastingen zijn de deur uit
B: 31.000 aanslagen, 400 retour door verhuizingen
C: Voor de kadernota: de wethouder wil de TB omhoog {3}
A: Tourist tax? Met hoeveel? {3}
C: Van 1,45 naar 2,10 per overnachting, dat levert ongeveer 190.000 extra op {3}
D: De campings betalen nu forfaitair, per standplaats. Gaan we dat houden? {3}
C: Ja, forfaitair voor de seizoensplaatsen, per nacht voor de rest {3}
A: Maak een doorrekening per park {3}
B: Hondenbelasting: nog 60 onbetaalde aanslagen
A: Aanmaning sturen
~
C: Doorrekening staat in Teams. De Boshoek betaalt straks 38.000 in plaats van 26.000 {3}
A: Dat gaat pijn doen {3}
C: Het recreatieschap heeft al laten weten dat ze bezwaar gaan maken {3}
D: Tegen de verordening kun je geen bezwaar maken, alleen tegen de aanslag {3}
C: Dat weten zij ook, ze bedoelen een zienswijze aan de raad {3}
~
D: Eerste bezwaarschrift binnen tegen de aanslag toeristen belasting 2025 van camping De Vlindertuin {3}
A: Gronden? {3}
D: Ze zeggen dat de verhoging niet tijdig is aangekondigd {3}
A: De verordening is op tijd bekendgemaakt, ongegrond {3}
B: Invordering: 12 dwangbevelen deze week
""",
    ),
    Chat(
        "Team Leerplicht en RMC",
        "onderwijs",
        "2025-06-23 08:45",
        [
            "Leerplichtambtenaar Yvonne Stoker",
            "Leerplichtambtenaar Arjen Bos",
            "Teamleider Onderwijs Carla Veenstra",
        ],
        """
A: Laatste weken voor de zomer. Wie gaat er mee naar Eelde op vrijdag 11 juli? {7}
B: Ik. Met de marechaussee? {7}
A: Ja, de KMar doet de paspoortcontrole, wij kijken naar gezinnen met schoolgaande kinderen {7}
C: Hoeveel meldingen van scholen over extra verlof? {7}
A: 23 aanvragen afgewezen dit jaar, 9 scholen hebben een vermoeden van luxeverzuim gemeld {7}
B: Vorig jaar schreven we 6 processen-verbaal {7}
C: Hoeveel boete? {7}
A: Het OM hanteert 100 euro per kind per dag {7}
B: Thuiszitter op de Eekhorst, gesprek dinsdag
A: Ik ga mee
~
B: Eelde: 4 gezinnen aangesproken, 2 pv's {7}
A: En de andere twee? {7}
B: Hadden verlof van de directeur, papieren klopten {7}
C: Was er pers? {7}
B: Een verslaggever van de krant, hij heeft gevraagd of hij mocht meelopen. Nee gezegd {7}
~
A: Mail van een vader die boos is dat hij bij de gate is aangesproken {7}
C: Wat zegt hij? {7}
A: Dat de school zijn verlof niet goed heeft doorgegeven {7}
B: Klopt dat? {7}
A: Ik check het bij de school. Als het klopt trekken we het pv in {7}
B: RMC: 14 jongeren zonder startkwalificatie gebeld
""",
    ),
    Chat(
        "Facilitair stadhuis",
        "bedrijfsvoering",
        "2025-04-01 07:30",
        ["Facilitair Manager Bas Lammers", "Huismeester Dirk Hovenkamp", "Receptie Ingrid Vos"],
        """
A: Morgen. De schoonmaak klaagt over de koffieautomaat op de 2e
B: Monteur komt woensdag
~
B: Alarm, het regent binnen in de raadszaal! {4}
A: Waar? {4}
B: Boven de voorzittersstoel, er komt water door het plafond {4}
A: Emmers en zeil, ik kom eraan {4}
C: Ik heb de bode gebeld, hij haalt de laptops van de tafels {4}
B: PHOTO "Raadzaal buiten gebruik wegens lekkage. Toegang verboden" {4}
~
A: Dakdekker geweest. De bitumen is losgewaaid bij de dakopstand, het water loopt via de goot naar binnen {4}
B: Noodreparatie? {4}
A: Vandaag een zeil, definitief herstel kost ongeveer 65.000 {4}
C: Moet ik de raadsleden iets laten weten? {4}
A: De griffie doet dat {4}
B: De tapijttegels zijn niet te redden, alles nat {4}
A: Foto's voor de verzekering {4}
~
A: Expert van de verzekeraar geweest, ze vergoeden de binnenschade, niet het dak zelf {4}
B: Waarom niet? {4}
A: Achterstallig onderhoud volgens hem {4}
C: Lunch voor de OR staat donderdag
""",
    ),
    Chat(
        "Team Cultuur en evenementen",
        "samenleving",
        "2025-04-14 09:30",
        [
            "Cultuurbeleid Marloes Veen",
            "Evenementen Tom Hidding",
            "Subsidies Rianne Koster",
            "Stagiair Lars",
        ],
        """
A: Weekstart. Lopend: cultuurprijs, zomerprogramma, avondvierdaagse {6,9}
B: Avondvierdaagse: de evenementenvergunning is verleend, 1.850 deelnemers ingeschreven {6}
A: Routes hetzelfde als vorig jaar? {6}
B: Eén route anders, de 5 km gaat niet meer over de Zomerdijk vanwege de werkzaamheden daar {6}
C: De vereniging vraagt weer 3.000 subsidie voor de verkeersregelaars en EHBO {6}
A: Prima binnen het budget {6}
A: Cultuurprijs: de jury is rond. Vijf leden, voorzitter is de oud-directeur van de bibliotheek {9}
D: Wie zitten er nog meer in? {9}
A: Iemand van het kunstencentrum, een muzikant, een schrijver, en iemand van de amateurtoneelvereniging {9}
C: Het prijzengeld is nog steeds 5.000? {9}
A: Ja, plus een beeldje {9}
D: Hoeveel nominaties? {9}
A: 17 inzendingen, de jury maakt een shortlist van 3 {9}
~
A: Shortlist cultuurprijs: De Spiegelzaal, het Reestkoor en kunstenaar Wouter Kamp {9}
C: Mooie lijst {9}
B: Zomerprogramma Markt: 6 vrijdagavonden, bandjes zijn geboekt
~
A: Lastig bericht: de krant zegt dat het jurylid van de toneelvereniging ook regisseert bij De Spiegelzaal {9}
D: Klopt dat? {9}
A: Ik heb het gecheckt. Hij heeft in 2024 een voorstelling bij hen geregisseerd, betaald {9}
C: Had hij dat gemeld? {9}
A: Nee. Het reglement zegt dat een jurylid zich moet terugtrekken bij een belang {9}
B: Dan is de uitslag wankel {9}
A: Ik leg het voor aan de wethouder {9}
~
A: Besluit: de jury beraadslaagt opnieuw zonder hem, de prijs wordt 2 weken later uitgereikt {9}
D: En als er een andere winnaar uitkomt? {9}
A: Dan is dat zo {9}
B: Avondvierdaagse woensdag: onweer voorspeld, de organisatie vraagt ons mee te denken {6}
A: Dat is de veiligheidsregio, niet wij {6}
B: Ze hebben een KNMI code geel, bij code oranje blazen ze af {6}
""",
    ),
    Chat(
        "Team Vergunningen APV en bouw",
        "ruimte",
        "2025-03-03 09:00",
        [
            "Vergunningverlener Esther Smid",
            "Jurist Hans van der Laan",
            "Vergunningverlener Koen Drijfhout",
            "Teamleider Monique Lubbers",
        ],
        """
A: Overzicht binnengekomen: 42 aanvragen deze maand
B: Iets bijzonders?
A: Een crematorium. Aan de Rogatweg, op het terrein van de oude kalvermesterij {5}
D: Crematorium? Dat hebben we nog nooit gehad {5}
A: Nee. Twee ovens, een aula en 80 parkeerplaatsen {5}
C: Milieu: dat valt onder het Bal, de omgevingsdienst moet adviseren {5}
B: En het past niet in het omgevingsplan, dus zes maanden met ontwerp en zienswijzen {5}
D: Wie is de aanvrager? {5}
A: Een uitvaartorganisatie uit Zwolle {5}
C: Exploitatievergunning voor een shishalounge aan de Kruisstraat, verlenging {8}
B: Die had toch klachten? {8}
C: Twee geluidsklachten, geen reden om te weigeren {8}
D: Verlengen dan, maar met een extra voorwaarde over de afzuiging {8}
~
A: Ontwerpbesluit crematorium ligt ter inzage vanaf 1 april {5}
C: PHOTO "Kennisgeving ontwerpbesluit omgevingsvergunning crematorium Rogatweg 22. Zienswijzen tot 13 mei" {5}
A: Kennisgeving staat in de Staatscourant en in de Meppeler Courant {5}
~
A: 311 zienswijzen op het crematorium {5}
B: 311? {5}
A: Waarvan 280 dezelfde brief van de buurtgroep {5}
D: Inhoudelijke punten? {5}
A: Uitstoot van kwik en stikstof, geur, verkeer op de dijk, en dat je vanaf het terras een schoorsteen ziet {5}
B: Stikstof moet in de Aerius-berekening {5}
A: Die is er, 0,00 mol op Natura 2000 {5}
~
C: Na het CO-incident: de burgemeester wil de exploitatievergunning van de shisha intrekken {8}
B: De sluiting is voor 3 maanden, intrekken is zwaarder {8}
D: Eerst de sluiting, dan kijken naar de Bibob {8}
C: Helder {8}
""",
    ),
    Chat(
        "Havenmeesters en vaarwegen",
        "openbare_ruimte",
        "2025-03-11 08:00",
        ["Havenmeester Klaas Wever", "Vaarwegbeheer Ilse Nijboer", "Brugwachter Henk Prins"],
        """
A: Morgen. Passantenhaven nog dicht tot 1 april
B: Melding van de wijkploeg: gezonken motorboot bij de Stoombootkade {2}
A: Ik weet het, ik heb hem gisteren al zien hangen. Die ligt daar al twee jaar zonder ligplaatsvergunning {2}
B: Van wie is hij? {2}
A: Een man uit Zwartsluis, ik heb hem drie keer aangeschreven {2}
B: Olie? {2}
A: Er lekt diesel, het waterschap heeft een oliescherm gelegd {2}
C: Schepen moeten langs kunnen, hij ligt deels in de vaargeul {2}
A: Dan moet er een betonning bij, ik leg een gele ton {2}
~
A: Eigenaar gebeld, hij zegt dat hij geen geld heeft om hem te bergen {2}
B: Dan gaan we het zelf doen, met bestuursdwang {2}
A: Offerte van bergingsbedrijf Van Wijk uit Kampen: 14.500 voor bergen, afvoeren en slopen {2}
B: En dat verhalen we op de eigenaar {2}
A: Als hij het heeft {2}
~
A: PHOTO "Scheepvaart: gezonken vaartuig. Langzaam varen. Hinder aan bakboord" {2}
A: Bord bij de brug {2}
C: Dank, ik waarschuw de beroepsvaart {2}
A: Berging donderdag om 7.00 {2}
~
A: Wrak eruit. Hij was lek in de romp, vol met water en rommel {2}
B: Olie? {2}
A: Nog 40 liter in de tank, alles opgezogen {2}
B: Factuur naar de jurist voor de kostenverhaalbeschikking {2}
C: De kademuur bij de Kerkgracht, is dat ook van jullie? {10}
A: Nee, de kade is van de gemeente, het water van het waterschap {10}
C: Er mag daar niet meer aangelegd worden toch? {10}
A: Klopt, de ligplaatsen daar zijn opgeheven tot het herstel {10}
""",
    ),
    Chat(
        "Secretariaat wethouder Van Dijk",
        "bestuur",
        "2025-05-05 08:30",
        [
            "Wethouder Annelies van Dijk",
            "Secretaresse Hennie Bosman",
            "Beleidsadviseur Zorg Rik Janssen",
        ],
        """
A: Wat staat er deze week?
B: Maandag overleg met de huisartsen, dinsdag recreatieondernemers, donderdag cultuurprijs {3,9,11}
A: Huisartsen: wat willen ze? {11}
C: De huisartsenorganisatie wil de post in Meppel van 23.00 tot 8.00 sluiten, patiënten moeten dan naar Hoogeveen of Zwolle {11}
A: 40 minuten rijden midden in de nacht {11}
C: Ze zeggen dat er te weinig artsen zijn voor de nachtdiensten {11}
A: Ik wil weten hoeveel mensen er 's nachts komen {11}
C: Gemiddeld 6 per nacht, de rest belt alleen {11}
B: Dinsdag de recreatieondernemers over de toeristenbelasting, 10.00 in kamer 2.14 {3}
A: Wie komen er? {3}
B: Vijf campings, het recreatiepark aan de Reest en de Recron {3}
~
A: Recreatie: ze waren boos. Ze zeggen dat gasten wegblijven bij 2,10 {3}
C: Er zijn geen cijfers die dat laten zien {3}
A: Nee, maar ik heb een overgangsjaar toegezegd {3}
B: Donderdag de cultuurprijs is uitgesteld {9}
A: Ik weet het, vanwege dat jurylid. Nare zaak {9}
~
A: AUDIO {11}
B: Dat is duidelijk, ik zet een overleg met de zorgverzekeraar in je agenda {11}
C: Ik stuur je de cijfers van de HAP nog {11}
""",
    ),
    Chat(
        "Teamleiders KCC",
        "dienstverlening",
        "2025-06-16 08:00",
        [
            "Teamleider KCC Monique de Graaf",
            "Teamleider KCC Ahmed Ouali",
            "Kwaliteitsmedewerker Irene Post",
        ],
        """
A: Wekelijkse update klantcontact
B: Piek in telefoontjes over de evacuatie aan de Zomerdijk, 140 in twee dagen {1}
A: Vragen? {1}
B: Mag ik mijn kat meenemen, moet ik mijn gas afsluiten, wie betaalt mijn lunch {1}
C: Er is een Q&A op de site, verwijs daarnaar {1}
A: Toeristenbelasting: campinggasten bellen ons, ze willen weten of ze meer moeten betalen {3}
B: Die moeten bij de camping zijn, wij heffen bij de ondernemer {3}
C: Ik zet het in de kennisbank {3}
A: Huisartsenpost: mensen bellen boos over de nachtsluiting {11}
B: Wat zeggen we? {11}
A: Dat de gemeente er geen zeggenschap over heeft en dat er een petitie loopt {11}
C: Mogen we de petitie noemen? {11}
A: Beter niet, dat is niet van ons {11}
B: Wachttijd gemiddeld 2 minuten, netjes
~
A: Vanochtend belde een moeder die boos was over de avondvierdaagse {6}
B: Waarom? {6}
A: Haar dochter stond in het onweer bij een verkeersregelaar die niet wist wat te doen {6}
C: Doorzetten naar de organisatie, het is niet ons evenement {6}
A: Gedaan {6}
""",
    ),
    Chat(
        "Zomerdijk vondst",
        "openbare_ruimte",
        "2025-05-20 10:15",
        [
            "Uitvoerder Riolering Jeroen Kok",
            "Projectleider Marit Schaap",
            "Toezichthouder Wim Dekker",
        ],
        """
A: Marit, we hebben het werk stilgelegd. De graafmachine raakte iets van ijzer op 2,5 meter {1}
B: Wat voor iets? {1}
A: Een roestige cilinder met vinnen, zeker een meter lang {1}
C: Niet aankomen! Iedereen van de put weg {1}
A: Staat al, iedereen is naar de keet {1}
B: Ik bel de politie, die schakelt de EOD in {1}
A: AUDIO {1}
B: Helder, blijf daar met het lint {1}
~
C: EOD is geweest. Het is een vliegtuig bom, Engels, 500 lb {1}
B: Wat betekent dat voor het werk? {1}
C: Minstens twee weken stil. Ze komen terug om hem te ruimen {1}
A: Dan zetten we de put af met bouwhekken en een zandbed {1}
B: Kosten van de stilstand? {1}
A: De aannemer rekent 3.200 per dag {1}
B: Ik meld het bij de projectcontroller {1}
~
A: PHOTO "Verboden toegang. Explosief aangetroffen. Politie Meppel" {1}
A: Bord van de politie hangt aan het hek {1}
C: Bewaking 's nachts? {1}
B: Beveiligingsbedrijf vanaf vanavond {1}
""",
    ),
    Chat(
        "Evacuatie zondag",
        "veiligheid",
        "2025-05-30 16:00",
        [
            "Crisiscoördinator Lotte de Haan",
            "Wijkcoördinator Erwin Bakker",
            "Vrijwilliger Rode Kruis Anja",
        ],
        """
A: Zondag om 7.30 beginnen we met aanbellen {1}
B: Hoeveel teams? {1}
A: 14 koppels van 2, elk een straat {1}
C: Rode Kruis staat vanaf 7.00 in De Vledder met 30 bedden {1}
B: Wat doen we met de mensen die niet weg willen? {1}
A: Naam en adres noteren, politie gaat erheen {1}
~
B: Alle straten leeg behalve Zomerdijk 61, een oudere meneer die slecht ter been is {1}
A: Ambulance vervoer geregeld {1}
C: In de sporthal 220 mensen, koffie loopt {1}
A: Knal was om 11.40, wie heeft hem gehoord? {1}
B: Iedereen hier, de ramen trilden {1}
A: Sein veilig, mensen mogen terug {1}
C: De bussen rijden {1}
~
A: Bedankt allemaal. Er komt een bedankje per mail {1}
B: Schade aan huizen? {1}
A: Eén gebarsten ruit aan de Zomerdijk 44, loopt via de verzekering van de gemeente {1}
""",
    ),
    Chat(
        "Bomregeling declaratie",
        "bedrijfsvoering",
        "2025-07-07 09:00",
        ["Controller Sietske Wijma", "Crisiscoördinator Lotte de Haan"],
        """
A: Voor de aanvraag bij BZK heb ik alle facturen van de ruiming nodig {1}
B: Opvang, beveiliging, bussen, catering en de aannemer {1}
A: Wat is het totaal? {1}
B: 86.940 {1}
A: De regeling vergoedt 70% als het boven de drempel zit {1}
B: Dat zit het {1}
~
A: Aanvraag ingediend via het Gemeentefonds, nu wachten {1}
B: Hoe lang? {1}
A: Meestal bij de septembercirculaire {1}
""",
    ),
    Chat(
        "Wrak Stoombootkade",
        "openbare_ruimte",
        "2025-03-12 11:00",
        ["Jurist Hans van der Laan", "Havenmeester Klaas Wever"],
        """
A: Voor de last onder bestuursdwang: welke datum heb je hem voor het laatst aangeschreven? {2}
B: 14 januari, aangetekend {2}
A: En heeft hij gereageerd? {2}
B: Nee, nooit {2}
A: Dan kunnen we spoedeisend optreden, gezien de olie {2}
~
A: Beschikking kostenverhaal: 14.500 bergen plus 1.120 waterschap voor het scherm {2}
B: Hij heeft gebeld. Hij wil in termijnen betalen {2}
A: Dat mag, 12 maanden, via de invordering {2}
B: Hij was best boos, zegt dat het bootje gestolen was en door anderen was gesloopt {2}
A: Dan had hij aangifte moeten doen. Er is geen aangifte {2}
""",
    ),
    Chat(
        "Diesel in het diep",
        "openbare_ruimte",
        "2025-03-10 14:30",
        [
            "Waterschap Drents Overijsselse Delta Martijn",
            "Havenmeester Klaas Wever",
            "Milieu Joyce Hoving",
        ],
        """
A: We zien een olievlek van ca 200 meter richting de sluis {2}
B: Komt van het gezonken motorbootje bij de Stoombootkade {2}
A: Wij leggen een scherm en absorptieworsten {2}
C: Moeten we de hengelsportvereniging waarschuwen? {2}
A: Ja, en de eendjes zijn een zorg, er is er één besmeurd gevonden {2}
C: Dierenambulance gebeld {2}
~
A: Vlek is weg, scherm blijft tot de berging {2}
B: Dank, factuur naar ons {2}
""",
    ),
    Chat(
        "TB recreatie",
        "bedrijfsvoering",
        "2025-05-12 13:00",
        ["Beleidsadviseur Jelle de Wit", "Wethouder Annelies van Dijk"],
        """
A: Na het overleg van dinsdag: ik heb het overgangsjaar doorgerekend {3}
B: En? {3}
A: 2026 levert 85.000 extra op, 2027 de volle 190.000 {3}
B: Dat kan ik verkopen {3}
A: Recron wil nog een brief met de motivering {3}
B: Stuur maar een concept {3}
~
A: Concept staat klaar. Ik heb erin gezet dat het geld naar de promotie van het Reestdal gaat {3}
B: Klopt dat wel? {3}
A: Voor een deel, 40.000 voor Meppel Marketing {3}
B: Dan zo {3}
""",
    ),
    Chat(
        "Zienswijze campings",
        "bestuur",
        "2025-06-18 15:00",
        ["Griffiemedewerker Sanne Kroeze", "Beleidsadviseur Jelle de Wit"],
        """
A: De raad heeft een brief van de vereniging van campinghouders ontvangen over de toeristebelasting {3}
B: Wat staat erin? {3}
A: Dat een verhoging van 45% onredelijk is en dat ze pas in het voorjaar zijn geïnformeerd {3}
B: Dat laatste klopt {3}
A: Moet het college er een reactie op geven? {3}
B: Ja, ik schrijf een raadsinformatiebrief {3}
~
B: RIB staat in de raadsmap {3}
A: Dank, komt op de agenda van de commissie Bestuur {3}
~
A: Raad heeft de verordening vastgesteld, 19 voor, 8 tegen {3}
B: Inclusief het overgangsjaar? {3}
A: Ja, via amendement {3}
""",
    ),
    Chat(
        "Raadszaal",
        "bedrijfsvoering",
        "2025-04-03 10:00",
        ["Facilitair Manager Bas Lammers", "Griffier Wilma Hoekstra"],
        """
A: Wilma, slecht nieuws. Volgende week kunnen jullie daar niet zitten {4}
B: Hoe lang? {4}
A: Het plafond moet eruit en de akoestische panelen zijn nat {4}
B: En de stemkastjes? {4}
A: Twee kapot door het water, de rest is droog {4}
B: Ik vraag de schouwburg voor april en mei {4}
~
B: Schouwburg kan, maar niet op 15 mei, dan is er een voorstelling {4}
A: Dan die avond de trouwzaal? {4}
B: Te klein voor 27 raadsleden plus publiek {4}
A: De bibliotheek? {4}
B: Goed idee, ik vraag het {4}
""",
    ),
    Chat(
        "Dak stadhuis offerte",
        "bedrijfsvoering",
        "2025-04-22 09:30",
        ["Facilitair Manager Bas Lammers", "Inkoper Renate Bosch", "Bouwkundige Theo Hulst"],
        """
A: Drie offertes voor het herstel binnen {4}
B: Laagste? {4}
A: 61.800 van dakdekker Brouwer, de hoogste 79.000 {4}
C: Brouwer vervangt ook de dakopstand en de goot, dat is het lek {4}
B: Meervoudig onderhands dan, gunning aan Brouwer {4}
~
C: Brouwer begint 2 juni, 3 weken {4}
A: En daarna het plafond en de vloer van de raad zaal {4}
C: Nog 4 weken, dus na de zomer {4}
~
C: Dak is klaar, waterproef getest met een slang, droog {4}
A: Eindelijk {4}
""",
    ),
    Chat(
        "Rogatweg 22",
        "ruimte",
        "2025-05-15 09:00",
        [
            "Vergunningverlener Esther Smid",
            "Omgevingsdienst Drenthe adviseur Peter Kamps",
            "Projectleider Ruimte Noor Visser",
        ],
        """
A: De zienswijzen zijn gesloten, 311 stuks. Kun je naar de luchtparagraaf kijken? {5}
B: Zeker. Wat is de kern? {5}
A: Mensen zijn bang voor kwik uit de ovens en voor fijnstof {5}
B: Met een kwikfilter en een doekenfilter blijft het ver onder de norm {5}
C: De buurtgroep heeft een eigen deskundige ingehuurd {5}
B: Die mag zijn rapport sturen, dan reageren we erop {5}
~
B: Advies: geen bezwaar, mits de schoorsteen 12 meter wordt in plaats van 9 {5}
A: Dat is hoger dan de aanvrager wil {5}
C: Dat is juist wat de buurt niet wil zien {5}
A: Dilemma {5}
~
C: Aanvrager gaat akkoord met 12 meter als de schoorsteen bekleed wordt met hout {5}
A: Dan gaan we naar het definitieve besluit {5}
B: En de nota zienswijzen? {5}
A: Schrijf ik deze week {5}
""",
    ),
    Chat(
        "Uitvaartcentrum Rogat buurtavond",
        "ruimte",
        "2025-04-16 18:30",
        [
            "Projectleider Ruimte Noor Visser",
            "Wijkregisseur Karin Hulshof",
            "Buurtgroep Rogat Ademt Frank",
        ],
        """
A: Vanavond 19.30 in het dorpshuis, ik heb de presentatie mee {5}
C: We komen met een man of 60 {5}
B: Koffie is geregeld {5}
~
A: Goede avond gehad, al was het fel {5}
B: Wat waren de punten? {5}
A: Dat je dode mensen ruikt, wat niet klopt, en dat de dijk te smal is voor de stoeten {5}
C: Die dijk is echt te smal, er kunnen geen twee auto's langs elkaar {5}
A: De aanvrager kijkt naar een inrit via de achterkant {5}
C: Wij blijven bezwaar maken, we gaan naar de raad {5}
A: Dat is jullie recht {5}
""",
    ),
    Chat(
        "Crematoruim advies",
        "ruimte",
        "2025-05-02 11:00",
        ["Verkeersadviseur Ronald Kuiper", "Projectleider Ruimte Noor Visser"],
        """
A: Verkeerstoets voor de ovens op de Rogatweg gedaan {5}
B: Uitkomst? {5}
A: 35 ritten per uitvaart, maximaal 3 per dag, dus 105 extra bewegingen {5}
B: Kan de dijk dat aan? {5}
A: Met twee passeerstroken wel, die moet de aanvrager aanleggen {5}
B: Neem ik op als voorwaarde {5}
""",
    ),
    Chat(
        "Avond 4daagse 2025",
        "samenleving",
        "2025-05-21 17:00",
        [
            "Voorzitter Avondvierdaagse Meppel Gert",
            "Evenementen Tom Hidding",
            "Veiligheidsregio Drenthe Sandra",
        ],
        """
A: Het KNMI heeft zojuist code oranje afgegeven voor onweer tussen 19.00 en 22.00 {6}
C: Dan adviseren wij om niet te starten {6}
A: De 5 en 10 km zijn al om 18.00 vertrokken {6}
B: Hoeveel kinderen lopen er nu? {6}
A: Ongeveer 900 {6}
C: Haal ze terug naar het sportpark, zet de bussen in {6}
A: We sturen een sms naar alle groepsleiders {6}
B: Ik bel de wethouder {6}
~
A: Iedereen was om 19.25 binnen, twee kinderen kwijt die later bij een oma bleken te zitten {6}
B: Pff {6}
A: De medaille telt gewoon, deze avond geldt als gelopen {6}
C: Goed besluit {6}
~
A: Vanavond de intocht, muziekkorps staat om 20.00 op de Markt {6}
B: Politie zet de Hoofdstraat af {6}
A: PHOTO "Welkom thuis wandelaars! Avondvierdaagse Meppel 2025. Intocht 20.30 uur" {6}
""",
    ),
    Chat(
        "Verkeersregelaars",
        "samenleving",
        "2025-05-23 10:00",
        ["Evenementen Tom Hidding", "Voorzitter Avondvierdaagse Meppel Gert"],
        """
A: Ik kreeg drie klachten van ouders over de oversteek bij de Hesselerweg {6}
B: Wat was er? {6}
A: Er stond woensdag niemand toen het onweer kwam, kinderen staken zelf over {6}
B: Twee van onze mensen zijn in hun auto gaan zitten, die hebben dat verkeerd gedaan {6}
A: Zijn ze wel gecertificeerd? {6}
B: Ja, allemaal met de e-learning van de politie {6}
A: Volgend jaar een instructie voor noodweer toevoegen {6}
B: Komt in het draaiboek {6}
~
A: Een ouder heeft ook een klacht bij de Nationale ombudsman aangekondigd {6}
B: Echt? {6}
A: Ik denk dat het overwaait, ik bel hem {6}
""",
    ),
    Chat(
        "Eelde 11 juli",
        "onderwijs",
        "2025-07-10 16:00",
        [
            "Leerplichtambtenaar Arjen Bos",
            "Marechaussee Groningen Airport Eelde Wachtcommandant",
            "Leerplichtambtenaar Yvonne Stoker",
        ],
        """
A: Morgen zijn we er om 5.30 met twee mensen {7}
B: Meld je bij de balie van de KMar, jullie krijgen een hesje {7}
C: Welke vluchten? {7}
B: Antalya 6.50, Palma 7.20, Heraklion 8.05 {7}
A: Die pakken we {7}
~
A: AUDIO {7}
C: Kort samengevat voor het dossier? {7}
A: 4 gezinnen uit Meppel, 2 met verlof, 2 zonder {7}
C: Pv's? {7}
A: 2 processen verbaal, 3 kinderen in totaal {7}
B: Goede samenwerking, volgend jaar weer {7}
""",
    ),
    Chat(
        "Luxe verzuim scholen",
        "onderwijs",
        "2025-06-02 09:00",
        [
            "Leerplichtambtenaar Yvonne Stoker",
            "Directeur OBS De Wheem Anita",
            "Directeur CBS Het Palet Jan-Willem",
        ],
        """
A: Beste directeuren, wil je de verlofaanvragen voor de week voor de zomervakantie aan mij doorgeven? {7}
B: Bij ons 6 afgewezen, 2 ouders hebben gezegd dat ze toch gaan {7}
A: Die 2 wil ik hebben, met de brief die je stuurde {7}
C: Wij hebben er 4 afgewezen, 1 gezin heeft een doktersverklaring gegeven voor een reis naar familie {7}
A: Een doktersverklaring is geen gewichtige omstandigheid tenzij het om de ouders gaat {7}
C: Ik stuur hem door {7}
~
B: Die 2 waren er op vrijdag niet {7}
A: Dank. Ik nodig ze uit voor een gesprek {7}
B: Een van de ouders belde me boos, ze zei dat de school haar heeft verklikt {7}
A: Verwijs haar naar mij {7}
""",
    ),
    Chat(
        "Ouder bezwaar pv",
        "onderwijs",
        "2025-07-21 11:00",
        ["Leerplichtambtenaar Yvonne Stoker", "Teamleider Onderwijs Carla Veenstra"],
        """
A: De vader van Eelde heeft gelijk, de school had zijn verlof goedgekeurd maar niet vastgelegd {7}
B: Dan trekken we het in {7}
A: Ik bel de officier, het pv is nog niet verstuurd {7}
B: En excuses {7}
A: Mail gaat vandaag {7}
~
A: Pv ingetrokken, vader bedankte {7}
B: Goed afgehandeld {7}
""",
    ),
    Chat(
        "Shisha lounge Kruisstraat",
        "veiligheid",
        "2025-05-20 08:00",
        ["Adviseur OOV Peter Zuidema", "Burgemeester Marga Boersma", "Jurist Hans van der Laan"],
        """
A: Marga, vannacht het incident bij de lounge. Twee gasten met een CO vergiftiging in het Isala {8}
B: Hoe gaat het met ze? {8}
A: Stabiel, een van hen heeft in de drukkamer gezeten {8}
B: Wat kunnen we doen? {8}
C: Sluiting op grond van artikel 2:30 APV, wegens gevaar voor de gezondheid, direct {8}
B: Doen. Hoe lang? {8}
C: 3 maanden is gebruikelijk bij een eerste keer {8}
B: Akkoord {8}
~
C: Besluit is getekend, gaat om 14.00 op de deur {8}
A: Ik heb de exploitant gebeld, hij was woedend {8}
~
C: Voorlopige voorziening: de rechter wil weten of er een herstelplan is {8}
A: De exploitant heeft een offerte voor afzuiging en CO-melders ingediend {8}
C: Dan kan de rechter zeggen dat het na herstel weer open mag {8}
B: Dat is prima, als het maar veilig is {8}
~
C: Uitspraak: sluiting blijft, maar 6 weken in plaats van 3 maanden als de afzuiging er is {8}
B: Geaccepteerd {8}
""",
    ),
    Chat(
        "CO meting Kruisstraat 8",
        "veiligheid",
        "2025-07-01 10:00",
        ["Brandweer Preventie Arno Scholten", "Toezichthouder Bouw Esmee Vink"],
        """
A: Nieuwe afzuiging gecontroleerd, kolenhok nu buiten met eigen kanaal {8}
B: CO-melders? {8}
A: Vier, gekoppeld. Meting 4 ppm bij volle bezetting {8}
B: Dat is goed. Rapport naar OOV? {8}
A: Vanmiddag {8}
B: PHOTO "Rookruimte shisha. Max 30 personen. CO-melder niet afdekken" {8}
B: Dit bordje hangt nu binnen {8}
""",
    ),
    Chat(
        "Jury cultuur prijs",
        "samenleving",
        "2025-06-04 14:00",
        ["Cultuurbeleid Marloes Veen", "Juryvoorzitter Hilda Drenth"],
        """
A: Hilda, de krant heeft een vraag over een van de juryleden {9}
B: Ik weet het, hij heeft me gebeld. Hij voelt zich heel ongemakkelijk {9}
A: Heeft hij gestemd voor De Spiegelzaal? {9}
B: Ja, maar het was 4 tegen 1, het maakte niet uit {9}
A: Het gaat om de schijn {9}
B: Dat begrijp ik. Hij trekt zich terug {9}
~
B: Nieuwe beraadslaging gehad met vier leden {9}
A: En? {9}
B: Het Reestkoor {9}
A: Oei. Dat wordt lastig voor De Spiegelzaal {9}
B: Ze waren al ingelicht, dat is het nare eraan {9}
~
A: Ik heb De Spiegelzaal gebeld, ze zijn teleurgesteld maar begrijpen het {9}
B: Ik stuur ze een persoonlijke brief {9}
""",
    ),
    Chat(
        "Prijsuitreiking 20 juni",
        "samenleving",
        "2025-06-18 11:00",
        ["Cultuurbeleid Marloes Veen", "Evenementen Tom Hidding", "Stagiair Lars"],
        """
A: Vrijdag de uitreiking in de bibliotheek, 19.30 {9}
B: Geluid en licht geregeld {9}
C: Hoeveel gasten? {9}
A: 120 uitnodigingen, de wethouder reikt uit {9}
C: PHOTO "Meppeler Cultuurprijs 2025 winnaar Het Reestkoor" {9}
C: Zo goed voor het doek? {9}
A: Ja, maar pas vrijdag ophangen, de naam is nog geheim {9}
~
A: Mooie avond, de wethouder heeft de ophef genoemd in haar speech {9}
B: Kwam er nog iemand van De Spiegelzaal? {9}
A: Ja, de voorzitter. Sportief {9}
""",
    ),
    Chat(
        "Reglement juryleden",
        "samenleving",
        "2025-07-14 10:00",
        ["Cultuurbeleid Marloes Veen", "Jurist Hans van der Laan"],
        """
A: Na het gedoe wil ik het reglement van de prijs aanpassen {9}
B: Wat wil je erin? {9}
A: Een verklaring vooraf van elk jurylid over banden met de inzenders {9}
B: Goed. En een wisselregeling met een reservelid {9}
A: Neem ik over {9}
""",
    ),
    Chat(
        "Kerkgracht kade",
        "openbare_ruimte",
        "2025-03-18 09:00",
        [
            "Projectleider Civiel Ruud Boonstra",
            "Constructeur Ingenieursbureau Lindeboom Sietse",
            "Wijkploeg Centrum Bert Lanting",
        ],
        """
A: Sietse, wanneer heb je de duikersrapportage? {10}
B: Vrijdag. Maar ik kan al zeggen dat 9 van de 14 palen aangetast zijn {10}
A: Dus ook de rest van de muur is een risico? {10}
B: Het stuk tussen nummer 10 en 20, ja {10}
C: Moeten er meer hekken? {10}
A: Ja, verleng de afzetting tot nummer 20 {10}
~
B: Advies: muur afbreken en opnieuw opbouwen op een betonnen plaat met stalen buispalen {10}
A: Kosten? {10}
B: 480.000 inclusief de bestrating {10}
A: Hoe lang? {10}
B: 4 maanden, en het water moet tijdelijk dicht met een damwand {10}
C: De bewoners gaan klagen over het geluid van het trillen {10}
B: Drukken in plaats van trillen, dat is stiller {10}
~
C: PHOTO "Kademuur Kerkgracht Herstelwerkzaamheden september t/m december 2025" {10}
C: Bord voor de bewoners staat {10}
A: Mooi {10}
""",
    ),
    Chat(
        "Verzakking kade bewonersbrief",
        "openbare_ruimte",
        "2025-03-20 14:00",
        ["Omgevingsmanager Linda Koopman", "Projectleider Civiel Ruud Boonstra"],
        """
A: Concept bewonersbrief: de kade muur tussen 10 en 20 verzakt, niet parkeren, stoep blijft begaanbaar aan de huiszijde {10}
B: Zet er ook in dat we metingen doen aan de gevels {10}
A: Waarom? {10}
B: Als de huizen ook op oude palen staan, kunnen ze meebewegen {10}
A: Dat maakt mensen ongerust {10}
B: Liever nu dan later {10}
~
A: Brief is bezorgd aan 22 adressen {10}
B: Dank. Bewonersavond 3 april {10}
~
A: Bewonersavond: 35 mensen, vragen vooral over schade aan hun huis {10}
B: Nulmeting aan alle gevels, dan kun je later schade aantonen {10}
""",
    ),
    Chat(
        "Krediet kademuur",
        "bedrijfsvoering",
        "2025-05-06 09:30",
        ["Controller Sietske Wijma", "Projectleider Civiel Ruud Boonstra"],
        """
A: Voor het raadsvoorstel: wat is het totaal? {10}
B: 480.000 herstel, 40.000 onderzoek, 30.000 onvoorzien {10}
A: 550.000 dus {10}
B: Kunnen we iets dekken uit het MJOP kunstwerken? {10}
A: 150.000, de rest uit de algemene reserve {10}
~
A: Raad heeft het krediet Kerkgracht goedgekeurd {10}
B: Aanbesteding kan de deur uit {10}
""",
    ),
    Chat(
        "HAP nachtdienst",
        "samenleving",
        "2025-04-28 09:00",
        [
            "Beleidsadviseur Zorg Rik Janssen",
            "Directeur Huisartsenzorg Drenthe Marianne",
            "Wethouder Annelies van Dijk",
        ],
        """
A: Dank voor het gesprek vanochtend. Kunt u de cijfers van de nachtdiensten delen? {11}
B: Zeker. In 2024 waren er in Meppel 2.190 nachtelijke consulten, 6 per nacht gemiddeld {11}
C: En wat gebeurt er met de mensen die niet kunnen rijden? {11}
B: Er blijft een visiterende arts rijden voor de regio, met een auto vanuit Hoogeveen {11}
C: Hoe snel is die er? {11}
B: Binnen 45 minuten in 95% van de gevallen {11}
C: Dat vind ik te lang {11}
~
B: Het bestuur besluit 15 juni {11}
C: Wij hebben een brief gestuurd met onze zorgen {11}
B: Ontvangen, en gedeeld met het bestuur {11}
~
B: Het bestuur stelt de sluiting 's nachts uit tot 1 januari en laat een onderzoek doen {11}
C: Dat is winst {11}
A: Ik zet het in een raadsinformatiebrief {11}
""",
    ),
    Chat(
        "Huisartsen post petitie",
        "bestuur",
        "2025-06-12 12:00",
        ["Bodedienst Gerda", "Griffiemedewerker Sanne Kroeze", "Comité Zorg Dichtbij Bart"],
        """
C: Wij willen donderdag de handtekeningen aanbieden aan de raad {11}
B: Prima, in de pauze van de vergadering, om 20.45 {11}
C: Hoeveel mensen mogen er mee? {11}
B: 10 in de zaal, de rest in de hal {11}
A: Ik zet een tafel neer {11}
~
C: PHOTO "Huisartsenpost Meppel open! 24 uur per dag, 7 dagen per week. 6.812 handtekeningen" {11}
C: Dit spandoek nemen we mee {11}
B: Mag, maar niet in de zaal {11}
""",
    ),
    Chat(
        "Motie HAP",
        "bestuur",
        "2025-06-17 16:00",
        [
            "Fractievoorzitter CDA Hendrik",
            "Fractievoorzitter PvdA Esther",
            "Raadsadviseur Daan Timmer",
        ],
        """
A: Tekst van de motie: verzoekt het college om met de zorgverzekeraar en de huisartsen te zoeken naar behoud van de nachtdienst in Meppel {11}
B: Wij willen er ook in dat de raad per kwartaal wordt geïnformeerd {11}
A: Goed, nemen we op {11}
C: Let op: de gemeente gaat niet over de huisartsenzorg, de motie moet een verzoek zijn {11}
A: Is het nu {11}
~
B: Medeindieners: alle fracties behalve de VVD {11}
A: Die stemt voor maar dient niet mede in {11}
""",
    ),
    Chat(
        "Juridische zaken weekoverleg",
        "bedrijfsvoering",
        "2025-06-23 13:00",
        [
            "Jurist Hans van der Laan",
            "Jurist Mariska Dijkstra",
            "Bezwaarcommissie secretaris Bram Scholten",
            "Teamleider Juridisch Nel Haverkamp",
        ],
        """
D: Ronde langs de dossiers
A: Shisha: zitting morgen in Groningen, verweer is ingediend {8}
D: Kans? {8}
A: De sluiting zelf houdt, over de duur twijfel ik {8}
B: Bootje Stoombootkade: de eigenaar betaalt in termijnen, eerste termijn binnen {2}
D: Geen bezwaar tegen de kostenverhaalbeschikking? {2}
B: Nee, termijn is verlopen {2}
C: Bezwaarcommissie: 14 bezwaren tegen de aanslag toeristenbelasting, allemaal van campings {3}
D: Allemaal dezelfde brief? {3}
C: Ja, van een adviesbureau. Hoorzitting in september {3}
A: Crematorium: als het besluit er is, verwachten we beroep bij de rechtbank {5}
D: Door de buurtgroep? {5}
A: Ja, die heeft al een advocaat {5}
B: Verder nog een WOB-verzoek van een journalist over de cultuurprijs {9}
D: Woo bedoel je. Wat wil hij? {9}
B: Alle mails over de jury en het jurylid dat zich terugtrok {9}
D: Afdeling Cultuur inschakelen, termijn 4 weken {9}
C: Arbeidszaak ontslag buitendienst loopt nog
D: Volgende week verder
~
A: Shisha uitspraak is binnen: sluiting blijft, 6 weken {8}
D: Prima, dan is het klaar {8}
A: Tenzij hij in hoger beroep gaat {8}
""",
    ),
    Chat(
        "Team Sociaal Domein beleid",
        "samenleving",
        "2025-05-12 09:00",
        [
            "Beleidsadviseur Zorg Rik Janssen",
            "Beleidsadviseur Jeugd Mirthe Lok",
            "Beleidsadviseur Wmo Frits Harmsen",
            "Teamleider Sociaal Domein Jolien Kroes",
        ],
        """
D: Maandagstart. Wat speelt er?
A: De huisartsenpost, ik heb een memo geschreven voor het college {11}
D: Kern? {11}
A: We gaan er niet over, maar de toegankelijkheid van zorg is wel een gemeentelijk belang. Wij kunnen lobbyen bij Zilveren Kruis {11}
C: Voor ouderen die alleen wonen is 's nachts naar Hoogeveen een drempel {11}
A: Dat staat erin, en de mantelzorgers {11}
B: Jeugd: de wachtlijst bij de jeugd-ggz is 14 weken
D: Nog steeds
B: Leerplicht vraagt of wij iets weten van gezinnen die op vakantie gaan voor de zomer {7}
D: Waarom zouden wij dat weten? {7}
B: Via de wijkteams soms, maar dat mogen we niet doorgeven {7}
D: Nee, privacy {7}
C: Wmo: 45 nieuwe aanvragen huishoudelijke hulp
~
A: Update huisartsenpost: er komt een petitie van een comité uit de binnenstad {11}
D: Tekenen wij als ambtenaren? {11}
A: Privé mag je doen wat je wil {11}
C: Ik heb al getekend {11}
""",
    ),
    Chat(
        "Bommelding stadhuis",
        "veiligheid",
        "2025-02-11 10:20",
        ["Receptie Ingrid Vos", "Facilitair Manager Bas Lammers", "Adviseur OOV Peter Zuidema"],
        """
A: Er belde net iemand die zei dat er een bom in het stadhuis ligt
B: Ontruimen, nu. BHV inschakelen
C: Politie is gebeld, zij beoordelen de dreiging
B: Iedereen staat op het verzamelpunt bij de kerk
~
C: Politie heeft het gebouw doorzocht met een hond, niets gevonden
B: Iedereen mag weer naar binnen
A: Nummer van de beller is bekend bij de politie, een scholier
C: Aangifte wordt gedaan
""",
    ),
    Chat(
        "Sloepverhuur Stadsgracht",
        "ruimte",
        "2025-04-08 11:00",
        ["Vergunningverlener Koen Drijfhout", "Ondernemer Sloepverhuur Meppel Patrick"],
        """
B: Ik wil 6 elektrische sloepen verhuren vanaf de Stadsgracht
A: Daar heeft u een ligplaatsvergunning voor nodig en een omgevingsvergunning voor de steiger
B: Wat kost dat?
A: Leges ongeveer 900 euro, en de precario voor de ligplaatsen
B: Kan het voor de zomer?
A: Als de aanvraag compleet is binnen 8 weken
~
B: Aanvraag ingediend
A: Ontvangen, ik kijk er deze week naar
""",
    ),
    Chat(
        "Parkeertarieven 2026",
        "bedrijfsvoering",
        "2025-09-15 10:00",
        ["Parkeerbeleid Anton Kremer", "Beleidsadviseur Jelle de Wit", "Centrummanager Ellen Vos"],
        """
A: Voorstel: het uurtarief in de binnenstad van 2,00 naar 2,40
B: Dat is een verhoging van 20%, dat moet in de belastingverordening parkeren
C: De winkeliers zijn er fel tegen, ze zeggen dat de klanten naar Zwolle gaan
A: In Zwolle is het 3,20
C: Toch, ze willen een gesprek met de wethouder
B: Plan ik in
""",
    ),
    Chat(
        "Lekkage sporthal De Vledder",
        "bedrijfsvoering",
        "2025-01-20 08:00",
        ["Beheerder Sporthal Jan Wolters", "Bouwkundige Theo Hulst"],
        """
A: Na de regen van het weekend staat er een plas op het veld van zaal 2
B: Waar komt het vandaan?
A: Een lichtstraat in het dak, de kit is los
B: Ik stuur de dakdekker, zaal 2 vandaag dicht
~
B: Kit vervangen, droog
A: Vloer is wel kromgetrokken op een stuk van 2 meter
B: Dat laat ik opnemen voor het onderhoudsplan
""",
    ),
    Chat(
        "Condoleance",
        "bedrijfsvoering",
        "2025-05-26 12:00",
        [
            "Teamleider Monique Lubbers",
            "Vergunningverlener Esther Smid",
            "Jurist Hans van der Laan",
        ],
        """
A: Verdrietig bericht: de vader van Koen is zaterdag overleden
B: Wat naar. Weet je wanneer de uitvaart is?
A: Vrijdag om 11.00 in het crematorium in Zwolle, daarna koffie
C: Ik ga mee, wie rijdt er?
B: Ik, ik heb plek voor drie
A: Ik bestel een bloemstuk namens het team
""",
    ),
    Chat(
        "Sponsorloop scholen",
        "onderwijs",
        "2025-04-10 09:00",
        ["Teamleider Onderwijs Carla Veenstra", "Directeur OBS De Wheem Anita"],
        """
B: Op 25 april hebben we een sponsorloop voor het nieuwe schoolplein, rondjes rond het park
A: Leuk. Moet er een vergunning?
B: Nee, het is in het park, alleen de oversteek bij de Wheemlaan
A: Zet er een paar ouders met hesjes neer als verkeersregelaars
B: Doen we. Als het onweert, verplaatsen we het
~
B: Opbrengst 4.300 euro
A: Gefeliciteerd
""",
    ),
    Chat(
        "Ziekteverzuim buitendienst",
        "bedrijfsvoering",
        "2025-06-02 14:00",
        ["HR Adviseur Marleen Post", "Teamleider Buitendienst Bert Lanting"],
        """
A: Het verzuim in je team is 9,4%, het hoogste van de organisatie
B: Drie langdurig zieken, met rugklachten
A: De bedrijfsarts wil de werkplekken laten beoordelen
B: Prima, en ik wil een controle bij de kortdurende meldingen op maandag
A: Dat is een gevoelig punt, daar moet de OR van weten
""",
    ),
    Chat(
        "CO-melders voorlichting",
        "veiligheid",
        "2025-10-06 10:00",
        ["Brandweer Preventie Arno Scholten", "Communicatie Fatima Bakker"],
        """
A: In de week van de brandveiligheid willen we aandacht voor koolmonoxide bij cv-ketels en houtkachels
B: Social posts?
A: Ja, en een actie met gratis CO-melders voor 200 huishoudens in Koedijkslanden
B: PHOTO "Koolmonoxide ruik je niet. Hang een CO-melder. Brandweer Drenthe"
A: Mooi ontwerp
""",
    ),
    Chat(
        "Sportverkiezing 2025",
        "samenleving",
        "2025-01-08 09:00",
        ["Sportconsulent Danny Kuik", "Cultuurbeleid Marloes Veen"],
        """
A: De jury van de sportverkiezing heeft de winnaars gekozen
B: Wie?
A: Sportvrouw: een judoka, sportman: een schaatser, ploeg: de handbaldames
B: Uitreiking?
A: 24 januari in de schouwburg, met een prijs van 500 euro per categorie
B: Kan ik de prijs voor de cultuurscholier tegelijk doen?
A: Is goed
""",
    ),
    Chat(
        "Terras Kerkgracht",
        "ruimte",
        "2025-02-14 11:00",
        ["Vergunningverlener Koen Drijfhout", "Horeca Café De Kade eigenaar Sander"],
        """
B: Ik wil mijn terras uitbreiden met 4 tafels langs het water
A: Aan de Kerkgracht? Daar is de stoep maar 2,5 meter
B: Er blijft 1,5 meter over voor voetgangers
A: Dan kan het, aanvraag terrasvergunning via de site
~
A: Vergunning verleend, tot 23.00 uur
B: Dank
""",
    ),
    Chat(
        "Huisartsenpraktijk De Wheem",
        "ruimte",
        "2025-08-20 09:00",
        ["Verkeersadviseur Ronald Kuiper", "Huisartsenpraktijk De Wheem praktijkmanager Ria"],
        """
B: Onze patiënten kunnen niet parkeren sinds de herinrichting van de Wheemlaan
A: Hoeveel plekken waren er?
B: 12, nu nog 5
A: Ik kijk of we er 2 invalidenplaatsen bij kunnen maken
B: Graag, vooral de ouderen hebben er last van
""",
    ),
    Chat(
        "Microfoons raadzaal",
        "bedrijfsvoering",
        "2024-11-04 10:00",
        ["Griffier Wilma Hoekstra", "ICT AV Technicus Jorrit"],
        """
A: Bij de laatste vergadering vielen twee microfoons uit in de raadzaal
B: De batterijen van de draadloze set, ik vervang ze
A: Kunnen we naar een vaste set?
B: Ja, offerte volgt, ongeveer 18.000
A: Dat moet in de begroting van volgend jaar
""",
    ),
    Chat(
        "Zomerdijk riolering bewoners",
        "openbare_ruimte",
        "2025-02-17 09:00",
        ["Omgevingsmanager Linda Koopman", "Uitvoerder Riolering Jeroen Kok"],
        """
A: Vanaf maart wordt het riool in de Zomerdijk vervangen
B: Hoeveel woningen moeten afgekoppeld worden?
A: 64, we gaan bij iedereen langs
B: Bereikbaarheid met de auto?
A: Via de achterzijde, de bewoners krijgen een pas
~
A: Bewonersavond gehad, vooral vragen over de bomen
B: Die blijven staan
""",
    ),
    Chat(
        "Camping De Vlindertuin",
        "samenleving",
        "2025-08-04 10:00",
        ["Eigenaar Camping De Vlindertuin Joke", "Accountmanager Economie Wouter Bos"],
        """
A: Wouter, ik heb een vraag over de uitbreiding van mijn camping met 8 trekkershutten
B: Dat moet ik met ruimte bekijken, wat is het plan?
A: Achter op het veld, bij de bomenrij
B: Stuur een schets, dan doen we een vooroverleg
A: En over de toeristenbelasting: kan ik de hutten per nacht afrekenen en de vaste plekken forfaitair? {3}
B: Ja, zo staat het in de nieuwe verordening {3}
A: Dan pas ik mijn kassa aan {3}
""",
    ),
)
