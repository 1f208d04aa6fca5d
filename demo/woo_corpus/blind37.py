"""The THIRTY-SEVENTH BLIND relevance set (issue 17): new chats, requests and judgements.

Written as a Woo officer of gemeente Meppel would by a helper (branch wooblind37, stop 47) BEFORE
any measurement on it, without reading the search code, the search tests, the synonym migrations,
the redaction code or RESULTS.md, and without running the relevance bench; blind36.py was read for
the data format, build.py for the Chat and Request API, the earlier sets only for their request
titles (so that the subjects are new); no other set was opened. Not yet measured: the lead measures
it once on main's code. Same syntax as blind.py: `{n}` after a line marks the requests it is
relevant to, `~` starts the next day, `~ YYYY-MM-DD` moves the chat to that day, `PHOTO "text"` is a
photo with painted text, `AUDIO` a voice note. Generated filler (build.FILLER) is relevant to
nothing. Names, addresses, firms, shops, associations and phone numbers are made up; a few real
organisations (ProRail, Qbuzz, the Meppeler Courant, the provincie, the Autoriteit Persoonsgegevens)
appear as they would in such chats.

The twelve requests and their queries were written first, from the request text only, before any
chat. Long team chats (the boa's, the outdoor service, information security, public order, traffic,
green and nature, civil affairs, facilities, communication, the council clerk's office, events and
economy, culture and heritage, the KCC) carry a request's subject in a few lines among other work;
short one-to-one chats answer without repeating the subject ("Pfff", "Opgeleverd", "👍", "Gedaan",
"Toegekend", "Balen", "Gelukkig", "Mooi", "Leuk", "Ja"); other words for the subjects (bruggetje,
loopbrug, plank, rot hout, liggers, dek, hardhout; zwijnen, rotte, keilers, omgewoeld, wroetschade,
omploegd, raster; drempels, bulten, plateaus, verkeersremmers, gebonk, afschuinen, 1:8; balie,
meneer, schreeuwen, schroevendraaier, paniekknop, beveiliger, huisverbod; stadstrand, zand zeven,
glasverbod, plastic bekers, bassen, dj; overgang, spoorwegovergang, NABO, hekwerk, fietstunnel,
trekker; doeken, aquarel, portret, collectieregister, veilinghuis, inventarisnummer; rave, bosfeest,
bassen, aggregaat, lachgas, flyer, secret location; archiefdozen, bijstandsdossiers, loonstroken,
kluis, vernietigingsverklaring, oud-cliënten; driften, burn-outs, car meet, meeting, motoren gieren,
slagboom, gebiedsverbod; ja/ja sticker, jaja-sticker, JA-sticker, opt-in, folders,
huis-aan-huisblad, bezorgers; damherten, hertjes, hinde, bok, weide, trailer, burgerinitiatief);
abbreviations (AP, FBE, APV, NABO, KCC, D66, dj); typos (Stadstrand, schilderijn, zwijen,
Hertekamp); dialect (zwienen, omploegd); 8 photos with text (the closed-bridge sign, the sign at the
deer park, the archive box label, the beach sign, the inventory label on a watercolour, the rave
flyer, the level crossing closure board, an old NEE/JA sticker) and 5 voice notes; and distractor
chats that share words with requests but are about something else (the bridge keepers' summer
roster, a pig farm's expansion, a wheelchair threshold at the town hall, sand for a beach volleyball
court, ProRail and the station bicycle parking ("overwegen"), painters for the window frames, the
staff party at the edge of the wood, a full paper container with moving boxes, an oldtimer tour from
Blankenstein, football stickers on lamp posts, a roe deer hit on the road) and lines about other
work in the team chats.

Judging rule (as the earlier sets): a message is relevant when a Woo officer would have to include
it to cover the request, also when it does not repeat the subject ("👍", "Gelukt", "Eindelijk"); a
voice note inside a relevant exchange is relevant. Lines of a relevant chat about something else
carry no tag.

Counts (computed from CHATS with build.parse_script; the filler fills every chat to its stated
length): 55 chats of 25 to 200 messages, 3,200 messages (448 hand-written; 8 photos with text, 5
voice notes), 12 requests, 36 queries, 344 relevant messages, each relevant to one request, in 73
(chat, request) pairs; 44 chats relevant to a request, 11 to none, 10 to several. Relevant messages
(chats) per request: R1 28 (7), R2 29 (7), R3 28 (6), R4 29 (6), R5 29 (6), R6 28 (5), R7 29 (4),
R8 28 (7), R9 28 (5), R10 28 (6), R11 31 (7), R12 29 (7)."""

from .build import Chat, Request

REQUESTS = (
    Request(
        1,
        "De afsluiting van de houten voetgangersbrug over de Stadsgracht bij het Wilhelminapark "
        "wegens houtrot (2025): de inspectie, de afsluiting en de omleiding, het herstel en de "
        "kosten.",
        ("voetgangersbrug afgesloten", "houtrot brug wilhelminapark", "herstel voetbrug kosten"),
    ),
    Request(
        2,
        "Wilde zwijnen in Nijeveen en Kolderveen (2025): de meldingen van omgewoelde tuinen, "
        "bermen en sportvelden, de schade, de aanrijdingen en het afschot.",
        ("wilde zwijnen", "zwijnen schade tuinen nijeveen", "afschot wilde zwijnen"),
    ),
    Request(
        3,
        "De nieuwe verkeersdrempels in de Oosterboerweg (2025): de aanleg, de klachten over "
        "trillingen en schade aan auto's en bussen, en het aanpassen van de drempels.",
        ("verkeersdrempels oosterboerweg", "drempel klachten trillingen", "schade auto drempel"),
    ),
    Request(
        4,
        "Het incident met een agressieve bezoeker aan de balie van Burgerzaken (mei 2025): de "
        "ontruiming van de hal, de aangifte, het locatieverbod en de extra beveiliging.",
        ("agressieve bezoeker balie", "incident burgerzaken", "locatieverbod stadhuis"),
    ),
    Request(
        5,
        "Het stadsstrand aan de Stoombootkade (zomer 2025): de vergunning, de klachten over "
        "geluid en overlast in de avond, het glas in het zand en de evaluatie.",
        ("stadsstrand", "stadsstrand overlast geluid", "glas in zand stoombootkade"),
    ),
    Request(
        6,
        "De sluiting van de onbewaakte spoorwegovergang aan de Veendijk door ProRail (2025): het "
        "besluit, de zienswijze van de gemeente, de zorgen van scholieren en boeren en de "
        "omleiding.",
        ("overweg sluiten", "onbewaakte spoorwegovergang veendijk", "prorail overweg zienswijze"),
    ),
    Request(
        7,
        "De vermiste schilderijen uit de gemeentelijke kunstcollectie (2025): de inventarisatie, "
        "de zoektocht, de aangifte, het teruggevonden werk en de verzekering.",
        ("kunstcollectie vermist", "schilderijen zoek gemeente", "aangifte gestolen kunstwerk"),
    ),
    Request(
        8,
        "Het illegale feest in het bos bij Kolderveen (juni 2025): de meldingen, het beëindigen "
        "door de politie, de schade aan het bos, het afval en het verhalen van de kosten op de "
        "organisator.",
        ("illegaal feest bos", "rave kolderveen", "illegale party schade natuur"),
    ),
    Request(
        9,
        "De dossiers met persoonsgegevens die in een open container bij het voormalige "
        "gemeentekantoor aan de Eshuisstraat werden gevonden (april 2025): de vondst, de melding "
        "bij de Autoriteit Persoonsgegevens, de brief aan de betrokkenen en de maatregelen.",
        (
            "dossiers in container gevonden",
            "datalek papieren dossiers",
            "archiefvernietiging persoonsgegevens",
        ),
    ),
    Request(
        10,
        "Straatraces en andere overlast van auto's 's nachts op bedrijventerrein Blankenstein "
        "(2025): de meldingen, de controles met de politie, de gebiedsverboden, de camera en de "
        "slagboom.",
        (
            "straatraces blankenstein",
            "auto's scheuren bedrijventerrein nacht",
            "car meet overlast",
        ),
    ),
    Request(
        11,
        "De invoering van de ja-ja-sticker voor ongeadresseerd reclamedrukwerk (2025): het "
        "raadsvoorstel en het amendement, de reacties van ondernemers en huis-aan-huisbladen, de "
        "stickers en de handhaving.",
        ("ja-ja-sticker", "reclamefolders ongeadresseerd drukwerk", "huis-aan-huisblad sticker"),
    ),
    Request(
        12,
        "Het opheffen van het hertenkamp in park Ezinge (2025): de zorgen over het welzijn van de "
        "herten, het besluit, de petitie en het burgerinitiatief, en het herplaatsen van de "
        "dieren.",
        ("hertenkamp", "herten park ezinge", "opheffen hertenkamp petitie"),
    ),
)


CHATS = (
    Chat(
        "Team handhaving boa's",
        "veiligheid",
        "2025-03-03 08:00",
        ["Niels Vrieling", "Sandra Kremer", "Youssef Amrani", "Gea Hofstee"],
        """
A: Rooster april staat in de app
B: Wie wil 26 april met mij ruilen?
D: Ik, als jij mijn 3 mei neemt
~ 2025-03-22
C: Ambachtsweg op Blankenstein: vannacht weer zo'n 40 auto's bij elkaar, burn-outs en driften tot 2 uur {10}
A: Kentekens genoteerd? {10}
C: Van een stuk of 15. Politie kwam pas om half 2, toen waren ze al weg {10}
D: Overal zwarte cirkels van de banden op het asfalt 🙄 {10}
~ 2025-04-14
B: Wilhelminapark: het bruggetje over de gracht is afgezet met hekken maar jongeren klimmen er gewoon overheen {1}
A: Hekken hoger maken, ik vraag het de buitendienst {1}
~ 2025-05-06
C: Fietscontrole bij het station morgen, wie gaat er mee?
B: Ik
~ 2025-06-08
C: Zondagochtend controle in het bos bij Kolderveen: overal blikjes, lachgaspatronen en een kapotte partytent. Hier is vannacht flink feest gevierd {8}
A: Wie heeft dat gemeld? {8}
C: De boswachter belde, hij hoorde om 4 uur nog bassen {8}
D: AUDIO {8}
D: Ze hebben ook jonge boompjes omgezaagd voor een kampvuur {8}
~ 2025-06-28
B: Stadsstrand Stoombootkade: om 23.30 uur nog muziek en een groep met een krat bier. Gevraagd om af te bouwen {5}
A: Sluitingstijd is 23 uur, vanaf nu streng {5}
B: En weer glas in het zand, een jongetje had vanmiddag een snee in zijn voet {5}
~ 2025-07-05
D: Stadstrand zaterdag om 23.05 uur leeg, geen gedoe {5}
~ 2025-08-16
C: Blankenstein: op TikTok wordt een car meet aangekondigd voor zaterdag, 'Meppel Night Drift' {10}
A: Samen met de politie erop, en de hekken van de buitendienst om de Ambachtsweg af te zetten {10}
~ 2025-08-17
C: 60 auto's weggestuurd, 9 bekeuringen, 2 auto's in beslag wegens een illegale uitlaat {10}
B: Eindelijk eens resultaat {10}
~ 2025-09-09
B: Mensen gooien bij het hertenkamp in park Ezinge hele zakken oud brood over het hek {12}
A: Daar worden die beesten ziek van. Bordje ophangen? {12}
B: PHOTO "Hertenkamp park Ezinge. Herten niet voeren a.u.b." {12}
~ 2025-09-24
D: Wie heeft de sleutel van de boa-bus?
A: Ligt in het kastje
~ 2025-10-02
A: Jaarplan handhaving staat in de map
D: Lees ik vrijdag
~ 2025-11-08
C: Blankenstein is stil sinds de slagboom er staat, alleen nog wat brommers {10}
""",
        200,
    ),
    Chat(
        "Buitendienst wijkteam Noord",
        "openbare_ruimte",
        "2025-02-03 06:45",
        ["Gerrit Jonkman", "Wim Pol", "Esmee Knol", "Henk Brinkman"],
        """
A: Strooiwagen 2 staat bij de garage
B: Ik haal hem
~ 2025-03-18
C: Bij de inspectie van de loopbrug in het Wilhelminapark zakte mijn voet door een plank. Het hout is helemaal rot {1}
A: Afzetten, nu meteen. Ik bel Bas van Kunstwerken {1}
C: PHOTO "Brug afgesloten wegens houtrot. Omleiding via de Zuiderparklaan" {1}
C: Bordjes staan aan beide kanten {1}
~ 2025-04-15
D: Hekken bij het bruggetje verhoogd naar 2 meter, met doek erop {1}
~ 2025-05-12
B: Nijeveen, sportpark: het B-veld is helemaal omgewoeld. Dat zijn die zwijnen weer {2}
A: Wat een bende. Foto's naar Jolanda van Groen {2}
B: Ook de berm langs de Kolderveense Dijk ligt open, zeker 200 meter {2}
~ 2025-05-20
D: Berm weer dichtgemaakt en ingezaaid {2}
~ 2025-06-09
C: Bos Kolderveen: 3 aanhangers vol afval van dat feest opgehaald. Lachgasflessen, een aggregaat, kapotte speakers {8}
A: Aggregaat? Bewaren, dat is bewijs voor de politie {8}
~ 2025-06-30
B: Zand van het stadsstrand gezeefd, een halve emmer glas eruit gehaald {5}
~ 2025-07-14
D: Oosterboerweg: de nieuwe drempel bij de school is veel te steil, er ligt al een stuk bumper naast {3}
A: Ik meld het bij Verkeer. Misschien krijgen wij de opdracht om hem af te schuinen {3}
~ 2025-07-28
D: Drempels Oosterboerweg afgefreesd en opnieuw geasfalteerd met een flauwere helling. Klaar {3}
~ 2025-08-18
C: Blankenstein: de hekken van zaterdagnacht staan weer op de werf {10}
~ 2025-09-25
A: Voetbrug Wilhelminapark: de aannemer begint 6 oktober, wij halen de hekken weg als hij klaar is {1}
~ 2025-10-20
B: Hertekamp Ezinge is leeg. Hekwerk, voerbak en schuilhut afgevoerd, er komt gras in {12}
D: Jammer eigenlijk, de kinderen vonden het prachtig {12}
~ 2025-10-30
A: Bruggetje is weer open: nieuw hardhout en een nieuwe leuning {1}
B: Eindelijk, de mensen van de seniorenflat liepen elke dag 10 minuten om {1}
~ 2025-11-10
D: Bladkorven worden vrijdag geleegd
B: Lijst volgt
""",
        200,
    ),
    Chat(
        "Informatiebeveiliging en privacy",
        "bedrijfsvoering",
        "2025-01-13 09:00",
        ["Karin Zwiers", "Ruben de Graaf", "Lisa Hoving"],
        """
A: Phishingtest staat gepland voor februari
B: Mooi
~ 2025-04-07
C: Telefoontje van een inwoner: bij het oude kantoor aan de Eshuisstraat staat een open container met archiefdozen, vol dossiers van de gemeente {9}
A: Wat voor dossiers? {9}
C: Volgens hem bijstandsdossiers, met loonstroken en kopieën van paspoorten {9}
A: Direct iemand erheen om alles op te halen. Ik open een incident {9}
~
B: Container leeggehaald, 23 dozen, Sociale Zaken 2012 tot 2016. Die hadden bij de ontruiming naar het vernietigingsbedrijf gemoeten {9}
B: PHOTO "Sociale Zaken dossiers 2014 A-K" {9}
A: Dit is een datalek. De melding bij de AP gaat vandaag de deur uit {9}
~ 2025-04-10
A: Melding gedaan, kenmerk in het register. We sturen de 412 betrokkenen een brief {9}
C: Die inwoner heeft foto's gemaakt, ik vraag hem die te verwijderen {9}
~ 2025-05-05
A: Nieuwe werkinstructie: bij elke ontruiming tekent de archivaris af dat er niets met persoonsgegevens bij het bedrijfsafval gaat {9}
~ 2025-06-02
B: Informatiebeveiligingsplan 2026 concept klaar
C: Ik kijk er vrijdag naar
~ 2025-09-15
A: Verplichte e-learning privacy voor alle nieuwe collega's
B: Staat in het inwerkprogramma
""",
        150,
    ),
    Chat(
        "Openbare orde en veiligheid",
        "veiligheid",
        "2025-01-08 09:00",
        ["Marloes Dijkstra", "Frank Schepers", "Yvonne Lamberts"],
        """
A: Evaluatie jaarwisseling donderdag om 10 uur
B: Staat
~ 2025-03-24
C: De politie wil een gebiedsverbod voor de vaste racers op Blankenstein. Kan de burgemeester dat? {10}
A: Bij herhaalde verstoring van de openbare orde wel, via de APV. Ik zoek het uit {10}
~ 2025-05-19
B: Incident bij Burgerzaken vanochtend: een man sloeg met zijn vuist op de balie en bedreigde een medewerkster, de hal is ontruimd {4}
A: Iemand gewond? {4}
B: Nee, wel erg geschrokken. De politie heeft hem aangehouden, hij had een schroevendraaier in zijn jas {4}
A: Ik bereid een locatieverbod voor, 6 maanden voor het stadhuis {4}
~ 2025-05-21
A: Burgemeester heeft het locatieverbod getekend, de politie reikt het vandaag uit {4}
~ 2025-06-10
C: Dat illegale feest bij Kolderveen: de politie heeft de organisator gevonden via de socials. Er waren zo'n 300 bezoekers {8}
A: Kunnen we de kosten van het opruimen verhalen? {8}
C: Ik laat het uitzoeken, het bos is van de gemeente {8}
~ 2025-06-16
B: Voor volgend jaar: in de zomerweekenden extra surveillance in de bossen {8}
~ 2025-07-01
B: Stadsstrand: 2 vechtpartijen in één weekend. Moeten we de vergunning aanscherpen? {5}
A: Eerst praten met de exploitant. Extra beveiliging na 21 uur {5}
C: Afspraak met de exploitant: geen versterkte muziek meer na 22 uur {5}
~ 2025-08-12
C: Draaiboek Meppel Night Drift: mobiele camera op de Ambachtsweg, politie en boa's vanaf 21 uur {10}
~ 2025-09-02
C: 4 gebiedsverboden voor de racers getekend en uitgereikt {10}
~ 2025-09-30
B: Evaluatie cameratoezicht in november
A: Zet het in de agenda
""",
        150,
    ),
    Chat(
        "Verkeer en mobiliteit",
        "ruimte",
        "2025-01-20 08:30",
        ["Jeroen Haverkamp", "Patricia Nijhof", "Daan Eefting", "Suzanne Mol"],
        """
A: Verkeerstellingen Q1 zijn binnen
B: Ik zet ze in het dashboard
~ 2025-02-17
C: ProRail wil de onbewaakte overweg aan de Veendijk sluiten. De brief is binnen, reageren voor 1 april {6}
A: Hoeveel gebruik? {6}
C: 120 fietsers en 40 auto's per dag, vooral boeren en scholieren richting Nijeveen {6}
B: Dan moeten die ruim 3 kilometer omrijden via de Havelterweg {6}
~ 2025-03-25
C: Zienswijze op de sluiting van de overgang verstuurd: akkoord als er een fietstunnel komt, anders niet {6}
~ 2025-04-22
B: We moeten overwegen om de fietsstraat in Ezinge eerder aan te leggen
A: Na de zomer bespreken
~ 2025-05-26
D: Oosterboerweg: de drempels liggen er, 3 stuks tussen de school en de rotonde {3}
~ 2025-07-10
D: 11 klachten over de drempels. Bussen stuiteren, buren voelen trillingen in de woonkamer en een garage meldt een afgescheurde uitlaat {3}
A: Plateaus te steil? {3}
D: De aannemer heeft 1:8 gemaakt in plaats van 1:12. Zijn fout {3}
A: Laten afschuinen op zijn kosten {3}
~ 2025-08-04
D: Drempels aangepast, de klachten zijn gestopt {3}
~ 2025-08-25
A: Provincie vraagt of wij waarschuwingsborden voor wilde zwijnen plaatsen op de Kolderveense Dijk {2}
B: Ja, 4 borden. Na die aanrijding van vorige week is dat wel nodig {2}
~ 2025-09-15
B: Blankenstein: de bedrijven vragen om drempels op de Ambachtsweg tegen de racers. Lijkt me niet, daar rijden vrachtwagens {10}
A: Eens, dan liever een slagboom 's nachts {10}
~ 2025-10-20
C: De minister heeft besloten: de overweg Veendijk gaat per 1 december dicht, de fietstunnel komt er niet {6}
A: Ik bel Communicatie {6}
D: Boer Mulder belde al, hij moet met de trekker 6 kilometer om naar zijn land {6}
A: Voor hem kijken we naar een ontheffing over het onderhoudspad van ProRail {6}
~ 2025-11-05
B: Parkeerbeleid gaat in december naar de raad
""",
        160,
    ),
    Chat(
        "Groen, natuur en dieren",
        "openbare_ruimte",
        "2025-01-14 08:15",
        ["Jolanda Tiemens", "Arend Boers", "Mirte Visscher", "Jaap Hulsbos"],
        """
A: Snoeiplanning staat in de map
B: Top
~ 2025-04-28
C: Eerste meldingen van wilde zwijnen in Nijeveen: 4 tuinen aan de Dorpsstraat omgewoeld {2}
A: Zwijnen? Hier? Ik dacht dat die alleen op de Veluwe zaten {2}
C: Ze komen uit het Drents-Friese Wold. De faunabeheereenheid denkt aan een rotte van 8 {2}
~ 2025-05-13
D: Wroetschade sportpark Nijeveen en de bermen van de Kolderveense Dijk: geschat 6.500 euro {2}
~ 2025-06-02
B: Hertenkamp park Ezinge: de dierenarts zegt dat de hertjes te dicht op elkaar zitten. 14 damherten op een halve hectare, en de bok is agressief {12}
A: Dan moeten we kiezen: groter maken of opheffen {12}
~ 2025-06-11
C: Bos Kolderveen: na dat feest zijn 6 jonge eiken omgezaagd en de bodem is kapotgereden. Herstel kost 3.200 euro {8}
A: Herplant in november {8}
~ 2025-07-07
A: Voorstel aan het college: het hertenkamp opheffen, de herten naar een plek met meer ruimte {12}
~ 2025-09-22
D: De FBE heeft ontheffing van de provincie: afschot van 5 zwijnen rond Nijeveen deze winter {2}
B: Dat gaat weer reacties geven {2}
~ 2025-10-13
B: De laatste 6 herten zijn vandaag opgehaald door dierenpark Het Wildveld. Trailer reed om 10 uur weg {12}
A: Ging het goed? {12}
B: Eén hinde wilde de trailer niet in, na een uur lukte het {12}
~ 2025-11-17
C: Bloembollenactie in de wijken start volgende week
D: Ik heb 3.000 bollen besteld
""",
        160,
    ),
    Chat(
        "Team Burgerzaken",
        "dienstverlening",
        "2025-03-03 08:30",
        ["Els Wagenaar", "Tim Koopman", "Ingrid Post", "Bram Heuvelman"],
        """
A: Nieuwe afspraaktijden gaan 1 april in
B: Ik heb de teksten voor de site
~ 2025-05-19
C: Gaat het met iedereen? Wat een ochtend {4}
D: Ik trilde nog toen ik thuiskwam. Die meneer stond echt over de balie te schreeuwen {4}
A: Morgen om 9 uur komt de bedrijfsmaatschappelijk werker voor wie wil praten {4}
~ 2025-05-20
B: Worden er maatregelen genomen? Ik wil niet meer alleen aan balie 3 {4}
A: Vanaf volgende week staat er een beveiliger in de hal en de paniekknoppen worden getest {4}
~ 2025-06-16
D: Paniekknop balie 2 werkt niet, melding gedaan bij Facilitair {4}
~ 2025-09-01
C: Rijbewijsaanvragen lopen weer op
A: Extra balie op donderdag
~ 2025-11-24
B: Hij kwam vandaag toch binnen, ondanks het verbod. De beveiliger heeft hem naar buiten begeleid {4}
C: Gelukkig stond die er {4}
""",
        120,
    ),
    Chat(
        "Facilitair en huisvesting",
        "bedrijfsvoering",
        "2025-01-06 08:00",
        ["Harold Smeenk", "Monique Altena", "Koen Zuidema"],
        """
A: Kerstversiering is opgeruimd
B: Dank!
~ 2025-02-24
B: Inventarisatie van de kunstcollectie: bij het labelen missen we 5 schilderijen die wel op de lijst staan {7}
A: Welke? {7}
B: Onder andere het portret van burgemeester Van Lohuizen uit 1920 en twee aquarellen van het Meppelerdiep uit de oude raadzaal {7}
C: Misschien zijn ze bij de verbouwing in 2019 naar het depot gegaan? {7}
~ 2025-03-10
B: Depot doorzocht, 2 van de 5 teruggevonden achter de rekken. De andere 3 nergens {7}
A: Dan aangifte doen en de verzekeraar inlichten {7}
~ 2025-03-31
A: Ontruiming van het oude kantoor aan de Eshuisstraat loopt, de archiefdozen gaan vrijdag weg {9}
C: Het containerbedrijf komt donderdag {9}
~ 2025-04-08
A: Wie heeft die dozen in de gewone container gezet? Het verhuisbedrijf zegt dat het zo op de lijst stond {9}
C: Op de lijst stond 'vernietiging', zij lazen 'afval' 🤦 {9}
~ 2025-05-19
A: Balie Burgerzaken: beveiliger vanaf maandag, 3 maanden, 24.000 euro {4}
B: En een tweede uitgang achter de balies {4}
~ 2025-06-03
C: De schilders beginnen maandag met de kozijnen van het stadhuis
B: De steiger komt aan de kant van de Markt
~ 2025-09-15
B: De verzekeraar keert 8.200 euro uit voor de 2 schilderijen die nog weg zijn {7}
A: Liever hadden we ze terug {7}
~ 2025-11-03
C: Kerstboom in de hal komt 1 december
""",
        150,
    ),
    Chat(
        "Communicatie",
        "bestuur",
        "2025-01-07 09:00",
        ["Sophie Reinders", "Mark Lok", "Anne Wiersma", "Dewi Pranoto"],
        """
A: Bericht over de nieuwjaarsreceptie staat online
B: Foto's volgen
~ 2025-03-19
C: Graag vandaag een bericht op de site over de afgesloten voetbrug in het Wilhelminapark, met de omleiding {1}
A: Staat erop, ook op Facebook {1}
~ 2025-04-01
D: Persvraag van de Meppeler Courant over de ja-ja-sticker: wanneer gaat die in? {11}
B: Het raadsvoorstel is nog niet besproken. Ik zeg: de raad beslist in mei {11}
~ 2025-05-22
D: Campagne 'Wil je folders? Plak de JA-sticker' loopt vanaf 1 september {11}
A: Stickers liggen bij de balie en in de bibliotheek {11}
~ 2025-07-08
C: De petitie 'Red het hertenkamp' heeft al 2.300 handtekeningen {12}
B: De wethouder wil in gesprek met de initiatiefnemers {12}
~ 2025-07-15
A: Persbericht over de toekomst van de herten: ze gaan naar een plek met meer ruimte, in overleg met de dierenarts {12}
~ 2025-08-26
B: Nieuwe huisstijl voor de nieuwsbrief
D: Mooi geworden
~ 2025-10-21
C: Overweg Veendijk: bewoners zijn boos. We maken een vraag-en-antwoord met de omleiding voor fietsers {6}
D: AUDIO {6}
D: Zo dus, kort en zonder jargon {6}
~ 2025-11-18
B: Ontwerp kerstkaart staat klaar
""",
        150,
    ),
    Chat(
        "Raadsgriffie",
        "bestuur",
        "2025-01-10 10:00",
        ["Annet Oldenburger", "Pim Reitsma", "Wendy Kamps"],
        """
A: Raadsagenda februari is verstuurd
~ 2025-03-20
B: Raadsvoorstel opt-in voor reclamedrukwerk staat op de agenda van de commissie Bestuur van 15 april {11}
C: Er zijn al 4 insprekers, 2 van de huis-aan-huisbladen {11}
~ 2025-04-15
B: De Meppeler Courant zegt 30% van de adverteerders kwijt te raken als de krant onder de ja-ja-regel valt {11}
A: Er komt een amendement om huis-aan-huiskranten uit te zonderen {11}
~ 2025-05-13
A: Raad heeft de ja-ja-sticker aangenomen met het amendement, 19 tegen 8 {11}
~ 2025-07-02
C: Burgerinitiatief over het hertenkamp ingediend, 2.900 handtekeningen {12}
A: Agenda september {12}
~ 2025-09-16
C: Raad verwerpt het burgerinitiatief, het college mag de herten herplaatsen {12}
~ 2025-10-07
B: Motie over de overweg Veendijk aangenomen: het college moet bij de minister blijven pleiten voor een fietstunnel {6}
C: Schriftelijke vragen van D66 over de overweg zijn ook binnen {6}
~ 2025-11-04
A: Begrotingsbehandeling 11 november
""",
        120,
    ),
    Chat(
        "Evenementen en economie",
        "ruimte",
        "2025-02-04 10:00",
        ["Thijs Brouwers", "Linda Everts", "Ahmed Bouzid"],
        """
A: Evenementenkalender 2025 is rond
~ 2025-04-02
B: Aanvraag voor een stadsstrand aan de Stoombootkade binnen, van Beach Boulevard Meppel: 800 m² zand, een bar en ligstoelen, juni tot september {5}
A: Geluid? {5}
B: Tot 23 uur achtergrondmuziek, 4 avonden livemuziek {5}
~ 2025-05-15
B: Vergunning stadsstrand verleend, met glasverbod en sluiting om 23 uur {5}
C: PHOTO "Stadsstrand Meppel. Geen glas op het strand. Open tot 23.00 uur" {5}
~ 2025-06-20
C: De Ondernemersvereniging Binnenstad is tegen de ja-ja-sticker. Ze zijn bang dat niemand hun folders nog ziet {11}
A: Kunnen ze niet adverteren in de huis-aan-huiskrant? {11}
C: Dat vinden ze te duur {11}
~ 2025-09-22
B: Evaluatie stadsstrand: 41 klachten, vooral geluid en glas. Volgend jaar alleen met betere afspraken {5}
~ 2025-10-14
A: Oldtimerdag op de Markt: 120 auto's aangemeld, de vergunning is rond
B: Geluidsmeting niet nodig?
A: Nee, ze staan de hele dag stil
~ 2025-11-20
C: Overleg kerstmarkt donderdag
""",
        150,
    ),
    Chat(
        "Cultuur en erfgoed",
        "samenleving",
        "2025-02-10 09:00",
        ["Renske Mulder", "Otto Bergman"],
        """
A: Subsidieronde cultuur sluit 1 maart
~ 2025-02-25
B: Harold van Facilitair mist schilderijen uit de collectie. Hebben wij iets uitgeleend? {7}
A: Alleen het doek van de Reestdal-molen, voor de tentoonstelling van 2023 in museum De Oude Drukkerij. Dat is teruggekomen {7}
~ 2025-03-14
A: Lijst van de vermiste kunstwerken naar de politie gestuurd, voor het register van gestolen kunst {7}
~ 2025-04-23
A: De burgemeester vraagt steeds naar het portret van Van Lohuizen. We hebben een oproep in de krant gezet {7}
~ 2025-06-10
B: Een veilinghuis in Zwolle belt: ze hebben een aquarel van het Meppelerdiep met ons inventarisnummer op de achterkant {7}
B: PHOTO "Kunstbezit Gemeente Meppel inv.nr. 1974-022" {7}
A: Wat?! Niet laten verkopen, ik bel de politie {7}
~ 2025-06-24
B: De aquarel hangt weer in het stadhuis. De inbrenger zegt dat hij hem op een rommelmarkt kocht {7}
A: Mooi! En de politie? {7}
B: Die zoekt nog uit hoe hij uit het stadhuis is verdwenen {7}
~ 2025-09-08
A: Open Monumentendag: 14 locaties
""",
        100,
    ),
    Chat(
        "KCC teamchat",
        "dienstverlening",
        "2025-02-03 08:00",
        ["Joyce Veenstra", "Erwin Hoekman", "Sanne Dolfing", "Rik Lammers"],
        """
A: Gemiddelde wachttijd vandaag 4 minuten
~ 2025-03-19
B: Al veel vragen over het bruggetje in het park. Hoelang blijft het dicht? {1}
A: Zeg maar: minstens tot het najaar, de omleiding staat op de site {1}
~ 2025-05-12
C: Mensen uit Nijeveen bellen over hun tuin: 'de zwienen hebben alles omploegd' 😅 Wat zeggen we? {2}
A: Melding aanmaken voor Groen. Schade aan je eigen tuin vergoedt de gemeente niet {2}
~ 2025-07-11
D: Klachten over de verkeersdrempels in de Oosterboerweg, al 6 vandaag {3}
C: En een mevrouw die zegt dat haar hond bang is van het gebonk 🙄 {3}
A: Doorzetten naar Verkeer, en zeggen dat ze worden aangepast {3}
~ 2025-08-28
B: Vragen over de ja/ja sticker: waar haal ik die? {11}
A: Balie, bibliotheek, of zelf printen van de site {11}
~ 2025-09-02
C: Een mevrouw belt boos: ze krijgt sinds 1 september geen folders van de supermarkt meer en wil haar aanbiedingen terug {11}
D: Sticker plakken 🙂 {11}
~ 2025-10-14
B: Nieuw telefoonmenu vanaf 1 november
""",
        130,
    ),
    Chat(
        "Inspectie voetbrug",
        "ruimte",
        "2025-03-18 14:00",
        ["Bas Hoogeveen", "Gerrit Jonkman"],
        """
A: Gerrit, ik heb de foto's van het bruggetje gezien. Zijn de liggers ook aangetast? {1}
B: Twee van de vier, van de rest weet ik het niet {1}
A: Ik laat een constructeur kijken. Tot die tijd blijft hij dicht {1}
~ 2025-04-02
A: Rapport binnen: alles vervangen, ook de liggers. Raming 86.000 euro {1}
B: Pfff {1}
""",
        35,
    ),
    Chat(
        "Aannemer loopbrug",
        "ruimte",
        "2025-09-10 10:00",
        ["Bas Hoogeveen", "Marco Stegeman (Stegeman Houtbouw)"],
        """
A: Marco, de opdracht voor het nieuwe dek en de liggers is rond. Start 6 oktober? {1}
B: Top, 4 weken werk als het droog blijft {1}
~ 2025-10-29
B: Opgeleverd {1}
A: 👍 {1}
""",
        30,
    ),
    Chat(
        "Wijkcoach Zuiderpark",
        "samenleving",
        "2025-04-22 09:30",
        ["Tamara Bosch", "Gerrit Jonkman"],
        """
A: Gerrit, mevrouw Dekker van de seniorenflat kan met haar rollator niet meer naar de supermarkt nu het bruggetje dicht is {1}
B: Die omleiding is ook lang. Ik kijk of we een tijdelijk pad langs de gracht kunnen maken {1}
~ 2025-05-06
B: Tijdelijk pad ligt er, met halfverharding {1}
A: Ze is er heel blij mee {1}
B: Mooi {1}
""",
        30,
    ),
    Chat(
        "Brugwachters zomerrooster",
        "openbare_ruimte",
        "2025-04-01 08:00",
        ["Harm Oosting", "Gerrit Jonkman"],
        """
A: Zomerrooster van de brugwachters gaat 1 mei in, Kaapbrug en Kerkbrug
B: Ook op zondag bediening?
A: Ja, van 9 tot 19 uur
B: Wie doet de Kaapbrug op Koningsdag?
A: Ikzelf
""",
        30,
    ),
    Chat(
        "Faunabeheer zwijnen",
        "openbare_ruimte",
        "2025-05-15 11:00",
        ["Jolanda Tiemens", "Hendrik Stuivenberg (FBE Drenthe)"],
        """
B: Jolanda, de rotte zit in het bosje achter de ijsbaan bij Nijeveen. De wildcamera's laten 8 stuks zien, 2 keilers {2}
A: Wat kunnen jullie doen? {2}
B: Ontheffing aanvragen voor afschot. Een raster langs het sportpark helpt ook {2}
~ 2025-07-14
B: AUDIO {2}
A: Dus de provincie beslist in september? {2}
B: Ja {2}
""",
        35,
    ),
    Chat(
        "Schade sportpark Nijeveen",
        "samenleving",
        "2025-05-12 08:40",
        ["Arend Boers", "Karel Hofman (VV Nijeveen)"],
        """
B: Goedemorgen, ons hoofdveld ligt weer helemaal open. De wedstrijd van zaterdag gaat niet door {2}
A: Vervelend. Waren het weer de wilde zwijen? {2}
B: Ja, sporen overal. Wie betaalt dit? {2}
A: Wij herstellen het veld, het is ons sportpark. In juni komt er een raster {2}
~ 2025-06-20
B: Raster staat. Sindsdien rust {2}
A: Fijn om te horen {2}
""",
        30,
    ),
    Chat(
        "Aanrijding zwijn",
        "veiligheid",
        "2025-08-18 07:10",
        ["Niels Vrieling", "Marloes Dijkstra"],
        """
A: Vannacht op de Kolderveense Dijk een auto tegen een wild zwijn. Bestuurder licht gewond, het beest is dood {2}
B: Wat naar. Wie ruimt het kadaver op? {2}
A: De buitendienst, samen met de jachtopzichter {2}
""",
        25,
    ),
    Chat(
        "Varkenshouderij Rogat",
        "ruimte",
        "2025-03-11 13:00",
        ["Sietse Nijenhuis", "Margreet Bultje"],
        """
A: De aanvraag voor de uitbreiding van de varkenshouderij aan de Rogatweg is compleet
B: Hoeveel varkens erbij?
A: Van 2.400 naar 3.600 vleesvarkens, een nieuwe stal
B: Dan moet de geurberekening opnieuw
A: Heb ik al gevraagd
""",
        30,
    ),
    Chat(
        "Schadeclaim drempel",
        "bestuur",
        "2025-07-16 10:00",
        ["Patricia Nijhof", "Lisette Boerma"],
        """
A: Lisette, garage Tuinman stuurt een schadeclaim: de uitlaat van een klant is afgescheurd op de drempel in de Oosterboerweg. 740 euro {3}
B: Was de drempel te steil volgens de richtlijn? {3}
A: Ja, 1:8, dat geeft de aannemer ook toe {3}
B: Dan stuur ik de claim door naar de aannemer, die is aansprakelijk {3}
~ 2025-09-03
B: Aannemer heeft betaald {3}
A: Mooi {3}
""",
        35,
    ),
    Chat(
        "Trillingen Oosterboerweg",
        "ruimte",
        "2025-07-09 19:30",
        ["Daan Eefting", "Fenna Roelofs"],
        """
B: Sinds die bulten er liggen trilt mijn hele huis als de bus langskomt. De kopjes rammelen in de kast {3}
A: Dat spijt me. We maken de verkeersremmers eind juli flauwer {3}
B: En als mijn muur scheurt? {3}
A: Dan kunt u een schademelding doen, ik stuur u het formulier {3}
~ 2025-08-05
B: Het is veel beter nu. Dank u {3}
A: Fijn! {3}
""",
        30,
    ),
    Chat(
        "Qbuzz Oosterboerweg",
        "ruimte",
        "2025-07-11 08:15",
        ["Suzanne Mol", "Reinier Zijlstra (Qbuzz)"],
        """
B: Onze chauffeurs klagen over de nieuwe drempels in de Oosterboerweg. Er is een passagier gevallen {3}
A: We passen ze aan, week 31 {3}
B: Kan het een busvriendelijke drempel worden? {3}
A: Dat wordt het: 1:12 en breder {3}
""",
        25,
    ),
    Chat(
        "Drempelvrij stadhuis",
        "bedrijfsvoering",
        "2025-05-06 10:00",
        ["Koen Zuidema", "Marit Heijnen (Adviesraad Sociaal Domein)"],
        """
B: Bij de schouw zagen we dat je met een rolstoel niet zelf de zijingang van het stadhuis in komt, er zit een drempel van 6 cm
A: Klopt, die gaat eruit bij de verbouwing
B: En de deur naar de trouwzaal?
A: Die wordt automatisch, in het najaar
B: Fijn, dan zetten we het in ons advies
""",
        30,
    ),
    Chat(
        "Aangifte balie",
        "dienstverlening",
        "2025-05-19 12:30",
        ["Els Wagenaar", "Ingrid Post"],
        """
A: Ingrid, de politie wil vanmiddag je verklaring voor de aangifte. Lukt dat? {4}
B: Ja, om 3 uur. Gaat er iemand mee? Ik vind het eng {4}
A: Ik ga zelf mee {4}
~
B: Gedaan. Ik ben blij dat het achter de rug is {4}
A: Knap van je ❤️ {4}
""",
        35,
    ),
    Chat(
        "Locatieverbod",
        "veiligheid",
        "2025-05-19 15:00",
        ["Marloes Dijkstra", "Hugo Venema"],
        """
A: Hugo, klopt het dat een locatieverbod volgens de APV maximaal 3 maanden is? {4}
B: Nee, tot 6 maanden, als hij eerder is gewaarschuwd {4}
A: Hij is in maart al eens weggestuurd na geschreeuw {4}
B: Dan kan 6 maanden. Per post of telefoon mag hij ons nog wel bereiken {4}
""",
        25,
    ),
    Chat(
        "Beveiliging publiekshal",
        "bedrijfsvoering",
        "2025-05-20 08:00",
        ["Harold Smeenk", "Gert Jan Beukema (Beveiliging Noord)"],
        """
A: Kunnen jullie vanaf maandag een beveiliger in de publiekshal zetten? Het is na dat incident aan de balie {4}
B: Ja, van 8.30 tot 17 uur. Met of zonder hond? 😄 {4}
A: Zonder 😅 {4}
~ 2025-08-25
A: We verlengen tot eind december {4}
B: Prima {4}
""",
        30,
    ),
    Chat(
        "Stadsstrand exploitant",
        "ruimte",
        "2025-06-29 10:00",
        ["Thijs Brouwers", "Roy Kuiper (Beach Boulevard Meppel)"],
        """
B: Thijs, zaterdag was het druk, 1.200 bezoekers. Er waren een paar vervelende jongens {5}
A: De boa's zeggen dat er om half 12 nog muziek was {5}
B: Klopt, de dj ging door. Gebeurt niet meer {5}
A: Volgende keer moet ik een waarschuwing geven {5}
~ 2025-07-03
B: Extra beveiliging vanaf 21 uur geregeld, en alleen nog plastic bekers {5}
A: 👍 {5}
~ 2025-07-22
B: Kunnen jullie het zand nog een keer zeven? Er zit weer glas in {5}
A: Woensdag {5}
""",
        40,
    ),
    Chat(
        "Klacht strand buren",
        "dienstverlening",
        "2025-07-14 16:00",
        ["Sanne Dolfing", "Linda Everts"],
        """
A: Linda, meneer Bakker van de Stoombootkade 9 belt voor de vierde keer: de bassen, elke avond {5}
B: Noteer het, ik neem het mee in de evaluatie {5}
A: Hij wil een geluidsmeting {5}
B: Ik vraag het aan de omgevingsdienst {5}
~ 2025-08-08
B: Meting gedaan: binnen de norm, maar net {5}
A: Hij wil de uitslag per brief {5}
B: Stuur ik hem {5}
""",
        30,
    ),
    Chat(
        "Beachvolleybal Ezinge",
        "samenleving",
        "2025-04-10 09:00",
        ["Arend Boers", "Nicole Westra (VC Meppel)"],
        """
B: Het zand van het beachvolleybalveld op sportpark Ezinge is op, er zitten stenen in
A: We bestellen 40 kuub nieuw zand
B: Voor de competitie in mei?
A: Ja, het wordt in de laatste week van april gestort
""",
        25,
    ),
    Chat(
        "ProRail overweg Veendijk",
        "ruimte",
        "2025-02-20 10:00",
        ["Patricia Nijhof", "Bart de Wolde (ProRail)"],
        """
B: Patricia, de onbewaakte overweg Veendijk staat op de landelijke lijst van NABO's die weg moeten. In 2024 waren er 2 bijna-ongelukken {6}
A: Wij willen een fietstunnel, anders fietsen de scholieren over de drukke Havelterweg {6}
B: Een tunnel kost 4 miljoen. Dat betaalt ProRail niet alleen {6}
A: We praten verder na de zienswijze {6}
~ 2025-11-28
B: PHOTO "Deze overweg wordt gesloten per 1 december 2025. ProRail" {6}
B: Bord staat, maandag komt het hekwerk {6}
A: Balen {6}
""",
        40,
    ),
    Chat(
        "Overweg scholieren",
        "samenleving",
        "2025-03-04 15:30",
        ["Patricia Nijhof", "Ria Wolters (Reestlyceum)"],
        """
B: Ouders maken zich zorgen: 80 leerlingen fietsen nu over de spoorwegovergang aan de Veendijk. Als die dicht gaat, moeten ze langs de Havelterweg {6}
A: Dat begrijp ik, het staat ook in onze zienswijze {6}
B: Kan er een schoolroute met begeleiding komen? {6}
A: We kijken naar een vrijliggend fietspad {6}
~ 2025-10-21
B: Nu het besluit er is: komt dat vrijliggende fietspad er nog? {6}
A: Ja, in het voorjaar, langs het spoor naar de Havelterweg {6}
B: Gelukkig {6}
""",
        30,
    ),
    Chat(
        "Fietsenstalling station",
        "ruimte",
        "2025-06-05 11:00",
        ["Jeroen Haverkamp", "Bart de Wolde (ProRail)"],
        """
B: Jeroen, de stalling aan de westkant van het station zit elke dag vol
A: Wij overwegen een tweede laag met etagerekken
B: ProRail betaalt de helft, als het voor 2026 klaar is
A: Ik zet het in het voorjaarsnota-overleg
""",
        30,
    ),
    Chat(
        "Aangifte schilderijen",
        "bedrijfsvoering",
        "2025-03-11 09:00",
        ["Monique Altena", "Harold Smeenk"],
        """
A: Aangifte van de 3 schilderijn is gedaan, de politie wil foto's {7}
B: In het collectieregister staan foto's van alle doeken {7}
A: Gevonden, gestuurd {7}
B: 👍 {7}
~ 2025-06-24
A: Eén aquarel is terug via een veilinghuis, ik heb de politie ingelicht {7}
B: Goed nieuws! {7}
""",
        25,
    ),
    Chat(
        "Verzekering kunst",
        "bedrijfsvoering",
        "2025-07-01 10:00",
        ["Monique Altena", "Jelmer Kooistra"],
        """
B: Monique, voor de claim heb ik de taxatiewaarde nodig van de werken die nog weg zijn {7}
A: Portret Van Lohuizen 6.000 euro, de aquarel die nog mist 2.200. De andere aquarel is terug {7}
B: Dan claim ik 8.200 euro {7}
~ 2025-09-12
B: Toegekend {7}
A: Fijn, dank {7}
""",
        30,
    ),
    Chat(
        "Schilderwerk kozijnen",
        "bedrijfsvoering",
        "2025-05-26 13:00",
        ["Koen Zuidema", "Dirk Schuurman (Schildersbedrijf Schuurman)"],
        """
B: Koen, we beginnen 2 juni met de kozijnen van het stadhuis. De raadzaal als laatste
A: Prima. Kunnen jullie om de vergaderingen heen werken?
B: Stuur me de data, dan schilderen we daar omheen
A: Staat in je mail
""",
        25,
    ),
    Chat(
        "Feest bos",
        "veiligheid",
        "2025-06-09 10:00",
        ["Marloes Dijkstra", "Youssef Amrani"],
        """
A: Youssef, zijn er al namen bekend van dat bosfeest? {8}
B: De politie heeft de organisator: een jongen van 22 uit Zwolle. Hij had de flyer op Insta gezet met 'secret location' {8}
A: Kunnen we de opruimkosten bij hem halen? {8}
B: De jurist kijkt ernaar {8}
~ 2025-06-12
B: Jurist zegt: aansprakelijk stellen {8}
""",
        30,
    ),
    Chat(
        "Kosten opruimen bos",
        "bedrijfsvoering",
        "2025-06-18 09:00",
        ["Hugo Venema", "Jolanda Tiemens"],
        """
B: Hugo, het totaal voor het opruimen na die rave en het herstel van het bos: 7.850 euro {8}
A: Ik stuur de organisator een aansprakelijkstelling {8}
~ 2025-08-19
A: Hij betaalt in termijnen, de eerste is binnen {8}
B: Mooi {8}
""",
        30,
    ),
    Chat(
        "Boswachter Kolderveen",
        "openbare_ruimte",
        "2025-06-08 08:30",
        ["Mirte Visscher", "Albert Zandstra"],
        """
B: Zaterdag rond middernacht hoorde ik bassen in het Kolderveense bos. Tientallen auto's langs het zandpad {8}
A: Heb je de politie gebeld? {8}
B: Ja, die kwamen om 3 uur en hebben het stilgelegd {8}
B: PHOTO "Secret Forest Rave 7 juni. Locatie volgt via DM" {8}
A: Zo'n flyer? Waar vond je die? {8}
B: Hing op een paal bij de parkeerplaats {8}
""",
        35,
    ),
    Chat(
        "Personeelsfeest",
        "bedrijfsvoering",
        "2025-08-11 12:00",
        ["Sanne Jager", "Monique Altena"],
        """
A: Het personeelsfeest is op 26 september in het paviljoen aan de bosrand
B: Met een dj?
A: Ja, en een buffet. Tot 1 uur
B: Bus terug naar de stad?
A: Om 0.30 uur en om 1.15 uur
""",
        30,
    ),
    Chat(
        "Vondst dossiers",
        "bedrijfsvoering",
        "2025-04-09 18:00",
        ["Lisa Hoving", "Rob Tuinstra"],
        """
B: Ik heb de foto's verwijderd zoals gevraagd. Maar ik schrok er echt van, er zat ook een map van mijn buurman tussen {9}
A: Dank u wel. We informeren iedereen van wie gegevens in die dozen zaten {9}
B: Komt dit in de krant? {9}
A: Dat weet ik niet, wij zijn er open over {9}
""",
        25,
    ),
    Chat(
        "Archiefdozen",
        "bedrijfsvoering",
        "2025-04-08 10:00",
        ["Ruben de Graaf", "Astrid Meinema"],
        """
A: Astrid, die 23 dozen uit de container, wat doen we ermee? {9}
B: Ze staan hier in de kluis. De bewaartermijn is verlopen, ze gaan onder toezicht naar Shredpoint {9}
A: Graag met een vernietigingsverklaring {9}
~ 2025-04-17
B: Vernietigd, verklaring zit in het dossier {9}
A: Top {9}
""",
        30,
    ),
    Chat(
        "Brief betrokkenen",
        "samenleving",
        "2025-04-10 11:00",
        ["Karin Zwiers", "Marjan Hilberts"],
        """
A: Marjan, kun je de adressen van de 412 oud-cliënten leveren voor de brief over het datalek? {9}
B: Van 38 hebben we geen adres meer, verhuisd of overleden {9}
A: Die noteren we in het register {9}
~
B: Bestand staat in de beveiligde map {9}
A: Dank! {9}
""",
        35,
    ),
    Chat(
        "Ondergrondse container vol",
        "openbare_ruimte",
        "2025-04-14 08:00",
        ["Wim Pol", "Esmee Knol"],
        """
A: De papiercontainer aan de Eshuisstraat zit weer vol, allemaal dozen van een verhuizing ernaast
B: Ik stuur de wagen. Bijplaatsing melden bij handhaving?
A: Ja, er zit een adres op een doos
""",
        25,
    ),
    Chat(
        "Racers Blankenstein",
        "ruimte",
        "2025-07-21 09:00",
        ["Jeroen Haverkamp", "Dirk Jan Westerhof"],
        """
B: Jeroen, elke zaterdagnacht zijn ze hier weer aan het driften. Mijn hek is er al 2 keer uit gereden {10}
A: Vervelend. Vanaf augustus komt er een camera {10}
B: En een slagboom? {10}
A: Daar beslissen we in oktober over {10}
~ 2025-11-03
B: Slagboom staat, sindsdien is het stil {10}
A: 👍 {10}
""",
        35,
    ),
    Chat(
        "Melding nachtelijke herrie",
        "dienstverlening",
        "2025-08-30 23:40",
        ["Erwin Hoekman", "Youssef Amrani"],
        """
A: Youssef, bewoners van de Ezingerweg horen de motoren weer gieren op het industrieterrein {10}
B: Ja, de meeting. We zijn er al {10}
A: AUDIO {10}
B: Ik hoor het, die man heeft gelijk 😅 {10}
~
A: Hoe liep het af? {10}
B: 12 auto's weggestuurd, 3 bonnen {10}
""",
        25,
    ),
    Chat(
        "Oldtimerrit",
        "veiligheid",
        "2025-05-02 10:00",
        ["Frank Schepers", "Hennie Lubbers (Oldtimerclub Reestdal)"],
        """
B: Onze voorjaarsrit start 18 mei op bedrijventerrein Blankenstein, bij de garage van Westerhof. 80 auto's
A: Een toertocht is geen wedstrijd, dus een melding is genoeg
B: We rijden wel in colonne door Meppel
A: Dan graag verkeersregelaars bij de rotondes
""",
        30,
    ),
    Chat(
        "Huis-aan-huisblad",
        "bestuur",
        "2025-05-14 09:00",
        ["Sophie Reinders", "Maarten Hoeve"],
        """
B: Sophie, klopt het dat onze krant na 1 september niet meer bezorgd mag worden bij mensen zonder sticker? {11}
A: Nee, de raad heeft de huis-aan-huisbladen uitgezonderd. Alleen reclamefolders vallen onder de opt-in {11}
B: Mag ik je daarover citeren? {11}
A: Ja {11}
""",
        30,
    ),
    Chat(
        "Verspreider folders",
        "ruimte",
        "2025-08-20 14:00",
        ["Thijs Brouwers", "Anton Geertsema"],
        """
B: Hoe controleren jullie of onze bezorgers zich aan de stickers houden? {11}
A: Bij klachten gaat een boa langs, de eerste keer is het een waarschuwing {11}
B: En als iemand geen sticker heeft, mag er dan niks in? {11}
A: Precies, zonder JA-sticker geen ongeadresseerd reclamedrukwerk {11}
~ 2025-09-24
B: 3 klachten over onze bezorgers, we hebben ze aangesproken {11}
""",
        35,
    ),
    Chat(
        "Handhaving sticker",
        "veiligheid",
        "2025-09-08 09:00",
        ["Niels Vrieling", "Gea Hofstee"],
        """
A: Eerste melding over de jaja-sticker: Sluisstraat 12 krijgt toch folders in de bus {11}
B: Ik ga langs. Waarschuwing aan de verspreider? {11}
A: Ja {11}
B: Bij hem zit nog de oude sticker op de brievenbus {11}
B: PHOTO "NEE geen reclamedrukwerk JA wel huis-aan-huisbladen" {11}
A: Dan mag er sowieso niks in 😄 {11}
""",
        25,
    ),
    Chat(
        "Stickers lantaarnpalen",
        "openbare_ruimte",
        "2025-10-06 08:00",
        ["Esmee Knol", "Henk Brinkman"],
        """
A: Langs de Steenwijkerweg zitten weer overal voetbalstickers op de lantaarnpalen
B: Met de stoomreiniger eraf?
A: Ja, en op de verkeersborden ook
B: Donderdag
""",
        25,
    ),
    Chat(
        "Dierenarts hertenkamp",
        "openbare_ruimte",
        "2025-05-28 13:00",
        ["Arend Boers", "Femke Lubach"],
        """
B: Arend, ik ben bij de damherten geweest. Twee hindes zijn mager en de grond is een modderpoel {12}
A: Wat adviseer je? {12}
B: De weide drie keer zo groot maken, of de dieren herplaatsen. Zo kan het niet langer {12}
A: Ik neem het mee naar het college {12}
B: AUDIO {12}
~ 2025-10-13
B: Vervoer is goed gegaan, ze staan in Het Wildveld {12}
""",
        30,
    ),
    Chat(
        "Petitie herten",
        "bestuur",
        "2025-07-09 10:00",
        ["Wietske de Jong", "Gonnie Slot"],
        """
B: Mevrouw De Jong, we hebben 2.300 handtekeningen voor het behoud van het hertenkamp. Wanneer kunnen we ze aan de wethouder geven? {12}
A: Donderdag 17 juli om 16 uur, in het stadhuis {12}
B: Dan komen we met de kinderen uit de buurt {12}
A: Leuk {12}
~ 2025-07-17
B: Dank voor het gesprek. Wij blijven ons inzetten voor het hertenkamp {12}
A: De wethouder neemt jullie zorgen mee {12}
""",
        30,
    ),
    Chat(
        "Wildaanrijding ree",
        "veiligheid",
        "2025-10-27 06:50",
        ["Frank Schepers", "Niels Vrieling"],
        """
A: Vanochtend op de Havelterweg een ree aangereden, het dier ligt in de berm
B: Leeft het nog?
A: Nee. Ik bel de dierenambulance voor het kadaver
B: Bordje 'overstekend wild' staat daar al jaren
""",
        25,
    ),
)
