"""The FORTIETH BLIND relevance set (issue 17): new chats, requests and judgements.

Written as a Woo officer of gemeente Meppel would by a helper (branch wooblind40, 6 December 2026)
BEFORE any measurement on it, without reading the search code, the search tests or the synonym
migrations, and without running the relevance bench or any search; blind39.py was read for the
data format and the docstring shape only (none of its chats, subjects, streets, names or requests
is reused), build.py for the Chat and Request API and the filler, the earlier sets only for their
request titles (so that the subjects are new); RESULTS.md was not opened. Not yet measured: the
lead measures it once on main's code. Same syntax as blind.py: `{n}` after a line marks the
requests it is relevant to, `~` starts the next day, `~ YYYY-MM-DD` moves the chat to that day,
`PHOTO "text"` is a photo with painted text, `AUDIO` a voice note. Generated filler
(build.FILLER) is relevant to nothing. Names, addresses, firms, associations, amounts and numbers
are made up; a few real organisations (Staatsbosbeheer, the GGD, the provincie, the IVN, the KNMI,
the Rode Kruis, RTV Drenthe, the Meppeler Courant, Facebook, the Zwarte Cross) appear as they
would in such chats.

The twelve requests and their queries were written first, from the request text only, before any
chat. Themes: the cancelled summer fair in Nieuwveense Landen (R1), a dangerous cycle crossing on
the Blankensteinweg (R2), a badger sett under the cycle path along the Wold Aa (R3), cavity wall
insulation in Ezinge halted for bats (R4), mud on the Havixhorsterweg from harvest traffic and a
fallen motorcyclist (R5), lightning striking the canteen of korfball club De Kolk (R6), weeds on
pavements (R7), motocross in the woods at Broekhuizen (R8), a series of shed burglaries and
stolen e-bikes in Nijeveen (R9), a misplaced urn in the columbarium (R10), failing new parking
meters (R11) and swimmer's itch at De Brinkplas (R12).

Long team chats (the boa's, the outdoor service south, traffic and mobility, green and ecology,
events, sport, housing and sustainability, cemeteries, parking, customer contact, communication,
the district team Nijeveen, the lawyers, control and budget, the alderman's office) carry a
request's subject in a few lines among other work; short one-to-one chats answer without
repeating the subject ("Duidelijk", "Staat goed", "Nee. Uit, dak ingestort",
"Staan er", "Alles draait weer", "Elke zondag hetzelfde", "Dat spijt me echt", "Goed", "👍");
other words for the subjects (buurtfeest, het feest, afgeblazen, intrekken, kraamhouders,
inschrijfgeld, beveiligers, verkeersregelaars, podium; oversteekplaats, aangereden, sleutelbeen,
handtekeningen, knipperlicht, haag, middengeleider, plateau, middeneiland, schoolroute; pijpen,
burcht, wildcamera, zoogtijd, raster, faunatunnel, omleiding, verzakking, gat in het asfalt;
spouw, kraamkolonie, dwergvleermuizen, beestjes in de muur, kasten, kraamtijd, huurderskoepel,
het tocht; klei, modderbaan, smerig, veegwagen, slipgevaar, trekker met de borstel, onrechtmatige
daad, gebroken pols; inslag, onweer, clubhuis, uitgebrand, noodunit, pantry, eigen risico,
inboedelpolis; groen op de stoepen, weiland, heet water, borstelen, geen gif, meerwerk;
crossers, motoren zonder kenteken, geulen, heide, slagbomen, in beslag; schuurkrakers,
betonschaar, hangslot, hang- en sluitwerk, buurtapp, loods; asbus, nis 41, plaatje, steenhouwer,
register, smartengeld; betaalautomaten, zwart scherm, pinpas, update, vorige versie,
naheffingen, intrekken; jeukende bultjes, rode vlekken, slakken, parasieten, ondiep,
afdrogen); abbreviations (NVL, KV, SBB, GGD, IVN, KNMI, EHBO, pv); typos and shorthand
("Zwemmersjuk", "Parkeerautomat ... doet t niet", "dasseburcht", "vleermuisen", "onkruit",
"crosmotoren"); 6 photos with text (the cancelled fair, the closed cycle path, the slippery road
sign, the burnt canteen, the parking meter out of order, the swimming advice sign) and 3 voice
notes (the crossing, motocross, the urn); and distractor chats that share words with requests but
are about something else (the staff summer party, ties for the mayor's reception, a bat night
excursion, a mud run, a church lightning conductor, a motor club tour, ballot boxes beside the
polling station's urns, parking tariffs 2026) and lines about other work in the team chats.

Judging rule (as the earlier sets): a message is relevant when a Woo officer would have to include
it to cover the request, also when it does not repeat the subject ("Duidelijk", "👍", "Goed");
a voice note inside a relevant exchange is relevant. Lines of a relevant chat about something
else carry no tag.

Counts (computed from CHATS with build.parse_script and build.with_filler; the filler fills every
chat to its stated length): 56 chats of 25 to 200 messages, 3,200 messages (444 hand-written; 6
photos with text, 3 voice notes), 12 requests, 36 queries, 356 relevant messages, each relevant to
one request, in 78 (chat, request) pairs; 48 chats relevant to a request, 8 to none, 10 to
several. Relevant messages (chats) per request: R1 35 (7), R2 29 (5), R3 30 (6), R4 29 (7),
R5 28 (6), R6 30 (6), R7 29 (8), R8 28 (6), R9 30 (6), R10 30 (6), R11 31 (8), R12 27 (7)."""

from .build import Chat, Request

REQUESTS = (
    Request(
        1,
        "Het afgelaste zomerfeest in Nieuwveense Landen (juli 2025): de reden van het afgelasten, "
        "de evenementenvergunning, de standhouders en het terugbetalen van hun geld, de subsidie "
        "aan de organiserende stichting en de reacties van bewoners.",
        (
            "zomerfeest afgelast",
            "zomerfeest nieuwveense landen",
            "standhouders geld terug subsidie",
        ),
    ),
    Request(
        2,
        "De gevaarlijke fietsoversteek op de Blankensteinweg bij de Lijsterbeslaan (2025): de "
        "aanrijdingen met fietsers, de petitie van ouders en bewoners, de tijdelijke maatregelen "
        "en de herinrichting van de oversteek.",
        (
            "fietsoversteek gevaarlijk",
            "oversteek blankensteinweg",
            "aanrijding fietser oversteek petitie",
        ),
    ),
    Request(
        3,
        "De dassenburcht onder het fietspad langs de Wold Aa (2025): het verzakte fietspad, de "
        "afsluiting en de omleiding, het onderzoek door een ecoloog, de ontheffing en de "
        "maatregelen voor de dassen.",
        ("dassenburcht fietspad", "dassen wold aa", "fietspad verzakt afgesloten"),
    ),
    Request(
        4,
        "Het stilleggen van de spouwmuurisolatie van huurwoningen in Ezinge wegens vleermuizen "
        "(2025): het ecologisch onderzoek, de ontheffing, de vleermuiskasten, de afspraken met de "
        "woningcorporatie en de klachten van huurders.",
        ("vleermuizen isolatie", "spouwmuurisolatie stilgelegd", "vleermuis ontheffing ezinge"),
    ),
    Request(
        5,
        "Modder op de Havixhorsterweg door oogstverkeer (oktober 2025): de motorrijder die ten val "
        "kwam, het loonbedrijf, het schoonmaken van de weg, de waarschuwingsborden en het verhalen "
        "van de kosten.",
        (
            "modder op de weg",
            "motorrijder gevallen havixhorsterweg",
            "loonbedrijf schoonmaken kosten",
        ),
    ),
    Request(
        6,
        "De blikseminslag in de kantine van korfbalvereniging De Kolk op sportpark Kaapse Hoek "
        "(juli 2025): de brand, de noodkantine, de verzekering van het gemeentelijke gebouw en de "
        "herbouw.",
        ("blikseminslag kantine", "brand kantine korfbal", "noodkantine verzekering"),
    ),
    Request(
        7,
        "Het onkruid op stoepen en in goten (zomer 2025): de klachten van inwoners, de aannemer en "
        "de methode van onkruidbestrijding, de extra ronde en de kosten.",
        ("onkruid stoep klachten", "onkruidbestrijding aannemer", "onkruid extra ronde kosten"),
    ),
    Request(
        8,
        "Overlast van crossmotoren in het bos bij Broekhuizen (2025): de meldingen, de schade aan "
        "paden en natuur, de handhaving door boa's en politie en de maatregelen met de "
        "terreinbeheerder.",
        ("crossmotoren bos", "motorcross overlast natuur", "crossers handhaving boa"),
    ),
    Request(
        9,
        "De reeks inbraken in schuurtjes en bergingen in Nijeveen (voorjaar 2025): de gestolen "
        "e-bikes, de aangiften, de extra surveillance, de buurtpreventie en de preventieavond.",
        ("inbraken schuurtjes", "e-bike gestolen schuur", "inbraakgolf nijeveen preventie"),
    ),
    Request(
        10,
        "De zoekgeraakte urn in het columbarium van begraafplaats Wolderweg (2025): de melding van "
        "de nabestaanden, de zoektocht, de oorzaak, de excuses en de afhandeling van de klacht.",
        ("urn kwijt", "urn columbarium begraafplaats", "nabestaanden urn excuses"),
    ),
    Request(
        11,
        "De storingen van de nieuwe parkeerautomaten in de binnenstad (september 2025): het niet "
        "kunnen betalen, de naheffingen die toch werden opgelegd, de leverancier en het "
        "terugdraaien van de boetes.",
        ("parkeerautomaat storing", "parkeerautomaten betalen pin", "boete automaat kapot"),
    ),
    Request(
        12,
        "Zwemmersjeuk bij zwemplas De Brinkplas (juli 2025): de meldingen van zwemmers, het "
        "onderzoek, het negatieve zwemadvies en de borden, de contacten met de provincie en de GGD.",
        ("zwemmersjeuk brinkplas", "zwemwater jeuk kinderen", "negatief zwemadvies borden"),
    ),
)


CHATS = (
    Chat(
        "Boa's binnenstad en dorpen",
        "veiligheid",
        "2025-01-07 08:00",
        ["Iris Kremer", "Jeroen Haan", "Fleur Mulderij", "Stefan Dijkhuis"],
        """
A: Nieuwe diensten staan erin tot april, graag checken
B: Ik mis mijn cursusdag op de 21e
A: Aangepast
~ 2025-03-11
C: Nijeveen: melding van weer een opengebroken schuur aan de Tjalklaan, 2 e-bikes weg {9}
A: Hoeveel zijn het er nu? {9}
C: Zes schuren in drie weken, steeds achterom via het brandgangetje {9}
D: Politie vraagt of wij 's avonds extra kunnen rondrijden in Nijeveen {9}
A: Ja, vanaf morgen tussen 22 en 1 uur, Jeroen en Fleur {9}
~ 2025-03-14
B: Rondje Nijeveen gedaan, twee jongens met een betonschaar in de tas bij de Jachtlaan. Doorgegeven aan de wijkagent {9}
~ 2025-03-27
C: Wie heeft de bodycam-accu's meegenomen?
D: Liggen in de lader
~ 2025-04-19
D: Bos bij Broekhuizen: weer crossers gezien, 4 man op motoren zonder kenteken {8}
A: Heb je ze kunnen aanspreken? {8}
D: Nee, ze scheurden het pad richting de Eendenkooi op toen ze de bus zagen {8}
A: Volgende keer met de politie samen, en foto's van de sporen {8}
~ 2025-04-25
D: Politie heeft de twee schuurkrakers van Nijeveen opgepakt, de fietsen lagen in een loods {9}
~ 2025-05-03
B: Zaterdag met de politie in het bos gestaan. 1 crosser aangehouden, motor in beslag, pv opgemaakt {8}
C: Eindelijk {8}
~ 2025-06-09
D: Zondag weer twee crosmotoren bij de Eendenkooi, via het boerenland ontsnapt. Foto's naar Staatsbosbeheer {8}
A: Ze gaan slagbomen plaatsen, dat scheelt hopelijk {8}
~ 2025-06-12
A: Vergeet de evaluatie van het voorjaar niet in te vullen
~ 2025-07-15
C: Brinkplas: druk, ik zie veel kinderen met rode vlekken op de benen. Badmeester zegt zwemmersjeuk {12}
A: Borden staan er toch? {12}
C: Eén bord bij de parkeerplaats, niemand leest het. Ik wijs de mensen erop {12}
D: Badmeester vraagt of er meer borden komen, bij het strandje staat niks {12}
A: Provincie regelt er nog twee, zegt Carola {12}
~ 2025-09-09
B: Binnenstad: de nieuwe automaten op de Kleine Oever doen het weer niet, mensen staan te schelden {11}
D: Op het Zuideinde ook. Scherm zwart {11}
A: Niet schrijven op die straten tot de storing is opgelost, we hebben het al gemeld {11}
~ 2025-09-10
B: Scanauto heeft gisteren toch 43 naheffingen gemaakt in het gebied met de kapotte automaten. Dat gaat gedoe geven {11}
A: Ik geef het door aan Olaf van parkeren {11}
~ 2025-10-01
D: Sleutel van de dienstauto ligt weer niet in het kastje
~ 2025-11-05
A: Teamuitje 28 november, opgeven bij mij
""",
        200,
    ),
    Chat(
        "Buitendienst ploeg Zuid",
        "openbare_ruimte",
        "2025-01-06 07:30",
        ["Henk Brouwers", "Laura Eshuis", "Menno Scholten", "Patrick Vedder"],
        """
A: Gladheid: wie staat er deze week op de strooiwagen?
B: Ik en Menno
~ 2025-05-20
C: Fietspad langs de Wold Aa bij het gemaal, er zit een gat in het asfalt en het zakt aan de rand weg {3}
A: Lek in een leiding? {3}
C: Volgens mij gegraven, er zitten grote gaten in de talud met zand ervoor {3}
D: Dat zijn dassenpijpen. Niet dichtgooien, dan krijgen we gedoe met de natuurwet {3}
A: Afzetten met hekken en ik bel groen {3}
~ 2025-05-21
C: Hekken staan, omleitingsbordjes via de Eursinger Wijk ook {3}
~ 2025-06-30
B: Klachten over onkruit in Koedijkslanden, ik krijg het ook van mijn buren 😅 {7}
A: Die aannemer komt maar 3x per jaar, de eerste ronde was te laat {7}
~ 2025-07-02
D: Trottoir bij de Vlasakkerweg is één grote groene strook, een meneer met rollator bleef haken {7}
A: Ik zet het in de melding voor de aannemer {7}
~ 2025-08-14
B: Wie heeft de bladblazer mee?
C: Staat in de loods
~ 2025-10-07
D: Havixhorsterweg is een modderbaan, hele stuk tussen de boerderijen. Loonwerker is aan het maïs hakselen {5}
A: Wat doen ze zelf? {5}
D: Niks. Geen borden, geen veegwagen {5}
A: Ik bel ze, wij zetten alvast 'slipgevaar' neer {5}
~ 2025-10-08
C: Motorrijder onderuit gegaan vanochtend op die weg, ambulance was er {5}
A: Verdorie. Veegwagen erheen, Laura rijdt {5}
B: Weg is schoon, om 11 uur klaar {5}
~ 2025-10-20
A: Winterdienst start 1 november, roosters volgen
""",
        180,
    ),
    Chat(
        "Team verkeer en mobiliteit",
        "ruimte",
        "2025-01-09 09:00",
        ["Saskia Wieringa", "Ronald Kamp", "Judith Oldenburger", "Bram Koster"],
        """
A: Verkeerstellingen voor 2025 staan gepland, eerst de Steenwijkerweg
B: Tellussen gaan er maandag in
~ 2025-02-18
C: Weer een aanrijding op de oversteek bij de Lijsterbeslaan, meisje van 12 op de fiets, auto kwam van links {2}
A: Ernstig? {2}
C: Gebroken sleutelbeen. Dat is de derde deze winter {2}
B: Die oversteek ligt vlak na de bocht, je ziet ze pas op 30 meter {2}
~ 2025-03-04
A: Petitie binnen van de ouders van De Klimop, 612 handtekeningen, willen een veilige oversteek op de Blankensteinweg {2}
D: Wat kunnen we snel doen? {2}
B: Knipperlicht en een bord 'schoolroute' en de haag in de bocht terugsnoeien {2}
A: Doen. En een ontwerp voor een middengeleider met plateau {2}
~ 2025-04-22
D: Tijdelijke maatregelen staan. Snoeien is ook gebeurd {2}
~ 2025-05-15
B: Kan iemand de verkeersborden voor de Stadsloop bestellen?
C: Gedaan
~ 2025-10-09
A: Wegbeheer: wie hakt de knoop door over het verhalen van de veegkosten Havixhorsterweg? {5}
B: Dat is voor juridisch. Wij hebben de foto's en de uren van de veegwagen al aangeleverd {5}
~ 2025-11-03
C: Uitvoering middengeleider Blankensteinweg start 17 november, 2 weken halve rijbaan afgesloten {2}
A: Scholen en bewoners informeren via communicatie {2}
~ 2025-12-01
D: Oversteek is klaar, plateau ligt erin, verlichting erbij {2}
A: Mooi 👏 {2}
""",
        190,
    ),
    Chat(
        "Groen, natuur en ecologie",
        "openbare_ruimte",
        "2025-01-13 08:30",
        ["Carola Spijker", "Tjeerd Hoogeveen", "Mariska Dunning", "Rutger Wessels"],
        """
A: Bomenkap voorjaar: lijst staat in de gedeelde map
B: Ik loop hem deze week door
~ 2025-04-02
C: Meppeler Huis wil in mei de spouwmuren in Ezinge laten isoleren. Hebben ze een quickscan flora en fauna? {4}
A: Niet dat ik weet. Zonder onderzoek naar vleermuizen mag dat niet {4}
~ 2025-05-13
C: Isoleerbedrijf is toch begonnen aan de Kastanjestraat, ecoloog van de provincie heeft het stilgelegd. Kraamkolonie dwergvleermuizen achter de gevel {4}
D: Au. Dan ligt het tot na de kraamtijd stil, september op zijn vroegst {4}
~ 2025-05-20
B: Fietspad Wold Aa: ik ben gaan kijken, het is een actieve dasseburcht met minstens 9 pijpen onder het asfalt {3}
A: Dan hebben we een ontheffing nodig voor alles wat we daar doen {3}
B: Ik vraag de ecoloog van Bureau Fauna Noord om een rapport {3}
~ 2025-06-24
B: Rapport binnen: burcht blijft, het fietspad moet 6 meter opschuiven naar de akker, met een dassenraster en een faunatunnel {3}
A: Ontheffing aanvragen bij de provincie, jij? {3}
B: Ja {3}
~ 2025-07-08
D: Wie gaat mee naar de bijeenkomst over de bijenlinten?
~ 2025-07-16
C: Brinkplas: provincie geeft negatief zwemadvies om de jeuk. Slakken in het ondiepe deel bij het strandje {12}
A: Kunnen wij iets doen? Waterplanten maaien? {12}
C: Ja, de ondiepe oever maaien helpt volgens de provincie, ik plan het volgende week {12}
~ 2025-07-30
C: Onkruid: de aannemer vraagt of hij op de stoepen weer mag borstelen in plaats van alleen heet water, dat gaat sneller {7}
A: Borstelen mag, geen chemie. Wel de voegen niet kapotmaken {7}
~ 2025-08-20
D: SBB belt: in het bos bij Broekhuizen zijn de crossers dwars door de heide gereden, jonge aanplant kapot {8}
A: Zetten ze slagbomen neer? {8}
D: Op de drie ingangen, en wij moeten de parkeerplaats aan onze kant afsluiten {8}
~ 2025-09-16
C: Ezinge: 40 vleermuiskasten zijn opgehangen, ecoloog akkoord, isolatie mag verder na 1 oktober {4}
~ 2025-10-14
B: Ontheffing dassen is binnen {3}
A: Eindelijk {3}
""",
        160,
    ),
    Chat(
        "Team evenementen",
        "veiligheid",
        "2025-01-20 10:00",
        ["Yara Bosma", "Gijsbert Lok", "Danielle Kwant", "Emre Demir"],
        """
A: Evenementenkalender 2025 staat, nog 3 aanvragen open
B: Ik doe de Stadsloop
~ 2025-05-28
C: Zomerfeest NVL op 12 juli: de aanvraag is compleet behalve het beveiligingsplan {1}
A: Hebben ze al een beveiligingsbedrijf? {1}
C: Het bedrijf dat ze hadden is failliet. Ze zoeken nog {1}
~ 2025-06-26
C: Stichting Buurtfeest Nieuwveense Landen heeft nog steeds geen beveiliging en geen verkeersregelaars {1}
A: Zonder die twee geen vergunning, dat weten ze. Uiterste datum 4 juli {1}
~ 2025-07-07
C: Ze blazen het af. Voorzitter belde net, ze krijgen het niet rond {1}
D: Jammer voor de buurt {1}
A: Leg het vast, dan weigeren we niks maar trekt de aanvrager in {1}
~ 2025-07-29
B: Mudrun op de Kaapse Hoek in september: organisator vraagt of modder van het parcours op de weg mag liggen
A: Nee, zelf schoonmaken, staat in de voorwaarden
~ 2025-08-05
D: Wie pakt de aanvraag voor de lichtjesavond?
C: Ik
~ 2025-09-02
C: Stichting Buurtfeest wil het feest volgend jaar opnieuw doen, in juni. Ik heb gezegd dat ze de beveiliging nu al moeten regelen {1}
""",
        140,
    ),
    Chat(
        "Sportzaken",
        "samenleving",
        "2025-01-08 09:00",
        ["Vera Nijland", "Ruben Stam", "Hilde Wolf", "Niels Oostra"],
        """
A: Zaalverdeling voor het nieuwe seizoen, reacties voor 1 maart
B: De tafeltennisclub wil een extra avond
~ 2025-07-04
C: Vannacht onweer: bliksem is ingeslagen in het clubhuis van De Kolk op de Kaapse Hoek. Brandweer heeft het geblust maar het dak is weg {6}
A: Iemand gewond? {6}
C: Nee, er was niemand. Keuken en bestuurskamer zijn uitgebrand {6}
A: Het gebouw is van ons, ik bel vastgoed en de verzekeraar {6}
~ 2025-07-10
D: De Kolk vraagt of ze een noodunit kunnen krijgen voor het seizoen, ze hebben een toernooi in september {6}
A: Ik vraag of het binnen de polis valt {6}
~ 2025-07-25
A: Verzekeraar dekt de herbouw en 6 maanden een tijdelijke kantine, unit komt half augustus {6}
B: Top {6}
~ 2025-08-19
C: Unit staat, stroom en water zijn aangesloten {6}
~ 2025-08-27
B: Schoolzwemmen: de bus naar De Bult rijdt weer vanaf september
~ 2025-09-22
D: Kaapse Hoek: de architect van de nieuwe kantine wil de bliksemafleider meteen meenemen in het ontwerp {6}
A: Moet sowieso, staat in het advies van de brandweer {6}
~ 2025-11-10
A: Sportgala 13 december, wie gaat?
""",
        140,
    ),
    Chat(
        "Team wonen en duurzaamheid",
        "ruimte",
        "2025-02-03 09:00",
        ["Bianca Stuiver", "Dennis Bakhuis", "Noor Timmerman"],
        """
A: Prestatieafspraken met Meppeler Huis: concept staat in de map
B: Ik lees het vanavond
~ 2025-05-14
C: Meppeler Huis belt: het isolatieproject in Ezinge ligt stil vanwege vleermuisen, 86 woningen {4}
A: Die huurders hebben de hele winter in de kou gezeten met die oude spouw {4}
C: Ze willen dat wij meedenken over versnellen {4}
B: Versnellen kan niet, de provincie gaat over de ontheffing {4}
~ 2025-06-02
A: Huurderskoepel stuurt een brief: ze willen weten of de huur nog omhoog gaat als het isoleren niet doorgaat {4}
C: Ik stuur die door naar Meppeler Huis, dat is hun afspraak {4}
~ 2025-07-15
B: Energieloket: 40 aanvragen voor de isolatiesubsidie particulieren, dat loopt goed
~ 2025-10-06
C: Ezinge: de isolatie is weer gestart, eerste blok is klaar {4}
A: 👍 {4}
""",
        120,
    ),
    Chat(
        "Team begraafplaatsen",
        "openbare_ruimte",
        "2025-01-15 08:00",
        ["Alie Zomer", "Klaas Vrielink", "Priya Ramdin"],
        """
A: Tarieven 2025 staan op de site
B: Graflijst Nijeveen is bijgewerkt
~ 2025-03-18
C: Familie Stoker belde: de urn van hun moeder staat niet meer in nis 41 van het columbarium aan de Wolderweg {10}
A: Wat? Weet je het zeker? {10}
C: Ze waren er gisteren, nis is leeg, het plaatje zit er nog {10}
B: Ik ga kijken {10}
~ 2025-03-19
B: Nis 41 leeg, nis 14 heeft twee asbussen. Ik denk dat de steenhouwer ze bij het plaatsen van de nieuwe platen heeft verwisseld {10}
A: Niets aanraken, eerst het register erbij {10}
~ 2025-03-20
B: Register klopt: in 14 hoort er één. De tweede asbus heeft het nummer van mevrouw Stoker {10}
A: Gelukkig {10}
C: Ik bel de familie, ze willen er bij zijn als hij teruggezet wordt {10}
~ 2025-03-26
B: Teruggeplaatst in aanwezigheid van de zoon en de dochter {10}
~ 2025-05-06
A: Maaiwerk begraafplaats Kolderveen uitbesteed, start volgende week
""",
        100,
    ),
    Chat(
        "Team parkeren",
        "veiligheid",
        "2025-01-10 09:00",
        ["Olaf Jager", "Sandra Knol", "Mustafa Arslan", "Tessa Hoek"],
        """
A: Planning vervanging betaalautomaten: leverancier ParkTec levert in augustus 36 stuks
B: Met pin en contactloos?
A: Ja, en kenteken invoeren op het scherm
~ 2025-09-01
C: Eerste dag met de nieuwe automaten, 11 meldingen dat pinnen niet werkt {11}
A: ParkTec zegt dat het de verbinding is {11}
~ 2025-09-09
D: Zuideinde en Kleine Oever: scherm op zwart, mensen kunnen niet betalen {11}
A: Ik bel ParkTec, escalatie {11}
~ 2025-09-10
B: Scanauto heeft 43 naheffingen gemaakt in de straten met de storing {11}
A: Die trekken we allemaal in. Lijst maken op kenteken en tijdstip {11}
~ 2025-09-12
A: ParkTec: softwarefout na de update van 8 september, ze zetten de oude versie terug {11}
C: Werkt weer, getest bij alle 36 {11}
~ 2025-09-25
D: 38 van de 43 naheffingen zijn ingetrokken, 5 waren echt buiten de storing {11}
~ 2025-10-14
B: Vergunningen bewoners 2026: brief gaat eind november de deur uit
""",
        150,
    ),
    Chat(
        "Klantcontact",
        "dienstverlening",
        "2025-01-06 08:15",
        ["Lieke Bruins", "Ferry Smeenk", "Ayse Korkmaz", "Joyce Dam"],
        """
A: Goedemorgen, wachtrij is rustig vandaag
B: Wie heeft de sleutel van de balie?
~ 2025-03-17
D: Weer een beller uit Nijeveen, schuurtje open gebroken, e-bike weg. Wat zeggen we? {9}
A: Aangifte bij de politie, en zeggen dat de boa's en de wijkagent extra rondrijden {9}
~ 2025-03-21
C: Ik had net een zoon aan de lijn die boos is omdat de as van zijn moeder in het verkeerde vakje stond. Waar moet dat naartoe? {10}
A: Naar Alie van begraafplaatsen, die weet ervan {10}
~ 2025-07-03
D: Veel telefoontjes over onkruid op de stoep, vooral Koedijkslanden en Ezinge {7}
A: Gewoon melding maken in het systeem, categorie groen {7}
~ 2025-07-16
B: Moeder belt: kinderen hebben na het zwemmen in de Brinkplas rode bultjes die jeuken. Moet ze naar de dokter? {12}
A: Verwijzen naar de huisarts, en zeggen dat het zwemadvies negatief is. Meer info op zwemwater.nl {12}
~ 2025-09-09
C: Parkeerautomat Zuideinde doet t niet, beller wil weten of hij een boete krijgt {11}
A: Zeggen dat hij een foto van het scherm maakt, dan kan hij bezwaar maken {11}
~ 2025-09-11
D: Derde klant vandaag met een naheffing terwijl de automaat kapot was. Ik stuur ze door naar parkeren {11}
~ 2025-10-22
B: Nieuwe scripts voor de telefoon staan in Teams
~ 2025-11-18
A: Kerstborrel 19 december
""",
        200,
    ),
    Chat(
        "Communicatie en pers",
        "bestuur",
        "2025-01-07 09:30",
        ["Merel Spit", "Daniël Roos", "Karin Zwart"],
        """
A: Contentkalender Q1 staat
B: Nieuwjaarsbijeenkomst foto's zijn er
~ 2025-03-05
C: Meppeler Courant belt over de petitie voor de oversteek bij De Klimop. Wat zeggen we? {2}
A: Dat we de 612 handtekeningen serieus nemen en binnen een maand tijdelijke maatregelen nemen {2}
~ 2025-05-22
B: Bericht voor Facebook: fietspad langs de Wold Aa tussen gemaal en brug dicht, omleiding via Eursinger Wijk. Reden: dieren onder het pad {3}
A: Zeg gewoon dassen, mensen vinden dat leuk {3}
B: Aangepast {3}
~ 2025-06-05
C: Huurders uit Ezinge zetten op Facebook dat de gemeente vleermuizen belangrijker vindt dan mensen. Reageren? {4}
A: Verwijzen naar Meppeler Huis, en uitleggen dat isoleren na de kraamtijd weer mag {4}
~ 2025-07-04
C: Persvraag over de brand op de Kaapse Hoek, bliksem in het clubhuis van De Kolk {6}
A: Wethouder Bouwhuis reageert, ik maak een quote {6}
~ 2025-07-08
B: Zomerfeest in Nieuwveense Landen gaat niet door, de stichting zet het zelf op Facebook. Moeten wij iets? {1}
A: Alleen reageren als er vragen komen, het is hun feest {1}
C: RTV Drenthe wil filmen in een straat vol onkruid, ze vragen waarom de gemeente niet meer spuit {7}
A: Henk doet het woord: geen gif meer sinds 2024, extra ronde met heet water is al besteld {7}
~ 2025-07-09
B: Er komen vragen: mensen denken dat de gemeente het feest heeft verboden {1}
A: Kort bericht: de organisatie heeft de aanvraag ingetrokken omdat de beveiliging niet rond kwam {1}
~ 2025-07-17
C: Borden voor de Brinkplas: 'Negatief zwemadvies - kans op zwemmersjeuk', provincie levert ze, wij delen het op social {12}
A: Plus een uitleg met plaatje van de jeuk, wat je moet doen na het zwemmen {12}
~ 2025-09-10
B: Facebook staat vol met foto's van zwarte schermen van de parkeerautomaten {11}
A: Bericht: storing bekend, wie een naheffing kreeg in die tijd krijgt hem terug {11}
~ 2025-12-02
C: Jaaroverzicht: graag je drie mooiste berichten
""",
        150,
    ),
    Chat(
        "Wijkteam Nijeveen",
        "samenleving",
        "2025-01-14 09:00",
        ["Anouk Smeding", "Rob Hazelaar", "Fatima El Amrani", "Gerben Hof"],
        """
A: Huisbezoeken Nijeveen-Noord deze week
B: Ik doe de Havenstraat
~ 2025-03-12
C: Mevrouw van de Tjalklaan huilde aan de telefoon, haar schuur is opengebroken en haar scootmobiel-accu en e-bike zijn weg {9}
A: Heeft ze aangifte gedaan? {9}
C: Ik help haar online morgen {9}
~ 2025-03-19
D: Buurtapp Nijeveen-Zuid loopt over, mensen gaan zelf 's nachts rondlopen. Niet ideaal {9}
A: Samen met de wijkagent een preventieavond organiseren? {9}
D: Goed plan, in De Schakel {9}
~ 2025-04-09
D: Preventieavond: 85 mensen, politie vertelde over hang- en sluitwerk, 30 aanvragen voor een beveiligingscheck {9}
B: Mooi opkomst {9}
~ 2025-04-30
C: Sinds de aanhouding geen nieuwe schuren meer {9}
~ 2025-06-17
A: Vrijwilligersbedankje op 27 juni
~ 2025-07-08
B: De kinderen van de Veenhof waren zo teleurgesteld dat het zomerfeest niet doorgaat. Ze hadden al een kraam voor limonade {1}
A: Misschien kunnen we een klein buurtmiddagje doen in augustus? {1}
""",
        130,
    ),
    Chat(
        "Juristen",
        "bestuur",
        "2025-01-09 09:00",
        ["Evelien Broer", "Jasper Roeles", "Ilona Kroes"],
        """
A: Bezwaren van december zijn allemaal ingeboekt
~ 2025-04-01
B: Klacht familie Stoker over de verwisselde urn. Formele klacht met verzoek om excuses en een schadevergoeding {10}
A: Excuses zeker, de wethouder belt. Schadevergoeding: wat is de schade? {10}
B: Ze vragen 2.500 euro smartengeld {10}
C: Ik zou een gebaar maken, geen smartengeld. Bloemen en de huur van de nis 10 jaar gratis {10}
~ 2025-04-16
B: Klacht afgehandeld, familie akkoord met het voorstel {10}
~ 2025-06-10
C: Ezinge: het isolatiebedrijf vraagt of wij de ontheffing kunnen versnellen. Antwoord: nee, provincie is bevoegd {4}
~ 2025-10-10
A: Havixhorsterweg: verhalen van de veegkosten op het loonbedrijf, kan dat? {5}
C: Ja, op grond van de onrechtmatige daad. Zij hebben de weg vervuild en niks gedaan. Rekening 1.840 euro {5}
A: En de motorrijder? {5}
C: Zijn verzekeraar stelt ons én het loonbedrijf aansprakelijk. Wij hebben de borden om 16:10 geplaatst, hij viel om 7:40 de volgende ochtend {5}
~ 2025-10-21
B: ParkTec: we houden de laatste termijn in tot de schade van de storing is vergoed {11}
~ 2025-11-20
A: Kerstpakketten worden bezorgd bij de receptie
""",
        110,
    ),
    Chat(
        "Control en begroting",
        "bedrijfsvoering",
        "2025-01-13 09:00",
        ["Marieke Span", "Lars Bulten"],
        """
A: Jaarrekening 2024: concept staat in de map
B: Ik lees mee
~ 2025-07-21
A: Kantine De Kolk: eigen risico opstalverzekering 10.000, de rest dekt de verzekeraar {6}
B: Herbouw wordt 480.000, verzekeraar keert 415.000 uit. Verschil? {6}
A: Extra eisen nieuwbouw, duurzaamheid en bliksembeveiliging. Voorstel aan het college {6}
~ 2025-08-18
B: Onkruidbestrijding: de aannemer stuurt een meerwerkfactuur van 23.400 voor de extra ronde {7}
A: Was die extra ronde opgedragen? {7}
B: Ja, door Henk van de buitendienst, per mail op 8 juli {7}
A: Dan betalen, wel ten laste van het budget openbare ruimte {7}
~ 2025-08-20
B: Stichting Buurtfeest NVL moet 3.000 euro subsidie terugbetalen, er is geen feest geweest. 1.100 al uitgegeven aan de huur van een podium {1}
A: Dan vorderen we 1.900 terug, mits ze de bonnen laten zien {1}
~ 2025-09-26
A: ParkTec: de naheffingen die we terugstorten zijn 38 x 67,90 {11}
~ 2025-10-30
B: Begroting 2026 is door de raad
""",
        100,
    ),
    Chat(
        "Kabinet wethouder Bouwhuis",
        "bestuur",
        "2025-01-10 10:00",
        ["Annet Bouwhuis", "Roel van Ommen", "Sophie Lanting"],
        """
A: Agenda volgende week graag morgen
B: Staat klaar
~ 2025-03-05
C: Ouders van De Klimop willen u de petitie aanbieden, donderdag om 8 uur bij de oversteek {2}
A: Ik kom. Fiets mee, dan zie ik het zelf {2}
~ 2025-03-07
A: Wat een plek. Auto's scheuren er langs. Dit moet eerder dan 2027 {2}
B: Verkeer maakt een voorstel voor dit jaar {2}
~ 2025-04-02
B: Belt u de familie Stoker vandaag nog? Hun urn is gevonden maar ze zijn erg boos {10}
A: AUDIO {10}
B: Ik regel het nummer {10}
~ 2025-05-08
C: Bewoners Broekhuizen willen u spreken over de crossmotoren in het bos, ze zijn het zat {8}
A: Zet het op het spreekuur, en vraag de boa's mee {8}
~ 2025-05-22
B: Spreekuur Broekhuizen: bewoners willen camera's en slagbomen in het bos. Staatsbosbeheer gaat slagbomen plaatsen {8}
A: En de handhaving elke zondag in juni {8}
~ 2025-06-19
A: Wie doet de opening van het nieuwe speelbos?
C: U, op zaterdag
""",
        100,
    ),
    Chat(
        "Beveiliging buurtfeest",
        "veiligheid",
        "2025-06-30 11:00",
        ["Danielle Kwant", "Harco Bekkema"],
        """
A: Harco, jullie doen toch evenementen? Stichting in Nieuwveense Landen zoekt 6 beveiligers voor 12 juli {1}
B: 12 juli zitten we vol, Zwarte Cross en twee bruiloften {1}
A: Ook geen 2? {1}
B: Sorry, echt niet {1}
""",
        25,
    ),
    Chat(
        "Voorzitter Stichting Buurtfeest",
        "veiligheid",
        "2025-07-04 16:00",
        ["Danielle Kwant", "Jolien Pasman"],
        """
B: Danielle, we hebben nog steeds niemand. Kan de vergunning niet zonder? {1}
A: Bij 2.000 bezoekers niet, dat zei de politie ook {1}
B: Dan wordt het kleiner, alleen de kraampjes? {1}
A: Dan moet het plan opnieuw en daar is geen tijd meer voor {1}
~
B: We stoppen ermee. Ik laat het de standhouders weten {1}
A: Balen. Stuur me een mail dat je de aanvraag intrekt {1}
B: PHOTO "ZOMERFEEST NIEUWVEENSE LANDEN 12 JULI GAAT HELAAS NIET DOOR" {1}
A: Duidelijk {1}
""",
        30,
    ),
    Chat(
        "Standhouders",
        "dienstverlening",
        "2025-07-10 10:00",
        ["Ferry Smeenk", "Yara Bosma"],
        """
A: Yara, een kraamhouder belt, hij heeft 75 euro inschrijfgeld betaald aan de stichting en wil het terug {1}
B: Dat is tussen hem en de stichting, die heeft beloofd alles terug te storten {1}
A: Oké, zeg ik zo {1}
~ 2025-07-28
A: Weer eentje, nog steeds niks ontvangen {1}
B: Ik vraag de voorzitter wanneer ze betalen {1}
~
B: Ze storten vrijdag alle 42 terug {1}
""",
        25,
    ),
    Chat(
        "Personeelsfeest zomer",
        "bedrijfsvoering",
        "2025-05-12 12:00",
        ["Karin Zwart", "Marieke Span"],
        """
A: Zomerfeest personeel op 4 juli bij de roeivereniging, barbecue erbij?
B: Ja, budget is 25 euro pp
A: Band ook?
B: DJ is goedkoper
~ 2025-07-04
A: Het regent, we gaan naar binnen
""",
        25,
    ),
    Chat(
        "Oversteek Lijsterbeslaan",
        "ruimte",
        "2025-02-19 08:00",
        ["Bram Koster", "Petra Hoogland"],
        """
B: Bram, ik ben de moeder van Lotte, die gisteren is aangereden. Wanneer gaat daar iets gebeuren? {2}
A: Eerst beterschap voor Lotte. We kijken deze week naar snelle maatregelen {2}
B: Dat zei de gemeente vorig jaar ook {2}
A: Ik begrijp het. Ik bel u vrijdag terug {2}
~ 2025-02-21
A: AUDIO {2}
B: Dank, dat is in elk geval iets {2}
""",
        25,
    ),
    Chat(
        "Ontwerp middengeleider",
        "ruimte",
        "2025-06-11 14:00",
        ["Saskia Wieringa", "Tom Reijnders"],
        """
B: Schets is klaar: verhoogd plateau, middeneiland van 2,5 meter, fietsers wachten in twee stappen {2}
A: En de bus kan er nog over? {2}
B: Ja, met flauwe hellingen {2}
A: Dan naar de ouders en de school voor een reactie {2}
""",
        25,
    ),
    Chat(
        "Stropdassen receptie",
        "bestuur",
        "2025-06-03 10:00",
        ["Sophie Lanting", "Roel van Ommen"],
        """
A: Voor de receptie van de burgemeester: moeten de bodes dassen om?
B: Ja, de blauwe met het stadswapen
A: We hebben er maar 4, ik bestel er 6 bij
""",
        25,
    ),
    Chat(
        "Ecoloog Fauna Noord",
        "openbare_ruimte",
        "2025-05-22 09:00",
        ["Tjeerd Hoogeveen", "Marlies Doornbos"],
        """
A: Marlies, kun je deze week naar het pad langs de Wold Aa? Pijpen onder het asfalt, we denken aan een das {3}
B: Donderdag, ik zet een wildcamera neer {3}
~ 2025-05-30
B: Drie volwassen en twee jongen op de camera. Bewoonde burcht {3}
A: Dus niet graven tot na de zoogtijd {3}
B: Klopt, na 1 juli. Rapport volgt {3}
""",
        25,
    ),
    Chat(
        "Bord Wold Aa",
        "openbare_ruimte",
        "2025-05-21 10:00",
        ["Patrick Vedder", "Laura Eshuis"],
        """
A: PHOTO "FIETSPAD AFGESLOTEN - VERZAKKING - OMLEIDING VIA EURSINGER WIJK" {3}
B: Staat goed {3}
A: Aan de andere kant ook eentje? {3}
B: Ja, bij de brug {3}
""",
        25,
    ),
    Chat(
        "Faunatunnel",
        "openbare_ruimte",
        "2025-11-04 09:00",
        ["Carola Spijker", "Jan-Willem Kuik"],
        """
B: Carola, het nieuwe stuk pad ligt er. Raster staat, de buis onder het pad ook {3}
A: Ecoloog komt dinsdag kijken {3}
~
A: Ecoloog is tevreden. Pad mag open {3}
B: Hekken gaan er vrijdag af {3}
""",
        25,
    ),
    Chat(
        "Meppeler Huis Ezinge",
        "ruimte",
        "2025-05-13 15:00",
        ["Noor Timmerman", "Gerrit Haverkamp"],
        """
B: Noor, de provincie heeft ons werk aan de Kastanjestraat laten stoppen. Er zitten beestjes in de muur {4}
A: Ecoloog gehad? {4}
B: Nee, dat hadden we niet gedaan. Fout van ons {4}
A: Dan nu alsnog, en de huurders informeren {4}
~ 2025-05-15
B: Brief is eruit, ecoloog komt maandag {4}
""",
        25,
    ),
    Chat(
        "Huurder Kastanjestraat",
        "dienstverlening",
        "2025-06-04 11:00",
        ["Joyce Dam", "Noor Timmerman"],
        """
A: Noor, een huurder uit Ezinge belt. Er zitten gaten in zijn gevel sinds mei en het tocht {4}
B: Ik meld het bij Meppeler Huis, ze moeten die gaten tijdelijk dichtmaken {4}
~
B: Ze komen morgen {4}
A: Top {4}
""",
        25,
    ),
    Chat(
        "Ontheffing provincie",
        "openbare_ruimte",
        "2025-07-01 09:30",
        ["Mariska Dunning", "Esmee Bloemhof"],
        """
A: Esmee, hoe staat de aanvraag van Meppeler Huis voor de spouw in Ezinge? {4}
B: Compleet, mits ze 40 kasten ophangen en na 1 oktober isoleren {4}
A: Dan kan ik ze dat laten weten {4}
~ 2025-09-05
B: Besluit is verzonden {4}
""",
        25,
    ),
    Chat(
        "Vleermuisexcursie",
        "samenleving",
        "2025-08-11 14:00",
        ["Rutger Wessels", "Carola Spijker"],
        """
A: Nacht van de Vleermuis 30 augustus: IVN wil een excursie in het Wilhelminapark met batdetectors
B: Leuk, lampen in het park uit die avond?
A: Ik vraag het na
""",
        25,
    ),
    Chat(
        "Loonbedrijf Jalving",
        "openbare_ruimte",
        "2025-10-07 10:00",
        ["Henk Brouwers", "Gert Jalving"],
        """
A: Gert, jullie laten de hele Havixhorsterweg vol klei liggen. Vanmiddag schoon, anders doen wij het op jullie kosten {5}
B: We zijn nog bezig, aan het eind van de dag vegen we {5}
A: Dat is te laat, het gaat regenen {5}
~
A: Nog steeds niet geveegd {5}
B: Trekker met de borstel was kapot {5}
~ 2025-10-09
A: Rekening van de veegwagen komt naar jullie {5}
""",
        25,
    ),
    Chat(
        "Slipgevaar",
        "openbare_ruimte",
        "2025-10-07 15:50",
        ["Menno Scholten", "Patrick Vedder"],
        """
A: PHOTO "LET OP SLIPGEVAAR MODDER OP DE WEG" {5}
B: Aan beide kanten? {5}
A: Ja, bij de boerderijen en bij de rotonde {5}
B: 👍 {5}
""",
        25,
    ),
    Chat(
        "Motorrijder",
        "veiligheid",
        "2025-10-08 09:00",
        ["Ewout Scheper", "Henk Brouwers"],
        """
A: Henk, de politie vraagt wanneer de borden stonden en hoe vies de weg was {5}
B: Borden 16:10 gisteren, de weg was toen al smerig. Foto's heb ik {5}
A: Stuur maar, ze maken een rapport {5}
B: Gestuurd. Hoe is het met hem? {5}
A: Gebroken pols en schaafwonden {5}
""",
        25,
    ),
    Chat(
        "Modderrun",
        "veiligheid",
        "2025-08-26 11:00",
        ["Gijsbert Lok", "Emre Demir"],
        """
A: Vergunning modderrun is verleend, met de eis dat ze de Kaapse Hoek na afloop schoon opleveren
B: En de EHBO?
A: Rode Kruis, 8 man
""",
        25,
    ),
    Chat(
        "Clubhuis De Kolk",
        "samenleving",
        "2025-07-04 07:15",
        ["Vera Nijland", "Marco Heijnen"],
        """
B: Vera, het is helemaal weg. Alles zwart {6}
A: Wat erg. Ik kom er om 9 uur naar toe {6}
B: PHOTO "KANTINE GESLOTEN WEGENS BRANDSCHADE - KV DE KOLK" {6}
A: Hebben jullie spullen binnen gehad? {6}
B: Bekers, de kassa en de shirts. Allemaal verbrand {6}
A: Die spullen vallen onder jullie eigen inboedelpolis, het pand onder de onze {6}
""",
        25,
    ),
    Chat(
        "Noodunit",
        "bedrijfsvoering",
        "2025-07-28 10:00",
        ["Lars Bulten", "Bart Vrieling"],
        """
A: Bart, kunnen jullie een unit met keuken leveren op de Kaapse Hoek, 6 maanden? {6}
B: 12x3 met pantry, vanaf 15 augustus {6}
A: Prijs? {6}
B: 1.450 per maand plus opbouw {6}
A: Akkoord, de opdracht volgt {6}
""",
        25,
    ),
    Chat(
        "Onweer",
        "veiligheid",
        "2025-07-03 21:00",
        ["Carmen Weening", "Hugo Prinsen"],
        """
A: KNMI code oranje voor onweer vannacht
B: Piket is op de hoogte
~
B: Melding brand sportpark Kaapse Hoek, inslag in het clubgebouw. Brandweer ter plaatse {6}
A: Gewonden? {6}
B: Nee. Uit, dak ingestort {6}
""",
        25,
    ),
    Chat(
        "Bliksemafleider kerk",
        "ruimte",
        "2025-03-10 13:00",
        ["Nina Smeets", "Jasper Roeles"],
        """
A: Kerkbestuur van de Oosterkerk vraagt subsidie voor een nieuwe bliksemafleider op de toren
B: Monumentensubsidie kan, als het onderdeel is van het onderhoudsplan
A: Is het
""",
        25,
    ),
    Chat(
        "Aannemer Groenvast",
        "openbare_ruimte",
        "2025-07-07 08:00",
        ["Henk Brouwers", "Sjoerd Boven"],
        """
A: Sjoerd, het loopt uit de hand met het groen op de stoepen. Wanneer komen jullie? {7}
B: Volgens het bestek in augustus, tweede ronde {7}
A: Dat is te laat. Kunnen jullie volgende week een extra ronde doen? {7}
B: Met twee heetwatermachines en een borstelwagen, ja. Meerwerk {7}
A: Ik bevestig het per mail {7}
~ 2025-07-25
B: Klaar, alle wijken gehad {7}
A: Ziet er goed uit {7}
""",
        25,
    ),
    Chat(
        "Stoep vol groen",
        "dienstverlening",
        "2025-07-02 10:00",
        ["Lieke Bruins", "Laura Eshuis"],
        """
A: Laura, weer een klacht uit Koedijkslanden. Man zegt dat zijn stoep 'een weiland' is {7}
B: Haha, zet hem erbij, extra ronde komt eraan {7}
A: Wanneer kan ik zeggen? {7}
B: Rond half juli {7}
""",
        25,
    ),
    Chat(
        "Raadsvragen groen",
        "bestuur",
        "2025-07-11 14:00",
        ["Roel van Ommen", "Henk Brouwers"],
        """
A: Fractie Lokaal Meppel stelt vragen over het onkruid in de straten. Waarom is het dit jaar zoveel erger? {7}
B: Nat voorjaar, en sinds 2024 alleen heet water en borstelen. Dat werkt korter {7}
A: En wat doen we eraan? {7}
B: Extra ronde in juli, 23.400 euro. En volgend jaar een ronde meer in het bestek {7}
""",
        25,
    ),
    Chat(
        "Staatsbosbeheer Broekhuizen",
        "openbare_ruimte",
        "2025-04-22 09:00",
        ["Mariska Dunning", "Hanna Oldeboer"],
        """
B: Mariska, de crossers zijn weer bezig geweest. Diepe geulen in het wandelpad en de ree was weg {8}
A: Hebben jullie camera's? {8}
B: Twee wildcamera's, kentekens niet zichtbaar, ze hebben geen platen {8}
A: Boa's en politie doen een actie op zaterdag {8}
B: AUDIO {8}
A: Dat sturen we door {8}
""",
        25,
    ),
    Chat(
        "Slagbomen bos",
        "openbare_ruimte",
        "2025-09-01 10:00",
        ["Rutger Wessels", "Hanna Oldeboer"],
        """
A: Hanna, de slagbomen op de ingangen, hoe gaat het? {8}
B: Sindsdien nog één keer, via de akker. Veel rustiger {8}
A: Mooi {8}
""",
        25,
    ),
    Chat(
        "Motorclub toertocht",
        "veiligheid",
        "2025-05-19 10:00",
        ["Gijsbert Lok", "Anton Meijering"],
        """
B: Onze motorclub rijdt op 14 juni een toertocht door Meppel voor het goede doel, vergunning nodig?
A: Alleen een melding, als jullie op de weg blijven en niet stoppen in de binnenstad
B: Top
""",
        25,
    ),
    Chat(
        "Bewoner Broekhuizen",
        "veiligheid",
        "2025-06-07 19:30",
        ["Stefan Dijkhuis", "Geert Wolthuis"],
        """
B: Ze zijn er weer, 3 man. Hoor je ze? {8}
A: Onderweg met de politie {8}
~
A: Ze waren weg toen we kwamen, wel de sporen gefotografeerd {8}
B: Elke zondag hetzelfde {8}
""",
        25,
    ),
    Chat(
        "Wijkagent Nijeveen",
        "veiligheid",
        "2025-03-13 09:00",
        ["Jeroen Haan", "Sandra Ophof"],
        """
A: Sandra, hoeveel aangiften van schuren hebben jullie nu in Nijeveen? {9}
B: Negen, en 14 e-bikes. Ze weten precies waar de dure fietsen staan {9}
A: Wij rijden vanaf vanavond mee {9}
~ 2025-04-24
B: Twee verdachten aangehouden, in een loods in Ruinerwold 11 fietsen gevonden {9}
A: Top, ik zeg het tegen het team {9}
""",
        25,
    ),
    Chat(
        "Preventieavond De Schakel",
        "samenleving",
        "2025-03-24 11:00",
        ["Gerben Hof", "Fatima El Amrani"],
        """
A: Zaal in De Schakel is vrij op 8 april, politie komt {9}
B: Kan het Hang- en Sluitwerkfonds ook een kraam neerzetten? {9}
A: Ik vraag het {9}
B: En een flyer in de buurtapp {9}
""",
        25,
    ),
    Chat(
        "Schuur Tjalklaan",
        "dienstverlening",
        "2025-03-12 14:00",
        ["Fatima El Amrani", "Rieky Hummel"],
        """
B: Mijn zoon zegt dat ik een betere hangslot moet. Helpt de gemeente daarbij? {9}
A: Er komt een avond met tips, en u kunt een gratis check krijgen {9}
B: Graag {9}
""",
        25,
    ),
    Chat(
        "Asbus nis 41",
        "openbare_ruimte",
        "2025-03-19 07:30",
        ["Klaas Vrielink", "Hidde Brand"],
        """
A: Hidde, jij hebt maandag de nieuwe platen in het columbarium geplaatst. Heb je daarvoor asbussen uit de nissen gehaald? {10}
B: Bij een paar, om de bevestiging te doen. Ik heb ze teruggezet {10}
A: Eentje in de verkeerde nis {10}
B: Dat spijt me echt {10}
""",
        25,
    ),
    Chat(
        "Familie Stoker",
        "openbare_ruimte",
        "2025-03-20 16:00",
        ["Alie Zomer", "Henri Stoker"],
        """
A: Meneer Stoker, we hebben de urn van uw moeder gevonden, hij stond in een andere nis {10}
B: Hoe kan dat?? {10}
A: Bij werkzaamheden teruggezet in de verkeerde nis. Onze excuses {10}
B: Ik wil erbij zijn als hij wordt teruggezet {10}
A: Woensdag om 10 uur? {10}
B: Goed {10}
""",
        25,
    ),
    Chat(
        "Stembus Nijeveen",
        "dienstverlening",
        "2025-10-16 12:00",
        ["Joyce Dam", "Ferry Smeenk"],
        """
A: Waar staan de stembussen van de vorige verkiezing?
B: In de kelder van het stadhuis, naast de urnen van het stembureau
A: Dank
""",
        25,
    ),
    Chat(
        "ParkTec",
        "veiligheid",
        "2025-09-09 10:30",
        ["Olaf Jager", "Ruud Terpstra"],
        """
A: Ruud, 14 van jullie automaten staan op zwart en de rest pakt geen pinpas. Wat is er aan de hand? {11}
B: We kijken ernaar, update van maandag lijkt de oorzaak {11}
A: Vandaag opgelost graag, de binnenstad kan niet betalen {11}
~ 2025-09-11
B: Terugzetten naar de vorige versie vannacht {11}
~ 2025-09-12
B: Alles draait weer {11}
A: We controleren het {11}
""",
        25,
    ),
    Chat(
        "Zwart scherm",
        "veiligheid",
        "2025-09-09 11:15",
        ["Mustafa Arslan", "Tessa Hoek"],
        """
A: PHOTO "BETAALAUTOMAAT BUITEN GEBRUIK - BETAAL MET DE PARKEERAPP" {11}
B: Hebben jullie dat sticker erop gedaan? {11}
A: Ja, op alle kapotte {11}
B: 👍 {11}
""",
        25,
    ),
    Chat(
        "Parkeertarieven 2026",
        "bestuur",
        "2025-10-20 14:00",
        ["Roel van Ommen", "Olaf Jager"],
        """
A: Het college wil de tarieven per uur met 20 cent verhogen in 2026
B: Dan moeten alle automaten opnieuw ingesteld
A: Dat kan op afstand toch?
B: Ja
""",
        25,
    ),
    Chat(
        "GGD zwemwater",
        "veiligheid",
        "2025-07-15 13:00",
        ["Carmen Weening", "Ilse Koopman"],
        """
B: Carmen, we krijgen meldingen van huisartsen: jeukende bultjes bij kinderen na het zwemmen in de plas aan de Brinkweg {12}
A: Zwemmersjuk? {12}
B: Klinkt zo. Slakken met parasieten in het warme ondiepe water {12}
A: Wat adviseer je? {12}
B: Negatief zwemadvies via de provincie, en na het zwemmen meteen afdrogen en douchen {12}
""",
        25,
    ),
    Chat(
        "Provincie zwemadvies",
        "openbare_ruimte",
        "2025-07-16 09:00",
        ["Carola Spijker", "Wietse Algra"],
        """
B: Carola, we geven vandaag een negatief advies af voor De Brinkplas. Borden komen morgen {12}
A: Hoeveel? {12}
B: Drie, bij de parkeerplaats, het strandje en de steiger {12}
~ 2025-07-17
B: PHOTO "NEGATIEF ZWEMADVIES - ZWEMMERSJEUK - DROOG JE DIRECT AF NA HET ZWEMMEN" {12}
A: Staan er {12}
~ 2025-08-21
B: Uitslagen goed, advies ingetrokken {12}
""",
        25,
    ),
    Chat(
        "Strandje",
        "dienstverlening",
        "2025-07-18 14:30",
        ["Ayse Korkmaz", "Carola Spijker"],
        """
A: Moeder vraagt of de Brinkplas nu gesloten is {12}
B: Nee, je mag er zwemmen, het is een advies. Liever niet in het ondiepe deel {12}
A: Hoe lang? {12}
B: Tot de provincie het weer opheft {12}
""",
        25,
    ),
)
