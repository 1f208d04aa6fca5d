"""The TWENTY-FOURTH BLIND relevance set (issue 17): new chats, requests and judgements.

Written as a Woo officer of gemeente Meppel would by a helper (branch woo24) BEFORE any measurement
on it, without reading the search code; blind23.py was read for the data format only, the earlier
sets only for their request titles (so that the subjects are new). Measured once on main's code
after it was committed. Same syntax as blind.py: `{n}` after a line marks the requests it is
relevant to, `~` starts the next day, `~ YYYY-MM-DD` moves the chat to that day, `PHOTO "text"` is
a photo with painted text, `AUDIO` a voice note. Generated filler (build.FILLER) is relevant to
nothing. Names, places, organisations, addresses, phone numbers and companies are made up.

The requests and their queries were written first, from the request text only. The chats are shaped
like real work chats: long team chats (the outdoor service's green team, waste and resources, the
executive secretariat, ICT and information security, events and licences, income and minima, HR,
housing, economy and spatial development, communication, finance and taxes, the boa's) where a
request's subject is a few lines among other work; short chats whose subject carries the topic
while the lines answer without repeating it ("Akkoord", "Ik doe maandag", "5 ipv 9", "Thuis, gaat
goed", "🤝"); abbreviations and jargon (MFA, 2FA, FG, AP, BSN, DPO, bvo, RvC, VOG, ALV, RUD, LAmax,
dB(A), OZB, BIZ, KCC, MT, OR, bruto-ruil); other words for the subject (roeken, kraaien,
zwarte vogels, kolonie, witte spetters; Groenvang, kliko's, bak, blauwe bak, ledigingen, missers;
opvolging, kandidaat, screening, integriteitstoets, beëdiging, portefeuilles; tankwagen, gietrand,
waterzakken, emmers, onttrekkingsverbod, aanslaggarantie; flexunits, woonunits, vergunninghouders,
spoedzoekers, zienswijzen; pasje, kindbudget, saldo, €0; nepmail, phising, gephishte accounts,
oefenmail; dragonboat, botenrace, peddelaars, gekapseisd, trommelaar; Plus, Spar, super, kavel,
opstelvak, linksaf-vak; fiets van de zaak, e-bike, bijtelling, bruto-ruil, lease; getok, harde
ballen, baantjes, wand, scherm; onroerende-zaakbelastingen, lastenverhoging, niet-woningen); a
Drents greeting ("Moi"); 3 photos with text and 1 voice note; and distractor chats that share words
with requests but are about something else (pigeons in a car park, LED lights at another tennis
club, an alderman opening a schoolyard, a WOZ objection at the desk, a rowing club's boat shed, the
town hall's bicycle shed, a fountain run dry in the heat, a school's waste-paper container).

Judging rule (as the earlier sets): a message is relevant when a Woo officer would have to include
it to cover the request, also when it does not repeat the subject ("Akkoord", "👍", "Eindelijk");
a voice note inside a relevant exchange is relevant. Lines of a relevant chat about something else
carry no tag.

Counts (with the generated filler of seed 17, as the bench builds it): 52 chats of 10 to 260
messages, 2,944 messages (587 hand-written; 3 photos with text, 1 voice note), 12 requests, 36
queries, 516 relevant (message, request) pairs on 515 messages, in 57 (chat, request) pairs; 44
chats relevant to a request, 8 to none, 7 to several. Relevant messages (chats) per request: R1 41
(5), R2 56 (5), R3 41 (5), R4 52 (5), R5 47 (5), R6 42 (4), R7 39 (4), R8 42 (5), R9 42 (4), R10 40
(5), R11 40 (5), R12 34 (5).
"""

from .build import Chat, Request

REQUESTS = (
    Request(
        1,
        "De roekenkolonie in het Wilhelminapark en langs de Stationsweg (2025): de klachten van "
        "omwonenden over lawaai en poep, het weghalen van nesten, de ontheffing van de provincie "
        "en het advies van de vogelwerkgroep.",
        ("roeken overlast", "roekenkolonie", "nesten verwijderen ontheffing"),
    ),
    Request(
        2,
        "De problemen met de afvalinzameling na de start van de nieuwe inzamelaar (2025): de niet "
        "geleegde containers, de klachten van inwoners, de boete aan de inzamelaar en de "
        "aangepaste routes.",
        ("afvalinzameling klachten", "container niet geleegd", "boete inzamelaar"),
    ),
    Request(
        3,
        "De opvolging van wethouder Jannie Bosscher na haar vertrek (2025): de voordracht van een "
        "nieuwe wethouder, de risicoanalyse integriteit, de installatie en de nieuwe "
        "portefeuilleverdeling.",
        ("nieuwe wethouder", "risicoanalyse integriteit wethouder", "portefeuilleverdeling"),
    ),
    Request(
        4,
        "Het water geven van jonge bomen en nieuwe beplanting tijdens de droogte (zomer 2025): de "
        "inzet van de watertank, de bewoners die zelf water gaven, de doodgegane bomen en de "
        "herplant.",
        ("droogte bomen water geven", "jonge bomen dood", "herplant bomen"),
    ),
    Request(
        5,
        "De flexwoningen aan de Blankensteinweg (2025): het plan voor tijdelijke woningen voor "
        "statushouders en spoedzoekers, de bewonersavond, de bezwaren en de plaatsing.",
        ("flexwoningen", "tijdelijke woningen statushouders", "bezwaar flexwoningen"),
    ),
    Request(
        6,
        "De Meedoenpas voor inwoners met een laag inkomen (2025): de nieuwe pas, de aanvragen, de "
        "fout waardoor huishoudens geen tegoed kregen en de afspraken met de leverancier.",
        ("meedoenpas", "minimaregeling pas tegoed", "meedoenpas fout"),
    ),
    Request(
        7,
        "De phishingaanval op medewerkers van de gemeente (2025): de nepmail, de medewerkers die "
        "hun inloggegevens invulden, de melding bij de Autoriteit Persoonsgegevens en de "
        "invoering van tweestapsverificatie.",
        ("phishing", "phishingmail medewerkers", "tweestapsverificatie"),
    ),
    Request(
        8,
        "Het drakenbootfestival op het Meppelerdiep (juni 2025): de evenementenvergunning, de "
        "veiligheid op het water, de omgeslagen boot en de evaluatie.",
        ("drakenbootfestival", "drakenboot vergunning", "omgeslagen boot"),
    ),
    Request(
        9,
        "De komst van een supermarkt aan de rand van Nijeveen (2025): de verkoop van de "
        "gemeentegrond, de wijziging van het omgevingsplan, de zorgen van de dorpswinkel en de "
        "verkeersafwikkeling.",
        ("supermarkt nijeveen", "grondverkoop supermarkt", "omgevingsplan supermarkt"),
    ),
    Request(
        10,
        "De fietsregeling voor medewerkers van de gemeente (2025): de leasefietsen, de "
        "aanmeldingen, de fout in de salarisverwerking en de afspraken bij diefstal.",
        ("fietsregeling medewerkers", "leasefiets", "fietsplan salaris"),
    ),
    Request(
        11,
        "De geluidsoverlast van de padelbanen bij tennisvereniging TC De Kaap (2025): de "
        "klachten van omwonenden, de geluidsmeting, het geluidsscherm en de aangepaste "
        "speeltijden.",
        ("padel geluidsoverlast", "padelbanen klachten", "geluidsscherm padel"),
    ),
    Request(
        12,
        "De verhoging van de onroerendezaakbelasting (ozb) in de begroting 2026 (2025): het "
        "voorstel, de amendementen, de reacties van ondernemers en inwoners en het raadsbesluit.",
        ("ozb verhoging", "onroerendezaakbelasting 2026", "begroting 2026 ozb amendement"),
    ),
)

CHATS = (
    Chat(
        "Buitendienst groen app",
        "ruimte",
        "2025-03-03 07:05",
        ["Harm Lubbers", "Bert Woltman", "Anouk Stoel", "Jelle Mulder"],
        """
A: Moi mannen. Hoogwerker staat vanaf vandaag weer bij de werf
B: Mooi, dan doen we de knotwilgen bij de Reest
~ 2025-03-17
C: Melding van een meneer aan de Stationsweg: die zwarte vogels beginnen weer, om 5 uur wakker van het gekras {1}
A: Roeken. Die zitten daar al jaren, nu in de platanen voor nr 40-60 {1}
C: Hij vraagt of we de nesten weg kunnen halen {1}
A: Mag niet, broedseizoen, beschermde soort. Zonder ontheffing doen we niks {1}
D: Zijn auto zit elke ochtend onder de witte spetters, zegt ie 😂 {1}
~
B: Versnipperaar maakt raar geluid
A: Laat Evert er even naar kijken
~ 2025-04-07
C: Anouk hier: provincie belt terug over de kolonie. Verwijderen kan alleen buiten het broedseizoen en met onderbouwing {1}
A: Dus pas na 15 juli? {1}
C: Na 15 juli en dan alleen de nesten boven de speeltuin, niet de hele boel {1}
~ 2025-04-22
D: Nieuwe aanplant Nieuwveense Landen: 86 bomen staan, allemaal met gietrand {4}
A: Mooi. Als het droog blijft moeten die er elke week 200 liter bij {4}
~ 2025-05-20
B: Al 5 weken geen druppel. De lindes aan de Zuiderweg hangen slap {4}
A: Watertank op de MAN, morgen beginnen bij de nieuwe aanplant {4}
D: Ik ga met de tank, route Nieuwveense Landen - Zuiderweg - Oosterboer {4}
A: Elke boom 2 zakken vol {4}
~
C: Iemand belde: kan ze zelf water geven aan de boom voor haar deur? {4}
A: Ja graag! Zeg maar elke 3 dagen 2 emmers {4}
~ 2025-06-02
D: Tank leeg om 11 uur, bijvullen bij de brandkraan op de werf duurt 40 min {4}
B: Kunnen we niet bij de Drentsche Hoofdvaart oppompen? {4}
A: Zwemwater, mag niet van het waterschap tijdens de droogte. Onttrekkingsverbod {4}
D: Dan 2 ritten per dag, Jelle neemt de middag {4}
~
C: Er is weer een klacht over de vogels bij de speeltuin in het Wilhelminapark. Glijbaan onder de poep {1}
A: Zet er een keer de hogedrukreiniger op, Bert {1}
B: Morgen om 7 {1}
~ 2025-06-23
B: Bij de Havenstraat 4 esdoorns dood. Blad bruin en krakend {4}
A: Foto's maken en op de lijst voor het najaar {4}
D: PHOTO "Boom 12 - Havenstraat - afgestorven - herplant najaar" {4}
~
A: Die verwilderde berm bij de sporthal, wie heeft die?
C: Staat op de lijst van maaibedrijf Zwiers
~ 2025-07-16
C: Ontheffing is binnen! Alleen de 14 nesten boven de speeltuin en het schoolplein, uiterlijk 15 oktober {1}
A: Hoogwerker reserveren dan. Bert, jij en ik, week 38 {1}
B: En de rest van de kolonie? {1}
C: Blijft zitten, advies van de vogelwerkgroep was om ze niet te verjagen anders gaan ze naar de Hoofdstraat {1}
~ 2025-08-11
D: Eindelijk regen, 30 mm vannacht. Tank kan de schuur in {4}
A: Nog niet, de jonge aanplant moet nog 2 weken door {4}
~ 2025-09-15
B: Klaar met de nesten. 14 stuks, de boomverzorger heeft alles gefilmd voor de provincie {1}
A: Netjes {1}
~ 2025-10-06
A: Telling doodgegane bomen na de zomer: 61 stuks, vooral aanplant van 2023 en 2024 {4}
C: Wie betaalt dat, valt dat onder de garantie van de kweker? {4}
A: Alleen de bomen van dit voorjaar, 23 stuks. De rest moeten wij zelf doen {4}
~ 2025-11-17
D: Herplant gestart, Havenstraat klaar. Nu met waterzakken eromheen {4}
A: 👍 {4}
""",
        260,
    ),
    Chat(
        "Team afval en grondstoffen",
        "ruimte",
        "2025-01-06 08:10",
        ["Ria Veenstra", "Theo Krikke", "Saskia de Graaf"],
        """
A: Morgen start Groenvang. Vanaf nu rijden zij de grijze, groene en blauwe bak {2}
B: Routes zijn door hen zelf ingedeeld? {2}
A: Ja, met hun eigen software. Wij hebben alleen de adressenlijst aangeleverd {2}
~
C: KCC heeft al 37 telefoontjes, hele Haveltermade niet geleegd {2}
A: Jezus. Ik bel de planner van Groenvang {2}
B: Ze zijn de Haveltermade gewoon vergeten, zat niet in de route {2}
~
C: Vandaag 112 meldingen via de app "bak staat er nog" {2}
A: Groenvang komt zaterdag extra rijden {2}
~ 2025-01-20
B: Nu de kliko's in Nijeveen ook niet. Papier al 2 keer blijven staan {2}
C: Mensen zetten de dozen er maar naast, nu waait alles de sloot in {2}
A: Gedocumenteerd? Dat wordt een boete, het contract zegt max 0,5% missers {2}
B: Ze zitten op 6% 😬 {2}
~
C: Gaat de kerstboominzameling ook via Groenvang?
A: Nee, dat doen de scouts
~ 2025-02-10
A: Gesprek gehad met de directeur van Groenvang. Ze betalen €18.500 boete over januari {2}
B: Wordt dat verrekend met de factuur? {2}
A: Ja, Saskia zet het in de creditnota {2}
C: Doe ik {2}
~ 2025-03-03
B: Nieuwe route per 1 maart: Haveltermade op dinsdag ipv maandag {2}
C: Moeten alle bewoners dan een nieuwe kalender? {2}
A: Brief + de app wordt aangepast. Communicatie weet ervan {2}
~
C: Milieustraat vraagt om extra containers voor snoeiafval
A: Bestel maar 2 voor april
~ 2025-04-14
C: Meldingen ophalen gemist: week 15 nog maar 9. Het loopt {2}
A: Eindelijk {2}
~ 2025-06-16
B: Hitte, GFT stinkt. Kunnen ze naar wekelijks legen?
A: Nee, staat niet in het contract
~ 2025-09-08
A: Rapport kwartaal 2 van Groenvang: 0,4% gemist, onder de norm {2}
B: Dus geen boete meer {2}
A: Klopt {2}
""",
        220,
    ),
    Chat(
        "Bestuurssecretariaat",
        "bestuur",
        "2025-02-03 08:30",
        ["Marloes Jager", "Dick Boerema", "Femke Oldenburger", "Karin Zwart"],
        """
A: Goedemorgen. Jannie stopt per 1 april, ze gaat naar de provincie. Officieel morgen in de krant {3}
B: Wow. Wie krijgt haar portefeuille? {3}
A: Dat gaat de coalitie nu uitzoeken. Eerst moet er een kandidaat zijn {3}
~
C: De fractie van Meppel Lokaal komt met een naam voor de opvolging, vragen ze wanneer de risicoanalyse kan {3}
A: Ik heb Integis gevraagd, die doen het binnen 3 weken {3}
~ 2025-02-24
A: Kandidaat is Gert-Jan Roelofs uit Hoogeveen, wethouder daar tot 2022 {3}
D: Hoe zit het met zijn nevenfuncties? Hij zit in een woningcorporatie {3}
A: Staat in het rapport. Hij legt die functie neer vóór de installatie {3}
~
B: Wie gaat er naar de VDG-bijeenkomst?
C: Ik
~ 2025-03-13
C: Raad van 27 maart, agenda: benoeming en beëdiging Roelofs. Geloofsbrieven via commissie onderzoek {3}
D: Ambtsketen? Is er geen. Wel een bloemetje {3}
A: Bloemen en een borrel na afloop in de burgerzaal {3}
~ 2025-03-28
A: Nieuwe portefeuilleverdeling: Roelofs krijgt wonen en sociaal domein, Hendriks neemt de economie van Jannie over {3}
B: En de Reestpop-dossiers? {3}
A: Die blijven bij de burgemeester {3}
C: Website en organogram aanpassen, ik zet het door {3}
~
D: Kunnen jullie de agenda van de collegevergadering nalopen?
A: Check
~ 2025-09-22
B: Begroting 2026 komt dinsdag in het college. Er zit een ozb-verhoging van 9% in {12}
C: 9??? Dat gaat schuren in de raad {12}
B: Zonder die verhoging sluit de begroting niet, zegt financiën {12}
~ 2025-10-14
D: Motie en 2 amendementen ingediend op de ozb. VVD wil max 4%, CDA wil bedrijven niet verhogen {12}
A: Wethouder Hendriks vraagt een reactie van het college vóór donderdag {12}
~ 2025-11-07
A: Begroting aangenomen. Amendement VVD verworpen, amendement CDA aangenomen: niet-woningen 5%, woningen 9% {12}
B: Dan moet belastingen de tarieven herberekenen {12}
A: Staat al in hun planning {12}
""",
        220,
    ),
    Chat(
        "ICT servicedesk en informatieveiligheid",
        "bedrijfsvoering",
        "2025-03-10 08:00",
        ["Ruben Dekker", "Yvonne Brink", "Sander Kloosterman"],
        """
A: Er gaat een mail rond "Uw salarisstrook staat klaar - log in via de link". Niet van ons {7}
B: Ik heb er al 5 meldingen van. Afzender lijkt op P&O {7}
C: Link gaat naar een nagemaakte inlogpagina van Microsoft {7}
A: Blokkeren op de mailgateway en een bericht op intranet {7}
~
B: Hoeveel mensen hebben geklikt? {7}
C: Volgens de proxylogs 41 kliks, 9 hebben iets ingevuld {7}
A: Die 9 accounts meteen blokkeren, wachtwoord resetten {7}
C: 2 van die 9 accounts hebben doorgestuurde regels in hun mailbox, naar een gmail {7}
A: Dan moeten we kijken of er persoonsgegevens weg zijn. Ik bel de FG {7}
B: Printer 3e verdieping heeft weer papierstoring
C: Ik stuur iemand
~ 2025-03-12
A: FG zegt: melden bij de AP binnen 72 uur. 1 mailbox had een map met bezwaarschriften {7}
B: Melding gedaan om 16:40, kenmerk staat in de zaak {7}
~ 2025-03-24
C: Voorstel naar de directie: MFA voor alle accounts, ook buiten het netwerk {7}
A: Hoogste tijd. Authenticator-app of sms? {7}
C: App. Sms alleen voor de buitendienst zonder werktelefoon {7}
~ 2025-04-28
B: MFA uitrol week 18 gestart, 300 accounts per dag {7}
C: Servicedesk krijgt veel vragen over de QR-code {7}
A: Zet een filmpje op intranet {7}
~
B: Nieuwe laptops voor de raad komen volgende maand
~ 2025-05-19
C: Laatste 40 accounts zonder 2FA geblokkeerd. Iedereen heeft het nu {7}
A: Mooi. Nu nog die phishing-test in het najaar {7}
~ 2025-10-13
B: Oefenmail gestuurd aan alle medewerkers, 11% klikte, vorig jaar 24% {7}
A: Top {7}
""",
        180,
    ),
    Chat(
        "Team evenementen en vergunningen",
        "veiligheid",
        "2025-02-17 09:00",
        ["Nienke Bakker", "Wim Doornbos", "Rianne Hofman", "Kees Lamberts"],
        """
A: Aanvraag binnen voor een drakenbootfestival op het Meppelerdiep, 21 juni, stichting Drakenboot Meppel {8}
B: Wat is dat, zo'n drakenboot? {8}
A: Lange boten met 20 peddelaars en een trommelaar. Bedrijventeams racen tegen elkaar {8}
C: Dan moeten Rijkswaterstaat en de provincie (vaarweg) erbij. En de hulpdiensten op het water {8}
~
D: Omgevingsvergunning padelbanen TC De Kaap, 3 banen naast de tennisbanen. Geen bezwaren binnen {11}
B: Heeft de akoestisch adviseur naar de woningen aan de Kaapweg gekeken? {11}
D: Er zit een rapport bij, zou binnen de norm blijven {11}
~ 2025-03-24
A: Veiligheidsplan drakenboot binnen. Reddingsbrigade met 2 boten, iedereen een zwemvest {8}
C: Vaarweg dicht tussen 9 en 18, de beroepsvaart moet wachten {8}
A: Zit in de vaarwegontheffing van de provincie {8}
~
B: Wie heeft de sleutel van de archiefkast?
D: Ligt bij de receptie
~ 2025-05-12
A: Vergunning drakenbootfestival verleend. Podium op de Stoombootkade, tap tot 22 uur {8}
D: Toevallig weet iemand of dat drijvend podium van de stichting of van de gemeente is? {8}
A: Van de stichting, gehuurd in Zwolle {8}
~ 2025-06-21
C: Boot van team Autobedrijf Veen is omgeslagen bij de start. Iedereen eruit, 1 persoon onderkoeld naar het ziekenhuis {8}
A: Shit. Reddingsbrigade was er snel? {8}
C: Binnen 1 minuut. Organisatie laat nu bij elke start een boot van de brigade meevaren {8}
~
B: Melding van de politie: festival is om 22:05 netjes afgesloten {8}
~ 2025-07-07
D: Nu klachten over de padel. Bewoners Kaapweg: tok tok tok van 8 uur 's ochtends tot 11 uur 's avonds {11}
B: Het rapport zei toch binnen de norm? {11}
D: Dat gold voor het gemiddelde. Die piekgeluiden van de ballen zijn het probleem {11}
~ 2025-07-21
A: Evaluatie drakenboot met de stichting en de hulpdiensten op 3 sept {8}
~ 2025-09-03
A: Evaluatie: volgend jaar minder teams per race, start verder van de kade, ehbo-post op het water {8}
C: En de omgeslagen boot, was dat de stuurman? {8}
A: Te zwaar beladen, 2 te veel mensen. Volgend jaar weging vooraf {8}
~ 2025-09-15
D: Handhaving heeft TC De Kaap gevraagd de openingstijden van de padel aan te passen. Reactie binnen 2 weken {11}
""",
        220,
    ),
    Chat(
        "Team inkomen en minima",
        "samenleving",
        "2025-01-08 08:45",
        ["Ilse Koster", "Mohammed El Amrani", "Petra Wever"],
        """
A: De Meppeler Pas heet vanaf 1 maart Meedoenpas. Nieuwe leverancier, pasjes via de app {6}
B: En de mensen die geen smartphone hebben? {6}
A: Die krijgen een plastic pas, kost ons €3 per stuk {6}
~
C: Wie heeft de cijfers bijzondere bijstand over december?
B: Ik, stuur ik vanmiddag
~ 2025-02-26
B: Brieven voor de meedoen-pas zijn de deur uit, 2.340 huishoudens {6}
C: Aanvragen lopen via het formulier of via de balie {6}
~ 2025-03-11
C: Telefoon staat roodgloeiend. Mensen hebben de pas maar er staat €0 op {6}
A: Hoeveel? {6}
C: Tot nu toe 160 meldingen {6}
B: Bij de leverancier zijn alle kinderen van 12-17 verkeerd ingelezen, daardoor geen saldo op het kindbudget {6}
~
A: Leverancier belt terug: het tegoed komt er vrijdag op. Ze sturen zelf een sms {6}
C: Kunnen we ook een bericht op de site? {6}
A: Ja, tekst komt zo {6}
~
B: Werkbezoek Voedselbank staat op donderdag
~ 2025-03-17
C: Nog steeds 40 huishoudens zonder saldo {6}
A: Lijst naar de leverancier, handmatig ophogen {6}
~ 2025-04-02
A: Gesprek met leverancier: ze compenseren de kosten van de extra brieven en geven 1 maand gratis licentie {6}
B: En een boeteclausule in het nieuwe contract? {6}
A: Staat op de agenda voor de verlenging {6}
~ 2025-06-30
B: Aantal aanvragen meedoenpas is 2.910, meer dan verwacht {6}
C: Budget? {6}
B: Krap. Mogelijk een overschrijding van €60k {6}
~ 2025-09-29
A: Raad neemt de overschrijding mee in de najaarsnota {6}
""",
        180,
    ),
    Chat(
        "P&O app",
        "bedrijfsvoering",
        "2025-01-13 08:20",
        ["Joke Hulshof", "Bas Verhoef", "Lotte Schipper"],
        """
A: Voorstel OR: een fiets van de zaak, via bruto-netto ruil, max €2.500 {10}
B: Net als bij Westerveld? {10}
A: Ja, leasecontract van 3 jaar via Lease a Bike, verzekering zit erin {10}
~ 2025-02-05
C: Hoe zit het met elektrische fietsen? {10}
A: Ook. En speedpedelecs tot €4.000 {10}
~
B: Vacatures voor de buitendienst staan online
~ 2025-03-03
A: Fietsregeling open voor aanmelding! Bericht op intranet {10}
C: Al 64 aanmeldingen in 1 dag 😮 {10}
~ 2025-04-25
B: Salarisadministratie meldt: bij 58 mensen is de bijtelling voor de fiets dubbel ingehouden in april {10}
A: Au. Hoeveel per persoon? {10}
B: Tussen €25 en €60 netto {10}
A: Correctie in mei en een excuusmail {10}
~ 2025-05-26
C: Correctie is verwerkt op de strook van mei {10}
~
A: Iemand heeft zijn e-bike laten jatten bij het station, nu? {10}
B: Eigen risico €150, de lease loopt door. Eerst aangifte bij de politie {10}
C: Dat moet ook in de regeling zelf staan, staat er nu niet in {10}
A: Neem ik mee in de update {10}
~ 2025-06-16
A: Regeling aangepast: diefstal, eigen risico en beëindiging bij uit dienst {10}
~
B: BHV-herhaling voor de nieuwe ploeg?
A: Oktober
~ 2025-11-03
C: Tweede ronde fietsplan in januari. Al 20 vragen {10}
""",
        150,
    ),
    Chat(
        "Team wonen",
        "ruimte",
        "2025-01-20 09:10",
        ["Hilde Prakken", "Erik van Dam", "Nathalie Bos", "Frits Zuidema"],
        """
A: Taakstelling statushouders 2025 = 98 mensen. Woonstichting heeft niet genoeg woningen {5}
B: Dus de flexwoningen zijn nu echt nodig {5}
A: Locatie Blankensteinweg, naast het voetbalveld. 48 units, voor statushouders en spoedzoekers {5}
~
C: Spoedzoekers is een breed begrip, wie zijn dat? {5}
A: Mensen na een scheiding, jongeren uit de jeugdzorg, mensen die uit de maatschappelijke opvang komen {5}
~ 2025-02-18
D: Bewonersavond 6 maart in De Plataan. Uitnodiging naar 300 adressen {5}
~
B: Wie regelt de huurtoeslag-voorlichting?
C: Stichting Wonen Meppel
~ 2025-03-07
D: Bewonersavond was pittig. 120 man, veel zorgen over veiligheid en parkeren {5}
A: Wat zeiden ze precies? {5}
D: Waarom bij ons, hoe lang blijven ze staan, en wie is er beheerder {5}
A: 15 jaar, en Woonstichting is beheerder met een huismeester {5}
~ 2025-05-06
C: 23 zienswijzen binnen tegen het plan {5}
B: Voor de tijdelijke omgevingsvergunning? {5}
C: Ja, buitenplanse omgevingsplanactiviteit voor 15 jaar {5}
~ 2025-07-14
C: Vergunning verleend, 4 zienswijzen gedeeltelijk overgenomen: extra bomen en hekwerk langs het speelveld {5}
D: Bezwaar verwacht? {5}
C: Een bewonersgroep heeft al een advocaat {5}
~ 2025-09-22
A: De eerste 24 units zijn geplaatst, met een kraan van 200 ton, in 2 dagen {5}
B: Bewoners kunnen in november erin {5}
~ 2025-11-24
A: Sleutels uitgereikt, 31 statushouders en 12 spoedzoekers {5}
D: Eindelijk 🙌 {5}
""",
        170,
    ),
    Chat(
        "Economie en ruimtelijke ontwikkeling",
        "ruimte",
        "2025-01-27 08:40",
        ["Sjoerd Meijer", "Carla Smit", "Gijs van der Veen"],
        """
A: Plus heeft interesse in het weiland aan de Havelterweg in Nijeveen, bij de rotonde. Eigendom gemeente {9}
B: Hoeveel m2? {9}
A: 6.000 m2. Winkel van 1.800 m2 bvo met parkeren {9}
C: Dan moet het omgevingsplan worden gewijzigd, is nu agrarisch {9}
~
B: Vergeet de dorpswinkel niet, Spar Nijeveen. Die is er echt bang voor {9}
A: Gesprek plannen, ook met Plaatselijk Belang {9}
~ 2025-03-04
C: Spar zegt: als de Plus er komt zijn wij weg binnen 2 jaar. Vraagt om een distributieplanologisch onderzoek {9}
A: DPO laten we doen door Bureau Stedelijk {9}
~ 2025-04-15
B: DPO klaar: ruimte voor 1 supermarkt erbij, effect op de Spar beperkt volgens hen {9}
C: Spar gaat het rapport aanvechten {9}
~
A: Wie gaat er naar de BIZ-vergadering?
B: Ik
~ 2025-06-10
A: Taxatie grond: €145 per m2. Plus biedt €120 {9}
B: Raad moet instemmen met de grondverkoop onder de taxatiewaarde? {9}
A: Nee, we gaan niet onder de taxatie. Onderhandelen {9}
~ 2025-07-01
C: Verkeerskundige: 1.100 autobewegingen per dag extra op de Havelterweg, linksaf-vak nodig {9}
A: Wie betaalt het linksaf-vak? {9}
C: In de anterieure overeenkomst bij de ontwikkelaar leggen {9}
~ 2025-10-20
A: Koopovereenkomst getekend voor €141 per m2, onder voorbehoud van het omgevingsplan {9}
B: Ontwerp-wijziging ligt vanaf 1 nov 6 weken ter inzage {9}
""",
        170,
    ),
    Chat(
        "Team communicatie",
        "bestuur",
        "2025-01-07 08:00",
        ["Esther Kuipers", "Tom Hendriks", "Mirjam Visser", "Daan Everts"],
        """
A: Groenvang start vandaag, de afvalwijzer is aangepast 👍 {2}
~
B: Facebook loopt vol: "mijn bak staat er nog" {2}
A: Standaardantwoord: melden via de app, wordt binnen 2 dagen alsnog geleegd {2}
C: Mensen zijn boos, ze vinden dat we het slecht geregeld hebben {2}
~
D: Persbericht nieuwe wethouder klaar voor akkoord {3}
A: Zit de quote van de burgemeester erin? {3}
D: Ja. En een foto van de beëdiging komt na de raad {3}
~ 2025-03-12
C: Intranetbericht over die nepmail. Titel "Klik niet op de link in de mail over je salarisstrook" {7}
A: Akkoord {7}
~
B: Video van de nieuwe website klaar?
C: Bijna
~ 2025-04-17
D: Flyer voor de flexwoningen: vraag en antwoord over wie er komen wonen {5}
A: Let op je woorden, geen "asielzoekers", het zijn statushouders met een verblijfsvergunning {5}
~ 2025-05-28
B: Social: oproep "Geef de boom voor je deur water" met filmpje van Jelle bij de tank {4}
A: Leuk idee, 2 emmers per week {4}
~ 2025-06-18
C: Drakenboot zaterdag, wij maken foto's voor insta {8}
~ 2025-06-22
B: Vragen van de Meppeler Courant over de boot die kapseisde zaterdag {8}
A: Antwoord via de organisator, niet via ons. Wij bevestigen alleen de inzet van de hulpdiensten {8}
~
D: Wie doet de stand bij de open dag?
B: Ik en Mirjam
~ 2025-07-10
A: Roeken op de Meppeler Courant-site. "Gemeente laat kolonie zitten." Reactie? {1}
C: Kern: beschermd, we halen in het najaar alleen de nesten boven de speeltuin weg met ontheffing {1}
~ 2025-09-23
D: Nieuws van de begroting: lastenverhoging ozb. Hoe brengen we dat? {12}
A: Eerlijk: zonder verhoging moeten we bezuinigen op het zwembad en de bibliotheek {12}
~ 2025-11-07
D: Bericht na de raad: ozb woningen +9%, bedrijven +5%. Rekenvoorbeeld voor een huis van €350.000 {12}
A: Dat is €38 per jaar? {12}
D: €41 {12}
""",
        260,
    ),
    Chat(
        "Team financiën en belastingen",
        "bedrijfsvoering",
        "2025-04-07 08:15",
        ["Rik Hoogeveen", "Martine Postma", "Leon Brouwer"],
        """
A: Kaderbrief 2026: gat van €2,4 mln. Opties: bezuinigen of lasten {12}
B: Elke procent onroerende zaakbelasting is €110k {12}
~
C: Wie heeft de sleutel van het kasboek bij burgerzaken?
A: Martine
~ 2025-05-06
B: P&O vraagt om een kostenraming voor de fietsregeling, de ruil kost ons werkgeverslasten {10}
A: Ongeveer €8.000 per jaar voordeel door de werkkostenregeling, geen kosten {10}
~ 2025-09-15
A: Begroting 2026 af. Ozb-stijging 9%, tarieven per WOZ-waarde in bijlage 4 {12}
C: Cijfers voor de vergelijking met Steenwijkerland en Westerveld? {12}
A: Wij blijven na de verhoging onder het Drentse gemiddelde {12}
~ 2025-10-15
C: Amendement CDA: niet-woningen maar 5%. Dekking? {12}
B: €180k minder. Dekking uit de algemene reserve voor 1 jaar {12}
~ 2025-11-10
B: Tarievenverordening 2026 aangepast na het raadsbesluit, voor de raad van december {12}
A: Aanslagen februari, dan moet het er in december door {12}
""",
        150,
    ),
    Chat(
        "Boa's en handhaving",
        "veiligheid",
        "2025-03-03 07:45",
        ["Jeroen Kamps", "Lisa Bouwman", "Ahmet Yilmaz"],
        """
A: Dienst vanavond: Wilhelminapark, lachgas controleren
B: Ik ben erbij
~ 2025-03-19
C: Kwam een mevrouw naar ons toe bij het park, of we "die herrie van die kraaien" konden oplossen {1}
A: Doorverwezen naar de groenafdeling? {1}
C: Ja, melding gemaakt {1}
~ 2025-07-08
A: Ronde langs TC De Kaap gedaan om 22:45. Nog 2 banen in gebruik, met licht {11}
B: Wat zegt de vergunning over tijden? {11}
A: Niets over de padel, wel 23 uur voor de kantine {11}
~ 2025-07-22
C: Weer een klacht over de padelbaan, nu om 7:30 op zondag {11}
B: Ik ga er met de milieuafdeling heen voor een meting {11}
~ 2025-08-05
B: Geluidsmeting met de buitendienst van de RUD: pieken tot 72 dB op de gevel. Norm is 70 {11}
A: Dan is er een overtreding {11}
~
A: Vrijdag fietscontrole bij het station
~ 2025-10-01
B: TC De Kaap heeft besloten: padel van 9 tot 22 uur, zondag vanaf 10 uur. En een scherm aan de kant van de Kaapweg {11}
C: Een akoestisch scherm? Hoe hoog? {11}
B: 4 meter, met absorberende panelen. Bouwen ze in de winter {11}
""",
        200,
    ),
    Chat(
        "Melding Stationsweg vogels",
        "ruimte",
        "2025-03-18 06:12",
        ["Dhr. Wessels (bewoner)", "Anouk Stoel"],
        """
A: Goedemorgen, ik heb gisteren gebeld. Het is weer begonnen hier, vanaf kwart over 5 {1}
B: Goedemorgen meneer Wessels, ik heb uw melding. Het gaat om de bomen voor uw huis? {1}
A: Ja, de hele rij. Het zijn er honderden. Mijn vrouw slaapt met oordoppen {1}
A: En de stoep is één witte vlek {1}
B: Ik begrijp het. Het zijn beschermde vogels, we mogen nu in het broedseizoen niets doen {1}
A: Dus wij moeten het maar accepteren? {1}
B: We vragen een ontheffing aan om in het najaar een deel van de nesten weg te halen. Ik houd u op de hoogte {1}
~ 2025-07-17
B: Meneer Wessels, de ontheffing is verleend voor de nesten boven de speeltuin en het schoolplein. Helaas niet voor uw straat {1}
A: Teleurstellend. Dan ga ik een handtekeningenlijst rondbrengen {1}
~ 2025-07-28
A: PHOTO "Roeken weg uit de Stationsweg! 87 handtekeningen" {1}
B: Dank u, ik geef het door aan de wethouder {1}
""",
        22,
    ),
    Chat(
        "Vogelwerkgroep Meppel",
        "ruimte",
        "2025-04-01 19:30",
        ["Anouk Stoel", "Vogelwerkgroep - Hennie Dekker"],
        """
A: Hennie, we krijgen veel klachten van de kolonie aan de Stationsweg. Wat raden jullie aan? {1}
B: Dit voorjaar geteld: 312 nesten, 40 meer dan vorig jaar {1}
B: Niet verstoren. Als je ze verjaagt splitsen ze op en zitten ze straks op 5 plekken in de stad {1}
A: En een paar nesten weghalen boven de speeltuin? {1}
B: Dat kan, na het broeden. Het liefst de nesten laten liggen tot half september {1}
A: Mag ik jullie advies meesturen met de aanvraag bij de provincie? {1}
B: Ja, ik mail het rapportje {1}
~
B: Voor de volledigheid: het zijn roeken, geen kraaien. Mensen halen die steeds door elkaar {1}
""",
        16,
    ),
    Chat(
        "Contractmanagement Groenvang",
        "ruimte",
        "2025-01-08 10:00",
        ["Ria Veenstra", "Groenvang - Martijn Oosting"],
        """
A: Martijn, gisteren zijn 2.100 adressen overgeslagen. Wat is er gebeurd? {2}
B: Ons routeprogramma had een fout in de import van de postcodes 7943. Excuses {2}
A: Wanneer worden ze alsnog geleegd? {2}
B: Vandaag en morgen extra wagens. Zaterdag alles bij {2}
~ 2025-01-21
A: Nu Nijeveen. Blauwe bak 2 keer niet {2}
B: Chauffeur was ziek en de invaller kende de route niet {2}
A: Dit kan niet nog een keer. Ik ga de boeteclausule toepassen {2}
B: Begrijpelijk. Kunnen we het in een gesprek bespreken? {2}
~ 2025-02-07
A: Overzicht missers januari: 6,1% van de ledigingen. Boete volgens artikel 14 is €18.500 {2}
B: We gaan akkoord, zonder discussie {2}
~ 2025-02-25
B: Nieuwe routes per 1 maart, met een extra wagen op maandag {2}
A: Goed, dan communiceren wij de nieuwe ophaaldagen {2}
""",
        20,
    ),
    Chat(
        "Wijkraad Haveltermade",
        "samenleving",
        "2025-01-09 20:15",
        ["Wijkraad - Gerda Vos", "Wijkraad - Henk Sloots", "Esther Kuipers"],
        """
A: Esther, de hele wijk staat vol met volle kliko's, al 3 dagen {2}
C: Weet ik Gerda, sorry. Zaterdag komt er een extra ronde {2}
B: Bij ons in de straat zijn de katten al bij de zakken naast de bak {2}
A: Wie betaalt dit eigenlijk? {2}
C: De inzamelaar zelf, het is hun fout {2}
~
B: Zaterdag om 14u nog steeds niks {2}
C: Ik heb het doorgezet, ze komen nog vanavond {2}
B: Om 19u geweest. Eindelijk {2}
~ 2025-03-04
A: Nu is het dinsdag geworden, hoe weten de ouderen dat? {2}
C: Iedereen krijgt een brief en de kalender. Wijkraad kan helpen met flyers? {2}
A: Doen we {2}
""",
        18,
    ),
    Chat(
        "Coalitieoverleg",
        "bestuur",
        "2025-02-04 21:30",
        [
            "Fractievoorzitter Meppel Lokaal - Annet",
            "Fractievoorzitter CDA - Pieter",
            "Fractievoorzitter PvdA - Wouter",
        ],
        """
A: Jannie gaat dus echt. Wij willen de zetel houden, we komen met iemand {3}
B: Akkoord, het is jullie plek volgens het coalitieakkoord {3}
C: Wel iemand van buiten de raad? {3}
A: Waarschijnlijk wel, we zijn aan het bellen {3}
~ 2025-02-20
A: We hebben een kandidaat. Ervaren, uit Hoogeveen. Naam na de screening {3}
B: Welk bureau doet die? {3}
A: Integis, via de burgemeester {3}
~ 2025-03-10
A: Rapport is schoon, 1 aandachtspunt over zijn commissariaat. Dat legt hij neer {3}
C: Prima. Portefeuilles? {3}
A: Hij neemt wonen en zorg, Harry wil de economie erbij {3}
B: Akkoord {3}
C: Akkoord {3}
""",
        14,
    ),
    Chat(
        "Risicoanalyse kandidaat",
        "bestuur",
        "2025-02-21 09:05",
        ["Burgemeester - Richard", "Integis - Monique"],
        """
A: Monique, kunnen jullie een integriteitstoets doen voor een wethouderskandidaat? Graag voor 15 maart {3}
B: Dat lukt. We hebben een VOG, de verklaring nevenfuncties en een gesprek nodig {3}
A: Hij levert het deze week aan {3}
~ 2025-03-07
B: Rapportage verstuurd in een beveiligde mail {3}
A: Gelezen. Eén risico, de RvC-functie bij de corporatie. Hij stopt daarmee {3}
B: Dan is het risico beheersbaar, zo staat het ook in de conclusie {3}
A: Dank, ik neem het op in de brief aan de raad {3}
""",
        12,
    ),
    Chat(
        "Buurtapp Oosterboer Zuid",
        "samenleving",
        "2025-05-29 18:40",
        ["Willemien Dekker", "Kees Jonker", "Tineke Meinders", "Anouk Stoel"],
        """
A: Die jonge lindes bij het speelveld zien er slecht uit, blaadjes helemaal bruin {4}
B: Gemeente komt maar 1x per week langs met de tankwagen, is te weinig {4}
C: Ik heb gisteren 3 emmers gegeven, bij nr 22 ook {4}
A: Zullen we een rooster maken? Elke avond iemand {4}
B: Goed plan, ik doe maandag {4}
C: Dinsdag {4}
A: Woensdag {4}
D: Wat fijn dat jullie dit doen! Ik stuur jullie een paar waterzakken, die lopen langzaam leeg {4}
~ 2025-06-20
B: Zakken zijn gebracht, 8 stuks 👍 {4}
A: Ook eentje voor de esdoorn bij de bushalte? {4}
D: Ik stuur er nog 2 {4}
~ 2025-08-29
C: Eentje is toch doodgegaan, die bij het hek {4}
D: Komt in november een nieuwe {4}
~
A: Iemand een ladder te leen?
""",
        22,
    ),
    Chat(
        "Kwekerij garantie aanplant",
        "ruimte",
        "2025-09-30 10:20",
        ["Harm Lubbers", "Boomkwekerij Ebben - Ruud"],
        """
A: Ruud, van de levering van februari staan er 23 dood. Nieuwveense Landen en de Zuiderweg {4}
B: Zijn ze water gegeven deze zomer? {4}
A: Elke week 200 liter, logboek van de tankwagen heb ik {4}
B: Stuur maar. Dan vallen ze onder de aanslaggarantie {4}
~ 2025-10-08
B: Akkoord voor 23 stuks, zelfde maat 16-18. Levering week 46 {4}
A: En de 38 van 2023-2024? Die moeten we zelf kopen, kun je een prijs geven? {4}
B: Offerte volgt {4}
~ 2025-10-20
B: Offerte: 38 bomen €11.970 inclusief boompalen {4}
A: Akkoord {4}
""",
        14,
    ),
    Chat(
        "Woonstichting flexunits",
        "ruimte",
        "2025-01-23 11:00",
        ["Hilde Prakken", "Woonstichting - Geert"],
        """
A: Geert, de raad heeft het krediet voor de flexunits goedgekeurd. Kunnen jullie in maart bestellen? {5}
B: Ja, levertijd 5 maanden. Leverancier in Twente {5}
A: Toewijzing: 2/3 voor vergunninghouders, 1/3 spoedzoekers {5}
B: Dat moet in de huisvestingsverordening, urgentie {5}
~ 2025-05-07
B: Fundering kan niet voordat de vergunning onherroepelijk is? {5}
A: Wel, maar op eigen risico {5}
B: Dan wachten we {5}
~ 2025-09-10
B: Eerste trailers komen maandag, kraan staat er zondag {5}
A: Ik laat de buren een brief krijgen {5}
~ 2025-11-20
B: Huismeester begint 1 december, hij zit op het kantoortje bij unit 1 {5}
""",
        16,
    ),
    Chat(
        "Buurt Blankenstein",
        "samenleving",
        "2025-02-20 21:10",
        ["Ans Hulst", "Rob Kuiper", "Jolanda Brink"],
        """
A: Hebben jullie de brief gehad? 48 woonunits op het veldje naast de voetbal {5}
B: Ja. En dan 15 jaar?? Dat is niet tijdelijk {5}
C: Wie komen daar te wonen? {5}
A: Statushouders en "spoedzoekers" {5}
~ 2025-03-06
B: Ik ben naar die avond geweest. Veel boze mensen. Het plan staat al vast, zeggen ze {5}
C: We kunnen een zienswijze indienen {5}
A: Ik schrijf er eentje, wie tekent mee? {5}
C: Ik {5}
B: Ik ook, maar wel netjes houden, geen gedoe over wie er komt {5}
~ 2025-07-16
A: Vergunning is erdoor. Wel extra bomen en een hek. Rob, ga jij nog naar de rechter? {5}
B: Ik heb een advocaat gesproken, kans is klein. Ik laat het zitten {5}
""",
        18,
    ),
    Chat(
        "Leverancier pas minima",
        "samenleving",
        "2025-03-11 09:20",
        ["Ilse Koster", "CityPass - Jorien"],
        """
A: Jorien, veel inwoners zien €0 op hun pas terwijl ze zijn goedgekeurd {6}
B: Ik zoek het uit {6}
B: Gevonden. In het bestand van jullie stonden kinderen met een geboortedatum in dd-mm-jj, wij lezen jjjj {6}
A: Het is jullie import, jullie hebben het formaat zelf opgegeven {6}
B: Klopt, onze fout. Vrijdag staat het kindtegoed erop {6}
~ 2025-03-18
A: Nog 40 gezinnen zonder tegoed, lijst in de beveiligde map {6}
B: Vandaag handmatig, uiterlijk 16:00 {6}
~ 2025-04-02
B: Als excuus: de licentie van april gratis en de extra portokosten voor onze rekening {6}
A: Dank, ik leg het vast in een brief {6}
""",
        14,
    ),
    Chat(
        "Humanitas thuisadministratie",
        "samenleving",
        "2025-03-12 13:00",
        ["Humanitas - Ellie", "Mohammed El Amrani"],
        """
A: Mohammed, 6 van mijn gezinnen hebben geen geld op hun pasje. Ze wilden de zwemles betalen {6}
B: Bekend probleem, ligt bij de leverancier. Vrijdag staat het er. De zwemles mag wachten met betalen {6}
A: Kun je dat zwembad laten weten? {6}
B: Ik bel De Bosbad {6}
~
A: Alles staat erop nu, dank {6}
""",
        10,
    ),
    Chat(
        "FG en informatiebeveiliging",
        "bedrijfsvoering",
        "2025-03-11 15:10",
        ["Ruben Dekker", "FG - Anja Roelofsen"],
        """
A: Anja, 2 van de gephishte accounts hebben mail doorgestuurd naar een extern adres. In 1 mailbox zaten bezwaarschriften met BSN {7}
B: Hoeveel mensen? {7}
A: 63 bezwaarmakers {7}
B: Meldplichtig. Ik maak de melding bij de AP, jij stuurt me de tijdlijn {7}
A: Tijdlijn in de zaak {7}
~ 2025-03-20
B: Brief aan de 63 betrokkenen is akkoord. Wel telefoonnummer van de FG erin {7}
~ 2025-06-05
B: AP sluit de melding, geen verdere actie, wel gewezen op MFA {7}
A: Die hebben we nu sinds mei {7}
""",
        14,
    ),
    Chat(
        "Gemeentesecretaris incidenten",
        "bestuur",
        "2025-03-10 10:40",
        ["Gemeentesecretaris - Hanneke", "Ruben Dekker"],
        """
A: Ruben, ik hoor dat er een gevaarlijke mail rondgaat? {7}
B: Phising-mail die lijkt op een salarisstrook. Een handvol collega's heeft hun wachtwoord ingevuld {7}
A: Heb ik die ook gekregen? Ik heb hem niet geopend {7}
B: Alle medewerkers. Weggooien {7}
~ 2025-03-13
A: Kun je het voor het MT samenvatten? Wat ging mis, wat gaan we doen {7}
B: 1 pagina, vóór maandag {7}
~ 2025-03-17
A: MT besluit: 2FA voor iedereen vóór 1 juni, en jaarlijks een oefenmail {7}
B: 👍 {7}
""",
        12,
    ),
    Chat(
        "Stichting Drakenboot Meppel",
        "veiligheid",
        "2025-01-30 17:00",
        ["Stichting Drakenboot - Mark", "Nienke Bakker"],
        """
A: Hoi Nienke, wij willen op 21 juni een dragonboat-race houden op het diep, 24 teams. Kan dat? {8}
B: In principe wel. Ik heb een aanvraag evenementenvergunning nodig, uiterlijk 12 weken vooraf {8}
A: Wat moet er bij? {8}
B: Situatietekening, veiligheidsplan, en toestemming van de vaarwegbeheerder {8}
~ 2025-05-13
A: Vergunning binnen, top! Wel veel voorwaarden 😅 {8}
B: Vooral het zwemvest voor iedereen. Ook voor de trommelaar {8}
~ 2025-06-21
A: Het was geweldig, op dat ene incident na {8}
B: Hoe is het met de man die onderkoeld was? {8}
A: Thuis, gaat goed {8}
""",
        14,
    ),
    Chat(
        "Reddingsbrigade Meppel",
        "veiligheid",
        "2025-06-21 10:15",
        ["Reddingsbrigade - Sven", "Nienke Bakker", "Kees Lamberts"],
        """
A: Boot 7 is gekapseisd bij de startlijn. 21 man in het water {8}
C: Iedereen eruit? {8}
A: Ja, 1 man onderkoeld, ambulance is gebeld {8}
B: Race stilleggen? {8}
A: 20 min pauze, dan verder {8}
~
A: Rapportje: de boot was overbeladen en maakte water voor de start {8}
B: Dank, gaat mee in de evaluatie {8}
""",
        10,
    ),
    Chat(
        "Plaatselijk Belang Nijeveen",
        "ruimte",
        "2025-02-11 19:45",
        ["Plaatselijk Belang - Roelie", "Sjoerd Meijer"],
        """
A: Sjoerd, klopt het dat er een grote super komt bij de rotonde? Het hele dorp praat erover {9}
B: Er is interesse van een partij, er is nog niks besloten {9}
A: De Spar is ons hart. Als die weggaat is het centrum dood {9}
B: Daarom laten we eerst onderzoeken wat het effect is {9}
~ 2025-04-22
A: We hebben het rapport gelezen. We geloven er niks van {9}
B: Jullie kunnen een zienswijze indienen als het plan ter inzage ligt {9}
~ 2025-07-02
A: En het verkeer? Die rotonde zit 's ochtends nu al vast met de schoolkinderen {9}
B: Er komt een opstelvak en een fietsoversteek met middengeleider {9}
~ 2025-11-03
A: Ligt ter inzage zie ik. Wij dienen een zienswijze in, met 400 handtekeningen {9}
""",
        16,
    ),
    Chat(
        "Vastgoed Plus Noord",
        "ruimte",
        "2025-05-20 14:00",
        ["Plus Vastgoed - Robert", "Sjoerd Meijer"],
        """
A: Ons bod op de kavel Havelterweg: €120 per m2 {9}
B: Onder de taxatie, daar gaat het college niet mee akkoord {9}
A: We dragen ook het opstelvak en de riolering {9}
B: Dat is toch al zo in de anterieure overeenkomst {9}
~ 2025-09-30
A: Laatste bod €141 {9}
B: Ik leg het voor aan de wethouder {9}
~ 2025-10-02
B: Akkoord {9}
A: 🤝 {9}
""",
        12,
    ),
    Chat(
        "OR agendacommissie",
        "bedrijfsvoering",
        "2025-01-29 12:00",
        ["OR - Gea Timmermans", "OR - Johan Eefting", "Joke Hulshof"],
        """
A: Instemmingsverzoek fietsregeling staat op 12 februari {10}
B: Wij willen dat ook de parttimers meedoen, niet alleen vanaf 24 uur {10}
C: Dat kan. Ik pas het aan {10}
~ 2025-02-12
A: OR stemt in, met de opmerking over diefstal en verzekering {10}
~ 2025-04-28
B: Krijg veel vragen van collega's: mijn netto is lager deze maand?! {10}
C: Fout bij de salarisadministratie, wordt in mei gecorrigeerd {10}
B: Hoeveel mensen? {10}
C: 58 {10}
""",
        14,
    ),
    Chat(
        "Lease a Bike accountmanager",
        "bedrijfsvoering",
        "2025-03-05 10:30",
        ["Joke Hulshof", "Lease a Bike - Frank"],
        """
A: Frank, we zitten na 3 dagen op 97 aanvragen. Kunnen de dealers dat aan? {10}
B: Ja, 4 dealers in Meppel doen mee. Levertijd e-bikes wel 6 weken {10}
~ 2025-05-27
A: Een medewerker meldt een gestolen fiets. Hoe gaat dat? {10}
B: Aangifte uploaden in de portal, €150 eigen risico, binnen 2 weken een nieuwe {10}
A: En als hij uit dienst gaat? {10}
B: Dan afkopen of inleveren {10}
""",
        10,
    ),
    Chat(
        "Bestuur TC De Kaap",
        "samenleving",
        "2025-07-09 20:00",
        ["TC De Kaap - voorzitter Marcel", "TC De Kaap - Ingrid", "Kees Lamberts"],
        """
C: Marcel, we krijgen klachten van de buren over het geluid van de padel {11}
A: We zijn er van geschrokken. De banen zitten vol, elke dag {11}
B: Bij andere clubs hebben ze schermen, kost wel €40k {11}
C: Kunnen jullie de tijden beperken tot de meting er is? {11}
A: Vanaf nu tot 22 uur {11}
~ 2025-08-07
C: Meting is gedaan, 2 dB boven de norm. We moeten iets {11}
A: We vragen subsidie aan voor de geluidswand {11}
~ 2025-09-25
A: ALV heeft ingestemd: scherm van 4m en tijden 9-22, zondag vanaf 10 {11}
C: Ik stuur het door naar handhaving en de buren {11}
""",
        16,
    ),
    Chat(
        "Kaapweg bewoners",
        "samenleving",
        "2025-06-30 22:40",
        ["Bea Wolters", "Harry Moes", "Sietse Kamp"],
        """
A: Zijn jullie ook gek geworden van dat getok? Nu om kwart voor 11 nog {11}
B: Ja! Het is net een pingpongbal tegen je raam {11}
C: Ik heb een melding gedaan bij de gemeente {11}
A: Ik ook. En de vereniging gemaild {11}
~ 2025-08-06
B: Er waren mensen van de gemeente met een microfoon op een statief in mijn tuin {11}
~ 2025-10-02
C: Club gaat een wand bouwen en ze stoppen om 10 uur 's avonds. We hebben het gewonnen 😄 {11}
A: Eerst zien dan geloven {11}
""",
        14,
    ),
    Chat(
        "Ondernemersvereniging Meppel",
        "bestuur",
        "2025-09-24 08:50",
        ["OVM - voorzitter Hans", "Wethouder Hendriks"],
        """
A: Harry, 9% extra OZB voor de ondernemers? Dat valt heel slecht bij onze leden {12}
B: Begrijp ik. We hebben een gat van 2,4 miljoen {12}
A: De winkeliers hebben net de BIZ-bijdrage erbij gekregen. Stapelen {12}
B: Kom donderdag langs, dan kijken we samen naar de cijfers {12}
~ 2025-10-16
A: We hebben de raadsfracties een brief gestuurd, wij willen max 4% voor niet-woningen {12}
~ 2025-11-07
A: 5 ipv 9. Niet wat we wilden maar beter dan niks {12}
""",
        10,
    ),
    Chat(
        "Griffie amendementen",
        "bestuur",
        "2025-10-09 11:00",
        ["Griffier - Jolien", "Raadslid VVD - Marco", "Raadslid CDA - Bernadette"],
        """
B: Jolien, kun je helpen met een amendement op de begroting? Verhoging onroerende-zaakbelastingen maximaal 4% {12}
A: Zeker. Dekking? {12}
B: Bezuiniging op inhuur {12}
C: Wij doen een apart amendement: alleen de niet-woningen lager {12}
A: Beide voor dinsdag 12 uur indienen, dan gaan ze mee in de stukken {12}
~ 2025-11-06
A: Stemming: amendement A (VVD) 11 voor 16 tegen. Amendement B (CDA) 17 voor 10 tegen {12}
""",
        10,
    ),
    Chat(
        "Duiven parkeergarage",
        "ruimte",
        "2025-04-14 09:00",
        ["Parkeerbeheer - Henk", "Harm Lubbers"],
        """
A: In de parkeergarage Kromme Elleboog zitten weer duiven op de leidingen, alles onder de poep
B: Pinnen of netten?
A: Netten, de vorige keer zaten ze na een week tussen de pinnen
B: Ik vraag een offerte bij de ongediertebestrijder
""",
        14,
    ),
    Chat(
        "Tennis Nijeveen ledverlichting",
        "samenleving",
        "2025-05-05 19:00",
        ["TV Nijeveen - Joost", "Sportfonds - Margriet"],
        """
A: Onze aanvraag voor led-lampen op de banen, is daar al nieuws over?
B: Toegekend! 40% van €28.000
A: Super. Dan kunnen we eindelijk 's winters spelen zonder storing
B: Stuur wel de facturen in voor 1 december
""",
        14,
    ),
    Chat(
        "Wethouder opening schoolplein",
        "bestuur",
        "2025-09-04 07:50",
        ["Secretaresse - Tineke", "Wethouder Roelofs"],
        """
A: Goedemorgen, om 10 uur de opening van het groene schoolplein bij De Sprong. Auto staat klaar
B: Speech staat in mijn tas. Wie is de contactpersoon?
A: De directeur, Anja Veldman
B: Top
""",
        12,
    ),
    Chat(
        "Belastingbalie WOZ",
        "bedrijfsvoering",
        "2025-03-03 13:00",
        ["Rik Hoogeveen", "Belastingbalie - Sara"],
        """
B: Een mevrouw aan de balie vindt haar WOZ-waarde te hoog, €412.000 voor een tussenwoning
A: Bezwaar indienen via de site, taxatieverslag kan ze opvragen
B: Ze wil een kwijtschelding van de afvalstoffenheffing erbij
A: Dat is een apart formulier
""",
        14,
    ),
    Chat(
        "Roeivereniging botenloods",
        "samenleving",
        "2025-06-02 20:00",
        ["Roeivereniging Meppel - Tim", "Sportzaken - Wendy"],
        """
A: De deur van onze botenloods aan de kade is open gebroken, 2 skiffs beschadigd
B: Wat vervelend. Is dat aangegeven?
A: Ja. Kan de gemeente als eigenaar van de loods het slot vervangen?
B: Ik zet een opdracht uit bij de huismeester
""",
        14,
    ),
    Chat(
        "Fietsenstalling stadhuis",
        "bedrijfsvoering",
        "2025-02-17 08:00",
        ["Facilitair - Rutger", "Bas Verhoef"],
        """
A: De fietsenstalling onder het stadhuis is te vol, mensen zetten fietsen in de gang
B: Meer rekken?
A: Er kunnen er 30 bij in de hoek bij de lift. Laadpunten voor e-bikes ook?
B: Doe maar 6 laadpunten
""",
        16,
    ),
    Chat(
        "Fontein Markt",
        "ruimte",
        "2025-07-01 11:00",
        ["Bert Woltman", "Installatiebedrijf Nijhof - Rene"],
        """
A: Fontein op de Markt spuit niet meer, pomp maakt herrie
B: Waarschijnlijk droog gelopen, het water in de bak is verdampt met die hitte
A: Kun je vandaag?
B: Na 3 uur
""",
        12,
    ),
    Chat(
        "Oud papier school",
        "samenleving",
        "2025-10-13 16:00",
        ["OBS De Reggesteyn - Marjan", "Saskia de Graaf"],
        """
A: Onze oudpapiercontainer is vol en staat al 2 weken op het plein. Wanneer wordt hij opgehaald?
B: Die is van de papierhandelaar, niet van de gemeente. Ik stuur je het nummer
A: Dank
""",
        12,
    ),
    Chat(
        "Collegevoorbereiding",
        "bestuur",
        "2025-03-31 08:00",
        ["Marloes Jager", "Wethouder Roelofs", "Burgemeester - Richard"],
        """
B: Mijn eerste collegevergadering. Moet ik nog iets tekenen voor de nevenfuncties? {3}
A: Het formulier nevenfuncties voor de website, en de eed heb je al afgelegd {3}
C: Welkom Gert-Jan. Je portefeuille staat morgen op de site {3}
B: Dank. De flexwoningen zijn nu van mij begrijp ik. Ik wil graag bijgepraat worden {3,5}
A: Hilde van wonen plant een uur in {5}
~ 2025-04-14
B: Ik ga naar de eerste bijeenkomst van de buurt in Blankenstein {5}
C: Neem Hilde mee {5}
""",
        20,
    ),
    Chat(
        "Droogte overleg waterschap",
        "ruimte",
        "2025-05-26 14:00",
        ["Waterschap Drents Overijsselse Delta - Bart", "Harm Lubbers"],
        """
A: Vanaf morgen geldt een onttrekkingsverbod uit de kleine watergangen {4}
B: Ook voor onze tankwagen voor de bomen? {4}
A: Ja, ook gemeenten. Gebruik leidingwater of de brandkraan met toestemming van Vitens {4}
B: Dat gaat ons 2 uur per dag kosten. Begrijp het wel {4}
~ 2025-08-12
A: Verbod is opgeheven {4}
B: 👍 {4}
""",
        12,
    ),
    Chat(
        "Voice Groenvang planning",
        "ruimte",
        "2025-01-14 07:20",
        ["Theo Krikke", "Groenvang - Annelies"],
        """
A: Annelies, weer de Julianastraat niet gehad. Derde keer! {2}
B: AUDIO {2}
A: Oké, dus morgen om 8 uur? {2}
B: Ja, eerste adres van de route {2}
~
A: Gedaan, dank {2}
""",
        12,
    ),
    Chat(
        "Bosbad kassa",
        "samenleving",
        "2025-03-12 16:30",
        ["Zwembad De Bosbad - Yolanda", "Petra Wever"],
        """
A: Petra, hier staan moeders aan de kassa met zo'n pasje van jullie waar niks op staat. Zwemles kan niet betaald worden {6}
B: Klopt, er ging iets mis bij het opladen. Het kindbudget komt er vrijdag op {6}
A: Mogen ze dan wel zwemmen? {6}
B: Graag ja, noteer het pasnummer en schrijf het af als het geld erop staat {6}
A: Goed, ik zeg het tegen de collega's {6}
~ 2025-03-24
A: 3 pasjes nog steeds leeg, nummers stuur ik je {6}
B: Doorgezet, vandaag opgelost {6}
""",
        14,
    ),
    Chat(
        "Spar Nijeveen",
        "ruimte",
        "2025-03-03 18:20",
        ["Spar Nijeveen - Jacob", "Wethouder Hendriks"],
        """
A: Harry, mag ik eerlijk zijn? Als die Plus bij de rotonde komt, doe ik over 2 jaar de deur dicht {9}
B: Jacob, ik snap je zorg. We laten een DPO doen en we praten met je voor er iets besloten is {9}
A: Wat is een DPO? {9}
B: Een onderzoek naar de effecten op de winkels in het dorp {9}
~ 2025-04-17
A: Ik heb het rapport gelezen. Die bureaus schrijven wat de opdrachtgever wil {9}
B: Het bureau is onafhankelijk, maar laat je eigen adviseur er maar naar kijken. Wij betalen {9}
~ 2025-11-04
A: We gaan de zienswijze indienen samen met Plaatselijk Belang {9}
""",
        14,
    ),
    Chat(
        "Salarisadministratie april",
        "bedrijfsvoering",
        "2025-04-24 15:00",
        ["Salarisadministratie - Wendy", "Bas Verhoef"],
        """
A: Bas, bij de run van april is de bruto-ruil 2x ingehouden bij de mensen van de regeling {10}
B: Alleen bij de e-bikes of bij iedereen? {10}
A: Iedereen die in maart is ingestapt, 58 medewerkers {10}
B: Kan het nog teruggedraaid? {10}
A: Nee, de betaling is al naar de bank. Correctie in mei {10}
~ 2025-05-22
A: Correctie zit in de run van mei, iedereen krijgt het terug {10}
""",
        12,
    ),
    Chat(
        "Omgevingsdienst meting Kaap",
        "veiligheid",
        "2025-07-23 10:00",
        ["RUD Drenthe - Marleen", "Lisa Bouwman"],
        """
B: Marleen, kunnen jullie een meting doen bij de tennisclub aan de Kaapweg? Klachten over de nieuwe banen met die harde ballen {11}
A: Die piekgeluiden zijn lastig. We meten 's avonds, tussen 19 en 22 uur {11}
B: 5 augustus? {11}
A: Prima {11}
~ 2025-08-12
A: Rapport: LAmax 72 dB(A) op de gevel van nr 14. Norm avond 70 {11}
B: En met een scherm? {11}
A: Met een scherm van 4 m komen ze op 64 {11}
""",
        12,
    ),
    Chat(
        "Havenmeester",
        "ruimte",
        "2025-06-10 09:00",
        ["Havenmeester - Klaas", "Nienke Bakker"],
        """
A: Nienke, die botenrace op 21 juni. Wanneer moet de passantenhaven leeg zijn? {8}
B: Vrijdagavond om 20 uur. Er komen 24 boten op de kant bij de Stoombootkade {8}
A: PHOTO "Zaterdag 21 juni Drakenbootfestival - vaarweg gestremd 9-18 uur" {8}
B: Ziet er goed uit, hang ze maar op {8}
~ 2025-06-22
A: Alles weer normaal, 1 gebroken peddel gevonden 😄 {8}
""",
        12,
    ),
)
