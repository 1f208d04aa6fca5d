"""The FORTY-THIRD BLIND relevance set (issue 17): new chats, requests and judgements.

Written as a Woo officer of gemeente Meppel would by a helper (branch wooblind43, 7 December 2026,
stop 53) BEFORE any measurement on it, without reading the search code (woo/**), the search tests,
the synonym migrations, RESULTS.md or any figures, and without running the relevance bench or any
search; blind42.py was read for the data format and the docstring shape only (none of its chats,
subjects, streets, names or requests is reused), build.py for the Chat and Request API and the
filler, the earlier sets only for their request descriptions and queries (printed from REQUESTS so
that the subjects are new; a grep for five candidate words also showed two chat lines of blind13
about a wasps' nest, after which a wasp theme was dropped). Not yet measured: the lead measures it
once on main's code. Same syntax as blind.py: `{n}` after a line marks the requests it is
relevant to, `~` starts the next day, `~ YYYY-MM-DD` moves the chat to that day, `PHOTO "text"` is
a photo with painted text, `AUDIO` a voice note. Generated filler (build.FILLER) is relevant to
nothing. Names, addresses, firms, associations, amounts and numbers are made up (so are
begraafplaats De Hulst, Stichting Moskee Al-Nour, IJs van Toon, Gelato Marco, Secura Toegang,
Groenwerk Dekker, basisschool De Klimop and the Pastoriestraat in Nijeveen); a few real
organisations (the EOD, the politie, the veiligheidsregio, Isala, RTV Drenthe, the Meppeler
Courant, Facebook) appear as they would in such chats.

The twelve requests and their queries were written first, from the request text only, before any
chat. Themes: leaf blowers of the outdoor service and the green contractor (R1), the hand grenade
that magnet fishers pulled from the Meppelerdiep at the Zwartewaterallee (R2), the request for an
Islamic burial section at cemetery De Hulst (R3), ice-cream vans with music in the residential
districts (R4), dirty sandpits with cat droppings and glass (R5), the crowing cockerels in a back
garden in Nijeveen (R6), the concrete road surface of the Rogatweg pushed up in the July heat
(blow-up) and the scooter rider who fell (R7), ragwort in the verges next to horse paddocks (R8),
the car that drove into the Heerengracht (R9), the new access-pass system of the town hall and the
depot (R10), the tractor pulling in Rogat (R11) and the children's tree huts that the outdoor
service took down (R12).

Long team chats (green, district maintenance, roads, cemeteries, public order and safety, events,
permits, the boa's, facilities, the ICT service desk, customer contact, communication, play
areas, traffic, the management team, the works council, the district teams Nijeveen, Rogat and
Koedijkslanden, environment and noise, the mayor's office, insurance and claims, ecology and
verges) carry a request's subject in a few lines among other work; short one-to-one chats answer
without repeating the subject ("Top", "Binnen", "Eindelijk", "Vooruit", "Doe ik", "Dank", "👍");
other words for the subjects (blazers, accublazers, benzineblazer, herrie machines, loeien, stof,
dB; explosief, munitie, Stielhandgranate, EOD, lint, afzetting, 100 meter, object; islamitisch
vak, Mekka, ruiming, grafrecht voor altijd, rituele wassing, aula, verordening; ijskar, ijsman,
deuntje, belletje, roze busje, ijshoorn, stapvoets, proces-verbaal; kattendrollen, poep, scherven,
speelzand, zeven, netten, afdekken; kreien, gekraai, hok verduisteren, buurtbemiddeling,
burenruzie; betonplaten, opbolt, bolling, richel, schans, voegen, dilatatievoegen, koud asfalt; gele
planten, giftig, maaisel, composteerder, hooi, uittrekken; te water, duikers, kraanwagen,
onderkoeld, redders, granieten palen, stadsgezicht; lezers op rood, certificaat, sleutel, zijdeur,
logs, FG, gekopieerde pas; pulling, sleepbaan, koppeling, kogelbout, uitloopzone, feesttent, was
onder het stof; hut, planken, spijkers, touw, huttenbos, huttenbouwweek, sjorringen); split forms
and compounds ("blad blazers", "hand granaat", "ijsco wagen", "toegangs pas", "tractor pulling",
"boom hut", "hutten bos", "zandbaknetten", "bermstroken"); Drents dialect ("Die hanen van de
buurman begunt al om vier uur te kreien", "Dat geele spul stiet overal in de kaante naost mien
wei"); abbreviations (EOD, APV, FG, dB(A), dB); typos
("bladblazr", "zanbak", "jakobskruiskuid"); 6 photos with text (the ragwort sign, the magnet
fishing leaflet, the vending permit, the Rogatweg closure, the pass failure notice, the hut wood sign)
and 4 voice notes (the magnet fisher, the neighbour at dawn, the rescuer, the tractor pulling
organiser); and distractor chats that share words with requests but are about something else
(leaf baskets, a cockerel for the petting farm, sandbags, a parking permit pass, a new mowing
tractor, the ice rink at the Christmas market, Arbor Day, pomegranates at the market) and lines
about other work in the team chats.

Judging rule (as the earlier sets): a message is relevant when a Woo officer would have to include
it to cover the request, also when it does not repeat the subject ("Top", "👍", "Binnen"); a voice
note inside a relevant exchange is relevant. Lines of a relevant chat about something else carry
no tag.

Counts (computed from CHATS with build.parse_script and build.with_filler; the filler fills every
chat to its stated length): 66 chats of 15 to 160 messages, 3,380 messages (534 hand-written; 6
photos with text, 4 voice notes), 12 requests, 36 queries, 449 relevant messages, each relevant to
one request, in 91 (chat, request) pairs; 58 chats relevant to a request, 8 to none, 18 to
several. Relevant messages (chats) per request: R1 37 (9), R2 45 (9), R3 38 (7), R4 39 (8),
R5 36 (7), R6 38 (7), R7 34 (6), R8 31 (6), R9 35 (10), R10 44 (7), R11 37 (7), R12 35 (8)."""

from .build import Chat, Request

REQUESTS = (
    Request(
        1,
        "Het gebruik van bladblazers door de buitendienst en de groenaannemer (najaar 2025): de "
        "klachten van inwoners over lawaai en stof, het verzoek om een verbod, de metingen en de "
        "overstap op elektrische bladblazers.",
        ("bladblazers klachten", "bladblazer lawaai verbod", "elektrische bladblazers"),
    ),
    Request(
        2,
        "De handgranaat die magneetvissers uit het Meppelerdiep bij de Zwartewaterallee haalden "
        "(mei 2025): de melding, de afzetting en de omwonenden, de Explosieven Opruimingsdienst "
        "en de regels voor magneetvissen.",
        ("handgranaat magneetvissers", "explosief meppelerdiep", "magneetvissen regels"),
    ),
    Request(
        3,
        "Het verzoek om een islamitisch grafveld op begraafplaats De Hulst (2025): het verzoek "
        "van de moskee, het overleg en de inspraak, de grafrechten voor onbepaalde tijd, de "
        "inrichting en de kosten.",
        (
            "islamitisch grafveld",
            "moskee begraafplaats verzoek",
            "grafrechten onbepaalde tijd",
        ),
    ),
    Request(
        4,
        "IJscowagens met muziek in de woonwijken (zomer 2025): de klachten van bewoners over de "
        "muziek en over het rijden tussen spelende kinderen, de ventvergunning en de afspraken met "
        "de ijsverkopers.",
        ("ijscowagen muziek klachten", "ventvergunning ijs", "ijscokar woonwijk"),
    ),
    Request(
        5,
        "Vieze zandbakken in speeltuinen en op schoolpleinen (2025): kattenpoep en glas in het "
        "zand, de klachten van ouders, het verversen en zeven van het zand en de netten over de "
        "bakken.",
        ("zandbak kattenpoep", "zand verversen speeltuin", "vieze zandbakken klachten"),
    ),
    Request(
        6,
        "De kraaiende hanen in een achtertuin aan de Pastoriestraat in Nijeveen (2025): de "
        "klachten van de buren over het vroege kraaien, de bemiddeling, de regels in de APV en "
        "het verzoek om handhaving.",
        ("haan kraaien overlast", "kippen achtertuin buren klacht", "handhavingsverzoek haan"),
    ),
    Request(
        7,
        "Het opgedrukte betonwegdek (blow-up) van de Rogatweg tijdens de hitte van juli 2025: de "
        "scooterrijder die ten val kwam, de afsluiting, het noodherstel, de controle van de andere "
        "betonwegen en de schadeclaim.",
        ("wegdek opgedrukt hitte", "betonweg rogatweg", "scooter gevallen weg hitte"),
    ),
    Request(
        8,
        "Jakobskruiskruid in de bermen naast paardenweides (zomer 2025): de klachten van "
        "paardenhouders over de giftige plant, het maaien en uittrekken, het bermbeheer en de "
        "vraag wie aansprakelijk is.",
        ("jakobskruiskruid bermen", "giftige plant paarden berm", "kruiskruid maaien"),
    ),
    Request(
        9,
        "De auto die in de Heerengracht reed (november 2025): de redding van de bestuurder, de "
        "inzet van de brandweerduikers, het bergen van de auto, en de vraag om een vangrail of "
        "paaltjes langs de kade.",
        ("auto te water heerengracht", "auto gracht bestuurder gered", "vangrail kade gracht"),
    ),
    Request(
        10,
        "Het nieuwe toegangssysteem met pasjes voor het stadhuis en de gemeentewerf (2025): de "
        "storing waardoor medewerkers niet binnen konden, de kwijtgeraakte en gekopieerde passen, "
        "de leverancier en de kosten.",
        ("toegangspassen stadhuis storing", "pasjes medewerkers niet binnen", "toegangssysteem"),
    ),
    Request(
        11,
        "De tractorpulling in Rogat (juni 2025): de evenementenvergunning, de klachten over "
        "geluid en stof, het ongeluk met een trekker bij de baan en de schade aan de weg en de "
        "berm.",
        ("tractorpulling rogat", "tractorpulling vergunning geluid", "ongeluk trekker evenement"),
    ),
    Request(
        12,
        "De weggehaalde boomhutten van kinderen in het bosje aan de Zuideinde en het Wilhelminapark "
        "(zomer 2025): de meldingen over onveilige hutten, het afbreken door de buitendienst, de "
        "reacties van ouders en kinderen en de plek waar wel hutten gebouwd mogen worden.",
        ("boomhutten weggehaald", "hutten kinderen bos gesloopt", "hutten bouwen plek"),
    ),
)


CHATS = (
    Chat(
        "Team groen",
        "openbare_ruimte",
        "2025-01-14 07:45",
        ["Hennie Brouwer", "Klaas Tuinman", "Esther Wieringa", "Ruben Post"],
        """
A: Snoeiplan voor de lindes aan de Dr. Larijweg ligt klaar
B: Hoogwerker is besteld voor februari
~ 2025-06-24
C: Paardenhouder aan de Nijeveense Bos belt: de berm langs zijn wei staat geel van het jakobskruiskruid {8}
A: Is dat die gele met de platte bloemschermen? {8}
C: Ja. Hij zegt dat het giftig is voor paarden en dat het in zijn hooi komt {8}
D: Klopt, vooral gedroogd eten ze het wel. Vers laten ze het meestal staan {8}
A: Trekken we het eruit of maaien? {8}
D: Vóór de zaadzetting maaien en het maaisel afvoeren, anders verspreid je het {8}
~ 2025-07-08
B: Boomhut in het bosje aan de Zuideinde, met spijkers en losse planken op 4 meter hoogte. Melding van een voorbijganger {12}
A: Kinderen zijn er toch altijd mee bezig? {12}
B: Deze is echt gammel, er hangt een touw aan de tak {12}
A: Maandag kijken en als het niet veilig is weghalen {12}
~ 2025-07-15
B: Hut is weg. Er stonden twee jongens te huilen {12}
C: Oei, dat gaat de buurtapp in {12}
~ 2025-08-04
D: Bermen in Rogat: kruiskruid is gemaaid, maaisel naar de composteerder, niet naar de boer {8}
~ 2025-09-29
A: Blad valt vroeg dit jaar, we beginnen volgende week met blazen {1}
~ 2025-10-09
B: Derde klacht over de bladblazers in Ezinge, mevrouw zegt dat we om half acht al staan te loeien {1}
A: We beginnen om half acht, dat is de werktijd {1}
C: Zullen we in de woonstraten pas om negen uur beginnen met de blazers? {1}
A: Goed idee, geef het door aan de ploegen {1}
~ 2025-10-21
D: De nieuwe accublazers zijn binnen, zes stuks, een stuk stiller {1}
B: Maar de accu is na anderhalf uur leeg {1}
D: Tweede set accu's ligt in de bus {1}
~ 2025-11-18
A: Kerstbomen voor de dorpen worden 5 december geplaatst
""",
        150,
    ),
    Chat(
        "Wijkbeheer buitendienst",
        "openbare_ruimte",
        "2025-01-20 07:30",
        ["Gerrit Mulder", "Anja Koopman", "Dennis Lambers", "Yvonne Smit"],
        """
A: Zoutvoorraad is aangevuld, 400 ton in de loods
B: Prima
~ 2025-04-14
C: Speeltuin Troelstrastraat: ouder meldt kattenpoep in de zandbak, de derde keer {5}
A: Zand zeven of helemaal verversen? {5}
C: Verversen, het is grijs en er zit ook glas in {5}
D: Zandbakken in Oosterboer zijn ook vies, die hebben geen net {5}
A: Ik maak een lijst, dan doen we ze in één ronde {5}
~ 2025-04-28
C: 11 bakken ververst, 38 kuub nieuw speelzand {5}
B: Netjes {5}
~ 2025-05-12
D: Bij de bak aan de Lijsterstraat weer poep, een dag na het verversen {5}
A: Daar moet een net overheen. Kijk of we die bij de leverancier kunnen bestellen {5}
~ 2025-07-16
B: Die hut aan de Zuideinde is gesloopt, wat doen we met het hout? {12}
A: Container op de werf {12}
B: Er lag ook een briefje van de kinderen: waarom? {12}
~ 2025-07-22
D: In het Wilhelminapark zitten ook drie hutten, laag bij de grond, gewoon takken {12}
A: Die laten staan, daar is niks mis mee {12}
~ 2025-08-25
C: Veegwagen gaat vrijdag extra door de Hoofdstraat
~ 2025-10-14
B: Bladblazers aan het Kerkplein om 8 uur, er komt een klacht van de bakker over het stof in zijn zaak {1}
A: Daar eerst vegen en daarna pas blazen {1}
~ 2025-12-02
D: Strooiroutes zijn vastgesteld
""",
        140,
    ),
    Chat(
        "Team wegen",
        "ruimte",
        "2025-01-08 08:00",
        ["Marco Zwiers", "Lisanne Vos", "Pieter Hofman", "Jeroen Kamphuis"],
        """
A: Scheurvulling in het fietspad Ommerweg staat voor maart
B: Aannemer heeft bevestigd
~ 2025-06-23
C: Rogat: na de tractorpulling ligt de Pullingweg vol klei en de berm is kapot gereden {11}
A: De organisatie zou het schoonmaken? {11}
C: Ze zijn bezig, maar de berm moet opnieuw ingezaaid {11}
A: Op hun kosten, staat in de vergunning {11}
~ 2025-07-02
D: Rogatweg ter hoogte van nummer 14: de betonplaten zijn omhoog gekomen door de hitte, wel 15 cm {7}
B: Een blow-up, dat heb je bij beton met 35 graden {7}
D: Er is een scooterrijder over gevlogen, ambulance is geweest {7}
A: Weg direct dicht, omleiding via de Havelterweg {7}
~ 2025-07-03
D: Noodherstel gedaan: platen eruit gezaagd, asfalt erin {7}
A: Top {7}
B: Zullen we de andere betonwegen ook nalopen? Dorpsweg, Kolderveense Dijk {7}
A: Ja, vandaag nog {7}
~ 2025-07-04
B: Kolderveense Dijk heeft één voeg die opbolt, afgezet met een bord {7}
~ 2025-08-19
C: Voegen van de Rogatweg worden in september opnieuw gezaagd met meer ruimte {7}
~ 2025-11-17
D: Gat in de kade aan de Heerengracht waar de auto erin ging, daar moet een stuk band terug {9}
A: Bestellen {9}
~ 2025-12-08
B: Wintercontract is getekend
""",
        130,
    ),
    Chat(
        "Begraafplaatsen",
        "openbare_ruimte",
        "2025-01-16 09:00",
        ["Trijntje Hof", "Bert Lenters", "Sanne de Wit"],
        """
A: Jaaroverzicht: 212 begravingen, 78 asbestemmingen
B: Bijna evenveel als vorig jaar
~ 2025-02-18
C: Brief van Stichting Moskee Al-Nour: ze vragen om een eigen islamitisch vak op De Hulst {3}
A: Dat is een serieus verzoek. Wat willen ze precies? {3}
C: Graven gericht op Mekka, geen ruiming, en begraven binnen 24 uur {3}
B: Geen ruiming betekent grafrechten voor onbepaalde tijd. Dat moet de raad regelen in de verordening {3}
A: Ik zet het op de agenda van de wethouder {3}
~ 2025-03-11
B: Er is ruimte aan de oostkant van De Hulst, achter de beukenhaag, ongeveer 120 graven {3}
C: Ligt dat goed voor de richting? {3}
B: Met de rijen schuin, ja {3}
~ 2025-05-06
A: Uitvaartverzorger vraagt of we op zaterdag kunnen begraven, voor een islamitische uitvaart {3}
B: Nu niet, maar het komt mee in het voorstel {3}
~ 2025-06-23
C: Schouw van de paden op Zomerdijk
~ 2025-09-30
A: Raad heeft ingestemd: islamitisch vak op De Hulst, grafrecht onbepaalde tijd, eenmalig 4.800 euro {3}
B: Mooi {3}
C: Inrichting met de moskee erbij, start november {3}
~ 2025-11-24
B: Hekwerk en poortje bij het nieuwe vak staan {3}
~ 2025-12-15
A: Kerststukjes op de graven: tot 15 januari laten liggen
""",
        120,
    ),
    Chat(
        "OOV",
        "veiligheid",
        "2025-01-07 08:30",
        ["Marieke Lubbers", "Johan Westerhof", "Aylin Demir", "Frank Oosting"],
        """
A: Evaluatie jaarwisseling gaat naar de driehoek
B: Concept staat in de map
~ 2025-05-17
C: Politie meldt: magneetvissers hebben bij de Zwartewaterallee een handgranaat uit het Meppelerdiep gehaald {2}
A: Is de EOD gebeld? {2}
C: Ja, die komen uit Assen. Politie zet 100 meter af, de kade is leeg {2}
B: Moeten de woningen aan de overkant ontruimd? {2}
C: Nee, EOD zegt ramen aan de waterkant dicht en binnen blijven {2}
~ 2025-05-18
C: EOD heeft hem meegenomen, oefengranaat was het niet. Wordt elders tot ontploffing gebracht {2}
A: Goed afgelopen. Willen we regels voor magneetvissen? {2}
B: In de APV staat niks. Andere gemeenten hebben een meldplicht {2}
~ 2025-06-02
B: Notitie magneetvissen: geen verbod, wel een folder met wat je moet doen als je iets vindt {2}
A: Akkoord, samen met communicatie {2}
~ 2025-06-21
D: Tractorpulling Rogat vandaag, 4.000 bezoekers verwacht {11}
~ 2025-06-22
D: Bij de tractorpulling is een trekker van de sleepbaan geraakt en tegen het hek gereden, twee toeschouwers licht gewond {11}
A: Wat zegt de organisatie? {11}
D: Kogelbout van de koppeling gebroken. Ze zijn daarna gestopt {11}
A: Ik wil een verslag voordat we volgend jaar weer een vergunning geven {11}
~ 2025-11-14
C: Auto te water in de Heerengracht vannacht, bestuurder eruit gehaald door twee voorbijgangers {9}
A: Hoe is het met hem? {9}
C: Onderkoeld naar Isala, verder goed {9}
B: Brandweer heeft met duikers gecontroleerd of er niemand meer in zat {9}
~ 2025-12-10
D: Oud en nieuw: vuurwerkvrije zones dezelfde als vorig jaar
""",
        160,
    ),
    Chat(
        "Evenementen",
        "economie",
        "2025-01-09 09:00",
        ["Wendy Schipper", "Arjen Roelofs", "Femke Bakker"],
        """
A: Aanvragen voor de zomer stromen binnen
B: Ik neem de dorpsfeesten
~ 2025-03-17
B: Aanvraag tractorpulling Rogat op 21 juni binnen, zelfde als in 2023 maar nu met een tweede baan {11}
A: Hoeveel bezoekers? {11}
B: 4.000, met een feesttent tot 1 uur {11}
C: Geluid dan wel begrenzen, vorige keer klachten uit de Oude Rogatweg {11}
~ 2025-04-22
B: Vergunning tractorpulling verleend, 85 dB(A) aan de gevel, einde trekkers om 22 uur {11}
~ 2025-06-23
C: Vier klachten over de pulling: geluid, stof op de was, en een trekker die door de berm reed {11}
A: Stofklacht is nieuw. Volgend jaar sproeien op de baan {11}
B: En het ongeluk zit al bij OOV {11}
~ 2025-07-14
A: Braderie Hoofdstraat loopt goed
~ 2025-08-11
C: Zomerfeest Oosterboer aangevraagd, met ijscowagen erbij
~ 2025-09-15
B: Evaluatie pulling gedaan met de organisatie: borgbedrag voor de berm, extra hek bij de baan {11}
A: 👍 {11}
""",
        120,
    ),
    Chat(
        "Vergunningen APV",
        "dienstverlening",
        "2025-01-13 08:30",
        ["Robin Meester", "Ineke Dolfing", "Hasan Yilmaz", "Chantal Kok"],
        """
A: Drank- en horecavergunningen: 14 verlengingen in januari
B: Ik neem de helft
~ 2025-05-26
C: Aanvraag ventvergunning: IJs van Toon wil met zijn ijscowagen door Haveltermade en Oosterboer rijden {4}
A: Venten mag tot 21 uur. En die muziek? {4}
C: Een belletje en een deuntje bij elke stop {4}
B: Geluid mag niet langer dan 10 seconden volgens de APV {4}
~ 2025-05-28
C: Ventvergunning ijs afgegeven met voorschriften: deuntje max 10 seconden, niet na 20 uur, stapvoets {4}
~ 2025-06-30
D: Tweede ijsverkoper vraagt ook een vergunning, Gelato Marco, voor Nieuwveense Landen {4}
A: Zelfde voorschriften {4}
~ 2025-07-21
D: Klachten binnen over de ijskar in de Lindenlaan: muziek elke vijf minuten {4}
B: Dat is tegen de voorschriften, ik bel hem {4}
~ 2025-08-13
A: Hanen: kunnen we daar iets mee in de APV? Buren in Nijeveen vragen om handhaving {6}
B: Geen hanenverbod in onze APV, alleen het algemene artikel over geluidhinder {6}
A: Dan wordt het lastig {6}
~ 2025-09-08
C: Standplaatsen voor de Koningsdag 2026 al aangevraagd
""",
        130,
    ),
    Chat(
        "Boa's",
        "veiligheid",
        "2025-01-06 07:00",
        ["Niels Hulshof", "Kelly Oldenhof", "Mustafa Arslan", "Petra Jager"],
        """
A: Rooster januari staat, dubbel bezet op vrijdagavond
B: Top
~ 2025-05-17
C: Wij staan bij de afzetting aan de Zwartewaterallee, er kwam een vrouw met een kinderwagen onder het lint door {2}
A: Terugsturen, de EOD is er nog niet {2}
C: Ze woont daar. Ik loop met haar om via de achterkant {2}
~ 2025-06-09
D: Nijeveen, Pastoriestraat: buurman belt om half vijf 's ochtends dat de haan weer kraait {6}
A: Daar kunnen wij om half vijf niks mee {6}
D: Ik heb gezegd dat hij overdag het wijkteam moet bellen {6}
~ 2025-07-24
B: IJscowagen Lindenlaan: hij reed met muziek door de straat met kinderen eromheen, ik heb hem aangesproken {4}
A: Was de muziek langer dan die 10 seconden? {4}
B: Bleef maar spelen. Eerste waarschuwing gegeven {4}
~ 2025-08-07
B: Tweede keer dezelfde ijsman, nu in de Merelstraat. Proces-verbaal {4}
A: Doorsturen naar vergunningen {4}
~ 2025-09-02
C: Fietsers op de Markt tijdens de markt, extra controle vrijdag
~ 2025-11-14
D: Wij regelen het verkeer bij de Heerengracht tot de auto eruit is {9}
A: Sterkte, het is koud {9}
""",
        140,
    ),
    Chat(
        "Facilitaire zaken",
        "bedrijfsvoering",
        "2025-01-06 08:00",
        ["Margreet Evers", "Sander Bosma", "Joyce Pieters", "Harry Nijboer"],
        """
A: Nieuwe toegangspassen: uitgifte vanaf 20 januari in de hal
B: Wie maakt de foto's?
A: Joyce, op afspraak
~ 2025-01-27
C: 312 passen uitgegeven, de oude sleutels van de werf worden ingeleverd {10}
~ 2025-03-03
D: Storing! Niemand komt het stadhuis in, de lezers bij de deuren staan op rood {10}
A: Leverancier is gebeld, Secura Toegang {10}
B: Ik zet de zijdeur open met de sleutel en iemand erbij, dan kunnen mensen erin {10}
D: Werf ook dicht, de buitendienst staat voor het hek {10}
A: Oorzaak: na de update van vannacht is het certificaat van de server verlopen {10}
C: Vanaf 10.40 uur werkt alles weer {10}
~ 2025-03-24
C: Al 17 passen kwijt gemeld sinds januari {10}
A: Kwijt is 25 euro voor de nieuwe, staat in de regeling {10}
~ 2025-04-14
B: Beveiliging ziet in de log dat een pas tegelijk op de werf en in het stadhuis werd gebruikt. Kopie? {10}
A: Pas blokkeren en de medewerker uitnodigen {10}
~ 2025-05-19
D: Koffieautomaten worden vervangen, de nieuwe kunnen ook havermelk
~ 2025-06-30
A: Factuur Secura: 64.000 euro voor de installatie, plus 3.200 euro voor de storingsdag die wij niet betalen {10}
B: Terecht {10}
~ 2025-10-06
C: Schoonmaak in de kerstweek alleen op maandag
""",
        140,
    ),
    Chat(
        "ICT servicedesk",
        "bedrijfsvoering",
        "2025-01-06 08:00",
        ["Tim van Leeuwen", "Nadia El Amrani", "Wim Drenth"],
        """
A: Windows-updates gaan dit weekend uit
B: Ik heb weekenddienst
~ 2025-03-03
C: Telefoon staat roodgloeiend: mensen kunnen niet inloggen op de pas én komen het gebouw niet in {10}
A: Inloggen met de pas is hetzelfde certificaat. Tijdelijk wachtwoord uitdelen {10}
B: 140 tickets in een uur {10}
~ 2025-03-04
A: Alles werkt weer. Certificaat verlengd en een melding ingesteld voor de volgende keer {10}
~ 2025-04-16
B: Nieuwe pas voor Harm van de werf aangemaakt, oude geblokkeerd {10}
~ 2025-06-10
C: Nieuwe printers in het stadhuis, scannen naar mail werkt
~ 2025-09-22
A: Beeldschermen in de raadzaal worden vervangen
""",
        100,
    ),
    Chat(
        "Klantcontact KCC",
        "dienstverlening",
        "2025-01-07 08:15",
        ["Linda Hoekman", "Ramon de Groot", "Ilse Verhoef", "Bart Wessels"],
        """
A: Wachttijd aan de telefoon vandaag 3 minuten, mooi
~ 2025-04-15
B: Moeder belt over de zandbak in de Troelstrastraat: haar zoontje had poep aan zijn handen {5}
A: Melding maken voor wijkbeheer, met spoed {5}
~ 2025-05-17
C: Veel telefoontjes uit de Zwartewaterallee: waarom staat er politie bij het water? {2}
A: Er is een explosief gevonden, de EOD komt. Zeg dat ze binnen moeten blijven {2}
~ 2025-07-16
B: Boze ouders aan de lijn: de gemeente heeft de boomhut van hun kinderen afgebroken {12}
A: Uitleggen dat hij onveilig was. En beloven dat de wijkbeheerder terugbelt {12}
~ 2025-07-22
D: Meldingen over de ijscowagen: muziek om half negen 's avonds in Nieuwveense Landen {4}
A: Doorzetten naar vergunningen en de boa's {4}
D: En een moeder die zegt dat hij te hard rijdt met kinderen op straat {4}
~ 2025-10-13
C: Twaalf klachten deze week over bladblazers, vooral over het lawaai 's ochtends vroeg {1}
A: Hebben we een standaardantwoord? {1}
C: Nog niet, ik vraag het aan groen {1}
~ 2025-10-15
C: Antwoord van groen: in woonstraten na 9 uur, en de ploegen krijgen elektrische blazers {1}
~ 2025-11-03
B: Nieuwe belmenu gaat 1 december live
""",
        140,
    ),
    Chat(
        "Communicatie",
        "bestuur",
        "2025-01-06 09:00",
        ["Evelien Bos", "Thomas Mulder", "Sophie Kramer", "Dirk Hazelaar"],
        """
A: Nieuwjaarsbijeenkomst: foto's staan op intranet
~ 2025-05-17
B: Vragen van RTV Drenthe over de handgranaat in het Meppelerdiep {2}
A: Verwijs naar de politie voor de vondst, wij doen de afzetting {2}
~ 2025-06-04
C: Folder magneetvissen: 'Iets gevonden? Niet aanraken, bel 112' {2}
A: Ook op de site en in de Meppeler Courant {2}
~ 2025-07-17
D: Facebook ontploft over de boomhut: 'gemeente sloopt hutje van kinderen' {12}
A: Wat is ons verhaal? {12}
D: Hut was onveilig, spijkers en op vier meter hoogte. Andere hutten blijven staan {12}
B: Kunnen we iets positiefs doen? Een plek waar het wel mag? {12}
A: Vraag het aan groen {12}
~ 2025-08-05
D: Bericht: hutten bouwen mag in het Wilhelminapark, in het deel achter de speeltuin {12}
~ 2025-10-02
C: Persbericht islamitisch vak op begraafplaats De Hulst na het raadsbesluit {3}
A: Laat de moskee ook een quote geven {3}
~ 2025-11-14
B: Auto in de gracht, Meppeler Courant belt. Bestuurder is gered door omstanders {9}
A: Alleen bevestigen wat de politie zegt {9}
~ 2025-12-01
D: Kerstkaart van het college is bij de drukker
""",
        150,
    ),
    Chat(
        "Spelen",
        "openbare_ruimte",
        "2025-02-03 08:00",
        ["Nicole Brands", "Koen Hartman", "Margriet Lok"],
        """
A: Keuring speeltoestellen in april
B: Zelfde bureau als vorig jaar
~ 2025-05-13
C: Offerte voor zandbaknetten: 22 netten op maat, 3.900 euro {5}
A: Doen. Die bakken bij Lijsterstraat en Troelstrastraat eerst {5}
B: Netten moeten na het spelen weer dicht, wie doet dat? {5}
C: Ouders, met een bordje. En de school doet het op het plein {5}
~ 2025-06-02
C: Netten liggen erop. Eerste reacties van ouders zijn goed {5}
~ 2025-06-18
B: Zandbak schoolplein De Klimop: conciërge vond glas, zijn de bakken van de scholen van ons? {5}
A: Die op het schoolplein zijn van het schoolbestuur, wij leveren alleen zand {5}
~ 2025-07-23
B: Hutten in het Wilhelminapark, kunnen we daar een hutten-hoek van maken? {12}
A: Takken en stammen neerleggen, geen spijkers, max 1,5 meter hoog {12}
~ 2025-09-15
C: Nieuwe wip in het Julianapark staat
""",
        100,
    ),
    Chat(
        "Team verkeer",
        "ruimte",
        "2025-01-10 08:30",
        ["Gijs Boerman", "Hanneke Wolters", "Maarten Bruins"],
        """
A: Verkeerstellingen Hoogeveenseweg zijn binnen
~ 2025-07-02
B: Rogatweg is dicht door die opgedrukte platen, omleidingsborden staan {7}
A: Busmaatschappij gebeld? {7}
B: Ja, lijn 20 rijdt om {7}
~ 2025-07-04
B: Rogatweg weer open, 60 km op die plek tot de voegen gedaan zijn {7}
~ 2025-11-17
C: Heerengracht: bewoners vragen om een vangrail nadat die auto erin reed {9}
A: Een vangrail past daar niet in het beschermd stadsgezicht {9}
C: Palen dan? Er is op die plek geen stoep tussen weg en water {9}
A: Laat het ontwerp maken, met de monumentencommissie {9}
~ 2025-12-09
C: Voorstel: zeven granieten palen bij de bocht, 1,2 meter uit elkaar {9}
A: Akkoord {9}
~ 2025-12-16
B: Nieuwe verkeerslichten Stationsweg zijn afgesteld
""",
        120,
    ),
    Chat(
        "Managementteam",
        "bestuur",
        "2025-01-08 08:00",
        ["Corine Venema", "Albert Jonker", "Miriam Pol", "Erwin Schaap"],
        """
A: Jaarplannen uiterlijk 31 januari
~ 2025-03-04
B: Gisteren de storing met de toegangspassen: twee uur lang kon niemand naar binnen {10}
A: Dat mag niet nog eens gebeuren. Hoe zit het contract? {10}
C: Secura heeft een boete van 3.200 euro, we houden het in op de factuur {10}
~ 2025-04-15
B: Er zijn passen gekopieerd, beveiliging onderzoekt het {10}
A: Meld het ook bij de FG {10}
~ 2025-05-20
D: Verzoek islamitisch grafveld gaat naar de raad in september {3}
A: Hoe groot is het draagvlak? {3}
D: Inspraakavond was rustig, twee bezwaren over de kosten {3}
~ 2025-10-28
C: Bladblazers: de OR en bewoners willen ervan af. Elektrisch kost 18.000 euro extra {1}
A: Doen, het is ook beter voor onze mensen {1}
~ 2025-12-09
B: Kerstborrel 19 december in de kantine
""",
        110,
    ),
    Chat(
        "Ondernemingsraad",
        "bedrijfsvoering",
        "2025-01-14 12:00",
        ["Monique Kuiper", "Ronald Bakker", "Fatima Ouali"],
        """
A: OR-vergadering 4 februari, agenda volgt
~ 2025-01-28
B: Instemming nodig voor het toegangssysteem? Het registreert wie wanneer binnenkomt {10}
A: Ja, dat is een personeelsvolgsysteem. Bewaartermijn van de logs vragen {10}
~ 2025-02-11
C: Antwoord: logs 28 dagen, alleen inzage bij een incident {10}
A: Dan stemmen we in {10}
~ 2025-03-04
B: Wat een chaos gisteren met die passen. Collega's stonden een uur buiten in de regen {10}
~ 2025-10-20
C: Klachten van de buitendienst over de bladblazers: gehoorschade, ze dragen ze de hele dag {1}
A: Geluidsmeting laten doen door de arbodienst {1}
~ 2025-11-11
C: Meting: 98 dB bij de benzineblazer, 78 bij de accublazer {1}
A: Dan is het duidelijk {1}
~ 2025-12-02
B: Thuiswerkvergoeding 2026 gaat omhoog
""",
        90,
    ),
    Chat(
        "Wijkteam Nijeveen",
        "samenleving",
        "2025-01-15 09:00",
        ["Jolien Steenbergen", "Harmen Dekker", "Rianne Hoving"],
        """
A: Dorpsbelang wil een gesprek over het dorpshuis
~ 2025-03-18
B: Pastoriestraat: klacht van de familie Wassink over de hanen van de buren, ze kraaien vanaf vier uur {6}
A: Hoeveel hanen? {6}
B: Drie, en een stuk of tien kippen {6}
C: Eerst buurtbemiddeling aanbieden? {6}
A: Ja {6}
~ 2025-05-07
C: Bemiddeling gehad: hanen 's nachts in een donker hok tot zeven uur {6}
B: Mooi {6}
~ 2025-06-10
B: Het werkt niet, ze kraaien in het hok ook. Wassink wil nu een handhavingsverzoek indienen {6}
A: Daar gaat vergunningen over {6}
~ 2025-07-14
C: Nijeveense Bos: bewoners bellen over gele planten in de berm, giftig voor paarden? {8}
B: Jakobskruiskruid, groen weet ervan {8}
~ 2025-09-23
A: Handhavingsverzoek hanen afgewezen, geen overtreding. Buren gaan in bezwaar {6}
C: Jammer, het blijft een burenruzie {6}
~ 2025-11-04
B: Sinterklaas in het dorpshuis, vrijwilligers genoeg
""",
        110,
    ),
    Chat(
        "Wijkteam Rogat",
        "samenleving",
        "2025-01-16 09:30",
        ["Gerda Kleine", "Wouter Stam"],
        """
A: Koffieochtend in De Spil elke dinsdag
~ 2025-06-23
B: Bewoners aan de Oude Rogatweg boos over de pulling: tot twee uur muziek uit de tent {11}
A: Vergunning zei 1 uur {11}
B: Ik geef het door aan evenementen {11}
~ 2025-07-02
A: Scooterjongen van de Rogatweg is de kleinzoon van mevrouw Timmer, gebroken sleutelbeen {7}
B: Wat een pech, die weg zag eruit als een schans {7}
~ 2025-08-18
B: Paardenhouders in Rogat vragen of de berm vaker gemaaid kan worden vanwege het kruiskruid {8}
A: Staat op de lijst van groen {8}
""",
        60,
    ),
    Chat(
        "Milieu en geluid",
        "ruimte",
        "2025-01-20 10:00",
        ["Erik Zantinge", "Laura Snijder"],
        """
A: Geluidskaart 2025 wordt geactualiseerd
~ 2025-06-25
B: Verzoek om een geluidsmeting bij de hanen in Nijeveen, kunnen wij dat doen? {6}
A: Een haan is geen inrichting. Meten kan wel, maar er is geen norm {6}
B: Dan heeft het weinig zin {6}
~ 2025-07-28
B: Geluid van de ijscowagen: iemand vraagt hoeveel decibel dat deuntje mag {4}
A: Geen norm, de vergunning gaat over de duur {4}
~ 2025-10-27
A: Bladblazers: ik heb de vraag of we een verbod kunnen instellen voor inwoners, zoals in Amsterdam {1}
B: Dat is een APV-wijziging, eerst eigen dienst op orde {1}
""",
        60,
    ),
    Chat(
        "Bestuurssecretariaat",
        "bestuur",
        "2025-01-06 08:30",
        ["Karin Lammers", "Hidde Jansen", "Burgemeester Van Ommen"],
        """
A: Agenda van de burgemeester voor januari staat
~ 2025-05-17
C: Houd me op de hoogte van die granaat bij het water {2}
B: EOD is onderweg, 40 woningen in het afgezette gebied {2}
~ 2025-05-18
B: Opgelost, EOD is weg, kade is weer open {2}
C: Goed zo {2}
~ 2025-10-01
A: Wethouder wil de moskee bezoeken na het raadsbesluit over het grafveld {3}
~ 2025-11-14
B: Auto te water vannacht, bestuurder gered. De twee redders wil de burgemeester bedanken {9}
C: Ja, nodig ze uit {9}
~ 2025-11-27
A: Redders van de Heerengracht zijn op het stadhuis geweest, oorkonde en bloemen {9}
~ 2025-12-12
B: Kerstbezoek aan de brandweer staat
""",
        70,
    ),
    Chat(
        "Verzekeringen en claims",
        "bedrijfsvoering",
        "2025-01-09 09:00",
        ["Rick Meijer", "Annemiek Boer"],
        """
A: Polis wagenpark verlengd
~ 2025-07-21
B: Claim van de scooterrijder van de Rogatweg: scooter, helm, kleding en smartengeld, 4.600 euro {7}
A: Is de weg ons? {7}
B: Ja. Een blow-up kun je niet voorzien volgens de wegbeheerder, maar er waren al meldingen van een bolling op die plek {7}
A: Dan ligt het bij de verzekeraar, doorsturen {7}
~ 2025-10-06
B: Verzekeraar neemt de claim over, uitkering 3.900 euro {7}
~ 2025-11-20
A: Eigenaar van de auto uit de gracht vraagt of wij de berging betalen, er was geen vangrail {9}
B: Afwijzen, de berging is voor hem. Hij reed er in zijn eentje in {9}
~ 2025-12-04
A: Schademelding dienstbus: spiegel eraf bij de milieustraat
""",
        70,
    ),
    Chat(
        "Ecologie en bermen",
        "openbare_ruimte",
        "2025-02-04 10:00",
        ["Anke Veldhuis", "Jos Brinkman", "Marjan de Boer"],
        """
A: Bermbeheerplan 2025 vastgesteld
~ 2025-06-17
B: Veel meldingen over jakobskruiskruid, meer dan vorig jaar {8}
A: Komt door het ecologisch maaien, we maaien later {8}
C: Naast paardenweides moeten we dat anders doen. Een strook van 10 meter vroeg maaien {8}
A: Eens {8}
~ 2025-06-26
B: Paardenhouder Klomp eist dat we zijn hooi vergoeden als zijn paard ziek wordt {8}
C: Er is geen plicht om het te bestrijden, maar we doen het wel bij weides {8}
~ 2025-07-09
C: PHOTO "JAKOBSKRUISKRUID GIFTIG VOOR PAARDEN EN VEE HIER WORDT GEMAAID" {8}
A: Mooi bord {8}
~ 2025-08-20
B: Vrijwilligers van de paardenvereniging hebben 2 km berm uitgetrokken, wij voeren af {8}
A: Super {8}
~ 2025-10-07
C: Bloemrijke bermen: de evaluatie komt in december
""",
        110,
    ),
    Chat(
        "Wijkteam Koedijkslanden",
        "samenleving",
        "2025-01-13 09:00",
        ["Stefan Wiersma", "Loes Kappert", "Daan Ruiters"],
        """
A: Buurtschouw in maart
~ 2025-04-16
B: Op de buurtapp: foto's van kattenpoep in de zandbak bij de Lijsterstraat {5}
A: Wijkbeheer komt verversen {5}
C: Moeders vragen om een hek rond de speeltuin tegen de katten {5}
A: Helpt niet, een kat klimt overal overheen {5}
~ 2025-07-29
C: IJscowagen stond 20 minuten met muziek op het pleintje, de oudere bewoners klagen {4}
B: Zelfde man die al een waarschuwing had? {4}
C: Ja, IJs van Toon {4}
~ 2025-10-06
B: Speeltuinvereniging wil een buurtbarbecue
""",
        80,
    ),
    Chat(
        "Bewoner Ezinge",
        "openbare_ruimte",
        "2025-10-09 08:05",
        ["Klaas Tuinman", "Mevrouw Hulsebos"],
        """
B: Het is kwart voor acht en jullie mannen staan hier met die herrie machines bij mijn slaapkamerraam {1}
A: Goedemorgen mevrouw, de blad blazers bedoelt u? {1}
B: Ja! Elke week. En al het stof waait zo mijn huis in {1}
A: Ik begrijp het. We gaan kijken of we in de straten later kunnen beginnen {1}
~ 2025-10-16
A: Vanaf nu komen ze in uw straat na negen uur, met de stillere machines {1}
B: Dat scheelt, dank u {1}
""",
        20,
    ),
    Chat(
        "Groenwerk Dekker",
        "openbare_ruimte",
        "2025-10-22 13:00",
        ["Hennie Brouwer", "Groenwerk Dekker"],
        """
A: Jullie ploeg in Oosterboer werkt nog met benzineblazers. Vanaf november willen we alleen elektrisch in de woonwijken {1}
B: Dat staat niet in het bestek. Accublazers kosten ons 1.100 per stuk plus accu's {1}
A: We betalen een meerprijs, stuur een offerte {1}
~ 2025-10-30
B: Offerte: 8 blazers met 24 accu's, 11.400 euro {1}
A: Akkoord. Ingang 1 december {1}
B: 👍 {1}
""",
        25,
    ),
    Chat(
        "Raadslid bladblazers",
        "bestuur",
        "2025-11-04 19:30",
        ["Corine Venema", "Raadslid De Roos"],
        """
B: Ik krijg mails over die bladblazr van de gemeente. Komen er schriftelijke vragen, of kunnen we het even zo oplossen? {1}
A: We gaan over op elektrisch en in woonstraten niet voor negen uur. Het besluit staat deze week {1}
B: Prima, dan wacht ik dat af {1}
""",
        15,
    ),
    Chat(
        "Magneetvisser",
        "veiligheid",
        "2025-05-17 14:10",
        ["Aylin Demir", "Jesse Kooiman"],
        """
B: Hallo, u belde mij terug over wat we vanmiddag uit het water haalden {2}
A: Ja, dank dat u meteen 112 belde. Heeft u het ding aangeraakt? {2}
B: AUDIO {2}
A: Heel verstandig dat u het op de kant heeft laten liggen en bent weggelopen {2}
B: We vissen al twee jaar, vooral fietsen en winkelkarren. Dit was de eerste keer {2}
A: Als u weer iets vindt dat op munitie lijkt: niet aanraken en 112 {2}
B: Top, doen we {2}
""",
        20,
    ),
    Chat(
        "Omwonende Zwartewaterallee",
        "veiligheid",
        "2025-05-17 15:20",
        ["Johan Westerhof", "Bewoner Schuurman"],
        """
B: Mag ik mijn huis weer in? Ik stond boodschappen te doen en nu staat er lint voor mijn deur {2}
A: Nog even geduld, de opruimdienst is net aangekomen. Ik verwacht een uur {2}
A: U kunt naar binnen {2}
B: Eindelijk {2}
""",
        15,
    ),
    Chat(
        "EOD contact",
        "veiligheid",
        "2025-05-17 13:45",
        ["Marieke Lubbers", "EOD meldkamer"],
        """
A: Gemeente Meppel hier. Bevestiging: hand granaat, gevonden door magneetvissers, ligt op de kade bij de Zwartewaterallee {2}
B: Team vertrekt uit Assen, aankomst over ongeveer 75 minuten. Afzetten 100 meter, niet verplaatsen {2}
A: Staat. Politie en boa's houden de kade vrij {2}
~ 2025-05-18
B: Object is een Duitse Stielhandgranate, ingenomen en vernietigd op het oefenterrein {2}
A: Dank voor de snelle inzet {2}
""",
        20,
    ),
    Chat(
        "Wijkagent centrum",
        "veiligheid",
        "2025-05-19 10:00",
        ["Frank Oosting", "Wijkagent Bakker"],
        """
A: Na zaterdag: zie jij vaker magneetvissers langs het diep? {2}
B: Elk weekend wel een paar. Meestal jongens, ze gooien het afval gewoon terug {2}
A: We maken een folder. Wil jij die uitdelen als je ze ziet? {2}
B: Komt goed {2}
~ 2025-06-12
A: PHOTO "MAGNEETVISSEN IETS GEVONDEN DAT OP MUNITIE LIJKT NIET AANRAKEN BEL 112" {2}
B: Mooi, ik neem er twintig mee {2}
""",
        25,
    ),
    Chat(
        "Moskee Al-Nour",
        "openbare_ruimte",
        "2025-02-20 10:30",
        ["Trijntje Hof", "Bestuur Moskee Al-Nour"],
        """
B: Dank voor uw reactie op onze brief. Onze ouderen willen in Meppel begraven worden, nu gaan de meesten naar Turkije of Marokko {3}
A: Dat begrijp ik. Ik wil graag langskomen om te horen wat er nodig is {3}
~ 2025-03-13
B: Fijn gesprek gehad. Wij zouden het liefst een wasruimte voor de rituele wassing dichtbij hebben {3}
A: Dat kan in de aula van De Hulst, met een aanpassing {3}
~ 2025-10-01
B: Wij zijn heel blij met het besluit van de raad {3}
A: Wij ook. In november beginnen we met de inrichting {3}
~ 2025-12-05
B: De eerste begrafenis was gisteren. Alles ging goed, dank aan uw medewerkers {3}
A: Fijn om te horen {3}
""",
        25,
    ),
    Chat(
        "Uitvaartverzorger",
        "openbare_ruimte",
        "2025-05-06 09:10",
        ["Bert Lenters", "Uitvaartzorg Meppel"],
        """
B: Kan ik voor zaterdag een graf op De Hulst reserveren? De familie wil volgens de islam binnen een dag begraven {3}
A: Zaterdag zijn we dicht. Ik vraag of er een uitzondering kan {3}
A: Het kan, ik kom zelf. Wel in een algemeen graf, het vak is er nog niet {3}
B: De familie vraagt of het graf later niet geruimd wordt {3}
A: Dat kan ik nu nog niet beloven, grafrecht is 20 jaar met verlenging {3}
""",
        20,
    ),
    Chat(
        "Inspraak grafveld",
        "bestuur",
        "2025-05-14 20:00",
        ["Albert Jonker", "Inwoner Kuipers"],
        """
B: Ik lees dat er een apart vak voor moslims komt. Waarom betaalt de gemeente dat? {3}
A: Het vak wordt betaald uit de grafrechten, zoals elk vak. Wel zijn de grafrechten voor altijd, dat kost meer {3}
B: En wie betaalt dat meer? {3}
A: De familie, het tarief komt in de verordening {3}
B: Oké, dan is het duidelijk {3}
""",
        15,
    ),
    Chat(
        "IJs van Toon",
        "dienstverlening",
        "2025-07-21 15:00",
        ["Ineke Dolfing", "IJs van Toon"],
        """
A: Meneer, we krijgen klachten dat uw muziek doorloopt terwijl u rijdt. Dat mag niet volgens uw vergunning {4}
B: De kinderen komen toch op het deuntje af? Zonder muziek verkoop ik niks {4}
A: Bij stilstaan 10 seconden mag. Rijden met muziek niet {4}
~ 2025-08-08
A: U heeft een proces-verbaal gekregen in de Merelstraat. Bij de volgende keer trekken we de ventvergunning in {4}
B: Ik heb de speaker aangepast, hij gaat nu automatisch uit {4}
A: Goed {4}
~ 2025-08-11
A: PHOTO "VENTVERGUNNING IJS GEMEENTE MEPPEL 2025 ALLEEN STAPVOETS MUZIEK MAX 10 SEC" {4}
B: Hangt achter in de wagen {4}
""",
        25,
    ),
    Chat(
        "Bewoner Lindenlaan",
        "dienstverlening",
        "2025-07-20 19:45",
        ["Hasan Yilmaz", "Bewoner Pronk"],
        """
B: Die ijsco wagen hier rijdt elke avond drie keer door de straat met zijn muziekje. Mijn baby slaapt om zeven uur {4}
A: Vervelend. Weet u welke ijsverkoper het is? {4}
B: Een roze busje met een ijshoorn op het dak {4}
A: Dank, we nemen contact op met de verkoper {4}
~ 2025-08-12
B: Het is stil nu, top {4}
""",
        20,
    ),
    Chat(
        "Gelato Marco",
        "dienstverlening",
        "2025-06-30 11:20",
        ["Chantal Kok", "Gelato Marco"],
        """
B: Ik wil graag een vergunning om met mijn ijskar door Nieuwveense Landen te rijden {4}
A: Dat kan. Voorwaarden: stapvoets, muziek alleen bij stilstaan en max 10 seconden, niet na 20 uur {4}
B: Ik heb geen muziek, alleen een bel {4}
A: Nog beter {4}
""",
        15,
    ),
    Chat(
        "Ouder Troelstrastraat",
        "openbare_ruimte",
        "2025-04-15 11:00",
        ["Dennis Lambers", "Moeder Jansma"],
        """
B: Mijn zoon zat vanochtend in de zanbak en kwam terug met kattendrollen in zijn emmertje. Echt walgelijk {5}
A: Wat vervelend. We verversen het zand binnen twee weken en kijken naar een net {5}
B: Twee weken? Dan gaan we zolang niet {5}
~ 2025-04-28
A: Zand is vandaag vervangen {5}
B: Dank, ziet er weer schoon uit {5}
""",
        20,
    ),
    Chat(
        "Basisschool De Klimop",
        "samenleving",
        "2025-06-18 12:30",
        ["Margriet Lok", "Directeur De Klimop"],
        """
B: Onze conciërge vond scherven in de zandbak op het plein. Het plein is 's avonds open, daar wordt gedronken {5}
A: Die zandbak is van het schoolbestuur, maar wij kunnen zand leveren {5}
B: Graag, en kan er een net over, zoals bij de speeltuinen? {5}
A: Ik stuur de leverancier {5}
~ 2025-07-03
B: Nieuw zand en net zijn er, de kinderen zijn blij {5}
""",
        20,
    ),
    Chat(
        "Speelzand leverancier",
        "openbare_ruimte",
        "2025-04-22 08:00",
        ["Anja Koopman", "Zandhandel Ruinen"],
        """
A: We hebben 38 kuub gewassen speelzand nodig voor 11 bakken, levering maandag? {5}
B: Kan. Oude zand nemen we mee naar de stort {5}
A: Ook de zeefmachine voor de bakken die we alleen zeven? {5}
B: Staat erbij {5}
""",
        15,
    ),
    Chat(
        "Buurman Pastoriestraat",
        "samenleving",
        "2025-03-17 10:00",
        ["Harmen Dekker", "Albert Wassink"],
        """
B: Die hanen van de buurman begunt al om vier uur te kreien, ik kan d'r niet van slapen {6}
A: Dat is naar. Heeft u het er zelf met hem over gehad? {6}
B: Wel tien keer. Hij zegt dat het op het dorp hoort {6}
A: Zullen we buurtbemiddeling vragen? Twee vrijwilligers die met jullie allebei praten {6}
B: Vooruit {6}
~ 2025-06-10
B: AUDIO {6}
A: Ik hoor het, het is wel erg vroeg. Ik geef uw handhavingsverzoek door {6}
""",
        20,
    ),
    Chat(
        "Kippenhouder",
        "samenleving",
        "2025-04-02 14:00",
        ["Rianne Hoving", "Jan Hulst"],
        """
B: De buurman heeft geklaagd over mijn hanen zeker? Ik heb al dertig jaar kippen {6}
A: Ja. We willen graag bemiddelen, zodat het niet escaleert {6}
B: Vooruit. Maar mijn hanen gaan niet weg {6}
~ 2025-05-08
B: Ik heb het hok verduisterd zoals afgesproken, tot zeven uur {6}
A: Dank u, goed dat u meewerkt {6}
""",
        20,
    ),
    Chat(
        "Buurtbemiddeling",
        "samenleving",
        "2025-04-10 09:00",
        ["Jolien Steenbergen", "Buurtbemiddeling Meppel"],
        """
A: Nieuwe zaak: haan en kippen in Nijeveen, burenconflict over het vroege gekraai {6}
B: We nemen hem aan. Beide partijen willen? {6}
A: Ja, allebei telefonisch ja gezegd {6}
~ 2025-05-07
B: Afspraak gemaakt: donker hok tot 7 uur, evaluatie over een maand {6}
~ 2025-06-11
B: Evaluatie mislukt, de klager wil dat de hanen weg {6}
A: Dan sluiten we het af {6}
""",
        20,
    ),
    Chat(
        "Scooterrijder",
        "ruimte",
        "2025-07-04 16:00",
        ["Pieter Hofman", "Vader Timmer"],
        """
B: Mijn zoon is woensdag op de Rogatweg over een richel van 15 cm gevlogen. Er stond geen bord {7}
A: Wat vreselijk. Hoe is het met hem? {7}
B: Sleutelbeen gebroken, scooter total loss {7}
A: Het wegdek was door de hitte omhoog gekomen, vlak voor hij er was. We hebben de weg direct gesloten {7}
B: Ik wil de schade vergoed hebben {7}
A: U kunt een claim indienen, ik stuur het formulier {7}
""",
        20,
    ),
    Chat(
        "Aannemer beton",
        "ruimte",
        "2025-07-02 12:00",
        ["Marco Zwiers", "Betonbouw Oldenmarkt"],
        """
A: Spoed: betonplaten Rogatweg omhoog gedrukt, wij willen vandaag een noodreparatie {7}
B: Ploeg komt om 15 uur. Zagen, plaat eruit, koud asfalt erin {7}
A: Top {7}
~ 2025-07-03
A: PHOTO "ROGATWEG AFGESLOTEN WEGDEK BESCHADIGD OMLEIDING VIA HAVELTERWEG" {7}
B: Reparatie klaar, bord kan weg na controle {7}
~ 2025-09-16
B: Dilatatievoegen op 600 meter opnieuw gezaagd {7}
A: 👍 {7}
""",
        20,
    ),
    Chat(
        "Paardenhouder Klomp",
        "openbare_ruimte",
        "2025-06-24 18:30",
        ["Esther Wieringa", "Henk Klomp"],
        """
B: Dat geele spul stiet overal in de kaante naost mien wei. As mien peerden dat vreet bin ze d'r geweest {8}
A: U bedoelt het jakobskruiskuid. We komen het maaien vóór het zaad {8}
B: En as ze ziek wordt, wie betaalt dat? {8}
A: Daar kan ik nu niets over zeggen, maar we maaien de strook langs uw wei eerst {8}
~ 2025-07-01
B: Is gemaaid, mooi zo {8}
""",
        20,
    ),
    Chat(
        "Maaibedrijf",
        "openbare_ruimte",
        "2025-06-27 07:30",
        ["Jos Brinkman", "Loonbedrijf Westerbeek"],
        """
A: Extra opdracht: bermstroken van 10 meter naast paardenweides maaien, lijst met 14 locaties komt per mail {8}
B: Maaisel afvoeren of laten liggen? {8}
A: Afvoeren, er zit kruiskruid in. Niet naar boeren als veevoer {8}
B: Naar de composteerder dan {8}
~ 2025-07-18
B: Alle 14 locaties klaar {8}
""",
        20,
    ),
    Chat(
        "Redder Heerengracht",
        "veiligheid",
        "2025-11-15 11:00",
        ["Aylin Demir", "Sem Oldenburger"],
        """
A: Goedemorgen, u bent een van de twee mannen die vannacht de bestuurder uit de gracht haalde? {9}
B: Ja. AUDIO komt eraan, typen gaat nog niet zo {9}
B: AUDIO {9}
A: Ongelooflijk wat u gedaan heeft. De burgemeester wil u graag uitnodigen {9}
B: Dat hoeft niet hoor, maar leuk {9}
""",
        15,
    ),
    Chat(
        "Bergingsbedrijf",
        "veiligheid",
        "2025-11-14 03:20",
        ["Niels Hulshof", "Takelbedrijf Van Dijk"],
        """
A: Auto in de Heerengracht ter hoogte van nummer 30, kraan nodig {9}
B: Met de kraanwagen over 40 minuten. Zit er nog iemand in? {9}
A: Nee, de duikers hebben het gecheckt {9}
B: Auto staat op de kant, wordt naar ons depot gebracht {9}
A: Dank {9}
""",
        15,
    ),
    Chat(
        "Bewoners Heerengracht",
        "ruimte",
        "2025-11-18 20:00",
        ["Maarten Bruins", "Bewonersvereniging Heerengracht"],
        """
B: Namens 23 bewoners: na de auto in het water vorige week willen we paaltjes of een hek langs de kade. Er zijn vaker bijna-ongelukken {9}
A: Begrijpelijk. We laten een ontwerp maken dat past bij het stadsgezicht {9}
~ 2025-12-10
A: Er komen zeven granieten palen bij de bocht, in januari {9}
B: Top {9}
""",
        15,
    ),
    Chat(
        "Secura Toegang",
        "bedrijfsvoering",
        "2025-03-03 07:55",
        ["Sander Bosma", "Secura Toegang storingsdienst"],
        """
A: Alle toegangs pas lezers in het stadhuis en op de werf weigeren. Prio 1 {10}
B: Monteur kijkt op afstand mee {10}
B: Het servercertificaat is verlopen, we vervangen het nu {10}
A: Hoe lang? {10}
B: Half uur {10}
~ 2025-03-07
A: Wij willen een verklaring en een oplossing zodat dit niet meer gebeurt {10}
B: Rapport volgt, en we zetten een automatische verlenging aan {10}
""",
        20,
    ),
    Chat(
        "Collega voor de deur",
        "bedrijfsvoering",
        "2025-03-03 08:05",
        ["Joyce Pieters", "Henk van de werf"],
        """
B: Mijn pasje doet het niet, hek van de werf gaat niet open. Alle bussen staan binnen {10}
A: Bekende storing, overal. Sander komt met de sleutel {10}
B: Oké {10}
B: Binnen {10}
""",
        15,
    ),
    Chat(
        "Beveiliging stadhuis",
        "bedrijfsvoering",
        "2025-03-03 08:00",
        ["Margreet Evers", "Beveiliger Koster"],
        """
A: Kun jij bij de hoofdingang staan en mensen op naam binnenlaten? {10}
B: Doe ik. Ik hang een bordje op {10}
B: PHOTO "STORING TOEGANGSPASSEN MEDEWERKERS MELDEN BIJ DE BEVEILIGING HOOFDINGANG" {10}
~ 2025-04-14
B: Pas van R. de Wit gebruikt om 22.10 uur op de werf, terwijl hij thuis was volgens zijn leidinggevende {10}
A: Geblokkeerd. Ik meld het bij de FG en de leverancier {10}
""",
        20,
    ),
    Chat(
        "Organisatie tractorpulling",
        "economie",
        "2025-03-18 10:00",
        ["Arjen Roelofs", "Stichting Pulling Rogat"],
        """
B: Onze aanvraag is binnen? We willen dit jaar twee banen en een tent {11}
A: Ja. Let op geluid, vorige keer waren er klachten {11}
B: We zetten de speakers naar het weiland {11}
~ 2025-06-22
B: AUDIO {11}
A: Goed dat je meteen belde. Graag vandaag een kort verslag van het ongeluk {11}
~ 2025-06-25
B: Berm is ingezaaid en de weg geveegd {11}
A: Dank {11}
""",
        20,
    ),
    Chat(
        "Omwonende Rogat",
        "economie",
        "2025-06-22 01:40",
        ["Femke Bakker", "Bewoner Oude Rogatweg"],
        """
B: Het is twintig voor twee en die tent dreunt nog steeds. Zit er geen eindtijd op die tractor pulling? {11}
A: Eindtijd is 1 uur. Ik bel de organisatie {11}
~ 2025-06-23
B: En onze was zit onder het stof {11}
A: Het is genoteerd, het komt in de evaluatie {11}
""",
        15,
    ),
    Chat(
        "Veiligheidsregio",
        "veiligheid",
        "2025-06-23 09:00",
        ["Marieke Lubbers", "Veiligheidsregio Drenthe"],
        """
A: Bij de pulling in Rogat is een trekker door het hek gereden, twee mensen licht gewond {11}
B: De koppeling brak? Dan was de uitloopzone te kort {11}
A: Ja, 15 meter. Volgend jaar 30? {11}
B: Dat adviseren wij, plus een dubbel hek {11}
""",
        15,
    ),
    Chat(
        "Ouder boomhut",
        "openbare_ruimte",
        "2025-07-16 17:00",
        ["Dennis Lambers", "Vader Van Esch"],
        """
B: Mijn zoon en zijn vriendjes hebben drie weken aan die boom hut gebouwd. Zonder iets te zeggen sloopt de gemeente hem {12}
A: Het spijt me dat het zo is gegaan. Hij hing op vier meter met losse planken, er kon iemand vallen {12}
B: Had dan een briefje opgehangen {12}
A: Dat had beter gekund, daar heeft u gelijk in {12}
~ 2025-08-06
A: Er is nu een plek in het Wilhelminapark waar ze hutten mogen bouwen {12}
B: Dat zal hij leuk vinden {12}
""",
        20,
    ),
    Chat(
        "Jongerenwerker",
        "samenleving",
        "2025-07-18 13:00",
        ["Loes Kappert", "Jongerenwerk Meppel"],
        """
B: De kinderen van die hut aan de Zuideinde zijn echt verdrietig. Kunnen wij iets doen? {12}
A: Groen wil een plek aanwijzen waar het mag. Misschien kunnen jullie helpen met bouwen {12}
B: Leuk, in de zomervakantie een huttenbouwweek {12}
~ 2025-08-15
B: PHOTO "HUTTENBOS HIER MAG JE HUTTEN BOUWEN ZONDER SPIJKERS NIET HOGER DAN JE ZELF BENT" {12}
A: Geweldig {12}
""",
        20,
    ),
    Chat(
        "Scouting",
        "samenleving",
        "2025-08-07 10:00",
        ["Koen Hartman", "Scouting Meppel"],
        """
B: Wij kunnen touw en palen lenen voor het hutten bos in het park {12}
A: Graag, zonder spijkers graag {12}
B: Natuurlijk, alles met sjorringen {12}
""",
        15,
    ),
    Chat(
        "Bladkorven",
        "openbare_ruimte",
        "2025-10-27 09:00",
        ["Ruben Post", "Bewoner Vledderstraat"],
        """
B: De bladkorf in onze straat zit vol, wanneer wordt hij geleegd?
A: Donderdag komt de kraanwagen langs
B: Dank
""",
        15,
    ),
    Chat(
        "Kinderboerderij kippen",
        "samenleving",
        "2025-04-08 11:00",
        ["Gijs Roelink", "Vrijwilliger kinderboerderij"],
        """
B: De nieuwe haan voor de kinderboerderij is aangekomen, een Hollandse kriel
A: Leuk. Hebben de kippen genoeg voer?
B: Ja, zakken van vorige week
""",
        15,
    ),
    Chat(
        "Zandzakken",
        "openbare_ruimte",
        "2025-01-22 08:00",
        ["Gerrit Mulder", "Dennis Lambers"],
        """
A: Hoeveel zandzakken liggen er nog op de werf?
B: 600, genoeg voor nog een hoogwater
A: Top
""",
        15,
    ),
    Chat(
        "Parkeerpas bewoner",
        "dienstverlening",
        "2025-02-12 10:00",
        ["Linda Hoekman", "Bewoner Kruisstraat"],
        """
B: Mijn parkeervergunning pas is verlopen, hoe verleng ik hem?
A: Via Mijn Meppel, dan geldt hij direct
B: Gelukt, dank je
""",
        15,
    ),
    Chat(
        "Nieuwe maaitrekker",
        "openbare_ruimte",
        "2025-03-05 13:00",
        ["Jos Brinkman", "Hennie Brouwer"],
        """
A: De nieuwe trekker met klepelmaaier is geleverd
B: Mooi, dan kunnen we in april de bermen in
A: Eerst de chauffeurs instrueren
""",
        15,
    ),
    Chat(
        "IJsbaan kerstmarkt",
        "economie",
        "2025-11-10 14:00",
        ["Wendy Schipper", "Stichting Winter in Meppel"],
        """
B: De ijsbaan komt weer op de Markt, vanaf 12 december
A: Vergunning staat, zelfde voorwaarden als vorig jaar
B: Top
""",
        15,
    ),
    Chat(
        "Boomfeestdag",
        "openbare_ruimte",
        "2025-03-12 09:00",
        ["Esther Wieringa", "Juf Anne"],
        """
B: Groep 6 wil op Boomfeestdag bomen planten, kan dat in het park?
A: Ja, we zetten 20 jonge eiken klaar bij de vijver
B: Ze hebben er zin in
""",
        15,
    ),
    Chat(
        "Granaatappel markt",
        "economie",
        "2025-09-04 11:00",
        ["Arjen Roelofs", "Marktmeester"],
        """
B: Fruitkraam wil een extra meter voor granaatappels en meloenen
A: Als er ruimte is op de hoek, goed
B: Er is plek
""",
        15,
    ),
)
