"""The EIGHTH BLIND relevance set (issue 17): new chats, requests and judgements.

Written as a Woo officer would by a helper before round 9 of issue 17, after sets 1 to 7 had
been written, BEFORE any tuning on it, without reading the search code; measured once on main's
code after it was committed ("before" figure). Never tuned on. New subjects (none of sets 1 to 7
or the tuning set). Same syntax as blind.py: `{n}` after a line marks the requests it is
relevant to, `~` starts the next day, `PHOTO "text"` is a photo with painted text, `AUDIO` a
voice note. Generated filler (build.FILLER, up to 60 lines a chat) is relevant to nothing.
Names, places, organisations and numbers are made up.

The queries were written from the request text only, before the chats. The chats are shaped
like real work chats: eight long chats (a traffic team, an MT, the press desk, the college's
agenda and decision lists, an enforcement team, the registry's council questions, an events
team, the college secretariat) where a request's subject is a few lines among other work,
planning and jokes, several subjects per chat; follow-up chats whose subject (onderwerp) the
employee typed carries the subject while the lines answer without repeating it ("Hekken
staan", "En?", "Test negatief"); abbreviations (PG, KBH, LLV, KCC, RvT, RUD, VRI, BRP, MJOP),
typos and split or joined words (abbonementhouders, Kopenhaagen, Eendrachstweg, kinderboerdij,
Agri Feed, leerling vervoer), synonyms and other words for the subject (de Elleboog, de
garage, Denemarken, de busjes, de boerderij, de lucht, aan de lijn), photos with text and
voice notes; and distractor chats that share words with requests but are about something else
(the bicycle parking at the station, tourist tax on another holiday park, a braderie's
merry-go-round, a team outing, a barbecue that smelled, the music school's director retiring,
stray cats, a laptop headset, the town centre's accessibility during road works, a colleague's
farewell).

Judging rule (as sets 1 to 7): a message is relevant when a Woo officer would have to include it
to cover the request, also when it does not repeat the subject ("klopt, morgen klaar",
"Hoeveel?"). Lines of a relevant chat about something else carry no tag. Where a request names
what it asks about after a colon, lines about the subject outside those points carry no tag
(sweeping the kermis square, a leaking roof of the children's farm stable).

Counts (with the generated filler of seed 17, as the bench builds it): 44 chats, 2,930 messages
(1,478 hand-written; 12 photos with text, 6 voice notes), 10 requests, 30 queries, 1,150 relevant
(message, request) pairs in 79 (chat, request) pairs; 10 chats relevant to no request, 14 to
several. Relevant messages (chats) per request: R1 148 (12), R2 119 (6), R3 114 (10), R4 129 (8),
R5 111 (7), R6 119 (7), R7 100 (6), R8 71 (6), R9 97 (8), R10 142 (9).
"""

from .build import Chat, Request

REQUESTS = (
    Request(
        1,
        "De sluiting van parkeergarage Kromme Elleboog wegens betonrot (2024): het onderzoek naar "
        "de constructie, het besluit tot sluiting, de gevolgen voor abonnementhouders en de kosten "
        "van het herstel.",
        ("parkeergarage kromme elleboog", "betonrot", "sluiting parkeergarage"),
    ),
    Request(
        2,
        "Permanente bewoning van chalets op recreatiepark Het Wold in Broekhuizen (2024): de "
        "controles, de brieven aan bewoners, de handhaving en de persoonsgebonden "
        "gedoogbeschikkingen.",
        ("permanente bewoning", "recreatiepark het wold", "gedoogbeschikking"),
    ),
    Request(
        3,
        "Het leerlingenvervoer na de overstap naar een nieuwe vervoerder in augustus 2024: klachten "
        "van ouders, te late ritten en de afspraken met de vervoerder.",
        ("leerlingenvervoer", "klachten vervoerder", "leerlingenvervoer te laat"),
    ),
    Request(
        4,
        "Het verkeersongeval met een fietsende scholier op de kruising Eendrachtsweg en "
        "Industrieweg (september 2024) en de maatregelen voor de verkeersveiligheid daarna.",
        ("ongeval eendrachtsweg", "kruising industrieweg", "verkeersveiligheid kruising"),
    ),
    Request(
        5,
        "De najaarskermis 2024: het ongeluk met een attractie, de keuring van de attracties en de "
        "afspraken met de kermisexploitanten.",
        ("kermis ongeluk", "keuring attractie", "kermisexploitanten"),
    ),
    Request(
        6,
        "De studiereis van het college naar Kopenhagen in september 2024: het doel, het programma, "
        "wie er meegingen en wat de reis heeft gekost.",
        ("studiereis kopenhagen", "reiskosten college", "kopenhagen"),
    ),
    Request(
        7,
        "Stankoverlast door diervoederfabriek Agrifeed op bedrijventerrein Oevers (2024): klachten "
        "van omwonenden, geurmetingen en handhaving.",
        ("stankoverlast oevers", "geurklachten agrifeed", "geuroverlast handhaving"),
    ),
    Request(
        8,
        "Het vertrek van de directeur van schouwburg De Kolk (2024): de gesprekken met de gemeente "
        "als subsidiegever, de vertrekregeling en de tijdelijke directie.",
        ("directeur schouwburg", "vertrek directeur de kolk", "vertrekregeling"),
    ),
    Request(
        9,
        "De kinderboerderij in het Wilhelminapark (2024): de sluiting wegens vogelgriep, de "
        "ophokplicht en het besluit over de toekomst van de kinderboerderij.",
        ("kinderboerderij wilhelminapark", "vogelgriep", "toekomst kinderboerderij"),
    ),
    Request(
        10,
        "De telefonische bereikbaarheid van de gemeente in 2024: wachttijden bij het "
        "klantcontactcentrum, klachten en de maatregelen.",
        (
            "telefonische bereikbaarheid",
            "wachttijden klantcontactcentrum",
            "klachten bereikbaarheid gemeente",
        ),
    ),
)

CHATS = (
    Chat(
        "Team Verkeer",
        "openbare_ruimte",
        "2024-09-09 08:10",
        ["Joost Hermans", "Ilse Boerema", "Wouter Kamphuis", "Priya Ramdin"],
        """
A: Morgen allemaal, weekstart om half 10 bij mij aan tafel
B: Ik ben er om kwart voor, trein had vertraging
C: Wat staat er op de lijst?
A: Snelheidsmetingen Zomerdijk, het verkeersbesluit voor de markt en de omleiding door de dichte garage {1}
D: Hoe lang blijft die garage nog dicht? {1}
A: Minstens tot de zomer van volgend jaar zegt vastgoed {1}
D: Dan moeten de borden naar P Noord blijven staan {1}
A: Ja, en het parkeerverwijssysteem geeft nog steeds 'vrij' aan bij de Elleboog {1}
C: Dat is een instelling bij de leverancier, ik bel ze {1}
A: Top {1}
B: Wie heeft de sleutel van het meetkastje op de Zomerdijk?
C: Ligt in de bus
~
D: Jongens, ernstig ongeluk vanochtend op de kruising Eendrachtsweg, een meisje op de fiets geschept door een vrachtwagen {4}
A: Nee... hoe is het met haar? {4}
D: Met de traumaheli weg, meer weten we nog niet {4}
B: Welke kant kwam de vrachtwagen vandaan? {4}
D: Vanaf de Industrieweg, rechtsaf, dode hoek waarschijnlijk {4}
C: Dat is precies waar we al jaren over klagen {4}
A: Niet nu, eerst kijken wat de politie zegt {4}
A: Ik licht de wethouder in {4}
D: Politie heeft de kruising tot 11 uur afgesloten {4}
B: Bussen rijden om via de Stationsweg {4}
~
A: Update: het meisje ligt in Zwolle, stabiel, 14 jaar, van het Stad & Esch {4}
B: Gelukkig {4}
C: Kunnen we de VRI-gegevens van die ochtend bewaren? {4}
A: Er staat daar geen VRI, dat is het probleem, alleen voorrangsregeling {4}
C: Oh ja, dan de beelden van de camera van het bedrijf op de hoek? {4}
A: Daar gaat de politie over {4}
D: Ouders van de school sturen al mails, ik heb er twaalf binnen {4}
A: Ik maak een standaardantwoord, jij niks zelf beantwoorden graag {4}
D: Helder {4}
B: Andere vraag, de gladheidsbestrijding begint 1 november, wie zit in het strooiteam?
C: Ik en Wouter, zoals altijd
C: Ik ben Wouter
B: Haha sorry
~
A: Wethouder wil tijdelijke maatregelen op die kruising, zo snel mogelijk {4}
C: Tijdelijke verkeerslichten? {4}
A: Die kosten 4.000 per maand huur, maar ze wil het {4}
B: En een verbod voor vrachtverkeer rechtsaf tijdens de schooltijden? {4}
A: Kan via een verkeersbesluit, duurt zes weken {4}
D: Kan ook tijdelijk met een ontheffing voor de bedrijven op Oevers {4}
A: Goed, Priya zoekt dat uit {4}
D: Doe ik {4}
C: Nog iets: het ov-bureau vraagt of de haltes aan de Steenwijkerstraatweg kunnen blijven voor de busjes van het leerlingenvervoer {3}
A: Waarom? {3}
C: De nieuwe vervoerder stopt daar en blokkeert dan de fietsstrook {3}
A: Dat moet niet, geef ze een plek in de insteekhaven {3}
C: Geef ik door {3}
~
D: Verkeerslichten staan vanaf maandag, de firma plaatst ze zondagavond {4}
A: Prima, kondig het aan via communicatie {4}
B: PHOTO "LET OP GEWIJZIGDE VERKEERSSITUATIE" {4}
B: Dit bord komt aan beide kanten {4}
A: Mooi {4}
C: Ik heb de tellingen van vorig jaar erbij gezocht: 2.100 fietsers per dag, in de spits 600 scholieren {4}
A: Zet dat in de notitie voor het college {4}
B: Wie gaat er naar het congres in Ede? Ik heb nog twee kaarten
C: Ik wel
D: Ik niet, dan is de herfstvakantie
~
A: Overleg met school en bedrijven gehad over de Eendrachtsweg {4}
A: Bedrijven gaan tussen 7.30 en 8.30 niet rechtsaf, vrijwillig, tot het verkeersbesluit er is {4}
B: En als ze het wel doen? {4}
A: Dan bellen we de directeur, meer kunnen we niet {4}
C: De school wil een verkeersbrigadier {4}
A: Die zoeken we via de ouders {4}
D: Reconstructie komt op de lijst voor 2025, ontwerp met een vrijliggend fietspad en een plateau {4}
A: Raming? {4}
D: Rond de 650.000 {4}
A: Dat moet naar de raad {4}
B: Ik ga vrijdag eerder weg, verjaardag van mijn moeder
A: Prima, fijn weekend
~
C: De leverancier heeft het verwijsbord van de garage aangepast, nu 'gesloten' {1}
A: Eindelijk {1}
D: Er staan nog steeds mensen met een abonnement voor de slagboom {1}
A: Die krijgen een brief van parkeren, dat loopt al {1}
B: Nieuwe snelheidsmetingen Zomerdijk: 85% rijdt 57 km/u
A: Daar moeten we iets mee, maar na de Eendrachtsweg
C: Eens
~
D: Verkeersbesluit voor de kruising is gepubliceerd, bezwaartermijn loopt {4}
A: Reacties? {4}
D: Eén, van een transportbedrijf dat moet omrijden {4}
A: Gesprek aanbieden {4}
D: Heb ik gedaan, ze komen volgende week {4}
A: En het meisje? {4}
D: Ze is thuis, revalideert, de ouders zijn blij met de lichten {4}
B: Fijn om te horen {4}
C: Zullen we na de raad een borrel doen? Het is een zwaar half jaar geweest
A: Goed idee
~
B: Snelheidsdisplay op de Eendrachtweg laat zien: gemiddeld 44 waar 50 mag, maar in de ochtend pieken tot 70 {4}
A: Zet de data in de map van de herinrichting {4}
B: Doe ik {4}
C: De wijkagent wil in oktober twee keer flitsen daar {4}
A: Prima, graag {4}
D: PHOTO "UW SNELHEID 48" {4}
D: Het display werkt, de kinderen vinden het prachtig {4}
A: Haha {4}
C: Andere klus: de bewoners van de Julianastraat willen drempels
A: Dat hebben ze vorig jaar ook gevraagd
C: Toen nee gezegd, nu met een petitie
A: Dan in de werkgroep
~
C: Noordvervoer heeft nu een vaste stopplek in de insteekhaven, de fietsstrook is vrij {3}
A: Mooi, dat was snel {3}
C: Wel klagen de chauffeurs dat ze daar niet kunnen keren {3}
A: Dan rijden ze maar om {3}
B: Mag ik vanmiddag eerder weg, de kinderopvang belde, mijn dochter heeft koorts
A: Ga maar, beterschap voor haar
~
D: Transportbedrijf is geweest, ze accepteren de omleiding als de herinrichting er in 2025 komt {4}
A: Zeg dat het in de begroting staat {4}
D: Gezegd {4}
A: Goed gedaan Priya {4}
D: AUDIO {4}
A: Ja, de ouders van het meisje mogen het ontwerp natuurlijk zien als ze dat willen {4}
D: Ik nodig ze uit voor de inloopavond {4}
B: Wie neemt er vrijdag taart mee? Ik ben jarig geweest
C: Jij dus
B: Haha oké
~
A: Verwijssysteem parkeren: de leverancier wil 2.800 euro voor het aanpassen van de borden naar P Noord {1}
C: Voor een paar borden? {1}
A: Software en vier panelen, ze moeten ook de telling van de Elleboog eruit halen {1}
C: Laat de kosten bij vastgoed boeken, het hoort bij de garage {1}
A: Goed idee {1}
""",
    ),
    Chat(
        "MT Dienstverlening",
        "bedrijfsvoering",
        "2024-02-05 08:30",
        ["Renate Wolters", "Bas Scholten", "Yvonne de Graaf", "Hamid Bakkali"],
        """
A: Goedemorgen MT. Agenda donderdag: 1. jaarplan 2024, 2. cijfers KCC, 3. huisvesting, 4. rondvraag {10}
B: Bij 2 wil ik het hebben over de wachttijden, januari was slecht {10}
A: Hoe slecht? {10}
B: Gemiddeld 7 minuten aan de lijn, piek op maandag 19 minuten {10}
C: Dat komt door de belastingaanslagen, elk jaar hetzelfde {10}
B: Dit jaar erger, we hebben twee vacatures {10}
A: Zet het op de agenda met een voorstel {10}
D: Bij 3: de parkeerplekken voor personeel in de Kromme Elleboog vervallen vanaf maart {1}
A: Waarom? {1}
D: De garage gaat dicht, er is iets met het beton {1}
C: Heftig, hoeveel mensen parkeren daar? {1}
D: 46 collega's met een abonnement {1}
A: Zoek een alternatief, P Noord of de Wheem {1}
D: Ben ik mee bezig {1}
~
A: Verslag MT
A: 1. Jaarplan vastgesteld, kleine wijziging in de paragraaf digitalisering
A: 2. KCC: tijdelijk twee inhuurkrachten tot de zomer, terugbelverzoek in de keuzemenu {10}
B: En de callback kost wel een licentie {10}
A: Hoeveel? {10}
B: 3.800 per jaar {10}
A: Akkoord {10}
A: 3. Parkeren personeel: 40 plekken op P Noord geregeld, 6 collega's fietsen voortaan {1}
D: Ik heb er zelf ook een e-bike van gemaakt
C: Respect
A: 4. Rondvraag: niets
~
C: Wie heeft de sleutel van de archiefkast op de tweede?
D: Bij de bode
B: Even een zorg: de Nationale Ombudsman heeft een klacht doorgestuurd over onze bereikbaarheid {10}
A: Van wie? {10}
B: Een inwoner die drie keer is weggevallen na een half uur wachten {10}
A: Pijnlijk {10}
B: Ik schrijf een excuusbrief en bel hem zelf {10}
A: Graag, en hou het bij in het klachtenregister {10}
~
A: Agenda MT 11 april: 1. verzuim, 2. bereikbaarheid, 3. dienstverleningsconcept, 4. rondvraag {10}
B: Bij 2 de cijfers van het eerste kwartaal: 82% binnen 2 minuten opgenomen, was 64% {10}
C: Dus het werkt {10}
B: De terugbelfunctie wordt veel gebruikt, 30% van de bellers {10}
A: Mooi {10}
D: Bij 4 wil ik de jubileumviering van Ans noemen
A: Goed
~
A: Verslag MT 11 april
A: 1. Verzuim 5,2%
A: 2. Bereikbaarheid: in de doelstelling, inhuur verlengen tot 1 oktober {10}
A: 3. Dienstverleningsconcept: concept naar de ondernemingsraad
C: Ik heb trouwens de begroting van de garage gezien, het herstel kost 2,4 miljoen {1}
D: Wat?! {1}
C: Vastgoed zegt dat er een raadsvoorstel komt {1}
A: Dat is niet ons dossier, maar goed om te weten {1}
~
B: Korte melding: vanmiddag storing telefooncentrale, 45 minuten onbereikbaar {10}
A: Oorzaak? {10}
B: Update bij de provider, zonder melding {10}
A: Bericht op de website gezet? {10}
B: Ja, en op Facebook {10}
A: Ik wil een schriftelijke uitleg van de provider {10}
B: Vraag ik op {10}
C: Wie doet de afscheidsspeech voor Karel?
A: Ik
~
A: Agenda MT 19 september: 1. begroting, 2. KCC na de zomer, 3. rondvraag {10}
B: Bij 2: de inhuur stopt 1 oktober, dan zakken we terug {10}
A: Kan de vacature niet eerder? {10}
B: Twee nieuwe mensen beginnen 1 november, dus een maand gat {10}
C: Dan in oktober de openingstijden van de telefoon inkorten, tot 15 uur? {10}
B: Liever niet, dan krijgen we weer klachten {10}
A: We kiezen voor een maand extra inhuur {10}
D: Ik heb een vraag over de verhuizing van de balie naar de begane grond
A: Volgende keer
~
A: Agenda MT 14 november: 1. bereikbaarhied na de overgang naar de nieuwe collega's, 2. balie begane grond, 3. kerst {10}
B: Bij 1: oktober ging goed met de verlengde inhuur, 79% binnen 2 minuten {10}
C: Net onder het doel {10}
B: De rest was door de vervoersklachten, een hele week extra telefoontjes {3,10}
A: Kunnen we voor dat soort pieken niet een vast plan hebben? {10}
B: Een piekploeg uit de backoffice, zoals in januari {10}
A: Werk het uit {10}
D: Bij 2: de verbouwing begint in januari
C: Waar zit de balie dan?
D: Tijdelijk in de raadzaal
~
A: Verslag MT 14 november
A: 1. Bereikbaarheid: piekploeg wordt vast, klanttevredenheid telefonie meten in het voorjaar {10}
A: 2. Balie: tijdelijk in de raadzaal van januari tot april
A: 3. Kerst: pakket via het personeelsfonds
B: AUDIO {10}
B: Sorry, in de auto. Kort: de wethouder wil de cijfers van de telefonie ook in de raadsinformatiebrief {10}
A: Prima, maak jij een tabel per maand? {10}
B: Komt vrijdag {10}
C: Iemand gezien wie mijn mok heeft gepakt?
D: Die met de kat?
C: Ja
D: Staat in de vaatwasser
~
B: Tabel telefonie 2024: januari 64%, februari 70%, maart 84%, april tot september tussen 80 en 86, oktober 79% {10}
A: Mooi overzicht {10}
B: Wachttijd gemiddeld van 7 minuten in januari naar 1 minuut 40 {10}
A: Dat zetten we erin {10}
""",
    ),
    Chat(
        "Persdesk",
        "bestuur",
        "2024-03-04 08:05",
        ["Merel Timmer", "Daan Kloosterman", "Sophie Westra", "Erik Jansma"],
        """
A: Goedemorgen. Vandaag: de Courant over de parkeergarage, RTV Drenthe over de Koningsdag-plannen {1}
B: Wat vraagt de Courant precies? {1}
A: Of het waar is dat de garage instort {1}
C: Nee! Er is schade aan het beton, uit voorzorg dicht {1}
B: Zeg dat het onderzoek loopt en dat veiligheid voorop staat {1}
A: En de abonnementhouders? {1}
C: Krijgen hun geld terug per maand dat hij dicht is {1}
A: Check, antwoord voor 12 uur {1}
D: Koningsdag: vrijmarkt blijft op de Hoofdstraat
B: Prima
~
D: Vraag van een bewoner op Facebook: waarom neemt de gemeente nooit op? {10}
A: Standaard reactie met het terugbelnummer en het contactformulier {10}
D: Ze zegt dat ze dat al gedaan heeft {10}
B: Vraag haar om een DM met het onderwerp, dan laten we iemand bellen {10}
D: Doe ik {10}
C: Er zijn meer van dat soort berichten deze week, zes al {10}
B: Ik meld het aan het MT {10}
A: Wie doet het weekend de webcare?
D: Ik
~
A: Persbericht over de garage staat klaar, graag meelezen {1}
C: In de tweede alinea staat 'betonrot', is dat al zeker? {1}
A: Volgens het rapport van de constructeur wel, chloride in de vloeren {1}
B: Dan mag het erin, maar niet het bedrag, dat is nog niet besloten {1}
A: Aangepast {1}
D: PHOTO "PARKEERGARAGE GESLOTEN VOLG P NOORD" {1}
D: Dit hangt er nu bij de ingang {1}
B: Goed {1}
~
B: Vanmiddag een interview met de burgemeester over het eerste jaar van de nieuwe veiligheidsregio
C: Vragenlijst?
B: Komt vandaag
A: Pfff wat een regen vandaag
D: Mijn fiets stond onder water bij het station
~
A: Vraag van Omroep Meppel: kan er iemand iets zeggen over de chalets op Het Wold? {2}
B: Wat is er gebeurd? {2}
A: Bewoners hebben een brief gekregen dat ze er niet mogen wonen, ze zijn boos {2}
C: Het gaat om permanente bewoning, dat mag volgens het bestemmingsplan niet {2}
B: We zeggen: we gaan met iedereen in gesprek, niemand wordt op straat gezet {2}
C: En wie er al voor 2003 woonde kan een persoonsgebonden gedoogbeschikking krijgen {2}
A: Dat is ingewikkeld voor een radio-item {2}
B: Laat Sophie het uitleggen, die kan dat {2}
C: Oké, om 4 uur {2}
~
A: Vandaag veel vragen over de geur op Oevers, het stinkt naar gebrande koffie en vis {7}
D: Dat is Agrifeed weer {7}
B: Wie gaat erover, wij of de omgevingsdienst? {7}
C: De RUD houdt toezicht, wij communiceren samen met hen {7}
A: Ik verwijs naar het meldpunt van de RUD {7}
B: En zeg dat de metingen lopen {7}
A: Lopen ze? {7}
C: Volgende week begint het geurpanel {7}
A: Oké {7}
D: Ik ga om 3 uur weg, tandarts
~
A: Nieuws van het Dagblad: ze willen het verhaal over de studiereis van het college {6}
B: Welke reis? {6}
A: Kopenhagen, in september, met drie wethouders en de burgemeester {6}
C: Het is een werkbezoek over fietsbeleid en klimaatadaptatie, geen vakantie {6}
B: Zet het programma online, dan is het transparant {6}
A: En de kosten? {6}
C: Die publiceren we na afloop, de declaraties moeten nog binnenkomen {6}
B: Goed, zo antwoorden {6}
D: Wie heeft mijn oplader meegenomen?
A: Sorry ik, ligt op je bureau
~
A: Het ongeval op de Eendrachstweg staat overal, ook bij NU.nl {4}
B: Wat zeggen we? {4}
A: Dat we meeleven, dat de politie onderzoek doet en dat we tijdelijke verkeerslichten plaatsen {4}
C: Niks over schuld {4}
A: Nee natuurlijk {4}
D: De school vraagt of de burgemeester langskomt {4}
B: Ze gaat donderdag {4}
D: Ik ga mee voor foto's, maar niet van de kinderen {4}
~
A: Kermis: de Courant wil weten wat er bij de Booster is gebeurd {5}
B: Zeg alleen wat vaststaat: een gondel bleef hangen, niemand gewond, attractie stilgelegd {5}
C: En dat de keuring in orde was, het certificaat is van juli {5}
A: De exploitant wil zelf ook iets zeggen {5}
B: Dat mag, maar niet namens ons {5}
A: Check {5}
D: Wie heeft de jaarplanning communicatie geopend en niet afgesloten? Ik kan hem niet bewerken
C: Ik, sorry
~
A: Het vertrek van de directeur van De Kolk, er komen vragen {8}
B: Wat weten we officieel? {8}
C: De raad van toezicht heeft het vrijdag bekendgemaakt, in goed overleg zeggen ze {8}
B: Wij zeggen dat het een zaak van de stichting is en dat de voorstellingen doorgaan {8}
A: En de subsidie? {8}
C: Loopt gewoon door, daar verandert niks aan {8}
A: Ok {8}
D: De krant vraagt ook of er een vertrekpremie is {8}
B: Verwijzen naar de raad van toezicht {8}
~
A: Vraag van RTV Drenthe: klopt het dat de kinderboerderij dicht is door vogelgriep? {9}
C: Ja, er is vogelgriep vastgesteld in Nijeveen, ophokplicht in de hele provincie {9}
B: De kippen en eenden zijn binnen, de geiten en konijnen zijn gewoon te zien maar het park zelf is dicht voor bezoek {9}
A: Ik heb begrepen dat alles dicht is? {9}
C: Klopt, de hele boerderij voorlopig, het hek is op slot {9}
B: Oké dan dat {9}
D: Er komt ook een petitie tegen de sluiting, las ik {9}
A: Tegen welke sluiting, die van nu of die van de bezuiniging? {9}
D: Die van de bezuiniging {9}
B: Daar zeggen we niks over voordat de raad beslist {9}
~
A: Eindejaarsborrel persdesk, 19 december bij De Beurs?
B: Ja!
C: Ik neem de quiz mee
D: Oh nee
~
A: RTV Drenthe wil een item over het leerlingenvervoer, er zijn kinderen niet opgehaald {3}
B: Klopt dat? {3}
C: Twee kinderen op de eerste dag, allebei door de ouders gebracht {3}
B: Zeg: we vinden dit onacceptabel, de vervoerder heeft extra busjes ingezet en we volgen het dagelijks {3}
A: Willen ze de wethouder? {3}
B: Ja, morgen om 11 bij het stadhuis {3}
D: Ik zet een achtergrondnotitie klaar met de cijfers {3}
A: Top {3}
~
A: Nieuws: de last onder dwangsom voor Agrifeed is openbaar, staat in het Gemeenteblad {7}
B: Persbericht van de RUD of van ons? {7}
C: Samen, de RUD heeft het concept {7}
A: Citaat van de burgemeester erin? {7}
B: Ja, iets over de bewoners die al lang last hebben {7}
C: 'De omwonenden hebben recht op schone lucht' {7}
B: Mooi {7}
D: PHOTO "GEURHINDER MELDEN 0522 RUD" {7}
D: Dit plaatje gebruiken we voor de socials {7}
~
A: Vanavond raadsvergadering, wie kijkt er mee voor de socials?
D: Ik
B: De kinderboerderij staat op de agenda, verwacht veel publiek {9}
C: De vrienden van de kinderboerderij komen met spandoeken {9}
A: Dan een fotograaf erbij {9}
D: Ik ga zelf wel {9}
~
A: Nog een vraag over Het Wold, van een landelijk programma, Kassa of zo {2}
B: Over de gedoogbeschikkingen? {2}
A: Over een vrouw van 81 die zou moeten verhuizen {2}
C: Die heeft juist een beschikking gekregen, ze mag blijven {2}
B: Dat mogen we niet zeggen zonder haar toestemming {2}
A: Dan zeggen we alleen hoe de regeling werkt {2}
C: Ik stuur de tekst {2}
""",
    ),
    Chat(
        "Agenda college",
        "bestuur",
        "2024-03-12 16:00",
        ["Ingrid Lammers", "Thijs Pieters", "Hanneke Bos", "Frank de Vries"],
        """
A: Conceptagenda college 19 maart: 1. voorjaarsnota, 2. parkeergarage Kromme Elleboog, 3. subsidieplafond cultuur, 4. ingekomen stukken {1}
B: Bij 2 wil ik het rapport van de constructeur erbij {1}
A: Zit in de stukken {1}
C: En een scenario voor sloop? {1}
A: Vastgoed heeft drie scenario's: herstel, sloop en nieuwbouw, of verkopen {1}
D: Dat gaat lang duren {1}
B: Eerst de veiligheid, dan pas de rest {1}
A: Ik zet het zo neer {1}
~
A: Besluitenlijst college 19 maart
A: 1. Voorjaarsnota: akkoord met de kaders
A: 2. Parkeergarage: sluiting tot nader order bevestigd, vastgoed werkt scenario's uit, raadsinformatiebrief {1}
A: 3. Subsidieplafond cultuur: aangehouden
A: 4. Ingekomen: brief van bewoners Het Wold over handhaving permanente bewoning {2}
C: Die brief beantwoord ik, het is mijn portefeuille {2}
D: Laat VTH een concept maken {2}
C: Heb ik gevraagd {2}
~
A: Conceptagenda 2 april: 1. Omgevingsvisie, 2. handhavingsbeleid recreatieparken, 3. inkoop leerlingenvervoer, 4. ingekomen {2,3}
B: Bij 3: waarom staat dat er? {3}
A: Gunning aan de nieuwe vervoerder, het contract begint 1 augustus {3}
B: Is de oude vervoerder ingelicht? {3}
A: Inkoop doet dat na het besluit {3}
C: Bij 2: ik wil er een gesprek met de bewoners aan koppelen {2}
A: Noteer ik {2}
~
A: Besluitenlijst 2 april
A: 1. Omgevingsvisie: vrijgegeven voor inspraak
A: 2. Handhaving recreatieparken: uitgangspunt geen nieuwe permanente bewoning, bestaande gevallen beoordelen per persoon {2}
A: 3. Leerlingenvervoer: gegund aan Noordvervoer, vier jaar met optie op twee {3}
A: 4. Ingekomen: uitnodiging van de gemeente Kopenhagen voor een werkbezoek in september {6}
D: Leuk, wie gaat er? {6}
B: Ik als wethouder mobiliteit, en de burgemeester wil ook {6}
C: Ik ga mee voor het klimaatdeel {6}
A: Dan zet ik een voorstel voor de reis op de agenda van mei {6}
D: Ik blijf thuis, iemand moet de winkel openhouden {6}
~
B: Kunnen we de vergadering van volgende week om 9 uur beginnen? Ik moet om 12 uur in Assen zijn
A: Ik kijk het na
A: Kan
~
A: Conceptagenda 14 mei: 1. reis Kopenhagen, 2. jaarrekening, 3. kermis najaar, 4. ingekomen {5,6}
B: Bij 1: budget? {6}
A: Voorstel 12.500 euro voor vier personen, vlucht, hotel, programma {6}
D: Kan het niet met de trein? {6}
A: Ja, de trein is een optie, duurt 11 uur {6}
B: Trein, dat is ook het verhaal van de reis {6}
C: Eens {6}
A: Bij 3: de exploitanten willen een langere kermis, vijf dagen {5}
D: Dat is het oude gesprek, geen uitbreiding {5}
~
A: Besluitenlijst 14 mei
A: 1. Reis Kopenhagen akkoord, per trein, maximaal 12.500 euro, verslag aan de raad na afloop {6}
A: 2. Jaarrekening: door naar de raad
A: 3. Kermis: vier dagen zoals altijd, locatie Kaai, de exploitanten krijgen een brief {5}
A: 4. Ingekomen: brief van de raad van toezicht van De Kolk, vraagt om een gesprek {8}
B: Waarover? {8}
A: Over de bestuurlijke situatie, zeggen ze, meer staat er niet in {8}
C: Ik nodig ze uit, het is mijn portefeuille {8}
~
C: Het gesprek met De Kolk was pittig, het gaat niet goed tussen de directeur en de medewerkers {8}
B: Hoe erg? {8}
C: Er zijn drie mensen ziek thuis, de raad van toezicht wil afscheid nemen van hem {8}
A: Wat vragen ze van ons? {8}
C: Of de subsidie niet in gevaar komt als er een vertrekregeling komt {8}
D: Die regeling kan niet uit onze subsidie betaald worden {8}
C: Zo heb ik het ook gezegd {8}
A: Ik zet het vertrouwelijk in de besluitenlijst {8}
~
A: Conceptagenda 10 september: 1. verkeersveiligheid Eendrachtsweg, 2. begroting, 3. stand van zaken Agrifeed {4,7}
B: Bij 1: tijdelijke verkeerslichten staan, ik wil een besluit over de herinrichting in 2025 {4}
D: Geld? {4}
B: 650.000, uit de reserve mobiliteit {4}
C: Bij 3: de RUD heeft een last onder dwangsom voorbereid {7}
D: Eindelijk, de buurt is het zat {7}
A: Ik vraag de RUD om een memo {7}
~
A: Besluitenlijst 10 september
A: 1. Eendrachtsweg: herinrichting in de begroting 2025, ontwerp met de school {4}
A: 2. Begroting vastgesteld voor de raad
A: 3. Agrifeed: voornemen last onder dwangsom, bedrijf krijgt zienswijze {7}
B: Voor de reis volgende week: iedereen zijn paspoort mee {6}
C: En een regenjas, het regent daar altijd {6}
D: Veel plezier, neem Deense koekjes mee {6}
~
A: Conceptagenda 8 oktober: 1. verslag Kopenhagen, 2. toekomst kinderboerderij, 3. leerlingenvervoer {3,6,9}
B: Verslag is bijna klaar, 11 pagina's, met de lessen voor het fietsbeleid {6}
C: Kosten? {6}
B: 11.860 euro, binnen het budget {6}
A: Bij 2: voorstel om de kinderboerderij over te dragen aan een stichting of te sluiten in 2025 {9}
D: Dat gaat veel reuring geven {9}
C: Het levert 85.000 per jaar op {9}
A: Bij 3: de wethouder wil een update, er zijn veel klachten {3}
B: Ik heb het gevraagd aan het team, de busjes zijn vaak te laat {3}
~
A: Besluitenlijst 8 oktober
A: 1. Verslag reis Kopenhagen vastgesteld, naar de raad {6}
A: 2. Kinderboerderij: besluit aangehouden, eerst gesprek met de vrienden van de kinderboerderij {9}
A: 3. Leerlingenvervoer: vervoerder krijgt een formele ingebrekestelling als het in november niet beter is {3}
D: En de bereikbaarheid van het KCC, dat is toch ook een klachtpunt? {10}
A: Staat in november op de agenda {10}
~
A: Kerstlunch college 17 december, om 12 uur in de Reestkamer
B: Ik neem de kerststukjes mee
~
A: Conceptagenda 12 november: 1. bereikbaarheid KCC, 2. leerlingenvervoer stand van zaken, 3. kinderboerderij, 4. ingekomen {3,9,10}
B: Bij 2: in oktober 3% te laat, nog steeds boven de 2 {3}
D: Dus ingebrekestelling? {3}
B: Het team adviseert eerst een bestuurlijk gesprek met de directeur van Noordvervoer {3}
C: Bij 3: de vrienden hebben een plan ingediend, 30.000 per jaar {9}
D: Dat scheelt 55.000 {9}
A: Bij 1: het MT stelt een vaste piekploeg voor {10}
~
A: Besluitenlijst 12 november
A: 1. KCC: piekploeg akkoord, de raad krijgt een brief met de cijfers {10}
A: 2. Leerlingenvervoer: bestuurlijk gesprek, ingebrekestelling als december niet onder de 2% zit {3}
A: 3. Kinderboerderij: college kiest voor overdracht aan de Stichting Vrienden, per 1 juli 2025, met een jaarlijkse bijdrage van 30.000 {9}
A: 4. Ingekomen: brief van Agrifeed, de luchtwasser wordt in januari geplaatst {7}
C: Te laat, de begunstigingstermijn loopt in december af {7}
B: Dan verbeurt de dwangsom {7}
C: De RUD beslist daarover {7}
D: Fijn dat de kinderboerderij open blijft, mijn kleinkinderen komen er elke week {9}
""",
    ),
    Chat(
        "Team VTH handhaving",
        "ruimte",
        "2024-03-18 08:15",
        ["Gerrit Hulshof", "Anouk Zwiers", "Martijn Bakker", "Lieke Dijkstra"],
        """
A: Morgen. Planning deze week: controles Het Wold, dakkapellen Koedijk, en de klachten over Agrifeed {2,7}
B: Het Wold is van mij en Martijn, woensdag {2}
C: Hoeveel chalets staan er op de lijst? {2}
B: 38 waar volgens de BRP iemand ingeschreven staat, van de 112 {2}
A: Alles in één dag? {2}
B: Nee, eerst de 12 waar meldingen over zijn {2}
D: Agrifeed: er zijn dit weekend weer 14 meldingen binnengekomen bij de RUD {7}
A: Weer die vislucht? {7}
D: Ja, vooral 's avonds, vanaf Haveltermade tot aan de Koedijk {7}
A: De RUD wil dat wij meegaan bij de controle vrijdag {7}
D: Ik ga {7}
C: Wie heeft de bus vanmiddag nodig?
A: Niemand, neem maar
~
B: Verslag Het Wold dag 1: 12 bezocht, in 9 woont iemand vast {2}
A: Echt wonen? {2}
B: Post op naam, kinderfietsen, bedden opgemaakt, in twee gevallen een volle kledingkast en werk in Meppel {2}
C: Eén meneer woont er sinds 1998, hij heeft nooit iets gehoord van ons {2}
A: Dan komt hij misschien in aanmerking voor een gedoogbeschikking {2}
B: Die regel is 'voor 31 oktober 2003 en onafgebroken', dat moet hij laten zien {2}
A: Brief met de uitleg, en een gesprek aanbieden {2}
C: PHOTO "RECREATIEPARK HET WOLD PERMANENTE BEWONING NIET TOEGESTAAN" {2}
C: Dit bord staat bij de slagboom, van de eigenaar zelf {2}
B: Haha, en dan toch verhuren aan vaste bewoners {2}
~
D: Controle Agrifeed met de RUD gedaan {7}
A: En? {7}
D: Het filter op de droger was verzadigd, ze hadden hem twee maanden niet vervangen {7}
A: Dus een overtreding? {7}
D: Van de vergunningvoorschriften ja, de RUD schrijft een waarschuwing {7}
A: Hebben ze het vervangen? {7}
D: Morgen, zeggen ze {7}
A: We zien het {7}
C: Dakkapel Koedijk: gebouwd zonder vergunning, maar vergunningvrij achterkant, dus niks aan de hand
A: Mooi, dossier dicht
~
A: Nog iemand die volgende week wil ruilen met piket? Ik heb een bruiloft
C: Ik ruil wel
A: Top
B: Brieven Het Wold zijn de deur uit, 38 stuks {2}
B: Met een termijn van 6 maanden om te verhuizen, tenzij ze een beroep doen op de overgangsregeling {2}
D: Ik kreeg al drie telefoontjes, mensen zijn in paniek {2}
B: Snap ik, een paar zijn gepensioneerd en hebben hun huis verkocht {2}
A: Verwijs door naar Anouk, zij heeft de lijst {2}
~
D: Geurpanel van de RUD is gestart, 12 bewoners uit Oevers en Haveltermade noteren elke avond {7}
A: Hoe lang? {7}
D: Zes weken {7}
C: En als het filter gewoon vervangen is, is de stank dan weg? {7}
D: Nee, het ruikt nog steeds, het ligt aan de nieuwe productielijn voor visvoer {7}
A: Dus een vergunningskwestie {7}
D: Ja, dat gaat naar de provincie of de RUD, niet naar ons {7}
~
B: Eerste spreekuur Het Wold: 17 mensen, 5 willen een gedoogbeschikking aanvragen {2}
A: Zijn daar bewijzen bij? {2}
B: Twee hebben oude brieven van de belastingdienst met het adres, de rest moet zoeken {2}
C: Eén mevrouw had een foto uit 2001 met een krant erop {2}
A: Haha, dat is creatief {2}
B: Dat telt niet, maar ze heeft ook een oud energiecontract {2}
~
A: De eigenaar van het park heeft een advocaat ingeschakeld {2}
C: Waarom? {2}
A: Hij vindt dat wij zijn verhuur kapotmaken {2}
B: Hij verhuurt zelf aan mensen die er wonen, dat is het hele probleem {2}
A: Juridisch zoekt het uit {2}
D: Wie wil er mee naar de cursus integrale handhaving in Zwolle?
C: Ik
~
D: Uitslag geurpanel: op 27 van de 42 avonden hinder, 9 keer ernstig {7}
A: Flink {7}
D: De RUD bereidt een last onder dwangsom voor, 5.000 euro per overtreding, max 50.000 {7}
A: Moet dat niet langs het college? {7}
D: Ja, in september, de burgemeester tekent {7}
~
B: Gedoogbeschikkingen: 4 verleend, 1 afgewezen, 1 nog bezig {2}
A: Afgewezen waarom? {2}
B: Ingeschreven vanaf 2009, dus geen recht {2}
C: Hij gaat in bezwaar {2}
A: Dat is zijn recht {2}
B: De rest van de 38: 14 zijn al vertrokken of gaan vertrekken, 6 hebben een uitstel tot de zomer van 2025 gekregen {2}
A: En de overige? {2}
B: Daar komt in oktober een vooraankondiging last onder dwangsom {2}
~
A: Kermis: de bouwtekeningen en certificaten van de attracties moeten voor de opbouw binnen zijn {5}
C: Ik controleer ze op de Kaai {5}
A: Alle 23? {5}
C: Ja, elk jaar {5}
~
C: Kermis na het incident met de Booster: de monteur van het keuringsbureau is geweest {5}
A: Wat zei hij? {5}
C: Een lager van de arm was versleten, ondanks de keuring van juli {5}
A: Mag hij weer draaien? {5}
C: Niet deze kermis, pas na reparatie en herkeuring {5}
A: Zet het in het dossier {5}
D: Taart vandaag, ik ben jarig
B: Gefeliciteerd!
~
B: Vooraankondigingen last onder dwangsom Het Wold zijn verstuurd, 11 adressen {2}
A: Zienswijzen? {2}
B: 7 binnen, vooral over de woningnood, ze kunnen nergens heen {2}
C: Sommigen staan al jaren op de wachtlijst van de woningcorporatie {2}
A: Dat nemen we mee in de afweging, maar het blijft een recreatiewoning {2}
D: Kan de wethouder wonen niet helpen met urgentie? {2}
A: Ik vraag het {2}
~
D: Agrifeed: de luchtwasser is er nog niet, dwangsommen verbeurd vanaf 1 december {7}
A: Hoeveel? {7}
D: De RUD telt per avond met hinder, max 50.000 {7}
A: Gaan ze invorderen? {7}
D: Ja, de eerste 15.000 {7}
A: Weer een pakkie an {7}
B: Wie brengt de taart voor Lieke mee morgen?
C: Ik
~
A: Bezwaar van de meneer van Het Wold ongegrond verklaard {2}
B: Gaat hij naar de rechter? {2}
A: Weet ik niet, termijn loopt {2}
B: De bewoners van 27 en 33 zijn verhuisd naar een flat in Koedijkslanden {2}
A: Goed dat het zo kon {2}
C: PHOTO "CHALET TE KOOP RECREATIEF GEBRUIK" {2}
C: Dit hangt nu bij nummer 33 {2}
""",
    ),
    Chat(
        "Griffie raadsvragen",
        "bestuur",
        "2024-03-25 09:00",
        ["Saskia Mulder", "Jeroen Brink", "Ilse Boerema", "Femke Oosting"],
        """
A: Openstaande raadsvragen: 7, twee over de termijn
B: Welke?
A: Parkeergarage van de VVD en de bereikbaarheid van het KCC van de SP {1,10}
C: De garage ligt bij vastgoed, antwoord volgende week {1}
D: Het KCC ligt bij mij, ik wacht op de cijfers van februari {10}
A: De SP belt me elke dag {10}
D: Dan stuur ik vandaag een tussenbericht {10}
A: Graag
~
C: Antwoord garage: vraag 1 wanneer het probleem bekend was, sinds de inspectie van december 2023 {1}
C: Vraag 2 of er eerder signalen waren, ja, in 2019 scheuren, toen gerepareerd {1}
C: Vraag 3 over de kosten, nog niet bekend, scenario's volgen voor de zomer {1}
B: Vraag 2 is gevoelig, zet er de maatregelen van toen bij {1}
C: Doe ik {1}
D: Antwoord KCC: 64% binnen 2 minuten in januari, doel 80%, maatregelen inhuur en terugbellen {10}
A: Dank jullie
~
A: Nieuwe schriftelijke vragen van Gemeentebelangen over de studiereis {6}
B: Waarover? {6}
A: Wat het kost, wie er gaan en waarom Kopenhaagen {6}
B: Het is nog niet eens gebeurd {6}
A: Ze willen het vooraf weten {6}
D: Antwoord: programma en budget staan in het collegebesluit, verslag na afloop {6}
A: Schrijf je het? {6}
D: De bestuurssecretaris doet het {6}
B: De fractievoorzitters willen de vergaderingen in september op dinsdag, niet op donderdag
A: Ik zet het in de jaarplanning
~
A: Vragen van het CDA over de kinderboerderij {9}
D: Over de sluiting door de vogelgriep? {9}
A: Nee, over het voorstel om hem af te stoten {9}
B: Dat is nog geen voorstel, het is een idee in de begroting {9}
A: Dan moet het antwoord dat zeggen {9}
C: Welke afdeling? {9}
A: Groen en Sociaal samen {9}
~
A: Motie vreemd aan de orde van GroenLinks: 30 km op de Eendrachtsweg {4}
B: Na het ongeluk, snap ik {4}
C: Het college wil eerst de herinrichting afwachten {4}
A: Dan is het advies ontraden? {4}
C: Oordeel raad, zegt de wethouder {4}
~
A: Raadsinformatiebrief over het verslag van de reis naar Kopenhagen is binnen {6}
B: Hoeveel pagina's? {6}
A: 11 plus bijlagen met de declaraties {6}
B: Prima, zet hem op de lijst ingekomen stukken {6}
D: Vraag over de rondvraag: mag een raadslid iets vragen over De Kolk? {8}
A: Ja, maar het college zegt niets over personeelszaken van de stichting {8}
~
A: Hoorzitting bezwaarcommissie over Het Wold, 3 oktober, wie gaat er namens het college? {2}
C: Juridisch, Lieke {2}
A: Check {2}
B: Het reces begint 15 juli, wie doet de zomerpiket?
A: Ik
~
A: Vragen van de PvdA over het leerlingenvervoer, 8 vragen {3}
B: Dat is veel {3}
A: Over de te late busjes, de kinderen die niet zijn opgehaald en de boetes {3}
D: Welke afdeling? {3}
A: Jeugd en Onderwijs, Mirjam {3}
D: Termijn? {3}
A: 30 dagen, dus 14 oktober {3}
~
A: Vragen van Gemeentebelangen over de stank op Oevers {7}
C: Die gaan naar de RUD, wij coördineren {7}
A: Ze willen weten waarom het zo lang duurt {7}
C: Eerlijk antwoord: de vergunning was oud, het geuronderzoek duurde vier maanden {7}
B: En de kermis, daar waren ook vragen over van de ChristenUnie {5}
A: Over de veiligheid van de attracties {5}
C: Die zijn vrijdag verstuurd {5}
~
A: Iemand nog iets voor de agenda van het presidium?
B: De nieuwe tijden voor de commissies
A: Staat er al op
D: Dan niks
A: Fijne avond allemaal
""",
    ),
    Chat(
        "Team evenementen",
        "veiligheid",
        "2024-09-23 08:30",
        ["Nicole Veldman", "Rik Snijders", "Esther Lubbers", "Koen Vos"],
        """
A: Goedemorgen. Deze week: braderie zaterdag, voorbereiding kermis, aanvraag lichtjesoptocht
B: Braderie: 86 kramen, de brandweer wil 3,5 meter doorgang
C: Is er een ehbo-post?
B: Ja, bij de kerk
D: Kermis: de plattegrond is klaar, 23 attracties, de Booster staat voor het eerst op de Kaai {5}
A: Die grote? {5}
D: 45 meter hoog, hij komt uit België {5}
A: Certificaten binnen? {5}
D: Van allemaal behalve twee, de Booster en de spookhuisjes {5}
A: Voor donderdag binnen, anders niet opbouwen {5}
D: Heb ik ze gemaild {5}
C: Wie doet de schouw vrijdag?
A: Ik en de brandweer
~
D: Certificaten allemaal binnen, de Booster is gekeurd door het keuringsbureau in juli {5}
A: Goed {5}
B: De kermisexploitanten vragen of ze tot 24 uur mogen draaien op vrijdag {5}
A: Vergunning zegt 23 uur {5}
B: Ze zeggen dat het vorig jaar ook mocht {5}
A: Dat was een uitzondering vanwege de feestweek, nu niet {5}
B: Ik laat het weten {5}
C: Braderie liep goed, alleen een kraam zonder vergunning, weggestuurd
A: Mooi
~
D: Kermis staat, schouw gedaan, alles akkoord {5}
D: PHOTO "KERMIS MEPPEL 3 T/M 6 OKTOBER DE KAAI"
A: Strak
C: De buurtbewoners van de Kaai hebben een klacht over de aggregaten, die staan direct onder hun ramen
D: Ik laat ze verplaatsen
~
D: Melding: bij de Booster is een gondel blijven hangen, 8 mensen 40 minuten in de lucht {5}
A: Gewonden? {5}
D: Nee, alleen geschrokken, brandweer heeft ze met de hoogwerker eraf gehaald {5}
A: Attractie stil? {5}
D: Ja, door de exploitant zelf, en wij hebben het formeel bevestigd {5}
A: Goed. Meld het bij de burgemeester en communicatie {5}
C: AUDIO {5}
C: Sorry dat spraakbericht, het was te druk om te typen. Het keuringsbureau komt morgen {5}
A: Prima {5}
B: Ik heb het logboek van de attractie gevraagd {5}
~
D: Het keuringsbureau: versleten lager, onderhoud niet volgens schema {5}
A: Dus de exploitant heeft het onderhoud laten liggen? {5}
D: Daar lijkt het op {5}
A: Dan wil ik een gesprek met hem en de kermisbond {5}
B: De andere exploitanten zijn boos op hem, hun omzet zakte zaterdag {5}
A: Dat snap ik {5}
C: Gaan we hem volgend jaar nog toelaten? {5}
A: Dat beslissen we bij de inschrijving, met het keuringsrapport erbij {5}
~
A: Evaluatie kermis donderdag, met de politie, de brandweer en de kermisbond {5}
B: Ik neem de bezoekerscijfers mee: 41.000
C: En de klachten: 6 over geluid, 2 over de aggregaten, 1 over de Booster {5}
A: Over de Booster? {5}
C: Een moeder die wil weten waarom hij eerst werd goedgekeurd {5}
A: Die bel ik zelf {5}
~
A: Afspraken met de kermisexploitanten na de evaluatie {5}
A: Volgend jaar moeten alle onderhoudslogboeken bij de inschrijving, niet alleen de certificaten {5}
A: De Booster mag alleen terugkomen met een nieuw keuringsrapport en een onderhoudscontract {5}
B: En de eindtijd? {5}
A: Blijft 23 uur, zaterdag 24 uur {5}
D: Die zullen ze wel accepteren {5}
C: De kermisbond stuurt een brief aan al hun leden {5}
A: Mooi {5}
~
B: Aanvraag lichtjesoptocht: 14 wagens, route zoals vorig jaar
A: Prima
D: Volgend punt: de nieuwjaarsduik bij de Reest, gaat die door?
C: Ja, de reddingsbrigade doet mee
A: Iemand zin in friet? Ik haal
B: Ja!
~
A: Inschrijving kermis 2025 opent 1 februari, nieuwe voorwaarden in de brief {5}
D: Met het onderhoudslogboek erbij {5}
B: En de exploitant van de Booster? {5}
A: Die heeft zich al gemeld, met een nieuw keuringsrapport van een ander bureau {5}
C: Nieuw bureau? Verdacht {5}
A: Het is een erkend bureau, we beoordelen het gewoon {5}
~
B: Nieuwjaarsreceptie van de gemeente, 6 januari, wie staat er bij de deur?
C: Ik
D: Moeten we ook nog iets voor de vrijwilligers van de optocht?
A: Een bedankbrief en een bon
D: Top
B: Het lichtjesfeest ging goed, 6.000 bezoekers
A: Mooi
""",
    ),
    Chat(
        "Secretariaat college",
        "bestuur",
        "2024-05-21 09:15",
        ["Carolien Meijer", "Ingrid Lammers", "Hanneke Bos"],
        """
A: Ik ga de reis naar Kopenhagen boeken, met de trein via Hamburg? {6}
B: Ja, en het hotel dicht bij het stadhuis {6}
A: Er is een hotel van 189 per nacht en een van 240 {6}
C: De goedkoopste, anders krijgen we gedoe {6}
A: Helder {6}
B: Ook voor de burgemeester? {6}
C: Zeker ook voor haar {6}
~
A: Treinkaartjes geboekt, 4 personen, eerste klas heen en terug 2.120 euro {6}
B: Eerste klas? {6}
A: Dat is onze regeling voor reizen langer dan 4 uur {6}
C: Prima, maar schrijf het op in het overzicht {6}
A: Doe ik {6}
B: Wie doet het cadeau voor de gemeente Kopenhagen? {6}
A: Een boek over Meppel en de Drentse koek {6}
C: Haha {6}
~
B: Kun je de agenda van de burgemeester voor juni rondsturen?
A: Staat in Outlook
B: Ah top
A: Programma van de studiereis is rond {6}
A: Dag 1 aankomst en diner met de Nederlandse ambassade, dag 2 fietsinfrastructuur, dag 3 klimaatwijk Østerbro, dag 4 terug {6}
C: Wie betaalt het diner met de ambassade? {6}
A: De ambassade {6}
C: Mooi {6}
~
A: Vraag van de burgemeester: mag haar partner mee op eigen kosten? {6}
C: Op eigen kosten mag het, maar niet naar het programma {6}
B: En het hotel? {6}
A: Zelfde kamer, geen extra kosten {6}
C: Dan is het goed, maar zet het in het reisverslag {6}
~
C: Ik sta in Hamburg, trein heeft 50 minuten vertraging {6}
A: Haal je de aansluiting? {6}
C: Nee, de volgende is over 2 uur, we gaan eten {6}
B: Daar gaan de Deense koekjes {6}
A: Ik meld het aan het hotel {6}
~
C: Declaraties van de reis ingeleverd: taxi's 186, maaltijden 612, museum 64 {6}
A: Bonnetjes? {6}
C: Allemaal, op één na, een lunch in de trein {6}
A: Dan een verklaring erbij {6}
B: Totaal? {6}
A: 11.860 met de trein, hotel en de tolk {6}
B: De tolk? {6}
A: Voor de bewonersavond in Østerbro, Deens naar Engels {6}
~
B: Ik heb de verjaardagen van de raadsleden in de kalender gezet
A: Dank je
~
B: Het reisverslag is af, wil je de bijlage met de kosten maken? {6}
A: Treinen 2.120, hotel 5.292, programma en tolk 2.860, maaltijden en taxi's 798, cadeaus 130, reisverzekering 660 {6}
C: Dat komt uit op? {6}
A: 11.860 {6}
C: Klopt met de boekhouding {6}
~
B: De burgemeester gaat volgende maand naar de VNG in Den Haag, kun je de trein boeken?
A: Heen 7.12, terug 17.48?
B: Prima
A: En de lunch met de Commissaris van de Koning, in Assen of hier?
B: Hier, in de Reestkamer
A: Broodjes van de bakker?
B: Ja, en soep
~
A: De raadsleden vragen om de foto's van de reis voor het raadsjournaal {6}
C: Die van de fietsslang en de klimaatwijk, niet die van het diner {6}
A: Natuurlijk {6}
""",
    ),
    Chat(
        "PG Kromme Elleboog",
        "bedrijfsvoering",
        "2024-01-29 10:20",
        ["Arnold Schuiling", "Wendy Kuipers"],
        """
A: Wendy, heb je even? De inspectie van de garage is binnen {1}
B: En? {1}
A: Niet goed. Op het tweede dek zit het wapeningsstaal bloot, chloride tot diep in de vloer {1}
B: Dat is toch van de strooizout? {1}
A: Ja, twintig jaar auto's met zout eronder {1}
B: Is het gevaarlijk? {1}
A: De constructeur wil het bovenste dek per direct dicht {1}
B: Oef. Ik bel de teamleider {1}
~
A: Ze hebben proefboringen gedaan, het is erger dan gedacht {1}
B: Hoeveel erger? {1}
A: Ook de kolommen op de onderste laag, bij de afrit {1}
B: Dus alles dicht? {1}
A: Advies is alles dicht tot er gestempeld is {1}
B: Dat moet de burgemeester besluiten, het is openbare veiligheid {1}
A: Ik maak een notitie {1}
~
B: Burgemeester heeft getekend, morgen 8 uur dicht {1}
A: Wie zet de hekken? {1}
B: Buitendienst, om 6 uur {1}
A: En de auto's die er nog staan? {1}
B: Mogen tot vrijdag onder begeleiding naar buiten {1}
~
A: PHOTO "GEVAAR BETREDEN VERBODEN" {1}
A: Hekken staan {1}
B: Top {1}
A: Er stond nog een camper op het bovenste dek, eigenaar onbekend {1}
B: Kenteken laten natrekken {1}
~
A: Kostenraming herstel van het bureau: tussen 2,1 en 2,6 miljoen {1}
B: En sloop en nieuwbouw? {1}
A: 7 miljoen, en dan twee jaar geen garage {1}
B: Dan wordt het herstel {1}
A: Denk ik ook, maar het college kiest {1}
B: Ik ga even lunchen, loop je mee?
A: Kom eraan
""",
    ),
    Chat(
        "Rapport constructeur",
        "ruimte",
        "2024-02-12 14:00",
        ["Wendy Kuipers", "Ruben Harkema", "Arnold Schuiling"],
        """
A: Het definitieve rapport van Bouwadvies Noord is binnen {1}
B: Kun je de samenvatting sturen? {1}
A: Conclusie: gevolgklasse CC2, draagkracht niet gegarandeerd, geen gebruik tot herstel {1}
C: Herstel duurt hoe lang? {1}
A: 8 tot 10 maanden na de aanbesteding {1}
B: Zit er een garantie op van de vorige aannemer? {1}
A: Die van 2019 is verlopen, 5 jaar {1}
C: Dat moet juridisch nog eens bekijken {1}
~
B: Juridisch zegt: geen claim mogelijk, de aannemer heeft toen gedaan wat was gevraagd {1}
A: Jammer {1}
C: Dan de raad eerlijk vertellen dat we in 2019 te weinig hebben gedaan {1}
B: Dat zet ik in het raadsvoorstel {1}
A: AUDIO {1}
C: Goed punt van je spraakbericht, de abonnementen laten we door parkeren afhandelen {1}
~
A: Aanbesteding herstel: 4 inschrijvingen, laagste 2,28 miljoen {1}
B: Binnen de raming {1}
C: Start in januari? {1}
A: Ja, als de raad in december het krediet geeft {1}
""",
    ),
    Chat(
        "Abonnementen garage",
        "bedrijfsvoering",
        "2024-03-06 09:00",
        ["Tamara Groen", "Hamid Bakkali", "Yvonne de Graaf"],
        """
A: Hoeveel abonnementhouders had de Elleboog eigenlijk? {1}
B: 212, waarvan 46 eigen personeel {1}
A: Restitutie per maand dus? {1}
B: Ja, 65 euro per maand dat hij dicht is {1}
C: En ze kunnen gratis op P Noord met hun pasje {1}
A: Dan moeten de slagbomen daar aangepast {1}
B: Leverancier komt donderdag {1}
~
A: Al 40 mails van abbonementhouders, vooral over het terugbetalen {1}
C: Standaardbrief maken? {1}
A: Ja, en het KCC krijgt een Q&A, die worden ook gebeld {1,10}
B: Het KCC klaagt al dat ze het niet bij kunnen houden {10}
A: Daarom juist de Q&A {1,10}
~
A: Restituties betaald: 168 mensen, 33.600 euro tot nu toe {1}
B: De rest? {1}
A: Heeft opgezegd of geen IBAN doorgegeven {1}
C: Goed werk Tamara
A: Dank, mag ik nu op vakantie?
C: Haha ja
""",
    ),
    Chat(
        "Fietsenstalling station",
        "openbare_ruimte",
        "2024-04-08 11:00",
        ["Ilse Boerema", "Wouter Kamphuis"],
        """
A: De fietsenstalling bij het station staat weer vol met weesfietsen
B: Labelen en na vier weken weghalen?
A: Ja, zoals vorig jaar
B: De bewaakte stalling is dicht op zondag, klachten over
A: Die is van ProRail, niet van ons
B: Ik geef het door
~
A: Weesfietsen: 143 gelabeld
B: Opslag in de loods bij de werf?
A: Ja, en na drie maanden naar de kringloop
B: Er staat ook een bakfiets tussen, die is vast van iemand
A: Die houden we langer
""",
    ),
    Chat(
        "Het Wold",
        "ruimte",
        "2024-03-19 13:00",
        ["Anouk Zwiers", "Martijn Bakker"],
        """
A: Lijst Het Wold voor morgen: chalets 4, 11, 12, 27, 31, 33, 40, 58, 61, 77, 80, 102 {2}
B: Ik rij, haal je op om half 9 {2}
A: Neem de bodycam niet mee, is niet nodig {2}
B: Oké {2}
~
B: Nummer 31 deed niet open maar de auto stond er en er hing was buiten {2}
A: Noteren als aanwijzing, niet als bewijs {2}
B: Nummer 58 zegt dat hij er alleen in het weekend is {2}
A: Maar zijn kinderen gaan in Broekhuizen naar school {2}
B: Ja, dat zei de buurman {2}
A: Dat mogen we niet gebruiken, alleen wat we zelf zien of wat in de BRP staat {2}
~
A: Ik heb de verslagen uitgewerkt, 9 van de 12 wonen er {2}
B: En 80? {2}
A: Twijfelgeval, hij woont deels bij zijn dochter {2}
B: Dan nog een keer langs {2}
A: Over een maand {2}
~
B: Tweede ronde nummer 80: geen bewoning, de spullen zijn weg {2}
A: Dan valt hij af {2}
B: De eigenaar van het park reed de hele tijd achter ons aan in een golfkarretje {2}
A: Haha echt? {2}
B: Echt {2}
A: Gezellig {2}
~
A: Gesprek met mevrouw van 12, ze is 81 en woont er sinds 1996 {2}
B: Dan krijgt ze de gedoogbeschikking toch? {2}
A: Ja, als ze de oude papieren vindt. Ik help haar zoeken bij het archief {2}
B: Fijn dat je dat doet {2}
A: Ik heb trouwens morgen vrij, mijn zoon heeft zijn diploma-uitreiking
B: Gefeliciteerd!
""",
    ),
    Chat(
        "BRP adresonderzoek",
        "bedrijfsvoering",
        "2024-04-02 10:00",
        ["Nathalie Post", "Anouk Zwiers"],
        """
A: Je vroeg om de inschrijvingen op het adres van het recreatiepark {2}
B: Ja, alle chalets {2}
A: 38 adressen met inschrijvingen, 61 personen, waarvan 9 kinderen {2}
B: En sinds wanneer? {2}
A: Ik stuur een overzicht per adres met de datum van inschrijving, beveiligd {2}
B: Perfect {2}
~
A: Er staat iemand ingeschreven die in 2022 is overleden, dat gaan wij corrigeren {2}
B: Oei, goed dat het boven komt {2}
A: En drie mensen staan ingeschreven op een chalet dat niet meer bestaat {2}
B: Dat is nummer 19, afgebrand {2}
A: Dan start ik een adresonderzoek {2}
~
A: Adresonderzoek afgerond, de drie zijn uitgeschreven naar onbekend {2}
B: Dank je {2}
A: Trouwens, kun jij volgende week de balie doen op dinsdag? Er is een tekort
B: Helaas, dan ben ik op het park
""",
    ),
    Chat(
        "Toeristenbelasting campings",
        "bedrijfsvoering",
        "2024-05-13 09:30",
        ["Henk Brouwer", "Lotte Vermeer"],
        """
A: De aangiftes toeristenbelasting van de campings zijn binnen
B: Allemaal?
A: Op één na, de camping aan de Reest
B: Herinnering sturen
A: Gedaan
~
B: De chalets op vakantiepark De Vossenburcht vallen ook onder de toeristenbelasting toch?
A: Ja, per overnachting, 1,65
B: De eigenaar zegt dat ze allemaal verhuurd worden aan vaste gasten
A: Dan moet hij nog steeds aangifte doen voor de overnachtingen
B: Hij zegt dat hij het niet snapt
A: Ik bel hem
~
A: Opgelost, aangifte binnen
B: Mooi. Koffie?
A: Graag
""",
    ),
    Chat(
        "LLV Noordvervoer",
        "samenleving",
        "2024-08-26 07:05",
        ["Mirjam Eefting", "Tim Wessels", "Rachida Ouali"],
        """
A: Eerste schooldag met de nieuwe vervoerder. Al 4 telefoontjes van ouders {3}
B: Waarover? {3}
A: Busje niet gekomen, of een uur te laat {3}
C: Noordvervoer zegt dat de routes nog niet goed in het systeem stonden {3}
A: Ze hebben ons vorige week beloofd dat alles klaar was {3}
B: Ik bel hun planner {3}
~
B: Planner zegt: 11 routes kwamen te laat, 2 kinderen niet opgehaald {3}
A: 2 kinderen niet opgehaald?! {3}
B: Beide van De Twinkeling, ouders hebben ze zelf gebracht {3}
C: Dat moet in een incidentmelding {3}
B: Maak ik {3}
A: En die meneer van de autist die niet met een andere chauffeur wil {3}
C: Die krijgt een vaste chauffeur, heb ik afgesproken {3}
~
A: Vandaag 6 routes te laat, minder dan gisteren {3}
C: Gaat beter {3}
B: Maar wel weer een kind dat bij de verkeerde school is afgezet {3}
A: Welke? {3}
B: Een meisje dat naar de Vlinderhof moest en bij de Sterrenschool stond {3}
A: Dat is heel erg voor die ouders {3}
B: Ik bel ze, en Noordvervoer moet het uitleggen {3}
~
C: Overleg met Noordvervoer gehad {3}
C: Ze zetten er 3 extra busjes op tot de herfstvakantie, op eigen kosten {3}
C: En elke ochtend een planner bereikbaar vanaf 6.30 {3}
A: En een boete? {3}
C: Het contract heeft een malus per te late rit, 25 euro {3}
A: Dat is niks {3}
C: Het telt op, in de eerste week al 1.900 euro {3}
~
A: Stand na zes weken: 4% te laat, afspraak was 2% {3}
B: Nog steeds niet goed {3}
C: De wethouder wil een ingebrekestelling als het in november niet beter is {3}
A: Terecht {3}
B: Mag ik trouwens vrijdag thuiswerken? Mijn auto is naar de garage
A: Prima
""",
    ),
    Chat(
        "Klachten ouders vervoer",
        "samenleving",
        "2024-09-02 08:00",
        ["Rachida Ouali", "Ellen Smit"],
        """
A: Ellen, jij doet de klachtafhandeling toch? Er ligt een stapel over het vervoer {3}
B: Hoeveel? {3}
A: 27 schriftelijk, en het KCC heeft er ook veel aan de telefoon {3,10}
B: Ik hoor van het KCC dat ouders soms 20 minuten wachten voor ze iemand krijgen {3,10}
A: Dat maakt ze nog bozer {3,10}
B: Kunnen we de ouders een direct nummer geven voor het vervoer? {3,10}
A: Goed idee, van Noordvervoer zelf {3}
~
B: Klachten ingedeeld: 15 te laat, 6 niet opgehaald of verkeerd afgezet, 4 over het gedrag van een chauffeur, 2 over het busje zelf {3}
A: Gedrag? {3}
B: Een chauffeur die rookt in de bus en een die onvriendelijk is {3}
A: Die moet Noordvervoer aanpakken {3}
B: Staat in de mail {3}
~
A: Een moeder wil een gesprek met de wethouder {3}
B: Over? {3}
A: Haar zoon zit elke dag 75 minuten in de bus, de regel is maximaal 60 {3}
B: Dan moet de route anders {3}
A: Ik regel het {3}
B: Wanneer is eigenlijk je verlof?
A: Vanaf volgende week, twee weken Kreta
""",
    ),
    Chat(
        "Team Jeugd en Onderwijs",
        "samenleving",
        "2024-09-16 08:45",
        ["Karin Zuidema", "Mirjam Eefting", "Bram Otten", "Sanne Hofstra"],
        """
A: Goedemorgen. Vandaag: huisvesting onderwijs, de lokale educatieve agenda, en de vervoersellende {3}
B: Die ellende wordt minder, deze week 5% te laat {3}
C: De scholen klagen nog steeds, vooral de Vlinderhof {3}
B: Die hebben de meeste kinderen in de busjes, 38 {3}
A: Ik heb morgen overleg met de directeur, zal ik het meenemen? {3}
B: Graag {3}
D: Huisvesting: de noodlokalen bij de Sterrenschool moeten weg voor 2026
A: Budget?
D: Staat in het IHP
~
C: Kinderen worden nu opgehaald om 7.05, school begint om 8.30 {3}
B: Dat is bij één route, die wordt gesplitst {3}
A: Vervoerder heeft nog steeds te weinig chauffeurs {3}
B: Ze werven in Duitsland {3}
C: Serieus? {3}
B: Ja, de hele branche heeft tekort {3}
D: Wie neemt de LEA-vergadering van vrijdag?
A: Ik
~
A: Brief aan de ouders over het leerling vervoer is klaar, graag lezen {3}
B: In de derde alinea 'wij betreuren', niet 'wij begrijpen' {3}
A: Aangepast {3}
C: En het telefoonnummer voor klachten erin {3}
A: Staat erin {3}
D: Het jaarverslag van de leerplicht is ook klaar
A: Mooi, ik lees het vanavond
~
D: Taart voor Bram, hij is 25 jaar in dienst!
A: Gefeliciteerd Bram!
C: Dank jullie
""",
    ),
    Chat(
        "Eendrachtsweg",
        "openbare_ruimte",
        "2024-09-10 12:30",
        ["Priya Ramdin", "Joost Hermans", "Ilse Boerema"],
        """
A: Ik heb de ongevallencijfers van de kruising opgezocht {4}
B: En? {4}
A: 7 ongevallen in 5 jaar met fietsers, 3 met letsel {4}
C: Dus dit was niet de eerste keer {4}
A: Nee, twee keer eerder een rechtsafslaande vrachtwagen {4}
B: Dat moet in de notitie, eerlijk {4}
~
A: Ontheffingen voor het vrachtverkeer: 6 bedrijven op Oevers rijden daar, allemaal gebeld {4}
B: Meewerkend? {4}
A: 5 ja, 1 wil eerst een brief {4}
C: Welk bedrijf? {4}
A: Een transporteur, ze zijn bang voor extra kilometers {4}
B: Brief sturen {4}
~
A: PHOTO "SCHOOLROUTE VRACHTVERKEER NIET RECHTSAF 7.30-8.30" {4}
A: Tijdelijk bord is geplaatst {4}
C: Wordt het nageleefd? {4}
A: Vanochtend geteld: 1 vrachtwagen rechtsaf, de rest reed rechtdoor {4}
B: Goed {4}
~
C: Ontwerp herinrichting met de school besproken {4}
C: Ze willen een fietsoversteek met eigen groen licht {4}
B: Dat kan met de nieuwe VRI {4}
A: En de vrachtwagens? {4}
C: Een opstelvak verder naar achteren, zodat ze de fietsers zien {4}
B: Prima, zet het in het ontwerp {4}
~
A: Kan iemand mijn planten water geven, ik ben een week weg
C: Doe ik
""",
    ),
    Chat(
        "Verkeersouders Stad en Esch",
        "openbare_ruimte",
        "2024-09-17 15:00",
        ["Priya Ramdin", "Marloes Hoving"],
        """
B: Hallo Priya, ik ben van de ouderraad van Stad & Esch. Ouders zijn erg geschrokken na het ongeluk {4}
A: Dat begrijp ik, het is verschrikkelijk {4}
B: Wij willen verkeersouders bij de oversteek, 's ochtends {4}
A: Goed plan, wij regelen hesjes en een training met de politie {4}
B: Hoeveel ouders heb je nodig? {4}
A: Twee per ochtend, liefst een rooster {4}
~
B: We hebben 16 aanmeldingen! {4}
A: Super, de training is dinsdag om 19 uur op school {4}
B: Komt de wijkagent? {4}
A: Ja {4}
~
B: Het gaat goed met de oversteek, alleen de auto's rijden nog hard {4}
A: We zetten volgende week een snelheidsdisplay neer {4}
B: Dank je wel {4}
B: Trouwens, de kerstmarkt van de school is 13 december, kom je ook?
A: Misschien, leuk
""",
    ),
    Chat(
        "Kermis 2024",
        "veiligheid",
        "2024-10-02 10:00",
        ["Koen Vos", "Nicole Veldman"],
        """
A: Ik sta op de Kaai, de Booster is nog niet klaar met opbouwen {5}
B: Morgen is de opening, lukt dat? {5}
A: Ze zeggen van wel, vannacht doorwerken {5}
B: Dan schouw om 12 uur in plaats van 10 {5}
~
A: Alles staat, alles geschouwd, alleen een nooduitgang bij de botsauto's was geblokkeerd {5}
B: Opgelost? {5}
A: Ja, ter plekke {5}
~
A: Ik ben er, de gondel hangt nog, brandweer is bezig {5}
B: Hoeveel mensen? {5}
A: 8, ook twee kinderen {5}
B: Ouders erbij? {5}
A: Ja, beneden {5}
A: PHOTO "ATTRACTIE BUITEN GEBRUIK" {5}
A: Iedereen is eraf, niemand gewond {5}
B: Gelukkig {5}
~
A: De exploitant wil vanavond weer draaien, hij zegt dat het een sensor was {5}
B: Nee, eerst het keuringsbureau {5}
A: Hij is boos {5}
B: Dat mag, hij blijft dicht {5}
A: AUDIO {5}
B: Ik hoor het, laat hem maar mij bellen {5}
~
A: Opruimen kermis klaar, de Kaai is schoon
B: Top, dank voor alles Koen
""",
    ),
    Chat(
        "Overleg kermisbond",
        "veiligheid",
        "2024-10-15 13:30",
        ["Nicole Veldman", "Herman Strijker", "Koen Vos"],
        """
B: Namens de kermisbond: we willen niet dat één exploitant de kermis in Meppel verpest {5}
A: Daar zijn we het over eens {5}
B: Wij stellen voor dat alle leden hun onderhoudsboek laten zien bij de inschrijving {5}
A: Dat wilden wij ook voorstellen {5}
C: Ook van de kleine attracties? {5}
B: Van alle attracties die draaien {5}
~
A: Wat gebeurt er met de Booster? {5}
B: Die exploitant is geen lid van de bond {5}
A: Dan regelen wij het via de vergunning {5}
B: Prima {5}
C: De plaatsen voor volgend jaar worden in maart verloot {5}
A: Dan sturen we in januari de nieuwe voorwaarden {5}
~
B: Nog een verzoek: kan de kermis volgend jaar weer op de Markt in plaats van de Kaai? {5}
A: Dat hangt af van de werkzaamheden, ik kan niks beloven {5}
B: Helder {5}
""",
    ),
    Chat(
        "Braderie en koopzondag",
        "bestuur",
        "2024-06-03 10:30",
        ["Rik Snijders", "Anja van Dam"],
        """
A: De ondernemersvereniging wil vier koopzondagen in december
B: Dat zijn er twee meer dan vorig jaar
A: Ze zeggen dat de binnenstad het nodig heeft
B: Zet het op de lijst voor de wethouder
~
A: Braderie: ze willen een draaimolen voor de kinderen op de Markt
B: Keuringscertificaat?
A: Komt, zeggen ze
B: Pas zien dan geloven
A: Haha
~
A: Draaimolen: certificaat binnen, in orde
B: Mooi, vergunning mag de deur uit
""",
    ),
    Chat(
        "Reis KBH",
        "bestuur",
        "2024-09-16 06:50",
        ["Thijs Pieters", "Hanneke Bos", "Ingrid Lammers", "Carolien Meijer"],
        """
A: Goedemorgen reizigers, trein om 7.12 vanaf Meppel, perron 2 {6}
B: Ik sta er al {6}
C: Ik kom met de fiets, tot zo {6}
~
D: Welkom in Denemarken! Het hotel weet dat jullie later komen {6}
A: Top, dank Carolien {6}
B: De trein in Hamburg was een drama {6}
~
A: Dag 2: de fietsbruggen zijn echt indrukwekkend, 40.000 fietsers per dag op één brug {6}
C: En alles met een eigen groen licht {6}
B: Dat wil ik ook bij de Eendrachtsweg {4,6}
A: Daar gaan we het over hebben {4,6}
A: PHOTO "CYKELSLANGEN" {6}
C: Foto van de fietsslang, voor de presentatie {6}
~
B: Dag 3: de klimaatwijk, straten als waterberging, het regende natuurlijk {6}
C: Ze zeiden dat het 20% duurder is dan gewoon herinrichten {6}
A: Maar dan hoef je geen rioolverbreding {6}
B: Precies, neem ik mee naar de omgevingsvisie {6}
~
D: Hoe was de terugreis? {6}
A: Op tijd! Alleen de burgemeester was haar jas kwijt {6}
B: Ligt in Hamburg, wordt opgestuurd {6}
C: Verslag schrijf ik deze week {6}
""",
    ),
    Chat(
        "Declaraties",
        "bedrijfsvoering",
        "2024-09-30 10:00",
        ["Marco Lenstra", "Carolien Meijer"],
        """
A: Carolien, de declaraties van de reis naar Denemarken: er mist een bon {6}
B: Die lunch in de trein, daar zit een verklaring bij {6}
A: Gezien, prima {6}
A: En de tolk, staat die op de inkooporder? {6}
B: Nee, die is later geregeld {6}
A: Dan moet ik een losse factuur boeken, kan {6}
~
A: Alles geboekt op kostenplaats bestuursondersteuning, 11.860 in totaal {6}
B: Dank je {6}
A: Andere vraag: de declaratie van de wethouder voor de VNG-jaarcongres mist ook nog
B: Ik vraag het hem
~
A: VNG-declaratie binnen
B: Top
""",
    ),
    Chat(
        "Teamuitje",
        "bedrijfsvoering",
        "2024-06-10 12:00",
        ["Yvonne de Graaf", "Bas Scholten", "Hamid Bakkali"],
        """
A: Teamuitje: Giethoorn met de fluisterboot of de escape room in Zwolle?
B: Giethoorn!
C: Escape room, Giethoorn is voor toeristen
A: Stemmen in de poll
~
A: Giethoorn wint, 14 september, 12 mensen
B: Kosten?
A: 38 per persoon, uit het teambudget
C: Is er ook eten?
A: Pannenkoeken na afloop
C: Oké dan ga ik mee
~
A: Het regende maar het was heel gezellig
B: Foto's in de teamsite gezet
""",
    ),
    Chat(
        "Geur Oevers",
        "ruimte",
        "2024-05-06 19:40",
        ["Lieke Dijkstra", "Gerrit Hulshof"],
        """
A: Ik sta bij de Oeverstraat, het ruikt hier echt niet normaal {7}
B: Dezelfde lucht? {7}
A: Vismeel en iets verbrands, tot in Haveltermade {7}
B: Bel de piket van de RUD, die moet het zelf ruiken {7}
A: Gedaan, ze komen over een half uur {7}
~
A: De RUD heeft het geroken en vastgelegd, 'duidelijk waarneembaar' {7}
B: Dat is nieuw {7}
A: Bewoners staan met zijn tienen bij het hek van Agri Feed {7}
B: Niet zelf het gesprek aangaan, doorverwijzen naar de avond van volgende week {7}
A: Welke avond? {7}
B: De RUD en wij houden een bewonersavond in het buurthuis, 15 mei {7}
~
A: Bewonersavond: 80 mensen, veel boosheid {7}
B: Toezeggingen? {7}
A: Geurmetingen met een panel, een maandelijkse update, en een meldnummer dat 's avonds bereikbaar is {7}
B: Dat laatste moet de RUD regelen {7}
A: Ze hebben het toegezegd {7}
A: Een bewoner zei dat ze al twee jaar niet buiten kunnen zitten {7}
B: Dat geloof ik meteen {7}
~
A: Vandaag weer stank, maar minder, de nieuwe schoorsteen is geplaatst {7}
B: Dat was een maatregel van henzelf? {7}
A: Ja, vooruitlopend op de last onder dwangsom {7}
B: Goed, dan zien we het effect in het panel {7}
A: Ik ga nu naar huis, het is mooi geweest vandaag
B: Fijne avond
""",
    ),
    Chat(
        "RUD overleg",
        "ruimte",
        "2024-06-04 10:00",
        ["Gerrit Hulshof", "Jelmer Visscher", "Lieke Dijkstra"],
        """
B: Stand van zaken meldingen Agrifeed: 214 sinds januari, 97 in mei {7}
A: Dat is na de avond, mensen weten het meldpunt te vinden {7}
B: Klopt, en het zijn niet alleen klagers uit één straat, het is breed {7}
C: Hoe ver? {7}
B: Tot de Koedijkslanden bij westenwind {7}
~
B: Het bedrijf heeft een geuronderzoek laten doen, ze komen op 1,8 ouE per kubieke meter bij de woningen {7}
A: Norm? {7}
B: 1,5 voor deze categorie, dus erboven {7}
C: Dus overtreding van de vergunning {7}
B: Ja, dat is de basis voor handhaving {7}
~
B: Last onder dwangsom getekend door de burgemeester, begunstigingstermijn 3 maanden {7}
A: Wat moeten ze doen? {7}
B: Een luchtwasser op de droger van de vislijn {7}
C: Gaan ze in bezwaar? {7}
B: Ze zeggen van niet, de wasser is al besteld {7}
~
A: Trouwens, de RUD gaat verhuizen naar Assen, wist je dat?
B: Ja, in januari
""",
    ),
    Chat(
        "Overlast barbecue",
        "veiligheid",
        "2024-07-15 21:00",
        ["Jelle Veen", "Kim Dekker"],
        """
A: Melding van stankoverlast en rook in de Mr. Nijsinghlaan
B: Brand?
A: Nee, een buurman met een barbecue in een oude olieton
B: Haha. Gaan de boa's?
A: Ja, een praatje
~
A: Opgelost, hij stopt ermee, hij had het vuur gestookt met pallets
B: Mooi, melding afsluiten
""",
    ),
    Chat(
        "De Kolk",
        "samenleving",
        "2024-06-12 17:45",
        ["Hanneke Bos", "Floor Wiersma"],
        """
A: Floor, ik heb net de voorzitter van de RvT van De Kolk gesproken {8}
B: En? {8}
A: Ze gaan de directeur vragen te vertrekken, ze willen weten of wij dat steunen {8}
B: Wij zijn subsidiegever, geen werkgever, dat moeten we scherp houden {8}
A: Precies, ik heb gezegd dat het hun besluit is {8}
B: Maar de voorstellingen van het najaar moeten doorgaan, dat staat in de subsidievoorwaarden {8}
A: Dat heb ik ook gezegd {8}
~
B: Ze vragen of er uit de reserve een vertrekregeling betaald mag worden {8}
A: Hoeveel reserve hebben ze? {8}
B: 340.000, opgebouwd uit subsidie en kaartverkoop {8}
A: Mag het? {8}
B: Volgens de beschikking mag de reserve voor bedrijfsvoering, dus ja, maar het is gevoelig {8}
A: Laat juridisch er naar kijken {8}
~
B: Juridisch: het mag, maar het moet in de verantwoording apart staan {8}
A: Goed, zo terugkoppelen aan de RvT {8}
B: Ze hebben het over een regeling van een jaarsalaris {8}
A: Dat is hun verantwoordelijkheid, ik wil er niets over weten behalve dat het netjes gaat {8}
~
B: De directeur is vandaag vertrokken, interim-directeur begint maandag {8}
A: Wie is het? {8}
B: Iemand die eerder in Hoogeveen het theater deed, voor een jaar {8}
A: Goed, ik wil een kennismaking {8}
B: Zet ik in je agenda {8}
A: Dank. Heb je trouwens het boek van de biebweek al gelezen?
B: Nog niet, ligt naast mijn bed
~
B: De RvT heeft de vacature voor een nieuwe directeur geplaatst, reageren kan tot 1 december {8}
A: Zitten wij in de benoemingscommissie? {8}
B: Nee, alleen een gesprek met de kandidaat over de subsidieafspraken {8}
A: Goed zo {8}
B: De interim zegt dat de sfeer bij de medewerkers al veel beter is {8}
A: Fijn om te horen {8}
A: AUDIO {8}
B: Ik zet het gesprek met de kandidaat in januari in je agenda {8}
""",
    ),
    Chat(
        "Subsidies cultuur 2025",
        "samenleving",
        "2024-09-09 11:00",
        ["Floor Wiersma", "Dennis Kok", "Hanneke Bos"],
        """
A: De aanvragen voor 2025 zijn binnen: muziekschool, bibliotheek, De Kolk, museum, 12 verenigingen
B: Plafond?
A: 2,1 miljoen, aanvragen 2,3
C: Dan moeten we kiezen
A: De Kolk vraagt 40.000 extra voor de interim-directie {8}
C: Dat is een gevolg van hun eigen keuzes {8}
B: Wel een gevolg van het vertrek, zonder directeur geen programmering {8}
C: Eenmalig dan, maximaal de helft {8}
A: Ik reken het door {8}
~
A: Advies: De Kolk 20.000 eenmalig, voorwaarde een nieuwe directeur voor 1 juli {8}
C: Akkoord {8}
B: De muziekschool wil een indexatie van 4%
A: Net als iedereen
C: 2,5% voor iedereen, zoals de begroting
~
A: Beschikkingen gaan vrijdag de deur uit
B: Ook die van de fanfare? Die was te laat
A: Ja, met een waarschuwing
""",
    ),
    Chat(
        "Muziekschool",
        "samenleving",
        "2024-04-22 14:30",
        ["Dennis Kok", "Marja Haan"],
        """
B: De directeur van de muziekschool gaat met pensioen in de zomer
A: Oh, na hoeveel jaar?
B: 32 jaar! Er komt een afscheidsconcert in de schouwburg
A: Wij moeten iets doen, een bos bloemen van de wethouder
B: Ik zorg ervoor
~
B: Afscheidsconcert is 28 juni, de wethouder houdt een toespraak
A: Wie schrijft hem?
B: Ik maak een opzetje
A: Top
""",
    ),
    Chat(
        "Dierenweide",
        "openbare_ruimte",
        "2024-11-06 08:00",
        ["Jannie Kuipers", "Sjoerd Lassche", "Wim Hoekstra"],
        """
A: Vogelgriep in Nijeveen bij een pluimveebedrijf, ophokplicht in heel Drenthe vanaf vandaag {9}
B: Dus de kippen en de eenden naar binnen {9}
A: En de pauwen {9}
C: Waar laten we de pauwen? De stal is te klein {9}
B: De oude schuur achter, met gaas {9}
A: Goed {9}
~
B: Alle vogels binnen, de stal stinkt al {9}
C: Bezoekers mogen nog wel? {9}
A: Volgens de NVWA wel, maar niet bij de vogels {9}
B: Zet een bord bij de ingang {9}
C: PHOTO "VOGELGRIEP KINDERBOERDERIJ GESLOTEN" {9}
A: Is dat niet te veel? Alleen de vogels zijn dicht {9}
C: Wethouder wil alles dicht, zekerheid voor alles {9}
A: Oké dan {9}
~
A: Een dode eend in de vijver in het park {9}
B: Niet aanraken, bellen met de NVWA {9}
A: Ze komen hem ophalen voor een test {9}
~
A: Test negatief {9}
B: Pfff {9}
C: Ophokplicht blijft wel tot het voorjaar {9}
A: En de kinderboerderij? {9}
C: Weer open voor bezoekers vanaf zaterdag, vogels blijven binnen {9}
~
B: Heb je het gehoord, ze willen de boerderij wegbezuinigen {9}
A: Wat? {9}
B: Staat in de begroting, 85.000 {9}
C: En wij dan? {9}
B: Jullie gaan naar de buitendienst, zegt de teamleider, niemand wordt ontslagen {9}
A: Maar de dieren {9}
B: Er wordt gepraat met een stichting {9}
~
A: De kinderen van de Sterrenschool hebben tekeningen gemaakt, 'red onze kinderboerderij' {9}
C: Hang ze op in de stal {9}
B: De geit is trouwens weer ontsnapt
A: Welke?
B: Dikke Bertha natuurlijk
""",
    ),
    Chat(
        "Vrienden van de kinderboerderij",
        "samenleving",
        "2024-11-20 19:30",
        ["Hanneke Bos", "Gea Timmerman"],
        """
B: Goedenavond wethouder, namens de Vrienden van de Kinderboerderij: wij hebben 4.300 handtekeningen {9}
A: Dank u, ik heb het gezien {9}
B: Wij willen de boerderij overnemen, met vrijwilligers {9}
A: Daar sta ik voor open, maar dan moet er een plan liggen {9}
B: Dat hebben wij, met sponsors {9}
A: Stuurt u het op, dan praten we in december verder {9}
~
B: Het plan is verstuurd, met een begroting {9}
A: Ontvangen, ik laat het doorrekenen {9}
B: Wij vragen 30.000 per jaar van de gemeente, de rest betalen wij {9}
A: Dat is een stuk minder dan nu, dat klinkt interessant {9}
~
A: Het college kiest voor uw plan, onder voorwaarden. De brief komt morgen {9}
B: Geweldig! {9}
A: De ophokplicht blijft wel van de NVWA, dus de vogels nog even binnen {9}
B: Natuurlijk {9}
""",
    ),
    Chat(
        "Zwerfkatten",
        "openbare_ruimte",
        "2024-08-05 10:15",
        ["Sjoerd Lassche", "Inge Mol"],
        """
B: Er zitten weer zwerfkatten bij de volkstuinen
A: De dierenambulance vangen ze in, laten ze castreren en zet ze terug
B: Is dat niet zonde?
A: Zo werkt het beleid
~
B: 6 katten gevangen, 4 gecastreerd, 2 waren gechipt
A: Die gaan terug naar de eigenaar
B: Fijn
""",
    ),
    Chat(
        "KCC teamleiders",
        "bedrijfsvoering",
        "2024-01-08 08:00",
        ["Bas Scholten", "Monique Veenstra", "Jorn Alberts"],
        """
A: Gelukkig nieuwjaar! Eerste week en meteen storm aan de telefoon {10}
B: De aanslagen gemeentelijke belastingen vallen op de mat, 900 telefoontjes gisteren {10}
C: Wachtrij stond om 10 uur op 43 {10}
A: Hoeveel mensen aan de lijn? {10}
B: 6, twee ziek {10}
A: Kan backoffice belastingen meedraaien? {10}
C: Ik vraag het {10}
~
C: Backoffice draait van 9 tot 12 mee, 3 mensen {10}
A: Mooi {10}
B: Gemiddelde wachttijd gisteren 14 minuten, 31% heeft opgehangen {10}
A: Pijnlijk {10}
B: En de mail loopt vol met 'ik kom er niet door' {10}
A: Ik ga naar het MT met een plan {10}
~
A: MT akkoord met twee inhuurkrachten en een terugbelfunctie {10}
C: Hoe snel? {10}
A: Inhuur per 1 maart, terugbellen zodra de leverancier het heeft ingesteld {10}
B: Tot maart nog even volhouden dus {10}
A: Ja, sorry {10}
B: Taart helpt
A: Haha ik regel taart
~
C: Terugbelfunctie staat aan! {10}
B: Eerste dag 140 terugbelverzoeken, allemaal binnen 2 uur teruggebeld {10}
A: Top {10}
C: Wel klachten van collega's die de wachtmuziek zat zijn
A: Die is ook verschrikkelijk
B: Kan het niet iets van Normaal?
A: Haha nee
~
B: Cijfers maart: 84% binnen 2 minuten {10}
A: Boven de norm! {10}
C: En de Ombudsman-klacht? {10}
A: Afgehandeld, de man heeft onze excuses aanvaard {10}
~
B: Vandaag veel telefoontjes over de parkeergarage, abonnementhouders {1,10}
C: Hebben we de Q&A? {1}
B: Ja, maar ze willen weten wanneer ze hun geld krijgen {1}
A: Doorverbinden met parkeren, Tamara {1}
~
B: Vandaag lange rijen over het leerlingenvervoer, ouders zijn woest {3,10}
A: Wat zeggen ze? {3}
B: Dat het busje niet komt en dat Noordvervoer niet opneemt {3}
C: Dus bellen ze ons {3,10}
A: Geef ze het noodnummer van de planner {3}
B: Doen we, maar de wachttijd loopt op, 9 minuten gemiddeld vandaag {10}
~
A: Inhuur stopt eind oktober, de nieuwe collega's beginnen 1 november {10}
B: En dan een inwerkperiode van een maand {10}
C: Dus december wordt zwaar {10}
A: Ik vraag of de inhuur nog een maand kan {10}
B: Ik neem trouwens vanaf 20 december vrij
A: Prima, staat genoteerd
~
B: Nieuwe collega's zijn begonnen, ze lopen mee met de ervaren mensen {10}
A: Hoe gaat het aan de lijn? {10}
B: Wachttijd iets omhoog, 2,5 minuut, maar het went {10}
C: Het nieuwe wachtrijbericht werkt goed, mensen horen hoe lang ze moeten wachten {10}
A: Dat scheelt ophangers {10}
C: 14% ophangers, was 31 in januari {10}
~
A: Kerstrooster: 24 en 31 december tot 14 uur open {10}
B: Bericht op de website? {10}
A: Ja, en in het keuzemenu {10}
C: Wie werkt tussen kerst en oud en nieuw?
B: Ik en de twee nieuwe
A: Dank jullie, echt
~
B: De klantentevredenheid telefonie van het panel: een 6,4 {10}
A: Vorig jaar 5,8 {10}
C: Nog geen feest, maar beter {10}
A: Het komt vooral door het terugbellen zeggen ze {10}
B: En de klachten gaan nu vaker over de antwoorden dan over het wachten {10}
A: Dat is een ander soort probleem {10}
C: Wie bestelt de oliebollen voor de laatste dag?
B: Ik, van de kraam bij de Hema
""",
    ),
    Chat(
        "Nieuwe telefooncentrale",
        "bedrijfsvoering",
        "2024-05-27 13:00",
        ["Jorn Alberts", "Pieter Nijboer"],
        """
A: De telefooncentrale viel vanmiddag 45 minuten uit {10}
B: Wat was er? {10}
A: De provider heeft een update gedaan zonder te melden {10}
B: Dan wil ik een incidentrapport {10}
A: Heb ik gevraagd {10}
~
B: Incidentrapport binnen, een configuratiefout in het keuzemenu {10}
A: Hoeveel bellers gemist? {10}
B: Volgens de logs 212 {10}
A: Ik vraag een creditering, het contract heeft een SLA van 99,9% {10}
~
A: Aanbesteding nieuwe telefonie loopt, in het programma van eisen staat nu ook een wachtrijbericht met de wachttijd {10}
B: Goed, dat vragen inwoners steeds {10}
A: En een koppeling met het zaaksysteem {10}
B: Oké. Kun je mijn headset even checken, ik hoor alleen ruis
A: Kom eraan
""",
    ),
    Chat(
        "Servicedesk ICT",
        "bedrijfsvoering",
        "2024-02-19 09:00",
        ["Pieter Nijboer", "Sabine Koster"],
        """
B: Mijn telefoon op de laptop doet het niet, Teams zegt geen audio
A: Heb je de nieuwe drivers?
B: Geen idee
A: Ik neem het over op afstand
~
A: Gelukt, er stond een verkeerde headset als standaard
B: Dank je!
A: En je wachtwoord verloopt morgen
B: Haha oké
""",
    ),
    Chat(
        "Bereikbaarheid binnenstad",
        "openbare_ruimte",
        "2024-04-15 08:20",
        ["Wouter Kamphuis", "Anja van Dam"],
        """
A: De ondernemers klagen over de bereikbaarheid van de binnenstad tijdens de werkzaamheden aan de Hoofdstraat
B: Wat willen ze?
A: Een pendelbusje vanaf P Noord
B: Kost geld
A: De ondernemersvereniging wil de helft betalen
B: Dan kan het misschien
~
A: Pendelbus rijdt vanaf zaterdag, elke 15 minuten
B: Goed, zet het op de website
A: Ook de omleiding is nu beter bewegwijzerd
""",
    ),
    Chat(
        "Wijkploeg centrum",
        "openbare_ruimte",
        "2024-03-11 06:45",
        ["Harry Bosman", "Dirk Jonker", "Sjoerd Lassche", "Fenna Bloem"],
        """
A: Morgen mannen en Fenna. Vandaag: hekken bij de garage nalopen, prullenbakken Markt, snoeien Wilhelminapark {1}
B: Staan die hekken er nog steeds? {1}
A: Ja, en iemand heeft er een gat in geknipt {1}
C: Wie doet dat nou {1}
A: Jongeren, er lagen blikjes op het bovenste dek {1}
D: Ik zet er een extra hek voor {1}
A: En een slot {1}
~
B: Strooiwagens gaan terug in de loods, winter is voorbij
A: Niet te snel, vorig jaar sneeuwde het in april
B: Haha
D: Er ligt weer een bank in de Reest
A: Ophalen met de kraan
~
A: Klus voor vandaag: de verkeerslichten op de Eendrachtsweg moeten stroom hebben, de aggregaat is leeg {4}
D: Ik ga erheen {4}
B: Waarom geen aansluiting op het net? {4}
A: Duurt 6 weken bij Enexis {4}
D: Aggregaat vol, lichten werken weer {4}
A: Top {4}
~
C: De kinderboerderij wil een extra gaas voor de oude schuur, voor de pauwen {9}
A: Hoeveel meter? {9}
C: 30 meter, ik heb het liggen {9}
A: Doen {9}
C: Ook het hek bij de ingang moet dicht, op last van de wethouder {9}
A: Met een ketting? {9}
C: Ja, en een bord {9}
~
D: Wie heeft de bladblazer gezien?
B: Staat in de bus van Harry
A: Dat klopt
~
A: Kermis: wij moeten na de opbouw de Kaai vegen en de putten controleren
D: En de kabels over de weg afdekken
A: Doen we dinsdag
B: Na de kermis ook weer een dag vegen
A: Zo is het
""",
    ),
    Chat(
        "Financiën tussenrapportage",
        "bedrijfsvoering",
        "2024-09-02 09:30",
        ["Marco Lenstra", "Astrid Vos", "Ruben Harkema"],
        """
A: Berap: ik mis nog de bijdragen van vastgoed en bestuur
B: Bestuur komt vandaag
C: Vastgoed: de garage, de restitutie van de abonnementen en de stempels, 148.000 dit jaar {1}
A: En de inkomsten die we mislopen? {1}
C: Parkeeropbrengsten 260.000 lager {1}
A: Dat wordt een flinke post {1}
C: Het herstel zelf komt in het investeringsplan, 2,28 miljoen {1}
~
B: Bestuur: de reis naar Kopenhagen 11.860, binnen het budget representatie {6}
A: Hoeft dus niet apart {6}
B: Nee, alleen voor de transparantie in de bijlage {6}
B: En de extra inhuur van het KCC, 62.000 {10}
A: Dat is van dienstverlening {10}
B: Ze vroegen of wij het wilden opnemen {10}
A: Prima {10}
~
C: Leerlingenvervoer: de kosten stijgen, maar de malus levert 7.400 op {3}
A: Netto? {3}
C: Nog steeds 90.000 hoger dan begroot, vanwege het nieuwe contract {3}
A: Zet het in de toelichting {3}
~
A: Versie 2 staat klaar, graag kijken voor vrijdag
B: Doe ik
C: Ik ben er vrijdag niet, ik zit in de Ardennen
A: Veel plezier
""",
    ),
    Chat(
        "Wethouder Bos",
        "samenleving",
        "2024-10-21 08:10",
        ["Hanneke Bos", "Floor Wiersma"],
        """
A: Floor, vandaag eerst de kinderboerdij en dan De Kolk {8,9}
B: De kinderboerderij: de mensen van de vrienden willen een gesprek voor de raad erover praat {9}
A: Prima, liefst deze week {9}
B: Donderdag 17 uur? {9}
A: Ja {9}
B: De Kolk: de interim-directeur wil u spreken over de voorstellingen van 2025 {8}
A: Wat is het probleem? {8}
B: Zonder vaste directeur tekenen de gezelschappen geen contracten voor het voorjaar {8}
A: Dan moet de werving sneller {8}
B: De RvT verwacht een nieuwe directeur in maart {8}
~
A: Kun je mijn speech voor de opening van de bieb-expositie sturen?
B: Staat in je mail
A: Dank
~
B: De raad heeft vragen over de vertrekregeling bij De Kolk, via de griffie {8}
A: Wat willen ze weten? {8}
B: Hoeveel, en of het uit de subsidie is betaald {8}
A: Het bedrag zeggen wij niet, dat is van de stichting. Of het uit de reserve komt, dat mogen ze weten {8}
B: Ik maak een concept {8}
~
B: Ophokplicht is verlengd tot maart {9}
A: Dan blijft de stal dicht {9}
B: Ja, maar de rest is open {9}
A: Goed {9}
""",
    ),
    Chat(
        "Afscheid Jannie",
        "bedrijfsvoering",
        "2024-11-25 12:00",
        ["Yvonne de Graaf", "Monique Veenstra", "Bas Scholten"],
        """
A: Jannie gaat met pensioen na 41 jaar, we moeten iets doen
B: Een receptie in de hal?
C: En een cadeau, ze houdt van tuinieren
A: Bon van het tuincentrum
B: En een boek over Drentse tuinen
A: Goed. 20 december?
C: Ja
~
A: Receptie geregeld, hapjes van de kantine
B: Wie doet de speech?
A: De gemeentesecretaris
""",
    ),
    Chat(
        "Team Vastgoed",
        "bedrijfsvoering",
        "2024-04-08 08:30",
        ["Ruben Harkema", "Arnold Schuiling", "Wendy Kuipers", "Lars Mensink"],
        """
A: Weekoverleg vastgoed. Agenda: garage, verkoop oude brandweerkazerne, onderhoudsplan gymzalen, kinderboerderij {1}
B: Garage: de stempels staan, nu kunnen de auto's van de bewoners van de flat erboven er in elk geval langs {1}
C: Scenario's zijn klaar, herstel kost 2,3 miljoen, sloop en nieuwbouw 7 {1}
D: Gaat het college herstel kiezen? {1}
C: Lijkt me, maar het gaat in juni naar de raad {1}
A: Brandweerkazerne: twee biedingen, beide onder de taxatie
B: Dan opnieuw in de markt
A: Gymzalen: planning klopt
~
D: Kinderboerderij: het dak van de stal lekt
A: Dat is groot onderhoud, niet dagelijks
D: Het staat in het MJOP voor 2026
A: Dan tijdelijk een zeil
~
C: De raad heeft gekozen voor herstel van de garage, krediet 2,5 miljoen inclusief onvoorzien {1}
A: Mooi, aanbesteding kan starten {1}
B: Wel eerst de bewoners informeren, ze hebben twee jaar lawaai {1}
C: Bewonersavond in september {1}
A: Prima {1}
~
D: Na de begroting: de kinderboerderij gaat misschien naar een stichting {9}
A: Wat betekent dat voor ons? {9}
D: Het gebouw blijft van ons, in erfpacht of huur {9}
A: Dan eerst het dak, anders krijgen ze een lek gebouw {9}
D: Noteer ik {9}
B: Wie heeft de sleutel van de brandweerkazerne, ik wil de taxateur binnenlaten
A: Bij de bode
""",
    ),
)
