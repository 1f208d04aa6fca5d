"""The admin lists' page number (?p=N) as the site's pages treat theirs (chats/paging.py): a
number that does not exist shows the nearest page, and the list says so, instead of Django's
redirect to "?e=1" (past the end, 0, negative) or a silent first page (not a number)."""

import functools

from django.contrib.admin.options import IncorrectLookupParameters
from django.contrib.admin.views.main import PAGE_VAR, ChangeList

from .paging import asked_page, tell_page


class AskedPageChangeList(ChangeList):
    def get_results(self, request):
        asked = asked_page(request.GET.get(PAGE_VAR))
        self.page_num = asked.number
        try:
            super().get_results(request)
        except IncorrectLookupParameters:  # past the end: the paginator has no such page
            paginator = self.model_admin.get_paginator(request, self.queryset, self.list_per_page)
            self.page_num = paginator.num_pages
            super().get_results(request)
        if not self.multi_page:
            self.page_num = 1
        # A POST (an action) is sent back to the list, which says it then; "Alles tonen" has
        # no pages.
        if request.method == "GET" and not (self.show_all and self.can_show_all):
            tell_page(request, asked, self.paginator.page(self.page_num))


class AskedPageAdmin:
    """ModelAdmin mixin: the list's page number as above, on top of the list the admin uses
    (its own ChangeList too). The admin site gives it to every list it registers
    (meppel_archief/admin_site.py)."""

    def get_changelist(self, request, **kwargs):
        return _asked_page_list(super().get_changelist(request, **kwargs))


@functools.cache
def _asked_page_list(changelist: type[ChangeList]) -> type[ChangeList]:
    if issubclass(changelist, AskedPageChangeList):
        return changelist
    return type(changelist.__name__, (AskedPageChangeList, changelist), {})
