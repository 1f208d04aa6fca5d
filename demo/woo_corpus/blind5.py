"""The FIFTH BLIND relevance set (issue 17): new chats, requests and judgements.

Written as a Woo officer would, after sets 1 to 4 had been written (and 1 to 3 tuned on), BEFORE
any tuning on it; measured once on main after it was committed. Not to be used for tuning. New
subjects (none of sets 1 to 4). Same syntax as blind.py: `{n}` after a line marks the requests
it is relevant to, `~` starts the next day, `PHOTO "text"` is a photo with painted text, `AUDIO`
a voice note. Generated filler is relevant to nothing. Names, places, organisations and numbers
are made up.

The queries were written from the request text only, before the chats. The chats vary in shape:
a long team chat where a subject is a few lines among other work, a chat of agenda points on
several subjects, follow-up chats that carry their subject mostly in the subject (onderwerp) the
employee typed, organisations that look like a person's name, abbreviations (SHV, FBE, RVD,
Z.M.), typos and split or joined words, photos with text and voice notes; distractor chats share
words with requests.

Judging rule (as sets 1 to 4): a message is relevant when a Woo officer would have to include it
to cover the request, also when it does not repeat the subject ("klopt, morgen klaar",
"Hoeveel?"). Lines of a relevant chat about something else carry no tag.
"""

from .build import Chat, Request

REQUESTS = (
    Request(
        1,
        "Legionella in de douches van sporthal De Vledderhal (augustus 2024): de besmetting, de "
        "sluiting van de sporthal en de maatregelen.",
        ("legionella sporthal", "legionella vledderhal", "sluiting sporthal"),
    ),
    Request(
        2,
        "De storing aan de Kaapbrug (juli 2024): de brug die niet meer dicht ging, hinder voor "
        "verkeer en scheepvaart, reparatie en kosten.",
        ("storing kaapbrug", "kaapbrug", "reparatie brug kosten"),
    ),
    Request(
        3,
        "Uitbreiding van de woonwagenlocatie aan de Hesselerweg (2024): nieuwe standplaatsen, "
        "wachtlijst en toewijzing, reacties van omwonenden.",
        ("woonwagenlocatie hesselerweg", "standplaatsen woonwagens", "wachtlijst woonwagen"),
    ),
    Request(
        4,
        "Inhuur van externe adviseurs bij de reorganisatie van het sociaal domein (2024): "
        "opdracht, kosten en verlenging.",
        ("inhuur externe adviseurs", "reorganisatie sociaal domein", "kosten inhuur"),
    ),
    Request(
        5,
        "Brand bij een recyclingbedrijf op bedrijventerrein Noord (oktober 2024): rookoverlast, "
        "NL-Alert, metingen en sanering.",
        ("brand recyclingbedrijf", "nl-alert brand", "rookoverlast"),
    ),
    Request(
        6,
        "Overlast van ganzen in parken en op sportvelden (2024): klachten, beheer van de "
        "ganzenpopulatie en afschot.",
        ("ganzenoverlast", "ganzen afschot", "beheer ganzen"),
    ),
    Request(
        7,
        "Verkoop van de voormalige Da Costaschool aan de Julianastraat: taxatie, biedingen en "
        "gunning aan de koper.",
        ("verkoop da costaschool", "verkoop schoolgebouw", "taxatie schoolgebouw"),
    ),
    Request(
        8,
        "Wachtlijsten bij de schuldhulpverlening (2024): wachttijden, extra capaciteit en "
        "klachten.",
        ("wachtlijst schuldhulpverlening", "schuldhulp wachttijd", "klacht schuldhulpverlening"),
    ),
    Request(
        9,
        "Het werkbezoek van de Koning aan Meppel (september 2024): voorbereiding, programma, "
        "beveiliging en kosten.",
        ("werkbezoek koning", "koninklijk bezoek", "kosten bezoek koning"),
    ),
)

CHATS = (
    Chat(
        "Legionella Vledderhal",
        "bedrijfsvoering",
        "2024-08-12 07:40",
        ["Ilse Wolters", "Ruben de Graaf", "Mark Koster"],
        """
A: Lab belde net, de monsters van de Vledderhal zijn positief {1}
B: Legionella? {1}
A: Ja, 12.000 kve/l bij de douches van kleedkamer 3 en 4, norm is 100 {1}
C: Ai. Pneumophila of de onschuldige soort? {1}
A: Pneumophila serogroep 1, dus de vervelende {1}
B: Dan gaat de hal vandaag nog dicht {1}
C: Ik bel de beheerder, hij moet de clubs afbellen {1}
A: Moet er een melding naar de ILT? Of is dat alleen voor zwembaden {1}
B: Voor sporthallen niet verplicht, wel de GGD informeren {1}
C: PHOTO "DOUCHES BUITEN GEBRUIK SPORTHAL GESLOTEN" {1}
B: Heeft iemand trouwens de sleutel van de Corsa?
A: Hangt bij de receptie
~
A: GGD belde: een sporter ligt in het ziekenhuis met een legionellapneumonie, heeft vorige week in de hal gesport {1}
B: Dat is precies wat we niet wilden {1}
C: Bron is nog niet bevestigd, dat gaat via typering van de stam {1}
A: Installateur doet vandaag thermische desinfectie, 70 graden door alle leidingen {1}
B: En de dode leidingen naar de oude sauna? {1}
A: Worden afgedopt {1}
C: Wanneer kunnen we weer open? {1}
A: Na twee schone bemonsteringen, dus op z'n vroegst over 3 weken {1}
B: Persbericht? {1}
C: Ligt bij communicatie, de wethouder wil het eerst zien {1}
""",
    ),
    Chat(
        "Vledderhal weer open",
        "bedrijfsvoering",
        "2024-08-26 13:15",
        ["Mark Koster", "Ilse Wolters"],
        """
A: Eerste herbemonstering is schoon {1}
B: Alle tappunten? {1}
A: 14 van de 14, onder de detectiegrens {1}
B: Top. Nog één ronde dan {1}
A: De volleybalclub vraagt of ze vrijdag hun toernooi kunnen houden {1}
B: Zonder douches, kan dat? {1}
A: Denk het wel, kleedkamers open en de douches met lint dicht {1}
~
A: Tweede ronde ook goed, vanaf maandag gaat alles weer open {1}
B: Wordt het beheersplan aangepast? {1}
A: Ja, wekelijks doorspoelen, boiler naar 65 graden en een logboek bij de beheerder {1}
B: Kosten? {1}
A: Desinfectie en monsters samen 8.700 {1}
B: Ander ding, de schoonmaak van het stadhuis vraagt een nieuwe sleutelbos
A: Regel ik
""",
    ),
    Chat(
        "Sporthal De Koedijk onderhoud",
        "bedrijfsvoering",
        "2024-11-18 10:00",
        ["Mark Koster", "Ruben de Graaf"],
        """
A: Sporthal De Koedijk gaat in de kerstvakantie dicht voor de nieuwe vloer
B: Hoe lang?
A: Twee weken, de clubs zijn ingelicht
B: Worden de douches meteen vervangen?
A: Nee, die zijn vorig jaar al gedaan
B: De sluiting staat in de nieuwsbrief van het sportbedrijf
""",
    ),
    Chat(
        "Kaapbrug storing",
        "openbare_ruimte",
        "2024-07-09 16:20",
        ["Gerrit Bosma", "Anouk Hoekstra", "Daan Vos"],
        """
A: Kaapbrug gaat niet meer dicht, staat al 20 min open {2}
B: Serieus? De spits begint zo {2}
A: Brugwachter krijgt de slagbomen ook niet omhoog {2}
C: Ik bel de storingsdienst van Hollander Techniek {2}
C: PHOTO "BRUG GESTREMD VOLG OMLEIDING U3" {2}
B: Omleiding via de Zomerdijk, politie regelt het kruispunt {2}
A: AUDIO {2}
B: Verstaan, hydrauliekslang geknapt dus {2}
C: Monteur is er om half 7 {2}
~
A: Brug weer in bedrijf sinds 02:40 {2}
B: Noodreparatie of definitief? {2}
C: Nood, de cilinder moet vervangen worden, levertijd 6 weken {2}
A: Tot die tijd alleen bedienen met een monteur erbij {2}
B: Schippers klagen, gisteren lagen er 11 schepen te wachten {2}
C: Vaarwegbeheerder van de provincie is ingelicht {2}
A: Gaat de lunch van vrijdag nog door?
B: Ja, half 1 in de kantine
""",
    ),
    Chat(
        "Rekening cilinder brug",
        "bedrijfsvoering",
        "2024-08-27 10:05",
        ["Daan Vos", "Willem Brouwer"],
        """
A: Offerte voor de nieuwe cilinder is binnen, 27.400 ex btw {2}
B: Plus de noodreparatie van juli? {2}
A: Die was 4.850, plus de monteur die 6 weken bij elke opening stond, 9.100 {2}
B: Dus ruim 41k. Uit onderhoud kunstwerken? {2}
A: Dat budget is al op na de kademuur {2}
B: Verzekering? {2}
A: Slijtage valt er niet onder, zegt de makelaar {2}
B: Dan melden in de burap als overschrijding {2}
~
A: Cilinder is vannacht geplaatst, de Kaap brug draait weer normaal {2}
B: Mooi. Factuur via mij {2}
A: De veegwagen moet ook naar de garage trouwens
B: Plan maar in
""",
    ),
    Chat(
        "Inspectie kunstwerken",
        "openbare_ruimte",
        "2024-03-18 09:30",
        ["Gerrit Bosma", "Daan Vos"],
        """
A: Het inspectierapport van de bruggen en kademuren is binnen
B: Iets ergs?
A: De Zuiderbrug heeft houtrot in het brugdek, moet in 2025 vervangen worden
B: Kosten?
A: Raming 180.000
B: En de Kaapbrug?
A: Alleen schilderwerk in 2026, verder in goede staat
B: Neem ik mee in het MJOP
""",
    ),
    Chat(
        "Woonwagenlocatie Hesselerweg",
        "ruimte",
        "2024-02-20 09:30",
        ["Esther Mulder", "Kees Veldman", "Fatima El Idrissi"],
        """
A: Het college wil de woonwagenlocatie aan de Hesselerweg uitbreiden met 6 standplaatsen {3}
B: Zes? Er staan er nu 8 {3}
A: Het nieuwe woonwagenbeleid zegt: wachtlijst wegwerken, en die staat op 14 huishoudens {3}
C: Is de grond er? {3}
A: Het weiland erachter is van ons, de bestemming moet wel aangepast {3}
B: Dat wordt een wijziging van het omgevingsplan, dus zienswijzen {3}
C: De buren aan de Oude Hesselerweg worden daar niet blij van {3}
A: Daarom eerst een avond met de omwonenden en met de bewoners van het kamp {3}
B: Zeg maar geen kamp, dat ligt gevoelig {3}
~
C: Bewonersavond: 45 omwonenden, veel zorgen over verkeer en 'wat komt er nog meer' {3}
A: En de woonwagenbewoners zelf? {3}
C: Die willen dat hun kinderen als eerste een plek krijgen, familie bij familie {3}
B: Toewijzing ligt bij de corporatie, niet bij ons {3}
A: PHOTO "SCHETS UITBREIDING LOCATIE HESSELERWEG 6 NIEUWE STANDPLAATSEN" {3}
C: Mag die schets al naar buiten? {3}
A: Nog niet, eerst langs het college {3}
""",
    ),
    Chat(
        "Woonwagenstandplaatsen toewijzing",
        "samenleving",
        "2024-10-14 11:00",
        ["Fatima El Idrissi", "Lisa Kok"],
        """
A: Hoe ver is Reestdal met de toewijzing? {3}
B: Lijst is rond, 6 huishoudens, op volgorde van inschrijving {3}
A: Ook de twee jongeren van de locatie zelf? {3}
B: Ja, die stonden het langst ingeschreven {3}
A: Er kwam een klacht van iemand uit Staphorst die ook op de wachtlijst staat {3}
B: Die staat op plek 9, dus nog niet aan de beurt {3}
A: AUDIO {3}
B: Snap ik, ik bel hem zelf {3}
~
A: De bezwaren tegen het omgevingsplan zijn ongegrond verklaard {3}
B: Dan kan de aannemer in maart beginnen met de nutsvoorzieningen {3}
A: Top {3}
B: Weet jij wie het energieloket nu doet?
A: Geen idee, vraag het KCC
""",
    ),
    Chat(
        "Standplaatsen weekmarkt",
        "dienstverlening",
        "2024-05-06 10:30",
        ["Lisa Kok", "Kees Veldman"],
        """
A: Nieuwe aanvraag voor een standplaats op de weekmarkt, een oliebollenkraam
B: Is er plek?
A: Nee, de wachtlijst voor standplaatsen op de markt is 9 lang
B: Dan op de wachtlijst zetten en een brief sturen
A: De viskraam bij de Woldstraat wil ook een vaste standplaats
B: Dat is een standplaatsvergunning, niet de markt, andere regels
""",
    ),
    Chat(
        "MT sociaal domein",
        "samenleving",
        "2024-03-04 08:15",
        ["Annemiek Zwart", "Peter Bos", "Hanna de Wit"],
        """
A: Agenda MT: 1) herinrichting sociaal domein 2) SHV 3) rondvraag {4,8}
A: Het voorstel van Van Dalen Advies voor de begeleiding van de reorganisatie is binnen {4}
B: Wat kost het? {4}
A: 86.000 voor fase 1, zes maanden, twee adviseurs drie dagen per week {4}
C: Fors. Kunnen we het niet zelf? {4}
A: Niet met de huidige bezetting, iedereen zit vol {4}
B: Dan wel meervoudig onderhands, dit zit boven de drempel van ons inkoopbeleid {4}
A: Klopt, ik vraag er nog twee offertes bij {4}
C: Punt 2: de wachtlijst bij de schuldhulp loopt op {8}
B: Hoeveel? {8}
C: 52 mensen, langer dan 6 weken {8}
A: Kan de Kredietbank iets overnemen? {8}
C: Die zitten zelf ook vol, ik zoek naar tijdelijke capaciteit {8}
B: Rondvraag: wie gaat er naar de regiodag jeugd?
A: Ik
~
A: Van Dalen blijft de goedkoopste en scoort het best, opdracht is verleend {4}
C: Startdatum? {4}
A: 1 april, de kwartiermaker begint met interviews in alle teams {4}
B: Komt het in het personeelsblad? {4}
A: Na het gesprek met de OR {4}
C: Intussen is het SHV-team met 1 fte uitgebreid {8}
B: Fijn {8}
""",
    ),
    Chat(
        "Inhuur externen Q3",
        "bedrijfsvoering",
        "2024-09-16 14:00",
        ["Peter Bos", "Jeroen Lammers"],
        """
A: Stand inhuur tot en met augustus, heb je hem gezien? {4}
B: Ja. Sociaal domein 312k, begroot 200 {4}
A: Grootste post is de begeleiding van de reorganisatie {4}
B: Ze willen ook nog verlengen tot december {4}
A: Hoeveel? {4}
B: 124k voor fase 2 {4}
A: Dan gaan we met het totaal over de Europese drempel {4}
B: Juridisch laten toetsen, kan het als meerwerk? {4}
~
B: Jurist zegt: verlengen binnen de opdracht kan niet, nieuwe uitvraag nodig {4}
A: Dat redt de planning van de reorg niet {4}
B: Tussenoplossing: een interim-programmamanager op detacheringsbasis, 3 maanden {4}
A: Akkoord van de gemeentesecretaris? {4}
B: Gisteren gekregen {4}
A: En de burap? {4}
B: Overschrijding wordt gemeld in de tweede burap {4}
A: Ander punt: de inhuur bij burgerzaken voor de paspoortpiek is ook hoog
B: Die valt binnen het budget, loopt tot juni
""",
    ),
    Chat(
        "Paspoortpiek burgerzaken",
        "dienstverlening",
        "2024-02-12 09:00",
        ["Lisa Kok", "Jeroen Lammers"],
        """
A: De paspoortpiek komt eraan, we moeten twee mensen inhuren
B: Via het uitzendbureau?
A: Ja, voor 5 maanden, kosten 48.000
B: Valt binnen het budget van burgerzaken
A: Extra avondopenstelling op donderdag?
B: Goed idee
""",
    ),
    Chat(
        "Brand Bouwman Recycling",
        "veiligheid",
        "2024-10-14 02:05",
        ["Sander Jonker", "Tessa Mol", "Henk Smeenk"],
        """
A: Grote brand bij Bouwman Recycling op Noord, GRIP 1 {5}
B: Ik ben onderweg naar het CoPI {5}
C: Rook trekt naar het noordoosten, richting Nijeveen {5}
A: Veiligheidsregio stuurt een NL-Alert {5}
B: PHOTO "NL-ALERT Grote brand bedrijventerrein Noord Meppel. Veel rook. Sluit ramen en deuren en zet ventilatie uit." {5}
C: Er liggen plastic en oude accu's in de hal {5}
A: Meetploegen van de brandweer meten in de woonwijken {5}
B: AUDIO {5}
C: Begrepen, voorlopig geen verhoogde waarden {5}
~
A: Brand meester om 06:10 {5}
B: In de Kaapwijk ligt roet in de tuinen en op auto's {5}
C: Er zitten mogelijk asbestdeeltjes in, het dak was van golfplaten {5}
A: RIVM neemt monsters {5}
B: Advies aan bewoners: niet aanraken, groente uit de moestuin wassen {5}
C: KCC heeft een belscript, al 140 telefoontjes {5}
A: Kan iemand mijn dienst van donderdag overnemen?
C: Ik
""",
    ),
    Chat(
        "Roetneerslag en sanering Noord",
        "openbare_ruimte",
        "2024-10-16 08:00",
        ["Henk Smeenk", "Bas Veenstra"],
        """
A: RIVM-uitslag na de brand: in 4 van de 12 monsters asbest, allemaal direct achter het terrein {5}
B: Welke straten? {5}
A: Kaapweg, Spijkerstraat en een deel van de Havenstraat {5}
B: Saneerder kan morgen beginnen, met afzetting {5}
A: Bewoners krijgen een brief en de wijkagent gaat langs {5}
B: Wie betaalt? {5}
A: Eerst wij, daarna verhalen op het bedrijf en zijn verzekeraar {5}
B: De omgevingsdienst kijkt of ze binnen hun vergunning opsloegen {5}
~
B: Straten zijn vrijgegeven na de eind controle {5}
A: Kosten sanering tot nu toe 63.000 {5}
B: De zwerfvuilactie in het Wilhelminapark staat trouwens voor zaterdag
A: Ik kom helpen
""",
    ),
    Chat(
        "NL-Alert en ontruimingsoefening",
        "veiligheid",
        "2024-06-03 09:15",
        ["Sander Jonker", "Tessa Mol"],
        """
A: Maandag om 12:00 het controlebericht van NL-Alert, weet het KCC ervan?
B: Ja, staat in het weekbericht
A: Donderdag is er een ontruimingsoefening in het stadhuis, het brandalarm gaat om 10 uur
B: Moeten de BHV'ers iets voorbereiden?
A: Verzamelplaats is het plein voor de Grote Kerk
B: Doorgegeven
""",
    ),
    Chat(
        "Ganzenoverlast parken en sportvelden",
        "openbare_ruimte",
        "2024-04-15 10:00",
        ["Bas Veenstra", "Anouk Hoekstra", "Esther Mulder"],
        """
A: VV Nijeveen klaagt weer over ganzenpoep op het hoofdveld {6}
B: Hoeveel zitten er? {6}
A: Volgens de terreinknecht 200 grauwe ganzen en een groep Canadese {6}
C: In het Wilhelminapark is het ook erg, kinderen spelen in de poep {6}
B: Verjagen met een laser heeft vorig jaar weinig gedaan {6}
A: De FBE wil eieren schudden in de broedgebieden langs de Reest {6}
C: Daar is een ontheffing van de provincie voor nodig {6}
B: Aanvraag ligt er, via de FBE {6}
~
C: Dierenbescherming heeft gemaild, ze zijn tegen afschot {6}
A: In de stad wordt ook niet geschoten, alleen in het buitengebied onder de ontheffing {6}
B: Hoeveel dan? {6}
A: Max 300 voor de hele regio dit seizoen {6}
C: PHOTO "NIET VOEREN ganzen en eenden worden er ziek van" {6}
A: 12 borden besteld {6}
C: Komt er ook een reactie naar de vereniging? {6}
A: Ik bel de voorzitter vandaag {6}
""",
    ),
    Chat(
        "Buitendienst Zuid",
        "openbare_ruimte",
        "2024-07-08 07:00",
        ["Gerrit Bosma", "Bas Veenstra", "Rik Mulder", "Anouk Hoekstra"],
        """
A: Morgen maaien we de bermen langs de Reest
B: Met de klepelmaaier of de cyclomaaier?
A: Klepel, de andere staat in de werkplaats
C: Bankje in het Stadspark is weer vernield
D: Melding aangemaakt, ik zet hem op de lijst
B: Wie heeft de sleutel van de loods in Nijeveen?
C: Ik
A: De ganze zijn terug op het veld bij de Vledder, hele hoop poep op het fietspad {6}
D: Weer? Na het schudden? {6}
A: Het zijn jonge, uit de nesten die we gemist hebben {6}
D: Veegwagen erover en melden bij de FBE {6}
B: Container bij de Eendracht zit vol
C: Wordt morgen geleegd
~
A: Zijn jullie bij de Kaap? Verkeer staat helemaal vast {2}
B: Brug staat open en gaat niet meer dicht {2}
C: Wij zetten de hekken aan de kant van de Zomerdijk {2}
D: Heb je de omleidingsborden? {2}
C: Liggen in de bus {2}
B: Daarna gaan we verder met de lantaarnpaal in de Eendrachtstraat
A: Is die aanrijding al gemeld bij de verzekeraar?
B: Ja, het schadeformulier ligt bij Anouk
D: Klopt
~
A: Vanochtend bij de brug de hekken weer weggehaald {2}
D: Top {2}
C: De nieuwe hondenpoepbakken zijn geleverd
A: Waar moeten ze?
C: Langs het Reestpad, 6 stuks
B: Zwerfafval bij de Vledder, de plukteams melden het ook
D: Ik stuur de zwerfafvalploeg
A: Onkruid op de Markt, branden of borstelen?
C: Borstelen, branden mag niet bij deze droogte
D: Goed
A: Iemand de bosmaaier gezien?
B: Werkplaats
""",
    ),
    Chat(
        "Kinderboerderij vogelgriep",
        "samenleving",
        "2024-11-25 11:00",
        ["Esther Mulder", "Rik Mulder"],
        """
A: De ophokplicht vanwege vogelgriep geldt ook voor de kinderboerderij
B: Ook voor de ganzen en de eenden?
A: Ja, alles met veren moet binnen of onder een net
B: Bezoekers mogen niet meer bij de hokken
A: Bord hangt bij de ingang
B: Overlast van de geur voor de buren valt mee
""",
    ),
    Chat(
        "Verkoop Da Costaschool",
        "bedrijfsvoering",
        "2024-06-17 09:00",
        ["Jeroen Lammers", "Esther Mulder", "Mark Koster"],
        """
A: Taxatierapport van de oude Da Costaschool is binnen: 1,1 miljoen vrij op naam {7}
B: Lager dan gedacht {7}
A: Asbest in de kruipruimte, dat zit in de prijs {7}
C: Hoe gaan we verkopen, openbare inschrijving? {7}
A: Moet wel sinds het Didam-arrest {7}
B: Publicatie op de website en Funda in Business, inschrijving sluit 6 september {7}
C: PHOTO "TE KOOP voormalig schoolgebouw Julianastraat 12 inschrijving" {7}
~
A: 3 biedingen binnen {7}
B: En? {7}
A: Hoekstra Vastgoed 1.350.000, een woningcorporatie 1.180.000, een particulier 950.000 {7}
C: Hoekstra wil appartementen, past dat in het omgevingsplan? {7}
A: Met een wijziging, de corporatie wil sociale huur binnen de regels {7}
B: College kiest voor het hoogste bod, onder voorbehoud van de wijziging {7}
A: Koopovereenkomst ligt bij de notaris {7}
""",
    ),
    Chat(
        "Agenda wethoudersoverleg",
        "bestuur",
        "2024-09-02 08:30",
        ["Esther Mulder", "Ruben de Graaf"],
        """
A: Voor het wethoudersoverleg van vandaag
A: 1. Raadsvragen VVD over de legionella in de sporthal, antwoord voor de 15e {1}
B: Wie schrijft ze? {1}
A: Ilse, zij heeft de tijdlijn van de besmetting en de sluiting {1}
B: Ze vragen ook waarom de hal niet jaarlijks bemonsterd werd {1}
A: Werd wel, maar de laatste keer was in 2022, dat moet er eerlijk in {1}
A: 2. Inschrijving oude school sluit vrijdag {7}
B: Wethouder wil de ranking vóór het college zien {7}
A: 3. Petitie tegen de uitbreiding bij de Hesselerweg komt op 26 september {3}
B: Hoeveel handtekeningen? {3}
A: Rond de 300, vooral uit de Oude Hesselerweg {3}
B: Dan moet de wethouder er zelf staan {3}
A: 4. De commissaris van de Koning komt op 3 oktober op bezoek voor de provinciale ronde
B: Lunch in het stadhuis?
A: Ja
A: 5. Nieuwjaarsreceptie, locatie kiezen
B: Schouwburg weer?
A: Ja
""",
    ),
    Chat(
        "Verkoop snippergroen",
        "bedrijfsvoering",
        "2024-04-09 14:30",
        ["Jeroen Lammers", "Kees Veldman"],
        """
A: Bewoner van de Leeuwerikstraat wil de strook groen naast zijn huis kopen
B: Snippergroen of structureel groen?
A: Snippergroen, staat op de kaart
B: Taxatie laten doen, prijs per m2 uit de nota grondprijzen
A: 85 euro per m2, 40 m2
B: Koopovereenkomst via de notaris
""",
    ),
    Chat(
        "Schuldhulp wachtlijst",
        "samenleving",
        "2024-05-13 13:30",
        ["Hanna de Wit", "Lisa Kok", "Peter Bos"],
        """
A: Wachttijd schuldhulpverlening is nu 11 weken {8}
B: De wet zegt 4 weken tot het eerste gesprek {8}
A: Weet ik, en 3 werkdagen bij dreigende huisuitzetting, dat halen we nog wel {8}
C: Hoe komt het? {8}
A: Twee langdurig zieken en 30% meer aanmeldingen dan vorig jaar {8}
B: Kunnen we inhuren? {8}
C: Tijdelijk 2 fte via de Kredietbank, ik vraag het budget aan {8}
~
A: Klacht binnen van een meneer die 3 maanden wacht en nu beslag op zijn loon heeft {8}
C: Via de klachtencoördinator? {8}
A: Ja, en hij dreigt naar de ombudsman te stappen {8}
B: Terecht eigenlijk {8}
C: Bel hem vandaag en regel een noodgesprek {8}
A: AUDIO {8}
C: Dankjewel, goed dat het gelukt is {8}
~
B: Extra capaciteit is gestart, wachtlijst van 68 naar 41 {8}
A: Schuldhulpverleing zonder wachtlijst, dat is het doel voor 2025 {8}
""",
    ),
    Chat(
        "Werkbezoek 19 september",
        "bestuur",
        "2024-08-05 10:00",
        ["Ruben de Graaf", "Tessa Mol", "Sander Jonker"],
        """
A: RVD heeft bevestigd: Z.M. komt op 19 september, werkbezoek over woningbouw en onderwijs {9}
B: Wow. Wie mogen het weten? {9}
A: Tot de aankondiging niemand buiten deze groep {9}
C: Ik heb donderdag een gesprek met de DKDB en de politie over de beveiliging {9}
A: Programma: ontvangst in het stadhuis, bezoek aan een basisschool, wandeling naar de nieuwbouw aan de Reest {9}
B: Wie staan er bij de ontvangst? {9}
A: Burgemeester, de commissaris van de Koning en twee wethouders {9}
~
C: Hekken langs de route, 400 meter, afzetting vanaf 8 uur {9}
A: Scholen krijgen vlaggetjes, de kinderen mogen langs de route staan {9}
B: Wil de Koning ook met leerlingen praten? {9}
A: Ja, een kwartier met groep 8 {9}
B: PHOTO "WELKOM IN MEPPEL MAJESTEIT" {9}
B: Zo wordt het spandoek bij het stadhuis, goed? {9}
A: Prima, maar pas ophangen op de 18e {9}
C: Draaiboek versie 6 staat in de map, met de uitwijkroute {9}
~
A: Geslaagd! Hij was een half uur langer op de school dan gepland {9}
C: Geen incidenten, 1 demonstrant met een bord, bleef rustig {9}
B: Bedankbrief aan de vrijwilligers? {9}
A: Stuur ik morgen {9}
""",
    ),
    Chat(
        "Koningsbezoek afrekening",
        "bedrijfsvoering",
        "2024-10-07 11:00",
        ["Tessa Mol", "Jeroen Lammers"],
        """
A: Alle facturen van het koningsbezoek binnen? {9}
B: Op de catering na {9}
A: Stand tot nu toe? {9}
B: Hekken en verkeersregelaars 14.200, podium en geluid 6.800, spandoek en vlaggen 1.900 {9}
A: Catering wordt rond de 3.000 {9}
B: Dan ruim 25k, het budget representatie was 15 {9}
A: College heeft vooraf ingestemd met de overschrijding, staat in het besluit van 27 augustus {9}
B: Oké, dan boek ik het zo {9}
~
B: Catering 3.150, totaal 26.050 {9}
A: Dank je {9}
B: Nog iets: de borrel van de ondernemersvereniging, daar betalen wij toch niet aan mee?
A: Nee
""",
    ),
    Chat(
        "Koningsdag 2024",
        "veiligheid",
        "2024-04-26 19:00",
        ["Sander Jonker", "Tessa Mol"],
        """
A: Vrijmarkt begint morgen om 6 uur, afzetting staat
B: Beveiliging bij de aubade?
A: Twee man van het beveiligingsbedrijf plus boa's
B: Kosten vallen binnen het evenementenbudget?
A: Ja, net als vorig jaar
B: Het podium voor de Oranjevereniging staat ook
~
A: Rustige Koningsdag, 1 melding van een vechtpartij bij de kermis
B: Mooi
""",
    ),
)
