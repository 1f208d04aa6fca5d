"""Woo search and export URLs (under /woo/)."""

app_name = "woo"
urlpatterns: list = []
