"""The TWENTY-FIRST BLIND relevance set (issue 17): new chats, requests and judgements.

Written as a Woo officer of gemeente Meppel would by a helper (branch wwoo21) BEFORE any tuning on
it, without reading the search code, its tuning tests or RESULTS.md's round paragraphs (blind20.py
was read for the data format, sets 1 to 20 only for their request titles, so that the subjects are
new); measured once on main's code after it was committed ("before" figure). Same syntax as
blind.py: `{n}` after a line marks the requests it is relevant to, `~` starts the next day, `~
YYYY-MM-DD` moves the chat to that day, `PHOTO "text"` is a photo with painted text, `AUDIO` a
voice note. Generated filler (build.FILLER) is relevant to nothing. Names, places, organisations,
addresses and companies are made up.

The requests and their queries were written first, from the request text only. The chats are shaped
like real work chats: long team chats (supervision of the countryside, real estate and spatial
development, ICT, the press desk, the MT of operations, the works council, events and APV permits,
the council's clerk, the social team) where a request's subject is a few lines among other work;
short follow-up chats whose subject carries the topic while the lines answer without repeating it
("Klaar. 46 foto's en 12 min video", "Gekeurd. 1 wagen moet een hogere reling", "Budget op.
Wachtlijst van 23", "Zegel hangt", "312 tegels!"); abbreviations and jargon (DPIA, FG, EU-brevet,
APV, boa, RIEC, SVB, SNF, IBD, hoster, scrubbing, e-diensten, OR, MT, CU, PvdA, WA, EHBO, Bibob,
NK, Kansspelautoriteit); other words for the subject (luchtfoto's, vliegen, operator; de kerk, het
schip, kerkrentmeesters, pastorie; busjes, luifels, aggregaat, park4night, jachthaven; aanval,
overbelasting, timeout, hackers; bedden, matrassen, spuiterij, zegel; thuiswerkdag, lockers,
belcellen, planner; de Knollen, wagens, reling, bovendek; gokhal, casino, kasten,
amusementscentrum; tegels, geveltuintjes, de taxi, pick-up; maandverband, tampons, cups, kastje,
poster); typos and short forms (droone, kampers, DDOS, contrle, hybried, carnavals optocht,
Westervel, speelautomatehal, Tegelwipen, menstuatieproducten, DigiD koppeling, bieb, 2e, p.p., excl
btw); 4 photos with text and 2 voice notes; and distractor chats that share words with requests but
are about something else (a drone show on King's night, a drone inspecting the Mariakerk's tower, a
wedding in a church, a colleague's camper holiday, campsite tourist tax, the new website and its
DigiD pentest, an ENSIA audit, fire-safety checks at schools, hydrants on Oevers, a hybrid heat
pump, a sick colleague, a lantern walk, a school's costume party, fire brigade exercises and a
cycling route with Westerveld, a playground, a casino-themed staff party, loose paving stones,
cracked floor tiles, the food bank's hygiene products, the annual accounts, the pruning crew).

Judging rule (as the earlier sets): a message is relevant when a Woo officer would have to include
it to cover the request, also when it does not repeat the subject ("En?", "Hoeveel panden?", "👍",
"Gedaan"). Lines of a relevant chat about something else carry no tag; a line about two subjects
carries both (the MT's agenda with hybrid work and Westerveld).

Counts (with the generated filler of seed 17, as the bench builds it): 74 chats of 12 to 380
messages, 2,664 messages (666 hand-written; 4 photos with text, 2 voice notes), 11 requests, 33
queries, 526 relevant (message, request) pairs on 525 messages, in 67 (chat, request) pairs; 52
chats relevant to a request, 22 to none, 8 to several. Relevant messages (chats) per request: R1 52
(5), R2 48 (5), R3 49 (7), R4 47 (6), R5 51 (6), R6 38 (6), R7 54 (6), R8 47 (6), R9 35 (6), R10 54
(7), R11 51 (7).
"""

from .build import Chat, Request

REQUESTS = (
    Request(
        1,
        "De inzet van een drone bij het toezicht in het buitengebied (2025): het besluit om te "
        "vliegen, de privacytoets (DPIA), de ontheffing, de beelden van illegale bouwwerken en "
        "de handhaving die daaruit volgde.",
        ("drone handhaving", "dronebeelden buitengebied", "inzet drone illegale bouw"),
    ),
    Request(
        2,
        "De verkoop en herbestemming van de Oosterkerk aan de Oosterboerweg (2025): het overleg "
        "met de kerkelijke gemeente, het plan voor appartementen, het advies van de "
        "monumentencommissie en de bezwaren van omwonenden.",
        ("oosterkerk", "herbestemming kerk", "verkoop oosterkerk appartementen"),
    ),
    Request(
        3,
        "Overnachten in campers op parkeerterreinen in Meppel (2025): de meldingen over "
        "overlast, de handhaving door boa's en het plan voor een officiële camperplaats.",
        ("campers overnachten", "camperplaats", "handhaving campers parkeerterrein"),
    ),
    Request(
        4,
        "De DDoS-aanval op de website van de gemeente (maart 2025): de storing, het uitvallen van "
        "inloggen met DigiD en de e-diensten, de melding en de communicatie naar inwoners.",
        ("ddos aanval website", "storing website digid", "cyberaanval gemeente"),
    ),
    Request(
        5,
        "De integrale controle op bedrijventerrein Oevers (mei 2025): de voorbereiding met politie, "
        "brandweer en Belastingdienst, wat werd aangetroffen (o.a. bewoning van bedrijfspanden) "
        "en de vervolgacties.",
        (
            "integrale controle oevers",
            "controle bedrijventerrein",
            "illegale bewoning bedrijfspand",
        ),
    ),
    Request(
        6,
        "Hybride werken bij de gemeente (2025): de nieuwe regeling thuiswerken, de "
        "thuiswerkvergoeding, het advies van de OR en de verbouwing van het stadhuis tot "
        "flexwerkplekken.",
        ("hybride werken", "flexplekken stadhuis", "thuiswerkvergoeding"),
    ),
    Request(
        7,
        "De carnavalsoptocht in Nijeveen (maart 2025): de evenementenvergunning, de keuring van de "
        "praalwagens, het incident met een wagen en de evaluatie.",
        ("carnavalsoptocht nijeveen", "praalwagen", "optocht vergunning"),
    ),
    Request(
        8,
        "De verkenning van een ambtelijke samenwerking met de gemeente Westerveld (2025): de "
        "opdracht, het externe bureau en de kosten, de reacties van de OR en de raad en het "
        "besluit.",
        ("samenwerking westerveld", "ambtelijke samenwerking", "verkenning westerveld kosten"),
    ),
    Request(
        9,
        "De aanvraag voor een speelautomatenhal aan de Hoofdstraat (2025): de vergunningaanvraag, "
        "het beleid voor kansspelen, de reacties van ondernemers en bewoners en het besluit.",
        ("speelautomatenhal", "speelhal hoofdstraat", "casino vergunning"),
    ),
    Request(
        10,
        "Tegelwippen in Meppel (2025): de actie met de tegeltaxi, de deelname aan het NK "
        "Tegelwippen, de geveltuinen en de subsidie voor het vergroenen van tuinen.",
        ("tegelwippen", "tegeltaxi", "nk tegelwippen"),
    ),
    Request(
        11,
        "Gratis menstruatieproducten (2025): de proef met uitgiftepunten op scholen en in "
        "openbare gebouwen, de kosten, de leverancier en de evaluatie.",
        ("menstruatieproducten", "gratis maandverband", "menstruatiearmoede"),
    ),
)

CHATS = (
    Chat(
        "Team toezicht en handhaving buitengebied",
        "veiligheid",
        "2025-01-13 08:30",
        ["Ruud Wolters", "Sanne Bakker", "Gerrit Hoekstra", "Iris de Wit"],
        """
A: Morgen. Idee uit het MT: laten we de drone van de brandweer lenen voor toezicht buitengebied {1}
B: Voor die schuren en chalets in Kolderveen waar we niet bij kunnen? {1}
A: Precies. Vanaf de openbare weg zie je niks achter die hagen {1}
C: Mag dat zomaar? Privacy?? {1}
A: Nee, eerst een DPIA. Ik vraag de FG {1}
~
D: Melding illegale lozing bij de Reest, wie gaat?
B: Ik, na de lunch
~
C: Boa's hebben vannacht weer 4 campers op het Stadsweiland aangetroffen {3}
A: Zelfde als vorige week? {3}
C: 2 dezelfde, Duitse kentekens. Luifels uit, stoelen buiten, aggregaat aan om 11 uur 's avonds {3}
B: APV art 5:8, kamperen buiten een kampeerterrein. Eerst waarschuwen {3}
C: Gedaan, briefje onder de ruitenwisser in het Duits en Engels {3}
~
D: Wie heeft de sleutel van de dienstauto met trekhaak?
A: Hangt in het kastje
~ 2025-02-20
B: DPIA drone is rond. FG akkoord mits geen beelden van personen bewaard, alleen bouwwerken {1}
A: En de vliegvergunning? {1}
B: Brandweer heeft een operator met EU-brevet, ontheffing is er niet nodig in de open categorie, wel melding bij de landeigenaar achteraf {1}
C: Hoe lang bewaren we de beelden? {1}
B: 4 weken, tenzij er een handhavingszaak van komt {1}
~
D: Overleg met LTO over de mestkelders verschoven naar donderdag
~ 2025-03-11
A: Eerste vlucht gedaan boven Kolderveen en De Schiphorst. 9 percelen {1}
C: En? {1}
A: 3 bouwwerken zonder vergunning. Een overkapping van 200 m2, een chalet met schotel en een paardenstal die een woning is geworden 😳 {1}
D: Die laatste kende ik al van een anonieme tip {1}
A: Ik stuur de stills naar de vergunningverleners om te checken in het archief {1}
~ 2025-04-02
B: Voorbereiding integrale contrle Oevers: politie, brandweer, Belastingdienst, SVB en de RIEC-adviseur zitten erbij {5}
D: Datum? {5}
B: Dinsdag 13 mei, start 7 uur op de werf. Niet delen buiten dit team! {5}
C: Hoeveel panden? {5}
B: 22 adressen op de lijst, oa die loods met ramen aan de Hulstweg {5}
~
A: Voorjaarsschouw sloten, wie gaat er met het waterschap mee?
C: Ik
~ 2025-05-13
B: Controle zit erop. 22 adressen, 6 overtredingen {5}
A: Wat zat erbij? {5}
B: In 2 bedrijfspanden woonden mensen, samen 14 arbeidsmigranten, matrassen naast de heftruck. Brandweer heeft 1 pand direct gesloten {5}
D: En de rest? {5}
B: Opslag van gevaarlijke stoffen zonder melding, een illegale autospuiterij, 2 x brandveiligheid. Belastingdienst nam de boeken van de spuiterij mee {5}
~
C: Weer campers op het Stadsweiland, nu 7 🙄 Ook op het parkeerterrein bij de Noordersluis {3}
A: Ze staan in de app "park4night" als gratis plek {3}
C: Dan gaan we bekeuren, 95 euro. De waarschuwingen helpen niet {3}
~ 2025-06-03
A: Vooraankondiging last onder dwangsom voor de overkapping in Kolderveen is verstuurd {1}
D: Eigenaar belde al boos: "jullie hebben over mijn erf gevlogen" {1}
A: Doorverwezen naar het privacystatement, en we vlogen op 120 m hoogte {1}
~
B: Vervolg Oevers: last onder bestuursdwang voor de bewoning aan de Hulstweg, hersteltermijn 4 weken {5}
D: Waar gaan die mensen naartoe? {5}
B: Het uitzendbureau moet ze huisvesten, we controleren in juli opnieuw {5}
~ 2025-07-15
B: Hercontrole Hulstweg: leeg, bedden weg 👍 {5}
A: En de spuiterij? {5}
B: Is dicht. De rest loopt via het bestuurlijk overleg met de RIEC {5}
~
C: Bon voor 3 campers gisteravond, 1 Nederlander wilde niet betalen, politie erbij gehaald {3}
A: Ik zet het op de lijst voor het overleg met de wethouder over die camperplaats {3}
""",
        380,
    ),
    Chat(
        "Drone toezicht Kolderveen",
        "veiligheid",
        "2025-03-10 09:00",
        ["Ruud Wolters", "Pieter Kok", "Sanne Bakker"],
        """
B: Ruud, morgen 10 uur vliegen we. Weer is goed, wind 3 Bft {1}
A: Mooi. Route: Kolderveen noord, dan De Schiphorst {1}
B: Ik heb de kaart met de 9 percelen. Landeigenaren geïnformeerd? {1}
C: Nee, pas achteraf, zo staat het in de DPIA. Anders is alles weg voor we komen {1}
~
B: Klaar. 46 foto's en 12 min video {1}
A: Upload in de map toezicht > drone > 2025-03, niet in de teams-chat {1}
B: Staat erin. Op 2 foto's zie je een persoon, die blur ik {1}
C: Goed, dat eist de FG ook {1}
~
A: Koffie?
B: Altijd
""",
        30,
    ),
    Chat(
        "DPIA drone",
        "bedrijfsvoering",
        "2025-01-28 11:00",
        ["Sanne Bakker", "Femke Brouwer"],
        """
A: Femke, ik heb je hulp nodig bij de DPIA voor het vliegen boven erven met de droone {1}
B: Wat is het doel precies? {1}
A: Vaststellen of er bouwwerken zonder vergunning staan. Geen personen, geen kentekens {1}
B: Dan ook vastleggen hoe je voorkomt dat je mensen filmt. En wie de beelden ziet {1}
A: Alleen 2 toezichthouders en de operator {1}
B: Bewaartermijn? {1}
A: 4 weken {1}
B: Prima. Stuur me het concept, dan kijk ik er vrijdag naar {1}
~
B: Opmerkingen gestuurd. Noodzaak en proportionaliteit moet scherper: waarom kan het niet vanaf de weg? {1}
A: Aangepast, met foto's vanaf de weg waarop je alleen heg ziet 😅 {1}
B: Akkoord 👍 {1}
""",
        24,
    ),
    Chat(
        "Kolderveen overkapping",
        "ruimte",
        "2025-03-12 14:00",
        ["Gerrit Hoekstra", "Marloes Jansen"],
        """
A: Marloes, kun jij in het archief kijken voor Kolderveenseweg 14? Overkapping van zo'n 200 m2 achter de schuur, gezien op de luchtfoto's van dinsdag {1}
B: Geen vergunning gevonden. Wel een aanvraag uit 2019 voor een kleinere, 80 m2, toen geweigerd {1}
A: Dus bewust groter gebouwd {1}
B: Lijkt erop. Past niet in het omgevingsplan, agrarisch bouwvlak {1}
A: Dan start ik het handhavingstraject {1}
~
B: Zienswijze van de eigenaar binnen. Hij vindt het opnemen vanuit de lucht "heimelijk" {1}
A: Juristen kijken ernaar, DPIA ligt er {1}
~ 2025-09-08
A: Overkapping is afgebroken, gecontroleerd vanaf de weg. Dossier dicht {1}
""",
        20,
    ),
    Chat(
        "Campers Stadsweiland",
        "veiligheid",
        "2025-04-14 21:40",
        ["Bas Meijer", "Kim Vos"],
        """
A: Kim, we staan bij het Stadsweiland. 5 busjes en kampers {3}
B: Allemaal slapen? {3}
A: Gordijnen dicht, 1 zit buiten te barbecueën naast de parkeerautomaat 🙈 {3}
B: Waarschuwing geven, kenteken noteren {3}
~
A: Gisteren 3 van de 5 weer terug {3}
B: Dan vanavond bekeuren {3}
A: Omwonende van de Zomerdijk kwam naar ons toe, lawaai van een aggregaat tot 1 uur {3}
B: Noteer het als melding, dan zit het in het dossier {3}
A: AUDIO {3}
A: Spraakbericht was voor het verslag: 22.50 uur, 5 campers, 1 aggregaat, melding bewoner Zomerdijk {3}
~
B: Hoe laat is de dienst morgen?
A: 15-23
""",
        28,
    ),
    Chat(
        "Camperplaats verkenning",
        "ruimte",
        "2025-06-10 10:00",
        ["Joost van Dam", "Ruud Wolters", "Linda Kuiper"],
        """
A: Wethouder wil een echte camperplek, 10 tot 15 plaatsen, liefst met stroom en een loospunt {3}
B: Dan kunnen wij ook makkelijker handhaven op de rest {3}
C: Opties: stuk van het Stadsweiland, terrein naast de jachthaven, of bij het zwembad {3}
A: Jachthaven heeft al sanitair. Eigenaar wil wel meedenken {3}
B: En dan toeristenbelasting per nacht? {3}
A: Ja, 1,75 p.p. {3}
~
C: Kostenraming: 85.000 voor bestrating, paal voor stroom en loospunt {3}
A: Neem ik mee naar het college, in de voorjaarsnota 2026 {3}
~ 2025-10-21
A: College akkoord met camperplaats bij de jachthaven, 12 plekken. Open vanaf april {3}
B: Dan vanaf april een parkeerverbod voor campers 's nachts op de andere terreinen 👍 {3}
""",
        26,
    ),
    Chat(
        "Klacht buurt Zomerdijk",
        "dienstverlening",
        "2025-05-02 09:15",
        ["Wendy Postma", "Bas Meijer"],
        """
A: Bas, weer een klacht van bewoners van de Zomerdijk over de campers op het Stadsweiland. Ze plassen in de bosjes en laten afval achter {3}
B: We zijn er bijna elke avond. Bonnen worden nu ook gegeven {3}
A: Kan ik ze dat laten weten? En dat er een camperplaats komt? {3}
B: Dat laatste niet, dat is nog niet besloten {3}
A: Ok, ik houd het bij de handhaving {3}
""",
        12,
    ),
    Chat(
        "Voorbereiding controle Oevers",
        "veiligheid",
        "2025-04-03 08:00",
        ["Sanne Bakker", "Mark de Boer", "Erwin Hulst", "Tessa Roos"],
        """
A: Iedereen, dit is de groep voor de controle van 13 mei. Vertrouwelijk {5}
B: Politie levert 8 man en 2 hondengeleiders {5}
C: Brandweer komt met 3 inspecteurs, we kijken naar vluchtwegen en opslag {5}
D: Belastingdienst doet 4 adressen, vooral de garagebedrijven {5}
A: Briefing 6.30 uur in de kantine van de gemeentewerf {5}
~
B: Lijst van 22 ok. Nr 14 is leeg sinds februari, vervangen door Hulstweg 9? {5}
A: Ja, daar zijn 's avonds lichten aan gezien {5}
~ 2025-05-13
A: 6.30 briefing, iedereen aanwezig {5}
C: Pand Hulstweg 9: 8 bedden boven in de kantine, geen 2e vluchtweg. Gesloten {5}
B: Hulstweg 11: 6 personen, 1 zonder papieren, vreemdelingenpolitie erbij {5}
D: Spuiterij zonder omgevingsvergunning, kassa heeft geen registratie. We nemen de administratie mee {5}
A: Dank allen, verslag volgt {5}
~
A: Verslag staat in de map. Vervolg: lasten onder bestuursdwang, 2 keer {5}
""",
        40,
    ),
    Chat(
        "Woningen Hulstweg bewoners",
        "samenleving",
        "2025-05-14 10:30",
        ["Hanneke Dijkstra", "Sanne Bakker"],
        """
A: Sanne, de 14 mensen van gisteren, waar zijn ze heen? We krijgen vragen van het Leger des Heils {5}
B: Uitzendbureau heeft ze in een pension in Staphorst gezet, tijdelijk {5}
A: 2 hebben geen werk meer. Die melden zich hier {5}
B: Kunnen jullie ze helpen met terugreis of opvang? {5}
A: We kijken. 1 spreekt alleen Pools, tolk geregeld {5}
""",
        14,
    ),
    Chat(
        "Team vastgoed en ruimtelijke ontwikkeling",
        "ruimte",
        "2025-01-15 09:00",
        ["Marloes Jansen", "Hendrik Zwart", "Ellen Boer", "Joost van Dam"],
        """
B: Kerkrentmeesters van de Oosterkerk hebben gebeld. Ze willen verkopen, laatste dienst is in juni {2}
A: Wat willen ze van ons? {2}
B: Of we meedenken over een nieuwe bestemming. Het is een gemeentelijk monument {2}
D: Wethouder wil er graag woningen in, liefst betaalbaar {2}
~
C: Taxatierapport grond Nijentap binnen
A: Leg maar in de map
~ 2025-02-18
B: Eerste gesprek met de kerkelijke gemeente en een ontwikkelaar over de oosterkerk, Bouwbedrijf Reestdal. Plan: 18 appartementen in het schip, toren blijft {2}
A: Parkeren? Daar is in die straat niks {2}
B: Ze denken aan een parkeerkelder onder het kerkplein 🤔 {2}
D: Duur. Anders parkeernorm verlagen, centrumnabij {2}
~
C: Tegelwipen! Dit jaar weer meedoen met het NK? We werden vorig jaar 9e in onze klasse {10}
D: Ja. Wethouder wil top 5. Tegeltaxi rijdt weer op zaterdag {10}
C: Ik regel de tegeltaxi met de buitendienst, 2 man en de pick-up {10}
~
A: Wie gaat er naar het overleg over de bouwenveloppe Eendracht?
D: Ik
~ 2025-04-08
B: Monumentencommissie over de Oosterkerk: positief over woningen, maar géén dakkapellen op het schip en de glas-in-loodramen moeten blijven {2}
A: Dan wordt het donker binnen {2}
B: Lichtstraat in de nok mag wel, zegt de commissie {2}
~
C: Tussenstand NK: 3.400 tegels in maart, we staan 6e {10}
D: Nog 2 zaterdagen tegeltaxi in april, dan flyers in Haveltermade {10}
~ 2025-06-02
B: Omwonenden van de Oosterkerk hebben een brief gestuurd, 43 handtekeningen. Bang voor parkeerdruk en inkijk {2}
D: Informatieavond organiseren? {2}
B: 24 juni in het wijkcentrum, met de ontwikkelaar {2}
~
C: Eindstand tegelwippen: 11.860 tegels! Plek 4 in de klasse 20-50.000 inwoners 🎉 {10}
A: Knap. Persbericht? {10}
C: Communicatie maakt het {10}
~ 2025-07-01
B: Koopovereenkomst Oosterkerk getekend tussen kerk en ontwikkelaar. Wij doen de planologische procedure, 18 appartementen, 6 in de sociale huur {2}
A: Anterieure overeenkomst voor de kosten? {2}
B: In concept bij juridische zaken {2}
~
A: Lunch vrijdag met het team?
C: Ja leuk
""",
        150,
    ),
    Chat(
        "Oosterkerk",
        "ruimte",
        "2025-02-19 10:00",
        ["Hendrik Zwart", "Tineke Mulder", "Arjan Pol"],
        """
A: Welkom in deze app. Tineke namens de kerkrentmeesters, Arjan van Bouwbedrijf Reestdal {2}
B: Dank. De laatste kerkdienst wordt 29 juni, afscheidsdienst {2}
C: Wij maken een schetsontwerp, 16 tot 18 appartementen. Orgel en preekstoel gaan eruit? {2}
B: Het orgel gaat naar een kerk in Kampen, de preekstoel willen we graag in het gebouw houden {2}
A: De preekstoel staat in de monumentenomschrijving, dus die blijft sowieso {2}
~
C: Schets gestuurd. Galerij aan de binnenkant, 3 lagen {2}
A: Ik leg het voor aan de monumentencommissie, 8 april {2}
~ 2025-04-09
A: Advies is binnen, ik stuur het door. Geen dakkapellen, ramen blijven, lichtstraat mag {2}
C: Werkbaar. We passen het aan {2}
B: Wanneer kan de koop rond? {2}
A: Dat is tussen jullie, wij geven een principebesluit in mei {2}
~ 2025-06-25
C: Informatieavond gisteren, 60 mensen. Vooral parkeren en de bomen op het plein {2}
A: En de inkijk bij de achterburen {2}
C: We zetten de ramen aan die kant hoger, melkglas onderin {2}
""",
        40,
    ),
    Chat(
        "Bewoners Oosterboerweg",
        "dienstverlening",
        "2025-06-03 13:00",
        ["Wendy Postma", "Hendrik Zwart"],
        """
A: Hendrik, een bewoner belt voor de 3e keer over de kerk. Ze wil weten of er al een vergunning is {2}
B: Nee, er is nog niks aangevraagd. Eerst de informatieavond op 24 juni {2}
A: Ze zegt dat de bouwer al aan het meten was in de tuin van de pastorie {2}
B: Dat klopt, dat is een inmeting voor het ontwerp. Geen vergunning nodig {2}
A: Ik mail haar de uitnodiging {2}
""",
        12,
    ),
    Chat(
        "Monumentencommissie",
        "ruimte",
        "2025-04-01 08:45",
        ["Ellen Boer", "Hendrik Zwart", "Frans de Lange"],
        """
A: Agenda 8 april: dakkapel Kruisstraat 9, kozijnen Prinsengracht 31, herbestemming Oosterkerk {2}
C: Stukken van de kerk graag een week eerder, het is een groot plan {2}
B: Stuur ik vandaag {2}
~
C: Over de dakkapel aan de Kruisstraat: alleen aan de achterkant
A: Noteer ik
~
C: Voor de kerk: de ramen zijn het belangrijkste. Als die blijven, kan ik met woningen leven {2}
A: Advies zo formuleren? {2}
C: Ja, plus lichtstraat in de nok als alternatief voor dakkapellen {2}
""",
        22,
    ),
    Chat(
        "Principebesluit Oosterkerk",
        "bestuur",
        "2025-05-12 15:00",
        ["Hendrik Zwart", "Jeroen Veenstra"],
        """
B: Hendrik, principeverzoek Oosterkerk staat dinsdag op de collegeagenda. Wethouder vraagt naar de sociale huur {2}
A: 6 van de 18. Meer kan niet, zegt de ontwikkelaar, met de kosten van het monument {2}
B: En de parkeernorm? {2}
A: 0,8 per woning, deels op het plein {2}
~
B: Akkoord in het college, met de opdracht om de buurt er goed bij te betrekken {2}
A: Informatieavond staat gepland {2}
""",
        16,
    ),
    Chat(
        "Tegeltaxi",
        "ruimte",
        "2025-03-05 07:30",
        ["Anton Smit", "Ellen Boer", "Lars Post"],
        """
B: Anton, de tegeltaxi rijdt weer zaterdag 8, 22 maart en 5, 12 april. Aanmelden via de website {10}
A: Hoeveel adressen zaterdag? {10}
B: 37 al 😮 {10}
C: Dan 2 ritten naar de milieustraat. Pick-up kan 40 tegels per keer {10}
A: Dan neem ik de kraakperswagen niet, maar de kipper {10}
~
A: Klaar voor vandaag. 37 adressen, 1.900 tegels, plus een paar stoeptegels die niet van hun waren 😂 {10}
B: Haha. Teruglegen? {10}
A: Al gedaan {10}
~
C: Volgende zaterdag 51 aanmeldingen {10}
A: Dan een 3e man erbij {10}
~
B: Jullie zijn top. Wethouder komt zaterdag mee op de foto {10}
B: PHOTO "TEGELTAXI - wij halen uw tegels gratis op - zaterdag 12 april" {10}
C: Mooi bord op de pick-up 😂 {10}
""",
        40,
    ),
    Chat(
        "Vergroeningssubsidie tuinen",
        "ruimte",
        "2025-02-10 11:00",
        ["Ellen Boer", "Nicole Brink"],
        """
A: Nicole, de regeling "Meppel Groen in je tuin" gaat 1 maart open. Max 500 euro per tuin voor het vervangen van tegels door groen {10}
B: Ook voor regentonnen? {10}
A: Ja, en voor geveltuinen 100% {10}
B: Budget? {10}
A: 60.000 uit het klimaatbudget {10}
~
B: Al 84 aanvragen in 2 weken {10}
A: Gaat hard. Controle achteraf met foto voor en na {10}
~ 2025-05-20
B: Budget op. Wachtlijst van 23 {10}
A: Ik vraag bij de najaarsnota om een aanvulling {10}
""",
        18,
    ),
    Chat(
        "Geveltuinen Haveltermade",
        "ruimte",
        "2025-04-15 10:30",
        ["Lars Post", "Anton Smit"],
        """
A: Anton, in de Vledderstraat willen 9 bewoners een geveltuintje. Kunnen jullie de tegels eruit halen? {10}
B: 1 tegel breed, 30 cm? {10}
A: Ja, en de stoep moet 1,20 vrij blijven {10}
B: Volgende week woensdag {10}
~
B: Gedaan. 9 geveltuinen, zand en compost erin {10}
A: Foto's mooi, stuur ik naar communicatie voor het NK {10}
""",
        14,
    ),
    Chat(
        "Team ICT en informatievoorziening",
        "bedrijfsvoering",
        "2025-01-08 08:15",
        ["Dennis Kramer", "Yvonne Hoek", "Rik Bosman", "Sandra Veen"],
        """
A: Gelukkig nieuwjaar. Laptops van de nieuwe medewerkers komen maandag
B: Top
~
C: Update: nieuwe headsets voor thuiswerkers zijn binnen, 60 stuks {6}
A: Alleen voor wie een thuiswerkplek heeft aangevraagd? {6}
C: Ja, volgens de nieuwe regeling hybride werken {6}
~ 2025-03-17
B: Website reageert niet 😱 {4}
A: Ook hier. DigiD-inlog geeft timeout {4}
C: Hosting meldt enorme hoeveelheid verkeer, duizenden verzoeken per seconde. DDOS {4}
A: Nationaal Cyber Security Centrum en de IBD bellen. Ik doe het incidentproces {4}
D: Klantcontact krijgt al telefoon. Wat zeggen we? {4}
A: Storing, we werken eraan, er zijn geen gegevens weg {4}
~
C: Scrubbing dienst van de hoster staat aan sinds 11.40. Website weer bereikbaar maar traag {4}
B: E-diensten (paspoort afspraak, verhuizing) nog niet, DigiD koppeling ligt eruit {4}
A: Logius zegt dat het aan onze kant ligt, niet bij hen {4}
~
C: 16.10 alles weer in de lucht. Totaal 5,5 uur storing {4}
A: Morgen evaluatie om 9 uur {4}
D: Moeten we dit melden bij de AP? {4}
A: Nee, geen datalek, geen gegevens ingezien. Wel registreren in het incidentenregister {4}
~
B: Wie heeft de printer op de 2e verdieping vastgelopen?
D: Ik, sorry 🙈
~ 2025-03-25
A: Evaluatie DDoS: volgens de IBD een actie van een pro-Russische groep tegen meerdere gemeenten {4}
C: Hoster zet voortaan de scrubbing standaard aan. Meerkosten 400 euro per maand {4}
A: Neem ik mee in het MT {4}
~ 2025-05-06
C: Verbouwing 1e verdieping: de netwerkpunten voor de flexplekken worden volgende week aangelegd {6}
D: Hoeveel? {6}
C: 96 werkplekken met docking, voor 160 medewerkers {6}
~
B: Phishingtest van deze maand: 11% klikte 😬
A: Weer beter dan vorig jaar
""",
        150,
    ),
    Chat(
        "Storing website 17 maart",
        "dienstverlening",
        "2025-03-17 10:05",
        ["Sandra Veen", "Monique Lubbers", "Dennis Kramer"],
        """
A: Dennis, de telefoon staat roodgloeiend. Mensen kunnen niet inloggen {4}
C: We worden aangevallen, DDoS. Zeg maar dat het een storing is {4}
B: Een meneer moet vandaag zijn huurtoeslagformulier met DigiD... {4}
C: Dat is landelijk, die kan wel. Alleen onze eigen e-diensten liggen eruit {4}
A: Wachtrij 38 bellers 😩 {4}
~
A: Kunnen we al iets zeggen over vanmiddag? {4}
C: Site is terug, traag. Afspraak maken nog niet {4}
B: Dan zet ik een bandje op de telefoon {4}
~
C: Alles werkt weer {4}
A: Eindelijk. 412 telefoontjes vandaag {4}
""",
        30,
    ),
    Chat(
        "Communicatie en persvoorlichting",
        "bestuur",
        "2025-01-06 08:30",
        ["Lotte Vermeer", "Bram Dekker", "Esther Huizing"],
        """
A: Weekplanning: nieuwjaarsreceptie, persbericht afvalkalender, raadsnieuwsbrief
B: Ik doe de receptie
~ 2025-03-03
C: Persbericht carnavalsoptocht Nijeveen: route en afsluitingen, zaterdag de 8e {7}
A: Met de oproep: geen glas langs de route {7}
~ 2025-03-09
C: De Meppeler Courant belt over een ongeluk bij de optocht gisteren. Wat weten wij? {7}
B: Meisje gevallen van een wagen bij de bocht bij de kerk, ambulance, gebroken arm. Burgemeester wil eerst de organisatie spreken {7}
A: Dus: "we wensen haar beterschap, we evalueren met de organisatie" {7}
C: 👍 {7}
~ 2025-03-17
A: Website plat door een DDoS. Wat zetten we op social? {4}
B: "Onze website en e-diensten zijn tijdelijk niet bereikbaar door een aanval van buitenaf. Er zijn geen gegevens buitgemaakt." {4}
A: Akkoord van de gemeentesecretaris? {4}
B: Ja, net gebeld {4}
C: RTV Drenthe vraagt om een reactie {4}
A: Zelfde tekst, en dat we aangifte doen {4}
~
C: Wie heeft de nieuwe huisstijlfoto's?
B: Sharepoint > beeldbank
~ 2025-04-28
C: NK Tegelwippen tussenstand, persbericht met foto van de tegeltaxi? {10}
A: Ja, en dat de subsidiepot voor groen in de tuin nog open is {10}
~ 2025-06-03
B: Persbericht speelhal Hoofdstraat: "college weigert vergunning speelautomatenhal" {9}
A: Niet te stellig, bezwaar is mogelijk. "Het college heeft besloten geen vergunning te verlenen" {9}
C: Omroep vraagt om een interview met de burgemeester {9}
B: Donderdag 10 uur {9}
~ 2025-06-30
C: Eindstand tegelwippen: 4e plek! Social post met de ranglijst {10}
~ 2025-09-01
A: Persbericht menstruatieproducten: proef start op 3 middelbare scholen en in de bieb {11}
B: Titel: "Gratis menstruatieproducten op school" {11}
C: Quote van de wethouder over menstruatiearmoede erin {11}
~
A: Wie heeft er zin om de jaarplanning te maken?
B: 🙋
""",
        130,
    ),
    Chat(
        "Incident 17-3 evaluatie",
        "bedrijfsvoering",
        "2025-03-18 09:00",
        ["Dennis Kramer", "Femke Brouwer", "Rik Bosman", "Harm Kuipers"],
        """
A: Evaluatie van gisteren. Tijdlijn: 10.02 eerste melding, 10.20 hoster bevestigt aanval, 11.40 scrubbing aan, 16.10 alles op {4}
B: Geen persoonsgegevens geraakt, bevestigd door de hoster {4}
C: Waarom duurde het 1,5 uur voor de scrubbing aanging? {4}
A: Stond niet in ons contract als standaard. Moest handmatig worden aangevraagd {4}
D: Aangifte bij de politie gedaan, nr bij Femke {4}
~
A: Actiepunten: scrubbing standaard, draaiboek website-uitval, tekst voor klantcontact klaar hebben {4}
D: Ik stuur het verslag naar de directie {4}
""",
        20,
    ),
    Chat(
        "MT bedrijfsvoering",
        "bedrijfsvoering",
        "2025-01-09 07:45",
        ["Harm Kuipers", "Ingrid Smeets", "Dennis Kramer", "Wouter Pel"],
        """
A: Agenda MT: 1 regeling hybride werken, 2 huisvesting, 3 verkenning Westerveld {6,8}
B: Hybride: voorstel is 2 dagen thuis, 3 op kantoor, en 2 euro per thuiswerkdag {6}
D: De OR wil de vergoeding naar het Rijksniveau, 2,35 {6}
A: Dat kost 40k meer per jaar {6}
~
A: Westerveld: de gemeentesecretarissen willen een verkenning naar samenwerking op ICT, P&O en belastingen {8}
C: Ik zie kansen voor ICT, wij hebben hetzelfde zaaksysteem {8}
D: De OR moet hier vroeg bij, anders wordt het onrustig {8}
~ 2025-02-13
B: OR advies hybried werken binnen: positief, met 2,35 per dag en een bijdrage voor een bureaustoel {6}
A: Overnemen? {6}
B: Ja, het verschil is te klein om ruzie over te maken {6}
~
A: Wie gaat naar de VNG-dag?
C: Ik
~ 2025-03-20
A: DDoS-aanval 17 maart: voortaan standaard scrubbing, 4.800 per jaar. Akkoord? {4}
B: Akkoord {4}
~ 2025-04-10
A: Offerte verkenning Westerveld: bureau Berenschot-achtig, 48.500 excl btw, 50/50 verdeeld {8}
C: Duur voor een rapport {8}
D: Met interviews en een bijeenkomst voor personeel. Vinden de secretarissen het waard {8}
~ 2025-05-22
B: Verbouwing stadhuis: 1e en 2e verdieping worden flexplekken, bouw van juli tot september {6}
C: Waar zitten we dan? {6}
B: Tijdelijk in de oude bieb en meer thuis {6}
~ 2025-10-02
A: Rapport Westerveld is binnen. Advies: alleen ICT en belastingen samen, geen fusie van organisaties {8}
D: OR is opgelucht {8}
A: Raad krijgt het in november {8}
""",
        130,
    ),
    Chat(
        "Ondernemingsraad",
        "bedrijfsvoering",
        "2025-01-20 12:00",
        ["Petra Visscher", "Koen Schouten", "Mirjam Kok"],
        """
A: Adviesaanvraag hybride werken ontvangen. Termijn 6 weken {6}
B: Wat vinden de collega's? Peiling? {6}
C: Ik zet een enquête uit. Vooral thuiswerkvergoeding en het aantal flexplekken {6}
~
C: 214 reacties. 71% wil minstens 2 dagen thuis. Flexplekken: zorgen over geen vaste plek voor mensen met een beperking {6}
A: Vaste plekken voor wie het nodig heeft, dat zetten we in het advies {6}
B: En 2,35 per dag {6}
~
A: Bestuurder wil de OR spreken over Westerveld. Ze noemen het een "verkenning" {8}
B: Zo begint het altijd 😉 {8}
C: Wij willen een stem in de opdracht aan het bureau {8}
~ 2025-04-22
A: Gesprek gehad. OR mag 2 mensen in de begeleidingsgroep van de verkenning {8}
B: Ik en Mirjam? {8}
C: Prima {8}
~
A: Jaarverslag OR moet af
B: Ik schrijf een stuk
~ 2025-10-06
C: Conclusie rapport: geen fusie, wel samenwerking ICT en belastingen. Goed nieuws voor de collega's {8}
A: We vragen een sociaal plan als er mensen overgaan naar een gezamenlijke dienst {8}
""",
        90,
    ),
    Chat(
        "Facilitaire zaken",
        "bedrijfsvoering",
        "2025-04-01 08:00",
        ["Wouter Pel", "Anja Timmer", "Rik Bosman"],
        """
A: Planning verbouwing: 7 juli begint de sloop van de kantoren op de 1e {6}
B: Waar blijven de archiefkasten? {6}
A: Naar de kelder. Flexplekken krijgen lockers, 160 stuks {6}
C: Reserveringssysteem voor werkplekken? {6}
A: Via de app, net als bij de provincie {6}
~
B: Koffieautomaat 3e verdieping kapot
A: Monteur komt dinsdag
~ 2025-09-29
A: Verbouwing klaar. Maandag open, 96 flexplekken, 8 belcellen, 4 stilteplekken {6}
B: En de vaste plekken voor collega's met een beperking? {6}
A: 6 stuks bij de lift {6}
""",
        40,
    ),
    Chat(
        "Thuiswerkvergoeding salaris",
        "bedrijfsvoering",
        "2025-03-03 10:00",
        ["Mirjam Kok", "Gert Huisman"],
        """
A: Gert, de thuiswerkvergoeding: gaat die in maart al mee met het salaris? {6}
B: Nee, april, met terugwerkende kracht {6}
A: Hoe weten jullie de dagen? {6}
B: Iedereen registreert in de planner, per maand automatisch {6}
A: Dank! {6}
""",
        12,
    ),
    Chat(
        "Team evenementen en APV-vergunningen",
        "veiligheid",
        "2025-01-07 09:00",
        ["Nathalie Koster", "Jan-Willem Prins", "Femke Stoel", "Ahmed Yilmaz"],
        """
A: Aanvragen eerste kwartaal: carnavalsoptocht Nijeveen, halve marathon, Paasvee-markt {7}
B: Ik pak de optocht, ken de club {7}
~
B: Aanvraag CV De Nieveense Knollen binnen. 8 maart, 14 uur, 22 wagens en 9 loopgroepen {7}
C: Route? {7}
B: Vanaf de sporthal via Dorpsstraat en Kerkweg terug, 2,3 km {7}
D: Keuring van de wagens? Vorig jaar was er een zonder geldig keuringsrapport {7}
B: Ik eis dit jaar van alle wagens een keuringsbewijs van de bond en een WA-verzekering {7}
~
A: Horecavergunning voor de tent bij de sporthal, gaat die via ons? {7}
B: Ja, ontheffing art 35 Alcoholwet {7}
~
C: Aanvraag speelautomatenhal aan de Hoofdstraat 44 is binnen via het loket. Exploitant Fortune Play BV {9}
A: Hebben wij daar ruimte voor in de verordening? {9}
C: Max 1 hal in de gemeente en die is er al aan de Stationsweg. Dit wordt een weigering, denk ik {9}
D: Bibob-toets toch doen? {9}
C: Bij een weigering op grond van het maximum hoeft dat niet, ik check bij juridisch {9}
~ 2025-02-25
B: Wagens gekeurd, 21 van 22 ok. Wagen van de Stoeplopers heeft geen goede reling bovenop, die moet 1 meter {7}
D: Zonder reling niet mee {7}
B: Ze maken hem deze week {7}
~ 2025-03-03
B: Vergunning optocht afgegeven. Verkeersregelaars: 14, EHBO: 2 posten {7}
~ 2025-03-10
B: Optocht: een meisje van 12 is van de wagen van de Stoeplopers gevallen, bij de bocht bij de kerk {7}
A: De wagen met die reling? {7}
B: Ja... reling stond er, maar ze klom eroverheen om snoep te gooien. Gebroken arm {7}
C: Politie heeft een verslag gemaakt {7}
A: Evaluatie met de club in april, en wat eisen we volgend jaar {7}
~
D: Wie heeft de sleutels van de dranghekken?
C: Werf
~ 2025-04-15
B: Evaluatie optocht gehad. Volgend jaar: geen kinderen onder 16 op het bovendek, begeleider per wagen {7}
A: Nemen we op in de voorschriften {7}
~ 2025-05-27
C: Besluit speelhal: geweigerd. Max aantal is bereikt, en de Hoofdstraat is kernwinkelgebied {9}
D: Bezwaar verwacht? {9}
C: Jazeker. Hun advocaat belde al {9}
~ 2025-09-15
C: Bezwaarcommissie speelhal: bezwaar ongegrond 👍 {9}
""",
        150,
    ),
    Chat(
        "Optocht Nijeveen 2025",
        "veiligheid",
        "2025-01-21 19:30",
        ["Jan-Willem Prins", "Wim Lubbers", "Klaas Hofman"],
        """
B: Hallo Jan-Willem, Wim hier, voorzitter van de Knollen. Aanvraag carnavals optocht is verstuurd {7}
A: Ontvangen. Ik mis nog de verzekeringspolis en de lijst met wagens {7}
B: Komt deze week {7}
~
C: Lijst met 22 wagens in de bijlage. Keuring op 22 februari in de schuur van Hofman {7}
A: Ik kom zelf kijken, met de brandweer {7}
~
A: Gekeurd. 1 wagen moet een hogere reling, anders mag hij niet rijden {7}
B: Stoeplopers, ik bel ze {7}
~ 2025-03-08
B: Alles klaar. Mooi weer 🎉 {7}
C: Er is iemand gevallen bij de kerk, ambulance is er {7}
A: Ik kom eraan. Optocht stilleggen? {7}
C: Stilgelegd, na 20 min weer verder {7}
~
B: Het meisje heeft haar arm gebroken. Ouders zijn boos op ons, wij zijn er kapot van {7}
A: Sterkte. We praten in april over wat we anders doen {7}
""",
        40,
    ),
    Chat(
        "Dorpsbelangen Nijeveen",
        "samenleving",
        "2025-02-04 20:00",
        ["Trijntje Vos", "Martin de Groot"],
        """
A: Martin, bewoners van de Kerkweg vragen of ze tijdens de optocht hun auto kunnen wegzetten {7}
B: Parkeren bij de sporthal mag niet, daar start het. Het schoolplein kan {7}
A: En de bus? {7}
B: Rijdt om via de Bisschopsweg, 13-18 uur {7}
~
A: Bedankt voor de snelle hulp bij het ongeluk zaterdag. Veel mensen geschrokken {7}
B: Zeker. Wij evalueren met de Knollen {7}
~
A: Nog iets anders: de bankjes bij de dorpsvijver zijn stuk
B: Ik meld het
""",
        24,
    ),
    Chat(
        "Griffie en raadsvragen",
        "bestuur",
        "2025-01-14 09:00",
        ["Marieke Hof", "Peter Stam", "Annemarie Wever"],
        """
A: Schriftelijke vragen van de PvdA over de verkenning met Westerveld: "wat kost het en wie bepaalt de uitkomst?" {8}
B: Antwoord binnen 30 dagen. Wie schrijft? {8}
A: Concernstaf {8}
~
C: Raadsvragen over campers op het Stadsweiland van de VVD {3}
A: Naar team handhaving {3}
~
B: Agenda commissie maart: speelautomatenhal? Er is een motie aangekondigd {9}
A: Motie van de CU: "geen nieuwe speelhallen in de binnenstad" {9}
~ 2025-03-27
A: Motie speelhallen aangenomen, 17 tegen 8 {9}
~ 2025-05-15
C: Antwoord Westerveld: kosten verkenning 48.500 gedeeld, uitkomst bepaald door beide raden {8}
B: Verstuurd {8}
~ 2025-09-30
C: Motie GroenLinks over gratis menstruatieproducten in alle openbare gebouwen {11}
A: Eerst de evaluatie van de proef afwachten, zegt de wethouder {11}
~ 2025-11-20
B: Raadsinformatiebijeenkomst over het rapport Westerveld, 40 min {8}
A: Presentatie door het bureau? {8}
B: Ja, met beide secretarissen {8}
~
A: Catering voor de begrotingsraad regelen
C: Doe ik
""",
        90,
    ),
    Chat(
        "Secretarissen Meppel Westerveld",
        "bestuur",
        "2025-02-03 08:00",
        ["Ingrid Smeets", "Gerard Blok"],
        """
A: Gerard, concept-opdracht verkenning samenwerking Westervel gestuurd. Wat vind jij? {8}
B: Goed. Wel belastingen toevoegen, daar kunnen we echt winst halen {8}
A: Toegevoegd. Bureau kiezen via 3 offertes? {8}
B: Ja. Ik wil er 1 uit het noorden bij {8}
~
A: Offertes: 48.500, 61.000, 39.000. De goedkope doet geen personeelssessies {8}
B: Dan de middelste... nee de eerste, die is het meest compleet {8}
A: Eens. 50/50? {8}
B: 👍 {8}
~ 2025-09-25
B: Concept rapport gelezen. Geen fusie, dat is wat de colleges ook willen {8}
A: Ik stuur het naar onze OR voor we het publiceren {8}
""",
        30,
    ),
    Chat(
        "Besluitvorming samenwerking Westerveld",
        "bestuur",
        "2025-10-08 14:00",
        ["Ingrid Smeets", "Jeroen Veenstra", "Marieke Hof"],
        """
A: Collegevoorstel samenwerking Westerveld staat op 21 oktober. Advies: ICT en belastingen, voorbereiding in 2026 {8}
B: Burgemeester vraagt naar de kosten van de volgende stap {8}
A: 150k eenmalig per gemeente voor de inrichting, daarna een besparing van 200k per jaar {8}
C: Raad kan wensen en bedenkingen geven, dec vergadering {8}
~ 2025-12-11
C: Raad heeft geen bedenkingen, 1 amendement over jaarlijkse rapportage {8}
A: Mooi. Dan start de kwartiermaker in februari {8}
""",
        16,
    ),
    Chat(
        "Speelhal Hoofdstraat",
        "veiligheid",
        "2025-02-11 11:00",
        ["Femke Stoel", "Robin Wessels", "Nathalie Koster"],
        """
A: Robin, ken jij Fortune Play? Ze willen een speelhal op Hoofdstraat 44 {9}
B: Ze hebben er 5 in Overijssel. Niks geks bij de Kansspelautoriteit {9}
C: Ons beleid: maximaal 1 speelautomatenhal. Weigeren {9}
A: Ze zeggen dat de hal aan de Stationsweg een "amusementscentrum" is en niet meetelt {9}
B: Het is gewoon een hal met 40 kasten {9}
~
A: Ondernemersvereniging is tegen, brief ontvangen {9}
C: En bewoners van de bovenwoningen ook. Bang voor nachtlawaai {9}
~
A: Besluit is verstuurd. Weigering {9}
""",
        30,
    ),
    Chat(
        "Centrummanagement",
        "samenleving",
        "2025-02-12 09:00",
        ["Ronald Huizinga", "Esmee Tol", "Femke Stoel"],
        """
A: Hebben jullie gehoord dat er een gokhal in de oude schoenwinkel op de Hoofdstraat wil? {9}
B: Ja, verschrikkelijk voor het winkelbeeld. Donkere ramen {9}
C: De aanvraag ligt bij ons, ik kan niks over de inhoud zeggen. Jullie kunnen een zienswijze sturen {9}
A: Doen we. Met de handtekeningen van de winkeliers {9}
~
B: Sinterklaasintocht overleg staat op 3 oktober
A: Noted
~
A: Brief met 34 ondernemers verstuurd tegen de casino-plannen {9}
C: Ontvangen, komt in het dossier {9}
""",
        40,
    ),
    Chat(
        "Bezwaar Fortune Play",
        "bestuur",
        "2025-06-20 10:00",
        ["Marco Lenters", "Femke Stoel"],
        """
A: Femke, het bezwaarschrift tegen de weigering van de speelautomatehal is binnen. Zij vinden het maximum in de verordening strijdig met de Dienstenrichtlijn {9}
B: Dat argument is al eens getoetst door de Raad van State {9}
A: Zitting 2 september. Kun jij het verweer schrijven? {9}
B: Ja {9}
~
A: Advies commissie: ongegrond. Besluit op bezwaar volgt {9}
""",
        14,
    ),
    Chat(
        "Sociaal team en armoedebeleid",
        "samenleving",
        "2025-01-10 09:00",
        ["Saskia Meester", "Bart Rozema", "Naima Amrani", "Wilma Geerts"],
        """
A: Morgen. Aanvragen meedoenregeling lopen hard, 40 deze week
B: Mooi
~
C: Wethouder wil een proef met gratis menstruatieproducten. 1 op de 10 meiden kan ze niet altijd betalen {11}
D: Net als in Groningen? Automaatjes op de wc's van scholen? {11}
C: Ja, of gewoon een mandje. Scholen, bieb, wijkcentra {11}
A: Budget? {11}
C: 25.000 voor een jaar {11}
~
B: Kan iemand de kledingbank bellen over de winterjassen?
D: Ik
~ 2025-04-14
C: Offertes voor de producten: Hey Girls en een groothandel. Hey Girls is duurzamer, groothandel 30% goedkoper {11}
A: Wat zegt inkoop? {11}
C: Onder de drempel, mogen we enkelvoudig gunnen {11}
D: Dan duurzaam, ook tampons zonder plastic {11}
~
B: Schuldhulpmaatje zoekt nieuwe vrijwilligers
~ 2025-06-05
C: 3 scholen doen mee: CSG Dingstede, Stad & Esch en het Menso Alting. Plus bieb en 2 wijkcentra {11}
D: En het sportcomplex? {11}
C: Beheerder wil niet, "dan is het binnen een dag leeg" 🙄 {11}
~ 2025-09-02
C: Uitgiftepunten staan. Op school bij de conciërge en in de meisjes-wc's {11}
A: Hoe weten we of het werkt? {11}
C: Telling van wat weggaat, plus een korte enquête via de mentoren {11}
~ 2025-12-09
C: Tussenstand: 4.600 stuks in 3 maanden. Dingstede bijna 2x zoveel als verwacht {11}
B: Budget halen we? {11}
C: Net, 19.800 uitgegeven. Evaluatie in maart {11}
~
A: Kerstpakketten voor de voedselbank, wie helpt zaterdag?
B: Ik
""",
        150,
    ),
    Chat(
        "Proef menstruatie scholen",
        "onderwijs",
        "2025-05-19 13:00",
        ["Naima Amrani", "Ria Sterk", "Tom Weening"],
        """
A: Welkom! Ria (Dingstede) en Tom (Stad & Esch), fijn dat jullie meedoen met de proef menstuatieproducten {11}
B: Waar komen de spullen? Bij ons op de wc's? {11}
A: Mag jullie keuze. Sommige scholen doen liever de conciërge, dan blijft het bij vragen 🙈 {11}
C: Wij doen allebei: kastje in de wc en voorraad bij de conciërge {11}
~
B: De dozen zijn binnen. 12 dozen maandverband en inlegkruisjes, 6 met tampons {11}
A: Aanvullen kan elke maand, mail mij {11}
~
C: Na 3 weken: het kastje op de 1e verdieping is elke dag leeg. Ook jongens pakken het voor de grap 😑 {11}
A: Eerlijk gezegd hoort dat erbij. Melden in de enquête {11}
~
B: Mag ik de poster met de tekst ophangen die we kregen? "Ongesteld? Pak wat je nodig hebt" {11}
A: Ja, graag! {11}
B: PHOTO "Ongesteld? Pak wat je nodig hebt. Gratis, voor iedereen." {11}
B: Hangt 👍 {11}
""",
        40,
    ),
    Chat(
        "Bibliotheek uitgiftepunt",
        "samenleving",
        "2025-08-25 10:00",
        ["Naima Amrani", "Gonnie Zuidema"],
        """
B: Naima, de doos met menstruatiespullen is er. Waar wil je het hebben? {11}
A: Bij de toiletten beneden, in het kastje met het logo {11}
B: Komt goed. Ook een bordje erbij? {11}
A: Ja, die komt volgende week {11}
~
B: In 1 week 140 stuks weg 😮 {11}
A: Mooi dat het gebruikt wordt. Ik stuur een nieuwe voorraad {11}
""",
        12,
    ),
    Chat(
        "Inkoop sociaal domein",
        "bedrijfsvoering",
        "2025-04-15 11:30",
        ["Bert Klein", "Naima Amrani"],
        """
B: Bert, mag ik de bestelling voor de proef bij Hey Girls plaatsen? 14.900 voor het jaar {11}
A: Onder de 50k, enkelvoudig. Wel een offerte in het dossier en een check of ze geen schulden bij de belastingdienst hebben {11}
B: Offerte staat in de zaak {11}
A: Akkoord, bestel maar {11}
""",
        12,
    ),
    Chat(
        "Jongerenraad",
        "samenleving",
        "2025-03-18 18:00",
        ["Yara de Haan", "Saskia Meester"],
        """
A: Saskia, de jongerenraad wil iets zeggen over de proef met menstruatieproducten {11}
B: Graag! Wat vinden jullie? {11}
A: Niet alleen maandverband, ook tampons en cups. En niet bij de conciërge, dat is genant {11}
B: Ik neem het mee. We laten de scholen kiezen maar ik adviseer de wc's {11}
~
A: Evaluatie: mogen wij de enquête mee maken? {11}
B: Goed idee, ik stuur de vragen {11}
""",
        14,
    ),
    Chat(
        "Klantcontact na storing",
        "dienstverlening",
        "2025-03-18 08:30",
        ["Monique Lubbers", "Sandra Veen"],
        """
A: Gisteren 412 telefoontjes, vandaag weer 180 mensen die hun afspraak wilden maken 😓 {4}
B: Extra spreekuur zaterdag? {4}
A: Goed idee. Paspoorten en rijbewijzen {4}
B: Op de site zetten {4}
~
A: Mevrouw aan de balie vraagt of haar gegevens gestolen zijn door die hackers {4}
B: Nee, het was een overbelasting, geen inbraak. Zeg dat maar {4}
""",
        16,
    ),
    Chat(
        "Drone vervolg",
        "veiligheid",
        "2025-08-12 09:30",
        ["Ruud Wolters", "Iris de Wit"],
        """
A: Iris, 2e ronde luchtfoto's in september? Nu Rogat en Broekhuizen {1}
B: Eerst de zaken van maart afronden. Chalet in De Schiphorst heeft bezwaar gemaakt tegen de last {1}
A: Waarop? {1}
B: Dat het bewijs onrechtmatig is verkregen met de drone {1}
A: Juridisch zegt: DPIA, doel beperkt, geen personen in beeld. Houdt stand {1}
~
B: Bezwaar ongegrond verklaard 👍 Chalet moet weg voor 1 maart {1}
A: Dan plannen we de vlucht boven Rogat in oktober {1}
""",
        18,
    ),
    Chat(
        "NK Tegelwippen",
        "ruimte",
        "2025-03-20 12:00",
        ["Ellen Boer", "Lotte Vermeer", "Anton Smit"],
        """
A: Tussenstand NK: we staan 6e in onze klasse met 3.400. Zwolle doet niet mee in onze klasse, Hoogeveen wel en die staat 3e 😤 {10}
B: Wedstrijdje met Hoogeveen op social? {10}
A: Ja! En de wethouder die zelf een tegel wipt {10}
C: Wij zetten de tegeltaxi voor het stadhuis {10}
~
B: Filmpje is 12.000 keer bekeken {10}
A: Zie je, vandaag 60 nieuwe aanmeldingen voor de taxi {10}
~
A: Uitslag: 4e, Hoogeveen 5e 😎 {10}
C: Dan wil ik een taart voor de buitendienst {10}
B: Geregeld {10}
""",
        26,
    ),
    Chat(
        "Tegels school De Kameleon",
        "onderwijs",
        "2025-04-02 10:00",
        ["Lars Post", "Hilde Greven"],
        """
B: Wij willen met de kinderen het schoolplein deels vergroenen, 200 tegels eruit. Telt dat mee voor het tegelwippen? {10}
A: Jazeker, en de tegeltaxi haalt ze op {10}
B: Welke dag? {10}
A: Zaterdag 12 april, met de ouders {10}
~
B: 312 tegels! 🌱 {10}
A: Geweldig, ik geef het door voor de telling {10}
""",
        14,
    ),
    Chat(
        "Campers jachthaven",
        "samenleving",
        "2025-07-08 14:00",
        ["Joost van Dam", "Rinus Westra"],
        """
B: Joost, als de gemeente de camperplaats bij de haven wil, ik heb ruimte voor 12 campers naast de botenloods {3}
A: Mooi. Sanitair en stroom? {3}
B: Sanitair ja. Stroom moet erbij {3}
A: Huur of exploitatie door jou? {3}
B: Ik exploiteer, 15 euro per nacht, jullie leggen aan {3}
A: Neem ik mee naar de wethouder {3}
~ 2025-10-22
A: College akkoord! Overeenkomst volgt {3}
B: Top, dan in april open {3}
""",
        14,
    ),
    Chat(
        "Nazorg Oevers",
        "veiligheid",
        "2025-06-02 09:00",
        ["Sanne Bakker", "Robin Wessels"],
        """
A: Robin, de RIEC wil een bestuurlijke rapportage over de controle op Oevers {5}
B: Wat zit erin? {5}
A: Overtredingen per adres, wat we hebben gedaan, en 2 signalen over mensenhandel {5}
B: Die signalen gaan naar de politie, niet in de rapportage {5}
A: Klopt. Ik haal ze eruit {5}
~
A: Volgende controle op Oevers in het voorjaar van 2026, misschien ook Blankenstein {5}
""",
        12,
    ),
    Chat(
        "Flexplekken team",
        "bedrijfsvoering",
        "2025-09-30 08:00",
        ["Jolanda Brink", "Stefan Roelofs", "Ilse Berg"],
        """
A: Eerste dag op de nieuwe verdieping. Geen plek meer om 9 uur 😬 {6}
B: Reserveren in de app kan tot 8 uur 's ochtends {6}
C: Ik ga woensdag thuiswerken, dan is het rustiger {6}
~
A: Waar zijn onze postvakjes gebleven?
B: Naast de lockers
""",
        30,
    ),
    Chat(
        "Uitzendbureau huisvesting Hulstweg",
        "veiligheid",
        "2025-05-15 09:00",
        ["Sanne Bakker", "Dirk Lammers"],
        """
B: Goedemorgen, Dirk van FlexWork. Over de mensen die in het pand aan de Hulstweg sliepen {5}
A: Ze mogen daar niet wonen, het pand is gesloten door de brandweer {5}
B: Dat weten we. We hebben ze in Staphorst geplaatst. Krijgen wij ook een boete? {5}
A: De last is gericht aan de eigenaar van het pand. Maar u bent verantwoordelijk voor goede huisvesting, SNF-keurmerk {5}
B: Begrepen. Het gaat niet meer gebeuren {5}
~
A: PHOTO "GESLOTEN op last van de burgemeester - betreden verboden" {5}
A: Zegel hangt, ter info {5}
""",
        14,
    ),
    Chat(
        "Belastingdienst terugkoppeling",
        "veiligheid",
        "2025-06-18 11:00",
        ["Sanne Bakker", "Anouk Dam"],
        """
B: Terugkoppeling van 13 mei: bij de autospuiterij een naheffing omzetbelasting, bedrag kan ik niet delen {5}
A: Snap ik. Voor ons is het genoeg dat het loopt {5}
B: Volgend jaar weer meedoen? {5}
A: Zeker, voorjaar 2026 {5}
""",
        12,
    ),
    Chat(
        "EHBO carnaval Nijeveen",
        "veiligheid",
        "2025-02-26 19:00",
        ["Jan-Willem Prins", "Greet Bouma"],
        """
B: Wij staan met 2 posten bij de optocht, bij de sporthal en bij de kerk {7}
A: Mooi. Verkeersregelaars hebben jullie nummer {7}
~ 2025-03-08
B: AUDIO {7}
B: Ingesproken voor de zekerheid: meisje gevallen van een wagen, arm gespalkt, ambulance gebeld om 15.42 {7}
A: Dank je, ik zet het in het verslag {7}
""",
        12,
    ),
    Chat(
        "Verzekering ongeval optocht",
        "bestuur",
        "2025-04-03 10:00",
        ["Marco Lenters", "Jan-Willem Prins"],
        """
A: De ouders van het meisje dat bij de optocht viel stellen de gemeente aansprakelijk {7}
B: Wij hebben de vergunning gegeven, de organisatie is verantwoordelijk. De wagen was gekeurd {7}
A: Dan wijzen we af en verwijzen naar de WA van de vereniging {7}
B: De polis zit in het dossier {7}
""",
        12,
    ),
    Chat(
        "Personeelsbijeenkomst Westerveld",
        "bedrijfsvoering",
        "2025-06-10 10:00",
        ["Koen Schouten", "Anja Timmer"],
        """
B: Bijeenkomst voor het personeel over de samenwerking met Westerveld, 26 juni in de raadzaal. 120 aanmeldingen {8}
A: Ook online? {8}
B: Ja, livestream voor de buitendienst {8}
~
A: Veel vragen over "moet ik dan naar Diever werken?" 😅 {8}
B: Antwoord van het bureau: er wordt nog niks besloten, eerst het rapport {8}
""",
        12,
    ),
    Chat(
        "Camperbord",
        "ruimte",
        "2025-11-03 08:00",
        ["Linda Kuiper", "Anton Smit"],
        """
A: Anton, borden voor de parkeerterreinen klaar? Vanaf april geen campers meer 's nachts {3}
B: PHOTO "Stadsweiland: geen campers van 22.00 tot 07.00 uur - camperplaats Jachthaven" {3}
B: Zo? {3}
A: Perfect. Plaatsen in maart {3}
""",
        12,
    ),
    Chat(
        "Koningsdag dronesshow",
        "veiligheid",
        "2025-03-04 10:00",
        ["Nathalie Koster", "Ahmed Yilmaz"],
        """
A: Oranjevereniging wil een droneshow boven de Stadsgracht op Koningsavond, 150 drones
B: Luchtruim: ontheffing ILT nodig, niet van ons. Wij alleen evenementenvergunning
A: En de vogels in het park?
B: Ecoloog zegt: na zonsondergang, max 15 min
""",
        14,
    ),
    Chat(
        "Toren Mariakerk inspectie",
        "ruimte",
        "2025-05-06 09:00",
        ["Hendrik Zwart", "Jaap Bosch"],
        """
B: We laten de toren van de Mariakerk inspecteren met een drone, het voegwerk boven de klokken
A: Melding bij de buren aan de Kerkplein?
B: Ja, briefje gaat vandaag rond
~
B: Beelden binnen. Voegen op 40 m vrij slecht, advies restauratie in 2027
A: Ik zet het in het MJOP
""",
        16,
    ),
    Chat(
        "Trouwen in de Mariakerk",
        "dienstverlening",
        "2025-06-11 11:00",
        ["Jolien Post", "Marco Vink"],
        """
B: Kunnen wij trouwen in de kerk als trouwlocatie? Met een babs van de gemeente
A: Ja, de Mariakerk is een vaste trouwlocatie. Zaterdag 23 augustus is nog vrij
B: Super. Hoeveel gasten mogen er in?
A: 250 zittend
""",
        12,
    ),
    Chat(
        "Vakantie met de camper",
        "bedrijfsvoering",
        "2025-07-18 16:00",
        ["Iris de Wit", "Gerrit Hoekstra"],
        """
A: Laatste dag! Morgen met de camper naar Noorwegen 🚐
B: Geniet ervan. Waar overnacht je?
A: Op campings, en een paar nachten vrij kamperen, dat mag daar
B: Neem foto's mee 😊
""",
        12,
    ),
    Chat(
        "Toeristenbelasting campings",
        "bedrijfsvoering",
        "2025-02-04 10:00",
        ["Gert Huisman", "Nicole Brink"],
        """
A: Aangiftes toeristenbelasting 2024 van de campings zijn bijna compleet. 2 missen nog
B: Het Wold en De Reestkampen?
A: Ja. Herinnering gestuurd
B: Aanslag ambtshalve als ze niet reageren
""",
        14,
    ),
    Chat(
        "Nieuwe website livegang",
        "dienstverlening",
        "2025-09-08 09:00",
        ["Lotte Vermeer", "Dennis Kramer", "Sandra Veen"],
        """
A: Nieuwe website gaat 6 oktober live, nieuw CMS
B: DigiD-koppeling moet opnieuw getest, pentest in september
C: Teksten van burgerzaken zijn nog niet B1
A: Die doe ik deze week
~
B: Pentest gedaan, 2 bevindingen middel. Opgelost
A: Livegang ging goed 🎉
""",
        30,
    ),
    Chat(
        "ENSIA audit",
        "bedrijfsvoering",
        "2025-06-16 10:00",
        ["Femke Brouwer", "Dennis Kramer"],
        """
A: Dennis, ENSIA-zelfevaluatie voor DigiD en Suwinet moet voor 1 juli
B: Ik heb de normen voor de DigiD-webapplicatie bijna af
A: Auditor komt 8 juli
B: Ok
""",
        12,
    ),
    Chat(
        "Brandveiligheid scholen",
        "veiligheid",
        "2025-09-22 08:00",
        ["Erwin Hulst", "Tessa Roos"],
        """
A: Controle brandveiligheid bij de 4 basisscholen in Koedijkslanden deze week
B: Vooral de vluchtroutes en de nooduitgangen
A: Bij De Kameleon stond een nooduitgang achter een kast, opgelost
""",
        14,
    ),
    Chat(
        "Brandkranen Oevers",
        "veiligheid",
        "2025-10-14 09:30",
        ["Erwin Hulst", "Anton Smit"],
        """
A: Anton, de jaarlijkse controle van de brandkranen op bedrijventerrein Oevers, kunnen jullie de putdeksels vrijmaken?
B: Welke week?
A: Week 44
B: Komt goed
""",
        12,
    ),
    Chat(
        "Hybride warmtepomp stadhuis",
        "bedrijfsvoering",
        "2025-02-26 13:00",
        ["Wouter Pel", "Sjoerd Meijer"],
        """
B: Offerte hybride warmtepomp voor de stadskantoor-vleugel: 68.000
A: Terugverdientijd?
B: 9 jaar, met ISDE-subsidie 7
A: Neem ik mee in het meerjarenonderhoudsplan
""",
        12,
    ),
    Chat(
        "Ziek thuis",
        "bedrijfsvoering",
        "2025-04-07 08:10",
        ["Stefan Roelofs", "Jolanda Brink"],
        """
A: Morning, ik ben ziek, griep. Ik werk vandaag niet thuis
B: Beterschap! Ik zeg de afspraak van 10 uur af
A: Dank
""",
        12,
    ),
    Chat(
        "Sint Maarten lampionnenoptocht",
        "samenleving",
        "2025-10-20 10:00",
        ["Femke Stoel", "Hennie Oosting"],
        """
B: Wij willen met de wijkvereniging een lampionnenoptocht houden op 11 november, door de wijk Ezinge
A: Geen vergunning nodig onder 250 deelnemers, wel een melding
B: Doe ik
A: Let op: geen open vuur in de lampionnen 😉
""",
        12,
    ),
    Chat(
        "Carnaval op school",
        "onderwijs",
        "2025-02-28 15:00",
        ["Hilde Greven", "Lars Post"],
        """
A: Vrijdag verkleedfeest op school, de kinderen lopen een rondje om de school
B: Leuk! Geen afsluiting nodig?
A: Nee, alleen het schoolplein en de stoep
""",
        12,
    ),
    Chat(
        "Veiligheidsregio samenwerking",
        "veiligheid",
        "2025-05-13 14:00",
        ["Mark de Boer", "Erwin Hulst"],
        """
A: Brandweerpost Havelte (Westerveld) en Meppel gaan samen oefenen in juni
B: Welk scenario?
A: Brand in een stal, met dieren
B: Ik regel de locatie bij een boer in Rogat
""",
        12,
    ),
    Chat(
        "Fietsroute Reestdal",
        "ruimte",
        "2025-03-25 11:00",
        ["Linda Kuiper", "Joost van Dam"],
        """
A: Nieuwe toeristische fietsroute door het Reestdal, samen met Westerveld en De Wolden
B: Wie betaalt de bordjes?
A: Recreatieschap Drenthe, wij alleen het onderhoud op ons grondgebied
""",
        12,
    ),
    Chat(
        "Speeltuin Wilhelminapark",
        "ruimte",
        "2025-04-23 09:00",
        ["Anton Smit", "Ellen Boer"],
        """
B: De wip in de speeltuin van het Wilhelminapark is afgekeurd door de inspecteur
A: Vervangen of weghalen?
B: Vervangen, budget speelvoorzieningen
A: Levertijd 8 weken
""",
        12,
    ),
    Chat(
        "Personeelsfeest casino-avond",
        "bedrijfsvoering",
        "2025-11-05 12:00",
        ["Anja Timmer", "Petra Visscher"],
        """
A: Thema personeelsfeest: casino-avond! Met roulette en black jack, nep geld natuurlijk
B: Haha leuk. Dresscode?
A: Smoking of gala, mag ook gewoon
B: Ik ben erbij
""",
        14,
    ),
    Chat(
        "Losse stoeptegels Zuideinde",
        "ruimte",
        "2025-05-19 08:30",
        ["Wendy Postma", "Anton Smit"],
        """
A: Melding: losliggende stoeptegels voor Zuideinde 61, een oudere mevrouw is gestruikeld
B: Vandaag nog gezet, plus een bordje
A: Ze wil schade claimen
B: Aansprakelijkheid, formulier sturen
""",
        12,
    ),
    Chat(
        "Hal stadhuis vloer",
        "bedrijfsvoering",
        "2025-08-04 10:00",
        ["Wouter Pel", "Sjoerd Meijer"],
        """
B: De tegels in de hal van het stadhuis zijn gescheurd, waarschijnlijk door de vorst van vorige winter
A: Garantie bij de leverancier?
B: Hij zegt dat het aan het gebruik ligt. Foto's van de oplevering?
A: Die heb ik, stuur ik
""",
        12,
    ),
    Chat(
        "Voedselbank hygiëne",
        "samenleving",
        "2025-10-01 14:00",
        ["Wilma Geerts", "Jenny Bos"],
        """
B: Voedselbank krijgt te weinig tandpasta en shampoo binnen. Kan de gemeente helpen?
A: Niet structureel. Wel een actie met de supermarkten in december
B: Dank je
""",
        12,
    ),
    Chat(
        "Jaarrekening 2024",
        "bedrijfsvoering",
        "2025-03-10 09:00",
        ["Ingrid Smeets", "Gert Huisman", "Bert Klein"],
        """
B: Accountant komt 24 maart. Alle dossiers moeten er staan
C: Inkoop is klaar
A: Afwijking grondbedrijf nog uitleggen
B: Doe ik voor vrijdag
~
B: Goedkeurende verklaring 🎉
""",
        20,
    ),
    Chat(
        "Snoeiploeg",
        "ruimte",
        "2025-11-10 07:00",
        ["Anton Smit", "Lars Post", "Henk de Jong"],
        """
A: Vandaag Ezinge snoeien, morgen Koedijkslanden
B: Hoogwerker is besteld
C: Ik neem de versnipperaar mee
~
A: Regen morgen, dan schuiven we
""",
        20,
    ),
)
