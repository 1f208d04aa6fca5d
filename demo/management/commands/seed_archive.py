"""`manage.py seed_archive --messages N`: a generated archive for benchmarks and demos."""

from django.core.management.base import BaseCommand

from demo.archive.seeder import seed_archive


class Command(BaseCommand):
    help = (
        "Maakt een gegenereerd archief: gearchiveerde gesprekken met Nederlandse tekst, zaken "
        "en zoekindex (alleen voor tests, benchmarks en demo's)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--messages", type=int, default=10_000, help="Aantal berichten.")
        parser.add_argument(
            "--per-record", type=int, default=50, help="Gemiddeld aantal berichten per gesprek."
        )
        parser.add_argument("--seed", type=int, default=42, help="Startwaarde van het toeval.")
        parser.add_argument("--batch", type=int, default=5000, help="Berichten per batch.")

    def handle(self, *args, **options):
        report = seed_archive(
            messages=options["messages"],
            per_record=options["per_record"],
            seed=options["seed"],
            batch_size=options["batch"],
            progress=self._progress if options["verbosity"] > 1 else None,
        )
        self.stdout.write(
            self.style.SUCCESS(
                f"{report.messages} berichten in {report.records} gesprekken bij {report.zaken} "
                f"zaken, {report.entries} indexregels, in {report.seconds:.1f} s."
            )
        )

    def _progress(self, line: str) -> None:
        self.stdout.write(line)
