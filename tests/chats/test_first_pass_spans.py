"""Processing's second pass over a chat takes the first pass's spans over where the persons
learned in between change nothing (perf36): the same messages as examining every one again,
with only the messages that may name a new person examined."""

from chats.pipeline import build
from chats.redaction import ChatContext, OrganisationContacts
from tests.chats.redaction_passes import MOL_LINE, prepared_chat, watch_detector


def test_the_second_pass_examines_only_messages_that_may_name_a_learned_person(
    tmp_path, monkeypatch
):
    lines = [
        MOL_LINE,
        "Ria Mol belt morgen terug over de schutting.",
        "van wie is die witte camper?",
        "Prima, dank je wel. Bel 06-12345678 maar.",
        "De container staat er nog.",
        "Meneer Van Houten belde, hij woont op de Kerkweg 12.",
    ] * 3
    chat = prepared_chat(tmp_path, lines)
    context = chat.context
    first = build.FirstPass(context, {})
    learned = build.learn_persons(chat.path, [], context, first)
    assert learned == build.learn_persons(chat.path, [], context)  # the same persons learned
    assert "Ria Mol" in learned
    known = context.with_persons(learned)

    full = chat.redacted("full.spill", context=known)
    examined = watch_detector(monkeypatch)
    shared = chat.redacted("shared.spill", context=known, first=first)
    assert shared == full
    assert "Mol" not in shared[0].text_redacted
    assert MOL_LINE in examined
    assert "Prima, dank je wel. Bel 06-12345678 maar." not in examined
    assert "De container staat er nog." not in examined


def test_a_first_pass_with_another_organisation_is_not_taken_over(tmp_path, monkeypatch):
    chat = prepared_chat(tmp_path, ["Bel 0522 123456 maar.", "De container staat er nog."])
    first = build.FirstPass(ChatContext(), {})
    build.learn_persons(chat.path, [], ChatContext(), first)
    assert first.spans
    own = ChatContext(organisation=OrganisationContacts.of(phones=["0522 123456"]))
    examined = watch_detector(monkeypatch)
    messages = chat.redacted("x.spill", context=own, first=first)
    assert "Bel 0522 123456 maar." in examined
    assert messages[0].text_redacted == "Bel 0522 123456 maar."
