"""The TWENTY-SEVENTH BLIND relevance set (issue 17): new chats, requests and judgements.

Written as a Woo officer of gemeente Meppel would by a helper (branch bwoo27) BEFORE any measurement
on it, without reading the search code, the search tests or the synonym migrations; blind26.py was
read for the data format only, build.py for its syntax, the earlier sets only for their request
titles (so that the subjects are new). Measured once on main's code after it was committed. Same
syntax as blind.py: `{n}` after a line marks the requests it is relevant to, `~` starts the next
day, `~ YYYY-MM-DD` moves the chat to that day, `PHOTO "text"` is a photo with painted text,
`AUDIO` a voice note. Generated filler (build.FILLER) is relevant to nothing. Names, places,
organisations, addresses, phone numbers and companies are made up.

The twelve requests and their queries were written first, from the request text only, before any
chat. Long team chats (the outdoor service, the boa's, the crisis team, sewerage and pumping
stations, welfare and Wmo, school buildings, sport, traffic, the KCC, communication, ICT, the
area coordinators, the mayor's cabinet, the council registry) carry a request's subject in a few
lines among other work, some in a single line; short chats answer without repeating the subject
("Akkoord", "Levering is dinsdag", "Yes 🌱", "Noodkast draait"); other words for the subject
(drollen, poep, zakjes, bakken, automaten, uitlaten, bekeuren, niet opruimen; geen stroom, uitval,
licht is terug, noodstroom, aggregaat, UPS, zwart, Noordnet, middenspanningsstation; bomen, naalden,
50 cent per boom, stapel, vuur, werf, scouting; pompen vast, doekjes, overstort, ongezuiverd,
stinkt naar riool, grijze sloot, zuurstof, reservepomp; alleen voelen, huisbezoeken, maatje,
koffieochtend, bezoekers, aftrap; units, tijdelijke klaslokalen, witte doos, groep 5b, aula; tent,
olifant, zeeleeuwen, affiches, spandoeken, petitie, graszoden, borg; VRI, regelkast, knipperen,
blikseminslag, noodkast, regelaars, file; rode krabben, beestjes, fuiken, beroepsvisser, oever
ingezakt, waterlelies; meppel.nl, go-live, redirects, zoekfunctie, schermlezer, audit, Pixelwerk,
status B; hal, uurprijs, 18%, contributie, jeugdkorting, fasering, facturen; €25.000, aanvragen,
commissie, moestuin, jeu-de-boulesbaan, ijsmachine, beschikkingen, bonnetjes); abbreviations (OOV,
GBT, kVA, VRI, m3, KCC, SSO, IHP, UPS, pv); Drents "Moi"; typos (hondepoep, kersboom, strooom,
rivierkreefte); 6 photos with text and 2 voice notes; and distractor chats that share words with
requests but are about something else (the dog tax, a lobster soup at the staff Christmas dinner,
a fire of pallets at a youth spot, a circus workshop at a school, the roster of the gyms and the
meeting rooms, the library's website, the parking tariffs, a team outing budget, maintenance of
another pumping station, charging points connected by the grid operator, a dog park gate, a lift
in the town hall without power).

Judging rule (as the earlier sets): a message is relevant when a Woo officer would have to include
it to cover the request, also when it does not repeat the subject ("Akkoord", "👍"); a voice note
inside a relevant exchange is relevant. Lines of a relevant chat about something else carry no tag.

Counts (with the generated filler of seed 17, as the bench builds it): 56 chats of 10 to 240
messages, 3,730 messages (552 hand-written; 6 photos with text, 2 voice notes), 12 requests, 36
queries, 447 relevant messages (each relevant to one request), in 78 (chat, request) pairs; 44
chats relevant to a request, 12 to none, 15 to several. Relevant messages (chats) per request: R1
42 (7), R2 60 (12), R3 45 (9), R4 35 (5), R5 34 (5), R6 28 (5), R7 40 (7), R8 34 (7), R9 30 (5),
R10 39 (6), R11 28 (6), R12 32 (4).
"""

from .build import Chat, Request

REQUESTS = (
    Request(
        1,
        "De overlast van hondenpoep in parken en woonwijken (2025): de meldingen van inwoners, de "
        "extra hondenpoepbakken en zakjesautomaten, de controles en de boetes door de boa's.",
        ("hondenpoep", "hondenpoepbakken", "boete hondenpoep"),
    ),
    Request(
        2,
        "De grote stroomstoring in Meppel van 11 februari 2025: de uitval in de binnenstad en "
        "Haveltermade, de gevolgen voor zorginstellingen en gemalen, de noodaggregaten en het "
        "contact met de netbeheerder.",
        ("stroomstoring", "stroomuitval februari", "noodaggregaat"),
    ),
    Request(
        3,
        "De kerstbomenactie van januari 2025: het inzamelen van kerstbomen door kinderen, de "
        "vergoeding per boom, de kerstboomverbranding en de vergunning daarvoor.",
        ("kerstbomen inzamelen", "kerstboomverbranding", "vergoeding kerstboom"),
    ),
    Request(
        4,
        "De storing van rioolgemaal Ezinge (juli 2025): het rioolwater dat in de sloten en de Wold "
        "Aa terechtkwam, de meldingen over stank, het overleg met het waterschap en de reparatie.",
        ("rioolgemaal storing", "rioolwater sloot", "gemaal ezinge"),
    ),
    Request(
        5,
        "De aanpak van eenzaamheid onder ouderen (2025): de Week tegen Eenzaamheid, de "
        "huisbezoeken aan 75-plussers door vrijwilligers en de subsidie aan de welzijnsstichting.",
        ("eenzaamheid ouderen", "week tegen eenzaamheid", "huisbezoeken 75-plussers"),
    ),
    Request(
        6,
        "De noodlokalen bij basisschool De Wegwijzer in Koedijkslanden (2025): het ruimtetekort, "
        "de plaatsing van de tijdelijke lokalen, de omgevingsvergunning, de bezwaren van buren en "
        "de kosten.",
        ("noodlokalen", "noodlokalen wegwijzer", "tijdelijke lokalen school"),
    ),
    Request(
        7,
        "Het circus op evenemententerrein De Stadsweiden (mei 2025): de vergunning, de dieren in "
        "het circus en het protest van dierenactivisten, de aanplakbiljetten en de schade aan het "
        "grasveld.",
        ("circus", "circus vergunning", "circus dieren"),
    ),
    Request(
        8,
        "De storing aan de verkeerslichten op de kruising Hoogeveenseweg en Eekhorstweg "
        "(september 2025): de uitval, de inzet van verkeersregelaars, de klachten over files en de "
        "vervanging van de regelkast.",
        ("verkeerslichten storing", "stoplichten hoogeveenseweg", "verkeersregelaars kruising"),
    ),
    Request(
        9,
        "De Amerikaanse rivierkreeft in vijvers en sloten van Meppel (2025): de meldingen, de "
        "schade aan oevers en waterplanten, het wegvangen met fuiken en het overleg met het "
        "waterschap.",
        ("rivierkreeft", "kreeften vijver", "rivierkreeften wegvangen"),
    ),
    Request(
        10,
        "De nieuwe website van de gemeente (2025): de lancering, de klachten over onvindbare "
        "informatie en formulieren, de toegankelijkheid en de kosten van het webbureau.",
        ("nieuwe website", "website klachten", "toegankelijkheid website"),
    ),
    Request(
        11,
        "De verhoging van de huurtarieven van sporthallen en gymzalen voor sportverenigingen "
        "(2025): het besluit, de reacties en bezwaren van de verenigingen en de compensatie.",
        ("huurtarieven sporthallen", "zaalhuur verenigingen", "tarieven gymzalen"),
    ),
    Request(
        12,
        "Het wijkbudget voor bewonersinitiatieven in Berggierslanden (2025): de aanvragen van "
        "bewoners, de beoordeling, de toegekende en afgewezen initiatieven en de verantwoording.",
        ("wijkbudget", "bewonersinitiatief berggierslanden", "wijkbudget aanvragen"),
    ),
)

CHATS = (
    Chat(
        "Buitendienst wijken noord",
        "ruimte",
        "2025-01-06 07:10",
        ["Gerrit Mulder", "Jan Wessels", "Lisanne Post", "Bennie Koster"],
        """
A: Moi allemaal, gelukkig nieuwjaar. Vandaag eerst de strooiroute nalopen
B: Zoutsilo is voor de helft vol
~ 2025-01-08
C: Vraag van de scouting: waar mogen ze zaterdag de bomen neerleggen die de kinderen ophalen? {3}
A: Bij de werf aan de Oevers, achter het hek. Wij rijden ze daarna met de kraanwagen naar de Stadsweiden {3}
C: En tellen? Elke boom is 50 cent {3}
A: Scouting telt bij het hek, Bennie tekent af {3}
~ 2025-01-11
D: 1.342 stuks afgetekend, hek staat helemaal vol naalden haha {3}
A: Mooi aantal. Morgen met twee vrachten naar het terrein {3}
~ 2025-01-14
B: Lantaarnpaal Zuiderweg scheef, iemand tegenaan gereden
A: Melding maken bij verlichting
~ 2025-02-11
D: Hier in Haveltermade is alles donker, ook de werkplaats. Geen licht geen pomp {2}
A: Hele stad ligt eruit zegt de radio. Niet met de hoogwerker de weg op, stoplichten doen het niet {2}
B: Ik sta bij de Slingerbos, lift van de flat zit iemand vast. Brandweer is er {2}
A: Laat de brandweer dat doen. Kom terug naar de werf {2}
~
D: Om 14.20 is hier alles weer aan {2}
A: 👍 {2}
~ 2025-03-17
C: Melding app: grasveld Bisschopstraat ligt vol poep, kinderen kunnen niet spelen {1}
A: Dat is het veldje bij de speeltuin. Bordje verboden voor honden staat er al jaren {1}
C: Mensen vragen om een bak voor de zakjes {1}
A: Zet maar op de lijst, we krijgen er 25 bij dit jaar {1}
~ 2025-04-07
D: Eerste 10 nieuwe bakken geplaatst: Wilhelminapark 4, Bisschopstraat 2, Reestoever 4 {1}
A: En de automaten met zakjes? {1}
D: Komen volgende week, leverancier had een achterstand {1}
~ 2025-04-15
D: PHOTO "Gratis hondenzakjes - Ruim het op! - Gemeente Meppel" {1}
D: Alle 6 automaten hangen, met dit bordje erop {1}
A: Ziet er netjes uit {1}
~ 2025-05-20
B: Die vijver in het Wilhelminapark, de rand zakt in. Allemaal gaatjes in de oever {9}
A: Muskusrat? {9}
B: Nee, ik zag kreeften. Rode, wel 10 cm. Er lopen er een paar over het pad {9}
A: Dan is dat die Amerikaanse. Foto maken en doorsturen naar Lisanne voor het waterschap {9}
B: PHOTO "Vijver Wilhelminapark - oever ingezakt - 20-05" {9}
~ 2025-06-02
A: Vijf bakken bij de Reestoever zitten elke dag vol, legen gaat naar dagelijks {1}
B: Vol met zakjes en de helft ernaast, het stinkt met dit weer {1}
~ 2025-06-30
C: Waterplanten in de vijver Ezinge zijn helemaal weg, het water is bruin {9}
A: Zelfde verhaal als het Wilhelminapark. Ze eten alles op {9}
~ 2025-08-12
B: Bosmaaier kapot, nieuwe besteld
A: Ok
~ 2025-10-06
A: Evaluatie van de bakken: klachten over poep in de wijk zijn van 64 naar 31 gegaan {1}
C: Zet ik in het verslag voor de wethouder {1}
~ 2025-12-15
A: Planning kerstbomen: zelfde als vorig jaar, scouting haalt op, inleveren bij de werf {3}
""",
        240,
    ),
    Chat(
        "Boa's toezicht en handhaving",
        "veiligheid",
        "2025-01-04 17:00",
        ["Ramon de Vries", "Iris Bouwman", "Koen Dekker"],
        """
A: Dienst vanavond: Iris en ik binnenstad, Koen vrij
B: Ok
~ 2025-01-10
C: Kerstbomen bij de container Schoolstraat, een stuk of 8. Weggegooid {3}
A: Die hoeven niet meer naar de container, zaterdag mogen ze naar de werf tegen 50 cent. Bordje bij hangen? {3}
C: Gedaan {3}
C: Ook weer hondepoep op de stoep bij de Slingerbos, melder was boos {1}
A: Noteer de tijd, daar gaan we in het voorjaar vaker langs {1}
~ 2025-01-17
B: Vuurtje gestookt met kerstbomen op het veld achter de Slingerbos. Brandweer heeft geblust {3}
A: Geen vergunning natuurlijk. Pv tegen de twee jongens {3}
~ 2025-02-11
A: Storing in de stad. Geen stroom tot zeker 14 uur. Iedereen naar de kruispunten in het centrum {2}
B: Ik sta op de Kruisstraat, de automobilisten zijn wel rustig {2}
C: Pinautomaten werken niet, winkels doen dicht. Bij de Jumbo is het druk {2}
~
A: Licht is terug, iedereen terug naar de dienst {2}
~ 2025-04-22
B: Nieuw vanaf mei: extra controles op het uitlaten in het Wilhelminapark, Reestoever en Bisschopstraat {1}
A: Boete is €140 voor het niet opruimen, of met zakje in de hand waarschuwen? {1}
B: Eerste maand waarschuwen, daarna bekeuren. Afspraak met de wethouder {1}
~ 2025-05-12
C: Aanplakbiljetten van het circus overal op de lantaarnpalen in de Oosterboer. Mag dat? {7}
A: Alleen op de borden voor aanplak. Ik bel de organisatie {7}
A: Ze halen alles weg voor woensdag, anders kosten op hen verhaald {7}
~ 2025-05-16
B: Demonstratie bij de Stadsweiden bij de voorstelling, 15 man met spandoeken over de olifant {7}
A: Die is aangemeld bij de burgemeester, laten staan zolang ze niet op het terrein komen {7}
B: Rustig verloop. Politie heeft 1 persoon weggestuurd die het hek opklom {7}
~ 2025-06-04
B: Eerste 11 bekeuringen voor niet opruimen uitgeschreven, vooral 's ochtends vroeg {1}
C: Een man zei dat hij hondenbelasting betaalt en dus niks hoeft op te ruimen 🙄 {1}
A: Klassiek {1}
~ 2025-09-01
A: Nieuwe rooster staat in Teams
""",
        200,
    ),
    Chat(
        "Hondenpoep Reestoever bewonerscommissie",
        "ruimte",
        "2025-03-10 19:30",
        ["Lisanne Post", "Gerda Bakker"],
        """
B: Goedenavond, namens de bewonerscommissie Reestoever. Het pad langs het water ligt vol met drollen, wij worden er gek van {1}
A: Dag mevrouw Bakker, dank voor uw bericht. Weet u waar het het ergste is? {1}
B: Tussen de brug en het speelveldje. Kinderen stappen erin {1}
A: We plaatsen dit voorjaar extra bakken en een automaat met zakjes. De boa's gaan ook controleren {1}
B: Fijn. Kunnen er ook bordjes komen? {1}
A: Ik vraag het na {1}
~ 2025-04-10
B: De bakken staan er, vier stuks. Dank u! {1}
A: Graag gedaan. Laat u weten of het helpt? {1}
~ 2025-06-20
B: Het is beter, maar 's avonds laat komt er nog een man met twee grote honden die het laat liggen {1}
A: Ik geef het door aan de boa's voor een avondcontrole {1}
""",
        22,
    ),
    Chat(
        "Inkoop zakjesautomaten",
        "bedrijfsvoering",
        "2025-03-24 10:00",
        ["Marco Hendriks", "Sylvia Wever"],
        """
A: Offerte van StraatMeubel BV: 6 automaten met 20.000 zakjes, €4.380 ex btw {1}
B: Is dat binnen het budget voor de poepaanpak? {1}
A: Ja, er was €12.500 voor bakken en automaten samen {1}
B: Akkoord, bestelling gaat eruit {1}
~ 2025-04-11
A: Levering is dinsdag {1}
""",
        12,
    ),
    Chat(
        "Hondenbelasting controle 2025",
        "bedrijfsvoering",
        "2025-02-03 09:15",
        ["Rik de Haan", "Marloes Ebbens"],
        """
A: Het bureau begint 1 maart weer met de huis-aan-huiscontrole op honden
B: Hoeveel adressen?
A: 3.400, Oosterboer en Koedijkslanden eerst
~ 2025-04-07
B: 112 nieuwe honden aangemeld na de controle
A: Mooi, dat levert ruim €12.000 op
""",
        30,
    ),
    Chat(
        "Crisisteam en OOV",
        "veiligheid",
        "2025-01-13 09:00",
        ["Lotte Haverkamp", "Erik Zwiers", "Monique Bakker", "Frits Hoekstra"],
        """
A: Evaluatie jaarwisseling woensdag om 10u
B: Ok
~ 2025-02-11
B: Grote storing Noordnet, hele binnenstad en Haveltermade zonder stroom sinds 11.05 {2}
A: Weten ze hoe lang? {2}
B: Kabel in een middenspanningsstation doorgebrand, minstens 3 uur {2}
A: Dan GBT opstarten. Monique, zorginstellingen nabellen {2}
C: De Hullen zit op noodstroom, maar die houdt het 4 uur. Zuidwoldhuis heeft niks {2}
A: Aggregaat regelen voor Zuidwoldhuis. Frits? {2}
D: Verhuurder Van Dijk kan er een brengen om 13u, 100 kVA {2}
A: Doen {2}
~
B: Verkeerslichten in de stad uit, politie regelt de Kruisstraat en de Stationsweg {2}
C: AUDIO {2}
A: Goed dat ze bellen. Thuiszorg moet alle mensen met zuurstof apparaat langs {2}
~
B: 14.20 alles weer aan volgens Noordnet {2}
A: Afschalen. Evaluatie volgende week met Noordnet erbij {2}
~ 2025-02-19
A: Verslag evaluatie: Noordnet legt een tweede kabel. Wij maken een lijst van de zorglocaties zonder noodstroom {2}
C: 6 locaties, ik stuur hem rond {2}
~ 2025-04-28
D: Aanvraag voor het circus op de Stadsweiden, 14 tot 18 mei. Met dieren {7}
A: Welke dieren? {7}
D: Paarden, kamelen, een olifant en 2 zeeleeuwen. Er komt vast protest {7}
A: Burgemeester kan het niet weigeren op de dieren, wel eisen aan de veiligheid stellen. Advies brandweer vragen {7}
~ 2025-05-09
D: Vergunning voor het circus afgegeven met voorschriften over de tent en de nooduitgangen {7}
B: Demonstratie van Dierenbescherming Actief aangemeld voor vrijdag 16e {7}
~ 2025-09-09
B: Kruising Hoogeveenseweg Eekhorstweg, lichten staan op knipperen sinds de onweersbui. Lange rij richting A32 {8}
A: Verkeersregelaars inzetten in de spits tot het is opgelost {8}
B: Geregeld via verkeer, vanaf 16u staan er 4 {8}
~ 2025-09-10
A: Politie: twee kop-staartbotsingen gisteren bij die kruising {8}
~ 2025-10-14
C: Oefening ontruiming stadhuis is goed gegaan
""",
        240,
    ),
    Chat(
        "Zorgcentrum De Hullen noodstroom",
        "samenleving",
        "2025-02-11 11:20",
        ["Monique Bakker", "Harriet Kuiper"],
        """
B: Monique, hier is alles uit behalve de noodverlichting. De aggregaat draait maar de liften niet {2}
A: Hoeveel bewoners zitten boven? {2}
B: 42. We brengen de maaltijden rond met de trap {2}
A: Red je het tot 15u? Dan is het er weer volgens Noordnet {2}
B: Ja dat lukt. Koelcel met medicijnen loopt op de aggregaat {2}
~
B: Alles is weer aan, dank voor het meedenken {2}
A: 🙏 {2}
""",
        14,
    ),
    Chat(
        "Aggregaat Zuidwoldhuis",
        "veiligheid",
        "2025-02-11 12:05",
        ["Frits Hoekstra", "Willem van Dijk"],
        """
A: Willem, kun je een aggregaat van 100 kVA naar het Zuidwoldhuis brengen? Spoed {2}
B: Om 13u staat ie er. Wie betaalt? {2}
A: Gemeente, stuur de rekening naar OOV {2}
~ 2025-02-20
B: Rekening is €1.275 incl. diesel en aansluiten {2}
A: Akkoord {2}
""",
        10,
    ),
    Chat(
        "Gemalen en riolering",
        "ruimte",
        "2025-01-20 08:00",
        ["Peter Zandstra", "Hilde Kok", "Arjen Smeenk"],
        """
A: Jaarplanning inspectie gemalen staat in de map
B: Dank
~ 2025-02-11
C: Alle gemalen in de binnenstad op alarm, geen stroom {2}
A: Telemetrie zegt dat De Vledders en Kerkgracht niet meer draaien. Zuigwagen standby {2}
C: Geen regen, dus we redden het wel een paar uur {2}
~
A: Stroom terug, alle pompen draaien weer {2}
~ 2025-07-08
C: Alarm Ezinge, pomp 1 en 2 in storing {4}
A: Ik ga kijken {4}
A: AUDIO {4}
A: Beide pompen zitten vast, vol met doekjes. De overstort loopt over naar de sloot achter de Ezinge {4}
B: Dus ongezuiverd de sloot in? {4}
A: Ja, en via de sloot naar de Wold Aa. Waterschap bellen {4}
B: Gebeld. Ze komen meten {4}
~ 2025-07-09
A: Pomp 1 draait weer, pomp 2 moet eruit, as is krom {4}
C: Van Wijk Pompen kan vrijdag een reservepomp leveren {4}
A: Tot vrijdag rijdt de zuigwagen 3 keer per dag {4}
~ 2025-07-11
C: Reservepomp staat erin, overstort is droog {4}
A: Top {4}
~ 2025-07-21
B: Waterschap vraagt om een verslag van de storing en de hoeveelheid die is overgestort {4}
A: Schatting 600 m3. Ik schrijf het {4}
~ 2025-08-04
A: Vraagje: de hengelsportvereniging heeft in de sloten bij Ezinge ook al die kreeften gezien {9}
B: Die zijn overal. Nemen we mee in het overleg met het waterschap {9}
~ 2025-09-01
C: Nieuwe pomp voor Ezinge kost €18.600, offerte staat in de map {4}
A: Akkoord vanuit mij, naar de teamleider {4}
""",
        220,
    ),
    Chat(
        "Stank Ezinge bewoners",
        "ruimte",
        "2025-07-09 09:40",
        ["Hilde Kok", "Roelof Scheper"],
        """
B: Goedemorgen, hier aan de Ezingelaan stinkt het vreselijk naar riool. De sloot achter ons huis is grijs {4}
A: Dag meneer Scheper, dat klopt. Er was een storing aan de pomp en er is vuil water in de sloot gekomen {4}
B: Is het gevaarlijk voor de kinderen en de hond? {4}
A: Liever niet in het water laten spelen de komende week. Het waterschap meet het {4}
~ 2025-07-15
B: Stank is weg. Wel dode vissen gezien {4}
A: Dank, ik geef het door {4}
""",
        14,
    ),
    Chat(
        "Waterschap afstemming",
        "ruimte",
        "2025-03-03 10:00",
        ["Lisanne Post", "Dirk Oosting", "Peter Zandstra"],
        """
B: Jaaroverleg is 2 april, ik stuur de agenda
A: Prima
~ 2025-05-21
A: Dirk, foto's van de vijver in het Wilhelminapark gestuurd. Oever ingezakt door rivierkreeften {9}
B: Dat verbaast me niks. Wij zien ze sinds vorig jaar in de Wold Aa {9}
A: Wat doen jullie ertegen? {9}
B: Wegvangen met fuiken, met beroepsvisser. Ik kan hem ook voor jullie vijvers vragen {9}
A: Graag {9}
~ 2025-07-08
C: Dirk, overstort Ezinge heeft uren gelopen, pompen vast {4}
B: Meetploeg is onderweg. Zuurstof in de sloot is laag {4}
~ 2025-07-10
B: Zuurstof is weer normaal. Sloot wordt doorgespoeld {4}
C: Dank {4}
~ 2025-08-18
B: Visser heeft in 3 weken 2.140 kreeften uit de vijvers gehaald {9}
A: Wauw. Kosten? {9}
B: €3.200, helft voor jullie {9}
A: Akkoord {9}
""",
        60,
    ),
    Chat(
        "Kreeften vijver Ezinge",
        "ruimte",
        "2025-06-23 08:15",
        ["Lisanne Post", "Hennie Bloemhof"],
        """
B: Hoi Lisanne, Hennie van HSV De Snoek. Onze leden vangen bij Ezinge alleen nog rode krabben, geen vis meer {9}
A: Dat zijn rivierkreeften. Niet teruggooien graag {9}
B: Mogen onze leden ze meenemen? Ze zijn lekker 😋 {9}
A: Mag, met de regels van het waterschap. Geen levende kreeften vervoeren {9}
~ 2025-07-02
B: Leden hebben er in een week 300 gevangen, rivierkreefte overal in het riet {9}
A: Goed zo {9}
""",
        16,
    ),
    Chat(
        "Kerstdiner personeelsvereniging",
        "bedrijfsvoering",
        "2025-11-10 12:00",
        ["Sanne Boverhof", "Tim Wolters"],
        """
A: Menu kerstdiner: voorgerecht kreeftensoep of pompoensoep
B: Kreeft klinkt duur
A: Valt mee, €6 per persoon
~
B: Aanmeldingen staan op 134
A: Zaal is voor 150
""",
        20,
    ),
    Chat(
        "Scouting kerstbomen",
        "samenleving",
        "2025-01-02 13:00",
        ["Lisanne Post", "Martijn Veen"],
        """
B: Dag Lisanne, de kinderen van scouting Sint Joris doen weer mee met de kerstbomen. Zaterdag 11 januari {3}
A: Top! Zelfde afspraak: 50 cent per boom, ophalen in de wijken en inleveren bij de werf {3}
B: En de lootjes voor de kinderen? Vorig jaar was er een prijs {3}
A: Er is een cadeaubon van €25 voor wie de meeste brengt {3}
~ 2025-01-11
B: PHOTO "Kerstbomen inleveren - 11 jan - 10 tot 15 uur - Gemeentewerf Oevers" {3}
B: Zo staat het op de flyer bij de supermarkt {3}
~ 2025-01-12
B: Totaal 1.342, de winnaar had er 61! {3}
A: Haha kampioen {3}
""",
        18,
    ),
    Chat(
        "Financien uitbetalingen",
        "bedrijfsvoering",
        "2025-01-06 08:30",
        ["Ingrid Post", "Marloes Ebbens"],
        """
A: Betaalrun is donderdag
B: Ok
~ 2025-01-13
B: Uitbetaling voor de bomen: scouting Sint Joris €671 voor 1.342 stuks {3}
A: Op welke post? {3}
B: Afvalinzameling, zelfde als vorig jaar {3}
A: Gedaan {3}
~ 2025-05-22
B: Factuur Van Wijk Pompen nog niet binnen
A: Rappel sturen
""",
        60,
    ),
    Chat(
        "Evenementen en vergunningen",
        "veiligheid",
        "2025-01-06 09:00",
        ["Frits Hoekstra", "Annelies Dijk", "Gerrit Mulder"],
        """
A: Veel aanvragen dit jaar, al 14 voor de zomer
B: We gaan het zien
~ 2025-01-08
B: Aanvraag voor de verbranding op de Stadsweiden op 18 januari, zelfde als vorig jaar {3}
A: Stapel niet hoger dan 4 meter en 50 meter afstand van de bomen {3}
B: Windkracht? {3}
A: Boven 5 Beaufort gaat hij niet door. Brandweer staat er met een TS {3}
~ 2025-01-18
C: Stapel is klaar, 1.342 bomen plus die van de werf {3}
B: Wind 3, hij gaat door om 19u {3}
~ 2025-01-19
C: Terrein is schoon, alleen een grote zwarte plek in het gras {3}
~ 2025-04-25
B: Circus Olympia wil 14 tot 18 mei op de Stadsweiden staan. Grote tent, 1.200 plaatsen {7}
A: Rijplaten voor de vrachtwagens, anders is het gras kapot {7}
B: Die leggen ze zelf, staat in de voorwaarden {7}
~ 2025-05-20
C: Circus weg, gras is kapot bij de ingang en bij de stallen. Ongeveer 800 m2 {7}
B: Borg is €5.000, herstel gaat daarvan af {7}
C: Graszoden kosten ongeveer €3.900 {7}
~ 2025-06-03
B: Drakenbootfestival aanvraag binnen
""",
        180,
    ),
    Chat(
        "Kerstboomverbranding Stadsweiden",
        "veiligheid",
        "2025-01-16 14:00",
        ["Annelies Dijk", "Jeroen Sikkema"],
        """
B: Annelies, brandweer post Meppel is er zaterdag bij. Is er een plan voor de toeschouwers? {3}
A: Dranghekken op 30 meter, EHBO van het Rode Kruis en 2 verkeersregelaars {3}
B: Prima. Vuurwerk erbij is niet toegestaan {3}
A: Staat in de vergunning {3}
~ 2025-01-18
B: Vuur uit om 22.15, rustig verlopen. Zo'n 700 mensen {3}
""",
        12,
    ),
    Chat(
        "Vuur bij de jongerenhangplek",
        "veiligheid",
        "2025-03-07 21:00",
        ["Ramon de Vries", "Koen Dekker"],
        """
A: Weer een vuurtje bij de hangplek achter de sporthal
B: Pallets deze keer
A: Ik maak er melding van bij de politie
""",
        10,
    ),
    Chat(
        "Welzijn en Wmo beleid",
        "samenleving",
        "2025-01-13 09:00",
        ["Janneke Vos", "Ahmed Yilmaz", "Corrie Hofstede", "Bram Lenters"],
        """
A: Wmo-cijfers Q4 staan in de map
B: Dank
~ 2025-02-03
C: Uit de gezondheidsmonitor: 1 op de 3 Meppelers boven de 75 voelt zich vaak alleen {5}
A: Dat is hoger dan het landelijk gemiddelde. Dat moet in het uitvoeringsplan {5}
B: Welzijn De Reestlanden wil huisbezoeken doen bij alle 75-plussers, door vrijwilligers {5}
A: Wat kost dat? {5}
B: €48.000 per jaar voor coördinatie en training {5}
~ 2025-03-10
A: Wethouder akkoord met de huisbezoeken, subsidie via de welzijnsopdracht {5}
D: Brief aan de 75-plussers gaat in mei de deur uit, 2.900 adressen {5}
~ 2025-05-26
D: Al 180 aanmeldingen voor een bezoek, en 24 vrijwilligers getraind {5}
C: Mooi. Hoeveel willen na het bezoek iets? {5}
D: Ongeveer de helft wil naar een koffieochtend of een maatje {5}
~ 2025-06-16
B: Huishoudelijke hulp: 3 klachten over de nieuwe aanbieder
A: Ik bel ze
~ 2025-09-15
C: Week tegen Eenzaamheid 25 september tot 2 oktober. Wij doen de aftrap in de bibliotheek met de wethouder {5}
A: Wie nodigt de mensen uit? {5}
C: Welzijn De Reestlanden via de bezoekers. En een advertentie in de Meppeler Courant {5}
~ 2025-10-06
C: Aftrap trok 120 mensen, de bus uit Nijeveen zat vol {5}
A: 🥰 {5}
~ 2025-11-17
D: Tussenstand huisbezoeken: 640 bezocht, 212 doorverwezen {5}
A: Graag in de raadsinformatiebrief {5}
""",
        200,
    ),
    Chat(
        "Huisbezoeken vrijwilligers",
        "samenleving",
        "2025-05-12 10:00",
        ["Bram Lenters", "Ria Wijnholds"],
        """
B: Bram, de vrijwilligers vragen of ze iets mee kunnen nemen naar de mensen. Een bloemetje? {5}
A: Er is een boekje met de activiteiten in de wijk, dat is genoeg {5}
B: Een meneer aan de Vledderstraat vertelde dat hij sinds de dood van zijn vrouw niemand meer spreekt {5}
A: Heel goed dat je dat hoort. Voorstel maatje? {5}
B: Hij wil wel. Ik koppel hem aan Henk {5}
~ 2025-08-20
B: De meneer van de Vledderstraat gaat nu elke woensdag naar het koffie-uurtje {5}
A: Mooi {5}
""",
        20,
    ),
    Chat(
        "Week tegen Eenzaamheid aftrap",
        "samenleving",
        "2025-09-01 14:30",
        ["Corrie Hofstede", "Linda Pol"],
        """
B: Corrie, voor de aftrap: het koor van De Hullen komt zingen en de bibliotheek zorgt voor koffie {5}
A: Leuk. De wethouder spreekt 5 minuten {5}
B: En vervoer voor mensen die slecht ter been zijn? {5}
A: Regiotaxi wil een busje inzetten uit Nijeveen en Rogat {5}
~ 2025-09-29
B: PHOTO "Samen is gezelliger - Week tegen Eenzaamheid - koffie en muziek - bibliotheek Meppel" {5}
B: De poster hangt bij alle huisartsen {5}
""",
        16,
    ),
    Chat(
        "Subsidies maatschappelijke organisaties",
        "samenleving",
        "2025-02-10 09:00",
        ["Erwin Smit", "Ahmed Yilmaz"],
        """
A: Aanvragen 2026 moeten voor 1 mei binnen zijn
B: Ik zet een bericht op de site
~ 2025-03-12
B: Welzijn De Reestlanden: extra €48.000 voor de bezoeken aan ouderen. Beschikking? {5}
A: Ophoging van de bestaande subsidie, beschikking gaat vandaag {5}
~ 2025-04-14
A: Sportclubs vragen compensatie voor de zaalhuur, dat loopt via sport {11}
B: Dat bedoel ik ja, het budget ligt niet bij ons {11}
~ 2025-06-02
A: Vaststelling 2024 Humanitas klaar
""",
        90,
    ),
    Chat(
        "Onderwijshuisvesting",
        "samenleving",
        "2025-01-20 09:00",
        ["Gert Jan Kamp", "Nadia Brouwer", "Evert Stam"],
        """
A: IHP-overleg met de schoolbesturen is 4 februari
B: Dank
~ 2025-02-04
B: De Wegwijzer heeft na de zomer 3 groepen te veel. 410 leerlingen, gebouw is voor 330 {6}
A: Door de nieuwe wijk. Noodlokalen dan? {6}
C: Drie units op het veld achter de school, 2 lokalen plus een sanitairblok {6}
A: Laat een raming maken {6}
~ 2025-02-25
C: Raming huur units 5 jaar: €312.000, plaatsen en aansluiten €86.000 {6}
A: Voor de raad, dit moet in de voorjaarsnota {6}
~ 2025-04-14
B: Gymzalen: de clubs klagen over de nieuwe tarieven, ook de scholen vragen of ze meer moeten betalen {11}
A: Scholen niet, alleen de verhuur in de avond aan verenigingen {11}
~ 2025-05-19
C: Omgevingsvergunning voor de units aangevraagd, 8 weken {6}
B: Buren aan de Esdoornstraat zijn niet blij, ze kijken straks op een witte doos {6}
A: Informatieavond organiseren met de school {6}
~ 2025-06-12
B: Avond was pittig. 22 buren, vooral zorgen over het parkeren bij de school en het uitzicht {6}
C: We schuiven de units 6 meter op en zetten een haag {6}
~ 2025-07-28
C: Units worden in week 32 geplaatst, kraan komt op de Esdoornstraat {6}
~ 2025-08-25
B: Eerste schooldag in de nieuwe lokalen, juf heeft al een foto gestuurd {6}
B: PHOTO "Welkom in groep 5b - De Wegwijzer" {6}
~ 2025-10-20
A: Bezwaar van twee buren tegen de vergunning, hoorzitting in november {6}
~ 2025-11-03
C: IHP update naar de wethouder
""",
        180,
    ),
    Chat(
        "De Wegwijzer schoolbestuur",
        "samenleving",
        "2025-02-05 16:00",
        ["Nadia Brouwer", "Hanneke Zuidema"],
        """
B: Nadia, bedankt voor het overleg. Wij kunnen de 3 extra groepen echt nergens kwijt. Ook de gang niet {6}
A: Duidelijk. Wij werken aan tijdelijke units op het veld {6}
B: Zijn die er voor 1 september? {6}
A: Als de vergunning op tijd is, ja. Anders tot de herfstvakantie in de aula {6}
~ 2025-08-26
B: De kinderen zijn dol op hun nieuwe klas. Airco is wel een plus 😄 {6}
A: Haha, dat heeft het oude gebouw niet {6}
""",
        18,
    ),
    Chat(
        "Bezwaar units Esdoornstraat",
        "bestuur",
        "2025-10-15 09:00",
        ["Sandra Visser", "Gijs Hofman"],
        """
A: Bezwaar tegen de vergunning voor de tijdelijke klaslokalen aan de Esdoornstraat. Twee families {6}
B: Gronden? {6}
A: Uitzicht, parkeren, en dat tijdelijk 5 jaar is {6}
B: Termijn is gewoon 5 jaar in de vergunning. Hoorzitting plannen {6}
~ 2025-11-19
A: Hoorzitting geweest. Commissie adviseert ongegrond, met de haag als toezegging {6}
""",
        14,
    ),
    Chat(
        "Gymles en lokalen rooster",
        "samenleving",
        "2025-08-18 08:00",
        ["Evert Stam", "Joost Hamming"],
        """
A: Rooster gymzalen scholen na de zomer staat online
B: De Octopus heeft woensdag geen zaal
A: Ik kijk of de Koedijk kan
~
B: Lokalen op de tweede verdieping van het stadhuis zijn dicht door de verbouwing, waar vergadert de raad?
A: In de raadzaal gewoon
""",
        14,
    ),
    Chat(
        "Circus Olympia",
        "veiligheid",
        "2025-04-22 11:00",
        ["Annelies Dijk", "Rocco Olympia"],
        """
B: Goedendag, wij komen graag met de tent naar Meppel 14-18 mei. Aanvraag is verstuurd {7}
A: Ontvangen. Welke dieren heeft u bij u? {7}
B: Paarden, kamelen, onze olifant Bella en 2 zeeleeuwen. Alles volgens de regels, dierenarts reist mee {7}
A: Er komen vast vragen van inwoners over de olifant. Kunt u de papieren sturen? {7}
B: Stuur ik vandaag {7}
~ 2025-05-09
A: De vergunning is verleend. Let op: aanplakken alleen op de officiele borden {7}
B: Dank u wel! {7}
~ 2025-05-13
A: Er hangen affiches aan de lantaarnpalen in Oosterboer. Wilt u die weghalen? {7}
B: Sorry, fout van een nieuwe medewerker. Vanmiddag weg {7}
~ 2025-05-21
A: Herstel van het gras kost €3.900, dat gaat van uw borg af {7}
B: Jammer, maar akkoord {7}
""",
        24,
    ),
    Chat(
        "Kabinet burgemeester",
        "bestuur",
        "2025-02-03 08:30",
        ["Hester Wiersma", "Paul Groen"],
        """
A: Agenda burgemeester week 6 staat
B: Ok
~ 2025-02-12
A: Burgemeester wil een brief van Noordnet over de oorzaak van de uitval van gisteren {2}
B: Ik vraag het op {2}
~ 2025-05-06
B: 38 mails van inwoners tegen de olifant in het circus. Standaardantwoord? {7}
A: Ja: vergunning gaat over openbare orde en veiligheid, niet over het houden van dieren. Dat is aan het Rijk {7}
B: En de petitie van Dierenbescherming Actief, 2.100 handtekeningen? {7}
A: Burgemeester neemt hem aan op de stoep van het stadhuis, 15 mei 12u {7}
~ 2025-05-15
B: Petitie aangenomen, korte toespraak, 3 camera's {7}
~ 2025-09-12
A: Wethouder vraagt wanneer de lichten op de Hoogeveenseweg weer werken, raadsleden bellen hem {8}
B: Volgens verkeer volgende week dinsdag {8}
~ 2025-11-04
A: Intocht Sinterklaas: burgemeester loopt mee vanaf de haven
""",
        120,
    ),
    Chat(
        "Circusworkshop basisschool",
        "samenleving",
        "2025-03-03 10:00",
        ["Linda Pol", "Mieke Harms"],
        """
B: Voor de cultuurweek doen wij een circusworkshop jongleren en acrobatiek met groep 7 en 8
A: Leuk! Er is €400 uit het cultuurmenu
B: Top, dan boeken we Circus Zapp uit Zwolle
~
B: Het was geweldig, kinderen jongleren nu op het plein
""",
        12,
    ),
    Chat(
        "Verkeer en mobiliteit",
        "ruimte",
        "2025-01-13 08:00",
        ["Mark Lubbers", "Femke de Jong", "Hans Kloosterman"],
        """
A: Verkeerstellingen Q4 zijn binnen
B: Zet ze in de map
~ 2025-02-11
C: Alle VRI's in de stad op zwart door de stroomuitval. Politie staat bij de grote kruisingen {2}
A: Hebben ze geen noodstroom? {2}
C: Alleen de kruising bij het ziekenhuis. Na de storing moeten ze allemaal opnieuw opgestart worden {2}
~ 2025-05-12
B: Fietsers klagen over de lange wachttijd bij de Stationsweg
A: Groentijd fiets aanpassen, stuur ik naar de leverancier
~ 2025-09-09
C: VRI Hoogeveenseweg/Eekhorstweg staat op geel knipperen. Blikseminslag vannacht {8}
A: Leverancier gebeld? {8}
C: Signaal Techniek komt om 11u {8}
C: Regelkast is doorgebrand, printplaat en voeding kapot. Nieuwe kast is 3 tot 4 weken levertijd {8}
A: 3 weken knipperen op die kruising? Dat gaat mis in de spits {8}
B: Verkeersregelaars in de ochtend- en avondspits. Ik vraag Securitas om een prijs {8}
~ 2025-09-10
B: 4 regelaars, van 7 tot 9 en 16 tot 18.30, €2.950 per week {8}
A: Akkoord, ook de bussen moeten erdoor {8}
~ 2025-09-16
C: Tijdelijke kast staat erin, lichten werken weer. Nieuwe kast komt in oktober {8}
A: Regelaars opzeggen {8}
~ 2025-10-14
C: Nieuwe regelkast geplaatst en getest, ook de fietsdetectie {8}
A: 👍 {8}
B: Eindtotaal: kast €34.500, regelaars €3.700, tijdelijke kast €4.100 {8}
~ 2025-11-10
A: Schoolzone Octopus: nieuwe borden besteld
""",
        200,
    ),
    Chat(
        "Signaal Techniek storing",
        "ruimte",
        "2025-09-09 10:20",
        ["Hans Kloosterman", "Dennis Brink"],
        """
B: Hans, ik zit in de kast aan de Hoogeveenseweg. Alles geroosterd, zelfs de detectielussen moeten gemeten worden {8}
A: Kun je hem tijdelijk aan de praat krijgen? {8}
B: Ik heb een noodkast in Zwolle staan, kan ik dinsdag plaatsen {8}
A: Graag {8}
~ 2025-09-16
B: Noodkast draait, alle richtingen groen op tijd {8}
A: Top, dank {8}
""",
        14,
    ),
    Chat(
        "Verkeersregelaars Securitas",
        "ruimte",
        "2025-09-09 13:00",
        ["Femke de Jong", "Kevin Mol"],
        """
A: Kevin, we hebben per direct verkeersregelaars nodig voor de kruising bij de Hoogeveenseweg, spits {8}
B: Hoeveel en hoe lang? {8}
A: 4, minstens een week, misschien 3 {8}
B: Vanaf 16u staan ze er {8}
~ 2025-09-15
A: Vanaf woensdag niet meer nodig, de lichten doen het weer {8}
B: Genoteerd {8}
""",
        12,
    ),
    Chat(
        "KCC klantcontact",
        "samenleving",
        "2025-01-06 08:00",
        ["Daan Vos", "Esther Prins", "Tamara Nijland"],
        """
A: Nieuwe belscripts staan in de kennisbank
B: Dank
~ 2025-01-09
C: Iemand vraagt of de kersboom ook in de groene bak mag {3}
A: Nee, zaterdag inleveren bij de werf of aan de scouting meegeven, 50 cent per stuk {3}
~ 2025-02-11
B: Telefoon gaat door, mensen vragen hoe lang het duurt zonder stroom {2}
A: Zeg: netbeheerder verwacht rond 14u, kijk op de site van Noordnet {2}
C: Meneer met thuisdialyse belt in paniek, geen strooom sinds 11u {2}
A: Meteen doorzetten naar de GGD en OOV, die hebben de lijst {2}
~ 2025-03-03
C: Mensen vinden op de nieuwe site het formulier voor de afvalpas niet {10}
A: Ja, 17 telefoontjes vandaag. Het staat onder Wonen in plaats van Afval {10}
C: En het zoeken vindt niks als je afvalpas typt {10}
A: Doorgeven aan het webteam {10}
~ 2025-03-05
B: Weer klachten over de site: mensen met een schermlezer komen niet door het afspraakformulier {10}
A: Dat is ernstig. Meteen naar het webteam {10}
~ 2025-06-10
C: Veel telefoontjes over de drollen in het Wilhelminapark, mensen willen een boete voor de baasjes {1}
A: Melding laten doen via de app, de boa's controleren daar {1}
~ 2025-07-09
B: 9 meldingen stank uit de sloot bij Ezinge {4}
A: Storing bij het gemaal, staat bij de buitendienst {4}
~ 2025-09-10
C: Mensen bellen boos over de file bij de Hoogeveenseweg {8}
A: Standaardtekst: storing door blikseminslag, regelaars in de spits, herstel in 1 week {8}
~ 2025-12-01
A: Kerstrooster staat
""",
        200,
    ),
    Chat(
        "Communicatie online",
        "bestuur",
        "2025-01-13 08:30",
        ["Yvonne Dijkstra", "Bas Kroeze", "Sietske Meijering"],
        """
A: Nieuwsbrief januari gaat donderdag uit
B: Ok
~ 2025-01-14
B: Oproep kerstbomen op Facebook en Instagram: kinderen kunnen 50 cent per boom verdienen {3}
A: Goed, met de foto van vorig jaar {3}
~ 2025-02-11
A: Bericht: stroomstoring in delen van Meppel, netbeheerder werkt eraan, bel 112 alleen bij nood {2}
B: Staat online. De site zelf laadt traag, iedereen kijkt tegelijk {2}
~ 2025-02-24
C: Go-live is 3 maart. Oude site gaat 2 maart om 18u uit {10}
A: Redirects van de oude pagina's? {10}
C: 400 van de 1.100, de rest komt op een 404 met een zoekbalk {10}
A: Dat geeft klachten 😬 {10}
~ 2025-03-03
C: Nieuwe meppel.nl is live! {10}
B: PHOTO "Welkom op onze nieuwe website - Meppel.nl - Wat kunnen we voor u doen?" {10}
~ 2025-03-06
C: 86 reacties via het feedbackformulier. Top 3: afvalpas, afspraak maken paspoort, vergunningen {10}
A: Webbureau moet de zoekfunctie aanpassen. Ik bel Pixelwerk {10}
~ 2025-04-14
C: Audit toegankelijkheid: 31 fouten, 9 zwaar. Contrast, formulieren, PDF's {10}
A: Dan klopt de toegankelijkheidsverklaring niet. Die moet eraf tot het is opgelost {10}
~ 2025-05-09
B: Persbericht circus: geen, burgemeester reageert alleen op vragen {7}
~ 2025-06-23
C: 28 van de 31 punten opgelost, status B op het register {10}
A: 👏 {10}
~ 2025-09-09
B: Tweet: let op, verkeerslichten Hoogeveenseweg buiten werking, rij voorzichtig {8}
~ 2025-12-01
A: Kerstkaart van het college is ontworpen
""",
        220,
    ),
    Chat(
        "Webbureau Pixelwerk",
        "bestuur",
        "2025-01-20 10:00",
        ["Sietske Meijering", "Joris Plat"],
        """
B: Hoi Sietske, de testomgeving staat klaar. 1.100 pagina's, we zijn bij 700 {10}
A: Formulieren gekoppeld? {10}
B: 38 van de 45, de rest na livegang {10}
~ 2025-03-06
A: Joris, de zoekfunctie geeft niks op afvalpas en op paspoort. Dat moet vandaag {10}
B: Synoniemen waren niet ingevoerd. Vanavond opgelost {10}
~ 2025-04-15
A: Audit heeft 9 zware fouten gevonden, rapport gemaild. Wat kost het herstel? {10}
B: Valt onder de garantie, behalve de PDF's. Die moeten jullie zelf {10}
~ 2025-07-01
B: Eindfactuur: €96.400, was begroot €84.000. Meerwerk is de migratie van de formulieren {10}
A: Ik leg het voor {10}
""",
        30,
    ),
    Chat(
        "Informatievoorziening en ICT",
        "bedrijfsvoering",
        "2025-01-06 08:00",
        ["Wouter Haan", "Priya Ramdin", "Stefan Kuipers"],
        """
A: Patchweekend 18 januari
B: Ok
~ 2025-02-11
C: Serverruimte draait op de UPS, aggregaat is niet gestart {2}
A: Wat? Die is in november getest {2}
C: Startaccu leeg. Ik heb nog 25 minuten {2}
A: Alles netjes afsluiten behalve telefonie en de website {2}
~
C: Stroom terug, alles weer op. Aggregaat moet worden nagekeken {2}
~ 2025-02-18
A: Startaccu aggregaat vervangen, maandelijkse test ingepland {2}
~ 2025-03-03
B: CMS nieuwe site draait bij Pixelwerk in de cloud, wij hebben alleen de koppeling met het zaaksysteem {10}
A: En de SSO voor medewerkers? {10}
B: Werkt, getest {10}
~ 2025-05-15
C: Nieuwe laptops voor de buitendienst binnen
""",
        160,
    ),
    Chat(
        "Website bibliotheek",
        "samenleving",
        "2025-05-05 11:00",
        ["Linda Pol", "Marian Keizer"],
        """
B: De bibliotheek heeft een nieuwe website, kunnen jullie een link plaatsen?
A: Stuur maar de link, dan zet ik hem bij cultuur
B: Dank!
""",
        10,
    ),
    Chat(
        "Toegankelijkheid digitaal",
        "bedrijfsvoering",
        "2025-04-16 09:00",
        ["Sietske Meijering", "Noor Bakker"],
        """
B: Sietske, ik ben blind en test voor de Oogvereniging. Op meppel.nl kan ik het afspraakformulier niet afronden, de knop heeft geen label {10}
A: Dank u wel, dat is een van de fouten uit de audit. Het webbureau is ermee bezig {10}
B: Ook de kaart met de afvalcontainers is voor mij onbruikbaar {10}
A: Ik zet het erbij. Mag ik u bellen als het klaar is? {10}
B: Graag {10}
~ 2025-06-24
A: Het formulier is aangepast. Wilt u het nog eens proberen? {10}
B: Het werkt! 👍 {10}
""",
        16,
    ),
    Chat(
        "Sport en bewegen",
        "samenleving",
        "2025-01-13 09:00",
        ["Karin Schuurman", "Ruben Veldman", "Erwin Smit"],
        """
A: Sportgala is 14 maart in De Plataan
B: Genomineerden zijn binnen
~ 2025-02-17
C: Het college wil de huur van de sporthallen met 18% omhoog vanaf 1 augustus. Kostendekkend maken {11}
A: Dat wordt boos bij de clubs {11}
B: Volleybal en zaalvoetbal huren het meest, voor hen is het per seizoen duizenden euro's {11}
~ 2025-03-24
A: Brief aan de verenigingen over de nieuwe tarieven is uit {11}
~ 2025-03-31
B: 12 reacties binnen. VC Reestland zegt dat ze de contributie met €40 moeten verhogen {11}
A: Dat horen we vaker. Sportraad wil een gesprek {11}
~ 2025-04-23
C: Raadslid vraagt of er een overgangsregeling komt {11}
A: Voorstel: 2025 9%, 2026 9%. En jeugdleden 50% korting op het uur {11}
~ 2025-05-20
A: College akkoord met de overgang in 2 stappen en korting voor jeugd {11}
B: Sportraad is tevreden, volleybal nog niet {11}
~ 2025-08-04
B: Eerste facturen met de nieuwe uurprijs gaan eruit, €47,50 per uur voor de grote hal {11}
~ 2025-10-06
B: 2 bezwaren tegen de facturen, VC Reestland en ZVV Meppel {11}
A: Bezwaar tegen een factuur kan niet, het is privaatrecht. Brief sturen {11}
~ 2025-11-24
A: Sportakkoord: 3 nieuwe beweegcoaches
""",
        200,
    ),
    Chat(
        "VC Reestland zaalhuur",
        "samenleving",
        "2025-03-25 20:00",
        ["Ruben Veldman", "Jolanda Bos"],
        """
B: Ruben, wij schrokken van de brief. 18% meer voor de hal betekent €7.800 per seizoen extra {11}
A: Ik snap het. Er is nog niks definitief, de raad praat er in april over {11}
B: We hebben 140 jeugdleden. Wij moeten dan de contributie verhogen en kinderen haken af {11}
A: Ik neem het mee, er wordt gekeken naar de jeugd {11}
~ 2025-05-21
A: Goed nieuws: in 2 stappen en jeugd 50% korting {11}
B: Beter, maar nog steeds €3.100 meer. We blijven bezwaar maken {11}
""",
        18,
    ),
    Chat(
        "Sportraad Meppel",
        "samenleving",
        "2025-04-01 19:00",
        ["Karin Schuurman", "Henk Bruggink"],
        """
B: Karin, de sportraad wil graag op 10 april praten over de hogere zaalprijzen {11}
A: Prima, 19u in het stadhuis {11}
~ 2025-04-11
B: Dank voor het gesprek. Ons advies volgt per mail: fasering en een jeugdkorting {11}
A: Ontvangen {11}
""",
        14,
    ),
    Chat(
        "Parkeertarieven binnenstad",
        "ruimte",
        "2025-02-10 10:00",
        ["Mark Lubbers", "Ingrid Post"],
        """
A: Nieuwe tarieven parkeren gaan 1 april in
B: Automaten omgezet?
A: Week 13
~
B: Parkeervergunning bewoners gaat €5 omhoog
""",
        12,
    ),
    Chat(
        "Wijkcoordinatoren",
        "samenleving",
        "2025-01-13 09:00",
        ["Mariska de Boer", "Jeroen Kamphuis", "Ilse Wolters", "Tom Hulst"],
        """
A: Goedemorgen! Wijkschouw plannen voor het voorjaar
B: Ik doe Koedijkslanden
~ 2025-02-03
D: Berggierslanden heeft €25.000 voor 2025 voor bewonersinitiatieven. Wijkcommissie beoordeelt {12}
C: Zelfde regels? Max €2.500 per aanvraag, geen commerciële dingen {12}
D: Ja. Eerste ronde sluit 1 april {12}
~ 2025-03-17
B: Oosterboer: buren klagen over poep op het grasveld bij de school {1}
A: Doorzetten naar buitendienst voor een extra bak {1}
~ 2025-04-07
D: 14 aanvragen uit Berggierslanden! Buurtfeest, moestuin, jeu-de-boulesbaan, bankjes bij de vijver {12}
A: Mooi. Hoeveel geld vragen ze samen? {12}
D: €31.400, dus er moet gekozen worden {12}
~ 2025-04-28
D: Commissie heeft 10 toegekend voor €22.900, 4 afgewezen {12}
C: Welke afgewezen? {12}
D: Het eigen feest van een vereniging, een aanvraag voor een ijsmachine, en 2 die niet in de wijk liggen {12}
~ 2025-05-26
B: Koedijkslanden: informatieavond school Wegwijzer, buren willen er iemand van de wijk bij {6}
~ 2025-09-08
C: Ouderen in Haveltermade vragen naar de koffieochtenden van de welzijnsstichting {5}
A: Folder van de huisbezoeken meegeven {5}
~ 2025-11-24
D: Verantwoording: 9 van de 10 initiatieven afgerond, de moestuin volgt in maart {12}
A: Prima {12}
""",
        240,
    ),
    Chat(
        "Wijkcommissie Berggierslanden",
        "samenleving",
        "2025-03-20 19:30",
        ["Tom Hulst", "Marjan Dekker", "Erik van Leeuwen"],
        """
B: Tom, wij hebben nu 9 aanvragen voor het wijkbudget, morgen sluit de termijn? {12}
A: 1 april, nog 11 dagen {12}
C: Er komt nog een aanvraag voor een jeu-de-boulesbaan van de seniorenclub {12}
~ 2025-04-24
B: Vergadering commissie: bankjes ja, buurtfeest ja maar max €1.500, ijsmachine nee {12}
A: Graag een besluitenlijst, dan stuur ik de beschikkingen {12}
C: Staat in de gedeelde map {12}
~ 2025-09-15
B: Buurtfeest was top, 400 mensen. Bonnetjes heb ik {12}
A: Mooi, stuur het verslag met foto's voor de verantwoording {12}
""",
        24,
    ),
    Chat(
        "Moestuin De Vlier aanvraag",
        "samenleving",
        "2025-03-28 14:00",
        ["Tom Hulst", "Saskia Roelofs"],
        """
B: Hallo Tom, ik dien namens 8 gezinnen een aanvraag in voor een moestuin in Berggierslanden. €2.450 voor bakken, aarde en gereedschap {12}
A: Dank je. Is de plek al geregeld? {12}
B: Het grasveld aan De Vlier, de buitendienst vindt het goed {12}
A: Dan gaat hij naar de commissie {12}
~ 2025-04-29
A: Toegekend! Beschikking volgt per post {12}
B: Yes 🌱 {12}
~ 2025-10-20
B: Bakken komen later, leverancier failliet. Mag het in maart? {12}
A: Ja, ik noteer het voor de verantwoording {12}
""",
        16,
    ),
    Chat(
        "Afwijzing ijsmachine",
        "samenleving",
        "2025-04-30 10:00",
        ["Tom Hulst", "Kees Wubs"],
        """
B: Waarom is onze aanvraag voor een ijsmachine voor de speeltuin afgewezen? {12}
A: Het wijkbudget is niet voor iets waarmee geld wordt verdiend. U wilde ijsjes verkopen {12}
B: Voor de kas van de speeltuin! {12}
A: Dat begrijp ik, maar dat past niet in de regels. U kunt een fonds proberen {12}
B: Jammer {12}
""",
        12,
    ),
    Chat(
        "Budget teamuitje",
        "bedrijfsvoering",
        "2025-05-12 12:00",
        ["Sanne Boverhof", "Tim Wolters"],
        """
A: Budget teamuitje afdeling samenleving is €1.400
B: Bowlen of escape room?
A: Stemmen in Teams
~
B: Het wordt bowlen
""",
        14,
    ),
    Chat(
        "Gemaal De Vledders onderhoud",
        "ruimte",
        "2025-10-06 08:00",
        ["Peter Zandstra", "Arjen Smeenk"],
        """
A: Jaarlijks onderhoud gemaal De Vledders donderdag
B: Pompen eruit voor inspectie?
A: Eentje per keer
~
B: Klaar, alles goed. Slijtage valt mee
""",
        12,
    ),
    Chat(
        "Stroom laadpalen",
        "ruimte",
        "2025-06-10 09:00",
        ["Femke de Jong", "Jelmer Tol"],
        """
B: 12 nieuwe laadpalen in Haveltermade, aansluiting door Noordnet in juli
A: Locaties staan op de kaart?
B: Ja, verkeersbesluit is gepubliceerd
""",
        12,
    ),
    Chat(
        "Raadsgriffie",
        "bestuur",
        "2025-01-13 09:00",
        ["Anke Brouwer", "Joost Prins"],
        """
A: Raadsvergadering 30 januari, agenda is rond
B: Ok
~ 2025-02-13
B: Schriftelijke vragen van de VVD over de stroomuitval: waarom had het Zuidwoldhuis geen noodstroom? {2}
A: Naar OOV voor beantwoording {2}
~ 2025-03-10
B: Motie over honden uitlaten: meer bakken en strenger bekeuren. Aangenomen, 19 voor {1}
~ 2025-04-24
A: Amendement over de sporthallen: fasering en jeugdkorting. Aangenomen {11}
~ 2025-06-12
B: Raadsinformatiebrief over de tijdelijke units bij De Wegwijzer verstuurd {6}
~ 2025-10-02
A: Vragen over de website van de gemeente: raadslid Kuiper kon de raadsstukken niet vinden {10}
B: Ander systeem, maar de link op de nieuwe site is verdwenen {10}
~ 2025-12-11
A: Laatste raad van het jaar, daarna oliebollen
""",
        120,
    ),
    Chat(
        "Van Wijk Pompen Ezinge",
        "ruimte",
        "2025-07-09 07:45",
        ["Arjen Smeenk", "Gerben van Wijk"],
        """
A: Gerben, Ezinge pomp 2 is kapot, as krom door een prop vochtige doekjes. Heb je een vervanger? {4}
B: Een van 15 kW staat op voorraad. Vrijdag kan ik hem plaatsen {4}
A: Eerder kan niet? Het loopt over in de sloot {4}
B: Monteur zit tot donderdag in Groningen, sorry {4}
~ 2025-07-11
B: Reserve staat erin en draait. Oude gaat mee naar de werkplaats {4}
A: Dank! {4}
~ 2025-09-02
B: Revisie van de oude is niet meer zinvol, offerte nieuwe pomp gestuurd {4}
""",
        16,
    ),
    Chat(
        "Vijver Wilhelminapark",
        "ruimte",
        "2025-05-22 10:00",
        ["Lisanne Post", "Wim Zwiep"],
        """
B: Lisanne, ik wandel elke dag in het park. Die beestjes graven de hele kant van de vijver kapot, en de waterlelies zijn weg {9}
A: Dank u meneer Zwiep. Het zijn rivierkreeften, we gaan ze laten vangen {9}
B: Met wat? {9}
A: Met fuiken, door een beroepsvisser. Dat begint in juli {9}
~ 2025-08-25
B: Ik zie de fuiken liggen. Er zitten er tientallen in! {9}
A: Ja, het helpt. De oever wordt in het najaar hersteld {9}
""",
        14,
    ),
    Chat(
        "Dorpsbelang Nijeveen",
        "samenleving",
        "2025-01-03 10:00",
        ["Mariska de Boer", "Jantje Hoorn"],
        """
B: Doen de Nijeveense kinderen ook mee met de bomen? Vorig jaar moesten ze helemaal naar Meppel fietsen {3}
A: Dit jaar staat er een container bij het dorpshuis, zaterdag 11 januari. Zelfde vergoeding {3}
B: Super, dan zet ik het in het dorpsblad {3}
~ 2025-01-12
B: 286 bomen in de container! {3}
A: Dank voor het regelen {3}
~ 2025-03-03
B: Wanneer komt de schouw van de ijsbaan?
""",
        24,
    ),
    Chat(
        "Hondenspeelveld Ezinge hek",
        "ruimte",
        "2025-04-14 09:00",
        ["Gerrit Mulder", "Bennie Koster"],
        """
A: Hek van het hondenspeelveld bij Ezinge staat open, scharnier kapot
B: Ik neem een nieuwe mee
~
B: Gerepareerd, ook het bordje met de openingstijden vervangen
""",
        12,
    ),
    Chat(
        "Storing lift stadhuis",
        "bedrijfsvoering",
        "2025-06-02 08:40",
        ["Stefan Kuipers", "Jorien Meester"],
        """
B: De lift aan de oostkant zit vast tussen 1 en 2, geen stroom op de lift
A: Groep gesprongen in de meterkast, ik zet hem terug
B: Rijdt weer. Monteur komt morgen kijken
""",
        10,
    ),
    Chat(
        "Demonstratie Stadsweiden",
        "veiligheid",
        "2025-05-07 15:00",
        ["Frits Hoekstra", "Laura Winters"],
        """
B: Namens Dierenbescherming Actief melden wij een demonstratie aan op 16 mei bij de ingang van het circus. 20 personen {7}
A: Ontvangen. U blijft buiten het hek en houdt de nooduitgang vrij {7}
B: Akkoord. Wij willen spandoeken tegen het houden van olifanten {7}
A: Dat mag {7}
~ 2025-05-16
B: Dank voor de goede begeleiding vandaag {7}
""",
        12,
    ),
)
