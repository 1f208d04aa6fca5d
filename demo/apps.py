from django.apps import AppConfig


class DemoConfig(AppConfig):
    # An app only so that Django finds the demo commands (load_demo, load_demo_zaken,
    # seed_archive); it has no models.
    name = "demo"
    verbose_name = "Demogegevens"
