"""The EIGHTEENTH BLIND relevance set (issue 17): new chats, requests and judgements.

Written as a Woo officer of gemeente Meppel would by a helper (branch wwoo18) BEFORE any tuning
on it, without reading the search code, RESULTS.md or sets 16 and 17 (only blind10.py was read,
for the data format); measured once on main's code after it was committed ("before" figure).
Same syntax as blind.py: `{n}` after a line marks the requests it is relevant to, `~` starts the
next day, `PHOTO "text"` is a photo with painted text, `AUDIO` a voice note. Generated filler
(build.FILLER) is relevant to nothing. Names, places, organisations and numbers are made up.

The requests and their queries were written first, from the request text only. The chats are
shaped like real work chats: long team chats (two district crews, city-centre enforcement, the
events meeting, permits, the press desk, the college's secretariat, the youth team, the ICT desk,
the sports company, the MT of public space) where a request's subject is a few lines among other
work; short follow-up chats whose subject carries the topic while the lines answer without
repeating it ("Die doe ik nu", "Afdoppen!", "11 neven"); abbreviations and jargon (KCC, BRP, RNI,
RUD, dB(A), dB(C), vvgb, DSO, jggz, POH, FG, AP, W&I, DLP, boa, APV, kve/l); other words for the
subject (ijzel, pekel, zand, zoutkisten; busjes, matrassen, neven, onzelfstandige woonruimte;
bassen, lage tonen, eindtijd; zonneveld, zonneweide, panelen, omgevingsfonds; wachttijd, intake,
thuiszitters; tappunten, spoelen, kraan afplakken; inbreuk, verkeerde mailgroep, recall; beeldmerk,
golven, sjablonen, belettering; uurtarief, automaten, eerste uur; bordjes, verlengen, verzamelgraf,
ruiming; dikke fiets, opgevoerd, rollerbank); compounds and split forms (gladheidbestrijding,
strooiwagen, fatbikeverbod, parkeervoorstel, grafrecht, geluidsplan); typos (fatbiks, legionela,
ruming, wachtijd, parkeervoorsel); 5 photos with text and a voice note; and distractor chats that
share words with requests but are about something else (sowing wildflower seed, the slippery
town-hall entrance, registering migrant workers at the counter, pile-driving noise, solar panels
on the town-hall roof, the home-help waiting list, the town hall's legionella risk analysis, a
phishing drill, sponsors' logos, staff parking, mowing and the remembrance day at the cemetery,
the crews' e-bikes, bicycle theft at the station, digging a ditch and a tree trench).

Judging rule (as the earlier sets): a message is relevant when a Woo officer would have to
include it to cover the request, also when it does not repeat the subject ("Hoeveel?", "Top",
"Gedaan"). Lines of a relevant chat about something else carry no tag. Where a request names what
it asks about after a colon, lines about the subject outside those points carry no tag (the
festival's bicycles and public urination are not its sound; the staff's own Christmas box with
the new logo is not the logo's design, costs or reactions).

Counts (with the generated filler of seed 17, as the bench builds it): 74 chats of 10 to 380
messages, 2,577 messages (884 hand-written; 5 photos with text, 1 voice note), 11 requests, 33
queries, 648 relevant (message, request) pairs on 647 messages, in 70 (chat, request) pairs; 51
chats relevant to a request, 23 to none, 10 to several. Relevant messages (chats) per request:
R1 97 (9), R2 63 (6), R3 62 (6), R4 51 (6), R5 53 (5), R6 60 (7), R7 56 (6), R8 42 (6),
R9 50 (7), R10 64 (6), R11 50 (6).
"""

from .build import Chat, Request

REQUESTS = (
    Request(
        1,
        "De gladheidsbestrijding in januari 2025: de strooiroutes, de klachten over niet gestrooide "
        "fietspaden en stoepen, het tekort aan strooizout en de inzet van de strooiwagens.",
        ("gladheidsbestrijding fietspaden", "strooien klachten", "tekort strooizout"),
    ),
    Request(
        2,
        "De huisvesting van arbeidsmigranten in een woning aan de Kerkweg (2025): de meldingen van "
        "omwonenden, de controles, de bewoning door te veel personen en de last onder dwangsom.",
        ("arbeidsmigranten kerkweg", "kamerverhuur controle", "last onder dwangsom bewoning"),
    ),
    Request(
        3,
        "Geluid bij het muziekfestival Reestpop (augustus 2025): de geluidsnormen in de vergunning, "
        "de metingen, de klachten van omwonenden en de evaluatie.",
        ("reestpop geluid", "geluidsoverlast festival", "geluidsmetingen evenement"),
    ),
    Request(
        4,
        "Het zonnepark aan de Rogatweg (2025): de aanvraag om omgevingsvergunning, de bezwaren en "
        "zienswijzen van omwonenden, de landschappelijke inpassing en het besluit.",
        ("zonnepark rogat", "zonneweide bezwaren", "omgevingsvergunning zonnepark"),
    ),
    Request(
        5,
        "De wachtlijsten in de jeugd-ggz (2025): het aantal wachtende kinderen, de overbruggingszorg, "
        "de afspraken met aanbieders en de klachten van ouders.",
        ("wachtlijst jeugdzorg", "wachttijd jeugd ggz", "overbruggingszorg"),
    ),
    Request(
        6,
        "Legionella in de douches van sporthal De Koedijk (2025): de meting, het sluiten van de "
        "douches, het doorspoelen en de berichten aan de sportverenigingen.",
        ("legionella sporthal", "douches sporthal gesloten", "legionella koedijk"),
    ),
    Request(
        7,
        "Het datalek door een verkeerd verstuurde e-mail van de afdeling Werk en Inkomen (2025): "
        "de melding bij de Autoriteit Persoonsgegevens, de getroffen inwoners en de maatregelen.",
        ("datalek", "melding autoriteit persoonsgegevens", "verkeerd verstuurde mail"),
    ),
    Request(
        8,
        "Het nieuwe logo en de huisstijl van de gemeente (2025): het ontwerp, de kosten en de "
        "reacties van inwoners en raadsleden.",
        ("nieuw logo gemeente", "huisstijl kosten", "logo reacties"),
    ),
    Request(
        9,
        "De verhoging van de parkeertarieven in de binnenstad (2025): het raadsvoorstel, het "
        "amendement, de stemming in de raad en de reacties van ondernemers.",
        (
            "parkeertarieven verhoging",
            "amendement parkeren",
            "parkeertarief binnenstad ondernemers",
        ),
    ),
    Request(
        10,
        "Het ruimen van graven op begraafplaats Zomerdijk (2025): de verlopen grafrechten, de "
        "bordjes op de graven, de bezwaren van nabestaanden en de planning van de ruiming.",
        ("graven ruimen", "grafrechten verlopen", "begraafplaats nabestaanden klachten"),
    ),
    Request(
        11,
        "Overlast van fatbikes in het winkelgebied en op het Kerkplein (2025): de klachten, de "
        "controles door boa's en het voorstel voor een verbod.",
        ("fatbikes overlast", "fatbike controle boa", "verbod fatbikes winkelgebied"),
    ),
)

CHATS = (
    Chat(
        "Buitendienst wijkploeg Noord",
        "openbare_ruimte",
        "2025-01-06 06:40",
        ["Gert Lubbers", "Anouk Brink", "Johan Kuiper", "Dennis Oosting"],
        """
A: Morgen mannen en Anouk. Vanaf vannacht vorst, KNMI code geel voor gladheid {1}
B: Wie heeft de strooidienst vannacht? {1}
A: Johan en Dennis, route 1 en 3. Om 4 uur uitrukken {1}
C: Staat de wagen al vol? {1}
A: Ja, gisteren geladen. Pekel ook bijgevuld {1}
D: Ik neem de bakfiets voor het Kerkplein mee, daar kan de grote wagen niet in
B: Kerkplein is toch geen route? {1}
A: Nee, alleen bij sneeuw met de hand {1}
~
C: Route 1 klaar om 6:10, het fietspad langs de Hoogeveenseweg ligt er spiegelglad bij, twee keer gedaan {1}
D: Route 3 ook klaar, bij de brug Galerij stond een auto in de weg
A: Goed werk. Ik heb al drie telefoontjes van het KCC over de Eekhoornweg, niet gestrooid {1}
D: Die zit ook niet in een route, het is een woonstraat {1}
A: Dat ga ik uitleggen, ik zet het beleid nog eens op intranet {1}
~
B: Nieuw: de bladblazers voor het voorjaar zijn geleverd
A: Mooi, zet ze in de loods
B: De kapotte bosmaaier is retour
~
A: Serieus probleem: de leverancier zegt dat er pas dinsdag weer zout komt {1}
C: We hebben nog voor twee rondes {1}
A: Dan alleen de hoofdroutes en fietspaden naar de scholen. Woonerven niet meer {1}
D: Kunnen we niet lenen bij Westerveld? {1}
A: Ik heb al gebeld, die zitten zelf ook krap {1}
B: En zand erdoor mengen? {1}
A: Dat doen we bij de fietspaden als het op is {1}
~
D: PHOTO "Zoutloods Werf Noord voorraad 14 ton"
A: Dat is minder dan ik dacht {1}
C: Provincie heeft nog, ik heb een contact bij de steunpunt Hoogeveen {1}
A: Bellen! {1}
C: 40 ton kunnen we morgen ophalen {1}
A: Top, dat redt ons de week {1}
~
B: Iemand heeft de snoeiafval bij de Reggersweg gedumpt
A: Kenteken?
B: Nee, alleen de hoop takken
A: Opruimen en melden bij handhaving
~
A: Even iets anders: volgende maand begint de ruiming op Zomerdijk, wij moeten de bordjes plaatsen {10}
C: Hoeveel? {10}
A: Ruim 300 graven. Lijst komt van Burgerzaken {10}
D: Dat is veel bordjes steken {10}
A: Twee dagen werk met z'n tweeën, schat ik {10}
~
C: Bordjes staan, behalve in vak C, daar is de lijst niet compleet {10}
A: Ik vraag het na bij Marloes {10}
C: Er kwam een mevrouw naar me toe, ze was overstuur dat het graf van haar vader erbij zat {10}
A: Wat heb je gezegd? {10}
C: Dat ze de gemeente moest bellen en dat er nog niks gebeurt dit jaar {10}
A: Goed. Ik geef het door {10}
~
B: Lantaarnpaal Dolderweg ligt om, aangereden
A: Melden bij de aannemer van de verlichting
~
A: Planning voorjaar: de beplanting bij de rotondes, de maaironde in april, en de ruiming op de begraafplaats in oktober {10}
D: Doen wij het graafwerk zelf? {10}
A: Nee, dat doet de grafdelver met een firma, wij ruimen de stenen af {10}
~
D: Ik hoor dat we volgend jaar een tweede strooiwagen krijgen {1}
A: Dat is aangevraagd na januari, nog niet zeker {1}
B: Na die klachten zou ik het wel weten {1}
""",
        380,
    ),
    Chat(
        "Team Toezicht Binnenstad",
        "veiligheid",
        "2025-02-03 08:05",
        ["Sandra Mulder", "Youssef Amrani", "Linda Kok", "Bart Hofman"],
        """
A: Goedemorgen. Vandaag surveillance winkelgebied, Youssef en Linda {11}
B: Weer die fatbiks zeker {11}
A: Ja, drie klachten van de winkeliersvereniging dit weekend {11}
C: Die jongens rijden met 40 over de Hoofdstraat, tussen het winkelend publiek {11}
B: Wat kunnen we eigenlijk? Het is een fiets {11}
A: Als hij harder dan 25 gaat is het een bromfiets zonder kenteken, dat kan een bon {11}
C: Dan moeten we het wel kunnen meten {11}
A: Ik vraag bij de politie of we de rollerbank mogen gebruiken {11}
~
D: Melding Kerkweg 41: buurman zegt dat er 12 man in een rijtjeshuis wonen {2}
A: Weer een? {2}
D: Ze komen 's ochtends met een busje van het uitzendbureau {2}
A: Eerst BRP checken hoeveel er ingeschreven staan {2}
D: Twee. Eigenaar en zijn vrouw {2}
A: Dan gaan we kijken. Met Bouw- en woningtoezicht erbij {2}
~
B: Controle Kerkplein, 6 fatbikers aangesproken, 2 bekeuringen voor rijden door het voetgangersgebied {11}
C: Eén had een opgevoerde, die ging wel 45 {11}
A: Die laten we testen {11}
B: Moeder van een van de jongens belde boos naar het gemeentehuis {11}
A: Laat maar, het is gewoon de regel {11}
~
D: Kerkweg 41 geweest. Open gedaan door een Poolse man, in de woonkamer stonden 4 bedden {2}
A: Hoeveel mensen in totaal? {2}
D: We telden 11 matrassen. Ze werken bij de distributiecentra in Nieuwveenseweg {2}
B: Wat vinden de buren ervan? {2}
D: Parkeerdruk, lawaai in de nacht, afval in de tuin {2}
A: Ik maak een rapport, dan kan Vergunningen een vooraankondiging sturen {2}
~
C: Vandaag Reestpop, wij lopen tot 1 uur rond het terrein
A: Let op de fietsen en het wildplassen bij de kerk
C: Komt goed
~
C: Vannacht 7 klachten over de muziek van Reestpop, vooral uit de Reestlaan {3}
A: Hebben jullie gemeten? {3}
C: Nee, dat doet de omgevingsdienst. Wij hebben het doorgegeven {3}
A: Oké, zet het in het logboek {3}
~
A: Nieuws: burgemeester wil een fatbikeverbod in het kernwinkelgebied onderzoeken {11}
B: Eindelijk {11}
C: Hoe wil je dat handhaven? {11}
A: Bord bij de ingang van het gebied en dan gewoon bekeuren {11}
~
D: Eigenaar Kerkweg 41 heeft de vooraankondiging gekregen en is boos, hij zegt dat het zijn neven zijn {2}
A: 11 neven 😂 {2}
D: Hij heeft een advocaat gebeld {2}
A: Dan gaan we het netjes doen. Hercontrole over 4 weken {2}
~
B: Container bij de Prinsengracht weer vol met bouwafval
A: Zoeken naar adres
~
D: Hercontrole Kerkweg: nog steeds 9 personen. Dwangsom gaat eruit {2}
A: Hoe hoog? {2}
D: 5.000 per week met max 25.000 {2}
A: Prima, stuur het concept naar juridisch {2}
""",
        200,
    ),
    Chat(
        "Evenementenoverleg 2025",
        "veiligheid",
        "2025-03-10 09:00",
        ["Femke Zwiers", "Rick Dekker", "Marieke Huisman", "Tom Visser"],
        """
A: Hoi allen, overzicht van de aanvragen voor de zomer staat in Teams
B: Koningsdag, de Meppeler Kermis, Reestpop, Bluesfestival en de Avondvierdaagse
A: Reestpop heeft dit jaar een tweede podium aangevraagd {3}
C: Waar? {3}
A: Aan de kant van de Reestlaan, richting de woonwijk {3}
D: Dat gaat klachten geven {3}
A: Daarom vragen we een geluidsplan. Max 85 dB(A) op de gevel, 100 bij de mengtafel {3}
C: Vorig jaar was het 80 aan de gevel {3}
A: Klopt, zij vragen meer, de RUD adviseert 85 met eindtijd 23:00 {3}
~
B: Koningsdag: de vrijmarkt op de Markt, vergunning is eruit
A: Fijn
B: De kermis zit weer op de Kaai, de exploitanten willen een uur langer
A: Nee, zelfde tijden
~
D: Reestpop heeft het geluidsplan gestuurd, met een geluidsmeter die live meekijkt {3}
A: Kunnen wij bij die metingen? {3}
D: Ja, via een link, en de RUD meet zelf op twee punten {3}
C: Welke punten? {3}
D: Reestlaan 4 en de flat aan de Ezingerweg {3}
A: Zet het in de vergunning als voorschrift {3}
~
B: Avondvierdaagse vraagt verkeersregelaars bij de oversteek van de Zomerdijk
A: Regel ik
~
C: Vergunning Reestpop is verleend, 85 dB(A) gevel, eindtijd 23:00 zaterdag, 22:30 zondag {3}
A: Publiceren in het gemeenteblad {3}
~
D: Reestpop geweest. Zaterdag drie keer overschrijding, tot 91 dB(A) gemeten aan de Reestlaan {3}
A: Auw {3}
D: Ze hebben na een telefoontje van de RUD teruggedraaid, maar pas na 20 minuten {3}
B: Bij ons op de lijn 14 klachten, ook over de bassen tot ver in Koedijkslanden {3}
A: Lage tonen, die zitten niet in de dB(A) {3}
C: Dan moeten we volgend jaar een dB(C) norm {3}
A: Zet het op de agenda van de evaluatie {3}
~
B: Bluesfestival was rustig, één klacht over afval
A: Mooi
~
A: Evaluatie met Reestpop gepland 15 september, wie gaat er mee? {3}
C: Ik, en iemand van de RUD {3}
A: Zij willen volgend jaar weer twee podia {3}
D: Alleen als het tweede podium om draait, met de speakers van de wijk af {3}
A: Goed punt {3}
""",
        130,
    ),
    Chat(
        "Team Vergunningen Ruimte",
        "ruimte",
        "2025-01-13 08:30",
        ["Pieter Veen", "Sanne de Jong", "Erik Smit", "Lotte Hoekman"],
        """
A: Goedemorgen, drie nieuwe aanvragen in het DSO: een dakkapel Oosterboer, een carport en het zonnepark Rogatweg {4}
B: Eindelijk, die is al een jaar in vooroverleg {4}
A: 18 hectare, 32.000 panelen {4}
C: Past niet in het omgevingsplan, dus buitenplanse afwijking {4}
A: Klopt, dus met een zienswijzeperiode {4}
~
B: Dakkapel Oosterboer is vergunningvrij, brief eruit
A: Prima
D: Carport is ok met een kleine aanpassing
~
C: Zonnepark: het landschapsplan ontbreekt nog {4}
A: Vraag het aan, met termijn van 4 weken {4}
C: Doe ik. Ook een haag van 2 meter rondom? {4}
A: Ja, en een wandelpad aan de zuidkant, dat staat in het beleid zonne-energie {4}
~
D: Kerkweg 41: handhaving vraagt of kamerverhuur met meer dan 4 personen vergunningplichtig is {2}
A: Ja, in het omgevingsplan, omzetten naar onzelfstandige woonruimte {2}
D: Dan is er geen vergunning en kan de last eruit {2}
A: Exact. Ik stuur je het artikel {2}
~
C: 42 zienswijzen op het zonnepark binnen {4}
A: 42! {4}
C: Meeste uit de Rogatweg en Haakswold: uitzicht, waardedaling, glinstering {4}
B: Ook van de Natuurvereniging, over de weidevogels {4}
A: Dat laatste moeten we serieus nemen. Vraag de ecoloog {4}
~
B: Een aanvraag voor een kapvergunning aan de Steenwijkerstraatweg, 3 eiken
A: Eerst de boomdeskundige
~
C: Ecoloog over het zonnepark: het veld is geen weidevogelgebied meer sinds 2015, wel compensatie voor de kievit {4}
A: Zet het in de nota van zienswijzen {4}
~
A: Besluit zonnepark ligt bij het college op 3 juni {4}
C: En de raad? Verklaring van geen bedenkingen? {4}
A: Ja, die moet eerst. Raad 22 mei {4}
~
B: Wie doet de piket vergunningen deze zomer?
A: Lotte en ik
""",
        100,
    ),
    Chat(
        "Communicatie persdesk",
        "bestuur",
        "2025-01-08 08:50",
        ["Esther Wolters", "Jeroen Bos", "Nadia el Idrissi", "Wim Slot"],
        """
A: Morgen team. De Meppeler Courant belt over de gladheid, fietspaden naar het Stad & Esch zouden niet gestrooid zijn {1}
B: Klopt dat? {1}
A: Het fietspad wel, het stuk bij de school niet, dat is van de school zelf {1}
C: Ik stuur ze het strooiplan met de kaart {1}
~
D: Het nieuwe beeldmerk: het bureau komt vrijdag met drie varianten {8}
A: Spannend {8}
D: Eén met de Meppeler kerktoren, één met golven voor de grachten, één puur typografisch {8}
B: Ik gok op de golven {8}
~
C: Vraag van RTV Drenthe over de zwemles in Koedijk {6}
A: Die is gewoon open, alleen de douches niet {6}
C: Waarom niet? {6}
A: Legionella, de sporthal-douches zijn dicht tot de tweede meting schoon is {6}
C: Mag ik dat zeggen? {6}
A: Ja, met: er is geen risico voor bezoekers van het zwembad {6}
~
D: Het college koos de golven 🌊 {8}
B: Zei ik toch {8}
D: Onthulling bij de nieuwjaarsreceptie? {8}
A: Nee, 1 april, met de website tegelijk {8}
B: 1 april is misschien niet handig 😅 {8}
A: Haha, 2 april dan {8}
~
A: Incident: een medewerker van W&I heeft een mail met een excel met namen en uitkeringsbedragen naar een verkeerde mailgroep gestuurd {7}
B: Oei, naar wie? {7}
A: 140 deelnemers van een cursus, externe mensen {7}
C: Moeten wij iets zeggen? {7}
A: Eerst de FG, die beoordeelt het. Geen reactie naar buiten zonder overleg {7}
~
C: Facebookbericht over het nieuwe logo: 400 reacties, vooral negatief {8}
D: Wat zeggen ze? {8}
C: 'Kleuterwerk', 'wat heeft dat gekost', 'het oude was prima' {8}
A: Standaardreactie: het ontwerp kostte 18.000, het oude wapen blijft voor officiële stukken {8}
B: En de gevelletters van het gemeentehuis? {8}
A: Blijven tot de verbouwing {8}
~
A: De AP heeft een ontvangstbevestiging van de melding gestuurd {7}
C: Nog persvragen? {7}
A: De Courant heeft lucht gekregen. Reactie: 'De gemeente heeft het lek gemeld en de betrokkenen persoonlijk geïnformeerd' {7}
~
B: Raadsvoorstel parkeren: de ondernemersvereniging wil een persbericht met hun kant erin {9}
A: Dat doen we niet, ze kunnen zelf een persbericht sturen {9}
B: Wel een Q&A op de site over de nieuwe tarieven? {9}
A: Ja, na het raadsbesluit {9}
~
D: Raad heeft het amendement aangenomen: eerste uur blijft 2,20 {9}
A: Q&A aanpassen {9}
D: Staat klaar {9}
""",
        160,
    ),
    Chat(
        "Secretariaat college",
        "bestuur",
        "2025-02-10 08:15",
        ["Marjolein Vos", "Henk Schoemaker", "Carla Timmer"],
        """
A: Collegeagenda dinsdag: raadsvoorstel parkeertarieven, zienswijze GGD-begroting, benoeming leden adviesraad {9}
B: Parkeren is van wethouder Meijer? {9}
A: Ja. Voorstel: 2,20 naar 2,90 per uur, vergunning bewoners 120 naar 150 {9}
C: Dat wordt een lastige avond in de raad {9}
~
B: Wethouder Van Dam vraagt of het zonnepark voor de zomer kan {4}
A: Alleen als de raad de vvgb 22 mei afgeeft {4}
~
C: Jeugd: de wethouder wil een raadsinformatiebrief over de wachtlijsten {5}
A: Termijn? {5}
C: Voor de commissie van maart {5}
A: Zet het op de agenda van 4 maart {5}
~
A: Het CDA komt met een amendement: eerste uur gelijk, daarna duurder {9}
B: Reactie van het college? {9}
A: Ontraden, het kost 180.000 per jaar {9}
C: Volgens mij heeft het een meerderheid {9}
~
B: Raad: amendement aangenomen 15-12, voorstel daarna met 19-8 {9}
A: Dus de raad heeft de begroting er een gat in geschoten {9}
B: Dekking volgt bij de voorjaarsnota {9}
~
C: Legionella Koedijk moet in het college als mededeling {6}
A: Staat erin {6}
~
A: Datalek W&I: de burgemeester wil het weten voordat het in de krant staat {7}
B: Hij is al gebeld door de FG {7}
~
C: Logo: raadslid Huizing stelt schriftelijke vragen over de kosten {8}
A: Antwoord binnen 30 dagen, communicatie maakt het concept {8}
""",
        80,
    ),
    Chat(
        "Team Jeugd en Gezin",
        "samenleving",
        "2025-01-15 08:40",
        ["Ingrid Bakker", "Mohamed Yilmaz", "Josien Kamphuis", "Rutger Boer"],
        """
A: Goedemorgen. Actielijst: de nieuwe jeugdhulpverleners in de wijkteams, de kwartaalcijfers en de ggz {5}
B: Hoeveel kinderen wachten er nu op de jggz? {5}
A: 87, waarvan 23 langer dan 13 weken {5}
C: Bij Accare zelfs 6 maanden voor een diagnose {5}
D: Wat doen we in de tussentijd? {5}
A: Overbrugging via de praktijkondersteuner jeugd en het wijkteam {5}
~
C: Moeder van Lisa Hendriks belde weer, haar dochter zit thuis en gaat niet naar school {5}
A: Wacht ze op Accare? {5}
C: Ja, sinds september {5}
A: Kan de POH-jeugd tussendoor iets doen? {5}
C: Ik vraag het {5}
~
B: Leerplicht meldt dat er 14 thuiszitters zijn dit jaar
A: Waarvan hoeveel door wachttijd? {5}
B: Zes zeker {5}
~
D: Overleg met aanbieders gehad, Yorneo en Accare willen een regionaal wachtlijstbeheer {5}
A: Goed plan, wie betaalt? {5}
D: De regio, uit de transformatiegelden {5}
~
A: Huisbezoek familie Jansen, crisis weekend, Veilig Thuis erbij
C: Verslag staat in het systeem
~
C: Klacht van de vader van Noah de Wit, hij wil weten waarom zijn zoon 8 maanden moet wachten {5}
A: Klachtenfunctionaris erbij? {5}
C: Hij wil eerst een gesprek {5}
A: Plan in met mij erbij {5}
~
B: Cijfers Q1: 91 wachtenden, Q2: 79 {5}
A: Dus iets beter {5}
B: Maar langer gemiddeld, 17 weken {5}
~
D: Wie gaat er naar de training meldcode?
A: Josien en ik
""",
        110,
    ),
    Chat(
        "ICT servicedesk en informatiebeveiliging",
        "bedrijfsvoering",
        "2025-03-03 08:10",
        ["Ronald Pel", "Kirsten Haan", "Arjen Mulder"],
        """
A: Goedemorgen, maandag dus de wachtrij staat op 43 tickets
B: Vooral wachtwoorden en de nieuwe printers
C: En een phishingmail die vannacht bij 200 mensen binnenkwam, 'uw salarisstrook staat klaar'
A: Blokkeren en een waarschuwing op intranet
~
B: FG belt: mail van W&I met een bijlage met persoonsgegevens naar een verkeerde verzendlijst {7}
A: Wanneer? {7}
B: Vrijdag 16:40 {7}
A: Kunnen we hem terughalen? {7}
C: Outlook recall werkt niet extern. We kunnen alleen de ontvangers vragen om te verwijderen {7}
A: Doe een mail naar alle 140 met het verzoek te verwijderen en te bevestigen {7}
~
C: 97 van de 140 hebben bevestigd dat ze het verwijderd hebben {7}
A: Melding bij de AP moet binnen 72 uur, FG doet dat vandaag {7}
B: Gedaan, meldingsnummer staat in het dossier {7}
~
A: De volgende stap: autocomplete van externe adressen uit voor W&I {7}
C: En een DLP-regel op bijlagen met BSN {7}
A: Uitrollen deze week {7}
~
B: Nieuwe laptops voor raadsleden komen in april
A: Met de nieuwe huisstijl op het opstartscherm? {8}
C: Haha ja, met de golven {8}
~
C: Phishingoefening van de CISO volgende maand
A: Niet aankondigen 😉
~
B: Audit ENSIA, we moeten het datalek opnemen in de rapportage {7}
A: Doe ik, met de maatregelen {7}
""",
        80,
    ),
    Chat(
        "Sportbedrijf Meppel",
        "samenleving",
        "2025-04-07 07:55",
        ["Arnold Prins", "Kim Wessels", "Frank van Dijk", "Saskia Meerman"],
        """
A: Morgen, vandaag de jaarlijkse legionella-monstername in De Koedijk en de Bijsselt {6}
B: Door wie? {6}
A: Het lab uit Zwolle, uitslagen over een week {6}
~
C: Douches De Koedijk: 3 van de 8 tappunten boven de norm, 1.200 kve/l {6}
A: Dat is ernstig {6}
C: Douches zijn dicht vanaf nu, borden hangen {6}
D: Wat zeggen we tegen de clubs? Handbal heeft vanavond training {6}
A: Mail aan alle verenigingen: douches buiten gebruik, omkleden kan wel {6}
~
B: PHOTO "Douches buiten gebruik i.v.m. onderhoud - Sporthal De Koedijk"
D: Onderhoud? Dat is een beetje vaag {6}
A: Bewust, geen paniek {6}
~
C: Installateur heeft thermisch gespoeld, boiler op 70 graden {6}
A: Nieuwe monsters? {6}
C: Dinsdag {6}
~
D: Volleybalclub wil korting op de huur omdat ze niet kunnen douchen {6}
A: Nee, de zaal is gewoon te gebruiken {6}
~
C: Uitslag: nog 1 tappunt boven de norm, die dode leiding in de jongenskleedkamer {6}
A: Afdoppen! {6}
C: Gedaan, en nu alles schoon bij de tweede meting {6}
A: Douches mogen weer open {6}
~
B: Het nieuwe kunstgrasveld bij VV Nijeveen is opgeleverd
A: Mooi, foto voor social
""",
        70,
    ),
    Chat(
        "Strooien nacht 9 januari",
        "openbare_ruimte",
        "2025-01-09 03:30",
        ["Johan Kuiper", "Dennis Oosting"],
        """
A: Wakker? Het regent op bevroren grond, ijzel {1}
B: Ik zie het. Gaan we allebei rijden? {1}
A: Ja, jij route 2 erbij {1}
B: Zoutstrooier van wagen 2 hapert, de schotel draait niet {1}
A: Dan met de hand bij de bruggen en de rest met 1 {1}
B: Om 7 uur klaar, maar de fietspaden naar Nijeveen zijn nog glad {1}
A: Ik ga er nog een keer over met pekel {1}
B: Gedaan. Wagen 2 moet naar de garage {1}
""",
        12,
    ),
    Chat(
        "KCC meldingen winterweer",
        "dienstverlening",
        "2025-01-08 08:20",
        ["Ilona Bouwman", "Gert Lubbers", "Patrick Sloot"],
        """
A: Gert, we hebben sinds 7 uur 38 meldingen over gladde stoepen en fietspaden {1}
B: Welke straten? {1}
A: Veel in Oosterboer en Koedijkslanden, woonstraten {1}
B: Die staan niet in de routes, dat is het beleid {1}
A: Mensen vinden dat niet te verkopen. Een mevrouw Kroeze is gevallen bij de flat aan de Zuiderstraat {1}
B: Vervelend. Geef haar het schadeformulier, aansprakelijkheid kijkt ernaar {1}
C: Kunnen we zoutkisten in de wijk zetten zoals in Zwolle? {1}
B: Als er zout is 😬 {1}
~
A: Vandaag 61 meldingen. Ik heb een standaard antwoord nodig {1}
B: 'We strooien de hoofdwegen, busroutes en de belangrijkste fietsroutes. Door een landelijk tekort aan zout kunnen we even niet meer doen' {1}
A: Dank je {1}
C: Melding van de Fietsersbond dat het fietspad naar het Greijdanus niet gedaan is {1}
B: Dat staat wel op route 3, ik check het {1}
B: Klopt, overgeslagen door een omleiding. Gaat er nu heen {1}
~
A: Rustiger, 12 meldingen. Dooi {1}
B: Gelukkig {1}
""",
        35,
    ),
    Chat(
        "Fietsersbond afdeling Meppel",
        "openbare_ruimte",
        "2025-01-10 19:05",
        ["Wouter Kamps", "Anouk Brink"],
        """
A: Anouk, ik heb foto's van de fietspaden langs de Dieverbrugweg, helemaal niet gestrooid {1}
A: PHOTO "Fietspad Dieverbrugweg ijzel niet gestrooid 10 januari"
B: Dat fietspad is van de provincie, niet van ons {1}
A: Hoe weten fietsers dat? {1}
B: Terecht punt. Ik geef het door aan de provincie {1}
A: En jullie eigen schoolroutes waren vrijdag ook slecht {1}
B: Door het zouttekort hebben we zand gebruikt, dat werkt minder {1}
A: Kunnen we na de winter evalueren? {1}
B: Graag, ik plan iets in maart {1}
""",
        14,
    ),
    Chat(
        "Inkoop strooizout",
        "bedrijfsvoering",
        "2025-01-07 10:10",
        ["Mariska Dam", "Gert Lubbers"],
        """
A: Gert, over je bestelling van 100 ton: de leverancier kan maar 30 leveren {1}
B: Hoe kan dat nou, we hebben een contract {1}
A: Ze zeggen overmacht, alle gemeenten bestellen tegelijk en de fabriek in Delfzijl ligt stil {1}
B: Wanneer de rest? {1}
A: Volgende week dinsdag misschien {1}
B: Kun je bij een andere leverancier halen? {1}
A: Een partij uit Duitsland, 20% duurder {1}
B: Doe maar. We kunnen niet zonder {1}
~
A: Duitse lading komt morgen, 60 ton {1}
B: 👍 {1}
A: Factuur gaat op de post gladheid, die komt dit jaar 35.000 hoger uit {1}
""",
        15,
    ),
    Chat(
        "Bloemrijke bermen voorjaar",
        "openbare_ruimte",
        "2025-03-20 10:00",
        ["Anouk Brink", "Hilde Jonker"],
        """
A: Hilde, het zaad voor de bermen is binnen, inheems mengsel
B: Hoeveel kilo?
A: 45 kilo, genoeg voor de Zomerdijk en de rotondes
B: Strooien we met de machine of met de hand?
A: Met de hand, dan komt het beter in de gaten
B: Wanneer?
A: Volgende week als het droog is. Ik neem de strooibak van de werf mee
B: Niet die van het zout, die is roestig 😄
A: Haha nee
""",
        14,
    ),
    Chat(
        "Facilitair gemeentehuis",
        "bedrijfsvoering",
        "2025-01-08 07:45",
        ["Joke Mensink", "Harry Stoel"],
        """
A: Harry, de hal bij de ingang is spekglad door de sneeuw van de schoenen
B: Ik leg er extra matten neer
A: En de trap naar de parkeerkelder, ook daar zout op graag
B: Heb ik nog een zak van, doe ik
A: Er is een collega uitgegleden bij de fietsenstalling
B: Ik zet een bord neer
~
A: De lift doet het weer niet
B: Monteur komt om 10 uur
A: En de koffieautomaat op 2 geeft heet water zonder koffie
B: Dat is bekend 😅
""",
        20,
    ),
    Chat(
        "Melding Kerkweg",
        "veiligheid",
        "2025-02-01 21:15",
        ["Bart Hofman", "Gerda Smeenk"],
        """
B: Goedenavond, u bent van de gemeente toch? Mijn man gaf me uw nummer {2}
A: Klopt, mevrouw Smeenk. Waar gaat het over? {2}
B: Het huis naast ons op 41. Er wonen wel tien mannen, ze komen om 5 uur 's ochtends met een busje en roepen op straat {2}
A: Sinds wanneer? {2}
B: Sinds de kerst. En de tuin ligt vol met afval en bierblikjes {2}
A: Ik neem het op en we gaan kijken. Mag ik uw naam in het rapport gebruiken? {2}
B: Liever niet, ik wil geen gedoe met de buren {2}
A: Dan blijft u anoniem {2}
~
B: Vanochtend weer 2 busjes, en er staat nu een caravan in de achtertuin {2}
A: Dank voor de info, we komen deze week {2}
~
B: Er zijn er nu minder, misschien 6. Dank u wel {2}
A: We houden het in de gaten {2}
""",
        16,
    ),
    Chat(
        "Juridische zaken handhaving",
        "veiligheid",
        "2025-03-05 09:30",
        ["Vera Koning", "Bart Hofman", "Sandra Mulder"],
        """
A: Bart, je concept voor Kerkweg 41 gelezen. Goed onderbouwd, twee opmerkingen {2}
B: Zeg het maar {2}
A: De begunstigingstermijn van 2 weken is te kort voor mensen die ergens anders moeten wonen. Maak er 8 weken van {2}
C: Dan zitten ze er de hele zomer nog {2}
A: Anders verliezen we bij de rechter {2}
B: Ok, 8 weken. En de tweede? {2}
A: Het bedrag. 5.000 per week is fors voor een particulier, 2.500 met max 20.000 {2}
B: Aangepast {2}
~
A: De advocaat van de eigenaar vraagt om een voorlopige voorziening {2}
C: Zitting? {2}
A: 14 mei in Assen {2}
~
A: Voorzieningenrechter wijst af, de last blijft staan {2}
B: Mooi. Ze zijn inmiddels naar een pension van het uitzendbureau verhuisd {2}
C: Dan is de dwangsom niet verbeurd, controle over 2 weken {2}
""",
        30,
    ),
    Chat(
        "Overleg uitzendbureaus huisvesting",
        "ruimte",
        "2025-04-14 13:00",
        ["Lotte Hoekman", "Mark Veltman", "Erik Smit"],
        """
A: Mark, dank voor het gesprek vanmiddag. Samengevat: jullie zoeken 150 bedden in Meppel {2}
B: Klopt. Met die Kerkweg-toestand zijn we geschrokken, dat was een onderaannemer {2}
A: We willen niet dat het weer in gewone woningen gebeurt {2}
B: Snap ik, daarom een locatie aan de rand, met SNF-keurmerk {2}
C: Het terrein bij de Blankenstein is misschien iets {2}
A: We bekijken het in het college in juni {2}
B: Top {2}
""",
        12,
    ),
    Chat(
        "Burgerzaken balie RNI",
        "dienstverlening",
        "2025-02-17 09:00",
        ["Anja Lubberts", "Tim de Boer"],
        """
A: Tim, morgen komen er weer 30 arbeidsmigranten voor inschrijving in de RNI
B: Allemaal tegelijk?
A: Het uitzendbureau brengt ze in een bus, om 9 uur
B: Ik zet een extra balie open
A: Ze moeten een Poolse tolk hebben
B: Via de tolkentelefoon
~
A: 28 ingeschreven, 2 hadden geen geldig paspoort
B: Terug over een week
""",
        16,
    ),
    Chat(
        "Klachtenlijn Reestpop",
        "veiligheid",
        "2025-08-16 20:00",
        ["Marieke Huisman", "Tom Visser"],
        """
A: Tom, de klachtenlijn staat open, ik heb hem tot 01:00 {3}
B: Ik ben in de buurt van het terrein voor de metingen {3}
A: Eerste klacht: Reestlaan 12, de bassen trillen de ramen {3}
B: Ik sta hier op 88, te hoog {3}
A: Bellen met de organisator? {3}
B: Doe ik {3}
~
A: 23:15 klachten lopen op, 9 nu {3}
B: Ze zijn nog aan het spelen, eindtijd was 23:00 {3}
A: Zeg dat ze stoppen of we zetten het in het rapport {3}
B: Om 23:20 stil {3}
~
A: Zondag rustiger, 3 klachten, vooral over de bezoekers die via de wijk naar huis gingen {3}
B: Ok, die laten we {3}
""",
        20,
    ),
    Chat(
        "RUD metingen",
        "ruimte",
        "2025-08-18 09:00",
        ["Hans Ruiters", "Femke Zwiers"],
        """
A: Femke, het meetrapport van het festival komt vandaag {3}
B: Hoe zag het eruit? {3}
A: Zaterdag 21:40 tot 22:05 boven de norm, max 91, en 23:00 tot 23:20 doorgespeeld {3}
B: En de lage tonen? {3}
A: Tot 104 dB(C) aan de gevel. Daar hebben we geen norm voor {3}
B: Advies voor volgend jaar? {3}
A: dB(C) norm van 95 en een bestuurlijke strafpunt-regeling {3}
""",
        10,
    ),
    Chat(
        "Bewonersgroep Reestlaan",
        "bestuur",
        "2025-08-20 18:30",
        ["Corrie Huttinga", "Femke Zwiers"],
        """
A: Mevrouw Zwiers, de bewoners van de Reestlaan zijn klaar met het festival. Het was dit jaar ook weer veel te hard {3}
B: Dat begrijp ik. We hebben metingen gedaan en de organisator is erop aangesproken {3}
A: Mijn kleinkind kon niet slapen tot half 12, terwijl het om 11 klaar had moeten zijn {3}
B: Ja, dat is vastgesteld. Het komt in de evaluatie {3}
A: Mogen wij erbij zijn? {3}
B: We organiseren een bewonersavond in oktober {3}
~
A: Bedankt voor de avond gisteren. Fijn dat het tweede podium gedraaid wordt {3}
B: Graag gedaan {3}
""",
        12,
    ),
    Chat(
        "Bouwplaats Stationsweg",
        "ruimte",
        "2025-06-02 07:20",
        ["Erik Smit", "Niels Kroon"],
        """
A: Niels, klachten over het heien bij de nieuwbouw aan de Stationsweg, om 6:45 al begonnen
B: Volgens de vergunning mag het vanaf 7
A: Dan moeten ze wachten
B: Ik bel de uitvoerder. Ook trillingen bij de buren?
A: Een meneer Bakker zegt scheuren in zijn muur
B: Nulmeting is gedaan, hij kan een schademelding doen
A: Geluid is 78 dB gemeten op de gevel, onder de norm voor bouwlawaai
""",
        14,
    ),
    Chat(
        "Bewonersavond zonneveld",
        "ruimte",
        "2025-02-20 17:30",
        ["Sanne de Jong", "Pieter Veen", "Kees Eleveld"],
        """
A: Zaal in De Plataan is geregeld voor dinsdag, 80 stoelen {4}
B: Komt de initiatiefnemer ook? {4}
A: Ja, Solarfields met hun landschapsarchitect {4}
C: Ik ben er als ambtenaar energie, met de kaarten van de zoekgebieden {4}
~
A: Goede opkomst, 110 mensen. Veel boosheid over het uitzicht {4}
B: De familie Haveman aan de Rogatweg 22 woont er direct naast, zij willen 50 meter afstand {4}
C: Solarfields zei toe dat ze de haag breder maken {4}
A: En het financiële deel? Omwonenden willen meedelen {4}
C: 2 euro per paneel per jaar in een omgevingsfonds, en participatie via de energiecoöperatie {4}
B: Dat moet op papier {4}
~
A: Verslag van de avond staat op de site {4}
""",
        16,
    ),
    Chat(
        "Energiecoöperatie Reestdal",
        "ruimte",
        "2025-03-12 12:00",
        ["Kees Eleveld", "Bram Meester"],
        """
B: Kees, wij zijn er klaar voor: 25% eigendom van het park aan de Rogatweg {4}
A: Mooi, dan voldoet het aan de 50% lokaal eigendom samen met de omwonenden? {4}
B: Nog niet, we zitten op 25. Solarfields wil niet verder {4}
A: Het beleid vraagt 50. Dan wordt het lastig in de raad {4}
B: Kunnen jullie druk zetten? {4}
A: Ik bespreek het met de wethouder {4}
~
A: Wethouder heeft met Solarfields gebeld, ze gaan naar 40% plus het fonds {4}
B: Daar kunnen we mee leven {4}
""",
        12,
    ),
    Chat(
        "Griffie raadsvoorstellen mei",
        "bestuur",
        "2025-05-06 10:00",
        ["Lisanne Otten", "Pieter Veen"],
        """
A: Pieter, het raadsvoorstel verklaring van geen bedenkingen voor de Rogatweg, mist de nota van zienswijzen als bijlage {4}
B: Die stuur ik je nu {4}
A: En de kaart van de inpassing in kleur {4}
B: Komt eraan {4}
~
A: Commissie gisteren: GL en PvdA voor, VVD wil eerst de 50% lokaal eigendom {4}
B: Ik maak een memo over de 40% {4}
~
A: Raad heeft ingestemd, 21-6 {4}
B: Top. Dan kan het college op 3 juni besluiten {4}
""",
        14,
    ),
    Chat(
        "Zonnepanelen gemeentehuis",
        "bedrijfsvoering",
        "2025-04-01 09:30",
        ["Harry Stoel", "Joke Mensink"],
        """
A: Joke, de installateur begint maandag met de panelen op het dak van het gemeentehuis
B: Hoeveel panelen?
A: 280, goed voor een derde van ons stroomverbruik
B: Moet er een steiger voor de ingang?
A: Aan de achterkant, ingang blijft vrij
~
A: Panelen liggen erop, de omvormer wordt morgen aangesloten
B: Mooi, zet het in de nieuwsbrief voor medewerkers
""",
        14,
    ),
    Chat(
        "Wijkteam Zuid jeugd",
        "samenleving",
        "2025-02-04 08:30",
        ["Josien Kamphuis", "Rutger Boer", "Fenna Lambers"],
        """
A: Casus Sem, 14 jaar, angstklachten, verwezen naar de jggz in oktober. Nog geen intake {5}
B: Wachtijd daar is nu 7 maanden {5}
C: Ouders zijn op. Sem zit al 6 weken thuis {5}
A: Kan de jeugdconsulent van het wijkteam wekelijks langs? {5}
B: Ik kan het doen, tot de intake {5}
C: Moeder vraagt of ze naar een andere aanbieder kan {5}
A: Die zonder contract, dan betalen we niet. Alleen bij spoed {5}
~
B: Goed nieuws voor Sem, hij mag 10 maart bij Yorneo op intake {5}
A: Na 5 maanden wachten, nog steeds lang {5}
~
C: Nieuwe casus: meisje van 9, ADHD-vraag, wachtlijst Accare 8 maanden {5}
A: Via de huisarts met de POH proberen {5}
~
B: Teamuitje is vrijdag de 14e, bowlen in Hoogeveen
C: Ik kan niet, dan ben ik vrij
""",
        30,
    ),
    Chat(
        "Klacht wachttijd",
        "samenleving",
        "2025-03-18 16:20",
        ["Ingrid Bakker", "Peter de Wit"],
        """
B: Mevrouw Bakker, na het gesprek nog een vraag: komt mijn zoon nu eerder aan de beurt? {5}
A: Dat kan ik niet beloven, de aanbieder bepaalt de volgorde {5}
B: Het is al 8 maanden. Hij slaapt slecht en eet niet {5}
A: Ik snap het. We kijken of de POH hem tussentijds ziet en ik vraag Accare naar een spoedtoets {5}
B: En de klacht? {5}
A: Die is ingeschreven, u hoort binnen 6 weken {5}
~
A: Accare heeft gebeld, Noah kan in april terecht {5}
B: Eindelijk, dank u {5}
""",
        10,
    ),
    Chat(
        "Regio jeugd inkoop",
        "samenleving",
        "2025-05-12 11:00",
        ["Mohamed Yilmaz", "Wendy Hoving"],
        """
B: Mohamed, de regio wil weten hoeveel wachtenden Meppel heeft bij de specialistische ggz {5}
A: 79 eind juni, gem 17 weken {5}
B: Bij jullie hoger dan in Westerveld {5}
A: We hebben meer verwijzingen via de huisartsen {5}
B: De aanbieders vragen een hoger tarief om extra behandelaars aan te nemen {5}
A: En dan ook prestatieafspraken over de wachttijd graag {5}
B: Nemen we mee in de onderhandeling {5}
""",
        12,
    ),
    Chat(
        "Wmo huishoudelijke hulp",
        "samenleving",
        "2025-03-03 09:15",
        ["Ellen Dijkstra", "Ria Dolfing"],
        """
A: Ria, de wachtlijst voor huishoudelijke hulp is nu 64 mensen
B: Hoe lang?
A: Gemiddeld 9 weken, de aanbieders hebben geen personeel
B: Kunnen we mensen tijdelijk een pgb geven?
A: Dat doen we al bij 12
B: Meld het aan de wethouder, voor de commissie
""",
        12,
    ),
    Chat(
        "Beheer sporthal De Koedijk",
        "samenleving",
        "2025-04-14 07:10",
        ["Frank van Dijk", "Ben Mulders"],
        """
A: Ben, vandaag de douches dicht houden, ook in de scheidsrechterskamer {6}
B: Ook die? Daar komt bijna niemand {6}
A: Juist daar, stilstaand water is het gevaarlijkst {6}
B: Ik heb de kranen met tape afgeplakt {6}
A: Top. Vanavond spoelt de installateur {6}
~
B: Installateur was er tot 22:00. Boiler staat op 70 {6}
A: Wekelijks alle tappunten 5 minuten doorspoelen, en het in het logboek zetten {6}
B: Ik maak een lijstje {6}
~
B: PHOTO "Spoellijst tappunten week 17 - alle punten gespoeld"
A: Mooi bijgehouden 👍 {6}
~
B: Mag ik de tape er weer af halen? {6}
A: Ja, tweede uitslag was schoon {6}
""",
        16,
    ),
    Chat(
        "Handbalvereniging Olympia",
        "samenleving",
        "2025-04-15 20:30",
        ["Kim Wessels", "Dirk Tiemens"],
        """
B: Kim, onze spelers vinden het raar dat ze niet kunnen douchen in de Koedijk na de wedstrijd {6}
A: Dat snap ik. Er is een bacterie in de waterleiding gevonden, we zijn het aan het oplossen {6}
B: Legionella? {6}
A: Ja. Geen gevaar zolang de douches dicht zijn {6}
B: Hoe lang nog? {6}
A: Twee tot drie weken verwacht ik {6}
B: De tegenstander van zaterdag komt uit Emmen, zij moeten ook zo naar huis 😅 {6}
A: Sorry daarvoor {6}
~
A: Dirk, douches zijn weer open vanaf vandaag {6}
B: Eindelijk! {6}
""",
        12,
    ),
    Chat(
        "Huisvesting risicoanalyse",
        "bedrijfsvoering",
        "2025-02-10 10:00",
        ["Harry Stoel", "Wilco Ramaker"],
        """
A: Wilco, de legionella-risicoanalyse van het gemeentehuis moet vernieuwd, de oude is van 2020
B: Ik vraag een offerte aan bij twee bureaus
A: Ook de brandkranen en de nooddouche in de kelder meenemen
B: En het stadskantoor?
A: Dat is verhuurd, doet de huurder
~
B: Offerte binnen, 3.400 voor beide gebouwen
A: Akkoord
""",
        12,
    ),
    Chat(
        "Zwembad De Bijsselt",
        "samenleving",
        "2025-04-22 08:00",
        ["Saskia Meerman", "Arnold Prins"],
        """
A: Arnold, ouders vragen of het zwembad ook legionella heeft, het staat op Facebook {6}
B: Nee, de Bijsselt is schoon, het is alleen de sporthal {6}
A: Mag ik dat op de site zetten? {6}
B: Ja, met de uitslag van het zwembad erbij {6}
~
A: Zwemles diploma-afzwemmen op 14 juni, wie heeft er dienst?
B: Ik en Hennie
""",
        14,
    ),
    Chat(
        "FG en W&I datalek",
        "bedrijfsvoering",
        "2025-03-07 17:05",
        ["Gerrit Visscher", "Marleen Hof"],
        """
B: Gerrit, ik moet je iets melden. Collega heeft een bestand naar de verkeerde mailgroep gestuurd {7}
A: Wat stond erin? {7}
B: Namen, adressen en uitkeringsbedragen van 312 klanten {7}
A: Ook BSN? {7}
B: Nee, gelukkig niet {7}
A: Dan is het toch een inbreuk met risico. Meld het in het registratiesysteem en ik beoordeel het vanavond {7}
~
A: Ik meld het bij de AP, het risico is er door de financiële gegevens {7}
B: Moeten we de klanten ook informeren? {7}
A: Ja, met een brief, binnen een week {7}
B: Conceptbrief komt maandag {7}
~
A: Brief goed, maar zet er een contactpersoon in, en excuses bovenaan {7}
B: Aangepast {7}
~
B: 41 telefoontjes na de brief, 3 willen een schadevergoeding {7}
A: Naar aansprakelijkheid {7}
""",
        18,
    ),
    Chat(
        "Teamleiders Werk en Inkomen",
        "samenleving",
        "2025-03-10 08:00",
        ["Marleen Hof", "Sjoerd Lankhorst", "Petra Wieringa"],
        """
A: Team, na vrijdag: vanaf nu geen Excel-bestanden met klantgegevens meer per mail, alleen via de beveiligde omgeving {7}
B: Ook intern? {7}
A: Ook intern {7}
C: Hoe gaat het met Ilse? Ze is er kapot van {7}
A: Ze is thuis vandaag, ik bel haar. Het had ieder van ons kunnen zijn {7}
~
B: Een klant kwam aan de balie met de brief, hij is woedend dat zijn buurman zijn uitkering kan zien {7}
A: Klopt het dat de buurman het kreeg? {7}
B: De buurman zat in die cursusgroep, ja {7}
A: Pijnlijk. Laat hem de klachtenprocedure volgen {7}
~
C: Werkinstructie gegevens delen staat op intranet {7}
A: Iedereen tekenen voor gelezen {7}
~
B: Wie heeft de sleutel van de archiefkast?
C: Ligt in de la van Marleen
""",
        30,
    ),
    Chat(
        "Phishingoefening CISO",
        "bedrijfsvoering",
        "2025-04-08 09:00",
        ["Kirsten Haan", "Arjen Mulder"],
        """
A: De oefening is verstuurd, 'uw pakket is niet afgeleverd'
B: Hoeveel klikken?
A: 21% heeft geklikt, 6% heeft het wachtwoord ingevuld
B: Auw, dat is hoger dan vorig jaar
A: E-learning voor de klikkers
B: En geen namen naar de leidinggevenden
""",
        10,
    ),
    Chat(
        "Ontwerpbureau beeldmerk",
        "bestuur",
        "2025-01-20 14:00",
        ["Jeroen Bos", "Ilse Verbeek"],
        """
B: Jeroen, in de bijlage de drie schetsen van het beeldmerk en het kleurenpalet {8}
A: Mooi werk. Het groen is wel fel {8}
B: We kunnen naar een donkerder groen, het Reestgroen {8}
A: Doe maar {8}
~
B: Letter is de Source Sans, gratis te gebruiken, dus geen licentiekosten {8}
A: Goed, dat scheelt {8}
B: Wil je ook de sjablonen voor Word en PowerPoint? {8}
A: Ja, dat zat in de offerte {8}
~
B: Factuur fase 2 verstuurd, 9.500 {8}
A: Ontvangen, gaat naar de betaling {8}
""",
        12,
    ),
    Chat(
        "Uitrol huisstijl",
        "bedrijfsvoering",
        "2025-03-25 09:00",
        ["Nadia el Idrissi", "Harry Stoel", "Ronald Pel"],
        """
A: Planning voor de nieuwe huisstijl: 2 april website, e-mailhandtekening en briefpapier {8}
B: En de auto's van de buitendienst? {8}
A: Bij vervanging, niet nu. Dat scheelt 30.000 aan belettering {8}
C: E-mailhandtekening zetten we centraal uit op 2 april om 8 uur {8}
A: Top {8}
~
B: Borden bij de ingang? {8}
A: Eén nieuw bord, de rest wacht {8}
~
C: Oude sjablonen staan nog in de map, kunnen die weg? {8}
A: Op 1 mei weg {8}
""",
        20,
    ),
    Chat(
        "Sportgala sponsoren",
        "samenleving",
        "2025-01-28 11:00",
        ["Kim Wessels", "Ron Huisjes"],
        """
B: Kim, de sponsorlogo's voor het sportgala moeten vrijdag bij de drukker zijn
A: Ik stuur je de logo's van de Rabobank en het autobedrijf
B: En het logo van de gemeente?
A: Nog het oude, het nieuwe is er pas in april
B: Prima
""",
        10,
    ),
    Chat(
        "Fractie VVD parkeren",
        "bestuur",
        "2025-02-25 21:30",
        ["Frits Hoogeveen", "Annet Vrieling"],
        """
A: Annet, het parkeervoorsel: wij kunnen niet akkoord met 2,90, de ondernemers gaan eraan onderdoor {9}
B: Eens. Amendement samen met het CDA? {9}
A: Eerste uur 2,20 houden, de rest naar 2,90 {9}
B: Dekking? {9}
A: Uit de reserve parkeren, die staat op 1,2 miljoen {9}
B: Ik zet het op papier {9}
~
B: Amendement is ingediend, CDA en Gemeentebelangen tekenen mee {9}
A: 👌 {9}
""",
        12,
    ),
    Chat(
        "Ondernemersvereniging Binnenstad",
        "bestuur",
        "2025-02-12 08:30",
        ["Hennie Vos", "Marjolein Vos", "Wim Bruins"],
        """
A: Marjolein, we hebben gehoord dat het parkeren weer duurder wordt. Kan de wethouder langs komen? {9}
B: Hij kan volgende week dinsdag, 17:00 {9}
C: Wij nemen cijfers mee: de omzet daalt en de bezoekers gaan naar Hoogeveen waar je 1,50 betaalt {9}
~
A: Dank voor het gesprek. We blijven tegen, maar fijn dat er geluisterd werd {9}
B: Graag gedaan. Uw brief gaat als ingekomen stuk naar de raad {9}
~
C: We zijn blij met het amendement, eerste uur blijft gelijk {9}
A: Bedankt aan de raad {9}
""",
        14,
    ),
    Chat(
        "Parkeerbeheer automaten",
        "openbare_ruimte",
        "2025-06-20 07:30",
        ["Jos Wubs", "Ellen Noorman"],
        """
A: Ellen, per 1 juli nieuwe tarieven in de automaten en de app {9}
B: Welke bedragen precies? {9}
A: Eerste uur 2,20, elk volgend uur 2,90, dagkaart 18 {9}
B: Stickers op de automaten ook? {9}
A: Ja, 42 automaten, ik heb ze besteld {9}
~
A: Alle automaten omgezet, de app ook {9}
B: Eén op de Kaai rekent nog 2,20 per uur {9}
A: Die doe ik nu {9}
""",
        12,
    ),
    Chat(
        "Personeelsparkeren gemeentehuis",
        "bedrijfsvoering",
        "2025-05-13 10:15",
        ["Joke Mensink", "Carla Timmer"],
        """
A: Carla, de parkeerkelder is te vol voor de medewerkers. Kunnen we thuiswerkdagen spreiden?
B: Ik zet het op de MT-agenda
A: Ook de vergoeding voor parkeren in de garage Kleine Oever loopt per 1 juli af
B: Dat weet ik, daar zijn veel vragen over
A: Eigen parkeervergunning kost medewerkers dan 35 per maand
""",
        10,
    ),
    Chat(
        "Burgerzaken begraafplaatsen",
        "dienstverlening",
        "2025-01-27 09:00",
        ["Marloes Kiers", "Anja Lubberts", "Gert Lubbers"],
        """
A: Anja, de lijst van de graven op Zomerdijk waarvan het recht verlopen is, is klaar {10}
B: Hoeveel? {10}
A: 312, de oudste uit 1965 {10}
B: En rechthebbenden? {10}
A: Van 140 hebben we een adres, van de rest niet {10}
C: Wij zetten de bordjes 'Belanghebbenden melden zich bij de gemeente' {10}
A: Ja, een jaar lang voordat we ruimen {10}
~
B: De brieven aan de 140 zijn de deur uit {10}
A: Reacties? {10}
B: 36 willen verlengen, 12 willen de steen zelf ophalen {10}
~
A: Gert, vak C mist nog: 47 graven zonder bordje {10}
C: Stuur me de lijst, doen we vrijdag {10}
~
B: Mevrouw Van der Sluis belde: het graf van haar ouders staat op de lijst, maar ze heeft in 2010 betaald {10}
A: Ik zoek het op. Klopt, er is een fout in de overgang naar het nieuwe systeem {10}
B: Excuses en bordje eraf {10}
C: Haal ik weg {10}
~
A: Hoeveel fouten zijn er nog meer? {10}
B: Ik heb de 312 nagelopen, 9 met betaling na 2005 die onterecht op de lijst staan {10}
A: Pijnlijk. Persoonlijk bellen allemaal {10}
~
A: Paspoortbalie donderdag dicht wegens storing
B: Bord op de deur
""",
        45,
    ),
    Chat(
        "Nabestaande graf vader",
        "dienstverlening",
        "2025-02-14 19:40",
        ["Anja Lubberts", "Hendrika Beekman"],
        """
B: Goedenavond, er staat een bordje bij het graf van mijn vader op Zomerdijk, wat betekent dat? {10}
A: Goedenavond mevrouw Beekman. Het recht op het graf is verlopen in 2019. Als u het wilt verlengen kan dat {10}
B: Niemand heeft ons dat verteld. Ik woon in Groningen {10}
A: We hadden uw adres niet. Het spijt me {10}
B: Wat kost verlengen? {10}
A: 10 jaar is 890 euro {10}
B: Dat is veel. Wat gebeurt er als ik het niet doe? {10}
A: De steen kunt u ophalen, de resten gaan naar het verzamelgraf {10}
B: Daar word ik niet vrolijk van. Ik ga het verlengen {10}
""",
        12,
    ),
    Chat(
        "Grafdelver planning",
        "openbare_ruimte",
        "2025-09-01 07:30",
        ["Gert Lubbers", "Lammert Sikkema"],
        """
A: Lammert, de ruiming op Zomerdijk staat voor 6 oktober, 3 weken {10}
B: Hoeveel uiteindelijk? {10}
A: 231, de rest is verlengd of van de lijst {10}
B: Dan met de kraan in vak B en C en met de hand bij de oude bomen {10}
A: Begraafplaats dicht voor publiek in die weken? {10}
B: Alleen de vakken, met hekken {10}
~
B: Ruiming klaar, 228 gedaan, 3 moesten wachten door een bezwaar {10}
A: Dat weet ik, bij de bestuursrechter {10}
""",
        14,
    ),
    Chat(
        "Dodenherdenking 4 mei",
        "bestuur",
        "2025-04-22 10:00",
        ["Carla Timmer", "Gert Lubbers"],
        """
A: Gert, de herdenking op begraafplaats Zomerdijk: kunnen jullie de graven van de oorlogsslachtoffers schoonmaken?
B: Doen we de week ervoor
A: En de kransen staan 4 mei om 19:00 klaar
B: Bij het monument
A: Top, de burgemeester spreekt om 19:50
""",
        10,
    ),
    Chat(
        "Maaien begraafplaatsen",
        "openbare_ruimte",
        "2025-05-06 06:50",
        ["Dennis Oosting", "Anouk Brink"],
        """
A: Maaironde Zomerdijk en Ezinge vandaag
B: Pas op bij de graven met bordjes, daar mag niks vanaf
A: Natuurlijk
B: In Ezinge wil het gras niet groeien door de droogte
A: Beregenen?
B: Nee, te duur
""",
        20,
    ),
    Chat(
        "Winkeliersvereniging fatbikes",
        "veiligheid",
        "2025-01-30 18:00",
        ["Jolanda Top", "Sandra Mulder"],
        """
A: Sandra, vandaag bijna een oude dame aangereden voor de deur van de bakker, door zo'n jongen op een dikke fiets {11}
B: Wat vervelend. Is ze gewond? {11}
A: Geschrokken, meer niet. Maar dit is nu elke dag na schooltijd {11}
B: We zetten volgende week extra controles in {11}
A: Kunnen ze niet gewoon verboden worden? {11}
B: Daar kijkt de burgemeester naar {11}
~
A: Vanmiddag was het rustig, jullie stonden er 👍 {11}
B: Fijn om te horen {11}
""",
        10,
    ),
    Chat(
        "Boa's avonddienst",
        "veiligheid",
        "2025-03-14 17:30",
        ["Youssef Amrani", "Linda Kok"],
        """
A: Linda, bij de Snackbar op het Kerkplein weer een groep met fatbikes {11}
B: Ik kom eraan {11}
A: Twee jongens zonder licht en één met een duo achterop {11}
B: Op die dingen mag dat zelfs, er zit een bankje op {11}
A: Zonder licht: 2 bekeuringen {11}
~
B: De opgevoerde fatbike is getest bij de politie: 42 km/u {11}
A: Dan is het een bromfiets. In beslag {11}
B: Vader komt hem halen met de papieren {11}
~
A: Pauze bij de Spar?
""",
        16,
    ),
    Chat(
        "Jongerenwerk centrum",
        "samenleving",
        "2025-04-03 15:00",
        ["Mustafa Ouali", "Sandra Mulder"],
        """
A: Sandra, de jongens van het Kerkplein willen met jullie praten over de fatbikes {11}
B: Goed idee. Waar? {11}
A: In het jongerencentrum, donderdag 19:00 {11}
B: Ik kom met Youssef {11}
~
A: Goed gesprek. Ze voelen zich opgejaagd, maar snappen dat de Hoofdstraat niet kan {11}
B: Ze wilden een plek om te hangen zonder gezeur {11}
A: Het skatepark? {11}
B: Kunnen we voorstellen {11}
""",
        12,
    ),
    Chat(
        "E-bikes buitendienst",
        "openbare_ruimte",
        "2025-05-20 08:00",
        ["Gert Lubbers", "Harry Stoel"],
        """
A: Harry, de 6 elektrische fietsen voor de wijkploegen zijn binnen
B: Met de bakjes achterop?
A: Ja, voor de grijpers en de zakken
B: Laadpunt in de loods?
A: Staat erop, elektricien komt dinsdag
""",
        10,
    ),
    Chat(
        "Fietsendiefstal station",
        "veiligheid",
        "2025-06-11 09:00",
        ["Linda Kok", "Bart Hofman"],
        """
A: Bart, weer 4 aangiftes van gestolen e-bikes in de stalling bij het station
B: Camerabeelden?
A: Politie kijkt ernaar
B: Extra surveillance in de avond
A: En de fietswrakken opruimen, 30 gelabeld
""",
        10,
    ),
    Chat(
        "MT Openbare Ruimte",
        "openbare_ruimte",
        "2025-01-14 08:00",
        ["Hilde Jonker", "Gert Lubbers", "Wessel Koops"],
        """
A: Agenda MT: evaluatie gladheid, begroting groen, de ruiming Zomerdijk {1,10}
B: Gladheidbestrijding kort: 9 keer uitgerukt, 410 ton zout, waarvan 60 uit Duitsland {1}
C: Budget? {1}
B: 35k over, door de duurdere partij {1}
A: En de klachten? {1}
B: 180 meldingen, meeste over woonstraten die niet in het strooiplan zitten {1}
C: Politiek gaat vragen of we die toch moeten doen {1}
A: Dan kost het een derde wagen en 4 man extra op piket {1}
~
A: Begroting groen: we moeten 80k vinden
C: De bloembakken in de binnenstad schrappen?
A: Dat wordt lastig met de ondernemers
~
B: Ruimen begraafplaats: na de fouten met de lijst stel ik voor de ruiming naar oktober te verschuiven {10}
A: Akkoord. Meld het aan de wethouder {10}
C: Kost het geld? {10}
B: 45k voor de firma, dat was al begroot {10}
~
C: Iets anders: de sloot langs het Wilhelminapark moet opnieuw gegraven worden
B: Na de zomer, met de aannemer
~
A: Brief van de raad: zoutkisten in de wijken, voorstel van D66 {1}
B: Reactie: kan, 30 kisten, 6.000 euro, mensen strooien zelf {1}
A: Zet het in de evaluatie {1}
""",
        80,
    ),
    Chat(
        "Wethouder Meijer en ambtenaar",
        "bestuur",
        "2025-02-18 22:10",
        ["Rob Meijer", "Wim Slot"],
        """
A: Wim, ik lees de tekst voor morgen over de tarieven, het lijkt me te defensief {9}
B: Wat wil je anders? {9}
A: Beginnen met de kosten van het onderhoud van de garages, pas daarna het uurtarief {9}
B: Ik pas het aan {9}
~
A: Slechte avond gisteren. Dat amendement kost ons 180k {9}
B: De raad heeft gesproken 🤷 {9}
A: Ja. Zoek dekking voor de voorjaarsnota {9}
~
A: Ander ding: de burgemeester vraagt of ik het fatbikeverbod wil steunen in het college {11}
B: Juridisch is het twijfelachtig, een fiets met dikke banden is gewoon een fiets {11}
A: Dan via snelheid: de opgevoerde zijn bromfietsen {11}
B: Dat kan al. Het verbod is vooral een signaal {11}
""",
        20,
    ),
    Chat(
        "Fractie GroenLinks app",
        "bestuur",
        "2025-03-02 20:00",
        ["Ilse Wester", "Daan Kloosterman", "Hatice Demir"],
        """
A: Mensen, de agenda van de commissie: zonnepark Rogat, logo-vragen, parkeren
B: Zonneweide: wij zijn voor, maar de lokale eigendom van 40 procent is minder dan ons eigen beleid {4}
C: Toch steunen. Zonder dit park halen we de RES niet {4}
A: Akkoord, met een motie over de 50% bij de volgende {4}
~
B: Het logo: ik vind het wel mooi eigenlijk, maar 18k voor een plaatje is lastig uit te leggen {8}
C: Het is meer dan een plaatje, het is de hele huisstijl {8}
A: Geen schriftelijke vragen van ons, laat de VVD dat maar doen {8}
~
C: Parkeren: wij stemmen tegen het amendement, auto's de binnenstad uit {9}
B: Eens {9}
~
A: Wie gaat er naar de fractiedag op 12 april?
C: Ik
""",
        40,
    ),
    Chat(
        "Buitendienst wijkploeg Zuid",
        "openbare_ruimte",
        "2025-01-06 07:00",
        ["Henk Brouwer", "Sjaak Nijboer", "Jannes Oldenhof", "Rianne Poel"],
        """
A: Vannacht -6, de strooiers zijn om 4 uur gegaan {1}
B: Ik heb ze gehoord 😴 {1}
C: In Haveltermade lag het fietspad naar de Bijsselt er niet goed bij {1}
A: Geef het door aan Gert, route 3 {1}
~
D: Prullenbakken bij het Wilhelminapark vol, ook de hondenpoepbakken
A: Jannes en Sjaak vandaag
~
B: Melding: een boom over het fietspad bij de Hesselingen
A: Zagen en opruimen
~
C: Iemand vroeg of wij de stoep bij de bejaardenflat aan de Zuiderstraat willen strooien, daar is iemand gevallen {1}
A: Niet in het plan, maar doe er vandaag maar een schep zout {1}
C: Welk zout? Het is op {1}
A: Zand dan {1}
~
D: Lekkage in de kantine van de werf, het dak
A: Emmer eronder en melden bij facilitair
~
A: Nieuwe veiligheidsschoenen komen vrijdag
B: Eindelijk
~
D: Voorjaarsklus: bankjes schilderen in het Wilhelminapark
A: Na Pasen
""",
        100,
    ),
    Chat(
        "Burgemeester staf",
        "bestuur",
        "2025-05-02 08:30",
        ["Richard Loos", "Sandra Mulder", "Femke Zwiers"],
        """
A: Sandra, de burgemeester wil in juni een besluit over het fatbikeverbod in het kernwinkelgebied {11}
B: We hebben 23 controles gedaan, 41 bekeuringen, 3 in beslag genomen {11}
A: Helpt dat? {11}
B: Minder klachten, maar na schooltijd nog steeds druk {11}
A: Verbod via de APV dan, artikel 5:11 aanpassen {11}
~
C: Richard, voor Reestpop: de burgemeester wil een strengere eindtijd als ze weer te laat stoppen {3}
A: Kan dat in de vergunning? {3}
C: Ja, met een sanctie: bij overschrijding volgend jaar een uur eerder klaar {3}
A: Goed, zet het voor de evaluatie op papier {3}
~
A: Koningsdag was prachtig, dank jullie
""",
        30,
    ),
    Chat(
        "Grafrechten administratie",
        "dienstverlening",
        "2025-03-03 13:30",
        ["Marloes Kiers", "Tim de Boer"],
        """
A: Tim, kun jij de verlengingen verwerken die binnenkomen na de brieven van de ruming? {10}
B: Hoeveel zijn het er? {10}
A: 51 tot nu toe. Factuur per graf, 10 of 20 jaar {10}
B: Moeten de bordjes dan ook weg? {10}
A: Ja, geef een lijstje aan de buitendienst {10}
~
B: Bezwaar binnen van de heer Dijkhuis, hij zegt dat het grafrecht voor onbepaalde tijd was {10}
A: Uit 1971? Toen kon dat nog. Zoek de akte op {10}
B: Gevonden: onbepaalde tijd inderdaad. Dus van de lijst {10}
A: En een brief met excuses {10}
""",
        14,
    ),
    Chat(
        "Lab uitslagen water",
        "samenleving",
        "2025-04-11 15:50",
        ["Arnold Prins", "Loes Veldkamp"],
        """
B: Meneer Prins, de uitslagen van de Koedijk: legionela pneumophila in 3 monsters {6}
A: Welke punten? {6}
B: Douche heren 2, douche dames 4 en de kraan in de scheidsrechterskamer {6}
A: Hoe hoog? {6}
B: Tot 1.200 kve per liter, grens is 100 {6}
A: Wij sluiten ze vandaag {6}
~
B: Hermonsters na de spoeling: alleen de scheidsrechterskamer nog 300 {6}
A: Die leiding wordt afgedopt {6}
""",
        10,
    ),
    Chat(
        "Strooiroute Nijeveen",
        "openbare_ruimte",
        "2025-01-11 04:10",
        ["Dennis Oosting", "Gert Lubbers"],
        """
A: AUDIO {1}
B: Verstaan, dus de Nijeveense fietspaden eerst en dan het centrum? {1}
A: Ja, want om 7 fietsen de kinderen naar Meppel {1}
B: Prima. Zout genoeg? {1}
A: Halve bak, het redt het {1}
""",
        10,
    ),
    Chat(
        "Privacy-incident W&I",
        "bedrijfsvoering",
        "2025-03-10 11:20",
        ["Gerrit Visscher", "Kirsten Haan"],
        """
A: Kirsten, het nummer van de melding bij de AP is binnen {7}
B: Wat vragen ze nog? {7}
A: Of er versleuteling was en hoeveel mensen {7}
B: Geen versleuteling, 312 personen, 140 ontvangers {7}
A: Ik vul het aan {7}
~
A: AP sluit het dossier, geen onderzoek. Wel het advies de beveiligde mail verplicht te maken {7}
B: Staat al op de planning {7}
""",
        10,
    ),
    Chat(
        "Hercontrole woning",
        "veiligheid",
        "2025-06-24 10:30",
        ["Bart Hofman", "Linda Kok"],
        """
A: Linda, we staan bij 41. Niemand thuis {2}
B: Buren? {2}
A: Mevrouw van 43 zegt dat ze vorige week weg zijn gegaan met de busjes {2}
B: Door het raam? {2}
A: PHOTO "Woonkamer leeg - geen bedden - Kerkweg 41 - 24 juni"
B: Dan is de overtreding beëindigd {2}
A: Rapport maken, dwangsom niet verbeurd {2}
""",
        10,
    ),
    Chat(
        "Team Afvalinzameling",
        "openbare_ruimte",
        "2025-02-03 07:15",
        ["Hans Wolters", "Kim Postma", "Erwin Timmerman"],
        """
A: Morgen, de route van vandaag: GFT in Oosterboer en Berggierslanden
B: De wagen van route 4 heeft een lekke band
A: Reservewagen nemen
C: Ondergrondse container bij de Zuideinde is weer vol
A: Extra lediging inplannen
~
B: Klachten over de nieuwe pasjes voor de containers
A: Hoeveel?
B: 25 mensen met een pas die het niet doet
A: Nieuwe pas via het KCC
~
C: Kerstbomeninzameling 11 januari, de jeugd krijgt 50 cent per boom
A: Wie betaalt dat?
C: Budget afval
~
B: De milieustraat is zaterdag dicht door de storm
A: Op de site zetten
""",
        50,
    ),
    Chat(
        "HR verzuim",
        "bedrijfsvoering",
        "2025-02-20 10:00",
        ["Petra Slomp", "Hilde Jonker"],
        """
A: Hilde, het verzuim van je afdeling is 7,8%, hoger dan vorig jaar
B: Vooral twee langdurig zieken
A: De bedrijfsarts ziet ze volgende week
B: Goed. En de vacature voor de teamleider Zuid?
A: Sluit vrijdag, 14 reacties
""",
        16,
    ),
    Chat(
        "Weekmarkt standplaatsen",
        "dienstverlening",
        "2025-04-02 06:30",
        ["Jan Steenbergen", "Ellen Noorman"],
        """
A: Ellen, de viskraam staat weer op de plek van de kaasboer
B: Ik loop er zo langs
A: En de nieuwe oliebollenkraam wil een vaste plek
B: Eerst de wachtlijst, er zijn er 6 voor
A: Marktgeld van maart nog niet betaald door 3 kramen
B: Aanmaning sturen
~
A: Zaterdagmarkt verhuist in juni tijdelijk naar de Kaai door de kermis
B: Ook parkeren daar opschorten?
A: Ja, de parkeerplaatsen op de Kaai zijn dan afgesloten
""",
        30,
    ),
    Chat(
        "Bomenploeg",
        "openbare_ruimte",
        "2025-02-24 07:30",
        ["Wessel Koops", "Rianne Poel", "Jannes Oldenhof"],
        """
A: Vandaag de essen langs de Steenwijkerstraatweg, essentaksterfte
B: De kapvergunning is er toch?
A: Ja, in januari verleend
C: Moeten we voor de nieuwe bomen een sleuf graven voor de wortels?
A: Ja, met bomengrond, 1 meter diep
~
B: Boom in het Wilhelminapark hangt over de speeltuin
A: Vandaag nog snoeien
~
C: Vogelnesten gecontroleerd, niks gevonden
A: Dan gaan we
""",
        30,
    ),
    Chat(
        "Verkiezingen stembureaus",
        "dienstverlening",
        "2025-09-15 09:00",
        ["Anja Lubberts", "Marloes Kiers"],
        """
A: Marloes, we hebben nog 40 stembureauleden nodig voor oktober
B: Oproep op intranet en in de krant
A: De sporthal Koedijk is ook stembureau dit keer
B: Is die rolstoeltoegankelijk?
A: Ja, met een drempelhulp
~
B: 38 aanmeldingen binnen
A: Nog 2, ik vraag mijn buurvrouw 😄
""",
        30,
    ),
    Chat(
        "Servicedesk printers",
        "bedrijfsvoering",
        "2025-01-21 08:30",
        ["Ronald Pel", "Arjen Mulder"],
        """
A: De printer op 1 lekt toner
B: Monteur gebeld
A: En de scanner van de postkamer scant alles scheef
B: Update gedraaid, nu goed
A: Wachtwoordreset nog 12 open
B: Doe ik na de lunch
""",
        20,
    ),
    Chat(
        "Sportsubsidies",
        "samenleving",
        "2025-05-05 10:00",
        ["Kim Wessels", "Arnold Prins"],
        """
A: Arnold, 21 aanvragen voor de jeugdsportsubsidie
B: Budget 80k, genoeg?
A: Net niet, 86k gevraagd
B: Korten naar rato
A: Olympia vraagt extra voor een nieuwe scorebord in de Koedijk
B: Dat is geen subsidie maar beheer
""",
        20,
    ),
    Chat(
        "Kerstpakket medewerkers",
        "bedrijfsvoering",
        "2025-11-10 12:00",
        ["Petra Slomp", "Joke Mensink"],
        """
A: Joke, de kerstpakketten: dit jaar weer een cadeaukaart of een doos?
B: De OR wil een keuze
A: Dan via een webshop, 75 euro
B: Met ons nieuwe logo op de doos? 😄
A: Haha, dat doet de leverancier gratis
""",
        12,
    ),
    Chat(
        "Bibliotheek verhuizing",
        "samenleving",
        "2025-06-03 09:00",
        ["Ellen Dijkstra", "Rob Kamstra"],
        """
B: Ellen, de verhuizing van de bibliotheek naar het Schiphorstcentrum is 14 juli
A: Hoe lang dicht?
B: 2 weken
A: En de leesclub van de ouderen?
B: Die mag in het wijkcentrum
""",
        14,
    ),
)
