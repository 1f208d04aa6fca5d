"""Processing's second pass over a chat takes the first pass's spans over where the persons
learned in between change nothing (perf36): the same messages as examining every one again,
with only the messages that may name a new person examined."""

from tests.chats.test_known_persons import MOL_LINE, _android


def test_the_second_pass_examines_only_messages_that_may_name_a_learned_person(
    tmp_path, monkeypatch
):
    from chats.pipeline import build
    from chats.redaction import ChatContext

    lines = [
        MOL_LINE,
        "Ria Mol belt morgen terug over de schutting.",
        "van wie is die witte camper?",
        "Prima, dank je wel. Bel 06-12345678 maar.",
        "De container staat er nog.",
        "Meneer Van Houten belde, hij woont op de Kerkweg 12.",
    ] * 3
    chat = _android(tmp_path, lines)[0]
    survey = build.survey_chat(chat, media_names=[])
    participants, pseudonymizer = build.pseudonymize(
        [name for name, _ in survey.authors],
        user=type("U", (), {"first_name": "Mila", "last_name": "de Vries"})(),
        gesprekspartner="inwoner",
    )
    context = ChatContext().with_persons(p.name for p in participants)
    first = build.FirstPass(context, {})
    learned = build.learn_persons(chat, [], context, first)
    assert learned == build.learn_persons(chat, [], context)  # the same persons learned
    assert "Ria Mol" in learned
    known = context.with_persons(learned)

    def redacted(name, **kwargs):
        out, _ = build._redacted_chat(
            chat, [], spill=tmp_path / name, participants=participants,
            pseudonymizer=pseudonymizer, total=survey.message_count, progress=None,
            context=known, **kwargs,
        )  # fmt: skip
        return [m for batch in out.batches() for m in batch]

    full = redacted("full.spill")
    examined = []
    real_detect = build.detect
    monkeypatch.setattr(
        build, "detect", lambda text, **kw: examined.append(text) or real_detect(text, **kw)
    )
    shared = redacted("shared.spill", first=first)
    assert shared == full
    assert "Mol" not in shared[0].text_redacted
    assert MOL_LINE in examined
    assert "Prima, dank je wel. Bel 06-12345678 maar." not in examined
    assert "De container staat er nog." not in examined


def test_a_first_pass_with_another_organisation_is_not_taken_over(tmp_path, monkeypatch):
    from chats.pipeline import build
    from chats.redaction import ChatContext, OrganisationContacts

    chat = _android(tmp_path, ["Bel 0522 123456 maar.", "De container staat er nog."])[0]
    survey = build.survey_chat(chat, media_names=[])
    participants, pseudonymizer = build.pseudonymize(
        [name for name, _ in survey.authors],
        user=type("U", (), {"first_name": "Mila", "last_name": "de Vries"})(),
        gesprekspartner="inwoner",
    )
    first = build.FirstPass(ChatContext(), {})
    build.learn_persons(chat, [], ChatContext(), first)
    assert first.spans
    own = ChatContext(organisation=OrganisationContacts.of(phones=["0522 123456"]))
    examined = []
    real_detect = build.detect
    monkeypatch.setattr(
        build, "detect", lambda text, **kw: examined.append(text) or real_detect(text, **kw)
    )
    out, _ = build._redacted_chat(
        chat, [], spill=tmp_path / "x.spill", participants=participants,
        pseudonymizer=pseudonymizer, total=survey.message_count, progress=None,
        context=own, first=first,
    )  # fmt: skip
    messages = [m for batch in out.batches() for m in batch]
    assert "Bel 0522 123456 maar." in examined
    assert messages[0].text_redacted == "Bel 0522 123456 maar."
