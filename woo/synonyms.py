"""The search's synonym and abbreviation list, as the Woo team keeps it (form and services).

Every change is audited with the words before and after: what the search adds to an officer's
query ("ook gezocht op: …") must be traceable.
"""

import re

from django import forms
from django.db import transaction

from audit import events

from .expansion import vocabulary_changed
from .models import Synoniemgroep

MAX_WORD = 100
# A word or a phrase: letters (also accented), digits, hyphens, apostrophes and spaces
# ("’s-avonds", "jaarmarkt 2025"), a full stop after a letter or digit and "&" between two
# ("sth.", "o.z.b.", "b&w"), "/" between two short parts of at most three letters or digits as
# abbreviations write it ("c/o", "t/m", "m/v", "en/of", "24/7"; the index keeps such a word
# whole); no markup or other signs ("<script>", "wet/regeling": two words, not one).
WORD_RE = re.compile(
    r"(?:[^\W_]|[-'’ ]|(?<=[^\W_])\.|(?<=[^\W_])&(?=[^\W_])"
    r"|(?<![^\W_]{4})(?<=[^\W_])/(?=[^\W_]{1,3}(?![^\W_])))+"
)


def parse_words(text: str) -> list[str]:
    """The words of a group as typed: comma-separated, trimmed, lower case, without repeats."""
    words: list[str] = []
    for part in (text or "").split(","):
        word = " ".join(part.split()).lower()
        if word and word not in words:
            words.append(word)
    return words


def group_with_word(word: str, *, exclude_pk: int | None = None) -> Synoniemgroep | None:
    """The group that already holds `word` (as a whole word of its list), if any.

    The search expands a word with every group it is in; a word in two groups would join them
    silently, so each word belongs to one group only.
    """
    candidates = Synoniemgroep.objects.filter(woorden__icontains=word).order_by("pk")
    if exclude_pk is not None:
        candidates = candidates.exclude(pk=exclude_pk)
    return next((g for g in candidates if word in g.word_list()), None)


class SynoniemgroepForm(forms.ModelForm):
    class Meta:
        model = Synoniemgroep
        fields = ["woorden", "toelichting"]
        labels = {"woorden": "Woorden die hetzelfde betekenen"}

    def clean_woorden(self) -> str:
        words = parse_words(self.cleaned_data.get("woorden", ""))
        if len(words) < 2:
            raise forms.ValidationError(
                "Geef ten minste twee woorden op, gescheiden door komma's, bijvoorbeeld: "
                "statushouders, vergunninghouders, sth."
            )
        odd = next((word for word in words if not WORD_RE.fullmatch(word)), None)
        if odd is not None:
            raise forms.ValidationError(
                f"‘{odd[:40]}’ mag alleen letters, cijfers, koppeltekens, apostroffen, spaties, "
                "punten en & of / (in een afkorting als c/o) bevatten: geef een woord of een "
                "woordgroep op."
            )
        too_long = [word for word in words if len(word) > MAX_WORD]
        if too_long:
            raise forms.ValidationError(
                f"Een woord mag hoogstens {MAX_WORD} tekens lang zijn: {too_long[0][:40]}…"
            )
        for word in words:
            other = group_with_word(word, exclude_pk=self.instance.pk)
            if other is not None:
                raise forms.ValidationError(
                    f"‘{word}’ staat al in de groep ‘{other.woorden}’. Een woord kan maar in één "
                    "groep staan: vul die groep aan, of haal het woord daar eerst weg."
                )
        text = ", ".join(words)
        if len(text) > Synoniemgroep._meta.get_field("woorden").max_length:
            raise forms.ValidationError("Te veel woorden in één groep; maak er twee groepen van.")
        return text


def synoniemgroep_save(*, form: SynoniemgroepForm, user, request=None) -> Synoniemgroep:
    """Save a new or changed group from a valid form, with its audit event."""
    created = form.instance.pk is None
    before = [] if created else Synoniemgroep.objects.get(pk=form.instance.pk).word_list()
    with transaction.atomic():
        groep = form.save()
        vocabulary_changed()
        synoniemgroep_audit(
            groep=groep, user=user, before=None if created else before, request=request
        )
    return groep


def synoniemgroep_audit(*, groep: Synoniemgroep, user, before: list[str] | None, request=None):
    """The audit event of a saved group: created (`before` None) or changed."""
    if before is None:
        events.woo_synoniemgroep_created(
            groep=groep, actor=user, words=groep.word_list(), request=request
        )
    else:
        events.woo_synoniemgroep_changed(
            groep=groep, actor=user, words=groep.word_list(), before=before, request=request
        )


def synoniemgroep_delete(*, groep: Synoniemgroep, user, request=None) -> None:
    """Delete a group, with its audit event (written first: it names the group's id)."""
    with transaction.atomic():
        events.woo_synoniemgroep_deleted(
            groep=groep, actor=user, words=groep.word_list(), request=request
        )
        groep.delete()
        vocabulary_changed()
