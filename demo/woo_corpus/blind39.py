"""The THIRTY-NINTH BLIND relevance set (issue 17): new chats, requests and judgements.

Written as a Woo officer of gemeente Meppel would by a helper (branch wooblind39, stop 49,
6 December 2026) BEFORE any measurement on it, without reading the search code, the search tests
or the synonym migrations, and without running the relevance bench or any search; blind38.py was
read for the data format only (none of its chats, subjects, streets, names or requests is reused),
build.py for the Chat and Request API, the earlier sets only for their request titles (so that
the subjects are new); RESULTS.md and the README were opened only to add this set's line. Not yet
measured: the lead measures it once on main's code. Same syntax as blind.py: `{n}` after a line
marks the requests it is relevant to, `~` starts the next day, `~ YYYY-MM-DD` moves the chat to
that day, `PHOTO "text"` is a photo with painted text, `AUDIO` a voice note. Generated filler
(build.FILLER) is relevant to nothing. Names, addresses, firms, shops, associations and phone
numbers are made up; a few real organisations (Enexis, the KNNV, the Zonnebloem, the EOD,
Slachtofferhulp, the Meppeler Courant, Facebook, Snapchat) appear as they would in such chats.

The twelve requests and their queries were written first, from the request text only, before any
chat. Themes: stray horses on the N371 (R1), the broken lift of seniors' flat Oldenhove (R2), the
outage of the remote bridge operation (R3), illegal fireworks in a garage box (R4), the errors in
the waste calendar and app (R5), mould in the archive store (R6), a verge with protected orchids
mown too early (R7), a playground closed for loose rubber tiles (R8), serial arson of containers
and cars in Haveltermade (R9), solar panels leaking through a sports hall roof (R10), a refused
terrace permit (R11) and a power cut in the town centre after a cable break (R12).

Long team chats (the boa's, the outdoor service north, waste and cleaning, waterways and bridges,
the district team north, real estate, the KCC, communication, permits, green and ecology, legal
affairs, the crisis team, records and archive, sport, the controller, the mayor's office) carry a
request's subject in a few lines among other work; short one-to-one chats answer without
repeating the subject ("👍", "Gevangen", "Gedaan, ik laat het ze weten", "Eindelijk", "Gelukkig",
"Balen", "Top", "Onderweg", "Hij doet het weer", "Gelukt, hij is terug boven"); other words for
the subjects (merrie, pony, knollen, halster, schrikdraad, afrastering, pachter, de provinciale
weg, doodgereden; besturingsbord, LiftPlus, trapklimmer, evacuatiestoelen, trappenhuis, de 6e,
rollator, boodschappendienst; bediensysteem, de centrale, camerabeeld, lokaal, met de hand
draaien, PLC's, update, schipper, vrachtschip, overuren; box 14, Cobra's, mortieren, Cat 4,
600 kilo, ontruimd, artikel 174a, nieuw slot; afvalwijzer, kliko, grijze/groene bak, GFT,
ophaalronde, postcodes 7948, herdruk, drukker; witte pluis, groene vlekken, Aspergillus,
stellingen, bouwdossiers, luchtbevochtiger, RV, hygrostaat, ontvochtigers, ontsmet;
rietorchis, orchissen, vak 14, geklepeld, maaisel, bestek, GPS-kaart; opgekrulde tegel,
valtegels, lijmlaag, gietrubber, gietvloer, keuren, hoofdwond; containers in de fik,
rolcontainer, gesmolten, autobrand, grijze hoodie, cameratoezicht, bekend; panelen, rails,
doorvoeren, kit, dakdekker, parketvloer bol, sportvloer, huurderving; stoep, tafels, parasols,
statafels, hoorzitting, vrije doorgang, dwangsom verbeurd; graafmachine, 10kV-kabel, lassen,
noodstroom, aggregaten, zuurstofapparaat, KLIC-melding, koelwaar); abbreviations (EOD, KNNV,
KLIC, RV, Wmo, BHV, PLC, Cat 4, 10kV); typos and shorthand ("Angesloten", "48k", "de 6e",
"in de fik", "knollen"); 6 photos with text (the closed playground, the closed sports hall, the
lift out of order, the closed garage box, the waste calendar page, the verge sign) and 3 voice
notes (bridges, arson, power cut); and distractor chats that share words with requests but are
about something else (a riding-school trailer subsidy, maintenance of the town hall lift, painting
bridge 7, a New Year fireworks show, the team calendar, an orchid for a jubilee, a playground
association's climbing frame, a fire drill, solar panels on schools, a monumental hay barn in
Rogat) and lines about other work in the team chats.

Judging rule (as the earlier sets): a message is relevant when a Woo officer would have to include
it to cover the request, also when it does not repeat the subject ("👍", "Gevangen", "Eindelijk");
a voice note inside a relevant exchange is relevant. Lines of a relevant chat about something
else carry no tag.

Counts (computed from CHATS with build.parse_script and build.with_filler; the filler fills every
chat to its stated length): 55 chats of 25 to 200 messages, 3,200 messages (456 hand-written; 6
photos with text, 3 voice notes), 12 requests, 36 queries, 378 relevant messages, each relevant to
one request, in 88 (chat, request) pairs; 45 chats relevant to a request, 10 to none, 13 to
several. Relevant messages (chats) per request: R1 33 (8), R2 34 (7), R3 33 (6), R4 29 (9),
R5 37 (7), R6 30 (5), R7 29 (5), R8 26 (6), R9 31 (10), R10 27 (8), R11 27 (5), R12 42 (12)."""

from .build import Chat, Request

REQUESTS = (
    Request(
        1,
        "De loslopende paarden op de N371 (oktober 2025): de aanrijding van een auto met een "
        "paard, het vangen van de dieren, de eigenaar en de kapotte afrastering, de schade en het "
        "verhalen van de kosten.",
        ("paarden n371", "loslopend paard aanrijding", "paard eigenaar kosten verhalen"),
    ),
    Request(
        2,
        "De kapotte lift in seniorenflat Oldenhove aan de Dolderweg (2025): de bewoners die weken "
        "niet naar buiten konden, de contacten met woningcorporatie Reestwonen, de hulp vanuit de "
        "Wmo en het wijkteam en de brandveiligheid.",
        ("lift oldenhove", "lift kapot seniorenflat", "bewoners flat niet naar buiten"),
    ),
    Request(
        3,
        "De storing in de bediening op afstand van de bruggen over de Drentsche Hoofdvaart (juni "
        "2025): de schepen en het verkeer die moesten wachten, de brugwachters die ter plekke "
        "moesten bedienen, de oorzaak bij de leverancier van het bediensysteem en de kosten.",
        ("storing brugbediening", "bruggen bediening op afstand", "brug open wachten schepen"),
    ),
    Request(
        4,
        "De vondst van illegaal opgeslagen vuurwerk in een garagebox aan de Jan Tooropstraat "
        "(december 2025): de ontruiming van de omliggende woningen, de afvoer van het vuurwerk, "
        "de sluiting van de garagebox door de burgemeester en de kosten.",
        ("vuurwerk garagebox", "illegaal vuurwerk opslag", "sluiting garagebox burgemeester"),
    ),
    Request(
        5,
        "De fouten in de afvalkalender en de afvalapp van 2025: de verkeerde ophaaldagen, de "
        "containers die niet werden geleegd, de klachten van inwoners, de herdruk van de kalender "
        "en de kosten.",
        ("afvalkalender fout", "ophaaldag container niet geleegd", "afvalapp klachten"),
    ),
    Request(
        6,
        "Schimmel in het archiefdepot van het stadhuis (2025): de ontdekking, de aangetaste "
        "dossiers en bouwtekeningen, het reinigen door een gespecialiseerd bedrijf, de "
        "klimaatinstallatie en de kosten.",
        ("schimmel archief", "archiefdepot schimmel dossiers", "bouwtekeningen reinigen kosten"),
    ),
    Request(
        7,
        "Het maaien van een berm met beschermde orchideeën langs de Bovenboerweg (juni 2025): de "
        "aannemer die te vroeg maaide, de melding van de natuurvereniging, de schade aan de "
        "planten en de afspraken over het bermbeheer.",
        ("orchideeën berm gemaaid", "bovenboerweg berm", "aannemer maaien te vroeg"),
    ),
    Request(
        8,
        "De sluiting van speeltuin De Kikkerpoel in Berggierslanden wegens losliggende "
        "rubbertegels (2025): het kind dat zich verwondde, de inspectie, de vervanging van de "
        "valondergrond, de klachten van ouders en de kosten.",
        ("speeltuin kikkerpoel", "rubbertegels speeltuin", "speeltuin gesloten ouders"),
    ),
    Request(
        9,
        "De reeks brandstichtingen in containers en auto's in Haveltermade (najaar 2025): de "
        "branden, de inzet van brandweer en politie, de extra surveillance, de camera's en de "
        "schade voor bewoners.",
        ("brandstichting haveltermade", "containerbrand autobrand", "brandstichter surveillance"),
    ),
    Request(
        10,
        "De zonnepanelen op het dak van sporthal De Reggers (2025): de plaatsing, de lekkage door "
        "het dak en de waterschade aan de sportvloer, de sluiting van de sporthal, de aannemer en "
        "de kosten.",
        ("zonnepanelen sporthal", "lekkage sporthal reggers", "sportvloer waterschade"),
    ),
    Request(
        11,
        "De geweigerde terrasvergunning voor eetcafé De Hooiberg aan de Woldstraat (2025): de "
        "aanvraag, de weigering, het bezwaar van de exploitant, het zonder vergunning geplaatste "
        "terras en de handhaving.",
        ("terrasvergunning geweigerd", "terras hooiberg", "bezwaar terras handhaving"),
    ),
    Request(
        12,
        "De stroomstoring in de binnenstad na een kabelbreuk (februari 2025): de getroffen "
        "winkels en woningen, de noodaggregaten, de contacten met de netbeheerder, de zorg voor "
        "kwetsbare bewoners en de schadeclaims.",
        ("stroomstoring binnenstad", "kabelbreuk stroom", "noodaggregaat netbeheerder schade"),
    ),
)


CHATS = (
    Chat(
        "Team boa's",
        "veiligheid",
        "2025-01-06 08:00",
        ["Wendy Koops", "Dirk Lammers", "Yvonne Bakker", "Thijs Mulder"],
        """
A: Goedemorgen, de nieuwe diensten staan erin tot en met maart
B: Kan ik 14 februari ruilen? Verjaardag van mijn moeder
A: Regel het met Thijs
~ 2025-02-11
C: Binnenstad zit zonder stroom sinds 10 over 9. Verkeerslichten bij de Zuiderstraat op knipperen, ik ga erheen {12}
A: Hele binnenstad? {12}
C: Van de Markt tot de Kerkgracht, winkels doen de rolluiken dicht. Enexis zegt kabelbreuk bij graafwerk {12}
D: Ik sta bij de Molenstraat, juwelier vraagt of we even blijven want zijn alarm werkt niet {12}
A: Blijf daar tot de stroom terug is {12}
~ 2025-02-12
C: Stroom is om half 4 vannacht teruggekomen, rustige nacht verder {12}
~ 2025-03-04
B: Wie heeft de sleutel van de fietskar?
D: Hangt in het kastje
~ 2025-04-17
B: Woldstraat: De Hooiberg heeft 6 tafels buiten gezet terwijl er geen vergunning is. Eigenaar zegt dat hij 'gewoon bezwaar heeft gemaakt' {11}
A: Bezwaar schort niks op. Waarschuwing geven en foto's maken {11}
B: Gedaan, schriftelijke waarschuwing uitgereikt {11}
~ 2025-05-02
B: De Hooiberg: terras staat er weer, nu met parasols. Rapport van bevindingen naar vergunningen {11}
~ 2025-06-03
D: Speeltuin in Berggierslanden: hek is open gebroken, kinderen spelen gewoon tussen de losse tegels {8}
A: Buitendienst bellen om het hek te repareren, ik zet het door {8}
~ 2025-07-22
C: Jongeren klimmen op het dak van de sporthal aan de Reggersweg, tussen de panelen door. Weggestuurd {10}
~ 2025-09-18
D: Haveltermade: vannacht weer 2 containers in de fik aan de Zuidwoldiger Hoofdweg, politie denkt aan dezelfde dader {9}
A: Dat is de vierde deze maand. Extra ronde daar vanavond? {9}
D: Ik rij met Yvonne tot 1 uur {9}
~ 2025-09-19
C: Niks gezien vannacht, wel een groep jongens op scooters bij de Heerenweg. Kentekens aan de politie gegeven {9}
~ 2025-10-09
B: Melding: twee paarden los op de N371 bij de afslag Berggierslanden. Politie is onderweg, wij ook? {1}
A: Ja, ga maar, neem de halsters uit de bus mee {1}
B: Eentje is aangereden door een auto. Het dier leeft niet meer, bestuurder is geschrokken maar ongedeerd {1}
B: De andere staat nu vast aan een hek bij het tankstation {1}
~ 2025-10-10
A: Wie was de eigenaar van die paarden? {1}
B: Een hobbyboer aan de Oude Rogatweg, het schrikdraad stond niet onder stroom {1}
~ 2025-10-28
D: Haveltermade: auto uitgebrand aan de Kolkweg, vlak naast een container die al smeulde. Buren zijn bang {9}
~ 2025-12-02
C: Jan Tooropstraat: meneer uit nr 21 belt dat de buurman uit box 14 's nachts dozen vuurwerk uitlaadt {4}
A: Politie inlichten, niet zelf de box in {4}
~ 2025-12-03
C: Politie heeft box 14 open gemaakt: honderden kilo's, ook Cobra's. Huizen aan de kant van het garagepad worden ontruimd {4}
D: Ik help met afzetten {4}
~ 2025-12-19
A: Kerstborrel is vrijdag de 19e, tot dan
""",
        200,
    ),
    Chat(
        "Buitendienst ploeg Noord",
        "openbare_ruimte",
        "2025-01-07 07:00",
        ["Gert Zwiers", "Lotte Hofstede", "Harm Jonkman", "Ilse Bos"],
        """
A: Strooiwagen 2 staat weer in de werkplaats
B: Ik neem de 3 vanavond
~ 2025-02-11
C: Aggregaat naar de Markt gebracht voor de vismarkt en de toiletwagen, de binnenstad ligt plat {12}
A: Hoeveel hebben we er nog? {12}
C: Twee kleine in de loods. De grote staat bij het stadhuis voor de serverruimte {12}
~ 2025-02-12
C: Aggregaten weer opgehaald, alles brandt weer {12}
~ 2025-03-20
D: Bladblazer is kapot, nieuwe besteld
~ 2025-06-02
D: Kikkerpoel: een jongetje is gestruikeld over een opgekrulde tegel onder de schommel, hoofdwond. Moeder belde de gemeente {8}
A: Meteen dicht. Hekken ervoor en een bord {8}
D: Staat. Bij de glijbaan liggen er ook 5 los, de lijm laat overal los {8}
D: PHOTO "Speeltuin gesloten. Losliggende valtegels. Excuses voor het ongemak" {8}
~ 2025-06-12
B: Bovenboerweg: de aannemer van de bermen heeft het stuk bij de sloot helemaal kaal geklepeld. Daar stonden toch die orchideeën? {7}
A: Ja, dat stuk stond op de kaart als niet maaien tot september {7}
B: Dan is het te laat, alles ligt plat {7}
~ 2025-06-13
A: Natuurvereniging heeft al gebeld. Wethouder weet het {7}
~ 2025-06-20
C: Brug 3 ging vanochtend niet open vanaf de centrale, wij moesten met de brugwachter mee om hem met de hand te draaien {3}
A: Hoe lang stond het verkeer? {3}
C: Half uur in beide richtingen, en 4 boten lagen te wachten {3}
~ 2025-07-08
D: Nieuwe tegels Kikkerpoel gelegd, keuring is donderdag {8}
~ 2025-07-11
D: Goedgekeurd, hekken weg {8}
~ 2025-09-19
B: Haveltermade: twee verbrande containers opgehaald, nieuwe geplaatst. Nummers staan in de mail {9}
~ 2025-10-09
C: Afrastering bij de N371 provisorisch dichtgezet met draad en palen, boer doet de rest {1}
A: Rekening naar de eigenaar, schrijf je uren goed op {1}
C: 3 man 2 uur plus materiaal {1}
~ 2025-11-03
A: Snoeiploeg begint maandag in de Oosterboer
""",
        200,
    ),
    Chat(
        "Team afval en reiniging",
        "openbare_ruimte",
        "2025-01-02 07:00",
        ["Rik Dolfing", "Esther Kamphuis", "Bas Hoekstra", "Nadia Smit"],
        """
A: Gelukkig nieuwjaar allemaal, de kerstbomen gaan vanaf maandag mee
~ 2025-01-14
B: Telefoon staat roodgloeiend: half Nijeveen heeft de grijze kliko aan de straat gezet maar die ronde is pas woensdag {5}
A: Wat staat er in de kalender? {5}
B: Dinsdag 14 januari restafval. In ons planningssysteem staat woensdag. De drukker heeft de oude indeling gebruikt {5}
C: In de app staat weer iets anders, donderdag {5}
A: Dan rijden we morgen een extra ronde met wagen 9 {5}
~ 2025-01-15
C: Extra ronde gereden, 412 containers geleegd {5}
~ 2025-01-28
D: In Rogat zijn de GFT-bakken 2 keer overgeslagen, de app zegt om de week maar de kalender om de 2 weken {5}
A: Dat lossen we pas op met de herdruk {5}
~ 2025-02-04
A: Herdruk van de afvalwijzer is binnen, 19.000 stuks, bezorging volgende week {5}
~ 2025-02-11
B: De ondergrondse containers in de binnenstad gaan niet open, de pasjeslezers hebben geen stroom {12}
A: Dan legen we ze morgen, zakken ernaast laten staan {12}
~ 2025-05-06
C: Vanaf juni mogen we weer met twee man op wagen 4
~ 2025-09-10
D: Haveltermade: rolcontainer bij de flat aan de Kolkweg is gesmolten, brandweer was er al. Brandstichting zegt de politie {9}
C: Die ondergrondse aan de Heerenweg ook. Het deksel is zwart {9}
~ 2025-09-19
D: Weer 2. We hebben de containers die daar staan vanavond ingenomen, bewoners zetten de zakken nu bij de deur {9}
~ 2025-12-01
A: Wie wil er op de kerstbomenroute?
""",
        140,
    ),
    Chat(
        "Team vaarwegen en bruggen",
        "openbare_ruimte",
        "2025-03-03 07:30",
        ["Koen Brinkman", "Marloes Tuin", "Wouter Prins", "Jolanda Veldkamp"],
        """
A: Vaarseizoen begint 1 april, roosters brugwachters zijn rond
B: Brug 5 heeft nog een nieuwe slagboom nodig
~ 2025-06-18
C: Sinds 6 uur vanochtend reageert het bediensysteem niet. Geen camerabeeld van brug 2, 3 en 4 op de centrale {3}
A: Leverancier gebeld? {3}
C: Ja, BrugTech zit erop. Volgens hen een update van vannacht die verkeerd is gegaan {3}
A: Dan alle brugwachters die vrij zijn oproepen, elke brug met de hand bedienen {3}
D: Ik ga naar brug 3, Marloes naar 4? {3}
B: Ik sta er al. Hier liggen 6 schepen te wachten, een vrachtschip van 110 meter {3}
~ 2025-06-19
C: Nog steeds geen verbinding. BrugTech stuurt een monteur uit Zwolle {3}
A: AUDIO {3}
D: Schipper op brug 2 is boos, hij heeft 3 uur gelegen en wil een schadevergoeding {3}
~ 2025-06-20
C: Systeem draait weer sinds 14.10. Oorzaak: de update van hun kant, niet onze netwerkverbinding {3}
A: Eindelijk. Overuren van de brugwachters bijhouden, die gaan naar BrugTech {3}
~ 2025-07-02
B: Overuren opgeteld: 74 uur plus 2 monteurs van ons {3}
~ 2025-08-14
D: Pleziervaart druk deze week, wachttijden brug 1 rond de 20 minuten
~ 2025-10-31
A: Laatste vaarweek, daarna winterbediening
""",
        120,
    ),
    Chat(
        "Wijkteam Noord",
        "samenleving",
        "2025-01-13 08:30",
        ["Miriam de Groot", "Jesse Wolters", "Anja Hilberts", "Pieter Snijder"],
        """
A: Casusoverleg verplaatst naar donderdag
B: Prima
~ 2025-02-11
C: Mevrouw Zuidema van de Prinsenstraat heeft een zuurstofapparaat en de stroom is uit. Accu houdt 4 uur {12}
A: Bel de leverancier voor een fles, anders ambulance {12}
C: Leverancier komt binnen het uur met flessen. Dochter is er nu {12}
B: Ik loop de lijst met kwetsbare mensen in de binnenstad na, wie heeft een thuisbeademing of traplift {12}
~ 2025-02-12
C: Stroom terug, mevrouw Zuidema is oké {12}
~ 2025-03-17
D: Oldenhove aan de Dolderweg: de lift is al 9 dagen stuk. Meneer Vos van de 6e kan met zijn rollator niet naar beneden {2}
A: 9 dagen? Wat zegt Reestwonen? {2}
D: Onderdeel moet uit Italië komen, misschien nog 3 weken {2}
A: Dan boodschappen regelen voor wie niet naar buiten kan. Hoeveel bewoners? {2}
D: 11 bewoners boven de 3e die niet meer trappen lopen {2}
~ 2025-03-19
B: Boodschappendienst van de Zonnebloem doet Oldenhove nu elke dag. Drie mensen hebben een trapklimmer nodig voor de dokter {2}
~ 2025-04-01
D: Lift doet het weer sinds vanochtend, bewoners blij. Wel 3 mensen vereenzaamd, daar gaan we langs {2}
~ 2025-05-12
D: Oldenhove: lift staat wéér stil. Ik word er gek van {2}
A: Ik bel de directeur van Reestwonen zelf {2}
~ 2025-05-13
A: Reestwonen gaat de hele lift vervangen in september. Tot die tijd een monteur op afroep binnen 4 uur {2}
~ 2025-09-29
D: Nieuwe lift Oldenhove is in gebruik {2}
~ 2025-11-10
C: Jaargesprekken worden ingepland, kijk je agenda
""",
        160,
    ),
    Chat(
        "Team vastgoed",
        "bedrijfsvoering",
        "2025-01-08 08:00",
        ["Maarten Schuurman", "Ingrid Post", "Ruud Lenters", "Femke Oosting"],
        """
A: Huurcontract met de bibliotheek is verlengd
~ 2025-02-11
B: Stadhuis draait op de noodstroom. De liften staan stil, iemand zat even vast maar is eruit {12}
A: Noodaggregaat houdt het hoelang vol? {12}
B: Diesel voor 24 uur, ik heb een tankwagen besteld voor de zekerheid {12}
~ 2025-03-26
D: Archiefdepot in de kelder: Gerda van DIV zegt dat er witte pluis op de dozen zit in stelling 12 tot 18. Schimmel {6}
A: Hoe kan dat? {6}
D: Luchtbevochtiger van het depot staat al sinds januari op 80%, de regeling is kapot {6}
A: Meteen installateur erbij. Niemand zonder mondkapje naar binnen {6}
~ 2025-04-10
D: Offerte van Archiefzorg Nederland voor reinigen: 48.000 euro, de klimaatinstallatie apart nog 31.000 {6}
A: Dat moet langs de controller {6}
~ 2025-05-07
C: Sporthal De Reggers: aannemer van SolarNoord begint maandag met de panelen op het dak {10}
~ 2025-06-23
C: Na de hoosbui van gisteren staat er water in de grote zaal van De Reggers. Het lekt precies waar de panelen zijn vastgeschroefd {10}
A: Hoe erg? {10}
C: Parketvloer staat bol op 3 plekken, sporthal moet dicht {10}
A: SolarNoord aansprakelijk stellen, foto's maken {10}
~ 2025-06-24
C: PHOTO "Sporthal De Reggers gesloten wegens lekkage. Trainingen gaan niet door" {10}
~ 2025-07-15
C: Expert van de verzekering: vloer helemaal vervangen, 86.000 euro. SolarNoord erkent dat de dakdoorvoeren niet waterdicht waren {10}
~ 2025-09-01
C: De Reggers weer open met nieuwe vloer {10}
~ 2025-10-20
D: Archief: gereinigde dozen zijn terug, depot nu 50% luchtvochtigheid {6}
~ 2025-11-05
B: Onderhoudsplan 2026 staat klaar
""",
        130,
    ),
    Chat(
        "KCC teamchat",
        "dienstverlening",
        "2025-01-06 08:15",
        ["Sabine Meijer", "Tom Harkema", "Loes Drenth", "Ahmed Yilmaz"],
        """
A: Wachtrij is kort vandaag, fijn
~ 2025-01-14
B: Al 80 telefoontjes over de vuilnis. Mensen zeggen dat de kalender dinsdag zegt en er niks is opgehaald {5}
A: Script: excuses, de wagen komt woensdag, kliko laten staan {5}
C: Iemand vraagt of de app ook fout is. Ik zie donderdag in de app {5}
A: App is ook fout. Verwijs naar de website, die klopt {5}
~ 2025-01-16
B: Mevrouw uit Nijeveen wil een nieuwe papieren kalender, ze heeft geen smartphone {5}
A: Noteer haar adres, de herdruk gaat naar iedereen {5}
~ 2025-02-11
D: Telefooncentrale doet het niet, de stroom is uit in het centrum. We draaien op mobiel {12}
D: Bel maar naar de vaste nummers van de collega's thuis {12}
~ 2025-03-18
C: Man belt namens zijn moeder in Oldenhove, lift al 10 dagen kapot en ze is 89 {2}
A: Doorzetten naar het wijkteam Noord met spoed {2}
~ 2025-06-03
B: Ouders bellen boos over speeltuin de kikkerpoel, al dicht sinds gisteren, wanneer gaat hij weer open {8}
A: Zeg maar: eind juni, de tegels worden vervangen {8}
~ 2025-06-18
C: Schipper aan de lijn, ligt al 2 uur voor een brug die niet opengaat. Hij wil iemand spreken {3}
A: Nummer van de brugwachterscentrale geven: 0522 85 47 10 {3}
~ 2025-09-20
D: Bewoner Haveltermade vraagt of de gemeente zijn verbrande auto vergoedt {9}
A: Nee, eigen verzekering. Wel aangifte laten doen {9}
~ 2025-12-03
C: Veel vragen over de ontruiming in de Jan Tooropstraat, mensen willen weten wanneer ze terug mogen {4}
A: Vanavond om 8 uur volgens de politie {4}
~ 2025-12-15
A: Kerstrooster staat online
""",
        200,
    ),
    Chat(
        "Team communicatie",
        "bestuur",
        "2025-01-06 09:00",
        ["Eline Brouwer", "Joost Wiersma", "Kim van Dijk"],
        """
A: Nieuwjaarsreceptie: foto's staan in de beeldbank
~ 2025-01-14
B: Facebookpagina vol reacties over de afvalkalender. "Kan de gemeente niet eens een kalender drukken" {5}
A: Bericht: excuses, de ophaaldagen in de papieren kalender voor Nijeveen en Rogat kloppen niet, kijk op de website {5}
C: En de app? {5}
A: Ook noemen, de app wordt vandaag gerepareerd {5}
~ 2025-02-11
B: Tweet over de stroomstoring staat online, met verwijzing naar Enexis {12}
~ 2025-06-04
C: Persvraag Meppeler Courant over het jongetje dat gewond raakte in de speeltuin in Berggierslanden {8}
A: Antwoord: speeltuin is gesloten, alle valondergrond wordt vervangen, we wensen hem beterschap {8}
~ 2025-06-13
B: KNNV stuurt een persbericht over de gemaaide orchideeën aan de Bovenboerweg. "Een ramp voor de rietorchis" {7}
A: Reactie van de wethouder: we betreuren het, het bestek was duidelijk, we spreken de aannemer aan {7}
~ 2025-06-24
C: Post over de sluiting van sporthal De Reggers door lekkage staat online, clubs zijn gemaild {10}
~ 2025-09-22
B: Nieuwsbericht over de branden in Haveltermade: zet geen containers vroeg aan de straat, meld verdachte zaken {9}
~ 2025-12-03
A: Persbericht vuurwerk Jan Tooropstraat: de burgemeester sluit de garagebox voor 3 maanden {4}
C: Quote van de burgemeester erbij? {4}
A: "Wie een bom in een woonwijk opslaat, zet zijn buren in gevaar." {4}
~ 2025-12-10
C: Eindejaarscampagne vuurwerk loopt vanaf maandag
""",
        160,
    ),
    Chat(
        "Team vergunningen APV",
        "ruimte",
        "2025-01-09 08:30",
        ["Hanneke Stoel", "Mark Bennink", "Roos Tammeling"],
        """
A: Evenementenkalender 2025 is gedeeld
~ 2025-03-05
B: Aanvraag terrasvergunning De Hooiberg, Woldstraat 8: 8 tafels op de stoep {11}
A: Stoep is daar 2,10 meter. Dan blijft er geen doorgang voor de brandweer en de rolstoelen {11}
B: Brandweer adviseert ook negatief {11}
~ 2025-03-20
B: Weigering terrasvergunning Hooiberg verstuurd {11}
~ 2025-04-14
B: Bezwaarschrift van de advocaat van De Hooiberg binnen. Ze wijzen naar het terras van de buren {11}
A: Die hebben een bredere stoep. Naar juridische zaken {11}
~ 2025-05-06
B: Handhaving meldt dat het terras er gewoon staat. Last onder dwangsom voorbereiden? {11}
A: Ja, 250 euro per dag, max 5.000 {11}
~ 2025-08-28
C: Ontheffing voor de braderie is verleend
~ 2025-11-17
C: Twee aanvragen voor verkoop van vuurwerk, dezelfde winkels als vorig jaar
~ 2025-12-04
A: Box 14 Jan Tooropstraat: de burgemeester sluit op grond van de Gemeentewet. Concept ligt bij juridische zaken {4}
""",
        160,
    ),
    Chat(
        "Team groen en ecologie",
        "openbare_ruimte",
        "2025-02-03 08:00",
        ["Sietske Hoving", "Arjen Kuiper", "Nienke Lubbers"],
        """
A: Bomenkap Zomerdijk volgende week, kapvergunning is binnen
~ 2025-05-20
B: Bovenboerweg: de rietorchissen staan er prachtig bij, wel 300. Bordje voor de maaier erbij? {7}
A: Staat in het bestek, vak 14, pas in september maaien {7}
~ 2025-06-12
B: Het vak is leeg. Allemaal gemaaid en het maaisel ligt er nog op {7}
C: Onbegrijpelijk. Welke machinist was dat? {7}
B: Van Groenwerk Drenthe, hij had een oude kaart zonder de uitzonderingen {7}
~ 2025-06-16
A: Ecoloog zegt: de knollen overleven het misschien, maar dit jaar geen zaad. Volgend voorjaar tellen {7}
~ 2025-06-30
A: Afspraak met Groenwerk: GPS-kaart met de orchideeënvakken in elke maaier, bij overtreding een boete uit het contract {7}
~ 2025-08-11
C: Eikenprocessierups is klaar voor dit jaar
~ 2025-10-09
B: Lopen onze schapen los op de dijk? Ik hoorde iets over dieren op de N371 {1}
A: Nee, twee paarden van een boer aan de Oude Rogatweg. Eentje is doodgereden {1}
""",
        120,
    ),
    Chat(
        "Juridische zaken",
        "bestuur",
        "2025-01-13 09:00",
        ["Charlotte Evers", "Bart Nijboer", "Maud Hendriks"],
        """
A: Nieuwe mandaatregeling is vastgesteld
~ 2025-03-03
B: Drie schadeclaims van winkeliers over de stroomstoring van februari, bederf van koelwaar {12}
A: Die horen bij Enexis of de graver, niet bij ons. Doorsturen met een brief {12}
~ 2025-04-22
C: Bezwaar Hooiberg tegen de weigering van het terras: hoorzitting 3 juni {11}
~ 2025-06-25
C: Commissie adviseert het bezwaar tegen de terrasweigering ongegrond te verklaren {11}
~ 2025-07-16
B: Aansprakelijkstelling SolarNoord voor de vloer van De Reggers verstuurd, 86.000 plus gederfde huur {10}
~ 2025-10-15
A: Paard op de N371: bestuurder van de auto stelt ons aansprakelijk, want het hek zou van de gemeente zijn {1}
B: Het perceel is verpacht aan de eigenaar van de paarden, hij moest de afrastering onderhouden {1}
A: Dan afwijzen en hem doorverwijzen. Onze kosten van het vangen en het hek verhalen we ook op de pachter {1}
~ 2025-12-05
C: Sluitingsbesluit garagebox getekend door de burgemeester, 3 maanden {4}
""",
        135,
    ),
    Chat(
        "Crisisteam OOV",
        "veiligheid",
        "2025-02-11 09:30",
        ["Hendrik Vos", "Tamara Klein", "Gijs Wolting"],
        """
A: Kabelbreuk bij de graafwerkzaamheden aan de Kerkstraat, hele binnenstad zonder stroom. Enexis verwacht een paar uur {12}
B: Scholen? {12}
A: Twee scholen sturen de kinderen naar huis via ouders {12}
C: Stadhuis op noodstroom, het gemeentelijk crisisplan is niet nodig volgens de veiligheidsregio {12}
~ 2025-02-12
A: Alles hersteld om 3.30 uur. Evaluatie met Enexis volgende week {12}
~ 2025-09-22
B: Vierde brandstichting in Haveltermade, politie vraagt om tijdelijk cameratoezicht aan de Kolkweg {9}
A: Burgemeester wil dat, besluit voorbereiden {9}
~ 2025-09-29
B: Camera's hangen, 3 stuks voor 3 maanden {9}
~ 2025-12-03
C: Vuurwerk in garagebox Jan Tooropstraat: 12 woningen ontruimd, bewoners in het buurthuis De Spil opgevangen {4}
A: Hoeveel kilo? {4}
C: Zo'n 600 kilo, veel Cat 4. EOD heeft het afgevoerd {4}
~ 2025-12-08
A: Kosten ontruiming en opvang: 7.400 euro, verhalen op de huurder van de box {4}
""",
        110,
    ),
    Chat(
        "DIV en archief",
        "bedrijfsvoering",
        "2025-01-07 08:30",
        ["Gerda Huisman", "Lucas Dekker", "Petra Kort"],
        """
A: Vernietigingslijst 2024 is goedgekeurd
~ 2025-03-25
A: Stelling 12 tot 18 in het depot: witte en groene vlekken op de dozen. Dit is schimmel {6}
B: Welke dossiers staan daar? {6}
A: Bouwdossiers 1950-1985, ook de bouwtekeningen van de binnenstad {6}
C: Niemand meer aanraken, ik bel vastgoed {6}
~ 2025-03-28
B: Laboratorium: Aspergillus, niet gevaarlijk voor gezonde mensen maar wel mondkapje en handschoenen {6}
~ 2025-04-15
A: 1.100 dozen worden opgehaald voor reinigen, opslag tijdelijk in Hoogeveen {6}
C: Inzage bouwdossiers tot oktober niet mogelijk, staat op de website {6}
~ 2025-10-20
A: Dozen terug en teruggezet, alle 1.100 {6}
B: 9 bouwtekeningen waren niet meer te redden, die zijn gescand waar het kon {6}
~ 2025-11-20
C: Digitaliseringsproject start in januari
""",
        100,
    ),
    Chat(
        "Team sport en bewegen",
        "samenleving",
        "2025-02-03 09:00",
        ["Robin Hazeveld", "Suzanne Bolt", "Mehmet Kaya"],
        """
A: Sportgala 14 maart, wie komt er?
B: Ik
~ 2025-06-23
C: Volleybal en badminton bellen, De Reggers is dicht door de lekkage van de zonnepanelen {10}
A: Uitwijken naar de gymzaal aan de Vledderweg en De Bongerd {10}
C: Voor de zomercompetitie lukt dat, voor september niet {10}
~ 2025-08-25
C: Vloer in De Reggers ligt erin. Opening 1 september {10}
~ 2025-10-13
B: Sportakkoord-avond is goed bezocht
""",
        100,
    ),
    Chat(
        "Controller en financiën",
        "bedrijfsvoering",
        "2025-01-20 09:00",
        ["Anke Roelofs", "Vincent Boer", "Linda Sloot"],
        """
A: Jaarrekening 2024: conceptcijfers graag voor 15 maart
~ 2025-02-06
B: Factuur herdruk afvalkalender: 14.600 euro plus bezorging 3.900. Gaat uit de afvalstoffenheffing? {5}
A: Ja, maar de drukker betaalt de helft terug, hun fout {5}
~ 2025-04-14
C: Archief: 48.000 voor reinigen van de dozen en 31.000 voor de klimaatinstallatie. Niet begroot {6}
A: Voorstel naar het college voor een extra krediet {6}
~ 2025-07-08
B: Rekening aan BrugTech voor de overuren van de brugwachters bij de storing: 5.920 euro {3}
A: Verrekenen met de onderhoudsfactuur als ze niet betalen {3}
~ 2025-09-15
C: SolarNoord's verzekeraar betaalt 86.000 voor de vloer, de huurderving van 12.000 nog niet {10}
~ 2025-10-01
A: Tussenrapportage klaar
""",
        90,
    ),
    Chat(
        "Kabinet burgemeester",
        "bestuur",
        "2025-01-06 08:30",
        ["Natasja Veen", "Frank Hulst", "Mireille Kok"],
        """
A: Agenda nieuwjaarsreceptie klopt
~ 2025-02-11
B: Burgemeester wil weten hoeveel winkels dicht zijn door de stroomstoring {12}
C: Volgens de ondernemersvereniging bijna alles tussen de Markt en de Kerkgracht, zo'n 140 zaken {12}
~ 2025-03-21
A: Burgemeester belt morgen met de directeur van Reestwonen over de lift in Oldenhove {2}
~ 2025-09-23
B: Cameratoezicht Haveltermade: besluit ligt klaar, burgemeester tekent vanmiddag {9}
~ 2025-10-10
C: Burgemeester heeft het paard op de N371 gezien op Facebook en vraagt wat er gebeurd is {1}
A: Notitie van de boa's komt vandaag {1}
~ 2025-12-03
B: Burgemeester wil de garagebox aan de Jan Tooropstraat sluiten, net als bij drugs {4}
A: Kan dat bij vuurwerk? {4}
B: Volgens juridische zaken via artikel 174a, gevaar voor de openbare orde {4}
~ 2025-12-04
C: Burgemeester gaat vanmiddag langs bij de ontruimde bewoners {4}
""",
        100,
    ),
    Chat(
        "Paarden provinciale weg",
        "veiligheid",
        "2025-10-09 06:40",
        ["Dirk Lammers", "Wendy Koops"],
        """
A: Ben er. Bruine merrie ligt op de weg, politie regelt het verkeer {1}
B: En de andere? {1}
A: Een pony, die staat in de berm te grazen. Ik probeer hem met de halster {1}
~
A: Gevangen, staat nu in de wei bij het tankstation {1}
B: Goed gedaan {1}
A: Destructiebedrijf komt om 10 uur voor de merrie {1}
B: 👍 {1}
""",
        25,
    ),
    Chat(
        "Pachter Oude Rogatweg",
        "ruimte",
        "2025-10-10 09:00",
        ["Bart Nijboer", "Joris Mensink"],
        """
A: Het weiland waar die paarden uit kwamen, is dat van ons? {1}
B: Ja, verpacht aan H. Bouwmeester sinds 2019, pachtcontract artikel 6: hij zorgt voor de afrastering {1}
A: Kun je het contract sturen? {1}
B: Gestuurd {1}
A: Dank. Dan gaat de rekening voor ons werk naar hem {1}
~ 2025-11-14
B: Bouwmeester heeft betaald, 640 euro {1}
""",
        25,
    ),
    Chat(
        "Knollen weggehaald",
        "openbare_ruimte",
        "2025-10-09 13:00",
        ["Harm Jonkman", "Gert Zwiers"],
        """
A: Die pony is opgehaald door de boer zelf. Draad staat er weer {1}
B: Mooi. Stond het onder stroom? {1}
A: Nu wel, ik heb het getest {1}
B: Top {1}
""",
        25,
    ),
    Chat(
        "Manege subsidie",
        "samenleving",
        "2025-04-02 10:00",
        ["Suzanne Bolt", "Rianne Teunis"],
        """
A: Stichting Paardrijden Gehandicapten vraagt 3.000 euro voor een nieuwe paardentrailer
B: Past in de sportsubsidie, maar ze moeten een offerte sturen
A: Ik vraag het op
~
A: Offerte binnen, 2.850
B: Dan toekennen
""",
        25,
    ),
    Chat(
        "Lift Oldenhove",
        "samenleving",
        "2025-03-17 11:00",
        ["Pieter Snijder", "Monique Reinders"],
        """
A: Hoi Monique, hoe staat het met de lift van Oldenhove? Ik heb 11 mensen boven die vastzitten {2}
B: Het besturingsbord is doorgebrand, LiftPlus moet het onderdeel bestellen {2}
A: Kan er geen tijdelijke oplossing komen? {2}
B: We kijken naar een traplift, maar die kan niet in het trappenhuis vanwege de brandwerende deuren {2}
~
B: Onderdeel komt 31 maart {2}
A: Dat is lang. Ik laat de boodschappen regelen {2}
~ 2025-04-01
B: Hij doet het weer {2}
A: Gelukkig {2}
""",
        25,
    ),
    Chat(
        "Brandveiligheid flat Dolderweg",
        "ruimte",
        "2025-03-24 09:30",
        ["Kees Altena", "Miriam de Groot"],
        """
A: Brandweer vraagt hoe ze bij brand de bewoners van de bovenste verdiepingen van Oldenhove eruit krijgen nu de lift stuk is {2}
B: 11 mensen die niet zelf de trap af kunnen. Lijst met namen en verdiepingen stuur ik je {2}
A: Brandweer zet die in hun systeem. Reestwonen moet een ontruimingsplan maken {2}
~
A: Ontruimingsplan ontvangen, evacuatiestoelen op de 4e en 6e {2}
B: Dank, ik laat het de bewoners weten {2}
""",
        25,
    ),
    Chat(
        "Trapklimmer",
        "samenleving",
        "2025-03-19 10:00",
        ["Anja Hilberts", "Pieter Snijder"],
        """
A: Trapklimmer voor meneer Vos geregeld via de Wmo, morgen om 9 uur voor de cardioloog {2}
B: Super, dank je {2}
~
A: Gelukt, hij is terug boven {2}
B: 👍 {2}
""",
        25,
    ),
    Chat(
        "Bordje flat",
        "samenleving",
        "2025-05-12 08:45",
        ["Pieter Snijder", "Jesse Wolters"],
        """
A: PHOTO "Lift buiten gebruik. Monteur is gebeld. Reestwonen" {2}
A: Dit hangt er weer, tweede keer dit jaar {2}
B: Balen. Ik ga vanmiddag bij mevrouw Kuipers van de 5e langs {2}
""",
        25,
    ),
    Chat(
        "Lift stadhuis",
        "bedrijfsvoering",
        "2025-08-04 08:00",
        ["Ruud Lenters", "Ingrid Post"],
        """
A: Lift stadhuis gaat maandag in onderhoud, de hele dag
B: Raadsleden met een rolstoel?
A: Die vergaderen die dag niet
B: Oké
""",
        25,
    ),
    Chat(
        "Brug 3",
        "openbare_ruimte",
        "2025-06-18 06:50",
        ["Wouter Prins", "Jolanda Veldkamp"],
        """
A: Ik krijg hem niet omhoog vanaf het paneel, hij blijft op afstand staan {3}
B: Sleutel in het kastje, schakel op lokaal {3}
A: Gedaan, hij draait {3}
~
A: Vandaag 23 keer open geweest met de hand {3}
B: Dank je, morgen weer? {3}
A: Ja, om 6 uur {3}
~ 2025-06-20
B: Centrale doet het weer, je kunt naar huis {3}
A: Eindelijk {3}
""",
        25,
    ),
    Chat(
        "BrugTech",
        "openbare_ruimte",
        "2025-06-20 15:00",
        ["Koen Brinkman", "Sander Wijnsma"],
        """
A: Sander, wat is er nou precies misgegaan met het systeem? {3}
B: Softwarepakket van onze leverancier, automatisch uitgerold zonder test. De verbinding met de PLC's van de bruggen viel weg {3}
A: Dat mag niet meer gebeuren. Updates alleen na overleg en nooit in het vaarseizoen {3}
B: Akkoord, zetten we in het contract {3}
A: En de kosten van onze brugwachters? {3}
B: Stuur maar een factuur, we betalen {3}
""",
        25,
    ),
    Chat(
        "Schilderwerk brug 7",
        "openbare_ruimte",
        "2025-05-05 09:00",
        ["Marloes Tuin", "Wouter Prins"],
        """
A: Brug 7 wordt geschilderd van 12 tot 16 mei
B: Blijft hij open voor de schepen?
A: Ja, alleen het fietspad is dicht
B: Prima
""",
        25,
    ),
    Chat(
        "Box 14",
        "veiligheid",
        "2025-12-02 21:10",
        ["Yvonne Bakker", "Rick Bouma"],
        """
A: Rick, jij bent wijkagent daar. Melding van een buurman: 's nachts dozen vuurwerk in een garagebox aan de Jan Tooropstraat {4}
B: Ken ik. Huurder is bekend, handelt via Snapchat {4}
A: Wat doen jullie? {4}
B: Morgen vroeg met de officier van justitie en de brandweer erin {4}
~
B: 600 kilo, mortieren, Cobra's, 'Thunder kings'. Levensgevaarlijk in een garagebox tussen huizen {4}
A: Niet normaal {4}
B: Huurder aangehouden {4}
""",
        25,
    ),
    Chat(
        "Bord garagebox",
        "veiligheid",
        "2025-12-05 14:00",
        ["Thijs Mulder", "Wendy Koops"],
        """
A: PHOTO "Gesloten op last van de burgemeester. Betreden verboden. Gemeente Meppel" {4}
A: Hangt op de deur van box 14, nieuw slot erop {4}
B: Gedaan 👍 {4}
""",
        25,
    ),
    Chat(
        "Vuurwerkshow oud en nieuw",
        "ruimte",
        "2025-11-10 10:00",
        ["Roos Tammeling", "Hanneke Stoel"],
        """
A: Aanvraag vuurwerkshow op de Markt om 0.00 uur, erkend bedrijf
B: Melding bij de provincie gedaan?
A: Ja, en de brandweer heeft een afstand van 100 meter bepaald
B: Dan akkoord
""",
        25,
    ),
    Chat(
        "Drukker afvalwijzer",
        "openbare_ruimte",
        "2025-01-14 10:00",
        ["Rik Dolfing", "Annemiek Schoemaker"],
        """
A: Annemiek, in de kalender van Nijeveen en Rogat staan de oude ophaaldagen. Hoe kan dat? {5}
B: We hebben het bestand van jullie gekregen van 3 december. Daarna kwam er nog een nieuwe versie {5}
A: Die nieuwe versie is 9 december gemaild {5}
B: Ik zie hem, hij is bij ons blijven hangen. Excuses {5}
A: We willen een herdruk voor alle adressen, voor 1 februari {5}
B: Lukt, wij dragen de helft van de kosten {5}
~ 2025-02-03
B: Herdruk is klaar, gaat morgen naar jullie {5}
""",
        25,
    ),
    Chat(
        "Afvalapp",
        "bedrijfsvoering",
        "2025-01-14 11:00",
        ["Esther Kamphuis", "Daan Visscher"],
        """
A: Daan, de app geeft voor Nijeveen donderdag als ophaaldag, het moet woensdag zijn {5}
B: Ik zie het. Postcodes 7948 zijn verkeerd gekoppeld {5}
~
B: Opgelost, nieuwe versie staat live {5}
A: Dank {5}
""",
        25,
    ),
    Chat(
        "Kliko niet geleegd",
        "openbare_ruimte",
        "2025-01-28 15:00",
        ["Nadia Smit", "Bas Hoekstra"],
        """
A: PHOTO "Afvalkalender 2025 Nijeveen. Groente fruit tuinafval: dinsdag 28 januari" {5}
A: Mevrouw stuurt dit. Haar groene bak is niet geleegd {5}
B: Klopt, die ronde is volgende week. De kalender is fout {5}
A: Ik laat hem morgen legen {5}
B: 👍 {5}
""",
        25,
    ),
    Chat(
        "Teamkalender",
        "openbare_ruimte",
        "2025-01-10 09:00",
        ["Rik Dolfing", "Esther Kamphuis"],
        """
A: Kun je de vakanties in de teamkalender zetten?
B: Staat erin, ook de ophaaldagen van de kerstbomen
A: Thanks
""",
        25,
    ),
    Chat(
        "Offerte reiniging depot",
        "bedrijfsvoering",
        "2025-04-02 10:00",
        ["Femke Oosting", "Gerda Huisman"],
        """
A: Archiefzorg wil komen kijken naar de aangetaste dozen. Dinsdag kan dat? {6}
B: Ja, om 10 uur. Ik zet de stellingen klaar {6}
~ 2025-04-10
A: Offerte is binnen: 48k. Elke map wordt gestofzuigd en ontsmet, de dozen vervangen {6}
B: En de kaarten en tekeningen op groot formaat? {6}
A: Die gaan apart, per stuk behandeld {6}
B: Oké. Dan gaan we ervoor {6}
""",
        25,
    ),
    Chat(
        "Klimaatinstallatie kelder",
        "bedrijfsvoering",
        "2025-03-27 08:00",
        ["Maarten Schuurman", "Erik Timmer"],
        """
A: Erik, de luchtbevochtiging in de archiefkelder is kapot, RV staat op 80. Kun je vandaag komen? {6}
B: Vanmiddag. Installatie is van 1998, ik verwacht niet dat we hem kunnen redden {6}
~
B: Hygrostaat defect en de koeling is op. Advies: een nieuwe installatie, 31.000 euro. Nu tijdelijk 2 ontvochtigers {6}
A: Zet ze maar neer {6}
~ 2025-09-30
B: Nieuwe installatie draait, 50% RV en 18 graden {6}
A: Top {6}
""",
        25,
    ),
    Chat(
        "Groenwerk Drenthe",
        "openbare_ruimte",
        "2025-06-12 14:00",
        ["Sietske Hoving", "Marco Lanting"],
        """
A: Marco, jullie hebben vak 14 aan de Bovenboerweg gemaaid. Daar staan beschermde orchideeën en er staat in het bestek dat het pas na 1 september mag {7}
B: Mijn machinist had de kaart van vorig jaar in de cabine. Daar stond het vak nog niet op {7}
A: Die kaart hebben jullie in maart gekregen {7}
B: Ik weet het. Fout van ons {7}
A: Maaisel moet er vandaag af, anders stikt alles eronder {7}
B: Om 4 uur is het weg {7}
A: PHOTO "Bermvak 14. Niet maaien voor 1 september. Beschermde flora" {7}
A: Dit bordje stond er gewoon bij {7}
B: Ik snap het niet. Het komt niet meer voor {7}
~ 2025-06-30
B: Getekende afspraken teruggestuurd. GPS-kaarten zitten in alle trekkers {7}
""",
        25,
    ),
    Chat(
        "Melding KNNV",
        "openbare_ruimte",
        "2025-06-12 10:15",
        ["Nienke Lubbers", "Sietske Hoving"],
        """
A: Meneer Kroeze van de KNNV aan de telefoon, heel boos. De hele berm met orchissen aan de Bovenboerweg is weg {7}
B: Ik rij erheen {7}
~
B: Hij heeft gelijk. Ongeveer 300 bloeiende planten geklepeld {7}
A: Balen {7}
~ 2025-06-17
A: Kroeze vraagt om een gesprek met de wethouder over het bermbeheer {7}
B: Zet ik in de agenda {7}
""",
        25,
    ),
    Chat(
        "Bloemen jubilaris",
        "bedrijfsvoering",
        "2025-06-05 09:00",
        ["Ingrid Post", "Femke Oosting"],
        """
A: Jan van de bode heeft 25 jaar dienst. Bloemen of een orchidee?
B: Orchidee, die houdt het langer
A: Besteld
""",
        25,
    ),
    Chat(
        "Speelplek Kikkerpoel",
        "openbare_ruimte",
        "2025-06-02 16:00",
        ["Ilse Bos", "Tim Haverkort"],
        """
A: Tim, kun je morgen de speeltuin Kikkerpoel inspecteren? Een kind is gevallen over een losse tegel {8}
B: Ik kom om 8 uur {8}
~
B: Rapport: 38 van de 120 rubbertegels liggen los of krullen op. De lijmlaag eronder is vergaan. Alles vervangen {8}
A: Kosten? {8}
B: Zo'n 22.000 euro, met gietrubber in plaats van tegels {8}
~ 2025-06-20
A: Gietvloer wordt op 7 juli gestort {8}
B: Dan kan ik 10 juli keuren {8}
""",
        25,
    ),
    Chat(
        "Ouders Berggierslanden",
        "samenleving",
        "2025-06-05 19:00",
        ["Marjolein Veld", "Ilse Bos"],
        """
A: Ik krijg veel berichten van ouders in de buurtapp over de speeltuin. Ze vinden dat de gemeente het wist {8}
B: Er was in maart één melding van een losse tegel, die is toen vastgelijmd {8}
A: Mag ik dat zo doorgeven? {8}
B: Ja {8}
~ 2025-06-10
A: Een vader vraagt of de gemeente de rekening van de huisarts betaalt voor zijn zoon, die met de hoofdwond {8}
B: Laat hem een brief sturen, die gaat naar onze verzekeraar {8}
~ 2025-07-11
A: Ouders zijn blij, de kinderen zitten er alweer op de glijbaan {8}
""",
        25,
    ),
    Chat(
        "Speeltuinvereniging subsidie",
        "samenleving",
        "2025-03-10 10:00",
        ["Rianne Teunis", "Anke Roelofs"],
        """
A: Speeltuinvereniging Ons Genoegen vraagt een bijdrage voor een nieuw klimrek
B: Hoeveel?
A: 4.500 euro
B: Aanvraag compleet? Dan verlenen
""",
        25,
    ),
    Chat(
        "Branden Haveltermade",
        "veiligheid",
        "2025-09-05 23:30",
        ["Yvonne Bakker", "Rick Bouma"],
        """
A: Rick, weer een rolcontainer in brand aan de Kolkweg. Brandweer is bezig {9}
B: Derde deze week. We hebben een signalement van een jongen met een grijze hoodie {9}
~ 2025-09-18
A: AUDIO {9}
B: Gehoord. Ik stuur een extra auto {9}
~ 2025-10-28
B: Autobrand Kolkweg: camera heeft hem gezien. 17 jaar, woont 3 straten verderop {9}
A: Eindelijk {9}
~ 2025-11-04
B: Hij heeft 9 branden bekend {9}
""",
        25,
    ),
    Chat(
        "Camera's Kolkweg",
        "veiligheid",
        "2025-09-23 10:00",
        ["Frank Hulst", "Tamara Klein"],
        """
A: Besluit cameratoezicht Kolkweg is getekend, 3 maanden {9}
B: Plaatsing door de politie morgen? {9}
A: Ja, en een bord bij de ingang van de wijk {9}
~ 2025-12-22
B: Verlengen na de aanhouding? {9}
A: Nee, burgemeester laat ze op 29 december weghalen {9}
""",
        25,
    ),
    Chat(
        "Fik in de wijk",
        "samenleving",
        "2025-10-29 09:00",
        ["Jesse Wolters", "Anja Hilberts"],
        """
A: Familie Demir aan de Kolkweg, hun auto is vannacht uitgebrand en het vuur sloeg over op de voordeur. Kinderen slapen slecht {9}
B: Ik bel Slachtofferhulp en ga vanmiddag langs {9}
A: Dank {9}
""",
        25,
    ),
    Chat(
        "Brandoefening stadhuis",
        "bedrijfsvoering",
        "2025-10-02 08:00",
        ["Ruud Lenters", "Ingrid Post"],
        """
A: Brandoefening donderdag om 10 uur, BHV'ers verzamelen bij de hoofdingang
B: Liften niet gebruiken, neem ik mee in de mail
A: Goed
""",
        25,
    ),
    Chat(
        "SolarNoord",
        "bedrijfsvoering",
        "2025-05-05 09:00",
        ["Ruud Lenters", "Sven Eefting"],
        """
A: Sven, jullie beginnen maandag op De Reggers. 420 panelen, hoe bevestigen jullie die? {10}
B: Op rails, met doorvoeren door de dakbedekking {10}
A: Het dak is van 2008, let op de dakbedekking {10}
~ 2025-06-23
A: Het lekt in de zaal precies onder jullie rails {10}
B: Ik stuur vandaag een dakdekker {10}
~
B: Bij 14 doorvoeren was de kit niet goed aangebracht. Alles is nu dicht {10}
A: En de vloer is kapot. We stellen jullie aansprakelijk {10}
""",
        25,
    ),
    Chat(
        "Parket De Reggers",
        "samenleving",
        "2025-07-20 10:00",
        ["Robin Hazeveld", "Ruud Lenters"],
        """
A: Hoe lang duurt de nieuwe sportvloer? De clubs willen het weten {10}
B: Leggen in augustus, lijnen trekken de 28e. Open 1 september {10}
A: Gedaan, ik laat het ze weten {10}
B: 👍 {10}
""",
        25,
    ),
    Chat(
        "Zonnepanelen scholen",
        "ruimte",
        "2025-04-14 11:00",
        ["Joost Wiersma", "Nina Blom"],
        """
A: Twee basisscholen vragen de duurzaamheidssubsidie voor zonnepanelen op het dak
B: Welke?
A: De Kring en De Wegwijzer
B: Stuur ze het formulier
""",
        25,
    ),
    Chat(
        "De Hooiberg",
        "veiligheid",
        "2025-05-06 13:00",
        ["Dirk Lammers", "Roos Tammeling"],
        """
A: Roos, ik sta bij De Hooiberg. 8 tafels, stoep dicht, een vrouw met kinderwagen moest de weg op {11}
B: Dan last onder dwangsom. Ik maak hem vandaag {11}
~ 2025-05-20
A: Terras is weg {11}
B: Mooi, geen dwangsom verbeurd {11}
~ 2025-07-02
A: Staat er weer, 4 statafels nu {11}
B: Dan is de dwangsom verbeurd, ik laat invorderen {11}
~ 2025-07-04
A: Eigenaar zegt dat de commissie hem een klein terras heeft beloofd {11}
B: Twee tafeltjes tegen de gevel, niet vier statafels. Dat mag pas met een nieuwe vergunning {11}
""",
        25,
    ),
    Chat(
        "Hoorzitting terras",
        "bestuur",
        "2025-06-03 15:30",
        ["Maud Hendriks", "Mark Bennink"],
        """
A: Hoorzitting Woldstraat is geweest. Advocaat zegt dat de weigering willekeurig is {11}
B: Onze maatvoering klopt, 1,50 meter vrije doorgang is de regel {11}
A: Commissie vroeg nog of een smaller terras mogelijk was {11}
B: Met 2 tafeltjes tegen de gevel misschien. Dat kunnen we aanbieden {11}
~ 2025-07-01
A: Bezwaar ongegrond, met de suggestie van een klein terras erbij {11}
""",
        25,
    ),
    Chat(
        "Hooiberg Rogat",
        "ruimte",
        "2025-08-12 10:00",
        ["Nina Blom", "Mark Bennink"],
        """
A: Boer in Rogat wil zijn oude hooiberg met vijf roeden laten restaureren, subsidie monumenten?
B: Staat hij op de lijst?
A: Gemeentelijk monument sinds 2001
B: Dan kan het
""",
        25,
    ),
    Chat(
        "Enexis kabelbreuk",
        "veiligheid",
        "2025-02-11 09:40",
        ["Hendrik Vos", "Lisa Meester"],
        """
A: Lisa, hoe lang gaat het duren? {12}
B: Graafmachine heeft de 10kV-kabel geraakt bij de Kerkstraat. Lassen duurt tot vanavond {12}
A: Kunnen jullie aggregaten plaatsen? {12}
B: Voor de supermarkt en het verzorgingshuis, de rest niet {12}
~
B: AUDIO {12}
A: Duidelijk, dank {12}
~ 2025-02-18
B: Evaluatie: het graafbedrijf had geen KLIC-melding gedaan voor die plek {12}
""",
        25,
    ),
    Chat(
        "Aggregaat",
        "openbare_ruimte",
        "2025-02-11 10:00",
        ["Harm Jonkman", "Gert Zwiers"],
        """
A: Kun je de grote aggregaat naar het stadhuis brengen? {12}
B: Onderweg {12}
A: Angesloten {12}
""",
        25,
    ),
)
