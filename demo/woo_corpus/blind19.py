"""The NINETEENTH BLIND relevance set (issue 17): new chats, requests and judgements.

Written as a Woo officer of gemeente Meppel would by a helper (branch bwoo19) BEFORE any tuning
on it, without reading the search code or RESULTS.md's round paragraphs (blind18.py was read for
the data format, sets 11 to 18 only for their request titles, so that the subjects are new);
measured once on main's code after it was committed ("before" figure). Same syntax as blind.py:
`{n}` after a line marks the requests it is relevant to, `~` starts the next day, `~ YYYY-MM-DD`
moves the chat to that day, `PHOTO "text"` is a photo with painted text, `AUDIO` a voice note.
Generated filler (build.FILLER) is relevant to nothing. Names, places, organisations and numbers
are made up.

The requests and their queries were written first, from the request text only. The chats are
shaped like real work chats: long team chats (culture and library, the Oosterboer district team,
housing permits, the elections desk, a district crew, the MT of Samenleving, the press desk, the
mayor's secretariat, the boa's) where a request's subject is a few lines among other work; short
follow-up chats whose subject carries the topic while the lines answer without repeating it
("Jeugd eerst, dan de romans", "Gaas zit erin over 80 meter", "Verzegeling intact?");
abbreviations and jargon (GBO, BRP, DUO, B1, Z-route, GSB, pv, N11, BAG, MJOP, RUD, LTO, JOP,
APV, KCC, DigiD); other words for the subject (bieb, afhaalpunt, kratten, oude loketten;
splitsen, units, voordeuren, zelfstandige woonruimte; taalschool, surseance, curator, taalmaatjes;
hangjeugd, JOP, scooters op de stoep; zone A, bezoekerstegoed, naheffingen, waterbedeffect;
burcht, gangen, knaagsporen, raster, talud; stapels verwisseld, zakken, verzegeling; spanten,
meerwerk, filterinstallatie, Havelte; vaten, jerrycans, anijs, saneerder; veldnamen, vernoeming,
5-jaarstermijn; dorpsavond, 1 euro, anti-speculatiebeding); typos (splisting, verhuising,
inburgeraas, stembueau, prbleem, vergunningsparkeren); 5 photos with text and 2 voice notes; and
distractor chats that share words with requests but are about something else (the library's
summer reading, splitting a case in the case system, rooms for young people, a language course for
the crew, housing refugees with a status, youths at the station, the youth council, staff
parking at the town hall, muskrat trapping, the works council's election, a swimming event at the
outdoor pool, dumped household rubbish, asbestos sheets in a verge, a knocked-over street sign,
the village hall of Rogat, the library's book cabinet in the village hall).

Judging rule (as the earlier sets): a message is relevant when a Woo officer would have to
include it to cover the request, also when it does not repeat the subject ("Hoeveel?", "Top",
"Gevonden"). Lines of a relevant chat about something else carry no tag. Where a request names
what it asks about after a colon, lines about the subject outside those points carry no tag (the
library's book cabinet in De Schakel after the takeover is not the subsidy, the upkeep or the
takeover).

Counts (with the generated filler of seed 17, as the bench builds it): 75 chats of 10 to 300
messages, 2,658 messages (731 hand-written; 5 photos with text, 2 voice notes), 11 requests, 33
queries, 585 relevant (message, request) pairs on 585 messages, in 73 (chat, request) pairs; 58
chats relevant to a request, 17 to none, 8 to several. Relevant messages (chats) per request:
R1 84 (7), R2 59 (6), R3 49 (6), R4 65 (8), R5 42 (5), R6 52 (6), R7 52 (8), R8 58 (7),
R9 44 (6), R10 39 (7), R11 41 (7).
"""

from .build import Chat, Request

REQUESTS = (
    Request(
        1,
        "De verhuizing van de bibliotheek naar het voormalige postkantoor aan de Hoofdstraat "
        "(2025): de huur- en verbouwingskosten, de tijdelijke sluiting, de verhuizing van de "
        "collectie en de reacties van leden.",
        ("verhuizing bibliotheek", "bibliotheek postkantoor", "bibliotheek tijdelijk gesloten"),
    ),
    Request(
        2,
        "Het nieuwe beleid voor woningsplitsing (2025): de beleidsregel met de minimale "
        "oppervlakte per woning, de aanvragen om een woning te splitsen, de handhaving bij "
        "illegale splitsing en de reacties van verhuurders.",
        ("woningsplitsing beleid", "woning splitsen aanvraag", "illegale splitsing"),
    ),
    Request(
        3,
        "Het faillissement van taalschool Lingua Nova en de gevolgen voor inburgeraars (2025): de "
        "overstap naar een andere taalaanbieder, de termijnen van de inburgering en het contact "
        "met DUO.",
        ("inburgering taalschool failliet", "lingua nova", "inburgeraars termijn DUO"),
    ),
    Request(
        4,
        "Overlast van jongeren bij winkelcentrum Oosterboer (2025): de meldingen van winkeliers en "
        "bewoners, de inzet van de wijkagent, boa's en jongerenwerkers en het "
        "samenscholingsverbod.",
        ("jongerenoverlast oosterboer", "hangjongeren winkelcentrum", "samenscholingsverbod"),
    ),
    Request(
        5,
        "De invoering van vergunningparkeren in de wijk Haveltermade (2025): de draagvlakpeiling, "
        "de kosten van de bewonersvergunning, de bezoekersregeling en de bezwaren.",
        (
            "vergunningparkeren haveltermade",
            "parkeervergunning bewoners kosten",
            "bezoekersregeling parkeren",
        ),
    ),
    Request(
        6,
        "Schade door bevers aan de kade en de dijk langs de Wold Aa (2025): de graafgangen en "
        "verzakkingen, het overleg met het waterschap, de ontheffing om de burcht weg te halen en "
        "de kosten van het herstel.",
        ("bevers dijk", "beverschade", "ontheffing beverburcht"),
    ),
    Request(
        7,
        "De hertelling van de stemmen in Meppel na de Tweede Kamerverkiezing van 29 oktober 2025: "
        "de telfout in een stembureau, de hertelling, de bezwaren en het proces-verbaal.",
        ("hertelling tweede kamerverkiezing", "telfout stembureau", "proces-verbaal hertelling"),
    ),
    Request(
        8,
        "De renovatie van zwembad De Slag (2025): de overschrijding van het budget, het uitstel "
        "van de heropening, de afspraken met de aannemer en het uitwijken van het schoolzwemmen "
        "en de zwemvereniging.",
        ("renovatie zwembad", "zwembad budget overschrijding", "schoolzwemmen uitwijken"),
    ),
    Request(
        9,
        "Dumpingen van drugsafval in het buitengebied van Meppel (2025): de vondsten van vaten en "
        "jerrycans, het opruimen, de kosten en de samenwerking met politie, provincie en "
        "omgevingsdienst.",
        ("drugsafval", "gedumpte vaten buitengebied", "drugsafval opruimkosten"),
    ),
    Request(
        10,
        "De straatnamen voor fase 3 van de wijk Nieuwveense Landen (2025): de voorstellen van de "
        "straatnamencommissie, de inbreng van inwoners, de ophef over de vernoeming naar een oud-"
        "wethouder en het besluit van het college.",
        ("straatnamen nieuwveense landen", "straatnamencommissie", "vernoeming straatnaam"),
    ),
    Request(
        11,
        "De toekomst van dorpshuis De Schakel in Nijeveen (2025): het stoppen van de subsidie, het "
        "achterstallig onderhoud van het gebouw en de overname door een stichting van "
        "vrijwilligers.",
        ("dorpshuis nijeveen", "subsidie dorpshuis", "de schakel overname"),
    ),
)

CHATS = (
    Chat(
        "Teamapp cultuur en bibliotheek",
        "samenleving",
        "2025-02-03 08:45",
        ["Marloes Hensen", "Wouter Dekker", "Ilse Bosma", "Freek de Lange"],
        """
A: Morgen! Even een rondje: wie pakt de subsidieaanvragen cultuur 2026 op?
B: Ik, staan in de zaak
C: Ik heb de bieb aan de lijn gehad, ze willen echt door met het postkantoor {1}
A: Hoofdstraat 12? Dat pand staat al twee jaar leeg {1}
C: Ja. Huur is 68k per jaar kaal, verbouwing schatten ze op 1,1 mln {1}
D: Poeh. En wie betaalt de verbouwing, wij als eigenaar van de oude locatie of zij? {1}
C: Daar gaat het gesprek donderdag over {1}
A: Neem Freek mee, hij kent de huurovereenkomst van de oude locatie {1}
~
B: Museum Meppel vraagt of de kerstexpositie in de hal van het stadhuis mag
A: Prima, stem af met facilitair
B: Doe ik
~
C: Verslag gesprek bieb: zij dragen de inrichting, wij de bouwkundige kant tot 850k. Rest via dekking reserve {1}
D: Dat moet dan wel via de raad, dat is een budgetrecht ding {1}
C: Klopt, raadsvoorstel in april {1}
A: Zet het op de planning van het college 18 maart {1}
~
B: Iemand de nieuwe tarieven voor de muziekschool gezien? 4% omhoog
A: Staat in de begroting, klopt
~ 2025-04-22
C: Raad akkoord met het krediet voor de bieb, 1 stem tegen {1}
A: Top! 🎉 {1}
D: Wanneer gaat de oude vestiging dicht? {1}
C: Planning: 1 sept laatste uitleendag, dan 6 weken dicht, half oktober open in het postkantoor {1}
A: 6 weken zonder bieb, dat gaat gemopper geven {1}
C: Er komt een afhaalpunt in het MFC Koedijkslanden tijdens de sluiting {1}
~
B: Cultuurnacht: podium op de Kleine Oever of toch Groenmarkt?
D: Groenmarkt, Kleine Oever is te krap
B: Ok
~ 2025-06-10
C: De leden krijgen deze week een brief over de verhuizing, en er komt een pagina op de site {1}
A: Laat communicatie even meekijken, geen ambtelijke taal {1}
C: Komt goed
~ 2025-08-25
D: De verhuizers rekenen met 48.000 boeken en 3.000 dvd's, ze willen een week extra {1}
C: Kan niet, aannemer levert het postkantoor op 15 sept op {1}
D: Dan gaan ze in twee ploegen {1}
~ 2025-09-02
A: Bieb is dicht sinds gisteren, ik zag al boze reacties op Facebook {1}
C: Vooral ouderen die niet naar Koedijkslanden kunnen. We doen een bezorgservice voor 75+ {1}
A: Goed idee, wie doet dat? {1}
C: Vrijwilligers van de bieb + Humanitas {1}
~
B: Het Dorpshuis De Schakel belde, ze hadden een vraag over de cultuursubsidie {11}
A: Welke vraag? {11}
B: Of de programmering in het dorpshuis volgend jaar nog subsidie krijgt als de exploitatiesubsidie stopt {11}
A: Die regeling staat los van elkaar. Stuur ze het regeltje door {11}
~ 2025-10-14
C: Bieb weer open in de Hoofdstraat! Drukte bij de opening, 600 bezoekers {1}
C: PHOTO "Bibliotheek Meppel nu open in het oude postkantoor Hoofdstraat 12" {1}
D: Mooi gedaan. Eindafrekening verbouwing al bekend? {1}
C: 910k, dus 60k boven het krediet. Komt in de Burap {1}
A: Leg even vast waar die 60k in zit {1}
C: Liften en installaties, staat in de mail van de projectleider {1}
""",
        220,
    ),
    Chat(
        "Wijkteam Oosterboer",
        "veiligheid",
        "2025-03-03 09:10",
        ["Ronald Veldkamp", "Sara Mulder", "Hakan Yildiz", "Petra Wiersma"],
        """
A: Goedemorgen team. Weer meldingen van de Jumbo over jongeren bij de ingang van het winkelcentrum {4}
B: Dezelfde groep als vorige maand? {4}
A: Lijkt erop. 8 tot 12 jongens, scooters op de stoep, vuurwerk gegooid bij de pinautomaat {4}
C: Ik ben er vanavond als wijkagent, ik loop een rondje met de jongerenwerker {4}
D: Gaat Bas van Welzijn mee? {4}
C: Ja die kent er een paar {4}
~
C: Gesproken met 6 jongens. Ze zeggen dat ze nergens anders heen kunnen sinds de JOP weg is {4}
A: De JOP is weg vanwege de sloop van het trapveld, dat klopt {4}
B: Misschien een tijdelijke plek? {4}
~
D: Andere zaak: de bewonersavond over de nieuwe speelplek aan de Vlasakkers is verplaatst
A: Naar wanneer?
D: 24 maart
~
B: Afvalbakken bij de Wolderweg weer overvol
A: Melding bij de buitendienst gedaan
~ 2025-04-07
A: Winkeliersvereniging heeft een brief gestuurd aan de burgemeester over de hangjongeren, 14 ondertekenaars {4}
C: Er zijn ook twee winkeldiefstallen bij de Action gemeld afgelopen week {4}
D: Dat moeten we loskoppelen van de groep, daar is geen bewijs voor {4}
A: Eens. Wel meenemen in het driehoeksoverleg {4}
~ 2025-04-28
B: Boa's hebben vrijdag en zaterdag 4 bekeuringen voor scooters op het voetpad gegeven bij het winkelcentrum {4}
C: En een jongen met een mes aangehouden, 16 jaar {4}
A: Dat is serieus. De burgemeester overweegt een samenscholingsverbod voor het plein {4}
D: Dat moet eerst in de APV, artikel 2:1 lid 3? {4}
A: De juristen kijken of het aanwijzingsbesluit voldoende is {4}
~
B: De lantaarnpaal bij het fietspad Oosterboer is al een week stuk
A: Gemeld bij Ziut
~ 2025-05-19
A: Samenscholingsverbod geldt vanaf 1 juni voor het plein en de parkeerplaats, 3 maanden, 20 tot 6 uur {4}
B: Borden komen op de hoeken van het plein {4}
B: PHOTO "Samenscholingsverbod winkelcentrum Oosterboer dagelijks van 20.00 tot 06.00 uur" {4}
C: Ik geef het door aan de jongens zelf, niet alleen via de borden {4}
~ 2025-06-16
C: Eerste weken rustig op het plein. Ze zitten nu bij het Wilhelminapark {4}
D: Verplaatsing dus. Park valt niet onder het verbod {4}
A: Bespreken we met het jongerenwerk, de nieuwe JOP moet versneld {4}
~ 2025-08-25
A: Evaluatie verbod: 2 boetes, meldingen van 31 naar 9 per maand {4}
B: Verlengen? {4}
A: Burgemeester verlengt niet, wel extra jongerenwerk in de avond {4}
~
D: Reminder: de wijkschouw is dinsdag om 10 uur
""",
        300,
    ),
    Chat(
        "Team vergunningen wonen",
        "ruimte",
        "2025-01-13 08:30",
        ["Dirk Schutte", "Naomi Smit", "Ben Hoekstra"],
        """
A: Morgen. De concept beleidsregel splitsen ligt bij de jurist {2}
B: Welke minimale oppervlakte hebben we nu? {2}
A: 50 m2 GBO per zelfstandige woning, en in de binnenstad 40 {2}
C: Verhuurders gaan steigeren, de meeste splitsingen zijn nu 30-35 m2 {2}
A: Dat is precies de bedoeling 😉 {2}
~
B: Aanvraag Prinsengracht 31 verbouw achterhuis, compleet. Neem ik
A: Top
~
C: Vraag van een makelaar: mag een eengezinswoning aan de Oranjestraat in 3 appartementen? {2}
A: Onder de oude regels wel, als hij voor 1 maart indient {2}
C: Dat ga ik niet zo letterlijk zeggen haha. Ik zeg dat de nieuwe regel er aankomt {2}
~ 2025-02-20
A: College heeft de beleidsregel woningsplitsing vastgesteld, ingangsdatum 1 april {2}
B: Inclusief overgangsregeling voor lopende aanvragen? {2}
A: Ja, alles wat voor 1 april compleet binnen is valt onder het oude beleid {2}
~
B: Er staan nu 11 splitsingsaanvragen open, 7 ervan in de binnenstad {2}
C: En 3 kwamen er vandaag nog binnen, makelaars hebben het nieuws ook gelezen {2}
~ 2025-03-10
C: Brief van de Vereniging Verhuurders Drenthe, ze noemen het splitsbeleid 'onwerkbaar' {2}
A: Reactie via de wethouder, ik maak een concept {2}
~
B: Iemand een idee hoe de nieuwe DSO-koppeling bij ons heet?
C: Gewoon VTH-koppeling, staat in Squit
~ 2025-05-06
C: Handhaving heeft Stationsweg 8 bezocht: 4 voordeuren, 4 bellen, vergunning voor 1 woning {2}
A: Illegale splitsing dus. Voornemen last onder dwangsom? {2}
C: Ja, eerst hoorgesprek met de eigenaar {2}
B: Let op, er wonen mensen in, dus een redelijke begunstigingstermijn {2}
~ 2025-06-30
A: Eigenaar Stationsweg heeft alsnog aangevraagd, maar 2 van de 4 units zijn 28 m2 {2}
C: Die voldoen niet, dus weigeren en terugbouwen naar 2 {2}
A: Ik zet het in het overzicht voor de wethouder {2}
~
B: Wie gaat er naar het VTH-congres?
A: Ik niet, agenda vol
""",
        180,
    ),
    Chat(
        "Burgerzaken verkiezingen TK25",
        "dienstverlening",
        "2025-09-15 09:00",
        ["Yvonne Ruiter", "Maarten Kok", "Lisa Timmerman", "Jeroen Pol"],
        """
A: Nog 6 weken tot 29 oktober. Stempassen gaan 15 oktober de deur uit
B: 34 stembureaus, waarvan 2 op het station en 1 mobiel
C: Hoeveel leden moeten we nog werven?
B: Nog 22, vooral voor de avondtelling
~
D: Tussendoor: er is een vraag van de straatnamencommissie over de adressen in Nieuwveense Landen fase 3 {10}
A: Die moeten in de BAG voordat de eerste vergunning verleend wordt {10}
D: Ze zitten nog te puzzelen op de namen. De vernoeming naar Hendriks ligt gevoelig {10}
A: Dat is aan het college, wij voeren het in zodra het besluit er is {10}
~ 2025-10-30
A: Iedereen bedankt voor gisteren! Opkomst 79% {7}
B: Eén probleem: stembueau 14 (De Plantage) heeft bij D66 en CDA de stapels verwisseld in het pv {7}
C: Dat zag ik in de tabel, een sprong van 400 stemmen t.o.v. de vorige keer {7}
A: Dat moet het gemeentelijk stembureau herstellen, zitting op vrijdag {7}
D: Is het een hertelling of alleen een correctie van het proces-verbaal? {7}
A: Bij een verklaarbare fout mag het GSB hertellen, dat doen we voor de zekerheid {7}
~
A: Zitting GSB vrijdag 10 uur raadzaal, openbaar. Persbericht gaat eruit {7}
B: Zakken van bureau 14 liggen in de kluis, verzegeld {7}
~
C: Hertelling klaar: de stapels waren inderdaad verwisseld, 412 stemmen. Verder klopt alles {7}
A: Nieuw proces-verbaal (N11 aanpassing) naar het hoofdstembureau {7}
D: Er kwam een bezwaar binnen van een kiezer over bureau 22, dat er te vroeg gesloten werd {7}
A: Dat komt in het pv als bezwaar, wij kunnen er niks mee behalve vastleggen {7}
~
B: Collega's, de evaluatie van de stembureaus doen we 12 november
C: Ik boek de zaal
~ 2025-11-18
D: Collegebesluit straatnamen NL fase 3 is binnen, BAG-team kan los {10}
A: Mooi, Lisa zet ze erin {10}
""",
        150,
    ),
    Chat(
        "Buitendienst ploeg Zuid",
        "openbare_ruimte",
        "2025-02-10 07:05",
        ["Henk Jansen", "Kevin Boer", "Alwin Prins", "Mirjam Vos"],
        """
A: Morgen. Vandaag snoeiploeg naar Rogat, maaiploeg naar de sportvelden
B: Ok
C: Bij de Wold Aa, achter de volkstuinen, zakt het pad in. Allemaal gaten {6}
A: Knaagsporen? {6}
C: Ja, stammetjes doorgeknaagd, het is een bever {6}
D: Dat is dan wel een prbleem, die kade is ook waterkering {6}
A: Ik bel het waterschap {6}
~
A: Waterschap komt donderdag kijken. Pad afzetten met hekken {6}
B: Doe ik vanmiddag {6}
~
C: Langs de Munnekeweg staan weer 6 blauwe vaten in de berm. Stinkt naar anijs {9}
A: Niet aankomen! Drugsafval. Politie bellen {9}
D: 112 of 0900? {9}
A: 0900-8844, en de omgevingsdienst {9}
~
C: Politie en brandweer zijn er geweest. Gespecialiseerde firma haalt ze morgen op {9}
A: Kosten voor ons of provincie? {9}
D: Voor ons, maar de provincie heeft een regeling waar we 50% terugkrijgen {9}
~
B: Graskanten Kerkweg zijn klaar
A: Top
~ 2025-03-17
A: Update bevers: waterschap bevestigt een burcht in de kade, gangen 4 meter de dijk in {6}
C: Dus het hele pad moet dicht? {6}
A: Ja, voorlopig. Voor het verwijderen van de burcht is een ontheffing van de provincie nodig {6}
~
B: Bosmaaier 3 doet het weer niet
A: Naar de werkplaats ermee
~ 2025-05-12
D: Nog een dumping!! Dit keer jerrycans bij de parkeerplaats aan de Rogatweg {9}
A: Zelfde procedure. Foto's maken voor de politie {9}
D: PHOTO "Let op gevaarlijke stoffen niet aanraken gemeente Meppel" {9}
C: Grond eronder is verkleurd, moet afgegraven worden {9}
~
A: Ontheffing bever is rond. Burcht wordt na het broedseizoen verplaatst door een ecoloog {6}
C: En de kade? {6}
A: Damwand of stortsteen, dat rekent het waterschap uit {6}
~
B: Wie wil er zaterdag overwerken bij de braderie?
D: Ik
""",
        200,
    ),
    Chat(
        "MT Samenleving",
        "samenleving",
        "2025-01-20 08:15",
        ["Anja Koster", "Erik Brouwer", "Fatima El Amrani", "Tom Huisman"],
        """
A: Agenda MT donderdag: jeugdzorgbudget, zwembad, inburgering
B: Zwembad: de aannemer meldt meerwerk bij het dak, de houten spanten zijn rot {8}
A: Hoeveel? {8}
B: Eerste schatting 380k bovenop de 4,2 mln {8}
D: Dan zitten we boven het krediet. Raadsinformatiebrief? {8}
A: Eerst precies weten wat het wordt {8}
~
C: Slecht nieuws: Lingua Nova heeft surseance aangevraagd {3}
A: Hoeveel van onze inburgeraas zitten daar? {3}
C: 47 in het B1-traject, 12 in de Z-route {3}
D: Hebben we vooruitbetaald? {3}
C: Ja, het eerste halfjaar. Ik check met de jurist of we dat terugkrijgen {3}
~
A: Jeugdzorgbudget: overschrijding is 1,8 mln, daar komt een aparte notitie over
D: Ik schrijf hem
~ 2025-02-24
C: Lingua Nova is failliet verklaard. Lessen zijn per direct gestopt {3}
A: Wat is plan B? {3}
C: Taalhuis Drenthe en ROC Drenthe College kunnen samen 40 mensen overnemen, rest wachtlijst {3}
B: En de termijnen? Die mensen hebben 3 jaar {3}
C: DUO kan verlengen als de vertraging niet aan de inburgeraar ligt. Ik bel DUO morgen {3}
~
B: Zwembad: meerwerk wordt 420k en de heropening schuift van juni naar oktober {8}
D: Dan de schoolzwemmers. Wat doen we daarmee? {8}
B: Uitwijken naar De Kiekeboe in Havelte, bussen rijden vanaf de scholen {8}
A: Kosten busvervoer erbij optellen {8}
~ 2025-03-31
D: Dorpshuis De Schakel: de raad heeft het amendement om de subsidie nog een jaar te verlengen verworpen {11}
A: Dan stopt de exploitatiesubsidie per 1 januari {11}
D: Stichting Vrienden van De Schakel wil het gebouw overnemen voor 1 euro {11}
B: Met dat dak? Daar zit 200k achterstallig onderhoud in {11}
D: Ze vragen een eenmalige bijdrage voor het onderhoud {11}
A: Neem het mee in de voorjaarsnota {11}
~
C: Inburgering: DUO heeft de termijnen met 6 maanden verlengd voor alle Lingua Nova-cursisten {3}
A: Mooi, dat scheelt {3}
C: En de curator geeft 60% van de vooruitbetaling terug, verwacht {3}
~
A: Personeelsuitje MT: 12 juni, locatie volgt
~ 2025-09-08
B: Zwembad: aannemer zegt nu 1 december. Zwemvereniging De Vlotter is boos, ze trainen al maanden in Steenwijk {8}
D: Kan de wethouder met ze in gesprek? {8}
B: Staat gepland 15 september {8}
~ 2025-12-01
B: Zwembad De Slag is open! Eindkosten 4,71 mln {8}
A: Eindelijk. Evaluatie van het project in het voorjaar {8}
""",
        150,
    ),
    Chat(
        "Persdesk communicatie",
        "bedrijfsvoering",
        "2025-01-06 08:00",
        ["Linda Meijer", "Stefan Visser", "Karin Post"],
        """
A: Goedemorgen. Nieuwjaarsreceptie-foto's staan op de site
B: Top
~
C: Meppeler Courant vraagt naar de bieb: klopt het dat ze naar het postkantoor gaan? {1}
A: Nog niet bevestigen, raadsvoorstel komt in april {1}
C: Ik zeg: 'het college onderzoekt een nieuwe locatie' {1}
~
B: RTV Drenthe wil een reactie over de vaten drugsafval in Rogat {9}
A: Standaardlijn: we ruimen op, doen aangifte, bellen 0800-7000 Meld Misdaad Anoniem {9}
B: Ze willen ook weten wat het kost {9}
A: Tot nu toe 23.000 euro dit jaar, zeg maar 'tienduizenden euro's' {9}
~
C: Persvraag over de hangjeugd bij het winkelcentrum Oosterboer, een moeder zegt dat haar zoon onterecht is weggestuurd {4}
A: Geen individuele zaken. Verwijs naar het samenscholingsverbod en de evaluatie {4}
~
A: Opzet nieuwsbrief februari klaar, wie leest mee?
B: Ik
~ 2025-03-03
B: Het zwembad!! Het Dagblad heeft het over een 'financieel fiasco' {8}
A: Wethouder doet morgen een interview. Ik maak een Q&A met de cijfers {8}
B: Cijfers: 4,2 krediet, 420k meerwerk, dak rot, heropening oktober {8}
~
C: Persbericht over de bieb-verhuizing is klaar voor akkoord {1}
A: Akkoord, eruit op dinsdag {1}
~ 2025-10-31
B: NOS belt: waarom is er in Meppel een hertelling? {7}
A: Het is geen hertelling van alles, alleen stembureau 14. Fout bij het overnemen van de telling {7}
B: Komt er een persbericht? {7}
A: Ja, na de zitting van het GSB op vrijdag {7}
~
C: De Meppeler Courant vraagt naar de straatnamen in Nieuwveense Landen en de vernoeming naar oud-wethouder Hendriks {10}
A: Er is geen besluit, de commissie adviseert. Wij reageren niet op namen {10}
C: Een columnist noemt het 'vriendjespolitiek' {10}
A: Laat maar, niet op reageren {10}
""",
        150,
    ),
    Chat(
        "Verhuizing bieb - vastgoed",
        "bedrijfsvoering",
        "2025-05-12 10:20",
        ["Freek de Lange", "Jolanda Bakker"],
        """
A: Huurcontract postkantoor: 10 jaar, 68.500 per jaar, indexatie CPI {1}
B: En de oude vestiging? Die is van ons {1}
A: Die gaat in de verkoop zodra de bieb eruit is {1}
B: Taxatie? {1}
A: 1,4 mln, rapport staat in de map {1}
B: Ok dan klopt de dekking in het raadsvoorstel ongeveer {1}
~
A: Aannemer Kampstra heeft de laagste inschrijving voor de verbouwing, 842k {1}
B: Binnen budget dus 👍 {1}
A: Zonder liften. Die zitten in een apart perceel {1}
B: Hmm. Hoeveel? {1}
A: Nog niet bekend {1}
""",
        22,
    ),
    Chat(
        "Bieb afhaalpunt Koedijkslanden",
        "samenleving",
        "2025-08-18 13:00",
        ["Ilse Bosma", "Gerda Mensink"],
        """
A: Hoi Gerda, kan het afhaalpunt vanaf 2 sept in jullie MFC? {1}
B: Ja, de zaal naast de bso is vrij op di, do en za {1}
A: Perfect. De bieb brengt kratten met gereserveerde boeken {1}
B: Sleutels? {1}
A: Twee medewerkers van de bieb krijgen een pasje {1}
~
B: Het loopt storm bij het afhaalpunt 😅 {1}
A: Hoeveel? {1}
B: Zaterdag 140 mensen, de rij stond buiten {1}
A: Ik vraag of ze een extra dag kunnen {1}
""",
        16,
    ),
    Chat(
        "Klachten leden bieb",
        "dienstverlening",
        "2025-09-03 09:30",
        ["Sandra Hofman", "Ilse Bosma"],
        """
A: KCC krijgt veel telefoon over de bibliotheek. Mensen weten niet waar ze hun boeken moeten inleveren {1}
B: Inleveren kan in de bus bij het postkantoor, die staat er al {1}
A: En de boetes? Iemand belde boos over een boete terwijl de bieb dicht is {1}
B: Er worden geen boetes gerekend tijdens de sluiting, ik mail het script {1}
~
A: Nog een klacht: een mevrouw met rollator kan niet naar Koedijkslanden {1}
B: Aanmelden voor de bezorgservice, nummer staat in het script {1}
A: Dank, doe ik {1}
""",
        14,
    ),
    Chat(
        "Bouwteam postkantoor",
        "ruimte",
        "2025-07-07 07:45",
        ["Piet Kampstra", "Freek de Lange", "Ruud Zwiers"],
        """
A: Asbestonderzoek postkantoor is schoon, we kunnen slopen {1}
B: Mooi. Planning oplevering 15 sept blijft staan? {1}
A: Als de lift op tijd komt {1}
~
C: Monumentencommissie wil de oude loketten in de hal behouden {1}
B: Kan dat in het ontwerp? {1}
A: Ja, worden de uitleenbalie. Kost wel 18k extra {1}
B: Doe maar, dat is het verhaal van het gebouw {1}
~ 2025-09-12
A: Lift draait, keuring maandag {1}
C: Kleine opleverpunten, lijst volgt {1}
A: AUDIO {1}
B: Check, ik luister hem vanavond af {1}
""",
        24,
    ),
    Chat(
        "Schrijfavond bieb (zomerlezen)",
        "samenleving",
        "2025-06-23 16:00",
        ["Ilse Bosma", "Mila Jonker"],
        """
A: Hoi Mila, doe je weer mee aan het zomerlezen voor de groepen 5 en 6?
B: Ja leuk! Welke boeken dit jaar?
A: Lijst volgt van de bieb
B: Kunnen de kinderen ook naar de schrijfavond?
A: Die is op 3 juli, in de leeszaal
B: Top, ik zet het in de nieuwsbrief van school
""",
        12,
    ),
    Chat(
        "Handhaving Stationsweg 8",
        "veiligheid",
        "2025-05-02 11:10",
        ["Ben Hoekstra", "Yusuf Demir"],
        """
A: Kun je vrijdag mee naar Stationsweg 8? Tip van de buren, er zouden 4 huishoudens wonen {2}
B: Ja. Hebben we de BRP al bekeken? {2}
A: 7 mensen ingeschreven, 4 achternamen {2}
~
B: Binnen geweest. 4 units met eigen keuken en douche, dus zelfstandig {2}
A: Foto's? {2}
B: In het dossier {2}
A: Ik schrijf het rapport van bevindingen vandaag {2}
~ 2025-06-02
B: Hoorgesprek geweest, de eigenaar zegt dat het 'familie' is {2}
A: 4 gezinnen met eigen voordeur is geen familie-woning haha {2}
B: Hij wil een aanvraag indienen. Begunstigingstermijn 6 maanden staat in het voornemen {2}
""",
        20,
    ),
    Chat(
        "Beleidsregel splitsen - juridisch",
        "bestuur",
        "2025-01-27 14:00",
        ["Dirk Schutte", "Esther Vermeulen"],
        """
A: Esther, kun je naar de concept beleidsregel kijken? Vooral de overgangsregeling {2}
B: Ja. Eerste punt: je koppelt de 50 m2 aan GBO, maar de definitie ontbreekt {2}
A: NEN 2580 toevoegen? {2}
B: Ja. En de hardheidsclausule moet er nog in {2}
~
B: Tweede punt: splitsen in de binnenstad is ook een planologische kwestie. Past het in het omgevingsplan? {2}
A: Het omgevingsplan staat 'wonen' toe, aantal woningen niet gemaximeerd {2}
B: Dan moet het via de bouwregels. Ik stuur een voorstel {2}
A: Dank! {2}
""",
        14,
    ),
    Chat(
        "Vraag verhuurder Oranjestraat",
        "dienstverlening",
        "2025-03-25 10:00",
        ["Corine Meijering", "Naomi Smit"],
        """
A: Verhuurder aan de telefoon, wil weten of zijn aanvraag om zijn pand in 3 appartementen te verbouwen nog onder de oude regels valt {2}
B: Wanneer ingediend? {2}
A: 28 maart zegt hij {2}
B: Dan ja, als hij compleet is. Anders niet {2}
A: Hij is nogal boos over de 50 m2. 'Jullie maken de woningnood erger' {2}
B: Noteer het als reactie, het komt in de evaluatie {2}
""",
        10,
    ),
    Chat(
        "Raadsvragen woningsplitsen",
        "bestuur",
        "2025-04-14 09:00",
        ["Margriet Dijkstra", "Dirk Schutte"],
        """
A: Raadsvragen van de VVD over het splitsbeleid binnen. Termijn 30 dagen {2}
B: Welke vragen? {2}
A: Hoeveel aanvragen er zijn geweigerd, en of starters er niet door benadeeld worden {2}
B: Geweigerd nog 0, alles valt onder de overgangsregeling {2}
A: En het tweede punt? {2}
B: Ik schrijf: kleine woningen onder 50 m2 blijven in nieuwbouw mogelijk, het gaat om bestaande gezinswoningen {2}
A: Helder {2}
""",
        12,
    ),
    Chat(
        "Splitsing zaaksysteem",
        "bedrijfsvoering",
        "2025-04-02 13:30",
        ["Koen Wolters", "Annemiek Roos"],
        """
A: De zaak 2025-0431 moet gesplitst worden in twee deelzaken
B: Waarom?
A: Eén deel is bezwaar, het andere een nieuwe aanvraag
B: Ok, ik maak een deelzaak aan in Squit
A: En de documenten verhuizen mee?
B: Ja, dat doe ik handmatig
""",
        12,
    ),
    Chat(
        "Woningtoewijzing jongeren",
        "samenleving",
        "2025-05-20 15:00",
        ["Hanneke Bouwman", "Dirk Schutte"],
        """
A: Woonstichting vraagt of we meer kleine woningen kunnen toestaan voor jongeren
B: In nieuwbouw prima
A: Ook door kamers in bestaande panden?
B: Kamerverhuur valt onder de huisvestingsverordening, dat is een ander spoor
A: Ok, ik zoek het uit
""",
        10,
    ),
    Chat(
        "Regie inburgering",
        "samenleving",
        "2025-02-21 08:50",
        ["Fatima El Amrani", "Joost Lammers", "Dewi Kramer"],
        """
A: Collega's, Lingua Nova is gisteren failliet. Alle klantmanagers nu hun inburgeraars bellen {3}
B: Ik heb er 14. Wat zeg ik? {3}
A: Dat de lessen stoppen, dat ze niks kwijt zijn, en dat we binnen 2 weken een nieuwe school hebben {3}
C: Sommigen hebben het examen A2 over 3 weken {3}
A: Examen gaat via DUO gewoon door, dat staat los van de school {3}
~
B: Mevrouw Haile zegt dat ze haar laptop van Lingua Nova moet inleveren, klopt dat? {3}
A: De curator vraagt het, maar wacht even tot we met hem hebben gebeld {3}
~
C: ROC neemt 24 mensen over vanaf 10 maart, Taalhuis 16 {3}
A: En de overige 19? {3}
C: Wachtlijst. We kijken naar een aanbieder in Zwolle {3}
B: Reistijd naar Zwolle is voor sommigen een probleem, ze hebben geen OV-geld {3}
A: Vergoeden we {3}
~ 2025-04-08
A: Alle 59 zijn nu geplaatst, de laatste 19 bij Taalcentrum Zwolle {3}
C: En de verlenging van DUO staat in hun MijnInburgering? {3}
A: Ja, zichtbaar sinds vorige week {3}
""",
        40,
    ),
    Chat(
        "DUO contact",
        "samenleving",
        "2025-02-25 10:15",
        ["Fatima El Amrani", "Rik van Dam"],
        """
A: Goedemorgen Rik, zoals besproken de lijst met de 59 inburgeraars van Lingua Nova {3}
B: Ontvangen. Voor verlenging van de inburgeringstermijn hebben we per persoon een verzoek nodig {3}
A: Kan het niet in één keer, het is een faillissement? {3}
B: Ik vraag het na bij onze juristen {3}
~
B: Goed nieuws, een collectief verzoek mag. 6 maanden voor iedereen {3}
A: Top, dank je! {3}
B: Wel even een brief van de gemeente met de reden erbij {3}
A: Krijg je vandaag {3}
""",
        12,
    ),
    Chat(
        "Curator Lingua Nova",
        "bestuur",
        "2025-03-04 11:00",
        ["Esther Vermeulen", "Fatima El Amrani"],
        """
A: Curator heeft onze vordering erkend, 86.400 euro vooruitbetaald lesgeld {3}
B: Krijgen we wat terug? {3}
A: Hij schat 60%, maar pas over een jaar {3}
B: En de laptops van de cursisten? {3}
A: Die zijn eigendom van de boedel. Hij laat ze gratis, de kosten van ophalen zijn hoger {3}
B: Mooi, dat scheelt gedoe voor de mensen {3}
""",
        10,
    ),
    Chat(
        "Taalmaatje vrijwilligers",
        "samenleving",
        "2025-03-11 19:30",
        ["Dewi Kramer", "Hans Ottens"],
        """
A: Hans, kunnen jullie taalmaatjes de cursisten van Lingua Nova helpen tot ze een nieuwe school hebben? {3}
B: Zeker. Hoeveel? {3}
A: Een stuk of 19 op de wachtlijst {3}
B: We hebben 11 maatjes vrij. Koppelen we 2 per maatje {3}
A: Geweldig {3}
""",
        10,
    ),
    Chat(
        "Taalcursus medewerkers",
        "bedrijfsvoering",
        "2025-09-02 09:00",
        ["Annemiek Roos", "Kees Boerma"],
        """
A: De taalcursus voor de medewerkers van de buitendienst begint weer in oktober
B: Welk niveau?
A: Schrijven op B1, voor de rapportages
B: Wie geeft hem?
A: Een docent van het ROC, in de kantine van de werf
B: Ik meld 4 mensen aan
""",
        12,
    ),
    Chat(
        "Statushouders huisvesting",
        "samenleving",
        "2025-06-10 10:00",
        ["Joost Lammers", "Hanneke Bouwman"],
        """
A: Taakstelling statushouders tweede helft 2025: 38 personen
B: We zitten op 21, het gaat niet lukken zonder de flexwoningen
A: Wanneer zijn die klaar?
B: November
A: Dan schuift het naar 2026
""",
        10,
    ),
    Chat(
        "Winkeliers Oosterboer",
        "veiligheid",
        "2025-03-20 17:40",
        ["Ronald Veldkamp", "Gijs Holtkamp"],
        """
B: Ronald, het is weer raak. Ze zitten met 10 man op de bankjes voor de bakker, klanten durven niet naar binnen {4}
A: Ik stuur de boa's langs {4}
B: Gisteren bierblikjes tegen de ruit van de drogist {4}
A: Doe aangifte, dan kan de politie er iets mee {4}
~
B: Boa's waren er, jongens liepen weg en kwamen een kwartier later terug {4}
A: Ik weet het. We bespreken een samenscholingsverbod {4}
B: Graag, wij zijn er klaar mee {4}
~ 2025-06-05
B: Sinds het verbod is het plein 's avonds stil, dank! {4}
A: Fijn om te horen {4}
""",
        18,
    ),
    Chat(
        "Jongerenwerk Oosterboer",
        "samenleving",
        "2025-03-10 15:00",
        ["Bas Wessels", "Hakan Yildiz"],
        """
A: Hakan, ik ken er 4 van die groep van het winkelcentrum. Twee zitten thuis zonder school {4}
B: Kun je ze naar de leerplicht begeleiden? {4}
A: Ik probeer het. Ze vragen om een plek waar ze mogen zijn {4}
B: De JOP bij de Vlasakkers komt pas in het najaar {4}
~
A: Vanavond sta ik met de bus van het jongerenwerk bij het plein, van 19 tot 22 {4}
B: Goed, ik kom om 21 langs {4}
~
A: Rustige avond, 15 jongeren bij de bus, chips en praten 😄 {4}
B: Top. Zo doorgaan {4}
""",
        16,
    ),
    Chat(
        "Aanwijzingsbesluit samenscholing",
        "bestuur",
        "2025-05-06 09:30",
        ["Esther Vermeulen", "Ronald Veldkamp"],
        """
A: Concept aanwijzingsbesluit samenscholingsverbod winkelcentrum Oosterboer staat klaar {4}
B: Tijden 20-6? {4}
A: Ja, en maximaal 3 maanden. Onderbouwing met de meldingen uit het systeem {4}
B: 31 meldingen in april, 7 aangiftes {4}
A: Zet ik erin. Burgemeester tekent vrijdag {4}
""",
        12,
    ),
    Chat(
        "Melding bewoner Wolderweg",
        "dienstverlening",
        "2025-04-16 21:15",
        ["Sandra Hofman", "Ronald Veldkamp"],
        """
A: Melding van een bewoner boven de winkels: elke avond harde muziek en brommers op het plein tot 1 uur {4}
B: Tijdstip en plaats doorgeven aan de wijkagent {4}
A: Gedaan. Ze vraagt of de gemeente iets doet {4}
B: Ja, zeg maar dat we met maatregelen bezig zijn {4}
""",
        10,
    ),
    Chat(
        "Hangplek station",
        "veiligheid",
        "2025-08-11 22:00",
        ["Hakan Yildiz", "Nicole Brink"],
        """
A: Bij de fietsenstalling van het station hangt een groepje jongeren met een speaker
B: Dezelfde als bij Oosterboer?
A: Nee, andere groep. Van buiten Meppel, met de trein
B: Ok, NS-beveiliging ingelicht
A: Ze zijn weg
""",
        12,
    ),
    Chat(
        "Jongerenraad Meppel",
        "samenleving",
        "2025-09-22 16:30",
        ["Bas Wessels", "Lotte Hazeleger"],
        """
A: De jongerenraad wil graag meepraten over de nieuwe skatebaan
B: Leuk! Wanneer komen ze?
A: 8 oktober om 16 uur in het stadhuis
B: Ik regel broodjes
""",
        10,
    ),
    Chat(
        "Project parkeren Haveltermade",
        "openbare_ruimte",
        "2025-02-04 09:00",
        ["Wim Kuipers", "Roos Timmer", "Daan Eshuis"],
        """
A: Startoverleg vergunningparkeren Haveltermade. Eerst de peiling onder bewoners {5}
B: Welk gebied? Alleen de straten bij het station of de hele wijk? {5}
A: Zone A is tot de Eendrachtstraat, zone B de rest. We peilen per zone {5}
C: Drempel draagvlak 50% van de respondenten, met minimale respons 30%? {5}
A: Zo staat het in de parkeernota {5}
~
B: Brief voor de peiling is klaar, gaat naar 2.140 adressen {5}
A: Online invullen met de code op de brief, papier op aanvraag {5}
~ 2025-03-31
C: Uitslag peiling: zone A 64% voor, respons 41%. Zone B 38% voor {5}
A: Dan alleen zone A {5}
B: Dat geeft waterbedeffect naar zone B, daar gaan de forenzen dan staan {5}
A: Klopt, na een jaar opnieuw peilen in zone B {5}
~
C: Tarief bewonersvergunning: 60 euro per jaar eerste auto, 180 de tweede {5}
B: En bezoekers? {5}
C: 40 uur bezoekerstegoed per maand via de app, 0,50 per uur {5}
A: Zorgverleners krijgen een aparte vergunning, gratis {5}
~ 2025-06-16
B: Borden staan, vergunningsparkeren zone A gaat 1 juli in {5}
C: 612 vergunningen aangevraagd, 9 afgewezen vanwege een eigen oprit {5}
""",
        60,
    ),
    Chat(
        "Bezwaren parkeervergunning",
        "bestuur",
        "2025-07-14 10:00",
        ["Esther Vermeulen", "Daan Eshuis"],
        """
A: 17 bezwaarschriften tegen het verkeersbesluit vergunningparkeren Haveltermade {5}
B: Waar gaan ze over? {5}
A: 11 over de kosten van de tweede vergunning, 4 over het bezoekersregime, 2 over de grens van de zone {5}
B: De grens ligt midden in de Eendrachtstraat, even nummers wel, oneven niet {5}
A: Dat is inderdaad vreemd, ik adviseer de commissie om dat te herzien {5}
~
A: Hoorzitting 9 september {5}
B: Ik ben er {5}
""",
        16,
    ),
    Chat(
        "KCC vragen parkeren",
        "dienstverlening",
        "2025-07-02 09:20",
        ["Sandra Hofman", "Roos Timmer"],
        """
A: Veel bellers over het bezoekersparkeren in Haveltermade. Hoe werkt de app? {5}
B: Inloggen met DigiD, kenteken van de bezoeker invoeren, starten en stoppen {5}
A: En ouderen zonder smartphone? {5}
B: Die kunnen bezoekerskaarten op papier krijgen bij de balie, 10 stuks per maand {5}
A: Dank! Zet ik in de kennisbank {5}
~
A: Iemand belt dat zijn vergunning is afgewezen omdat hij een oprit heeft, maar de oprit is te kort voor zijn busje {5}
B: Laat hem bezwaar maken, dan kijken we per geval {5}
""",
        14,
    ),
    Chat(
        "Parkeren personeel stadhuis",
        "bedrijfsvoering",
        "2025-03-05 08:10",
        ["Annemiek Roos", "Kees Boerma"],
        """
A: Vanaf april wordt de parkeerplaats achter het stadhuis betaald voor personeel
B: Hoeveel?
A: 1 euro per dag, maandkaart 15 euro
B: En de vergunning voor de bedrijfsauto's?
A: Die blijven gratis
B: Ok, ik zet het op intranet
""",
        12,
    ),
    Chat(
        "Ondernemers Haveltermade",
        "bestuur",
        "2025-05-08 12:00",
        ["Wim Kuipers", "Anton Meester"],
        """
B: Wim, wat betekent het vergunningparkeren voor mijn garage aan de Eendrachtstraat? {5}
A: Klanten kunnen met een bezoekersuur of in de Marktstraat parkeren {5}
B: Mijn personeel? 3 monteurs {5}
A: Bedrijfsvergunning, 1 per bedrijf, 240 per jaar {5}
B: Eén? Dat is te weinig {5}
A: Ik neem het mee, maar verwacht niet te veel {5}
""",
        12,
    ),
    Chat(
        "Waterschap Drents Overijsselse Delta - Wold Aa",
        "openbare_ruimte",
        "2025-02-13 09:30",
        ["Henk Jansen", "Marieke Reinders"],
        """
B: Henk, we zijn bij de kade geweest. Het is een beverburcht met minstens 3 gangen onder het pad door {6}
A: Hoe erg is het? {6}
B: Het pad kan instorten, 2 plekken zijn al verzakt. De kering is niet direct in gevaar {6}
A: Wie is beheerder van de kade, jullie of wij? {6}
B: Kade is van jullie, de kering van ons. Dus samen oplossen 😉 {6}
~
B: Rapport komt deze week. Advies: burcht verplaatsen, daarna gangen vullen en rasters in het talud {6}
A: Kosten? {6}
B: Schatting 85 tot 120k, afhankelijk van het raster {6}
~ 2025-10-06
A: Herstel kade klaar. Raster zit erin, pad weer open {6}
B: Mooi. Verdeling kosten 60/40 zoals afgesproken {6}
A: Factuur volgt van ons {6}
""",
        26,
    ),
    Chat(
        "Ontheffing bever provincie",
        "ruimte",
        "2025-03-18 10:45",
        ["Lars Wijnberg", "Henk Jansen"],
        """
A: Aanvraag ontheffing Wet natuurbescherming voor het verplaatsen van de beverburcht is ingediend bij de provincie {6}
B: Hoe lang duurt het? {6}
A: 8 weken, met de mogelijkheid van verlenging {6}
B: Mag het pad dicht blijven zolang? {6}
A: Moet zelfs. Geen verstoring in de buurt van de burcht {6}
~ 2025-05-20
A: Ontheffing verleend, met voorwaarden: pas na 1 september, alleen door een ecoloog, alternatieve plek stroomopwaarts {6}
B: Helder. Ecologisch bureau Van den Berg staat al klaar {6}
""",
        14,
    ),
    Chat(
        "Volkstuinvereniging De Wold",
        "openbare_ruimte",
        "2025-03-24 18:00",
        ["Henk Jansen", "Gerrit Ensing"],
        """
B: Henk, onze leden kunnen niet meer bij hun tuinen, het pad langs de Wold Aa is dicht {6}
A: Klopt, vanwege de bever. Het pad kan instorten {6}
B: Ze zijn ook boos dat de bever hun fruitbomen opvreet {6}
A: Daar kunnen we weinig aan doen, hij is beschermd. Gaas om de stam helpt {6}
B: Kan er een tijdelijk pad komen achterlangs? {6}
A: Ik kijk of we een rijplatenpad kunnen leggen {6}
~
A: Rijplaten liggen, via het hek aan de achterkant {6}
B: Dank! {6}
""",
        14,
    ),
    Chat(
        "Muskusrattenbestrijding",
        "openbare_ruimte",
        "2025-04-07 08:00",
        ["Marieke Reinders", "Kevin Boer"],
        """
A: Onze muskusrattenvanger zet deze week klemmen in de sloten rond Nijeveen
B: Zijn er veel?
A: Vorig jaar 140 gevangen, dit jaar lijkt het minder
B: Moeten de wandelaars gewaarschuwd worden?
A: Staat op de borden, klemmen zitten onder water
""",
        10,
    ),
    Chat(
        "Raadsvragen bever",
        "bestuur",
        "2025-04-22 11:00",
        ["Margriet Dijkstra", "Henk Jansen"],
        """
A: De Partij voor de Dieren vraagt of de bever gedood wordt {6}
B: Nee! Hij wordt verplaatst, zo staat het in de ontheffing {6}
A: Ze vragen ook wat het herstel van de kade kost {6}
B: 85 tot 120k, wordt gedeeld met het waterschap {6}
A: En hoe andere gemeenten het doen {6}
B: Zwartewaterland heeft ook rasters in de dijk, ik vraag het na {6}
""",
        12,
    ),
    Chat(
        "Stembureau 14 De Plantage",
        "dienstverlening",
        "2025-10-29 20:55",
        ["Maarten Kok", "Gonnie Harms"],
        """
B: Maarten, we zijn klaar met tellen, 1.286 stemmen. Wie haalt de zakken op? {7}
A: Koerier komt om 22:30 {7}
~
A: Gonnie, vraag over jullie pv. Bij D66 staat 127 en bij CDA 539, klopt dat? {7}
B: Oei, dat moet andersom zijn. CDA had het stapeltje van 127 {7}
A: Dan zijn de stapels verwisseld bij het invullen {7}
B: Sorry!! Het was laat en we waren moe {7}
A: Geen probleem, het gemeentelijk stembureau lost het op. Wel moet je vrijdag misschien een verklaring geven {7}
B: Ik kom {7}
""",
        14,
    ),
    Chat(
        "Gemeentelijk stembureau zitting",
        "bestuur",
        "2025-10-30 14:00",
        ["Yvonne Ruiter", "Harm Jalving", "Esther Vermeulen"],
        """
A: Zitting GSB vrijdag 10:00 in de raadzaal, daarna de hertelling van bureau 14 {7}
B: Ik zit voor als voorzitter. Wie telt? {7}
A: 4 medewerkers van burgerzaken, 2 teltafels {7}
C: Let op: het moet openbaar, iedereen mag kijken. Aankondiging op de website vandaag {7}
~
B: Hertelling klaar 11:40. Bevestigd dat CDA 539 en D66 127 verkeerd om stonden. Overige partijen klopten {7}
C: Wordt vastgelegd in het proces-verbaal van het GSB met bijlage {7}
A: En de bezwaren van kiezers? {7}
C: Ook in het pv, er waren er 3 {7}
~
A: PV is ondertekend en naar de Kiesraad gestuurd {7}
""",
        20,
    ),
    Chat(
        "Bezwaar kiezer bureau 22",
        "dienstverlening",
        "2025-10-30 09:10",
        ["Lisa Timmerman", "Yvonne Ruiter"],
        """
A: Een kiezer belt: hij zegt dat bureau 22 in de sporthal al om 20:55 dicht was, hij kon niet stemmen {7}
B: Kan hij het op schrift zetten? Dan nemen we het op als bezwaar in het pv {7}
A: Ik stuur hem het formulier {7}
~
A: Volgens de voorzitter van 22 was de deur om 21:00 dicht, de klok in de hal liep voor {7}
B: Vastleggen in het pv, met de verklaring van de voorzitter {7}
""",
        10,
    ),
    Chat(
        "Stemmen tellen oefening OR",
        "bedrijfsvoering",
        "2025-06-17 12:00",
        ["Annemiek Roos", "Koen Wolters"],
        """
A: Uitslag verkiezingen ondernemingsraad: 7 zetels verdeeld
B: Hoe hoog was de opkomst?
A: 58%, beter dan vorige keer
B: Moeten we de stemmen hertellen bij de laatste zetel? Het verschil is 2 stemmen
A: De verkiezingscommissie heeft het al twee keer nageteld, het klopt
B: Ok, dan publiceren
""",
        12,
    ),
    Chat(
        "Raadslid vraagt naar telfout",
        "bestuur",
        "2025-11-03 10:30",
        ["Margriet Dijkstra", "Yvonne Ruiter"],
        """
A: Raadslid Van Dijk vraagt hoe de telfout bij de Tweede Kamerverkiezing kon gebeuren {7}
B: Menselijke fout bij het overnemen van de aantallen op het pv, laat op de avond {7}
A: Hij wil weten of we iets veranderen {7}
B: Volgend jaar bij de raadsverkiezingen een extra controle door een tweede lid bij het invullen {7}
A: Dank, ik zet het in de raadsinformatiebrief {7}
""",
        10,
    ),
    Chat(
        "Project renovatie De Slag",
        "samenleving",
        "2024-11-18 07:30",
        ["Erik Brouwer", "Jan-Willem Haverkamp", "Marco Spit"],
        """
B: Sloop binnenbad begonnen. Planning oplevering 1 juni 2025 {8}
A: Mooi {8}
~ 2025-01-15
C: Bij het openhalen van het plafond: houten spanten zijn rot door het chloorvocht {8}
B: Foto's in de bouwapp. Constructeur komt morgen {8}
A: Wat betekent het voor de planning? {8}
C: Minstens 3 maanden, nieuwe spanten moeten gemaakt worden {8}
~
B: Offerte meerwerk dak 420k. Daarnaast asbest in de kitvoegen, 35k {8}
A: Dat moet ik aan het college voorleggen, het krediet is op {8}
~ 2025-06-02
C: Nieuwe spanten geplaatst. Maar de leverancier van de filterinstallatie is 8 weken later {8}
A: Dus oktober wordt het ook niet? {8}
B: Realistisch 1 december {8}
A: Zucht. Ik bel de wethouder {8}
~ 2025-09-22
B: Boeteclausule aannemer? {8}
A: Niet voor vertraging door onvoorziene omstandigheden zoals het dak. Wel voor de filters, 1.500 per week {8}
C: Daar gaan ze bezwaar tegen maken {8}
A: Laat ze maar {8}
~ 2025-11-28
B: Keuring water goed, bad gevuld! {8}
C: PHOTO "Zwembad De Slag weer open vanaf 1 december" {8}
""",
        40,
    ),
    Chat(
        "Schoolzwemmen tijdens renovatie",
        "samenleving",
        "2025-02-10 13:15",
        ["Tom Huisman", "Saskia Wolters"],
        """
A: Saskia, het zwembad blijft langer dicht. Het schoolzwemmen moet tot de zomer in Havelte {8}
B: Met de bus? Dat kost ons een hele ochtend per week {8}
A: Gemeente betaalt de bus, vertrek 8:30 bij school {8}
B: Ouders vragen of de zwemdiploma's in gevaar komen {8}
A: De Kiekeboe geeft dezelfde lessen, het diploma gaat gewoon door {8}
~ 2025-06-30
A: Helaas, ook na de zomer nog niet open. Havelte kan tot december {8}
B: Ok. Ik meld het aan de ouders {8}
""",
        16,
    ),
    Chat(
        "Zwemvereniging De Vlotter",
        "samenleving",
        "2025-03-06 20:10",
        ["Erik Brouwer", "Henk-Jan Loos"],
        """
B: Erik, we trainen nu in Steenwijk maar krijgen maar 2 banen op dinsdag. Onze wedstrijdploeg loopt leeg {8}
A: Vervelend. Ik vraag of er een extra avond kan {8}
B: En wie betaalt de extra huur? Het is niet onze schuld dat het bad dicht is {8}
A: De gemeente compenseert het verschil tot de heropening {8}
~ 2025-09-05
B: Weer uitstel? We hebben al 30 leden verloren {8}
A: Ik begrijp het. De wethouder wil jullie op 15 september spreken {8}
""",
        14,
    ),
    Chat(
        "Financien krediet zwembad",
        "bedrijfsvoering",
        "2025-02-17 09:00",
        ["Miriam de Boer", "Erik Brouwer"],
        """
A: Erik, voor het raadsvoorstel aanvullend krediet zwembad: wat is het totaal? {8}
B: 420k dak, 35k asbest, 40k bussen schoolzwemmen, 25k compensatie verenigingen {8}
A: Dus 520k. Dekking uit de algemene reserve? {8}
B: Ja, geen andere optie {8}
~
A: Raad heeft het aanvullend krediet vastgesteld, met een motie om elk kwartaal te rapporteren {8}
B: Ok {8}
""",
        12,
    ),
    Chat(
        "Zwemvierdaagse buitenbad",
        "samenleving",
        "2025-06-02 10:00",
        ["Tom Huisman", "Petra Zuur"],
        """
A: De zwemvierdaagse in het buitenbad Nijeveen gaat door in juli
B: Leuk, hoeveel deelnemers?
A: 420 vorig jaar
B: Zijn er genoeg badmeesters?
A: Vrijwilligers van de reddingsbrigade helpen
""",
        10,
    ),
    Chat(
        "Drugsafval Munnekeweg",
        "veiligheid",
        "2025-02-18 07:50",
        ["Ria Hendriks", "Henk Jansen", "Sven Lubbers"],
        """
B: Ria, 6 vaten in de berm aan de Munnekeweg, het ruikt naar anijs {9}
A: Afstand houden. Ik bel de politie en de RUD {9}
C: Politie hier. Het is afval van een synthetisch drugslab, waarschijnlijk amfetamine {9}
A: Wie ruimt het op? {9}
C: Jullie, met een erkend bedrijf. Wij doen het sporenonderzoek eerst {9}
~
A: Saneerder heeft de vaten opgehaald. Kosten 6.800 euro incl. grondmonster {9}
B: Grond was ok? {9}
A: Ja, vaten lekten niet {9}
""",
        20,
    ),
    Chat(
        "Boer Rogat vaten op land",
        "dienstverlening",
        "2025-05-13 06:40",
        ["Ria Hendriks", "Albert Snijder"],
        """
B: Goedemorgen, op mijn maisland aan de Rogatweg staan 14 jerrycans. Wat moet ik doen? {9}
A: Niet aanraken en niet verplaatsen. Ik stuur de politie en een saneerder {9}
B: Moet ik dat betalen? Het is mijn land {9}
A: Nee, de gemeente betaalt, en we vragen het terug bij de provincie {9}
B: Dank u. Mijn koeien staan ernaast {9}
A: Houd ze even weg van de sloot {9}
~
A: Meneer Snijder, de grond wordt vrijdag afgegraven, 20 m3 {9}
B: Ok {9}
""",
        14,
    ),
    Chat(
        "Provincie regeling drugsafval",
        "bedrijfsvoering",
        "2025-06-03 11:00",
        ["Miriam de Boer", "Ria Hendriks"],
        """
A: Ria, hoeveel hebben we dit jaar uitgegeven aan het opruimen van drugsafval? {9}
B: Munnekeweg 6.800, Rogatweg 16.200 incl. afgraven. Totaal 23.000 {9}
A: Provincie Drenthe vergoedt 50% boven 5.000 per dumping, aanvragen binnen 3 maanden {9}
B: Rogat is binnen de termijn, Munnekeweg net niet {9}
A: Dan snel aanvragen! {9}
B: Doe ik vandaag {9}
""",
        12,
    ),
    Chat(
        "Overleg ondermijning",
        "veiligheid",
        "2025-06-19 14:00",
        ["Ria Hendriks", "Sven Lubbers", "Tineke Grooten"],
        """
C: Twee dumpingen drugsafval in 4 maanden. Is er een patroon? {9}
B: Allebei aan doorgaande wegen richting de A32, 's nachts. Waarschijnlijk hetzelfde netwerk {9}
A: Kunnen we camera's plaatsen? {9}
B: Mobiele camera op de Rogatweg kan, 3 maanden {9}
C: En boeren alert maken, via de LTO {9}
A: Ik maak een flyer: verdachte situaties melden {9}
~
A: Flyer 'Drugsafval? Niet aanraken, bel 112' gaat naar 340 erven in het buitengebied {9}
""",
        16,
    ),
    Chat(
        "Illegale dumping huisvuil",
        "openbare_ruimte",
        "2025-04-15 09:10",
        ["Kevin Boer", "Mirjam Vos"],
        """
A: Weer afvalzakken en een matras gedumpt bij de glasbak aan de Zuideinde
B: Adres gevonden in de zakken?
A: Ja, een envelop. Boa gaat langs
B: Boete 100 euro plus opruimkosten
A: Staat in de melding
""",
        10,
    ),
    Chat(
        "Asbest bermvondst",
        "openbare_ruimte",
        "2025-08-04 13:30",
        ["Alwin Prins", "Henk Jansen"],
        """
A: Bij de Havelterweg ligt een stapel golfplaten in de berm, lijkt asbest
B: Afzetten en de saneerder bellen
A: Drugsafval is het niet? Geen vaten
B: Nee, gewoon asbest van een schuur. Geen politie nodig
A: Ok
""",
        10,
    ),
    Chat(
        "Straatnamencommissie",
        "ruimte",
        "2025-04-09 15:30",
        ["Jolien Sterk", "Albert Koopman", "Harriet de Wit"],
        """
A: Commissie, voor Nieuwveense Landen fase 3 hebben we 9 namen nodig {10}
B: Thema van de wijk is veldnamen en oude boerderijen. Ik heb een lijst van 14 {10}
C: Er is ook een verzoek van de fractie van Lokaal Meppel om een straat naar Jan Hendriks te noemen {10}
A: De oud-wethouder? Hij is pas 2 jaar overleden {10}
C: Onze regel is minimaal 5 jaar na overlijden {10}
B: En het past niet in het thema {10}
~
A: Oproep aan inwoners: namen aandragen tot 15 mei {10}
A: PHOTO "Denk mee over de straatnamen in Nieuwveense Landen - mail voor 15 mei" {10}
~ 2025-05-20
A: 62 inzendingen! Veel oude boerderijnamen, 8 keer Hendriks {10}
B: En 3 keer een voetballer 🙄 {10}
C: Advies: 8 veldnamen + 1 plein voor een vrouw uit de geschiedenis van Nijeveen {10}
A: En Hendriks? {10}
C: Wij adviseren nee vanwege de 5-jaarstermijn. Laat het college beslissen {10}
""",
        30,
    ),
    Chat(
        "Familie Hendriks",
        "bestuur",
        "2025-06-12 10:00",
        ["Margriet Dijkstra", "Jolien Sterk"],
        """
A: De weduwe van Jan Hendriks heeft een brief gestuurd, ze voelt zich gekwetst door de discussie over de straatnaam {10}
B: Ach. Dat snap ik. De columns in de krant waren niet fijn {10}
A: De burgemeester belt haar zelf {10}
B: Goed. Wil zij de vernoeming eigenlijk wel? {10}
A: Ze zegt dat de familie het niet gevraagd heeft, het kwam van de fractie {10}
""",
        10,
    ),
    Chat(
        "Collegebesluit straatnamen",
        "bestuur",
        "2025-11-04 11:30",
        ["Margriet Dijkstra", "Jolien Sterk", "Lisa Timmerman"],
        """
A: College heeft besloten: 8 veldnamen en het Aaltje Boerplein, geen Hendrikslaan {10}
B: Met de toezegging dat er na 2028 opnieuw gekeken wordt naar een vernoeming? {10}
A: Ja, staat in het besluit {10}
C: Ik zet de namen in de BAG zodra het besluit gepubliceerd is {10}
A: Publicatie in het Gemeenteblad donderdag {10}
""",
        12,
    ),
    Chat(
        "Historische vereniging Nijeveen",
        "samenleving",
        "2025-04-28 19:45",
        ["Albert Koopman", "Gerrit Lassche"],
        """
B: Albert, ik heb de kaart van 1832 bekeken. Het Hooge Veld, de Kampakkers, de Meente {10}
A: Mooi, die passen precies in fase 3 {10}
B: De Stroetenakkers kan beter niet, er ligt al een Stroetenweg in Nijeveen {10}
A: Goed punt, verwarring voor de hulpdiensten {10}
""",
        10,
    ),
    Chat(
        "Straatnaambord aangereden",
        "openbare_ruimte",
        "2025-07-21 10:20",
        ["Kevin Boer", "Alwin Prins"],
        """
A: Straatnaambord Stationsweg hoek Prinsengracht is omgereden
B: Nieuwe besteld?
A: Ja, 3 weken levertijd
B: Schade verhalen op de veroorzaker?
A: Onbekend, niemand gezien
""",
        10,
    ),
    Chat(
        "Dorpshuis De Schakel - overdracht",
        "samenleving",
        "2025-04-14 10:00",
        ["Tom Huisman", "Jaap Oldenburger", "Freek de Lange"],
        """
B: Tom, de stichting is opgericht, notaris was gisteren. 'Stichting Vrienden van De Schakel' {11}
A: Gefeliciteerd! Dan kunnen we over de overdracht praten {11}
C: Vanuit vastgoed: we verkopen het gebouw voor 1 euro, met een anti-speculatiebeding {11}
B: En het dak? Het lekt al 3 jaar {11}
C: Uit de MJOP: dak 140k, cv-ketel 25k, kozijnen 40k {11}
B: Dat kunnen wij als vrijwilligers nooit betalen {11}
A: De wethouder stelt een eenmalige bijdrage voor van 150k, in de voorjaarsnota {11}
~ 2025-07-03
A: Raad akkoord met de 150k! {11}
B: 🎉🎉 Dank voor jullie steun {11}
C: Overdracht bij de notaris 1 december {11}
~ 2025-12-01
B: Sleutels zijn over. De Schakel is van het dorp! {11}
""",
        30,
    ),
    Chat(
        "Dorpsbelangen Nijeveen",
        "bestuur",
        "2025-02-05 20:00",
        ["Tom Huisman", "Wilma Kloosterman"],
        """
B: Tom, klopt het dat de gemeente stopt met de subsidie voor ons dorpshuis? {11}
A: Het college stelt voor de exploitatiesubsidie per 2026 te stoppen. De raad beslist in maart {11}
B: Dan gaat het dicht. 40 verenigingen gebruiken het {11}
A: Er is ruimte voor een alternatief, bijvoorbeeld een stichting die het overneemt {11}
B: Wij organiseren een dorpsavond, komt u? {11}
A: Ja, 19 februari {11}
~
B: 180 mensen op de dorpsavond! En 25 vrijwilligers die zich aanmelden {11}
A: Indrukwekkend {11}
""",
        14,
    ),
    Chat(
        "Beheerder De Schakel",
        "openbare_ruimte",
        "2025-01-22 09:00",
        ["Freek de Lange", "Gert Jan Mulder"],
        """
B: Freek, het regent weer binnen in de grote zaal van het dorpshuis, emmers staan {11}
A: Ik stuur de dakdekker, maar grote reparaties doen we niet meer zolang de toekomst onzeker is {11}
B: Dat is toch niet te verkopen aan de gebruikers {11}
A: Snap ik. Dakdekker komt donderdag voor een noodreparatie {11}
~
B: Dakdekker zegt dat het hele dak eraf moet {11}
A: Weet ik, staat in de MJOP {11}
""",
        12,
    ),
    Chat(
        "Subsidie dorpshuis Rogat",
        "samenleving",
        "2025-05-27 14:00",
        ["Tom Huisman", "Aukje Venema"],
        """
A: Aukje, de subsidieaanvraag van het dorpshuis in Rogat voor de nieuwe keuken is binnen
B: Hoeveel vragen ze?
A: 12.000 uit het leefbaarheidsfonds
B: Past binnen het plafond. Beschikking maken?
A: Ja, graag
""",
        10,
    ),
    Chat(
        "Raad amendement dorpshuis",
        "bestuur",
        "2025-03-27 22:40",
        ["Margriet Dijkstra", "Tom Huisman"],
        """
A: Het amendement van CDA en Lokaal Meppel om de subsidie voor De Schakel een jaar door te laten lopen is verworpen, 13-14 {11}
B: Spannend. Dus de subsidie stopt {11}
A: Wel een motie aangenomen: college moet de overname door de vrijwilligers ondersteunen {11}
B: Die pakken we op {11}
""",
        10,
    ),
    Chat(
        "Secretariaat burgemeester",
        "bestuur",
        "2025-01-08 08:20",
        ["Ingrid Hoving", "Margriet Dijkstra", "Paul Zandstra"],
        """
A: Agenda burgemeester deze week: dinsdag nieuwjaarsbijeenkomst ondernemers, donderdag veiligheidsregio
B: Kan de driehoek naar vrijdag?
A: Ik vraag het
~ 2025-04-10
C: Burgemeester wil een gesprek met de winkeliers van Oosterboer over de jongeren, voor de zomer {4}
A: Ingepland 22 april, 17 uur, in het winkelcentrum zelf {4}
C: Met wijkagent en jongerenwerker erbij {4}
~
B: Lintjesregen: de lijst is rond, 14 gedecoreerden
A: Geheim tot 25 april!
~ 2025-05-16
C: Aanwijzingsbesluit samenscholingsverbod Oosterboer is getekend {4}
A: Publicatie op overheid.nl vandaag {4}
~ 2025-10-27
B: Burgemeester is voorzitter van het hoofdstembureau? {7}
C: Nee, van het gemeentelijk stembureau. Ze zit de zitting van vrijdag voor? {7}
B: Nee, dat doet Harm Jalving als plaatsvervanger, zij is bij de VNG {7}
~
A: Bezoek koning aan Drenthe: protocol mail doorgestuurd
C: Dank
~ 2025-11-06
B: Burgemeester wil de weduwe van Hendriks bloemen sturen na het besluit over de straatnamen {10}
A: Regel ik {10}
""",
        150,
    ),
    Chat(
        "Wethouder Huisman - portefeuille",
        "bestuur",
        "2025-02-26 07:45",
        ["Tom Huisman", "Nathalie Berends"],
        """
B: Goedemorgen wethouder, vandaag: 9:00 overleg zwembad, 11:00 inburgering, 14:00 dorpshuis Nijeveen
A: Zwembad: ik wil de echte planning, niet de optimistische {8}
B: Ik vraag de projectleider om een planning met risico's {8}
A: Inburgering: hoeveel mensen van Lingua Nova zitten nog zonder les? {3}
B: 19, die komen op de wachtlijst voor Zwolle {3}
~
A: Dorpshuis: de vrijwilligers zijn serieus, ik wil ze helpen. Een bedrag voor het dak {11}
B: Ik zet het in de voorjaarsnota-ronde als wens {11}
~
A: Persvraag over het zwembad vanmiddag, Linda belt je {8}
B: Ok {8}
""",
        60,
    ),
    Chat(
        "ICT servicedesk",
        "bedrijfsvoering",
        "2025-03-12 08:05",
        ["Koen Wolters", "Sanne de Groot"],
        """
B: Koen, mijn Teams start niet meer
A: Cache wissen, ik stuur je de instructie
B: Werkt weer
~
B: Kan ik een tweede scherm krijgen?
A: Aanvragen via de selfservice, 2 weken levertijd
""",
        20,
    ),
    Chat(
        "Boa's binnenstad en wijken",
        "veiligheid",
        "2025-03-01 13:00",
        ["Nicole Brink", "Yusuf Demir", "Ricardo Vos"],
        """
A: Planning weekend: vrijdag binnenstad, zaterdag Oosterboer en Haveltermade
B: Oosterboer weer de jongens bij het winkelcentrum? {4}
A: Ja, vanaf 20 uur. Scooters op de stoep bekeuren {4}
~
C: 3 bekeuringen scooters voetpad Oosterboer, 1 voor wildplassen. Groep is naar het park gegaan {4}
A: Top {4}
~ 2025-07-05
B: Eerste controle vergunningparkeren Haveltermade: 34 auto's zonder vergunning, waarschuwingsbriefjes {5}
A: Eerste 2 weken alleen waarschuwen, zo is afgesproken {5}
C: Veel auto's met een Duits kenteken, forenzen naar het station {5}
~
A: Hondenpoep op het schoolplein van De Sleutelbloem, extra controle volgende week
B: Noteer ik
~ 2025-07-19
B: Vanaf nu naheffingen in zone A. 12 vandaag {5}
A: Ok {5}
""",
        100,
    ),
    Chat(
        "Nieuwe bibliotheekpas Nijeveen",
        "samenleving",
        "2025-10-20 11:00",
        ["Ilse Bosma", "Wilma Kloosterman"],
        """
B: Komt er in het dorpshuis in Nijeveen weer een boekenkast van de bieb?
A: Als De Schakel openblijft onder de stichting, graag. De bieb betaalt de kast
B: Fijn. Vrijwilligers doen de uitleen
A: Ik regel de bieb-passen voor de vrijwilligers
""",
        12,
    ),
    Chat(
        "Verhuizing collectie",
        "samenleving",
        "2025-09-01 07:30",
        ["Ilse Bosma", "Henk Mulder"],
        """
B: Morgen, eerste 300 kratten staan klaar in de oude vestiging {1}
A: Jeugd eerst, dan de romans {1}
B: Verhuising jeugd klaar, 212 kratten {1}
~
B: Romans zijn over. Studieboeken morgen {1}
A: Staan de rekken al vast in de Hoofdstraat? {1}
B: Niet allemaal, de monteur komt woensdag {1}
~
B: Laatste wagen. Er missen 2 kratten met dvd's 🙈 {1}
A: Liggen nog in de kelder van de oude bieb, Freek heeft de sleutel {1}
B: Gevonden {1}
A: Top, dan zit alles erin {1}
""",
        18,
    ),
    Chat(
        "Splitsen Kerkstraat 4",
        "ruimte",
        "2025-04-23 13:10",
        ["Naomi Smit", "Ben Hoekstra"],
        """
A: Aanvraag Kerkstraat 4: splisting in 2 woningen van 46 en 52 m2 {2}
B: Ingediend na 1 april? {2}
A: Ja, 14 april. Dus nieuwe regel {2}
B: 46 is te klein, binnenstad is 40 toch? {2}
A: Oh ja binnenstad, dan past het wel {2}
B: Dan verlenen {2}
""",
        10,
    ),
    Chat(
        "Beverraster kade",
        "openbare_ruimte",
        "2025-09-15 07:15",
        ["Henk Jansen", "Alwin Prins"],
        """
A: Ecoloog is klaar, burcht is leeg {6}
B: Dan mogen wij graven? {6}
A: Ja, vanaf morgen. Eerst de gangen open, dan vullen met klei {6}
~
B: Gaas zit erin over 80 meter {6}
A: Prima. Foto's in de app voor het waterschap {6}
B: AUDIO {6}
A: Ok, laat de aannemer de rest van het talud doen {6}
""",
        12,
    ),
    Chat(
        "Zakken bureau 14",
        "dienstverlening",
        "2025-10-30 08:30",
        ["Maarten Kok", "Jeroen Pol"],
        """
A: Jeroen, de zakken van 14 moeten uit de kluis voor vrijdag {7}
B: Verzegeling intact? {7}
A: Ja. Ik neem ze om 9:30 mee naar de raadzaal {7}
B: Kom je eerst de sleutel halen {7}
~
A: Na de hertelling terug in de kluis, opnieuw verzegeld {7}
B: 👍 {7}
""",
        10,
    ),
)
