"""The TWENTY-NINTH BLIND relevance set (issue 17): new chats, requests and judgements.

Written as a Woo officer of gemeente Meppel would by a helper (branch bwoo29) BEFORE any measurement
on it, without reading the search code, the search tests or the synonym migrations; blind28.py was
read for the data format only (its first lines), the earlier sets only for their request titles (so
that the subjects are new); no other set was opened. Measured once on main's code after it was
committed. Same syntax as blind.py: `{n}` after a line marks the requests it is relevant to, `~`
starts the next day, `~ YYYY-MM-DD` moves the chat to that day, `PHOTO "text"` is a photo with
painted text, `AUDIO` a voice note. Generated filler (build.FILLER) is relevant to nothing. Names,
addresses, clubs, foundations and phone numbers are made up; a few real organisations (WMD,
Greenwheels, Renewi, PostNL, Tactus) appear as they would in such chats.

The twelve requests and their queries were written first, from the request text only, before any
chat. Long team chats (waste collection, real estate, sport, mobility, permits, sports grounds, the
city centre's public space, heritage, debt help, the elections, public order and safety, address
registration, the KCC, the mayor's cabinet, the council's registry, two aldermen, enforcement, two
outdoor service teams, legal affairs, communication) carry a request's subject in a few lines among
other work; short chats answer without repeating the subject ("Aanvraag bij de provincie
ingediend", "Verplaatst", "Gelukt! 71 procent", "Ingelezen. Dank"); other words for the subject
(luierbak, luierpas, bakken, Renewi, pasjes, stank, lediging; toren, kuip, taxatie, biedingen,
inschrijving, Reestvast, rijksmonument, gunning; begraven in het bos, graven zonder steen,
kerkhof in het bos, Rustbos, grondwater, peilbuizen, zienswijzen; samengaan, één club, ALV,
kleedkamers, MSV Meppel-Rogat, petitie; Greenwheels, gedeelde auto, vakken, ritten, leden,
laadkabel; masten, lampen, armaturen, kappen, lux, tijdklok, korfbal; tappunt, drinkwaterpunt,
WMD, drukknop, kauwgom, Nederland Drinkt Water; koepel, kolommen, houtwerk, kap, harmonie,
provinciale regeling; signalen, huisbezoeken, achterstand, Wgs, FG, huurachterstand, regeling;
borden, posters, overplakt, beklad, hakenkruizen, lijstnummers; verkooppunt, gedogen, motie,
driehoek, blowen elders; nieuwe nummers, opnieuw nummeren, meldkamer, bordje, pakketbezorgers,
navigatie, briefpapier); abbreviations (ALV, MJOP, RCE, RVS, VvE, FG, Wgs, GHG, OM, BAG, KCC);
typos (Vroegsignaleing, Verkiezinsborden, hernumering, coffeshop, huisnumer); 5 photos with text
and 2 voice notes; and distractor chats that share words with requests but are about something
else (a baby changing table in the town hall, a team outing to a water tower restaurant elsewhere,
the upkeep of a cemetery, the staff football tournament, shared bicycles at the station, led
lighting in the office, legionella samples of a sports hall's taps, a leaking skylight, tax
reminders and payment plans, the youth council's election, drug education at schools, change of
address registrations, the umbrella body of the welfare organisations).

Judging rule (as the earlier sets): a message is relevant when a Woo officer would have to include
it to cover the request, also when it does not repeat the subject ("👍", "Top", "Gedaan"); a voice
note inside a relevant exchange is relevant. Lines of a relevant chat about something else carry
no tag.

Counts (the filler fills every chat to its stated length): 58 chats of 10 to 200 messages, 4,018
messages (612 hand-written; 5 photos with text, 2 voice notes), 12 requests, 36 queries, 464
relevant messages, each relevant to one request, in 73 (chat, request) pairs; 45 chats relevant to
a request, 13 to none, 10 to several. Relevant messages (chats) per request: R1 53 (8), R2 52 (8),
R3 41 (5), R4 36 (5), R5 37 (6), R6 35 (5), R7 30 (6), R8 38 (7), R9 34 (4), R10 38 (8), R11 36
(6), R12 34 (5).
"""

from .build import Chat, Request

REQUESTS = (
    Request(
        1,
        "De proef met luiercontainers voor de inzameling van luiers en incontinentiemateriaal (2025): "
        "de plaatsing van de containers, de toegangspasjes, de stankklachten, de volle containers en "
        "de kosten.",
        ("luiercontainers", "luiers inzameling", "incontinentiemateriaal"),
    ),
    Request(
        2,
        "De verkoop van de watertoren aan de Zuideinde (2025): de taxatie, de inschrijving, de plannen "
        "van de gegadigden, de monumentenstatus en het collegebesluit.",
        ("watertoren", "verkoop watertoren", "watertoren herbestemming"),
    ),
    Request(
        3,
        "De aanvraag voor een natuurbegraafplaats in het bos bij Kolderveen (2025): het principeverzoek, "
        "de afwijking van het omgevingsplan, de zorgen van omwonenden en het waterschap, en het besluit.",
        ("natuurbegraafplaats", "natuurbegraafplaats kolderveen", "natuurlijk begraven"),
    ),
    Request(
        4,
        "De fusie van de voetbalverenigingen VV Rogat en MSC Meppel (2025): de gesprekken met de "
        "gemeente, de verdeling van de sportparken, de bijdrage aan nieuwe kleedkamers en de bezwaren "
        "van leden.",
        ("fusie voetbalverenigingen", "voetbalfusie", "vv rogat msc"),
    ),
    Request(
        5,
        "De proef met elektrische deelauto's in de wijken (2025): de aanbieder, de gereserveerde "
        "parkeerplaatsen, het gebruik, de klachten van bewoners en de evaluatie.",
        ("deelauto", "deelauto's parkeerplaatsen", "autodelen"),
    ),
    Request(
        6,
        "De lichthinder van de nieuwe led-veldverlichting bij korfbalvereniging KV Vlug en Vaardig aan "
        "de Ezingerweg (2025): de klachten van buren, de meting, het dimmen en de vergunning.",
        ("lichthinder", "veldverlichting klachten", "led lichtmasten"),
    ),
    Request(
        7,
        "De watertappunten (openbare drinkwaterpunten) in de binnenstad en de parken (2025): de "
        "plaatsing met WMD, de locaties, de storingen en het vandalisme, en de kosten.",
        ("watertappunt", "drinkwaterpunten binnenstad", "gratis kraanwater"),
    ),
    Request(
        8,
        "De restauratie van de muziekkoepel in het Wilhelminapark (2025): de staat van het houtwerk, de "
        "offertes, de subsidie van de provincie, de vertraging en het gebruik door de harmonie.",
        ("muziekkoepel", "muziekkoepel wilhelminapark", "restauratie koepel"),
    ),
    Request(
        9,
        "De vroegsignalering van betalingsachterstanden bij huur, energie en zorgverzekering (2025): de "
        "signalen van woningcorporaties en leveranciers, de huisbezoeken, de privacyvragen en de "
        "resultaten.",
        ("vroegsignalering", "betalingsachterstanden", "vroeg eropaf"),
    ),
    Request(
        10,
        "De verkiezingsborden bij de Tweede Kamerverkiezing van oktober 2025: de plaatsing van de "
        "borden, de vernielingen en het overplakken, de klachten over posters en het opruimen.",
        ("verkiezingsborden", "plakborden verkiezingen", "verkiezingsbord vernield"),
    ),
    Request(
        11,
        "Het verzoek om een coffeeshop in Meppel te vestigen (2025): de aanvraag van de ondernemer, het "
        "coffeeshopbeleid (nulbeleid), het overleg in de driehoek en de reacties van inwoners en de raad.",
        ("coffeeshop", "coffeeshop vestiging", "nulbeleid softdrugs"),
    ),
    Request(
        12,
        "De hernummering van adressen in het buitengebied van Rogat (2025): de nieuwe huisnummers, de "
        "brieven aan bewoners, de problemen met pakketbezorging en hulpdiensten en de kosten voor "
        "bewoners.",
        ("hernummering", "nieuwe huisnummers rogat", "adreswijziging BAG"),
    ),
)

CHATS = (
    Chat(
        "Afval en reiniging",
        "ruimte",
        "2025-02-03 07:30",
        ["Jan Wolters", "Miriam de Boer", "Kees Hofman", "Ilse Veen"],
        """
A: Goedemorgen, route 4 rijdt vandaag een half uur later, de wagen staat bij de garage
B: Ik zet het op de site
~ 2025-02-17
B: Het college heeft ja gezegd tegen de proef met de luiercontainers. 6 stuks, start 1 april {1}
C: Waar komen ze? {1}
B: Bij de ondergrondse in Koedijkslanden, Haveltermade en Nijeveen, en 3 bij de kinderdagverblijven {1}
A: Moeten we die bakken zelf legen of doet Renewi dat? {1}
B: Renewi, 1x per week. Ze gaan naar de verwerker in Arnhem, daar maken ze er weer plastic van {1}
D: Kan iedereen er luiers in gooien? {1}
B: Nee alleen met een pasje, aanvragen via het formulier. Ouders met kinderen onder de 3 en mensen met incontinentie {1}
~ 2025-03-10
D: Hoeveel pasjes zijn er al aangevraagd? {1}
B: 212, waarvan 40 voor incontinentiemateriaal via de thuiszorg {1}
A: Staphorst zat na een half jaar op 600, dus wij lopen goed {1}
~ 2025-04-01
C: Eerste 3 bakken staan, Nijeveen morgen, die fundering was nog niet klaar {1}
B: Mooi. Foto voor de nieuwsbrief? {1}
C: PHOTO "Alleen voor luiers - Gebruik uw pas - Luiers in een dichte zak - Gemeente Meppel proef 2025" {1}
~ 2025-05-19
A: Container bij de Slingeweg zit vol, klep gaat niet meer dicht {1}
B: Renewi gebeld, komen vanmiddag extra {1}
D: En er staan weer zakken naast. Stinkt enorm met deze warmte {1}
A: Kunnen we niet naar 2x per week? {1}
B: Kost €85 per lediging extra. Ik vraag het na bij Harm {1}
~
B: Harm gaat akkoord tot eind september, daarna kijken we opnieuw {1}
~ 2025-06-23
C: Bewoner in Haveltermade klaagt weer over de lucht, ze woont er pal naast {1}
B: We verplaatsen die bak 30 meter, naar de hoek bij de speeltuin. Nee wacht, niet bij de speeltuin {1}
B: Dan bij het trafohuisje {1}
~ 2025-07-14
A: Kraakperswagen is stuk, morgen geen papier in Oosterboer
D: Ik meld het bij het KCC
~ 2025-09-29
B: Cijfers proef tot nu: 41 ton ingezameld, 540 pasjes, 23 klachten, bijna allemaal over geur {1}
C: En wat kost het per ton vergeleken met restafval? {1}
B: 310 tegen 245 per ton. Maar het scheelt in de verbrandingsbelasting {1}
A: Gaat het door na de proef? {1}
B: Dat beslist het college in november {1}
~ 2025-11-10
B: Besluit: doorgaan, 4 extra bakken in 2026 {1}
D: 👍 {1}
A: Kerstbomenactie weer in januari?
B: Ja, zelfde opzet als vorig jaar
""",
        200,
    ),
    Chat(
        "Vastgoed en grondzaken",
        "bedrijfsvoering",
        "2025-01-13 09:00",
        ["Hans Lubbers", "Fenna Kloosterman", "Rik Zwiers"],
        """
A: Huurcontract kinderopvang Ezinge loopt per 1 juli af, wil je de verlenging voorbereiden?
B: Doe ik
~ 2025-02-10
A: De taxateur is geweest bij de toren aan het Zuideinde. Rapport komt eind deze maand {2}
C: Enig idee wat eruit komt? {2}
A: Hij zei iets van 350 tot 450 duizend. Maar het binnenwerk is slecht, geen lift en de trap is smal {2}
~ 2025-03-03
A: Taxatierapport binnen: 395.000 marktwaarde, met als voorwaarde dat de kuip eruit mag {2}
B: De kuip eruit? Dat mag vast niet van monumentenzorg {2}
A: Rijksmonument, dus de RCE moet meekijken. Ik heb Fenna van erfgoed gevraagd {2}
~ 2025-04-07
A: Inschrijving staat open tot 30 mei. Al 14 belangstellenden die de brochure hebben opgevraagd {2}
C: Ook die man met het plan voor een hotel? {2}
A: Ja, en een ontwikkelaar die er 6 appartementen in wil, en een stichting voor een uitkijkpunt met café {2}
~ 2025-06-02
A: 5 biedingen binnen. Hoogste 520k, laagste 180k van de stichting {2}
B: Gaat het college gewoon voor het hoogste bod? {2}
A: Nee, er is ook een puntentelling op het plan en de openbare functie. Dat staat in de voorwaarden {2}
C: Ik hoop dat iedereen daar straks nog op mag, het uitzicht is prachtig {2}
~ 2025-07-07
A: Het college kiest voor de appartementen met publieke uitkijk op zaterdag. 485k {2}
B: Wanneer is de levering? {2}
A: Na de zienswijzeperiode, dus januari. Notaris is Bouwman {2}
~ 2025-08-18
B: Erfpacht Stadsweide, wie heeft dat dossier?
C: Ligt bij mij
~ 2025-09-15
A: Bezwaar binnen van de stichting tegen de gunning van de toren {2}
B: Op welke grond? {2}
A: Dat de puntentelling niet klopt. Juridisch kijkt ernaar {2}
~ 2025-10-13
A: Snippergroen Berggierslanden: 8 nieuwe aanvragen
C: Ik pak ze op
""",
        150,
    ),
    Chat(
        "Sport en bewegen",
        "samenleving",
        "2025-01-20 10:00",
        ["Wouter Smit", "Anouk Brink", "Dennis Vos", "Pien Haverkamp"],
        """
A: Subsidieaanvragen sportakkoord sluiten 1 maart
B: Ik heb de flyer gemaakt
~ 2025-02-24
C: Rogat en MSC hebben laten weten dat ze willen samengaan. Voorzitters willen graag met ons praten {4}
A: Eindelijk. Ze hebben allebei te weinig jeugd {4}
C: Afspraak staat 12 maart met de wethouder erbij {4}
~ 2025-03-12
C: Goed gesprek. Ze willen één vereniging op Ezinge, sportpark Rogat wordt dan verkocht of woningbouw {4}
B: Dat laatste moeten ze niet zeggen, de grond is van ons {4}
C: Klopt, heb ik ook gezegd. De kleedkamers op Ezinge zijn te klein voor twee clubs {4}
A: Wat vragen ze? {4}
C: 8 nieuwe kleedkamers en een grotere kantine. Eerste schatting 1,2 miljoen {4}
~ 2025-04-14
D: Leden van Rogat hebben een petitie gestart tegen het samengaan, 300 handtekeningen {4}
C: De ALV is 22 mei, dan moeten ze tweederde halen {4}
~ 2025-05-23
C: ALV Rogat: 71% voor. MSC was al akkoord. Ze gaan per 1 juli 2026 verder als MSV Meppel-Rogat {4}
A: Mooi, en nu de kleedkamers {4}
~ 2025-06-16
C: Voorstel: gemeente betaalt 60% van de kleedkamers, club de rest met de opbrengst van de kantine {4}
B: En de gebruikersvergoeding? {4}
C: Die gaat omhoog als ze op één veld zitten, dat rekent Dennis door {4}
~ 2025-07-01
B: Zwemvierdaagse is dit jaar in het buitenbad?
D: Nee in het Sportcentrum
~ 2025-09-08
C: Raadsinformatiebrief over de bijdrage is de deur uit {4}
D: Tennisclub belt over het kunstgras bij de padelbanen
A: Ik bel ze terug
""",
        150,
    ),
    Chat(
        "Mobiliteit en parkeren",
        "ruimte",
        "2025-02-03 08:45",
        ["Bart Oosting", "Yvonne Jager", "Tim Mulder"],
        """
A: Tellingen Hoogeveenseweg zijn binnen
B: Stuur je ze naar mij?
~ 2025-03-17
A: Greenwheels wil meedoen aan de proef. 10 auto's, elektrisch, op vaste plekken in de wijk {5}
B: Hoeveel parkeervakken verliezen we dan? {5}
A: 10, met laadpaal. Ze betalen 25 euro per plek per maand {5}
C: Alleen leden kunnen er rijden, via de app {5}
~ 2025-04-22
A: Verkeersbesluit voor de gereserveerde vakken ligt ter inzage {5}
B: Zienswijze binnen van de VvE aan de Kerkweg, ze willen geen plekken kwijt {5}
~ 2025-05-12
A: Eerste 4 staan. Borden 'alleen deelauto' zijn geplaatst {5}
C: Er stond vanochtend al een gewone auto op zo'n plek {5}
B: Boa's weten ervan, eerste twee weken waarschuwen {5}
~ 2025-06-30
C: Gebruikscijfers na 6 weken: 212 ritten, 94 leden {5}
A: Valt mee voor de eerste weken. Haveltermade loopt het best {5}
B: En Oosterboer? {5}
A: Daar staat hij bijna altijd stil. Misschien verplaatsen naar het station {5}
~ 2025-08-25
B: Klacht van bewoner: de gedeelde auto blokkeert zijn oprit bij het laden {5}
A: De laadkabel ligt over de stoep. Greenwheels stuurt iemand {5}
~ 2025-10-20
A: Evaluatie af: doorgaan met 8 auto's, die in Oosterboer naar het stationsgebied {5}
C: Ok
A: Fietstellingen Kaapbrug ook binnen
""",
        150,
    ),
    Chat(
        "Omgevingsvergunningen",
        "ruimte",
        "2025-01-06 08:30",
        ["Ellen Bruins", "Martijn Koster", "Sandra Post", "Roel de Wit"],
        """
A: Gelukkig nieuwjaar! Eerste overleg woensdag 10 uur
B: Ik ben er
~ 2025-02-11
C: Principeverzoek binnen voor een begraafplaats in het bos bij Kolderveen. Graven zonder steen, alleen een boomstam of een keitje {3}
A: Een natuurbegraafplaats dus. Past dat in het omgevingsplan? {3}
C: Nee, het is bos met functie natuur. Afwijken kan met een buitenplanse activiteit {3}
D: Hoeveel graven? {3}
C: 3.000 op 6 hectare, grafrecht eeuwig {3}
~ 2025-03-04
C: Waterschap wil een grondwateronderzoek, de grondwaterstand is daar hoog {3}
B: Begraven onder het grondwater mag niet, dus dat klopt {3}
~ 2025-04-15
D: Geen toestemming voor de dakkapel Zuideinde, welstand negatief
A: Ik bel de aanvrager
~ 2025-05-06
C: Buren van het bos hebben een brief gestuurd. Ze zijn bang voor verkeer, parkeren en de rust {3}
A: Informatieavond organiseren? {3}
C: Initiatiefnemer doet het, wij zijn erbij. 22 mei in het dorpshuis {3}
~ 2025-05-23
C: Avond was druk, 80 mensen. Parkeren is echt het punt, en een enkeling vond het eng {3}
B: Eng? {3}
C: Doden in het bos waar ze met de hond lopen. Ik snap het wel een beetje {3}
~ 2025-06-10
D: Vergunning voor de windturbine in Broekhuizen is ingetrokken
~ 2025-07-22
C: Bodem- en grondwateronderzoek is goed, het deel aan de lage kant valt af. Het worden er 2.400 {3}
A: Dan kan het ontwerpbesluit naar het college {3}
~ 2025-09-02
C: College akkoord met de ontwerpvergunning, ter inzage vanaf 11 september {3}
B: Check of de parkeerplaats van 40 plekken erin staat {3}
C: Staat erin {3}
~ 2025-10-27
C: 6 zienswijzen, allemaal over verkeer. Nota van antwoord maak ik {3}
A: Mooi
""",
        200,
    ),
    Chat(
        "Sportparken beheer",
        "ruimte",
        "2025-02-10 07:45",
        ["Erik Nijboer", "Hester Vink", "Lars Veldman"],
        """
A: Vanaf maandag maaien we weer de velden
B: Te nat nog op Ezinge
~ 2025-03-03
A: De nieuwe masten bij Vlug en Vaardig staan. Led, 4 stuks van 18 meter {6}
C: Kwam het niet al in de subsidie van de sportakkoord? {6}
A: Deels. De rest betaalt de club {6}
~ 2025-03-20
B: Eerste klacht van een buurman aan de Ezingerweg. Het licht schijnt recht in zijn slaapkamer {6}
A: Ze trainen tot 22:30, daarna moet het uit {6}
B: Hij zegt dat het tot 23 uur brandt {6}
~ 2025-04-02
B: Nog 3 buren gemeld. Het is zo fel dat ze de gordijnen dicht moeten {6}
C: Die lampen zijn veel feller dan de oude. En ze zijn niet goed afgesteld, de kappen staan scheef {6}
A: Leverancier kan de armaturen verstellen en een afscherming plaatsen {6}
~ 2025-04-28
A: Omgevingsdienst heeft gemeten: 14 lux bij de gevel, norm is 10 na 23 uur. Voor 23 uur 25 {6}
B: Dus voor 23 uur valt het binnen de norm? {6}
A: Ja, maar na 22:30 moet het dus echt uit. En dat gebeurt niet altijd {6}
~ 2025-05-12
C: Afschermkappen geplaatst en lampen 10 graden lager gezet {6}
B: Buurman stuurt een filmpje, nog steeds licht in zijn tuin {6}
A: Club zet het licht nu om 22:15 op 50% en om 22:30 uit met een tijdklok {6}
~ 2025-06-16
B: Wethouder wil weten of de vergunning klopte voor de hoogte van de masten {6}
A: Masten tot 20 meter waren vergunningvrij onder het oude plan. Die vraag ligt bij Ellen {6}
~ 2025-08-11
A: Zomerstop, alle velden dicht tot 18 augustus
~ 2025-09-08
B: Nieuwe klacht, de tijdklok was kapot en alles brandde tot half 1 {6}
C: Opgelost, nieuwe klok {6}
""",
        150,
    ),
    Chat(
        "Openbare ruimte binnenstad",
        "ruimte",
        "2025-03-03 08:00",
        ["Gerda Meijer", "Tom Reinders", "Bas Hulshof", "Nadia Ouali"],
        """
A: Bloembakken worden deze week opgehangen
B: Wie doet de Hoofdstraat?
A: Team 2
~ 2025-04-07
C: WMD heeft ja gezegd: 4 watertappunten, de gemeente betaalt de aansluiting {7}
A: Waar? {7}
C: Markt bij de pomp, Kerkplein, Wilhelminapark bij de speeltuin en Stadsweide {7}
B: Zijn die van dat blauwe model? Die zijn in Zwolle al twee keer gesloopt {7}
C: RVS, met drukknop. Zonder knop loopt hij niet {7}
~ 2025-05-26
C: Markt en Kerkplein staan en doen het. Park volgt na de kermis {7}
D: Tof. Kinderen staan er al in de rij {7}
~ 2025-06-30
B: Die op het Kerkplein doet niks meer, de knop zit vast {7}
C: Storing gemeld bij WMD, maandag komen ze {7}
~
B: Iemand heeft er kauwgom in gedrukt 🙄 {7}
~ 2025-07-21
D: Tappunt in het park is geplaatst {7}
A: En die op de Stadsweide? {7}
C: Daar moet de leiding nog 80 meter, WMD rekent 9.400 {7}
A: Au. Budget was 20k voor alle vier {7}
~ 2025-09-01
C: Stadsweide gaat niet door dit jaar, te duur. Staat voor 2026 {7}
B: Bankjes Kerkplein worden geschilderd
""",
        150,
    ),
    Chat(
        "Cultureel erfgoed",
        "samenleving",
        "2025-01-15 11:00",
        ["Fenna Kloosterman", "Joost Hartman", "Linda Koops"],
        """
A: Open Monumentendag thema is dit jaar 'Verbinden'
B: Mooi thema voor Meppel, met al het water
~ 2025-02-12
B: Ik was bij de koepel in het park. Het houtwerk van de kap is op veel plekken rot {8}
A: Erg? {8}
B: De zuilen aan de kant van de vijver zijn onderaan helemaal week. Ik kon er een schroevendraaier in duwen {8}
C: Dan moet de harmonie er dit voorjaar maar niet op {8}
~ 2025-03-05
A: Bouwkundig rapport Wilhelminapark: 3 van de 8 kolommen vervangen, kap herstellen, lood op het dak {8}
B: Kosten? {8}
A: Twee offertes: 164k en 211k {8}
~ 2025-03-26
A: Provincie heeft een regeling voor gemeentelijke monumenten, 50% tot 100k {8}
C: Halen we die deadline? 15 april {8}
A: Als de restauratie-architect het plan van aanpak op tijd levert {8}
~ 2025-04-14
A: Aanvraag bij de provincie ingediend {8}
~ 2025-06-18
A: Subsidie toegekend! 82k {8}
B: 🎉 {8}
~ 2025-07-02
B: Het Stadsarchief vraagt om de bouwtekeningen van de koepel uit 1912 {8}
A: Zitten in de archiefdoos bij Linda {8}
~ 2025-08-25
C: Aannemer kan pas in november beginnen, te druk. Dus geen concerten in september {8}
B: Harmonie is er niet blij mee, ze hadden het jubileumconcert gepland {8}
~ 2025-09-22
C: Dag van de Architectuur, rondleiding in het stadhuis?
A: Ja goed idee
""",
        150,
    ),
    Chat(
        "Schuldhulp en inkomen",
        "samenleving",
        "2025-01-13 08:30",
        ["Rachid Amrani", "Marieke Dekker", "Joyce Lammers", "Ruud Brouwer"],
        """
A: Nieuwe aanmeldingen van vorige week staan in het systeem
B: Ik verdeel ze
~ 2025-02-03
B: Signalen van januari: 64, waarvan 38 van Woonconcern, 14 van WMD, 12 van de zorgverzekeraars {9}
C: Hoeveel huisbezoeken gedaan? {9}
B: 29, bij 11 stond niemand open {9}
A: Dan een brief met een tweede poging, zoals afgesproken {9}
~ 2025-03-10
D: Energieleveranciers zijn nu ook aangesloten, dus we krijgen meer meldingen {9}
B: Al 20 in twee weken. Veel mensen die 2 maanden achterlopen met het voorschot {9}
~ 2025-04-14
C: Een inwoner belde boos: hoe weet de gemeente dat hij achterstand heeft? {9}
A: Dat mag op grond van de Wgs, maar ik snap het. Ik stuur hem de privacyverklaring {9}
D: Is dat al vaker gebeurd? {9}
A: Drie keer dit jaar. De FG wil de brief laten aanpassen {9}
~ 2025-05-12
B: Gezin in Oosterboer via het signaal van de huur in beeld, 8.000 schuld. Nu in een traject {9}
C: Mooi, dat is precies waar het voor bedoeld is {9}
~ 2025-07-07
A: Kwartaalcijfers: 211 signalen, 54% bereikt, 31 in een schuldhulptraject {9}
D: Vergeleken met vorig jaar? {9}
A: Toen 38% bereikt. Door de huisbezoeken vooral {9}
~ 2025-08-18
C: Zomerrooster: wie pakt de spoedaanvragen in week 33?
D: Ik
~ 2025-10-06
A: Evaluatie vroegsignalering gaat in november naar de raad {9}
""",
        150,
    ),
    Chat(
        "Verkiezingen Tweede Kamer",
        "bedrijfsvoering",
        "2025-08-18 09:00",
        ["Anja Kroes", "Mark Lenters", "Iris Groen", "Pieter Smits"],
        """
A: Stembureaus zijn rond, 23 locaties
B: En de gymzaal in Nijeveen? Die is bezet
A: Dan de kerk
~ 2025-09-15
C: De buitendienst zet de borden volgende week neer. 14 stuks, op de vaste plekken {10}
B: Met de lijstnummers erop? {10}
C: Ja, 27 partijen dit keer, dus we hebben grotere borden nodig {10}
~ 2025-09-29
D: Bord bij het station ligt plat, iemand heeft het omgetrokken {10}
C: Wordt vandaag rechtgezet {10}
~ 2025-10-06
B: Klacht van een partij: hun poster is overgeplakt door een andere partij {10}
A: Regel is: niet over elkaars vak plakken. We sturen een mail naar alle partijen {10}
~ 2025-10-13
D: In Nijeveen is een bord beklad met hakenkruizen {10}
A: Foto maken, aangifte, en direct schoonmaken of vervangen {10}
C: Nieuw bord staat er morgen {10}
~ 2025-10-20
B: Een inwoner wil weten waarom er een bord voor zijn huis staat, hij kan niet uitrijden {10}
C: Dat bord staat er al 20 jaar bij elke verkiezing 🤷 {10}
~ 2025-10-29
A: Opkomst om 16 uur 58%
~ 2025-11-04
C: Alle borden opgehaald. 2 zijn gestolen, 3 kapot {10}
A: Kosten nieuwe borden? {10}
C: 450 per stuk {10}
""",
        110,
    ),
    Chat(
        "OOV en driehoek",
        "veiligheid",
        "2025-01-08 08:30",
        ["Sanne Bos", "Erwin Tuinstra", "Karin Wessels"],
        """
A: Evaluatie jaarwisseling staat op de agenda van de driehoek
B: Ik maak de sheets
~ 2025-03-17
A: Er is een brief binnen van een ondernemer die een coffeeshop wil openen aan de Kromme Elleboog {11}
C: Wij hebben toch het nulbeleid? {11}
A: Ja, geen gedoogde verkooppunten. Maar hij verwijst naar Steenwijk en Hoogeveen die er wel een hebben {11}
B: Burgemeester moet dit weten voor het driehoeksoverleg {11}
~ 2025-04-03
A: Driehoek: politie en OM voelen er niks voor zolang het experiment gesloten coffeeshopketen loopt {11}
B: De burgemeester? {11}
A: Die houdt vast aan de lijn, maar wil de raad laten meepraten omdat er een motie kwam {11}
~ 2025-04-22
C: Politie meldt meer dealen aan de deur in Oosterboer. De ondernemer gebruikt dat als argument {11}
B: Dat is juist een reden om voorzichtig te zijn {11}
~ 2025-05-12
A: Cameratoezicht station: de evaluatie is klaar
~ 2025-06-02
A: Concept antwoord op het verzoek van de ondernemer: afgewezen, met verwijzing naar het beleid en de afstand tot de scholen {11}
C: Er zit een school op 180 meter. Dat alleen al {11}
B: Nog even langs juridisch {11}
~ 2025-06-10
A: Brief is de deur uit {11}
~ 2025-07-14
B: Ondernemer gaat in bezwaar, zegt zijn advocaat {11}
A: Is geen besluit in de zin van de Awb volgens juridisch, maar goed {11}
~ 2025-09-08
C: Drugsafval gevonden in de berm bij Rogat
A: Omgevingsdienst inlichten
""",
        150,
    ),
    Chat(
        "BAG en adresbeheer",
        "bedrijfsvoering",
        "2025-01-20 09:15",
        ["Germ Stoker", "Wilma Hendriks"],
        """
A: 120 nieuwe adressen Nieuwveense Landen ingevoerd
B: Top
~ 2025-02-17
A: Voorstel om het buitengebied van Rogat opnieuw te nummeren is rond. 74 adressen aan de Rogatweg en de Oude Kerkweg {12}
B: Omdat de nummers door elkaar lopen? {12}
A: Ja, 12 komt na 48 en er zijn 3 keer een 'a'. Ambulance reed vorig jaar twee keer verkeerd {12}
~ 2025-03-24
A: College akkoord. Besluit tot vaststelling nieuwe huisnummers wordt 1 april bekend gemaakt {12}
B: Brieven aan de bewoners zijn klaar, met het oude en nieuwe nummer {12}
~ 2025-04-01
B: Al 9 telefoontjes, vooral mensen die boos zijn dat ze alles moeten wijzigen {12}
A: Bank, verzekering, abonnementen. Snap het wel {12}
B: Iemand vraagt of de gemeente het nieuwe bordje betaalt {12}
A: Ja, het bordje leveren wij. Verder is het voor eigen rekening {12}
~ 2025-05-06
A: Per 1 juni gaan de nieuwe nummers in de BAG. PostNL, DHL en de meldkamer hebben de lijst {12}
~ 2025-06-10
B: Klacht: pakket kwam op het oude adres aan bij de buren van 2 km verder {12}
A: Navigatie van de bezorger loopt achter. TomTom en Google updaten pas over een paar weken {12}
~ 2025-06-23
A: 3 bezwaarschriften tegen het besluit, een gaat over de kosten voor het wijzigen van het briefpapier van zijn bedrijf {12}
B: Bezwaarcommissie 10 september {12}
~ 2025-09-15
A: Adresonderzoek Kerkweg 10: niemand ingeschreven
B: Ik doe een huisbezoek
""",
        120,
    ),
    Chat(
        "KCC teamchat",
        "bedrijfsvoering",
        "2025-03-03 08:00",
        ["Marloes Wever", "Jeroen Bakker", "Ayla Yilmaz", "Dick Hoekstra"],
        """
A: Wachtrij is lang vandaag, iedereen op de lijn graag
B: Ik zit er al op
~ 2025-04-02
C: Wat zeg ik tegen iemand die een luierpas wil? {1}
A: Formulier op de site, of we vullen het samen in. Pas komt binnen 5 werkdagen {1}
~ 2025-04-09
D: Meneer uit Rogat aan de lijn, wil weten waarom zijn huisnumer verandert {12}
A: Staat in de brief, de nummers liepen niet op volgorde. Voor vragen doorverbinden naar Germ {12}
~ 2025-05-20
C: Weer iemand over de stank bij de luierbak in Koedijkslanden {1}
A: Melding aanmaken, categorie afval, dan komt het bij Miriam {1}
~ 2025-06-12
B: Iemand vraagt of het water uit het tappunt op de Markt wel te drinken is {7}
A: Ja, het is gewoon kraanwater van WMD {7}
~ 2025-07-01
D: Bewoner klaagt dat de deelauto voor zijn deur al 3 dagen niet gebruikt is en hij nergens kan parkeren {5}
A: Doorzetten naar mobiliteit {5}
~ 2025-09-30
C: Vragen over de verkiezingsborden: iemand wil zijn eigen poster ophangen {10}
A: Vrij plakken mag op de borden, op het vak van de partij. Niet erbuiten {10}
~ 2025-10-14
B: Buurman van de korfbal belt, licht brandt weer na elven {6}
A: Melding maken, gaat naar sportparken {6}
~ 2025-11-03
D: Parkeervergunning aanvragen, waar kan dat?
A: Via de site, Mijn Meppel
""",
        200,
    ),
    Chat(
        "Kabinet burgemeester",
        "bestuur",
        "2025-03-10 08:00",
        ["Harriët Mol", "Floor Timmer", "Bram de Lange"],
        """
A: Agenda deze week staat in de map
B: Dank
~ 2025-03-18
A: Burgemeester wil een notitie over het verzoek voor de coffeeshop. Welke gemeenten in Drenthe gedogen er een {11}
C: Hoogeveen en Emmen hebben er meer, Assen ook. Wij en Westerveld niet {11}
A: Verwerk je dat in de notitie, plus de afstandscriteria? {11}
~ 2025-04-24
A: Motie in de raad: onderzoek naar een coffeeshop. Aangenomen met 14 tegen 11 {11}
B: Oei. Dus het college moet nu iets {11}
A: Burgemeester zegt: onderzoek ja, maar het blijft zijn bevoegdheid {11}
~ 2025-06-05
B: Kroonjuwelenbezoek in september, voorbereiding start
~ 2025-06-16
A: Inwonerspanel: 52% tegen een verkooppunt, 35% voor, de rest weet het niet {11}
C: Dat komt in de raadsbrief {11}
~ 2025-10-08
A: Burgemeester opent de gerestaureerde... nee die is uitgesteld. Kun je de muziekkoepel uit de agenda halen? {8}
B: Gedaan {8}
~ 2025-10-30
A: Lintjesregen voorbereiding: voordrachten sluiten 1 november
""",
        100,
    ),
    Chat(
        "Griffie raad",
        "bestuur",
        "2025-02-03 09:00",
        ["Maaike Luijten", "Henk Oldenhof", "Sophie Kamp"],
        """
A: Agendacommissie maandag, stukken staan klaar
B: Prima
~ 2025-04-10
C: Fractie GBM heeft schriftelijke vragen over de luierproef: waarom alleen Koedijkslanden, Haveltermade en Nijeveen? {1}
A: Doorzetten naar afval, antwoord binnen 30 dagen {1}
~ 2025-04-24
A: Motie coffeeshop aangenomen, komt op de lijst toezeggingen {11}
~ 2025-06-12
B: Vragen van de VVD over de watertoren: waarom geen openbare veiling? {2}
A: Staat al op de lijst voor vastgoed {2}
~ 2025-07-03
C: Raadsinformatiebrief kleedkamers Ezinge voor de fusieclub staat op de lijst voor september {4}
~ 2025-09-18
A: Inspreker bij de commissie over de natuurbegraafplaats, een buurvrouw uit Kolderveen {3}
B: 5 minuten spreektijd {3}
~ 2025-10-02
C: Raadsvragen CDA over de borden in Nijeveen met de hakenkruizen {10}
A: Burgemeester beantwoordt ze {10}
~ 2025-11-06
C: Begrotingsraad 13 november, tot 23 uur ingepland
""",
        120,
    ),
    Chat(
        "Wethouder sport en vastgoed",
        "bestuur",
        "2025-02-20 07:45",
        ["Gert-Jan Wessels", "Wouter Smit", "Hans Lubbers"],
        """
A: Kunnen we donderdag de portefeuille doorlopen?
B: Ja, 9 uur
~ 2025-03-13
A: Goed gesprek gister met de voetbalclubs. Wat is de ruimte in de begroting? {4}
B: 750k in het MJOP voor Ezinge, dat was voor renovatie. Dat zouden we naar voren kunnen halen {4}
A: En de grond bij Rogat? {4}
C: Bij woningbouw 1,5 tot 2 miljoen. Maar die moet eerst in het omgevingsplan {4}
~ 2025-05-23
A: Ze hebben ja gezegd! Ik ga vanavond naar de ALV borrel {4}
~ 2025-07-08
A: Koper voor de toren is bekend? {2}
C: Ja, ontwikkelaar Reestvast. Publiek toegankelijke bovenverdieping op zaterdagen {2}
A: Goed, dat kan ik uitleggen {2}
~ 2025-09-16
C: Stichting is in bezwaar gegaan tegen de keuze voor de koper {2}
A: Wat betekent dat voor de planning? {2}
C: Levering schuift mogelijk naar het voorjaar {2}
~ 2025-10-01
A: En kunnen we de koepel voor de kerst weer open hebben? {8}
B: Nee, aannemer begint pas in november. Voorjaar 2026 {8}
A: Jammer. Ok {8}
""",
        90,
    ),
    Chat(
        "Wethouder sociaal domein",
        "bestuur",
        "2025-03-03 08:15",
        ["Petra Hoving", "Rachid Amrani"],
        """
A: Rachid, heb je de cijfers voor het werkbezoek van woensdag?
B: Komen vanmiddag
~ 2025-03-05
B: Vroegsignaleing: in januari en februari 128 meldingen, 47 mensen bereikt, 12 in hulp {9}
A: Hoe komt het dat zoveel mensen niet opendoen? {9}
B: Schaamte, denk ik. We sturen nu een kaart met een foto van de schuldhulpmaatje erbij {9}
~ 2025-04-15
A: De FG heeft zorgen over de gegevens van de zorgverzekeraars. Klopt dat? {9}
B: Ze willen dat we de bewaartermijn inkorten naar 3 maanden als er geen contact komt {9}
A: Doen {9}
~ 2025-09-01
A: Raadslid vroeg naar de resultaten van het aanbellen bij mensen met huurachterstand {9}
B: Ik stuur je de kwartaalcijfers {9}
""",
        40,
    ),
    Chat(
        "Handhaving en boa's",
        "veiligheid",
        "2025-03-03 07:00",
        ["Ronald Veenstra", "Esra Demir", "Kevin Post", "Laura Kok"],
        """
A: Dienstrooster maart staat erop
B: 👍
~ 2025-04-10
C: Bij de luierbak aan de Slingeweg staan vuilniszakken met luiers naast de container {1}
A: Kijk of er adres in zit, dan een bon {1}
C: Niks gevonden, alleen luiers {1}
~ 2025-05-19
D: Weer een gewone auto op de plek van de Greenwheels in Haveltermade {5}
A: Bon, 100 euro. Waarschuwingsperiode is voorbij {5}
~ 2025-06-05
B: Tappunt Kerkplein: jongeren gebruiken het als waterpistool op de terrassen {7}
A: Aanspreken, niet meer {7}
~ 2025-07-18
C: Hondenpoep Wilhelminapark, 3 bekeuringen
~ 2025-10-14
D: Bord met verkiezingsposters bij de Stationsweg is in de vijver gegooid {10}
A: Buitendienst haalt hem eruit {10}
~ 2025-10-22
B: Vanavond controle bij de korfbal, of het licht om half 11 uitgaat {6}
~
B: Om 22:31 uit. Niets aan de hand {6}
A: Noteer het in het dossier {6}
""",
        150,
    ),
    Chat(
        "Buitendienst wijkteam noord",
        "ruimte",
        "2025-04-01 07:00",
        ["Henk Kuiper", "Lisa Boer", "Stefan Jonker", "Anne Prins"],
        """
A: Vandaag Haveltermade snoeien
B: Hoogwerker staat klaar
~ 2025-04-03
C: Fundering voor de luiercontainer in Nijeveen is gestort. Morgen plaatst de leverancier hem {1}
~ 2025-05-27
D: Tappunt in het park moet 20 cm verschoven, staat te dicht bij de boom {7}
A: Doen we als WMD komt {7}
~ 2025-06-11
B: Verkiezinsborden liggen in de loods, 4 zijn kromgebogen van de vorige keer {10}
A: Nieuwe bestellen? {10}
B: Mark beslist {10}
~ 2025-09-22
C: Borden neergezet, op 2 na. Bij de Kaapbrug ligt de grond open voor glasvezel {10}
A: Dan 10 meter verder {10}
~ 2025-10-30
D: Kapotte lantaarnpaal Kerkweg gemeld
A: Doorzetten naar Citytec
~ 2025-11-03
C: Borden weggehaald en opgeslagen. Er zat er eentje onder de lijm, kost uren schrobben {10}
A: Mag de buitendienst niet doen, dat gooien we weg {10}
""",
        150,
    ),
    Chat(
        "Kinderopvang De Kleine Reus",
        "samenleving",
        "2025-03-24 13:10",
        ["Ilse Veen", "Tamara Bergsma"],
        """
B: Hoi Ilse, wij hebben gehoord over die bak voor de luiers. Mogen wij als kinderdagverblijf ook meedoen? {1}
A: Ja, jullie krijgen er een bij de ingang van de Kleine Reus. Wel een bedrijvenpas, kost 15 euro per maand {1}
B: Dat scheelt ons een rolcontainer per week. Aanmelden {1}
A: Stuur ik je het formulier {1}
~ 2025-05-02
B: De klep is kapot, hij blijft openstaan. Wat nu? {1}
A: Ik bel de monteur {1}
B: Dank! De kinderen lopen er langs, ruikt niet fris 😬 {1}
""",
        24,
    ),
    Chat(
        "Monumentencommissie",
        "ruimte",
        "2025-03-06 10:00",
        ["Fenna Kloosterman", "Gijs van Dam", "Ria Wolters"],
        """
A: Vraag van vastgoed over de toren aan het Zuideinde: mag de oude waterkuip eruit bij verbouw tot woningen? {2}
B: De kuip is juist het bijzondere. Die zien we liever blijven, eventueel als ruimte voor het publiek {2}
C: Eens. En de ramen mogen niet groter. Wel isoleren aan de binnenkant {2}
A: Dan zet ik dat in de verkoopvoorwaarden {2}
~ 2025-08-20
A: Reestvast heeft een eerste schets gestuurd. Kuip blijft, appartementen eronder {2}
B: Ziet er respectvol uit. Lift in de schacht? {2}
A: Ja, aan de noordkant {2}
""",
        30,
    ),
    Chat(
        "Stichting Uitzicht Meppel",
        "bestuur",
        "2025-04-10 19:30",
        ["Hans Lubbers", "Marten Dijkhuis"],
        """
B: Goedenavond, wij willen graag inschrijven op de toren. Is er nog een bezichtiging? {2}
A: 24 april om 14 uur, aanmelden via de makelaar {2}
~ 2025-05-29
B: Ons bod is verstuurd. We hopen dat het college naar meer kijkt dan het geld {2}
A: Dat staat in de voorwaarden. Succes {2}
~ 2025-07-08
B: Teleurgesteld. Wij hadden 600 handtekeningen voor een openbaar uitkijkpunt {2}
A: Ik begrijp het. De nieuwe eigenaar moet op zaterdag open voor publiek {2}
B: Eén dag per week. We beraden ons {2}
""",
        20,
    ),
    Chat(
        "Makelaar Bouwman",
        "bedrijfsvoering",
        "2025-04-01 09:00",
        ["Hans Lubbers", "Bianca Bouwman"],
        """
B: Brochure is klaar, foto's van de drone ook. Op Funda of alleen via ons? {2}
A: Alleen via jullie en de site van de gemeente {2}
B: PHOTO "TE KOOP - Watertoren Meppel (1906) - Rijksmonument - Inschrijving tot 30 mei 2025 - Bouwman Makelaars" {2}
~ 2025-04-25
B: Bezichtiging druk, 22 mensen. Veel vragen over de trap en de fundering {2}
A: Het funderingsrapport kan in de dataroom {2}
""",
        18,
    ),
    Chat(
        "Waterschap DOD afstemming",
        "ruimte",
        "2025-02-25 14:00",
        ["Sandra Post", "Jelle Hoekman"],
        """
B: Hoi Sandra, over dat begraven in het bos bij Kolderveen: grondwater staat daar in de winter op 60 cm {3}
A: Dan moet er een onderzoek komen? {3}
B: Ja, minimaal een winterseizoen peilbuizen. Graven moeten 30 cm boven de GHG blijven {3}
A: Ik geef het door aan de initiatiefnemer {3}
~ 2025-07-18
B: Resultaten gezien. Het noordelijke deel is te nat, de rest kan {3}
A: Dan wordt het kleiner. Dank {3}
~ 2025-10-09
B: Nog iets: de sloot langs het bos blijft ons beheer, geen graven binnen 5 meter {3}
A: Staat in de vergunning {3}
""",
        22,
    ),
    Chat(
        "Initiatiefnemer Rustbos Kolderveen",
        "ruimte",
        "2025-02-12 11:00",
        ["Sandra Post", "Evert Lamberts", "Grietje Lamberts"],
        """
B: Fijn dat het gesprek goed ging. Wanneer weten we of de gemeente mee wil werken? {3}
A: Binnen 8 weken krijgen jullie een reactie op het principeverzoek {3}
~ 2025-04-08
A: Het college wil in principe meewerken. Wel voorwaarden: water, verkeer en parkeren {3}
C: Geweldig. Mijn vader is hier als eerste begraven als het doorgaat, dat was zijn wens {3}
~ 2025-05-22
B: Dank voor de avond. Het parkeerterrein schuiven we naar de Kolderveenseweg {3}
A: Goed idee, dan rijdt niemand door het bos {3}
~ 2025-11-03
B: Hoe lang duurt het nog? We hebben al 130 mensen op de wachtlijst voor een plek {3}
A: Eerst de zienswijzen, verwacht besluit januari {3}
""",
        26,
    ),
    Chat(
        "Dorpsbelang Kolderveen",
        "samenleving",
        "2025-05-07 20:00",
        ["Sandra Post", "Hilde Zuidema"],
        """
B: Veel mensen in het dorp zijn ongerust over het kerkhof in het bos. Kunt u naar onze vergadering komen? {3}
A: Graag, er is op 22 mei ook een avond van de initiatiefnemer {3}
B: We hebben een enquête gedaan: 40% tegen, vooral vanwege verkeer {3}
A: Dank, neem ik mee in de beoordeling {3}
""",
        12,
    ),
    Chat(
        "Voorzitters MSC en Rogat",
        "samenleving",
        "2025-02-26 21:00",
        ["Dennis Vos", "Piet Nijhof", "Ron Schipper"],
        """
B: Dank voor het snelle antwoord. Kunnen we de stukken over Ezinge alvast krijgen? {4}
A: Ik stuur de plattegrond en het onderhoudsplan {4}
C: Bij ons blijft het gevoelig, de oude garde wil het clubhuis niet kwijt {4}
~ 2025-04-15
C: Die petitie is van een paar mensen. Het bestuur staat er achter {4}
A: Goed om te horen {4}
~ 2025-05-23
B: Gelukt! 71 procent. Nu zijn we één club {4}
A: Gefeliciteerd! Dan gaan we verder met de kleedkamers {4}
~ 2025-06-20
C: 60 procent is te weinig voor ons, we hebben het geld niet {4}
A: Ik neem het mee, maar verwacht niet te veel {4}
""",
        30,
    ),
    Chat(
        "Bouwkundig advies Ezinge",
        "ruimte",
        "2025-04-01 10:00",
        ["Dennis Vos", "Maurits Eggink"],
        """
A: Kun je een schets maken voor 8 kleedkamers naast het huidige gebouw? Voor de samengevoegde club {4}
B: Met scheidsrechterruimte? {4}
A: 2 scheidsrechterkamers en een EHBO {4}
~ 2025-05-08
B: Schets en raming: 1,15 miljoen ex btw {4}
A: Dank! {4}
""",
        16,
    ),
    Chat(
        "Greenwheels afstemming",
        "ruimte",
        "2025-03-18 11:30",
        ["Bart Oosting", "Chantal Vermeer"],
        """
B: Hierbij de lijst met locaties voor de auto's: Haveltermade 3, Oosterboer 2, Koedijkslanden 3, binnenstad 2 {5}
A: Binnenstad is lastig, parkeren is daar al vol. Kan het ook bij het station? {5}
B: Prima {5}
~ 2025-05-14
B: Eerste week: 34 nieuwe leden! {5}
A: Goed begin {5}
~ 2025-08-26
A: Er ligt een laadkabel over de stoep bij de Kerkweg, bewoners zijn boos {5}
B: Monteur gaat vandaag, er komt een kabelgoot {5}
~ 2025-10-21
A: Die in Oosterboer gaan we verplaatsen. Te weinig ritten {5}
B: Begrijpelijk. Verhuizen we in november {5}
""",
        24,
    ),
    Chat(
        "Bewonerscommissie Haveltermade",
        "samenleving",
        "2025-04-23 19:00",
        ["Yvonne Jager", "Gonnie Wiersma"],
        """
B: Wij snappen niet dat er 3 parkeerplaatsen weggaan voor auto's die je moet huren {5}
A: Het is een proef van een jaar. Als het niet werkt, gaan ze weg {5}
B: Veel ouderen hier hebben geen app {5}
A: Je kunt ook bellen om te reserveren, staat in de folder {5}
~ 2025-07-02
B: Eerlijk is eerlijk, mijn buurman heeft zijn 2e auto weggedaan en rijdt nu elektrisch zonder er een te hebben {5}
A: Mooi om te horen {5}
""",
        14,
    ),
    Chat(
        "KV Vlug en Vaardig bestuur",
        "samenleving",
        "2025-03-21 09:00",
        ["Erik Nijboer", "Annet Wijk"],
        """
A: Klacht van de buren over de lampen. Willen jullie zorgen dat ze om 22:30 uit zijn? {6}
B: Doen we. Het zijn de senioren die na de training blijven hangen {6}
~ 2025-04-03
B: De leverancier komt volgende week de kappen afstellen {6}
A: Graag ook een afscherming aan de kant van de huizen {6}
~ 2025-05-13
B: Tijdklok zit erin. 22:15 half licht, 22:30 uit {6}
A: Top {6}
~ 2025-09-09
B: Sorry, tijdklok gaf de geest. Nieuwe erin {6}
""",
        20,
    ),
    Chat(
        "Omgevingsdienst lichtmeting",
        "ruimte",
        "2025-04-15 08:00",
        ["Erik Nijboer", "Koen Tabak"],
        """
B: Meting bij de korfbal kunnen we 24 april doen, 's avonds vanaf 21 uur {6}
A: Ik regel dat de club alle velden aanzet {6}
~ 2025-04-25
B: PHOTO "Meting 24-04-2025 Ezingerweg 41 - verticale verlichtingssterkte gevel 14 lux - na 23:00 max 10 lux - voor 23:00 max 25 lux" {6}
B: Rapport volgt {6}
""",
        10,
    ),
    Chat(
        "WMD projectleider",
        "ruimte",
        "2025-03-27 10:15",
        ["Tom Reinders", "Wendy Snijder"],
        """
B: Offerte voor de 4 drinkwaterpunten komt deze week. Aansluiting per stuk tussen de 2.500 en 4.000 {7}
A: En het water zelf? {7}
B: Dat is gratis, onderdeel van Nederland Drinkt Water. Onderhoud doen wij {7}
~ 2025-05-20
B: Markt en Kerkplein zijn aangesloten. Bordje erbij? {7}
A: PHOTO "Gratis drinkwater - Vul je fles - WMD en Gemeente Meppel" {7}
~ 2025-07-01
A: Storing Kerkplein, knop zit vast {7}
B: Klopt, zat kauwgom in. Storingen hebben we vaker {7}
""",
        20,
    ),
    Chat(
        "Harmonie Concordia",
        "samenleving",
        "2025-02-14 18:00",
        ["Linda Koops", "Jaap Schutte"],
        """
B: Klopt het dat we niet meer in het park mogen spelen? {8}
A: Voorlopig niet, de kolommen zijn rot. Het is niet veilig {8}
B: AUDIO {8}
A: Ik begrijp het. We hopen dat de koepel na de zomer klaar is {8}
~ 2025-08-26
B: Dus ook niet in september? Dan valt ons jubileumconcert in het water 😢 {8}
A: Kunnen jullie naar de Markt uitwijken? {8}
B: We zoeken het uit {8}
""",
        16,
    ),
    Chat(
        "Restauratiearchitect",
        "samenleving",
        "2025-03-12 09:00",
        ["Fenna Kloosterman", "Olaf Dekema"],
        """
B: Ik heb het houtwerk geïnspecteerd. Ook de balklaag onder de vloer is aangetast {8}
A: Dat stond niet in het eerste rapport {8}
B: Nee. Dit wordt 20k meer {8}
~ 2025-04-11
B: Plan van aanpak voor de subsidie is af {8}
A: Top, ik dien het maandag in {8}
""",
        12,
    ),
    Chat(
        "Woonconcern signalen",
        "samenleving",
        "2025-01-20 10:00",
        ["Marieke Dekker", "Nicole Veldkamp"],
        """
B: Deze maand 12 huurders met 1 maand achterstand in de lijst. Doorsturen via het portaal? {9}
A: Ja, en ook die met 2 maanden, die pakken we eerst {9}
~ 2025-05-13
B: Het gezin uit Oosterboer-Noord heeft een regeling, dank voor jullie hulp {9}
A: Fijn! {9}
~ 2025-08-20
B: Kan de gemeente eerder bellen, bij 1 maand al? Dan voorkomen we ontruimingen {9}
A: Dat is de bedoeling. We bellen nu binnen een week na het signaal {9}
""",
        18,
    ),
    Chat(
        "Schuldhulpmaatje Meppel",
        "samenleving",
        "2025-02-20 15:00",
        ["Ruud Brouwer", "Els Hummel"],
        """
B: We willen graag meelopen met de huisbezoeken. Mag dat? {9}
A: Ja, als de inwoner toestemming geeft {9}
B: AUDIO {9}
A: Dank, ik bespreek het met het team {9}
""",
        10,
    ),
    Chat(
        "Politieke partijen contact",
        "bestuur",
        "2025-09-24 09:30",
        ["Anja Kroes", "Derk Meulman"],
        """
B: Ons vak op het bord bij de Wheem is helemaal overplakt. Wie doet zoiets? {10}
A: Geen idee, maar we hebben alle partijen gemaild. Je mag opnieuw plakken {10}
B: Kan de gemeente het niet controleren? {10}
A: Nee, de boa's kijken wel als ze in de buurt zijn {10}
~ 2025-10-14
B: Nu weer, en met een poster met leugens erop {10}
A: Inhoud beoordelen we niet. Alleen bij strafbare teksten halen we het weg {10}
""",
        14,
    ),
    Chat(
        "Juridische zaken",
        "bedrijfsvoering",
        "2025-02-10 09:00",
        ["Ingrid Dam", "Joris Wesselink", "Meike Pol"],
        """
A: Nieuwe zaken deze week: 4 bezwaren parkeren, 1 Wob-achtig verzoek
B: Ik pak het parkeren
~ 2025-05-30
C: Kijk je even naar de afwijzing voor die coffeshop? Of het een besluit is {11}
A: Het is een reactie op een verzoek om beleid te wijzigen, geen aanvraag voor een vergunning. Geen besluit {11}
C: Zetten we er een rechtsmiddelenclausule onder? {11}
A: Nee, wel uitleg waarom niet {11}
~ 2025-06-24
B: Bezwaren tegen de nieuwe huisnummers in Rogat: 3 stuks. Alle drie ontvankelijk {12}
C: Kans van slagen? {12}
B: Klein. Het besluit is goed onderbouwd met de meldkamer {12}
~ 2025-09-16
A: Bezwaar van Stichting Uitzicht tegen de gunning van de toren. Is dat wel een besluit? {2}
B: Privaatrechtelijke verkoop, dus niet. Ze moeten naar de civiele rechter {2}
A: Zo schrijf ik het ze {2}
~ 2025-10-21
C: Advies commissie over de hernumering: ongegrond, maar kosten van 1 bezwaarmaker deels vergoeden {12}
B: Welke? {12}
C: Die met het bedrijf. Briefpapier en reclame op zijn bus, €650 {12}
""",
        140,
    ),
    Chat(
        "Communicatie team",
        "bestuur",
        "2025-02-03 09:00",
        ["Eline Schaap", "Rutger Prins", "Mila de Groot"],
        """
A: Nieuwsbrief februari gaat vrijdag uit
B: Ik heb nog een stukje over de Week van de Ontmoeting
~ 2025-03-19
C: Persbericht luierproef: 'Vanaf 1 april luiers apart inleveren in 6 wijken' klopt het 6? {1}
A: 3 wijken, 6 containers. Aanpassen {1}
~ 2025-04-04
B: Persbericht verkoop watertoren staat klaar. Met de drone-foto van de makelaar {2}
A: Akkoord van de wethouder? {2}
B: Ja {2}
~ 2025-05-09
C: Socials: 'Rijd jij al deelauto?' post voor Haveltermade {5}
A: Graag met de folder over het telefonisch reserveren {5}
~ 2025-05-27
B: Vraag van RTV Drenthe over de watertappunten. Wie doet het interview? {7}
A: Tom van de binnenstad {7}
~ 2025-06-19
C: Bericht 'Subsidie voor muziekkoepel' voor de site {8}
A: Mooi, en noem de provincie {8}
~ 2025-10-15
B: Verklaring over het bekladde bord in Nijeveen, burgemeester wil er iets over zeggen {10}
A: Kort houden, aangifte gedaan, bord vervangen {10}
~ 2025-11-12
C: Persbericht: luiercontainers blijven en er komen er 4 bij {1}
A: Plaatje van de bak erbij {1}
""",
        150,
    ),
    Chat(
        "Politie basisteam Meppel",
        "veiligheid",
        "2025-04-02 08:00",
        ["Sanne Bos", "Hugo Meester"],
        """
B: Voor de driehoek: wij zien het verzoek voor een verkooppunt niet zitten. Geen capaciteit voor extra toezicht {11}
A: Duidelijk, neem ik mee {11}
B: En de drugsrunners in Oosterboer blijven er ook niet door weg {11}
~ 2025-10-13
B: Aangifte van het beklad verkiezingsbord in Nijeveen is opgenomen. Geen verdachte {10}
A: Dank {10}
""",
        16,
    ),
    Chat(
        "Inwonersreacties coffeeshop",
        "bestuur",
        "2025-04-25 10:00",
        ["Floor Timmer", "Bram de Lange"],
        """
A: Na die motie stroomt de mailbox vol. 41 mails, 30 tegen, 11 voor {11}
B: Zijn ze allemaal al beantwoord? {11}
A: Standaardbrief: het college onderzoekt het, de raad beslist niet, de burgemeester wel {11}
B: Klopt. En die van de ouders van de Mariaschool? {11}
A: Die krijgen een persoonlijke brief, ze zijn erg ongerust {11}
""",
        12,
    ),
    Chat(
        "Meldkamer Noord-Nederland",
        "veiligheid",
        "2025-02-04 13:00",
        ["Germ Stoker", "Ellen Brouwer"],
        """
B: Onze ambulancechauffeurs klagen al jaren over de Rogatweg. Nummers 12 en 48 zitten naast elkaar {12}
A: We gaan het hele stuk opnieuw nummeren. Zijn jullie klaar met de nieuwe lijst op 1 juni? {12}
B: Als we hem 2 weken eerder hebben {12}
~ 2025-05-15
A: Lijst met oude en nieuwe nummers verstuurd {12}
B: Ingelezen. Dank {12}
""",
        14,
    ),
    Chat(
        "Dorpsvereniging Rogat",
        "samenleving",
        "2025-04-02 20:15",
        ["Wilma Hendriks", "Klaas Mensink"],
        """
B: Mensen zijn boos over die nieuwe nummers. Waarom nu opeens? {12}
A: Het is voor de hulpdiensten, ze konden adressen niet vinden {12}
B: Dat snappen we. Maar het kost veel werk, alles omzetten {12}
B: PHOTO "Gemeente Meppel - Uw nieuwe huisnummer - Oud: Rogatweg 12a - Nieuw: Rogatweg 31 - Ingang 1 juni 2025" {12}
A: De brief van de gemeente helpt bij het wijzigen, gratis uittreksel bij Burgerzaken {12}
~ 2025-06-12
B: Pakketbezorgers rijden nog steeds verkeerd {12}
A: Duurt even, de kaarten worden bijgewerkt {12}
""",
        16,
    ),
    Chat(
        "Buitendienst wijkteam zuid",
        "ruimte",
        "2025-03-31 07:00",
        ["Peter Brink", "Willem Haan", "Jos Bremer"],
        """
A: Bermen maaien Kolderveen deze week
B: Maaiwagen is gerepareerd
~ 2025-05-15
C: Luierbak in Haveltermade verplaatsen naar het trafohuisje, kan dat? {1}
A: Nieuwe fundering nodig, 2 dagen {1}
~ 2025-06-24
C: Verplaatst {1}
~ 2025-07-02
B: Bij de koepel in het Wilhelminapark ligt een stuk hout naar beneden. Hekken staan er goed? {8}
A: Hekken staan, ik heb er nog een lint omheen gedaan {8}
~ 2025-10-06
C: Plantvakken Zuideinde opgeschoond
""",
        100,
    ),
    Chat(
        "Verschoontafel stadhuis",
        "bedrijfsvoering",
        "2025-04-14 10:00",
        ["Hanneke Visser", "Sjoerd Roelofs"],
        """
A: Bezoekers vragen of er een luiertafel is in het stadhuis
B: Alleen in het invalidentoilet beneden, en die klapt niet meer goed uit
A: Nieuwe bestellen? Met een afvalbak voor de luiers erbij
B: Ik vraag facilitair om een offerte
~ 2025-05-08
B: Nieuwe verschoontafel hangt. Bakje met deksel ernaast
A: Top
""",
        30,
    ),
    Chat(
        "Teamuitje ruimte",
        "ruimte",
        "2025-05-12 12:00",
        ["Gerda Meijer", "Bart Oosting", "Ellen Bruins"],
        """
A: Teamuitje 27 juni: voorstel is eten in de watertoren in Zwolle
B: Leuk! Met de trap naar boven?
C: Er is een lift, maar het uitzicht vanaf het dak is het mooist
A: 22 aanmeldingen, ik reserveer
~ 2025-06-28
B: Wat een avond, dat uitzicht over de IJssel 👌
""",
        40,
    ),
    Chat(
        "Begraafplaats Zomerdijk beheer",
        "ruimte",
        "2025-03-04 08:00",
        ["Alie Kamphuis", "Frits Nijenhuis"],
        """
A: De beukenhaag bij het hek moet gesnoeid voor Pasen
B: Deze week
~ 2025-04-22
A: Er is een begrafenis vrijdag om 11, graf in vak C is gedolven
B: Graafmachine staat weer in de loods
~ 2025-06-10
A: Familie vraagt of er een boom op een graf geplant mag worden
B: Niet op ons kerkhof, dat mag alleen met een laag gewas. Ik leg het uit
~ 2025-08-19
A: Grafrechten verlopen bij 40 graven, brieven gaan eruit
""",
        60,
    ),
    Chat(
        "Personeelsvoetbal",
        "bedrijfsvoering",
        "2025-05-05 16:00",
        ["Jeroen Bakker", "Kevin Post", "Lars Veldman", "Tim Mulder"],
        """
A: Wie doet er mee met het voetbaltoernooi van de Drentse gemeenten?
B: Ik!
C: Ik ook, als keeper
D: Ik kan alleen in de ochtend
~ 2025-06-13
A: We hebben tegen Westerveld gewonnen 3-1 ⚽
B: En de kleedkamers in Havelte waren verschrikkelijk 😂
""",
        40,
    ),
    Chat(
        "Deelfietsen station",
        "ruimte",
        "2025-06-02 11:00",
        ["Yvonne Jager", "Tim Mulder"],
        """
A: De OV-fiets wil 40 extra plekken bij het station
B: Ten koste van de gewone stalling?
A: Nee, in het nieuwe deel aan de oostkant
B: Dan moet de vergunning aangepast
~ 2025-07-15
A: De deelfietsen staan. Ook 6 elektrische
""",
        30,
    ),
    Chat(
        "Ledverlichting kantoor",
        "bedrijfsvoering",
        "2025-01-27 09:30",
        ["Hanneke Visser", "Arjen Koops", "Mieke Verhoef"],
        """
A: Op de tweede verdieping zijn de tl-buizen vervangen door led
C: Veel te fel. Ik krijg er hoofdpijn van
B: De armaturen kunnen gedimd worden, ik kijk ernaar
~ 2025-02-11
C: Na het dimmen veel beter. Alleen bij het raam nog verblinding op het scherm
B: Ik verschuif je bureau een halve meter
""",
        30,
    ),
    Chat(
        "Legionella sporthal De Bongerd",
        "ruimte",
        "2025-05-19 08:00",
        ["Hester Vink", "Marco Stam"],
        """
B: Jaarlijkse monsters zijn genomen, ook de kraan in de kantine
A: Uitslag?
~ 2025-05-28
B: Alles onder de norm, ook het tappunt bij de douches. Wel spoelen na de vakantie
A: Zet je het in het logboek?
""",
        30,
    ),
    Chat(
        "Lichtkoepel raadzaal",
        "bedrijfsvoering",
        "2025-09-29 14:00",
        ["Sjoerd Roelofs", "Arjen Koops"],
        """
A: De lichtkoepel boven de hal lekt weer. Emmer eronder gezet
B: Dakdekker komt donderdag
~ 2025-10-03
B: Rubber rand vervangen, zou nu droog moeten zijn
A: Het restaureren van het hele dak staat voor 2027
""",
        24,
    ),
    Chat(
        "Belastingen invordering",
        "bedrijfsvoering",
        "2025-03-10 09:00",
        ["Henny Tol", "Rob Veldhuis"],
        """
A: Aanmaningen afvalstoffenheffing gaan vandaag de deur uit, 1.240 stuks
B: Veel betalingsregelingen verwacht?
A: Vorig jaar 300. Wie 3 termijnen mist krijgt een dwangbevel
~ 2025-04-07
B: Kwijtscheldingsverzoeken lopen op, al 410
A: Ik zet er een extra kracht op
""",
        60,
    ),
    Chat(
        "Jeugdgemeenteraad",
        "bestuur",
        "2025-01-21 15:00",
        ["Maaike Luijten", "Noor Bakker"],
        """
B: De verkiezing van de jeugdgemeenteraad is 6 februari op de scholen
A: Posters van de kandidaten hangen in de aula's?
B: Ja, en in de bibliotheek
~ 2025-02-07
B: 14 kinderen gekozen, installatie in de raadzaal op 20 februari
""",
        30,
    ),
    Chat(
        "Drugsvoorlichting scholen",
        "samenleving",
        "2025-09-09 13:00",
        ["Karin Wessels", "Lotte Huisman"],
        """
B: Tactus komt weer de voorlichting geven op het Stad & Esch, klas 3
A: Ook over blowen? Er is veel gebruik onder 15-jarigen volgens de GGD
B: Ja, over wiet, alcohol en vapes. Veel kinderen denken dat de coffeeshop in Zwolle ook voor hen is
A: Goed dat het erin zit
""",
        40,
    ),
    Chat(
        "Burgerzaken verhuizingen",
        "bedrijfsvoering",
        "2025-03-03 08:30",
        ["Wendy Kuipers", "Gijs Hofstra"],
        """
A: Veel verhuisaangiftes deze week, vooral nieuwbouw
B: Het adres bestaat soms nog niet in de BAG
A: Dan even wachten tot het adres is ingevoerd, anders valt de aangifte uit
B: Germ heeft gezegd dat ze er vrijdag in staan
""",
        60,
    ),
    Chat(
        "Welzijnsoverleg",
        "samenleving",
        "2025-02-17 10:00",
        ["Tessa Blom", "Gerrit Hulshof"],
        """
A: De koepel van de welzijnsorganisaties wil een nieuw convenant
B: Welzijn Meppel, de ouderenbond en de vrijwilligerscentrale?
A: Ja, en de Zonnebloem
~ 2025-03-31
B: Concept convenant ligt er. Ze vragen meer geld voor het ouderenwerk
""",
        60,
    ),
)
