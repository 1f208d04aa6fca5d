"""Template filters shared by the employee, review and Woo pages."""

from django import template

from chats.media_labels import media_label, upload_file_label
from chats.wording import aantal as _aantal
from chats.wording import duur_dagen, shown_number
from chats.wording import getal as _getal

register = template.Library()


@register.filter(name="soort_bijlage")
def soort_bijlage(mime_type: str | None) -> str:
    """{{ media.mime_type|soort_bijlage }} -> 'Geluidsopname'."""
    return media_label(mime_type)


@register.filter(name="los_bestand")
def los_bestand(media) -> str:
    """{{ item|los_bestand }} -> 'Schermafbeelding 2', 'PDF-document 3': a file of a screenshots
    upload as the review page and the archive PDF name it."""
    return upload_file_label(media.mime_type, shown_number(media.seq))


@register.filter(name="bijlage_label")
def bijlage_label(media) -> str:
    """{{ item|bijlage_label }} -> 'bijlage 3' for a message's attachment (its download is
    bijlage-3.jpg), 'Schermafbeelding 2' for a file of a screenshots upload (`los_bestand`): the
    one name the review page gives the file in every label (walk 53: 'afbeelding 3' and
    'bijlage 3' for one photo)."""
    if getattr(media, "message_id", None) is None:
        return los_bestand(media)
    return f"bijlage {shown_number(media.seq)}"


@register.filter(name="nummer")
def nummer(seq) -> int:
    """{{ message.seq|nummer }} -> the number a person reads (messages are shown from #1)."""
    return shown_number(int(seq))


@register.filter(name="getal")
def getal(number) -> str:
    """{{ 9513|getal }} -> '9.513' (counts a person reads; not for ids in links or attributes)."""
    try:
        return _getal(int(number))
    except (TypeError, ValueError):
        return "" if number is None else str(number)


@register.filter(name="aantal")
def aantal(count, forms: str) -> str:
    """{{ n|aantal:"bijlage,bijlagen" }} -> '1 bijlage', '4 bijlagen' (singular, plural)."""
    one, _, many = forms.partition(",")
    try:
        number = int(count)
    except (TypeError, ValueError):
        return ""
    return _aantal(number, one.strip(), many.strip() or one.strip())


@register.filter(name="dagen")
def dagen(days) -> str:
    """{{ 0.25|dagen }} -> '6 uur', {{ 3.0|dagen }} -> '3 dagen'; '–' when there is none."""
    return "–" if days is None else duur_dagen(float(days))


def field_anchor(bound_field) -> str:
    """The id of the element a link to this field should focus: the input itself, or the first
    option of a radio or checkbox group (whose own id_for_label is empty)."""
    if bound_field.id_for_label:
        return bound_field.id_for_label
    subwidgets = list(bound_field.subwidgets)
    if subwidgets and subwidgets[0].id_for_label:
        return subwidgets[0].id_for_label
    return bound_field.auto_id or ""


def summary_lead(label: str) -> str:
    """How a field's label introduces its error in the summary: 'Onderwerp: ', but a question
    keeps its question mark ('Wat uploadt u? ') and a sentence loses its full stop."""
    label = str(label or "").strip().rstrip(".:").rstrip()
    if not label:
        return ""
    return f"{label} " if label.endswith("?") else f"{label}: "


def field_order(form) -> list[str]:
    """The form's field names in the order the user sees them: the crispy layout's order when
    the form has one (a ModelForm puts its declared fields last), then any others."""
    layout = getattr(getattr(form, "helper", None), "layout", None)
    shown = [p.name for p in layout.get_field_names()] if layout is not None else []
    return list(dict.fromkeys([n for n in shown if n in form.fields] + list(form.fields)))


def form_errors(form) -> list[dict]:
    """Every error of a bound form, in the order of the fields on the page, each with the id of
    its field (if any).

    A form may name groups of fields in `error_groups` ({key: (label, first field)}): an error
    stored under `key` (say "at least one of these") is listed where the group starts, labelled
    by the group's question and linked to its first field.
    """
    errors = [{"anchor": "", "label": "", "message": str(e)} for e in form.non_field_errors()]
    groups = getattr(form, "error_groups", {})
    for name in field_order(form):
        bound_field = form[name]
        for key, (label, first) in groups.items():
            if first == name:
                errors += [
                    {
                        "anchor": field_anchor(bound_field),
                        "label": label,
                        "lead": summary_lead(label),
                        "message": str(e),
                    }
                    for e in form.errors.get(key, [])
                ]
        if bound_field.is_hidden:
            errors += [{"anchor": "", "label": "", "message": str(e)} for e in bound_field.errors]
            continue
        for message in bound_field.errors:
            errors.append(
                {
                    "anchor": field_anchor(bound_field),
                    "label": bound_field.label,
                    "lead": summary_lead(bound_field.label),
                    "message": message,
                }
            )
    return errors


@register.inclusion_tag("_error_summary.html")
def error_summary(form, extra: str = ""):
    """{% error_summary form %}: the list of what is wrong, each linking to its field; it takes
    focus when the page loads (static/js/archief.js) so a screen reader reads it first."""
    return {"errors": form_errors(form) if form is not None else [], "extra": extra}


@register.filter(name="meldingen")
def meldingen(messages, soort: str) -> list:
    """{{ messages|meldingen:"fout" }} -> the refusals; "overig" -> everything else. The admin
    shows the two in separate live regions: a refusal as an alert, the rest as a status."""
    errors = soort == "fout"
    return [message for message in messages if (message.level_tag == "error") == errors]
