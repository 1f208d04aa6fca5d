"""The THIRTY-FIRST BLIND relevance set (issue 17): new chats, requests and judgements.

Written as a Woo officer of gemeente Meppel would by a helper (branch woo31, stop 43) BEFORE any
measurement on it, without reading the search code, the search tests, the synonym migrations or the
redaction code; blind30.py was read for the data format (and blind29.py's first lines), the earlier
sets only for their request titles (so that the subjects are new); no other set was opened. Not yet
measured: the lead measures it once on main's code. Same syntax as blind.py: `{n}` after a line
marks the requests it is relevant to, `~` starts the next day, `~ YYYY-MM-DD` moves the chat to
that day, `PHOTO "text"` is a photo with painted text, `AUDIO` a voice note. Generated filler
(build.FILLER) is relevant to nothing. Names, addresses, firms, foundations and phone numbers are
made up; a few real organisations (NVWA, LTO, Rijkswaterstaat, RAAP, ADC, Zepcam, Voedingscentrum,
Veilig Thuis, Woonconcept) appear as they would in such chats.

The twelve requests and their queries were written first, from the request text only, before any
chat. Long team chats (permits and enforcement (VTH), public order and safety, the mayor's cabinet,
facilities, housing, heritage, the boa's, communication, the social domain, economic affairs, the
outdoor service) carry a request's subject in a few lines among other work; short one-to-one and
small group chats answer without repeating the subject ("Staan er", "Mogen weg", "Hangt", "Ligt
erin", "Toegekend", "Ze zijn weg, we gaan weer bouwen", "Camera mag weg"); other words for the
subject (H5N1, ruimen, leghennen, 10 km-zone, ophokken, kippen binnen, dode zwanen; trekkers,
boerenactie, kennisgeving, petitie, hooibaal, omgekeerde vlaggen; stenen, messing stenen, Demnig,
herdenken; vleugel B, Smeengekade, verhuisdozen, bouwvergadering, kleine zaal van De Kolk; de
vlag, IDAHOT, Coming Out Day, protocol; schouw, rolstoel, scootmobiel, geleidelijn, hellingbaan,
oprijplaten, inclusieagenda; over de termijn, ingebrekestelling, dwangsom, van rechtswege, inhuur,
raamovereenkomst; urgentie, voorrang, urgentiegrond, inwoning, mantelzorg; kloostermoppen,
waterput, RAAP, steengoed, vitrine, veldwerk; dreigbericht, dreigingsinschatting, camera,
surveillance, afgeschaald; kadehotel, lagen, BOPA, principeverzoek, zienswijzen, kavel,
antispeculatiebeding; camera's op het uniform, de cam, DPIA, bewaartermijn, Zepcam); abbreviations
(NVWA, LTO, GS, GRIP, DSO, BOPA, OOV, DPIA, ADC, RAAP, IDAHOT, SGP, ICT, BIZ); typos
(vogegriep, Archeloog, trekkkers, urgentieverklaing, bodycms); 5 photos with text (a sign at the
infected farm, a hay bale's slogan, a card by the flag mast, a find label, a packing slip) and 2
voice notes; and distractor chats that share words with requests but are about something else
(house martins' nests removed at an insulation job, the mowing team's tractor, loose paving on the
Kerkplein, a flag at half-mast, the website's accessibility audit, a threat at the Burgerzaken
desk, the library's refurbishment, the tourist tax of hotels, the outdoor service's running chat).

Judging rule (as the earlier sets): a message is relevant when a Woo officer would have to include
it to cover the request, also when it does not repeat the subject ("👍", "Hangt", "Dank"); a voice
note inside a relevant exchange is relevant. Lines of a relevant chat about something else carry
no tag.

Counts (the filler fills every chat to its stated length): 49 chats of 15 to 200 messages, 3,105
messages (458 hand-written; 5 photos with text, 2 voice notes), 12 requests, 36 queries, 382
relevant messages, each relevant to one request, in 58 (chat, request) pairs; 40 chats relevant to
a request, 9 to none, 9 to several. Relevant messages (chats) per request: R1 41 (7), R2 42 (7),
R3 25 (4), R4 37 (5), R5 26 (4), R6 31 (6), R7 32 (4), R8 28 (4), R9 31 (4), R10 30 (4), R11 31
(5), R12 28 (4)."""

from .build import Chat, Request

REQUESTS = (
    Request(
        1,
        "De vogelgriep bij een pluimveebedrijf in Rogat (maart 2025): het ruimen van de dieren, de "
        "afsluiting en de zones, de ophokplicht voor hobbyhouders, de dode wilde vogels en de "
        "informatie aan inwoners.",
        ("vogelgriep", "vogelgriep rogat", "ophokplicht"),
    ),
    Request(
        2,
        "De boerenprotesten met trekkers in Meppel (2025): de kennisgeving en de afspraken met de "
        "organisatoren en de politie, de petitie aan de burgemeester, de verkeershinder en de schade "
        "aan de openbare ruimte.",
        ("boerenprotest", "trekkers demonstratie", "boerenprotest stadhuis"),
    ),
    Request(
        3,
        "De struikelstenen (Stolpersteine) in Meppel (2025): de plaatsing van nieuwe stenen, de "
        "bijdrage van de gemeente, de rol van de burgemeester en de beklading van stenen.",
        ("struikelstenen", "stolpersteine", "struikelstenen beklad"),
    ),
    Request(
        4,
        "De verbouwing van het stadhuis en de tijdelijke huisvesting van de medewerkers (2025): de "
        "planning, de verhuizing, de kosten, de vertraging en waar de raad vergadert.",
        ("verbouwing stadhuis", "tijdelijke huisvesting medewerkers", "renovatie stadhuis"),
    ),
    Request(
        5,
        "De regenboogvlag bij het stadhuis (2025): het hijsen, het weghalen van de vlag, de aangifte, "
        "de reacties en de raadsvragen over het vlaggenprotocol.",
        ("regenboogvlag", "regenboogvlag stadhuis", "vlaggenprotocol"),
    ),
    Request(
        6,
        "De toegankelijkheid van de binnenstad en het stadhuis voor mensen met een beperking (2025): "
        "de schouw met ervaringsdeskundigen, de knelpunten, de klachten en de maatregelen uit de "
        "inclusieagenda.",
        ("toegankelijkheid binnenstad", "rolstoel", "toegankelijkheid beperking stadhuis"),
    ),
    Request(
        7,
        "De achterstand bij de behandeling van aanvragen voor een omgevingsvergunning (2025): de "
        "overschreden termijnen, vergunningen die van rechtswege zijn verleend, de dwangsommen wegens "
        "niet tijdig beslissen en de inhuur van personeel.",
        ("achterstand vergunningen", "omgevingsvergunning termijn", "van rechtswege verleend"),
    ),
    Request(
        8,
        "De urgentieverklaringen voor een sociale huurwoning (2025): de aanvragen, de besluiten van de "
        "urgentiecommissie, de bezwaren en de wijziging van de urgentiegronden.",
        ("urgentieverklaring", "urgentie sociale huurwoning", "urgentiecommissie"),
    ),
    Request(
        9,
        "De archeologische vondsten bij de nieuwbouw aan het Noordeinde (2025): de bouwstop, de "
        "opgraving, de kosten en wie ze betaalt, en wat er met de vondsten gebeurt.",
        ("archeologie noordeinde", "archeologische opgraving", "vondsten nieuwbouw"),
    ),
    Request(
        10,
        "De bedreiging van wethouder Kuipers en de maatregelen voor haar beveiliging (2025).",
        ("bedreiging wethouder", "beveiliging wethouder", "dreigbericht"),
    ),
    Request(
        11,
        "Het plan voor een hotel aan de Stoombootkade (2025): het principeverzoek, de bouwhoogte, de "
        "aanvraag omgevingsvergunning, de zienswijzen en de verkoop van de grond.",
        ("hotel stoombootkade", "hotelplan", "bouwhoogte hotel"),
    ),
    Request(
        12,
        "De invoering van bodycams voor de boa's (2025): het besluit, de aanschaf en de kosten, de "
        "privacy (DPIA) en het gebruik van de beelden.",
        ("bodycams", "bodycam boa", "bodycams handhaving privacy"),
    ),
)

CHATS = (
    Chat(
        "Team VTH",
        "ruimte",
        "2025-01-06 08:30",
        ["Marco Dijkstra", "Yvonne Kremer", "Thijs Boerma", "Ellen Hofstra"],
        """
A: Goedemorgen allemaal, eerste teamoverleg donderdag om 10 uur
B: Staat in mijn agenda
~ 2025-01-15
B: Stand van zaken: 212 aanvragen omgevingsvergunning in behandeling, waarvan 64 over de termijn {7}
A: 64?? In oktober waren het er 20 {7}
C: Sinds de Omgevingswet komen er veel meer aanvullingsverzoeken, en Jolanda en Rik zijn uit dienst {7}
D: En het DSO hapert nog steeds, de helft van de bijlagen komt niet goed door {7}
A: Ik vraag de directie om inhuur, 2 vergunningverleners voor een half jaar {7}
~ 2025-01-29
D: Vooroverleg hotel Stoombootkade gehad: de ontwikkelaar wil 7 lagen, het omgevingsplan staat er 4 toe {11}
C: Dan wordt het een buitenplanse omgevingsplanactiviteit, een BOPA {11}
A: Wethouder wil eerst een principeverzoek in het college {11}
~ 2025-02-10
B: Eerste dwangsom niet tijdig beslissen binnen, aannemer uit Havelte, dakopbouw Prinsengracht {7}
A: Hoeveel? {7}
B: Max 1.442 euro. En er liggen er nog 3 in de ingebrekestelling {7}
C: Sorry, die dakopbouw was van mij, ligt al 14 weken 😞 {7}
A: Geen verwijt, wel vandaag het besluit eruit {7}
~ 2025-02-20
D: Bouwstop Noordeinde 18: de aannemer stuitte bij het graven op oude muurtjes en potscherven {9}
A: Archeloog gebeld? {9}
D: Ja, Anouk komt morgen kijken {9}
~
D: Het is serieus, resten van een 16e-eeuws huis en een waterput. Het werk ligt minstens 3 weken stil {9}
C: Wie betaalt de opgraving? {9}
A: De initiatiefnemer, de veroorzaker betaalt. Staat in de voorschriften van zijn vergunning {9}
~ 2025-03-05
A: Inhuur rond: 2 mensen via de raamovereenkomst vanaf 17 maart {7}
B: 👍 {7}
~ 2025-03-24
C: Let op: de dakkapel aan de Julianastraat is van rechtswege verleend, we waren 2 dagen te laat {7}
A: Balen. De buren zijn tegen. Publiceren en het bezwaar afwachten {7}
~ 2025-04-16
D: Principeverzoek hotel: college positief, maar max 6 lagen en een openbare kade ervoor {11}
B: Wanneer komt de aanvraag? {11}
D: Na de zomer zeggen ze {11}
~ 2025-05-07
B: Stand: 188 in behandeling, 31 over de termijn. Gaat de goede kant op {7}
A: Mooi werk mensen 💪 {7}
~ 2025-06-12
C: Sloopmelding Zuideinde: de asbestinventarisatie ontbreekt
B: Opvragen, termijn opschorten
~ 2025-07-02
D: Aanvraag omgevingsvergunning voor het hotel is ingediend: 84 kamers, 6 lagen, parkeren onder de grond {11}
A: Wie pakt hem? Dit wordt een zware {11}
D: Ik, met Yvonne als tweede lezer {11}
~ 2025-08-06
B: Ontwerpbesluit hotel gaat morgen ter inzage, 6 weken {11}
~ 2025-09-15
A: De achterstand is weg, 0 over de termijn voor het eerst sinds 2023 🎉 {7}
C: Kan de inhuur eraf? {7}
A: 1 blijft tot eind van het jaar, voor de zekerheid {7}
~ 2025-10-20
B: Handhavingsverzoek schuur Wheeme: gesprek met de eigenaar volgende week
""",
        200,
    ),
    Chat(
        "Openbare orde en veiligheid",
        "veiligheid",
        "2025-01-07 08:45",
        ["Jolanda Kuiper", "Ruben Hendriks", "Mark Stoffers", "Iris Wessels"],
        """
A: Evaluatie jaarwisseling staat in de map, graag lezen voor de driehoek
~ 2025-01-23
B: Via de appgroep van de LTO-afdeling: zaterdag komen er trekkers naar Meppel, protest tegen het stikstofplan van de provincie {2}
A: Is er een kennisgeving gedaan? {2}
B: Nee. Ik bel de organisator, een melkveehouder uit Nijeveen {2}
~
B: Kennisgeving binnen: 40 trekkers, route Steenwijkerweg naar het stadhuis, 11 tot 14 uur {2}
C: Politie wil dat ze op de Markt parkeren, niet in de Hoofdstraat {2}
A: Afgesproken: Markt afzetten, de zaterdagmarkt schuift voor een keer naar het Kerkplein {2}
~ 2025-01-25
C: Het zijn er veel meer, ik tel er 110 bij de rotonde Blankenstein {2}
B: Ze staan vast op de Zomerdijk, bus 20 kan er niet door {2}
A: Burgemeester gaat om 12 uur naar buiten om de petitie in ontvangst te nemen {2}
~
D: Schade na de actie: grasveld bij het stadhuis kapot gereden, 2 lichtmasten scheef, mest op de Kromme Elleboog {2}
A: Verhalen op de organisator, hij zei dat hij aansprakelijk is {2}
~ 2025-02-12
A: Wethouder Kuipers heeft vannacht een dreigbericht gekregen via Facebook, met haar huisadres erbij {10}
B: Aangifte? {10}
A: Doet ze vandaag. Politie maakt een dreigingsinschatting {10}
D: Ik zorg dat het bericht bewaard wordt, screenshot in het dossier {10}
~ 2025-02-14
A: Maatregelen: camera bij haar huis en 's avonds extra surveillance, de komende 2 weken {10}
C: En haar werkkamer? Ze zit op de begane grond {10}
A: Facilitair plakt folie op het raam {10}
~ 2025-03-04
B: Pluimveebedrijf aan de Rogatweg: vogelgriep vastgesteld, de NVWA ruimt vandaag {1}
A: Hoeveel dieren? {1}
B: 38.000 leghennen. 3 km-zone en een 10 km-zone met vervoersverbod {1}
D: Geen GRIP volgens de veiligheidsregio, wel een klein beleidsteam voor de communicatie {1}
~
B: Rogatweg afgesloten bij de boerderij, verkeersregelaars van de provincie staan er {1}
~ 2025-04-10
D: Voorstel: bodycams voor de boa's, na de 3 incidenten van vorig jaar {12}
A: Kosten? {12}
D: 12 camera's, 9.800 euro, plus de licentie voor de opslag, 2.400 per jaar {12}
C: De privacy officer moet er een DPIA op doen {12}
~ 2025-05-20
A: Burgemeester tekent vandaag het besluit over de bodycams {12}
~ 2025-06-03
A: De dreiging rond Kuipers is afgeschaald, de camera blijft tot 1 september {10}
~ 2025-07-01
C: Evaluatie Meppel Jazz: rustig, 2 aanhoudingen
~ 2025-08-28
B: Nieuwe boerenactie aangekondigd voor 6 september, nu ook op de A28 {2}
A: Rijkswaterstaat en de politie hebben het op de radar, wij doen alleen de binnenstad {2}
~ 2025-09-06
C: Rustig verlopen, 25 trekkers, ze bleven op de Markt. Geen schade {2}
A: Mooi zo {2}
""",
        200,
    ),
    Chat(
        "Kabinet burgemeester",
        "bestuur",
        "2025-01-08 09:15",
        ["Nicole van der Laan", "Sjoerd Meijer", "Anita Kloosterman", "Burgemeester Hans Veldman"],
        """
A: Nieuwjaarsreceptie: 640 aanmeldingen, de bodes zijn ingelicht
C: Garderobe is geregeld
~ 2025-01-22
A: De Stichting Struikelstenen Meppel vraagt of u op 14 april bij de plaatsing van 9 nieuwe stenen wilt zijn {3}
D: Ja, heel graag. Welke adressen? {3}
A: Woldstraat, Prinsengracht en Hoofdstraat, drie families {3}
B: Zal ik een korte toespraak schrijven? {3}
D: Graag, kort, de namen moeten centraal staan {3}
~ 2025-01-25
B: De petitie van de boeren ligt in uw postvak, 1.200 handtekeningen {2}
D: Ik stuur een reactie dat ik hem doorstuur naar GS, het gaat over het provinciale plan {2}
~ 2025-04-14
A: Mooie plechtigheid vanochtend. Er waren 2 nabestaanden uit Israël {3}
D: Indrukwekkend. Graag een bedankkaart naar de stichting {3}
~ 2025-05-08
C: De regenboogvlag hing sinds gisteren voor IDAHOT, vannacht is de lijn doorgeknipt en de vlag weg {5}
A: Camerabeelden? {5}
C: De mast staat net buiten het beeld van de camera {5}
D: Nieuwe vlag ophangen, vandaag nog. En aangifte doen {5}
~ 2025-05-09
B: 48 reacties op Facebook over de vlag, vooral steun, een paar nare {5}
A: Verbergen wat kwetsend is, niet verwijderen {5}
~ 2025-05-26
A: De SGP vraagt naar het vlaggenprotocol, zij vinden dat er alleen de Nederlandse en de Meppeler vlag mag hangen {5}
D: Het protocol staat gewoon op de site: regenboog op 17 mei en op Coming Out Day {5}
~ 2025-06-20
A: Lintjes: er zijn al 2 aanvragen voor volgend jaar
B: Noted
~ 2025-09-04
A: Agenda werkbezoek commissaris van de Koning rondgestuurd
~ 2025-10-11
C: De regenboogvlag hangt weer voor Coming Out Day, nu met een slot op de lijn 🔒 {5}
D: 👍 {5}
""",
        200,
    ),
    Chat(
        "Huisvesting en facilitair",
        "bedrijfsvoering",
        "2025-01-09 07:45",
        ["Gerard Lubbers", "Petra Nijhuis", "Koen de Haan", "Willemijn Post"],
        """
A: Kerstversiering is opgeruimd, de boom ligt bij de achteringang
~ 2025-01-20
A: Planning verbouwing stadhuis: start 1 april, 14 maanden, eerst vleugel B {4}
B: En waar gaan de 180 mensen heen? {4}
A: Naar het oude belastingkantoor aan de Mr. Harm Smeengekade, huurcontract voor 2 jaar {4}
C: Parkeren daar? 40 plekken voor 180 man {4}
A: P-Noord, en de fiets 😉 {4}
~ 2025-02-06
D: De toegankelijkheidsschouw van het stadhuis is gedaan met de adviesraad sociaal domein, 11 knelpunten {6}
A: Welke? {6}
D: Hellingbaan bij de hoofdingang te steil, balie te hoog, lift te klein voor een scootmobiel, geen invalidentoilet op de 1e {6}
A: Die nemen we mee in de verbouwing {6}
~ 2025-03-10
B: Verhuisdozen worden 24 maart geleverd, 1.400 stuks {4}
C: ICT verhuist het netwerk in het weekend van 29 maart {4}
~ 2025-03-31
B: Eerste dag in de Smeengekade. Koffieautomaat doet het niet en de wifi op de 2e valt weg {4}
A: Leverancier komt morgen {4}
~ 2025-05-14
C: Aannemer meldt asbest in de kitnaden van vleugel B, 3 weken vertraging {4}
A: Budget? {4}
C: Sanering 38k, uit de post onvoorzien {4}
~ 2025-06-04
D: De nieuwe hellingbaan, een lage balie en een rolstoeltoilet staan nu in het bestek {6}
~ 2025-07-09
A: Airco's in de noodkantine geplaatst
~ 2025-09-18
A: De verbouwing loopt 6 weken uit, oplevering juli 2026 {4}
B: Huur Smeengekade verlengen dan? {4}
A: Ja, 3 maanden erbij {4}
~ 2025-11-03
B: Schoonmaakcontract: nieuwe aanbesteding in januari
""",
        200,
    ),
    Chat(
        "Wonen",
        "samenleving",
        "2025-01-10 09:00",
        ["Hilde Smit", "Wouter Jonker", "Sevda Yilmaz"],
        """
A: Prestatieafspraken met Woonconcept: concept is binnen
~ 2025-01-27
B: Urgentiecommissie van gisteren: 7 aanvragen, 3 toegekend {8}
C: De moeder met 3 kinderen uit de blijf-van-mijn-lijfopvang? {8}
B: Toegekend, 6 maanden voorrang {8}
~ 2025-02-24
A: Veel meer aanvragen voor urgentie dan vorig jaar, 61 in januari en februari. Vooral mensen die gaan scheiden {8}
B: Scheiding is volgens de verordening geen grond, die wijzen we af {8}
C: Maar dan staan ze bij ons aan de balie met de kinderen 😕 {8}
~ 2025-03-19
B: Bezwaar tegen een afwijzing binnen, de man die bij zijn moeder inwoont {8}
A: Bezwaarcommissie zit 22 april {8}
~ 2025-04-24
B: Bezwaar ongegrond verklaard {8}
~ 2025-05-15
A: De wethouder wil de urgentieregeling evalueren. Kun je cijfers maken? {8}
C: 2024: 88 aanvragen, 31 toegekend. Gemiddelde zoektijd met urgentie 4,5 maand {8}
~ 2025-06-30
A: Flexwoningen: nog 12 beschikbaar
~ 2025-09-10
A: Raad is akkoord met de wijziging van de huisvestingsverordening: mantelzorg wordt ook een urgentiegrond {8}
B: Vanaf 1 januari dus {8}
C: Dan moet het formulier aangepast {8}
""",
        170,
    ),
    Chat(
        "Erfgoed",
        "samenleving",
        "2025-01-13 10:00",
        ["Anouk Brink", "Jaap Veenstra", "Lisette Mol"],
        """
A: Monumentensubsidie: de aanvragen voor 2025 kunnen tot 1 maart
~ 2025-02-21
A: Noordeinde 18: sporen van een 16e-eeuws pand, muurresten van kloostermoppen en een houten waterput {9}
B: Mooi! Moet er gegraven worden? {9}
A: Ja, een volledige opgraving. Ik vraag offertes bij ADC en RAAP {9}
~ 2025-03-03
A: RAAP, 26.500, 3 weken veldwerk {9}
C: De ontwikkelaar zal niet blij zijn {9}
A: Hij betaalt, maar wij hebben gevraagd of de put bewaard kan blijven {9}
~ 2025-03-25
A: Vondsten tot nu toe: een tinnen lepel, Duits steengoed, een muntje uit 1578 {9}
B: Kan dat in een vitrine in het museum? {9}
~ 2025-04-16
C: Struikelstenen: de stichting vraagt 3.000 euro bijdrage voor de 9 stenen {3}
B: Past in het budget herdenken {3}
~ 2025-06-10
C: Twee stenen in de Woldstraat zijn beklad met zwarte verf {3}
A: Maken wij ze schoon? {3}
C: De stichting doet het zelf, wij doen aangifte {3}
~ 2025-08-19
B: Gevelherstel Kerkgracht 7: subsidie verleend
~ 2025-09-13
A: Open Monumentendag: de waterput ligt in de hal van het museum, 400 bezoekers {9}
B: Super {9}
""",
        170,
    ),
    Chat(
        "Handhaving boa's",
        "veiligheid",
        "2025-01-06 07:30",
        ["Erwin Bakker", "Saskia de Vries", "Youssef Amrani", "Dennis Kok"],
        """
A: Dienstrooster januari staat in Teams
~ 2025-02-03
C: Gisteravond weer uitgescholden en geduwd bij de Kromme Elleboog {12}
A: Daarom wil ik camera's op jullie uniform. Ik schrijf een voorstel {12}
~ 2025-03-05
B: Vraag van de NVWA: kunnen wij kijken of hobbyhouders in de 10 km-zone hun kippen binnen hebben? {1}
A: Niet onze bevoegdheid, wel signalen doorgeven {1}
D: Aan de Rogatweg 112 lopen gewoon kippen in de tuin, ik heb het doorgegeven {1}
~ 2025-06-02
A: De bodycams zijn binnen! Training woensdag {12}
C: Moet hij altijd aanstaan? {12}
A: Nee, je zet hem aan als het escaleert, en dat zeg je hardop {12}
B: En de beelden? {12}
A: 28 dagen bewaard, daarna gewist, tenzij er aangifte is {12}
~ 2025-06-25
C: Eerste keer de cam aangezet, de man in de Hoofdstraat kalmeerde meteen 😄 {12}
~ 2025-07-14
D: Overlast jongeren Wilhelminapark, we gaan er vanavond langs
~ 2025-09-09
D: Bij het protest zaterdag had 1 trekker een kapot achterlicht, politie heeft hem bekeurd {2}
~ 2025-10-15
A: Evaluatie bodycams: 14 keer aangezet, 2 keer beelden gebruikt voor een aangifte {12}
B: En klachten? {12}
A: Eén, iemand vond dat hij gefilmd werd zonder dat hij het wist. Ongegrond {12}
""",
        200,
    ),
    Chat(
        "Communicatie",
        "bestuur",
        "2025-01-06 08:00",
        ["Sjoerd Meijer", "Marit Hoekstra", "Bram van Dam"],
        """
A: Persbericht nieuwjaarsreceptie staat online
~ 2025-01-25
B: Trekkers door de hele stad, de Courant wil een reactie van de burgemeester {2}
A: Hij gaat om 12 uur naar buiten, dan kunnen ze een quote halen {2}
~ 2025-02-13
C: Wethouder Kuipers wil haar Facebookpagina een tijdje offline {10}
A: Prima, reacties uitzetten kan ook {10}
~ 2025-03-04
B: Brief aan de bewoners binnen 3 km van het bedrijf aan de Rogatweg: kippen, eenden en ganzen binnenhouden {1}
C: En hobbyhouders die niet geregistreerd zijn? {1}
B: Ook een bericht op social media en in de Meppeler Courant {1}
~ 2025-03-20
C: Ik krijg veel vragen of je nog eieren kunt eten 🙈 {1}
B: Ja, verwijs naar de site van het Voedingscentrum {1}
~ 2025-03-28
A: Nieuwsbericht: de balie van Burgerzaken zit vanaf 31 maart tijdelijk in de Smeengekade, alleen op afspraak {4}
~ 2025-05-08
B: De vlag is gestolen, hoe communiceren we? {5}
A: Kort: de vlag is weggehaald, er hangt een nieuwe, we doen aangifte. Geen discussie aangaan {5}
~ 2025-07-01
C: Zomerfoto's voor Insta: wie heeft er leuke?
~ 2025-10-06
A: 2 dreigende berichten aan Ria onder ons bericht over de opvang, door naar OOV {10}
B: Screenshots in de map gezet {10}
""",
        200,
    ),
    Chat(
        "Sociaal domein",
        "samenleving",
        "2025-01-14 09:30",
        ["Karin Bouwman", "Erik Prins", "Naomi Jager"],
        """
A: Wmo-cijfers Q4 zijn binnen
~ 2025-02-18
C: De cliëntenraad heeft een brief gestuurd over de binnenstad: kinderkopjes, hoge stoepen, terrasschotten op de looproute {6}
A: Neem het mee in de lokale inclusieagenda {6}
B: We kunnen een schouw doen met ervaringsdeskundigen {6}
~ 2025-04-09
C: Schouw binnenstad gedaan, met 4 rolstoelgebruikers en een blinde man met geleidehond {6}
B: 23 knelpunten. Het ergste: bijna geen drempelvrije ingang in de Hoofdstraat en de geleidelijn houdt op bij de Markt {6}
A: Rapport naar de wethouder en de winkeliersvereniging {6}
~ 2025-05-20
B: Maatschappelijke opvang: 4 cliënten hebben een urgentie bij Woonconcept maar nog geen woning {8}
A: Is er een uitstroomplek tot die tijd? {8}
~ 2025-07-07
A: Inclusieagenda in het college: 80.000 voor aanpassingen in de openbare ruimte {6}
~ 2025-09-30
C: Stoepranden bij de Markt zijn verlaagd, meneer De Wit met zijn scootmobiel is er blij mee {6}
""",
        170,
    ),
    Chat(
        "Economische zaken",
        "ruimte",
        "2025-01-08 08:30",
        ["Dirk Talsma", "Maaike Bos", "Henk Roelofs"],
        """
A: Ondernemersontbijt 30 januari, 85 aanmeldingen
~ 2025-01-27
B: Klachten van winkeliers in de Hoofdstraat: zaterdag geen klanten door de trekkkers {2}
A: Begrijpelijk, maar het demonstratierecht gaat voor {2}
~ 2025-02-05
C: Vastgoedpartij Kadehuis wil een hotel op de Stoombootkade, ze willen met ons om tafel {11}
A: Past bij de ambitie voor het Havenkwartier {11}
C: 84 kamers, restaurant op de begane grond {11}
~ 2025-04-02
B: Horeca Meppel is niet blij met het hotel, ze vrezen voor de B&B's {11}
A: Meppel heeft te weinig bedden, we verliezen congressen aan Zwolle {11}
~ 2025-05-13
C: Winkeliersvereniging vraagt of de gemeente wil bijdragen aan oprijplaten voor winkels {6}
A: Uit de inclusieagenda, 50% tot max 500 euro per winkel {6}
~ 2025-07-22
C: Grondprijs kavel hotel: taxatie 1,2 miljoen {11}
B: De raad moet instemmen met de verkoop {11}
~ 2025-11-01
A: BIZ-heffing: de aanslagen zijn de deur uit
""",
        170,
    ),
    Chat(
        "Afzetting Rogatweg",
        "openbare_ruimte",
        "2025-03-03 17:20",
        ["Ruben Hendriks", "Bianca Mulder"],
        """
A: Bianca, kunnen jullie morgen om 6 uur dranghekken en borden bij Rogatweg 87 neerzetten? {1}
B: Welke borden? {1}
A: Verboden toegang, besmet bedrijf. De NVWA levert de tekst {1}
~
B: PHOTO "VERBODEN TOEGANG - Besmettelijke dierziekte - Op last van de NVWA - Rogatweg" {1}
B: Staan er {1}
A: Top, dank {1}
~
B: Hoe lang blijven ze staan? {1}
A: Tot de reiniging en ontsmetting klaar is, 3 tot 4 weken {1}
~ 2025-04-02
A: Mogen weg {1}
B: Opgehaald {1}
""",
        24,
    ),
    Chat(
        "Dode zwanen Reest",
        "openbare_ruimte",
        "2025-03-08 08:10",
        ["Arjen Veldhuis", "Tineke Schutte"],
        """
A: Er liggen 4 dode zwanen bij de Reestbrug {1}
B: Niet aanpakken! Het meldpunt dode vogels bellen, die halen ze op voor onderzoek {1}
A: Gebeld, morgen komen ze {1}
~ 2025-03-12
B: Uitslag is binnen: H5N1, dezelfde variant als op het bedrijf {1}
A: Jeetje. Er liggen er nog 2 bij de plas {1}
B: Zelfde procedure, handschoenen aan en niet in de container {1}
A: Ok {1}
""",
        30,
    ),
    Chat(
        "Vragen ophokken",
        "dienstverlening",
        "2025-03-06 10:05",
        ["Lotte Brouwer", "Marit Hoekstra"],
        """
A: Marit, veel bellers over de vogegriep en het ophokken, geldt het voor heel Meppel? {1}
B: Landelijk moeten de kippen al sinds november binnen, rond Rogat komt de 10 km-zone er nog bij {1}
A: En de kinderboerderij? {1}
B: Kippen en eenden binnen, de geiten mogen gewoon naar buiten 😊 {1}
A: Dank, ik zet het in de kennisbank {1}
""",
        15,
    ),
    Chat(
        "Kinderboerderij",
        "samenleving",
        "2025-03-05 08:30",
        ["Wim Hazenberg", "Tineke Schutte"],
        """
A: Tineke, moeten onze kippen en eenden nu binnen? {1}
B: Jullie zitten net buiten de 10 km, maar de landelijke ophokplicht geldt wel {1}
A: Het eendenhok is veel te klein voor 20 eenden {1}
B: Dan een net over de ren, dat mag ook {1}
A: Net is besteld {1}
~ 2025-03-14
A: Net hangt. Bezoekers vragen waarom, ik heb een briefje opgehangen {1}
""",
        15,
    ),
    Chat(
        "Trekkers zaterdag",
        "veiligheid",
        "2025-01-23 14:00",
        ["Ruben Hendriks", "Gert-Jan Lammers"],
        """
A: Goedemiddag, Ruben van de gemeente Meppel. Ik hoorde dat er zaterdag een actie is? {2}
B: Klopt, we rijden naar het stadhuis om de petitie aan te bieden. Vreedzaam hoor {2}
A: Dan hebben we een kennisgeving nodig, ik stuur je het formulier {2}
B: Hoeveel trekkers mogen er komen? {2}
A: Geen maximum, wel parkeren op de Markt en niet op de stoep of het gras {2}
B: Afgesproken. Geen mest, geen vuurwerk {2}
~
B: Formulier ingevuld terug. We verwachten er een stuk of 40 {2}
~ 2025-01-26
A: Er lag toch mest op de Kromme Elleboog en het gras bij het stadhuis is kapot {2}
B: Dat waren jongens uit Staphorst, niet van ons. Maar we betalen het gras, stuur de rekening maar {2}
A: Komt eraan, 1.850 euro {2}
~ 2025-08-28
B: Hoi Ruben, 6 september weer, zelfde afspraken? {2}
B: AUDIO {2}
A: Zelfde afspraken. En dit keer niet over het gras 😉 {2}
B: Beloofd {2}
""",
        60,
    ),
    Chat(
        "Opruimen na actie",
        "openbare_ruimte",
        "2025-01-25 16:30",
        ["Bianca Mulder", "Koen Dekker"],
        """
A: PHOTO "GEEN BOEREN GEEN VOEDSEL - Stop het stikstofplan" {2}
A: Deze hooibaal ligt nog op de rotonde bij de Eendracht {2}
B: Laten liggen tot maandag? {2}
A: Nee, verkeersgevaarlijk, ik haal hem weg met de shovel {2}
B: Ok. De omgekeerde vlaggen langs de Steenwijkerweg laten we hangen, dat is privéterrein {2}
~
A: Veegwagen is over de Markt geweest, schoon {2}
""",
        20,
    ),
    Chat(
        "Struikelstenen 14 april",
        "samenleving",
        "2025-03-31 11:00",
        ["Lisette Mol", "Ria Hartman"],
        """
A: Dag Ria, de stratenmakers staan 14 april om 9 uur klaar in de Woldstraat {3}
B: Fijn. Gunter Demnig komt zelf niet, zijn team legt de stenen {3}
A: Volgorde Woldstraat, Prinsengracht, Hoofdstraat? {3}
B: Ja, en bij elke steen leest een leerling van het Stad & Esch een naam voor {3}
A: Mooi. De burgemeester spreekt bij de eerste {3}
~ 2025-04-15
B: Dank voor alles, het was prachtig {3}
A: Jullie bedankt. De Courant had er een mooi stuk over {3}
""",
        30,
    ),
    Chat(
        "Bekladde stenen Woldstraat",
        "veiligheid",
        "2025-06-10 07:50",
        ["Saskia de Vries", "Lisette Mol"],
        """
A: Melding van een bewoner: de messing stenen voor Woldstraat 9 zijn zwart gespoten {3}
B: Dat zijn de stenen van de familie Polak... {3}
A: Ik heb foto's gemaakt en de politie ingelicht {3}
B: Ik bel de stichting {3}
~
B: Ze zijn gepoetst, je ziet er bijna niks meer van {3}
A: Gelukkig {3}
""",
        15,
    ),
    Chat(
        "Verhuizing Smeengekade",
        "bedrijfsvoering",
        "2025-03-20 12:00",
        ["Petra Nijhuis", "Koen de Haan"],
        """
A: Koen, de verhuizers komen 28 maart om 7 uur {4}
B: Alle dozen gelabeld met kamernummer? {4}
A: Ja, kleur per afdeling. Rood is Ruimte {4}
B: Mijn bureaustoel gaat toch mee? 😅 {4}
A: Nee, daar staat alles al. Alleen je eigen spullen {4}
~ 2025-03-31
B: Nieuwe plek gevonden, uitzicht op het water! {4}
A: Zie je, niks mis met tijdelijk 😄 {4}
""",
        30,
    ),
    Chat(
        "Bouwvergadering stadhuis",
        "bedrijfsvoering",
        "2025-05-22 10:00",
        ["Gerard Lubbers", "Jeroen Hoogland", "Sanne Kok"],
        """
A: Bouwvergadering 12: de stalen liggers voor vleugel B komen 2 weken later {4}
B: Daardoor schuift de ruwbouw naar eind juni {4}
C: En de gevel kan pas in augustus, ik wil de kleurstalen nog zien {4}
~ 2025-06-19
B: Vleugel B is wind- en waterdicht 👍 {4}
A: Top. Meerwerk voor de extra wandcontactdozen: offerte? {4}
B: 7.400 ex btw {4}
A: Akkoord {4}
~ 2025-08-21
C: Kleurstalen gevel goedgekeurd door de welstand {4}
B: Steigers gaan 1 september omhoog {4}
""",
        60,
    ),
    Chat(
        "Raadzaal tijdelijk",
        "bestuur",
        "2025-03-12 15:00",
        ["Marjan Stoel", "Gerard Lubbers"],
        """
A: Gerard, waar vergadert de raad als de raadzaal dicht is voor de bouw? {4}
B: Vanaf mei in de kleine zaal van De Kolk {4}
A: En de livestream? {4}
B: De apparatuur verhuist mee, test op 6 mei {4}
~ 2025-05-06
A: Test gelukt, beeld en geluid ok {4}
""",
        20,
    ),
    Chat(
        "Vlag weg",
        "bestuur",
        "2025-05-08 07:20",
        ["Anita Kloosterman", "Nicole van der Laan"],
        """
A: Nicole, de regenboogvlag is weg, de lijn is doorgeknipt {5}
B: Wat?? Sinds wanneer? {5}
A: Gisteravond om 6 uur hing hij nog. Vanochtend om 7 weg {5}
B: Hebben we een reserve? {5}
A: Eén in de kast bij de bodes {5}
B: Ophangen graag {5}
A: Hangt {5}
~ 2025-05-12
A: Er liggen bloemen bij de mast 🌈 {5}
A: PHOTO "Meppel is van iedereen - Liefde wint" {5}
B: ❤️ {5}
""",
        30,
    ),
    Chat(
        "Raadsvragen vlag",
        "bestuur",
        "2025-05-26 09:00",
        ["Marjan Stoel", "Nicole van der Laan"],
        """
A: Raadsvragen van de SGP over de vlag en het protocol, antwoord binnen 30 dagen {5}
B: Ik maak een concept, het protocol is in 2022 door het college vastgesteld {5}
~ 2025-06-10
B: Antwoorden zijn verstuurd {5}
A: Dank {5}
""",
        15,
    ),
    Chat(
        "Schouw binnenstad",
        "samenleving",
        "2025-03-25 10:00",
        ["Naomi Jager", "Ineke de Wit"],
        """
A: Ineke, de schouw is 9 april om 10 uur, verzamelen bij de bibliotheek {6}
B: Ik kom met mijn elektrische rolstoel, dan zie je het echt {6}
A: Kan er ook iemand met een rollator mee? {6}
B: Mijn buurvrouw wil wel {6}
~ 2025-04-10
B: Dank voor gisteren. Vergeet de drempel bij de ingang van de bieb niet, daar kwam ik echt niet over {6}
A: Staat erin, nummer 4 {6}
""",
        24,
    ),
    Chat(
        "Klacht lift",
        "dienstverlening",
        "2025-02-20 11:00",
        ["Lotte Brouwer", "Gerard Lubbers"],
        """
A: Klacht: een meneer in een rolstoel kon niet naar boven voor zijn afspraak bij de Wmo, de lift stond stil {6}
B: Lift is vrijdag gerepareerd, maar hij is ook gewoon te smal {6}
A: Wat zeg ik tegen hem? {6}
B: Excuses, en dat de consulent voortaan naar beneden komt. Na de verbouwing komt er een grotere lift {6}
A: 👍 {6}
""",
        15,
    ),
    Chat(
        "Geleidelijn Markt",
        "openbare_ruimte",
        "2025-07-15 09:00",
        ["Bianca Mulder", "Tim Mulder"],
        """
A: De geleidelijn voor blinden en slechtzienden loopt dood bij de Markt {6}
B: Wij leggen hem door tot de bushalte, staat in de planning voor oktober {6}
A: Kosten? {6}
B: 14k, uit het geld voor de inclusieagenda {6}
~ 2025-10-22
B: Ligt erin {6}
""",
        20,
    ),
    Chat(
        "Dakkapel Julianastraat",
        "ruimte",
        "2025-03-24 13:00",
        ["Thijs Boerma", "Fleur Jansen"],
        """
A: Fleur, dakkapel Julianastraat: 8 weken om, geen besluit. Dus van rechtswege? {7}
B: Helaas wel. Wel publiceren, dan loopt de bezwaartermijn {7}
A: De buurman gaat bezwaar maken {7}
B: Dan toetsen we het in bezwaar alsnog inhoudelijk {7}
A: Ok, dank {7}
""",
        20,
    ),
    Chat(
        "Inhuur vergunningverleners",
        "bedrijfsvoering",
        "2025-02-27 09:30",
        ["Marco Dijkstra", "Annelies Brouwer"],
        """
A: Annelies, ik heb 2 tijdelijke vergunningverleners nodig, met ervaring in de Omgevingswet {7}
B: Via de raamovereenkomst kan het binnen 3 weken. Tarief rond de 95 per uur {7}
A: Doen. De stapel loopt uit de hand {7}
~ 2025-03-14
B: Contracten getekend, ze starten maandag {7}
""",
        20,
    ),
    Chat(
        "Klant belt over aanvraag",
        "dienstverlening",
        "2025-02-06 14:00",
        ["Lotte Brouwer", "Yvonne Kremer"],
        """
A: Aannemer Bosch belt voor de 4e keer over zijn aanvraag aan de Prinsengracht, ingediend in oktober {7}
B: Weet ik, ligt bij Thijs. Hij krijgt deze week een besluit {7}
A: Hij dreigt met een dwangsom {7}
B: Die heeft hij al aangevraagd 🙈 {7}
""",
        15,
    ),
    Chat(
        "Urgentie mevrouw",
        "samenleving",
        "2025-01-20 10:00",
        ["Sevda Yilmaz", "Wouter Jonker"],
        """
A: Wouter, de mevrouw met 3 kinderen uit de opvang, kan zij nog mee in de commissie van 26 januari? {8}
B: Als het dossier compleet is. Verklaring van Veilig Thuis erbij? {8}
A: Komt vandaag {8}
~ 2025-01-27
B: Toegekend. Ze mag 6 maanden met voorrang zoeken {8}
A: Wat fijn, ik bel haar {8}
~ 2025-05-02
A: Ze heeft een woning in Koedijkslanden! {8}
B: 🙌 {8}
""",
        24,
    ),
    Chat(
        "Bezwaar urgentie",
        "samenleving",
        "2025-03-19 16:00",
        ["Fleur Jansen", "Wouter Jonker"],
        """
A: Bezwaar urgentieverklaing: de man woont al 2 jaar bij zijn moeder, geen acute nood {8}
B: Klopt, inwoning is geen grond {8}
A: Hij zegt nu dat zijn moeder ziek is {8}
B: Dan had hij mantelzorg moeten noemen, maar dat telt nu ook niet mee {8}
~ 2025-04-24
A: Commissie adviseert ongegrond {8}
""",
        15,
    ),
    Chat(
        "Noordeinde 18",
        "ruimte",
        "2025-02-20 16:00",
        ["Ellen Hofstra", "Frank Visser"],
        """
A: Meneer Visser, de archeoloog moet eerst kijken voordat u verder graaft {9}
B: Hoe lang? Ik heb een kraan staan die 850 per dag kost {9}
A: Ze komt morgen, daarna weten we meer {9}
~ 2025-03-03
B: Offerte van de archeologen gezien. 26.500, dat zat niet in mijn begroting {9}
A: Het staat in de vergunning, de archeologische voorschriften. Sorry {9}
B: Kan de gemeente niet meebetalen? {9}
A: Ik leg het voor, maar reken er niet op {9}
~ 2025-03-28
B: Ze zijn weg, we gaan weer bouwen {9}
A: Succes! {9}
""",
        60,
    ),
    Chat(
        "Vitrine museum",
        "samenleving",
        "2025-04-01 10:00",
        ["Anouk Brink", "Marleen Kroeze"],
        """
A: Marleen, wil jij een vitrine met de vondsten uit het Noordeinde? {9}
B: Heel graag! Wat zit erbij? {9}
A: De waterput, steengoed, een munt van 1578 en een tinnen lepel {9}
A: PHOTO "MPL-NRD18 - vondstnr 112 - put 3 - spoor 7 - steengoed Raeren" {9}
B: De put is nat hout, die moet eerst geconserveerd {9}
A: Het provinciaal depot doet dat, klaar in september {9}
""",
        24,
    ),
    Chat(
        "Ria",
        "bestuur",
        "2025-02-12 22:10",
        ["Jolanda Kuiper", "Wethouder Ria Kuipers"],
        """
A: Ria, hoe gaat het nu? {10}
B: Slecht geslapen. Mijn man wil dat de kinderen een paar dagen bij mijn ouders slapen {10}
A: De politie schat het risico laag in, maar de camera hangt morgen {10}
B: Dank je {10}
~ 2025-02-20
B: Er stond vannacht lang een auto voor de deur, kenteken genoteerd {10}
A: Ik geef het door aan de wijkagent {10}
~
A: Was een bezorger die op een klant wachtte. Niks aan de hand {10}
B: Pfff, oké {10}
B: AUDIO {10}
A: Ik snap het. Bel me als er iets is, dag en nacht {10}
~ 2025-06-03
A: De politie heeft de dreiging afgeschaald, de surveillance stopt {10}
B: Fijn. Ik merk dat ik weer rustiger slaap {10}
""",
        45,
    ),
    Chat(
        "Camera woning",
        "bedrijfsvoering",
        "2025-02-13 09:00",
        ["Koen de Haan", "Martin Vos"],
        """
A: Martin, kunnen jullie morgen de camera met opname plaatsen bij de woning van de wethouder? {10}
B: Morgen 8 uur, met een verbinding met onze meldkamer {10}
A: Factuur naar de gemeente, niet naar haar {10}
B: Genoteerd, op naam van gemeente Meppel {10}
~ 2025-09-02
A: De camera mag weg {10}
B: Donderdag {10}
""",
        20,
    ),
    Chat(
        "Hotel kade",
        "ruimte",
        "2025-01-30 11:00",
        ["Ellen Hofstra", "Rik Boersma"],
        """
A: Rik, het hotel: 7 lagen aan de kade, wat vind jij? {11}
B: Te hoog, het valt uit de toon bij de pakhuizen. 5 is het max met een terugliggende 6e {11}
A: Ik schrijf het zo in het advies {11}
~ 2025-07-08
B: Nieuwe tekeningen gezien. Ze hebben de 6e laag teruggelegd, goed gedaan {11}
A: En de kade blijft openbaar {11}
""",
        45,
    ),
    Chat(
        "Zienswijzen",
        "ruimte",
        "2025-08-07 09:00",
        ["Ellen Hofstra", "Yvonne Kremer"],
        """
A: Ontwerpbesluit voor het hotel ligt ter inzage tot 18 september {11}
B: 14 zienswijzen binnen, vooral over schaduw en parkeren {11}
A: En de woonbootbewoners aan de overkant? {11}
B: Die ook, ze verliezen hun avondzon {11}
~ 2025-10-02
A: Reactienota klaar, 2 kleine wijzigingen {11}
""",
        45,
    ),
    Chat(
        "Verkoop kavel",
        "bedrijfsvoering",
        "2025-07-23 10:00",
        ["Henk Roelofs", "Anja Smit"],
        """
A: Anja, koopovereenkomst voor de hotelkavel: 1,2 miljoen, ontbindende voorwaarde voor de vergunning {11}
B: En een antispeculatiebeding {11}
A: Goed idee, 5 jaar {11}
~ 2025-08-20
B: Concept ligt klaar voor de raad {11}
""",
        20,
    ),
    Chat(
        "DPIA",
        "bedrijfsvoering",
        "2025-04-14 14:00",
        ["Jeroen Smits", "Erwin Bakker"],
        """
A: Erwin, voor de bodycams moet ik een DPIA doen. Wie mag de beelden zien? {12}
B: Alleen de teamleider, en de politie bij een aangifte {12}
A: Bewaartermijn? {12}
B: 28 dagen {12}
A: Prima. En een sticker op het uniform dat er gefilmd kan worden {12}
~ 2025-05-12
A: DPIA klaar, laag risico met deze maatregelen {12}
""",
        24,
    ),
    Chat(
        "Bestelling camera's",
        "bedrijfsvoering",
        "2025-04-28 11:00",
        ["Hanneke Vos", "Erwin Bakker"],
        """
A: 3 offertes voor de bodycms binnen, Zepcam is het goedkoopst {12}
B: Die gebruikt de politie ook, doen {12}
A: Levertijd 4 weken {12}
~ 2025-06-02
A: PHOTO "ZEPCAM T3 - 12 stuks - Gemeente Meppel Handhaving - Pakbon 2025-0612" {12}
A: Geleverd bij de receptie van de Smeengekade {12}
B: Haal ik op 😀 {12}
""",
        30,
    ),
    Chat(
        "Huiszwaluwen Oosterboer",
        "ruimte",
        "2025-04-07 09:00",
        ["Tineke Schutte", "Koen Visscher"],
        """
A: Bij de na-isolatie in Oosterboer zijn nesten van huiszwaluwen onder de dakgoot weggehaald
B: Dat mag niet in het broedseizoen. Wie was de aannemer?
A: Isolatiebedrijf Noord, in opdracht van Woonconcept
B: Ik bel de ecoloog, er moeten kunstnesten terug, 2 per weggehaald nest
~ 2025-04-22
A: 36 kunstnesten opgehangen, de vogels zijn er al weer
B: Mooi
""",
        40,
    ),
    Chat(
        "Trekker maaiploeg",
        "openbare_ruimte",
        "2025-06-02 06:45",
        ["Jan Wolters", "Arjen Veldhuis"],
        """
A: Trekker van de maaiploeg staat stil, hydrauliek lekt
B: Dealer in Staphorst kan morgen
A: Dan lenen we de trekker van de begraafplaats
B: Die heeft geen klepelmaaier-aansluiting
A: Dan de bermen van de Rogatweg een dag later
~
B: Trekker is terug, slang vervangen, 640 euro
""",
        30,
    ),
    Chat(
        "Bestrating Kerkplein",
        "openbare_ruimte",
        "2025-05-19 08:20",
        ["Bianca Mulder", "Henk Oldenburger"],
        """
A: Op het Kerkplein liggen weer losse stenen bij de fietsenrekken, er is een mevrouw gestruikeld
B: Ik stuur de stratenmakers morgen
A: Ze heeft een schadeclaim ingediend
B: Dan eerst foto's maken voor de verzekeraar
~
B: Stenen liggen weer vast, 12 m2 opnieuw gelegd
""",
        30,
    ),
    Chat(
        "Vlag halfstok",
        "bestuur",
        "2025-08-14 08:00",
        ["Anita Kloosterman", "Nicole van der Laan"],
        """
A: Oud-raadslid Gerrit Brink is overleden. Vlag halfstok?
B: Volgens het protocol alleen voor zittende raadsleden en oud-burgemeesters
A: De familie vroeg erom
B: Dan leg ik het aan de burgemeester voor
~
B: Burgemeester zegt ja, op de dag van de uitvaart, zaterdag
A: Ik kom zaterdag om 8 uur
""",
        30,
    ),
    Chat(
        "Digitale toegankelijkheid",
        "bestuur",
        "2025-03-03 10:30",
        ["Bram van Dam", "Sjoerd Meijer"],
        """
A: Uitslag van de toegankelijkheidsaudit van de website: 17 fouten, status C
B: Wat is het ergste?
A: PDF's zonder tekstlaag en formulieren die je niet met een toetsenbord kunt invullen
B: Voor 1 oktober naar status B, dan moet de toegankelijkheidsverklaring ook vernieuwd
~ 2025-09-24
A: Herkeuring: status B gehaald
""",
        45,
    ),
    Chat(
        "Incident balie Burgerzaken",
        "dienstverlening",
        "2025-04-03 11:40",
        ["Petra Nijhuis", "Iris Wessels"],
        """
A: Net een man aan de balie die onze medewerker bedreigde, hij kreeg zijn rijbewijs niet mee
B: Is iedereen oké?
A: Geschrokken. De beveiliger heeft hem naar buiten gebracht
B: Aangifte en een brief met een baliebezoekverbod van 3 maanden
~
B: Brief is eruit. Nazorg voor de collega via de bedrijfsarts
""",
        40,
    ),
    Chat(
        "Verbouwing bibliotheek",
        "samenleving",
        "2025-02-10 13:00",
        ["Karin Bouwman", "Jaap Veenstra"],
        """
A: Bibliotheek wil in de zomer de kinderafdeling verbouwen, ze vragen een bijdrage
B: Hoeveel?
A: 25.000 van de 90.000
B: Uit de reserve cultuur kan het, ik zet het op de agenda
~ 2025-07-21
A: Bieb is 3 weken dicht, de bus van de bieb staat op de Markt
""",
        30,
    ),
    Chat(
        "Toeristenbelasting",
        "bedrijfsvoering",
        "2025-01-28 09:00",
        ["Annelies Brouwer", "Dirk Talsma"],
        """
A: Aangiftes toeristenbelasting 2024: 2 hotels en 3 B&B's nog niet binnen
B: Herinnering sturen, daarna ambtshalve aanslag
A: Het hotel bij de A28 zegt dat hun systeem de overnachtingen kwijt is
B: Dan een schatting op basis van vorig jaar
~ 2025-02-25
A: Alles binnen, 6% meer overnachtingen dan in 2023
""",
        30,
    ),
    Chat(
        "Teamchat buitendienst",
        "openbare_ruimte",
        "2025-01-06 06:50",
        ["Jan Wolters", "Bianca Mulder", "Koen Dekker", "Arjen Veldhuis"],
        """
A: Strooiroute 2 vanavond, het gaat vriezen
B: Ik rij
~ 2025-02-18
C: Kolk verstopt in de Vledderstraat, graag iemand met de zuigwagen
D: Ben er om 10 uur
~ 2025-04-11
A: Paasvuur Nijeveen: hekken staan klaar op de werf
~ 2025-06-23
B: Bankje in het Wilhelminapark vernield, nieuw besteld
~ 2025-09-29
C: Bladkorven gaan volgende week de wijk in
""",
        120,
    ),
)
