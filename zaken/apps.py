from django.apps import AppConfig


class ZakenConfig(AppConfig):
    name = "zaken"
    verbose_name = "Zaken en selectielijst"
