"""The FORTY-SEVENTH BLIND relevance set (issue 17): new chats, requests and judgements.

Written as a Woo officer of gemeente Meppel would by a helper (branch wooblind47, 7 December 2026,
stop 57) BEFORE any measurement on it, without reading the search code (woo/**), the search tests
(tests/woo/**), the synonym migrations or chats/redaction/, and without running the relevance
bench, any scorer or any search; blind46.py and blind45.py were read for the data format and the
docstring shape only (none of their requests, subjects, streets, firms or names is reused),
build.py for the Chat and Request API and the filler, the first 80 lines of RESULTS.md for how
sets are measured (they hold earlier sets' figures, none of this set) and the README's corpus
paragraph to register the set. The subjects were chosen by counting the files of demo/woo_corpus
that hold a candidate word (`grep -il WORD demo/woo_corpus/*.py | wc -l`, before this file
existed) and dropping every subject whose word was in more than two (glasvezel in 9 files,
gemaal 10, scootmobiel 9, volkstuin 8, vogelgriep 4, windturbine 4, bakfiets 4, foodtruck,
ijscokar, carbid, muurschildering, berenklauw, hondenlosloop, drone and wildcamera 3 each);
vliegtuigbom, in one file, was dropped too, the main word having to be in no earlier file. The
main word of each of the twelve kept is in no earlier file (0 files each): bierfiets, kartbaan,
schietvereniging, vispassage, gierzwaluw, kickboksgala, helikopter, textielcontainer,
pakketautomaat, trekkertrek, baggerdepot and wakeboard(baan); of the other words the chats use,
kledingcontainer and tractorpulling are in one earlier file, kabelbaan, stuw and zwaluw in two,
bagger in three (the main word baggerdepot in none). Not yet measured: the lead measures it once
on main's code. Same syntax as blind.py: `{n}` after a line marks the requests it is relevant to,
`~` starts the next day, `~ YYYY-MM-DD` moves the chat to that day, `PHOTO "text"` is a photo with
painted text, `AUDIO` a voice note. Generated filler (build.FILLER) is relevant to nothing. Names,
addresses, firms, associations, amounts and numbers are made up (so are the Lakenkoopersstraat,
the Garenmarkt, Fietscafé Proost, Café De Waag, bedrijventerrein De Wijde Wei, the
Wijdeweisloot, Kartcentrum Reestring, Adviesbureau Decibel Noord, SV Willem Tell and the
Dennenkamp, Bodemadviesbureau Klei en Zand, Grondwerk Oldenhof, the stuw Het Hooge Holt and the
Oude Vaart, HSV De Snoekbaars, Kanovereniging De Peddel, the Paardenbloemstraat, Woonstichting
Zuidveld, Isolatie Noord, Ecologisch bureau Vlinderveld, Vogelwerkgroep Meppel, sporthal De
Wanne, Stichting Noordfight, Sportschool Fighting Spirit, landgoed De Boschmolen, Ruurd Lanting,
the Molenwijk, Stichting Kleding Voor Allen, Reestafval, basisschool De Klimop, ParcelPunt, the
Oranjeplein, winkelcentrum De Akkerhof, Stichting TT Schiphorst and the Scheidingsweg, the
Wolddijk, Baggerbedrijf Van Tiel, Laboratorium Aqualab, the Kroonplas, Wake Noord BV, the
Zeilvereniging Kroonplas, Natuurvereniging De Fuut, Lokaal Meppel and wethouder Hoekstra); a few
real organisations and places (the waterschap, the provincie, the politie, the brandweer, the
GHOR, the KvK, RTV Drenthe, the Meppeler Courant, the Lidl, the Plus, the Jumbo, De Schiphorst,
Nijeveen, Rogat, Kolderveen, Broekhuizen) appear as they would in such chats.

The twelve requests and their queries were written first, from the request text only, before any
chat. Themes: beer bikes in the town centre, the crash and the APV ban (R1), the go-kart track's
noise, the penalty and the electric karts (R2), the shooting club's larger outdoor range, lead in
its bank and the safety zone (R3), the fish pass at a weir, its costs, delay and dead fish (R4),
swifts nesting in flats being insulated, the work stopped (R5), a kickboxing gala banned by the
mayor (R6), helicopter landings at a country estate (R7), illegal clothing containers of a
so-called charity removed (R8), parcel lockers placed on pavements without a permit (R9), the
tractor pulling event where a tractor went through the fence (R10), the dredging depot's smell,
PFAS and lorries (R11) and the wakeboard cable park planned on a lake, stopped by the council
(R12).

Long team chats (enforcement, permits and events, public order, the environment service, green
and ecology, water, communication, the council clerk, district maintenance, sport, customer
contact, economic affairs, legal affairs, the villages team, traffic, the mayor's office, waste,
spatial planning) carry a request's subject in a few lines among other work; short one-to-one
chats answer without repeating the subject ("Top", "Au. Saneringsplan eisen", "Doe ik morgen",
"Getekend", "Klaar, 9 bakken", "Hij is weg!! 🎉", "Gewonnen!"); other words for the subjects
(rijdend café, bierkar, tap op de fiets, wildplassen; karts, karrebaan, karting, e-karts, dB(A),
dwangsom; schietclub, pang pang pang, grootkaliber, kogelvanger, wal, lood, veiligheidszone;
vistrap, bekkens, overdraagplaats, damwanden, dode brasems, zuurstof, beluchter, winden en
voorns; zwaluwen, nestplaatsen, neststenen, dakranden, gieren; K1-gala, Fight Night, vechtsport,
kickbox avond, motorclub, ondermijning; heli, TUG-ontheffing, landingsplaats, luchtvaartterrein,
traumaheli; kledingbakken, oranje bakken, kledingcontainer, zakken ernaast, ANBI; kluis,
pakketkluis, kast met deurtjes, pakketpunt, busjes, 24/7; trekkers, tractor trekken, de sleep,
koppeling, stof, afzetting; modder, slib, kiepwagens, rotte eieren, PFOA en PFOS, zwavel; cable
park, kabelbaan, water skiën aan een kabel, masten, fuut, zienswijzen); split forms ("bier
fietsen", "vis passage", "schiet vereniging", "pakket kluis", "trekker trek", "wake boarden",
"wakeboard baan"); Drents dialect ("Doar liggen hiel wat dooie vis bij de stuw", "Zundagmorgen om
half negen mit dat ding over de huzen", "Heel het huus zit onder het stof", "Ik zou die slib op
mien land kriegen"); abbreviations (APV, dB(A), TUG, GHOR, EHBO, ANBI, KvK, PFAS, vovo); 5 photos
with text, none naming the subject by its request word (the clothing container's "KLEDING VOOR
ALLEN", the weir's "VERBODEN TE VISSEN", the locker's "PARCELPUNT 24/7", the range's
"SCHIETBAAN - BETREDEN VERBODEN", the residents' banner "GEEN LAWAAIBAAN OP ONZE PLAS") and 2
voice notes (the bird group's recording, the ecologist's count), each inside a relevant exchange;
and distractor chats and lines that share words with requests but are about something else (a
team outing karting, the staff association's karting or beer bikes, a parcel at reception and
clothing for the food bank, the trauma helicopter landing for a resuscitation, tractors dredging
ditches in Broekhuizen, scouts canoeing on the Kroonplas, a stork's nest, the sports gala).

Judging rule (as the earlier sets): a message is relevant when a Woo officer would have to include
it to cover the request, also when it does not repeat the subject ("Top", "👍", "Au"); a voice
note or photo inside a relevant exchange is relevant. Lines of a relevant chat about something
else carry no tag.

Counts (computed from CHATS with build.parse_script and build.with_filler; the filler fills every
chat to its stated length): 76 chats of 8 to 185 messages, 3,310 messages (625 hand-written; 5
photos with text, 2 voice notes), 12 requests, 36 queries, 564 relevant messages, each relevant to
one request, in 118 (chat, request) pairs; 70 chats relevant to a request, 6 to none, 18 to
several. Relevant messages (chats) per request: R1 59 (11), R2 44 (10), R3 45 (9), R4 51 (10),
R5 51 (9), R6 51 (10), R7 42 (10), R8 53 (10), R9 41 (9), R10 39 (10), R11 47 (10), R12 41 (10)."""

from .build import Chat, Request

REQUESTS = (
    Request(
        1,
        "De bierfietsen in de binnenstad (2025): de klachten van bewoners en ondernemers over "
        "lawaai, wildplassen en dronken groepen, het ongeluk op de Lakenkoopersstraat, de route "
        "en tijden die de verhuurder kreeg en het verbod in de APV.",
        ("bierfiets", "bierfiets binnenstad overlast", "bierfiets verbod apv"),
    ),
    Request(
        2,
        "De kartbaan op bedrijventerrein De Wijde Wei (2025): de klachten over geluid in de "
        "avonden en weekenden, de geluidsmetingen, de omgevingsvergunning, de last onder "
        "dwangsom en de overstap op elektrische karts.",
        ("kartbaan", "kartbaan geluid", "kartbaan omgevingsvergunning handhaving"),
    ),
    Request(
        3,
        "De uitbreiding van de buitenschietbaan van de schietvereniging aan de Dennenkamp (2025): "
        "de aanvraag, de geluidsoverlast en de zorgen over de veiligheid van omwonenden, de "
        "kogelvanger, het lood in de bodem en het overleg met de politie.",
        ("schietvereniging", "schietbaan uitbreiding", "schietvereniging geluid omwonenden"),
    ),
    Request(
        4,
        "De vispassage bij de stuw Het Hooge Holt in de Oude Vaart (2025): de afspraken en de "
        "kosten met het waterschap, de bouw en de vertraging, de dode vissen, de klachten van "
        "kanoërs en de opening.",
        ("vispassage", "vispassage stuw", "vispassage waterschap kosten"),
    ),
    Request(
        5,
        "De gierzwaluwen bij de renovatie van de flats aan de Paardenbloemstraat (2025): de nesten "
        "achter de dakranden, het stilleggen van het isolatiewerk, de ontheffing, de "
        "vervangende nestkasten en de contacten met de woningcorporatie en de vogelwerkgroep.",
        ("gierzwaluwen", "gierzwaluw nesten renovatie", "gierzwaluwen ontheffing flat"),
    ),
    Request(
        6,
        "Het kickboksgala in sporthal De Wanne (2025): de aanvraag van de organisator, de "
        "informatie van de politie, het verbod van de burgemeester, het bezwaar en de "
        "berichtgeving.",
        ("kickboksgala", "kickboksgala verbod burgemeester", "vechtsportgala sporthal"),
    ),
    Request(
        7,
        "De helikopterlandingen bij landgoed De Boschmolen (2025): de klachten van omwonenden "
        "over het aantal vluchten en het lawaai, de ontheffing van de provincie, het advies van de "
        "gemeente en de gesprekken met de eigenaar.",
        ("helikopter", "helikopter landingen klachten", "helikopter ontheffing landgoed"),
    ),
    Request(
        8,
        "De illegale textielcontainers van Stichting Kleding Voor Allen (2025): de plaatsing "
        "zonder vergunning bij supermarkten en scholen, de volle containers en het afval ernaast, "
        "het onderzoek naar de stichting, het weghalen van de containers en de kosten.",
        ("textielcontainers", "kledingcontainers illegaal", "textielcontainer weghalen"),
    ),
    Request(
        9,
        "De pakketautomaten in de openbare ruimte (2025): de aanvragen van vervoerders, de "
        "kluizen die zonder vergunning op het Oranjeplein en bij winkelcentrum De Akkerhof "
        "werden neergezet, de klachten over busjes en licht en de nieuwe beleidsregel.",
        ("pakketautomaat", "pakketkluizen openbare ruimte", "pakketautomaat vergunning"),
    ),
    Request(
        10,
        "De trekkertrek in De Schiphorst (augustus 2025): de evenementenvergunning, het stof en "
        "het lawaai, de trekker die door het hek het publiek in reed, de inzet van de hulpdiensten "
        "en de evaluatie.",
        ("trekkertrek", "trekkertrek vergunning", "trekkertrek schiphorst ongeluk"),
    ),
    Request(
        11,
        "Het baggerdepot aan de Wolddijk (2025): het opslaan van bagger uit de vaarten, de "
        "stankklachten, de metingen van PFAS en andere stoffen, de vrachtwagens op de dijk en "
        "het afvoeren van de bagger.",
        ("baggerdepot", "baggerdepot stank", "bagger pfas"),
    ),
    Request(
        12,
        "Het plan voor een wakeboardbaan op de Kroonplas (2025): het initiatief van de "
        "ondernemer, de wijziging van het bestemmingsplan, de zorgen over geluid en natuur, de "
        "zienswijzen en het debat in de raad.",
        ("wakeboardbaan", "wakeboard kroonplas", "kabelbaan plas bestemmingsplan"),
    ),
)


CHATS = (
    Chat(
        "Team handhaving",
        "veiligheid",
        "2025-01-06 07:30",
        ["Ruben Koopal", "Ilse Bosscher", "Yusuf Kaya", "Margriet Zandstra"],
        """
A: Planning januari staat, zaterdagnacht 2 koppels
B: 👍
~ 2025-01-24
C: Bij de Lidl en bij basisschool De Klimop staan ineens twee nieuwe kledingbakken, oranje, van Kleding Voor Allen {8}
A: Hebben die een vergunning? {8}
D: Niet dat ik weet. Ik vraag het na bij vergunningen {8}
~ 2025-02-07
D: Vergunningen kent ze niet. Dus illegaal geplaatst {8}
A: Sticker erop met een termijn van twee weken {8}
C: Doe ik morgen {8}
~ 2025-02-22
B: De Wijde Wei: de kartbaan draaide vanavond om half 11 nog, melder aan de Wijdeweisloot {2}
A: Hun vergunning loopt tot 22 uur toch? {2}
B: Ja. Ik heb het gehoord vanaf de dijk, flink gejank van motoren {2}
A: Rapportje maken {2}
~ 2025-03-15
C: Zaterdagmiddag drie bierfietsen achter elkaar door de Lakenkoopersstraat, muziek keihard {1}
D: En wildplassen tegen de kerk. Twee man op de bon {1}
A: Van welke verhuurder? {1}
C: Alle drie van Fietscafé Proost {1}
~ 2025-03-29
D: Die oranje bakken staan er nog. Stickers eraf gehaald 🙄 {8}
A: Dan gaat het naar bestuursdwang, ik zet het door naar juridisch {8}
~ 2025-04-12
B: Oranjeplein: er staat sinds vanochtend een grote gele kast met deurtjes op de stoep {9}
A: Zo'n pakketkluis? {9}
B: Ja, van ParcelPunt. Fietsers moeten eromheen over de rijbaan {9}
A: Foto en locatie naar vergunningen {9}
~ 2025-04-26
C: Weer een bierfiets, nu een vrijgezellenfeest, ze gooiden bekertjes naar de terrassen {1}
A: Tijdstip? {1}
C: 16.40, Garenmarkt {1}
~ 2025-05-17
B: Wijdeweisloot: gemeten met de meter van de omgevingsdienst, 58 dB(A) bij de gevel om 21.30 {2}
A: Norm is 50 's avonds. Dat is ruim over {2}
~ 2025-06-06
D: Boschmolen: weer een heli over de huizen aan de Molenwijk, laag. Drie mensen belden de meldkamer {7}
A: Dat is geen handhaving van ons, ontheffing ligt bij de provincie {7}
D: Ik geef de meldingen wel door {7}
~ 2025-06-21
C: De bakken van die stichting zijn vandaag door de aannemer weggehaald, 9 stuks, staan bij de gemeentewerf {8}
A: Top {8}
~ 2025-07-04
B: Akkerhof: ook daar nu een automaat voor pakketjes, 's nachts fel verlicht, buren klagen {9}
A: Zelfde verhaal, melding maken {9}
~ 2025-07-19
C: Bierfiets tegen een geparkeerde auto op de Lakenkoopersstraat, bestuurder op de fiets blies 0,9 promille {1}
D: Gewonden? {1}
C: Een meisje met een gebroken pols, van de fiets gevallen toen hij klapte {1}
A: Politie erbij? {1}
C: Ja, die doet de zaak {1}
~ 2025-08-30
B: Kartbaan nu 's avonds stiller, ze rijden na 19 uur alleen nog met de elektrische {2}
A: Mooi, dan houden we het een paar weken in de gaten {2}
~ 2025-09-12
D: Teamuitje: karten in Zwolle of bowlen?
A: Karten!! 🏎️
~ 2025-10-08
C: Sinds de APV-wijziging geen bierfiets meer in de binnenstad gezien {1}
~ 2025-11-28
A: Planning december, oud en nieuw dubbel
""",
        185,
    ),
    Chat(
        "Vergunningen en evenementen",
        "ruimte",
        "2025-01-08 08:30",
        ["Thijs Hulsman", "Mirjam Eefting", "Koen Stoker", "Gerda Pol"],
        """
A: Werkvoorraad: 204 aanvragen open
B: Pff
~ 2025-01-20
B: Aanvraag evenementenvergunning: gala van Stichting Noordfight in De Wanne, 22 maart, 900 bezoekers {6}
A: Wat voor gala? {6}
B: Kickboksen. K1-partijen en een titelgevecht {6}
C: Bibob en advies politie, standaard bij vechtsport {6}
~ 2025-02-04
D: Fietscafé Proost vraagt een ontheffing voor 4 bierfietsen in de binnenstad, van 12 tot 20 uur {1}
A: Welke route? {1}
D: Rondje Garenmarkt, Lakenkoopersstraat, Kerkplein {1}
C: Geen alcohol op de fiets dan? {1}
D: Ze schenken bier uit een tap op de fiets, dat is juist het idee 🍺 {1}
~ 2025-02-18
C: Noordfight: advies politie binnen, negatief. Ik stuur het door naar de burgemeester {6}
~ 2025-03-03
D: Besluit bierfietsen: ontheffing tot 1 juni, alleen van 13 tot 18 uur, niet op zondag, route zonder Kerkplein {1}
A: Mooi compromis {1}
~ 2025-03-25
A: ParcelPunt vraagt vergunning voor 12 kluizen in de openbare ruimte, o.a. Oranjeplein en Akkerhof {9}
B: Daar hebben we nog geen beleid voor {9}
C: Eerst beleidsregel, dan aanvragen. Aanhouden {9}
~ 2025-04-14
A: Ze hebben de automaat op het Oranjeplein al neergezet, zonder vergunning {9}
B: Lekker dan 😒 {9}
~ 2025-05-06
B: Stichting TT Schiphorst: aanvraag voor de trekkertrek op 16 augustus, Scheidingsweg, 3.000 bezoekers {10}
C: Vorig jaar klachten over stof, in de voorwaarden: baan natmaken {10}
D: En een stevig hek tussen baan en publiek, 30 meter afstand {10}
~ 2025-06-02
D: Ontheffing bierfietsen loopt af. Proost vraagt verlenging {1}
C: Nee, de burgemeester wil eerst de APV aanpassen {1}
~ 2025-06-24
B: Vergunning trekkertrek verleend, met de voorwaarden van brandweer en GHOR {10}
~ 2025-07-22
D: Aanvraag ontheffing helikopter voor de Boschmolen ligt bij de provincie, zij vragen ons advies {7}
A: Advies over wat? {7}
D: Ruimtelijk en over overlast. Max 12 landingen per jaar wil de provincie {7}
C: Het zijn er nu al veel meer volgens de buren {7}
~ 2025-08-19
B: Evaluatie trekkertrek: hek gaf mee bij de trekker van de laatste ronde, 4 mensen gewond {10}
A: Wat?! {10}
B: Ja, de koppeling schoot los en hij reed door. Volgend jaar geen vergunning zonder betonblokken {10}
~ 2025-09-09
A: Beleidsregel pakketautomaten vastgesteld: max 1 per wijk, niet op stoepen smaller dan 2,5 meter {9}
~ 2025-11-20
A: Kerstmarkt aanvragen binnen
""",
        175,
    ),
    Chat(
        "Openbare orde en veiligheid",
        "bestuur",
        "2025-01-09 09:00",
        ["Paulien de Haan", "Bart Sikkema", "Nadia el Amrani"],
        """
A: Jaarplan OOV naar de driehoek
~ 2025-02-19
B: Gala Noordfight: politie zegt dat twee vechters en de organisator banden hebben met een motorclub {6}
A: Dat is genoeg voor de burgemeester om te weigeren {6}
C: Dan moet het advies wel goed onderbouwd zijn, ze gaan zeker in bezwaar {6}
~ 2025-02-27
A: Burgemeester heeft het kickboksgala verboden. Brief gaat vandaag uit {6}
B: En als ze het in een tent doen? {6}
A: Dan verbieden we dat ook {6}
~ 2025-03-20
C: Vanavond extra surveillance bij De Wanne, voor het geval ze toch iets organiseren {6}
~ 2025-03-23
C: Rustig gebleven bij de sporthal. Wel een groepje op de parkeerplaats {6}
~ 2025-04-08
B: Bierfietsen: in het driehoeksoverleg gevraagd om een verbod, de politie is er klaar mee {1}
A: Voorstel APV-wijziging voor de raad van juni {1}
~ 2025-07-20
B: Ongeluk met de bierfiets gisteren, politie onderzoekt of de bestuurder te veel had gedronken {1}
A: Dat is precies waarvoor we het verbod willen {1}
~ 2025-08-17
C: Trekkertrek: 4 gewonden, 2 naar het ziekenhuis. GRIP niet nodig geweest {10}
A: Burgemeester gaat vanmiddag langs {10}
~ 2025-08-18
C: Een van de twee is vannacht weer naar huis, de ander ligt nog in Zwolle {10}
~ 2025-10-15
A: Evaluatie Halloween op de agenda
""",
        165,
    ),
    Chat(
        "Omgevingsdienst milieu",
        "ruimte",
        "2025-01-10 08:00",
        ["Wietske Mulder", "Herman Bult", "Sibel Öztürk"],
        """
A: Controleplan 2025 is rond
~ 2025-01-28
B: Kartcentrum Reestring: de vergunning is uit 2011, met 50 dB(A) 's avonds bij de woningen {2}
A: En ze rijden nu tot 22.30 en op zondag, dat staat er niet in {2}
~ 2025-02-26
C: Schietvereniging Willem Tell wil de buitenbaan van 50 naar 100 meter, aanvraag omgevingsvergunning binnen {3}
B: Akoestisch onderzoek erbij? {3}
C: Ja, maar gemeten met kleinkaliber. Ze willen ook grootkaliber {3}
A: Dan klopt dat rapport niet. Aanvullende gegevens vragen {3}
~ 2025-03-18
B: Wolddijk: het depot ligt vol, ruim 40.000 kuub uit de Oude Vaart en de Hoofdvaart {11}
A: Wie houdt toezicht? {11}
B: Wij, het is een tijdelijke opslag voor 3 jaar {11}
~ 2025-04-09
C: Lood in de wal achter de schietbaan: 1.400 mg/kg, interventiewaarde is 530 {3}
A: Au. Saneringsplan eisen {3}
~ 2025-05-14
B: Meting op de Wijdeweisloot: kartbaan 58 dB(A) om 21.30. Voornemen last onder dwangsom gaat eruit {2}
~ 2025-06-11
B: Stankklachten over de bagger, 11 in een week. Het is de warmte, het spul gaat rotten {11}
C: Rottende-eieren-lucht tot in Rogat volgens de melders {11}
A: Zwavel. Aannemer moet het afdekken {11}
~ 2025-07-02
C: Monsters van het depot: PFAS tot 9 µg/kg, hoger dan de norm voor vrij toepassen {11}
A: Dan mag het niet op de landbouwgrond worden uitgereden zoals gepland {11}
C: Het moet naar een erkende verwerker. Dat kost het waterschap een paar ton extra {11}
~ 2025-07-16
A: Reestring zegt: na 19 uur alleen nog elektrische karts, dan halen ze de 50 {2}
B: Dan meten we dat in augustus {2}
~ 2025-08-27
B: Nameting kartbaan 47 dB(A). Dwangsom hoeft niet te worden geïnd {2}
~ 2025-09-24
C: Kogelvanger van de nieuwe baan: ze willen een wal van 6 meter, met staalplaten erin {3}
A: Beoordelen we samen met de korpschef, het gaat om veiligheid {3}
~ 2025-11-05
A: Controleplan 2026 concept
""",
        165,
    ),
    Chat(
        "Groen en ecologie",
        "ruimte",
        "2025-01-13 08:30",
        ["Lotte Veenstra", "Jelle Brink", "Anouk Riemersma", "Dirk Wubs"],
        """
A: Snoeiplanning loopt tot half maart
~ 2025-02-10
D: Stuw Het Hooge Holt: het waterschap wil dit jaar eindelijk de vispassage aanleggen, wij betalen een derde {4}
B: Wat is een derde? {4}
D: 160.000 euro. Staat in de begroting {4}
~ 2025-03-19
C: Zuidveld begint in april met de isolatie van de flats aan de Paardenbloemstraat. Daar zitten elk jaar gierzwaluwen onder de dakpannen {5}
A: Hebben ze een ecoloog ingehuurd? {5}
C: Nee 😬 {5}
A: Dan moet dat eerst, anders vernietigen ze verblijfplaatsen {5}
~ 2025-04-23
B: Kroonplas: de ondernemer van de kabelbaan voor wakeboarders komt 5 mei langs {12}
D: Die plas is broedgebied voor de fuut en de kuifeend {12}
B: Ja, dat gaan we ook zeggen {12}
~ 2025-05-09
C: De steigers staan al tegen de flats en ze zitten al in de dakrand. Vogelwerkgroep belde in paniek {5}
A: Werk stilleggen tot er een ecoloog is geweest {5}
C: Handhaving gaat er vanmiddag heen {5}
~ 2025-05-13
C: Ecoloog telt 23 nestplaatsen van de zwaluwen in blok A en B {5}
A: Ontheffing nodig dan, of wachten tot na augustus {5}
~ 2025-06-18
D: Vistrap: aannemer 5 weken vertraagd, de damwanden zijn niet geleverd {4}
B: Dat wordt na de zomer {4}
~ 2025-07-09
D: Bij de stuw drijven dode brasems, een stuk of 40. Waterschap denkt aan zuurstofgebrek door de bouwput {4}
A: Komt het in de krant? {4}
D: Vast. Er stond al een visser te filmen {4}
~ 2025-08-25
C: Gierzwaluwen zijn vertrokken, Zuidveld mag verder. 30 neststenen in de nieuwe gevel {5}
A: Mooi 🐦 {5}
~ 2025-09-03
B: Helikopter boven de Boschmolen schrikt de reigers in de kolonie op, zegt de boswachter {7}
A: Nemen we mee in het advies aan de provincie {7}
~ 2025-10-01
D: De vispassage bij het Hooge Holt is klaar. Opening 24 oktober met de dijkgraaf {4}
~ 2025-11-12
A: Bomenkap winter, lijst rondgestuurd
""",
        155,
    ),
    Chat(
        "Water en riolering",
        "ruimte",
        "2025-01-14 07:45",
        ["Gert Jan Hofstee", "Esther Kloosterman", "Said Bouzid"],
        """
A: Kolken zuigen week 4 en 5
~ 2025-02-12
B: Overleg waterschap: de vistrap bij het Hooge Holt, bekkens van beton, 14 treden van 10 cm {4}
C: Kunnen de kano's er nog langs? {4}
B: Er komt een overdraagplaats aan de kant {4}
~ 2025-03-04
C: Baggeren Oude Vaart begint 10 maart, de bagger gaat naar het depot aan de Wolddijk {11}
A: Hoeveel vrachtwagens? {11}
C: Ongeveer 60 per dag, 6 weken lang {11}
A: Die dijk is daar niet op gebouwd {11}
~ 2025-04-02
C: Scheuren in het asfalt van de Wolddijk bij de inrit van het depot {11}
A: Aannemer aansprakelijk stellen, foto's maken {11}
~ 2025-06-16
B: Kanovereniging boos: overdraagplaats nog niet klaar, ze moeten door de brandnetels met hun kano's {4}
A: Tijdelijke trap leggen? {4}
B: Regel ik met het waterschap {4}
~ 2025-07-09
C: Zuurstof bij de stuw gemeten: 2,1 mg/l. Vissen gaan dood bij de bouwput {4}
B: Beluchter erin, het waterschap zet er vandaag een pomp neer {4}
~ 2025-09-17
C: Waterschap: bagger van het depot gaat vanaf oktober naar de verwerker in Farmsum, met schepen in plaats van vrachtwagens {11}
A: Scheelt de dijk {11}
~ 2025-10-24
B: Opening vispassage: 80 mensen en een schoolklas die visjes uitzette 🐟 {4}
~ 2025-11-25
A: Storing gemaal Kolderveen opgelost
""",
        145,
    ),
    Chat(
        "Communicatie",
        "bestuur",
        "2025-01-07 08:00",
        ["Maaike Dijkstra", "Rob Huisman", "Femke Bruins", "Ayoub Tahiri"],
        """
A: Nieuwsbrief januari ligt klaar
~ 2025-02-28
B: Persbericht verbod gala staat klaar, nog even naar de burgemeester {6}
C: Noem je de motorclub? {6}
B: Nee, alleen "informatie van de politie over de openbare orde" {6}
~ 2025-03-01
D: RTV Drenthe wil een interview over het kickboksen, de organisator zegt dat het discriminatie van de sport is {6}
A: Woordvoering: we gaan niet in op individuele gevallen {6}
~ 2025-03-21
C: Facebook ontploft over de bierfietsen, helft vindt het gezellig, helft wil een verbod {1}
A: Niet reageren op de inhoud, verwijzen naar de raad {1}
~ 2025-05-12
B: Meppeler Courant belt over de stilgelegde flats aan de Paardenbloemstraat. "Vogels belangrijker dan warme huizen" {5}
A: Uitleggen: het werk gaat door zodra de jongen zijn uitgevlogen {5}
B: En dat Zuidveld alleen het dak later doet {5}
~ 2025-06-12
D: Post over de Kroonplas: "Geen lawaaibaan op onze plas!" 340 likes {12}
A: Het is nog maar een initiatief. Zo ook zeggen {12}
~ 2025-07-20
C: Video van de bierfiets die tegen de auto klapt gaat rond, 80.000 keer bekeken {1}
A: Geen reactie tot de politie klaar is {1}
~ 2025-08-01
D: Nieuwsbericht: kledingbakken van Kleding Voor Allen weggehaald, gooi uw kleding in de bakken van Reestafval {8}
A: Prima, online {8}
~ 2025-08-18
B: Persbericht over de trekkertrek: alleen de feiten en dat we meeleven met de gewonden {10}
A: En dat we het evalueren {10}
~ 2025-10-22
D: Uitnodiging opening vistrap stuw Hooge Holt staat online {4}
~ 2025-11-26
A: Kerstkaart ontwerp binnen
""",
        155,
    ),
    Chat(
        "Griffie",
        "bestuur",
        "2025-01-15 09:00",
        ["Marloes Stam", "Henk Bijl", "Sanne Lok"],
        """
A: Raadsagenda februari staat
~ 2025-03-11
B: Schriftelijke vragen CDA over de helikopter bij de Boschmolen: hoeveel landingen, wie geeft toestemming {7}
A: Antwoord binnen 30 dagen, naar het team van de provincie-contacten {7}
~ 2025-04-14
C: Antwoord vragen heli: 46 landingen in 2024, de provincie gaf een TUG-ontheffing voor 12 {7}
B: Dus 34 zonder ontheffing? {7}
C: Dat staat er niet zo, maar ja {7}
~ 2025-05-20
A: Raadsvoorstel APV: verbod op bierfietsen en andere rijdende cafés in de binnenstad {1}
B: Amendement VVD: alleen op zaterdag verbieden {1}
~ 2025-06-24
A: APV aangenomen, amendement verworpen, 19 tegen 6 {1}
~ 2025-06-30
C: Motie GroenLinks: geen textielbakken van commerciële inzamelaars op gemeentegrond {8}
A: Aangehouden, de wethouder komt met een brief {8}
~ 2025-09-16
B: Informatiebijeenkomst Kroonplas: 140 mensen op de tribune, 9 insprekers over de wakeboard baan {12}
C: Allemaal tegen? {12}
B: 7 tegen, 2 voor: de ondernemer en de watersportvereniging {12}
~ 2025-10-28
A: Raad beslist over de wijziging bestemmingsplan Kroonplas op 11 december {12}
~ 2025-12-11
A: Kroonplas: motie om het plan te stoppen aangenomen, 14 tegen 11 {12}
C: Dus geen kabelbaan {12}
""",
        135,
    ),
    Chat(
        "Wijkbeheer Noord",
        "ruimte",
        "2025-01-16 07:30",
        ["Jan Willem Lubbers", "Carla Timmer", "Mehmet Yildiz"],
        """
A: Strooiroute aangepast voor de nieuwe wijk
~ 2025-02-14
B: Bij de Lidl ligt een berg zakken naast die oranje kledingbak, half opengescheurd {8}
C: Wie leegt die dingen? {8}
B: Niemand blijkbaar 🙈 {8}
A: Laat ons team het opruimen, kosten noteren {8}
~ 2025-03-07
B: Alweer. 14 zakken, een kapotte kinderwagen en een matras bij de klimop-school {8}
A: Kosten tot nu toe 1.150 euro {8}
~ 2025-04-15
C: Kluis op het Oranjeplein staat precies op de blindengeleidelijn 😑 {9}
A: Opschuiven kan niet, die zit vast met bouten {9}
~ 2025-05-12
C: Steigers flats Paardenbloemstraat liggen op ons gras, ik zag dat er ook iets met vogels is {5}
B: Ja, alles ligt stil vanwege de zwaluwen {5}
~ 2025-06-21
A: De bakken zijn weg. Nog 3 zakken opgeruimd bij de Lidl, daarna is het schoon {8}
~ 2025-07-10
C: Busjes van drie vervoerders staan dubbel geparkeerd bij het ding op het Oranjeplein, elke ochtend {9}
B: Een pakketautomaat midden in een woonstraat, wie verzint het {9}
~ 2025-09-25
C: Die kast op het Oranjeplein is weggehaald, er komt er een bij de Plus op hun eigen terrein {9}
A: Zo hoort het {9}
~ 2025-11-19
A: Bladkorven worden volgende week opgehaald
""",
        155,
    ),
    Chat(
        "Team sport",
        "samenleving",
        "2025-01-17 09:00",
        ["Wouter Boers", "Linda Jansma", "Kevin Mostert"],
        """
A: Zaalrooster tweede helft seizoen rond
~ 2025-01-23
B: Noordfight wil De Wanne huren op 22 maart, hele dag, voor een gala {6}
A: Zaalhuur kan, maar alleen als de vergunning er is {6}
~ 2025-02-28
B: Gala gaat niet door, de burgemeester heeft het verboden. Zaalhuur terugstorten? {6}
A: Ja, 2.400 euro retour {6}
~ 2025-03-12
C: Willem Tell wil subsidie voor de nieuwe schietbaan, 35.000 uit het sportakkoord {3}
A: Schieten is een sport, maar eerst de vergunning {3}
C: Ze hebben 180 leden, veel ouderen {3}
~ 2025-05-27
B: Watersportvereniging De Kroon is positief over de wakeboardbaan, meer jeugd op de plas {12}
A: Zeilers zijn juist tegen, die verliezen hun wedstrijdbaan {12}
~ 2025-06-19
A: Kickboksschool vraagt of ze wel gewone trainingen mag geven in De Wanne {6}
B: Natuurlijk, het verbod ging alleen over dat ene gala {6}
~ 2025-09-08
C: Ledenvergadering schietclub heeft ingestemd met de hogere contributie voor de baan {3}
~ 2025-10-14
A: Sportgala 2025 in december, genomineerden bekend
""",
        135,
    ),
    Chat(
        "Klantcontactcentrum",
        "dienstverlening",
        "2025-01-06 08:00",
        ["Sandra Kamphuis", "Erik Mensink", "Joyce Wever", "Priya Ramdin"],
        """
A: Wachttijd telefoon vandaag 4 minuten
~ 2025-02-21
B: Meneer van de Wijdeweisloot belt voor de derde keer over de karts. "Het is hier Zandvoort" {2}
A: Melding naar de omgevingsdienst {2}
~ 2025-03-26
C: 6 telefoontjes over een heli die over Nijeveen vloog, laag {7}
D: Was dat de traumaheli? {7}
C: Nee, een zwarte, richting de Boschmolen {7}
A: Doorzetten naar de provincie {7}
~ 2025-05-03
D: Vraag: waar kan ik mijn oude kleding kwijt, de bakken bij de Lidl zitten vol {8}
A: Milieustraat of de bakken van Reestafval bij de Jumbo {8}
~ 2025-06-11
B: Stank Rogat: vijf mensen vandaag, het ruikt naar rotte eieren {11}
A: Weten we waar het van komt? {11}
B: Dat depot aan de dijk met de modder uit de vaart {11}
~ 2025-07-05
C: Mevrouw van het Oranjeplein: "die kast geeft de hele nacht licht in mijn slaapkamer" {9}
A: Melding naar wijkbeheer {9}
~ 2025-08-12
D: Vraag of we iets weten van een stichting die kleding inzamelt voor Oekraïne maar het doorverkoopt {8}
A: Verwijzen naar het nieuwsbericht {8}
~ 2025-09-03
C: Weer een helikopter, nu zondagochtend om 8 uur 😡 zegt de melder {7}
~ 2025-10-09
B: Vraag of de bagger van de Wolddijk giftig is, ze lieten hun hond daar uitlaten {11}
A: Verwijzen naar de pagina van het waterschap {11}
~ 2025-12-01
A: Kerstrooster KCC staat online
""",
        165,
    ),
    Chat(
        "Economische zaken",
        "ruimte",
        "2025-01-20 10:00",
        ["Niels Vrieling", "Ellen Boerkamp", "Sjors Klein"],
        """
A: Binnenstadsmonitor binnen
~ 2025-02-11
B: Fietscafé Proost wil een ondernemersprijs voor de bierfiets 😅 {1}
A: Terrasondernemers aan de Garenmarkt zijn er niet blij mee, ze zeggen dat klanten wegblijven {1}
~ 2025-03-27
C: Wake Noord BV presenteert het plan voor de Kroonplas: kabelbaan van 800 meter, horeca, 12 banen {12}
A: Past in de recreatievisie {12}
B: Maar niet in het bestemmingsplan {12}
~ 2025-04-28
C: Ondernemersvereniging Akkerhof wil zelf een pakketpunt op het plein, geen automaat van een vervoerder {9}
A: Neutrale kluis voor alle vervoerders? {9}
C: Ja, dat scheelt busjes {9}
~ 2025-06-26
B: Proost stopt met de bierfiets in Meppel, ze gaan naar Steenwijk {1}
~ 2025-09-30
C: Wake Noord zegt: zonder besluit dit jaar trekken we ons terug {12}
~ 2025-11-11
A: Koopzondagen 2026 rond
""",
        135,
    ),
    Chat(
        "Juridische zaken",
        "bestuur",
        "2025-01-21 09:00",
        ["Anke Hummel", "Ferry Dekker", "Hanneke Vos"],
        """
A: Bezwaarcommissie 11 februari
~ 2025-03-17
B: Bezwaar Noordfight tegen het verbod, plus voorlopige voorziening {6}
C: Zitting? {6}
B: 19 maart bij de voorzieningenrechter {6}
~ 2025-03-20
B: Vovo afgewezen, het gala gaat niet door {6}
A: Goed onderbouwd door de politie dus {6}
~ 2025-04-02
C: Last onder bestuursdwang voor de kledingbakken: 9 adressen, termijn 2 weken {8}
A: Aan wie? De stichting heeft alleen een postbus in Rotterdam {8}
C: KvK-adres, en op de bakken zelf een kopie {8}
~ 2025-05-15
B: Voornemen dwangsom Reestring verstuurd: 2.500 euro per overtreding, max 25.000 {2}
~ 2025-07-08
C: Kosten bestuursdwang textielbakken: 4.860 euro, verhalen op de stichting {8}
A: Die gaan we nooit zien 😅 {8}
~ 2025-10-20
B: Bezwaar Noordfight ongegrond verklaard {6}
~ 2025-11-27
A: Jaarverslag bezwaren concept
""",
        125,
    ),
    Chat(
        "Dorpenteam",
        "ruimte",
        "2025-01-22 08:00",
        ["Roelof Westerhof", "Tineke Lammers", "Bas Ottens"],
        """
A: Dorpsschouw Nijeveen gepland
~ 2025-03-13
B: Boschmolen: meneer Lanting heeft een eigen landingsplaats gemaakt achter de schuur {7}
C: Daar ging de heli zondag ook weer op en neer {7}
A: Dat valt onder de provincie, maar wij moeten wel ruimtelijk advies geven {7}
~ 2025-05-21
C: Schiphorst: de trekkertrekkers willen de Scheidingsweg een dag dicht {10}
A: Kan, alleen aanwonenden erdoor {10}
~ 2025-06-25
B: Bewoners Wolddijk: de vrachtwagens van het depot rijden om 6 uur al, en te hard {11}
A: Afspraak aannemer: pas vanaf 7 uur en 30 km per uur {11}
~ 2025-08-17
C: Gisteren bij de trekkertrek geweest, het hek was van bouwhekken met zandzakken, geen betonblokken {10}
A: Dat hekwerk stond in de vergunning? {10}
C: Er stond "deugdelijke afscheiding" 🙄 {10}
~ 2025-08-28
B: Dorpsbelang Schiphorst wil de trekkertrek volgend jaar toch weer, wel op een ander veld {10}
~ 2025-10-07
A: Dorpsschouw Rogat gedaan
""",
        145,
    ),
    Chat(
        "Verkeer",
        "ruimte",
        "2025-01-23 08:30",
        ["Freek Oosting", "Marijke Beens", "Onno Kuipers"],
        """
A: Tellingen Zomerdijk binnen
~ 2025-03-05
B: Bierfietsen op de Lakenkoopersstraat: eenrichting, maar ze rijden er tegenin {1}
A: Mag een bierfiets eigenlijk op de rijbaan? {1}
C: Ja, het is een fiets met meer dan 2 wielen. Geen kenteken nodig {1}
~ 2025-04-16
B: Die kluis op het Oranjeplein: voetgangers moeten de weg op, geen 1,5 meter vrij {9}
~ 2025-05-22
C: Scheidingsweg dicht voor de trekkertrek, omleiding via de Schiphorsterweg {10}
~ 2025-06-30
B: Wolddijk: as-last te hoog voor de baggerwagens, advies max 30 ton {11}
~ 2025-11-04
A: Rotonde Blokweg open
""",
        135,
    ),
    Chat(
        "Bureau burgemeester",
        "bestuur",
        "2025-01-24 09:00",
        ["Ilona Kruize", "Maarten Pit"],
        """
A: Agenda burgemeester week 5 staat
~ 2025-02-26
B: Besluit verbod kickboksgala ligt ter tekening {6}
A: Burgemeester wil nog even met de korpschef bellen {6}
~ 2025-02-27
A: Getekend {6}
~ 2025-04-18
B: Meneer Lanting van de Boschmolen wil de burgemeester spreken over "de helikopterkwestie" {7}
A: 15 mei, 30 minuten {7}
~ 2025-05-15
B: Gesprek Lanting: hij vliegt voor zijn bedrijf, zegt dat hij zich aan de regels houdt {7}
A: Burgemeester heeft gezegd dat de buren iets anders tellen {7}
~ 2025-08-16
A: Burgemeester vanmiddag naar De Schiphorst ivm het ongeval {10}
B: Auto staat klaar {10}
~ 2025-10-24
B: Opening stuw met de dijkgraaf staat in de agenda, 10 uur {4}
""",
        115,
    ),
    Chat(
        "Afval en reiniging",
        "ruimte",
        "2025-01-27 07:30",
        ["Hennie Snoek", "Roy Abbink", "Marieke Buitenhuis"],
        """
A: Ophaalkalender 2025 verstuurd
~ 2025-02-05
B: Reestafval ziet de ingezamelde kilo's textiel dalen, 18% minder in januari {8}
A: Komt door die oranje bakken denk ik {8}
B: Ja, mensen weten het verschil niet {8}
~ 2025-02-25
C: PHOTO "KLEDING VOOR ALLEN - HELP KINDEREN IN NOOD - BEL 085" {8}
C: Dit staat op die bakken. Het 085-nummer is buiten gebruik {8}
A: Doorsturen naar juridisch {8}
~ 2025-06-20
B: Morgen halen we de 9 bakken op met de kraanwagen {8}
A: Wat doen we met de kleding erin? {8}
B: Gaat naar Reestafval, die sorteren het {8}
~ 2025-06-21
B: Klaar, 9 bakken, 2,3 ton kleding {8}
~ 2025-09-10
C: Glasbakken Akkerhof worden vervangen
""",
        145,
    ),
    Chat(
        "Ruimtelijke ordening",
        "ruimte",
        "2025-01-28 09:00",
        ["Douwe Haverkamp", "Nienke Smit", "Leon Bosch"],
        """
A: Omgevingsplan deel 2 in de maak
~ 2025-04-03
B: Kroonplas: voor de kabelbaan is een wijziging van het bestemmingsplan nodig, nu 'natuur en extensieve recreatie' {12}
C: Met masten van 12 meter en verlichting. Dat is niet extensief {12}
~ 2025-05-07
C: Willem Tell: de uitbreiding past binnen de bestemming sport, maar de veiligheidszone komt over 2 tuinen {3}
A: Dan moeten die eigenaren instemmen {3}
~ 2025-06-04
B: Ontwerpwijziging Kroonplas ligt 6 weken ter inzage {12}
~ 2025-07-17
B: 212 zienswijzen op de wakeboardbaan 😮 {12}
A: Record {12}
C: Meeste over geluid, de verlichting en de fuut {12}
~ 2025-08-13
A: Reestring mag ook niet uitbreiden met een tweede baan zolang het geluid niet op orde is {2}
~ 2025-10-02
C: Schietbaan: omgevingsvergunning verleend met een geluidscontour, alleen grootkaliber op di en do overdag {3}
~ 2025-11-18
A: Omgevingsplan deel 2 naar de raad
""",
        135,
    ),
    Chat(
        "Bewoner Garenmarkt",
        "veiligheid",
        "2025-03-15 17:10",
        ["Ruben Koopal", "Bewoner Garenmarkt"],
        """
B: Alweer zo'n rijdend café onder mijn raam, ze zingen en toeteren {1}
A: Heeft u het tijdstip? {1}
B: Nu! Kwart over 5. En gisteren 3 keer {1}
A: Ik stuur iemand langs {1}
~
B: Er heeft er weer een tegen mijn voordeur geplast {1}
A: Vervelend. We hebben het doorgegeven aan de verhuurder {1}
""",
        14,
    ),
    Chat(
        "Fietscafé Proost",
        "ruimte",
        "2025-02-04 10:00",
        ["Mirjam Eefting", "Fietscafé Proost"],
        """
B: Hoi, wanneer hoor ik iets over de ontheffing voor de bier fietsen? {1}
A: Binnen 8 weken, we vragen eerst advies aan de politie {1}
~ 2025-03-03
A: Besluit is onderweg: tot 1 juni, 13-18 uur, niet op zondag {1}
B: Zondag is onze beste dag 😩 {1}
A: Het besluit noemt de bezwaarmogelijkheid {1}
~ 2025-06-25
B: Dus nu helemaal verboden in het centrum? {1}
A: Ja, sinds de APV-wijziging van gisteren {1}
B: Jammer. Dan gaan we ergens anders fietsen {1}
""",
        16,
    ),
    Chat(
        "Horeca Garenmarkt",
        "ruimte",
        "2025-04-27 11:00",
        ["Niels Vrieling", "Café De Waag"],
        """
B: Gisteren weer bekertjes op ons terras gegooid vanaf zo'n bierkar {1}
A: Wat vervelend. Het staat op de agenda van de raad {1}
B: Mijn gasten gingen weg. Doe er wat aan 🙏 {1}
A: Doe ik, ik neem het mee {1}
B: Verder prima seizoen hoor
""",
        12,
    ),
    Chat(
        "Omwonende Wijdeweisloot",
        "ruimte",
        "2025-02-22 21:40",
        ["Herman Bult", "Omwonende Wijdeweisloot"],
        """
B: Hoort u dat? Het is half 10 en het gaat maar door. Die karrebaan is een ramp {2}
A: Ik noteer het, we komen meten {2}
B: Al 3 jaar hetzelfde verhaal {2}
~ 2025-05-17
A: Vanavond staan onze mensen met een geluidsmeter aan uw kant van de sloot {2}
B: Eindelijk {2}
~ 2025-09-02
B: Het is nu een stuk stiller 's avonds. Alleen nog dat gezoem {2}
A: Dat zijn de elektrische karts {2}
B: Daar kan ik mee leven 👍 {2}
""",
        16,
    ),
    Chat(
        "Kartcentrum Reestring",
        "ruimte",
        "2025-05-16 09:00",
        ["Wietske Mulder", "Kartcentrum Reestring"],
        """
B: We kregen een voornemen dwangsom. Wij hebben al 14 jaar een vergunning {2}
A: Voor tot 22 uur en 50 dB(A). Beide gaan niet goed {2}
B: Vrijdag- en zaterdagavond zijn onze bedrijfsuitjes, daar verdienen we op {2}
A: Dan moet het stiller. Ik denk aan de elektrische karts {2}
~ 2025-07-15
B: We hebben 10 e-karts besteld, na 19.00 alleen die {2}
A: Top, dan meten we in augustus opnieuw {2}
""",
        14,
    ),
    Chat(
        "Adviseur geluid",
        "ruimte",
        "2025-05-18 08:00",
        ["Herman Bult", "Adviesbureau Decibel Noord"],
        """
B: Rapport meting De Wijde Wei: 58 dB(A), piek 71 bij het optrekken na de bocht {2}
A: Dank. Klopt het dat de achtergrond daar 41 is? {2}
B: Ja, verkeer van de A32 op afstand {2}
A: Helder
""",
        10,
    ),
    Chat(
        "Bewoner Dennenkamp",
        "ruimte",
        "2025-03-02 14:00",
        ["Sibel Öztürk", "Bewoner Dennenkamp"],
        """
B: Ik hoor dat de schietclub groter wordt. Ik woon 200 meter van die baan, mijn kinderen spelen in het bos {3}
A: Er ligt een aanvraag. U kunt een zienswijze indienen als het ontwerp ter inzage ligt {3}
B: Elke dinsdag en donderdag pang pang pang. En nu ook met geweren? {3}
A: Grootkaliber, ja, dat is aangevraagd {3}
~ 2025-10-03
B: Dus het gaat gewoon door {3}
A: Met beperkingen: grootkaliber alleen op dinsdag en donderdag overdag, en een hogere wal {3}
""",
        14,
    ),
    Chat(
        "SV Willem Tell",
        "ruimte",
        "2025-02-26 10:00",
        ["Sibel Öztürk", "Voorzitter SV Willem Tell"],
        """
B: Onze aanvraag voor de 100 meter baan is binnen? {3}
A: Ja. Het akoestisch rapport gaat alleen over kleinkaliber {3}
B: Klopt, grootkaliber is maar een paar keer per maand {3}
A: Toch moet het erin. Ik stuur u een verzoek om aanvulling {3}
~ 2025-04-10
A: Ook: in de grond achter de huidige kogelvanger zit veel lood {3}
B: Dat zit er al 40 jaar 😬 {3}
A: Daarom een saneringsplan, voor we de nieuwe baan beoordelen {3}
""",
        14,
    ),
    Chat(
        "Wijkagent Zuid",
        "veiligheid",
        "2025-05-06 09:30",
        ["Paulien de Haan", "Wijkagent Zuid"],
        """
A: Hoe kijkt de politie aan tegen de uitbreiding van de schietbaan aan de Dennenkamp? {3}
B: De club is netjes, alle leden hebben een verlof. Wapens liggen in een kluis {3}
B: Wel: het wandelpad langs de wal moet dicht tijdens het schieten {3}
A: Nemen we mee {3}
~ 2025-09-25
B: Afgestemd met de korpschef over de wal van 6 meter: akkoord {3}
""",
        10,
    ),
    Chat(
        "Bodemadviseur",
        "ruimte",
        "2025-04-08 13:00",
        ["Wietske Mulder", "Bodemadviesbureau Klei en Zand"],
        """
B: Uitslag monsters schietbaan: lood 1.400 mg/kg in de wal, 300 in de toplaag van het bos erachter {3}
A: Dank. Is er risico voor spelende kinderen? {3}
B: In de wal wel, in het bos beperkt. Advies: hek en sanering van de wal {3}
""",
        8,
    ),
    Chat(
        "Hengelsportvereniging",
        "ruimte",
        "2025-07-09 07:50",
        ["Dirk Wubs", "HSV De Snoekbaars"],
        """
B: PHOTO "VERBODEN TE VISSEN - WERK IN UITVOERING - WATERSCHAP" {4}
B: Ondertussen liggen er tientallen dode vissen bij de stuw {4}
A: Dank, ik bel meteen met het waterschap {4}
B: Het komt door die bouwput voor de vistrap, het water staat stil {4}
A: Er komt vandaag een beluchter {4}
~ 2025-10-25
B: Mooie opening gisteren. Nu maar hopen dat de winde er ook echt door zwemt 🐟 {4}
""",
        12,
    ),
    Chat(
        "Kanovereniging De Peddel",
        "ruimte",
        "2025-06-15 16:00",
        ["Esther Kloosterman", "Kanovereniging De Peddel"],
        """
B: Bij het Hooge Holt kunnen we er niet meer langs, alles is afgezet voor die vis passage {4}
A: Klopt, er is een overdraagplaats gepland {4}
B: Gepland ja. We zeulen nu door de brandnetels 😤 {4}
A: Ik regel een tijdelijke trap met het waterschap {4}
~ 2025-06-27
B: Trap ligt er, dank {4}
""",
        10,
    ),
    Chat(
        "Waterschap projectleider",
        "ruimte",
        "2025-02-03 09:00",
        ["Dirk Wubs", "Waterschap projectleider"],
        """
B: Samenwerkingsovereenkomst vispassage Hooge Holt: 480.000, gemeente een derde, provincie een derde {4}
A: Akkoord, ik leg het voor aan de wethouder {4}
~ 2025-06-17
B: Damwanden komen pas in juli, leverancier heeft problemen {4}
A: Gaat het bedrag omhoog? {4}
B: Nee, dat is vast {4}
~ 2025-10-02
B: Oplevering gisteren. Eerste winden en voorns al gezien in de bovenste bakken {4}
A: 👏 {4}
""",
        12,
    ),
    Chat(
        "Dorpsbewoner Kolderveen",
        "ruimte",
        "2025-07-10 18:00",
        ["Gert Jan Hofstee", "Dorpsbewoner Kolderveen"],
        """
B: Doar liggen hiel wat dooie vis bij de stuw, et stinkt d'r as de pest {4}
A: Klopt, het waterschap is ermee bezig, er staat een pomp die lucht in het water blaast {4}
B: Eerst die hiele boel openbreken en dan dit {4}
A: Na de bouw kunnen de vissen juist langs de stuw zwemmen {4}
""",
        10,
    ),
    Chat(
        "Vogelwerkgroep Meppel",
        "ruimte",
        "2025-05-09 07:15",
        ["Anouk Riemersma", "Vogelwerkgroep Meppel"],
        """
B: Ze zitten met de steigers tegen de flats aan de Paardenbloemstraat en halen de dakranden eraf. Daar broeden de gierzwaluwen! {5}
A: Ik stuur handhaving, het werk moet stil {5}
B: Ik zag er al 2 rondvliegen die hun nest niet meer in konden {5}
B: AUDIO {5}
B: Hoor je ze? Ze gieren rond het dak {5}
A: Ja. Handhaving is er om 10 uur {5}
~ 2025-08-26
B: Ze zijn allemaal weg naar Afrika. Mooi dat die neststenen erin komen {5}
""",
        14,
    ),
    Chat(
        "Woonstichting Zuidveld",
        "ruimte",
        "2025-03-20 10:00",
        ["Anouk Riemersma", "Projectleider Woonstichting Zuidveld"],
        """
A: Bij de isolatie van de Paardenbloemstraat: weet u dat daar gierzwaluwen broeden? {5}
B: Nee. Wat betekent dat voor ons? {5}
A: Ecologisch onderzoek, en niet werken aan de dakranden van mei tot half augustus {5}
B: We beginnen in april. Dat kunnen we niet meer verschuiven {5}
~ 2025-05-10
B: Dus alles stil. 48 huurders wachten op hun nieuwe kozijnen {5}
A: Alleen het dak en de dakranden. De kozijnen mogen door {5}
~ 2025-05-20
B: Ecoloog zegt: ontheffing aanvragen of wachten. We wachten tot eind augustus {5}
A: Verstandig. En de 30 nestkasten in de gevel? {5}
B: Die komen erin {5}
""",
        18,
    ),
    Chat(
        "Huurder Paardenbloemstraat",
        "ruimte",
        "2025-05-14 19:00",
        ["Jan Willem Lubbers", "Huurder Paardenbloemstraat"],
        """
B: Ons dak is half open en er gebeurt niks meer. Het regent binnen bij de buren {5}
A: Het werk aan het dak ligt stil vanwege beschermde vogels, de corporatie moet het dak wel dichtmaken {5}
B: Vogels?? {5}
A: Gierzwaluwen, ze broeden onder de pannen {5}
B: Nou ja zeg 🙄 {5}
""",
        10,
    ),
    Chat(
        "Ecoloog",
        "ruimte",
        "2025-05-12 08:00",
        ["Lotte Veenstra", "Ecologisch bureau Vlinderveld"],
        """
B: Telling Paardenbloemstraat: 23 bezette nestplaatsen, vooral blok A aan de westkant {5}
A: Ontheffing kansrijk? {5}
B: Alleen met vervangende nestgelegenheid vooraf. Wachten tot eind augustus is makkelijker {5}
B: AUDIO {5}
B: Dat was de telling van vanochtend, ik heb ze op video {5}
""",
        10,
    ),
    Chat(
        "Provincie natuur",
        "ruimte",
        "2025-05-22 11:00",
        ["Anouk Riemersma", "Provincie team natuur"],
        """
A: Vraag over een ontheffing voor gierzwaluwnesten bij een renovatie in Meppel {5}
B: Aanvragen via het omgevingsloket. Duurt 8 weken {5}
A: Dan zijn de jongen al uitgevlogen {5}
B: Precies. Veel corporaties wachten dan gewoon {5}
""",
        10,
    ),
    Chat(
        "Stichting Noordfight",
        "bestuur",
        "2025-01-20 14:00",
        ["Thijs Hulsman", "Organisator Stichting Noordfight"],
        """
B: Aanvraag is binnen? Fight Night Meppel, 22 maart {6}
A: Ja, we vragen advies aan politie en brandweer {6}
B: We hebben in Emmen en Assen ook gala's gedaan, nooit problemen {6}
~ 2025-02-27
B: Verboden?? Op basis van wat? {6}
A: Dat staat in het besluit van de burgemeester. U kunt bezwaar maken {6}
B: Dit is pure discriminatie van de vechtsport. We stappen naar de rechter {6}
~ 2025-03-20
B: Jammer van de uitspraak. Kaartjes moeten we nu terugbetalen {6}
""",
        14,
    ),
    Chat(
        "Politie districtschef",
        "bestuur",
        "2025-02-12 09:00",
        ["Bart Sikkema", "Politie districtschef"],
        """
A: Adviesvraag over het K1-gala van Noordfight in De Wanne {6}
B: We zien namen die we kennen uit het ondermijningsbeeld. Schriftelijk advies volgt {6}
~ 2025-02-18
B: Advies verstuurd: negatief, risico op verstoring van de openbare orde {6}
A: Dank {6}
""",
        10,
    ),
    Chat(
        "Sportschool Fighting Spirit",
        "samenleving",
        "2025-06-18 16:00",
        ["Wouter Boers", "Sportschool Fighting Spirit"],
        """
B: Mogen wij nog trainen in De Wanne na dat verbod? Ouders bellen ons {6}
A: Ja natuurlijk, het ging alleen om dat gala van die stichting {6}
B: Gelukkig. Wij hebben er niks mee te maken {6}
""",
        8,
    ),
    Chat(
        "Verslaggever Meppeler Courant",
        "bestuur",
        "2025-02-28 11:00",
        ["Maaike Dijkstra", "Verslaggever Meppeler Courant"],
        """
B: Klopt het dat de burgemeester de kickbox avond in De Wanne heeft verboden? {6}
A: Ja, het persbericht komt om 12 uur {6}
B: Waarom? {6}
A: Vanwege informatie van de politie over de openbare orde. Verder geen commentaar {6}
~ 2025-07-21
B: Hebben jullie een reactie op de video van de bierfiets? {1}
A: Nee, de politie onderzoekt het nog {1}
""",
        12,
    ),
    Chat(
        "Bewoner Molenwijk",
        "ruimte",
        "2025-03-09 10:30",
        ["Tineke Lammers", "Bewoner Molenwijk"],
        """
B: Daar is tie weer. Zundagmorgen om half negen mit dat ding over de huzen {7}
A: Bedoelt u de helikopter van de Boschmolen? {7}
B: Jao. Elke week wel twee, drie keer. De ruten trillen d'r van {7}
A: Ik geef het door aan de provincie, die gaat over de ontheffing {7}
~ 2025-05-16
B: Ik heb ze geteld dit jaor: 19 keer tot nu toe {7}
A: Dank, dat is nuttig voor ons advies {7}
""",
        14,
    ),
    Chat(
        "Provincie luchtvaart",
        "ruimte",
        "2025-04-01 09:00",
        ["Roelof Westerhof", "Provincie team luchtvaart"],
        """
A: Hoeveel TUG-ontheffingen heeft de Boschmolen? {7}
B: Voor 2024: 12 landingen. Voor 2025 vraagt hij een luchtvaartterrein aan, 60 per jaar {7}
A: Dat is een luchthaven in het buitengebied 😮 {7}
B: Daarom vragen we jullie advies {7}
~ 2025-09-10
B: Besluit: geen luchtvaartterrein, wel 12 landingen per jaar, niet op zondag {7}
A: Buren zullen blij zijn {7}
""",
        14,
    ),
    Chat(
        "Landgoed De Boschmolen",
        "ruimte",
        "2025-04-20 12:00",
        ["Roelof Westerhof", "Ruurd Lanting"],
        """
B: Ik hoor dat de gemeente negatief adviseert over mijn landingsplaats {7}
A: Ons advies gaat over het aantal vluchten en de overlast. Het besluit is aan de provincie {7}
B: Ik vlieg maar een paar keer per maand voor mijn werk {7}
A: De buren tellen er meer {7}
""",
        10,
    ),
    Chat(
        "Directeur basisschool De Klimop",
        "samenleving",
        "2025-02-09 08:15",
        ["Carla Timmer", "Directeur basisschool De Klimop"],
        """
B: Er staat een kledingcontainer bij ons hek die niemand heeft aangevraagd {8}
A: Niet van jullie? {8}
B: Nee, en de ouders denken dat het van de school is. Er ligt steeds rommel naast {8}
A: We pakken het op met handhaving {8}
~ 2025-06-23
B: Hij is weg, dank! {8}
""",
        10,
    ),
    Chat(
        "Supermarkt Lidl",
        "ruimte",
        "2025-02-10 09:00",
        ["Yusuf Kaya", "Filiaalmanager Lidl"],
        """
A: Staat die oranje textielbak op uw terrein of op de stoep? {8}
B: Op de stoep, wij hebben niemand toestemming gegeven {8}
A: Dan is het gemeentegrond. Wij gaan er iets mee doen {8}
B: Graag, het is een vuilnisbelt geworden {8}
""",
        8,
    ),
    Chat(
        "Recherche fraude",
        "bestuur",
        "2025-05-28 10:00",
        ["Anke Hummel", "Politie team fraude"],
        """
B: Over Stichting Kleding Voor Allen: geen ANBI, de kleding gaat naar een handelaar in Polen {8}
A: Dus geen goed doel {8}
B: Nee. In 6 gemeenten staan die bakken. Wij onderzoeken misleiding {8}
A: Wij halen ze in juni weg {8}
""",
        10,
    ),
    Chat(
        "ParcelPunt",
        "ruimte",
        "2025-04-14 15:00",
        ["Koen Stoker", "ParcelPunt accountmanager"],
        """
A: U heeft een kluis op het Oranjeplein gezet zonder vergunning {9}
B: We dachten dat de aanvraag genoeg was, in andere gemeenten mag dat {9}
A: Hier niet. U moet hem weghalen of het besluit afwachten {9}
~ 2025-07-05
A: Ook bij De Akkerhof staat er nu een. Binnen 2 weken weghalen {9}
B: Die staat op grond van de verhuurder van het winkelcentrum {9}
A: De stoep is van ons, ik stuur u een kaart {9}
~ 2025-09-22
B: We verplaatsen de kast naar het terrein van de Plus, daar is het privé {9}
A: Prima {9}
""",
        16,
    ),
    Chat(
        "Bewoonster Oranjeplein",
        "ruimte",
        "2025-07-04 23:10",
        ["Koen Stoker", "Bewoonster Oranjeplein"],
        """
B: PHOTO "PARCELPUNT 24/7 - HAAL JE PAKKET OP" {9}
B: Dit bord gaat de hele nacht aan en uit, recht voor mijn slaapkamer {9}
A: Vervelend. Die kast heeft geen vergunning, we zijn ermee bezig {9}
B: En om 6 uur al busjes die toeteren {9}
~ 2025-09-26
B: Hij is weg!! 🎉 {9}
A: Fijne nachtrust 😊 {9}
""",
        14,
    ),
    Chat(
        "Ondernemersvereniging Akkerhof",
        "ruimte",
        "2025-04-28 14:00",
        ["Ellen Boerkamp", "Ondernemersvereniging Akkerhof"],
        """
B: Wij willen 1 neutrale pakket kluis op ons plein voor alle bezorgers {9}
A: Goed idee, de beleidsregel komt na de zomer {9}
B: Nu staan er al 2 van verschillende bedrijven 🙄 {9}
""",
        8,
    ),
    Chat(
        "Stichting TT Schiphorst",
        "ruimte",
        "2025-05-05 20:00",
        ["Mirjam Eefting", "Stichting TT Schiphorst"],
        """
B: Aanvraag trekker trek 16 augustus is verstuurd 🚜 {10}
A: Ontvangen. Let op de voorwaarden over stof en de afstand tot het publiek {10}
B: We sproeien de baan elk uur {10}
~ 2025-08-18
B: Verschrikkelijk wat er gebeurd is. De koppeling van de sleep brak {10}
A: Hoe gaat het met de gewonden? {10}
B: Een vrouw heeft haar been gebroken, de rest heeft kneuzingen {10}
A: Sterkte allemaal {10}
""",
        14,
    ),
    Chat(
        "Brandweer Meppel",
        "veiligheid",
        "2025-08-16 22:00",
        ["Nadia el Amrani", "Brandweer officier van dienst"],
        """
B: Incident trekkertrek De Schiphorst: trekker door de afzetting, 4 slachtoffers, 2 ambulances, 1 traumaheli {10}
A: Zwaargewonden? {10}
B: Een, stabiel. Evenement stilgelegd om 21.40 {10}
~ 2025-08-25
B: Evaluatiegesprek over het trekkertrekken op 2 september {10}
""",
        10,
    ),
    Chat(
        "Bewoonster Scheidingsweg",
        "ruimte",
        "2025-08-17 09:00",
        ["Roelof Westerhof", "Bewoonster Scheidingsweg"],
        """
B: Heel het huus zit onder het stof. De ramen, de auto, de was. Dat trekkertrekken is ieder jaor weer zo {10}
A: Er zou gesproeid worden. Is dat niet gebeurd? {10}
B: 's Middags een keer of twee. En dan tot 10 uur 's avonds herrie {10}
A: Ik neem het mee in de evaluatie {10}
""",
        10,
    ),
    Chat(
        "GHOR",
        "veiligheid",
        "2025-08-20 10:00",
        ["Nadia el Amrani", "GHOR adviseur"],
        """
B: Bij het tractor trekken zat de EHBO-post aan de verkeerde kant van de baan {10}
A: Dat stond zo in het plan? {10}
B: Nee, ze hebben hem op de dag zelf verplaatst. Nemen we mee in de evaluatie {10}
""",
        8,
    ),
    Chat(
        "Bewoner Wolddijk",
        "ruimte",
        "2025-03-12 07:10",
        ["Bas Ottens", "Bewoner Wolddijk"],
        """
B: Vanaf 6 uur denderen die kiepwagens met modder langs mijn huis {11}
A: Ik bel de aannemer, afgesproken was vanaf 7 uur {11}
B: Mien hele huus trilt {11}
~ 2025-06-10
B: En nu stinkt het ook nog. Rotte eieren 🤢 {11}
A: Het komt van de opgeslagen bagger. Het wordt afgedekt {11}
~ 2025-10-15
B: Er varen nu schepen af en aan bij het depot, veel rustiger {11}
""",
        14,
    ),
    Chat(
        "Baggerbedrijf Van Tiel",
        "ruimte",
        "2025-03-10 08:00",
        ["Said Bouzid", "Uitvoerder Baggerbedrijf Van Tiel"],
        """
B: We starten vandaag in de Oude Vaart, eerste vrachten naar de Wolddijk {11}
A: Niet voor 7 uur rijden en max 30 op de dijk {11}
B: Begrepen {11}
~ 2025-06-12
A: Stankklachten: graag het depot afdekken met folie of zand {11}
B: Morgen 20 cm zand erover {11}
""",
        12,
    ),
    Chat(
        "Laboratorium",
        "ruimte",
        "2025-07-01 15:00",
        ["Sibel Öztürk", "Laboratorium Aqualab"],
        """
B: Uitslag 12 mengmonsters depot Wolddijk: PFOA en PFOS samen tot 9,1 µg/kg ds {11}
A: En de zware metalen? {11}
B: Zink en koper klasse B, verder schoon {11}
A: Dank, we sturen het naar het waterschap {11}
""",
        8,
    ),
    Chat(
        "Boer Wolddijk",
        "ruimte",
        "2025-07-03 12:00",
        ["Wietske Mulder", "Landbouwer Wolddijk"],
        """
B: Ik zou die slib op mien land kriegen om op te hogen. Kan dat nog? {11}
A: Nee, er zit te veel PFAS in. Het gaat naar een verwerker {11}
B: Dan heb ik er niks an. Mooi is dat {11}
""",
        8,
    ),
    Chat(
        "Hondenuitlaatster Rogat",
        "dienstverlening",
        "2025-10-09 16:00",
        ["Joyce Wever", "Bewoonster Rogat"],
        """
B: Mijn hond heeft in die modder op de dijk gelopen en is nu ziek. Is dat spul gevaarlijk? {11}
A: Het depot is afgezet, er mogen geen honden in. Ga voor de zekerheid naar de dierenarts {11}
B: Er zat een gat in het hek {11}
A: Ik geef het door, dan wordt het gerepareerd {11}
""",
        10,
    ),
    Chat(
        "Wake Noord BV",
        "ruimte",
        "2025-03-26 11:00",
        ["Douwe Haverkamp", "Wake Noord BV"],
        """
B: Morgen presenteren we het plan: een cable park op de Kroonplas, met een clubhuis {12}
A: Hoe hoog worden de masten? {12}
B: 12 meter, 5 stuks. En verlichting tot 22 uur in de zomer {12}
~ 2025-07-18
B: 212 zienswijzen, hoe nu verder? {12}
A: We beantwoorden ze allemaal, de raad beslist in december {12}
~ 2025-12-12
B: Jammer dat de raad tegen is. We kijken naar een plas in Overijssel {12}
""",
        14,
    ),
    Chat(
        "Zeilvereniging Kroonplas",
        "ruimte",
        "2025-06-05 19:00",
        ["Nienke Smit", "Zeilvereniging Kroonplas"],
        """
B: Als die kabel er komt, kunnen wij geen wedstrijden meer zeilen, de noordkant is dan bezet {12}
A: Dat kunt u in uw zienswijze zetten, het ontwerp ligt nu ter inzage {12}
B: Doen we. En ook het lawaai van die muziek bij de schans {12}
""",
        8,
    ),
    Chat(
        "Bewoners Kroonplas",
        "ruimte",
        "2025-06-12 20:30",
        ["Leon Bosch", "Bewonerscomité Kroonplas"],
        """
B: PHOTO "GEEN LAWAAIBAAN OP ONZE PLAS" {12}
B: Dit spandoek hangt nu aan 30 huizen {12}
A: Gezien. U kunt een zienswijze indienen tot 16 juli {12}
B: We hebben al 180 handtekeningen {12}
~ 2025-12-11
B: Gewonnen! 🎉 Dank voor het netjes afhandelen {12}
""",
        12,
    ),
    Chat(
        "Natuurvereniging De Fuut",
        "ruimte",
        "2025-05-04 10:00",
        ["Jelle Brink", "Natuurvereniging De Fuut"],
        """
B: Morgen komt de ondernemer van het water skiën aan een kabel, toch? {12}
A: Wake boarden, ja. Om 14 uur {12}
B: De plas is broedgebied van de fuut en er overwinteren kuifeenden. Dat gaat niet samen {12}
A: Dat nemen we mee in ons advies {12}
""",
        8,
    ),
    Chat(
        "Personeelsvereniging",
        "bedrijfsvoering",
        "2025-09-01 12:00",
        ["Sandra Kamphuis", "Personeelsvereniging"],
        """
B: Teamuitje 3 oktober: karten bij Kartcentrum Reestring of bierfietsen in Zwolle?
A: Karten! En daarna een biertje
B: Inschrijven via intranet, max 40 mensen
A: 👍
""",
        8,
    ),
    Chat(
        "Facilitair",
        "bedrijfsvoering",
        "2025-02-17 09:00",
        ["Rob Huisman", "Facilitair servicepunt"],
        """
B: Er ligt een groot pakket voor je bij de receptie
A: Dat zijn de nieuwe folders, ik haal ze zo
B: Er staat ook nog een doos met oude kleding van de inzamelactie voor de voedselbank
A: Die brengt Femke vanmiddag weg
""",
        8,
    ),
    Chat(
        "Meldkamer ambulance",
        "veiligheid",
        "2025-06-03 14:00",
        ["Nadia el Amrani", "Meldkamer ambulance"],
        """
B: Traumaheli landt zo op het sportveld bij De Wanne voor een reanimatie in de wijk
A: Ik laat de beheerder het hek openzetten
B: Helikopter weer vertrokken, dank
""",
        8,
    ),
    Chat(
        "Loonwerker Broekhuizen",
        "ruimte",
        "2025-04-22 07:30",
        ["Tineke Lammers", "Loonwerker Broekhuizen"],
        """
B: Morgen rijden we met 3 trekkers de sloten in Broekhuizen uitbaggeren
A: Staat er een bord bij de weg?
B: Ja, en we vegen de modder 's avonds van de weg
A: Top
""",
        8,
    ),
    Chat(
        "Scouting Meppel",
        "samenleving",
        "2025-05-27 18:00",
        ["Wouter Boers", "Scouting Meppel"],
        """
B: Mogen we met de welpen een kanotocht op de Kroonplas doen op 14 juni?
A: Ja hoor, die plas is openbaar. Zwemvesten mee
B: Natuurlijk 👍
""",
        8,
    ),
    Chat(
        "Vogelwacht Nijeveen",
        "ruimte",
        "2025-04-30 08:00",
        ["Lotte Veenstra", "Vogelwacht Nijeveen"],
        """
B: Ooievaarsnest op de paal bij de Molenwijk heeft weer 3 eieren
A: Mooi! Zet je het op de site?
B: Staat er al, met de webcam
""",
        8,
    ),
    Chat(
        "Raadslid Wijde Wei",
        "bestuur",
        "2025-06-02 20:00",
        ["Marloes Stam", "Raadslid Lokaal Meppel"],
        """
B: Ik wil vragen stellen over de karting aan de Wijde Wei. Mensen slapen er slecht van {2}
A: Schriftelijke vragen kunt u bij de griffie indienen, ik help met de vorm {2}
B: Wanneer is er gemeten en wat kwam eruit? {2}
A: Dat vraagt u het college. Het antwoord komt binnen 30 dagen {2}
~ 2025-07-01
B: Antwoord gelezen: 58 dB en een dwangsom. Helder, dank {2}
""",
        12,
    ),
    Chat(
        "Toezichthouder omgevingsdienst",
        "ruimte",
        "2025-08-26 21:00",
        ["Herman Bult", "Toezichthouder omgevingsdienst"],
        """
B: Sta bij de Wijdeweisloot. Alleen e-karts op de baan, meter geeft 47 {2}
A: Keurig. Nog een keer op zaterdag? {2}
B: Doe ik, zaterdag 30 augustus {2}
~ 2025-08-30
B: Zaterdag 46 dB(A). Ze houden zich eraan {2}
""",
        10,
    ),
    Chat(
        "Buurvrouw schietbaan",
        "ruimte",
        "2025-07-12 11:00",
        ["Nienke Smit", "Bewoonster Dennenkamp 14"],
        """
B: Volgens de tekening komt die veiligheidszone van de schiet vereniging over mijn tuin {3}
A: Klopt, voor 12 meter. Daar is uw toestemming voor nodig {3}
B: Die krijgen ze niet. Ik wil geen kogels in mijn moestuin 😡 {3}
~ 2025-09-15
B: Ze hebben de baan 8 meter opgeschoven, nu ligt de zone niet meer bij mij. Akkoord dan {3}
A: Dank voor het laten weten {3}
""",
        12,
    ),
    Chat(
        "Aannemer grondwerk",
        "ruimte",
        "2025-10-06 08:00",
        ["Sibel Öztürk", "Grondwerk Oldenhof"],
        """
B: PHOTO "SCHIETBAAN - BETREDEN VERBODEN - LEVENSGEVAARLIJK" {3}
B: Bord staat, hek eromheen. Vandaag beginnen we met het afgraven van de oude wal {3}
A: Lood apart afvoeren met de bonnen erbij {3}
B: Komt goed, 6 vrachten naar de stortplaats {3}
""",
        10,
    ),
    Chat(
        "Wethouder water",
        "bestuur",
        "2025-02-05 17:00",
        ["Dirk Wubs", "Wethouder Hoekstra"],
        """
A: De overeenkomst voor de vistrap bij de stuw is klaar. Ons deel is 160.000 {4}
B: Staat dat in de begroting? {4}
A: Ja, uit het budget waterkwaliteit {4}
B: Akkoord, ik teken morgen {4}
~ 2025-10-24
B: Mooie opening. Die schoolkinderen met de emmertjes vis 😄 {4}
""",
        10,
    ),
    Chat(
        "Sportvisser",
        "ruimte",
        "2025-07-11 06:30",
        ["Gert Jan Hofstee", "Sportvisser Meppel"],
        """
B: Heb een filmpje van de dode brasems bij het Hooge Holt online gezet, 20.000 views {4}
A: Het waterschap pompt nu lucht in het water, er zijn sinds gisteren geen nieuwe dode vissen {4}
B: Wie betaalt de schade aan de visstand? {4}
A: Dat vraag ik na bij het waterschap {4}
""",
        10,
    ),
    Chat(
        "Isolatiebedrijf",
        "ruimte",
        "2025-05-09 11:30",
        ["Margriet Zandstra", "Uitvoerder Isolatie Noord"],
        """
A: Namens de gemeente: het werk aan de dakranden van blok A en B moet nu stoppen {5}
B: Waarom? We liggen op schema {5}
A: Er broeden beschermde vogels achter de randen, gierzwaluwen {5}
B: Kan ik de kozijnen wel doen? {5}
A: Ja, alles behalve het dak {5}
""",
        10,
    ),
)
