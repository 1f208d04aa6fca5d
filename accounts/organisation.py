"""The municipality's departments (afdelingen), used by submissions, zaken and the Woo search."""

AFDELINGEN = (
    ("bestuur", "Bestuur en directie"),
    ("dienstverlening", "Dienstverlening"),
    ("ruimte", "Ruimte en leefomgeving"),
    ("samenleving", "Samenleving (sociaal domein)"),
    ("bedrijfsvoering", "Bedrijfsvoering"),
    ("openbare_ruimte", "Beheer openbare ruimte"),
    ("veiligheid", "Veiligheid en handhaving"),
    ("anders", "Anders"),
)
