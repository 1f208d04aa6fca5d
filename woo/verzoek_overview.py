"""The list of requests: each with its decision term and whether it is overdue."""

from dataclasses import dataclass

from django.db.models import Prefetch
from django.utils import timezone

from . import deadlines
from .models import WooOpschorting, WooVerzoek


@dataclass(frozen=True)
class VerzoekRow:
    verzoek: WooVerzoek
    termijn: deadlines.Termijn

    @property
    def overdue(self) -> bool:
        return self.verzoek.is_open and self.termijn.overschreden


def termijn_of(verzoek: WooVerzoek, *, today=None) -> deadlines.Termijn:
    """The request's decision term (uses prefetched opschortingen when there are)."""
    return deadlines.beslistermijn(
        ontvangen_op=verzoek.ontvangen_op,
        verdaagd=verzoek.verdaagd_op is not None,
        opschortingen=[(o.van, o.tot) for o in verzoek.opschortingen.all()],
        today=today or timezone.localdate(),
        besluit_op=verzoek.besluit_op,
    )


def verzoek_rows(verzoeken) -> list[VerzoekRow]:
    """The requests with their terms, computed for today (two queries in all)."""
    today = timezone.localdate()
    verzoeken = verzoeken.prefetch_related(
        Prefetch("opschortingen", queryset=WooOpschorting.objects.order_by("van"))
    )
    return [VerzoekRow(v, termijn_of(v, today=today)) for v in verzoeken]
