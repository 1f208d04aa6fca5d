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


# How many file names a message lists before it counts the rest.
NAMES_LISTED = 10


def file_names(names: list[str]) -> str:
    """File names as a Dutch list, each quoted: "‘a’, ‘b’ en ‘c’"; past NAMES_LISTED the rest
    is counted ("… en nog 21 andere bestanden")."""
    quoted = [f"‘{name}’" for name in names[:NAMES_LISTED]]
    if rest := len(names) - len(quoted):
        quoted.append(f"nog {aantal(rest, 'ander bestand', 'andere bestanden')}")
    return named_together(quoted)


def named_together(parts: list[str]) -> str:
    """Parts as one Dutch list: "a", "a en b", "a, b en c" (no comma before "en")."""
    if len(parts) < 2:
        return "".join(parts)
    return f"{', '.join(parts[:-1])} en {parts[-1]}"


# Shown below the list of what is wrong (templates/_error_summary.html): first what is
# wrong, then what to do.
CHOOSE_FILES_AGAIN = (
    "Verbeter eerst wat hierboven staat. Kies daarna ook de bestanden opnieuw: die worden pas "
    "bewaard als alles klopt."
)


def choose_files_again(names: list[str], refused=()) -> str:
    """What the intake form says to do with the files after a refusal (a browser never fills a
    file field again): which were refused, and the others by name, to be chosen again. The
    refused files are themselves the error listed above, so no "daarna": there is no step
    before choosing other files."""
    if not refused:
        return CHOOSE_FILES_AGAIN
    rejected = [name for position, name in enumerate(names) if position in refused]
    others = [name for position, name in enumerate(names) if position not in refused]
    if not others:
        geweigerd = (
            "is geweigerd, kies een ander bestand"
            if len(rejected) == 1
            else "zijn geweigerd, kies andere bestanden"
        )
        return f"Kies de bestanden opnieuw: {file_names(rejected)} {geweigerd}."
    return (
        f"Kies de bestanden opnieuw, zonder {file_names(rejected)}: "
        f"{file_names(others)}. Ze worden pas bewaard als alles klopt."
    )


def record_reference(submission_id: int) -> str:
    """The stable reference of an archived record on exports, inventories, notices and its
    archive PDF: "WA-000004"."""
    return f"WA-{submission_id:06d}"


def loose_files(shots: int, documents: int) -> str:
    """A screenshot upload's files by kind: "2 schermafbeeldingen en 1 PDF-document" (the intake
    takes PDFs there too; a PDF is no screenshot)."""
    parts = []
    if shots or not documents:
        parts.append(aantal(shots, "schermafbeelding", "schermafbeeldingen"))
    if documents:
        parts.append(aantal(documents, "PDF-document", "PDF-documenten"))
    return " en ".join(parts)


def loose_files_archived(shots: int, documents: int, archived: tuple[int, int] | None) -> str:
    """What the employee's page says of a screenshot upload's files: how many there are, and
    once archived how many went into the record (``archived``: screenshots, documents)."""
    if archived is None:
        return loose_files(shots, documents) if documents else getal(shots)
    if archived == (shots, documents):
        return f"{loose_files(shots, documents)} gearchiveerd"
    if not documents:
        return f"{getal(archived[0])} van {loose_files(shots, 0)} gearchiveerd"
    return f"{loose_files(*archived)} gearchiveerd, van {loose_files(shots, documents)}"
