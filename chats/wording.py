"""Small pieces of Dutch wording shared by pages, messages and commands."""


def aantal(count: int, one: str, many: str) -> str:
    """A count with the singular or plural noun: aantal(1, "bijlage", "bijlagen") -> "1 bijlage".

    Dutch plurals are irregular enough (dag/dagen, bericht/berichten, jaar/jaar) that both forms
    are given; 0 takes the plural, as in "0 berichten".
    """
    return f"{getal(count)} {one if count == 1 else many}"


def getal(number: int) -> str:
    """A whole number as Dutch readers write it, thousands grouped with a dot: 9513 -> "9.513"."""
    return f"{number:,}".replace(",", ".")


def shown_number(seq: int) -> int:
    """The number a person reads for a stored sequence number: messages (and attachments) are
    stored from 0, in the parser's order, and shown from 1 ("#1", "Bericht 1", "bijlage 1")."""
    return seq + 1


def seq_of_shown(number: int) -> int:
    """The stored sequence number of the number a person typed (see shown_number)."""
    return number - 1


def duur_dagen(days: float) -> str:
    """A duration given in days as a person reads it: '3 dagen', '2,5 dagen', below a day in
    hours ('6 uur'), below an hour 'minder dan een uur' (never '0 dagen')."""
    hours = days * 24
    if hours < 1:
        return "minder dan een uur"
    if hours < 23.5:
        return f"{round(hours)} uur"
    rounded = round(days, 1)
    number = f"{rounded:.1f}".rstrip("0").rstrip(".").replace(".", ",")
    return f"{number} {'dag' if rounded == 1 else 'dagen'}"
