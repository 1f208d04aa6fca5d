"""Signals of the audit app: the apps above it answer them, audit imports none of them."""

from django.dispatch import Signal

# Sent by the audit log's search with `term`; a receiver that knows the term as the number of one
# of its objects ('WOO-2024-017') returns [(object_type, object_id), ...] of those objects.
object_numbers = Signal()


def objects_numbered(term: str) -> list[tuple[str, str]]:
    """The (object_type, object_id) pairs every receiver of `object_numbers` finds for `term`."""
    found: list[tuple[str, str]] = []
    for _receiver, answer in object_numbers.send(sender=None, term=term):
        found.extend(answer or [])
    return found


# Sent by the audit log's list with `objects`, the (object_type, object_id) pairs of one page; a
# receiver that numbers some of them ('WOO-2024-017') returns {(object_type, object_id): number}.
object_names = Signal()


def objects_named(objects: set[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """The number people know each object by, for those objects a receiver of `object_names` knows."""
    named: dict[tuple[str, str], str] = {}
    if not objects:
        return named
    for _receiver, answer in object_names.send(sender=None, objects=objects):
        named.update(answer or {})
    return named
