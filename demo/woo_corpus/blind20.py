"""The TWENTIETH BLIND relevance set (issue 17): new chats, requests and judgements.

Written as a Woo officer of gemeente Meppel would by a helper (branch bwoo20) BEFORE any tuning
on it, without reading the search code or RESULTS.md's round paragraphs (blind19.py was read for
the data format, sets 1 to 19 only for their request titles, so that the subjects are new);
measured once on main's code after it was committed ("before" figure). Same syntax as blind.py:
`{n}` after a line marks the requests it is relevant to, `~` starts the next day, `~ YYYY-MM-DD`
moves the chat to that day, `PHOTO "text"` is a photo with painted text, `AUDIO` a voice note.
Generated filler (build.FILLER) is relevant to nothing. Names, places, organisations, addresses,
phone numbers and case numbers are made up.

The requests and their queries were written first, from the request text only. The chats are
shaped like real work chats: long team chats (traffic and mobility, supervision of housing and
the countryside, events and catering, the civil affairs desk, the energy transition team, the MT
of operations, the press desk, the town centre crew, the college's secretariat, the social
district team) where a request's subject is a few lines among other work; short follow-up chats
whose subject carries the topic while the lines answer without repeating it ("Geweest. 4
paarden, 1 pony", "Klaar. 4 containers", "Hij staat er weer", "Dan halen we de 70%");
abbreviations and jargon (OV, GS, LOB, Awb, POH, MDO, LID, BCS, KHN, MR, babs, ACM, GJ, RIB,
SPUK, ISDE, UCI, EHBO, P&O, OR); other words for the subject (de 27, het busje, vervoerder,
Regiotaxi; hoarding, zorgmijder, containers, ongedierte; receptie, klipper, tikkie, profielschets,
longlist; koers, peloton, parcours, criterium, dranghekken; pony, hoeven, hoefsmid, pachter;
spouw, vloer, plafond, wachtlijst, isoleerder; kosteloos, eenvoudige variant, ceremonie, leges;
doorloop, brandweerstrook, parasols, rolstoel; kiss-and-ride, brigadiers, hekken; brons, sokkel,
gieterij, metaalhandel; restwarmte, vastrecht, huurketels, ProRail); typos (vervulde woning,
terassen, Meppel Isoleerd, buurbus); 5 photos with text and 2 voice notes; and distractor chats
that share words with requests but are about something else (the crew's van, greening De
Octopus's schoolyard, the petting zoo's ponies, a colleague's wedding gift, a retiring crew
member's farewell, insulating the town hall's roof, a patio roof in a back garden, temporary
statues for an art route, the town hall's heating, a staff bike ride, polluted soil on
Blankenstein, the cycling club's youth subsidy, a riding arena permit, the municipal
secretary's diary).

Judging rule (as the earlier sets): a message is relevant when a Woo officer would have to
include it to cover the request, also when it does not repeat the subject ("Hoeveel?", "👍",
"Gevonden"). Lines of a relevant chat about something else carry no tag; a line about two
subjects carries both (the catering's terraces on the day of the race).

Counts (with the generated filler of seed 17, as the bench builds it): 75 chats of 10 to 260
messages, 2,632 messages (641 hand-written; 5 photos with text, 2 voice notes), 11 requests, 33
queries, 515 relevant (message, request) pairs on 513 messages, in 76 (chat, request) pairs; 59
chats relevant to a request, 16 to none, 8 to several. Relevant messages (chats) per request:
R1 46 (7), R2 63 (6), R3 46 (7), R4 59 (8), R5 43 (6), R6 45 (6), R7 38 (7), R8 38 (7),
R9 45 (7), R10 44 (8), R11 48 (7).
"""

from .build import Chat, Request

REQUESTS = (
    Request(
        1,
        "Het opheffen van buslijn 27 tussen Meppel en Nijeveen (2025): de nieuwe dienstregeling "
        "van de provincie, de zienswijze van de gemeente, de klachten van reizigers en de start "
        "van een buurtbus met vrijwillige chauffeurs en de bijdrage van de gemeente daaraan.",
        ("buslijn 27", "buurtbus nijeveen", "opheffen buslijn"),
    ),
    Request(
        2,
        "De ernstig vervuilde woning aan de Kloosterstraat (2025): de meldingen van buren, de "
        "bemoeizorg voor de bewoner, de last onder bestuursdwang, het ontruimen en schoonmaken "
        "en het verhalen van de kosten.",
        ("vervuilde woning kloosterstraat", "bestuursdwang woning", "bemoeizorg"),
    ),
    Request(
        3,
        "Het afscheid van gemeentesecretaris Harm Oosterhof (2025): de afscheidsreceptie, het "
        "cadeau, de kosten daarvan en de werving van zijn opvolger.",
        ("afscheid gemeentesecretaris", "afscheidsreceptie kosten", "werving gemeentesecretaris"),
    ),
    Request(
        4,
        "De wielerronde Ronde van Meppel (juni 2025): de evenementenvergunning, de wegafsluitingen "
        "en omleidingen, de klachten van ondernemers en bewoners en de valpartij waarbij "
        "toeschouwers gewond raakten.",
        ("ronde van meppel", "wielerronde wegafsluiting", "valpartij toeschouwers"),
    ),
    Request(
        5,
        "Verwaarloosde paarden op een weiland van de gemeente aan de Oude Vaart (2025): de "
        "meldingen van inwoners, het contact met de Landelijke Inspectiedienst Dierenbescherming, "
        "de pacht van het perceel en het opzeggen daarvan.",
        ("verwaarloosde paarden", "paarden weiland oude vaart", "pacht weiland"),
    ),
    Request(
        6,
        "De isolatiesubsidie Meppel Isoleert (2025): de aanvragen, het bereiken van het "
        "subsidieplafond, de achterstand bij het uitbetalen en de klachten over isolatiebedrijven.",
        ("isolatiesubsidie", "meppel isoleert", "subsidieplafond isolatie"),
    ),
    Request(
        7,
        "Het afschaffen van het gratis trouwen op maandagochtend (2025): het besluit, de "
        "reacties van bruidsparen, de trouwambtenaren (babs) en de tarieven voor een huwelijk.",
        ("gratis trouwen", "kosteloos huwelijk afschaffen", "trouwambtenaar tarieven"),
    ),
    Request(
        8,
        "De uitbreiding van de terrassen op de Markt en het Kerkplein (2025): de "
        "terrasvergunningen, de klachten over de doorgang voor rolstoelen en hulpdiensten en de "
        "precariobelasting.",
        ("terrassen markt", "terrasvergunning uitbreiding", "precario terras"),
    ),
    Request(
        9,
        "De verkeersveiligheid bij basisschool De Octopus aan de Steenwijkerweg (2025): het halen "
        "en brengen met de auto, de gevaarlijke situaties, de proef met een schoolstraat en de "
        "klachten van omwonenden.",
        ("verkeersveiligheid de octopus", "schoolstraat", "halen brengen school auto"),
    ),
    Request(
        10,
        "De diefstal van het bronzen beeld De Turfschipper van de Kleine Oever (2025): de "
        "aangifte, de vondst bij een schroothandel, het herstel door de kunstenaar, de "
        "terugplaatsing en de kosten.",
        ("beeld gestolen", "turfschipper", "terugplaatsing beeld kosten"),
    ),
    Request(
        11,
        "Het warmtenet in de wijk Oosterboer (2025): de informatieavonden voor bewoners, de "
        "aansluiting van de huurwoningen, de tarieven en het uitstel van de aanleg.",
        ("warmtenet oosterboer", "aansluiten warmtenet", "warmtenet tarieven"),
    ),
)

CHATS = (
    Chat(
        "Team mobiliteit en verkeer",
        "ruimte",
        "2025-01-20 08:40",
        ["Erik Bouwmeester", "Linda Kuiper", "Jasper Mulder", "Anouk Visser"],
        """
A: Morgen allen. Provincie heeft de concept-dienstregeling 2026 gestuurd. Lijn 27 verdwijnt 😬 {1}
B: Helemaal? Ook de spitsritten naar Nijeveen? {1}
A: Helemaal. Gemiddeld 6 reizigers per rit, zegt het OV-bureau {1}
C: Dan zit Nijeveen zonder OV. De ouderen van De Stouwe gaan er elke dag mee naar de markt {1}
A: Zienswijze kan tot 1 april. Ik maak een concept namens het college {1}
~
B: Verkeersbesluit voor de laadplekken aan het Zuideinde is gepubliceerd
A: 👍
~
D: Aanvraag evenementenvergunning voor de Ronde van Meppel is binnen, zondag 15 juni {4}
B: Weer het rondje Kleine Oever, Prinsengracht, Kerkgracht? {4}
D: Ja, parcours 1,8 km. 's Ochtends de amateurs, middag de profs, 60 rondjes {4}
C: Dan moeten de bussen om via de Eendrachtsweg {4}
D: Ik vraag de omleidingskaart op bij de organisatie {4}
~
C: Weer een mail van een vader van De Octopus. Zijn zoon bijna aangereden bij de oversteek op de Steenwijkerweg {9}
A: Hoeveel meldingen zijn dat nu? {9}
C: 7 sinds de zomer. Ouders parkeren dubbel, op de stoep en op het fietspad {9}
D: Ik ga vrijdag om kwart over 8 kijken bij het brengen {9}
~
D: Gekeken. 84 auto's in 20 minuten, 12 x gekeerd midden op de weg, een kleuter tussen twee auto's door 😱 {9}
A: Schoolstraat? Zoals ze in Zwolle doen: straat dicht tijdens het halen en brengen {9}
C: Kan alleen in de Meidoornstraat, de Steenwijkerweg is een doorgaande weg {9}
A: Maak een plan met de directie en de MR {9}
~
B: Wie heeft de tellingen van de fietsenstalling bij het station?
C: Map verkeer > tellingen 2024
~ 2025-03-28
A: Zienswijze lijn 27 is de deur uit. Minimaal een uurdienst in de spits, anders een buurtbus met geld van de provincie {1}
B: Vervoerder zei informeel dat ze best een buurtbusje leveren als wij de chauffeurs vinden {1}
A: Dorpsbelangen Nijeveen wil helpen met werven {1}
~ 2025-05-12
D: Vergunning Ronde verleend. Afsluiting 9 tot 19 uur, 16 verkeersregelaars, dranghekken langs het hele parcours {4}
B: Bewonersbrief naar 640 adressen binnen het parcours, ontheffing voor zorgverleners {4}
C: En de parkeergarage Kromme Elleboog? Die ligt binnen de ring {4}
D: Uitrijden kan alleen via de Hoogeveenseweg, staat in de brief {4}
~
A: Vraag van de raad over de nieuwe fietsstraat Hesselingen, wie pakt het op?
C: Ik
~ 2025-06-16
D: Ronde was druk, 9000 man volgens de organisatie. Maar die valpartij in de bocht bij de Kerkgracht... {4}
A: Ik hoorde 3 toeschouwers gewond? {4}
D: 2 naar het ziekenhuis, 1 ter plekke geholpen. Hekken stonden niet goed vast volgens de politie {4}
A: Evaluatie met de organisatie en de veiligheidsregio, wie? {4}
D: Pak ik {4}
~ 2025-08-28
C: Proef schoolstraat Meidoornstraat start na de herfstvakantie, 6 weken {9}
A: Hekken en borden via de buitendienst? {9}
C: Ja, en ouders als verkeersbrigadier. De school regelt het rooster {9}
~ 2025-09-22
A: GS hebben besloten: 27 rijdt per 14 december niet meer. Buurtbus mag, provincie betaalt busje en brandstof {1}
B: Wij de vrijwilligers en de coördinatie dus {1}
A: Wethouder wil 15k per jaar als startbijdrage voor de buurbus, via de najaarsnota {1}
~
C: Vraag van Hesselingen over de snelheid op de Ezelsdijk, 30 km zone?
A: Nee, 60 buiten de kom
~ 2025-12-08
C: Evaluatie schoolstraat: 81% van de ouders positief, 2 bewoners boos dat ze er tussen 8 en half 9 niet uit kunnen {9}
A: Vast maken? {9}
C: Collegevoorstel in januari, met een ontheffing voor bewoners met een zorgindicatie {9}
~ 2025-12-15
B: Eerste dag buurtbus! 23 instappers, chauffeur Henk Bos glom van trots {1}
A: Mooi 😊 {1}
""",
        260,
    ),
    Chat(
        "Team toezicht wonen en buitengebied",
        "veiligheid",
        "2025-02-03 08:15",
        ["Monique Hartman", "Dennis Bakker", "Femke Roelofs", "Gijs Meijer"],
        """
A: Goedemorgen. Weer een melding over Kloosterstraat 17, de buurvrouw ruikt het in haar eigen keuken {2}
B: Die meneer met al die spullen in de voortuin? {2}
A: Ja. Meneer Bakker, 72. Ratten gezien bij de achterdeur volgens de buren {2}
C: Eerst het wijkteam, voordat wij met handhaving binnenvallen {2}
A: Heb ik gedaan, Nienke van het sociaal wijkteam gaat langs {2}
~
D: Melding via 14 0522: paarden aan de Oude Vaart staan tot hun enkels in de modder, geen hooi {5}
B: Is dat niet ons land? Dat perceel achter de sportvelden? {5}
D: Ja, verpacht aan een particulier uit Havelte {5}
A: Eerst 144 bellen, de LID gaat over dierenwelzijn, niet wij {5}
D: Ik bel en ik ga zelf even kijken {5}
~
D: Geweest. 4 paarden, 1 pony. Mager, je ziet de ribben. Hoeven lang niet bekapt. Water bevroren {5}
D: PHOTO "Verboden toegang art. 461 Wetboek van Strafrecht - Oude Vaart" {5}
A: Foto's naar de LID en naar vastgoed. Pachtcontract checken {5}
~
C: Aanvraag ontheffing sluitingstijd voor de snackbar aan de Woldstraat
A: Naar horeca-team doorzetten
~ 2025-03-10
A: Kloosterstraat: wijkteam kom niet binnen, meneer doet de deur niet open {2}
B: GGD erbij? Er zijn zorgen over brandgevaar, de gang staat vol kranten {2}
A: Brandweer heeft van buiten gekeken, vluchtweg geblokkeerd {2}
C: Dan kunnen we een last onder bestuursdwang overwegen, Woningwet en APV {2}
~ 2025-03-24
D: LID is geweest bij de paarden. Eigenaar krijgt een last: binnen 5 dagen hooi, dierenarts en hoefsmid {5}
B: En wij? Het pachtcontract zegt 'goed beheer als weiland' {5}
A: Vastgoed kijkt of ze kunnen opzeggen {5}
~
C: Melding over een caravan in een achtertuin Rogat, permanente bewoning?
B: Ik plan een controle
~ 2025-04-14
A: Voornemen last onder bestuursdwang Kloosterstraat is verstuurd, 4 weken om op te ruimen {2}
C: Met zienswijzetermijn van 2 weken, ja? {2}
A: Ja. En de zoon is ingelicht, hij woont in Zwolle {2}
~ 2025-05-20
D: Paarden zijn weg! Eigenaar heeft ze naar een stal in Wapserveen gebracht {5}
B: Hoe is het met de pony? {5}
D: Volgens de LID onder behandeling bij de dierenarts, gaat goed {5}
~ 2025-06-02
A: Termijn Kloosterstraat verstreken, niets gebeurd. Woensdag de schoonmaak met politie erbij {2}
B: Heeft meneer opvang? {2}
A: Wijkteam heeft een plek in De Schiphorst geregeld voor 2 weken {2}
~
A: Klaar. 4 containers, 2 dode katten, ongedierte in de kruipruimte. Verschrikkelijk {2}
C: Kosten? {2}
A: Rond 14.800, verhalen op meneer. Maar of er iets te halen valt... {2}
~
D: Vergunningscheck bij de bouw aan de Dolderweg, alles netjes
""",
        240,
    ),
    Chat(
        "Team evenementen en horeca",
        "veiligheid",
        "2025-01-27 09:30",
        ["Sharon Veenstra", "Kees Brouwer", "Iris Nijboer"],
        """
A: Hoi, vooruitblik: Koningsdag, Ronde van Meppel, Cultuurnacht, Sinterklaas
B: Ronde is de grootste dit jaar, ze willen de TV erbij {4}
C: Dan moet het veiligheidsplan echt beter dan vorig jaar {4}
~
A: Horeca: 6 aanvragen voor een groter terras op de Markt en het Kerkplein {8}
B: Na de herinrichting is er meer ruimte, dat wisten ze natuurlijk ook {8}
C: Let op de doorloop van 1,5 m langs de gevels, staat in de terrasregels {8}
A: En de brandweer wil 3,5 m vrij voor de ladderwagen {8}
~
B: Wie heeft de drank- en horecavergunning van de bowling?
C: Ligt bij mij
~ 2025-03-18
A: Terrassen: 4 aanvragen akkoord, 2 te diep. Grand Café De Kolk wil 14 m diep 🙄 {8}
B: Max is 8. Ik bel ze {8}
~ 2025-04-22
B: Ronde van Meppel: schouw parcours gedaan met politie en brandweer {4}
C: Knelpunt is de bocht bij de Kerkgracht, daar stonden vorig jaar mensen op de kademuur {4}
B: Extra hekken en 2 stewards {4}
~
A: KHN vraagt of de terrassen op de zondag van de Ronde mogen blijven staan {4,8}
B: Binnen het parcours niet, buiten wel. Ze hebben het in de vergunning voor de Ronde gezien {4,8}
~ 2025-06-18
C: Na de Ronde: de klachten komen binnen. 11 van ondernemers op de Prinsengracht over omzetverlies {4}
A: En 1 letselschadeclaim van een toeschouwer, via een advocaat {4}
B: Die gaat naar de verzekeraar van de organisatie, niet naar ons {4}
~
A: Zomer: het platform gehandicapten klaagt dat ze op de Markt niet meer langs de terrassen kunnen {8}
B: Hoezo, er moet 1,5 m vrij zijn {8}
A: Parasols en reclameborden staan erin. Iemand in een rolstoel moest over de rijbaan {8}
C: Controle deze week, eerst waarschuwen {8}
~
C: Gecontroleerd: 3 van de 9 terrassen te breed, 1 met borden in de doorloop. Waarschuwingsbrieven {8}
~
B: Cultuurnacht is 20 september, aanvraag binnen
""",
        200,
    ),
    Chat(
        "Team Burgerzaken",
        "dienstverlening",
        "2025-02-10 08:50",
        ["Yvonne Ruiter", "Ahmed Benali", "Truus van Dijk", "Bart Smeenk"],
        """
A: Morgen! Rijbewijzen: de nieuwe printer staat
B: Eindelijk
~
C: Weet iemand of het gratis trouwen op maandag blijft? Er belde een stel voor oktober {7}
A: Er ligt een collegevoorstel om het af te schaffen per 1 juli {7}
D: Zonde. Wij hadden er 38 vorig jaar {7}
A: Het kost te veel: babs, zaal, en het gebruik is vooral van buiten Meppel {7}
~
B: Nieuwe stagiair van het Drenthe College begint 3 maart
~ 2025-03-25
A: College heeft besloten: kosteloos huwelijk vervalt per 1 juli. Wel een 'eenvoudige' variant voor €195 op dinsdagochtend {7}
C: En de stellen die al geboekt hebben? {7}
A: Wie voor 1 april gereserveerd heeft houdt de gratis datum {7}
D: Ik zet het op de website en in het sjabloon van de bevestigingsmail {7}
~
B: Storing in de GBA-V koppeling, leverancier is gebeld
~ 2025-04-07
C: Drie boze mails over het trouwen, één stel heeft de krant gebeld {7}
A: Doorsturen naar Marleen van communicatie {7}
~ 2025-06-30
D: Laatste gratis maandag morgen, 2 stellen, babs Gerda doet ze allebei {7}
A: Einde van een tijdperk 😢 {7}
~
B: Paspoortaanvragen lopen weer normaal, 9 per dag
""",
        160,
    ),
    Chat(
        "Team energietransitie",
        "ruimte",
        "2025-01-14 09:00",
        ["Roel Jonker", "Esther Wolters", "Maaike Zandbergen", "Tim de Jong"],
        """
A: Goedemorgen. Meppel Isoleert gaat 1 februari open. Budget 1,2 mln, max €1.500 per woning {6}
B: Vloer, spouw en dak? {6}
A: Ja, en HR++ glas, bij een erkend bedrijf {6}
C: Energieloket staat klaar voor de vragen {6}
~
D: Projectgroep warmtenet Oosterboer morgen om 10 uur, agenda rondgestuurd {11}
B: Is Reestland er ook bij? {11}
D: Ja, zij hebben 480 huurwoningen in het eerste deel {11}
~
A: Dag 1: 212 aanvragen isolatie 😳 {6}
B: Dat gaat hard {6}
~ 2025-03-04
A: 1.030 aanvragen, we zitten op 1,05 mln aan toezeggingen {6}
C: Dan is het plafond binnen 2 weken bereikt {6}
A: Wethouder wil ophogen met 500k uit het klimaatfonds. Raadsbesluit nodig {6}
~
D: Warmtenet: de eerste informatieavond is 20 maart in De Oosterkim {11}
B: Tarieven al bekend? {11}
D: Warmtebedrijf zegt: niet duurder dan gas, volgens de ACM-maximumprijs {11}
C: Dat geloven bewoners pas als het op papier staat {11}
~ 2025-03-19
A: Plafond bereikt. Aanvragen staan op 'wachtlijst' in het portaal {6}
C: De telefoon staat roodgloeiend bij het loket {6}
~ 2025-05-06
D: Warmtebedrijf meldt vertraging: de leidingen over de spoorlijn, ProRail geeft pas in 2026 toestemming {11}
B: Dus start aanleg 2026 in plaats van september? {11}
D: Ja. Brief naar de bewoners, samen met Reestland {11}
~
C: Subsidiepot voor de zonneboilers? Iemand een idee?
A: Dat is ISDE, van het Rijk
~ 2025-06-10
A: Uitbetalingen lopen achter, 340 aanvragen met bonnetje ingediend maar niet betaald {6}
B: Hoe komt dat? {6}
A: Financiën controleert elke factuur handmatig op het KvK-nummer van de isoleerder {6}
C: Uitzendkracht erbij? {6}
A: Geregeld, vanaf maandag {6}
~
D: Bewoners van de Lupinestraat willen niet aan het warmtenet, ze hebben net een warmtepomp {11}
B: Voor koopwoningen is het vrijwillig {11}
""",
        220,
    ),
    Chat(
        "MT bedrijfsvoering",
        "bedrijfsvoering",
        "2025-02-17 07:45",
        ["Harm Oosterhof", "Ellen Schuurman", "Wim Dijkman"],
        """
A: Morgen. Agenda MT: formatie 2026, verzuim, huisvesting
B: Verzuim is gestegen naar 6,8%
C: Vooral lang verzuim bij de buitendienst
~
A: Jullie weten het al: ik stop per 1 oktober. Wil het in het MT zelf zeggen {3}
B: We gaan je missen Harm {3}
C: Wie doet de werving? {3}
A: De burgemeester is de baas van het proces, met de raad erbij. Bureau Zuidema doet het zoekwerk {3}
~ 2025-05-13
B: Offerte bureau voor de werving gemeentesecretaris: 24.500 ex btw {3}
C: Fors. Kan het niet via ons eigen P&O? {3}
B: De burgemeester wil een bureau vanwege het netwerk {3}
~
C: Facilitair meldt: verhuizing van het archief naar de kelder is rond
~ 2025-07-21
C: Het beeld op de Kleine Oever valt onder onze verzekering? Ik krijg een vraag van de verzekeraar {10}
B: Onder de polis kunstwerken in de openbare ruimte, eigen risico 2.500 {10}
C: Dan claimen we het herstel {10}
~ 2025-09-29
B: Harm, afscheid vrijdag, alles geregeld. Laat je verrassen {3}
A: Spannend 😅 {3}
""",
        120,
    ),
    Chat(
        "Persdesk communicatie",
        "bestuur",
        "2025-02-03 08:00",
        ["Marleen Groen", "Jelle Hofman", "Sophie Bos"],
        """
A: Persvragen van vandaag: Dagblad van het Noorden over de bus naar Nijeveen {1}
B: Ik heb Erik van verkeer gevraagd, het standpunt: we vechten voor behoud {1}
~
C: Meppeler Courant vraagt waarom het gratis trouwen stopt {7}
A: Antwoord: de kosten, en het wordt vooral gebruikt door stellen van buiten de gemeente {7}
~ 2025-03-05
B: RTV Drenthe belt over Meppel Isoleert, dat de pot bijna leeg is {6}
A: Kernboodschap: raad beslist over extra geld, aanvraag doen heeft nu weinig zin {6}
~
C: Persbericht over de nieuwe gemeentesecretaris, wanneer? {3}
A: Na de benoeming door het college, ergens in september {3}
~ 2025-06-15
B: Valpartij bij de Ronde, er staat een filmpje op X. Toeschouwers bij de hekken {4}
A: Geen eigen reactie, wel verwijzen naar de organisatie en de politie {4}
B: De burgemeester wil wel medeleven tonen, ik maak een post {4}
~ 2025-07-14
C: Het beeld van de turfschipper is weg! Foto van de lege sokkel gaat rond op Facebook {10}
A: Bevestigen en oproep: wie heeft iets gezien, meld het bij de politie {10}
C: Doe ik {10}
~
B: Hoi, wie doet de socials tijdens de zomer?
A: Sophie en ik om de week
~ 2025-10-03
C: Afscheid Harm: foto's van de receptie staan op intranet, niet extern {3}
~ 2025-11-20
A: Turfschipper staat weer! Kunstenares erbij op de foto, persbericht staat klaar {10}
""",
        170,
    ),
    Chat(
        "Wijkploeg centrum",
        "openbare_ruimte",
        "2025-03-03 07:00",
        ["Sjoerd Lenters", "Rob Kamphuis", "Dewi Pattiasina"],
        """
A: Mannen, vandaag bladkorven legen Vledders, morgen de prullenbakken binnenstad
B: Ok
~
C: Bocht Kerkgracht ligt open voor de kabels, is dat voor de Ronde dicht? {4}
A: Moet, anders valt daar het hele peloton 😅. Ik vraag de aannemer {4}
~ 2025-06-13
A: Vrijdag hekken zetten voor de wielerronde, 420 stuks, vrachtwagen komt om 14 uur {4}
B: Zondag om 19 uur weer ophalen? {4}
A: Maandagochtend vroeg, voor de markt {4}
~ 2025-06-16
B: Twee hekken kapot bij de Kerkgracht na de valpartij {4}
~ 2025-07-14
C: Sokkel op de Kleine Oever is leeg, beeld is weg, afgezaagd bij de voeten {10}
A: Serieus? Die turfschipper weegt 300 kilo {10}
C: Bouten zijn doorgeslepen. Politie is er {10}
B: Zet er een hek omheen, die stompen steken eruit {10}
~
B: Bankje bij het Wilhelminapark is beklad
A: Graffitiploeg inplannen
~ 2025-08-04
C: Terras van het café op de hoek van de Markt staat weer tot op de rijbaan, ik kan er met de veegwagen niet langs {8}
A: Foto maken en naar handhaving {8}
C: PHOTO "Terras tot hier - vergunning 8 meter - Markt Meppel" {8}
~ 2025-09-01
A: Hekken schoolstraat Meidoornstraat ophalen bij de werf, om 8 uur neerzetten {9}
B: Elke dag? {9}
A: Nee, ouders doen het zelf, wij brengen ze alleen {9}
~ 2025-11-18
C: Sokkel Kleine Oever nieuw verankerd, beeld komt donderdag terug {10}
A: Met kraan? {10}
C: Ja, van Wieringa, 8 uur {10}
""",
        180,
    ),
    Chat(
        "Secretariaat college",
        "bestuur",
        "2025-01-06 08:10",
        ["Ingrid Hoving", "Paul Zandstra", "Nathalie Berends"],
        """
A: Collegevergadering dinsdag: 12 voorstellen, verkeersbesluiten, warmtevisie
B: Nieuwjaarsreceptie is woensdag 17 uur
~ 2025-03-11
C: Collegevoorstel huwelijkstarieven staat op de agenda van 25 maart {7}
B: Met de afschaffing van het gratis trouwen erin? {7}
C: Ja, en een verhoging van de leges voor trouwen op zaterdag naar €725 {7}
~
A: Afscheid Harm: burgemeester wil toespraak, 10 minuten, vrijdag 3 oktober in de hal {3}
B: Budget voor het cadeau is 750? {3}
A: Staat in de regeling: bij meer dan 10 jaar dienst, max €1.000 {3}
~ 2025-04-15
C: Wethouder Kamphuis wil een gesprek met de gedeputeerde over lijn 27 {1}
A: Gepland 2 mei, provinciehuis Assen {1}
~ 2025-06-24
B: Warmtenet Oosterboer: het college moet de raad informeren over het uitstel {11}
C: RIB in concept, komt volgende week {11}
~
A: Werkbezoek Commissaris van de Koning: 19 september
~ 2025-09-09
B: Benoeming nieuwe gemeentesecretaris in het college 16 september {3}
C: Mevrouw Brink uit Steenwijk? {3}
B: Ja, de raad mag pas na het besluit weten wie {3}
""",
        110,
    ),
    Chat(
        "Sociaal wijkteam centrum",
        "samenleving",
        "2025-02-04 09:00",
        ["Nienke Postma", "Hendrik Ras", "Joyce Kamstra"],
        """
A: Team, nieuwe casus: meneer G. Bakker, Kloosterstraat 17, geb. 14-03-1953. Melding via handhaving over vervuiling {2}
B: Bekend? {2}
A: Niet bij ons. Wel bij de POH van de huisarts, die zei 'zorgmijder' {2}
C: Ik ga met je mee, niet alleen {2}
~
A: Niet opengedaan. Briefje door de bus gedaan {2}
C: Door het raam: kamers vol kranten en plastic zakken tot het plafond {2}
~
B: Overleg schuldhulp: 3 nieuwe aanmeldingen deze week
A: Neem ik mee in het MDO
~ 2025-03-20
A: Bakker: GGZ bemoeizorg doet een poging met de huisarts erbij {2}
B: Is er familie? {2}
A: Zoon Mark in Zwolle, 06-41872290. Hij heeft al jaren geen contact {2}
~ 2025-04-02
C: Bemoeizorg is binnen geweest! Meneer accepteert hulp bij het opruimen van 1 kamer {2}
A: Kleine stap. Maar de handhaving gaat door, het brandgevaar blijft {2}
~ 2025-06-05
A: Meneer Bakker zit in De Schiphorst tijdelijk. Hij is boos maar eet goed {2}
B: Daarna? {2}
A: Terug naar huis met thuiszorg 2x per week, en een bewindvoerder voor de schulden {2}
~
C: Wie heeft de sleutel van de spreekkamer op het Wilhelminapark?
B: Ligt bij de receptie
""",
        120,
    ),
    Chat(
        "Buurtbusvereniging Nijeveen",
        "ruimte",
        "2025-10-01 19:30",
        ["Linda Kuiper", "Henk Bos", "Wilma Kloosterman"],
        """
B: Linda, we hebben 14 chauffeurs! Allemaal gepensioneerd, 2 vrouwen {1}
A: Geweldig. Ze moeten een rijbewijs B hebben en een medische keuring bij 70+ {1}
C: Dat regelt de vereniging. Wanneer komt het busje? {1}
A: De vervoerder levert 1 december, 8 zitplaatsen, rolstoellift {1}
B: Route zoals lijn 27? {1}
A: Grotendeels, plus een lusje langs De Stouwe en de huisartsenpraktijk {1}
~
C: Hoe zit het met de 15.000 van de gemeente? {1}
A: Raad stemt 6 november, ziet er goed uit {1}
~ 2025-11-07
A: Aangenomen, unaniem! {1}
B: 👏👏 {1}
C: Dan kunnen we kaartjes laten drukken. €1,50 per rit {1}
~ 2025-12-10
B: Proefrit gedaan, de lift werkt. Bus staat bij mij in de schuur {1}
""",
        20,
    ),
    Chat(
        "OV-bureau dienstregeling 2026",
        "ruimte",
        "2025-02-11 10:15",
        ["Erik Bouwmeester", "Ruud Wiegman"],
        """
B: Erik, de cijfers voor 27 die je vroeg: 2024 gemiddeld 5,8 instappers per rit, 's avonds 1,2 {1}
A: En in de spits? {1}
B: 14 in de ochtendspits, vooral scholieren naar het Stad en Esch {1}
A: Die moeten dan fietsen, 9 km langs de N371 {1}
B: Snap ik. Ik neem het mee in de afweging {1}
~
A: Kan een belbus? {1}
B: Regiotaxi dekt het al, voor 70+ met een Wmo-pas {1}
""",
        14,
    ),
    Chat(
        "Klacht mevrouw Lammers",
        "dienstverlening",
        "2025-10-13 11:20",
        ["Bart Smeenk", "Linda Kuiper"],
        """
A: Linda, mevrouw G. Lammers, Dorpsstraat 8 Nijeveen, tel 0522-491233, belt voor de derde keer. Hoe moet zij naar het ziekenhuis als de bus stopt? {1}
B: Buurtbus rijdt vanaf half december naar het station, daar de stadsbus {1}
A: Ze zegt dat ze dat niet kan met haar rollator {1}
B: Buurtbus heeft een lift. En anders Regiotaxi, ik bel haar zelf {1}
~
B: Gebeld. Ze was gerustgesteld, ze wil zelfs vrijwilliger worden als gastvrouw 😊 {1}
""",
        10,
    ),
    Chat(
        "Griffie raadsvragen",
        "bestuur",
        "2025-04-03 14:00",
        ["Karin Dekker", "Erik Bouwmeester"],
        """
A: Erik, schriftelijke vragen van GroenLinks-PvdA over het schrappen van de bus naar Nijeveen {1}
B: Hoeveel vragen? {1}
A: 7. Termijn 30 dagen {1}
B: Vraag 4 gaat over de kosten van een buurtbus, dat weet ik nog niet {1}
A: Dan schrijf je dat er overleg loopt {1}
~
A: Andere fractie vraagt naar de fietsstraat Hesselingen, kan ik die ook bij jou kwijt?
B: Bij Jasper
""",
        12,
    ),
    Chat(
        "Kloosterstraat 17",
        "veiligheid",
        "2025-01-29 18:40",
        ["Monique Hartman", "Ans Zwiers"],
        """
B: Goedenavond, ik ben de buurvrouw van nr 17. De stank is niet meer te harden, en er lopen ratten in mijn tuin {2}
A: Dank voor uw melding mevrouw Zwiers. Weet u of meneer hulp heeft? {2}
B: Nee, er komt nooit iemand. Zijn voortuin ligt vol met rommel {2}
A: We gaan het oppakken, samen met het wijkteam {2}
~
B: Vandaag weer een zak afval over de schutting gegooid in mijn tuin {2}
B: AUDIO {2}
A: Ik heb uw spraakbericht doorgezet naar de toezichthouder {2}
~ 2025-06-05
B: Ik zag de containers vandaag. Dank jullie wel, het is zo zielig voor hem maar het moest {2}
A: Fijn dat u het laat weten {2}
""",
        16,
    ),
    Chat(
        "Casus Bakker bemoeizorg",
        "samenleving",
        "2025-03-14 10:30",
        ["Nienke Postma", "Lars Vink", "Dr. Eveline Hoekstra"],
        """
B: Nienke, vanuit Bemoeizorg Drenthe: we kunnen meneer Bakker volgende week proberen {2}
A: Graag. Hij kent de huisarts, misschien dat dat helpt {2}
C: Ik ga mee. Hij heeft diabetes, ik maak me zorgen over de medicatie {2}
~
B: Binnen geweest, 40 minuten. Hij verzamelt 'voor later'. Geen psychose, wel erg achterdochtig {2}
C: Insuline lag niet in de koelkast. Ik regel de thuiszorg {2}
A: Hij weet van de brief van handhaving? {2}
B: Ja, hij is er bang van. Ik probeer het als hulp te brengen, niet als straf {2}
~ 2025-06-11
B: Eerste week terug in de woning. Hij zegt dat hij 'zijn spullen mist', maar de keuken is schoon {2}
A: Thuiszorg gaat 2x per week. Ik blijf casusregisseur {2}
""",
        18,
    ),
    Chat(
        "Offerte schoonmaak",
        "veiligheid",
        "2025-05-22 09:15",
        ["Monique Hartman", "Peter Dorgelo"],
        """
B: Offerte voor het ontruimen en reinigen van de woning: 12.600 ex btw, incl. ongediertebestrijding {2}
A: Hoeveel dagen? {2}
B: 2 dagen met 5 man, plus containers. Wat we tegenkomen aan waardevolle spullen gaat in dozen {2}
A: Prima, ook de persoonlijke papieren apart houden {2}
~
A: Opdracht verstrekt, 4 juni om 7 uur beginnen. Politie en wijkteam zijn er {2}
B: 👍 {2}
""",
        12,
    ),
    Chat(
        "Juridisch LOB",
        "bestuur",
        "2025-04-08 13:00",
        ["Femke Roelofs", "Sander Kloppenburg"],
        """
A: Sander, kun je meelezen met een LOB voor een vervulde woning? Hoarding, brandgevaar {2}
B: Grondslag? {2}
A: Art. 1a Woningwet zorgplicht en de APV over ongedierte {2}
B: Begunstigingstermijn 4 weken is redelijk. Wel de kostenverhaal-passage erin, art. 5:25 Awb {2}
A: Check {2}
~ 2025-06-20
A: Kostenbeschikking eruit: 14.812,40. Meneer heeft een bewindvoerder, betalingsregeling waarschijnlijk {2}
B: Of een hypotheekrecht vestigen op de woning, hij is eigenaar {2}
""",
        14,
    ),
    Chat(
        "Werkgroep afscheid Harm",
        "bedrijfsvoering",
        "2025-08-18 12:00",
        ["Ellen Schuurman", "Lisa Timmerman", "Gerrit Lassche", "Anja Huisman"],
        """
A: Werkgroep! 3 oktober, receptie in de hal van het stadhuis, 16 tot 18 uur {3}
B: Hoeveel gasten? {3}
A: 250 uitnodigingen: personeel, raad, collega-secretarissen uit de regio {3}
C: Cadeau? Hij houdt van zeilen {3}
D: Een dag zeilen op het IJsselmeer met zijn vrouw, op een klipper? {3}
A: Mooi. Ik vraag een prijs {3}
~
D: Klipper: 1.150 voor een dag met schipper {3}
A: Boven de 1.000 van de regeling. Het verschil uit de personeelspot, collega's leggen in? {3}
B: Ik zet een tikkie uit 😄 {3}
~
C: Sprekers: burgemeester, OR-voorzitter, en iemand van de buitendienst {3}
A: En een filmpje met oude foto's, Gerrit, jij hebt het archief? {3}
C: Ja, ik heb een foto van Harm uit 1998 met snor 😂 {3}
~
B: Wie doet de bloemen voor de raadsvergadering van dinsdag?
A: Facilitair
~ 2025-10-04
A: Dank allen! Harm was er stil van {3}
""",
        24,
    ),
    Chat(
        "Catering receptie",
        "bedrijfsvoering",
        "2025-09-01 10:00",
        ["Ellen Schuurman", "Marco de Haan"],
        """
B: Ellen, voor 250 personen: drankjes 2 uur, warme hapjes, staand. Offerte 6.480 ex btw {3}
A: Dat is meer dan gedacht. Kan het met minder warme hapjes? {3}
B: Koud en 1 ronde warm: 4.950 {3}
A: Akkoord. Factuur op kostenplaats 'personeel overig' {3}
""",
        12,
    ),
    Chat(
        "Werving gemeentesecretaris",
        "bestuur",
        "2025-05-26 15:00",
        ["Paul Zandstra", "Jacqueline Zuidema"],
        """
B: Profielschets staat, met de input van de raad en de OR {3}
A: Wanneer gaat de vacature open? {3}
B: 2 juni, 4 weken. Ik benader zelf ook 6 kandidaten {3}
~ 2025-07-08
B: 31 reacties, 8 op de longlist, 4 in de eerste ronde {3}
A: Wie zit in de commissie? {3}
B: Burgemeester, 1 wethouder, OR-voorzitter, griffier {3}
~ 2025-08-26
B: Tweede ronde klaar, er is een voorkeurskandidaat. Assessment volgende week {3}
A: Ik plan de benoeming in het college {3}
""",
        16,
    ),
    Chat(
        "Griffie raad afscheid",
        "bestuur",
        "2025-09-22 11:00",
        ["Karin Dekker", "Ingrid Hoving"],
        """
A: De raad wil Harm ook toespreken, in de vergadering van 30 september? {3}
B: Goed idee. Fractievoorzitter van het CDA doet het woord {3}
A: En een cadeau namens de raad, een boek over Meppel {3}
""",
        10,
    ),
    Chat(
        "Ronde van Meppel organisatie",
        "veiligheid",
        "2025-03-10 20:00",
        ["Kees Brouwer", "Frank Eleveld"],
        """
B: Kees, de Ronde wordt een UCI-criterium dit jaar. Meer renners, 120 in plaats van 80 {4}
A: Dan moet het veiligheidsplan aangepast, en de EHBO-posten {4}
B: 4 posten, en een ambulance bij de finish {4}
A: Waar komt het VIP-dorp? {4}
B: Op de Markt, met een tent van 20 bij 10 {4}
~
A: Verkeersregelaars: jullie leveren ze, wij geven de aanstelling {4}
B: 16 man, uit de wielerclub {4}
~ 2025-06-18
B: Die valpartij heeft ons ook geraakt. De renner die het hek raakte heeft een sleutelbeen gebroken {4}
A: En de toeschouwers? Eén is nog opgenomen {4}
B: We hebben een bos bloemen gestuurd. Onze verzekeraar heeft het gemeld gekregen {4}
""",
        20,
    ),
    Chat(
        "Verkeersregelaars zondag",
        "veiligheid",
        "2025-06-12 18:00",
        ["Anouk Visser", "Frank Eleveld"],
        """
A: Lijst van de 16 verkeersregelaars binnen? Ze moeten de e-learning gedaan hebben {4}
B: 14 klaar, 2 doen het vanavond {4}
A: Posten: 4 op de Eendrachtsweg, 4 Hoogeveenseweg, rest op de kruisingen binnen het parcours {4}
B: Hesjes halen we vrijdag op {4}
~
B: Alles bezet vanochtend om 8 uur {4}
""",
        12,
    ),
    Chat(
        "Ondernemers Prinsengracht",
        "dienstverlening",
        "2025-06-17 09:40",
        ["Sharon Veenstra", "Wendy Koops"],
        """
B: Goedemorgen, ik heb de schoenenwinkel op de Prinsengracht. Zondag was de straat de hele dag dicht {4}
A: Klopt, voor de koers. Dat stond in de brief van mei {4}
B: Maar klanten konden er niet eens lopen, hekken voor mijn deur. Ik heb 0 verkocht op een koopzondag {4}
A: Dat snap ik. Ik neem het mee in de evaluatie, er zijn meer klachten {4}
B: Volgend jaar een doorsteek voor voetgangers graag {4}
""",
        12,
    ),
    Chat(
        "Evaluatie valpartij",
        "veiligheid",
        "2025-06-25 14:00",
        ["Anouk Visser", "Kees Brouwer", "Hilde Scholten"],
        """
C: Vanuit de veiligheidsregio: de dranghekken in de bocht waren niet gekoppeld. Een renner schoof erin {4}
B: Die bocht was ook in de schouw een knelpunt {4}
A: Waren de stewards er? {4}
B: 2, maar te weinig voor de drukte bij de finishrondes {4}
C: Advies: volgend jaar Heras-hekken met voeten in de bocht, geen publiek op de kade {4}
A: Neem ik op in de voorwaarden voor 2026 {4}
""",
        14,
    ),
    Chat(
        "Melding paarden",
        "dienstverlening",
        "2025-02-14 16:10",
        ["Gijs Meijer", "Judith Kremer"],
        """
B: Ik wandel elke dag langs de Oude Vaart. Die paarden zijn broodmager en staan in de modder, er staat geen schuilhok {5}
A: Dank voor de melding. Heeft u ook 144 gebeld? {5}
B: Ja, maar er komt niemand. Het is toch jullie land? {5}
A: Het land is van de gemeente maar verpacht. We gaan er vandaag nog kijken {5}
~
B: Er ligt nu hooi, iemand is geweest. Maar de pony loopt kreupel {5}
A: Dank, ik geef het door aan de inspecteur {5}
~ 2025-05-21
B: Ze zijn weg! Opgelucht {5}
""",
        14,
    ),
    Chat(
        "LID Oude Vaart",
        "veiligheid",
        "2025-02-20 08:30",
        ["Gijs Meijer", "Willem Stuut"],
        """
B: Gijs, ik ben bij de paarden geweest. BCS 1,5 op 5 bij 2 paarden {5}
A: Wat ga je doen? {5}
B: Last onder dwangsom aan de eigenaar, Ruben Kuipers uit Havelte. Dierenarts binnen 5 dagen {5}
A: Wij willen als verpachter ook iets doen {5}
B: Dat is jullie eigen route. Ik stuur mijn rapport als jullie het nodig hebben, geanonimiseerd {5}
~ 2025-04-02
B: Hercontrole: dierenarts geweest, hooi ok. Maar nog steeds geen beschutting {5}
""",
        12,
    ),
    Chat(
        "Pacht perceel Oude Vaart",
        "bedrijfsvoering",
        "2025-03-25 10:00",
        ["Wim Dijkman", "Monique Hartman"],
        """
A: Monique, pachtcontract sectie K 1422, 3,4 ha, jaarlijkse geliberaliseerde pacht, loopt tot 1 november {5}
B: Kunnen we eerder opzeggen? {5}
A: Tussentijds alleen bij ernstige wanprestatie. Verwaarlozing van dieren valt niet onder 'beheer van het land' {5}
B: Dan niet verlengen in november {5}
A: Brief niet-verlenging moet 3 maanden vooraf, dus voor 1 augustus {5}
~ 2025-07-15
A: Brief verstuurd, aangetekend {5}
~ 2025-11-03
A: Perceel is terug. De vereniging voor schaapskuddes wil het huren voor begrazing {5}
""",
        14,
    ),
    Chat(
        "Dierenarts Havelte",
        "veiligheid",
        "2025-03-27 12:00",
        ["Willem Stuut", "Marije Top"],
        """
B: Willem, de pony van de Oude Vaart had hoefbevangenheid, de hoeven waren 2 maanden niet bekapt {5}
A: Wordt hij beter? {5}
B: Ik denk het, met ijzers en rust. Ik heb hem in een stal gezet bij een collega {5}
""",
        10,
    ),
    Chat(
        "Energieloket vragen",
        "ruimte",
        "2025-02-03 09:00",
        ["Maaike Zandbergen", "Koen Brink", "Ilona Hekman"],
        """
B: Veel vragen of je een offerte al mag laten uitvoeren voordat de subsidie verleend is {6}
A: Nee, eerst aanvragen, dan de verlening afwachten, dan laten isoleren {6}
C: Ook vragen over huurders. Die mogen niet aanvragen, de verhuurder wel {6}
~
B: Mevrouw Ten Brink, aanvraagnummer ISO-2025-0412: spouw geïsoleerd in december, nu aangevraagd. Kan dat? {6}
A: Niet met terugwerkende kracht, helaas {6}
~ 2025-03-20
C: Vandaag 63 telefoontjes over het plafond {6}
B: Sommige mensen hebben de isoleerder al geboekt 😬 {6}
A: Zeg dat ze op de wachtlijst staan en dat de raad 8 april beslist {6}
~ 2025-04-09
A: Raad heeft de 500k erbij gedaan! Wachtlijst wordt in volgorde afgehandeld {6}
~ 2025-07-01
C: Klachten over uitbetaling nu ook bij het loket, sommigen wachten 10 weken {6}
""",
        20,
    ),
    Chat(
        "Subsidieplafond Meppel Isoleert",
        "bedrijfsvoering",
        "2025-03-06 11:30",
        ["Roel Jonker", "Anita Kruit"],
        """
B: Roel, voor het raadsvoorstel: ophoging plafond met 500k uit de reserve klimaat, blijft er dan 320k over {6}
A: Klopt. Dekking via de SPUK-middelen van het Rijk later terugboeken? {6}
B: Die zijn al besteed aan het energiefonds {6}
A: Ok, dan uit de reserve {6}
~ 2025-06-12
B: Uitbetalen: we moeten per aanvraag de factuur én het betaalbewijs hebben, dat duurt {6}
A: Steekproef 1 op 5 in plaats van alles? {6}
B: Accountant vindt dat akkoord als we het vastleggen {6}
""",
        12,
    ),
    Chat(
        "Klacht isoleerder",
        "dienstverlening",
        "2025-05-14 20:15",
        ["Koen Brink", "Erwin Veldhuis"],
        """
B: Ik heb via Meppel Isoleerd mijn vloer laten isoleren door Warmhuys Isolatie BV. Nu is de kruipruimte nat en ruikt het muf {6}
A: Vervelend. Heeft u het bedrijf gebeld? {6}
B: 5 keer. Ze nemen niet op. Ze stonden op jullie lijst van erkende bedrijven! {6}
A: Die lijst is van de branche, niet van ons. Ik meld het wel, er zijn meer klachten over dit bedrijf {6}
B: Mijn adres is Rembrandtlaan 44, tel 06-28814471 {6}
~
A: Het bedrijf is door de branchevereniging geschrapt. We hebben uw subsidie wel uitbetaald {6}
""",
        12,
    ),
    Chat(
        "Vraag inwoner spouwmuur",
        "dienstverlening",
        "2025-02-25 13:00",
        ["Ilona Hekman", "Jan Pruim"],
        """
B: Mijn huis is uit 1962. Valt spouwmuurisolatie onder de subsidie? {6}
A: Ja, 1.500 maximaal, of 50% van de kosten {6}
B: En als ik een deel zelf doe? {6}
A: Alleen uitgevoerd door een bedrijf {6}
""",
        10,
    ),
    Chat(
        "Babs onderling",
        "dienstverlening",
        "2025-03-26 21:00",
        ["Gerda Wolting", "Johan Snoek", "Trijntje Mensink"],
        """
A: Hebben jullie het gelezen? Geen gratis huwelijken meer na de zomer {7}
B: Dat waren mijn leukste. Twee getuigen, een korte toespraak en klaar {7}
C: Krijgen wij dan minder diensten? {7}
A: Vast. De vergoeding per ceremonie blijft 150 {7}
~
C: Dinsdagochtend eenvoudig wordt door wie gedaan? {7}
A: Door de ambtenaren van Burgerzaken zelf, geen babs {7}
A: PHOTO "Per 1 juli 2025 geen kosteloze huwelijken meer op maandag - Burgerzaken" {7}
B: Dus wij alleen nog de dure 😕 {7}
~
C: Wie kan 12 juli in de Ogterop? Ik ben op vakantie
B: Ik
""",
        24,
    ),
    Chat(
        "Bruidspaar De Vries",
        "dienstverlening",
        "2025-04-03 10:10",
        ["Truus van Dijk", "Lotte de Vries"],
        """
B: Goedemorgen, wij wilden op maandag 8 september gratis trouwen, maar we lezen dat dat niet meer kan? {7}
A: Heeft u voor 1 april gereserveerd? {7}
B: We hebben 2 april gebeld, toen zat de lijn dicht. Ik heb de mail van 31 maart nog! {7}
A: Stuur die mail door, dan kijk ik of die telt als reservering {7}
~
A: Uw mail van 31 maart telt. Maandag 8 september staat, kosteloos {7}
B: Wat fijn!! Mohamed is ook blij ❤️ {7}
""",
        10,
    ),
    Chat(
        "Trouwlocatie Ogterop",
        "dienstverlening",
        "2025-05-05 15:30",
        ["Ahmed Benali", "Rianne Bolt"],
        """
B: Nu de gratis ochtend vervalt, willen wij de zaal op maandag verhuren voor ceremonies? {7}
A: De gratis variant was in de trouwkamer in het stadhuis, niet bij jullie {7}
B: Ah ok. Dan blijft onze prijs 400 voor de zaal {7}
""",
        10,
    ),
    Chat(
        "Leges huwelijk 2026",
        "bedrijfsvoering",
        "2025-10-14 10:00",
        ["Yvonne Ruiter", "Anita Kruit"],
        """
B: Yvonne, voor de legesverordening 2026: de tarieven voor huwelijk en partnerschap {7}
A: Dinsdag eenvoudig 195, doordeweeks 475, zaterdag 725, en het kosteloze is eruit {7}
B: Opbrengst raming? {7}
A: Ongeveer 18k meer dan nu, vooral doordat het gratis trouwen weg is {7}
""",
        12,
    ),
    Chat(
        "Terrasvergunning De Kolk",
        "veiligheid",
        "2025-03-19 11:00",
        ["Kees Brouwer", "Jurgen Mol"],
        """
B: Kees, waarom krijg ik maar 8 meter diep? De buren krijgen 8 en ik heb de grootste zaak op de Markt {8}
A: Max is 8 meter vanaf de gevel, voor iedereen. Daarachter is de brandweerstrook {8}
B: En in de breedte? Ik wil voor de lege winkel naast me {8}
A: Met toestemming van de eigenaar van dat pand, schriftelijk {8}
~
B: Toestemming van de eigenaar in de bijlage {8}
A: Dan 8 bij 22. Vergunning volgt {8}
""",
        14,
    ),
    Chat(
        "KHN afdeling Meppel",
        "bestuur",
        "2025-02-24 16:00",
        ["Sharon Veenstra", "Berend Wesseling"],
        """
B: Sharon, de leden willen graag grotere terassen nu de Markt opnieuw is ingericht {8}
A: Kan, binnen de nieuwe regels. Max 8 m en een vrije doorgang {8}
B: En de precario? Die is vorig jaar al 12% omhoog gegaan {8}
A: Dat is aan de raad, niet aan mij {8}
B: We sturen een brief aan de wethouder {8}
""",
        12,
    ),
    Chat(
        "Platform toegankelijkheid",
        "samenleving",
        "2025-07-08 14:20",
        ["Iris Nijboer", "Ton Meerman"],
        """
B: Iris, ik zit in een rolstoel. Op het Kerkplein kon ik gisteren niet langs de terrassen, stoelen tot aan de bomen {8}
A: Dat mag niet, er moet een looppad van 1,5 m vrij blijven {8}
B: Kom maar kijken op een zaterdagmiddag 😉 {8}
A: Dat ga ik doen, met handhaving {8}
~
A: Gisteren gekeken, u had gelijk. 2 horecazaken hebben een waarschuwing {8}
""",
        12,
    ),
    Chat(
        "Brandweer doorgang Markt",
        "veiligheid",
        "2025-04-01 09:00",
        ["Sharon Veenstra", "Tjeerd Hoekstra"],
        """
B: Sharon, onze ladderwagen moet bij de panden op de Markt kunnen. 3,5 m vrij en op de opstelplaats niets {8}
A: Staat zo in de vergunningsvoorwaarden voor de terrassen {8}
B: Mooi. Graag de tekening van de terrasindeling {8}
""",
        10,
    ),
    Chat(
        "Precario 2025",
        "bedrijfsvoering",
        "2025-01-16 10:30",
        ["Anita Kruit", "Sharon Veenstra"],
        """
A: Sharon, de aanslagen precario voor de terrassen gaan in februari eruit. 42 euro per m2 per jaar {8}
B: Ook voor de uitbreidingen die nu nog lopen? {8}
A: Nee, die krijgen een naheffing naar rato {8}
""",
        10,
    ),
    Chat(
        "MR De Octopus",
        "ruimte",
        "2025-02-06 20:00",
        ["Jasper Mulder", "Bas Koster", "Yvette Dam"],
        """
B: Jasper, mijn dochter Lieke (groep 4) werd vanochtend bijna geschept door een ouder die achteruit reed {9}
A: Wat erg. Waar precies? {9}
B: Voor het hek op de Steenwijkerweg. Er staan elke ochtend 30 auto's op de stoep {9}
C: Als MR willen we een kiss-and-ride of gewoon een verbod {9}
A: We werken aan een proef met een schoolstraat in de Meidoornstraat {9}
~ 2025-09-02
C: Rooster verkeersbrigadiers rond: 24 ouders, 2 per ochtend {9}
A: Top. Ze krijgen een hesje en een instructie van Veilig Verkeer Nederland {9}
""",
        16,
    ),
    Chat(
        "Bewoners Meidoornstraat",
        "ruimte",
        "2025-10-28 07:55",
        ["Jasper Mulder", "Herman Pothof"],
        """
B: Ik kan mijn eigen straat niet uit om 8 uur. Ik moet naar mijn werk! {9}
A: Bewoners mogen er langzaam door, de brigadier doet het hek even open {9}
B: Die meisjes zeggen dat ik moet wachten tot half 9 {9}
A: Ik spreek de school erop aan. Excuses {9}
~
B: Vandaag ging het goed {9}
""",
        12,
    ),
    Chat(
        "Verkeersbrigadiers",
        "samenleving",
        "2025-10-20 07:30",
        ["Yvette Dam", "Sandra Hof"],
        """
A: Hekken staan! Eerste dag schoolstraat {9}
B: Er reed toch iemand omheen over de stoep {9}
A: Kenteken genoteerd, ik geef het door {9}
~
B: Rustig vandaag. Kinderen fietsen gewoon op straat, zo mooi om te zien {9}
~
A: Regen, 3 ouders toch met de auto tot aan het hek {9}
""",
        12,
    ),
    Chat(
        "Wethouder verkeer",
        "bestuur",
        "2025-11-03 17:00",
        ["Jan Kamphuis", "Jasper Mulder"],
        """
A: Jasper, hoe gaat het bij De Octopus? {9}
B: Halen en brengen is veel rustiger. De Steenwijkerweg zelf nog steeds druk bij de oversteek {9}
A: Een zebrapad of een verkeerslicht? {9}
B: Eerst tellen. Ik laat een slimme camera hangen {9}
""",
        10,
    ),
    Chat(
        "Turfschipper weg",
        "samenleving",
        "2025-07-14 08:10",
        ["Dewi Pattiasina", "Margot Lindeman"],
        """
A: Margot, jij bent van kunst in de openbare ruimte toch? Het beeld op de Kleine Oever is gestolen {10}
B: NEE. De turfschipper?? Van Anna Kiewiet {10}
A: Afgezaagd bij de enkels, alleen de voeten staan nog op de sokkel {10}
B: Brons is veel waard bij de schroot. Ik bel de politie en de kunstenares {10}
A: PHOTO "Gestolen beeld De Turfschipper Kleine Oever - tips politie 0900-8844" {10}
~
B: Wat is de waarde? De politie vraagt het {10}
A: Aankoop 1996 was 85.000 gulden, verzekerde waarde nu 62.000 euro {10}
""",
        14,
    ),
    Chat(
        "Politie aangifte kunstwerk",
        "veiligheid",
        "2025-07-15 10:00",
        ["Margot Lindeman", "Rutger Boven"],
        """
B: Aangifte is opgemaakt, nr 2025-1807-446. Wij gaan langs de handelaren in de regio {10}
A: Zijn er camerabeelden? {10}
B: Van de bank op de hoek, een bestelbus om 3:40 {10}
~ 2025-07-30
B: Goed nieuws: het beeld is gevonden bij een metaalhandel in Hoogeveen, in 3 stukken {10}
A: In stukken?! {10}
B: Ja, de arm eraf, en het hoofd. Maar alles is er. De handelaar heeft het zelf gemeld {10}
""",
        12,
    ),
    Chat(
        "Metaalhandel Hoogeveen",
        "veiligheid",
        "2025-07-31 09:00",
        ["Margot Lindeman", "Gerard Kroes"],
        """
B: Mevrouw, ik heb het brons gekocht van 2 jongens voor 1.100 euro. Ik wist het niet {10}
A: Dank dat u het gemeld heeft {10}
B: Krijg ik dat geld terug? {10}
A: Dat is een zaak voor de politie, niet voor ons {10}
~
A: Vervoer naar de gieterij is geregeld, dinsdag ophalen {10}
""",
        10,
    ),
    Chat(
        "Restauratie beeld",
        "samenleving",
        "2025-08-05 11:00",
        ["Margot Lindeman", "Anna Kiewiet"],
        """
B: Margot, ik heb het gezien bij de gieterij. Het hoofd en de arm kunnen worden teruggelast {10}
A: Hoe lang? {10}
B: 10 weken, en dan patineren. Kosten 18.400 ex btw {10}
A: Verzekering dekt het herstel, min eigen risico. Ik leg het voor {10}
~
B: AUDIO {10}
A: Mooi dat het lukt. Plaatsing 20 november? {10}
B: Ja, en graag een sterkere verankering, met rvs-pennen in de sokkel {10}
~ 2025-11-20
B: Hij staat er weer 🥲 {10}
""",
        14,
    ),
    Chat(
        "Verzekeraar kunstwerk",
        "bedrijfsvoering",
        "2025-08-12 14:00",
        ["Ellen Schuurman", "Vincent Lok"],
        """
B: Schademelding 'brons beeld Kleine Oever' ontvangen. Herstel 18.400 plus plaatsing 3.200? {10}
A: Klopt, en de nieuwe verankering 1.850 {10}
B: Verankering is verbetering, die vergoeden we niet. De rest min 2.500 eigen risico {10}
A: Akkoord {10}
""",
        10,
    ),
    Chat(
        "Projectgroep warmtenet",
        "ruimte",
        "2025-01-15 10:00",
        ["Tim de Jong", "Bert Hulshof", "Sylvia Reinders", "Roel Jonker"],
        """
A: Welkom allemaal. Doel: 1.100 woningen in Oosterboer van het gas, eerste fase 2025-2027 {11}
B: Warmtebron wordt de restwarmte van de zuivelfabriek plus een buffer {11}
C: Reestland doet mee met 480 huurwoningen, maar dan wel met 70% instemming van de huurders {11}
D: En de koopwoningen? {11}
A: Vrijwillig, met een aansluitbijdrage van 0 euro in de eerste 2 jaar {11}
~
B: Tarief: vastrecht 38 per maand en de warmte per GJ volgens de ACM-max {11}
C: Dat vastrecht schrikt mensen af. Met gas betalen ze 20 vastrecht {11}
~ 2025-03-21
A: Informatieavond: 210 bezoekers, veel vragen over de kosten en over koken op inductie {11}
D: En 'wat als het warmtebedrijf failliet gaat' {11}
A: Gemeente is aandeelhouder voor 51%, dat stelde gerust {11}
~ 2025-05-06
B: ProRail: de kruising onder het spoor kan pas in 2026. Dus 1 jaar uitstel {11}
C: Huurders hebben dan al een nieuwe ketel nodig in sommige woningen {11}
A: Reestland plaatst tijdelijk huurketels {11}
~
D: Iemand nog iets voor de rondvraag?
A: Nee
""",
        24,
    ),
    Chat(
        "Bewonersavond Oosterkim",
        "ruimte",
        "2025-03-13 15:00",
        ["Tim de Jong", "Ria Kamps"],
        """
B: Tim, de zaal in De Oosterkim is geboekt voor 20 maart. 150 stoelen genoeg? {11}
A: Zet er 200 neer, er is veel belangstelling voor het warmtenet {11}
B: Koffie en een beamer {11}
A: PHOTO "Informatieavond warmtenet Oosterboer 20 maart 19.30 De Oosterkim" {11}
~ 2025-03-21
B: Er waren mensen die buiten moesten blijven. Tweede avond? {11}
A: 3 april, zelfde tijd {11}
""",
        14,
    ),
    Chat(
        "Reestland warmtenet",
        "ruimte",
        "2025-04-10 11:00",
        ["Roel Jonker", "Gea Brouwer"],
        """
B: Roel, stemming onder de huurders: 73% voor aansluiting {11}
A: Dan halen we de 70% {11}
B: Wel met een huurverlaging voor het verschil in vastrecht, dat hebben we beloofd {11}
A: Dat moeten jullie met het warmtebedrijf regelen, maar wij helpen {11}
~ 2025-05-07
B: Uitstel naar 2026, wie betaalt de huurketels? {11}
A: Warmtebedrijf, ze hebben het toegezegd in de projectgroep {11}
""",
        12,
    ),
    Chat(
        "Klacht warmtenet",
        "dienstverlening",
        "2025-05-19 19:00",
        ["Koen Brink", "Henk Tiemens"],
        """
B: Ik huur bij Reestland aan de Goudsbloemstraat 9. Ik heb tegen het warmtenet gestemd en toch moet ik eraan? {11}
A: Bij 70% instemming geldt het voor het hele complex, zo is de regel {11}
B: En als het duurder wordt? {11}
A: Reestland heeft beloofd dat de woonlasten niet stijgen. Ik stuur u de brief {11}
""",
        10,
    ),
    Chat(
        "Raadslid vraagt naar paarden",
        "bestuur",
        "2025-02-21 17:45",
        ["Karin Dekker", "Monique Hartman"],
        """
A: Monique, raadslid Van Dam (PvdD) heeft foto's van de paarden bij de sportvelden op Facebook gezien en wil weten wat we doen {5}
B: LID is ingeschakeld, die is bevoegd. Wij kijken als grondeigenaar naar het contract {5}
A: Mag ik dat zo doorgeven? {5}
B: Ja, zonder de naam van de pachter {5}
~
A: Ze dient toch schriftelijke vragen in, over dierenwelzijn op gemeentegrond in het algemeen {5}
B: Ok, dan schrijf ik mee {5}
""",
        12,
    ),
    Chat(
        "Directie De Octopus",
        "samenleving",
        "2025-03-17 12:15",
        ["Jasper Mulder", "Marieke Wouda"],
        """
B: Jasper, ik heb de ouders gevraagd om niet meer op de stoep te parkeren. Het helpt 2 dagen {9}
A: Herkenbaar. Wat vindt het team van een autovrije Meidoornstraat tussen 8 en 8.30? {9}
B: Enthousiast, maar wie staat bij het hek? {9}
A: Ouders als brigadier, de gemeente levert hekken en borden {9}
B: Ik zet het in de nieuwsbrief en vraag vrijwilligers {9}
~
B: De bovenbouw fietst al, maar de kleuters komen uit Nijeveen en Rogat, die ouders zijn boos {9}
A: Kiss-and-ride op de parkeerplaats van de sporthal, 200 m lopen {9}
""",
        14,
    ),
    Chat(
        "Warmtebedrijf tarieven",
        "ruimte",
        "2025-06-03 09:30",
        ["Roel Jonker", "Bert Hulshof"],
        """
A: Bert, voor de raadsinformatiebrief: wat wordt het vastrecht nu definitief? {11}
B: 32 per maand in plaats van 38, omdat de gemeente de aansluitleiding betaalt uit de Rijksbijdrage {11}
A: En de GJ-prijs? {11}
B: 5% onder de ACM-max, 3 jaar vast {11}
A: Mooi, dat helpt bij de huurders {11}
""",
        10,
    ),
    Chat(
        "Bestelbus werf",
        "openbare_ruimte",
        "2025-04-22 07:20",
        ["Sjoerd Lenters", "Harry Kok"],
        """
A: De bus van de wijkploeg start niet meer, accu leeg
B: Ik kom met de startkabels
A: Gelukt. Maar hij moet naar de garage, APK is ook verlopen
B: Vervangende bus van de groenploeg lenen?
A: Die rijdt vandaag in Nijeveen, morgen kan het
""",
        10,
    ),
    Chat(
        "Schoolplein De Octopus",
        "openbare_ruimte",
        "2025-04-01 13:00",
        ["Dewi Pattiasina", "Yvette Dam"],
        """
B: Het schoolplein van De Octopus wordt groen! Subsidie van de provincie is binnen
A: Leuk. Wat komt er?
B: Een wilgenhut, 3 bomen en een moestuin, tegels eruit
A: Wij kunnen het zand brengen, zet het op de lijst van de buitendienst
B: In de meivakantie graag
""",
        12,
    ),
    Chat(
        "Kinderboerderij pony's",
        "openbare_ruimte",
        "2025-05-07 10:30",
        ["Rob Kamphuis", "Marja Eising"],
        """
B: De hoefsmid komt donderdag voor de 2 pony's en de ezel
A: Moet ik het hek openzetten?
B: Ja, en het hooi is bijna op, 10 balen bestellen
A: Bij de boer in Rogat zoals altijd
""",
        10,
    ),
    Chat(
        "Cadeau Sanne trouwt",
        "bedrijfsvoering",
        "2025-05-15 12:30",
        ["Lisa Timmerman", "Sanne de Groot", "Anja Huisman"],
        """
A: Psst, Sanne trouwt 14 juni! Wie doet er mee met een cadeau? (niet in de groep met Sanne 😅)
C: Ik! Bon van de woonwinkel?
A: 10 euro p.p.?
C: Prima
B: Haha ik zit wel in deze groep 🙈
A: Oeps. Nou, verrassing is eraf. Gefeliciteerd!!
B: Dank jullie, het wordt een feest in de Ogterop
""",
        12,
    ),
    Chat(
        "Afscheid Jan buitendienst",
        "openbare_ruimte",
        "2025-06-02 09:00",
        ["Sjoerd Lenters", "Rob Kamphuis", "Dewi Pattiasina"],
        """
A: Jan gaat na 41 jaar met pensioen! Afscheid op de werf 27 juni, met een barbecue
B: Eindelijk kan hij vissen 😄
C: Cadeau? Hij wil een nieuwe hengel
A: Ik zet een lijst op het prikbord in de kantine
~
B: 380 euro opgehaald, hengel + een vistas
A: Mooi. Receptie in de kantine vanaf 15 uur, familie is welkom
""",
        12,
    ),
    Chat(
        "Isolatie stadhuis",
        "bedrijfsvoering",
        "2025-02-18 14:30",
        ["Wim Dijkman", "Arjen Schrijver"],
        """
B: Dak van het stadhuis wordt geïsoleerd in de zomervakantie, 1.800 m2
A: Kantoren op de derde verdieping moeten dan leeg
B: 3 weken. Thuiswerken of flexplekken op de eerste
A: Ik meld het in het MT
~
B: Kosten vallen mee, 186k, binnen het MJOP
""",
        12,
    ),
    Chat(
        "Terrasoverkapping aanbouw",
        "ruimte",
        "2025-06-09 11:00",
        ["Naomi Smit", "Karel de Bruin"],
        """
B: Mag ik een terrasoverkapping van 4 bij 3 in mijn achtertuin zonder vergunning?
A: Als hij niet hoger is dan 3 meter en in het achtererfgebied staat, vergunningvrij
B: Ik woon op een hoek
A: Dan even de tekening sturen, dan kijk ik mee
B: Stuur ik vanavond
""",
        10,
    ),
    Chat(
        "Kunstroute 2025",
        "samenleving",
        "2025-04-14 16:00",
        ["Margot Lindeman", "Fenna Oldenhof"],
        """
B: Voor de kunstroute in september komen er 12 tijdelijke beelden langs de grachten
A: Verzekering via de organisatie zelf?
B: Ja, wij nemen alleen de vergunning en de sokkels van de gemeente
A: De sokkels bij de bibliotheek zijn vrij
""",
        12,
    ),
    Chat(
        "Verwarming stadhuis",
        "bedrijfsvoering",
        "2025-11-24 08:05",
        ["Arjen Schrijver", "Ellen Schuurman"],
        """
B: Het is 14 graden op de tweede verdieping!
A: Storing aan de warmtepomp, monteur komt om 10 uur
B: Mogen we naar huis? 🥶
A: Haha, elektrische kacheltjes staan bij de receptie
~
A: Opgelost, een defecte sensor
""",
        10,
    ),
    Chat(
        "Fietstocht personeel",
        "bedrijfsvoering",
        "2025-05-20 12:00",
        ["Lisa Timmerman", "Tim de Jong"],
        """
A: Personeelsvereniging organiseert een fietstocht door het Reestdal, 40 km, op 21 juni
B: Racefiets of gewone?
A: Gewoon, met een stop bij een theetuin
B: Ik schrijf me in
""",
        10,
    ),
    Chat(
        "Vervuilde grond Blankenstein",
        "ruimte",
        "2025-03-31 09:45",
        ["Gijs Meijer", "Ingrid Lemstra"],
        """
B: Bij het bouwrijp maken van kavel 12 op Blankenstein zit olie in de grond
A: Oud tankstation?
B: Er stond een boerderij met een tank, 1960. Saneerder is gebeld
A: Melding aan de omgevingsdienst doen
B: Gedaan, en de koper is geïnformeerd
""",
        12,
    ),
    Chat(
        "ICT servicedesk",
        "bedrijfsvoering",
        "2025-02-12 08:15",
        ["Koen Wolters", "Nathalie Berends"],
        """
B: Koen, mijn Outlook-agenda synchroniseert niet op de telefoon
A: Intune opnieuw aanmelden, ik stuur de stappen
B: Werkt weer, dank
~
B: Headset kapot, kan ik een nieuwe halen?
A: Bij de servicebalie, tweede verdieping
""",
        20,
    ),
    Chat(
        "Facilitair",
        "bedrijfsvoering",
        "2025-03-04 08:00",
        ["Arjen Schrijver", "Wim Dijkman", "Ilse Bosma"],
        """
A: Koffieautomaat op de eerste is kapot
B: Leverancier gebeld
~
C: Kunnen de ramen aan de Markt-kant gewassen worden? Er zit vogelpoep op
A: Glazenwasser komt 15 maart
~
B: Parkeerkaarten voor bezoekers zijn op
A: Nieuwe besteld
""",
        16,
    ),
    Chat(
        "Wielerclub subsidie",
        "samenleving",
        "2025-02-27 10:00",
        ["Tom Huisman", "Klaas Reinders"],
        """
B: Tom, de jeugdafdeling van de wielerclub wil een subsidie voor 6 nieuwe jeugdfietsen
A: Via het sportfonds kan dat, max 50%
B: Dan vragen we 2.400
A: Aanvragen voor 1 april
""",
        10,
    ),
    Chat(
        "Paardenbak vergunning",
        "ruimte",
        "2025-08-19 14:00",
        ["Naomi Smit", "Jolanda Stam"],
        """
B: Wij willen een paardenbak van 20 bij 40 achter ons huis in Kolderveen, met lichtmasten
A: Buitengebied: omgevingsplan laat het toe tot 800 m2, lichtmasten max 6 meter
B: 800 precies
A: Let op de afstand tot de buren, 50 meter voor verlichting
""",
        10,
    ),
    Chat(
        "Agenda gemeentesecretaris",
        "bestuur",
        "2025-04-07 08:00",
        ["Harm Oosterhof", "Corrie Lamberts"],
        """
B: Harm, je agenda: 9 uur OR, 11 uur concernplanning, 14 uur regionaal overleg secretarissen in Hoogeveen
A: Het regionale overleg kan online
B: Ik zet het om
~
B: De accountant vraagt een gesprek over de managementletter
A: Volgende week dinsdag
""",
        14,
    ),
)
