"""Reads for the review pages: message ranges and the retention an archive would get."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db.models import Q

from accounts.permissions import REVIEW_SUBMISSION
from zaken.models import SelectielijstResultaat, Zaak
from zaken.retention import Archiefactie

from ..models import Message


def message_ids_in_range(*, submission_id: int, first_seq: int, last_seq: int) -> list[int]:
    """Ids of the messages numbered first_seq..last_seq (inclusive, either order)."""
    low, high = sorted((first_seq, last_seq))
    return list(
        Message.objects.filter(
            submission_id=submission_id, seq__gte=low, seq__lte=high
        ).values_list("pk", flat=True)
    )


def archive_preview(*, zaak: Zaak, resultaat: SelectielijstResultaat | None) -> Archiefactie:
    """The retention the zaak will have once archived with `resultaat` (nothing is saved)."""
    if resultaat is not None:
        zaak = Zaak(
            pk=zaak.pk,
            einddatum=zaak.einddatum,
            resultaat=resultaat,
            bewaartermijn_afwijkend=zaak.bewaartermijn_afwijkend,
            brondatum_afwijkend=zaak.brondatum_afwijkend,
        )
    return zaak.compute_archiefactie()


def reviewers():
    """Active users who may review (Informatiebeheer, Beheerder, superusers), by name."""
    app_label, codename = REVIEW_SUBMISSION.split(".")
    perm = Q(content_type__app_label=app_label, codename=codename)
    permission = Permission.objects.filter(perm).first()
    users = get_user_model().objects.filter(is_active=True)
    return (
        users.filter(
            Q(is_superuser=True)
            | Q(groups__permissions=permission)
            | Q(user_permissions=permission)
        )
        .distinct()
        .order_by("first_name", "last_name", "username")
    )
