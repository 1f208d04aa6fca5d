"""The SIXTEENTH BLIND relevance set (issue 17, written before Woo round 17).

Written as a Woo officer would, before any tuning of round 17, without reading the search code,
the analysis of earlier misses or the texts of the other sets; measured once on main a434c1a plus
this set, then not changed. Same syntax as blind.py: `{n}` after a line marks the requests it is
relevant to, `~` starts the next day, `PHOTO "text"` is a photo with painted text, `AUDIO` a voice
note. Generated filler is relevant to nothing. Names, places, firms and numbers are made up.

Unlike the earlier sets, chats have the sizes of real ones (`messages`): most are 10 to 80
messages, a few team chats run to 150-400 messages in which a subject comes and goes; and a chat
goes on weeks later (`~ YYYY-MM-DD`), as a running team chat does.

Judging rule (as the earlier sets): a message is relevant when a Woo officer would have to include
it to cover the request, also when it does not repeat the subject ("die van dinsdag is eruit"),
and a voice note or photo in the middle of a relevant exchange is relevant. Many chats name their
subject only through context (a firm's name, an abbreviation, "de onderdoorgang", "de platen");
follow-up chats never repeat it; and some chats share words with a request without being relevant
to it (a swimming pool's pumps, another tender, a historic windmill, dumped asbestos elsewhere, a
stuck lift in the town hall, a lost laptop).
"""

from .build import Chat, Request

REQUESTS = (
    Request(
        1,
        "Alle communicatie over de wateroverlast in de fietstunnel Hesselingen na de wolkbreuk "
        "van 14 juli 2025 tot en met september 2025: de afsluiting van de tunnel, het uitvallen "
        "van de pompen, het contact met het waterschap en met Pompservice Drenthe, en de "
        "maatregelen om herhaling te voorkomen.",
        ("fietstunnel wateroverlast", "tunnel pompen storing", "fietstunnel hesselingen"),
    ),
    Request(
        2,
        "Alle documenten en berichten over de aanbesteding van de nieuwbouw van integraal "
        "kindcentrum De Sprong in Koedijkslanden (januari tot en met juni 2025): de selectie, de "
        "inschrijvingen, de gunning, en de klacht en het kort geding van Bouwcombinatie Van der "
        "Veen-Staal.",
        ("aanbesteding nieuwbouw kindcentrum", "gunning de sprong", "kort geding aanbesteding"),
    ),
    Request(
        3,
        "Alle communicatie tussen de gemeente en Stichting Sluisrock en intern over de "
        "evenementenvergunning voor het festival Sluisrock in het Wilhelminapark (augustus 2025), "
        "inclusief de geluidsnormen, de klachten van omwonenden en de adviezen van politie en "
        "brandweer.",
        ("sluisrock", "evenementenvergunning festival", "geluidsoverlast festival omwonenden"),
    ),
    Request(
        4,
        "Alle berichten over klachten over de levering, het onderhoud en storingen van "
        "trapliften die de gemeente in het kader van de Wmo verstrekt, geleverd door Liftgemak "
        "BV (2025), inclusief het overleg over het contract met de leverancier.",
        ("traplift", "trapliften wmo klachten", "liftgemak"),
    ),
    Request(
        5,
        "Alle communicatie over de subsidieaanvraag van Meppeler Hockey Club De Wieden (MHC De "
        "Wieden) voor een nieuw kunstgrasveld (2025): de aanvraag, de beoordeling, de "
        "garantstelling voor de lening en de beschikking.",
        ("subsidie hockeyclub kunstgrasveld", "mhc de wieden", "garantstelling lening hockey"),
    ),
    Request(
        6,
        "Alle communicatie over het plan voor windturbines bij Nijeveen (Windpark Nijeveen-Oost, "
        "2025): het overleg met initiatiefnemer Energiecoöperatie Nijeveen Duurzaam, de "
        "bewonersavonden, de zienswijzen en de onderzoeken naar slagschaduw en geluid.",
        ("windturbines nijeveen", "windpark", "slagschaduw"),
    ),
    Request(
        7,
        "Alle berichten over de asbesthoudende dakplaten die bij de storm van 2 maart 2025 van "
        "het dak van een schuur aan de Hoogeveenseweg waaiden en in de wijk Haveltermade "
        "terechtkwamen: de afzetting, de opruiming door de saneerder, het contact met de RUD "
        "Drenthe, de informatie aan bewoners en het verhaal van de kosten op de eigenaar.",
        ("asbest storm", "asbestdak schuur", "asbest opruimen haveltermade"),
    ),
    Request(
        8,
        "Alle communicatie over de nieuwe verdeling van de standplaatsen op de weekmarkt "
        "(donderdagmarkt) in 2025: het nieuwe marktplan, de loting, de bezwaren van "
        "marktkooplieden en het overleg met de marktcommissie.",
        ("standplaatsen weekmarkt", "loting markt", "marktkooplieden bezwaar"),
    ),
    Request(
        9,
        "Alle communicatie over de nachtopvang voor dak- en thuislozen in het voormalige "
        "kantoorpand aan het Zuideinde (winter 2024-2025): de motie van de raad, het overleg met "
        "Stichting De Herberg Zuidwest, de winterkouderegeling en de klachten van omwonenden.",
        ("nachtopvang daklozen", "opvang dak- en thuislozen", "motie opvang"),
    ),
    Request(
        10,
        "Alle communicatie over het datalek van mei 2025, waarbij een e-mail aan deelnemers van "
        "de schuldhulpverlening met zichtbare e-mailadressen werd verstuurd: de melding aan de "
        "Autoriteit Persoonsgegevens, de rol van de functionaris gegevensbescherming en de "
        "berichten aan de betrokkenen.",
        ("datalek", "melding autoriteit persoonsgegevens", "e-mailadressen zichtbaar"),
    ),
    Request(
        11,
        "Alle communicatie met en over aannemer Tijhuis Infra BV over de reconstructie van de "
        "Blankensteinweg (2025): het geschil over meerwerk en vertraging, de korting wegens "
        "vertraging, de afsluiting van de weg, de omleidingen en de klachten van ondernemers.",
        ("blankensteinweg", "meerwerk aannemer tijhuis", "wegafsluiting omleiding"),
    ),
)

CHATS = (
    # --- Request 1: the flooded cycle tunnel ---
    Chat(
        "Tunnel Hesselingen",
        "openbare_ruimte",
        "2025-07-14 16:40",
        ["Henk Mulder", "Sandra Ottens", "Kees Brinkman"],
        """
A: Fietstunnel Hesselingen staat vol water, melding van de politie net binnen {1}
B: Hoe diep? {1}
A: Halve meter op het laagste punt, fietsers rijden er gewoon doorheen 🙈 {1}
C: Pompen draaien niet, ik krijg geen signaal van de put {1}
A: Ik laat hem afzetten met hekken, aan beide kanten {1}
B: Omleiding via de Industrieweg? {1}
A: Ja, borden komen van de werf {1}
A: PHOTO "FIETSTUNNEL GESLOTEN WATEROVERLAST VOLG OMLEIDING" {1}
C: Storingsdienst van Pompservice Drenthe is onderweg, uurtje {1}
C: AUDIO {1}
C: Beide pompen in storing, vlotter zit vast en de tweede slaat af op de thermische beveiliging {1}
A: Kunnen we een noodpomp huren? {1}
C: Brandweer heeft er een gezet, ze pompen over naar de sloot {1}
B: Ik zie op fb al een filmpje van een scooter die erin vastloopt {1}
A: Top. Niet dus. {1}
~
A: Stand vanochtend? {1}
C: Droog, wel een laag slib. Veegwagen is besteld {1}
B: Mag hij weer open? {1}
A: Als de veegwagen klaar is, rond 10 uur {1}
B: Ik zet het op de wijkapp {1}
~ 2025-07-17
C: Monteur zegt: besturingskast was ook nat geworden, vocht in de kast {1}
A: Hoe kan dat nou, die staat toch hoog? {1}
C: Deksel van de kast was niet goed dicht na het onderhoud in mei {1}
A: Dat wil ik zwart op wit van ze {1}
C: Rapport volgt deze week {1}
B: Laat je het weten als de bewoners iets moeten horen? {1}
""",
        messages=40,
    ),
    Chat(
        "Overleg waterschap",
        "openbare_ruimte",
        "2025-07-17 10:05",
        ["Kees Brinkman", "Harm Dekker"],
        """
A: Harm, nog even over maandag. Die onderdoorgang bij Hesselingen, jullie sloot kon het niet aan {1}
B: Klopt, peil stond al hoog door de bui. Jullie pompten er met 2 pompen plus die van de brandweer in {1}
A: Welke capaciteit kan die watergang hebben? {1}
B: Zonder overlast zo'n 40 m3 per uur, jullie zaten op het dubbele {1}
A: Dan moet de afvoer anders, misschien via de regenwaterriolering van de Eendrachtstraat {1}
B: Dat mag, graag een berekening vooraf {1}
~ 2025-07-24
A: Berekening gestuurd, bergingskelder van 60 m3 onder de berm is optie 2 {1}
B: Optie 2 heeft onze voorkeur, dan wordt de piek afgevlakt {1}
A: Kosten ca €140k, moet naar het college {1}
B: Wij kunnen 25% bijdragen uit de klimaatregeling {1}
A: Mooi, neem ik mee in de nota {1}
~ 2025-08-04
B: Nog iets anders: de stuw bij Ezinge gaat volgende week in onderhoud
A: Prima, dank voor de melding
""",
        messages=22,
    ),
    Chat(
        "Pompservice",
        "bedrijfsvoering",
        "2025-07-22 13:30",
        ["Kees Brinkman", "Anja Veldkamp"],
        """
A: Anja, factuur van Pompservice Drenthe voor de storing van de 14e: €6.800 {1}
B: Valt dat niet onder het onderhoudscontract? {1}
A: Zij zeggen: nee, overmacht door de wolkbreuk. Ik zeg: die kast was niet dicht na hún onderhoud {1}
B: Staat er iets over in het contract, artikel over gebreken na onderhoud? {1}
A: Art 9, garantie 6 mnd op uitgevoerd werk {1}
B: Dan betwisten we de factuur. Ik schrijf een brief {1}
~
A: Ander punt: de alarmmelding kwam niet door omdat de modem nog op 3G zat 🤦 {1}
B: 3G is toch al uitgezet? {1}
A: Ja sinds juni. Niemand had het door {1}
B: Hoeveel van die modems hebben we nog? {1}
A: 11 bij gemalen en pompputten, die van de onderdoorgang had prio 1 {1}
B: Ik vraag een offerte voor 4G-modems, voor alle 11 {1}
~ 2025-08-12
B: Pompservice gaat akkoord, ze crediteren de helft {1}
A: Helft? {1}
B: Beter dan een procedure {1}
A: Goed, akkoord {1}
""",
        messages=26,
    ),
    Chat(
        "Wijkapp Hesselingen",
        "dienstverlening",
        "2025-08-05 18:10",
        ["Sandra Ottens", "Henk Mulder"],
        """
A: Hij staat wéér blank, na die bui van vanmiddag 😩 {1}
B: Hoeveel? {1}
A: Paar cm, fietsers komen er nog door maar mensen zijn het zat {1}
B: Pompen draaien nu wel, het is de afvoer die het niet trekt {1}
A: Wat zeg ik tegen de bewoners? {1}
B: Dat de bergingskelder in het najaar komt en dat er een alarm met sms bij zit {1}
A: 👍 zet ik erop {1}
""",
        messages=12,
    ),
    # --- Request 2: tender for the new school building ---
    Chat(
        "IKC De Sprong aanbesteding",
        "ruimte",
        "2025-01-13 09:00",
        ["Marloes Jansen", "Ruben de Groot", "Fatima El Amrani"],
        """
A: Selectieleidraad voor de nieuwbouw van het kindcentrum staat vanaf vandaag op TenderNed {2}
B: Niet-openbare procedure, max 5 gegadigden {2}
C: Geschiktheidseisen zijn die referentie-eisen nog niet te zwaar? 2 scholen > €5 mln {2}
B: Komt uit de marktverkenning, zat 7 partijen op {2}
A: Sluiting aanmelding 7 februari {2}
~ 2025-02-10
B: 8 aanmeldingen. Allemaal geschikt behalve Bouwbedrijf Roelofs, referentie te oud {2}
A: Dan loten we voor 5 plekken? {2}
B: Nee, ranking op de kwalitatieve vragen, staat in de leidraad {2}
C: Goed, dan de notitie selectiebeslissing opstellen {2}
~ 2025-02-24
B: Gunningsleidraad verstuurd naar de 5. BPKV, 40% prijs 60% kwaliteit {2}
A: Kwaliteit: duurzaamheid, planning, omgevingsmanagement rond de schoolroute {2}
C: Nota van inlichtingen 1 staat open tot 14 maart {2}
B: Al 43 vragen 🙃 {2}
~ 2025-03-27
B: Inschrijvingen geopend. Laagste €7,9 mln, hoogste €9,2 mln {2}
A: En de winnaar op BPKV? {2}
B: Kremer Bouw, €8,4 mln met de hoogste kwaliteitsscore {2}
C: Van der Veen-Staal zit 0,3 punt achter {2}
A: Krap. Motivering moet dan heel zorgvuldig {2}
~ 2025-03-31
C: Voorlopige gunning vandaag verstuurd, standstill tot 20 april {2}
B: En de afwijzingsbrieven met de scores per criterium {2}
C: Ja, allemaal in één keer eruit {2}
""",
        messages=45,
    ),
    Chat(
        "Klacht VdVS",
        "ruimte",
        "2025-04-10 11:20",
        ["Fatima El Amrani", "Ruben de Groot"],
        """
A: Klacht van VdV-S binnen bij het klachtenmeldpunt inkoop {2}
B: Waarover? {2}
A: Dat de beoordelaars bij planning het fasering-plan niet goed gelezen hebben, en dat Kremer een bouwteamrol onterecht als referentie opvoert {2}
B: Die referentie hebben we gecheckt, klopt gewoon {2}
A: Ik laat de commissie het nog een keer lezen, dan een reactie binnen 2 weken {2}
~ 2025-04-22
A: Commissie blijft bij de score. Klacht ongegrond {2}
B: Verlengen we de standstill? {2}
A: Ja, tot 5 mei, anders krijgen we het verwijt dat ze geen tijd hadden {2}
~ 2025-05-06
A: En daar is ie: dagvaarding in kort geding, zitting 22 mei in Assen {2}
B: Ugh. Advocaat? {2}
A: Ik bel Lievense Advocaten, die deden ook de zwembadzaak {2}
B: Kremer moet zich voegen, toch? {2}
A: Ze hebben al gebeld dat ze dat doen {2}
""",
        messages=24,
    ),
    Chat(
        "KG 22 mei",
        "bestuur",
        "2025-05-22 09:15",
        ["Fatima El Amrani", "Wethouder Stegeman", "Marloes Jansen"],
        """
A: Zitting begint zo, rechter is mr. Kuipers {2}
B: Kansen? {2}
A: Goed, maar het puntverschil is klein. Hun punt over de beoordeling is het zwakst {2}
~ 2025-06-05
A: Uitspraak: vorderingen afgewezen! 🎉 {2}
C: Yes. Dan kan de definitieve gunning eruit? {2}
A: Ja, maar wacht de termijn voor hoger beroep af, 2 weken is verstandig {2}
B: Graag een persbericht pas na die 2 weken {2}
~ 2025-06-20
C: Geen hoger beroep ingesteld. Opdracht is ondertekend met Kremer {2}
B: Mooi, dan gaat in september de eerste paal erin {2}
""",
        messages=16,
    ),
    Chat(
        "Kindcentrum planning",
        "samenleving",
        "2025-04-28 14:00",
        ["Marloes Jansen", "Yvonne Hartman"],
        """
A: Yvonne, vraag van de directeur van De Sprong: wanneer start de bouw? {2}
B: Eigenlijk juni, maar er loopt een kort geding van een afgewezen partij {2}
A: Hoe lang vertraagt dat? {2}
B: Als het goed gaat een maand of twee {2}
A: Dan moeten de noodlokalen langer blijven staan
B: Huur loopt tot december, ik vraag verlenging aan
A: En het schoolplein bij de noodlokalen, de tegels liggen los
B: Meld ik bij de buitendienst
~ 2025-05-19
A: De MR vraagt of ze de tekeningen van het nieuwe gebouw mogen zien {2}
B: Het ontwerp wel, de inschrijvingen van de bouwers niet, die zijn vertrouwelijk {2}
A: Helder {2}
""",
        messages=20,
    ),
    # --- Request 3: the festival in the park ---
    Chat(
        "Sluisrock vergunning",
        "veiligheid",
        "2025-05-06 10:00",
        ["Jolanda Post", "Erik Wessels", "Marco Timmer"],
        """
A: Aanvraag evenementenvergunning Sluisrock binnen, 15 en 16 augustus, Wilhelminapark {3}
B: Hoeveel bezoekers? {3}
A: 6.000 per dag, vorig jaar 4.500 {3}
C: Dan wil ik een nieuw veiligheidsplan, met de extra ingang aan de Parklaan {3}
B: Politie wil de risicoscan zien, dit wordt een B-evenement {3}
A: Scan: B. Alcohol, avond, veel jongeren {3}
~ 2025-06-10
C: Brandweeradvies: 4 nooduitgangen van 3,5 m, calamiteitenroute vrijhouden, geen gasflessen in de foodtrucks {3}
B: Politie: camera's bij de uitgang, eindtijd muziek 23:00, einde evenement 23:30 {3}
A: Organisatie wilde tot 00:30 😅 {3}
B: Niet in een woonwijk {3}
A: Ik stel 23:00 in de vergunning {3}
~ 2025-06-24
A: Geluid: 103 dB(A) en 115 dB(C) op de mengtafel, zoals in het evenementenbeleid {3}
C: Metingen door wie? {3}
A: Door de organisatie, wij doen steekproeven met de RUD {3}
~ 2025-07-15
A: Vergunning is eruit 🙂 {3}
B: Draaiboek politie volgt {3}
""",
        messages=30,
    ),
    Chat(
        "Geluid SR25",
        "veiligheid",
        "2025-08-15 21:05",
        ["Jolanda Post", "Bram Nijhuis"],
        """
A: Hoe staat de meter? {3}
B: Op de mengtafel 101 dB(A), maar die bas... dB(C) zit op 118 {3}
A: Boven de norm dus {3}
B: Ja, ik heb de technicus gevraagd om het laag eruit te draaien {3}
A: Al 9 telefoontjes van de Parkweg en de Bergstraat, ramen trillen {3}
A: AUDIO {3}
B: Ging net omlaag naar 113 {3}
A: Blijf je erbij tot het eind? {3}
B: Tot 23:30 {3}
~
B: Vanavond dezelfde dj, ik sta er om 20:00 {3}
A: Als het weer boven de 115 gaat: schriftelijke waarschuwing, staat in de voorschriften {3}
B: Doe ik {3}
~ 2025-08-25
B: Rapport metingen is af, gemiddeld 2-3 dB(C) te hoog vrijdag, zaterdag binnen de norm {3}
A: Dan sturen we de stichting een brief, mee te nemen voor volgend jaar {3}
""",
        messages=28,
    ),
    Chat(
        "Klachtenlijn wk 34",
        "dienstverlening",
        "2025-08-18 08:30",
        ["Wendy Kamphuis", "Tom Lugtenberg", "Ilse Brouwer"],
        """
A: Weekoverzicht klachten: 46, meeste over het groen
B: Losliggende tegels bij de Kerkplein, is gemeld
C: Hondenpoep in het park, weer
A: Vrijdagavond en zaterdag 31 meldingen over het feest in het park {3}
B: Over de muziek? {3}
A: Ja, bas tot in Koedijkslanden, en ook rommel in de tuinen de morgen erna {3}
C: Wie gaat daarover, de vergunningverlener toch? {3}
A: Ja Jolanda, ik stuur ze allemaal door {3}
B: Iemand vroeg of er een schadeloosstelling is voor een kapotte schutting {3}
A: Verwijs ik naar de organisatie, die is aansprakelijk {3}
~
A: Nog 2 nagekomen klachten over vrijdag, zet ik erbij {3}
B: En de klacht over de ijscokar op de markt?
A: Staat erin
""",
        messages=50,
    ),
    Chat(
        "Evaluatie parkfestival",
        "veiligheid",
        "2025-09-02 13:00",
        ["Jolanda Post", "Ronald Smeenk", "Marco Timmer"],
        """
A: Ronald, dank voor jullie evaluatie. Paar punten van onze kant {3}
B: Zeg het maar {3}
A: Geluid vrijdag te hoog, 40 klachten, borg houden we voor de grasschade {3}
B: Grasschade viel toch mee? {3}
C: Bij de hoofdingang is het gazon kapot, opnieuw inzaaien kost €3.200 {3}
B: Dan houden jullie dat van de borg in, akkoord {3}
A: Voor volgend jaar: podium gedraaid, weg van de Parkweg {3}
B: Dat scheelt, ja. En de eindtijd? {3}
A: Blijft 23:00 {3}
C: Nooduitgang 3 was half geblokkeerd door een foodtruck 🚩 {3}
B: Sorry, was de leverancier, wordt aangepast {3}
""",
        messages=22,
    ),
    # --- Request 4: stairlifts (Wmo) ---
    Chat(
        "Trapliften Liftgemak",
        "samenleving",
        "2025-02-03 09:30",
        ["Linda Scholten", "Peter Zwiers", "Gea Mulder"],
        """
A: Overzicht trapliften jan: 23 aanvragen, 9 geplaatst, gemiddeld 14 weken levertijd {4}
B: Contract zegt 6 weken {4}
C: En 5 storingsmeldingen waar de monteur pas na 3 dagen kwam, moet binnen 24 uur {4}
A: Liftgemak zegt dat ze te weinig monteurs hebben {4}
B: Niet ons probleem, tijd voor een formele ingebrekestelling? {4}
A: Eerst een gesprek, dan ingebrekestelling als het niet verbetert {4}
~ 2025-02-19
B: Gesprek Liftgemak gehad. Ze beloven 8 weken levertijd per 1 april en een extra monteur {4}
C: Dat hebben ze in oktober ook beloofd {4}
B: Ik weet het. Nu staat het in een verslag met een boete per week te laat {4}
A: Welke boete? {4}
B: €150 per week per lift, uit art 14 van het contract {4}
~ 2025-03-04
C: Klant in Nijeveen wacht al 19 weken, de dochter belt elke dag {4}
A: Kunnen we tijdelijk een bed beneden regelen? {4}
C: Heb ik aangeboden, wil ze niet {4}
A: Ik escaleer naar de accountmanager {4}
""",
        messages=48,
    ),
    Chat(
        "Melding mevr K",
        "samenleving",
        "2025-03-18 19:40",
        ["Gea Mulder", "Linda Scholten"],
        """
A: Linda, mevr K uit de Reestlaan heeft 2 uur halverwege de trap vastgezeten, stoel deed niks meer {4}
B: 😳 gaat het goed met haar? {4}
A: Buurman hoorde haar roepen, 112 gebeld, brandweer heeft haar eraf getild {4}
B: Was er niet een noodknop? {4}
A: Accu van de noodbediening was leeg. Bij het onderhoud in januari zou hij vervangen worden {4}
B: Dat is echt ernstig. Ik meld het als incident en bel morgen de leverancier {4}
~
B: Monteur is geweest, accu vervangen, rails ook bijgesteld {4}
A: Dochter wil een klacht indienen {4}
B: Terecht. Ik stuur haar het klachtformulier {4}
A: Moeten we de IGJ inlichten? {4}
B: Ik vraag het na bij de jurist {4}
""",
        messages=18,
    ),
    Chat(
        "Hulpmiddelen overleg",
        "samenleving",
        "2025-04-01 10:00",
        ["Peter Zwiers", "Linda Scholten", "Gea Mulder", "Arjan Koster"],
        """
A: Agenda: scootmobielen, rolstoelen, woningaanpassingen, TL
D: Scootmobielen: nieuwe aanbesteding regionaal, gunning in juni
B: Wie zit in de beoordelingscommissie?
D: Ik en iemand uit Westerveld
C: Rolstoelen gaat goed, levertijd 3 weken
A: Woningaanpassingen: 4 badkamers, 1 aanbouw
A: TL: levertijd nu 10 weken, beter maar nog niet de 8 die beloofd is {4}
B: En de boete? {4}
A: Eerste factuur met verrekening gaat eruit, €2.250 {4}
C: Ze reageren al boos per mail 🙄 {4}
A: Laat ze, het staat in het contract {4}
D: Verlengen we met LG per 1 januari? {4}
A: Nee, ik stel voor niet te verlengen en opnieuw aan te besteden {4}
B: Eens, graag een memo naar de wethouder {4}
~
D: Verslag staat in Teams
C: Nog een vraag over de scootmobielpool in De Wolden
D: Die is van hen, niet van ons
""",
        messages=64,
    ),
    Chat(
        "Lift stadhuis",
        "bedrijfsvoering",
        "2025-03-11 08:05",
        ["Ria Bosman", "Jeroen Kuiper"],
        """
A: Lift in het stadhuis staat weer stil tussen de 1e en 2e
B: Iemand in?
A: Nee gelukkig. Monteur van Otis komt om 10 uur
B: Storing aan de deurcontacten denk ik, zelfde als vorige maand
A: Bezoekers met een rolstoel voor de raadszaal moeten via de achteringang
B: Ik hang een briefje op
A: Opgelost, deurcontact vervangen
""",
        messages=14,
    ),
    # --- Request 5: the hockey club's artificial turf ---
    Chat(
        "MHC kunstgras",
        "samenleving",
        "2025-02-17 10:30",
        ["Wouter Hendriks", "Anouk Schipper"],
        """
A: Aanvraag van MHC De Wieden binnen: nieuw waterveld, €640k totaal, vragen €180k subsidie {5}
B: Staat dat in de begroting? {5}
A: Nee, reservering sportvelden is €120k voor heel 2025 {5}
B: Dan komen ze niet verder dan een deel, tenzij de raad extra geeft {5}
A: Ze vragen ook garantstelling voor een lening van €400k {5}
B: Via het Waarborgfonds Sport, gemeente als achtervang? {5}
A: Precies {5}
~ 2025-02-24
A: Ik heb het veld bekeken. Veld 2 is echt op, naden los, speelt als een biljartlaken met gaten {5}
B: En de ledenaantallen? {5}
A: 780 leden, groeiend, vooral jeugd {5}
B: Oké, dan hebben ze een punt {5}
~ 2025-03-04
B: Voorstel: €120k subsidie en achtervang voor de lening, voorwaarde sluitende meerjarenbegroting {5}
A: Die hebben ze gestuurd, ik laat hem checken door Anja {5}
""",
        messages=30,
    ),
    Chat(
        "Waarborgfonds",
        "bedrijfsvoering",
        "2025-03-10 14:20",
        ["Anja Veldkamp", "Anouk Schipper"],
        """
A: Ik heb de meerjarenbegroting van de club bekeken {5}
B: En? {5}
A: Contributie +8% per jaar ingerekend, dat is optimistisch. En geen reservering voor vervanging over 12 jaar {5}
B: Dus risico voor de achtervang {5}
A: Ja. SWS wil 50% borg, wij de andere helft achtervang. Bij faillissement €200k voor ons {5}
B: Wat adviseer je? {5}
A: Alleen met een reservering voor de toplaag in de begroting, €25k per jaar {5}
~ 2025-03-20
B: Club gaat akkoord met die reservering {5}
A: Dan positief advies van mijn kant {5}
B: Dank, ik zet het in het collegevoorstel {5}
""",
        messages=20,
    ),
    Chat(
        "Raadsinfo sport",
        "bestuur",
        "2025-04-14 16:00",
        ["Wethouder Stegeman", "Wouter Hendriks"],
        """
A: Wouter, raadslid Boer vraagt naar de hockeyers. Waarom zij wel en de korfbal niet? {5}
B: Korfbal heeft geen aanvraag gedaan, hun veld is van 2019 {5}
A: Oké. En de €120k, gaat dat ten koste van iets? {5}
B: Van de renovatie van de atletiekbaan, die schuift naar 2026 {5}
A: Dat moet ik dan wel eerlijk zeggen {5}
B: Staat in de raadsinformatiebrief {5}
~ 2025-04-24
A: Beschikking verstuurd? {5}
B: Vandaag. En de achtervangovereenkomst tekent u donderdag {5}
A: Prima {5}
""",
        messages=16,
    ),
    Chat(
        "Kantine vv Oevers",
        "samenleving",
        "2025-05-20 11:00",
        ["Wouter Hendriks", "Anouk Schipper"],
        """
A: vv Oevers vraagt subsidie voor een nieuwe kantine, €90k
B: Accommodatiebeleid zegt: kantines zijn voor de club zelf
A: Ze bedoelen vooral de kleedkamers, die zijn van ons
B: Dan onderhoud via vastgoed, geen subsidie
A: Leg ik zo uit
B: En zeg dat de energiesubsidie voor zonnepanelen nog open staat
""",
        messages=12,
    ),
    # --- Request 6: wind turbines near Nijeveen ---
    Chat(
        "Windpark Nijeveen-Oost",
        "ruimte",
        "2025-01-20 09:00",
        ["Lotte Brouwer", "Sjoerd van Dijk", "Nadia Bakker"],
        """
A: Principeverzoek van Nijeveen Duurzaam binnen voor 4 turbines langs de A32, tiphoogte 200 m {6}
B: Dat is hoger dan het afwegingskader toestaat, daar staat 150 {6}
A: Ze zeggen: anders niet rendabel {6}
C: Hoe zit het met de participatie? {6}
A: 50% lokaal eigendom, de coöperatie heeft al 380 leden {6}
B: Afstand tot woningen? {6}
A: Dichtstbijzijnde boerderij 480 m {6}
B: Dan heb je het over slagschaduw en geluid, dat wordt spannend {6}
~ 2025-02-05
C: Eerste bewonersavond 12 maart in De Schaapskooi {6}
A: Wie presenteert? {6}
C: De coöperatie, wij zijn er voor de procedure {6}
B: Ik maak een plaatje van het proces, projectbesluit of omgevingsplan wijzigen {6}
~ 2025-02-26
A: Onderzoeken: slagschaduw, geluid, natuur, externe veiligheid, landschap {6}
B: Bureau? {6}
A: Pondera, zelfde als bij het park bij Hoogeveen {6}
""",
        messages=36,
    ),
    Chat(
        "Bewonersavond 12/3",
        "ruimte",
        "2025-03-12 19:20",
        ["Nadia Bakker", "Lotte Brouwer"],
        """
A: Zaal zit vol, zeker 200 man {6}
B: Stemming? {6}
A: Gemengd. Achterin een groep met borden 'geen 200 meter reuzen' {6}
A: PHOTO "GEEN 200 METER REUZEN IN ONS POLDERLAND" {6}
B: Vragen tot nu toe? {6}
A: Waardedaling van huizen, slagschaduw in de zomeravond, en of de wieken vogels doden {6}
A: En iemand vroeg of de molens 's nachts stil kunnen {6}
B: Stilstandvoorziening kan, dat zit in de normen {6}
B: AUDIO {6}
A: Wethouder kreeg een applaus toen ze zei dat er niks besloten is 😬 {6}
B: Oef. Goed verslag maken {6}
~
A: Verslag staat op de site. 61 vragen op de formulieren {6}
B: Top, beantwoorden we in een FAQ {6}
""",
        messages=24,
    ),
    Chat(
        "Zienswijzen WNO",
        "ruimte",
        "2025-06-16 10:00",
        ["Sjoerd van Dijk", "Lotte Brouwer"],
        """
A: Termijn WNO gesloten: 212 zienswijzen {6}
B: Pfoe. Thema's? {6}
A: Geluid 140, slagschaduw 120, waardedaling 98, natuur 40, procedure 22 {6}
B: Zitten er identieke tussen? {6}
A: 150 op basis van een standaardbrief van de actiegroep {6}
B: Die beantwoorden we samen, maar elk apart registreren {6}
~ 2025-07-07
A: Nota van beantwoording concept af, 48 blz {6}
B: Slagschaduwparagraaf even naar Pondera voor een check {6}
A: Ze zeggen: max 6 uur per jaar bij de woningen met de stilstandmodule {6}
B: Helder, zo opschrijven {6}
""",
        messages=22,
    ),
    Chat(
        "Molen De Weert",
        "ruimte",
        "2025-04-07 11:00",
        ["Sjoerd van Dijk", "Gerrit Hofman"],
        """
A: De molenaar van De Weert meldt een scheur in de roede
B: Kunnen de wieken nog draaien?
A: Nee, hij is vastgezet met de vang
B: Molenmaker van Nijeveen kan over 3 weken
A: Subsidie monumentenonderhoud aanvragen?
B: Ja, SIM, deadline 1 mei
A: Nationale Molendag gaat hij dan niet draaien 😞
""",
        messages=14,
    ),
    Chat(
        "Zonneveld Nijeveen",
        "ruimte",
        "2025-05-12 09:00",
        ["Lotte Brouwer", "Nadia Bakker"],
        """
A: Aanvraag zonneveld van 12 ha bij de Vledderweg Nijeveen
B: Landschappelijke inpassing?
A: Haag van 2 m en een bloemrijke rand
B: Zienswijzen verwacht?
A: Weinig, het ligt ver van de kern
B: Dan gewoon de normale procedure
""",
        messages=12,
    ),
    # --- Request 7: asbestos roof sheets after the storm ---
    Chat(
        "Storm zondag",
        "openbare_ruimte",
        "2025-03-02 13:10",
        ["Henk Mulder", "Bert Klok", "Sandra Ottens"],
        """
A: Alle ploegen eruit, 23 bomen om, vooral in Ezinge en langs de Reest
B: Eik over de weg bij de Steenwijkerstraatweg, wij zitten erop
C: Melding: in Haveltermade liggen grijze platen in tuinen en op straat, lijkt van een dak te komen {7}
A: Niet aanraken! Kan asbest zijn {7}
C: Komt van de schuur van de boerderij aan de Hoogeveenseweg, half dak is weg {7}
A: Bert, kun jij met lint afzetten? Speeltuintje aan de Haverweg ook {7}
B: Ga ik doen na deze boom {7}
B: PHOTO "AFGEZET MOGELIJK ASBEST NIET BETREDEN GEMEENTE MEPPEL" {7}
C: Bewoners vragen of ze de ramen dicht moeten doen {7}
A: Ja, ramen dicht, niet stofzuigen, niks zelf opruimen. Ik bel de RUD {7}
~
A: Lantaarnpaal bij de rotonde hangt scheef, Enexis is gebeld
B: Laatste boom is van de weg
A: Tellen: 31 bomen, 2 lantaarnpalen, 1 bushokje
C: En die wijk met de platen? {7}
A: Saneerder is er sinds 7 uur, RUD ook {7}
""",
        messages=70,
    ),
    Chat(
        "Golfplaten Haveltermade",
        "openbare_ruimte",
        "2025-03-03 07:45",
        ["Henk Mulder", "Miriam de Vries"],
        """
A: Miriam, Asbestvrij Noord staat in de wijk, 3 man in witte pakken {7}
B: Ik zie het, de buren staan te filmen 🙄 {7}
A: Monsters genomen, uitslag vanmiddag {7}
~
B: Uitslag: chrysotiel, 10-15%. Dus echt asbest {7}
A: Dan wordt het een volledige sanering, ook de tuinen en het gras eruit waar stukken lagen {7}
B: Hoeveel adressen? {7}
A: 27 tuinen, 2 straten, speelplek {7}
B: Ik maak een bewonersbrief met de RUD, morgen in de bus {7}
A: En een inloopspreekuur? {7}
B: Woensdag 16-19 uur in de gymzaal {7}
~ 2025-03-05
B: Inloop: 40 mensen, veel zorgen om kinderen die buiten speelden {7}
A: GGD was er, zei dat de kans op gezondheidsschade bij zo'n eenmalige blootstelling heel klein is {7}
B: Dat hebben ze goed uitgelegd {7}
~ 2025-03-06
A: Eindmeting is goed, lint kan weg vrijdag {7}
B: 🙏 {7}
""",
        messages=32,
    ),
    Chat(
        "Eigenaar schuur",
        "bestuur",
        "2025-03-06 11:30",
        ["Tim Oosterhof", "Henk Mulder"],
        """
A: Henk, we gaan de kosten verhalen op de eigenaar van de schuur {7}
B: Hoeveel is het? {7}
A: Saneerder €38k, lab €2k, extra inzet eigen mensen €4k {7}
B: Kan dat, het was een storm? {7}
A: Eigenaar moet zijn opstal onderhouden, het dak was al jaren slecht, dat staat in een handhavingsbrief uit 2021 {7}
B: O ja, die brief over de dakbeplating {7}
A: Spoedeisende bestuursdwang achteraf vastleggen, dan een kostenbeschikking {7}
~ 2025-03-20
A: Verzekeraar van de boer belt, ze willen het via zijn verzekering afhandelen {7}
B: Dat scheelt ons een procedure {7}
A: Ze betalen 80%, de rest betwisten ze {7}
""",
        messages=20,
    ),
    Chat(
        "Dumping Drogteropslagen",
        "openbare_ruimte",
        "2025-06-23 08:50",
        ["Bert Klok", "Henk Mulder"],
        """
A: Weer gedumpt bij de parkeerplaats Drogteropslagen: bouwafval en een stapel asbestplaten
B: Zelfde als in april?
A: Lijkt erop, ook weer een bank en matrassen
B: Laat de saneerder de platen ophalen, de rest doet de werf
A: Boa heeft een adres gevonden in een envelop
B: Mooi, proces-verbaal opmaken
A: Camera daar ophangen?
B: Vraag ik aan de toezichtcoördinator
""",
        messages=16,
    ),
    # --- Request 8: market pitches ---
    Chat(
        "Marktplan donderdag",
        "dienstverlening",
        "2025-01-27 10:00",
        ["Nienke Vrieling", "Gert Bos"],
        """
A: Gert, met de herinrichting van de Prinsengracht verliezen we 14 plekken op de donderdagmarkt {8}
B: Van 92 naar 78 dus {8}
A: Ja. Voorstel: vaste plaatsen op anciënniteit, de rest via loting {8}
B: De vaste kooplui met meer dan 10 jaar willen niet loten {8}
A: Die krijgen voorrang, dat is 51 man {8}
B: Dan 27 plekken voor de rest, 40 gegadigden {8}
~ 2025-02-10
A: Concept marktplan naar de marktcommissie gestuurd {8}
B: Vishandel Kroes gaat moeilijk doen, zijn plek bij de kerk vervalt {8}
A: Die krijgt de hoek bij de Woldstraat {8}
B: Daar heeft hij geen stroom {8}
A: Ik check de stroomkasten {8}
""",
        messages=34,
    ),
    Chat(
        "Loting 6 maart",
        "dienstverlening",
        "2025-03-06 08:30",
        ["Gert Bos", "Nienke Vrieling", "Erwin Tuin"],
        """
A: Notaris is er, 38 lootjes in de bak {8}
B: Wie ontbreekt? {8}
A: De bloemenkraam van Jansen en de poffertjes, die hebben zich afgemeld {8}
C: Ik film het voor de site {8}
C: AUDIO {8}
A: Klaar. Kaaskraam Oldenhof heeft nr 1, mag als eerste kiezen {8}
B: Lijst met de uitslag? {8}
A: PHOTO "UITSLAG LOTING STANDPLAATSEN DONDERDAGMARKT 2025" {8}
C: Bezwaar van de Turkse groenteman, hij vindt dat hij er dubbel in had moeten zitten {8}
B: Kan hij een bezwaarschrift voor indienen {8}
""",
        messages=20,
    ),
    Chat(
        "Bezwaren marktplaatsen",
        "bestuur",
        "2025-04-09 13:00",
        ["Tim Oosterhof", "Nienke Vrieling"],
        """
A: 6 bezwaarschriften binnen tegen de toewijzingsbesluiten {8}
B: Van wie? {8}
A: Kroes, de groenteman, 2 textielkooplui, de oliebollenkraam en de notenman {8}
B: Notenman? Die stond toch 3 jaar niet eens? {8}
A: Hij wil een vaste plek op basis van zijn vader {8}
B: Die plaats is niet overdraagbaar volgens de verordening {8}
~ 2025-04-24
A: Hoorzitting 20 mei, commissie van 3 {8}
B: Kroes heeft een advocaat 🙄 {8}
A: Prima, dan weten we waar we staan {8}
~ 2025-06-03
A: Advies commissie: 5 ongegrond, Kroes gegrond, hij had 2 plekken en we hebben er maar 1 meegeteld {8}
B: Oké, dan krijgt hij er 2 naast elkaar bij de Woldstraat {8}
""",
        messages=24,
    ),
    Chat(
        "Kerstmarkt kramen",
        "dienstverlening",
        "2025-10-14 10:00",
        ["Erwin Tuin", "Gert Bos"],
        """
A: Inschrijving kerstmarkt: 64 aanvragen voor 50 kramen
B: Zelfde verdeling als vorig jaar, eerst de Meppeler ondernemers
A: Glühwein-stand wil 2 kramen
B: Prima als de brandweer akkoord is met de kachel
A: Verlichting hangt vanaf 20 november
""",
        messages=12,
    ),
    # --- Request 9: night shelter ---
    Chat(
        "Nachtopvang Zuideinde",
        "samenleving",
        "2024-10-21 09:30",
        ["Petra Lubbers", "Jeroen Smits", "Mark de Wit"],
        """
A: Jeroen, het pand aan het Zuideinde is rond, huurcontract 1 november t/m 31 maart {9}
B: Top. We starten met 12 bedden, 2 begeleiders per nacht {9}
C: Beveiliging? {9}
B: Geen, maar wel een nachtportier {9}
A: Buurtbrief gaat vrijdag de deur uit, met een telefoonnummer van De Herberg {9}
~ 2024-11-01
B: Eerste nacht: 7 gasten, waaronder 2 die al weken in een tentje bij het spoor sliepen {9}
A: Fijn dat ze binnen zijn {9}
C: Rommel op de stoep bij de ingang, asbak gevraagd? {9}
B: Komt er {9}
~ 2024-12-02
B: Zitten op 11 van de 12, bij nachtvorst wordt het krap {9}
A: Dan de winterkouderegeling: extra veldbedden in de achterzaal {9}
B: Brandweer moet daar nog naar kijken {9}
""",
        messages=44,
    ),
    Chat(
        "Motie Niemand op straat",
        "bestuur",
        "2024-10-17 22:40",
        ["Griffier Van Essen", "Wethouder Lamberts", "Petra Lubbers"],
        """
A: Motie Niemand op straat aangenomen, 17 voor 8 tegen {9}
B: Dat betekent: ook overdag open? {9}
C: Dictum: onderzoek naar 24-uursopvang en rapporteer voor 1 februari {9}
B: Dan moeten we met De Herberg over de kosten praten {9}
~ 2025-01-20
C: Raming 24/7: €310k per winter, nu €140k {9}
B: Dat kan niet zonder begrotingswijziging {9}
C: Voorstel: dagopvang 3 dagen per week in de bieb-ruimte, €40k {9}
B: Zo in de raadsinformatiebrief {9}
~ 2025-01-30
A: RIB over de motie staat op de lijst ingekomen stukken van 6 februari {9}
""",
        messages=18,
    ),
    Chat(
        "Buurt Zuideinde",
        "veiligheid",
        "2024-12-09 11:00",
        ["Mark de Wit", "Petra Lubbers", "Erik Wessels"],
        """
A: Klachten van de buren van het nachtpand: mannen die 's ochtends voor de deur wachten tot 8 uur {9}
C: Wij rijden extra rondjes {9}
B: Kunnen ze eerder naar binnen? Nu gaat de deur pas om 21:00 open {9}
A: De Herberg wil 20:00, met een kop soep {9}
B: Lijkt me beter {9}
~ 2024-12-12
A: Buurvrouw op nr 14 heeft een glazen fles in haar tuin gevonden, ze is bang {9}
C: Ik ga even langs {9}
B: Buurtoverleg plannen? {9}
A: Dinsdag 19:30 in het buurthuis, De Herberg schuift aan {9}
~ 2024-12-18
A: Buurtoverleg ging goed. Afspraak: vaste rondgang van een begeleider om 7:30 {9}
""",
        messages=26,
    ),
    Chat(
        "Kou",
        "samenleving",
        "2025-01-08 16:30",
        ["Jeroen Smits", "Petra Lubbers"],
        """
A: KNMI zegt -8 vannacht. Regeling in werking? {9}
B: Ja, vanaf vanavond. Hoeveel extra? {9}
A: 6 veldbedden achterin, brandweer heeft ok gegeven met de extra blusser {9}
B: En de mensen die niet willen komen? {9}
A: Straatteam gaat rond met slaapzakken {9}
~
A: 17 mensen vannacht 😮 nooit zoveel gehad {9}
B: Iedereen binnen? {9}
A: Op 1 na, die slaapt in zijn auto {9}
""",
        messages=14,
    ),
    Chat(
        "Opvang Oekraïners",
        "samenleving",
        "2025-02-11 10:00",
        ["Petra Lubbers", "Mark de Wit"],
        """
A: Gemeentelijke opvang Oekraïners aan de Leonard Springerlaan zit vol, 86 mensen
B: Nieuwe plekken via het COA?
A: Nee, die komen uit de regio. We kijken naar het oude zusterhuis
B: Tijdelijke vergunning nodig
A: Die vraag ik aan
""",
        messages=12,
    ),
    # --- Request 10: the data leak ---
    Chat(
        "Mail workshop",
        "samenleving",
        "2025-05-13 15:50",
        ["Bianca Hoekstra", "Mirjam Pol"],
        """
A: Mirjam ik heb iets heel doms gedaan 😱 {10}
B: Wat is er? {10}
A: De uitnodiging voor de workshop budgetteren naar alle deelnemers gestuurd, iedereen in CC ipv BCC {10}
B: Hoeveel mensen? {10}
A: 143 adressen. En in de onderwerpregel staat 'schuldhulp' {10}
B: Oké, niet paniekeren. Probeer hem terug te halen en meld het meteen bij de FG {10}
A: Terughalen werkt alleen binnen de organisatie 😭 {10}
B: Dan meteen melden via het formulier beveiligingsincidenten, ik bel Gerrit {10}
~
B: Hoe gaat het met je? {10}
A: Slecht geslapen. 4 mensen hebben al 'allen beantwoorden' gedaan {10}
B: Ik vraag IT of we die antwoorden kunnen tegenhouden {10}
""",
        messages=22,
    ),
    Chat(
        "Incident 2025-031",
        "bedrijfsvoering",
        "2025-05-13 16:30",
        ["Gerrit Wijnands", "Ellen Kok", "Mirjam Pol"],
        """
A: Incident 2025-031: e-mail met 143 zichtbare adressen, onderwerp verraadt schuldhulp {10}
B: Dat is een meldplichtig lek, gezondheid/financiële situatie = gevoelig {10}
A: Eens. Melding AP binnen 72 uur, dus uiterlijk vrijdag 16:00 {10}
C: Moeten de betrokkenen ook worden geïnformeerd? {10}
A: Ja, hoog risico, dus ja. Brief plus telefoon voor wie dat wil {10}
B: Ik maak de melding in het AP-loket klaar {10}
~ 2025-05-15
B: Melding gedaan, kenmerk ontvangen {10}
A: Nu de maatregelen: externe mailings met meer dan 10 ontvangers alleen via het mailingsysteem {10}
C: En een instructie voor het team, lunchsessie? {10}
A: Goed idee {10}
~ 2025-05-28
A: AP vraagt aanvullende info: hoeveel mensen hebben gereageerd en of de mail verder gedeeld is {10}
B: 6 allen-beantwoorden, 1 klacht, geen aanwijzing dat hij verder gedeeld is {10}
A: Zo beantwoorden {10}
""",
        messages=30,
    ),
    Chat(
        "Brief deelnemers",
        "samenleving",
        "2025-05-15 09:10",
        ["Mirjam Pol", "Bianca Hoekstra", "Ellen Kok"],
        """
A: Concept excuusbrief staat in de map, wil je meelezen? {10}
C: Zin 2 te juridisch. Gewoon zeggen: we hebben een fout gemaakt en dat spijt ons {10}
A: Aangepast {10}
B: Moeten we zeggen welke anderen de mail kregen? {10}
C: Nee, alleen wat er gebeurd is en wat ze kunnen doen bij phishing-achtige mails {10}
~ 2025-05-19
B: 12 telefoontjes vandaag, de meesten begripvol {10}
B: Eén meneer is heel boos, zijn buurman staat ook op de lijst en weet het nu {10}
A: Ik bel hem zelf terug {10}
C: Hij mag een klacht indienen, en noteer het voor de AP {10}
""",
        messages=18,
    ),
    Chat(
        "Phishingtest",
        "bedrijfsvoering",
        "2025-06-03 10:00",
        ["Ellen Kok", "Jeroen Kuiper"],
        """
A: Resultaten phishingsimulatie: 18% heeft geklikt, 6% heeft zijn wachtwoord ingevuld
B: Vorig jaar 22%
A: Sociaal domein scoort het best, na de training van vorige maand
B: Volgende test in oktober
""",
        messages=10,
    ),
    Chat(
        "Laptop trein",
        "bedrijfsvoering",
        "2025-09-22 08:20",
        ["Jeroen Kuiper", "Gerrit Wijnands"],
        """
A: Collega van Burgerzaken heeft zijn laptop in de trein laten liggen
B: Versleuteld?
A: Ja, BitLocker, en hij is op afstand gewist
B: Dan geen melding nodig, wel registreren
A: Doe ik
""",
        messages=10,
    ),
    # --- Request 11: road reconstruction and the contractor ---
    Chat(
        "Reconstructie Blankensteinweg",
        "openbare_ruimte",
        "2025-03-24 08:00",
        ["Dirk Lammers", "Jan-Willem Kok", "Sabine Vos"],
        """
A: Start reconstructie Blankensteinweg vandaag, Tijhuis staat er met 2 ploegen {11}
B: Afsluiting deel 1 van de rotonde tot de Wolfsbergerweg staat {11}
C: Bussen rijden om via de Hoogeveenseweg {11}
~ 2025-03-31
B: Bij het graven vervuilde grond gevonden bij de oude pomp, lood en olie {11}
A: Dat stond niet in het bodemonderzoek {11}
B: Tijhuis meldt meerwerk aan, schatting €60k en 2 weken {11}
A: Eerst een tweede onderzoek, geen blanco cheque {11}
~ 2025-04-08
B: Ook een ongeregistreerde kabel van de glasvezel in de berm, werk lag 3 dagen stil {11}
C: Dat is voor rekening van de kabelpartij, niet van ons {11}
A: Tijhuis claimt de stilstand bij ons 🙄 {11}
~ 2025-05-06
B: Planning: 5 weken uitloop, oplevering nu 11 juli ipv 6 juni {11}
A: Dan gaat de kortingsregeling in, €2.500 per werkdag {11}
C: Ze gaan zeggen dat het door de grond en de kabel komt {11}
A: Daar gaan we het over hebben. Bouwvergadering donderdag {11}
""",
        messages=52,
    ),
    Chat(
        "Stremming BSW",
        "openbare_ruimte",
        "2025-04-02 07:40",
        ["Sabine Vos", "Dirk Lammers"],
        """
A: Borden omleiding bij de A32 afrit staan verkeerd, vrachtwagens rijden de wijk in {11}
B: Tijhuis moet ze verzetten, staat in het verkeersplan {11}
A: Gebeld, vanmiddag {11}
~ 2025-04-10
A: Pizzeria en de bakker aan de BSW klagen dat niemand ze kan vinden {11}
B: Extra bord 'winkels bereikbaar' bij beide kanten {11}
A: Ondernemers willen een gesprek, ze willen compensatie {11}
B: Nadeelcompensatie kan, pas na afloop aanvragen {11}
~ 2025-05-08
A: Deel 2 gaat maandag dicht, nieuwe omleiding via de Industrieweg {11}
B: Bewonersbrief? {11}
A: Zaterdag in de bus {11}
""",
        messages=20,
    ),
    Chat(
        "Claim Tijhuis",
        "bestuur",
        "2025-07-21 10:00",
        ["Tim Oosterhof", "Dirk Lammers"],
        """
A: Brief van de advocaat van Tijhuis: €86k meerwerk plus €48k vertragingsschade {11}
B: En wij houden €62k korting in {11}
A: Hun punt: de vervuiling en de kabel zijn onvoorzienbaar, art 29 UAV {11}
B: De vervuiling ja, de kabel is niet ons risico. En de rest van de uitloop komt door hun eigen planning {11}
A: Onderbouw je dat met de dagrapporten? {11}
B: Ja, de bouwdirectie heeft alles bijgehouden {11}
~ 2025-08-14
A: Voorstel: vervuiling betalen we (€41k), rest wederzijds afzien {11}
B: Dus geen korting? {11}
A: De korting laten we vallen als zij de stilstand laten vallen. Anders naar de Raad van Arbitrage, kost iedereen meer {11}
B: Ik leg het voor aan de afdelingsmanager {11}
~ 2025-09-11
A: Tijhuis akkoord met de schikking, vaststellingsovereenkomst volgt {11}
""",
        messages=24,
    ),
    Chat(
        "Zomerweg werkzaamheden",
        "openbare_ruimte",
        "2025-09-08 07:50",
        ["Sabine Vos", "Bert Klok"],
        """
A: Zomerweg dicht voor rioolwerk van het waterschap, 2 weken
B: Omleiding via de Kerkweg?
A: Ja, borden staan, bussen zijn geïnformeerd
B: Wie is de aannemer?
A: Van Gelder, namens het waterschap
""",
        messages=10,
    ),
    # --- Long team chats: several subjects come and go among the daily work ---
    Chat(
        "Team Buitendienst",
        "openbare_ruimte",
        "2025-02-24 07:15",
        ["Henk Mulder", "Bert Klok", "Sandra Ottens", "Kees Brinkman"],
        """
A: Morgen, wie heeft de strooiwagen vannacht gereden?
B: Ik, 2 rondes, A-route
A: Dank
C: Bewoner klaagt over de bladkorf aan de Kleine Oever, hij is vol
A: Ophalen staat voor donderdag
D: Gemaal Ezinge geeft een alarm, ik ga kijken
D: Vuil in de rooster, opgelost
B: Wie heeft de sleutel van de loods van de Wolfsbergerweg?
A: Hangt in het kastje bij de kantine
~ 2025-02-28
C: Jullie hebben het vast gezien maar de storm zondag gaat hard worden, code oranje
A: Alle ploegen paraat zondag vanaf 10 uur
B: Zaagploeg ik en Jan
~ 2025-03-05
A: Zijn de laatste platen uit de tuinen in Haveltermade? {7}
B: Ja, alleen de speelplek nog, die doen ze morgen met een zuigwagen {7}
C: Bewoners vragen wanneer de zandbak weer open mag {7}
A: Na de eindmeting, ik laat het weten {7}
D: Trouwens, de blauwe container bij de werf zit helemaal vol met hun big bags {7}
A: Saneerder haalt ze vrijdag op {7}
~ 2025-03-18
B: Speeltoestellen keuring Oosterboer, 2 afgekeurd
A: Welke?
B: De wip en de kabelbaan
A: Afzetten en een offerte laten maken
C: Oud papier container staat weer open bij het Kerkplein
~ 2025-03-21
C: Nieuw bankje bij de Reest geplaatst, namens de Rotary
A: Leuk, foto voor de nieuwsbrief
~ 2025-03-25
A: Rooster Blankensteinweg: wij doen de bebording niet, dat doet Tijhuis zelf {11}
B: Maar het vegen van de omleiding wel? {11}
A: Ja, de omleidingsroute gaat in ons veegschema {11}
D: Ik heb de busmaatschappij de nieuwe route doorgegeven {11}
~ 2025-04-16
B: Bij de Blankensteinweg hebben ze ons hydrantbordje weggehaald {11}
A: Zeg het tegen de uitvoerder van Tijhuis, moet terug {11}
B: Die zegt dat het niet in hun bestek staat 🙄 {11}
A: Dan mailt Dirk ze, het is hun werkterrein {11}
~ 2025-06-02
B: Bermmaaien gestart langs de N375
A: Let op de orchideeën bij de dijk, die pas na juli
B: Staat op de kaart
~ 2025-06-19
C: Hondenpoepklachten Ezinge, de 3e deze week
A: Boa's vragen om te surveilleren
C: Doe ik
~ 2025-07-16
A: Hebben jullie de hekken van de tunnel nog staan? {1}
B: Ja, bij de ingang Industrieweg {1}
A: Laat staan tot Pompservice klaar is met de nieuwe kast {1}
B: 👍 {1}
~ 2025-08-05
C: Kan iemand naar de tunnel? Melding dat er water staat na de bui {1}
D: Ik ben er over 10 minuten {1}
D: Valt mee, 5 cm, putje bij de ingang verstopt met blad {1}
A: Veeg hem schoon, anders staat hij morgen weer vol {1}
D: Gedaan, pompen draaien {1}
~ 2025-08-25
B: Nieuwe medewerker start maandag, Youssef, komt bij de groenploeg
A: Welkom alvast!
~ 2025-09-10
D: De bergingskelder bij de onderdoorgang, wanneer beginnen ze? {1}
A: Oktober, na de aanbesteding {1}
D: Dan de eerste herfststormen nog met de oude situatie 🤞 {1}
A: Noodpomp blijft klaarstaan op de werf {1}
~ 2025-11-12
C: Wie doet de kerstverlichting dit jaar?
A: Zelfde firma, hoogwerker via ons
C: Prima
~ 2025-12-19
A: Goed jaar, allemaal bedankt. Borrel vrijdag 16 uur
""",
        messages=380,
    ),
    Chat(
        "Woordvoering",
        "bestuur",
        "2025-03-01 08:00",
        ["Esther Brinkhuis", "Joost Hagen", "Wethouder Stegeman"],
        """
A: Planning week: dinsdag persmoment Koningsdag, donderdag begroting
B: En de RTV Drenthe vraag over de parkeertarieven?
A: Beantwoord, staat in het logboek
~ 2025-03-03
A: Meppeler Courant belt over de platen in Haveltermade. Wat kunnen we zeggen? {7}
B: Dat het asbest is, dat het gesaneerd wordt en dat er geen acuut gevaar is {7}
C: En dat we de kosten terughalen bij de eigenaar, maar nog zonder naam {7}
A: Oké, ik maak een quote {7}
~ 2025-03-19
B: Persvraag over de opvang: klopt het dat er een man is overleden bij het spoor? {9}
A: Ja helaas, in januari, hij wilde niet naar binnen {9}
C: Zorgvuldig, familie eerst. Geen details {9}
B: Alleen: we zijn geschokt, en het straatteam zoekt iedereen actief op {9}
~ 2025-04-09
A: Nieuwsbrief van de wethouder, onderwerpen?
C: Sport, de nieuwe speeltuin, de hockeyclub {5}
B: Over de hockey: beschikking is pas volgende week, dus nog niks over het bedrag {5}
C: Klopt, dan alleen dat we positief zijn {5}
~ 2025-05-14
B: Vraag van een journalist over het lek bij schuldhulp, hoe weet hij dat? {10}
A: Een van de ontvangers heeft het hem gestuurd {10}
C: Dan open zijn: fout gemaakt, gemeld bij de AP, mensen worden gebeld {10}
B: Ik maak de tekst, check met de FG {10}
~ 2025-05-19
A: Dagblad vraagt of de school bij Koedijkslanden vertraging heeft door de rechtszaak {2}
B: Kort geding loopt nog, geen commentaar op de inhoud {2}
C: Wel zeggen dat we verwachten in het najaar te starten {2}
~ 2025-06-11
A: Persvraag Blankensteinweg: waarom duurt het langer? {11}
C: Vervuilde grond gevonden, dat moest eerst gesaneerd worden {11}
B: En de ruzie met de aannemer? {11}
C: Daar zeggen we niets over {11}
~ 2025-06-25
A: RTV Drenthe wil een item over de windmolens, met de wethouder in het veld bij Nijeveen {6}
C: Liever niet voor de zienswijzen beantwoord zijn {6}
B: Dan een interview over de procedure, niet over de keuze {6}
C: Goed {6}
~ 2025-07-02
A: Persbericht over de nieuwe huisvuilroutes staat klaar
B: Akkoord
~ 2025-08-16
A: Social media zit vol over de herrie in het park, vooral over de bassen {3}
B: Reageren we? {3}
C: Ja: we hebben gemeten, de organisatie heeft het zachter gezet, we evalueren {3}
A: Post staat online {3}
~ 2025-08-20
B: Vraag van een vlogger: waarom staat de fietstunnel bij Hesselingen steeds onder water? {1}
A: Antwoord: pompen zijn gerepareerd, in oktober komt er een bergingskelder {1}
~ 2025-12-17
A: Jaaroverzicht pers: 312 vragen, 48 persberichten
C: Dank jullie
""",
        messages=300,
    ),
    Chat(
        "Sociaal domein TL",
        "samenleving",
        "2025-01-06 08:30",
        ["Mirjam Pol", "Petra Lubbers", "Linda Scholten"],
        """
A: Gelukkig nieuwjaar! Agenda MT donderdag: ziekteverzuim, jeugdzorg budget, opvang
B: Opvang: we zitten elke nacht vol, De Herberg vraagt meer budget {9}
A: Hoeveel? {9}
B: €35k extra voor de rest van de winter {9}
A: Neem ik mee naar de wethouder {9}
~ 2025-01-09
C: Jeugdzorg: 12% over het budget, vooral door 3 dure plaatsingen
A: Bekend, staat in de tussenrapportage
~ 2025-01-21
C: Even melden: de traplift-leverancier heeft 11 achterstallige onderhoudsbeurten {4}
A: Pff, wat kun je ermee? {4}
C: Ingebrekestelling, met de jurist {4}
A: Doen {4}
~ 2025-02-04
B: Klacht van een buurman van de opvang over geluid 's nachts {9}
A: Ligt het bij De Herberg? {9}
B: Ja, en ik bel hem zelf {9}
~ 2025-02-13
A: Ziekteverzuim team 6,2%, hoger dan vorig jaar
C: Werkdruk Wmo, wachtlijsten
~ 2025-03-27
B: Laatste nacht van de opvang 31 maart, wat doen we met de 4 die nog geen plek hebben? {9}
A: Huisvesting met voorrang via de corporatie? {9}
B: 2 wel, 2 willen niet {9}
~ 2025-05-14
A: Heads-up: er is een mail met alle adressen zichtbaar naar de mensen van schuldhulp gegaan {10}
B: Oei. Gemeld? {10}
A: Ja, Gerrit is ermee bezig, de AP-melding loopt {10}
C: Hoe is het met Bianca? {10}
A: Ze is er kapot van. Ik heb gezegd: fouten maken mag, melden is goed {10}
~ 2025-05-27
C: Leverancier heeft eindelijk een tweede monteur, levertijden 7 weken 🎉 {4}
A: Eindelijk {4}
C: Maar we gaan toch opnieuw aanbesteden, memo ligt bij de wethouder {4}
~ 2025-06-05
A: Teamuitje juni, ideeën?
C: Sloepvaren!
""",
        messages=220,
    ),
    Chat(
        "Vastgoed en sport",
        "ruimte",
        "2025-01-15 09:00",
        ["Marloes Jansen", "Wouter Hendriks", "Anja Veldkamp"],
        """
A: Overzicht vastgoed 2025: 3 scholen, 2 gymzalen, 1 sporthal
B: Sporthal De Bongerd krijgt nieuwe vloer in de zomer
C: Budget is er
~ 2025-02-10
A: Aanbesteding van het IKC loopt, 8 partijen hebben zich aangemeld {2}
C: Meer dan verwacht {2}
A: Ja, de markt is rustiger nu {2}
~ 2025-02-25
B: De hockey heeft een aanvraag voor een nieuw veld gedaan, kun jij naar hun begroting kijken? {5}
C: Stuur maar {5}
~ 2025-03-12
C: Energielabels gymzalen: 2 op C, 1 op E
A: Die E is de Ezinge gymzaal, sloop staat gepland
~ 2025-03-27
A: Inschrijvingen van de school binnen, iets duurder dan geraamd {2}
C: Hoeveel? {2}
A: Winnaar €8,4 mln, raming €8,1 mln {2}
C: Dat past binnen de post onvoorzien {2}
~ 2025-03-31
B: Kunstgras van de hockeyclub, achtervang komt in het college van 8 april {5}
C: Mijn advies staat erin {5}
~ 2025-06-05
A: Kort geding over De Sprong gewonnen! {2}
B: 👏 {2}
C: Nu snel de bouw in {2}
~ 2025-08-22
B: Oplevering sporthalvloer vandaag
A: Ruim op tijd voor het seizoen
""",
        messages=160,
    ),
    # --- More chats on the requests, naming their subject only through context ---
    Chat(
        "Art 40 vragen",
        "bestuur",
        "2025-04-22 10:30",
        ["Griffier Van Essen", "Lotte Brouwer"],
        """
A: Schriftelijke vragen van de VVD over de 4 masten bij Nijeveen binnen {6}
B: Welke vragen? {6}
A: 1) Hoeveel uur schaduwhinder per woning 2) of de WT's lager kunnen 3) wat de opbrengst voor het dorp is {6}
B: 1 weten we pas na het onderzoek, 2 is aan de coöperatie, 3 staat in de participatieafspraken {6}
A: Termijn 30 dagen {6}
~ 2025-05-13
B: Concept antwoorden gestuurd, ook over de flikkering: max 6 uur per jaar met stilstandmodule {6}
A: Dank, gaat vrijdag mee in de collegevergadering {6}
""",
        messages=14,
    ),
    Chat(
        "Marktmeester",
        "dienstverlening",
        "2025-03-13 07:10",
        ["Gert Bos", "Erwin Tuin"],
        """
A: Eerste donderdag met de nieuwe indeling {8}
B: En? {8}
A: Kraam 41 en 42 staan te dicht op de brandgang, moet 1 m op {8}
A: PHOTO "PLEKKENPLAN WEEKMARKT DONDERDAG KRAAM 1 TOT 78" {8}
B: Oliebollenman staat op de plek van de textiel 😂 {8}
A: Is hij zelf gaan staan, ik heb hem teruggestuurd {8}
~ 2025-03-20
A: Dagplaatsen vandaag: 3 sollicitanten, 2 plekken {8}
B: Wie was het eerst? {8}
A: Volgens de lijst de honingman en de fietsenmaker {8}
B: Goed {8}
""",
        messages=20,
    ),
    Chat(
        "Wmo consulenten",
        "samenleving",
        "2025-06-10 12:15",
        ["Gea Mulder", "Sanne Visscher"],
        """
A: Huisbezoek bij meneer B. gedaan, zijn stoeltje doet het weer niet {4}
B: Die van vorige maand ook al? {4}
A: Derde keer. Het gaat steeds om de laadcontacten op de rail {4}
B: Melding bij LG gedaan? {4}
A: Ja, monteur komt vrijdag. Meneer slaapt nu in de woonkamer {4}
B: Zet het in het dossier voor Linda, die houdt de klachten bij voor het contractoverleg {4}
~
B: Ander dossier: mevrouw S. wil een scootmobiel, heeft ze al een rolstoel?
A: Ja, aanvraag ligt bij de ergotherapeut
""",
        messages=24,
    ),
    Chat(
        "Debriefing",
        "ruimte",
        "2025-02-20 15:30",
        ["Ruben de Groot", "Marloes Jansen"],
        """
A: Bouwbedrijf Roelofs wil een toelichting waarom ze niet door zijn {2}
B: Referentie te oud toch? {2}
A: Ja, 2017, eis was max 5 jaar {2}
B: Bel ze, en stuur het nog op in een brief {2}
A: Ze vragen of ze als onderaannemer mee mogen met een van de 5 {2}
B: Dat is aan die partijen, niet aan ons {2}
""",
        messages=12,
    ),
    Chat(
        "FG overleg",
        "bedrijfsvoering",
        "2025-06-02 09:00",
        ["Gerrit Wijnands", "Ellen Kok"],
        """
A: Punten: DPIA camera's parkeergarage, verwerkersovereenkomsten, het incident van mei {10}
B: DPIA: concept klaar, risico's laag
A: Verwerkersovereenkomsten: nog 6 open
B: Incident mei: AP heeft het dossier gesloten, geen verdere actie {10}
A: Mooi. Maatregelen ingevoerd? {10}
B: Mailingsysteem werkt, schuldhulp mailt nu alleen via dat systeem {10}
A: Evaluatie in het jaarverslag FG {10}
B: Ik schrijf een alinea {10}
""",
        messages=16,
    ),
    Chat(
        "Politie draaiboek",
        "veiligheid",
        "2025-08-12 14:00",
        ["Erik Wessels", "Jolanda Post"],
        """
A: Draaiboek voor vrijdag/zaterdag klaar {3}
B: Hoeveel man? {3}
A: 6 agenten, 2 ME op afroep, 4 boa's rond het park {3}
B: Afzetting Parklaan vanaf 17:00 {3}
A: En een verkeersregelaar bij de fietsenstalling {3}
~ 2025-08-16
A: Vrijdag 2 aanhoudingen, 1 mishandeling en 1 drugs, verder rustig {3}
B: Mooi. Zaterdag zelfde inzet {3}
""",
        messages=14,
    ),
    Chat(
        "Nadeelcompensatie",
        "bestuur",
        "2025-10-06 10:00",
        ["Tim Oosterhof", "Sabine Vos"],
        """
A: 4 aanvragen nadeelcompensatie van ondernemers aan de Blankensteinweg {11}
B: Welke? {11}
A: Pizzeria, bakkerij, fietsenzaak, kapper {11}
B: Normaal maatschappelijk risico is 15% omzetverlies, daaronder niks {11}
A: Bakkerij zegt 32% in april en mei {11}
B: Laat een adviseur de omzetcijfers bekijken {11}
~ 2025-11-10
A: Advies: bakkerij en pizzeria komen in aanmerking, samen €14k {11}
B: Kunnen we dat bij Tijhuis neerleggen? {11}
A: Nee, dat is afgewikkeld in de schikking {11}
""",
        messages=16,
    ),
    Chat(
        "De Herberg subsidie",
        "samenleving",
        "2025-04-15 11:00",
        ["Petra Lubbers", "Anja Veldkamp"],
        """
A: Verantwoording van De Herberg over de winter: 4.312 overnachtingen, 41 unieke personen {9}
B: Kosten? {9}
A: €176k, we hadden €140k plus €35k extra toegezegd {9}
B: Dan is er €1k tekort, dat laten we {9}
A: En volgend jaar? Zelfde pand? {9}
B: Eigenaar wil verkopen, dus waarschijnlijk niet {9}
A: Dan begin ik nu met zoeken {9}
""",
        messages=14,
    ),
    # --- Chats that share words with a request but are about something else ---
    Chat(
        "Zwembad techniek",
        "bedrijfsvoering",
        "2025-07-15 07:30",
        ["Jeroen Kuiper", "Ria Bosman"],
        """
A: Circulatiepomp van het buitenbad in storing, bad is dicht
B: Door de onweersbui?
A: Blikseminslag denk ik, ook de chloordosering doet het niet
B: Monteur?
A: Komt vanmiddag, nieuwe pomp is 2 dagen levertijd
B: Bericht op de site: buitenbad tot donderdag gesloten
""",
        messages=14,
    ),
    Chat(
        "Aanbesteding schoonmaak",
        "bedrijfsvoering",
        "2025-03-03 10:00",
        ["Ruben de Groot", "Ria Bosman"],
        """
A: Aanbesteding schoonmaak stadhuis en werf, 3 inschrijvingen
B: Gunning op prijs?
A: 50/50 met kwaliteit, social return weegt mee
B: Wanneer gunnen?
A: Voorlopige gunning 1 april, nieuwe schoonmaker per 1 juli
""",
        messages=12,
    ),
    Chat(
        "Kermis",
        "veiligheid",
        "2025-05-20 09:00",
        ["Jolanda Post", "Marco Timmer"],
        """
A: Evenementenvergunning kermis Hoofdstraat, 18-22 juni
B: Zelfde opzet als vorig jaar?
A: Ja, 24 attracties, de botsauto's op het Kerkplein
B: Keuringsrapporten van de attracties vooraf graag
A: Vraag ik op
B: Eindtijd 24:00 in het weekend?
A: Ja, zoals altijd bij de kermis
""",
        messages=14,
    ),
    Chat(
        "Speeltuin Oosterboer",
        "openbare_ruimte",
        "2025-05-05 13:00",
        ["Bert Klok", "Sandra Ottens"],
        """
A: Nieuwe wip en kabelbaan in Oosterboer geplaatst
B: Kinderen staan al in de rij 😄
A: Valondergrond van rubbertegels, geen zand meer
B: Bewoners vragen om een bankje voor de ouders
A: Komt volgende week
""",
        messages=12,
    ),
    Chat(
        "Heidag",
        "bedrijfsvoering",
        "2025-09-15 09:00",
        ["Jeroen Kuiper", "Ellen Kok", "Ria Bosman"],
        """
A: Heidag ICT: thema 'weg met de tunnelvisie' 😅
B: Wie heeft dat verzonnen
A: De trainer. Hij wil dat we buiten de kaders denken
C: Mag ik mijn laptop meenemen?
A: Liever niet, telefoons ook weg
B: Lunch?
A: Soep en broodjes, vegetarisch op aanvraag
""",
        messages=18,
    ),
    Chat(
        "Lekkage stadhuis",
        "bedrijfsvoering",
        "2025-03-03 08:10",
        ["Ria Bosman", "Jeroen Kuiper"],
        """
A: Na de storm een lekkage in het dak boven de burgerzaal
B: Emmers eronder, ik bel de dakdekker
A: Plafondplaten zijn nat, een paar zijn naar beneden gekomen
B: Zitten daar geen gevaarlijke stoffen in?
A: Nee, gebouw is van 1998, geen asbest
B: Gelukkig
""",
        messages=14,
    ),
    Chat(
        "Verkiezingen",
        "dienstverlening",
        "2025-09-29 10:00",
        ["Erwin Tuin", "Wendy Kamphuis"],
        """
A: 31 stembureaus voor oktober, 4 nieuwe locaties
B: Stembureauleden genoeg?
A: 12 tekort, oproep op de site
B: Ik vraag de scholen ook
A: Tellen op de centrale tellocatie in de sporthal
""",
        messages=20,
    ),
    Chat(
        "Collegevoorbereiding",
        "bestuur",
        "2025-05-12 08:00",
        ["Burgemeester Haarsma", "Esther Brinkhuis", "Wethouder Stegeman"],
        """
A: Agenda dinsdag: hockey, de Blankensteinweg, de opvang, de begroting {5,9,11}
C: Hockey: beschikking is eruit, de club wil de wethouder bij de eerste paal van het veld {5}
B: Blankensteinweg: 5 weken uitloop, de aannemer wijst naar de vervuiling en de kabel, wij passen de korting toe {11}
A: Houdt de jurist ons op de hoogte? {11}
B: Ja, wekelijks {11}
C: Opvang: evaluatie winter, nieuw pand nodig voor november {9}
A: Dat wordt krap. Graag vóór de zomer een locatie {9}
C: Begroting: kadernota op 20 mei, staat al
""",
        messages=18,
    ),
    Chat(
        "App wethouder",
        "bestuur",
        "2025-06-06 07:40",
        ["Wethouder Stegeman", "Marloes Jansen"],
        """
A: Goedemorgen Marloes, gefeliciteerd met gisteren {2}
B: Dank! Team heeft hard gewerkt {2}
A: Wanneer kan ik het bord onthullen? {2}
B: Na de termijn voor hoger beroep, eind juni {2}
A: Zet het in mijn agenda
B: Doe ik
""",
        messages=10,
    ),
)
