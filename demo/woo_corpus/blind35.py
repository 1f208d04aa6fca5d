"""The THIRTY-FIFTH BLIND relevance set (issue 17): new chats, requests and judgements.

Written as a Woo officer of gemeente Meppel would by a helper (branch woo35, stop 45) BEFORE any
measurement on it, without reading the search code, the search tests, the synonym migrations, the
redaction code or RESULTS.md; blind34.py was read for the data format, build.py for the Chat and
Request API, the earlier sets only for their request titles (so that the subjects are new); no
other set was opened. Not yet measured: the lead measures it once on main's code. Same syntax as
blind.py: `{n}` after a line marks the requests it is relevant to, `~` starts the next day,
`~ YYYY-MM-DD` moves the chat to that day, `PHOTO "text"` is a photo with painted text, `AUDIO` a
voice note. Generated filler (build.FILLER) is relevant to nothing. Names, addresses, firms,
foundations, shops and phone numbers are made up; a few real organisations (RTV Drenthe, the
Meppeler Courant, IVN and the brandweer) appear as they would in such chats.

The twelve requests and their queries were written first, from the request text only, before any
chat. Long team chats (the boa's, the outdoor service, facilities, civil affairs, work and income,
green and nature, traffic, communication, city-centre management, HR, information security) carry a
request's subject in a few lines among other work; short one-to-one chats answer without repeating
the subject ("Gelukt", "Eindelijk", "Top!", "Yes! 🎉", "Akkoord", "Dank je wel Daan 🙏", "👍"); other
words for the subjects (minibos, bos, boompjes, plantdag, IVN; loper, sleutels, cilinders, sloten,
sleutelplan, slotenmaker; wak, jongen in de gracht, onderkoeld, ladder, reddingslijn; babs,
trouwerij, huwelijk, voltrekkingen, bruidspaar; karretjes, karren, winkelwagentjes, muntslot,
wielslot, gevist, grijper; amfibieën, kikkers, salamanders, emmers, overzetavonden, paddenscherm;
spuiters, pomp, filter, speelse fontein; spelende kinderen, ontheffing, straat vol kinderen;
zitbanken, bankjes, rustbanken, armleuning, zitelementen; rookvrij, peuken, rookpaal, rookplek,
vapen; uitkering, geld, betaalrun, betaalbestand, voorschot, PW; bedrijfskleding, uniformen,
jassen, broeken, softshell, maten); abbreviations (IVN, KCC, PW, OR, P&O, MT, CISO, AH, ARBO);
typos (tiny forrest, fonteijn, winkelwagetjes, speelstraad, rookverbot); dialect (wat 'n spul, 't
is glad); 6 photos with text (the warning sign at the gracht, the toad-crossing road sign, the
out-of-order sign at the fountain, the play-street sign, the smoke-free sign at the town hall, the
supermarket's trolley sign) and 5 voice notes; and distractor chats that share words with requests
but are about something else (a bank guarantee of a contractor, a lost key of a bicycle locker, the
skating rink of a village, a wedding venue request, bicycle wrecks fished from the gracht, a
drinking fountain at a sports hall, a playground in the same street, a smoke detector, a clothes
collection for refugees, a late expense payout, frogs croaking in a park pond, planting trees on
Boomfeestdag) and lines about other work in the team chats.

Judging rule (as the earlier sets): a message is relevant when a Woo officer would have to include
it to cover the request, also when it does not repeat the subject ("👍", "Gelukt", "Eindelijk");
a voice note inside a relevant exchange is relevant. Lines of a relevant chat about something else
carry no tag.

Counts (computed from CHATS with build.parse_script; the filler fills every chat to its stated
length): 49 chats of 25 to 200 messages, 3,225 messages (428 hand-written; 6 photos with text, 5
voice notes), 12 requests, 36 queries, 353 relevant messages, each relevant to one request, in 65
(chat, request) pairs; 37 chats relevant to a request, 12 to none, 10 to several. Relevant messages
(chats) per request: R1 33 (5), R2 27 (4), R3 33 (6), R4 28 (4), R5 26 (5), R6 31 (6), R7 30 (6),
R8 29 (6), R9 27 (6), R10 25 (6), R11 31 (5), R12 33 (6)."""

from .build import Chat, Request

REQUESTS = (
    Request(
        1,
        "Het tiny forest in de wijk Oosterboer (2025): de keuze van de plek, de plantdag met de "
        "basisschool en de buurt, de bezwaren van omwonenden en de vernielingen.",
        ("tiny forest oosterboer", "tiny forest", "minibos aanplant"),
    ),
    Request(
        2,
        "Het verlies van een sleutelbos met sleutels van gemeentelijke gebouwen (2025): de melding, "
        "het vervangen van de sloten, de kosten en de maatregelen.",
        ("sleutelbos kwijt", "verloren sleutels gemeentelijke gebouwen", "sloten vervangen"),
    ),
    Request(
        3,
        "De schaatser die door het ijs zakte in de Stadsgracht (februari 2025): de redding, de "
        "waarschuwingen voor het ijs en de vragen over de verantwoordelijkheid van de gemeente.",
        ("door het ijs gezakt", "schaatser stadsgracht", "waarschuwing ijs gracht"),
    ),
    Request(
        4,
        "De bruiloft waarbij de trouwambtenaar niet kwam opdagen (juni 2025): de klacht van het "
        "bruidspaar, de excuses en de vergoeding, en de planning van de trouwambtenaren.",
        ("trouwambtenaar niet gekomen", "klacht bruiloft", "babs planning"),
    ),
    Request(
        5,
        "Winkelwagens in sloten, grachten en parken (2025): de meldingen, het opruimen, de kosten "
        "en de afspraken met de supermarkten.",
        ("winkelwagens", "winkelwagens sloot", "winkelwagens supermarkt afspraken"),
    ),
    Request(
        6,
        "De paddentrek langs de Reestweg (voorjaar 2025): de vrijwilligers die padden overzetten, "
        "de afsluiting van de weg 's avonds en de klachten van weggebruikers.",
        ("paddentrek", "padden reestweg afsluiting", "paddenoverzet vrijwilligers"),
    ),
    Request(
        7,
        "De fontein op de Markt (2025): de kapotte pomp, de reparatie en de kosten, en de klachten "
        "over spelende kinderen en vies water.",
        ("fontein markt", "fontein pomp kapot", "fontein reparatie kosten"),
    ),
    Request(
        8,
        "De speelstraat in de Weverstraat (zomer 2025): de aanvraag van de bewoners, de ontheffing "
        "en de borden, en de bezwaren van een buurtbewoner.",
        ("speelstraat", "speelstraat weverstraat", "speelstraat ontheffing"),
    ),
    Request(
        9,
        "De nieuwe zitbanken in de binnenstad en het Wilhelminapark (2025): de aanschaf, de "
        "klachten van ouderen over banken zonder leuning en de aanpassing.",
        ("zitbanken binnenstad", "bankjes zonder leuning", "nieuwe banken wilhelminapark"),
    ),
    Request(
        10,
        "Het rookverbod op het terrein van het stadhuis (2025): het besluit, de peuken bij de "
        "ingang, de rookplek en de handhaving onder medewerkers.",
        ("rookverbod stadhuis", "roken ingang stadhuis", "rookvrij terrein medewerkers"),
    ),
    Request(
        11,
        "De te late uitbetaling van de bijstandsuitkeringen (november 2025): de fout in het "
        "betaalbestand, de gedupeerde inwoners, de voorschotten en de excuses.",
        ("uitbetaling bijstand te laat", "fout betaalbestand uitkering", "voorschot bijstand"),
    ),
    Request(
        12,
        "De nieuwe werkkleding van de buitendienst en de boa's (2025): de aanbesteding, de "
        "levering, de klachten over maten en kwaliteit en de kosten.",
        ("werkkleding buitendienst", "nieuwe uniformen boa", "bedrijfskleding klachten"),
    ),
)

CHATS = (
    Chat(
        "Team handhaving boa's",
        "veiligheid",
        "2025-01-06 08:15",
        ["Lars Wiggers", "Esmee Dolfing", "Youssef Amrani", "Ria Boelens"],
        """
A: Rooster januari en februari staat in de app
B: Ik ruil dinsdag met Youssef
~ 2025-02-08
C: Melding: kinderen op het ijs van de Stadsgracht bij de Kerkbrug. Het ijs is nog geen dag oud {3}
A: Erheen en wegsturen. Brandweer zegt dat het nergens sterk genoeg is {3}
~
C: Vanmiddag is er een jongen door het ijs gezakt ter hoogte van de Kleine Oever. Omstanders hebben hem met een ladder eruit gehaald {3}
D: Hoe is het met hem? {3}
C: Onderkoeld, ambulance heeft hem meegenomen. Wij hebben daarna het hele stuk afgezet met lint {3}
A: PV van bevindingen opmaken, de wethouder wil vanavond alles weten {3}
~ 2025-03-14
D: Weer 3 winkelwagens in de Reest achter de Albert Heijn aan de Kaapweg 🙄 {5}
B: Foto gemaakt, ik stuur het naar de buitendienst {5}
~ 2025-03-20
A: Vanavond zijn de eerste paddenavonden, de Reestweg gaat om 19 uur dicht. Wie rijdt er langs? {6}
C: Ik. Vorig jaar reden er auto's gewoon om de hekken heen {6}
~
C: 4 automobilisten aangesproken die de afsluiting negeerden, 1 bekeuring. De vrijwilligers zijn er blij mee {6}
~ 2025-04-18
B: De nieuwe uniformen zijn binnen! {12}
D: Ik heb er een in maat M, die zit als een tent {12}
A: Ruilen kan tot 1 mei bij facilitair {12}
~ 2025-05-06
B: Nog steeds geen broek in mijn maat, ik loop in de oude {12}
C: De jassen laten water door. Gisteren kletsnat geworden {12}
A: Ik geef het door. Schrijf op wat er mis is {12}
~ 2025-06-21
D: Weverstraat: een buurman heeft het speelstraatbord weggehaald en in zijn schuur gezet {8}
A: Ga erheen, het bord staat er met een ontheffing. Terugzetten en een gesprek {8}
~
D: Teruggezet. Hij zegt dat hij niet met zijn auto bij zijn huis kan. Ik heb hem gewezen op het bezwaar {8}
~ 2025-07-09
C: Klacht van de ondernemers: kinderen klimmen in de fontein op de Markt en er ligt glas in het water {7}
B: Fontein staat toch uit? {7}
C: Hij doet het sinds gisteren weer {7}
~ 2025-08-14
A: Er ligt een winkelwagen midden op het fietspad in het Wilhelminapark, iemand is erover gevallen {5}
B: Opgehaald, hij is van de Lidl {5}
~ 2025-08-15
D: De Lidl zegt dat het niet hun wagen was. Ze hebben geen slot op de karren {5}
A: Vraag ze of ze dezelfde afspraak willen als de AH {5}
~ 2025-09-02
D: Keurmerk Veilig Ondernemen: vergadering op 16 september
~ 2025-10-01
B: Iemand stond te roken bij de hoofdingang van het stadhuis, in uniform van de buitendienst 😅 {10}
A: Dat is niet aan ons, dat doet zijn leidinggevende. Wel even gezegd dat de rookplek achter is {10}
~ 2025-11-04
C: Jaarplan handhaving: concept in de map
A: Lees ik morgen
""",
        200,
    ),
    Chat(
        "Buitendienst wijkteam Noord",
        "openbare_ruimte",
        "2025-01-07 07:10",
        ["Gerrit Hofsteenge", "Wim Lanting", "Sandra Koops", "Jelle Bakker"],
        """
A: Strooiroute 2 morgen om 4 uur
B: Ik rij
~ 2025-02-08
C: Waarschuwingsborden bij de grachten geplaatst, 12 stuks, van de Kerkbrug tot de Kleine Oever {3}
A: Ook bij de Prinsengracht? {3}
C: Ja, 4 daar {3}
~ 2025-02-09
B: Ladder en reddingslijn van gisteren staan weer in de werkplaats. Het wak bij de Kleine Oever is afgezet {3}
~ 2025-03-17
D: Ik heb met de grijper 7 winkelwagentjes uit de Reest gevist achter de Kaapweg. Wat moet ik ermee? {5}
A: Terug naar de supermarkt, ze staan op hun naam {5}
D: Die willen ze niet meer, verroest {5}
A: Dan naar de milieustraat, ik stuur de kosten door {5}
~ 2025-04-01
B: Grond voor het tiny forest in Oosterboer is gefreesd, 250 m2, compost erdoor {1}
C: Dan kan de plantdag op 15 april door {1}
~ 2025-04-22
A: De pomp van de fontein op de Markt maakt een raar geluid en het water staat groen {7}
D: Ik heb hem uitgezet. Er moet een monteur naar kijken {7}
~ 2025-05-13
C: PHOTO "Fontein tijdelijk buiten werking. Excuses voor het ongemak. Gemeente Meppel" {7}
C: Bordje staat bij de fonteijn {7}
~ 2025-05-27
B: De nieuwe werkkleding is waardeloos, de knieën van mijn broek zijn na 3 weken al door {12}
A: Bij mij ook. En de fluorescerende strepen laten los in de was {12}
D: Ik heb foto's naar Marloes gestuurd {12}
~ 2025-06-03
A: Zitbanken voor de binnenstad zijn geleverd, 24 stuks. We plaatsen ze deze week {9}
B: Mooie dingen, maar je zit wel heel laag {9}
~ 2025-06-30
D: Verkeersborden speelstraat Weverstraat staan, beide kanten {8}
~ 2025-07-03
C: Fontein draait weer, nieuwe pomp erin {7}
A: Eindelijk {7}
~ 2025-08-19
B: Bij 9 banken in de binnenstad schroeven we een armleuning aan, de rest volgt {9}
~ 2025-08-22
C: Alle 24 banken hebben nu armleuningen. Scheef boorgat bij de bank voor de Hema, die doe ik maandag over {9}
~ 2025-09-03
B: Nog 2 winkelwagens uit de sloot bij de Lidl in Koedijkslanden, die van de AH zien we niet meer {5}
~ 2025-09-09
D: In het minibos in Oosterboer zijn 30 boompjes uitgetrokken en het hekje is vernield {1}
A: Jammer. Ik vraag Groen om nieuwe {1}
~ 2025-10-14
A: Bladkorven komen eraan
C: Lijst van straten volgt
""",
        200,
    ),
    Chat(
        "Facilitair en huisvesting",
        "bedrijfsvoering",
        "2025-01-08 08:00",
        ["Marloes Zwiers", "Frank Oosting", "Petra Hulshof", "Kees Reinders"],
        """
A: Parkeerpasjes voor 2025 liggen bij de receptie
B: Dank
~ 2025-02-17
C: Concept bestek bedrijfskleding buitendienst en handhaving is klaar. Eén leverancier, 4 jaar {12}
A: Zijn de ploegen gehoord? {12}
C: Er zat iemand van de buitendienst en een boa in de werkgroep {12}
~ 2025-03-11
D: Gunning werkkleding aan Van Leeuwen Bedrijfskleding uit Zwolle, 148.000 euro voor 4 jaar {12}
~ 2025-04-03
B: Kees is gisteren zijn sleutelbos kwijtgeraakt. Daar zit de loper van het stadhuis aan, en de sleutels van de werf en de milieustraat {2}
A: Wanneer en waar? {2}
B: Waarschijnlijk uit zijn jaszak gevallen bij de bushalte op het Stationsplein. Hij heeft het bij de politie gemeld {2}
A: Alle buitendeuren moeten dan nieuwe cilinders. Ik bel de slotenmaker {2}
~ 2025-04-04
D: Slotenmaker kan morgen beginnen. Stadhuis, werf, milieustraat: 38 cilinders {2}
A: Kosten? {2}
D: Ruim 11.000 euro met de nieuwe sleutels {2}
~ 2025-04-28
B: Nieuw sleutelplan: de loper gaat niet meer mee naar huis, hij blijft in de sleutelkluis {2}
~ 2025-04-29
C: Geen sleutels meer met een gemeentelogo aan de bos. En wie een sleutel kwijt is, meldt het dezelfde dag {2}
~ 2025-05-14
C: Veel klachten over de maten van de werkkleding. Van Leeuwen komt op 20 mei passen {12}
A: Wie betaalt het ruilen? {12}
C: Zij, dat staat in het contract {12}
~ 2025-06-02
A: MT heeft besloten: vanaf 1 september is het terrein rond het stadhuis rookvrij. Er komt één rookplek bij de fietsenstalling achter {10}
B: De OR moet nog instemmen {10}
~ 2025-08-26
D: Rookpaal staat. Asbakken bij de hoofdingang gaan eraf {10}
~ 2025-09-08
B: PHOTO "Rookvrij terrein. Roken alleen bij de rookplek achter het gebouw" {10}
B: Hangt bij beide ingangen {10}
~ 2025-09-22
C: Nog steeds een berg peuken naast de hoofdingang, vooral 's ochtends vroeg {10}
~ 2025-10-17
C: Nieuwe winterjassen van Van Leeuwen geleverd, de eerste waren niet waterdicht {12}
~ 2025-11-20
A: Kerstborrel 18 december
B: Ik regel de hapjes
""",
        180,
    ),
    Chat(
        "Team Burgerzaken",
        "dienstverlening",
        "2025-01-09 08:30",
        ["Hester Brink", "Daan Oldenburger", "Ilona Scheper", "Mireille Kok"],
        """
A: Paspoortaanvragen januari: 1.240
B: Dat is meer dan vorig jaar
~ 2025-03-03
C: Planning huwelijken april tot juni staat, 46 voltrekkingen en 7 babs {4}
D: Ook de zaterdagen? {4}
C: Ja, de zaterdagen draaien de vrijwillige babs {4}
~ 2025-06-14
D: Noodgeval: in de trouwzaal zit een bruidspaar met 80 gasten en de babs is er niet {4}
A: Wie stond er? {4}
D: Herman Lammers, hij neemt niet op {4}
B: Ik ben beëdigd, ik kom eraan. 20 minuten {4}
~
B: Het huwelijk is gesloten, 50 minuten te laat. Het bruidspaar was heel boos {4}
A: Dank je wel Daan 🙏 {4}
~ 2025-06-16
A: Lammers had de trouwerij in zijn agenda op 21 juni. Fout in de planning, niet van hem {4}
C: De planning gaat nu alleen per mail, zonder bevestiging {4}
A: Vanaf nu bevestigt elke babs de dag ervoor {4}
~ 2025-07-01
D: Klacht van het bruidspaar De Wit-Sahin binnen. Ze willen het geld terug en een vergoeding voor de fotograaf {4}
~ 2025-08-20
C: Rijbewijzen: de printer doet het weer
~ 2025-10-09
A: Nieuwe werkwijze huwelijken: een reserve-babs op elke trouwdag {4}
~ 2025-11-12
B: Verkiezingen maart: stembureauleden werven
""",
        160,
    ),
    Chat(
        "Werk en inkomen",
        "samenleving",
        "2025-01-13 08:45",
        ["Annet Stoker", "Jeroen Kuiper", "Saskia Timmer", "Mohamed Bouzid"],
        """
A: Aanvragen bijstand in januari: 64
B: Stabiel
~ 2025-04-08
C: Vraag over de energietoeslag, die is er dit jaar niet meer. Staat op de site
~ 2025-11-25
B: De uitkeringen van november staan niet op de rekeningen. 1.130 mensen {11}
A: Wat is er gebeurd? {11}
B: Het betaalbestand is gisteren niet naar de bank gegaan. De betaalrun is vastgelopen na de update van Suite {11}
D: De telefoon staat roodgloeiend {11}
~
A: Financiën zet het bestand vandaag opnieuw klaar, de bank verwerkt het morgen {11}
C: Wie geen geld heeft voor boodschappen kan vandaag een voorschot krijgen aan de balie {11}
D: 73 voorschotten uitgegeven, meestal 150 euro {11}
~ 2025-11-27
B: Alle uitkeringen zijn gestort {11}
A: De voorschotten verrekenen we in december, in termijnen als mensen dat vragen {11}
~ 2025-12-02
C: Excuusbrief is naar alle 1.130 klanten verstuurd {11}
B: 14 mensen vragen een vergoeding voor boetes van te late betalingen {11}
A: Die vergoeden we als ze het laten zien {11}
""",
        150,
    ),
    Chat(
        "Groen en natuur",
        "openbare_ruimte",
        "2025-01-14 08:00",
        ["Tjeerd Venema", "Anouk Bisschop", "Roel Hummel", "Gea Wolters"],
        """
A: Snoeiplan 2025 loopt
B: Wilhelminapark is klaar
~ 2025-01-28
C: Voorstel tiny forest: het grasveld aan de Jan van Riebeeckstraat in Oosterboer, naast basisschool De Sprinkhaan {1}
A: Wie doet mee? {1}
C: IVN levert het plantmateriaal en de school adopteert het bos {1}
~ 2025-02-25
C: 6 bewoners van de Jan van Riebeeckstraat zijn tegen. Ze willen het grasveld houden om te voetballen {1}
D: Kan het bos op de helft? {1}
C: Dan is het 250 in plaats van 400 m2. Dat mag van IVN {1}
~ 2025-03-05
B: Paddentrek begint, de eerste padden zitten op de Reestweg {6}
D: Zet de schermen deze week, de vrijwilligers hebben de emmers klaar {6}
~ 2025-04-15
C: Plantdag tiny forrest: 600 boompjes en struiken, 90 kinderen en 30 buurtbewoners 🌳 {1}
A: Prachtig {1}
~ 2025-04-30
B: Telling paddentrek: 3.850 padden, kikkers en salamanders overgezet, 212 doodgereden {6}
A: Minder doden dan vorig jaar door de afsluiting {6}
~ 2025-05-19
D: Ook in het Wilhelminapark komen nieuwe zitbanken, 8 stuks langs de vijver {9}
~ 2025-07-08
D: Banken langs de vijver in het Wilhelminapark staan, met rug- en armleuning {9}
B: Direct bezet door de wandelclub 😊 {9}
~ 2025-09-10
C: 30 boompjes in het bos van Oosterboer eruit getrokken. De school is verdrietig {1}
A: Vervangen en een bordje erbij dat het van de kinderen is {1}
~ 2025-10-20
A: Bollen planten in de bermen
""",
        160,
    ),
    Chat(
        "Verkeer en mobiliteit",
        "ruimte",
        "2025-01-15 09:00",
        ["Bart Eleveld", "Noor Hazeleger", "Ids Feenstra", "Carla Mulder"],
        """
A: Tellingen Hoogeveenseweg binnen
B: Ik kijk ernaar
~ 2025-02-20
B: Verkeersbesluit afsluiting Reestweg tussen De Wijk en de Kolonieweg, van 1 maart tot 30 april, 19 tot 7 uur, voor de paddentrek {6}
C: Is de bus ingelicht? {6}
B: Er rijdt 's avonds geen bus meer daar {6}
~ 2025-03-06
D: PHOTO "Let op! Paddentrek. Reestweg afgesloten van 19.00 tot 07.00 uur" {6}
~ 2025-03-25
C: Klachten van melkveehouders aan de Reestweg: de melkwagen kan 's avonds niet bij de boerderij {6}
A: Ontheffing voor de melkwagen, de vrijwilligers doen het hek open {6}
~ 2025-05-15
B: Aanvraag speelstraat Weverstraat binnen, 18 van de 22 huishoudens tekenen {8}
A: Woensdag en zaterdag van 14 tot 18 uur, juli en augustus? {8}
B: Ja {8}
~ 2025-06-05
B: Eén bewoner van de Weverstraat maakt bezwaar tegen de speelstraad, hij kan zijn garage niet in {8}
A: Hij mag stapvoets erin, dat zetten we in de ontheffing {8}
~ 2025-06-20
D: Ontheffing speelstraat verleend, 1 juli tot 31 augustus {8}
~ 2025-09-15
C: Verkeerslichten Eendrachtsweg vervangen in oktober
~ 2025-10-02
B: Bezwaar Weverstraat: hij trekt het in, hij wil volgend jaar meepraten {8}
""",
        160,
    ),
    Chat(
        "Communicatie",
        "bestuur",
        "2025-01-16 09:10",
        ["Sterre Dijkstra", "Vincent Boersma", "Loes Nieuwenhuis", "Gijs Otten"],
        """
A: Nieuwjaarsreceptie: 310 bezoekers
B: Mooi
~ 2025-02-08
B: RTV Drenthe vraagt naar de jongen die door het ijs is gezakt in de gracht {3}
A: Lijn: het gaat goed met hem, de gemeente raadt iedereen af om op het ijs van de grachten te gaan, er stroomt water {3}
C: Niet ingaan op de vraag of er borden hadden moeten staan, dat zoekt juridische zaken uit {3}
~ 2025-02-09
D: Bericht op socials: 'Het ijs op de grachten is NIET betrouwbaar' {3}
~ 2025-03-18
A: Oproep vrijwilligers voor het overzetten van amfibieën op de Reestweg? IVN vraagt erom {6}
B: Zet ik erop, met de afsluittijden {6}
~ 2025-06-17
C: Het bruidspaar van zaterdag heeft hun verhaal in de Meppeler Courant gezet: 'Onze trouwambtenaar liet ons zitten' {4}
A: Reactie: excuses namens de burgemeester, we nemen contact met hen op, we passen de planning aan {4}
~ 2025-07-04
D: Persbericht: fontein op de Markt doet het weer {7}
~ 2025-08-25
B: Intranetbericht: vanaf 1 september is het hele terrein van het stadhuis rookvrij, roken alleen nog bij de rookplek achter {10}
C: En de stoppen-met-rokencursus erbij noemen {10}
~ 2025-09-01
D: Meppeler Courant vraagt of de oude bankjes in de binnenstad echt weg zijn. De ouderen missen de leuningen {9}
A: Antwoord: er komen armleuningen op alle nieuwe banken, in augustus {9}
~ 2025-11-25
B: Veel boze berichten op Facebook: uitkering niet ontvangen {11}
A: Bericht op de site: door een technische fout zijn de uitkeringen een dag later. Wie nu geld nodig heeft kan naar de balie {11}
~ 2025-11-26
C: Persvraag: hoeveel mensen? {11}
A: 1.130, allemaal morgen uitbetaald {11}
~ 2025-12-01
D: Kerstkaart ontwerp klaar
""",
        160,
    ),
    Chat(
        "Binnenstadsmanagement",
        "economie",
        "2025-01-20 09:00",
        ["Evelien Haan", "Rutger Smeets", "Tamara Wijnberg", "Henk-Jan Drost"],
        """
A: Leegstand Q4 in de map
B: 9 panden leeg
~ 2025-02-11
C: De ondernemersvereniging wil nieuwe bankjes in de binnenstad, de oude houten zijn verrot {9}
A: Budget? {9}
C: 42.000 euro uit het binnenstadsfonds, voor 24 zitbanken {9}
~ 2025-03-12
D: Keuze gemaakt: betonnen zitelementen met een houten zitting, zonder leuning, past bij de Markt {9}
~ 2025-04-23
B: De fontein op de Markt staat weer droog. Het water is groen en het stinkt, zeggen de terrassen {7}
A: Buitendienst kijkt ernaar {7}
~ 2025-06-12
C: Ouderenbond is boos: de nieuwe banken zijn te laag en er is niks om je aan op te drukken {9}
A: Reëel punt. Kunnen er leuningen aan? {9}
C: De leverancier heeft een opzetbare armleuning, 180 euro per bank {9}
~ 2025-06-25
A: Wethouder akkoord met armleuningen op alle 24 banken {9}
~ 2025-07-10
B: Klachten van de terrassen aan de Markt: kinderen in de fontein, en ouders die erbij gaan zitten met een ijsje {7}
D: Dat is toch leuk, het is zomer {7}
B: Zij vinden van niet 😅 {7}
~ 2025-08-05
D: De AH vraagt of we winkelwagens in het centrum kunnen ophalen als ze er staan. Wij doen dat niet {5}
~ 2025-10-30
A: Sinterklaasintocht: winkeliers doen mee
""",
        170,
    ),
    Chat(
        "P&O en arbo",
        "bedrijfsvoering",
        "2025-01-21 09:00",
        ["Wendy Snijder", "Ruben Haveman", "Ellen de Groot", "Sjaak Boer"],
        """
A: Verzuim december: 5,1 procent
B: Griep
~ 2025-05-20
C: De OR vraagt naar de klachten over de werkkleding: mensen lopen in de regen in jassen die lekken {12}
A: Is het een arbo-kwestie? {12}
C: Ja, zichtbaarheid en bescherming. Een boa heeft met natte kleren een hele dienst gelopen {12}
~ 2025-06-10
D: OR stemt in met het rookvrije terrein, met de voorwaarde dat er een overdekte rookplek komt {10}
B: En hulp bij stoppen? {10}
D: Stoppen-met-rokencursus van de arbodienst, gratis voor medewerkers {10}
~ 2025-09-30
A: 11 aanmeldingen voor de stoppen-met-rokencursus {10}
~ 2025-10-14
B: Leidinggevenden vragen wat ze moeten doen als iemand bij de ingang rookt {10}
A: Aanspreken, bij herhaling een gesprek. Geen sancties in het eerste halfjaar {10}
~ 2025-11-18
C: Eindejaarsgesprekken: formulier staat in het P&O-portaal
""",
        150,
    ),
    Chat(
        "Informatiebeveiliging",
        "bedrijfsvoering",
        "2025-01-22 10:00",
        ["CISO Marja Berends", "Arnout Vlieg", "Dewi Pranoto"],
        """
A: Phishingtest januari: 6 procent klikte
B: Beter dan vorig jaar
~ 2025-04-03
B: Beveiligingsincident: sleutels kwijt met toegang tot het stadhuis, de serverruimte en de werf {2}
A: Zat er een label met het adres aan? {2}
B: Een sleutelhanger met het logo van de gemeente 🙈 {2}
A: Dan zo snel mogelijk de sloten om. En in het register incidenten {2}
~ 2025-04-10
C: Sloten zijn vervangen, de serverruimte heeft nu een pasjeslezer {2}
~ 2025-11-26
C: Incident betalingen uitkeringen: is er een datalek geweest? {11}
A: Nee, het bestand is niet verstuurd, niet naar de verkeerde partij. Wel een storing die we registreren {11}
~ 2025-12-05
B: Awareness-campagne december: wachtwoorden
""",
        120,
    ),
    Chat(
        "Tiny forest",
        "openbare_ruimte",
        "2025-02-03 10:30",
        ["Roel Hummel", "Ingrid Mol (IVN Zuidwest-Drenthe)"],
        """
B: Hoi Roel, we hebben het geld van het fonds voor het minibos in Oosterboer. 400 m2 wordt het {1}
A: Mooi. Er komen wel bezwaren van de buurt, ik laat het je weten {1}
~ 2025-02-26
A: Het wordt 250 m2, de rest blijft gras om te voetballen {1}
B: Prima, ook dan is het een volwaardig bos {1}
~ 2025-04-14
B: Morgen om 9 uur beginnen we. Schoppen en handschoenen zijn er {1}
A: Ik breng koffie en de kruiwagens {1}
~ 2025-04-15
B: AUDIO {1}
A: Wat een dag! {1}
""",
        50,
    ),
    Chat(
        "Bos Jan van Riebeeckstraat",
        "openbare_ruimte",
        "2025-02-24 19:40",
        ["Anouk Bisschop", "Harry Mensink"],
        """
B: Mevrouw Bisschop, wij hebben gehoord dat het grasveld achter ons huis een bos wordt. Daar voetballen onze kinderen {1}
A: Klopt, er komt een tiny forest. Er is nog niks besloten over de grootte {1}
B: Het wordt een hangplek, en we krijgen muggen en geen zon meer {1}
A: Ik neem uw punten mee. Komt u op de avond van 4 maart? {1}
~ 2025-03-05
B: Goede avond gisteren. Als het maar de helft wordt, kunnen we ermee leven {1}
A: Dat is het voorstel {1}
""",
        40,
    ),
    Chat(
        "De Sprinkhaan",
        "samenleving",
        "2025-09-10 08:20",
        ["Anouk Bisschop", "Joke Hoving (juf groep 6, OBS De Sprinkhaan)"],
        """
B: De kinderen zijn er kapot van, veel van hun boompjes zijn eruit getrokken {1}
A: Heel vervelend. We planten ze opnieuw, en er komt een bordje {1}
B: Mogen de kinderen weer helpen? {1}
A: Natuurlijk, in november {1}
~ 2025-11-12
B: Gelukt, 30 nieuwe erin 🌱 {1}
""",
        35,
    ),
    Chat(
        "Boomfeestdag",
        "samenleving",
        "2025-03-12 11:00",
        ["Gea Wolters", "Bert Kamp (Stichting Boomfeestdag)"],
        """
B: Doet Meppel mee met de Boomfeestdag? Dit jaar bij de scholen in Nijeveen
A: Ja, 40 bomen langs het fietspad naar de sporthal
B: Top, ik stuur de lesbrief
""",
        30,
    ),
    Chat(
        "Sleutels",
        "bedrijfsvoering",
        "2025-04-02 21:15",
        ["Kees Reinders", "Marloes Zwiers"],
        """
A: Marloes, sorry dat ik zo laat app. Mijn sleutelbos is weg. Alles zit eraan {2}
B: Ook de loper? {2}
A: Ja. Ik heb overal gezocht, bus, jas, auto {2}
B: Meld het bij de politie en morgen bij mij. Niet in paniek {2}
~
A: Gemeld, er is niks gevonden {2}
~ 2025-04-09
B: Alles is om. Je nieuwe sleutels liggen bij de receptie, de loper niet meer {2}
A: Snap ik. Excuses nog {2}
""",
        45,
    ),
    Chat(
        "Slotenmaker",
        "bedrijfsvoering",
        "2025-04-03 08:05",
        ["Marloes Zwiers", "Erwin Veld (Veld Sloten & Beveiliging)"],
        """
A: Erwin, spoed: we moeten 38 cilinders vervangen, stadhuis, werf en milieustraat {2}
B: Welk systeem? {2}
A: Het sleutelplan dat jullie in 2019 hebben gemaakt {2}
B: Dan maken we een nieuw plan. Morgen beginnen, vrijdag klaar {2}
~ 2025-04-09
B: Klaar, factuur volgt. 11.240 euro {2}
A: Top {2}
""",
        40,
    ),
    Chat(
        "Fietskluis station",
        "ruimte",
        "2025-05-08 16:00",
        ["Noor Hazeleger", "Patrick Smit"],
        """
B: Ik ben de sleutel van mijn fietskluis bij het station kwijt
A: Bij de stallingsbeheerder kunt u een nieuwe halen, 25 euro
B: Dank je
""",
        30,
    ),
    Chat(
        "Bankgarantie aannemer",
        "ruimte",
        "2025-05-21 14:00",
        ["Ids Feenstra", "Jolanda Bos (Financiën)"],
        """
A: Is de bankgarantie van Reinders Infra voor de Kaapweg binnen?
B: Nog niet, de bank heeft meer tijd nodig
A: Zonder garantie geen start
""",
        30,
    ),
    Chat(
        "IJs gracht",
        "veiligheid",
        "2025-02-08 15:30",
        ["Lars Wiggers", "Gert Kremer (brandweer Meppel)"],
        """
B: Lars, er is net een jongen door het ijs gegaan bij de Kleine Oever. Hij is eruit, wij zijn ter plaatse {3}
A: Ik kom eraan met 2 man om de kant af te zetten {3}
B: Daar stroomt water van de sluis, het ijs is er dun. Hij stond precies op de zwakste plek {3}
A: Ik laat overal borden zetten {3}
~
B: AUDIO {3}
A: Dank. Hoe is het met de jongen? {3}
B: Onderkoeld maar goed. Hij is 15, hij had zijn schaatsen nog aan {3}
""",
        45,
    ),
    Chat(
        "Borden grachten",
        "openbare_ruimte",
        "2025-02-08 09:00",
        ["Sandra Koops", "Tjeerd Venema"],
        """
A: Tjeerd, moeten er borden bij de grachten nu het vriest? {3}
B: Staat niet in de plannen, we hebben nooit borden gezet {3}
A: Kinderen lopen er al op {3}
B: Dan zetten we ze vandaag {3}
~ 2025-02-10
A: PHOTO "Gevaar! Ijs niet betrouwbaar. Niet op het ijs van de grachten" {3}
A: 12 stuks, ook bij de Prinsengracht {3}
""",
        40,
    ),
    Chat(
        "Wethouder ijs",
        "bestuur",
        "2025-02-08 17:00",
        ["Wethouder Gerard Smeenk", "Bestuursadviseur Linda Huizing"],
        """
A: Linda, ik moet vanavond op de radio over de jongen in de gracht. Hadden wij borden moeten zetten? {3}
B: Er is geen plicht, de grachten zijn geen schaatsbaan. Wel zegt de brandweer ieder jaar dat het ijs daar niet te vertrouwen is {3}
A: Dan zeg ik dat we ze vanaf nu bij vorst altijd zetten {3}
~ 2025-03-04
A: De ouders van de jongen vragen of de gemeente aansprakelijk is. Ze willen de kosten van zijn telefoon en kleren {3}
B: Juridische zaken zegt nee, maar een gebaar kan. Advies: een brief en een bos bloemen {3}
A: Doen {3}
~ 2025-06-30
A: Speelstraat Weverstraat: de bezwaarmaker heeft mij gemaild {8}
B: Hij mag stapvoets door, het wordt opgelost {8}
""",
        55,
    ),
    Chat(
        "IJsbaan Nijeveen",
        "samenleving",
        "2025-02-07 12:00",
        ["Gijs Otten", "Klaas Veenstra (IJsvereniging De Poolster)"],
        """
B: Morgen is de ijsbaan open! Kunnen jullie het delen?
A: Zeker, 't is glad genoeg?
B: 6 centimeter, wat 'n spul. Om 10 uur open
A: Staat online
""",
        30,
    ),
    Chat(
        "Babs",
        "dienstverlening",
        "2025-06-14 13:40",
        ["Hester Brink", "Herman Lammers (babs)"],
        """
A: Herman, waar ben je? Het bruidspaar zit al 20 minuten te wachten {4}
A: Herman? {4}
~
B: Hester, het spijt me verschrikkelijk. Ik had 21 juni in mijn agenda {4}
A: Dat zag ik. De mail van de planning had een fout, niet jij {4}
B: Ik wil het bruidspaar graag zelf mijn excuses aanbieden {4}
A: Goed idee, ik vraag of ze dat willen {4}
~ 2025-06-19
B: Ik ben bij ze geweest met bloemen. Ze waren vriendelijk, maar nog steeds boos op de gemeente {4}
""",
        45,
    ),
    Chat(
        "Klacht huwelijk",
        "bestuur",
        "2025-07-02 10:00",
        ["Klachtencoördinator Femke Dekker", "Hester Brink"],
        """
A: Hester, de klacht van het bruidspaar: ze vragen de leges terug, 420 euro, en de extra kosten van de fotograaf, 300 euro {4}
B: De leges terug is terecht. De fotograaf ook, ze moesten een uur langer blijven {4}
A: Dan stel ik voor: alles vergoeden en een brief van de burgemeester {4}
B: Akkoord {4}
~ 2025-07-22
A: Brief is de deur uit. Ze zijn tevreden {4}
""",
        35,
    ),
    Chat(
        "Trouwlocatie",
        "dienstverlening",
        "2025-03-26 11:00",
        ["Ilona Scheper", "Marjolein Post (Landgoed De Havixhorst)"],
        """
B: Wij willen graag een vaste trouwlocatie worden. Wat moet ik doen?
A: Een aanvraag via het formulier, dan komt er iemand kijken naar de ruimte
B: Dank je, ik vul het in
""",
        30,
    ),
    Chat(
        "Winkelwagens Reest",
        "openbare_ruimte",
        "2025-03-17 12:00",
        ["Gerrit Hofsteenge", "Sander Bult (bedrijfsleider AH Kaapweg)"],
        """
A: Meneer Bult, wij halen elke maand karretjes van u uit de Reest. Vandaag 7 {5}
B: Dat weet ik, ze nemen ze mee naar het woonwijkje aan de overkant {5}
A: Kunt u een muntslot of een wielslot nemen? Zo kost het ons geld {5}
B: Ik overleg met het hoofdkantoor {5}
~ 2025-05-08
B: Vanaf juni hebben alle wagens een wielslot dat blokkeert buiten het parkeerterrein {5}
A: Top! {5}
~ 2025-06-12
B: PHOTO "Let op: winkelwagen blokkeert buiten het parkeerterrein" {5}
B: Het bord bij de uitgang 😀 {5}
~ 2025-09-15
A: Sinds de zomer geen één meer in het water {5}
""",
        50,
    ),
    Chat(
        "Melding sloot Koedijkslanden",
        "dienstverlening",
        "2025-07-28 10:15",
        ["Priscilla Wever (KCC)", "Wim Lanting"],
        """
A: Wim, weer een winkelwagetje in de sloot langs de Hoogeveenseweg, bij de brug naar Koedijkslanden {5}
B: Welke supermarkt? {5}
A: Melder zegt Lidl, er hangt een kettinkje aan {5}
~
B: Eruit. De Lidl haalt hem zelf op {5}
A: 👍 {5}
""",
        30,
    ),
    Chat(
        "Fietswrakken gracht",
        "openbare_ruimte",
        "2025-06-02 09:30",
        ["Jelle Bakker", "Tjeerd Venema"],
        """
A: Bij het baggeren van de Kerkgracht kwamen 23 fietsen boven
B: Staan ze op de lijst voor het depot?
A: Nee, allemaal wrakken, ze gaan naar de schroot
""",
        30,
    ),
    Chat(
        "Padden",
        "openbare_ruimte",
        "2025-02-27 18:30",
        ["Roel Hummel", "Lies Brandsma (paddenwerkgroep Reestdal)"],
        """
B: Roel, dit jaar hebben we 42 vrijwilligers voor de overzetavonden {6}
A: Mooi. De weg is vanaf 1 maart 's avonds dicht {6}
~ 2025-03-21
B: Gisteravond reed er een auto door het hek. Hij schold een vrijwilliger uit {6}
A: Kenteken? {6}
B: Ja, ik stuur het door {6}
A: Ik geef het aan de boa's {6}
~ 2025-03-28
B: Het paddenscherm bij de Kolonieweg is omgewaaid, de emmers liggen in de sloot {6}
A: Morgenvroeg staat het weer {6}
~ 2025-04-29
B: AUDIO {6}
A: Dank voor de cijfers en voor al jullie werk. Volgend jaar weer {6}
""",
        50,
    ),
    Chat(
        "Reestweg dicht",
        "ruimte",
        "2025-03-10 20:05",
        ["Bart Eleveld", "Hendrik Jan Zwiers"],
        """
B: Meneer Eleveld, ik rijd elke avond van mijn werk naar huis over de Reestweg. Nu moet ik 12 kilometer om. Voor kikkers! {6}
A: Ik begrijp uw ergernis. Zonder de afsluiting worden er duizenden padden doodgereden {6}
B: Kan ik geen ontheffing krijgen? {6}
A: Bewoners mogen erdoor, stapvoets, de vrijwilligers laten u erlangs {6}
B: Ik woon aan de Reestweg 44 {6}
A: Dan kunt u erdoor. Het is tot eind april {6}
""",
        35,
    ),
    Chat(
        "Kikkers in de vijver",
        "dienstverlening",
        "2025-04-17 09:00",
        ["Priscilla Wever (KCC)", "Anouk Bisschop"],
        """
A: Mevrouw belt: de kikkers in de vijver in het park kwaken 's nachts zo hard
B: Dat is de natuur, daar doen we niets aan
A: Zo zeg ik het haar
""",
        30,
    ),
    Chat(
        "Pomp fontein",
        "openbare_ruimte",
        "2025-04-23 10:00",
        ["Gerrit Hofsteenge", "Dennis Wolf (Wolf Waterwerken)"],
        """
A: Dennis, de fontein op de Markt is stuk. De pomp maakt lawaai en de spuiters doen niks {7}
B: Ik kom donderdag kijken {7}
~ 2025-04-25
B: Pomp is op, 22 jaar oud. En het filter is verstopt, daarom is het water groen {7}
A: Wat kost een nieuwe? {7}
B: Pomp, filter en een uv-lamp: 14.600 euro {7}
A: Dat moet ik laten goedkeuren {7}
~ 2025-06-16
A: Akkoord, bestel maar {7}
B: Levertijd 2 weken {7}
~ 2025-07-02
B: Hij draait weer {7}
B: AUDIO {7}
""",
        50,
    ),
    Chat(
        "Drinkwaterfontein sporthal",
        "samenleving",
        "2025-08-11 13:00",
        ["Kirsten Vos (sportzaken)", "Jelle Bakker"],
        """
A: Het drinkwaterfonteintje bij sporthal De Bongerd geeft geen water
B: Ik stuur een loodgieter
A: Dank, de kinderen van het zomerkamp hebben dorst
""",
        30,
    ),
    Chat(
        "Markt terras",
        "economie",
        "2025-07-09 15:00",
        ["Evelien Haan", "Bas Groeneveld (Grand Café De Markt)"],
        """
B: Evelien, er spelen de hele middag kinderen in de fontein, ze spetteren mijn gasten nat {7}
A: Het is een speelse fontein, daar is hij ook voor {7}
B: Er ligt ook glas in het water {7}
A: Dat is niet goed, ik laat het meteen opruimen {7}
~
B: Opgeruimd, dank {7}
""",
        30,
    ),
    Chat(
        "Speelstraat",
        "ruimte",
        "2025-05-12 20:30",
        ["Noor Hazeleger", "Sabine Louwes (Weverstraat)"],
        """
B: Hoi Noor, onze buurt wil in de zomer een speelstraat. Hoe gaat dat? {8}
A: Een aanvraag met handtekeningen van de meeste bewoners, en welke dagen en tijden {8}
B: We hebben er 18 van de 22 {8}
A: Dat is genoeg. Stuur maar in {8}
~ 2025-06-20
A: Ontheffing is verleend! Woensdag en zaterdag van 14 tot 18 uur {8}
B: Yes! 🎉 {8}
~ 2025-07-02
B: PHOTO "Speelstraat. Woensdag en zaterdag 14.00 - 18.00 uur. Spelende kinderen" {8}
B: De kinderen hebben er krijt omheen getekend 😂 {8}
~ 2025-08-30
B: Mogen we volgend jaar weer? {8}
A: Ja, aanvraag in het voorjaar {8}
""",
        55,
    ),
    Chat(
        "Bezwaar Weverstraat",
        "ruimte",
        "2025-06-04 08:45",
        ["Bart Eleveld", "Johan Rouwé (Weverstraat 9)"],
        """
B: Meneer Eleveld, ik ben tegen die straat vol kinderen. Ik heb een garage en ik ben 78 {8}
A: U mag er altijd in, stapvoets. Dat komt in de ontheffing {8}
B: En als er een bal tegen mijn auto komt? {8}
A: Dat zijn afspraken tussen buren. Ik vraag de aanvrager om met u te praten {8}
~ 2025-10-01
B: Ik trek mijn bezwaar in. Het was gezellig, dat moet ik toegeven {8}
A: Mooi om te horen {8}
""",
        40,
    ),
    Chat(
        "Speeltuin Weverstraat",
        "samenleving",
        "2025-04-04 10:00",
        ["Gea Wolters", "Sabine Louwes (Weverstraat)"],
        """
B: De glijbaan in het speeltuintje aan het eind van de Weverstraat heeft een scheur
A: Ik laat het inspecteren, tot die tijd lint eromheen
B: Dank!
""",
        30,
    ),
    Chat(
        "Banken ouderenbond",
        "economie",
        "2025-06-11 11:00",
        ["Evelien Haan", "Gerda Mulder (KBO Meppel)"],
        """
B: Evelien, onze leden klagen over de nieuwe bankjes. Te laag en geen leuning, je komt er niet meer uit {9}
A: Dat hoor ik vaker. We kijken naar armleuningen {9}
B: En een rugleuning? {9}
A: Bij de vijver in het park komen banken met rugleuning {9}
~ 2025-08-20
B: Ik zag de leuningen. Onze leden zijn blij 👍 {9}
""",
        35,
    ),
    Chat(
        "Leverancier banken",
        "economie",
        "2025-06-13 09:00",
        ["Tamara Wijnberg", "Rob Stegeman (Stadsmeubel BV)"],
        """
A: Rob, kunnen de armleuningen op de banken die er al staan? {9}
B: Ja, met 4 bouten. 180 euro per stuk, montage door jullie {9}
A: Dan 24 stuks {9}
~ 2025-08-01
B: Geleverd {9}
~ 2025-09-05
A: Alle rustbanken zijn klaar. Scheelt een hoop klachten {9}
""",
        35,
    ),
    Chat(
        "Peuken",
        "bedrijfsvoering",
        "2025-09-23 07:50",
        ["Frank Oosting", "Bert Heerink (schoonmaak)"],
        """
B: Frank, bij de hoofdingang liggen elke ochtend 40, 50 peuken. Ze roken er gewoon {10}
A: Het zijn er minder dan voor het verbod, maar nog te veel. Ik laat een groot bord zetten {10}
B: En iemand staat er te vapen met een wolk 😶 {10}
A: Vapen valt er ook onder {10}
~ 2025-10-20
B: Het wordt beter, 10 per ochtend {10}
""",
        35,
    ),
    Chat(
        "Rookplek",
        "bedrijfsvoering",
        "2025-08-28 12:30",
        ["Jan Wubs (OR)", "Marloes Zwiers"],
        """
A: Marloes, de rookplek achter heeft nog geen dak. Dat was de afspraak met de OR {10}
B: Het afdak wordt 15 september geplaatst {10}
A: Goed, dan kan het rookverbot op 1 september toch ingaan {10}
B: Akkoord {10}
""",
        30,
    ),
    Chat(
        "Rookmelder",
        "bedrijfsvoering",
        "2025-10-07 14:00",
        ["Petra Hulshof", "Kees Reinders"],
        """
A: De rookmelder in de kantine piept, batterij leeg
B: Ik vervang hem vanmiddag
""",
        25,
    ),
    Chat(
        "Uitkering",
        "samenleving",
        "2025-11-25 08:10",
        ["Saskia Timmer", "Roos de Bruin (coördinator Voedselbank Meppel)"],
        """
B: Saskia, hier staan 12 mensen die zeggen dat hun uitkering er niet is. Klopt dat? {11}
A: Ja, een storing. Het geld komt morgen of overmorgen {11}
B: Ze hebben niks voor het weekend {11}
A: Stuur ze naar de balie, ze kunnen vandaag een voorschot krijgen {11}
~ 2025-11-27
B: Het geld is er, dank voor de snelle hulp {11}
""",
        35,
    ),
    Chat(
        "Betaalbestand",
        "bedrijfsvoering",
        "2025-11-25 09:00",
        ["Jeroen Kuiper", "Mirjam Kleine (Financiën)"],
        """
A: Mirjam, waar is het betaalbestand van de PW van gisteren? {11}
B: Na de update is de export gestopt zonder foutmelding. Niemand heeft het gezien {11}
A: Kun je het opnieuw maken? {11}
B: Ja, om 11 uur gaat het naar de bank. Dan staat het morgen op de rekeningen {11}
~
B: Verstuurd en bevestigd {11}
~ 2025-12-03
A: Wat doen we om het te voorkomen? {11}
B: Een controle: de bank stuurt een ontvangstbevestiging en wij checken die elke betaaldag {11}
B: AUDIO {11}
""",
        45,
    ),
    Chat(
        "Declaratie",
        "bedrijfsvoering",
        "2025-09-18 16:00",
        ["Ellen de Groot", "Mirjam Kleine (Financiën)"],
        """
A: Mijn reiskostendeclaratie van juli is nog steeds niet uitbetaald
B: Die zat in de salarisrun van september, kijk morgen nog eens
A: Ok, dank
""",
        25,
    ),
    Chat(
        "Werkkleding",
        "bedrijfsvoering",
        "2025-04-22 07:30",
        ["Wim Lanting", "Marloes Zwiers"],
        """
A: Marloes, die nieuwe broeken zijn zo smal, ik kan er niet in bukken {12}
B: Er komen nog andere maten, ook een ruimere pasvorm {12}
A: En de softshell heeft geen binnenzak voor de telefoon {12}
B: Ik zet het op de lijst voor Van Leeuwen {12}
~ 2025-05-20
A: Gepast, nieuwe broek in maat 54 komt over 3 weken {12}
~ 2025-10-20
A: De nieuwe winterjas is goed, droog gebleven vandaag {12}
B: Staat erin, in het verslag {12}
""",
        40,
    ),
    Chat(
        "Van Leeuwen Bedrijfskleding",
        "bedrijfsvoering",
        "2025-05-15 10:00",
        ["Marloes Zwiers", "Anton van Leeuwen (Van Leeuwen Bedrijfskleding)"],
        """
A: Anton, de jassen van de uniformen zijn niet waterdicht. De boa's stonden nat in de regen {12}
B: Dat is een fout in de partij, de naden zijn niet getaped {12}
A: Wat gaat u doen? {12}
B: We vervangen alle 64 jassen kosteloos, in oktober {12}
A: En de broeken die na 3 weken kapot zijn? {12}
B: Die vervangen we door een versterkte uitvoering {12}
""",
        40,
    ),
    Chat(
        "Kleding Oekraïne",
        "samenleving",
        "2025-01-30 11:00",
        ["Jelle Bakker", "Olena Kovalenko"],
        """
B: Wij zamelen winterkleding in voor Oekraïne. Mag de gemeente een bus lenen?
A: Ik vraag het na, welke datum?
B: 15 februari
~
A: Mag, de bus staat klaar bij de werf
""",
        30,
    ),
)
