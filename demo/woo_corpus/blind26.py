"""The TWENTY-SIXTH BLIND relevance set (issue 17): new chats, requests and judgements.

Written as a Woo officer of gemeente Meppel would by a helper (branch bwoo26) BEFORE any measurement
on it, without reading the search code; blind25.py was read for the data format only, blind.py for
its syntax, the earlier sets only for their request titles (so that the subjects are new). Measured
once on main's code after it was committed. Same syntax as blind.py: `{n}` after a line marks the
requests it is relevant to, `~` starts the next day, `~ YYYY-MM-DD` moves the chat to that day,
`PHOTO "text"` is a photo with painted text, `AUDIO` a voice note. Generated filler (build.FILLER)
is relevant to nothing. Names, places, organisations, addresses, phone numbers and companies are
made up.

The twelve requests and their queries were written first, from the request text only, before any
chat. Long team chats (the outdoor service, permits, the crisis team, the registry of the council,
economy and the city centre, water management, the fire service, contracts, land sales, the social
domain, the mayor's cabinet, the KCC) carry a request's subject in a few lines among other work;
short chats answer without repeating the subject ("Akkoord", "Week 29", "👍", "Klaar aan de
oostkant, alle 14 leeg"); other words for the subject (korven, bakken, kar, bladbakken, gazen bakken,
blad, zuigwagen, knijpkraan; berenklauw, Heracleum, schermbloemen, penwortel, steken, haard,
blaren, rode plekken; bouwleges, aanslag, nota, staffel, tarieventabel, herberekenen, ambtshalve
herzien; gas ruiken, ontruimd, leiding geraakt, afgeknepen, kruipruimte, opvang, Wilgenhof, hotel;
uit de fractie stappen, splitsing, zetel, spreektijd, fractieondersteuning, kamer 2.14; lege
winkels, tijdelijke winkels, huurbijdrage, leegstandsverordening, NU OPEN; slib, waterbodem,
peiling, kraanschuit, zuigen, klasse B, niet toepasbaar, rotte eieren, gestremd; kranen, afsluiter,
deksels, liters per minuut, tankautospuit, TS, extra water; wachthuisjes, mupi's, zuilen, schermen,
concessie, candela, gedimd, tv in het bushokje, gokwebsite; bouwkavels, bouwnummer, trekking,
notaris, reservelijst, optieovereenkomst, hypotheek; eten-aan-huis, warme hap, koelverse maaltijd,
bezorging, bestelbus, diepvries; vertrek naar Zwolle, waarnemer, sollicitanten, kandidaten,
aanbeveling, Koninklijk besluit, ambtsketen); abbreviations (KCC, OOV, NL-Alert, WMD, TS, GB,
berap, AVI, m3, PAK); Drents words ("Moi", "völle wark"); typos; 7 photos with text and 2 voice
notes; and distractor chats that share words with requests but are about something else (the
leges of an urgent passport, a gas smell in the town hall kitchen, a lunch of the group leaders,
an empty school building, a ditch dredged by another municipality, a fire drill in the town hall, a
sponsor board at a sports park, a farmer's plot of land, the staff Christmas dinner, a mayor
pinning a ribbon, leaves on the path at the office entrance).

Judging rule (as the earlier sets): a message is relevant when a Woo officer would have to include
it to cover the request, also when it does not repeat the subject ("Akkoord", "👍"); a voice note
inside a relevant exchange is relevant. Lines of a relevant chat about something else carry no tag.

Counts (with the generated filler of seed 17, as the bench builds it): 56 chats of 10 to 260
messages, 3,566 messages (507 hand-written; 7 photos with text, 2 voice notes), 12 requests, 36
queries, 408 relevant (message, request) pairs on 406 messages, in 54 (chat, request) pairs; 45
chats relevant to a request, 11 to none, 6 to several. Relevant messages (chats) per request: R1 34
(4), R2 36 (4), R3 42 (6), R4 41 (5), R5 30 (5), R6 35 (5), R7 34 (4), R8 30 (4), R9 29 (4), R10 28
(4), R11 37 (5), R12 32 (4).
"""

from .build import Chat, Request

REQUESTS = (
    Request(
        1,
        "De bladkorven voor het herfstblad (najaar 2025): de plaatsing van de korven in de wijken, "
        "het legen, de volle korven, de klachten van bewoners over blad op straat en de kosten.",
        ("bladkorven", "bladkorf vol", "herfstblad klachten"),
    ),
    Request(
        2,
        "De bestrijding van de reuzenberenklauw (zomer 2025): de meldingen, het verwijderen van de "
        "planten langs de Reest en in de bermen, de waarschuwingen voor inwoners en de kosten.",
        ("reuzenberenklauw", "berenklauw verwijderen", "berenklauw reest"),
    ),
    Request(
        3,
        "De fout in de berekening van de leges voor omgevingsvergunningen (2025): de te hoog "
        "berekende leges, de bezwaren van aanvragers en aannemers, de terugbetaling en de oorzaak.",
        ("leges omgevingsvergunning", "leges te hoog", "terugbetaling leges"),
    ),
    Request(
        4,
        "Het gaslek aan de Prinsengracht (september 2025): de ontruiming van woningen, de opvang "
        "van de bewoners, het contact met de netbeheerder en de aannemer die de leiding raakte, en "
        "de schade.",
        ("gaslek prinsengracht", "gaslek ontruiming", "gasleiding geraakt"),
    ),
    Request(
        5,
        "De afsplitsing van twee raadsleden van de fractie van Gemeentebelang Meppel (2025): het "
        "vertrek uit de fractie, de nieuwe fractie, de zetels in de commissies, de "
        "fractievergoeding en de afhandeling door de griffie.",
        ("afsplitsing fractie", "gemeentebelang raadsleden", "fractievergoeding"),
    ),
    Request(
        6,
        "De aanpak van leegstaande winkelpanden in de binnenstad (2025): de pop-upwinkels, de "
        "gesprekken met pandeigenaren, de leegstandsverordening en de huursubsidie voor "
        "ondernemers die een leeg pand huren.",
        ("leegstand binnenstad", "pop-upwinkel", "leegstaande winkelpanden"),
    ),
    Request(
        7,
        "Het baggeren van de stadsgrachten (2025): de planning, de vervuilde bagger en de afvoer "
        "naar het depot, de stremming voor de rondvaartboten en de klachten over stank.",
        ("baggeren grachten", "bagger depot", "rondvaartboten stremming"),
    ),
    Request(
        8,
        "De defecte brandkranen in Nijeveen (2025): de inspectie van de bluswatervoorziening door "
        "de brandweer, de brandkranen die niet werkten, de vervanging door het waterbedrijf en de "
        "kosten.",
        ("brandkranen nijeveen", "bluswater", "brandkraan defect"),
    ),
    Request(
        9,
        "Het nieuwe contract voor reclame in abri's en op reclamezuilen (2025): de aanbesteding, de "
        "plaatsing van digitale reclameschermen, de klachten over het licht en de inhoud van de "
        "reclame, en de opbrengst voor de gemeente.",
        ("abri reclame", "reclamezuilen aanbesteding", "digitale reclameschermen"),
    ),
    Request(
        10,
        "De verkoop van vrije kavels voor zelfbouw in Nieuwveense Landen (2025): de inschrijving en "
        "de loting, de grondprijs, de klachten over de loting en de teruggegeven kavels.",
        ("vrije kavels loting", "kavels nieuwveense landen", "zelfbouw kavel"),
    ),
    Request(
        11,
        "Het stoppen van de maaltijdservice voor ouderen (Tafeltje Dekje Meppel, 2025): het besluit "
        "van de stichting, de gevolgen voor de ouderen die maaltijden kregen, de zoektocht naar een "
        "nieuwe aanbieder en de subsidie van de gemeente.",
        ("tafeltje dekje", "maaltijdservice ouderen", "maaltijden ouderen stopt"),
    ),
    Request(
        12,
        "De benoeming van een nieuwe burgemeester van Meppel (2025): de vertrouwenscommissie, de "
        "profielschets, de gesprekken met de kandidaten, de aanbeveling aan de minister en de "
        "installatie.",
        ("benoeming burgemeester", "vertrouwenscommissie", "profielschets burgemeester"),
    ),
)

CHATS = (
    Chat(
        "Buitendienst groen en reiniging",
        "ruimte",
        "2025-05-05 07:05",
        ["Kees Brinkman", "Roel Smit", "Anouk Veldhuis", "Henk Meijer"],
        """
A: Moi mannen. Maaiers gaan vandaag naar de Ezinge
B: Prima, ik neem de klepelmaaier mee
~ 2025-06-02
C: Melding via de app: grote schermbloemen langs het Reestpad bij de Havelterbrug, kind met blaren op de arm {2}
A: Dat is dat spul weer. Die plek hadden we vorig jaar ook {2}
C: Moeder is boos, ze wil weten waarom het er nog staat {2}
A: Bel haar terug, zeg dat we deze week gaan. En zet een lint erom {2}
D: Lint staat, plus bordje niet aanraken {2}
~
B: Zaterdag kan ik niet, bruiloft van mijn zus
A: Regel maar met Jan
~ 2025-06-10
D: Reuzenberenklauw Reestpad gestoken, 23 planten. Met pak en gelaatsscherm {2}
A: Wortels ook? Anders staat ie er over 3 wk weer {2}
D: Penwortel 15 cm onder de grond afgestoken zoals het protocol zegt {2}
A: 👍 {2}
~ 2025-06-24
C: Nog meer berenklauwen, berm Rogatweg ter hoogte van de manege. Wel 2 meter hoog {2}
B: Dat is völle wark, dat doen we niet met z'n tweeën {2}
A: Dan Groenbedrijf Oldenhof inhuren. Vraag een prijs {2}
~
B: Oldenhof: €1.850 voor Rogatweg plus nazorg in augustus {2}
A: Akkoord, opdracht via Anouk {2}
~ 2025-07-01
D: Bankje bij de vijver Wilhelminapark los, heb het vastgezet
~ 2025-07-14
B: PHOTO "LET OP - Reuzenberenklauw - Niet aanraken - Sap geeft brandwonden in zonlicht - Gemeente Meppel" {2}
B: Dit soort bordjes nu bij alle plekken, 9 stuks {2}
A: Mooi. Ook eentje bij het hondenveld Reestoever {2}
~ 2025-08-19
C: Oldenhof heeft nazorg gedaan, nog 6 nieuwe uitlopers weggehaald. Factuur binnen {2}
A: Op kostenplaats ecologie boeken, niet op maaien {2}
~ 2025-09-08
A: Plan voor het blad dit jaar: 140 korven, zelfde plekken als vorig jaar plus Nieuwveense Landen {1}
B: Vorig jaar waren er bij de Zomerdijk te weinig. Daar 6 extra {1}
A: Goed punt. Zet ze erbij {1}
~ 2025-10-06
D: Korven staan, laatste 20 vanmorgen in Haveltermade neergezet {1}
A: Topper {1}
~ 2025-10-14
C: Nu al 8 meldingen: gazen bakken vol, blad waait eruit over de stoep {1}
A: Legen is ingepland op dinsdag en vrijdag. Haveltermade eerst {1}
C: Mevrouw Jonker van de Kastanjelaan belt elke dag. Ze wil er twee {1}
A: Eén per 8 bomen is de regel, ze krijgt er geen twee {1}
~
B: Zuigwagen staat stil, hydrauliek lek {1}
A: Dan morgen met de knijpkraan legen. Duurt langer {1}
~ 2025-10-21
D: Kastanjelaan gedaan, 11 korven leeg. Morgen Oosterboer {1}
A: 👍 {1}
~ 2025-11-03
C: Klacht via de raad: raadslid vraagt waarom het blad op de Prinsengracht blijft liggen {1}
A: Die straat heeft geen korven, daar veegt de veegmachine. Zeg dat maar {1}
C: Ok, ik maak een antwoord voor de griffie {1}
~ 2025-11-24
A: Laatste ronde ophalen volgende week, dan gaan de korven de loods in {1}
D: 137 terug, 3 zoek. Eentje lag in de Wold Aa {1}
A: Haha. Nou ja, vervangen kost €95 per stuk, zet het in de rapportage {1}
B: Strooiers morgen proefdraaien
""",
        260,
    ),
    Chat(
        "Bladkorf Oosterboer",
        "ruimte",
        "2025-10-15 08:30",
        ["Kees Brinkman", "Henk Meijer"],
        """
A: Wil je vandaag de korven in Oosterboer doen? Er liggen bergen {1}
B: Ja zit er al. Bij de Beukenlaan staat er een helemaal scheef, iemand is ertegenaan gereden {1}
A: Rechtzetten of meenemen? {1}
B: Meenemen, gaas is kapot {1}
~
B: Klaar aan de oostkant, alle 14 leeg {1}
A: Top
""",
        14,
    ),
    Chat(
        "Wijkteam Haveltermade",
        "samenleving",
        "2025-09-01 09:00",
        ["Mariska de Boer", "Jeroen Kamphuis", "Ilse Wolters"],
        """
A: Goedemorgen! Buurtkoffie weer op donderdag vanaf deze week
B: Fijn
~ 2025-10-20
C: Bewoners van de Lijsterbeslaan vragen of ze een extra bak voor de bladeren kunnen krijgen, het ligt enkeldiep {1}
A: Dat loopt via de buitendienst, ik stuur het door naar Kees {1}
C: Ze zeggen ook dat het gladde blad op de stoep gevaarlijk is voor de scootmobielen {1}
A: Zet ik erbij. Wordt donderdag geveegd zegt Kees {1}
~ 2025-11-05
B: Mevrouw Hartman van nr 12 is heel blij, de kar staat er nu {1}
A: 😊 {1}
~
C: Volgende week geen buurtkoffie, de zaal is bezet
""",
        60,
    ),
    Chat(
        "Omgevingsvergunningen team",
        "ruimte",
        "2025-03-03 08:45",
        ["Petra Lok", "Sander Bosma", "Wendy Nijboer", "Thijs Mulder"],
        """
A: Nieuwe week, 31 aanvragen in de bak
B: Ik pak de dakkapellen
~ 2025-03-18
C: Aannemer Dekker Bouw belt. Ze vinden de aanslag voor de 12 woningen aan de Heerengracht veel te hoog, €41.000 {3}
B: Dat klopt ook niet. Met de bouwkosten van 2,1 mln kom ik op 2,6% = €54.600? Nee wacht {3}
B: De staffel wordt niet toegepast. Het systeem rekent het hoogste tarief over de hele bouwsom {3}
A: Over de hele som? Dat zou sinds januari bij alles gebeuren {3}
C: Sinds de update van Squit in januari ja. Ik zoek uit hoeveel {3}
~
C: 74 beschikkingen sinds 1 januari met bouwkosten boven de 250.000, allemaal te veel berekend {3}
A: Balen. Ik meld het bij Thijs en de teamleider, dit moet naar de wethouder {3}
D: Heb de leverancier gebeld. Tabel legesverordening 2025 is verkeerd ingelezen, staffel ontbreekt {3}
~ 2025-03-20
A: Afspraak: we herberekenen alle 74 en sturen een nieuwe nota met uitleg. Verschil wordt teruggestort {3}
B: Ook de mensen die al bezwaar hebben gemaakt? Dat zijn er 9 {3}
A: Ja, die bezwaren worden dan gegrond verklaard. Met Sandra van juridische zaken afgestemd {3}
~ 2025-03-27
D: Leverancier heeft de tabel hersteld. Nieuwe aanvragen gaan goed, heb drie proefberekeningen gedaan {3}
A: 👌 {3}
~ 2025-04-08
C: 52 van de 74 herberekend. Totaal terug tot nu €186.400 {3}
A: Poeh. Financiën wil het totaal voor de bestuursrapportage {3}
~ 2025-04-22
C: Alle 74 klaar, €241.900 terug, laatste betalingen deze week {3}
A: Dank je Wendy, hele klus {3}
~
B: Welstand wil de dakkapel aan de Kerkstraat opnieuw zien
""",
        200,
    ),
    Chat(
        "Leges Dekker Bouw",
        "ruimte",
        "2025-03-19 10:12",
        ["Wendy Nijboer", "Bart Dekker"],
        """
B: Goedemorgen mevrouw Nijboer, wij hebben nog niets gehoord over onze nota. Moeten we die €41k betalen voor de 1e? {3}
A: Goedemorgen meneer Dekker, nee, u hoeft nog niet te betalen. We hebben een fout in de berekening gevonden, u krijgt een nieuwe aanslag {3}
B: Hoeveel wordt het dan? {3}
A: Naar schatting rond de €24.000, maar dat krijgt u op papier {3}
B: Dat scheelt. Dan trekken we het bezwaar niet in tot we het zwart op wit hebben {3}
A: Prima, dat begrijp ik {3}
~ 2025-04-02
B: Nieuwe nota ontvangen, €23.870. Akkoord, bezwaar trekken we in {3}
A: Dank u, ik geef het door {3}
""",
        12,
    ),
    Chat(
        "Bezwaarschriften",
        "bestuur",
        "2025-02-03 09:00",
        ["Sandra Visser", "Gijs Hofman", "Nienke Boer"],
        """
A: Hoorzitting 12 februari gaat niet door, de bezwaarmaker is ziek
B: Ok, nieuwe datum prikken
~ 2025-03-21
A: Er komen 9 bezwaren tegen bouwleges binnen die eigenlijk gegrond zijn, het ging fout in het systeem {3}
C: Dan niet naar de commissie, toch? Gewoon herzien {3}
A: Precies, ambtshalve herzien en proceskosten vergoeden waar een advocaat is ingeschakeld {3}
B: Bij 2 zit een rechtsbijstandverzekeraar, dus ja {3}
~ 2025-04-10
C: Herzieningsbesluiten alle 9 verstuurd {3}
A: Top
~ 2025-05-12
B: Bezwaar WOZ Zuideinde 4 is binnen, taxatierapport erbij
C: Ok, ik stuur het door naar belastingen
""",
        90,
    ),
    Chat(
        "Financien en belastingen",
        "bedrijfsvoering",
        "2025-01-13 08:30",
        ["Rik de Haan", "Marloes Ebbens", "Thijs Mulder"],
        """
A: Aanslagen OZB gaan 28 februari de deur uit
B: Ok, KCC is ingelicht
~ 2025-03-24
C: Rik, voor de berap: het gaat om terugbetaling van te veel geheven bouwleges, schatting 240k {3}
A: Gaat dat van de legesopbrengst af of is het een aparte post? {3}
C: Van de opbrengst, de raming 2025 klopt dan weer. Was eigenlijk te mooi om waar te zijn {3}
A: Haha ja. Ik zet het in de berap met een toelichting {3}
~ 2025-04-23
C: Totaal is 241.900, alles uitbetaald {3}
A: 👍 {3}
~ 2025-06-02
B: Hondenbelasting: 40 nieuwe aanmeldingen na de controle
A: Mooi
""",
        120,
    ),
    Chat(
        "Vergunning paspoort spoed",
        "samenleving",
        "2025-05-06 11:20",
        ["Esther Prins", "Daan Vos"],
        """
A: Klant aan de balie wil spoedpaspoort, vraagt of de leges echt €58 extra zijn
B: Ja, spoedtoeslag staat in de tabel. Geen fout
A: Ok dank
~
A: Ze heeft betaald, komt morgen ophalen
""",
        10,
    ),
    Chat(
        "Crisisteam en OOV",
        "veiligheid",
        "2025-08-04 09:00",
        ["Lotte Haverkamp", "Erik Zwiers", "Monique Bakker", "Frits Hoekstra"],
        """
A: Evenementenoverleg verplaatst naar dinsdag
B: Ok
~ 2025-09-16
B: NL-Alert niet nodig maar brandweer heeft 14 woningen Prinsengracht ontruimd, gas ruiken op straat {4}
A: Oorzaak? {4}
B: Graafmachine van de kabelaar heeft bij nr 30 de leiding geraakt. Drentsnet is onderweg {4}
A: Ik kom naar de commandopost. Monique, kun jij opvang regelen? {4}
C: Ik bel de Wilgenhof, die hebben een zaal. Eerst koffie en dekens {4}
~
C: 31 bewoners in de zaal, 2 met een hond. Rode Kruis helpt {4}
D: Drentsnet: leiding is afgeknepen, ze meten nu in de kelders {4}
B: Nog niemand terug tot de metingen klaar zijn {4}
A: AUDIO {4}
C: Begrepen, ik zeg het tegen de mensen in de zaal {4}
~
D: Metingen ok bij 11 van de 14. Drie panden aan de grachtkant nog niet, daar hangt het in de kruipruimte {4}
C: 9 mensen kunnen niet naar huis. Hotel De Reest heeft kamers {4}
A: Doe maar, op kosten van de gemeente, verhalen we later {4}
~
D: Alle 14 woningen vrijgegeven om 11.40 {4}
A: Goed gewerkt allemaal 🙏 {4}
~ 2025-09-22
A: Evaluatie gaslek woensdag 14u, met brandweer, Drentsnet en de aannemer {4}
B: Verzekeraar van de kabelaar vraagt om de rekeningen van het hotel {4}
C: Stuur ik vandaag. €1.140 voor 9 kamers plus ontbijt {4}
~ 2025-10-01
B: Oefening ontruiming stadhuis op 14 oktober, BHV'ers zijn ingelicht
""",
        220,
    ),
    Chat(
        "Communicatie woordvoering",
        "bestuur",
        "2025-09-01 08:00",
        ["Yvonne Dijkstra", "Bas Kroeze", "Lotte Haverkamp"],
        """
A: Persbericht over de kermis staat klaar
B: Plaatsen om 10u
~ 2025-09-16
C: Graag een bericht op socials: Prinsengracht afgesloten tussen Kerkbrug en Singel, bewoners worden opgevangen {4}
A: Welke tekst, mag ik zeggen dat het om gas gaat? {4}
C: Ja. Geen gevaar voor de rest van de binnenstad {4}
A: Staat online. Al 40 reacties, mensen vragen of de scholen dicht gaan {4}
C: Nee, school ligt buiten het gebied {4}
~
B: RTV Drenthe wil de burgemeester om 12u {4}
C: Burgemeester staat bij de zaal, 12u kan {4}
~ 2025-10-06
A: Vacature: we zoeken een nieuwe collega voor de socials
""",
        150,
    ),
    Chat(
        "Buurtapp Prinsengracht",
        "samenleving",
        "2025-09-16 07:55",
        ["Gert Jansma", "Linda Koster", "Wijkagent Meppel-Centrum"],
        """
A: Wat is er aan de hand? Overal brandweer voor de deur {4}
B: Ze zeggen dat er gas lekt, we moeten eruit {4}
C: Klopt. Iedereen tussen nummer 18 en 44 naar buiten, loop naar de Wilgenhof. Daar is koffie {4}
A: Mijn kat zit nog binnen {4}
C: Brandweer kijkt straks, niet zelf terug naar binnen {4}
~
B: Thuis! Alles goed {4}
A: Hier ook, kat ook 😺 {4}
~ 2025-09-29
B: Er zit een grote scheur in de stoep waar ze gegraven hebben. Wie moet dat maken? {4}
C: Geef ik door aan de gemeente {4}
""",
        40,
    ),
    Chat(
        "Schade Prinsengracht",
        "ruimte",
        "2025-09-24 13:00",
        ["Frank Dekker", "Monique Bakker"],
        """
A: Herstel stoep voor nr 30 is gedaan door de kabelaar, op hun kosten {4}
B: En de schade aan de gevel van nr 32? Bewoner zegt dat de graafbak ertegen heeft gestoten {4}
A: Dat is tussen hen en de aannemer, maar ik heb foto's gemaakt {4}
B: Stuur maar, ik geef ze door aan de bewoner {4}
A: PHOTO "Schademelding Prinsengracht 32 - scheur gevel links van de voordeur - 24-09" {4}
""",
        12,
    ),
    Chat(
        "Gaslucht gemeentehuis",
        "bedrijfsvoering",
        "2025-11-10 08:15",
        ["Joost Brink", "Carla Meester"],
        """
A: Er hangt een gaslucht in de keuken op de 2e verdieping
B: Fornuis? Of de ketel?
A: Het bleek de afvalbak met een ei van vrijdag 🤢
B: Haha opgelost dan
""",
        10,
    ),
    Chat(
        "Griffie",
        "bestuur",
        "2025-01-06 09:00",
        ["Anja Mensink", "Koen Tiemens", "Ria Post"],
        """
A: Agenda raad 23 januari staat in iBabs
B: Vergaderstukken compleet?
~ 2025-04-14
C: Mail van Jolanda Wever en Henk Pieters: ze stappen uit de fractie van Gemeentebelang, vanaf vandaag {5}
A: Allebei? Dan houdt GB er nog 3 over {5}
C: Ja. Ze gaan door als fractie Wever/Pieters. Naam volgt {5}
B: Wat zegt het reglement van orde? Ze moeten het schriftelijk melden bij de voorzitter {5}
C: Brief zit erbij, getekend door beiden {5}
~
A: Commissieplekken: GB had 2 in Ruimte en 2 in Samenleving. Wie wat? {5}
B: Dat moet de raad opnieuw benoemen. Op de agenda van 22 mei {5}
~ 2025-04-28
C: Nieuwe naam: Onafhankelijk Meppel. Logo volgt ook nog 🙄 {5}
A: Ik pas de website en iBabs aan {5}
~ 2025-05-06
B: Fractieondersteuning: het geld gaat per zetel plus een vast deel per fractie. Nieuwe fractie krijgt vast deel erbij {5}
C: GB is boos dat hun bedrag omlaag gaat. Fractievoorzitter belde al {5}
B: De verordening is duidelijk, ik stuur hem het artikel {5}
~ 2025-05-22
A: Raad heeft Wever benoemd in commissie Ruimte en Pieters in Samenleving {5}
C: 👍 {5}
~ 2025-06-10
A: Rekenkamer wil 3 juli presenteren
""",
        200,
    ),
    Chat(
        "Fractie GB",
        "bestuur",
        "2025-04-14 19:40",
        ["Anja Mensink", "Marten Zuidema"],
        """
B: Anja, klopt het dat Jolanda en Henk weg zijn? We lezen het in de krant {5}
A: Ja, hun brief is vanmiddag binnengekomen bij de voorzitter {5}
B: Onbegrijpelijk. Mogen ze hun zetels zomaar meenemen? {5}
A: Een zetel is persoonlijk, ze blijven raadslid {5}
B: Dan willen we wel een gesprek over de ondersteuning, ons budget {5}
A: Prima, ik plan iets met de griffier {5}
""",
        14,
    ),
    Chat(
        "Presidium",
        "bestuur",
        "2025-03-10 17:00",
        ["Anja Mensink", "Willem Roelofs", "Koen Tiemens"],
        """
B: Presidium volgende week om 17u
~ 2025-04-17
A: Agendapunt: gevolgen van de splitsing voor de spreektijden en de commissies {5}
B: Spreektijd wordt naar zetels. 2 zetels is 2 zetels {5}
C: Eens. En kamer voor de nieuwe fractie? {5}
A: Kamer 2.14 is vrij {5}
~
B: Begroting griffie 2026 bespreken we in juni
""",
        40,
    ),
    Chat(
        "Fractiekamer",
        "bedrijfsvoering",
        "2025-04-29 10:00",
        ["Joost Brink", "Koen Tiemens"],
        """
B: Kun je de deur van 2.14 een pasje geven voor Onafhankelijk Meppel? {5}
A: Doe ik. Hoeveel pasjes? {5}
B: Twee {5}
A: Liggen morgen bij de receptie {5}
""",
        10,
    ),
    Chat(
        "Fractie overleg stadhuis",
        "bestuur",
        "2025-09-08 12:00",
        ["Willem Roelofs", "Ria Post"],
        """
A: Fractievoorzitters lunchen donderdag, wie bestelt?
B: Ik. Broodjes bij Van der Veen
A: Top, ook iets vegetarisch
""",
        12,
    ),
    Chat(
        "Economie en binnenstad",
        "ruimte",
        "2025-02-03 09:15",
        ["Hanneke Stoel", "Mark Oosting", "Femke Lubbers"],
        """
A: Goedemorgen, overleg met de ondernemersvereniging is verschoven naar 11 maart
B: Ok
~ 2025-02-17
C: Telling gedaan: 27 lege winkels in het kernwinkelgebied, vorig jaar 19 {6}
A: Dat loopt hard op. Vooral de Hoofdstraat {6}
B: De oude Blokker, de schoenenzaak en de bank staan nu al meer dan een jaar leeg {6}
~ 2025-03-11
A: Idee van de ondernemers: tijdelijke winkels voor startende makers, 6 maanden huurvrij {6}
C: Wie betaalt de huur dan? Eigenaren zijn niet gek {6}
A: Voorstel: gemeente betaalt de eerste 6 mnd 50% van de huur, max €750 per maand {6}
B: Dan moeten we een subsidieregeling maken. Kan in de nadere regels {6}
~ 2025-04-01
C: Eigenaar van Hoofdstraat 18 (Vastgoed Ruitenberg) wil niet meedoen, hij wacht op een keten {6}
A: Kunnen we iets met de verordening? Leegstandsverordening verplicht eigenaren tot een gesprek {6}
B: Moet wel door de raad. Ik schrijf een memo {6}
~ 2025-05-20
C: Eerste pop-up open! Keramiekatelier in de oude schoenenzaak, Hoofdstraat 41 {6}
A: 🎉 {6}
C: PHOTO "NU OPEN - Atelier Klei & Co - tijdelijk in dit pand - met steun van de gemeente Meppel" {6}
~ 2025-06-16
B: Regeling huurbijdrage: 7 aanvragen, 5 toegekend {6}
A: En de twee andere? {6}
B: Eén is geen winkel maar een kantoor, de andere had al een huurcontract van voor de regeling {6}
~ 2025-09-02
A: Raad heeft de leegstandsverordening aangenomen, 19 voor 6 tegen {6}
C: Dan brief naar de eigenaren van de 8 panden die langer dan een jaar leeg staan {6}
~
B: Braderie 13 september, vergunning is rond
""",
        200,
    ),
    Chat(
        "Pandeigenaar Hoofdstraat",
        "ruimte",
        "2025-09-15 14:00",
        ["Femke Lubbers", "Jan Ruitenberg"],
        """
B: Ik heb uw brief over de leegstand ontvangen. Is dit een boete? {6}
A: Nee meneer Ruitenberg, het is een uitnodiging voor een gesprek over het pand aan de Hoofdstraat 18 {6}
B: Ik heb een huurder op het oog, een drogist. Maar die wil pas in 2026 {6}
A: Dan kunnen we kijken of er tot die tijd een tijdelijke invulling in kan {6}
B: Kan, als ik er geen kosten aan heb {6}
A: Ik bel u volgende week, dan plannen we een afspraak {6}
""",
        14,
    ),
    Chat(
        "Ondernemersvereniging Binnenstad",
        "ruimte",
        "2025-03-01 10:00",
        ["Hanneke Stoel", "Ger Mulder", "Sylvia Kleine"],
        """
B: Hanneke, kunnen we op 11 maart ook praten over de lege panden? De winkeliers zijn er klaar mee {6}
A: Staat op de agenda {6}
~ 2025-03-12
C: Goed overleg gisteren. Wij zoeken de starters, jullie de regeling {6}
A: Afgesproken {6}
~ 2025-05-21
B: Klei & Co loopt super, de buren hebben ook meer aanloop {6}
C: Volgende is een kinderkledingwinkel in de oude bank? {6}
A: Daar zijn we mee bezig, de eigenaar twijfelt {6}
~ 2025-11-20
B: Kerstverlichting hangt, bedankt voor het regelen
""",
        60,
    ),
    Chat(
        "Leegstand schoolgebouw",
        "samenleving",
        "2025-06-02 09:00",
        ["Tineke Bosch", "Jurgen Kok"],
        """
A: Het oude schoolgebouw aan de Julianastraat staat nu leeg sinds de verhuizing van de school
B: Kraakwacht erin zetten? Anders komen er krakers
A: Ja, via Ad Hoc beheer. Ik vraag een offerte
~
B: Ad Hoc: 2 bewoners vanaf 1 juli
""",
        16,
    ),
    Chat(
        "Waterbeheer en grachten",
        "ruimte",
        "2025-02-10 08:00",
        ["Pieter Koops", "Alie Eising", "Ruud Groen", "Wim Koopman"],
        """
A: Moi. Waterschap wil in maart een schouw langs de Wold Aa
B: Ik ga mee
~ 2025-03-04
C: Peiling gedaan in de Kerkgracht en de Heerengracht: op sommige plekken nog maar 60 cm water boven het slib {7}
A: Dan moeten ze dit jaar echt uitgebaggerd worden. Staat in het beheerplan voor 2025 {7}
~ 2025-04-15
B: Monsters van de waterbodem binnen: klasse B en een stuk bij de Singel niet toepasbaar, te veel zink en PAK {7}
A: Niet toepasbaar kan niet op de kant. Moet naar een erkende stortplaats {7}
C: Gronddepot Attero in Wijster neemt het aan, €38 per ton {7}
~ 2025-05-06
A: Planning: 1 september tot 15 oktober, na het vaarseizoen. Aannemer Van der Wal Waterbouw {7}
B: De rondvaart wil dat het pas na de herfstvakantie begint {7}
A: Kan niet, dan lopen we tegen de vorst aan. We doen de Kerkgracht als laatste {7}
~ 2025-09-02
D: Van der Wal ligt met de kraanschuit in de Heerengracht. Zuigen begint morgen {7}
~ 2025-09-09
C: Meldingen over stank bij de Heerengracht, 5 al. Rotte eieren {7}
A: Dat is het slib dat boven komt. Duurt een paar dagen per stuk {7}
B: Ik zet een bericht op de site met uitleg {7}
~ 2025-09-23
D: Heerengracht klaar, 2.300 m3 eruit. Nu de Singel {7}
A: Mooi. Gaat de vervuilde partij apart? {7}
D: Ja, aparte bakken, wordt gewogen in Wijster {7}
~ 2025-10-14
D: Kerkgracht klaar. Laatste schuit is weg {7}
A: 💪 {7}
~ 2025-10-20
C: Vis in de vijver Wilhelminapark doet het goed na de beluchting
""",
        240,
    ),
    Chat(
        "Rondvaart Meppel",
        "ruimte",
        "2025-08-25 10:00",
        ["Pieter Koops", "Hilde Schuurman"],
        """
B: Meneer Koops, klopt het dat we vanaf 1 september niet meer door de Kerkgracht kunnen? {7}
A: Niet de hele periode. De Kerkgracht is dicht van 29 sept tot 14 okt, de rest van de route kan {7}
B: Dan varen we een kortere tocht, via de Singel {7}
A: Singel is 23 sept tot 6 okt ook gestremd, ik stuur u het schema {7}
B: PHOTO "Schema werkzaamheden grachten: Heerengracht 2-22 sept / Singel 23 sept-6 okt / Kerkgracht 29 sept-14 okt" {7}
B: Ontvangen. We passen de tochten aan, maar de omzet lijdt eronder {7}
A: Begrijpelijk. Ik geef het door {7}
""",
        20,
    ),
    Chat(
        "Stank gracht",
        "samenleving",
        "2025-09-10 16:30",
        ["KCC Meppel", "Frieda Nijenhuis"],
        """
B: Het stinkt bij ons aan de Heerengarcht vreselijk, ramen kunnen niet open. Wat is dit? {7}
A: Goedemiddag mevrouw Nijenhuis, er wordt gebaggerd in de grachten. Het slib geeft tijdelijk geur {7}
B: Hoe lang nog? {7}
A: Tot ongeveer 22 september in uw deel {7}
B: Ok, dank u {7}
""",
        12,
    ),
    Chat(
        "Baggeren Staphorst nieuws",
        "ruimte",
        "2025-06-12 12:00",
        ["Alie Eising", "Ruud Groen"],
        """
A: Zag je dat Staphorst de vaart bij IJhorst gaat baggeren? Met dezelfde aannemer
B: Ja. Hebben zij ook zoveel zink in de bagger?
A: Geen idee, stond er niet bij
B: Zal wel meevallen daar
""",
        12,
    ),
    Chat(
        "Brandweer Nijeveen afstemming",
        "veiligheid",
        "2025-03-03 19:00",
        ["Albert Zwiggelaar", "Erik Zwiers", "Gerda Timmer"],
        """
A: Oefenavond donderdag gaat door, ploeg 2
B: Prima
~ 2025-04-07
A: Bij de jaarlijkse controle van de brandkranen in Nijeveen zijn er 12 die geen of te weinig water geven {8}
B: 12? Hoeveel hebben jullie er gecontroleerd? {8}
A: Alle 86 in de kern. Vooral Kolderveen en de Dorpsstraat. Deksels vastgeroest, 3 geven niks {8}
B: Wie is eigenaar, wij of het waterbedrijf? {8}
C: Brandkranen op het drinkwaternet zijn van WMD Water, de gemeente betaalt het onderhoud via de overeenkomst {8}
~
B: Ik bel WMD morgen {8}
~ 2025-04-09
B: WMD: de 3 die niks geven hebben een kapotte afsluiter, die vervangen ze binnen 6 weken. De rest is smeren en deksels vrij maken {8}
A: En tot die tijd? Bij een brand in de Dorpsstraat zitten we krap {8}
C: Dan rukt er een tankautospuit extra uit vanuit Meppel bij een melding in dat deel. Ik zet het in het uitrukvoorstel {8}
A: Goed zo {8}
~ 2025-05-26
B: WMD heeft alle 12 hersteld. Nieuwe meting morgen {8}
A: Gemeten: allemaal boven de 1000 liter per minuut. 👍 {8}
~ 2025-06-04
C: Factuur WMD €7.820 voor 3 nieuwe afsluiters plus onderhoud {8}
B: Ok, valt binnen het budget bluswater {8}
~ 2025-10-09
A: Open dag kazerne 18 oktober, komen jullie ook?
""",
        180,
    ),
    Chat(
        "Dorpsbelang Nijeveen",
        "samenleving",
        "2025-04-14 20:00",
        ["Erik Zwiers", "Hendrik Nijland"],
        """
B: Goedenavond meneer Zwiers, in het dorp gaat het verhaal dat de brandweer gen water heeft als er brand is. Klopt dat? {8}
A: Dag meneer Nijland. Er zijn een paar kranen niet in orde, die worden gemaakt. Tot die tijd komt er bij een melding extra water mee {8}
B: Extra water? {8}
A: Een tweede wagen met een tank. U hoeft zich geen zorgen te maken {8}
B: Mag ik dat in het dorpsblad zetten? {8}
A: Prima, ik stuur u een korte tekst {8}
""",
        14,
    ),
    Chat(
        "WMD brandkranen",
        "ruimte",
        "2025-04-08 11:00",
        ["Erik Zwiers", "Monique Dijk"],
        """
A: Mevrouw Dijk, ik stuur u de lijst van de brandweer met de kranen in Nijeveen die niet goed werken {8}
A: PHOTO "Inspectie brandkranen Nijeveen 2025 - afgekeurd: Dorpsstraat 4, 18, 55 / Kolderveen 2, 9 / Kerkweg 11 / ... totaal 12" {8}
B: Ontvangen. De drie zonder water gaan voor, ik plan een ploeg {8}
~ 2025-05-23
B: Alles klaar, de ploeg heeft ook de tegels rond de putjes rechtgelegd {8}
A: Top, dank {8}
""",
        12,
    ),
    Chat(
        "Brandoefening stadhuis",
        "bedrijfsvoering",
        "2025-10-10 09:00",
        ["Joost Brink", "Carla Meester", "Lotte Haverkamp"],
        """
A: Dinsdag 14 okt ontruimingsoefening, om 10u gaat het alarm
B: Ook de raadzaal?
A: Ja. Blussers zijn vorige week gekeurd
C: Verzamelpunt is het Kerkplein
~
A: Alle 220 mensen binnen 6 minuten buiten. Goed
""",
        16,
    ),
    Chat(
        "Buitenreclame en contracten",
        "bedrijfsvoering",
        "2025-01-20 09:00",
        ["Lisa Kuipers", "Hans Groeneveld", "Tom Wessels"],
        """
A: Contract met de huidige exploitant loopt 31 december af {9}
B: Dan moeten we nu aanbesteden. Abri's, mupi's en de 6 zuilen in het centrum {9}
A: Concessie voor 10 jaar, inschrijvers betalen ons een vast bedrag per jaar plus een deel van de opbrengst {9}
~ 2025-03-31
C: Drie inschrijvingen binnen: StadsMedia, JCDecaux en Buitenbeeld {9}
~ 2025-04-22
B: StadsMedia scoort het hoogst: €64.000 per jaar, en ze vervangen alle 48 wachthuisjes {9}
A: Maar ze willen 12 digitale schermen. Dat moet de raad weten {9}
C: Wethouder wil geen schermen in het beschermd gezicht {9}
~ 2025-05-13
A: Gegund aan StadsMedia, met de voorwaarde: geen schermen binnen de grachtengordel {9}
B: Mooi. Bezwaartermijn loopt tot 3 juni {9}
~ 2025-06-04
C: Geen bezwaar ingediend, contract getekend {9}
~ 2025-11-17
B: Klacht van de Vereniging Oud Meppel: schermen te fel 's avonds bij de Steenwijkerweg {9}
A: In het contract staat maximaal 300 candela na 22u, vraag StadsMedia om te meten {9}
~ 2025-11-25
C: StadsMedia heeft ze 's nachts gedimd naar 150, en uit tussen 00 en 06u {9}
A: 👍 {9}
~ 2025-12-01
B: Printers op de 3e weer kapot
""",
        150,
    ),
    Chat(
        "Abri's vervangen",
        "ruimte",
        "2025-09-01 07:30",
        ["Frank Dekker", "Said Amrani"],
        """
B: We beginnen maandag met de nieuwe wachthuisjes aan de Steenwijkerweg, de oude gaan eruit {9}
A: Let op de kabels bij halte Ezinge, daar ligt glasvezel {9}
B: Ok. Stroom voor de schermen komt van Drentsnet? {9}
A: Ja, aansluiting is aangevraagd. 2 weken {9}
~ 2025-10-02
B: 30 van de 48 staan {9}
A: Top {9}
~ 2025-10-29
B: Alles staat. Schermen Steenwijkerweg en Stationsweg zijn aan {9}
""",
        30,
    ),
    Chat(
        "Klacht reclame bushalte",
        "samenleving",
        "2025-11-04 21:10",
        ["KCC Meppel", "Rianne Lok"],
        """
B: In het bushokje voor mijn deur hangt nu een tv die de hele nacht reclame geeft. Het licht schijnt in de slaapkamer {9}
A: Goedenavond mevrouw Lok, dank voor uw melding. Om welke halte gaat het? {9}
B: Stationsweg, bij de Jumbo {9}
A: We geven het door aan de exploitant. U hoort binnen 5 werkdagen van ons {9}
~ 2025-11-12
B: En er hing een recalme voor een gokwebsite, kan dat zomaar? {9}
A: Dat mag volgens het contract niet, we hebben het laten weghalen {9}
""",
        16,
    ),
    Chat(
        "Sponsorbord sportpark",
        "samenleving",
        "2025-08-20 15:00",
        ["Tom Wessels", "Dirk Hoving"],
        """
B: De voetbalclub wil een nieuw reclamebord langs het hoofdveld. Moet daar een vergunning voor?
A: Nee, binnen het sportpark niet. Wel als het aan de weg staat
B: Het staat binnen het hek
A: Dan mag het
""",
        10,
    ),
    Chat(
        "Grondzaken kavels",
        "ruimte",
        "2025-01-15 08:45",
        ["Bertus Lanting", "Ingrid Kamps", "Nick Schuiling"],
        """
A: Taxateur komt 20 januari voor de grond aan de Blankensteinweg
~ 2025-02-03
B: 22 vrije kavels in Nieuwveense Landen fase 3 gaan in de verkoop voor zelfbouwers. Prijs €395 per m2 ex btw {10}
C: Vorig jaar was het 365. Dat gaat vragen opleveren {10}
B: Taxatie zegt 395. Gemeenteraad heeft het grondprijzenbeleid vastgesteld {10}
~ 2025-03-17
B: Inschrijving gesloten: 312 inschrijvingen voor 22 kavels {10}
A: Loting dan. Notaris Ten Have doet het op 25 maart {10}
~ 2025-03-25
B: Loting gedaan, 22 winnaars en 40 op de reservelijst. Brieven gaan vandaag {10}
~ 2025-04-02
C: Klacht: een winnaar blijkt de zoon van een medewerker van ons team {10}
A: Eh. Dat moet goed uitgezocht worden {10}
B: Notaris heeft getrokken, wij hebben niks met de lijst gedaan. Maar ik snap dat het er raar uitziet {10}
A: Ik meld het bij de integriteitscoördinator, dan is het vastgelegd {10}
~ 2025-05-12
C: 4 kopers geven hun kavel terug, ze krijgen geen hypotheek door de rente {10}
B: Die gaan naar de reservelijst op volgorde {10}
~ 2025-06-30
B: Alle 22 verkocht, 18 al bij de notaris geweest {10}
~
A: Volgende week de grondexploitatie bijwerken
""",
        150,
    ),
    Chat(
        "Kavel 14 reservelijst",
        "ruimte",
        "2025-05-14 12:00",
        ["Ingrid Kamps", "Arjen Westerhof"],
        """
B: Ik sta 3e op de reservelijst. Klopt het dat er plekken vrijkomen? {10}
A: Dag meneer Westerhof, ja. U krijgt een aanbod voor bouwnummer 14, brief volgt deze week {10}
B: Super! Hoe lang heb ik om te beslissen? {10}
A: 4 weken {10}
~ 2025-06-05
B: We nemen hem 👍 {10}
A: Gefeliciteerd, ik stuur de optieovereenkomst {10}
""",
        12,
    ),
    Chat(
        "Loting klacht",
        "samenleving",
        "2025-04-03 09:30",
        ["KCC Meppel", "Marco Bergsma"],
        """
B: Ik heb gelezen dat de zoon van een ambtenaar een bouwkavel heeft gewonnen. Doorgestoken kaart! {10}
A: Goedemorgen meneer Bergsma. De trekking is gedaan door een notaris. We nemen uw klacht in behandeling {10}
B: Ik wil een officiële klacht indienen en een kopie van het proces-verbaal {10}
A: Dat kan via het klachtenformulier. Het proces-verbaal vragen we voor u op {10}
""",
        12,
    ),
    Chat(
        "Kavel boer Oosterveld",
        "ruimte",
        "2025-07-07 10:00",
        ["Bertus Lanting", "Jan Oosterveld"],
        """
B: Mijn kavel naast de Hesselerweg wil ik ruilen voor het stuk aan de overkant, is dat bespreekbaar?
A: Dat is pachtgrond, ik kijk of dat kan
B: Graag voor de winter
A: Ik kom volgende week even langs
""",
        12,
    ),
    Chat(
        "Sociaal domein ouderen",
        "samenleving",
        "2025-02-03 08:30",
        ["Karin Hulshof", "Dennis Wiegman", "Gea Lambers"],
        """
A: Moi, welzijnsoverleg verschoven naar woensdag
B: Ok
~ 2025-05-12
C: Slecht nieuws: de stichting van Tafeltje Dekje stopt per 1 augustus. Geen vrijwilligers meer om te koken en te rijden {11}
A: Hoeveel mensen krijgen daar eten? {11}
C: 94, bijna allemaal 80+. Voor een deel is het de enige warme hap van de dag {11}
B: En het enige bezoek van de dag {11}
~
A: Eerst in kaart: wie heeft een indicatie, wie niet. Wijkteams bellen iedereen {11}
~ 2025-05-27
B: 94 gebeld. 31 kunnen familie regelen, 63 hebben een alternatief nodig {11}
C: Opties: Apetito levert diepvries, De Wilgenhof kan 20 verse maaltijden extra koken, de Zonnebloem zoekt rijders {11}
A: Diepvries is niks voor mensen met dementie, die vergeten hem op te warmen {11}
~ 2025-06-18
C: De Wilgenhof wil het overnemen met 40 maaltijden per dag als wij de bezorging subsidiëren {11}
B: Wat kost dat? {11}
C: €28.000 per jaar voor een bus en een coördinator {11}
A: Voorstel naar het college. Uit het budget welzijn ouderen {11}
~ 2025-07-08
A: College akkoord met de subsidie, beschikking gaat naar De Wilgenhof {11}
~ 2025-08-04
B: Eerste week: 52 mensen krijgen nu warm eten van de Wilgenhof, 11 kiezen diepvries {11}
C: Klachten over de prijs, €8,50 ipv €6,75 {11}
A: Voor minima kan de bijzondere bijstand helpen. Zet dat in de brief {11}
~ 2025-09-01
B: Week tegen eenzaamheid, wie doet de koffieochtend?
""",
        200,
    ),
    Chat(
        "Mevrouw Brouwer maaltijd",
        "samenleving",
        "2025-07-28 10:20",
        ["Gea Lambers", "Annie Brouwer-Smit"],
        """
B: Mevrouw Lambers, mijn moeder krijgt vanaf volgende week geen eten meer gebracht. Wat nu? {11}
A: Dag mevrouw Brouwer. Uw moeder staat op de lijst voor de Wilgenhof, ze krijgt vanaf 4 augustus daar haar warme maaltijd bezorgd {11}
B: Ook in het weekend? {11}
A: Nee, op zaterdag en zondag een koelverse maaltijd die vrijdag komt {11}
B: Ok. Ze is er wel verdrietig over, ze kende de vrijwilligster al 8 jaar {11}
A: Dat begrijp ik. Misschien wil de vrijwilligster nog op bezoek komen {11}
""",
        14,
    ),
    Chat(
        "Wilgenhof bezorging",
        "samenleving",
        "2025-07-01 13:00",
        ["Karin Hulshof", "Paul Benning"],
        """
B: We hebben een bestelbus op het oog, tweedehands, €14.500 {11}
A: Valt binnen de subsidie, stuur de offerte mee {11}
~ 2025-07-30
B: Bus is er, met logo. Proefrit morgen met de nieuwe route {11}
A: Top! {11}
~
B: AUDIO {11}
A: Haha, ok. Succes morgen 👍 {11}
""",
        16,
    ),
    Chat(
        "Personeelsvereniging",
        "bedrijfsvoering",
        "2025-11-03 12:00",
        ["Carla Meester", "Joost Brink", "Femke Lubbers"],
        """
A: Kerstdiner 18 december, wie doet mee?
B: Ik! Is er ook een vegetarische maaltijd?
A: Ja, dat geef je op bij de inschrijving
C: Ik neem een toetje mee
""",
        20,
    ),
    Chat(
        "Kabinet burgemeester",
        "bestuur",
        "2025-03-03 08:00",
        ["Ellen Vos", "Roelof Brands", "Anja Mensink"],
        """
A: Agenda burgemeester deze week: dinsdag Veiligheidsregio, donderdag lintje in Nijeveen
~ 2025-04-22
B: De burgemeester maakt morgen bekend dat ze per 1 oktober vertrekt, ze gaat naar Zwolle {12}
A: Wat?! Dat had ik niet zien aankomen {12}
B: Nog even binnenhouden tot het persbericht om 10u {12}
~ 2025-05-15
C: De raad stelt een vertrouwenscommissie in, 7 leden, 1 per fractie. Eerste bijeenkomst 2 juni {12}
B: En de nieuwe fractie? Die heeft ook recht op een plek {5,12}
C: Ja, Onafhankelijk Meppel doet mee, dus 8 leden {5,12}
~ 2025-06-24
C: Profielschets is klaar, raad stelt hem 3 juli vast. Daarna gaat hij naar de commissaris van de Koning {12}
A: Wie wordt waarnemer na 1 oktober? {12}
B: De commissaris benoemt een waarnemend burgemeester, naam nog niet bekend {12}
~ 2025-09-30
A: Afscheidsrecepite morgen, 16u, Schouwburg Ogterop {12}
~ 2025-10-14
A: Lintjesregen 2026: voordrachten moeten voor 1 november binnen
""",
        150,
    ),
    Chat(
        "Vertrouwenscommissie secretariaat",
        "bestuur",
        "2025-06-02 18:00",
        ["Anja Mensink", "Willem Roelofs", "Greet Hagen"],
        """
A: Lokaal 1.03 is geregeld, telefoons gaan in het kluisje tijdens de gesprekken {12}
B: Ok. Hoeveel sollicitanten heeft de commissaris doorgestuurd? {12}
A: 23 brieven, jullie krijgen ze morgen in een afgesloten map {12}
~ 2025-08-26
C: Gesprekken in de eerste ronde met 6 kandidaten, 2 en 3 september {12}
A: Rooster staat. Kandidaten komen via de achteringang {12}
~ 2025-09-17
B: Tweede ronde 2 kandidaten. Assessment gaat via het bureau van de commissaris {12}
~ 2025-10-09
C: Aanbeveling is getekend. Nummer 1 en 2 op volgorde {12}
A: Dan voorstel naar de raad voor de besloten vergadering van 16 oktober {12}
~ 2025-10-16
B: Raad heeft de aanbeveling overgenomen, 25 stemmen voor {12}
A: Nu wachten op de minister en de ministerraad {12}
~ 2025-11-07
A: Koninklijk besluit is er: Marieke Tol wordt benoemd per 1 december {12}
C: 🎉 Mooi {12}
""",
        40,
    ),
    Chat(
        "Installatie burgemeester",
        "bestuur",
        "2025-11-10 09:00",
        ["Ellen Vos", "Yvonne Dijkstra", "Joost Brink"],
        """
A: Installatie nieuwe burgemeester 1 december om 19.30 in de raadzaal. Buitengewone raadsvergadering {12}
B: Livestream plus grote scherm in de hal? {12}
C: Scherm is geboekt. Ambtsketen moet nog naar de juwelier voor een klein reparatie {12}
A: Gasten: de commissaris, de burgemeesters uit de regio, haar familie. Max 180 {12}
~ 2025-12-01
B: PHOTO "Uitnodiging - Installatie van mevrouw M. Tol als burgemeester van Meppel - 1 december 2025 - 19.30 uur" {12}
B: Alle stoelen vol 🙌 {12}
""",
        20,
    ),
    Chat(
        "Burgemeester lintje",
        "bestuur",
        "2025-04-10 16:00",
        ["Ellen Vos", "Roelof Brands"],
        """
A: Het lintje voor meneer Hoorn ligt klaar, burgemeester komt om 10u
B: Bloemen zijn besteld
A: En de taart?
B: Staat in de koelkast
""",
        12,
    ),
    Chat(
        "Wethouder app Van Dijk",
        "bestuur",
        "2025-03-01 08:00",
        ["Bram van Dijk", "Lisa Kuipers", "Thijs Mulder"],
        """
A: Wat moet ik weten voor het college dinsdag?
~ 2025-03-21
C: Wethouder, even een heads-up: we hebben sinds januari te veel bouwleges gerekend bij grote bouwplannen. Ca 74 zaken, rond de 240k {3}
A: Hoe kan dat? {3}
C: Fout bij het inlezen van de nieuwe tarieventabel. We stellen voor alles ambtshalve te herzien en terug te betalen {3}
A: Doen. En informeer de raad met een brief {3}
~ 2025-05-12
B: Aanbesteding buitenreclame: advies is gunnen aan StadsMedia, maar zonder schermen in de grachtengordel {9}
A: Eens. Schermen horen niet in het oude centrum {9}
~ 2025-09-03
B: Leegstandsverordening gaat morgen naar de raad, VVD dient een amendement in {6}
A: Ik bel de fractievoorzitter vanavond {6}
~
A: Morgen om 8u een afspraak bij de tandarts, ik ben er om 9u
""",
        90,
    ),
    Chat(
        "Raadsvragen",
        "bestuur",
        "2025-04-01 09:00",
        ["Koen Tiemens", "Thijs Mulder", "Hanneke Stoel"],
        """
A: Schriftelijke vragen van CDA over de lege winkelpanden, antwoord binnen 30 dagen {6}
C: Ik schrijf het concept. Hoeveel staan er leeg volgens de laatste telling? 27 {6}
~ 2025-04-24
A: Vragen van Onafhankelijk Meppel over de terugbetaalde bouwleges: hoe lang wist het college het al? {3}
B: Sinds 18 maart. Ik lever de tijdlijn aan {3}
~ 2025-05-30
A: Ok, alles op tijd beantwoord
""",
        30,
    ),
    Chat(
        "Nieuwsbrief collega's",
        "bedrijfsvoering",
        "2025-10-01 09:00",
        ["Yvonne Dijkstra", "Carla Meester"],
        """
A: Nieuwsbrief oktober: stukje over de nieuwe koffieautomaten, de fietsdag en de herfstwandeling
B: Ook iets over de blaadjes op het fietspad bij de ingang? Er glijden mensen uit
A: Zet ik erin als tip: loop via de hoofdingang
B: 👍
""",
        16,
    ),
    Chat(
        "KCC meldingen en vragen",
        "samenleving",
        "2025-05-01 08:30",
        ["Naomi Kuiper", "Stefan Pol", "Ayse Demir"],
        """
A: Goedemorgen team, vandaag met z'n drieën aan de telefoon
B: Ik doe de chat
~ 2025-06-03
C: Meneer belt: op het Reestpad staan planten van 3 meter met witte schermen, hond is er doorheen gelopen en heeft nu rode plekken {2}
A: Zet het als spoed door naar de buitendienst, het kan die giftige berenklauw zijn {2}
C: Gedaan, en hem gezegd: handen wassen en uit de zon houden {2}
~ 2025-06-25
B: Weer eentje over de berenklauw, nu langs het fietspad naar Rogat {2}
A: Staat al op de lijst, de aannemer komt deze week {2}
~ 2025-07-09
C: Mevrouw vraagt of ze de eten-aan-huis nog kan krijgen na augustus, haar vader is 91 {11}
A: Doorverbinden met Gea van het sociaal domein, zij heeft de lijst {11}
~ 2025-09-16
B: Heel veel bellers over de Prinsengracht, wanneer ze terug kunnen {4}
A: Script: volg de brandweer, zodra de metingen goed zijn. Opvang is in de Wilgenhof {4}
~ 2025-10-16
C: 6 klachten vandaag over de bladbakken, overvol en niet geleegd in de Oosterboer {1}
A: Doorzetten naar Kees, die had het ingepland voor vandaag {1}
~ 2025-10-22
B: Iemand vraagt of hij een bladkorf voor zijn eigen tuin mag {1}
A: Nee, alleen voor blad van gemeentebomen. Tuinafval in de groene container {1}
~ 2025-11-18
C: Printer werkt weer
""",
        180,
    ),
    Chat(
        "Oldenhof groenbeheer",
        "ruimte",
        "2025-06-24 15:00",
        ["Kees Brinkman", "Jelle Oldenhof"],
        """
A: Jelle, kun jij de Heracleum in de berm van de Rogatweg doen? Er staat een flinke haard {2}
B: Ja. Ik kom eerst kijken. Staat er ook wat aan de slootkant? {2}
A: Aan beide kanten, tot de brug {2}
~
B: Gezien. 2 man, 1 dag, steken en afvoeren naar de verbranding. Nazorg in augustus. €1.850 {2}
A: Akkoord {2}
~ 2025-07-03
B: Klaar. 70 planten, bloemschermen in zakken {2}
B: PHOTO "Werkbon Oldenhof 03-07 - Rogatweg berm - Heracleum mantegazzianum - 70 st. - afgevoerd AVI" {2}
A: Prima 👍 {2}
""",
        16,
    ),
    Chat(
        "Waterschap Reest en Wieden",
        "ruimte",
        "2025-04-20 10:00",
        ["Pieter Koops", "Marjan Veenstra", "Kees Brinkman"],
        """
B: Pieter, wij hebben een vraag over jullie baggerplan: waar laten jullie het water van de ontwatering? {7}
A: Het retourwater gaat na het bezinken terug de gracht in. Vergunning is aangevraagd {7}
B: Goed, dan hebben wij wel de analyse nodig {7}
~ 2025-07-02
B: Op onze kade langs de Reest bij Havelte staat ook reuzenberenklauw. Wie doet het stuk aan jullie kant van de weg? {2}
C: Wij tot de sloot, jullie de kade. Zullen we het dezelfde week doen, anders zaait het weer over {2}
B: Goed idee. Week 29? {2}
C: Week 29 {2}
~ 2025-09-03
B: Monster van het retourwater is ok {7}
A: Mooi {7}
""",
        40,
    ),
    Chat(
        "Ploeg Meppel tankautospuit",
        "veiligheid",
        "2025-04-10 18:30",
        ["Gerda Timmer", "Sjoerd Kuiken"],
        """
A: Vanaf vandaag bij een brandmelding in Nijeveen Dorpsstraat en Kolderveen rukt de TS van Meppel mee uit {8}
B: Waarom? {8}
A: Brandkranen daar geven te weinig water, tot ze gerepareerd zijn {8}
B: Ok, ik zet het op het bord in de kazerne {8}
~ 2025-05-27
A: Maatregel ingetrokken, alle kranen zijn in orde {8}
""",
        12,
    ),
    Chat(
        "Notariskantoor Ten Have",
        "ruimte",
        "2025-03-20 11:00",
        ["Bertus Lanting", "Mr. Ten Have"],
        """
A: De lijst met 312 inschrijvers komt morgen via de beveiligde mail {10}
B: Ontvangen. Ik trek op 25 maart om 10u, u mag erbij zijn maar niet aan de lijst komen {10}
A: Dat is goed {10}
~ 2025-03-25
B: Proces-verbaal van de trekking in de bijlage. 22 plus 40 reserve {10}
A: Dank {10}
""",
        12,
    ),
    Chat(
        "Inwonerspeiling nieuwe burgemeester",
        "bestuur",
        "2025-05-20 14:00",
        ["Yvonne Dijkstra", "Anja Mensink"],
        """
A: De vertrouwenscommissie wil inwoners laten meedenken over het profiel. Online vragenlijst? {12}
B: Ja, 3 weken, resultaten gaan naar de commissie {12}
~ 2025-06-12
A: 1.214 reacties. Nr 1: iemand die dichtbij de mensen staat. Nr 2: woont in Meppel {12}
B: Neem ik mee in de profielschets {12}
""",
        16,
    ),
    Chat(
        "Tafeltje Dekje vrijwilligers",
        "samenleving",
        "2025-05-09 16:00",
        ["Gea Lambers", "Jos Schepers"],
        """
B: Gea, ik wil het je zelf vertellen voor de brief komt: wij stoppen ermee per 1 augustus. Geen koks meer en de chauffeurs zijn allemaal boven de 75 {11}
A: Dat is schrikken Jos. Hoe lang weten jullie het al? {11}
B: Bestuur besloot het gisteren. We hebben 2 jaar gezocht naar nieuwe mensen {11}
A: Kunnen we helpen met de overgang? We willen niet dat iemand zonder eten zit {11}
B: Graag. Ik stuur je de lijst van de vaste klanten, met toestemming {11}
~ 2025-07-31
B: Laatste rit vandaag. Taart gehad met de vrijwilligers 🥲 {11}
A: Dank voor alles, 26 jaar! {11}
""",
        20,
    ),
)
