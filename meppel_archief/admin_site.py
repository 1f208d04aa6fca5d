"""The project's admin site: Django's, with the project's titles, and every list it registers
(the project's, and those of axes and django-otp) treating its page number (?p=N) as the
site's pages do (chats/admin_paging.py): a number past the end shows the last page and says so,
instead of Django's redirect to "?e=1", which shows "Databasefout"."""

from django.contrib import admin
from django.contrib.admin.apps import AdminConfig

from chats.admin_paging import AskedPageAdmin


class ArchiefAdminSite(admin.AdminSite):
    site_header = "Meppel Archief — beheer"
    site_title = "Meppel Archief"
    index_title = "Beoordelen en beheer"

    def register(self, model_or_iterable, admin_class=None, **options):
        admin_class = admin_class or admin.ModelAdmin
        if not issubclass(admin_class, AskedPageAdmin):
            admin_class = type(
                admin_class.__name__,
                (AskedPageAdmin, admin_class),
                {"__module__": admin_class.__module__, "__doc__": admin_class.__doc__},
            )
        super().register(model_or_iterable, admin_class, **options)


class ArchiefAdminConfig(AdminConfig):
    default_site = "meppel_archief.admin_site.ArchiefAdminSite"
