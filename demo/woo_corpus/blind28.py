"""The TWENTY-EIGHTH BLIND relevance set (issue 17): new chats, requests and judgements.

Written as a Woo officer of gemeente Meppel would by a helper (branch bwoo28) BEFORE any measurement
on it, without reading the search code, the search tests or the synonym migrations; blind26.py was
read for the data format only, the earlier sets only for their request titles in RESULTS.md (so
that the subjects are new); blind27.py was not opened. Measured once on main's code after it was
committed. Same syntax as blind.py: `{n}` after a line marks the requests it is relevant to, `~`
starts the next day, `~ YYYY-MM-DD` moves the chat to that day, `PHOTO "text"` is a photo with
painted text, `AUDIO` a voice note. Generated filler (build.FILLER) is relevant to nothing. Names,
places, organisations, addresses, phone numbers and companies are made up.

The twelve requests and their queries were written first, from the request text only, before any
chat. Long team chats (the outdoor service, the KCC, public order and safety, youth care, sewerage,
the Kerkbrug project team, traffic, school housing, permits, the mayor's cabinet, enforcement,
economy and the city centre, the council's registry) carry a request's subject in a few lines among
other work; short chats answer without repeating the subject ("👍", "Ze tekenen!", "Hij hangt!",
"Verleend"); other words for the subject (kurkdroog, gieterzakken, watertank, watergeven,
onttrekkingsverbod, tuinslang, dood, verdorren; hartapparaat, buitenkasten, 6-minutenzones,
HartslagNu, burgerhulpverleners, pads, elektroden; Horizon, surseance, curator, gezinshuis,
overdragen, boedel, vordering, continuïteitsfonds; tunnel onder het spoor, pompkelder, noodpomp,
blank, wolkbreuk, aggregaat, accu, hoogwaterbord; brug, liggers, brugdek, meerwerk, doorvaart,
stremming, Zuiderbrug, krediet; units, tijdelijke lokalen, container-klas, CO2, ppm, luchtbehandeling,
Frisse Scholen; olielaag, diesel, smurrie, schermen, absorberend, overstort, wasplaats, kostenverhaal;
melkbus, bussen, knallen, jaarwisseling, oudjaar; windmolen, erfmolen, slagschaduw,
stilstandvoorziening, dB, zienswijzen; dokter, praktijk, opvolger, pensioen, waarnemer, LHV; laden
en lossen, leveranciers, ontheffing, bonnen, busjes, 11 uur; verzetsstrijders, longlist, openbare
ruimten, BAG, postcodes); abbreviations (OOV, KCC, GRIP, CO2, BAG, LHV, IHP, dB, MR); typos (carbidlokaties, Nijveen, vesntertijden, omleidng, failiet); 5
photos with text and 2 voice notes; and distractor chats that share words with requests but are
about something else (sprinklers of a sports field, a first-aid course, a bicycle shop's
bankruptcy, a mural in a bicycle tunnel, a rainbow flag and a Regenboog school, oil changes of the
fleet, fireworks litter, a storm, the flu shot of the staff, window sills of the town hall, a bent
street name sign, winter road gritting, the holiday schedule).

Judging rule (as the earlier sets): a message is relevant when a Woo officer would have to include
it to cover the request, also when it does not repeat the subject ("Akkoord", "👍"); a voice note
inside a relevant exchange is relevant. Lines of a relevant chat about something else carry no tag.

Counts (the filler fills every chat to its stated length): 54 chats of 10 to 240 messages, 4,223
messages (559 hand-written; 5 photos with text, 2 voice notes), 12 requests, 36 queries, 435
relevant messages, each relevant to one request, in 67 (chat, request) pairs; 41 chats relevant to
a request, 13 to none, 16 to several. Relevant messages (chats) per request: R1 35 (6), R2 37 (4),
R3 32 (4), R4 47 (7), R5 48 (7), R6 34 (4), R7 35 (7), R8 40 (6), R9 28 (5), R10 35 (6), R11 30
(5), R12 34 (6).
"""

from .build import Chat, Request

REQUESTS = (
    Request(
        1,
        "De droogte van de zomer 2025: het water geven van jonge bomen en nieuwe beplanting, het "
        "verbod op beregenen en sproeien, de meldingen van inwoners over verdroogd groen en de kosten.",
        ("droogte bomen water geven", "sproeiverbod", "jonge bomen water"),
    ),
    Request(
        2,
        "Het plaatsen van AED's in de gemeente (2025): de buitenkasten in de dorpen, de "
        "6-minutenzones, de gestolen en vernielde AED's, de vrijwilligers en de kosten.",
        ("aed", "aed plaatsing", "defibrillator"),
    ),
    Request(
        3,
        "Het faillissement van jeugdhulpaanbieder Horizonzorg Jeugd (2025): de overdracht van de "
        "jeugdigen naar andere aanbieders, de continuïteit van zorg, het contact met de curator en "
        "de financiële gevolgen voor de gemeente.",
        ("faillissement jeugdhulp", "horizonzorg", "jeugdzorg failliet"),
    ),
    Request(
        4,
        "De ondergelopen onderdoorgang aan de Eendrachtstraat na de hoosbui van juli 2025: de "
        "afsluiting, de vastgelopen auto's, de pompen, het contact met ProRail en de maatregelen "
        "daarna.",
        (
            "onderdoorgang ondergelopen",
            "onderdoorgang eendrachtstraat",
            "wateroverlast onderdoorgang",
        ),
    ),
    Request(
        5,
        "De renovatie van de Kerkbrug (2025): de planning en de vertraging, de omleiding van het "
        "verkeer, de stremming voor de scheepvaart, de klachten en de meerkosten.",
        ("renovatie kerkbrug", "kerkbrug omleiding", "kerkbrug meerkosten"),
    ),
    Request(
        6,
        "De noodlokalen voor basisschool De Regenboog (2025): de plaatsing, de vergunning, de "
        "vertraging, de klachten over ventilatie en temperatuur en de kosten.",
        ("noodlokalen regenboog", "noodlokalen", "ventilatie noodlokalen"),
    ),
    Request(
        7,
        "De olievervuiling in de Hoofdvaart (juni 2025): de melding, het leggen van oliescheidingsschermen, "
        "het opruimen, de dode vogels, het onderzoek naar de veroorzaker en het verhalen van de kosten.",
        ("olie hoofdvaart", "olielozing", "oliescherm"),
    ),
    Request(
        8,
        "Het carbidschieten rond de jaarwisseling 2024-2025: de ontheffingen, de locaties, de "
        "klachten van omwonenden, het toezicht en de evaluatie.",
        ("carbidschieten", "carbid ontheffing", "carbid klachten"),
    ),
    Request(
        9,
        "De aanvraag voor een windturbine op het erf van een boerderij aan de Oude Vaart (2025): de "
        "omgevingsvergunning, de bezwaren van buren over geluid en slagschaduw en het besluit.",
        ("windturbine", "windturbine vergunning", "windturbine bezwaar"),
    ),
    Request(
        10,
        "Het vertrek van de huisarts in Nijeveen (2025): de zoektocht naar een opvolger, de "
        "patiënten zonder huisarts, de praktijkruimte en de rol van de gemeente.",
        ("huisarts nijeveen", "huisartsenpraktijk nijeveen", "huisartsentekort"),
    ),
    Request(
        11,
        "De venstertijden voor vrachtverkeer in de binnenstad (2025): de invoering, de ontheffingen "
        "voor leveranciers, de handhaving, de klachten van ondernemers en de evaluatie.",
        ("venstertijden binnenstad", "vrachtverkeer binnenstad", "bevoorrading binnenstad"),
    ),
    Request(
        12,
        "De straatnamen voor het nieuwe deel van Nieuwveense Landen (2025): de voorstellen van de "
        "straatnaamcommissie, de inbreng van inwoners, het collegebesluit en de bezwaren.",
        ("straatnamen nieuwveense landen", "straatnaam", "straatnaamcommissie"),
    ),
)

CHATS = (
    Chat(
        "Buitendienst groen en wegen",
        "ruimte",
        "2025-04-07 07:10",
        ["Gerrit Bakker", "Lotte Kuipers", "Harm Dijkstra", "Sven Mulder"],
        """
A: Moi allemaal. Deze week de plantvakken bij de Eendracht aanvullen
B: Ik heb de heesters besteld, komen woensdag
~ 2025-06-02
C: Vanmorgen een olielaag gezien op de Hoofdvaart ter hoogte van de Galgenkampsbrug, regenboogkleuren over de hele breedte {7}
A: Direct het waterschap bellen. En niet zelf proberen te scheppen {7}
C: Gebeld, ze komen met schermen {7}
D: Stinkt ook behoorlijk, diesellucht {7}
~
C: 2 eenden onder de smurrie bij de Kaai, dierenambulance komt {7}
A: Zet ze in de melding erbij, de omgevingsdienst wil alles weten {7}
~ 2025-06-23
A: Het is kurkdroog. Vanaf morgen de watertank op de trekker, alle aanplant van dit jaar eerst {1}
B: Hoeveel bomen zijn het? {1}
A: 312 jonge bomen, plus de nieuwe hagen in Koedijkslanden {1}
D: Gieterzakken liggen nog in de loods, 80 stuks {1}
A: Die om de bomen langs de Stationsweg. Die staan vol in de zon {1}
~
B: Ronde Stationsweg gedaan, 200 liter per boom, zakken gevuld {1}
A: 👍 {1}
~ 2025-07-01
D: Lindes in de Schoolstraat laten blad vallen in juli. Niet goed {1}
A: Extra beurt geven. Die moeten we niet kwijtraken {1}
~ 2025-07-16
C: Alles staat blank bij de onderdoorgang, er staat een auto tot de ramen in het water {4}
A: Hekken erbij, politie is er al? {4}
C: Ja, ze leiden om via de Zuiderweg. Pompen van de tunnel slaan niet aan {4}
A: Ik bel Van Dam voor de noodpomp {4}
~
C: Noodpomp draait sinds 03.00, nog 40 cm {4}
A: Voor de spits open? {4}
C: Nee vergeet het maar. Modder op het wegdek, moet eerst geveegd {4}
C: Eendrachtstraat weer open om 11.20, veegwagen is geweest {4}
A: Mooi werk mannen {4}
~ 2025-07-28
B: Watergeven gaat nu 3x per week. Inhuur loonbedrijf Brouwer met tweede tank {1}
A: Kosten? {1}
B: €68 per uur incl tank, schatting 90 uur {1}
A: Akkoord, boeken op onderhoud groen {1}
~ 2025-08-12
D: Weer geen druppel. 14 bomen in Berggierslanden zijn dood, bladeren bruin en knisperen {1}
A: Noteren voor inboet in november {1}
~ 2025-09-15
B: Eindelijk regen. Watertank kan van de trekker {1}
A: Eindstand droogte: 17 bomen vervangen, 210 uur watergeven {1}
~
D: Bank in het Wilhelminapark weer beklad
A: Graffitiploeg inplannen
""",
        240,
    ),
    Chat(
        "Watergeven Koedijkslanden",
        "ruimte",
        "2025-07-03 06:45",
        ["Harm Dijkstra", "Lotte Kuipers"],
        """
A: Ik begin vandaag aan de Lariksweg met de tank, daarna de hagen {1}
B: Ok. Let op de knotwilgen bij de vijver, die zijn van vorig jaar {1}
A: Die hangen slap ja. Krijgen er allemaal 150 l {1}
~
A: Klaar. Tank 3 keer gevuld bij de brandkraan, heb het aan Vitens doorgegeven {1}
B: 👍 {1}
""",
        12,
    ),
    Chat(
        "KCC terugbelverzoeken",
        "bedrijfsvoering",
        "2024-12-02 08:30",
        ["Naomi Hulst", "Joyce Prins", "Bram Lensink"],
        """
A: Goedemorgen, vandaag druk verwacht, de aanslagen zijn binnen
B: Koffie staat
~ 2024-12-23
B: Meneer uit de Blankenstein belt: buurman schiet al de hele week met een melkbus, hij wil weten of dat mag {8}
A: Alleen met ontheffing en alleen 31 december op de aangewezen plekken. Stuur door naar OOV {8}
~ 2025-01-02
C: 6 klachten over knallen oudjaar bij de Zuideinde, paarden in de wei in paniek {8}
A: Zet ze allemaal in één zaak voor de evaluatie {8}
~ 2025-06-03
B: Mevrouw belt over olie op het water bij de Kaai, ze ziet dode vissen {7}
A: Is al bekend, het waterschap is bezig. Zeg dat we het volgen {7}
~ 2025-06-26
C: Twee mensen vragen of ze hun gazon mogen sproeien met de tuinslang {1}
A: Van de gemeente mag het, het verbod gaat over oppervlaktewater uit sloten. Leidingwater mag {1}
C: Ok en de boer die uit de Reest pompt? {1}
A: Dat is waterschap, doorverwijzen {1}
~ 2025-07-17
B: Veel vragen waarom de Eendrachtstraat dicht is {4}
A: Tekst voor de website: wegens water onder het spoor afgesloten, omleiding via Zuiderweg {4}
~ 2025-08-05
C: Mevrouw in Nijveen: haar dokter stopt en ze vindt geen nieuwe. Vraagt wat de gemeente doet {10}
A: Doorzetten naar Lieke van zorg, die heeft een lijstje met praktijken die nog inschrijven {10}
~ 2025-08-19
B: Weer een Nijeveen. Man van 84, krijgt zijn medicijnen niet meer herhaald {10}
A: Ook naar Lieke, en noteer het als spoed {10}
~ 2025-10-07
C: Vraag van de bakker in de Woldstraat: mag zijn leverancier nog om 12 uur lossen? {11}
A: Nee, vanaf 1 oktober tot 11.00. Hij kan een ontheffing aanvragen via het formulier {11}
~ 2025-11-18
B: Iemand wil weten waarom zijn nieuwe straat naar een verzetsman heet en niet naar een boer {12}
A: Verwijs naar de raadsinformatiebrief over de namen {12}
""",
        220,
    ),
    Chat(
        "Wethouder buitenruimte",
        "bestuur",
        "2025-03-03 08:00",
        ["Wethouder Ten Have", "Gerrit Bakker", "Eline Vos"],
        """
A: Goedemorgen. Ik wil vrijdag langs bij de Kerkbrug
C: Staat in je agenda om 10 uur
~ 2025-03-14
A: Ik hoor dat de aannemer rot hout onder het brugdek heeft gevonden? {5}
B: Klopt. Drie van de vijf langsliggers moeten eruit, dat zat niet in het bestek {5}
A: Wat betekent dat voor de planning? {5}
B: Minimaal 6 weken later klaar. Eind juni in plaats van half mei {5}
A: Dat gaat de ondernemers niet leuk vinden. Stuur me een memo {5}
~ 2025-04-02
C: Memo Kerkbrug ligt in je postvak. Meerwerk €186.000 {5}
A: Dat moet naar de raad, het krediet is op {5}
~ 2025-06-24
A: Krijg vragen over de bomen die verdorren langs de Stationsweg. Wat doen we? {1}
B: Wekelijks water, extra ploeg ingehuurd. Ik stuur je de planning {1}
A: Graag, dan kan ik het in het vragenuur zeggen {1}
~ 2025-07-18
A: Wat een ellende gisteren met die tunnel. Klopt het dat de pompen het niet deden? {4}
B: De pompkelder is van ProRail, maar de besturing van ons. Stroomstoring door de bliksem {4}
A: Ik wil een overzicht wie waarvoor verantwoordelijk is, ik heb overleg met ProRail op de 24e {4}
~
C: Overzicht taakverdeling pompkelder gemaakt, ligt bij je {4}
A: Dank {4}
~ 2025-09-01
A: Gaat de fietsstraat Hoofdstraat nog dit jaar?
B: Ja, na de bouwvak
""",
        180,
    ),
    Chat(
        "Sproeiers sportpark Ezinge",
        "samenleving",
        "2025-02-10 10:00",
        ["Piet Koster", "Rianne Bos"],
        """
A: De beregeningsinstallatie van veld 3 is stuk gevroren
B: Balen. Wie moet dat maken, wij of de club?
A: Installatie is van ons. Ik vraag een offerte
~ 2025-03-04
A: Offerte nieuwe sproeiers €4.200, pomp kan blijven
B: Akkoord, voor de competitie klaar?
A: Ja, eind maart
""",
        40,
    ),
    Chat(
        "OOV team",
        "veiligheid",
        "2024-11-18 09:00",
        ["Marleen Schut", "Dennis Brouwer", "Yvonne Westra", "Koen Alberts"],
        """
A: Goedemorgen, overleg met de politie verplaatst naar donderdag
B: Ok
~ 2024-11-25
B: Aanvragen voor het carbidschieten: 7 tot nu toe, vorig jaar 9 {8}
A: Zelfde voorwaarden als vorig jaar? 75 meter van bebouwing, alleen 31/12 10-18 uur {8}
B: Ja, en nu ook verplicht een EHBO'er op het erf {8}
~ 2024-12-09
C: Aanvraag van de Jonge Boeren Rogat: ze willen met 30 bussen schieten aan de Rogatweg {8}
A: Te dicht bij de manege. Alternatief aanbieden, het weiland van Hulsman {8}
~ 2024-12-20
B: 8 ontheffingen verleend, 1 geweigerd (Koedijkslanden, te dicht bij de flats) {8}
A: Lijst naar de politie en de boa's {8}
~ 2025-01-02
D: Oud en nieuw rustig. Wel 14 meldingen over knallen, 9 bij de locatie Zuideinde, daar schoten ze door tot 21.00 {8}
A: Die ontheffinghouder een waarschuwing sturen, volgend jaar niet meer als het weer gebeurt {8}
D: Eén melkbus gesprongen in Broekhuizen, geen gewonden gelukkig {8}
~ 2025-01-20
C: Evaluatie jaarwisseling in concept. Hoofdstuk melkbussen apart? {8}
A: Ja, de raad vraagt er altijd naar {8}
~ 2025-02-17
B: Hartstichting heeft ons benaderd: ze willen de 6-minutenzones in het buitengebied dichter maken {2}
A: Wat vragen ze van ons? {2}
B: Dat we de kasten betalen. 12 buitenkasten, per kast €1.900 incl. apparaat {2}
A: Zet het op de lijst voor de voorjaarsnota {2}
~ 2025-05-06
C: Hartveilig Meppel meldt: AED bij de Ichtuskerk gestolen uit de kast {2}
A: Aangifte? {2}
C: Ja, door de koster. Kast was opengebroken {2}
~ 2025-05-14
B: Vervangend apparaat hangt er. Kast met pincode dit keer {2}
A: 👍 {2}
~ 2025-09-22
D: Woonwagenkamp overleg gaat niet door
A: Verzetten naar oktober
~ 2025-10-27
B: Aanvraagformulier carbid 2025 staat online, deadline 1 december {8}
A: Mooi {8}
""",
        240,
    ),
    Chat(
        "Dorpsbelang De Schiphorst",
        "samenleving",
        "2025-03-10 19:30",
        ["Anja Zwiers", "Frits Meinen", "Mirjam Oosting"],
        """
A: Vergadering van gisteren, notulen volgen
B: Dank Anja
~ 2025-04-14
B: Goed nieuws, de gemeente betaalt een AED-kast bij het dorpshuis {2}
C: Eindelijk! Als er hier wat gebeurt is de ambulance er pas na 15 min {2}
B: We moeten wel zelf 10 burgerhulpverleners zoeken die zich aanmelden bij HartslagNu {2}
A: Ik zet een oproep in de dorpskrant {2}
~ 2025-05-20
A: Al 7 aanmeldingen! En de cursus reanimatie is 12 juni in het dorpshuis {2}
C: Ik doe mee {2}
~ 2025-06-30
B: PHOTO "AED - Hier hangt een AED - 24/7 beschikbaar - Bel 112 - Code via meldkamer - Dorpsbelang De Schiphorst / Gemeente Meppel" {2}
B: Hij hangt! {2}
A: 🎉 {2}
C: 👏 {2}
~
A: Volgende keer de jeu de boules baan
""",
        50,
    ),
    Chat(
        "AED Rogat",
        "veiligheid",
        "2025-08-11 21:14",
        ["Koen Alberts", "Yvonne Westra"],
        """
A: Melding: het hartapparaat bij de sporthal Rogat is vernield, glas kapot en de elektroden eruit getrokken {2}
B: Ai. Camera daar? {2}
A: Nee. Ik laat hem morgen ophalen door de leverancier {2}
~
B: Leverancier zegt €1.150 voor nieuwe pads, glas en controle {2}
A: Doen. Dit mag niet lang zonder zitten {2}
B: Hangt er vrijdag weer {2}
""",
        10,
    ),
    Chat(
        "BHV gemeentehuis",
        "bedrijfsvoering",
        "2025-01-13 12:00",
        ["Carla Ruiter", "Tom Visser", "Ilse Mol"],
        """
A: Herhaling BHV is op 4 en 11 maart, graag inschrijven
B: Ik kan alleen de 11e
~ 2025-03-11
C: Goede training vandaag, reanimatie op de pop was best zwaar
A: Volgend jaar ook ontruimingsoefening erbij
~ 2025-04-02
B: Verbanddoos 2e verdieping is leeg
A: Bijgevuld
""",
        45,
    ),
    Chat(
        "Sociaal domein jeugd",
        "samenleving",
        "2025-01-06 08:30",
        ["Lieke Hoekstra", "Joost van Dijk", "Femke Wessels", "Ronald Geerts"],
        """
A: Gelukkig nieuwjaar allemaal. Wachtlijst jeugd-GGZ op de agenda van woensdag
B: 👍
~ 2025-03-17
C: Hoorde net van de regio: Horizonzorg Jeugd heeft surseance aangevraagd {3}
A: Wat? Hoeveel kinderen van ons zitten daar? {3}
C: 23 jeugdigen met een beschikking, waarvan 6 in een gezinshuis {3}
A: Direct een lijst maken. Die 6 gaan voor {3}
~ 2025-03-24
D: Horizon is failiet verklaard. Curator is mr. Stegeman uit Zwolle {3}
A: Regio belt met de curator morgen. We willen de zorg 3 maanden doorbetalen zodat niemand op straat staat {3}
B: Is daar budget voor? {3}
A: Regionaal is er het continuïteitsfonds. Ik zoek het uit {3}
~ 2025-04-07
C: Stand: 14 kids al overgedragen aan Trias Jeugdhulp, 6 gezinshuizen gaan mee naar Kompaan {3}
A: En de 3 die nog nergens zijn? {3}
C: Die zijn lastig, intensieve ambulante zorg. Gesprekken deze week {3}
~ 2025-04-28
C: Allemaal overgedragen 🙏 {3}
A: Super gedaan Femke {3}
~ 2025-05-12
D: Vordering bij de curator ingediend: €212.000 aan voorschotten die niet zijn besteed {3}
A: Kans dat we dat terugzien? {3}
D: Klein. Boedel is nagenoeg leeg {3}
~ 2025-08-04
B: Jeugdlintje nominatie binnen, leuk
A: Ja!
""",
        240,
    ),
    Chat(
        "Horizon overdracht gezinshuis",
        "samenleving",
        "2025-03-25 15:40",
        ["Femke Wessels", "Ingrid Kompaan"],
        """
A: Dag Ingrid, kunnen jullie de 6 gezinshuizen van Horizon per 1 april overnemen? {3}
B: In principe ja. Wel graag de dossiers vóór die tijd en een tarief voor de overbrugging {3}
A: Dossiers mogen we delen van de curator, ik stuur ze via Zivver {3}
B: Prima. Zijn de gezinshuisouders zelf al op de hoogte? {3}
A: Ja, die zijn al blij dat ze niet in de kou staan {3}
~ 2025-04-01
B: Alle 6 bij ons in dienst vanaf vandaag {3}
A: Fantastisch, dank {3}
""",
        14,
    ),
    Chat(
        "Wethouder zorg en jeugd",
        "bestuur",
        "2025-02-03 08:15",
        ["Wethouder Kroeze", "Lieke Hoekstra"],
        """
A: Lieke, hoe staat het met de cijfers jeugd 2024?
B: Overschrijding 1,2 mln, memo komt
~ 2025-03-18
A: Ik las in de krant over Horizon. Moet ik de raad informeren? {3}
B: Ja, liefst vandaag nog. Ik maak een concept raadsinformatiebrief: geen kind zonder hulp {3}
A: Goed. En ouders bellen die ongerust zijn? {3}
B: Wijkteams bellen alle 23 gezinnen {3}
~ 2025-04-29
B: Alle jeugdigen zijn bij een nieuwe aanbieder {3}
A: Wat een opluchting {3}
~ 2025-06-16
A: Er is een huisarts in Nijeveen die stopt, hoor ik op een verjaardag. Weet jij daarvan? {10}
B: Dokter Lanting gaat per 1 oktober met pensioen. Geen opvolger tot nu toe {10}
A: 2400 patiënten? Dat is een probleem {10}
B: Ik plan een overleg met de huisartsenkring en de zorgverzekeraar {10}
~ 2025-09-29
B: Goed nieuws: er is een opvolger, een duo van twee jonge huisartsen uit Groningen {10}
A: Top! Kunnen ze in het pand blijven? {10}
B: Daar wordt over gepraat met Vastgoed {10}
""",
        120,
    ),
    Chat(
        "Faillissement fietsenmaker Kerkstraat",
        "ruimte",
        "2025-05-05 11:00",
        ["Hester Pol", "Jan Wever"],
        """
A: Rijwielhandel Veenstra in de Kerkstraat is failliet, hoorde ik
B: Jammer, al 40 jaar daar
A: De curator vraagt of de huur van de opslag van de gemeente kan worden opgezegd
B: Ja, gewoon volgens het contract, 3 maanden
""",
        30,
    ),
    Chat(
        "Riolering en water",
        "ruimte",
        "2025-03-03 08:00",
        ["Wouter Lammers", "Sanne de Wit", "Erik Hof"],
        """
A: Camera-inspectie riool Oosterboer start maandag
B: Ok, bewoners zijn gebrieft
~ 2025-06-02
B: Waterschap vraagt of wij de olie bij de Kaai ook in de riolering zien. Kan het uit een overstort komen? {7}
A: Overstort 14 ligt daar in de buurt. Ik ga kijken {7}
~
A: Overstort 14 schoon. Maar in de regenwaterafvoer van het bedrijventerrein Oevers zit een dikke laag {7}
B: Dan komt het daar vandaan. Monster nemen? {7}
A: Gedaan, 2 potjes, naar het lab {7}
~ 2025-06-11
B: Lab: rode diesel, zelfde als in het water. Omgevingsdienst gaat de bedrijven langs {7}
~ 2025-07-17
C: Wat een nacht. 62 mm in 1 uur, de tunnel onder het spoor stond 1,60 m vol {4}
A: Waarom kon het water niet weg? {4}
C: Pompkelder kreeg geen stroom en de noodstroomvoorziening sloeg niet aan {4}
A: Dat is toch getest in april? {4}
C: Ja maar toen deed het aggregaat het wel. Accu leeg blijkbaar {4}
~ 2025-07-24
A: Advies voor na de zomer: alarm op de pompen naar onze storingsdienst, niet alleen naar ProRail {4}
C: En een hoogwaterbord bij de ingang {4}
A: Zet het in het plan van aanpak {4}
~ 2025-10-13
C: Waarschuwingsborden Eendrachtstraat geplaatst, knipperen bij 20 cm water {4}
B: 👍 {4}
~
A: Volgende week kolken zuigen in Haveltermade
""",
        200,
    ),
    Chat(
        "Crisisteam hoosbui 17 juli",
        "veiligheid",
        "2025-07-17 02:50",
        ["Marleen Schut", "Wouter Lammers", "Teun Hoving", "Eline Vos"],
        """
A: Regionaal actiecentrum vraagt of we een GRIP willen. Wat is de situatie? {4}
B: Tunnel Eendrachtstraat 1,5 m water, 2 auto's vast, bestuurders zelf eruit gekomen {4}
C: Brandweer heeft een man uit de tweede auto geholpen, onderkoeld maar ok {4}
A: Geen GRIP, wel OOV-piket. Houd me op de hoogte {4}
~
B: AUDIO {4}
B: Samengevat: pompen draaien, om 6 uur beoordeling of we de spits kunnen halen {4}
D: Persbericht: Eendrachtstraat afgesloten na wolkbreuk, volg de omleidingsborden {4}
A: Akkoord, versturen {4}
~
B: Auto's weggesleept, eigenaren krijgen de factuur van de berger {4}
A: Is dat zo? Check even met juridische zaken of we aansprakelijk zijn {4}
""",
        30,
    ),
    Chat(
        "ProRail contact Meppel",
        "ruimte",
        "2025-07-18 09:00",
        ["Wouter Lammers", "Margriet Tuin"],
        """
A: Margriet, kunnen we snel praten over de pompkelder bij de Eendracht? {4}
B: Ja natuurlijk. Volgens ons contract is de kelder van ons, de pompen en de kast van jullie {4}
A: Dat klopt niet helemaal, in het beheerconvenant van 2012 staat dat ProRail de noodstroom doet {4}
B: Ik zoek het op {4}
~ 2025-07-22
B: Je hebt gelijk, de accu is van ons. Excuses. We vervangen hem deze week {4}
A: Dank. Wil je ook een jaarlijkse test met ons samen? {4}
B: Akkoord, ik plan maart {4}
""",
        16,
    ),
    Chat(
        "Kunstwerk fietstunnel Stadsweide",
        "samenleving",
        "2025-05-12 14:00",
        ["Nadia Koning", "Bert Hamstra"],
        """
A: Het ontwerp van de muurschildering in de tunnel is klaar, kijk je mee?
B: Mooi! Wel minder donkere kleuren, het is daar al zo somber
A: Goed punt, ik geef het door aan de kunstenaar
~ 2025-06-20
B: Muurschildering af, opening 1 juli met de wethouder
A: Leuk, ik regel koffie
""",
        35,
    ),
    Chat(
        "Projectteam Kerkbrug",
        "ruimte",
        "2025-01-13 08:30",
        ["Eline Vos", "Ruud Schepers", "Anita Mulder", "Gerrit Bakker"],
        """
A: Kick-off renovatie Kerkbrug: start 3 februari, klaar 16 mei {5}
B: Omleidingsroute is door de verkeerscommissie goedgekeurd, via de Zuiderbrug {5}
C: Bussen van Qbuzz rijden om, ze willen 2 weken voor de start de borden {5}
~ 2025-02-03
B: Brug dicht sinds 7 uur, hekken staan {5}
A: Top. Borden omleiding ook bij de rotonde Zomerdijk? {5}
B: Ja, 4 stuks {5}
~ 2025-02-20
C: Veel klachten van de Kerkstraat: vrachtwagens rijden toch door de smalle straat omdat de navigatie dat zegt {5}
A: Extra bord "geen doorgaand verkeer" en de boa's vragen om te posten {5}
~ 2025-03-12
B: Slecht nieuws, onder het dek zijn 3 van de 5 liggers verrot {5}
A: Hoe lang extra? {5}
B: Aannemer zegt 6 weken, nieuwe liggers moeten gezaagd {5}
~ 2025-03-20
C: Vaarwegbeheerder wil weten tot wanneer de doorvaart gestremd is. Rondvaartbedrijf belt ook {5}
A: Tot 30 juni, zeg ze. Doorvaart tijdens het werk alleen op maandag {5}
~ 2025-06-27
B: PHOTO "BRUG WEER OPEN - Kerkbrug 30 juni - Dank voor uw geduld - Gemeente Meppel" {5}
A: Bord ophangen op beide kanten {5}
~ 2025-07-07
C: Eindafrekening: €612.000 begroot, €798.000 werkelijk. Verschil door de liggers en de langere omleiding {5}
A: Zo in de slotwijziging {5}
D: Prullenbakken aan de Kaai ook vervangen? Nee, ander project
""",
        160,
    ),
    Chat(
        "Aannemer brugdek",
        "ruimte",
        "2025-03-11 16:20",
        ["Ruud Schepers", "Marco Hendriks"],
        """
B: Ruud, dit moet je zien. Liggers zijn van binnen helemaal zacht, je steekt er een schroevendraaier in {5}
A: Ai. Alle vijf? {5}
B: Drie. De twee aan de westkant zijn nog goed {5}
A: Maak een meerwerkopgave, dan leg ik het voor {5}
~ 2025-03-13
B: Meerwerk: €148.000 voor liggers, €38.000 voor extra weken verkeersmaatregelen {5}
A: Ontvangen, gaat morgen naar de wethouder {5}
~ 2025-06-30
B: Laatste coating erop, vanmiddag gaat het hek weg {5}
A: 👌 {5}
""",
        20,
    ),
    Chat(
        "Rondvaart Meppel",
        "ruimte",
        "2025-03-21 10:05",
        ["Anita Mulder", "Hilde Rondvaart"],
        """
B: Ik hoor dat de brug pas eind juni klaar is. Dan mis ik april, mei en juni. Dat kost me mijn seizoen {5}
A: Dat begrijp ik. Op maandag kunt u er wel door, de ponton gaat dan opzij {5}
B: Maandag vaar ik niet. Kan het in het weekend? {5}
A: Ik vraag het aan de aannemer {5}
~ 2025-03-26
A: Aannemer kan zaterdag 9-12 uur de doorvaart open maken, vanaf 5 april {5}
B: Daar kan ik mee leven. Bedankt {5}
~ 2025-08-15
B: Mag ik bij het stadsfeest een extra tocht varen?
A: Ja, meld het bij evenementen
""",
        20,
    ),
    Chat(
        "Verkeer en mobiliteit",
        "ruimte",
        "2025-01-06 09:00",
        ["Paul Jager", "Sanne Kroes", "Ruud Schepers"],
        """
A: Verkeerstellingen 2024 zijn binnen
B: Stuur maar
~ 2025-01-27
C: Omleidng voor de Kerkbrug: tijdelijke verkeerslichten bij de Zuiderbrug nodig? {5}
A: Nee, tellingen zeggen dat het met een rotonde-voorrang lukt {5}
~ 2025-02-24
A: Na 3 weken omleiding: file in de spits op de Zuiderbrug, 8 min vertraging {5}
C: Dan toch de lichten, ik huur ze in {5}
~ 2025-05-19
B: Concept verkeersbesluit venstertijden binnenstad is klaar. Laden en lossen 6.00-11.00 {11}
A: Zonder uitzondering voor elektrische busjes? {11}
B: Zero-emissie mag de hele dag, dat wil de wethouder {11}
~ 2025-06-30
B: Verkeersbesluit gepubliceerd, 6 weken ter inzage {11}
~ 2025-09-29
B: Borden bij de 5 ingangen geplaatst, palen bij de Kaai en het Zuideinde {11}
A: Kenteken-camera's? {11}
B: Niet dit jaar, eerst met boa's {11}
~ 2025-11-10
A: Telling fietsstraat Hoofdstraat loopt
""",
        160,
    ),
    Chat(
        "Onderwijshuisvesting",
        "samenleving",
        "2025-01-13 09:00",
        ["Jolanda Meester", "Thijs Boerma", "Anke Poort"],
        """
A: IHP-overleg met de schoolbesturen is op 4 februari
B: Ik maak de agenda
~ 2025-02-10
B: Stichting Promes vraagt tijdelijke huisvesting voor De Regenboog, ze groeien met 2 groepen door Nieuwveense Landen {6}
A: Noodlokalen op het schoolplein? Past dat? {6}
B: Twee units, ja. Het speelplein wordt dan wel kleiner {6}
A: Laat Promes een offerte opvragen, wij betalen volgens de verordening {6}
~ 2025-03-24
C: Offerte tijdelijke lokalen: 2 klaslokalen plus toilet, huur 5 jaar, €312.000 {6}
A: Ok, voorstel naar het college {6}
~ 2025-04-15
C: College akkoord. Plaatsing voor de zomervakantie {6}
~ 2025-07-21
B: De units zijn nog niet geleverd, leverancier heeft een tekort aan kozijnen {6}
A: Na de vakantie dan? Dat wordt krap {6}
B: Eerste 2 weken les in het dorpshuis {6}
~ 2025-09-08
B: Units staan, lessen begonnen 👍 {6}
~ 2025-09-29
C: Directeur klaagt: 28 graden in groep 4, ramen kunnen niet open, ventilatie maakt herrie {6}
A: De lokalen voldoen aan Frisse Scholen klasse B, zei de leverancier. Meten! {6}
C: CO2-meter heeft 1800 ppm gemeten om 11 uur {6}
A: Dan moet de leverancier terugkomen {6}
~ 2025-10-20
C: Ventilatie-unit vervangen, nu onder de 900 ppm {6}
A: Mooi {6}
~
B: Gymzaal De Wenakker: dak lekt weer
A: Doorsturen naar Vastgoed
""",
        200,
    ),
    Chat(
        "Directie De Regenboog",
        "samenleving",
        "2025-07-21 13:00",
        ["Anke Poort", "Marjolein Smeenk"],
        """
B: Net gehoord dat de units er pas in week 37 zijn. Ik heb 54 kinderen zonder lokaal op 1 september {6}
A: Dat is heel vervelend. We hebben het dorpshuis voor 2 weken geregeld {6}
B: Oké, maar dan wil ik busjes, het is 1,2 km lopen met 6-jarigen {6}
A: Ik vraag leerlingenvervoer om dat te regelen {6}
~ 2025-09-30
B: PHOTO "Groep 4 - temp 28,5 C - CO2 1820 ppm - 11:05" {6}
B: Dit is niet te doen. Kinderen hebben hoofdpijn {6}
A: Leverancier komt donderdag {6}
~ 2025-10-21
B: Nieuwe ventilatie is een verademing, letterlijk 😅 {6}
A: Fijn om te horen {6}
""",
        22,
    ),
    Chat(
        "Ouderraad Regenboog",
        "samenleving",
        "2025-06-02 20:00",
        ["Sietske de Vries", "Mark Olthof", "Jeanet Kuiper"],
        """
A: Zomerfeest 4 juli, wie helpt?
B: Ik
C: Ik doe de limonade
~ 2025-09-10
B: Mijn zoon zit in de nieuwe container-klas. Hij zegt dat het er warm is en lawaaiig {6}
C: Bij ons ook. Kunnen we de gemeente mailen? {6}
A: Ik neem het mee naar de MR, de directie is er al mee bezig {6}
~ 2025-10-24
A: Update van de directie: de luchtbehandeling in de tijdelijke lokalen is vervangen {6}
B: Fijn {6}
""",
        40,
    ),
    Chat(
        "Regenboogvlag Coming Out Day",
        "bestuur",
        "2025-10-06 09:00",
        ["Eva Kleine", "Wethouder Kroeze"],
        """
A: Vrijdag 11 oktober hijsen we de regenboogvlag bij het stadhuis, wil je speechen?
B: Graag, 5 minuten
A: Leerlingen van de Regenboogschool in Haveltermade komen zingen
B: Leuk, wel tijdig klaar zijn ze, ik moet om 10 uur weg
""",
        20,
    ),
    Chat(
        "Vergunningen en toezicht",
        "ruimte",
        "2025-01-06 08:45",
        ["Petra Lok", "Sander Bosma", "Wendy Nijboer", "Anouk Broekman"],
        """
A: 28 aanvragen deze week
B: Ik pak de bijgebouwen
~ 2025-03-03
C: Aanvraag binnen: windturbine van 24 meter ashoogte, Oude Vaart 41, bij de melkveehouderij {9}
A: Past dat in het omgevingsplan? {9}
C: Nee, buitenplanse afwijking. Akoestisch onderzoek zit erbij {9}
~ 2025-04-14
D: Aanvraag tijdelijke lokalen De Regenboog, Commissie Ruimtelijke Kwaliteit heeft geen bezwaar {6}
A: Tijdelijk voor 5 jaar. Dat kan met een tijdelijke afwijking {6}
D: Verleend {6}
~ 2025-05-12
C: Buren van de molen bij de Oude Vaart hebben 4 zienswijzen ingediend: geluid en slagschaduw {9}
A: Laat de initiatiefnemer een stilstandvoorziening toevoegen, dat lost de schaduw op {9}
~ 2025-06-23
C: Stilstandvoorziening toegevoegd, geluid 41 dB op de gevel van nr 39, de norm is 47 {9}
A: Dan kunnen we verlenen {9}
~ 2025-07-07
C: Vergunning erfmolen verleend, gepubliceerd {9}
~ 2025-08-18
C: Bezwaar binnen van de buurman van nr 39 tegen de turbine, via een advocaat {9}
A: Naar de bezwaarcommissie {9}
~ 2025-09-01
B: Handhaving: bij de bouw aan de Vledderstraat staat een container op de stoep
A: Boa sturen
""",
        220,
    ),
    Chat(
        "Omgevingsdienst Drenthe toezicht",
        "ruimte",
        "2025-06-02 10:00",
        ["Hans Timmer", "Anouk Broekman", "Jelle Bos"],
        """
A: Melding olie in de Hoofdvaart ontvangen, we gaan samen met het waterschap kijken {7}
B: Wij hebben een monster uit de regenwaterafvoer van Oevers {7}
~ 2025-06-12
C: Diesel komt van een transportbedrijf aan de Mandemaat. Tank lekte bij de wasplaats, afvoer naar het hemelwaterriool {7}
A: Last onder dwangsom? {7}
C: Ja, en we verhalen de kosten van het opruimen bij hem. Waterschap doet hetzelfde {7}
~ 2025-07-02
B: Totaal kosten gemeente voor de olie: schermen, reinigen kade, uren buitendienst, €23.400 {7}
A: Ik stuur je een format voor het kostenverhaal {7}
~ 2025-07-30
C: Bedrijf heeft de tank vervangen, controle akkoord {7}
~ 2025-08-20
A: Geluidsmeting windturbine Oude Vaart: provincie vraagt of wij meekijken {9}
B: Nee, gemeente is bevoegd gezag, de omgevingsdienst adviseert alleen {9}
""",
        60,
    ),
    Chat(
        "Waterschap Drents Overijsselse Delta",
        "ruimte",
        "2025-06-02 08:12",
        ["Sanne de Wit", "Rens Kooistra"],
        """
B: Goedemorgen, wij leggen vandaag 2 absorberende schermen bij de Galgenkampsbrug en de Kaai {7}
A: Kunnen wij helpen? {7}
B: Jullie kademuur moet straks gereinigd, dat is jullie deel {7}
~ 2025-06-05
B: Schermen kunnen eruit, water is schoon. 300 liter diesel geschat {7}
A: Dank, geef je ons de rekening door voor het verhaal? {7}
~ 2025-06-24
B: Let op, vanaf morgen onttrekkingsverbod uit oppervlaktewater in ons gebied {1}
A: Dank. Wij halen ons water uit de brandkranen, niet uit de sloten {1}
B: Prima {1}
""",
        14,
    ),
    Chat(
        "Wagenpark onderhoud",
        "bedrijfsvoering",
        "2025-04-01 07:30",
        ["Rob Zandstra", "Gerrit Bakker"],
        """
A: Olie verversen bij de trekkers staat voor volgende week
B: Ook de kraanwagen?
A: Ja die ook. En de lekkende hydrauliekslang van de veegwagen
~ 2025-08-04
A: Werkplaats: olieafscheider moet geleegd, bijna vol
B: Bel Renewi
""",
        40,
    ),
    Chat(
        "Carbidclub Nijeveen",
        "veiligheid",
        "2024-11-20 19:00",
        ["Dennis Brouwer", "Albert Veenstra"],
        """
B: Goedenavond, wij willen weer schieten op het land van Kleine aan de Dorpsstraat. Zelfde als vorig jaar {8}
A: Dat kan, formulier invullen voor 1 december. Vergeet de toestemming van de grondeigenaar niet {8}
B: Hoeveel bussen mogen we? {8}
A: Maximaal 20 en alleen op 31 december tussen 10 en 18 uur {8}
~ 2024-12-18
A: Ontheffing is verstuurd per post {8}
B: Ontvangen, dank {8}
~ 2025-01-01
B: PHOTO "Carbidschieten Nijeveen 2024 - 18 bussen - Ontheffing nr 2024-0412 - Geen toegang voor publiek achter het lint" {8}
B: Mooie dag gehad, om 17.30 opgeruimd {8}
A: Goed zo, dank voor het netjes houden {8}
""",
        16,
    ),
    Chat(
        "Kabinet burgemeester",
        "bestuur",
        "2024-12-02 08:30",
        ["Burgemeester Hoekman", "Eva Kleine", "Marleen Schut"],
        """
A: Planning voor de nieuwjaarsreceptie?
B: 6 januari, 17 uur, schouwburg
~ 2024-12-10
C: Burgemeester, u moet nog tekenen voor de ontheffingen carbid {8}
A: Ik heb begrepen dat Koedijkslanden geweigerd is. Terecht? {8}
C: Ja, 40 meter van de flats. Te dichtbij {8}
A: Prima {8}
~ 2025-01-06
A: Iemand op de receptie klaagde over de knallen bij het Zuideinde tot 9 uur 's avonds {8}
C: Klopt, die krijgt een waarschuwing {8}
~ 2025-06-02
B: Straatnaamcommissie heeft de lijst voor Nieuwveense Landen fase 4 klaar {12}
A: Welk thema? {12}
B: Verzetsmensen uit Meppel en omgeving. 11 namen {12}
A: Zijn de families gevraagd? {12}
B: Bij 9 wel, 2 zoeken we nog {12}
~ 2025-07-08
B: Collegebesluit straatnamen op de agenda van dinsdag {12}
A: Akkoord {12}
~ 2025-09-15
B: Lintjesregen: 14 voordrachten
A: Mooi
""",
        150,
    ),
    Chat(
        "Handhaving boa's",
        "veiligheid",
        "2024-12-27 08:00",
        ["Koen Alberts", "Esther Nijland", "Ferry Mol"],
        """
A: Jaarwisseling: wie doet de ronde langs de carbidlokaties op 31 december? {8}
B: Ferry en ik. 8 locaties, we beginnen in Rogat {8}
~ 2024-12-31
C: Zuideinde: ze schieten met 3 bussen meer dan toegestaan. Aangesproken {8}
B: Broekhuizen: hekken staan, alles netjes {8}
~ 2025-10-01
A: Vanaf vandaag venstertijden in de binnenstad. Eerste 2 weken waarschuwen, geen bonnen {11}
B: Ok. Om 11.05 stond er al een vrachtwagen van de drankengroothandel in de Woldstraat {11}
C: Chauffeur zegt dat hij geen ontheffing wist. Flyer gegeven {11}
~ 2025-10-15
A: Vanaf nu bekeuren, €140 {11}
C: 3 bonnen vandaag, 2 pakketbezorgers en 1 bouwbus {11}
~ 2025-11-05
B: Parkeren op de invalideplaats bij het gezondheidscentrum, weer die witte Golf
A: Bon
""",
        160,
    ),
    Chat(
        "Vuurwerkafval opruimen",
        "ruimte",
        "2025-01-01 09:30",
        ["Gerrit Bakker", "Sven Mulder"],
        """
A: Ploeg om 10 uur aan het Kerkplein, veel rotzooi van de nacht
B: Ook een verbrande container bij de Blankenstein
A: Foto maken voor de verzekering
B: Gedaan. Rest van de pleinen om 14.00 klaar
""",
        25,
    ),
    Chat(
        "Windturbine Oude Vaart",
        "ruimte",
        "2025-02-14 11:30",
        ["Wendy Nijboer", "Jan Lubbers"],
        """
B: Goedemiddag, ik wil een windmolen op mijn erf plaatsen voor mijn melkveebedrijf. Wat moet ik aanleveren? {9}
A: Een akoestisch onderzoek, een slagschaduwberekening en een landschappelijke inpassing {9}
B: Gaat dat lukken voor de zomer? {9}
A: Als de aanvraag compleet is, 8 weken. Met zienswijzen langer {9}
~ 2025-05-13
B: Ik hoor dat de buren bezwaar hebben. Wat nu? {9}
A: We hebben u gemaild, een stilstandvoorziening erop. Dan draait hij niet als de zon op hun huis schijnt {9}
B: Kost €6.000 extra maar ok {9}
~ 2025-07-08
B: Dank voor de vergunning! {9}
A: Graag gedaan {9}
""",
        18,
    ),
    Chat(
        "Bezwaarschriftencommissie",
        "bestuur",
        "2025-01-14 09:00",
        ["Sandra Visser", "Gijs Hofman", "Nienke Boer"],
        """
A: Hoorzitting 28 januari, 3 zaken
B: Ik zit voor
~ 2025-08-20
C: Nieuw bezwaar: tegen de vergunning voor de windmolen aan de Oude Vaart. Gronden: geluid, waardedaling, slagschaduw {9}
A: Hoorzitting in oktober plannen {9}
~ 2025-10-14
B: Hoorzitting geweest. Advies: ongegrond, met wat extra voorschriften voor monitoring geluid {9}
A: Ok, ik schrijf het advies {9}
~ 2025-10-27
C: Bezwaar tegen de straatnaam "Jan Boerstraat": bewoner wil geen naam van een persoon op zijn adres {12}
A: Is hij belanghebbende? {12}
C: Nee, hij woont er nog niet, hij heeft een kavel gekocht. Wel belanghebbende eigenlijk {12}
A: Dan gewoon behandelen {12}
""",
        100,
    ),
    Chat(
        "Storm bomen oktober",
        "ruimte",
        "2025-10-23 06:10",
        ["Lotte Kuipers", "Harm Dijkstra"],
        """
A: Windkracht 9 vannacht, 6 bomen om in Oosterboer
B: Ik ga met de kettingzaag
A: Ook een tak op de auto bij de Reggersweg, verzekering erbij
B: Alles vrij om 11 uur
""",
        20,
    ),
    Chat(
        "Dorpshuis De Plataan Nijeveen",
        "samenleving",
        "2025-05-05 19:00",
        ["Gerda Snijder", "Harry Vos", "Lieke Hoekstra"],
        """
A: Jaarvergadering dorpshuis op 20 mei
B: Ik zorg voor de zaal
~ 2025-06-10
B: Iedereen heeft de brief gekregen dat dokter Lanting stopt? Ik ben er nog beduusd van {10}
A: Ja, en hij zegt er geen opvolger is. Wat moeten we doen met al die ouderen? {10}
C: De gemeente gaat met de huisartsen in de regio praten. Ik hou jullie op de hoogte {10}
~ 2025-08-14
A: Mijn moeder is naar de praktijk in Havelte gestuurd, maar die neemt niemand meer aan {10}
C: Dat weten we. Er wordt gezocht naar een tijdelijke oplossing met een waarnemer {10}
~ 2025-10-02
C: Vanaf 1 november zijn er twee nieuwe dokters in de praktijk aan de Hesselerweg, iedereen kan blijven {10}
B: 🙏🙏 {10}
A: Wat een goed nieuws {10}
~
B: Wie doet de bar op de bingoavond?
""",
        70,
    ),
    Chat(
        "Vastgoed gemeente",
        "bedrijfsvoering",
        "2025-02-03 08:45",
        ["Roel Kamp", "Ingeborg Hes"],
        """
A: Huurcontracten die aflopen in 2025: 9 stuks
B: Lijst sturen
~ 2025-07-14
A: De praktijk aan de Hesselerweg is van ons. Lanting heeft de huur per 1 oktober opgezegd {10}
B: Niet opnieuw verhuren tot er duidelijkheid is over een nieuwe dokter {10}
~ 2025-09-30
A: Nieuwe huurders: maatschap Nijeveen-Huisartsen, huur gelijk, 10 jaar {10}
B: Verbouwing? {10}
A: Kleine aanpassing, tweede spreekkamer. €18.000 ten laste van ons {10}
~ 2025-10-28
A: Dak gymzaal De Wenakker gerepareerd
""",
        60,
    ),
    Chat(
        "Griepprik personeel",
        "bedrijfsvoering",
        "2025-10-01 10:00",
        ["Carla Ruiter", "Tom Visser"],
        """
A: Griepprik op kantoor, 14 oktober, door de bedrijfsarts
B: Mooi, moet je je aanmelden?
A: Ja via intranet. Huisarts is niet nodig
""",
        20,
    ),
    Chat(
        "Economie en binnenstad",
        "ruimte",
        "2025-01-06 09:00",
        ["Hester Pol", "Jan Wever", "Sanne Kroes", "Marit Eshuis"],
        """
A: Gelukkig nieuwjaar, winkelleegstand 2024 is 6,8%
B: Beter dan landelijk
~ 2025-02-24
B: Ondernemers in de Kerkstraat klagen dat de klanten niet meer kunnen komen door de brug {5}
A: Ze kunnen via de Kaai. Wel een extra bord voor de winkels neerzetten {5}
~ 2025-04-07
C: Plan vesntertijden ligt bij het college. Uit de binnenstad vrachtwagens na 11 uur {11}
D: Horeca gaat moeilijk doen, hun bier komt altijd om 1 uur {11}
A: Dan met de brouwers een bundeling regelen. Ik bel Koninklijke Hanze {11}
~ 2025-05-12
D: Bijeenkomst met 40 ondernemers over laden en lossen. Gemengd. Supermarkt wil een ontheffing {11}
C: Ontheffingen alleen voor koelvracht en verhuizingen, is de lijn {11}
~ 2025-10-20
D: Na 3 weken: Jumbo en de Action hebben een ontheffing, 12 andere aanvragen afgewezen {11}
B: Veel boze mails {11}
A: Evaluatie in februari, dan kijken we naar 11.30 {11}
~ 2025-11-17
B: Lichtjesavond 28 november, vergunning loopt
""",
        200,
    ),
    Chat(
        "Ondernemersvereniging Binnenstad",
        "ruimte",
        "2025-09-15 17:00",
        ["Marit Eshuis", "Kees Langeveld", "Ria Bouma"],
        """
B: Vanaf 1 oktober moeten mijn leveranciers voor 11 uur binnen zijn. Mijn koffie komt uit Utrecht, dat haalt hij nooit {11}
A: U kunt een ontheffing aanvragen of afspreken met de leverancier {11}
C: Bij mij komen 6 busjes per dag. Moet ik zes keer ontheffing vragen? {11}
A: Nee, de ontheffing is voor het bedrijf dat levert {11}
~ 2025-10-06
B: Hij heeft een bon gehad. Ontheffing was aangevraagd maar nog niet binnen {11}
A: Zend me de bon, ik kijk met handhaving {11}
~ 2025-10-08
A: Bon wordt ingetrokken, excuses {11}
B: Dank {11}
""",
        30,
    ),
    Chat(
        "Vensterbanken stadhuis",
        "bedrijfsvoering",
        "2025-03-17 10:00",
        ["Ingeborg Hes", "Roel Kamp"],
        """
A: Vensterbanken in de raadszaal rot, schilder komt
B: Ook de kozijnen?
A: Alleen de binnenkant, buiten in 2026
""",
        20,
    ),
    Chat(
        "Straatnaamcommissie",
        "bestuur",
        "2025-02-17 16:00",
        ["Hennie Kramer", "Evert Slot", "Greet Lamberts", "Eva Kleine"],
        """
D: Welkom allemaal, opdracht: 11 namen voor fase 4 Nieuwveense Landen {12}
A: Thema voorstel: verzetsstrijders uit Meppel {12}
B: Of boerderijnamen uit het gebied, daar zijn er genoeg {12}
C: Stemmen we volgende keer over {12}
~ 2025-03-17
A: Verzet wint, 3-1. Ik maak een longlist {12}
~ 2025-04-14
A: Longlist 16 namen. Ook 3 vrouwen, dat was een wens van de raad {12}
B: Jan Boer, Roelie Oosting, Albertus Hekman zijn sterk {12}
~ 2025-05-12
D: Inwoners mochten ideeën geven: 48 reacties, veel vragen om Hendrika Smit {12}
A: Die staat erop 👍 {12}
~ 2025-05-26
D: Definitief 11 namen naar het college {12}
~ 2025-06-30
C: Wie neemt de bloemen mee voor Hennie?
""",
        60,
    ),
    Chat(
        "BAG adresbeheer",
        "bedrijfsvoering",
        "2025-07-01 09:00",
        ["Mieke Veen", "Alex Pruim"],
        """
A: Nieuwe openbare ruimten aanmaken voor Nieuwveense Landen? {12}
B: Nog niet, pas na publicatie van het besluit {12}
~ 2025-07-16
B: Besluit gepubliceerd. 11 nieuwe openbare ruimten, ingangsdatum 1 september {12}
A: Ingevoerd in de BAG. Huisnummers volgen {12}
~ 2025-08-04
A: PostNL vraagt de postcodes van de Hendrika Smitlaan, die zijn er nog niet {12}
B: Komt na de nummering {12}
~
A: Verhuizing server BAG op 14 augustus
""",
        40,
    ),
    Chat(
        "Historische Vereniging Meppel",
        "samenleving",
        "2025-03-20 14:30",
        ["Hennie Kramer", "Wim Pastoor"],
        """
A: Wim, weet jij nog meer over Roelie Oosting? Voor de straatnaam {12}
B: Ze heeft onderduikers verborgen op de boerderij aan de Oude Vaart. Ik heb een artikel uit 1985 {12}
A: Mooi, wil je het mailen? {12}
B: PHOTO "Meppeler Courant 4 mei 1985 - Roelie Oosting verborg 7 onderduikers - Nooit ontdekt" {12}
A: 😍 {12}
~ 2025-09-02
B: Open monumentendag, doe je mee?
A: Zeker
""",
        30,
    ),
    Chat(
        "Straatnaambord vernield",
        "ruimte",
        "2025-08-25 08:00",
        ["Sven Mulder", "Lotte Kuipers"],
        """
A: Bord Prinsengracht hangt scheef, iemand is ertegen gereden
B: Nieuw paaltje nodig?
A: Ja, en het bord zelf is ook verbogen. Bestellen
""",
        20,
    ),
    Chat(
        "Griffie raad",
        "bestuur",
        "2025-01-13 09:00",
        ["Carolien Dekker", "Bas Hoving", "Anna Bosch"],
        """
A: Agendacommissie donderdag
B: Ok
~ 2025-04-07
B: Raadsvoorstel aanvullend krediet renovatie Kerkbrug, €186.000, op de raadsagenda van mei {5}
C: Fractie VVD wil eerst technische vragen stellen {5}
A: Dan technische sessie 28 april {5}
~ 2025-05-22
B: Krediet Kerkbrug aangenomen, 19-6 {5}
~ 2025-06-26
C: Schriftelijke vragen D66 over droogte: waarom staan de nieuwe bomen in Koedijkslanden er dood bij? {1}
A: Beantwoording binnen 30 dagen {1}
~ 2025-07-25
B: Antwoord op de vragen over de droge bomen gestuurd {1}
~ 2025-09-18
C: GroenLinks wil een motie over de huisarts in Nijeveen, dat de gemeente grond beschikbaar stelt {10}
A: Dat is niet nodig meer, er komen twee dokters, zegt de wethouder {10}
C: Motie ingetrokken {10}
~ 2025-10-30
B: Motie over de erfmolens: minimale afstand tot woningen in het nieuwe omgevingsplan {9}
A: Die gaat over de nieuwe regels, niet over Oude Vaart? {9}
B: Aanleiding is wel Oude Vaart {9}
""",
        180,
    ),
    Chat(
        "Hartveilig Meppel",
        "veiligheid",
        "2025-03-03 11:00",
        ["Yvonne Westra", "Gijs Tabak", "Reina Prins"],
        """
B: Kaart van de AED's in Meppel bijgewerkt: 64 stuks, waarvan 22 niet 24/7 {2}
A: Welke 6-minutenzones zijn nog wit? {2}
B: Nijeveen-Noord, De Schiphorst, Broekhuizen en een deel van Rogat {2}
~ 2025-05-07
C: AUDIO {2}
C: Sorry dat ik spreek, zit in de auto. De kast bij de kerk is leeg, iemand heeft hem meegenomen {2}
A: Weet ik, politie is ingelicht {2}
~ 2025-07-01
B: 3 nieuwe kasten hangen: De Schiphorst, Broekhuizen, Rogat. Nijeveen-Noord in september {2}
A: Kosten tot nu? {2}
B: €5.700 gemeente, €1.200 sponsoren {2}
~ 2025-09-24
B: Nijeveen-Noord hangt, bij de supermarkt {2}
A: Alle zones gedekt? {2}
B: Ja! {2}
""",
        60,
    ),
    Chat(
        "Huisartsenkring Zuidwest-Drenthe",
        "samenleving",
        "2025-06-18 12:30",
        ["Lieke Hoekstra", "Dr. Mensink"],
        """
A: Dank voor het overleg. Samengevat: er is in de regio geen arts die de praktijk Nijeveen overneemt {10}
B: Klopt. We proberen het via de vacaturebank van de LHV. Een woning helpt enorm {10}
A: De gemeente kan helpen met een huurwoning en de praktijkruimte {10}
~ 2025-08-25
B: Er is interesse van twee jonge huisartsen uit Groningen, ze willen samen {10}
A: Geweldig. Wanneer kunnen ze kijken? {10}
B: 5 september {10}
~ 2025-09-26
B: Ze tekenen! {10}
A: 🎉 {10}
""",
        14,
    ),
    Chat(
        "Brandweer Meppel ploeg",
        "veiligheid",
        "2024-12-31 15:10",
        ["Teun Hoving", "Rik Veldman", "Jeroen Pals"],
        """
B: Carbid Broekhuizen: we staan stand-by bij de melkbus die gesprongen is, niemand geraakt {8}
A: Ontheffinghouder laat de rest van de bussen staan? {8}
B: Ja, ze stoppen ermee {8}
~ 2025-05-05
A: Oefenavond dinsdag, ademlucht
B: Ik ben er
~ 2025-06-02
C: Alarm: olie op het water Hoofdvaart, absorptiemiddel en schermen mee {7}
A: Waterschap is al ter plaatse, wij ondersteunen {7}
~
C: 40 meter scherm uitgelegd bij de Kaai, terug naar de kazerne {7}
~ 2025-07-17
A: Wolkbreuk, melding auto in het water in de tunnel Eendrachtstraat {4}
B: Bestuurder eruit gehaald via het dak, naar de ambulance. Hoofd boven water gehouden {4}
C: Tweede auto leeg {4}
~
A: Dompelpomp ingezet tot de gemeente met de grote pomp komt {4}
""",
        80,
    ),
    Chat(
        "Dierenambulance Meppel",
        "samenleving",
        "2025-06-02 12:40",
        ["Kim Lamberts", "Sanne de Wit"],
        """
A: We hebben 5 eenden en 2 zwanen uit de olie gehaald, ze gaan naar de vogelopvang in Assen {7}
B: Dank! Kunnen we de kosten krijgen? We verhalen ze op de vervuiler {7}
A: Stuur ik {7}
~ 2025-06-16
A: Twee eenden hebben het niet gehaald. De rest is vrijgelaten {7}
B: 😢 {7}
""",
        12,
    ),
    Chat(
        "Regen en gladheid wegen",
        "ruimte",
        "2025-01-08 05:30",
        ["Harm Dijkstra", "Gerrit Bakker"],
        """
A: Strooien vanaf 6 uur, ijzel
B: Ook de fietspaden naar de scholen
~ 2025-02-12
A: Pomp bij de fietsonderdoorgang Stadsweide maakt herrie
B: Monteur komt morgen
""",
        40,
    ),
    Chat(
        "Jeugdhulp declaraties",
        "bedrijfsvoering",
        "2025-04-14 10:00",
        ["Patrick Oost", "Femke Wessels"],
        """
A: Horizon heeft voor maart nog gedeclareerd, ruim €48.000. Betalen? {3}
B: Nee, alles via de curator. Zorg in maart is geleverd, dus wel een vordering van hen {3}
A: Ik zet het op de lijst voor de curator {3}
~ 2025-06-02
A: Declaraties iJW Trias liepen vast in het berichtenverkeer
B: Ik bel ze
""",
        60,
    ),
    Chat(
        "Vakantieplanning team",
        "bedrijfsvoering",
        "2025-04-01 09:00",
        ["Joyce Prins", "Naomi Hulst"],
        """
A: Vakantieplanning zomer: graag voor 15 april invullen
B: Ik wil week 30-32
A: Dan niet tegelijk met Bram
""",
        40,
    ),
)
