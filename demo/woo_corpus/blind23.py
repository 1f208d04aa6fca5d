"""The TWENTY-THIRD BLIND relevance set (issue 17): new chats, requests and judgements.

Written as a Woo officer of gemeente Meppel would by a helper (branch woo23) BEFORE any measurement
on it, without reading the search code; blind22.py was read for the data format only, the earlier
sets only for their request titles (so that the subjects are new). Measured once on main's code
after it was committed. Same syntax as blind.py: `{n}` after a line marks the requests it is
relevant to, `~` starts the next day, `~ YYYY-MM-DD` moves the chat to that day, `PHOTO "text"` is
a photo with painted text, `AUDIO` a voice note. Generated filler (build.FILLER) is relevant to
nothing. Names, places, organisations, addresses, phone numbers and companies are made up.

The requests and their queries were written first, from the request text only. The chats are shaped
like real work chats: long team chats (the outdoor service's yard, public order and safety, the
mayor's cabinet, finance and control, climate adaptation, town-centre management, HR, records
management, communication) where a request's subject is a few lines among other work; short chats
whose subject carries the topic while the lines answer without repeating it ("Getekend", "Hangen
weer", "Gedaan. Ik heb er nog 14 van dit soort bochten gevonden", "Ingestemd, met één voorwaarde");
abbreviations and jargon (art 174a, KHN, RIB, grex, RV, kiBu, WOR, OR, HartslagNu, BHV, Nedvang,
Afvalfonds, KCC, 4x9, ma-do, di-vr); other words for the subject (archiefbewaarplaats, depot,
overbrenging, Assen, archiefdozen, strekkende meter; late horeca, Koningsnacht, later sluiten,
portiers, nachtlawaai; defibrillator, het apparaat, de kast; sinusmaaien, bermen, klepelmaaier,
zichthoeken, bloemenberm, teek; Cobra 8, knal, ontploft; controleverklaring met beperking,
interim-controle, grondexploitaties; regenpijp van het riool af, sedumdak, regen-subsidie; rapers,
grijpers, zwerfvuil prikken, naaldenkoker; lampjes, sterren, gordijnen, aardlek; 4-daagse werkweek,
lange weekend, ploegen); Drents words ("moi"); 4 photos with text and 2 voice notes; and distractor
chats that share words with requests but are about something else (a gas explosion in a kitchen,
fireworks damage at New Year, the shop opening hours on Sunday, a lunchroom's licence, the BHV
drill with the town hall's AED, mowing sports fields and a dyke, the GGD's tick information for
childcare, a sports club's and a community centre's accounts, rain flooding cellars, the town
hall's leaking roof, allotment rain barrels, flu jabs, litter bins after a fair, the Christmas
market licence, street lights out in Nijeveen, the archiving app, an archived mailbox, a team
moving floors, the evening walking event, an introduction week, a youth council, the mayor
reading to children).

Judging rule (as the earlier sets): a message is relevant when a Woo officer would have to include
it to cover the request, also when it does not repeat the subject ("En?", "Getekend", "👍",
"Eindelijk"); a voice note inside a relevant exchange is relevant. Lines of a relevant chat about
something else carry no tag.

Counts (with the generated filler of seed 17, as the bench builds it): 70 chats of 10 to 220
messages, 2,494 messages (679 hand-written; 4 photos with text, 2 voice notes), 11 requests, 32
queries, 539 relevant (message, request) pairs on 539 messages, in 60 (chat, request) pairs; 46
chats relevant to a request, 24 to none, 6 to several. Relevant messages (chats) per request: R1 50
(5), R2 50 (7), R3 44 (5), R4 49 (6), R5 39 (4), R6 60 (8), R7 44 (5), R8 49 (6), R9 52 (5), R10 47
(5), R11 55 (4).
"""

from .build import Chat, Request

REQUESTS = (
    Request(
        1,
        "De overdracht van het gemeentearchief van Meppel aan het Drents Archief in Assen "
        "(2025): de verhuizing van de archiefdozen, de kosten, de digitalisering en de "
        "vochtschade in het archiefdepot.",
        (
            "overdracht archief drents archief",
            "gemeentearchief verhuizing",
            "archiefdepot vochtschade",
        ),
    ),
    Request(
        2,
        "De proef met latere sluitingstijden voor de horeca in de binnenstad (2025): het "
        "voorstel, het overleg met de horecaondernemers, de klachten van bewoners over "
        "nachtlawaai en de evaluatie.",
        ("sluitingstijden horeca", "horeca binnenstad later open", "klachten nachtlawaai horeca"),
    ),
    Request(
        3,
        "Vernielingen en diefstal van AED's in de openbare ruimte (2025): de beschadigde en "
        "gestolen AED's en kasten, de vervanging, de kosten en het overleg met de "
        "burgerhulpverleners.",
        ("aed", "aed vandalisme", "aed kast gestolen"),
    ),
    Request(
        4,
        "Het ecologisch maaien van bermen en grasvelden (2025): het nieuwe maaibeleid, de "
        "klachten over hoog gras, teken en slecht zicht in bochten en de aanpassingen.",
        ("bermbeheer maaien", "ecologisch maaien klachten", "hoog gras teken"),
    ),
    Request(
        5,
        "De kinderburgemeester van Meppel (2025): de verkiezing op de basisscholen, de "
        "installatie, het budget en de activiteiten.",
        ("kinderburgemeester", "verkiezing kinderburgemeester"),
    ),
    Request(
        6,
        "De explosies bij woningen in Meppel (2025): de incidenten, de sluiting van woningen "
        "door de burgemeester, het overleg met de politie en de informatie aan buurtbewoners.",
        ("explosie woning", "explosies voordeur", "sluiting woning explosie"),
    ),
    Request(
        7,
        "De vertraagde jaarrekening 2024 (2025): het uitblijven van de controleverklaring van "
        "de accountant, de bevindingen, de auditcommissie en de aanbesteding van een nieuwe "
        "accountant.",
        ("jaarrekening 2024 accountant", "controleverklaring", "aanbesteding accountant"),
    ),
    Request(
        8,
        "De subsidieregeling voor het afkoppelen van regenwater en groene daken (2025): de "
        "regeling, de aanvragen, het bereikte subsidieplafond en de fouten bij de uitbetaling.",
        ("afkoppelsubsidie", "subsidie regenwater afkoppelen", "groene daken subsidie"),
    ),
    Request(
        9,
        "De vrijwilligers die zwerfafval opruimen (2025): de afvalgrijpers en materialen, de "
        "vergoeding voor verenigingen, het ongeluk met een injectienaald en de World Cleanup Day.",
        ("zwerfafval vrijwilligers", "afvalprikkers", "vergoeding zwerfafval verenigingen"),
    ),
    Request(
        10,
        "De kerstverlichting in de binnenstad (2025): de bijdrage van de gemeente, de afspraken "
        "met de ondernemersvereniging, de storing en de kosten.",
        ("kerstverlichting", "kerstverlichting binnenstad kosten", "storing kerstverlichting"),
    ),
    Request(
        11,
        "De proef met een vierdaagse werkweek (4 x 9 uur) bij de buitendienst (2025): het "
        "voorstel, de roosters, de instemming van de ondernemingsraad en de evaluatie.",
        ("vierdaagse werkweek", "4x9 buitendienst", "evaluatie proef werkweek"),
    ),
)

CHATS = (
    Chat(
        "Team buitendienst werf",
        "ruimte",
        "2025-01-13 06:50",
        ["Gerrit Hoekstra", "Marco Dijkstra", "Sietske Lenters", "Roel Kamphuis"],
        """
A: Moi allemaal. Strooiwagen 2 staat bij de garage, klep lekt
B: Ik rij wel met de 3
~ 2025-01-27
C: Voorstel van de directie: proef met 4 dagen van 9 uur voor de buitendienst, vanaf 1 april {11}
D: Vrijdag vrij? Dan ben ik om {11}
A: Niet iedereen op vrijdag, er moet ook op vrijdag iemand de meldingen doen {11}
C: Klopt, twee ploegen. Ploeg 1 ma t/m do, ploeg 2 di t/m vr {11}
B: En de zomer met maaien? 9 uur op de trekker is lang {11}
C: Ik zet jullie vragen op een lijstje voor P&O {11}
~
D: Bak zout bij de Hesselerbrug is leeg
A: Morgen vullen
~ 2025-02-17
C: OR heeft de 4x9 op de agenda van 4 maart {11}
B: Wij mogen een afvaardiging sturen? {11}
C: Gerrit en jij gaan {11}
~ 2025-03-05
A: OR is akkoord, met de voorwaarde dat het vrijwillig is en er na een half jaar een evaluatie komt {11}
D: En wie niet wil? {11}
A: Blijft op 5x7,2. Ik heb nu 11 aanmeldingen van de 17 {11}
~
B: Zaterdag is de landelijke opschoondag, wij brengen de grijpers en zakken naar het Wilhelminapark {9}
C: Hoeveel vrijwilligers? {9}
B: 40 opgegeven via Meppel Schoon, plus de scouting {9}
~ 2025-03-24
A: Roosters voor april hangen in de kantine. Ploeg maandag-donderdag is vol {11}
D: Ik zit op di-vr, prima {11}
~ 2025-04-14
C: Nieuw maaibeleid gaat in: bermen nog maar 2x per jaar, rest laten staan voor de bijen {4}
B: Dus we laten alles staan tot juni? {4}
C: Eerste maaironde half juni, tweede in september. Alleen een strook van 1 m langs het fietspad houden we kort {4}
D: Dat gaat klachten geven, let op {4}
~
A: Kraan van de kolkenzuiger is terug
~ 2025-05-19
D: Zie je wel. 3 meldingen over lang gras bij de Ezingeweg, mensen zien niks bij de uitrit {4}
C: Die bochten en uitritten maaien we gewoon, zichthoeken gaan voor {4}
D: Dan doe ik dat morgen met de klepelmaaier {4}
~
B: Zak met naalden gevonden door een vrijwilliger van het zwerfvuilteam bij de Hoogeveense Vaart {9}
A: Niemand geprikt hoop ik? {9}
B: Jawel, een meisje van 15. Ze is naar de huisarts {9}
A: Dat moet naar de arbo en naar Meppel Schoon. Sietske, kun jij dat oppakken? {9}
C: Doe ik {9}
~ 2025-06-02
C: Tussenstand 4x9: ziekteverzuim ploeg 1 lager, maar op vrijdag te weinig mensen voor spoedklussen {11}
A: Vrijdagmiddag stond ik alleen met een omgewaaide boom {11}
C: Noteer ik voor de evaluatie {11}
~
D: Teek in m'n been na het maaien bij de Reest. Zit er nog in {4}
A: Ga naar de huisarts, en meld het bij Sietske {4}
D: Ze zeggen dat het gras langer staat en er dus meer teken zijn {4}
~ 2025-07-07
B: Meppel Schoon wil 60 nieuwe grijpers en hesjes, de oude zijn op {9}
A: Uit welk potje? {9}
B: Zwerfafvalvergoeding van Nedvang, daar is nog 18k van over {9}
~
C: Bermen Rogat: maaisel moet worden afgevoerd, anders wordt het te voedselrijk {4}
D: Daar hebben we een opraapwagen voor nodig, die huren we in {4}
~ 2025-09-15
A: Evaluatie 4x9 is klaar. 9 van de 11 willen door, 2 stoppen ermee {11}
B: En de vrijdag? {11}
A: Vanaf oktober op vrijdag altijd minimaal 4 man, dat is de aanpassing {11}
~
B: World Cleanup Day zaterdag 20 september, afvalcontainer bij de Markt geregeld {9}
C: 120 aanmeldingen, ook 3 voetbalclubs {9}
~
D: Tweede maaironde bijna klaar, nog Nijeveen en Broekhuizen {4}
~ 2025-11-10
A: Kerstverlichting: de hoogwerker is geregeld voor de Hoofdstraat, we hangen ze 17 en 18 november {10}
B: Wie betaalt het uur? {10}
A: De ondernemersvereniging, wij sturen een factuur {10}
~ 2025-11-29
D: De kerstverlichting in de Prinsenstraat doet het niet, halve straat donker {10}
A: Aardlekschakelaar eruit geslagen door de regen. Ik stuur een elektricien {10}
D: Doet het weer om 17.30 {10}
""",
        220,
    ),
    Chat(
        "Team openbare orde en veiligheid",
        "veiligheid",
        "2025-01-08 08:15",
        ["Ilse Brouwer", "Wouter Smit", "Fatma Yilmaz", "Kees Bakker"],
        """
A: Goedemorgen. Nacht van 7 op 8 januari: explosie bij een voordeur aan de Zuiderstraat {6}
B: Zwaar vuurwerk of echt een explosief? {6}
A: Cobra 8 volgens de politie, deur ligt eruit, ramen van de buren ook {6}
C: Tweede keer op dat adres? {6}
A: Ja, in november ook al. Politie vraagt of de burgemeester de woning kan sluiten {6}
~
D: Overleg met de horeca over de proef met later sluiten staat op 22 januari {2}
B: KHN wil tot 3 uur, bewoners Kleine Oever willen het liefst om 1 uur dicht {2}
~ 2025-01-13
A: Bestuurlijke rapportage van de politie over de Zuiderstraat is binnen {6}
C: Grond voor sluiting is art 174a Gemeentewet, ernstige vrees voor verstoring openbare orde {6}
A: Ik schrijf het voornemen tot sluiting, 3 maanden. Zienswijze 1 week {6}
~ 2025-01-22
D: Horeca-overleg: proef van 1 april tot 1 oktober, vrijdag en zaterdag open tot 03:00 {2}
B: Met voorwaarden? {2}
D: Portiers na 1 uur, geen nieuwe bezoekers na 2 uur, glas binnen {2}
~
C: Evenementenvergunning Bevrijdingsfestival is ingediend
B: Die pak ik op
~ 2025-02-03
A: Sluiting Zuiderstraat gaat in per vandaag, bord op de deur, buren hebben een brief gehad {6}
C: Bewoners willen een avond met de wijkagent {6}
A: Woensdag 19:30 in De Plataan {6}
~ 2025-03-18
B: AED aan de gevel van de Aldi is vernield, kast eruit getrokken {3}
C: Wie is eigenaar? {3}
B: Stichting AED Meppel, wij hebben hem in 2021 betaald {3}
A: Aangifte gedaan? {3}
B: Doet de stichting vandaag {3}
~ 2025-04-05
D: Eerste weekend proef horeca: 4 meldingen geluid bij Café De Oude Sluis, verder rustig {2}
B: Boa's waren er om 2 uur, rij voor de deur en veel geschreeuw {2}
~
A: Weer een explosie, nu Eendrachtstraat, een auto voor de deur, niemand gewond {6}
C: Zelfde groep? {6}
A: Politie onderzoekt het. Buurtbewoners zijn erg ongerust, ik wil een brief huis-aan-huis {6}
~ 2025-05-12
C: Tweede AED weg, bij het zwembad, kast open gebroken en het apparaat meegenomen {3}
A: Dat is levensgevaarlijk. Als iemand er nu een nodig heeft... {3}
C: HartslagNu heeft hem offline gezet, burgerhulpverleners krijgen de andere locatie door {3}
~
D: Klachten bewoners Kleine Oever over nachtlawaai: 22 in mei {2}
B: Alleen daar? {2}
D: Vooral daar, Markt valt mee {2}
~ 2025-06-23
A: Camera aan de Eendrachtstraat hangt, tijdelijk voor 3 maanden {6}
~
B: Leerlingen van De Sprong komen langs voor een rondleiding bij de boa's
~ 2025-10-06
D: Evaluatie horecaproef: 58 meldingen overlast, vorig jaar in dezelfde periode 41. 2 incidenten met geweld {2}
B: Horeca zegt: omzet +12% en minder gedoe op straat om 1 uur {2}
D: Advies aan de burgemeester: door met de proef, maar Kleine Oever om 02:00 dicht {2}
""",
        200,
    ),
    Chat(
        "Explosie Zuiderstraat",
        "veiligheid",
        "2025-01-08 09:30",
        ["Ilse Brouwer", "Jeroen Post"],
        """
A: Jeroen, kun jij de buren van Zuiderstraat 14 vandaag bellen of bezoeken? {6}
B: Ja. Glasschade bij nr 12 en 16, verzekering is gebeld {6}
A: Slachtofferhulp heeft de bewoner van 16 gesproken, ze slaapt bij haar dochter {6}
B: Ik ga om 11 uur langs met de wijkagent {6}
~
B: Geweest. Mensen zijn bang, vooral de kinderen. Ze willen weten wat de gemeente doet {6}
A: Burgemeester stuurt vrijdag een brief. Voornemen sluiting staat klaar {6}
B: 👍 {6}
""",
        18,
    ),
    Chat(
        "Bewoners Zuiderstraat",
        "samenleving",
        "2025-01-08 07:10",
        ["Anja Bos", "Henk Meijer", "Rob Evers", "Lianne Koster"],
        """
A: Wat een knal vannacht! Iedereen oké? {6}
B: Onze ramen liggen eruit. Kinderen in paniek {6}
C: Weer bij nr 14. Ik wil daar niet meer naast wonen {6}
D: De politie staat er nog, de hele straat is afgezet {6}
~
A: Brief van de burgemeester gehad, het huis gaat 3 maanden dicht {6}
C: Eindelijk {6}
B: En dan? Dan komen ze gewoon terug {6}
~
D: Wie heeft er nog een ladder te leen? Dakgoot zit vol blad
C: Ik, kom maar halen
""",
        14,
    ),
    Chat(
        "Sluiting woning art 174a",
        "veiligheid",
        "2025-01-14 11:00",
        ["Fatma Yilmaz", "mr. Daan Visser"],
        """
A: Daan, kun jij meelezen met het voornemen tot sluiting van de woning aan de Zuiderstraat? {6}
B: Ja. Is de rapportage van de politie bijgevoegd? {6}
A: Ja, plus de melding van november {6}
B: Onderbouw waarom 3 maanden en niet korter. En de belangen van de verhuurder, Woonconcept {6}
A: Woonconcept is gebeld, zij steunen de sluiting {6}
~
B: Zienswijze van de advocaat van de bewoner binnen. Hij vindt het onevenredig {6}
A: Bespreek ik met de burgemeester, besluit blijft staan denk ik {6}
~
B: Besluit getekend, bekendmaking staat online {6}
""",
        16,
    ),
    Chat(
        "Vuurwerkoverlast jaarwisseling",
        "veiligheid",
        "2025-01-02 10:00",
        ["Kees Bakker", "Wouter Smit"],
        """
A: Schade jaarwisseling: 3 containers verbrand, 2 bushokjes, 1 lantaarnpaal
B: Minder dan vorig jaar
A: Ja. Wel een explosie in een prullenbak in het Wilhelminapark, bak aan flarden
B: Die vervangen we. Staat al in de melding
A: Aantal aanhoudingen: 6, allemaal afsteken van verboden vuurwerk
""",
        12,
    ),
    Chat(
        "Gaslek en explosie Koedijkslanden",
        "veiligheid",
        "2025-06-11 14:00",
        ["Wouter Smit", "Brandweer Meppel - Arjen"],
        """
A: Arjen, wat weten we van de knal in de Wilgenlaan?
B: Gasexplosie in een keuken bij het koken, geen opzet. Bewoner licht gewond
A: Hoeveel woningen ontruimd?
B: 6, Enexis heeft het gas afgesloten. Vanavond kunnen ze terug
A: Gemeente regelt opvang voor de bewoner van het pand zelf, dat is onbewoonbaar
""",
        14,
    ),
    Chat(
        "Proef sluitingstijd horeca",
        "veiligheid",
        "2025-01-23 09:00",
        ["Kees Bakker", "Marieke Groen (KHN Meppel)"],
        """
A: Marieke, dank voor gisteren. Ik zet de afspraken op papier: vrijdag en zaterdag tot 03:00, 1 april tot 1 oktober {2}
B: Top. En de terrassen? {2}
A: Terrassen blijven om 00:00 dicht, dat hoort niet bij de proef {2}
B: Snap ik. Portiers regelen we samen, 4 zaken delen er een {2}
~
A: Concept aanwijzingsbesluit gestuurd, reageer je voor vrijdag? {2}
B: Punt 4: 'geen nieuwe gasten na 2 uur' graag 02:30 {2}
A: Nee, daar is de burgemeester duidelijk in {2}
B: Dan is het zo {2}
~
B: Hoe gaan jullie de overlast meten? {2}
A: Meldingen bij de gemeente en de politie, en een enquête onder bewoners in september {2}
""",
        20,
    ),
    Chat(
        "Buurtapp Kleine Oever",
        "samenleving",
        "2025-04-06 09:12",
        ["Joke Haverkamp", "Bert Staal", "Nina de Wit"],
        """
A: Nou, dat was me een nacht. Tot half 4 gezang en gegil op de kade {2}
B: Die nieuwe tijden hè. Kroegen tot 3 uur, maar ze staan buiten tot 4 {2}
C: Ik heb om 02:40 de gemeente gebeld, kreeg een bandje {2}
A: Meldpunt overlast via de app, dan tellen ze het mee {2}
~
B: Alweer. Flessen in mijn voortuin {2}
C: Hebben jullie het formulier voor de enquête al ingevuld? {2}
A: Ja. Ik heb geschreven dat ze de proef moeten stoppen {2}
~
C: Wie wil er mee naar de inloopavond over de kademuur?
B: Ik
""",
        16,
    ),
    Chat(
        "Café De Oude Sluis",
        "veiligheid",
        "2025-04-07 10:30",
        ["Wouter Smit", "Peter Wolters"],
        """
A: Meneer Wolters, er waren dit weekend 4 meldingen over geluid bij uw zaak na 1 uur {2}
B: Deur stond open vanwege de warmte. Zal niet meer gebeuren {2}
A: Muziek binnen 85 dB, deur dicht na 23 uur. Volgende keer een waarschuwing {2}
B: Begrepen. Wij willen de proef niet verpesten {2}
~
A: Dit weekend 0 meldingen bij u, netjes {2}
""",
        12,
    ),
    Chat(
        "Openingstijden winkels koopzondag",
        "bedrijfsvoering",
        "2025-02-10 13:00",
        ["Evelien Smeenk", "Harm Oosting"],
        """
A: Centrummanagement wil elke zondag open, nu alleen de eerste zondag van de maand
B: Verordening winkeltijden aanpassen dus
A: Ja. Raadsvoorstel in juni
B: Horeca mag al op zondag, dat is niet anders
A: Klopt, dit gaat alleen over winkels
""",
        12,
    ),
    Chat(
        "Raadsvragen horecaproef",
        "bestuur",
        "2025-05-20 11:00",
        ["Laura Mensink", "Kees Bakker"],
        """
A: Kees, vragen van de ChristenUnie over de late horeca binnen: overlast, geweld, kosten boa's {2}
B: Cijfers tot nu toe: 31 meldingen in april en mei, 1 vechtpartij {2}
A: Kosten inzet boa's in de nachten? {2}
B: 2 boa's x 4 uur x 2 nachten, ca 2.400 euro per maand {2}
A: Beantwoorden binnen 30 dagen. Ik maak een concept {2}
~
A: Concept in je mail. Check je de getallen? {2}
B: Klopt. Wel toevoegen dat de evaluatie in oktober komt {2}
""",
        14,
    ),
    Chat(
        "Horecavergunning Markt 7",
        "dienstverlening",
        "2025-03-03 09:00",
        ["Hanneke Vos", "Kees Bakker"],
        """
A: Aanvraag exploitatievergunning voor de nieuwe lunchroom op Markt 7
B: Bibob-vragenlijst compleet?
A: Ja. Ze zijn alleen overdag open, tot 18 uur
B: Dan is het eenvoudig. Graag binnen 4 weken afhandelen
""",
        10,
    ),
    Chat(
        "Stichting AED Meppel",
        "veiligheid",
        "2025-03-18 10:15",
        ["Wouter Smit", "Jan Hofstede (Stichting AED Meppel)"],
        """
A: Jan, het apparaat bij de Aldi, is dat nog te redden? {3}
B: Kast is helemaal kapot, het apparaat zelf ligt in de bosjes met een gebroken scherm {3}
A: Wat kost een nieuwe? {3}
B: Defibrillator 1.450 euro, verwarmde kast 900 en het aansluiten door de elektricien 250 {3}
A: Wij dragen de helft bij, net als in 2021 {3}
~
B: PHOTO "AED Dit apparaat kan levens redden Bij misbruik wordt aangifte gedaan Stichting AED Meppel" {3}
B: Zo ziet de sticker eruit die we op alle kasten plakken {3}
A: Goed idee {3}
~ 2025-05-12
B: Ook die bij het zwembad is gejat. Dat is de tweede dit jaar {3}
A: Ik heb het gezien. Camera van het zwembad heeft iets? {3}
B: Twee jongens met een capuchon, om 23:10. Politie heeft de beelden {3}
A: Kunnen jullie een kast met een code nemen? {3}
B: Dan moeten mensen eerst 112 bellen voor de code. Burgerhulpverleners vinden dat geen goed idee {3}
~
B: Offerte voor de 2 vervangende apparaten: 4.900 euro {3}
A: Ik leg het voor aan de wethouder, verwacht geen problemen {3}
~ 2025-06-16
A: Akkoord wethouder: gemeente betaalt 2.450 {3}
B: Top. Volgende week hangen ze er weer {3}
~
B: Hangen weer. Aangemeld bij HartslagNu {3}
""",
        24,
    ),
    Chat(
        "Burgerhulpverleners Nijeveen",
        "samenleving",
        "2025-05-13 20:00",
        ["Anneke Mulder", "Tjeerd Bouma", "Ria Kloosterman", "Hendrik Westerhof"],
        """
A: Hebben jullie gehoord dat de AED bij het zwembad in Meppel gestolen is? {3}
B: Ja, schandalig. Hoe kun je zoiets doen {3}
C: Bij ons in Nijeveen hangt er een bij de Jumbo, die zit nog goed {3}
D: Ik was gister bij een reanimatie in Meppel, ik kreeg de melding om het apparaat te halen bij het zwembad, maar het was er niet {3}
A: Ohnee! Hoe is het afgelopen? {3}
D: Ambulance was er binnen 7 min, hij leeft. Maar het had mis kunnen gaan {3}
~
C: Herhalingscursus reanimatie is 14 juni in het dorpshuis
B: Ik kom
""",
        14,
    ),
    Chat(
        "BHV stadhuis",
        "bedrijfsvoering",
        "2025-04-02 09:00",
        ["Esther Wiegman", "Sander Koops"],
        """
A: BHV-oefening is op 15 mei, ontruiming van het hele stadhuis
B: Oefenen we ook met de AED bij de balie?
A: Ja, met de oefenpop. De batterij van de AED is vorige maand nog vervangen
B: Wie neemt de EHBO-koffer mee?
A: Ik
""",
        12,
    ),
    Chat(
        "AED kast Haveltermade",
        "veiligheid",
        "2025-08-25 08:30",
        ["Wouter Smit", "Kees Bakker"],
        """
A: Melding: deur van de AED-kast bij buurthuis Haveltermade staat open, glas ingeslagen {3}
B: Apparaat er nog in? {3}
A: Ja, gelukkig. Alleen de kast is stuk. Stichting regelt een nieuwe deur {3}
B: Dat is de derde vernieling dit jaar. Zetten we het in de veiligheidsrapportage? {3}
A: Doe ik {3}
""",
        12,
    ),
    Chat(
        "Maaibeleid bermen",
        "ruimte",
        "2025-02-24 10:00",
        ["Sietske Lenters", "Wethouder Anne Jonker"],
        """
A: Anne, het nieuwe maaiplan: van 5 keer naar 2 keer per jaar in de bermen, sinusmaaien in de parken {4}
B: Wat levert het op? {4}
A: Meer bloemen en insecten, en 35k minder maaikosten. Wel afvoeren van het maaisel, dat kost weer wat {4}
B: En de klachten? Mensen willen het netjes {4}
A: Langs fietspaden en in bochten blijft een korte strook. Communicatie met borden 'Hier bloeit het' {4}
B: Akkoord, ga maar doen. Neem het mee in de nieuwsbrief {4}
~
A: PHOTO "Hier maaien we minder Bloemen en insecten krijgen de ruimte Gemeente Meppel" {4}
A: Zo komt het bord eruit te zien, 40 stuks {4}
B: Mooi {4}
""",
        16,
    ),
    Chat(
        "KCC meldingen openbare ruimte",
        "dienstverlening",
        "2025-05-05 08:30",
        ["Daphne Kuiper", "Sietske Lenters", "Mohamed Amrani"],
        """
A: Veel telefoontjes over gras dat niet gemaaid is. Wat zeggen we? {4}
B: Dat het bewust is, ecologisch beheer. 2x per jaar maaien. Link naar de webpagina {4}
C: Een meneer uit Rogat zegt dat zijn hond vol teken zat na het uitlaten in de berm {4}
B: Tip: lange broek, hond controleren. En we maaien de paden naast de bermen wel kort {4}
~
A: Top 5 meldingen van deze week: 1 lantaarnpaal stuk, 2 gras te hoog, 3 zwerfvuil, 4 losliggende tegels, 5 hondenpoep {4}
C: 'Gras te hoog': 47 meldingen. Vorig jaar in mei 6 {4}
~
A: Wethouder wil een antwoordtekst, wie maakt die? {4}
B: Ik, morgen {4}
B: 'Wij maaien minder vaak zodat bloemen en insecten de kans krijgen. In bochten en bij uitritten houden we het gras kort voor het zicht.' {4}
A: Helder, dank {4}
~
C: Meneer belt over een parkeerboete, wie heeft dat?
A: Handhaving, ik zet hem door
""",
        30,
    ),
    Chat(
        "Zicht bocht Havelterweg",
        "ruimte",
        "2025-05-27 15:00",
        ["Marco Dijkstra", "Petra Scholten (verkeerskundige)"],
        """
A: Petra, bij de bocht Havelterweg-Oude Weg staat het gras een meter hoog, automobilisten zien de fietsers niet {4}
B: Klopt, heb daar vanochtend ook een melding over gehad. Bijna-ongeluk met een scholier {4}
A: Ik maai het vandaag, 20 meter aan beide kanten {4}
B: Graag. En zet het op de lijst met vaste zichthoeken in het maaiplan {4}
~
A: Gedaan. Ik heb er nog 14 van dit soort bochten gevonden {4}
B: Stuur me de lijst, dan nemen we ze allemaal op {4}
""",
        14,
    ),
    Chat(
        "Sportvelden maaien",
        "ruimte",
        "2025-04-22 08:00",
        ["Roel Kamphuis", "Ton Hulsebos (VV Nijeveen)"],
        """
A: Ton, we komen donderdag maaien op het hoofdveld
B: Graag voor 16 uur, er is training
A: Doen we. En de belijning?
B: Doen onze vrijwilligers
A: Prima. Beregening staat nog op 2x per week
""",
        12,
    ),
    Chat(
        "GGD tekenvoorlichting kinderopvang",
        "samenleving",
        "2025-06-03 11:00",
        ["Nadia Jansen", "Irma Vos (GGD)"],
        """
A: Irma, kunnen jullie voorlichting geven over teken bij de kinderopvanglocaties?
B: Zeker, we hebben een folder en een lesje voor de bso
A: Kinderen gaan veel het bos in bij Het Kwetternest
B: Dan na elke boswandeling controleren. Ik stuur de folder
""",
        10,
    ),
    Chat(
        "Bijenlinten IVN",
        "ruimte",
        "2025-03-10 19:00",
        ["Sietske Lenters", "Greetje Brink (IVN Meppel)"],
        """
A: Greetje, we gaan in de bermen veel minder maaien. Willen jullie meetellen wat er gaat bloeien? {4}
B: Heel graag! We kunnen per berm een plantenlijst maken {4}
A: 12 bermen als proefvak, lijst volgt {4}
~ 2025-08-18
B: Eerste telling: 64 soorten in de berm langs de Reest, vorig jaar 21 {4}
A: Wat fijn, dat gebruik ik voor de evaluatie van het maaibeleid {4}
B: Wel veel distels bij Nijeveen, boeren klagen {4}
A: Die maaien we apart voor ze zaad zetten {4}
""",
        16,
    ),
    Chat(
        "Kabinet burgemeester",
        "bestuur",
        "2025-01-09 08:00",
        ["Laura Mensink", "Burgemeester Richard Vos", "Tessa Hilbrands", "Bram Zuidema"],
        """
A: Goedemorgen burgemeester, de agenda van vandaag staat in je map
B: Dank. Eerst de Zuiderstraat, ik wil de buren vandaag spreken {6}
A: 13:30 ter plaatse, met de wijkagent {6}
~
C: Idee voor dit jaar: een kinderburgemeester. Zwolle en Hoogeveen hebben er ook een {5}
B: Leuk. Hoe kies je die? {5}
C: Groep 7 van alle basisscholen mag meedoen, sollicitatiebrief of filmpje, een jury kiest {5}
B: Ik wil zelf in de jury {5}
~ 2025-01-31
D: Voornemen sluiting Zuiderstraat, zienswijze binnen, besluit graag vandaag tekenen {6}
B: Getekend {6}
~ 2025-02-20
C: Oproep kinderburgemeester gaat maandag naar de 22 scholen {5}
A: Budget? {5}
C: 5.000 euro: ketting, kleding, een paar activiteiten en het eigen 'project' van de kinderburgemeester {5}
~ 2025-03-21
C: 31 aanmeldingen voor kiBu! 9 filmpjes en 22 brieven {5}
B: Mooi. Wanneer jureren we? {5}
C: 2 april, 5 kandidaten door naar de finale {5}
~
D: Aanvraag burgemeester voor een gesprek met KHN over de late sluiting {2}
B: Na de eerste maand, in mei {2}
~ 2025-04-10
C: Finale in de raadzaal, de kinderen mogen hun plan presenteren. Stemmen door de jury en de klassen {5}
~ 2025-04-17
B: Wat een leuke kinderen. Lieke van De Sprong is het geworden, met haar plan voor een speelplek voor kinderen met een beperking {5}
C: Installatie tijdens de raadsvergadering van 15 mei, met ketting {5}
~ 2025-05-16
A: Fijne foto's van de installatie gisteren, staan op de site {5}
B: En de Meppeler Courant was er {5}
~
D: Gesprek KHN: ze zijn tevreden over de proef, willen na oktober door {2}
B: Ik wacht de evaluatie af {2}
~ 2025-06-02
A: Explosie Eendrachtstraat: politie heeft 2 verdachten aangehouden {6}
B: Goed nieuws. Brief aan de buurt? {6}
A: Gaat vanmiddag de deur uit {6}
~ 2025-09-12
C: Kinderburgemeester wil bij de opening van de Kinderboekenweek zijn, en ze vraagt naar haar speelplek {5}
B: Laat haar met de wethouder van spelen praten, ik wil dat het plan een echte kans krijgt {5}
""",
        190,
    ),
    Chat(
        "Kinderburgemeester scholen",
        "onderwijs",
        "2025-02-24 09:00",
        ["Tessa Hilbrands", "Juf Marloes (De Sprong)", "Meester Ferry (Het Palet)"],
        """
A: Beste juf en meester, de oproep voor de kinderburgemeester staat in de mail. Willen jullie hem in groep 7 bespreken? {5}
B: Ja leuk! 3 kinderen in mijn klas willen al {5}
C: Mag een groep 8 ook? Die zit bij ons in een combiklas {5}
A: Alleen groep 7, de termijn is 1 jaar en ze moeten nog op school zitten {5}
~
B: 2 brieven en 1 filmpje verstuurd {5}
C: Wij 1 brief {5}
~ 2025-04-17
B: Lieke is zo blij!! Hele klas staat op zijn kop {5}
A: Gefeliciteerd! Ze heeft een super verhaal {5}
""",
        14,
    ),
    Chat(
        "kiBu activiteiten",
        "bestuur",
        "2025-05-19 10:00",
        ["Tessa Hilbrands", "Sandra de Vries (moeder Lieke)"],
        """
A: Hoi Sandra, dit zijn de eerste afspraken voor Lieke: 4 juni lintje knippen bij de speeltuin, 21 juni Meppel Proeft {5}
B: Prima. Op schooldagen liever na 15 uur {5}
A: Noted. Ze krijgt een budget van 1.000 euro voor haar eigen plan {5}
B: Ze wil een schommel waar een rolstoel in past {5}
A: Ik breng haar in contact met de wethouder {5}
~
B: AUDIO {5}
B: Lieke wilde het zelf vertellen haha {5}
A: Geweldig, ik laat het de wethouder horen {5}
~ 2025-10-03
A: De rolstoelschommel komt in het Wilhelminapark, geplaatst in november! {5}
B: Ze is apetrots {5}
""",
        16,
    ),
    Chat(
        "Kinderboekenweek voorlezen",
        "onderwijs",
        "2025-09-25 13:00",
        ["Laura Mensink", "Bibliotheek - Joyce"],
        """
A: De burgemeester leest voor op 1 oktober in de bibliotheek, om 10 uur
B: Super. Groep 3 van Het Palet komt
A: Welk boek?
B: Uit het thema, we sturen er 3 ter keuze
""",
        10,
    ),
    Chat(
        "Jeugdgemeenteraad",
        "bestuur",
        "2025-03-04 14:00",
        ["Bram Zuidema", "Griffier Mieke Oldenburger"],
        """
A: Mieke, de jongerenraad 16-23 jaar wil een keer in de raadzaal vergaderen
B: Kan op een maandagavond als de raad niet vergadert
A: 24 maart?
B: Staat. Koffie en broodjes regel ik
""",
        10,
    ),
    Chat(
        "Team financiën en control",
        "bedrijfsvoering",
        "2025-01-06 08:30",
        ["Martijn Oosterveld", "Linda Prins", "Erik Hamstra", "Joyce Wessels"],
        """
A: Goedemorgen. Jaarafsluiting 2024: alles graag voor 14 februari in de grootboeken
B: Ook de reserveringen?
A: Ja
~ 2025-03-10
C: Interim-controle van de accountant: ze missen de onderbouwing van de grondexploitaties {7}
A: Hoe erg? {7}
C: Ze zeggen: zonder nieuwe doorrekening geen oordeel over de balanspost {7}
~ 2025-04-14
D: Aanvragen subsidie regenwater afkoppelen lopen hard, 160 in 3 weken {8}
B: Potje is 150k. Dat gaat snel op {8}
~ 2025-05-06
C: Slecht nieuws: Van der Veen Accountants haalt 30 juni niet. Ze hebben te weinig mensen {7}
A: De raad moet de jaarrekening voor 15 juli vaststellen, en de provincie wil hem voor 15 juli {7}
C: Dan wordt het een verklaring in augustus. Ik informeer de auditcommissie {7}
~
B: Grondexploitatie Nieuwveense Landen is opnieuw doorgerekend, staat in de map {7}
~ 2025-06-02
D: Foutje bij de uitbetaling van de afkoppelsubsidie: 23 mensen hebben het bedrag 2x gekregen {8}
A: Hoe kan dat?? {8}
D: Betaalbatch is twee keer gedraaid op 28 mei. Totaal 19.640 euro te veel {8}
A: Terugvorderen, met een nette brief en excuses {8}
~
B: Subsidieplafond afkoppelen is bereikt, 150.000 op {8}
D: Aanvragen na 2 juni komen op een wachtlijst {8}
~ 2025-06-25
C: Accountant: controleverklaring met beperking verwacht, door de onzekerheid in de grex {7}
A: Dat is de eerste keer in 15 jaar {7}
C: De raad krijgt de jaarstukken zonder verklaring, die volgt na het zomerreces {7}
~ 2025-08-28
C: Verklaring binnen. Oordeel met beperking op de grondexploitaties, rest goedkeurend {7}
A: Wethouder wil een raadsinformatiebrief {7}
~
D: 21 van de 23 hebben terugbetaald, 2 krijgen een herinnering {8}
~ 2025-09-15
A: Aanbesteding nieuwe accountant voor boekjaar 2026: de auditcommissie wil Europees aanbesteden {7}
B: Looptijd 4 jaar + 2 opties, ik maak het programma van eisen {7}
~ 2025-11-17
B: 3 inschrijvingen voor de accountantscontrole. Beoordeling op 2 december {7}
~
D: Kerstpakketten voor het team zijn besteld
""",
        180,
    ),
    Chat(
        "Auditcommissie",
        "bestuur",
        "2025-05-07 09:00",
        [
            "Griffier Mieke Oldenburger",
            "Erik Hamstra",
            "Raadslid Harm Jeuring (voorzitter auditcommissie)",
        ],
        """
A: Harm, de accountant kan de jaarrekening niet op tijd controleren. Extra auditcommissie? {7}
C: Ja. Volgende week dinsdag, met de accountant erbij {7}
B: Ik stuur de brief van Van der Veen mee {7}
~
C: Wat een gedoe. Waarom wisten we dit niet eerder? {7}
B: De interim-controle liet het zien, maar we dachten het in te halen {7}
C: Ik wil een tijdlijn, schriftelijk {7}
~ 2025-09-02
C: Advies van de auditcommissie aan de raad: nieuwe accountant aanbesteden, niet verlengen {7}
A: Gaat mee met het raadsvoorstel van oktober {7}
""",
        14,
    ),
    Chat(
        "Van der Veen controle",
        "bedrijfsvoering",
        "2025-06-10 10:00",
        ["Erik Hamstra", "Sjoerd Bakker (Van der Veen Accountants)"],
        """
A: Sjoerd, wanneer kunnen we de conceptbevindingen verwachten? {7}
B: Eind juni. Het punt is nog steeds de grex, de onderbouwing van de verwachte opbrengsten {7}
A: We hebben een taxatie van juni laten doen {7}
B: Stuur maar. Als die goed is, scheelt dat veel {7}
~
B: Taxatie is bruikbaar, maar de onzekerheid blijft boven de materialiteit. Dat wordt een beperking {7}
A: Jammer. Wanneer is de verklaring er? {7}
B: Streefdatum 28 augustus {7}
""",
        14,
    ),
    Chat(
        "Subsidie VV Nijeveen verantwoording",
        "samenleving",
        "2025-04-08 11:00",
        ["Nadia Jansen", "Linda Prins"],
        """
A: VV Nijeveen heeft de verantwoording van de subsidie voor de kleedkamers ingediend
B: Boven 125k moet er een accountantsverklaring bij. Zit die erbij?
A: Ja, van hun eigen accountant
B: Dan kun je vaststellen
""",
        10,
    ),
    Chat(
        "Jaarrekening De Plataan",
        "samenleving",
        "2025-05-22 14:00",
        ["Nadia Jansen", "Wijkcentrum De Plataan - Gert"],
        """
A: Gert, de jaarrekening 2024 van de stichting hebben we nog niet gehad
B: Penningmeester is ziek geweest, hij komt volgende week
A: Dan verlengen we de termijn tot 1 juli
B: Dank!
""",
        10,
    ),
    Chat(
        "Team klimaatadaptatie en water",
        "ruimte",
        "2025-01-15 09:00",
        ["Femke Boersma", "Harry Lubbers", "Olga Timmer", "Niels de Graaf"],
        """
A: Nieuw jaar, nieuwe regeling: Meppel Klimaatbestendig. Subsidie voor afkoppelen en groene daken vanaf 1 april {8}
B: Welke bedragen? {8}
A: Afkoppelen 10 euro per m2 dak, max 1.000. Groen dak 30 euro per m2, max 3.000. Plafond 150k {8}
C: Waterschap doet mee? {8}
A: Ze betalen een derde {8}
~
D: Rioolgemaal Koedijkslanden in storing, pomp 2
B: Monteur is onderweg
~ 2025-03-27
A: Regeling gepubliceerd in het Gemeenteblad, aanvragen vanaf dinsdag via het e-loket {8}
C: Op de site staat nog 'binnenkort' {8}
A: Communicatie past het aan {8}
~ 2025-04-15
C: Al 170 aanvragen. Dat plafond halen we in juni {8}
A: Wethouder vraagt of er geld bij kan uit de rioolheffing {8}
B: Kan, via een begrotingswijziging. Maar niet voor 1 juli {8}
~
D: Wadi's Nieuwveense Landen: aannemer begint 12 mei
~ 2025-06-03
A: Plafond bereikt. Wachtlijst loopt, nu 48 mensen {8}
C: Dubbele uitbetalingen gezien? Financiën heeft er 23 gevonden {8}
A: Ja, ik bel ze niet allemaal zelf, KCC krijgt een belscript {8}
~ 2025-07-10
A: Raad heeft 100k extra toegekend voor de regen-subsidie, wachtlijst kan worden afgehandeld {8}
D: Ook de groene daken? {8}
A: Ja, alles {8}
~
B: Hittekaart is geüpdatet, staat in GIS
""",
        170,
    ),
    Chat(
        "Aanvraag afkoppelen De Weiden 9",
        "dienstverlening",
        "2025-04-22 16:00",
        ["Olga Timmer", "mevr. Truus Kremer"],
        """
B: Goedemiddag, ik heb subsidie aangevraagd om mijn regenpijp van het riool af te halen. Moet ik op de beschikking wachten? {8}
A: Ja, u mag pas beginnen na de beschikking. Die komt binnen 4 weken {8}
B: De hovenier kan volgende week al {8}
A: Dan kan ik het niet garanderen, sorry. Ik kijk of ik hem sneller kan doen {8}
~
A: Beschikking is verstuurd, 640 euro voor 64 m2 dak {8}
B: Dank u wel! {8}
~ 2025-06-04
B: Ik heb opeens twee keer 640 euro gekregen? {8}
A: Dat klopt niet, u krijgt een brief om het terug te betalen. Excuses {8}
B: Prima, ik maak het terug {8}
""",
        14,
    ),
    Chat(
        "Groene daken bedrijven",
        "ruimte",
        "2025-05-14 10:00",
        ["Femke Boersma", "Ondernemersvereniging Oevers - Dirk"],
        """
A: Dirk, mogen bedrijven ook meedoen aan de sedumdak-regeling? {8}
B: Dat vroeg ik me af. 4 leden hebben interesse, grote daken {8}
A: Ja, max 3.000 per aanvraag, ook voor bedrijven {8}
B: Dat is voor een dak van 2.000 m2 weinig {8}
A: Klopt, het is vooral voor woningen bedoeld. Ik neem het mee als wens {8}
~
B: 2 bedrijven hebben aangevraagd, 2 komen op de wachtlijst {8}
""",
        14,
    ),
    Chat(
        "Wateroverlast kelders Berggierslanden",
        "ruimte",
        "2025-08-14 07:30",
        ["Harry Lubbers", "Niels de Graaf"],
        """
A: Na de bui van vannacht 8 meldingen water in de kelder in Berggierslanden
B: Riool liep over bij de Vinkenstraat, de put stond open
A: Brandweer heeft gepompt
B: Ik laat de put inspecteren, misschien verstopt
""",
        12,
    ),
    Chat(
        "Dak stadhuis lekkage",
        "bedrijfsvoering",
        "2025-02-12 09:00",
        ["Facilitair - Ron", "Martijn Oosterveld"],
        """
A: Dak van de oostvleugel lekt weer, emmers op de 3e verdieping
B: Wat kost een nieuw dak?
A: Offerte 78.000, met isolatie
B: Zet het in de voorjaarsnota
""",
        10,
    ),
    Chat(
        "Meppel Schoon",
        "ruimte",
        "2025-02-05 19:30",
        ["Sietske Lenters", "Hilda Bloemendaal (Meppel Schoon)"],
        """
B: Hoi Sietske, we hebben er 14 nieuwe rapers bij sinds de kerst! {9}
A: Wat goed. Hebben ze allemaal een grijper en een hesje? {9}
B: Nee, we komen er 10 tekort. En de zakken zijn op {9}
A: Ik leg ze klaar bij de werf, ophalen op werkdagen tussen 7 en 15 {9}
~
B: Kunnen jullie de volle zakken weer ophalen bij de vaste plekken? {9}
A: Ja, zet ze bij een afvalbak en meld het in de app, dan nemen we ze de dag erna mee {9}
~ 2025-05-20
B: Sietske, vreselijk. Fenna, 15, heeft zich geprikt aan een spuit bij de Hoogeveense Vaart. Ze is met haar moeder naar de huisarts {9}
A: Wat naar. Ik bel de moeder vandaag. Heeft ze handschoenen aan gehad? {9}
B: Ja, maar die dunne. Naald ging erdoor {9}
A: Bij naalden nooit zelf oprapen, altijd melden. Dat zet ik nog eens in de instructie {9}
~
B: Huisarts heeft haar doorgestuurd naar de GGD voor de hepatitis-prik. Ouders willen weten wie er aansprakelijk is {9}
A: Vrijwilligers zijn verzekerd via de gemeentelijke vrijwilligersverzekering. Ik stuur het formulier {9}
~ 2025-06-10
A: Nieuwe instructiekaart, met een sterkere handschoen en een naaldenkoker in elke kit {9}
A: PHOTO "Naald of spuit gevonden Niet aanraken Bel 0522 123 456 Gemeente Meppel" {9}
B: Duidelijk. Ik deel hem in de groep {9}
~ 2025-09-01
B: World Cleanup Day: we willen op 20 september de hele binnenstad doen. Container en koffie? {9}
A: Container staat op de Markt, koffie en krentenbollen regelt de wethouder {9}
~ 2025-09-21
B: 120 man, 1.460 kilo! {9}
A: Wauw. Dank aan iedereen {9}
""",
        26,
    ),
    Chat(
        "Zwerfafvalvergoeding verenigingen",
        "ruimte",
        "2025-03-03 10:00",
        ["Sietske Lenters", "Linda Prins"],
        """
A: Linda, de vergoeding voor de verenigingen die zwerfvuil prikken: 16 clubs, 750 euro per club per jaar {9}
B: Uit het geld van Nedvang? {9}
A: Ja, het Afvalfonds. We krijgen 1,90 per inwoner {9}
B: Wanneer uitbetalen? {9}
A: Na de jaaropgave van de route, dus in december {9}
~
A: 2 clubs hebben hun route niet gelopen, voetbal en de korfbal {9}
B: Dan krijgen die niks of een deel? {9}
A: Naar rato, de helft. Afgesproken in de overeenkomst {9}
""",
        14,
    ),
    Chat(
        "Scouting Nijeveen opruimactie",
        "samenleving",
        "2025-03-17 18:00",
        ["Leiding Scouting - Rik", "Sietske Lenters"],
        """
A: Wij doen zaterdag mee met de landelijke opschoondag, langs de Drentse Hoofdvaart {9}
B: Top! 25 grijpers en zakken liggen klaar op de werf {9}
A: Ophalen vrijdag om 16:00? {9}
B: Prima, vraag naar Marco {9}
~
A: 31 zakken en een fiets uit het water! {9}
B: Haha, die fiets nemen we mee. Dank jullie {9}
""",
        12,
    ),
    Chat(
        "Prikpost GGD griepvaccinatie",
        "samenleving",
        "2025-09-30 09:00",
        ["Nadia Jansen", "Irma Vos (GGD)"],
        """
A: Irma, mogen jullie weer in De Plataan de griepprik geven?
B: Graag. 14 en 15 oktober
A: Staat. Ook de coronaprik?
B: Ja, voor de 60-plussers
""",
        10,
    ),
    Chat(
        "Afvalbakken binnenstad",
        "ruimte",
        "2025-07-15 07:00",
        ["Marco Dijkstra", "Roel Kamphuis"],
        """
A: Afvalbakken op de Markt puilen uit na de braderie
B: Ik ga er nu langs met de veegwagen
A: Ook de bakken bij de Kleine Oever, daar ligt het ernaast
B: Komt goed
""",
        12,
    ),
    Chat(
        "Centrummanagement en economische zaken",
        "bedrijfsvoering",
        "2025-01-20 09:00",
        ["Evelien Smeenk", "Harm Oosting", "Wendy Lok", "Wethouder Gert-Jan Mooij"],
        """
A: Goedemorgen. Evaluatie van de decemberactiviteiten staat op de agenda van donderdag
B: De lichtjes in de Hoofdstraat waren te kort aan, zeiden veel ondernemers {10}
C: Die gingen om 23 uur uit, zo staat het in de afspraken {10}
~ 2025-02-13
D: Horecaproef: KHN vraagt of ze tot 4 uur mogen op Koningsnacht {2}
A: Buiten de proef, dat is een aparte ontheffing {2}
~ 2025-04-08
C: Ondernemersvereniging Meppel Centrum wil nieuwe kerstverlichting, de oude is 12 jaar oud {10}
D: Wat kost dat? {10}
C: LED-verlichting voor 14 straten: 96.000 euro, huur of koop {10}
D: Vroeger betaalden wij de helft. Is dat nog zo? {10}
A: Ja, 50/50, maar max 20k per jaar van ons {10}
~
B: Ik heb de eerste offertes van 2 bedrijven: Illumi en Lichtfabriek Noord {10}
~ 2025-06-05
C: Ondernemers kiezen voor huur, 5 jaar, Illumi. 19.800 per jaar inclusief op- en afbouw {10}
D: Dan betalen wij 9.900 per jaar. Prima {10}
A: Ik stel de overeenkomst op {10}
~
B: Klachten bewoners Kleine Oever over de late horeca, wethouder wil een gesprek {2}
D: Plan het in na de zomer {2}
~ 2025-10-14
A: Kerstverlichting: opbouw 17 november, ontsteken op 28 november met de burgemeester {10}
B: En de kerstboom op de Markt? {10}
A: Staat er op de 25e {10}
~ 2025-12-01
C: Storing: Prinsenstraat en een deel van de Woldstraat donker sinds zaterdag {10}
A: Gemeente heeft gisteren een elektricien gestuurd, lag aan een aardlek {10}
C: Illumi zegt dat de aansluiting van de gemeente niet deugt, wij zeggen hun kabels {10}
D: Wie betaalt die 1.200 euro voor het herstel? {10}
A: Zoeken we uit, staat in artikel 6 {10}
~ 2025-12-10
A: Illumi betaalt het herstel, kabel was beschadigd bij de opbouw {10}
""",
        170,
    ),
    Chat(
        "Kerstverlichting Meppel Centrum",
        "bedrijfsvoering",
        "2025-04-09 10:30",
        ["Evelien Smeenk", "Frits Hoogland (Meppel Centrum)"],
        """
B: Evelien, de leden willen dit jaar echt nieuwe lampjes. De oude zijn half kapot {10}
A: Snap ik. Wat is jullie budget? {10}
B: Van de reclamebelasting kunnen we 10 à 12k per jaar {10}
A: Dan kunnen we huren. Gemeente doet evenveel {10}
~
B: Illumi: 19.800 per jaar inclusief alles. Sterren in de Hoofdstraat, gordijnen in de steegjes {10}
A: Ziet er goed uit. Offerte naar de wethouder {10}
~
B: PHOTO "Illumi Offerte 2025-114 Kerstverlichting Meppel Centrum 14 straten huur 5 jaar 19.800 per jaar" {10}
A: Ontvangen {10}
~ 2025-11-28
B: Wat mooi vanavond, de lampjes! {10}
A: Echt sfeervol. Dank voor de samenwerking {10}
""",
        16,
    ),
    Chat(
        "Storing lichtjes Prinsenstraat",
        "ruimte",
        "2025-11-29 17:40",
        ["Gerrit Hoekstra", "Installatiebedrijf Zwart - Bennie"],
        """
A: Bennie, de kerstverlichting in de Prinsenstraat is uit, kun je komen? {10}
B: Binnen een uur {10}
~
B: Aardlek. Water in de verdeeldoos bij nr 22, de stekker van Illumi lag in een plas {10}
A: Dus niet onze kast? {10}
B: Nee, hun kabel is ingescheurd {10}
A: Zet het in je werkbon, met foto's {10}
B: Doe ik. Rekening 1.180 euro, gaat naar de gemeente {10}
""",
        12,
    ),
    Chat(
        "Kerstmarkt 2025 vergunning",
        "dienstverlening",
        "2025-09-08 09:00",
        ["Hanneke Vos", "Stichting Winters Meppel - Ellen"],
        """
B: De aanvraag voor de kerstmarkt op 13 december is ingediend
A: Ontvangen. Hoeveel kramen?
B: 85, plus een draaimolen
A: Brandveiligheid en EHBO-post in het plan graag
""",
        12,
    ),
    Chat(
        "Openbare verlichting Nijeveen",
        "ruimte",
        "2025-10-21 08:00",
        ["Gerrit Hoekstra", "Marco Dijkstra"],
        """
A: 14 lantaarnpalen uit aan de Dorpsstraat in Nijeveen
B: Kabelbreuk bij de glasvezelwerkzaamheden?
A: Waarschijnlijk. Storing gemeld bij de beheerder
B: Melder houden we op de hoogte
""",
        12,
    ),
    Chat(
        "Team P&O",
        "bedrijfsvoering",
        "2025-01-14 08:45",
        ["Marjolein Kamps", "Dennis Wolf", "Annet Huisman", "Rik Vedder"],
        """
A: Morgen. Directie wil een proef met een 4-daagse werkweek voor de buitendienst {11}
B: 4 x 9 dus, 36 uur in 4 dagen? {11}
A: Ja. Doel: minder verzuim, beter werven. Buitendienst heeft 3 vacatures open {11}
C: Dan moet de OR instemmen, art 27 WOR, werktijdenregeling {11}
~
D: Salarisstroken januari zijn verstuurd
~ 2025-02-03
A: Voorstel 4x9 is af, stuur ik naar de OR {11}
C: Zet er ook in hoe het zit met feestdagen en verlof in uren {11}
A: Staat in bijlage 1: verlof in uren, een feestdag telt als 9 uur {11}
~ 2025-03-05
A: OR stemt in met de proef! Voorwaarden: vrijwillig, evaluatie na een half jaar, terug naar 5 dagen kan altijd {11}
B: Mooi. Ingangsdatum? {11}
A: 1 april {11}
~
D: Vacature medewerker groen, reacties: 12. Vorig jaar 3 {11}
B: Komt dat door de 4 dagen? {11}
D: 8 van de 12 noemen het in de brief {11}
~ 2025-06-20
C: Verzuim buitendienst april-mei: 4,1%, vorig jaar 6,8% {11}
A: Meenemen in de evaluatie, wel voorzichtig, korte periode {11}
~
D: Heidag van het team op 3 juli
~ 2025-09-16
A: Evaluatie 4x9 klaar. Vooral positief, knelpunt is de bezetting op vrijdag {11}
B: Andere teams willen nu ook. Burgerzaken vraagt ernaar {11}
A: Eerst het besluit voor de buitendienst. De directie beslist in oktober {11}
~ 2025-10-14
A: Directie: de proef wordt een vaste regeling voor de buitendienst vanaf 1 januari {11}
C: OR moet weer instemmen, het is een wijziging van de regeling {11}
""",
        180,
    ),
    Chat(
        "OR buitendienst werktijden",
        "bedrijfsvoering",
        "2025-02-10 12:00",
        ["OR-voorzitter Hanna Veen", "Marjolein Kamps"],
        """
A: Marjolein, de OR heeft vragen over de 4 x 9: is het vrijwillig? {11}
B: Ja, iedereen kiest zelf {11}
A: En wat gebeurt er als het niet bevalt? {11}
B: Na de evaluatie kan iedereen terug naar 5 dagen {11}
A: Dan verwachten we een positief besluit op 4 maart {11}
~ 2025-10-20
A: Instemmingsaanvraag voor de vaste regeling ontvangen, we bespreken het 11 november {11}
~ 2025-11-12
A: Ingestemd, met één voorwaarde: jaarlijks de bezetting op vrijdag rapporteren {11}
B: Akkoord {11}
""",
        14,
    ),
    Chat(
        "Ploegen buitendienst",
        "ruimte",
        "2025-03-20 14:00",
        ["Gerrit Hoekstra", "Marco Dijkstra", "Roel Kamphuis"],
        """
A: Wie wil in de ma-do ploeg en wie in di-vr? Ik heb het rooster nodig voor vrijdag {11}
B: Ik ma-do, mijn dochter zit op vrijdag thuis {11}
C: Mij maakt het niet uit {11}
A: Roel dan di-vr {11}
C: Goed {11}
~ 2025-06-13
B: Echt lekker dat lange weekend. Maar die maandagen in de zon zijn zwaar, 9 uur maaien {11}
A: Zomer beginnen we om 6 uur, dan ben je om half 4 klaar {11}
""",
        14,
    ),
    Chat(
        "Avondvierdaagse 2025",
        "dienstverlening",
        "2025-05-12 09:00",
        ["Hanneke Vos", "Wandelsportvereniging - Corrie"],
        """
B: De avondvierdaagse is van 2 tot en met 5 juni, routes zijn dezelfde
A: Verkeersregelaars geregeld?
B: Ja, 28
A: Vergunning is onderweg
""",
        10,
    ),
    Chat(
        "Werkweek stagiairs",
        "bedrijfsvoering",
        "2025-08-25 09:00",
        ["Annet Huisman", "Dennis Wolf"],
        """
A: De introductieweek voor de 6 nieuwe stagiairs begint maandag
B: Laptops klaar?
A: Ja, en een rondleiding op de werf op woensdag
B: Top
""",
        10,
    ),
    Chat(
        "DIV en informatiebeheer",
        "bedrijfsvoering",
        "2025-01-07 08:30",
        ["Ingrid Schuiling", "Pieter Kloosterman", "Monique Dam", "Yusuf Demir"],
        """
A: Goedemorgen. Nieuwe collega Yusuf begint vandaag op de postkamer
B: Welkom!
~ 2025-01-21
C: Besluit college: de archieven ouder dan 20 jaar gaan naar het Drents Archief in Assen. Eigen archiefbewaarplaats sluit {1}
A: Hoeveel meter? {1}
C: Ongeveer 1.100 strekkende meter, van 1813 tot 2004 {1}
B: Alles moet dan eerst op orde: materiële verzorging, inventarissen {1}
C: Daar is 2 jaar voor gepland {1}
~
D: Post van vandaag is gescand en verdeeld
~ 2025-02-18
B: Na de regen van vorige week: vocht in de kelder, de onderste planken in depot 2 zijn nat {1}
A: Oh nee. Welke dozen? {1}
B: Bouwvergunningen 1960-1975, ongeveer 40 dozen. Schimmelplekken op een paar {1}
C: Direct een restaurator bellen, en de luchtvochtigheid meten {1}
~
B: Vochtmeter geeft 78% RV. Norm is 50 {1}
A: Bouwdroger staat erin. Facilitair zoekt de lekkage {1}
~ 2025-03-12
C: Restaurator: 12 dozen moeten gevriesdroogd worden, kosten 14.500 {1}
A: Uit welk budget? {1}
C: Het project overbrenging, het is een risico dat we hadden benoemd {1}
~
D: Kan iemand de vergaderkamer boeken voor het archief-overleg met Assen? {1}
A: Gedaan, 3 april {1}
~ 2025-04-03
C: Overleg met het Drents Archief: ze nemen alles over per 1 oktober 2026. Kosten: 38.000 per jaar beheer plus een eenmalige afkoop van 210.000 {1}
B: En de bouwdossiers die we vaak nodig hebben? {1}
C: Die worden eerst gedigitaliseerd, dan kunnen we er zelf bij {1}
~
A: Scanbureau offerte 0,34 per pagina, 1,9 miljoen pagina's {1}
B: Dat is 650k! {1}
A: Alleen de bouwdossiers na 1950, dat scheelt de helft {1}
~ 2025-06-16
D: Vernietigingslijst 2014 klaar voor de handtekening
A: Leg maar op mijn bureau
~ 2025-09-22
C: Raad heeft ingestemd met het krediet voor de overbrenging, 460.000 {1}
B: Verhuizing dozen in de zomer 2026, planning volgt {1}
""",
        200,
    ),
    Chat(
        "Overbrenging Drents Archief",
        "bedrijfsvoering",
        "2025-02-04 10:00",
        ["Monique Dam", "Wietske Hofstra (Drents Archief)"],
        """
A: Wietske, dank voor het gesprek. Kun je een overzicht sturen van wat er bij overbrenging op orde moet zijn? {1}
B: Zeker. Zuurvrije dozen, geen paperclips, een inventaris per archief, en een verklaring van overbrenging {1}
A: Onze inventarissen van voor 1940 zijn met de hand geschreven {1}
B: Die moeten we digitaal hebben, dat kan een vrijwilliger overtypen {1}
~
B: Het depot in Assen heeft ruimte vanaf de zomer 2026. Vervoer door een gespecialiseerd bedrijf {1}
A: Wie betaalt het vervoer? {1}
B: Gemeente. Reken op 15 tot 20k {1}
~ 2025-02-19
A: Wietske, we hebben waterschade in ons depot. Moeten jullie het weten? {1}
B: Ja, voor de overname wil ik een schaderapport. Natte dozen nemen we niet aan {1}
A: Restaurator komt volgende week {1}
""",
        18,
    ),
    Chat(
        "Depot kelder vocht",
        "bedrijfsvoering",
        "2025-02-18 11:00",
        ["Pieter Kloosterman", "Facilitair - Ron"],
        """
A: Ron, het lekt in de kelder van het archief, depot 2. Kun je komen? {1}
B: Ik kom nu {1}
~
B: Het is de regenwaterafvoer naast de fietsenkelder, zit verstopt. Water loopt door de muur {1}
A: Archiefdozen op de vloer zijn nat. Hoe snel is het droog? {1}
B: Bouwdroger erin, ontvochtigers 2 weken. Afvoer wordt morgen ontstopt {1}
~
A: Meting vandaag 56%, gaat de goede kant op {1}
B: Mooi. Ik zet een watermelder op de vloer {1}
""",
        14,
    ),
    Chat(
        "Meppel Archief app",
        "bedrijfsvoering",
        "2025-03-03 09:00",
        ["Ingrid Schuiling", "Yusuf Demir"],
        """
A: Yusuf, kun jij collega's helpen met het archiveren van hun WhatsApp-chats in de nieuwe app?
B: Ja. De instructie staat op intranet
A: Wethouders moeten het ook doen, elk kwartaal
B: Ik plan een inloopuur op donderdag
""",
        12,
    ),
    Chat(
        "Mailbox vol",
        "bedrijfsvoering",
        "2025-05-08 10:00",
        ["Servicedesk - Tim", "Monique Dam"],
        """
B: Mijn mailbox is vol, ik kan niets meer versturen
A: Het online archief staat aan, verplaats oude mail daarheen
B: Hoe?
A: Map 'Archief' rechtsklikken, 'archiveren'. Ik bel je wel even
""",
        10,
    ),
    Chat(
        "Verhuizing team naar 2e verdieping",
        "bedrijfsvoering",
        "2025-06-23 09:00",
        ["Facilitair - Ron", "Annet Huisman"],
        """
A: Verhuizing van P&O naar de 2e verdieping is op 4 juli
B: Verhuisdozen?
A: Staan vanaf maandag bij de lift, 10 per persoon
B: En de archiefkast?
A: Die verhuist mee, leeg graag
""",
        12,
    ),
    Chat(
        "Team communicatie",
        "dienstverlening",
        "2025-01-10 09:00",
        ["Sanne Hoving", "Joost van Leeuwen", "Ellen Boxem"],
        """
A: Webredactie: de nieuwsbrief van januari gaat vrijdag uit
B: Ik lever de stukjes voor donderdag
~ 2025-01-24
C: Brief aan de buurt Zuiderstraat over de knal, kun jij meelezen? De burgemeester wil het menselijk {6}
A: Zin 2 korter, en een telefoonnummer voor vragen erin {6}
C: Aangepast {6}
~ 2025-02-24
B: Persbericht kiBu: 'Wie wordt de eerste kinderburgemeester van Meppel?' gaat maandag uit {5}
A: Filmpje erbij van de burgemeester? {5}
B: Opgenomen, staat op Insta en de site {5}
~ 2025-03-27
C: Webpagina over de afkoppelregeling staat live: meppel.nl/regenwater {8}
A: Rekenvoorbeeld erbij? {8}
C: Ja, een dak van 50 m2 = 500 euro {8}
~ 2025-04-16
B: Nieuwsbrief: stukje over het minder maaien, met foto van de bloemenberm {4}
A: Noem ook dat we in bochten wel maaien, er komen veel vragen {4}
~ 2025-05-16
B: Facebookbericht over de installatie van Lieke: 14.000 bereik! {5}
~
C: Reacties onder het maaibericht zijn pittig: 'verloedering', 'teken', 'luie gemeente' {4}
A: Standaardantwoord van het KCC gebruiken, en niet in discussie {4}
~ 2025-09-25
C: Persbericht: het archief van Meppel gaat naar Assen. Oudste stuk uit 1813 {1}
B: Mensen gaan vragen waar ze nu hun bouwtekening kunnen inzien {1}
C: Staat erin: digitaal via de site, en tot de verhuizing ook gewoon op het stadhuis {1}
~ 2025-11-24
B: Kerstverlichting aan op vrijdag 28/11, 17 uur, burgemeester drukt op de knop {10}
A: Aankondiging in de krant en socials {10}
~ 2025-12-02
C: Vragen op Facebook waarom de Prinsenstraat nog donker is {10}
B: Antwoord: storing, wordt vandaag opgelost {10}
""",
        150,
    ),
    Chat(
        "Buurtapp Eendrachtstraat",
        "samenleving",
        "2025-04-06 03:20",
        ["Marja Wolters", "Dennis Hekman", "Sevda Kaya"],
        """
A: Wat was DAT?? Hele huis schudde {6}
B: Auto van de overburen, er is iets ontploft onder de auto {6}
C: Politie is er al. Blijf binnen {6}
~
A: Iemand weet al meer? {6}
B: Wijkagent zegt: gericht, niet op ons. Voelt niet zo {6}
C: Ik wil die camera's {6}
~ 2025-06-24
A: De camera hangt! Eindelijk {6}
B: En ze hebben twee mensen opgepakt {6}
~
C: Wie heeft er een aanhanger voor zaterdag?
A: Ik
""",
        16,
    ),
    Chat(
        "Inloopavond veiligheid Zuiderstraat",
        "veiligheid",
        "2025-02-04 15:00",
        ["Ilse Brouwer", "Wijkagent Bart Jonkman"],
        """
A: Bart, voor morgen in De Plataan: jij over het onderzoek, ik over de sluiting en de hulp {6}
B: Ik kan weinig zeggen over het onderzoek, loopt nog {6}
A: Snap ik. Wel: wat mensen kunnen doen, melden, Meld Misdaad Anoniem {6}
~
A: 35 bewoners. Veel vragen over de terugkeer van de bewoner na 3 maanden {6}
B: Daar kunnen we ook weinig over zeggen. Goed dat we er waren {6}
""",
        12,
    ),
    Chat(
        "Raadsinformatiebrief jaarrekening",
        "bestuur",
        "2025-08-29 09:00",
        ["Erik Hamstra", "Wethouder Anne Jonker"],
        """
A: Anne, concept-RIB over de verklaring van de accountant staat in je map {7}
B: Beperking alleen op de grondexploitaties, verder goedkeurend. Goed uitleggen wat dat betekent {7}
A: Staat in alinea 2. Ook dat het financieel geen gevolgen heeft voor dit jaar {7}
B: En waarom het zo laat was {7}
A: Capaciteitsgebrek bij de accountant en onze grex-onderbouwing, allebei benoemd {7}
B: Akkoord, ga maar {7}
""",
        12,
    ),
    Chat(
        "Vrijwilligers oude inventarissen",
        "bedrijfsvoering",
        "2025-04-24 13:00",
        ["Monique Dam", "Historische Vereniging Meppel - Klaas"],
        """
A: Klaas, zoeken jullie nog klusjes? We moeten de oude inventarissen overtypen voor de overdracht naar Assen {1}
B: Graag! Hoeveel is het? {1}
A: 9 handgeschreven inventarissen, samen 600 bladzijden {1}
B: Ik heb 4 mensen die dat willen, vanaf mei op dinsdag {1}
~ 2025-10-07
B: Klaar! Laatste inventaris staat in het Excel-bestand {1}
A: Fantastisch, ik stuur het door naar het Drents Archief {1}
""",
        12,
    ),
    Chat(
        "Volkstuin regentonnen",
        "samenleving",
        "2025-04-28 19:00",
        ["Tuinvereniging Ons Genoegen - Wim", "Nadia Jansen"],
        """
A: Krijgen wij subsidie voor regentonnen op de tuinen?
B: Voor verenigingen is er de subsidie duurzaamheid, niet de regeling voor woningen
A: Wat moet ik invullen?
B: Ik stuur je de link
""",
        12,
    ),
    Chat(
        "Maaien dijk waterschap",
        "ruimte",
        "2025-06-16 08:00",
        ["Marco Dijkstra", "Waterschap - Henk"],
        """
B: Wij maaien deze week de dijk langs het Meppelerdiep, de schapen komen pas in juli
A: Het fietspad boven op de dijk blijft open?
B: Ja, we zetten borden neer
A: Prima
""",
        10,
    ),
    Chat(
        "Opvolging wachtlijst afkoppelen",
        "dienstverlening",
        "2025-07-14 09:00",
        ["Olga Timmer", "Daphne Kuiper"],
        """
A: Daphne, het extra geld voor de regenwaterregeling is er. De 48 op de wachtlijst krijgen deze week bericht {8}
B: Belscript voor het KCC? {8}
A: Komt vandaag. Kern: aanvraag wordt alsnog behandeld, niet opnieuw aanvragen {8}
~
B: Mensen vragen of ze al mogen beginnen met de sloot en de regenton {8}
A: Pas na de beschikking, net als iedereen {8}
""",
        12,
    ),
    Chat(
        "Aanbesteding accountantsdiensten",
        "bedrijfsvoering",
        "2025-09-16 10:00",
        ["Linda Prins", "Inkoop - Gerard Meester"],
        """
A: Gerard, we moeten de controle van de jaarrekening Europees aanbesteden, vanaf boekjaar 2026 {7}
B: Geraamde waarde? {7}
A: 4 jaar à 95k plus 2 opties, dus ruim boven de drempel {7}
B: Dan openbaar, publicatie op TenderNed in oktober {7}
A: Gunningscriteria: 60% kwaliteit, 40% prijs. Auditcommissie wil meepraten over kwaliteit {7}
B: Goed, dan een lid in het beoordelingsteam {7}
~ 2025-12-03
B: Voorlopige gunning aan Hoekstra & Partners, bezwaartermijn 20 dagen {7}
A: Top, ik informeer de griffie {7}
""",
        14,
    ),
    Chat(
        "HartslagNu regio Meppel",
        "veiligheid",
        "2025-05-12 21:00",
        ["Wouter Smit", "HartslagNu - Marieke Lok"],
        """
B: Wouter, de AED bij zwembad De Bosbad staat op 'niet beschikbaar'. Klopt het dat hij gestolen is? {3}
A: Ja, vannacht. Stichting AED Meppel regelt een nieuwe {3}
B: Dan sturen we de burgerhulpverleners naar de AED bij de sporthal. Dat is 600 meter verder {3}
A: Goed. Ik laat het je weten als hij terug is {3}
~ 2025-06-24
A: Nieuw apparaat hangt, kun je hem weer aanmelden? {3}
B: Staat weer op beschikbaar 👍 {3}
A: AUDIO {3}
""",
        14,
    ),
    Chat(
        "Buurtapp Hoogeveense Vaart",
        "samenleving",
        "2025-05-21 08:00",
        ["Ellen Kroes", "Johan Snippe", "Gea Nijboer"],
        """
A: Hebben jullie gehoord dat een meisje van het opruimclubje zich aan een naald heeft geprikt bij het water? {9}
B: Ja, de dochter van Wolters. Zo zonde, ze doen het voor ons {9}
C: Er liggen daar vaker spuiten onder de brug. Ik heb het al 3x gemeld {9}
A: Ik ga zaterdag niet meer mee zwerfvuil rapen als daar niks aan gebeurt {9}
~ 2025-06-12
B: Ze hebben nu naaldenkokers en dikke handschoenen. En de gemeente ruimt de brug zelf {9}
C: Dan ga ik weer mee {9}
~
A: Wie heeft mijn kat gezien? Rood, luistert naar Gijs
""",
        14,
    ),
)
