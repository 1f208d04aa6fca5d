"""Append-only audit log: who did what to which object, when and from where. Never chat text."""

import json

from django.conf import settings
from django.db import connections, models, router, transaction
from django.db.models.signals import post_save, pre_save
from django.utils import timezone

from .actions import action_label
from .chain import ADVISORY_LOCK_KEY, GENESIS_HASH, lock_chain, row_digest


class AuditEventQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise PermissionError("Het auditlog kan niet worden gewijzigd.")

    def delete(self):
        raise PermissionError("Het auditlog kan niet worden gewijzigd.")


class AuditEvent(models.Model):
    """One entry of the audit log; rows are only ever inserted."""

    at = models.DateTimeField("tijdstip", default=timezone.now, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="wie",
    )
    actor_name = models.CharField("gebruikersnaam", max_length=150, blank=True)
    action = models.CharField("wat", max_length=60, db_index=True)
    object_type = models.CharField("soort object", max_length=60, blank=True)
    object_id = models.CharField("object", max_length=60, blank=True, db_index=True)
    result = models.CharField("resultaat", max_length=30, default="ok")
    remote_addr = models.GenericIPAddressField("vanaf (IP-adres)", null=True, blank=True)
    detail = models.JSONField(
        "details", default=dict, blank=True, help_text="Ids en aantallen; nooit chattekst."
    )
    previous_hash = models.CharField(
        "hash van de vorige regel", max_length=64, blank=True, editable=False
    )
    row_hash = models.CharField("hash van deze regel", max_length=64, blank=True, editable=False)

    objects = AuditEventQuerySet.as_manager()
    _insert_sql: str | None = None  # _insert_plain's statement, made once

    class Meta:
        verbose_name = "auditregel"
        verbose_name_plural = "auditlog"
        ordering = ["-at", "-pk"]

    def __str__(self):
        return f"{timezone.localtime(self.at):%Y-%m-%d %H:%M} {self.actor_name or '-'} {self.label}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise PermissionError("Het auditlog kan niet worden gewijzigd.")
        using = kwargs.get("using") or router.db_for_write(type(self), instance=self)
        # What is hashed must be what the database gives back: JSON round-trip the detail.
        self.detail = json.loads(json.dumps(self.detail or {}))
        with transaction.atomic(using=using):
            previous = self._locked_last_hash(using)
            self.previous_hash = previous if previous is not None else GENESIS_HASH
            self.row_hash = row_digest(self, self.previous_hash)
            if args or set(kwargs) - {"using"} or not self._insert_plain(using):
                super().save(*args, **kwargs)

    @classmethod
    def append_many(cls, events: list["AuditEvent"]) -> list["AuditEvent"]:
        """Insert new rows in list order as one INSERT, chained as `save()` chains each: the
        chain is locked and its last hash read once (a bulk action writes hundreds of rows)."""
        if not events:
            return []
        using = router.db_for_write(cls)
        with transaction.atomic(using=using):
            previous = events[0]._locked_last_hash(using)
            previous = previous if previous is not None else GENESIS_HASH
            for event in events:
                if event.pk is not None:
                    raise PermissionError("Het auditlog kan niet worden gewijzigd.")
                event.detail = json.loads(json.dumps(event.detail or {}))
                event.previous_hash = previous
                event.row_hash = previous = row_digest(event, previous)
            # One INSERT gives the rows ascending ids in list order: the order the chain follows.
            return cls.objects.using(using).bulk_create(events)

    def _insert_plain(self, using: str) -> bool:
        """The row's INSERT as one plain statement on PostgreSQL (every search of the Woo pages
        appends a row: building the ORM's INSERT cost more CPU than PostgreSQL spent on it).
        Each column's value is what the ORM's INSERT would send (the field's get_db_prep_save),
        the id comes back with RETURNING. False (the caller saves through the ORM) on another
        database, or when a pre_save or post_save receiver listens for audit rows."""
        connection = connections[using]
        if connection.vendor != "postgresql":
            return False
        cls = type(self)
        if pre_save.has_listeners(cls) or post_save.has_listeners(cls):
            return False
        fields = [field for field in cls._meta.concrete_fields if not field.primary_key]
        values = [
            field.get_db_prep_save(field.pre_save(self, True), connection) for field in fields
        ]
        if cls._insert_sql is None:
            quote = connection.ops.quote_name
            cls._insert_sql = (
                f"INSERT INTO {quote(cls._meta.db_table)} "
                f"({', '.join(quote(field.column) for field in fields)}) "
                f"VALUES ({', '.join(['%s'] * len(fields))}) "
                f"RETURNING {quote(cls._meta.pk.column)}"
            )
        with connection.cursor() as cursor:
            cursor.execute(cls._insert_sql, values)
            self.pk = cursor.fetchone()[0]
        self._state.adding = False
        self._state.db = using
        return True

    def _locked_last_hash(self, using: str) -> str | None:
        """The last row's hash, read with the chain locked until the transaction ends
        (lock_chain). On PostgreSQL the lock and the read go as one string, one round trip:
        every search of the Woo pages appends a row."""
        connection = connections[using]
        if connection.vendor != "postgresql":
            lock_chain(connection)
            return (
                type(self)
                .objects.using(using)
                .order_by("-pk")
                .values_list("row_hash", flat=True)
                .first()
            )
        table = connection.ops.quote_name(self._meta.db_table)
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT pg_advisory_xact_lock(%s); "
                f"SELECT row_hash FROM {table} ORDER BY id DESC LIMIT 1",
                [ADVISORY_LOCK_KEY],
            )
            row = cursor.fetchone()
        return row[0] if row else None

    def delete(self, *args, **kwargs):
        raise PermissionError("Het auditlog kan niet worden gewijzigd.")

    @property
    def label(self) -> str:
        """What happened, in Dutch, for old and new codes alike."""
        return action_label(self.action)
