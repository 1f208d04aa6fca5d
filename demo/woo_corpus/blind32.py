"""The THIRTY-SECOND BLIND relevance set (issue 17): new chats, requests and judgements.

Written as a Woo officer of gemeente Meppel would by a helper (branch woo32, stop 44) BEFORE any
measurement on it, without reading the search code, the search tests, the synonym migrations, the
redaction code or RESULTS.md; blind31.py was read for the data format, build.py for the Chat and
Request API, the earlier sets only for their request titles (so that the subjects are new); no
other set was opened. Not yet measured: the lead measures it once on main's code. Same syntax as
blind.py: `{n}` after a line marks the requests it is relevant to, `~` starts the next day,
`~ YYYY-MM-DD` moves the chat to that day, `PHOTO "text"` is a photo with painted text, `AUDIO` a
voice note. Generated filler (build.FILLER) is relevant to nothing. Names, addresses, firms, clubs,
foundations and phone numbers are made up; a few real organisations (NVWA, GGD, ME, KvK, VVV,
Slachtofferhulp, het Centrum voor Criminaliteitspreventie, Waterschap Drents Overijsselse Delta,
het Jeugdfonds) appear as they would in such chats.

The twelve requests and their queries were written first, from the request text only, before any
chat. Long team chats (public order and safety, environment and permits, facilities and HR,
economic affairs, traffic, culture and welfare, the mayor's cabinet, communication, the outdoor
service, the boa's, finance and subsidies) carry a request's subject in a few lines among other
work; short one-to-one chats answer without repeating the subject ("Hangt bij de ingang", "Staat",
"Hij vaart weer", "Binnen, dank je!", "Half gered", "Vanaf morgen 7 uur aan", "👍"); other words
for the subject (Aedes albopictus, exotische mug, val, gebruikte banden, regentonnen; bijl,
scooter, vordering, beelden, rolluik, Slachtofferhulp, mistgordijnen; jaagpad, leggernormen,
damwand, omleiding Galgenkampsweg, kapaanvraag; cyanide, PAK, teer, gashouder, leeflaag,
interventiewaarde, afgraven; keuzecadeau, webshop, codes, Cadeaupunt, kerstattentie; pont, veer,
schippers, buitenboordmotor, aanlegsteiger; parkeermeters, displays bevriezen, pinlezer, blauwe
zone, scan; risicowedstrijd, noodbevel, combiregeling, stadionverboden, fakkels; ritten, chip,
zwerfhond, dode zwaan, gewonde ree; Notenbalk, groepslessen, docenten, petitie, blaasinstrumenten;
inkoopcollectief, vast tarief, Groenstroom Noord, klokthermostaat, 17 graden; Dolderweg, schutting,
wachtlijst, bemiddelaars, gebiedsverbod); abbreviations (NVWA, BIZ, ME, OR, MT, P&O, GGD, PAK,
KvK, VVV); typos (juweleir, parkeerautomten, kerstpakkketten, Dierenambulanse); 5 photos with text
(the NVWA's notice on Oevers, the water board's sign at the closed towpath, the college's card
with the Christmas gift, a sticker on a parking meter taken out of use, the parents' banner) and
2 voice notes; and distractor chats that share words with requests but are about something else
(common mosquitoes at a pond, a dike walked after a storm, the team's Christmas drinks, a second
parking permit, a football cage, a street musician, Burendag) and lines about other work in the
team chats (a burglary-safety label for an industrial estate, the jazz festival, pop-up shops).

Judging rule (as the earlier sets): a message is relevant when a Woo officer would have to include
it to cover the request, also when it does not repeat the subject ("👍", "Staat", "Dank"); a voice
note inside a relevant exchange is relevant. Lines of a relevant chat about something else carry
no tag.

Counts (computed from CHATS with build.parse_script; the filler fills every chat to its stated
length): 50 chats of 15 to 200 messages, 3,050 messages (445 hand-written; 5 photos with text, 2
voice notes), 12 requests, 36 queries, 378 relevant messages, each relevant to one request, in 70
(chat, request) pairs; 43 chats relevant to a request, 7 to none, 11 to several. Relevant
messages (chats) per request: R1 33 (5), R2 33 (5), R3 31 (7), R4 31 (5), R5 33 (4), R6 35 (8),
R7 30 (6), R8 31 (7), R9 33 (7), R10 29 (6), R11 31 (5), R12 28 (5)."""

from .build import Chat, Request

REQUESTS = (
    Request(
        1,
        "De Aziatische tijgermug bij een bandenbedrijf op bedrijventerrein Oevers (2025): de vondst, "
        "de bestrijding door de NVWA, de controles in de omgeving en de informatie aan omwonenden.",
        ("tijgermug", "tijgermug bandenbedrijf", "exotische mug bestrijding"),
    ),
    Request(
        2,
        "De overval op juwelier Van Dalen in de Hoofdstraat (2025): de afhandeling met de politie, de "
        "nazorg voor de ondernemers, de camerabeelden en de maatregelen voor winkelbeveiliging in de "
        "binnenstad.",
        ("overval juwelier", "overval hoofdstraat", "winkelbeveiliging"),
    ),
    Request(
        3,
        "De dijkversterking langs het Meppelerdiep door het waterschap (2025): de planning, de kap van "
        "bomen, de afsluiting van het jaagpad en de klachten van bewoners.",
        ("dijkversterking", "dijkversterking meppelerdiep", "jaagpad afgesloten"),
    ),
    Request(
        4,
        "De bodemsanering van het terrein van de voormalige gasfabriek aan de Gasfabriekstraat (2025): "
        "het bodemonderzoek, de sanering, de kosten en de subsidie van de provincie, en de geplande "
        "woningbouw.",
        ("gasfabriek", "bodemsanering gasfabriek", "bodemverontreiniging"),
    ),
    Request(
        5,
        "De kerstpakketten voor de medewerkers van de gemeente (2025): de keuze van de leverancier, de "
        "kosten, de bezorging en de klachten.",
        ("kerstpakket", "kerstpakketten medewerkers", "kerstattentie"),
    ),
    Request(
        6,
        "Het fietspontje over het Meppelerdiep bij De Schiphorst (2025): de exploitatie door "
        "vrijwilligers, de subsidie, de storing en de vaartijden.",
        ("fietspont", "pontje schiphorst", "veerpont subsidie"),
    ),
    Request(
        7,
        "De storingen van de parkeerautomaten in de binnenstad en de overstap op parkeren met een app "
        "(2025): de storingen, de klachten, de boetes en de vervanging van de automaten.",
        ("parkeerautomaten storing", "parkeerautomaat", "parkeerapp"),
    ),
    Request(
        8,
        "De ongeregeldheden na de voetbalwedstrijd VV Meppel Oost - SC Staphorst (april 2025): de inzet "
        "van de politie, het noodbevel, de schade in de binnenstad en de maatregelen tegen supporters.",
        ("rellen voetbal", "supporters noodbevel", "ongeregeldheden derby"),
    ),
    Request(
        9,
        "De Dierenambulance Meppel e.o. (2025): de subsidie, het ophalen van gewonde en dode dieren, de "
        "opvang van gevonden dieren en de afspraken met de gemeente.",
        ("dierenambulance", "dierenambulance subsidie", "gewonde dieren"),
    ),
    Request(
        10,
        "De bezuiniging op muziekschool De Notenbalk (2025): het besluit, de gevolgen voor de lessen en "
        "de docenten, en de protesten van ouders en leerlingen.",
        ("muziekschool", "bezuiniging muziekschool", "muziekles"),
    ),
    Request(
        11,
        "Het nieuwe energiecontract van de gemeente en de energiekosten van de gemeentelijke gebouwen "
        "(2025): de inkoop, de leverancier, de kosten en de besparingsmaatregelen.",
        ("energiecontract", "energiekosten gemeentelijke gebouwen", "energieleverancier"),
    ),
    Request(
        12,
        "Buurtbemiddeling in Meppel (2025): de aanmeldingen en de wachtlijst, de subsidie aan de "
        "uitvoerder en een uit de hand gelopen burenruzie in Kolderveen.",
        ("buurtbemiddeling", "burenruzie", "burenruzie kolderveen"),
    ),
)

CHATS = (
    Chat(
        "Openbare orde en veiligheid",
        "veiligheid",
        "2025-01-06 08:40",
        ["Gert-Jan Zwiers", "Manon Bakker", "Rutger Smeenk", "Esther Lok"],
        """
A: Evaluatie oud en nieuw ligt klaar, graag voor vrijdag lezen
B: Doe ik
~ 2025-02-11
C: Overval op juwelier Van Dalen in de Hoofdstraat, 2 mannen met een bijl, 10 minuten geleden {2}
A: Gewonden? {2}
C: De eigenaar heeft een snee in zijn hand, verder niemand. Daders op een scooter richting Zuideinde {2}
D: Politie heeft de Hoofdstraat afgezet tot de Kerkstraat {2}
~
C: Politie vraagt de beelden van onze camera's op de Markt en de Prinsengracht {2}
A: Vordering van de officier nodig, daarna mogen ze mee. Esther regelt het {2}
D: Beelden van 14:00 tot 15:30 staan klaar op een stick {2}
~ 2025-02-19
B: De ondernemers in de Hoofdstraat zijn geschrokken, de BIZ vraagt om een bijeenkomst over winkelbeveiliging {2}
A: Goed idee. Met de politie en het Centrum voor Criminaliteitspreventie {2}
~ 2025-03-10
C: Melding Kolderveen: buren op de Dolderweg slaan elkaar bijna de hersens in om een schutting {12}
A: Wijkagent is er vaker geweest. Buurtbemiddeling geprobeerd? {12}
C: Ze staan op de wachtlijst, 9 weken {12}
~ 2025-04-05
A: Morgen VV Meppel Oost tegen Staphorst, risicowedstrijd. 40 man ME stand-by {8}
D: De club heeft 12 stewards extra {8}
~ 2025-04-06
C: Het is mis gegaan na de wedstrijd, een groep van 60 trekt richting de binnenstad {8}
B: Ruiten ingegooid bij café De Sluis en 2 fietsenrekken omgetrokken {8}
A: De burgemeester geeft een noodbevel voor de Markt en de Kerkstraat, tot 22:00 {8}
C: 14 aanhoudingen. Een agent met een hoofdwond naar het ziekenhuis {8}
B: Ook bij de Oosterboer een groep met fakkels, daar is nu ME {8}
A: Morgen om 9 uur evaluatie met de politie en de clubs {8}
~ 2025-04-07
A: Afspraken: uitsupporters alleen nog met combiregeling, en de club legt stadionverboden op {8}
D: De schade aan de stad is 11.400 euro, we verhalen het op de aangehouden daders {8}
~ 2025-05-14
C: Dolderweg weer: een ruit ingegooid bij de buren, aangifte over en weer {12}
A: Buurtbemiddeling kan dit niet meer, dit is escalatie. Ik bel de officier van justitie {12}
~ 2025-06-02
B: Bijeenkomst winkelbeveiliging goed bezocht, 35 ondernemers. Subsidie voor camera's en rolluiken staat open {2}
A: Mooi {2}
~ 2025-07-15
D: Evaluatie Meppel Jazz: 1 vechtpartij, verder rustig
A: Goed. Volgend jaar weer dezelfde bezetting
~ 2025-08-20
B: Keurmerk Veilig Ondernemen bedrijventerrein Oevers is verlengd
~ 2025-09-02
C: Verdachten van de juwelier gepakt, in Zwolle {2}
A: Goed nieuws. Ik laat het Van Dalen weten {2}
""",
        200,
    ),
    Chat(
        "Team milieu en vergunningen",
        "ruimte",
        "2025-01-07 08:15",
        ["Mirjam Hulshof", "Pieter Kamphuis", "Dewi Santoso", "Tom Lenferink"],
        """
A: Goedemorgen, de werkvoorraad staat in de planner
~ 2025-01-21
B: Nader bodemonderzoek oude gasfabriek is binnen: cyanide en PAK tot 4 meter diep, en teer onder de oude gashouder {4}
A: Dat is een ernstig geval. Spoed? {4}
B: Geen spoed voor de mens, wel verspreiding naar het grondwater {4}
D: De ontwikkelaar wil er 60 woningen bouwen, dus er moet een saneringsplan komen {4}
~ 2025-02-17
C: Saneringsplan gasfabriek ingediend, ze graven af tot 2 meter en leggen een leeflaag van 1 meter {4}
A: En het grondwater? {4}
C: Een geohydrologische beheersmaatregel, 10 jaar pompen {4}
~ 2025-03-03
D: Controle geluid bij de betoncentrale, binnen de norm
B: Vergunning kinderopvang Zuideinde: brandveiligheid akkoord
A: Dan kan het besluit eruit
~ 2025-06-16
C: NVWA meldt: Aziatische tijgermug gevangen in een val bij bandenbedrijf Wielhuis op Oevers {1}
A: Dat is de eerste in Drenthe toch? {1}
C: Ja. Ze komen deze week de omgeving bestrijden, 500 meter rond het bedrijf {1}
B: Wat moeten wij doen? {1}
C: De adressen aanleveren en een brief naar de omwonenden {1}
~ 2025-06-23
C: Bestrijding klaar, 42 tuinen gecontroleerd, in 3 regentonnen larven gevonden {1}
D: Het bandenbedrijf moet de banden overdekt opslaan, dat wordt een voorschrift {1}
~ 2025-07-08
B: Graafwerk gasfabriek begonnen, geuroverlast in de Gasfabriekstraat {4}
A: Met de aannemer afspreken dat de bakken dicht moeten {4}
~ 2025-08-11
D: Waterschap vraagt een kapvergunning voor 140 bomen langs het Meppelerdiep, voor de dijkversterking {3}
A: 140? Staat er herplant in? {3}
D: 1 op 1, maar niet op de dijk zelf, in het Reestdal {3}
~ 2025-09-09
C: Tweede tijgermug gevangen, weer op Oevers {1}
A: Balen {1}
~ 2025-10-20
B: Sanering gasfabriek klaar, evaluatieverslag binnen. De nazorg blijft bij de provincie {4}
""",
        200,
    ),
    Chat(
        "Facilitair en P&O",
        "bedrijfsvoering",
        "2025-01-08 07:50",
        ["Wendy Koops", "Hans Oldenhof", "Lieke Timmer", "Stefan Bouma"],
        """
A: Nieuwe sleutelpassen liggen bij de receptie
~ 2025-01-28
B: Eindafrekening energie 2024 binnen: 612.000 euro voor alle gemeentelijke gebouwen, bijna 2 ton meer dan begroot {11}
D: Het vaste contract liep af in 2023, we zitten op een variabel tarief {11}
B: Dan moeten we nu inkopen via het inkoopcollectief van de Drentse gemeenten {11}
~ 2025-03-18
B: Nieuw energiecontract getekend met Groenstroom Noord, 3 jaar vast, 21 procent goedkoper {11}
A: 👏 {11}
~ 2025-05-06
C: Ziekteverzuim eerste kwartaal 5,1 procent
~ 2025-06-24
D: Besparing: 's nachts en in het weekend de verwarming lager in het stadhuis en de sporthallen {11}
B: En led in de parkeergarage, terugverdientijd 4 jaar {11}
A: De zonnepanelen op het dak van de werf leveren 18 procent van onze stroom, kan dat ook op het stadhuis? {11}
B: Pas na de verbouwing, het dak is te zwak {11}
~ 2025-08-05
C: Nieuwe printers op de 1e verdieping
A: Eindelijk
~ 2025-09-15
C: Kerstpakketten: dit jaar een keuzecadeau via een webshop, dan kan iedereen zelf kiezen {5}
A: Budget? {5}
C: 65 euro per persoon, 480 medewerkers {5}
D: De OR wil dat het duurzaam en lokaal is {5}
~ 2025-10-21
C: Gekozen: Cadeaupunt Drenthe, met producten van Meppeler winkeliers {5}
~ 2025-12-12
C: De codes voor de kerstpakkketten zijn gemaild {5}
B: Een stuk of 30 mensen hebben niks gekregen, ook de oproepkrachten niet {5}
C: De lijst van P&O was niet compleet, ik stuur ze vandaag alsnog {5}
~ 2025-12-18
A: Klachten over de webshop: de kaas is op en de rest is duur {5}
C: Cadeaupunt vult het aan, en wie wil krijgt een cadeaubon {5}
D: En de gepensioneerden? Die kregen vroeger ook een pakket {5}
C: Dit jaar niet meer, dat heeft het MT in september besloten {5}
""",
        200,
    ),
    Chat(
        "Economische zaken",
        "economie",
        "2025-01-09 09:00",
        ["Roel Wiegman", "Sandra Pots", "Ilse van Rijn"],
        """
A: Nieuwjaarsbijeenkomst ondernemers op 23 januari, de uitnodiging is eruit
~ 2025-02-12
B: Ik ben bij de juweleir geweest, hij wil na de overval eerst dicht {2}
A: Begrijpelijk. Slachtofferhulp? {2}
B: Via de politie. Ik heb ook de buren gesproken, de kapper heeft alles gezien {2}
~ 2025-03-05
C: Ondernemers klagen weer over de parkeerautomten op de Markt, bankpas werkt niet {7}
A: Wie beheert die? {7}
C: Parkeerbeheer, de automaten zijn 12 jaar oud {7}
~ 2025-04-08
B: Horeca wil een vergoeding voor de schade van de rellen zondag {8}
A: Verzekering eerst, daarna kijken we {8}
~ 2025-05-20
C: Recreatieondernemers in De Schiphorst zeggen dat het pontje hun fietsgasten oplevert, ze willen dat het ook in september vaart {6}
A: Ik neem het mee naar de stichting {6}
~ 2025-06-03
B: Subsidieregeling winkelbeveiliging open: 50 procent, max 2.500 per winkel {2}
C: Al 9 aanvragen, vooral camera's en mistgordijnen {2}
~ 2025-08-26
A: Bezoek van de gedeputeerde aan Oevers, programma volgt
~ 2025-10-02
C: Leegstand binnenstad: 3 pop-upwinkels aangevraagd
B: Mooi, die gaan naar de Hoofdstraat
""",
        200,
    ),
    Chat(
        "Verkeer en mobiliteit",
        "openbare_ruimte",
        "2025-01-10 08:30",
        ["Niels Jongman", "Fenna Post", "Bart Hoekstra", "Marloes Vink"],
        """
A: Verkeerstellingen Stationsweg staan in de map
~ 2025-02-04
B: 7 van de 22 parkeermeters in de binnenstad deden het vanochtend niet, het was -6 {7}
C: De displays bevriezen, dat hadden we vorig jaar ook {7}
A: Hoe lang hebben we nog onderhoud op die dingen? {7}
C: Het contract loopt eind dit jaar af, onderdelen zijn er niet meer {7}
~ 2025-03-12
A: Voorstel: automaten vervangen door een paar nieuwe met pin en verder parkeren met een app {7}
D: Denk aan ouderen zonder smartphone {7}
A: Daarom blijft er op elk plein 1 automaat {7}
~ 2025-04-16
B: Waterschap: het jaagpad langs het Meppelerdiep gaat van september tot april dicht voor de dijkversterking {3}
A: Omleiding voor de fietsers? {3}
B: Via de Galgenkampsweg, 2,3 km om {3}
D: Scholieren uit Rogat fietsen daar dagelijks, dat geeft gedoe {3}
~ 2025-05-12
C: Stichting Fietspont De Schiphorst vraagt een bord op de Drentse fietsroute dat de pont weer vaart {6}
A: Kan, ik bestel 2 borden {6}
~ 2025-07-01
A: Raad akkoord met het parkeervoorstel: app en 8 nieuwe automaten, 180.000 euro {7}
~ 2025-09-01
B: Jaagpad is dicht. Hekken staan, omleiding met gele borden {3}
~ 2025-10-14
C: Nieuwe automaten staan. De oude gaan naar de sloper {7}
~ 2025-10-28
A: Kruispunt Eendrachtsweg: de verkeerslichten krijgen een nieuwe afstelling
~ 2025-11-05
D: Fietsstraat Kleine Oever: bewoners positief
B: Dan maken we hem definitief
""",
        200,
    ),
    Chat(
        "Cultuur en welzijn",
        "samenleving",
        "2025-01-13 09:30",
        ["Annemiek Horst", "Joost Brinkman", "Floor de Graaf"],
        """
A: Jaarverslagen van de gesubsidieerde instellingen moeten voor 1 april binnen zijn
B: Het theater is altijd te laat 😅
~ 2025-01-27
C: Week tegen Eenzaamheid: de ouderenbonden doen mee
~ 2025-02-03
B: Bezuiniging: het college wil 150.000 van de 420.000 subsidie van De Notenbalk af {10}
C: Dan kunnen ze geen groepslessen meer geven, en de korting voor minima verdwijnt {10}
A: De directeur komt morgen langs {10}
~ 2025-02-18
C: Buurtbemiddeling: 48 aanmeldingen vorig jaar, en nu al 14 in januari {12}
A: Wachtlijst? {12}
C: 9 weken. Ze hebben 11 vrijwillige bemiddelaars, er zijn er 20 nodig {12}
~ 2025-03-11
B: Notenbalk: 3 docenten krijgen ontslag, en de vestiging in Nijeveen gaat dicht {10}
A: Er komt een petitie, hoor ik van de ouders {10}
~ 2025-04-29
C: Welzijn Meppel vraagt 18.000 extra voor buurtbemiddeling, voor een coördinator en werving {12}
A: Uit de post sociale samenhang, akkoord {12}
~ 2025-05-22
B: Dierenambulanse wil een gesprek over hun subsidie, de benzine en de dierenarts zijn veel duurder geworden {9}
A: Ik plan het in {9}
~ 2025-06-06
A: Dierenambulance krijgt 19.000 per jaar, tot en met 2027 {9}
C: Eindelijk erkenning voor die vrijwilligers {9}
~ 2025-07-07
A: Raad heeft een motie aangenomen: de bezuiniging op de muziekschool halveren {10}
B: Dan 75k eraf. Groepslessen blijven, Nijeveen gaat toch dicht {10}
C: De lessen voor kinderen uit minimagezinnen blijven via het Jeugdfonds {10}
~ 2025-10-01
C: Buurtbemiddeling: 8 nieuwe bemiddelaars getraind, wachtlijst nu 3 weken {12}
A: Top 👍 {12}
""",
        200,
    ),
    Chat(
        "Kabinet burgemeester",
        "bestuur",
        "2025-01-14 09:10",
        ["Lotte Kamps", "Burgemeester Ad de Weerd", "Gijs Holtrop"],
        """
A: Agenda week 3 staat klaar
~ 2025-02-12
A: Wilt u morgen bij juwelier Van Dalen langs? Hij was erg aangeslagen {2}
B: Ja, zeker. Met bloemen en zonder pers {2}
~ 2025-04-06
C: De politie vraagt een noodbevel voor de Markt, de Kerkstraat en de Woldstraat {8}
B: Akkoord, tot 22 uur. Schriftelijk na {8}
~ 2025-04-07
A: Het noodbevel moet vandaag aan de raad gemeld {8}
C: Brief is klaar, graag even lezen {8}
B: Akkoord {8}
~ 2025-04-17
B: Ik wil de voorzitters van beide clubs spreken, voor het volgende seizoen {8}
~ 2025-04-30
A: De stichting van het fietspontje vraagt of u 1 mei de eerste overtocht wilt maken {6}
B: Leuk, met de fiets natuurlijk {6}
C: Pers is uitgenodigd, 10 uur bij de steiger in De Schiphorst {6}
~ 2025-05-13
A: Ouders van de muziekschool bieden morgen om 19:15 een petitie aan, 2.300 handtekeningen {10}
B: Ik neem hem in ontvangst met de wethouder {10}
~ 2025-05-14
C: Er spelen 40 kinderen op het bordes, met blaasinstrumenten {10}
B: Het klonk prachtig. Ik heb gezegd dat de raad beslist {10}
~ 2025-06-30
A: Lintjesregen volgend jaar: 4 voordrachten binnen
""",
        200,
    ),
    Chat(
        "Communicatie",
        "bestuur",
        "2025-01-15 08:00",
        ["Tessa Wolthuis", "Rick Scholten", "Femke Dijk", "Ahmed El Idrissi"],
        """
A: Persberichten van deze week staan in de planning
~ 2025-04-06
B: Filmpjes van de rellen gaan rond op TikTok, de Meppeler Courant vraagt om een reactie {8}
A: We houden het bij het bericht van de politie plus de zin van de burgemeester {8}
C: Kan ik het noodbevel op de site zetten? {8}
A: Ja, en op X {8}
~ 2025-06-17
D: Bericht over de tijgermug gaat morgen om 10 uur online, met een vragenrubriek {1}
B: Kan erin dat mensen regentonnen afdekken en schoteltjes onder de plantenpotten legen? {1}
D: Staat erin. En dat hij overdag steekt en zwart-wit gestreept is {1}
~ 2025-06-18
D: 22 vragen binnen over muggen, de meeste zijn gewone steekmuggen {1}
~ 2025-08-19
C: Waterschap en wij houden 2 informatieavonden over de dijk, 28 augustus en 2 september {3}
A: Locatie? {3}
C: Dorpshuis Rogat {3}
~ 2025-09-03
C: 120 mensen, veel boosheid over de bomen {3}
B: Zoals verwacht {3}
~ 2025-11-12
A: Nieuwe huisstijlposters hangen
""",
        200,
    ),
    Chat(
        "Buitendienst",
        "openbare_ruimte",
        "2025-01-06 06:45",
        ["Harm Jager", "Sietse Bos", "Kees Nijboer", "Rob Meester"],
        """
A: Strooien vannacht, route 1 en 3
B: Ik rij
~ 2025-02-25
C: Dode zwaan op de Zomerdijk, haalt de dierenambulance die op? {9}
A: Nee, dode dieren op straat zijn voor ons, behalve huisdieren {9}
C: Ok, ik neem hem mee {9}
~ 2025-03-04
D: Parkeerautomaat op het Kerkplein opengebroken, de muntbak is weg {7}
A: Bericht naar parkeerbeheer, ik zet er een zak over {7}
~ 2025-04-07
B: Na de voetbal: 4 bankjes en een prullenbak op de Markt gesloopt, de glasbak ligt om {8}
A: Vandaag opruimen, alles fotograferen voor de schade {8}
~ 2025-05-19
D: De aanlegsteiger van de pont bij De Schiphorst is rot, 2 planken doorgezakt {6}
A: Vandaag afzetten, we vervangen de planken donderdag {6}
~
D: Steiger hersteld, de pont kan weer aanleggen {6}
~ 2025-06-10
C: Gewonde ree langs de Hesselerweg, de dierenambulance is onderweg {9}
D: Ze kwamen pas na 2 uur, ze hebben 1 bus voor de hele regio {9}
~ 2025-08-18
B: Hek bij de milieustraat klemt weer
~ 2025-09-22
B: De waterschapsaannemer kapt bomen op de dijk en laat de takken op ons fietspad liggen {3}
A: Ik bel hun uitvoerder {3}
~
A: Opgeruimd, ze zeggen sorry {3}
~ 2025-10-06
C: Bladkorven gaan de wijk in
D: Ik rij vrijdag de eerste ronde
""",
        200,
    ),
    Chat(
        "Handhaving",
        "veiligheid",
        "2025-01-07 07:10",
        ["Dennis Meulenbelt", "Priya Ramdin", "Bas Ottens"],
        """
A: Rooster februari staat
~ 2025-02-04
B: Geen boetes in de blauwe zone vandaag? Automaten doen het niet {7}
A: Klopt, bij een storing schrijven we niet, dat is de afspraak {7}
~ 2025-04-06
C: Wij staan met 4 man bij de Markt, de politie heeft het overgenomen {8}
A: Afstand houden, niet zelf ingrijpen {8}
~ 2025-05-27
B: Zwerfhond in Haveltermade aangelopen, chip gelezen, geen eigenaar bereikbaar {9}
A: Naar het dierenasiel via de dierenambulance {9}
~ 2025-08-12
C: Parkeerapp geeft een fout: mensen hebben betaald maar wij zien ze niet in de scan {7}
B: Dan boetes intrekken, ik heb er 6 geschreven {7}
A: Ik meld het bij de leverancier {7}
~ 2025-09-30
B: Controle hondenpoep Wilhelminapark, 3 waarschuwingen
C: Fatbikes bij het station: 2 bekeuringen
""",
        160,
    ),
    Chat(
        "Financiën en subsidies",
        "bedrijfsvoering",
        "2025-01-08 10:00",
        ["Jacqueline Veen", "Marcel Dekker", "Nina Huisman"],
        """
A: Jaarrekening: de deadline voor de stukken is 15 februari
~ 2025-03-03
B: Provincie heeft 1,4 miljoen toegezegd voor de sanering van de oude gasfabriek {4}
C: En ons deel? {4}
B: 600.000, uit de grondexploitatie. De ontwikkelaar betaalt de rest {4}
~ 2025-04-22
C: Subsidie fietspontje 2025: 9.500 euro, vooral onderhoud en brandstof {6}
A: Voorschot 80 procent {6}
~ 2025-06-05
B: Dierenambulance: subsidie van 12.000 naar 19.000, voor 3 jaar {9}
A: Dekking? {9}
B: Uit de begrotingspost dierenwelzijn {9}
C: Plus een eenmalige bijdrage van 5.000 voor een tweede bus? {9}
B: Nee, dat vragen ze bij de provincie {9}
~ 2025-07-08
C: De halvering van de bezuiniging op de Notenbalk kost 75.000, uit de algemene reserve {10}
~ 2025-09-24
A: Energielasten liggen dit jaar 190.000 lager dan in 2024, dankzij het nieuwe contract {11}
B: Mooi, dat nemen we mee in de najaarsnota {11}
~ 2025-10-30
A: Begroting 2026 is vastgesteld
C: Met 1 amendement over de ozb
""",
        200,
    ),
    Chat(
        "Val Oevers",
        "ruimte",
        "2025-06-16 10:30",
        ["Dewi Santoso", "Marjolein Ruiter"],
        """
A: Marjolein, de mug uit jullie val bij Wielhuis, is het zeker? {1}
B: DNA-bevestigd, Aedes albopictus. Vermoedelijk meegekomen in gebruikte banden uit Italië {1}
A: Wanneer komen jullie? {1}
B: Woensdag met 3 man, we spuiten de banden en lopen de tuinen in de 500 meter langs {1}
A: Moeten bewoners thuis zijn? {1}
B: Liefst wel, anders laten we een kaartje achter {1}
~ 2025-06-18
B: PHOTO "NVWA - Bestrijding Aziatische tijgermug - Verwijder staand water uit uw tuin - info: 0522 85 12 40" {1}
A: Hangt bij de ingang van Oevers 👍 {1}
""",
        30,
    ),
    Chat(
        "Brief omwonenden",
        "ruimte",
        "2025-06-16 14:00",
        ["Dewi Santoso", "Tessa Wolthuis"],
        """
A: Tessa, kun je vandaag een brief maken voor 180 adressen rond Oevers? De NVWA komt woensdag {1}
B: Over die exotische mug? {1}
A: Ja. Niet te eng maken, het risico op ziekte is heel klein {1}
~
B: Concept in je mail {1}
A: Goed zo, gaat eruit {1}
""",
        15,
    ),
    Chat(
        "Wielhuis banden",
        "ruimte",
        "2025-06-24 09:00",
        ["Tom Lenferink", "Erik Wielhuis"],
        """
A: Meneer Wielhuis, u moet de gebruikte banden voortaan onder een dak opslaan {1}
B: Ik heb 4.000 banden op het terrein, dat kan niet in een week {1}
A: Voor 1 augustus. Tot dan dekt u ze af met zeilen {1}
B: Wie betaalt dat? {1}
A: U, dat is uw bedrijfsvoering {1}
~ 2025-08-01
B: Hal staat, banden liggen binnen {1}
A: Ik kom het volgende week bekijken {1}
""",
        30,
    ),
    Chat(
        "Muggen vijver",
        "openbare_ruimte",
        "2025-07-21 16:00",
        ["Sietse Bos", "Carla Mensink"],
        """
A: Melding: muggenoverlast bij de vijver in Berggierslanden, het water staat stil
B: Dat zijn steekmuggen, dat komt door de warmte
A: Kunnen we iets doen?
B: De fontein weer aanzetten, dan broeden ze minder. Bestrijden met gif doen we niet
~
A: Fontein doet het weer
""",
        30,
    ),
    Chat(
        "Beelden politie",
        "veiligheid",
        "2025-02-11 15:40",
        ["Esther Lok", "Wijkagent Frank Mulder"],
        """
A: Frank, de vordering voor de beelden van de Hoofdstraat is binnen {2}
B: Top. Ik kom ze om 17 uur halen {2}
A: Staan op een versleutelde stick, wachtwoord stuur ik apart {2}
~ 2025-02-12
B: Op de beelden van de Markt staat de scooter met kenteken, heel bruikbaar {2}
A: Mooi {2}
""",
        20,
    ),
    Chat(
        "Van Dalen",
        "economie",
        "2025-02-12 11:00",
        ["Sandra Pots", "Wim van Dalen"],
        """
A: Meneer Van Dalen, hoe gaat het met uw hand? {2}
B: 6 hechtingen. Maar mijn vrouw slaapt niet meer {2}
B: AUDIO {2}
A: Dat begrijp ik. Wilt u een gesprek met Slachtofferhulp? Ik kan het regelen {2}
B: Ja graag. En ik wil een rolluik, maar de welstand doet moeilijk {2}
A: Ik bel vanmiddag met de welstand, een rolluik aan de binnenkant kan altijd {2}
~ 2025-03-21
B: Vandaag weer open. Met camera en een deurslot met knop {2}
A: Fijn! Succes {2}
""",
        30,
    ),
    Chat(
        "Kap bomen dijk",
        "ruimte",
        "2025-08-11 13:00",
        ["Tom Lenferink", "Gerda Prins"],
        """
A: Gerda, jullie kapaanvraag: waarom moeten alle 140 bomen weg? {3}
B: Wortels in het dijklichaam maken hem zwak bij hoogwater. Wij volgen de leggernormen {3}
A: En de 3 oude eiken bij het gemaal? {3}
B: Die laten we staan, we leggen daar een damwand {3}
~ 2025-09-01
B: PHOTO "Waterschap Drents Overijsselse Delta - Dijkversterking Meppelerdiep - Jaagpad afgesloten tot april 2026" {3}
A: Gezien {3}
""",
        30,
    ),
    Chat(
        "Klacht jaagpad",
        "dienstverlening",
        "2025-09-08 10:00",
        ["Yara Bosman", "Niels Jongman"],
        """
A: Een moeder uit Rogat belt: haar zoon moet door de omleiding in het donker over een weg zonder licht {3}
B: De Galgenkampsweg. We zetten er tijdelijke verlichting neer, dat hadden we met het waterschap afgesproken {3}
A: Wanneer? {3}
B: Vrijdag {3}
~ 2025-09-12
B: Staat {3}
""",
        15,
    ),
    Chat(
        "Planning waterschap",
        "ruimte",
        "2025-03-20 11:00",
        ["Mirjam Hulshof", "Gerda Prins"],
        """
A: Gerda, wanneer begint het werk aan de dijk langs het diep? {3}
B: September, tot april. Dan zijn we buiten het broedseizoen weg {3}
A: En de woonboten bij de Zwartewaterkade? {3}
B: Die liggen er niet in de weg, ze krijgen wel een brief {3}
""",
        20,
    ),
    Chat(
        "Dijkinspectie na storm",
        "openbare_ruimte",
        "2025-01-28 08:00",
        ["Harm Jager", "Kees Nijboer"],
        """
A: Na de storm van gisteren: kun je langs de dijk bij de volkstuinen lopen?
B: Een omgewaaide wilg, de dijk zelf is gaaf
A: Wilg wegzagen en het gat vullen
~
B: Klaar
""",
        20,
    ),
    Chat(
        "Gasfabriekterrein",
        "ruimte",
        "2025-01-14 10:00",
        ["Pieter Kamphuis", "Joris Hendriksen"],
        """
A: Joris, hoe staat het met het boren op het oude gasfabriekterrein? {4}
B: 24 boringen gedaan, de labuitslagen komen volgende week {4}
~ 2025-01-21
B: Cyanide en PAK ver boven de interventiewaarde, en een teerlaag bij de gashouder {4}
A: Hoeveel kuub? {4}
B: Schatting 9.000 kuub afgraven {4}
A: Kosten? {4}
B: Tussen de 1,8 en 2,3 miljoen {4}
""",
        30,
    ),
    Chat(
        "Woningbouw gasfabriek",
        "ruimte",
        "2025-02-05 14:00",
        ["Marit Kleine", "Ronald Ten Have"],
        """
A: Ronald, de woningen op de gasfabriek: wanneer kan de bouw beginnen? {4}
B: Niet voor de grond schoon is. Saneren duurt tot oktober {4}
A: Dan de eerste paal in het voorjaar {4}
B: En de kopers moeten weten dat er een leeflaag ligt, dat komt in de koopakte {4}
~ 2025-11-03
B: Verklaring van de provincie binnen, de grond is geschikt voor wonen {4}
A: 🎉 {4}
""",
        30,
    ),
    Chat(
        "Geur Gasfabriekstraat",
        "dienstverlening",
        "2025-07-09 09:15",
        ["Yara Bosman", "Pieter Kamphuis"],
        """
A: 5 klachten over een teerlucht in de straat bij het oude gasfabriekterrein {4}
B: Dat komt van het afgraven. De aannemer dekt de bakken nu af {4}
A: Is het gevaarlijk? {4}
B: Nee, de GGD heeft gemeten, het is hinder {4}
A: Dank, dat zeg ik {4}
""",
        15,
    ),
    Chat(
        "Kerstpakket OR",
        "bedrijfsvoering",
        "2025-09-17 12:00",
        ["Lieke Timmer", "Gerrit Schuiling"],
        """
A: Gerrit, de OR wilde meedenken over de kerstattentie {5}
B: Graag iets van hier, geen doos uit een fabriek. En wie niet wil, geeft het aan de voedselbank {5}
A: Dat kan met de webshop, er zit een optie doneren in {5}
B: Top {5}
~ 2025-10-21
A: Het wordt Cadeaupunt Drenthe {5}
B: OR akkoord 👍 {5}
~ 2025-12-15
B: Lieke, de oproepkrachten en stagiairs horen er toch ook bij? {5}
A: Ja, ze krijgen alsnog een code, wel van 35 euro {5}
B: Oké, ik laat het ze weten {5}
""",
        20,
    ),
    Chat(
        "Cadeaupunt",
        "bedrijfsvoering",
        "2025-10-22 10:00",
        ["Lieke Timmer", "Bianca Scholte"],
        """
A: Bianca, de opdracht is rond: 480 codes van 65 euro, plus een kaart van het college {5}
B: Wanneer moeten de codes eruit? {5}
A: 12 december {5}
~ 2025-12-01
B: PHOTO "Fijne feestdagen en een gezond 2026 - namens het college van B&W van Meppel" {5}
A: Mooi, kan zo {5}
~ 2025-12-16
A: De kaas uit het assortiment is op, kunnen jullie bijbestellen? {5}
B: Donderdag weer op voorraad {5}
""",
        30,
    ),
    Chat(
        "Code niet ontvangen",
        "bedrijfsvoering",
        "2025-12-13 09:00",
        ["Dirk Lamberts", "Lieke Timmer"],
        """
A: Hoi Lieke, ik heb geen mail met een code gekregen, collega's wel {5}
B: Je stond niet op de lijst, sorry. Ik stuur hem nu {5}
A: Binnen, dank je! {5}
~
A: Besteld: een fles wijn van de wijnhandel aan de Woldstraat en een kookboek 🍷 {5}
B: Goede keus {5}
""",
        15,
    ),
    Chat(
        "Kerstborrel team",
        "bedrijfsvoering",
        "2025-12-02 15:00",
        ["Wendy Koops", "Stefan Bouma"],
        """
A: Kerstborrel van het team op 19 december, in de kantine
B: Ik neem de kerstmuziek mee
A: En wie doet de hapjes?
B: Ik bestel bij de snackbar
""",
        20,
    ),
    Chat(
        "Pontje",
        "economie",
        "2025-03-04 10:00",
        ["Roel Wiegman", "Harry Lammers"],
        """
A: Harry, vaart de pont dit jaar weer vanaf 1 mei? {6}
B: Als we genoeg schippers hebben. We zijn met 14 vrijwilligers, we hadden er 22 {6}
A: Wat hebben jullie nodig? {6}
B: Subsidie voor de nieuwe buitenboordmotor, en een oproep voor schippers {6}
A: Ik zet het in het nieuws van de gemeente {6}
~ 2025-03-06
B: De nieuwe motor kost 7.200, kan de gemeente bijdragen? {6}
A: Vraag het aan via het subsidieloket, ik kijk mee {6}
~ 2025-04-24
B: 9 nieuwe schippers, de pont vaart van 1 mei tot 30 september {6}
A: Mooi! {6}
""",
        30,
    ),
    Chat(
        "Storing pont",
        "economie",
        "2025-07-19 11:30",
        ["Harry Lammers", "Roel Wiegman"],
        """
A: Roel, de motor van het pontje is kapot, we varen dit weekend niet {6}
B: Balen, net in de vakantie. Kan het snel? {6}
A: Een onderdeel uit Duitsland, 10 dagen {6}
A: AUDIO {6}
B: Ik zet een bericht op de site en bij de VVV {6}
~ 2025-07-30
A: Hij vaart weer {6}
B: Wat kostte de reparatie? {6}
A: 1.150, betaald uit de reserve van de stichting {6}
B: 👍 {6}
""",
        30,
    ),
    Chat(
        "Vaartijden",
        "economie",
        "2025-05-20 15:00",
        ["Ilse van Rijn", "Harry Lammers"],
        """
A: Harry, de campings vragen of het veer ook in september vaart {6}
B: Tot 30 september, weekends van 10 tot 18 uur. Doordeweeks alleen in juli en augustus {6}
A: En de prijs? {6}
B: 1 euro per persoon met fiets, kinderen gratis {6}
A: Zet ik in de folder {6}
""",
        15,
    ),
    Chat(
        "Parkeerbeheer",
        "openbare_ruimte",
        "2025-02-04 11:00",
        ["Bart Hoekstra", "Lars Kuiken"],
        """
A: Lars, alweer 7 automaten die bevroren zijn {7}
B: Het zijn de oude displays, een monteur komt vandaag {7}
A: En de pinlezers? Op de Markt weigert hij elke pas {7}
B: Die lezer is niet meer te krijgen. Alleen vervangen helpt {7}
~ 2025-10-13
B: Nieuwe automaten zijn gekoppeld aan het systeem {7}
A: PHOTO "Deze automaat is buiten gebruik - Parkeer met de app of betaal bij de Markt" {7}
A: Sticker op de oude bij de Kerkgracht, die gaat morgen weg {7}
""",
        30,
    ),
    Chat(
        "Boete bezwaar",
        "dienstverlening",
        "2025-08-13 10:00",
        ["Yara Bosman", "Dennis Meulenbelt"],
        """
A: Meneer belt: boete gekregen maar hij had betaald met de app, hij heeft een screenshot {7}
B: Dat was de storing van 12 augustus. Boete wordt ingetrokken {7}
A: Krijgt hij een brief? {7}
B: Ja, deze week {7}
""",
        15,
    ),
    Chat(
        "Parkeervergunning Haveltermade",
        "dienstverlening",
        "2025-03-24 09:30",
        ["Yara Bosman", "Fenna Post"],
        """
A: Bewoner Haveltermade vraagt een tweede parkeervergunning voor zijn busje
B: Het maximum is 1 per adres, een tweede kan alleen voor een bedrijfsauto
A: Het is zijn bedrijfsbus
B: Dan met uittreksel van de KvK
""",
        20,
    ),
    Chat(
        "Schade De Sluis",
        "economie",
        "2025-04-08 10:00",
        ["Sandra Pots", "Marco Zuidema"],
        """
A: Marco, hoe erg is de schade na de voetbalrellen? {8}
B: 2 ruiten, 6 stoelen en een terrasscherm, 4.800 euro. Eigen risico 1.000 {8}
A: Doe aangifte, dan kan het op de daders verhaald worden {8}
B: Al gedaan {8}
~ 2025-05-02
B: Verzekering heeft betaald {8}
""",
        20,
    ),
    Chat(
        "Voetbalkooi Oosterboer",
        "openbare_ruimte",
        "2025-05-12 10:00",
        ["Sietse Bos", "Annemiek Horst"],
        """
A: Het net van de voetbalkooi in Oosterboer is kapot
B: De jongeren van de buurt vroegen ook om nieuwe doelen
A: Net vervangen kost 1.100
B: Doen, de doelen volgend jaar
""",
        20,
    ),
    Chat(
        "Dierenambulance",
        "samenleving",
        "2025-05-27 14:00",
        ["Annemiek Horst", "Willy Snijder"],
        """
A: Willy, dank voor het gesprek. Kun je de cijfers nog sturen? {9}
B: 1.240 ritten vorig jaar, 380 in Meppel. Vooral katten, egels en vogels {9}
A: En de kosten? {9}
B: 61.000, de subsidie van jullie is 12.000. De rest uit donaties {9}
A: Ik stel 19.000 voor, dan wel een jaarverslag met de ritten per gemeente {9}
B: Afgesproken {9}
~ 2025-06-06
A: Het college is akkoord, 3 jaar {9}
B: Geweldig, namens alle vrijwilligers dank! 🐾 {9}
""",
        30,
    ),
    Chat(
        "Gevonden kat",
        "dienstverlening",
        "2025-08-04 16:20",
        ["Yara Bosman", "Priya Ramdin"],
        """
A: Mevrouw heeft een gewonde kat in haar schuur in Nijeveen, wie belt ze? {9}
B: De dierenambulance, 0522 24 66 10, die zijn 24 uur bereikbaar {9}
A: Ze heeft gebeld, ze komen binnen het uur {9}
B: 👍 {9}
""",
        15,
    ),
    Chat(
        "Afspraken dode dieren",
        "openbare_ruimte",
        "2025-03-12 09:00",
        ["Harm Jager", "Willy Snijder"],
        """
A: Willy, even de afspraken op een rij: dode dieren op straat halen wij op, huisdieren met een chip jullie {9}
B: Klopt, wij lezen de chip en bellen de eigenaar {9}
A: En een dode reiger of zwaan? {9}
B: Jullie. Bij meer dan 3 dode watervogels bij elkaar de NVWA bellen {9}
A: Helder, ik zet het in de werkinstructie {9}
""",
        20,
    ),
    Chat(
        "Notenbalk",
        "samenleving",
        "2025-02-04 10:00",
        ["Joost Brinkman", "Corien Haverkamp"],
        """
A: Corien, dank voor gisteren. Je rekende ons voor wat 150k minder betekent {10}
B: 3 docenten eruit, geen groepslessen meer, en Nijeveen dicht. 310 leerlingen zitten nu op les {10}
A: Kun je een plan maken met de helft van de korting? {10}
B: Dan blijven de groepslessen, maar Nijeveen redden we niet {10}
~ 2025-07-08
A: De raad halveert het, dus jouw plan B {10}
B: Gelukkig. Nijeveen sluit na de zomer, de kinderen kunnen naar Meppel {10}
""",
        30,
    ),
    Chat(
        "Ouders muziekschool",
        "samenleving",
        "2025-05-14 20:30",
        ["Joost Brinkman", "Mariska Beltman"],
        """
B: Dank dat de wethouder er was. Zag je hoeveel kinderen er speelden? {10}
A: Indrukwekkend {10}
B: PHOTO "Muziek is geen luxe! Red de Notenbalk - 2.300 handtekeningen" {10}
B: Komt de bezuiniging nu van tafel? {10}
A: De raad beslist op 3 juli, ik kan niks beloven {10}
~ 2025-07-04
B: Half gered. Beter dan niks {10}
""",
        20,
    ),
    Chat(
        "Docent Nijeveen",
        "samenleving",
        "2025-09-02 19:00",
        ["Hennie Brouwer", "Annemiek Horst"],
        """
A: Ik heb 22 jaar piano gegeven in Nijeveen en nu is het gewoon voorbij {10}
B: Het spijt me echt. Is er werk bij de scholen? {10}
A: 8 uur muziekles op 2 basisscholen, via het cultuuronderwijs {10}
B: Dan blijf je in ieder geval in het dorp lesgeven {10}
""",
        15,
    ),
    Chat(
        "Straatmuzikanten",
        "economie",
        "2025-06-11 13:00",
        ["Ilse van Rijn", "Roel Wiegman"],
        """
A: Klachten van winkeliers over een straatmuzikant met een versterker bij de Kerkstraat
B: Zonder versterker mag het, en na een uur naar een andere plek
A: Ik vraag de boa's om het hem te vertellen
""",
        20,
    ),
    Chat(
        "Energie-inkoop",
        "bedrijfsvoering",
        "2025-02-10 11:00",
        ["Hans Oldenhof", "Chantal Roeters"],
        """
A: Chantal, wanneer sluit de inkoop van het collectief? {11}
B: Offertes tot 7 maart, gunning half maart. Stroom en gas apart {11}
A: Wij doen alleen stroom en gas voor de gebouwen, niet de openbare verlichting {11}
B: Prima. Vast of variabel? {11}
A: Vast, 3 jaar. Geen verrassingen meer {11}
~ 2025-03-14
B: Gegund aan Groenstroom Noord, 100 procent windstroom uit Nederland {11}
A: Top {11}
""",
        30,
    ),
    Chat(
        "Meterstanden sporthal",
        "bedrijfsvoering",
        "2025-04-15 08:30",
        ["Stefan Bouma", "Hans Oldenhof"],
        """
A: Sporthal De Ezinge verbruikt 2 keer zoveel gas als De Bongerd {11}
B: De ketel staat 24 uur per dag aan, ook als er niemand is {11}
A: Klokthermostaat laten instellen? {11}
B: Ja, en de ventilatie op een tijdschakelaar {11}
~ 2025-06-20
A: Verbruik in mei 34 procent lager {11}
B: Dan doen we hetzelfde in De Bongerd en het zwembad {11}
A: Staat op de lijst {11}
""",
        30,
    ),
    Chat(
        "Koud stadhuis",
        "bedrijfsvoering",
        "2025-11-17 08:10",
        ["Marleen Doornbos", "Wendy Koops"],
        """
A: Het is 17 graden op de 2e, iedereen zit met een jas aan {11}
B: Sinds de nieuwe stand gaat de verwarming pas om 8 uur aan {11}
A: Kan dat 7 uur worden? {11}
B: Ik laat het aanpassen. Het besparen moet niet ten koste gaan van jullie 🙂 {11}
A: Dank! {11}
~
B: Vanaf morgen 7 uur aan {11}
""",
        15,
    ),
    Chat(
        "Dolderweg",
        "samenleving",
        "2025-03-11 10:00",
        ["Ingrid Veltkamp", "Wijkagent Frank Mulder"],
        """
A: Frank, de aanmelding van de Dolderweg in Kolderveen ligt bij ons, ik kan pas in mei {12}
B: Dat is te laat. Het gaat al 3 jaar en het wordt grimmiger {12}
A: Ik probeer ze eerder in te plannen, met 2 ervaren bemiddelaars {12}
~ 2025-04-03
A: Gesprek gehad met de ene kant, de andere weigert {12}
B: Zonder beide partijen gaat het niet {12}
~ 2025-05-15
B: Gisteren is er een ruit gesneuveld en de officier gaat een gebiedsverbod overwegen {12}
A: Dan sluiten wij het dossier, dit is niet meer voor bemiddeling {12}
""",
        30,
    ),
    Chat(
        "Aanmelding bemiddeling",
        "dienstverlening",
        "2025-02-19 14:00",
        ["Yara Bosman", "Ingrid Veltkamp"],
        """
A: Mevrouw uit Nijeveen klaagt over de hond van de buren die de hele dag blaft, kan ze bij jullie terecht? {12}
B: Zeker, aanmelden via de site van Welzijn Meppel. Wel 9 weken wachten {12}
A: Zo lang? {12}
B: Helaas, te weinig bemiddelaars {12}
~ 2025-04-10
B: Ze zijn geweest, de buren hebben afspraken gemaakt {12}
""",
        15,
    ),
    Chat(
        "Subsidie Welzijn",
        "samenleving",
        "2025-04-30 16:00",
        ["Floor de Graaf", "Ingrid Veltkamp"],
        """
A: Ingrid, de 18.000 extra is toegekend {12}
B: Geweldig, dan gaan we werven. Een training van 4 dagdelen {12}
~ 2025-09-29
B: 8 nieuwe mensen getraind, de wachtlijst is bijna weg {12}
A: 👏 {12}
""",
        20,
    ),
    Chat(
        "Burendag",
        "samenleving",
        "2025-08-28 10:00",
        ["Floor de Graaf", "Jolien Meijering"],
        """
A: Voor de Burendag op 27 september hebben 11 straten een buurtfeest aangemeld
B: Elk 150 euro uit het wijkbudget?
A: Ja, en de springkussens via de gemeente
B: Prima
""",
        20,
    ),
)
