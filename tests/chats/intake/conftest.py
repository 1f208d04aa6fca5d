"""Fixtures shared by the intake tests."""

from tests.fixtures.intake.clamd import clamd_scanner  # noqa: F401  (a pytest fixture)
