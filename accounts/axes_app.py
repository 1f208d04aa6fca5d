"""django-axes under a Dutch name in the admin (its own label would show as "AXES")."""

from axes import apps as axes_apps


class AxesConfig(axes_apps.AppConfig):
    verbose_name = "Inlogpogingen en blokkades"
