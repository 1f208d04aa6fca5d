"""Which file of an export is the chat, judged before anything is stored.

An export holds exactly one WhatsApp chat text: `_chat.txt` (iPhone) or `WhatsApp-chat met
….txt` (Android), possibly next to .txt documents someone shared in the chat. A ZIP is judged
from its directory and the first bytes of its text members only, never unpacked here.
"""

import os
import re
import tempfile
from collections.abc import Sequence
from pathlib import Path, PurePosixPath

from chats.whatsapp import looks_like_chat
from chats.whatsapp.errors import MANY_CHATS, NOT_A_CHAT

from .errors import IntakeError, intake_error
from .limits import DEFAULT_LIMITS, Limits
from .unpack import read_member_head
from .ziparchive import ZipMember

# The names WhatsApp gives the chat text; decides when several texts look like a chat.
CHAT_FILE_NAME = re.compile(r"^(?:_chat|whatsapp[ -].*)\.txt$", re.IGNORECASE)
# Files a Mac or a zip tool adds next to the export; not part of the conversation.
PLATFORM_JUNK = ("__MACOSX/", ".DS_Store", "._")
# Enough of a text to recognise a chat header in any encoding (looks_like_chat reads 64 K chars).
HEAD_BYTES = 256 * 1024
# Text members looked at; an export with more .txt documents than this is not a normal export.
MAX_TEXT_CANDIDATES = 100


def is_platform_junk(member_name: str) -> bool:
    """True for `__MACOSX/…`, `.DS_Store` and `._name` entries."""
    base = PurePosixPath(member_name).name
    return member_name.startswith(PLATFORM_JUNK) or base.startswith(PLATFORM_JUNK[1:])


def choose_chat(chat_names: Sequence[str]) -> int:
    """Index of the one chat among texts that all look like a chat (by their base names).

    One is the chat; of several, the one named as WhatsApp names it. Raises IntakeError
    (`many_chats`) when that leaves none or more than one.
    """
    if len(chat_names) == 1:
        return 0
    named = [i for i, name in enumerate(chat_names) if CHAT_FILE_NAME.match(name)]
    if len(named) != 1:
        raise _parser_refusal("many_chats", detail=f"{len(chat_names)} chats")
    return named[0]


def _parser_refusal(code: str, *, detail: str) -> IntakeError:
    """An IntakeError with the parser's own sentence, so intake and processing say the same."""
    sentence = {"many_chats": MANY_CHATS, "not_a_chat": NOT_A_CHAT}[code]
    return IntakeError(code, sentence, detail=detail)


def check_chat_texts(paths: Sequence[str | os.PathLike], names: Sequence[str]) -> int:
    """Index of the chat among loose text files (paths, client base names); raise IntakeError.

    `not_a_chat` when none starts like a WhatsApp chat, `many_chats` when several do.
    """
    chats = [i for i, path in enumerate(paths) if looks_like_chat(path)]
    if not chats:
        raise _parser_refusal("not_a_chat", detail=f"{len(paths)} texts")
    return chats[choose_chat([names[i] for i in chats])]


def check_zip_export(
    path: str | os.PathLike,
    members: Sequence[ZipMember],
    *,
    scratch_dir: str | os.PathLike,
    limits: Limits = DEFAULT_LIMITS,
) -> ZipMember:
    """The chat member of a ZIP export (members from inspect_zip), or raise IntakeError.

    `zip_empty` when only folders or platform files are inside, `zip_no_chat` when no text
    member starts like a WhatsApp chat, `many_chats` when several do. Reads at most
    HEAD_BYTES of each text member into a private file under `scratch_dir` (removed again).
    """
    content = [m for m in members if not m.is_dir and not is_platform_junk(m.name)]
    if not content:
        raise intake_error("zip_empty", limits=limits, detail="no content members")
    texts = [m for m in content if m.name.lower().endswith(".txt")]
    chats: list[ZipMember] = []
    with tempfile.TemporaryDirectory(prefix="intake-", dir=scratch_dir) as tmp:
        for member in texts[:MAX_TEXT_CANDIDATES]:
            sample = Path(tmp) / f"head-{member.index}"
            with open(sample, "xb") as out:
                out.write(read_member_head(path, member, HEAD_BYTES, limits=limits))
            if looks_like_chat(sample):
                chats.append(member)
            sample.unlink()
    if not chats:
        raise intake_error("zip_no_chat", limits=limits, detail=f"{len(texts)} texts")
    return chats[choose_chat([PurePosixPath(m.name).name for m in chats])]
