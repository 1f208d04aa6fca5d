"""`manage.py load_demo`: roles, one demo user per role, selectielijst and a few zaken. Idempotent."""

import os
import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction

from accounts.roles import (
    BEHEERDER,
    INFORMATIEBEHEER,
    MEDEWERKER,
    STAFF_ROLES,
    WOO_BEHANDELAAR,
    sync_roles,
)
from demo.chats.loader import demo_submissions_create
from demo.woo import demo_woo_verzoek_create
from meppel_archief.celery import tasks_inline

DEMO_USERS = (
    # username, first name, last name, roles
    ("medewerker", "Mila", "de Vries", (MEDEWERKER,)),
    ("informatiebeheer", "Inge", "Bakker", (MEDEWERKER, INFORMATIEBEHEER)),
    ("woo", "Wouter", "Smit", (MEDEWERKER, WOO_BEHANDELAAR)),
    ("beheer", "Bart", "Mulder", (MEDEWERKER, BEHEERDER)),
)


class Command(BaseCommand):
    help = "Laadt demogegevens: rollen, demogebruikers, selectielijst en enkele zaken (veilig herhaalbaar)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--zonder-voorbeelden",
            dest="voorbeelden",
            action="store_false",
            help="Geen voorbeeldgesprekken indienen en archiveren.",
        )

    def handle(self, *args, **options):
        # `make run` exports ARCHIEF_EAGER_IN_BACKGROUND for the server; the demo's tasks run
        # here, to the end, beside no second run of the same work.
        with tasks_inline():
            self._load(options)

    def _load(self, options) -> None:
        password = os.environ.get("DEMO_PASSWORD") or ""
        generated = not password
        if generated:
            password = secrets.token_urlsafe(12)
        with transaction.atomic():
            groups = sync_roles()
            created = self._users(groups, password, reset=not generated)
        self._zaken()
        if options["voorbeelden"]:
            self._demo_chats()
        self.stdout.write(self.style.SUCCESS("Demogegevens geladen."))
        if created or not generated:
            shown = password if (created or not generated) else "(ongewijzigd)"
            self.stdout.write("Demologins (gebruikersnaam / wachtwoord):")
            for username, *_ in DEMO_USERS:
                self.stdout.write(f"  {username:<18} {shown}")
            if generated:
                self.stdout.write(
                    "Dit wachtwoord is eenmalig gegenereerd; bewaar het of zet DEMO_PASSWORD."
                )
        else:
            self.stdout.write(
                "Demogebruikers bestonden al; wachtwoorden ongewijzigd (zet DEMO_PASSWORD om ze te zetten)."
            )

    def _users(self, groups: dict[str, Group], password: str, *, reset: bool) -> bool:
        created_any = False
        for username, first, last, roles in DEMO_USERS:
            user, created = get_user_model().objects.get_or_create(
                username=username,
                defaults={
                    "first_name": first,
                    "last_name": last,
                    "email": f"{username}@meppel.example",
                },
            )
            if created or reset:
                user.set_password(password)
            user.is_staff = any(role in STAFF_ROLES for role in roles)
            user.save()
            user.groups.add(*(groups[role] for role in roles))
            created_any |= created
        return created_any

    def _zaken(self) -> None:
        call_command("load_demo_zaken", stdout=self.stdout)

    def _demo_chats(self) -> None:
        users = get_user_model().objects.in_bulk(
            ["medewerker", "informatiebeheer"], field_name="username"
        )
        created = demo_submissions_create(
            submitter=users["medewerker"], reviewer=users["informatiebeheer"]
        )
        if created:
            self.stdout.write(
                f"{len(created)} voorbeeldgesprek(ken) ingediend: één wacht op beoordeling, "
                "één is gearchiveerd."
            )
        woo = get_user_model().objects.get(username="woo")
        verzoek = demo_woo_verzoek_create(officer=woo)
        if verzoek is not None:
            self.stdout.write(
                f"Woo-verzoek {verzoek.nummer} aangemaakt met het gearchiveerde voorbeeldgesprek; "
                "een deel is al beoordeeld."
            )
