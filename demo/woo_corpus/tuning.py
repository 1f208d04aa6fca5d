"""The TUNING relevance set: other chats and requests than the blind set, used to tune search.

Same syntax as blind.py. Tuning decisions are made on this set only; the blind set is measured
before and after, never looked at while tuning.
"""

from .build import Chat, Request

REQUESTS = (
    Request(
        1,
        "Rioolvervanging en wateroverlast in de wijk Haveltermade (2024).",
        ("rioolvervanging haveltermade", "wateroverlast riool", "riolering werkzaamheden"),
    ),
    Request(
        2,
        "Handhaving op parkeren van vrachtwagens in woonwijken (vrachtwagenparkeren).",
        ("vrachtwagens parkeren", "parkeerverbod vrachtwagen", "handhaving parkeren woonwijk"),
    ),
    Request(
        3,
        "Aanleg van de nieuwe fietsbrug over de Drentsche Hoofdvaart: kosten en vertraging.",
        ("fietsbrug kosten", "brug hoofdvaart vertraging", "fietsbrug aanbesteding"),
    ),
    Request(
        4,
        "Opvang van Oekraïense ontheemden in het voormalige kantoor aan de Leonard Springerlaan (LSL).",
        ("opvang oekraïners", "ontheemden opvanglocatie", "LSL opvang"),
    ),
    Request(
        5,
        "Klachten en besluiten over de ondergrondse afvalcontainers (verzamelcontainers).",
        ("afvalcontainers klachten", "ondergrondse container", "verzamelcontainer besluit"),
    ),
)

CHATS = (
    Chat(
        "Riool Haveltermade",
        "openbare_ruimte",
        "2024-04-02 07:30",
        ["Pieter Bakker", "Kees Hoekstra"],
        """
A: Maandag start de rioolvervanging in Haveltermade {1}
B: Hoeveel straten? {1}
A: Vier, eerst de Ganzeweide {1}
B: Bewonersbrief is verstuurd {1}
~
A: Ploeg zit al op de tweede straat, loopt voor op schema {1}
B: Er lekt een oude huisaansluiting, nummer 12 staat blank in de kelder {1}
A: PHOTO "WERK IN UITVOERING RIOLERING HAVELTERMADE" {1}
""",
    ),
    Chat(
        "Wateroverlast juni",
        "openbare_ruimte",
        "2024-06-18 16:00",
        ["Kees Hoekstra", "Sanne de Boer"],
        """
A: Na de hoosbui staan de straten in Haveltermade onder water {1}
B: Het nieuwe stelsel is nog niet aangesloten {1}
A: Pompen staan bij de Ganzeweide {1}
B: AUDIO {1}
""",
    ),
    Chat(
        "Vrachtwagens Oosterboer",
        "veiligheid",
        "2024-03-05 10:00",
        ["Fatima El Amrani", "Jan Jansen"],
        """
A: Weer klachten over vrachtwagens die 's nachts in de wijk geparkeerd staan {2}
B: De APV verbiedt parkeren van voertuigen boven 3,5 ton {2}
A: Boa's gaan deze week twee nachten controleren {2}
~
B: Drie bekeuringen uitgeschreven aan de Zomerdijk {2}
A: Een chauffeur zegt dat er geen truckparking in de buurt is {2}
""",
    ),
    Chat(
        "Truckparking",
        "ruimte",
        "2024-05-10 11:00",
        ["Ingrid Mulder", "Jan Jansen"],
        """
A: Onderzoek naar een truckparking op bedrijventerrein Noord {2}
B: Dan kan de handhaving in de woonwijken strenger {2}
A: Plan gaat naar het college in september {2}
""",
    ),
    Chat(
        "Fietsbrug bouw",
        "ruimte",
        "2024-02-12 09:00",
        ["Ingrid Mulder", "Roel Visser"],
        """
A: De fietsbrug over de Hoofdvaart loopt drie maanden vertraging op {3}
B: Oorzaak? {3}
A: Stikstofberekening moest over en de staalleverancier is laat {3}
B: Wat doet dat met de kosten? {3}
A: 220.000 hoger, de aannemer claimt de stagnatie {3}
""",
    ),
    Chat(
        "Brug raadsinformatie",
        "bestuur",
        "2024-03-01 14:00",
        ["Roel Visser", "Mila de Vries"],
        """
A: De raad wil een update over de brug {3}
B: Ik maak een raadsinformatiebrief over planning en budget {3}
A: Meld ook de nieuwe opleverdatum, oktober {3}
""",
    ),
    Chat(
        "Opvang Oekraine",
        "samenleving",
        "2024-01-22 09:00",
        ["Mila de Vries", "Sanne de Boer", "Jan Jansen"],
        """
A: Het COA vraagt 60 extra plekken voor Oekraïners {4}
B: Het kantoorpand aan de Leonard Springerlaan staat leeg {4}
C: Brandveiligheid moet nog worden gecheckt {4}
A: Als dat goed is kan de LSL per 1 maart open {4}
~
B: De eerste 24 ontheemden zijn aangekomen {4}
C: Vrijwilligers regelen de taalles {4}
""",
    ),
    Chat(
        "Afvalcontainers wijk",
        "openbare_ruimte",
        "2024-07-08 08:00",
        ["Pieter Bakker", "Fatima El Amrani"],
        """
A: Veel meldingen van bijplaatsingen naast de ondergrondse containers {5}
B: De container aan de Kerkstraat zit vaak vol {5}
A: Legen we twee keer per week {5}
B: Het college besluit over extra verzamelcontainers in het centrum {5}
A: PHOTO "NIETS NAAST DE CONTAINER ZETTEN" {5}
""",
    ),
    Chat(
        "Rooster buitendienst",
        "openbare_ruimte",
        "2024-08-05 07:00",
        ["Pieter Bakker", "Kees Hoekstra"],
        """
A: Vakantierooster is rond
B: Wie doet de maaiploeg?
A: Kees en zijn team
""",
    ),
    Chat(
        "Parkeervergunningen centrum",
        "bedrijfsvoering",
        "2024-09-02 10:00",
        ["Jan Jansen", "Sanne de Boer"],
        """
A: De parkeervergunningen voor bewoners gaan omhoog
B: Met hoeveel?
A: 10 procent, besluit van de raad
""",
    ),
)
