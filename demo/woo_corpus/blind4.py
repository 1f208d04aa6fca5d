"""The FOURTH BLIND relevance set (issue 17, round 5): new chats, requests and judgements.

Written as a Woo officer would, after sets 1 to 3 had all been looked at and tuned on, and BEFORE
any tuning on it; measured on main first. Not to be used for tuning. New subjects (none of sets
1 to 3). Same syntax as blind.py: `{n}` after a line marks the requests it is relevant to, `~`
starts the next day, `PHOTO "text"` is a photo with painted text, `AUDIO` a voice note. Generated
filler is relevant to nothing. Names, places, organisations and numbers are made up.

The queries were written from the request text only, before the chats. Some chats carry their
subject mainly in the subject (onderwerp) the employee typed when uploading; some name an
organisation that looks like a person's name; distractor chats share words with requests.

Judging rule (as sets 1 to 3): a message is relevant when a Woo officer would have to include it
to cover the request, also when it does not repeat the subject ("klopt, morgen klaar",
"Hoeveel?"). Lines of a relevant chat about something else carry no tag.
"""

from .build import Chat, Request

REQUESTS = (
    Request(
        1,
        "Aanleg van het fietspad langs de Ommerweg: aankoop van grond, kosten en subsidie, "
        "aanbesteding.",
        ("fietspad ommerweg", "grondaankoop fietspad", "subsidie fietspad"),
    ),
    Request(
        2,
        "Evenementenvergunning voor het dancefestival Polderbeats (augustus 2024): veiligheid, "
        "geluid en klachten.",
        ("polderbeats", "evenementenvergunning dancefestival", "geluidsoverlast festival"),
    ),
    Request(
        3,
        "Nieuwbouw van het integraal kindcentrum (IKC) in Oosterboer: krediet, ontwerp, "
        "aanbesteding en vertraging.",
        ("nieuwbouw ikc oosterboer", "kindcentrum oosterboer", "krediet nieuwbouw school"),
    ),
    Request(
        4,
        "Beëindiging van het contract met jeugdhulpaanbieder Hendriks Zorggroep (2024) en de "
        "overdracht van de jongeren naar andere aanbieders.",
        ("hendriks zorggroep", "contract jeugdhulp beëindigen", "jeugdzorg overdracht"),
    ),
    Request(
        5,
        "Reconstructie van de Woldkade (2024): afsluiting en omleiding, bereikbaarheid van "
        "ondernemers, schade aan woningen.",
        ("reconstructie woldkade", "woldkade afsluiting", "schade woningen werkzaamheden"),
    ),
    Request(
        6,
        "Een fraudemelding over een bijstandsuitkering (2024): het onderzoek en de terugvordering.",
        ("fraudemelding bijstand", "bijstandsfraude onderzoek", "terugvordering uitkering"),
    ),
    Request(
        7,
        "Gedumpt drugsafval in het buitengebied (2024): vondsten, opruiming en kosten.",
        ("drugsafval", "dumping drugsafval", "opruimkosten drugsafval"),
    ),
    Request(
        8,
        "Bestrijding van de eikenprocessierups in 2024: aanpak, budget en meldingen van inwoners.",
        ("eikenprocessierups", "bestrijding processierups", "meldingen rupsen"),
    ),
    Request(
        9,
        "De kerstmarkt met ijsbaan op de Markt (december 2024): subsidie aan de organiserende "
        "stichting, veiligheid en incidenten.",
        ("kerstmarkt ijsbaan", "subsidie kerstmarkt", "ijsbaan veiligheid"),
    ),
)

CHATS = (
    Chat(
        "Fietspad Ommerweg",
        "openbare_ruimte",
        "2024-03-11 08:45",
        ["Bart Smit", "Lotte Kramer", "Erik Dijkstra"],
        """
A: Het ontwerp voor het fietspad langs de Ommerweg is klaar, 2,8 km vrijliggend {1}
B: Aan welke kant? {1}
A: Noordkant, dan hoeven we de sloot niet te dempen {1}
C: Dan hebben we wel grond nodig van drie agrariërs {1}
A: Klopt, ongeveer 6.000 m2 in totaal {1}
B: Wie gaat met ze praten? {1}
C: Ik, samen met de collega van grondzaken {1}
B: Heeft iemand de laadkabel van de dienstauto gezien?
A: Ligt in de kofferbak
~
C: De provincie heeft onze aanvraag binnen voor de regeling fietsinfrastructuur {1}
B: Hoeveel vragen we? {1}
C: De helft van 1,9 miljoen {1}
A: Het besluit komt in juni {1}
B: Zonder die bijdrage redden we het niet binnen het krediet {1}
~
A: Toegekend! 950.000 {1}
B: Mooi, dan kan de aanbesteding na de zomer de deur uit {1}
A: Ik zet het op de planning: gunning in november, start uitvoering maart {1}
""",
    ),
    Chat(
        "Grondverwerving",
        "bedrijfsvoering",
        "2024-04-22 10:15",
        ["Lotte Kramer", "Hans Postma"],
        """
A: Gesprek gehad met de familie op nummer 14, ze willen wel verkopen {1}
B: Tegen welke prijs? {1}
A: Ze vragen 18 euro per m2, de taxatie is 11 {1}
B: Dat gaat niet, we zitten aan de prijs voor landbouwgrond {1}
A: Ze willen wel ruilen voor ons perceel bij de Kerkweg {1}
B: Interessant, ik kijk of dat nog vrij is {1}
~
A: Twee van de drie eigenaren hebben getekend voor de strook van het fietpad {1}
B: En de derde? {1}
A: Wil alleen als we een nieuwe uitrit voor hem aanleggen {1}
B: Dat kost 12.000, valt binnen de post onvoorzien {1}
A: Dan doe ik hem dat aanbod {1}
B: Ander punt: de pacht van de volkstuinen loopt af
A: Die pak ik volgende week op
""",
    ),
    Chat(
        "Fietsenstalling station",
        "bedrijfsvoering",
        "2024-05-14 09:00",
        ["Erik Dijkstra", "Bart Smit"],
        """
A: Het beheer van de bewaakte fietsenstalling bij het station moet opnieuw worden aanbesteed
B: Wanneer loopt het contract af?
A: 1 januari, de huidige partij wil graag door
B: Meervoudig onderhands, drie partijen uitnodigen
A: De fietsenrekken in de binnenstad staan ook vol weesfietsen
B: Handhaving labelt ze volgende week
""",
    ),
    Chat(
        "Evenementenvergunning Polderbeats",
        "veiligheid",
        "2024-05-02 13:30",
        ["Femke van Dam", "Joost Meijer", "Nienke Bos"],
        """
A: De aanvraag evenementenvergunning voor Polderbeats is binnen, 17 augustus op het evenemententerrein bij de Bovenboer {2}
B: Hoeveel bezoekers? {2}
A: 8.000, dus een B-evenement {2}
C: Dan moet de veiligheidsregio adviseren {2}
A: Veiligheidsplan en verkeersplan zitten erbij {2}
B: En de eindtijd? {2}
A: Ze vragen tot 01:00, ons beleid is 23:00 {2}
C: Tot middernacht is eerder wel eens toegestaan {2}
~
C: Advies VRD binnen: akkoord, mits een extra EHBO-post en een crowdmanager {2}
A: Geluidsnorm leggen we op 103 dB(C) op de gevel van de dichtstbijzijnde woning {2}
B: Dat vinden ze vast te weinig {2}
A: Dan maken ze maar bezwaar {2}
B: Vergunning gaat eruit met eindtijd 24:00 {2}
A: Verzonden {2}
""",
    ),
    Chat(
        "Polderbeats 2024",
        "veiligheid",
        "2024-08-17 19:30",
        ["Joost Meijer", "Femke van Dam", "Youssef Amrani"],
        """
A: Op het terrein, alles rustig, 4.500 binnen {2}
B: Meetpunt 1 zit op 98, prima {2}
C: Klachtenlijn heeft al 6 meldingen uit de Berggierslanden, vooral de bas {2}
A: Het zit in de lage tonen, daar staat geen norm voor in de vergunning {2}
B: AUDIO {2}
C: Verstond je dat? De organisator wil de subwoofers niet draaien {2}
B: Ik ga zelf naar de productieleider {2}
~
A: Eindstand: 41 meldingen over geluid, 2 aanhoudingen voor drugs, 1 vechtpartij {2}
C: Ambulance 3 keer ingezet, niets ernstigs {2}
B: Evaluatie met de organisator op 5 september {2}
A: Volgend jaar een norm voor de lage tonen opnemen {2}
C: Is het terrein weer schoon opgeleverd? {2}
B: Schade aan het gras, ze betalen het herstel {2}
""",
    ),
    Chat(
        "Geluidsoverlast Markt",
        "veiligheid",
        "2024-06-21 23:10",
        ["Youssef Amrani", "Joost Meijer"],
        """
A: Weer klachten over geluid van het café op de Markt, muziek tot 3 uur
B: Hebben ze een ontheffing?
A: Niet voor vanavond
B: Boa's langs sturen en een waarschuwing geven
A: Bij herhaling een last onder dwangsom
B: Eens
""",
    ),
    Chat(
        "IKC Oosterboer",
        "bestuur",
        "2024-01-29 11:00",
        ["Hans Postma", "Nienke Bos", "Erik Dijkstra"],
        """
A: Het raadsvoorstel voor het integraal kindcentrum in Oosterboer gaat donderdag naar het college {3}
B: Welk krediet vragen we? {3}
A: 11,4 miljoen, inclusief gymzaal en kinderopvang {3}
C: De schoolbesturen willen ook een ruimte voor de BSO {3}
A: Zit erin, gedeeld met de peuteropvang {3}
B: Gaat het oude gebouw van de Oosterbloem dan dicht? {3}
A: Wordt gesloopt, op die plek komen woningen {3}
~
B: Raad heeft het krediet aangenomen, 19 voor, 6 tegen {3}
C: Het amendement over duurzaamheid ook {3}
A: Dus Frisse Scholen klasse B en energieneutraal {3}
B: Dat kost ruim 400.000 extra {3}
A: Uit de reserve onderwijshuisvesting {3}
""",
    ),
    Chat(
        "IHP overleg",
        "bestuur",
        "2024-06-03 15:00",
        ["Nienke Bos", "Hans Postma"],
        """
A: Bij het IHP-overleg vandaag drie punten
A: 1. De nieuwbouw in Oosterboer wordt 8% duurder door de bouwkostenindex {3}
B: Dat is bijna een miljoen {3}
A: Het college moet een aanvullend krediet vragen {3}
A: 2. Het dak van de Wilhelminaschool lekt weer
B: Valt dat niet onder het onderhoud van het schoolbestuur?
A: Ja, sinds de doordecentralisatie
A: 3. De Meppeler Scholengroep wil twee lokalen extra
B: Tijdelijke units?
A: Voor vijf jaar
~
B: Het aanvullend krediet van 940.000 komt in de najaarsnota {3}
A: Goed, dat zeg ik tegen de bouwcommissie {3}
""",
    ),
    Chat(
        "Bouwteam kindcentrum",
        "ruimte",
        "2024-09-16 08:30",
        ["Erik Dijkstra", "Bart Smit", "Hans Postma"],
        """
A: Vier inschrijvingen op de aanbesteding van het IKC {3}
B: Laagste? {3}
A: Schuurman Bouw, 10,2 miljoen {3}
C: Netjes onder de raming {3}
A: Maar op kwaliteit scoort De Groot Bouw beter {3}
B: Met de weging 60/40 wint De Groot {3}
~
A: Enexis kan de aansluiting pas in 2026 leveren {3}
C: Dus niet open in augustus 2025? {3}
A: Niet op het net, alleen met een tijdelijk aggregaat {3}
B: Dat past niet bij energieneutraal {3}
C: Oplevering schuift naar januari 2026, ik informeer de schoolbesturen {3}
C: PHOTO "BOUWBORD IKC OOSTERBOER OPLEVERING 2026" {3}
""",
    ),
    Chat(
        "Jeugdhulp HZG",
        "samenleving",
        "2024-02-19 09:20",
        ["Marloes Veenstra", "Youssef Amrani", "Lotte Kramer"],
        """
A: Het rapport van de IGJ over Hendriks Zorggroep is binnen, het is niet goed {4}
B: Wat staat erin? {4}
A: Te weinig geregistreerde jeugdhulpverleners en de dossiers zijn niet op orde {4}
C: Hoeveel jongeren van ons zitten daar? {4}
A: 38, vooral ambulante begeleiding {4}
B: Ik wil een verbetertraject met een harde deadline {4}
~
A: HZG heeft het verbeterplan niet gehaald {4}
C: Dan moeten we het contract ontbinden {4}
B: Juridisch advies ligt er, opzeggen per 1 juli kan {4}
A: De regio doet mee, de andere gemeenten ook {4}
C: Ik stel de brief op {4}
B: Wil je eerst nog naar de tarieven 2025 kijken?
C: Morgen
""",
    ),
    Chat(
        "Overdracht cliënten",
        "samenleving",
        "2024-06-10 14:00",
        ["Youssef Amrani", "Marloes Veenstra"],
        """
A: Van de 38 cliënten zijn er 30 overgezet naar andere aanbieders {4}
B: En de rest? {4}
A: 5 afgesloten, 3 staan op een wachtlijst {4}
B: Hoe lang? {4}
A: Bij Noorderkracht 8 weken {4}
B: Overbruggen via het wijkteam {4}
A: Er is ook een klacht van een moeder dat het dossier van haar zoon niet is overgedragen {4}
B: Navragen bij Hendriks, ze moeten alles overdragen {4}
A: AUDIO {4}
B: Gehoord, ik bel ze vanmiddag {4}
""",
    ),
    Chat(
        "Inkoop huishoudelijke hulp",
        "samenleving",
        "2024-03-25 10:00",
        ["Marloes Veenstra", "Lotte Kramer"],
        """
A: Het contract voor huishoudelijke hulp loopt eind 2024 af
B: Weer een open house?
A: Ja, met een nieuw uurtarief
B: De aanbieders willen indexatie
A: Dat nemen we mee
""",
    ),
    Chat(
        "Woldkade",
        "openbare_ruimte",
        "2024-04-08 07:45",
        ["Bart Smit", "Joost Meijer", "Femke van Dam"],
        """
A: Kuipers Wegenbouw begint 15 april met de reconstructie van de Woldkade {5}
B: Hoe lang dicht? {5}
A: Fase 1 tot de zomervakantie, fase 2 erna {5}
C: De omleiding loopt via de Industrieweg {5}
C: PHOTO "WOLDKADE AFGESLOTEN OMLEIDING VIA INDUSTRIEWEG" {5}
B: De ondernemers aan de kade zijn bang voor omzetverlies {5}
A: We zetten borden 'winkels bereikbaar' bij de afzetting {5}
~
B: Vandaag 11 klachten over trillingen, scheuren in gevels bij de oude panden {5}
A: Er is vooraf een bouwkundige opname gedaan, die vergelijken we {5}
C: Trillingsmeters plaatsen? {5}
A: Staan er sinds maandag {5}
B: Een eigenaar dient een schadeclaim in {5}
A: Doorzetten naar de verzekeraar van de aannemer {5}
""",
    ),
    Chat(
        "Bewonersavond kade",
        "samenleving",
        "2024-05-16 20:30",
        ["Femke van Dam", "Bart Smit"],
        """
A: Bewonersavond was druk, ongeveer 70 mensen {5}
B: Waar ging het over? {5}
A: Parkeren tijdens de werkzaamheden en de scheuren {5}
B: Ze mogen tijdelijk gratis staan op het terrein van de oude brandweerkazerne {5}
A: Iemand vroeg of de bomen op de kade blijven staan {5}
B: Ja, er verdwijnt er geen een {5}
A: Ik stuur een nieuwsbrief met de planning van fase 2 {5}
B: Doe maar {5}
""",
    ),
    Chat(
        "Omleiding buslijn",
        "openbare_ruimte",
        "2024-10-07 11:30",
        ["Joost Meijer", "Erik Dijkstra"],
        """
A: Qbuzz vraagt of lijn 2 om kan rijden tijdens het werk aan de spoorovergang
B: Via welke route?
A: Via de Hoogeveenseweg, halte Nieuwveenselanden vervalt
B: Tijdelijke halte plaatsen
A: Ik regel de verkeersbesluiten
B: De schade aan de berm na de werkzaamheden van vorig jaar is trouwens hersteld
""",
    ),
    Chat(
        "Handhaving PW",
        "samenleving",
        "2024-02-05 09:00",
        ["Marloes Veenstra", "Hans Postma", "Youssef Amrani"],
        """
A: Anonieme tip via het meldpunt: een vrouw in de bijstand zou samenwonen {6}
B: Hoe concreet? {6}
A: Kenteken van de partner, de auto staat elke nacht voor de deur {6}
C: Eerst BRP en RDW checken {6}
A: Partner staat op een ander adres ingeschreven, in Zwolle {6}
B: Dan een huisbezoek plannen {6}
~
C: Huisbezoek gedaan: tweede tandenborstel, kleding van een man, post op zijn naam {6}
A: Duidelijk een gezamenlijke huishouding {6}
B: Klassieke samenwoonfraude dus {6}
B: Over welke periode? {6}
C: Sinds maart 2023 volgens de buren {6}
A: Dan is er 14.300 euro te veel ontvangen {6}
B: Terugvorderen plus boete, aangifte pas boven de 50.000 {6}
A: Dus geen aangifte, wel de boete {6}
""",
    ),
    Chat(
        "Terugvordering en invordering",
        "bedrijfsvoering",
        "2024-04-15 13:45",
        ["Hans Postma", "Lotte Kramer"],
        """
A: Het terugvorderingsbesluit in het dossier van de samenwoning is verstuurd {6}
B: Bedrag? {6}
A: 14.300 plus 1.430 boete {6}
B: Verrekenen met de uitkering kan niet meer, die is beëindigd {6}
A: Ze heeft bezwaar gemaakt {6}
B: Op welke grond? {6}
A: Dat de partner er niet echt woonde {6}
B: Het rapport van het huisbezoek is sterk, ik verwacht ongegrond {6}
~
A: Bezwaar ongegrond, betalingsregeling van 150 per maand {6}
B: Netjes {6}
""",
    ),
    Chat(
        "Phishing oefening",
        "bedrijfsvoering",
        "2024-09-02 10:30",
        ["Lotte Kramer", "Erik Dijkstra"],
        """
A: De phishingtest van vorige week: 23% heeft op de link geklikt
B: Welke afdeling vooral?
A: Dat zeggen we niet, wel een extra training voor iedereen
B: En de poging tot CEO-fraude met de valse factuur?
A: Die is bij de crediteurenadministratie onderschept, melding gedaan bij de politie
B: Goed opgelet
""",
    ),
    Chat(
        "Drugsafval buitengebied",
        "veiligheid",
        "2024-03-04 07:10",
        ["Joost Meijer", "Youssef Amrani", "Erik Dijkstra"],
        """
A: Melding van een boer bij Broekhuizen: 12 vaten en jerrycans in de berm {7}
B: Niet aanraken, politie bellen {7}
C: PHOTO "GEVAARLIJKE STOFFEN NIET AANRAKEN" {7}
A: Politie is er, het lijkt afval van een synthetisch drugslab {7}
C: Een gespecialiseerd bedrijf ruimt het morgen op {7}
B: Is de grond verontreinigd? {7}
A: Een paar vaten lekten, er is een bodemonderzoek nodig {7}
~
C: Tweede dumping deze maand, nu op een parkeerplaats langs de A32 {7}
A: Zelfde soort vaten, zelfde geur {7}
B: Hangen er camera's? {7}
C: Rijkswaterstaat kijkt het na {7}
A: Ik zet er een bord bij: melden via Meld Misdaad Anoniem {7}
""",
    ),
    Chat(
        "Kosten opruimen",
        "bedrijfsvoering",
        "2024-05-21 15:00",
        ["Erik Dijkstra", "Lotte Kramer"],
        """
A: De rekening voor de twee dumpingen is binnen: 38.000 euro {7}
B: Kunnen we die declareren? {7}
A: De provincie heeft een regeling voor opruimkosten, we krijgen 80% terug {7}
B: En de boer? {7}
A: Die hoeft niets te betalen, het lag in onze berm {7}
B: Bodemsanering apart? {7}
A: Ja, nog 9.500 {7}
B: De huur van de hoogwerker voor de kerstverlichting moet ook nog betaald
A: Zet ik erbij
""",
    ),
    Chat(
        "Eikenprocessierups 2024",
        "openbare_ruimte",
        "2024-05-27 08:00",
        ["Bart Smit", "Nienke Bos", "Joost Meijer"],
        """
A: De eerste nesten van de eikenprocessierups zitten in de bermen langs de Ommerweg {8}
B: Wegzuigen of eerst afwachten? {8}
A: Bij scholen en speeltuinen direct wegzuigen, in het buitengebied alleen waarschuwen {8}
C: De aannemer heeft een ploeg vanaf maandag {8}
B: Hoeveel budget is er nog? {8}
A: 60.000, vorig jaar ging er 95 doorheen {8}
C: PHOTO "LET OP EIKENPROCESSIERUPS BRANDHAREN" {8}
~
B: De EPR is dit jaar veel erger, al 240 meldingen {8}
A: Prioriteren op risico, de rest afzetten met lint {8}
C: En de mezenkasten? {8}
A: 300 opgehangen in 2023, lijkt weinig te helpen {8}
B: Ik vraag een aanvullend budget van 50.000 {8}
""",
    ),
    Chat(
        "Meldingen KCC week 23",
        "samenleving",
        "2024-06-04 16:00",
        ["Lotte Kramer", "Bart Smit"],
        """
A: Overzicht van de meldingen van deze week
B: Top
A: 86 meldingen over rupsen, veel mensen met jeuk en uitslag {8}
B: Verwijzen naar de huisarts en de website {8}
A: Een moeder klaagt dat het schoolplein nog niet is behandeld {8}
B: Staat voor morgen op de lijst {8}
A: Verder 12 meldingen over hondenpoep in het park
B: Handhaving heeft er een actie op
A: En 4 over kapotte lantaarnpalen
B: Doorgezet
A: Iemand zegt dat de rups ook in zijn tuin zit, moeten wij dat doen? {8}
B: Nee, op eigen terrein is het de eigenaar, wel advies over een bestrijder {8}
""",
    ),
    Chat(
        "Bomen planten",
        "openbare_ruimte",
        "2024-11-11 09:30",
        ["Nienke Bos", "Bart Smit"],
        """
A: In het Wilhelminapark komen 40 nieuwe bomen
B: Weer eiken?
A: Nee, meer soorten door elkaar, linden en esdoorns
B: Wanneer planten?
A: In het plantseizoen, december
B: De bewoners doen mee met de boomfeestdag
""",
    ),
    Chat(
        "Kerstmarkt en ijsbaan 2024",
        "veiligheid",
        "2024-12-05 08:00",
        ["Femke van Dam", "Joost Meijer", "Youssef Amrani"],
        """
A: Draaiboek versie 4 staat in Teams, graag lezen voor vanavond {9}
B: De baan ligt er, de koelinstallatie draait sinds gisteren {9}
C: Het aggregaat staat te dicht bij de kramen, de brandweer wil 5 meter {9}
A: Verplaatsen naar de hoek bij de Grote Kerk {9}
B: Glühweinkramen tot 22 uur, daarna alles dicht {9}
~
C: Drukke zaterdag, 6.000 bezoekers geteld {9}
A: Eén valpartij op het ijs, pols gebroken, ambulance is geweest {9}
B: Toezicht op de baan wordt uitgebreid met twee man {9}
C: En een melding van zakkenrollers bij de kramen {9}
A: Politie loopt vanavond extra {9}
B: De evaluatie zet ik in het draaiboek voor volgend jaar {9}
""",
    ),
    Chat(
        "Stichting Winter in Meppel",
        "samenleving",
        "2024-09-09 10:00",
        ["Nienke Bos", "Femke van Dam"],
        """
A: Stichting Winter in Meppel vraagt 25.000 subsidie voor de kerstmarkt met ijsbaan {9}
B: Vorig jaar was het 18.000, zonder ijsbaan {9}
A: De ijsbaan alleen al kost 40.000 aan huur en energie {9}
B: Met deze stroomprijzen vind ik dat lastig uit te leggen {9}
A: Ze gebruiken groene stroom van de coöperatie {9}
B: Dan 20.000 en een garantie voor het tekort tot 5.000 {9}
~
A: De stichting gaat akkoord {9}
B: Beschikking versturen {9}
A: Is verstuurd {9}
A: Ander punt: de intocht van Sinterklaas moet ook nog
B: Pakken we volgende week op
""",
    ),
    Chat(
        "Portefeuilleoverleg",
        "bestuur",
        "2024-06-24 16:30",
        ["Hans Postma", "Marloes Veenstra"],
        """
A: Punten voor het PFO van donderdag
A: Het aanvullend krediet voor het IKC {3}
B: Staat in de najaarsnota {3}
A: De stand van zaken Woldkade, fase 1 loopt twee weken uit {5}
B: Waardoor? {5}
A: Kabels en leidingen lagen anders dan op de tekening {5}
A: En de processierups, de wethouder wil weten of het budget op is {8}
B: Bijna, het aanvullende verzoek ligt er {8}
A: Verder de jaarplanning
B: Prima
""",
    ),
)
