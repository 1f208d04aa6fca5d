"""The SEVENTEENTH BLIND relevance set (issue 17), written after Woo round 17.

Written as a Woo officer would, without reading the search code, the analysis of earlier misses
or the texts of the other sets; measured once on main plus this set, then not changed. Same
syntax as blind.py: `{n}` after a line marks the requests it is relevant to, `~` starts the next
day, `~ YYYY-MM-DD` moves the chat to that day, `PHOTO "text"` is a photo with painted text,
`AUDIO` a voice note. Generated filler is relevant to nothing. Names, places, firms and numbers
are made up.

Chats have the sizes of real ones (`messages`): most are 10 to 80 messages, four team chats run
to 160-380 messages in which a subject comes and goes and resumes weeks later.

Judging rule (as the earlier sets): a message is relevant when a Woo officer would have to include
it to cover the request, also when it does not repeat the subject ("die van de Bosweg zit er weer
in"), and a voice note or photo in the middle of a relevant exchange is relevant. Chats name their
subject in their own words (a firm's name, an abbreviation: "het LLV", "de BTO", "ZP Rogat",
"de oude werf", "de legio"); follow-up chats never repeat it; and some chats share words with a
request without being relevant to it (an Easter egg hunt in the park, a Christmas tree on the
same square, the new works yard's road salt, a livestream camera in the council hall, the WMO
taxi, solar panels on a school roof).
"""

from .build import Chat, Request

REQUESTS = (
    Request(
        1,
        "Graag ontvang ik alle communicatie over de organisatie van de najaarskermis 2025 op de "
        "Grote Markt in Meppel, waaronder de toewijzing van de standplaatsen aan exploitanten, "
        "klachten over geluidsoverlast en het besluit over de sluitingstijden.",
        ("najaarskermis", "kermis standplaatsen", "geluidsoverlast kermis"),
    ),
    Request(
        2,
        "Ik verzoek om alle documenten over de bestrijding van de eikenprocessierups in de "
        "gemeente Meppel in 2025, waaronder de opdracht aan het bestrijdingsbedrijf, de kosten en "
        "de meldingen van inwoners over huidklachten.",
        ("eikenprocessierups", "bestrijding processierups", "meldingen rupsen"),
    ),
    Request(
        3,
        "Verzocht wordt om openbaarmaking van alle communicatie over de aanvraag "
        "omgevingsvergunning voor het zonnepark aan de Rogatsedijk, inclusief het overleg met de "
        "initiatiefnemer, de participatie van omwonenden en de aansluiting op het elektriciteitsnet.",
        ("zonnepark Rogatsedijk", "omgevingsvergunning zonnepark", "participatie zonnepark"),
    ),
    Request(
        4,
        "Als journalist van de Meppeler Courant verzoek ik om alle informatie over de "
        "legionellabesmetting in de douches van sportcentrum De Koedijk in 2025: de "
        "laboratoriumuitslagen, de sluiting van de kleedkamers en de communicatie met de "
        "sportverenigingen.",
        ("legionella sportcentrum", "legionella douches", "sluiting kleedkamers"),
    ),
    Request(
        5,
        "Graag ontvang ik alle berichten over het besluit van de burgemeester tot tijdelijk "
        "cameratoezicht bij het Wilhelminapark en de skatebaan, de aanleiding daarvoor (overlast "
        "door jongeren) en de evaluatie ervan.",
        ("cameratoezicht Wilhelminapark", "camera skatebaan", "overlast jongeren"),
    ),
    Request(
        6,
        "Ik verzoek om openbaarmaking van de communicatie over de herinrichting van de Zomerdijk "
        "tot fietsstraat, inclusief de klachten van bewoners over het verdwijnen van "
        "parkeerplaatsen, de kosten en het verkeersbesluit.",
        ("fietsstraat Zomerdijk", "herinrichting Zomerdijk", "parkeerplaatsen fietsstraat"),
    ),
    Request(
        7,
        "Op grond van de Woo verzoek ik om alle communicatie over de huisvesting van "
        "arbeidsmigranten in het voormalige schoolgebouw aan de Kerkweg, waaronder het overleg met "
        "het uitzendbureau, de brandveiligheid en de zorgen van omwonenden.",
        ("huisvesting arbeidsmigranten", "arbeidsmigranten Kerkweg", "voormalige school Kerkweg"),
    ),
    Request(
        8,
        "Graag ontvang ik alle documenten over het beheer van de ganzen in het Stadspark, "
        "waaronder het schudden van eieren, de inzet van de wildbeheereenheid en de klachten over "
        "ganzenpoep op de speelweide.",
        ("ganzen Stadspark", "ganzenbeheer", "eieren schudden"),
    ),
    Request(
        9,
        "Ik verzoek om alle communicatie over klachten over het leerlingenvervoer sinds het begin "
        "van het schooljaar 2025-2026, waaronder het contact met de vervoerder en met ouders en de "
        "aanbesteding van het vervoer.",
        ("leerlingenvervoer", "klachten vervoerder", "aanbesteding leerlingenvervoer"),
    ),
    Request(
        10,
        "Verzocht wordt om alle informatie over het besluit om de monumentale beuk op het "
        "Kerkplein te kappen, inclusief het boomtechnisch onderzoek, de kapvergunning en het "
        "contact met de Bomenstichting.",
        ("kap beuk Kerkplein", "monumentale boom kappen", "boomtechnisch onderzoek"),
    ),
    Request(
        11,
        "Ik verzoek om alle communicatie over de verkoop van het terrein van de voormalige "
        "gemeentewerf aan de Industrieweg, waaronder de taxatie, de ontvangen biedingen en de "
        "keuze voor de koper.",
        ("verkoop gemeentewerf", "taxatie Industrieweg", "biedingen terrein"),
    ),
)

CHATS = (
    # --- R1 najaarskermis -------------------------------------------------------------------
    Chat(
        "Kermis oktober",
        "veiligheid",
        "2025-06-10 09:12",
        ["Marieke Zandstra", "Joost Hulshof"],
        """
A: Joost, de inschrijving voor de kermis sluit vrijdag, we zitten op 41 aanvragen voor 23 plekken {1}
B: Meer dan vorig jaar. Loten we weer of gaan we op punten? {1}
A: Punten, zoals in het marktreglement. Uiterlijk, veiligheid, bekendheid en ervaring {1}
B: Dan moet de commissie wel voor 1 juli bij elkaar {1}
A: Ik plan het in. Jij de exploitanten die al jaren komen? {1}
B: Ja, Bakker met de botsauto's en de familie Ruiter met het reuzenrad {1}
~
A: PHOTO "Indeling Grote Markt kermis 2025 concept 3" {1}
B: Het reuzenrad past niet meer voor de Wheem, de nooduitgang van de Ambtmanstraat moet vrij {1}
A: Dan ruilen we met de zweefmolen {1}
B: Prima, dan schuift de oliebollenkraam naar de hoek {1}
~ 2025-07-02
A: Uitslag is rond, 23 toegewezen, 18 afwijzingen {1}
B: Afwijzingsbrieven gaan via het zaaksysteem? {1}
A: Ja, met bezwaarclausule. Ruiter belde al boos, hij had 2 punten te weinig {1}
B: Dat was Ruiter junior met de spookhuis, niet het rad {1}
A: Klopt, die bedoel ik {1}
~ 2025-10-14
B: Opbouw begint donderdag 6 uur, stroomkasten zijn gecontroleerd {1}
A: AUDIO {1}
B: Helder, dan haal ik de keuringsrapporten vanmiddag op {1}
""",
        messages=48,
    ),
    Chat(
        "Indeling Markt",
        "dienstverlening",
        "2025-07-08 13:40",
        ["Esther Kuipers", "Marieke Zandstra", "Dirk Veen"],
        """
A: De rupsbaan van Hofman wil dit jaar een plek ruimer, 18 meter ipv 14 {1}
B: Kan niet, dan staat hij half op de Prinsengracht {1}
C: Geef hem de plek van de kinderdraaimolen, die heeft afgezegd {1}
B: Die heeft nog geen afzegging gestuurd, alleen gebeld {1}
A: Ik vraag het schriftelijk op {1}
~
A: Afzegging binnen, per mail {1}
B: Dan krijgt de rupsbaan die plek, en wordt plek 17 vrij voor de nummer 1 van de reservelijst {1}
C: Dat is de gebakkraam van Meijer {1}
A: Ik bel ze {1}
C: Staangeld blijft 12,40 per m2? {1}
B: Ja, volgens de legesverordening {1}
""",
        messages=30,
    ),
    Chat(
        "Meldingen binnenstad",
        "veiligheid",
        "2025-10-17 22:48",
        ["Ronald Bos", "Sanne Dekker"],
        """
A: Derde melding vanavond over de muziek op de Markt, bewoners Hoofdstraat {1}
B: Welke attractie? {1}
A: De Booster, ze draaien vol open. Mevrouw aan de telefoon kon haar tv niet horen {1}
B: Ik loop er nu heen met de meter {1}
B: PHOTO "Geluidsmeting 22.55 uur 93 dB(A) gevel Hoofdstraat 41" {1}
A: Dat is ruim boven de 85 uit de vergunning {1}
B: Exploitant aangesproken, hij zet het zachter {1}
~
A: Vanochtend nog twee mails van dezelfde buurt {1}
B: Stuur maar door, ik neem ze mee in het verslag voor de burgemeester {1}
A: Ook iemand die vraagt waarom het tot 1 uur mag {1}
B: Dat besluit is nog niet definitief voor zaterdag {1}
""",
        messages=26,
    ),
    Chat(
        "Sluitingstijden",
        "bestuur",
        "2025-10-15 10:05",
        ["Annelies Kok", "Joost Hulshof"],
        """
A: Burgemeester wil weten of zaterdag tot 01.00 verantwoord is {1}
B: Politie adviseert 24.00, vorig jaar om half 1 een vechtpartij bij de botsauto's {1}
A: Exploitanten willen 01.00, ze zeggen dat de zaterdag hun omzet is {1}
B: Compromis: attracties om 24.00 uit, horeca op de Markt normaal {1}
A: Ik zet het in de notitie {1}
~
A: Ze heeft getekend: 24.00 {1}
B: Dan meld ik het aan de kermisbond {1}
""",
        messages=14,
    ),
    Chat(
        "Weekmarkt",
        "dienstverlening",
        "2025-05-06 08:30",
        ["Esther Kuipers", "Henk Smit"],
        """
A: Viskraam van Visser wil op donderdag een vaste standplaats
B: Er is geen plek vrij op de weekmarkt, wachtlijst van 6
A: Ik zet hem op de lijst
B: En de bloemenkraam klaagt over de stroom
A: Ik vraag Enexis om de kast te checken
""",
        messages=22,
    ),
    # --- R2 eikenprocessierups --------------------------------------------------------------
    Chat(
        "EPR 2025",
        "openbare_ruimte",
        "2025-04-22 08:15",
        ["Wim Hoekstra", "Lotte Brink", "Gerrit Wolters"],
        """
A: Gerrit, de eerste nesten zijn gezien aan de Steenwijkerstraatweg {2}
C: Dat is vroeg, door de warmte. We kunnen volgende week beginnen met wegzuigen {2}
B: Hebben we de opdracht al getekend? Vorig jaar was dat pas in juni {2}
A: Raamovereenkomst loopt nog tot eind 2025, alleen de bestelling {2}
C: Prijs per nest is 14,50, hoogwerker 85 per uur {2}
B: Dat is meer dan vorig jaar {2}
C: Brandstof en personeel, staat in de indexering {2}
~
C: PHOTO "Nest eik Reggersweg hoogte 6 meter" {2}
A: Die staat bij de speeltuin, die moet eerst {2}
C: Vanmiddag gedaan {2}
~ 2025-06-03
B: Teller staat op 612 nesten, begroot waren 400 {2}
A: Dan gaan we over het budget heen {2}
B: Ik meld het bij de controller {2}
C: We kunnen de wegbermen buiten de kern laten hangen met een waarschuwingsbord {2}
A: Alleen waar geen fietspad langs ligt {2}
C: AUDIO {2}
A: Goed, doe dat {2}
~ 2025-07-15
C: Laatste ronde gedaan, totaal 934 nesten {2}
B: Factuur graag gesplitst per wijk {2}
""",
        messages=58,
    ),
    Chat(
        "Melding school Oosterboer",
        "openbare_ruimte",
        "2025-05-19 11:20",
        ["Lotte Brink", "Fatima El Amrani"],
        """
B: Lotte, de directeur van De Regenboog belde, zes kinderen met rode bultjes en jeuk na de gymles buiten {2}
A: Staan daar eiken langs het veld? {2}
B: Een rij van acht {2}
A: Dan is het vrijwel zeker de rups. Ik stuur vandaag nog iemand {2}
B: Ze willen weten of het veld dicht moet {2}
A: Ja, tot de nesten weg zijn. Lint eromheen {2}
~
A: PHOTO "Let op brandharen. Veld tijdelijk gesloten" {2}
B: Dank! Ouders vragen of ze naar de huisarts moeten {2}
A: Verwijs naar de GGD-website, ik stuur je de link {2}
""",
        messages=24,
    ),
    Chat(
        "KCC meldingen groen",
        "dienstverlening",
        "2025-06-02 09:01",
        ["Ingrid Mulder", "Wim Hoekstra"],
        """
A: Wim, we krijgen veel meldingen van die harige beesten in de eiken, vooral Koedijkslanden {2}
B: Zet ze allemaal op categorie eiken/plaagdieren, dan komen ze in de lijst van de bestrijder {2}
A: Ook mensen die zelf klachten hebben, uitslag op armen en benen {2}
B: Die noteren, de GGD wil de aantallen {2}
A: Tot nu toe 37 met klachten {2}
~
A: Meneer van de Hesselingenstraat wil een schadevergoeding voor de dierenarts, zijn hond likte een nest {2}
B: Doorsturen naar juridische zaken {2}
A: Ook iemand die vraagt of het gif is dat ze spuiten {2}
B: We spuiten niet, we zuigen weg. Nematoden alleen bij de Reest {2}
A: Ik zet het in de standaardtekst {2}
A: Afval containers staan er weer vol, Wilhelminapark
B: Ik geef het door aan de ROVA
""",
        messages=34,
    ),
    Chat(
        "GGD",
        "samenleving",
        "2025-06-10 14:30",
        ["Fatima El Amrani", "Pieter Post"],
        """
B: Fatima, wij zien in Meppel een piek in huisartsbezoek door de processierups {2}
A: Onze teller staat op 52 inwoners met klachten {2}
B: Kunnen jullie een bericht op de site zetten? {2}
A: AUDIO {2}
B: Goed, ik stuur de tekst {2}
""",
        messages=12,
    ),
    Chat(
        "Vlindertuin Ezinge",
        "openbare_ruimte",
        "2025-05-12 10:10",
        ["Lotte Brink", "Karin de Vries"],
        """
B: De vlindertuin staat vol rupsen van de dagpauwoog, mooi voor de kinderboerderij
A: Niet maaien daar dus
B: Nee, bord erbij: hier groeien vlinders
A: PHOTO "Hier groeien vlinders. Niet maaien"
B: Leuk!
""",
        messages=16,
    ),
    # --- R3 zonnepark Rogatsedijk -----------------------------------------------------------
    Chat(
        "ZP Rogat",
        "ruimte",
        "2025-02-11 09:30",
        ["Bart Jonker", "Yvonne Lammers", "Rick Meester"],
        """
A: Yvonne, Solarix heeft de aanvraag ingediend voor de 24 hectare aan de dijk {3}
B: Volledig? Ik mis de landschappelijke inpassing {3}
A: Komt nog, ze wachten op de ecoloog {3}
C: Klopt, rapport van de ecoloog volgt eind februari, de haag van meidoorn blijft {3}
B: En de hoogte van de panelen? Max 2,5 meter volgens het beleid {3}
C: 2,2 meter, oost-west opstelling {3}
~ 2025-03-04
A: Inpassingsplan binnen {3}
B: PHOTO "Inpassingsplan zonneveld Rogat: haag 3 m, sloot, wandelpad langs dijk" {3}
B: Wandelpad is mooi, dat vroegen de bewoners {3}
C: Het pad loopt over ons terrein, gemeente hoeft niks te beheren {3}
~ 2025-04-15
A: Termijn loopt af op 27 mei, verlengen? {3}
B: Ja, 6 weken, de Welstand wil er nog naar kijken {3}
C: Jammer, maar begrijpelijk {3}
~ 2025-06-24
A: Besluit is getekend, vergunning verleend {3}
C: Geweldig nieuws {3}
B: Publicatie morgen, dan zes weken bezwaar {3}
""",
        messages=60,
    ),
    Chat(
        "Bewonersavond Rogat",
        "ruimte",
        "2025-03-10 16:00",
        ["Yvonne Lammers", "Marloes Peters"],
        """
B: Zaal in De Schiphorst is vastgelegd voor de bewonersavond, 20 maart {3}
A: Solarix presenteert, wij zijn er alleen voor de procedure {3}
B: Hoeveel brieven? {3}
A: Alle adressen binnen 1 km, dat zijn er 140 {3}
~ 2025-03-21
A: 65 mensen, best kritisch {3}
B: Waarover vooral? {3}
A: Uitzicht vanaf de dijk en dat het geld naar Amsterdam gaat {3}
A: Solarix biedt nu 0,50 euro per MWh voor een omgevingsfonds en obligaties voor omwonenden {3}
B: Staat dat in het verslag? {3}
A: PHOTO "Verslag bewonersavond 20 maart. Omgevingsfonds 0,50 EUR/MWh. 25% lokaal eigendom" {3}
B: Dank, ik zet het bij de aanvraag {3}
""",
        messages=28,
    ),
    Chat(
        "Net",
        "ruimte",
        "2025-05-08 11:45",
        ["Bart Jonker", "Sjoerd Haan"],
        """
B: Bart, voor Rogat kunnen we pas in 2029 transportcapaciteit bieden {3}
A: Dat is vier jaar na de vergunning {3}
B: Met een batterij op het terrein kan het eerder, cable pooling met de windmolen ook {3}
A: Ik leg het voor aan de initiatiefnemer {3}
B: Netcongestiekaart van deze week {3}
B: PHOTO "Netcongestie Drenthe: Meppel-Oost rood voor invoeding" {3}
A: Dank {3}
""",
        messages=18,
    ),
    Chat(
        "RIB zonneveld",
        "bestuur",
        "2025-06-25 08:40",
        ["Annelies Kok", "Bart Jonker"],
        """
A: Wethouder wil een raadsinformatiebrief over het zonneveld bij de dijk {3}
B: Ik heb een opzet. Vergunning, fonds, netaansluiting pas 2029 of met batterij {3}
A: Zet er ook in dat het wandelpad openbaar is {3}
B: Doe ik {3}
~
B: Concept staat in de map {3}
A: Gelezen, akkoord {3}
""",
        messages=15,
    ),
    Chat(
        "Zonnepanelen basisschool",
        "bedrijfsvoering",
        "2025-04-03 13:00",
        ["Tom Bakker", "Ingrid Mulder"],
        """
A: De Wegwijzer wil zonnepanelen op het dak van de gymzaal
B: Is dat ons eigendom of van de stichting?
A: Van ons, dus wij betalen en de school krijgt de opbrengst
B: Past het in het IHP?
A: Ja, budget duurzaamheid 2025
B: Dan offerte opvragen bij twee installateurs
""",
        messages=20,
    ),
    Chat(
        "Rogatsedijk wegdek",
        "openbare_ruimte",
        "2025-08-12 07:50",
        ["Wim Hoekstra", "Dirk Veen"],
        """
A: Gat in het wegdek op de Rogatsedijk bij nummer 18, fietser gevallen
B: Ik zet er vanochtend een bord bij
B: PHOTO "Rogatsedijk 18 gat in asfalt"
A: Koud asfalt erin, de aannemer herstelt het in september
""",
        messages=14,
    ),
    # --- R4 legionella sportcentrum De Koedijk ----------------------------------------------
    Chat(
        "Beheer De Koedijk",
        "samenleving",
        "2025-08-26 08:05",
        ["Erik Schipper", "Monique Hendriks", "Hans Brink"],
        """
A: Uitslag van de monsters binnen, kleedkamer 3 en 4 boven de norm {4}
B: Hoeveel? {4}
A: 2.300 kve per liter in douche 4, de grens is 1.000 {4}
B: Dan moeten ze direct dicht {4}
A: Ik sluit de kleedkamers 3 tot en met 6, de rest gaat via de sporthal {4}
C: Ik kom vandaag thermisch spoelen, boiler moet naar 70 graden {4}
A: PHOTO "Kleedkamers 3 t/m 6 gesloten wegens onderhoud. Excuses voor het ongemak" {4}
B: Moeten we de ILT melden? {4}
A: Ja, boven 1.000 is meldplichtig, doe ik vandaag {4}
~
C: Gespoeld en gedesinfecteerd, nieuwe monsters zijn genomen {4}
A: Uitslag over 10 dagen {4}
B: Waar komt het vandaan? {4}
C: Dode leiding naar de oude sauna, daar stond water stil {4}
B: Die leiding moet eruit {4}
~ 2025-09-08
A: Nieuwe uitslag: alles onder de 100 {4}
B: Dan mogen ze weer open {4}
A: AUDIO {4}
B: Prima, de dode leiding eerst afdoppen en dan open {4}
""",
        messages=52,
    ),
    Chat(
        "Verenigingen Koedijk",
        "samenleving",
        "2025-08-26 12:30",
        ["Monique Hendriks", "Femke Smit"],
        """
A: Femke, kun jij de clubs mailen dat er twee weken minder kleedruimte is? {4}
B: Welke reden noemen we? {4}
A: Gewoon de waarheid: te veel bacteriën in de douches, uit voorzorg dicht {4}
B: De hockeyclub heeft zaterdag een toernooi met 12 teams {4}
A: Die kunnen in de tent op het veld omkleden, douchen gaat niet {4}
~
B: Volleybal vraagt of het gevaarlijk was voor hun leden, ze hebben er vorige week gedoucht {4}
A: Het risico is klein, wie koorts en hoest krijgt moet naar de huisarts, dat zegt de GGD {4}
B: Ik zet dat in de mail {4}
~ 2025-09-09
A: Alles weer open vanaf morgen {4}
B: Mail is eruit {4}
""",
        messages=30,
    ),
    Chat(
        "Installatie",
        "bedrijfsvoering",
        "2025-08-28 10:10",
        ["Hans Brink", "Tom Bakker"],
        """
A: Tom, de leiding naar de oude sauna in de Koedijk moet eruit, dat was de bron {4}
B: Kosten? {4}
A: Klimaattechniek Brink zegt 3.800 euro, plus het beheersplan bijwerken {4}
B: Akkoord, uit het onderhoudsbudget {4}
A: Ook de boiler van het kleedgebouw blijft te koud, 55 graden {4}
B: Dat is te laag, offerte voor een nieuwe {4}
""",
        messages=20,
    ),
    Chat(
        "Koedijk verlichting",
        "openbare_ruimte",
        "2025-10-01 17:45",
        ["Dirk Veen", "Erik Schipper"],
        """
A: Op de parkeerplaats van De Koedijk zijn vier lantaarns kapot
B: Mensen klagen over donker bij de ingang van de sporthal
A: Monteur komt donderdag
B: Dank
""",
        messages=12,
    ),
    # --- R5 cameratoezicht Wilhelminapark ---------------------------------------------------
    Chat(
        "Overlast W-park",
        "veiligheid",
        "2025-03-03 21:15",
        ["Sanne Dekker", "Ronald Bos", "Kees Otten"],
        """
C: Vanavond weer een groep van 15 bij de baan, vuurwerk en een kapotte bank {5}
A: Derde keer deze maand {5}
B: Bewoners van de Parklaan hebben een brief aan de burgemeester gestuurd {5}
C: PHOTO "Vernielde bank en glas bij skatebaan Wilhelminapark" {5}
A: Kunnen we de jongeren in beeld krijgen? {5}
C: Een paar kennen we, de rest komt uit Steenwijk met de trein {5}
~
A: Burgemeester wil bespreken of tijdelijke camera's kunnen {5}
B: Dan hebben we een onderbouwing nodig voor het aanwijzingsbesluit, politiecijfers {5}
C: Ik lever de meldingen van het afgelopen half jaar {5}
~ 2025-03-20
A: Driehoek is akkoord, drie maanden toezicht {5}
B: Besluit publiceren, dan de unit bestellen {5}
~ 2025-05-09
C: Sinds de mast er staat is het rustig, twee meldingen in een maand {5}
A: Verplaatst het zich niet gewoon? {5}
C: Beetje naar het station, houden we in de gaten {5}
""",
        messages=62,
    ),
    Chat(
        "Mobiele unit",
        "veiligheid",
        "2025-03-21 09:20",
        ["Ronald Bos", "Linda Verhoef"],
        """
B: Ronald, SecureView kan een mobiele mast leveren binnen 5 werkdagen {5}
A: Kosten? {5}
B: 1.150 per maand, beelden 28 dagen bewaard, live uitkijken door de meldkamer van de politie {5}
A: Alleen uitkijken op vrijdag en zaterdag avond, dat staat in het besluit {5}
B: Bord bij de ingang van het park is verplicht {5}
A: PHOTO "Cameratoezicht. Burgemeester van Meppel. Art. 151c Gemeentewet" {5}
B: Perfect {5}
""",
        messages=18,
    ),
    Chat(
        "Jongerenwerk",
        "samenleving",
        "2025-03-06 15:10",
        ["Ilse Kramer", "Sanne Dekker"],
        """
A: Sanne, wij kennen de meeste jongens van de baan, ze hebben gewoon niks te doen {5}
B: De burgemeester overweegt camera's {5}
A: Dat verplaatst het alleen. Wij willen een avond in de week de jongerenbus daar {5}
B: Kan naast elkaar. Kun je een gesprek met de ouders organiseren? {5}
A: Ja, via school {5}
~ 2025-03-27
A: Gesprek met acht ouders geweest, ze schrokken van het vuurwerk {5}
B: Mooi. Bus staat er vanaf april op donderdag {5}
A: AUDIO {5}
""",
        messages=28,
    ),
    Chat(
        "Evaluatie camera",
        "veiligheid",
        "2025-06-23 10:00",
        ["Sanne Dekker", "Annelies Kok"],
        """
A: Drie maanden zijn om, de evaluatie voor de burgemeester {5}
B: Kern? {5}
A: Meldingen van 31 naar 6, geen aanhoudingen op beeld, wel twee keer beelden gebruikt bij vernieling {5}
B: Verlengen? {5}
A: Advies: niet verlengen, unit weg, jongerenwerk blijft {5}
B: Ze heeft het overgenomen {5}
""",
        messages=14,
    ),
    Chat(
        "Livestream raad",
        "bestuur",
        "2025-04-14 18:50",
        ["Annelies Kok", "Tom Bakker"],
        """
A: De camera in de raadzaal valt steeds uit bij de livestream
B: Firmware update, ik kijk het voor 19.30 na
A: De voorzitter ziet zichzelf niet in beeld
B: Opgelost
""",
        messages=14,
    ),
    Chat(
        "Muziektent",
        "samenleving",
        "2025-05-20 11:00",
        ["Karin de Vries", "Ilse Kramer"],
        """
A: Het zomerconcert in de muziektent van het Wilhelminapark is op 6 juli
B: Stroom en stoelen regelen wij
A: De harmonie neemt eigen licht mee
""",
        messages=12,
    ),
    # --- R6 fietsstraat Zomerdijk -----------------------------------------------------------
    Chat(
        "ZD uitvoering",
        "openbare_ruimte",
        "2025-04-01 07:35",
        ["Gerrit de Boer", "Wim Hoekstra", "Arjen Hoekstra"],
        """
C: Morgen gaat het oude asfalt eruit tussen de Kerkstraat en de brug {6}
A: Omleiding staat? {6}
C: Borden staan, bus 20 rijdt via de Industrieweg {6}
B: Bewoners weten dat ze twee weken niet met de auto voor de deur kunnen? {6}
A: Brief is 14 dagen geleden rondgebracht {6}
~ 2025-04-16
C: PHOTO "Rood asfalt Zomerdijk, fietsstraat auto te gast" {6}
B: Mooi strak {6}
A: De drempel bij de school moet nog {6}
C: Volgende week, plus de markering {6}
~ 2025-05-06
A: Meerkosten voor de kabels die er niet hadden moeten liggen, 23.000 {6}
B: Hoekstra heeft dat goed gedocumenteerd? {6}
C: Foto's en KLIC-melding erbij {6}
A: Dan akkoord {6}
""",
        messages=56,
    ),
    Chat(
        "Bewoners ZD",
        "ruimte",
        "2025-02-10 19:30",
        ["Sophie Vos", "Gerrit de Boer"],
        """
A: De bewonerscommissie heeft een petitie met 212 handtekeningen tegen het weghalen van de vakken {6}
B: Het gaat om 14 van de 38 plekken {6}
A: Ze zeggen dat ouderen dan niet meer voor de deur kunnen parkeren {6}
B: Er blijven twee invalidenplekken, en de Weth. Hoekstrastraat krijgt er 10 bij {6}
A: Kan dat in een antwoordbrief? {6}
B: Ja, ik schrijf een concept {6}
~
A: Mevrouw van nummer 54 belde, huilend, haar man is slecht ter been {6}
B: Die komt op een plek voor de deur, kan via een individuele gehandicaptenparkeerplaats {6}
A: Ik geef het door {6}
~ 2025-03-05
A: Inloopavond was druk, vooral over de vakken {6}
B: PHOTO "Inloopavond Zomerdijk: 14 vakken weg, 10 in zijstraat, 2 GPP blijven" {6}
""",
        messages=36,
    ),
    Chat(
        "Verkeersbesluit",
        "ruimte",
        "2025-02-25 09:10",
        ["Gerrit de Boer", "Linda Verhoef"],
        """
B: Het verkeersbesluit voor de Zomerdijk moet in de Staatscourant voor de uitvoering {6}
A: Concept is klaar, met het bord fietsstraat en de 30 km {6}
B: Politie advies? {6}
A: Positief, met een opmerking over de bussen {6}
~ 2025-03-12
B: Gepubliceerd, bezwaar tot 23 april {6}
~ 2025-04-24
B: Twee bezwaren binnen, beide over parkeren {6}
A: Naar de commissie bezwaarschriften {6}
""",
        messages=16,
    ),
    Chat(
        "Begroting fietsprojecten",
        "bedrijfsvoering",
        "2025-01-20 14:00",
        ["Tom Bakker", "Gerrit de Boer"],
        """
A: De raming voor de Zomerdijk is 1,24 miljoen {6}
B: Waarvan 40 procent provinciale subsidie fiets {6}
A: Die is toegekend? {6}
B: Brief van 12 december, ja {6}
A: Dan kan de krediet-aanvraag naar de raad {6}
A: En de fietsenstalling bij het station, staat die nog in 2025?
B: Nee, naar 2026
""",
        messages=22,
    ),
    Chat(
        "Stalling station",
        "openbare_ruimte",
        "2025-06-03 08:20",
        ["Dirk Veen", "Wim Hoekstra"],
        """
A: In de stalling bij het station staan 80 weesfietsen
B: Labels erop, na vier weken weghalen
A: PHOTO "Deze fiets wordt na 4 weken verwijderd. Gemeente Meppel"
B: Goed
""",
        messages=18,
    ),
    # --- R7 arbeidsmigranten Kerkweg --------------------------------------------------------
    Chat(
        "Kerkweg 12",
        "ruimte",
        "2025-01-14 10:20",
        ["Yvonne Lammers", "Mark Jansen", "Olga Nowak"],
        """
C: Goedemorgen, FlexWork Noord wil in het oude schoolgebouw 72 mensen laten wonen, voor 5 jaar {7}
A: Het bestemmingsplan staat maatschappelijk, dus een afwijking nodig {7}
B: Beleid short stay zegt max 50 per locatie {7}
C: Kunnen we naar 64 met een beheerder die er 24 uur is? {7}
A: Dat leggen we het college voor {7}
~ 2025-02-04
B: College wil 50, met beheerder, en evaluatie na 2 jaar {7}
C: Dan gaan we herrekenen {7}
C: PHOTO "Plattegrond Kerkweg 12: 25 kamers a 2 personen, gezamenlijke keukens" {7}
A: Fietsenstalling ontbreekt nog {7}
C: Komt in de oude gymzaal {7}
~ 2025-04-22
A: Vergunning verleend voor 5 jaar, 50 personen {7}
C: Dank, de eerste mensen komen 1 juni {7}
""",
        messages=58,
    ),
    Chat(
        "Brandveiligheid Kerkweg",
        "veiligheid",
        "2025-03-10 13:15",
        ["Joost Hulshof", "Peter van Dam"],
        """
B: Joost, voor het logiesgebouw is een brandmeldinstallatie met doormelding nodig {7}
A: Dat staat niet in hun aanvraag {7}
B: En de vluchtroute via het trappenhuis aan de achterkant is te smal, 85 cm {7}
A: Ik vraag aanvulling {7}
~ 2025-05-27
B: Opleveringscontrole gedaan, BMI werkt, nooduitgang verbreed {7}
B: PHOTO "Gebruiksmelding brandveilig gebruik logiesfunctie 50 personen akkoord" {7}
A: Top, dan kan de gebruiksmelding worden geaccepteerd {7}
""",
        messages=20,
    ),
    Chat(
        "Buurt Kerkweg",
        "samenleving",
        "2025-02-18 20:10",
        ["Sophie Vos", "Mark Jansen"],
        """
A: Mark, er gaat een brief rond in de buurt tegen de komst van de werknemers van FlexWork {7}
B: Wat zijn de zorgen? {7}
A: Busjes die 's ochtends om 5 uur starten, afval, dronken mensen {7}
B: Laten we een buurtavond organiseren met de beheerder erbij {7}
A: AUDIO {7}
B: Eens, ik nodig de uitzender uit {7}
~ 2025-03-06
A: Buurtavond: 40 mensen, het werd beter toen de beheerder zijn telefoonnummer gaf {7}
B: Afspraak: busjes parkeren op het terrein achter, niet in de straat {7}
~ 2025-07-08
A: Eerste klacht sinds ze er wonen: muziek op een zaterdagnacht {7}
B: Beheerder heeft het opgelost, zegt hij {7}
""",
        messages=32,
    ),
    Chat(
        "Wethouder Wonen",
        "bestuur",
        "2025-01-28 17:30",
        ["Annelies Kok", "Yvonne Lammers"],
        """
A: Wethouder vraagt of het pand aan de Kerkweg niet beter voor starters kan {7}
B: Er is geen ontwikkelaar die het wil, asbest en het staat in de monumentenlijst {7}
A: AUDIO {7}
B: Ik stuur haar de notitie met de vergelijking {7}
""",
        messages=12,
    ),
    Chat(
        "Renovatie De Wegwijzer",
        "bedrijfsvoering",
        "2025-06-16 09:00",
        ["Tom Bakker", "Mark Jansen"],
        """
A: De Wegwijzer krijgt in de zomervakantie nieuwe ramen en ventilatie
B: Staat de school dan leeg?
A: Zes weken, tijdelijke lokalen zijn niet nodig
B: Mooi
""",
        messages=14,
    ),
    # --- R8 ganzen Stadspark ----------------------------------------------------------------
    Chat(
        "Ganzen park",
        "openbare_ruimte",
        "2025-03-18 08:40",
        ["Lotte Brink", "Jan Mulder", "Wim Hoekstra"],
        """
A: De grauwe ganzen in het Stadspark zitten al op 230 tellingen deze winter {8}
B: Vanuit de WBE kunnen we in april de nesten doen: eieren schudden of met olie insmeren {8}
C: Hebben we daar een ontheffing voor? {8}
B: De provincie heeft een ontheffing voor het hele gebied van de FBE, wij werken daaronder {8}
A: Ik wil het wel eerst aan de wethouder voorleggen, vorig jaar kwamen er boze mails van dierenvrienden {8}
~ 2025-04-09
A: Akkoord van de wethouder, wel alleen olie, geen afschot in het park {8}
B: Morgen beginnen we, 4 man {8}
~
B: 38 nesten gevonden, 212 eieren behandeld {8}
B: PHOTO "Telformulier WBE Meppel Stadspark 10-04: 38 nesten 212 eieren" {8}
C: Mooi werk {8}
~ 2025-06-17
A: Toch weer veel jongen, ze komen van de Reest aanzwemmen {8}
B: Volgend jaar ook de oevers daar meenemen {8}
""",
        messages=50,
    ),
    Chat(
        "Speelweide",
        "openbare_ruimte",
        "2025-06-02 12:15",
        ["Ingrid Mulder", "Lotte Brink"],
        """
A: Al weer drie klachten over de speelweide: kinderen zitten onder de poep {8}
B: Het zijn er te veel op dat veld, ze grazen daar {8}
A: Een moeder stuurde een foto {8}
A: PHOTO "Speelweide Stadspark vol uitwerpselen" {8}
B: Ik laat de veegmachine twee keer per week gaan {8}
A: Kunnen we iets doen zodat ze daar niet komen? {8}
B: Hoog gras langs de vijver en een laag hek, dan lopen ze er minder makkelijk op {8}
~
B: Hek staat, gras laten we staan {8}
""",
        messages=22,
    ),
    Chat(
        "Dierenbescherming",
        "bestuur",
        "2025-04-14 11:30",
        ["Annelies Kok", "Lotte Brink"],
        """
A: Lotte, de Dierenbescherming mailt de wethouder over het behandelen van de eieren in het park {8}
B: We doen alleen olie, geen doden, dat is het minst ingrijpende middel {8}
A: Kun je me een paar regels geven voor het antwoord? {8}
B: AUDIO {8}
A: Dank, ik verwerk het {8}
""",
        messages=14,
    ),
    Chat(
        "Paasfeest park",
        "samenleving",
        "2025-04-07 10:00",
        ["Karin de Vries", "Femke Smit"],
        """
A: Paaseieren zoeken in het Stadspark op tweede paasdag, 300 eieren
B: Ook op de speelweide?
A: Nee, achter de muziekkoepel
B: Paashaas is geregeld
""",
        messages=14,
    ),
    # --- R9 leerlingenvervoer ---------------------------------------------------------------
    Chat(
        "LLV",
        "samenleving",
        "2025-08-25 07:45",
        ["Nathalie de Wit", "Robin Meijer", "Gert Lubbers"],
        """
A: Eerste schooldag en al 11 klachten, busjes te laat of helemaal niet {9}
B: Welke routes? {9}
A: Vooral de route naar De Atlas in Zwolle, kinderen stonden 45 minuten te wachten {9}
C: Excuses, twee chauffeurs ziek en de planning was niet goed ingelezen {9}
A: Ouders moesten zelf rijden, die willen een vergoeding {9}
C: Dat vergoeden wij, kilometers volgens de regeling {9}
~
A: Vanochtend weer 4, waaronder een jongen met autisme die in paniek raakte door een andere chauffeur {9}
C: Vaste chauffeurs per route vanaf maandag {9}
B: Graag schriftelijk {9}
~ 2025-09-15
A: Stand na drie weken: 63 klachten, 41 over te laat {9}
B: Dat is een boete volgens het contract {9}
C: AUDIO {9}
B: Jullie krijgen de brief met de boete, 4.100 euro {9}
~ 2025-10-20
A: Deze maand 6 klachten, het is beter {9}
""",
        messages=70,
    ),
    Chat(
        "Ouder Veenstra",
        "samenleving",
        "2025-09-02 16:20",
        ["Nathalie de Wit", "Jolanda Veenstra"],
        """
B: Het busje voor Daan kwam vandaag weer niet. Ik heb mijn werk moeten afzeggen {9}
A: Wat vervelend, ik meld het direct bij de vervoerder {9}
B: Dit is de vierde keer {9}
A: Ik heb gevraagd om een vaste chauffeur voor zijn route {9}
~
B: Vandaag kwam hij wel, maar een uur te vroeg {9}
A: Ik heb het doorgegeven. U kunt een klacht indienen, dan gaat hij mee in het gesprek met de vervoerder {9}
B: Doe ik {9}
""",
        messages=20,
    ),
    Chat(
        "Aanbesteding vervoer",
        "bedrijfsvoering",
        "2025-03-11 10:00",
        ["Robin Meijer", "Tom Bakker"],
        """
A: Gunning doelgroepenvervoer: Taxi Reestdal laagste prijs en tweede op kwaliteit {9}
B: Verschil met de nummer twee? {9}
A: 11 procent in prijs {9}
B: Dan is het Reestdal, standstill 20 dagen {9}
~ 2025-09-18
B: Raadsvragen over de aanbesteding van het schoolvervoer, waarom op prijs {9}
A: Het was 60 kwaliteit, 40 prijs, ik stuur de matrix {9}
A: PHOTO "Beoordeling: Reestdal kwaliteit 7,8 prijs 10; Drenthe Zorgvervoer kwaliteit 8,4 prijs 8,9" {9}
B: Dank {9}
""",
        messages=26,
    ),
    Chat(
        "WMO vervoer",
        "samenleving",
        "2025-09-10 14:00",
        ["Nathalie de Wit", "Jolanda de Groot"],
        """
B: Mevrouw Smit klaagt dat haar Wmo-taxi naar de dagbesteding een uur te laat was
A: Dat is de regiotaxi, niet ons contract
B: Ik verwijs haar door naar de regiecentrale
""",
        messages=14,
    ),
    Chat(
        "Schoonmaak",
        "bedrijfsvoering",
        "2025-05-05 09:30",
        ["Tom Bakker", "Robin Meijer"],
        """
A: De aanbesteding schoonmaak van het stadhuis loopt, 4 inschrijvingen
B: Gunning in juni?
A: Ja, klachten over de huidige partij zijn er genoeg
""",
        messages=16,
    ),
    # --- R10 beuk Kerkplein -----------------------------------------------------------------
    Chat(
        "Beuk Kerkplein",
        "openbare_ruimte",
        "2025-05-13 09:50",
        ["Jan Mulder", "Lotte Brink", "Arend Dijkstra"],
        """
A: Bij de grote beuk op het plein zit een reuzenzwam aan de stamvoet {10}
B: Die is 160 jaar oud, staat op de lijst monumentale bomen {10}
C: Ik kom een BTO doen met de resistograaf {10}
~ 2025-05-22
C: PHOTO "Resistograaf beuk Kerkplein: restwand 18%, rot tot 1,20 m" {10}
C: Restwand veel te dun, breukgevaar bij storm {10}
B: Kroon innemen helpt niet? {10}
C: Niet genoeg, de wortels zijn aangetast {10}
A: Dan moet hij weg {10}
B: Eerst een kapvergunning, ook als het onze eigen boom is {10}
~
B: Hekken eromheen tot het zover is {10}
C: AUDIO {10}
B: Oké, hekken op 15 meter {10}
~ 2025-07-07
A: Gekapt, de stobbe wordt morgen gefreesd {10}
B: Herplant in november, een beuk van 8 meter {10}
""",
        messages=48,
    ),
    Chat(
        "Bomenstichting",
        "ruimte",
        "2025-05-28 13:30",
        ["Lotte Brink", "Marloes Peters"],
        """
B: De Bomenstichting heeft een zienswijze ingediend tegen de kap op het plein {10}
A: Wat willen ze? {10}
B: Een second opinion door een eigen boomdeskundige {10}
A: Mag, het rapport van Dijkstra is openbaar, ze mogen zelf meten {10}
~ 2025-06-12
B: Hun deskundige komt tot hetzelfde: restwand te dun {10}
A: Dan zijn ze akkoord? {10}
B: Ze vragen wel een grotere herplant en een plaquette {10}
A: Die plaquette vind ik een mooi idee {10}
""",
        messages=22,
    ),
    Chat(
        "Vergunning kap",
        "ruimte",
        "2025-05-26 08:30",
        ["Marloes Peters", "Linda Verhoef"],
        """
A: Linda, kun jij de omgevingsvergunning voor de boom op het Kerkplein met spoed behandelen? {10}
B: Vanwege het gevaar? {10}
A: Ja, BTO zit erbij {10}
B: Dan verleen ik hem binnen 2 weken met een herplantplicht {10}
~ 2025-06-16
B: Verleend, publicatie vandaag, bezwaar loopt niet schorsend {10}
""",
        messages=14,
    ),
    Chat(
        "Kerstboom plein",
        "openbare_ruimte",
        "2025-11-18 08:15",
        ["Jan Mulder", "Dirk Veen"],
        """
A: De kerstboom voor het Kerkplein komt 28 november, 12 meter
B: Hoogwerker is besteld voor de lichtjes
A: Hij komt waar vroeger de oude boom stond?
B: Nee, daar staat de nieuwe jonge boom, hij gaat naast de pomp
""",
        messages=16,
    ),
    Chat(
        "Dakkapel",
        "ruimte",
        "2025-06-04 10:40",
        ["Linda Verhoef", "Marloes Peters"],
        """
A: Aanvraag dakkapel aan het Kerkplein 3, beschermd stadsgezicht
B: Welstand is negatief, te groot
A: Ik vraag de aanvrager een kleinere kap te tekenen
""",
        messages=12,
    ),
    # --- R11 verkoop oude gemeentewerf ------------------------------------------------------
    Chat(
        "Oude werf",
        "bedrijfsvoering",
        "2025-02-03 11:00",
        ["Harm Visscher", "Ellen Post", "Tom Bakker"],
        """
A: De taxatie van het terrein aan de Industrieweg is binnen: 1,85 miljoen {11}
B: Met of zonder de loods? {11}
A: Inclusief, maar met een aftrek voor sloop {11}
C: We gaan openbaar verkopen, vanwege het Didam-arrest {11}
A: Ja, inschrijving tot 15 april, minimumprijs is de taxatie {11}
~ 2025-04-16
A: Vijf biedingen binnen {11}
A: PHOTO "Opening biedingen Industrieweg: 1. 2,31 mln 2. 2,05 mln 3. 1,96 mln 4. 1,90 mln 5. 1,62 mln" {11}
B: Nummer 5 valt af, onder de minimumprijs {11}
C: Wie is de hoogste? {11}
A: Bouwbedrijf Mensinga, met woningbouw als plan {11}
B: Dat mag niet, het is bedrijventerrein {11}
A: Ze bieden onder voorbehoud van bestemmingswijziging, dat is niet volgens de voorwaarden {11}
C: Dan valt het af, nummer 2 wint: Transportbedrijf Nijboer {11}
~ 2025-05-20
A: College akkoord met gunning aan Nijboer {11}
""",
        messages=54,
    ),
    Chat(
        "Bodem Industrieweg",
        "ruimte",
        "2025-02-20 09:30",
        ["Ellen Post", "Bas Koster"],
        """
B: Bodemonderzoek werfterrein: ondergrondse olietank bij de oude wasplaats {11}
A: Moet die eruit voor de verkoop? {11}
B: Beter wel, anders trekken kopers het van de prijs af {11}
A: Kosten? {11}
B: Rond 40.000 met sanering {11}
A: Doen, voor de inschrijving start {11}
~ 2025-03-25
B: Tank verwijderd, grond schoon verklaard {11}
B: PHOTO "Verwijdering ondergrondse tank 5000 l, Industrieweg, 24-03-2025" {11}
""",
        messages=18,
    ),
    Chat(
        "Notaris",
        "bedrijfsvoering",
        "2025-06-02 15:00",
        ["Harm Visscher", "Ellen Post"],
        """
A: Concept-koopakte van Nijboer is binnen van de notaris {11}
B: Anti-speculatiebeding staat erin? {11}
A: Ja, 5 jaar zelf gebruiken {11}
B: Levering 1 september? {11}
A: Ja, en de huur van de zoutloods loopt tot 1 oktober {11}
B: Top {11}
~ 2025-09-01
A: Getekend bij de notaris, 2.050.000 binnen {11}
""",
        messages=18,
    ),
    Chat(
        "Mensinga",
        "bestuur",
        "2025-04-28 16:45",
        ["Annelies Kok", "Harm Visscher"],
        """
A: Mensinga belt de wethouder, ze vinden het oneerlijk dat hun bod niet telt {11}
B: Het voorbehoud stond niet in de voorwaarden, dat hebben we iedereen gezegd {11}
A: Kan hij bezwaar maken? {11}
B: Het is privaatrecht, hij kan naar de rechter. Juridisch staat het sterk {11}
A: AUDIO {11}
B: Ik maak een memo {11}
""",
        messages=16,
    ),
    Chat(
        "Strooizout",
        "openbare_ruimte",
        "2025-10-28 07:00",
        ["Dirk Veen", "Harm Visscher"],
        """
A: Nieuwe zoutloods op de werf aan de Blankensteinweg staat vol, 800 ton
B: Genoeg voor de winter?
A: Als het niet te gek wordt wel
B: Strooiroutes zijn bijgewerkt
""",
        messages=16,
    ),
    Chat(
        "Douches werf",
        "bedrijfsvoering",
        "2025-03-12 12:00",
        ["Tom Bakker", "Dirk Veen"],
        """
A: De douches in de kantine van de werf aan de Blankensteinweg zijn gerenoveerd
B: Eindelijk, warm water
A: Spoelen doen we wekelijks volgens het beheerplan
""",
        messages=14,
    ),
    # --- team chats: subjects come and go ---------------------------------------------------
    Chat(
        "Team BOR",
        "openbare_ruimte",
        "2025-01-20 08:05",
        ["Wim Hoekstra", "Lotte Brink", "Jan Mulder", "Dirk Veen"],
        """
A: Goedemorgen team, de planning voor het voorjaar staat in Teams
D: Strooiwagen 3 heeft een lekke hydrauliekslang
A: Laat hem naar de garage gaan
C: Ik ben vandaag bij de snoeiploeg in Nijeveen
~ 2025-02-11
A: Wie gaat er naar de inloopavond van de ZD? {6}
B: Ik, met Gerrit {6}
A: Neem de tekening van de vakken mee, daar gaat het over {6}
B: Doe ik {6}
~ 2025-03-17
B: Ganzentelling van de WBE is binnen, 230 stuks in het park {8}
C: Dat zijn er 80 meer dan vorig jaar {8}
A: Zet het op de agenda van donderdag {8}
D: Speeltoestel in de Oosterboer kapot, glijbaan
A: Afzetten, ik bestel een nieuwe
~ 2025-04-02
D: Vanaf vandaag rijden we niet meer door de Zomerdijk met de veegwagen, asfalt eruit {6}
A: Tot wanneer? {6}
D: Twee weken zegt Hoekstra {6}
~ 2025-04-10
B: De eieren zijn gedaan, 38 nesten {8}
C: Klachten van wandelaars? {8}
B: Een man filmde ons en zei dat hij naar de krant ging {8}
A: Prima, we doen het volgens de ontheffing {8}
~ 2025-04-23
C: Eerste nesten aan de Steenwijkerstraatweg {2}
A: Wolters is ingeseind {2}
C: PHOTO "Nesten in eik Steenwijkerstraatweg ter hoogte van nr 80" {2}
D: Maaien van de bermen langs de Reest begint maandag
A: Ok
~ 2025-05-14
C: Op het Kerkplein zit een zwam onderaan de grote boom {10}
B: Ik heb Dijkstra gebeld voor een onderzoek {10}
A: Is het gevaarlijk? {10}
C: Weten we pas na de meting {10}
D: Rode loper voor de lintjesmiddag ligt klaar
~ 2025-05-23
C: Uitslag van de meting: moet weg {10}
A: Jammer, dat wordt gedoe {10}
B: Ik ga alvast met communicatie zitten {10}
C: Hekken staan {10}
~ 2025-06-02
A: Hoeveel staan er nu? {2}
B: 612, ver boven de raming {2}
A: Ik schuif budget van het bermmaaien {2}
D: Bermmaaien is al half gedaan
A: Dan van de vijver
~ 2025-06-03
B: Veegmachine extra op de speelweide, moeders klagen over de poep {8}
D: Dinsdag en vrijdag {8}
A: Goed {8}
~ 2025-06-18
D: Kolken Hoofdstraat verstopt na de bui
A: Zuigwagen inzetten
D: Geregeld
~ 2025-07-07
C: Hij is om, het plein ligt vol hout {10}
C: PHOTO "Gekapte beuk Kerkplein, stam 1,40 m" {10}
B: Stuk stam bewaren voor de bank die de Bomenstichting wil {10}
A: Goed idee {10}
~ 2025-07-15
B: Laatste ronde rupsen gedaan, 934 {2}
A: Volgend jaar eerder preventief, met mezenkasten {2}
~ 2025-08-04
D: Vakantierooster: wie heeft week 33?
A: Ik
~ 2025-09-01
D: Op de Zomerdijk rijden auto's nog steeds hard, bewoners vragen een extra drempel {6}
A: Eerst tellen met de smiley {6}
~ 2025-09-22
D: Smiley zegt: gemiddeld 27, 15 procent boven de 35 {6}
A: Geen drempel, wel handhaving vragen {6}
~ 2025-10-06
C: Bladblazers zijn binnen voor de herfst
A: Mooi
~ 2025-11-12
B: Plantgat voor de nieuwe beuk is klaar, boom komt donderdag {10}
C: AUDIO {10}
B: Ja, met de plaquette erbij {10}
A: Goed bezig {10}
""",
        messages=380,
    ),
    Chat(
        "Team VTH en APV",
        "veiligheid",
        "2025-01-13 09:00",
        ["Joost Hulshof", "Sanne Dekker", "Ronald Bos", "Peter van Dam"],
        """
A: Jaarplan handhaving staat in de map
B: Dank, ik lees het vanavond
~ 2025-01-15
D: Aanvraag logies Kerkweg, gaat brandveiligheid lastig worden {7}
A: Waarom? {7}
D: 72 bedden in een oud schoolgebouw, geen BMI {7}
A: Nemen we mee in de vooroverleg {7}
~ 2025-03-04
B: Na gisteravond wil de burgemeester praten over de baan in het park {5}
C: Camera? {5}
B: Waarschijnlijk tijdelijk {5}
A: Dan de onderbouwing goed doen, anders haalt de rechter het onderuit {5}
~ 2025-03-20
B: Besluit cameratoezicht is genomen {5}
C: Bord bestel ik {5}
~ 2025-04-11
C: Boa's op Koningsdag: 6 man, rooster rond
A: Top
~ 2025-05-28
D: Oplevering Kerkweg goed, brandmelders werken {7}
A: Mooi {7}
~ 2025-06-12
C: Na 3 maanden camera's is het rustig bij de baan, wel nu gedoe bij het station {5}
B: Dat komt in de evaluatie {5}
~ 2025-06-30
A: Wie wil de kermisaanvragen beoordelen met Marieke? {1}
D: Ik doe de veiligheid, jij de punten {1}
A: Goed {1}
~ 2025-07-03
A: Kermisindeling rond, 18 afgewezen {1}
C: Verwacht bezwaar? {1}
A: Van Ruiter, zeker {1}
~ 2025-08-12
C: Zaterdagnacht muziek bij de Kerkweg, de bewoners belden ons {7}
B: Beheerder geweest? {7}
C: Ja, binnen een kwartier {7}
~ 2025-09-04
D: Controles horeca binnenstad, 3 waarschuwingen
A: Ok
~ 2025-10-16
A: Opbouw kermis klaar, keuringen in orde {1}
D: PHOTO "Keuringsrapport reuzenrad Ruiter goedgekeurd 16-10-2025" {1}
~ 2025-10-18
C: Vannacht 2 meldingen geluid, daarna rustig {1}
B: Sluiting om 24.00 ging goed {1}
A: Geen vechtpartij dit jaar {1}
~ 2025-10-20
C: Wie schrijft de evaluatie? {1}
A: Ik, met de cijfers van jullie {1}
C: AUDIO {1}
A: Ja, neem die mee {1}
~ 2025-11-03
B: Vuurwerkverbod oud en nieuw, publicatie klaar
A: Dank
""",
        messages=300,
    ),
    Chat(
        "Vastgoed en grond",
        "bedrijfsvoering",
        "2025-01-09 10:30",
        ["Harm Visscher", "Ellen Post", "Bas Koster"],
        """
A: Lijst af te stoten panden 2025: werfterrein Industrieweg, school Kerkweg, pastorie Rogat {7,11}
B: De school gaat in huur naar FlexWork, niet verkopen {7}
A: Huurcontract 5 jaar, 4.200 per maand, wij blijven eigenaar {7}
~ 2025-01-30
A: Taxateur komt dinsdag naar de werf {11}
C: De loods staat vol met zout, dat kan hij zien? {11}
A: Ja, geen probleem {11}
~ 2025-02-18
C: Pachter van de grond aan de Rogatsedijk wil weten of zijn pacht doorloopt als er panelen komen {3}
A: Het is niet onze grond, is van de familie Oosterhof {3}
C: Dan verwijs ik hem naar de initiatiefnemer {3}
~ 2025-03-13
B: Huurcontract Kerkweg getekend, ingang 1 juni {7}
A: Onderhoud dak blijft voor ons {7}
~ 2025-04-16
A: Vijf biedingen op de werf, de hoogste valt af {11}
B: Waarom? {11}
A: Voorbehoud op bestemming {11}
~ 2025-06-05
C: Erfpacht grond sporthal, jaarlijkse indexatie verstuurd
A: Ok
~ 2025-09-02
A: Oude werf is overgedragen {11}
B: Opbrengst naar de reserve grondzaken {11}
""",
        messages=200,
    ),
    Chat(
        "Team Sport",
        "samenleving",
        "2025-06-02 09:00",
        ["Erik Schipper", "Monique Hendriks", "Femke Smit"],
        """
A: Zomerrooster zwembad en sporthallen staat online
B: Mooi
~ 2025-08-26
A: Kleedkamers 3 tot 6 in De Koedijk zijn dicht, de monsters waren niet goed {4}
C: Hoe lang? {4}
A: Twee weken als het meezit {4}
C: Ik mail de clubs {4}
~ 2025-08-30
C: Hockeytoernooi liep goed, omkleden in de tent {4}
B: Klachten? {4}
C: Alleen dat er niet gedoucht kon worden {4}
~ 2025-09-03
B: De Courant belt over de bacterie in de douches {4}
A: Doorverwijzen naar communicatie, niets zelf zeggen {4}
~ 2025-09-09
A: Alles weer open, uitslag goed {4}
C: PHOTO "Analyserapport De Koedijk 05-09-2025: legionella < 100 kve/l alle tappunten" {4}
~ 2025-09-24
B: Sportgala is op 14 november
C: Nominaties verzamel ik
~ 2025-10-08
A: Controle monsters kwartaal, alles goed in De Koedijk {4}
""",
        messages=160,
    ),
    # --- more chats -------------------------------------------------------------------------
    Chat(
        "Persvragen",
        "bestuur",
        "2025-09-03 11:10",
        ["Marloes Peters", "Erik Schipper"],
        """
A: De Meppeler Courant vraagt naar de douches in de Koedijk. Hoe lang waren ze dicht en was er iemand ziek? {4}
B: Van 26 augustus tot 10 september, niemand ziek gemeld bij de GGD {4}
A: En waarom pas na 2 weken gemeld op de site? {4}
B: Eerlijk: dat is niet goed gegaan {4}
A: Ik schrijf het zo op {4}
""",
        messages=14,
    ),
    Chat(
        "Bestrijding offerte",
        "bedrijfsvoering",
        "2025-06-04 10:30",
        ["Tom Bakker", "Lotte Brink"],
        """
A: Lotte, de controller ziet bij de EPR een overschrijding van 31.000 {2}
B: 934 nesten in plaats van 400 {2}
A: Kan het binnen het programma groen? {2}
B: Uit de vijver-post, die schuift naar volgend jaar {2}
A: Ok, ik verwerk het in de tussenrapportage {2}
""",
        messages=16,
    ),
    Chat(
        "Boete vervoerder",
        "samenleving",
        "2025-09-16 09:20",
        ["Robin Meijer", "Gert Lubbers"],
        """
B: Robin, we vinden de boete te hoog, de eerste weken waren er ook adressen die niet klopten {9}
A: De adressen kwamen van jullie planningsysteem {9}
B: Niet allemaal, 9 kwamen te laat van de gemeente {9}
A: Die 9 haal ik eruit, rest blijft {9}
B: Akkoord {9}
""",
        messages=14,
    ),
    Chat(
        "Kermis nazorg",
        "dienstverlening",
        "2025-10-22 09:30",
        ["Esther Kuipers", "Henk Smit"],
        """
A: Markt is schoongeveegd, wel schade aan de bestrating bij het reuzenrad {1}
B: Verhalen op de exploitant? {1}
A: Staat in de voorwaarden, ik stuur Ruiter de rekening {1}
A: PHOTO "Verzakte klinkers Grote Markt plek 5" {1}
B: En de borg van de gebakkraam kan terug {1}
""",
        messages=16,
    ),
    Chat(
        "Skatebaan opknappen",
        "openbare_ruimte",
        "2025-08-19 13:00",
        ["Dirk Veen", "Ilse Kramer"],
        """
A: De halfpipe in het Wilhelminapark krijgt een nieuwe toplaag
B: De jongens willen meedenken over een extra rail
A: Stuur ze maar langs
""",
        messages=12,
    ),
    Chat(
        "Leerplicht",
        "samenleving",
        "2025-09-08 14:40",
        ["Hilde Scholten", "Nathalie de Wit"],
        """
A: Nathalie, de school van Sem meldt 6 dagen verzuim in twee weken, moeder zegt dat het busje niet kwam {9}
B: Klopt, die route stond in de eerste weken verkeerd bij de vervoerder {9}
A: Dan is het geen ongeoorloofd verzuim, ik sluit het af {9}
B: Sinds vorige week rijdt er een vaste chauffeur {9}
A: AUDIO {9}
B: Ja, ik stuur je de lijst van kinderen op die route {9}
""",
        messages=16,
    ),
    Chat(
        "Communicatie plein",
        "bestuur",
        "2025-05-27 10:15",
        ["Marloes Peters", "Jan Mulder"],
        """
A: Jan, voor de bewonersbrief over de boom: hoe oud is hij precies? {10}
B: Geplant rond 1865, bij de bouw van de pastorie {10}
A: En wat komt ervoor terug? {10}
B: Een nieuwe beuk van 8 meter, in november {10}
A: Concept zit in je mail {10}
~
B: Eén zin erbij: het hout gaat naar een bank op het plein {10}
A: Toegevoegd, brief gaat vrijdag de deur uit {10}
""",
        messages=18,
    ),
    Chat(
        "Vijver",
        "openbare_ruimte",
        "2025-04-01 07:55",
        ["Jan Mulder", "Koen Lamberts"],
        """
B: Op het eilandje in de vijver zitten al 9 nesten, en langs de oever nog meer {8}
A: Daar kunnen we met de boot bij {8}
B: Donderdag met 2 man, olie mee {8}
B: PHOTO "Nest grauwe gans eiland Stadsparkvijver 6 eieren" {8}
A: Tel de eieren per nest voor de WBE-lijst {8}
~ 2025-05-20
B: Ze lopen nu met tientallen kuikens over het gras {8}
A: Die van het eiland zijn weg, dit komt van buiten {8}
""",
        messages=20,
    ),
)
