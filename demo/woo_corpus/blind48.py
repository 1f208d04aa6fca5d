"""The FORTY-EIGHTH BLIND relevance set (issue 17): new chats, requests and judgements.

Written as a Woo officer of gemeente Meppel would by a helper (branch wooblind48, 7 December 2026,
stop 57, after round 74) BEFORE any measurement on it, without reading the search code (woo/**),
the search tests (tests/woo/**), the synonym migrations or chats/redaction/, and without running
the relevance bench, any scorer or any search; blind47.py and blind46.py were read for the data
format and the docstring shape only (none of their requests, subjects, streets, firms or names is
reused), build.py for the Chat and Request API and the filler, the first 40 lines of RESULTS.md
for how sets are measured and the README's corpus paragraph to register the set. The subjects
were chosen by counting the files of demo/woo_corpus that hold a candidate word (`grep -il WORD
demo/woo_corpus/*.py | wc -l`, before this file existed) and dropping every subject whose main
word was in any earlier file (kinderboerderij in 10 files, kerstmarkt 15, ijsbaan 12, ratten 7,
wolf 6, lachgas 5, ganzen 4, skatepark, crematorium and zwerfkat 3 each, luchtballon, imker,
muziekkoepel, woonark and schaapskooi 2 each, padelbaan, sluipverkeer, carillon, deelscooter,
escaperoom, watertoren and gokhal 1 each). The main word of each of the twelve kept is in no
earlier file (0 files each): mountainbike(route), bunker, datacenter, vuurwerkopslag,
zeecontainer, kippenstal, klimhal, nagelstudio, ophaalbrug, afvalbrand, tennishal and kiosk; of
the other words the chats use, mtb, boulder, klimcentrum, datacentrum, serverhal, legkippen,
nagelsalon, blaashal, ballonhal, koffiehuis and kazemat are in none, garagebox and paviljoen in
one, pluimvee in two, vleermuis in three, netcongestie in four, brugwachter in seven and
vuurwerk in fourteen. The chats never write "afvalbrand" or "vuurwerkopslag" (they write "de
brand bij Reko", "de fik", "box 14 vol illegaal vuurwerk", "de vuurwerkbox"). Not yet measured:
the lead measures it once on main's code. Same syntax as blind.py: `{n}` after a line marks the
requests it is relevant to, `~` starts the next day, `~ YYYY-MM-DD` moves the chat to that day,
`PHOTO "text"` is a photo with painted text, `AUDIO` a voice note. Generated filler
(build.FILLER) is relevant to nothing. Names, addresses, firms, associations, amounts and numbers
are made up (so are bos De Vledderhorst, the Koepelberg, fietsclub De Kuil, Manege De Hoefslag,
nieuwbouwwijk De Hooge Esch, Bouwbedrijf Roelofs, Ecologisch adviesbureau Nachtzicht,
bedrijventerrein Oevers Noord, Nordic Data Parks, the Kuipersweg, Boxverhuur Zuid, De Plataan,
the Schapendijk, the Oosterboer, the Eendrachtstraat, Van Dam Bouw, de Woonschakel, the
Kremersweg, Pluimveebedrijf Van Lente, actiecomité Gien Megastal, zuivelfabriek De Zwaan, the
Molenstraat, the Weversgang, the Zuiderbrug, the Kaapbrug and the Kaapsluis, Brugtechniek Noord,
Schippersvereniging Noord, Fietsenwinkel Van Wijk, Reko Recycling, Het Vlak and the Vlakweg,
Asbestsanering Noord, TC De Netkous, the Toplaan, stadspark De Hooge Hof, Koffiebar Bonenstaak,
basisschool De Regenboog, Lokaal Drenthe Meppel and the wethouders Oosting, Van Duinen and
Brink); a few real organisations and places (Staatsbosbeheer, Enexis, the GGD, the politie, the
EOD, the Nederlandse Arbeidsinspectie, CoMensha, the RIEC, the veiligheidsregio, Attero, the
Meppeler Courant, RTV Drenthe, GroenLinks, the CDA, the Action, the Intratuin, the Kruidvat,
Nijeveen, Havelte, Ruinerwold, Berggierslanden, Zwolle, Assen, Hoogeveen, Wijster, Ommen) appear
as they would in such chats.

The twelve requests and their queries were written first, from the request text only, before any
chat. Themes: the mountain bike route through a forest, its damage, the walkers and riders and the
new route (R1), a German bunker found in a new housing estate, the bats and its keeping (R2), a
data centre planned on a business park, power, water, grid and council (R3), an illegal fireworks
store in a garage box, the street evacuated, the box closed by the mayor (R4), sea containers in
gardens and yards, one lived in, and the rule for temporary storage (R5), a poultry farm's larger
barn, dust, smell, nitrogen and objections (R6), a climbing hall in an old dairy factory, subsidy
and parking (R7), a nail salon with exploited workers closed by the mayor (R8), the drawbridge
that failed, its detours, repair and cost (R9), the fire at a waste recycler, the smoke, NL-Alert,
asbestos and supervision (R10), a tennis club's inflatable winter hall, blower noise, light and
objections (R11) and the park kiosk's lease tender, new operator, terrace and licence (R12).

Long team chats (enforcement, permits and events, public order, the environment service, green
and ecology, roads and bridges, communication, the council clerk, economic affairs, sport,
heritage and planning, customer contact, the villages team, legal affairs, the mayor's office,
district maintenance, waste) carry a request's subject in a few lines among other work; short
one-to-one chats answer without repeating the subject ("Doe ik", "Weg", "Getekend", "Klaar.
Vrijgave-rapport volgt", "Top", "👍", "Daar koop ik niks voor 😤"); other words for the subjects
(MTB-rondje, fietsroute, crossjes, vrolijke fietsers, mtb'ers, sprong; betonnen kast, betonding,
kazemat, oorlogsding, Duitse ding, kelder, schuilplaats, vleermuizen; DC, datacentrum, data hal,
data-hal, datahal, serverhal, hyperscale, 40 MW, restwarmte; knalwerk, Cobra's, F4, mortierbommen,
box 14, vuurwerkzooi; blauwe container, bak, ijzeren bak, ding, 20ft, opslagcontainer; legkippen,
hennen, megastal, kippe stal, luchtwasser, fijnstof, endotoxinen, AERIUS; boulder- en klimcentrum,
bouldergym, klimmers, wand van 16 meter; nagelsalon, nailstudio, nagelbar, nails, de nagels,
mensenhandel, Bibob; klep, brug, hydrauliek, storing, Kaapsluis; de fik, rookwolk, GRIP 1,
NL-Alert, roet, zwarte snippers, asbest; blaashal, ballonhal, tennisbubbel, witte ballon, blazer,
gebrom, lampion; koffiehuisje, koffietent, theehuis, parkpaviljoen, parkcafé, tentje, pacht,
dhw); split and typed forms ("zee containers", "tennis hal", "tennis-hal", "ophaal brug", "data
center", "nagelstudo", "Nood stop"); Drents dialect ("die fietsers uut het bos jagen de paarden
op. Ze kommen d'r nait meer deur mit de koets", "wie wilt gien megastal", "Heel de tuun zwart",
"Goeie avond in het dörpshuus", "dat ding nog lang in de tuin stiet"); abbreviations (MTB, DC,
MW, GRIP, BOA, RIEC, dhw, dB, F4, EOD, GGD); 7 photos with text (the forest's "MTB ROUTE
TIJDELIJK GESLOTEN", the bunker's "ZUTRITT VERBOTEN 1944", the rental's "VERHUUR OPSLAG 20FT", the
climbing centre's "KLIMCENTRUM DE ZWAAN - OPEN" and "PARKEREN KLIMMEN? MILIEUSTRAAT 300 M", the
kiosk's "KIOSK DE HOOGE HOF - KOFFIE IJS BIER", the residents' banner "GIEN MEGASTAL AN DE
KREMERSWEG") and 2 voice notes (the bat detector's recording, the bridge keeper's), each inside a
relevant exchange; and distractor chats and lines that share words with requests but are about
something else (a team outing mountain biking, the office server in a supplier's data centre,
fireworks sales at new year, a skip for a renovation, a sea container as a site hut on the Markt,
chickens in a back garden, nail polish, a footbridge at Havelte, a fire drill in the town hall, a
tennis tournament).

Judging rule (as the earlier sets): a message is relevant when a Woo officer would have to include
it to cover the request, also when it does not repeat the subject ("Top", "👍", "Weg"); a voice
note or photo inside a relevant exchange is relevant. Lines of a relevant chat about something
else carry no tag.

Counts (computed from CHATS with build.parse_script and build.with_filler; the filler fills every
chat to its stated length): 76 chats of 8 to 185 messages, 3,282 messages (640 hand-written; 7
photos with text, 2 voice notes), 12 requests, 36 queries, 574 relevant messages, each relevant to
one request, in 123 (chat, request) pairs; 67 chats relevant to a request, 9 to none, 17 to
several. Relevant messages (chats) per request: R1 47 (9), R2 55 (11), R3 42 (9), R4 47 (10),
R5 46 (10), R6 44 (10), R7 39 (9), R8 44 (9), R9 50 (10), R10 62 (12), R11 52 (10), R12 46 (14)."""

from .build import Chat, Request

REQUESTS = (
    Request(
        1,
        "De mountainbikeroute door bos De Vledderhorst (2025): de schade aan het bos en de paden, "
        "de klachten van wandelaars en ruiters, het overleg met de fietsclub en Staatsbosbeheer, "
        "de tijdelijke sluiting en de nieuwe route.",
        ("mountainbikeroute", "mountainbike bos schade", "mtb route wandelaars klachten"),
    ),
    Request(
        2,
        "De Duitse bunker die bij het graafwerk in de nieuwbouwwijk De Hooge Esch werd gevonden "
        "(2025): de vondst, het stilleggen van het werk, het advies over de monumentwaarde, de "
        "vleermuizen en het besluit over sloop of behoud.",
        ("bunker", "bunker nieuwbouwwijk gevonden", "bunker monument sloop"),
    ),
    Request(
        3,
        "Het plan voor een datacenter op bedrijventerrein Oevers Noord (2025): de gesprekken met "
        "de initiatiefnemer, het stroom- en waterverbruik, de netcongestie, de restwarmte en het "
        "standpunt van het college en de raad.",
        ("datacenter", "datacenter stroom water", "datacenter oevers noord raad"),
    ),
    Request(
        4,
        "De illegale vuurwerkopslag in een garagebox aan de Kuipersweg (december 2025): de "
        "ontdekking, de ontruiming van de buurt, de sluiting van de box door de burgemeester en de "
        "verhuurder van de boxen.",
        ("vuurwerkopslag", "illegaal vuurwerk garagebox", "vuurwerk sluiting burgemeester"),
    ),
    Request(
        5,
        "Zeecontainers op erven en in tuinen (2025): de meldingen, de handhaving, de bewoonde "
        "container aan de Schapendijk en het beleid voor tijdelijke opslag.",
        ("zeecontainer", "zeecontainer handhaving", "wonen in container"),
    ),
    Request(
        6,
        "De uitbreiding van de kippenstal van het pluimveebedrijf aan de Kremersweg (2025): de "
        "aanvraag, fijnstof en geur, stikstof, de zienswijzen van omwonenden en het besluit.",
        ("kippenstal", "kippenstal uitbreiding fijnstof", "pluimveebedrijf vergunning kremersweg"),
    ),
    Request(
        7,
        "De klimhal in de oude zuivelfabriek De Zwaan (2025): de aanvraag, de subsidie, het "
        "parkeren en de overlast in de buurt en de opening.",
        ("klimhal", "klimhal zuivelfabriek", "klimhal subsidie parkeren"),
    ),
    Request(
        8,
        "De nagelstudio aan de Weversgang (2025): de signalen van uitbuiting van medewerkers, de "
        "controle met politie en arbeidsinspectie, de sluiting door de burgemeester en de "
        "Bibob-toets.",
        ("nagelstudio", "nagelstudio uitbuiting", "nagelstudio sluiting burgemeester"),
    ),
    Request(
        9,
        "De storingen aan de Zuiderbrug, de ophaalbrug over de Hoofdvaart (2025): de brug die "
        "open bleef staan, de omleidingen, de klachten van schippers en ondernemers, de reparatie "
        "en de kosten.",
        ("ophaalbrug", "ophaalbrug storing", "zuiderbrug reparatie kosten"),
    ),
    Request(
        10,
        "De brand bij afvalverwerker Reko Recycling op bedrijventerrein Het Vlak (2025): de "
        "rookwolk en het NL-Alert, de metingen en het asbest, de schoonmaak en het toezicht op "
        "het bedrijf en zijn vergunning.",
        ("afvalbrand", "brand recycling rook", "brand afvalverwerker vergunning toezicht"),
    ),
    Request(
        11,
        "De tennishal van tennisvereniging De Netkous (2025): de aanvraag voor een hal in de "
        "winter, het geluid van de blazers, de verlichting, de bezwaren van buren en de "
        "vergunning.",
        ("tennishal", "tennishal geluid buren", "tennisvereniging hal vergunning"),
    ),
    Request(
        12,
        "De kiosk in stadspark De Hooge Hof (2025): de aanbesteding van de pacht, de nieuwe "
        "uitbater, het terras, de drank- en horecavergunning en de klachten.",
        ("kiosk", "kiosk park pacht", "kiosk terras vergunning"),
    ),
)


CHATS = (
    Chat(
        "Team handhaving",
        "veiligheid",
        "2025-01-06 07:30",
        ["Jorien Heuvelman", "Bas Vinkenvleugel", "Tarik Oulad", "Henny Dekkers"],
        """
A: Rooster januari staat in Teams
B: 👍
~ 2025-01-23
C: Schapendijk 7: weer een melding over die blauwe zeecontainer in de voortuin {5}
A: Staat die er nu langer dan een half jaar? {5}
C: Volgens de buren sinds de zomer. Er brandt 's avonds licht in {5}
D: Woont daar iemand in dan?? {5}
C: Lijkt er wel op, er loopt een verlengsnoer naar het huis {5}
A: Morgen samen kijken {5}
~
C: Geweest. Er woont een jongen in, de zoon van de eigenaar. Bed, kacheltje, tv {5}
A: Brandgevaarlijk met zo'n kachel. Vooraankondiging last onder dwangsom {5}
~ 2025-02-14
B: Weversgang 3, die nagelsalon: buren zien 's avonds laat nog meisjes naar binnen gaan met tassen {8}
A: Slapen ze daar? {8}
B: Dat vermoeden ze. Boven de zaak is geen woning ingeschreven {8}
A: Ik leg het bij het zorg- en veiligheidshuis neer, dit is meer dan handhaving {8}
~ 2025-03-08
D: Vledderhorst: de boswachter belt, er zijn weer mountainbikers buiten de route, door het broedgebied {1}
A: Staat daar geen bord? {1}
D: Is omgetrokken. Ik heb een foto gestuurd {1}
~ 2025-04-02
C: Container Schapendijk: jongen is eruit, woont nu bij een vriend. Container blijft als opslag {5}
A: Mag niet in de voortuin. Termijn 6 weken {5}
C: Doe ik {5}
~ 2025-05-17
B: Integrale controle nagelstudio was vanochtend. 5 dames, geen van allen met papieren op zak, matrassen boven {8}
A: Wie waren erbij? {8}
B: Politie, arbeidsinspectie en wij. Rapport volgt {8}
~ 2025-05-24
D: Bij die vrolijke fietsers in de Vledderhorst nu ook een gesprek met de club gehad op de parkeerplaats {1}
A: En? {1}
D: Ze gaan zelf hun leden aanspreken. Stoppen met de crossjes buiten de route {1}
~ 2025-06-30
C: Container Schapendijk is weg 👍 {5}
A: Mooi. Dossier sluiten {5}
~ 2025-08-11
D: Hooge Hof: bij de koffiekiosk om 23.15 nog muziek en 50 man op het terras {12}
A: Waarschuwing. Tweede keer een last {12}
D: Gegeven {12}
~ 2025-09-12
A: BOA-dag 3 oktober, wie gaat er mee?
B: Ik
~ 2025-12-18
B: Kuipersweg, de garageboxen: surveillance meldt een busje dat steeds 's nachts laadt en lost bij box 14 {4}
A: Wat zit erin? {4}
B: Dozen. Een buurman zegt knalwerk {4}
A: Politie erbij, wij gaan daar niet zelf aan {4}
~ 2025-12-20
B: Box 14 zat vol, ruim 800 kilo. Hele straat ontruimd vannacht {4}
D: Jeetje. Goed dat het niet is afgegaan {4}
A: Burgemeester sluit de box, wij plakken maandag het besluit {4}
B: Gedaan, besluit hangt op de deur {4}
~ 2025-12-29
D: Rustig oud en nieuw gewenst straks. Dubbele bezetting staat
""",
        185,
    ),
    Chat(
        "Vergunningen en evenementen",
        "ruimte",
        "2025-01-09 08:30",
        ["Wieteke Brands", "Anton Scheperboer", "Linda Kroeze", "Rutger Wiersma"],
        """
A: Werkvoorraad: 188 open
B: Dat loopt op
~ 2025-01-29
B: Aanvraag omgevingsvergunning: verbouw van De Zwaan tot boulder- en klimcentrum {7}
C: De oude zuivelfabriek? Mooi pand {7}
B: Ja. Gevel blijft, binnen een wand van 16 meter {7}
A: Parkeren? {7}
B: 22 plekken op eigen terrein, ze verwachten 300 bezoekers per dag {7}
A: Dat gaat niet passen. Advies verkeer vragen {7}
~ 2025-02-19
C: TC De Netkous vraagt een vergunning voor een blaashal over vier banen, oktober tot april {11}
A: Zo'n witte ballon? {11}
C: Ja, 11 meter hoog, met een blazer die continu draait {11}
A: Akoestisch rapport erbij vragen {11}
C: Heb ik gedaan {11}
~ 2025-03-11
D: Aanbesteding pacht kiosk Hooge Hof: drie inschrijvingen binnen {12}
A: Wie? {12}
D: De huidige uitbater, Koffiebar Bonenstaak en een cateraar uit Zwolle {12}
~ 2025-03-20
A: Bouwbedrijf Roelofs vraagt of ze om het oorlogsding in De Hooge Esch heen mogen bouwen {2}
C: Niet voor er een besluit is over behoud {2}
~ 2025-04-03
B: Klimhal: verkeer adviseert parkeren op het terrein van de milieustraat in het weekend, met een looproute {7}
A: Prima, als voorschrift opnemen {7}
~ 2025-04-28
D: Bonenstaak heeft de kiosk gewonnen. Ze willen een terras voor 40 man en alcohol schenken {12}
A: Drank- en horecavergunning moet apart. Terras binnen de pachtgrens? {12}
D: Deels erbuiten, op het gras. Ik vraag om een nieuwe tekening {12}
~ 2025-05-20
C: Tennisballon: akoestisch rapport binnen, 44 dB bij de dichtstbijzijnde woning 's nachts {11}
A: Met de blazer op de nachtstand? {11}
C: Ja. Overdag 49 {11}
~ 2025-06-10
B: Vergunning klimcentrum verleend, publicatie donderdag {7}
A: 👍 {7}
~ 2025-07-02
D: Kiosk: terrastekening is binnen, nu helemaal op de verharding {12}
A: Akkoord, door naar burgemeester voor de dhw {12}
~ 2025-08-19
B: Container aanvraag van Van Dam Bouw: zeecontainer als bouwkeet op de Markt? Voor 8 weken
A: Tijdelijk en met een bouwplan: kan. Dit is iets anders dan de opslag in tuinen
~ 2025-09-04
C: Hal tennisvereniging verleend, met voorschrift blazer 's nachts op de lage stand {11}
D: Bezwaar verwacht, de buren aan de Toplaan zijn boos {11}
~ 2025-10-14
C: Twee bezwaarschriften tegen de tennis hal binnen {11}
A: Naar juridisch {11}
~ 2025-11-20
A: Kerstborrel 19 december, zet het in je agenda
""",
        180,
    ),
    Chat(
        "Openbare orde en veiligheid",
        "veiligheid",
        "2025-01-07 08:00",
        ["Marloes Haverkamp", "Sjoerd Bennink", "Esra Yildiz"],
        """
A: Weekoverleg met de politie is naar woensdag
B: Prima
~ 2025-02-17
B: Melding zorg- en veiligheidshuis: mogelijke uitbuiting in een nailstudio op de Weversgang {8}
A: Signalen? {8}
B: Vrouwen werken 12 uur per dag, slapen boven de zaak, eigenaar houdt paspoorten in {8}
A: Dat is mensenhandel. Gezamenlijke controle plannen {8}
C: Ik zet het op de agenda van het RIEC-overleg {8}
~ 2025-05-19
B: Na de controle bij de nagels: advies aan de burgemeester, sluiting 3 maanden op grond van de Opiumwet kan niet, wel artikel 174 en de APV {8}
A: En de Bibob? {8}
C: Loopt. Eigenaar heeft nog twee zaken in Zwolle en Assen {8}
~ 2025-06-03
C: Burgemeester heeft getekend: Weversgang 3 dicht voor 6 maanden {8}
A: Slachtoffers? {8}
C: Opgevangen door CoMensha, drie zijn terug naar familie {8}
~ 2025-07-10
C: Bibob op de nieuwe uitbater van het paviljoen in het park: niks gevonden {12}
A: Dan kan de drank- en horecavergunning eruit {12}
~ 2025-08-22
A: Reko Recycling: gisteravond grote brand, zag je het? {10}
B: Zwarte wolk tot boven Nijeveen. GRIP 1, NL-Alert om 21.40 {10}
C: Ramen en deuren dicht, ventilatie uit {10}
A: Opvang nodig geweest? {10}
B: Nee, niemand hoefde zijn huis uit {10}
~ 2025-08-25
C: Het bedrijf had 3x zoveel plastic op het terrein liggen als mocht volgens de omgevingsdienst {10}
A: Dat moet in het evaluatiegesprek {10}
~ 2025-10-02
A: Driehoek 14 oktober, agenda volgt
~ 2025-12-19
B: Kuipersweg box 14 vol illegaal vuurwerk. Cat. F4 en Cobra's, ook mortierbommen {4}
A: Wie huurt die box? {4}
B: Een man uit Hoogeveen, al bekend. De verhuurder wist van niks zegt hij {4}
C: Politie ontruimt nu 30 woningen, opvang in De Plataan {4}
~ 2025-12-22
C: Sluitingsbesluit vuurwerkbox getekend, artikel 13b Opiumwet kan niet, is de Wet explosieven, dus APV 2:30 {4}
A: Ok. Verhuurder ook aanschrijven? {4}
B: Ja, brief over zijn andere boxen gaat vandaag {4}
""",
        170,
    ),
    Chat(
        "Omgevingsdienst Meppel",
        "ruimte",
        "2025-01-13 08:00",
        ["Pieter Hoogland", "Daniëlle Vos", "Aart Rozendal", "Merel Stegeman"],
        """
A: Controleplanning Q1 is rond
~ 2025-02-03
B: Kremersweg 22: aanvraag uitbreiding pluimvee, van 38.000 naar 92.000 legkippen {6}
C: Met luchtwasser? {6}
B: Ja, maar de fijnstof berekening zit net onder de norm bij de woning op 21 {6}
A: AERIUS berekening voor stikstof erbij? {6}
B: Nog niet, ik vraag het op {6}
~ 2025-03-17
D: Oevers Noord: vooroverleg met Nordic Data Parks over het DC, 40 MW {3}
A: Dat is een hyperscale light 😅 {3}
D: Koeling met oppervlaktewater of lucht, dat weten ze nog niet {3}
C: Het net heeft geen 40 MW, Enexis zegt 2030 op zijn vroegst {3}
~ 2025-04-22
B: Stal Kremersweg: geurrapport binnen, 12 woningen boven de norm zonder wasser {6}
A: Met wasser? {6}
B: Dan 2 {6}
~ 2025-06-11
A: Reko Recycling controle: opslaghoogte te hoog, brandcompartimenten niet vrij {10}
D: Waarschuwing gestuurd? {10}
A: Ja, hercontrole over 6 weken {10}
~ 2025-08-21
C: Reko staat in de fik. Ik ga er nu heen voor de metingen {10}
A: Neem de meetset mee voor roet {10}
~ 2025-08-23
C: Roetmonsters in Nijeveen: chroom en lood laag. Wel 2 vondsten asbest in de tuinen aan de Vlakweg {10}
A: Sanering door gecertificeerd bedrijf, kosten op de veroorzaker {10}
~ 2025-09-15
A: Dat bedrijf had de hercontrole van juli gemist. Nu last onder dwangsom opslag {10}
~ 2025-10-06
D: Datacentrum: de ontwikkelaar trekt de vooroverleg in tot er stroom is {3}
B: Scheelt ons een hoop werk 😄 {3}
~ 2025-11-03
B: Ontwerpbesluit uitbreiding Kremersweg ligt ter inzage, 6 weken {6}
~ 2025-11-07
D: Tennishal Toplaan: meting gedaan, blazer 's nachts te hard, de club zet de timer goed {11}
A: Hercontrole plannen {11}
~ 2025-12-08
B: 41 zienswijzen op de kippen, vooral over fijnstof en verkeer {6}
A: Nota van antwoord in januari {6}
""",
        175,
    ),
    Chat(
        "Groen en ecologie",
        "ruimte",
        "2025-01-10 09:00",
        ["Femke Hulshof", "Gijs Nijenhuis", "Oscar Bloemert"],
        """
A: Snoeiplanning staat
~ 2025-02-05
B: Vledderhorst: het MTB-rondje is na de regen een modderbad. Wortels van de beuken liggen bloot {1}
C: Dat zijn oude bomen, die kunnen daar slecht tegen {1}
B: Staatsbosbeheer wil een deel dicht tot de zomer {1}
A: Steun ik. Ik bel hun boswachter {1}
~ 2025-03-14
C: De Hooge Esch: de aannemer stuit op beton, 2 meter onder maaiveld. Ze denken aan een bunker uit de oorlog {2}
A: Werk stil? {2}
C: Stil in dat vak. Ik ga kijken voor vleermuizen, daar hangen ze graag in {2}
~ 2025-03-18
C: Vier gewone grootoorvleermuizen in winterslaap in dat betonding {2}
A: Dan mag er niks tot ze weg zijn, half april {2}
~ 2025-04-02
B: Fietsroute bos: sluiting zuidelijk deel tot 1 juli, borden staan {1}
~ 2025-05-28
C: Kremersweg: de stal grenst aan een houtwal met steenuilen. Ik geef advies aan de omgevingsdienst {6}
A: Goed {6}
~ 2025-06-30
B: Nieuwe route Vledderhorst loopt nu over de oude zandwegen, 14 km, niet meer door de beukenlaan {1}
A: Wandelaars blij? {1}
B: Die wel. De fietsers vinden hem saai 🙃 {1}
~ 2025-07-15
C: Kazemat De Hooge Esch: als hij blijft, kunnen we er een vleermuiskelder van maken {2}
A: Leuk idee, zet het in je advies {2}
~ 2025-08-12
B: Het gras naast de kiosk is kapot, er staan toch statafels op {12}
A: Melden bij EZ, staat in de pacht dat het niet mag {12}
~ 2025-09-22
A: Boomfeestdag met groep 7 van De Regenboog, wie helpt?
""",
        175,
    ),
    Chat(
        "Beheer wegen en bruggen",
        "ruimte",
        "2025-01-08 07:00",
        ["Jan Willem Kuiper", "Sabine Mulder", "Hendrik Bartels", "Nadia el Idrissi"],
        """
A: Strooiroute vannacht gereden
~ 2025-02-11
C: Zuiderbrug bleef vanmorgen om 7 uur open staan, klep zakte niet. Storing in de hydrauliek {9}
A: Hoe lang? {9}
C: Twee uur. File tot de Steenwijkerstraatweg {9}
B: Monteur van Brugtechniek Noord is er {9}
~ 2025-03-06
C: Weer de brug. Nu bleef hij dicht, 6 schepen moesten wachten {9}
A: Zelfde oorzaak? {9}
C: Sensor van de slagboom nu. Die brug is op {9}
~ 2025-04-15
D: Zuivelfabriek De Zwaan: looproute vanaf de milieustraat naar de klimhal, er moet een zebrapad {7}
A: Kosten? {7}
D: 18.000 met verlichting {7}
~ 2025-05-09
C: Offerte renovatie Zuiderbrug: 1,4 miljoen voor nieuwe hydrauliek en besturing {9}
A: Niet begroot. Naar de raad via de voorjaarsnota {9}
~ 2025-05-27
D: Hooge Hof: de nieuwe pachter van het koffiehuisje wil stroom op het terras, wij leggen de kabel {12}
A: Op hun kosten {12}
~ 2025-06-18
B: Vledderhorst: de mtb'ers hebben een eigen sprong gebouwd over onze schouwsloot 🙄 {1}
A: Laten weghalen {1}
B: Weg {1}
~ 2025-09-01
C: Klep 6 weken dicht voor renovatie vanaf 15 sept. Scheepvaart via de Kaapsluis {9}
A: Omleiding fietsers? {9}
C: Pontje van de roeivereniging, tijdelijk {9}
~ 2025-10-27
C: Brug weer open, draait als een zonnetje {9}
A: 👏 {9}
~ 2025-11-12
D: Gladheidsbestrijding start, eerste ronde morgen
""",
        165,
    ),
    Chat(
        "Communicatie",
        "bestuur",
        "2025-01-06 09:00",
        ["Iris Oosterveen", "Mark Lubbers", "Kim Strijker"],
        """
A: Nieuwsbrief januari gaat vrijdag
~ 2025-02-11
B: Veel reacties op Facebook over de brug die niet dichtgaat. Reactie nodig {9}
A: Tekst: storing, monteur is onderweg, omrijden via de Kaapbrug {9}
B: Geplaatst {9}
~ 2025-03-19
C: Meppeler Courant vraagt naar de bunker in De Hooge Esch {2}
A: Wat mogen we zeggen? {2}
C: Gevonden, werk in dat deel stil, vleermuizen, onderzoek naar de waarde loopt {2}
A: Ok, zo antwoorden {2}
~ 2025-05-05
B: RTV Drenthe wil een item over het datacenter. Wethouder beschikbaar? {3}
A: Ze wil alleen zeggen dat we nog niets besloten hebben {3}
~ 2025-07-21
B: Post over de nieuwe koffietent in de Hooge Hof, met foto van het terras {12}
A: Leuk. Wel vermelden dat het via een aanbesteding ging, er was gedoe {12}
~ 2025-08-21
C: NL-Alert is uit voor de brand Het Vlak. Wij zetten het op de site en social {10}
A: Link naar veiligheidsregio erbij {10}
C: Staat {10}
~ 2025-08-22
B: Vragen over de roetdeeltjes in tuinen, groente eten? {10}
A: Advies GGD: niet eten tot de uitslag, goed wassen {10}
~ 2025-08-29
C: Bewonersbrief over de asbestvondst na de brand: 140 adressen in Nijeveen {10}
A: Akkoord met de tekst {10}
~ 2025-09-10
B: Persbericht renovatie ophaal brug klaar, graag meelezen {9}
A: Top {9}
~ 2025-12-20
C: Vannacht 30 huizen ontruimd aan de Kuipersweg om een opslag van illegaal vuurwerk. Bericht staat online {4}
A: Burgemeester wil een quote erin: 'levensgevaarlijk, midden in een woonwijk' {4}
C: Toegevoegd {4}
~ 2025-12-23
C: Kerstkaart college is gedrukt
""",
        160,
    ),
    Chat(
        "Griffie",
        "bestuur",
        "2025-01-14 10:00",
        ["Roelie Bakker", "Thomas van Gelder"],
        """
A: Agenda commissie februari is rond
~ 2025-04-08
B: Lokaal Drenthe Meppel vraagt een informatiebijeenkomst over het datacenter {3}
A: Mei? {3}
B: 20 mei, met Enexis en de initiatiefnemer {3}
~ 2025-05-21
A: Goede opkomst gisteren, 60 mensen bij de datacenter avond {3}
B: Verslag zet ik in de raadsinformatie {3}
~ 2025-06-12
B: Motie GroenLinks tegen een dc op Oevers Noord, aangenomen 15-10 {3}
A: Noteren in de lijst aangenomen moties {3}
~ 2025-06-26
B: Voorjaarsnota: amendement om de 1,4 miljoen voor de Zuiderbrug te schrappen is verworpen {9}
A: Dus de ophaal brug gaat door {9}
~ 2025-07-01
A: Raadsinformatiebrief over het behoud van de bunker in De Hooge Esch is binnen {2}
B: Op de lijst ingekomen stukken {2}
~ 2025-09-16
A: Schriftelijke vragen CDA over de kippen aan de Kremersweg, binnen 30 dagen antwoord {6}
B: Doorgezet naar de omgevingsdienst {6}
~ 2025-10-07
B: Vragen over de kiosk in de Hooge Hof: waarom is de oude uitbater niet gegund {12}
A: Naar EZ voor een concept {12}
~ 2025-11-25
A: Begrotingsraad loopt uit tot half 1
""",
        150,
    ),
    Chat(
        "Economische zaken",
        "economie",
        "2025-01-07 08:30",
        ["Noor Boerrigter", "Frank Stuiver", "Annemiek Wolters"],
        """
A: Ondernemersontbijt 14 februari, zaal is vast
~ 2025-02-25
B: Nordic Data Parks wil een gesprek over een datacentrum op Oevers Noord, 12 hectare {3}
A: Werkgelegenheid? {3}
B: 35 banen 🙄 op 12 hectare {3}
C: Restwarmte voor de nieuwe wijk zou wel mooi zijn {3}
~ 2025-03-20
C: Pacht kiosk: de beoordelingscommissie scoorde Bonenstaak het hoogst op duurzaamheid en prijs {12}
A: Oude uitbater? {12}
C: Te laat met zijn bod, en geen plan. Derde {12}
~ 2025-04-09
B: Klimhal vraagt 75.000 uit het fonds leegstand voor de zuivelfabriek {7}
A: Past het? {7}
B: Ja, bestaand karakteristiek pand. Ik schrijf een advies {7}
~ 2025-05-14
A: Het college houdt de boot af bij de data-hal. Te weinig banen, te veel stroom {3}
~ 2025-06-19
B: Subsidie klimcentrum toegekend, 60.000 {7}
~ 2025-06-25
C: Ondernemers Weversgang klagen dat de dichte nagelzaak hun straat vies maakt {8}
A: Pand is dicht op last van de burgemeester, dat duurt nog tot december {8}
~ 2025-09-22
B: Ondernemers aan de overkant van de Hoofdvaart klagen over omzetverlies door de dichte brug {9}
A: Geen nadeelcompensatie voor 6 weken, wel extra bebording {9}
~ 2025-10-08
C: Concept antwoord over de pacht ligt bij jou {12}
A: Gelezen, goed {12}
""",
        150,
    ),
    Chat(
        "Sport en bewegen",
        "samenleving",
        "2025-01-08 09:30",
        ["Dennis Kamphuis", "Yvonne Lokhorst", "Ramon Berends"],
        """
A: Sportgala op 7 maart, nominaties graag voor vrijdag
~ 2025-02-20
B: De Netkous wil winter tennissen met een blaashal. Ze vragen of wij meebetalen {11}
A: Sportakkoord heeft 10.000 voor accommodaties {11}
B: Hal kost 240.000 😳 {11}
A: Dan hooguit dat deel {11}
~ 2025-03-13
C: Fietsclub De Kuil vraagt om een eigen parcours, ze zijn de Vledderhorst kwijt {1}
A: Bij de Koepelberg kan misschien {1}
~ 2025-06-26
B: Opening bouldergym 12 juli, wethouder knipt het lint {7}
A: Wij gaan mee {7}
~ 2025-07-12
B: PHOTO "KLIMCENTRUM DE ZWAAN - OPEN" {7}
B: Vol vanaf de eerste minuut {7}
~ 2025-10-30
B: Ballonhal staat sinds gisteren. Ziet er strak uit {11}
C: Ik hoor hem tot aan mijn huis hoor, dat gezoem {11}
~ 2025-12-11
A: Sportgala 2026 begroting inleveren
""",
        140,
    ),
    Chat(
        "Erfgoed en ruimtelijke ordening",
        "ruimte",
        "2025-01-15 09:00",
        ["Hilde Schuiling", "Maarten Oldenburger", "Petra Zwiers"],
        """
A: Monumentencommissie 28 januari
~ 2025-02-10
C: Zuivelfabriek De Zwaan wordt een klimhal. Karakteristiek pand, gevel moet blijven {7}
A: Welstand erbij betrekken {7}
~ 2025-03-17
B: Bunker De Hooge Esch: type Tobruk? Ik heb foto's gevraagd {2}
A: Stuur door naar de archeoloog en de historische vereniging {2}
~ 2025-04-16
B: Advies: een Regelbau-achtige schuilplaats uit 1944, enige in de gemeente. Behoudenswaardig {2}
C: Maar hij ligt midden in bouwvak 4, 14 woningen {2}
A: Dan het verkavelingsplan aanpassen? {2}
~ 2025-05-12
C: Ontwikkelaar wil de kelder slopen, zegt 400.000 schade {2}
~ 2025-06-24
A: College kiest voor behoud, vak 4 wordt 11 woningen en een speelplek bij het ding {2}
C: 👍 {2}
~ 2025-07-07
C: Beleidsregel tijdelijke opslag: zeecontainers max 1 jaar en alleen op het achtererf {5}
B: En bij boerderijen? {5}
C: Daar 2, mits uit het zicht {5}
~ 2025-09-09
B: Kremersweg: past de stal in het omgevingsplan? Bouwvlak wordt overschreden met 800 m2 {6}
A: Dan een buitenplanse activiteit, raad moet verklaring geven {6}
~ 2025-11-18
A: Erfgoeddag evaluatie
""",
        150,
    ),
    Chat(
        "Klantcontactcentrum",
        "dienstverlening",
        "2025-01-06 08:00",
        ["Evelien Jansma", "Robin Gerritsen", "Fatima Amrani"],
        """
A: Wachtrij vanochtend 14 bellers
~ 2025-02-11
B: Veel bellers: brug staat open, ze komen niet op het werk {9}
A: Standaardtekst staat in de kennisbank {9}
~ 2025-03-06
C: Schipper belt boos: 3 uur voor de Zuiderbrug gelegen {9}
A: Schadeformulier sturen {9}
~ 2025-04-14
B: Meneer vraagt of hij een zeecontainer in zijn tuin mag zetten voor zijn gereedschap {5}
A: Achtererf, tijdelijk. Nieuwe regel komt eraan {5}
~ 2025-08-21
C: Telefoon roodgloeiend over de rook van Het Vlak {10}
A: Verwijzen naar de site en 0800-1351 {10}
~ 2025-08-26
B: Mevrouw uit Nijeveen: zwarte vlokken op haar trampoline, wie ruimt dat op? {10}
A: Het bedrijf laat een schoonmaakbedrijf komen, melding doorzetten {10}
~ 2025-09-11
B: Weer klachten over muziek bij het parkcafé in de Hooge Hof {12}
A: Naar handhaving, vergunning is tot 22 uur {12}
~ 2025-10-31
C: Klacht over het gebrom van de tennisballon bij de Toplaan {11}
A: Naar vergunningen {11}
~ 2025-12-20
C: Bewoners van de Kuipersweg bellen, wanneer mogen ze terug naar huis? {4}
A: Om 6 uur vanochtend mocht iedereen terug, zie de site {4}
~ 2025-12-22
B: Kerstsluiting: we zijn 24 december tot 12 uur bereikbaar
""",
        160,
    ),
    Chat(
        "Dorpenteam",
        "samenleving",
        "2025-01-13 09:00",
        ["Geert Knol", "Jantine Hessels", "Wouter Lamberink"],
        """
A: Dorpsbezoek Nijeveen 4 februari
B: Staat in de agenda
~ 2025-02-24
C: Dorpsbelang Havelterberg: die fietsers uut het bos jagen de paarden op. Ze kommen d'r nait meer deur mit de koets {1}
A: Gaat over de Vledderhorst? {1}
C: Ja, het mtb pad langs de bosrand {1}
A: Staatsbosbeheer sluit een deel, nieuwe route in de zomer {1}
~ 2025-03-21
B: Kremersweg: de buren hebt een actiecomité opricht tegen de kippe stal. Ze zegt: 'wie wilt gien megastal' {6}
A: Zienswijze kan pas bij het ontwerpbesluit {6}
B: Heb ik zegd. Ze wilt toch een gesprek mit de wethouder {6}
A: Ik vraag het aan {6}
~ 2025-05-08
C: Schapendijk: de buren vraagt of dat ding nog lang in de tuin stiet, die ijzeren bak {5}
A: Handhaving is ermee bezig, eind juni weg {5}
~ 2025-08-22
B: In Nijeveen is iederiene ongerust over dat zwarte spul van de brand. Heel de tuun zwart {10}
A: Meetresultaten komen maandag, er is een bewonersavond {10}
B: Woar? {10}
A: Dorpshuis, woensdag 19.30 {10}
~ 2025-08-28
B: Goeie avond in het dörpshuus, 120 man. Ze willen weten wie de schoonmaak betaalt {10}
A: Het bedrijf, de gemeente schiet voor {10}
~ 2025-11-10
C: Kerstmarkt Havelte dit jaar op de brink
""",
        140,
    ),
    Chat(
        "Juridische zaken",
        "bedrijfsvoering",
        "2025-01-08 09:00",
        ["Hanneke Timmer", "Olaf Wesseling", "Priya Ramdin"],
        """
A: Bezwaarcommissie 22 januari, 4 zaken
~ 2025-03-31
B: Handhaving wil bestuursdwang voor de bewoonde container aan de Schapendijk. Eerst last onder dwangsom? {5}
A: Ja, dwangsom, 500 per week, max 5.000 {5}
~ 2025-06-04
C: Verweer kort geding sluiting Weversgang 3: de eigenaar zegt dat hij niks van de huisvesting boven wist {8}
A: Hij had zelf de matrassen gekocht, factuur zit in het dossier {8}
C: 👍 dat neem ik op {8}
~ 2025-07-28
B: Oude pachter van het parkpaviljoen stapt naar de rechter over de gunning {12}
A: Procedure was zuiver? {12}
B: Beoordelingscommissie met 3 man, scores op papier. Ik zie geen probleem {12}
~ 2025-10-15
C: Twee bezwaren tegen de vergunning van de tennis-hal. Hoorzitting in november {11}
A: Wat zijn de gronden? {11}
C: Geluid en licht, en dat er geen lichtplan bij zat {11}
A: Dat laatste klopt 😬 {11}
~ 2025-11-27
C: Commissie adviseert de bezwaren deels gegrond, voorschrift over licht toevoegen {11}
~ 2025-12-23
B: Sluitingsbesluit vuurwerkbox Kuipersweg: 3 maanden, grondslag APV en Wet veiligheidsregio's {4}
A: Ik lees mee, stuur maar {4}
B: Verstuurd {4}
""",
        150,
    ),
    Chat(
        "Bestuursondersteuning burgemeester",
        "bestuur",
        "2025-01-06 08:00",
        ["Claudia Veneklaas", "Bert Sikkema"],
        """
A: Agenda burgemeester week 2 staat
~ 2025-05-26
B: Sluitingsbesluit nagelstudio ligt in de parafenlijn {8}
A: Burgemeester wil eerst een gesprek met de politie {8}
~ 2025-06-02
B: Getekend {8}
~ 2025-07-20
A: Dhw-vergunning voor het park koffiehuis ter ondertekening, tot 22 uur {12}
B: Getekend, gaat vandaag eruit {12}
~ 2025-08-22
A: Burgemeester gaat vanmiddag naar Het Vlak, pers is erbij {10}
B: Laarzen mee 😅 {10}
~ 2025-12-20
A: Burgemeester heeft om 2 uur vannacht de straat bij de garageboxen laten ontruimen. Ze komt vanochtend niet {4}
B: Agenda leeg gemaakt {4}
~ 2025-12-22
B: Persconferentie over het vuurwerk om 11 uur, in de burgerzaal {4}
""",
        140,
    ),
    Chat(
        "Wijkbeheer Noord",
        "ruimte",
        "2025-01-07 07:30",
        ["Erik Hoekman", "Saskia Prins", "Lars Veenstra"],
        """
A: Veegroute week 2 gewijzigd
~ 2025-03-24
B: Parkploeg: de oude uitbater van het tentje in de Hooge Hof heeft zijn luifel laten staan {12}
A: Die is van hem, hij moet hem voor 1 juni weghalen {12}
~ 2025-06-01
B: Luifel weg, nieuwe pachter maakt de kiosk schoon {12}
~ 2025-08-25
C: Wij veegen op Het Vlak de straat, er ligt zwart spul van de brand bij Reko {10}
A: Niet met de veegwagen, het kan asbest zijn. Wachten op de saneerder {10}
C: Oké, afgezet {10}
~ 2025-09-03
B: Vlakweg en Nijeveenseweg: saneerder klaar, wij vegen nu {10}
~ 2025-09-18
C: Bij de Zuiderbrug de borden van de omleiding staan scheef, rechtgezet {9}
~ 2025-10-29
B: Bladkorven geplaatst
""",
        130,
    ),
    Chat(
        "Afval en milieustraat",
        "ruimte",
        "2025-01-09 07:30",
        ["Rik Pepping", "Monique Lanjouw"],
        """
A: Milieustraat zaterdag open tot 16 uur
~ 2025-04-04
B: De klimhal-mensen willen in het weekend op ons terrein parkeren. Hoe gaat dat met onze openingstijden? {7}
A: Zaterdag na 16 uur en zondag kan, dan zijn wij dicht {7}
~ 2025-08-26
B: Reko neemt geen plastic meer aan na de brand, onze containers lopen vol {10}
A: Tijdelijk naar Attero in Wijster {10}
~ 2025-09-10
B: Iemand heeft een hele zeecontainer vol rommel bij onze poort gedumpt 🙄 {5}
A: Kenteken op de camera? {5}
B: Ja, die van de verhuur aan de Oosterboer {5}
A: Doorgeven aan handhaving {5}
""",
        140,
    ),
    Chat(
        "Boswachter Vledderhorst",
        "ruimte",
        "2025-02-04 10:00",
        ["Femke Hulshof", "Boswachter Staatsbosbeheer"],
        """
B: PHOTO "MTB ROUTE TIJDELIJK GESLOTEN - BOS HERSTELT" {1}
B: Staat er sinds vandaag. Zuidlus dicht {1}
A: Hoeveel schade? {1}
B: 3 km pad kapot, 40 bomen met losse wortels {1}
A: Wij betalen mee aan het herstel, ik regel het budget {1}
~ 2025-06-30
B: Nieuwe route open. Dank voor de hulp! {1}
A: Graag gedaan {1}
""",
        14,
    ),
    Chat(
        "Wandelaar Vledderhorst",
        "dienstverlening",
        "2025-03-02 14:00",
        ["Robin Gerritsen", "Bewoner Havelte"],
        """
B: Ik word bijna omver gereden door die fietsers in het bos. Met 30 km per uur van de heuvel af {1}
A: Welk bos bedoelt u? {1}
B: De Vledderhorst, bij de beukenlaan. Mijn hond schrok zich wild {1}
A: Ik zet het door naar het team groen, er komt een nieuwe route {1}
B: Graag, het is levensgevaarlijk {1}
""",
        10,
    ),
    Chat(
        "Ruiters",
        "ruimte",
        "2025-04-10 19:00",
        ["Gijs Nijenhuis", "Manege De Hoefslag"],
        """
B: Onze ruiters klagen over de mountainbikes op het ruiterpad in de Vledderhorst {1}
A: Die horen daar niet. De nieuwe fietsroute loopt straks gescheiden van jullie pad {1}
B: Wanneer? {1}
A: 1 juli {1}
B: 👍 {1}
""",
        10,
    ),
    Chat(
        "Fietsclub De Kuil",
        "samenleving",
        "2025-03-10 20:00",
        ["Dennis Kamphuis", "Voorzitter fietsclub De Kuil"],
        """
B: Waarom is ons rondje dicht? We onderhouden het zelf al 10 jaar {1}
A: Staatsbosbeheer heeft het gesloten, te veel schade na de winter {1}
B: We hebben 180 leden die nu nergens kunnen rijden {1}
A: Ik kijk naar een plek voor een tijdelijk parcours {1}
~ 2025-07-03
B: Nieuwe ronde gereden. Wat een kiezelweg 😤 {1}
A: Het is dit of niks, zegt de boswachter {1}
B: Dan maar dit {1}
""",
        14,
    ),
    Chat(
        "Teamuitje fietsen",
        "bedrijfsvoering",
        "2025-05-06 12:00",
        ["Iris Oosterveen", "Kim Strijker"],
        """
A: Zullen we met het team gaan mountainbiken bij Ommen?
B: Leuk! Huur je de fietsen?
A: Ja, 12 stuks geregeld
B: Top
""",
        12,
    ),
    Chat(
        "Aannemer De Hooge Esch",
        "ruimte",
        "2025-03-14 07:45",
        ["Maarten Oldenburger", "Uitvoerder Bouwbedrijf Roelofs"],
        """
B: We zitten op een dikke betonnen kast, 4 bij 6 meter. Lijkt oud {2}
A: Stoppen graag. Niet verder graven in dat vak {2}
B: We liggen stil, dat kost ons geld {2}
A: Begrijp ik. Ik kom om 10 uur kijken {2}
~ 2025-03-15
B: PHOTO "ZUTRITT VERBOTEN 1944" {2}
B: Dit staat op de binnenmuur {2}
A: Wauw. Dat is dus echt Duits {2}
""",
        12,
    ),
    Chat(
        "Historische vereniging",
        "ruimte",
        "2025-03-19 20:00",
        ["Hilde Schuiling", "Historische Vereniging Meppel"],
        """
B: We hebben kaarten uit 1944, er stond daar een luchtafweerstelling bij de spoorlijn {2}
A: Dus de bunker hoort daarbij? {2}
B: Vrijwel zeker. Het is de enige die nog over is {2}
A: Wilt u een kort advies schrijven? {2}
B: Doen we graag. Volgende week {2}
~ 2025-06-25
B: Geweldig dat hij blijft! {2}
""",
        12,
    ),
    Chat(
        "Bewoner De Hooge Esch",
        "dienstverlening",
        "2025-05-20 21:10",
        ["Evelien Jansma", "Koper bouwvak 4"],
        """
B: Mijn kavel in vak 4 gaat misschien niet door door dat Duitse ding? {2}
A: Daar is nog geen besluit over. U krijgt een brief van de ontwikkelaar {2}
B: Ik heb al een hypotheekofferte lopen 😩 {2}
A: Ik snap het. Ik zet uw vraag door {2}
""",
        10,
    ),
    Chat(
        "Wethouder ruimte",
        "bestuur",
        "2025-06-18 18:00",
        ["Hilde Schuiling", "Wethouder Van Duinen"],
        """
B: Die bunker: behoud of sloop, wat is je advies? {2}
A: Behoud. Enige in Meppel, vleermuizen erin, de wijk krijgt een verhaal {2}
B: En de 3 kavels? {2}
A: Schuiven naar vak 6, ontwikkelaar is bijgedraaid {2}
B: Akkoord, dinsdag in het college {2}
""",
        10,
    ),
    Chat(
        "Vleermuisonderzoek",
        "ruimte",
        "2025-03-18 22:00",
        ["Oscar Bloemert", "Ecologisch adviesbureau Nachtzicht"],
        """
B: AUDIO {2}
B: Opname van de detector. Ze zitten in het betonding, vier in winterslaap {2}
A: Zijn ze beschermd? {2}
B: Alle vleermuizen. Geen werk voor half april {2}
A: Ik laat het vak afzetten {2}
""",
        10,
    ),
    Chat(
        "Initiatiefnemer datacenter",
        "economie",
        "2025-02-26 09:00",
        ["Frank Stuiver", "Nordic Data Parks"],
        """
B: Dank voor het gesprek. We sturen de stukken over Oevers Noord {3}
A: Graag met het waterverbruik erbij {3}
B: Bij luchtkoeling bijna nul, bij adiabatische koeling 80.000 m3 per jaar {3}
A: En de netaansluiting? {3}
B: Daar zoeken we een oplossing voor, misschien een eigen gascentrale {3}
A: Dat ligt gevoelig, zeg ik alvast {3}
""",
        12,
    ),
    Chat(
        "Netbeheerder",
        "ruimte",
        "2025-03-20 14:00",
        ["Merel Stegeman", "Accountmanager Enexis"],
        """
B: Over die 40 MW aan de noordkant: het station Meppel is vol {3}
A: Wanneer is er ruimte? {3}
B: Na de uitbreiding van het hoogspanningsstation, 2030-2031 {3}
A: Dus voor die serverhal niks tot dan {3}
B: Klopt. Ook bedrijven op de wachtlijst gaan voor {3}
""",
        10,
    ),
    Chat(
        "Warmtenet",
        "ruimte",
        "2025-04-01 11:00",
        ["Annemiek Wolters", "Adviseur warmte"],
        """
B: Restwarmte van zo'n data hal is 30 graden, je hebt een warmtepomp nodig {3}
A: Genoeg voor de nieuwe wijk? {3}
B: Voor 2.000 woningen, als hij vol draait {3}
A: Dank, dat neem ik mee in de notitie {3}
""",
        10,
    ),
    Chat(
        "Server op kantoor",
        "bedrijfsvoering",
        "2025-04-17 10:00",
        ["Sabine Mulder", "ICT servicedesk"],
        """
A: De server van de weegbrug ligt eruit
B: Kijk ik naar. Is het datacenter in Zwolle, onze leverancier
A: Hoe lang?
B: Uurtje
""",
        10,
    ),
    Chat(
        "Buurman Kuipersweg",
        "veiligheid",
        "2025-12-17 22:30",
        ["Sjoerd Bennink", "Bewoner Kuipersweg"],
        """
B: Bij box 14 wordt elke nacht een busje uitgeladen, dozen met Poolse tekst. Knalwerk denk ik {4}
A: Dank voor het melden. Heeft u de politie al gebeld? {4}
B: Nee, ik wil geen gedoe met die lui {4}
A: Ik geef het door, anoniem {4}
~ 2025-12-20
B: Wat een nacht. Om 3 uur de deur uit, bij m'n zus geslapen {4}
A: Vervelend. Het is opgeruimd, u kunt terug {4}
B: Blij dat het niet ontploft is, mijn kleinkinderen slapen daar naast {4}
""",
        14,
    ),
    Chat(
        "EOD en politie",
        "veiligheid",
        "2025-12-19 23:00",
        ["Marloes Haverkamp", "Wijkagent Meppel Zuid"],
        """
B: Opslagruimte aan de Kuipersweg, EOD komt, jullie nodig voor opvang {4}
A: De Plataan gaat open, 30 huishoudens {4}
B: 👍 {4}
~ 2025-12-20
B: Alles afgevoerd, 812 kg. Bewoners mogen terug om 6 uur {4}
A: Goed werk {4}
""",
        10,
    ),
    Chat(
        "Verhuurder garageboxen",
        "veiligheid",
        "2025-12-22 10:00",
        ["Esra Yildiz", "Boxverhuur Zuid"],
        """
B: Ik krijg een brief van de burgemeester over mijn boxen. Ik wist echt niet wat daar lag {4}
A: De box blijft 3 maanden dicht. U moet uw huurders beter controleren {4}
B: Hoe dan? Ik mag toch niet in de boxen kijken {4}
A: Afspraken in het huurcontract, en ID bij verhuur. Dat staat in de brief {4}
B: Oké, ik pas het contract aan {4}
""",
        10,
    ),
    Chat(
        "Burgemeester",
        "bestuur",
        "2025-12-20 07:00",
        ["Marloes Haverkamp", "Burgemeester"],
        """
A: Vannacht 800 kilo vuurwerk uit een garagebox aan de Kuipersweg gehaald, straat ontruimd {4}
B: Verschrikkelijk. Iedereen veilig? {4}
A: Ja. Ik stel voor de box te sluiten {4}
B: Doen. Ik teken maandag {4}
""",
        8,
    ),
    Chat(
        "Oud en nieuw verkoop",
        "veiligheid",
        "2025-12-10 09:00",
        ["Sjoerd Bennink", "Tarik Oulad"],
        """
A: Vuurwerkverkoop start 28 december, controle bij de 4 winkels
B: Ik doe de Action en de Intratuin
A: Prima, ik de andere twee
""",
        12,
    ),
    Chat(
        "Eigenaar Schapendijk",
        "veiligheid",
        "2025-02-03 16:00",
        ["Tarik Oulad", "Eigenaar Schapendijk 7"],
        """
B: Mijn zoon heeft nergens anders te wonen. Die bak is beter dan op straat {5}
A: Ik begrijp dat. Maar wonen in een container in de voortuin mag niet, en die kachel is gevaarlijk {5}
B: Wat moet ik dan? {5}
A: Het sociaal team kan helpen met woonruimte. Ik geef uw nummer door {5}
B: Dank je {5}
~ 2025-06-28
B: Hij wordt morgen opgehaald, het ding {5}
A: Top, dank {5}
""",
        12,
    ),
    Chat(
        "Sociaal team",
        "samenleving",
        "2025-02-04 09:00",
        ["Tarik Oulad", "Consulent sociaal team"],
        """
A: Jongen van 22 woont in een container aan de Schapendijk. Kunnen jullie iets? {5}
B: Ik ga langs. Urgentie misschien {5}
~ 2025-03-28
B: Hij heeft een kamer bij de Woonschakel, woont er sinds vandaag {5}
A: Super {5}
""",
        10,
    ),
    Chat(
        "Boer Ruinerwold",
        "dienstverlening",
        "2025-07-20 13:00",
        ["Robin Gerritsen", "Agrariër Hesselterweg"],
        """
B: Ik heb 3 zee containers naast mijn schuur staan voor mijn spullen. Moet ik die weghalen? {5}
A: Op een boerenerf mogen ze 2 jaar blijven, mits uit het zicht {5}
B: Achter de schuur, niemand ziet ze {5}
A: Dan is het goed {5}
""",
        10,
    ),
    Chat(
        "Melder Oosterboer",
        "veiligheid",
        "2025-05-05 11:00",
        ["Henny Dekkers", "Bewoner Oosterboer"],
        """
B: PHOTO "VERHUUR OPSLAG 20FT - BEL 06" {5}
B: Mijn buurman verhuurt nu containers vanaf zijn oprit. Er staan er al 6 {5}
A: Dat is een bedrijf aan huis zonder vergunning. Ik ga kijken {5}
~ 2025-05-07
A: Geweest, hij krijgt een brief. Bij 4 weken niet weg, dan dwangsom {5}
~ 2025-06-10
B: Ze zijn weg 👍 {5}
""",
        12,
    ),
    Chat(
        "Container verbouwing",
        "dienstverlening",
        "2025-09-03 10:00",
        ["Fatima Amrani", "Bewoner Eendrachtstraat"],
        """
B: Mag ik een afvalcontainer voor mijn verbouwing op de straat zetten?
A: Ja, met een melding via de site, maximaal 2 weken
B: Dank!
""",
        10,
    ),
    Chat(
        "Buurman Kremersweg",
        "ruimte",
        "2025-02-20 19:30",
        ["Daniëlle Vos", "Bewoner Kremersweg 21"],
        """
B: Ik hoor dat de buurman 92.000 kippen wil. Wij wonen er op 150 meter {6}
A: De aanvraag is binnen. U kunt een zienswijze indienen als het ontwerpbesluit er ligt {6}
B: Wij hebben nu al stof op de auto en de stank bij oostenwind {6}
A: Dat neem ik mee bij de toets {6}
~ 2025-11-05
B: Zienswijze ingediend met 8 buren {6}
A: Ontvangen {6}
""",
        12,
    ),
    Chat(
        "Pluimveehouder",
        "ruimte",
        "2025-03-03 08:00",
        ["Pieter Hoogland", "Pluimveebedrijf Van Lente"],
        """
B: Wat ontbreekt er nog aan de aanvraag? {6}
A: De stikstofberekening en een geurrapport {6}
B: Komt deze week. We zetten er een luchtwasser op, dus dat fijnstof valt mee {6}
A: Prima, dan beoordelen we het geheel {6}
~ 2025-12-10
B: 41 zienswijzen 😔 Is het nog haalbaar? {6}
A: We kijken naar elke zienswijze. In januari weet u meer {6}
""",
        12,
    ),
    Chat(
        "GGD",
        "ruimte",
        "2025-04-30 10:00",
        ["Daniëlle Vos", "Medisch milieukundige GGD"],
        """
A: Vraag over de legkippenstal Kremersweg: bij 92.000 dieren, hoe zit het met de gezondheid van de buren? {6}
B: Endotoxinen boven de 30 EU zijn een aandachtspunt. Met wasser blijft het onder de norm {6}
A: Dank, dan zet ik dat zo in het advies {6}
""",
        8,
    ),
    Chat(
        "Kippen in de tuin",
        "dienstverlening",
        "2025-06-04 09:15",
        ["Evelien Jansma", "Bewoner Koedijk"],
        """
B: Mag ik 4 kippen in mijn achtertuin houden?
A: Ja, dat mag zonder vergunning. Let op de buren met een haan 😉
B: Geen haan, beloofd
""",
        10,
    ),
    Chat(
        "Klimcentrum De Zwaan",
        "ruimte",
        "2025-01-25 11:00",
        ["Anton Scheperboer", "Initiatiefnemer klimcentrum"],
        """
B: We dienen volgende week de aanvraag in voor de zuivelfabriek {7}
A: Denk aan het parkeren en de brandveiligheid van die hoge wand {7}
B: Brandweer is al langs geweest {7}
~ 2025-06-11
B: Vergunning binnen! 🧗 {7}
A: Gefeliciteerd {7}
""",
        12,
    ),
    Chat(
        "Buurt zuivelfabriek",
        "dienstverlening",
        "2025-08-02 16:00",
        ["Fatima Amrani", "Bewoner Molenstraat"],
        """
B: Sinds die klimmers er zijn staat onze straat vol auto's. Elke zaterdag {7}
A: Bij De Zwaan? Er zou geparkeerd worden bij de milieustraat {7}
B: Niemand loopt die 300 meter {7}
A: Ik meld het bij verkeer en bij de uitbater {7}
~ 2025-08-20
B: Nu staan er borden, scheelt wel {7}
""",
        12,
    ),
    Chat(
        "Uitbater klimhal",
        "ruimte",
        "2025-08-05 10:00",
        ["Nadia el Idrissi", "Bedrijfsleider klimcentrum"],
        """
A: Buren klagen over auto's in de Molenstraat op zaterdag {7}
B: We zetten borden en geven 1 euro korting als je bij de milieustraat parkeert {7}
A: Goed plan {7}
B: PHOTO "PARKEREN KLIMMEN? MILIEUSTRAAT 300 M" {7}
""",
        10,
    ),
    Chat(
        "Zorg- en veiligheidshuis",
        "veiligheid",
        "2025-02-14 13:00",
        ["Sjoerd Bennink", "Procesregisseur zorg- en veiligheidshuis"],
        """
B: Over die nagelstudo aan de Weversgang: we hebben ook een melding van de huisarts {8}
A: Waarover? {8}
B: Een meisje met een oogontsteking door de dampen, werkt zonder mondkapje en zonder contract {8}
A: Dan gaan we controleren met de arbeidsinspectie {8}
B: Ik regel het overleg {8}
""",
        10,
    ),
    Chat(
        "Arbeidsinspectie",
        "veiligheid",
        "2025-05-16 17:00",
        ["Bas Vinkenvleugel", "Inspecteur Nederlandse Arbeidsinspectie"],
        """
B: Morgen 9 uur bij de nagelbar, Weversgang 3. Wij hebben twee tolken Vietnamees {8}
A: Wij komen met 2 handhavers, politie met 4 {8}
~ 2025-05-17
B: Vijf vrouwen zonder vergunning, geen loon betaald sinds maart. Boete voor de werkgever 48.000 {8}
A: Dank voor de samenwerking {8}
""",
        10,
    ),
    Chat(
        "Advocaat eigenaar nagelsalon",
        "bestuur",
        "2025-06-05 11:00",
        ["Esra Yildiz", "Jurist gemeente"],
        """
A: De advocaat van de eigenaar van de Weversgang 3 dient bezwaar in en vraagt een voorlopige voorziening {8}
B: Ik maak het verweer. Het Bibob-advies is zwaar genoeg? {8}
A: Ernstige mate van gevaar, en hij gebruikte stromannen {8}
~ 2025-07-16
B: Voorzieningenrechter wijst het af, sluiting blijft {8}
A: 👍 {8}
""",
        10,
    ),
    Chat(
        "Buurvrouw Weversgang",
        "dienstverlening",
        "2025-03-25 22:00",
        ["Evelien Jansma", "Bewoonster Weversgang"],
        """
B: Bij de nails naast mij hoor ik 's nachts huilen. Dat klopt toch niet {8}
A: Dank u wel voor het melden. Ik zet dit door naar het team dat hierover gaat {8}
B: Ik wil niet dat iemand weet dat ik het ben {8}
A: Uw naam blijft bij ons {8}
""",
        10,
    ),
    Chat(
        "Nagellak",
        "bedrijfsvoering",
        "2025-04-11 12:30",
        ["Linda Kroeze", "Wieteke Brands"],
        """
A: Leuke nagellak! Waar heb je die laten doen?
B: Zelf gedaan 😄 Kruidvat
A: Echt? Knap
""",
        10,
    ),
    Chat(
        "Brugwachter",
        "ruimte",
        "2025-02-11 07:05",
        ["Hendrik Bartels", "Brugwachter Zuiderbrug"],
        """
B: Hij gaat niet meer dicht!! Klep hangt op 40 graden {9}
A: Nood stop ingedrukt? {9}
B: Ja, niks. Olie lekt uit de cilinder {9}
A: Monteur komt. Afzetten aan beide kanten {9}
B: AUDIO {9}
B: Hoor je dat gepiep, zo klinkt het al weken {9}
A: Het is de brug van ons allemaal 😅 komt goed {9}
""",
        10,
    ),
    Chat(
        "Schippersvereniging",
        "ruimte",
        "2025-03-07 09:00",
        ["Jan Willem Kuiper", "Schippersvereniging Noord"],
        """
B: Gisteren 6 schepen 3 uur laten wachten bij de Zuiderbrug. Dit kost ons veel geld {9}
A: Excuses. De sensor was stuk, hij is vervangen {9}
B: Onze leden willen schadevergoeding {9}
A: Dien het in via het formulier, we beoordelen elk geval {9}
~ 2025-09-02
B: Tijdens de renovatie via de Kaapsluis, dat is 2 uur om. Kan er niet een nachtbediening? {9}
A: Ik vraag het na bij de provincie {9}
""",
        12,
    ),
    Chat(
        "Ondernemer Zuiderbrug",
        "economie",
        "2025-09-20 10:00",
        ["Noor Boerrigter", "Fietsenwinkel Van Wijk"],
        """
B: Sinds die klep dicht is voor de renovatie komt er niemand meer van de overkant {9}
A: Dat is vervelend. Het duurt tot eind oktober {9}
B: 40% minder omzet. Is er een regeling? {9}
A: Nee, wel extra bordjes 'winkels bereikbaar' {9}
B: Daar koop ik niks voor 😤 {9}
""",
        10,
    ),
    Chat(
        "Wethouder verkeer",
        "bestuur",
        "2025-05-10 17:00",
        ["Jan Willem Kuiper", "Wethouder Van Duinen"],
        """
A: Offerte ophaalbrug: 1,4 miljoen. Zonder renovatie blijven storingen {9}
B: Waar halen we dat vandaan? {9}
A: Voorjaarsnota, of uitstel van de rotonde bij de Kaap {9}
B: Voorjaarsnota dan {9}
""",
        8,
    ),
    Chat(
        "Brug Havelte",
        "ruimte",
        "2025-07-08 15:00",
        ["Sabine Mulder", "Hendrik Bartels"],
        """
A: Het houten fietsbruggetje bij Havelte moet nieuw hout
B: Volgend jaar in de planning
A: Prima
""",
        10,
    ),
    Chat(
        "Bewoonster Nijeveen",
        "dienstverlening",
        "2025-08-21 21:50",
        ["Fatima Amrani", "Bewoonster Nijeveen"],
        """
B: Wat is dat voor zwarte rook? Het stinkt hier naar verbrand plastic {10}
A: Er is brand bij een bedrijf op Het Vlak. Houd ramen en deuren dicht {10}
B: Mijn dochter heeft astma {10}
A: Bij klachten de huisarts bellen. Er is een NL-Alert uitgegaan {10}
~ 2025-08-22
B: Het ligt vol zwarte snippers in de tuin, mag ik die opruimen? {10}
A: Nog even niet aanraken, er wordt gemeten {10}
""",
        12,
    ),
    Chat(
        "Veiligheidsregio",
        "veiligheid",
        "2025-08-21 21:15",
        ["Marloes Haverkamp", "Officier van dienst bevolkingszorg"],
        """
B: Grote brand bij Reko op Het Vlak, kunststof en hout. Wolk trekt naar het noorden {10}
A: GRIP? {10}
B: GRIP 1, NL-Alert gaat eruit voor Nijeveen en Meppel Noord {10}
A: Ik informeer de burgemeester {10}
~ 2025-08-22
B: Brand meester om 4 uur. Meetploegen de hele nacht, geen gevaarlijke waarden in de lucht {10}
""",
        10,
    ),
    Chat(
        "Saneerder",
        "ruimte",
        "2025-08-27 08:00",
        ["Aart Rozendal", "Asbestsanering Noord"],
        """
B: We beginnen vandaag aan de Vlakweg met het opruimen van de brandresten uit de tuinen {10}
A: Alle 23 adressen? {10}
B: Ja, in 3 dagen. Gras gaat eraf, stofzuigen, monsters na {10}
~ 2025-08-30
B: Klaar. Vrijgave-rapport volgt {10}
A: Dank {10}
""",
        10,
    ),
    Chat(
        "Directeur Reko",
        "ruimte",
        "2025-09-16 10:00",
        ["Pieter Hoogland", "Directeur Reko Recycling"],
        """
B: Die last onder dwangsom is onterecht, we hadden al minder opgeslagen {10}
A: Bij de controle in juni lag er 3x zoveel als mag. En nu na de fik hetzelfde {10}
B: We hebben een nieuwe opslagplek gehuurd {10}
A: Dan kunt u binnen de termijn voldoen. Hercontrole 15 oktober {10}
~ 2025-10-15
A: Hercontrole akkoord. Hoogtes goed, paden vrij {10}
B: 👍 {10}
""",
        12,
    ),
    Chat(
        "Brandoefening",
        "bedrijfsvoering",
        "2025-10-09 09:00",
        ["Iris Oosterveen", "Mark Lubbers"],
        """
A: Vandaag om 11 uur ontruimingsoefening stadhuis
B: Weer? 😅
A: Verplicht, 2x per jaar
""",
        10,
    ),
    Chat(
        "TC De Netkous",
        "ruimte",
        "2025-02-18 20:00",
        ["Linda Kroeze", "Bestuur TC De Netkous"],
        """
B: Wij willen in de winter door kunnen spelen. Een ballonhal over baan 1 tot 4 {11}
A: Dat kan met een omgevingsvergunning, tijdelijk ieder jaar {11}
B: Wat moeten we aanleveren? {11}
A: Tekening, geluid van de blazer, lichtplan {11}
~ 2025-09-05
B: Vergunning binnen, bedankt! {11}
A: Let op de nachtstand van de blazer {11}
""",
        12,
    ),
    Chat(
        "Buren Toplaan",
        "ruimte",
        "2025-09-08 19:30",
        ["Linda Kroeze", "Bewoner Toplaan 9"],
        """
B: Die tennisbubbel komt op 30 meter van mijn slaapkamer. Ook 's nachts een blazer? {11}
A: 's Nachts op de lage stand, 44 dB bij uw woning volgens het rapport {11}
B: Dat is nog steeds te veel. Wij maken bezwaar {11}
A: Dat kan tot 6 weken na de publicatie {11}
~ 2025-11-02
B: Wat hebben we gezegd: het gebrom gaat dag en nacht door. En het licht schijnt door de hal heen {11}
A: Ik vraag een geluidsmeting aan {11}
""",
        12,
    ),
    Chat(
        "Geluidsmeting tennis",
        "ruimte",
        "2025-11-06 22:00",
        ["Merel Stegeman", "Linda Kroeze"],
        """
A: Gemeten bij Toplaan 9 om 23 uur: 47 dB, blazer stond niet op de lage stand {11}
B: Dus overtreding {11}
A: Ja. Club aangesproken, ze hebben de timer verkeerd ingesteld {11}
~ 2025-11-13
A: Nieuwe meting: 43 dB. Nu goed {11}
B: Top {11}
""",
        10,
    ),
    Chat(
        "Tennistoernooi",
        "samenleving",
        "2025-06-14 10:00",
        ["Yvonne Lokhorst", "Ramon Berends"],
        """
A: Open toernooi bij de tennisclub in juni, zijn wij uitgenodigd?
B: Ja, prijsuitreiking zondag 16 uur
A: Ik ga wel
""",
        10,
    ),
    Chat(
        "Bonenstaak",
        "economie",
        "2025-04-29 14:00",
        ["Annemiek Wolters", "Eigenaar Koffiebar Bonenstaak"],
        """
B: We zijn zo blij dat we het koffiehuisje in het park krijgen! {12}
A: Gefeliciteerd. Pacht gaat in per 1 juni {12}
B: We willen ook een terras en bier en wijn {12}
A: Terras binnen de pachtgrens, voor alcohol heb je een dhw-vergunning nodig {12}
~ 2025-07-20
B: PHOTO "KIOSK DE HOOGE HOF - KOFFIE IJS BIER" {12}
B: Vergunning binnen, we zijn open! {12}
""",
        12,
    ),
    Chat(
        "Oude uitbater",
        "economie",
        "2025-04-30 09:00",
        ["Annemiek Wolters", "Oude uitbater paviljoen Hooge Hof"],
        """
B: 18 jaar heb ik dat theehuis gerund en nu mag ik eruit? {12}
A: De pacht is via een aanbesteding gegund. U scoorde lager {12}
B: Ik stap naar de rechter {12}
A: Dat is uw recht. U krijgt de beoordeling op papier {12}
""",
        10,
    ),
    Chat(
        "Inwoner Oevers Noord",
        "dienstverlening",
        "2025-05-06 20:00",
        ["Fatima Amrani", "Bewoner Berggierslanden"],
        """
B: Klopt het dat er een groot data center naast onze wijk komt? {3}
A: Er is een verzoek, de gemeente heeft nog niets besloten {3}
B: Het verbruikt meer stroom dan heel Meppel las ik {3}
A: Er is een informatieavond op 20 mei voor iedereen {3}
""",
        10,
    ),
    Chat(
        "Wethouder economie",
        "bestuur",
        "2025-05-13 18:00",
        ["Noor Boerrigter", "Wethouder Brink"],
        """
B: Wat vind jij van die datahal op Oevers Noord? {3}
A: Te weinig banen, het net is vol en we hebben de grond liever voor maakbedrijven {3}
B: Zo zie ik het ook. Ik zeg het college dat we niet meewerken {3}
""",
        8,
    ),
    Chat(
        "Wethouder landbouw",
        "bestuur",
        "2025-04-01 19:00",
        ["Pieter Hoogland", "Wethouder Oosting"],
        """
B: Het actiecomité van de Kremersweg wil me spreken over die stal {6}
A: Prima, maar u mag niets toezeggen, het is een vergunningprocedure {6}
B: Begrepen. Wat is het verhaal? {6}
A: Van 38.000 naar 92.000 hennen, met luchtwasser. Fijnstof net onder de norm {6}
""",
        8,
    ),
    Chat(
        "Actiecomité Kremersweg",
        "ruimte",
        "2025-04-15 20:30",
        ["Jantine Hessels", "Actiecomité Gien Megastal"],
        """
B: PHOTO "GIEN MEGASTAL AN DE KREMERSWEG" {6}
B: De spandoeken hangt. Wie wilt gewoon mit de wethouder praten {6}
A: Het gesprek is op 6 mei {6}
B: Mooi, wie kommen mit zes man {6}
""",
        10,
    ),
    Chat(
        "Wethouder sport tennis",
        "bestuur",
        "2025-09-09 17:00",
        ["Yvonne Lokhorst", "Wethouder Oosting"],
        """
A: De buren aan de Toplaan komen naar het spreekuur over de tennishal {11}
B: Wat zeggen ze? {11}
A: Gebrom van de blazer en het licht 's avonds. Vergunning is wel verleend {11}
B: Ik luister, meer niet {11}
""",
        8,
    ),
    Chat(
        "Vereniging omwonenden Toplaan",
        "ruimte",
        "2025-12-02 19:00",
        ["Linda Kroeze", "Vereniging omwonenden Toplaan"],
        """
B: Het licht schijnt als een lampion door die witte ballon, tot 23 uur {11}
A: Er komt een voorschrift over de verlichting na de bezwaarprocedure {11}
B: Wanneer? {11}
A: Besluit op bezwaar in januari {11}
""",
        8,
    ),
    Chat(
        "Open monumentendag",
        "ruimte",
        "2025-09-01 10:00",
        ["Hilde Schuiling", "Historische Vereniging Meppel"],
        """
B: Mogen we de bunker op open monumentendag openstellen? {2}
A: Alleen van buiten, binnen zitten de vleermuizen {2}
B: Prima, we zetten er een tent met foto's bij {2}
~ 2025-09-14
B: 600 bezoekers! {2}
A: Geweldig {2}
""",
        10,
    ),
)
