"""The Woo page for the search's synonym list (Woo-behandelaar; not the Django admin)."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from accounts.permissions import (
    ADD_SYNONIEMGROEP,
    CHANGE_SYNONIEMGROEP,
    DELETE_SYNONIEMGROEP,
    SEARCH_ARCHIVE,
    VIEW_SYNONIEMGROEP,
)

from .models import Synoniemgroep
from .synonyms import SynoniemgroepForm, synoniemgroep_delete, synoniemgroep_save
from .views import woo_permission


def _page(request, form, editing=None, status=200):
    return render(
        request,
        "woo/synoniemen.html",
        {
            "groepen": Synoniemgroep.objects.order_by("woorden"),
            "form": form,
            "editing": editing,
            "can_add": request.user.has_perm(ADD_SYNONIEMGROEP),
            "can_change": request.user.has_perm(CHANGE_SYNONIEMGROEP),
            "can_delete": request.user.has_perm(DELETE_SYNONIEMGROEP),
        },
        status=status,
    )


@require_http_methods(["GET", "POST"])
@woo_permission(VIEW_SYNONIEMGROEP, SEARCH_ARCHIVE)
def synoniemen(request):
    """The list, with a form for a new group (POST adds it)."""
    if request.method == "POST":
        if not request.user.has_perm(ADD_SYNONIEMGROEP):
            messages.error(request, "U mag geen synoniemen toevoegen.")
            return redirect("woo:synoniemen")
        form = SynoniemgroepForm(request.POST)
        if form.is_valid():
            groep = synoniemgroep_save(form=form, user=request.user, request=request)
            messages.success(request, f"Toegevoegd: {groep.woorden}.")
            return redirect("woo:synoniemen")
        return _page(request, form, status=400)
    return _page(request, SynoniemgroepForm())


@require_http_methods(["GET", "POST"])
@woo_permission(CHANGE_SYNONIEMGROEP, SEARCH_ARCHIVE)
def synoniem_edit(request, pk: int):
    groep = get_object_or_404(Synoniemgroep, pk=pk)
    form = SynoniemgroepForm(request.POST or None, instance=groep)
    if request.method == "POST":
        if form.is_valid():
            groep = synoniemgroep_save(form=form, user=request.user, request=request)
            messages.success(request, f"Gewijzigd: {groep.woorden}.")
            return redirect("woo:synoniemen")
        return _page(request, form, editing=groep, status=400)
    return _page(request, form, editing=groep)


@require_POST
@woo_permission(DELETE_SYNONIEMGROEP, SEARCH_ARCHIVE)
def synoniem_delete(request, pk: int):
    groep = get_object_or_404(Synoniemgroep, pk=pk)
    woorden = groep.woorden
    synoniemgroep_delete(groep=groep, user=request.user, request=request)
    messages.success(request, f"Verwijderd: {woorden}.")
    return redirect("woo:synoniemen")
