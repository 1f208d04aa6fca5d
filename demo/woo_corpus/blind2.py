"""The SECOND BLIND relevance set (issue 17, round 2): new chats, requests and judgements.

Written as a Woo officer would, after the first blind set had been looked at and BEFORE any
tuning of round 2; measured on main first, then once more after tuning. Never used for tuning.
Same syntax as blind.py: `{n}` after a line marks the requests it is relevant to, `~` starts the
next day, `PHOTO "text"` is a photo with painted text, `AUDIO` a voice note. Generated filler is
relevant to nothing. Names, places and numbers are made up.

Judging rule (as the first set): a message is relevant when a Woo officer would have to include
it to cover the request, also when it does not repeat the subject ("klopt, morgen klaar").
"""

from .build import Chat, Request

REQUESTS = (
    Request(
        1,
        "Herinrichting van de Prinsengracht (2024): planning, bouwoverlast en klachten van "
        "ondernemers, nadeelcompensatie.",
        ("herinrichting prinsengracht", "bouwoverlast ondernemers", "nadeelcompensatie"),
    ),
    Request(
        2,
        "Het datalek bij Burgerzaken: een e-mail met BSN's naar de verkeerde ontvanger (maart "
        "2024), melding aan de AP en de afhandeling.",
        ("datalek burgerzaken", "BSN verkeerde ontvanger", "melding autoriteit persoonsgegevens"),
    ),
    Request(
        3,
        "Incidenten en schade tijdens de jaarwisseling 2023-2024, en het vuurwerkverbod.",
        ("jaarwisseling incidenten", "vuurwerkverbod", "oud en nieuw schade"),
    ),
    Request(
        4,
        "Vervanging van het kunstgrasveld op sportpark Ezinge: rubbergranulaat, kosten, planning.",
        ("kunstgrasveld ezinge", "rubbergranulaat", "kunstgras vervanging kosten"),
    ),
    Request(
        5,
        "Blauwalg in de Reestplas en het zwemverbod in de zomer van 2024.",
        ("blauwalg reestplas", "zwemverbod", "zwemwater kwaliteit"),
    ),
    Request(
        6,
        "Aanschaf van elektrische vuilniswagens voor de afvalinzameling (besluit, leverancier, "
        "subsidie).",
        ("elektrische vuilniswagens", "inzamelvoertuigen aanschaf", "vuilniswagen subsidie"),
    ),
    Request(
        7,
        "Het conflict met de gemeente Staphorst over de kosten van de gezamenlijke brandweerkazerne.",
        ("brandweerkazerne staphorst", "kazerne kosten verdeling", "brandweer conflict"),
    ),
    Request(
        8,
        "Overlast van hangjongeren bij winkelcentrum Koedijkslanden en het cameratoezicht.",
        ("hangjongeren koedijkslanden", "cameratoezicht winkelcentrum", "overlast jongeren"),
    ),
)

CHATS = (
    Chat(
        "Prinsengracht uitvoering",
        "openbare_ruimte",
        "2024-02-05 07:45",
        ["Kees Hoekstra", "Pieter Bakker", "Sanne de Boer"],
        """
A: Vandaag start de aannemer aan de Prinsengracht, eerste fase tot de Kerkbrug {1}
B: Is de omleiding voor de bevoorrading geregeld? {1}
A: Laden en lossen via de Kleine Oever tussen 7 en 11 {1}
C: De bakker op de hoek belt, hij kan zijn deur niet meer bereiken {1}
A: Loopplanken leggen, vandaag nog {1}
~
B: Riolering blijkt slechter dan gedacht, twee weken vertraging {1}
A: Dat wordt lastig uitleggen aan de winkeliers {1}
C: Ik zet het in de nieuwsbrief voor de binnenstad {1}
B: Bestrating fase 1 klaar, kolken zitten erin {1}
""",
    ),
    Chat(
        "Ondernemers binnenstad",
        "bedrijfsvoering",
        "2024-03-11 10:00",
        ["Mila de Vries", "Jan Jansen"],
        """
A: De ondernemersvereniging vraagt om een tegemoetkoming voor omzetverlies door de werkzaamheden {1}
B: Daar hebben we de regeling nadeelcompensatie voor {1}
A: Drie winkels zeggen 30 procent minder omzet sinds februari {1}
B: Dan moeten ze dat aantonen met jaarcijfers, het normaal maatschappelijk risico is 15 procent {1}
A: Ik stuur ze het aanvraagformulier {1}
~
B: Er zijn nu 5 aanvragen binnen {1}
A: Wethouder wil een snelle afhandeling, binnen 8 weken {1}
""",
    ),
    Chat(
        "Gracht terrassen zomer",
        "veiligheid",
        "2024-06-17 11:00",
        ["Fatima El Amrani", "Jan Jansen"],
        """
A: Terrasvergunning voor het café aan de gracht verlengd tot oktober
B: Met de uitbreiding op het water?
A: Nee, het ponton is niet toegestaan
B: Prima, ik laat het ze weten
""",
    ),
    Chat(
        "Datalek Burgerzaken",
        "bedrijfsvoering",
        "2024-03-20 15:10",
        ["Roel Visser", "Ingrid Mulder", "Sanne de Boer"],
        """
A: Er is een mail met een lijst van 212 BSN's naar een verkeerd adres gestuurd {2}
B: Intern of extern? {2}
A: Extern, een inwoner met dezelfde achternaam als de collega {2}
C: Binnen 72 uur melden bij de AP, ik start de melding {2}
B: Vraag de ontvanger de mail te verwijderen en dat schriftelijk te bevestigen {2}
A: Hij heeft gebeld, verwijderd, bevestiging volgt {2}
~
C: Melding is gedaan, kenmerk staat in het registratiesysteem {2}
B: Moeten de betrokkenen geïnformeerd worden? {2}
C: Hoog risico vanwege het BSN, dus ja, brief gaat volgende week {2}
A: PHOTO "INCIDENTMELDING DATALEK 2024-07" {2}
""",
    ),
    Chat(
        "FG overleg",
        "bestuur",
        "2024-03-27 09:00",
        ["Ingrid Mulder", "Roel Visser"],
        """
A: De FG wil een evaluatie van het incident bij Burgerzaken {2}
B: Welke maatregelen stellen we voor? {2}
A: Automatisch aanvullen van adressen in Outlook uitzetten en bestanden alleen via de beveiligde omgeving {2}
B: Akkoord, ik zet het in de MT-stukken {2}
A: En de privacytraining verplicht voor het team {2}
""",
    ),
    Chat(
        "Verhuizing archief",
        "bedrijfsvoering",
        "2024-04-02 13:00",
        ["Ingrid Mulder", "Jan Jansen"],
        """
A: De dozen van het papieren archief gaan naar de nieuwe ruimte in de kelder
B: Wanneer komt de verhuizer?
A: Donderdag, de burgerzaken-dossiers gaan als laatste
B: Ik zorg dat de sleutels klaarliggen
""",
    ),
    Chat(
        "Jaarwisseling",
        "veiligheid",
        "2023-12-31 21:00",
        ["Fatima El Amrani", "Pieter Bakker", "Roel Visser"],
        """
A: Eerste containerbrand aan de Oude Vaart {3}
B: Brandweer is ter plaatse {3}
C: Hoe is het in Koedijkslanden? {3}
A: Groep jongeren met zwaar vuurwerk bij het winkelcentrum, politie rijdt erheen {3}
~
B: Balans: 7 containerbranden, 2 bushokjes vernield, een lantaarnpaal opgeblazen {3}
A: Schade aan gemeentelijk bezit schat ik op 40.000 euro {3}
C: De burgemeester wil volgend jaar een vuurwerkvrije zone in de binnenstad {3}
A: PHOTO "VERNIELD BUSHOKJE HOOGEVEENSEWEG" {3}
B: Aangifte gedaan voor alle vernielingen {3}
""",
    ),
    Chat(
        "Vuurwerkvrije zones raad",
        "bestuur",
        "2024-02-14 10:00",
        ["Roel Visser", "Mila de Vries"],
        """
A: Motie voor een vuurwerkverbod in de hele gemeente is aangenomen {3}
B: Dat is niet te handhaven met onze boa's {3}
A: Burgemeester stelt voor te beginnen met zones rond zorginstellingen en dieren {3}
B: De APV wijziging moet dan voor de zomer naar de raad {3}
""",
    ),
    Chat(
        "Kunstgras Ezinge",
        "samenleving",
        "2024-04-15 09:00",
        ["Jan Jansen", "Sanne de Boer", "Kees Hoekstra"],
        """
A: VV Ezinge meldt dat het kunstgrasveld op is, de toplaag is versleten {4}
B: Dat veld is van 2012, afschrijving is 12 jaar {4}
C: We willen geen rubbergranulaat meer, het wordt kurk of een veld zonder infill {4}
A: Kurk kost ongeveer 60k extra {4}
B: Ik vraag drie offertes aan {4}
~
C: Laagste offerte 385.000 inclusief afvoer van de oude mat {4}
A: Het oude granulaat moet als bedrijfsafval worden afgevoerd {4}
B: Aanleg in de zomerstop, klaar voor de competitie in september {4}
""",
    ),
    Chat(
        "Sportaccommodaties begroting",
        "bedrijfsvoering",
        "2024-05-06 14:00",
        ["Mila de Vries", "Jan Jansen"],
        """
A: In het MJOP sport staat de vervanging van veld 2 pas in 2026 {4}
B: Het is naar voren gehaald, de club kan anders niet spelen {4}
A: Dan moet er een begrotingswijziging komen voor 385k {4}
B: Ik schrijf het raadsvoorstel {4}
A: Ook de LED-verlichting van de atletiekbaan staat erin
""",
    ),
    Chat(
        "Ijsbaan",
        "samenleving",
        "2024-01-10 08:00",
        ["Sanne de Boer", "Jan Jansen"],
        """
A: De ijsbaanvereniging vraagt of het sportpark gesproeid mag worden voor natuurijs
B: Alleen het grasveld, niet de kunstgrasvelden
A: Goed, dan zet ik dat in de mail
""",
    ),
    Chat(
        "Reestplas blauwalg",
        "openbare_ruimte",
        "2024-07-08 08:30",
        ["Pieter Bakker", "Fatima El Amrani"],
        """
A: Het waterschap meldt blauwalg in de Reestplas, categorie 2 {5}
B: Dus negatief zwemadvies? {5}
A: Ja, borden plaatsen vandaag, ook bij het strandje aan de noordkant {5}
B: PHOTO "WAARSCHUWING BLAUWALG NIET ZWEMMEN" {5}
~
A: Nieuwe meting: de concentratie is gestegen {5}
B: Provincie stelt een zwemverbod in tot de volgende meting {5}
A: Veel mensen zwemmen toch, handhaving vraagt wat ze kunnen doen {5}
B: Alleen waarschuwen, we kunnen niemand uit het water halen {5}
~
A: Meting van vandaag is goed, het verbod is opgeheven {5}
""",
    ),
    Chat(
        "Zwemwater communicatie",
        "bestuur",
        "2024-07-10 12:00",
        ["Roel Visser", "Mila de Vries"],
        """
A: Er komen vragen op sociale media over de plas {5}
B: Verwijs naar zwemwater.nl en de borden ter plekke {5}
A: Een ouder zegt dat haar kind ziek werd na het zwemmen {5}
B: Doorverwijzen naar de GGD, niet zelf medisch adviseren {5}
""",
    ),
    Chat(
        "Zwemlessen",
        "samenleving",
        "2024-09-02 10:00",
        ["Mila de Vries", "Sanne de Boer"],
        """
A: Het schoolzwemmen komt terug in het nieuwe schooljaar
B: Voor welke groepen?
A: Groep 5 en 6, in het overdekte bad
B: Fijn, ik informeer de scholen
""",
    ),
    Chat(
        "Afvalinzameling wagenpark",
        "bedrijfsvoering",
        "2024-05-13 09:00",
        ["Jan Jansen", "Kees Hoekstra", "Ingrid Mulder"],
        """
A: Drie van de zes vuilniswagens zijn aan vervanging toe {6}
B: Gaan we voor elektrisch? {6}
A: Ja, dat is het besluit van het college bij de duurzaamheidsagenda {6}
C: Een elektrische kost 550k tegen 320k voor diesel {6}
B: Er is een SPUK-subsidie voor zero-emissie, 40 procent van de meerprijs {6}
~
C: De aanbesteding is gegund aan Geesink Electric {6}
A: Levering duurt 14 maanden, dus pas eind volgend jaar {6}
B: Laadpalen op de gemeentewerf moeten dan klaar zijn {6}
A: Netbeheerder zegt dat er een zwaardere aansluiting nodig is {6}
""",
    ),
    Chat(
        "Oud papier route",
        "openbare_ruimte",
        "2024-06-04 07:00",
        ["Kees Hoekstra", "Pieter Bakker"],
        """
A: De oud-papierroute in Berggierslanden is aangepast
B: Rijdt de wagen nu op dinsdag?
A: Ja, de vereniging haalt op woensdag niet meer op
B: Dan even een bericht in de afvalapp
""",
    ),
    Chat(
        "Kazerne Staphorst",
        "bestuur",
        "2024-04-18 16:00",
        ["Roel Visser", "Mila de Vries"],
        """
A: Staphorst weigert zijn deel van de meerkosten van de nieuwe kazerne te betalen {7}
B: Om hoeveel gaat het? {7}
A: 1,2 miljoen, de verdeelsleutel was 50-50 {7}
B: Hun wethouder zegt dat de uitbreiding met de oefentoren onze wens was {7}
A: Dat klopt niet, de veiligheidsregio heeft die geëist {7}
~
B: Mediation voorstellen? {7}
A: Eerst een bestuurlijk overleg, de burgemeesters samen {7}
B: Overleg staat op 6 mei in het gemeentehuis van Staphorst {7}
""",
    ),
    Chat(
        "Veiligheidsregio",
        "veiligheid",
        "2024-05-07 09:00",
        ["Fatima El Amrani", "Roel Visser"],
        """
A: Gisteren was het overleg over de kazerne, geen akkoord {7}
B: En nu? {7}
A: De veiligheidsregio gaat bemiddelen, het rapport komt in juni {7}
B: Zet een voorbehoud in de jaarrekening voor het bedrag {7}
A: Ook de oefening met de hoogwerker van de brandweer is verplaatst naar vrijdag
""",
    ),
    Chat(
        "Koedijkslanden overlast",
        "veiligheid",
        "2024-09-16 19:30",
        ["Fatima El Amrani", "Jan Jansen", "Pieter Bakker"],
        """
A: Weer meldingen over een groep jongeren bij de Albert Heijn in Koedijkslanden {8}
B: Wat doen ze? {8}
A: Scooters door het winkelcentrum, winkelend publiek wordt lastiggevallen {8}
C: De jongerenwerker kent ze, hij gaat vanavond langs {8}
~
B: Winkeliers vragen om camera's {8}
A: Daarvoor moet de burgemeester een aanwijzingsbesluit nemen {8}
C: Politie ondersteunt het, er is een patroon van intimidatie {8}
A: AUDIO {8}
B: Ik maak een concept voor het besluit, tijdelijk voor een jaar {8}
""",
    ),
    Chat(
        "Camera besluit",
        "bestuur",
        "2024-10-14 10:00",
        ["Roel Visser", "Fatima El Amrani"],
        """
A: Het besluit voor cameratoezicht bij het winkelcentrum is getekend {8}
B: Per wanneer? {8}
A: 1 november, de beelden gaan naar de meldkamer {8}
B: Evaluatie na een half jaar, met de cijfers van de politie {8}
""",
    ),
    Chat(
        "Kermis",
        "veiligheid",
        "2024-08-19 12:00",
        ["Fatima El Amrani", "Jan Jansen"],
        """
A: De kermis staat dit jaar op het Wilhelminapark
B: Zijn er afspraken over jongeren en alcohol?
A: Ja, extra boa's op vrijdagavond
B: Prima
""",
    ),
)
