"""Verifying the hash chain of the audit log (`manage.py audit_verify`, restore verification)."""

from __future__ import annotations

from dataclasses import dataclass

from .chain import GENESIS_HASH, row_digest
from .models import AuditEvent


@dataclass(frozen=True)
class ChainReport:
    """The outcome of one verification; `problem` is Dutch and names the first broken link."""

    rows: int
    broken_id: int | None = None
    problem: str = ""

    @property
    def ok(self) -> bool:
        return self.broken_id is None


def verify_chain(*, using: str = "default") -> ChainReport:
    """Recompute the chain in primary-key order and stop at the first broken link.

    A changed row shows as its own hash not matching its content; a deleted row as the next row
    not pointing at the row before it. Removing the newest rows leaves no broken link: the row
    counts of a backup's manifest cover that.
    """
    expected_previous = GENESIS_HASH
    rows = 0
    events = AuditEvent.objects.using(using).order_by("pk")
    for event in events.iterator(chunk_size=2000):
        if event.previous_hash != expected_previous:
            return ChainReport(
                rows=rows,
                broken_id=event.pk,
                problem=(
                    f"Auditregel {event.pk}: de verwijzing naar de vorige regel klopt niet "
                    f"(verwacht {expected_previous[:12]}…, gevonden "
                    f"{(event.previous_hash or '(leeg)')[:12]}…); een eerdere regel is "
                    "verwijderd of gewijzigd."
                ),
            )
        actual = row_digest(event, event.previous_hash)
        if event.row_hash != actual:
            return ChainReport(
                rows=rows,
                broken_id=event.pk,
                problem=(
                    f"Auditregel {event.pk}: de inhoud past niet bij de opgeslagen hash "
                    f"(opgeslagen {(event.row_hash or '(leeg)')[:12]}…, berekend "
                    f"{actual[:12]}…); de regel is gewijzigd."
                ),
            )
        rows += 1
        expected_previous = event.row_hash
    return ChainReport(rows=rows)
