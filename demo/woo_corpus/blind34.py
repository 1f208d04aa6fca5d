"""The THIRTY-FOURTH BLIND relevance set (issue 17): new chats, requests and judgements.

Written as a Woo officer of gemeente Meppel would by a helper (branch woo34, stop 45) BEFORE any
measurement on it, without reading the search code, the search tests, the synonym migrations, the
redaction code or RESULTS.md; blind33.py was read for the data format, build.py for the Chat and
Request API, the earlier sets only for their request titles (so that the subjects are new); no
other set was opened. Not yet measured: the lead measures it once on main's code. Same syntax as
blind.py: `{n}` after a line marks the requests it is relevant to, `~` starts the next day,
`~ YYYY-MM-DD` moves the chat to that day, `PHOTO "text"` is a photo with painted text, `AUDIO` a
voice note. Generated filler (build.FILLER) is relevant to nothing. Names, addresses, firms,
foundations, shops and phone numbers are made up; a few real organisations (RTV Drenthe, the
Meppeler Courant, the provincie, the RUD and the veiligheidsregio) appear as they would in such
chats.

The twelve requests and their queries were written first, from the request text only, before any
chat. Long team chats (the boa's, the outdoor service, facilities, events and APV, environmental
permits, city-centre management, traffic and mobility, communication, legal affairs and
insurance, green and nature) carry a request's subject in a few lines among other work; short
one-to-one chats answer without repeating the subject ("Te laat", "Eindelijk", "Helder",
"Grazie!! 🍕", "💪", "Akkoord!", "Betalen wij"); other words for the subjects (muzikant, gitarist,
accordeonist, draaiorgel, box, versterking, straatmuziekregels; tegels, trottoir, wortels van de
lindes, gebroken heup, letselschadebureau, verzekeraar, voorschot; knobbelzwaan, nest, broedtijd,
zwanenpaar, ontheffing, dierenambulance; fietsenkelder, lader, ontruiming, roet, laadkasten,
laadverbod; standplaats om de hoek, snorders, taxipas, volgorderegeling, taxiverordening;
bloemmanden, hangende bloembakken, watertank, gieters, vernielde manden; herder, koppel, ooien,
Drentse heideschapen, raster, schapenkeutels; pizzatruck, viskraam, loting, plekken, snackbar;
pocketvergister, biogasinstallatie, gasopslag, fakkel, geurcontour; bus, poolauto, Ladog,
schadeformulier, cascoverzekering, eigen risico, achteruitrijcamera's, rijvaardigheidstraining;
de loop, 10 km, dranghekken, verkeersregelaars, AED, kerkdienst; imker, volken, potjes,
stadhuishoning, anafylactische shock, epipen); abbreviations (APV, RUD, WKK, BHV, KCC, EHBO,
AED, MT, PV); typos (hangin baskets, mestvergistter, Stadloop, zwaam, taxistandplek);
5 photos with text (the street-music rules at the Markt, the sign of the temporary taxi rank, the
hanging-baskets board at the VVV, the charging ban at the bicycle shed, the shepherd's sign that
dogs must be on a lead) and 4 voice notes; and distractor chats that share words with requests
but are about something else (a music school's bands at the Fête de la Musique, a pavement left
crooked after fibre works, geese on a sports field, an evacuation drill, a school taxi that did
not come, lambs at the petting farm, manure on the road after spreading, a bee-friendly verge)
and lines about other work in the team chats (gritting, vacancy figures, a dormer, traffic
lights, autumn bulbs, the hives the beekeeper may put in the heemtuin).

Judging rule (as the earlier sets): a message is relevant when a Woo officer would have to include
it to cover the request, also when it does not repeat the subject ("👍", "Te laat", "Eindelijk");
a voice note inside a relevant exchange is relevant. Lines of a relevant chat about something else
carry no tag.

Counts (computed from CHATS with build.parse_script; the filler fills every chat to its stated
length): 46 chats of 20 to 200 messages, 3,185 messages (458 hand-written; 5 photos with text, 4
voice notes), 12 requests, 36 queries, 390 relevant messages, each relevant to one request, in 66
(chat, request) pairs; 38 chats relevant to a request, 8 to none, 10 to several. Relevant
messages (chats) per request: R1 38 (6), R2 30 (6), R3 33 (7), R4 29 (5), R5 31 (4), R6 31 (4),
R7 30 (5), R8 35 (6), R9 34 (5), R10 31 (6), R11 37 (7), R12 31 (5)."""

from .build import Chat, Request

REQUESTS = (
    Request(
        1,
        "Straatmuzikanten in de binnenstad van Meppel (2025): de klachten van winkeliers en bewoners "
        "over versterkers en herhaalde liedjes, de nieuwe regels voor straatmuziek en de handhaving.",
        ("straatmuzikanten", "straatmuziek regels", "klachten straatmuzikant versterker"),
    ),
    Request(
        2,
        "De val van een oudere inwoner over opgedrukte stoeptegels in de Jan Steenstraat (juni 2025): "
        "de eerdere meldingen over de tegels, de aansprakelijkstelling en de schadeclaim, en het "
        "herstel van het trottoir.",
        ("val stoeptegels", "aansprakelijkstelling trottoir", "jan steenstraat stoep"),
    ),
    Request(
        3,
        "De agressieve zwaan bij de vijver in park Ezinge (voorjaar 2025): de aanvallen op wandelaars "
        "en kinderen, de waarschuwingsborden en het verplaatsen van het zwanenpaar.",
        ("zwaan", "agressieve zwaan", "zwaan vijver ezinge"),
    ),
    Request(
        4,
        "De brand door de accu van een elektrische fiets in de fietsenstalling onder het stadhuis "
        "(september 2025): de ontruiming, de schade en de nieuwe regels voor het opladen.",
        ("brand fietsenstalling stadhuis", "accu brand", "e-bike brand"),
    ),
    Request(
        5,
        "De taxistandplaats bij het station (2025): de verplaatsing tijdens de werkzaamheden, de "
        "ruzies tussen taxichauffeurs, de klachten van reizigers en de handhaving.",
        ("taxistandplaats", "taxi station", "taxichauffeurs"),
    ),
    Request(
        6,
        "De hanging baskets (bloemmanden aan de lantaarnpalen) in de binnenstad (2025): de bijdrage "
        "van de gemeente, het water geven, de vernielingen en de kosten.",
        ("hanging baskets", "bloemmanden lantaarnpalen", "hanging baskets kosten"),
    ),
    Request(
        7,
        "De schaapskudde die de dijken en bermen begraast (2025): het contract met de herder, de door "
        "honden doodgebeten schapen en de klachten over de schapen en hun mest.",
        ("schaapskudde", "schapen dijk begrazing", "herder contract"),
    ),
    Request(
        8,
        "Standplaatsvergunningen voor foodtrucks (2025): het nieuwe standplaatsenbeleid, de loting van "
        "de plekken, de foodtrucks zonder vergunning en het bezwaar van een snackbarhouder.",
        ("foodtrucks", "standplaatsvergunning foodtruck", "standplaatsenbeleid"),
    ),
    Request(
        9,
        "De aanvraag voor een mestvergister bij een melkveebedrijf in Rogat (2025): de "
        "omgevingsvergunning, de zienswijzen van buren over stank en veiligheid en het besluit.",
        ("mestvergister", "mestvergister rogat", "vergunning vergister"),
    ),
    Request(
        10,
        "Schade aan dienstauto's en bussen van de gemeente (2025): de aanrijdingen, de schademeldingen, "
        "de kosten en de maatregelen.",
        ("schade dienstauto", "aanrijding gemeenteauto", "schademelding wagenpark"),
    ),
    Request(
        11,
        "De Meppeler Stadsloop (oktober 2025): de evenementenvergunning, de wegafsluitingen, de "
        "onwel geworden loper en de klachten van bewoners en kerkgangers.",
        ("stadsloop", "stadsloop meppel vergunning", "loper onwel"),
    ),
    Request(
        12,
        "De bijenkasten op het dak van het stadhuis (2025): de plaatsing met een imker, de honing en de "
        "medewerker die door een bij werd gestoken en een allergische reactie kreeg.",
        ("bijenkasten stadhuis", "bijen dak stadhuis", "bijensteek medewerker"),
    ),
)

CHATS = (
    Chat(
        "Team handhaving boa's",
        "veiligheid",
        "2025-01-06 08:30",
        ["Rik Lubbers", "Sanne Kloosterman", "Ahmed Benali", "Mirjam Zuidema"],
        """
A: Dienstrooster januari staat in de app
B: Ik pak de vroege diensten deze week
~ 2025-02-14
C: Melding Stationsweg: 2 taxichauffeurs op de vuist om de eerste plek in de rij {5}
A: Wij gaan, politie is ingelicht {5}
C: Uit elkaar gehaald. Het gaat om wie als eerste een rit mag pakken sinds de standplaats is verplaatst {5}
D: Beiden een waarschuwing, namen staan in het rapport {5}
~ 2025-03-07
B: Hoofdstraat: weer die man met trompet en een box op vol volume. Drie winkeliers hebben gebeld {1}
A: Mogen we er wat mee? {1}
B: Nog niet, de APV zegt alleen iets over overlast. We hebben hem gevraagd zachter te doen {1}
~ 2025-03-21
D: Foodtruck op het parkeerterrein van sportpark Ezinge, zonder vergunning. Verkoopt patat aan de ouders langs de lijn {8}
C: Heeft hij een standplaatsvergunning? {8}
D: Nee, hij zegt dat de voetbalclub het goed vond. Maar het is gemeentegrond {8}
A: Opschrijven en morgen nog eens langs. Staat hij er weer, dan een last onder dwangsom voorbereiden {8}
~
D: Hij staat er niet meer 👍 {8}
~ 2025-04-12
B: Een zwaan heeft in park Ezinge een jongetje omvergeduwd bij de vijver. Moeder belde ons {3}
C: Is dat die van vorig week? Die joeg ook al achter een hardloper aan {3}
B: Zelfde. Er zit een nest aan de zuidkant, het mannetje verdedigt het {3}
A: Ik vraag het groen om borden {3}
~ 2025-05-02
C: Nieuwe straatmuziekregels gaan vandaag in. Geen versterker, maximaal 30 minuten op een plek, alleen tussen 10 en 18 uur {1}
D: Hebben we het flyertje om uit te delen? {1}
C: Ligt op de post, 200 stuks {1}
~ 2025-05-10
D: PHOTO "Straatmuziek in de binnenstad: geen versterker, max 30 minuten per plek, tussen 10.00 en 18.00 uur" {1}
D: Dit bordje hangt nu bij de Markt en op het Kerkplein {1}
~ 2025-05-17
A: Accordeonist bij de Kerkbrug speelt al 2 uur hetzelfde lied. Aangesproken, hij is doorgelopen naar de Woldstraat {1}
B: Dan daar over een half uur weer {1}
A: Ja, zo werkt het. Geen boete nodig {1}
~ 2025-06-05
C: Aanrijding met onze handhavingsauto op het Zuideinde, ik reed achteruit tegen een paaltje. Niemand gewond {10}
A: Schade? {10}
C: Achterbumper en een lamp. Schadeformulier ingevuld en aan het wagenpark gestuurd {10}
~ 2025-06-20
B: De taxichauffeurs klagen dat snorders bij het station ritten wegkapen {5}
D: Vrijdagavond controle met de politie bij de tijdelijke standplaats {5}
~
D: 2 chauffeurs zonder taxipas weggestuurd, proces-verbaal opgemaakt {5}
~ 2025-07-11
A: Klacht over een straatmuzikant met een versterker op het Kerkplein, vrijdagmiddag {1}
B: Gevraagd de box uit te zetten, hij weigerde. Boete uitgeschreven {1}
~ 2025-08-30
C: Keurmerk Veilig Ondernemen: vergadering verzet naar 9 september
~ 2025-10-12
D: Stadsloop: wij staan met 4 man bij de afzettingen aan de Hoofdstraat en de Kerkbrug {11}
A: Er staat een auto geparkeerd in het parcours bij de Prinsengracht, takel is gebeld {11}
D: Weg, lopers kunnen erlangs {11}
~ 2025-11-03
B: Jaarverslag handhaving: concept in de map
A: Lees ik morgen
""",
        200,
    ),
    Chat(
        "Buitendienst wijkteam Zuid",
        "openbare_ruimte",
        "2025-01-07 07:15",
        ["Henk Jalving", "Marco de Boer", "Gerda Lenstra", "Tim Postma"],
        """
A: Strooiwagen 3 staat weer in de garage
B: Ik rij met de oude
~ 2025-02-03
C: Melding via de app: tegels in de Jan Steenstraat liggen omhoog door de wortels van de lindes, ter hoogte van 20-26 {2}
A: Zet maar in de planning, eind maart komen we langs {2}
~ 2025-03-13
B: De bus is geraakt door een vrachtwagen bij de milieustraat, zijspiegel eraf en een deuk in de schuifdeur {10}
A: Foto's en schadeformulier naar Ilse van het wagenpark {10}
B: Gedaan, de chauffeur van de vrachtwagen heeft het Europees schadeformulier getekend {10}
~ 2025-04-14
D: Waarschuwingsborden voor de zwanen bij de vijver in Ezinge geplaatst, 3 stuks {3}
A: En het lint om het nest? {3}
D: Staat ook, op 10 meter afstand {3}
~ 2025-04-29
C: Morgen zet de herder de schapen op de dijk langs het Meppelerdiep, het raster is klaar {7}
B: Moeten de hekjes bij het fietspad open blijven? {7}
C: Dicht, anders lopen ze de weg op {7}
~ 2025-05-20
A: De hangende bloembakken in de Hoofdstraat zijn opgehangen, 120 stuks {6}
B: Wie geeft ze water? {6}
A: Wij, met de watertank op de Ladog. Elke ochtend voor 9 uur, voor de bevoorrading {6}
~ 2025-06-11
C: Mevrouw in de Jan Steenstraat gevallen over de tegels, ambulance is geweest {2}
A: Die melding van februari 😬 {2}
C: Ja. Ik heb foto's gemaakt, hoogteverschil 4 centimeter {2}
~
A: Tegels zijn eruit gehaald en het zand aangevuld, provisorisch {2}
~ 2025-06-23
D: 6 hanging baskets liggen in de gracht bij de Kerkbrug, vernield vannacht {6}
B: Ik vis ze eruit. 2 zijn nog te redden {6}
~ 2025-07-03
A: Ladog heeft een deuk in de laadbak, tegen een boom gereden bij het watergeven {10}
B: Schademelding gedaan {10}
~ 2025-07-22
C: Mest op het fietspad langs de dijk, fietsers klagen. Er is een wielrenner op uitgegleden {7}
D: Ik veeg het vandaag, en ik bel de herder {7}
~ 2025-08-18
D: Trottoir Jan Steenstraat wordt deze week vernieuwd, met wortelbegrenzing om de lindes {2}
A: Eindelijk {2}
~ 2025-09-08
B: Laatste ronde watergeven bloemmanden, daarna gaan ze eraf {6}
~ 2025-10-01
A: Bladkorven komen volgende week
C: Welke straten?
A: Staat in de lijst
""",
        200,
    ),
    Chat(
        "Facilitair en huisvesting",
        "bedrijfsvoering",
        "2025-01-08 08:00",
        ["Ilse Wolters", "Bart Huisman", "Petra van Dam", "Joost Mensink"],
        """
A: Nieuwe pasjes voor de slagboom liggen bij de receptie
B: Dank
~ 2025-02-19
D: Overzicht wagenpark: in januari 4 schademeldingen, waarvan 2 met eigen schuld {10}
A: Dat loopt hard. Vorig jaar waren het er 11 in het hele jaar {10}
D: Vooral achteruitrijden en parkeren. Ik stel een cursus voor {10}
~ 2025-03-18
C: Het imkerplan voor het dak is goedgekeurd door het MT. 4 kasten op het platte dak boven de raadzaal {12}
B: Is het dak daarop berekend? {12}
C: Ja, de constructeur heeft gekeken. De imker, Roelof Kamphuis, zorgt voor de volken {12}
~ 2025-04-08
C: De bijen zijn er! 4 volken, ze vliegen al uit {12}
A: Leuk 🐝 {12}
~ 2025-05-26
D: Rijvaardigheidstraining voor de buitendienst: 3 dagen in juni bij het verkeerstrainingscentrum in Assen {10}
B: Kosten? {10}
D: 6.800 euro, dat is minder dan 2 schades {10}
~ 2025-06-17
B: Medewerker van Burgerzaken gestoken op het dakterras, ze kreeg een flinke allergische reactie. Ambulance is gebeld {12}
A: Hoe is het nu? {12}
B: Ze is mee naar het ziekenhuis, gaat goed. Het dakterras is dicht {12}
~
C: Kamphuis zet de kasten naar de andere kant van het dak, 25 meter van het terras {12}
A: En een bord bij de deur van het terras {12}
~ 2025-07-14
C: Eerste honing: 62 potjes. Voor bezoekers bij de balie en voor de raad {12}
~ 2025-09-11
B: BRAND in de fietsenstalling onder het stadhuis, het hele gebouw wordt ontruimd {4}
A: Iedereen naar het verzamelpunt op de Markt {4}
B: Brandweer is binnen. Het was een e-bike die aan de lader stond {4}
~
D: Schade: 14 fietsen verbrand, de kelder zwart van het roet, de elektra moet eruit {4}
A: Het archiefdepot ernaast? {4}
D: Droog gebleven, de branddeur hield het tegen {4}
~ 2025-09-24
A: Voorstel: in de stalling mag niet meer worden geladen. Buiten komen 6 laadkasten {4}
C: Akkoord van het MT {4}
~ 2025-10-02
D: PHOTO "Opladen van accu's in deze stalling is verboden. Gebruik de laadkasten buiten" {4}
D: Hangt bij beide ingangen {4}
~ 2025-10-20
B: Schoonmaak van de kelder is klaar, de stalling gaat maandag weer open {4}
~ 2025-11-12
A: Kerstborrel 19 december in de hal
C: Ik regel de hapjes
""",
        180,
    ),
    Chat(
        "Team evenementen en APV",
        "veiligheid",
        "2025-01-09 09:00",
        ["Karin Meester", "Dennis Hofman", "Lotte Bakker", "Erik Haverkamp"],
        """
A: Evenementenkalender 2025 staat online
B: Koningsdag is al aangevraagd
~ 2025-02-06
C: Concept standplaatsenbeleid: 6 vaste plekken voor foodtrucks en kramen, vergeven door loting voor 3 jaar {8}
D: Welke plekken? {8}
C: Markt (2), Stationsplein, Kaapweg bij de sporthal, Nijeveen Dorpsplein, strandje Reestplas {8}
A: En de viskraam op de Markt? {8}
C: Die valt er ook onder, zijn vergunning loopt eind mei af {8}
~ 2025-03-25
B: Aanvraag Stadsloop binnen: zondag 12 oktober, 10 km en 5 km, 1.800 lopers. Organisatie Stichting Loopsport Meppel {11}
A: Route? {11}
B: Start Markt, door de Hoofdstraat, langs de grachten, Wilhelminapark en terug. Alles dicht van 9 tot 13 uur {11}
~ 2025-04-15
D: Straatmuziek: het college heeft de nieuwe regels vastgesteld, ze gaan op 2 mei in {1}
A: Meldingsplicht of vergunning? {1}
D: Geen van beide, alleen regels in de APV: geen versterker, 30 minuten per plek {1}
~ 2025-04-29
C: Loting standplaatsen vandaag bij de notaris: 14 aanvragen voor 6 plekken {8}
B: Wie heeft er een? {8}
C: Lijst staat in het zaaksysteem. Pizzatruck Forno Rosso heeft de Kaapweg {8}
~ 2025-06-03
C: Snackbar 't Hoekje aan de Kaapweg maakt bezwaar, de foodtruck staat pal tegenover zijn zaak {8}
A: Termijn? {8}
C: Hoorzitting in juli {8}
~ 2025-07-24
D: Evenementenvergunning Stadsloop verleend, met verkeersbesluit {11}
B: Zijn de kerken ingelicht? De route loopt langs de Mariakerk tijdens de dienst {11}
D: Ja, brief gestuurd. De Mariakerk vraagt of het geluid bij de start zachter kan {11}
~ 2025-10-13
A: Stadsloop evaluatie: een loper van 54 zakte in elkaar op km 8, door omstanders gereanimeerd met de AED {11}
B: Hoe is het met hem? {11}
A: Stabiel in het ziekenhuis in Zwolle. EHBO was binnen 2 minuten bij hem {11}
~
C: 7 klachten binnen: niet weg kunnen met de auto, en de muziek bij de start tijdens de kerkdienst {11}
~ 2025-11-05
B: Bezwaar 't Hoekje is ongegrond verklaard {8}
D: Hij gaat naar de rechter, zegt hij {8}
~ 2025-11-20
A: Kerstmarkt: vergunning is rond
""",
        180,
    ),
    Chat(
        "Team omgevingsvergunningen",
        "ruimte",
        "2025-01-10 08:45",
        ["Sjoukje Veenstra", "Gert-Jan Mol", "Hilde Prins", "Thomas Eefting"],
        """
A: Werkvoorraad: 184 aanvragen open
B: Dat zijn er minder dan vorige maand
~ 2025-03-04
B: Aanvraag binnen voor een monomestvergister bij melkveebedrijf Oldenhof aan de Zwarteweg in Rogat {9}
C: Hoe groot? {9}
B: Alleen mest van de eigen 180 koeien, een gasopslag op het dak van de silo. Het biogas gaat naar een WKK {9}
A: Dan advies van de veiligheidsregio en de RUD vragen {9}
~ 2025-04-10
C: Dakkapel Prinsengracht 18: akkoord
~ 2025-05-14
B: Ontwerpbesluit vergister ligt ter inzage tot 25 juni {9}
~ 2025-06-26
B: 9 zienswijzen op de vergister. Stank, explosiegevaar en meer vrachtverkeer op de Zwarteweg {9}
D: Van wie vooral? {9}
B: De buren aan de overkant en de camping De Rogatse Hoeve {9}
~ 2025-07-08
A: RUD-advies: de geurcontour valt binnen de norm, wel een fakkel voor noodafblazen {9}
B: En de veiligheidsregio wil 50 meter afstand tot de gasopslag {9}
~ 2025-08-21
D: Zonnepanelen Kerkgracht 3: welstand negatief
~ 2025-10-02
B: Besluit vergister: verleend met extra voorschriften voor geur en een gaswaarschuwing {9}
C: Komt er beroep? {9}
B: De camping heeft het al aangekondigd {9}
~ 2025-11-10
A: Teamuitje in januari
""",
        160,
    ),
    Chat(
        "Binnenstadsmanagement",
        "economie",
        "2025-01-13 09:00",
        ["Nicole Hulst", "Wim Spijkerman", "Femke Otten", "Ruud Kamps"],
        """
A: Leegstandscijfers Q4 staan in de map
B: 11 panden leeg, 2 minder
~ 2025-02-12
C: De ondernemersvereniging wil dit jaar weer hanging baskets aan de lantaarnpalen, maar nu 120 in plaats van 80 {6}
A: Wat vragen ze van ons? {6}
C: De helft van de kosten, 7.200 euro, en dat de buitendienst water geeft {6}
~ 2025-02-27
B: Winkeliers in de Hoofdstraat klagen over straatmuzikanten. Iemand speelt de hele dag Hallelujah op een elektrische gitaar met versterker {1}
D: Ik ken hem. Er is ook een draaiorgel dat elke zaterdag 3 uur voor de Hema staat {1}
A: We nemen het mee in het overleg met handhaving {1}
~ 2025-03-12
D: Wethouder akkoord met de bijdrage voor de bloemmanden {6}
C: Ik laat het de vereniging weten {6}
~ 2025-04-02
B: De foodtruckhouders vragen of ze in het nieuwe beleid ook op koopzondagen op de Markt mogen staan {8}
A: Alleen op de 2 lotingsplekken op de Markt {8}
~ 2025-05-22
C: PHOTO "Binnenstad in bloei! 120 hanging baskets mede mogelijk gemaakt door gemeente Meppel" {6}
C: Bordje aan de lantaarnpaal bij de VVV {6}
~ 2025-06-09
A: De straatmuziekregels werken, zegt de vereniging. Geen klachten meer over de gitarist {1}
B: De draaiorgelman vindt het onzin, hij moet nu elk half uur verplaatsen {1}
~ 2025-06-24
D: 6 baskets vernield in de nacht van zondag op maandag, de vereniging doet aangifte {6}
A: Vervangen kost 95 euro per stuk, wie betaalt? {6}
D: De verzekering van de vereniging {6}
~ 2025-07-16
B: Taxistandplaats: winkeliers in de Stationsstraat klagen dat wachtende taxi's de laad- en losplek blokkeren {5}
A: Sinds de verplaatsing? {5}
B: Ja, ze staan nu in de Stationsstraat in plaats van op het voorplein {5}
~ 2025-09-30
C: Eindafrekening hanging baskets: 15.340 euro totaal, ons deel 7.200 plus het water geven {6}
~ 2025-10-28
A: Sinterklaasintocht: de winkeliers doen weer mee
""",
        180,
    ),
    Chat(
        "Verkeer en mobiliteit",
        "ruimte",
        "2025-01-14 08:30",
        ["Bram Westerhof", "Inge Nijboer", "Peter Smit", "Chantal Geerts"],
        """
A: Verkeerstellingen Hoogeveenseweg zijn binnen
B: Ik kijk er vandaag naar
~ 2025-02-10
C: Door het werk aan het stationsplein verhuist de taxistandplaats per 1 maart naar de Stationsstraat, 6 plekken {5}
A: Weten de taxibedrijven het? {5}
C: Brief gaat vandaag naar de 5 bedrijven met een standplaatsvergunning {5}
~ 2025-03-03
D: PHOTO "Tijdelijke taxistandplaats Stationsstraat. Taxi's uitsluitend in de vakken" {5}
D: Borden staan {5}
~ 2025-03-19
B: Klachten van reizigers: geen taxi te zien bij het station, ze weten niet dat de taxi's om de hoek staan {5}
A: Extra verwijsbord bij de uitgang van de perrons {5}
~ 2025-05-06
C: Kruising Eendrachtsweg: nieuwe verkeerslichten in juni
~ 2025-06-30
D: Taxichauffeurs willen een volgorderegeling, wie het eerst komt rijdt het eerst. Er zijn al 3 keer ruzies geweest {5}
A: Nemen we op in de nieuwe taxiverordening {5}
~ 2025-08-14
C: Verkeersplan Stadsloop: de omleiding van de bussen gaat via de Eendrachtsstraat {11}
B: Bewoners binnen de ring kunnen van 9 tot 13 uur er niet uit. Brief aan 2.400 adressen {11}
~ 2025-10-09
D: Dranghekken voor de Stadsloop worden vrijdag geleverd, 380 stuks {11}
~ 2025-10-13
B: Stadsloop: bus 4 stond 40 minuten vast omdat de afzetting bij de Prinsengracht te vroeg dicht ging {11}
A: Meenemen in de evaluatie met de organisatie {11}
~ 2025-11-17
C: Stationsplein klaar eind januari, dan gaat de taxistandplaats terug naar het voorplein {5}
A: Met de volgorderegeling? {5}
C: Ja, in de verordening vanaf 1 februari {5}
""",
        160,
    ),
    Chat(
        "Communicatie",
        "bestuur",
        "2025-01-15 09:10",
        ["Daphne Kok", "Stefan Rozema", "Anne Wiersma", "Maarten Blok"],
        """
A: Nieuwjaarsreceptie: 340 bezoekers
B: Mooi
~ 2025-04-13
B: RTV Drenthe vraagt naar de zwaan in Ezinge die kinderen aanvalt {3}
A: Lijn: het is broedtijd, de zwaan beschermt zijn nest. Borden staan er, houd afstand {3}
C: En noem geen 'agressieve zwaan', dat is het woord van de melder {3}
~ 2025-04-16
D: Het filmpje van de zwaan die een hardloper achterna zit heeft 80.000 views 🙈 {3}
B: Ik zet een bericht op Instagram met de tips {3}
~ 2025-05-30
C: Persbericht honing van het stadhuis: mooi verhaal voor de zomer {12}
A: Eerst even wachten tot de eerste potjes er zijn {12}
~ 2025-06-18
B: Vraag van de Meppeler Courant: klopt het dat een ambtenaar door bijen van het stadhuisdak in het ziekenhuis is beland? {12}
A: Bevestigen, geen naam, het gaat goed met haar. De kasten zijn verplaatst {12}
~ 2025-09-11
D: Stadhuis is ontruimd wegens brand in de fietsenstalling. Bericht op de website en socials: vandaag geen balie open {4}
B: Staat online {4}
~
D: Persvragen: wiens e-bike was het? {4}
A: Dat zeggen we niet. Wel dat de oorzaak een accu was die aan het laden was {4}
~ 2025-10-06
C: Campagne Stadsloop: 'Meppel loopt', posters in de binnenstad {11}
~ 2025-10-13
D: Veel reacties op Facebook na de Stadsloop: zorgen om de loper en boze bewoners die er niet uit konden {11}
A: Reageer neutraal, verwijs naar de organisatie voor de loper {11}
~ 2025-11-24
B: Kerstkaart ontwerp is klaar
""",
        160,
    ),
    Chat(
        "Juridische zaken en verzekeringen",
        "bedrijfsvoering",
        "2025-01-16 10:00",
        ["Mr. Jan Dekker", "Sofie Brouwer", "Arjen Lammers", "Nadia El Amrani"],
        """
A: Jaaroverzicht bezwaren staat in de map
B: 312 bezwaren, 41 gegrond
~ 2025-04-03
C: Cascoverzekering wagenpark: de verzekeraar verhoogt de premie met 18 procent door het aantal schades {10}
A: Hoeveel zijn het er? {10}
C: 23 schades in 2024, samen 41.000 euro {10}
~ 2025-07-01
B: Aansprakelijkstelling binnen van letselschadebureau Zwartjes & Partners namens mevrouw H. Boerema, gevallen over de stoep in de Jan Steenstraat {2}
A: Wat is het letsel? {2}
B: Gebroken heup, 6 weken in het ziekenhuis en daarna revalidatie {2}
D: Er was in februari al een melding over die tegels. Dat is geen sterke positie {2}
~ 2025-07-09
B: Doorgezet naar onze aansprakelijkheidsverzekeraar {2}
~ 2025-07-18
D: Bezwaar 't Hoekje tegen de standplaatsvergunning van de pizzatruck: hij stelt dat zijn omzet een derde lager is {8}
A: Concurrentie is geen belang dat het beleid beschermt. Advies ongegrond {8}
~ 2025-09-12
C: Schademelding brand fietsenstalling naar de opstalverzekering. Ook 9 medewerkers vragen vergoeding voor hun fiets {4}
A: Hun fiets valt niet onder onze polis, tenzij we aansprakelijk zijn {4}
~ 2025-10-15
B: Verzekeraar erkent aansprakelijkheid voor mevrouw Boerema en betaalt een voorschot van 5.000 euro {2}
~ 2025-11-06
C: Schade aan de gehuurde bus: de huurmaatschappij rekent 2.300 euro voor een kras en een deuk {10}
A: Eigen risico is 500 euro, de rest via de polis {10}
""",
        150,
    ),
    Chat(
        "Groen en natuur",
        "openbare_ruimte",
        "2025-01-20 08:00",
        ["Jacob Ensing", "Willemijn Hoekstra", "Martin Bos", "Ellis Kuiper"],
        """
A: Snoeiplan Wilhelminapark loopt
B: Eikenlaan is klaar
~ 2025-02-25
C: Contract begrazing dijken en bermen met schaapherder Gerrit Bouwmeester getekend: 3 jaar, 38.000 euro per jaar {7}
A: Hoeveel schapen? {7}
C: 260 Drentse heideschapen, in 3 koppels {7}
~ 2025-04-11
D: De zwanen in de vijver van Ezinge broeden weer. Het mannetje valt iedereen aan die langs het pad loopt {3}
A: Pad afzetten tot de jongen er zijn? {3}
D: Kan niet helemaal, het is de route naar de school. Borden en een lint {3}
~ 2025-05-09
C: 2 ooien doodgebeten op de dijk bij Rogat, een los hond. De herder is woest {7}
B: Aangifte? {7}
C: Ja, de eigenaar van de hond is bekend. Er komen borden: honden aan de lijn {7}
~ 2025-05-15
C: PHOTO "Hier grazen schapen. Honden aan de lijn! Schaapskudde Bouwmeester 06-31478520" {7}
~ 2025-06-02
D: Zwanenpaar met 5 jongen. De melder wil dat ze weg gaan {3}
A: Verplaatsen mag alleen met ontheffing van de provincie {3}
~ 2025-06-27
D: Ontheffing binnen, de dierenambulance brengt het gezin volgende week naar de uiterwaarden bij de Reest {3}
~ 2025-07-04
D: Verhuisd 🦢 Geen klachten meer over de zwaam {3}
~ 2025-07-20
B: Bomen Jan Steenstraat: de lindes blijven, de wortels worden gesnoeid bij het vernieuwen van de stoep {2}
~ 2025-08-05
A: Imker Kamphuis vraagt of hij ook bijenkasten in de heemtuin mag zetten
B: Prima, daar zijn geen mensen op een terras
~ 2025-09-18
C: De schapen gaan eind oktober van de dijk, de herder telt er 251 {7}
~ 2025-10-29
A: Bollen planten in de bermen deze week
""",
        160,
    ),
    Chat(
        "Gitarist Hoofdstraat",
        "economie",
        "2025-02-26 11:20",
        ["Femke Otten", "Harm Scholten (Schoenen Scholten)"],
        """
B: Femke, hij staat er weer. Vanaf 10 uur, Hallelujah, Wonderwall, Hallelujah. Door de versterker hoor ik mijn klanten niet {1}
A: Vervelend. Ik heb het doorgegeven aan handhaving {1}
B: Die zeggen dat het mag {1}
A: Klopt, er zijn nu geen regels voor. Er komen regels aan, in het voorjaar {1}
~ 2025-05-05
B: Hij speelt nu zonder box en gaat na een half uur naar de Markt. Heerlijk 😄 {1}
A: Fijn om te horen {1}
""",
        45,
    ),
    Chat(
        "Melding Kerkplein",
        "dienstverlening",
        "2025-07-11 13:05",
        ["Joyce Meijer (KCC)", "Rik Lubbers"],
        """
A: Rik, bewoonster Kerkplein 7 belt voor de derde keer: muzikant met een box onder haar raam sinds 12 uur {1}
B: Ik ga erheen {1}
~
A: En? {1}
B: Bon gekregen, hij weigerde hem uit te zetten {1}
A: Ik bel haar terug {1}
""",
        30,
    ),
    Chat(
        "Draaiorgel De Lotus",
        "economie",
        "2025-05-12 10:00",
        ["Nicole Hulst", "Klaas Hofstee (draaiorgel De Lotus)"],
        """
B: Mevrouw Hulst, ik draai al 30 jaar in Meppel. Nu moet ik elk half uur mijn orgel van 400 kilo verplaatsen? {1}
A: Dat is de nieuwe regel voor alle straatmuziek, meneer Hofstee. Zo hoort niet steeds dezelfde winkel u {1}
B: Een orgel is geen gitaar {1}
A: Ik snap het. Ik vraag of er voor draaiorgels een uitzondering kan komen {1}
~ 2025-06-16
A: Het college houdt de regel, maar u mag binnen 50 meter verplaatsen {1}
B: Dan doe ik het zo {1}
""",
        40,
    ),
    Chat(
        "Muziekschool op het Kerkplein",
        "samenleving",
        "2025-06-02 14:00",
        ["Lotte Bakker", "Irene Vos (Muziekschool De Notenbalk)"],
        """
B: Wij willen op 21 juni, Fête de la Musique, met 6 leerlingenbands op het Kerkplein spelen
A: Leuk! Dat is een evenement, geen straatmuziek. Met versterking dus een melding van een klein evenement
B: Formulier komt vandaag
~
A: Akkoord, van 13 tot 17 uur
""",
        40,
    ),
    Chat(
        "Stoep Jan Steenstraat",
        "openbare_ruimte",
        "2025-06-11 16:40",
        ["Gerda Lenstra", "Ronald Boerema"],
        """
B: Mevrouw Lenstra, ik ben de zoon van de mevrouw die vanochtend in de Jan Steenstraat is gevallen. Ze heeft haar heup gebroken {2}
A: Wat erg. Sterkte voor haar en voor u {2}
B: De buren hebben die tegels in februari al gemeld. Waarom is er niks gedaan? {2}
A: Het stond gepland. Ik kan er nu niet meer over zeggen, de jurist neemt contact met u op {2}
~
A: De tegels zijn er vanochtend provisorisch uitgehaald {2}
B: Te laat {2}
""",
        45,
    ),
    Chat(
        "Claim Boerema",
        "bedrijfsvoering",
        "2025-07-02 09:15",
        ["Sofie Brouwer", "Henk Jalving"],
        """
A: Henk, ik heb voor de claim alles nodig over de stoep in de Jan Steenstraat: meldingen, inspecties, planning {2}
B: Melding 3 februari, geïnspecteerd 12 februari, toen gezet op herstel in week 13 {2}
A: En waarom is het in week 13 niet gebeurd? {2}
B: Ploeg zat op de gladheid en daarna op de wateroverlast in april. Het schoof steeds door {2}
A: Dank, eerlijk antwoord. Foto's? {2}
B: Stuur ik je {2}
B: AUDIO {2}
""",
        50,
    ),
    Chat(
        "Stoep Vledderstraat",
        "openbare_ruimte",
        "2025-08-11 10:00",
        ["Tim Postma", "Jeroen Vos (Glasnet Noord)"],
        """
A: De stoep in de Vledderstraat ligt er 3 weken na jullie graafwerk nog steeds scheef
B: Onze herstraatploeg komt donderdag
A: Graag, anders struikelt er iemand
~
B: Klaar
""",
        40,
    ),
    Chat(
        "Zwanen Ezinge",
        "openbare_ruimte",
        "2025-04-10 08:50",
        ["Ellis Kuiper", "Bianca Vos (Dierenambulance)"],
        """
A: Bianca, de knobbelzwaan in Ezinge valt mensen aan. Kunnen jullie iets? {3}
B: Niet zolang ze broeden. Het mannetje verdedigt alleen zijn nest, binnen 15 meter {3}
A: Er is een kind van 5 door hem omver geblazen {3}
B: Afzetten en borden, meer kan niet. Na het uitkomen kunnen we ze verplaatsen, met ontheffing {3}
~ 2025-06-04
A: Ontheffing aangevraagd {3}
B: AUDIO {3}
A: Goed, dan plannen we het na 1 juli {3}
~ 2025-07-03
B: Morgen 7 uur, met 3 man en de kooi {3}
""",
        50,
    ),
    Chat(
        "Schoolpad Ezinge",
        "samenleving",
        "2025-04-14 08:10",
        ["Mariska Tuin (OBS De Ezinge)", "Willemijn Hoekstra"],
        """
A: Ouders durven hun kinderen niet meer langs de vijver te laten lopen {3}
B: Begrijpelijk. Het pad langs het nest is afgezet, de kinderen kunnen om via de Zwanenlaan {3}
A: Ironisch 😅 Ik zet het in de nieuwsbrief {3}
""",
        30,
    ),
    Chat(
        "Ganzen sportpark",
        "openbare_ruimte",
        "2025-03-03 09:00",
        ["Martin Bos", "Dirk Jonker (vv Ezinge)"],
        """
B: Er staan weer 200 ganzen op het hoofdveld, alles onder de poep
A: Wij kunnen alleen verjagen, afschot doet de wildbeheereenheid
B: Bellen jullie ze?
A: Ja
""",
        35,
    ),
    Chat(
        "BHV stadhuis",
        "bedrijfsvoering",
        "2025-09-11 10:20",
        ["Bart Huisman", "Yvonne Slot"],
        """
A: Rookmelder kelder gaat af, ik ga kijken {4}
A: Vlammen bij de fietsen, ontruimen! {4}
B: Ontruimingsalarm is aan, ik neem de raadzaal {4}
~
B: Telling op de Markt klopt, 212 mensen, niemand mist {4}
A: AUDIO {4}
B: Dus de accu ontplofte gewoon aan de lader? {4}
A: Ja, met een steekdoos uit de verlengkabel. Die had daar nooit mogen hangen {4}
""",
        45,
    ),
    Chat(
        "Mijn fiets",
        "bedrijfsvoering",
        "2025-09-12 08:30",
        ["Ilse Wolters", "Kevin Schreuder"],
        """
B: Ilse, mijn fiets is gisteren verbrand in de kelder. Hij was 2 maanden oud {4}
A: Wat balen. Schrijf op wat hij kostte en stuur de factuur, we leggen het bij de verzekering neer {4}
B: Het was niet mijn fiets die in de brand vloog hè {4}
A: Weet ik. Iedereen met schade krijgt dezelfde brief {4}
~ 2025-10-21
B: Bericht gehad: 60 procent van de dagwaarde. Beter dan niks {4}
""",
        35,
    ),
    Chat(
        "Ontruimingsoefening",
        "bedrijfsvoering",
        "2025-04-03 09:00",
        ["Bart Huisman", "Petra van Dam"],
        """
A: Ontruimingsoefening dinsdag om 10 uur, niet doorvertellen
B: Ik zorg dat de balie het weet, er zitten bezoekers
A: Goed
~ 2025-04-08
A: 6 minuten, netjes
""",
        30,
    ),
    Chat(
        "Taxicentrale Meppel",
        "ruimte",
        "2025-03-05 12:00",
        ["Inge Nijboer", "Gijs Kremer (Taxi Kremer)"],
        """
B: Mevrouw Nijboer, in de Stationsstraat zien de reizigers ons niet. Mijn omzet is gehalveerd {5}
A: Er komt een extra bord bij de perrons {5}
B: En de jongens van Reest Taxi pakken de ritten voor ons neus weg {5}
A: Wie eerst staat, rijdt eerst. Dat leggen we vast {5}
~ 2025-07-01
B: Weer ruzie gisteren, hij heeft mijn spiegel eraf getrapt {5}
A: Aangifte gedaan? {5}
B: Ja {5}
~ 2025-11-18
A: De standplaats gaat in februari terug naar het voorplein, met een volgorderegeling {5}
B: Eindelijk. Dan zijn we van die taxistandplek om de hoek af {5}
""",
        50,
    ),
    Chat(
        "Leerlingenvervoer",
        "samenleving",
        "2025-09-01 07:40",
        ["Marloes Hendriks", "Taxi Kremer planning"],
        """
A: De taxi voor Noah uit Nijeveen is niet gekomen
B: Excuses, chauffeur ziek, vervanger rijdt om 8 uur
A: Graag, school begint om half 9
""",
        35,
    ),
    Chat(
        "Hanging baskets",
        "economie",
        "2025-02-13 15:00",
        ["Femke Otten", "Carla Bruins (Ondernemersvereniging Binnenstad)"],
        """
B: Hoi Femke, hebben jullie al naar ons verzoek voor de bloemmanden gekeken? {6}
A: Ja, het ligt bij de wethouder. 7.200 euro en het water geven {6}
~ 2025-03-12
A: Akkoord! {6}
B: Top, ik bestel vandaag bij de kwekerij in Rogat. Ophangen half mei {6}
~ 2025-06-24
B: Vannacht 6 hangin baskets van de palen getrokken en in de gracht gegooid {6}
A: Wat zonde. Doen jullie aangifte? {6}
B: Ja, en ik meld het bij onze verzekering {6}
~ 2025-09-09
B: Ze gaan er volgend week af. Het was prachtig dit jaar, dank voor het water {6}
A: Volgend jaar weer? {6}
B: Graag, aanvraag komt in januari {6}
""",
        50,
    ),
    Chat(
        "Watertank",
        "openbare_ruimte",
        "2025-06-30 06:45",
        ["Henk Jalving", "Marco de Boer"],
        """
B: Ik sta bij de Kerkbrug, de pomp van de tank doet het niet {6}
A: Dan met de gieters, de Hoofdstraat gaat voor {6}
B: 120 manden met een gieter 😩 {6}
A: Tim komt je helpen {6}
""",
        25,
    ),
    Chat(
        "Schaapherder",
        "openbare_ruimte",
        "2025-04-28 07:30",
        ["Martin Bos", "Gerrit Bouwmeester (schaapherder)"],
        """
B: Morgen om 7 uur kom ik met de eerste koppel naar de dijk bij de Bovenboer {7}
A: Het raster staat, de hekjes bij het fietspad zijn dicht {7}
~ 2025-05-09
B: AUDIO {7}
B: 2 dood en 1 zo erg gebeten dat de dierenarts haar heeft laten inslapen {7}
A: Wat verschrikkelijk, Gerrit. De borden komen deze week {7}
~ 2025-07-22
A: Klachten over mest op het fietspad. Kun je de kudde een stuk van het pad houden? {7}
B: Dan moet er een extra draad, dat kost 1.200 euro {7}
A: Betalen wij {7}
""",
        55,
    ),
    Chat(
        "Mest fietspad",
        "dienstverlening",
        "2025-07-21 11:00",
        ["Joyce Meijer (KCC)", "Jacob Ensing"],
        """
A: Jacob, weer iemand over de schapenkeutels op het fietspad langs het Meppelerdiep, de vierde deze week {7}
B: Wordt morgen geveegd, en er komt een extra draad {7}
A: 👍 {7}
""",
        30,
    ),
    Chat(
        "Lammetjes kinderboerderij",
        "samenleving",
        "2025-03-20 10:00",
        ["Ellis Kuiper", "Hennie Drenth (kinderboerderij)"],
        """
B: 7 lammetjes geboren, de scholen mogen komen kijken
A: Leuk! Ik zet het op de website
B: Graag, vanaf maandag
""",
        30,
    ),
    Chat(
        "Forno Rosso",
        "veiligheid",
        "2025-02-20 14:30",
        ["Lotte Bakker", "Luca Moretti (Forno Rosso)"],
        """
B: Ik las over de nieuwe plekken voor foodtrucks. Hoe kan ik meedoen? {8}
A: Inschrijven tot 15 april via het formulier op de website, daarna is er een loting {8}
B: Ik wil graag de plek bij de sporthal {8}
A: U kunt een voorkeur opgeven, maar het lot beslist {8}
~ 2025-04-29
A: Gefeliciteerd, u heeft de plek aan de Kaapweg, dinsdag tot en met zaterdag {8}
B: Grazie!! 🍕 {8}
~ 2025-06-02
B: De man van de snackbar scheldt mij uit elke dag {8}
A: Vervelend. Hij heeft bezwaar gemaakt, dat loopt. Laat het bij scheldpartijen de politie weten {8}
""",
        50,
    ),
    Chat(
        "Bezwaar snackbar",
        "bestuur",
        "2025-07-10 09:00",
        ["Arjen Lammers", "Karin Meester"],
        """
A: Karin, voor de hoorzitting 't Hoekje: waarom staat er een plek zo dicht bij een snackbar? {8}
B: De plek bij de sporthal was er al voor kermis en circus. De afstand tot de zaak is 40 meter {8}
A: Staat er in het beleid iets over afstand tot bestaande horeca? {8}
B: Nee. Daar is in de inspraak wel om gevraagd, het college heeft het niet overgenomen {8}
A: Helder {8}
""",
        35,
    ),
    Chat(
        "Vergister Oldenhof",
        "ruimte",
        "2025-03-06 13:00",
        ["Gert-Jan Mol", "Sabine Tol (RUD Drenthe)"],
        """
A: Sabine, adviesvraag komt vandaag: monomestvergister in Rogat {9}
B: Wat voor systeem? {9}
A: Pocketvergister van Biogas Noord, 1.500 kuub mest per jaar, gasopslag 350 kuub {9}
B: Dan ligt de nadruk op geur en externe veiligheid {9}
~ 2025-07-07
B: Advies is onderweg. Geur: binnen de norm bij de woningen, camping zit er net op {9}
A: En de fakkel? {9}
B: Verplicht, en geen afblazen in de nacht tenzij nood {9}
""",
        50,
    ),
    Chat(
        "Buren Zwarteweg",
        "ruimte",
        "2025-06-27 16:00",
        ["Thomas Eefting", "Wethouder Annemiek Lubbers"],
        """
B: Thomas, ik krijg boze mail van de buren van Oldenhof over die biogasinstallatie {9}
A: Ze hebben zienswijzen ingediend, die nemen we mee. Vooral stank en het gevaar van de gasopslag {9}
B: Kan ik met ze praten? {9}
A: Ja, maar beloof niks over het besluit {9}
~ 2025-07-15
B: Goed gesprek gehad bij de camping. Ze willen vooral weten wat er gebeurt als het misgaat {9}
A: Dan nodigen we ze uit bij de veiligheidsregio {9}
""",
        40,
    ),
    Chat(
        "Mest op de weg Rogat",
        "openbare_ruimte",
        "2025-03-17 09:30",
        ["Peter Smit", "Jan Oldenhof"],
        """
A: Meneer Oldenhof, er ligt modder en mest op de Zwarteweg na het uitrijden
B: Sorry, wordt vanmiddag geveegd
A: Graag voor 14 uur, dan komt de schoolbus
""",
        30,
    ),
    Chat(
        "Wagenpark",
        "bedrijfsvoering",
        "2025-01-27 10:00",
        ["Joost Mensink", "Henk Jalving"],
        """
A: Henk, 3 schades bij jouw ploeg deze maand. Wat gebeurt er? {10}
B: Krappe straten en jonge jongens. De bus paste niet tussen de paaltjes in de Woldstraat {10}
A: Kunnen we achteruitrijcamera's laten inbouwen? {10}
B: Graag, in alle bussen {10}
~ 2025-03-14
A: Schade van gisteren bij de milieustraat gaat naar de verzekeraar van de vrachtwagen, niet ten laste van ons {10}
~ 2025-06-15
A: Camera's zitten erin, 9 bussen, 4.100 euro {10}
B: En de training is volgend week {10}
~ 2025-09-30
A: Sinds de training 2 schades in 3 maanden {10}
B: 💪 {10}
""",
        50,
    ),
    Chat(
        "Poolauto",
        "bedrijfsvoering",
        "2025-08-07 17:10",
        ["Anouk Veldman", "Ilse Wolters"],
        """
A: Ik heb met de poolauto een kras gemaakt bij het parkeren in de garage van het ziekenhuis {10}
B: Dank dat je het meldt. Schadeformulier staat op intranet, foto erbij {10}
A: Gedaan {10}
""",
        20,
    ),
    Chat(
        "Stadsloop organisatie",
        "veiligheid",
        "2025-03-24 19:00",
        ["Dennis Hofman", "Wouter Smeenge (Stichting Loopsport Meppel)"],
        """
B: Aanvraag voor de loop op 12 oktober is ingediend, met route en veiligheidsplan {11}
A: Dank. Er ontbreekt nog het aantal verkeersregelaars en een EHBO-plan {11}
~ 2025-06-12
B: 60 verkeersregelaars, 4 EHBO-posten en 6 AED's langs de route {11}
A: Goed. De Mariakerk vraagt geen harde muziek voor 11 uur {11}
B: Dan start de 10 km om 11 uur en zetten we de muziek tot dan zacht {11}
~ 2025-10-12
B: Loper onwel bij de Kerkbrug, EHBO is bij hem, ambulance gebeld {11}
A: Ik ben onderweg {11}
B: Ze hebben hem met de AED terug gekregen {11}
~ 2025-10-20
B: Het gaat goed met onze loper, hij is thuis. Hij wil volgend jaar weer meedoen 😊 {11}
A: Wat een goed nieuws {11}
""",
        55,
    ),
    Chat(
        "Mariakerk zondag",
        "veiligheid",
        "2025-10-13 09:00",
        ["Karin Meester", "Koster Hendrik Nijenhuis"],
        """
B: Gisteren kon de helft van onze gemeenteleden niet bij de kerk komen door de hekken {11}
A: Dat spijt me. Er was een doorgang bij de Kerkstraat afgesproken {11}
B: Die stond dicht, de verkeersregelaar wist er niks van {11}
A: Ik neem het op in de evaluatie. Volgend jaar een andere route of een latere start {11}
""",
        30,
    ),
    Chat(
        "Imker Kamphuis",
        "bedrijfsvoering",
        "2025-03-19 12:00",
        ["Petra van Dam", "Roelof Kamphuis (imker)"],
        """
B: Ik kan de kasten op 7 april brengen, als het weer meezit {12}
A: Prima. De sleutel van het dak ligt bij de receptie {12}
~ 2025-06-17
A: Roelof, er is een collega gestoken op het dakterras en ze is met de ambulance weg {12}
B: Oei. Op het terras vliegen ze langs naar het water op de dakgoot. Ik zet ze morgen aan de andere kant {12}
A: Graag. Moet er meer gebeuren? {12}
B: Geen water in de goot laten staan, en een bord op de deur {12}
~ 2025-07-12
B: Honing is geslingerd, 62 potjes. Ik breng ze maandag {12}
""",
        50,
    ),
    Chat(
        "Bijensteek",
        "bedrijfsvoering",
        "2025-06-18 09:00",
        ["Carolien Dijk (P&O)", "Mark Veen (teamleider Burgerzaken)"],
        """
B: Carolien, Esther is gisteren op het dak gestoken en heeft een anafylactische shock gehad {12}
A: Wat naar. Is het een arbeidsongeval? {12}
B: Ja, ze was in haar pauze op het terras van het werk. Ze wist niet dat ze allergisch was {12}
A: Dan melden we het. Voor wie allergisch is komt er een epipen bij de BHV {12}
~
B: Ze is weer thuis, volgende week weer aan het werk {12}
""",
        30,
    ),
    Chat(
        "Bijenlint bermen",
        "openbare_ruimte",
        "2025-05-05 11:00",
        ["Jacob Ensing", "Noor Smit (Natuur en Milieu Drenthe)"],
        """
B: Doen jullie mee met het bijenlint? Bloemrijke bermen langs de N375
A: Ja, we zaaien in september 3 kilometer in
B: Mooi, ik stuur het mengsel
""",
        35,
    ),
    Chat(
        "Wethouder openbare ruimte",
        "bestuur",
        "2025-04-14 17:30",
        ["Wethouder Annemiek Lubbers", "Bestuursadviseur Joris Mulder"],
        """
A: Joris, wat moet ik weten over die zwaan in Ezinge? Mijn buurvrouw vraagt ernaar {3}
B: Broedende zwaan, nest langs het schoolpad. Borden en lint, na het broeden verplaatsen met ontheffing {3}
A: Dank {3}
~ 2025-06-30
A: Raadsvragen van Gemeentebelang over de vergister in Rogat {9}
B: Beantwoording staat klaar: besluit na de zienswijzen, in het najaar {9}
~ 2025-07-02
A: En mevrouw in de Jan Steenstraat? Haar zoon heeft mij gemaild {2}
B: Claim loopt via de verzekeraar. Advies: geen inhoudelijke reactie, wel medeleven {2}
~ 2025-10-13
A: Die loper bij de Stadloop gisteren, hoe is het? {11}
B: Stabiel, hij ligt in Zwolle {11}
~ 2025-11-20
A: Agenda voor de begroting?
B: Komt morgen
""",
        60,
    ),
    Chat(
        "Hond op de dijk",
        "veiligheid",
        "2025-05-10 09:40",
        ["Sanne Kloosterman", "Martin Bos"],
        """
B: Sanne, de eigenaar van de hond die de schapen van Bouwmeester heeft doodgebeten: weten jullie wie het is? {7}
A: Ja, een man uit Rogat, de hond liep los bij de Bovenboer. Proces-verbaal voor loslopen in een gebied met vee {7}
B: De herder wil de schade verhalen {7}
A: Dat is civiel, dat moet hij zelf doen. Ik geef zijn naam niet, wel het PV-nummer via de politie {7}
~ 2025-08-12
A: We hebben deze zomer 14 waarschuwingen gegeven voor honden los tussen de kudde {7}
B: Dank, dat helpt {7}
""",
        45,
    ),
    Chat(
        "Veiligheidsregio vergister",
        "ruimte",
        "2025-07-03 10:30",
        ["Gert-Jan Mol", "Ralf Tuinman (Veiligheidsregio Drenthe)"],
        """
B: Ons advies over de mestvergistter in Rogat: 50 meter vrij rond de gasopslag, en een bluswatervoorziening op het erf {9}
A: De camping ligt op 180 meter. Is dat genoeg? {9}
B: Ja, bij lekkage zakt het gas niet zoals propaan. Het risico is vooral brand aan de opslagkap {9}
A: De buren willen weten wat er gebeurt als het misgaat. Wil je een avond komen uitleggen? {9}
B: Prima, in september {9}
~ 2025-09-16
A: Informatieavond was druk, 45 mensen. Dank voor je uitleg {9}
""",
        45,
    ),
    Chat(
        "Griffie honing",
        "bestuur",
        "2025-07-14 15:00",
        ["Griffier Marieke Dam", "Petra van Dam"],
        """
A: Petra, krijgen de raadsleden ook een potje stadhuishoning? {12}
B: Ja, 31 potjes liggen bij jou in de kast, met een kaartje van de imker {12}
A: Leuk. Een raadslid vraagt wat de kasten hebben gekost {12}
B: De imker doet het voor de honing. Wij betaalden 850 euro voor het platform op het dak en de borden {12}
""",
        40,
    ),
)
