"""The THIRTY-SIXTH BLIND relevance set (issue 17): new chats, requests and judgements.

Written as a Woo officer of gemeente Meppel would by a helper (branch wooblind36, stop 46) BEFORE
any measurement on it, without reading the search code, the search tests, the synonym migrations,
the redaction code or RESULTS.md, and without running the relevance bench; blind35.py was read for
the data format, build.py for the Chat and Request API, the earlier sets only for their request
titles (so that the subjects are new); no other set was opened. Not yet measured: the lead measures
it once on main's code. Same syntax as blind.py: `{n}` after a line marks the requests it is
relevant to, `~` starts the next day, `~ YYYY-MM-DD` moves the chat to that day, `PHOTO "text"` is a
photo with painted text, `AUDIO` a voice note. Generated filler (build.FILLER) is relevant to
nothing. Names, addresses, firms, shops, associations and phone numbers are made up; a few real
organisations (RTV Drenthe, the Meppeler Courant, Enexis, ProRail, Qbuzz, PostNL, the waterschap,
the veiligheidsregio) appear as they would in such chats.

The twelve requests and their queries were written first, from the request text only, before any
chat. Long team chats (the boa's, the outdoor service, information security, parking, civil affairs
and elections, public order, green and nature, sewerage, communication, a district team, permits
and enforcement, traffic, the KCC) carry a request's subject in a few lines among other work; short
one-to-one chats answer without repeating the subject ("Gelukt?", "Getekend!", "Staat!", "Erin",
"Betaald", "Eindelijk", "Klaar", "👍"); other words for the subjects (laptop, laptopje, apparaat,
gejat, auto opengebroken, wissen, Intune, Bitlocker, AP; scanwagen, scan-auto, kentekenscanner,
naheffingen, NHA's, parkeerbon, terugstorten; doiven, brood strooien, pinnen, net, richels, voeren;
steigertjes, vlonders, aanlegplaatsen, bootje, LOD, keur, watervergunning; hoog water, zakken zand,
blank, kelder, gemalen, pad weggespoeld; nest, lichtmast, lamp, takken, eibers, nestpaal, wilgentenen;
alarm, luchtalarm, WAS-paal, sirenemast, relais, NL-Alert; linde, omgezaagd, stobbe, boomwaarde,
schikking, herplant; python, wurgslang, koningspython, beest, terrarium, huisdierenlijst;
wachthuisjes, abri's, panelen, gelaagd glas, halte; oproepkaart, stemkaart, passen, drukker,
adressenbestand; frietvet, vetproppen, vetafscheider, zuigwagen, ontstopping); abbreviations (AP,
MT, NHA, LOD, APV, WAS, VTH, CJIB, VTA, GRIP); typos (doiven); dialect (stiet, wat 'n spul, eibers);
6 photos with text (the feeding-ban sign under the viaduct, the closed-path sign by the Reest, the
broken-shelter sticker, a polling card, the permit sticker on a jetty, the grease trap's label)
and 5 voice notes; and distractor chats that share words with requests but are about something
else (new laptops for the council, the scan car for a parking count, a pigeon racing club, the
scaffolding (steiger) at the town hall, a colleague's baby (de ooievaar is geweest), the monthly
siren test, tree-felling permits, a garden hose at a sports park, polling-station staff, a terrace
for the same snack bar, household frying fat) and lines about other work in the team chats.

Judging rule (as the earlier sets): a message is relevant when a Woo officer would have to include
it to cover the request, also when it does not repeat the subject ("👍", "Gelukt", "Eindelijk");
a voice note inside a relevant exchange is relevant. Lines of a relevant chat about something else
carry no tag.

Counts (computed from CHATS with build.parse_script; the filler fills every chat to its stated
length): 51 chats of 25 to 200 messages, 3,225 messages (448 hand-written; 6 photos with text, 5
voice notes), 12 requests, 36 queries, 346 relevant messages, each relevant to one request, in 65
(chat, request) pairs; 40 chats relevant to a request, 11 to none, 8 to several. Relevant messages
(chats) per request: R1 29 (4), R2 29 (6), R3 27 (6), R4 27 (5), R5 35 (8), R6 27 (5), R7 28 (6),
R8 27 (4), R9 30 (5), R10 27 (5), R11 32 (5), R12 28 (6)."""

from .build import Chat, Request

REQUESTS = (
    Request(
        1,
        "De diefstal van een laptop van een wijkcoach uit een geparkeerde auto (2025): de aangifte, "
        "het op afstand wissen van de laptop, de beoordeling als mogelijk datalek en de nieuwe "
        "afspraken over laptops in de auto.",
        ("laptop gestolen", "diefstal laptop wijkcoach", "laptop uit auto datalek"),
    ),
    Request(
        2,
        "De onterechte parkeerboetes van de scanauto (2025): de naheffingsaanslagen bij bewoners met "
        "een parkeervergunning, de oorzaak, de bezwaren en de terugbetaling.",
        ("scanauto", "onterechte naheffing parkeren", "parkeerboete vergunninghouder bezwaar"),
    ),
    Request(
        3,
        "Overlast van duiven onder het spoorviaduct en in de Hoofdstraat (2025): de meldingen over "
        "duivenpoep, de pinnen en netten, het voerverbod en de handhaving daarvan.",
        ("duivenoverlast", "duiven voerverbod", "duivenpoep spoorviaduct"),
    ),
    Request(
        4,
        "Illegale steigers en vlonders langs de Reest (2025): de meldingen, de controles, de lasten "
        "onder dwangsom en de bezwaren van de eigenaren.",
        ("illegale steigers reest", "vlonder zonder vergunning", "last onder dwangsom steiger"),
    ),
    Request(
        5,
        "Het hoogwater in de Reest en het Meppelerdiep (januari 2025): de zandzakken, de ondergelopen "
        "tuinen en kelders in Rogat, de afgesloten paden en de schademeldingen.",
        ("hoogwater reest", "zandzakken", "wateroverlast rogat kelders"),
    ),
    Request(
        6,
        "Het ooievaarsnest op een lantaarnpaal aan de Blankensteinweg (2025): de meldingen, het "
        "verplaatsen naar een nestpaal, de ontheffing en de kosten.",
        ("ooievaarsnest", "ooievaar lantaarnpaal", "nestpaal ooievaars"),
    ),
    Request(
        7,
        "Het afgaan van de waarschuwingssirene midden in de nacht (september 2025): de storing, de "
        "ongeruste inwoners, de meldingen bij de gemeente en de communicatie.",
        ("sirene nacht", "luchtalarm storing", "waarschuwingssirene afgegaan"),
    ),
    Request(
        8,
        "De illegale kap van een gemeentelijke boom door een bewoner aan de Lindenlaan (2025): de "
        "melding, de aangifte, de schadevergoeding en de herplant.",
        ("illegale kap boom", "boom gekapt door bewoner", "schadevergoeding gekapte boom"),
    ),
    Request(
        9,
        "De slang die in een portiek aan de Troelstrastraat werd gevonden (2025): de melding, het "
        "vangen, de opvang van het dier, de eigenaar en de regels voor het houden van exotische dieren.",
        ("slang gevonden", "slang portiek troelstrastraat", "exotische dieren houden"),
    ),
    Request(
        10,
        "Vernielingen aan bushokjes langs de Steenwijkerweg en bij het station (2025): de meldingen, "
        "het vervangen van het glas, de kosten en de afspraken met de vervoerder.",
        ("bushokjes vernield", "vandalisme bushalte", "abri glas kosten"),
    ),
    Request(
        11,
        "De stempassen voor de Tweede Kamerverkiezing van oktober 2025 die op verkeerde adressen "
        "werden bezorgd: de fout, de vervangende stempassen en de klachten van kiezers.",
        ("stempassen verkeerd bezorgd", "vervangende stempas", "stempassen fout adressen"),
    ),
    Request(
        12,
        "Het lozen van frituurvet in het riool door een snackbar in de Hoofdstraat (2025): de "
        "rioolverstopping, het onderzoek, de handhaving en het verhalen van de kosten.",
        ("frituurvet riool", "rioolverstopping hoofdstraat", "snackbar vet lozing"),
    ),
)

CHATS = (
    Chat(
        "Team handhaving boa's",
        "veiligheid",
        "2025-01-06 08:05",
        ["Dennis Kloosterman", "Ilse Wubbels", "Mourad El Idrissi", "Tineke Slot"],
        """
A: Rooster tot en met maart staat in de app
B: Ik wil 14 februari ruilen, iemand?
~ 2025-01-09
C: Rogat: paden langs de Reest staan blank, hekken staan er maar mensen lopen er gewoon langs {5}
A: Lint erbij en mensen aanspreken. Waterschap zegt dat het nog 2 dagen stijgt {5}
~ 2025-03-12
D: Controle Hoofdstraat: weer een mevrouw die een hele zak brood strooit onder het viaduct. Ze zegt dat de doiven honger hebben {3}
A: Eerst waarschuwen, het voerverbod geldt pas sinds 1 maart. Naam noteren {3}
D: PHOTO "Verboden duiven en andere vogels te voeren. Boete 95 euro. Gemeente Meppel" {3}
D: Bordje hangt er gewoon, onder het viaduct {3}
~ 2025-04-02
D: Zelfde mevrouw, derde keer. Nu wel een bon geschreven, 95 euro {3}
B: Ze belt vast naar de krant 😬 {3}
~ 2025-04-17
C: Steenwijkerweg: weer 2 wachthuisjes met ingegooide ruiten, halte Ezinge en halte Rembrandtlaan {10}
A: Foto's in het systeem en doorzetten naar verkeer, die regelen het glas {10}
~ 2025-05-20
B: Met Sietse van VTH langs de Reest gevaren. 14 steigers en vlonders zonder vergunning geteld tussen Rogat en de Havelterweg {4}
A: Lijst met adressen naar Sietse, die stuurt de vooraankondigingen {4}
~ 2025-06-03
C: Melding Troelstrastraat 41: bewoner ziet een slang in het trappenhuis 😳 {9}
A: Niet zelf pakken! Dierenambulance en reptielenopvang bellen {9}
C: Ik sta erbij tot ze er zijn. Een flinke, zeker een meter {9}
~
C: Het was een koningspython, de eigenaar woont 2 hoog en wist niet dat hij weg was. Beest zit nu bij de opvang in Assen {9}
D: Mag je die zomaar houden in een flat? {9}
A: Ja, een python mag, staat niet op de lijst. Wel op de APV letten bij overlast {9}
~ 2025-06-24
D: Parkeercontrole Haveltermade: ik zie in de handheld 11 naheffingen van de scan-auto bij mensen die gewoon een vergunning hebben {2}
A: Staat de vergunning wel aan in het systeem? {2}
D: Ja, allemaal geldig. Het gaat mis met de kentekens die ze na 1 juni hebben gewijzigd {2}
A: Ik meld het bij Parkeren, niemand meer handmatig bevestigen tot het is uitgezocht {2}
~ 2025-07-08
B: Snackbar De Gouden Frik aan de Hoofdstraat: ik zag de medewerker een emmer vet in het putje achter de zaak gooien {12}
A: Foto? {12}
B: Ja, en een filmpje. Ik heb het aangesproken, ze zeggen dat het afwaswater was {12}
A: Naar de rioolbeheerder en de omgevingsdienst sturen {12}
~ 2025-08-12
C: Keurmerk Veilig Ondernemen vergadert 9 september
~ 2025-09-17
A: Wie was er vannacht van dienst? Het alarm ging om 3 uur af in heel Meppel-Noord {7}
D: Ik. We hebben 40 minuten lang mensen op straat gehad die vroegen wat er aan de hand was {7}
D: Ik heb gezegd dat het een storing was, dat zei de meldkamer {7}
~ 2025-10-02
B: Halte station: alle drie de panelen van het bushokje eruit geschopt. Camera van NS heeft het gezien {10}
A: Aangifte laten doen door de vervoerder, wij leveren de beelden aan {10}
~ 2025-10-06
B: Reest: bij 2 adressen liggen de vlonders er nog. Foto's naar Sietse {4}
~ 2025-11-04
C: Jaarplan handhaving concept in de map
A: Lees ik morgen
""",
        200,
    ),
    Chat(
        "Buitendienst wijkteam Zuid",
        "openbare_ruimte",
        "2025-01-07 06:50",
        ["Harm Dekker", "Roelof Veldhuis", "Anouk Meijering", "Bert Sluiter"],
        """
A: Strooiroute 3 vannacht, Roelof rijdt
B: Staat klaar
~ 2025-01-08
C: Het water van de Reest stiet al tot aan de dijk bij Rogat, wat 'n spul {5}
A: 600 zakken zand klaarzetten op de werf, de brandweer helpt vullen {5}
~
B: 450 zandzakken uitgezet bij Rogatweg 12 tot 30. Bij nummer 18 staat de kelder al vol {5}
A: Pomp van de brandweer gevraagd {5}
~ 2025-01-14
D: Zandzakken weer opgehaald, 80 stuks lek. Die gaan naar de milieustraat {5}
~ 2025-03-03
C: Pinnen tegen duiven op de richels van het spoorviaduct geplaatst, 120 meter. Het net komt volgende week {3}
B: Er lag 5 cm poep op de stoep, eerst de veegwagen erdoor {3}
~ 2025-03-11
C: Net hangt, nu zitten ze op de lantaarnpalen in de Hoofdstraat 🙄 {3}
~ 2025-04-08
A: Er ligt een hoop takken bovenop de lantaarnpaal bij de rotonde Blankensteinweg. Zou een ooievaar zijn {6}
D: Die zit er echt, ik zag hem vanochtend. De lamp brandt niet meer {6}
A: Niet weghalen, broedseizoen. Ik vraag het na bij Groen {6}
~ 2025-04-15
B: Lindenlaan: bij nummer 7 staat alleen nog een stobbe van de linde, vers gezaagd. Wij hebben dat niet gedaan {8}
A: Foto maken en naar Groen, dat is niet van ons rooster {8}
~ 2025-05-06
D: Glas van de abri bij halte Ezinge weer ingegooid, scherven opgeveegd {10}
~ 2025-06-10
C: Rioolput in de Hoofdstraat zit muurvast. Zuigwagen erbij, het is allemaal witte vetproppen {12}
A: Vet? Waar komt dat vandaan? {12}
C: Loopt van de snackbar richting de Markt, de hele streng zit dicht {12}
~ 2025-06-11
C: Schoongespoten, 3 uur werk. De camera ging erin, het zit vanaf de aansluiting van de cafetaria {12}
~ 2025-09-02
B: Nestpaal voor de ooievaars staat, 12 meter, naast de sloot aan de Blankensteinweg {6}
D: En de lantaarnpaal? {6}
B: Nest eraf, kop erop. Enexis kwam de lamp doen {6}
~ 2025-10-20
A: Bladkorven komen eraan
D: Lijst volgt
~ 2025-11-18
B: Nieuwe linde staat aan de Lindenlaan, met boomband en 2 palen {8}
D: Die bewoner stond er met zijn armen over elkaar naar te kijken 😅 {8}
""",
        200,
    ),
    Chat(
        "Informatiebeveiliging en privacy",
        "bedrijfsvoering",
        "2025-01-13 09:00",
        ["Nadia Hoekstra", "Gijs Wolters", "Lotte Brouwer"],
        """
A: Phishingtest van januari: 14% klikte
B: Beter dan vorig jaar
~ 2025-02-24
C: Melding van de servicedesk: een wijkcoach is zaterdag haar laptop kwijtgeraakt. Auto opengebroken bij de sportschool in Hoogeveen {1}
A: Was hij versleuteld? {1}
B: Bitlocker staat aan, ik heb hem om 9.12 uur op afstand gewist via Intune {1}
A: Stonden er bestanden lokaal op? {1}
C: Ze zegt van niet, alles in het zaaksysteem. Wel een Excel met 12 cliënten in de downloadmap, dat weet ze niet zeker {1}
A: Dan registreren als beveiligingsincident, ik beoordeel of het naar de AP moet {1}
~ 2025-02-26
A: Besluit: geen melding bij de AP, de schijf was versleuteld en het apparaat is gewist binnen 48 uur. Vastgelegd in het register {1}
B: Aangifte is gedaan? {1}
C: Ja, proces-verbaal zit in het dossier {1}
~ 2025-03-10
A: Voorstel voor het MT: laptops nooit zichtbaar in de auto laten liggen, ook niet in de kofferbak bij een tussenstop {1}
~ 2025-04-01
B: Nieuwe wachtwoordregels gaan 1 mei in
C: Intranetbericht staat klaar
""",
        150,
    ),
    Chat(
        "Team parkeren",
        "openbare_ruimte",
        "2025-01-15 08:30",
        ["Wouter Prins", "Marieke Jonker", "Sem Bos"],
        """
A: Nieuwe tarieven zijn live
B: Automaten Zuideinde ook?
A: Ja
~ 2025-06-25
C: Dennis van handhaving meldt naheffingen bij vergunninghouders in Haveltermade. Ik zie er inmiddels 63 {2}
A: Sinds wanneer? {2}
C: Sinds de update van de kentekenscanner op 2 juni. Kentekens die na die datum zijn gewijzigd worden niet meer herkend {2}
B: Wat een gedoe. Kunnen we de aanslagen in een keer intrekken? {2}
A: Ja, ambtshalve. Laat de leverancier eerst de koppeling repareren {2}
~ 2025-07-03
C: Koppeling hersteld. Totaal 187 onterechte NHA's, 12.716 euro {2}
B: Terugstorten aan wie al betaald heeft, 94 mensen {2}
A: En een brief met excuses, ik vraag communicatie {2}
~ 2025-07-22
B: Bezwaren die al binnen waren: 31, die worden allemaal gegrond {2}
~ 2025-09-10
A: Parkeerdrukmeting in oktober, 3 avonden
C: Ik plan het in
""",
        150,
    ),
    Chat(
        "Burgerzaken verkiezingen",
        "dienstverlening",
        "2025-08-18 09:00",
        ["Ellen Kuipers", "Jorrit Haan", "Fatma Yilmaz", "Pieter Mulder"],
        """
A: Werving stembureauleden loopt, we hebben er nog 40 nodig
B: Ik zet een oproep op intranet
~ 2025-10-10
C: Al 15 telefoontjes: mensen krijgen de oproepkaart van de buren in de bus {11}
A: Waar? {11}
C: Vooral Nieuwveense Landen, de nieuwe straten. Huisnummer klopt, straat niet {11}
D: De drukker heeft het adressenbestand van 1 september gebruikt, niet dat van 1 oktober {11}
~
A: Het gaat om 1.146 stempassen. Die verklaren we ongeldig en we sturen vervangende {11}
B: Kunnen mensen ook aan de balie een nieuwe halen? {11}
A: Ja, tot de dag voor de verkiezing {11}
~ 2025-10-17
D: Vervangende passen zijn verstuurd, met een brief erbij {11}
C: Nog 23 klachten binnen, vooral dat mensen bang zijn dat de buurman hun stem uitbrengt {11}
A: Ongeldige passen worden op het stembureau geweigerd, dat staat in de brief {11}
~ 2025-10-29
B: Stembureau 7 opent 10 minuten te laat, sleutel kwijt
A: Gevonden
~ 2025-11-03
D: Evaluatie: 4 ongeldige stempassen aangeboden op de dag zelf, alle 4 geweigerd {11}
""",
        150,
    ),
    Chat(
        "Openbare orde en veiligheid",
        "veiligheid",
        "2025-01-06 09:00",
        ["Rianne Timmer", "Hans Wieringa", "Chantal Oosterveld"],
        """
A: Evaluatie jaarwisseling morgen om 10 uur
B: Staat
~ 2025-01-09
C: Waterschap Drents Overijsselse Delta belt: hoogste stand van de Reest sinds 2012, ze vragen om zandzakken bij Rogat {5}
A: Buitendienst is gevraagd. Is een GRIP nodig? {5}
C: Nee, lokaal {5}
~ 2025-01-10
B: 6 woningen met water in de kelder, 2 tuinen onder. Niemand geëvacueerd {5}
~ 2025-06-02
A: Draaiboek evenementen zomer, graag commentaar
~ 2025-09-17
B: Vannacht om 03.04 uur ging de sirene bij de brandweerkazerne af, 4 minuten lang. Geen incident {7}
A: Hoe kan dat? {7}
B: Volgens de veiligheidsregio een storing in de aansturing van de WAS-paal, ze zijn het aan het uitzoeken {7}
C: Bij de meldkamer kwamen 212 telefoontjes binnen. Mensen dachten aan een kernramp 😟 {7}
A: We moeten vanochtend iets op de site zetten, ik bel communicatie {7}
~ 2025-09-19
B: Oorzaak: een defect relais in de sirenemast aan de Steenwijkerweg. Vervangen. De landelijke test op 6 oktober gaat gewoon door {7}
~ 2025-10-14
C: Cameratoezicht evaluatie staat op 4 november
""",
        120,
    ),
    Chat(
        "Groen en natuur",
        "openbare_ruimte",
        "2025-01-20 08:15",
        ["Marjolein Boer", "Tom Hesselink", "Ingrid Lubbers", "Jan-Willem Smit"],
        """
A: Snoeiplanning Q1 staat in de map
B: Top
~ 2025-04-09
C: De buitendienst meldt een nest op een lichtmast aan de Blankensteinweg. Stel dat het een ooievaar is, mogen we dan iets doen? {6}
A: Niet zonder ontheffing van de provincie, ooievaars zijn beschermd. Ik vraag die aan {6}
~ 2025-04-16
D: Linde aan de Lindenlaan 7 is weg, omgezaagd. Stond op onze boomkaart, 40 jaar oud {8}
A: Wie doet dat nou? {8}
D: Volgens de buren de bewoner zelf, hij klaagde al jaren over blad in zijn dakgoot {8}
A: Dan aangifte doen wegens vernieling van gemeentelijk eigendom, en we gaan de schade berekenen {8}
~ 2025-04-30
B: Boomwaarde linde volgens de methode van de Bomenstichting: 8.340 euro {8}
~ 2025-05-13
C: Eibers hebben 3 jongen op de lamp 🐣 Enexis zegt dat de paal niet gevaarlijk is zolang de lamp uit staat {6}
~ 2025-06-17
B: Reestdal: met Sietse gekeken naar de steigertjes. Er zitten 2 vlonders in het Natura 2000-gebied, die moeten echt weg {4}
~ 2025-08-04
C: Ontheffing provincie voor het verplaatsen van het nest is binnen, na 15 augustus mag het {6}
D: Nestpaal kost 2.450 euro inclusief plaatsing {6}
~ 2025-10-08
A: Herplant Lindenlaan in november: een nieuwe linde, maat 20-25 {8}
D: Bewoner betaalt? {8}
A: Hij heeft het schikkingsvoorstel getekend, 8.340 euro in 6 termijnen {8}
~ 2025-11-17
B: Boomfeestdag 2026 alvast in de planning
""",
        160,
    ),
    Chat(
        "Riolering en water",
        "openbare_ruimte",
        "2025-01-08 08:00",
        ["Kevin Schutte", "Alie Nijboer", "Rik Stoker"],
        """
A: Gemalen draaien allemaal op vol vermogen vanwege de regen {5}
B: Rogat pomp 2 geeft storing {5}
A: Monteur is onderweg {5}
~ 2025-01-13
C: 19 schademeldingen van bewoners in Rogat binnen, vooral kelders {5}
A: Doorsturen naar de verzekering, maar het meeste is eigen risico van de bewoners bij hoogwater uit de Reest {5}
~ 2025-06-12
C: De verstopping in de Hoofdstraat: camera-inspectie laat zien dat het frietvet komt van de aansluiting van nummer 52 {12}
A: Heeft die zaak een vetafscheider? {12}
C: Er zit er wel een, maar hij is in geen jaren geleegd. Het zit vol {12}
C: PHOTO "Vetafscheider laatst geleegd 03-2019" {12}
B: Kosten tot nu toe: zuigwagen, camera en 3 man, 4.870 euro {12}
A: Die gaan we verhalen op de eigenaar {12}
~ 2025-07-15
C: Controle met de omgevingsdienst: vetafscheider is nu geleegd, er is een ledigingscontract {12}
~ 2025-09-30
B: Rioolvervanging Zuiderstraat start in maart
""",
        100,
    ),
    Chat(
        "Team communicatie",
        "bestuur",
        "2025-01-06 08:40",
        ["Sabine de Graaf", "Niels Ploeger", "Yara Mensink", "Koen Vos"],
        """
A: Nieuwjaarsreceptie: foto's staan in de map
B: Mooi
~ 2025-01-09
C: Bericht over het hoge water bij Rogat staat op Facebook, met de plek waar mensen zakken zand kunnen halen {5}
D: RTV Drenthe wil een interview bij de dijk {5}
A: Wethouder kan om 14 uur {5}
~ 2025-03-04
B: Persbericht over het voerverbod voor duiven gaat vandaag uit. Kop: Niet voeren, ook niet met goede bedoelingen {3}
~ 2025-06-04
C: Meppeler Courant belt over de slang in de Troelstrastraat. Wat mogen we zeggen? {9}
A: Dat hij terug is bij de eigenaar, geen namen. En dat een python houden niet verboden is {9}
C: Ze willen ook weten of er meer van zulke dieren in flats zitten {9}
A: Dat weten we niet, er is geen registratie {9}
~ 2025-07-04
D: Excuusbrief voor de 187 mensen met een onterechte parkeerboete is klaar, wil iemand meelezen? {2}
B: Zin over de scanauto is te technisch, ik maak er wat simpelers van {2}
~ 2025-09-17
A: Wat een nacht. Iedereen vraagt op social waarom het luchtalarm afging {7}
C: Eerste bericht staat online: Vannacht ging door een storing de sirene af. Er was geen gevaar {7}
D: Waarom geen NL-Alert erachteraan? {7}
A: Dat gaat via de veiligheidsregio, dat kunnen wij niet versturen {7}
~ 2025-09-18
B: 94 reacties onder het bericht, de meeste boos dat pas om 7 uur iets online stond {7}
~ 2025-10-11
C: Stempassen: nieuwsbericht en een bericht op Facebook. Heeft u een stempas met een verkeerd adres? Gooi hem niet weg maar lever hem in {11}
A: Akkoord {11}
~ 2025-10-12
D: Omroep Meppel wil weten hoeveel kiezers een fout pasje kregen {11}
C: 1.146, heb ik gegeven {11}
~ 2025-11-20
A: Kerstkaart college: ontwerp komt volgende week
""",
        180,
    ),
    Chat(
        "Wijkteam Oost",
        "samenleving",
        "2025-01-14 08:30",
        ["Monique Scholten", "Ruben Zijlstra", "Esther Koning"],
        """
A: Casusoverleg verschoven naar donderdag
B: Prima
~ 2025-02-23
C: Jongens, mijn laptop is gejat 😭 Auto opengebroken bij de sportschool, mijn tas lag achterin {1}
A: Oh nee! Heb je de servicedesk gebeld? {1}
C: Ja, ze hebben hem op afstand gewist. Maandag aangifte {1}
~ 2025-02-24
B: Heb je nog iets lokaal opgeslagen? Die lijst van de huisbezoeken? {1}
C: Die stond in downloads denk ik. Ik ben er echt ziek van {1}
A: Je hebt het goed gemeld, meer kun je niet doen {1}
~ 2025-02-27
C: Nieuwe laptop opgehaald. Ik laat hem nooit meer in de auto liggen {1}
~ 2025-04-09
A: Nieuwe aanmelding schuldhulp, wie pakt hem?
B: Ik
""",
        120,
    ),
    Chat(
        "Vergunningen en handhaving VTH",
        "ruimte",
        "2025-01-16 09:00",
        ["Sietse Bakker", "Lieke Hendriks", "Gerben Fokkens"],
        """
A: Achterstand aanvragen: 34 over de termijn
B: We pakken er deze week 10
~ 2025-05-21
A: Handhaving heeft 14 illegale steigers en vlonders langs de Reest geteld. Ik stuur vooraankondigingen {4}
C: Ook naar de mensen die er al 20 jaar een bootje aan hebben liggen? {4}
A: Ja, er is nooit een vergunning voor verleend en het waterschap wil ze ook weg {4}
~ 2025-07-02
B: 9 eigenaren hebben gereageerd. 3 gaan legaliseren, 6 willen geen afbreken {4}
A: Dan last onder dwangsom voor die 6: weghalen voor 1 oktober, anders 250 euro per week, maximaal 5.000 {4}
C: PHOTO "Dit bouwwerk is geplaatst zonder vergunning. Gemeente Meppel, team VTH" {4}
C: Sticker hangt op alle 6 {4}
~ 2025-07-14
C: Omgevingsdienst: snackbar Hoofdstraat 52 krijgt een waarschuwing voor het lozen van vet. Bij herhaling een LOD {12}
~ 2025-08-26
B: Bezwaarschriften tegen de LOD's voor de vlonders: 4 stuks, de hoorzitting is in oktober {4}
~ 2025-10-03
A: Controle Reest: 4 steigers weg, 2 nog niet. Dwangsom verbeurd bij die 2 {4}
~ 2025-11-11
C: Nieuwe omgevingsplanregels voor dakkapellen, graag lezen
""",
        150,
    ),
    Chat(
        "Verkeer en openbaar vervoer",
        "ruimte",
        "2025-01-20 09:30",
        ["Emma van Dijk", "Joost Kamphuis", "Hilde Reinders"],
        """
A: Dienstregeling bussen 2025 is ingegaan, lijn 20 rijdt niet meer via de Eendrachtsweg
B: Komt een nieuwe halte bij de Lijsterstraat
~ 2025-04-18
C: Handhaving meldt weer vernielde wachthuisjes aan de Steenwijkerweg. Dat is de 5e keer dit jaar {10}
A: Wie vervangt het glas, wij of de vervoerder? {10}
C: Volgens het contract wij, de reclame-exploitant doet alleen de abri's met een reclamevlak {10}
~ 2025-05-07
B: Offerte nieuw glas: 640 euro per paneel. We zitten al op 7 panelen {10}
A: Kunnen we gelaagd glas nemen? Dat breekt niet zo {10}
~ 2025-06-19
C: Afspraak met de vervoerder: zij melden vernielingen direct via de app, wij vervangen binnen 5 werkdagen en we delen de camerabeelden {10}
~ 2025-10-03
B: Station: bushokje helemaal gesloopt, 3 panelen. Kosten dit jaar nu 9.600 euro {10}
A: Ik zet het in de raadsinformatiebrief over vandalisme {10}
~ 2025-11-05
A: Verkeerstelling Kolderveense Dijk volgende week
""",
        150,
    ),
    Chat(
        "KCC teamchat",
        "dienstverlening",
        "2025-01-06 08:00",
        ["Anja Bruins", "Thijs Lammers", "Samira Bakkali", "Dirk Visscher"],
        """
A: Wachttijd vanochtend 6 minuten
B: Dat is netjes
~ 2025-01-09
C: Veel bellers uit Rogat: waar kunnen we zandzakken halen? {5}
A: Werf aan de Industrieweg, tot 20 uur {5}
~ 2025-06-26
D: Ik heb al de 8e beller met een parkeerbon terwijl ze een vergunning hebben. Wat zeg ik? {2}
A: Bezwaar hoeft niet, de gemeente trekt ze zelf in. Noteren in het zaaksysteem onder parkeren {2}
~ 2025-09-17
B: Om 8 uur stonden er al 40 mensen in de wacht, allemaal over die sirene van vannacht {7}
C: Een mevrouw was zo geschrokken dat ze de hele nacht wakker was gebleven {7}
A: Script: het was een storing, er was geen gevaar, excuses voor de schrik {7}
~ 2025-10-10
D: Beller: heeft de stempas van zijn buren gekregen, de buren die van hem. Mogen ze ruilen? {11}
A: Nee, beide passen inleveren, ze krijgen een nieuwe thuis {11}
~ 2025-10-13
C: Stempassen: al 60 telefoontjes vandaag {11}
~ 2025-11-12
A: Kerstrooster invullen graag
""",
        130,
    ),
    Chat(
        "Servicedesk",
        "bedrijfsvoering",
        "2025-02-22 17:40",
        ["Lotte Brouwer", "Gijs Wolters"],
        """
A: Gijs, ben je bereikbaar? Wijkcoach belt: laptop weg uit haar auto, net gebeurd {1}
B: Ik log in. Serienummer? {1}
A: MPL-NB-0412 {1}
~
A: AUDIO {1}
B: Wissen is uitgevoerd, het apparaat heeft zich om 9.12 uur gemeld en is leeg {1}
A: Gelukt? {1}
B: Ja. Account is ook geblokkeerd {1}
A: 👍 {1}
""",
        35,
    ),
    Chat(
        "Laptops raadsleden",
        "bedrijfsvoering",
        "2025-03-03 10:00",
        ["Gijs Wolters", "Bianca Roelofs"],
        """
A: De nieuwe laptops voor de raadsleden zijn binnen, 31 stuks
B: Wanneer kunnen ze ze ophalen?
A: Na de raadsvergadering van donderdag, in de commissiekamer
B: En de oude?
A: Die worden gewist en gaan naar een recyclebedrijf
~
B: Raadslid Van der Veen wil zijn oude houden, kan dat?
A: Alleen als hij hem overneemt voor de restwaarde
""",
        40,
    ),
    Chat(
        "Aangifte laptop",
        "samenleving",
        "2025-02-24 08:10",
        ["Esther Koning", "Monique Scholten"],
        """
A: Aangifte gedaan, zaaknummer naar Nadia gestuurd {1}
B: Top. Gaat het een beetje? {1}
A: Beter. Ze zeggen dat het geen datalek is omdat alles versleuteld was {1}
B: Gelukkig {1}
""",
        25,
    ),
    Chat(
        "Leverancier scanauto",
        "openbare_ruimte",
        "2025-06-26 09:00",
        ["Wouter Prins", "Erik Jansma (ParkScan Systems)"],
        """
A: Erik, sinds jullie update van 2 juni schrijft de scanwagen boetes uit aan vergunninghouders {2}
B: Dat hebben we gezien. De kentekenwijzigingen komen niet meer door uit het vergunningenregister {2}
A: Wanneer is het opgelost? {2}
B: Donderdag. We betalen de kosten van het terugdraaien {2}
~ 2025-07-03
B: Patch staat erop, getest met 20 wijzigingen {2}
A: Top {2}
""",
        40,
    ),
    Chat(
        "Parkeerdrukmeting",
        "openbare_ruimte",
        "2025-09-12 11:00",
        ["Sem Bos", "Joost Kamphuis"],
        """
A: Kunnen we de scanauto gebruiken voor de parkeerdrukmeting in de binnenstad?
B: Dat scheelt veel tellers. Mag dat privacytechnisch?
A: Als we de kentekens direct weggooien en alleen tellen wel
B: Dan 3 avonden in oktober, dinsdag, donderdag en zaterdag
A: Ik vraag de FG om advies
""",
        30,
    ),
    Chat(
        "Bezwaar parkeren",
        "bestuur",
        "2025-07-10 14:00",
        ["Karin Loos", "Marieke Jonker"],
        """
A: Ik heb 31 bezwaren tegen naheffingsaanslagen van eind juni. Moeten die naar de commissie? {2}
B: Nee, die zijn allemaal gegrond, het was de fout van het systeem {2}
A: Dan stuur ik een standaardbeslissing met vergoeding van de kosten? {2}
B: Ja, ook voor de twee die een bureau hebben ingeschakeld {2}
~
A: Verstuurd {2}
B: Dank je {2}
""",
        35,
    ),
    Chat(
        "Duiven viaduct",
        "openbare_ruimte",
        "2025-02-10 10:30",
        ["Marjolein Boer", "Harm Dekker"],
        """
A: Harm, er komen steeds meer klachten over de duiven onder het spoorviaduct. Fietsers worden ondergescheten {3}
B: Er zitten er honderden, op elke richel {3}
A: ProRail is akkoord met pinnen en een net. Kun jij dat doen? {3}
B: Begin maart, we hebben een hoogwerker nodig {3}
~ 2025-03-12
B: Klaar {3}
A: Super, dank je {3}
""",
        40,
    ),
    Chat(
        "Voerverbod APV",
        "bestuur",
        "2025-01-22 13:00",
        ["Rianne Timmer", "Floor Vermeulen"],
        """
A: Floor, kun je een artikel voor de APV maken: verbod op het voeren van duiven op straat? {3}
B: Alleen duiven, of ook meeuwen? {3}
A: Alle vogels in de openbare ruimte, behalve in de parken bij de eendenvijver {3}
B: Boete? {3}
A: Zoals bij afval, 95 euro {3}
~ 2025-02-13
B: Raad heeft het aangenomen, gaat 1 maart in {3}
A: 👍 {3}
""",
        40,
    ),
    Chat(
        "Postduivenvereniging",
        "samenleving",
        "2025-03-18 15:00",
        ["Jelle Otten", "Gerard Wessels (PV De Snelle Wieken)"],
        """
B: Onze postduivenvereniging bestaat 100 jaar. Mag er een vlucht vanaf de Markt starten?
A: Leuk! Op welke datum?
B: Zaterdag 17 mei, om 10 uur, 400 duiven
A: Dat is een melding, geen vergunning. Ik stuur je het formulier
B: En krijgen we een bijdrage uit het jubileumfonds?
A: Max 500 euro, aanvragen voor 1 april
""",
        35,
    ),
    Chat(
        "Klacht duivenvoeren",
        "dienstverlening",
        "2025-04-03 11:20",
        ["Anja Bruins", "Ilse Wubbels"],
        """
A: Mevrouw Holtkamp belt weer. Ze vindt de boete voor het brood strooien schandalig en gaat naar de ombudsman {3}
B: Ze is 3 keer gewaarschuwd. De bon blijft staan {3}
A: Ik zeg dat ze bezwaar kan maken bij het CJIB {3}
B: Ja, dat klopt {3}
""",
        25,
    ),
    Chat(
        "Steiger Reest",
        "ruimte",
        "2025-07-03 10:00",
        ["Sietse Bakker", "Bauke Roelink"],
        """
B: U stuurt me een brief over mijn steiger. Die ligt er al sinds mijn vader, 1987 {4}
A: Dat begrijp ik, maar er is nooit toestemming voor gegeven en het ligt op grond van de gemeente {4}
B: Kan ik niet gewoon alsnog een vergunning krijgen? {4}
A: Op die plek niet, het is Natura 2000. Wel op 50 meter verderop, bij de oude aanlegplek {4}
~
B: Dan verplaats ik hem. Hoeveel tijd heb ik? {4}
A: Tot 1 oktober {4}
~ 2025-09-26
B: Verplaatst, de vergunning is aangevraagd {4}
A: Dank u {4}
""",
        40,
    ),
    Chat(
        "Bouwsteiger stadhuis",
        "bedrijfsvoering",
        "2025-05-12 08:20",
        ["Marloes Wind", "Henk Bouwman"],
        """
A: De steiger aan de voorgevel van het stadhuis blijft 3 weken langer staan
B: Waarom?
A: Het voegwerk is slechter dan gedacht
B: En het ingangsbord dan? Bezoekers kunnen de deur niet vinden
A: Ik zet borden bij de steiger
~
B: Er klimmen 's avonds jongeren op de steiger
A: Ik laat de onderste ladder weghalen
""",
        40,
    ),
    Chat(
        "Bewonersbrief Rogat",
        "openbare_ruimte",
        "2025-01-10 12:00",
        ["Anouk Meijering", "Gea Hofman"],
        """
B: Bij ons staat de kelder een halve meter onder. Wie betaalt dat? {5}
A: Dat is vervelend. Heeft u een inboedelverzekering? Water van buitenaf is vaak gedekt {5}
B: Ze zeggen dat het niet gedekt is bij hoog water van de rivier {5}
A: Dan kunt u een schadeformulier bij de gemeente indienen, maar ik kan niks beloven {5}
~
B: AUDIO {5}
B: Gedaan. De zakken staan nog in de tuin {5}
A: Die halen wij op als het water zakt {5}
""",
        35,
    ),
    Chat(
        "Wandelpaden Reestdal",
        "openbare_ruimte",
        "2025-01-09 07:30",
        ["Tom Hesselink", "Bert Sluiter"],
        """
A: Wandelpad bij de Reest tussen Rogat en De Schiphorst is dicht, staat blank. Hekken erbij? {5}
B: PHOTO "Pad afgesloten wegens hoog water. Gemeente Meppel" {5}
B: Gedaan. Ook het knooppunt 43 {5}
~ 2025-01-16
A: Water is gezakt, paden weer open? {5}
B: Nog niet, het pad is weggespoeld bij de brug. Volgende week nieuw gravel {5}
~ 2025-01-24
B: Open {5}
A: Top {5}
""",
        30,
    ),
    Chat(
        "Ooievaar lantaarnpaal",
        "openbare_ruimte",
        "2025-04-10 13:00",
        ["Marjolein Boer", "Frank Dijkman (Enexis)"],
        """
A: Frank, er zit een ooievaar op jullie lichtmast aan de Blankensteinweg. Kan dat kwaad? {6}
B: Zolang de armatuur uit staat niet. Ik zet de lamp uit op afstand {6}
A: Na het broedseizoen willen we het nest verplaatsen naar een nestpaal {6}
B: Dan komen wij de kap vervangen. Geef maar een seintje {6}
~ 2025-08-28
A: Seintje: 2 september gaat het nest eraf {6}
B: Staat in de planning {6}
""",
        35,
    ),
    Chat(
        "Buurtbewoner Blankensteinweg",
        "dienstverlening",
        "2025-04-11 16:20",
        ["Thijs Lammers", "Wilma Steenbergen"],
        """
B: Er ligt een enorme berg takken op de straatlantaarn bij de rotonde en de lamp doet het niet meer. Is dat veilig? {6}
A: Het is een ooievaarsnest. De lamp is uitgezet, er kan niks gebeuren {6}
B: Wat leuk eigenlijk! Blijft hij? {6}
A: Na de zomer krijgt hij een eigen paal ernaast {6}
""",
        25,
    ),
    Chat(
        "Kraamvisite",
        "bedrijfsvoering",
        "2025-06-02 09:00",
        ["Sabine de Graaf", "Yara Mensink"],
        """
A: De ooievaar is geweest bij Koen! Een dochter, Fenna 🎉
B: Wat leuk! Zullen we iets sturen?
A: Ik haal een cadeaubon en een kaart, wie doet mee?
B: Ik, 10 euro
~
A: Kaart ligt bij de receptie, tekenen graag
""",
        30,
    ),
    Chat(
        "Nestpaal offerte",
        "openbare_ruimte",
        "2025-07-21 10:00",
        ["Ingrid Lubbers", "Marco Drenth (Vogelwerkgroep Zuidwest-Drenthe)"],
        """
A: Marco, jullie hebben ervaring met nestpalen. Wat kost zo'n paal met een ooievaarsnest erop? {6}
B: Paal, wiel en plaatsing rond de 2.500 euro. Wij kunnen het nest vast beginnen met wilgentenen {6}
A: Mooi. Wij gaan het oude nest overzetten na half augustus {6}
B: Oud nestmateriaal erop leggen, dan vinden ze het volgend jaar terug {6}
~ 2025-09-03
A: Staat! {6}
B: Prachtig 🙂 {6}
""",
        35,
    ),
    Chat(
        "Sirenetest",
        "veiligheid",
        "2025-03-03 11:30",
        ["Hans Wieringa", "Chantal Oosterveld"],
        """
A: Maandag is de sirenetest weer om 12 uur, zoals elke eerste maandag
B: Ook de paal in Nijeveen? Die deed het vorige keer niet
A: Die is gerepareerd
B: Nieuwsbrief voor inwoners?
A: Niet nodig, het is de gewone maandelijkse test
""",
        30,
    ),
    Chat(
        "Veiligheidsregio",
        "veiligheid",
        "2025-09-17 06:15",
        ["Rianne Timmer", "Marcel Hoving (Veiligheidsregio Drenthe)"],
        """
A: Marcel, wat was dat vannacht met de sirene? {7}
B: Een storing, we weten nog niet welke. De paal aan de Steenwijkerweg ging zonder opdracht af {7}
A: Kan het weer gebeuren? {7}
B: We hebben de paal voorlopig uitgeschakeld {7}
~ 2025-09-19
B: Relais vervangen, de paal doet het weer. Excuses voor de onrust {7}
A: Dank je, ik laat het de burgemeester weten {7}
""",
        35,
    ),
    Chat(
        "Burgemeester sirene",
        "bestuur",
        "2025-09-17 07:05",
        ["Rianne Timmer", "Burgemeester Van Heerde"],
        """
B: Ik werd er ook wakker van. Wat is er gebeurd? {7}
A: Storing in de sirenemast, geen gevaar. Communicatie zet om 8 uur een bericht online {7}
B: Zo vroeg mogelijk graag, mijn telefoon ontploft {7}
B: AUDIO {7}
A: Komt eraan {7}
""",
        25,
    ),
    Chat(
        "Lindenlaan",
        "openbare_ruimte",
        "2025-04-15 11:10",
        ["Jan-Willem Smit", "Ilse Wubbels"],
        """
A: Ilse, kun jij langs de Lindenlaan 7? Daar heeft iemand onze boom omgehaald {8}
B: Ik ben er om 14 uur {8}
~
B: Gesproken met de bewoner, hij geeft het toe. Hij vond dat het zijn boom was omdat hij voor zijn huis stond {8}
A: Proces-verbaal? {8}
B: AUDIO {8}
B: Ja, vernieling. Hout ligt nog in zijn achtertuin, ik heb foto's {8}
A: Top, dank {8}
""",
        35,
    ),
    Chat(
        "Schikking boom",
        "bestuur",
        "2025-06-05 09:30",
        ["Marjolein Boer", "Mr. Anne Verhoef (juridische zaken)"],
        """
A: Anne, de bewoner van de Lindenlaan wil niet de hele boomwaarde betalen. Hij biedt 2.000 euro {8}
B: Onze claim is 8.340 plus herplant. Wat zegt hij als argument? {8}
A: Dat de boom ziek was {8}
B: Was dat zo? {8}
A: Nee, VTA-inspectie van 2024: gezond {8}
B: Dan houden we vast. Wel betaling in termijnen aanbieden {8}
~ 2025-09-22
A: Getekend! {8}
B: Mooi {8}
""",
        40,
    ),
    Chat(
        "Kapvergunningen",
        "ruimte",
        "2025-02-17 10:00",
        ["Lieke Hendriks", "Tom Hesselink"],
        """
A: 5 aanvragen voor het kappen van bomen in achtertuinen, moet ik die allemaal beoordelen?
B: Alleen als de stam dikker is dan 30 cm op 1,30 meter hoogte
A: 2 van de 5 dan
B: Die kom ik bekijken, donderdag
""",
        30,
    ),
    Chat(
        "Reptielenopvang",
        "veiligheid",
        "2025-06-03 16:50",
        ["Mourad El Idrissi", "Kim Zandstra (Reptielenopvang Drenthe)"],
        """
A: Hebben jullie plek? We hebben een grote wurgslang in een portiek aan de Troelstrastraat {9}
B: Ja. Niet aankomen, we zijn er over 30 minuten {9}
~
B: Gevangen, zit in een kist. Koningspython, zo'n 1,20 meter, erg tam {9}
A: Wat nu? {9}
B: AUDIO {9}
B: Hij blijft bij ons tot de eigenaar zich meldt. Opvangkosten 15 euro per dag {9}
~
A: Eigenaar gevonden, woont in hetzelfde gebouw {9}
B: Hij mag hem ophalen met een goede terrariumdeksel 😉 {9}
""",
        40,
    ),
    Chat(
        "Bewoner Troelstrastraat",
        "dienstverlening",
        "2025-06-04 09:00",
        ["Samira Bakkali", "Henny de Wit"],
        """
B: Gisteren lag er een slang in mijn trappenhuis! Mijn kleinkinderen durven niet meer te komen {9}
A: Dat begrijp ik. Het dier is gevangen en is terug bij de eigenaar {9}
B: Terug?! Dus hij kan weer ontsnappen {9}
A: De eigenaar moet zijn terrarium goed afsluiten. Handhaving gaat langs {9}
B: Ik wil dat er een verbod komt op zulke dieren in flats {9}
A: Ik geef uw klacht door, u krijgt een brief {9}
""",
        30,
    ),
    Chat(
        "Exotische dieren beleid",
        "bestuur",
        "2025-06-16 11:00",
        ["Floor Vermeulen", "Rianne Timmer"],
        """
A: Na de python in de Troelstrastraat vraagt een raadslid of we exotische dieren in de APV kunnen verbieden {9}
B: Mag dat? {9}
A: De Rijksoverheid regelt welke dieren je mag houden, de huisdierenlijst. Wij kunnen alleen iets doen bij overlast of gevaar {9}
B: Schrijf dat in de beantwoording van de raadsvragen {9}
~ 2025-06-25
A: Concept antwoord staat in de map {9}
B: Akkoord {9}
""",
        35,
    ),
    Chat(
        "Tuinslang sportpark",
        "samenleving",
        "2025-07-09 12:00",
        ["Roelof Veldhuis", "Wim Jager (VV Rogat)"],
        """
B: Met de hitte mogen we de velden sproeien? Onze tuinslang is te kort
A: Met de sproeier van de gemeente mag het tussen 20 en 8 uur
B: En de brandslang uit de kast?
A: Nee, die is niet voor sproeien
""",
        30,
    ),
    Chat(
        "Glas bushokjes",
        "ruimte",
        "2025-05-06 13:00",
        ["Emma van Dijk", "Arjen Poel (Glashandel Poel)"],
        """
A: Arjen, weer 2 panelen nodig bij de halte Ezinge aan de Steenwijkerweg {10}
A: PHOTO "Deze abri is vernield. Schade gezien? Bel 0522 855 410" {10}
B: Morgen. Nog steeds gewoon glas? {10}
A: Nee, vanaf nu gelaagd. Wat kost dat? {10}
B: 720 in plaats van 640 per stuk {10}
A: Doen {10}
~
B: Erin {10}
A: 👍 {10}
""",
        35,
    ),
    Chat(
        "Vervoerder haltes",
        "ruimte",
        "2025-06-18 10:00",
        ["Joost Kamphuis", "Nicole Brink (Qbuzz)"],
        """
A: Nicole, jullie chauffeurs zien het vaak als eerste als een wachthuisje kapot is. Kunnen ze dat melden? {10}
B: Dat kan via onze app, dan sturen we het door {10}
A: Graag. En we willen de beelden van de buscamera's kunnen opvragen bij vernieling {10}
B: Met een aangifte mag dat {10}
~
A: Dan leggen we het vast {10}
B: Prima {10}
""",
        35,
    ),
    Chat(
        "Stempas",
        "dienstverlening",
        "2025-10-11 10:00",
        ["Fatma Yilmaz", "Ruud Bakker"],
        """
B: Ik heb een stemkaart gekregen met de naam van iemand op de Akkerweg, ik woon op de Akkerstraat {11}
A: Excuus, er is een fout gemaakt bij het versturen. Wilt u hem inleveren bij het stadhuis? {11}
B: En de mijne? {11}
A: U krijgt binnen een week een nieuwe {11}
B: PHOTO "STEMPAS Tweede Kamerverkiezing 29 oktober 2025 R. Bakker Akkerweg" {11}
B: Zo staat het erop {11}
~ 2025-10-17
B: Binnen, klopt nu {11}
A: Fijn! {11}
""",
        30,
    ),
    Chat(
        "Drukker",
        "dienstverlening",
        "2025-10-10 15:00",
        ["Ellen Kuipers", "Theo Kremer (Drukkerij Kremer)"],
        """
A: Theo, een deel van de passen is naar verkeerde adressen gegaan. Welk bestand hebben jullie gebruikt? {11}
B: Het bestand van 1 september, dat stond in de map {11}
A: Dat was de testversie. We hebben nieuwe nodig voor 1.146 kiezers {11}
B: Kan maandag gedrukt, dinsdag bij PostNL {11}
A: Op jullie kosten? {11}
B: Dat zoeken we uit, het was een misverstand aan twee kanten {11}
""",
        35,
    ),
    Chat(
        "Stembureauleden",
        "dienstverlening",
        "2025-09-01 09:00",
        ["Jorrit Haan", "Sophie Bruggink"],
        """
A: Sophie, wil je weer voorzitter van een stembureau zijn op 29 oktober?
B: Ja hoor, zelfde bureau?
A: Het bureau in de bibliotheek
B: Moet ik weer een e-learning doen?
A: Ja, voor 20 oktober
""",
        30,
    ),
    Chat(
        "Snackbar Hoofdstraat",
        "ruimte",
        "2025-06-13 10:00",
        ["Gerben Fokkens", "Ahmet Kaya (De Gouden Frik)"],
        """
A: Meneer Kaya, het riool in de Hoofdstraat is verstopt met frituurvet, het komt van uw aansluiting {12}
B: Wij gooien niks in de put, ons oude vet gaat in vaten naar de inzamelaar {12}
A: Uw vetafscheider is in geen jaren geleegd. En handhaving heeft een medewerker gefilmd {12}
B: Dat was een nieuwe jongen, die wist het niet {12}
A: U krijgt een waarschuwing en de rekening van de ontstopping, 4.870 euro {12}
~ 2025-07-14
B: Afscheider geleegd, contract met Vetinzameling Noord voor elk kwartaal {12}
A: Dank u, wij komen controleren {12}
""",
        40,
    ),
    Chat(
        "Terras snackbar",
        "economie",
        "2025-04-22 11:00",
        ["Annemiek Kok", "Ahmet Kaya (De Gouden Frik)"],
        """
B: Mag ik een terras voor de snackbar in de Hoofdstraat? 4 tafels
A: Dan heeft u een terrasvergunning nodig, via het digitale loket
B: Hoe lang duurt dat?
A: 4 tot 6 weken
""",
        25,
    ),
    Chat(
        "Kosten rioolverstopping",
        "bedrijfsvoering",
        "2025-07-01 09:00",
        ["Kevin Schutte", "Mirjam Dolfsma (financiën)"],
        """
A: Mirjam, kun je een factuur maken voor de ontstopping van het riool in de Hoofdstraat? 4.870 euro aan Kaya Snacks VOF {12}
B: Waarvoor precies, voor de omschrijving? {12}
A: Verwijderen vetverstopping hoofdriool door lozing bedrijfsafvalwater {12}
~ 2025-09-15
B: Betaald {12}
A: Eindelijk {12}
""",
        30,
    ),
    Chat(
        "Frituurvet inzameling",
        "openbare_ruimte",
        "2025-11-03 10:00",
        ["Alie Nijboer", "Jannie Kroeze"],
        """
B: Kunnen we ons frituurvet van thuis ergens kwijt? Ik wil het niet door de gootsteen gieten
A: Ja, bij de milieustraat of in de vetbus bij de supermarkt
B: Ook olie?
A: Ook olie, in een gesloten fles
""",
        25,
    ),
    Chat(
        "Waterschap oevers Reest",
        "ruimte",
        "2025-05-26 10:00",
        ["Sietse Bakker", "Hester Kuiper (Waterschap Drents Overijsselse Delta)"],
        """
A: Hester, wij gaan de 14 steigers langs de Reest aanpakken. Hebben jullie ook een keur voor die oevers? {4}
B: Ja, voor alles binnen 5 meter van de insteek is een watervergunning nodig. Er is er geen één verleend {4}
A: Dan trekken we samen op? {4}
B: Graag. Wij leggen geen eigen dwangsom op als jullie het doen {4}
~ 2025-10-06
A: Stand: 12 aanlegplaatsen weg of gelegaliseerd, bij 2 is de dwangsom verbeurd {4}
B: Mooi resultaat {4}
""",
        35,
    ),
)
