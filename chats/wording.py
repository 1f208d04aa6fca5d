"""Small pieces of Dutch wording shared by pages, messages and commands."""


def aantal(count: int, one: str, many: str) -> str:
    """A count with the singular or plural noun: aantal(1, "bijlage", "bijlagen") -> "1 bijlage".

    Dutch plurals are irregular enough (dag/dagen, bericht/berichten, jaar/jaar) that both forms
    are given; 0 takes the plural, as in "0 berichten".
    """
    return f"{count} {one if count == 1 else many}"
