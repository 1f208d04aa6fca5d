"""Woo search and export URLs (under /woo/)."""

from django.urls import path
from django.views.generic import RedirectView

from . import besluit_views, synonym_views, views

app_name = "woo"
urlpatterns = [
    path("", RedirectView.as_view(pattern_name="woo:search"), name="index"),
    path("zoeken/", views.search_view, name="search"),
    path("archiefstukken/<int:pk>/", views.record_detail, name="record"),
    path("archiefstukken/<int:pk>/melding/", views.record_notice, name="record_notice"),
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
    path("verzoeken/<int:pk>/", besluit_views.verzoek_detail, name="verzoek_detail"),
    path(
        "verzoeken/<int:pk>/gegevens/", besluit_views.verzoek_details_post, name="verzoek_details"
    ),
    path("verzoeken/<int:pk>/toevoegen/", views.verzoek_add, name="verzoek_add"),
    path("verzoeken/<int:pk>/toevoegen/meerdere/", views.verzoek_add_many, name="verzoek_add_many"),
    path(
        "verzoeken/<int:pk>/uithalen/meerdere/",
        views.verzoek_remove_many,
        name="verzoek_remove_many",
    ),
    path("verzoeken/<int:pk>/afhandelen/", besluit_views.verzoek_afhandelen, name="verzoek_close"),
    path("verzoeken/<int:pk>/termijn/", besluit_views.termijn_post, name="termijn"),
    path("verzoeken/<int:pk>/bezwaar/", besluit_views.bezwaar_post, name="bezwaar"),
    path(
        "verzoeken/<int:pk>/beoordelen/<int:submission_id>/",
        besluit_views.beoordelen,
        name="beoordelen",
    ),
    path(
        "verzoeken/<int:pk>/beoordelen/<int:submission_id>/document/",
        besluit_views.beoordeling_post,
        name="beoordeling",
    ),
    path(
        "verzoeken/<int:pk>/beoordelen/<int:submission_id>/alles/",
        besluit_views.beoordeling_record_post,
        name="beoordeling_record",
    ),
    path(
        "verzoeken/<int:pk>/beoordelen/<int:submission_id>/passage/",
        besluit_views.passage_post,
        name="passage",
    ),
    path(
        "verzoeken/<int:pk>/beoordelen/<int:submission_id>/afbeeldingstekst/",
        besluit_views.ocr_passage_post,
        name="passage_ocr",
    ),
    path(
        "verzoeken/<int:pk>/beoordelen/<int:submission_id>/gebied/",
        besluit_views.area_post,
        name="passage_area",
    ),
    path(
        "verzoeken/<int:pk>/beoordelen/<int:submission_id>/grond/",
        besluit_views.passage_grond_post,
        name="passage_grond",
    ),
    path(
        "verzoeken/<int:pk>/beoordelen/<int:submission_id>/passages/<int:passage_pk>/verwijderen/",
        besluit_views.passage_delete,
        name="passage_delete",
    ),
    path(
        "verzoeken/<int:pk>/selecties/<int:selectie_pk>/verwijderen/",
        views.selectie_delete,
        name="selectie_delete",
    ),
    path(
        "verzoeken/<int:pk>/besluit/maken/",
        besluit_views.release_make_post,
        name="release_make",
    ),
    path(
        "verzoeken/<int:pk>/besluit/<str:kind>/",
        besluit_views.release_download,
        name="release",
    ),
]
