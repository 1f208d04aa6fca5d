"""The THIRTY-THIRD BLIND relevance set (issue 17): new chats, requests and judgements.

Written as a Woo officer of gemeente Meppel would by a helper (branch woo33, stop 44) BEFORE any
measurement on it, without reading the search code, the search tests, the synonym migrations, the
redaction code or RESULTS.md; blind32.py was read for the data format, build.py for the Chat and
Request API, the earlier sets only for their request titles (so that the subjects are new); no
other set was opened. Not yet measured: the lead measures it once on main's code. Same syntax as
blind.py: `{n}` after a line marks the requests it is relevant to, `~` starts the next day,
`~ YYYY-MM-DD` moves the chat to that day, `PHOTO "text"` is a photo with painted text, `AUDIO` a
voice note. Generated filler (build.FILLER) is relevant to nothing. Names, addresses, firms, clubs,
foundations and phone numbers are made up; a few real organisations (the water company WMD, the
ILT, the KNSB, the FBE, the Meppeler Courant, the provincie) appear as they would in such chats.

The twelve requests and their queries were written first, from the request text only, before any
chat. Long team chats (public order and safety, permits and heritage, facilities and HR, traffic
and parking, the outdoor service, the boa's, sport and recreation, the mayor's cabinet,
communication, finance and subsidies, housing and Wmo, economic affairs) carry a request's subject
in a few lines among other work; short one-to-one chats answer without repeating the subject
("Eindelijk 🙏", "Staat er 👍", "Gestuurd, 14 boeren", "Al gehoord 😬", "Goed plan", "Komt er");
other words for the subjects (gat in de weg, verzakking, hoofdleiding, ondergespoeld riool,
constructeur; schaatsbaan, weiland onder water, ijsdikte, ijsclub, schaatser; vossenhol, schurft,
kippenhok, faunabeheer, ontheffing; melkfabriek, erfgoedcommissie, schoorsteen, machinehal,
redengevende omschrijving, voorbescherming; geheime nota, ambtsgeheim, watermerk, leeskamer,
logbestanden, bron; luchtballon, landing, maïs, volgwagen, startveld; trucks, chauffeurs, rijtijd,
verbod voor vrachtauto's, toiletgebouw; takelbedrijf, depot, stalling, sleepkosten; klokkenspel,
beiaardier, klepels, speeltrommel, klokkengieter, uitluiden; zorgwoning, unit op het erf,
kangoeroewoning, achtererf, hoorzitting; reanimatie, traumaheli, badmeester, polsbandjes, het
diepe; Glansrijk, ingebrekestelling, verbeterplan, meting, uren van de schoonmaakster);
abbreviations (WMD, ILT, KNSB, FBE, EHBO, MT, m2); typos (Ballonfiesta, carilon, mantelzorgwonig,
Vossehol);
5 photos with text (the contractor's sign at the closed Zuiderstraat, the ice club's board, the
lorry ban sign on Oevers, the towing notice at the kerb, the notice on the church door that the
carillon is silent) and 2 voice notes; and distractor chats that share words with requests but
are about something else (a bump in a cycle path, an ice-cream cart, a bicycle shop named De Vos,
wreaths at the war memorial, balloons at a playground opening, the bells of another church) and
lines about other work in the team chats (a leaking roof and tap, delivery windows in the
centre, a bakery's terrace, a carers' lunch and gift vouchers, the Landelijke Opschoondag).

Judging rule (as the earlier sets): a message is relevant when a Woo officer would have to include
it to cover the request, also when it does not repeat the subject ("👍", "Staat", "Dank"); a voice
note inside a relevant exchange is relevant. Lines of a relevant chat about something else carry
no tag.

Counts (computed from CHATS with build.parse_script; the filler fills every chat to its stated
length): 53 chats of 15 to 200 messages, 3,215 messages (444 hand-written; 5 photos with text, 2
voice notes), 12 requests, 36 queries, 374 relevant messages, each relevant to one request, in 80
(chat, request) pairs; 47 chats relevant to a request, 6 to none, 11 to several. Relevant
messages (chats) per request: R1 35 (9), R2 31 (6), R3 30 (6), R4 31 (6), R5 30 (6), R6 31 (9),
R7 30 (7), R8 32 (7), R9 31 (7), R10 31 (5), R11 31 (7), R12 31 (5)."""

from .build import Chat, Request

REQUESTS = (
    Request(
        1,
        "Het zinkgat in de Zuiderstraat na een gesprongen waterleiding (augustus 2025): de afsluiting "
        "van de straat, de ontruimde woningen en de schade, het herstel en de kosten.",
        ("zinkgat", "zinkgat zuiderstraat", "gesprongen waterleiding"),
    ),
    Request(
        2,
        "De natuurijsbaan van IJsvereniging De Poolster in Nijeveen (winter 2025): het onder water "
        "zetten van het weiland, de opening, het ongeval met een schaatser en de subsidie voor "
        "verlichting.",
        ("ijsbaan", "natuurijsbaan nijeveen", "ijsvereniging subsidie"),
    ),
    Request(
        3,
        "Overlast van vossen in de wijk Nieuwveense Landen (2025): de meldingen van doodgebeten kippen, "
        "het advies van de faunabeheereenheid, een zieke vos en een vossenhol in een speeltuin.",
        ("vossen", "overlast vossen", "vos kippen"),
    ),
    Request(
        4,
        "De aanwijzing van de voormalige zuivelfabriek aan de Kaapweg als gemeentelijk monument (2025): "
        "de sloopmelding, het advies van de erfgoedcommissie, de zienswijze en het bezwaar van de "
        "eigenaar.",
        ("zuivelfabriek", "gemeentelijk monument", "monument zuivelfabriek"),
    ),
    Request(
        5,
        "Het uitlekken van de vertrouwelijke nota over de grondaankoop Blankenstein naar de Meppeler "
        "Courant (maart 2025): het onderzoek naar het lek, de uitkomst en de maatregelen.",
        ("vertrouwelijke nota gelekt", "lek meppeler courant", "uitgelekt"),
    ),
    Request(
        6,
        "Het ballonfestival Ballonfiësta Meppel (augustus 2025): de evenementenvergunning, de "
        "landingen van luchtballonnen in weilanden en de schade bij boeren.",
        ("ballonfestival", "luchtballon landing", "schade ballon boer"),
    ),
    Request(
        7,
        "Vrachtwagens die 's nachts parkeren op bedrijventerrein Oevers (2025): de overlast, het "
        "parkeerverbod en de handhaving, en de plannen voor een truckparking.",
        ("vrachtwagens oevers", "truckparking", "overnachtende chauffeurs"),
    ),
    Request(
        8,
        "Het wegslepen van voertuigen (2025): het nieuwe contract met het takelbedrijf, de kosten voor "
        "de eigenaren, het depot en de klachten over weggesleepte auto's.",
        ("wegslepen", "sleepdienst", "weggesleepte auto"),
    ),
    Request(
        9,
        "Het carillon in de toren van de Mariakerk (2025): de storing, de restauratie van de klokken, "
        "de kosten en de ingebruikname.",
        ("carillon", "carillon mariakerk", "klokken mariakerk"),
    ),
    Request(
        10,
        "Mantelzorgwoningen (2025): de aanvragen, de nieuwe beleidsregel en de geweigerde "
        "mantelzorgwoning in Broekhuizen met het bezwaar.",
        ("mantelzorgwoning", "mantelzorgwoning broekhuizen", "mantelzorgwoning bezwaar"),
    ),
    Request(
        11,
        "De bijna-verdrinking van een kind in openluchtbad Het Reestbad (juli 2025): het incident, het "
        "toezicht door de badmeesters, het onderzoek en de maatregelen.",
        ("bijna-verdrinking", "verdrinking zwembad", "toezicht reestbad"),
    ),
    Request(
        12,
        "De schoonmaak van het stadhuis door het nieuwe schoonmaakbedrijf (2025): de klachten, de "
        "boetes, het verbeterplan en de arbeidsvoorwaarden van de schoonmakers.",
        ("schoonmaak stadhuis", "schoonmaakbedrijf", "schoonmakers klachten"),
    ),
)

CHATS = (
    Chat(
        "Openbare orde en veiligheid",
        "veiligheid",
        "2025-01-06 08:40",
        ["Marieke Oosting", "Jeroen Dijkhuis", "Anouk Steenbergen", "Wouter Bleeker"],
        """
A: Evaluatie jaarwisseling: 3 containerbranden, verder rustig
B: Verslag gaat vrijdag naar de burgemeester
~ 2025-01-11
C: Ongeluk op de ijsbaan in Nijeveen: een schaatser is gevallen en ligt bewusteloos op het ijs, ambulance is er {2}
A: Wie is de organisator? {2}
C: IJsvereniging De Poolster. Er stond EHBO, die heeft goed gehandeld {2}
D: Man van 58, hoofdwond, naar Zwolle. Hij droeg geen helm {2}
~
A: Hoe is het met de schaatser? {2}
C: Stabiel, hersenschudding. De ijsclub vraagt of ze open mogen blijven {2}
A: Dat is aan hen, het is hun baan. Wel vragen hoe ze het toezicht regelen {2}
~ 2025-03-19
B: De Meppeler Courant citeert vandaag letterlijk uit de vertrouwelijke nota over de grondaankoop Blankenstein {5}
A: Die nota lag onder geheimhouding. Wie had hem? {5}
B: Het college, de raad en 6 ambtenaren. 31 mensen in totaal {5}
A: De burgemeester wil een onderzoek naar het lek {5}
~ 2025-05-08
D: Controle horeca Kerkplein: 2 waarschuwingen voor de sluitingstijd
~ 2025-07-02
C: Melding Reestbad: kind van 7 onder water gevonden, badmeester reanimeert, traumaheli geland op het veld {11}
A: Ik ga erheen {11}
D: Kind is bij, gaat met de heli naar Groningen {11}
C: Ouders zijn mee. De politie spreekt de badmeesters als getuigen {11}
~
A: Het jongetje maakt het goed, mag morgen naar huis {11}
B: De burgemeester wil weten hoeveel toezicht er was. 2 badmeesters op 900 bezoekers, klopt dat? {11}
C: Klopt, de derde had zich ziek gemeld {11}
~ 2025-08-19
D: Nachtelijke melding: waterleiding gesprongen in de Zuiderstraat, er ligt een zinkgat van 3 meter diep {1}
A: Mensen in gevaar? {1}
D: Een geparkeerde auto hangt half in het gat. Nummers 12 tot 18 zijn ontruimd, de brandweer is er {1}
C: De bewoners slapen bij familie, 2 gezinnen in het hotel aan de Kleine Oever {1}
~
A: Nummers 12 en 14 hebben scheuren in de voorgevel, de constructeur komt morgen {1}
~ 2025-08-23
C: Ballonfiësta: een ballon is in een weiland bij Rogat geland, vlak naast de koeien. De boer is woest {6}
A: Gewonden? {6}
C: Nee, wel een gebroken hek en 2 koeien los op de weg {6}
D: Politie heeft de weg even afgezet, de koeien staan weer binnen {6}
~ 2025-10-14
B: Het rapport over het lek is klaar: niet vast te stellen wie de nota heeft doorgegeven {5}
A: Had ik al verwacht {5}
~ 2025-11-04
D: Keurmerk Veilig Uitgaan is verlengd
A: Mooi
""",
        200,
    ),
    Chat(
        "Team vergunningen en erfgoed",
        "ruimte",
        "2025-01-07 08:15",
        ["Ellen Wubbels", "Frank Tuinstra", "Noor Hamidi", "Sjoerd Mulder"],
        """
A: Goedemorgen, de werkvoorraad staat in de planner
~ 2025-02-10
B: Sloopmelding binnen voor de oude zuivelfabriek aan de Kaapweg, inclusief de schoorsteen {4}
C: De Historische Vereniging belde net al: ze willen dat het een gemeentelijk monument wordt {4}
A: Dan eerst advies van de erfgoedcommissie. Tot die tijd geldt de voorbescherming {4}
~ 2025-02-24
D: Aanvraag mantelzorgwoning in Broekhuizen: een unit van 60 m2 voor de moeder, op het erf naast de boerderij {10}
A: Buiten het bouwvlak? {10}
D: Ja, en deels in het voorerf. Dan is het niet vergunningvrij {10}
A: Afwijken kan, maar niet in het voorerf {10}
~ 2025-03-10
C: Kapvergunning Noordeinde akkoord
~ 2025-04-14
B: Advies erfgoedcommissie: positief. De melkfabriek is een van de laatste in Zuidwest-Drenthe, de schoorsteen is beeldbepalend {4}
A: Dan een voornemen tot aanwijzing naar het college {4}
~ 2025-05-06
D: Ballonfiësta vraagt een evenementenvergunning, 30 ballonnen, startveld Stadsweiden, 22 tot 24 augustus {6}
B: Het vliegen valt niet onder ons, wel het terrein en het publiek {6}
D: Ze hebben een ontheffing van de ILT voor het opstijgen, die zit erbij {6}
~ 2025-05-20
C: Eigenaar van de zuivelfabriek dient een zienswijze in: hij wil 38 appartementen en de aanwijzing kost hem 1,5 miljoen {4}
A: Gesprek aanbieden. Misschien met behoud van alleen de voorgevel en de schoorsteen {4}
~ 2025-06-16
D: Mantelzorgwoningen dit jaar al 11 aanvragen, de meeste zijn vergunningvrij {10}
A: We moeten de beleidsregel bijwerken, er zijn veel vragen over het voorerf {10}
~ 2025-07-14
B: Evenementenvergunning Ballonfiesta verleend, met het voorschrift dat ze niet op de sportvelden landen {6}
~ 2025-08-04
C: Aanvraag omgevingsvergunning truckparking Blankenstein: 40 plekken met sanitair en hekwerk {7}
A: Past dat in het bestemmingsplan? {7}
C: Nee, afwijken. Maar het college wil het, na alle overlast op Oevers {7}
~ 2025-09-09
B: Besluit aanwijzing zuivelfabriek genomen. Voorgevel, machinehal en schoorsteen worden monument, de loodsen mogen weg {4}
~ 2025-09-22
D: Beleidsregel mantelzorgwoningen vastgesteld: maximaal 75 m2, alleen achter de voorgevel, met een verklaring van de wijkverpleging of de Wmo {10}
~ 2025-10-21
B: Bezwaar binnen van de eigenaar tegen de aanwijzing {4}
A: Naar de bezwaarcommissie {4}
~ 2025-11-11
C: Vergunning truckparking verleend, bouw in het voorjaar {7}
~ 2025-12-01
D: Jaarrapport vergunningen: 812 aanvragen, 94 procent op tijd
""",
        200,
    ),
    Chat(
        "Facilitair en P&O",
        "bedrijfsvoering",
        "2025-01-06 07:50",
        ["Ria Venema", "Koen Straatman", "Lisa Brands", "Tim de Haan"],
        """
A: Nieuwe sleutelpassen liggen bij de receptie
~ 2025-01-07
B: Tweede dag met Glansrijk: de toiletten op de 2e zijn niet schoongemaakt {12}
C: Ook de prullenbakken bij Burgerzaken zaten vol {12}
B: Ik bel hun objectleider {12}
~ 2025-01-21
D: Lekkage in het dak boven de kantine, er staat een emmer
A: Dakdekker komt morgen
~ 2025-02-04
B: 14 klachten over de schoonmaak in januari. De raadzaal was voor de raadsvergadering niet gestofzuigd {12}
A: Dat is een tekortkoming volgens het contract, ze krijgen een ingebrekestelling {12}
~ 2025-02-18
C: Een schoonmaakster vertelde me dat ze bij Glansrijk 2 uur minder krijgt voor hetzelfde werk {12}
B: Bij de overname moest het personeel dezelfde uren houden, dat staat in de cao {12}
A: Ik vraag het na bij hun directie {12}
~ 2025-03-20
D: Na het lek van de nota: vertrouwelijke stukken vanaf nu met een persoonlijk watermerk en alleen in de leeskamer {5}
A: En niet meer mailen {5}
D: Nee, alleen via de beveiligde omgeving {5}
~ 2025-03-25
B: Verbeterplan Glansrijk binnen: vaste ploeg, 1 extra schoonmaker en een dagelijkse controleronde {12}
~ 2025-05-13
C: Ziekteverzuim eerste kwartaal 4,8 procent
~ 2025-06-10
B: Schoonmaakmeting: de kwaliteit is van 61 naar 84 procent gegaan {12}
A: Nog niet de 90 uit het contract, maar het gaat de goede kant op {12}
~ 2025-09-16
B: Meting september: 91 procent. Geen boete meer {12}
~ 2025-10-07
C: Landelijke Opschoondag: 24 collega's gaan in de pauze zwerfafval prikken
""",
        200,
    ),
    Chat(
        "Verkeer en parkeren",
        "openbare_ruimte",
        "2025-01-08 08:30",
        ["Arjen Kuipers", "Sabine Lok", "Hidde Wessels", "Monique ter Horst"],
        """
A: Verkeerstellingen Stationsweg staan in de map
~ 2025-01-28
B: Nieuw contract voor het wegslepen gegund aan Takelbedrijf Hoekman, vanaf 1 maart {8}
C: Wat kost het de eigenaar? {8}
B: 295 euro voor het slepen en 25 euro per dag stalling in hun depot aan de Industrieweg {8}
~ 2025-03-13
D: Vrachtwagens op Oevers: elke nacht staan er 30 tot 40 trucks langs de Mercuriusweg {7}
A: Waar moeten ze anders heen? De dichtstbijzijnde truckstop is bij Hoogeveen {7}
D: Klopt, maar de bedrijven kunnen hun uitritten niet meer uit {7}
~ 2025-04-24
A: Voorstel: parkeerverbod voor vrachtauto's op Oevers van 20 tot 7 uur, en op zoek naar een plek voor een truckparking {7}
~ 2025-04-28
C: Koningsdag: 11 auto's weggesleept van de Markt en de Hoofdstraat {8}
B: 3 mensen zeggen dat de borden er pas 's ochtends stonden {8}
C: Ze stonden er 48 uur van tevoren, er zijn foto's {8}
~ 2025-06-17
B: Bevoorrading binnenstad: 2 ontheffingen voor de venstertijden verleend
~ 2025-08-19
D: Zuiderstraat dicht vanwege het zinkgat. Omleiding via de Wilhelminalaan {1}
A: Buslijn 20 rijdt om, met de vervoerder geregeld {1}
~ 2025-09-12
D: Zuiderstraat is weer open {1}
~ 2025-10-02
B: Kermis: een auto weggesleept van een gehandicaptenparkeerplaats, maar de kaart lag achter de zonneklep {8}
A: Dan krijgt de eigenaar de kosten terug {8}
~ 2025-10-28
A: Kruispunt Eendrachtsweg: de verkeerslichten krijgen een nieuwe afstelling
""",
        200,
    ),
    Chat(
        "Buitendienst",
        "openbare_ruimte",
        "2025-01-06 06:45",
        ["Gerrit Stoker", "Bennie Huisjes", "Jan-Willem Prins", "Ruud Veldkamp"],
        """
A: Strooien vannacht, route 1 en 3
B: Ik rij
~ 2025-01-07
C: De ijsclub in Nijeveen vraagt of ze de pomp van de werf mogen lenen, om het land onder water te zetten {2}
A: Kan, als ze hem donderdag terugbrengen {2}
~ 2025-01-09
C: Pomp weer terug. Het ijs is al 6 centimeter {2}
~ 2025-02-17
D: Lekkende waterleiding bij de kraan in de kantine, ik heb de hoofdkraan dicht gedraaid
A: Loodgieter is gebeld
~ 2025-05-26
B: Vossehol onder de glijbaan in de speeltuin aan de Veenhof, met jongen {3}
A: Niet dichtgooien, eerst vragen wat mag. Lint eromheen {3}
~ 2025-06-16
B: De vossen zijn uit het hol, het gat is dichtgemaakt {3}
~ 2025-08-19
A: Iedereen die kan naar de Zuiderstraat: hekken en zandzakken, er ligt een gat in de weg {1}
D: Met de kraan van Kroeze staan we er om 6 uur {1}
~
D: Het waterbedrijf heeft de leiding afgesloten, het gat is gevuld met zand {1}
~ 2025-08-26
C: Startveld van de ballonnen op de Stadsweiden: 8 gaten in het gras en sporen van de volgwagens {6}
A: Foto's maken, de stichting betaalt het herstel {6}
~ 2025-10-06
C: Bladkorven gaan de wijk in
D: Ik rij vrijdag de eerste ronde
~ 2025-11-18
B: Zoutsilo gevuld, 400 ton
A: Mooi op tijd
""",
        200,
    ),
    Chat(
        "Handhaving",
        "veiligheid",
        "2025-01-07 07:10",
        ["Marco Zwart", "Priya Sewdien", "Bas Lubbers"],
        """
A: Rooster februari staat
~ 2025-03-04
B: Eerste week met de nieuwe sleepdienst: 2 keer binnen 20 minuten ter plaatse {8}
A: Beter dan de vorige {8}
~ 2025-03-18
C: Nacht op Oevers: 37 vrachtwagens, chauffeurs koken op de stoep en er ligt afval en poep in de berm {7}
A: Aanspreken, meer kunnen we nog niet. Er is geen verbod {7}
~ 2025-06-02
C: Verbod voor vrachtauto's op Oevers gaat vandaag in, borden staan {7}
B: Eerste week waarschuwen, daarna bekeuren {7}
~ 2025-06-12
C: 9 bekeuringen vannacht. De meeste chauffeurs zijn doorgereden naar Staphorst {7}
~ 2025-07-24
B: Fout geparkeerde auto voor de uitgang van de brandweerkazerne, sleepdienst gebeld {8}
A: Goed, daar hebben we ze voor {8}
~ 2025-09-30
B: Controle hondenpoep Wilhelminapark, 3 waarschuwingen
C: Fatbikes bij het station: 2 bekeuringen
""",
        160,
    ),
    Chat(
        "Sport en recreatie",
        "samenleving",
        "2025-01-06 09:00",
        ["Hanneke Bruins", "Thijs Roelofs", "Fleur Jansma"],
        """
A: Subsidieaanvragen sportverenigingen moeten voor 1 maart binnen
~ 2025-01-07
B: IJsvereniging De Poolster zet vandaag het weiland onder water, als de vorst doorzet gaan ze vrijdag open {2}
A: Leuk, dat is jaren geleden {2}
~ 2025-01-13
B: 2.100 schaatsers op de Poolster dit weekend. Wel een ongeluk zaterdag {2}
~ 2025-02-03
C: De Poolster vraagt 4.500 euro voor led-verlichting, dan kunnen ze ook 's avonds open {2}
A: Uit de sportsubsidie, als ze de helft zelf ophalen {2}
~ 2025-04-15
C: Het Reestbad opent 1 mei, de badmeesters zijn geworven. Zwemles voor 2 groepen
~ 2025-06-02
B: Sportakkoord: 6 nieuwe aanvragen voor beweegactiviteiten
~ 2025-07-03
A: Na gisteren: het Reestbad wil polsbandjes voor kinderen zonder zwemdiploma en een derde badmeester op warme dagen {11}
B: Wie betaalt die derde? {11}
A: Ze vragen 12.000 extra subsidie voor dit seizoen {11}
~ 2025-07-21
B: Gekeken in het Reestbad: de uitkijkstoel bij het diepe is verplaatst, nu zicht op de hele bodem {11}
~ 2025-09-08
A: Rapport van het onderzoek naar de bijna-verdrinking: te weinig toezicht, het duurde 2 minuten voor iemand het zag {11}
C: Dan moeten de normen in de subsidievoorwaarden {11}
~ 2025-10-20
C: Sportgala op 14 november, de nominaties zijn binnen
""",
        200,
    ),
    Chat(
        "Kabinet burgemeester",
        "bestuur",
        "2025-01-09 09:10",
        ["Lotte Hiemstra", "Burgemeester Hanna Bouwhuis", "Gijs Lammerts"],
        """
A: Agenda week 2 staat klaar
~ 2025-03-19
C: Het artikel in de Meppeler Courant met de prijs van de grond: de raad wil weten hoe de krant aan de stukken kwam {5}
B: Ik laat het uitzoeken door een extern bureau. Geen heksenjacht, wel een onderzoek {5}
A: Aangifte wegens schending van het ambtsgeheim? {5}
B: Eerst het onderzoek {5}
~ 2025-03-26
C: Bureau Integis begint maandag, ze willen 20 mensen spreken {5}
~ 2025-06-18
A: De beiaardier vraagt of u de klokken op 2 juli wilt uitluiden voor ze naar de gieterij gaan {9}
B: Graag {9}
~ 2025-07-03
B: Ik wil vandaag naar het Reestbad, en de ouders van het jongetje bellen {11}
A: De ouders willen geen bezoek, wel een telefoontje. Het nummer ligt bij de politie {11}
~ 2025-08-20
A: Bewoners Zuiderstraat vragen een gesprek, ze voelen zich in de steek gelaten {1}
B: Morgenavond in het buurthuis, met het waterbedrijf erbij {1}
~ 2025-09-02
C: Het voorstel om de zuivelfabriek aan te wijzen staat op de collegeagenda van 9 september {4}
B: Ik wil dat de eigenaar vooraf hoort wat we besluiten {4}
~ 2025-10-15
B: Het rapport over het lek gaat naar de raad, met de maatregelen {5}
C: Brief is klaar {5}
~ 2025-12-10
A: Het concert bij de ingebruikname van het carillon is zaterdag om 15 uur, u spreekt 5 minuten {9}
B: Mooi, ik ben er {9}
~ 2025-12-22
A: Lintjesregen: 5 voordrachten binnen
""",
        200,
    ),
    Chat(
        "Communicatie",
        "bestuur",
        "2025-01-15 08:00",
        ["Tessa Bloemert", "Rick Lanting", "Femke Smeding", "Yusuf Aydin"],
        """
A: Persberichten van deze week staan in de planning
~ 2025-03-19
B: Drie journalisten bellen over het uitgelekte stuk {5}
A: Wij reageren niet op de inhoud van vertrouwelijke stukken, dat is de lijn {5}
~ 2025-03-28
C: Het carilon van de Mariakerk speelt al een week niet, mensen vragen wat er is {9}
D: De speeltrommel is kapot en 4 klepels hangen los. Ik zet een bericht op de site {9}
~ 2025-05-15
C: Bewoners van Nieuwveense Landen delen foto's van een vos in de tuin, met doodgebeten kippen {3}
A: Tips op de site: kippen 's nachts in een dicht hok, geen kattenvoer buiten, afval in de container {3}
D: En dat je een vos in de wijk niet mag afschieten, dat vragen ze {3}
~ 2025-06-04
C: Update voor Nieuwveense Landen: de vos met schurft is gevangen {3}
A: Zet erbij dat de andere vossen gezond zijn en met rust gelaten worden {3}
~ 2025-07-03
B: Persvragen over het Reestbad: we verwijzen naar de politie en zeggen dat het kind thuis is {11}
A: En dat er een onderzoek komt naar het toezicht {11}
~ 2025-08-19
B: Bericht over het zinkgat en de afsluiting van de Zuiderstraat staat online {1}
D: Bewonersbrief voor de omliggende straten gaat vandaag de bus in {1}
~ 2025-08-22
C: De Ballonfiësta begint vanavond, wij posten de livestream van de start {6}
~ 2025-10-01
B: Vragen over de tarieven van het wegslepen, kan het in de rubriek Vraag en antwoord? {8}
A: Ja, met een link naar het depot {8}
~ 2025-11-12
A: Nieuwe huisstijlposters hangen
~ 2025-12-14
D: Het filmpje van het carillonconcert heeft 12.000 views {9}
A: 🎶 {9}
""",
        200,
    ),
    Chat(
        "Financiën en subsidies",
        "bedrijfsvoering",
        "2025-01-08 10:00",
        ["Jacqueline Bos", "Marcel Eshuis", "Nina Kloosterman"],
        """
A: Jaarrekening: deadline voor de stukken is 15 februari
~ 2025-02-12
B: Subsidie De Poolster voor verlichting: 2.250 toegekend, de andere helft halen ze op met crowdfunding {2}
~ 2025-04-08
C: Boete voor Glansrijk over januari en februari: 6.400 euro ingehouden op de factuur {12}
A: Staat dat in het contract? {12}
C: Artikel 14, bij een meting onder de 75 procent {12}
~ 2025-05-27
B: Restauratie carillon: offerte van klokkengieterij Hoving 138.000, de provincie geeft 50.000 {9}
A: De rest uit het onderhoudsfonds van de toren {9}
~ 2025-07-15
C: Extra subsidie Reestbad 12.000 voor een derde badmeester, akkoord van het college {11}
~ 2025-07-29
B: Ballonfiësta: 5.000 evenementensubsidie toegekend, eenmalig voor de eerste editie {6}
A: 👍 {6}
~ 2025-09-23
B: Zinkgat Zuiderstraat: wij hebben 86.000 gemaakt voor de weg en het riool. Het waterbedrijf erkent aansprakelijkheid {1}
A: Factuur sturen {1}
~ 2025-10-30
A: Begroting 2026 is vastgesteld
C: Met 1 amendement over de ozb
""",
        200,
    ),
    Chat(
        "Wonen en Wmo",
        "samenleving",
        "2025-01-13 09:30",
        ["Annelies Wolters", "Joost Brinkhuis", "Floor Nieuwenhuis"],
        """
A: Jaarverslagen van de woningcorporaties staan in de map
~ 2025-02-25
B: Familie Lamberink in Broekhuizen wil een zorgwoning voor hun moeder op het erf, kunnen wij een mantelzorgverklaring geven? {10}
C: De wijkverpleging kan dat beter, maar wij kunnen bevestigen dat ze zorg nodig heeft {10}
~ 2025-03-17
A: Mantelzorgwaardering: de cadeaubonnen zijn besteld
~ 2025-04-22
B: De aanvraag in Broekhuizen is afgewezen, de unit stond te dicht bij de weg {10}
C: Ze gaan in bezwaar. Moeder kan nu nergens heen {10}
A: Kan ze tijdelijk bij hen inwonen? Wel even de gevolgen voor de AOW uitzoeken {10}
~ 2025-07-08
C: Bezwaarcommissie: de unit mag op een andere plek op het erf, achter de schuur {10}
B: 🙏 {10}
~ 2025-09-23
A: Met de nieuwe beleidsregel voor mantelzorgwoningen geven wij voortaan zelf de zorgverklaring af {10}
B: Scheelt de mensen een hoop gedoe {10}
~ 2025-09-30
A: Dag van de mantelzorg: 120 aanmeldingen voor de lunch
""",
        160,
    ),
    Chat(
        "Economische zaken",
        "economie",
        "2025-01-09 09:00",
        ["Roel Wessing", "Sandra Eefting", "Ilse Dekker"],
        """
A: Nieuwjaarsbijeenkomst ondernemers op 23 januari, de uitnodiging is eruit
~ 2025-03-14
B: Ondernemersvereniging Oevers dreigt met een brief aan de raad over de trucks langs de weg {7}
A: Ze hebben gelijk. Ik nodig ze uit, met verkeer erbij {7}
~ 2025-04-02
C: Bakkerij De Vos vraagt een terras op het Kerkplein
A: Past, doorsturen naar vergunningen
~ 2025-05-12
B: De eigenaar van de zuivelfabriek belt: met het monument haalt hij zijn appartementen niet {4}
A: Ik zoek mee naar een oplossing, een deel kan in de machinehal {4}
~ 2025-06-05
C: Marktkooplui klagen over het wegslepen van hun busjes op marktdag {8}
A: Die stonden op de laad- en losplek van de winkels, dat mag niet {8}
~ 2025-08-25
C: Ballonfiësta: 18.000 bezoekers, de horeca was blij {6}
B: Alleen de boeren niet {6}
~ 2025-10-02
C: Leegstand binnenstad: 2 pop-upwinkels aangevraagd
""",
        160,
    ),
    Chat(
        "Zuiderstraat 14",
        "ruimte",
        "2025-08-20 09:00",
        ["Noor Hamidi", "Henk Spijkerman"],
        """
B: Mevrouw Hamidi, wanneer mogen we terug in ons huis? {1}
A: Als de constructeur zegt dat de voorgevel veilig is. Hij komt morgen {1}
B: Onze auto stond voor de deur, die is total loss {1}
A: Dat kunt u bij het waterbedrijf claimen, ik stuur u het formulier {1}
~ 2025-08-28
A: De constructeur geeft akkoord, u kunt vanaf morgen terug {1}
B: Eindelijk 🙏 {1}
""",
        30,
    ),
    Chat(
        "Herstel Zuiderstraat",
        "openbare_ruimte",
        "2025-08-21 07:00",
        ["Ruud Veldkamp", "Erik Kroeze"],
        """
A: Erik, hoe lang duurt het herstel? {1}
B: Het waterbedrijf legt eerst een nieuwe leiding, daarna doen wij de fundering en de bestrating. 3 weken {1}
A: En het riool? Dat is ondergespoeld {1}
B: 20 meter riool vervangen, dat zit in de prijs {1}
~ 2025-09-11
B: PHOTO "Kroeze Infra - Herstel Zuiderstraat - weg afgesloten tot 12 september - excuses voor het ongemak" {1}
A: Mooi, morgen open dan {1}
""",
        30,
    ),
    Chat(
        "Waterbedrijf",
        "ruimte",
        "2025-08-19 10:00",
        ["Ellen Wubbels", "Marloes Tijhuis"],
        """
A: Marloes, wat is er gebeurd met de leiding in de Zuiderstraat? {1}
B: Een gietijzeren hoofdleiding uit 1958 is gebroken. Het water heeft het zand onder de weg weggespoeld {1}
A: Liggen er meer van die leidingen? {1}
B: In de hele Zuiderwijk, de WMD wil ze in 2027 vervangen {1}
A: Kan dat eerder? Bewoners zijn bang {1}
B: Ik neem het mee naar ons MT {1}
""",
        20,
    ),
    Chat(
        "Gat fietspad",
        "openbare_ruimte",
        "2025-03-11 09:00",
        ["Yara Doornbos", "Gerrit Stoker"],
        """
A: Melding: gat in het fietspad langs de Hoogeveenseweg, een fietser is gevallen
B: Een boomwortel heeft de tegels omhoog gedrukt, het is eerder een bult
A: Wanneer wordt het gemaakt?
B: Morgen, ik zet er nu een pion bij
~
B: Gerepareerd
""",
        20,
    ),
    Chat(
        "IJsbaan Nijeveen",
        "samenleving",
        "2025-01-06 10:00",
        ["Thijs Roelofs", "Gerard Mulderij"],
        """
B: Thijs, de vorst komt eraan. Mogen we het weiland aan de Dorpsstraat weer onder water zetten? {2}
A: Het is jullie huurland, als het waterschap akkoord is met het water uit de sloot {2}
B: Die hebben we gebeld, mag {2}
~ 2025-01-10
B: PHOTO "IJsvereniging De Poolster - IJsbaan open - ijsdikte 9 cm - schaatsen op eigen risico - toegang 2 euro" {2}
A: Geweldig, ik kom morgen met de kinderen {2}
~ 2025-01-12
B: AUDIO {2}
B: Kort samengevat: de gevallen man herstelt. We zetten voortaan iemand met een hesje op de baan {2}
A: Goed plan {2}
~ 2025-01-16
B: Het dooit, de baan is dicht. 5 dagen open, 3.800 bezoekers {2}
""",
        30,
    ),
    Chat(
        "Schaatsongeval",
        "veiligheid",
        "2025-01-12 09:00",
        ["Marieke Oosting", "Gerard Mulderij"],
        """
A: Meneer Mulderij, wat is er gisteren precies gebeurd? {2}
B: Een man reed over een scheur in het ijs en viel achterover. Onze EHBO'er was er binnen een minuut {2}
A: Met hoeveel mensen hield u toezicht? {2}
B: 4 vrijwilligers op 1.200 schaatsers. Te weinig, dat weten we {2}
A: Zijn jullie verzekerd? {2}
B: Ja, via de KNSB {2}
""",
        20,
    ),
    Chat(
        "IJscokar",
        "economie",
        "2025-04-07 10:00",
        ["Ilse Dekker", "Mario Bertolini"],
        """
B: Mag ik met mijn ijscokar weer in het Wilhelminapark staan deze zomer?
A: Ja, de standplaats bij de vijver is vrij, van mei tot september
B: Met een aggregaat?
A: Nee, dat geeft te veel lawaai. Een accu mag
""",
        20,
    ),
    Chat(
        "Vos Nieuwveense Landen",
        "dienstverlening",
        "2025-04-22 09:00",
        ["Yara Doornbos", "Lieke Achterberg"],
        """
A: Derde melding deze week: een vos heeft kippen doodgebeten in Nieuwveense Landen {3}
B: Er zit een vossenpaar in de groenstrook langs de wijk, met jongen {3}
A: Wat zeg ik tegen die mensen? {3}
B: Kippen 's nachts in een dicht hok met gaas in de grond. Wij mogen de vos niet doden {3}
~ 2025-05-19
A: Nu vraagt iemand of hij hem zelf mag vangen met een kooi {3}
B: Nee, de vos is beschermd. Alleen met een ontheffing van de provincie {3}
""",
        30,
    ),
    Chat(
        "Faunabeheer",
        "ruimte",
        "2025-05-20 10:00",
        ["Lieke Achterberg", "Harm Bijl"],
        """
A: Harm, we hebben 23 meldingen over vossen in een nieuwbouwwijk. Wat is het advies van de FBE? {3}
B: In de bebouwde kom schieten we niet. Voer weghalen, hokken dicht {3}
A: Een bewoner zag er een met kale plekken {3}
B: Dat is schurft. Dan de dierenambulance bellen, die vangt hem {3}
~ 2025-06-03
A: De zieke vos is gevangen en ingeslapen {3}
B: Goed. De andere 2 laten we met rust {3}
""",
        30,
    ),
    Chat(
        "Kippen Veenhof",
        "dienstverlening",
        "2025-05-14 19:00",
        ["Yara Doornbos", "Mirjam Pool"],
        """
B: Alle 6 kippen dood, het hok was gewoon dicht {3}
A: Wat vervelend. Zat er gaas onder het hok? {3}
B: Nee, hij heeft zich eronder door gegraven {3}
A: Dan gaas 40 cm de grond in, dat is het advies {3}
B: 👍 Nieuwe kippen komen pas als dat er zit {3}
""",
        15,
    ),
    Chat(
        "Hol speeltuin",
        "openbare_ruimte",
        "2025-05-26 10:00",
        ["Bennie Huisjes", "Lieke Achterberg"],
        """
A: Lieke, dat hol onder de glijbaan aan de Veenhof, mogen we het dichtmaken? {3}
B: Niet nu, er zitten jongen. Over 3 weken zijn ze weg {3}
A: En de kinderen die er spelen? {3}
B: Speeltuin afsluiten tot dan, met een bordje {3}
~ 2025-06-16
A: Hol leeg, dichtgestort met zand en puin {3}
""",
        20,
    ),
    Chat(
        "Fietsenwinkel De Vos",
        "economie",
        "2025-05-06 10:00",
        ["Roel Wessing", "Jeroen de Vos"],
        """
B: Roel, kunnen er fietsrekken voor mijn winkel in de Woldstraat? Mensen zetten hun fiets tegen de etalage
A: Op de stoep is weinig ruimte, maar 4 nietjes kunnen
B: Top
A: Ik geef het door aan de buitendienst
""",
        20,
    ),
    Chat(
        "Zuivelfabriek",
        "ruimte",
        "2025-02-10 13:00",
        ["Frank Tuinstra", "Wim Hooghiemstra"],
        """
B: Frank, de melkfabriek aan de Kaapweg mag niet gesloopt worden. Het is de laatste van zijn soort hier {4}
A: Wij vragen advies aan de erfgoedcommissie. Kunt u de geschiedenis op papier zetten? {4}
B: Gebouwd in 1911, in 1968 dicht. De schoorsteen is 32 meter {4}
~ 2025-02-20
B: Stuk gestuurd, met foto's uit het archief {4}
A: Dank, gaat mee naar de commissie {4}
~ 2025-09-10
B: Gelezen in de krant: het is een monument! 🎉 {4}
A: Voor een deel, de loodsen erachter mogen weg {4}
""",
        30,
    ),
    Chat(
        "Erfgoedcommissie",
        "ruimte",
        "2025-03-20 10:00",
        ["Frank Tuinstra", "Carolien Dijkman"],
        """
A: Carolien, staat de Kaapweg op jullie agenda van april? {4}
B: Ja. We willen het eerst van binnen zien, kan dat? {4}
A: De eigenaar werkt niet mee, alleen van buiten {4}
~ 2025-04-11
B: Advies is klaar: voorgevel, machinehal en schoorsteen hebben hoge waarde, de loodsen niet {4}
A: Dan schrijf ik de redengevende omschrijving {4}
""",
        20,
    ),
    Chat(
        "Eigenaar Kaapweg",
        "ruimte",
        "2025-05-21 10:00",
        ["Ellen Wubbels", "Ronald Brouwer"],
        """
B: Ik heb die fabriek gekocht om woningen te bouwen, niet voor een museum {4}
A: Dat begrijp ik. Het college wil meedenken, appartementen in de machinehal kunnen ook {4}
B: De schoorsteen moet ik dan ook onderhouden, dat zijn tienduizenden euro's {4}
A: Voor gemeentelijke monumenten is er een onderhoudssubsidie {4}
~ 2025-10-20
B: Ik ga in bezwaar, mijn advocaat stuurt het vandaag {4}
""",
        30,
    ),
    Chat(
        "4 mei",
        "bestuur",
        "2025-04-29 10:00",
        ["Lotte Hiemstra", "Kees Wijnberg"],
        """
A: Kees, de kransen voor het monument op 4 mei zijn besteld?
B: 3 kransen, voor de gemeente, de raad en het comité
A: En het bloemstuk van de scholen?
B: Komt van de bloemist aan de Kerkstraat
""",
        20,
    ),
    Chat(
        "Onderzoek lek",
        "bestuur",
        "2025-03-27 09:00",
        ["Gijs Lammerts", "Pauline Verschoor"],
        """
B: Gijs, we willen de lijst van iedereen die de nota heeft ontvangen, met de datum {5}
A: Stuur ik vandaag. Ook wie hem in de leeskamer heeft ingezien {5}
B: En de logbestanden van het raadsinformatiesysteem {5}
A: Vraag ik aan ICT {5}
~
A: Staat in de beveiligde map, 19 downloads in het log {5}
~ 2025-05-06
B: 22 gesprekken gevoerd. Er zijn 2 kopieën op papier gemaakt, onduidelijk door wie {5}
~ 2025-10-13
B: Eindrapport gestuurd. De bron is niet gevonden, wel 6 aanbevelingen {5}
A: Dank {5}
""",
        30,
    ),
    Chat(
        "Meppeler Courant",
        "bestuur",
        "2025-03-19 11:00",
        ["Rick Lanting", "Dirk-Jan Hovinga"],
        """
B: Rick, reageert de gemeente op ons stuk over de grondprijs? {5}
A: Nee, wij doen geen uitspraken over vertrouwelijke informatie {5}
B: Wordt er gezocht naar onze bron? {5}
A: De burgemeester laat onderzoeken hoe het stuk naar buiten kwam, dat staat in de brief aan de raad {5}
""",
        15,
    ),
    Chat(
        "Ballonfiësta",
        "economie",
        "2025-04-14 10:00",
        ["Sandra Eefting", "Koos Middelkamp"],
        """
B: Sandra, we willen in augustus 3 dagen ballonvaren vanaf de Stadsweiden, met markt en muziek {6}
A: Leuk! Vraag de vergunning op tijd aan, het terrein is ook van de kermis {6}
B: 28 ballonnen, ook uit België en Duitsland {6}
~ 2025-08-25
B: Wat een feest. Maar 3 landingen in de maïs, daar hoor je vast nog van {6}
A: Al gehoord 😬 {6}
B: Onze verzekering betaalt, de boeren kunnen ons rechtstreeks mailen {6}
""",
        30,
    ),
    Chat(
        "Boer Rogat",
        "economie",
        "2025-08-24 09:00",
        ["Sandra Eefting", "Albert Nijenhuis"],
        """
B: Er is gisteren een luchtballon in mijn weiland geland, midden tussen de koeien {6}
B: AUDIO {6}
A: Wat vervelend, zijn de koeien in orde? {6}
B: 2 koeien door het hek, 1 met een snee in de poot. En de volgwagen reed dwars door het gras {6}
A: De organisatie vergoedt de schade, ik stuur u het mailadres {6}
~ 2025-09-04
B: Geld is binnen. Maar volgend jaar wil ik er geen meer zien {6}
""",
        20,
    ),
    Chat(
        "Landingsplaatsen",
        "ruimte",
        "2025-07-01 10:00",
        ["Ellen Wubbels", "Koos Middelkamp"],
        """
A: Koos, in de vergunning komt dat jullie niet op de sportvelden en niet in de maïs landen {6}
B: Bij veel wind is dat lastig, maar we doen ons best. We hebben een lijst met boeren die het goed vinden {6}
A: Graag die lijst meesturen {6}
~
B: Gestuurd, 14 boeren {6}
""",
        15,
    ),
    Chat(
        "Ballonnen speeltuin",
        "samenleving",
        "2025-06-11 14:00",
        ["Fleur Jansma", "Mirjam de Lange"],
        """
B: Bij de opening van de nieuwe speeltuin willen de kinderen ballonnen oplaten
A: Liever niet, die ballonnen komen als zwerfafval in de sloot en bij de dieren terecht
B: Bellenblaas dan?
A: Perfect, dat betalen wij
""",
        20,
    ),
    Chat(
        "Oevers vrachtwagens",
        "economie",
        "2025-03-14 11:00",
        ["Roel Wessing", "Hennie Krol"],
        """
B: Roel, elke ochtend staan er trucks voor onze poort. Mijn eigen wagens kunnen er niet uit {7}
A: Hoeveel nachten per week? {7}
B: Van zondag tot donderdag. En ze laten alles achter, flessen met plas incluis {7}
A: Ik ga met verkeer en handhaving om tafel {7}
~ 2025-06-02
B: PHOTO "Verbod voor vrachtauto's van 20.00 tot 07.00 uur - bedrijventerrein Oevers - Gemeente Meppel" {7}
A: Staat er 👍 {7}
~ 2025-06-16
B: Het is veel rustiger. Maar een deel staat nu aan de Blankensteinweg {7}
""",
        30,
    ),
    Chat(
        "Chauffeur",
        "veiligheid",
        "2025-06-10 22:30",
        ["Priya Sewdien", "Bas Lubbers"],
        """
A: Chauffeur uit Litouwen zegt dat zijn rijtijd op is, hij mag niet verder rijden {7}
B: Dan een waarschuwing, geen bekeuring. Zijn rusttijd gaat voor {7}
A: Hij vraagt waar hij wel mag staan {7}
B: Het tankstation aan de A28, 10 minuten rijden {7}
""",
        15,
    ),
    Chat(
        "Truckparking",
        "ruimte",
        "2025-07-07 10:00",
        ["Arjen Kuipers", "Noor Hamidi"],
        """
A: Noor, voor de truckparking op Blankenstein: hoeveel plekken kunnen er op het kavel? {7}
B: 40 voor combinaties, plus een toiletgebouw {7}
A: De provincie betaalt mee uit het geld voor veilig stallen van vrachtwagens {7}
B: Dan doe ik de aanvraag voor augustus {7}
""",
        20,
    ),
    Chat(
        "Weggesleept",
        "dienstverlening",
        "2025-04-28 10:00",
        ["Yara Doornbos", "Bas Lubbers"],
        """
A: Mevrouw belt boos: auto weg van de Hoofdstraat, ze stond er al sinds vrijdag {8}
B: Koningsdag, er stonden borden. Ze kan hem ophalen bij het depot aan de Industrieweg {8}
A: Ze vindt 345 euro veel {8}
B: 295 slepen plus 2 dagen stalling. Bezwaar kan bij de gemeente {8}
B: PHOTO "Uw voertuig is weggesleept - af te halen bij Takelbedrijf Hoekman, Industrieweg 40 - tel. 0522 23 81 90" {8}
B: Dit hing op de plek {8}
""",
        20,
    ),
    Chat(
        "Depot Hoekman",
        "openbare_ruimte",
        "2025-03-03 08:00",
        ["Sabine Lok", "Gert Hoekman"],
        """
B: Sabine, vandaag de eerste dag. Hoe krijg ik de opdrachten? {8}
A: De boa belt je direct, en mailt de opdracht met een foto {8}
B: Depot is open van 8 tot 20 uur, daarbuiten 50 euro extra {8}
A: Staat in het contract 👍 {8}
~ 2025-10-03
A: De auto met de gehandicaptenkaart van gisteren: de eigenaar krijgt alles terug, de factuur kan naar ons {8}
B: Oké, ik pas het aan {8}
""",
        30,
    ),
    Chat(
        "Gehandicaptenkaart",
        "dienstverlening",
        "2025-10-02 16:00",
        ["Yara Doornbos", "Sabine Lok"],
        """
A: Meneer met een gehandicaptenparkeerkaart is weggesleept bij de kermis, de kaart lag er wel {8}
B: De boa heeft hem niet gezien, hij lag achter de zonneklep {8}
A: Hij is slecht ter been en moest met een taxi naar het depot {8}
B: Dan vergoeden we ook de taxi. Excuses namens ons {8}
""",
        15,
    ),
    Chat(
        "Beiaardier",
        "samenleving",
        "2025-03-24 10:00",
        ["Annemiek Postma", "Anne-Wil Kroes"],
        """
B: Annemiek, het carillon doet het niet meer. De speeltrommel slaat over en 4 klepels zitten los {9}
A: Schrik. Kan het gerepareerd worden? {9}
B: Niet door mij. Er moet een klokkengieter naar kijken {9}
A: Ik vraag een offerte {9}
~ 2025-07-02
B: PHOTO "Het carillon zwijgt - de klokken zijn voor restauratie naar de klokkengieterij - terug in december 2025" {9}
A: Mooi bordje. Hangt het bij de toren? {9}
B: Op de deur van de Mariakerk {9}
""",
        30,
    ),
    Chat(
        "Klokken",
        "samenleving",
        "2025-04-10 10:00",
        ["Annemiek Postma", "Bert Hoving"],
        """
A: Meneer Hoving, wat komt er uit de inspectie van de klokken in de toren? {9}
B: 12 van de 49 klokken hebben een scheur of een versleten slagplek, de speeltrommel is uit 1953 {9}
A: Wat kost het? {9}
B: 138.000, met een nieuw klavier en een computergestuurd uurwerk {9}
~ 2025-11-20
B: Alle klokken hangen weer, volgende week stemmen we het klokkenspel {9}
A: Fantastisch {9}
""",
        30,
    ),
    Chat(
        "Geen muziek toren",
        "dienstverlening",
        "2025-04-02 11:00",
        ["Yara Doornbos", "Annemiek Postma"],
        """
A: Al de vierde die belt: waarom speelt de toren geen muziekjes meer? {9}
B: Het carillon is stuk en wordt gerestaureerd. Het bericht staat op de site {9}
A: Die meneer vroeg of het voor de Jaarmarkt weer werkt {9}
B: Nee, pas in december {9}
""",
        15,
    ),
    Chat(
        "Uitluiden",
        "bestuur",
        "2025-06-30 10:00",
        ["Lotte Hiemstra", "Anne-Wil Kroes"],
        """
B: Woensdag om 10 uur speel ik nog één keer, daarna gaan de klokken eruit {9}
A: De burgemeester komt, ze wil iets zeggen {9}
~ 2025-07-02
B: Wat een mensen! De hijskraan staat klaar {9}
A: 👏 {9}
""",
        15,
    ),
    Chat(
        "Kerkklokken Oosterkerk",
        "dienstverlening",
        "2025-09-15 10:00",
        ["Yara Doornbos", "Annemiek Postma"],
        """
A: Klacht van een bewoner: de klokken van de Oosterkerk luiden op zondag om 7 uur en dat is te vroeg
B: Luiden voor de kerkdienst mag, dat is vrijgesteld in de wet
A: Wat zeg ik hem?
B: Dat we het aan de kerk vragen, misschien kan het een half uur later
""",
        20,
    ),
    Chat(
        "Mantelzorgwoning Broekhuizen",
        "ruimte",
        "2025-02-20 14:00",
        ["Sjoerd Mulder", "Hilde Lamberink"],
        """
B: Mijn moeder is 86 en kan niet meer alleen wonen. Mogen we een unit bij ons op het erf zetten? {10}
A: Dat kan vaak zonder vergunning, als hij in het achtererf staat {10}
B: Achter ligt het weiland van de buurman, we willen hem naast het huis {10}
A: Dan is het een aanvraag. Stuur een tekening mee {10}
~ 2025-04-23
B: Afgewezen! Waar moet ze nu heen? {10}
A: Ik begrijp dat het hard aankomt. U kunt bezwaar maken, en ik denk mee over een andere plek {10}
~ 2025-07-09
B: Achter de schuur mag het, de unit komt in september {10}
""",
        30,
    ),
    Chat(
        "Bezwaar zorgunit",
        "bestuur",
        "2025-06-24 10:00",
        ["Jolanda Pieters", "Sjoerd Mulder"],
        """
A: Hoorzitting Lamberink op 3 juli. Wat was de reden van de weigering? {10}
B: De unit kwam voor de voorgevel, in het zicht vanaf de dijk. Dat staat het bestemmingsplan niet toe {10}
A: Is er een alternatief? {10}
B: Achter de schuur, 40 meter verder. Daar kan het wel, met een afwijking {10}
""",
        20,
    ),
    Chat(
        "Kangoeroewoning",
        "dienstverlening",
        "2025-08-12 11:00",
        ["Yara Doornbos", "Sjoerd Mulder"],
        """
A: Iemand vraagt of een kangoeroewoning hetzelfde is als een mantelzorgwonig {10}
B: Nee, een kangoeroewoning is een tweede woning in hetzelfde huis. Een mantelzorgwoning is een los bijgebouw, alleen zolang er zorg nodig is {10}
A: En als de zorg stopt? {10}
B: Dan moet hij binnen een jaar weg of weer gewoon bijgebouw worden {10}
""",
        15,
    ),
    Chat(
        "Reestbad",
        "samenleving",
        "2025-07-02 17:00",
        ["Thijs Roelofs", "Evelien Schutte"],
        """
A: Evelien, ik hoorde van het jongetje. Hoe is het met jullie? {11}
B: Geschrokken. Onze badmeester Lars heeft hem gereanimeerd, hij was geweldig {11}
A: Hoe kon het gebeuren? {11}
B: Hij ging zonder diploma het diepe in, de ouders lagen op het gras {11}
~
A: Krijgen jullie mensen nazorg? {11}
B: Ja, via de huisarts en een opvangteam van de zwembadbranche {11}
~ 2025-07-10
B: Polsbandjes ingevoerd: rood is geen diploma, dan niet in het diepe {11}
A: Goed {11}
""",
        30,
    ),
    Chat(
        "Onderzoek zwembad",
        "samenleving",
        "2025-07-14 10:00",
        ["Hanneke Bruins", "Menno Tiesinga"],
        """
B: Hanneke, ik heb de camerabeelden van het bad gezien. Het kind lag 2 minuten onder water voor iemand het zag {11}
A: En waar stonden de badmeesters? {11}
B: Een bij het ondiepe, een deed de kassa. Bij het diepe stond niemand {11}
~ 2025-09-05
B: Rapport is af: minimaal 1 toezichthouder per 250 zwemmers, en een vaste post bij het diepe {11}
A: Dank, gaat naar het college {11}
""",
        20,
    ),
    Chat(
        "Glansrijk",
        "bedrijfsvoering",
        "2025-01-07 11:00",
        ["Koen Straatman", "Patrick Alting"],
        """
A: Patrick, de toiletten op de tweede zijn vandaag niet gedaan en de prullenbakken zitten vol {12}
B: Excuses, de nieuwe ploeg kent het gebouw nog niet {12}
A: Het contract ging op 1 januari in {12}
~ 2025-02-05
A: De ingebrekestelling is verstuurd, binnen 14 dagen een verbeterplan {12}
B: Komt er {12}
~ 2025-03-24
B: Verbeterplan in uw mail {12}
~ 2025-09-17
A: Meting van september 91 procent, complimenten aan de ploeg {12}
B: Dank, geef ik door {12}
""",
        30,
    ),
    Chat(
        "Schoonmaakster",
        "bedrijfsvoering",
        "2025-02-17 18:00",
        ["Lisa Brands", "Fatima Ouali"],
        """
B: Mevrouw Brands, ik werk al 11 jaar in het stadhuis. Bij Glansrijk moet ik hetzelfde doen in 3 uur in plaats van 5 {12}
A: Dank dat u het zegt. Uw uren hadden bij de overstap gelijk moeten blijven {12}
B: Ik durf het niet tegen mijn baas te zeggen {12}
A: Wij vragen het na zonder uw naam te noemen {12}
~ 2025-03-26
B: Ik heb mijn 5 uur terug. Dank u 🙏 {12}
""",
        20,
    ),
    Chat(
        "Raadzaal",
        "bestuur",
        "2025-02-03 20:00",
        ["Griffier Marieke Dam", "Koen Straatman"],
        """
A: Koen, de raadzaal is vanavond stoffig en er staan nog bekers van vorige week {12}
B: Balen. Ik bel het schoonmaakbedrijf morgen vroeg {12}
~
B: Ze hebben er vanochtend 2 man op gezet, voortaan elke maandag voor de raad {12}
""",
        15,
    ),
)
