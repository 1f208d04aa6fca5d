"""The FORTY-FOURTH BLIND relevance set (issue 17): new chats, requests and judgements.

Written as a Woo officer of gemeente Meppel would by a helper (branch wooblind44, 7 December 2026)
BEFORE any measurement on it, without reading the search code (woo/**), the search tests, the
synonym migrations, RESULTS.md or any figures, and without running the relevance bench or any
search; blind43.py was read for the data format and the docstring shape only (none of its chats,
subjects, streets, names or requests is reused), build.py for the Chat and Request API and the
filler. The subjects were chosen by grepping demo/woo_corpus/*.py for candidate words (carbid,
duizendknoop, zendmast, ooievaar, standbeeld, struikelstenen, huiszwaluwen, lichthinder and more
were already used and dropped); the twelve kept have no earlier hit for their main word. Not yet
measured: the lead measures it once on main's code. Same syntax as blind.py: `{n}` after a line
marks the requests it is relevant to, `~` starts the next day, `~ YYYY-MM-DD` moves the chat to
that day, `PHOTO "text"` is a photo with painted text, `AUDIO` a voice note. Generated filler
(build.FILLER) is relevant to nothing. Names, addresses, firms, associations, amounts and numbers
are made up (so are the Buitenweg in Kolderveen, Hydro Noord BV, Transport Wiersma, Waterfietsverhuur
De Gracht, the Schiphorsterweg initiative, vv Rogat, the Harmsen and Mulder farms, Loonbedrijf
Kroeze and Boekhandel Riemer); a few real organisations (Defensie, the EOD, ProRail, NS, the
politie, the veiligheidsregio, KHN, Rendac, RTV Drenthe, the Meppeler Courant) appear as they
would in such chats.

The twelve requests and their queries were written first, from the request text only, before any
chat. Themes: the airsoft field at a farm in Kolderveen (R1), the hydrogen filling station on
bedrijventerrein Oevers (R2), the pet cemetery planned in De Schiphorst and burying pets and a
horse at home (R3), pedal-boat hire on the canals (R4), youths jumping from the town bridges into
the water (R5), the naturalisation ceremonies (R6), the suspicious package under the cycle bridge
at the station that was a geocache (R7), people searching litter bins for deposit cans and the
deposit-ring trial (R8), little free libraries and give-away cupboards (R9), low-flying F-35 jets
over Nijeveen and Rogat (R10), the smouldering hay fire at a farm in Broekhuizen (R11) and
sports canteens and village halls hosting private parties (paracommercie, R12).

Long team chats (enforcement, permits, public order and safety, waste, spatial planning, civil
affairs, harbours and bridges, communication, the council clerk, the environment agency, district
maintenance, economic affairs, sport, the mayor's office, the district teams Nijeveen and Rogat
Kolderveen, customer contact, the management team, legal affairs, integration, facilities,
traffic) carry a request's subject in a few lines among other work; short one-to-one chats answer
without repeating the subject ("Doe ik", "Eindelijk", "Top", "👍", "Staat mooi zo", "Zo kan het
ook"); other words for the subjects (knallen, camouflage, bb's, replica's, nepgeweren, geknal,
nevenactiviteit; H2, 700 bar, vulslang, risicocontour, explosiegevaar, compressoren; Rendac,
pony, kadavers, grondwater, paardengraven, afscheid; ponton, zwemvesten, kratten bier, rechts
houden, kris kras; bommetjes, leuning, schroef, zwemponton; KB-lijst, volkslied, tegoedbon,
toespraak; schoenendoos, logboekje, EOD, treinverkeer stil, bakje achter de steen; fietskar,
graaien, ringen, houders; boekenkastje, diaconie, bedorven melk, muizen, APV 2:10; drukgolf, 300
voet, merries, klachtenlijn luchtmacht; balen, verreiker, asregen, nablussen, roetdeeltjes;
bruiloft, schenkvergunning, besloten feesten, horecavergunning); split forms and compounds
("water fietsen", "dieren begraafplaats", "mini bieb", "waterstof-tankstation", "H2-station",
"statiegeld blikjes", "hooi berg"); Drents dialect ("'t giet elk weekend maor deur met dat
geknal"); abbreviations (VRD, KHN, APV, KB, EOD, NS, dB(A), F35); typos ("straaljagres"); 5
photos with text (the bridge sign, the deposit ring sign, the NL-Alert, the little library, the
damaged stable) and 3 voice notes (the farmer, the fire crew chief, the bridge keeper); and
distractor chats that share words with requests but are about something else (a paintball team
outing, hydrogen buses, a cemetery path inspection, a houseboat mooring, the diving board of the
outdoor pool, a wedding ceremony, a club collecting deposit bottles, the library's opening hours,
a Defensie stand at a job fair, too much hay on one's fork) and lines about other work in the
team chats (a petrol station car wash, the tour boat's mooring at the Kaai, new litter bins,
deposit bottles of the office canteen, a certificate of conduct).

Judging rule (as the earlier sets): a message is relevant when a Woo officer would have to include
it to cover the request, also when it does not repeat the subject ("Top", "👍", "Eindelijk"); a
voice note or photo inside a relevant exchange is relevant. Lines of a relevant chat about
something else carry no tag.

Counts (computed from CHATS with build.parse_script and build.with_filler; the filler fills every
chat to its stated length): 65 chats of 15 to 160 messages, 3,300 messages (567 hand-written; 5
photos with text, 3 voice notes), 12 requests, 36 queries, 465 relevant messages, each relevant to
one request, in 100 (chat, request) pairs; 55 chats relevant to a request, 10 to none, 19 to
several. Relevant messages (chats) per request: R1 45 (9), R2 37 (9), R3 37 (7), R4 34 (8),
R5 43 (10), R6 41 (8), R7 39 (8), R8 36 (6), R9 36 (7), R10 34 (9), R11 45 (10), R12 38 (9)."""

from .build import Chat, Request

REQUESTS = (
    Request(
        1,
        "Het airsoftterrein bij een boerderij aan de Buitenweg in Kolderveen (2025): de "
        "schietgeluiden en de meldingen bij de politie, de aanvraag om een omgevingsvergunning, het "
        "bestemmingsplan, de klachten van omwonenden en de weigering.",
        ("airsoft kolderveen", "paintball terrein vergunning", "schietgeluiden boerderij"),
    ),
    Request(
        2,
        "Het waterstoftankstation op bedrijventerrein Oevers (2025): de aanvraag om een "
        "omgevingsvergunning, het advies van de veiligheidsregio over de externe veiligheid, de "
        "zienswijzen en bezwaren van omwonenden en bedrijven, en de subsidie.",
        ("waterstoftankstation oevers", "waterstof vulpunt veiligheid", "h2 tankstation bezwaar"),
    ),
    Request(
        3,
        "Het plan voor een dierenbegraafplaats in De Schiphorst (2025): het principeverzoek, het "
        "bestemmingsplan en de inspraak, en de regels voor het begraven van huisdieren en van een "
        "paard in de eigen tuin of wei.",
        ("dierenbegraafplaats", "huisdier begraven eigen tuin", "dood paard begraven regels"),
    ),
    Request(
        4,
        "De verhuur van waterfietsen op de grachten van Meppel (zomer 2025): de aanvraag van de "
        "ondernemer, de ligplaats aan de Kaai, de veiligheid tussen de boten, de overlast door "
        "groepen en vrijgezellenfeesten, en de evaluatie.",
        (
            "waterfietsen verhuur grachten",
            "waterfiets ligplaats vergunning",
            "overlast vrijgezellen boot",
        ),
    ),
    Request(
        5,
        "Jongeren die in de zomer van 2025 van de bruggen in de binnenstad in het water sprongen: "
        "de gevaarlijke situaties met boten, het bijna-ongeluk, de borden en het zwemverbod, de "
        "brugwachters en een veilige zwemplek als alternatief.",
        ("springen van brug", "zwemmen gracht verboden", "bommetjes brug jongeren"),
    ),
    Request(
        6,
        "De naturalisatieceremonies in het stadhuis (2025): de ceremonie op de Dag van de "
        "Naturalisatie, de toespraak van de burgemeester, het geschenk, de planning en de klacht "
        "van een nieuwe Nederlander die te lang moest wachten op zijn ceremonie.",
        ("naturalisatieceremonie", "nieuwe nederlanders stadhuis", "verklaring van verbondenheid"),
    ),
    Request(
        7,
        "Het verdachte pakketje onder de fietsbrug bij het station (maart 2025) dat een geocache "
        "bleek: de melding, de afzetting en de treinen, de kosten, en de regels voor geocaches in "
        "de openbare ruimte en op de begraafplaats.",
        (
            "geocache verdacht pakket",
            "geocaching regels gemeente",
            "verdacht voorwerp station afgezet",
        ),
    ),
    Request(
        8,
        "Mensen die afvalbakken doorzoeken naar statiegeldblikjes en -flessen (2025): de rommel "
        "rond de bakken, de klachten, de proef met statiegeldhouders aan de afvalbakken in de "
        "binnenstad en de afspraken met de statiegeldorganisatie.",
        ("statiegeld afvalbakken", "blikjes zoeken prullenbak", "statiegeldhouder proef"),
    ),
    Request(
        9,
        "Minibiebs en weggeefkasten in de openbare ruimte (2025): de boekenkast die de gemeente in "
        "Broekhuizen weghaalde, de toestemming, de weggeefkast met eten bij het Kerkplein in "
        "Nijeveen en de regels voor zulke kasten.",
        ("minibieb weggehaald", "weggeefkast toestemming", "boekenkastje openbare ruimte"),
    ),
    Request(
        10,
        "Laagvliegende straaljagers (F-35) boven Nijeveen en Rogat (september 2025): de klachten "
        "van inwoners, de geschrokken paarden en de schade aan een stal, het contact met Defensie "
        "en de vragen uit de raad.",
        ("laagvliegende straaljagers", "f35 geluid klachten", "defensie vliegoefening schade"),
    ),
    Request(
        11,
        "De brand door broeiend hooi bij een boerderij in Broekhuizen (augustus 2025): het "
        "dagenlang smeulen, de rook en de stank, de NL-Alert, de luchtmetingen, het afvoeren van "
        "het hooi en de kosten.",
        ("hooibroei brand", "rook boerderij broekhuizen", "smeulende brand stank"),
    ),
    Request(
        12,
        "Paracommercie: sportkantines en dorpshuizen die feesten voor derden houden (2025): de "
        "klachten van horecaondernemers, de regels van de Alcoholwet en de APV, de controles en "
        "de nieuwe regels voor paracommerciële instellingen.",
        ("paracommercie", "sportkantine feesten horeca", "alcoholwet kantine regels"),
    ),
)


CHATS = (
    Chat(
        "Team handhaving",
        "veiligheid",
        "2025-01-06 07:30",
        ["Sven Brink", "Naomi Ensing", "Bilal Ouali", "Greetje Kuipers"],
        """
A: Rooster januari staat in teams, 2 man op zaterdagnacht
B: 👍
~ 2025-03-08
C: Melding Kolderveen: buurman hoort al de hele middag knallen bij de boerderij aan de Buitenweg, denkt aan een schietpartij {1}
A: Politie is er al heen, bleek airsoft. Twintig man in camouflagepak in de schuur en op het land {1}
C: Airsoft? Met van die plastic kogeltjes? {1}
A: Ja bb's. Klinkt als echt als je het van 200m hoort {1}
D: Mag dat daar zomaar, dat is agrarisch? {1}
A: Zoeken we uit, ik zet het door naar vergunningen {1}
~ 2025-03-22
C: Weer airsoft in Kolderveen, 3 meldingen van omwonenden. Een mevrouw had haar kinderen binnen gehouden {1}
A: Boer zegt dat hij een vergunning aanvraagt. Tot die tijd niks doen zei ik {1}
~ 2025-04-19
B: Centrum: bij de afvalbakken op de Markt ligt alles eruit, iemand zoekt naar statiegeld blikjes {8}
D: Die man met die fietskar, elke ochtend {8}
B: Hij doet geen kwaad maar de rommel ligt er dan wel {8}
A: Even met reiniging overleggen, misschien zo'n houder aan de bak {8}
~ 2025-06-28
C: Hangjongeren op de Kerkbrug springen in de gracht, een rondvaartboot moest vol in zijn achteruit {5}
A: Zijn jullie erheen? {5}
C: Ja, weggestuurd, maar na een kwartier waren ze er weer {5}
D: Het is 33 graden, snap ze wel maar die boten zien ze niet {5}
~ 2025-07-02
B: Vandaag bij de Kerkbrug weer 8 jongens die bommetjes deden, ik heb ze aangesproken op het bord {5}
A: Wat zeiden ze? {5}
B: Dat er geen bord hangt 😅 Klopt ook, die is weg {5}
~ 2025-07-30
B: Markt: geen rommel meer rond de bakken sinds die statiegeldringen erop zitten {8}
D: De man met de fietskar pakt de blikjes er nu zo uit {8}
A: Zo kan het ook {8}
~ 2025-08-04
D: Controle sportkantine vv Rogat: zaterdag een bruiloft voor 120 man met DJ, dat is geen clubactiviteit {12}
A: Schenkvergunning hebben ze, maar de APV staat feesten voor niet-leden niet toe {12}
D: Voorzitter zegt dat het altijd zo gaat {12}
A: Rapport opmaken, waarschuwing eerst {12}
~ 2025-09-15
B: Nijeveen: de weggeefkast bij het Kerkplein, er staat bedorven melk in en er lopen muizen {9}
A: Wie beheert die kast? {9}
B: Een vrijwilliger van de kerk denk ik {9}
~ 2025-10-20
C: Paintball teamuitje op 14 november, wie doet mee?
D: Ik!
~ 2025-12-01
A: Rooster december, kerstnacht Nijeveen dubbel
""",
        160,
    ),
    Chat(
        "Vergunningen omgeving",
        "ruimte",
        "2025-01-08 08:30",
        ["Marloes Veenstra", "Thijs Bosma", "Derya Aksoy", "Wim Schuurman"],
        """
A: Nieuwe collega Wim start maandag 👋
D: Hallo allemaal
~ 2025-02-10
B: Principeverzoek binnen: dierenbegraafplaats op een perceel van 1 hectare aan de Schiphorsterweg in De Schiphorst {3}
A: Dierenbegraafplaats? Daar hebben we geen beleid voor {3}
B: Het is agrarisch, dus bestemmingsplan wijzigen. Ze willen ook een klein crematorium {3}
C: Dat laatste is milieu, eerst de omgevingsdienst erbij {3}
~ 2025-03-10
C: Aanvraag omgevingsvergunning waterstoftankstation Oevers, van Hydro Noord BV {2}
A: Eerste in de regio toch? {2}
C: Ja, voor vrachtwagens en bussen, 700 bar en 350 bar {2}
D: Externe veiligheid, dan moet de VRD advies geven {2}
C: Heb ik al gevraagd {2}
~ 2025-04-02
B: Airsoft Kolderveen: aanvraag binnen voor een airsoftterrein, schuur plus 2 ha weiland {1}
A: Past niet in agrarisch, dus afwijken. Ik voorzie bezwaren {1}
B: 14 meldingen al bij de politie, dat helpt niet {1}
~ 2025-04-29
D: Waterfietsen: ondernemer wil 10 waterfietsen verhuren vanaf de Kaai, welke vergunning is dat? {4}
A: Ligplaats via havens, exploitatie via de APV. Samen met havens oppakken {4}
~ 2025-06-16
C: Advies VRD waterstof binnen: plaatsgebonden risico 10-6 contour valt binnen het terrein, wel voorwaarden voor de vulslang en het aanrijdgevaar {2}
A: Dan kunnen we ontwerp ter inzage {2}
~ 2025-07-14
B: Airsoft: we weigeren. Geluid en strijdig met het bestemmingsplan, geen goede ruimtelijke ordening {1}
A: Besluit goed motiveren, ze gaan vast in bezwaar {1}
~ 2025-08-25
C: 7 zienswijzen op het waterstoftankstation, o.a. van de buren Transport Wiersma en 4 bewoners van de Blankensteinweg {2}
A: Hoeveel tijd voor de reactienota? {2}
C: 3 weken, de meeste gaan over explosiegevaar en de vrachtwagens 's nachts {2}
~ 2025-09-15
B: Aanvraag tankstation Hoogeveenseweg: ze willen er een wasstraat bij
~ 2025-10-06
B: Dierenbegraafplaats: college wil meewerken, bestemmingsplan gaat in procedure {3}
~ 2025-11-17
D: Dakkapel Steenwijkerstraatweg verleend
""",
        160,
    ),
    Chat(
        "OOV",
        "veiligheid",
        "2025-01-07 08:00",
        ["Jolanda Timmer", "Erik Doornbos", "Fatima Bakkali", "Harm Zuidema"],
        """
A: Evaluatie jaarwisseling klaar
B: Top
~ 2025-03-14
C: Station: verdacht pakketje onder de fietsbrug, in tape gewikkeld. Politie zet af, treinen rijden niet {7}
A: Hoe groot? {7}
C: Schoenendoos. EOD is gebeld {7}
B: Wij het omleidingsbord voor de fietsers? {7}
A: Ja graag {7}
C: Het was een geocache! Een doos met een logboekje en wat speeltjes {7}
A: Serieus 🤦 {7}
C: Treinverkeer 2 uur stil. ProRail vraagt wie de eigenaar is {7}
~ 2025-03-31
B: Politie heeft de eigenaar van de cache gevonden via de geocachingsite, een man uit Zwolle {7}
A: Kosten verhalen? {7}
B: Juridisch lastig, hij had geen kwade bedoeling {7}
~ 2025-07-03
D: Van de bruggen springen in de binnenstad, 3 keer bijna mis met een boot. Moeten we iets met de APV? {5}
A: Er staat al een zwemverbod in de APV voor de grachten, alleen weet niemand het {5}
B: Borden dan? En de brugwachters laten bellen {5}
~ 2025-08-18
C: Broekhuizen: brand in een hooiberg bij boerderij aan de Broekhuizerweg, veel rook richting Meppel {11}
A: NL-Alert? {11}
C: Brandweer zegt ramen en deuren dicht in Broekhuizen en de Haveltermade {11}
B: NL-Alert is verstuurd om 14.12 {11}
C: PHOTO "NL-ALERT BRAND BROEKHUIZEN VEEL ROOK HOUD RAMEN EN DEUREN GESLOTEN" {11}
~ 2025-08-19
C: Hooi smeult nog, de brandweer zegt dat het dagen gaat duren. Ze moeten alle balen uit elkaar trekken {11}
A: Wie betaalt dat? {11}
C: Boer en zijn verzekering, de loonwerker is ingehuurd {11}
~ 2025-09-18
D: Defensie meldt een oefening met F-35's boven Drenthe volgende week, laag vliegen {10}
A: Hebben we dat eerder gehad? {10}
D: Niet zo laag. Zet het op de site {10}
~ 2025-09-23
C: Meldingen stromen binnen, F35s over Nijeveen op 150 meter? {10}
D: Volgens Defensie 300 voet, dat is 90 meter 🤯 {10}
~ 2025-12-12
B: Vuurwerkvrije zones gepubliceerd
""",
        160,
    ),
    Chat(
        "Afval en reiniging",
        "openbare_ruimte",
        "2025-01-09 07:15",
        ["Hendrik Bruins", "Lotte Meijering", "Anton Dekker"],
        """
A: Kerstbomen zijn opgehaald, 2.100 stuks
B: Meer dan vorig jaar
~ 2025-03-10
B: Prullenbakken in het Wilhelminapark worden vervangen door grotere
~ 2025-04-22
C: Handhaving vraagt naar de afvalbakken op de Markt, daar wordt in gegraaid naar statiegeld {8}
A: Sinds de blikjes statiegeld hebben is het overal. Ook bij het station {8}
B: In Groningen hebben ze een statiegeldhouder aan de bak, een soort ring waar je het blikje in zet {8}
A: Kosten? {8}
B: 60 euro per stuk ongeveer {8}
~ 2025-05-13
C: Proef: 20 statiegeldhouders aan de afvalbakken in de binnenstad, start 1 juni? {8}
A: Akkoord, ik bestel ze {8}
~ 2025-06-30
C: Eerste maand proef: het is veel schoner rond de bakken, de houders worden gebruikt {8}
C: PHOTO "STATIEGELD ZET JE BLIKJE OF FLESJE IN DE RING" {8}
A: Mooi bordje. En de flesjes verdwijnen binnen een uur? {8}
C: Ja, de verzamelaars komen nu langs zonder in de bak te graaien {8}
B: Wel 2 houders vernield bij de Hoofdstraat {8}
~ 2025-08-20
A: Asregen in Broekhuizen en Haveltermade na de hooibrand, bewoners vragen wie de tuinen schoonmaakt {11}
B: Niet wij, dat zijn roetdeeltjes, advies is afspoelen {11}
~ 2025-09-01
C: Statiegeldfonds wil meebetalen aan uitbreiding van de houders, 50% {8}
A: Mooi, dan heel de binnenstad {8}
~ 2025-10-14
B: Koffiecorner stadhuis: lege kratten staan in de gang, wie brengt ze terug?
A: Facilitair
""",
        140,
    ),
    Chat(
        "Ruimtelijke ordening",
        "ruimte",
        "2025-01-13 09:00",
        ["Gerdien Mulder", "Pieter Kroeze", "Yara Lubbers"],
        """
A: Omgevingsplan, hoofdstuk wonen gaat naar de raad in maart
B: Prima
~ 2025-02-24
B: Dierenbegraafplaats De Schiphorst: principeverzoek, initiatiefnemer wil 800 graven voor honden, katten en paarden {3}
C: Paarden ook? Dat is groot {3}
B: Een paardenvak apart, diep genoeg i.v.m. grondwater {3}
A: Grondwater laten toetsen door het waterschap {3}
~ 2025-03-20
C: Waterschap: geen bezwaar als de paardengraven een meter boven de hoogste grondwaterstand blijven {3}
~ 2025-04-14
C: Airsoftterrein Kolderveen past niet in het buitengebied-beleid, recreatie met geluid alleen op aangewezen plekken {1}
A: Dus nee {1}
~ 2025-05-19
B: Waterstof op Oevers: bestemming bedrijven categorie 4 staat een tankstation toe, mits veiligheid {2}
~ 2025-07-07
B: Informatieavond dierenbegraafplaats in De Schiphorst: 35 mensen, vooral vragen over verkeer en de uitvaarten {3}
A: Tegen? {3}
B: Twee buren tegen, de rest vond het prima, een paar wilden al een plekje 🐶 {3}
~ 2025-11-03
C: Woningbouw Nieuwveense Landen fase 4 gaat door
""",
        120,
    ),
    Chat(
        "Burgerzaken",
        "dienstverlening",
        "2025-01-06 08:00",
        ["Henny Wolters", "Kevin Mensink", "Saskia Pol", "Ramon de Vries"],
        """
A: Rijbewijzen die verlopen in 2025: 1.800
B: Drukte in de zomer dus
~ 2025-02-11
C: IND heeft 14 naturalisaties gestuurd, ceremonie plannen {6}
A: Eind maart, met de burgemeester {6}
C: Ik maak de uitnodigingen {6}
~ 2025-03-27
D: Ceremonie was mooi. Wel: een meneer uit Syrië zegt dat hij al 5 maanden wacht sinds het Koninklijk Besluit {6}
A: Dat mag niet, binnen 6 maanden moet hij de verklaring van verbondenheid afleggen anders vervalt het {6}
D: Hij is twee keer vergeten door ons, zijn naam stond niet in de lijst {6}
A: 😬 Dan individueel, deze week nog {6}
~ 2025-04-01
D: Meneer heeft zijn verklaring afgelegd bij de loco, heeft een klacht ingediend {6}
~ 2025-05-20
B: Huwelijksceremonie in het stadhuis op 2 juni, babs is ziek, wie vervangt?
C: Ik vraag Jeannet
~ 2025-08-11
C: Dag van de Naturalisatie 24 augustus: 22 nieuwe Nederlanders, zaal is te klein {6}
A: Dan de raadzaal {6}
B: Geschenk: net als vorig jaar een boekje over Meppel en een boompje? {6}
A: Boompje was onhandig, nu een tegoedbon van de boekhandel {6}
~ 2025-08-25
C: Ceremonie was vol, 110 gasten. Volkslied gezongen, veel tranen 🇳🇱 {6}
~ 2025-10-02
D: Verklaring omtrent gedrag kan nu ook digitaal
""",
        160,
    ),
    Chat(
        "Havens en bruggen",
        "ruimte",
        "2025-01-10 08:00",
        ["Jurjen de Haan", "Marco Seinen", "Iris Hoving"],
        """
A: Zomerrooster brugwachters gaat 1 april in
B: Ik heb het aangepast
~ 2025-05-06
C: Waterfietsen: de ondernemer wil een ligplaats voor een drijvend ponton aan de Kaai, 20 meter {4}
A: Daar liggen de passanten, dat botst in juli {4}
C: Achter de Kaai dan, bij de Kromme Elleboog? {4}
A: Dat kan, wel met stroom en een trap {4}
A: En zwemvesten? {4}
C: Voor kinderen verplicht, ze liggen in een kist op het ponton {4}
~ 2025-05-20
A: Ligplaats van de rondvaartboot aan de Kaai is verlengd tot 2027
~ 2025-06-02
B: Waterfietsen liggen er, 10 stuks, felgroen 😄 {4}
~ 2025-06-27
B: Brugwachter Kerkbrug: jongens springen van de brug als hij hem omhoog doet, 2x deze week {5}
A: Brug niet bedienen als er iemand in het water ligt {5}
B: Doet hij ook niet, maar ze springen als de boot al onder de brug door gaat {5}
~ 2025-07-12
C: Klacht van een schipper: waterfietsen varen kris kras door de gracht, hij kon net uitwijken {4}
A: Ondernemer laten instrueren, rechts houden {4}
~ 2025-07-20
B: Jongen vanavond vlak voor een motorjacht in het water gesprongen bij de Kerkbrug, schipper vol achteruit, het ging net goed {5}
A: Dit gaat een keer mis. Ik bel OOV {5}
~ 2025-09-22
C: Waterfietsen evaluatie: 1.900 verhuringen, 6 klachten, ligplaats blijft {4}
~ 2025-11-10
A: Winterrooster brugwachters
""",
        140,
    ),
    Chat(
        "Communicatie",
        "bestuur",
        "2025-01-07 09:00",
        ["Janneke Brouwer", "Ruud Smeenge", "Eva Scholten", "Laurens Ploeg"],
        """
A: Nieuwjaarsreceptie: foto's staan online
B: Mooi
~ 2025-03-14
C: Persvraag Meppeler Courant over het verdachte pakket bij het station. Wat kunnen we zeggen? {7}
A: Dat het een geocache was, niemand in gevaar, politie gaat er verder over {7}
C: En of geocaching verboden wordt? {7}
A: Nee, we gaan met de geocachers in gesprek {7}
~ 2025-06-03
B: Bericht over de waterfietsen: 'Vanaf nu kun je Meppel vanaf het water ontdekken' {4}
A: Ook iets over rechts houden en zwemvesten voor kinderen {4}
~ 2025-07-04
D: Campagne 'Niet springen, wel zwemmen' voor de jongeren die van de bruggen springen? {5}
A: Met een verwijzing naar het zwembad en de Reestplas {5}
D: Ik maak een filmpje met de brugwachter {5}
~ 2025-07-29
C: Vraag van RTV Drenthe: hoe gaat het met de water fietsen na de klachten over de vrijgezellen? {4}
A: Ondernemer heeft maatregelen genomen, evaluatie in september {4}
~ 2025-08-18
C: NL-Alert hooibrand Broekhuizen staat ook op X en Facebook {11}
B: Veel vragen over asbest, is daar sprake van? {11}
C: Brandweer zegt nee, alleen hooi en een houten schuur {11}
~ 2025-08-22
C: Persbericht Dag van de Naturalisatie: foto van de burgemeester met de nieuwe Nederlanders? {6}
A: Alleen wie toestemming geeft {6}
~ 2025-09-25
D: Veel reacties op Facebook over de straaljagers boven Nijeveen, 'de ruiten trilden' {10}
A: Verwijzen naar het meldpunt van Defensie {10}
""",
        140,
    ),
    Chat(
        "Griffie",
        "bestuur",
        "2025-01-14 10:00",
        ["Annemiek Visser", "Joost Hendriks", "Meike van Dijk"],
        """
A: Raadsagenda februari is rond
B: Gepubliceerd
~ 2025-04-08
B: Schriftelijke vragen GroenLinks over het airsoftterrein in Kolderveen: is het legaal, waarom duurt handhaving zo lang {1}
A: Naar vergunningen, termijn 30 dagen {1}
~ 2025-06-10
C: Art. 36 vragen CDA over paracommercie: waarom mogen sportkantines bruiloften geven terwijl de horeca het moeilijk heeft {12}
A: Antwoord via EZ en sport samen {12}
~ 2025-07-01
B: Motie VVD: onderzoek naar een veilige zwemplek in het centrum, nu jongeren van de bruggen springen {5}
C: Aangenomen, 17 voor {5}
~ 2025-09-30
A: Vragen van Gemeentebelangen over de laagvliegende F-35's: schade stal in Rogat, wat doet het college richting Defensie? {10}
B: Kabinet schrijft het antwoord {10}
~ 2025-10-21
C: Waterstoftankstation: vragen PVV over de veiligheid voor de wijk Berggierslanden {2}
A: Doorzetten naar RO {2}
~ 2025-11-04
B: Antwoord op de vragen over het H2-station: risico blijft op het terrein, de VRD heeft positief geadviseerd {2}
~ 2025-12-09
B: Kerstborrel raad 18 december
""",
        120,
    ),
    Chat(
        "Omgevingsdienst contact",
        "ruimte",
        "2025-02-03 09:00",
        ["Rik Hazelaar", "Omgevingsdienst Drenthe"],
        """
B: Vraag over de dierenbegraafplaats De Schiphorst: crematorium voor dieren is een milieubelastende activiteit, dan hebben wij een geurrapport nodig {3}
A: Ik geef het door aan de initiatiefnemer {3}
~ 2025-04-14
A: Airsoft: kunnen jullie een geluidsmeting doen bij de woningen aan de Buitenweg? {1}
B: Doen we zaterdag, dan spelen ze toch {1}
~ 2025-04-28
B: Meting airsoft: piekniveaus 78 dB(A) bij de dichtstbijzijnde woning, te hoog voor het buitengebied {1}
~ 2025-06-23
A: Waterstof Oevers: is er een geluidsrapport voor de compressoren? {2}
B: Ja, voldoet, 45 dB(A) op de gevel 's nachts {2}
~ 2025-08-19
B: Luchtmeting bij de hooibrand Broekhuizen: fijnstof verhoogd tot 2 km, geen gevaarlijke stoffen {11}
A: Dank, dan gaat de NL-Alert eraf? {11}
B: Pas als het hooi uit elkaar is, de stank blijft {11}
~ 2025-08-22
B: Brand is uit, hooi is afgevoerd naar de composteerder {11}
A: Eindelijk {11}
""",
        60,
    ),
    Chat(
        "Buitendienst wijk Noord",
        "openbare_ruimte",
        "2025-01-20 07:00",
        ["Albert Wiersma", "Jorien Zwart", "Timo Huisman", "Grietje Oldenburger"],
        """
A: Strooien vannacht, om 4 uur verzamelen
B: Ik rijd route 3
~ 2025-05-12
C: Broekhuizen: aan de berm bij de Broekhuizerweg staat een houten kast op een paal met boeken erin, vergunning? {9}
A: Niet bij ons bekend. Staat die in de weg? {9}
C: Half op het fietspad, een fietser is er tegenaan gereden {9}
A: Dan weghalen en een briefje erbij {9}
~ 2025-05-14
C: Minibieb is weg, staat op de werf {9}
D: De eigenaar belt al, ze is boos, die kast hing er al 3 jaar {9}
A: Doorzetten naar de wijkcoördinator, misschien kan hij een meter terug {9}
~ 2025-06-16
B: Afvalbak bij het busstation wordt elke nacht leeg gehaald op de grond, blikjeszoekers? {8}
A: Ja. Statiegeldhouder erop zetten, staat op de lijst {8}
~ 2025-07-07
D: Bord 'Verboden te zwemmen en te springen' aan de Kerkbrug en de Kaapbrug gehangen {5}
D: PHOTO "VERBODEN TE ZWEMMEN EN VAN DE BRUG TE SPRINGEN SCHEEPVAART" {5}
A: Top {5}
~ 2025-07-21
D: Bord bij de Kerkbrug is er alweer afgetrokken, ligt in de gracht 🙄 {5}
~ 2025-08-25
B: Waterfiets dreef los in de Kromme Elleboog, teruggebracht naar het ponton {4}
A: Ondernemer laten weten, hij moet ze 's nachts met een ketting vastleggen {4}
~ 2025-10-13
A: Bladruimen start volgende week
""",
        150,
    ),
    Chat(
        "Economische zaken",
        "economie",
        "2025-01-15 09:30",
        ["Corine Haveman", "Bas Rozema", "Ilse Kamphuis"],
        """
A: Ondernemersontbijt 6 februari
B: 40 aanmeldingen
~ 2025-03-18
C: KHN Meppel klaagt: sportkantines en het dorpshuis in Nijeveen doen bruiloften en verjaardagen, oneerlijke concurrentie {12}
A: Paracommercie dus. Wat staat in de APV? {12}
C: Alleen dat ze geen feesten voor derden mogen geven zonder ontheffing. Er is nooit gehandhaafd {12}
B: Gesprek plannen met KHN en de sportraad {12}
~ 2025-04-24
A: Waterfietsen ondernemer wil ook verkopen van drankjes op het ponton {4}
C: Niet in de vergunning, alleen verhuur {4}
~ 2025-05-22
B: Gesprek paracommercie: KHN wil een maximum van 6 feesten per jaar per kantine, de sportraad wil 24 {12}
A: Zit er middenin, 12? {12}
~ 2025-09-09
C: Nieuwe regels paracommercie in de APV: 12 besloten feesten per jaar, melden 2 weken van tevoren, geen reclame naar buiten {12}
A: Raad in november {12}
~ 2025-11-25
B: Kerstmarkt Markt 13 december
""",
        130,
    ),
    Chat(
        "Sportzaken",
        "samenleving",
        "2025-01-21 09:00",
        ["Olaf Mennega", "Nienke Tuin", "Daan Hofstra"],
        """
A: Sportgala 14 maart in de schouwburg
B: Leuk
~ 2025-03-25
B: Sportraad is boos over de brief van KHN over de kantines. Zonder de feesten redden de clubs het niet {12}
A: Hoeveel verdient zo'n club eraan? {12}
B: vv Rogat zegt 18.000 per jaar uit verhuur van de kantine {12}
~ 2025-08-06
C: vv Rogat heeft een waarschuwing gekregen van handhaving voor de bruiloft in de kantine {12}
A: Dat gaat gedoe geven {12}
C: Voorzitter wil met de wethouder praten {12}
~ 2025-09-16
B: Kunstgras Ezinge wordt vervangen in de zomer
~ 2025-10-07
B: Clubs zijn best tevreden met 12 feesten per jaar, als melden digitaal kan {12}
""",
        100,
    ),
    Chat(
        "Kabinet burgemeester",
        "bestuur",
        "2025-01-08 08:30",
        ["Roos Klaassen", "Thomas Venema", "Burgemeester"],
        """
A: Agenda burgemeester week 2
C: Dank
~ 2025-03-20
A: Toespraak voor de naturalisatieceremonie staat in de map, 5 minuten {6}
C: Graag iets over het Meppeler vaarwater, en dat ze zelf ook Meppelers zijn {6}
~ 2025-08-18
B: Hooibrand Broekhuizen: burgemeester gaat morgen langs bij de boer en de buren {11}
C: Goed, met de brandweercommandant {11}
~ 2025-08-24
A: Naturalisatie vandaag, 22 mensen, de toespraak staat {6}
C: Ik noem de Syrische meneer die zo lang moest wachten niet bij naam {6}
~ 2025-09-26
B: Brief aan het ministerie van Defensie over de laagvliegende F-35's: paarden op hol, een stal in Rogat met schade aan het dak {10}
C: Scherp maar netjes. Ook vragen om vooraf melden {10}
~ 2025-10-15
B: Antwoord Defensie: oefening was binnen de regels, schade kan gemeld worden bij de Commissie Schadeclaims {10}
C: Teleurstellend {10}
""",
        110,
    ),
    Chat(
        "Wijkteam Nijeveen",
        "samenleving",
        "2025-01-22 19:00",
        ["Freek Kok", "Marjan Stevens", "Dorpsbelang Nijeveen"],
        """
A: Jaarvergadering dorpsbelang 12 februari
C: Komt de wethouder?
A: Ja
~ 2025-06-03
C: De weggeefkast bij de kerk aan het Kerkplein: mag dat zomaar op de stoep? {9}
B: Staat er al sinds de coronatijd, niemand heeft er last van {9}
~ 2025-09-16
C: Nu wel: bedorven eten en muizen, handhaving is geweest {9}
A: Afspraak: de diaconie maakt hem twee keer per week schoon, geen zuivel meer {9}
C: Goed geregeld {9}
~ 2025-09-24
C: Gisteren vlogen er straaljagers zó laag over Nijeveen, de kinderen op het schoolplein schrokken zich dood {10}
B: Ik heb er ook meldingen van, wel 20 {10}
A: Verzamelen en doorsturen naar de gemeente {10}
~ 2025-10-29
C: Dorpshuis Nijeveen vraagt of ze verjaardagen mogen blijven verhuren nu de regels veranderen {12}
A: Ja, maximaal 12 per jaar {12}
""",
        80,
    ),
    Chat(
        "Wijkteam Rogat Kolderveen",
        "samenleving",
        "2025-01-23 19:30",
        ["Henk Jansen", "Wilma Boers", "Buurtvereniging Kolderveen"],
        """
C: Wanneer komt de ijsbaan weer?
A: Als het vriest 😉
~ 2025-03-24
C: Die schietgeluiden bij de boer aan de Buitenweg, het gaat elk weekend door. Is dat airsoft? {1}
A: Ja, het wordt uitgezocht door de gemeente {1}
C: Mijn hond is doodsbang, en mensen schrikken op de fiets {1}
C: Buurman Hessel zeg: 't giet elk weekend maor deur met dat geknal, ie wordt der niet goed van {1}
~ 2025-07-15
C: Goed nieuws, hoorde dat de gemeente het airsoftveld weigert {1}
A: Klopt, besluit is deze week verzonden {1}
~ 2025-09-23
C: Straaljagers vlogen zo laag over Rogat dat de paarden van Harmsen door het hek gingen {10}
B: Zijn ze gewond? {10}
C: Eén merrie met snijwonden, en een stuk dak van zijn stal is eraf, zegt hij door de drukgolf {10}
A: Ik meld het bij de gemeente {10}
~ 2025-11-18
C: Sinterklaas intocht in Rogat op 22 november
""",
        80,
    ),
    Chat(
        "KCC",
        "dienstverlening",
        "2025-01-06 08:00",
        ["Mirjam Pot", "Jesse Koster", "Laura Wever", "Stefan Mol"],
        """
A: Belpiek door de belastingaanslagen
B: Wachttijd 12 minuten
~ 2025-03-04
C: Vraag: mijn hond is overleden, mag ik hem in de tuin begraven? {3}
A: Ja, een huisdier mag in de eigen tuin, minstens 50 cm diep en niet in een plastic zak {3}
C: En een paard? Ze heeft ook een pony {3}
A: Paard niet, dat moet naar Rendac. Alleen met ontheffing {3}
~ 2025-03-14
D: Telefoon ontploft: mensen vragen waarom de treinen niet rijden bij het station {7}
B: Verdacht pakket, politie is bezig, verwijzen naar NS {7}
~ 2025-05-15
B: Mevrouw uit Broekhuizen belt huilend, haar minibieb is weggehaald door de gemeente {9}
A: Doorzetten naar wijkbeheer, terugbelverzoek {9}
~ 2025-07-10
B: Weer iemand die vraagt wanneer de dieren begraafplaats in Schiphorst opengaat, voor haar hond van 14 {3}
A: Nog niet, eerst het bestemmingsplan {3}
~ 2025-08-18
D: 60 telefoontjes over de rook uit Broekhuizen, de hooibrand. Mensen met astma {11}
A: Advies: binnen blijven, ramen dicht, bij klachten de huisarts {11}
~ 2025-09-23
C: Veel bellers over de straaljagers, wat zeggen we? {10}
A: Dat het een oefening van Defensie is, klachten naar het meldpunt van Defensie {10}
D: Meneer uit Nijeveen: de straaljagres deden de ruiten rinkelen, zijn schilderij viel van de muur {10}
A: Schade kan hij melden bij Defensie, geef hem het formulier {10}
~ 2025-10-09
B: Stagiair start maandag
""",
        160,
    ),
    Chat(
        "MT",
        "bestuur",
        "2025-01-13 08:00",
        ["Gemeentesecretaris", "Hilde Bouma", "Remco Dijkstra"],
        """
A: Begroting 2026: kaders in maart
B: Ik plan het
~ 2025-03-17
C: Kosten geocache-incident station: inzet politie, EOD, ProRail 2 uur stil. Wij hebben ook 2.400 euro aan borden en mensen {7}
A: Verhalen? {7}
C: Jurist zegt: geen kans {7}
~ 2025-06-16
B: Waterstoftankstation: provincie subsidieert 1,2 miljoen, wij geven de grond in erfpacht {2}
A: Raad informeren {2}
B: Het is het eerste waterstof-tankstation tussen Zwolle en Groningen, goed voor het vestigingsklimaat {2}
~ 2025-08-26
C: Hooibrand Broekhuizen: onze kosten 9.000 euro, vooral inzet toezicht en communicatie {11}
A: Verzekering boer? {11}
C: Nee, zijn polis dekt alleen de schade, niet onze inzet {11}
~ 2025-11-04
A: Personeelsuitje in juni
""",
        100,
    ),
    Chat(
        "Brandweer contact",
        "veiligheid",
        "2025-08-18 13:40",
        ["Harm Zuidema", "Ploegchef brandweer Meppel"],
        """
B: Hooibroei bij de boerderij van Mulder aan de Broekhuizerweg, 400 balen, rook gaat richting stad {11}
A: Hoe lang gaat het duren? {11}
B: Dagen. Het hooi moet er laag voor laag uit, dan nablussen {11}
B: AUDIO {11}
~
B: Nacht rustig, rook minder, maar stank blijft hangen {11}
A: Bewoners klagen over de stank in de Haveltermade {11}
B: Snap ik, we doen wat we kunnen {11}
~ 2025-08-21
B: Laatste balen eruit, brand meester {11}
A: 👏 {11}
""",
        30,
    ),
    Chat(
        "Juridische zaken",
        "bestuur",
        "2025-01-10 09:00",
        ["Mr. Gert Smit", "Anouk Westra"],
        """
A: Bezwaarcommissie 4 februari
~ 2025-08-20
B: Bezwaar tegen de weigering van het airsoftterrein binnen, van de boer in Kolderveen {1}
A: Gronden? {1}
B: Dat hij het als nevenactiviteit ziet, net als een minicamping {1}
~ 2025-10-14
B: Bezwaarcommissie: weigering airsoft blijft in stand {1}
A: 👍 {1}
~ 2025-11-11
B: Beroep tegen de vergunning waterstoftankstation van Transport Wiersma {2}
A: Om welke reden? {2}
B: Zeggen dat hun opslag van gasflessen te dichtbij is {2}
A: Zitting bij de rechtbank? {2}
B: Voorjaar 2026, de bouw mag intussen beginnen {2}
~ 2025-12-02
B: Kantinebruiloft vv Rogat: geen last onder dwangsom nodig, ze houden zich eraan {12}
""",
        60,
    ),
    Chat(
        "Inburgering",
        "samenleving",
        "2025-01-16 10:00",
        ["Nadia El Amrani", "Peter Grootenhuis", "Vluchtelingenwerk Meppel"],
        """
A: Nieuwe groep inburgeraars start in februari
B: 12 personen
~ 2025-04-03
C: Meneer Haddad zegt dat hij zijn naturalisatie heeft moeten afleggen in een kantoortje, niet met de anderen in de zaal {6}
A: Hij was vergeten op de lijst. Burgerzaken heeft sorry gezegd {6}
C: Hij wil graag toch zijn papieren met foto, voor zijn familie {6}
B: Misschien mag hij in augustus bij de grote ceremonie aansluiten {6}
~ 2025-08-25
C: Haddad was gisteren in de raadzaal bij de ceremonie, heel blij 😊 {6}
~ 2025-10-20
A: Taalcafé in de bibliotheek op dinsdag
""",
        70,
    ),
    Chat(
        "Facilitair",
        "bedrijfsvoering",
        "2025-01-06 07:45",
        ["Jacqueline Post", "Rob Keizer", "Yvette Bloem"],
        """
A: Kantine stadhuis is dicht tot 9 uur door de schoonmaak
B: Ok
~ 2025-03-03
C: Pakketjes voor medewerkers mogen niet meer naar het stadhuis, de receptie ligt vol
A: Terecht
~ 2025-05-26
B: Statiegeldflessen uit de kantine: voortaan in de zak naast de koffieautomaat, opbrengst naar het goede doel
C: Leuk idee
~ 2025-08-20
A: Raadzaal 24 augustus klaarzetten voor de naturalisatie, 110 stoelen en het spreekgestoelte {6}
B: Vlaggen en bloemen ook? {6}
A: Ja, en koffie met gebak na afloop {6}
~ 2025-11-12
C: Brandmelder test donderdag 10 uur
""",
        110,
    ),
    Chat(
        "Verkeer",
        "ruimte",
        "2025-01-09 08:30",
        ["Erwin Lok", "Sandra Meester", "Jan-Willem Prins"],
        """
A: Verkeerstellingen Hoogeveenseweg komen in maart
~ 2025-03-14
B: Fietsbrug bij het station is dicht vanwege dat pakket, omleiding via de Stationsweg {7}
C: Borden staan, wel veel fietsers die onder het lint door willen {7}
B: Politie staat er nu {7}
~ 2025-06-10
A: Waterstof: vrachtwagens naar het tankstation via de Blankensteinweg, geen extra verkeer door de wijk {2}
~ 2025-09-01
C: Fietsstraat Zuideinde wordt in oktober rood
""",
        70,
    ),
    Chat(
        "Airsoft aanvraag",
        "ruimte",
        "2025-03-25 11:00",
        ["Thijs Bosma", "Agrarisch ondernemer Buitenweg"],
        """
B: Goeiemiddag, ik wil de schuur en het land verhuren aan een airsoftclub, wat moet ik daarvoor aanvragen? {1}
A: Een omgevingsvergunning voor afwijken van het bestemmingsplan. Tot die tijd mag het niet {1}
B: Ze spelen al sinds de winter, niemand heeft er last van {1}
A: Er zijn inmiddels 14 meldingen bij de politie, dus wel {1}
B: Ok ok. Ik vraag hem aan {1}
B: AUDIO {1}
~ 2025-07-16
B: Geweigerd dus. Ik ga in bezwaar, het is mijn brood {1}
A: Dat kan, 6 weken {1}
""",
        20,
    ),
    Chat(
        "Wijkagent",
        "veiligheid",
        "2025-03-09 09:10",
        ["Sven Brink", "Wijkagent Rogat"],
        """
B: Gisteren dus die knallen in Kolderveen, bleek een stel in camouflage met nepgeweren {1}
A: Airsoft. Hebben ze echt iets fout gedaan? {1}
B: Wapenwet niet, het waren geen echte. Wel replica's die verdomd echt lijken {1}
A: Ok, wij kijken naar de vergunning {1}
~ 2025-05-04
B: Weer 3 meldingen, weer die van de schuur {1}
A: Zucht. Besluit komt in juli {1}
""",
        20,
    ),
    Chat(
        "Teamuitje",
        "bedrijfsvoering",
        "2025-10-01 12:00",
        ["Greetje Kuipers", "Paintball Drenthe"],
        """
A: We willen op 14 november met 12 man paintballen
B: Kan, in de hal in Hoogeveen, 35 euro pp incl. 200 kogels
A: Top, vastleggen
""",
        15,
    ),
    Chat(
        "Hydro Noord",
        "ruimte",
        "2025-03-04 10:00",
        ["Derya Aksoy", "Hydro Noord BV"],
        """
B: We dienen volgende week de aanvraag voor het H2 station op Oevers in {2}
A: Graag met de risicoanalyse en een tekening van de vulpunten {2}
B: Komt goed. Planning: open in het voorjaar van 2026 {2}
~ 2025-09-08
B: Hoe staat het met de vergunning? De subsidie van de provincie heeft een deadline {2}
A: Zienswijzen worden deze maand beantwoord, besluit in oktober {2}
~ 2025-10-13
A: Vergunning is verleend, publicatie morgen {2}
B: Fantastisch 🎉 {2}
""",
        20,
    ),
    Chat(
        "Bewoner Blankensteinweg",
        "dienstverlening",
        "2025-08-05 20:15",
        ["Derya Aksoy", "Bewoner Blankensteinweg"],
        """
B: Ik las dat er een waterstof tankstation komt, wat als dat ontploft? Wij wonen op 300 meter {2}
A: De veiligheidsregio heeft het beoordeeld. De risicocontour blijft op het bedrijventerrein {2}
B: Ik geloof er niks van, in Noorwegen is er een ontploft {2}
A: U kunt een zienswijze indienen tot 29 augustus {2}
B: Doe ik {2}
""",
        15,
    ),
    Chat(
        "Waterstofbussen",
        "ruimte",
        "2025-05-12 09:00",
        ["Erwin Lok", "Provincie Drenthe OV"],
        """
B: Vanaf december rijden er op lijn 20 bussen op waterstof, ze tanken in Emmen
A: Leuk. Moet er bij ons iets aan de haltes?
B: Nee, alleen een sticker op de bus 😄
""",
        15,
    ),
    Chat(
        "Dierenbegraafplaats initiatief",
        "ruimte",
        "2025-02-12 13:00",
        ["Pieter Kroeze", "Initiatiefnemer De Schiphorst"],
        """
B: Ons plan: een dierenbegraafplaats met een bos, een klein gebouwtje voor afscheid en later een crematorium {3}
A: Mooi plan. Het crematorium maakt het lastig, laten we met de begraafplaats beginnen {3}
B: Oké. Hoeveel tijd kost een bestemmingsplanwijziging? {3}
A: Reken op een jaar {3}
~ 2025-07-08
B: Bedankt voor de avond gisteren, veel mensen willen al een graf reserveren voor hun kat {3}
A: Leuk om te horen {3}
~ 2025-10-07
B: Zag het college-besluit, top! {3}
""",
        20,
    ),
    Chat(
        "Paard overleden",
        "dienstverlening",
        "2025-05-19 08:40",
        ["Mirjam Pot", "Bewoner Kolderveen"],
        """
B: Onze oude pony is vannacht overleden, mag ik hem in de wei begraven? {3}
A: Gecondoleerd. Een paard of pony mag u niet zelf begraven, Rendac haalt het op {3}
B: Dat wil ik niet, hij was 31 jaar bij ons {3}
A: U kunt een ontheffing vragen bij de provincie, of wachten op de dierenbegraafplaats in De Schiphorst, maar die is er nog niet {3}
B: 😢 dan Rendac {3}
""",
        15,
    ),
    Chat(
        "Buurman Schiphorst",
        "ruimte",
        "2025-07-09 21:00",
        ["Pieter Kroeze", "Bewoner Schiphorsterweg"],
        """
B: Ik was op de avond. Ik wil echt geen begraafplaats voor beesten naast mijn huis {3}
A: Wat is uw zorg precies? {3}
B: Het verkeer, en stank, en die kadavers in de grond met het grondwater {3}
A: Het waterschap toetst dat. U kunt een zienswijze indienen als het plan ter inzage ligt {3}
""",
        15,
    ),
    Chat(
        "Schouw begraafplaats",
        "openbare_ruimte",
        "2025-04-07 09:00",
        ["Albert Wiersma", "Beheerder begraafplaats Zomerdijk"],
        """
B: Paden op de begraafplaats moeten opnieuw gegrind
A: Welke vakken?
B: C en D, en het pad naar de aula
A: Ik zet het in de planning
""",
        15,
    ),
    Chat(
        "Waterfietsen ondernemer",
        "economie",
        "2025-04-23 10:30",
        ["Bas Rozema", "Waterfietsverhuur De Gracht"],
        """
B: Ik wil deze zomer 10 waterfietsen verhuren in de grachten, vanaf de Kaai {4}
A: Leuk initiatief. Ligplaats via de havens, en een exploitatievergunning {4}
B: Kan ik ook drankjes op de waterfietsen verkopen? {4}
A: Nee, alleen verhuur. Wel zelf meenemen {4}
~ 2025-07-28
A: Klachten over groepen met kratten bier op uw waterfietsen, vrijgezellenfeesten {4}
B: Klopt, sorry. Vanaf nu max 1 drankje per persoon en geen groepen na 20 uur {4}
A: Goed, dat zetten we in de vergunning {4}
""",
        20,
    ),
    Chat(
        "Klacht Kaai",
        "dienstverlening",
        "2025-07-26 23:10",
        ["Jesse Koster", "Bewoner Kaai"],
        """
B: Het is weer raak: een vrijgezellenfeest op die groene fietsbootjes, ze zingen en gooien blikjes in het water {4}
A: Vervelend. Op de waterfietsen van de verhuur aan de Kaai? {4}
B: Ja, elk weekend. Ook 's avonds laat {4}
A: Ik stuur het door naar de ondernemer en handhaving {4}
""",
        15,
    ),
    Chat(
        "Havenmeester",
        "ruimte",
        "2025-06-09 08:00",
        ["Iris Hoving", "Havenmeester"],
        """
B: Die waterfietsen varen dwars voor de passanten langs bij de sluis {4}
A: Ik laat de ondernemer een kaartje meegeven: niet voorbij de Kaapbrug {4}
B: Top {4}
~ 2025-07-03
B: En die jongens die bij de Kerkbrug springen, gisteren vlak achter een sloep {5}
A: Meld je het ook bij de politie? {5}
B: Doe ik {5}
""",
        20,
    ),
    Chat(
        "Woonboot ligplaats",
        "ruimte",
        "2025-03-19 14:00",
        ["Iris Hoving", "Eigenaar woonboot"],
        """
B: Mijn ligplaatsvergunning voor de woonboot aan de Hoogeveense Vaart loopt af
A: Verlenging aanvragen via de site, kosten 120 euro
B: Dank
""",
        15,
    ),
    Chat(
        "Brugwachter Kerkbrug",
        "ruimte",
        "2025-06-26 17:00",
        ["Marco Seinen", "Brugwachter Kerkbrug"],
        """
B: Hé Marco, ze staan weer op de leuning hier, 6 jongens {5}
A: Brug dicht houden tot ze weg zijn {5}
B: AUDIO {5}
B: Er komt een boot aan, ze springen nu net ervoor 😡 {5}
A: Bel 112 als het misgaat {5}
~ 2025-07-21
B: Gisteren ging het bijna mis, die jongen kwam boven vlak naast de schroef {5}
A: Ik heb het gehoord. Vreselijk {5}
""",
        20,
    ),
    Chat(
        "Moeder springer",
        "dienstverlening",
        "2025-07-22 09:30",
        ["Jesse Koster", "Moeder uit de Koedijkslanden"],
        """
B: Mijn zoon is gisteren door de boa's aangesproken omdat hij van de brug sprong. Is dat nu verboden? {5}
A: Zwemmen en springen in de grachten is verboden in de APV, vanwege de boten {5}
B: Waar moeten ze dan heen met die hitte? {5}
A: Het buitenbad en de Reestplas, de gemeente kijkt ook naar een zwemplek in het centrum {5}
""",
        15,
    ),
    Chat(
        "Zwemplek centrum",
        "samenleving",
        "2025-07-08 13:00",
        ["Olaf Mennega", "Jurjen de Haan"],
        """
A: Na de motie: kan er een afgezette zwemplek bij de Wilhelminasluis of in de Hoogeveense Vaart? {5}
B: Hoogeveense Vaart is beroepsvaart, dat wordt niks {5}
A: En in het Stadspark bij de vijver? {5}
B: Te ondiep. Misschien een ponton bij de Reest in de Koedijkslanden {5}
~ 2025-10-06
A: Zwemponton Reest komt in het voorjaar, met een springplank 😄 {5}
""",
        20,
    ),
    Chat(
        "Springplank buitenbad",
        "samenleving",
        "2025-05-14 10:00",
        ["Daan Hofstra", "Bedrijfsleider buitenbad"],
        """
B: De hoge springplank is afgekeurd, het anker is los
A: Hoe lang duurt de reparatie?
B: 3 weken, springen kan dan alleen van de lage
A: Ok, zet het op de site
""",
        15,
    ),
    Chat(
        "Geschenk naturalisatie",
        "dienstverlening",
        "2025-08-12 11:00",
        ["Saskia Pol", "Boekhandel Riemer"],
        """
A: Wij willen voor de ceremonie van 24 augustus 22 tegoedbonnen van 25 euro {6}
B: Kan, met een kaartje van de gemeente? {6}
A: Graag, tekst 'Welkom, nieuwe Meppeler' {6}
B: Vrijdag klaar {6}
A: 👍 {6}
""",
        15,
    ),
    Chat(
        "Klacht naturalisatie",
        "bestuur",
        "2025-04-02 10:00",
        ["Klachtencoördinator", "Henny Wolters"],
        """
A: Klacht binnen van de heer Haddad: 5 maanden gewacht op zijn naturalisatieceremonie, twee keer niet uitgenodigd {6}
B: Terecht. Zijn naam viel uit de lijst van de IND, wij hebben het niet gecontroleerd {6}
A: Hoe voorkom je dat? {6}
B: Voortaan elke KB-lijst naast het zaaksysteem leggen, en binnen 3 maanden uitnodigen {6}
A: Dan schrijf ik de brief dat de klacht gegrond is {6}
""",
        15,
    ),
    Chat(
        "Trouwceremonie strand",
        "dienstverlening",
        "2025-04-15 15:00",
        ["Kevin Mensink", "Bruidspaar"],
        """
B: Mogen we trouwen bij de Reestplas, op het strandje?
A: Ja, als vrije locatie. De babs komt ernaartoe
B: Super! Ceremonie om 14 uur op 6 september
""",
        15,
    ),
    Chat(
        "Fotograaf",
        "bestuur",
        "2025-08-20 09:00",
        ["Eva Scholten", "Fotograaf Meppel"],
        """
A: Kun je 24 augustus foto's maken bij de ceremonie voor de nieuwe Nederlanders? {6}
B: Ja. Groepsfoto met de burgemeester? {6}
A: Alleen van wie een sticker op hun naambordje heeft, de rest niet in beeld {6}
B: Helder {6}
""",
        15,
    ),
    Chat(
        "Geocaching overleg",
        "veiligheid",
        "2025-03-20 19:00",
        ["Erik Doornbos", "Reviewer geocaching Drenthe"],
        """
B: Namens de geocachers: sorry voor het gedoe bij het station. Die cache had nooit goedgekeurd mogen worden {7}
A: Fijn dat u reageert. Wat zijn de regels bij jullie? {7}
B: Geen caches bij spoor, bruggen, scholen of overheidsgebouwen. Deze was er stiekem bij gezet {7}
A: Wij willen ook geen caches op de begraafplaatsen, daar klimmen mensen over de graven {7}
B: Ik haal de drie caches op de oude begraafplaats van het net {7}
A: Dank, en de caches in het Wilhelminapark mogen blijven {7}
""",
        20,
    ),
    Chat(
        "Oude begraafplaats",
        "openbare_ruimte",
        "2025-03-18 10:00",
        ["Beheerder begraafplaats Zomerdijk", "Albert Wiersma"],
        """
A: Op het oude deel lopen weer mensen met een telefoon tussen de graven, ze zoeken iets achter de grafsteen van de familie Kuiper {7}
B: Geocachers. Na dat station-gedoe weet iedereen het 😅 {7}
A: Een steen is omgevallen {7}
B: Ik bel OOV, ze hebben contact met de geocachers {7}
~ 2025-03-24
A: Het bakje achter de steen is weg {7}
B: Mooi {7}
""",
        15,
    ),
    Chat(
        "ProRail",
        "veiligheid",
        "2025-03-14 11:20",
        ["Jolanda Timmer", "ProRail regio Noord"],
        """
B: Hoe lang nog met het verdachte object onder de fietsbrug? Treinen Zwolle-Groningen liggen stil {7}
A: EOD is onderweg, 30 minuten {7}
~
B: Wie betaalt de vertraging? {7}
A: Het was een geocache, de politie zoekt de eigenaar {7}
""",
        15,
    ),
    Chat(
        "Statiegeldhouders",
        "openbare_ruimte",
        "2025-05-14 09:00",
        ["Hendrik Bruins", "Leverancier straatmeubilair"],
        """
A: 20 houders voor statiegeldflessen en blikjes aan onze afvalbakken, model Ring, levertijd? {8}
B: 2 weken. Past op jullie bakken van 100 liter {8}
A: Graag, montage doen wij zelf {8}
~ 2025-09-03
A: Nog 45 stuks nodig, de proef is goed bevallen {8}
B: Zelfde prijs {8}
""",
        15,
    ),
    Chat(
        "Bewoner Hoofdstraat",
        "dienstverlening",
        "2025-04-16 08:10",
        ["Laura Wever", "Bewoner Hoofdstraat"],
        """
B: Elke ochtend ligt de inhoud van de prullenbak voor mijn deur, iemand zoekt er flesjes in {8}
A: Vervelend. Het gaat om statiegeld denken we, we kijken naar een oplossing {8}
B: Zet er gewoon een slot op {8}
A: Dan kan niemand meer iets weggooien 😉 We houden u op de hoogte {8}
""",
        15,
    ),
    Chat(
        "Statiegeld Nederland",
        "openbare_ruimte",
        "2025-08-27 10:00",
        ["Lotte Meijering", "Statiegeldorganisatie"],
        """
B: We hebben gehoord van jullie proef met houders aan de afvalbakken, kunnen we meedoen? {8}
A: Graag! Resultaten: veel minder rommel, houders worden goed gebruikt {8}
B: Wij betalen de helft als het de hele binnenstad wordt {8}
A: Afgesproken {8}
""",
        15,
    ),
    Chat(
        "Statiegeldactie club",
        "samenleving",
        "2025-09-10 16:00",
        ["Nienke Tuin", "Jeugdbestuur vv Nijeveen"],
        """
B: De jeugd haalt zaterdag lege flessen en blikjes op in Nijeveen voor nieuwe shirts
A: Leuk! Mag ik het delen op de site?
B: Graag
""",
        15,
    ),
    Chat(
        "Eigenaar minibieb",
        "openbare_ruimte",
        "2025-05-15 10:00",
        ["Grietje Oldenburger", "Bewoner Broekhuizerweg"],
        """
B: Waarom hebben jullie mijn boekenkastje weggehaald? Het hele dorp gebruikt het {9}
A: Het stond half op het fietspad, iemand is ertegen gefietst {9}
B: Had dan eerst gebeld! {9}
A: Dat had beter gekund, excuses. Als u hem een meter verder op uw eigen erf zet, is het geen probleem {9}
B: Kan ik hem ophalen? {9}
A: Op de werf aan de Industrieweg, morgen vanaf 8 uur {9}
~ 2025-05-20
B: Hij staat weer, op mijn eigen grond. Bedankt voor het terugbrengen {9}
B: PHOTO "MINI BIEB BROEKHUIZEN NEEM EEN BOEK BRENG EEN BOEK" {9}
A: Staat mooi zo {9}
""",
        20,
    ),
    Chat(
        "Diaconie weggeefkast",
        "samenleving",
        "2025-09-17 11:00",
        ["Marjan Stevens", "Diaconie Nijeveen"],
        """
B: Wij schrikken van het bezoek van handhaving, de kast is toch voor de mensen die het nodig hebben {9}
A: Zeker, maar er stond bedorven melk in en er zijn muizen gezien {9}
B: We gaan hem twee keer per week schoonmaken en geen zuivel meer {9}
A: Dan mag hij blijven staan {9}
B: 🙏 {9}
""",
        15,
    ),
    Chat(
        "Regels kasten",
        "ruimte",
        "2025-05-21 14:00",
        ["Gert Smit", "Albert Wiersma"],
        """
B: Na die minibieb in Broekhuizen: welke regels gelden voor zo'n kastje op gemeentegrond? {9}
A: Strikt genomen een voorwerp op de weg, APV artikel 2:10, vergunning nodig {9}
B: Voor een boekenkastje? {9}
A: We kunnen het vrijstellen als het niet in de weg staat, met een melding {9}
B: Laten we dat doen, ook voor de weggeefkasten {9}
""",
        15,
    ),
    Chat(
        "Bibliotheek",
        "samenleving",
        "2025-02-27 10:00",
        ["Nadia El Amrani", "Directeur Bibliotheek Meppel"],
        """
B: De bieb in Nijeveen gaat op woensdag dicht door de bezuinigingen
A: Jammer. Blijft de afhaalkast?
B: Ja, voor gereserveerde boeken
""",
        15,
    ),
    Chat(
        "Paardenhouder Rogat",
        "dienstverlening",
        "2025-09-24 08:30",
        ["Wilma Boers", "Paardenhouder Harmsen"],
        """
B: Gisteren die jagers zo laag over, mijn merries door het hek, één gewond. En het dak van de stal heeft een gat {10}
A: Wat erg. Heeft u foto's? {10}
B: PHOTO "STAL HARMSEN DAK BESCHADIGD 23 SEPTEMBER" {10}
A: Schade meldt u bij Defensie, de Commissie Schadeclaims. Wij sturen een brief mee {10}
B: Dank, dierenarts kost al 600 euro {10}
""",
        15,
    ),
    Chat(
        "Defensie liaison",
        "veiligheid",
        "2025-09-22 15:00",
        ["Harm Zuidema", "Defensie Liaison Noord"],
        """
B: Morgen tot vrijdag vliegen de F35's van Leeuwarden laag over Zuidwest-Drenthe, tot 300 voet {10}
A: Over Nijeveen en Rogat ook? {10}
B: Kan. Klachten via de klachtenlijn van de luchtmacht {10}
~ 2025-09-29
A: Wij hebben 140 klachten, en schade aan een stal. Kan dat niet anders? {10}
B: Ik neem het mee, de route wordt bij de volgende oefening verlegd naar het oosten {10}
""",
        20,
    ),
    Chat(
        "Defensie banenmarkt",
        "economie",
        "2025-03-05 11:00",
        ["Ilse Kamphuis", "Defensie werving"],
        """
B: Mogen we op de banenmarkt in april een stand, met een simulator?
A: Ja, plek bij de ingang
B: Top
""",
        15,
    ),
    Chat(
        "Buren Broekhuizen",
        "dienstverlening",
        "2025-08-19 07:50",
        ["Mirjam Pot", "Bewoner Broekhuizen"],
        """
B: We kunnen niet slapen van de stank, het hooi brandt nog steeds {11}
A: De brandweer is bezig, het duurt nog een paar dagen {11}
B: Mijn was hangt buiten vol as {11}
B: Die hooi berg van Mulder smeult al twee dagen, wanneer is het klaar? {11}
A: De loonwerker trekt de balen eruit, nog een dag of twee {11}
A: Opnieuw wassen helaas, en ramen dicht houden {11}
~ 2025-08-21
B: Eindelijk frisse lucht 😮‍💨 {11}
""",
        15,
    ),
    Chat(
        "Loonwerker",
        "veiligheid",
        "2025-08-19 06:30",
        ["Harm Zuidema", "Loonbedrijf Kroeze"],
        """
B: We staan bij Mulder met de verreiker, de balen eruit trekken {11}
A: Voorzichtig, ze zijn binnen gloeiend heet {11}
B: Weten we. Brandweer blust elke baal na {11}
~ 2025-08-21
B: Klaar, 400 balen naar de composteerder in Hoogeveen {11}
""",
        15,
    ),
    Chat(
        "Jaarplanning",
        "bedrijfsvoering",
        "2025-11-04 09:00",
        ["Hilde Bouma", "Remco Dijkstra"],
        """
A: Je neemt te veel hooi op je vork met drie projecten tegelijk
B: Klopt, de zonneweide geef ik af
A: Goed plan
""",
        15,
    ),
    Chat(
        "KHN Meppel",
        "economie",
        "2025-03-17 16:00",
        ["Corine Haveman", "Voorzitter KHN Meppel"],
        """
B: Afgelopen weekend weer 3 bruiloften in sportkantines, wij staan leeg {12}
A: Welke kantines? {12}
B: vv Rogat, de tennisclub en het dorpshuis Nijeveen. Met bier voor 2 euro {12}
A: Ik zet het op de agenda, paracommercie gaan we aanpakken {12}
~ 2025-09-10
B: 12 feesten per jaar vinden wij te veel, maar beter dan niets {12}
A: Het wordt gecontroleerd, beloofd {12}
""",
        20,
    ),
    Chat(
        "Voorzitter vv Rogat",
        "samenleving",
        "2025-08-05 20:00",
        ["Olaf Mennega", "Voorzitter vv Rogat"],
        """
B: We kregen een waarschuwing voor de bruiloft in de kantine. Dat was de dochter van ons erelid {12}
A: Begrijp ik, maar de schenkvergunning geldt niet voor feesten van niet-leden {12}
B: Zonder die verhuur kunnen we de contributie niet laag houden {12}
A: Er komen nieuwe regels, met een aantal feesten per jaar {12}
""",
        15,
    ),
    Chat(
        "Dorpshuis Nijeveen",
        "samenleving",
        "2025-10-28 10:00",
        ["Freek Kok", "Beheerder dorpshuis"],
        """
B: Moeten wij elke verjaardag melden straks? {12}
A: Ja, 2 weken van tevoren via het formulier, max 12 per jaar {12}
B: Dat worden er 40 dit jaar 😬 {12}
A: Dan moet je kiezen, of een horecavergunning {12}
""",
        15,
    ),
)
