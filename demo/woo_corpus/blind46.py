"""The FORTY-SIXTH BLIND relevance set (issue 17): new chats, requests and judgements.

Written as a Woo officer of gemeente Meppel would by a helper (branch wooblind46, 7 December 2026,
stop 56) BEFORE any measurement on it, without reading the search code (woo/**), the search tests
(tests/woo/**), the synonym migrations or chats/redaction/, and without running the relevance
bench, any scorer or any search; blind45.py and blind44.py were read for the data format and the
docstring shape only (none of their requests, streets or names is reused), build.py for the Chat
and Request API and the filler, the first 80 lines of RESULTS.md for how sets are measured (they
hold earlier sets' figures, none of this set) and the README's corpus paragraph to register the
set. The subjects were chosen by counting the files of demo/woo_corpus that hold a candidate word
(grep -il) and dropping every subject whose word was in more than two (zwerfkatten with katten in
11 files, grafrechten, geldautomaat and pinautomaat, lachgas, asbest, processierups, hondenpoep,
ijsbaan, kinderboerderij, wildplassen, padel, woonboot and more; steenmarter, in one file, was a
whole earlier subject and was dropped too; legionella, in four, was kept out of R11's text). The
main word of each of the twelve kept is in no earlier file: nachtwinkel, bootcamp, watertaxi,
huifkar, bedwants, zeepkist, klimbos, wensballon, blowverbod, torenklok, waterspeelplaats and
massagesalon. Not yet measured: the lead measures it once on main's code. Same syntax as
blind.py: `{n}` after a line marks the requests it is relevant to, `~` starts the next day,
`~ YYYY-MM-DD` moves the chat to that day, `PHOTO "text"` is a photo with painted text, `AUDIO` a
voice note. Generated filler (build.FILLER) is relevant to nothing. Names, addresses, firms,
associations, amounts and numbers are made up (so are the Touwslagersstraat, Avondwinkel Baran,
the Amaliapark and the Vijverlaan, FitBuiten, Rederij Het Blauwe Vaantje, the Havenkade, the
Schippersplein, the Havenbrug and Looiersbrug, manege De Hoefslag and the Veenderweg, sporthal De
Kroft, Plaagvrij Noord, Slaapgigant Zakelijk, VC Smash, the Kraaiendijk, team De Knalpijp, the
Heerenbos, Klimpark Avontura, Bureau Veldwerk, Natuurvereniging De Grutto, the Hesselterweg,
basisschool De Zeester, Party Plaza, the Catharinaplein, the Zuidertoren and Zuiderkerk,
Uurwerkmakerij Ter Steege, park Vosseveld, the Kwikstaartstraat, AquaPlay Techniek, the
Kruiskampstraat, Lotus and wethouder Kremer); a few real organisations (the COA, the GGD, the
waterschap, the provincie, the arbeidsinspectie, CoMensha, the KvK, RTV Drenthe, the Meppeler
Courant) appear as they would in such chats.

The twelve requests and their queries were written first, from the request text only, before any
chat. Themes: the night shop in the Touwslagersstraat, its exemption from shop hours withdrawn
(R1), bootcamps and paid outdoor fitness classes in the Amaliapark (R2), the electric water taxi
trial between the station and the centre (R3), the covered-wagon rides of a riding school near
Nijeveen (R4), bed bugs in the emergency shelter for asylum seekers in sporthal De Kroft (R5), the
soapbox race on the Kraaiendijk in Nijeveen and the spectator hurt (R6), the climbing forest
planned in the Heerenbos (R7), sky lanterns and balloon releases: a thatched roof set alight, a
school's balloon contest, the APV ban (R8), the ban on smoking cannabis on the Catharinaplein and
at the library (R9), the tower clock of the Zuidertoren, its night strike silenced and its
striking train repaired (R10), the splash pad in park Vosseveld, its pump and water quality (R11)
and the massage parlour in the Kruiskampstraat closed by the mayor (R12).

Long team chats (enforcement, permits and events, public order and police, district maintenance,
sport, shelter and integration, communication, the council clerk, green and nature, real estate,
customer contact, the district team Nijeveen, traffic, economic affairs, legal affairs, culture
and heritage, environment and health, youth work, the mayor's office) carry a request's subject in
a few lines among other work; short one-to-one chats answer without repeating the subject ("Top",
"Au", "Doe ik", "Mooi 🌼", "Dat nemen we mee", "Hij slaat weer", "Er hangen zegels op de deur");
other words for the subjects (avondwinkel, late winkel, late zaak, de winkel van Baran, ontheffing;
bootcampers, sportgroepen, buitenlessen, burpees, squat, personal trainer, klimrek, elastieken;
taxiboot, pendelboot, elektrische sloep, het bootje, de pendel, steigers; karren met paarden, wagen
met paarden, de kar, de huif, paardenvijgen, paardenpoep, mest, stront; wandluizen, beestjes,
bulten, jeuk, beten, speurhond, warmtebehandeling, veldbedden, matrassen; zeepkisten, kist, de
race, dijkrace, hooibalen, de bocht; klimpark, touwenpark, ziplines, kabelbanen, parcoursen,
kraamkolonie, batdetector; lampion die je oplaat, chinese lantaarn, luchtlantaarns, rietkap,
ballonnenwedstrijd, oplating; jointje, joints, wiet, wietlucht, hasj, softdrugs, aanwijzing,
verplaatsing; de klok, nachtslag, slagwerk, uurwerk, hamerveren, de slag; spetterveld, spuiters,
sproeiers, waterspeel-elementen, E. coli, monster, bemonsteren, UV-filter; de salon, Lotus,
massagepraktijk, Kruiskampstraat 20, sekssites, zegels, verzegeld, uitbuiting, mensenhandel);
split forms ("boot camp", "water taxi", "zeepkisten race", "klim bos", "wens ballon(nen)", "blow
verbod", "toren klok", "water speelplaats", "massage salon"); Drents dialect ("Elke zaoterdag weer
die karre mit zuupers d'r op", "Die klok slöt ieder kwartier, ok de hele nacht, ik kan der niet
van slaopen"); abbreviations (APV, COA, GGD, KvK, EHBO, UV, dB); typos ("nachtwinkle",
"bedwandsen", "watertaxie"); 5 photos with text, none naming the subject by its request word (the
first-aid post "DIJKRACE", the school's "GEEN OPLATING", the "SOFTDRUGS" sign, the "SPETTERVELD"
notice, the seal "GESLOTEN OP LAST VAN DE BURGEMEESTER") and 2 voice notes (the ecologist's bat
count, the clockmaker's finding), each inside a relevant exchange; and distractor chats and lines
that share words with requests but are about something else (a bootcamp morning and a chair
massage for staff, a team outing bootcamp, a hair salon's sign, taxis for councillors, a wedding
with horse and carriage, head lice at a school, a soap-bubble show, tree climbers pruning, a
climbing wall, a hot-air balloon landing in a meadow, balloons for a farewell, the council
chamber's clock, clocking in with an app, smoke-free playgrounds, a flooded schoolyard
("speelplaats onder water"), the town hall's opening hours at Christmas).

Judging rule (as the earlier sets): a message is relevant when a Woo officer would have to include
it to cover the request, also when it does not repeat the subject ("Top", "👍", "Au"); a voice
note or photo inside a relevant exchange is relevant. Lines of a relevant chat about something
else carry no tag.

Counts (computed from CHATS with build.parse_script and build.with_filler; the filler fills every
chat to its stated length): 72 chats of 12 to 170 messages, 3,300 messages (632 hand-written; 5
photos with text, 2 voice notes), 12 requests, 36 queries, 541 relevant messages, each relevant to
one request, in 120 (chat, request) pairs; 66 chats relevant to a request, 6 to none, 17 to
several. Relevant messages (chats) per request: R1 52 (13), R2 42 (8), R3 46 (11), R4 44 (9),
R5 47 (8), R6 46 (10), R7 44 (10), R8 42 (10), R9 40 (9), R10 53 (11), R11 43 (11), R12 42 (10)."""

from .build import Chat, Request

REQUESTS = (
    Request(
        1,
        "De nachtwinkel aan de Touwslagersstraat (2025): de ontheffing van de winkeltijden en de "
        "aanvraag om langer open te mogen, de klachten van omwonenden over jongeren, scooters en "
        "afval 's nachts, de verkoop van alcohol aan minderjarigen, de waarschuwing, het intrekken "
        "van de ontheffing en het bezwaar van de eigenaar.",
        ("nachtwinkel", "nachtwinkel overlast", "ontheffing winkeltijden intrekken"),
    ),
    Request(
        2,
        "Bootcamps en andere commerciële sportlessen in het Amaliapark (2025): de klachten over "
        "muziek en geschreeuw vroeg in de ochtend, de kapotte grasvelden, het gebruik van de "
        "speeltoestellen en bomen, en de beleidsregel met vaste plekken en een vergoeding.",
        ("bootcamp park", "buitensport amaliapark", "sportlessen park vergoeding"),
    ),
    Request(
        3,
        "De proef met een elektrische watertaxi tussen het station en de binnenstad (2025): de "
        "subsidie, de steigers en opstapplaatsen, het aantal passagiers, de problemen met de "
        "Havenbrug, de aanvaring met een sloep en het stoppen van de proef.",
        ("watertaxi", "watertaxi proef subsidie", "steiger opstapplaats"),
    ),
    Request(
        4,
        "De huifkartochten van manege De Hoefslag bij Nijeveen (2025): de klachten over dronken "
        "groepen, muziek en paardenmest op de weg, de fietser die de sloot in moest, de "
        "verkeersveiligheid van de Veenderweg en de afspraken met de manege.",
        ("huifkar", "huifkartocht overlast", "paardenmest fietspad"),
    ),
    Request(
        5,
        "Bedwantsen in de noodopvang voor asielzoekers in sporthal De Kroft (2025): de meldingen "
        "van bewoners, de bestrijding, de vervanging van matrassen en bedden, het verplaatsen van "
        "bewoners binnen de hal, de gevolgen voor de sportclubs en de kosten.",
        ("bedwantsen", "bedwantsen noodopvang", "ongedierte sporthal opvang"),
    ),
    Request(
        6,
        "De zeepkistenrace op de Kraaiendijk in Nijeveen (juni 2025): de evenementenvergunning, "
        "de afsluiting van de weg, het ongeluk waarbij een kist in het publiek reed, de gewonde "
        "toeschouwer, de aansprakelijkheid en of de race in 2026 terugkomt.",
        ("zeepkistenrace", "zeepkist ongeluk publiek", "evenement kraaiendijk nijeveen"),
    ),
    Request(
        7,
        "Het plan voor een klimbos in het Heerenbos (2025): de aanvraag van de ondernemer, de kap "
        "van bomen en het onderzoek naar vleermuizen, de bezwaren van omwonenden en de "
        "natuurvereniging, de informatieavond en het besluit van het college.",
        ("klimbos", "klimbos heerenbos bezwaar", "klimpark bomen vleermuizen"),
    ),
    Request(
        8,
        "Het oplaten van wensballonnen en ballonnen (2025): de rieten kap aan de Hesselterweg die "
        "in de nieuwjaarsnacht in brand vloog, de ballonnenwedstrijd van basisschool De Zeester, "
        "het verbod in de APV en de vragen uit de raad.",
        ("wensballonnen", "ballonnen oplaten verbod", "rieten dak brand wensballon"),
    ),
    Request(
        9,
        "Het blowverbod op het Catharinaplein en bij de bibliotheek (2025): de overlast van "
        "blowende jongeren, de aanwijzing door de burgemeester, de borden, de controles en boetes "
        "van de boa's, de verplaatsing naar andere plekken en de evaluatie.",
        ("blowverbod", "blowen overlast plein", "blowverbod boetes evaluatie"),
    ),
    Request(
        10,
        "De torenklok van de Zuidertoren (2025): de klachten over het slaan van de klok 's nachts, "
        "het uitzetten van de nachtslag, het kapotte slagwerk en het herstel door de gemeente als "
        "eigenaar, de petitie om de klok weer te laten slaan en de kosten.",
        ("torenklok", "klok toren nacht klachten", "zuidertoren uurwerk herstel"),
    ),
    Request(
        11,
        "De waterspeelplaats in park Vosseveld (zomer 2025): de aanleg en de opening, de kapotte "
        "pomp, de waterkwaliteit en de metingen van de GGD, de sluiting na een slechte meting, de "
        "drukte en het parkeren.",
        ("waterspeelplaats", "waterspeelplaats waterkwaliteit", "waterspeeltuin gesloten"),
    ),
    Request(
        12,
        "De massagesalon aan de Kruiskampstraat (2025): de signalen van illegale prostitutie en "
        "uitbuiting, de controle met de politie, de sluiting door de burgemeester, het bezwaar en "
        "de voorlopige voorziening van de eigenaar en de berichten in de pers.",
        (
            "massagesalon",
            "massagesalon sluiting burgemeester",
            "illegale prostitutie kruiskampstraat",
        ),
    ),
)


CHATS = (
    Chat(
        "Team handhaving",
        "veiligheid",
        "2025-01-06 07:30",
        ["Wessel Stroeve", "Nicole Hazeleger", "Orhan Demir", "Femke Stegeman"],
        """
A: Rooster februari staat erin, 2 boa's op zaterdagavond
B: 👍
~ 2025-01-17
C: Touwslagersstraat: weer klachten over de nachtwinkel, jongeren met scooters voor de deur tot 3 uur {1}
A: Is dat die van Baran? {1}
C: Ja. Buren vinden blikjes en flesjes in hun voortuin {1}
D: Mag die zaak eigenlijk de hele nacht open? {1}
A: Ontheffing tot 1 uur, daarna moet de deur dicht {1}
~ 2025-02-08
C: Vannacht om kwart over 2 nog open, 11 klanten binnen {1}
A: Rapport opmaken en naar vergunningen {1}
~ 2025-02-21
C: Kruiskampstraat: buren melden dat er bij die salon tot diep in de nacht mannen in en uit gaan {12}
A: Doorgeven aan OOV, niet zelf op af {12}
~ 2025-03-12
B: Amaliapark om half 7: drie groepjes aan het sporten met een box op vol volume {2}
A: Weer die bootcampers? {2}
B: Ja, twee van FitBuiten en een van een personal trainer. Buren aan de Vijverlaan zijn er klaar mee {2}
D: Is daar iets voor in de APV? {2}
A: Geluid wel. Sporten in een park niet, dat mag iedereen {2}
~ 2025-04-04
D: Catharinaplein: de borden hangen sinds gisteren, eerste avond 4 jongens aangesproken, allemaal met een jointje {9}
A: Waarschuwing of bon? {9}
D: Eerste week waarschuwen, zo is afgesproken {9}
~ 2025-04-19
B: Bij de bieb weer een groepje met wiet, ze schuiven op naar het pad achter de bieb, net buiten het gebied {9}
A: Kaart van het aanwijzingsbesluit erbij pakken, het pad valt er volgens mij wel onder {9}
B: Klopt, tot aan de fietsenstalling {9}
~ 2025-05-10
D: Nijeveen: twee huifkarren met vrijgezellen op de Veenderweg, bier over de kant en een fietser moest de berm in {4}
A: Van De Hoefslag? {4}
D: Ja. En weer flink wat paardenvijgen op het fietspad {4}
A: Ik bel de eigenaar maandag {4}
~ 2025-06-14
D: Vandaag 22 bonnen op het plein bij de bieb, bijna allemaal blowen {9}
B: Ze weten het nu wel, het is rustiger {9}
~ 2025-06-21
D: Weer een kar met een box op volle sterkte richting Kolderveen, tegen vieren {4}
A: Kenteken? {4}
D: Die dingen hebben geen kenteken 😅 Nummer 3 staat op de huif {4}
~ 2025-07-05
C: Touwslagersstraat: verkoop van bier aan een jongen van 15, zelf gezien {1}
A: Tweede keer, dit gaat naar de burgemeester {1}
~ 2025-08-16
B: Auto op de gehandicaptenplaats bij de Jumbo, bon geschreven
~ 2025-09-02
B: De sportgroepen in het park gebruiken de bankjes en het klimrek als rekstok, kinderen kunnen er niet op {2}
A: Foto's maken, gaat mee in de beleidsregel {2}
~ 2025-09-30
D: Teamdag: iemand zin in een bootcamp op de hei? 😄
A: Als er daarna taart is
~ 2025-10-22
C: Kruiskampstraat 20 nog steeds dicht, zegels zitten erop. Niemand binnen gezien {12}
~ 2025-11-28
A: Rooster december, oud en nieuw dubbel
""",
        170,
    ),
    Chat(
        "Vergunningen en evenementen",
        "ruimte",
        "2025-01-08 08:30",
        ["Sander Tijink", "Anniek Tiesinga", "Gijs Oldenhof", "Yvonne Hadders"],
        """
A: Werkvoorraad: 188 aanvragen open
B: Dat valt mee
~ 2025-01-13
B: Avondwinkel Baran vraagt verlenging van zijn ontheffing, tot 3 uur 's nachts {1}
A: Na alle klachten? Nee {1}
C: Hij heeft recht op een besluit. Handhaving en politie om advies vragen {1}
~ 2025-02-19
D: Aanvraag binnen: klimbos in het Heerenbos, 4 parcoursen, 2 ziplines, kassa in een blokhut {7}
A: Wie vraagt het aan? {7}
D: Avontura uit Zwolle. Het bos is van ons, dus er moet ook een huurovereenkomst komen {7}
C: Natuurtoets nodig, en voor de parkeerplaats moeten bomen weg {7}
~ 2025-02-27
D: Kruiskampstraat 20 staat bij de KvK als massagepraktijk. Geen vergunning nodig, het is geen seksinrichting {12}
C: Op papier {12}
~ 2025-03-10
B: Evenementenvergunning zeepkistenrace Kraaiendijk 14 juni binnen, organisatie Dorpsbelang Nijeveen {6}
A: Afzetting en EHBO? {6}
B: Dranghekken langs de dijk, hooibalen in de bochten, 2 EHBO'ers {6}
~ 2025-03-25
C: Watertaxi: ze willen 3 steigers, bij het station, aan de Havenkade en op het Schippersplein. Vergunning nodig? {3}
A: In het Diep is het een watervergunning van het waterschap, op de kant van ons {3}
~ 2025-04-16
B: Zeepkisten: verleend. Dijk dicht van 10 tot 17 uur {6}
~ 2025-06-03
D: Klimpark: natuurtoets binnen, 28 bomen weg, 2 met een spechtenhol {7}
A: Dat wordt een gevecht {7}
~ 2025-07-08
B: Touwslagersstraat: besluit ontheffing ingetrokken, vanaf 1 augustus dicht om 22 uur {1}
A: Bezwaar komt vast {1}
~ 2025-08-12
C: Dakkapel Vijverlaan 9 verleend
D: Kapsalon aan de Prinsenstraat vraagt of het reclamebord van de salon op de stoep mag
C: 1 bord, 1,5 meter doorloop vrij
~ 2025-09-15
D: Heerenbos: het college wil het niet, te veel bomen. De brief gaat deze week {7}
~ 2025-10-20
B: Aanvraag kerstmarkt op het Schippersplein
C: Zelfde tijden als vorig jaar?
B: Ja
""",
        160,
    ),
    Chat(
        "OOV en politie",
        "veiligheid",
        "2025-01-02 09:00",
        ["Carla Wubs", "Harmen Dijkhuis", "Sabrina Lamberts"],
        """
B: Jaarwisseling: rieten kap aan de Hesselterweg in brand door een wensballon, brandweer schat 60.000 euro schade {8}
A: Zijn die dingen niet gewoon verboden? {8}
B: Niet bij ons. Andere gemeenten hebben het in de APV {8}
A: Dan nemen we het mee in de evaluatie van oud en nieuw {8}
~ 2025-02-26
C: Politie heeft signalen over het pand Kruiskampstraat 20: vrouwen die er slapen, advertenties op sekssites {12}
A: Gezamenlijke controle plannen? {12}
C: Politie en arbeidsinspectie, ik regel het {12}
~ 2025-03-11
A: Burgemeester tekent vandaag de aanwijzing voor het Catharinaplein en de omgeving van de bieb: geen softdrugs {9}
B: Voor een jaar? {9}
A: Ja, daarna evalueren {9}
~ 2025-04-02
C: Controle Lotus gedaan. 3 vrouwen, 2 zonder papieren, matrassen in de achterkamer {12}
A: Dan sluiten. Ik maak een voorstel voor de burgemeester {12}
~ 2025-04-09
C: Besluit: 6 maanden dicht. Vandaag uitgereikt en verzegeld {12}
~ 2025-06-14
B: Nijeveen: een kist is in de bocht door de hooibalen in het publiek gereden, vrouw met een gebroken enkel {6}
A: Ambulance? {6}
B: Ja, verder geen gewonden. De organisatie heeft de race stilgelegd {6}
~ 2025-07-21
A: Nachtwinkel: de politie steunt een bestuurlijke waarschuwing na de verkoop aan minderjarigen {1}
C: De brief gaat deze week de deur uit {1}
~ 2025-09-04
B: Meldingen rond de bieb van 40 naar 12 per maand sinds het verbod {9}
A: Mooi, gaat in de evaluatie {9}
C: Wel verplaatsing naar de sluis en de Havenkade, dat moet er eerlijk in {9}
A: Eens, en of het gebied groter moet {9}
~ 2025-11-14
B: Vuurwerkvrije zones staan op de kaart
A: En de lampionnen die je oplaat? {8}
B: Staan in de nieuwe APV, verboden vanaf deze jaarwisseling {8}
""",
        146,
    ),
    Chat(
        "Wijkbeheer buitendienst",
        "openbare_ruimte",
        "2025-01-09 07:15",
        ["Arno Warners", "Maaike Pit", "Dirk Hilbrands", "Sevda Kaya"],
        """
A: Strooiroute aangepast na de nieuwe wijk
B: 👍
~ 2025-02-24
C: De aannemer begint 10 maart met de steigers voor de taxiboot, eerst de Havenkade {3}
A: Wie betaalt? {3}
C: Uit de subsidie, 60% provincie {3}
~ 2025-04-14
B: Amaliapark: het grasveld bij de vijver is modder, daar staan elke ochtend die sportgroepen {2}
A: Herinzaaien en een paar weken afzetten? {2}
B: Dan gaan ze naar het volgende veld {2}
~ 2025-04-28
C: Vosseveld: de waterspeel-elementen zijn geleverd, 6 spuiters en een pomp in de put {11}
A: Stroom aangesloten? {11}
C: Volgende week {11}
~ 2025-05-12
D: Mest op het fietspad langs de Veenderweg, van die karren met paarden. Wie ruimt dat op? {4}
A: De manege, niet wij {4}
D: Het ligt er al 3 dagen {4}
A: Dan vegen wij en sturen de rekening {4}
~ 2025-06-02
C: Waterspeelplaats Vosseveld klaar, pomp draait, sproeiers doen het {11}
A: Opening zaterdag, wethouder komt {11}
~ 2025-07-07
C: Pomp van het spetterveld is kapot, de kinderen staan in een droge bak {11}
A: Onderdeel besteld? {11}
C: 3 weken levertijd, uit Duitsland {11}
~ 2025-07-09
D: Iemand bij de Zuidertoren vroeg of wij de klok kapot hebben gemaakt {10}
A: Nee, vastgoed heeft hem 's nachts stil laten zetten {10}
D: Maar overdag doet hij het ook niet {10}
A: Ik vraag het vastgoed {10}
~ 2025-08-05
B: Amaliapark: iemand heeft met krijt een boot camp parcours op het fietspad getekend, met pijlen en 'squat' {2}
A: Laten staan of weg? {2}
B: De regen doet het wel {2}
~ 2025-09-29
C: Steiger Schippersplein: een hoek is eraf gevaren {3}
A: Door de taxi? {3}
C: Nee, een huursloep voer tegen het elektrische bootje aan, de steiger kreeg de klap {3}
~ 2025-10-27
A: Bladkorven vol bij de begraafplaats
""",
        160,
    ),
    Chat(
        "Sport en recreatie",
        "samenleving",
        "2025-01-07 09:00",
        ["Rutger Veldkamp", "Griet Klunder", "Koen Altena"],
        """
A: Sportgala 7 maart, de zaal is rond
B: Mooi
~ 2025-02-03
B: Sporthal De Kroft gaat per 1 maart dicht voor de sport, het COA wil er noodopvang {5}
A: En de clubs? {5}
B: Volleybal naar de sporthal in Nijeveen, de rest verspreid {5}
~ 2025-02-24
C: De speeltuinen worden rookvrij, bordjes in maart
A: 👍
~ 2025-03-17
C: Die bootcamps in het Amaliapark: kunnen we niet vaste plekken aanwijzen, met een vergoeding? {2}
A: Zoals Zwolle, 250 euro per seizoen per aanbieder {2}
B: Dan moet er wel een beleidsregel komen {2}
~ 2025-05-19
C: Dorpsbelang Nijeveen vraagt of wij hooibalen hebben voor de race. Nee toch? {6}
A: Vraag de boer naast de dijk {6}
~ 2025-06-16
A: Heeft iemand gehoord hoe het is met die vrouw van de zeepkisten? Iemand van mijn volleybal stond ernaast {6}
C: Gebroken enkel, ze ligt in Zwolle {6}
~ 2025-07-14
B: Vosseveld: 400 kinderen op een zondag, de parkeerplaats vol en auto's in de wijk {11}
A: Succes dus 😅 {11}
~ 2025-08-25
B: De Kroft: alle matrassen van de opvang eruit vanwege de beestjes. Clubs vragen of ze in oktober terug kunnen {5}
A: Nee, de opvang blijft tot februari {5}
~ 2025-09-10
C: Personal trainer Ynske vraagt of ze met 3 klanten in het park mag trainen zonder te betalen {2}
A: Onder de 5 deelnemers geen vergunning, zo staat het in het concept {2}
~ 2025-09-22
C: Beleidsregel buitensport klaar: vaste velden, 250 euro per seizoen, geen muziek voor 8 uur {2}
A: Naar het college {2}
~ 2025-11-03
C: Klimmuur in de sporthal Nijeveen is afgekeurd, nieuwe grepen nodig
A: Offerte vragen
""",
        140,
    ),
    Chat(
        "Opvang en integratie",
        "samenleving",
        "2025-01-13 09:30",
        ["Dorien Oost", "Jeroen Haverkamp", "Fatma Yildirim"],
        """
A: Taalcafé start weer op dinsdag
~ 2025-03-03
B: Noodopvang De Kroft: de eerste 80 bewoners zijn er {5}
~ 2025-04-14
C: School vraagt of wij luizenkammen hebben voor de kinderen uit de opvang, er heerst hoofdluis in groep 4
A: Via de GGD, ik regel het
~ 2025-05-20
C: Bewoners klagen over bulten en jeuk, een meisje heeft rode beten in een rij op haar armen {5}
A: Muggen? {5}
C: Volgens de verpleegkundige van de GGD bedwantsen {5}
B: Oh nee. COA bellen {5}
~ 2025-05-22
B: COA stuurt vrijdag een bestrijder, Plaagvrij Noord {5}
C: Alle kleding moet op 60 graden, dat zijn 80 mensen {5}
~ 2025-05-30
B: De bestrijder: ze zitten in de naden van de veldbedden. Warmtebehandeling per zone, de hal moet deels leeg {5}
A: Waar laten we de mensen? {5}
B: Zone B naar de kantine, de rest schuift op {5}
~ 2025-06-19
C: Nieuwe melding, weer beten in zone A {5}
B: Tweede ronde, en nu alle matrassen vervangen {5}
~ 2025-07-10
A: Wie betaalt die matrassen? {5}
B: COA, maar de schoonmaak van de hal komt bij ons {5}
~ 2025-08-28
C: Al 5 weken geen nieuwe beten 🙏 {5}
~ 2025-10-06
A: Vrijwilligersavond in de bieb op 17 oktober
""",
        140,
    ),
    Chat(
        "Communicatie",
        "bestuur",
        "2025-01-02 08:45",
        ["Renske Holtrop", "Jelmer Gerritsen", "Amira Bouzid"],
        """
A: Nieuwjaarsreceptie foto's staan online
~ 2025-01-03
C: Meppeler Courant over de boerderij aan de Hesselterweg: brand door een wens ballon. Wat zeggen we? {8}
A: Dat het college kijkt naar een verbod op het oplaten {8}
~ 2025-04-10
B: Persvraag: waarom is de massagesalon aan de Kruiskampstraat dicht? {12}
A: Wegens ernstige signalen van misstanden, verder niks {12}
C: RTV Drenthe staat voor het pand {12}
A: Geen interview, verwijs naar het besluit op de site {12}
~ 2025-05-15
C: De Zeester vraagt of we hun ballonnenwedstrijd voor het jubileum delen op Facebook {8}
A: Eh, we gaan juist een verbod voorstellen... {8}
B: Ik bel de school {8}
~ 2025-06-05
B: Meppeler Courant over de uitspraak van de rechter: de salon blijft dicht. Reactie? {12}
A: Dat we blij zijn dat de rechter de burgemeester volgt {12}
~ 2025-06-20
C: Afscheid wethouder: ballonnen en slingers in de hal?
A: Liever bloemen
~ 2025-06-26
B: Informatieavond klimbos Heerenbos: 120 mensen, de zaal was te klein {7}
A: Verslag op de site, met de vragen en antwoorden {7}
~ 2025-07-09
B: Post: spetterveld Vosseveld tijdelijk dicht na een meting {11}
A: Welke meting? {11}
B: De GGD vond te veel E. coli in het water. Pas open na een schone meting {11}
~ 2025-07-24
B: Vosseveld weer open, tekst staat {11}
~ 2025-08-20
C: Petitie 'Laat de Zuidertoren weer slaan', 600 handtekeningen, ze willen hem aanbieden aan de wethouder {10}
A: Wanneer? {10}
C: Raadsvergadering 11 september {10}
~ 2025-09-18
B: Persbericht klimbos: het college kiest voor de bomen {7}
~ 2025-10-01
B: Persbericht: watertaxi stopt na de proef, te weinig passagiers {3}
A: Laten lezen door de wethouder {3}
~ 2025-11-20
C: Post over het nieuwe verbod op het oplaten van ballonnen en lantaarns, met foto van de boerderij? {8}
A: Zonder de boerderij, de familie wil dat niet {8}
~ 2025-12-01
C: Kerstkaart naar de drukker
""",
        140,
    ),
    Chat(
        "Raadsgriffie",
        "bestuur",
        "2025-01-08 10:00",
        ["Griffier Ellen Wassink", "Robin Zwiers", "Petra Heijink"],
        """
A: Raadsvergadering 30 januari, stukken uiterlijk vrijdag
~ 2025-01-15
B: Schriftelijke vragen PvdA over de wensballon en de boerderij aan de Hesselterweg {8}
A: Naar OOV {8}
~ 2025-02-20
C: De klok in de raadzaal loopt 5 minuten voor
A: Bode vragen
~ 2025-02-27
B: Na de raad donderdag 2 taxi's om 23 uur, naar Nijeveen en Rogat
A: Besteld
~ 2025-03-20
C: Vragen ChristenUnie over de nachtwinkel aan de Touwslagersstraat {1}
A: Naar vergunningen {1}
~ 2025-05-22
B: Motie GroenLinks: geen klimbos in het Heerenbos {7}
A: Verworpen of aangenomen? {7}
B: Aangehouden tot na de informatieavond {7}
~ 2025-09-11
C: Petitie over de torenklok wordt aangeboden voor de vergadering, 19.15 in de hal {10}
A: Wie neemt hem aan? {10}
C: Wethouder Kremer {10}
~ 2025-10-02
B: Vragen D66 over de watertaxi: wat heeft de proef gekost? {3}
A: Naar economie {3}
~ 2025-11-06
C: APV-wijziging met het verbod op wensballonnen staat op de agenda {8}
A: En het blowverbod? Dat moet ook geëvalueerd {9}
C: Volgende keer {9}
~ 2025-12-11
A: Laatste raad van het jaar, kerstborrel na afloop
""",
        130,
    ),
    Chat(
        "Groen en natuur",
        "openbare_ruimte",
        "2025-01-15 08:00",
        ["Tjitske Meinders", "Lars van Essen", "Anke Boerhof"],
        """
A: Snoeiplan winter loopt op schema
~ 2025-02-20
B: Klimbos Heerenbos: de ecoloog moet eerst kijken, in dat bos zitten vleermuizen {7}
C: En spechten {7}
~ 2025-04-23
A: Amaliapark: de bootcampgroepen trappen het gras kapot, het veld bij de vijver is een modderbak {2}
B: En ze binden elastieken om de bomen, de bast raakt beschadigd {2}
~ 2025-05-28
C: Rapport ecoloog klimpark: 28 bomen weg, waarvan 6 oude beuken, in 2 een kraamkolonie vleermuizen {7}
A: Dus ontheffing nodig {7}
C: En die krijg je niet voor een kraamkolonie {7}
~ 2025-06-06
B: Resten van een wensballon in het weiland aan de Hesselterweg, een koe had aan het ijzerdraad gelikt {8}
A: Die boer ergert zich al jaren aan die ballonnen {8}
~ 2025-07-15
C: Plataan aan de Vijverlaan heeft een kale plek, afgeknapte tak
A: Boomverzorger laten kijken
~ 2025-09-17
B: College zegt nee tegen het klimbos, de beuken blijven staan 🌳 {7}
~ 2025-10-14
A: Bollen planten op de rotondes
""",
        140,
    ),
    Chat(
        "Vastgoed",
        "bedrijfsvoering",
        "2025-01-20 09:00",
        ["Ruben Eshuis", "Froukje Bekhuis", "Hans Pieterman"],
        """
A: Onderhoudsplan 2025 is vastgesteld
~ 2025-01-29
B: De Kroft: huurovereenkomst met het COA voor de noodopvang, tot 1 februari 2026 {5}
A: En de schoonmaak bij vertrek? {5}
B: Voor rekening van het COA {5}
~ 2025-03-19
C: Zuidertoren: klachten van de nieuwe bewoners van de appartementen ernaast, de klok slaat elk kwartier, ook 's nachts {10}
A: Is die klok van ons? {10}
C: Toren en uurwerk zijn van de gemeente, de kerk ernaast niet {10}
~ 2025-03-26
C: De uurwerkmaker kan de nachtslag uitzetten, tussen 23 en 7 uur, 450 euro {10}
A: Doen {10}
~ 2025-07-10
C: Zuidertoren: na het uitzetten van de nachtslag is het hele slagwerk blijven hangen. Motor versleten {10}
A: Kosten? {10}
C: 8.200 euro voor herstel van het slagwerk {10}
~ 2025-08-26
B: COA meldt extra schoonmaakkosten De Kroft door de bedwantsen, 12.000 euro, ze willen de helft van ons {5}
A: Staat niet in het contract {5}
~ 2025-10-15
C: De klok slaat weer, van 7 tot 23 uur {10}
~ 2025-11-20
A: Stookkosten gemeentehuis hoger dan begroot
""",
        130,
    ),
    Chat(
        "Klantcontactcentrum",
        "dienstverlening",
        "2025-01-06 08:00",
        ["Jannie Kloosterman", "Mustafa Arslan", "Demi Schutte", "Wiebe Bolhuis"],
        """
A: Wachttijd telefoon vorige week gemiddeld 3 minuten
B: Netjes
~ 2025-01-20
C: Meneer uit de Touwslagersstraat, 5e keer: de late winkel, scooters, geschreeuw. Hij wil de burgemeester spreken {1}
A: Terugbelverzoek naar handhaving {1}
~ 2025-03-31
D: Mevrouw belt over de klok van de Zuidertoren, ze slaapt niet meer sinds ze daar woont {10}
B: Tweede deze week {10}
~ 2025-04-15
B: Vraag: mag je in het Amaliapark zomaar sportles geven voor geld? Een buurman denkt van niet {2}
A: Mag nog wel, maar doorzetten naar sport {2}
~ 2025-05-13
C: Fietser belt boos: hij moest de sloot in voor een huifkar op de Veenderweg {4}
A: Gewond? {4}
C: Schaafwonden, fiets kapot. Hij wil de gemeente aansprakelijk stellen {4}
A: Het is de manege, maar geef hem het formulier {4}
~ 2025-07-10
D: Ouders bellen: waarom is het spetterveld dicht, het is 30 graden {11}
A: Tijdelijk, meting van het water. Staat op de site {11}
~ 2025-07-16
B: Drie mensen over de torenklok: waarom slaat hij niet meer, ook overdag niet {10}
A: Kapot, vastgoed weet het {10}
C: Een meneer wil weten waarom hij de trein miste door dat bootje bij de Havenbrug {3}
A: Doorzetten naar economie, die weten van de brug {3}
~ 2025-08-04
D: Iemand vraagt of hij wensballonnen mag oplaten op zijn bruiloft {8}
A: Nog geen verbod, wel afraden {8}
~ 2025-09-01
B: Vanaf oktober klokken we in en uit met de nieuwe app, ook wij
~ 2025-09-12
D: Mevrouw van het Catharinaplein: de jongens die daar blowden zitten nu op het bankje voor haar deur, twee straten verder {9}
A: Melding naar handhaving, verplaatsing valt onder de evaluatie {9}
~ 2025-10-13
C: Nieuwe telefooncentrale per december
""",
        160,
    ),
    Chat(
        "Wijkteam Nijeveen",
        "samenleving",
        "2025-01-21 09:00",
        ["Gertie Oosting", "Klaas Dolfsma", "Bertus Jalving"],
        """
A: Nieuwjaarsbijeenkomst dorpshuis was druk
~ 2025-03-04
B: Dorpsbelang wil weer een zeepkistenrace op de dijk, na 12 jaar {6}
A: Leuk! Kinderen bouwen zelf de kisten? {6}
B: In de schuur van de smid, 16 teams {6}
~ 2025-04-10
B: Koningsdag: zeepbellenshow en kinderspelen bij het dorpshuis
A: Mooi
~ 2025-05-14
C: Klachten over de huifkartochten nemen toe. Elke zaterdag 4 karren met vrijgezellen, schreeuwend door het dorp {4}
A: Wie geeft daar vergunning voor? {4}
C: Niemand volgens mij, het is gewoon verkeer {4}
~ 2025-06-15
B: De race was een feest tot die ene bocht 😟 {6}
A: Hoe is het met die vrouw? {6}
B: Geopereerd, gaat goed {6}
~ 2025-07-03
C: De Hoefslag komt naar de buurtavond over de karren {4}
~ 2025-07-10
C: Afspraken: geen muziek door de kern, geen bier op de kar, mestzakken onder de paarden {4}
A: Als ze zich eraan houden {4}
~ 2025-10-08
B: Komt er volgend jaar weer een race? De kinderen vragen het al {6}
A: Dorpsbelang wil wel, als de verzekering rond komt {6}
~ 2025-12-02
A: Kerstmarkt in het dorp op 13 december
""",
        130,
    ),
    Chat(
        "Verkeer en mobiliteit",
        "ruimte",
        "2025-01-16 09:00",
        ["Edwin Kamps", "Janine Lindeboom", "Tim Lenferink"],
        """
A: Telling Steenwijkerweg is klaar
~ 2025-03-03
B: De taxiboot past onder de Looiersbrug, maar niet onder de Havenbrug als het water hoog staat {3}
A: Dan moet de brugwachter elke keer draaien? {3}
B: Dat is het, en de brugwachter zit er maar tot 18 uur {3}
~ 2025-04-15
C: Verkeersbesluit afsluiting Kraaiendijk 14 juni voor de zeepkisten, omleiding via de Nijeveense Molenweg {6}
~ 2025-05-19
A: Huifkarren op de Veenderweg, een fietser in de sloot. Is die weg daar wel geschikt voor? {4}
C: Smal, geen fietspad aan de zuidkant. Bord 'let op paarden'? {4}
A: Dat helpt niet tegen dronken mensen op de kar {4}
~ 2025-07-14
B: Parkeren bij de waterspeeltuin Vosseveld: auto's op de stoep tot in de Kwikstaartstraat {11}
A: Tijdelijk parkeerverbod in de zomer? {11}
~ 2025-08-11
B: Havenbrug: 3 keer in juli bleef de watertaxi ervoor wachten, passagiers misten hun trein {3}
~ 2025-10-22
A: Rotonde Blokweg gaat eind oktober dicht
""",
        130,
    ),
    Chat(
        "Economische zaken",
        "ruimte",
        "2025-01-14 10:00",
        ["Vincent Hoogland", "Anja Reinders", "Sjoerd Nijboer"],
        """
A: Binnenstadsmonitor 2024 is binnen
~ 2025-01-21
C: Watertaxi: de provincie geeft 60% subsidie voor de proef, maximaal 45.000 euro {3}
A: Wie gaat er varen? {3}
C: Rederij Het Blauwe Vaantje, met een elektrische sloep voor 12 personen {3}
~ 2025-02-20
B: Avontura belooft 15 banen en 40.000 bezoekers per jaar met het klimpark {7}
A: Goed voor de recreatie, maar wel midden in het bos... {7}
~ 2025-06-30
C: Eerste twee maanden pendelboot: 310 passagiers, verwacht waren er 1.500 {3}
A: Au {3}
C: Vooral toeristen op zaterdag, forenzen nemen de fiets {3}
~ 2025-08-05
B: Ondernemers Touwslagersstraat blij dat de nachtwinkel om 22 uur dicht moet {1}
~ 2025-09-16
C: Watertaxi gestopt per 1 oktober. Subsidie wordt verrekend op het werkelijke gebruik {3}
~ 2025-11-18
A: Koopzondagen 2026 naar het college
""",
        130,
    ),
    Chat(
        "Juridische zaken",
        "bestuur",
        "2025-01-27 09:00",
        ["Marleen Visscher", "Menno Brummel", "Hatice Aydin"],
        """
A: Bezwaarcommissie 4 februari
~ 2025-05-20
B: Bezwaar eigenaar Lotus tegen de sluiting: hij zegt dat het een gewone massagepraktijk is {12}
A: Voorlopige voorziening ook? {12}
B: Ja, zitting 3 juni {12}
~ 2025-06-05
B: Voorzieningenrechter: verzoek afgewezen, het pand blijft dicht {12}
~ 2025-06-23
C: Aansprakelijkstelling door de vrouw van de zeepkistenrace, tegen de gemeente en Dorpsbelang {6}
A: Wij waren vergunningverlener, niet organisator {6}
C: Naar de verzekeraar {6}
~ 2025-08-18
B: Bezwaar Baran tegen de intrekking van zijn ontheffing {1}
A: Hoorzitting plannen {1}
~ 2025-10-14
B: Bezwaar nachtwinkel ongegrond {1}
~ 2025-10-29
C: Avontura gaat in bezwaar tegen het nee op het klimbos {7}
A: Is het wel een besluit? We weigerden een huurovereenkomst {7}
C: Goede vraag, ik zoek het uit {7}
~ 2025-12-03
A: Jaarverslag bezwaar naar de raad
""",
        130,
    ),
    Chat(
        "Cultuur en erfgoed",
        "samenleving",
        "2025-01-20 10:00",
        ["Mathilde Rozendal", "Frank Luiten", "Lieke Hartgers"],
        """
A: Thema Monumentendag is bekend
~ 2025-04-08
B: De Zuidertoren is rijksmonument, voor werk aan het uurwerk moet de erfgoedcommissie meekijken {10}
A: Ook voor het stilzetten 's nachts? {10}
B: Nee, dat is gebruik, geen wijziging {10}
~ 2025-07-15
C: De uurwerkmaker zegt dat het slagwerk uit 1923 is. Restaureren of vervangen? {10}
B: Restaureren, het hoort bij het monument {10}
~ 2025-09-02
A: Poëzieavond in de bibliotheek
~ 2025-10-16
C: Hij slaat weer, ik hoorde hem vanochtend 🔔 {10}
""",
        130,
    ),
    Chat(
        "Milieu en gezondheid",
        "ruimte",
        "2025-02-03 09:00",
        ["Gea Jonkman", "Michiel Ottens", "Ilona Pronk"],
        """
A: Rapport luchtmeetnet is binnen
~ 2025-05-26
C: GGD: bedwantsen in de noodopvang zijn geen gezondheidsrisico, wel heel vervelend {5}
A: Wij hoeven niks? {5}
C: Nee, dat doen het COA en de bestrijder {5}
~ 2025-06-25
B: Waterspeelplaats: wie controleert eigenlijk de waterkwaliteit? Het is geen zwembad {11}
A: De GGD adviseert elke 2 weken een monster {11}
~ 2025-07-09
B: Monster Vosseveld: E. coli te hoog, waarschijnlijk van de honden die erin lopen {11}
A: Dicht tot een schone meting {11}
~ 2025-07-23
B: Nieuwe meting schoon, er staat nu een UV-filter achter de pomp {11}
~ 2025-09-10
C: Geluidsmeting bij de appartementen naast de toren: 68 dB bij de slag {10}
A: Boven de norm? {10}
C: Voor een klok geldt geen norm, de APV zondert hem uit {10}
~ 2025-11-05
A: Campagne houtstook start
""",
        130,
    ),
    Chat(
        "Jongerenwerk",
        "samenleving",
        "2025-01-14 13:00",
        ["Dave Hulshorst", "Akke Berends", "Hidde Oudman"],
        """
A: Jongerenwerk in de wijk: planning voorjaar staat
~ 2025-01-23
B: De jongens die bij de nachtwinkel hangen komen vooral voor de energydrank en de wifi {1}
A: En om 1 uur sturen ze ze weg, dan gaan ze naar de Havenkade {1}
~ 2025-03-12
C: Blowverbod op het Catharinaplein komt eraan. Wij worden gevraagd het uit te leggen aan de jongeren {9}
A: Liever een alternatief dan alleen een verbod {9}
~ 2025-04-22
B: De groep van het plein zit nu bij de sluis met hun joints {9}
C: Verplaatsing. Had ik gezegd {9}
~ 2025-06-10
A: Zomerprogramma: voetbaltoernooi en een kanotocht
~ 2025-08-19
C: Gesprek met de boa's: ze bekeuren de jongens nu vaak, sommigen hebben al 3 boetes open {9}
A: Dan zakken ze verder weg. Samen kijken naar een plek waar het niet stoort? {9}
B: Voor de evaluatie: wij zien minder jongeren op het plein, maar ze zijn niet weg {9}
C: Zet ik in onze bijdrage aan de gemeente {9}
~ 2025-11-11
B: Kerstdiner voor de jongeren op 19 december
""",
        120,
    ),
    Chat(
        "Bureau burgemeester",
        "bestuur",
        "2025-01-10 08:00",
        ["Secretaresse burgemeester", "Kabinetschef Geert", "Bestuursadviseur Ivo"],
        """
A: Agenda januari staat
~ 2025-03-10
C: Aanwijzingsbesluit softdrugs Catharinaplein ligt klaar voor tekening {9}
B: Met een kaart erbij, tot en met het pad achter de bieb {9}
~ 2025-04-08
C: Sluitingsbesluit Kruiskampstraat 20: 6 maanden, op grond van de APV en de signalen van mensenhandel {12}
B: Burgemeester wil de vrouwen eerst opgevangen zien {12}
C: Is geregeld met CoMensha en de politie {12}
~ 2025-06-09
A: Opening Vosseveld was mooi, de wethouder is nat geworden 😂 {11}
~ 2025-07-22
C: Bestuurlijke waarschuwing voor de nachtwinkel ter tekening, na 2 keer drank aan minderjarigen {1}
B: Akkoord {1}
~ 2025-12-04
A: Kerstborrel college 18 december
""",
        70,
    ),
    Chat(
        "Bewoner Touwslagersstraat",
        "veiligheid",
        "2025-01-16 23:10",
        ["Nicole Hazeleger", "Bewoner Touwslagersstraat 7"],
        """
B: Het is 11 uur en het is weer raak voor de winkel van Baran. Zes scooters, toeterend {1}
A: Vervelend. We zijn vanavond in de buurt, we komen langs {1}
B: Mijn kinderen slapen aan de voorkant {1}
~ 2025-02-09
B: Gisteren zag ik jullie om 2 uur. Hij was nog open hè {1}
A: Klopt, daar doen we iets mee {1}
~ 2025-08-03
B: Sinds hij om 10 uur dicht moet is het een ander straatje 😊 {1}
A: Fijn om te horen {1}
""",
        14,
    ),
    Chat(
        "Avondwinkel Baran",
        "ruimte",
        "2025-01-14 10:00",
        ["Anniek Tiesinga", "Baran Tekin"],
        """
B: Ik heb de verlenging aangevraagd tot 3 uur. Mijn klanten zijn nachtwerkers en studenten {1}
A: We vragen advies aan handhaving en politie. Er zijn veel klachten over de late uren {1}
B: Die jongeren zijn geen klanten, die staan alleen buiten {1}
A: Ze staan wel voor uw deur {1}
~ 2025-07-09
A: U krijgt vandaag de brief: de ontheffing wordt ingetrokken, vanaf 1 augustus om 22 uur sluiten {1}
B: Dan kan ik mijn zaak wel opdoeken. 60% van mijn omzet is na tienen {1}
A: U kunt bezwaar maken, de termijn staat in de brief {1}
B: Dat ga ik zeker doen {1}
""",
        16,
    ),
    Chat(
        "Wijkagent centrum",
        "veiligheid",
        "2025-07-04 09:00",
        ["Orhan Demir", "Wijkagent Rikkert"],
        """
B: Gisteravond een jongen van 15 met een krat bier uit die late zaak aan de Touwslagersstraat zien komen {1}
A: Wij hebben hem vorige maand ook al op verkoop aan een minderjarige betrapt {1}
B: Ik schrijf een mutatie, dan kan de burgemeester er iets mee {1}
A: Top {1}
""",
        12,
    ),
    Chat(
        "Veegploeg centrum",
        "openbare_ruimte",
        "2025-02-17 07:00",
        ["Maaike Pit", "Veger Roelof"],
        """
B: Maandagochtend bij de nachtwinkle weer 2 zakken vol blikjes en energiedrankjes {1}
A: Iedere week hetzelfde {1}
B: Kan die man zelf geen prullenbak buiten zetten? {1}
A: Ik vraag het handhaving {1}
~ 2025-08-18
B: Sinds hij vroeg dicht is, is het veel minder rommel {1}
""",
        12,
    ),
    Chat(
        "Openingstijden feestdagen",
        "dienstverlening",
        "2025-12-01 09:00",
        ["Jannie Kloosterman", "Demi Schutte"],
        """
A: Openingstijden gemeentehuis rond de kerst, staat de tekst al?
B: 24 en 31 december tot 12 uur
A: En de winkels in het centrum hebben koopavond tot 21 uur op 23 december
B: Zet ik erbij
""",
        12,
    ),
    Chat(
        "Bewoner Vijverlaan",
        "veiligheid",
        "2025-03-11 06:40",
        ["Nicole Hazeleger", "Bewoner Vijverlaan 14"],
        """
B: Het is 20 voor 7 en ik lig naast een man die 'NOG TIEN!' door een microfoon schreeuwt {2}
A: Vervelend, waar precies? {2}
B: Op het veld bij de vijver, een groep van 20 die burpees doet. Met muziek {2}
A: We gaan morgenvroeg kijken {2}
~ 2025-09-25
B: Ik las dat er regels komen voor die buitenlessen. Mooi, maar wanneer? {2}
A: Als het college akkoord is, ik hou u op de hoogte {2}
""",
        14,
    ),
    Chat(
        "FitBuiten",
        "samenleving",
        "2025-03-20 11:00",
        ["Rutger Veldkamp", "FitBuiten Meppel"],
        """
B: We horen dat er klachten zijn over onze lessen in het park. We trainen al 4 jaar buiten, dit is ons bestaan {2}
A: Begrijpelijk. Het gaat om de muziek vroeg en de kapotte grasvelden {2}
B: Muziek kan zachter. Gras, tja, waar moeten we anders heen? {2}
A: We denken aan vaste plekken met een vergoeding per seizoen {2}
B: Hoeveel? {2}
A: Zoals in Zwolle, rond de 250 euro {2}
~ 2025-10-07
B: 250 is goed, maar dan wel een veld dat niet drassig is {2}
A: Het veld bij de speeltuin, staat in de beleidsregel {2}
""",
        18,
    ),
    Chat(
        "Moeder speeltuin",
        "dienstverlening",
        "2025-09-01 10:00",
        ["Mustafa Arslan", "Moeder van Noa"],
        """
B: Vanochtend hingen er volwassenen aan het klimrek in de speeltuin van het Amaliapark, met van die elastieken. Mijn dochter van 4 kon er niet op {2}
A: Vervelend. Was dat een sportgroep? {2}
B: Ja, met een trainer met een fluitje {2}
A: Ik geef het door aan handhaving {2}
""",
        12,
    ),
    Chat(
        "Vitaliteit personeel",
        "bedrijfsvoering",
        "2025-04-02 13:00",
        ["HR-adviseur Nathalie", "Teamleider buitendienst"],
        """
A: Vitaliteitsweek: we bieden een bootcampochtend aan voor medewerkers
B: Mijn mannen sjouwen de hele dag stoeptegels, die hebben beweging genoeg 😅
A: Dan de stoelmassage?
B: Dat gaat er wel in
""",
        12,
    ),
    Chat(
        "Rederij Het Blauwe Vaantje",
        "ruimte",
        "2025-01-22 14:00",
        ["Sjoerd Nijboer", "Schipper Sietse"],
        """
B: Onze elektrische sloep is klaar voor de pendel tussen station en binnenstad. Vanaf wanneer mogen we varen? {3}
A: Als de steigers liggen, eind april {3}
B: 3 euro per rit, goed? {3}
A: Prima, dat staat ook in de subsidieaanvraag {3}
~ 2025-07-02
B: Zaterdagen zit ik vol, doordeweeks vaar ik vaak leeg {3}
A: We gaan flyeren op het station {3}
~ 2025-09-15
B: Jammer dat het stopt. Ik heb er echt in geloofd ⛵ {3}
A: Wij ook. Dank voor je inzet {3}
""",
        18,
    ),
    Chat(
        "Waterschap vergunning",
        "ruimte",
        "2025-03-26 10:00",
        ["Gijs Oldenhof", "Waterschap vergunningen"],
        """
A: Voor de water taxi willen we 3 steigers leggen, in het Meppeler Diep en de gracht. Watervergunning nodig? {3}
B: Alleen voor die in het Diep, de gracht is van jullie {3}
A: Ik stuur de tekening {3}
B: Binnen 6 weken een besluit {3}
""",
        12,
    ),
    Chat(
        "Brugwachter Havenbrug",
        "openbare_ruimte",
        "2025-07-11 18:05",
        ["Arno Warners", "Brugwachter Egbert"],
        """
B: Dat bootje wil weer dat ik draai, het is 10 over 6 en ik ben klaar {3}
A: Hoe vaak is dat nu? {3}
B: Derde keer deze week. Het water staat hoog, hij komt er niet onder {3}
A: Ik regel dat je tot half 7 draait voor de laatste rit, met overuren {3}
""",
        12,
    ),
    Chat(
        "Havenmeester",
        "veiligheid",
        "2025-09-27 16:00",
        ["Femke Stegeman", "Havenmeester Meppel"],
        """
B: Aanvaring bij de steiger Schippersplein: een huursloep met 6 man voer tegen de watertaxie {3}
A: Gewonden? {3}
B: Nee, schrik. Een hoek van de steiger is eraf, de sloep heeft een deuk {3}
A: Proces-verbaal? {3}
B: De schipper van de huursloep had gedronken, de politie was erbij {3}
""",
        12,
    ),
    Chat(
        "Manege De Hoefslag",
        "veiligheid",
        "2025-05-12 10:00",
        ["Wessel Stroeve", "Manege De Hoefslag"],
        """
A: Zaterdag weer klachten: muziek, bier over de kant, een fietser de berm in en mest op het fietspad {4}
B: De groepen nemen zelf drank mee, wij kunnen niet alles tegenhouden {4}
A: U bent wel verantwoordelijk voor de tocht. De mest moet u opruimen {4}
B: We kopen mestzakken voor de paarden {4}
~ 2025-07-11
B: De afspraken van de buurtavond gaan we doen: geen bier op de kar, geen box {4}
A: Mooi, we houden het in de gaten {4}
~ 2025-09-08
B: De groepen wilden niet zonder bier, ik heb 30% minder ritten {4}
""",
        18,
    ),
    Chat(
        "Fietser Veenderweg",
        "dienstverlening",
        "2025-05-13 09:00",
        ["Demi Schutte", "Dhr. Valkema"],
        """
B: Zaterdag moest ik de sloot in voor zo'n wagen met paarden en 20 schreeuwende meiden erop {4}
A: Wat vervelend, bent u gewond? {4}
B: Schaafwonden en mijn e-bike is kapot. 900 euro {4}
A: Ik stuur u het formulier voor een schademelding. Was de wagen van de manege? {4}
B: Ja, De Hoefslag staat erop {4}
""",
        14,
    ),
    Chat(
        "Bewoner Veenderweg",
        "samenleving",
        "2025-06-22 11:00",
        ["Bertus Jalving", "Bewoner Veenderweg"],
        """
B: Elke zaoterdag weer die karre mit zuupers d'r op, 't is gien doen meer {4}
A: Ik hoor het vaker. We gaan met de manege praten {4}
B: En de stront ligt veur mien hek {4}
A: Dat nemen we mee {4}
""",
        12,
    ),
    Chat(
        "Veegwagen",
        "openbare_ruimte",
        "2025-05-14 07:00",
        ["Sevda Kaya", "Chauffeur veegwagen"],
        """
A: Kun je het fietspad langs de Veenderweg meenemen? Paardenpoep over 2 km {4}
B: Alweer? Vorige week ook {4}
A: Uren apart schrijven, de manege krijgt de rekening {4}
B: 1,5 uur {4}
""",
        12,
    ),
    Chat(
        "Trouwen met de koets",
        "dienstverlening",
        "2025-06-03 10:00",
        ["Babette ter Horst", "Bruidspaar Mulderij"],
        """
B: Mogen we met paard en koets voor het gemeentehuis stoppen op de trouwdag?
A: Ja, een kwartier op de stoep, niet langer
B: En als de paarden poepen...
A: Dan graag opruimen 😉
""",
        12,
    ),
    Chat(
        "Plaagvrij Noord",
        "samenleving",
        "2025-05-22 16:00",
        ["Jeroen Haverkamp", "Plaagvrij Noord"],
        """
B: Morgen 8 uur in de sporthal. We inspecteren eerst met de hond {5}
A: Hond? {5}
B: Speurhond, die ruikt ze. Dan weten we welke zones {5}
~ 2025-05-23
B: Zone A en B besmet, C schoon. Warmtebehandeling: 56 graden, 8 uur per zone {5}
A: Wat kost het? {5}
B: 9.400 euro voor de eerste ronde {5}
~ 2025-06-20
B: Nazorg: nieuwe eitjes in zone A. Volgende week een tweede ronde, en alles van hout moet eruit {5}
""",
        18,
    ),
    Chat(
        "Locatiemanager noodopvang",
        "samenleving",
        "2025-05-21 15:00",
        ["Dorien Oost", "Locatiemanager COA"],
        """
B: Bevestigd, het zijn bedwandsen. Bewoners zijn boos en bang {5}
A: Wat heb je van ons nodig? {5}
B: Ruimte om zones leeg te maken, en de kantine van de sporthal {5}
A: Kantine kan, ik bel de beheerder {5}
~ 2025-08-29
B: De beestjes zijn weg. De bewoners hebben zelfs een taart gebakken voor de bestrijders 🎂 {5}
""",
        14,
    ),
    Chat(
        "Volleybal De Kroft",
        "samenleving",
        "2025-08-26 20:00",
        ["Griet Klunder", "Bestuur VC Smash"],
        """
B: We horen dat er wandluizen in de hal zitten. Kunnen we in oktober wel terug? {5}
A: Nee, de opvang blijft tot 1 februari. De hal wordt grondig schoongemaakt voor jullie terugkomen {5}
B: Onze spelers willen zeker weten dat het weg is {5}
A: De bestrijder geeft een verklaring af {5}
""",
        12,
    ),
    Chat(
        "Beddenleverancier",
        "bedrijfsvoering",
        "2025-06-20 11:00",
        ["Ruben Eshuis", "Slaapgigant Zakelijk"],
        """
A: 80 matrassen met een hoes die dicht ritst, en 40 metalen stapelbedden. Levering binnen een week? {5}
B: Matrassen wel, bedden over 2 weken {5}
A: Akkoord, factuur naar het COA {5}
""",
        12,
    ),
    Chat(
        "Dorpsbelang Nijeveen",
        "ruimte",
        "2025-03-09 19:00",
        ["Anniek Tiesinga", "Dorpsbelang Nijeveen"],
        """
B: We willen op 14 juni weer een zeepkisten race op de dijk, zoals vroeger. Wat hebben we nodig? {6}
A: Een evenementenvergunning, een plan voor de afzetting en EHBO. En een verzekering voor de organisatie {6}
B: Hooibalen in de bochten, dranghekken langs het parcours {6}
A: Klinkt goed. Hoe hard gaan ze? {6}
B: Ze gaan de dijk af, 30 of 40 km/u denk ik {6}
~ 2025-04-16
A: Vergunning verleend, met de eis: geen publiek bij de bocht bij de boerderij {6}
~ 2025-06-17
B: Achteraf: het publiek stond toch bij die bocht. Wij hadden daar een hek moeten zetten {6}
A: Leerpunt voor volgend jaar {6}
""",
        18,
    ),
    Chat(
        "EHBO Nijeveen",
        "veiligheid",
        "2025-06-14 14:00",
        ["Harmen Dijkhuis", "EHBO-post Nijeveen"],
        """
B: Kist 9 is in de onderste bocht door de balen gegaan en tegen een vrouw aan. Enkel waarschijnlijk gebroken {6}
A: Ambulance gebeld? {6}
B: Staat er al. Alles ligt stil {6}
B: PHOTO "EHBO POST DIJKRACE NIJEVEEN" {6}
B: Dit is onze post, wij stonden 50 meter verder {6}
A: Dank, ik bel de organisatie {6}
""",
        14,
    ),
    Chat(
        "Schadebehandelaar",
        "bestuur",
        "2025-06-24 10:00",
        ["Hatice Aydin", "Schadebehandelaar"],
        """
A: Aansprakelijkstelling na een ongeval bij een evenement in Nijeveen: een kist in het publiek, gebroken enkel {6}
B: De gemeente was alleen vergunningverlener? {6}
A: Ja, Dorpsbelang organiseerde {6}
B: Dan wijzen we af en verwijzen naar de verzekering van de organisator {6}
~ 2025-09-30
B: De verzekeraar van Dorpsbelang heeft de schade vergoed {6}
""",
        12,
    ),
    Chat(
        "Team De Knalpijp",
        "samenleving",
        "2025-06-16 08:30",
        ["Klaas Dolfsma", "Vader team De Knalpijp"],
        """
B: Onze jongens zijn kapot van zaterdag. Zij reden niet in die kist, maar ze zagen het gebeuren {6}
A: Heftig. Er komt een gesprek in het dorpshuis, ook voor de kinderen {6}
B: Gaat de race volgend jaar door? {6}
A: Dat weten we nog niet {6}
""",
        12,
    ),
    Chat(
        "Klimpark Avontura",
        "ruimte",
        "2025-02-18 11:00",
        ["Vincent Hoogland", "Klimpark Avontura"],
        """
B: We zoeken een bos voor ons derde park. Het Heerenbos is ideaal: hoge beuken, vlak bij de snelweg {7}
A: Leuk initiatief. Het bos is van de gemeente, dus we moeten ook als eigenaar besluiten {7}
B: 4 parcoursen, zip lines over de vijver en een blokhut {7}
A: Stuur een plan, dan gaat het naar vergunningen en groen {7}
~ 2025-06-04
B: 28 bomen? Dat kunnen we terugbrengen naar 15 als de parkeerplaats buiten het bos komt {7}
A: Ik geef het door {7}
~ 2025-09-18
B: Jammer van het besluit. We beraden ons op bezwaar {7}
""",
        20,
    ),
    Chat(
        "Ecoloog",
        "openbare_ruimte",
        "2025-05-15 09:00",
        ["Anke Boerhof", "Ecoloog Bureau Veldwerk"],
        """
A: Wanneer kun je in het Heerenbos kijken voor het klimparkplan? {7}
B: Volgende week, avondronde met de batdetector {7}
~ 2025-05-27
B: AUDIO {7}
A: Dank voor je spraakbericht. Dus in 2 beuken een kraamkolonie? {7}
B: Ja, gewone dwergvleermuis. Die bomen kunnen niet weg {7}
""",
        14,
    ),
    Chat(
        "Buurtvereniging Heerenbos",
        "ruimte",
        "2025-04-03 20:00",
        ["Yvonne Hadders", "Buurtvereniging Heerenbos"],
        """
B: Wij horen dat er een touwenpark in ons bos komt. Met kabelbanen en een parkeerplaats. Niemand heeft ons iets gevraagd {7}
A: Er is alleen een aanvraag, nog geen besluit. Er komt een informatieavond {7}
B: Wij gaan bezwaar maken, dit is het enige stille bos van Meppel {7}
~ 2025-06-26
B: 120 mensen op de informatieavond, en niemand vóór 😅 {7}
A: Dat is duidelijk overgekomen {7}
""",
        14,
    ),
    Chat(
        "Natuurvereniging De Grutto",
        "openbare_ruimte",
        "2025-05-02 10:00",
        ["Tjitske Meinders", "Natuurvereniging De Grutto"],
        """
B: Onze zienswijze over het klim bos komt vandaag, 11 pagina's {7}
A: Ontvangen {7}
B: De kern: vleermuizen, spechten en de rust van het bos {7}
""",
        12,
    ),
    Chat(
        "Boomverzorger",
        "openbare_ruimte",
        "2025-03-04 15:00",
        ["Lars van Essen", "Boomzorg Tolhuis"],
        """
B: Morgen klimmen we in de lindes bij de begraafplaats voor de snoei
A: Met afzetting?
B: Ja, de hoogwerker kan er niet bij, dus klimmers
A: Prima
""",
        12,
    ),
    Chat(
        "Boerderij Hesselterweg",
        "veiligheid",
        "2025-01-02 11:00",
        ["Carla Wubs", "Fam. Dunnewind"],
        """
B: De rietkap van onze boerderij is voor de helft weg. De brandweer zegt door zo'n lampion die je oplaat {8}
A: Wat vreselijk. Is iedereen in orde? {8}
B: Ja, we zaten bij de buren. Maar waarom mag dat gewoon? {8}
A: Er is bij ons nog geen verbod, het college gaat ernaar kijken {8}
~ 2025-11-17
B: Ik las dat ze nu verboden worden. Te laat voor ons, maar goed {8}
""",
        14,
    ),
    Chat(
        "Basisschool De Zeester",
        "samenleving",
        "2025-05-16 10:00",
        ["Jelmer Gerritsen", "Directeur De Zeester"],
        """
A: Mooi dat jullie 50 jaar bestaan! Alleen, die ballonnenwedstrijd... we zien liever geen ballonnen de lucht in gaan {8}
B: Het is traditie, elke 10 jaar {8}
A: Ballonnen komen in de natuur terecht, en er komt waarschijnlijk een verbod {8}
B: Oké, we doen iets anders, bellenblaas of bloemzaad {8}
~ 2025-06-02
B: PHOTO "JUBILEUMFEEST DE ZEESTER GEEN OPLATING MAAR BLOEMZAAD VOOR IEDEREEN" {8}
A: Mooi 🌼 {8}
""",
        14,
    ),
    Chat(
        "Postcommandant brandweer",
        "veiligheid",
        "2025-01-05 09:00",
        ["Harmen Dijkhuis", "Postcommandant brandweer"],
        """
B: Oorzaak brand Hesselterweg: zo'n chinese lantaarn, resten gevonden in het riet {8}
A: Zeker weten? {8}
B: IJzerdraadje, papier en een waxblokje. Meer hoef je niet te zien {8}
A: Dank, gaat mee in de evaluatie {8}
""",
        12,
    ),
    Chat(
        "Feestwinkel",
        "ruimte",
        "2025-11-20 14:00",
        ["Vincent Hoogland", "Feestwinkel Party Plaza"],
        """
B: Klopt het dat ik geen luchtlantaarns meer mag verkopen? {8}
A: Verkopen mag, oplaten wordt verboden in Meppel vanaf 1 december {8}
B: Wie koopt ze dan nog 🙄 {8}
A: Folieballonnen voor binnen mogen gewoon {8}
""",
        12,
    ),
    Chat(
        "Bruiloft",
        "dienstverlening",
        "2025-08-04 15:00",
        ["Wiebe Bolhuis", "Bruidegom Pepijn"],
        """
B: Wij willen op onze bruiloft 100 wens ballonnen oplaten bij de molen, mag dat? {8}
A: Er is nog geen verbod, maar we raden het af: er is dit jaar een boerderij door afgebrand {8}
B: Oei. Dan doen we sterretjes {8}
""",
        12,
    ),
    Chat(
        "Luchtballon",
        "veiligheid",
        "2025-08-09 20:00",
        ["Femke Stegeman", "Boer Kolderveen"],
        """
B: Er is net een luchtballon in mijn weiland geland, mijn koeien zijn in paniek
A: Schade?
B: Hek stuk
A: Verhalen op de ballonvaartorganisatie, ik stuur u het nummer
""",
        12,
    ),
    Chat(
        "Bibliotheek",
        "veiligheid",
        "2025-02-11 14:00",
        ["Carla Wubs", "Vestigingsmanager bibliotheek"],
        """
B: Bij de ingang hangt 's middags een wietlucht, ouders met kinderen lopen er met een boog omheen {9}
A: Dank. We werken aan een blow verbod voor het plein en de bieb {9}
B: Graag, mijn medewerkers worden ook uitgescholden {9}
~ 2025-09-05
B: Het is een stuk rustiger sinds die borden. Dank jullie wel {9}
""",
        15,
    ),
    Chat(
        "Bewoner Catharinaplein",
        "veiligheid",
        "2025-04-05 19:00",
        ["Femke Stegeman", "Bewoner Catharinaplein 3"],
        """
B: PHOTO "VERBOD OP HET GEBRUIK VAN SOFTDRUGS IN DIT GEBIED" {9}
B: Eindelijk. Wordt er ook op gecontroleerd? {9}
A: Ja, de boa's komen meerdere keren per week {9}
B: Ik hoop het, ik kan 's zomers mijn raam niet open {9}
""",
        12,
    ),
    Chat(
        "Jeugdagent",
        "veiligheid",
        "2025-08-22 10:00",
        ["Sabrina Lamberts", "Jeugdagent"],
        """
B: Cijfers voor de evaluatie van de aanwijzing: 31 bekeuringen, 14 keer hasj of wiet in beslag genomen {9}
A: Meldingen? {9}
B: Van 40 naar 12 per maand rond de bieb. Wel meer bij de sluis {9}
""",
        12,
    ),
    Chat(
        "Bewoonster appartementen toren",
        "dienstverlening",
        "2025-03-25 08:00",
        ["Wiebe Bolhuis", "Mevr. Tiemens"],
        """
B: Ik woon sinds januari naast de toren. Die klok slöt ieder kwartier, ok de hele nacht, ik kan der niet van slaopen {10}
A: Wat vervelend. U bent niet de enige, we kijken of de slag 's nachts uit kan {10}
B: Graag. Om 3 uur 3 slagen en dan elk kwartier nog eens {10}
~ 2025-04-02
B: Vannacht niks gehoord! Dank u {10}
A: Graag gedaan {10}
""",
        15,
    ),
    Chat(
        "Uurwerkmakerij",
        "bedrijfsvoering",
        "2025-03-24 10:00",
        ["Hans Pieterman", "Uurwerkmakerij Ter Steege"],
        """
A: Kunt u de nachtslag van de toren klok uitschakelen, van 23 tot 7 uur? {10}
B: Kan, met een schakelklok op het slagwerk. 450 euro {10}
A: Graag {10}
~ 2025-07-09
B: AUDIO {10}
A: Dus het slagwerk zelf is op, niet de schakelklok? {10}
B: Klopt, de motor en de hamerveren. Herstel 8.200 {10}
~ 2025-10-14
B: Slagwerk hersteld, slaat van 7 tot 23 uur {10}
""",
        16,
    ),
    Chat(
        "Petitie toren",
        "bestuur",
        "2025-08-18 19:00",
        ["Amira Bouzid", "Initiatiefnemer petitie"],
        """
B: Wij willen dat de Zuidertoren weer slaat. Meppel is Meppel niet zonder {10}
A: Hij is nu kapot, ook overdag. Daar wordt aan gewerkt {10}
B: En 's nachts? {10}
A: Dat besluit blijft, vanwege de buren {10}
B: Dan bieden we toch de handtekeningen aan {10}
""",
        12,
    ),
    Chat(
        "Koster Zuiderkerk",
        "samenleving",
        "2025-04-01 11:00",
        ["Mathilde Rozendal", "Koster Zuiderkerk"],
        """
B: Mensen denken dat wij de klok hebben stilgezet. Onze klokken luiden alleen op zondag, het uurwerk in de toren is van jullie {10}
A: Klopt, wij hebben de nachtslag laten uitzetten {10}
B: Zet het even op jullie site, ik krijg de boze mails {10}
A: Doe ik {10}
""",
        12,
    ),
    Chat(
        "Vader Vosseveld",
        "dienstverlening",
        "2025-07-11 09:00",
        ["Mustafa Arslan", "Vader van Tijn"],
        """
B: Mijn zoon had dinsdag na het spetterveld in Vosseveld diarree en koorts. Zit er iets in dat water? {11}
A: Er is een meting geweest met een te hoge waarde, het is sinds woensdag dicht {11}
B: Waarom wist niemand dat eerder? {11}
A: De uitslag kwam dinsdagavond, toen is het meteen dichtgegaan {11}
B: Ik meld het bij de GGD {11}
""",
        14,
    ),
    Chat(
        "AquaPlay Techniek",
        "openbare_ruimte",
        "2025-07-07 13:00",
        ["Dirk Hilbrands", "AquaPlay Techniek"],
        """
A: De circulatiepomp van de water speelplaats in Vosseveld is stuk, alleen gebrom {11}
B: Dat is de lagering. Een nieuwe komt uit Duitsland, 3 weken {11}
A: Kan het sneller? Het is zomer {11}
B: Tijdelijk een leenpomp, minder druk {11}
A: Doen {11}
~ 2025-07-22
B: UV-unit ook geplaatst, het water gaat er na de pomp doorheen {11}
""",
        14,
    ),
    Chat(
        "GGD milieu",
        "ruimte",
        "2025-06-26 10:00",
        ["Michiel Ottens", "GGD medisch milieukundige"],
        """
A: Kunnen jullie het water van het spetterveld in Vosseveld bemonsteren? {11}
B: Ja, elke 2 weken. Het is rondgepompt water, dus filter en desinfectie zijn belangrijk {11}
~ 2025-07-08
B: Uitslag: E. coli 480 per 100 ml. Advies: sluiten {11}
A: Doen we morgen vroeg {11}
~ 2025-07-22
B: Herbemonstering: niets gevonden. Mag weer open {11}
""",
        12,
    ),
    Chat(
        "Buurtvereniging Vosseveld",
        "samenleving",
        "2025-07-13 12:00",
        ["Rutger Veldkamp", "Buurtvereniging Vosseveld"],
        """
B: PHOTO "SPETTERVELD TIJDELIJK GESLOTEN EXCUSES VOOR HET ONGEMAK" {11}
B: Kinderen huilen bij het hek 😢 En in het weekend staan er 100 auto's in onze straat {11}
A: Volgende week weer open, als de meting goed is. Het parkeren pakken we met verkeer op {11}
""",
        12,
    ),
    Chat(
        "Schoolplein onder water",
        "openbare_ruimte",
        "2025-09-15 08:15",
        ["Sevda Kaya", "Conciërge basisschool De Wilgenhoek"],
        """
B: Na de bui staat de hele speelplaats onder water, de kinderen kunnen niet naar buiten
A: Put verstopt?
B: Denk het wel
A: De ploeg komt vanmiddag
""",
        12,
    ),
    Chat(
        "Buurman Kruiskampstraat",
        "veiligheid",
        "2025-02-20 08:00",
        ["Orhan Demir", "Bewoner Kruiskampstraat 22"],
        """
B: In die salon naast mij gaan tot 3 uur 's nachts mannen in en uit. En er wonen vrouwen, ik zie ze de was ophangen {12}
A: Dank voor uw melding. Wilt u noteren wanneer u wat ziet? {12}
B: Ik heb een lijstje, stuur ik {12}
~ 2025-04-10
B: Er hangen zegels op de deur. Goed zo {12}
""",
        14,
    ),
    Chat(
        "Wijkagent Noord",
        "veiligheid",
        "2025-03-05 10:00",
        ["Sabrina Lamberts", "Wijkagent Noord"],
        """
B: Advertenties van Lotus op een sekssite gevonden, met het adres aan de Kruiskampstraat {12}
A: Dan is het geen massage salon meer {12}
B: De vrouwen spreken geen Nederlands, hun paspoorten heeft de eigenaar {12}
A: Dat is een signaal van uitbuiting. Controle op 2 april? {12}
B: Ja, met de arbeidsinspectie {12}
""",
        12,
    ),
    Chat(
        "Advocaat eigenaar",
        "bestuur",
        "2025-04-24 11:00",
        ["Menno Brummel", "Advocaat mr. Valkema"],
        """
B: Namens mijn cliënt: de sluiting is onrechtmatig, het is een massagepraktijk met een KvK-inschrijving {12}
A: Het besluit rust op de bevindingen van de controle. U kunt bezwaar indienen {12}
B: Wij vragen ook een voorlopige voorziening {12}
~ 2025-06-05
B: Wij beraden ons na de uitspraak {12}
""",
        12,
    ),
    Chat(
        "Verhuurder Kruiskampstraat 20",
        "ruimte",
        "2025-04-11 09:00",
        ["Yvonne Hadders", "Verhuurder pand"],
        """
B: Mijn huurder is gesloten door de burgemeester? Ik wist van niks {12}
A: Het pand is voor 6 maanden gesloten. De zegels niet verbreken {12}
B: PHOTO "GESLOTEN OP LAST VAN DE BURGEMEESTER VAN MEPPEL" {12}
B: Dit hangt dus op mijn deur. Huur betaalt hij ook niet meer {12}
A: Dat is tussen u en de huurder. Na 6 maanden mag u het weer verhuren {12}
""",
        14,
    ),
)
