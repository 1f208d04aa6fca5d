from django.apps import AppConfig


class WooConfig(AppConfig):
    name = "woo"
    verbose_name = "Woo-verzoeken"

    def ready(self):
        # Imported here: models and receivers can only be imported once the app registry is ready.
        from django.db.models.signals import post_save, pre_delete

        from audit.signals import object_names, object_numbers
        from chats.models import Submission
        from chats.signals import legal_holds, record_notices, record_redacted, submission_archived
        from zaken.signals import zaak_notices

        from . import legal_hold
        from .checks import check_search_locale  # noqa: F401  (registers the database check)
        from .receivers import (
            on_media_saved,
            on_record_redacted,
            on_submission_archived,
            on_submission_saved,
            on_zaak_saved,
            verzoek_names,
            verzoek_numbered,
        )

        submission_archived.connect(on_submission_archived, dispatch_uid="woo.index_on_archive")
        record_redacted.connect(on_record_redacted, dispatch_uid="woo.index_on_redacted")
        pre_delete.connect(
            legal_hold.refuse_delete_on_hold, sender=Submission, dispatch_uid="woo.legal_hold"
        )
        post_save.connect(on_zaak_saved, sender="zaken.Zaak", dispatch_uid="woo.zaak_columns")
        post_save.connect(
            on_submission_saved, sender=Submission, dispatch_uid="woo.subject_on_save"
        )
        post_save.connect(
            on_media_saved, sender="chats.MediaItem", dispatch_uid="woo.media_release"
        )
        # Legal hold shown where Informatiebeheer works: chats and zaken ask through a signal,
        # because they may not import woo (see docs/ARCHITECTURE.md).
        record_notices.connect(
            legal_hold.hold_notices_for_submission, dispatch_uid="woo.hold_on_record"
        )
        zaak_notices.connect(legal_hold.hold_notices_for_zaak, dispatch_uid="woo.hold_on_zaak")
        # The nightly purge of originals (and destruction) skips what a Woo request holds.
        legal_holds.connect(legal_hold.held_ids_for_purge, dispatch_uid="woo.hold_purge")
        # The audit log is searched by a request's number, which audit does not know.
        object_numbers.connect(verzoek_numbered, dispatch_uid="woo.audit_number")
        # ... and shows a request by that number.
        object_names.connect(verzoek_names, dispatch_uid="woo.audit_name")
