"""The TWENTY-FIFTH BLIND relevance set (issue 17): new chats, requests and judgements.

Written as a Woo officer of gemeente Meppel would by a helper (branch woo25) BEFORE any measurement
on it, without reading the search code; blind24.py was read for the data format only, the earlier
sets only for their request titles (so that the subjects are new). Measured once on main's code
after it was committed. Same syntax as blind.py: `{n}` after a line marks the requests it is
relevant to, `~` starts the next day, `~ YYYY-MM-DD` moves the chat to that day, `PHOTO "text"` is
a photo with painted text, `AUDIO` a voice note. Generated filler (build.FILLER) is relevant to
nothing. Names, places, organisations, addresses, phone numbers and companies are made up.

Smaller than the earlier sets (written in about 20 minutes, under a deadline). The requests and their queries were
written first, from the request text only. Long team chats (the outdoor service, the executive
secretariat, the KCC and ICT, events and licences, social domain) carry a request's subject in a
few lines among other work; short chats answer without repeating the subject ("Akkoord", "Donderdag
kan", "👍"); other words for the subject (brug, klep, bovenbouw, stremming, omleiding, pont; AZC,
COA, noodopvang, bedden, veldbedden, nieuwkomers; energiecoach, energiebox, tochtstrips, radiatorfolie,
huisbezoek, LED-lampjes; lantaarnpalen, lichtmasten, armaturen, donker, kabelstoring, Stedin;
rupsen, brandharen, nesten, OPR, jeuk, afzuigen; telefooncentrale, 14 0522, wachtrij, in de wacht,
VoIP, leverancier; kermis, attracties, exploitanten, loting, botsauto's, draaimolen; hoosbui,
wolkbreuk, ondergelopen kelders, putten, riool, zandzakken, pompen); abbreviations (COA, KCC, OPR,
BHV, ODD, WS, IBT, GGD); a Drents greeting ("Moi"); typos; 2 photos with text and 1 voice note; and
distractor chats that share words with requests but are about something else (a bicycle bridge in
another municipality's news, a Ukrainian refugee host family, an energy supplier's bill at the
town hall, a Christmas tree's lights, a phone repair for an alderman).

Judging rule (as the earlier sets): a message is relevant when a Woo officer would have to include
it to cover the request, also when it does not repeat the subject ("Akkoord", "👍"); a voice note
inside a relevant exchange is relevant. Lines of a relevant chat about something else carry no tag.

Counts (with the generated filler of seed 17, as the bench builds it): 32 chats of 12 to 260
messages, 1,792 messages (344 hand-written; 2 photos with text, 1 voice note), 8 requests, 24
queries, 292 relevant (message, request) pairs on 292 messages, in 42 (chat, request) pairs; 27
chats relevant to a request, 5 to none, 7 to several. Relevant messages (chats) per request: R1 48
(6), R2 36 (5), R3 38 (5), R4 34 (4), R5 37 (5), R6 35 (5), R7 30 (5), R8 34 (7).
"""

from .build import Chat, Request

REQUESTS = (
    Request(
        1,
        "De renovatie van de Kaapbrug over de Drentsche Hoofdvaart (2025): de stremming voor "
        "verkeer en scheepvaart, de omleiding, de vertraging van de aannemer en de extra kosten.",
        ("renovatie kaapbrug", "brug afgesloten omleiding", "kaapbrug meerkosten"),
    ),
    Request(
        2,
        "De noodopvang van asielzoekers in sporthal De Bongerd (najaar 2025): het verzoek van het "
        "COA, het besluit van het college, de informatieavond voor omwonenden en de sportclubs die "
        "moesten uitwijken.",
        ("noodopvang asielzoekers", "sporthal asielzoekers", "coa opvang meppel"),
    ),
    Request(
        3,
        "De energiecoaches van de gemeente (2025): de inzet van vrijwillige energiecoaches, de "
        "huisbezoeken, de energieboxen en het bereik onder huishoudens met een laag inkomen.",
        ("energiecoach", "energiebox", "energiearmoede huisbezoek"),
    ),
    Request(
        4,
        "Storingen in de straatverlichting (2025): de meldingen van uitgevallen lantaarnpalen, de "
        "kabelstoring in Koedijkslanden, de afspraken met de onderhoudsaannemer en de klachten "
        "over donkere straten.",
        ("straatverlichting storing", "lantaarnpaal kapot", "straatverlichting koedijkslanden"),
    ),
    Request(
        5,
        "De bestrijding van de eikenprocessierups (2025): de meldingen, het wegzuigen van nesten, "
        "de waarschuwingen bij scholen en speelplaatsen en de kosten.",
        ("eikenprocessierups", "processierups nesten", "rupsen bestrijding kosten"),
    ),
    Request(
        6,
        "De storing en de problemen met het nieuwe telefoonsysteem van het klantcontactcentrum "
        "(2025): de onbereikbaarheid van de gemeente, de wachttijden, de klachten en de afspraken "
        "met de leverancier.",
        ("telefoonsysteem storing", "gemeente onbereikbaar", "klantcontactcentrum wachttijd"),
    ),
    Request(
        7,
        "De najaarskermis op de Markt en het Kerkplein (oktober 2025): de toewijzing van de "
        "standplaatsen aan de kermisexploitanten, de vergunning, de klachten en de evaluatie.",
        ("kermis", "kermis standplaatsen", "najaarskermis klachten"),
    ),
    Request(
        8,
        "De wateroverlast na de hoosbui van 14 augustus 2025: de ondergelopen kelders en straten in "
        "de wijk Berggierslanden, de inzet van de gemeente, de schademeldingen en de maatregelen "
        "aan het riool.",
        ("wateroverlast", "hoosbui berggierslanden", "riool ondergelopen kelders"),
    ),
)

CHATS = (
    Chat(
        "Buitendienst wegen en verlichting",
        "ruimte",
        "2025-01-06 07:10",
        ["Gerard Hulst", "Frank Dekker", "Sanne Pol", "Wim Koopman"],
        """
A: Moi allemaal. Zoutsilo is weer aangevuld
B: Mooi. Strooiers staan klaar
~ 2025-01-20
C: 4 meldingen via de app: Zuiderweg hele stuk donker tussen de rotonde en de Aldi {4}
A: Zet maar door naar Van Gelder, die hebben het onderhoudscontract {4}
C: Gedaan. Termijn is 5 werkdagen voor een enkele paal, 24 uur bij meer dan 3 op rij {4}
~
D: Gat in het fietspad Eendrachtsweg, bij de bank. Heb er een pion op gezet
A: Vrijdag asfalt erin
~ 2025-02-11
C: Van Gelder was er, zekering in de kast. Zuiderweg brandt weer {4}
A: 👍 {4}
~ 2025-03-03
B: Aannemer van de brug belt: het staal is pas in week 14 binnen ipv 11 {1}
A: Dat is niet best. Dan schuift alles 3 weken op? {1}
B: Minimaal. Ze willen de brug toch 17 maart dichtgooien voor het voorbereidende werk {1}
A: Nee, eerst zien dan geloven. Niet dicht voor het staal er ligt {1}
~ 2025-03-24
D: Omleidingsborden staan, N375 kant en bij de Hoogeveenseweg {1}
B: Ook voor fietsers? Die moeten via de Oevertunnel {1}
D: Ja, gele borden {1}
~ 2025-04-08
C: Weer een hele straat donker, Koedijkslanden, Havikstraat en Sperwerstraat {4}
A: Dat is geen lamp, dat is de kabel. Stedin erbij halen {4}
C: Van Gelder zegt hetzelfde: kabelfout ergens onder de grond, 38 masten {4}
~
A: Stedin komt dinsdag zoeken {4}
~ 2025-04-16
C: Bewoners van de Havikstraat boos, kinderen moeten in het donker naar de sport. 11 klachten nu {4}
B: Kunnen we bouwlampen neerzetten? {4}
A: Doe er 6 op de hoeken. Aggregaat van de werf {4}
~ 2025-05-06
D: De eerste rupsen in de eiken bij de Reggersweg. Nog klein {5}
A: Laat Jansen Boomzorg komen, ze moeten voor de brandharen er zijn {5}
D: Nesten nog niet te zien, wel de slierten {5}
~ 2025-05-20
C: Kabel Koedijkslanden gevonden: door een graafmachine van de glasvezel geraakt. Hersteld! {4}
A: Eindelijk. Rekening naar de glasvezelaannemer {4}
~ 2025-06-02
D: Jansen heeft 140 nesten weggezogen langs het Wilhelminapark en de Reggersweg {5}
B: 140! Vorig jaar waren het er 60 {5}
D: Er komen er nog meer, ze doen volgende week Nijeveen {5}
~
B: Veegwagen stuk
A: Weer? Monteur bellen
~ 2025-06-18
B: Brug: ze zijn begonnen met het stralen. Eindelijk staat er wat {1}
A: Nieuwe datum open? {1}
B: Half oktober zeggen ze nu, was 1 september {1}
~ 2025-08-14
D: Hier staat alles blank! Berggierslanden, Wolddijk, putten slikken het niet {8}
A: Alle man naar de werf, zandzakken laden {8}
B: Ik heb de zuigwagen van Rioned gebeld, komt over een uur {8}
C: Telefoons staan roodgloeiend, 20 meldingen kelders vol water {8}
A: Eerst de Merelstraat, daar loopt het de huizen in {8}
~
D: 300 zandzakken uitgedeeld, pomp draait nog bij het gemaal {8}
A: Goed werk mannen {8}
~ 2025-08-25
A: Melding van 2 lantaarnpalen scheef na de storm, bij de Blankenstein {4}
D: Morgen rechtzetten {4}
~ 2025-10-20
B: De brug is open! Eerste auto's erover {1}
A: 🎉 {1}
""",
        260,
    ),
    Chat(
        "Projectteam Kaapbrug",
        "ruimte",
        "2025-01-14 09:00",
        [
            "Ilse Brink",
            "Bouwbedrijf Hegeman - Rob",
            "Provincie Drenthe - Erik",
            "Wethouder Van Dijk",
        ],
        """
B: Planning: brug dicht van 17 maart tot 1 september, daarna scheepvaart weer open {1}
C: Voor de scheepvaart willen we een stremming van maximaal 6 weken aaneen {1}
A: Dat gaat niet met het vervangen van de klep {1}
C: Dan moeten de beroepsvaarders via de Hoogeveense Vaart, 3 uur om {1}
~ 2025-02-27
B: Slecht nieuws: de staalleverancier heeft vertraging, rol staal komt later {1}
A: Hoeveel later? {1}
B: Drie weken, misschien vier {1}
D: Dan wil ik dat voor de raadsinformatiebrief {1}
~ 2025-06-30
B: Bij het openen van het dek bleek de onderbouw slechter dan gedacht. Betonrot in 2 pijlers {1}
A: Kosten? {1}
B: Eerste raming 340k extra {1}
D: Dat moet naar de raad. Ilse, wil jij een memo? {1}
A: Komt vrijdag {1}
~ 2025-09-10
C: Schippers klagen, de brug is nog steeds dicht {1}
B: Nog 5 weken, dan kan de klep weer draaien {1}
~ 2025-10-17
B: Proefdraaien geslaagd {1}
D: Top, maandag opening zonder lint, gewoon open {1}
A: Ik zet het op de site {1}
""",
        40,
    ),
    Chat(
        "Ilse - Anton financiën",
        "bedrijfsvoering",
        "2025-07-07 10:00",
        ["Ilse Brink", "Anton Mulder"],
        """
A: Anton, die 340 voor de pijlers, kan dat uit de reserve onderhoud kunstwerken? {1}
B: Daar zit nog 210 in. De rest moet bij de najaarsnota {1}
A: Dan doen we het zo {1}
B: Zet wel in de memo dat het een risico was dat we kenden {1}
A: Doe ik {1}
""",
        12,
    ),
    Chat(
        "Bewoners Kaapweg",
        "ruimte",
        "2025-04-02 19:30",
        ["Ilse Brink", "Winkeliersvereniging Kaapweg - Marja"],
        """
B: Ilse, sinds de brug dicht is zien we 40% minder klanten. Niemand rijdt meer om {1}
A: Dat snap ik. We zetten extra borden 'winkels bereikbaar' neer {1}
B: Helpt dat? {1}
A: Bij de Hoofdstraat in 2021 hielp het. We kunnen ook iets op Facebook zetten {1}
B: Graag. En wanneer gaat ie open? {1}
A: Nu oktober. Ik snap dat dat lang is {1}
B: 😩 {1}
""",
        14,
    ),
    Chat(
        "Bestuurssecretariaat",
        "bestuur",
        "2025-01-08 08:15",
        ["Marloes Jager", "Burgemeester - Richard", "Wethouder Van Dijk", "Wethouder Kuipers"],
        """
A: Goedemorgen. Agenda collegevergadering staat in iBabs
B: Dank
~ 2025-03-25
C: Raadsinformatiebrief over de vertraging bij de Kaapbrug is verstuurd {1}
A: Staat op de lijst ingekomen stukken {1}
~ 2025-07-08
C: Memo meerkosten brug op de agenda van dinsdag graag {1}
A: Gezet {1}
~ 2025-09-09
B: Het COA vraagt of wij 150 plekken noodopvang kunnen bieden, voor 3 maanden {2}
D: Waar dan? {2}
B: Ze denken aan De Bongerd, de sporthal is groot genoeg en heeft douches {2}
D: De clubs gaan steigeren. Volleybal en badminton zitten er elke avond {2}
B: Ik wil het donderdag in het college. Marloes, kun je een geheime bespreking plannen? {2}
A: Donderdag 8 uur, voor de gewone vergadering {2}
~ 2025-09-11
B: Besluit: we doen het, 120 bedden in plaats van 150, tot 15 december {2}
C: Dan moet er vandaag een brief naar de buurt {2}
A: Communicatie is bezig {2}
~ 2025-09-16
D: De clubs kunnen naar de gymzalen van het CSG en naar Steenwijk voor de wedstrijden {2}
B: Goed. Zorg dat de sportraad het van ons hoort en niet uit de krant {2}
~ 2025-10-01
A: De eerste bus komt morgen om 14 uur {2}
B: Ik ben erbij {2}
~ 2025-10-14
C: Kermis: de exploitanten zijn boos over de loting. Ze willen het college spreken {7}
B: Nee, daar is de procedure voor. Ze kunnen bezwaar maken {7}
~ 2025-11-18
B: De raad wil een evaluatie van de opvang in december {2}
A: Zet ik in de planning {2}
""",
        180,
    ),
    Chat(
        "Informatieavond De Bongerd",
        "samenleving",
        "2025-09-15 10:00",
        ["Communicatie - Eva", "COA - Jeroen", "Wijkagent Bos", "Marloes Jager"],
        """
A: Avond is woensdag 19.30 in de kantine van VV Meppel. Flyer gaat vandaag de bus in {2}
B: Wij nemen een locatiemanager en iemand van beveiliging mee {2}
C: Ik ben er ook. Verwacht wel wat mensen met zorgen {2}
A: PHOTO "Informatieavond opvang De Bongerd - woensdag 17 september 19.30 uur" {2}
~ 2025-09-17
D: Zaal vol, 180 mensen. Veel vragen over de veiligheid op het fietspad naar school {2}
C: En over de parkeerplaats. Ik ga de eerste weken vaker langs {2}
B: Vragen die we niet beantwoord hebben zetten we in een Q&A {2}
~ 2025-09-19
A: Q&A staat op de site {2}
~ 2025-10-20
C: Geen incidenten tot nu. 1 melding van geluid 's nachts, opgelost {2}
""",
        20,
    ),
    Chat(
        "Badmintonclub Shuttle",
        "samenleving",
        "2025-09-12 21:00",
        ["BC De Shuttle - Karin", "Sportzaken - Wendy"],
        """
A: Wendy, klopt het dat we niet meer in De Bongerd kunnen? We lezen het in de Meppeler Courant {2}
B: Karin, sorry dat je het zo hoort. Vanaf 29 september tot half december {2}
A: Onze competitie gaat gewoon door. Waar moeten we heen? {2}
B: Gymzaal CSG op dinsdag en donderdag, thuiswedstrijden in Steenwijk. Gemeente betaalt de huur {2}
A: En het vervoer? {2}
B: Daar kijk ik naar {2}
~ 2025-12-19
A: We zijn terug, de vloer is wel beschadigd door de bedden {2}
B: Stuur foto's, COA heeft schadevergoeding toegezegd {2}
""",
        16,
    ),
    Chat(
        "Team werk en inkomen",
        "samenleving",
        "2025-02-03 08:45",
        ["Petra Wever", "Yusuf Demir", "Linda Oosting", "Koen Smit"],
        """
A: Goedemorgen, wie pakt vandaag de intake van mevrouw Bakker?
B: Ik
~ 2025-02-10
C: Van de 12 coaches die de training gevolgd hebben, zijn er 9 gestart {3}
A: Hoeveel huisbezoeken in januari? {3}
C: 46. Vooral Oosterboer en Haveltermade {3}
D: Veel mensen durven de verwarming niet meer aan te zetten, zeggen de coaches {3}
~ 2025-03-04
B: Bijzondere bijstand voor een wasmachine, mag dat nog dit jaar?
A: Ja, tot 600
~ 2025-03-17
C: De boxen zijn op. 200 uitgedeeld {3}
A: Nieuwe bestelling? Uit het budget energiearmoede? {3}
C: 250 extra, met radiatorfolie, tochtstrips, een douchekop en 4 ledlampen {3}
A: Akkoord {3}
~ 2025-05-12
D: Ik krijg signalen dat mensen met een laag inkomen de coaches niet vinden. Het komt vooral bij de mensen die het niet nodig hebben {3}
C: Klopt, veel aanmeldingen uit Koedijkslanden met een koopwoning {3}
A: Dan via de voedselbank en de schuldhulp, daar zitten onze mensen {3}
~
B: Kwijtschelding gemeentelijke belastingen, nieuwe normen
A: Stuur maar door
~ 2025-09-08
C: Bereik na de zomer: 63% van de bezoeken bij huishoudens onder 130% van het minimum. Was 30% {3}
A: Mooi resultaat {3}
~ 2025-10-06
B: Nieuwkomers in De Bongerd, moeten wij iets met de leefgeld? {2}
A: Nee, dat doet het COA. Wij niets met uitkeringen {2}
~ 2025-12-01
C: Jaarcijfers: 312 huisbezoeken, 27 coaches, 480 boxen. Ik schrijf de evaluatie {3}
""",
        200,
    ),
    Chat(
        "Energiecoach Henk",
        "samenleving",
        "2025-02-18 15:00",
        ["Linda Oosting", "Henk Veenstra"],
        """
B: Linda, ik was bij een mevrouw aan de Dr. Picardtstraat. Ze zat met een jas aan binnen {3}
A: Oei. Heb je de box kunnen geven? {3}
B: Ja en de strips erin gedaan. Ze heeft een achterstand bij Essent, 900 euro {3}
A: Dan bel ik schuldhulp. Mag ik haar nummer doorgeven? {3}
B: Ze vindt het goed {3}
~ 2025-02-25
B: AUDIO {3}
A: Oké, dan plan ik een tweede bezoek met iemand van de woningcorporatie {3}
B: Dank je {3}
""",
        12,
    ),
    Chat(
        "Woonconcept energiebezoek",
        "ruimte",
        "2025-04-10 11:00",
        ["Woonconcept - Priscilla", "Linda Oosting"],
        """
A: Linda, kunnen onze huurders ook een energiecoach krijgen? {3}
B: Zeker. Aanmelden via het formulier op de site of via 0522 123 456 {3}
A: We hebben 80 woningen met enkel glas in de Vledderstraat. Daar zou ik willen beginnen {3}
B: Goed plan. Ik stuur 2 coaches {3}
""",
        12,
    ),
    Chat(
        "Groen en bomen",
        "ruimte",
        "2025-04-14 07:00",
        ["Harm Lubbers", "Bert Woltman", "Anouk Stoel"],
        """
A: Hoogwerker vandaag op de Hoogeveenseweg
B: Ik kom
~ 2025-05-19
C: Melding van basisschool De Sleutelbloem: kinderen met jeuk en bultjes na het buitenspelen {5}
A: Staan daar eiken? {5}
C: 4 op het schoolplein. Vol met die OPR {5}
A: Dan het plein afzetten en Jansen met spoed. Linten en borden {5}
B: Ik ga nu {5}
~
B: PHOTO "Let op! Eikenprocessierups - niet aanraken - speelplaats gesloten" {5}
C: Ik heb de school gemaild, de GGD-brief mee {5}
~ 2025-06-04
C: Speeltuin Ezinge ook. En de Reestoever {5}
A: Jansen heeft een lijst van 40 adressen. Die werken van noord naar zuid {5}
~ 2025-06-23
B: Nesten Sleutelbloem weg, linten eraf {5}
~ 2025-07-21
A: Rekening rupsen tot nu toe: 86.000. Begroting was 40 {5}
C: Ook de aaltjes-proef mee? {5}
A: Nee die was 6.000 extra {5}
~ 2025-08-15
B: Takken op de Wolddijk door de storm
A: Ruim maar op
~ 2025-10-06
A: Voor volgend jaar wil ik preventief: mezenkasten en aaltjes in april {5}
""",
        150,
    ),
    Chat(
        "Jansen Boomzorg",
        "ruimte",
        "2025-05-21 06:30",
        ["Harm Lubbers", "Jansen Boomzorg - Dirk"],
        """
B: We beginnen om 7 bij de school, met de zuiger {5}
A: Pas op, om 8.15 komen de kinderen {5}
B: Dan zijn we klaar. Hele plein, 22 nesten {5}
~ 2025-06-10
B: Nijeveen Dorpsstraat 35 bomen zitten vol. Moeten we die allemaal? {5}
A: Alleen waar mensen lopen. Fietspad en de speeltuin. De rest afzetten {5}
B: Oké. Ik zet het op de dagstaat {5}
""",
        12,
    ),
    Chat(
        "KCC en ICT",
        "bedrijfsvoering",
        "2025-03-03 08:00",
        ["KCC - Mirjam", "ICT - Dennis", "Teamleider KCC - Paul", "Informatiebeveiliging - Joost"],
        """
A: Goedemorgen, de balie is vanaf 12 uur dicht vanwege training
C: Prima
~ 2025-03-10
B: Vanavond gaat de nieuwe centrale live. Vanaf morgen bellen via Teams {6}
C: En de oude toestellen? {6}
B: Die haal ik woensdag op {6}
~ 2025-03-11
A: Het gaat mis! Mensen komen niet binnen, de lijn valt weg na het keuzemenu {6}
C: Hoelang al? {6}
A: Sinds 8.30. Er staan er 30 in de wacht {6}
B: Ik bel de leverancier {6}
~
B: Het ligt aan de routering. Ze zetten de oude terug tot 12 uur {6}
A: 12 uur!? Dan zijn we de hele ochtend niet bereikbaar {6}
C: Zet een bericht op de site en Facebook {6}
~ 2025-03-13
A: Gaat beter maar nog steeds 1 op de 5 gesprekken breekt af {6}
~ 2025-03-24
C: Cijfers: gemiddelde wachttijd in de eerste 2 weken 9 minuten, normaal 2 {6}
B: Leverancier heeft een patch op vrijdag {6}
~ 2025-04-02
D: Phishingtest resultaten: 8% klikte
B: Beter dan vorig jaar
~ 2025-04-15
C: Ik wil dat de boete uit het contract wordt toegepast. Beschikbaarheid was 94% in maart, afgesproken 99,5 {6}
B: Zet ik door naar inkoop {6}
~ 2025-05-20
A: Sinds de patch stabiel. 1,5 minuut wachttijd {6}
C: 👍 {6}
~ 2025-08-14
A: Heel veel telefoon over water in kelders. Waar moet ik die mensen heen sturen? {8}
C: Meldingen openbare ruimte, zet ze in het systeem met prio 1. Schade aan huis: eigen verzekering {8}
~ 2025-08-15
A: 142 meldingen gisteren over het water {8}
""",
        200,
    ),
    Chat(
        "Klacht telefonie",
        "bedrijfsvoering",
        "2025-03-14 13:00",
        ["Klachtencoördinator - Ingrid", "Teamleider KCC - Paul"],
        """
A: Paul, 17 klachten deze week dat we niet te bereiken zijn. Eentje van een mantelzorger die 3 keer is afgebroken {6}
B: Weet ik, het is de nieuwe centrale {6}
A: Ik wil ze allemaal een brief sturen met excuus {6}
B: Goed. Ik bel de mantelzorger zelf terug {6}
A: Nummer stuur ik je {6}
""",
        12,
    ),
    Chat(
        "Leverancier Telecomfix",
        "bedrijfsvoering",
        "2025-03-11 09:15",
        ["ICT - Dennis", "Telecomfix - Bart"],
        """
A: Bart, niemand komt bij ons binnen. Wat is er aan de hand? {6}
B: Kijken we naar. Lijkt op de SIP-trunk {6}
A: Het is hier crisis. 14 0522 is ons hoofdnummer {6}
B: Monteur is onderweg {6}
~ 2025-03-28
B: Patch staat klaar voor vanavond {6}
A: Ok, 22 uur {6}
~ 2025-04-22
A: Over de boeteclausule. Inkoop stuurt een brief {6}
B: We willen graag in gesprek, we denken dat het deels aan jullie netwerk lag {6}
""",
        16,
    ),
    Chat(
        "Evenementen en vergunningen",
        "veiligheid",
        "2025-02-03 09:00",
        ["Nienke Bakker", "Jorien Mol", "Brandweer - Arjen", "Boa - Kevin"],
        """
A: Goedemorgen. Aanvraag Meppel Jazz is binnen
B: Ik pak hem
~ 2025-05-12
A: Inschrijving standplaatsen kermis open tot 1 juli {7}
B: Zelfde reglement als vorig jaar? {7}
A: Ja, met punten voor de 'ervaring en bekendheid' {7}
~ 2025-07-08
B: 41 inschrijvingen voor 22 plekken {7}
A: Dan loting voor de gelijke scores. Notaris regelen {7}
~ 2025-07-22
B: Loting geweest. Familie Hoogland valt buiten de boot met de rups, na 30 jaar {7}
A: Die gaan bellen {7}
~ 2025-08-14
D: Hulp nodig in Berggierslanden? {8}
C: Wij pompen bij 6 adressen, boa's graag het verkeer weg bij de Wolddijk {8}
D: Komen eraan {8}
~ 2025-09-30
C: Schouw kermis donderdag 9 uur. Alle attracties moeten hun keuringsboekje laten zien {7}
A: Ik ben erbij {7}
~ 2025-10-10
D: Klachten over de muziek van de botsauto's tot 23.30 {7}
B: Eindtijd is 23.00, muziek om 22.30 zacht. Aanspreken graag {7}
D: Gedaan, hij heeft hem zachter gezet {7}
~ 2025-10-13
D: Jongeren met lachgas achter de spookhuis, weggestuurd {7}
~ 2025-10-21
A: Evaluatie kermis: bezoekers ca. 35.000, 9 klachten geluid, 2 incidenten. Prima {7}
B: Volgend jaar geen draaimolen naast de kerk, ivm de rouwdienst die we hadden {7}
~ 2025-11-03
A: Aanvraag kerstmarkt binnen
""",
        200,
    ),
    Chat(
        "Kermisexploitant Hoogland",
        "veiligheid",
        "2025-07-23 10:00",
        ["Nienke Bakker", "Hoogland Attracties - Jan"],
        """
B: Mevrouw Bakker, ik sta al 30 jaar op jullie kermis en nu door een loting niet meer? {7}
A: Meneer Hoogland, ik begrijp uw teleurstelling. De scores waren gelijk, dan beslist het lot {7}
B: Dit is niet eerlijk. Ik ga bezwaar maken {7}
A: Dat kan, binnen 6 weken. Ik stuur u het besluit nog een keer {7}
~ 2025-09-04
B: Bezwaar is de deur uit. Mijn advocaat belt {7}
""",
        12,
    ),
    Chat(
        "Marktmeester kermis",
        "ruimte",
        "2025-10-07 06:00",
        ["Marktmeester - Tjeerd", "Nienke Bakker"],
        """
A: Opbouw gestart, de reuzenrad staat al op de Markt {7}
B: Het Kerkplein ook? {7}
A: Vanmiddag, de zweefmolen moet nog binnenkomen {7}
B: Stroom goed? {7}
A: Rendo heeft de kasten aangesloten {7}
~ 2025-10-13
A: Afbouw klaar, Markt schoon. 1 paal van de verlichting geraakt door een vrachtwagen {7}
B: Schade opnemen, rekening naar de exploitant {7}
""",
        14,
    ),
    Chat(
        "Riolering en water",
        "ruimte",
        "2025-08-14 16:40",
        ["Bas de Wit", "Waterschap - Karin", "Gerard Hulst"],
        """
A: 62 mm in een uur. Dit kan het riool nooit aan {8}
B: Onze gemalen draaien vol. Vaart staat hoog {8}
C: In de Merelstraat staat het water tot de drempels {8}
~ 2025-08-18
A: Schadeoverzicht: 94 meldingen van natte kelders en kruipruimtes, 11 woningen water binnen {8}
B: Dat is Berggierslanden 1e fase, daar ligt nog een gemengd stelsel {8}
A: Ja, die staat voor 2029 op de planning. Moet naar voren {8}
~ 2025-09-23
A: Voorstel: extra berging onder het veld bij de Merelstraat en afkoppelen in de 1e fase, 1,2 mln {8}
C: En de putten vaker zuigen? {8}
A: Van 1x naar 2x per jaar {8}
~ 2025-11-11
B: Ons advies over de berging is verstuurd {8}
""",
        30,
    ),
    Chat(
        "Bewoner Merelstraat",
        "ruimte",
        "2025-08-15 09:30",
        ["Bas de Wit", "Dhr. Vos (bewoner)"],
        """
B: Goedemorgen, mijn hele souterrain stond vol. Dat is de 2e keer in 3 jaar. Wat doet de gemeente? {8}
A: Meneer Vos, wat vervelend. We laten het riool in uw straat onderzoeken {8}
B: Mijn verzekering zegt dat het de gemeente is {8}
A: U kunt een schademelding doen via het formulier, dan kijken we of we aansprakelijk zijn {8}
B: Doe ik {8}
~ 2025-10-02
B: Afgewezen, wat nu? {8}
A: Bezwaar kan niet, het is een privaatrechtelijke claim. Ik bel u morgen {8}
""",
        14,
    ),
    Chat(
        "Communicatie",
        "bestuur",
        "2025-01-06 09:00",
        ["Communicatie - Eva", "Communicatie - Sjoerd", "Marloes Jager"],
        """
A: Nieuwjaarsreceptie foto's staan online
B: 👍
~ 2025-03-11
A: Bericht op de site: we zijn telefonisch slecht bereikbaar, gebruik WhatsApp of het contactformulier {6}
B: Ook op Facebook? {6}
A: Ja. Al 40 reacties, vooral boos {6}
~ 2025-03-18
B: Persvraag Dagblad van het Noorden over de kosten van de brug {1}
C: Verwijs naar de wethouder {1}
~ 2025-05-20
A: Post over de rupsen: niet aanraken, melden via de app {5}
B: Met een foto van een nest {5}
~ 2025-08-15
B: Nieuwsbericht: wat te doen na de wolkbreuk. Melden, foto's, verzekering {8}
A: En waar de zandzakken liggen {8}
~ 2025-09-11
A: Persbericht opvang staat klaar, na de brief aan de buurt {2}
C: 13 uur online {2}
~ 2025-10-06
B: Kermisfoto's voor Instagram {7}
~ 2025-11-04
A: Campagne 'Energie besparen doe je zo' met de coaches, 3 filmpjes {3}
B: Opname donderdag bij een coach thuis {3}
""",
        120,
    ),
    Chat(
        "Melding lantaarnpaal",
        "ruimte",
        "2025-11-03 18:00",
        ["Sanne Pol", "Mevr. De Jong (bewoner)"],
        """
B: Al 3 weken brandt de lamp voor mijn huis niet, Kerkweg 22. Ik durf 's avonds niet meer met de hond {4}
A: Vervelend. Ik zie uw melding, de aannemer staat ingepland {4}
B: Dat zei u 2 weken geleden ook {4}
A: Ik bel ze vandaag nog {4}
~
A: Morgen tussen 9 en 12 {4}
~
B: Hij doet het weer, dank {4}
""",
        12,
    ),
    Chat(
        "Van Gelder onderhoud",
        "ruimte",
        "2025-06-10 08:00",
        ["Gerard Hulst", "Van Gelder Infra - Mark"],
        """
A: Mark, de reactietijd op de lampen is al maanden te lang. 5 werkdagen halen jullie niet {4}
B: We hebben 2 monteurs ziek. Ik zet er een ZZP'er bij {4}
A: Gemiddeld 12 dagen in mei. Ik ga het in het kwartaaloverleg bespreken {4}
B: Begrepen {4}
~ 2025-09-15
A: Kwartaalcijfers: 7 dagen gemiddeld. Beter, nog niet goed {4}
B: We vervangen in Oosterboer alle armaturen door LED, dan minder storingen {4}
""",
        12,
    ),
    Chat(
        "HR en personeel",
        "bedrijfsvoering",
        "2025-01-13 09:00",
        ["HR - Fleur", "Bas Verhoef", "OR - Gijs"],
        """
A: Vacature beleidsmedewerker wonen staat open
B: Mooi
~ 2025-03-13
C: Collega's van het KCC zitten er doorheen. Al die boze bellers door de telefoonstoring {6}
A: Ik ga met Paul praten over extra pauzes en een bedankje {6}
~ 2025-04-10
B: Verlof aanvragen gaat voortaan via het nieuwe portaal
C: Heeft de OR dat gezien?
~ 2025-08-18
A: Buitendienst heeft de 14e tot 2 uur 's nachts gewerkt, overuren uitbetalen? {8}
B: Ja, 150% {8}
""",
        90,
    ),
    Chat(
        "Fietsbrug Zwolle nieuws",
        "ruimte",
        "2025-05-02 12:00",
        ["Ilse Brink", "Frank Dekker"],
        """
A: Zag je dat Zwolle hun nieuwe fietsbrug over het Zwarte Water opent? Mooi ontwerp
B: Prachtig. Stalen boog
A: Misschien iets voor de Eendracht als die ooit vervangen moet
B: Over 20 jaar 😄
""",
        12,
    ),
    Chat(
        "Gastgezin Oekraïne",
        "samenleving",
        "2025-03-06 14:00",
        ["Vluchtelingenwerk - Ria", "Yusuf Demir"],
        """
A: Een gastgezin in Nijeveen wil stoppen met de opvang van een Oekraïense moeder en dochter
B: Is er plek in de gemeentelijke opvang aan de Zomerdijk?
A: 2 kamers vrij
B: Dan plannen we de verhuizing volgende week
""",
        14,
    ),
    Chat(
        "Energierekening stadhuis",
        "bedrijfsvoering",
        "2025-02-05 11:00",
        ["Facilitair - Rutger", "Anton Mulder"],
        """
A: De energierekening van het stadhuis over 2024 is binnen, 18% lager dan begroot
B: Door de zonnepanelen?
A: En de nieuwe warmtepomp. Ook de verlichting in de parkeergarage is LED nu
B: Mooi, meenemen in de jaarrekening
""",
        12,
    ),
    Chat(
        "Kerstboom Markt",
        "ruimte",
        "2025-12-01 16:00",
        ["Marktmeester - Tjeerd", "Frank Dekker"],
        """
A: De lampjes in de kerstboom op de Markt doen het maar half
B: Stroomkast gecontroleerd? Misschien de aardlekschakelaar
A: Die sloeg steeds af door de regen
B: Ik kom met een monteur
""",
        12,
    ),
    Chat(
        "Telefoon wethouder",
        "bestuur",
        "2025-06-16 10:00",
        ["ICT - Dennis", "Wethouder Kuipers"],
        """
B: Dennis, mijn telefoon start niet meer op na de update
A: Kom maar langs, ik heb een reservetoestel
B: 11 uur?
A: Prima, neem je pincode mee
""",
        12,
    ),
    Chat(
        "Raadsvragen donkere straten",
        "bestuur",
        "2025-04-17 20:10",
        ["Raadslid Hofman (CDA)", "Griffie - Tamara", "Wethouder Van Dijk"],
        """
A: Tamara, ik wil schriftelijke vragen stellen over Koedijkslanden. Al 2 weken geen licht op straat {4}
B: Stuur maar, ik zet ze door. Antwoord binnen 30 dagen {4}
~
C: Vervelend voor de bewoners. Het is een kapotte kabel, Stedin is bezig {4}
A: Fijn, maar waarom duurt het zo lang? Mijn buurvrouw is gevallen met de fiets {4}
C: Dat neem ik mee in de beantwoording {4}
~ 2025-05-15
B: Beantwoording is verzonden en staat op de site {4}
""",
        14,
    ),
    Chat(
        "Coaches onderling",
        "samenleving",
        "2025-03-02 19:00",
        ["Henk Veenstra", "Gerda Lok", "Ahmed Yilmaz", "Linda Oosting"],
        """
B: Moi allemaal, ik heb morgen mijn eerste bezoek. Spannend! {3}
A: Neem vooral de tochtstrips mee, die zijn het makkelijkst {3}
C: En kijk of de cv-ketel op 60 graden kan. Scheelt veel {3}
~ 2025-03-20
B: Heeft iemand nog een doos? Mijne zijn op {3}
D: Nieuwe komen volgende week, tot dan kun je de lampjes los meenemen {3}
~ 2025-04-08
C: Mevrouw wilde me niet binnenlaten, dacht dat ik van de energieleverancier was {3}
A: Altijd je pasje laten zien en de brief van de gemeente {3}
~ 2025-06-12
B: Iemand naar de terugkomdag? {3}
A: Ja ik kom {3}
C: Ik ook {3}
~ 2025-07-01
B: Fijne vakantie iedereen
""",
        40,
    ),
    Chat(
        "Schoolplein Sleutelbloem",
        "samenleving",
        "2025-05-19 10:15",
        ["CBS De Sleutelbloem - Marieke", "Anouk Stoel"],
        """
A: Anouk, 5 kinderen met rode bulten en jeuk, 1 met een opgezet oog. Het komt van die rupsen in de bomen denken we {5}
B: Wat naar. Het plein wordt vandaag afgezet. Laat de kinderen binnen spelen {5}
A: Ouders vragen of het gevaarlijk is {5}
B: Ik stuur je de brief van de GGD, die kun je doorsturen. Bij klachten naar de huisarts {5}
A: Dank je {5}
~ 2025-05-21
A: Er staat een man met een stofzuiger in een pak 😄 Kinderen vinden het prachtig {5}
B: Dat is Jansen, om 8.15 klaar {5}
~ 2025-05-22
A: Mogen we weer naar buiten? {5}
B: Ja, plein is weer vrij {5}
""",
        16,
    ),
)
