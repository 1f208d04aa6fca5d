from django.apps import AppConfig


class WooConfig(AppConfig):
    name = "woo"
    verbose_name = "Woo-verzoeken"

    def ready(self):
        # Imported here: models and receivers can only be imported once the app registry is ready.
        from django.db.models.signals import post_save, pre_delete

        from chats.models import Submission
        from chats.signals import submission_archived

        from .legal_hold import refuse_delete_on_hold
        from .receivers import on_submission_archived, on_zaak_saved

        submission_archived.connect(on_submission_archived, dispatch_uid="woo.index_on_archive")
        pre_delete.connect(refuse_delete_on_hold, sender=Submission, dispatch_uid="woo.legal_hold")
        post_save.connect(on_zaak_saved, sender="zaken.Zaak", dispatch_uid="woo.zaak_columns")
