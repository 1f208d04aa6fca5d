"""`manage.py db_roles`: the application's own database role, which owns no table (audit/db_roles.py)."""

import os

from django.core.management.base import BaseCommand, CommandError
from django.db import connections

from audit.db_roles import db_roles_apply


class Command(BaseCommand):
    help = (
        "Maakt de databaserol waarmee de applicatie verbindt (eigenaar van geen enkele tabel) en "
        "geeft die rol precies de rechten die de applicatie nodig heeft: van het auditlog alleen "
        "INSERT en SELECT. Draai als de migratierol (eigenaar van de tabellen), na elke migrate."
    )

    def add_arguments(self, parser):
        parser.add_argument("--app-role", required=True, help="naam van de applicatierol")
        parser.add_argument(
            "--password-env",
            default="",
            help="omgevingsvariabele met het wachtwoord van de applicatierol (leeg: ongewijzigd)",
        )
        parser.add_argument("--database", default="default")

    def handle(self, *args, **options):
        connection = connections[options["database"]]
        if connection.vendor != "postgresql":
            raise CommandError("Aparte databaserollen bestaan alleen op PostgreSQL.")
        password = os.environ.get(options["password_env"], "") if options["password_env"] else ""
        if options["password_env"] and not password:
            raise CommandError(f"De omgevingsvariabele {options['password_env']} is leeg.")
        try:
            owner = db_roles_apply(
                connection=connection, app_role=options["app_role"], password=password or None
            )
        except ValueError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(
            f"Applicatierol {options['app_role']} ingericht; eigenaar van de tabellen: {owner}. "
            "Auditlog: alleen INSERT en SELECT."
        )
