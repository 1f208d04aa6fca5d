"""Fixed strings WhatsApp writes into exports, per language (nl, en, de and a few others)."""

from __future__ import annotations

import functools
import re
import unicodedata

# Invisible direction/format marks WhatsApp sprinkles through exports: LRM/RLM, the embedding and
# override marks around phone numbers, the isolates, and stray byte-order marks.
INVISIBLE_CHARS = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"
INVISIBLE_CLASS = "[\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]"
INVISIBLE_RE = re.compile(INVISIBLE_CLASS + "+")

# Devanagari letters with a nukta: WhatsApp writes some as one code point ("ड़" U+095C), others
# as letter and nukta, which is also what NFC makes of both. Phrases are looked up in either.
_NUKTA_LETTERS = {unicodedata.normalize("NFD", chr(c)): chr(c) for c in range(0x958, 0x960)}


def spellings(text: str) -> set[str]:
    """The ways WhatsApp may encode a phrase: as written, NFC, and with one-code-point nuktas."""
    composed = unicodedata.normalize("NFC", text)
    for pair, letter in _NUKTA_LETTERS.items():
        composed = composed.replace(pair, letter)
    return {text, unicodedata.normalize("NFC", text), composed}


# "<Media omitted>" and friends: a whole first line meaning "a file was sent but not exported".
MEDIA_OMITTED_LINES = frozenset(
    s.casefold()
    for s in (
        "<Media omitted>",
        "<Media weggelaten>",
        "<Medien ausgeschlossen>",
        "<Medien weggelassen>",
        "<Multimedia omitido>",
        "<Multimedia omitidos>",
        "<Médias omis>",
        "<Fichier omis>",
        "<Media omessi>",
        "<Mídia oculta>",
        "<Arquivo de mídia oculto>",
        "<Media dihilangkan>",
        "<Medya dahil edilmedi>",
        "<Медиафайл отсутствует>",
        "<Без медиафайлов>",
        "<Média vynechány>",
        "<View once photo omitted>",
        "<View once video omitted>",
        "<View once voice message omitted>",
        "null",  # Android writes "null" for view-once media and some stickers
    )
)

# iOS no-media exports: "<type> omitted" with the type word first (en) or the verb last.
_OMITTED_TYPES = {
    # type word (casefolded) -> media type; en, nl, de, es, pt, it, fr
    "image": "image",
    "photo": "image",
    "video": "video",
    "audio": "audio",
    "sticker": "sticker",
    "gif": "gif",
    "document": "document",
    "contact card": "contact",
    "contact": "contact",
    "view once photo": "view_once",
    "view once video": "view_once",
    "view once voice message": "view_once",
    "afbeelding": "image",
    "foto": "image",
    "contactkaart": "contact",
    "bild": "image",
    "dokument": "document",
    "kontaktkarte": "contact",
    "kontakt": "contact",
    "imagen": "image",
    "vídeo": "video",
    "documento": "document",
    "tarjeta de contacto": "contact",
    "imagem": "image",
    "figurinha": "sticker",
    "immagine": "image",
    "vidéo": "video",
}
OMITTED_VERBS = (
    "omitted",
    "weggelaten",
    "weggelassen",
    "ausgelassen",
    "omitido",
    "omitida",
    "ocultado",
    "oculto",
    "omis",
    "omise",
    "omessa",
    "omesso",
)
OMITTED_SUFFIXES = tuple(" " + v for v in OMITTED_VERBS) + tuple(
    " " + v.capitalize() for v in OMITTED_VERBS
)
# "image omitted", "Some file.txt document omitted", "Kontaktkarte ausgelassen" (type word last
# before the verb). The optional prefix before the type word is a document title.
OMITTED_RE = re.compile(
    r"^(?P<title>.*?)\s*(?P<type>"
    + "|".join(sorted((re.escape(t) for t in _OMITTED_TYPES), key=len, reverse=True))
    + r")\s+(?:"
    + "|".join(OMITTED_VERBS)
    + r")\.?$",
    re.IGNORECASE,
)
OMITTED_TYPES = _OMITTED_TYPES
# A placeholder as iOS writes it with the invisible mark before it ("\u200eimage omitted"):
# one anywhere in an export makes the export "marked" (see scanner.ScanState).
MARKED_OMITTED_RE = re.compile(
    INVISIBLE_CLASS
    + r"(?:"
    + "|".join(sorted((re.escape(t) for t in _OMITTED_TYPES), key=len, reverse=True))
    + r")\s+(?:"
    + "|".join(OMITTED_VERBS)
    + r")\.?(?:\n|$)",
    re.IGNORECASE,
)

# iOS no-media placeholders as whole phrases, for languages whose placeholder the type/verb
# table above cannot read (verb first, or a verb form per type): language -> phrase -> type.
# Only a document placeholder follows a title ("Notulen.pdf • 3 strany dokument vynechán").
OMITTED_PHRASES = {
    "cs": {
        "obrázek vynechán": "image",
        "video vynecháno": "video",
        "zvukový soubor vynechán": "audio",
        "vizitka vynechána": "contact",
        "nálepka vynechána": "sticker",
        "dokument vynechán": "document",
        "gif vynechán": "gif",
    },
    "ru": {
        "изображение отсутствует": "image",
        "видео отсутствует": "video",
        "аудиофайл отсутствует": "audio",
        "карточка контакта отсутствует": "contact",
        "стикер не добавлен": "sticker",
        "документ отсутствует": "document",
        "gif отсутствует": "gif",
    },
    "uk": {
        "зображення відсутнє": "image",
        "відео відсутнє": "video",
        "аудіо відсутнє": "audio",
        "картка контакту відсутня": "contact",
        "наклейку не додано": "sticker",
        "документ пропущено": "document",
        "gif-анімацію пропущено": "gif",
    },
    "ar": {
        "لم يتم إدراج الصورة": "image",
        "لم يتم إدراج الفيديوهات": "video",
        "لم يتم إدراج المقاطع الصوتية": "audio",
        "لم يتم إدراج بطاقة جهة اتصال": "contact",
        "تم حذف الملصقات": "sticker",
        "لم يتم إدراج المستند": "document",
        "لم يتم إدراج صورة gif": "gif",
    },
    "hi": {
        "फ़ोटो हटाई गई": "image",
        "वीडियो छोड़ा गया": "video",
        "ऑडियो हटाई गयी": "audio",
        "कॉन्टैक्ट कार्ड छोड़ा गया": "contact",
        "स्टिकर छोड़ा गया": "sticker",
        "डॉक्यूमेंट छोड़ा गया": "document",
        "gif छोड़ा गया": "gif",
    },
    "id": {
        "gambar tidak disertakan": "image",
        "video tidak disertakan": "video",
        "audio tidak disertakan": "audio",
        "kartu kontak tidak disertakan": "contact",
        "stiker tidak disertakan": "sticker",
        "dokumen tidak disertakan": "document",
        "gif tidak disertakan": "gif",
    },
    "ja": {
        "画像は含まれていません": "image",
        "ビデオは含まれていません": "video",
        "音声は含まれていません": "audio",
        "連絡先カードを省略": "contact",
        "スタンプは含まれていません": "sticker",
        "ドキュメントは含まれていません": "document",
        "gifは含まれていません": "gif",
    },
    "th": {
        "ไม่มีรูปภาพ": "image",
        "วิดีโอถูกลบ": "video",
        "ไม่มีไฟล์เสียง": "audio",
        "บัตรรายชื่อที่ละเว้น": "contact",
        "ไม่มีสติกเกอร์": "sticker",
        "ละเว้นเอกสาร": "document",
        "ละเว้น gif": "gif",
    },
    "vi": {
        "đã bỏ qua hình ảnh": "image",
        "đã bỏ video": "video",
        "bỏ qua tệp âm thanh": "audio",
        "bỏ qua thẻ liên lạc": "contact",
        "đã bỏ sticker": "sticker",
        "đã bỏ qua tài liệu": "document",
        "đã bỏ qua ảnh gif": "gif",
    },
    "fr": {
        "image absente": "image",
        "vidéo absente": "video",
        "fiche contact manquante": "contact",
        "document manquant": "document",
        "gif retiré": "gif",
    },
    "it": {
        "scheda contatto omessa": "contact",
        "sticker non incluso": "sticker",
        "gif esclusa": "gif",
    },
    "pt": {  # Portugal
        "imagem não revelada": "image",
        "vídeo não revelado": "video",
        "ficheiro de áudio não revelado": "audio",
        "contacto não revelado": "contact",
        "sticker não revelado": "sticker",
        "documento não revelado": "document",
        "gif não revelada": "gif",
    },
}
OMITTED_PHRASE_TYPES = {
    spelling.casefold(): kind
    for phrases in OMITTED_PHRASES.values()
    for phrase, kind in phrases.items()
    for spelling in spellings(phrase)
}
# For str.endswith: a document placeholder after its title.
OMITTED_DOCUMENT_SUFFIXES = tuple(
    " " + phrase for phrase, kind in OMITTED_PHRASE_TYPES.items() if kind == "document"
)

# iOS attachment labels: "<attached: NAME>", "<bijgevoegd: NAME>", "<Anhang: NAME>".
ATTACHED_LABELS = (
    "attached",
    "bijgevoegd",
    "Anhang",
    "adjunto",
    "anexo",
    "pièce jointe",
    "allegato",
    "anexado",
    "lampiran",
    "ekli",
)
# Android: "NAME (file attached)".
FILE_ATTACHED_LABELS = (
    "file attached",
    "bestand bijgevoegd",
    "Datei angehängt",
    "archivo adjunto",
    "fichier joint",
    "file allegato",
    "arquivo anexado",
    "ficheiro anexado",
    "file terlampir",
    "dosya ekli",
    "soubor byl přiložen",
    "файл добавлен",
)
IOS_ATTACHED_LABELS = frozenset(label.casefold() for label in ATTACHED_LABELS)
ANDROID_ATTACHED_LABELS = frozenset(label.casefold() for label in FILE_ATTACHED_LABELS)
# WhatsApp media file names: a safe signal for an unknown-language "<label: name>".
WHATSAPP_MEDIA_NAME_RE = re.compile(
    r"^(?:\d{8}-[^/\\]+|(?:IMG|VID|AUD|PTT|STK|DOC)-\d{8}-WA\d{4}.*)$"
)
# Deleted messages (whole body, compared casefolded without a final full stop).
DELETED_TEXTS = frozenset(
    spelling.casefold()
    for s in (
        "This message was deleted",
        "You deleted this message",
        "This message was deleted by admin",
        "Dit bericht is verwijderd",
        "U hebt dit bericht verwijderd",
        "Je hebt dit bericht verwijderd",
        "Jij hebt dit bericht verwijderd",
        "Dit bericht is verwijderd door een beheerder",
        "Diese Nachricht wurde gelöscht",
        "Du hast diese Nachricht gelöscht",
        "Se eliminó este mensaje",
        "Eliminaste este mensaje",
        "Este mensaje fue eliminado",
        "Ce message a été supprimé",
        "Vous avez supprimé ce message",
        "Questo messaggio è stato eliminato",
        "Hai eliminato questo messaggio",
        "Mensagem apagada",
        "Esta mensagem foi apagada",
        "Você apagou esta mensagem",
        "Apagaste esta mensagem",
        "Apagou esta mensagem",
        "Tato zpráva byla smazána",
        "Tuto zprávu jste smazal/a",
        "Tato zpráva byla odstraněna",
        "Tuto zprávu jste odstranil/a",
        "Данное сообщение удалено",
        "Вы удалили данное сообщение",
        "Це повідомлення було видалено",
        "Ви видалили це повідомлення",
        "تم حذف هذه الرسالة",
        "أنت حذفت هذه الرسالة",
        "لقد حذَفت هذه الرسالة",
        "यह मैसेज डिलीट कर दिया गया है",
        "आपने यह मैसेज डिलीट किया",
        "Pesan ini dihapus",
        "Anda menghapus pesan ini",
        "このメッセージは削除されました。",
        "このメッセージを削除しました。",
        "ข้อความนี้ถูกลบแล้ว",
        "คุณได้ลบข้อความนี้",
        "Tin nhắn này đã bị xóa",
        "Tin nhắn này đã bị xoá",
        "Bạn đã xoá tin nhắn này",
        "Bạn đã xóa tin nhắn này",
    )
    for spelling in spellings(s)
)

# "This message was deleted by admin Jan": deleted by a group admin, with their name.
DELETED_BY_PREFIXES = tuple(
    s.casefold()
    for s in (
        "This message was deleted by admin ",
        "You deleted this message as admin",
        "Dit bericht is verwijderd door beheerder ",
        "Dit bericht is verwijderd door de beheerder ",
        "Diese Nachricht wurde vom Admin ",
        "Diese Nachricht wurde von Admin ",
    )
)

# "<This message was edited>" at the end of an edited message (text inside the brackets).
EDITED_MARKERS = frozenset(
    s.casefold()
    for s in (
        "This message was edited",
        "Dit bericht is bewerkt",
        "Bericht bewerkt",
        "Bewerkt",
        "Diese Nachricht wurde bearbeitet",
        "Bearbeitet",
        "Se editó este mensaje.",
        "Se editó este mensaje",
        "Mensaje editado",
        "Ce message a été modifié",
        "Message modifié",
        "Questo messaggio è stato modificato",
        "Messaggio modificato",
        "Mensagem editada",
        "Esta mensagem foi editada",
    )
)

# Calls WhatsApp logs as a message from the caller.
MISSED_CALL_TEXTS = frozenset(
    s.casefold()
    for s in (
        "Missed voice call",
        "Missed video call",
        "Missed group voice call",
        "Missed group video call",
        "Gemiste spraakoproep",
        "Gemiste video-oproep",
        "Gemiste videooproep",
        "Gemiste groepsspraakoproep",
        "Gemiste groepsvideo-oproep",
        "Verpasster Sprachanruf",
        "Verpasster Videoanruf",
        "Llamada perdida",
        "Videollamada perdida",
        "Appel vocal manqué",
        "Appel vidéo manqué",
        "Chiamata vocale persa",
        "Videochiamata persa",
        "Chamada de voz perdida",
        "Chamada de vídeo perdida",
        "Zmeškaný hovor",
        "Пропущенный аудиозвонок",
        "Пропущенный видеозвонок",
    )
)
LIVE_LOCATION_TEXTS = frozenset(
    s.casefold()
    for s in (
        "live location shared",
        "Live locatie gedeeld",
        "Live-locatie gedeeld",
        "Live-Standort wird geteilt",
        "Ubicación en tiempo real compartida",
        "Position en direct partagée",
        "Posizione attuale condivisa",
        "Localização em tempo real compartilhada",
    )
)
LOCATION_LABELS = frozenset(
    s.casefold()
    for s in (
        "location",
        "locatie",
        "standort",
        "ubicación",
        "localisation",
        "posizione",
        "localização",
        "lokasi",
        "konum",
        "poloha",
        "местоположение",
        "розташування",
        "موقع",
        "लोकेशन",
        "位置情報",
        "ตำแหน่งที่ตั้ง",
        "vị trí",
    )
)
POLL_HEADINGS = ("POLL:", "PEILING:", "UMFRAGE:", "ENCUESTA:", "SONDAGE:", "ENQUETE:")
POLL_LABELS = frozenset(s.casefold() for s in POLL_HEADINGS)

# Actor: a name without ": " (a colon-space marks an author prefix, never part of a notice actor).
_A = r"(?:(?!: ).){1,120}?"
_Q = r"[\"“”„«»'‘’].*[\"“”„«»'‘’]"  # a quoted group name or subject

# The encryption notice in further languages: (its opening words, its words for end-to-end).
ENCRYPTION_NOTICES = (
    ("Zprávy a hovory", "koncovým šifrováním"),  # cs
    ("Сообщения и звонки", "сквозным шифрованием"),  # ru
    ("Повідомлення й дзвінки", "наскрізним шифруванням"),  # uk
    ("الرسائل والمكالمات", "مشفرة تمامًا بين الطرفين"),  # ar
    ("मैसेजेस और कॉल्स", "एंड-टू-एंड एन्क्रिप्टेड"),  # hi
    ("Pesan dan panggilan", "end-to-end"),  # id
    ("メッセージと通話", "エンドツーエンド暗号化"),  # ja
    ("As mensagens e chamadas", "ponto a ponto"),  # pt (Portugal)
    ("ข้อความและการโทร", "เข้ารหัสจากต้นทางถึงปลายทาง"),  # th
    ("Tin nhắn và cuộc gọi", "mã hóa đầu cuối"),  # vi
    ("Tin nhắn và cuộc gọi", "mã hoá đầu cuối"),  # vi, the other accent placement
)

_ENCRYPTION_ALTERNATIVES = "|".join(
    f"{re.escape(opening)}.{{0,120}}?{re.escape(words)}" for opening, words in ENCRYPTION_NOTICES
)

# Notices that only WhatsApp itself writes: long, distinctive sentences.
SELF_CONTAINED_SYSTEM_RE = re.compile(
    r"^(?:"
    r"(?:Messages|Berichten|Nachrichten|Los mensajes|Les messages|I messaggi|As mensagens|Mensagens)"
    r"\b.{0,120}?(?:end-to-end|Ende-zu-Ende|de extremo a extremo|de bout en bout|ponta a ponta)"
    rf"|{_ENCRYPTION_ALTERNATIVES}"
    r"|Your security code with .+ changed"
    r"|.+'s security code changed"
    r"|(?:Je|Uw) beveiligingscode met .+ is gewijzigd"
    r"|De beveiligingscode van .+ is gewijzigd"
    r"|Deine Sicherheitsnummer für .+ hat sich geändert"
    r"|Dein Sicherheitscode für .+ hat sich geändert"
    r"|Tu código de seguridad con .+ cambió"
    r"|Votre code de sécurité avec .+ a changé"
    r"|This chat is with a business account"
    r"|Deze chat is met een zakelijk account"
    r")",
    re.DOTALL,
)

# The encryption notice in nl/en/de/es/fr/it/pt names calls, the group or sending right after
# its first word ("Berichten en oproepen", "Messages to this group", "Les messages envoyés");
# a person's "Berichten hier zijn end-to-end versleuteld, ..." does not. Without iOS's mark
# before it, a notice opening with one of these first words must read so.
LOOSE_ENCRYPTION_OPENING_RE = re.compile(
    r"^(?:Messages|Berichten|Nachrichten|Los mensajes|Les messages|I messaggi|As mensagens|Mensagens)\b"
)
KNOWN_ENCRYPTION_OPENING_RE = re.compile(
    LOOSE_ENCRYPTION_OPENING_RE.pattern
    + r"[^.]{0,40}?\b(?:calls|oproepen|gesprekken|Anrufe|llamadas|appels|chiamate|chamadas"
    r"|group|groep|Gruppe|grupo|groupe|gruppo|send|sent|verzonden|verstuurd|stuurt|sendest"
    r"|gesendet|envías|enviados|envoyés|inviati|enviadas)\b"
)

# Substrings one of which every self-contained notice has (a cheap test before the regex).
SELF_CONTAINED_KEYWORDS = (
    "end-to-end",
    "Ende-zu-Ende",
    "extremo a extremo",
    "bout en bout",
    "ponta a ponta",
    "security code",
    "beveiligingscode",
    "Sicherheitsnummer",
    "Sicherheitscode",
    "código de seguridad",
    "code de sécurité",
    "business account",
    "zakelijk account",
    *(words for _, words in ENCRYPTION_NOTICES),
)

# Group and membership notices, full-line patterns (nl, en, de; es/fr/it/pt for the common ones).
SYSTEM_PATTERNS = (
    # en
    rf"{_A} created group {_Q}",
    rf"{_A} created this group",
    rf"{_A} added {_A}",
    rf"{_A} removed {_A}",
    rf"{_A} left",
    rf"{_A} joined using (?:this group's|your) invite(?: link)?",
    rf"{_A} joined from the community",
    rf"{_A} changed the (?:subject|group name)(?: from {_Q})? to {_Q}",
    rf"{_A} changed (?:this|the) group's (?:icon|description)",
    rf"{_A} changed (?:this|the) group's settings.*",
    rf"{_A} deleted this group's icon",
    rf"{_A} changed the group description",
    rf"{_A} changed their phone number.*",
    rf"{_A} changed to \+[\d\s()\-‐‑]+",
    rf"{_A} turned (?:on|off) disappearing messages.*",
    rf"{_A} pinned a message",
    r"You(?:'re| are) (?:now|no longer) an admin",
    r"You were (?:added|removed)",
    r"You joined using this group's invite link",
    r"Disappearing messages were turned (?:on|off).*",
    r"You (?:blocked|unblocked) this contact.*",
    # nl
    rf"{_A} (?:heeft|hebt) (?:de |deze )?groep(?: {_Q}| (?:(?!: ).)+?)? (?:gemaakt|aangemaakt)",
    rf"{_A} (?:heeft|hebt) {_A} toegevoegd",
    rf"{_A} is toegevoegd",
    rf"{_A} (?:heeft|hebt) {_A} verwijderd",
    rf"{_A} is verwijderd",
    rf"{_A} (?:heeft|hebt) de groep verlaten",
    rf"{_A} is vertrokken",
    rf"{_A} neemt deel via (?:uw|je|jouw|de) uitnodiging(?:slink)?.*",
    rf"{_A} (?:is|bent) (?:lid|deelnemer) geworden via de uitnodigingslink.*",
    rf"{_A} (?:heeft|hebt) (?:het onderwerp|de groepsnaam) gewijzigd(?: van {_Q})? naar {_Q}",
    rf"{_A} (?:heeft|hebt) de groepsafbeelding (?:gewijzigd|verwijderd)",
    rf"{_A} (?:heeft|hebt) de groepsbeschrijving (?:gewijzigd|verwijderd)",
    rf"{_A} (?:heeft|hebt) de (?:groeps)?instellingen (?:van deze groep )?gewijzigd.*",
    rf"{_A} (?:heeft|hebt) (?:zijn|haar|het) telefoonnummer gewijzigd.*",
    rf"{_A} is overgestapt naar {_A}",
    rf"{_A} (?:heeft|hebt) verdwijnende berichten (?:ingeschakeld|uitgeschakeld).*",
    rf"{_A} (?:heeft|hebt) een bericht vastgezet",
    r"(?:U|Je|Jij) (?:bent|is) nu (?:een )?beheerder",
    r"(?:U|Je|Jij) bent geen beheerder meer",
    r"(?:U|Je|Jij) bent (?:toegevoegd|verwijderd)",
    r"Verdwijnende berichten zijn (?:ingeschakeld|uitgeschakeld).*",
    r"(?:U|Je) hebt dit contact (?:geblokkeerd|gedeblokkeerd).*",
    # de
    rf"{_A} (?:hat|hast) (?:die |diese )?Gruppe(?: {_Q})? erstellt",
    rf"{_A} (?:hat|hast) {_A} hinzugefügt",
    rf"{_A} wurde(?:st)? hinzugefügt",
    rf"{_A} (?:hat|hast) {_A} entfernt",
    rf"{_A} wurde(?:st)? entfernt",
    rf"{_A} (?:hat|hast) die Gruppe verlassen",
    rf"{_A} ist ausgetreten",
    rf"{_A} (?:ist|bist) (?:der Gruppe )?über den Einladungslink(?: dieser Gruppe)? beigetreten",
    rf"{_A} (?:hat|hast) den (?:Betreff|Gruppennamen)(?: von {_Q})? (?:zu|in) {_Q} geändert",
    rf"{_A} (?:hat|hast) das Gruppenbild (?:geändert|gelöscht)",
    rf"{_A} (?:hat|hast) die Gruppenbeschreibung geändert",
    rf"{_A} (?:hat|hast) die Gruppeneinstellungen geändert.*",
    rf"{_A} (?:hat|hast) (?:seine|ihre|die) Telefonnummer .*geändert.*",
    r"Du bist jetzt (?:ein )?Admin",
    r"Du bist kein Admin mehr",
    # es / fr / it / pt (common membership notices)
    rf"{_A} (?:creó|creaste) el grupo {_Q}",
    rf"{_A} (?:añadió|agregó|añadiste|agregaste) a {_A}",
    rf"{_A} (?:salió|saliste) del grupo",
    rf"{_A} (?:eliminó|eliminaste) a {_A}",
    rf"{_A} (?:cambió|cambiaste) el (?:asunto|nombre del grupo)(?: de {_Q})? a {_Q}",
    rf"{_A} (?:a créé|avez créé) le groupe {_Q}",
    rf"{_A} (?:a|avez) ajouté {_A}",
    rf"{_A} (?:est parti|a quitté le groupe|êtes parti)",
    rf"{_A} (?:ha|hai) creato il gruppo {_Q}",
    rf"{_A} (?:ha|hai) aggiunto {_A}",
    rf"{_A} (?:è uscito|sei uscito).*",
    rf"{_A} (?:criou|criaste) o grupo {_Q}",
    rf"{_A} (?:adicionou|adicionaste) {_A}",
    rf"{_A} saiu",
)


# Compiled on first use: the big alternations take a noticeable part of start-up time and many
# exports never need them (notices without an author prefix are recognised by their layout).
@functools.cache
def system_re() -> re.Pattern[str]:
    """All group and membership notice patterns, matched against a whole body."""
    return re.compile(r"^(?:" + "|".join(f"(?:{p})" for p in SYSTEM_PATTERNS) + r")\.?$", re.DOTALL)


@functools.cache
def strict_system_re() -> re.Pattern[str]:
    """The notice patterns with a fixed ending (no open-ended object like "added <anyone>").

    Safe enough to trust for "Boris: Boris created group “X”", where only the repeated name
    hints at a notice.
    """
    fixed = (p for p in SYSTEM_PATTERNS if not p.endswith((_A, ".*")))
    return re.compile(r"^(?:" + "|".join(f"(?:{p})" for p in fixed) + r")\.?$", re.DOTALL)


# Words that only a phone in that language writes: evidence for the locale (and date order).
LOCALE_MARKERS = {
    "nl": (
        "bijgevoegd",
        "weggelaten",
        "Dit bericht is verwijderd",
        "dit bericht verwijderd",
        "worden end-to-end versleuteld",
        "heeft u toegevoegd",
        "heeft de groep",
        "Tik voor meer informatie",
        "Gemiste spraakoproep",
        "Gemiste video-oproep",
        "pagina's",
    ),
    "de": (
        "angehängt",
        "weggelassen",
        "ausgeschlossen",
        "gelöscht",
        "Ende-zu-Ende-verschlüsselt",
        "hinzugefügt",
        "Anhang:",
        "Tippe, um mehr zu erfahren",
    ),
    "en": (
        "<attached:",
        "(file attached)",
        "<Media omitted>",
        " omitted",
        "This message was deleted",
        "You deleted this message",
        "are end-to-end encrypted",
        "Tap to learn more",
        "Missed voice call",
    ),
    "es": ("adjunto", "omitido", "Se eliminó este mensaje", "cifrados de extremo a extremo"),
    "fr": ("pièce jointe", "omis", "Ce message a été supprimé", "chiffrés de bout en bout"),
    "it": ("allegato", "omess", "Questo messaggio è stato eliminato"),
    "pt": ("anexado", "oculta", "Mensagem apagada", "ponta a ponta"),
}
# Locales whose phones write the day before the month.
DAY_FIRST_LOCALES = frozenset({"nl", "de", "es", "fr", "it", "pt"})

# Day-part markers in 12-hour clocks.
AM_PM_AFTER = (
    r"[AaPp]\.?[ \u00a0\u202f]?[Mm]\.?",
    r"vorm\.",
    r"nachm\.",
    r"ص",
    r"م",
    r"[πμ]\.?[ \u00a0\u202f]?μ\.?",  # Greek π.μ. / μ.μ.
)
AM_PM_BEFORE = ("上午", "下午", "午前", "午後", "오전", "오후")
PM_WORDS = frozenset({"pm", "nachm", "م", "下午", "午後", "오후", "μμ"})
