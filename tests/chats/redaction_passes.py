"""Set-up shared by the tests of processing's redaction passes over a chat (test_known_persons,
test_first_pass_spans): an Android chat surveyed and pseudonymised as processing does it,
redacted with what a test gives, and the texts the detector examined meanwhile."""

from dataclasses import dataclass
from pathlib import Path

from chats.pipeline import build
from chats.redaction import ChatContext

# The detector alone leaves "Mol" readable here: only a chat that named Mol as a person redacts it.
MOL_LINE = "Mol komt morgen langs voor de schutting."
# The employee who uploads the chat.
EMPLOYEE = type("U", (), {"first_name": "Mila", "last_name": "de Vries"})()


def android_export(tmp_path, lines: list[str], files: dict[str, bytes] | None = None):
    """The export's files: Gerrit Mulder's `lines`, the employee's answer, and `files`."""
    chat = tmp_path / "WhatsApp-chat met Gerrit Mulder.txt"
    chat.write_text(
        "".join(
            f"12-03-2024 09:{10 + i:02d} - Gerrit Mulder: {line}\n" for i, line in enumerate(lines)
        )
        + "12-03-2024 10:00 - Mila de Vries: Dank u, ik kijk ernaar.\n",
        encoding="utf-8",
    )
    paths = [chat]
    for name, data in (files or {}).items():
        path = tmp_path / name
        path.write_bytes(data)
        paths.append(path)
    return paths


@dataclass(frozen=True)
class PreparedChat:
    """A chat as processing has it before its messages are redacted."""

    path: Path
    survey: build.ChatSurvey
    participants: list
    pseudonymizer: object
    spill_dir: Path

    @property
    def context(self) -> ChatContext:
        """The chat's participants known as persons."""
        return ChatContext().with_persons(p.name for p in self.participants)

    def redacted(self, spill: str, **kwargs) -> list:
        """The chat's messages redacted (build._redacted_chat with `kwargs`), spilled to `spill`."""
        out, _ = build._redacted_chat(
            self.path, [], spill=self.spill_dir / spill, participants=self.participants,
            pseudonymizer=self.pseudonymizer, total=self.survey.message_count, progress=None,
            **kwargs,
        )  # fmt: skip
        return [m for batch in out.batches() for m in batch]


def prepared_chat(tmp_path, lines: list[str]) -> PreparedChat:
    path = android_export(tmp_path, lines)[0]
    survey = build.survey_chat(path, media_names=[])
    participants, pseudonymizer = build.pseudonymize(
        [name for name, _ in survey.authors], user=EMPLOYEE, gesprekspartner="inwoner"
    )
    return PreparedChat(path, survey, participants, pseudonymizer, tmp_path)


def watch_detector(monkeypatch) -> list[str]:
    """The texts the detector (build.detect) examines from now on, in order."""
    seen: list[str] = []
    real_detect = build.detect
    monkeypatch.setattr(
        build, "detect", lambda text, **kw: seen.append(text) or real_detect(text, **kw)
    )
    return seen
