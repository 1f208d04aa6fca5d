"""The THIRD BLIND relevance set (issue 17, round 3): new chats, requests and judgements.

Written as a Woo officer would, after sets 1 and 2 had both been looked at and BEFORE any tuning
of round 3; measured on main first (the "before" column), then once after round 3. Never used
for tuning. Same syntax as blind.py: `{n}` after a line marks the requests it is relevant to,
`~` starts the next day, `PHOTO "text"` is a photo with painted text, `AUDIO` a voice note.
Generated filler is relevant to nothing. Names, places and numbers are made up.

Judging rule (as sets 1 and 2): a message is relevant when a Woo officer would have to include
it to cover the request, also when it does not repeat the subject ("klopt, morgen klaar",
"Hoeveel?"). Lines of a relevant chat about something else carry no tag.
"""

from .build import Chat, Request

REQUESTS = (
    Request(
        1,
        "Invoering van vergunningparkeren in de wijk Haveltermade (2024): peiling onder "
        "bewoners, bezwaren, tarieven.",
        ("vergunningparkeren haveltermade", "parkeervergunning bezwaar", "parkeertarieven"),
    ),
    Request(
        2,
        "Openbare laadpalen: plaatsing, aanbesteding van de laadinfrastructuur en klachten van "
        "inwoners.",
        ("laadpalen", "laadpaal aanbesteding", "klacht laadpaal"),
    ),
    Request(
        3,
        "Asbest in de gymzaal aan het Zuideinde: de vondst, de sluiting en de sanering.",
        ("asbest gymzaal", "sluiting gymzaal", "asbestsanering"),
    ),
    Request(
        4,
        "Huisvesting van arbeidsmigranten op bedrijventerrein Blankenstein (short stay): "
        "vergunning, overlast, handhaving.",
        ("arbeidsmigranten blankenstein", "huisvesting arbeidsmigranten", "short stay overlast"),
    ),
    Request(
        5,
        "Wateroverlast na de hoosbui van 18 juni 2024: meldingen, riolering, schadeclaims van "
        "inwoners.",
        ("wateroverlast", "hoosbui riolering", "schadeclaim water"),
    ),
    Request(
        6,
        "Bezuiniging op de bibliotheek en de sluiting van de vestiging in Nijeveen.",
        ("bibliotheek nijeveen", "bezuiniging bibliotheek", "sluiting bibliotheek"),
    ),
    Request(
        7,
        "De integriteitsmelding over de nevenfuncties van een wethouder en het onderzoek daarnaar.",
        ("integriteitsmelding wethouder", "nevenfuncties wethouder", "integriteitsonderzoek"),
    ),
    Request(
        8,
        "Zonnepark Rogat: omgevingsvergunning, bezwaren van omwonenden, aansluiting op het net.",
        ("zonnepark rogat", "zonnepark bezwaar", "netaansluiting zonnepark"),
    ),
)

CHATS = (
    Chat(
        "Parkeren Haveltermade",
        "openbare_ruimte",
        "2024-01-15 09:10",
        ["Kees Hoekstra", "Mila de Vries", "Jan Jansen"],
        """
A: De uitslag van de parkeerpeiling in Haveltermade is binnen {1}
B: En? {1}
A: 61 procent voor vergunningparkeren, opkomst 44 procent {1}
C: Dat is krap boven de drempel van 60 {1}
B: Genoeg om het voor te leggen aan het college {1}
A: Ik schrijf de nota deze week {1}
C: Heeft iemand de sleutel van de bus?
A: Ligt in het kastje bij de receptie
~
B: Wat wordt het tarief voor een bewonersvergunning? {1}
A: Voorstel is 60 euro per jaar, tweede auto 120 {1}
B: Bezoekers? {1}
A: Bezoekerspas met 40 uur per maand {1}
C: Dan gaan de winkeliers aan de Hoofdstraat klagen over hun personeel {1}
A: Die kunnen een bedrijfsvergunning krijgen {1}
""",
    ),
    Chat(
        "Bezwaren parkeren",
        "bedrijfsvoering",
        "2024-05-06 14:00",
        ["Ingrid Mulder", "Kees Hoekstra"],
        """
A: Er zijn 23 bezwaarschriften binnen tegen het verkeersbesluit voor de parkeerregulering {1}
B: Allemaal uit Haveltermade? {1}
A: 19, de rest uit de straten ernaast die nu de auto's krijgen {1}
B: Het waterbedeffect, dat zagen we aankomen {1}
A: Hoorzitting is op 11 juni {1}
B: Wil jij de commissie vragen of het in één zitting kan? {1}
A: Doe ik {1}
~
A: De commissie adviseert de bezwaren ongegrond te verklaren, op twee na {1}
B: Welke twee? {1}
A: Over de grens van het gebied bij de Eendrachtstraat {1}
""",
    ),
    Chat(
        "Parkeergarage kantoor",
        "bedrijfsvoering",
        "2024-03-04 08:30",
        ["Sanne de Boer", "Jan Jansen"],
        """
A: Vanaf april moeten medewerkers een parkeerkaart hebben voor de garage onder het stadhuis
B: Kost dat iets?
A: Nee, maar je moet hem aanvragen bij Facilitair
B: Top, doe ik vandaag
""",
    ),
    Chat(
        "Laadpalen uitrol",
        "openbare_ruimte",
        "2024-02-12 10:00",
        ["Pieter Bakker", "Roel Visser", "Kees Hoekstra"],
        """
A: De concessie voor de openbare laadinfrastructuur loopt eind dit jaar af {2}
B: Doen we weer mee met de provinciale aanbesteding? {2}
A: Ja, samen met 11 Drentse gemeenten {2}
C: Kunnen we eisen dat de palen ook 's nachts op groene stroom draaien? {2}
A: Staat al in het programma van eisen {2}
B: Hoeveel laadpunten komen er bij? {2}
A: 140 tot 2026, daarna op aanvraag {2}
~
C: Mevrouw van de Wheem belt weer, ze wil een oplaadpunt voor de deur {2}
A: Aanvraag via het formulier, de aanvraag wordt beoordeeld op afstand tot de bestaande palen {2}
C: Zij heeft geen eigen oprit, dus ze komt in aanmerking {2}
A: Prima, zet hem door {2}
""",
    ),
    Chat(
        "Meldingen openbare ruimte",
        "openbare_ruimte",
        "2024-07-01 09:00",
        ["Fatima El Amrani", "Pieter Bakker"],
        """
A: Drie meldingen deze week over auto's die niet laden maar wel op de laadplek staan {2}
B: Waar? {2}
A: Vooral bij de palen aan de Kerkplein en de Zomerdijk {2}
B: Boa's vragen om te bekeuren, het bord geldt alleen tijdens het opladen {2}
A: Ook een klacht over een kabel over de stoep, iemand is gestruikeld {2}
B: Dat mag niet, kabelgoot aanbieden of een brief sturen {2}
A: Verder ligt er een lantaarnpaal om aan de Kaapweg
B: Ik stuur de aannemer
""",
    ),
    Chat(
        "Wagenpark gemeente",
        "bedrijfsvoering",
        "2024-04-22 11:00",
        ["Jan Jansen", "Roel Visser"],
        """
A: De nieuwe dienstauto's zijn elektrisch, laden kan op de werf
B: Ook thuis laden voor piketdienst?
A: Nee, alleen op de werf en bij het stadhuis
B: Duidelijk
""",
    ),
    Chat(
        "Gymzaal Zuideinde",
        "bestuur",
        "2024-09-09 07:50",
        ["Roel Visser", "Sanne de Boer", "Pieter Bakker"],
        """
A: Bij het vervangen van het plafond in de gymzaal aan het Zuideinde is asbest gevonden {3}
B: Hoe erg? {3}
A: Hechtgebonden in de plafondplaten, een paar beschadigd {3}
C: Direct dicht, ik laat een bord ophangen {3}
C: PHOTO "GYMZAAL GESLOTEN WEGENS ASBEST" {3}
B: De scholen moeten vandaag nog weten waar ze heen kunnen {3}
A: Sporthal De Koedijk heeft ruimte op ochtenden {3}
~
B: Het inventarisatierapport is klaar, risicoklasse 2 {3}
A: Hoe lang duurt het? {3}
B: Sanering drie weken, dan een vrijgavemeting {3}
C: Kosten? {3}
B: Rond de 48.000 euro {3}
A: Dat valt onder het onderhoudsbudget vastgoed {3}
""",
    ),
    Chat(
        "Scholen gymrooster",
        "bedrijfsvoering",
        "2024-09-10 12:00",
        ["Mila de Vries", "Sanne de Boer"],
        """
A: De Wegwijzer vraagt tot wanneer de kinderen met de bus naar De Koedijk moeten {3}
B: Tot de herfstvakantie, de sanering is op 7 oktober klaar {3}
A: En de vrijgave? {3}
B: Meting op 8 oktober, als hij goed is gaan we 9 oktober weer open {3}
A: Ik zet het in de brief aan de ouders {3}
B: Dank! {3}
A: Wil je ook de schoolfruit-lijst aanvullen?
""",
    ),
    Chat(
        "Sporthal onderhoud",
        "openbare_ruimte",
        "2024-05-13 10:00",
        ["Pieter Bakker", "Kees Hoekstra"],
        """
A: In de sporthal moeten de douches worden vervangen
B: Voor of na de zomer?
A: In de zomervakantie, dan is er geen gymles
B: Goed
""",
    ),
    Chat(
        "Blankenstein short stay",
        "veiligheid",
        "2024-03-18 16:00",
        ["Fatima El Amrani", "Kees Hoekstra", "Ingrid Mulder"],
        """
A: Het uitzendbureau wil in de oude loods op Blankenstein 120 arbeidsmigranten huisvesten {4}
B: Dat past niet in het bestemmingsplan, het is bedrijventerrein {4}
C: Met een tijdelijke vergunning voor tien jaar kan het wel {4}
A: De brandweer wil eerst het brandveiligheidsplan zien {4}
B: En wie beheert het? {4}
A: Een beheerder 24/7 op het terrein, staat in hun plan {4}
~
C: Omwonenden aan de Blankensteinweg hebben een petitie gestart {4}
B: Hoeveel handtekeningen? {4}
C: Ruim 300 {4}
A: Ik stel een informatieavond voor {4}
""",
    ),
    Chat(
        "Handhaving loods",
        "veiligheid",
        "2024-08-26 22:10",
        ["Fatima El Amrani", "Jan Jansen"],
        """
A: Weer klachten over geluid bij de short stay, feestje tot 2 uur {4}
B: Heeft de beheerder ingegrepen? {4}
A: Niet volgens de melder {4}
B: Dan morgen een controle met de boa's {4}
~
A: Bij de controle bleken er 146 mensen te wonen, vergund zijn er 120 {4}
B: Last onder dwangsom voorbereiden {4}
A: Ik vraag juridische zaken om een vooraankondiging {4}
B: Zet het aantal in het rapport met foto's van de kamers {4}
""",
    ),
    Chat(
        "Hoosbui 18 juni",
        "openbare_ruimte",
        "2024-06-18 17:40",
        ["Pieter Bakker", "Roel Visser", "Kees Hoekstra"],
        """
A: Het KCC heeft al 60 meldingen van ondergelopen kelders en straten {5}
B: Waar vooral? {5}
A: Kolderveen en de oude kern van Nijeveen {5}
C: De gemalen draaien op vol vermogen {5}
A: PHOTO "STRAAT AFGESLOTEN WATEROVERLAST" {5}
B: Zandzakken uitdelen bij de werf {5}
C: Ploeg is onderweg {5}
~
A: 104 mm in twee uur, dat is meer dan de riolering aankan {5}
B: Het stelsel is ontworpen op 20 mm per uur {5}
C: Een paar kolken zaten ook nog vol blad {5}
A: Schrijf dat niet zo in de raadsinformatiebrief {5}
""",
    ),
    Chat(
        "Schadeclaims juni",
        "bedrijfsvoering",
        "2024-07-08 09:30",
        ["Ingrid Mulder", "Roel Visser"],
        """
A: Er zijn 14 aansprakelijkstellingen binnen na het noodweer van 18 juni {5}
B: Allemaal waterschade? {5}
A: Op één na, een omgevallen schutting {5}
B: Doorsturen naar de verzekeraar, die beoordeelt of we aansprakelijk zijn {5}
A: Het gaat om ongeveer 85.000 euro bij elkaar {5}
B: Oké {5}
A: Verder: de jaarrekening is akkoord
""",
    ),
    Chat(
        "Gemalen onderhoud",
        "openbare_ruimte",
        "2024-02-19 10:30",
        ["Kees Hoekstra", "Pieter Bakker"],
        """
A: Het jaarlijks onderhoud van de gemalen staat voor maart gepland
B: Welke eerst?
A: De Hesselingen en het gemaal bij de Reest
B: Prima
""",
    ),
    Chat(
        "Bibliotheek bezuiniging",
        "bestuur",
        "2024-10-01 13:00",
        ["Mila de Vries", "Roel Visser", "Sanne de Boer"],
        """
A: De kadernota vraagt 250.000 euro minder voor de bibliotheek {6}
B: Dan valt de vestiging in Nijeveen om {6}
C: Kan het met een servicepunt in het dorpshuis? {6}
B: De directeur denkt aan een uitleenpunt twee middagen per week {6}
A: Ik vraag of het dorpshuis ruimte heeft {6}
~
C: Er is een petitie voor het behoud, 1.400 handtekeningen {6}
A: Wordt aangeboden in de raad van 24 oktober {6}
B: De wethouder neemt hem in ontvangst {6}
C: AUDIO {6}
A: Heb je de voicememo van de directeur gehoord? {6}
C: Ja, ze wil eerst het gesprek met de vrijwilligers {6}
""",
    ),
    Chat(
        "Dorpshuis Nijeveen",
        "bestuur",
        "2024-11-05 19:00",
        ["Sanne de Boer", "Kees Hoekstra"],
        """
A: Het dorpshuis wil de boekenkast wel hebben, maar geen huur betalen {6}
B: Wat kost het servicepunt per jaar? {6}
A: 18.000 inclusief vrijwilligerscoördinatie {6}
B: Dat past in wat overblijft {6}
A: Het bord bij de kerk moet ook gerepareerd worden
B: Geef ik door
""",
    ),
    Chat(
        "Integriteit wethouder",
        "bestuur",
        "2024-04-08 20:15",
        ["Roel Visser", "Ingrid Mulder"],
        """
A: Er is een melding binnengekomen over een wethouder die een nevenfunctie niet heeft opgegeven {7}
B: Bij wie? {7}
A: Bij de burgemeester, anoniem per brief {7}
B: Welke functie? {7}
A: Commissaris bij een bouwbedrijf dat meedingt naar de opdracht voor de nieuwe school {7}
B: Dat moet extern onderzocht worden {7}
A: De burgemeester belt morgen een extern bureau {7}
~
B: Het bureau kan volgende week beginnen {7}
A: Vertrouwelijk houden tot het rapport er is {7}
B: Natuurlijk {7}
""",
    ),
    Chat(
        "Presidium",
        "bestuur",
        "2024-06-10 16:30",
        ["Ingrid Mulder", "Mila de Vries"],
        """
A: Het rapport van het integriteitsonderzoek is klaar {7}
B: Conclusie? {7}
A: De nevenfunctie had gemeld moeten worden, maar er is geen belangenverstrengeling vastgesteld {7}
B: Gaat het openbaar? {7}
A: Na bespreking in het presidium, samenvatting met het college {7}
B: En de wethouder? {7}
A: Blijft, heeft excuses aangeboden in de raad {7}
""",
    ),
    Chat(
        "Zonnepark Rogat",
        "openbare_ruimte",
        "2024-02-26 11:00",
        ["Kees Hoekstra", "Pieter Bakker", "Mila de Vries"],
        """
A: De initiatiefnemer van het zonnepark bij Rogat heeft de aanvraag omgevingsvergunning ingediend {8}
B: Hoe groot? {8}
A: 24 hectare, 38.000 panelen {8}
C: Er ligt een afspraak over 50 procent lokaal eigendom {8}
A: De coöperatie doet mee {8}
~
B: Enexis zegt dat er tot 2028 geen transportcapaciteit is {8}
C: Dus geen aansluiting? {8}
B: Alleen met een batterij en beperkt terugleveren {8}
A: Dat moet de initiatiefnemer zelf regelen {8}
""",
    ),
    Chat(
        "Zienswijzen zonnevelden",
        "bestuur",
        "2024-05-27 14:00",
        ["Mila de Vries", "Jan Jansen"],
        """
A: Er zijn 31 zienswijzen op het ontwerpbesluit voor de zonneweide aan de Rogatweg {8}
B: Waar gaan ze over? {8}
A: Zicht vanaf de dijk, waardedaling, en de groenstrook {8}
B: De groenstrook wordt 10 meter breder, dat is toegezegd {8}
A: Ook de Vogelwacht heeft gereageerd {8}
B: Over de weidevogels? {8}
A: Ja {8}
""",
    ),
    Chat(
        "Zonnepanelen stadhuis",
        "bedrijfsvoering",
        "2024-09-23 09:00",
        ["Jan Jansen", "Sanne de Boer"],
        """
A: Het dak van het stadhuis krijgt zonnepanelen, de installateur komt in oktober
B: Moet de hijskraan op de Markt staan?
A: Twee dagen, ik vraag een ontheffing aan
B: Succes
""",
    ),
    Chat(
        "Raadsvragen divers",
        "bestuur",
        "2024-07-15 10:00",
        ["Roel Visser", "Mila de Vries"],
        """
A: Er zijn schriftelijke vragen van de fractie over de bibliotheek in Nijeveen {6}
B: Wat willen ze weten? {6}
A: Of het servicepunt dezelfde openingstijden krijgt {6}
B: Nee, twee middagen, dat zeggen we eerlijk {6}
A: En vragen over de jaarmarkt, die doet economische zaken
B: Prima
""",
    ),
)
