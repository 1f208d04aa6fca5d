"""WhatsApp's own strings in languages beyond nl/en/de: omitted media, deleted, notices.

Exports from phones set to Czech, Russian, Arabic, Japanese and so on write the same
placeholders in their language; they are media, deleted messages and notices, not text.
"""

from __future__ import annotations

import pytest

LRM, RLM = "\u200e", "\u200f"


@pytest.mark.parametrize(
    ("body", "media_type"),
    [
        # cs
        ("obrázek vynechán", "image"),
        ("video vynecháno", "video"),
        ("zvukový soubor vynechán", "audio"),
        ("Vizitka vynechána", "contact"),
        ("nálepka vynechána", "sticker"),
        ("GIF vynechán", "gif"),
        # ru, uk
        ("изображение отсутствует", "image"),
        ("аудиофайл отсутствует", "audio"),
        ("стикер не добавлен", "sticker"),
        ("зображення відсутнє", "image"),
        ("Наклейку не додано", "sticker"),
        ("GIF-анімацію пропущено", "gif"),
        # ar, hi: verb first
        (f"{RLM}لم يتم إدراج الصورة", "image"),
        (f"{RLM}تم حذف الملصقات", "sticker"),
        ("फ़ोटो हटाई गई", "image"),
        ("कॉन्टैक्ट कार्ड छोड़ा गया", "contact"),
        ("वीडियो छो\u095cा गया", "video"),  # "ड़" as one code point, as WhatsApp writes it
        # id, ja, th, vi
        ("gambar tidak disertakan", "image"),
        ("Kartu kontak tidak disertakan", "contact"),
        ("画像は含まれていません", "image"),
        ("連絡先カードを省略", "contact"),
        ("ไม่มีรูปภาพ", "image"),
        ("ละเว้น GIF", "gif"),
        ("đã bỏ qua hình ảnh", "image"),
        ("Bỏ qua thẻ liên lạc", "contact"),
        # fr, it, pt-PT forms beside the ones the type/verb table reads
        ("image absente", "image"),
        ("Fiche contact manquante", "contact"),
        ("sticker non incluso", "sticker"),
        ("Scheda contatto omessa", "contact"),
        ("imagem não revelada", "image"),
        ("ficheiro de áudio não revelado", "audio"),
    ],
)
def test_ios_omitted_media_in_other_languages_is_media(parse_text, body, media_type):
    # Piet's first message and a message in the middle take different paths through the scan.
    chat = parse_text(
        "[3/5/24, 09:00:00] Piet: hoi",
        f"{LRM}[3/5/24, 09:01:00] Piet: {LRM}{body}",
        "[3/5/24, 09:02:00] Jan: ok",
    )

    message = chat.messages[1]
    assert (message.kind, message.author, message.text) == ("media", "Piet", "")
    assert (message.media_omitted, message.media_type) == (True, media_type)


@pytest.mark.parametrize(
    "body",
    [
        f"Notulen.pdf • {LRM}3 strany {LRM}dokument vynechán",
        f"Notulen.pdf {LRM}документ отсутствует",
        f"Notulen.pdf • {RLM}صفحتان ٣ {RLM}لم يتم إدراج المستند",
        f"Notulen.pdf • {LRM}ページ数: 3 {LRM}ドキュメントは含まれていません",
        f"Notulen.pdf {LRM}đã bỏ qua tài liệu",
    ],
)
def test_omitted_document_keeps_its_title_in_other_languages(parse_text, body):
    chat = parse_text(f"{LRM}[3/5/24, 09:01:00] Piet: {body}", "[3/5/24, 09:02:00] Jan: ok")

    message = chat.messages[0]
    assert (message.kind, message.media_type, message.document_title) == (
        "media",
        "document",
        "Notulen.pdf",
    )


@pytest.mark.parametrize(
    "body",
    [
        f"{LRM}Tato zpráva byla smazána.",
        f"{LRM}Tuto zprávu jste smazal/a.",
        "Tato zpráva byla odstraněna.",
        "Tuto zprávu jste odstranil/a.",
        "Данное сообщение удалено",
        f"{LRM}Вы удалили данное сообщение.",
        f"{LRM}Це повідомлення було видалено.",
        f"{RLM}تم حذف هذه الرسالة.",
        f"{RLM}أنت حذفت هذه الرسالة.",
        f"{LRM}यह मैसेज डिलीट कर दिया गया है.",
        f"{LRM}Pesan ini dihapus.",
        f"{LRM}このメッセージは削除されました。",
        f"{LRM}คุณได้ลบข้อความนี้",
        f"{LRM}Tin nhắn này đã bị xóa.",
        f"{LRM}Apagou esta mensagem.",
    ],
)
def test_deleted_messages_in_other_languages(parse_text, body):
    chat = parse_text(
        "[3/5/24, 09:00:00] Piet: hoi",
        f"[3/5/24, 09:01:00] Piet: {body}",
        "[3/5/24, 09:02:00] Jan: ok",
    )

    deleted = chat.messages[1]
    assert (deleted.kind, deleted.author, deleted.text) == ("deleted", "Piet", "")


@pytest.mark.parametrize(
    "notice",
    [
        "Zprávy a hovory jsou opatřeny koncovým šifrováním. Nikdo jiný je nemůže číst.",
        "Сообщения и звонки защищены сквозным шифрованием. Третьи лица их не прочтут.",
        "Повідомлення й дзвінки захищено наскрізним шифруванням.",
        "الرسائل والمكالمات مشفرة تمامًا بين الطرفين، بحيث لا يستطيع أحد قراءتها.",
        "मैसेजेस और कॉल्स एंड-टू-एंड एन्क्रिप्टेड हैं.",
        "Pesan dan panggilan terenkripsi secara end-to-end.",
        "メッセージと通話はエンドツーエンド暗号化されています。",
        "As mensagens e chamadas são encriptadas ponto a ponto.",
        "ข้อความและการโทรได้รับการเข้ารหัสจากต้นทางถึงปลายทาง",
        "Tin nhắn và cuộc gọi được mã hóa đầu cuối.",
    ],
)
def test_encryption_notice_in_other_languages_is_a_notice(parse_text, notice):
    chat = parse_text(
        f"[3/5/24, 09:00:00] Gemeente Meppel: {LRM}{notice}",
        "[3/5/24, 09:01:00] Piet: hoi",
    )

    first = chat.messages[0]
    assert (first.kind, first.author, first.attributed_to) == ("system", None, "Gemeente Meppel")
    assert [p.name for p in chat.participants] == ["Piet"]


def test_android_forms_in_czech_and_russian(parse_text):
    chat = parse_text(
        "05.03.24 09:00 - Zprávy a hovory jsou zabezpečeny koncovým šifrováním.",
        "05.03.24 09:01 - Piet: <Média vynechány>",
        f"05.03.24 09:02 - Piet: {LRM}Plattegrond.vcf (soubor byl přiložen)",
        "05.03.24 09:03 - Piet: Zmeškaný hovor",
        "05.03.24 09:04 - Piet: poloha: https://maps.google.com/?q=52.69,6.19",
        f"05.03.24 09:05 - Jan: {LRM}Plattegrond.vcf (файл добавлен)",
        "05.03.24 09:06 - Jan: Пропущенный аудиозвонок",
        "05.03.24 09:07 - Jan: местоположение: https://maps.google.com/?q=52.69,6.19",
    )

    assert [(m.kind, m.subtype, m.attachments) for m in chat.messages] == [
        ("system", None, ()),
        ("media", None, ()),
        ("media", "contact", ("Plattegrond.vcf",)),
        ("text", "missed_call", ()),
        ("text", "location", ()),
        ("media", "contact", ("Plattegrond.vcf",)),
        ("text", "missed_call", ()),
        ("text", "location", ()),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "De video vynecháno? Nee, gewoon meegestuurd.",
        "Vraag over het gambar tidak disertakan",
        "ไม่มีรูปภาพ ไม่มีอะไร",
    ],
)
def test_a_sentence_around_a_placeholder_stays_text(parse_text, text):
    chat = parse_text("[3/5/24, 09:00:00] Piet: hoi", f"[3/5/24, 09:01:00] Piet: {text}")

    assert (chat.messages[1].kind, chat.messages[1].text) == ("text", text)


@pytest.mark.parametrize(
    "text",
    [
        # Sentences that end like a placeholder after other words: iOS marks its placeholder
        # with an invisible mark right before it; without one this is what a person wrote.
        "Ik heb de foto weggelaten",
        "Ik heb die afbeelding weggelaten.",
        "Het verslag is klaar, het document weggelaten",
        "Нужный документ отсутствует",
        "Le dossier est prêt, document manquant",
        # A placeholder of the phrase table typed by a person (no mark): an Android export
        # never writes one, an iOS export marks it.
        "Відео відсутнє",
        "Document manquant",
        "Image absente",
    ],
)
@pytest.mark.parametrize("header", ["[3/5/24, 09:01:00] Piet: ", "3/5/24, 09:01 - Piet: "])
def test_an_unmarked_sentence_ending_like_a_placeholder_keeps_its_text(parse_text, header, text):
    other = (
        "[3/5/24, 09:00:00] Piet: hoi" if header.startswith("[") else "3/5/24, 09:00 - Piet: hoi"
    )
    chat = parse_text(other, f"{header}{text}")

    message = chat.messages[1]
    assert (message.kind, message.text, message.media_omitted) == ("text", text, False)


@pytest.mark.parametrize(
    ("body", "title"),
    [
        (f"Notulen.pdf • {LRM}3 pagina's {LRM}document weggelaten", "Notulen.pdf"),
        (f"Notulen.pdf {LRM}document manquant", "Notulen.pdf"),
        (f"Notulen.pdf {LRM}документ отсутствует", "Notulen.pdf"),
    ],
)
def test_a_marked_placeholder_after_a_title_is_still_a_document(parse_text, body, title):
    chat = parse_text("[3/5/24, 09:00:00] Piet: hoi", f"[3/5/24, 09:01:00] Piet: {body}")

    message = chat.messages[1]
    assert (message.kind, message.media_type, message.document_title) == (
        "media",
        "document",
        title,
    )


@pytest.mark.parametrize(
    ("body", "title"),
    [
        # A number after a word is a page count only in the languages that write it so
        # ("ページ数: 3", "صفحتان ٣"); "week 12" after the bullet is part of the title.
        (f"Planning • week 12 {LRM}document weggelaten", "Planning • week 12"),
        (f"Rooster • Q3 2024 {LRM}document omitted", "Rooster • Q3 2024"),
        (f"Notulen.pdf • {LRM}3 pagina's {LRM}document weggelaten", "Notulen.pdf"),
    ],
)
def test_a_title_with_a_bullet_and_a_number_keeps_its_number(parse_text, body, title):
    chat = parse_text("[3/5/24, 09:00:00] Piet: hoi", f"[3/5/24, 09:01:00] Piet: {body}")

    assert chat.messages[1].document_title == title


@pytest.mark.parametrize(
    "text",
    [
        "Foto weggelaten",
        "Document weggelaten",
        "Video weggelaten",
        "image omitted",
        "Bild weggelassen",
    ],
)
@pytest.mark.parametrize("where", ["before", "after"])
def test_a_typed_whole_line_placeholder_in_a_marked_export_keeps_its_text(parse_text, text, where):
    # This export marks its placeholders (the LRM before "afbeelding weggelaten"), so an
    # unmarked one, before or after it, is what Piet typed: his words must not be lost.
    typed = f"[12-03-2024 09:01:00] Piet: {text}"
    marked = f"[12-03-2024 09:02:00] Jan: {LRM}afbeelding weggelaten"
    lines = [typed, marked] if where == "before" else [marked, typed]
    chat = parse_text("[12-03-2024 09:00:00] Piet: hoi", *lines)

    by_author = {m.author: m for m in chat.messages[1:]}
    piet, jan = by_author["Piet"], by_author["Jan"]
    assert (piet.kind, piet.text, piet.media_omitted) == ("text", text, False)
    assert (jan.kind, jan.media_omitted, jan.media_type) == ("media", True, "image")


def test_a_placeholder_found_far_into_the_file_makes_the_export_marked(parse_text):
    filler = [f"[12-03-2024 09:{i // 60:02d}:{i % 60:02d}] Jan: bericht {i} " + "x" * 200
              for i in range(3000)]  # fmt: skip
    chat = parse_text(
        "[12-03-2024 08:59:00] Piet: Foto weggelaten",
        *filler,
        f"[12-03-2024 10:00:00] Jan: {LRM}foto weggelaten",
    )

    first, last = chat.messages[0], chat.messages[-1]
    assert (first.kind, first.text) == ("text", "Foto weggelaten")
    assert (last.kind, last.media_omitted) == ("media", True)


@pytest.mark.parametrize("header", ["[3/5/24, 09:01:00] Bob: ", "3/5/24, 09:01 - Bob: "])
def test_an_unmarked_whole_line_placeholder_counts_where_no_placeholder_is_marked(
    parse_text, header
):
    # Older iOS exports (../shared/corpus/whatsapp/public/*__whatsr.txt) mark none.
    chat = parse_text(f"{header}image omitted", f"{header}Bild weggelassen")

    assert [(m.kind, m.media_omitted) for m in chat.messages] == [("media", True)] * 2
