"""The TENTH BLIND relevance set (issue 17): new chats, requests and judgements.

Written as a Woo officer of gemeente Meppel would by a helper after sets 1 to 9 had been
written, BEFORE any tuning on it, without reading the search code; measured once on main's code
after it was committed ("before" figure). Never tuned on. New subjects (none of sets 1 to 9 or
the tuning set). Same syntax as blind.py: `{n}` after a line marks the requests it is relevant
to, `~` starts the next day, `PHOTO "text"` is a photo with painted text, `AUDIO` a voice note.
Generated filler (build.FILLER, up to 60 lines a chat) is relevant to nothing. Names, places,
organisations and numbers are made up.

The requests and their queries were written first, from the request text only, before any chat
line. The chats are shaped like real work chats: fifteen long chats (an enforcement team, the
MT of public space, the press desk, the college's agenda, the Wmo and carers' team, two district
crews, the property team, the events team, the building-permits team, the contact centre's team
leaders, the registry's council questions, an alderman's secretariat, the nature team, the waste
team) where a request's subject is a few lines among other work, planning and jokes, several
subjects per chat; follow-up chats whose subject (onderwerp) the employee typed carries the
subject while the lines answer without repeating it ("Uitslagen zijn er", "Ja, met een
koevoet", "Het brandt! Eindelijk"); abbreviations and jargon (Pb, µg/l, OPV, OV, LED, RUD, OR, KCC,
PV, KHN, MJOP, GGD, quickscan, aanwijzingsbesluit), other words for the subject (plaskrul,
pisbak, openluchtplee, de Sint, roetveegpieten, de boot, burchten, kunstburcht, het busje,
lantaarns, masten, koelteplekken, belronde, houtrook, kachel, open haard, de waardering,
waardebon, papierophaal, de papierwagen, de spouw), compounds and inflections (loodhoudend,
drinkwaterleidingen, drinkwatermonsters, papierinzameling, wildplassers, hittegolf/hitte,
stookadvies/stookt, ingebroken/inbraak, gestolen, vleermuiskasten), typos (vleermuizne,
mantelzrog, stookoverlats), 16 photos with text and 5 voice notes; and distractor chats that
share words with requests but are about something else (a leaking pipe in the town office,
paperless meetings, the staff's Sinterklaas party, muskrat control, bicycle theft at the
station, Christmas lights on the lamp posts, the office toilets, the server room's cooling in
the heat, a bat night for children, a carer's leave request, fire baskets on terraces).

Judging rule (as sets 1 to 9): a message is relevant when a Woo officer would have to include it
to cover the request, also when it does not repeat the subject ("Hoeveel?", "Top", "Gedaan").
Lines of a relevant chat about something else carry no tag. Where a request names what it asks
about after a colon, lines about the subject outside those points carry no tag (toilets at an
event are not the public toilet; the staff's own Sinterklaas party is not the intocht).

Counts (with the generated filler of seed 17, as the bench builds it): 47 chats, 2,964 messages
(1,473 hand-written; 16 photos with text, 5 voice notes), 11 requests, 33 queries, 1,159 relevant
(message, request) pairs in 71 (chat, request) pairs; 11 chats relevant to no request, 13 to
several. Relevant messages (chats) per request: R1 125 (6), R2 114 (8), R3 104 (4), R4 99 (7),
R5 123 (7), R6 93 (7), R7 116 (11), R8 94 (5), R9 93 (5), R10 107 (5), R11 91 (6).
"""

from .build import Chat, Request

REQUESTS = (
    Request(
        1,
        "Lood in het drinkwater van basisschoolgebouwen (2025): het onderzoek met watermonsters, de "
        "uitslagen, de vervanging van de loden leidingen en de brieven aan ouders.",
        ("loden leidingen school", "lood drinkwater", "watermonsters basisschool"),
    ),
    Request(
        2,
        "Het stoppen van de oudpapiervergoeding voor verenigingen die oud papier inzamelen (2025): "
        "het voorstel, de reacties van de verenigingen en de overgangsregeling.",
        ("oudpapiervergoeding", "oud papier verenigingen", "overgangsregeling oud papier"),
    ),
    Request(
        3,
        "De intocht van Sinterklaas in de binnenstad (november 2024): de route, de veiligheid, de "
        "aangekondigde demonstratie over Zwarte Piet en de kosten.",
        ("sinterklaasintocht", "intocht route veiligheid", "demonstratie zwarte piet"),
    ),
    Request(
        4,
        "Bevers die de kaden langs de Reest ondergraven (2025): de meldingen, het overleg met het "
        "waterschap, de ontheffing en de maatregelen.",
        ("bever reest", "bevers kade", "ontheffing bever"),
    ),
    Request(
        5,
        "De diefstal uit de gemeentewerf (2025): de gestolen bestelbus en het gereedschap, de "
        "aangifte, de verzekering en de beveiliging van de werf daarna.",
        ("diefstal gemeentewerf", "gestolen bestelbus", "aangifte diefstal gereedschap"),
    ),
    Request(
        6,
        "De uitval van de openbare verlichting in Nijeveen (winter 2024-2025): de meldingen van "
        "inwoners, de oorzaak en de reparatie door de aannemer.",
        ("straatverlichting nijeveen", "openbare verlichting storing", "kabelbreuk verlichting"),
    ),
    Request(
        7,
        "Het openbaar toilet in de binnenstad (2025): het plan, de locatie, de kosten en de klachten "
        "over wildplassen.",
        ("openbaar toilet binnenstad", "wildplassen", "urinoir"),
    ),
    Request(
        8,
        "Het hitteplan tijdens de hittegolf van juli 2025: de koele plekken, het bellen van "
        "kwetsbare ouderen en de maatregelen bij evenementen.",
        ("hitteplan", "hittegolf ouderen", "koele plekken"),
    ),
    Request(
        9,
        "Vleermuizen bij de na-isolatie van huurwoningen in Koedijkslanden (2025): het ecologisch "
        "onderzoek, de ontheffing en het stilleggen van het werk.",
        ("vleermuizen isolatie", "ontheffing vleermuis", "ecologisch onderzoek spouwmuur"),
    ),
    Request(
        10,
        "De mantelzorgwaardering over 2024: de vertraagde uitgifte van de cadeaukaarten, de "
        "klachten van mantelzorgers en de afspraken met het steunpunt mantelzorg.",
        ("mantelzorgwaardering", "cadeaukaart mantelzorgers", "waardering mantelzorg klachten"),
    ),
    Request(
        11,
        "Klachten over stookoverlast door houtkachels in Haveltermade (winter 2024-2025): de "
        "meldingen, de gesprekken met bewoners die stoken en het stookadvies.",
        ("stookoverlast", "houtkachel klachten", "houtrook haveltermade"),
    ),
)

CHATS = (
    Chat(
        "Team Toezicht en Handhaving",
        "veiligheid",
        "2025-01-20 07:35",
        ["Ronald Mulder", "Ilse de Groot", "Kevin Hoekstra", "Naima Bouzid"],
        """
A: Morgen allemaal. Planning vandaag: Ilse en Kevin binnenstad, Naima en ik Haveltermade en Berggierslanden
B: Binnenstad prima. Eerst de laad- en lostijden op de Hoofdstraat, daar wordt weer overal gestaan
C: En de bijplaatsingen bij de containers aan de Zuideinde, drie meldingen dit weekend
A: Neem foto's en zoek naar adresgegevens in de zakken, zoals altijd
D: Haveltermade: we hebben vier meldingen van rook uit schoorstenen sinds vrijdag {11}
A: Dezelfde straat? {11}
D: Drie van de Aalscholverstraat, één van de Roerdompstraat. Allemaal over nr 14 {11}
A: Die houtkachel weer. Vorige winter ook al {11}
D: Melder zegt dat ze haar was niet meer buiten kan hangen en dat haar zoontje astma heeft {11}
A: We gaan er vanmiddag langs, eerst zelf ruiken en kijken naar de rookpluim {11}
B: Is dat eigenlijk wel handhaafbaar? Er is toch geen verbod op stoken {11}
A: Nee, alleen via de APV als het echt hinder is, en dan nog lastig. We gaan vooral in gesprek {11}
C: Parkeerbon bij het gezondheidscentrum aangevochten, die man zegt dat het bord niet zichtbaar was
B: Foto van het bord in het dossier doen en naar bezwaar sturen
C: Doe ik
~
A: Gisteren bij de Aalscholverstraat 14 geweest. Aardige man, stookt elke avond vanaf 5 uur {11}
D: Hij gebruikt hout van een kennis, ligt buiten onder een zeil, zeker niet droog {11}
A: Hebben hem de folder van de RUD gegeven over goed stoken en uitgelegd dat nat hout veel meer rook geeft {11}
D: Hij ging akkoord om een vochtmeter te kopen en alleen droog hout te gebruiken {11}
B: Mooi. En de melders? {11}
A: Naima belt ze vandaag terug {11}
D: Gebeld, mevrouw van nr 9 was niet tevreden, ze wil dat hij helemaal stopt {11}
A: Snap ik, maar dat kunnen we niet afdwingen. Leg het vast in het zaakdossier {11}
C: Jongens, hebben jullie het al gehoord van de werf? {5}
B: Nee, wat? {5}
C: Vannacht ingebroken bij de gemeentewerf aan de Industrieweg. Bestelbus weg en een hoop gereedschap {5}
A: Serieus? Welke bus? {5}
C: De witte Vito van de wijkploeg Zuid, met al het kleine materieel erin {5}
D: Hoe zijn ze binnengekomen? {5}
C: Hek opengeknipt aan de kant van het spoor, en de sleutelkast in de kantine opengebroken {5}
A: Politie is er al geweest neem ik aan {5}
C: Ja, sporenonderzoek vanochtend. Aangifte doet Wim van de werf {5}
B: Laten we vanavond op de route even langs de werf rijden {5}
A: Goed idee, zet het in het dienstrooster {5}
~
B: Wildplasser betrapt vannacht in het steegje naast de Grote Kerk, derde deze maand {7}
C: Bon gegeven? {7}
B: Ja, 150 euro plus kosten. Hij zei dat er nergens een wc te vinden is na 12 uur {7}
A: Dat horen we vaker. De ondernemers klagen er ook over, de steeg stinkt {7}
B: De kroegbaas van De Gouden Leeuw heeft het gemeld bij de wijkmanager, ze willen een urinoir {7}
A: Dat ligt bij openbare ruimte, ik stuur de meldingen door aan Petra {7}
D: Bij de Kerkplein-ingang van de parkeergarage ook, die hoek wordt gebruikt als pisbak {7}
A: Hou een lijstje bij met plek en tijd, dan kan Petra het gebruiken voor het plan {7}
B: Is goed {7}
C: Trouwens, kan iemand mijn dienst van zaterdag overnemen? Mijn zus trouwt
A: Ik wel, ruilen met de 8e?
C: Deal
~
D: Nijeveen gisteravond op de route: de hele Dorpsstraat donker, geen enkele lantaarnpaal aan {6}
A: Weer? Vorige week was het ook al {6}
D: Ja, en de Jan Tooropstraat en het fietspad naar de Kolderveense brug {6}
B: Dat is echt onveilig, er fietsen scholieren daar in het donker {6}
A: Meld het via de app in het meldsysteem, dan komt het bij de aannemer {6}
D: Gedaan, nummer 25-00873 {6}
C: Er stond ook een groepje bij de snackbar daar, rustig verder
A: Prima
B: Wie heeft de sleutel van de Caddy? Ligt niet in het kastje
C: Heb ik nog, sorry, leg hem zo terug
~
A: Nieuws van de werf: de bus is teruggevonden in Zwolle, uitgebrand {5}
D: Jammer. En het gereedschap? {5}
A: Weg. Lijst van de werf is ruim 18.000 euro aan materieel {5}
C: Wordt het hek nu eindelijk verhoogd? {5}
A: Ze plaatsen camera's en er komt een mobiele beveiligingsunit tot het nieuwe hek er staat {5}
B: En wij rijden er 's nachts een paar keer langs tot die tijd? {5}
A: Ja, twee keer per nacht, afstemmen met de politie {5}
D: Stookmelding nr 5 voor de Aalscholverstraat binnen, zelfde adres {11}
A: Hm. Dan maar even met de RUD bellen of zij een meting doen {11}
D: Ze doen geen metingen aan houtrook, zeggen ze. Wel kunnen ze een brief sturen met stookadvies {11}
A: Laat ze die brief sturen, dan hebben we het vastgelegd {11}
D: Afgesproken, ik zet de RUD in cc van het dossier {11}
~
B: Nog een wildplasser, zaterdag half 2 bij de Kerkgracht, in de plantenbak {7}
A: Zet ook maar op het lijstje {7}
B: Staat er al op. Lijst is nu 14 regels {7}
A: Top. Petra wil hem voor de raadsinfo over het toilet {7}
C: Vanmiddag ben ik bij de training conflicthantering, ben vanaf 3 uur terug
A: Prima, succes
D: En wie gaat er naar de wijkschouw in Koedijkslanden?
A: Ik, met de wijkagent
~
A: Weekoverzicht: 41 parkeerbonnen, 6 afvalbonnen, 4 wildplassers, 3 stookmeldingen {7,11}
B: Die wildplassers allemaal in de binnenstad? {7}
A: Ja, rond de Kerkgracht en de steeg bij De Gouden Leeuw, allemaal tussen 1 en 3 uur 's nachts {7}
C: Is er al nieuws over dat toilet? {7}
A: Het staat in de voorjaarsnota, eerst de raad {7}
D: Stook: melding 8 over de Aalscholverstraat, maar de melder zegt zelf dat het minder is {11}
A: Noteer het, en sluit het af als ze tevreden is {11}
D: Ze wil het open houden tot het einde van de winter {11}
A: Oké, dan houden we het open {11}
B: De wijkagent vraagt of we vrijdag meedoen met de controle bij de snackbar in Koedijkslanden
A: Ja, Kevin en Ilse
C: Top
~
C: Werf: ik ben er vannacht twee keer langs gereden, alles rustig, de beveiligingsunit met camera staat bij de poort {5}
A: Goed zo {5}
D: Er stond om 2 uur een auto met draaiende motor bij het spoor, kenteken genoteerd en doorgegeven aan de politie {5}
A: Goed gedaan. Zet het in het logboek van de werf {5}
B: De bonnen van de blauwe zone zijn ingevoerd
A: Dank
~
A: Kevin, hoe ging de training?
C: Goed, veel rollenspellen
B: Nog een stookklacht, nu uit de Kwartelstraat in Haveltermade {11}
A: Dat is het tweede adres. Weer eerst langs, in gesprek {11}
B: Doen we morgenavond, rond 6 uur, dan stookt hij {11}
~
B: Kwartelstraat 3 geweest. Oude open haard, stookt hout van een gesloopte schuur, geverfd hout {11}
A: Dat mag niet, geverfd of behandeld hout is afval {11}
B: Dat hebben we gezegd, hij was verbaasd. Hij stopt ermee {11}
A: Schrijf een waarschuwing, dat kunnen we wel handhaven {11}
D: Dat scheelt, daar komen de meeste rookklachten van {11}
C: Wie heeft er trouwens zin in een frietje na de dienst?
A: Altijd
""",
    ),
    Chat(
        "MT Openbare Ruimte",
        "openbare_ruimte",
        "2025-02-10 08:05",
        ["Petra Jansen", "Hans Wolters", "Marieke Boer", "Jeroen Kuipers"],
        """
A: Goedemorgen MT. Agenda donderdag: begroting 2026 eerste ronde, stand OPV, de werf, en het toilet {5,6,7}
B: Kan het afvalbeleid er ook bij? Het voorstel over de papierinzameling moet naar het college {2}
A: Zet ik erbij {2}
C: Ik ben donderdag pas om 10 uur binnen, tandarts
A: Dan doen we begroting als laatste
~
D: Stand openbare verlichting Nijeveen: Hemmen Infra heeft de oorzaak gevonden {6}
A: En? {6}
D: Een kabelbreuk in de voedingskabel onder de Dorpsstraat, waarschijnlijk door de glasvezelaanleg in het najaar {6}
B: Dus de glasvezelploeg heeft hem geraakt? {6}
D: Lijkt erop. Er zijn twee lassen gemaakt die het niet hielden. Daardoor vielen steeds hele strengen uit {6}
A: Kunnen we de schade verhalen? {6}
D: Ik vraag de netbeheerder om de graafmeldingen van KLIC van die periode {6}
A: Goed. Hoeveel meldingen van inwoners hebben we inmiddels? {6}
D: 47 via het meldsysteem, plus een boze brief van Dorpsbelang {6}
A: Wanneer is het definitief opgelost? {6}
D: Hemmen legt volgende week een nieuw stuk kabel, dan zou alles weer moeten branden {6}
C: Beplantingsplan Wilhelminapark is klaar voor de inspraak, ik stuur het vanmiddag rond
A: Dank!
~
B: Over de werf: de verzekeraar wil een rapport van de beveiliging voordat ze uitkeren {5}
A: Wat staat erin? {5}
B: Of het hek en de alarmopvolging voldeden. Het alarm ging af maar de meldkamer belde de verkeerde sleutelhouder {5}
A: Au. Dat moeten we eerlijk opschrijven {5}
B: Ja. Eigen risico is 2.500 euro, de bus is cascoverzekerd, het gereedschap valt onder de inventarispolis {5}
D: En de vervangende bus? Wijkploeg Zuid rijdt nu met een gehuurde {5}
B: Huur loopt tot 1 april, levering nieuwe Vito duurt 14 weken {5}
A: Dan de huur verlengen. Neem het mee in de rapportage aan de directie {5}
C: Even iets anders: er liggen weer klachten over hondenpoep in het Kerkplein
A: Daar hebben we de campagne in maart voor
~
A: Het toilet: het college wil in de voorjaarsnota een voorstel {7}
C: Wat voor toilet denken we aan? {7}
A: Een openbaar toilet met een urinoir ernaast, 24 uur open, liefst bij het Kerkplein of de Kerkgracht {7}
D: Kerkgracht lijkt me lastig, daar liggen kabels en leidingen van jewelste {7}
A: Dan de hoek bij de parkeergarage, daar wordt nu het meest geplast volgens handhaving {7}
C: Wat kost zoiets? {7}
A: Een zelfreinigende unit kost 90 tot 140 duizend, plus beheer en schoonmaak zo'n 25 duizend per jaar {7}
B: Dat gaat de raad niet zomaar doen {7}
A: Daarom ook een goedkope variant: een plaskrul in het weekend en afspraken met de horeca over hun wc's {7}
C: In Zwolle hebben ze een toiletkaart met alle horeca die je gratis laten plassen {7}
A: Goeie, neem ik mee {7}
~
B: Papierinzameling: ik heb de cijfers voor het collegevoorstel {2}
A: Vertel {2}
B: We betalen de verenigingen nu 45 euro per ton, samen 62.000 per jaar. De opbrengst van papier is ingestort, we leggen er nu geld op toe {2}
D: En wat stellen we voor? {2}
B: Per 1 januari 2026 stoppen met de vergoeding en de inzameling zelf doen met de minicontainer {2}
C: De verenigingen gaan steigeren. Voor de korfbal is dat hun halve begroting {2}
B: Daarom een overgangsjaar met een halve vergoeding, en een eenmalige bijdrage {2}
A: Laat de wethouder het eerst met de verenigingen bespreken voordat het naar buiten gaat {2}
B: Staat gepland op 3 maart, informatiebijeenkomst in het stadhuis {2}
~
C: De Reest. Het waterschap heeft gebeld over bevers {4}
A: Bevers? In Meppel? {4}
C: Ja, langs de Reest bij Rogat. Ze graven gangen in de kade, er is een stuk van het fietspad verzakt {4}
D: Dat fietspad is van ons, de kade is van het waterschap {4}
C: Precies, daarom moeten we samen optrekken. Ze willen een schouw met ons en de provincie {4}
A: Provincie? {4}
C: De bever is beschermd, voor maatregelen bij de burcht is een ontheffing nodig van de provincie {4}
A: Laat iemand van ons mee gaan naar die schouw en zet het fietspad af als het gevaarlijk is {4}
D: Ik zet vandaag hekken bij het verzakte stuk {4}
~
A: Kort: begroting schuift naar volgende week, iedereen te druk
B: Fijn
D: Verlichting Nijeveen brandt weer sinds vanochtend, nieuwe kabel ligt erin {6}
A: Eindelijk. Laat communicatie een berichtje op de site zetten en Dorpsbelang mailen {6}
D: Doe ik. Hemmen stuurt de factuur naar ons, wij verhalen op de glasvezelaannemer {6}
C: Bevers: schouw is donderdag om 9 uur bij de brug in Rogat {4}
A: Wie gaat? {4}
C: Ik en Sjoerd van de wijkploeg {4}
~
A: Begroting 2026: we moeten 300.000 vinden in de openbare ruimte
B: Het maaibeleid kan omlaag, minder vaak maaien in de bermen
C: Dat levert ook nog biodiversiteit op
A: Zet het in de lijst
D: De OPV-vervanging naar LED kunnen we ook een jaar uitstellen
A: Nee, die levert energie op
~
B: Werf: het nieuwe hek staat, de beveiligingsunit is weg. De verzekeraar heeft uitbetaald {5}
A: Hoeveel kregen we? {5}
B: Bus en gereedschap samen 38.200, na eigen risico {5}
D: En de wijkploeg heeft weer een eigen bus? {5}
B: Levering in mei {5}
A: Sluit het dossier dan maar af na de levering, met een evaluatie voor de directie {5}
C: Bevers: het fietspad is nog dicht, de omleiding leidt tot klachten {4}
A: Hoeveel? {4}
C: 12 meldingen, vooral scholieren die omfietsen {4}
A: Laat de school het weten, en zet het op social {4}
~
A: Toilet: het college heeft gekozen voor de duurdere variant, met de horeca voor de campagne {7}
B: Mooi, dan kunnen we aanbesteden {7}
A: Petra neemt het {7}
D: Verlichting Nijeveen: de glasvezelaannemer erkent de schade en betaalt de reparatie, 14.600 {6}
A: Goed resultaat, complimenten {6}
C: Er is nog een klacht over de oude armaturen in Ezinge, die zijn geel en zwak
A: Staat op de LED-lijst voor 2026
~
A: Oudpapier: het college heeft besloten, twee jaar overgang {2}
B: De verenigingen zijn redelijk tevreden, de korfbal gaat sponsors zoeken {2}
A: En wij gaan containers bestellen voor 2027 {2}
B: Aanbesteding begint in het najaar {2}
C: Wie gaat er naar de vakbeurs Infra Relatie?
D: Ik
""",
    ),
    Chat(
        "Persdesk",
        "bestuur",
        "2025-06-30 08:20",
        ["Lotte Verbeek", "Thijs Brouwer", "Anouk Smeenge"],
        """
A: Morgen! Wie heeft vandaag de persdesk?
B: Ik tot 2 uur, dan Anouk
C: Klopt. Ik heb vanochtend eerst het interview met de wethouder over de Noorderboog
A: De Meppeler Courant belde net over lood in het water op scholen {1}
B: Hoe weten ze dat? {1}
A: Een ouder van De Vlonder heeft de brief op Facebook gezet {1}
C: Welke brief? {1}
A: De brief aan ouders dat de kraanwatertappunten in de oude vleugel dicht zijn tot de uitslagen binnen zijn {1}
B: Wat is de lijn? {1}
A: Uit voorzorg: in gebouwen van voor 1960 kunnen loden leidingen zitten. We laten bij alle oude schoolgebouwen water testen {1}
C: Hoeveel scholen zijn het? {1}
A: Zeven gebouwen van voor 1960, bij drie is lood gevonden in de leidingen {1}
B: Heb je een quote van de wethouder nodig? {1}
A: Ja, korte. Ik mail hem {1}
~
C: Weerbericht: vanaf donderdag 34 graden, KNMI gaat code oranje geven {8}
A: Dan start het hitteplan. Ik heb de teksten voor social klaar {8}
B: Welke punten? {8}
A: Drink water, zoek koelte, bel je oudere buren, de koele plekken in de bieb en het stadhuis {8}
C: Zijn die koele plekken al zeker? {8}
A: Bibliotheek en stadhuis zeker, Het Palet nog niet {8}
B: Ik vraag het Palet vandaag {8}
C: Ik heb de wethouder gevraagd voor een filmpje met een fles water, hij vindt het leuk {8}
A: Haha top {8}
B: RTV Drenthe wil iets over de vleermuizen in Koedijkslanden, ze hebben een tip dat het werk stilligt {9}
A: Wie is daar woordvoerder, wij of de corporatie? {9}
B: Woonconcern is opdrachtgever, maar de ontheffing is van de provincie. Wij zitten er tussenin met de omgevingsvergunning {9}
A: Doorverwijzen naar Woonconcern, wij alleen over de vergunning als ze doorvragen {9}
B: Check {9}
~
C: Uitslagen lood zijn binnen, de wethouder wil ze morgen zelf toelichten {1}
A: Hoe erg is het? {1}
C: Bij De Vlonder 14 µg/l bij één kraan in de gymzaal, norm is 5. De andere twee scholen onder de norm na doorspoelen {1}
B: Dus alleen die kraan dicht en leiding vervangen? {1}
C: Ja, de hele leiding in de oude vleugel wordt in de zomervakantie vervangen {1}
A: Ik schrijf de Q&A voor ouders: is mijn kind in gevaar, wat nu, wie betaalt {1}
B: Laat de GGD meelezen op het gezondheidsstuk {1}
A: Goed punt {1}
C: Nieuwe huisstijl van de nieuwsbrief is er overigens, ziet er strak uit
B: Eindelijk
~
A: Hitte dag 2. Veel vragen over zwemmen in de Reest, mag dat? {8}
B: Niet onze verantwoordelijkheid, geen officieel zwemwater. Verwijs naar zwemwater.nl {8}
A: En de evenementen van het weekend, het muziekfeest op de Markt? {8}
C: Evenementen heeft met de organisator afgesproken: gratis water, schaduwdoeken en de start om 18 uur {8}
A: Dat zet ik erin {8}
B: De vraag van een raadslid: hoeveel ouderen worden gebeld? {8}
C: Het steunpunt belt 320 mensen van de lijst, de hele week {8}
B: Dank, ik geef het door aan de griffie {8}
A: Iemand zin in een ijsje om 3 uur? Ik trakteer
C: Ja!
~
B: Vraag van de Meppeler Courant: het toilet op het Kerkplein, wanneer komt het? {7}
A: September, wethouder wil het zelf openen {7}
C: En wat kost het? Ze hebben 112.000 gehoord {7}
A: Klopt, plus het onderhoud {7}
B: Ze willen ook een foto van de steeg voor het artikel over wildplassen {7}
A: Dat doen ze zelf maar {7}
~
C: Hitte: morgen de laatste warme dag. De belronde heeft bijna iedereen bereikt {8}
A: Mooi nieuws voor een bericht na afloop {8}
C: 318 gebeld, 3 via de wijkagent, 23 geholpen {8}
B: Mag dat naar buiten? {8}
C: Zonder namen, ja {8}
A: Ik schrijf het {8}
~
B: Lood: het AD belt voor een landelijk verhaal over scholen en lood {1}
A: Verwijs naar onze pagina met alle uitslagen {1}
B: Ze willen een woordvoerder aan de lijn {1}
A: Dan ik, om 3 uur {1}
C: Fietsbrug-artikel staat trouwens online, positief
B: Goed
~
A: Gesprek met het AD gehad. Ze vroegen vooral of ouders het eerder hadden moeten weten {1}
B: En jouw antwoord? {1}
A: Dat we het onderzoek uit eigen beweging hebben gedaan en de ouders op de dag van de uitslag hebben geïnformeerd {1}
""",
    ),
    Chat(
        "Agenda college",
        "bestuur",
        "2025-03-03 08:10",
        ["Evelien Kamp", "Gerard Post", "Sabine Lok", "Martijn Zandstra"],
        """
A: Goedemorgen. Concept-agenda college van dinsdag staat in de map, graag reacties voor 12 uur
B: Punt 4, de grondexploitatie Nieuwveense Landen, is nog niet afgestemd met financiën
A: Dan haal ik hem eraf
C: Er moet nog een punt bij: de oudpapiervergoeding, de wethouder wil het voorstel dinsdag bespreken {2}
A: Is het al rijp? {2}
C: Nee, eerst een bespreekstuk. Hij wil eerst horen hoe de collega's erin staan voordat de verenigingen het horen {2}
A: Bespreekpunt dan, geen besluit {2}
D: Mag ik er een mededeling bij doen over de mantelzorgwaardering? {10}
A: Wat is er? {10}
D: De cadeaukaarten zijn nog steeds niet bij iedereen, 600 mantelzorgers wachten nog {10}
B: Over 2024 nog?? Het is maart {10}
D: Ja, de leverancier van de kaarten is failliet gegaan in december, we zoeken een nieuwe {10}
A: Mededeling, zet ik erbij {10}
~
A: Uit het college: oudpapier is besproken. Ze willen een overgangsregeling van een jaar en de verenigingen eerst spreken {2}
C: Verder? {2}
A: Ze willen weten wat de minicontainer voor papier kost per huishouden {2}
C: Ik vraag het aan afval {2}
A: Mantelzorg: de wethouder wil een brief aan alle mantelzorgers met excuses, en de kaarten voor 1 mei {10}
D: Ik zeg het tegen het steunpunt {10}
B: Zijn er nog andere uitkomsten?
A: Ja, de jubileumsubsidie voor de harmonie is akkoord
~
B: Voorjaarsnota: er zijn drie nieuwe claims van openbare ruimte {7}
A: Welke? {7}
B: 120.000 investering voor een openbaar toilet in de binnenstad plus 25.000 structureel {7}
B: Vervanging van de loden drinkwaterleidingen in schoolgebouwen, 85.000 incidenteel {1}
B: En een extra budget voor de Reestkade, waterschap en gemeente delen de kosten, voor ons 40.000 {4}
C: Die laatste, is dat die beverschade? {4}
B: Ja, rasters in de oever tegen het graven en herstel van het fietspad {4}
A: Het college wil bij het toilet weten of de horeca meebetaalt {7}
B: Ik vraag het aan Petra {7}
~
D: De wethouder vraagt of de brief aan de mantelzorgers al weg kan, hij heeft hem getekend {10}
A: Die ligt bij de drukker, donderdag in de bus {10}
D: Mooi. Er komen veel telefoontjes bij het KCC binnen van mensen die boos zijn {10}
A: Geef de KCC de Q&A, die ligt klaar {10}
C: De harmonie wil de wethouder uitnodigen voor het jubileumconcert, kun je het in de agenda zetten?
A: Welke datum?
C: 12 april
A: Staat erin
~
C: Afval heeft gerekend: een extra papiercontainer kost 6 euro per huishouden per jaar, als we hem zelf laten legen {2}
A: Dus de afvalstoffenheffing gaat omhoog? {2}
C: Een klein beetje, en tegelijk houden we de 62.000 over die naar de verenigingen ging {2}
A: Dat is een lastig verhaal om uit te leggen {2}
B: Vergeet de collegetour niet donderdag, de bus vertrekt om 8 uur
~
A: Collegeagenda volgende week: het besluit over het oud papier {2}
C: Met de twee jaar overgang? {2}
A: Ja, en de eenmalige 1.500 per vereniging {2}
D: En een raadsinformatiebrief erbij {2}
A: Staat erin {2}
B: Punt 6, de subsidie voor het filmhuis, is nog niet klaar
A: Schuift door
~
A: Uit het college: het oud papier is besloten. Verder het toilet: de duurdere variant met een urinoir {2,7}
B: Gaat dat nog naar de raad? {7}
A: Het geld zit in de voorjaarsnota, dus ja, daar {7}
D: Mantelzorg: laatste stand, alle kaarten verstuurd, 34 klachten waarvan 9 formeel, allemaal afgehandeld {10}
A: Dan gaat er een slotmededeling naar het college {10}
D: Schrijf ik {10}
C: Wanneer is de collegefoto?
A: 2 juni, in het park
~
A: Agenda 1 april: de voorjaarsnota met het openbaar toilet, de loden leidingen en de Reestkade {1,4,7}
B: Allemaal een A-punt? {1,4,7}
A: Nee, alleen de nota zelf, de claims zitten erin {1,4,7}
C: Ik heb ook de jaarrekening van de Stichting Welzijn
A: Volgende keer
D: Het steunpunt mantelzorg vraagt of de wethouder in juni hun vrijwilligers wil bedanken {10}
A: Heeft dat met de waardering te maken? {10}
D: Ja, ze hebben veel extra werk gehad door het faillissement van de leverancier {10}
A: Zet ik in zijn agenda {10}
""",
    ),
    Chat(
        "Team Wmo en mantelzorg",
        "samenleving",
        "2025-04-14 08:30",
        ["Yvonne Bakker", "Ruud Hofman", "Esther Dijkstra", "Samira El Idrissi"],
        """
A: Morgen team! Vandaag 6 keukentafelgesprekken, Ruud en Esther nemen de nieuwe aanvragen
B: Ik heb om 10 uur die meneer met de scootmobiel in Nijeveen, die van de klacht
C: En ik de traplift aan de Leonard Springerlaan
D: Ik zit op de telefoon vandaag, al een hoop over de mantelzorgwaardering {10}
A: Nog steeds? {10}
D: Ja, 11 telefoontjes sinds 8 uur. Mensen hebben de brief met excuses gekregen maar nog geen kaart {10}
A: Het steunpunt zou ze vorige week versturen {10}
D: Het steunpunt zegt dat de nieuwe leverancier pas deze week levert {10}
A: Ik bel Marjan van het steunpunt vanmiddag {10}
~
A: Gesproken met Marjan. De kaarten van 50 euro komen donderdag binnen, vrijdag en maandag gaan ze de deur uit {10}
D: Alle 600? {10}
A: 612, er zijn er nog wat bij gekomen die zich te laat hadden aangemeld {10}
B: Krijgen de mensen die hem al in december hadden ook een brief? {10}
A: Nee, alleen wie nog wachtte {10}
C: Er was ook een klacht dat de kaart bij de vorige leverancier niet in elke winkel te gebruiken was {10}
A: De nieuwe kaart kan bij alle Meppeler winkelpartners, daar hebben we het contract op aangepast {10}
D: Ik zet het in de belnotitie {10}
B: De scootmobiel-meneer was tevreden trouwens, nieuwe accu geregeld
A: Mooi
~
C: Vraagje: de indicatie van mevrouw Tuinstra loopt af, verlengen zonder gesprek?
A: Bij haar wel gesprek, er is veel veranderd
C: Plan ik
D: Er staan nu 3 klachten formeel in het systeem over de mantelzrog waardering {10}
A: Laat ze via de klachtencoördinator lopen, en stuur ze alle drie een persoonlijke mail {10}
D: Ok {10}
A: Andere vraag: de GGD vraagt of wij meedoen met het hitteplan dit jaar {8}
B: Wat is dat precies? {8}
A: Als het KNMI een hittegolf aankondigt, bellen we alle kwetsbare ouderen die alleen wonen, 75+ met Wmo-voorziening {8}
C: Hoeveel zijn dat? {8}
A: Rond de 300. We maken er een lijst van met het steunpunt en de wijkteams {8}
B: Wie belt er? {8}
A: Vrijwilligers van het steunpunt en wij als het druk wordt. Script ligt bij de GGD {8}
D: Ik meld me aan {8}
B: Ik ook {8}
~
A: Steunpunt: alle kaarten zijn de deur uit {10}
D: Eindelijk! {10}
A: Voor volgend jaar willen ze een digitale waardering, dan hebben we dit gedoe niet meer {10}
B: Voor ouderen lastig, niet iedereen heeft een smartphone {10}
A: Ze gaan een keuze aanbieden {10}
C: Huishoudelijke hulp bij meneer Zwiers is geregeld vanaf maandag
A: Top
~
A: De lijst voor het hitteplan is klaar, 318 adressen {8}
D: Staan mensen erop die niet gebeld willen worden? {8}
A: Die halen we eraf als ze het zeggen bij de eerste belronde {8}
C: Hoe zit het met privacy, mag dat zomaar, die lijst? {8}
A: De FG heeft meegekeken, het mag op basis van de Wmo-taak met een beperkte lijst {8}
B: Ik heb vanmiddag vrij, tot morgen
A: Fijne middag
~
B: Even terug naar de mantelzorgers: een mevrouw belde dat haar kaart niet werkt bij de Hema {10}
A: De Hema doet niet mee, alleen de lokale winkels op de lijst {10}
B: Ze vond het niet duidelijk in de brief {10}
A: Dan zetten we de lijst op de website, en een kopie bij de volgende brief {10}
D: Ik doe het {10}
C: De vervoersklacht van mevrouw Otten is opgelost, ze heeft een nieuwe chauffeur
A: Mooi
~
A: Evaluatie mantelzorgwaardering met het steunpunt op 12 juni {10}
C: Wat willen we bespreken? {10}
A: De leverancier, de communicatie, en of we naar een digitale kaart gaan {10}
D: En of de waardering niet eerder kan, in november in plaats van december {10}
A: Goed punt {10}
~
A: Hitteplan: de GGD wil dat we in juni een proefbelronde doen met 20 mensen {8}
B: Wie doet dat? {8}
A: Samira en de vrijwilligers {8}
D: Gedaan, 18 bereikt, 2 willen niet gebeld worden {8}
A: Die van de lijst af {8}
B: Ik ben volgende week op vakantie, Esther neemt mijn cliënten
A: Fijne vakantie
""",
    ),
    Chat(
        "Wijkploeg Zuid",
        "openbare_ruimte",
        "2025-01-21 06:55",
        ["Wim Schutte", "Sjoerd Lammers", "Dennis Vos", "Henk Kroeze"],
        """
A: Mannen, slecht nieuws. Vannacht is er ingebroken op de werf, onze bus is weg {5}
B: Wat?? Met alles erin? {5}
A: Alles. Bosmaaiers, de kettingzaag, de trilplaat, de aggregaat, al het handgereedschap {5}
C: Hoe kan dat nou, het alarm dan? {5}
A: Alarm ging om 3 uur af, maar de meldkamer belde mij niet, die hadden nog het oude nummer van Gert {5}
D: Die is al twee jaar met pensioen {5}
A: Precies {5}
B: En nu? We hebben vandaag de snoeiklus aan de Oude Vaart {5}
A: Die gaat niet door. Ik moet om 9 uur aangifte doen bij de politie en een lijst maken van wat er weg is {5}
C: Ik maak wel een lijst, ik weet wat er in de kisten zat {5}
A: Graag, met serienummers als je ze hebt. Staan in het onderhoudsboekje {5}
C: PHOTO "Lijst vermist: Stihl bosmaaier 2x, Stihl MS 261 zaag, trilplaat Wacker, aggregaat Honda, bladblazer, 2 bouwlampen" {5}
A: Top Dennis {5}
~
A: Bus is gevonden in Zwolle, uitgebrand. Van het gereedschap geen spoor {5}
D: Balen. Hadden ze er niet zo'n tracker in? {5}
A: Alleen in de grote wagens. Na dit gedoe komen ze in alle busjes {5}
B: We krijgen een huurbus vanaf morgen, een witte Transit {5}
C: En gereedschap? {5}
A: Lenen we van wijkploeg Noord tot de verzekering betaalt {5}
D: Ik heb nog een oude bosmaaier thuis liggen, mag die gebruikt worden? {5}
A: Nee Henk, geen privéspullen, zit niet in de verzekering {5}
~
B: Aan de Reest bij Rogat liggen drie wilgen om, afgeknaagd {4}
A: Afgeknaagd? Door wat? {4}
B: Punten als een potlood, dat is een bever {4}
C: PHOTO "Fietspad afgesloten - verzakking - Gemeente Meppel" {4}
C: Het hek staat er al, de kade is ingezakt naast het fietspad, er zit een gat van een halve meter {4}
A: Niks aan doen, niet dichtgooien. Marieke zegt dat het beschermd is en dat er een ontheffing moet komen {4}
D: Dus we laten dat gat gewoon liggen? {4}
A: Afzetten en laten liggen tot de schouw, ja {4}
B: Ook de bomen niet weghalen? {4}
A: Die wel, die liggen op het pad. Opzij leggen, niet afvoeren {4}
~
A: Vanochtend eerst de steeg naast de Grote Kerk schoonspuiten, de horeca belt weer {7}
C: Die plasgeur krijg je er echt niet meer uit {7}
A: Er komt misschien een openbaar toilet daar in de buurt {7}
D: Dan moeten wij dat zeker ook schoonmaken haha {7}
A: Nee, dat wordt uitbesteed volgens Petra {7}
B: Stoeptegels aan de Zomerdijk liggen los, ik ga er na de pauze heen
A: Prima
~
B: AUDIO {4}
A: Wat zei je Sjoerd, ik hoor alleen wind
B: Bij de Reest, de burcht zit bij de bocht, de mensen van het waterschap zijn er en willen dat wij het pad 3 weken dicht laten {4}
A: Oké, dat is helder {4}
B: Ze zetten een camera neer om te zien hoeveel bevers er zitten {4}
~
A: Nieuw gereedschap is besteld via het contract, volgende week binnen {5}
D: Ook een nieuwe trilplaat? {5}
A: Ja, en een kettingzaag. Alles met een GPS-tag voortaan {5}
C: En de bus? {5}
A: Mei. Tot die tijd de huurbus {5}
B: Ik moet maandag naar de fysio, ben vanaf 11 uur
A: Prima
~
B: Bevers: het waterschap heeft de camera opgehaald. 3 bevers gezien {4}
A: Dus de kade blijft nog even zo {4}
B: Tot september, dan komt het herstel met een ecoloog erbij {4}
D: Moeten wij het gat in de gaten houden? {4}
A: Elke week even kijken of het hek nog staat {4}
~
C: De huurbus moet terug op 1 april, is de nieuwe er al? {5}
A: Nee, ik heb de huur verlengd {5}
D: Gelukkig {5}
B: Snoeien bij de Oude Vaart is klaar, veel takken
A: Afvoeren naar de composteerder
C: AUDIO
A: Dennis, was dat over de takken?
C: Ja, de container is vol, ik bel voor een nieuwe
A: Top
~
A: Iedereen heeft nu een eigen pas voor de poort van de werf {5}
D: Waarom moet ik tekenen voor een pas, ik werk hier 25 jaar {5}
A: Regels na de inbraak Henk {5}
D: Ja ja {5}
""",
    ),
    Chat(
        "Team Vastgoed en Onderhoud",
        "bedrijfsvoering",
        "2025-05-19 08:00",
        ["Arjan Timmer", "Femke Hulst", "Bert Lubbers"],
        """
A: Morgen. Deze week: MJOP sporthallen afronden, de drinkwatermonsters bij de scholen, en het hek van de werf {1,5}
B: De monsters: het lab komt woensdag en donderdag, zeven gebouwen {1}
C: Welke scholen zitten erin? {1}
B: Alle gebouwen van voor 1960: De Vlonder, de Wilhelminaschool, De Plantage, de oude Lindenhof, de Mariaschool, De Akker en het gebouw van de muziekschool {1}
A: Muziekschool is geen basisschool {1}
B: Er zit een peuterspeelzaal in, daarom meegenomen {1}
C: Moeten de scholen iets doen? {1}
B: De kraan een nacht niet gebruiken, dan meten we stilstaand water, dat is het ergste geval {1}
A: Stuur de directeuren een mailtje vandaag {1}
B: Gedaan {1}
C: Het hek van de werf: de offerte van Heras is binnen, 2,40 meter hoog met een klimbeveiliging {5}
A: Wat kost het? {5}
C: 38.000 inclusief de schuifpoort aan de Industrieweg {5}
A: En de camera's? {5}
C: Die hangen er al sinds februari, vier stuks met doormelding naar de meldkamer {5}
A: Zijn de sleutelhouders nu goed? {5}
C: Ja, na de inbraak helemaal nagelopen, Wim en Sjoerd en de beveiligingsdienst {5}
~
B: Eerste uitslagen van het lab {1}
B: PHOTO "Monster De Vlonder gymzaal kraan 2: lood 14 ug/l (norm 5 ug/l) - afwijkend" {1}
A: Dat is fors {1}
B: De rest van De Vlonder onder de norm, alleen die kraan in de gymzaal {1}
C: Dat is de oude vleugel, daar zit het oorspronkelijke leidingwerk nog {1}
A: Kraan direct afsluiten, bordje erbij. Ik bel de directeur {1}
B: De uitslagen van de Wilhelminaschool en De Plantage hebben ook lood boven de norm bij stilstaand water, maar na doorspoelen niet {1}
A: Dan daar doorspoelen elke ochtend en leidingen op de lijst voor vervanging {1}
~
C: Ik heb met de GGD gebeld over de Vlonder. Risico is klein, kinderen drinken er weinig, maar wel vervangen {1}
A: Begroting voor het vervangen van de leidingen? {1}
C: Drie scholen, 85.000 voor alles, in de zomervakantie {1}
A: Dat moet via de voorjaarsnota, ik schrijf de claim {1}
B: Er zijn ook vragen van ouders, die heb ik doorgezet naar communicatie {1}
A: Goed zo {1}
C: Andere vraag: het dak van sporthal Ezinge lekt weer, bij de tribune
A: Loodslabben? Of de bitumen?
C: Bitumen bij de dakrand
A: Aannemer bellen, valt nog onder garantie
~
A: Petra vraagt of wij kunnen meedenken over een openbaar toilet bij het Kerkplein {7}
B: Gebouwd of een unit? {7}
A: Unit, zelfreinigend, met een urinoir aan de buitenkant {7}
C: Daar lopen het riool en de waterleiding onder de parkeergarage, dat moet kunnen {7}
A: Kun jij een schets maken met de aansluitpunten? {7}
C: Eind van de week {7}
C: PHOTO "Schets toiletunit Kerkplein: aansluiting riool 12 m, water 8 m, stroom kast parkeergarage" {7}
A: Mooi, gaat naar Petra {7}
~
B: Schoolleidingen: de loodgieter begint op 14 juli bij De Vlonder {1}
A: Hoe lang? {1}
B: Twee weken per school, alle drie klaar voor de scholen weer open gaan {1}
A: Na afloop opnieuw laten bemonsteren {1}
B: Staat gepland {1}
C: Heras hangt het hek op 2 juni {5}
A: Dan is de tijdelijke beveiligingsunit daarna weg? {5}
C: Ja, die huur stopt op 6 juni {5}
~
B: Nieuwe monsters na de vervanging: alle drie de scholen onder de 1 microgram {1}
A: Mooi. Uitslag naar de scholen en naar communicatie {1}
C: Ook de andere vier gebouwen laten we volgend jaar nog eens testen {1}
A: Goed {1}
C: De lift in het stadskantoor is weer kapot
A: Alweer
~
C: Er is een vraag van een school die niet op de lijst stond, De Regenboog, of die ook getest moet worden {1}
B: Dat gebouw is uit 1975, daar zit geen loodhoudende leiding in {1}
A: Antwoord het zo, met een kopie aan onderwijshuisvesting {1}
C: Gedaan {1}
A: Het MJOP van de sporthallen: nog één dag werk
B: Ik help je vrijdag
~
A: De nieuwe drinkwaterleidingen bij de Wilhelminaschool zijn klaar, één week eerder {1}
B: Mooi werk van Bakker {1}
A: De factuur is 29.800, iets minder dan de offerte {1}
C: AUDIO {5}
A: Bert, ik versta je niet goed, het hek?
C: Ja, de schuifpoort van de werf doet het niet, Heras komt morgen {5}
A: Laat de beveiliging tot dan langs rijden {5}
""",
    ),
    Chat(
        "Team Evenementen",
        "veiligheid",
        "2024-10-28 09:00",
        ["Monique Jonker", "Bas Vedder", "Lisa Wessels", "Tom Scholten"],
        """
A: Hoi allen. Deze week: intocht op 16 november, de lichtjesavond, en de aanvragen voor oud en nieuw {3}
B: Intocht: het stichtingsbestuur heeft de route gestuurd {3}
B: PHOTO "Route intocht: aankomst stoomboot Stoombootkade 13.00 - Kerkgracht - Hoofdstraat - Markt (ontvangst burgemeester)" {3}
C: Zelfde als vorig jaar dus {3}
B: Ja, alleen de ontvangst op de Markt in plaats van voor het stadhuis, door de werkzaamheden {3}
D: Hoeveel bezoekers verwachten ze? {3}
B: 8 tot 10 duizend {3}
A: Dan hebben we een crowd manager nodig bij de kade, het is daar smal {3}
C: Ik vraag de stichting om een veiligheidsplan met de verkeersregelaars {3}
D: De lichtjesavond is een week later, de ondernemers vragen of de kerstverlichting dan aan kan
A: Dat is aan de ondernemersvereniging, niet aan ons
~
C: Veiligheidsplan intocht is binnen. 40 verkeersregelaars, 2 EHBO-posten, hekken langs de kade {3}
A: En de calamiteitenroute? {3}
C: Via de Zuiderstraat, de brandweer heeft al ja gezegd {3}
B: Politie belde: er is een demonstratie aangemeld bij de intocht {3}
A: Van wie? {3}
B: Kick Out Zwarte Piet wil een demonstratie houden op de Markt. En er is ook een tegengroep die komt {3}
D: Oei. Dat wordt een lastige dag {3}
A: De burgemeester gaat over demonstraties, dat loopt via zijn kabinet. Wij stemmen af over de plek {3}
B: Politie wil ze uit elkaar houden, één groep bij de Kerkgracht, de andere bij de Prinsengracht {3}
C: En de stichting? Die gebruikt toch al lang roetveegpieten? {3}
A: Ja, al drie jaar. Dat is juist de boodschap van de burgemeester: het feest is voor de kinderen {3}
~
D: Vraag van de stichting: wie betaalt de extra hekken en de beveiliging door de demonstratie? {3}
A: Wat gaat het kosten? {3}
D: Ongeveer 7.500 extra bovenop de 12.000 subsidie {3}
A: Dat leg ik voor aan de burgemeester. Ik denk dat de gemeente dat betaalt, de stichting kan er niks aan doen {3}
C: De toiletwagens voor de kerstmarkt zijn besteld, 4 stuks op het Kerkplein
A: Is dat genoeg?
C: Vorig jaar ook 4, dat ging goed
~
A: Burgemeester akkoord: extra kosten voor de gemeente, en een aanwijzingsbesluit voor de demonstraties {3}
B: Wat staat erin? {3}
A: Plek, tijd van 12 tot 15 uur, geen versterkte geluid, geen gezichtsbedekking {3}
D: En hoe maken we het bekend? {3}
A: Kabinet regelt het persbericht {3}
~
B: Intocht was goed verlopen! Geen incidenten, 9.000 mensen {3}
C: De demonstratie? {3}
B: 25 man bij de Kerkgracht, tegengroep 40 bij de Prinsengracht, rustig, alleen wat geroep {3}
A: Top, iedereen bedankt {3}
D: Één kind kwijt geraakt bij de kade, binnen 10 minuten terug bij zijn moeder {3}
A: Zet dat in de evaluatie {3}
C: Evaluatie plan ik op 26 november {3}
~
A: Evaluatie intocht: wat ging er goed en wat niet? {3}
B: Goed: de routewijziging en de scheiding van de demonstranten {3}
C: Minder goed: te weinig verkeersregelaars bij de kade, het was daar erg druk {3}
D: En het ei van de tegengroep {3}
A: Voor volgend jaar een grotere opstelplaats aan de Stoombootkade {3}
B: Kosten zijn binnen: 19.400 totaal, 7.500 extra van ons {3}
A: Dat is wat we hadden begroot {3}
C: Oud en nieuw: 3 aanvragen voor een feest in een tent, één in Nijeveen
A: Die van Nijeveen was vorig jaar een probleem
C: Ja, ik ga strenger toetsen
~
A: De kermis van volgend jaar: de exploitanten willen de Markt weer helemaal
B: Dat botst met de weekmarkt op donderdag
A: Dan verschuiven we de markt een dag, zoals altijd
D: Nog een aanvraag voor een straatfeest in de Vledders, 200 man
C: Melding is genoeg, geen vergunning nodig
B: De lichtjesavond: het loopt weer over de Hoofdstraat, samen met de ondernemers
A: Prima, geen bijzonderheden
D: AUDIO {3}
A: Tom, ik was in de auto, wat zei je?
D: De politie vraagt of we de evaluatie van de Sint ook met hen doen, vanwege die demonstratie {3}
A: Ja, goed idee, de 26e {3}
~
C: Toiletwagens kerstmarkt: één ervan is kapot, de verhuurder brengt een nieuwe
A: Fijn, anders krijgen we wildplassers in de Kerkgracht
B: Haha, dat hoort handhaving graag
C: Zijn de hekken van de intocht al terug bij de verhuurder? {3}
B: Ja, maandag opgehaald, factuur naar ons, 4.200 {3}
A: Die valt onder de extra kosten door de demo {3}
""",
    ),
    Chat(
        "Team VTH",
        "ruimte",
        "2025-04-07 08:15",
        ["Joost Mensink", "Karin Bos", "Leon Pieters", "Wendy Kok"],
        """
A: Morgen. Stand van de week: 23 aanvragen omgevingsvergunning in behandeling, 4 over de termijn
B: Die 4 zijn allemaal dakkapellen met een welstandsvraag
A: Plan een overleg met de stadsbouwmeester
C: Melding binnen van een buurtbewoner in Koedijkslanden: er wordt spouwmuurisolatie aangebracht en ze ziet 's avonds vleermuizen uit de gevel komen {9}
A: Wie is de opdrachtgever? {9}
C: Woonconcern, 180 huurwoningen, de hele wijk wordt na-geïsoleerd {9}
D: Is er een ecologisch onderzoek gedaan? {9}
C: Er is een quickscan uit 2023, daarin staat dat er mogelijk vleermuizen zitten en dat nader onderzoek nodig was {9}
D: En dat nader onderzoek? {9}
C: Niet gedaan volgens de bewoner. Ik vraag het op bij Woonconcern {9}
A: Als er verblijfplaatsen zijn mag er niet geïsoleerd worden zonder ontheffing. Dat is de provincie {9}
B: Maar wij hebben de omgevingsvergunning niet, het is vergunningvrij {9}
A: Klopt, wij doen dan het toezicht op de Omgevingswet samen met de provincie {9}
~
C: Woonconcern heeft het onderzoek niet laten doen. Ze dachten dat de quickscan genoeg was {9}
D: Dus zonder ontheffing aan het isoleren met vleermuizen in de spouw {9}
A: Dan moet het werk stil. Ik bel de provincie voor een gezamenlijke actie {9}
B: Mogen wij het stilleggen? {9}
A: De provincie is bevoegd voor de soortenbescherming, wij kunnen bestuursdwang als de provincie ons vraagt. Eerst bellen {9}
~
A: Provincie is akkoord: het werk in de straten waar de vleermuizen zijn gezien ligt stil vanaf vandaag {9}
C: Hoeveel woningen? {9}
A: 64, de Gorterlaan en de Roland Holstlaan {9}
D: De rest mag door? {9}
A: Ja, daar is de spouw al gecontroleerd door een ecoloog met een endoscoop {9}
B: Woonconcern gaat alsnog het onderzoek laten doen, dat duurt tot half juni met de zomerkolonies {9}
C: En de huurders? Die zitten met half geïsoleerde huizen {9}
A: Dat moet Woonconcern oplossen, wij vragen ze om een bewonersbrief {9}
~
D: De RUD stuurt de jaarrapportage over het stookseizoen {11}
A: Wat staat erin over Haveltermade? {11}
D: 31 meldingen over houtrook, 19 daarvan over twee adressen. Er zijn 6 stookadviesbrieven gestuurd {11}
B: En de Aalscholverstraat? {11}
D: Daar is het rustiger na het bezoek van handhaving, maar de buren zijn nog steeds niet tevreden {11}
A: Het blijft zo, zonder landelijk verbod kunnen we weinig. Neem het mee in de evaluatie van de APV {11}
~
B: Dakkapel Stationsweg 12 is geweigerd, ze gaan in bezwaar
A: Prima, zoals verwacht
C: Ecoloog van Woonconcern heeft gisteren de eerste ronde gedaan: 3 verblijfplaatsen van de gewone dwergvleermuis gevonden {9}
A: Dus ontheffing aanvragen en compenserende vleermuiskasten {9}
C: Ja, ze vragen de ontheffing deze week aan, beslistermijn 13 weken {9}
D: Wordt krap voor de zomer {9}
A: Niks aan te doen {9}
~
A: Woonconcern heeft de ontheffing gekregen voor de 7 woningen {9}
C: Eindelijk. En de huurders? {9}
B: Krijgen 150 euro en de steigers gaan weg tot september {9}
D: Moeten wij nog toezicht houden? {9}
A: Ja, in september bij het werk, samen met de ecoloog van de provincie {9}
B: Het bezwaar van de dakkapel, nog nieuws?
A: Hoorzitting in juni
~
D: Nieuwe melding: aan de Gorterlaan wordt toch gewerkt, zegt een buurman {9}
A: Dat mag niet, het werk ligt daar stil {9}
C: Ik ga kijken {9}
C: Het was de glazenwasser, geen isolatie. Vals alarm {9}
A: Haha, goed dat je ging {9}
B: Er is een melding van een illegale schutting in Berggierslanden
A: Plan een controle
~
A: Overzicht van alle bouwmeldingen na-isolatie in 2025: 4 projecten, alleen Koedijkslanden met vleermuizen {9}
D: Moeten we bij de andere drie ook een ecologisch onderzoek vragen? {9}
A: Ja, vraag om de quickscan en kijk of er nader onderzoek nodig is {9}
D: Doe ik, de brief gaat morgen de deur uit {9}
B: De stookoverlats in de winter, moet die in de evaluatie van de APV? {11}
A: Ja, met de cijfers van de RUD {11}
B: Ik schrijf een alinea {11}
~
C: De bewoners van de Roland Holstlaan vragen of de gemeente de steigers niet kan laten weghalen {9}
A: Dat is van Woonconcern, zij gaan erover {9}
C: Ik heb ze doorverwezen {9}
D: Vergunning voor de aanbouw aan de Dolderweg is verleend
A: Prima
""",
    ),
    Chat(
        "Lood De Vlonder",
        "samenleving",
        "2025-05-23 10:40",
        ["Carla Wijnstra", "Arjan Timmer", "Paul de Haan"],
        """
A: Dag Arjan, Carla hier, directeur van De Vlonder. Ik hoorde van de conciërge dat de kraan in de gymzaal dicht moet? {1}
B: Dag Carla, klopt. In het water van die kraan is 14 microgram per liter gevonden, de norm is 5 {1}
A: Schrik ik wel van. Daar drinken de kinderen na de gym uit {1}
B: Snap ik. De GGD zegt dat het risico van af en toe een slok klein is, maar we nemen geen risico {1}
A: Wat moet ik tegen de ouders zeggen? {1}
B: Paul van onderwijshuisvesting maakt met communicatie een brief, die krijg je vandaag {1}
C: Hoi Carla, Paul hier. Ik stuur je de concept-brief rond 3 uur. Wil je hem via Parro naar de ouders sturen? {1}
A: Ja, doe ik. Graag ook een telefoonnummer voor vragen {1}
C: Komt erin, het nummer van het KCC en van de GGD {1}
A: En kunnen de kinderen ergens anders water tappen? {1}
B: De kranen in de nieuwe vleugel zijn goed, en we zetten een watertappunt in de gang {1}
A: Fijn {1}
~
A: De brief is eruit. Al 8 ouders gebeld, 2 boos dat het niet eerder is onderzocht {1}
C: Die vraag komt vaker. Eerlijk antwoord: er was geen wettelijke plicht, we doen het nu uit voorzorg {1}
A: Een vader wil zijn kind laten testen op lood in het bloed {1}
C: Verwijs hem naar de huisarts, de GGD adviseert dat alleen bij klachten {1}
A: Oké. Wanneer komt de nieuwe leiding? {1}
B: In de zomervakantie, de loodgieter begint op 14 juli bij jullie {1}
A: Dan moet de conciërge erbij zijn, ik regel het {1}
~
A: Arjan, even een praktische: de juf van groep 7 heeft op schoolreisje gevraagd of de kinderen water mogen meenemen vanaf school {1}
B: Uit de nieuwe vleugel zonder probleem {1}
A: Dank {1}
A: En de uitslagen van de andere scholen, mogen wij die zien? {1}
B: Ze komen op de website van de gemeente, alle zeven gebouwen {1}
~
C: Carla, de leidingen in de oude vleugel zijn vervangen, het nieuwe monster is schoon: onder 1 microgram {1}
A: Top, dank jullie wel. Mag de kraan in de gymzaal weer open? {1}
C: Ja, bordje mag eraf {1}
A: Ik stuur de ouders een berichtje {1}
""",
    ),
    Chat(
        "Watermonsters scholen",
        "bedrijfsvoering",
        "2025-05-20 07:50",
        ["Femke Hulst", "Rik Altena"],
        """
A: Rik, hoe laat ben je morgen bij de eerste school? {1}
B: Half 8 bij de Wilhelminaschool, dan De Vlonder, De Plantage. Donderdag de rest {1}
A: Per gebouw hoeveel? {1}
B: 3 kranen per gebouw, steeds stilstandmonster en na 5 minuten doorspoelen {1}
A: Conciërges weten ervan, sleutels liggen klaar {1}
~
B: Wilhelminaschool gedaan. Kraan keuken boven is een oude, zie je aan de dikke grijze leiding {1}
B: PHOTO "Wilhelminaschool keuken 1e verd. - oude leiding grijs, niet magnetisch - vermoedelijk Pb" {1}
A: Ziet er inderdaad uit als lood {1}
B: Bij De Vlonder in de gymzaal ook zo'n stuk {1}
~
B: Alle monsters zijn binnen bij het lab, uitslagen binnen 5 werkdagen {1}
A: Snel! {1}
~
A: Uitslagen zijn er. 3 van de 7 boven de norm bij stilstand, De Vlonder ook na doorspoelen {1}
B: Zoals verwacht eigenlijk {1}
A: Kun je een offerte vragen om de oude stukken te vervangen? {1}
B: Doe ik bij Installatiebedrijf Bakker, die kennen de gebouwen {1}
~
B: Offerte: 27.500 voor De Vlonder, 31.000 Wilhelminaschool, 26.500 De Plantage {1}
A: Dat is die 85 duizend. Gaat mee in de voorjaarsnota {1}
""",
    ),
    Chat(
        "Lekkage stadskantoor",
        "bedrijfsvoering",
        "2025-02-17 09:12",
        ["Bert Lubbers", "Gonny Visser"],
        """
A: Gonny, in de kelder van het stadskantoor staat water, er lekt een leiding in het archief
B: O nee, de archiefdozen!
A: Die staan op de onderste plank, een paar zijn nat
B: Ik kom eraan met de krat
A: Loodgieter is gebeld, de hoofdkraan is dicht
B: Dus geen water op de hele verdieping?
A: Tot de loodgieter klaar is, ik denk een uur of twee
B: De nat geworden dozen heb ik in de droogkamer gezet
~
A: Oorzaak: een oude koperen leiding met een gaatje, corrosie
B: Worden ze allemaal vervangen?
A: Alleen dit stuk, de rest is goed volgens de loodgieter
B: Het water uit de kraan in de keuken is bruin vandaag
A: Even laten doorlopen, komt door het dichtdraaien
""",
    ),
    Chat(
        "Oud papier verenigingen",
        "openbare_ruimte",
        "2025-03-04 09:30",
        ["Hans Wolters", "Ingrid Meijer", "Frank Dekker"],
        """
A: Ingrid, de informatiebijeenkomst voor de verenigingen staat op 17 maart {2}
B: Hoeveel verenigingen zijn er? {2}
A: 14, van de korfbal tot de harmonie en twee scholen {2}
C: Scholen? {2}
A: De Mariaschool en De Akker halen met ouders papier op voor het schoolreisje {2}
B: Wat krijgen ze te horen? {2}
A: Dat de vergoeding van 45 euro per ton stopt per 2026, met een overgangsjaar op de helft {2}
C: Heeft het college al besloten? {2}
A: Nog niet, het is een voornemen. We horen eerst hun reactie {2}
B: Ik maak een presentatie met de cijfers van de papierprijs {2}
~
A: Eerste reactie binnen, de voorzitter van de korfbal {2}
A: PHOTO "Geachte wethouder, de papierophaal is voor KV Reestdal 9.000 euro per jaar. Zonder die inkomsten moet de contributie fors omhoog." {2}
C: Dat is wel veel voor zo'n club {2}
A: Ze halen elke maand 17 ton op, met vrijwilligers op zaterdag {2}
B: Kunnen ze niet zelf het papier aan de verwerker verkopen? {2}
A: Dat mag niet, het papier is van de gemeente zodra het aan de straat staat {2}
~
B: Bijeenkomst was vol, 40 mensen {2}
C: En de stemming? {2}
B: Boos, vooral over hoe snel het gaat. Ze willen twee jaar overgang en een fonds voor de kleine clubs {2}
A: Ik verwerk het in het collegevoorstel. De wethouder neigt naar 2 jaar {2}
C: En de minicontainers voor papier? {2}
A: Die kunnen dan pas in 2027 {2}
B: De harmonie zei dat ze anders oud ijzer gaan inzamelen {2}
A: Haha, dat mag ook niet zomaar {2}
~
A: College heeft besloten: vergoeding stopt per 2027, in 2025 en 2026 nog 30 euro per ton, en een eenmalige bijdrage van 1.500 per vereniging {2}
B: Dat zal ze geruststellen {2}
C: Gaat er een brief uit? {2}
A: Deze week, en een raadsinformatiebrief {2}
""",
    ),
    Chat(
        "KV Reestdal",
        "samenleving",
        "2025-03-18 19:45",
        ["Maarten Hulshof", "Dirk Visscher"],
        """
A: Dirk, Maarten van de sportconsulenten. Gisteravond was je er ook bij, bij de bijeenkomst? {2}
B: Ja, en ik ben niet blij. 9 duizend per jaar, dat is onze hele jeugdafdeling {2}
A: Ik snap het. Ik wil kijken of we iets kunnen met de sportstimulering {2}
B: Wat bedoel je? {2}
A: Er is een regeling voor verenigingen die een tijdelijk tekort hebben, daar kun je een aanvraag doen {2}
B: En na dat jaar? {2}
A: Dat is het lastige, dan moet je andere inkomsten vinden. Sponsoring, acties {2}
B: We zijn al 30 jaar elke maand op pad met de papierwagen, dat gooi je niet zomaar weg {2}
A: Ik geef het door aan de wethouder, echt {2}
~
B: Maarten, we hebben een brief aan de raad gestuurd samen met 8 andere clubs {2}
A: Heb ik gezien, hij staat op de lijst van ingekomen stukken {2}
B: Komt er nog een inspreekmoment? {2}
A: Ja, bij de commissie van 14 april kun je inspreken {2}
~
B: Net de brief van de gemeente gehad, twee jaar overgang en 1.500 euro. Beter dan niks {2}
A: Blij dat het is gelukt. Die aanvraag voor de sportstimulering staat nog open {2}
B: Dan doen we die ook {2}
B: Andere vraag, het veld bij de sporthal is weer een modderpoel na die regen
A: Ik geef het door aan beheer
""",
    ),
    Chat(
        "Papierloos vergaderen",
        "bestuur",
        "2025-03-10 11:00",
        ["Sabine Lok", "Nico Berends"],
        """
A: Nico, de raad wil vanaf september helemaal papierloos vergaderen
B: Dus geen geprinte stukken meer?
A: Nee, alles in de app. Ook voor de verenigingen die bij de commissie inspreken
B: Die krijgen nu nog de papieren agenda toegestuurd
A: Die krijgen een link voortaan
B: Scheelt een hoop oud papier haha
A: En printkosten, 8.000 euro per jaar
B: Wie regelt de tablets?
A: ICT, de oude iPads worden vervangen
""",
    ),
    Chat(
        "Intocht 16 november",
        "veiligheid",
        "2024-11-11 08:45",
        ["Bas Vedder", "Eric Lenters", "Annemiek Geerts"],
        """
A: Eric, hoi. Voor zaterdag: waar wil de politie de twee groepen hebben? {3}
B: De pro-groep op de Prinsengracht bij de brug, de anti-groep bij de Kerkgracht, ver uit het zicht van de stoet {3}
A: De boot legt om 1 uur aan, de groepen mogen vanaf 12 uur staan {3}
B: Wij hebben 30 collega's, ME stand-by in Hoogeveen {3}
C: Annemiek van het kabinet. De burgemeester heeft het aanwijzingsbesluit vanochtend getekend {3}
A: Wordt het gepubliceerd? {3}
C: Vandaag op overheid.nl, en we sturen het de organisatoren {3}
B: Weten jullie al hoeveel mensen er bij de demo komen? {3}
C: De aanmelder zegt 30, de tegengroep zegt op Facebook 200 {3}
B: Dat laatste geloof ik niet, maar we houden rekening met 100 {3}
~
A: Vraag van de stichting: de Pieten willen langs de Kerkgracht lopen voor de snoepjes, kan dat met de demonstratie daar? {3}
B: Liever niet. Laat ze via de Hoofdstraat {3}
A: Ik pas de route aan {3}
A: PHOTO "Aangepaste route: stoomboot - Stoombootkade - Hoofdstraat - Markt. Kerkgracht afgesloten 12-15 uur" {3}
C: Dit zet ik in het bericht aan de omwonenden {3}
~
B: Alles rustig, de demonstratie is afgelopen, ze zijn weg {3}
A: Mooi. Sint is op het bordes geweest, de kinderen vonden het prachtig {3}
C: Burgemeester is tevreden, hij wil de politie en de stichting bedanken {3}
B: Één aanhouding bij de tegengroep, iemand die een ei gooide {3}
C: Noteer ik voor de evaluatie {3}
""",
    ),
    Chat(
        "Secretariaat burgemeester",
        "bestuur",
        "2024-11-12 08:30",
        ["Annemiek Geerts", "Joyce Harmsen", "Rob Lambers"],
        """
A: Agenda deze week: dinsdag regio-overleg Zwolle, woensdag de raad, zaterdag de intocht {3}
B: Moet hij bij de intocht een toespraak houden? {3}
A: Een kort welkom voor de Sint op de Markt, 2 minuten {3}
C: Ik schrijf hem. Iets over het feest voor alle kinderen, geen woord over de demonstratie {3}
A: Precies. Hij praat over de demonstratie alleen met de pers als ze ernaar vragen {3}
C: Q&A voor de pers heb ik: recht op demonstratie, het aanwijzingsbesluit, veiligheid van de kinderen voorop {3}
B: En de kosten? Journalist van de Courant vroeg wat het de gemeente kost {3}
A: 12.000 subsidie voor de stichting en 7.500 extra voor hekken en beveiliging door de demonstratie {3}
~
B: Donderdag lunch met de ambassadeur van Duitsland, de chauffeur haalt hem om 11 uur op
A: Staat in de agenda
C: Toespraak Sint is klaar, staat in de map {3}
A: Dank, ik leg hem op zijn bureau {3}
~
A: Hij wil na zaterdag een bedankkaart naar de stichting, de politie en de verkeersregelaars {3}
C: Regel ik {3}
B: Het regio-overleg is verzet naar 3 december
A: Oké
""",
    ),
    Chat(
        "Sinterklaasfeest PV",
        "bedrijfsvoering",
        "2024-11-18 12:10",
        ["Nicole Brink", "Jasper Mol", "Ria Gerritsen"],
        """
A: Het Sinterklaasfeest van de personeelsvereniging is op zaterdag 30 november in de kantine
B: Hoeveel kinderen zijn opgegeven?
A: 58, van 0 tot 10 jaar
C: Wie speelt er Sint dit jaar?
A: Gerrit van de buitendienst, zoals altijd
B: En de Pieten? Vorig jaar hadden we er te weinig
A: Jasper en Ria, als jullie willen
C: Ik doe het, mits ik geen schmink hoef
A: Roetveeg, dat is alles
B: De cadeautjes haal ik donderdag op bij de speelgoedwinkel
A: Budget is 15 euro per kind
~
C: Het was een groot succes! Geen traan gezien
A: Dank allemaal
""",
    ),
    Chat(
        "Reestkade Rogat",
        "openbare_ruimte",
        "2025-02-19 08:55",
        ["Marieke Boer", "Gijs Hendriks", "Sjoerd Lammers", "Noor Tabak"],
        """
A: Gijs, dank voor de schouw vanochtend. Kun je de afspraken even op een rij zetten? {4}
B: Zeker. 1: er zitten 2 burchten in de kade tussen de brug en de stuw, 2: het fietspad is over 40 meter ondergraven {4}
B: 3: het waterschap vraagt ontheffing aan bij de provincie om de burcht bij het fietspad te mogen verstoren {4}
B: 4: jullie houden het pad dicht tot het herstel, 5: we plaatsen een raster in de oever {4}
A: Helder. Wie betaalt het raster? {4}
B: Waterschap de kade, jullie het deel onder het fietspad. Dat is in de praktijk 50/50 {4}
C: Wanneer kunnen we het pad herstellen? {4}
B: Pas als de ontheffing er is en de bever weg is uit die burcht. Buiten de kraamtijd, dus na augustus {4}
C: Augustus?? Dat is een half jaar zonder fietspad {4}
A: Dan moeten we een omleiding borden {4}
D: Noor van de provincie hier. De ontheffing kan sneller als het om de veiligheid van de kade gaat {4}
B: Dan schrijven we dat erbij, de kade beschermt de woningen aan de Reestweg {4}
~
D: Aanvraag ontheffing is binnen. Ik verwacht binnen 6 weken een besluit {4}
A: Top. Hebben jullie al eens eerder zoiets gedaan in Drenthe? {4}
D: Bij Hoogeveen vorig jaar, daar is een burcht verplaatst met een kunstburcht ernaast {4}
B: Dat willen wij hier ook proberen {4}
C: De camera toont 3 bevers, een paar en een jong van vorig jaar {4}
C: PHOTO "Wildcamera Reest 14-02 03:12 - 2 bevers bij de oever" {4}
A: Mooi beestje eigenlijk {4}
~
D: De ontheffing is verleend, met voorwaarden: werk tussen 15 augustus en 15 maart, een kunstburcht en een ecoloog erbij {4}
B: Dan plannen we het in september {4}
A: En tot dan? {4}
B: Het pad blijft dicht, omleiding via de Reestweg {4}
C: Er komen veel klachten van fietsers over de omleiding trouwens {4}
A: Zet een bord met de reden erbij, dat helpt {4}
C: Ik maak een bord {4}
C: PHOTO "Fietspad dicht tot september: bevers hebben de kade ondergraven. Omleiding via Reestweg" {4}
""",
    ),
    Chat(
        "Muskusratten",
        "openbare_ruimte",
        "2025-03-11 10:20",
        ["Sjoerd Lammers", "Klaas Wever"],
        """
A: Klaas, je bent de muskusrattenvanger van het waterschap toch?
B: Jazeker
A: Bij de Wold Aa zitten weer gaten in de oever bij het volkstuinencomplex
B: Dat zijn muskusratten of beverratten, geen bevers. Ik kom morgen met de klemmen
A: De tuinders vragen of het gevaarlijk is voor hun kinderen
B: Niet als ze uit de buurt blijven van de klemmen, ik zet bordjes
~
B: 4 gevangen bij de volkstuinen, de gangen dichtgemaakt
A: Snel gedaan, dank
B: De kade is daar stevig, geen schade aan het pad
""",
    ),
    Chat(
        "Werf Industrieweg",
        "bedrijfsvoering",
        "2025-01-21 08:30",
        ["Carolien Stam", "Wim Schutte", "Lucas Nijboer"],
        """
A: Wim, Carolien van facilitair. Ik las je mail. Kun je me bellen na de aangifte? {5}
B: Ben nu bij het bureau, wacht op mijn beurt {5}
~
B: Aangifte gedaan, PV-nummer heb ik {5}
A: Stuur het nummer naar mij, de verzekeraar wil het hebben {5}
B: PHOTO "Proces-verbaal van aangifte - Politie Oost-Nederland - nr PL0600-2025014221" {5}
A: Dank. De lijst met de spullen? {5}
B: Dennis heeft hem gemaakt, 18.400 euro nieuwwaarde {5}
C: Lucas van verzekeringen. Was de bus afgesloten en stond hij binnen de omheining? {5}
B: Ja, op slot, binnen het hek, de sleutels in de sleutelkast in de kantine {5}
C: Die kast was opengebroken neem ik aan? {5}
B: Ja, met een koevoet {5}
C: Oké, dan is het diefstal met braak, dat is gedekt {5}
~
C: De verzekeraar stuurt een expert langs op donderdag {5}
A: Ik loop met hem mee {5}
C: Hij gaat vooral kijken naar het hek en het alarm {5}
~
A: De expert was er. Hij vond het hek te laag en hij vraagt waarom de alarmopvolging niet werkte {5}
B: Oude telefoonlijst bij de meldkamer. Is nu aangepast {5}
C: Ik verwacht dat ze uitkeren, misschien met een korting op het gereedschap {5}
~
C: Uitkering: bus 24.000 dagwaarde, gereedschap 14.200 na aftrek van eigen risico {5}
A: Dat valt mee {5}
B: Kunnen we nu nieuw gereedschap bestellen? {5}
A: Ja, ga je gang, via het inkoopcontract {5}
""",
    ),
    Chat(
        "Fietsendiefstal station",
        "veiligheid",
        "2025-02-03 09:15",
        ["Ilse de Groot", "Mark Vink"],
        """
A: Mark, de cijfers van fietsdiefstal bij het station zijn binnen, 46 aangiftes in januari
B: Dat is flink meer dan vorig jaar
A: Vooral e-bikes uit de onbewaakte stalling
B: Kunnen we de bewaakte stalling langer open houden?
A: Dat kost geld, NS wil meebetalen voor de helft
B: Zet het op de agenda van het veiligheidsoverleg
A: De politie wil ook een lokfiets inzetten
B: Goed plan
~
A: Eerste week met de lokfiets: 2 aanhoudingen
B: Top
""",
    ),
    Chat(
        "OV Nijeveen",
        "openbare_ruimte",
        "2025-01-08 07:40",
        ["Jeroen Kuipers", "Rutger Hemmen", "Alie Brand"],
        """
A: Rutger, Jeroen van de gemeente. In Nijeveen is de Dorpsstraat weer donker, derde keer sinds december {6}
B: Ik heb het gezien, de melding kwam binnen. We sturen vandaag een monteur {6}
A: Wat is het nu weer? {6}
B: Vorige keer zat het in de kast bij de Jan Tooropstraat, een aardlek. Nu weten we het nog niet {6}
A: Inwoners zijn het zat, er fietsen scholieren naar de bus in het donker {6}
B: Snap ik, hoogste prioriteit {6}
~
B: Monteur is terug. Geen storing in de kast, het zit in de kabel, hij meet een sluiting ergens onder het trottoir {6}
A: Kun je het vinden? {6}
B: Met de kabelzoeker, morgen. Er is hier in de herfst veel gegraven voor glasvezel {6}
A: Dat dacht ik al {6}
C: Alie van het KCC hier, ik heb weer 9 meldingen van vanochtend over de lantaarns, zijn jullie al bezig? {6}
A: Ja, de aannemer zoekt de fout. Zeg maar dat het deze week wordt opgelost {6}
C: Doe ik {6}
~
B: Gevonden: kabelbreuk ter hoogte van Dorpsstraat 48, bij een las van de glasvezelaanleg, de kabel is geraakt en slecht gerepareerd {6}
B: PHOTO "Kabelbreuk OV-kabel Dorpsstraat 48 - las niet waterdicht - graafschade" {6}
A: Kunnen jullie een tijdelijke verbinding maken? {6}
B: Vandaag nog, de masten branden vanavond weer. De definitieve reparatie met een nieuw stuk kabel volgt over twee weken {6}
A: Top. Stuur me de foto's en het rapport, we verhalen de schade op de glasvezelaannemer {6}
~
C: Vanavond weer donker in de Kerkstraat in Nijeveen, zegt een meneer {6}
B: Ander circuit, daar is een lamp kapot in een armatuur, dat is een losse melding {6}
A: Dus niet de kabel? {6}
B: Nee, gewoon een kapotte LED, morgen vervangen {6}
~
B: Nieuw stuk kabel ligt erin, alles getest {6}
A: Mooi. Factuur naar ons, met het rapport erbij {6}
B: Komt deze week {6}
""",
    ),
    Chat(
        "Dorpsbelang Nijeveen",
        "samenleving",
        "2025-01-13 20:05",
        ["Hennie Wolters", "Jeroen Kuipers"],
        """
A: Goedenavond meneer Kuipers, Hennie Wolters van Dorpsbelang. Ik had u gemaild over de straatlantaarns {6}
B: Goedenavond, ja, dank voor uw mail. Ik begrijp de zorgen {6}
A: Het is nu bijna 6 weken steeds donker. Er is een oudere dame gevallen op de stoep {6}
B: Dat is naar. Weet u of zij een melding heeft gedaan? {6}
A: Haar zoon heeft een schadeclaim ingediend {6}
B: Die wordt behandeld door onze verzekeringen. De oorzaak is gevonden, een beschadigde kabel, volgende week wordt die vervangen {6}
A: Dat hoorden we vaker {6}
B: Ik snap dat. Deze keer weten we echt waar het zit {6}
~
A: Het brandt! Eindelijk {6}
B: Fijn om te horen {6}
A: Dank voor het contact, ik zet het in ons dorpsblad {6}
A: Nog iets anders: wanneer komt het bankje bij de ijsbaan terug?
B: Dat vraag ik na bij groen
""",
    ),
    Chat(
        "Kerstverlichting binnenstad",
        "ruimte",
        "2024-11-20 14:30",
        ["Marloes Jager", "Hidde Kok"],
        """
A: Hidde, de ondernemersvereniging vraagt of ze de kerstverlichting mogen ophangen aan de lantaarnpalen in de Hoofdstraat
B: Dat mag, als ze de stroom van de masten niet gebruiken
A: Ze hebben eigen aansluitingen in de gevels
B: Dan is het prima. Wel een melding voor de hoogwerker op de stoep
A: Wanneer gaan ze hangen?
B: Maandag de 25e, de lichtjesavond is de 29e
A: Ik zet het in de planning van de wijkploeg
~
B: Verlichting hangt, ziet er mooi uit
A: Zeker, de Hoofdstraat is sfeervol dit jaar
""",
    ),
    Chat(
        "Toilet Kerkplein",
        "ruimte",
        "2025-04-22 09:10",
        ["Petra Jansen", "Hugo Lenting", "Daniëlle Mos"],
        """
A: Hugo, Daniëlle, de raad heeft in de voorjaarsnota geld vrijgemaakt voor het toilet {7}
B: Allebei de varianten? {7}
A: Nee, de duurdere: een vaste unit met een urinoir, zelfreinigend, 24 uur {7}
C: Locatie? {7}
A: Hoek Kerkplein en de ingang van de parkeergarage, daar klaagt iedereen over {7}
B: Moet daar een omgevingsvergunning voor? {7}
A: Ja, en welstand. Ze willen iets dat past bij de kerk {7}
C: Ik heb drie leveranciers gevraagd om een offerte {7}
~
C: Offertes binnen: 98.000, 112.000 en 134.000. De goedkoopste heeft geen toegankelijke wc {7}
A: Die valt dan af, het moet voor mensen met een rolstoel {7}
B: De middelste dan? {7}
A: Ja, met een onderhoudscontract van 5 jaar {7}
C: Het onderhoud kost 21.000 per jaar inclusief schoonmaak 2x per dag {7}
A: Dat past in de 25.000 {7}
B: Betaalt de horeca nog mee? {7}
A: KHN wil niet betalen, wel meedoen met een campagne tegen wildplassen {7}
~
B: Welstand heeft vragen over de kleur, ze willen antraciet in plaats van groen {7}
A: Prima, geen punt {7}
C: Bezwaar van een bewoner van het Kerkplein tegen de plek, hij is bang voor overlast bij zijn voordeur {7}
A: Hoe ver zit hij ervan? {7}
C: 15 meter {7}
A: Ik ga met hem praten {7}
~
A: Gesproken met de bewoner. Het helpt dat er camera's van de garage op hangen, hij trekt zijn bezwaar in {7}
B: Mooi {7}
C: Levering in september, plaatsing voor de kermis {7}
A: Goed, dan meteen de campagne met de horeca starten {7}
""",
    ),
    Chat(
        "Horeca binnenstad",
        "veiligheid",
        "2025-02-24 16:40",
        ["Lars Oosterhuis", "Petra Jansen", "Ronald Mulder"],
        """
A: Petra, Lars van De Gouden Leeuw. Het steegje naast ons is weer een openluchtplee dit weekend {7}
B: Vervelend Lars. Handhaving heeft zaterdag 2 bonnen uitgeschreven {7}
A: Dat helpt niks als er nergens een wc is na sluitingstijd {7}
B: We werken aan een plan voor een openbaar toilet, het college beslist in april {7}
A: Dat duurt nog maanden {7}
C: Ronald van handhaving. We kunnen het weekend extra langs komen bij sluitingstijd {7}
A: Graag. En een hek voor die steeg? {7}
B: Die steeg is een vluchtweg, dat mag niet {7}
~
A: Vannacht weer een kerel tegen onze achterdeur, ik heb een foto {7}
A: PHOTO "Verboden te wildplassen - boete 150 euro" {7}
B: Is dat bordje van jullie? {7}
A: Ja, zelf opgehangen. Werkt niet {7}
C: We zijn er vannacht om 2 uur, 3 bonnen {7}
A: Dank jullie {7}
~
A: Wanneer komt dat toilet nu? {7}
B: Het is goedgekeurd, in september staat het er {7}
A: Eindelijk goed nieuws {7}
A: Nog wat anders, ons terras mag van de zomer groter?
B: Dat is een vraag voor vergunningen, ik stuur je het mailadres
""",
    ),
    Chat(
        "Toiletten stadskantoor",
        "bedrijfsvoering",
        "2025-03-26 10:00",
        ["Bert Lubbers", "Sandra Wijk"],
        """
A: Sandra, de renovatie van de toiletgroepen in het stadskantoor begint maandag
B: Welke verdiepingen?
A: Eerst de tweede, dan de derde. Telkens twee weken
B: Waar moeten de collega's naartoe?
A: De wc's op de eerste verdieping en bij de publieksbalie
B: Ik zet een bericht op intranet
A: En er komt een genderneutrale toilet bij de kantine
B: Fijn, daar werd om gevraagd
~
B: De tweede verdieping is klaar, mooi geworden
A: Dank, volgende week de derde
""",
    ),
    Chat(
        "Hitte juli GGD",
        "samenleving",
        "2025-07-01 08:10",
        ["Yvonne Bakker", "Tamara Kuiper", "Lotte Verbeek"],
        """
A: Tamara, het KNMI heeft een hittegolf aangekondigd vanaf donderdag. Starten we? {8}
B: Ja, de GGD zet het landelijk hitteplan in werking vanaf woensdag 12 uur {8}
A: Wat moeten wij doen? {8}
B: 1: de belronde naar de kwetsbare ouderen, 2: de koelteplekken open, 3: communicatie, 4: zorgaanbieders waarschuwen {8}
A: Belronde is klaar, 318 mensen, vrijwilligers van het steunpunt starten donderdag {8}
C: Lotte van communicatie. Welke koelteplekken kunnen we noemen? {8}
A: Bibliotheek, hal van het stadhuis, Het Palet en de kerk aan de Zuideinde, allemaal met airco of koel {8}
C: Openingstijden? {8}
A: Bieb tot 20 uur, stadhuis tot 17 uur, Het Palet en de kerk van 10 tot 16 {8}
B: Zet er ook de tip bij om 's ochtends te luchten en de gordijnen dicht {8}
C: Komt goed {8}
~
A: Eerste belronde: 254 mensen bereikt, 41 niet, 23 hadden hulp nodig {8}
B: Wat voor hulp? {8}
A: Vooral ventilator kapot of geen, en iemand die niet kan drinken zonder hulp {8}
B: Die laatste naar de wijkverpleging {8}
A: Al gedaan. De 41 die niet opnamen worden vandaag nog eens gebeld, anders gaat de wijkagent langs {8}
B: Goed {8}
~
A: 38 van de 41 alsnog bereikt. Bij 3 is de wijkagent langs geweest, twee waren op vakantie, één bij haar dochter {8}
C: Mooi. De hal van het stadhuis was gisteren druk, 60 mensen, vooral ouderen {8}
B: Dan werkt het {8}
A: Dag 4 vandaag, morgen koelt het af {8}
B: Evaluatie volgende week? {8}
A: Staat op 15 juli {8}
""",
    ),
    Chat(
        "Belronde steunpunt",
        "samenleving",
        "2025-07-03 09:00",
        ["Marjan Mulder", "Gerda Stoel", "Henk Prins"],
        """
A: Goedemorgen vrijwilligers! Vandaag de belrondes. Iedereen heeft zijn lijst? {8}
B: Ja, 40 namen {8}
C: Ik 38 {8}
A: Vraag: drinkt u genoeg, is uw huis koel, heeft u iemand die langs komt. En noteer bijzonderheden {8}
B: AUDIO {8}
A: Gerda, ik kan je audio niet goed horen, typ je het even? {8}
B: Mevrouw Kremer op de Groenmarkt heeft sinds gisteren niks gedronken, haar dochter is op vakantie {8}
A: Ik bel meteen de wijkverpleging {8}
C: Meneer de Jong heeft geen ventilator en zit boven onder het dak {8}
A: Het Rode Kruis brengt ventilatoren, ik geef zijn adres door {8}
~
B: Mevrouw Kremer was gisteren blij met het bezoek van de zuster {8}
A: Fijn! {8}
C: Meneer de Jong heeft zijn ventilator {8}
A: Top. Nog 12 mensen die niet opnemen, ik geef ze door aan de gemeente {8}
B: Ik vond het mooi werk eigenlijk {8}
""",
    ),
    Chat(
        "Evenementen zomer",
        "veiligheid",
        "2025-06-30 10:05",
        ["Monique Jonker", "Tom Scholten", "Iris Vonk"],
        """
A: Met de hitte van deze week: wat doen we met de evenementen? {8}
B: Zaterdag het muziekfeest op de Markt, zondag de wielerronde van Rogat {8}
C: GGD adviseert: gratis water, schaduw, en bij code rood niet tussen 12 en 18 uur {8}
A: Code oranje, geen rood. Maar de wielerronde start om 13 uur {8}
B: De organisatie wil uitstellen naar 18 uur {8}
A: Prima, dan moeten wel de wegafsluitingen verschuiven {8}
C: Ik pas de verkeersbesluiten aan {8}
B: Het muziekfeest begint al om 18 uur, ze zetten waterpunten en schaduwdoeken neer {8}
A: En de EHBO? {8}
B: Van 2 naar 4 posten {8}
~
B: De wielerronde is goed gegaan, één renner met een zonnesteek, naar het ziekenhuis voor controle {8}
A: Goed dat we het hebben verschoven {8}
C: De waterpunten op de Markt waren binnen een uur leeg, moesten extra aanvoeren {8}
A: Meenemen naar de evaluatie van het hitteplan {8}
B: De braderie van augustus, wil je de aanvraag zien?
A: Volgende week
""",
    ),
    Chat(
        "Serverruimte",
        "bedrijfsvoering",
        "2025-07-02 13:20",
        ["Peter Smit", "Ahmed Ouali"],
        """
A: Ahmed, de koeling van de serverruimte loopt vol, het is buiten 34 graden
B: Hoe warm is het binnen?
A: 29 graden, de servers beginnen te klagen
B: Ik zet de mobiele airco erbij, staat in de kelder
A: De storingsdienst komt morgen pas
B: Dan vannacht de deur open en een ventilator, zet een beveiliger erbij
~
A: Koeling is gerepareerd, er was een filter verstopt
B: Mooi, dan de mobiele unit terug naar de kelder
A: Ook de kantoortuin is heet, mensen klagen
B: Er zijn ventilatoren bij facilitair
""",
    ),
    Chat(
        "Na-isolatie Koedijkslanden",
        "ruimte",
        "2025-04-10 08:25",
        ["Leon Pieters", "Ferry Dolman", "Noor Tabak"],
        """
A: Ferry, Leon van de gemeente. We hebben net met de provincie gebeld, het werk aan de Gorterlaan en de Roland Holstlaan moet stoppen {9}
B: Dat is een flinke klap, we hebben 6 ploegen aan het werk {9}
A: Er zijn vleermuizen gezien bij de gevels en er is geen nader onderzoek gedaan {9}
B: Onze adviseur zei dat de quickscan genoeg was {9}
C: Noor van de provincie. Nee, de quickscan zei juist dat er nader onderzoek moest komen. Zonder dat mag u de spouw niet dichtmaken {9}
B: Wat als er al vleermuizen in de muur zitten die we hebben dichtgespoten? {9}
C: Dat is precies het risico. Daarom moet het vandaag stoppen {9}
B: Begrepen. Ik stuur de ploegen naar de andere straten {9}
~
B: De ecoloog begint volgende week met de inventarisatie, 4 rondes tot half juni {9}
A: En de woningen waar het al gedaan is? {9}
B: Daar kijkt hij met een camera in de spouw of er dieren zitten {9}
C: Als er verblijfplaatsen zijn geweest moet u compenseren met kasten {9}
B: We hebben al 40 vleermuiskasten besteld {9}
~
B: De huurders zijn boos, ze hebben steigers voor het huis en er gebeurt niks {9}
A: Stuur ze een brief met de reden en de planning {9}
B: Concept stuur ik je {9}
B: PHOTO "Beste bewoner, de isolatie van uw woning ligt tijdelijk stil. Er zijn vleermuizen gezien. Dit zijn beschermde dieren." {9}
A: Prima brief {9}
~
B: Uitslag: 3 zomerverblijven en 1 paarverblijf van de gewone dwergvleermuis, in 7 woningen {9}
C: Dan de ontheffing aanvragen voor die 7, de rest kan door buiten de kwetsbare periode {9}
B: Gaat deze week de deur uit {9}
~
C: Ontheffing verleend voor de 7 woningen, werk na 15 september, met kasten en een ecoloog bij het werk {9}
B: Eindelijk duidelijkheid {9}
A: De andere straten kunnen nu wel door? {9}
C: Ja, er is niks gevonden daar {9}
""",
    ),
    Chat(
        "Nacht van de vleermuis",
        "samenleving",
        "2025-08-11 15:00",
        ["Ellen Bouma", "Kees Wiersma"],
        """
A: Kees, doen we dit jaar weer mee met de Nacht van de Vleermuis?
B: Ja, zaterdag 30 augustus in het Wilhelminapark, met de IVN
A: Hoeveel kinderen kunnen mee?
B: 40, met batdetectors, we lopen om 20.30 uur
A: Ik maak een flyer voor de scholen
B: Graag, en vermeld dat ze een zaklamp moeten meenemen
~
A: Flyer klaar, staat op de website
B: Al 25 aanmeldingen!
A: Vleermuiskasten maken we ook met de kinderen, hout is besteld
""",
    ),
    Chat(
        "Steunpunt mantelzorg",
        "samenleving",
        "2025-01-09 10:30",
        ["Yvonne Bakker", "Marjan Mulder"],
        """
A: Marjan, Yvonne hier. Hoe staat het met de kaarten? Er bellen veel mensen {10}
B: Slecht nieuws, de leverancier is failliet. De kaarten die nog niet verstuurd waren zijn er niet {10}
A: Hoeveel mensen hebben er nog niks? {10}
B: Ongeveer 600 van de 1.450 {10}
A: Wat kunnen we doen? {10}
B: Ik zoek een andere leverancier van een waardebon. Of we storten het geld, maar dan hebben we rekeningnummers nodig {10}
A: Storten is lastig, dat is inkomen voor de mensen {10}
B: Dan een nieuwe bon {10}
~
B: Ik heb een aanbieding van de Meppeler Cadeaukaart, die kan in 120 winkels {10}
A: Wanneer kunnen ze leveren? {10}
B: Half april. Eerder lukt niet {10}
A: Dan moet er een brief met excuses uit {10}
B: Graag, en zet erin dat ze het tegoed niet kwijt zijn {10}
~
A: Het is gelukt met de brief, hij gaat in maart de deur uit {10}
B: Top. Ik maak het nieuwe contract, de waardering blijft 50 euro {10}
A: En voor de aanmelding van 2025? {10}
B: We openen hem in september, dan zijn we ruim op tijd {10}
B: Verder: de cursus voor jonge mantelzorgers zit vol, 14 deelnemers
A: Mooi
""",
    ),
    Chat(
        "Mantelzorgverlof",
        "bedrijfsvoering",
        "2025-02-12 11:45",
        ["Hanna Wouters", "Joris Bakker"],
        """
A: Hoi Joris, ik wil kortdurend zorgverlof aanvragen, mijn vader is geopereerd
B: Natuurlijk Hanna, hoe lang denk je?
A: Twee weken, halve dagen
B: Prima. Vraag het aan via het personeelsportaal, ik keur het meteen goed
A: Dank je wel
B: En als je meer nodig hebt, zeg het. Mantelzorg gaat voor
~
A: Het gaat beter met mijn vader, ik ben er maandag weer helemaal
B: Fijn om te horen
""",
    ),
    Chat(
        "Aalscholverstraat",
        "veiligheid",
        "2024-12-02 18:20",
        ["Naima Bouzid", "Ronald Mulder", "Bianca Roelofs"],
        """
A: Ronald, weer een melding van mevrouw Roelofs over de kachel van nr 14. Ze zit nu in de groepsapp met ons, had ze gevraagd {11}
B: Goed. Mevrouw Roelofs, welkom. Kunt u vertellen wat u ziet? {11}
C: Elke avond vanaf 5 uur dikke grijze rook, het komt ons huis binnen via de ventilatie. Mijn zoon hoest de hele nacht {11}
B: Dat is vervelend. We gaan deze week bij uw buurman langs {11}
C: Dat hebben jullie vorig jaar ook gezegd {11}
A: Dat klopt. Dit keer nemen we ook de RUD mee {11}
C: PHOTO "Rookpluim schoorsteen nr 14 - 2 december 18.05" {11}
B: Dank voor de foto, die doen we in het dossier {11}
~
A: Mevrouw Roelofs, we zijn gisteren bij nr 14 geweest. Hij heeft beloofd alleen droog hout te stoken en niet bij windstil weer {11}
C: En als het niet beter wordt? {11}
B: Dan stuurt de RUD een brief met een formeel stookadvies. Een verbod kunnen we helaas niet opleggen {11}
C: Dus ik moet het maar accepteren? {11}
A: Nee, blijf melden, elke keer. Dan bouwen we een dossier op {11}
~
C: Vanavond weer, het stinkt vreselijk {11}
A: Genoteerd, melding 7 {11}
C: Het stookalert van het RIVM stond vandaag op oranje trouwens {11}
B: Dat nemen we mee in het gesprek, bij oranje wordt gevraagd niet te stoken {11}
~
C: Het is al een week beter, dank u {11}
A: Fijn om te horen mevrouw {11}
""",
    ),
    Chat(
        "RUD stookadvies",
        "ruimte",
        "2025-01-15 09:40",
        ["Wendy Kok", "Olaf Drenth"],
        """
A: Olaf, Wendy van de gemeente. We hebben in Haveltermade een paar hardnekkige houtstokers {11}
B: Hoeveel adressen? {11}
A: Twee adressen waar de meeste meldingen over gaan, Aalscholverstraat 14 en Kwartelstraat 3 {11}
B: We kunnen een stookadviesbrief sturen, met de regels van het Bouwbesluit over hinder {11}
A: Kunnen jullie meten? {11}
B: Houtrook meten we niet, er is geen norm. Wel kunnen we een geurpanel inzetten, dat is duur {11}
A: Doe eerst de brief {11}
B: Gaat deze week eruit, ook naar de melders een kopie {11}
~
B: De bewoner van de Kwartelstraat belde boos op na de brief, hij vindt het betutteling {11}
A: Herkenbaar {11}
B: Ik heb hem uitgelegd dat het een advies is. Hij heeft een nieuwe kachel met een filter besteld {11}
A: Oh, dat is een mooi resultaat {11}
B: Er is subsidie voor vervanging van oude kachels, misschien iets voor de gemeente? {11}
A: Neem ik mee naar de wethouder {11}
""",
    ),
    Chat(
        "Vuurkorven terrassen",
        "veiligheid",
        "2024-12-10 11:30",
        ["Dirk Jan Boersma", "Esmee Kuiper"],
        """
A: Esmee, een paar horecazaken op de Markt willen vuurkorven op het terras deze winter
B: Dat mag niet volgens de APV, open vuur op het terras
A: Ook niet met gas?
B: Gas mag wel, met een keuring. Hout niet, vanwege de rook en het brandgevaar
A: Ik laat het ze weten
B: De terrasverwarmers mogen wel, die zijn op gas of elektrisch
~
A: Eén zaak heeft toch een houtvuurkorf neergezet
B: Handhaving gaat vanavond langs
A: Laat het maar weten
""",
    ),
    Chat(
        "KCC teamleiders",
        "dienstverlening",
        "2025-01-06 08:00",
        ["Alie Brand", "Jolanda Veen", "Marco de Wit"],
        """
A: Goedemorgen en gelukkig nieuwjaar! Drukke week verwacht, de afvalkalender is bij veel mensen niet bezorgd
B: Ja, al 30 telefoontjes over de kalender. Staat gewoon in de app, zeg ik steeds
C: En de vraag wanneer de kerstbomen worden opgehaald
A: Zaterdag de 11e, kerstboomverbranding is dit jaar niet meer
C: Mensen vragen ook wanneer de verenigingen weer oud papier ophalen
A: Gewoon volgens de kalender, de tweede zaterdag van de maand
B: Dan nog de mantelzorgers, die bellen ook veel {10}
A: Waarover? {10}
B: Ze hebben geen cadeaukaart gekregen dit jaar, terwijl ze zich wel hadden aangemeld {10}
A: Is dat er een of twee? {10}
B: Eerder 15 in twee dagen {10}
A: Ik vraag het na bij het Wmo-team {10}
~
A: Antwoord van de Wmo: de leverancier van de kaarten is failliet, 600 mantelzorgers hebben er nog geen {10}
B: Wat zeggen we tegen de bellers? {10}
A: Dat ze hem echt krijgen, maar later, in het voorjaar. En excuses {10}
C: Mensen zijn wel boos, een mevrouw zei dat dit het enige is wat ze krijgt voor 40 uur zorg in de week {10}
A: Noteer de boze reacties als klacht, dan komen ze bij de klachtencoördinator {10}
B: Ook als ze het niet als klacht bedoelen? {10}
A: Vraag het, en als ze ja zeggen, registreren {10}
~
C: Nijeveen belt weer over de straatverlichting, al 12 vandaag {6}
A: Is er een nieuwe melding gemaakt? {6}
C: Ja, meerdere, allemaal aan het bestaande nummer gekoppeld {6}
A: Wat vertellen we de mensen? {6}
C: Dat de aannemer de fout zoekt. Maar ze zeggen dat ze dat al weken horen {6}
A: Ik vraag Jeroen van OR om een beter verhaal {6}
B: Een meneer dreigde naar de krant te gaan {6}
A: Dat mag hij, we doen ons best {6}
~
A: Jeroen zegt: er is een kabelbreuk gevonden, vanavond brandt het weer tijdelijk, definitief over twee weken {6}
C: Eindelijk iets concreets {6}
B: Klachten over de paspoortafspraken, de wachttijd is 5 weken
A: Dat weten we, in maart wordt het beter met de extra balie
C: En een meneer uit Haveltermade, over rook van zijn buurman, de houtkachel {11}
A: Doorzetten naar handhaving zoals altijd, en het meldnummer noteren {11}
C: Hij is er al vaker over geweest, hij zegt dat er niks gebeurt {11}
A: Zeg dat handhaving er in december is geweest en dat de RUD een brief stuurt {11}
C: Ok {11}
~
B: Vandaag rustiger. Mantelzorgers: nog 5 {10}
A: Ik heb nu ook een Q&A van het steunpunt, ik zet hem in de kennisbank {10}
B: Fijn, dan hoef ik niet steeds te improviseren {10}
C: Wie kan er morgen de chat doen? Ik moet naar de dokter
A: Marco, ik doe het
B: Het stookverhaal, die Haveltermade-meneer belde weer. Hij wil een gesprek met de wethouder {11}
A: Verwijs hem naar het spreekuur van de wethouder, donderdagmiddag {11}
~
A: Mantelzrog klachten deze week in totaal: 34, waarvan 9 formeel {10}
B: Toch flink {10}
A: Ja. Het steunpunt heeft een eigen telefoonnummer voor deze vragen geopend {10}
C: Zet je dat in de kennisbank? {10}
A: Al gedaan {10}
C: Nijeveen: niemand meer gebeld, lampen branden {6}
A: Top {6}
B: Heeft iemand het rooster voor februari al gezien?
A: Komt vrijdag
~
C: Een mevrouw belt dat haar kaart van de mantelzorgwaardering eindelijk binnen is, ze wilde ons bedanken {10}
A: Leuk, dat horen we ook graag {10}
B: Er zijn er nog een paar die hem niet hebben, verkeerd adres {10}
A: Doorsturen naar het steunpunt {10}
C: Vraag over de wildplassers: een man uit de binnenstad vraagt waarom er geen openbare wc is {7}
A: Zeg dat er een plan is en dat het toilet in september komt {7}
C: Oké {7}
B: Papierinzameling: mensen vragen of de verenigingen blijven ophalen {2}
A: Tot 2027 wel, dan gaat de gemeente het doen {2}
B: Ik zet het in de kennisbank {2}
~
A: Rooster februari staat online
C: Ik heb twee avonddiensten, kan iemand ruilen?
B: Ik wil de dinsdag wel
C: Top
B: De vraag over het busje van de werf: een meneer zegt dat hij hem zag rijden in Zwolle {5}
A: Doorverwijzen naar de politie, die hebben de aangifte {5}
B: Hij zegt dat hij de politie al had gebeld {5}
A: Dan is het goed {5}
""",
    ),
    Chat(
        "Griffie raadsvragen",
        "bestuur",
        "2025-05-26 09:00",
        ["Mirjam Hoogeveen", "Gerard Post", "Ties van Dijk"],
        """
A: Stand raadsvragen: 7 open, 2 over de termijn
B: Welke zijn over de termijn?
A: Die van de VVD over het parkeren bij het ziekenhuis en die van GroenLinks over de Reestkade {4}
C: Die over de Reestkade ligt bij openbare ruimte, het antwoord wacht op de provincie {4}
A: Wat vragen ze precies? {4}
C: Waarom het fietspad zo lang dicht is, of de bevers weg moeten, en wat het kost {4}
B: Is er een tussenbericht gestuurd? {4}
C: Nee, dat doe ik vandaag {4}
A: Graag. Het andere, het parkeren, ligt bij verkeer
B: Ik bel ze
~
A: Nieuwe vragen binnen van het CDA over lood in schoolgebouwen {1}
C: Dat ging snel, het stond zaterdag pas in de krant {1}
A: Ze vragen: welke scholen, sinds wanneer weten we het, is er gevaar voor kinderen, en wie betaalt de vervanging {1}
B: Naar onderwijshuisvesting en vastgoed, met de GGD erbij voor de gezondheidsvraag {1}
C: Zet ik uit {1}
A: En de D66 wil weten waarom er nog geen openbaar toilet is, ze hebben een motie uit 2023 {7}
B: Het geld zit in de voorjaarsnota, het college heeft het plan al. Kort antwoord {7}
A: Prima {7}
~
C: Conceptantwoord lood is klaar, wil je meelezen? {1}
A: Ja. Vraag 4, wie betaalt: de gemeente is eigenaar van de gebouwen, dus wij, 85.000 in de voorjaarsnota {1}
B: Staat er ook in dat het geen wettelijke plicht was om te testen? {1}
C: Ja, en dat we dat nu wel doen bij alle gebouwen van voor 1960, ook de gymzalen {1}
A: Goed antwoord {1}
~
A: Vragen van de PvdA over de vleermuizen in Koedijkslanden {9}
C: Wat willen ze weten? {9}
A: Of de gemeente wist dat er vleermuizen zaten, waarom het werk niet eerder is stilgelegd, en wat de huurders eraan hebben {9}
B: Eerlijk zijn: de quickscan lag bij Woonconcern, niet bij ons. Na de melding hebben we binnen 3 dagen met de provincie gehandeld {9}
C: En de huurders? {9}
B: Woonconcern betaalt een tegemoetkoming voor de overlast van de steigers, 150 euro per woning {9}
A: Dat is nieuw voor mij {9}
B: Staat in hun bewonersbrief van vorige week {9}
~
A: Het antwoord over de Reestkade kan nu ook, de ontheffing is er {4}
C: Ik vul het in: herstel in september, kosten 80.000, gedeeld met het waterschap, bevers blijven met een kunstburcht {4}
B: En het tussenbericht? {4}
C: Was al verstuurd {4}
A: Oudpapier vragen van Leefbaar Meppel zijn ook beantwoord? {2}
B: Ja, vorige maand al, het college bleef bij het besluit met de twee jaar overgang {2}
A: Dan kan die van de lijst {2}
B: De commissie van juni heeft 14 agendapunten, dat wordt een lange avond
A: Pizza bestellen?
B: Zeker
""",
    ),
    Chat(
        "Wethouder Van Dam",
        "bestuur",
        "2025-01-27 08:15",
        ["Joyce Harmsen", "Erik van Dam", "Ingrid Meijer"],
        """
A: Goedemorgen Erik, je agenda vandaag: 9 uur staf, 11 uur Dorpsbelang Nijeveen, 14 uur spreekuur {6,11}
B: Morgen Joyce. Waar gaat Dorpsbelang over? {6}
A: De straatverlichting, ze willen horen hoe het zo lang kon duren {6}
B: Heb ik een notitie? {6}
A: Jeroen stuurt hem voor 10 uur: oorzaak, meldingen, wat we verhalen op de aannemer van de glasvezel {6}
B: Top {6}
A: Spreekuur: een meneer uit Haveltermade over de houtkachel van zijn buurman {11}
B: Alweer die straat? {11}
A: Nee, de Kwartelstraat, een andere {11}
B: Vraag handhaving wat ze al gedaan hebben {11}
A: Gedaan. Ze zijn langs geweest en de RUD heeft een stookadvies gestuurd {11}
~
B: Dorpsbelang was redelijk. Ze willen een evaluatie van de meldingen en sneller bericht bij een storing {6}
A: Zal ik het vastleggen in een briefje aan OR? {6}
B: Graag {6}
B: Het spreekuur ging goed, de man wil vooral gehoord worden. Ik heb toegezegd dat we landelijk aandacht vragen voor houtrook via de VNG {11}
A: Schrijf ik op {11}
~
A: Ingrid wil je vanmiddag spreken over het oud papier {2}
B: Waarover precies? {2}
C: Hoi Erik. Voordat het naar het college gaat: de korfbal en de harmonie hebben via via gehoord dat de vergoeding stopt {2}
B: Dat is te vroeg. Hoe? {2}
C: Iemand van afval heeft het gezegd tegen een vrijwilliger op de papierwagen {2}
B: Dan moeten we sneller zijn. Ik wil in maart een bijeenkomst met alle verenigingen {2}
C: Ik plan hem {2}
B: En maak een overgangsregeling die recht doet aan de kleine clubs {2}
C: Komt in het voorstel {2}
~
A: Je lunch met de voorzitter van de ondernemersvereniging is verzet naar vrijdag
B: Prima
A: De ondernemers willen ook praten over het wildplassen in de binnenstad en een openbaar toilet {7}
B: Zet maar op de agenda van vrijdag {7}
~
B: Vrijdag was goed. De ondernemers willen meebetalen aan de campagne, niet aan het toilet zelf {7}
A: Ik geef het door aan Petra {7}
B: Nog iets: bevers in Rogat, heb jij dat ook gehoord? {4}
A: Het waterschap belde vanochtend, ze willen je spreken over de kade {4}
B: Plan maar een gesprek met de dijkgraaf {4}
A: Volgende week dinsdag {4}
A: En vergeet je de nieuwjaarsreceptie van de harmonie niet, zaterdag 4 uur
B: Ik ben er
""",
    ),
    Chat(
        "Buitendienst Noord",
        "openbare_ruimte",
        "2024-12-16 06:50",
        ["Gerrit Slot", "Jan Willem Bos", "Ahmet Yildiz", "Pieter Kamphuis"],
        """
A: Morgen mannen. Vandaag bladruimen in Nijeveen en de kolken doorspuiten bij de Dorpsstraat
B: Met de zuigwagen?
A: Ja, die staat klaar
C: Gisteravond reed ik door Nijeveen, de hele Dorpsstraat was donker {6}
A: De lantaarnpalen? {6}
C: Allemaal uit, vanaf de kerk tot de rotonde {6}
D: Dat hadden we vorige week ook al {6}
A: Dat is voor de aannemer, maar geef het door aan Jeroen {6}
C: Doe ik {6}
B: De strooiwagen staat trouwens nog vol zout van vorige week, moet die leeg?
A: Laat staan, donderdag vriest het weer
~
A: Bladruimen gaat lekker, nog de Jan Tooropstraat
D: Er staan overal hekken van de glasvezelmensen, we kunnen er niet goed bij
A: Vraag ze even om te schuiven
C: Zeggen ze iets over de verlichting? Die graven daar overal {6}
D: Ik heb het gevraagd, de uitvoerder zegt dat ze geen kabels hebben geraakt {6}
A: Ik geef het door, dan weet Jeroen het {6}
~
B: Kerstbomen bij het dorpshuis staan, verlichting erin
A: Mooi, de kinderen van de school komen ze versieren
C: Vanavond in Nijeveen weer donker, ook het fietspad naar Kolderveen {6}
A: Ik heb Jeroen gebeld, de aannemer komt morgen {6}
~
A: Vakantierooster: tussen kerst en oud en nieuw 2 man per dag, gladheidsdienst apart
D: Ik wil graag de 27e vrij
A: Geregeld
B: Er ligt een boom over het pad in het Kolderveense bos, na de wind van vannacht
A: Ahmet en jij gaan erheen met de zaag
~
A: Jongens, de bus van Zuid is gestolen van de werf, jullie hebben vast al gehoord {5}
B: Ja, wat een ellende {5}
A: Ze lenen tot de verzekering betaalt ons aggregaat en de bosmaaier {5}
C: En wij dan? {5}
A: We hebben er twee, ze krijgen er één {5}
D: Zet dan wel je naam erop, anders zien we hem nooit meer terug {5}
A: Haha, komt goed {5}
~
C: Al een maand zonder gedoe met de verlichting in Nijeveen, de nieuwe kabel doet het {6}
A: Mooi zo {6}
B: Waar is de sleutel van de loods in Nijeveen? Niet aan het bord
A: Heb ik, sorry
~
A: Nieuwe sloten op de werf, iedereen haalt zijn sleutel op bij Carolien, met handtekening {5}
D: Waarom? {5}
A: Na de inbraak: iedereen een eigen pas voor de poort en de sleutelkast {5}
B: Eindelijk {5}
C: De camera's hangen ook {5}
A: Ja, en 's nachts rijdt de beveiliging langs {5}
""",
    ),
    Chat(
        "Team Natuur en ecologie",
        "ruimte",
        "2025-02-17 08:40",
        ["Marieke Boer", "Sven Nijhof", "Judith Evers"],
        """
A: Morgen. Deze week: de bomenlijst voor het voorjaar, de bevers en de ecologische toets van de nieuwe wijk {4}
B: Wat voor bevers? {4}
A: Aan de Reest bij Rogat, ze hebben de kade ondergraven, het fietspad is verzakt {4}
C: Ik heb gehoord dat het om een familie gaat {4}
A: Waarschijnlijk. Het waterschap vraagt een ontheffing aan bij de provincie, wij leveren de gegevens over het fietspad {4}
B: Welke gegevens? {4}
A: Hoe lang het stuk is, hoe diep het is ingezakt, wat het kost om te herstellen {4}
C: Ik kan ook een beverdeskundige van de Zoogdiervereniging vragen mee te denken {4}
A: Graag {4}
B: De bomenlijst: 62 bomen vervangen, de meeste essen met essentaksterfte
A: Die lijst moet naar de raad voor het voorjaar
~
C: De beverdeskundige heeft gekeken: het beste is een raster in de oever en een kunstburcht hoger op de kant {4}
A: Wat kost dat? {4}
C: Een kunstburcht 4.000, het raster 15.000 voor 200 meter {4}
A: Dan moet het waterschap het grootste deel betalen, het is hun kade {4}
C: Dat is al zo afgesproken {4}
~
B: Ik zag bij de nieuwe wijk ook een beverspoor, bij de Hoogeveense Vaart
A: Serieus? Foto?
B: PHOTO "Knaagsporen wilg - Hoogeveense Vaart - mogelijk bever"
C: Dat lijken me wel bevertanden
A: Melden bij het waterschap, misschien een tweede burcht
B: Doe ik
~
C: Andere vraag: in Koedijkslanden is er gedoe met vleermuizen bij de isolatie van Woonconcern. Weet jij er iets van? {9}
A: Ja, VTH heeft het, de provincie legt het werk stil {9}
C: Hebben we zelf een vleermuizenkaart van de wijk? {9}
A: Ja, van 2019, daar staan de zomerverblijven van de dwergvleermuis op {9}
C: Stuur je hem aan Leon? Dan kan hij hem gebruiken {9}
A: Doe ik vandaag {9}
C: Dank {9}
B: Essen: de offerte voor het rooien is binnen, 48.000
A: Zet het in de lijst
~
A: De ontheffing voor de bevers is rond, ik stuur het besluit door {4}
B: Voorwaarden? {4}
A: Werk pas na 15 augustus, een ecoloog bij het werk, en een kunstburcht {4}
C: En de vleermuizne in Koedijkslanden? {9}
A: Ecoloog vond 3 zomerverblijven, de ontheffing is aangevraagd {9}
C: Oké {9}
B: Ik ben volgende week op cursus boomveiligheid
A: Prima
""",
    ),
    Chat(
        "Team Afval",
        "openbare_ruimte",
        "2025-02-03 08:30",
        ["Hans Wolters", "Ria Zuidema", "Erwin Timmerman", "Kim Postma"],
        """
A: Morgen team. Kort: de cijfers van januari, het restafval is weer gedaald, het papier ook {2}
B: Papier gedaald? Dat zien we al een jaar {2}
A: Ja, minder kranten en meer karton. De verenigingen halen daardoor minder op en de prijs is laag {2}
C: Wat betekent dat voor de vergoeding? {2}
A: Dat we er geld op toeleggen, ik maak een voorstel om ermee te stoppen {2}
D: Dan krijg je een hoop boze clubs {2}
A: Dat weet ik. Daarom een overgangsregeling {2}
B: Wie haalt het papier dan op? {2}
A: Wij, met de papiercontainer aan huis, zoals in Zwolle {2}
C: Hoeveel containers moeten we dan kopen? {2}
A: 15.000, blauwe 240 liter. Dat zit in het voorstel {2}
~
D: Klachten over de ondergrondse container aan de Zuideinde, vol en bijplaatsingen
A: Ik vraag de route om hem vaker te legen
B: De glasbak bij de Albert Heijn ook
A: Die ook
~
A: Vandaag moet het concept van het papiervoorstel naar de wethouder {2}
B: Staat er ook in wat de verenigingen nu krijgen per vereniging? {2}
A: Ja, in een bijlage. De grootste is de korfbal met 9.000, de kleinste de schaakclub met 400 {2}
C: De schaakclub haalt ook papier op? {2}
A: Samen met de buurtvereniging in Ezinge {2}
~
D: De papierwagen van de harmonie heeft de containers van de gemeente verkeerd geleegd, er liggen zakken naast
A: Is dat een klacht over de inzameling?
D: Ja, een buurman vindt dat de vrijwilligers te slordig zijn
A: Stuur de harmonie een vriendelijk mailtje
B: Niet de beste timing, nu we ze gaan vertellen dat de vergoeding stopt {2}
A: Haha nee {2}
~
C: Planning voor het nieuwe afvalbeleid: inspraak in mei, besluit in juli
A: En het papier loopt apart, het college wil dat sneller {2}
B: De medewerkers van de milieustraat willen weten of ze extra uren krijgen
A: Dat hoort bij het nieuwe beleid, niet nu
~
A: Update: de wethouder wil in maart een bijeenkomst met de papierverenigingen {2}
D: Ik kan daar wel bij zijn met de cijfers {2}
A: Graag {2}
""",
    ),
    Chat(
        "Stichting Sint Meppel",
        "samenleving",
        "2024-10-21 19:30",
        ["Bas Vedder", "Herman Lok", "Tineke Bakker"],
        """
A: Herman, Tineke, dank voor het overleg vanavond. Even de punten voor 16 november op een rij {3}
B: Graag. De boot komt om 13.00 uur aan, de Sint gaat te paard naar de Markt {3}
A: Het paard moet een vergunning hebben voor de stoet, en een ervaren begeleider {3}
C: Dat is dezelfde manege als vorig jaar {3}
A: Goed. Het aantal Pieten? {3}
B: 35, allemaal roetveeg. Al drie jaar zo {3}
C: En toch staat er een demonstratie op Facebook {3}
A: Dat is voor de burgemeester, niet voor jullie. Jullie hoeven niks te doen, de politie regelt de scheiding {3}
B: Kost dat ons geld? {3}
A: Dat weten we nog niet, ik kom erop terug {3}
~
C: Bas, de subsidieaanvraag staat in het portaal, 12.000 zoals vorig jaar {3}
A: Gezien, gaat door {3}
C: En de verkeersregelaars? We hebben er maar 25 {3}
A: Het veiligheidsplan vraagt 40. Kun je vrijwilligers van de voetbal vragen? {3}
B: Ik bel de voorzitter {3}
~
B: 42 verkeersregelaars, allemaal met certificaat {3}
A: Top {3}
A: Goed nieuws: de gemeente betaalt de extra kosten van de hekken en beveiliging door de demonstratie {3}
C: Wat een opluchting {3}
~
C: Het was een prachtige dag, dank voor alle hulp {3}
A: Complimenten aan jullie vrijwilligers {3}
B: Volgend jaar weer, met een grotere opstelplaats aan de kade graag {3}
A: Neem ik mee in de evaluatie {3}
""",
    ),
    Chat(
        "Klachten mantelzorgers",
        "samenleving",
        "2025-01-20 13:15",
        ["Ria Dolfing", "Yvonne Bakker"],
        """
A: Yvonne, ik heb nu 9 formele klachten over de cadeaukaarten van de mantelzorgers {10}
B: Wat zeggen ze? {10}
A: Vooral: geen kaart en geen bericht. Eén meneer schrijft dat hij zich niet gewaardeerd voelt, dat is natuurlijk precies het tegendeel van de bedoeling {10}
B: Pijnlijk {10}
A: Hoe wil je ze afhandelen? {10}
B: Ik bel ze allemaal zelf, en bied excuses aan. De kaart komt in april {10}
A: Goed, dan stuur ik daarna een brief met de afhandeling {10}
~
B: 7 van de 9 gebeld, ze waren blij met het telefoontje {10}
A: En de andere 2? {10}
B: Niet bereikbaar, ik stuur ze een brief {10}
A: De klachten kunnen dan gesloten worden, gegrond {10}
B: Ja, gegrond, we hadden eerder moeten communiceren {10}
~
A: Ik maak een verslag voor het jaarverslag klachten, mag dat met deze zaak erin? {10}
B: Ja, zonder namen {10}
""",
    ),
)
