"""Zaken (cases) from the zaaksysteem and the selectielijst results that set their retention."""

from django.db import models


class Zaak(models.Model):
    """A case in the zaaksysteem to which archived conversations belong."""

    zaaknummer = models.CharField(
        "zaaknummer",
        max_length=40,
        unique=True,
        help_text="Het unieke nummer van de zaak in het zaaksysteem, bijvoorbeeld Z-2024-000123.",
    )
    omschrijving = models.CharField("omschrijving", max_length=300)

    class Meta:
        verbose_name = "zaak"
        verbose_name_plural = "zaken"
        ordering = ["zaaknummer"]

    def __str__(self):
        return f"{self.zaaknummer} {self.omschrijving}"
