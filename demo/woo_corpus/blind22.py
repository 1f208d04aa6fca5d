"""The TWENTY-SECOND BLIND relevance set (issue 17): new chats, requests and judgements.

Written as a Woo officer of gemeente Meppel would by a helper (branch wwoo22) BEFORE any tuning on
it, without reading the search code, its tuning tests or RESULTS.md's round paragraphs (blind21.py
was read for the data format, sets 1 to 21 only for their request titles, so that the subjects are
new); measured once on main's code after it was committed ("before" figure). Same syntax as
blind.py: `{n}` after a line marks the requests it is relevant to, `~` starts the next day, `~
YYYY-MM-DD` moves the chat to that day, `PHOTO "text"` is a photo with painted text, `AUDIO` a
voice note. Generated filler (build.FILLER) is relevant to nothing. Names, places, organisations,
addresses, phone numbers and companies are made up.

The requests and their queries were written first, from the request text only. The chats are shaped
like real work chats: long team chats (waste collection, neighbourhood management, the clerk's
office, ICT and information security, the mayor's cabinet, the station area, the social team,
enforcement) where a request's subject is a few lines among other work; short follow-up chats whose
subject carries the topic while the lines answer without repeating it ("Geleegd. 380 kilo", "Staat!
Foto's gestuurd", "Hangt! Dank", "ALV: 51 voor, 19 tegen", "Gedaan, ze stuurt het naar je");
abbreviations and jargon (AH, MDM, Intune, iBabs, SLA, CISO, AP, BSN, DPIA, SLM Rijk, ECLI, ALV, PAK,
GGD, ggz, Wmo, ABS, KCC, NS, fte, Halt, RNI); other words for the subject (textielbak, kledingbak,
bakken, Reshare; hondenveld, uitlaatzone, losloopveld, poepbakken, drollen; rookvrije zone, 'Hier
rookt niemand', paffen, vapen, rookhoek; tablet, iPad, de app, MDM; tags, spuiters, writers, de
tunnel, antigraffiti coating; tuinders, De Groene Vinger, lood, vuilstort; co-pilot, de tool,
generatieve AI, hallucineren; zustergemeente, de Polen, Poolse gasten, delegatie; stalling,
Biesieklette, rekken, forenzen, pendelaars; afvalbrengstation, ABS, slagboom, de rij, gedumpt;
pastorie, ggz-cliënten, klankbordgroep, convenant); typos and short forms (co-pilot, copilot,
chatgpt, ipad, stalling, ma en wo, incl., excl. btw, t.o.v.); 4 photos with text and 2 voice notes;
and distractor chats that share words with requests but are about something else (the dog tax, a
dog bite in a playground, a school's clothing collection, a clothes swap at the Repair Café, fire
safety checks of smoke detectors, tobacco sales checks, iPads for a school, an AI traffic camera,
Polish workers registered at one address, bicycle racks at the city hall, a school garden,
pruning the hedges around the allotments, a mural on the library, bulky waste on appointment, the
sale of another parsonage, a neighbours' quarrel in the Lindenlaan).

Judging rule (as the earlier sets): a message is relevant when a Woo officer would have to include
it to cover the request, also when it does not repeat the subject ("En?", "Getekend?", "👍",
"Gedaan"). Lines of a relevant chat about something else carry no tag; a line about two or three
subjects carries their tags (the alderman's agenda, the enforcement team's agenda).

Counts (with the generated filler of seed 17, as the bench builds it): 71 chats of 12 to 218
messages, 2,538 messages (556 hand-written; 4 photos with text, 2 voice notes), 11 requests, 33
queries, 444 relevant (message, request) pairs on 441 messages, in 69 (chat, request) pairs; 53
chats relevant to a request, 18 to none, 9 to several. Relevant messages (chats) per request: R1 47
(5), R2 50 (7), R3 40 (8), R4 37 (5), R5 33 (6), R6 34 (5), R7 49 (7), R8 36 (7), R9 35 (6), R10 41
(8), R11 42 (5).
"""

from .build import Chat, Request

REQUESTS = (
    Request(
        1,
        "De kledingcontainers (textielinzameling) in Meppel (2025): de overvolle containers en "
        "bijplaatsingen, de klachten, het contract met de inzamelaar en het weghalen van "
        "containers.",
        ("kledingcontainers", "textielinzameling", "overvolle kledingcontainer bijplaatsing"),
    ),
    Request(
        2,
        "Het hondenlosloopgebied langs de Reest bij de Reestoever (2025): de inspraak, het "
        "hekwerk, de klachten over hondenpoep en loslopende honden en het besluit.",
        ("hondenlosloopgebied", "losloopgebied honden reest", "hondenpoep klachten"),
    ),
    Request(
        3,
        "Rookvrije speeltuinen, schoolpleinen en sportparken (2025): het voorstel, de borden, "
        "de afspraken met scholen en verenigingen en de handhaving.",
        ("rookvrije speeltuin", "rookvrij schoolplein", "rookverbod sportpark"),
    ),
    Request(
        4,
        "De nieuwe tablets voor de gemeenteraad (2025): de aanschaf van de iPads, de kosten, de "
        "problemen met de vergaderapp en de regels voor beveiliging.",
        ("ipads raadsleden", "tablets gemeenteraad", "vergaderapp raad"),
    ),
    Request(
        5,
        "Graffiti in Meppel (2025): de bekladding van de fietstunnel bij het station en het "
        "stadhuis, de kosten van het verwijderen en de legale graffitimuur.",
        ("graffiti", "graffitimuur", "bekladding fietstunnel"),
    ),
    Request(
        6,
        "Het conflict met volkstuinvereniging De Groene Vinger over de tuinen aan de Kaapweg "
        "(2025): de huurverhoging, de opzegging van de grond, de vervuilde grond en het overleg.",
        ("volkstuinen kaapweg", "volkstuinvereniging", "huurverhoging volkstuin"),
    ),
    Request(
        7,
        "Het gebruik van AI zoals ChatGPT en Copilot door medewerkers van de gemeente (2025): de "
        "richtlijn, het incident met persoonsgegevens in ChatGPT en de proef met Copilot.",
        ("chatgpt", "kunstmatige intelligentie medewerkers", "copilot pilot"),
    ),
    Request(
        8,
        "De stedenband met de Poolse gemeente Zielonka Dolna (2025): het bezoek van de delegatie, "
        "het programma, de kosten en de kritiek uit de raad.",
        ("stedenband polen", "zielonka dolna", "bezoek delegatie polen kosten"),
    ),
    Request(
        9,
        "De bewaakte fietsenstalling bij het station (2025): de nieuwe exploitant, de "
        "openingstijden, de volle rekken en de klachten van reizigers.",
        ("fietsenstalling station", "bewaakte stalling", "fietsenstalling klachten"),
    ),
    Request(
        10,
        "De kortere openingstijden van de milieustraat (2025): het besluit, de rijen en "
        "klachten, en het dumpen van afval dat erop volgde.",
        ("milieustraat openingstijden", "milieustraat klachten", "afvalbrengstation"),
    ),
    Request(
        11,
        "De woonvoorziening voor beschermd wonen aan de Lindenlaan (2025): de informatieavond, "
        "de zorgen van buurtbewoners, het convenant met zorgaanbieder Het Baken en de "
        "incidenten.",
        (
            "beschermd wonen lindenlaan",
            "woonvoorziening het baken",
            "buurtbewoners zorgen lindenlaan",
        ),
    ),
)

CHATS = (
    Chat(
        "Team afval en reiniging",
        "ruimte",
        "2025-01-06 07:45",
        ["Henk Mulder", "Yvonne Dekker", "Jan-Willem Bos", "Priya Ramdin"],
        """
A: Goedemorgen. Weer zakken naast de textielbak bij de Albert Heijn in Oosterboer {1}
B: Alweer? Die is vrijdag nog geleegd {1}
A: Foto's in de melding. 12 vuilniszakken en een kapotte bank erbij {1}
C: Die bank is gewoon grofvuil dumpen, niet van de kleding {1}
A: Klopt, neem ik apart mee {1}
~
D: Strooiroute Koedijkslanden vannacht gereden, 2 ton zout
B: Top
~
B: Ik heb gebeld met Reshare. Ze legen 1x per week, volgens contract moet het 2x in de winter {1}
A: En? {1}
B: Chauffeur ziek, ze komen morgen. Ik vraag een schriftelijke bevestiging {1}
~ 2025-02-11
C: Besluit bij de wethouder: we gaan van 9 naar 6 uur zaterdag op de milieustraat, 's middags dicht {10}
A: Dat wordt druk op zaterdagochtend {10}
C: Besparing van 1,2 fte. Ma en wo ook dicht {10}
D: Dan zie je volgende maand meer dumpingen in de bosjes, let maar op {10}
~
A: Kettingzaag bij de werf is terug van reparatie
~ 2025-03-08
D: Zie je wel. Rij tot aan de Blankenstein vanochtend, 40 min wachten {10}
B: Politie heeft verkeer geregeld. 2 mensen zijn omgedraaid met een aanhanger vol takken {10}
D: En die takken liggen nu zeker ergens langs de Kolderveenseweg {10}
~
A: Textielbak Zuideinde zit ook vol, er ligt kleding op de stoep in de regen {1}
C: Dat spul is niks meer waard als het nat wordt. Reshare wil het dan niet meer hebben {1}
A: Wie ruimt het dan op? {1}
C: Wij, en we sturen de rekening. Staat in art 7 van de overeenkomst {1}
~ 2025-04-14
B: Overzicht bijplaatsingen Q1: 84 meldingen, 61 bij de kledingbakken {1}
A: Tijd om er een paar weg te halen. Die bij de AH is een vuilnisbelt {1}
B: Voorstel: van 23 naar 15 locaties, allemaal ondergronds of bij een milieupark {1}
~
D: Dumping asbestplaten Haveltermade, gemeld bij de omgevingsdienst
~ 2025-05-02
C: Meldingen afval gedumpt sinds de nieuwe tijden: 38 in april, vorig jaar 14 {10}
A: Dus het kost ons meer dan het oplevert? {10}
C: Schoonmaken kost ongeveer 11.000 euro extra, tegen 60k besparing. Maar de klachten… {10}
~ 2025-06-20
B: Reshare gaat akkoord met 15 plekken, de contracten lopen door tot 2027 {1}
A: Mooi. Ophalen van de 8 bakken in week 28 {1}
~ 2025-07-10
A: 8 containers opgehaald, gaten in de klinkers zijn dicht {1}
D: Eindelijk rust bij de AH {1}
~
C: Raadsvragen van Meppel Lokaal over de milieustraat, of we terug gaan naar de oude tijden {10}
B: Beantwoorden met de cijfers, het college wil de zaterdagmiddag terug vanaf september {10}
""",
        206,
    ),
    Chat(
        "Textiel Oosterboer",
        "ruimte",
        "2025-01-07 09:15",
        ["Yvonne Dekker", "Tom Reshare"],
        """
A: Goedemorgen Tom, de bak bij de AH Oosterboer is weer overvol. Kunnen jullie vandaag nog? {1}
A: PHOTO "TEXTIEL EN SCHOENEN Alleen in gesloten zakken Niet naast de container zetten" {1}
B: Goedemorgen, chauffeur is ziek. Morgen 8 uur staat hij er {1}
A: Volgens ons contract legen jullie 2x per week in de winter. Dat gaat al 3 weken mis {1}
B: Dat klopt, excuses. We zetten er een extra route op {1}
A: Wil je dat even mailen? Dan kan ik het in het dossier zetten {1}
B: Doe ik vanmiddag {1}
~
B: Geleegd. 380 kilo, waarvan een derde nat en afgekeurd {1}
A: Dank. Ligt er nog iets naast? {1}
B: Een bank en een matras, dat nemen wij niet mee {1}
A: Dat doet onze buitendienst {1}
""",
        22,
    ),
    Chat(
        "Bewonersgroep Oosterboer",
        "samenleving",
        "2025-03-22 19:30",
        ["Karin Veldman", "Ahmed el Amrani", "Ria de Boer"],
        """
A: Hebben jullie ook die berg kleren gezien bij de AH? Het waait de hele straat over {1}
B: Ja, mijn buurvrouw belde al met de gemeente. Ze krijgt steeds een automatisch antwoord {1}
C: Ze zouden die container toch weghalen? {1}
A: Staat in de krant van vorige week dat er 8 verdwijnen {1}
B: Als hij maar weg is voor de zomer. Het trekt ratten {1}
~
C: Wie komt er donderdag naar de buurtschouw?
A: Ik
""",
        12,
    ),
    Chat(
        "Contract Reshare",
        "bedrijfsvoering",
        "2025-04-16 10:00",
        ["Jan-Willem Bos", "Merel Pauw"],
        """
A: Merel, kun jij kijken of we de overeenkomst voor inzameling van textiel kunnen aanpassen? Minder locaties {1}
B: Welke looptijd? {1}
A: Tot 2027, met opbrengst 0,07 per kilo voor ons {1}
B: Aantal locaties staat in bijlage 2, dat is een wijziging met wederzijds goedvinden {1}
A: Dus geen nieuwe aanbesteding? {1}
B: Nee, zolang het de aard van het contract niet verandert. Ik stel een allonge op {1}
~
B: Allonge staat in het zaaksysteem. 15 locaties, legen 2x per week het hele jaar {1}
A: Top, ik leg het voor aan Reshare {1}
""",
        14,
    ),
    Chat(
        "Kledinginzameling scholen",
        "samenleving",
        "2025-09-15 13:00",
        ["Wilma Geerts", "Lotte Span"],
        """
A: De Regenboog vraagt of ze een kledingactie mogen doen voor de schoolreis
B: Zakken inzamelen op het schoolplein? Daar is geen vergunning voor nodig
A: Ze willen het via de kringloop laten ophalen
B: Prima, stuur ze de folder van de kringloop
""",
        12,
    ),
    Chat(
        "Team openbare ruimte wijkbeheer",
        "ruimte",
        "2025-01-20 08:00",
        ["Bas Hofman", "Esther Kuipers", "Dirk Zwiers", "Naomi Lubbers"],
        """
A: Morgen allemaal. Bewonersavond over het losloopgebied aan de Reestoever is op 12 februari {2}
B: Waar precies? Het stuk tussen de Reestbrug en het gemaal? {2}
A: Ja, ongeveer 2 ha. Nu mag je daar alleen aangelijnd {2}
C: Dan wil de buurt een hek. Anders rennen ze de fietspad op {2}
~
D: Bankje Wilhelminapark is weer gesloopt
C: Ik zet het op de lijst
~ 2025-02-13
A: Avond was vol, 70 man. Hondenbezitters blij, omwonenden boos {2}
B: Waarover vooral? {2}
A: Poep. En een mevrouw met een kleinkind dat vorig jaar is gebeten {2}
C: Uitlaatzone van 2 ha zonder hek krijg je niet verkocht {2}
A: Ik schrijf een voorstel met hekwerk 1,2 m en 4 afvalbakken met zakjes {2}
~ 2025-03-03
B: Rookvrij: de scholen willen borden bij de ingang van het plein, wij plaatsen ze {3}
D: Hoeveel? {3}
B: 14 basisscholen, 2 borden per school, plus de speeltuinen van de gemeente. Totaal ca 60 {3}
D: Budget? {3}
B: GGD betaalt de borden, wij het plaatsen {3}
~
C: Graffiti in de tunnel bij het station, groot en lelijk, ook een hakenkruis {5}
A: Dat moet vandaag weg. Bel Graffitex {5}
C: Gebeld, ze komen om 14 uur {5}
~
A: Grasmaaier van de werf weer stuk
~ 2025-04-07
A: Hekwerk losloopgebied besteld, 640 meter, levering mei {2}
B: Kosten? {2}
A: 38.500 euro inclusief poorten. De raad heeft er in de voorjaarsnota geld voor {2}
~
D: Weer tags op de muur van het stadhuis, achterkant, bij de fietsenrekken {5}
C: Laat maar meteen een antigraffiti coating zetten, het is de derde keer {5}
D: Offerte gevraagd: 4.200 euro {5}
~ 2025-05-20
B: Borden rookvrije zone hangen bij 12 scholen. Bij De Sprong en De Octopus volgende week {3}
D: Op de speeltuinen? {3}
B: 19 van de 22 {3}
~
A: Losloopveld is open! Hek staat, 4 poepbakken met zakjesautomaat {2}
C: Eerste klacht binnen: 'ik mag niet meer over het gras fietsen' 😂 {2}
~ 2025-07-01
D: Kosten verwijderen van graffiti tot nu toe dit jaar: 27.300 euro {5}
A: Vorig jaar 18.000. Tijd voor die muur waar het wel mag {5}
D: Jongerenwerk heeft een plek: de achterkant van skatepark Ezinge {5}
~
B: Klachten over poep op het pad buiten het hek van het losloopgebied, 6 deze week {2}
A: Boa's gaan er een paar avonden langs {2}
""",
        218,
    ),
    Chat(
        "Losloopgebied Reestoever inspraak",
        "ruimte",
        "2025-02-14 10:00",
        ["Bas Hofman", "Marieke Aalders"],
        """
A: Marieke, de reacties van de inspraak zijn binnen. 41 reacties {2}
B: Verdeling? {2}
A: 26 voor, 12 tegen, 3 neutraal. Tegen vooral de bewoners van de Reestoever zelf {2}
B: Ik verwerk het in de nota van beantwoording. Hek is de oplossing voor de meeste punten {2}
A: En de mevrouw wiens kleinkind gebeten is? {2}
B: Die bel ik zelf. Naam en nummer staan in het formulier: mw. Hazeveld, 06-41877203 {2}
~
B: Gebeld. Ze vindt een hek goed, als er ook een hondenvrije strook langs het fietspad komt {2}
A: Kan in het ontwerp {2}
""",
        16,
    ),
    Chat(
        "Buurtapp Reestoever",
        "samenleving",
        "2025-06-02 18:00",
        ["Gert Oosting", "Lies Oosting", "Frank Mol", "Annelies van Dam"],
        """
A: Zijn we nou blij met dat veld? 's Ochtends om 6 uur al blaffen {2}
B: Het hek is wel mooi geworden {2}
C: Maar de hondenbezitters lopen na het veld zonder zakje over ons pad. Bah {2}
D: Ik heb gisteren 3 keer in de drollen gestaan 🤢 {2}
A: Melden via de app van de gemeente, hoe meer meldingen hoe beter {2}
~
C: Wie heeft mijn container per ongeluk binnengezet?
B: Sorry, wij!
~
D: De boa's waren er gisteravond, 2 boetes voor niet opruimen {2}
A: Eindelijk {2}
""",
        34,
    ),
    Chat(
        "Hondenbelasting 2025",
        "bedrijfsvoering",
        "2025-01-15 11:00",
        ["Gert Huisman", "Ingrid Smeets"],
        """
A: De aanslagen hondenbelasting gaan eind februari de deur uit
B: Hoeveel honden staan er ingeschreven?
A: 4.812, 120 meer dan vorig jaar
B: En de tarieven?
A: 1e hond 84,60, elke volgende 112,40
""",
        12,
    ),
    Chat(
        "Bijtincident Ezinge",
        "veiligheid",
        "2025-08-18 09:00",
        ["Ruud Wolters", "Sanne Bakker"],
        """
A: Melding: hond heeft een jongen van 9 gebeten in de speeltuin bij de Ezinge
B: Bekend dier? Eerder gemeld?
A: Nee. De eigenaar is een man uit de Schoolstraat, politie heeft zijn gegevens
B: Ik stuur een brief voor een muilkorf- en aanlijngebod, eerst het verslag van de politie
""",
        12,
    ),
    Chat(
        "Rookvrije generatie Meppel",
        "samenleving",
        "2025-01-09 10:00",
        ["Lotte Span", "Dr. Femke Wijnsma", "Wilma Geerts"],
        """
A: Femke, de wethouder wil dit jaar alle speelplekken en schoolpleinen rookvrij. Doet de GGD mee? {3}
B: Graag. Wij hebben de borden en een handreiking voor scholen {3}
C: En de sportclubs? MHC en vv Meppel hebben nog een rookhoek bij de kantine {3}
A: Die nemen we mee, maar dat gaat via hun bestuur, wij kunnen het niet opleggen {3}
~
B: Concept raadsinformatiebrief rookvrije omgeving gelezen. Zet er ook de e-sigaret in, vapen is het probleem bij de middelbare scholen {3}
A: Goed punt, toegevoegd {3}
~ 2025-03-28
C: vv Meppel gaat akkoord per 1 augustus, rookvrij hele sportpark. MHC wil alleen de velden {3}
A: Prima, stap voor stap. Volgend seizoen evalueren {3}
~
B: De Kolk doet mee aan de Stoptober-actie in oktober, willen jullie een stand?
A: Zeker
""",
        28,
    ),
    Chat(
        "Boa's ronde speeltuinen",
        "veiligheid",
        "2025-06-11 15:00",
        ["Ruud Wolters", "Kevin Oldenhof", "Sanne Bakker"],
        """
A: Vraag van de wethouder: handhaven we in de rookvrije speeltuinen? {3}
B: Kan niet. Er is geen verbod in de APV, alleen een bord {3}
A: Dus aanspreken en niet bekeuren {3}
C: Precies. Vriendelijk wijzen op het bord. We noteren het wel in de ronde {3}
~
B: Gisteren in de speeltuin Wilhelminapark 3 ouders aangesproken die stonden te paffen op het bankje. 2 liepen mee naar buiten, 1 werd boos {3}
A: Noteren en doorgeven aan jeugd en gezondheid {3}
~
C: Zaterdag inzet bij de kermis, wie kan?
B: Ik
""",
        22,
    ),
    Chat(
        "Schoolplein De Sprong",
        "onderwijs",
        "2025-05-26 08:10",
        ["Lotte Span", "Marco Haverkamp"],
        """
B: Goedemorgen, het bord 'Hier rookt niemand' bij ons hek is al gemonteerd? We hebben het niet gezien {3}
A: Staat deze week op de planning van de buitendienst, excuses {3}
B: Ouders die wachten staan nog steeds bij het hek te roken, juist met het bord erbij kunnen we ze aanspreken {3}
A: Ik vraag of ze er vandaag langs kunnen {3}
A: PHOTO "ROOKVRIJE SPEELPLEK Hier rookt niemand Gemeente Meppel" {3}
~
B: Hangt! Dank {3}
""",
        12,
    ),
    Chat(
        "Brandveiligheid scholen rookmelders",
        "veiligheid",
        "2025-04-03 09:00",
        ["Iris de Wit", "Marco Haverkamp"],
        """
A: De brandweer controleert volgende week de rookmelders en de ontruimingsplannen bij De Sprong
B: Ontruimingsoefening was in maart, verslag stuur ik
A: Ook de vluchtroute via het schoolplein moet vrij zijn, daar stonden fietsen
B: Ik zorg ervoor
""",
        12,
    ),
    Chat(
        "Griffie en raad",
        "bestuur",
        "2025-01-08 09:00",
        ["Annemarie Klooster", "Roel Huizing", "Jolien Kaptein", "Frits Weggeman"],
        """
A: De oude tablets van de raad zijn 6 jaar, geen updates meer. Vervangen voor de zomer {4}
B: iPads weer? Of laptops? {4}
A: iPads, de raad wil het. De vergaderapp draait er het best op {4}
C: Budget? {4}
A: 31 stuks incl. college en griffie, ca 28.000 euro met hoezen en toetsenbord {4}
~
D: Agenda presidium dinsdag: spreektijden bij de begroting
A: Staat
~ 2025-03-04
B: Raadsleden hebben hun nieuwe ipad! Uitgereikt voor de commissie {4}
C: Wel met MDM, ze kunnen er niet zelf WhatsApp op zetten 🙂 {4}
A: Dat was de afspraak met de CISO. Gemeente-mail alleen in de beveiligde app {4}
~
B: Fractie CDA vraagt of ze de vergaderapp ook op hun eigen telefoon kunnen zetten {4}
A: Nee, alleen op het beheerde apparaat {4}
~ 2025-04-17
D: De app crashte tijdens de raadsvergadering, 8 raadsleden zagen de amendementen niet {4}
A: Ja wat een gedoe. Leverancier zegt: bug na de update van iOS 18.4 {4}
C: Ik heb ze op papier uitgedeeld, 400 printjes 🙄 {4}
~
B: Stedenband: de delegatie van Zielonka Dolna wil in juni komen, 6 mensen incl. de burgemeester {8}
A: Programma maakt het kabinet, wij regelen de ontvangst in de raadzaal {8}
~ 2025-06-12
B: Ontvangst Poolse gasten om 16 uur, de fractievoorzitters zijn uitgenodigd {8}
D: PVV en Meppel Lokaal komen niet, ze vinden het geldverspilling {8}
~ 2025-07-02
C: Schriftelijke vragen van Meppel Lokaal: wat heeft het bezoek van de Polen gekost? {8}
A: Ik zet ze door naar het kabinet {8}
~
D: Herinnering: terugkoppeling van 2 raadsleden die hun tablet kwijt zijn {4}
B: Op afstand gewist via MDM, nieuwe besteld à 899 euro {4}
""",
        184,
    ),
    Chat(
        "iPad raad uitrol",
        "bedrijfsvoering",
        "2025-02-20 11:00",
        ["Erik Brinkman", "Roel Huizing"],
        """
A: De 31 tablets zijn binnen, vanmiddag inschrijven in Intune {4}
B: Krijgen ze een pincode van 6 cijfers? {4}
A: Ja, en na 10 fouten wordt hij gewist. Gezichtsherkenning mag {4}
B: En de app van de raad? {4}
A: Wordt automatisch geïnstalleerd, iBabs en Outlook {4}
~
A: Klaar. 2 stuks met een krasje op het scherm, leverancier ruilt ze {4}
B: Prima, uitreiking 4 maart voor de commissie {4}
""",
        16,
    ),
    Chat(
        "Raadslid tablet",
        "bestuur",
        "2025-04-18 08:30",
        ["Roel Huizing", "Hanneke Stellingwerf"],
        """
B: Goedemorgen, mijn iPad doet het nog steeds niet met de stukken. Ik zie alleen een wit scherm {4}
A: Heeft u de update van gisteravond gedaan? {4}
B: Geen idee hoe dat moet 😅 {4}
A: Ik kom morgen voor de commissie even bij u langs, dan doen we het samen {4}
B: Heel fijn, dank u {4}
""",
        12,
    ),
    Chat(
        "iPads onderwijs",
        "onderwijs",
        "2025-09-03 10:00",
        ["Marco Haverkamp", "Lotte Span"],
        """
A: Basisschool De Octopus wil subsidie voor iPads voor groep 5 tot 8
B: Dat valt onder het onderwijsbudget van het rijk, niet onder ons
A: Zal ik ze verwijzen naar het bestuur van de stichting?
B: Ja
""",
        12,
    ),
    Chat(
        "Team ICT en informatiebeveiliging",
        "bedrijfsvoering",
        "2025-01-13 08:15",
        ["Erik Brinkman", "Femke Brouwer", "Niels Wubs", "Anouk Stel"],
        """
A: Ik zie in de proxylogs dat er 140 collega's per week op chat.openai.com zitten {7}
B: Dat wist ik niet. Zetten ze er persoonsgegevens in? {7}
A: Geen idee, we loggen de inhoud niet {7}
C: We hebben geen richtlijn. Dan moeten we er snel een maken {7}
~
D: Patchronde vannacht, 6 servers herstart
A: 👍
~ 2025-02-18
B: Melding datalek binnen: een consulent van de Wmo heeft een hele keukentafelverslag in ChatGPT geplakt om het korter te maken {7}
C: Met naam en BSN? {7}
B: Naam, adres, diagnose. Geen BSN {7}
A: Dat gaat naar OpenAI in de VS 😬 {7}
B: Ik beoordeel of het naar de AP moet. Waarschijnlijk wel {7}
~
C: Richtlijn generatieve AI concept: geen persoonsgegevens, geen vertrouwelijke stukken, alleen zakelijke accounts {7}
A: En Copilot? Zit al in onze Microsoft licentie {7}
C: Pilot met 25 mensen, dan zien we het {7}
~ 2025-03-05
B: AP gemeld, zaaknummer bij de AP binnen. De betrokkene is gebeld door de teamleider {7}
~
D: Wifi in het raadhuis valt steeds weg op de 2e
A: Nieuwe accesspoint, donderdag
~ 2025-04-01
C: Copilot pilot gestart. 25 licenties, deelnemers van communicatie, juridische zaken en de griffie {7}
A: Kosten? {7}
C: 30 dollar per persoon per maand, 6 maanden {7}
~ 2025-09-10
C: Evaluatie copilot: 19 van de 25 willen door, vooral notulen en samenvatten. Juristen zijn kritisch, hij verzint jurisprudentie {7}
B: En de DPIA? {7}
C: Nog niet klaar, SLM Rijk heeft nog hoge risico's {7}
~
A: Fietsenstalling bij het stadhuis is vol, de e-bike laders werken niet
D: Melding bij facilitair
""",
        172,
    ),
    Chat(
        "Datalek Wmo AI",
        "samenleving",
        "2025-02-18 14:00",
        ["Femke Brouwer", "Saskia Wolters"],
        """
A: Saskia, kun je me precies vertellen wat je collega in die tool heeft gezet? {7}
B: Het verslag van een gesprek met meneer Kuiper, Hoofdstraat 88. Met zijn dementie en de situatie met zijn zoon {7}
A: Wanneer? {7}
B: Vorige week dinsdag. Ze wilde gewoon tijd besparen, ze schrok zelf enorm {7}
A: Ik snap het. Kan ze de chat in haar account verwijderen en een screenshot maken? {7}
B: Gedaan, ze stuurt het naar je {7}
~
A: Melding bij de Autoriteit Persoonsgegevens is gedaan. Meneer Kuiper informeren we samen met jullie {7}
B: Zijn dochter is zijn contactpersoon, 06-28831946 {7}
""",
        12,
    ),
    Chat(
        "Juristen onderling",
        "bestuur",
        "2025-04-02 09:30",
        ["Merel Pauw", "Hans Timmer", "Dewi Sahertian"],
        """
A: Wie doet mee aan de pilot met co-pilot? Ik heb een licentie {7}
B: Ik. Eerste indruk: handig voor samenvatten van een bezwaarschrift {7}
C: Ik vroeg hem een uitspraak over de APV en hij gaf een ECLI-nummer dat niet bestaat 😂 {7}
A: Hallucineren heet dat. Altijd checken {7}
~
B: Wie heeft de zitting bezwaarcommissie donderdag?
C: Ik
~
A: Vraag voor de evaluatie van de AI-pilot: hoeveel tijd scheelt het jullie per week? {7}
B: Uur of 2 {7}
C: Niks, ik check alles dubbel {7}
""",
        34,
    ),
    Chat(
        "Intranet nieuws",
        "bedrijfsvoering",
        "2025-05-06 10:00",
        ["Jenny Bos", "Erik Brinkman"],
        """
A: Het bericht over de nieuwe richtlijn voor ChatGPT en andere AI-tools staat morgen op intranet {7}
B: Zet er de link naar het formulier bij voor een copilot-licentie {7}
A: En de 3 gouden regels? Geen namen, geen geheime stukken, altijd zelf checken {7}
B: Perfect {7}
""",
        12,
    ),
    Chat(
        "AI-camera verkeer",
        "ruimte",
        "2025-06-16 10:00",
        ["Dirk Zwiers", "Jolien Kaptein"],
        """
A: De provincie wil een slimme camera bij de Eendrachtstraat die fietsers en auto's telt met AI
B: Wordt er iemand herkend?
A: Nee, alleen tellingen, beelden worden niet opgeslagen
B: Dan heb ik geen bezwaar, wel de FG even laten kijken
""",
        12,
    ),
    Chat(
        "Kabinet burgemeester",
        "bestuur",
        "2025-02-03 08:45",
        ["Linda Prins", "Ard Veenstra", "Carla Hoving"],
        """
A: Uitnodiging van Zielonka Dolna voor de 20 jaar stedenband binnen. De burgemeester wil het dit jaar in Meppel vieren {8}
B: Wanneer? {8}
A: Half juni. 6 gasten, 3 dagen {8}
C: Hotel, tolk, programma. Ik maak een begroting {8}
~
B: Werkbezoek minister 14 maart, draaiboek in concept
A: Zet ik op de agenda
~ 2025-04-10
C: Begroting Poolse delegatie: hotel De Reestkamp 3 nachten 2.160, tolk 1.450, diner 1.200, bus naar Giethoorn 650, cadeaus 400. Totaal ca 6.000 {8}
A: Daar komt de reis van onze kant in oktober nog bij {8}
B: Die is nog niet beslist {8}
~ 2025-06-13
A: Dag 1 goed gegaan. Burgemeester Nowak was onder de indruk van de Reest {8}
C: Morgen Drukkerij Boom en de scholen {8}
~ 2025-07-03
B: Vragen van Meppel Lokaal over de kosten van de stedenband ontvangen. Antwoord: 5.930 euro werkelijk {8}
A: En de wederzijdse bezoeken sinds 2005? {8}
C: Zoek ik op in de jaarrekeningen, ongeveer 4 tot 8 duizend per keer {8}
~
B: Lintjesregen: 11 voordrachten binnen
A: Goed
""",
        148,
    ),
    Chat(
        "Tolk Pools",
        "bestuur",
        "2025-05-20 13:00",
        ["Carla Hoving", "Agnieszka Malinowska"],
        """
A: Dag Agnieszka, wil je tolken tussen 12 en 14 juni voor de delegatie uit Polen? {8}
B: Ja graag. Hele dagen? {8}
A: Van 9 tot 21 uur, met het diner {8}
B: Dan is het 1.450 euro excl. btw, voor 3 dagen {8}
A: Akkoord, ik stuur de opdrachtbevestiging {8}
""",
        12,
    ),
    Chat(
        "Programma Poolse gasten",
        "samenleving",
        "2025-06-05 10:00",
        ["Carla Hoving", "Hendrik Boom", "Lotte Span"],
        """
A: Hendrik, de gasten uit onze zustergemeente komen op 13 juni om 10 uur bij de drukkerij. Lukt dat? {8}
B: Geen probleem, ik geef zelf de rondleiding {8}
C: 's Middags naar CSG Dingstede, daar hebben ze een uitwisseling met een school in Zielonka {8}
A: Leuk. Bus staat om 13.30 klaar {8}
~
B: Het was een mooi bezoek. Ze hebben ons uitgenodigd voor oktober {8}
""",
        12,
    ),
    Chat(
        "Poolse arbeidsmigranten registratie",
        "dienstverlening",
        "2025-03-12 10:00",
        ["Ilse Koster", "Bram Geling"],
        """
A: Er staan weer 14 Poolse werknemers op één adres in de Kerkweg ingeschreven
B: Dat is boven de norm, doorgeven aan handhaving
A: Gedaan, ze krijgen ook een brief over de RNI
""",
        12,
    ),
    Chat(
        "Stationsgebied overleg",
        "ruimte",
        "2025-01-14 09:00",
        ["Dirk Zwiers", "Mirjam Rozendaal", "Paul Evers", "Esther Kuipers"],
        """
A: ProRail en NS: per 1 maart neemt Biesieklette de bewaakte stalling over van de oude exploitant {9}
B: Openingstijden? {9}
C: Nu 5.30 tot 1.00. Biesieklette wil 6.00 tot 0.30 {9}
A: De eerste trein naar Zwolle gaat om 5.44. Dan kunnen forenzen hun fiets er niet in zetten {9}
~
D: Lantaarnpaal bij de busbaan geknakt, aanrijding
A: Gemeld bij Enexis
~ 2025-03-11
C: Klachten over de stalling: 22 in de eerste week. Vooral mensen die om 5.50 voor een dichte deur staan {9}
B: En de rekken? {9}
C: Bovenste rekken staan vol, onderste ook. Er zijn 300 plekken te weinig in de spits {9}
A: Weesfietsen eruit halen dan {9}
~
D: Graffiti aan de oostkant van de fietstunnel weer {5}
B: Ik meld het. ProRail is eigenaar van die wand, niet wij {5}
~ 2025-04-22
A: Afspraak gemaakt: vanaf 1 mei weer open om 5.30, NS betaalt het extra uur {9}
C: 👍 Dat scheelt de meeste klachten {9}
~ 2025-06-30
B: Tellingen stalling: gemiddeld 1.340 fietsen, capaciteit 1.200. Uitbreiding met 400 plekken in de begroting 2026 {9}
A: Eerst de weesfietsen, 180 labels gehangen {9}
""",
        138,
    ),
    Chat(
        "Klacht reiziger stalling",
        "dienstverlening",
        "2025-03-04 06:05",
        ["KCC Meppel", "Jorien Smallenbroek"],
        """
B: Goedemorgen. Sta nu al 10 minuten voor de dichte stalling, mijn trein gaat om 6.14. Wat is dit voor onzin?! {9}
A: Goedemorgen, vervelend. De nieuwe beheerder opent sinds 1 maart om 6.00. We geven uw klacht door {9}
B: Dat had wel even aangekondigd mogen worden. Ik moet mijn e-bike van 3000 euro nu buiten in een rek zetten {9}
A: Begrijpelijk. Uw klacht is geregistreerd onder nummer 2025-0311 {9}
~
B: Gisteren weer. Ik ga mijn abonnement opzeggen {9}
A: We hebben het met NS en de beheerder opgenomen. U hoort binnen 2 weken van ons {9}
""",
        12,
    ),
    Chat(
        "Biesieklette overdracht",
        "ruimte",
        "2025-02-17 13:00",
        ["Paul Evers", "Rik Biesieklette"],
        """
A: Rik, vanaf maandag 1 maart jullie. Sleutels en de kassa van de oude beheerder? {9}
B: Overdracht vrijdag 16 uur. Hoeveel abonnementhouders zijn er? {9}
A: 412 met een jaarpas, de lijst krijg je via beveiligde mail, niet hier {9}
B: Top. We gaan vanaf 6 uur open, personeel is lastig voor die vroege dienst {9}
A: Ik verwacht klachten. Forenzen naar Zwolle en Groningen zijn vroeg {9}
~
B: Week 1 klaar. Veel boze mensen om 5.45 🙈 {9}
A: Wist ik. Ik ga met NS praten over geld voor een extra kwartier of uur {9}
""",
        14,
    ),
    Chat(
        "Fietsenrekken stadhuis",
        "bedrijfsvoering",
        "2025-05-14 12:00",
        ["Wouter Pel", "Sjoerd Meijer"],
        """
A: Die fietsenstalling van het stadhuis is weer te klein, collega's zetten ze tegen de gevel
B: Er kunnen 20 nieuwe nietjes bij de achteringang
A: Doe maar, ik vraag een offerte
""",
        12,
    ),
    Chat(
        "Volkstuinen Kaapweg",
        "ruimte",
        "2025-01-21 10:00",
        ["Marloes Jansen", "Gerben Dijk", "Sandra Eleveld"],
        """
A: De huur van de volkstuinen aan de Kaapweg is sinds 1998 niet verhoogd: 0,12 per m2 {6}
B: Dat is bijna gratis. Het grondbeleid zegt marktconform {6}
C: De vereniging heeft 86 tuinen. Als we naar 0,85 gaan is het 700% meer {6}
A: Dat wordt gedoe, De Groene Vinger is fel {6}
~
B: Tuinvereniging heeft een brief gestuurd met 340 handtekeningen {6}
C: Zag ik. Ook een petitie op de website van de krant {6}
~ 2025-03-19
A: Bodemonderzoek van de tuinen binnen: lood en PAK boven de interventiewaarde in het oostelijke deel {6}
B: Daar lag vroeger een vuilstort, dat klopt {6}
C: Mogen ze nog groente eten van die grond? {6}
A: GGD adviseert: niet op de 18 oostelijke tuinen, tot er gesaneerd is {6}
~ 2025-05-07
B: Wethouder wil de grond in het oosten opzeggen per 2026 en de huur in 3 stappen verhogen {6}
C: De tuinders gaan dat nooit accepteren {6}
~ 2025-06-24
A: Overleg met het bestuur geweest. Compromis: 0,45 per m2 vanaf 2026, sanering oost door ons, 18 tuinders krijgen een plek aan de westkant {6}
B: Getekend? {6}
A: Nog niet, de ledenvergadering stemt op 5 juli {6}
~
C: Kadastrale grens bij de Kaapweg 12 klopt niet, landmeter erbij?
A: Ja
""",
        114,
    ),
    Chat(
        "Bestuur De Groene Vinger",
        "samenleving",
        "2025-01-30 20:00",
        ["Joop Westerhof", "Gea Bouwmeester", "Harry Lok"],
        """
A: Dus de gemeente wil ineens 7 keer zoveel huur. Onbespreekbaar {6}
B: Veel leden zijn gepensioneerd, die betalen nu 30 euro per jaar voor hun tuin {6}
C: Ik zet een petitie online en bel de Meppeler Courant {6}
A: Goed. En we vragen een gesprek met de wethouder {6}
~
B: Wie heeft de sleutel van het gereedschapshok?
C: Ik
~ 2025-03-20
A: Schrikbericht: de grond is vervuild, lood! Het oostelijk deel mag geen groente meer {6}
B: Ik eet al 20 jaar van die tuin 😱 {6}
C: AUDIO {6}
C: De gemeente heeft die vuilstort daar zelf gelegd. Zij moeten opruimen {6}
~ 2025-07-05
A: ALV: 51 voor, 19 tegen. Compromis aangenomen {6}
B: Toch een zure appel, maar beter dan opgezegd worden {6}
""",
        46,
    ),
    Chat(
        "Moestuin school",
        "onderwijs",
        "2025-04-08 10:00",
        ["Lotte Span", "Marco Haverkamp"],
        """
A: De Regenboog wil een schooltuin op het grasveld naast de school
B: Mag dat? Het is gemeentegrond
A: Een bruikleenovereenkomst is genoeg. Geen huur
B: Fijn, ik laat het de directeur weten
""",
        12,
    ),
    Chat(
        "Tuinafval en snoeien",
        "ruimte",
        "2025-10-20 07:30",
        ["Anton Smit", "Lars Post"],
        """
A: Vandaag de hagen rond de volkstuinen aan de Kaapweg snoeien
B: Afval naar de composteerplaats?
A: Ja, niet naar de milieustraat, die is toch al zo vol
""",
        12,
    ),
    Chat(
        "Sociaal team beschermd wonen",
        "samenleving",
        "2025-01-16 09:00",
        ["Saskia Wolters", "Mustafa Yilmaz", "Hilde Brands", "Jeroen Kamphuis"],
        """
A: Het Baken heeft de oude pastorie aan de Lindenlaan 4 gekocht. 12 plekken beschermd wonen, ggz {11}
B: Weet de buurt het al? {11}
A: Nee. Informatieavond 5 maart in De Schakel {11}
C: Zorg dat de wijkagent en de wijkcoach erbij zijn. De vragen gaan over veiligheid {11}
~
D: Aanvraag Wmo voor een traplift bij mevrouw op de Prinsengracht, huisbezoek dinsdag
A: Jij?
D: Ja
~ 2025-03-06
A: Avond was pittig. 90 mensen, veel angst voor drugs en 'verwarde mensen' bij het schoolplein {11}
C: Het Baken deed het goed, eerlijk verhaal over hun begeleiding 24/7 {11}
B: Ze willen een convenant. Met een klankbordgroep en een telefoonnummer dat altijd opneemt {11}
~ 2025-04-15
A: Convenant Lindenlaan concept: klankbordgroep 4x per jaar, 24-uurs nummer, geen bewoners met een zedenverleden {11}
C: Dat laatste mogen ze niet beloven, dat is hun toelatingsbeleid {11}
A: Ze schrijven het als 'passende plaatsing in overleg met de reclassering' {11}
~ 2025-09-02
B: Eerste bewoners zijn er sinds 1 augustus, 9 van de 12 {11}
D: En? {11}
B: 2 meldingen: iemand die 's nachts schreeuwde, en een ruzie in de tuin. Politie kwam 1x {11}
A: Klankbordgroep op 18 sept, ik ga mee {11}
~
C: Wie heeft de sleutel van de spreekkamer?
D: Receptie
""",
        172,
    ),
    Chat(
        "Buren Lindenlaan",
        "samenleving",
        "2025-02-20 21:00",
        ["Mariska Hulst", "Bert Hulst", "Wendy Kloek", "Erwin de Lange"],
        """
A: Hebben jullie de brief van Het Baken gehad? 12 ggz-cliënten in de pastorie! {11}
B: Tegenover de school. Wie verzint dat {11}
C: Mijn zus werkt in de zorg, ze zegt dat het vaak wel goed gaat als er begeleiding is {11}
D: Vaak. Niet altijd. Ik ga naar die avond {11}
~
A: Iemand een aanhanger te leen zaterdag?
D: Ik
~ 2025-03-06
B: Nou, ze hadden overal een antwoord op. Maar beloven niks {11}
C: Ik vond het een goed verhaal. Er is altijd personeel {11}
A: Ik ga in die klankbordgroep {11}
~ 2025-08-28
D: Vannacht om 3 uur gegil bij de pastorie. Politie kwam {11}
B: AUDIO {11}
A: Het nummer van Het Baken opgenomen? {11}
D: Binnen 2 min, ze hebben het snel opgelost {11}
""",
        50,
    ),
    Chat(
        "Convenant Het Baken",
        "samenleving",
        "2025-04-10 14:00",
        ["Saskia Wolters", "Marja Tuinstra"],
        """
A: Marja, wat vindt Het Baken van het concept? {11}
B: We tekenen het, maar punt 6 over de 'zware gevallen' moet eruit. Iedereen wordt individueel beoordeeld {11}
A: Dat begrijp ik. We schrijven: plaatsing in overleg met de reclassering en de wijkagent {11}
B: Akkoord {11}
~
B: Ondertekening op 2 mei met de wethouder? {11}
A: Staat in zijn agenda, 11 uur {11}
""",
        12,
    ),
    Chat(
        "Wijkagent Oosterboer",
        "veiligheid",
        "2025-08-29 07:50",
        ["Kevin Oldenhof", "Hilde Brands"],
        """
A: Melding van vannacht bij de woonvoorziening in de Lindenlaan: bewoner in een psychose, ambulance erbij {11}
B: Is hij terug? {11}
A: Opgenomen in Assen. Het Baken belde de buren vanmorgen zelf {11}
B: Goed, dat stond in het convenant {11}
~
A: Ook inbraak in de Jan Steenstraat, 2 fietsen
B: Noteer ik
""",
        12,
    ),
    Chat(
        "Pastorie Kerkweg verkoop",
        "ruimte",
        "2025-02-04 10:00",
        ["Gerben Dijk", "Marloes Jansen"],
        """
A: De pastorie aan de Kerkweg gaat in de verkoop, de parochie vraagt of wij interesse hebben
B: Niet voor onze portefeuille
A: Dan laten we het aan de markt
""",
        12,
    ),
    Chat(
        "Milieustraat Blankenstein",
        "ruimte",
        "2025-03-01 08:00",
        ["Johan Brink", "Henk Mulder", "Ayla Demir"],
        """
A: Eerste zaterdag met de nieuwe tijden. Om 8.45 stond de rij al tot de rotonde {10}
B: Hoe lang wachten? {10}
A: 50 minuten. 3 mensen zijn gaan schelden tegen de medewerkers {10}
B: PHOTO "MILIEUSTRAAT Nieuwe openingstijden di do vr 8.00-16.00 za 8.00-12.00" {10}
C: Security inhuren? {10}
A: Volgende week 2 man van 8 tot 12 {10}
~
C: Brengers met een bedrijfsbusje weigeren, dat is geen huishoudelijk afval
~ 2025-03-15
B: Ook tussen de middag staat de rij er nu, om 11.55 sluiten we de slagboom {10}
A: Iemand heeft zijn kofferbak vol gipsplaten gewoon voor het hek gezet omdat hij niet meer binnen mocht {10}
~ 2025-09-06
A: Zaterdagmiddag weer open, geen rij meer 👌 {10}
""",
        68,
    ),
    Chat(
        "Klachten KCC afval",
        "dienstverlening",
        "2025-03-10 09:00",
        ["Ilse Koster", "Bram Geling"],
        """
A: Vandaag al 28 telefoontjes over de milieustraat. Mensen snappen de nieuwe tijden niet {10}
B: Wat staat er op de website? {10}
A: Nog de oude tijden! Communicatie is het vergeten {10}
B: Ik bel Jenny {10}
~
A: Website klopt nu. Nog steeds veel klachten over de wachttijd {10}
B: Script: 'de openingstijden zijn beperkt, kom bij voorkeur vroeg of gebruik de grofvuilophaaldienst' {10}
""",
        22,
    ),
    Chat(
        "Dumpingen buitengebied",
        "veiligheid",
        "2025-04-04 10:00",
        ["Kevin Oldenhof", "Ruud Wolters"],
        """
A: Weer een hoop gedumpt aan de Kolderveenseweg: tuinafval, een bank, kapotte tegels {10}
B: Sinds de milieustraat kortere tijden heeft, is het elke week raak {10}
A: Poststuk in de zak met een adres uit Nijeveen. Ik ga langs {10}
~
A: Meneer geeft het toe, hij kon er niet heen op zaterdag. Bon 380 euro + kosten {10}
B: 👍 {10}
""",
        16,
    ),
    Chat(
        "Grofvuil op afspraak",
        "dienstverlening",
        "2025-11-03 10:00",
        ["Ilse Koster", "Yvonne Dekker"],
        """
A: De wachttijd voor grofvuil op afspraak is nu 3 weken
B: Extra wagen op vrijdag
A: Ik pas de website aan
""",
        12,
    ),
    Chat(
        "Graffitimuur jongeren",
        "samenleving",
        "2025-07-08 16:00",
        ["Sem Boerma", "Esther Kuipers", "Dani Lugtenborg"],
        """
A: Esther, de jongeren van de skatebaan willen een muur waar het mag. Ze sprayen nu in de tunnel {5}
B: Wethouder vindt het goed. Achterkant skatepark Ezinge, 30 meter {5}
C: Mogen we ook de oude kleedkamers doen? {5}
B: Nee, alleen de muur. Met bord 'legale graffiti' {5}
~
A: Opening 14 september met een jam, 12 writers doen mee {5}
C: Wij zorgen voor muziek {5}
~ 2025-09-15
A: Was een succes! Eén buurman klaagde over de verflucht {5}
B: Komt goed, die waait weg 😉 {5}
""",
        22,
    ),
    Chat(
        "Graffitex",
        "ruimte",
        "2025-03-03 13:30",
        ["Esther Kuipers", "Rob Graffitex"],
        """
A: Rob, tunnel station weer. Ook een hakenkruis, dat moet vandaag {5}
B: Staan we om 2 uur, 40 m2 {5}
~
B: Klaar. Factuur 1.680 incl. coating {5}
A: Dank {5}
~ 2025-05-12
A: Achtergevel stadhuis, tags bij de fietsenrekken {5}
B: Natuursteen, dat wordt lastig. Ik maak een offerte {5}
""",
        12,
    ),
    Chat(
        "Kunstroute muurschildering",
        "samenleving",
        "2025-08-20 10:00",
        ["Jenny Bos", "Sem Boerma"],
        """
A: De kunstenaar voor de muurschildering op de gevel van de bibliotheek is gekozen
B: Wanneer begint hij?
A: Eind september, met een hoogwerker
""",
        12,
    ),
    Chat(
        "Wethouder Van der Kolk en secretariaat",
        "bestuur",
        "2025-02-10 08:30",
        ["Wethouder Van der Kolk", "Ellen Gorter", "Bas Hofman"],
        """
B: Morgen 9 uur overleg over de kortere tijden van het afvalbrengstation, daarna de volkstuinen {10,6}
A: Stuur me de cijfers van de rijen vooraf {10}
~
C: Nota van beantwoording hondenveld Reestoever ligt klaar voor het college {2}
A: Ik heb het gelezen. Die hondenvrije strook langs het fietspad is goed {2}
C: Besluit dan dinsdag? {2}
A: Ja {2}
~ 2025-05-06
B: Voorstel Groene Vinger: 3 stappen naar 0,85 per m2, oostkant opzeggen {6}
A: Dat gaat niet door de raad. Maak er 0,45 van en bied ze plekken aan de westkant aan {6}
~
B: Persbericht rookvrije speelplekken, wil je een quote? {3}
A: 'Kinderen horen op te groeien zonder rook.' Kort houden {3}
""",
        40,
    ),
    Chat(
        "Persdesk",
        "bestuur",
        "2025-03-12 11:00",
        ["Jenny Bos", "Tim Roelofs", "Linda Prins"],
        """
B: Meppeler Courant belt over de rijen bij de milieustraat en de dumpingen. Wie reageert? {10}
A: Wethouder, met de cijfers {10}
~
B: RTV Drenthe wil langskomen bij de tuinders aan de Kaapweg, over de lood in de grond {6}
A: Woordvoering: 'de gezondheid gaat voor, we saneren en bieden vervangende tuinen' {6}
~ 2025-06-16
C: Artikel over de Poolse gasten, ze noemen het een 'snoepreisje op kosten van de burger' {8}
A: Terwijl het een bezoek aan Meppel was 🙄 We reageren niet {8}
~
B: Vraag van de krant over hoeveel ambtenaren ChatGPT gebruiken {7}
A: Antwoord: er is een richtlijn, persoonsgegevens mogen er niet in, en we doen een proef met Copilot {7}
B: En het datalek? {7}
A: Dat is al gemeld in ons jaaroverzicht, daar verwijzen we naar {7}
~
C: Nieuwsbrief februari: kunnen we er iets over de kermis in zetten?
B: Ja
""",
        50,
    ),
    Chat(
        "Hondenveld Reestoever hekwerk",
        "ruimte",
        "2025-04-08 10:00",
        ["Bas Hofman", "Hekwerk Noord - Jelle"],
        """
A: Jelle, opdracht is getekend. 640 m gaashek 1,20 met 3 klaphekjes en 1 poort voor de maaier {2}
B: Top. Levering week 20, plaatsen week 21 {2}
A: Graag de hoek bij het gemaal dicht, daar gaan de honden anders het water in {2}
B: Noteer ik {2}
~
B: Staat! Foto's gestuurd {2}
A: Ziet er goed uit {2}
""",
        12,
    ),
    Chat(
        "Uitlaatservice",
        "samenleving",
        "2025-07-21 08:00",
        ["Mirthe Huisman", "Daan Kok"],
        """
A: Mogen we met de hele roedel van de uitlaatservice op dat nieuwe veld aan de Reest? {2}
B: Volgens de bordjes max 3 honden per persoon. Staat erop {2}
B: PHOTO "LOSLOOPGEBIED Max 3 honden per persoon Ruim de poep op" {2}
A: Serieus? Ik loop altijd met 8 {2}
B: Dan 2 rondjes 🤷 {2}
""",
        12,
    ),
    Chat(
        "Sportpark Ezinge kantine",
        "samenleving",
        "2025-08-02 18:00",
        ["Rob Venema", "Monique Stuut", "Gerard Pals"],
        """
A: Vanaf vandaag is ons hele sportpark rookvrij, ook de tribune. Rookhoek is weg {3}
B: Hoe gaan we het zeggen tegen de ouders van de uitclubs? {3}
C: Bordjes bij de ingang en de scheidsrechters melden het voor de wedstrijd {3}
A: En de trainers die paffen achter de kleedkamer 😅 {3}
~
B: Kantinedienst zaterdag nog 2 mensen nodig
C: Ik
~ 2025-10-04
A: Evaluatie rookvrij sportpark voor de gemeente: weinig problemen, 4 keer iemand aangesproken {3}
""",
        28,
    ),
    Chat(
        "Tabaksverkooppunten",
        "veiligheid",
        "2025-09-09 10:00",
        ["Ruud Wolters", "Kevin Oldenhof"],
        """
A: NVWA controleert op verkoop van tabak en vapes aan minderjarigen in de binnenstad
B: Wij hoeven niets te doen?
A: Nee, alleen info geven over de winkels
""",
        12,
    ),
    Chat(
        "Raadsvergadering livestream en app",
        "bedrijfsvoering",
        "2025-04-16 21:30",
        ["Erik Brinkman", "Annemarie Klooster"],
        """
B: Erik, de helft van de raad ziet de amendementen niet in de app. Wat nu? {4}
A: iOS-update van vanmiddag, de app is niet compatibel. Leverancier is gebeld {4}
B: Ik laat printen {4}
~
A: Patch van iBabs is er, uitgerold op alle 31 {4}
B: Mooi. Het was een slechte avond, de voorzitter was woest {4}
A: Ik vraag creditering, het staat in de SLA {4}
""",
        12,
    ),
    Chat(
        "Fractie GroenLinks-PvdA",
        "bestuur",
        "2025-03-05 20:00",
        ["Sietske Albers", "Tom Bakker", "Yara Mulder"],
        """
A: Hoe gaat het met jullie nieuwe tablet? {4}
B: Ik mis de pen. En ik kan geen notities delen met de fractie {4}
C: Dat mag niet eens, we moeten Signal gebruiken op eigen telefoon {4}
A: Jammer. Wel een verbetering t.o.v. de oude Samsungs {4}
~
B: Motie over de Poolse stedenband? Meppel Lokaal wil ermee stoppen {8}
C: Wij zijn voor doorgaan, maar goedkoper. Geen diner met 40 man {8}
""",
        22,
    ),
    Chat(
        "Graffiti melding fietstunnel",
        "dienstverlening",
        "2025-03-03 07:40",
        ["KCC Meppel", "Henny Stoker"],
        """
B: Goedemorgen, in de tunnel bij het station staat een hakenkruis gespoten. Mijn kleinkinderen lopen daar naar school {5}
A: Dank voor uw melding, we laten het vandaag verwijderen {5}
B: En doe er een camera bij! {5}
A: Ik geef het door {5}
""",
        12,
    ),
    Chat(
        "Teamoverleg handhaving stad",
        "veiligheid",
        "2025-02-05 08:00",
        ["Ruud Wolters", "Kevin Oldenhof", "Sanne Bakker", "Iris de Wit"],
        """
A: Agenda: fietsenstalling station, losloopgebied, spuiters {9,2,5}
B: Bij de stalling staan buiten honderden fietsen wild gestald, wij moeten labelen {9}
C: 180 fietsen die al 4 weken staan, die gaan naar het depot {9}
~
D: Spuiters: 2 jongens betrapt in de tunnel, 16 en 17. Halt-traject {5}
A: Ouders gebeld? {5}
D: Ja, die waren niet blij {5}
~ 2025-06-10
B: Ronde losloopveld: 3 honden zonder lijn op het pad buiten het hek, eigenaren aangesproken {2}
C: Poep? {2}
B: 2 waarschuwingen {2}
~
A: Wie doet de avonddienst op vrijdag?
C: Ik
""",
        68,
    ),
    Chat(
        "ChatGPT vraag collega",
        "dienstverlening",
        "2025-01-27 14:00",
        ["Ilse Koster", "Bram Geling"],
        """
A: Mag ik chatgpt gebruiken voor het beantwoorden van mails van inwoners? Scheelt zoveel tijd {7}
B: Geen idee. Namen eruit halen in elk geval {7}
A: Ik vraag het aan ICT {7}
~
A: ICT zegt: even niet, de richtlijn komt in mei {7}
""",
        12,
    ),
    Chat(
        "Team communicatie",
        "bedrijfsvoering",
        "2025-01-10 09:00",
        ["Jenny Bos", "Tim Roelofs", "Noor Bakker"],
        """
A: Nieuwjaarsreceptie: wie zet de foto's op sociale media?
B: Ik
~
C: Copilot schrijft onze persberichten sneller dan ik 😂 Ik zit in de proef {7}
A: Laat hem niet de citaten van de wethouder verzinnen {7}
C: Haha nee, altijd laten checken {7}
~ 2025-05-20
B: Poster rookvrij speeltuinen klaar, ook voor de sportclubs {3}
A: Stuur naar de GGD ter goedkeuring {3}
~
C: Campagne voor de milieustraat: 'Kom vroeg, of bel voor grofvuil' {10}
B: Met de nieuwe tijden erop, groot {10}
""",
        46,
    ),
    Chat(
        "Stedenband evaluatie",
        "bestuur",
        "2025-09-22 10:00",
        ["Linda Prins", "Ard Veenstra"],
        """
A: De burgemeester wil de stedenband met de Polen evalueren voor de raad {8}
B: Wat kost het ons gemiddeld per jaar? {8}
A: Sinds 2015 ongeveer 6.500 euro, met de jubilea erbij {8}
B: De reis in oktober doen we dan met 2 mensen, niet 5 {8}
""",
        12,
    ),
    Chat(
        "Herinnering stalling NS",
        "ruimte",
        "2025-04-18 10:00",
        ["Paul Evers", "Saskia de Groot (NS)"],
        """
A: Saskia, zoals besproken: vanaf 1 mei 5.30 open, NS dekt het half uur extra? {9}
B: Ja, 14.000 per jaar, voor 2 jaar {9}
A: Mooi, ik zet het in de brief naar de klagers {9}
""",
        12,
    ),
    Chat(
        "Koffie collega's",
        "bedrijfsvoering",
        "2025-03-14 10:30",
        ["Noor Bakker", "Bram Geling", "Ilse Koster"],
        """
A: Wie heeft mijn rode mok?
B: Stond in de vaatwasser
C: Taart bij de receptie, Ilse is jarig 🎂
A: Gefeliciteerd!
""",
        16,
    ),
    Chat(
        "Repair Café",
        "samenleving",
        "2025-05-10 10:00",
        ["Wilma Geerts", "Theo Ketel"],
        """
B: Kunnen we in de bibliotheek een kledingruilbeurs houden bij het Repair Café?
A: Goed idee, zaal is vrij op 24 mei
B: Rest van de kleding gaat naar de kringloop
""",
        12,
    ),
    Chat(
        "Kringloop en textiel",
        "ruimte",
        "2025-06-03 10:00",
        ["Jan-Willem Bos", "Gea Kringloop"],
        """
B: Nu er minder textielbakken zijn, krijgen wij veel meer zakken aan de deur {1}
A: Is dat een probleem? {1}
B: 's Nachts gezet, dan ligt het in de regen. Kunnen we een gesloten bak van Reshare krijgen bij onze ingang? {1}
A: Ik vraag het, past in de 15 locaties {1}
""",
        12,
    ),
    Chat(
        "Volkstuin bodem GGD",
        "samenleving",
        "2025-03-20 11:00",
        ["Dr. Femke Wijnsma", "Marloes Jansen"],
        """
B: Femke, de uitslagen van de grond aan de Kaapweg, wat is jullie advies voor de tuinders? {6}
A: Oostelijk deel geen bladgroente en wortelgroenten eten. Handen wassen na het tuinieren. Kinderen niet in de grond laten spelen {6}
B: Acuut gevaar? {6}
A: Nee, het gaat om jarenlang eten. Zwangeren wel extra voorzichtig {6}
""",
        12,
    ),
    Chat(
        "Schoolplein rookvrij De Octopus",
        "onderwijs",
        "2025-06-02 15:00",
        ["Lotte Span", "Ingeborg Veen"],
        """
B: Bord staat. Maar de moeders roken nu net buiten het hek op de stoep 🙃 {3}
A: Dat mag helaas nog wel. Jullie kunnen wel de wachtplek verplaatsen {3}
B: Wij zetten een bankje binnen het hek {3}
""",
        12,
    ),
    Chat(
        "Afvalbrengstation tijden",
        "ruimte",
        "2025-08-12 10:00",
        ["Henk Mulder", "Ayla Demir"],
        """
A: Vanaf 6 september weer zaterdag tot 16 uur open op het ABS {10}
B: Personeel? {10}
A: 1 uitzendkracht erbij {10}
""",
        12,
    ),
    Chat(
        "Dienstauto's",
        "bedrijfsvoering",
        "2025-04-22 08:00",
        ["Wouter Pel", "Sjoerd Meijer"],
        """
A: Bestelbus 14 moet naar de APK
B: Maandag
""",
        12,
    ),
    Chat(
        "Buurtbemiddeling",
        "samenleving",
        "2025-05-28 10:00",
        ["Hilde Brands", "Gonnie Pot"],
        """
A: Aanmelding: ruzie tussen buren in de Lindenlaan over een overhangende boom
B: Niet de pastorie toch?
A: Nee, nummer 31 en 33. Gewone burenruzie
""",
        12,
    ),
    Chat(
        "Klankbordgroep Lindenlaan",
        "samenleving",
        "2025-09-18 19:00",
        ["Saskia Wolters", "Mariska Hulst", "Marja Tuinstra", "Erwin de Lange"],
        """
A: Welkom in deze app, voor de klankbordgroep van de woonvoorziening. Volgende keer 11 december {11}
B: Dank. Kunnen we de verslagen hier delen? {11}
C: Liever per mail, er staan soms namen van cliënten in {11}
D: Prima. Mijn punt voor de volgende keer: rookgedrag van bewoners voor de deur, ze zitten op de stoep {11}
C: Herkenbaar, we maken een rookplek in de tuin {11}
~
B: Sinds een maand rustig, moet ik eerlijk zeggen {11}
A: Goed om te horen {11}
""",
        12,
    ),
    Chat(
        "Reizigersoverleg Rover",
        "ruimte",
        "2025-03-18 19:00",
        ["Paul Evers", "Dick Tamminga"],
        """
B: Paul, wij krijgen veel klachten over de openingstijd van de stalling. Pendelaars naar Zwolle staan voor een dicht hek {9}
A: Ik weet het, we praten met NS en Biesieklette {9}
B: En de rekken zijn kapot, de helft van de bovenste rekken zakt niet uit {9}
A: Dat is NS-materiaal. Ik geef het door {9}
""",
        12,
    ),
)
