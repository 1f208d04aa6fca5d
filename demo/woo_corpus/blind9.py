"""The NINTH BLIND relevance set (issue 17): new chats, requests and judgements.

Written as a Woo officer of gemeente Meppel would by a helper after sets 1 to 8 had been
written, BEFORE any tuning on it, without reading the search code; measured once on main's code
after it was committed ("before" figure). Never tuned on. New subjects (none of sets 1 to 8 or
the tuning set). Same syntax as blind.py: `{n}` after a line marks the requests it is relevant
to, `~` starts the next day, `PHOTO "text"` is a photo with painted text, `AUDIO` a voice note.
Generated filler (build.FILLER, up to 60 lines a chat) is relevant to nothing. Names, places,
organisations and numbers are made up.

The requests and their queries were written first, from the request text only, before any chat
line. The chats are shaped like real work chats: nine long chats (an enforcement team, the MT of
the spatial department, the press desk, the college's agenda and decision lists, the Wmo
consultants, a green-maintenance crew, the APV licensing team, the registry's council questions,
the mayor's secretariat) where a request's subject is a few lines among other work, planning and
jokes, several subjects per chat; follow-up chats whose subject (onderwerp) the employee typed
carries the subject while the lines answer without repeating it ("Ze zitten erin", "Gehoord",
"Aangetekend verstuurd"); abbreviations (LBB, RIEC, HH, hbh, pgb, DPIA, FG, BAG, LEA, OM, vovo,
kVA), jargon and other words for the subject (ernstig gevaar, de lounge, het oude Havenhuys, de
knoop, wortelstokken, heet water, de thuishulp, schoonmaak, liggeld, wachtplaats, feestboot, de
oude bank, antikraak, noodknop, de herder, het beest, de pin, geldservicepunt, zwembussen),
compounds and inflections (pinautomaat/geldautomaat, huishoudelijke hulp/hulp in de
huishouding, gebeten/beet, ontruimd/ontruiming), photos with text and voice notes; and
distractor chats that share words with requests but are about something else (terrace permits
on the Stoombootkade, an energy advice desk, a dog off-leash area, house numbering, a broken
card terminal at the town office, giant hogweed and crayfish, the office cleaning contract,
houseboat berths, shop vacancy, an aggression training for the front desk, a swimming
four-days event).

Judging rule (as sets 1 to 8): a message is relevant when a Woo officer would have to include it
to cover the request, also when it does not repeat the subject ("Hoeveel?", "Top", "Gedaan").
Lines of a relevant chat about something else carry no tag. Where a request names what it asks
about after a colon, lines about the subject outside those points carry no tag (a woonboot
without a berth permit is not the passantenhaven; a complaint about a boa is not aggression
against one).

Counts (with the generated filler of seed 17, as the bench builds it): 44 chats, 2,957 messages
(1,577 hand-written; 13 photos with text, 7 voice notes), 11 requests, 33 queries, 1,259 relevant
(message, request) pairs in 66 (chat, request) pairs; 11 chats relevant to no request, 13 to
several. Relevant messages (chats) per request: R1 142 (5), R2 104 (6), R3 119 (4), R4 88 (5), R5 98
(6), R6 132 (5), R7 163 (7), R8 98 (8), R9 90 (5), R10 133 (8), R11 92 (7).
"""

from .build import Chat, Request

REQUESTS = (
    Request(
        1,
        "Het Bibob-onderzoek bij de aanvraag van een exploitatievergunning voor horecazaak Kade 12 "
        "aan de Stoombootkade (2025): het advies van het Landelijk Bureau Bibob, de weigering van "
        "de vergunning en het bezwaar daartegen.",
        ("bibob", "kade 12 stoombootkade", "weigering exploitatievergunning"),
    ),
    Request(
        2,
        "Netcongestie (2024-2025): de contacten met netbeheerder Enexis over de wachtrij voor "
        "aansluitingen op het stroomnet, de gevolgen voor bedrijven en voor de nieuwbouw van de "
        "MFA in Nieuwveense Landen.",
        ("netcongestie", "enexis wachtrij", "stroomaansluiting mfa"),
    ),
    Request(
        3,
        "Het bijtincident met een hond in Kolderveen (maart 2025): de meldingen, het onderzoek, de "
        "aanlijn- en muilkorfplicht voor de hond en het contact met de eigenaar.",
        ("bijtincident kolderveen", "hond muilkorf", "gevaarlijke hond"),
    ),
    Request(
        4,
        "De straatnamen voor het deelgebied Nieuwveense Landen Oost (2024-2025): de voorstellen, "
        "het advies van de straatnamencommissie, het besluit en de bezwaren tegen een vernoeming.",
        ("straatnamen nieuwveense landen", "straatnamencommissie", "vernoeming straatnaam"),
    ),
    Request(
        5,
        "Het verdwijnen van de geldautomaat in Nijeveen (2025): de contacten met Geldmaat, de "
        "petitie van inwoners en de oplossing.",
        ("geldautomaat nijeveen", "geldmaat", "pinautomaat nijeveen"),
    ),
    Request(
        6,
        "De bestrijding van Japanse duizendknoop in de openbare ruimte (2024-2025): meldingen, de "
        "aanpak, de afvoer van besmette grond en de kosten.",
        ("japanse duizendknoop", "duizendknoop bestrijding", "invasieve exoten"),
    ),
    Request(
        7,
        "De huishoudelijke hulp uit de Wmo na de overgang naar nieuwe aanbieders op 1 januari "
        "2025: het tekort aan hulpen, cliënten zonder hulp, klachten en de afspraken met de "
        "aanbieders.",
        ("huishoudelijke hulp", "wmo aanbieders klachten", "huishoudelijke ondersteuning tekort"),
    ),
    Request(
        8,
        "De passantenhaven aan de Stoombootkade in het vaarseizoen 2025: de havengelden, de inzet "
        "van de havenmeester en overlast door boten.",
        ("passantenhaven", "havengeld", "overlast boten stoombootkade"),
    ),
    Request(
        9,
        "De kraak van het leegstaande voormalige bankgebouw aan de Hoofdstraat (2025): de "
        "contacten met de eigenaar, de politie en het OM, en de ontruiming.",
        ("kraakpand hoofdstraat", "krakers", "ontruiming"),
    ),
    Request(
        10,
        "Agressie en geweld tegen de boa's van de gemeente in 2025: de incidenten, de aangiftes en "
        "het besluit over bodycams.",
        ("agressie boa", "bodycams", "geweld handhavers"),
    ),
    Request(
        11,
        "Het schoolzwemmen voor de basisscholen (2025): het voorstel om het weer in te voeren, de "
        "kosten, het vervoer naar het zwembad en de reacties van de scholen.",
        ("schoolzwemmen", "schoolzwemmen kosten", "zwemles basisschool"),
    ),
)

CHATS = (
    Chat(
        "Team Toezicht",
        "veiligheid",
        "2025-03-13 07:40",
        ["Marco Veldhuis", "Sanne Oosting", "Erwin Bakker", "Fatma Yilmaz"],
        """
A: Morguh. Vandaag met 2 ploegen: Sanne en Erwin centrum, Fatma en ik buitengebied
B: Centrum prima, wel eerst langs de blauwe zone bij de Kerkgracht, daar kwamen klachten over
C: En de fietsen bij het station, het weesfietsen-label loopt vandaag af
A: Klopt, die gaan donderdag weg
D: Ik moet om 10 uur nog even de bonnen van gister invoeren
A: Doe maar eerst, wij gaan om half 11 weg
~
D: Melding binnen via de politie: hond heeft een jongen gebeten aan de Kolderveenseweg {3}
A: Ernstig? {3}
D: Hechtingen in zijn arm, jongen van 9 {3}
A: Wat voor hond? {3}
D: Volgens de melder een mechelse herder, loopt vaker los {3}
C: Die ken ik, bij dat erf met die blauwe schuur {3}
C: Hebben we vorig jaar ook al een melding over gehad, toen was het een fietser {3}
A: Zoek die op in Squit aub {3}
C: Doe ik {3}
B: Wij worden net uitgescholden bij de snackbar op het Kerkplein omdat we een scooter op de stoep aanspraken {10}
A: Gaat het? {10}
B: Ja, beetje geduw, hij liep daarna weg {10}
A: Schrijf het op in het incidentenformulier {10}
B: Jaja {10}
~
C: Oude melding gevonden: juni 2024, fietser in zijn kuit gebeten, toen alleen een waarschuwingsbrief {3}
A: Dan is dit nummer 2. Ik bel Wim van juridisch over een aanlijngebod {3}
D: Politie heeft de eigenaar gesproken, hij zegt dat de jongen over het hek klom {3}
A: Dat hoor ik vaker {3}
D: Moeder van de jongen belde net ook, ze is woedend {3}
A: Begrijpelijk. Zeg dat we het onderzoeken en dat ze een bericht krijgt {3}
B: Wie heeft de sleutels van de dienstauto, de Caddy staat niet op zn plek
C: Die heb ik, sorry
~
A: Ander ding: de krakers in het oude bankgebouw op de Hoofdstraat {9}
B: Zitten ze er nog? {9}
A: Sinds zaterdag. Spandoek uit het raam {9}
D: PHOTO "LEEGSTAND IS DIEFSTAL WIJ WONEN HIER NU" {9}
C: Haha creatief {9}
A: Politie doet niks zolang de eigenaar geen aangifte doet {9}
B: En wij? {9}
A: Wij alleen kijken naar brandveiligheid en overlast, verder niks {9}
B: Ok {9}
D: Iemand van de buren klaagde over muziek tot 2 uur {9}
A: Noteren, dat geef ik door aan Ruud van veiligheid {9}
~
C: Wim zegt: eerst de eigenaar horen, dan een besluit aanlijn en muilkorfgebod op grond van de APV {3}
A: Hoe lang duurt dat? {3}
C: Voornemen deze week, zienswijze een week, dan besluit {3}
A: Kan sneller? Moeder belt elke dag {3}
C: Spoed kan, dan mondeling horen {3}
A: Doen {3}
D: Ik ben even naar de dierenarts gebeld door de eigenaar, hij wil een gedragstest laten doen {3}
A: Prima, maar dat schort het gebod niet op {3}
~
B: Ander incident: bij de parkeerautomaat op de Woldstraat heeft een man mijn pet afgeslagen en me in mn gezicht gespuugd {10}
A: Wat?! Ben je ok? {10}
B: Ja, geschrokken. Erwin heeft hem aangehouden tot de politie kwam {10}
C: Hij was echt agressief, dronken denk ik {10}
A: Aangifte doen jullie allebei vandaag nog, ik regel dat je het in werktijd doet {10}
B: Moet ik mijn naam op de aangifte? Hij woont om de hoek {10}
A: Je kan domicilie kiezen op het gemeentehuis, dat regel ik {10}
B: Fijn {10}
A: En ik meld het bij de teamleider, dit is de derde keer dit jaar {10}
D: Dit is waarom we die bodycams willen {10}
A: Staat op de agenda van het MT volgende week {10}
~
D: Kraakpand: de eigenaar heeft aangifte gedaan {9}
A: Eindelijk {9}
D: Het is een belegger uit Amsterdam, geen idee wie precies {9}
A: Dan gaat het nu via het OM, die moeten de ontruiming aankondigen {9}
B: Ze hebben een kraakbrief opgehangen dat er niemand woonde sinds 2021 {9}
A: Klopt ook nog {9}
C: Bij de achterdeur liggen matrassen, brandgevaar {9}
A: Zet het in je rapportage, dan kan de brandweer kijken {9}
~
A: Vandaag mondeling horen eigenaar van de hond, 14:00, Fatma en ik {3}
D: Ik neem de foto's mee van het erf {3}
D: PHOTO "PAS OP VOOR DE HOND" {3}
A: Dat bord hangt er sinds gisteren haha {3}
D: AUDIO {3}
D: ^ verslag van het gesprek, typ ik vanmiddag uit {3}
A: Hij gaat akkoord met aanlijnen, muilkorf vindt hij overdreven {3}
C: Zo'n herder met muilkorf buiten het erf is toch normaal {3}
A: Wim beslist, wij adviseren allebei {3}
~
C: Collega's, er is een nieuwe versie van de handhavingsapp, updaten graag
B: Bij mij crasht hij nu
C: Uitloggen en weer in
B: Werkt
A: Bonnen van maart: 212 tot nu toe, vooral blauwe zone
D: En de fietsen?
A: 48 weggehaald
~
A: Besluit is uit: aanlijnplicht en muilkorfplicht buiten het eigen erf, met last onder dwangsom {3}
D: Hoeveel? {3}
A: 500 per keer dat we hem los aantreffen, max 5000 {3}
D: Moeder gebeld, ze is opgelucht maar vindt dat de hond weg moet {3}
A: Dat kunnen wij niet, alleen de rechter of bij een tweede ernstige beet inbeslagname {3}
D: Heb ik haar uitgelegd {3}
B: Persvoorlichting vraagt wat we kunnen zeggen over de hond {3}
A: Verwijzen naar Femke, zij heeft de lijn {3}
~
C: Dinsdag ging het weer mis bij het kraakpand, er werd een fles naar ons gegooid {9,10}
A: Raak? {10}
C: Nee, kapot naast de auto {9,10}
A: Dan aangifte tegen onbekend, en we gaan er voorlopig niet meer met z'n tweeën langs {9,10}
B: Met de politie dan? {9,10}
A: Ja, alleen nog met de wijkagent {9}
~
A: Dit weekend weer controle op de losloopgebieden, honden zonder riem op het strandje bij de Reest
D: Zomer komt eraan
A: Nog niet hoor, het hagelt
D: Haha
~
A: Kolderveen: de hond is gisteren los gezien op de dijk, zonder muilkorf {3}
D: Wie zag dat? {3}
A: Een buurman stuurde een filmpje {3}
D: Dan eerst zelf constateren, anders kunnen we de dwangsom niet invorderen {3}
A: Klopt, ik rij er vanavond langs {3}
A: Niks gezien, hond in de kennel {3}
~
B: De OM-brief voor het kraakpand hangt, ontruiming op de 3e {9}
A: Wie gaat er van ons mee? {9}
B: Niemand, alleen de ME en de eigenaar met een slotenmaker {9}
A: Wij alleen na afloop voor de spullen op straat {9}
B: Ok ik plan dat in {9}
D: Mogen we die matrassen dan meteen laten ophalen door de reiniging? {9}
A: Ja, bel de milieustraat {9}
~
A: Evaluatie maart: 3 incidenten met agressie tegen ons team, alle drie aangifte {10}
B: En de man van de Woldstraat? {10}
A: Strafbeschikking van het OM, 400 euro boete {10}
C: Is dat alles? {10}
A: Voor spugen en slaan van een pet, ja {10}
B: Belachelijk {10}
D: Ik wil wel weten of de bodycams nu echt komen {10}
A: Kuiper maakt een voorstel, DPIA loopt {10}
~
A: Vergeet de EHBO herhaling niet, 9 april
B: Ik kan niet
A: Ruilen met de groep van mei
B: Ok
C: Wie heeft de portofoon 3? Accu is leeg
D: Aan de lader
~
B: Hoofdstraat: ontruiming was rustig, ze zijn met een busje vertrokken {9}
A: Spullen op straat? {9}
B: Alleen de matrassen en een bank, reiniging heeft het opgehaald {9}
C: Antikraak erin sinds vanmiddag {9}
A: Dossier kan dicht wat ons betreft {9}
~
D: Dwangsom hond: eerste 500 verbeurd, invorderingsbrief is weg {3}
A: Hoorzitting over zijn bezwaar is volgende week {3}
D: Hij zegt dat de hond naar Staphorst is {3}
A: Dan meld ik dat aan Wim, misschien wordt het bezwaar ingetrokken {3}
~
C: Nieuwe blauwe-zoneborden in de Prinsengracht staan verkeerd
A: Hoezo?
C: Tijden kloppen niet, 2 uur in plaats van 1
A: Bonnen daar even niet schrijven tot het hersteld is
C: Ok
~
A: Wim: bezwaar over de hond is ingetrokken, hond blijft in Staphorst, Staphorst is geïnformeerd {3}
D: Moeder ook? {3}
A: Ja, ze is blij dat hij weg is {3}
D: Einde dossier {3}
A: Bijna, de dwangsom moet nog betaald worden {3}
""",
    ),
    Chat(
        "MT Ruimte",
        "ruimte",
        "2024-09-16 08:20",
        ["Gerda Schuurman", "Bart Lenters", "Noor el Amrani", "Pieter Wolters"],
        """
A: Goeiemorgen MT. Punten voor donderdag graag voor woensdag 12 uur bij mij
B: Van mij: Nieuwveense Landen Oost, stand van zaken bouwrijp maken en de straatnamen {4}
C: Van mij: Enexis. De brief over de wachtrij is binnen {2}
D: Van mij: begroting en de vacatures
A: Noor, wat staat er in die brief? {2}
C: Geen nieuwe grootverbruikaansluitingen op het hele net ten noorden van de Hoofdvaart tot 2029 {2}
A: 2029?? {2}
C: Ja. Transportcapaciteit is op, ze zetten iedereen in een wachtrij {2}
B: En de MFA dan? Die heeft een warmtepomp en ze wilden volledig elektrisch koken {2}
C: Die zit ook in de wachtrij, plek 34 {2}
A: Dat moet donderdag bovenaan {2}
D: Vacatures: de planoloog begint 1 oktober, de vergunningverlener nog niks
A: Zet hem weer uit via Werkenbij
~
B: Straatnamen: de commissie heeft een eerste lijst, thema verdwenen boerderijen en veldnamen {4}
A: Leuk thema {4}
B: 14 namen nodig voor Oost, we hebben er 11 {4}
C: Iemand opperde ook een straat naar oud-burgemeester Van der Wal {4}
A: Die is toch pas 3 jaar dood? {4}
B: Ja, beleid is minimaal 5 jaar, maar de familie vroeg het zelf {4}
A: Dan is het aan het college om af te wijken {4}
D: Lijkt me gevoelig, zijn opvolger zit er nog {4}
A: Noteer ik als punt voor de wethouder {4}
~
D: Ik zag gisteren langs het fietspad bij de Wheem weer zo'n veld duizendknoop {6}
C: Die Japanse? {6}
D: Ja, bamboe-achtige stengels, 2 meter hoog {6}
A: Hebben we daar een plan voor? {6}
D: Groen heeft een pilot met heet water, maar 3 locaties, niet de Wheem {6}
A: Vraag Harm wat het kost als we alles doen {6}
D: Doe ik {6}
B: Let op bij grondverzet, als je het uitgraaft en de grond ergens anders stort heb je het daar ook {6}
A: Goed punt, zet het in de nota {6}
~
C: Enexis gesproken. Ze kunnen een tijdelijke oplossing bieden met een non-firm contract voor de MFA, stroom behalve op piekuren {2}
B: Werkt dat met een school erin? 's Ochtends om 8 uur is juist de piek {2}
C: Nee dus. Alternatief is een batterij en zonnepanelen, kost 400k extra {2}
A: Tonnen extra, en dan? {2}
C: Dan kunnen ze met de huidige kleinverbruik aansluiting opleveren in 2026 {2}
A: Schrijf het uit in een memo voor het college {2}
C: Volgende week {2}
D: Budget: we gaan 80k over op de leges, minder aanvragen dan begroot
A: Meenemen in de najaarsnota
~
A: Straatnamen oud-burgemeester: wethouder wil het niet, te vroeg {4}
B: Familie gaat dat niet leuk vinden {4}
A: Ze krijgen een brief met uitleg, en over 2 jaar een pad of pleintje {4}
B: Ok, ik zeg het de commissie {4}
C: Ondernemersvereniging Blankenstein belde: drie bedrijven kunnen niet uitbreiden door het stroomtekort {2}
A: Welke? {2}
C: Een koelhuis, een metaalbedrijf en die bakkerij {2}
A: Verzamel het, de gedeputeerde wil een lijst van knelpunten {2}
~
D: Harm: alles aanpakken kost 60 tot 90 duizend per jaar, meerjarig, en dan nog komt het terug {6}
A: Jeetje {6}
D: De grond waar het in zit mag niet zomaar naar de grondbank {6}
B: Dat is al gebeurd bij de Koedijkslanden, daarom staat het nu ook daar {6}
A: Zet het op de lijst voor het portefeuillehoudersoverleg {6}
D: Gedaan {6}
~
A: Vandaag heidag MT, telefoon uit graag
B: Waar ook alweer?
A: Ezinge, clubhuis van de voetbal
D: Lunch geregeld?
A: Broodjes van de bakker
~
B: Straatnamen: de commissie adviseert nu 14 namen, waaronder Slagtersveld, Oldebroekerhoeve en Witte Dijk {4}
C: Witte Dijk bestaat toch al in Nijeveen? {4}
B: Oei. Check ik bij de BAG {4}
B: Ja, Witte Dijk in Nijeveen bestaat. Die vervalt {4}
A: Dan hebben ze er 13 {4}
B: Reserve uit de lijst: Leemkuil {4}
A: Prima, dan kan het voor de collegevergadering van 8 oktober {4}
~
C: Netcongestie update: provincie komt met een regionale tafel, wij zitten erbij met EZ {2}
A: Wie gaat? {2}
C: Ikzelf en Jasper van economie {2}
A: Goed, koppel terug in het MT {2}
D: Duizendknoop: Harm wil 40k uit de post onvoorzien voor de rest van dit jaar {6}
A: Dat bespreek ik met Pieter van financien {6}
D: Ik ben Pieter lol {6}
A: Haha sorry, lange dag {6}
D: Ik zet het in de najaarsnota als risico {6}
~
A: Laatste MT voor de herfstvakantie. Iemand nog iets?
B: De inspraakavond over de Haveltermade is verzet naar november
C: Niks van mij
D: Ik ben volgende week weg
A: Fijne vakantie
~
A: Eerste MT na de vakantie. Punten?
C: Enexis heeft de wachtrij opnieuw berekend, de MFA staat nu op plek 21 {2}
A: Beter, maar niet genoeg {2}
C: Nee, 2028 op zijn vroegst {2}
B: Dan blijft de batterij nodig {2}
A: Ja {2}
D: Grondbank: ik wil een verbod op het aanvoeren van grond uit gebieden met duizendknoop {6}
A: Hoe controleer je dat? {6}
D: Verklaring van de leverancier plus steekproef {6}
A: Doen, neem het op in de bestekken {6}
~
B: Straatnamen Oost zijn gepubliceerd, bezwaartermijn loopt {4}
A: Reacties? {4}
B: Twee mails van bewoners die het thema mooi vinden, en de familie van de oud-burgemeester {4}
A: Wat zeggen ze? {4}
B: Ze zijn teleurgesteld maar begrijpen het {4}
A: Goed {4}
~
C: Bijeenkomst regionale tafel netcongestie: provincie betaalt mee aan energiehubs, Blankenstein komt in aanmerking {2}
A: Fijn. En de woningbouw? {2}
C: Woningen zijn kleinverbruik, die gaan voor, maar warmtepompen in grote aantallen zijn een probleem {2}
B: Nieuwveense Landen fase 3 heeft 400 woningen met warmtepomp {2}
C: Enexis wil daar een nieuw onderstation, grond nodig {2}
A: Van ons? {2}
C: Ja, perceel bij de Oosterboerweg {2}
A: Zet het op de agenda bij grondzaken {2}
~
D: Personeel: twee mensen langdurig ziek, inhuur nodig
A: Hoeveel?
D: 1 fte voor een half jaar
A: Akkoord, binnen het budget
~
D: Kosten duizendknoop tot nu toe: 38k, waarvan 22k afvoer grond {6}
A: Binnen de 40k dus {6}
D: Net {6}
""",
    ),
    Chat(
        "Persdesk",
        "bestuur",
        "2025-03-10 08:05",
        ["Femke Dijkstra", "Youssef Amrani", "Linda Brouwer"],
        """
A: Goedemorgen persdesk. Ik heb vandaag dienst, Youssef morgen
B: Ok. De Meppeler Courant belde vrijdag nog over de geldautomaat in Nijeveen {5}
A: Wat wilden ze weten? {5}
B: Of de gemeente iets gaat doen nu Geldmaat hem per 1 april weghaalt {5}
A: Antwoord: we zijn in gesprek met Geldmaat en Dorpsbelang, meer kunnen we nog niet zeggen {5}
B: Zo gedaan {5}
C: RTV Drenthe wil een item over de krakers aan de Hoofdstraat {9}
A: Daar zeggen wij niks over, het is een privépand. Verwijzen naar de politie {9}
C: Ze vragen of de burgemeester een reactie wil geven {9}
A: Niet nu. Misschien als het OM ontruimt {9}
C: Helder {9}
~
A: Wie doet de social posts over de gladheid vannacht?
B: Ik, staat klaar om 17u
A: Top
C: Huis aan huis: de pagina van deze week is volgeboekt
A: Dan schuift de oproep voor de vrijwilligersprijs door
~
B: Dagblad vraagt naar klachten over de huishoudelijke hulp, ze hebben een lezer die al 6 weken niemand heeft gehad {7}
A: Oef {7}
A: Check bij Wmo hoeveel mensen nog zonder hulp zitten {7}
B: Wmo zegt: nog 37 cliënten zonder vaste hulp, allemaal gebeld {7}
A: Dan reactie: we weten dat een deel van de cliënten nog niet de hulp krijgt waar ze recht op hebben, we spreken de aanbieders daar wekelijks op aan {7}
B: En het tekort aan hulpen? {7}
A: Ja noem het: de aanbieders vinden te weinig personeel, ze werven extra {7}
B: Ok, concept volgt {7}
B: Concept in de mail {7}
A: Goed zo, nog langs de wethouder {7}
~
C: Er gaat een petitie rond in Nijeveen, al 1100 handtekeningen voor behoud van de pinautomaat {5}
A: Wanneer wordt die aangeboden? {5}
C: Raadsvergadering 13 maart {5}
A: Dan moet de burgemeester er een reactie op hebben. Ik stem af met het secretariaat {5}
C: PHOTO "GEEN DORP ZONDER PIN! TEKEN DE PETITIE BIJ DE SPAR" {5}
A: Haha die hangt bij de Spar zie ik {5}
~
B: Nieuwsbericht over de hond in Kolderveen staat op Facebook, er wordt flink gereageerd {3}
A: Wat zeggen ze? {3}
B: Halve dorp wil dat het beest afgemaakt wordt, andere helft zegt dat het kind over het hek klom {3}
A: Niet reageren op individuele reacties. Wel één keer: de gemeente heeft maatregelen genomen, we gaan niet in op details {3}
B: Welke maatregelen mogen we noemen? {3}
A: Aanlijn- en muilkorfplicht, dat is openbaar besluit {3}
B: Ok {3}
C: Oh en de moeder wil op tv {3}
A: Dat is haar goed recht {3}
~
A: Voorstel schoolzwemmen komt volgende week in het college, kan uitlekken {11}
C: Wat is het voorstel? {11}
A: Groep 3 en 4 weer twee jaar schoolzwemmen, met busvervoer naar De Bosbad {11}
C: Kost? {11}
A: Rond de 180k per jaar, dat is het gevoelige stuk {11}
C: Ok, ik maak alvast een Q&A {11}
A: Graag. En leg het langs onderwijs {11}
~
B: Een journalist van de Stentor vraagt hoeveel mensen er nu eigenlijk zijn overgestapt naar een nieuwe aanbieder voor de hulp in de huishouding {7}
A: Ik dacht 1240 {7}
B: Wmo zegt 1262 {7}
A: Dan 1262 {7}
B: En hoeveel klachten? {7}
A: Dat willen ze niet per aanbieder geven, totaal 94 sinds januari {7}
~
C: Q&A schoolzwemmen in de map {11}
A: Lees ik vanavond {11}
A: Goed. Vraag 6 aanpassen: ouders betalen niks {11}
C: Oh ik dacht een eigen bijdrage {11}
A: Nee dat is eruit gehaald {11}
~
B: Pas op, morgen ontruiming aan de Hoofdstraat, pers gaat erbij zijn {9}
A: Wie heeft dat gelekt? {9}
B: De krakers zelf, ze roepen mensen op om te komen {9}
A: Dan ligt het bij de politie. Wij geven één reactie na afloop {9}
B: Tekst? {9}
A: Het pand is vandaag op last van het OM ontruimd. De gemeente houdt samen met de eigenaar een oogje in het zeil op verdere leegstand {9}
B: Ok {9}
~
B: Ontruiming rustig verlopen, 6 mensen weg, 1 aanhouding {9}
A: Reactie staat online {9}
C: Er hangt nog een spandoek {9}
A: Eigenaar haalt het weg {9}
~
A: Geldmaat komt met een oplossing in Nijeveen: een pinautomaat in de Spar {5}
C: Echt? {5}
A: Ja, vanaf mei, alleen opnemen, geen storten {5}
B: Dorpsbelang blij? {5}
A: Half blij. Ze wilden storten voor de verenigingen {5}
C: Persbericht samen met Geldmaat? {5}
A: Ja, zij leveren een quote aan {5}
B: Mooi {5}
~
A: Volgende week ben ik vrij, Linda neemt de telefoon
C: Yes
B: Vergeet de pers niet uit te nodigen voor de opening van het speelbos
C: Staat erin
~
B: Stentor vraagt naar agressie tegen boa's, er is een incident geweest bij de Woldstraat {10}
A: Wat hebben we gezegd? {10}
B: Nog niks {10}
A: Reactie: agressie tegen onze medewerkers accepteren we niet, we doen altijd aangifte. Verder geen details {10}
B: En de bodycams? {10}
A: Nog niet noemen, is nog geen besluit {10}
~
C: Social: filmpje over de nieuwe fietsroute in Rogat is online
A: Mooi, al reacties?
C: 120 likes
~
B: Geldmaat wil liever geen gezamenlijk persbericht, ze doen het zelf {5}
A: Dan wij ons eigen bericht met een quote van de wethouder {5}
B: Concept staat klaar {5}
A: Zet erin dat storten niet kan {5}
B: Gedaan {5}
~
C: Journalist vraagt naar de kosten van het schoolzwemmen en of de scholen meedoen {11}
A: Kosten 180k per jaar, en 11 van de 14 scholen doen mee, één niet {11}
C: Welke school niet? {11}
A: Dat laten we aan de school zelf {11}
~
A: Wie wil er volgende week de persconferentie over de begroting doen?
B: Ik
~
C: Omroep Meppel wil de havenmeester interviewen over de drukte {8}
A: Is dat niet pas in mei? {8}
C: Ja, ze plannen vooruit {8}
A: Prima, ik vraag het hem {8}
""",
    ),
    Chat(
        "Agenda college",
        "bestuur",
        "2025-05-26 16:10",
        ["Annemiek Post", "Hendrik Jan Kloosterman", "Esther Wiersma", "Rik Moes"],
        """
A: Concept-agenda college van dinsdag staat in iBabs
B: Er mist het advies Bibob over Kade 12 {1}
A: Komt als B-stuk, vertrouwelijk, niet in iBabs {1}
B: Aha {1}
C: En het voorstel schoolzwemmen? {11}
A: Staat erop als 7a {11}
C: Onderwijs heeft nog een aanvulling over het vervoer {11}
A: Doorsturen, dan voeg ik het toe {11}
D: Havengelden passantenhaven ook erop, de tarieven zijn al per 1 mei ingegaan met een voorlopig besluit {8}
A: Dat is een herstelbesluit dan {8}
D: Ja, juristen willen het netjes {8}
~
C: Aanvulling schoolzwemmen: twee bussen, 2x per week, vervoerder via het contract leerlingenvervoer {11}
A: Ok toegevoegd {11}
B: Financiën schrijft dat de 180k niet gedekt is in 2025 {11}
C: Start is ook pas schooljaar 2025-2026, dus 4/12 in 2025 {11}
B: Dan 60k in 2025, dat moet in de voorjaarsnota {11}
A: Ik zet het in de toelichting {11}
~
A: Besluitenlijst vorige week: Bibob advies besproken, voornemen tot weigeren exploitatievergunning Kade 12 {1}
B: Wanneer gaat de brief eruit? {1}
A: Juridisch heeft twee weken nodig, de aanvrager mag zijn zienswijze geven {1}
C: Hoe erg is het advies? {1}
A: Ernstig gevaar, beide varianten. Meer zeg ik hier niet {1}
C: Snap ik {1}
D: Schoolzwemmen: college akkoord, met de opmerking eerst bij de scholen peilen of ze mee willen {11}
A: Check, staat in de lijst {11}
~
D: MFA Nieuwveense Landen: college kiest voor de batterijvariant {2}
A: Hoeveel? {2}
D: 410k, uit de reserve {2}
B: Moet nog naar de raad {2}
D: Ja, raadsvoorstel juli {2}
A: Zet ik op de lijst voor het presidium {2}
~
A: Brief van de advocaat van Kade 12 binnen, ze willen inzage in het Bibob-advies {1}
B: Daar hebben ze recht op, deels {1}
A: Juristen regelen dat, ik noteer het in de lijst ingekomen stukken {1}
C: Let op: persoonsgegevens derden niet meesturen {1}
A: Uiteraard {1}
~
C: Nog een agendapunt erbij voor de 17e: bodycams voor de boa's {10}
A: Komt dat uit het MT? {10}
C: Ja, na dat incident op het Kerkplein vorige week {10}
B: Wat kost het? {10}
C: 14 camera's, 22k aanschaf, dan licentie {10}
A: En privacy? DPIA? {10}
C: DPIA is klaar, de FG heeft positief geadviseerd met voorwaarden {10}
A: Ok dan A-stuk {10}
~
D: Collegeuitje 27 juni, bevestigen graag
A: Ik ben er
B: Ik ook, wel pas vanaf 14u
C: Hoezo altijd op vrijdag
D: Omdat de wethouders dan kunnen
~
A: Besluitenlijst: bodycams akkoord, start 1 september, evaluatie na een jaar {10}
C: Persbericht? {10}
A: Ja, Femke maakt het {10}
B: De OR moet ook nog instemmen {10}
A: Dat hebben ze al gedaan zegt HR {10}
B: Snel {10}
~
A: Concept weigering exploitatievergunning Kade 12 staat klaar voor ondertekening {1}
D: Burgemeester is bevoegd, niet het college {1}
A: Klopt, gaat via het parafenboek van de burgemeester {1}
D: Dan hoeft het niet op de collegeagenda {1}
A: Alleen ter kennisname {1}
~
D: Havengelden: herstelbesluit akkoord, tarieven ongewijzigd {8}
B: 1,60 per meter per nacht? {8}
D: Ja, en toeristenbelasting erbovenop {8}
C: Vorig jaar 1,40 toch? {8}
D: Ja, verhoging wegens de nieuwe steigers {8}
A: Genoteerd {8}
~
B: Weet iemand waar de jaarrekening-presentatie is?
A: Raadzaal, 19u
C: Met broodjes?
A: Soep
~
A: Bezwaarschrift tegen weigering exploitatievergunning Kade 12 is binnen {1}
B: Pro forma? {1}
A: Ja, gronden volgen binnen 4 weken {1}
D: Naar de bezwaarcommissie dan {1}
A: Zeker. Zet ik ter info op de lijst {1}
~
C: MFA: raad heeft het krediet voor de batterij goedgekeurd {2}
A: Mooi. Enexis ook geinformeerd? {2}
C: Ja, de aansluiting van 250 kVA blijft in de wachtrij, dus de batterij is nodig tot minstens 2029 {2}
A: Ok {2}
~
A: Zomerreces: laatste college 15 juli, eerste 26 augustus
B: Noteer ik
~
D: Inhuur tweede havenmeester 15k, voorstel voor de collegevergadering {8}
A: A-stuk? {8}
D: Ja, met de regel over muziek op boten na 22u {8}
C: Moet die niet in de havenverordening? {8}
D: Tijdelijk via een aanwijzingsbesluit van de burgemeester, dan in het najaar de verordening wijzigen {8}
A: Genoteerd {8}
~
A: Besluitenlijst: tweede havenmeester akkoord, aanwijzingsbesluit genomen {8}
B: Publicatie vandaag {8}
~
C: Raadsinformatiebrief incident boa Kerkplein? {10}
A: Burgemeester wil het in de commissie mondeling {10}
C: Ok {10}
~
B: Besluit op bezwaar Kade 12 komt in september, de adviescommissie heeft ongegrond geadviseerd {1}
A: Ter kennisname, geen besluit van het college {1}
B: Klopt {1}
~
D: Schoolzwemmen: contract met De Bosbad is getekend, start 2 september {11}
A: Mooi, mededeling voor de raad {11}
""",
    ),
    Chat(
        "Team Wmo consulenten",
        "samenleving",
        "2025-01-06 08:30",
        ["Ingrid Holtkamp", "Sven de Boer", "Mariska Lamberts", "Ayla Kaya"],
        """
A: Gelukkig nieuwjaar allemaal! Eerste week met de nieuwe HH-aanbieders, hou je vast {7}
B: Ik heb al 8 voicemails van cliënten, allemaal over de hulp {7}
C: Ik ook. Mevrouw J. uit Rogat: niemand gekomen vanochtend {7}
A: Lijst bijhouden in de gedeelde Excel graag, tabblad januari {7}
D: Welke aanbieder had zij? {7}
C: ThuisPlus {7}
A: ThuisPlus heeft 40 mensen te weinig zeiden ze in december al {7}
B: Dan wordt het een lange maand {7}
D: Ik heb vanmiddag huisbezoek voor een traplift in de Wheem
A: Neem de nieuwe meetlat mee
~
B: Stand: 61 cliënten zonder hbh gemeld sinds donderdag {7}
A: 61... {7}
A: Ik bel vanmiddag met de contractmanager, we moeten weten wie prioriteit krijgt {7}
C: Alleenstaande ouderen met dementie eerst lijkt me {7}
A: Ja, en mensen die uit het ziekenhuis komen {7}
D: Zorggroep Reestdal doet het wel goed, daar hoor ik niks {7}
B: Die hebben het personeel van de oude aanbieder overgenomen {7}
D: Scootmobiel voor meneer K. is geleverd
A: 👍
~
A: Afspraak met aanbieders: dagelijks een lijst van cliënten zonder hulp, wij bellen ze na {7}
C: Wie belt? {7}
A: Verdeeld per wijk. Sven Haveltermade en centrum, Mariska Nijeveen en Rogat, Ayla de rest {7}
D: Ok {7}
B: Kunnen we mensen tijdelijk een pgb geven zodat ze zelf iemand regelen? {7}
A: Goeie vraag, check ik bij beleid {7}
~
C: Klacht van de dochter van een cliënt in Nijeveen, ze dreigt met de krant {7}
A: Waarover? {7}
C: Moeder al 3 weken geen schoonmaak, ze is 91 en het huis is smerig {7}
A: Bel ThuisPlus, escaleren via de contractmanager, vandaag nog iemand {7}
C: Gebeld. Morgen komt er iemand {7}
A: Goed {7}
B: Beleid: tijdelijk pgb kan, max 3 maanden, tarief 24,50 per uur {7}
A: Top, zet het in de werkinstructie {7}
~
D: Rolstoel voor de jongen op de Zomerdijk: leverancier heeft de verkeerde maat
A: Terugsturen
D: Doe ik
C: Iemand een oplader voor een iPhone?
B: In mijn la
~
A: Tussenstand hulp bij het huishouden: nog 44 zonder hulp, 17 met tijdelijk pgb {7}
B: Het gaat de goede kant op {7}
A: Langzaam. ThuisPlus heeft 12 nieuwe mensen aangenomen {7}
C: Met opleiding? {7}
A: Dat vraag ik me ook af, ik hoor dat ze gewoon schoonmakers van een uitzendbureau inzetten {7}
D: Bij mevrouw B. kwam er een die geen Nederlands sprak en niet wist wat ze moest doen {7}
A: Zet het in de klachtenlijst, dat is geen kwaliteit volgens het contract {7}
~
B: Oproep: iemand vrij om het keukentafelgesprek om 14u in Kolderveen over te nemen? Ik ben ziek
D: Ik doe het
B: Dankje
~
A: Overleg met de aanbieders vanmiddag, agenda: personeel, klachten, prioritering {7}
C: Mogen wij mee? {7}
A: Eén van jullie, Mariska? {7}
C: Ja graag {7}
C: Verslag: ThuisPlus belooft eind februari alle cliënten een vaste hulp, Reestdal neemt 50 cliënten over van ThuisPlus {7}
A: Overname van cliënten mag dat volgens het contract? {7}
C: Alleen met toestemming van de cliënt {7}
B: Dan moeten wij dat allemaal bellen zeker {7}
C: Ja {7}
B: Zucht {7}
~
D: Nieuwe werkinstructie woningaanpassingen staat in Teams
A: Lees ik
~
A: Klachten hbh januari: 58, waarvan 49 ThuisPlus {7}
B: Gaat de gemeente ThuisPlus beboeten? {7}
A: Er zit een boeteclausule in het contract, dat besluit de wethouder {7}
C: De cliënten hebben er niks aan, die willen hulp {7}
A: Eens {7}
~
C: Ik heb de 50 cliënten voor de overstap naar Reestdal gebeld: 41 akkoord, 6 willen blijven, 3 niet bereikt {7}
A: Super werk {7}
D: Een mevrouw vroeg of ze het geld terugkrijgt voor de weken zonder hulp {7}
A: Eigen bijdrage? Die wordt alleen geïnd voor geleverde uren, dus die betaalt ze niet {7}
D: Oké, bel ik terug {7}
~
A: Februari: nog 9 cliënten zonder huishoudelijke hulp, allemaal tijdelijk pgb aangeboden {7}
B: Eindelijk {7}
A: Ja. De wethouder wil een evaluatie na maart {7}
C: Wij ook input geven? {7}
A: Ja, maak je ervaringen op, ik verzamel ze {7}
~
D: Vergeet de cursus gespreksvoering dinsdag niet
B: Ik kan niet, huisbezoeken
D: Dan volgende ronde
~
A: Maart: nog 3 cliënten zonder vaste hulp, allemaal met pgb {7}
B: Wat een verschil met januari {7}
C: Maar de klachten over wisselende hulpen blijven {7}
A: Ja, dat pakken we nu op met ThuisPlus {7}
D: Meneer V. in Ezinge heeft al 7 verschillende gehad {7}
A: Melden bij de contractmanager {7}
~
B: Nieuwe aanvragen traplift: 4 deze week
A: Verdelen volgens rooster
C: Ik neem Kolderveen en Nijeveen
~
A: Evaluatie HH: wat was het lastigste? {7}
B: Bellen met boze mensen die niks konden doen {7}
C: Dat we niet wisten wie er geholpen werd, de aanbieders gaven geen lijst {7}
D: Dat de nieuwe hulpen geen Nederlands spraken {7}
A: Dank, gaat naar de wethouder {7}
~
D: Vanaf 1 april nieuwe formulieren voor de scootmobiel
B: Alweer
~
A: Wethouder bedankt iedereen voor de extra inzet bij de hulp in de huishouding, er komt taart {7}
C: 🎂 {7}
""",
    ),
    Chat(
        "Buitendienst groen Noord",
        "openbare_ruimte",
        "2024-07-08 06:50",
        ["Harm Brinkman", "Jelle Mulder", "Kevin Smit", "Dennis Prins"],
        """
A: Mannen, planning: Jelle en Kevin maaien bermen Rogat, Dennis met mij naar de Wheem
B: Maaier 2 lekt olie
A: Dan maaier 3, 2 naar de werkplaats
C: Die van 3 heeft een lekke band
A: Pffff. Jelle bel de werkplaats
~
D: Bij de Wheem langs de sloot staat nu echt een bos duizendknoop, 20 meter lang {6}
A: Foto? {6}
D: PHOTO "JAPANSE DUIZENDKNOOP NIET MAAIEN MELDEN BIJ BEHEER" {6}
D: Dat bordje staat er al, van vorig jaar {6}
A: Haha ja, van het waterschap {6}
A: Niet maaien inderdaad, elk stukje stengel groeit weer aan {6}
C: Vorige week hebben ze het aan de overkant wel gemaaid {6}
A: Wie? {6}
C: Aannemer van de bermen {6}
A: Dan heeft het zich nu verspreid. Dank {6}
~
B: Reuzenberenklauw bij de fietsbrug Nijeveen, al gemeld
A: Handschoenen en pak aan als je dat doet
B: Ja ja
C: Hoeveel zakken zwerfafval gisteren? 14
A: Netjes
~
A: Melding via Fixi: duizendknoop komt door de tegels bij een tuin in Koedijkslanden {6}
D: Van gemeentegrond? {6}
A: Lijkt het, vanuit de groenstrook achter de tuinen {6}
D: Dan zijn wij aansprakelijk als het door hun fundering gaat {6}
A: Nou nou, zo snel gaat dat niet. Ik ga kijken {6}
A: Klopt, het komt uit onze strook. Wortelstokken tot 3 meter de tuin in {6}
B: En nu? {6}
A: Heet water proberen, ik vraag de pilotmachine aan {6}
~
C: Wie heeft de bosmaaier met de lange steel meegenomen?
B: Staat in de bus van Dennis
D: Sorry
~
A: Heetwaterbehandeling Koedijkslanden gedaan, 2 uur werk voor 40 m2 {6}
D: Werkt het? {6}
A: Over 3 weken kijken. Moet 5 a 6 keer per jaar {6}
B: Dat is duur {6}
A: Ik schat 15 euro per m2 per jaar {6}
C: En als je het afgraaft? {6}
A: Dan moet de grond als besmet worden afgevoerd, 2 meter diep, naar een speciale verwerker {6}
C: Kostte dat niet 90 euro per ton? {6}
A: Ongeveer {6}
~
D: Bewoner van de Wheem vraagt wat die plastic linten om de duizendknoop zijn {6}
A: Markering, zodat niemand gaat maaien of graven {6}
D: Hij wil zelf met roundup aan de slag {6}
A: Nee! Glyfosaat mag niet in de openbare ruimte, en het werkt ook niet echt {6}
D: Heb ik gezegd {6}
~
A: Alle plekken ingemeten voor het overzicht dat MT wil: 23 locaties, totaal 1.400 m2 {6}
B: Zoveel? {6}
A: Grootste bij de Wheem, de oprit van de Hoofdvaart en Koedijkslanden {6}
C: En in Nieuwveense Landen, waar het zand vandaan kwam {6}
A: Ja, daar 3 plekken {6}
A: Ik stuur het naar Pieter voor de kosten {6}
~
B: Hagen knippen Ezinge deze week?
A: Ja, woensdag en donderdag
C: Bladblazers opgeladen?
A: Staan aan de lader
~
A: Update: na 3 keer heet water in Koedijkslanden is het 70 procent minder {6}
D: Goed nieuws {6}
A: Maar komt terug als we stoppen {6}
B: Kunnen we geen folie of zo? {6}
A: Wortelscherm, alleen bij nieuwe aanleg, 80 euro per meter {6}
C: Lol dat betaalt niemand {6}
A: Bij de tuinen van de bewoners misschien wel, scheelt claims {6}
~
D: Nog één ding: de grond van het speelveld Oosterboer die we wilden hergebruiken, daar zit ook duizendknoop in {6}
A: Niet gebruiken, laten keuren {6}
D: Depot bij de gemeentewerf? {6}
A: Nee, afgedekt laten staan tot de afvoer geregeld is {6}
~
A: Vanaf volgende week najaarsrooster. Begin om 7:30
B: Eindelijk uitslapen
C: Haha
~
A: Duizendknoop komt weer op bij de Wheem, nieuwe rode scheuten {6}
D: Meteen heet water? {6}
A: Ja, waterschap levert de machine volgende week {6}
B: Ook de plekken in Nieuwveense Landen {6}
A: Die zijn afgegraven, daar kijken we alleen {6}
~
C: Aannemer bermen heeft weer over de knoop heen gemaaid in Rogat {6}
A: Ze hebben de kaart toch? {6}
C: Nieuwe jongen, wist het niet {6}
A: Ik bel de uitvoerder, dit kost ons weer 2 jaar {6}
~
B: Welke bankjes moeten er geverfd in het stadspark?
A: De 6 bij de vijver
~
D: Melding Fixi: duizendknoop bij de speeltuin in Ezinge {6}
A: Gemeentegrond? {6}
D: Ja {6}
A: Op de lijst, nummer 24 {6}
""",
    ),
    Chat(
        "Team vergunningen APV",
        "veiligheid",
        "2025-02-17 09:00",
        ["Wim Hoekstra", "Carla Zuidema", "Thijs Vos", "Mirjam de Jong"],
        """
A: Week 8. Openstaand: 14 evenementen, 6 horeca, 3 standplaatsen
B: Ik pak de evenementen, Koningsdag Nijeveen is al binnen
C: Horeca doe ik. Er is een nieuwe aanvraag voor Kade 12 aan de Stoombootkade {1}
A: Het oude Havenhuys? {1}
C: Ja, nieuwe exploitant, lounge met shisha {1}
D: Daar hadden we toch vorig jaar die inval? {1}
C: Ander bedrijf, maar dezelfde eigenaar van het pand {1}
A: Bibob-vragenlijst meesturen {1}
C: Gedaan {1}
~
B: Koningsdag Nijeveen: de vrijmarkt wil tot 18u, dat is een uur langer
A: Prima, geen bijzonderheden
D: Standplaats oliebollen de Wheem: verlengen?
A: Ja, zelfde voorwaarden
~
C: Kade 12: vragenlijst terug. De financiering klopt niet, 180k eigen geld, maar de aanvrager had vorig jaar een uitkering {1}
A: Hmm {1}
C: En de leverancier van de inrichting is een bv van zijn neef, die in 2022 is veroordeeld {1}
D: Dat klinkt als een LBB-verzoek {1}
A: Eerst zelf aanvullende vragen. Termijn 2 weken {1}
C: Ok {1}
~
D: Terrasvergunning de Kaai: willen een extra rij tafels op de kade
A: Doorgang voor de brandweer 3,5 meter, meten
D: Het past net
A: Dan akkoord
~
C: Antwoorden Kade 12 ontvangen. Geld komt van een lening van "een vriend in Duitsland", zonder contract {1}
A: Ok, dat is genoeg. Advies vragen bij het Landelijk Bureau {1}
B: Beslistermijn schort dan op toch? {1}
A: Ja, 8 weken, eventueel 4 verlengen. Brief naar de aanvrager {1}
C: Brief gaat vandaag uit {1}
D: Wie is daar contactpersoon bij het LBB? {1}
A: Staat in het Bibob-dossier op de schijf {1}
~
B: Evenement Zomerfeest Kolderveen, ze willen een tent voor 600 man
A: Constructieberekening opvragen
B: Ja
~
C: Eigenaar van Kade 12 belt steeds, hij wil weten waarom het zo lang duurt {1}
A: Verwijzen naar de brief. Geen inhoudelijke informatie over het advies geven {1}
C: Hij wordt boos aan de telefoon {1}
A: Mag je ophangen als hij gaat schelden, dat weet je {1}
C: Ja {1}
~
D: Drank- en horecavergunning voor de voetbal in Ezinge is verlopen
A: Herinnering sturen
D: Heb ik 2x gedaan
A: Dan derde met een termijn
~
C: LBB-advies binnen voor Kade 12 {1}
A: En? {1}
C: Ernstig gevaar dat de vergunning wordt gebruikt om wederrechtelijk verkregen vermogen te benutten {1}
A: Dan voornemen tot weigeren. Maak een advies voor de burgemeester {1}
C: Ik zet het op de agenda van het bestuurlijk overleg {1}
D: De eigenaar van het pand wil graag weten wanneer hij een huurder heeft {1}
A: Niks over zeggen, de pandeigenaar is geen partij {1}
~
B: Evenementenkalender 2025 gepubliceerd
A: Mooi
~
C: Zienswijze Kade 12: de advocaat noemt het advies onjuist en wil een hoorzitting {1}
A: Hoorzitting kan, binnen 2 weken plannen {1}
C: Wie zit erbij? {1}
A: Ik en jij, en de jurist van veiligheid {1}
C: Geregeld, 12 juni 10u {1}
~
A: Kade 12 weigering is getekend door de burgemeester {1}
C: Aangetekend verstuurd {1}
D: Gaat er nu iemand anders in het pand? {1}
A: Zolang hij in bezwaar gaat niet {1}
B: Oh en de lounge was al verbouwd, dat gaat hem geld kosten {1}
A: Eigen risico {1}
~
D: Aanvraag ligplaats voor een rondvaartboot aan de Stoombootkade
A: Dat is de havenmeester, niet wij
D: Ok doorgestuurd
~
C: Kade 12: bezwaar gekomen, pro forma {1}
A: Verwacht. Anouk heeft het dossier {1}
D: Komt er een andere exploitant in het pand? {1}
A: De eigenaar zoekt al, maar wij wachten {1}
~
B: Evenement Stoombootkade Havenfeest: 3 dagen, boten en muziek {8}
A: Havenmeester betrekken, passanten moeten een plek houden {8}
B: Hij vindt het goed als de wachtplaats vrij blijft {8}
A: Ok {8}
~
D: Nieuwe aanvraag exploitatievergunning voor hetzelfde pand, Kade 12, andere aanvrager {1}
A: Wie? {1}
D: Een bv uit Zwolle, net opgericht {1}
A: Ook Bibob-vragenlijst, volledig {1}
C: Ik zie dat de directeur de broer is van de vorige aanvrager {1}
A: Haha. Goed opgelet {1}
~
B: Kermis Nijeveen, standplaatsen verdeeld
A: Klaar voor de zomer
""",
    ),
    Chat(
        "Griffie raadsvragen",
        "bestuur",
        "2025-02-10 09:10",
        ["Marjolein Kuiper", "Dirk Timmerman", "Sabine Hofman"],
        """
A: Nieuwe art. 40 vragen binnen van de PvdA over de hulp in de huishouding {7}
B: Alweer? {7}
A: Ja, nu over de klachtenprocedure en hoeveel mensen nog zonder hulp zitten {7}
B: Doorzetten naar Wmo, termijn 30 dagen {7}
A: Gedaan {7}
C: En de vragen van Gemeentebelangen over de pinautomaat in Nijeveen? {5}
A: Beantwoord vorige week, staan op de site {5}
C: Ze vinden het antwoord mager {5}
A: Dan mogen ze het in de commissie vragen {5}
~
B: Agenda commissie Samenleving 4 maart: HH evaluatie, jeugdzorg, bibliotheek {7}
A: Schoolzwemmen ook? {11}
B: Nee dat komt pas in mei, eerst het college {11}
A: Ok {11}
C: Wie doet de notulen?
B: Ik
~
A: CDA wil een motie over de geldautomaat: college moet met Geldmaat een oplossing afdwingen {5}
C: Kan dat juridisch? {5}
A: Afdwingen niet, maar het is een motie, dus mag alles {5}
B: Wordt hij vreemd aan de orde van de dag? {5}
A: Ja, 13 maart, samen met de aanbieding van de petitie {5}
C: Dan moet er een tafel in de hal voor de petitie {5}
A: Regel ik met de bode {5}
~
C: Schriftelijke vragen VVD over de stroomnetproblemen: hoeveel bedrijven staan in de wachtrij in Meppel {2}
A: Weet Enexis dat? {2}
C: Die geven alleen aantallen per gebied, niet per gemeente {2}
B: Dan schatten op basis van EZ {2}
C: Ik vraag het Jasper {2}
~
A: Raadsvergadering: motie geldautomaat aangenomen met 19 stemmen voor {5}
B: Petitie ook aangeboden? {5}
A: Ja, 1.340 handtekeningen, aan de burgemeester {5}
C: PHOTO "PETITIE BEHOUD PINAUTOMAAT NIJEVEEN 1340 HANDTEKENINGEN" {5}
A: Leuke foto, voor de nieuwsbrief? {5}
C: Ja {5}
~
B: Vragen D66 over straatnamen Nieuwveense Landen Oost: waarom geen vrouwen op de lijst {4}
A: Haha goeie {4}
C: Er staat toch 1 vrouw op, de vroedvrouw {4}
B: Van de 14. Doorsturen naar ruimte {4}
A: Antwoord moet voor 15 maart {4}
~
A: Wie heeft de sleutel van kast 3? De moties van 2023 zitten erin
B: Bode
~
C: Antwoord op de VVD-vragen: naar schatting 25 bedrijven in Meppel hebben een verzwaring aangevraagd die in de wachtrij staat {2}
B: Ook de MFA genoemd? {2}
C: Ja, met de tijdelijke batterij-oplossing {2}
A: Verzenden {2}
~
B: Raadsinformatiebrief HH evaluatie is binnen {7}
A: Korte conclusie? {7}
B: Overgang slecht verlopen, nu 3 cliënten zonder hulp, boete opgelegd aan één aanbieder {7}
A: Zet op de lijst ingekomen stukken {7}
~
C: Moties vreemd: SP wil dat schoolzwemmen ook voor groep 5 en 6 {11}
A: Die komt in juni bij de voorjaarsnota {11}
C: Oké {11}
B: En ik hoor dat er een amendement komt om het voor alle groepen te doen {11}
A: Wachten we af {11}
~
A: Straatnaamvragen beantwoord: de commissie past het thema aan en voegt drie vrouwennamen toe {4}
B: Mooi {4}
~
A: Commissie: vragen over de agressie tegen de boa's {10}
B: Burgemeester beantwoordt mondeling {10}
C: GroenLinks vraagt of bodycams niet juist escaleren {10}
A: Staat in de DPIA, ervaringen elders zijn positief {10}
~
B: Schriftelijke vragen over de duizendknoop in Koedijkslanden, schade aan tuinen {6}
A: Naar openbare ruimte {6}
C: Wie is de portefeuillehouder? {6}
A: Wethouder De Boer {6}
~
C: Amendement schoolzwemmen voor alle groepen verworpen, het voorstel zelf aangenomen {11}
A: Met hoeveel? {11}
C: 21 voor, 4 tegen {11}
~
A: Vragen Meppel Lokaal over de feestboten in de haven {8}
B: Antwoord: tweede havenmeester en verbod op versterkte muziek na 22u {8}
A: Verzenden {8}
~
B: Iemand de notulen van 13 maart? Ik mis de tekst van de motie over de pinautomaat {5}
C: Bijlage 4 {5}
B: Dank {5}
""",
    ),
    Chat(
        "Secretariaat burgemeester",
        "bestuur",
        "2025-06-10 08:15",
        ["Yvonne Hulshof", "Ruud Everts", "Jolanda Smeenk"],
        """
A: Agenda burgemeester deze week: dinsdag driehoek, woensdag Nijeveen, donderdag raad
B: Nijeveen is de opening van de nieuwe pinautomaat in de Spar toch? {5}
A: Ja, 11 uur, met Dorpsbelang en iemand van Geldmaat {5}
C: Speech nodig? {5}
A: Kort, 3 minuten. Ik vraag Femke {5}
B: Hij wil het eerste briefje van 20 pinnen haha {5}
A: Leuk voor de foto {5}
~
B: Driehoek: punten van de politie: het incident met de boa's op het Kerkplein zaterdag {10}
A: Wat is er gebeurd dan? {10}
B: Twee boa's spraken een groep aan over glaswerk op het plein, een van hen is tegen de grond geslagen {10}
C: Oh nee {10}
B: Ze is met hoofdletsel naar de SEH geweest, mag weer naar huis {10}
A: Burgemeester wil haar vandaag bellen {10}
B: Nummer staat in het dossier {10}
A: Ik zet het in zijn agenda om 12:30 {10}
~
C: Hoorzitting Kade 12 is morgen, burgemeester hoeft er niet bij {1}
A: Nee, ambtelijk {1}
C: De advocaat vraagt of hij de burgemeester zelf kan spreken {1}
A: Nee, beleid is dat hij niet met partijen in een lopende procedure praat {1}
C: Heb ik zo gemaild {1}
~
B: Havenmeester belt: feestboot aan de Stoombootkade gisteravond, muziek tot 3 uur, bewoners woedend {8}
A: Weer die van vorige week? {8}
B: Ja, een verhuurde sloep uit Giethoorn met een vrijgezellenfeest {8}
A: Burgemeester vraagt wat de havenmeester kan doen {8}
B: Die mag ze wegsturen volgens de havenverordening, maar 's nachts is hij er niet {8}
C: Boa's dan? {8}
B: Die zijn er na het Kerkplein niet meer na 23u zonder politie {8,10}
A: Ik zet het op de agenda van het overleg haven {8}
~
A: Aangifte door de boa van het Kerkplein is gedaan, burgemeester heeft gevraagd om versneld snelrecht {10}
B: Kan dat? {10}
A: OM beslist. Dader is 19, al bekend {10}
C: Ik hoop dat ze het doen {10}
~
C: Uitnodiging voor de burgemeester: 25 jaar Harmonie Nijeveen
A: Datum?
C: 5 juli
A: Staat al vol, de loco
~
B: Weigering Kade 12 getekend en weg {1}
A: Opgeslagen in het zaakdossier? {1}
B: Ja {1}
~
B: Burgemeester wil een maatregel voor de haven: vanaf 22u geen versterkte muziek op boten {8}
A: Via de havenverordening of APV? {8}
B: Juristen zoeken het uit, evt. aanwijzingsbesluit {8}
C: Havenmeester vraagt ook om een collega in het weekend {8}
A: Geld? {8}
C: 15k voor de rest van het seizoen, via inhuur {8}
A: Agenderen in het college {8}
~
A: Boa's willen de burgemeester spreken over de bodycams en hun veiligheid {10}
C: Wanneer? {10}
A: Volgende week dinsdag tijdens hun teamoverleg {10}
C: Hij kan om 9u {10}
A: Prima, geboekt {10}
~
C: Havenoverleg gepland, 1 juli, havenmeester, politie, boa's, ondernemers kade {8}
A: Burgemeester zit voor {8}
C: Agenda: muziek op boten, toezicht, de wachtplaats {8}
~
A: Havenoverleg: afspraak dat de politie op vrijdag en zaterdag om 23u en 1u langs de kade rijdt {8}
B: En de ondernemers? {8}
A: Die willen juist meer boten, dus voorzichtig met regels {8}
~
B: Fatma is weer aan het werk {10}
A: Fijn! Burgemeester stuurt een kaartje {10}
~
C: Verzoek om een gesprek van de krakers die in april zijn ontruimd, ze willen praten over leegstand {9}
A: Burgemeester wil dat wel, maar niet over hun pand {9}
C: Ik plan het na de zomer {9}
~
B: Besluit op bezwaar Kade 12 is klaar voor ondertekening {1}
A: Parafenboek {1}
""",
    ),
    Chat(
        "Kade 12",
        "veiligheid",
        "2025-04-22 10:30",
        ["Carla Zuidema", "Anouk Sprenger", "Wim Hoekstra"],
        """
A: Hoi Anouk, jij bent de jurist voor dit dossier toch? {1}
B: Ja. Is het advies er al? {1}
A: Verwacht eind mei. Ik stuur je alvast de vragenlijst en de antwoorden {1}
B: Top {1}
B: Gelezen. Die lening uit Duitsland is echt dun {1}
C: Ook dat de neef de inrichting levert {1}
B: Hebben we politie-informatie? {1}
A: Via het RIEC aangevraagd {1}
~
A: RIEC-info binnen, mag ik alleen mondeling delen {1}
B: Bel me {1}
B: Dank. Dat maakt het wel duidelijk {1}
~
A: Advies binnen, ernstig gevaar a en b {1}
B: Dan een stevig voornemen. Ik schrijf het concept {1}
C: Let op evenredigheid, hij heeft al verbouwd {1}
B: Nemen we mee, maar weegt niet zwaar {1}
B: Concept in de map {1}
C: Prima, paar tekstuele dingen {1}
~
A: Hij heeft een advocaat genomen, die van Snijders uit Zwolle {1}
B: Die kennen we, gaat tot de Raad van State {1}
C: Laat maar komen {1}
~
B: Zienswijze gelezen. Niks nieuws, alleen dat het geld nu van zijn moeder komt {1}
A: Eerst Duitsland, nu moeder {1}
C: Dat bevestigt het eerder {1}
B: Ik verwerk het in het besluit {1}
~
A: Na de hoorzitting: niks nieuws. Besluit gaat naar de burgemeester {1}
B: Top {1}
~
A: Pro forma bezwaar binnen {1}
B: Ik meld het bij de commissie en vraag om aanhouding tot de gronden er zijn {1}
C: Gaat hij ook een voorlopige voorziening vragen? {1}
B: Zou me niks verbazen {1}
A: Ik hoor het {1}
~
B: Voorlopige voorziening inderdaad aangevraagd, zitting 28 augustus bij de rechtbank Noord-Nederland {1}
C: Wie gaat? {1}
B: Ik, met Carla {1}
A: Ok {1}
~
B: Uitspraak vovo: afgewezen. Burgemeester mocht op het advies afgaan {1}
A: YES {1}
C: Goed werk {1}
B: Bezwaar loopt nog wel door {1}
""",
    ),
    Chat(
        "Bezwaarcommissie",
        "bestuur",
        "2025-07-07 13:00",
        ["Frank Nijboer", "Anouk Sprenger", "Gea Mulder"],
        """
A: Zittingen september: 4 zaken, parkeren, Wmo, omgevingsvergunning dakkapel en de horeca aan de kade {1}
B: Horeca is het Bibob-bezwaar, gronden zijn binnen {1}
A: Hoe dik? {1}
B: 40 pagina's, vooral dat het LBB-advies niet klopt {1}
C: Daar gaat de commissie niet over, alleen of de burgemeester er zorgvuldig mee is omgegaan {1}
B: Precies {1}
A: Dakkapel: is de hoorzitting al gepland?
C: 10 september
A: Parkeren: bewoner Haveltermade, vergunning geweigerd omdat hij 2 auto's heeft
C: Standaard
~
A: Wmo-bezwaar gaat over huishoudelijke hulp, de cliënt kreeg minder uren bij de nieuwe aanbieder {7}
B: Uren zijn toch hetzelfde gebleven? {7}
A: Op papier wel, maar de aanbieder levert minder {7}
C: Dan is het geen bezwaar tegen de beschikking maar een klacht {7}
A: Toch horen, en daarna doorverwijzen {7}
~
B: Horeca-zaak: advocaat vraagt om de zitting openbaar te doen {1}
A: Nee, Bibob is altijd besloten {1}
B: Gemaild {1}
~
A: Zitting horeca geweest. Advies: ongegrond {1}
B: Snel {1}
C: Argumenten waren zwak {1}
A: Advies naar de burgemeester, besluit op bezwaar binnen 6 weken {1}
~
C: Dakkapel: gegrond, welstand had het verkeerde criterium gebruikt
A: Oei
C: Nieuwe beslissing nodig
""",
    ),
    Chat(
        "Terrassen zomer 2025",
        "veiligheid",
        "2025-04-01 11:00",
        ["Thijs Vos", "Mirjam de Jong", "Bas Kooiman"],
        """
A: Terrasseizoen begint, 32 terrasvergunningen verlengd
B: Stoombootkade: de Kaai en het Pakhuis willen uitbreiden op de kade
C: Vanuit de haven is dat goed, zolang de bolders vrij blijven
A: Havenmeester akkoord?
C: Ja
B: Drank en horeca: nieuwe leidinggevende bij het Pakhuis, aanhangsel wijzigen
A: Doe ik
~
A: Klacht over geluid van het terras aan de Kerkgracht
B: Na 23u?
A: Tot half 1
B: Waarschuwing
~
C: Overkapping bij de Kaai zonder vergunning
C: PHOTO "TERRAS DE KAAI GEOPEND"
A: Omgevingsvergunning nodig
C: Ik zeg het hen
~
B: Nieuwe horecazaak in de Hoofdstraat, ijssalon, geen alcohol dus alleen melding
A: Prima
""",
    ),
    Chat(
        "Accountmanagers EZ",
        "ruimte",
        "2024-11-04 09:00",
        ["Jasper Hoving", "Mieke Lubbers", "Ton Steenbergen", "Noor el Amrani"],
        """
A: Ronde langs de bedrijven: wie heeft problemen met de netaansluiting? {2}
B: Koelhuis Blankenstein: wil 2 MW erbij, Enexis zegt wachtrij {2}
C: Metaalbewerking Oevers: nieuwe lasstraat kan niet aan {2}
A: En de bakkerij? {2}
B: Wil elektrische ovens, gas eruit. Kan niet tot 2029 {2}
D: Dus verduurzamen kan niet door het net, mooi is dat {2}
A: Ironie ten top {2}
~
A: Gesprek met Enexis: ze willen congestiemanagement doen, bedrijven die flexibel zijn krijgen eerder ruimte {2}
C: Wat betekent flexibel? {2}
A: Afschakelen op piekmomenten tegen vergoeding {2}
B: Koelhuis kan dat niet, die moeten koelen {2}
A: Maar wel bufferen, 's nachts extra koelen {2}
B: Ik leg het voor {2}
~
D: Is er een overzicht van alle aanvragen in de wachtrij bij Enexis? {2}
A: Alleen per bedrijf zelf, privacy {2}
D: Kunnen we het niet vragen met toestemming van de bedrijven? {2}
A: Ja, ik stuur een mail rond {2}
~
B: Vakbeurs Zwolle volgende week, wie gaat?
C: Ik
A: Ik ook, met de auto
~
A: Idee van de provincie: een energiehub op Blankenstein, bedrijven delen een aansluiting en een batterij {2}
C: Wie organiseert dat? {2}
A: De ondernemersvereniging, wij faciliteren {2}
B: Kost? {2}
A: Haalbaarheidsstudie 35k, provincie betaalt de helft {2}
D: Doen we mee? {2}
A: Ik zet het in het collegevoorstel {2}
~
C: Metaalbedrijf overweegt te verhuizen naar Duitsland als er geen stroom komt {2}
C: AUDIO {2}
A: Serieus? {2}
C: Dat zegt de DGA {2}
A: Ik bel hem morgen {2}
~
A: Gesprek geweest. Ze blijven, als de energiehub er komt {2}
B: Druk {2}
~
B: Kerstborrel ondernemersvereniging 12 december
A: Kom ik
""",
    ),
    Chat(
        "Bouwteam MFA Nieuwveense Landen",
        "ruimte",
        "2025-01-13 08:00",
        ["Rob Veenstra", "Lisa Hamming", "Gert Jan Zwiers", "Patrick Bos"],
        """
A: Bouwvergadering 14. Planning: fundering klaar, staal in februari
B: Installateur: voor de warmtepompen hebben we 250 kVA nodig, nu is er alleen 80 {2}
C: Dat wisten we toch al van de wachtrij {2}
A: Ja maar de batterij is nog niet besteld {2}
D: Pas na het raadsbesluit, dat is juli {2}
B: Levertijd batterij 6 maanden {2}
A: Dan wordt het krap voor de oplevering {2}
~
C: Naam van de straat van de MFA is nog niet bekend, we hebben een adres nodig voor de bouwaansluiting {4}
A: Straatnamen komen in februari {4}
C: Enexis wil een adres, anders geen aanvraag {2,4}
A: Tijdelijk adres aanvragen bij de BAG {4}
C: Doe ik {4}
~
B: Zonnepanelen op het dak: 300 panelen, maar teruglevering mag niet boven 80 kVA {2}
D: Dan met de batterij opslaan {2}
B: Ja, daarom is die batterij er {2}
~
A: Staalbouwer 2 weken vertraagd
D: Boeteclausule?
A: Nee, weersomstandigheden
~
C: Adres bekend: Slagtersveld 1 {4}
A: Mooi {4}
C: Aansluiting bij Enexis aangevraagd op dat adres, nu officieel in de wachtrij {2}
~
D: Raad heeft het krediet voor de batterij goedgekeurd {2}
B: Bestellen! {2}
D: Morgen de opdracht {2}
~
A: Oplevering verschoven naar maart 2026 {2}
C: Door de batterij? {2}
A: Deels, en door het staal {2}
""",
    ),
    Chat(
        "Energieloket",
        "ruimte",
        "2024-10-14 10:00",
        ["Marleen Groot", "Arjen Vos"],
        """
A: Hoeveel aanvragen energiecoach deze week?
B: 22, vooral over zonnepanelen en de terugleverkosten
A: Stroomprijs blijft het onderwerp
B: Mensen vragen of ze nog een thuisbatterij moeten kopen
A: Verwijs naar de website van Milieu Centraal
~
B: De bijeenkomst in Rogat over isoleren zat vol
A: Volgende in Nijeveen
B: In de bieb
~
A: Subsidie voor isolatie op
B: Al?
A: Ja, 400 aanvragen
""",
    ),
    Chat(
        "Hond Kolderveenseweg",
        "veiligheid",
        "2025-03-15 09:20",
        ["Wim Hoekstra", "Marco Veldhuis", "Ellen Bruins"],
        """
A: Ellen, kun jij vandaag het voornemen maken? Spoed {3}
C: Welke grondslag? {3}
A: APV 2:59, aanwijzing hond als gevaarlijk, aanlijn en muilkorf {3}
C: Heb ik een dossier? {3}
B: Zet ik in het zaaksysteem: melding politie, verklaring moeder, de oude melding van vorig jaar {3}
C: Foto's van de wond? {3}
B: Moeder stuurt ze, maar die mogen niet in het dossier zonder toestemming {3}
C: Vraag toestemming {3}
~
C: Voornemen klaar, uitreiken of per post? {3}
A: Uitreiken, dan kunnen we meteen mondeling horen {3}
B: Ik ga met Fatma {3}
~
B: Gehoord. Eigenaar zegt: hond is nooit agressief, jongen klom over het hek, hond verdedigde het erf {3}
C: Het hek is 1 meter, volgens de politie stond de jongen aan de weg {3}
B: Dat zeg ik niet tegen hem haha {3}
A: Meenemen in het besluit: beet buiten het erf {3}
C: Dat maakt het sterker {3}
~
C: Gedragstest van de dierenarts: hond is "schrikachtig met verdedigend gedrag" {3}
A: Dat pleit voor muilkorf {3}
C: Dierenarts adviseert een training {3}
A: Kan als voorwaarde, niet als vervanging {3}
~
C: Besluit getekend, met dwangsom {3}
B: Uitreiken morgen? {3}
A: Ja {3}
~
B: Uitgereikt, hij was boos, zegt bezwaar te maken {3}
B: AUDIO {3}
B: ^ wat hij zei bij de deur {3}
C: Staat in de rechtsmiddelenclausule {3}
~
A: Bezwaar binnen over de hond {3}
C: Gronden? {3}
A: Muilkorf onevenredig, hij wil alleen aanlijnen {3}
C: Hoorzitting dan {3}
~
C: Trouwens, de aanwijzing gevaarlijke hond moet ook naar de politie voor hun registratie {3}
B: Gedaan {3}
""",
    ),
    Chat(
        "Wijkagent Kolderveen",
        "veiligheid",
        "2025-03-14 17:40",
        ["Marco Veldhuis", "Rick Stoker"],
        """
B: Marco, heb je het al gehoord van die beet? {3}
A: Ja net binnen. Hoe is het met de jongen? {3}
B: Gehecht, thuis, erg geschrokken {3}
A: Heb je het pv? {3}
B: Mag ik niet zomaar delen, maar de feiten mail ik je {3}
A: Top {3}
~
B: Eigenaar is bekend bij ons, vaker ruzie met buren {3}
A: Over de hond? {3}
B: Ook {3}
A: Ok, nemen we mee {3}
~
A: Stroperij melding bij de Reest, zie jij daar wat?
B: Ik rij er vanavond langs
~
B: Die herder liep vanmiddag los op de Kolderveenseweg, heb ik zelf gezien {3}
A: Met muilkorf? {3}
B: Zonder {3}
A: Maak je een rapport? Dan kunnen wij de dwangsom invorderen {3}
B: Ja {3}
A: Dank, dit is de eerste verbeurde {3}
~
B: Eigenaar heeft de hond nu naar familie in Staphorst gedaan {3}
A: Echt? {3}
B: Zegt hij. Buren zien hem niet meer {3}
A: Dan vervalt het probleem hier wel {3}
B: Aanwijzing geldt landelijk? {3}
A: Nee, alleen onze APV. Ik bel Staphorst {3}
""",
    ),
    Chat(
        "Hondenlosloopgebied Ezinge",
        "openbare_ruimte",
        "2025-04-07 10:00",
        ["Harm Brinkman", "Karin Pol", "Dennis Prins"],
        """
A: Bewonersvoorstel: losloopgebied voor honden in het park bij Ezinge
B: Hoeveel handtekeningen?
A: 84
C: Er lopen daar ook kinderen
A: Daarom met een hek eromheen
B: PHOTO "HONDEN AANGELIJND IN HET HELE PARK"
B: Kost?
A: Hek 12k, bankjes, afvalbak met zakjes
~
C: Andere bewoners willen juist aanlijnplicht in het hele park
A: Hondenbezitters tegen de rest, klassiek
B: Inloopavond?
A: 15 mei
~
A: Inloopavond was druk. Voorstel: omheind gebied van 2.000 m2 aan de kant van het sportpark
C: Iedereen tevreden?
A: Redelijk
""",
    ),
    Chat(
        "Straatnamencommissie",
        "ruimte",
        "2024-09-24 19:30",
        ["Bart Lenters", "Hennie Koops", "Trijntje Wever", "Albert Dolfing"],
        """
A: Beste commissieleden, de lijst van 14 voor Oost staat in de mail. Graag reacties voor vrijdag {4}
B: Mooi thema. Bij Leemkuil wel even kijken of dat niet verward wordt met de Leemstraat in Rogat {4}
C: Slagtersveld is naar de boerderij van Slagter toch? {4}
A: Ja, het veld van de familie Slagter, boerderij gesloopt in 1972 {4}
D: Ik mis vrouwen. Vroedvrouw Jantje Bos staat erop, maar verder niks {4}
A: Thema is veldnamen, dan is het lastig {4}
D: Dan het thema verbreden {4}
~
B: Reactie historische vereniging: Oldebroekerhoeve is fout gespeld, moet Olde Broekerhoeve {4}
A: Goed dat ze kijken! Aangepast {4}
~
A: Advies is door het college overgenomen, 14 namen vastgesteld op 8 oktober {4}
C: Proost {4}
D: Ook publicatie in het Gemeenteblad? {4}
A: Ja, 6 weken bezwaar {4}
~
A: Vergadering commissie volgend jaar: 3 keer, data volgen
B: Ok
~
A: Er is een bezwaar binnen tegen Slagtersveld {4}
C: Waarom? {4}
A: Volgens een kleinzoon van een verzetsman was boer Slagter in de oorlog lid van de NSB {4}
D: Auw {4}
B: Klopt dat? {4}
A: Historische vereniging zoekt het uit {4}
~
B: Historische vereniging: klopt, Hendrik Slagter was NSB-lid, veroordeeld in 1946 {4}
A: Dan moet de naam eraf. Het is geen vernoeming naar hem, maar zo wordt het wel gelezen {4}
C: Maar Slagtersveld 1 is al het adres van de MFA {4}
A: Ja, dat wordt een gedoe {4}
D: Voorstel: Vroedvrouwenveld of Jantje Bosstraat {4}
A: Ik zet beide in het advies {4}
~
A: College: Slagtersveld wordt Jantje Boshof, bezwaar gegrond {4}
B: Goed besluit {4}
D: En de vrouwen? {4}
A: Ook 3 extra: Jantje Boshof, Aaltje Huisingerf en Roelfje Kuiperslaan {4}
A: PHOTO "JANTJE BOSHOF" {4}
A: Het eerste bord staat al {4}
C: 🙌 {4}
""",
    ),
    Chat(
        "BAG en adressen",
        "bedrijfsvoering",
        "2025-02-03 10:15",
        ["Marieke Elzinga", "Gert Jan Zwiers", "Kees Tuinman"],
        """
A: Adressen Nieuwveense Landen Oost: ik wacht op het raadsbesluit? {4}
C: Nee, straatnamen zijn collegebesluit, al vastgesteld in oktober {4}
A: Ok dan ga ik openbare ruimtes aanmaken {4}
A: 14 openbare ruimtes aangemaakt, huisnummers volgen per bouwvergunning {4}
~
B: MFA adres Slagtersveld 1, kunnen we dat krijgen voor de aansluiting? {2,4}
A: Is al toegekend {4}
~
C: Kunnen jullie de nummeraanduidingen voor de Koedijkslanden nog even checken, er zit een dubbele in
A: Zie ik. Hersteld
~
A: Slagtersveld wordt hernoemd naar Jantje Boshof?? {4}
C: Ja, na het bezwaar {4}
A: Dan moet ik het adres van de MFA wijzigen, en de netbeheerder, en de kadasterregistratie {4}
B: En de bouwvergunning staat op het oude adres {4}
A: Dat blijft geldig, het object is hetzelfde {4}
B: Gelukkig {4}
~
A: Hernoeming verwerkt in de BAG, Jantje Boshof 1 {4}
C: Top {4}
A: Kennisgeving aan Enexis gestuurd {4}
""",
    ),
    Chat(
        "Huisnummering Rogat",
        "bedrijfsvoering",
        "2025-05-12 14:00",
        ["Marieke Elzinga", "Kees Tuinman"],
        """
A: Splitsing boerderij Rogatweg: van 1 naar 3 woningen
B: 12a, 12b en 12c?
A: Ja, volgens de richtlijn
B: Post is geinformeerd?
A: Via de BAG automatisch
~
B: Bewoner van 12c wil liever 14
A: Kan niet, 14 bestaat al
B: Snap ik, gezegd
""",
    ),
    Chat(
        "Pinnen Nijeveen",
        "ruimte",
        "2025-01-15 11:20",
        ["Jasper Hoving", "Anita Roelofs", "Geert Dekker"],
        """
A: Geldmaat heeft laten weten dat de automaat aan de Dorpsstraat per 1 april verdwijnt {5}
B: Waarom? {5}
A: Te weinig transacties, en het pand wordt verkocht {5}
C: De Rabo is er al jaren weg, dit was de laatste {5}
A: Dichtstbijzijnde is dan Meppel centrum, 7 km {5}
B: Voor ouderen zonder auto is dat een probleem {5}
~
A: Gesprek met Geldmaat: hun norm is dat 99,75% van de mensen binnen 5 km een automaat heeft {5}
C: Nijeveen valt daar net binnen, via de automaat in Meppel-Noord {5}
A: Precies, dus ze hoeven niks volgens de afspraken met DNB {5}
B: Alternatief? {5}
A: Een pinpunt in een winkel, een "geldservicepunt", als de winkel wil {5}
~
C: Spar wil wel, maar ze willen geen kosten en geen risico {5}
A: Geldmaat betaalt de automaat, de winkel alleen de ruimte {5}
C: En verzekering tegen plofkraak? {5}
A: Automaat is een type zonder gas, binnen in de winkel, met inktpatronen {5}
~
B: Dorpsbelang wil storten voor de verenigingen, de voetbal en de fanfare hebben contant geld {5}
A: Storten kan alleen in Meppel, bij de grote automaten {5}
B: Ze vinden dat niks {5}
A: Kunnen wij niet regelen, wel aankaarten {5}
~
A: Geldmaat bevestigt: pinautomaat in de Spar, planning 1 juni {5}
C: Dus 2 maanden zonder {5}
A: Tijdelijk kan je pinnen met cashback bij de Spar, tot 50 euro {5}
B: Goed voor de nieuwsbrief {5}
~
C: PHOTO "GELDAUTOMAAT BUITEN GEBRUIK PER 1 APRIL DICHTSTBIJZIJNDE AUTOMAAT MEPPEL" {5}
A: Hangt dat al? {5}
C: Sinds vanochtend {5}
~
A: Opening op 11 juni met de burgemeester {5}
B: Mooi, dan is het dorp tevreden {5}
""",
    ),
    Chat(
        "Dorpsbelang Nijeveen",
        "bestuur",
        "2025-02-20 20:05",
        ["Wethouder Jeroen Smit", "Klaas Prins", "Jannie Meijer"],
        """
B: Wethouder, de agenda voor maandag: de speeltuin, de busverbinding en natuurlijk de pin {5}
A: Ik ben er. Over de pin heb ik geen goed nieuws, Geldmaat gaat niet om {5}
C: Dat is een schande, 3000 inwoners zonder geld {5}
A: Begrijp ik. We zoeken een oplossing in een winkel {5}
B: De petitie gaat door {5}
A: Dat mag natuurlijk {5}
~
B: Busverbinding: de lijn naar Zwolle rijdt 's avonds niet meer
A: Dat is de provincie, ik geef het door
C: Speeltuin: de glijbaan is al 3 maanden kapot
A: Melding gedaan, ik ga erachteraan
~
C: Als de Spar een pinautomaat krijgt kunnen de ouderen daar ook wel heen {5}
A: Precies, dat is het idee {5}
C: En het busje van de zorg kan er stoppen {5}
A: Goed idee, neem ik mee {5}
~
B: Dank voor de inzet, de pinautomaat komt er! Dorp is blij {5}
C: AUDIO {5}
A: Samen gedaan {5}
C: Nu nog de glijbaan haha
A: Staat voor volgende week
""",
    ),
    Chat(
        "Storing pinapparaat stadswinkel",
        "bedrijfsvoering",
        "2025-03-04 09:05",
        ["Bianca Hesselink", "Servicedesk ICT", "Rob Klaassen"],
        """
A: Pinapparaat aan balie 3 doet het niet, klanten kunnen niet betalen voor hun paspoort
B: Welke melding geeft het?
A: Geen verbinding met de bank
B: Herstart het kastje
A: Niks
B: Monteur van de leverancier komt om 12u
C: Mag contant?
A: Nee, we hebben geen kas meer
C: Dan laten terugkomen of een betaalverzoek sturen
~
B: Apparaat vervangen, werkt weer
A: Dank!
""",
    ),
    Chat(
        "Aanpak exoot beleid",
        "openbare_ruimte",
        "2024-10-21 09:30",
        ["Harm Brinkman", "Pieter Wolters", "Sylvia Boer"],
        """
C: Ik schrijf de notitie over de aanpak van de Japanse knoop, wie heeft de kaart van de locaties? {6}
A: Stuur ik je, 23 plekken {6}
C: Kosten per methode? {6}
A: Heet water 15 per m2 per jaar, afgraven 250 per m2 eenmalig, afdekken met folie 40 per m2 maar dan 5 jaar {6}
B: Budget: 40k dit jaar uit onvoorzien, volgend jaar structureel vragen {6}
C: Hoeveel structureel? {6}
B: Op basis van Harm zijn cijfers 75k {6}
~
C: Vraag: moeten particulieren het op hun eigen grond zelf doen? {6}
A: Ja, wij alleen openbare ruimte {6}
C: Maar als het van ons komt? {6}
A: Dan wel, zoals in Koedijkslanden {6}
C: Hoeveel claims hebben we? {6}
A: Twee, allebei Koedijkslanden, een schutting en een terras {6}
~
B: Kunnen we het niet met waterschap samen doen? Die hebben hetzelfde langs de vaarten {6}
C: Goed idee, ik leg contact {6}
C: Waterschap doet mee, gezamenlijke aanbesteding heetwatermachine {6}
A: Top, dan kan ik ook de Wheem doen {6}
~
C: Notitie is klaar, de knoop heet daarin overal Aziatische duizendknoop, de officiële naam {6}
A: Voor ons blijft het de Japanse lol {6}
B: Gaat naar het college in december {6}
~
C: College akkoord: 75k structureel vanaf 2025, meldpunt via Fixi {6}
A: Mooi! {6}
""",
    ),
    Chat(
        "Grondstromen Nieuwveense Landen",
        "ruimte",
        "2025-02-24 08:45",
        ["Erik Jansen", "Rob Veenstra", "Harm Brinkman"],
        """
A: Depot 3 in Oost: 1200 kuub, daarin wortelstokken van de knoop gevonden {6}
C: Hoe diep? {6}
A: Door het hele depot, is er vorig jaar mee aangevoerd {6}
B: Dan kan het niet in de geluidswal {6}
A: Nee, afvoeren naar een verwerker {6}
B: Kosten? {6}
A: Ongeveer 110k inclusief transport {6}
C: Auw {6}
~
B: Verhaal op de leverancier van het zand? {6}
A: Juridisch checken, in het bestek stond "vrij van invasieve soorten" {6}
B: Mooi, dan misschien terughalen {6}
~
A: Fundering eerste woningen is gestart, planning blijft staan
B: Mooi
~
A: Afvoer depot 3 gestart, 60 vrachten {6}
A: PHOTO "DEPOT 3 NIET VERPLAATSEN BESMET MET DUIZENDKNOOP" {6}
C: Let op: banden van de vrachtwagens schoonspuiten voor ze de weg op gaan {6}
A: Staat in het werkplan {6}
~
B: Leverancier erkent aansprakelijkheid voor de helft {6}
A: Beter dan niks {6}
""",
    ),
    Chat(
        "Reuzenberenklauw",
        "openbare_ruimte",
        "2025-06-02 07:30",
        ["Jelle Mulder", "Kevin Smit", "Harm Brinkman"],
        """
A: Berenklauw bij de Reest weer 3 meter hoog
B: Met pak doen, zeker niet zonder handschoenen
C: Ik heb de pakken in de bus gelegd
A: Ook melding van een kind met brandwonden door de sappen, bij de speeltuin in Rogat
C: Oei, meteen weghalen en een bordje
~
B: Rivierkreeften in de vijver bij het stadspark, ook een exoot toch
C: Ja, waterschap
A: Ze hebben alle waterplanten opgevreten
~
C: Berenklauw Rogat weg, wortel uitgestoken
A: Top
""",
    ),
    Chat(
        "Contractmanagement HbH",
        "samenleving",
        "2024-12-16 10:00",
        ["Ingrid Holtkamp", "Erwin Wessels", "Monique Stam", "Lotte Bakker"],
        """
B: Laatste check voor 1 januari: hoeveel cliënten gaan over? {7}
C: 1262, waarvan 740 naar ThuisPlus en 522 naar Reestdal {7}
A: Heeft ThuisPlus genoeg mensen? {7}
D: Ze zeggen 40 vacatures, maar ze werven {7}
B: Dat is krap {7}
A: Te krap {7}
~
B: Eerste week: ThuisPlus kan 180 cliënten niet bedienen {7}
A: Dat is veel meer dan de 61 die bij ons gemeld zijn {7}
B: Veel mensen melden het nog niet {7}
C: Dan moeten wij ze bellen {7}
~
D: Boeteclausule: 250 euro per cliënt per week zonder hulp {7}
B: Gaan we dat toepassen? {7}
A: Wethouder wil eerst een verbeterplan {7}
D: Termijn? {7}
A: 2 weken {7}
~
B: Verbeterplan ThuisPlus: inzet uitzendkrachten, overname cliënten door Reestdal, extra werving in Duitsland?? {7}
A: Duitsland, waarom niet {7}
C: Mogen uitzendkrachten volgens het contract? {7}
D: Alleen met een VOG en een basistraining {7}
B: Dat hebben ze niet bij allemaal {7}
A: Dan eisen we dat {7}
~
B: Stand eind februari: nog 9 zonder vaste hulp {7}
D: Boete over januari en februari: 38.500 {7}
A: Wethouder heeft besloten de boete op te leggen {7}
C: ThuisPlus gaat bezwaar maken volgens hun directeur {7}
A: Laat maar {7}
~
D: Evaluatie in april, daarna besluit over verlenging na 2026 {7}
B: Ok {7}
""",
    ),
    Chat(
        "Klachten en meldingen",
        "bedrijfsvoering",
        "2025-01-20 09:00",
        ["Saskia Westra", "Hans Brink", "Roos Veldman"],
        """
A: Klachtenoverzicht week 3: 22 klachten, waarvan 14 over de thuishulp {7}
B: Van wie? {7}
A: Cliënten en mantelzorgers, vooral dat er niemand komt of steeds een ander {7}
C: Zijn die allemaal bij Wmo doorgezet? {7}
A: Ja, en we bellen iedereen binnen 2 werkdagen {7}
B: Overige: 3 over afval, 2 over parkeren, 1 over een boa, 1 over de balie
~
B: Wat was die over de boa?
A: Een bewoner die vindt dat de boa hem te hard aansprak over zijn hond
B: Ah ok
~
A: Week 4: 19 klachten, 11 over de huishoudelijke zorg {7}
C: Daalt {7}
A: Langzaam {7}
C: Ook klachten over de kwaliteit: hulp die maar een uur blijft terwijl het 2 moeten zijn {7}
A: Die gaan naar contractmanagement {7}
~
A: Jaarverslag klachten 2024 af
B: Leest goed
~
A: Februari: 31 klachten over de hulp, nog steeds de grootste groep {7}
B: Ombudsman gaat er ook naar kijken {7}
A: Ik heb hem de cijfers gestuurd {7}
""",
    ),
    Chat(
        "Schoonmaak stadskantoor",
        "bedrijfsvoering",
        "2025-01-27 07:50",
        ["Frits Koning", "Daniëlle Hoek"],
        """
A: De schoonmakers hebben de 2e verdieping overgeslagen vannacht
B: Weer?
A: Personeelstekort bij het bedrijf zeggen ze
B: Contract zegt elke nacht
A: Ik stuur een ingebrekestelling
~
B: Toiletten bij de raadzaal waren smerig tijdens de commissie
A: Gemeld bij de objectleider
B: Ze komen met een extra ronde op donderdag
""",
    ),
    Chat(
        "Havenmeester",
        "openbare_ruimte",
        "2025-05-01 08:00",
        ["Gerrit Vonk", "Ilona Hartman", "Sander Lok"],
        """
A: Seizoen begonnen, eerste 6 boten aan de kade {8}
B: Automaat voor het liggeld werkt? {8}
A: Ja, nieuwe tarief staat erin, 1,60 per meter {8}
C: Klagen ze niet? {8}
A: Een Duitser vond het duur, maar hij betaalde {8}
~
A: Stroompalen: 2 van de 8 werken niet {8}
C: Storingsmelding gedaan bij de installateur {8}
B: Douches in het havengebouw ok? {8}
A: Ja, schoon {8}
~
A: Pinksteren: 41 boten, alles vol, rij dik aan de Stoombootkade {8}
B: Record! {8}
A: Inkomsten liggeld dit weekend 2.300 {8}
~
A: Vannacht weer herrie van een sloep met jongeren, ze lagen niet eens in de haven maar op de wachtplaats {8}
C: Heb je ze aangesproken? {8}
A: Om 8 uur 's ochtends, toen sliepen ze. Om 1 uur 's nachts ben ik er niet {8}
B: Bewoners van de kade hebben geklaagd bij de gemeente {8}
~
A: PHOTO "PASSANTENHAVEN MEPPEL HAVENGELD 1,60 PER METER PER NACHT EXCL. TOERISTENBELASTING" {8}
A: Nieuwe bordjes zijn er {8}
C: Mooi {8}
~
A: Ik heb 60 uur overgewerkt in juni, dat gaat zo niet {8}
B: Er komt een tweede havenmeester voor de weekenden {8}
A: Wanneer? {8}
B: Vanaf half juli, inhuur via Stichting Waterrecreatie {8}
A: Eindelijk {8}
~
A: Zaterdag een feestboot met 25 man, ik heb ze om 22 uur laten vertrekken {8}
C: Gingen ze mee? {8}
A: Met veel gemopper, maar ja. Nieuwe regel van de burgemeester helpt {8}
~
A: Seizoen 2025: 2.410 overnachtingen, liggeld 31.800 {8}
B: Meer dan begroot {8}
C: Volgend jaar meer stroompalen {8}
""",
    ),
    Chat(
        "Bewoners Stoombootkade",
        "veiligheid",
        "2025-06-23 22:40",
        ["Ruud Everts", "Henny Lammers"],
        """
B: Meneer Everts, het is weer zover. Boot met harde muziek voor mijn deur {8}
B: AUDIO {8}
A: Dank voor het melden. Ik bel de politie, onze mensen zijn er niet {8}
B: Dit is de vierde keer in juni {8}
A: Ik weet het. De burgemeester werkt aan een regel {8}
~
B: Politie kwam pas na een uur {8}
A: Vervelend, ik begrijp het {8}
B: En de havenmeester? {8}
A: Die is er tot 20u {8}
~
A: Mevrouw Lammers, vanaf deze week geldt: geen versterkte muziek op boten na 22u in de haven {8}
B: Wie controleert? {8}
A: In het weekend een extra havenmeester tot 24u, en de boa's samen met de politie {8}
B: We zien het {8}
~
B: Het is stil geweest dit weekend. Dank {8}
A: Fijn om te horen {8}
""",
    ),
    Chat(
        "Woonboten ligplaatsen",
        "ruimte",
        "2025-03-10 10:00",
        ["Anouk Sprenger", "Marco Veldhuis", "Gerrit Vonk"],
        """
A: Woonboot aan de Havelterweg ligt er zonder ligplaatsvergunning
B: Sinds wanneer?
C: Sinds de herfst. Het is een oude tjalk
A: Last onder dwangsom dan
B: Eerst een gesprek
~
C: Hij wil een vergunning aanvragen
A: Er zijn geen vrije ligplaatsen voor woonboten, de lijst is vol
C: Dan moet hij weg
~
A: Hij is vertrokken naar Zwartsluis
B: Opgelost
""",
    ),
    Chat(
        "Hoofdstraat 40",
        "veiligheid",
        "2025-03-09 12:10",
        ["Ruud Everts", "Wijkagent Bram Visser", "Maaike Haan"],
        """
B: Ruud, ze zitten erin. Oude bankgebouw, sinds vannacht {9}
A: Hoeveel? {9}
B: Vijf of zes, jong, netjes, geen drugs gezien {9}
A: Ok. Eigenaar bekend? {9}
C: Volgens het kadaster Hoofdvast BV, Amsterdam {9}
A: Ik bel ze maandag {9}
~
A: Eigenaar gesproken, ze wisten van niks. Ze gaan aangifte doen {9}
B: Zonder aangifte kunnen wij niks {9}
C: Het pand staat al sinds 2021 leeg, dus het is geen huisvredebreuk maar kraken {9}
A: Ja, en dan moet het OM eerst een kort geding of een strafrechtelijke ontruiming afwegen {9}
~
B: Aangifte gedaan door de eigenaar {9}
A: Top, dan naar het OM {9}
C: Zijn er plannen voor het pand? Een rechter weegt leegstand mee {9}
A: Eigenaar zegt: vergunning voor 8 appartementen aangevraagd {9}
C: Staat niet in onze registratie {9}
A: Hm, check ik {9}
~
C: Aanvraag ingediend vorige week, ná de kraak dus {9}
A: Slim van ze {9}
B: OM weet dat? {9}
A: Ik geef het door, neutraal {9}
~
B: OM heeft besloten: ontruiming op 3 april, aankondiging hangt {9}
B: PHOTO "AANKONDIGING ONTRUIMING OP LAST VAN HET OPENBAAR MINISTERIE 3 APRIL" {9}
A: Krakers spannen een kort geding aan? {9}
B: Gaan ze proberen {9}
~
B: Rechter: ontruiming mag doorgaan {9}
A: Dan 3 april {9}
~
B: Ontruimd zonder geweld, 1 aanhouding voor belediging {9}
A: Dank voor alles {9}
C: Eigenaar zet er nu antikraak in {9}
A: Prima {9}
""",
    ),
    Chat(
        "Overleg OOV politie",
        "veiligheid",
        "2025-03-17 13:00",
        ["Ruud Everts", "Teamchef Monique de Vries", "Sanne Oosting", "Arend Kuiper"],
        """
A: Agenda: woninginbraken, drugsoverlast station, het pand aan de Hoofdstraat, en de boa's {9,10}
B: Inbraken dalen, 6 in februari
A: Mooi
B: Station: dealen bij de fietsenstalling, we zetten extra surveillance in
D: Cameratoezicht?
A: Niet zonder besluit van de burgemeester
~
B: Hoofdstraat: wij wachten op het OM, de krakers zijn rustig {9}
A: Buren klagen wel over muziek {9}
B: Dat is geen reden voor ontruiming {9}
A: Nee, maar het telt mee in het beeld {9}
~
C: Boa's: drie incidenten in een maand, schelden, duwen en spugen {10}
B: Wij merken dat ook bij onze mensen {10}
C: Kunnen jullie sneller komen als wij bellen? {10}
B: Prioriteit 1 als een boa belt, dat is al zo {10}
C: Dat ging bij de Woldstraat niet goed, 20 minuten {10}
B: Ik zoek het uit {10}
D: Willen jullie bodycams? {10}
C: Ja, graag, de politie heeft ze ook {10}
B: Onze ervaring is positief, mensen kalmeren als je zegt dat je filmt {10}
~
A: Volgend overleg 14 april
B: Ok
""",
    ),
    Chat(
        "Leegstand binnenstad",
        "ruimte",
        "2025-02-11 10:00",
        ["Jasper Hoving", "Centrummanager Elly Bosma"],
        """
A: Leegstandscijfers binnenstad: 14 panden, 8 procent
B: Hoofdstraat slechter dan de Kerkgracht
A: Vooral de grote panden, oude bank, oude Hema
B: Wonen boven winkels, subsidie?
A: Regeling loopt nog tot eind 2025
~
B: Pop-up store in de oude Hema voor de kerst
A: Goed idee, eigenaar vragen
~
A: Eigenaar Hema is akkoord met pop-ups
B: Top
""",
    ),
    Chat(
        "Boa's avonddienst",
        "veiligheid",
        "2025-06-13 18:30",
        ["Sanne Oosting", "Erwin Bakker", "Fatma Yilmaz", "Marco Veldhuis"],
        """
A: Avonddienst, wij doen het centrum en de haven
B: Ik neem de bonnenprinter mee
C: Ik ben tot 22u, daarna alleen Sanne en Erwin
D: Niet alleen op het Kerkplein na 22u graag, groepjes jongeren
A: Ja Marco
~
A: Noodknop! Kerkplein {10}
D: Wat is er? {10}
B: Fatma is geslagen, ligt op de grond, politie is gebeld {10}
D: Ik kom eraan {10}
B: Ambulance is er {10}
A: AUDIO {10}
D: Blijf bij haar, ik bel haar man {10}
~
D: Fatma heeft een hersenschudding, is thuis. Ze laat weten dat het goed gaat {10}
A: Wat een klootzak {10}
B: Hij is aangehouden, 19 jaar, bekende van de politie {10}
D: Aangifte doet zij zelf als ze kan, jullie allebei een getuigenverklaring {10}
A: Doen we vandaag {10}
D: En er komt een nazorggesprek met de bedrijfsarts en de vertrouwenspersoon {10}
~
C: Dank voor de bloemen jongens ❤️ {10}
D: Beterschap Fatma! {10}
C: Aangifte gedaan, de politie deed het thuis {10}
~
D: Vanaf nu na 22u alleen nog met de politie in het centrum {10}
B: En de haven? {8,10}
D: Ook, samen met de politie {8,10}
~
A: Gisteren in de haven een groep op een boot aangesproken over muziek, netjes uitgezet {8}
D: Top {8}
~
D: Goed nieuws: bodycams komen per 1 september {10}
B: Eindelijk {10}
A: Wie gaat ze dragen? {10}
D: Allemaal, bij elke dienst, aanzetten bij escalatie {10}
C: Ik doe mee {10}
D: PHOTO "LET OP U WORDT GEFILMD MET EEN BODYCAM" {10}
D: Dit komt op de vesten {10}
~
C: Dader is veroordeeld: 80 uur taakstraf en schadevergoeding {10}
A: Is dat genoeg? {10}
C: Ik ben er klaar mee, het is goed zo {10}
""",
    ),
    Chat(
        "Bodycams boa's",
        "bedrijfsvoering",
        "2025-04-14 09:00",
        ["Arend Kuiper", "Privacyadviseur Laura Snel", "Inkoper Mark Buis"],
        """
A: Opdracht van het MT: voorstel bodycams voor de handhavers, na de incidenten dit voorjaar {10}
B: Dan eerst een DPIA {10}
A: Hoe lang? {10}
B: 6 weken {10}
C: Leveranciers: 3 bekend via de politie, prijs 1.200 tot 1.800 per stuk {10}
A: 14 stuks {10}
~
B: DPIA punten: opslag van beelden max 28 dagen, alleen bij incident bewaren, bordje of mededeling dat je filmt {10}
A: Opnemen met geluid? {10}
B: Ja, maar dan moet de burger het weten {10}
~
C: Offerte laagste: 22.400 inclusief docking station {10}
A: Prima {10}
B: Beelden waar opgeslagen? {10}
C: Cloud van de leverancier in de EU {10}
B: Verwerkersovereenkomst nodig {10}
~
B: DPIA klaar, FG akkoord met voorwaarden {10}
A: Naar het college in juni {10}
~
C: Bestelling geplaatst, levering half augustus {10}
A: Training voor de boa's plannen {10}
""",
    ),
    Chat(
        "Training agressie KCC",
        "bedrijfsvoering",
        "2025-05-20 10:00",
        ["Teamleider KCC Joke Alberts", "Trainer Michel Oost"],
        """
A: Michel, de training omgaan met agressie aan de balie, kan die in juni?
B: 18 en 25 juni
A: 12 medewerkers
B: Prima, met acteur?
A: Ja graag
~
A: Evaluatie training: 8,4 gemiddeld
B: Mooi
A: Volgend jaar weer
""",
    ),
    Chat(
        "Schoolzwemmen",
        "samenleving",
        "2025-02-17 11:00",
        ["Els Kamphuis", "Wethouder Jeroen Smit", "Tom Reinders"],
        """
A: Cijfers zwemdiploma: 14 procent van de kinderen in groep 8 heeft geen A-diploma {11}
B: Dat is hoog {11}
A: Vooral in Haveltermade en Oosterboer {11}
C: Sinds het schoolzwemmen in 2012 is gestopt is het elk jaar gestegen {11}
B: Ik wil een voorstel om het terug te brengen {11}
~
A: Opzet: groep 3 en 4, 2 jaar, 30 lessen per jaar, in De Bosbad {11}
C: Vervoer? {11}
A: Bussen, via de vervoerder van het leerlingenvervoer {11}
C: En de scholen in Nijeveen? {11}
A: Ook naar De Bosbad, 15 minuten met de bus {11}
~
C: Kostenraming: lessen 95k, vervoer 70k, coördinatie 15k {11}
B: 180k per jaar {11}
A: Kan ouders laten meebetalen {11}
B: Nee, dan doen juist de kinderen die het nodig hebben niet mee {11}
A: Ok, geen eigen bijdrage {11}
~
A: Peiling onder scholen: 11 van de 14 enthousiast, 2 twijfelen, 1 tegen {11}
C: Waarom tegen? {11}
A: Verlies van lestijd, de bus kost een ochtend {11}
B: Logisch bezwaar {11}
A: Voorstel: in het rooster tussen 11 en 12, dan kost het een uur {11}
~
B: College is akkoord, start na de zomer {11}
B: AUDIO {11}
A: 🎉 {11}
C: Rooster met De Bosbad maken {11}
""",
    ),
    Chat(
        "Overleg schoolbesturen",
        "samenleving",
        "2025-03-24 15:00",
        ["Els Kamphuis", "Bestuurder Henk Ottens", "Bestuurder Karin Looman", "Directeur Ria Bolt"],
        """
A: Agenda LEA: huisvesting, kansengelijkheid, het zwemmen {11}
B: Huisvesting: IKC Oosterboer schuift weer
A: Ja, aanbesteding opnieuw
C: Kansengelijkheid: de zomerschool wordt herhaald
A: Geld is er
~
B: Zwemmen: wij willen wel, maar het kost een halve ochtend {11}
D: Bij ons bezwaar van de leerkrachten: wie gaat mee in de bus? {11}
A: Begeleiding door de zweminstructeur en 1 leerkracht {11}
D: Dan mis ik 1 leerkracht voor de rest van de groep {11}
C: Stichting Rijk wil meedoen, mits het niet ten koste gaat van andere subsidie {11}
A: Dat gaat het niet, het is nieuw geld {11}
~
B: Kunnen we ook groep 5 doen voor de kinderen die nu al achter lopen? {11}
A: Daar is geen budget voor, maar ik neem het mee {11}
~
D: De Wegwijzer doet toch niet mee, we hebben een eigen project met de ouders {11}
A: Jammer, maar helder {11}
B: Volgende LEA in juni
""",
    ),
    Chat(
        "Leerlingenvervoer rooster",
        "samenleving",
        "2025-06-02 08:30",
        ["Tom Reinders", "Planner Vervoer Gijs Bouma"],
        """
A: Gijs, vanaf september extra ritten voor het schoolzwemmen, 2 bussen op dinsdag en donderdag {11}
B: Tijden? {11}
A: Heen 10:45, terug 12:15, 14 scholen in 3 rondes {11}
B: Dan moet ik een chauffeur extra hebben {11}
A: Kosten per rit? {11}
B: 68 per bus per rit {11}
A: Binnen de raming {11}
~
B: Vervoer speciaal onderwijs na de zomer: 3 kinderen erbij
A: Indicaties komen volgende week
~
B: Rooster zwembussen rond, volgt in de mail {11}
A: Top {11}
""",
    ),
    Chat(
        "Zwemvierdaagse",
        "samenleving",
        "2025-05-05 09:00",
        ["Buurtsportcoach Mila de Haan", "Els Kamphuis"],
        """
A: Zwemvierdaagse De Bosbad 23-26 juni, we verwachten 600 deelnemers
B: Vrijwilligers genoeg?
A: 40, we hebben er 50 nodig
B: Oproep in de nieuwsbrief
~
A: Medailles besteld
B: Mooi
~
A: Zwemvierdaagse geweest, 640 deelnemers, geen incidenten
B: Top
""",
    ),
    Chat(
        "Wethouder Smit",
        "samenleving",
        "2025-01-08 07:55",
        [
            "Wethouder Jeroen Smit",
            "Bestuursadviseur Carlijn Meester",
            "Els Kamphuis",
            "Ingrid Holtkamp",
        ],
        """
A: Morgen. Wat heb ik vandaag?
B: 9u staf, 11u Dorpsbelang Rogat, 14u bestuurlijk overleg zorgaanbieders over de huishoudelijke hulp {7}
A: Dat laatste wordt lastig {7}
D: Ik stuur je de cijfers, 61 mensen zonder hulp gemeld {7}
A: Dank. Wat wil ik bereiken? {7}
D: Een lijst per dag en een datum waarop iedereen weer geholpen is {7}
A: Helder {7}
~
A: Overleg was stevig. ThuisPlus gaf toe dat ze het onderschat hebben {7}
D: En de datum? {7}
A: Eind februari {7}
B: Zal ik de raad informeren? {7}
A: Ja, korte brief deze week {7}
~
B: Vragen van de Stentor over de hulp, Femke heeft een concept {7}
A: Lees ik in de auto {7}
~
C: Els hier: ik heb de cijfers over het zwemdiploma, schokkend {11}
A: Stuur maar {11}
C: 14 procent in groep 8 zonder A {11}
A: Dan wil ik het schoolzwemmen terug. Maak een verkenning {11}
C: Komt voor de voorjaarsnota {11}
~
B: Geldmaat weg uit Nijeveen, Dorpsbelang wil je spreken {5}
A: Nijeveen valt niet eens onder mijn portefeuille {5}
B: Je bent wijkwethouder {5}
A: Ah ja. Plan maar {5}
B: 24 februari, 20u, dorpshuis {5}
~
A: Tussendoor: mijn laptop is traag
B: Servicedesk, ik bel ze
~
D: Boete ThuisPlus: je moet besluiten voor vrijdag {7}
A: Advies? {7}
D: Opleggen, ze hebben 2 maanden niet geleverd {7}
A: Akkoord {7}
~
C: Schoolzwemmen: de scholen in de peiling positief, 11 van 14 {11}
A: Top, dan kan het naar het college {11}
~
B: Speech voor de opening van de pinautomaat in Nijeveen, de burgemeester doet hem, wil jij erbij? {5}
A: Graag, het was mijn dossier {5}
""",
    ),
)
