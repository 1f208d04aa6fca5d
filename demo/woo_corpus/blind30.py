"""The THIRTIETH BLIND relevance set (issue 17): new chats, requests and judgements.

Written as a Woo officer of gemeente Meppel would by a helper (branch bwoo30) BEFORE any measurement
on it, without reading the search code, the search tests or the synonym migrations; blind29.py was
read for the data format only (its first lines), the earlier sets only for their request titles (so
that the subjects are new); no other set was opened. Not yet measured: the lead measures it once on
main's code. Same syntax as blind.py: `{n}` after a line marks the requests it is relevant to, `~`
starts the next day, `~ YYYY-MM-DD` moves the chat to that day, `PHOTO "text"` is a photo with
painted text, `AUDIO` a voice note. Generated filler (build.FILLER) is relevant to nothing. Names,
addresses, firms, clubs and phone numbers are made up; a few real organisations (Het Drentse
Landschap, RDW, Rijkswaterstaat, Enexis, Keep Them Rolling, Vfonds, IVN) appear as they would in
such chats.

The twelve requests and their queries were written first, from the request text only, before any
chat. Long team chats (ports and waterways, traffic, arts, the sustainability programme, waste,
green space, permits and enforcement, education, the mayor's cabinet, public order, economic
affairs, civil affairs, legal affairs, communication, the KCC) carry a request's subject in a few
lines among other work; short chats answer without repeating the subject ("Ligt er nog", "Lezer
vervangen, werkt weer", "Precies 5", "Verworpen, 9 voor 14 tegen", "Dan niet"); other words for
the subject (ark, casco, boot, wachtlijst, verordening, walbewoners; doorgaand verkeer, telling,
knip, paal, pasje, plateaus; gevel, zwemmer, signatuur, jury, coating; loting, deelnemers, advies,
aanbevelingen; bankstellen, matrassen, bijplaatsingen, extra ploeg, grof; kano's, sup, vaarverbod,
broedseizoen, verhuurder; fijnstof, PM10, overkapping, sproeiers, verbeurte; plein, tegels eruit,
wilgenhut, hek; defilé, Sherman, jeeps, kranslegging; te koop borden, wrak, wegslepen, kentekens;
zondagen, winkeltijden, kerkenraden, peiling; art 21 Wlb, crematie, gedicht, nalatenschap,
verworpen); abbreviations (ODD, LOD, PM10, APV, RDW, BRP, RES, BIZ, CTR, Wlb, KCC, GBM, SGP, vof);
typos (grofvuill, muurschilering, burgerbraad, Betoncentale, sluipverkeeer, bijdrgae, zaaksyteem) and
shorthand ("grof" for grofvuil, "Art 21"); 5 photos with text and 2 voice notes; and
distractor chats that share words with requests but are about something else (the visitors'
harbour, a speed bump on the town hall's car park, the art lending in the town hall, the residents'
panel, the recycling centre, the canoe club's roof, dust from a refurbishment in the office, a
school playground inspection, the 4 May remembrance, selling the council's old vans, Sunday
opening of the swimming pool, the upkeep of a cemetery).

Judging rule (as the earlier sets): a message is relevant when a Woo officer would have to include
it to cover the request, also when it does not repeat the subject ("👍", "Top", "Dank!"); a voice
note inside a relevant exchange is relevant. Lines of a relevant chat about something else carry
no tag.

Counts (the filler fills every chat to its stated length): 60 chats of 12 to 200 messages, 4,030
messages (567 hand-written; 5 photos with text, 2 voice notes), 12 requests, 36 queries, 450
relevant messages, each relevant to one request, in 66 (chat, request) pairs; 48 chats relevant to
a request, 12 to none, 6 to several. Relevant messages (chats) per request: R1 48 (6), R2 52 (7),
R3 33 (5), R4 38 (5), R5 39 (6), R6 37 (5), R7 33 (5), R8 38 (5), R9 33 (5), R10 35 (5), R11 30
(6), R12 34 (6).
"""

from .build import Chat, Request

REQUESTS = (
    Request(
        1,
        "De woonboten en ligplaatsen in de Stadsgracht en het Meppelerdiep (2025): de nieuwe "
        "ligplaatsverordening, de wachtlijst voor ligplaatsen, de handhaving bij een woonboot zonder "
        "vergunning en de klachten van walbewoners.",
        ("woonboten", "ligplaatsvergunning woonboot", "ligplaatsen stadsgracht"),
    ),
    Request(
        2,
        "Het sluipverkeer over de Kolderveense Dijk en door Nijeveen (2025): de verkeerstellingen, de "
        "klachten van bewoners, de verkeersdrempels en de proef met een afsluiting (knip).",
        ("sluipverkeer", "sluipverkeer nijeveen", "verkeersdrempels kolderveense dijk"),
    ),
    Request(
        3,
        "De muurschildering op de gevel van sporthal De Ezinge (2025): de keuze van de kunstenaar, het "
        "ontwerp, de kosten en de reacties van omwonenden op de afbeelding.",
        ("muurschildering", "muurschildering sporthal", "kunstwerk gevel"),
    ),
    Request(
        4,
        "Het burgerberaad over de energietransitie en het klimaat (2025): de loting van de deelnemers, "
        "de begeleiding door een extern bureau, de vergoeding, het advies en de reactie van de raad.",
        ("burgerberaad", "burgerberaad klimaat", "loting inwoners"),
    ),
    Request(
        5,
        "Het ophalen van grofvuil aan huis (2025): de nieuwe tarieven, de lange wachttijden voor een "
        "afspraak, het bijplaatsen van grofvuil naast containers en de klachten.",
        ("grofvuil", "grofvuil ophalen wachttijd", "tarief grof huishoudelijk afval"),
    ),
    Request(
        6,
        "Kanovaren op de Reest (2025): de kanoverhuur, het vaarverbod in het broedseizoen, de afspraken "
        "met de provincie en Het Drentse Landschap en de handhaving.",
        ("kanoverhuur", "kano's reest", "vaarverbod reest"),
    ),
    Request(
        7,
        "Stofoverlast door de betoncentrale aan de Industrieweg (2025): de klachten van omwonenden, de "
        "metingen, het toezicht door de omgevingsdienst en de last onder dwangsom.",
        ("stofoverlast", "betoncentrale industrieweg", "ODD stof klachten"),
    ),
    Request(
        8,
        "Het vergroenen van schoolpleinen (2025): de subsidie van de gemeente aan basisscholen, de "
        "ontwerpen, de uitvoering en het openstellen van de pleinen buiten schooltijd.",
        ("groene schoolpleinen", "schoolplein vergroenen", "subsidie schoolplein"),
    ),
    Request(
        9,
        "De viering van 80 jaar bevrijding van Meppel (april 2025): het programma, het defilé met "
        "historische legervoertuigen, de veteranen, de kosten en de veiligheid.",
        ("80 jaar bevrijding", "bevrijdingsfeest", "defilé veteranen"),
    ),
    Request(
        10,
        "Autohandel op de openbare weg (2025): handelaren die auto's te koop zetten op parkeerplaatsen, "
        "de autowrakken, de meldingen van bewoners, het wegslepen en de handhaving.",
        ("autohandel openbare weg", "auto's te koop parkeerplaats", "autowrakken"),
    ),
    Request(
        11,
        "De koopzondagen en de winkeltijden in Meppel (2025): het verzoek van ondernemers om elke zondag "
        "open te gaan, de wijziging van de winkeltijdenverordening, de peiling en de reacties.",
        ("koopzondag", "zondagsopenstelling winkels", "winkeltijdenverordening"),
    ),
    Request(
        12,
        "De uitvaarten die de gemeente verzorgde voor overledenen zonder nabestaanden (2025): de "
        "lijkbezorging op grond van de Wlb, de kosten en het verhalen ervan, en de eenzame uitvaart.",
        ("gemeentelijke uitvaart", "lijkbezorging Wlb", "eenzame uitvaart"),
    ),
)

CHATS = (
    Chat(
        "Havens en vaarwegen",
        "ruimte",
        "2025-01-08 08:15",
        ["Gerrit Hulst", "Sanne Dekker", "Jeroen Kamphuis", "Marloes Timmer"],
        """
A: Morgen, de brugwachter van de Stadsbrug is ziek, Jeroen neemt de middag over
C: Prima
~ 2025-01-20
B: Concept van de nieuwe ligplaatsverordening staat in Teams, graag opmerkingen voor vrijdag {1}
A: Wat doen we met de 4 boten aan de noordkant van de Stadsgracht die er al 30 jaar liggen? {1}
B: Die krijgen een persoonsgebonden vergunning, die vervalt bij verkoop {1}
D: En de wachtlijst? Er staan nu 23 mensen op {1}
B: Blijft, maar we schrappen wie niet reageert op de jaarlijkse brief {1}
C: Ik mis iets over de maximale afmetingen, de nieuwe arken zijn steeds groter {1}
B: Goed punt, max 20 x 5 meter en 2 bouwlagen {1}
~ 2025-02-11
A: Er ligt sinds het weekend een boot zonder vergunning bij de Kleine Oever, grijs casco, geen naam {1}
C: Die was vorig jaar ook al in Zwartsluis weggestuurd {1}
A: Ik heb een briefje op het dek gelegd, 48 uur om te vertrekken {1}
~
A: Ligt er nog. Eigenaar belde, hij heeft nergens anders plek {1}
D: Dan een vooraankondiging last onder bestuursdwang, ik zet het door naar Fleur van juridisch {1}
~ 2025-03-04
B: Raad heeft de verordening vastgesteld, 19 voor 4 tegen {1}
D: Mooi, publicatie gaat volgende week, inwerkingtreding 1 april {1}
A: Kunnen we de walbewoners een brief sturen? Er kwamen veel vragen over het uitzicht {1}
B: Staat klaar, communicatie kijkt mee {1}
~ 2025-04-14
C: Het Meppelerdiep bij de Zuiderbrug wordt gebaggerd, vanaf 5 mei, 3 weken
A: Moeten de pleziervaarders weten, zet het in de BM
~ 2025-05-22
A: Die grijze ark is weg! Vanochtend vertrokken richting Zwolle {1}
D: Top. Dossier sluiten? {1}
A: Ja, wel de kosten van het slepen van vorige maand nog verhalen, 640 euro {1}
~ 2025-06-30
B: Eerste ronde van de wachtlijst gedaan: 2 plekken vrij aan de Zuiderkade, nummers 1 en 2 gebeld {1}
C: Nummer 2 ziet er vanaf, heeft intussen een huis gekocht {1}
B: Dan nummer 3 {1}
~ 2025-08-12
A: Passantenhaven overvol dit weekend, 14 boten in dubbele rij
C: Havenmeester heeft extra gecontroleerd, 3x havengeld nagevorderd
""",
        190,
    ),
    Chat(
        "Verkeer en vervoer",
        "ruimte",
        "2025-01-13 09:00",
        ["Bart Oosting", "Linda Mensink", "Tim Mulder", "Esther Pol"],
        """
A: Graag de planning voor de fietstelling van maart
B: Staat in de agenda, 11 tot 17 maart
~ 2025-01-27
C: Weer 6 mails uit Nijeveen over het sluipverkeer via de Kolderveense Dijk, vooral tussen 7 en 9 {2}
A: Zet er een telling neer, slangen of camera? {2}
C: Camera met kenteken, dan weten we of het doorgaand verkeer is {2}
D: Kolderveense Dijk is 60 km, maar ze rijden er gemiddeld 75 volgens de bewoners {2}
~ 2025-02-24
C: Uitkomst telling: 2.300 mvt per etmaal, 68% rijdt in minder dan 6 minuten door naar de A32 {2}
A: Dus echt doorgaand. Opties? {2}
C: Drempels, een knip bij de brug, of een bord alleen bestemmingsverkeer {2}
B: Bord alleen bestemmingsverkeer werkt niet zonder handhaving, dat heeft de politie al laten weten {2}
~ 2025-03-18
A: Wethouder wil eerst een proef met een knip, 3 maanden, met betonblokken {2}
D: De boeren moeten er wel langs met de trekker {2}
C: Dan een beweegbare paal met een pasje voor aanwonenden en landbouw {2}
~ 2025-04-07
D: Bewonersavond Nijeveen was vol, 85 mensen. Vooral steun, maar de bewoners van de Middenweg zijn bang dat het verkeer nu bij hen langs gaat {2}
A: Logisch. Ook daar tellen tijdens de proef {2}
~ 2025-05-12
C: Knip staat erin sinds vanochtend 6 uur {2}
B: Eerste klacht al binnen, een pakketbezorger die moest omrijden 😅 {2}
~
C: Paal zat vanochtend om 7 uur vast, de hulpdiensten konden er niet langs. Monteur is er geweest {2}
A: Zorg dat de meldkamer het nummer van de storingsdienst heeft {2}
~ 2025-06-16
B: Parkeerbeleid binnenstad: de evaluatie is door het college
D: Dan stuur ik de brief aan de ondernemers
~ 2025-08-18
C: Tussenstand proef: Kolderveense Dijk van 2.300 naar 410, Middenweg plus 180 {2}
A: Dat is goed. Nu de drempels in de Middenweg ontwerpen {2}
C: 2 plateaus bij de school en 1 drempel bij de bocht {2}
~ 2025-09-22
A: College besluit: knip blijft definitief, drempels Middenweg in november {2}
D: Ik zet het in de nieuwsbrief van Nijeveen {2}
""",
        200,
    ),
    Chat(
        "Kunst en cultuur",
        "samenleving",
        "2025-01-15 10:30",
        ["Roos Bakker", "Frank Lammers", "Anke Westerhof"],
        """
A: Wie gaat er naar de nieuwjaarsborrel van de Kolk?
B: Ik, donderdag
~ 2025-02-03
A: De jury voor de muurschildering heeft drie kunstenaars op de shortlist {3}
C: Welke? {3}
A: Studio Verwey uit Zwolle, Kim Arends en het collectief Kleurrijk Noord {3}
B: Hoe groot wordt de gevel eigenlijk? {3}
A: De zijgevel van De Ezinge, 38 meter bij 7 {3}
~ 2025-03-10
A: Jury kiest voor Kim Arends, ontwerp met de Reest, ijsvogels en sporters {3}
C: Mooi! Hoeveel? {3}
A: 42.500 incl. steigers en coating, uit het budget kunst in de openbare ruimte {3}
B: En de sportvereniging? Die wilde er hun logo op {3}
A: Komt er niet op, geen reclame op kunst. Ik heb het uitgelegd, ze begrepen het {3}
~ 2025-05-06
C: Steigers staan. Ze begint maandag {3}
~ 2025-05-27
B: Er is een klacht van een buurman aan de Ezingelaan, hij vindt de sporter op de gevel te bloot {3}
A: Het is een zwemmer in een badpak 🙄 {3}
B: Ik bel hem, uitnodigen om te komen kijken {3}
~
B: Gesproken. Hij blijft het niks vinden maar het is geen bezwaar meer {3}
~ 2025-06-20
A: Het werk is af! Opening vrijdag 4 juli 16.00 met de wethouder {3}
C: Ik maak de uitnodiging {3}
~ 2025-09-01
A: Subsidieronde amateurkunst opent 15 september
B: Zet ik op de site
""",
        150,
    ),
    Chat(
        "Programma duurzaamheid",
        "ruimte",
        "2025-01-06 09:00",
        ["Mirjam Schuurman", "Koen Visscher", "Laura Spijkerman", "Peter Brouwer"],
        """
A: Goed jaar iedereen! Eerste overleg warmteprogramma dinsdag
~ 2025-01-22
B: Offertes voor de begeleiding van het burgerberaad zijn binnen, 3 stuks {4}
A: Wie is het goedkoopst? {4}
B: Bureau Dialoog Plus, 68k. Maar Het Burgerforum heeft meer ervaring, 79k {4}
C: Ervaring telt, in Zwolle ging het mis met een nieuw bureau {4}
~ 2025-02-05
A: Gunning aan Het Burgerforum, wethouder akkoord {4}
~ 2025-02-26
C: Loting: 3.000 brieven naar willekeurige adressen uit de BRP, 48 plekken {4}
D: Hoeveel reacties verwacht je? {4}
C: Meestal 8 tot 10%, dan loten we nog een keer op leeftijd, wijk en opleiding {4}
~ 2025-03-24
C: 276 aanmeldingen, meer dan verwacht. Vooral 55+ en hoogopgeleid {4}
B: Dan de tweede loting goed wegen, anders zit er niemand jonger dan 30 {4}
~ 2025-04-14
C: 48 deelnemers gekozen, 9 onder de 30 👍 {4}
A: Vergoeding? {4}
C: 50 euro per bijeenkomst plus reiskosten, 6 zaterdagen {4}
~ 2025-06-30
D: Wijkaanpak Oosterboer: aanvraag bij het Rijk ingediend
A: Mooi
~ 2025-09-13
C: Laatste bijeenkomst geweest. Het advies: 14 aanbevelingen, o.a. een lokaal energiefonds en geen windmolens binnen 1 km van woningen {4}
B: Die laatste gaat wel wringen met de RES {4}
A: Dat is de vraag aan de raad, het college neemt het advies over behalve dat punt {4}
~ 2025-10-28
A: Raad heeft er vanavond over gesproken, motie van GBM om het advies helemaal over te nemen verworpen {4}
""",
        180,
    ),
    Chat(
        "Afvalbeheer",
        "ruimte",
        "2025-01-02 07:30",
        ["Jan Wolters", "Miriam de Boer", "Hennie Bos", "Ilse Veen"],
        """
A: Kerstbomen: route 1 en 2 morgen
B: Ok
~ 2025-01-14
B: Vanaf 1 februari het nieuwe tarief voor grofvuil: 32,50 per ophaalbeurt, max 2 kuub {5}
C: Was 20? {5}
B: 17,50. De kosten van de verwerking zijn gestegen, raad heeft het in de begroting vastgesteld {5}
~ 2025-02-18
D: KCC meldt dat de eerstvolgende afspraak voor ophalen pas over 7 weken is {5}
C: We hebben maar 1 wagen met 2 man op dinsdag en donderdag {5}
A: Kunnen we er een dag bij doen? {5}
C: Niet zonder extra chauffeur {5}
~ 2025-03-05
D: Stapels bankstellen en matrassen naast de ondergrondse containers in Haveltermade. Mensen wachten niet meer {5}
B: Bijplaatsingen laten ruimen en proberen te achterhalen van wie, boete 100 euro {5}
A: Die boa's hebben er geen tijd voor deze maand {5}
~ 2025-03-26
A: Extra ploeg via het uitzendbureau vanaf 1 april, 3 maanden {5}
D: Fijn, wachttijd nu 8 weken, dat kan de site niet eens meer tonen {5}
~ 2025-05-20
D: Wachttijd grof naar 3 weken 👍 {5}
B: En minder bijplaatsingen, 12 meldingen in mei tegen 41 in maart {5}
~ 2025-07-08
C: Route 3 GFT loopt uit door de wegwerkzaamheden Steenwijkerweg
~ 2025-10-01
A: Vraag van de raad: hoeveel klachten over het ophalen grofvuil dit jaar? {5}
D: 187 via KCC, waarvan 142 over de wachttijd en 23 over de prijs {5}
""",
        170,
    ),
    Chat(
        "Groen en natuur",
        "ruimte",
        "2025-01-09 08:00",
        ["Arjen Mulder", "Tineke Schutte", "Ruud Hoekstra"],
        """
A: Snoeiploeg zit deze week in Berggierslanden
~ 2025-02-17
B: Het Drentse Landschap vraagt of we dit jaar weer meedoen met het vaarverbod op de Reest van 1 maart tot 1 juli {6}
A: Ja, zelfde borden als vorig jaar? {6}
B: Nieuwe borden, de oude zijn beklad. En de provincie wil het nu in de vaarwegverordening {6}
~ 2025-03-03
C: Borden geplaatst bij de Reestbrug en de Lichtmis {6}
~ 2025-04-22
B: Toch weer kano's gezien bij de Reestmolen, 3 stuks, van de verhuur in De Wijk {6}
A: Die verhuurder zit net buiten onze gemeente {6}
B: Ik bel met De Wolden, die moeten hem erop wijzen {6}
~
B: Gesproken, de verhuurder zegt dat zijn klanten vanaf Meppel stroomopwaarts varen en dat ze niet wisten van het verbod {6}
C: Hij moet het op zijn kaartje zetten {6}
~ 2025-05-14
A: ijsvogel broedt weer bij de oude sluis 😊 {6}
C: Daarom het verbod dus {6}
~ 2025-06-10
C: Eikenprocessierups op de Hoogeveenseweg, ploeg gaat morgen
~ 2025-07-02
B: Vaarverbod eraf, borden blijven staan met een sticker erover {6}
""",
        120,
    ),
    Chat(
        "Vergunningen, toezicht en handhaving",
        "ruimte",
        "2025-01-07 08:30",
        ["Fleur Jansen", "Hans Koster", "Sabine Lammers", "Erik Bosma"],
        """
A: Wie pakt de melding schuur Wheeme?
B: Ik
~ 2025-01-29
C: De ODD meldt weer 9 klachten over stof van de betoncentrale aan de Industrieweg deze maand {7}
A: Was er niet een maatregelenplan? {7}
C: Dat zou in november klaar zijn. Ze hebben het nog steeds niet ingediend {7}
D: Bewoners van de Vledderstraat sturen foto's van grijze auto's en vensterbanken {7}
~ 2025-02-19
C: ODD heeft gemeten op 3 punten. Fijnstof PM10 boven de richtwaarde bij wind uit het zuidwesten {7}
A: Dan een voornemen last onder dwangsom, met een termijn voor het overkappen van de zandopslag {7}
C: ODD maakt het concept, wij tekenen {7}
~ 2025-03-12
A: Voornemen LOD verstuurd, zienswijze 2 weken {7}
~ 2025-03-28
C: Zienswijze van Beton Noord binnen via hun advocaat, ze willen 6 maanden voor de overkapping {7}
A: 3 maanden, de rest is redelijk {7}
~ 2025-04-09
C: Besluit LOD genomen: 2.500 euro per week, max 50k, begunstigingstermijn 3 maanden {7}
~ 2025-07-15
D: Controle bij de betoncentrale: overkapping staat, sproeiers werken. Geen verbeurte {7}
B: En de klachten? {7}
C: Juni 1, juli 0 😀 {7}
~ 2025-08-26
B: Bouwstop Kerkweg, illegaal opgebouwde verdieping
A: Ik stuur de brief
""",
        170,
    ),
    Chat(
        "Onderwijs en jeugd",
        "samenleving",
        "2025-01-10 09:00",
        ["Marieke Zwart", "Daan Vos", "Femke Huizing"],
        """
A: Leerlingentelling 1 oktober is binnen, ik deel het in het MT
~ 2025-02-04
B: De regeling voor groene schoolpleinen is open, 15.000 per school, max 5 scholen dit jaar {8}
C: Moeten ze zelf iets bijdragen? {8}
B: 25%, mag ook in uren van ouders {8}
~ 2025-03-17
B: Aanvragen binnen van De Wegwijzer, Het Palet, De Sprong, Jenaplanschool Oosterboer en de Sint Jozef {8}
C: Precies 5 😅 {8}
B: Het Palet wil het plein wel 's avonds open houden, de rest twijfelt {8}
A: Dat is een voorwaarde in de regeling: open na schooltijd tot 19.00 {8}
B: Klopt, De Sprong wil een uitzondering vanwege vandalisme vorig jaar {8}
~ 2025-04-01
B: Alle 5 toegekend, De Sprong met een hek dat om 20.00 dicht gaat {8}
~ 2025-06-23
C: Jeugdwerk zomerprogramma is rond
~ 2025-09-08
B: Schoolplein De Wegwijzer is klaar, wilgenhut, moestuin en een wadi {8}
A: Opening? {8}
B: 19 september, de kinderen planten de laatste bomen {8}
""",
        150,
    ),
    Chat(
        "Kabinet en evenementen",
        "bestuur",
        "2025-01-07 09:15",
        ["Nienke Prins", "Wim Scholten", "Joyce Kuipers", "Bram Evers"],
        """
A: Nieuwjaarsreceptie 9 januari, 600 aanmeldingen
B: Catering weet het
~ 2025-01-21
A: Eerste overleg 13 april, Meppel is dan 80 jaar vrij {9}
C: Welke onderdelen zijn er al? {9}
A: Kranslegging bij het monument, defilé van historische voertuigen door de binnenstad, bevrijdingsconcert op de Markt {9}
D: Keep Them Rolling komt met 40 voertuigen, ook een Sherman {9}
B: Een tank over de Kaapbrug? Laat de constructeur even rekenen 😬 {9}
~ 2025-02-12
D: Constructeur zegt nee voor de Sherman over de Kaapbrug, route via de Zomerdijk {9}
A: Prima. Veteranen rijden mee in jeeps, 12 aangemeld via het Veteraneninstituut {9}
~ 2025-03-05
C: Begroting: 48.000, waarvan 20k van het Vfonds, 8k van de BIZ {9}
B: Rest uit het budget feesten en herdenkingen {9}
~ 2025-03-31
C: Veiligheidsplan is bij de driehoek besproken, 30 verkeersregelaars, hekken langs de route {9}
~ 2025-04-13
A: Wat een dag. 12.000 mensen volgens de politie {9}
D: Een van de veteranen, meneer De Groot, 99 jaar, zat voorop in de jeep. Veel mensen huilden {9}
B: Geen incidenten, 1 EHBO-melding voor een flauwte {9}
~ 2025-04-15
C: Eindafrekening: 51.300 door extra hekken {9}
A: Mag, ik meld het bij de wethouder {9}
~ 2025-05-28
A: Koningsdag evaluatie maandag 10:00
""",
        160,
    ),
    Chat(
        "Openbare orde en veiligheid",
        "veiligheid",
        "2025-01-06 08:45",
        ["Ruben Visser", "Marjan Oldenhof", "Stefan Wiersma", "Ellen de Haan"],
        """
A: Jaarwisseling evaluatie is klaar, 31 januari in het college
~ 2025-02-03
B: Klachten over de parkeerplaats bij de Albert Heijn Oosterboer: daar staan sinds weken 8 auto's met te koop borden {10}
C: Zelfde handelaar als vorig jaar? {10}
B: Waarschijnlijk, allemaal met hetzelfde 06-nummer {10}
A: Volgens de APV mag je geen voertuig op de weg zetten met als doel verkoop {10}
C: Boa's laten een waarschuwing op de voorruit achter {10}
~ 2025-02-24
B: Auto's verplaatst naar de Steenwijkerweg, nu 11 stuks {10}
D: We moeten het kenteken bij RDW natrekken, staan ze op naam van een bedrijf? {10}
B: 7 van de 11 op naam van Autohandel Drent vof {10}
~ 2025-03-17
A: Bestuursdwang: wegslepen na 48 uur, kosten voor de eigenaar {10}
C: Sleepbedrijf gebeld voor donderdag {10}
~
C: 9 weggesleept, 2 waren net op tijd weggehaald {10}
~ 2025-05-06
D: Een wrak aan de Bloemenstraat, zonder kenteken, banden lek {10}
C: Sticker erop, 7 dagen {10}
~ 2025-06-11
B: Er staan weer auto's te koop, nu bij de carpoolplaats A28 {10}
A: Die is van Rijkswaterstaat, ik mail ze {10}
~ 2025-09-29
A: Evenementenkalender 2026 moet in december naar de raad
""",
        200,
    ),
    Chat(
        "Economische zaken",
        "samenleving",
        "2025-01-08 10:00",
        ["Dirk Hofstede", "Ingrid Smeenge", "Lotte Brink"],
        """
A: Ondernemersontbijt 24 januari bij De Vrijheid
~ 2025-02-06
B: Brief van Centrummanagement: ze willen dat de winkels elke zondag open mogen, nu 12 per jaar {11}
A: Dan moet de winkeltijdenverordening aangepast {11}
B: Ja. Wethouder wil eerst weten wat ondernemers en inwoners vinden {11}
~ 2025-03-03
C: Enquête onder ondernemers staat klaar, ook vragen voor het personeel? {11}
B: Ja, en een peiling in het inwonerspanel {11}
~ 2025-04-10
C: Uitslag: 61% van de winkeliers wil elke zondag, inwoners 52% voor, 39% tegen {11}
A: En de kerken? {11}
B: De Hervormde gemeente en de GKV hebben een brief gestuurd, ze zijn tegen {11}
~ 2025-05-15
B: Voorstel: zondagen vrij tussen 12 en 17, binnenstad en de woonboulevard {11}
~ 2025-06-26
A: Raad heeft ingestemd, 15 tegen 8, ingang 1 september {11}
C: Supermarkten in de wijken vallen er niet onder? {11}
B: Nee alleen centrum en woonboulevard {11}
~ 2025-09-08
C: Eerste zondag: drukker dan gedacht, parkeergarage 80% vol {11}
~ 2025-10-15
A: BIZ-bijdrage 2026 factuur gaat uit
""",
        150,
    ),
    Chat(
        "Burgerzaken backoffice",
        "bedrijfsvoering",
        "2025-01-06 08:00",
        ["Petra Bouwman", "Erwin Stoker", "Janneke Roelofs", "Martijn Vos"],
        """
A: De rijbewijsbalie is donderdag dicht
~ 2025-02-20
B: Melding van de GGD: meneer in de Grote Kerkstraat overleden, geen familie te vinden {12}
A: Art 21 Wlb dan. Wie regelt de uitvaartondernemer? {12}
C: Ik, via het contract met Uitvaartzorg Reestdal {12}
B: Testament? {12}
C: Niks gevonden bij het CTR {12}
~ 2025-02-27
C: Crematie vrijdag 10.00, niemand aanwezig behalve de ondernemer en ik {12}
D: Dichter van de eenzame uitvaart komt ook, Hilde Koster {12}
~ 2025-03-04
C: Het gedicht was mooi. Er kwamen toch 2 buren 🙏 {12}
~ 2025-04-15
A: Factuur Uitvaartzorg Reestdal: 2.840. We verhalen op de nalatenschap {12}
B: Er is een spaarrekening met 1.100, de rest is voor ons {12}
~ 2025-06-02
B: Tweede dit jaar: mevrouw uit De Wilgenhof, er is een zoon maar die wil niets regelen {12}
A: Dan doen wij het en sturen we hem de rekening, hij is onderhoudsplichtig geweest {12}
~ 2025-07-14
D: Verkiezingen: de stempassen gaan 15 oktober de deur uit
~ 2025-11-03
A: Overzicht voor de raadsvraag: 4 gemeentelijke uitvaarten in 2025, totaal 11.460, verhaald 3.200 {12}
""",
        120,
    ),
    Chat(
        "Juridische zaken",
        "bedrijfsvoering",
        "2025-01-13 09:30",
        ["Fleur Nijboer", "Sjoerd Koops", "Annelies Mol"],
        """
A: Bezwaarcommissie 20 januari, 3 zaken
~ 2025-02-12
B: Kun jij de vooraankondiging bestuursdwang voor de woonark aan de Kleine Oever checken? {1}
A: Ja. Je moet de grondslag noemen, art 2.3 van de ligplaatsverordening {1}
~ 2025-03-27
C: Beton Noord zegt in de zienswijze dat de metingen niet representatief zijn {7}
A: Dat moet de ODD weerleggen, vraag het rapport met de meetopstelling op {7}
~ 2025-04-18
B: Vraag van burgerzaken: mogen we de kosten van de uitvaart bij de zoon verhalen? {12}
A: Op de nalatenschap wel, bij de zoon alleen als hij erfgenaam is en niet verworpen heeft {12}
B: Hij heeft verworpen {12}
A: Dan niet {12}
~ 2025-07-01
C: Beroep in de zaak van de autohandelaar is ingesteld bij de rechtbank {10}
A: Wie zit de zitting? {10}
C: Ik, 9 september {10}
~ 2025-09-10
C: Zitting geweest. Rechter twijfelde of een parkeerplaats van een supermarkt openbare weg is {10}
~ 2025-10-20
C: Uitspraak: wij winnen, beroep ongegrond {10}
""",
        150,
    ),
    Chat(
        "Communicatie",
        "bestuur",
        "2025-01-06 08:30",
        ["Iris Meijer", "Tom de Ruiter", "Saskia Wolters", "Jesse Timmerman"],
        """
A: Planning weekpagina graag voor dinsdag 12.00
~ 2025-01-28
B: Persvraag Meppeler Courant over het sluipverkeer in Nijeveen {2}
A: Verwijs naar de telling, wethouder reageert {2}
~ 2025-02-27
C: Persbericht burgerbraad: "Doe mee en praat mee over de energie van morgen" {4}
A: Iets korter. En vermeld dat je een vergoeding krijgt {4}
~ 2025-04-10
D: Video van het defilé staat online, 24.000 views {9}
A: Top, ook op LinkedIn {9}
~ 2025-05-28
B: Mensen op Facebook boos over de zwemmer op de muurschilering 😂 {3}
A: Niet op reageren. De opening komt eraan {3}
~ 2025-08-25
C: Persbericht: winkels vanaf 1 september elke zondag open, tekst van EZ is goedgekeurd {11}
~ 2025-09-02
D: Nieuwe huisstijl Instagram gaat live
""",
        120,
    ),
    Chat(
        "KCC teamleiders",
        "bedrijfsvoering",
        "2025-01-06 08:00",
        ["Monique Dijkstra", "Harm Kroeze", "Yasmin El Idrissi"],
        """
A: Maandag druk verwacht door de aanslagen
~ 2025-02-19
B: Veel telefoon over de grof afval afspraken, mensen willen niet 7 weken wachten {5}
A: Script aanpassen: wijs op de milieustraat, gratis tot 2 kuub {5}
~ 2025-03-20
C: Nog steeds boze bellers over grofvuill, vooral de prijs 32,50 {5}
~ 2025-05-13
B: Nijeveen: klachten over de paal in de weg die niet open gaat {2}
A: Storingsnummer staat in de kennisbank {2}
~ 2025-09-15
C: Vragen over zondagsopening: mag de bakker op de hoek ook? {11}
B: Alleen centrum en woonboulevard, ik zet het in de kennisbank {11}
~ 2025-10-06
A: Nieuwe collega's starten maandag
""",
        200,
    ),
    Chat(
        "Ark Kleine Oever",
        "ruimte",
        "2025-02-10 16:40",
        ["Gerrit Hulst", "Fleur Nijboer"],
        """
A: PHOTO "GEMEENTE MEPPEL - Ligplaats zonder vergunning - U dient binnen 48 uur te vertrekken - Havendienst 0522-000000" {1}
A: Zo hangt hij nu op de kajuit {1}
B: Goed. Heb je een foto van het casco met de ligplaats erbij? {1}
A: Stuur ik morgen {1}
~
A: Hij ligt er nog. Zegt dat hij in april een plek in Blokzijl heeft {1}
B: Dan geven we hem tot 1 april, daarna slepen {1}
A: 👍 {1}
""",
        40,
    ),
    Chat(
        "Wachtlijst ligplaatsen",
        "ruimte",
        "2025-06-25 11:00",
        ["Sanne Dekker", "Ineke Smit"],
        """
A: Hoi Ineke, kun je de wachtlijst ligplaatsen uit het oude Excel overzetten naar het zaaksyteem? {1}
B: Doe ik. Er staan er een paar dubbel op {1}
A: Eruit halen, degene met de oudste datum houden {1}
B: 21 over na opschonen {1}
A: Dank! {1}
B: Moet de brief over de verlenging ook via het zaaksysteem? {1}
A: Ja, alle post over de lijst {1}
""",
        24,
    ),
    Chat(
        "Walbewoners Stadsgracht",
        "bestuur",
        "2025-03-06 09:10",
        ["Wethouder Marga Hoogeveen", "Sanne Dekker", "Tom de Ruiter"],
        """
A: Ik kreeg een mail van de bewonersvereniging Stadsgracht, ze vrezen dat er meer arken bij komen {1}
B: Niet meer plekken, wel grotere boten toegestaan tot 20 meter {1}
A: Daar schrikken ze van, de uitzichten {1}
C: In de brief zetten we dat de plekken vast liggen en de hoogte max 2 lagen {1}
A: Mooi, en bied een gesprek aan {1}
B: 17 maart kan ik {1}
~ 2025-03-18
B: Gesprek was goed, ze willen een beplantingsstrook langs de kade {1}
A: Neem het mee bij de herinrichting {1}
""",
        45,
    ),
    Chat(
        "Knip Kolderveense Dijk",
        "ruimte",
        "2025-04-28 13:00",
        ["Tim Mulder", "Henk Oldenburger", "Bianca Veldkamp"],
        """
A: Paal wordt 12 mei geplaatst, de elektra ligt er al {2}
B: Landbouwverkeer: loonbedrijf Huisman vraagt 6 pasjes {2}
A: Prima, laat ze het formulier invullen {2}
C: De brandweer wil een code, geen pasje {2}
A: Code op de paal staat in de inzetkaart, ik stuur hem naar de meldkamer {2}
~ 2025-05-14
B: Huisman belde boos, pas werkt niet bij regen 🙄 {2}
A: Leverancier komt donderdag {2}
~
A: Lezer vervangen, werkt weer {2}
""",
        12,
    ),
    Chat(
        "Verkeer Nijeveen bewoners",
        "ruimte",
        "2025-02-03 20:15",
        ["Esther Pol", "Wethouder Jos Brinkman"],
        """
A: Ik heb vanavond de dorpsraad Nijeveen gesproken over het sluipverkeeer op de dijk {2}
B: Wat willen ze? {2}
A: Drempels, of hem helemaal dicht. Het voorbeeld van Havelte met de knip noemen ze steeds {2}
B: Ik wil eerst cijfers zien {2}
A: Telling loopt tot 21 februari {2}
B: Laat me weten {2}
~ 2025-04-08
B: AUDIO {2}
A: Helder, ik zet het in de raadsinformatiebrief {2}
""",
        45,
    ),
    Chat(
        "Middenweg drempels",
        "ruimte",
        "2025-09-23 10:00",
        ["Linda Mensink", "Aannemer Van Dijk"],
        """
A: Goedemorgen, opdracht voor de 3 drempels Middenweg Nijeveen gaat vandaag de deur uit {2}
B: Dank. Planning week 45 en 46 {2}
A: School wil graag in de herfstvakantie, kan dat? {2}
B: Dan week 43, ik kijk of het past {2}
B: Past. Omleiding via de Dorpsstraat {2}
A: Top {2}
""",
        20,
    ),
    Chat(
        "Muurschildering Ezinge",
        "samenleving",
        "2025-04-30 09:00",
        ["Roos Bakker", "Kim Arends", "Beheerder sporthal"],
        """
A: Kim, de hoogwerker kan vanaf 6 mei op het terrein {3}
B: Super. Ik heb ook een stroompunt nodig {3}
C: Naast de fietsenstalling, sleutel bij mij {3}
~ 2025-05-19
B: Ik loop een week achter door de regen, de verf hecht niet {3}
A: Geen probleem, opening schuift naar juli {3}
~ 2025-06-18
B: PHOTO "Reest - Kim Arends 2025 - in opdracht van Gemeente Meppel" {3}
B: Signatuur zit erop, morgen de coating {3}
C: Het ziet er geweldig uit! De kinderen van de zwemclub staan elke dag te kijken {3}
""",
        24,
    ),
    Chat(
        "Bewonersvraag gevel",
        "samenleving",
        "2025-05-27 14:20",
        ["Frank Lammers", "Roos Bakker"],
        """
A: Die meneer van de Ezingelaan heeft nu ook de raad gemaild {3}
B: Welk raadslid? {3}
A: Van Dijk van de SGP {3}
B: Dan een kort antwoord met het juryrapport erbij, kunstenaar had vrije hand binnen het thema water en sport {3}
A: Stuur ik vandaag {3}
""",
        12,
    ),
    Chat(
        "Burgerberaad organisatie",
        "ruimte",
        "2025-04-16 15:00",
        ["Laura Spijkerman", "Het Burgerforum - Anouk", "Peter Brouwer"],
        """
A: Locatie voor de zaterdagen: de Kolk kan 5 van de 6 {4}
B: En de 6e? {4}
A: Het Stadhuis, raadzaal {4}
C: Kinderopvang regelen voor deelnemers met jonge kinderen? {4}
B: Ja graag, anders haken de jongere ouders af {4}
~ 2025-05-10
B: Eerste bijeenkomst: 46 van de 48 aanwezig, goede sfeer {4}
A: Welke deskundigen in ronde 2? {4}
B: Enexis, iemand van de RES en een boer met een windmolen {4}
~ 2025-09-15
B: Concept-advies per mail verstuurd, deelnemers hebben tot vrijdag voor reacties {4}
C: Ik zorg dat het college het 23 september heeft {4}
""",
        30,
    ),
    Chat(
        "Raad en burgerberaad",
        "bestuur",
        "2025-09-24 09:00",
        ["Griffier Ank Veenstra", "Mirjam Schuurman"],
        """
A: Het presidium wil dat de deelnemers het advies zelf in de raad komen toelichten {4}
B: Goed idee, twee van hen hebben zich al gemeld {4}
A: Informatieavond 14 oktober {4}
B: En de reactie van het college komt daarvoor? {4}
A: Ja, graag uiterlijk 7 oktober bij de griffie {4}
B: Komt goed {4}
""",
        30,
    ),
    Chat(
        "Grof vuil planning",
        "ruimte",
        "2025-03-24 07:10",
        ["Hennie Bos", "Uitzendbureau Flexwerk - Remco", "Jan Wolters"],
        """
A: Remco, we zoeken een chauffeur C met ervaring op een kraanwagen, 1 april tot 30 juni {5}
B: Heb er 1, Marco, kan maandag beginnen {5}
C: Heeft hij een vakbekwaamheidspas? {5}
B: Ja, code 95 tot 2027 {5}
A: Top, dan draait hij met Gerard de extra ophaalrondes op maandag en woensdag {5}
~ 2025-04-02
A: Eerste week 64 adressen, bankstellen, matrassen, kasten {5}
C: 👍 {5}
""",
        18,
    ),
    Chat(
        "Bijplaatsingen Haveltermade",
        "veiligheid",
        "2025-03-06 10:30",
        ["Boa Kevin", "Boa Sharon", "Miriam de Boer"],
        """
A: PHOTO "Hier geen grofvuil plaatsen - Bijplaatsen is verboden - Boete 100 euro - Afspraak ophalen via meppel.nl" {5}
A: Deze bordjes hangen nu bij 6 containers {5}
B: Gisteren een matras met een adreslabel erin, bekeuring uitgeschreven {5}
C: Mooi. Hoeveel boetes tot nu toe? {5}
B: 4 {5}
~ 2025-03-19
A: Stapel bij de Esdoornstraat is weer terug, kast en 3 stoelen {5}
C: Ik laat het ruimen, geen naam te vinden? {5}
A: Nee {5}
""",
        15,
    ),
    Chat(
        "Reest kanoverhuur",
        "ruimte",
        "2025-04-23 09:40",
        ["Tineke Schutte", "Gemeente De Wolden - Rik", "Boswachter Drentse Landschap"],
        """
A: Rik, kano's van de verhuurder in De Wijk varen op ons deel van de Reest, ook in het broedseizoen {6}
B: Ik ken hem. Ik loop er vanmiddag even langs {6}
C: Ik heb zondag 7 kano's geteld bij de Lichtmis, één groep met een bluetooth speaker {6}
B: Gesproken, hij zet het verbod op de kaart en in de instructie {6}
A: Dank. Handhaven blijft lastig, de provincie mag op het water, wij niet {6}
C: Onze boa mag wel op de oever bekeuren als ze aanleggen {6}
""",
        35,
    ),
    Chat(
        "Vaarverbod Reest provincie",
        "bestuur",
        "2025-01-30 10:00",
        ["Provincie Drenthe - Hilde", "Ruud Hoekstra", "Tineke Schutte"],
        """
A: In de nieuwe vaarwegverordening nemen we het Reestverbod op, kanoën en sup van 1 maart tot 1 juli {6}
B: Ook voor de bewoners langs de Reest met een bootje? {6}
A: Ontheffing mogelijk {6}
C: Wie handhaaft? {6}
A: Provinciale boa's, met jullie samen in het weekend {6}
~ 2025-02-20
A: Borden zijn besteld, 8 stuks, jullie plaatsen ze {6}
B: Goed {6}
""",
        12,
    ),
    Chat(
        "Stof Vledderstraat",
        "ruimte",
        "2025-01-24 19:30",
        ["Sabine Lammers", "Bewonerscommissie - Gert"],
        """
B: Mevrouw Lammers, het is weer raak, de auto's zijn grijs en mijn vrouw heeft last van haar luchtwegen {7}
A: Vervelend. Heeft u foto's en de tijd? {7}
B: Vanmiddag tussen 2 en 4, ik stuur ze {7}
B: PHOTO "Vledderstraat 24-01-2025 15:12 - stof op auto" {7}
A: Dank, ik geef het door aan de omgevingsdienst {7}
~ 2025-04-10
A: Meneer, er is nu een last onder dwangsom. Het bedrijf moet voor 10 juli de opslag overkappen {7}
B: Eindelijk. We houden het in de gaten {7}
""",
        40,
    ),
    Chat(
        "Omgevingsdienst overleg",
        "ruimte",
        "2025-02-18 13:15",
        ["ODD - Marcel", "Fleur Jansen", "Sabine Lammers"],
        """
A: Meetrapport fijnstof is klaar, bij ZW-wind overschrijding 50 µg/m3 op 4 van de 14 dagen {7}
B: Genoeg voor een LOD? {7}
A: Ja, in combinatie met de voorschriften uit de vergunning, art 4.2 {7}
C: Ze hebben gezegd dat ze sproeiers gaan plaatsen {7}
A: Dat zeggen ze al een jaar {7}
~ 2025-07-16
A: Hercontrole gedaan, overkapping voldoet, geen verbeurte {7}
B: Ik mail de bewoners {7}
""",
        20,
    ),
    Chat(
        "Schoolplein Het Palet",
        "samenleving",
        "2025-03-14 12:00",
        ["Daan Vos", "Directeur Het Palet - Wendy"],
        """
B: Hoi Daan, onze aanvraag voor het groene plein komt maandag, het ontwerp is van IVN {8}
A: Mooi. Vergeet de begroting niet, 25% eigen bijdrgae {8}
B: Ouders doen veel zelf, telt dat? {8}
A: Ja, uren x 25 euro {8}
~ 2025-04-02
A: Toekenning is verstuurd, 15.000 {8}
B: 🎉🌳 {8}
~ 2025-06-30
B: Tegels eruit deze week, 450 m2, met hulp van de tegeltaxi {8}
""",
        12,
    ),
    Chat(
        "Schoolplein De Sprong",
        "samenleving",
        "2025-03-20 08:30",
        ["Femke Huizing", "Directeur De Sprong - Geert", "Wijkagent Berend"],
        """
B: We doen graag mee maar 's avonds open is voor ons lastig, vorig jaar vernielingen en glas {8}
C: Ik herken het, er hangen daar groepen rond {8}
A: Wat als het plein open is tot 20.00 en daarna een hek? {8}
B: Als de gemeente het sluiten regelt ja {8}
A: Dat kan de wijkconciërge doen {8}
""",
        15,
    ),
    Chat(
        "Defilé route",
        "veiligheid",
        "2025-02-11 14:00",
        ["Wim Scholten", "Politie Meppel - Arjan", "Keep Them Rolling - Herman"],
        """
C: De voertuigen verzamelen om 10.00 op het evenemententerrein, vertrek 13.00 {9}
B: Route door de Hoofdstraat? Die is smal {9}
C: Geen Sherman in de Hoofdstraat, die blijft op de Zomerdijk staan als statisch object {9}
A: Prima. Verkeersregelaars van de Lions {9}
B: Ik regel 4 agenten en de motorrijders {9}
~ 2025-04-13
C: Alles binnen, dank voor de goede samenwerking! 🇳🇱 {9}
""",
        18,
    ),
    Chat(
        "Veteranen 13 april",
        "bestuur",
        "2025-03-10 11:00",
        ["Nienke Prins", "Burgemeester Richard Koning", "Bram Evers"],
        """
A: 12 veteranen, 4 uit Indië, 1 oud-verzetsman van 99 {9}
B: Ik wil ze allemaal persoonlijk ontvangen, voor het defilé {9}
C: Koffie in de burgerzaal om 11.30 {9}
B: En een lunch daarna? {9}
A: Regel ik bij de Vrijheid {9}
~ 2025-04-14
B: AUDIO {9}
A: Zal ik de familie van meneer De Groot de foto's sturen? {9}
B: Graag {9}
""",
        45,
    ),
    Chat(
        "Te koop Steenwijkerweg",
        "veiligheid",
        "2025-02-25 09:00",
        ["Boa Kevin", "Stefan Wiersma"],
        """
A: PHOTO "TE KOOP - VW Golf 2014 - 4.950 - Apk tot 11-2025 - 06-00000000" {10}
A: Zo hangen ze er allemaal, 11 auto's, zelfde nummer {10}
B: Kentekens noteren, ik vraag ze op bij de RDW {10}
A: Gedaan, lijst in de map {10}
B: Waarschuwing op elke ruit {10}
A: 👍 {10}
""",
        40,
    ),
    Chat(
        "Wrakken buitengebied",
        "ruimte",
        "2025-05-07 10:15",
        ["Ruud Hoekstra", "Boa Sharon"],
        """
A: Bij de Veendijk staan 2 uitgebrande auto's in de berm {10}
B: Kenteken? {10}
A: Platen eraf, ik zie een chassisnummer {10}
B: Politie weet het al? {10}
A: Ja, ze zijn niet als gestolen bekend {10}
B: Dan laten we ze afvoeren, 7 dagen sticker is hier onzin {10}
A: Eens, ik bestel de takelwagen {10}
""",
        30,
    ),
    Chat(
        "Zondagsopening ondernemers",
        "samenleving",
        "2025-02-05 17:00",
        ["Ingrid Smeenge", "Centrummanager Marco", "Dirk Hofstede"],
        """
B: Ingrid, de brief is onderweg. Zwolle en Assen gaan elke zondag open, wij missen klanten {11}
A: Ik lees hem en kom erop terug. Weet dat de raad er verdeeld over is {11}
B: Ik weet het. Daarom een peiling {11}
C: Kunnen de winkeliers ook hun eigen personeel vragen? {11}
B: Ja, dat doen we {11}
~ 2025-06-27
B: Top dat het erdoor is! 🎉 {11}
A: Afspraak: na een jaar evaluatie {11}
""",
        28,
    ),
    Chat(
        "Kerken en zondag",
        "bestuur",
        "2025-04-14 10:00",
        ["Wethouder Harm Prins", "Dirk Hofstede"],
        """
A: De kerkenraden willen praten over de zondagen {11}
B: Gesprek staat 24 april {11}
A: Ik wil ze een toezegging kunnen doen, bv niet voor 12 uur {11}
B: Zit al in het voorstel {11}
~ 2025-04-24
A: Goed gesprek, ze blijven tegen maar waarderen 12 uur {11}
""",
        40,
    ),
    Chat(
        "Uitvaart De Wilgenhof",
        "bedrijfsvoering",
        "2025-06-02 15:30",
        ["Janneke Roelofs", "Uitvaartzorg Reestdal - Paul"],
        """
A: Paul, weer een opdracht voor ons. Mevrouw Hendriks, 84, De Wilgenhof {12}
B: Begraven of cremeren? {12}
A: Ze was lid van de Hervormde kerk, de dominee zegt begraven. Eenvoudig graf, algemeen {12}
B: Donderdag 11.00 Ezinge? {12}
A: Goed. Ik kom zelf {12}
~ 2025-06-05
A: Dominee, 3 mensen van de Wilgenhof en ik. Mooi sober {12}
B: Factuur volgt {12}
""",
        15,
    ),
    Chat(
        "Eenzame uitvaart dichters",
        "samenleving",
        "2025-02-25 09:00",
        ["Martijn Vos", "Dichter Hilde Koster"],
        """
A: Hilde, vrijdag 10.00 crematorium Meppel, een man van 71, hij woonde alleen in de Grote Kerkstraat {12}
B: Weet je iets over hem? {12}
A: Hij had een volkstuin en duiven. Meer weet ik niet {12}
B: Dan schrijf ik over de duiven {12}
~ 2025-02-28
B: Gedicht is voorgelezen. Ik stuur het op voor het archief van de eenzame uitvaart {12}
A: Dank je 🙏 {12}
""",
        30,
    ),
    Chat(
        "Portefeuille wethouder Brinkman",
        "bestuur",
        "2025-01-13 07:45",
        ["Wethouder Jos Brinkman", "Bestuursadviseur Carla", "Secretaresse Gonny"],
        """
A: Carla, de agenda van vandaag graag
C: Staat in je mail
~ 2025-02-25
B: Memo telling Nijeveen is klaar, 68% doorgaand. Advies: proef knip {2}
A: Eens. Voor het college van 11 maart {2}
~ 2025-03-06
A: Ik lees in de krant over bankstellen bij de containers. Wat is de wachttijd nu? {5}
B: 8 weken. Voorstel: tijdelijk een extra ploeg, 38k {5}
A: Doen, dekking uit de afvalvoorziening {5}
~ 2025-04-10
B: Betoncentale: LOD is definitief, ze hebben 3 maanden {7}
A: Ik wil de bewoners zelf bellen, Gert van de bewonerscommissie {7}
C: Nummer staat in je agenda {7}
~ 2025-06-04
A: Hoe gaat het met de paal in Nijeveen? Ik hoor klachten {2}
B: Storingen met de paslezer zijn verholpen, sinds 15 mei niets meer {2}
~ 2025-08-19
C: Werkbezoek Reestdal staat 2 september
""",
        120,
    ),
    Chat(
        "Financiën en control",
        "bedrijfsvoering",
        "2025-01-20 10:00",
        ["Controller Gerda Lubbers", "Financieel adviseur Youssef", "Anke Westerhof"],
        """
A: Tussenrapportage: iedereen de afwijkingen boven 25k voor 1 mei
~ 2025-04-28
B: Afwijking evenementen: 80 jaar bevrijding 3.300 boven begroting {9}
A: Onder 25k, geen aparte melding {9}
~ 2025-04-29
C: Muurschildering Ezinge blijft binnen de 42.500 {3}
B: Burgerberaad: 79k plus vergoedingen deelnemers 14.400 {4}
A: Was de 14.400 begroot? {4}
B: Nee, opvangen in het programma duurzaamheid {4}
~ 2025-09-30
B: Grofvuil: extra ploeg 38k, deels terugverdiend door het hogere tarief {5}
A: Graag het effect op de afvalstoffenheffing 2026 erbij {5}
~ 2025-11-04
B: Lijkbezorging art 21: 11.460 uitgegeven, begroot 6.000 {12}
A: Noem het in de slotwijziging {12}
""",
        120,
    ),
    Chat(
        "Griffie raadsvragen",
        "bestuur",
        "2025-02-03 09:00",
        ["Griffier Ank Veenstra", "Bestuursadviseur Carla", "Raadsadviseur Bas"],
        """
A: Nieuwe vragen van D66 over de woonboten in de Stadsgracht, art 38 {1}
B: Naar Sanne, binnen 30 dagen {1}
~ 2025-03-06
A: Schriftelijke vragen CDA: auto's te koop bij de AH Oosterboer {10}
C: Antwoord staat klaar, handhaving loopt {10}
~ 2025-05-22
A: PvdA vraagt naar de kosten van uitvaarten die de gemeente betaalt {12}
B: Burgerzaken maakt het overzicht {12}
~ 2025-06-12
A: Amendement SGP op de winkeltijdenverordening: zondag pas vanaf 13.00 {11}
C: Verworpen, 9 voor 14 tegen {11}
~ 2025-10-02
A: Begrotingsbehandeling 6 en 7 november
""",
        150,
    ),
    Chat(
        "Passantenhaven",
        "ruimte",
        "2025-04-01 08:00",
        ["Havenmeester Klaas", "Gerrit Hulst"],
        """
A: Seizoen begint vandaag, de pinautomaat voor het havengeld werkt weer
B: Mooi. Tarieven 2025 staan op het bord?
A: 1,40 per meter per nacht, plus toeristenbelasting
~ 2025-07-19
A: Vol vandaag, 3 boten naar de Zuiderkade gestuurd
B: Daar mag maar 1 nacht
A: Heb ik gezegd
~ 2025-08-30
A: Een Duitse boot ligt hier al 9 nachten, maximum is 3
B: Vriendelijk wijzen op het reglement
""",
        12,
    ),
    Chat(
        "Drempel parkeerterrein stadhuis",
        "bedrijfsvoering",
        "2025-03-11 10:00",
        ["Facilitair - Wouter", "Bianca Veldkamp"],
        """
A: Bezoekers rijden te hard over het parkeerterrein achter het stadhuis
B: Een drempel bij de slagboom?
A: Ja, en een bordje 15
B: Ik vraag een offerte
~ 2025-04-02
B: Drempel ligt er. Klachten van de fietsers dat hij te hoog is 😅
A: Rubber variant is lager, die bestellen
""",
        20,
    ),
    Chat(
        "Kunst in het stadhuis",
        "bedrijfsvoering",
        "2025-05-12 11:00",
        ["Facilitair - Wouter", "Anke Westerhof"],
        """
A: De schilderijen van de kunstuitleen in de hal moeten wisselen
B: Welke periode?
A: Elke 6 maanden, nu een serie over de Reest van een lokale schilder
B: Mooi. Ophangsysteem is er nog?
A: Ja, het railsysteem
B: Dan donderdag
""",
        45,
    ),
    Chat(
        "Inwonerspanel",
        "bestuur",
        "2025-03-03 13:00",
        ["Onderzoeker Martine", "Iris Meijer"],
        """
A: Panel heeft nu 1.420 leden, de vragenlijst over de dienstverlening gaat 10 maart uit
B: Hoeveel respons verwacht je?
A: Rond 55%
B: Mooi. De resultaten graag ook naar het MT
~ 2025-04-01
A: 812 ingevuld, rapport volgende week
""",
        24,
    ),
    Chat(
        "Milieustraat",
        "ruimte",
        "2025-05-06 07:30",
        ["Beheerder milieustraat - Albert", "Miriam de Boer"],
        """
A: Container voor hout zit vol, wisselen kan pas morgen
B: Ik zet het op de site
A: En het hekwerk bij de ingang is kapot, een auto ertegen
B: Foto graag, ik meld het bij de verzekering
A: Doe ik
~ 2025-08-12
A: Druk zaterdag, rij tot de rotonde
B: Volgend jaar een extra medewerker op zaterdag
""",
        30,
    ),
    Chat(
        "Kanovereniging clubhuis",
        "samenleving",
        "2025-06-02 10:00",
        ["Wouter Smit", "Kanovereniging De Peddel - Saskia"],
        """
B: Het dak van ons clubhuis lekt, kunnen we subsidie aanvragen?
A: Uit de onderhoudsregeling sportaccommodaties, tot 50%
B: Offerte is 12.800
A: Dien hem in voor 1 juli
~ 2025-07-28
A: Toekenning: 6.400
B: Dank je!
""",
        45,
    ),
    Chat(
        "Verbouwing tweede verdieping",
        "bedrijfsvoering",
        "2025-02-17 08:00",
        ["Facilitair - Wouter", "Teamleider Sociaal domein - Renske"],
        """
B: Het is hier één grote stofwolk door de sloop, mensen hoesten
A: Excuus, er moet stofschot komen, de aannemer is gebeld
B: En de laptops?
A: Afdekken, de schoonmaak komt vanavond extra
~
B: Beter nu, dank
""",
        15,
    ),
    Chat(
        "Speeltoestellen keuring",
        "ruimte",
        "2025-06-16 09:00",
        ["Speelinspecteur Kees", "Arjen Mulder"],
        """
A: Keuring schoolplein De Octopus: de glijbaan heeft een scheur
B: Van de school of van ons?
A: Van de school, staat op hun grond
B: Dan bel jij de directeur
A: Gedaan, hij zet er een lint om
""",
        24,
    ),
    Chat(
        "Dodenherdenking 4 mei",
        "bestuur",
        "2025-04-08 10:00",
        ["Nienke Prins", "Comité 4 mei - Jaap"],
        """
B: Stille tocht vertrekt om 19.30 bij de Mariakerk
A: Burgemeester legt de eerste krans
B: De scholen leveren 4 kinderen voor de gedichten
A: Mooi. Geluid is geregeld
~ 2025-05-05
B: Dank voor de goede samenwerking
""",
        40,
    ),
    Chat(
        "Wagenpark",
        "bedrijfsvoering",
        "2025-03-03 09:00",
        ["Facilitair - Wouter", "Inkoop - Mireille"],
        """
A: 3 oude bestelbussen van de buitendienst gaan weg, elektrisch ervoor in de plaats
B: Verkopen via Domeinen?
A: Ja, veiling in april
B: Kentekens en papieren graag naar mij
~ 2025-05-02
B: Opbrengst 14.200 voor de 3
""",
        15,
    ),
    Chat(
        "Zwembad openingstijden",
        "samenleving",
        "2025-08-25 11:00",
        ["Wouter Smit", "Bedrijfsleider De Bosbad - Gerben"],
        """
B: We willen op zondag ook 's ochtends open voor banenzwemmen
A: Kan dat met de bezetting?
B: Met 1 extra badmeester
A: Dan een proef van 3 maanden
B: 👍
""",
        45,
    ),
    Chat(
        "Begraafplaats onderhoud",
        "ruimte",
        "2025-04-14 08:00",
        ["Beheerder begraafplaats - Henk", "Arjen Mulder"],
        """
A: Hagen bij begraafplaats Ezinge moeten geknipt voor Pasen
B: Ploeg van Ruud kan donderdag
A: En de paden zijn slecht na de regen
B: Grind bestel ik
~ 2025-09-15
A: Grafrechten verlopen bij 40 graven, brieven aan rechthebbenden
B: Verstuur ze maar
""",
        35,
    ),
    Chat(
        "Boa's weekenddienst",
        "veiligheid",
        "2025-03-01 08:00",
        ["Boa Sharon", "Boa Kevin", "Provinciale boa - Lars"],
        """
A: Zaterdag dienst met de provincie langs de Reest, start 10.00 bij de Lichtmis {6}
C: Ik neem de boot mee, jullie de oever {6}
~ 2025-04-26
C: 2 supjes en een kano aangesproken bij de Reestmolen, allemaal teruggestuurd {6}
B: Eentje legde aan bij het weiland, die heb ik op de bon gezet, art 2.10 APV {6}
A: Ze wisten het echt niet, bordje bij de verhuur stond achter een struik {6}
C: Ik meld het bij de verhuurder {6}
~ 2025-05-03
A: Rustig vandaag, geen kano's gezien 👍 {6}
~ 2025-06-14
B: Hondenpoep controle Wilhelminapark 14.00
""",
        80,
    ),
    Chat(
        "Kano's en sup Reestdal",
        "bestuur",
        "2025-05-20 16:00",
        ["Wethouder Marga Hoogeveen", "Ruud Hoekstra"],
        """
A: Een raadslid vraagt of we de kanoverhuur in het Reestdal niet helemaal moeten verbieden {6}
B: Kan niet, de verhuurder zit in De Wolden. Het verbod op het water geldt 4 maanden {6}
A: En daarbuiten? {6}
B: Dan mag het, met max 10 boten per dag volgens de afspraak met het Drentse Landschap {6}
A: Helder, zo beantwoord ik het {6}
""",
        25,
    ),
    Chat(
        "Hovenier schoolpleinen",
        "samenleving",
        "2025-06-10 08:30",
        ["Daan Vos", "Hoveniersbedrijf Groenkracht - Iwan", "Conciërge De Wegwijzer - Hans"],
        """
B: Planning vergroening: De Wegwijzer in de zomervakantie, Het Palet week 30 en 31 {8}
A: Jenaplan en Sint Jozef? {8}
B: Herfstvakantie, de bomen gaan er pas in november in {8}
C: Kan de zandbak blijven? De kleuters willen hem houden {8}
B: Die nemen we op in het ontwerp, met een wilgenscherm ernaast {8}
~ 2025-08-20
B: De Wegwijzer klaar, 320 m2 tegels eruit, 14 bomen erin {8}
C: Prachtig. Het hek blijft tot 19.00 open zoals afgesproken {8}
A: Dank jullie {8}
~ 2025-11-12
B: Sint Jozef en Jenaplan ook klaar, eindfactuur volgt {8}
A: Graag per school apart ivm de subsidie {8}
""",
        40,
    ),
    Chat(
        "Plein open na schooltijd",
        "veiligheid",
        "2025-10-02 21:30",
        ["Wijkagent Berend", "Femke Huizing"],
        """
A: Melding van omwonenden: jongeren op het nieuwe plein van De Sprong na 20.00, hek stond open {8}
B: De conciërge was ziek, niemand heeft het hek dichtgedaan {8}
A: Kunnen jullie een vervanger regelen? {8}
B: Ik bel de wijkconciërge, vanaf morgen gaat het weer dicht {8}
""",
        20,
    ),
)
