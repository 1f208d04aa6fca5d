"""The THIRTY-EIGHTH BLIND relevance set (issue 17): new chats, requests and judgements.

Written as a Woo officer of gemeente Meppel would by a helper (branch wooblind38, stop 48) BEFORE
any measurement on it, without reading the search code, the search tests or the synonym
migrations, and without running the relevance bench; blind37.py was read for the data format only
(none of its chats, subjects, streets, names or requests is reused), build.py for the Chat and
Request API, the earlier sets only for their request titles (so that the subjects are new);
RESULTS.md and the README were opened only to add this set's line. Not yet measured: the lead
measures it once on main's code. Same syntax as blind.py: `{n}` after a line marks the requests it
is relevant to, `~` starts the next day, `~ YYYY-MM-DD` moves the chat to that day, `PHOTO "text"`
is a photo with painted text, `AUDIO` a voice note. Generated filler (build.FILLER) is relevant to
nothing. Names, addresses, firms, shops, associations and phone numbers are made up; a few real
organisations (the Meppeler Courant, Facebook, the GGD, Stibat) appear as they would in such chats.

The twelve requests and their queries were written first, from the request text only, before any
chat. Long team chats (supervision and enforcement, the outdoor service south, the refuse
collectors, green and trees, sports, the Wmo consultants, building inspection, the council clerk's
office, communication, the crisis team, subsidies, events and permits, traffic and parking, the
KCC, legal affairs, the controller, the mayor's office) carry a request's subject in a few lines
among other work; short one-to-one chats answer without repeating the subject ("Balen", "👍",
"Gerepareerd", "Eindelijk", "Gelukkig", "Pasje ontvangen", "Alles brandt weer", "Het gaat weer,
dank", "Verstandig", "Jammer"); other words for the subjects (bomen, oude bomen, verdord,
Ophiostoma, kevers, rooien, vellen, stobben, resistente soort, plantdag; bovenbuurman, nummer 14,
portiek, logboek, gebonk, dossier, last onder dwangsom, kleinere woning; wagen 7, laadbak, pers,
smeulen, powerbank, e-sigaret, lithium, grijze bak, inzamelton; koper, koperdieven, kabel,
mantelbuis, sleuven, masten, bouwlampen, aggregaat, aluminium, wit busje; scootmobiel, rolstoel,
kapotte rem, monteur, fabrikant, verbeterplan, boete; tent, schlagers, bassen, dB(A), in de heg
plassen, wildplassen, kroonkurken, modderbak; gevel, achtergevel, scheur, schoren, stempels,
constructeur, spoedeisende bestuursdwang, kostenbeschikking, sloopmelding; onkosten,
restaurantbonnen, werkdiners, etentjes zonder bon, diners, borrels, accountant; nepprofiel,
valse pagina, nepgemeente, winactie, energietoeslag, IBAN, schermafbeeldingen; GRIP 1, koelhuis,
afsluiter, koelinstallatie, lekdetectie, scherpe lucht, branderige ogen, astma; jaarverslag,
jaarrekening, penningmeester, vaststellingsbesluit, dubieuze debiteur, bezwaarcommissie;
paal, palen, kaartlezers, pasje, kentekencamera's, venstertijden, ontheffing, motorblok);
abbreviations (GGZ, GGD, KCC, GRIP, NL-Alert, OvD, Wmo, vv, BV, dB(A), VVD, D66); typos and
shorthand (amoniak, nep acount, scootmobil, ieppen, polers, Oktoberfeest, "Auw", "nepgemeente"); 6 photos with text (the sign at the pollers, the refuse bin
sticker, the sign on a diseased elm, the closed floodlights at the sports park, the danger sign at
the warehouse, the fake Facebook post) and 3 voice notes; and distractor chats that share words
with requests but are about something else (tree planting day with a school, a refuse truck
blocked by a parked van, copper gutters of the town hall, mobility scooters parked at the
library, a travel expense claim, an Instagram account for youth work, a broken cold store in the
depot canteen, a music society's subsidy, bollards on a cycle path) and lines about other work in
the team chats.

Judging rule (as the earlier sets): a message is relevant when a Woo officer would have to include
it to cover the request, also when it does not repeat the subject ("👍", "Gerepareerd",
"Eindelijk"); a voice note inside a relevant exchange is relevant. Lines of a relevant chat about
something else carry no tag.

Counts (computed from CHATS with build.parse_script; the filler fills every chat to its stated
length): 55 chats of 25 to 200 messages, 3,200 messages (471 hand-written; 6 photos with text, 3
voice notes), 12 requests, 36 queries, 375 relevant messages, each relevant to one request, in 75
(chat, request) pairs; 46 chats relevant to a request, 9 to none, 11 to several. Relevant messages
(chats) per request: R1 39 (6), R2 31 (6), R3 29 (5), R4 35 (6), R5 32 (5), R6 37 (8), R7 31 (7),
R8 27 (5), R9 29 (7), R10 27 (7), R11 27 (6), R12 31 (7)."""

from .build import Chat, Request

REQUESTS = (
    Request(
        1,
        "De iepziekte in de iepen langs het Westeinde en de Groenetaal (zomer en najaar 2025): de "
        "vondst van de zieke bomen, het laboratoriumonderzoek, de spoedkap, de bezwaren van "
        "bewoners en de herplant.",
        ("iepziekte", "iepen kap westeinde", "zieke bomen gekapt herplant"),
    ),
    Request(
        2,
        "De woonoverlast door een huurder in een portiekflat aan de Slingerlaan (2025): de "
        "meldingen van buren, de gesprekken met de woningcorporatie en de zorg, de "
        "gedragsaanwijzing van de burgemeester en de handhaving daarvan.",
        ("woonoverlast slingerlaan", "overlast huurder buren", "gedragsaanwijzing burgemeester"),
    ),
    Request(
        3,
        "Branden in vuilniswagens door accu's en batterijen in het restafval (2025): de "
        "incidenten, de schade aan de wagens, de voorlichting aan inwoners en de inzameling van "
        "batterijen.",
        ("brand vuilniswagen", "accu batterij restafval brand", "vuilniswagen schade batterijen"),
    ),
    Request(
        4,
        "De diefstal van koperkabels van de veldverlichting op sportpark Koedijkslanden (augustus "
        "2025): de ontdekking, de aangifte, de schade, de noodverlichting voor de clubs en de "
        "beveiliging.",
        (
            "koperdiefstal sportpark",
            "kabels gestolen lichtmasten",
            "veldverlichting diefstal aangifte",
        ),
    ),
    Request(
        5,
        "De levering en reparatie van Wmo-hulpmiddelen (scootmobielen, rolstoelen) door "
        "leverancier MobiliZorg Noord (2025): de lange levertijden, de klachten van cliënten, de "
        "gesprekken met de leverancier en de boete.",
        (
            "scootmobiel levertijd",
            "wmo hulpmiddelen klachten leverancier",
            "rolstoel reparatie wachten",
        ),
    ),
    Request(
        6,
        "Het Oktoberfest in een feesttent op het Bleekveld (oktober 2025): de "
        "evenementenvergunning, de klachten over geluid, de vechtpartij en het wildplassen, de "
        "schade aan het grasveld en de evaluatie.",
        ("oktoberfest", "feesttent bleekveld overlast", "oktoberfest vergunning evaluatie"),
    ),
    Request(
        7,
        "Het instortingsgevaar van het leegstaande pakhuis aan de Zuiderkade (2025): de melding "
        "van de scheuren, het afzetten van de straat, het stutten van de gevel, de aanschrijving "
        "van de eigenaar en het verhalen van de kosten.",
        ("pakhuis zuiderkade", "instortingsgevaar pand", "gevel stutten kosten eigenaar"),
    ),
    Request(
        8,
        "De declaraties van de burgemeester en de wethouders (2025): de vragen van de "
        "Meppeler Courant en de raad over de etentjes en de reizen, het onderzoek van de "
        "accountant, de terugbetalingen en de nieuwe declaratieregeling.",
        ("declaraties wethouders", "declaratie burgemeester etentje", "declaratieregeling college"),
    ),
    Request(
        9,
        "Het nepaccount op Facebook dat zich voordeed als de gemeente Meppel (2025): de nep-"
        "winactie, de meldingen van inwoners, het verwijderen door Facebook, de waarschuwing aan "
        "inwoners en de gedupeerden.",
        ("nepaccount facebook", "nep winactie gemeente", "fake account gemeente meppel"),
    ),
    Request(
        10,
        "Het ammoniaklek bij een koelhuis op bedrijventerrein Oevers (juni 2025): het NL-Alert, "
        "het advies om ramen en deuren te sluiten, de gewonde werknemers, de klachten van "
        "omwonenden en het onderzoek en de handhaving daarna.",
        ("ammoniaklek", "nl-alert oevers", "ammoniak koelhuis gezondheidsklachten"),
    ),
    Request(
        11,
        "De subsidie aan Stichting Jongerenpodium Het Magazijn (2025): de ontbrekende "
        "verantwoording, de herinneringen, de lagere vaststelling en de terugvordering, het "
        "bezwaar en de betalingsregeling.",
        (
            "subsidie terugvordering jongerenpodium",
            "het magazijn subsidie",
            "subsidie verantwoording ontbreekt",
        ),
    ),
    Request(
        12,
        "De beweegbare palen (pollers) bij de toegangen tot het voetgangersgebied in de "
        "binnenstad (2025): de storingen, de auto's die tegen een paal reden, de schadeclaims en "
        "de ontheffingen en pasjes.",
        ("pollers binnenstad", "beweegbare palen storing", "auto tegen paal schade"),
    ),
)


CHATS = (
    Chat(
        "Team toezicht en handhaving",
        "veiligheid",
        "2025-01-06 08:00",
        ["Mirjam Oldenhof", "Kevin Brouwer", "Anouk Wessels", "Ties Hulshof"],
        """
A: Goedemorgen, rooster Q1 staat in Teams
B: Ik mis mijn avonddiensten in februari
A: Gecorrigeerd
~ 2025-02-18
C: Slingerlaan 14 weer: om half 3 vannacht harde muziek en geschreeuw in de portiek, 3 buren hebben gebeld {2}
A: Alweer die bovenbuurman van nummer 14? {2}
C: Ja. Hij deed niet open, politie is erbij geweest {2}
D: Die man is volgens de wijkagent al bekend bij de GGZ {2}
~ 2025-03-11
B: Hoofdstraat: de paal bij de Kruisstraat staat weer omhoog terwijl de bakker moet laden, chauffeur stond te schelden {12}
A: Storing? {12}
B: Ja, zijn pasje werd niet gelezen. Ik heb de storingsdienst gebeld {12}
~ 2025-04-02
D: Wie heeft de bodycam van gisteren nog niet ingeleverd?
B: Sorry, ligt in mijn kastje
~ 2025-04-12
D: Zuiderkade: jongens geklommen over de hekken bij dat pakhuis, onder de schoren door. Weggestuurd {7}
A: Daar kan zomaar een steen op je hoofd vallen. Elke avond even langsrijden {7}
~ 2025-05-20
C: Slingerlaan: vandaag met Woonpartners bij de buren langs geweest. Een mevrouw met een baby slaapt al weken op de bank omdat ze zo bang is {2}
A: Dat dossier moet naar de burgemeester, dit is een gedragsaanwijzing waard {2}
C: Ik maak een rapportage van alle meldingen sinds januari, het zijn er 31 {2}
~ 2025-06-12
A: Oevers: NL-Alert amoniak. Wie is in de buurt? Politie wil hulp bij het afzetten van de Industrieweg {10}
D: Ik, ben er in 10 minuten. Masker mee? {10}
A: Niet nodig buiten de afzetting, blijf aan de kant van de wind {10}
~ 2025-07-14
B: Kruisstraat: een bestelbus reed vanochtend achter een auto aan naar binnen en kreeg de paal onder zijn motorblok {12}
D: Auw. Schade? {12}
B: Bus total loss denk ik, paal scheef. Chauffeur zegt dat het stoplicht groen was {12}
B: PHOTO "Voetgangersgebied. Beweegbare palen. Eén voertuig per groen licht" {12}
~ 2025-08-13
B: Vannacht surveillance bij sportpark Koedijkslanden na die kabeldiefstal. Niemand gezien {4}
~ 2025-09-09
C: De gedragsaanwijzing voor de bewoner van de Slingerlaan is vandaag uitgereikt: geen bezoek na 22 uur, geen versterkt geluid, meewerken aan begeleiding {2}
A: Eindelijk. Nu goed controleren {2}
~ 2025-09-23
D: Slingerlaan weer feest gehad met 6 man in de portiek, proces-verbaal van bevindingen opgemaakt {2}
~ 2025-10-03
B: Bleekveld vanavond: de tent zit vol, al 2 man bij de uitgang die in de heg plassen. Bonnen geschreven {6}
A: Hoeveel? {6}
B: 7 voor wildplassen en 1 voor openbare dronkenschap {6}
~ 2025-10-04
D: Om 0.50 uur een vechtpartij bij de tent, 2 aanhoudingen door de politie. Beveiliging was te laat {6}
C: AUDIO {6}
~ 2025-10-20
C: Last onder dwangsom voor Slingerlaan 14 verstuurd, 500 euro per overtreding {2}
~ 2025-11-12
A: Kerstborrel 19 december, zet het in je agenda
D: Komt goed
""",
        200,
    ),
    Chat(
        "Buitendienst ploeg Zuid",
        "openbare_ruimte",
        "2025-01-13 07:00",
        ["Jan Bosman", "Remco Stuut", "Fleur Veenstra", "Berend Ruiter"],
        """
A: Zoutsilo is weer bijgevuld
B: Mooi, vannacht wordt het glad
~ 2025-03-11
C: Paal Kruisstraat zit vast in bovenste stand, monteur van de leverancier komt pas morgen. Handmatig laten zakken? {12}
A: Ja, met de sleutel in het kastje. Daarna een hek erbij zetten {12}
~ 2025-04-07
D: Hekken naar de Zuiderkade gebracht, straat dicht bij het pakhuis. Omleiding via de Kleine Oever {7}
~ 2025-06-24
D: Westeinde: bij 3 iepen hangen de bladeren verdord aan de takken, midden in juni. Dat klopt niet {1}
A: Iepziekte? Foto's naar Karin van Groen {1}
D: Gestuurd. Ook twee bomen verderop beginnen geel te worden {1}
~ 2025-07-15
B: Bus 4 moet naar de APK
A: Ik breng hem
~ 2025-07-21
C: Kruisstraat paal vervangen na die aanrijding, nieuwe staat erin {12}
~ 2025-07-28
D: Bordjes aan de zieke iepen gehangen, bewoners staan al te kijken {1}
D: PHOTO "Deze iep is aangetast door de iepziekte en wordt gekapt. Gemeente Meppel" {1}
~ 2025-08-11
B: Sportpark Koedijkslanden: de beheerder belt dat de velden gisteravond donker bleven. Bij mast 3 en 4 ligt de grond open en de kabel is weg {4}
A: Weg? {4}
B: Eruit getrokken, over zo'n 300 meter. Alleen het lege mantelbuis ligt er nog. Koperdieven {4}
A: Afzetten die sleuven, straks breekt iemand een been {4}
~ 2025-08-12
B: Sleuven dicht, hekken eromheen {4}
~ 2025-08-18
D: Iepen Westeinde en Groenetaal: 9 bomen om, stobben eruit gefreesd. Hout gaat vandaag nog naar de verbranding, niet laten liggen vanwege de kevers {1}
~ 2025-09-01
C: Bouwlampen bij het sportpark weer opgehaald? {4}
B: Nee, die blijven tot de nieuwe kabel erin ligt {4}
~ 2025-10-06
C: Bleekveld na dat Oktoberfest: het gras is één modderbak, overal kroonkurken en bekers {6}
A: Maandag prikken, dinsdag frezen en inzaaien {6}
~ 2025-11-24
D: Nieuwe iepen staan erin, 9 stuks, resistente soort. Boomband en palen erbij {1}
A: Top {1}
~ 2025-12-01
B: Kerstbomen op de Markt staan
""",
        190,
    ),
    Chat(
        "Afvalinzameling chauffeurs",
        "openbare_ruimte",
        "2025-01-06 06:30",
        ["Hennie Lubbers", "Dirk Wolters", "Sem Kamphuis", "Yvette Roelofs"],
        """
A: Route Nijeveen is vandaag omgedraaid vanwege werkzaamheden
B: Ok
~ 2025-03-04
B: Wagen 7 in brand in de Haveltermade!! Rook uit de laadbak, brandweer onderweg {3}
A: Jullie oké? {3}
B: Ja, lading op straat gestort zoals geoefend. Stinkt verschrikkelijk {3}
C: PHOTO "Grijze container: geen batterijen, accu's of powerbanks" {3}
~ 2025-03-05
A: Brandweer zegt: vermoedelijk een powerbank of accu van een e-sigaret in de grijze bak {3}
D: Derde keer dit jaar dat het bijna mis ging, alleen nu echt vlam {3}
~ 2025-04-16
D: Vanochtend weer smeulen in de pers, Koedijkslanden. Op tijd gezien, met de blusser geblust {3}
A: Welke straat? Dan gaat er een brief naar die straat {3}
D: Ergens tussen de Eikenlaan en de Beukenlaan, precies weet ik niet {3}
~ 2025-05-12
C: Wie rijdt zaterdag de extra ronde papier?
B: Ik
~ 2025-06-30
A: Wagen 7 is terug uit de reparatie. Laadbak nieuw, hydrauliek vervangen {3}
B: Kostenplaatje? {3}
A: Ruim 60 duizend, de verzekering betaalt een deel {3}
~ 2025-09-17
D: Lithium lijkt minder, sinds die campagne zie ik meer batterijen in het bakje bij de supermarkt {3}
~ 2025-10-08
C: Lunch vrijdag bij de werf?
""",
        120,
    ),
    Chat(
        "Groen en bomen",
        "openbare_ruimte",
        "2025-02-03 08:00",
        ["Karin Vos", "Gijs Timmer", "Marieke Brink"],
        """
A: Snoeiplan 2025 staat klaar
B: Lees ik
~ 2025-06-24
A: Buitendienst meldt verwelkte iepen langs het Westeinde. Ik ga kijken {1}
~ 2025-06-25
A: Takken met bruine strepen onder de bast, typisch iepziekte. Monsters naar het lab gestuurd {1}
B: Hoeveel bomen? {1}
A: 6 aan het Westeinde, 3 aan de Groenetaal. Allemaal oude iepen van 70, 80 jaar {1}
~ 2025-07-08
A: Uitslag lab binnen: positief. Ophiostoma, de iepziekte. Ze moeten er binnen 3 weken uit, anders verspreiden de kevers het {1}
C: Spoedkap dan. Ik zet de melding in de omgevingsvergunningenlijst {1}
~ 2025-07-25
C: 14 reacties van bewoners Westeinde binnen, ze willen dat we eerst een second opinion doen {1}
A: Het lab is de second opinion. Ik bel de voorzitter van de buurtvereniging {1}
~ 2025-08-18
A: Kap gedaan. Geen verdere iepen aangetast, controle in de hele wijk volgt in september {1}
~ 2025-09-15
B: Vijver park Ezinge groeit dicht met kroos
A: Laten we volgende week scheppen
~ 2025-10-06
B: Bleekveld is helemaal kapot gereden door de vrachtwagens van de tent. Herstel kost 9.000 euro, kunnen we dat verhalen? {6}
C: Staat in de vergunning: herstel op kosten van de organisator {6}
~ 2025-10-21
C: Herplant: 9 iepen van de resistente soort Lutece, plantdag 22 november {1}
A: Kosten met de kap en de herplant samen 31 duizend {1}
""",
        130,
    ),
    Chat(
        "Sportzaken",
        "samenleving",
        "2025-01-08 09:00",
        ["Erwin Smit", "Lotte van der Veen", "Bram Koning"],
        """
A: Tarieven sportaccommodaties 2026 naar de raad in september
B: Ik heb de vergelijking met Steenwijk klaar
~ 2025-03-19
C: Tennis de Kaap wil padelbanen, ze komen langs
A: Eerst de vergunning laten checken
~ 2025-08-11
B: vv Koedijkslanden belt: geen licht op de velden, de trainingen gisteravond zijn afgelast. Er is koper gestolen bij de lichtmasten {4}
A: Serieus? Ik bel de buitendienst {4}
~ 2025-08-12
A: Politie is geweest, aangifte gedaan door de gemeente. Het gaat om de voedingskabels van 4 masten {4}
B: De club wil weten hoe lang het duurt, de competitie begint over 3 weken {4}
A: Installateur zegt: nieuwe kabel 6 weken levertijd {4}
~ 2025-08-20
C: Tijdelijke bouwlampen met een aggregaat voor de trainingen, geregeld via de verhuurder {4}
B: De club is er blij mee, ook al is het niet ideaal {4}
~ 2025-09-30
A: Nieuwe kabels liggen, dit keer aluminium, voor dieven niks waard. Velden weer volledig verlicht {4}
B: Mooi {4}
C: Schade in totaal 42.600 euro, de verzekering keert 30 duizend uit {4}
~ 2025-10-15
C: Camera op het sportpark, mag dat? {4}
A: Alleen op eigen terrein en met een bord. Ik leg het voor aan de privacyjurist {4}
~ 2025-11-20
A: Evaluatie buurtsportcoaches in december
""",
        120,
    ),
    Chat(
        "Wmo-consulenten Meppel",
        "samenleving",
        "2025-01-07 08:30",
        ["Ingrid Mulder", "Tanja Hoekstra", "Sanne Berends", "Wouter Eggink"],
        """
A: Intakes deze week: 14
B: Ik neem er 4
~ 2025-02-12
C: Mevrouw Dekker uit Nijeveen wacht nu 11 weken op haar scootmobiel. Ze komt de deur niet meer uit {5}
A: MobiliZorg weer? {5}
C: Ja. Ze zeggen dat de fabriek in Duitsland achterloopt {5}
~ 2025-03-05
D: Meneer Scholten belde huilend: zijn rolstoel heeft een lekke band en een kapotte rem, al 3 weken niemand geweest {5}
B: Dat is geen levertijd meer, dat is gewoon slecht {5}
A: Ik zet alle klachten over de hulpmiddelen in een lijst voor het contractmanagement {5}
~ 2025-04-10
B: Lijst staat op 38 klachten over levertijden en reparaties, van januari tot nu {5}
~ 2025-05-22
D: Slingerlaan 14: de Wmo wordt gevraagd om begeleiding in te zetten voor die meneer met de overlast. Wie pakt het op? {2}
B: Ik. Ik ga met de wijkagent langs {2}
~ 2025-06-02
B: Gesprek geweest. Hij wil wel hulp, zegt hij. Ambulante begeleiding aangevraagd {2}
~ 2025-07-01
A: Goed nieuws: MobiliZorg heeft een tweede monteur aangenomen en een voorraad van 20 scootmobielen {5}
C: Eerst zien dan geloven {5}
~ 2025-09-08
C: Mevrouw Dekker heeft eindelijk haar scootmobiel. 29 weken! {5}
~ 2025-10-14
A: Kerstpakketten voor de cliënten van de dagbesteding?
""",
        140,
    ),
    Chat(
        "Bouw- en woningtoezicht",
        "ruimte",
        "2025-01-13 08:00",
        ["Hendrik Schuurman", "Priscilla de Boer", "Arjen Veldhuis"],
        """
A: Controles dakkapellen Koedijkslanden deze maand
B: Prima
~ 2025-04-07
C: Melding via de KCC: bij het oude pakhuis aan de Zuiderkade vallen stenen uit de achtergevel op de stoep {7}
A: Ik ga er nu heen {7}
A: Scheur van boven tot onder in de achtergevel, de muur hangt zeker 10 cm naar buiten. Dit kan zo omvallen {7}
B: Afzetten en de constructeur bellen {7}
A: PHOTO "Gevaar! Instortingsgevaar. Verboden toegang" {7}
~ 2025-04-08
C: Constructeur van Bureau Dijkhuis: stempels plaatsen binnen 48 uur, anders de gevel afbreken {7}
A: Eigenaar is Zuiderkade Vastgoed BV, de directeur zit in Spanje en neemt niet op {7}
B: Dan spoedeisende bestuursdwang. Ik stel het besluit op {7}
~ 2025-04-10
A: Stempels staan, 6 stalen schoren tegen de gevel. De straat blijft dicht voor auto's {7}
~ 2025-05-19
B: De eigenaar heeft per mail gereageerd: hij vindt dat de gemeente te snel was en betaalt niks {7}
C: Kosten tot nu toe 47 duizend euro. We verhalen ze, met een kostenbeschikking {7}
~ 2025-08-25
A: Dakopbouw Jan Steenstraat zonder vergunning, zal ik een vooraankondiging sturen?
B: Ja
~ 2025-10-13
C: Zuiderkade: de eigenaar heeft een sloopmelding gedaan, alleen de achterbouw. De voorgevel is monument en blijft {7}
""",
        120,
    ),
    Chat(
        "Griffie en bestuursondersteuning",
        "bestuur",
        "2025-01-09 09:00",
        ["Wendy Postma", "Olaf Meijering", "Hilde Kroeze"],
        """
A: Raadsagenda februari staat online
B: Top
~ 2025-03-03
B: Schriftelijke vragen van de VVD over de declaraties van het college binnen. Ze willen een overzicht per wethouder over 2023 en 2024 {8}
A: Termijn 30 dagen. Ik zet het door naar de concernstaf {8}
~ 2025-03-27
C: Antwoord op de vragen over de declaraties is klaar, met een bijlage per bestuurder {8}
B: Staat dat diner in Zwolle er ook in? {8}
C: Ja, alle 14 etentjes staan erin, met het aantal gasten {8}
~ 2025-04-22
A: Subsidie Het Magazijn: de fractie van GroenLinks vraagt of het klopt dat de gemeente geld terugvordert {11}
B: Klopt, ik vraag de tekst op bij Subsidies {11}
~ 2025-05-08
B: Raadslid Hoekstra vraagt hoeveel inwoners geld kwijt zijn door die nepgemeente op Facebook {9}
C: Volgens de politie 7 aangiftes. Ik zet het in de raadsinformatiebrief {9}
~ 2025-05-15
B: Presidium wil een nieuwe declaratieregeling voor de raad en het college, voor de zomer {8}
~ 2025-06-26
C: Raad heeft de nieuwe regeling voor onkostenvergoedingen van het college aangenomen, 19 voor 6 tegen {8}
~ 2025-07-10
A: Motie van D66 over de polers: ontheffingen ook voor mantelzorgers {12}
C: Aangehouden tot na de zomer {12}
~ 2025-11-06
A: Begrotingsraad gaat tot 23 uur, eten wordt geregeld
""",
        120,
    ),
    Chat(
        "Team communicatie",
        "bestuur",
        "2025-01-06 09:00",
        ["Nadia El Idrissi", "Ruud Zwiep", "Carola Jansen", "Tim Brouwers"],
        """
A: Nieuwsbrief januari gaat vrijdag uit
B: Ik heb een stuk over de ijsbaan
~ 2025-03-05
C: Na de brand in de vuilniswagen: campagne 'Batterij in de grijze bak? Levensgevaarlijk!' Wie schrijft? {3}
A: Ik. Met een filmpje van de chauffeurs erbij? {3}
C: Goed idee {3}
~ 2025-03-24
A: Campagne over batterijen en accu's live op Facebook, Instagram en in de Meppeler Courant {3}
~ 2025-04-28
D: Er staat een pagina 'Gemeente Meppel Info' op Facebook met ons logo, die geeft 'energietoeslag van 500 euro' weg. Met een linkje. Dat is toch niet van ons? {9}
A: Nee! Nep. Meteen melden bij Facebook {9}
D: Gemeld. Er hebben al 300 mensen op gereageerd {9}
D: PHOTO "Gemeente Meppel Info. WINACTIE! Ontvang 500 euro energietoeslag. Klik hier" {9}
B: Ik zet een waarschuwing op onze eigen pagina en de website {9}
~ 2025-04-29
B: Waarschuwing staat, al 2.000 keer gedeeld {9}
D: Facebook heeft nog niet gereageerd, het account staat er nog {9}
~ 2025-04-30
D: Het nepprofiel is eindelijk offline {9}
A: Gelukkig {9}
~ 2025-06-12
A: NL-Alert Oevers: ik zet het bericht over het ammoniaklek op de site en de socials. Tekst van de veiligheidsregio overnemen {10}
C: Ramen en deuren dicht, ventilatie uit, ook in Haveltermade {10}
~ 2025-06-13
A: Update: het lek is dicht, advies is ingetrokken {10}
~ 2025-11-03
C: Jaarplanning 2026 staat in de map
""",
        160,
    ),
    Chat(
        "Crisisteam gemeente Meppel",
        "veiligheid",
        "2025-02-10 09:00",
        ["Bertine Lok", "Johan Westerhof", "Esther Mensink"],
        """
A: Oefening crisisteam op 12 maart, locatie brandweerkazerne
B: Staat
~ 2025-06-12
A: GRIP 1, ammoniaklek bij Frigo Noord Koelhuizen op Oevers. NL-Alert is net uit {10}
B: Hoeveel mensen in het gebied? {10}
A: Zo'n 40 bedrijven en 120 woningen aan de rand van Haveltermade {10}
C: 3 werknemers van het koelhuis met ademhalingsproblemen naar het ziekenhuis in Zwolle {10}
~
B: Lek gedicht om 19.40 uur. Meetploegen meten niets meer {10}
A: Afschaling om 20.15 uur {10}
~ 2025-06-16
C: Bij het klantcontactcentrum 23 mensen die klagen over hoofdpijn en branderige ogen na het lek. Doorverwezen naar de GGD {10}
~ 2025-07-08
A: Evaluatie ammoniak klaar, verbeterpunt: het NL-Alert kwam 35 minuten na het begin van de lekkage {10}
~ 2025-11-17
C: Oefening stroomuitval in januari
""",
        100,
    ),
    Chat(
        "Subsidies en accountmanagement",
        "samenleving",
        "2025-01-07 09:00",
        ["Marloes Timmerman", "Dennis van Dijk", "Petra Nijenhuis"],
        """
A: Aanvragen 2026 moeten voor 1 oktober binnen zijn
B: Staat op de site
~ 2025-01-28
B: Het Magazijn heeft de verantwoording over 2023 nog steeds niet ingeleverd. Jaarverslag en jaarrekening ontbreken {11}
A: Tweede herinnering sturen, met een termijn van 4 weken {11}
~ 2025-03-03
B: Geen reactie van het jongerenpodium. De voorzitter is opgestapt en de penningmeester reageert niet {11}
C: Dan stellen we de subsidie lager vast. Wat is er aantoonbaar gedaan? {11}
B: Volgens de agenda op hun site zo'n 20 concerten in plaats van 45 {11}
~ 2025-04-04
C: Vaststellingsbesluit: 17.000 van de 45.000 euro. Terugvordering 28.000 euro {11}
A: Stuur het aangetekend {11}
~ 2025-05-14
B: Bezwaarschrift van Het Magazijn binnen, via een advocaat {11}
~ 2025-07-03
A: Subsidie muziekvereniging Crescendo is toegekend
~ 2025-09-18
C: Bezwaarcommissie: bezwaar van de stichting ongegrond {11}
B: En nu? {11}
C: Betalingsregeling: 36 maanden, 780 euro per maand {11}
~ 2025-11-05
A: Raadsinformatiebrief subsidieplafonds in de maak
""",
        110,
    ),
    Chat(
        "Evenementen en vergunningen",
        "economie",
        "2025-01-14 09:00",
        ["Sabine Wolters", "Henk-Jan Prins", "Joyce Dekkers"],
        """
A: Evenementenkalender 2025 staat
B: Al 62 aanvragen
~ 2025-05-06
B: Aanvraag binnen voor een Oktoberfest op het Bleekveld, 3 en 4 oktober. Tent voor 2.000 man, bier, schlagers {6}
A: Wie organiseert? {6}
B: Partycentrum De Kroon, samen met een brouwerij {6}
~ 2025-06-17
C: Adviezen binnen van politie en brandweer. Eindtijd 1 uur vinden zij te laat voor een woonwijk {6}
A: Eindtijd muziek 0.00 uur, tent om 1 uur leeg. Zo vergunnen {6}
~ 2025-09-02
B: Vergunning Oktoberfest verleend, met 12 beveiligers en 40 dixi's {6}
~ 2025-10-06
C: 27 klachten na het Oktoberfest: bassen tot ver na middernacht, plassen in tuinen, een vechtpartij {6}
A: Evaluatie met De Kroon, politie en de buurt plannen {6}
~ 2025-11-13
A: Evaluatie: volgend jaar geen Oktoberfest op het Bleekveld. De Kroon mag het op hun eigen terrein aan de Industrieweg doen {6}
C: Buurt zal opgelucht zijn {6}
""",
        110,
    ),
    Chat(
        "Verkeer en parkeren",
        "ruimte",
        "2025-01-15 08:30",
        ["Leon Haverkort", "Nicole Smeenk", "Frits Lamberink", "Gerda Spijkerman"],
        """
A: Telling fietsers Hoofdstraat klaar
B: Ik kijk ernaar
~ 2025-03-12
C: Storingen pollers binnenstad: al 9 keer dit jaar dat een paal omhoog bleef staan of niet meer zakte {12}
A: Dat is dezelfde leverancier als in Hoogeveen, daar hebben ze dezelfde ellende {12}
~ 2025-07-15
D: Aanrijding paal Kruisstraat gisteren, de eigenaar van de bestelbus dient een claim in van 18.000 euro {12}
B: Zijn camera's opnemen? {12}
D: Ja, beeld laat zien dat hij bumperklevend achter een ander aan reed. Eigen schuld {12}
~ 2025-08-05
C: Nieuwe borden bij alle toegangen: 'Eén voertuig per groen licht', plus een extra stoplicht bij de Kruisstraat {12}
~ 2025-09-16
A: Verkeersbesluit 30 km Eekhorstweg gepubliceerd
~ 2025-10-27
B: Nieuwe software in de palen, sindsdien maar 1 storing. Kentekencamera's in plaats van pasjes per 1 januari {12}
""",
        130,
    ),
    Chat(
        "KCC teamleiders",
        "dienstverlening",
        "2025-01-06 08:00",
        ["Astrid Bouwmeester", "Rik Evers", "Daphne Kuiper"],
        """
A: Bezetting maandag is krap
B: Ik kom een uur eerder
~ 2025-04-28
B: Telefoon staat roodgloeiend over een winactie van de gemeente op Facebook. Mensen vragen wanneer ze de 500 euro krijgen {9}
A: Dat is dat nep acount. Script: niet van ons, geen gegevens invullen, melden bij Facebook {9}
C: Een mevrouw heeft haar bankgegevens al ingevuld, er is 1.200 euro van haar rekening af {9}
A: Naar de bank en aangifte bij de politie {9}
~ 2025-04-30
B: Telling: 212 telefoontjes en 80 mails over het nepaccount {9}
~ 2025-06-16
C: Veel bellers over het ammoniaklek, hoofdpijn, mogen de kinderen buiten spelen? {10}
A: Doorverwijzen naar de GGD, het advies is ingetrokken {10}
~ 2025-07-14
B: Bellers uit het Westeinde over de brief over de bomen. Ze zijn boos dat de oude bomen gekapt worden {1}
A: Doorzetten naar Karin van Groen, zij belt terug {1}
~ 2025-09-22
B: Belronde over de nieuwe afvalkalender
""",
        100,
    ),
    Chat(
        "Juridische zaken",
        "bedrijfsvoering",
        "2025-02-04 09:00",
        ["Maarten Schipper", "Lianne Oosting"],
        """
A: Bezwaar tegen de precario van het terras, zitting 12 maart
B: Ik doe de verweer
~ 2025-04-08
B: Zuiderkade: het besluit spoedeisende bestuursdwang voor het pakhuis, kun je meelezen? {7}
A: Graag, stuur maar {7}
A: Eigenaar moet wel een kans krijgen, ook al is het spoed. Noteer de pogingen om hem te bellen {7}
~ 2025-04-30
B: Dat nepprofiel gebruikt ons gemeentewapen. Kunnen we de maker aanpakken? {9}
A: Onbekend wie het is, de politie onderzoekt het. Wel alle schermafbeeldingen bewaren {9}
~ 2025-08-21
A: Verzekeraar vraagt het proces-verbaal van de gestolen kabels op het sportpark {4}
B: Stuur ik door {4}
B: Bezwaar Het Magazijn: ze zeggen dat de gemeente nooit heeft gereageerd op hun mails over uitstel {11}
A: Zoek de mails op in het zaaksysteem {11}
~ 2025-09-02
B: Gedragsaanwijzing Slingerlaan: juridisch alles rond, burgemeester tekent vrijdag {2}
""",
        70,
    ),
    Chat(
        "Concernstaf en controller",
        "bedrijfsvoering",
        "2025-02-03 09:00",
        ["Gertjan Mol", "Sylvia Hendriks"],
        """
A: Eerste tussenrapportage moet 15 mei af
B: Ik start de uitvraag
~ 2025-03-04
A: Overzicht declaraties bestuurders 2023-2024: het meeste geld ging naar diners en een reis naar Brussel {8}
B: Hoeveel? {8}
A: 23.400 euro in totaal. Eén wethouder 11.000 daarvan {8}
~ 2025-04-15
B: De accountant wil de declaraties van het college steekproefsgewijs controleren {8}
~ 2025-05-06
B: Zuiderkade pakhuis: de stempels en de afzetting kosten tot nu toe 47 duizend. Wie schiet voor? {7}
A: Wij, en we leggen beslag als de eigenaar niet betaalt {7}
~ 2025-05-30
A: Rapport accountant: 8 declaraties zonder bon, 2 met alcohol boven de norm. Advies: terugbetalen {8}
~ 2025-06-10
B: Terugbetaald: 1.860 euro, door twee wethouders {8}
~ 2025-06-24
B: Vordering op Het Magazijn van 28.000 euro, moeten we die als dubieuze debiteur boeken? {11}
A: Ja, de helft voorzien. De stichting heeft geen geld {11}
~ 2025-09-01
A: Begroting 2026: ruimte in het weerstandsvermogen is krap
""",
        80,
    ),
    Chat(
        "Wethouder Bakker",
        "bestuur",
        "2025-02-24 18:00",
        ["Renate Bakker", "Wendy Postma"],
        """
A: Wendy, die journalist van de Meppeler Courant vraagt naar mijn restaurantbonnen. Moet ik reageren? {8}
B: Liever via de woordvoerder, en alles wat je declareerde mag openbaar {8}
A: Het waren werkdiners met de provincie, niks geks {8}
B: Dan staat het in het overzicht. Geen zorgen {8}
~ 2025-06-06
A: Ik heb 1.140 euro teruggestort, die etentjes zonder bon. Zo is het klaar {8}
B: Verstandig {8}
~ 2025-06-18
A: Wendy, de jongeren van Het Magazijn stonden vandaag bij mij op de stoep. Ze zijn boos over de terugvordering {11}
B: Begrijpelijk, maar er is 2 jaar niks verantwoord. Het bezwaar loopt {11}
A: Ik wil wel dat er een regeling komt, anders is het podium weg {11}
""",
        40,
    ),
    Chat(
        "Meppeler Courant verzoek",
        "bestuur",
        "2025-02-20 11:00",
        ["Ruud Zwiep", "Eline Bos"],
        """
B: Hoi Ruud, ik schrijf een stuk over onkosten van bestuurders in de regio. Kan ik de declaraties van de Meppeler wethouders krijgen? {8}
A: Dat moet via een Woo-verzoek of we geven het na de raadsvragen. Die zijn in de maak {8}
B: Wanneer komen de antwoorden? {8}
A: Eind maart {8}
~ 2025-03-28
B: Gezien. 23 duizend aan diners, borrels en reizen. Mag ik een reactie van de burgemeester? {8}
A: Zij zegt: alles binnen de regels, maar we kijken kritisch naar de regeling {8}
""",
        40,
    ),
    Chat(
        "Burgemeester en kabinet",
        "bestuur",
        "2025-01-13 08:30",
        ["Anne-Marie Kuipers", "Theo Wassink", "Lisanne Bolhuis"],
        """
A: Agenda week 3 klopt niet helemaal
B: Ik pas het aan
~ 2025-03-25
B: Burgemeester, over uw declaraties zijn vragen gesteld. Het lunchoverleg met de korpschef staat erop, 340 euro {8}
A: Zet er duidelijk bij waarom, dan is het uit te leggen {8}
~ 2025-04-29
B: Burgemeester, wilt u een kort filmpje opnemen over die valse pagina op Facebook? Mensen vertrouwen u {9}
A: Ja, vanmiddag om 14 uur {9}
~ 2025-06-02
C: Slingerlaan: het dossier voor een gedragsaanwijzing ligt bij u. 31 meldingen, gesprekken met de bewoner, zorg aangeboden, niet verbeterd {2}
A: Ik wil de buren eerst zelf spreken {2}
~ 2025-06-12
B: GRIP 1 ammoniak, u wordt gebeld door de OvD {10}
A: Ik ben onderweg {10}
~ 2025-06-19
A: Gesprek met de bewoners van de Slingerlaan gehad. Schrijnend. Laat Juridische zaken de gedragsaanwijzing voorbereiden, dan teken ik {2}
~ 2025-10-04
B: Vechtpartij bij het Oktoberfest vannacht, politie heeft 2 mensen opgepakt {6}
A: Mijn idee: dit evenement is niet goed voor die plek {6}
""",
        120,
    ),
    Chat(
        "Buurtvereniging Westeinde",
        "openbare_ruimte",
        "2025-07-10 19:00",
        ["Karin Vos", "Harry Stegeman"],
        """
B: Mevrouw Vos, de buurt is geschrokken van de brief. Moeten echt alle 9 bomen weg? Die ieppen staan er al sinds de oorlog {1}
A: Ik begrijp het. Maar ze zijn ziek en de ziekte gaat via kevers naar de gezonde bomen. Als we wachten, gaan alle iepen in Meppel eraan {1}
B: Komt er iets terug? {1}
A: Ja, 9 nieuwe iepen die tegen de ziekte kunnen {1}
B: AUDIO {1}
~ 2025-08-19
B: Het is wel kaal nu {1}
A: Klopt. In november planten we {1}
~ 2025-11-22
B: Dank voor de plantdag, de kinderen hebben zelf geholpen {1}
""",
        35,
    ),
    Chat(
        "Boomlab uitslag",
        "openbare_ruimte",
        "2025-06-26 10:00",
        ["Karin Vos", "Dr. Jeroen Aalders"],
        """
A: De monsters van de iepen uit Meppel zijn per post onderweg {1}
B: Ontvangen, uitslag binnen 10 werkdagen {1}
~ 2025-07-08
B: Alle 9 positief op Ophiostoma novo-ulmi {1}
A: Balen {1}
B: Advies: bomen binnen 3 weken rooien en het hout direct vernietigen {1}
""",
        25,
    ),
    Chat(
        "Aannemer boomkap",
        "openbare_ruimte",
        "2025-08-04 08:00",
        ["Gijs Timmer", "Marco Schurer"],
        """
A: Marco, kunnen jullie 9 iepen vellen, 18 augustus? Westeinde en Groenetaal {1}
B: Kan. Met hoogwerker en kraan, straat een dag dicht {1}
A: Prima, ik regel de afzetting {1}
~ 2025-08-18
B: Alle 9 liggen, hout op de wagen {1}
A: 👍 {1}
""",
        25,
    ),
    Chat(
        "Bewonersavond Slingerlaan",
        "veiligheid",
        "2025-03-20 20:00",
        ["Anouk Wessels", "Monique Hartsuiker"],
        """
B: Ik woon onder nummer 14. Ik kan niet meer. Vannacht tot 4 uur gebonk, muziek en mannen op de trap {2}
A: Dat is ernstig. Heeft u het gemeld? {2}
B: Elke keer. Bij de politie en bij Woonpartners. Er gebeurt niks {2}
A: Wilt u een logboek bijhouden? Datum, tijd, wat er gebeurt. Dan kunnen wij meer {2}
~ 2025-04-01
B: Logboek staat vol. 12 nachten in 2 weken {2}
~ 2025-09-30
B: Sinds die brief van de burgemeester is het stiller. Alleen vrijdag nog gedoe {2}
A: Blijf het melden {2}
""",
        30,
    ),
    Chat(
        "Woonpartners overleg",
        "samenleving",
        "2025-03-13 10:00",
        ["Anouk Wessels", "Gerard Pool"],
        """
A: Gerard, hoe staat het met de huurder boven in de portiek? Wij krijgen elke week meldingen {2}
B: Wij hebben een gesprek gehad, hij belooft beterschap. Ontbinding via de rechter duurt zeker een jaar {2}
A: Dan gaan wij voor een gedragsaanwijzing {2}
B: Steunen wij {2}
~ 2025-11-04
B: Hij heeft een kleinere woning buiten Meppel geaccepteerd. Per 1 december weg {2}
A: Opluchting voor de buren {2}
""",
        30,
    ),
    Chat(
        "Brandweer afvalwagen",
        "veiligheid",
        "2025-03-04 08:15",
        ["Hennie Lubbers", "Marcel Koster"],
        """
B: Hennie, de wagen van jullie in de Haveltermade is uit. Alleen de laadbak is beschadigd {3}
A: Dank! Oorzaak? {3}
B: Tussen het afval een gesmolten powerbank en een accu van een elektrische tandenborstel. Klassiek {3}
A: Dat is de derde in Drenthe deze maand {3}
""",
        25,
    ),
    Chat(
        "Verzekeraar wagenpark",
        "bedrijfsvoering",
        "2025-03-10 10:00",
        ["Yvette Roelofs", "Sander Kempen"],
        """
A: Schademelding vuilniswagen 7, brand in de laadbak door een accu. Foto's bijgevoegd {3}
B: Ontvangen. Expert komt donderdag {3}
~ 2025-05-02
B: Uitkering 42.000 euro, eigen risico 10.000 {3}
A: Ok {3}
""",
        25,
    ),
    Chat(
        "Batterijen inzameling supermarkten",
        "openbare_ruimte",
        "2025-04-22 11:00",
        ["Hennie Lubbers", "Tineke Brands"],
        """
B: Hoi, de Plus in Nijeveen wil ook een inzamelton voor lege batterijen bij de ingang {3}
A: Prima, ik laat er een brengen. Stibat haalt hem leeg {3}
B: Ook een voor accu's van fietsen? {3}
A: Die moeten naar de milieustraat {3}
""",
        25,
    ),
    Chat(
        "Beheerder sportpark Koedijkslanden",
        "samenleving",
        "2025-08-10 22:10",
        ["Henk Dolfsma", "Erwin Smit"],
        """
A: Erwin, hier is alles donker. Lampen doen het niet op veld 2, 3 en 4 {4}
B: Stroomstoring? {4}
A: Nee, de kantine heeft wel stroom. Ik ga morgen kijken bij de masten {4}
~
A: Gaten bij de masten en de kabels zijn weg. Gestolen! {4}
B: Ik bel de politie {4}
A: PHOTO "Sportpark Koedijkslanden. Verlichting buiten gebruik. Trainingen vervallen" {4}
~ 2025-09-30
A: Alles brandt weer {4}
B: Eindelijk {4}
""",
        30,
    ),
    Chat(
        "Politie wijkagent Koedijkslanden",
        "veiligheid",
        "2025-08-12 09:00",
        ["Erwin Smit", "Wijkagent Niek Mensen"],
        """
B: De aangifte van de kabeldiefstal is opgenomen. Er zijn vaker zulke diefstallen in de regio, ook in Steenwijk {4}
A: Sporen? {4}
B: Bandensporen van een busje. Buren zagen om 3 uur 's nachts een wit busje {4}
~ 2025-09-04
B: Twee mannen aangehouden in Hoogeveen met 600 kilo koper. Mogelijk ook jullie kabel {4}
A: Mooi {4}
""",
        30,
    ),
    Chat(
        "Klacht scootmobiel",
        "samenleving",
        "2025-02-10 14:00",
        ["Ingrid Mulder", "Gerda Dekker"],
        """
B: Ik wacht al sinds november op mijn scootmobil. Ik zit de hele dag binnen {5}
A: Dat is veel te lang, mevrouw Dekker. Ik ga er achteraan bij de leverancier {5}
~ 2025-04-14
B: Nog steeds niks. De boodschappen laat ik door de buurvrouw doen {5}
A: Ik heb het opnieuw doorgezet, met spoed {5}
~ 2025-09-08
B: Hij is er! Ik ben meteen naar de markt gereden {5}
A: Wat fijn {5}
""",
        30,
    ),
    Chat(
        "Contractmanagement hulpmiddelen",
        "samenleving",
        "2025-03-18 09:00",
        ["Wouter Eggink", "Frank Obbink"],
        """
A: Frank, de levertijd van de scootmobielen en rolstoelen van MobiliZorg is veel te lang. Contract zegt 6 weken {5}
B: Ik plan een gesprek. Volgens hen is het een probleem van de fabrikant {5}
~ 2025-04-17
B: Gesprek gehad. Ze beloven een verbeterplan binnen 2 weken. Anders boete volgens het contract {5}
~ 2025-05-20
A: Geen verbeterplan ontvangen {5}
B: Boete opgelegd: 15.000 euro {5}
~ 2025-08-12
B: Levertijden terug naar gemiddeld 8 weken. Nog niet goed, wel beter {5}
""",
        40,
    ),
    Chat(
        "MobiliZorg monteurs",
        "samenleving",
        "2025-03-06 08:00",
        ["Tanja Hoekstra", "Ronald Scheper"],
        """
A: Meneer Scholten, Eekhorstweg 12, rolstoel met kapotte rem. Kan er vandaag iemand komen? {5}
B: Sorry, we hebben maar 1 monteur voor heel Zuidwest-Drenthe. Donderdag {5}
A: Dat is niet veilig {5}
B: Ik zal kijken of het woensdag lukt {5}
~
B: Gerepareerd {5}
A: Dank {5}
""",
        30,
    ),
    Chat(
        "Cliëntenraad sociaal domein",
        "samenleving",
        "2025-05-08 19:00",
        ["Ingrid Mulder", "Joop Lammers"],
        """
B: In de cliëntenraad komen veel verhalen over wachten op hulpmiddelen. Hoe gaat de gemeente dit oplossen? {5}
A: We hebben de leverancier een boete gegeven en maandelijks overleg {5}
B: Wij willen de cijfers per kwartaal zien {5}
A: Komt in het volgende overleg {5}
""",
        30,
    ),
    Chat(
        "De Kroon Oktoberfest",
        "economie",
        "2025-05-07 10:00",
        ["Sabine Wolters", "Bas Kroon"],
        """
B: Goedemorgen Sabine, hebben jullie alles voor ons Oktoberfeest? {6}
A: Bijna, ik mis nog het veiligheidsplan en de tekening van de tent {6}
~ 2025-06-20
B: Eindtijd 0.00 uur is echt te vroeg, de mensen komen pas om 9 uur {6}
A: Het is een woonwijk. Hier gaan we niet van af {6}
~ 2025-10-05
B: Wat een feest was het! 3.800 bezoekers {6}
A: Wel 27 klachten en een vechtpartij. We moeten evalueren {6}
B: Jammer {6}
""",
        35,
    ),
    Chat(
        "Buurtbewoner Bleekveld",
        "dienstverlening",
        "2025-10-04 01:10",
        ["Daphne Kuiper", "Wim Slager"],
        """
B: Het is 1 uur en de muziek dreunt nog steeds. Mijn ramen trillen {6}
A: Meneer Slager, ik geef het door aan de piketdienst {6}
B: Er staan 3 mannen in mijn voortuin te plassen {6}
A: Ik bel de boa's {6}
~
B: Mijn gras is vernield en vol met bierglazen {6}
""",
        25,
    ),
    Chat(
        "Geluidsmeting feesttent",
        "ruimte",
        "2025-10-03 21:00",
        ["Arjen Veldhuis", "Ties Hulshof"],
        """
B: Meetpunt 1 Bleekveldstraat: 78 dB(A) op de gevel. Norm is 75 {6}
A: Laat de organisator het volume terugdraaien {6}
B: Gedaan, nu 73 {6}
~
B: Om 0.20 uur weer 80, bassen dreunen {6}
""",
        25,
    ),
    Chat(
        "Constructeur pakhuis",
        "ruimte",
        "2025-04-07 16:00",
        ["Hendrik Schuurman", "Ewout Dijkhuis"],
        """
A: Ewout, kun je vandaag naar de Zuiderkade 8? Achtergevel van het pakhuis hangt uit het lood {7}
B: Om 17 uur ben ik er {7}
~
B: Gevel staat op vallen. Hij moet gestut worden met stalen schoren, of gesloopt. Niemand erin {7}
A: Kun jij het stutten regelen? {7}
B: Morgen om 7 uur beginnen we {7}
B: AUDIO {7}
""",
        30,
    ),
    Chat(
        "Bewoners Zuiderkade",
        "ruimte",
        "2025-04-09 12:00",
        ["Priscilla de Boer", "Loes Prins"],
        """
B: Hoe lang blijft onze straat dicht? We kunnen niet bij ons huis komen met de auto {7}
A: Tot de eigenaar de gevel herstelt of sloopt. Lopend kunt u er wel langs {7}
B: En als hij omvalt? {7}
A: De schoren houden hem tegen. Het is veilig {7}
~ 2025-10-14
B: Gelukkig, de straat is weer open {7}
""",
        30,
    ),
    Chat(
        "Facebook nepaccount melding",
        "dienstverlening",
        "2025-04-28 09:10",
        ["Tim Brouwers", "Yara Smit"],
        """
B: Is die actie van de gemeente op Facebook echt? Ik moet mijn IBAN invullen {9}
A: Nee, dat is nep. Niet invullen! {9}
B: Te laat, heb ik gisteren gedaan {9}
A: Bel direct uw bank en doe aangifte {9}
B: Gedaan, rekening geblokkeerd {9}
""",
        25,
    ),
    Chat(
        "Politie cybercrime",
        "veiligheid",
        "2025-05-05 10:00",
        ["Nadia El Idrissi", "Rechercheur Hans Pot"],
        """
B: We hebben 7 aangiftes van inwoners van Meppel die hun gegevens hebben ingevuld bij die valse gemeente op Facebook {9}
A: Kunnen wij iets doen? {9}
B: Jullie waarschuwing nog een keer delen en de schermafbeeldingen van het profiel naar ons sturen {9}
A: Stuur ik vandaag {9}
""",
        25,
    ),
    Chat(
        "Omgevingsdienst Frigo Noord",
        "ruimte",
        "2025-06-13 09:00",
        ["Arjen Veldhuis", "Wilma Hoving"],
        """
B: Ik ben gisteren bij het koelhuis geweest. Het lek kwam uit een afsluiter van de koelinstallatie die niet was gekeurd {10}
A: Gevolgen? {10}
B: Last onder dwangsom: binnen 6 weken de hele installatie keuren en de lekdetectie vervangen {10}
~ 2025-08-01
B: Keuring gedaan, lekdetectie nieuw. Dwangsom niet verbeurd {10}
""",
        25,
    ),
    Chat(
        "Omwonende ammoniak",
        "dienstverlening",
        "2025-06-12 18:30",
        ["Rik Evers", "Ans Vlieger"],
        """
B: Ik ruik een scherpe lucht in huis en mijn ogen branden. Wat moet ik doen? {10}
A: Ramen en deuren dicht, ventilatie uit. Het NL-Alert geldt ook voor uw straat {10}
B: Mijn man heeft astma {10}
A: Bel bij klachten de huisarts of 112 {10}
~
B: Het gaat weer, dank {10}
""",
        25,
    ),
    Chat(
        "Jongerenpodium Het Magazijn",
        "samenleving",
        "2025-01-30 15:00",
        ["Dennis van Dijk", "Jordy Koster"],
        """
A: Jordy, we hebben nog steeds geen jaarverslag en geen jaarrekening 2023 van jullie. Zonder verantwoording moeten we de subsidie lager vaststellen {11}
B: Sorry, onze penningmeester is weg en de administratie is een puinhoop {11}
A: Wat heb je wel? {11}
B: Bankafschriften en een lijst met concerten {11}
A: Stuur die dan in, voor 1 maart {11}
~ 2025-04-07
B: We hebben de brief gekregen. 28.000 terugbetalen is het einde van de stichting {11}
A: Je kunt bezwaar maken en om een betalingsregeling vragen {11}
""",
        30,
    ),
    Chat(
        "Leverancier palen",
        "ruimte",
        "2025-03-12 10:00",
        ["Leon Haverkort", "Peter Vaags"],
        """
A: Peter, de palen in de binnenstad gaan weer in storing. Gisteren de Kruisstraat, vorige week de Kerkstraat {12}
B: Het zit in de kaartlezers. We vervangen ze gratis {12}
~ 2025-10-20
B: Nieuwe software staat erop, kentekenherkenning kan per januari {12}
A: Mooi {12}
""",
        30,
    ),
    Chat(
        "Ondernemers binnenstad",
        "economie",
        "2025-03-14 09:00",
        ["Joyce Dekkers", "Kees Buitenhuis"],
        """
B: Onze leveranciers staan steeds voor een paal die niet zakt. Vanochtend stond de vrachtwagen van de drogist een half uur te wachten {12}
A: Vervelend. Er is een storing bij de kaartlezers, de leverancier vervangt ze {12}
B: Kunnen de venstertijden dan niet langer? {12}
A: Ik neem het mee {12}
""",
        30,
    ),
    Chat(
        "Ontheffing mantelzorger",
        "dienstverlening",
        "2025-06-03 11:00",
        ["Rik Evers", "Hanneke Vos"],
        """
B: Mijn moeder woont in de Kerkstraat. Ik mag met de auto niet bij haar komen door die palen {12}
A: U kunt een ontheffing aanvragen als mantelzorger. Dan krijgt u een pasje {12}
B: Aangevraagd {12}
~ 2025-06-20
B: Pasje ontvangen {12}
""",
        25,
    ),
    Chat(
        "Boomfeestdag scholen",
        "openbare_ruimte",
        "2025-03-05 10:00",
        ["Marieke Brink", "Juf Sandra"],
        """
B: Mogen wij met groep 6 weer bomen planten op de Boomfeestdag?
A: Ja, 12 linden langs de Reestweg, 19 maart
B: Super, de kinderen nemen een schep mee
A: Wij zorgen voor de palen en de boomband
""",
        30,
    ),
    Chat(
        "Vuilniswagen klem",
        "openbare_ruimte",
        "2025-09-02 07:30",
        ["Dirk Wolters", "Hennie Lubbers"],
        """
A: Wagen 3 staat klem in de Prinsengracht, een bestelbusje staat dubbel geparkeerd
B: Bel de boa's
A: Ze komen. Ik mis 40 minuten op de route
B: Dan maar wat later klaar
""",
        25,
    ),
    Chat(
        "Koperen dakgoten stadhuis",
        "bedrijfsvoering",
        "2025-07-01 10:00",
        ["Jos Vermeulen", "Hanna Bruins"],
        """
A: De koperen goten van het stadhuis lekken bij de raadzaal
B: Loodgieter gebeld, vervangen of solderen?
A: Solderen, vervangen is te duur met die koperprijzen
B: Dinsdag komen ze
""",
        25,
    ),
    Chat(
        "Scootmobielstalling bibliotheek",
        "samenleving",
        "2025-04-09 14:00",
        ["Sanne Berends", "Ella Groot"],
        """
B: Bij de bibliotheek staan steeds scootmobielen voor de nooduitgang
A: Een vak voor scootmobielen ernaast tekenen?
B: Ja graag, met een laadpunt
A: Ik vraag het na bij Verkeer
""",
        25,
    ),
    Chat(
        "Declaratie reiskosten",
        "bedrijfsvoering",
        "2025-04-14 10:00",
        ["Lisa Grootenhuis", "Sylvia Hendriks"],
        """
A: Mijn declaratie van de trein naar Den Haag is afgekeurd
B: Je had de kaartjes niet bijgevoegd
A: Stuur ik alsnog
B: Dan gaat hij door
""",
        25,
    ),
    Chat(
        "Instagram jongerenwerk",
        "samenleving",
        "2025-05-19 15:00",
        ["Tim Brouwers", "Jayden Koops"],
        """
B: Mogen wij als jongerenwerk een eigen account op Instagram en TikTok?
A: Ja, maar met het logo van de gemeente en met de regels voor social media
B: Wie keurt de berichten?
A: Jullie zelf, wij kijken mee
""",
        25,
    ),
    Chat(
        "Koelcel kantine werf",
        "bedrijfsvoering",
        "2025-07-07 12:00",
        ["Jan Bosman", "Ria Groenewoud"],
        """
A: De koelcel in de kantine van de werf is kapot, alles is warm
B: Monteur komt morgen
A: De koeltechnicus zegt: het koelmiddel is weg, een lek in de leiding
B: Nieuwe koelkast is goedkoper
""",
        25,
    ),
    Chat(
        "Subsidie muziekvereniging",
        "samenleving",
        "2025-06-02 11:00",
        ["Petra Nijenhuis", "Roel Haveman"],
        """
B: Onze subsidieaanvraag voor de nieuwe uniformen, is die al beoordeeld?
A: Ja, toegekend: 4.500 euro. De beschikking volgt
B: Mooi! Verantwoording met de facturen?
A: Ja, voor 1 juli volgend jaar
""",
        25,
    ),
    Chat(
        "Paaltjes fietspad",
        "openbare_ruimte",
        "2025-05-26 09:00",
        ["Fleur Veenstra", "Nicole Smeenk"],
        """
A: De paaltjes op het fietspad langs de Hoofdvaart, weghalen? Er vallen steeds fietsers over
B: Ja, alleen de middelste laten staan, met reflectie
A: Doen we donderdag
""",
        25,
    ),
)
