"""Saving and deleting the municipality's contact list (chats.OrganisationContact), audited.

Every entry keeps its value readable in every chat, so every change is an audit row with the
values before and after, as the synonym list does (woo.synonyms). A number or mailbox may be a
mistaken private one and the log keeps its rows forever: those are logged masked ("06-…4567",
"j…@gmail.com") with a keyed hash of their one writing; names, IBANs and addresses stay clear.
"""

from django.db import transaction

from audit import events
from audit.digests import contact_value_digest

from .contact_values import contact_key, masked_contact, refused_reason, unchecked_reason
from .models import OrganisationContact

AUDITED_FIELDS = ("kind", "value", "omschrijving", "active")


MASKED_KINDS = (OrganisationContact.Kind.TELEFOON, OrganisationContact.Kind.EMAIL)


def contact_values(contact: OrganisationContact) -> dict:
    return {name: getattr(contact, name) for name in AUDITED_FIELDS}


def logged_values(values: dict) -> dict:
    """`values` as the audit row keeps them: a number or mailbox masked, with its hash."""
    kind, value = values["kind"], values["value"]
    if kind not in MASKED_KINDS:
        return values
    masked = {"value": masked_contact(kind, value)}
    masked["value_digest"] = contact_value_digest(contact_key(kind, value))
    return {**values, **masked}


def contact_save(
    *, contact: OrganisationContact, user, confirmed: bool = False, request=None
) -> OrganisationContact:
    """Save a new or changed entry with its audit event (`confirmed`: Beheer ticked that the
    value is the municipality's and no private contact)."""
    with transaction.atomic():
        stored = (
            OrganisationContact.objects.select_for_update().filter(pk=contact.pk).first()
            if contact.pk is not None
            else None
        )
        if contact.nog_te_controleren and (
            confirmed or not unchecked_reason(contact.kind, contact.value)
        ):
            contact.nog_te_controleren = False  # confirmed, or changed into a value that is fine
        contact.save()
        if stored is None:
            events.organisation_contact_created(
                contact=contact,
                actor=user,
                values=logged_values(contact_values(contact)),
                confirmed=confirmed,
                request=request,
            )
        else:
            before, after = contact_values(stored), contact_values(contact)
            # Confirming an entry that waited (nothing else changed) keeps a value readable in
            # every chat again: that decision is a row too.
            confirmed_waiting = stored.nog_te_controleren and not contact.nog_te_controleren
            if before != after or confirmed_waiting:
                events.organisation_contact_changed(
                    contact=contact,
                    actor=user,
                    values=logged_values(after),
                    before=logged_values(before),
                    confirmed=confirmed,
                    request=request,
                )
    return contact


def contact_delete(*, contact: OrganisationContact, user, request=None) -> None:
    """Delete an entry, with its audit event (written first: it names the entry's id)."""
    with transaction.atomic():
        events.organisation_contact_deleted(
            contact=contact,
            actor=user,
            values=logged_values(contact_values(contact)),
            request=request,
        )
        contact.delete()


def confirmed_in_the_log(contact, audit_events) -> bool:
    """Whether an audit row says Beheer confirmed this entry's present value as the
    municipality's (organisation_contact.created/.changed with confirmed_not_private); the rows
    keep a number or mailbox only as its keyed hash. `audit_events` is AuditEvent's manager (or
    the historical model's, in a migration)."""
    current = logged_values({"kind": contact.kind, "value": contact.value})
    rows = audit_events.filter(
        action__in=("organisation_contact.created", "organisation_contact.changed"),
        object_type="chats.organisationcontact",
        object_id=str(contact.pk),
    ).values_list("detail", flat=True)
    for detail in rows:
        values = (detail or {}).get("values") or {}
        if not (detail or {}).get("confirmed_not_private") or values.get("kind") != contact.kind:
            continue
        if "value_digest" in current:
            if values.get("value_digest") == current["value_digest"]:
                return True
        elif values.get("value") == contact.value:
            return True
    return False


def mark_unchecked_entries(contacts, audit_events) -> int:
    """Mark every entry whose value the form would now refuse or ask to confirm and that no
    audit row confirms (entries listed before the checks of stop 45); returns how many. For
    chats 0027, with the historical models' managers, and callable from a test."""
    marked = 0
    for contact in contacts.filter(nog_te_controleren=False):
        if not unchecked_reason(contact.kind, contact.value):
            continue
        refused = bool(refused_reason(contact.kind, contact.value))
        if not refused and confirmed_in_the_log(contact, audit_events):
            continue
        contact.nog_te_controleren = True
        contact.save(update_fields=["nog_te_controleren"])
        marked += 1
    return marked
