"""The SEVENTH BLIND relevance set (issue 17): new chats, requests and judgements.

Written as a Woo officer would by a helper before round 8 of issue 17, after sets 1 to 6 had
been written, BEFORE any tuning on it; measured once on the code of that moment after it was
committed ("before" figure). Never tuned on. New subjects (none of sets 1 to 6 or the tuning
set). Same syntax as blind.py: `{n}` after a line marks the requests it is relevant to, `~`
starts the next day, `PHOTO "text"` is a photo with painted text, `AUDIO` a voice note.
Generated filler (build.FILLER, up to 60 lines a chat) is relevant to nothing. Names, places,
organisations and numbers are made up.

The queries were written from the request text only, before the chats. The chats are shaped
like real work chats: eleven long team chats (a team, an MT, an agenda, a press desk, the
registry) where a request's subject is a few lines among agenda points, other work, planning
and jokes; follow-up chats whose subject (onderwerp) the employee typed carries the subject
while the lines answer without repeating it ("klaar", "hoeveel was het?", "zie foto");
abbreviations (DL, KDV, MHC, BOSA, BGL), typos and split or joined words (deel scooters, ratten
overlast, inbraak golf, Kwetternst), synonyms (knaagdieren, antennemast, spookfactuur), photos
with text and voice notes; and distractor chats that share words with requests but are about
something else (a break-in at the municipal depot, another club's subsidy, another youth
centre, a flagpole, mice in the town office, a contractor called De Wolf).

Judging rule (as sets 1 to 6): a message is relevant when a Woo officer would have to include it
to cover the request, also when it does not repeat the subject ("klopt, morgen klaar",
"Hoeveel?"). Lines of a relevant chat about something else carry no tag.

Counts (with the generated filler of seed 17, as the bench builds it): 44 chats, 2,982 messages
(1,502 hand-written; 18 photos with text, 6 voice notes), 10 requests, 30 queries, 937 relevant
(message, request) pairs. Relevant messages (chats) per request: R1 122 (5), R2 93 (5),
R3 90 (4), R4 93 (5), R5 98 (5), R6 84 (5), R7 78 (5), R8 128 (8), R9 67 (5), R10 84 (5).
"""

from .build import Chat, Request

REQUESTS = (
    Request(
        1,
        "De golf van woninginbraken in de wijk Oosterboer in het najaar van 2024: de aanpak met de "
        "politie, extra toezicht, buurtpreventie en de actie voor inbraakpreventie.",
        ("inbraken oosterboer", "woninginbraak", "inbraakpreventie"),
    ),
    Request(
        2,
        "Jongerencentrum De Loods aan de Noordersluisweg (2024): de tijdelijke sluiting na een "
        "vechtpartij, de veiligheidsmaatregelen en de heropening.",
        ("jongerencentrum de loods", "sluiting jongerencentrum", "vechtpartij"),
    ),
    Request(
        3,
        "De subsidie aan hockeyclub MHC Meppel voor de verduurzaming van het clubhuis "
        "(zonnepanelen, ledverlichting) in 2024: aanvraag, beoordeling, verlening en voorschot.",
        ("subsidie hockeyclub", "verduurzaming clubhuis", "mhc subsidie"),
    ),
    Request(
        4,
        "De herindeling van de weekmarkt op donderdag (2024): nieuwe standplaatsen, de loting en "
        "de bezwaren van marktkooplieden.",
        ("herindeling weekmarkt", "standplaatsen markt", "bezwaar marktkooplieden"),
    ),
    Request(
        5,
        "De betaling van een valse factuur aan oplichters door de gemeente (2024): hoe het "
        "gebeurde, de aangifte, het terughalen van het geld en de maatregelen daarna.",
        ("valse factuur", "factuurfraude", "oplichting betaling"),
    ),
    Request(
        6,
        "Rattenoverlast in de wijk Berggierslanden (2024): meldingen van bewoners, de bestrijding "
        "en de oorzaak.",
        ("ratten berggierslanden", "rattenoverlast", "bestrijding ratten"),
    ),
    Request(
        7,
        "De plaatsing van een zendmast voor mobiele telefonie (5G) aan de Rogatweg (2024): de "
        "omgevingsvergunning en de zorgen en bezwaren van omwonenden.",
        ("zendmast rogatweg", "5g mast", "bezwaar zendmast"),
    ),
    Request(
        8,
        "De proef met elektrische deelscooters in Meppel (2024): de toestemming aan de aanbieder, "
        "overlast van verkeerd geparkeerde scooters en de evaluatie.",
        ("deelscooters", "proef deelscooter", "overlast scooters"),
    ),
    Request(
        9,
        "Handhaving bij kinderdagverblijf Het Kwetternest na inspecties van de GGD (2024): de "
        "tekortkomingen, de aanwijzing en de last onder dwangsom.",
        ("kwetternest", "handhaving kinderdagverblijf", "inspectie ggd kinderopvang"),
    ),
    Request(
        10,
        "De wolf in het buitengebied van Meppel (2024): aanvallen op schapen, meldingen, de "
        "informatieavond en de communicatie aan inwoners.",
        ("wolf", "wolf schapen", "informatieavond wolf"),
    ),
)

CHATS = (
    Chat(
        "Team OOV",
        "veiligheid",
        "2024-10-07 08:20",
        ["Marieke Vos", "Ruud Hoekstra", "Fatima El Amrani", "Gert-Jan Mulder"],
        """
B: Morgen allemaal. Teamoverleg vandaag om 10 uur in de Reestkamer, niet in de kantine
A: Ik schuif iets later aan, eerst het driehoeksoverleg voorbereiden
C: Wat staat er op de agenda van de driehoek?
A: Evenementenkalender 2025, de cameraevaluatie en de inbraken in Oosterboer {1}
D: Hoeveel zijn het er nu? {1}
A: Zeven in drie weken volgens de politie, allemaal achterdeur of schuifpui {1}
B: Dat is veel voor zo'n wijk {1}
A: Normaal is het twee per maand {1}
D: Ik kan de boa's 's avonds een extra ronde laten lopen {1}
B: Doe maar, tussen 17 en 22 uur, dan zijn de meeste mensen net niet thuis {1}
D: Zet ik vanaf woensdag in het rooster {1}
C: Nog iets anders: de jongerenwerkers vragen of we volgende week bij het overleg over de Loods aanschuiven
B: Over het nieuwe programma?
C: Ja, alleen planning, niks spannends
B: Prima, zet het in mijn agenda
D: Wie heeft de sleutel van de dienstauto? Hij staat niet op de plek
C: Ligt in het bakje bij de receptie
D: Gevonden, dank
~
A: Verslag driehoek: politie zet een extra rechercheur op de inbraakreeks {1}
B: Verband met de reeks in Hoogeveen? {1}
A: Ze denken van wel, zelfde werkwijze, een groep die met de trein komt {1}
D: Dan moeten we ook bij het station kijken {1}
A: De wijkagent gaat met ons een brief maken voor alle bewoners {1}
C: En de buurtpreventie-app? In Oosterboer is er een, maar die is half slapend {1}
A: Goed punt, ik bel de beheerder {1}
B: Hebben we geld voor een actie met hang- en sluitwerk? {1}
A: Uit het budget veilig wonen, zo'n 8.000 euro over {1}
B: Laten we het zo doen, maak een voorstel voor donderdag {1}
C: Andere vraag: de aanvraag voor de sinterklaasintocht is binnen, wie pakt hem?
D: Ik, zelfde route als vorig jaar
B: Mooi
A: En er kwam een melding van een wolf gezien bij de Rogatweg, door een fietser {10}
B: Serieus? {10}
A: Foto is wazig, kan ook een grote hond zijn {10}
C: De provincie gaat erover, niet wij {10}
A: Klopt, maar de burgemeester wil wel dat we het volgen {10}
B: Stuur het door naar BIJ12, die houden de waarnemingen bij {10}
A: Gedaan {10}
D: Haha, volgende keer een wolf in de binnenstad
C: Dan gaat hij naar de weekmarkt
~
C: Even een update over De Loods {2}
C: Zaterdagavond is het misgegaan, een vechtpartij buiten voor de deur, twee jongens naar het ziekenhuis {2}
B: Wat?! Waarom hoor ik dit nu pas? {2}
C: Het was na sluitingstijd, de politie heeft het zondag pas doorgegeven {2}
A: Was er een mes bij? {2}
C: Volgens de politie wel, een klein mes, niet gebruikt {2}
B: Dan moeten we het centrum dicht doen tot we weten wat er speelt {2}
C: Welzijn Meppel is het daarmee eens, ze sluiten tot nader order {2}
D: Boa's lopen er de komende weekenden langs {2}
B: Ik licht de burgemeester in {2}
A: Wil je een memo? {2}
B: Ja graag, kort, wat we weten en wat we doen {2}
C: Maak ik vanmiddag {2}
D: Ander punt, de parkeercontrole bij het ziekenhuis is weer begonnen
B: Was daar geen klacht over?
D: Ja, over de automaat die geen pin neemt
~
C: Memo over het jongerencentrum ligt bij de burgemeester {2}
B: Reactie? {2}
C: Ze wil een gesprek met Welzijn Meppel en de politie voor ze iets zegt over heropening {2}
B: Logisch {2}
A: De brief voor Oosterboer is klaar, de wijkagent heeft hem gelezen {1}
B: Wanneer gaat hij de bus in? {1}
A: Vrijdag, 2.300 adressen {1}
D: PHOTO "LET OP WONINGINBRAKEN IN UW WIJK SLUIT RAMEN EN DEUREN" {1}
D: Dit bord zetten we bij de ingangen van de wijk {1}
B: Strak {1}
C: Kunnen we ook iets in de Meppeler Courant? {1}
A: Communicatie pakt het op {1}
B: Wie gaat er volgende week naar het congres van het CCV?
C: Ik, en ik neem de nieuwe collega mee
B: Goed
~
A: Nog twee inbraken dit weekend, Dirk Hartogstraat en Hooiweg {1}
D: Ondanks de extra rondes {1}
A: Ja, beide overdag, tussen 12 en 15 {1}
B: Dan schuiven we de rondes naar de middag {1}
D: Regel ik {1}
C: Vanmiddag overleg met de Loods, ik koppel terug {2}
~
C: Afspraak met Welzijn Meppel en de politie: De Loods gaat 4 november weer open {2}
B: Onder voorwaarden? {2}
C: Ja, altijd twee begeleiders, deur op slot na 22 uur, de jongens van de vechtpartij mogen drie maanden niet komen {2}
A: En camera's? {2}
C: Eén camera bij de ingang, gemeente betaalt {2}
B: Wat kost dat? {2}
C: Rond de 2.500 met installatie {2}
B: Akkoord {2}
D: Staat de camera ook in het register? Anders krijgen we gedoe met de FG {2}
C: Goede, ik meld hem aan {2}
B: Nog iets voor vandaag?
D: De kerstborrel is op 19 december, zet het in je agenda
A: Wie regelt de secret santa dit jaar?
D: Niet ik, vorig jaar kreeg ik een lege fles
C: Dat was een grap
B: Oké mensen, tot morgen
~
A: AUDIO {10}
A: Samengevat: bij Rogat zijn vannacht vier schapen doodgebeten {10}
B: Dus toch een wolf? {10}
A: BIJ12 heeft DNA genomen, uitslag duurt twee weken {10}
C: De eigenaar was er kapot van, ik heb hem gesproken {10}
B: Wat kunnen wij doen? {10}
A: Communicatie, en wijzen op de tegemoetkoming van BIJ12 en de subsidie voor een wolfwerend raster {10}
B: Zet het op de website {10}
~
B: Morgen. Wie heeft het overzicht van de cameraboetes voor de driehoek?
D: Ik, staat in Teams onder OOV/driehoek
B: Dank. Er zijn nog geen cijfers van de avondrondes in Oosterboer? {1}
D: 14 rondes gelopen, 3 keer een open raam of schuurdeur gemeld bij de bewoners {1}
A: Goed, dat is precies het idee {1}
C: Zijn er klachten over de boa's? {1}
D: Eén, iemand vond het eng dat er 's avonds met een zaklamp in zijn tuin werd geschenen {1}
B: Haha, tja {1}
C: De evenementenaanvragen voor Koningsdag 2025 komen al binnen
B: Nu al?
C: De oranjevereniging is er vroeg bij
A: Zet ze op de lijst voor januari
D: De vergunning van de kermis is verlopen, moeten ze opnieuw aanvragen?
B: Ja, elk jaar
A: Wie kan morgen bij de ketenpartners in Assen? Ik heb een botsing
C: Ik kan na 13 uur
A: Top, om 14 uur
~
C: Bijpraten over het zorg- en veiligheidshuis gisteren
C: Drie casussen uit Meppel besproken, niks bijzonders
B: Oké, dank
A: Ik heb de brief aan Oosterboer teruggezien in een buurtgroep op Facebook {1}
D: Positief? {1}
A: Gemengd. Mensen vragen waarom er geen camera's komen {1}
B: Camera's voor woninginbraak werken slecht, dat zegt de politie ook {1}
A: Ik zet een antwoord klaar voor communicatie {1}
D: De schoonmaker vroeg of we de verjaardagstaart van vorige week uit de koelkast kunnen halen
C: Oeps, die van mij
B: Gadver
C: Gaat vandaag weg, beloofd
~
D: Vannacht was het rustig in het centrum, twee fietsen in de Reest
B: Mooi. Vanavond de raadscommissie, ik zit erbij voor de vragen over het cameratoezicht
A: Er kan ook een vraag komen over de schapen bij Rogat {10}
B: Wat zeg ik dan? {10}
A: Dat de DNA-uitslag nog niet binnen is en dat de provincie bevoegd is {10}
B: Helder {10}
C: Fatima hier, ik zit morgen bij de opening van het nieuwe jongerencentrum in Nijeveen, Het Honk
B: Leuk, doe de groeten
C: Zal ik doen
D: Nog iets: een buurman klaagt over de hond van de buren, blaft de hele dag
B: Doorsturen naar handhaving, geen OOV
D: Doe ik
~
B: Evaluatie avondrondes: we stoppen in de kerstvakantie met de extra inzet tegen de inbraak golf in Oosterboer {1}
A: Wijkagent vindt het goed, de reeks is voorbij {1}
D: Dan kunnen mijn mensen weer naar de binnenstad {1}
C: Voor de jaarwisseling hebben we ze ook nodig
B: Zeker
A: Fijne kerst allemaal, ik ben er pas weer op 6 januari
C: Geniet ervan!
""",
    ),
    Chat(
        "Inbraakgolf Oosterboer",
        "veiligheid",
        "2024-10-21 09:05",
        ["Marieke Vos", "Bram Kok"],
        """
A: Goedemorgen Bram, heb je de cijfers van vorige week? {1}
B: Elf nu in totaal sinds half september {1}
A: Pff {1}
B: Twee verdachten aangehouden in Zwolle, een deel van de buit terug {1}
A: Van onze reeks? {1}
B: Waarschijnlijk, sieraden met een graveersel uit de Ruiterstraat {1}
A: Mooi. Mag dat naar buiten? {1}
B: Nog niet, pas als de officier het zegt {1}
A: Helder {1}
B: Heb je trouwens het rooster voor de wijkschouw in december?
A: Stuur ik vanmiddag
~
B: OvJ akkoord, persbericht mag vandaag om 15 uur {1}
A: Wil je meelezen met onze tekst? {1}
B: Zet er niet in welke straten, dat maakt mensen alleen maar banger {1}
A: Aangepast {1}
B: En noem de deurcheck, dat is positief nieuws {1}
A: Staat erin, met het aanmeldformulier {1}
~
A: Sinds de aanhouding nog maar één, en dat was een schuurtje {1}
B: Dan schalen we de extra surveillance af na 1 december {1}
A: Ik laat de boa's nog tot de kerst rijden, 's middags {1}
B: Prima {1}
~
B: Marieke, nog een vraag van de wijkagenten: kunnen we de lijst met deelnemers van de deurcheck krijgen? {1}
A: Niet zomaar, AVG. Ik kan vragen of mensen toestemming geven {1}
B: Goed, dan alleen de straten {1}
A: Dat kan, geanonimiseerd per straat {1}
B: Thanks {1}
A: Kom je ook naar de bedankavond van de buurtpreventie? {1}
B: Uiteraard, met de collega's van de recherche {1}
B: Andere vraag: de parkeerplaats bij het politiebureau wordt opnieuw bestraat, weet jij wanneer?
A: Geen idee, vraag ik na
""",
    ),
    Chat(
        "Deurcheck actie",
        "samenleving",
        "2024-11-04 13:30",
        ["Marieke Vos", "Jolanda Brink", "Wessel Timmer"],
        """
A: Hoeveel aanmeldingen voor de deurcheck? {1}
B: 214, veel meer dan verwacht {1}
C: De twee hang- en sluitwerkadviseurs kunnen er 60 per week doen {1}
A: Dan zijn we half december klaar {1}
B: Wat krijgen mensen precies? {1}
C: Een gratis check en een bon van 50 euro voor een slot met politiekeurmerk {1}
A: Budget? {1}
B: 214 keer 50 is 10.700, dat is meer dan de 8.000 {1}
A: Ik vraag de rest uit de post onvoorzien {1}
C: PHOTO "GRATIS DEURCHECK VOOR BEWONERS VAN OOSTERBOER MELD U AAN" {1}
C: Flyer voor het winkelcentrum {1}
B: Mooi {1}
~
A: Wethouder akkoord met het extra geld {1}
B: Top, dan kan iedereen geholpen worden {1}
C: Ik heb gisteren bij een mevrouw van 84 gezeten, haar achterdeur kon je met een schroevendraaier open doen {1}
A: Daar is het voor {1}
B: Wie doet de verantwoording naar het Fonds? Ik ben vanaf maandag met verlof
A: Ik
~
C: Tussenstand: 140 woningen gecheckt, bij 90 een advies voor een beter slot {1}
A: Hoeveel bonnen ingeleverd? {1}
B: 71, de bouwmarkt aan de Blankenstein heeft de meeste {1}
C: Een paar mensen vragen of ze ook een camera-deurbel vergoed krijgen {1}
A: Nee, alleen hang- en sluitwerk met het keurmerk {1}
B: Dat zetten we in de FAQ {1}
~
C: Laatste adressen gedaan, totaal 208, zes hebben afgezegd {1}
A: Mooi resultaat, ik schrijf het verslag voor de wethouder {1}
B: Ik doe de afrekening met de bouwmarkt {1}
C: En ik ga eindelijk op vakantie
A: Verdiend!
""",
    ),
    Chat(
        "Buurtpreventie",
        "samenleving",
        "2024-10-14 19:40",
        ["Marieke Vos", "Henk Zandstra"],
        """
B: Goedenavond, Henk van de buurt-app Oosterboer. Ik hoorde dat u wilde bellen {1}
A: Klopt, we willen de app weer actief krijgen nu er zoveel wordt ingebroken {1}
B: We hebben 140 leden maar er gebeurt weinig {1}
A: Zouden jullie een avond willen organiseren, met de wijkagent erbij? {1}
B: Graag, in het buurthuis {1}
A: Ik regel de wijkagent en koffie {1}
~
B: Avond was goed, 55 mensen, 38 nieuwe leden {1}
A: Geweldig {1}
B: Mensen willen ook bordjes WhatsApp-buurtpreventie {1}
A: Die kan ik bestellen, hoeveel? {1}
B: Twaalf {1}
A: Komt goed {1}
B: En de lantaarnpaal bij het speelveld aan de Hooiweg doet het al weken niet {1}
A: Geef ik door, donkere plekken helpen inbrekers {1}
""",
    ),
    Chat(
        "Inbraak werf Nijeveen",
        "openbare_ruimte",
        "2024-10-28 06:50",
        ["Albert Dekker", "Johan Wolters"],
        """
A: Er is ingebroken op de werf in Nijeveen
B: Wat is er weg?
A: Twee bosmaaiers, een aggregaat en de bladblazers uit de loods
B: Hoe zijn ze binnen gekomen?
A: Het hek is doorgeknipt en het slot van de loods is geforceerd
B: Aangifte gedaan?
A: Ja, vanochtend bij de politie in Meppel
B: Bel de verzekering ook
A: PHOTO "TOEGANG ALLEEN VOOR PERSONEEL GEMEENTEWERF"
A: Het bord hing er, heeft niet geholpen
~
B: Verzekering vergoedt de nieuwe waarde min het eigen risico
A: En we krijgen een alarm op de loods
B: Eindelijk, daar vragen we al jaren om
""",
    ),
    Chat(
        "De Loods",
        "samenleving",
        "2024-10-13 21:15",
        ["Fatima El Amrani", "Daan Kuipers", "Sharon Meijer"],
        """
B: Fatima, sorry voor de late app. Gisteravond ging het helemaal mis bij ons {2}
A: Ik hoorde net iets van de politie. Wat is er gebeurd? {2}
B: Twee groepen, ruzie over iets op snapchat, buiten voor de deur ging het los {2}
C: Wij hadden net afgesloten, ik zag het vanuit het raam {2}
A: Zijn jullie zelf ok? {2}
C: Geschrokken, verder wel {2}
B: Twee jongens met hoofdwonden naar de SEH, eentje had een mes bij zich {2}
A: Jullie hebben het goed gedaan door binnen te blijven {2}
~
A: Na overleg met Ruud: het centrum blijft dicht tot we met jullie en de politie hebben gepraat {2}
B: Dat snappen we. Wat zeggen we tegen de jongeren? {2}
A: Dat het tijdelijk is en dat jullie wel op straat en online bereikbaar blijven {2}
C: We zetten het op Insta {2}
C: PHOTO "DE LOODS IS TIJDELIJK GESLOTEN JONGERENWERK BLIJFT BEREIKBAAR" {2}
B: Dit hangt op de deur {2}
A: Goed zo {2}
~
B: Hoeveel jongeren hebben we nu niet in beeld? {2}
C: Een stuk of dertig vaste bezoekers {2}
B: Een deel hangt nu bij de Albert Heijn op de Zuiderboer {2}
A: Ik vraag de boa's om daar te kijken {2}
B: Andere vraag, kunnen we het geld voor de zomerweek nog verschuiven?
A: Vraag ik na
~
A: Morgen het gesprek met de politie, 10 uur op het stadhuis {2}
B: Wat moeten we meenemen? {2}
A: Jullie huisregels, het rooster en een lijst met incidenten van dit jaar {2}
C: Het waren er maar twee, en allebei klein {2}
A: Dat is juist goed om te laten zien {2}
B: Wij willen graag dat we snel weer opengaan, die jongens hebben niks anders {2}
A: Dat begrijp ik, ik neem het mee {2}
C: Hebben jullie trouwens de nieuwe bank voor Het Honk gezien? Mooi ding
B: Haha, daar zijn we jaloers op
""",
    ),
    Chat(
        "Heropening DL",
        "samenleving",
        "2024-10-30 10:00",
        ["Fatima El Amrani", "Daan Kuipers"],
        """
A: Besluit is rond: maandag 4 november weer open {2}
B: Top!! {2}
A: Voorwaarden: altijd met z'n tweeën, na 22 uur dicht, huisregels opnieuw ondertekenen {2}
B: Ook de jongens van toen? {2}
A: Die twee niet, drie maanden, daarna een gesprek {2}
B: Fair {2}
A: Camera komt vrijdag {2}
B: Waar komt het scherm? {2}
A: Op kantoor, alleen terugkijken bij een incident, 28 dagen bewaren {2}
~
B: Eerste avond: 24 jongeren, rustig {2}
A: Fijn om te horen {2}
B: Wel een paar ouders aan de deur die wilden weten of het veilig is {2}
A: Zullen we een ouderavond doen? {2}
B: Goed plan, in januari {2}
A: Heb je trouwens de declaratie van de bus naar Walibi al ingediend?
B: Oeps, morgen
""",
    ),
    Chat(
        "Het Honk Nijeveen",
        "samenleving",
        "2024-09-02 14:00",
        ["Sharon Meijer", "Petra Lubbers"],
        """
A: Het jongerencentrum in Nijeveen zoekt vrijwilligers voor de vrijdagavond
B: Hoeveel hebben ze er nu?
A: Vier, ze willen er acht
B: Kunnen we het via het vrijwilligerspunt doen?
A: Staat al online
B: En de nieuwe bank voor de chillruimte?
A: Is gisteren gebracht, gesponsord door de Rabobank
B: Leuk, zet het in de nieuwsbrief
~
A: Opening van het jongerencentrum ging goed, 60 jongeren en de wethouder
B: Mooi, foto's?
A: Op Insta
B: En vrijwilligers?
A: Nu zeven
""",
    ),
    Chat(
        "Zomerweek jongerenwerk",
        "samenleving",
        "2024-06-24 11:20",
        ["Daan Kuipers", "Sharon Meijer", "Petra Lubbers"],
        """
A: Programma zomerweek: maandag sport, dinsdag graffiti workshop, woensdag Walibi
B: Waar doen we de graffiti?
A: Op de achterwand van de Loods, de gemeente vindt het goed
C: Hoeveel aanmeldingen voor Walibi?
A: 38, de bus heeft er 50
B: Dan kunnen er nog een paar uit Nijeveen mee
C: Vrijdag afsluiten met een bbq
A: Wie neemt de vleesbestelling?
B: Ik
""",
    ),
    Chat(
        "Sport en Bewegen",
        "samenleving",
        "2024-02-19 08:45",
        ["Rick Hulst", "Annemiek de Graaf", "Youssef Amrani", "Carla Meester"],
        """
A: Goedemorgen team, de agenda voor het sportoverleg van donderdag staat in de map
B: Punt 1 is de tarieven voor de sporthallen 2025, toch?
A: Ja, en punt 2 de aanvragen uit de regeling verduurzaming sportaccommodaties
C: Hoeveel aanvragen zijn er?
A: Vier: MHC, de tennisclub, de korfbal en VV Nijeveen
D: MHC heeft een groot plan, zonnepanelen op het hele dak en led in het clubhuis {3}
C: Hoe groot? {3}
D: 86.000 euro totaal, ze vragen 35% bij ons {3}
B: En de BOSA? {3}
D: Die hebben ze ook aangevraagd, 20% {3}
A: Dan houden ze zelf 45% over, kunnen ze dat? {3}
D: Ze hebben een lening bij het Stimuleringsfonds Sport {3}
C: Ik zie veel zonnepanelen op clubhuizen de laatste tijd
B: Iedereen wil van de energierekening af
A: Terecht
C: Wie gaat er vrijdag naar de opening van de padelbanen?
B: Ik, met de wethouder
C: Neem je paraplu mee, het gaat regenen
~
A: Verslag sportoverleg: tarieven gaan 4% omhoog
B: Dat gaat klachten geven van de volleybal
A: Vast. Bij de verduurzamingsaanvragen: tennis en korfbal zijn compleet
D: MHC mist nog de offerte van de installateur en de begroting van het bestuur {3}
C: Ik bel de penningmeester {3}
D: Doe dat, anders halen ze de termijn van 1 maart niet {3}
B: En VV Nijeveen?
A: Die vragen geld voor nieuwe kleedkamers, dat valt niet onder deze regeling
C: Dan doorverwijzen naar de accommodatieregeling
A: Precies
B: De zwemvereniging heeft ook gebeld over het badwater, te koud
A: Doorsturen naar de exploitant
~
C: Penningmeester MHC stuurt vandaag de offerte {3}
D: Ik zag hem binnenkomen, 86.400 incl. btw {3}
B: Zijn ze btw-plichtig? {3}
D: Gedeeltelijk, vanwege de kantine {3}
C: Dan rekenen we met het deel dat ze niet kunnen terugvragen {3}
D: Ik laat de fiscalist kijken {3}
A: Wie heeft de sleutels van de sporthal Ezinge nog? Het slot is vervangen
B: Ik heb er drie
A: Een naar de beheerder graag
~
D: Advies fiscalist: subsidie over 62% van de btw, de rest kunnen ze verrekenen {3}
A: Dus ons bedrag wordt? {3}
D: Afgerond 27.900 {3}
C: Past dat in het budget? {3}
A: Budget is 120.000 voor dit jaar, tennis 18.000, korfbal 11.000, dus ja {3}
B: Tennis had toch 22 gevraagd?
A: Was 18, ik heb het nagekeken
D: Beschikking MHC gaat volgende week de deur uit {3}
C: Met voorschot? {3}
D: 80% voorschot, rest na de vaststelling {3}
B: Mooi, lekker snel
A: Ik ga ervandoor, tandarts
~
C: Penningmeester MHC belt of het voorschot al binnen kan zijn voor de installateur begint {3}
D: Betaalopdracht staat bij Financiën {3}
C: Ze beginnen 15 april met de panelen {3}
B: Leuk, de hockeyclub is dan de eerste met een energieneutraal clubhuis {3}
A: Kunnen we daar iets mee in de communicatie? {3}
B: Zodra de panelen liggen, foto met de wethouder {3}
C: Ik weet al wat hij gaat zeggen
B: Haha "Meppel sport duurzaam"
A: Volgende week geen overleg, iedereen heeft vakantie
~
A: Dinsdag de kick-off van het sportakkoord, wie gaat er mee?
B: Ik, en Youssef
C: Ik moet de presentatie nog maken
A: Zet er de cijfers van de sportdeelname in
C: Welke, die van de gezondheidsmonitor?
A: Ja, 2022
D: Vraagje: het bestuur van MHC wil weten of de subsidie ook de nieuwe meterkast dekt {3}
B: Stond die in de offerte? {3}
D: Niet apart, de installateur zegt dat het nodig is voor de panelen {3}
A: Dan via een wijziging, met een aanvullende offerte {3}
D: Laat ik ze weten {3}
C: De korfbal wil weten wanneer hun voorschot komt
A: Zelfde betaalrun als de rest
~
B: Iemand de sleutels van de kast met de pionnen gezien?
C: Bij de buitensportpark-beheerder
B: Dank
C: Weet iemand hoe laat de padelbanen openen zaterdag?
A: 10 uur, met een clinic
D: Aanvullende offerte MHC: meterkast 3.200, ze vragen of wij 35% daarvan betalen {3}
A: Budget is er, ik pas de beschikking aan {3}
D: Nieuw bedrag 29.020? {3}
A: Klopt, wijzigingsbesluit vandaag {3}
B: De tennisclub vraagt ook of ze nog iets kunnen toevoegen
A: Nee, zij zijn al vastgesteld
~
C: Sportgala 2024 moet georganiseerd worden, wie doet de nominaties?
B: De sportraad, wij faciliteren
C: En de locatie?
B: Schouwburg Ogterop, zelfde als vorig jaar
D: Foto's van de panelen op het dak van de hockey zijn binnen {3}
D: PHOTO "ENERGIENEUTRAAL CLUBHUIS MET STEUN VAN GEMEENTE MEPPEL" {3}
A: Dat bord staat bij de ingang van het veld {3}
B: Wethouder is er vrijdag om het te openen {3}
C: Goed voor het sportgala, duurzaamste club
B: Haha, vast
~
D: Vaststelling MHC: alles uitgevoerd, eindafrekening 88.900, ons deel blijft 29.020 {3}
A: Dus nog 20% te betalen {3}
D: Ja, 5.804 {3}
A: Zet het in de betaalrun {3}
C: Wie wil er vanavond mee naar de volleybalwedstrijd van Sudosa?
B: Ik!
A: Ik moet oppassen
~
A: Nog een vraag van de gemeenteraad: hoeveel sportclubs hebben nu zonnepanelen?
B: Volgens mij een stuk of acht
C: De voetbal in Nijeveen wil volgend jaar ook
A: Ik maak een lijstje voor de raad
D: De hockeyclub staat er met de hoogste subsidie op, kan dat een probleem geven? {3}
A: Nee, het was het grootste plan, het is allemaal volgens de regeling gegaan {3}
D: Zet ik zo in het antwoord {3}
B: En de ijsbaan van de ijsvereniging, gaat die deze winter open?
C: Als het vriest
B: Dus niet
C: Haha
""",
    ),
    Chat(
        "Aanvraag MHC clubhuis",
        "samenleving",
        "2024-01-29 15:10",
        ["Carla Meester", "Gerrit Bosma"],
        """
B: Dag Carla, Gerrit hier, penningmeester van de hockey. Ik wil een subsidie aanvragen voor ons clubhuis {3}
A: Hoi Gerrit, waarvoor precies? {3}
B: 96 panelen op het dak van het clubhuis en de kantine, alle tl eruit, led erin {3}
A: Dat kan via de regeling verduurzaming, aanvragen vóór 1 maart {3}
B: Wat moet ik meesturen? {3}
A: Offerte, een begroting en een dekkingsplan, en de berekening van de besparing {3}
B: Gaat lukken {3}
~
B: Ingediend via het e-loket, alleen de offerte mist nog, de installateur is ziek {3}
A: Stuur hem na, uiterlijk 1 maart {3}
B: Top {3}
~
B: Offerte is binnen, doorgestuurd {3}
A: Ontvangen {3}
B: Wanneer horen we iets? {3}
A: Binnen 8 weken, waarschijnlijk eerder {3}
B: Dank, en succes met de padel opening
A: Haha dank
~
A: Gerrit, de beschikking is verstuurd, 27.900 {3}
B: Geweldig! Voorschot? {3}
A: 80%, binnen twee weken op jullie rekening {3}
B: Dan kunnen we de installateur laten beginnen {3}
A: En vergeet de foto's niet voor de vaststelling {3}
B: PHOTO "MHC MEPPEL WIJ WEKKEN ONZE EIGEN STROOM OP" {3}
B: Spandoek hangt al {3}
~
B: Carla, de installateur zegt dat de meterkast vervangen moet worden, valt dat erbij? {3}
A: Stuur een aanvullende offerte, dan kijken we {3}
B: Komt vandaag {3}
~
A: Wijzigingsbesluit is verstuurd, nieuw totaal 29.020 {3}
B: Super, dank namens het bestuur {3}
B: Kom je ook naar de opening? Vrijdag 16 uur {3}
A: Zeker, met de wethouder {3}
B: En de jeugd speelt daarna tegen Hattem, blijf vooral kijken
A: Leuk
""",
    ),
    Chat(
        "Voorschotten subsidies Q2",
        "bedrijfsvoering",
        "2024-03-25 10:30",
        ["Ilse Mulder", "Carla Meester"],
        """
A: Ik heb vijf betaalopdrachten voor voorschotten van jullie, klopt dat?
B: Ja, tennis, korfbal, MHC en twee van cultuur
A: Die van de hockeyclub staat op een ander rekeningnummer dan in ons systeem {3}
B: Ze hebben een nieuwe bank, de penningmeester heeft het gemeld {3}
A: Heb je een bankafschrift of een brief van het bestuur? Na vorig jaar controleren we dat altijd {3}
B: Ik vraag het op {3}
~
B: Brief van het bestuur met handtekening van de voorzitter gestuurd {3}
A: Ik heb ook even de bank gebeld, klopt {3}
A: 22.320 gaat morgen de deur uit {3}
B: Dank {3}
A: Die van cultuur staan er gewoon in
""",
    ),
    Chat(
        "Kleedkamers VV Nijeveen",
        "samenleving",
        "2024-04-08 09:30",
        ["Youssef Amrani", "Hans Kiers"],
        """
B: De subsidieaanvraag voor onze nieuwe kleedkamers, waar staat die?
A: Valt onder de accommodatieregeling, de commissie kijkt er in mei naar
B: We hebben al een aannemer
A: Eerst de beschikking afwachten, anders krijg je niks
B: En de zonnepanelen op het clubhuis? Kan dat nog mee?
A: Die regeling is voor dit jaar vol
B: Jammer, dan volgend jaar
A: Ik zet jullie op de lijst
""",
    ),
    Chat(
        "Zonnepanelen stadskantoor",
        "bedrijfsvoering",
        "2024-05-14 13:00",
        ["Patrick Schaap", "Ilse Mulder"],
        """
A: Offerte voor de zonnepanelen op het dak van het stadskantoor is binnen
B: Hoeveel?
A: 240 panelen, 118.000 euro, terugverdientijd 7 jaar
B: En de ledverlichting in de parkeergarage?
A: Aparte offerte, 34.000
B: Allebei in de voorjaarsnota
A: Verduurzaming gemeentelijk vastgoed, staat erin
~
A: De raad heeft de voorjaarsnota aangenomen, de panelen kunnen besteld worden
B: Aanbesteden of via het raamcontract?
A: Raamcontract van de provincie, scheelt tijd
B: Plaatsing in oktober dan
""",
    ),
    Chat(
        "Team Economie",
        "ruimte",
        "2024-03-11 08:30",
        ["Wendy Oosterhuis", "Mark Bouwhuis", "Lisa Kramer", "Erwin Mol"],
        """
A: Goedemorgen! Wie gaat er vanmiddag naar de ondernemersvereniging?
B: Ik, het gaat over de kerstverlichting 2024
C: En over de leegstand in de Hoofdstraat
A: Neem de cijfers van de leegstandsmonitor mee
B: Doe ik
D: Even over de markt: de plattegrond voor de nieuwe indeling is klaar {4}
A: Laat zien {4}
D: PHOTO "NIEUWE INDELING WEEKMARKT DONDERDAG KERKPLEIN EN MARKT 62 KRAMEN" {4}
C: Waarom zijn het er 62 en niet 70? {4}
D: De brandweer wil een doorgang van 4 meter, dus er vallen plekken af {4}
B: Wie valt eraf? {4}
D: Dat gaan we loten onder de dagplaatsen, de vaste plaatshouders houden een plek {4}
A: Hebben we de CVAM al gesproken? {4}
D: Donderdag, met de marktcommissie {4}
C: Ander onderwerp: de aanbieder van die deelscooters belde weer {8}
A: Welke? {8}
C: Vonk, ze willen een proef van een jaar met 60 scooters {8}
B: Dat gaat over de openbare ruimte, niet alleen over ons {8}
C: Klopt, ik stem af met verkeer {8}
A: Kunnen we eisen stellen? Parkeren alleen in vakken bijvoorbeeld {8}
C: Dat kan via een convenant, Zwolle doet het ook zo {8}
B: Ik ben benieuwd, in Zwolle liggen ze overal in de struiken
C: Ja, daarom de vakken {8}
A: Oké, maak een voorstel {8}
~
B: Ondernemersvereniging: kerstverlichting gaat door, wij betalen 40%
A: Zelfde als vorig jaar dus
B: Ja. En ze vroegen naar de markt, er gaan geruchten over minder plaatsen {4}
D: Na donderdag weten ze het {4}
A: Laat ze niet via de krant horen wat er gebeurt {4}
D: Brief gaat vrijdag naar alle kooplieden {4}
D: nvt
C: Wat bedoel je met nvt Erwin?
A: Haha, Erwin tikt met zijn duim
~
D: Overleg marktcommissie: akkoord met de brandgang, niet met het loten {4}
A: Wat willen ze dan? {4}
D: Dat de dagplaatsen met de minste jaren eraf gaan, anciënniteit {4}
B: Mag dat juridisch? {4}
D: Volgens de verordening moet het loten zijn bij schaarste {4}
A: Dan loten we, maar de marktcommissie mag erbij zijn als notaris {4}
D: Goed idee, ik vraag een notaris voor de loting {4}
C: Is er trouwens al iemand die naar de scooterproef van Zwolle kan kijken? {8}
B: Ik ben er dinsdag toch {8}
C: Maak wat foto's van waar ze staan {8}
A: Lunch vandaag? Ik heb honger
B: Broodje bij de Hema
~
D: Loting gedaan, 8 dagplaatsen uitgeloot, notaris heeft het proces-verbaal {4}
A: Reacties? {4}
D: Twee boze kooplieden, een visboer en een bloemenkraam {4}
D: AUDIO {4}
A: Ik luister hem straks {4}
D: Kort: de visboer staat er 11 jaar en vindt het onrecht {4}
B: Kunnen we iets aanbieden op de zaterdagmarkt? {4}
D: Daar is plek, ik bel hem {4}
~
B: Scooters in Zwolle gezien, meeste netjes in de vakken, een paar in het gras {8}
B: PHOTO "PARKEER JE DEELSCOOTER IN HET VAK" {8}
C: Zoiets willen wij ook {8}
A: Convenant concept klaar? {8}
C: Volgende week {8}
A: De nieuwe indeling gaat in per 2 mei? {4}
D: Ja, de vloerplattegrond met de nummers wordt in april op straat gezet {4}
B: Met verf? {4}
D: Met kleine metalen markeringen, verf slijt {4}
C: Ik ben morgen vrij, Erwin neemt het over
D: Check
~
A: Ondernemersloket: 12 vragen vorige week, vooral over de energiekosten
C: En over de bereikbaarheid tijdens de werkzaamheden aan de Kromme Elleboog
A: Daar zit verkeer op
B: De centrummanager vroeg of we de terrasvergunningen weer voor 1 april rond hebben
A: Staat, 48 vergunningen, 3 nieuwe
D: De nieuwe marktverordening moet nog naar de raad, of kan de indeling met de oude? {4}
B: De indeling is een besluit van het college, de verordening hoeft niet te wijzigen {4}
D: Mooi, dan houden we de planning {4}
C: Heeft iemand een telefoonnummer van de Vonk-man? {8}
A: Staat in de mail van vorige week {8}
C: Gevonden {8}
~
B: Ondernemers van de Hoofdstraat klagen over de scooters voor hun deur {8}
C: Welk vak? {8}
B: Bij de Hema, het vak staat te dicht bij de ingang {8}
C: Verplaatsen naar de hoek, regel ik met Vonk {8}
A: Dank. En de leegstand, is er nieuws van het pand van de oude V&D?
B: Er is een belegger, plan voor woningen boven en winkels beneden
A: Eindelijk
D: Ik heb een mail van een marktkoopman die zegt dat de loting niet eerlijk was {4}
A: Antwoord met het proces-verbaal van de notaris, en wijs op bezwaar {4}
D: Doe ik {4}
B: Wie heeft er de kortingsbonnen van de lunch bij de Hema?
C: Liggen in mijn la
~
A: Economische agenda 2025: startersbeleid, binnenstad, bedrijventerreinen
C: Bij binnenstad de markt ook? {4}
A: Ja, de evaluatie van de nieuwe indeling na een jaar {4}
D: Die plannen we in april 2025 {4}
B: De evaluatie van de scooterproef gaat naar de raad in oktober {8}
C: Klopt, Lisa schrijft {8}
C: Dat ben ik
B: Haha, ja
A: Fijne vrijdag, ik ben weg
~
A: Morgen iedereen. De stadsmarketing wil een campagne voor de binnenstad in december
B: Met de kerstmarkt erbij?
A: Ja, en de koopzondagen
C: Er is een nieuwe aanvraag voor een foodtruck bij het station
A: Standplaatsvergunning, geen markt
D: Zeker, niks met de donderdag te maken
B: De ondernemers van de Woldstraat willen een eigen winkelstraatmanager
A: Interessant, laat ze een plan maken
C: En wie gaat er naar de beurs in Zwolle over bedrijventerreinen?
D: Ik, met de wethouder
~
D: De metalen markeringen op het Kerkplein zijn binnen, volgende donderdag gelegd {4}
A: Voor of na de markt? {4}
D: Na, vanaf 15 uur {4}
B: De stratenmakers kunnen pas om 16 uur
D: Dan 16 uur
C: Heeft iemand de jaarcijfers van de VVV? Ze willen een hogere bijdrage
A: In de map subsidies
""",
    ),
    Chat(
        "Marktindeling 2024",
        "ruimte",
        "2024-04-22 07:15",
        ["Erwin Mol", "Kees Ruiter"],
        """
B: Erwin, de nummers staan verkeerd bij de kerk, 23 en 24 zitten omgedraaid {4}
A: Ik kom eraan {4}
B: De kaasboer staat nu in de brandgang {4}
A: Dat mag niet, hij moet één plek op {4}
~
A: Eerste donderdag in de nieuwe opstelling, hoe ging het? {4}
B: Rommelig maar ok, klanten konden de bakker niet vinden {4}
A: Bordjes? {4}
B: Graag, bij de ingang een overzicht {4}
A: PHOTO "WEEKMARKT PLATTEGROND U BEVINDT ZICH HIER" {4}
A: Hangt volgende week {4}
B: Top {4}
B: De afvalbakken op het plein worden trouwens niet geleegd op zaterdag
A: Meld ik bij de reiniging
~
B: Erwin, de marktmeester van Steenwijk wil komen kijken hoe we de brandgang hebben gedaan {4}
A: Leuk, donderdag? {4}
B: Goed {4}
A: Nog klachten van de kooplieden? {4}
B: De groenteboer vindt dat hij te ver van de ingang staat {4}
A: Ruilen mag, als de ander het goed vindt {4}
B: Ik vraag het na {4}
B: De stroomkast bij de kerk doet het ook niet, de kaaskraam zat zonder stroom
A: Melden bij de installateur
""",
    ),
    Chat(
        "Bezwaren markt",
        "bedrijfsvoering",
        "2024-05-16 11:00",
        ["Nadia Visser", "Erwin Mol"],
        """
A: Er zijn drie bezwaarschriften tegen de uitloting {4}
B: Van wie? {4}
A: De visboer, de bloemen en een stoffenkraam {4}
B: De visboer heeft toch een plek op zaterdag aangeboden gekregen? {4}
A: Hij wil de donderdag, daar draait hij de meeste omzet {4}
B: Wat is zijn argument? {4}
A: Dat anciënniteit had moeten tellen {4}
B: Verordening zegt loten {4}
A: Dan is de kans klein, maar de commissie hoort hem in juni {4}
~
A: Advies bezwaarcommissie: ongegrond, wel advies om de verordening te verduidelijken {4}
B: Dat gaan we doen bij de herziening in 2025 {4}
A: De stoffenkraam heeft ingetrokken, die staat nu op zaterdag {4}
B: Fijn {4}
B: Kun jij de Woo-termijnen van het andere verzoek in de gaten houden?
A: Ja
~
A: De visboer wil in beroep bij de rechtbank {4}
B: Heeft hij een advocaat? {4}
A: Ja, van de CVAM {4}
B: Dan krijgen we een verweerschrift te maken {4}
A: Ik zet het klaar {4}
~
A: Hij heeft het beroep ingetrokken, hij heeft een plek op de markt in Steenwijk {4}
B: Dan is dit klaar {4}
A: Weet je trouwens of de nieuwe collega al een laptop heeft?
B: Maandag
""",
    ),
    Chat(
        "Standplaats oliebollen",
        "ruimte",
        "2024-11-18 10:00",
        ["Lisa Kramer", "Kees Ruiter"],
        """
B: De oliebollenkraam wil weer staan bij de Hema, zelfde plek als vorig jaar
A: Standplaatsvergunning is verlengd tot 31 december
B: Mag hij ook op de markt op donderdag?
A: Nee, dan moet hij een marktplaats aanvragen, en daar is een wachtlijst
B: Hij blijft wel bij de Hema
A: Goed, stroom via de kast op het plein
~
B: Hij vraagt ook of hij op oudejaarsdag tot 18 uur mag staan
A: Dat mag, staat in de vergunning
B: En hij brengt oliebollen voor het team
A: Dan mag hij tot 19 uur
""",
    ),
    Chat(
        "Team Financiën",
        "bedrijfsvoering",
        "2024-06-03 08:10",
        ["Ilse Mulder", "Bert Lanting", "Priya Ramdin", "Joris van Dijk"],
        """
B: Goedemorgen, maandagstart om 9 uur, wie is er fysiek?
A: Ik
C: Ik zit thuis, kom via Teams
D: Ik ben er om half 10, eerst de kinderen naar school
B: Prima. Punten: jaarrekening, voorjaarsnota en de betaalrun van vrijdag
A: Over die betaalrun: er is iets raars {5}
B: Vertel {5}
A: We hebben 48.600 overgemaakt naar Bouwbedrijf Lont, maar Lont belde net dat ze niks hebben ontvangen {5}
C: Ander rekeningnummer? {5}
A: Ja, in april kwam een mail dat hun bankrekening was gewijzigd, met een brief op hun briefpapier {5}
D: O nee {5}
B: Is die wijziging gecontroleerd? {5}
A: Er is teruggebeld, maar naar het nummer in de mail {5}
B: Dan is het oplichting. Nu meteen de bank bellen voor een terugboeking {5}
A: Ben ik mee bezig {5}
C: Ik zet alle betalingen aan Lont stil {5}
B: Goed. En ik meld het bij de CISO en de gemeentesecretaris {5}
~
A: Bank heeft een terugvorderingsverzoek gedaan bij de ontvangende bank {5}
B: Kansen? {5}
A: Er stond nog 31.000 op de rekening, die is bevroren {5}
D: De rest is al doorgesluisd naar het buitenland denk ik {5}
B: Aangifte? {5}
A: Vanmiddag om 14 uur bij de politie {5}
C: De accountant moet het ook weten {5}
B: En het college, ik maak een memo {5}
D: Verder gewoon door met de jaarrekening, de controller wil vrijdag het concept
C: De toelichting op de reserves is bijna af
D: Nice
~
C: Ik heb alle leverancierswijzigingen van het afgelopen jaar nagelopen {5}
B: En? {5}
C: 63 wijzigingen, bij 2 twijfel ik, die bel ik vandaag zelf na via het nummer uit ons systeem {5}
B: Goed zo {5}
A: De 31.000 is terug {5}
B: Mooi, dan is de schade 17.600 {5}
D: Verzekerd? {5}
B: Ik vraag het aan de verzekeringsadviseur, volgens mij valt fraude door derden onder de polis {5}
C: Die 2 twijfelgevallen kloppen trouwens, allebei echt {5}
A: Pfoe {5}
D: Iemand zin in taart? Ik ben jarig
A: Gefeliciteerd!
C: Hoera!
~
B: Uit de evaluatie: voortaan vier-ogen bij elke wijziging van een rekeningnummer, en terugbellen naar het nummer uit het crediteurenbestand {5}
A: Wie doet de tweede controle? {5}
B: Teamleider of ik {5}
C: En een training phishing voor de crediteurenadministratie {5}
B: Staat gepland in september {5}
D: Hoe staat het met de voorjaarsnota?
B: De raad behandelt hem op 4 juli
D: Dan moet de tweede wijziging van de begroting ook mee
B: Klopt
~
A: De verzekeraar keert 15.100 uit, eigen risico 2.500 {5}
B: Dan zijn we 2.500 echt kwijt {5}
C: Had erger gekund {5}
B: Ik zet het in de memo voor het college, dan kan het dossier dicht {5}
A: Joris, wil je de map jaarrekening in Teams opruimen? Er staan drie versies
D: Doe ik vanmiddag
B: En vergeet de btw-aangifte niet, vrijdag de deadline
~
C: Vragen van de accountant over de interim-controle
B: Waarover?
C: De inkoopgetrouwheid, en of er nieuwe frauderisico's zijn {5}
B: De betaling aan de valse rekening moeten we melden, dat is een fraude-incident {5}
C: Ik schrijf het in de frauderisicoanalyse, met de maatregelen {5}
A: Willen ze ook het pv? {5}
C: Nee, de samenvatting is genoeg {5}
D: De begrotingswijziging voor het sociaal domein staat in de map
B: Dank, ik kijk er morgen naar
A: Wie gaat er naar de regiodag van de BNG?
D: Ik, samen met de controller
~
D: Er staan 412 facturen in de werkvoorraad, de budgethouders keuren te traag goed
B: Herinnering naar de MT-leden
D: Verstuurd
C: Nieuwe werkwijze crediteurenstamgegevens staat op intranet {5}
A: Iedereen weet het? {5}
C: Training was gisteren, 9 van de 10 waren er {5}
B: De tiende? {5}
C: Ziek, krijgt het één op één {5}
A: De bank belde trouwens, ze willen onze betaalbevoegdheden nalopen
B: Standaard jaarlijkse check
A: Oké
~
D: Iedereen een fijne vakantie, ik ben drie weken weg
A: Geniet!
B: Gaat het met de overdracht?
D: Alles staat in OneNote
C: Er kwam vandaag weer zo'n mail: nieuw rekeningnummer, van een schoonmaakbedrijf {5}
B: En? {5}
C: Volgens de nieuwe regel teruggebeld naar het bekende nummer: zij wisten van niks {5}
A: Dus een poging {5}
B: Mooi dat de regel werkt. Doorsturen naar de CISO {5}
C: Gedaan {5}
~
B: Goedemorgen, ik ben terug. Wat heb ik gemist?
A: De accountant is tevreden over de interim, één opmerking over de Europese aanbestedingen
B: Welke?
A: Het contract voor de schoonmaak is te lang verlengd zonder aanbesteding
B: Dat wisten we, staat al op de lijst
C: Er ligt een factuur van het ingenieursbureau voor de Kaapbrug die 20% hoger is dan de opdracht
B: Niet betalen, eerst navragen bij de projectleider
C: Heb ik gedaan, er is meerwerk afgesproken, de mail zit in het dossier
B: Dan is het goed
D: Wie heeft er zin in een lunchwandeling? Het is eindelijk droog
A: Ik
C: Ik ook
~
D: De begroting 2025 is aangeleverd bij de griffie
B: Top, dank voor het harde werken allemaal
A: Er belde een leverancier die vond dat we te traag betalen, gemiddeld 34 dagen
B: Wettelijk is 30, daar moeten we aan werken
C: Vooral door de goedkeuring bij de budgethouders
B: Ik maak er een punt van in het MT
D: Zijn de declaraties van de raadsleden al betaald?
A: Gisteren
""",
    ),
    Chat(
        "Spookfactuur Lont",
        "bedrijfsvoering",
        "2024-06-04 10:45",
        ["Bert Lanting", "Sabine Koster"],
        """
A: Sabine, als CISO even een heads-up: we zijn opgelicht met een gewijzigd rekeningnummer {5}
B: Hoe kwam die mail binnen? {5}
A: Van een adres dat op dat van Lont leek, met een l in plaats van een i {5}
B: Klassieke spoofing. Is er op een link geklikt? {5}
A: Volgens mij niet, alleen de pdf geopend {5}
B: Stuur me de mail als bijlage, dan laat ik hem analyseren {5}
A: Doe ik {5}
~
B: Analyse: de mailbox van Lont zelf is gehackt, de oplichters lazen mee {5}
A: Dus ze wisten dat er een factuur open stond {5}
B: Precies. Ik bel Lont, die moeten het ook bij de AP melden {5}
A: Hoeft dat bij ons ook? {5}
B: Nee, bij ons zijn geen persoonsgegevens gelekt, wel een beveiligingsincident in het register {5}
A: PHOTO "LET OP BIJ WIJZIGING BANKGEGEVENS ALTIJD TERUGBELLEN" {5}
A: Sticker voor alle schermen bij crediteuren {5}
B: Goed idee {5}
~
A: Lont heeft ons gebeld, ze schamen zich, er zijn meer klanten opgelicht {5}
B: Melden ze het bij de AP? {5}
A: Ja, vandaag {5}
B: Wij moeten ook checken of er nog andere mails van dat adres zijn binnengekomen {5}
A: Ik laat de mailserver doorzoeken {5}
~
B: Zoekactie: nog twee mails van het valse adres, aan twee andere collega's, niet op gereageerd {5}
A: Gelukkig {5}
B: Ik heb het domein geblokkeerd {5}
A: Top. Heb je nog tijd voor de bespreking van de nieuwe laptops?
B: Vrijdag
""",
    ),
    Chat(
        "Aangifte fraude crediteuren",
        "bedrijfsvoering",
        "2024-06-03 15:30",
        ["Ilse Mulder", "Bert Lanting"],
        """
A: Aangifte gedaan, agent zei dat ze dit vaker zien bij gemeenten {5}
B: Hebben ze een zaaknummer gegeven? {5}
A: Ja, staat op het formulier, ik scan het in {5}
B: Kunnen ze de ontvangende rekening traceren? {5}
A: Een geldezel in Rotterdam, zeggen ze {5}
B: Dus geld terug? {5}
A: Alleen wat er nog op staat {5}
B: AUDIO {5}
A: Ja, ik stuur het pv naar de bank, dat vragen ze voor de terugboeking {5}
""",
    ),
    Chat(
        "Factuur drukkerij",
        "bedrijfsvoering",
        "2024-09-09 09:20",
        ["Joris van Dijk", "Mieke Holtrop"],
        """
B: De drukker belt dat zijn factuur van juni nog open staat
A: Welk nummer?
B: 2024-0612, de folders voor de raadsverkiezing
A: Die lag bij de budgethouder ter goedkeuring, die was met vakantie
B: Kan het deze week?
A: Ik zet hem in de betaalrun van donderdag
B: En er moet een wettelijke rente bij, zegt hij
A: Klopt, 8 dagen te laat, 12 euro
""",
    ),
    Chat(
        "Wijkbeheer Zuid",
        "openbare_ruimte",
        "2024-05-06 07:30",
        ["Harm Jonkman", "Sietske Pol", "Dirk Veenstra", "Manon Bakker"],
        """
A: Morgen mannen en vrouw. Vandaag: veegwagen Berggierslanden, snoeien Reggersweg, speeltoestel Ezinge
B: Ik heb 6 meldingen over ratten in Berggierslanden, rond de Jan Steenstraat {6}
C: Weer? Vorig jaar ook al {6}
B: Ja, maar nu overdag in de tuinen en bij de containers {6}
A: Ik heb dinsdag de plaagdierbeheerder ingepland {6}
D: Wie doet de kolken in Koedijkslanden?
C: Ik, met de zuigwagen
A: Sietske, kun je bij de melders langs om te kijken waar ze vandaan komen? {6}
B: Doe ik vanmiddag {6}
~
B: Bij de ondergrondse container aan de Jan Steenstraat ligt een berg brood {6}
A: Van wie? {6}
B: Een bewoner voert de eenden, elke dag een zak {6}
C: Daar komen ze natuurlijk op af {6}
B: PHOTO "NIET VOEREN GEEN BROOD GEEN RATTEN" {6}
B: Dit bordje hing er al, helpt niks {6}
A: Ik vraag handhaving om met haar te praten {6}
D: Speeltoestel Ezinge is vervangen, het rode klimrek
A: Top
C: Mijn bus maakt een raar geluid, kan iemand even luisteren?
D: Klinkt als de V-snaar
C: Naar de garage dan
~
A: Plaagdierbeheerder geweest: er zit een nest in het riool onder de Jan Steenstraat {6}
B: In het riool? {6}
A: Een kapotte aansluiting, ze lopen van het riool de tuin in {6}
C: Dat moet riolering oplossen {6}
A: Werkorder staat, camera-inspectie donderdag {6}
D: En ondertussen? {6}
A: Klemmen in kastjes bij de containers, geen gif in de openbare ruimte {6}
B: Mooi dat het geen gif is {6}
D: Er liggen trouwens weer scooters op de stoep bij het station {8}
A: Van die nieuwe aanbieder? {8}
D: Ja, drie stuks omgevallen over het fietspad {8}
A: Melden via hun app, daar is het convenant voor {8}
D: Binnen een uur weg, zeggen ze {8}
A: Ik ben benieuwd {8}
~
C: Camera-inspectie gedaan, twee kapotte huisaansluitingen {6}
A: Kosten? {6}
C: Herstel 4.800, gemeentelijk deel {6}
A: Akkoord, uitvoeren {6}
B: Een mevrouw belde net, ze zag er drie tegelijk op haar schutting {6}
A: Nog even volhouden {6}
D: Afvalbakken Wilhelminapark vol, wie heeft de ronde?
B: Ik, na de koffie
~
D: Weer een deelscooter in de Reest {8}
A: In het water? {8}
D: Ja, bij de Kaapbrug, brandweer heeft hem eruit gehaald {8}
C: Wie betaalt dat? {8}
A: De aanbieder, staat in het convenant {8}
D: Ik stuur foto's naar economie {8}
D: PHOTO "VONK SCOOTER MEPPEL MELD SCHADE VIA DE APP" {8}
A: Goed {8}
B: Ratten overlast update: sinds de reparatie nog maar 1 melding {6}
A: Klemmen laten we nog drie weken staan {6}
C: En de eenden-mevrouw? {6}
B: Voert nu in haar eigen tuin, met een voederhuisje {6}
A: Dat is beter dan bij de container {6}
A: Volgende week start de maaironde, iedereen zijn machine checken
C: De bosmaaier van Dirk is kapot
D: Niet kapot, leeg
~
A: Morgen. Planning week 22: maaien bermen, onkruid op de verharding, kolken Haveltermade
C: De onkruidborstel is kapot
A: Huren bij de buurgemeente
B: De bewonerscommissie Berggierslanden wil een schouw, met de ratten erbij {6}
A: Prima, donderdag 10 uur {6}
D: Neem die kaart mee van waar de klemmen staan {6}
B: Doe ik {6}
C: Er staat een auto al drie weken op dezelfde plek bij de Reggersweg, zonder kenteken
A: Handhaving
~
B: Schouw gedaan met de bewoners, ze zijn blij met de reparatie van het riool {6}
A: Nog meldingen? {6}
B: Eén, bij een kippenhok aan de Vermeerstraat, daar komt het voer vandaan {6}
A: Dat is privé, de bewoner moet zelf een bestrijder nemen {6}
B: Heb ik gezegd, met een folder {6}
D: Scooters: vandaag vijf meldingen, allemaal op het gras in het Wilhelminapark {8}
A: Geen vak in de buurt? {8}
D: Nee, het dichtstbijzijnde is bij het station {8}
A: Neem het mee voor de evaluatie {8}
C: Wie heeft mijn koffiebeker gepakt, die met de tractor?
D: Staat in de vaatwasser
~
A: Gladheidsplan voor komende winter moet in september klaar, wie kijkt naar de routes?
C: Ik, met de nieuwe wijk erbij
D: En het zout?
A: Bestelling staat
B: Ik ben volgende week op cursus, Manon neemt de meldingen over
D: Check, ook de ratten? {6}
B: Ja, er komen er weinig meer, het staat in de lijst {6}
~
A: Morgen. Vandaag iedereen naar de Koedijkslanden, de boomspiegels
D: Alle?
A: Zo veel als lukt
C: Er ligt een dode zwaan in de vijver bij de Rembrandtlaan
A: Vogelgriep-protocol, niet aanraken, melden bij de NVWA
C: Gedaan
B: En de speeltuin aan de Dirk Hartogstraat heeft een kapotte schommel
A: Lint eromheen, onderdelen bestellen
D: Ik heb een bewoner aan de lijn die een muis in de schuur heeft, valt dat onder ons?
A: Nee, dat is privé, verwijs naar een ongediertebestrijder
D: Oké
""",
    ),
    Chat(
        "Ratten Jan Steenstraat",
        "openbare_ruimte",
        "2024-05-02 16:20",
        ["Sietske Pol", "Tineke Wolthuis"],
        """
B: Goedemiddag, met Tineke van de Jan Steenstraat. Er lopen ratten door onze tuin, ook overdag {6}
A: Vervelend! Ik heb uw melding gezien {6}
B: De kinderen durven niet meer buiten te spelen {6}
A: We sturen volgende week een bestrijder {6}
B: Volgende week? Het is nu erg {6}
A: Ik probeer het eerder {6}
B: AUDIO {6}
A: Ik hoor het, ik kom morgen zelf kijken {6}
~
A: Ik ben geweest, ik zag de gaten bij uw schuur {6}
B: Ja, en bij de buren ook {6}
A: De bestrijder komt dinsdag, en we gaan het riool bekijken {6}
B: Dank u {6}
~
B: Het is veel minder, maar gisteren zag ik er nog een {6}
A: Die klemmen blijven nog even staan {6}
B: Bedankt voor de snelle hulp {6}
~
B: Mevrouw van nummer 14 vraagt of ze zelf gif mag neerleggen {6}
A: In de eigen tuin wel, maar liever niet, er lopen katten en kinderen {6}
B: Ik zal het zeggen {6}
A: De bestrijder komt nog een keer langs om te kijken {6}
B: Dank u {6}
B: Kunt u ook iets doen aan de losliggende tegels voor ons huis?
A: Ik maak er een melding van
""",
    ),
    Chat(
        "Knaagdieren wijk BGL",
        "veiligheid",
        "2024-05-13 10:10",
        ["Gert-Jan Mulder", "Harm Jonkman"],
        """
B: Kan een boa langs bij de mevrouw die de eenden voert bij de container in BGL? {6}
A: Welk adres? {6}
B: Jan Steenstraat, naast de ondergrondse {6}
A: Op basis van de APV kunnen we haar een waarschuwing geven, voeren is verboden als het overlast geeft {6}
B: Graag eerst een gesprek, ze bedoelt het goed {6}
~
A: Gesprek gehad, ze wist niet dat ze knaagdieren lokte {6}
B: Stopt ze? {6}
A: Ze voert nu alleen nog in haar eigen tuin, met een voederplank {6}
B: Prima, geen boete {6}
A: Andere melding: hondenpoep bij het speelveld aan de Rembrandtlaan
B: Staat op de lijst
""",
    ),
    Chat(
        "Muizen stadskantoor",
        "bedrijfsvoering",
        "2024-11-25 08:50",
        ["Patrick Schaap", "Anouk Dijkstra"],
        """
B: Er liep een muis door de kantine op de tweede
A: Alweer. Ik bel de ongediertebestrijder
B: Er ligt brood in de keukenkastjes, dat helpt niet
A: Mail naar iedereen: geen eten in de kasten
B: PHOTO "GEEN ETEN IN DE KASTEN BEWAREN"
A: Haha, dat werkt vast
~
A: Bestrijder geweest, gaatjes bij de leidingen gedicht
B: Fijn, geen muis meer gezien
~
B: Er zit er toch weer een in het archief in de kelder
A: Dat is erger, daar liggen de bouwdossiers
B: Bestrijder komt morgen weer
A: Laat hem ook de lokalen van de raad checken
""",
    ),
    Chat(
        "VTH toezicht",
        "ruimte",
        "2024-03-04 08:15",
        ["Remco Haverkamp", "Esther Lammers", "Niels Bosch", "Ingeborg Tol"],
        """
A: Morgen allen. Weekstart: 14 omgevingsvergunningen in behandeling, 3 lopen tegen de termijn
B: Welke?
A: De dakopbouw Kerkstraat, de schuur in Broekhuizen en de zendmast aan de Rogatweg {7}
C: Die mast, is dat die van 40 meter? {7}
A: 36 meter, voor drie providers samen, met 5G {7}
D: Buiten de bebouwde kom toch? {7}
A: Net, bij het agrarische bedrijf naast de tennisbaan {7}
C: Het bestemmingsplan staat het toe met een afwijking {7}
B: Er zijn al vragen van bewoners over straling {7}
A: Daarvoor verwijzen we naar de RDI, het Antennebureau {7}
C: Ik pak het welstandsadvies op {7}
B: Andere ding: de GGD heeft het rapport van het Kwetternest gestuurd {9}
D: Hoe was het? {9}
B: Niet goed. Te weinig pedagogisch medewerkers op de groep, verklaringen omtrent gedrag ontbreken van twee invallers {9}
D: Dat laatste is ernstig {9}
B: Ja, VOG's zijn een harde eis {9}
A: Eerst een waarschuwing of meteen een aanwijzing? {9}
B: Bij de VOG's meteen een aanwijzing, bij de BKR een waarschuwing {9}
D: Ik maak de brief, Esther leest mee {9}
~
C: Welstand positief over de mast, kleur grijs-groen {7}
A: Dan kan het ontwerpbesluit de deur uit {7}
B: Ter inzage zes weken? {7}
A: Ja, uniforme procedure {7}
D: Aanwijzing Kwetternest is verstuurd, termijn twee weken {9}
B: De houder belde al, ze schrok ervan {9}
D: Terecht {9}
C: Wie komt er mee naar de brandveiligheidscontrole van de sporthal?
A: Ik
C: 13 uur bij de ingang
D: Ook nog: het zwembad Bosbad vraagt een ontheffing voor het zomerfeest
B: Die route kennen we
~
B: Herinspectie GGD bij het Kwetternest: VOG's zijn er nu, BKR nog steeds niet op orde op de babygroep {9}
A: Hoe vaak? {9}
B: Op drie van de vijf gecontroleerde dagen {9}
D: Dan een last onder dwangsom {9}
B: Hoeveel? {9}
D: 500 per dag dat het niet klopt, maximaal 10.000, conform onze beleidsregels {9}
A: Eerst het voornemen, zienswijze twee weken {9}
B: Doe ik vandaag {9}
C: Zienswijzen op de mast zijn binnen, 27 stuks {7}
A: Veel {7}
C: Meeste over straling, een paar over het uitzicht en de waarde van hun huis {7}
A: Straling is geen weigeringsgrond, de normen zijn landelijk {7}
C: Uitzicht wel meewegen {7}
A: Ja, goed motiveren {7}
~
A: Team, het rooster voor de zomer moet morgen rond
D: Ik wil de laatste twee weken van juli
B: Ik de eerste drie van augustus
C: Ik heb geen voorkeur, ik ga in september
A: Dat komt goed uit
B: Zienswijze Kwetternest: ze hebben een extra kracht aangenomen en het rooster aangepast {9}
D: Dan de last toch opleggen, maar we controleren over een maand {9}
B: Als het klopt, verbeurt er niks {9}
A: Prima {9}
C: Besluit mast: vergunning verleend, met een beplantingsstrook als afscherming {7}
A: En de bezwaartermijn loopt {7}
C: Zes weken, met de mogelijkheid van beroep bij de rechtbank {7}
~
B: Controle Kwetternest in juni: alles op orde, BKR klopt {9}
D: Geen dwangsom verbeurd {9}
B: Zaak kan dicht na de jaarinspectie {9}
A: Mooi werk
C: Er is beroep ingesteld tegen de mast door een bewonersgroep {7}
A: Weet je wie? {7}
C: Stichting Straling Rogat, 14 leden {7}
A: Dan wordt het een zitting na de zomer {7}
D: Wie heeft de koffie op? Het apparaat zegt leeg
B: Ik was het niet
~
A: Morgen. Er staat een klacht over lawaai van de zendmast-bouw in Rogat, ze heien op zaterdag {7}
C: Dat mag niet volgens de vergunning {7}
A: Ik bel de aannemer {7}
B: Er is een nieuwe houder voor de BSO in de Oosterboer, die vraagt om een gesprek
D: Andere locatie dan het Kwetternest?
B: Ja, in de school
D: Oké
C: De sloopvergunning van het oude zwembadgebouw in Nijeveen moet nog getekend worden
A: Ligt bij de teamleider
~
C: Beroep tegen de mast is behandeld, uitspraak in zes weken {7}
A: Hoe ging de zitting? {7}
C: Rechter vroeg vooral naar het uitzicht en de beplanting, niet naar straling {7}
A: Goed teken {7}
D: Ik heb een vraag van een raadslid over handhaving in de kinderopvang in het algemeen
B: Algemene cijfers kan ik geven, geen namen van locaties die nog lopen
D: Zijn er lopende?
B: Nee, alles is afgesloten, ook het Kwetternest {9}
D: Dan noem ik dat als voorbeeld zonder naam {9}
~
A: Uitspraak mast: beroep ongegrond {7}
C: De bewoners gaan in hoger beroep? {7}
A: Dat weten we nog niet {7}
D: Wie gaat er mee naar het VTH-congres in Utrecht?
B: Ik
D: Trein om 7.12
B: Ugh vroeg
~
B: Er is een aanvraag binnen voor een vlaggenmast van 12 meter bij een autobedrijf aan de Blankenstein
C: Vergunningvrij tot 6 meter, dus aanvraag nodig
A: Welstand?
C: Bedrijventerrein, licht regime
A: Dan snel
D: De handhavingsverzoeken over de hennepzolder in Nijeveen lopen nog
B: Ligt bij de politie
D: Wie wil de klacht over de kapsalon met de geluidsinstallatie?
C: Ik
A: Morgen trouwens brandoefening, om 10 uur iedereen naar buiten
B: Weer in de regen zeker
""",
    ),
    Chat(
        "Kwetternest",
        "samenleving",
        "2024-02-26 14:40",
        ["Esther Lammers", "Wilma Drost"],
        """
B: Dag Esther, het GGD-rapport van het KDV aan de Oosterboerweg komt deze week naar jullie toe {9}
A: Dank voor de heads-up. Grote dingen? {9}
B: Twee invalkrachten zonder VOG in het personenregister, en de beroepskracht-kindratio klopte op de babygroep niet {9}
A: Dan gaan we handhaven {9}
B: Begrijpelijk. De houder is ook net overgenomen, dat speelt mee {9}
A: Dat moet in het LRK ook goed staan {9}
B: Klopt, het nieuwe KvK-nummer staat er nog niet in {9}
~
A: Aanwijzing is verstuurd, de houder vroeg om een gesprek {9}
B: Goed teken {9}
A: Ze willen extra invallers via een uitzendbureau {9}
B: Die moeten dan wel gekoppeld zijn {9}
~
B: Herinspectie morgen, onaangekondigd {9}
A: Laat me het resultaat weten {9}
B: Uiteraard {9}
~
B: Herinspectie gedaan. VOG's in orde, maar de bezetting op de babygroep klopte weer niet op dinsdag en donderdag {9}
A: Dan wordt het een last onder dwangsom {9}
B: Dat is aan jullie. Het rapport komt binnen een week {9}
A: Ik zie het tegemoet {9}
~
B: Jaarinspectie in juni was goed, geen tekortkomingen {9}
A: Dan kunnen we het dossier sluiten {9}
B: Fijn. Volgende week begin ik met de gastouders
A: Succes
""",
    ),
    Chat(
        "Dwangsom KDV",
        "bestuur",
        "2024-04-15 11:00",
        ["Niels Bosch", "Roos Verhoef"],
        """
A: Roos, kun jij als jurist naar het besluit last onder dwangsom voor het kinderdagverblijf kijken? {9}
B: Stuur maar {9}
A: Gedaan, het gaat om de bezetting op de babygroep {9}
B: Begunstigingstermijn? {9}
A: Twee weken {9}
B: Dat is kort voor personeel werven, maak er vier van {9}
A: Oké {9}
~
B: Motivering is goed. Noem wel de inspectiedata van de GGD {9}
A: 12 februari en 21 maart {9}
B: Dan teken ik af {9}
A: Dank! {9}
B: Ben je donderdag bij de borrel van de afdeling?
A: Tuurlijk
""",
    ),
    Chat(
        "Gastouderinspecties",
        "samenleving",
        "2024-09-16 09:00",
        ["Esther Lammers", "Wilma Drost"],
        """
B: Overzicht van de GGD-inspecties bij gastouders in Meppel 2024 staat klaar
A: Hoeveel?
B: 31 gastouders gecontroleerd, 4 met een tekortkoming
A: Welke?
B: Vooral de risico-inventarisatie en een verlopen EHBO-diploma
A: Allemaal herstel in gesprek
B: Ja, geen handhaving nodig
~
A: Een gastouder vraagt waarom ze een boete krijgt voor de risico-inventarisatie
B: Geen boete, alleen een herstelopdracht
A: Dan leg ik het haar uit
B: Ze kan me ook bellen
""",
    ),
    Chat(
        "Mast Rogatweg",
        "ruimte",
        "2024-02-12 13:30",
        ["Remco Haverkamp", "Olaf Brandsma"],
        """
B: Remco, Olaf van Mastbouw Noord. Wanneer kunnen we het besluit verwachten voor de antennemast? {7}
A: We zitten in de uniforme procedure, dus na de zienswijzen, juni {7}
B: Dat is laat, de providers willen voor de zomer live {7}
A: Dan had het plan eerder moeten komen {7}
B: Kunnen we een informatiebijeenkomst doen voor de buren? {7}
A: Graag, dat voorkomt veel {7}
~
B: Bijeenkomst in het dorpshuis Rogat, 40 mensen {7}
A: Sfeer? {7}
B: Gespannen. Vooral over straling en de kinderen op de tennisbaan {7}
A: Had het Antennebureau een spreker? {7}
B: Ja, die liet metingen zien van een vergelijkbare mast {7}
B: PHOTO "ANTENNEBUREAU BLOOTSTELLING RUIM ONDER DE LIMIET" {7}
A: Goed dat die er was {7}
~
A: Vergunning verleend {7}
B: Top. Bouwen in september {7}
A: Houd rekening met beroep, er is een bewonersgroep {7}
B: Begrepen {7}
~
B: Remco, we zijn gestart. De buren klagen over het heien {7}
A: Op zaterdag mag het niet, hoor ik {7}
B: Dat was een misverstand met de onderaannemer, het is gestopt {7}
A: Graag alleen doordeweeks tussen 7 en 19 {7}
B: Begrepen. De mast staat er over twee weken {7}
B: PHOTO "BOUWPLAATS ANTENNEMAST ROGATWEG VERBODEN TOEGANG" {7}
A: Dank {7}
""",
    ),
    Chat(
        "Zienswijzen mast",
        "bestuur",
        "2024-05-08 15:00",
        ["Niels Bosch", "Remco Haverkamp"],
        """
A: Reactienota op de 27 zienswijzen is concept {7}
B: Hoe reageren we op de gezondheidsvragen? {7}
A: Verwijzen naar de landelijke normen van de Gezondheidsraad, en aanbieden om na de bouw te meten {7}
B: Goed. En de waardedaling? {7}
A: Dat kan via planschade, dat staat er nu ook in {7}
B: AUDIO {7}
A: Ja, de beplanting zetten we als voorschrift erbij {7}
B: Dan kan het naar de wethouder {7}
""",
    ),
    Chat(
        "Vlaggenmast stadhuis",
        "bedrijfsvoering",
        "2024-04-25 08:00",
        ["Anouk Dijkstra", "Patrick Schaap"],
        """
A: De lijn van de vlaggenmast bij het stadhuis is geknapt
B: Dat is slecht uitgekomen met Koningsdag
A: De hoogwerker kan morgen komen
B: Prima, en meteen de katrol van de tweede mast nakijken
A: Regel ik, kosten rond de 400
B: Goed
~
A: Lijn vervangen, de vlag hangt weer
B: Mooi op tijd
A: De katrol van de tweede mast was ook versleten, meteen gedaan
B: Factuur naar mij
A: Komt eraan
""",
    ),
    Chat(
        "Convenant Vonk",
        "openbare_ruimte",
        "2024-03-27 10:15",
        ["Lisa Kramer", "Bas Hoving", "Jelle Dam"],
        """
A: Concept convenant voor de deel-scooters staat in de map {8}
B: Hoeveel scooters? {8}
A: Maximaal 60 in het eerste half jaar, dan evalueren {8}
C: Alleen parkeren in vakken, 15 vakken in de binnenstad en bij het station {8}
B: En in de wijken? {8}
C: Vrij parkeren, maar niet op de stoep of in het groen {8}
A: Vonk betaalt een vergoeding van 10 euro per scooter per maand {8}
B: Wat als ze zich er niet aan houden? {8}
A: Na drie waarschuwingen mogen we de toestemming intrekken {8}
C: Rijden ze ook op het fietspad? {8}
A: Nee, het zijn snorfietsen, dus op de rijbaan in de bebouwde kom {8}
~
B: Wethouder heeft getekend, start 15 april {8}
C: Vakken worden deze week gemarkeerd {8}
A: Communicatie? {8}
B: Persbericht en een filmpje van de wethouder op een scooter {8}
C: Met helm graag {8}
B: Haha, natuurlijk {8}
A: Heeft iemand de laadpaalrapportage van het eerste kwartaal?
C: Ik stuur hem
~
A: Vonk vraagt of ze ook in Nijeveen mogen {8}
B: Niet in de proef, eerst evalueren {8}
C: Ik laat het ze weten {8}
A: En ze willen reclame op de vakken {8}
B: Nee, dat staat niet in het convenant {8}
C: Dat dacht ik al {8}
A: Heeft iemand de sleutel van het fietsenhok van het stadhuis?
B: Bij de bode
""",
    ),
    Chat(
        "Evaluatie scooterproef",
        "openbare_ruimte",
        "2024-10-14 13:00",
        ["Lisa Kramer", "Jelle Dam", "Bas Hoving"],
        """
A: Evaluatie half jaar: 41.000 ritten, gemiddeld 2,8 km {8}
B: Meldingen? {8}
A: 212, waarvan 160 over verkeerd parkeren {8}
C: En die in de Reest? {8}
A: Drie keer in het water, allemaal op kosten van Vonk verwijderd {8}
B: Wat zegt de raad? {8}
A: De fractie van de VVD wil doorgaan, het CDA heeft vragen over jongeren zonder rijbewijs {8}
C: Die moeten 16 zijn met een AM-rijbewijs, dat controleert de app {8}
B: Voorstel? {8}
A: Doorgaan, maar meer vakken en een boete voor de gebruiker bij fout parkeren {8}
~
B: College akkoord met verlenging tot eind 2025 {8}
A: Vonk ook? {8}
B: Ja, met 80 scooters {8}
C: Dan 10 vakken erbij, in Oosterboer en bij het ziekenhuis {8}
A: Ik teken de plekken in {8}
C: En de kerstlunch, gaan we weer naar het Wapen van Meppel?
B: Ja!
~
B: De raadsvragen van GroenLinks zijn verwerkt in de evaluatie {8}
A: Ook de accu's? {8}
C: Ja, bakfiets, elektrisch {8}
A: En de ongevallen? {8}
C: Twee lichte ongevallen gemeld bij de politie, geen met letsel {8}
B: Zet dat er eerlijk in {8}
A: Staat erin {8}
""",
    ),
    Chat(
        "Scootmobielen Wmo",
        "samenleving",
        "2024-07-08 09:40",
        ["Ans Wieringa", "Joyce Brouwer"],
        """
A: Drie klachten over de onderhoudsfirma van de scootmobielen
B: Wat is het probleem?
A: Reparaties duren twee weken, mensen zitten thuis
B: Dat staat niet in het contract, max 3 werkdagen
A: Ik bel de accountmanager
B: En zorg voor een vervangende scooter
A: Doe ik
~
A: Accountmanager belde terug, ze hebben een monteur tekort
B: Dat is hun probleem, niet van onze inwoners
A: Ze zetten er een extra monteur uit Zwolle op
B: En de vervangende scootmobielen?
A: Twee geleverd, de derde morgen
B: Goed, hou het bij voor het contractoverleg
""",
    ),
    Chat(
        "Wolf Rogat",
        "veiligheid",
        "2024-10-29 07:40",
        ["Marieke Vos", "Hennie Schuurman"],
        """
B: Morgen, Hennie van de schapen aan de Rogatweg. Ik wil weten of de gemeente iets doet {10}
A: Goedemorgen Hennie, wat erg van uw dieren. We zijn ermee bezig {10}
B: Vier ooien dood, twee gewond. Dit was geen hond {10}
A: BIJ12 heeft DNA afgenomen, we krijgen de uitslag over twee weken {10}
B: En tot die tijd? {10}
A: Ik stuur u de informatie over een raster, de provincie vergoedt dat {10}
B: PHOTO "WOLFWEREND RASTER 1.20 M STROOM 5000 VOLT" {10}
B: Zo'n raster? Dat is duur {10}
A: De subsidie dekt het grootste deel {10}
~
A: Uitslag DNA: het was een wolf, een mannetje uit de Duitse roedel {10}
B: Dat dacht ik al {10}
A: De tegemoetkoming voor uw schapen loopt via BIJ12, zij nemen contact op {10}
B: Bedankt. Komt er een avond voor de buurt? {10}
A: Ja, 21 november in het dorpshuis, u krijgt een uitnodiging {10}
~
B: Vannacht weer onrust, de schapen stonden allemaal in de hoek {10}
A: Hebt u iets gezien? {10}
B: Sporen in de modder, grote pootafdrukken {10}
A: Stuurt u een foto? Dan geef ik het door {10}
B: PHOTO "SPOOR GEMETEN 11 CM" {10}
A: Doorgestuurd naar BIJ12 {10}
B: Het raster staat inmiddels, de helft betaald door de provincie {10}
A: Goed dat het zo snel ging {10}
""",
    ),
    Chat(
        "Info-avond wolf 21-11",
        "bestuur",
        "2024-11-12 11:30",
        ["Marieke Vos", "Gijs Aalders", "Nienke Postma"],
        """
A: Programma voor de avond staat: burgemeester, provincie, BIJ12 en een schapenhouder {10}
B: Zaal? {10}
A: Dorpshuis Rogat, 120 stoelen {10}
C: Aanmeldingen zijn er al 140 {10}
B: Dan een tweede ruimte met een scherm {10}
C: Of verhuizen naar de Ontmoetingskerk {10}
A: Goed idee, ik bel ze {10}
B: Welke vragen verwachten we? {10}
C: Of het veilig is voor kinderen en honden, en of hij geschoten mag worden {10}
B: Dat laatste gaat de provincie over, niet wij, dat moet de burgemeester duidelijk zeggen {10}
~
C: Avond was druk, 190 mensen, stevige discussie {10}
A: Boos? {10}
C: Vooral boze schapenhouders, maar het bleef netjes {10}
B: Toezeggingen? {10}
C: Een pagina op onze website met alle informatie en een mailadres, en een vervolgavond in het voorjaar {10}
A: AUDIO {10}
B: Ja, dat deel over de jagers zetten we niet in het verslag {10}
C: Verslag gaat morgen naar de provincie {10}
A: Wie brengt trouwens de beamer terug naar het stadhuis?
B: Ik
""",
    ),
    Chat(
        "Riolering Hoogeveenseweg",
        "openbare_ruimte",
        "2024-08-19 07:00",
        ["Dirk Veenstra", "Harm Jonkman"],
        """
A: De aannemer De Wolf begint maandag met de riolering aan de Hoogeveenseweg
B: Omleiding?
A: Via de Blankensteinweg, de borden staan vrijdag
B: Heeft De Wolf de KLIC-melding gedaan?
A: Ja, en de bewonersbrief is verstuurd
~
A: Wolf heeft een waterleiding geraakt, er staat een straat blank
B: Waterbedrijf gebeld?
A: Zijn er al, over een uur dicht
B: Schade op kosten van de aannemer
""",
    ),
    Chat(
        "PO burgemeester",
        "bestuur",
        "2024-10-09 16:30",
        ["Eveline Roos", "Ruud Hoekstra", "Marieke Vos", "Tom Veldkamp"],
        """
A: Agenda portefeuilleoverleg burgemeester donderdag: 1. jaarwisseling, 2. evenementen 2025, 3. actuele zaken
B: Bij actueel wil ik de inbraken in Oosterboer en De Loods {1,2}
A: Genoteerd {1,2}
D: En de aanvraag van de raad om een werkbezoek aan de brandweer?
A: Staat onder 3
C: Ik maak voor de inbraken een A4 met cijfers en de aanpak {1}
B: Prima, en voor De Loods het memo van Fatima {2}
D: De burgemeester wil ook iets weten over de wolf, ze is gebeld door de Meppeler Courant {10}
C: Ik zet er een alinea over in {10}
~
A: Korte terugkoppeling PO {1,2,10}
A: Jaarwisseling: zelfde aanpak als vorig jaar, vuurwerkvrije zones blijven
A: Inbraken: burgemeester steunt de extra rondes en de deurcheck, wil wekelijks de cijfers {1}
A: De Loods: dicht tot het gesprek met politie en Welzijn, daarna beslist zij over heropening {2}
A: Wolf: zij wil een informatieavond, samen met de provincie {10}
B: Snel werk {10}
C: Ik ga de avond voorbereiden {10}
D: En de brandweer?
A: Werkbezoek in januari
~
D: Morgen is de burgemeester bij de opening van de Ontmoetingstuin, wie maakt de speech?
A: Communicatie heeft een concept
D: Kan ik het lezen?
A: Staat in de map Speeches
C: Cijfers inbraken deze week: 1 poging, geen geslaagde inbraak {1}
B: Eindelijk {1}
A: Ik zet het in de weekbrief voor de burgemeester {1}
~
A: Agenda PO 6 november: 1. heropening De Loods, 2. informatieavond wolf, 3. Sinterklaas {2,10}
B: Bij 1 ook de camera en de ouderavond {2}
C: Bij 2 de vraag of de burgemeester zelf opent {10}
D: Lijkt me wel, ze is gebeld door de schapenhouders {10}
A: Oké {10}
D: Sint intocht gaat via de Prinsengracht dit jaar, wegwerkzaamheden aan de Hoofdstraat
B: Dat wordt krap met de boot
D: De pieten gaan lopen
~
A: Verslag PO: De Loods goed gestart, 24 jongeren, geen incidenten {2}
A: Wolf: burgemeester opent de avond, provincie legt uit wat mag en wat niet {10}
A: Burgemeester vroeg ook naar de betaling aan de oplichters in juni, of dat helemaal is afgerond {5}
C: Volgens Bert wel, de verzekeraar heeft betaald {5}
B: Ik vraag het memo op {5}
D: Kunnen we volgende keer om 16 uur beginnen? Ik heb om 15 uur een zitting
A: Ik kijk of het past
~
A: Agenda PO 20 november: 1. begroting veiligheid 2025, 2. camera binnenstad, 3. informatieavond wolf, 4. nazorg inbraken {1,10}
D: Bij 4: de bewoners van Oosterboer willen een bedankavond voor de buurtpreventie {1}
B: Mooi gebaar {1}
C: Ik regel het met Henk van de buurt-app {1}
A: Bij 3: de provincie komt met twee mensen {10}
B: Wie neemt de vragen op van de zaal? {10}
C: Nienke en ik {10}
D: Cameratoezicht binnenstad: de evaluatie is positief, verlengen met twee jaar
B: Zet het in het raadsvoorstel
~
A: Burgemeester vroeg om een lijst met alle actuele dossiers voor haar vakantie
B: Komt er vandaag
D: Staan de schapen erop? {10}
A: Ja, en De Loods, en de scooterproef {2,8,10}
C: Die laatste is toch van de wethouder? {8}
A: Ze wil het weten omdat er overlast is, voor de APV {8}
D: Kan ik na de vakantie een gesprek met haar over het budget jeugdboa's?
A: Zet ik in de agenda
B: Goed, dan sluiten we af
""",
    ),
    Chat(
        "Persdesk",
        "bestuur",
        "2024-04-15 08:00",
        ["Nienke Postma", "Gijs Aalders", "Lotte Haverkort", "Sander Wind"],
        """
A: Goedemorgen persdesk. Vandaag: lintje aan de voorzitter van de harmonie, de begroting, en vragen van RTV Drenthe over de markt {4}
B: Wat willen ze weten over de markt? {4}
A: Of het klopt dat er kooplieden weg moeten van de donderdagmarkt {4}
C: Klopt, acht dagplaatsen uitgeloot, allemaal een alternatief aangeboden op zaterdag {4}
B: Zeg dat er meer ruimte is voor de brandweer, dat is het verhaal {4}
A: Goed, ik stuur het antwoord voor 12 uur {4}
D: Het persbericht over de lintjes is klaar
B: Ik lees mee
C: Kleine typo in de derde alinea, Koninlijke
D: Aangepast
~
A: Vandaag start de proef met de deelscooters, om 11 uur de fotomoment met de wethouder {8}
D: Ik sta er met de camera {8}
B: Helm, zei Jelle {8}
D: Haha {8}
C: De Courant vraagt of jongeren van 16 erop mogen {8}
A: Met een AM-rijbewijs wel, de app checkt het {8}
C: Ik mail ze {8}
B: Wie doet het weekend de webcare?
C: Ik
~
D: Facebook loopt vol over de scooters, mensen vinden ze lelijk en ze staan overal {8}
A: Hoeveel reacties? {8}
D: 320, half positief half negatief {8}
B: Reageren met de meldlink en het convenant {8}
D: Doe ik {8}
C: Andere vraag: wie maakt de nieuwsbrief van juni?
A: Lotte
C: Dat ben ik, dus ja
~
A: Vraag van Omroep Meppel: klopt het dat de gemeente is opgelicht voor bijna 50.000 euro? {5}
B: Hoe weten ze dat? {5}
A: Uit de raadsinformatiebrief van vorige week {5}
C: Dan gewoon bevestigen, met wat we gedaan hebben: aangifte, geld grotendeels terug, extra controles {5}
B: En niet de naam van de leverancier {5}
A: Natuurlijk niet {5}
D: Ik zag dat ook het Dagblad van het Noorden het oppakt {5}
A: Zelfde antwoord {5}
~
D: Aankondiging zomerfestival staat online
A: Mooi
B: De raad heeft vragen gesteld over de mast in Rogat, beantwoorden wij die of VTH? {7}
C: VTH schrijft, wij lezen mee {7}
B: Oké {7}
A: Ik ben er volgende week niet, Sander neemt het over
D: Check
~
A: Vragen van de Courant over de rattenplaag in Berggierslanden {6}
B: Is het een plaag? {6}
C: Nee, twaalf meldingen, het riool is gerepareerd en het is bijna voorbij {6}
A: Noem het woord plaag niet {6}
B: En zeg dat mensen geen brood moeten strooien {6}
A: Check {6}
D: De foto van de wethouder bij de schoolopening staat online
C: Mooi
~
A: Vraag van RTV Drenthe: klopt het dat er bij het Kwetternst een dwangsom is opgelegd? {9}
B: Wat zeggen we? {9}
C: Dat de GGD tekortkomingen vond en dat we handhaven, de details staan in het openbare inspectierapport {9}
A: Namen van medewerkers noemen we niet {9}
B: Vanzelfsprekend {9}
D: Er staat een interview met de burgemeester in de Courant van zaterdag
A: Over?
D: Haar eerste jaar
C: Leuk, knip het uit voor het archief
~
B: Het wolvenverhaal gaat landelijk, NOS heeft gebeld {10}
A: Wat willen ze? {10}
B: Een beeld van de schapenhouder en iemand van de gemeente {10}
C: De burgemeester doet het, niet een ambtenaar {10}
B: Afspraak morgen 10 uur in Rogat {10}
D: Ik ga mee met de camera {10}
A: En verwijs naar de pagina met de informatie op de website {10}
B: Staat al in het script {10}
C: Wie wil er koffie van de nieuwe machine? Hij maakt nu ook cappuccino
D: Ik!
A: Ik ook
~
A: Webcare: iemand vraagt waarom er zoveel scooters bij de Hema staan {8}
C: Het vak wordt verplaatst, staat op de site {8}
A: Check {8}
D: De krant vraagt nog een reactie op het nieuwe parkeerbeleid
B: Verwijs naar het raadsvoorstel
C: Ik ga om 16 uur weg, de kinderen hebben een voorstelling
A: Veel plezier
B: Vergeet de persconferentie van de veiligheidsregio morgen niet
A: 9 uur, stadhuis
""",
    ),
    Chat(
        "MT Samenleving",
        "samenleving",
        "2024-10-16 08:00",
        ["Hilde Brouwer", "Arjan Smeenk", "Carla Meester", "Fatima El Amrani"],
        """
A: Goedemorgen MT. Agenda vandaag: 1. begroting 2025, 2. ziekteverzuim, 3. mededelingen
B: Bij 1 de taakstelling van 300.000 op het sociaal domein
A: Ja, daar gaan we het vooral over hebben
C: Moet ik de lijst met subsidies meenemen?
A: Graag, met de meerjarige en de eenmalige apart
D: Bij mededelingen wil ik kort iets zeggen over het jongerencentrum {2}
A: Over de Loods? {2}
D: Ja, het centrum is dicht sinds het incident van zaterdag {2}
B: Is het structureel? {2}
D: Nee, tijdelijk, we praten volgende week met de politie {2}
A: Zet het onder 3 {2}
C: Ik heb ook nog de stand van de verduurzamingsregeling sport
A: Ook onder 3
~
A: Verslag MT
A: 1. Taakstelling: voorstel om de minimaregelingen te ontzien, bezuinigen op inhuur
A: 2. Verzuim 6,8%, te hoog, gesprekken met de teamleiders
A: 3. De Loods: dicht tot de afspraken rond zijn, geld voor een camera wordt vrijgemaakt {2}
A: 3. Sport: regeling uitgeput, MHC en tennis de grootste, MHC net verhoogd voor een meterkast {3}
B: Wat was dat, 29.000? {3}
C: 29.020 {3}
B: Scherp {3}
D: Kunnen we de jongerenwerkers een extra training de-escalatie geven? {2}
A: Uit het opleidingsbudget, ja {2}
B: Ik heb om 11 uur een gesprek met de directeur van de GGD
A: Waarover?
B: De nieuwe afspraken voor de jeugdgezondheidszorg, en de inspecties kinderopvang {9}
C: Moet het Kwetternest daarbij? {9}
B: Als voorbeeld van hoe snel de GGD ons het rapport stuurde, dat ging goed {9}
A: Prima
~
A: Nieuwe datum heidag: 14 januari, in het Drents Museum?
B: Te ver, liever hier in de buurt
C: De Schaapskooi in Havelte?
A: Goed idee
D: Update Loods: heropening 4 november, met de voorwaarden uit het gesprek {2}
A: Welke? {2}
D: Twee begeleiders, dicht om 22 uur, camera, twee jongeren drie maanden niet welkom {2}
B: Ouders geïnformeerd? {2}
D: Brief via het jongerenwerk {2}
A: Goed werk
C: Nog iets: de verantwoording van de sportsubsidies 2023 is binnen, alles op tijd
A: Mooi
~
A: Begroting gaat 6 november naar de raad
B: De oppositie wil een amendement op de bibliotheek
A: Daar hebben wij geen invloed op
C: Ik ben vanmiddag weg, begrafenis van een oud-collega
A: Sterkte
D: Dank voor de steun bij De Loods, het was een pittige maand {2}
A: Jullie hebben het heel goed gedaan {2}
""",
    ),
    Chat(
        "Boa's centrum en wijken",
        "veiligheid",
        "2024-05-20 07:45",
        ["Gert-Jan Mulder", "Kevin de Haan", "Sandra Lok", "Mehmet Yilmaz"],
        """
A: Goedemorgen boa's. Vandaag: fietsen station, hondenpoep Wilhelminapark, scooters binnenstad {8}
B: Die deel scooters, mogen wij daar iets mee? {8}
A: Melden via de app van Vonk, niet zelf wegslepen {8}
C: En als ze op de blindengeleidelijn staan? {8}
A: Dan mag je hem opzij zetten, foto maken {8}
D: Ik zag gisteren twee jongens met z'n tweeën op één scooter {8}
A: Dat is voor de politie, verkeer {8}
B: Vanavond voetbal, wie staat er bij de kroegen?
C: Ik en Mehmet
D: Yes
~
A: Vraag van wijkbeheer: kunnen we bij de Jan Steenstraat kijken wie er voert? {6}
C: Die mevrouw van de eenden? {6}
A: Ja, eerst een praatje, geen bon {6}
C: Ik ga er om 11 uur langs {6}
B: De parkeerautomaat bij de Zuideinde is kapot
A: Melden bij parkeren
~
C: Mevrouw gesproken, ze was aardig, ze stopt bij de container {6}
A: Top {6}
D: Scooters vandaag: 7 opzij gezet, 2 in het groen {8}
A: Noteren in het overzicht voor de evaluatie {8}
B: Kunnen we het niet per week bijhouden? {8}
A: Goed plan, ik maak een lijst {8}
C: PHOTO "HONDEN AANGELIJND IN HET PARK"
C: Dit bord is weggehaald, nieuwe bestellen
A: Doe ik
~
A: Nieuw rooster zomer: extra avonden bij het Reestdal vanwege de zwemmers
B: En de avonden in Oosterboer?
A: Die zijn pas in het najaar, als het donker vroeg valt
D: Vorig jaar had je daar ook inbraken
A: Klopt, maar nu niet
B: Wie heeft de bodycam laten liggen in de bus?
D: Sorry, ik
B: Opladen graag
~
A: Scooters: aantal meldingen per week daalt, 12 deze week {8}
D: De nieuwe vakken helpen {8}
C: Alleen bij de Hema blijft het mis {8}
A: Die gaan ze verplaatsen {8}
B: Vrijdag teamuitje, we gaan suppen
C: In de Reest? Met die scooters?
D: Haha
""",
    ),
    Chat(
        "Griffie en raadsvragen",
        "bestuur",
        "2024-05-27 09:00",
        ["Anja Kuiper", "Eveline Roos", "Niels Bosch", "Lisa Kramer"],
        """
A: Overzicht openstaande raadsvragen: 9, drie over de termijn
B: Welke?
A: De bomen aan de Kerkweg, de mast in Rogat en de markt {4,7}
C: De mast ligt bij mij, antwoord morgen {7}
D: De markt ligt bij mij, ik wacht op de bezwaarcommissie {4}
A: Mag je niet op wachten, de raad wil antwoord binnen 30 dagen {4}
D: Dan antwoord ik over het proces en laat ik de bezwaren weg {4}
A: Goed
B: Bomen Kerkweg?
A: Buitendienst, ik zit erachteraan
~
C: Antwoord mast: vraag 1 over straling, verwijzen naar het Antennebureau {7}
C: Vraag 2 over de locatie, alternatieven onderzocht, dit was de enige met een eigenaar die wilde {7}
C: Vraag 3 over de gezondheid van kinderen op de tennisbaan, zelfde normen overal {7}
B: Zet de metingen erbij {7}
C: Doe ik {7}
D: Antwoord markt: loting conform verordening, notaris aanwezig, alternatief op zaterdag aangeboden {4}
A: Dank jullie
B: Donderdag de raad, wie zit er achter in de zaal voor de wethouder?
D: Ik
A: En het carnavalsoptocht-verslag?
B: Dat is van februari, klaar
~
A: Nieuwe vragen van de fractie van GroenLinks over de deelscooters {8}
D: Waarover? {8}
A: Of ze milieuvriendelijk zijn en waar de accu's worden gewisseld {8}
D: Vonk wisselt ze met een bakfiets, elektrisch {8}
A: Schrijf je het op? {8}
D: Ja {8}
C: De raadsvergadering van juni begint een uur eerder, vanwege de voorjaarsnota
A: Staat in de agenda
B: En de fractie van de SGP wil een gesprek over de zondagsrust
A: Via de burgemeester
""",
    ),
)
