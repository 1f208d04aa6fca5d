"""The intake's error type and its Dutch messages (B1 level, each says what to do)."""

import re
from collections.abc import Iterable

from .limits import DEFAULT_LIMITS, GiB, Limits, MiB

_ANDROID_NEEDS_CHAT = (
    "Bij een export van een Android-telefoon hoort het chatbestand (.txt, meestal "
    "‘WhatsApp-chat met …’). Dat zit niet bij de gekozen bestanden: kies het .txt-bestand "
    "samen met de foto’s en andere bijlagen."
)
_IOS_NEEDS_CHAT = (
    "Bij een export van een iPhone hoort het ZIP-bestand van de export (of het bestand "
    "‘_chat.txt’ met de bijlagen). Dat zit niet bij de gekozen bestanden."
)
_MAYBE_SCREENSHOTS = (
    "Hebt u alleen schermafbeeldingen van het gesprek gemaakt? Kies dan bij ‘Wat uploadt u?’ "
    "de keuze ‘Schermafbeeldingen’."
)

# What the intake form takes, in the words of its help text.
ALLOWED_TYPES = (
    ".zip, .txt, foto’s (jpg, png, webp, heic), spraakberichten (opus), video (mp4), pdf en "
    "contactkaarten (vcf)"
)

# Stable machine codes -> Dutch message templates. The zip and type wordings follow the
# suggestions of the hostile-corpus README so users see the same sentence everywhere.
MESSAGES: dict[str, str] = {
    "bad_name": (
        "De naam van het bestand ‘{name}’ bevat tekens die niet zijn toegestaan. "
        "Geef het bestand een gewone naam en probeer het opnieuw."
    ),
    "empty_file": "Het bestand ‘{name}’ is leeg.",
    "file_too_large": "Het bestand ‘{name}’ is te groot (maximaal {max_file_size} per bestand).",
    # The name's extension is not one the form accepts (an .exe, a .docx, no extension).
    "type_not_allowed": (
        "Het bestand ‘{name}’ is geen toegestaan bestandstype. Toegestaan zijn: "
        + ALLOWED_TYPES
        + "."
    ),
    # An allowed extension on content that is something else (a program renamed to .jpg).
    "type_mismatch": (
        "Het bestand ‘{name}’ is geen toegestaan bestandstype "
        "(de inhoud past niet bij de extensie)."
    ),
    "image_too_large": "De afbeelding ‘{name}’ is te groot (meer dan {max_megapixels} megapixels).",
    "image_damaged": (
        "De afbeelding ‘{name}’ is beschadigd of onvolledig en kan niet worden geopend. "
        "Maak de afbeelding opnieuw en probeer het nog eens."
    ),
    "chat_too_large": (
        "Het chatbestand is te groot om te verwerken (maximaal {max_chat_text}). "
        "Exporteer een kortere periode van de chat."
    ),
    # For the pipeline when ClamdScanner reports a signature.
    "malware_found": (
        "In het bestand ‘{name}’ is mogelijk schadelijke software gevonden. Het is daarom "
        "geweigerd. Neem contact op met de servicedesk als u denkt dat dit niet klopt."
    ),
    "no_files": "Kies ten minste één bestand om te uploaden.",
    "too_many_files": (
        "U kunt maximaal {max_files} bestanden tegelijk uploaden. Kies minder bestanden."
    ),
    "upload_too_large": (
        "De bestanden zijn samen te groot (maximaal {max_total_size}). Kies minder bestanden."
    ),
    "screenshots_only_images": (
        "Bij schermafbeeldingen kunt u alleen afbeeldingen (JPG, PNG, WebP of HEIC) en "
        "PDF-bestanden uploaden. Het bestand ‘{name}’ past daar niet bij."
    ),
    # A wrong choice of upload kind: each says what belongs to the choice and what to pick.
    "android_export_no_chat": _ANDROID_NEEDS_CHAT,
    "ios_export_no_chat": _IOS_NEEDS_CHAT,
    "android_export_only_images": f"{_ANDROID_NEEDS_CHAT} {_MAYBE_SCREENSHOTS}",
    "ios_export_only_images": f"{_IOS_NEEDS_CHAT} {_MAYBE_SCREENSHOTS}",
    "screenshots_got_export": (
        "U koos ‘Schermafbeeldingen’, maar ‘{name}’ hoort bij een WhatsApp-export. Kies bij "
        "‘Wat uploadt u?’ de export van een iPhone (één .zip-bestand) of van een "
        "Android-telefoon (.txt met losse bestanden)."
    ),
    "export_zip_and_files": (
        "Kies óf het ZIP-bestand van de export, óf de losse bestanden (het chatbestand met de "
        "bijlagen), niet allebei."
    ),
    "export_many_zips": "Kies één ZIP-bestand per gesprek. Upload andere gesprekken apart.",
    "zip_no_chat": (
        "In dit ZIP-bestand staat geen WhatsApp-chat. Kies de export met het chatbestand "
        "(‘_chat.txt’ van een iPhone of ‘WhatsApp-chat met …txt’ van een Android-telefoon)."
    ),
    "zip_damaged": (
        "Het ZIP-bestand is beschadigd of onvolledig. "
        "Exporteer de chat opnieuw en probeer het nog eens."
    ),
    "zip_empty": "Het ZIP-bestand is leeg. Exporteer de chat opnieuw en probeer het nog eens.",
    "zip_too_large": (
        "Het ZIP-bestand wordt na uitpakken groter dan toegestaan (maximaal {max_unpacked_total}). "
        "Controleer of u de juiste WhatsApp-export hebt gekozen."
    ),
    # A member that inflates far more than real media do: a zip bomb, whatever its total size.
    "zip_ratio": (
        "Het ZIP-bestand is verdacht sterk ingepakt: een bestand erin wordt bij uitpakken meer "
        "dan {max_member_ratio} keer zo groot. Daarom is het om veiligheidsredenen geweigerd. "
        "Controleer of u de juiste WhatsApp-export hebt gekozen."
    ),
    # Overlapping entries are a zip-bomb technique: same sentence as any other bomb.
    "zip_overlap": (
        "Het ZIP-bestand wordt na uitpakken groter dan toegestaan (maximaal {max_unpacked_total}). "
        "Controleer of u de juiste WhatsApp-export hebt gekozen."
    ),
    "zip_too_many_members": (
        "Het ZIP-bestand bevat te veel bestanden (maximaal {max_members}). "
        "Dit is geen normale WhatsApp-export."
    ),
    "zip_encrypted": (
        "Het ZIP-bestand is met een wachtwoord beveiligd. Upload de export zonder wachtwoord."
    ),
    "zip_symlink": (
        "Het ZIP-bestand bevat snelkoppelingen (symbolische links). Dat wordt niet ondersteund."
    ),
    "zip_special_file": (
        "Het ZIP-bestand bevat bijzondere bestanden (zoals apparaat- of systeembestanden). "
        "Dat wordt niet ondersteund."
    ),
    "zip_bad_names": "Het ZIP-bestand bevat ongeldige bestandsnamen en is daarom geweigerd.",
    "zip_nested": (
        "Het ZIP-bestand bevat zelf weer een archief. Geneste archieven worden niet uitgepakt."
    ),
    "zip_unsupported": (
        "Het ZIP-bestand is op een manier ingepakt die niet wordt ondersteund. "
        "Exporteer de chat opnieuw vanuit WhatsApp."
    ),
    "zip_prefix_data": (
        "Het ZIP-bestand bevat extra gegevens die er niet in horen en is daarom geweigerd. "
        "Exporteer de chat opnieuw vanuit WhatsApp."
    ),
}

ACTIVE_CONTENT_NOTICE = (
    "Het bestand ‘{name}’ bevat actieve inhoud (JavaScript) en is apart gezet voor controle."
)


# Refusals where the files may well be right and the choice under 'Wat uploadt u?' is wrong:
# the form hangs them on that choice, so the chosen files stay in the form.
WRONG_KIND_CODES = frozenset(
    {"screenshots_got_export", "android_export_only_images", "ios_export_only_images"}
)


class IntakeError(Exception):
    """A refused upload or archive: `code` for machines, `message` (Dutch) for the user.

    `filename` (the uploaded file) and `member` (the offending archive member) are
    display-safe (see display_name); `detail` is a short English note for the security log
    that never contains file contents or names.
    """

    def __init__(
        self,
        code: str,
        message: str,
        *,
        filename: str | None = None,
        member: str | None = None,
        detail: str = "",
    ):
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.message = message
        self.filename = filename
        self.member = member
        self.detail = detail


def format_size(n: int) -> str:
    """Bytes as the user reads them: '1 GB', '500 MB' (binary units, as the limits are)."""
    if n >= GiB and n % GiB == 0:
        return f"{n // GiB} GB"
    if n >= MiB:
        return f"{round(n / MiB):d} MB"
    return f"{n} bytes"


def format_count(n: int) -> str:
    """A count with the Dutch thousands separator: 10000 -> '10.000'."""
    return f"{n:,d}".replace(",", ".")


def intake_error(
    code: str,
    *,
    name: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
    member: str | None = None,
    detail: str = "",
) -> IntakeError:
    """Build the IntakeError for `code`, filling the Dutch template from the name and limits."""
    template = MESSAGES[code]
    message = template.format(
        name=name or "bestand",
        max_file_size=format_size(limits.max_file_size),
        max_total_size=format_size(limits.max_total_size),
        max_files=format_count(limits.max_files),
        max_unpacked_total=format_size(limits.max_unpacked_total),
        max_members=format_count(limits.max_members),
        max_member_ratio=format_count(limits.max_member_ratio),
        max_megapixels=format_count(limits.max_image_pixels // 1_000_000),
        max_chat_text=format_size(limits.max_chat_text),
    )
    return IntakeError(code, message, filename=name, member=member, detail=detail)


def active_content_notice(name: str) -> str:
    """The Dutch notice for a file kept but set apart because it holds active content."""
    return ACTIVE_CONTENT_NOTICE.format(name=name)


def _name_pattern(template: str) -> re.Pattern:
    """A template as a pattern whose group `name` is the file name it quotes."""
    parts = re.split(r"(‘\{name\}’|\{\w+\})", template)
    return re.compile(
        "".join(
            "‘(?P<name>.*)’"
            if part == "‘{name}’"
            else ".*?"
            if part.startswith("{")
            else re.escape(part)
            for part in parts
        ),
        re.DOTALL,
    )


_NAMED = [_name_pattern(t) for t in {*MESSAGES.values(), ACTIVE_CONTENT_NOTICE} if "‘{name}’" in t]


def without_file_name(message: str, templates: Iterable[str] = ()) -> str:
    """`message` with the file name it quotes as ‘…’, found by its template (the intake's own,
    and `templates` with a ‘{name}’): a name can hold a ’ of its own ("Klaas’ brief.pdf") that a
    search for the closing quote would stop at. The message may go on after the template
    ("… Dit bestand is niet overgenomen.")."""
    for pattern in [*_NAMED, *(_name_pattern(t) for t in templates if "‘{name}’" in t)]:
        if match := pattern.match(message):
            return f"{message[: match.start('name')]}…{message[match.end('name') :]}"
    return message
