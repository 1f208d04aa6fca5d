"""The FORTY-FIRST BLIND relevance set (issue 17): new chats, requests and judgements.

Written as a Woo officer of gemeente Meppel would by a helper (branch wooblind41, 6 December 2026)
BEFORE any measurement on it, without reading the search code, the search tests or the synonym
migrations, and without running the relevance bench or any search; blind40.py was read for the
data format and the docstring shape only (none of its chats, subjects, streets, names or requests
is reused), build.py for the Chat and Request API and the filler, the earlier sets only for their
request titles (so that the subjects are new); RESULTS.md was not opened. Not yet measured: the
lead measures it once on main's code. Same syntax as blind.py: `{n}` after a line marks the
requests it is relevant to, `~` starts the next day, `~ YYYY-MM-DD` moves the chat to that day,
`PHOTO "text"` is a photo with painted text, `AUDIO` a voice note. Generated filler
(build.FILLER) is relevant to nothing. Names, addresses, firms, associations, amounts and numbers
are made up; a few real organisations (ProRail, the Arbeidsinspectie, the waterschap Drents
Overijsselse Delta, RTV Drenthe, the Meppeler Courant, Facebook, Youforce) appear as they would in
such chats.

The twelve requests and their queries were written first, from the request text only, before any
chat. Themes: stone martens biting through the cables of the municipal vehicles at the depot (R1),
the mayor's chain of office missing after the New Year reception (R2), the hailstorm of 21 June
2025 damaging sports hall De Vledder and the nursery's greenhouses (R3), the Christmas tree on the
Markt blown over (R4), noise from the skate park in Oosterboer (R5), botulism among ducks in the
Stadsgracht (R6), aphids in the lime trees of the Julianalaan (R7), the fire alarm and evacuation
of the town hall during the council meeting (R8), a tower crane falling onto houses on the
Zomerdijk (R9), a lorry stuck under the railway viaduct on the Hoogeveenseweg (R10), the failed
heating of village hall De Spil in Rogat (R11) and the wrongly paid holiday allowance (R12).

Long team chats (the depot and fleet, facilities, green and trees, the boa's, the mayor's office,
traffic and roads, building control, HR and payroll, sport and accommodation, customer contact,
communication, insurance and claims, the works council, the district team Oosterboer, city centre
events) carry a request's subject in a few lines among other work; short one-to-one chats answer
without repeating the subject ("Top", "Klaar", "Staat goed", "Gelukkig", "Eindelijk", "Dank",
"Oké", "Eens", "👍"); other words for the subjects (marter, martertje, beesten, doorgeknaagd,
aangevreten, bougiekabels, koelwaterslangen, remleiding, verjagers, gaas, casco, eigen risico;
keten, burgemeesterketen, ketting met een penning, kistje, kluis, logboek, cateraar, tafellaken;
hagelstorm, hagelt, knikkers, lichtkoepels, ruiten, glasscherven, zeil, opstalpolis,
glasverzekering, zomerbloeiers, plantgoed; boom, om, betonblok, spandraden, windstoot, kramen,
deuk; baan, skatepark, geklak, gebonk, staal, ramps, beton, dB(A), openingstijden; kadavers,
watervogels, slappe nekken, zuurstof, doorspoelen, aanlijnen, labrador; bladluizen, honingdauw,
plak, kleverige laag, lieveheersbeestjes, dunnen, hoogwerker, handtekeningenlijst; rookmelder,
warmtemelder, tosti-ijzer, aangebrand broodje, schorsing, trouwzaal, evacuatiestoel, BHV,
tribune; torenkraan, ballast, kraanplan, stillegging, constructeur, CAR-verzekering, onderdak;
spoorbrug, hoofdligger, betonrand, kraanarm, hoogtebord, hoogteportaal met kettingen; ketel,
warmtewisselaar, HR-ketel, heaters, ijskoud, 11 graden, voetbalkantine; vakantietoeslag,
grondslag, IKB, toelagen, correctierun, nabetaling, loonstrook); Drents dialect ("Wat was 't
koold in de Spil", "de nieje ketel"); abbreviations (BHV, IKB, CAR, RUD, HR, OR, dB(A)); typos
("mader", "martersschade", "kersboom", "skeatbaan", "botulism", "vakantiegled"); 6 photos with
text (the greenhouse, the closed sports hall, the cordoned-off market, the botulism sign, the
height warning, the closed village hall) and 3 voice notes (the chain found, the evacuation, the
crane); and distractor chats that share words with requests but are about something else (the
Christmas tree in the town hall's hall, the yearly evacuation drill, a leaking tap in the pantry,
the summer holiday roster, a "do not feed the ducks" sign, a skate clinic on King's Day, an
overheated town hall, Arbor Day planting lime trees) and lines about other work in the team
chats.

Judging rule (as the earlier sets): a message is relevant when a Woo officer would have to include
it to cover the request, also when it does not repeat the subject ("Top", "👍", "Eens"); a voice
note inside a relevant exchange is relevant. Lines of a relevant chat about something else carry
no tag.

Counts (computed from CHATS with build.parse_script and build.with_filler; the filler fills every
chat to its stated length): 62 chats of 25 to 170 messages, 3,225 messages (432 hand-written; 6
photos with text, 3 voice notes), 12 requests, 36 queries, 353 relevant messages, each relevant to
one request, in 73 (chat, request) pairs; 54 chats relevant to a request, 8 to none, 10 to
several. Relevant messages (chats) per request: R1 34 (6), R2 32 (6), R3 30 (6), R4 31 (7),
R5 28 (6), R6 27 (6), R7 27 (6), R8 27 (6), R9 29 (6), R10 26 (6), R11 31 (6), R12 31 (6)."""

from .build import Chat, Request

REQUESTS = (
    Request(
        1,
        "Steenmarters op de gemeentewerf aan de Industrieweg (voorjaar 2025): de doorgebeten "
        "kabels en slangen van dienstauto's en vuilniswagens, de reparatiekosten, de "
        "maatregelen tegen de marters en de schadeclaim bij de verzekeraar.",
        ("steenmarter kabels dienstauto", "marters gemeentewerf", "doorgebeten kabels reparatie"),
    ),
    Request(
        2,
        "De vermiste ambtsketen van de burgemeester na de nieuwjaarsreceptie (januari 2025): de "
        "zoektocht, de aangifte, het terugvinden van de keten en de afspraken over het bewaren "
        "ervan.",
        (
            "ambtsketen vermist",
            "ambtsketen burgemeester kwijt",
            "ambtsketen nieuwjaarsreceptie aangifte",
        ),
    ),
    Request(
        3,
        "De hagelbui van 21 juni 2025: de schade aan de lichtkoepels van sporthal De Vledder en "
        "aan de kassen van de gemeentelijke kwekerij, de sluiting van de sporthal, de "
        "noodreparaties en de schadeafhandeling met de verzekeraar.",
        ("hagelschade sporthal", "hagelbui schade gemeentelijke gebouwen", "kassen kwekerij hagel"),
    ),
    Request(
        4,
        "De omgewaaide kerstboom op de Markt (december 2025): het omvallen tijdens de storm, de "
        "schade aan de kramen en een auto, de veiligheid van de verankering, de leverancier en de "
        "aansprakelijkheid.",
        ("kerstboom omgewaaid markt", "kerstboom omgevallen", "kerstboom schade aansprakelijk"),
    ),
    Request(
        5,
        "De skatebaan in Oosterboer (2025): de klachten van omwonenden over geluidsoverlast, de "
        "metingen, het overleg met bewoners en skaters, de aangepaste openingstijden en de "
        "renovatie van de baan.",
        ("skatebaan geluidsoverlast", "skatebaan oosterboer", "skatepark klachten bewoners"),
    ),
    Request(
        6,
        "Botulisme bij watervogels in de Stadsgracht en de vijvers van Meppel (augustus 2025): de "
        "dode eenden, het ophalen van de kadavers, de contacten met het waterschap en de "
        "dierenambulance en de waarschuwing aan hondenbezitters.",
        ("botulisme dode eenden", "dode vogels stadsgracht", "botulisme honden waarschuwing"),
    ),
    Request(
        7,
        "Luizen in de lindebomen aan de Julianalaan (zomer 2025): de klachten van bewoners over "
        "plakkerige auto's en stoepen, het verzoek om de bomen te kappen, de snoei en de "
        "bestrijding van de luizen.",
        ("luizen lindebomen", "plakkerige auto's linde", "lindes julianalaan kappen"),
    ),
    Request(
        8,
        "Het brandalarm en de ontruiming van het stadhuis tijdens de raadsvergadering van 13 "
        "november 2025: de oorzaak van het alarm, het verloop van de ontruiming, de hulp aan "
        "bezoekers in een rolstoel en het voortzetten van de vergadering.",
        ("brandalarm stadhuis ontruiming", "ontruiming raadsvergadering", "brandalarm oorzaak"),
    ),
    Request(
        9,
        "De omgevallen bouwkraan bij de nieuwbouw aan de Zomerdijk (maart 2025): de schade aan "
        "woningen, de afzetting en de evacuatie van bewoners, het onderzoek van de "
        "Arbeidsinspectie, de bouwstop en de schadeafhandeling.",
        ("bouwkraan omgevallen", "kraan zomerdijk schade woningen", "bouwstop arbeidsinspectie"),
    ),
    Request(
        10,
        "De vrachtwagen die klem kwam te zitten onder het spoorviaduct aan de Hoogeveenseweg "
        "(september 2025): de schade aan het viaduct, de afsluiting en de omleiding, het contact "
        "met ProRail, de hoogtesignalering en het verhalen van de kosten.",
        (
            "vrachtwagen vast viaduct",
            "spoorviaduct hoogeveenseweg schade",
            "viaduct afgesloten kosten verhalen",
        ),
    ),
    Request(
        11,
        "De uitgevallen verwarming in dorpshuis De Spil in Rogat (winter 2025): de kapotte "
        "cv-ketel, de tijdelijke sluiting, de gevolgen voor de huurders en verenigingen, de "
        "vervanging van de ketel en de kosten.",
        ("verwarming dorpshuis kapot", "dorpshuis rogat cv-ketel", "dorpshuis kou huurders"),
    ),
    Request(
        12,
        "De fout bij de uitbetaling van het vakantiegeld aan medewerkers van de gemeente (mei "
        "2025): het te lage bedrag, de oorzaak in het salarissysteem, de vragen van medewerkers "
        "en de ondernemingsraad en de correctie.",
        (
            "vakantiegeld fout",
            "vakantietoeslag te weinig uitbetaald",
            "salarisadministratie correctie",
        ),
    ),
)


CHATS = (
    Chat(
        "Gemeentewerf en wagenpark",
        "openbare_ruimte",
        "2025-01-06 07:15",
        ["Gerrit Lanting", "Yvonne Brink", "Marco Schuiling", "Dennis Oosting"],
        """
A: Winterbanden zitten er bij alle bussen op
B: De shovel moet nog naar de keuring
~ 2025-03-04
C: Bus 14 start niet, ontstekingskabels doorgeknaagd. Monteur zegt: steenmarter {1}
A: Alweer? Vorige week had de veegwagen hetzelfde {1}
C: Ja, en bij de kraakperswagen zijn de koelwaterslangen aangevreten {1}
D: Ik zag vanochtend pootafdrukken op de motorkap van de Caddy's, die beesten slapen in de loods {1}
A: Ik bel een ongediertebestrijder, en we zetten niks meer buiten 's nachts {1}
~ 2025-03-06
B: Dienstauto 9 ook, remleiding lek. Hij mocht niet meer de weg op {1}
A: Lijstje bijhouden van alle schade, dat heeft de verzekering nodig {1}
~ 2025-03-19
D: Marterverjagers zijn ingebouwd in 12 wagens, die piepen op hoge toon {1}
C: Honden van de buren vinden het niks 😅 {1}
~ 2025-04-02
B: Wie heeft de sleutels van de aanhanger?
C: Hangt aan het bord
~ 2025-04-15
A: Stand marterschade: 23 voertuigen, reparaties tot nu toe 18.400 euro {1}
D: Plus de huur van vervangende bussen {1}
~ 2025-06-23
C: De kassen van de kwekerij zijn een ravage na de hagel zaterdag, half het glas ligt eruit {3}
A: Is er iemand gewond? {3}
C: Nee, niemand was er. Maar de jonge plantjes voor de perken zijn kapot {3}
A: Ik zet het door naar Yvonne voor de verzekering {3}
B: Foto's maken van elke ruit graag {3}
~ 2025-09-02
D: Groenafval container op de werf is weer vol
~ 2025-12-08
A: Eindejaarsborrel 19 december in de kantine
""",
        160,
    ),
    Chat(
        "Facilitair stadhuis",
        "bedrijfsvoering",
        "2025-01-06 08:00",
        ["Monique Veld", "Arjen Prins", "Els Zwiers", "Kevin Rozema"],
        """
A: Nieuwjaarsreceptie donderdag: garderobe en catering zijn besteld
B: Statafels komen woensdag
~ 2025-01-10
C: Heeft iemand de ambtsketen gezien? Lag na de receptie niet in de kluis {2}
A: Ik heb hem niet aangeraakt. Bode zou hem opbergen {2}
B: Bode zegt dat hij hem in het kistje op het bureau van het secretariaat heeft gelegd {2}
C: Daar ligt alleen het lege kistje {2}
A: Camerabeelden van de hal laten bekijken? {2}
~ 2025-01-13
D: Beelden bekeken, niks te zien bij het secretariaat, daar hangt geen camera {2}
~ 2025-01-22
C: Gevonden!! Zat in de koffer van de cateraar, tussen de tafellakens {2}
A: Niet te geloven {2}
D: Vanaf nu gaat hij meteen na afloop in de kluis, met handtekening {2}
~ 2025-03-14
B: Lekkage bij de fietsenkelder, loodgieter komt
~ 2025-11-13
C: Brandmelder in de pantry naast de raadzaal ging af, iemand had brood in de tosti-ijzer laten verbranden {8}
A: Dus het hele gebouw leeg voor een tosti {8}
B: Het systeem doet wat het moet doen. Wel duurde het 20 minuten voor de brandweer het vrijgaf {8}
D: Lift stond stil door het alarm, mevrouw in de rolstoel van de publieke tribune zat boven vast {8}
C: BHV'ers hebben haar met de evacuatiestoel naar beneden gebracht {8}
A: Goed gedaan. Wel evalueren {8}
~ 2025-11-18
D: Evaluatie ontruiming: tosti-ijzer weg uit de pantry, rookmelder daar vervangen door een warmtemelder {8}
~ 2025-12-01
B: Kerstversiering hangt vanaf maandag
""",
        160,
    ),
    Chat(
        "Team groen en bomen",
        "openbare_ruimte",
        "2025-01-08 08:30",
        ["Hilde Mensink", "Bart Kuiper", "Rianne Smit", "Jos Tempelman"],
        """
A: Snoeiplanning voor het voorjaar staat in de map
B: Ik pak de knotwilgen langs de Reest
~ 2025-06-24
C: Kwekerij: na de hagelstorm kunnen we de zomerbloeiers voor de rotondes vergeten, alles kapot onder het glas {3}
A: Kunnen we plantgoed bijkopen? {3}
C: Ja, offerte van 6.200 euro, graag akkoord {3}
A: Akkoord {3}
~ 2025-06-30
D: Julianalaan: bewoners klagen dat hun auto's onder een kleverige laag zitten, het komt van de lindes {7}
B: Bladluizen. Die scheiden honingdauw af, elk jaar hetzelfde {7}
D: Ze willen dat we de bomen kappen {7}
A: Geen sprake van, gezonde lindes van 60 jaar. Wel kijken of we de kronen kunnen uitdunnen {7}
~ 2025-07-08
B: Lieveheersbeestjes uitgezet in de lindes aan de Julianalaan, 10.000 larven {7}
D: Biologisch bestrijden dus, mooi {7}
~ 2025-07-21
D: Handtekeningenlijst binnen voor kap van de linden, 34 adressen {7}
A: Antwoordbrief: geen kap, wel snoei in het najaar {7}
~ 2025-08-12
C: Op de gracht liggen dode eenden, al 6 vanochtend bij de Kleine Oever {6}
A: Hitte, laag water, dat lijkt op botulisme {6}
C: Ik haal ze op met handschoenen, niet laten liggen {6}
B: Waterschap bellen, die meten het zuurstof {6}
~ 2025-08-14
C: Weer 11 kadavers, ook in de vijver in het Wilhelminapark {6}
A: Dierenambulance helpt met ophalen, laat ze zien waar {6}
~ 2025-09-09
B: Herfstsnoei lindes Julianalaan ingepland in week 44 {7}
~ 2025-11-03
D: Bladkorven staan
""",
        170,
    ),
    Chat(
        "Boa's Meppel",
        "veiligheid",
        "2025-01-07 08:00",
        ["Sandra Wubs", "Niels Hofman", "Tamara Bakker", "Erwin Dekker"],
        """
A: Roosters voor februari staan in Teams
B: Ik wil ruilen op de 14e
~ 2025-05-16
C: Skatebaan Oosterboer: melding om 23.40 uur, jongens aan het skaten met muziek aan {5}
A: Zijn jullie er geweest? {5}
C: Ja, weggestuurd. Buurvrouw stond in haar ochtendjas te wachten {5}
~ 2025-06-06
D: Weer de skatebaan, 3e keer deze week na 22 uur {5}
A: Nieuwe bordjes met openingstijden komen, tot 21 uur {5}
~ 2025-08-13
B: Honden lopen los bij de gracht terwijl er dode eenden liggen. Mensen aanspreken? {6}
A: Ja, aanlijnen vragen. Honden kunnen ook ziek worden van die kadavers {6}
D: Meneer met een labrador werd boos, zijn hond had al een dood beest in zijn bek {6}
A: Vervelend. Dierenarts bellen adviseren {6}
~ 2025-09-20
D: Wie heeft de bon-printer?
~ 2025-12-06
C: Markt: kersboom ligt dwars over de kramen, ik zet af met lint {4}
A: Iemand gewond? {4}
C: Nee, gelukkig om 7 uur nog niemand. Auto van een marktkoopman heeft een deuk {4}
D: Ik kom helpen, de brandweer is onderweg om hem in stukken te zagen {4}
""",
        150,
    ),
    Chat(
        "Kabinet burgemeester",
        "bestuur",
        "2025-01-06 09:00",
        ["Willemijn Otten", "Peter Drost", "Sanne Nijland"],
        """
A: Speech nieuwjaarsreceptie staat in de map, graag meelezen
B: Mooi stuk
~ 2025-01-10
C: Burgemeester vraagt waar de keten is, hij moet zaterdag naar de bevestiging van de nieuwe predikant {2}
A: We zoeken nog. Facilitair heeft hem niet {2}
B: Zonder keten dan maar {2}
~ 2025-01-14
A: Aangifte gedaan bij de politie van vermissing ambtsketen, waarde 14.000 euro verzekerd {2}
~ 2025-01-22
C: Keten terug, hing bij de cateraar. Burgemeester lacht erom {2}
A: Aangifte intrekken, doe ik {2}
~ 2025-06-12
B: Agenda werkbezoek Nijeveen klopt niet
C: Aangepast
~ 2025-11-13
A: Raad is ontruimd om 20.40 uur, vergadering geschorst {8}
B: Gaan we door? {8}
A: Voorzitter heeft besloten om 21.30 in de trouwzaal verder te gaan, daar hangen de camera's niet {8}
C: Livestream dus uit voor het tweede deel. Komt een audio-opname online {8}
~ 2025-12-06
B: Burgemeester wil weten wie verantwoordelijk is voor de kerstboom op de Markt, die is vannacht omgewaaid {4}
A: Leverancier Kerstgroen Drenthe heeft hem geplaatst, onze ondernemersvereniging betaalt {4}
B: Hij wil vandaag een reactie, de Courant belt {4}
""",
        130,
    ),
    Chat(
        "Verkeer en wegen",
        "ruimte",
        "2025-01-09 09:00",
        ["Roel Bosma", "Ineke Pol", "Thijs Vrieling", "Nadia el Amrani"],
        """
A: Gladheidsmeldingen vorige week: 14, allemaal afgehandeld
~ 2025-03-18
B: Zomerdijk dicht tussen de Kerkweg en de Vledderstraat, daar ligt een kraan over de weg {9}
C: Omleiding via de Eekhoornweg ingesteld {9}
~ 2025-03-24
B: Zomerdijk blijft dicht tot de kraan in stukken weg is, aannemer denkt vrijdag {9}
~ 2025-06-05
D: Asfalt Steenwijkerweg wordt in de herfstvakantie gedaan
~ 2025-09-02
A: Vrachtwagen klem onder het spoorviaduct Hoogeveenseweg, hij reed met de kraanarm omhoog {10}
C: Treinverkeer? {10}
A: ProRail heeft de treinen stilgelegd tot hun constructeur naar de brug heeft gekeken {10}
D: Wij sluiten de Hoogeveenseweg af, omleiding via de Mr. Cramerweg {10}
~ 2025-09-03
A: Spoor is weer vrij, de weg onder het viaduct blijft dicht: betonnen rand afgebroken {10}
B: Hoogtebord staat er wel, 3,6 meter. Chauffeur zegt dat hij het niet zag {10}
~ 2025-09-17
C: Voorstel: hoogteportaal met kettingen 50 meter voor het viaduct, dan hoor je het {10}
A: Prima, raming maken {10}
~ 2025-10-01
D: Verkeersbesluit voor de fietsstraat ligt ter inzage
""",
        150,
    ),
    Chat(
        "Bouw en toezicht",
        "ruimte",
        "2025-01-13 08:30",
        ["Esther Kloosterman", "Frank Meijer", "Lotte Hulshof"],
        """
A: Inspecties deze week: 9, waarvan 2 in Nijeveen
~ 2025-03-18
B: Bij de nieuwbouw aan de Zomerdijk is de torenkraan omgegaan. Hij ligt op twee woningen {9}
A: Slachtoffers? {9}
B: Kraanmachinist met shock naar het ziekenhuis, bewoners waren niet thuis {9}
C: Ik leg een bouwstop op en stuur de Arbeidsinspectie de stukken {9}
~ 2025-03-19
B: Constructeur: nummer 12 en 14 zijn niet meer veilig, bewoners slapen bij familie {9}
~ 2025-04-10
C: Arbeidsinspectie: de ballast van de kraan was niet volgens de tekening, aannemer in overtreding {9}
A: Mag het werk weer verder? {9}
C: Pas als er een nieuw kraanplan ligt dat wij goedkeuren {9}
~ 2025-05-06
C: Kraanplan goedgekeurd, stillegging opgeheven {9}
~ 2025-07-07
B: Klacht over een dakkapel aan de Oosterboerweg, ik ga kijken
""",
        120,
    ),
    Chat(
        "HR en salarisadministratie",
        "bedrijfsvoering",
        "2025-01-06 08:30",
        ["Astrid Hoekstra", "Wouter Kamphuis", "Jolien Boers", "Ruben Sterk"],
        """
A: Loonstroken januari staan klaar in Youforce
B: Nieuwe cao-tabellen verwerkt
~ 2025-05-23
C: Telefoon staat roodgloeiend: iedereen heeft te weinig vakantiegeld gekregen {12}
A: Hoeveel te weinig? {12}
C: Er is 8% over het basissalaris betaald, zonder de IKB en de toelagen. Gemiddeld 180 euro per persoon {12}
D: Fout in de nieuwe koppeling na de update van april, de grondslag is verkeerd gezet {12}
A: Kunnen we het nog deze maand rechtzetten? {12}
D: Correctierun op 30 mei, het verschil komt met een aparte betaling {12}
~ 2025-05-26
B: Mailtje naar alle medewerkers over de vakantietoeslag is eruit {12}
~ 2025-05-30
D: Nabetaling verwerkt bij 612 medewerkers, 4 gevallen handmatig {12}
~ 2025-07-14
A: Wie doet de exitgesprekken deze maand?
B: Ik
""",
        120,
    ),
    Chat(
        "Sport en accommodaties",
        "samenleving",
        "2025-01-08 09:00",
        ["Mirjam Post", "Hans Roelofs", "Kim Lubbers", "Youssef Tahiri"],
        """
A: Zaalverhuur 2025-2026: aanvragen tot 1 maart
~ 2025-01-15
B: Rogat: De Spil heeft geen verwarming, de cv-ketel is kapot. Binnen 11 graden {11}
A: Onze ketel of van de stichting? {11}
B: Van ons, het gebouw is van de gemeente {11}
C: Monteur zegt: warmtewisselaar lek, niet te repareren {11}
A: Nieuwe ketel bestellen, en tot die tijd? {11}
B: Heaters huren, maar de zaal is niet warm te krijgen {11}
~ 2025-01-20
D: Koor en de biljartclub zijn uitgeweken naar de kantine van de voetbal {11}
~ 2025-02-11
B: Nieuwe ketel in De Spil hangt, 9.850 euro. Alles weer warm {11}
~ 2025-06-22
C: Sporthal De Vledder: lichtkoepels door de hagel stuk, water op de vloer, zaal dicht {3}
A: Hoe lang? {3}
C: Vloer moet drogen, koepels afdekken met zeil. Minstens twee weken {3}
D: Volleybal toernooi moet verhuizen {3}
~ 2025-07-04
C: Nieuwe koepels besteld, levertijd 6 weken. Tot die tijd zeil en bouwlampen {3}
~ 2025-07-10
A: Skatebaan Oosterboer: bewoners en skaters zaten aan tafel, afspraak: open van 9 tot 21 uur {5}
D: En de renovatie? {5}
A: Nieuwe elementen van beton in plaats van staal, dat scheelt een hoop herrie {5}
~ 2025-10-02
B: Gymrooster basisscholen klopt weer
""",
        160,
    ),
    Chat(
        "Klantcontact backoffice",
        "dienstverlening",
        "2025-01-06 08:00",
        ["Ayla Demir", "Bas Wolters", "Corinne Jansen"],
        """
A: Nieuwe wachtrij voor paspoorten staat aan
~ 2025-07-01
B: Vijfde beller over de plakkerige bomen in de Julianalaan, hun auto is smerig {7}
A: Melding voor groen maken, zeggen dat we eraan werken {7}
~ 2025-08-12
C: Mensen bellen over dode eenden in de gracht. Wat zeggen we? {6}
A: Waarschijnlijk botulism. Niet aanraken, honden aanlijnen, melden via de app {6}
~ 2025-08-15
B: Kinderen die eendjes voeren bij de vijver, moeten we dat afraden? {6}
A: Ja, brood maakt het water alleen maar slechter {6}
~ 2025-09-03
C: Veel vragen over de afgesloten Hoogeveenseweg, hoe lang nog? {10}
A: Tot het viaduct gerepareerd is, minstens een week {10}
~ 2025-10-20
B: Wachttijd telefoon vandaag 3 minuten
""",
        130,
    ),
    Chat(
        "Communicatie",
        "bestuur",
        "2025-01-06 09:00",
        ["Lisa Hendriks", "Thomas Vos", "Femke Harms"],
        """
A: Posts voor de nieuwjaarsreceptie ingepland
~ 2025-01-15
B: RTV Drenthe vraagt of het klopt dat de burgemeesterketen weg is {2}
A: Bevestigen dat we hem zoeken, meer niet {2}
~ 2025-01-22
B: Persbericht: keten terecht, was per ongeluk meegenomen met de catering {2}
~ 2025-08-13
C: Post over botulisme bij de eenden: honden aan de lijn, dode vogels melden {6}
A: Graag ook een bord bij de gracht {6}
~ 2025-11-14
B: Raadsvergadering gisteren: vragen over het alarm en de ontruiming van de raadzaal {8}
A: Korte uitleg op de site, oorzaak was een aangebrand broodje in de pantry {8}
~ 2025-12-06
C: Kerstboom op de Markt omgewaaid vannacht, Facebook ontploft {4}
A: Tekst: niemand gewond, boom wordt weggehaald, Markt deels afgezet {4}
C: Komt er een nieuwe? {4}
A: Dat weten we nog niet {4}
""",
        130,
    ),
    Chat(
        "Verzekeringen en schade",
        "bedrijfsvoering",
        "2025-01-10 09:00",
        ["Karin Wieringa", "Johan Boekhout", "Mehmet Yilmaz"],
        """
A: Polisoverzicht 2025 is binnen
~ 2025-04-16
B: Claim martersschade wagenpark: 23 voertuigen, 18.400 euro. Gaat dat onder de casco? {1}
A: Marterschade valt onder de beperkte dekking, eigen risico per voertuig 250 euro {1}
C: Dus we krijgen ongeveer 12.650 terug {1}
~ 2025-06-25
B: Hagel: schade sporthal De Vledder en de kassen, expert komt maandag {3}
A: Sporthal valt onder de opstalpolis, de kassen niet, die zijn apart verzekerd bij de Glasverzekering {3}
~ 2025-07-15
C: Expert hagel: 84.000 euro sporthal, 21.500 euro kassen, uitkering akkoord {3}
~ 2025-09-10
B: Schade viaduct Hoogeveenseweg verhalen op de verzekeraar van het transportbedrijf {10}
C: ProRail doet dat voor de brug, wij voor de weg en de afzetting, 7.300 euro {10}
~ 2025-12-08
A: Marktkoopman stelt ons aansprakelijk voor zijn kraam en auto, door de kerstboom {4}
B: Boom is geplaatst door de leverancier in opdracht van de ondernemers. Doorsturen naar hen {4}
C: Verankering was volgens de leverancier goed, zeggen zij. Windkracht 9 {4}
""",
        120,
    ),
    Chat(
        "Ondernemingsraad",
        "bedrijfsvoering",
        "2025-01-14 12:00",
        ["Marleen Doornbos", "Sjoerd Veenstra", "Ilse Wolf"],
        """
A: Agenda OR-vergadering februari: werkkostenregeling en thuiswerken
~ 2025-05-24
B: Ik krijg veel vragen over het vakantiegeld, kloppen de bedragen? {12}
A: Nee, HR bevestigt een fout. Correctie komt eind mei {12}
C: We vragen schriftelijk hoe dit kon en wat ze eraan doen {12}
~ 2025-06-10
A: Antwoord HR over de vakantiegeldfout: testen na elke update voortaan met een steekproef {12}
B: Akkoord, zo afgesproken {12}
~ 2025-09-16
C: Wie schrijft het jaarverslag?
""",
        100,
    ),
    Chat(
        "Wijkteam Oosterboer",
        "samenleving",
        "2025-01-09 09:30",
        ["Gonnie Pieters", "Ahmed Benali", "Wendy Schipper"],
        """
A: Spreekuur buurthuis woensdag, wie zit er?
B: Ik
~ 2025-04-29
C: Bewoners van de Merelstraat hebben een brief gestuurd over de skatebaan: elke avond tot middernacht geklak en gebonk {5}
A: Ken ik, het staal galmt enorm {5}
~ 2025-06-03
B: Geluidsmeting bij de skatebaan gedaan, 68 dB(A) in de tuin van nummer 7 {5}
C: Dat is boven de norm voor de avond {5}
~ 2025-07-10
A: Bewonersavond was goed, de skaters snappen het ook {5}
~ 2025-11-04
C: Renovatie skeatbaan gestart, nieuwe betonnen ramps {5}
B: Buurt blij, zegt de buurvrouw van 7 {5}
~ 2025-11-20
A: Kerstmarkt buurthuis, wie helpt?
""",
        110,
    ),
    Chat(
        "Evenementen binnenstad",
        "economie",
        "2025-01-08 10:00",
        ["Jeroen Smeenge", "Daphne Horst", "Koen Aalders"],
        """
A: Jaarplanning evenementen 2025 staat in de gedeelde map
~ 2025-11-24
B: Kerstboom komt 28 november, 14 meter, leverancier plaatst met zijn eigen kraan {4}
~ 2025-12-06
C: Kerstboom is om, ligt op de kramen van de zaterdagmarkt {4}
A: Wat is er met de voet gebeurd? {4}
C: Betonblok is gekanteld, de grond eronder was week van de regen {4}
B: Leverancier komt vandaag een kleinere boom brengen, zonder kosten {4}
~ 2025-12-08
C: Nieuwe boom staat, met extra spandraden en 4 blokken {4}
A: Goed 👍 {4}
""",
        100,
    ),
    Chat(
        "Bus 14",
        "openbare_ruimte",
        "2025-03-04 07:40",
        ["Marco Schuiling", "Frits Kamminga"],
        """
A: Frits, kun je vandaag naar bus 14 kijken? Start niet {1}
B: Bougiekabels kapot gebeten, en de isolatie van de accukabel. Martertje geweest {1}
A: Hoe lang? {1}
B: Morgen klaar, onderdelen besteld {1}
~
B: Klaar. Ik heb er gaas onder de motor gezet {1}
A: Top {1}
""",
        30,
    ),
    Chat(
        "Marterbestrijding",
        "openbare_ruimte",
        "2025-03-07 10:00",
        ["Gerrit Lanting", "Stijn Ongediertebeheer Noord"],
        """
A: Stijn, we hebben last van steenmarters in onze loods op de werf, al 8 auto's met doorgebeten leidingen {1}
B: Vangen mag niet zomaar, het is een beschermde soort. Wel verjagen {1}
A: Hoe? {1}
B: Gaten dichtmaken, geurstoffen en ultrasone apparaten in de auto's. Ik kom donderdag kijken {1}
~ 2025-03-13
B: Drie openingen onder de dakrand gevonden, dichtgezet. Offerte voor 12 verjagers volgt {1}
A: Prima {1}
""",
        30,
    ),
    Chat(
        "Werkplaats",
        "openbare_ruimte",
        "2025-03-20 13:00",
        ["Dennis Oosting", "Frits Kamminga"],
        """
A: Vuilniswagen 3 lekt koelvloeistof {1}
B: Zelfde verhaal, slang aangevreten. Ik vervang ook de andere slangen {1}
A: Stuur de bon naar Yvonne, voor de claim {1}
B: 👍 {1}
A: Ik ga vrijdag vroeg weg trouwens
""",
        30,
    ),
    Chat(
        "Keten",
        "bestuur",
        "2025-01-10 16:30",
        ["Sanne Nijland", "Monique Veld"],
        """
A: Monique, is hij er al? {2}
B: Nee. We hebben de hele raadzaal en de garderobe doorzocht {2}
A: De burgemeester wordt er niet vrolijk van {2}
B: Ik bel maandag de cateraar en de schoonmakers {2}
""",
        25,
    ),
    Chat(
        "Cateraar",
        "bedrijfsvoering",
        "2025-01-21 11:00",
        ["Monique Veld", "Linda de Smaakmakers"],
        """
A: Linda, jullie hebben bij de receptie de tafels ingepakt. Zit daar misschien een zilveren ketting met een penning tussen? {2}
B: Ik ga kijken in de kratten, die staan nog ongewassen {2}
~
B: Ja!! Hij zat in een tafellaken gewikkeld. Ik breng hem vanmiddag {2}
A: Wat een opluchting {2}
B: Sorry voor het gedoe {2}
A: AUDIO {2}
""",
        25,
    ),
    Chat(
        "Kluis",
        "bedrijfsvoering",
        "2025-01-23 08:30",
        ["Kevin Rozema", "Willemijn Otten"],
        """
A: Nieuw logboek voor de kluis: ketting, zegels en de sleutels van de ambtswoning {2}
B: Wie heeft de code? {2}
A: Alleen jij, ik en de bodes {2}
B: Helder {2}
""",
        25,
    ),
    Chat(
        "Kwekerij",
        "openbare_ruimte",
        "2025-06-21 17:40",
        ["Rianne Smit", "Hilde Mensink"],
        """
A: Hilde, ben je thuis? Het hagelt hier stenen zo groot als knikkers {3}
B: Hier ook! Mijn auto heeft deuken {3}
A: Ik rij straks langs de kwekerij {3}
~
A: PHOTO "KWEKERIJ GEMEENTE MEPPEL - KAS 2 - GEVAAR GLASSCHERVEN - NIET BETREDEN" {3}
B: Oei. Allemaal kapot? {3}
A: Kas 2 en 3 grotendeels, kas 1 heeft 4 ruiten stuk {3}
""",
        25,
    ),
    Chat(
        "De Vledder",
        "samenleving",
        "2025-06-22 09:15",
        ["Kim Lubbers", "Ramon Tuin"],
        """
A: Ramon, de zaal is dicht. Er staat water op de vloer {3}
B: Hoe kan dat? {3}
A: Koepels kapot door die bui van gisteren {3}
B: PHOTO "SPORTHAL DE VLEDDER GESLOTEN WEGENS SCHADE - EXCUSES VOOR HET ONGEMAK" {3}
A: Goed, hang hem ook bij de kleedkamers {3}
~ 2025-08-18
B: Zaal weer open, nieuwe lichtkoepels erin {3}
A: Eindelijk {3}
""",
        30,
    ),
    Chat(
        "Kerstboom",
        "economie",
        "2025-12-06 06:50",
        ["Jeroen Smeenge", "Harold Kerstgroen Drenthe"],
        """
A: Harold, jullie boom ligt op de Markt. Bel me meteen {4}
B: Ik zag het. Ik kom eraan met de ploeg {4}
A: Hoe kan dit? {4}
B: Het blok is verschoven. Zo'n windstoot heb ik nog nooit gehad {4}
~ 2025-12-09
A: Marktkoopman Jansen wil zijn schade vergoed zien {4}
B: Geef hem mijn nummer, onze verzekering regelt dat {4}
""",
        25,
    ),
    Chat(
        "Markt zaterdag",
        "economie",
        "2025-12-06 07:20",
        ["Daphne Horst", "Erwin Dekker"],
        """
A: Kan de markt door? {4}
B: Het noordelijke deel niet, daar ligt de boom nog {4}
A: PHOTO "MARKT DEELS AFGESLOTEN - OMGEWAAIDE BOOM - VOLG DE AANWIJZINGEN" {4}
B: Klopt, hangt bij de Prinsengracht {4}
""",
        25,
    ),
    Chat(
        "Skatebaan",
        "samenleving",
        "2025-05-02 10:00",
        ["Ahmed Benali", "Mirjam Post"],
        """
A: Mirjam, de buren van de skatebaan willen dat hij weggaat {5}
B: Weghalen is niet aan de orde, het is de enige baan in Meppel {5}
A: Misschien eerst meten? {5}
B: Ja, regel ik met milieu {5}
""",
        25,
    ),
    Chat(
        "Meting",
        "ruimte",
        "2025-06-03 15:00",
        ["Pieter Geluid RUD", "Ahmed Benali"],
        """
A: Ahmed, meetrapport van de RUD over het skatepark komt morgen. Piekgeluiden van het staal, tot 68 {5}
B: En met beton? {5}
A: Zou zo'n 10 dB schelen {5}
B: Dank je {5}
""",
        25,
    ),
    Chat(
        "Bewonersavond",
        "samenleving",
        "2025-07-09 18:00",
        ["Gonnie Pieters", "Danny de skater"],
        """
A: Danny, komen jullie morgen naar de bewonersavond over de baan? {5}
B: Met 6 man. We willen hem niet kwijt {5}
A: Niemand wil hem weghalen, het gaat om de tijden {5}
B: Oké, dan zijn we er {5}
~
B: Fijne avond was het {5}
""",
        25,
    ),
    Chat(
        "Dierenambulance",
        "openbare_ruimte",
        "2025-08-13 08:00",
        ["Hilde Mensink", "Greet Dierenambulance"],
        """
A: Greet, kunnen jullie helpen met de zieke eenden in de gracht? Slappe nekken {6}
B: Ja, we halen de levende op en geven ze water en rust. Dode doen jullie? {6}
A: Ja, wij ruimen de kadavers {6}
~ 2025-08-20
B: 17 eenden opgevangen, 9 overleefd {6}
A: Dank jullie wel {6}
""",
        25,
    ),
    Chat(
        "Waterschap",
        "openbare_ruimte",
        "2025-08-13 11:00",
        ["Bart Kuiper", "Anton Waterschap Drents Overijsselse Delta"],
        """
A: Anton, dode watervogels in de Stadsgracht. Kunnen jullie meten? {6}
B: Zuurstof is 2 mg/l, dat is heel laag. Botulisme past daarbij {6}
A: Doorspoelen? {6}
B: We zetten het gemaal Kleine Oever open om vers water aan te voeren {6}
~ 2025-08-14
B: PHOTO "BOTULISME - RAAK DODE VOGELS NIET AAN - HONDEN AANGELIJND - WATERSCHAP" {6}
A: Mooi, die hangen we erbij {6}
""",
        25,
    ),
    Chat(
        "Julianalaan",
        "dienstverlening",
        "2025-06-30 14:00",
        ["Corinne Jansen", "Jos Tempelman"],
        """
A: Jos, mevrouw Haverkamp van de Julianalaan heeft weer gebeld. Haar tuinset zit onder de plak {7}
B: Het zijn luizen, dat gaat vanzelf over in augustus {7}
A: Ze wil een wasbeurt vergoed {7}
B: Dat doen we niet, het is een natuurlijk verschijnsel {7}
""",
        25,
    ),
    Chat(
        "Lindes",
        "openbare_ruimte",
        "2025-07-07 09:00",
        ["Bart Kuiper", "Eva Biologische Bestrijding"],
        """
A: Eva, kun je lieveheersbeestjes leveren voor 22 lindes? {7}
B: Tegen bladluis? Ja, 10.000 larven, dinsdag {7}
A: Top {7}
B: Uitzetten bij windstil weer graag {7}
""",
        25,
    ),
    Chat(
        "Bomen Julianalaan",
        "bestuur",
        "2025-07-22 10:00",
        ["Hilde Mensink", "Wethouder Ria Mulder"],
        """
A: Ria, de bewoners van de Julianalaan hebben een lijst ingeleverd, ze willen de lindebomen weg {7}
B: Wat is jouw advies? {7}
A: Niet kappen. Dunnen in het najaar, dan minder overlast {7}
B: Eens. Ik wil wel even met de bewoners praten {7}
""",
        25,
    ),
    Chat(
        "Snoeiploeg",
        "openbare_ruimte",
        "2025-10-27 07:30",
        ["Jos Tempelman", "Bart Kuiper"],
        """
A: Hoogwerker staat morgen in de Julianalaan {7}
B: Bordjes niet parkeren staan sinds vrijdag {7}
~
A: Klaar, 22 bomen gedund {7}
B: 👍 {7}
""",
        25,
    ),
    Chat(
        "BHV",
        "bedrijfsvoering",
        "2025-11-13 21:00",
        ["Arjen Prins", "Kevin Rozema"],
        """
A: Iedereen was buiten binnen 6 minuten, behalve de mevrouw in de rolstoel {8}
B: Ik was daar. Evacuatiestoel werkte prima {8}
A: Meld je het in het BHV-logboek? {8}
B: Doe ik {8}
A: AUDIO {8}
""",
        25,
    ),
    Chat(
        "Raad",
        "bestuur",
        "2025-11-13 20:45",
        ["Anne Wessels", "Peter Drost"],
        """
A: Staan jullie ook op het plein? Het is koud {8}
B: Ja. Brandweer is binnen {8}
A: Ik wil om half tien verder, anders halen we de begroting niet {8}
B: Trouwzaal is vrij {8}
~
A: Notulen van gisteren: schorsing van 20.40 tot 21.35 {8}
""",
        25,
    ),
    Chat(
        "Tribune",
        "dienstverlening",
        "2025-11-14 10:00",
        ["Ayla Demir", "Anne Wessels"],
        """
A: Meneer Hof belt. Zijn vrouw zat gisteren boven vast in haar rolstoel en hij vond het eng {8}
B: Begrijpelijk. Ik bel hem terug {8}
A: Hij wil een klacht indienen {8}
B: Dat mag. Ik leg uit hoe het ging {8}
""",
        25,
    ),
    Chat(
        "Zomerdijk",
        "ruimte",
        "2025-03-18 11:20",
        ["Frank Meijer", "Esther Kloosterman"],
        """
A: Esther, de kraan ligt dwars over de straat en op de gevels van 12 en 14 {9}
B: Ik kom eraan {9}
A: Brandweer heeft de straat ontruimd {9}
B: AUDIO {9}
A: Ja, doe ik {9}
""",
        25,
    ),
    Chat(
        "Bewoners Zomerdijk",
        "samenleving",
        "2025-03-19 09:00",
        ["Wendy Schipper", "Familie Brugman"],
        """
A: Hoe gaat het met jullie? Kunnen we helpen met onderdak? {9}
B: We zitten bij mijn zus, maar wanneer kunnen we terug? {9}
A: De constructeur kijkt vandaag, ik laat het weten {9}
~ 2025-04-28
B: Dak is dicht, we mogen er weer in {9}
A: Fijn om te horen {9}
""",
        25,
    ),
    Chat(
        "Aannemer Zomerdijk",
        "ruimte",
        "2025-03-25 14:00",
        ["Lotte Hulshof", "Bouwbedrijf Hendriksen"],
        """
A: Wanneer krijgen we het nieuwe kraanplan? Zonder plan geen hervatting {9}
B: Eind april, de verhuurder van de kraan rekent het door {9}
A: En de schade aan de huizen? {9}
B: Loopt via onze CAR-verzekering {9}
""",
        25,
    ),
    Chat(
        "Torenkraan",
        "bestuur",
        "2025-03-18 12:30",
        ["Peter Drost", "Esther Kloosterman"],
        """
A: Burgemeester wil alles weten over de kraan {9}
B: Twee huizen zwaar beschadigd, niemand gewond behalve de machinist. Werk stilgelegd {9}
A: Dank, hij gaat vanmiddag kijken {9}
""",
        25,
    ),
    Chat(
        "Viaduct",
        "ruimte",
        "2025-09-02 10:10",
        ["Roel Bosma", "Jan-Willem ProRail"],
        """
A: Jan-Willem, hoe staat het met de spoorbrug? {10}
B: Hoofdligger is geraakt, geen gevaar voor de treinen. Rand van het dek is eraf {10}
A: Wanneer mogen wij er weer onderdoor? {10}
B: Na herstel van de betonrand, we denken volgende week {10}
~ 2025-09-11
B: Hersteld, weg mag open {10}
A: Dank {10}
""",
        25,
    ),
    Chat(
        "Hoogteportaal",
        "ruimte",
        "2025-09-18 09:00",
        ["Thijs Vrieling", "Roel Bosma"],
        """
A: Raming portaal met kettingen en een extra waarschuwingsbord met knipperlicht: 23.000 euro {10}
B: Halen we uit het budget verkeersveiligheid {10}
A: Plaatsing november {10}
~ 2025-11-12
A: PHOTO "LET OP MAXIMALE HOOGTE 3,6 M - VIADUCT OP 50 M" {10}
B: Staat goed {10}
""",
        25,
    ),
    Chat(
        "Transportbedrijf",
        "bedrijfsvoering",
        "2025-09-10 11:00",
        ["Mehmet Yilmaz", "Transport Jonker BV"],
        """
A: Wij stellen u aansprakelijk voor de kosten van de afzetting en de omleiding, 7.300 euro {10}
B: Stuur het naar onze verzekeraar, die regelt het {10}
~ 2025-10-14
A: Betaald door de verzekeraar {10}
""",
        25,
    ),
    Chat(
        "De Spil",
        "samenleving",
        "2025-01-15 08:10",
        ["Hans Roelofs", "Bertus Stichting Dorpshuis Rogat"],
        """
A: Bertus, de monteur is er om 10 uur {11}
B: Mooi, het is hier ijskoud. Ik heb de yoga van vanavond al afgebeld {11}
~
B: Ketel is total loss zegt hij {11}
A: Ik regel een nieuwe. Gaat een paar weken duren {11}
B: Dan sluiten we maar {11}
B: PHOTO "DORPSHUIS DE SPIL TIJDELIJK GESLOTEN - GEEN VERWARMING" {11}
""",
        25,
    ),
    Chat(
        "Huurders De Spil",
        "samenleving",
        "2025-01-17 13:00",
        ["Kim Lubbers", "Biljartclub De Keu"],
        """
A: Vanwege de kapotte ketel kunnen jullie niet in De Spil. Voetbalkantine VV Rogat heeft plek op dinsdag {11}
B: Daar staat geen biljart {11}
A: Ik weet het, sorry. Huur hoeft u niet te betalen deze weken {11}
B: Goed {11}
""",
        25,
    ),
    Chat(
        "Ketel",
        "bedrijfsvoering",
        "2025-01-16 10:00",
        ["Youssef Tahiri", "Installatiebedrijf Boer"],
        """
A: Kunt u een nieuwe HR-ketel leveren voor het dorpshuis in Rogat? {11}
B: Levertijd is 3 weken, prijs 9.850 inclusief montage {11}
A: Akkoord, graag zo snel mogelijk {11}
~ 2025-02-10
B: Morgen hangen we hem {11}
""",
        25,
    ),
    Chat(
        "Rogat",
        "bestuur",
        "2025-01-16 15:00",
        ["Wethouder Ria Mulder", "Mirjam Post"],
        """
A: Ik hoor dat De Spil dicht is? {11}
B: Ja, ketel stuk. Nieuwe komt half februari {11}
A: Kosten? {11}
B: Bijna 10 mille, uit het onderhoudsbudget {11}
A: Oké {11}
""",
        25,
    ),
    Chat(
        "Loonstrook",
        "bedrijfsvoering",
        "2025-05-23 12:00",
        ["Ruben Sterk", "Monique Veld"],
        """
B: Ruben, op mijn loonstrook is de vakantietoeslag 140 euro lager dan vorig jaar {12}
A: Klopt, bij iedereen fout gegaan. Eind mei komt de rest {12}
B: Gelukkig {12}
""",
        25,
    ),
    Chat(
        "Youforce",
        "bedrijfsvoering",
        "2025-05-23 14:00",
        ["Wouter Kamphuis", "Leverancier salarissoftware"],
        """
A: Na jullie update is de grondslag voor het vakantiegeld fout, alleen basissalaris {12}
B: We kijken ernaar {12}
~
B: Bevestigd, instelling was na de update teruggezet naar de standaard. Excuses {12}
A: Wij doen de correctierun zelf {12}
""",
        25,
    ),
    Chat(
        "Vakantiegeld",
        "bedrijfsvoering",
        "2025-05-26 09:00",
        ["Astrid Hoekstra", "Gemeentesecretaris Hans Brink"],
        """
A: Hans, ter info: het vakantiegeld van alle medewerkers was te laag. We betalen het verschil vrijdag na {12}
B: Hoe kan dat? {12}
A: Instelling in het systeem na een update, we testen voortaan beter {12}
B: Goed, houd me op de hoogte {12}
""",
        25,
    ),
    Chat(
        "Salaris",
        "bedrijfsvoering",
        "2025-05-23 10:30",
        ["Jolien Boers", "Fenna Buitendienst"],
        """
B: Hoi Jolien, klopt mijn vakantiegled wel? Ik heb minder dan vorig jaar terwijl ik meer uren werk {12}
A: Nee, het klopt niet. Bij iedereen is het te laag uitbetaald {12}
B: Krijg ik het nog? {12}
A: Ja, 30 mei wordt het aangevuld {12}
B: Dan kan de camping toch betaald worden 😅 {12}
~ 2025-05-30
B: Binnen, dank je {12}
A: Graag gedaan {12}
""",
        25,
    ),
    Chat(
        "Kerstboom hal",
        "bedrijfsvoering",
        "2025-11-28 10:00",
        ["Els Zwiers", "Arjen Prins"],
        """
A: De kerstboom voor de hal van het stadhuis komt dinsdag, wie versiert?
B: Het secretariaat, met de ballen van vorig jaar
A: Lampjes doen het nog?
B: De helft, ik koop nieuwe
A: En een piek erop graag
""",
        30,
    ),
    Chat(
        "Ontruimingsoefening",
        "bedrijfsvoering",
        "2025-03-03 09:00",
        ["Kevin Rozema", "Monique Veld", "Arjen Prins"],
        """
A: Jaarlijkse ontruimingsoefening stadhuis staat op 20 maart, niet doorvertellen
B: Met alarm of stil?
A: Met alarm, om 10 uur
~ 2025-03-20
C: Oefening: 7 minuten tot iedereen op het verzamelpunt stond
A: Verdieping 3 was traag, de BHV'er was met vakantie
B: Volgend jaar een reserve aanwijzen
""",
        30,
    ),
    Chat(
        "Pantry",
        "bedrijfsvoering",
        "2025-04-08 11:00",
        ["Els Zwiers", "Kevin Rozema"],
        """
A: De kraan in de pantry op de tweede lekt weer
B: Ik bel de loodgieter
A: En de vaatwasser piept
B: Die ook 😅
""",
        25,
    ),
    Chat(
        "Vakantieplanning",
        "ruimte",
        "2025-04-01 09:00",
        ["Roel Bosma", "Ineke Pol", "Thijs Vrieling"],
        """
A: Zomervakantie: graag voor 15 april in het rooster zetten
B: Ik ben weg van 14 juli tot 1 augustus
C: Ik de eerste drie weken van augustus
A: Dan is er altijd iemand voor de vergunningen
B: Mag ik een dag kopen met mijn IKB-uren?
A: Vraag het aan HR
""",
        30,
    ),
    Chat(
        "Eenden voeren",
        "openbare_ruimte",
        "2025-03-12 14:00",
        ["Bart Kuiper", "Gonnie Pieters"],
        """
A: Bord 'niet voeren' bij de vijver in Oosterboer is weer beklad
B: Er ligt elke dag brood voor de eenden, ratten komen erop af
A: Ik zet een nieuw bord neer
B: En misschien een brief aan de flat ernaast
""",
        25,
    ),
    Chat(
        "Skate clinic Koningsdag",
        "samenleving",
        "2025-04-03 10:00",
        ["Mirjam Post", "Danny de skater"],
        """
A: Danny, willen jullie op Koningsdag een skate clinic geven op de Markt?
B: Leuk! Met een mobiele ramp?
A: Die huren we, 2 uur 's middags
B: We nemen helmen mee voor de kinderen
""",
        25,
    ),
    Chat(
        "Temperatuur stadhuis",
        "bedrijfsvoering",
        "2025-02-04 08:30",
        ["Monique Veld", "Installatiebedrijf Boer"],
        """
A: Op de tweede verdieping is het 26 graden, de verwarming lijkt niet te regelen
B: Waarschijnlijk de klimaatregeling, ik kom vanmiddag
~
B: Sensor vervangen, ketel was in orde
A: Dank, het is weer te doen
""",
        25,
    ),
    Chat(
        "Boomfeestdag",
        "openbare_ruimte",
        "2025-03-05 10:00",
        ["Hilde Mensink", "Ahmed Benali"],
        """
A: Boomfeestdag met groep 7 van De Sprong, we planten 30 lindes en eiken in Oosterboer
B: Leuk, ik regel de schoppen
A: Wethouder komt de eerste boom planten
B: En ranja voor de kinderen
""",
        30,
    ),
    Chat(
        "Dorpsbelang Rogat",
        "samenleving",
        "2025-02-20 19:00",
        ["Jannie Dorpsbelang Rogat", "Hans Roelofs"],
        """
A: Wat was 't koold in de Spil, de leu hebt er wekenlaank niet in kund {11}
B: Dat snap ik, het spijt ons. De nieje ketel hangt er nou {11}
A: Mooi zo. Krie'j de kosten van de heaters ok van de gemeente? {11}
B: Ja, die hoeft de stichting niet te betalen {11}
""",
        25,
    ),
    Chat(
        "Werf loods",
        "openbare_ruimte",
        "2025-05-12 07:45",
        ["Gerrit Lanting", "Marco Schuiling"],
        """
A: Sinds de verjagers erin zitten geen nieuwe schade meer {1}
B: Klopt, wel keutels op de zolder van de loods {1}
A: Dan komt Stijn nog een keer kijken naar de mader {1}
B: 👍 {1}
""",
        25,
    ),
)
