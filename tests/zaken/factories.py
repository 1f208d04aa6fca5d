"""Moved to tests/factories.py; this name stays until bench/ stops importing it from here."""

from tests.factories import ZaakFactory

__all__ = ["ZaakFactory"]
