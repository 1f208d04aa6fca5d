"""Woo search and export URLs (under /woo/)."""

from django.urls import path
from django.views.generic import RedirectView

from . import synonym_views, views

app_name = "woo"
urlpatterns = [
    path("", RedirectView.as_view(pattern_name="woo:search"), name="index"),
    path("zoeken/", views.search_view, name="search"),
    path("archiefstukken/<int:pk>/", views.record_detail, name="record"),
    path(
        "archiefstukken/<int:pk>/bijlagen/<int:media_pk>/",
        views.record_media,
        name="record_media",
    ),
    path("synoniemen/", synonym_views.synoniemen, name="synoniemen"),
    path("synoniemen/<int:pk>/", synonym_views.synoniem_edit, name="synoniem_edit"),
    path("synoniemen/<int:pk>/verwijderen/", synonym_views.synoniem_delete, name="synoniem_delete"),
    path("verzoeken/", views.verzoek_list, name="verzoek_list"),
    path("verzoeken/nieuw/", views.verzoek_new, name="verzoek_new"),
    path("verzoeken/<int:pk>/", views.verzoek_detail, name="verzoek_detail"),
    path("verzoeken/<int:pk>/toevoegen/", views.verzoek_add, name="verzoek_add"),
    path("verzoeken/<int:pk>/toevoegen/meerdere/", views.verzoek_add_many, name="verzoek_add_many"),
    path("verzoeken/<int:pk>/afhandelen/", views.verzoek_afhandelen, name="verzoek_close"),
    path(
        "verzoeken/<int:pk>/selecties/<int:selectie_pk>/",
        views.selectie_update,
        name="selectie_update",
    ),
    path(
        "verzoeken/<int:pk>/selecties/<int:selectie_pk>/verwijderen/",
        views.selectie_delete,
        name="selectie_delete",
    ),
    path("verzoeken/<int:pk>/export.pdf", views.verzoek_export_pdf, name="export_pdf"),
    path("verzoeken/<int:pk>/inventarislijst.csv", views.verzoek_export_csv, name="export_csv"),
]
