"""`manage.py load_selectielijst [pad]`: load the selectielijst (procestypen and resultaten)."""

from pathlib import Path

from django.core.management.base import BaseCommand

from zaken.services import SELECTIELIJST_FILE, selectielijst_load


class Command(BaseCommand):
    help = "Laadt de selectielijst (procestypen en resultaten) uit een JSON-bestand (veilig herhaalbaar)."

    def add_arguments(self, parser):
        parser.add_argument(
            "path",
            nargs="?",
            default=str(SELECTIELIJST_FILE),
            help="JSON-bestand (standaard: de meegeleverde selectielijst 2020).",
        )

    def handle(self, *args, path, **options):
        result = selectielijst_load(path=Path(path))
        self.stdout.write(
            f"Selectielijst geladen: {result.procestypen} procestypen, "
            f"{result.resultaten_nieuw} nieuwe en {result.resultaten_bijgewerkt} bijgewerkte resultaten."
        )
