"""The project's admin site: Django's, with the project's titles, and every list it registers
(the project's, and those of axes and django-otp) treating its page number (?p=N) as the
site's pages do (chats/admin_paging.py): a number past the end shows the last page and says so,
instead of Django's redirect to "?e=1", which shows "Databasefout". A logged-in user without
access (an employee, a Woo officer) gets the app's "Geen toegang" page, not Django's login form
("U bent geverifieerd als …, maar niet bevoegd")."""

from functools import update_wrapper

from django.contrib import admin
from django.contrib.admin.apps import AdminConfig
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from chats.admin_paging import AskedPageAdmin

NO_ADMIN_ACCESS = (
    "Het beheergedeelte is alleen voor Informatiebeheer en Beheer. Uw eigen pagina's vindt u "
    "via de startpagina."
)


class ArchiefAdminSite(admin.AdminSite):
    site_header = "Meppel Archief — beheer"
    site_title = "Meppel Archief"
    index_title = "Beoordelen en beheer"

    def refuse_outsider(self, request) -> None:
        """A logged-in user without access: 403 "Geen toegang" (anonymous: the login follows)."""
        if request.user.is_authenticated and not self.has_permission(request):
            raise PermissionDenied(NO_ADMIN_ACCESS)

    def admin_view(self, view, cacheable=False):
        inner = super().admin_view(view, cacheable)

        def wrapper(request, *args, **kwargs):
            # Logging out stays as Django has it (back to the index, then to the login).
            if request.path != reverse("admin:logout", current_app=self.name):
                self.refuse_outsider(request)
            return inner(request, *args, **kwargs)

        return update_wrapper(wrapper, view)

    def login(self, request, extra_context=None):
        self.refuse_outsider(request)
        return super().login(request, extra_context)

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
