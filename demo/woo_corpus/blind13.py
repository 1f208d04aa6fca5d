"""The THIRTEENTH BLIND relevance set (issue 17): new chats, requests and judgements.

Written as a Woo officer of gemeente Meppel would by helper wwoo13 after sets 1 to 12 had been
written, BEFORE any tuning on it, without reading the search code; committed before its one
measurement on main's code and never tuned on. New subjects (none of sets 1 to 12): the Asian
hornet and the removal of its nests, a suspicion of care fraud at the Wmo provider Zorgcollectief
Het Anker, dead fish in the Drentsche Hoofdvaart and the town canals, the business improvement
district (BIZ) for the town centre, a battery storage on the Blankenstein business park, the
Easter bonfires of 2025 and their ban in the drought, new premises for the food bank, a walker
injured by a Highland cow in the Reest valley, the double waste levy on the 2025 tax
assessments, the broken sail of corn mill De Vlijt and its restoration, and a pumptrack in
Berggierslanden. Same syntax as blind.py: `{n}` after a line marks the requests it is relevant
to, `~` starts the next day, `PHOTO "text"` is a photo with painted text, `AUDIO` a voice note.
Generated filler (build.FILLER, up to 60 lines a chat) is relevant to nothing. Names, places,
organisations and numbers are made up.

The requests and their queries were written first, from the request text only, before any chat
line. Long chats (the boa's of the rural area, a district crew, the MT of the physical domain,
the press desk, the contact centre's team leaders twice, the Wmo consultants, the poverty team,
the permits team, the college's agenda, the registry's council questions, finance, an
alderman's chat, the tax team, the heritage team, economic affairs) carry several subjects as a
few lines among other work; follow-up chats carry their subject in the onderwerp while the lines
answer without repeating it ("Weg. Secundair nest", "Fase 2, code oranje", "Ze zijn erin!");
jargon and abbreviations (BESS, VRD, PGS 37-1, NNN, APV, ASH, DVO, VB, HA, RIEC, OM, SVB, MJOP,
WOZ, mg/l), other words for the subject (hoornaar, Vespa velutina, nest, horzels; fraude,
gedeclareerd, uren, urenbriefjes; dode vis, zuurstoftekort, overstort; BIZ, BIZ-bijdrage,
stembiljetten; batterijopslag, energieopslag, accu's, containers; paasvuur, paasbult, stoken,
ontheffing; voedselbank, VB, pand, hal; hooglander, koe, grazers, kudde, kalveren; aanslag,
afvalstoffenheffing, ASH, vermindering; molen, roede, wiek, askop, stelling; pumptrack, de baan),
compounds and split or joined forms (hoornaarmeldingen, zorgfraude, vis sterfte, bedrijven-
investeringszone, batterij opslag, pump track), typos (hoornarmeldingen, afvalstoffeheffing),
13 photos with text and 3 voice notes; and distractor chats that share words with requests but
are about something else (a wasps' nest at the town office, a phishing and fraud training, a
fishing match on the Hoofdvaart, Christmas lights for the town centre, an e-bike battery fire in
a bicycle shed, pruning wood, the clothing bank's move, cows loose on the Rogatweg, WOZ
objections, sewer works in the Molenstraat, the skate park of Haveltermade, home batteries at
the sustainability desk, signposts for a Reest valley walking route, a New Year's bonfire).

Judging rule (as sets 1 to 12): a message is relevant when a Woo officer would have to include
it to cover the request, also when it does not repeat the subject ("Hoeveel?", "Top", "Gedaan").
Lines about the request's subject are relevant also where they touch a side of it the request
does not list; lines of a relevant chat about something else carry no tag.

Counts (with the generated filler of seed 17, as the bench builds it): 55 chats, 3,300 messages
(895 hand-written; 13 photos with text, 3 voice notes), 11 requests, 33 queries, 739 relevant
(message, request) pairs in 74 (chat, request) pairs; 14 chats relevant to no request, 13 to
several. Relevant messages (chats) per request: R1 82 (8), R2 75 (7), R3 55 (5), R4 57 (6),
R5 61 (6), R6 83 (6), R7 64 (7), R8 62 (6), R9 66 (5), R10 67 (8), R11 67 (10).
"""

from .build import Chat, Request

REQUESTS = (
    Request(
        1,
        "De Aziatische hoornaar in Meppel (2025): de meldingen van nesten, het verwijderen van de "
        "nesten door een bestrijder, de kosten en de voorlichting aan imkers en inwoners.",
        ("aziatische hoornaar", "hoornaar nest", "hoornaars bestrijding kosten"),
    ),
    Request(
        2,
        "Het vermoeden van zorgfraude bij zorgaanbieder Zorgcollectief Het Anker (2025): de "
        "signalen, het onderzoek door de Wmo-toezichthouder, het stopzetten van de betalingen en "
        "de aangifte.",
        ("zorgfraude", "het anker fraude", "wmo toezichthouder onderzoek zorgaanbieder"),
    ),
    Request(
        3,
        "Vissterfte in de Drentsche Hoofdvaart en de grachten van Meppel (zomer 2025): de meldingen "
        "van dode vis, de oorzaak, het overleg met het waterschap en het opruimen.",
        ("vissterfte", "dode vissen hoofdvaart", "dode vis waterschap zuurstof"),
    ),
    Request(
        4,
        "De bedrijveninvesteringszone (BIZ) voor de binnenstad (2025): het draagvlakonderzoek onder "
        "ondernemers, de uitslag, de heffing en de bezwaren.",
        ("BIZ binnenstad", "bedrijveninvesteringszone", "draagvlakmeting ondernemers"),
    ),
    Request(
        5,
        "De aanvraag voor een batterijopslag (energieopslag in containers) op bedrijventerrein "
        "Blankenstein (2025): de omgevingsvergunning, het advies over brandveiligheid en de "
        "bezwaren van omwonenden.",
        (
            "batterijopslag blankenstein",
            "batterijopslag brandveiligheid",
            "energieopslag vergunning bezwaar",
        ),
    ),
    Request(
        6,
        "De paasvuren van 2025 in Meppel en de dorpen: de vergunningen, het stookverbod wegens "
        "droogte en de klachten over rook.",
        ("paasvuur", "paasvuren stookverbod", "paasvuur vergunning droogte"),
    ),
    Request(
        7,
        "De nieuwe huisvesting van de Voedselbank Meppel (2025): de opzegging van het huidige pand, "
        "de zoektocht naar een locatie, de tijdelijke oplossing en de bijdrage van de gemeente.",
        ("voedselbank", "voedselbank pand", "voedselbank nieuwe locatie huur"),
    ),
    Request(
        8,
        "Het incident met een Schotse hooglander in het Reestdal (2025): de wandelaar die gewond "
        "raakte, de afspraken met de terreinbeheerder, de waarschuwingsborden en de afsluiting van "
        "het wandelpad.",
        ("schotse hooglander", "hooglander reestdal wandelaar", "wandelpad reestdal afgesloten"),
    ),
    Request(
        9,
        "De foutieve aanslagen afvalstoffenheffing 2025: de dubbel opgelegde heffing, de klachten "
        "en bezwaren, de correctie en de terugbetaling.",
        ("afvalstoffenheffing fout", "aanslag dubbel", "afvalstoffenheffing terugbetaling"),
    ),
    Request(
        10,
        "De schade aan korenmolen De Vlijt en de restauratie (2025): de gebroken roede, de "
        "stilstand van de molen, de kosten en de subsidie van de provincie.",
        ("molen de vlijt", "molen restauratie subsidie", "roede molen schade"),
    ),
    Request(
        11,
        "De aanleg van een pumptrack in Berggierslanden (2025): de inspraak en de keuze van de "
        "locatie, de bezwaren van omwonenden en de kosten.",
        ("pumptrack", "pumptrack berggierslanden", "pumptrack bezwaar omwonenden"),
    ),
)

CHATS = (
    Chat(
        "Team Handhaving boa's buitengebied",
        "veiligheid",
        "2025-04-14 07:45",
        ["Kevin Smit", "Linda Mulder", "Jasper de Groot", "Sandra Veen"],
        """
A: Morgen. Deze week staat in het teken van de paasbulten, ik heb de lijst van ontheffingen gekregen {6}
B: Hoeveel zijn het er dit jaar? {6}
A: 9 aangevraagd, 7 verleend. Rogat en De Schiphorst zijn geweigerd {6}
C: Waarom geweigerd? {6}
A: Te dicht bij het rieten dak van de boerderij aan de Schiphorsterweg, en Rogat lag in de natuurzone {6}
D: Die van Rogat zijn al weken snoeihout aan het verzamelen, dat gaat gedoe geven {6}
A: Daarom gaan jij en Jasper er woensdag langs. Vriendelijk maar duidelijk {6}
C: Komt goed
B: Ik heb vanochtend de controle op de stortplaats aan de Oude Vaart, weer bouwafval gedumpt
A: Foto's en in het systeem zetten
~
C: Rogat bezocht. Stapel van zeker 4 meter, vol met pallets en een oude bank {6}
A: Pallets mogen sowieso niet, alleen onbehandeld snoeihout {6}
C: Hebben we gezegd. Ze zeggen dat ze het voor zaterdag uit elkaar halen {6}
D: PHOTO "Paasvuur Rogat zaterdag 19 april vanaf 20.00 uur iedereen welkom! Buurtvereniging Rogat" {6}
D: Dit bord hangt gewoon nog bij de ingang van het weiland {6}
A: Dat terwijl er geen ontheffing is. Ik bel de voorzitter van de buurtvereniging {6}
B: Mag ik even iets anders: melding van de wandelaarsvereniging, een vrouw is gisteren in het Reestdal aangevallen door een koe {8}
A: Een koe? {8}
B: Een Schotse hooglander volgens de melding. Ze is met de ambulance naar Hoogeveen, gebroken pols en kneuzingen {8}
A: Waar precies? {8}
B: Het pad tussen de Reestbrug bij Havixhorst en het Oude Diep, daar lopen ze sinds maart {8}
A: Die grond is van de stichting, niet van ons. Maar het pad is een gemeentelijk wandelpad {8}
D: Had ze een hond bij zich? {8}
B: Ja, aangelijnd. Dat schijnt het probleem te zijn met kalveren erbij {8}
A: Ik zet het door naar Openbare Ruimte en de wethouder. Jij gaat er vanmiddag met Linda naartoe {8}
~
B: Reestdal: koeien staan nu aan de andere kant van de Reest. Er hangen geen borden bij het klaphek {8}
C: Bij het hek aan de Havixhorsterweg wel een klein bordje, maar dat zie je niet {8}
B: PHOTO "Let op: in dit gebied lopen grote grazers. Houd afstand en honden aan de lijn. Stichting Reestdal Natuur" {8}
B: Dit is het enige bord, half overgroeid {8}
A: Noteer het. Morgen overleg met de stichting {8}
D: Paasbult Nijeveen ziet er netjes uit, alles volgens de regels {6}
A: Mooi {6}
A: Nog iemand die dit weekend kan draaien? Jasper is ziek
C: Ik kan zaterdag
~
A: Update: veiligheidsregio heeft code oranje natuurbrand afgegeven, de burgemeester trekt alle ontheffingen in {6}
B: Alle 7? {6}
A: Alle 7. Verbod geldt tot en met maandag, daarna kijken we opnieuw {6}
D: Dat wordt een zaterdag vol boze mensen {6}
A: Wij rijden zaterdagavond met twee koppels rond, de brandweer doet mee {6}
C: Wat als ze toch aansteken? {6}
A: Eerst aanspreken, dan de brandweer laten blussen, proces-verbaal voor de organisator {6}
~
C: Zaterdagavond: Rogat toch aangestoken om 20.15. Brandweer heeft geblust, pv opgemaakt {6}
D: De Wijk/Koekange grens ook een illegaal vuurtje, daar kwam de melding van rook door een buurman {6}
A: Goed gedaan allemaal. Maandag evaluatie {6}
B: Wandelpad Reestdal is dicht gezet met hekken door de stichting {8}
A: Top, dan vervalt onze controle daar {8}
""",
    ),
    Chat(
        "Wijkploeg Noord openbare ruimte",
        "openbare_ruimte",
        "2025-07-14 06:45",
        ["Henk Dolfing", "Marco Zwiers", "Patrick Lamberts", "Lisa Hoving"],
        """
A: Morgen mannen. Vandaag maaien langs de Reggersweg en bladblazen bij de Wheem
B: Doen we
C: Bij de sluis van de Hoofdvaart drijft een hoop dode vis, het stinkt behoorlijk {3}
A: Hoeveel? {3}
C: Tientallen, vooral brasem en wat snoekjes {3}
D: Er kwam gisteren ook al een melding van een bewoner van de Hoofdstraat over de gracht {3}
A: Dat heeft vast met de hitte te maken. Bel het waterschap, dat is hun water {3}
C: Gebeld, ze komen meten maar wij moeten wel scheppen {3}
A: Pak het schepnet en de kliko's uit de loods {3}
B: Waar moet het naartoe? {3}
A: Destructor, niet in het restafval {3}
~
C: Gisteren 6 kliko's vol dode vis uit de Hoofdvaart en de Heerengracht gehaald {3}
A: Nieuwe aanvoer vandaag? {3}
C: Minder, maar bij de Kaap liggen er weer een stuk of twintig {3}
D: Waterschap zegt dat het zuurstofgehalte onder de 2 mg per liter zat {3}
A: Dus zuurstoftekort, dat dachten we al {3}
B: Trouwens, in de eik bij de speeltuin aan de Eendrachtstraat hangt een groot nest, hoog in de boom {1}
A: Wespen? {1}
B: Zag er anders uit, een bol van papier zo groot als een voetbal, en de beesten zijn zwart met gele poten {1}
D: Dat klinkt als een Aziatische hoornaar {1}
A: Niet aankomen. Foto maken en melden op het waarnemingsplatform {1}
B: PHOTO "Speeltuin tijdelijk gesloten. Insectennest in de boom. Gemeente Meppel" {1}
B: Bord hangt, lint eromheen {1}
A: Goed {1}
~
A: De bestrijder komt morgen voor dat nest bij de speeltuin {1}
B: Hoe halen ze het weg? {1}
A: Met een lans met poeder erin, vanaf de hoogwerker. Wij moeten de hoogwerker regelen {1}
B: Geregeld bij Van Lier, 145 euro per dagdeel {1}
C: Dode vis is bijna weg, alleen nog wat bij de Kaap {3}
D: Voor de pumptrack in Berggierslanden moeten we volgende week de grond afgraven {11}
A: Is de locatie nu definitief? {11}
D: Het veldje achter de Hesselingenweg, niet meer bij de school {11}
A: Dan zet ik twee man erop in week 30 {11}
~
B: Nest weg. Bestrijder zei dat het een primair nest was, ze vonden nog een tweede in de haag bij de Wheem {1}
A: Ook weggehaald? {1}
B: Ja, in één keer meegenomen. Factuur komt naar ons {1}
A: Speeltuin weer open? {1}
B: Morgen, eerst de resten opruimen {1}
C: Waterschap heeft een beluchter in de Heerengracht gelegd {3}
A: Mooi, dan zou het moeten stoppen {3}
C: Geen nieuwe vis vanochtend {3}
D: Pumptrack: grond ligt eruit, volgende week komt de aannemer met de asfaltploeg {11}
A: Prima {11}
""",
    ),
    Chat(
        "MT Fysiek domein",
        "ruimte",
        "2025-06-02 08:30",
        ["Marjan Kloosterman", "Erik Post", "Annemiek Schut", "Robert Heijink"],
        """
A: Agenda MT: 1. BESS Blankenstein, 2. molen, 3. pumptrack, 4. begroting, 5. rondvraag {5,10,11}
B: 1. Voor de batterijopslag ligt de aanvraag omgevingsvergunning nu 8 weken, we moeten voor 1 juli besluiten of we verlengen {5}
C: Het advies van de veiligheidsregio is nog niet binnen {5}
B: Dat is het probleem. Zonder brandveiligheidsadvies kunnen we geen besluit nemen {5}
A: Verlengen met 6 weken, en bij de VRD aandringen {5}
B: De initiatiefnemer zal niet blij zijn, die heeft een netaansluiting gereserveerd {5}
A: Veiligheid gaat voor {5}
D: Er zijn ook al 23 zienswijzen op het ontwerp, vooral van bewoners van de Blankensteinweg {5}
A: Die verwerken we in de nota van zienswijzen {5}
C: 2. Molen De Vlijt: de molenmaker heeft de offerte voor de nieuwe roede gestuurd, 186.000 {10}
A: Pff {10}
C: Inclusief het herstel van de askop en de stelling. De provincie subsidieert 40% via de erfgoedregeling {10}
B: En de verzekering? {10}
C: Die betaalt alleen de storm, niet het achterstallige onderhoud. Dat scheelt ongeveer de helft {10}
A: Dan naar het college met een krediet. Annemiek, kun jij het voorstel schrijven? {10}
C: Ja {10}
D: 3. Pumptrack: de inloopavond was druk, 60 mensen. De meeste jongeren willen hem bij het Vledderveen {11}
A: En de omwonenden van het veldje? {11}
D: Die zijn bang voor geluid en hangjongeren. Er is een brief met 34 handtekeningen {11}
A: Kunnen we een tweede locatie onderzoeken? {11}
D: Ja, achter de Hesselingenweg, verder van de huizen {11}
A: Doen. Budget blijft 240.000 {11}
B: 4. Begroting: de kadernota komt op 24 juni in de raad
A: Iedereen zijn teksten voor vrijdag inleveren
C: 5. Rondvraag: er zijn meldingen van Aziatische hoornaars in Nijeveen, wie betaalt de bestrijding? {1}
A: Goede vraag. Wat doen andere gemeenten? {1}
C: De meeste betalen het bij nesten in de openbare ruimte, bij particulieren niet {1}
A: Dan doen wij dat ook, ik wil er wel een potje voor. Robert, ramen? {1}
D: Ik denk 10 tot 15 nesten dit jaar, 250 euro per nest {1}
A: 5.000 reserveren dan {1}
~
A: Actiepunten: verlenging BESS (Erik), collegevoorstel molen (Annemiek), tweede locatie pumptrack (Robert), hoornaarbudget (Robert) {1,5,10,11}
B: Verlengingsbrief voor de batterijopslag is de deur uit {5}
A: Dank
~
D: Pumptrack: omwonenden Hesselingenweg hebben ook al van zich laten horen, maar veel minder {11}
A: Hoeveel? {11}
D: 4 mails. Afstand tot de eerste woning is 120 meter, bij het veldje was dat 35 {11}
A: Dan die locatie voorstellen {11}
C: Voorstel molen ligt bij de wethouder {10}
""",
    ),
    Chat(
        "Persdesk communicatie",
        "bestuur",
        "2025-04-15 09:00",
        ["Sabine Hendriks", "Tim Jonkman", "Yvonne Bakker"],
        """
A: Morgen. Vragen van RTV Drenthe over de paasbulten, ze hebben gehoord dat er een verbod komt {6}
B: Er is nog niks besloten toch? {6}
A: De burgemeester beslist vanmiddag, het hangt af van de veiligheidsregio {6}
C: Ik zet een concept klaar, dan hoeft alleen de datum erin {6}
B: Ook de Meppeler Courant belt over die vrouw en de koe in het Reestdal {8}
A: Wat weten we? {8}
B: Gebroken pols, ze ligt in het ziekenhuis. Grond is van de stichting, het pad is van ons {8}
A: Dan geen inhoudelijke reactie over de dieren, daar gaat de stichting over. Wel: we zijn geschrokken en in gesprek {8}
B: Ok, zo beantwoord {8}
~
C: Persbericht: Burgemeester trekt ontheffingen paasvuren in wegens droogte. Staat klaar voor akkoord {6}
A: Goed, wel de zin over de natuurbrand van vorig jaar op de Havelterberg eruit, dat is niet onze gemeente {6}
C: Aangepast {6}
A: Akkoord, plaatsen om 12 uur {6}
C: Geplaatst, ook op Facebook en Instagram {6}
A: Reacties modereren, er komen er veel {6}
C: 240 reacties in een uur, vooral boos. Wel veel begrip van boeren {6}
B: Ik krijg vragen of de Reestdal-wandeling van de Oranjevereniging nog doorgaat {8}
A: Het pad is dicht tot de stichting de kudde heeft verplaatst, dus niet via dat stuk {8}
B: Doorgegeven {8}
~
A: Nieuw: de Voedselbank heeft een bericht op Facebook dat ze per 1 oktober op straat staan {7}
B: Klopt dat? {7}
A: De verhuurder heeft het pand aan de Stephensonstraat opgezegd, hij wil het verkopen {7}
C: Wat zeggen we? {7}
A: Dat we met de Voedselbank zoeken naar een oplossing en dat niemand zonder pakket komt te zitten {7}
C: Staat online {7}
~
B: Molen De Vlijt: een fotograaf wil van de kapotte roede foto's maken vanaf de stelling {10}
A: Mag dat? De molen is afgezet {10}
B: Volgens erfgoed niet, niemand mag op de stelling tot de roede eraf is {10}
A: Dan vanaf de grond {10}
C: Morgen maakt de wethouder een filmpje bij de molen voor de sociale media {10}
A: Prima, ik ga mee {10}
C: Wie doet de nieuwsbrief deze week?
B: Ik
""",
    ),
    Chat(
        "Teamleiders KCC",
        "dienstverlening",
        "2025-03-03 08:00",
        ["Ingrid Wolters", "Ricardo Mendes", "Femke Oosterhof"],
        """
A: Goedemorgen. Drukke start, de wachtrij staat op 45 bellers {9}
B: Waar gaat het over? {9}
A: Bijna allemaal over de aanslag gemeentelijke belastingen, mensen zien de afvalstoffeheffing twee keer op hun aanslag {9}
C: Echt twee keer? {9}
A: Ja, een regel voor het vastrecht en daaronder nog een keer het hele bedrag. 311 euro teveel bij een meerpersoonshuishouden {9}
B: Wie weet hiervan? {9}
A: Ik heb het Belastingkantoor gebeld, ze zoeken het uit {9}
C: Wat zeggen we tegen de bellers? {9}
A: Dat we het onderzoeken, dat ze nog niet hoeven te betalen en geen bezwaar hoeven in te dienen {9}
B: Ik zet het als nieuwsbericht in de kennisbank {9}
~
A: Gisteren 1.180 telefoontjes, record {9}
C: En 400 mails in de webformulierenbak {9}
A: Het Belastingkantoor bevestigt: bij 8.400 huishoudens staat de ASH er dubbel op, fout in de koppeling met het afvalsysteem {9}
B: Komen er nieuwe aanslagen? {9}
A: Nee, een verminderingsbeschikking. Automatisch, mensen hoeven niets te doen {9}
C: En wie al betaald heeft? {9}
A: Die krijgen het teveel betaalde terug binnen 6 weken {9}
B: Script aangepast {9}
A: Dan iets anders: de nieuwe headsets zijn binnen
C: Eindelijk
~
B: Nog steeds mensen die bezwaar maken via het formulier {9}
A: Die worden ook gewoon verminderd, het bezwaar wordt dan toegewezen {9}
C: Een meneer heeft al een incassobureau gebeld omdat hij dacht dat het oplichting was {9}
A: Haha, nou ja, begrijpelijk {9}
A: Wie kan donderdag de balie in Nijeveen doen?
B: Ik
~
A: Belastingkantoor meldt: verminderingen verstuurd, terugbetalingen lopen vanaf vrijdag {9}
C: Rustiger aan de lijn, 220 bellers gisteren {9}
A: Goed werk allemaal deze week 💪 {9}
""",
    ),
    Chat(
        "Teamleiders KCC zomerbezetting",
        "dienstverlening",
        "2025-07-15 08:00",
        ["Ingrid Wolters", "Femke Oosterhof", "Niels Kramer"],
        """
A: Zomerrooster klopt, alleen de dinsdag is krap
B: Ik kan schuiven
C: Veel meldingen over dode vis in de gracht en de stank, vooral Heerengracht en Prinsengracht {3}
A: Wat zeggen we? {3}
C: Dat de wijkploeg ruimt en het waterschap meet. Meer weten we niet {3}
A: Vraag bij Openbare Ruimte een tekst op voor de kennisbank {3}
C: Gedaan, tekst staat erin: zuurstoftekort door hitte en overstort na de onweersbui {3}
B: Ook vragen of honden in het water mogen {3}
A: Liever niet, zegt het waterschap, vanwege blauwalg op andere plekken {3}
~
B: Melding van een man aan de Burgemeester Haakmalaan, nest in zijn schuur, hij denkt Aziatische hoornaar {1}
A: Wat is onze lijn? {1}
B: In de openbare ruimte betaalt de gemeente, bij particulieren niet. Doorverwijzen naar een bestrijder {1}
C: Hij wil een foto sturen {1}
A: Laat hem het melden op waarneming.nl, dan kijkt de bestrijder mee {1}
C: Ook al drie vragen over de pumptrack: wanneer gaat hij open {11}
A: Na de zomer volgens de planning {11}
C: En een mevrouw die wil klagen dat hij te dicht bij haar huis komt {11}
A: Klacht registreren en naar Sport en Bewegen {11}
~
B: Vandaag 11 hoornarmeldingen! Het loopt hard {1}
A: Ik vraag of er een vast telefoonnummer van de bestrijder op de website kan {1}
B: Veel mensen noemen het horzels of wespen, het is lastig uitvragen {1}
A: Vraag naar de kleur van de poten: geel is de Aziatische {1}
C: Dode vis bijna geen meldingen meer {3}
A: Fijn {3}
""",
    ),
    Chat(
        "Wmo-team consulenten",
        "samenleving",
        "2025-02-10 09:00",
        ["Nicole Brands", "Sander Hulshof", "Fatma Yilmaz", "Joke Nijenhuis"],
        """
A: Goedemorgen team, wie heeft deze week de intakes?
B: Ik en Fatma
C: Vreemd: bij mevrouw K. aan de Zomerdijk staan 24 uur begeleiding per week gedeclareerd door Het Anker, maar ze zegt dat er één keer per week iemand komt {2}
A: Eén keer per week? {2}
C: Een uurtje, koffie drinken. Ze wist niet eens dat er 24 uur op stond {2}
D: Ik heb er ook een: meneer B. in Nijeveen, volgens Het Anker dagelijks begeleiding, maar hij zit al 2 maanden in het verpleeghuis {2}
A: Als dit klopt is het zorgfraude. Dit moet naar de toezichthouder, kun je beide op papier zetten? {2}
C: Vandaag nog {2}
B: Zorgcollectief Het Anker heeft bij ons 38 cliënten met begeleiding individueel {2}
A: Dan moeten we ze allemaal nalopen {2}
~
A: De toezichthouder Wmo van de GGD heeft de signalen ontvangen en start een onderzoek {2}
D: Moeten wij iets doen? {2}
A: Nog niks tegen de cliënten zeggen. Wel: bij huisbezoeken vragen hoeveel uur ze echt krijgen {2}
B: Is dat niet raar voor de cliënten? {2}
A: We noemen het een evaluatiegesprek, dat doen we toch {2}
C: Ik heb er vandaag 3 gepland {2}
A: Mooi {2}
B: Verder: de nieuwe aanvragen voor trapliften stapelen op
A: Hoeveel?
B: 17
~
C: 3 gesprekken gedaan, bij alle drie minder zorg dan gedeclareerd, ongeveer een kwart {2}
D: Bij mij 2, en één cliënt kende de naam van de begeleider op de rapportages niet {2}
A: Alles in het dossier, de toezichthouder haalt het op {2}
D: Er belde ook iemand van Het Anker: waarom we zoveel evaluaties plannen {2}
A: Standaard werkwijze zeggen {2}
~
A: Update: het college heeft besloten de betalingen aan Het Anker op te schorten tot het onderzoek klaar is {2}
B: En de cliënten? {2}
A: Zij krijgen een brief en kunnen overstappen naar een andere aanbieder. Wij regelen dat {2}
C: Welke aanbieders hebben ruimte? {2}
A: Zorgplein Reestdal en Thuis in Meppel, ik bel ze {2}
D: Lijst van de 38 klaar om te bellen {2}
A: Top {2}
""",
    ),
    Chat(
        "Team armoede en schulden",
        "samenleving",
        "2025-05-05 09:00",
        ["Lieke Jansma", "Bas Hofstee", "Mirjam Drenth"],
        """
A: Morgen. De energiefixers gaan weer rond in Koedijkslanden
B: Hoeveel huishoudens hebben zich aangemeld?
A: 64
C: Belangrijker: de VB heeft gemaild, ze zijn nog steeds niet verder met een nieuw pand {7}
A: Ze moeten per 1 oktober uit de Stephensonstraat {7}
C: Ze hebben minimaal 400 m2 nodig, met koeling en een laadperron {7}
B: Hebben wij niks in ons bezit? {7}
A: Vastgoed kijkt naar de oude brandweerkazerne en het pand van de gemeentewerf {7}
C: Die werf ligt ver weg voor klanten zonder auto {7}
A: Klopt, dat weegt mee {7}
B: Bijzondere bijstand aanvragen stijgen trouwens, 20% meer dan vorig jaar
A: Zet het in de kwartaalrapportage
~
C: Voedselbank heeft zelf ook iets gevonden: een bedrijfshal aan de Industrieweg, 2.300 euro huur per maand {7}
A: Dat kunnen zij niet betalen {7}
C: Nee, ze vragen de gemeente om een bijdrage in de huur {7}
B: Subsidieregeling armoede heeft nog 40.000 ruimte dit jaar {7}
A: Dan een voorstel maken voor 3 jaar, en vragen of de woningcorporaties ook meedoen {7}
C: Ik bel Woonstichting Reestland {7}
~
C: Reestland wil 5.000 per jaar bijdragen {7}
A: Mooi begin {7}
B: Schuldhulp: de wachttijd is weer onder de 4 weken
A: Eindelijk goed nieuws
""",
    ),
    Chat(
        "Team Vergunningen omgeving en APV",
        "ruimte",
        "2025-03-24 08:30",
        ["Karin de Boer", "Wim Lubbers", "Ellen Stam"],
        """
A: Morgen. Stapel van de week: 3 dakkapellen, 2 uitwegen, de terrassen en de paasvuren {6}
B: Paasvuren: 9 aanvragen voor een ontheffing van het stookverbod uit de APV {6}
A: Zelfde voorwaarden als vorig jaar? {6}
B: Ja: alleen snoeihout, max 5 meter hoog, 100 meter van gebouwen met een rieten dak, blusmiddelen aanwezig {6}
C: Rogat ligt in het NNN, dat mag niet meer volgens de nieuwe regels van de provincie {6}
A: Dan die weigeren. En De Schiphorst? {6}
B: 60 meter van een rieten dak {6}
A: Ook weigeren. De rest verlenen {6}
C: Ik stuur de besluiten vandaag {6}
B: BESS Blankenstein: de aanvraag omgevingsvergunning is binnen, 24 containers met accu's, 40 MWh {5}
A: Welke activiteiten? {5}
B: Bouwen en milieubelastende activiteit. En afwijken van het omgevingsplan, want het terrein is bestemd voor bedrijven tot categorie 3 {5}
A: Dus uitgebreide procedure {5}
B: Ja. Brandveiligheid laten we beoordelen door de VRD, met de PGS 37-1 als kader {5}
C: En geluid? De omvormers en koeling maken herrie {5}
B: Akoestisch rapport zit erbij, 38 dB op de dichtstbijzijnde woning {5}
A: Laten toetsen door de RUD {5}
~
C: Paasvuren: 7 ontheffingen verleend, 2 geweigerd, besluiten verstuurd {6}
A: Top {6}
C: Rogat heeft gebeld, ze gaan bezwaar maken {6}
A: Dat mag, maar bezwaar schorst niet {6}
B: Pumptrack Berggierslanden: hebben we een vergunning nodig? {11}
A: Voor een baan van 1,20 hoog op eigen grond: vergunningvrij als het in het omgevingsplan past, maar sport is op die plek niet toegestaan {11}
B: Dus een buitenplanse omgevingsplanactiviteit {11}
A: Ja, en dan kunnen omwonenden zienswijzen indienen. Goed dat het vroeg op tafel ligt {11}
~
B: Ontwerpbesluit BESS ligt ter inzage vanaf 14 april {5}
C: Publicatie in het Gemeenteblad geregeld {5}
A: Stuur de omwonenden binnen 300 meter een brief {5}
B: 212 adressen {5}
~
C: Na de intrekking van de ontheffingen door de burgemeester: moeten wij nog iets met de bezwaren van Rogat? {6}
A: Het bezwaar wordt niet-ontvankelijk als het belang weg is. Laat juridische zaken het beoordelen {6}
C: Doorgezet {6}
B: Terrasvergunning Van der Valk is klaar
A: Mooi
""",
    ),
    Chat(
        "Collegeagenda",
        "bestuur",
        "2025-06-16 08:00",
        ["Secretaris Hilde Vos", "Burgemeester Kuiper", "Wethouder Van Essen", "Wethouder Kok"],
        """
A: Agenda collegevergadering 17 juni
A: 1. Besluitenlijst 10 juni
A: 2. Stand van zaken onderzoek Zorgcollectief Het Anker, besloten deel {2}
A: 3. Uitslag draagvlakmeting BIZ binnenstad {4}
A: 4. Krediet herstel molen De Vlijt {10}
A: 5. Locatiekeuze pumptrack Berggierslanden {11}
A: 6. Bijdrage huisvesting Voedselbank {7}
A: 7. Verlenging beslistermijn batterijopslag Blankenstein (ter kennisname) {5}
B: Bij 2: het OM neemt de aangifte in behandeling, de FIOD kijkt mee {2}
C: Hoeveel is er onterecht gedeclareerd? {2}
B: Toezichthouder schat 410.000 over twee jaar {2}
C: Dat gaan we terugvorderen {2}
D: Bij 3: 71% van de stemmers voor, opkomst 58%. Dus de BIZ komt er {4}
C: En de bezwaarde ondernemers? {4}
D: Er zijn 4 bezwaren tegen de uitslag, vooral van winkels in de Kerkstraat die zeggen dat ze niets aan de BIZ hebben {4}
B: Bij 4: ik wil weten waarom het onderhoud achterstallig was {10}
C: Daar komt een notitie over, de vorige molenaar heeft jaren aan de bel getrokken {10}
~
A: Besluitenlijst 17 juni
A: 2. Het Anker: kennisgenomen; betalingen blijven opgeschort; terugvordering voorbereiden {2}
A: 3. BIZ: college stelt de uitslag vast, verordening naar de raad in september {4}
A: 4. Molen De Vlijt: krediet 186.000, waarvan 74.400 subsidie provincie, voorstel naar de raad {10}
A: 5. Pumptrack: college kiest locatie Hesselingenweg, reactiebrief aan de omwonenden {11}
A: 6. Voedselbank: 15.000 per jaar voor 3 jaar bijdrage in de huur, onder voorwaarde van een huurcontract {7}
A: 7. Batterijopslag: kennisgenomen {5}
D: Kan bij 6 nog bij: ook een eenmalige bijdrage voor de verhuizing? {7}
B: Maximaal 10.000, uit de post onvoorzien {7}
A: Aangepast {7}
""",
    ),
    Chat(
        "Raadsgriffie vragen",
        "bestuur",
        "2025-05-12 09:00",
        ["Griffier Rob Meester", "Anne Visscher", "Sabine Hendriks"],
        """
A: Nieuwe schriftelijke vragen binnen van GroenLinks over de batterij opslag Blankenstein {5}
B: Welke vragen? {5}
A: 1. Is het brandrisico onderzocht 2. Hoe worden omwonenden betrokken 3. Wat gebeurt bij een brand met het bluswater {5}
B: Inhoudelijk bij Vergunningen, ik zet het door {5}
C: Termijn? {5}
A: 30 dagen {5}
A: Ook vragen van de VVD over de afvalstoffenheffing {9}
B: Die dubbele aanslag? {9}
A: Ja: hoe kon het gebeuren, wat kost het, wie betaalt de rente {9}
B: Belastingkantoor levert input {9}
~
A: Vragen van het CDA over de afsluiting van het wandelpad in het Reestdal {8}
C: Dat ligt gevoelig {8}
A: Ze willen weten wie verantwoordelijk is voor de veiligheid van wandelaars tussen grazende koeien {8}
B: De stichting als eigenaar, de gemeente voor het pad zelf. Antwoord via Openbare Ruimte {8}
A: En vragen van Lokaal Meppel over het Anker {2}
B: Dat mag alleen in algemene termen, vanwege het strafrechtelijk onderzoek {2}
A: Dan schrijf ik dat de burgemeester de raad vertrouwelijk informeert {2}
~
B: Antwoorden batterijopslag zijn klaar {5}
A: Graag via mij naar de raad {5}
C: Er komt ook een motie over de pumptrack, Lokaal Meppel wil dat de omwonenden een alternatief krijgen {11}
A: Die staat op de agenda van 3 juli {11}
""",
    ),
    Chat(
        "Financiën facturen en budgetten",
        "bedrijfsvoering",
        "2025-04-01 09:00",
        ["Hanneke Dijk", "Jeroen Veldman", "Petra Snijder", "Marco Zwiers"],
        """
A: Vraag: de facturen van Het Anker voor maart, betalen of niet? {2}
B: Niet. Opgeschort sinds het collegebesluit {2}
A: Gaat om 94.000 {2}
B: Blijft staan, in het systeem op geblokkeerd {2}
C: De afvalstoffenheffing: het Belastingkantoor vraagt akkoord voor de terugbetaling van 2,6 miljoen {9}
A: Zoveel? {9}
C: 8.400 huishoudens maal 311 euro {9}
B: Dat geld hebben ze geïnd namens ons, dus het is gewoon terugstorten. Akkoord {9}
C: En de kosten van de fout? {9}
B: Regelen we met het Belastingkantoor volgens de DVO {9}
~
D: Factuur van de molenmaker voor het afnemen van de roede, 18.400 {10}
A: Welke kostenplaats? {10}
D: Erfgoed, molen De Vlijt {10}
B: Verzekeraar heeft 9.000 toegezegd, rest uit het onderhoudsbudget {10}
A: Voedselbank heeft een aanvraag gedaan voor verhuiskosten {7}
B: Eerst het collegebesluit {7}
~
D: Offerte bestrijding hoornaars: vaste prijs 225 per nest in de openbare ruimte {1}
B: En het budget? {1}
D: MT heeft 5.000 gereserveerd {1}
A: Hoeveel nesten tot nu toe? {1}
D: 14, dus we zitten al op 3.150 {1}
B: Verhogen naar 8.000, is een nieuwe exoot, geen keus {1}
""",
    ),
    Chat(
        "Wethouder Kok en beleid",
        "bestuur",
        "2025-05-19 08:00",
        ["Wethouder Kok", "Lieke Jansma", "Annemiek Schut", "Rutger Boon"],
        """
A: Morgen allen, ik wil vandaag drie dingen doorlopen: voedselbank, molen en het Reestdal {7,8,10}
B: Voedselbank: de hal aan de Industrieweg is de enige serieuze optie, maar de huur is te hoog voor ze {7}
A: Wat is de gat? {7}
B: Ze kunnen 800 per maand, de huur is 2.300 {7}
A: Kunnen we niet zelf huren en het doorverhuren? {7}
B: Juridisch lastig, maar een subsidie in de huur kan wel {7}
A: Maak een voorstel, ik wil dit voor de zomer rond hebben. De VB mag niet dicht {7}
C: Molen: de roede is eraf gehaald met een kraan, de molen staat nu stil met één roede {10}
A: Kan hij nog malen? {10}
C: Nee, pas als er twee nieuwe roeden in zitten. De molenaar wil ook de andere vervangen, die is ook niet best {10}
A: Dan ineens {10}
C: De provincie heeft de subsidieaanvraag ontvangen, besluit in 8 weken {10}
D: Reestdal: de stichting wil de Schotse Hooglanders houden, maar het pad verleggen naar de andere oever {8}
A: Wat kost dat? {8}
D: Een nieuw klaphek en 400 meter pad, 35.000. Ze vragen ons de helft {8}
A: En de vrouw die gewond raakte? {8}
D: Haar advocaat heeft de stichting en ons aansprakelijk gesteld {8}
A: Dat gaat naar de verzekeraar. Hoe gaat het met haar? {8}
D: Ze is thuis, pols in het gips {8}
A: Ik stuur haar een kaartje {8}
~
A: Nog een vraag: hoe staat het met de BIZ? De ondernemers spreken me aan op de markt {4}
C: De draagvlakmeting loopt tot 6 juni, het BIZ-bestuur is druk met flyeren {4}
A: En de Kerkstraat? {4}
C: Daar zijn ze tegen, ze vinden dat het geld naar de Hoofdstraat gaat {4}
A: Ik ga er zelf langs {4}
B: Voedselbank: Reestland doet 5.000 per jaar mee {7}
A: Top {7}
""",
    ),
    Chat(
        "Team Belastingen en invordering",
        "bedrijfsvoering",
        "2025-02-24 09:00",
        ["Gerard Schipper", "Hanneke Dijk", "Jolien Kamps"],
        """
A: De aanslagen 2025 zijn vrijdag verstuurd, 19.600 stuks
B: Opbrengst volgens raming?
A: Ja, OZB, riool en afval allemaal binnen de begroting
C: Hondenbelasting: 214 honden minder aangemeld dan vorig jaar
A: Dat is de controle van vorig jaar, mensen melden nu af
~
C: Het KCC loopt vol: mensen zien de afvalstoffenheffing dubbel {9}
A: Hoe kan dat? {9}
C: Het Belastingkantoor zegt: bij het inlezen van het afvalbestand zijn de huishoudens met een rolcontainer én een pas dubbel meegenomen {9}
B: Wie moet wat doen? {9}
A: Zij corrigeren, wij sturen een bericht op de website en de socials {9}
C: Tekst: Op uw aanslag staat de afvalstoffenheffing per ongeluk twee keer. U hoeft niets te doen, u krijgt automatisch een vermindering {9}
A: Akkoord {9}
B: Invordering: automatische incasso's stoppen? {9}
A: Ja! Anders incasseren we 311 euro te veel bij duizenden mensen {9}
C: Geregeld, eerste termijn van maart is tegengehouden {9}
~
B: BIZ binnenstad: als de stemming positief is, wie int dan de BIZ-bijdrage? {4}
A: Wij, via een aparte aanslag, en we storten het door naar de BIZ-stichting {4}
C: Perceptiekosten? {4}
A: 3% volgens de conceptovereenkomst {4}
B: Grondslag? {4}
A: WOZ-waarde van de niet-woningen in het gebied, 214 objecten {4}
~
C: Dubbele ASH: verminderingen zijn aangemaakt, 8.412 stuks {9}
A: En de terugbetalingen? {9}
C: 2.950 mensen hadden al ineens betaald, die krijgen het binnen 2 weken terug {9}
A: Mooi. En de bezwaren? {9}
C: 640 bezwaarschriften, allemaal gegrond verklaard {9}
A: Dank je. Dit was geen leuke maand {9}
""",
    ),
    Chat(
        "Erfgoed en monumenten",
        "ruimte",
        "2025-01-27 08:30",
        ["Annemiek Schut", "Diederik Blom", "Molenaar Gert Hulzebos"],
        """
A: Morgen. Vandaag de subsidieaanvragen monumentenonderhoud
B: 12 aanvragen, 4 te laat
A: Te laat is te laat
C: Dringend: bij de storm van zaterdag is de buitenroede van De Vlijt gescheurd {10}
A: Hoe erg? {10}
C: Een scheur van de askop tot halverwege, de roede hangt scheef. Ik heb de molen op de vang gezet en vastgelegd {10}
B: Gevaar voor de omgeving? {10}
C: Als hij afbreekt valt hij op het fietspad {10}
A: Dan moet het fietspad dicht. Ik bel de wijkploeg {10}
C: PHOTO "Gevaar! Molen De Vlijt. Stelling en fietspad afgesloten wegens schade aan de wiek. Gemeente Meppel" {10}
C: Hangt er al {10}
~
A: Molenmaker Dijkstra komt vandaag kijken {10}
C: Hij is er al. Het is niet alleen de storm, de roede was van binnen verrot {10}
B: Dus achterstallig onderhoud? {10}
C: Dat heb ik 2 jaar geleden al gemeld {10}
A: Ik weet het, en het stond in het MJOP voor 2026 {10}
B: Verzekering dekt dan waarschijnlijk niet alles {10}
~
A: Verder: de restauratie van de Mariakerk loopt, de steiger staat
B: Aannemer vraagt extra tijd vanwege de vorst
A: Akkoord
C: Roede eraf getakeld, ligt nu in de loods van de molenmaker {10}
A: En de molen? {10}
C: Staat stil, ik mag ook geen rondleidingen meer doen {10}
A: Vervelend voor de Nationale Molendag in mei {10}
C: Die gaat dus niet door bij ons {10}
""",
    ),
    Chat(
        "Economische zaken binnenstad",
        "ruimte",
        "2025-02-17 09:00",
        ["Rutger Boon", "Daphne Kroeze", "Centrummanager Ilse Wieringa"],
        """
A: Morgen. De ondernemersvereniging wil een bedrijven-investeringszone (BIZ), ze hebben het ondernemersplan klaar {4}
B: Voor welk gebied? {4}
C: De hele kernwinkelgebied plus de Kerkstraat en de Kleine Oever {4}
A: Wat willen ze doen met het geld? {4}
C: Sfeerverlichting, evenementen, een centrummanager en marketing. 180.000 per jaar {4}
B: Dus een heffing van gemiddeld 840 euro per pand {4}
A: De raad moet een BIZ-verordening vaststellen, en daarvoor een draagvlakmeting {4}
C: Minimaal 50% opkomst en twee derde voor {4}
B: Andersom: minimaal de helft moet stemmen, twee derde van de stemmers voor, en die voorstemmers moeten meer WOZ-waarde hebben dan de tegenstemmers {4}
A: Klopt, dat is de wet. Daphne, jij regelt de draagvlakmeting? {4}
B: Ja, via een extern bureau, schriftelijke stemming {4}
~
A: Andere zaak: de winkelleegstand in de Hoofdstraat is 9%
B: Hoger dan vorig jaar
A: De wethouder wil een pop-up regeling
~
B: Stembiljetten voor de BIZ gaan 12 mei de deur uit, stemmen tot 6 juni {4}
C: De Kerkstraat-ondernemers willen een eigen zone {4}
A: Kan niet meer, het gebied ligt vast in de conceptverordening {4}
C: Ze dreigen met bezwaar en een campagne tegen {4}
B: Dat is hun goed recht {4}
~
B: Uitslag binnen: opkomst 58%, 71% voor, en de WOZ-toets is ook gehaald {4}
A: Geweldig {4}
C: De ondernemersvereniging gaat een feestje geven {4}
A: Eerst de bezwaartermijn afwachten {4}
""",
    ),
    Chat(
        "Hoornaarnesten",
        "openbare_ruimte",
        "2025-08-18 08:00",
        ["Henk Dolfing", "Plaagdierbeheer Noord Jan Wessels"],
        """
A: Nieuw adres: Zuiderhagen 14, hoog in een berk, bewoner heeft gebeld {1}
B: Vanmiddag {1}
~
B: Weg. Secundair nest, zeker 2000 dieren {1}
A: Zoveel? {1}
B: Eind augustus zijn ze op hun grootst. Nog 6 op de lijst {1}
A: Stuur maar de lijst, ik zet de hoogwerker in {1}
B: PHOTO "Werkbon nest Vespa velutina - Zuiderhagen 14 - verwijderd 19-08 - methode: lans met diatomeeënaarde - 225 euro" {1}
~
B: Nijeveen, Kerkweg: nest in de dakgoot van de kerk {1}
A: Van wie is de kerk? {1}
B: De kerkgemeente, dus particulier eigenlijk {1}
A: Doe het toch, het hangt boven de stoep. Wij betalen {1}
B: Gedaan {1}
~
A: Hoeveel zijn het er nu in totaal? {1}
B: 31 nesten dit jaar in Meppel {1}
A: Dat is twee keer zoveel als geraamd {1}
B: Volgend jaar nog meer, ze verspreiden zich razendsnel {1}
""",
    ),
    Chat(
        "Imkers hoornaar voorlichting",
        "openbare_ruimte",
        "2025-09-02 19:00",
        ["Lisa Hoving", "Imkersvereniging Meppel Albert", "Henk Dolfing"],
        """
B: Onze leden zien steeds meer hoornaars die voor de kasten hangen te jagen {1}
A: Hoeveel imkers hebben er last van? {1}
B: Zeker 15 van de 40. Eén heeft al een volk verloren {1}
C: Helpen die vallen? {1}
B: Selectieve vallen in het voorjaar om koninginnen te vangen, maar in de zomer vangen ze ook andere insecten {1}
A: Zullen we samen een informatieavond organiseren? Voor inwoners en imkers {1}
B: Graag. Dan vertellen wij hoe je een nest herkent {1}
~
A: Avond is 24 september in De Plataan, 19.30 {1}
B: Ik neem een opgezet exemplaar mee, en een nest {1}
C: PHOTO "Informatieavond Aziatische hoornaar - herkennen en melden - 24 september De Plataan - gratis toegang" {1}
C: Posters hangen in de bibliotheek en bij de bouwmarkt {1}
~
A: 85 bezoekers! {1}
B: Meer dan verwacht. Veel mensen dachten dat ze een nest hadden, het waren meestal gewone wespen {1}
A: Goed, dan krijgt de bestrijder misschien minder valse meldingen {1}
""",
    ),
    Chat(
        "Signalen HA",
        "samenleving",
        "2025-01-20 10:00",
        ["Nicole Brands", "Contractmanager Wmo Tom Evers"],
        """
A: Tom, kun je de declaraties van het Anker van 2024 naast elkaar leggen? {2}
B: Waarom? {2}
A: Twee cliënten krijgen veel minder zorg dan er gedeclareerd wordt {2}
B: Oei {2}
~
B: Ik heb het bekeken. Vrijwel alle cliënten staan elke maand op precies het maximum aantal uren {2}
A: Dat is niet normaal {2}
B: Nee, bij andere aanbieders schommelt het. En 6 begeleiders hebben volgens de uren meer dan 60 uur per week gewerkt {2}
A: Dat kan niet {2}
B: De directeur heeft ook een bv die de huisvesting levert aan de cliënten, huur via het pgb {2}
A: Dit ruikt naar fraude. Alles naar de toezichthouder, en ik informeer de wethouder {2}
~
B: Toezichthouder wil de urenregistratie zien, ik heb die opgevraagd bij het Anker {2}
A: Reactie? {2}
B: Ze hebben het weekend nodig, zeggen ze {2}
~
B: Ontvangen. De handtekeningen van cliënten op de urenbriefjes lijken allemaal op elkaar {2}
A: 😳 {2}
""",
    ),
    Chat(
        "Juridische zaken aangifte zorgaanbieder",
        "bestuur",
        "2025-03-10 09:00",
        ["Jurist Marloes van Dijk", "Nicole Brands", "Burgemeester Kuiper"],
        """
A: Het rapport van de toezichthouder is binnen. Conclusie: structureel uren gedeclareerd die niet geleverd zijn {2}
B: Hoeveel cliënten? {2}
A: Bij 29 van de 38 gecontroleerde. Ook valse handtekeningen {2}
C: Dit is gewoon fraude met zorggeld. Dan doen wij aangifte {2}
A: Ik bereid het voor met de politie. Ook het RIEC betrekken? {2}
C: Ja, vanwege die huisvestingsconstructie {2}
~
A: Aangifte gedaan bij de politie Meppel, het OM is ingelicht {2}
B: Wat zeggen we tegen Het Anker? {2}
A: Brief: het contract wordt per 1 mei ontbonden, de betalingen blijven opgeschort en we vorderen terug {2}
C: Hard, maar goed {2}
A: Ze hebben een advocaat genomen, die vraagt inzage in het rapport {2}
C: Dat loopt via de Woo of de Awb, laat juridische zaken het beoordelen {2}
~
A: AUDIO {2}
B: Begrepen, ik informeer de cliënten die nog over moeten {2}
""",
    ),
    Chat(
        "Vis Hoofdvaart waterschap",
        "openbare_ruimte",
        "2025-07-16 07:30",
        ["Marco Zwiers", "Waterschap DOD Ruud Smeenk"],
        """
A: Ruud, hoe staat het met de metingen? {3}
B: Zuurstof in de Hoofdvaart bij de Kaap 1,4 mg/l, dat is te laag voor vis {3}
A: En de oorzaak? {3}
B: Warmte plus de overstort na het onweer van zondag. Al het vuil van de straat kwam in één keer in het water {3}
A: Dus ons riool {3}
B: Deels. Er zit ook weinig doorstroming in de grachten, het gemaal staat uit vanwege de droogte. Dit soort vis sterfte zien we vaker na een hittegolf {3}
~
A: Kunnen jullie het gemaal aanzetten om door te spoelen? {3}
B: Doen we vanaf vandaag, plus twee beluchters {3}
A: Mooi. Wij blijven scheppen {3}
B: Houd bij hoeveel kilo, dan kunnen we het rapporteren {3}
~
A: Totaal 380 kilo dode vis, vooral brasem, voorn en een paar karpers {3}
B: Dank. Zuurstof weer boven de 4 {3}
A: Hoe voorkomen we dit volgend jaar? {3}
B: Minder overstorten, dat is jullie rioleringsplan. En wij bekijken een vaste beluchting {3}
""",
    ),
    Chat(
        "Dode vis grachten vervolg",
        "openbare_ruimte",
        "2025-07-22 09:00",
        ["Patrick Lamberts", "Marco Zwiers"],
        """
A: Nog een plek: vijver Wilhelminapark, 20 tot 30 vissen {3}
B: Ook zuurstof? {3}
A: Lijkt het, de fontein stond uit {3}
B: Fontein aanzetten, dat beluchten {3}
~
A: Fontein aan, geen nieuwe {3}
B: Top {3}
A: PHOTO "Let op: dode vis in het water. Niet zwemmen, honden niet laten drinken. Gemeente Meppel en Waterschap" {3}
A: Borden hangen bij de vijver en de Heerengracht {3}
""",
    ),
    Chat(
        "Stemming BIZ",
        "ruimte",
        "2025-06-06 17:00",
        ["Daphne Kroeze", "Bureau Stembus Eric"],
        """
A: Hoe staat het ervoor? {4}
B: 121 van de 214 stembiljetten terug {4}
A: Dat is 57%, dus boven de helft {4}
~
B: Definitief: 124 terug, 88 voor, 34 tegen, 2 ongeldig {4}
A: 72%? {4}
B: 72,1% van de geldige stemmen. WOZ voor 31,4 miljoen, tegen 9,8 miljoen {4}
A: Dus alle drie de drempels gehaald {4}
B: Klopt. Proces-verbaal komt morgen {4}
~
B: PHOTO "Proces-verbaal draagvlakmeting BIZ Binnenstad Meppel: uitgebracht 124, voor 88, tegen 34, ongeldig 2" {4}
A: Dank je {4}
""",
    ),
    Chat(
        "BIZ-stichting en gemeente",
        "ruimte",
        "2025-07-07 10:00",
        ["Centrummanager Ilse Wieringa", "Daphne Kroeze", "Rutger Boon"],
        """
A: De stichting is opgericht, de statuten zijn bij de notaris {4}
B: Mooi. Nu de uitvoeringsovereenkomst {4}
A: Wanneer komt de eerste bijdrage binnen? {4}
C: De aanslagen gaan in maart 2026 de deur uit, daarna storten we door {4}
A: We wilden de kerstverlichting dit jaar al uit de BIZ betalen {4}
C: Dan moet de stichting voorfinancieren {4}
~
B: Bezwaren tegen de uitslag: 4 binnen, allemaal uit de Kerkstraat {4}
A: Wat willen ze? {4}
B: Uit het gebied. Kan niet meer, de raad stelt de verordening vast {4}
C: Laten we met ze praten voor het naar de commissie gaat {4}
A: Ik ga langs met koffie {4}
""",
    ),
    Chat(
        "Advies VRD batterijen Blankenstein",
        "veiligheid",
        "2025-06-23 09:00",
        ["Wim Lubbers", "Risicobeheersing VRD Anouk Bruins"],
        """
A: Anouk, het advies over de BESS, lukt dat deze maand? {5}
B: Volgende week. We hebben nog vragen over de blusvoorziening {5}
A: Welke? {5}
B: Bij een thermal runaway koel je met veel water, 90 m3 per uur, en dat water is vervuild. Waar blijft het? {5}
A: Volgens de aanvraag in een opvangbassin {5}
B: Dat staat niet op de tekening {5}
A: Ik vraag het na bij de initiatiefnemer {5}
~
B: Advies verstuurd: positief onder voorwaarden {5}
A: Welke voorwaarden? {5}
B: Opvang van bluswater 400 m3, 6 meter tussen de containers, gasdetectie en een doormelding naar de meldkamer, en een bereikbaarheidsplan {5}
A: Die neem ik op als voorschriften {5}
B: En een jaarlijkse oefening met de brandweer Meppel {5}
A: Check {5}
""",
    ),
    Chat(
        "Omwonenden Blankenstein",
        "ruimte",
        "2025-04-28 19:30",
        ["Wim Lubbers", "Ellen Stam", "Omgevingsmanager Thijs Reinders"],
        """
A: Inloopavond over de energieopslag, hoeveel mensen komen er? {5}
C: Aangemeld 45 {5}
~
B: Het was pittig {5}
A: Waar ging het over? {5}
B: Brand, vooral. Iemand had filmpjes van de brand in een batterijpark in Australië {5}
C: En de zoem van de koeling, mensen aan de Blankensteinweg slapen met de ramen open {5}
A: Hoe ver staat het dichtstbijzijnde huis? {5}
C: 180 meter {5}
B: Er is een bewonersgroep opgericht: Blankenstein Veilig {5}
~
B: Blankenstein Veilig heeft een zienswijze ingediend met 212 handtekeningen {5}
A: Dezelfde 212 als de aangeschreven adressen? {5}
B: Ook mensen van buiten {5}
A: Allemaal beantwoorden in de nota {5}
~
C: De initiatiefnemer biedt een geluidswal en een omgevingsfonds aan, 2.000 per MW per jaar {5}
A: Dat is hun zaak, het hoort niet bij de vergunning {5}
""",
    ),
    Chat(
        "Paasbulten dorpen",
        "veiligheid",
        "2025-04-10 10:00",
        ["Kevin Smit", "Brandweer Meppel Olaf Bruins", "Karin de Boer"],
        """
A: Olaf, lopen jullie mee bij de controle van de paasbulten? {6}
B: Ja, zaterdag. Ik wil vooral de afstand tot de bebouwing meten {6}
C: De lijst met voorwaarden staat in de ontheffing {6}
~
B: Het is extreem droog, 5 weken geen regen. Ik maak me zorgen {6}
A: Hoe zorgen? {6}
B: Vonken kunnen kilometers ver vliegen. Bij code oranje adviseren wij geen paasvuren {6}
C: Dan moet de burgemeester de ontheffingen intrekken {6}
A: Wanneer weet je het? {6}
B: Donderdag geeft de veiligheidsregio de natuurbrandrisico-fase {6}
~
B: Fase 2, code oranje. Ons advies: niet stoken {6}
B: AUDIO {6}
C: Burgemeester tekent de intrekking vanmiddag {6}
A: Wat doen we met de bulten die er al staan? {6}
B: Laten staan, stoken kan na Pasen als het geregend heeft, met een nieuwe ontheffing {6}
~
C: Het heeft geregend, 3 dorpen willen hun paasvuur in mei alsnog branden {6}
A: Mag dat? {6}
C: Ja, op 3 mei, met dezelfde voorwaarden {6}
B: Dan zijn wij er weer bij {6}
""",
    ),
    Chat(
        "Rook paasvuur klachten",
        "dienstverlening",
        "2025-05-04 09:00",
        ["Femke Oosterhof", "Kevin Smit"],
        """
A: Meldingen gisteravond over rook van het vuur in Nijeveen {6}
B: Hoeveel? {6}
A: 8. Rook in huis, astma, een vrouw moest haar inhalator gebruiken {6}
B: Wind stond verkeerd, naar het dorp toe {6}
A: Volgend jaar in de voorwaarden: niet bij wind richting de bebouwing? {6}
B: Geef ik door aan Vergunningen {6}
~
A: Nog een: bij de bult in Broekhuizen lagen autobanden onderin, zwarte rook {6}
B: Die hebben we gezien, pv opgemaakt {6}
""",
    ),
    Chat(
        "Pand VB",
        "bedrijfsvoering",
        "2025-03-17 10:00",
        ["Vastgoed Jorien Smeets", "Lieke Jansma"],
        """
B: Jorien, de VB moet uit de Stephensonstraat. Hebben we iets? {7}
A: Hoeveel m2? {7}
B: 400, met koelcel en laadruimte {7}
A: De oude brandweerkazerne is 350 en verhuurd tot eind 2025 {7}
A: De werf heeft ruimte, maar dat is een bedrijventerrein zonder bus {7}
B: Klanten komen vaak lopend of op de fiets {7}
~
A: Nog een optie: het leegstaande pand van de bibliotheek aan de Zuideinde, na de verhuizing {7}
B: Per wanneer? {7}
A: Vanaf januari 2026 {7}
B: Te laat, ze moeten per 1 oktober eruit {7}
A: Tijdelijk dan? Drie maanden in de kantine van de sporthal? {7}
B: Ik vraag het ze {7}
~
B: VB: de kantine is te klein voor de koelcellen {7}
A: Dan kijken we of de verhuurder uitstel geeft {7}
""",
    ),
    Chat(
        "Voedselbank bestuur en gemeente",
        "samenleving",
        "2025-08-25 10:00",
        ["Lieke Jansma", "Voorzitter Voedselbank Harry Wessels"],
        """
B: Het huurcontract voor de hal aan de Industrieweg is getekend {7}
A: Gefeliciteerd! {7}
B: Ingang 1 november. De huisbaas van de Stephensonstraat geeft ons een maand extra {7}
A: Dus geen gat {7}
B: Precies. De verbouwing van de koelcel duurt 3 weken {7}
A: Voor de verhuiskosten kan je een aanvraag doen bij ons, maximaal 10.000 {7}
~
B: Aanvraag verstuurd: 8.750 voor de verhuizing en de koelinstallatie {7}
A: Ontvangen {7}
B: En de huurbijdrage van 15.000: per kwartaal of per jaar? {7}
A: Per kwartaal vooruit {7}
~
B: Verhuisd! Eerste uitgifte in de nieuwe hal vrijdag, 212 pakketten {7}
A: PHOTO "Voedselbank Meppel - nieuw adres vanaf 7 november: Industrieweg 31 - uitgifte vrijdag 13.00 tot 16.00" {7}
A: Zag je bord, mooi {7}
""",
    ),
    Chat(
        "Reestdal grazers",
        "openbare_ruimte",
        "2025-04-17 09:00",
        ["Rutger Boon", "Boswachter Stichting Reestdal Natuur Marieke Tol"],
        """
A: Marieke, kunnen we praten over het pad na het incident? {8}
B: Natuurlijk. We zijn erg geschrokken, onze hooglanders zijn normaal heel rustig {8}
A: Hoe kon het gebeuren? {8}
B: Er staan nu 3 kalveren bij de kudde. Een moeder beschermt haar kalf als er een hond komt {8}
A: Kunnen de dieren niet ergens anders heen tot de kalveren groter zijn? {8}
B: Dat doen we nu, ze gaan naar het deel zonder pad {8}
~
A: Wij willen betere borden, bij elk hek, en in het Engels en Duits voor de toeristen {8}
B: Wij maken ze, jullie plaatsen ze? {8}
A: Afgesproken {8}
B: PHOTO "Grazers met kalveren. Blijf op 25 meter afstand. Honden aanlijnen. Verlaat rustig het gebied als dieren naderen" {8}
A: Duidelijk {8}
~
B: Het pad blijft dicht tot 1 juli, daarna over de andere oever {8}
A: Wij regelen de omleiding voor wandelaars met bordjes {8}
B: Kosten van het nieuwe pad delen? {8}
A: Ik vraag het de wethouder {8}
~
A: Wethouder akkoord met 17.500 {8}
B: Fantastisch {8}
""",
    ),
    Chat(
        "Dubbele aanslag ASH",
        "bedrijfsvoering",
        "2025-02-27 08:00",
        ["Gerard Schipper", "Belastingkantoor Rienk Bosma"],
        """
A: Rienk, hoe ver zijn jullie met de fout? {9}
B: Gevonden. Het afvalbestand van de ROVA bevatte een extra regel voor elke pas, die is als tweede heffing opgelegd {9}
A: Hoe heeft dat door de controle kunnen komen? {9}
B: De proefrun is met het bestand van 2024 gedaan, niet met het nieuwe {9}
A: Pijnlijk {9}
~
B: Verminderingsbeschikkingen gaan vanavond de deur uit {9}
A: En de mensen die de eerste termijn al hebben betaald? {9}
B: Teveel betaald wordt verrekend met de volgende termijn of teruggestort, wat ze willen {9}
A: Standaard terugstorten graag, dat is duidelijker {9}
B: Ok {9}
~
A: Rente? {9}
B: Invorderingsrente vergoeden we, wettelijk minimum {9}
A: En wie betaalt de extra kosten? {9}
B: Die zijn voor ons, het is onze fout {9}
A: Fijn dat je dat zegt {9}
""",
    ),
    Chat(
        "Molen roede",
        "ruimte",
        "2025-02-03 08:00",
        ["Annemiek Schut", "Molenmaker Dijkstra"],
        """
A: Hoe snel kunt u de nieuwe roeden maken? {10}
B: Stalen roeden, dat duurt 6 maanden vanaf opdracht, de smederij heeft een wachtlijst {10}
A: En hout? {10}
B: Voor een korenmolen van deze maat is staal de norm {10}
~
B: Offerte gestuurd: twee roeden, askop herstellen, de stelling vervangen {10}
A: Totaal? {10}
B: 186.000 exclusief btw {10}
A: Ik dien de aanvraag bij de provincie in {10}
~
B: Planning: roeden in september, steken in oktober {10}
A: Draaien voor de winter? {10}
B: Als alles meezit {10}
""",
    ),
    Chat(
        "Molen De Vlijt vervolg",
        "ruimte",
        "2025-10-13 08:00",
        ["Molenaar Gert Hulzebos", "Annemiek Schut"],
        """
A: Ze zijn erin! {10}
B: 🎉 {10}
A: AUDIO {10}
B: Klinkt mooi. Wanneer weer open voor bezoekers? {10}
A: Zaterdag draai ik voor het eerst, met de wethouder {10}
~
A: PHOTO "Molen De Vlijt draait weer! Zaterdag 18 oktober open huis 10.00 - 16.00 uur" {10}
B: Ik kom kijken {10}
""",
    ),
    Chat(
        "Pumptrack",
        "samenleving",
        "2025-03-03 10:00",
        ["Sportcoach Dennis Wolters", "Tessa Veldhuis"],
        """
A: De jongerenraad heeft 430 handtekeningen opgehaald voor een pumptrack {11}
B: Wow. Waar willen ze hem? {11}
A: Berggierslanden, bij het Vledderveen, naast de basisschool {11}
B: Wat kost zo'n baan? {11}
A: Asfalt, 800 m2: tussen de 180.000 en 240.000 {11}
B: Dat is veel {11}
A: Een houten is goedkoper maar gaat 10 jaar mee, asfalt 25 {11}
~
B: Ik heb het met de wethouder besproken, hij wil een inloopavond in de wijk {11}
A: Top. Ik vraag een ontwerper om een paar schetsen {11}
~
A: Schetsen binnen, 3 varianten {11}
B: PHOTO "Pumptrack Berggierslanden - variant B - 750 m2 asfalt - rondje beginners en rondje gevorderden" {11}
B: B is het mooist {11}
A: Vind de jeugd ook {11}
""",
    ),
    Chat(
        "Pumptrack inloopavond",
        "samenleving",
        "2025-04-22 18:30",
        ["Tessa Veldhuis", "Sportcoach Dennis Wolters", "Wijkregisseur Maarten Brink"],
        """
A: Zaal staat klaar, de schetsen hangen {11}
~
A: Hoe vonden jullie het? {11}
B: Jongeren enthousiast, de buren van het veldje niet {11}
C: De buren aan het Vledderveen zijn bang voor lawaai tot 's avonds laat en voor brommers {11}
A: Terecht? {11}
B: Bij de baan in Hoogeveen valt het mee, maar die ligt ook verder weg van huizen {11}
C: Er werd gezegd: dit is geen inspraak, het is al besloten {11}
A: Dat is niet zo, we hebben 3 locaties {11}
C: Dan moeten we dat duidelijker zeggen {11}
~
C: Brief van de bewoners van het Vledderveen ontvangen, 34 handtekeningen, ze willen hem niet naast hun achtertuin {11}
A: Ik zet het in het dossier voor het MT {11}
""",
    ),
    Chat(
        "Wijkregie Berggierslanden",
        "samenleving",
        "2025-05-06 10:00",
        ["Wijkregisseur Maarten Brink", "Tessa Veldhuis", "Jongerenwerker Sam de Jong"],
        """
A: Morgen. Punten: speeltuin Dokter Larijweg, buurtbudget, de baan {11}
B: Speeltuin is gekeurd, alles goed
A: Buurtbudget: 3 aanvragen, een buurtbarbecue, bloembakken en een jeu de boules baan
B: Prima
C: Over de pump track: de jongens vragen elke dag wanneer hij komt {11}
A: Na de zomer, als alles goed gaat {11}
C: En waar? {11}
A: Waarschijnlijk achter de Hesselingenweg, verder van de huizen {11}
C: Daar zijn ze ook blij mee, als het maar komt {11}
B: Er was weer een mail van de buren van het Vledderveen, ze zijn blij dat hun plek afvalt {11}
A: Mooi {11}
~
C: Skaters willen een rail erbij {11}
A: Dat is geen pumptrack meer, maar ik geef het door {11}
B: Buurtbarbecue is goedgekeurd
""",
    ),
    Chat(
        "Persdesk zomer",
        "bestuur",
        "2025-07-17 09:00",
        ["Tim Jonkman", "Yvonne Bakker", "Sabine Hendriks"],
        """
A: RTV Drenthe wil beelden van de vissterfte in de grachten {3}
B: Wie staat ze te woord? {3}
C: Liever het waterschap, het is hun water. Wij over het opruimen {3}
A: Dan vraag ik Marco van de wijkploeg {3}
B: Q&A: waarom stinkt het? Hoeveel vis? Is het gevaarlijk? {3}
A: 380 kilo, zuurstoftekort, niet gevaarlijk maar honden niet laten drinken {3}
~
B: Aziatische hoornaar: veel vragen op Facebook, is het gevaarlijk? {1}
C: Niet agressiever dan een wesp, behalve bij het nest. Wel een plaag voor bijen {1}
A: Ik maak een post: zo herken je hem, zo meld je hem {1}
B: PHOTO "Aziatische hoornaar: zwart lijf, oranje band, gele poten. Nest gezien? Meld het via waarneming.nl of 14 0522" {1}
C: Mooi {1}
~
A: De opening van de pumptrack: een datum? {11}
C: Oktober, de wethouder wil er een BMX-demo bij {11}
A: Ik zet het in de planning {11}
""",
    ),
    Chat(
        "Schade Reestdal aansprakelijkheid",
        "bestuur",
        "2025-05-26 14:00",
        ["Jurist Marloes van Dijk", "Rutger Boon"],
        """
A: De advocaat van de wandelaarster heeft ons aansprakelijk gesteld {8}
B: Op welke grond? {8}
A: Wij zijn wegbeheerder van het pad en hadden moeten waarschuwen {8}
B: Er hing een bord van de stichting {8}
A: Half overgroeid, staat op de foto's van de boa's. Dat helpt ons niet {8}
~
A: Doorgestuurd naar de verzekeraar, die neemt contact op met de stichting {8}
B: Wat vraagt ze? {8}
A: Smartengeld en de eigen bijdrage van het ziekenhuis, rond 6.500 {8}
""",
    ),
    Chat(
        "Contractmanagement Wmo aanbieders",
        "samenleving",
        "2025-04-14 09:00",
        ["Contractmanager Wmo Tom Evers", "Nicole Brands", "Hanneke Dijk"],
        """
A: Kwartaalgesprekken met de aanbieders, ik heb ze bijna allemaal gehad
B: Bijzonderheden?
A: Thuis in Meppel wil meer cliënten, ze hebben personeel
C: Mooi, want de cliënten van het Anker moeten ergens heen {2}
A: 24 zijn al over, 14 nog niet {2}
B: Waarom niet? {2}
A: Sommigen willen bij hun eigen begeleider blijven, die zijn deels meegegaan naar een andere aanbieder {2}
C: Pgb-houders van het Anker? {2}
A: 6, die moeten zelf een nieuwe zorgverlener kiezen. De SVB betaalt niet meer uit aan het Anker {2}
~
A: Verder: de nieuwe indexatie voor 2026 komt in september
B: Ok
""",
    ),
    Chat(
        "Buitendienst Nijeveen",
        "openbare_ruimte",
        "2025-04-22 07:30",
        ["Bert Mulder", "Henk Dolfing", "Lisa Hoving"],
        """
A: Restanten van de paasbult bij de Dorpsstraat liggen er nog, de organisatie heeft ze niet opgeruimd {6}
B: Er is niet gestookt toch? {6}
A: Nee, verbod. Maar nu ligt er een berg snoeihout in het weiland {6}
B: Laten liggen tot mei, ze mogen het dan alsnog branden {6}
A: Ok {6}
C: Bankjes aan de Kerkweg zijn geschilderd
B: Top
~
A: Bij het hertenkamp in Nijeveen hangt een soort wespennest aan het hek, zo groot als een meloen {1}
B: Hoornaar? {1}
A: Weet ik niet, de beesten zijn donker {1}
C: Dan is het een Aziatische, de Europese is roodbruin {1}
B: Melden bij Plaagdierbeheer Noord, ze komen binnen een dag {1}
A: Gemeld {1}
~
A: Nest weg, was inderdaad Vespa velutina {1}
C: Al de vierde in Nijeveen {1}
A: Hekken bij de school zijn vervangen
B: Mooi
""",
    ),
    Chat(
        "Wespennest stadskantoor",
        "bedrijfsvoering",
        "2025-08-11 09:00",
        ["Facilitair Ronald Kamp", "Servicedesk Bas"],
        """
A: Wespennest in de kozijnen aan de kant van de kantine, mensen durven niet meer naar buiten
B: Ongediertebestrijder gebeld?
A: Ja, morgen. Gewone wespen, geen hoornaars zegt hij
B: Gelukkig
~
A: Nest is weg, 95 euro
B: Kantine terras weer open
""",
    ),
    Chat(
        "Training fraude en phishing",
        "bedrijfsvoering",
        "2025-05-20 10:00",
        ["CISO Mark Bakker", "Karin Hofman"],
        """
A: De phishingtest van vorige week: 18% heeft op de link geklikt
B: Hoger dan vorig jaar
A: Ja. We plannen een training fraudebewustzijn voor alle teams
B: Ook over nepfacturen?
A: Ja, en over CEO-fraude: een mail van de 'burgemeester' die om een snelle betaling vraagt
~
B: Training staat in de leeromgeving, verplicht voor 1 oktober
A: Mooi, ik stuur een herinnering
""",
    ),
    Chat(
        "Viswedstrijd Hoofdvaart",
        "samenleving",
        "2025-05-12 10:00",
        ["Evenementen Joyce Brink", "HSV De Snoek Klaas"],
        """
B: We willen weer de Meppeler Viswedstrijd houden langs de Hoofdvaart, 14 juni
A: Zelfde plek als vorig jaar?
B: Ja, tussen de Kaap en de sluis, 80 vissers
A: Toestemming van het waterschap nodig voor de oever, en een melding bij ons
B: Waterschap is akkoord
~
A: Melding is goedgekeurd. Parkeren op het terrein aan de Hoofdvaart
B: Top, dank. Alle vis gaat weer terug het water in
""",
    ),
    Chat(
        "Kerstverlichting binnenstad",
        "ruimte",
        "2024-10-07 09:00",
        ["Rutger Boon", "Ondernemersvereniging Centrum Jeroen"],
        """
B: De ondernemers willen de kerstverlichting vernieuwen, de oude lampjes zijn kapot
A: Wat kost het?
B: 48.000, we vragen de gemeente om de helft
A: Ik kijk in het budget voor binnenstadmarketing
~
A: 20.000 kan, de rest moeten de ondernemers zelf ophalen
B: Dat wordt lastig, niet iedereen betaalt mee
A: Dat is het eeuwige probleem
B: Hangen vanaf 20 november
""",
    ),
    Chat(
        "Brand accu fietsenstalling",
        "veiligheid",
        "2025-06-30 08:00",
        ["Kevin Smit", "Brandweer Meppel Olaf Bruins"],
        """
B: Vannacht brand in de fietsenstalling bij het station, een e-bike accu die in de fik ging
A: Schade?
B: 6 fietsen verbrand, het dak van de stalling zwartgeblakerd
A: Kan dat vaker gebeuren?
B: Accu's van goedkope fietsen, vooral bij het laden. Niet in de stalling opladen
A: Er zitten daar geen stopcontacten toch?
B: Iemand had een verlengsnoer vanuit het fietsenhok van de bakker
~
A: Het verlengsnoer is weg, de bakker is aangesproken
B: Dank
""",
    ),
    Chat(
        "Snoeihout en groenafval",
        "openbare_ruimte",
        "2025-03-10 07:30",
        ["Henk Dolfing", "Marco Zwiers"],
        """
A: Snoeiploeg begint maandag aan de Stadsweiden
B: Snoeihout versnipperen of afvoeren?
A: Versnipperen, de snippers gaan naar de paden in het park
B: En bij de milieustraat zeggen ze dat de groenbak vol zit
A: Extra container bestellen
~
B: Snippers liggen, paden zien er goed uit
A: 👍
""",
    ),
    Chat(
        "Kledingbank verhuizing",
        "samenleving",
        "2025-09-15 10:00",
        ["Lieke Jansma", "Kledingbank Meppel Ria"],
        """
B: De kledingbank kan in het oude schoolgebouw aan de Kruisstraat terecht
A: Fijn! Per wanneer?
B: 1 januari. Meer ruimte, eindelijk een paskamer
A: Kun je de verhuizing zelf doen?
B: Met de vrijwilligers en een bus van de kringloop
~
A: Nieuwe adres gaat in de sociale kaart
B: Dank je
""",
    ),
    Chat(
        "Loslopende koeien Rogat",
        "veiligheid",
        "2025-06-12 06:30",
        ["Linda Mulder", "Jasper de Groot"],
        """
A: Melding: koeien op de Rogatweg, een boer heeft zijn hek open laten staan
B: Onderweg
~
B: Ter plaatse, 12 melkkoeien op de weg, verkeer staat stil
A: Boer onderweg?
B: Ja, hij drijft ze terug. Politie regelt het verkeer
A: Ok
B: Weg vrij, geen schade
""",
    ),
    Chat(
        "WOZ bezwaren",
        "bedrijfsvoering",
        "2025-03-20 09:00",
        ["Gerard Schipper", "Taxateur Ingrid Lok"],
        """
A: Hoeveel WOZ-bezwaren zijn er dit jaar?
B: 1.240, iets minder dan vorig jaar
A: Veel no cure no pay bureaus?
B: 60%, die vragen om de taxatieverslagen
A: Termijn halen we?
B: Als de extra taxateur blijft, ja
~
B: 400 afgehandeld, 35% gegrond
A: Normaal beeld
""",
    ),
    Chat(
        "Molenstraat riolering",
        "openbare_ruimte",
        "2025-09-08 07:00",
        ["Uitvoerder Riolering Ferry", "Marco Zwiers"],
        """
A: Molenstraat gaat maandag dicht voor het vervangen van de riolering
B: Hoe lang?
A: 6 weken. Omleiding via de Zuiderstraat
B: Bewoners ingelicht?
A: Brief is vorige week bezorgd
~
A: Bij het graven een oude waterput gevonden
B: Archeoloog bellen
A: Gedaan, hij komt vanmiddag
""",
    ),
    Chat(
        "Skatebaan Haveltermade",
        "openbare_ruimte",
        "2025-06-05 09:00",
        ["Patrick Lamberts", "Tessa Veldhuis"],
        """
A: De halfpipe van de skatebaan in Haveltermade heeft een gat in het plaatwerk
B: Gevaarlijk?
A: Ja, we zetten hem af tot de reparatie
B: Klachten van omwonenden over geluid zijn er ook weer, 's avonds na tienen
A: Dat is voor de boa's
~
A: Reparatie gedaan, plaat vervangen, 640 euro
B: Mooi
""",
    ),
    Chat(
        "Duurzaamheidsloket vragen",
        "ruimte",
        "2025-05-08 10:00",
        ["Energiecoach Wendy", "Ellen Stam"],
        """
A: Steeds meer vragen over thuisbatterijen, nu de salderingsregeling stopt
B: Subsidie?
A: Nee, geen gemeentelijke. Mensen vragen vooral of het veilig is in de meterkast of op zolder
B: Brandweer heeft een folder, ik stuur hem je
~
A: Folder staat op de website
B: Dank
""",
    ),
    Chat(
        "Reestroute bewegwijzering",
        "openbare_ruimte",
        "2025-02-24 09:00",
        ["Toerisme Marieke Smit", "Henk Dolfing"],
        """
A: De nieuwe wandelroute door het Reestdal krijgt bordjes, 42 stuks
B: Wie plaatst ze?
A: Jullie, als dat kan in maart
B: Kan. Waar liggen ze?
A: Bij de VVV
~
B: Geplaatst, op twee na, daar was de paal verrot
A: Prima, die komen later
""",
    ),
    Chat(
        "Vreugdevuur jaarwisseling",
        "veiligheid",
        "2024-12-16 10:00",
        ["Kevin Smit", "Karin de Boer"],
        """
A: Er is een aanvraag voor een vreugdevuur op oudjaarsavond in Koedijkslanden
B: Dat hebben we nooit toegestaan in de wijk
A: Nee, te dicht bij de flats. Weigeren?
B: Ja, en wijzen op de vuurkorven bij het buurthuis
~
A: Weigering verstuurd
B: Oudjaarsdienst: wie heeft er piket?
A: Ik
""",
    ),
)
