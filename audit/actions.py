"""The audit events as data: each code with the Dutch label people read in the admin.

Codes are English, `<entity>.<past_tense_verb>`, with the municipality's domain nouns where they
are the entity (zaak, woo_verzoek). Rows written before these codes existed keep their old code
(the log is append-only); LEGACY_LABELS gives those a Dutch label too and LEGACY_SUCCESSORS says
which event replaced them, so the admin filter finds old and new rows together.
"""

from django.db import models


class AuditAction(models.TextChoices):
    # Intake and processing
    SUBMISSION_RECEIVED = "submission.received", "Inzending ontvangen"
    UPLOAD_REFUSED = "upload.refused", "Upload geweigerd"
    SUBMISSION_PROCESSED = "submission.processed", "Inzending verwerkt"
    SUBMISSION_PROCESSING_FAILED = "submission.processing_failed", "Verwerking mislukt"
    SUBMISSION_RETRIED = "submission.retried", "Verwerking opnieuw gestart"
    # Review by Informatiebeheer
    SUBMISSION_VIEWED = "submission.viewed", "Inzending bekeken"
    REDACTION_ADDED = "redaction.added", "Weglakking toegevoegd"
    REDACTION_TOGGLED = "redaction.toggled", "Weglakking aan- of uitgezet"
    IMAGE_AREA_ADDED = "image_area.added", "Gebied in een afbeelding weggelakt"
    IMAGE_AREA_REMOVED = "image_area.removed", "Weggelakt gebied in een afbeelding ongedaan gemaakt"
    SUBMISSION_SELECTION_CHANGED = (
        "submission.selection_changed",
        "Selectie van berichten gewijzigd",
    )
    SUBMISSION_DATE_ORDER_CONFIRMED = (
        "submission.date_order_confirmed",
        "Datumvolgorde bevestigd",
    )
    MEDIA_RELEASED = "media.released", "Bijlage vrijgegeven voor Woo en archiefstuk"
    MEDIA_WITHHELD = "media.withheld", "Bijlage achtergehouden voor Woo en archiefstuk"
    MEDIA_PASSAGE_MARK_CLEARED = (
        "media.passage_mark_cleared",
        "Met de hand weggelakte tekst niet meer leesbaar in het bestand van een bijlage",
    )
    SUBMISSION_SUBMITTER_SET = (
        "submission.submitter_set",
        "Indiener aangewezen onder de deelnemers van een gesprek",
    )
    SUBMISSION_FREE_TEXT_CHANGED = (
        "submission.free_text_changed",
        "Geanonimiseerd onderwerp of omschrijving gewijzigd",
    )
    SUBMISSION_ARCHIVED = "submission.archived", "Inzending gearchiveerd"
    SUBMISSION_REJECTED = "submission.rejected", "Inzending afgewezen"
    SUBMISSION_RETURNED = "submission.returned", "Teruggestuurd naar indiener"
    SUBMISSION_ANSWERED = "submission.answered", "Vraag beantwoord door indiener"
    SUBMISSION_ASSIGNED = "submission.assigned", "Inzending toegewezen"
    SUBMISSION_WITHDRAWN = "submission.withdrawn", "Inzending ingetrokken door indiener"
    # Completing the archive (worker)
    RENDITION_CREATED = "rendition.created", "Archiefstuk (PDF) gemaakt"
    RENDITION_FAILED = "rendition.failed", "Archiefstuk (PDF) mislukt"
    RENDITION_RETRIED = "rendition.retried", "Archiefstuk (PDF) opnieuw gestart"
    ORIGINALS_PURGED = "originals.purged", "Originele bestanden verwijderd"
    SUBMISSION_REDACTED_AGAIN = (
        "submission.redacted_again",
        "Opnieuw nagelopen op persoonsgegevens die pas uit de samenhang van berichten blijken",
    )
    # Keeping what is stored intact
    FIXITY_CHECKED = "fixity.checked", "Controlesommen nagelopen"
    FIXITY_FAILED = "fixity.failed", "Bestand ontbreekt of is veranderd"
    BACKUP_CREATED = "backup.created", "Reservekopie gemaakt"
    BACKUP_RESTORED = "backup.restored", "Reservekopie teruggezet"
    # Signing on and off
    USER_LOGGED_IN = "user.logged_in", "Ingelogd"
    USER_LOGIN_FAILED = "user.login_failed", "Inloggen mislukt"
    USER_LOGGED_OUT = "user.logged_out", "Uitgelogd"
    USER_LOCKED_OUT = "user.locked_out", "Inloggen geblokkeerd na te veel mislukte pogingen"
    SSO_HEADER_REFUSED = "sso_header.refused", "Aanmelding via SSO-kop geweigerd"
    SESSION_SWITCHED = "session.switched", "Sessie overgenomen door andere gebruiker (SSO)"
    OTP_DEVICE_CONFIRMED = "otp_device.confirmed", "Tweestapsverificatie ingesteld"
    OTP_VERIFIED = "otp.verified", "Tweede stap (verificatiecode) geslaagd"
    OTP_FAILED = "otp.failed", "Verkeerde verificatiecode"
    # Who may do what: roles, groups, permissions, staff, superuser, active
    USER_CREATED = "user.created", "Gebruiker aangemaakt door beheer"
    USER_CREATED_SSO = (
        "user.created_sso",
        "Gebruiker aangemaakt bij eerste aanmelding via de identiteitsprovider",
    )
    USER_ACCESS_CHANGED = (
        "user_access.changed",
        "Rollen of rechten van gebruiker gewijzigd",
    )
    USER_ACCESS_REFUSED = (
        "user_access.refused",
        "Wijziging van rollen of rechten geweigerd (functiescheiding)",
    )
    GROUP_PERMISSIONS_CHANGED = "group_permissions.changed", "Rechten van groep gewijzigd"
    DECISION_REFUSED = "decision.refused", "Besluit geweigerd (functiescheiding)"
    USER_PASSWORD_SET = "user_password.set", "Wachtwoord van gebruiker ingesteld door beheer"
    # The municipality's own contact data, kept readable in every chat (Beheer's list)
    ORGANISATION_CONTACT_CREATED = (
        "organisation_contact.created",
        "Contactgegeven van de gemeente toegevoegd",
    )
    ORGANISATION_CONTACT_CHANGED = (
        "organisation_contact.changed",
        "Contactgegeven van de gemeente gewijzigd",
    )
    ORGANISATION_CONTACT_DELETED = (
        "organisation_contact.deleted",
        "Contactgegeven van de gemeente verwijderd",
    )
    # Reading stored files
    MEDIA_DOWNLOADED = "media.downloaded", "Bijlage bekeken of gedownload"
    # Zaken
    ZAAK_CREATED = "zaak.created", "Zaak aangemaakt"
    ZAAK_CHANGED = "zaak.changed", "Zaak gewijzigd"
    ZAAK_RETENTION_OVERRIDDEN = (
        "zaak.retention_overridden",
        "Zaak: afwijkende bewaartermijn of brondatum",
    )
    # Woo
    WOO_ARCHIVE_SEARCHED = "woo_archive.searched", "Woo: archief doorzocht"
    WOO_RECORD_VIEWED = "woo_record.viewed", "Woo: archiefstuk bekeken"
    WOO_NOTICE_SENT = "woo_notice.sent", "Woo: persoonsgegeven gemeld"
    WOO_VERZOEK_CREATED = "woo_verzoek.created", "Woo-verzoek aangemaakt"
    WOO_VERZOEK_CLOSED = "woo_verzoek.closed", "Woo-verzoek afgehandeld"
    WOO_VERZOEK_CHANGED = "woo_verzoek.changed", "Woo-verzoek: gegevens gewijzigd"
    WOO_SELECTIE_ADDED = "woo_selectie.added", "Woo: aan verzoek toegevoegd"
    WOO_SELECTIE_REMOVED = "woo_selectie.removed", "Woo: uit verzoek gehaald"
    WOO_VERZOEK_EXPORTED = "woo_verzoek.exported", "Woo-verzoek geëxporteerd"
    WOO_VERZOEK_EXPORT_FAILED = "woo_verzoek.export_failed", "Woo-verzoek: export mislukt"
    WOO_VERZOEK_REFUSED = (
        "woo_verzoek.refused",
        "Woo-verzoek: export of afhandeling geweigerd (niet alles beoordeeld)",
    )
    WOO_DOCUMENT_ASSESSED = "woo_document.assessed", "Woo: document beoordeeld"
    WOO_PASSAGE_CHANGED = "woo_passage.changed", "Woo: passage weggelakt of grond gewijzigd"
    WOO_VERZOEK_TERM_CHANGED = (
        "woo_verzoek.term_changed",
        "Woo-verzoek: beslistermijn verdaagd of opgeschort",
    )
    WOO_LEGAL_HOLD_CHANGED = "woo_verzoek.hold_changed", "Woo-verzoek: bewaarplicht gewijzigd"
    WOO_SYNONIEMGROEP_CREATED = "woo_synoniemgroep.created", "Woo: synoniemen toegevoegd"
    WOO_SYNONIEMGROEP_CHANGED = "woo_synoniemgroep.changed", "Woo: synoniemen gewijzigd"
    WOO_SYNONIEMGROEP_DELETED = "woo_synoniemgroep.deleted", "Woo: synoniemen verwijderd"


# Every code written before audit.events existed, with its Dutch label.
LEGACY_LABELS: dict[str, str] = {
    "inzending.ontvangen": "Inzending ontvangen",
    "inzending.geweigerd": "Upload geweigerd",
    "inzending.verwerkt": "Inzending verwerkt",
    "inzending.mislukt": "Verwerking mislukt",
    "inzending.opnieuw_verwerken": "Verwerking opnieuw gestart",
    "inzending.bekeken": "Inzending bekeken",
    "weglating.toegevoegd": "Weglakking toegevoegd",
    "weglating.aangezet": "Weglakking weer aangezet",
    "weglating.ongedaan": "Weglakking ongedaan gemaakt",
    "inzending.selectie_gewijzigd": "Selectie van berichten gewijzigd",
    "inzending.datumvolgorde_bevestigd": "Datumvolgorde bevestigd",
    "inzending.gearchiveerd": "Inzending gearchiveerd",
    "inzending.afgewezen": "Inzending afgewezen",
    "inzending.terug_naar_indiener": "Teruggestuurd naar indiener",
    # Also written for a failed rendition (result not "ok"): the result column tells them apart.
    "inzending.archiefstuk_gemaakt": "Archiefstuk (PDF) gemaakt of mislukt",
    "inzending.archiefstuk_opnieuw": "Archiefstuk (PDF) opnieuw gestart",
    "inzending.originelen_verwijderd": "Originele bestanden verwijderd",
    "zaak.aangemaakt": "Zaak aangemaakt",
    "zaak.gewijzigd": "Zaak gewijzigd",
    "zaak.archieftermijn_afwijking": "Zaak: afwijkende bewaartermijn of brondatum",
    "woo.search": "Woo: archief doorzocht",
    "woo.record_view": "Woo: archiefstuk bekeken",
    "woo.verzoek_create": "Woo-verzoek aangemaakt",
    "woo.verzoek_close": "Woo-verzoek afgehandeld",
    "woo.selectie_add": "Woo: aan verzoek toegevoegd",
    "woo.selectie_remove": "Woo: uit verzoek gehaald",
    "woo.selectie_decide": "Woo: besluit vastgelegd",
    # Also written for a failed PDF export (result "mislukt").
    "woo.export_pdf": "Woo-verzoek geëxporteerd (PDF)",
    "woo.export_csv": "Woo-verzoek geëxporteerd (inventarislijst)",
    # Before judgements per document: one typed decision per selected record or message.
    "woo_selectie.decided": "Woo: besluit vastgelegd (per selectie)",
}

# Which event replaced each legacy code (for the admin filter; failures share their success code).
LEGACY_SUCCESSORS: dict[str, AuditAction] = {
    "inzending.ontvangen": AuditAction.SUBMISSION_RECEIVED,
    "inzending.geweigerd": AuditAction.UPLOAD_REFUSED,
    "inzending.verwerkt": AuditAction.SUBMISSION_PROCESSED,
    "inzending.mislukt": AuditAction.SUBMISSION_PROCESSING_FAILED,
    "inzending.opnieuw_verwerken": AuditAction.SUBMISSION_RETRIED,
    "inzending.bekeken": AuditAction.SUBMISSION_VIEWED,
    "weglating.toegevoegd": AuditAction.REDACTION_ADDED,
    "weglating.aangezet": AuditAction.REDACTION_TOGGLED,
    "weglating.ongedaan": AuditAction.REDACTION_TOGGLED,
    "inzending.selectie_gewijzigd": AuditAction.SUBMISSION_SELECTION_CHANGED,
    "inzending.datumvolgorde_bevestigd": AuditAction.SUBMISSION_DATE_ORDER_CONFIRMED,
    "inzending.gearchiveerd": AuditAction.SUBMISSION_ARCHIVED,
    "inzending.afgewezen": AuditAction.SUBMISSION_REJECTED,
    "inzending.terug_naar_indiener": AuditAction.SUBMISSION_RETURNED,
    "inzending.archiefstuk_gemaakt": AuditAction.RENDITION_CREATED,
    "inzending.archiefstuk_opnieuw": AuditAction.RENDITION_RETRIED,
    "inzending.originelen_verwijderd": AuditAction.ORIGINALS_PURGED,
    "zaak.aangemaakt": AuditAction.ZAAK_CREATED,
    "zaak.gewijzigd": AuditAction.ZAAK_CHANGED,
    "zaak.archieftermijn_afwijking": AuditAction.ZAAK_RETENTION_OVERRIDDEN,
    "woo.search": AuditAction.WOO_ARCHIVE_SEARCHED,
    "woo.record_view": AuditAction.WOO_RECORD_VIEWED,
    "woo.verzoek_create": AuditAction.WOO_VERZOEK_CREATED,
    "woo.verzoek_close": AuditAction.WOO_VERZOEK_CLOSED,
    "woo.selectie_add": AuditAction.WOO_SELECTIE_ADDED,
    "woo.selectie_remove": AuditAction.WOO_SELECTIE_REMOVED,
    "woo.selectie_decide": AuditAction.WOO_DOCUMENT_ASSESSED,
    "woo.export_pdf": AuditAction.WOO_VERZOEK_EXPORTED,
    "woo.export_csv": AuditAction.WOO_VERZOEK_EXPORTED,
    "woo_selectie.decided": AuditAction.WOO_DOCUMENT_ASSESSED,
}


def action_label(code: str) -> str:
    """The Dutch label of an audit code, old or new; an unknown code is shown as it is."""
    if code in AuditAction.values:
        return AuditAction(code).label
    return LEGACY_LABELS.get(code, code)


def codes_for(action: AuditAction) -> list[str]:
    """The code of `action` and every legacy code it replaced."""
    return [action.value, *(old for old, new in LEGACY_SUCCESSORS.items() if new == action)]
