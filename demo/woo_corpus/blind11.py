"""The ELEVENTH BLIND relevance set (issue 17): new chats, requests and judgements.

Written as a Woo officer of gemeente Meppel would by helper wwoo11 after sets 1 to 10 had been
written, BEFORE any tuning on it, without reading the search code; committed before its one
measurement on main's code and never tuned on. New subjects (none of sets 1 to 10): gulls in
the town centre, the shelter for Ukrainian displaced persons in a former hotel, 30 km/h in the
built-up area, King's Day 2025, tiny houses on Nijentap, felling diseased ash trees along the
Havelterweg, the waste pass for the underground containers, rejected playground equipment, cracks
in the tower of the Mariakerk, the failing livestream of council meetings, and laughing gas in
the Wilhelminapark. Same syntax as blind.py: `{n}` after a line marks the requests it is
relevant to, `~` starts the next day, `PHOTO "text"` is a photo with painted text, `AUDIO` a
voice note. Generated filler (build.FILLER, up to 60 lines a chat) is relevant to nothing.
Names, places, organisations and numbers are made up.

The requests and their queries were written first, from the request text only, before any chat
line. Long chats (a district crew, the MT of the physical domain, the press desk, the boa's, the
waste team, the registry, the mayor's secretariat, the events team, the property team, the
contact centre's team leaders, the college's agenda, a district team, the traffic team, the
town-centre crew, an alderman's chat, the boa's evening shift) carry several subjects as a few
lines among other work; follow-up chats carry their subject in the onderwerp while the lines
answer without repeating it ("Klaar, alle 14 gekapt", "Gewisseld, nu goed", "3!"); jargon and
abbreviations (VTA, Wnb, ILT, N2O, APV, KHN, V85, SLA, XLR, 4G, PV, KCC), other words for the
subject (patronen, tanks, cilinders, ballonnen; de lezer, de klep, de bak; de toren, de kerk;
RaadLive, het beeld, geluid, uitzending; de tiny's, kavels; wipkippen, klimrek, kabelbaan),
compounds and split or joined forms (meeuwenmeldingen, afval pas, lach gas, tinyhouses,
30km-zones, essentak-sterfte, live-uitzending), typos (meeuwne, eiren, lachags,
speeltoestelen), 8 photos with text and 3 voice notes; and distractor chats that share words
with requests but are about something else (pigeons at the station, winter shelter for the
homeless in a hotel, a temporary 30 on a detour, the staff's King's Day drinks, a tiny forest,
the Essent energy contract, the town hall's access passes, the fire extinguishers' inspection,
the staff choir in the Mariakerk, a Teams outage, helium balloons for the staff party, pruning
in the Wilhelminapark).

Judging rule (as sets 1 to 10): a message is relevant when a Woo officer would have to include
it to cover the request, also when it does not repeat the subject ("Hoeveel?", "Top", "Gedaan").
Lines about the request's subject are relevant also where they touch a side of it the request
does not list (the shelter's language lessons); lines of a relevant chat about something else
carry no tag.

Counts (with the generated filler of seed 17, as the bench builds it): 50 chats, 3,016 messages
(1,133 hand-written; 8 photos with text, 3 voice notes), 11 requests, 33 queries, 979 relevant
(message, request) pairs in 79 (chat, request) pairs; 12 chats relevant to no request, 16 to
several. Relevant messages (chats) per request: R1 104 (9), R2 132 (7), R3 74 (7), R4 90 (8),
R5 77 (7), R6 73 (5), R7 105 (7), R8 84 (7), R9 62 (7), R10 66 (5), R11 112 (10).
"""

from .build import Chat, Request

REQUESTS = (
    Request(
        1,
        "Overlast van meeuwen in de binnenstad van Meppel (2025): de meldingen van bewoners en "
        "ondernemers, het weghalen van nesten en eieren, de ontheffing daarvoor en andere "
        "maatregelen.",
        ("meeuwen", "meeuwenoverlast binnenstad", "nesten meeuwen ontheffing"),
    ),
    Request(
        2,
        "De opvang van Oekraïense ontheemden in het voormalige hotel De Reestkamp (2024-2025): de "
        "keuze voor de locatie, het huurcontract, de beveiliging en de reacties uit de buurt.",
        ("opvang oekraïners", "ontheemden reestkamp", "oekraïne opvang hotel beveiliging"),
    ),
    Request(
        3,
        "De invoering van 30 km/u als maximumsnelheid op wegen binnen de bebouwde kom (2025): het "
        "verkeersbesluit, de bezwaren, de borden en de handhaving.",
        ("30 km/u", "verkeersbesluit 30 km", "maximumsnelheid bebouwde kom bezwaar"),
    ),
    Request(
        4,
        "Koningsdag 2025 in Meppel: de vrijmarkt en de indeling ervan, het glasverbod, de "
        "veiligheid en de kosten voor de gemeente.",
        ("koningsdag 2025", "vrijmarkt", "glasverbod koningsdag"),
    ),
    Request(
        5,
        "Het project tiny houses op Nijentap (2025): de selectie en loting van de bewoners, de "
        "grond en de huurprijs, en de vergunning.",
        ("tiny houses", "tiny house nijentap", "loting kavels"),
    ),
    Request(
        6,
        "De kap van zieke essen (essentaksterfte) langs de Havelterweg (2025): de inspectie van "
        "de bomen, de kapmelding, de bezwaren en de herplant.",
        ("essentaksterfte", "kap essen havelterweg", "zieke bomen kap herplant"),
    ),
    Request(
        7,
        "De invoering van de afvalpas voor de ondergrondse containers (2025): de storingen aan de "
        "containers, de klachten en de bijplaatsingen van afval naast de containers.",
        ("afvalpas", "ondergrondse container storing", "bijplaatsingen"),
    ),
    Request(
        8,
        "Afgekeurde speeltoestellen in gemeentelijke speeltuinen (2025): de keuring, het "
        "weghalen van toestellen, de reacties van ouders en de vervanging.",
        ("speeltoestellen afgekeurd", "keuring speeltuin", "speeltoestel weggehaald OR verwijderd"),
    ),
    Request(
        9,
        "De scheuren in de toren van de Mariakerk (2025): het afzetten van de omgeving, het "
        "onderzoek door de constructeur en de bijdrage van de gemeente aan het herstel.",
        ("mariakerk toren", "scheuren toren", "restauratie kerktoren subsidie"),
    ),
    Request(
        10,
        "De storingen in de livestream van de gemeenteraadsvergaderingen (2025): welke "
        "vergaderingen, de oorzaak, de klachten en de afspraken met de leverancier.",
        ("livestream raadsvergadering", '"storing livestream"', "uitzending raad leverancier"),
    ),
    Request(
        11,
        "Overlast van lachgas in en rond het Wilhelminapark (2025): de meldingen, de handhaving "
        "en het voorstel voor een lachgasverbod in de APV.",
        ("lachgas", "lachgas wilhelminapark", "lachgasverbod apv"),
    ),
)

CHATS = (
    Chat(
        "Team Openbare Ruimte wijkploeg Noord",
        "openbare_ruimte",
        "2025-02-03 07:20",
        ["Gert Jan Bakker", "Yvonne Smit", "Frank Dijkstra", "Lisanne Kok"],
        """
A: Morgen mannen en Lisanne. Vandaag: Frank en ik Havelterweg, Yvonne speelplekken, Lisanne kantoor
B: Ik begin bij de speelplek aan de Reggersweg, daarna Oosterboer
C: Havelterweg: de boomverzorger van Linden Groen is er om half 9 voor de essen {6}
A: Hoeveel stonden er op de lijst van de VTA? {6}
C: 31 essen van de Havelterweg tussen de rotonde en de Eursingerweg, 14 in klasse rood {6}
A: Rood betekent binnen drie maanden weg toch {6}
C: Ja, kroonsterfte boven de 50 procent. Sommige laten al takken vallen op het fietspad {6}
D: Ik heb gisteren een melding van een fietser gehad over een tak op het fietspad Havelterweg, hoort daarbij denk ik {6}
C: Zeker, dat is die bij de bushalte. Die staat bovenaan {6}
A: Lisanne, wil jij de kapmelding voorbereiden? Dan kan Frank de lijst met nummers sturen {6}
D: Doe ik. Moet het via een omgevingsvergunning of is het een melding onder de bomenverordening? {6}
A: Zieke bomen met gevaar: melding volstaat, maar we publiceren het wel {6}
D: Oké, ik zet het op de site en in het huis-aan-huisblad {6}
B: Speelplek Reggersweg: het kabelbaantje hangt scheef, de kabel is gerafeld {8}
A: Afzetten en foto maken {8}
B: PHOTO "BUITEN GEBRUIK - dit speeltoestel is afgekeurd - gemeente Meppel" {8}
B: Lint eromheen en dit bordje erop gehangen {8}
A: Top. Komt dit uit de jaarlijkse inspectie? {8}
B: Ja, het rapport van de keurmeester van SpeelVeilig kwam vrijdag binnen. 23 afkeuringen in de hele gemeente {8}
A: 23?? Vorig jaar waren het er 6 {8}
B: Veel houten toestellen uit 2008-2010, die zijn allemaal op. Rot in de palen {8}
A: Stuur me het rapport, dan ga ik met Hanneke praten over geld {8}
B: Staat in de map Spelen 2025 {8}
C: Wie heeft de sleutel van de hoogwerker?
A: Ligt in het kastje bij de kantine
C: Gevonden
~
A: Hoe ging het gisteren aan de Havelterweg? {6}
C: 6 van de 14 rode zijn om, de rest donderdag. Verkeersregelaars waren te laat, daardoor vertraging {6}
A: Was het fietspad afgesloten? {6}
C: Ja met omleiding via de Stoombootkade, ging goed. Wel een boze meneer die vond dat we gezonde bomen kapten {6}
A: Heb je hem uitgelegd dat het essentaksterfte is? {6}
C: Ja, ook de schijven laten zien, je ziet het bruine hout zo {6}
D: Hij heeft ook gemaild, ik heb een standaardantwoord gestuurd met de link naar de kapmelding {6}
B: Oosterboer: het klimrek bij de school is ook afgekeurd, en de glijbaan bij de Bongerd {8}
A: Alles dicht? {8}
B: Klimrek heb ik laten weghalen door Frank zijn ploeg, de glijbaan kan met een nieuwe trede weer open {8}
A: Goed. Ouders al geïnformeerd? {8}
B: Er hangt een briefje en de school heeft het in de nieuwsbrief gezet {8}
D: Er zijn al twee mails van ouders binnen over het klimrek. Waarom weg en wanneer komt er iets nieuws {8}
A: Zeg maar dat we een plan maken voor vervanging, na de zomer {8}
D: Ok
A: Lisanne, weet jij of de veegwagen weer terug is van de garage?
D: Donderdag
A: Meeuwen zijn ook weer begonnen trouwens, in de binnenstad liggen de vuilniszakken open {1}
B: Dat is meer voor Afval {1}
A: Ja maar de melders bellen ons. Ik stuur het door {1}
~
C: Havelterweg klaar, alle 14 gekapt. Stobben worden volgende week gefreesd {6}
A: Top werk! En de oranje? {6}
C: Die 12 in oranje kijken we in september opnieuw, 5 groene laten we staan {6}
A: Herplant? {6}
C: Voorstel is lindes of iepen, geen es meer. Ik vraag een offerte bij Boomkwekerij Ebben {6}
A: Doe maar, dan neem ik het mee naar de wethouder {6}
D: Bewonersbrief herplant gaat mee met de wijkkrant? {6}
A: Ja {6}
B: Bij de Reggersweg is een moeder die met de krant dreigt omdat de kabelbaan al weken dicht is {8}
A: Hoe lang nog? {8}
B: Nieuwe kabel is besteld, 3 weken levertijd {8}
A: Laat haar dat weten, en bel maar als ze wil {8}
B: Gedaan, ze was redelijk {8}
C: Wie doet zaterdag de gladheidsbestrijding?
A: Ik heb piket
C: Oké
A: Lisanne, de begrotingswijziging voor de speeltoestelen moet voor 1 april bij financiën {8}
D: Hoeveel zetten we erin? {8}
A: 85k voor vervanging van 9 toestellen, de rest uit het onderhoudsbudget {8}
D: Ik maak het formulier {8}
~
A: Afrondende vraag: hoeveel bezwaren op de kapmelding Havelterweg? {6}
D: Nul formele bezwaren, 4 mails en 1 telefoontje {6}
A: Mooi. Sluit het maar af in het zaaksysteem {6}
D: Done
""",
    ),
    Chat(
        "MT Ruimte en Leefomgeving",
        "ruimte",
        "2025-03-10 08:30",
        ["Marjolein Visser", "Hans Boerema", "Esther Tuinstra", "Joost van Leeuwen"],
        """
A: Agenda MT maandag staat erin. Punten: 1 verkeersbesluit 30, 2 tiny houses, 3 Mariakerk, 4 formatie
B: Bij 1: de raad heeft het mobiliteitsplan vastgesteld, nu het verkeersbesluit voor 30 op 42 straten {3}
A: Wanneer publiceren? {3}
B: Staatscourant 1 april, dan zes weken bezwaartermijn {3}
C: Heeft de politie al advies gegeven? Die waren kritisch over de Hoogeveenseweg {3}
B: Politie wil geen 30 op gebiedsontsluitingswegen zonder herinrichting. Die hebben we eruit gehaald {3}
A: Dus Hoogeveenseweg blijft 50 {3}
B: Klopt, en de Steenwijkerstraatweg ook {3}
D: Kosten borden? {3}
B: 142 borden, ongeveer 38.000 euro incl plaatsen {3}
A: Ok, door
D: Punt 2, tiny houses: de grond op Nijentap is bouwrijp, 12 kavels {5}
A: Hoe kiezen we de bewoners? Er hebben zich 140 mensen gemeld {5}
D: Voorstel: loting onder mensen met een binding met Meppel en een inkomen tot de middengrens {5}
C: Loting door een notaris? {5}
D: Ja, notaris Hofstra, in juni {5}
B: Koop of huur? {5}
D: Grond in erfpacht, huisjes zijn van de bewoners. Tijdelijk voor 10 jaar {5}
A: En de vergunning? Het bestemmingsplan staat het niet toe {5}
D: Tijdelijke afwijking via een buitenplanse omgevingsplanactiviteit, aanvraag loopt {5}
A: Prima
C: Punt 3: de Mariakerk. Het kerkbestuur heeft ons gebeld over scheuren in de toren {9}
A: Hoe erg? {9}
C: Er is een stuk voegwerk naar beneden gekomen op het Kerkplein. Niemand geraakt gelukkig {9}
B: Moet het plein dicht? {9}
C: Ik heb Hekwerk Meppel gevraagd vandaag hekken te zetten, 10 meter rondom {9}
A: Goed. Wie betaalt het onderzoek? {9}
C: Eigenaar is de Protestantse Gemeente, het is een rijksmonument. Zij schakelen een constructeur in {9}
A: En wij? {9}
C: Ze gaan vragen om een bijdrage uit het monumentenfonds, ik verwacht dat verzoek binnenkort {9}
D: Punt 4, formatie: de vacature beleidsmedewerker mobiliteit staat open
A: Reacties?
D: 6 tot nu toe
~
A: Update tiny houses? {5}
D: Nog 3 weken inschrijven, teller op 212 {5}
A: Wow. Ook van buiten Meppel? {5}
D: Ongeveer een derde, die vallen af vanwege de bindingseis {5}
B: Dat gaat vragen opleveren. Is die eis juridisch goed? {5}
D: Juridische zaken heeft ernaar gekeken, het mag zolang we het in de regels van de loting zetten {5}
C: Mariakerk: constructeur van Ingenieursbureau Wolters was er vrijdag {9}
A: En? {9}
C: Scheuren in het metselwerk van de bovenste geleding, door roestende ankers. Niet acuut instortingsgevaar, wel stenen die los kunnen komen {9}
B: Hekken blijven staan dus {9}
C: Ja, minstens tot er een steiger staat {9}
A: Marktkramen op het plein? {9}
C: Markt schuift 15 meter op, marktmeester is akkoord {9}
B: 30 km: 23 bezwaren binnen, de meeste van ondernemers op de Industrieweg {3}
A: Die staat toch niet op de lijst? {3}
B: Alleen het stuk langs de school. Ze denken dat het voor de hele weg geldt {3}
D: Dan een verduidelijking op de site {3}
B: Staat erop morgen {3}
A: Mooi
~
C: Het verzoek van de kerk is binnen: 120.000 voor herstel van de toren, ze vragen 25% {9}
A: Past dat in het fonds? {9}
C: Er zit nog 180k in voor 2025 {9}
A: Voorstel voor het college maken dan {9}
C: Ja, voor de collegevergadering van 13 mei {9}
D: Loting tiny houses is verplaatst naar 2 juli, notaris kon niet {5}
A: Ok, communicatie aanpassen {5}
B: Bezwarencommissie 30 km hoort de bezwaarden op 17 juni {3}
A: Wil jij daarbij zijn? {3}
B: Ja {3}
""",
    ),
    Chat(
        "Persdesk",
        "bestuur",
        "2025-03-03 08:05",
        ["Sophie Meijer", "Daan Westerhof", "Karin Lubbers"],
        """
A: Goedemorgen. Vraag van de Meppeler Courant: klopt het dat er Oekraïners in De Reestkamp komen? {2}
B: Ja, maar het is nog niet openbaar. Het college besluit dinsdag {2}
A: Wat zeg ik? {2}
B: Dat we op zoek zijn naar een nieuwe locatie voor de opvang van ontheemden uit Oekraïne en dat we eerst de buurt informeren {2}
C: De buurt weet het al, er gaat een appje rond in Koedijkslanden {2}
B: Dan moeten we woensdag de brief eruit hebben {2}
A: Ik bel de journalist terug met de tekst van Daan {2}
C: RTV Drenthe vraagt naar de meeuwen in de binnenstad, ze willen komen filmen {1}
A: Wie is woordvoerder? {1}
C: Wethouder Prins, maar ze wil een ambtenaar van de buitendienst erbij {1}
B: Vraag Gert Jan Bakker {1}
C: Ok
~
A: Persbericht opvang Reestkamp staat klaar, wie leest mee? {2}
B: Ik. Zin over de beveiliging even weglaten, dat is nog niet rond {2}
A: Aangepast {2}
C: Hoeveel mensen? Staat er niet in {2}
A: Maximaal 120, gezinnen vooral {2}
B: Zet erin. En de termijn: tot 1 maart 2026 {2}
A: Verzonden {2}
C: Vraag van een blogger over het livestream-gedoe van de raad van gisteren {10}
A: Wat was er? {10}
C: Halverwege de begrotingsbehandeling viel het beeld weg en het geluid kwam pas na 40 minuten terug {10}
B: Griffie weet het, leverancier is Notubiz toch? {10}
C: Nee, sinds januari RaadLive. Griffie zoekt het uit {10}
A: Ik zeg dat we het onderzoeken en dat de vergadering terug te kijken is {10}
C: Is dat zo? {10}
A: Ik check het bij de griffie {10}
~
C: Koningsdag: de Meppeler Courant wil weten waarom de vrijmarkt dit jaar alleen op de Markt is {4}
B: Veiligheid en de bouwwerkzaamheden in de Hoofdstraat {4}
A: En het glasverbod? {4}
B: Dat geldt in het hele centrum van 9 tot 20 uur {4}
C: Ik stuur ze het bericht van de site {4}
A: RTV vraagt naar de lachgas op de foto's uit het Wilhelminapark {11}
B: Welke foto's? {11}
A: Een buurtbewoner heeft een vuilniszak vol patronen en twee grote tanks gefotografeerd, staat op Facebook {11}
C: 'Lachgasparadijs Wilhelminapark', ik zag het {11}
B: Burgemeester neemt het op zich. Lijn: we zien het, boa's zijn extra aanwezig, en we kijken naar een verbod in de APV {11}
A: Mooi, ik maak er een reactie van {11}
C: Nog wat, de meeuwen-reportage is vanavond op tv {1}
B: Hoe ging het? {1}
C: Gert Jan deed het super, legde uit waarom we nesten niet zomaar mogen weghalen {1}
~
A: Journalist Dagblad vraagt hoeveel meldingen we over meeuwen hadden in 2024 en 2025 {1}
C: Ik vraag het KCC {1}
C: 2024: 87, 2025 tot nu: 142 {1}
A: Dank {1}
B: Raadsvergadering van donderdag: livestream weer haperend, drie mails van kijkers {10}
A: Zelfde oorzaak? {10}
B: Weet ik niet, griffie zegt dat de leverancier een rapport stuurt {10}
A: Ik zet het op de lijst voor het overleg {10}
C: Vraag over de tinyhouses, hoeveel inschrijvingen {5}
B: 212 {5}
C: Thx {5}
A: En eentje over de kap aan de Havelterweg, boze lezersbrief {6}
B: Antwoord: de bomen waren ziek, essentak-sterfte, gevaar voor fietsers, er komen nieuwe bomen terug {6}
A: Prima {6}
""",
    ),
    Chat(
        "Boa's binnenstad en parken",
        "veiligheid",
        "2025-04-14 07:45",
        ["Ricardo Hoekman", "Anouk Zwiers", "Tim Kramer", "Sem de Jong"],
        """
A: Dienst: Anouk en Tim binnenstad, Sem en ik parken
B: Binnenstad: eerst fietsen weg bij het station, handhavingsactie
C: En de vuilniszakken bij de Kromme Elleboog, meeuwen hebben alles over straat verspreid {1}
A: Wie zet daar zakken neer? {1}
C: De snackbar en de bovenwoningen, zakken niet in de container {1}
A: Aanschrijven, en zeg dat de meeuwen het openscheuren als het niet in de container zit {1}
D: Wilhelminapark: vanochtend weer 2 tanks en een stuk of 40 patronen bij de vijver {11}
A: Opruimen laten doen door de buitendienst en foto's voor het dossier {11}
D: PHOTO "Verboden lachgas te gebruiken in dit park - Gemeente Meppel" {11}
D: Bordje is beklad, 'verboden' is overgespoten {11}
A: Jammer. Kunnen we iets met dat bord? Er is toch nog geen verbod {11}
D: Klopt, het is meer afschrikking. Zonder verbod in de APV kunnen we alleen op overlast bekeuren {11}
A: Laten we vanavond er met z'n tweeën heen gaan, groepje in auto's op het parkeerterrein {11}
D: Kenteken van die witte Golf heb ik al {11}
A: Doorgeven aan de politie {11}
B: Koningsdag: we doen met z'n allen dienst, briefing 25 april om 16 uur {4}
C: Wat doen we met het glasverbod? Bekeuren of eerst waarschuwen? {4}
B: Eerst aanspreken, glas in de bak. Bekeuren bij herhaling {4}
C: Ok {4}
~
D: Gisteravond Wilhelminapark: 7 jongeren, 3 auto's, ballonnen {11}
A: Aangesproken? {11}
D: Ja. Waren vriendelijk, gingen weg, 20 minuten later terug {11}
A: Natuurlijk {11}
D: Een buurman kwam naar ons toe, hij slaapt niet door de knallende muziek en het sissen tot 3 uur 's nachts {11}
A: Melding laten maken, dan kunnen we het tellen voor de burgemeester {11}
C: Koningsdag: 4 bekeuringen voor glas, 60 keer aangesproken {4}
B: Niet slecht. En de vrijmarkt? {4}
C: Een paar mensen stonden buiten de vakken op de Markt, weggestuurd {4}
B: Iemand die flessen bier verkocht op de vrijmarkt, afgepakt {4}
A: Goed gedaan allemaal
B: Meeuwen: een mevrouw uit de Prinsenstraat is aangevallen door een meeuw op haar balkon {1}
A: Serieus? {1}
B: Ja, een kras op haar hoofd. Er zit een nest op het dak van het pand ernaast {1}
A: Doorgeven aan de groep die de nesten aanpakt {1}
B: Gedaan, en ze heeft een melding gemaakt {1}
~
A: Vanavond weer Wilhelminapark? {11}
D: Ja, met de politie. Ze willen die Golf controleren {11}
D: Golf gecontroleerd: 6 tanks in de kofferbak. Politie heeft het niet in beslag genomen, is niet verboden {11}
A: Frustrerend {11}
D: Burgemeester wil een overzicht van alle meldingen sinds maart voor het APV-voorstel {11}
A: Sem maak jij dat? {11}
D: Ja, ik heb er 34 {11}
A: Top
C: Fietsen station: 48 gelabeld, morgen ophalen
""",
    ),
    Chat(
        "Team Afval en Reiniging",
        "openbare_ruimte",
        "2025-01-13 07:10",
        ["Bert Mulder", "Fatima El Amrani", "Johan Pit", "Kees Wiersma"],
        """
A: Morgen. Vanaf 1 maart gaan de containers op slot: iedereen krijgt een afvalpas {7}
B: Passen zijn bij de drukker, verzending eind januari {7}
C: Hoeveel? {7}
B: 17.400 huishoudens, 1 pas per adres, tweede pas op aanvraag {7}
A: En de sloten? {7}
D: Monteurs van Containertechniek Noord zetten de toegangssystemen erop in februari, 210 containers {7}
A: Planning delen in Teams {7}
C: Kraakwagen 2 staat stil, hydrauliek
A: Wanneer weer rijden?
C: Morgen
~
B: Passen zijn verstuurd. Al 60 telefoontjes van mensen die hun pas niet hebben {7}
A: Normaal. Na een week nog eens kijken {7}
D: 40 containers hebben al een lezer, werkt goed {7}
A: Meeuwen rond de containers Zuiderstraat, ze pikken de zakken open die ernaast staan {1}
C: Zakken die ernaast staan zijn van mensen die niet willen scheiden {1,7}
A: Na 1 maart wordt het erger met die bijplaatsingen, verwacht ik {7}
~
A: Dag 1 met de afvalpas. Hoe gaat het? {7}
B: KCC zit vol. Containers aan de Zomerdijk en de Kaapstraat weigeren de pas {7}
D: Storing in de lezers, de software heeft een update nodig {7}
A: Kunnen ze het op afstand? {7}
D: Ja, Containertechniek doet het vanmiddag {7}
C: Ik heb vanochtend bij de Kaapstraat 15 zakken naast de container geraapt {7}
A: Adressen erin? {7}
C: Twee met post. Doorgeven aan de boa's {7}
B: PHOTO "Container defect? Bel 14 0522 - zet uw afval niet naast de container" {7}
B: Deze stickers plakken we erop {7}
A: Top {7}
~
D: Update: de lezers doen het weer, behalve 6 containers met een kapotte klep {7}
A: Welke? {7}
D: Zomerdijk 2, Kaapstraat 1, Oosterboer 3 {7}
A: Vervangen voor het weekend {7}
B: Klachten tot nu toe: 312, meeste over storingen, paar over privacy van de pas {7}
A: Privacy? {7}
B: Mensen die denken dat we bijhouden hoeveel ze weggooien {7}
A: Doen we ook, maar niet per persoon. Het antwoord staat in de FAQ {7}
C: Bijplaatsingen Oosterboer flink, 3 keer zoveel als normaal {7}
A: Extra ronde inplannen met de kraakwagen {7}
C: Meeuwen hebben daar een feest, zakken open, rommel tot in de sloot {1,7}
A: Foto's maken voor het rapport aan de wethouder {7}
~
A: Evaluatie afvalpas na een maand: 1400 klachten, 88% opgelost {7}
B: Bijplaatsingen? {7}
A: Dalen sinds week 3. Boa's hebben 22 boetes uitgeschreven {7}
D: Nog 2 containers met storing, onderdelen komen {7}
A: Goed, rapport gaat volgende week naar de wethouder {7}
C: Kerstbomen inzameling is afgerond trouwens, 2.100 stuks
A: Mooi
""",
    ),
    Chat(
        "Griffie",
        "bestuur",
        "2025-02-27 09:15",
        ["Annemiek Roelofs", "Pieter Schutte", "Mirjam Hulst"],
        """
A: Raad van gisteren: het beeld viel weg om 21.10, geluid bleef weg tot 21.50 {10}
B: Ik zat in de regiekamer. De encoder van RaadLive gaf een foutmelding, herstart hielp niet {10}
A: Hebben ze het opgelost? {10}
B: Hun helpdesk heeft op afstand iets gedaan, daarna werkte het weer. Ik heb om een storingsrapport gevraagd {10}
C: Is de opname compleet? {10}
B: Nee, die 40 minuten ontbreken, ook in de terugkijkversie {10}
A: Dat is lastig, daar zat het amendement over de bibliotheek {10}
C: We hebben wel de audio van de notulist {10}
A: Die kunnen we erbij zetten {10}
C: Raadsvragen van de VVD over het verkeersbesluit 30 km/u binnengekomen {3}
A: Doorzetten naar verkeer, termijn 30 dagen {3}
C: Gedaan {3}
~
B: Storingsrapport RaadLive: het was de internetverbinding van het stadhuis, niet hun systeem {10}
A: Onze ICT zegt iets anders volgens mij {10}
B: ICT zegt dat de lijn stabiel was. Ze wijzen naar elkaar {10}
A: Overleg plannen met beide {10}
C: Raadslid Hofman mailt dat hij 'weer' de livestream niet kon volgen {10}
A: 'Weer'? {10}
C: Bij de commissie van 12 februari liep het ook even vast, 5 minuten {10}
A: Noteer alle storingen in een lijstje met datum en duur {10}
C: Doe ik {10}
A: Agendacommissie dinsdag: punten?
B: Jaarverslag rekenkamer en het voorstel over de APV (lachags) {11}
A: Dat laatste komt pas in juni {11}
B: Dan alleen het jaarverslag
~
C: Lijst storingen livestream: 12 feb 5 min, 26 feb 40 min, 13 maart 15 min zonder geluid {10}
A: Dank. Overleg met RaadLive is op 20 maart {10}
B: Wat willen we daar bereiken? {10}
A: Een reserveverbinding via 4G en een boeteclausule in het contract {10}
C: Staat dat niet in de SLA? {10}
A: Beschikbaarheid 99%, maar geen boete {10}
~
B: Overleg RaadLive: ze leveren een 4G-router als back-up, kosteloos. Boeteclausule wilden ze niet {10}
A: Dan evalueren we na de zomer, en bij nog een storing kijken we naar andere leveranciers {10}
C: Raadsvergadering van 10 april ging goed, geen hapering {10}
A: Mooi {10}
C: Antwoord op de raadsvragen over 30 km/u is de deur uit {3}
A: Top {3}
C: Raadsvoorstel lachgasverbod is bij ons binnen voor de commissie Bestuur van 16 juni {11}
A: Inspreker? {11}
C: Ja, de voorzitter van de wijkvereniging Wilhelminapark en een jongerenwerker {11}
""",
    ),
    Chat(
        "Secretariaat burgemeester",
        "bestuur",
        "2025-01-08 08:00",
        ["Ingrid Kuipers", "Robert Nijboer", "Saskia Bos"],
        """
A: Burgemeester wil vandaag de stand van zaken over de nieuwe opvanglocatie {2}
B: De eigenaar van De Reestkamp heeft ingestemd met huur voor 2 jaar {2}
A: Hoeveel? {2}
B: 28.000 per maand, inclusief gas licht water. Het COA-tarief dekt het {2}
C: Het is de Rijksregeling opvang Oekraïners, niet COA {2}
B: Klopt, sorry, de normbedragen van de rijksregeling {2}
A: Moet er iets verbouwd? {2}
B: Brandveiligheid: extra rookmelders, vluchtroutes. Veiligheidsregio kijkt volgende week {2}
A: Ok
C: Koningsdag 2025: het Oranjecomité wil een overleg over de route van de kinderoptocht {4}
A: Plan dat in met Evenementen erbij {4}
C: Ok {4}
~
A: Bewonersavond opvang Reestkamp: 14 januari in De Plataan {2}
B: Hoeveel aanmeldingen? {2}
A: 90 {2}
C: Burgemeester wil een beveiliger op de avond zelf {2}
A: Geregeld {2}
A: Ook heeft ze gevraagd naar het lach gas probleem in het Wilhelminapark {11}
C: Wat wil ze weten? {11}
A: Of andere gemeenten al een verbod hebben en of het werkt {11}
B: Zwolle en Hoogeveen hebben een lachgasverbod in de APV. Ik vraag hun ervaringen op {11}
~
A: Terugkoppeling bewonersavond? {2}
C: Druk en redelijk rustig. Zorgen over parkeren, over de veiligheid van de kinderen op weg naar school, en of het wel tijdelijk is {2}
B: Er komt beveiliging 's nachts de eerste 3 maanden {2}
A: Wie betaalt? {2}
B: Valt binnen de normbedragen {2}
C: Buurman Van Dijk wil een gesprek met de burgemeester {2}
A: Plan 30 minuten in, volgende week {2}
~
B: Ervaringen lachgasverbod: Zwolle zegt minder meldingen, Hoogeveen vindt handhaven lastig {11}
A: Burgemeester wil het voorstel laten maken, voor de raad van juni {11}
B: Ik zet Juridische zaken in gang {11}
A: Koningsdag: de burgemeester opent om 9.30 de vrijmarkt bij de Markt {4}
C: Toespraak? {4}
A: Kort, 3 minuten. Daarna de lintjes in het stadhuis {4}
""",
    ),
    Chat(
        "Evenementen en vergunningen",
        "veiligheid",
        "2025-03-17 08:40",
        ["Wendy Drenth", "Mark Stoffers", "Rianne Hoving"],
        """
A: Koningsdag: het Oranjecomité heeft de vergunningaanvraag voor 26 april ingediend {4}
B: Wat zit erin? {4}
A: Vrijmarkt op de Markt en Kerkplein, kinderspelen in het Wilhelminapark, podium op het Kerkplein {4}
C: Kerkplein kan niet, daar staan de hekken van de Mariatoren {4,9}
A: Oeps, dat weten ze niet denk ik {4}
C: Podium naar de Kleine Oever dan {4}
A: Ik bel ze {4}
B: Wie doet het veiligheidsplan? {4}
A: Comité schrijft het, wij toetsen. Verkeersregelaars, EHBO, glasverbod {4}
~
A: Comité is akkoord met de Kleine Oever. Vrijmarkt alleen op de Markt, de Hoofdstraat is open gebroken {4}
B: Hoeveel plekken? {4}
A: 260 vakken van 2 bij 3 meter, gratis, aanmelden via het comité {4}
C: Wie tekent de vakken? {4}
A: Buitendienst op de avond ervoor {4}
B: Kosten gemeente? {4}
A: Hekken, afval, verkeersregelaars: begroot 18.500 euro. Subsidie aan het comité 5.000 {4}
C: Is er al een aanwijzingsbesluit voor het glasverbod? {4}
A: Burgemeester tekent het volgende week {4}
~
A: Aanwijzingsbesluit getekend: glas verboden in het centrum op 26 april van 9 tot 20 uur {4}
B: Horeca geïnformeerd? {4}
A: Ja, via KHN. Ze schenken in plastic {4}
C: Wat doen we met de kinderspelen in het Wilhelminapark, daar liggen lachgaspatronen {4,11}
A: Buitendienst veegt het park de ochtend ervoor {4}
C: Ok
B: Aanvraag braderie Zomerfeest is ook binnen
A: Die doen we na Koningsdag
~
A: Evaluatie Koningsdag: rustig, 1 EHBO-inzet, 4 bekeuringen voor glas, vrijmarkt helemaal vol {4}
B: Eindafrekening? {4}
A: 19.200, iets boven de begroting door extra hekken bij de Mariakerk {4,9}
C: Comité wil volgend jaar weer de Hoofdstraat {4}
A: Noteren voor 2026 {4}
""",
    ),
    Chat(
        "Team Vastgoed",
        "bedrijfsvoering",
        "2024-11-18 09:00",
        ["Leonie Brink", "Dirk Veldman", "Hatice Yilmaz"],
        """
A: Opdracht van het college: een nieuwe locatie voor de Oekraïense ontheemden, de huidige in de Kerkstraat sluit op 1 maart {2}
B: Opties: leegstaand kantoor aan de Blankensteinweg, hotel De Reestkamp, de oude school in Nijeveen {2}
C: Reestkamp heeft kamers met eigen badkamer, dat scheelt veel {2}
A: Eigenaar wil verkopen, maar huur kan ook {2}
B: Ik vraag een taxatie van de huurwaarde {2}
~
B: Taxatie Reestkamp: marktconforme huur 26 tot 30k per maand {2}
A: Huurcontract 2 jaar met optie op een 3e jaar {2}
C: Wie is verantwoordelijk voor onderhoud? {2}
A: Eigenaar groot onderhoud, wij klein. Staat in het concept {2}
C: Juridisch laten toetsen {2}
A: Ja {2}
B: Tiny houses Nijentap: de grond ligt bij ons in de boeken als bouwgrond {5}
C: Erfpachtcanon? {5}
B: Voorstel 1.200 per jaar per kavel, 10 jaar {5}
A: Dat is laag, maar het college wil het betaalbaar {5}
B: Ja, het is een bewuste keuze, sociaal project {5}
~
A: Huurcontract De Reestkamp getekend, ingang 1 februari {2}
B: Sleuteloverdracht? {2}
A: 31 januari, ik ga met de facilitair coördinator {2}
C: Energiecontract omzetten? {2}
A: Blijft op naam van de eigenaar, wij betalen een voorschot {2}
B: Verder: de verkoop van de oude brandweerkazerne loopt
A: Biedingen?
B: 3
~
B: Tiny houses: de erfpachtakte moet klaar zijn voor de loting {5}
C: Notaris heeft het concept, ik lees het morgen {5}
B: Wat als een winnaar zijn huisje na 3 jaar wil verkopen? {5}
C: Alleen aan iemand van de wachtlijst, staat in de akte {5}
A: Goed {5}
""",
    ),
    Chat(
        "Meeuwen daken binnenstad",
        "openbare_ruimte",
        "2025-04-22 08:10",
        ["Gert Jan Bakker", "Noor Veenstra"],
        """
A: Hoi Noor, jij hebt de lijst van de daken met nesten? {1}
B: Ja, 18 adressen, de meeste Kromme Elleboog, Prinsengracht en Hoofdstraat {1}
A: Alle 18 met eieren? {1}
B: Van 11 weten we het zeker, de rest moeten we met de drone bekijken {1}
A: Drone mag toch niet boven het centrum? {1}
B: Met ontheffing van de ILT wel, aangevraagd {1}
A: Ok. De ontheffing van de provincie voor het schudden van de eieren, heb je die? {1}
B: Ja, Wnb-ontheffing, geldig tot 31 juli. Alleen zilvermeeuw en kleine mantelmeeuw {1}
A: Wie doet het schudden? {1}
B: Fauna Beheer Drenthe, 2 man met een hoogwerker {1}
A: Kosten? {1}
B: 4.800 voor dit seizoen {1}
~
B: Eerste ronde gedaan: 34 eieren geschud, 9 nesten {1}
A: Top {1}
B: Bij Kromme Elleboog 12 konden we niet bij, eigenaar gaf geen toestemming {1}
A: Brief sturen? {1}
B: Ja, hij vindt dat de gemeente het moet betalen als we aan zijn dak zitten {1}
A: We betalen toch al {1}
B: Ik leg het nog een keer uit {1}
A: Dank {1}
~
B: Tweede ronde klaar, 22 eieren. 3 nesten met jongen, die laten we zitten {1}
A: Verplicht ook {1}
B: Bewoners Prinsenstraat klagen nu over de jongen die piepen {1}
A: Meer kunnen we niet, zeg het vriendelijk {1}
B: PHOTO "Niet voeren! Voeren trekt meeuwen aan - boete 95 euro" {1}
B: Deze borden hangen nu bij de Markt {1}
A: Mooi, ook bij de snackbars? {1}
B: Ja 4 stuks {1}
~
A: Hoe staat de teller? {1}
B: 3 rondes, 71 eiren geschud, 24 nesten. Van de provincie mogen we tot eind juli {1}
A: Genoeg voor het rapport {1}
B: Ook de pinnen op het dak van de bieb zijn geplaatst {1}
A: Die helpen wel? {1}
B: Ze zitten nu een dak verder, haha {1}
A: Verplaatsen van het probleem {1}
~
B: Rapportage naar de provincie: 4 rondes, 83 eieren, 27 nesten, 1 ernstige klacht van een aanval {1}
A: Versturen voor 1 oktober {1}
B: Al gedaan {1}
A: Dank, en volgend jaar vroeger beginnen {1}
B: Ja, maart, dan zitten ze nog niet op de eieren {1}
""",
    ),
    Chat(
        "Ontheffing Wnb 2025 (provincie)",
        "ruimte",
        "2025-02-12 10:30",
        ["Noor Veenstra", "Ellen Hartman"],
        """
A: Ellen, de aanvraag voor het schudden van eieren van zilvermeeuwen, heb je hem al gestuurd? {1}
B: Nog niet, ik mis het aantal meldingen van vorig jaar {1}
A: 87 in 2024, het meeste over lawaai, poep op terrassen en opengepikte zakken {1}
B: Dank. En een onderbouwing dat andere middelen niet werken? {1}
A: Pinnen op daken, voerverbod, afvalzakken beter weg. Staat in het rapport van de ecoloog {1}
B: Ok, ik voeg het toe {1}
~
B: Verstuurd naar de provincie, beslistermijn 8 weken {1}
A: Net op tijd voor het broedseizoen hopelijk {1}
~
B: Hij is binnen! Verleend voor 2025 met voorwaarden {1}
A: Welke? {1}
B: Rapportage van aantallen voor 1 oktober, en alleen eieren, geen volwassen dieren {1}
A: Prima, ik stuur hem naar Gert Jan {1}
""",
    ),
    Chat(
        "Locatie Reestkamp",
        "samenleving",
        "2025-02-03 09:00",
        ["Marloes Dekker", "Youssef Amrani", "Olena Kovalenko"],
        """
A: Verhuizing vanuit de Kerkstraat gaat 25 en 26 februari {2}
B: Busjes geregeld? {2}
A: 2 busjes van de buitendienst plus een verhuisbedrijf voor de spullen {2}
C: De bewoners zijn nerveus. Veel kinderen moeten van school wisselen {2}
A: Scholen in Koedijkslanden hebben plek, 34 kinderen {2}
C: Ik vertaal de brief in het Oekraïens {2}
~
A: Iedereen is over, 103 mensen {2}
B: Wat zijn de eerste klachten? {2}
C: Wifi werkt niet op de bovenste etage en de wasmachines zijn te weinig {2}
A: Nog 2 wasmachines bestellen {2}
B: Een buurman heeft gebeld over auto's die op de stoep staan {2}
A: Bewoners vragen het parkeerterrein te gebruiken {2}
C: Ik zeg het in de bewonersvergadering {2}
~
B: Beveiliger meldt rustige nachten {2}
A: Goed. Na 3 maanden stoppen we met de nachtbeveiliging, zoals afgesproken {2}
C: Sommige bewoners willen het juist houden {2}
A: Ik bespreek het met de burgemeester {2}
C: Буду чекати. Sorry, verkeerd toetsenbord: ik wacht af {2}
~
A: Taalles start maandag in de grote zaal, 3 ochtenden per week {2}
B: Wie geeft het? {2}
A: Vrijwilligers van de bibliotheek {2}
C: Ook voor de kinderen? Die gaan naar school, die leren het daar {2}
~
B: Weer een buurman aan de lijn: de rookplek bij de ingang, peuken in zijn tuin {2}
A: Ok, rookplek verplaatsen naar de achterkant {2}
C: Ik hang een bordje op in 2 talen {2}
C: PHOTO "Roken alleen achter het gebouw - Курити тільки за будівлею" {2}
B: Buurman is tevreden {2}
~
A: Burgemeester heeft besloten: nachtbeveiliging nog 3 maanden door, tot 1 augustus {2}
C: Bewoners zijn blij, vooral de moeders {2}
B: En de kosten? {2}
A: Zelfde offerte, 10.400 per maand {2}
~
A: Gemeente wil de optie op het 3e jaar misschien gebruiken, eigenaar vraagt meer huur {2}
B: Hoeveel meer? {2}
A: 10% erbij. Team Vastgoed onderhandelt {2}
C: Veel bewoners willen blijven, ze hebben werk gevonden in Meppel {2}
~
B: Inspectie van de veiligheidsregio vandaag, brandveiligheid {2}
A: Uitslag? {2}
B: 2 punten: een nooduitgang geblokkeerd door fietsen en een brandblusser over datum {2}
A: Fietsen weg, blusser vervangen {2}
B: Gedaan {2}
~
C: Een journalist stond voor de deur en wilde binnen filmen {2}
A: Nee, privacy van de bewoners. Verwijs naar de persdesk {2}
C: Heb ik gedaan, hij was wat chagrijnig {2}
A: Prima zo {2}
~
A: Zomer: kinderen hebben vakantie, activiteiten? {2}
C: Sportclub doet een kamp, 20 kinderen {2}
A: Leuk {2}
""",
    ),
    Chat(
        "Beveiliging opvang",
        "veiligheid",
        "2025-01-20 13:00",
        ["Robert Nijboer", "Han Evers"],
        """
A: Han, wij hebben nachtbeveiliging nodig bij De Reestkamp vanaf 1 februari, 3 maanden {2}
B: Wat voor dienst? 1 man? {2}
A: 1 beveiliger van 22 tot 7, plus rondes over het terrein {2}
B: Offerte van Securitas Noord of van Trigion? {2}
A: We hebben een raamcontract met Securitas {2}
B: Dan vraag ik het daar. Prijs schat ik op 11k per maand {2}
A: Ok {2}
~
B: Offerte: 10.400 per maand {2}
A: Akkoord, ik zet het door {2}
B: Ook camera's bij de ingang? {2}
A: Nee, burgemeester wil het niet, privacy bewoners {2}
~
B: Incident vannacht: 2 jongens gooiden een fles tegen het raam, beveiliger heeft de politie gebeld {2}
A: Gewonden? {2}
B: Nee, ruit kapot {2}
A: Aangifte doen namens de gemeente {2}
B: Gedaan, PV-nummer staat in het zaaksysteem {2}
""",
    ),
    Chat(
        "Verkeersbesluit 30",
        "ruimte",
        "2025-03-24 08:15",
        ["Hans Boerema", "Lotte Bruins"],
        """
A: Lotte, de lijst van de 42 straten, kun je die controleren tegen de kaart? {3}
B: Doe ik. Oosterboer zit er bijna helemaal in {3}
A: Ja. De Zomerdijk alleen het deel bij de school {3}
B: En het bord bij de rotonde? {3}
A: Zonebord '30 zone' bij elke ingang van de wijk, dan hoeven we niet overal borden {3}
~
B: Gecontroleerd, 2 fouten: de Wheem staat er dubbel in, de Reggersweg mist {3}
A: Dank, aangepast {3}
B: Publicatie is klaar voor de Staatscourant {3}
A: Versturen {3}
~
B: Gepubliceerd. Bezwaartermijn loopt tot 13 mei {3}
A: Ik verwacht wel wat, vooral van bedrijven {3}
B: Facebookgroep Meppel is al ontploft: 'geldklopperij', 'flitspalen' {3}
A: Er komen geen flitspalen, staat in de Q&A {3}
~
B: Borden worden geplaatst vanaf 1 september, als de bezwaren behandeld zijn {3}
A: En handhaving? {3}
B: Politie controleert eerst niet, pas na een half jaar. Eerst voorlichting met smileys {3}
A: Smileys zijn besteld? {3}
B: 8 stuks {3}
""",
    ),
    Chat(
        "Bezwaren snelheid",
        "bestuur",
        "2025-05-19 09:30",
        ["Carla Wessels", "Hans Boerema"],
        """
A: Hans, er zijn 23 bezwaarschriften tegen het verkeersbesluit, de hoorzitting is op 17 juni {3}
B: Waar gaan ze over? {3}
A: 9 over de Industrieweg, 6 over de Eekhoornweg, rest algemeen: 'te langzaam', 'geen verkeersonveiligheid' {3}
B: Industrieweg is een misverstand, alleen het deel bij de school {3}
A: Kun je een verweerschrift maken? {3}
B: Ja, voor 1 juni {3}
~
B: Verweerschrift staat in de map {3}
A: Dank. Een bezwaarde heeft zijn bezwaar ingetrokken na een telefoontje {3}
B: Mooi {3}
~
A: Advies commissie: bezwaren ongegrond, behalve 1 over de Eekhoornweg (ontsluiting bedrijventerrein) {3}
B: Daar had hij een punt. We halen de Eekhoornweg eruit {3}
A: Besluit op bezwaar gaat in juli de deur uit {3}
""",
    ),
    Chat(
        "Oranjecomité 26-4",
        "veiligheid",
        "2025-04-07 19:30",
        ["Wendy Drenth", "Bas Holtkamp"],
        """
B: Hoi Wendy, Bas van het Oranjecomité. Mag ik je appen over zaterdag de 26e? {4}
A: Tuurlijk {4}
B: We hebben al 230 aanmeldingen voor de vakken op de Markt {4}
A: Dan zit je bijna vol {4}
B: Ja. Mensen die zich te laat aanmelden, mogen die langs de Kleine Oever staan? {4}
A: Nee, daar staat het podium en de nooduitgang. Vol is vol {4}
B: Ok. En mogen verenigingen wat verkopen? {4}
A: Etenswaren alleen met een eigen vergunning, de voetbalclub heeft er een {4}
~
B: Krijtlijnen worden vrijdagavond gezet? {4}
A: Ja, vanaf 20 uur. Auto's moeten weg van de Markt, bordjes staan er {4}
B: Bekers: wij hebben 5000 harde bekers gekocht {4}
A: Super, past bij het glasverbod {4}
~
B: Wat een dag! Dank aan de gemeente {4}
A: Dank jullie! Hoe laat was de Markt leeg? {4}
B: 18.30 alles weg, de veegwagen kwam om 19 uur {4}
A: Top {4}
B: Nog 1 ding: een kraam is kapotgereden door een auto van de marktkooplieden op maandag, wie betaalt? {4}
A: Stuur maar een mail, ik zoek het uit {4}
""",
    ),
    Chat(
        "Vakken vrijmarkt tekenen",
        "openbare_ruimte",
        "2025-04-24 15:00",
        ["Frank Dijkstra", "Jeroen Pol", "Yvonne Smit"],
        """
A: Vrijdag 20 uur vakken tekenen op de Markt. Wie kan? {4}
B: Ik {4}
C: Ik tot 22 uur {4}
A: Krijtspuit ligt in de loods, 10 bussen {4}
B: Tekening met de nummers? {4}
A: Van de evenementen, ik print hem {4}
~
A: 260 vakken staan. Om 23.15 klaar {4}
B: Er stond nog een busje op de Markt, laten wegslepen? {4}
A: Nee, eigenaar is gebeld, hij komt {4}
C: Hekken bij de kerk staan ook nog in de weg voor 4 vakken {4,9}
A: Die vakken schuiven we naar de Groenmarkt {4}
~
A: Zaterdagavond afval: 3 containers vol, 2 kraakwagens ingezet {4}
B: Krijt is er maandag uit na de regen {4}
A: Mooi zo {4}
""",
    ),
    Chat(
        "Tiny houses Nijentap",
        "ruimte",
        "2025-01-27 10:00",
        ["Esther Tuinstra", "Vincent Harms", "Ilona de Wit"],
        """
A: Kick-off projectgroep. Doel: 12 huisjes op Nijentap voor eind 2025 bewoond {5}
B: Nutsvoorzieningen? {5}
A: Enexis sluit aan, maar er is netcongestie. We krijgen een kleinverbruik-aansluiting per kavel {5}
C: Riolering ligt al tot aan de rand {5}
A: Ok. Eisen aan de huisjes? {5}
C: Maximaal 50 m2, 1 bouwlaag, geen mobiele units, wel op schroefpalen {5}
B: Welstand? {5}
C: Beeldkwaliteitsplan is klaar, houten gevels of groen dak {5}
~
A: Inschrijving open van 1 tot 31 maart, via de website {5}
B: Voorwaarden zijn klaar? {5}
A: Binding met Meppel (wonen of werken), inkomen tot 60.000, geen eigen huis {5}
C: Wat als er minder dan 12 komen? {5}
A: Ha, er zijn al 80 mensen die belangstelling hebben {5}
~
A: De omgevingsvergunning is verleend voor 10 jaar {5}
C: Zijn er zienswijzen gekomen? {5}
A: 2 van buren van de Nijentapweg, over parkeren {5}
B: Extra parkeerstrook aan de noordkant, is al opgenomen {5}
~
A: Grondprijs/erfpacht: college akkoord met 1.200 per jaar {5}
B: En de huisjes kosten ze zelf ongeveer 80 tot 120k {5}
C: Mensen vragen of ze een hypotheek kunnen krijgen op een tiny op erfpacht {5}
A: Bij 2 banken wel, ik zet het in de FAQ {5}
""",
    ),
    Chat(
        "Loting 2 juli",
        "ruimte",
        "2025-06-25 09:00",
        ["Esther Tuinstra", "Joyce Blaauw"],
        """
A: Joyce, alles klaar voor woensdag bij de notaris? {5}
B: Lijst met 141 geldige inschrijvingen is gestuurd {5}
A: 141? We hadden 212 {5}
B: 71 voldeden niet aan de voorwaarden, vooral geen binding of eigen woning {5}
A: Die hebben een afwijzing gekregen? {5}
B: Ja, met bezwaarmogelijkheid. 4 bezwaren al {5}
~
B: Loting gedaan. 12 winnaars plus een wachtlijst van 20 {5}
A: Winnaars bellen? {5}
B: Vandaag allemaal gebeld, 11 blij, 1 twijfelt {5}
A: Als hij afhaakt, nummer 1 van de wachtlijst {5}
~
B: Nummer 7 heeft afgezegd, nummer 1 van de wachtlijst doet mee {5}
A: Mooi. Kavelkeuze? {5}
B: In volgorde van de loting, op 15 juli {5}
A: Top {5}
B: Iemand die niet gewonnen heeft vraagt inzage in de loting {5}
A: Verwijs naar het procesverbaal van de notaris {5}
""",
    ),
    Chat(
        "Havelterweg bomen",
        "openbare_ruimte",
        "2025-02-10 07:00",
        ["Frank Dijkstra", "Ruud Linden"],
        """
B: Frank, Ruud van Linden Groen. We starten om 8 uur bij de rotonde {6}
A: Ok, verkeersregelaars staan er ook {6}
B: Eerst de nummers 3, 7, 8 en 12, die zijn het slechtst {6}
A: Hoe ver is de boom bij de bushalte? {6}
B: Dood. Die gaat als eerste {6}
~
B: Vandaag 6 gedaan {6}
A: Hout? {6}
B: Versnipperd, stammen gaan naar de biomassa {6}
A: Ok {6}
~
B: Klaar, alle 14 gekapt {6}
A: Dank Ruud. Factuur naar de gemeente? {6}
B: Ja, via de aanbesteding {6}
A: Volgende week stobben frezen, zelfde tijden? {6}
B: Ja, woensdag {6}
~
B: Stobben weg {6}
A: Super {6}
""",
    ),
    Chat(
        "Herplant noordelijke invalsweg",
        "openbare_ruimte",
        "2025-09-22 10:00",
        ["Gert Jan Bakker", "Anja Ebben"],
        """
B: Goedemorgen, Anja van Boomkwekerij Ebben. Offerte voor de 14 bomen staat in je mail {6}
A: Welke maat? {6}
B: Stamomtrek 20-25, Tilia cordata Greenspire, of Ulmus Columella {6}
A: We gaan voor de iep, goed tegen ziekte {6}
B: Dan 14 stuks, plant in november {6}
~
A: De wethouder heeft de herplant goedgekeurd {6}
B: Super. Plantdatum 18 november? {6}
A: Ja, met de wijkvereniging erbij, ze willen een boom planten voor de foto {6}
~
A: Van de 12 oranje essen moeten er 5 alsnog weg, uit de inspectie van september {6}
B: Dan 19 in totaal? {6}
A: Ja, ik pas de opdracht aan {6}
""",
    ),
    Chat(
        "Afvalpas KCC",
        "dienstverlening",
        "2025-03-03 08:00",
        ["Monique Jansen", "Patrick Hooijer", "Linda Post"],
        """
A: Vandaag gaat het los met de pas, iedereen de belscript van Afval bij de hand {7}
B: Wat als iemand zijn pas kwijt is? {7}
A: Nieuwe aanvragen via het formulier, 10 euro {7}
C: Ook voor mensen die hem nooit gekregen hebben? {7}
A: Nee, dan gratis {7}
~
B: 9 uur en al 40 bellers: 'container gaat niet open' {7}
A: Bekende storing, noteer adres van de container {7}
C: Iemand is boos, hij heeft zijn zak maar naast de container gezet {7}
A: Niet doen zeggen, dat kost een boete {7}
~
A: Hoeveel vandaag? {7}
B: 412 telefoontjes over de pas, record {7}
C: Het grootste deel over storing, rest kwijt, rest ouderen die het niet snappen {7}
A: Voor ouderen maken we een flyer {7}
~
A: Rustiger nu, 60 per dag {7}
B: Nog wel veel vragen over de 'hoeveel keer mag ik' {7}
A: Onbeperkt, staat in de FAQ {7}
""",
    ),
    Chat(
        "Containers Zomerdijk en Kaapstraat",
        "openbare_ruimte",
        "2025-03-04 07:30",
        ["Kees Wiersma", "Ahmed Bouali"],
        """
A: Ahmed, Zomerdijk 2 accepteert de pas weer niet {7}
B: Ik kom met de laptop {7}
B: Firmware vastgelopen, opnieuw geïnstalleerd. Werkt {7}
A: Dank. Kaapstraat 1, klep klemt {7}
B: Scharnier verbogen, moet een nieuwe {7}
A: Morgen? {7}
B: Ja {7}
~
A: Bij de Kaapstraat staan 20 zakken naast de bak {7}
B: Foto's voor de boa's {7}
A: PHOTO "Bijplaatsen van afval is verboden - boete 140 euro" {7}
A: Bordje is er al, helpt niet {7}
~
B: Kaapstraat klep vervangen {7}
A: Zomerdijk 2 weer storing, zelfde {7}
B: Dan de hele lezer wisselen {7}
B: Gewisseld, nu goed {7}
A: 👍 {7}
""",
    ),
    Chat(
        "Inspectie SpeelVeilig 2025",
        "openbare_ruimte",
        "2025-01-27 11:00",
        ["Yvonne Smit", "Hanneke Stam"],
        """
A: Hanneke, het rapport is binnen, 23 toestellen afgekeurd op 94 speelplekken {8}
B: Oei. Welke zijn direct gevaarlijk? {8}
A: 7 met 'direct buiten gebruik': kabelbaan Reggersweg, klimrek Oosterboer, 3 wipkippen, 2 schommels {8}
B: De rest? {8}
A: Binnen 3 maanden herstellen, vooral rot hout en ontbrekende valdempende ondergrond {8}
B: Wat kost dat? {8}
A: Herstel 30k, vervanging van 9 toestellen 85k {8}
B: Budget is 60k per jaar. We hebben een begrotingswijziging nodig {8}
~
A: De 7 toestellen zijn dicht, 4 al weggehaald {8}
B: Welke mogen blijven staan? {8}
A: Wipkippen krijgen een nieuwe veer, schommels nieuwe kettingen {8}
B: Goed. Zet het in het overzicht voor de wethouder {8}
~
B: Begrotingswijziging is goedgekeurd door het college {8}
A: Dan bestel ik de nieuwe toestellen, levering na de zomer {8}
B: Participatie met ouders voor Oosterboer? {8}
A: Ja, kinderen mogen kiezen uit 3 ontwerpen {8}
""",
    ),
    Chat(
        "Speeltuin Oosterboer ouders",
        "samenleving",
        "2025-02-17 20:10",
        ["Yvonne Smit", "Sandra Bloem"],
        """
B: Goedenavond, ik ben Sandra van de ouderraad van de Oosterboerschool. Waarom is het klimrek weg? {8}
A: Hoi Sandra, het was afgekeurd bij de jaarlijkse keuring. De palen waren verrot {8}
B: De kinderen zijn er heel verdrietig over. Komt er iets voor terug? {8}
A: Ja, er komt een nieuw toestel, na de zomer {8}
B: Zo lang? {8}
A: Levertijd, helaas. We willen de kinderen laten meekiezen {8}
B: Leuk, mogen we een avond organiseren? {8}
A: Zeker, ik kom met de ontwerpen {8}
~
B: Avond was leuk, de kinderen kozen voor het piratenschip {8}
A: Zag ik, 64 stemmen {8}
B: Wanneer komt het? {8}
A: Plaatsing week 38 {8}
~
B: Het schip staat er! Kinderen zijn blij {8}
A: Mooi zo. Veel plezier ermee {8}
""",
    ),
    Chat(
        "Kerkplein afzetting",
        "openbare_ruimte",
        "2025-03-07 14:00",
        ["Esther Tuinstra", "Wim Hekman"],
        """
A: Wim, kunnen jullie vandaag nog hekken zetten rond de toren? Er zijn stenen gevallen {9}
B: Hoeveel meter? {9}
A: 10 meter rondom, aan de kant van het Kerkplein en het Kerkpad {9}
B: Om 16 uur staan ze er {9}
A: Top {9}
~
B: PHOTO "Let op! Gevaar vallende stenen - afgesloten gebied - gemeente Meppel" {9}
B: Staat {9}
A: Perfect {9}
~
A: Het blijft zeker tot na de zomer staan {9}
B: Huur per week: 350 euro {9}
A: Ok, factuur naar mij {9}
~
A: Wim, 4 hekken moeten naar binnen voor de vrijmarkt, kan dat? {4,9}
B: Ja, een meter ruimte, dan heb je nog 9 {9}
A: Prima {9}
""",
    ),
    Chat(
        "Constructeur toren",
        "ruimte",
        "2025-03-14 10:00",
        ["Esther Tuinstra", "Gerrit Wolters", "Klaas Mensink"],
        """
B: Mevrouw Tuinstra, Gerrit Wolters hier. Onderzoek afgerond, rapport volgt {9}
A: Kort samengevat? {9}
B: Roestende ijzeren ankers hebben het metselwerk van de bovenste geleding opgedrukt. Scheuren tot 2 cm {9}
A: Gevaar? {9}
B: Losse stenen wel, instorting niet {9}
C: Klaas Mensink, kerkrentmeester. Wat kost het herstel? {9}
B: Ruw 110 tot 130k, steiger inbegrepen {9}
C: Dat hebben wij niet {9}
A: Subsidie van de provincie voor rijksmonumenten, en wij hebben een monumentenfonds {9}
~
B: Rapport toegestuurd {9}
C: Dank, ons verzoek aan de gemeente gaat deze week de deur uit {9}
~
A: Het college heeft 30.000 toegekend uit het fonds {9}
C: Geweldig, dank u wel {9}
B: Steiger gaat in september op {9}
A: Dan kunnen de hekken daarna weg? {9}
B: De steiger zelf krijgt een overkapping, dan ja {9}
""",
    ),
    Chat(
        "RaadLive storingen",
        "bedrijfsvoering",
        "2025-03-14 09:00",
        ["Pieter Schutte", "Erwin Koster"],
        """
A: Erwin, kun jij de logs van de verbinding in de raadzaal van 26 februari uitlezen? {10}
B: Ja, 21.00 tot 22.00? {10}
A: Ja, vanaf 21.10 viel het weg {10}
B: Geen onderbreking aan onze kant. Het verkeer naar hun server liep door {10}
A: Dan ligt het bij hun encoder {10}
B: Lijkt het, ik stuur het logbestand {10}
~
A: Donderdag weer: 15 minuten geen geluid {10}
B: Heb je dat gehoord in de zaal of alleen online? {10}
A: Alleen online, de zaalinstallatie was goed {10}
B: Dan de audiokoppeling tussen de zaalinstallatie en de encoder. Is er een losse kabel? {10}
A: Ik kijk het na {10}
A: Ja! De XLR-kabel zat half los {10}
B: Dus deze keer wel onze kant 😬 {10}
~
B: 4G-router van RaadLive is binnen, ik installeer hem maandag {10}
A: Top {10}
B: Getest, schakelt automatisch over binnen 10 seconden {10}
""",
    ),
    Chat(
        "Klachten kijkers",
        "bestuur",
        "2025-03-27 09:30",
        ["Mirjam Hulst", "Annemiek Roelofs"],
        """
A: Inmiddels 11 klachten van mensen die de raad niet konden volgen {10}
B: Allemaal over 26 februari en 13 maart? {10}
A: 8 over 26 feb, 3 over 13 maart. Eentje van een raadslid dat ziek thuis was {10}
B: Standaardantwoord: excuus, oorzaak onderzocht, terugkijken mogelijk behalve 40 minuten {10}
A: Gestuurd {10}
~
A: Iemand vraagt om een ondertiteling, voor doven en slechthorenden {10}
B: Goede vraag, nemen we mee in de evaluatie met de leverancier {10}
""",
    ),
    Chat(
        "Wilhelminapark",
        "veiligheid",
        "2025-03-21 22:40",
        ["Sem de Jong", "Ricardo Hoekman"],
        """
A: Weer druk hier. 4 auto's, muziek hard {11}
B: Aanspreken, ik kom eraan {11}
A: Zie ballonnen en 2 van die grote cilinders {11}
B: Sta op de hoek {11}
~
A: Opgeruimd, 72 patronen en 3 tanks {11}
B: 3! {11}
A: Bewoner zegt dat er om 2 uur nog werd gegild en gelachen {11}
B: Laat ze bellen, dan komen we {11}
~
A: Nieuwe melding van de vijver, een jongen onwel geworden {11}
B: Ambulance? {11}
A: Ja, met de politie. Hij heeft niks ernstigs {11}
B: Melding maken, dit gaat naar de burgemeester {11}
""",
    ),
    Chat(
        "APV-wijziging N2O",
        "bestuur",
        "2025-04-28 10:00",
        ["Tessa Bakker", "Robert Nijboer"],
        """
A: Robert, het concept van het artikel in de APV is klaar: verbod op het bezit en gebruik op aangewezen plekken {11}
B: Welke plekken? {11}
A: Burgemeester wijst aan. Eerst Wilhelminapark, Stationsomgeving, Sportpark Ezinge {11}
B: Hoe handhaven boa's? {11}
A: Boete en in beslag nemen van de tanks {11}
B: Opiumwet geldt al sinds 2023 voor de verkoop. Past dit erbij? {11}
A: Ja, de Opiumwet gaat over het bezit voor verkoop, wij over het gebruik in de openbare ruimte {11}
~
B: Reactie van de politie op het concept: positief {11}
A: En jongerenwerk? {11}
B: Kritisch, het verplaatst alleen maar. Zij willen ook preventie {11}
A: Ik zet een alinea over voorlichting erbij {11}
~
A: Raad heeft het verbod aangenomen met 19 tegen 6 {11}
B: Ingang? {11}
A: 1 september, na publicatie {11}
""",
    ),
    Chat(
        "KCC teamleiders",
        "dienstverlening",
        "2025-02-24 08:00",
        ["Monique Jansen", "Erik Vos", "Natasja Koops"],
        """
A: Weekstart. Volgende week de afval pas, verwacht piek {7}
B: Extra bezetting geregeld, 4 uitzendkrachten {7}
C: Belscript van Afval nog niet binnen {7}
A: Ik jaag erachteraan {7}
B: Wachttijd vorige week gemiddeld 3 minuten
A: Prima
C: Veel meldingen over meeuwen trouwens, dit weekend 12 {1}
A: Wat willen mensen? {1}
C: Dat we de nesten weghalen, en een mevrouw wil een net over haar balkon vergoed {1}
A: Dat vergoeden we niet. Doorzetten naar Openbare Ruimte {1}
~
A: Belscript afvalpas is binnen, iedereen lezen {7}
B: Gelezen. Wat zeggen we bij een storing? {7}
A: Adres van de container noteren, melding in het systeem, tip: andere container in de buurt {7}
C: Vragen over de 30km-zones ook al, mensen denken dat het volgende week ingaat {3}
A: Nee, eerst bezwaartermijn, borden pas in september {3}
C: Ok {3}
~
A: Evaluatie eerste week afvalpas: 1.900 telefoontjes {7}
B: Wachttijd opgelopen tot 14 minuten {7}
A: Deze week weer normaal hoop ik {7}
C: Iemand belde over de live-uitzending van de raad, kon niks horen {10}
A: Doorzetten naar de griffie {10}
C: Gedaan {10}
B: Nieuwe medewerker start maandag
A: Welkom heten!
~
C: Meeuwenmeldingen: 30 in een week nu {1}
A: Piek van het broedseizoen {1}
C: Sommigen zijn echt bang, meeuwen duiken op ze af {1}
A: Tip geven: paraplu, niet bij het nest komen. Staat op de site {1}
C: Ok {1}
A: Vakantierooster juli graag voor vrijdag
""",
    ),
    Chat(
        "Bestuursadviseurs collegeagenda",
        "bestuur",
        "2025-01-06 08:30",
        ["Thijs Dekker", "Maaike Strijker", "Jorien Pauw"],
        """
A: Collegeagenda 14 januari: huurcontract De Reestkamp, jaarplan handhaving, subsidie muziekschool {2}
B: Reestkamp: het advies is positief, maar financiën wil een risicoparagraaf over de normbedragen {2}
A: Waarom? {2}
B: Als het Rijk stopt met de regeling, zitten we met 2 jaar huur {2}
C: Ontbindende voorwaarde in het contract {2}
B: Staat er al in, ik verwijs ernaar {2}
A: Ok
~
A: Besluitenlijst 14 januari: contract Reestkamp akkoord, jaarplan akkoord, muziekschool aangehouden {2}
C: Dank
A: Collegeagenda 28 januari: tiny houses, voorwaarden inschrijving {5}
B: Wethouder wil geen inkomensgrens {5}
C: Het team wel, anders loten rijke mensen mee {5}
A: Twee varianten maken? {5}
C: Ja {5}
~
A: Besluitenlijst 28 januari: tiny houses variant met inkomensgrens 60k {5}
B: Goed
A: 11 februari: begrotingswijziging speeltoestellen 85k {8}
C: Advies van financiën? {8}
A: Akkoord, dekking uit de algemene reserve {8}
~
A: 13 mei: bijdrage herstel toren Mariakerk 30k {9}
B: Gevraagd was 30k (25%)? {9}
A: Ja, van 120k. Het fonds heeft genoeg {9}
C: Voorwaarde: een plaquette? {9}
A: Nee, haha. Wel: het plein moet na herstel weer open voor de markt {9}
~
A: 27 mei: raadsvoorstel APV-wijziging, lachgasverbod {11}
B: Burgemeester is portefeuillehouder {11}
C: Ook de handhavingscapaciteit? {11}
A: Past binnen het team, 2 avonden per week extra in de zomer {11}
~
A: 8 juli: besluit op bezwaar verkeersbesluit 30 km {3}
B: 22 ongegrond, 1 gegrond {3}
A: Ja. Eekhoornweg vervalt {3}
""",
    ),
    Chat(
        "Wijkteam Koedijkslanden",
        "samenleving",
        "2025-02-04 09:00",
        ["Fleur Nieuwenhuis", "Ahmet Kaya", "Gea Smits"],
        """
A: Overleg wijkteam. De nieuwe opvang in De Reestkamp, hoe gaat het in de buurt? {2}
B: Op het schoolplein wordt er gepraat. Sommige ouders zijn bang, andere willen helpen {2}
C: Kerk en sportclub bieden hulp aan, de voetbalclub heeft 10 kinderen gratis lid gemaakt {2}
A: Mooi. Klachten? {2}
B: Parkeren en afval dat een keer naast de container stond {2,7}
A: Die afvalpas werkt nog niet voor hen? {7}
C: Ze krijgen er een via de locatiemanager {7}
~
A: Schuldhulp: 3 nieuwe aanmeldingen
B: Die pak ik op
C: Speeltuin aan de Steenwijkerweg: de schommel is weg, ouders bellen ons {8}
A: Afgekeurd denk ik, vraag Yvonne {8}
C: Yvonne zegt: keuring, komt een nieuwe in mei {8}
A: Ok, geef het door {8}
~
A: Buurtbijeenkomst Reestkamp met bewoners van het hotel en buren, 20 maart {2}
B: Wie kookt? {2}
C: Oekraïense vrouwen maken borsjt, de buurt neemt taart mee {2}
A: Leuk {2}
~
B: Bijeenkomst was een succes, 60 mensen {2}
A: Top, foto voor de wijkkrant? {2}
B: Alleen zonder herkenbare kinderen {2}
""",
    ),
    Chat(
        "Team Verkeer en Vervoer",
        "ruimte",
        "2025-01-15 08:00",
        ["Lotte Bruins", "Hans Boerema", "Dennis Woltman"],
        """
A: Planning 2025: verkeersbesluit 30, fietspad Ommerweg onderhoud, parkeeronderzoek centrum {3}
B: Verkeersbesluit: overleg met de politie op 3 februari {3}
C: Ook met de busmaatschappij, de lijnbus rijdt over de Zomerdijk {3}
B: Goeie, de vervoerder wil geen drempels {3}
C: Geen drempels, alleen borden. Eerst kijken of het werkt {3}
~
B: Politie is akkoord op voorwaarde dat de gebiedsontsluitingswegen 50 blijven {3}
A: Welke wegen zijn dat precies? {3}
B: Hoogeveenseweg, Steenwijkerstraatweg, Oosterboerweg en de Industrieweg buiten de schoolzone {3}
A: Ok, lijst aanpassen {3}
C: Parkeeronderzoek: bureau Goudappel begint in maart
~
A: 30 km: de smileys hangen op de Zomerdijk en de Wheem {3}
C: Eerste cijfers? {3}
A: V85 op de Zomerdijk 41 km/u, dus mensen rijden nog 40+ {3}
B: Na een paar maanden nog eens meten {3}
C: Fietspad Ommerweg: start in juni
~
A: Borden staan, alle 142, klaar {3}
B: Mooi. Klachten? {3}
A: Een paar over een bord dat verkeerd om stond, hersteld {3}
C: Parkeeronderzoek rapport is binnen
""",
    ),
    Chat(
        "Buitendienst centrum",
        "openbare_ruimte",
        "2025-03-31 06:55",
        ["Jeroen Pol", "Ahmed Bouali", "Willem Kroeze", "Yvonne Smit"],
        """
A: Morgen. Vandaag: Ahmed containers, Willem en ik veegroute centrum en parken, Yvonne speelplekken
B: Ik begin bij de Kaapstraat, daar stond gisteren weer een berg naast de bak {7}
A: Foto's en adres zoeken, je kent het {7}
C: Wilhelminapark eerst? Zondagnacht is altijd feest daar {11}
A: Ja, eerst het park {11}
C: 2 grote flessen en een zak vol van die kleine patroontjes bij het hek {11}
A: In de aanhanger, niet in de gewone container, die tanks kunnen ontploffen in de pers {11}
C: Waar laten we ze dan? {11}
A: Apart op de werf, de firma haalt ze op als chemisch afval {11}
C: Ok {11}
D: Bongerd: de glijbaan is gerepareerd, lint eraf {8}
A: Mooi
B: Kaapstraat 1 weer een vastzittende klep, schiet niet op zo {7}
A: Melden bij Kees {7}
B: Gedaan {7}
C: Markt ligt vol met patat en zakken, de meeuwne hebben feest gevierd {1}
A: Weer die afvalbakken zonder klep, zet het op de lijst {1}
C: Ze halen zelfs de bakken leeg, ik zag er een met een hele hamburger wegvliegen {1}
A: Haha {1}
A: Wie heeft de sleutel van de poort bij de Groenmarkt?
D: Ik
~
A: Vandaag extra: hekken bij de kerktoren controleren, eentje was omgewaaid {9}
C: Staan weer, met extra voeten {9}
A: Top {9}
B: Zomerdijk 2 doet het weer, Kees heeft de lezer gewisseld {7}
D: Reggersweg: de nieuwe kabel van de kabelbaan is binnen, wanneer monteren? {8}
A: Donderdag, met z'n tweeën {8}
D: Ok {8}
C: Afvalbakken met klep: 12 besteld, komen over 2 weken {1}
A: Die meeuwen-bakken, hoe heten ze ook alweer, met de schuine klep {1}
C: Ja die {1}
B: Gladheid morgen niet nodig, 8 graden
A: Lekker
~
C: Park gisteravond weer raak, 40 patronen {11}
A: Steeds dezelfde plek? {11}
C: Parkeerplaats aan de noordkant, bij de bank {11}
A: Doorgeven aan de boa's {11}
D: Kabelbaan Reggersweg hangt weer, gekeurd door SpeelVeilig, goedgekeurd {8}
A: Lint eraf! {8}
D: Al gedaan, kinderen stonden te wachten {8}
B: Bijplaatsing Oosterboer 3: een bank en een matras {7}
A: Grofvuil, niet voor ons. Grondstoffenwagen bellen {7}
B: Ok
~
A: Vrijmarkt zaterdag: vrijdagavond krijten, zaterdagavond vegen. Wie? {4}
C: Ik zaterdag {4}
B: Ik ook {4}
D: Ik vrijdag {4}
A: Top, dank {4}
C: Meeuwen vallen nu echt mensen aan op de Prinsengracht, een mevrouw met een ijsje {1}
A: Ijsje kwijt, haha. Nee serieus, melden {1}
C: Gedaan {1}
~
B: Zaterdag klaar, 2 kraakwagens en 40 zakken glas opgehaald op de Markt {4}
A: Glas? Er was toch een glasverbod? {4}
B: Lege flessen uit de kramen, ingezameld {4}
A: Ok, mooi opgeruimd {4}
C: In het park lagen na de kinderspelen nog 2 tanks N2O {11}
A: Zelfs op Koningsdag {4,11}
~
A: Zomerrooster: vanaf 1 juni begin 6 uur
D: Prima
C: Wilhelminapark, vanaf september een verbod toch? {11}
A: Ja, dan kunnen de boa's echt iets {11}
C: Dan hebben wij minder op te ruimen {11}
D: Speeltoestellen: de nieuwe wipkippen staan in Haveltermade {8}
A: Mooi {8}
""",
    ),
    Chat(
        "Wethouder Prins",
        "bestuur",
        "2025-02-05 08:20",
        ["Corine Prins", "Hanneke Stam", "Tom Veltman"],
        """
A: Goedemorgen. Vandaag ben ik bij de werf, daarna overleg met Hanneke
B: Prima, ik heb drie punten: speeltoestellen, kap Havelterweg, afvalpas {6,7,8}
A: Kort in de auto dan
B: AUDIO {8}
A: Dank voor je spraakbericht. 23 afkeuringen is veel, waarom zo veel ineens? {8}
B: De houten toestellen van het speelruimteplan van 2008 zijn aan het eind van hun leven. We zagen het aankomen {8}
A: Waarom stond het niet in de begroting dan? {8}
B: Het stond in het beheerplan, maar niet in de begroting. Mea culpa {8}
A: Ok. Begrotingswijziging graag, 85k {8}
B: Komt naar het college {8}
C: Havelterweg: er is een boze brief van de Bomenstichting {6}
A: Waarover? {6}
C: Ze vinden dat we de oranje ook hadden moeten sparen, en vragen om een herplantplan {6}
A: Er komt toch een herplant? {6}
C: Ja, in november, iepen {6}
A: Dan die brief beantwoorden met het plan {6}
C: Doe ik {6}
~
A: Hoe staat het met de pas voor de containers? 1 maart spannend {7}
B: Alle containers hebben een lezer, de passen zijn verstuurd {7}
A: En mensen die slecht ter been zijn? {7}
B: Die kunnen een pas voor een mantelzorger aanvragen {7}
A: Goed geregeld {7}
C: Tiny's: 140 aanmeldingen al {5}
A: Geweldig, de raad gaat vragen waarom maar 12 {5}
C: Ruimte op Nijentap is beperkt, fase 2 wordt onderzocht {5}
A: Zet dat in de raadsinformatiebrief {5}
~
A: AUDIO {7}
B: Begrepen, de storingen van maandag. Het waren de lezers van 1 leverancier, allemaal dezelfde software {7}
A: Kan ik in het vragenuur zeggen dat het opgelost is? {7}
B: Voor 95%. Nog 6 containers {7}
A: Ok {7}
C: De meeuwen-reportage van RTV Drenthe is morgen {1}
A: Wie doet het? {1}
C: Gert Jan van de buitendienst, en u {1}
A: Wat is de boodschap? {1}
C: We doen wat we kunnen: eieren schudden met ontheffing, afvalbakken met klep, voerverbod. Een meeuw is beschermd {1}
A: Ok {1}
~
A: Terugblik vragenuur: vragen over de kap, de afvalpas en de meeuwen. Ging goed {1,6,7}
B: Goed zo
A: Volgende week werkbezoek aan de speeltuinen met de ouderraad van de Oosterboer {8}
B: Geregeld, woensdag 15 uur {8}
C: En de herplant van de Havelterweg, wil u erbij zijn? {6}
A: Zeker {6}
~
C: AUDIO {6}
A: Prima, 18 november 10 uur staat in de agenda. Met laarzen {6}
C: Haha ja, het is nat {6}
B: En de nieuwe speeltoestellen zijn bijna allemaal geplaatst: 8 van de 9 {8}
A: Top {8}
""",
    ),
    Chat(
        "Avonddienst boa's",
        "veiligheid",
        "2025-05-09 20:30",
        ["Sem de Jong", "Anouk Zwiers", "Ricardo Hoekman"],
        """
A: Vanavond weer park, en daarna station
B: Ok. Wie rijdt?
A: Ik
~
A: Bij de vijver weer die witte Golf {11}
B: Die van vorige keer? {11}
A: Ja, zelfde kenteken. Ze zitten met z'n vieren in de auto met ballonnen {11}
C: Aanspreken, en noteer de namen {11}
B: Ze zeggen dat het legaal is {11}
C: Dat klopt helaas nog {11}
A: We hebben ze gevraagd te vertrekken wegens geluidsoverlast, zijn weg {11}
~
A: Vrijdag weer. Nu 2 auto's {11}
B: Zelfde verhaal? {11}
A: Ja, en een tank op de stoep bij het speeltuintje {11}
C: Meenemen {11}
A: Gedaan. Bewoner kwam naar buiten, bedankte ons {11}
B: Station rustig
~
A: Overzicht voor de burgemeester: 41 meldingen maart tot mei, 9 keer politie erbij, 1 keer ambulance {11}
C: Stuur maar {11}
~
A: Eerste avond met verbod! {11}
B: En? {11}
A: 2 jongens met een tank, tank in beslag genomen, 1 boete {11}
C: Super. Foto van de tank voor het dossier {11}
A: PHOTO "In beslag genomen - lachgas - Boa gemeente Meppel" {11}
B: Ze waren verbaasd dat het nu verboden is {11}
A: Bordjes bij de ingangen zijn net nieuw {11}
~
A: Week 1 verbod: 4 boetes, 6 tanks in beslag {11}
C: En meldingen van bewoners? {11}
A: 2, tegen 8 per week in mei {11}
C: Werkt dus {11}
""",
    ),
    Chat(
        "Duiven station",
        "openbare_ruimte",
        "2025-04-01 09:00",
        ["Noor Veenstra", "Bram Schuurman"],
        """
A: Bram, de NS klaagt over duiven onder de overkapping van het station
B: Hoeveel?
A: Honderden, alles onder de poep. De fietsenstalling is onbruikbaar
B: Netten en pinnen, zoals vorig jaar?
A: Ja, NS betaalt, wij doen de gemeentelijke kant bij de fietsenstalling
B: Ontheffing nodig?
A: Nee, voor het verjagen niet. Voor het vangen wel
B: Dan alleen netten
~
B: Netten hangen
A: Nesten weggehaald?
B: Ja, 6 lege nesten, geen eieren
A: Top
""",
    ),
    Chat(
        "Winteropvang daklozen",
        "samenleving",
        "2024-12-02 10:00",
        ["Marloes Dekker", "Jan Wiegman"],
        """
A: Jan, de winterkouderegeling gaat vanavond in, het vriest -5
B: Bedden in de nachtopvang?
A: 8 plekken, we hebben 11 mensen op de lijst
B: Extra plekken in het hotel bij de snelweg?
A: Ik bel ze, misschien 3 kamers voor 2 nachten
B: Beveiliging nodig?
A: Nee, de begeleiders zijn er
~
A: Hotel had plek, 3 mannen geplaatst
B: Goed zo
A: Morgen weer
""",
    ),
    Chat(
        "Wegwerkzaamheden Zomerdijk omleiding",
        "openbare_ruimte",
        "2025-06-02 07:30",
        ["Dennis Woltman", "Arjen Pots"],
        """
A: Arjen, vanaf maandag de Zomerdijk dicht voor het riool, omleiding via de Wheem
B: Borden zijn besteld, 12 stuks, plus tijdelijk 30 op de omleiding
A: Tijdelijk 30? Mag dat zomaar?
B: Met een tijdelijk verkeersbesluit van de wegbeheerder, is geregeld
A: Ok
~
B: Bewoners klagen dat er hard gereden wordt op de Wheem door het omleidingsverkeer
A: Politie laten controleren? Of een matrixbord
B: Matrixbord, 'uw snelheid'
~
B: Zomerdijk weer open
A: Borden weg?
B: Morgen
""",
    ),
    Chat(
        "Koningsdag vrij en oranjeborrel",
        "bedrijfsvoering",
        "2025-04-15 11:00",
        ["Ingrid Kuipers", "Sanne Mol", "Peter Lok"],
        """
A: Koningsdag valt dit jaar op zaterdag, dus geen extra vrije dag voor het personeel
B: Jammer!
C: En de oranjeborrel op vrijdag?
A: Ja, 25 april om 16 uur in de kantine
B: Oranje tompoucen?
A: Natuurlijk
~
C: Wie gaat er naar de vrijmarkt? Ik verkoop mijn oude Lego
B: Ha, ik kom kijken
A: Ik sta met de kinderen bij de Markt
~
B: Borrel was gezellig
C: Nog tompoucen over in de koelkast
""",
    ),
    Chat(
        "Tiny forest Reggersweg",
        "openbare_ruimte",
        "2025-10-06 09:00",
        ["Gert Jan Bakker", "Lieke Blom"],
        """
B: Hoi Gert Jan, Lieke van IVN. Het tiny forest bij de Reggersweg, kunnen we in november planten?
A: Ja, de grond is voorbereid
B: 600 boompjes, 30 soorten, met de kinderen van de school
A: Mooi. Geen essen erin toch?
B: Nee, die vermijden we tegenwoordig
A: Goed
~
B: Plantdag was geweldig, 90 kinderen
A: Super
""",
    ),
    Chat(
        "Energiecontract Essent",
        "bedrijfsvoering",
        "2025-05-12 14:00",
        ["Dirk Veldman", "Marieke Lok"],
        """
A: Marieke, het contract met Essent voor het gemeentelijk vastgoed loopt eind dit jaar af
B: Aanbesteding via de inkoopcombinatie?
A: Ja, samen met Steenwijkerland en Westerveld
B: Wat betalen we nu?
A: 0,21 per kWh, vast
~
B: Nieuwe aanbesteding gewonnen door Vattenfall
A: Overstap 1 januari
B: Essent meldt een eindafrekening in februari
""",
    ),
    Chat(
        "Toegangspassen stadhuis",
        "bedrijfsvoering",
        "2025-03-05 08:15",
        ["Sanne Mol", "Rick Boer"],
        """
A: Rick, mijn pas doet het niet bij de achteringang
B: Bij meer mensen, de kaartlezer van de deur heeft een storing
A: Hoe kom ik erin?
B: Bel aan bij de receptie
~
B: Lezer vervangen, passen werken weer
A: Dank!
B: Wie zijn pas kwijt is, nieuwe aanvragen bij facilitair
""",
    ),
    Chat(
        "Keuring brandblussers en AED",
        "bedrijfsvoering",
        "2025-02-18 10:00",
        ["Rick Boer", "Petra Slot"],
        """
A: Petra, de jaarlijkse keuring van de blussers in het stadhuis en de werf is donderdag
B: Ook de AED's?
A: Ja, 4 stuks
~
A: 3 blussers afgekeurd, te oud, en 1 AED met een lege accu
B: Vervangen?
A: Nieuwe besteld, AED-accu ligt er al
""",
    ),
    Chat(
        "Kerstconcert personeel",
        "bedrijfsvoering",
        "2024-11-25 09:00",
        ["Peter Lok", "Sanne Mol"],
        """
A: Het personeelskoor zingt dit jaar in de Mariakerk, 19 december
B: Leuk! Hoe laat?
A: 19.30, daarna glühwein op het Kerkplein
B: Vergunning voor de glühwein?
A: Horeca van de kerk regelt het
~
B: Wat een mooi concert, de akoestiek van die toren!
A: Ja he
""",
    ),
    Chat(
        "Teams-storing",
        "bedrijfsvoering",
        "2025-02-26 09:05",
        ["Erwin Koster", "Linda Post", "Rick Boer"],
        """
B: Teams hapert bij iedereen hier, beeld valt weg
A: Landelijke storing bij Microsoft, zie hun statuspagina
C: Ook de livestream van de nieuwjaarstoespraak van de directeur op intranet doet raar
A: Zelfde oorzaak, wacht even
~
A: Opgelost volgens Microsoft
B: Ja werkt weer
""",
    ),
    Chat(
        "Personeelsfeest ballonnen",
        "bedrijfsvoering",
        "2025-06-10 11:00",
        ["Sanne Mol", "Peter Lok"],
        """
A: Voor het zomerfeest wil de commissie 200 ballonnen met helium
B: Helium is schaars en duur, en ballonnen zijn slecht voor het milieu
A: Wat dan?
B: Vlaggetjes
A: Ok, vlaggetjes
~
B: Gasfles van de BBQ moet ook nog besteld
A: Bij Gamma
""",
    ),
    Chat(
        "Snoeien Wilhelminapark",
        "openbare_ruimte",
        "2025-11-03 07:30",
        ["Frank Dijkstra", "Jeroen Pol"],
        """
A: Deze week snoei in het Wilhelminapark, de lindes langs het pad
B: Ook dood hout uit de kastanjes bij de vijver?
A: Ja. Geen kap, alleen snoei
B: Hoogwerker staat klaar
~
B: Snoei klaar, 3 aanhangers vol
A: Mooi
""",
    ),
)
