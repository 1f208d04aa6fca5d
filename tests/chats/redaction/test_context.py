"""Chat-level context: the chat's people and the organisation's own contact data."""

from chats.redaction import ChatContext, OrganisationContacts, detect, persons_in


def found(text, **kwargs):
    return [(text[s.start : s.end], s.label) for s in detect(text, **kwargs)]


def test_a_surname_that_is_a_word_is_redacted_once_the_chat_knows_the_person():
    text = "Mol belt morgen terug"
    assert found(text) == []
    context = ChatContext(known_persons=("Ria Mol",))
    assert found(text, context=context) == [("Mol", "PERSON")]


def test_an_ordinary_word_stays_when_only_its_lower_case_form_is_in_the_text():
    context = ChatContext(known_persons=("Ria Mol",))
    assert found("er zit een mol in het grasveld", context=context) == []


def test_names_seen_as_a_person_in_one_message_are_learned_for_the_chat():
    chat = ["Gesprek met mevrouw Kraai over de heg", "Ria Mol was er ook bij", "storm op komst"]
    learned = persons_in(chat)
    assert "Kraai" in learned and "Ria Mol" in learned
    context = ChatContext(known_persons=learned)
    assert found("Kraai en Mol hier.", context=context) == [("Kraai", "PERSON"), ("Mol", "PERSON")]


def test_the_organisations_own_numbers_mailboxes_and_accounts_stay():
    org = OrganisationContacts.of(
        phones=["0522 85 12 34"],
        emails=["Wijkteam.Noord@meppel.nl"],
        ibans=["NL91 ABNA 0417 1643 00"],
    )
    context = ChatContext(organisation=org)
    text = "Bel +31 522 851234 of mail wijkteam.noord@meppel.nl, betalen op NL91ABNA0417164300"
    assert found(text, context=context) == []
    # Without the list the same number is a person's.
    assert ("+31 522 851234", "PHONE") in found(text)


def test_a_residents_number_is_still_redacted_next_to_the_switchboard():
    org = OrganisationContacts.of(phones=["14 0522", "0522 85 12 34"])
    text = "Bel 14 0522 of 0522-851234; de melder heeft 06-12345678"
    assert found(text, context=ChatContext(organisation=org)) == [("06-12345678", "PHONE")]
