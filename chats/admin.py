"""Admin registrations for the chats app (the review queue builds on these)."""

from django.contrib import admin

from .models import Submission


@admin.register(Submission)
class SubmissionAdmin(admin.ModelAdmin):
    list_display = ("pk", "onderwerp", "status", "afdeling", "gesprekspartner", "created_at")
    list_filter = ("status", "afdeling", "gesprekspartner")
    search_fields = ("onderwerp", "zaaknummer")
    list_select_related = ("submitted_by",)
    show_full_result_count = False
