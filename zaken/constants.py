"""Choices of the zaken app."""

from django.db import models

from .retention import BLIJVEND_BEWAREN, VERNIETIGEN


class Archiefnominatie(models.TextChoices):
    BLIJVEND_BEWAREN = BLIJVEND_BEWAREN, "Blijvend bewaren"
    VERNIETIGEN = VERNIETIGEN, "Vernietigen"
