from django.apps import AppConfig


class WooConfig(AppConfig):
    name = "woo"
    verbose_name = "Woo-verzoeken"
