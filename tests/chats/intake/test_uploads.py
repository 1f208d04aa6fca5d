"""check_upload_file and check_upload_set: allowlist, extensions, sizes, pixels, upload kinds."""

import pytest

from chats.intake import IntakeError, Limits, check_upload_file, check_upload_set
from tests.fixtures.intake import files


@pytest.fixture
def make(tmp_path):
    """Write bytes under a generated path; the client name is passed separately, as in the app."""
    counter = iter(range(10_000))

    def _make(data: bytes):
        path = tmp_path / f"upload-{next(counter)}"
        path.write_bytes(data)
        return path

    return _make


@pytest.mark.parametrize(
    ("data", "name", "kind"),
    [
        (files.image_bytes("JPEG"), "IMG-20240318-WA0001.jpg", "jpeg"),
        (files.image_bytes("JPEG"), "foto.JPEG", "jpeg"),
        (files.image_bytes("PNG"), "Schermafbeelding.png", "png"),
        (files.image_bytes("WEBP"), "STK-20240318-WA0003.webp", "webp"),
        (files.image_bytes("HEIF"), "IMG_0001.HEIC", "heic"),
        (files.OPUS, "PTT-20240318-WA0002.opus", "ogg"),
        (files.VCARD, "Sanne Voorbeeld.vcf", "vcard"),
        (files.CHAT_ANDROID, "WhatsApp-chat met Team.txt", "text"),
        (files.pdf_bytes(), "Besluit.pdf", "pdf"),
    ],
)
def test_it_accepts_allowed_content_with_a_matching_extension(make, data, name, kind):
    sniffed = check_upload_file(make(data), name)
    assert sniffed.kind == kind
    assert sniffed.active_content is False


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (files.PE_STUB, "exe_renamed.jpg"),
        (files.SVG_SCRIPT, "plaatje.png"),
        (files.HTML, "pagina.txt"),
        (files.image_bytes("PNG"), "screenshot_\u202egnp.exe"),
        (files.image_bytes("PNG"), "foto.jpg"),
        (files.image_bytes("JPEG"), "foto"),
        (files.CHAT_IOS, "chat.zip"),
    ],
)
def test_it_refuses_content_that_is_not_allowed_or_does_not_fit_the_extension(make, data, name):
    with pytest.raises(IntakeError) as info:
        check_upload_file(make(data), name)
    assert info.value.code == "type_mismatch"
    assert (
        "geen toegestaan bestandstype (de inhoud past niet bij de extensie)" in info.value.message
    )
    assert "\u202e" not in info.value.message


def test_it_shows_the_right_to_left_override_escaped_in_the_message(make):
    with pytest.raises(IntakeError) as info:
        check_upload_file(make(files.image_bytes("PNG")), "screenshot_\u202egnp.exe")
    assert info.value.message == (
        "Het bestand ‘screenshot_<U+202E>gnp.exe’ is geen toegestaan bestandstype "
        "(de inhoud past niet bij de extensie)."
    )
    assert info.value.filename == "screenshot_<U+202E>gnp.exe"


def test_it_refuses_an_empty_file(make):
    with pytest.raises(IntakeError) as info:
        check_upload_file(make(b""), "empty_chat.txt")
    assert info.value.code == "empty_file"
    assert info.value.message == "Het bestand ‘empty_chat.txt’ is leeg."


def test_it_refuses_client_names_with_control_characters(make):
    for name in ("scherm\x00.html.png", "scherm.png\r\nX-Injected: 1"):
        with pytest.raises(IntakeError) as info:
            check_upload_file(make(files.image_bytes("PNG")), name)
        assert info.value.code == "bad_name"
        assert "\r" not in info.value.message and "\x00" not in info.value.message


def test_it_refuses_a_file_over_the_size_limit(make):
    with pytest.raises(IntakeError) as info:
        check_upload_file(make(files.CHAT_IOS), "_chat.txt", limits=Limits(max_file_size=100))
    assert info.value.code == "file_too_large"


def test_it_refuses_chat_text_over_the_chat_limit(make):
    with pytest.raises(IntakeError) as info:
        check_upload_file(make(files.CHAT_IOS), "_chat.txt", limits=Limits(max_chat_text=100))
    assert info.value.code == "chat_too_large"


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (files.jpeg_header_only(60_000, 60_000), "jpeg_huge_dimensions.jpg"),
        (files.jpeg_header_only(8_000, 6_000), "net_te_groot.jpg"),
        (files.png_header_only(10_000, 5_000), "groot.png"),
        (files.webp_vp8x_header(16_000, 16_000), "groot.webp"),
        (files.heic_with_size(20_000, 20_000), "groot.heic"),
    ],
)
def test_it_refuses_images_over_40_megapixels_from_the_header(make, data, name):
    with pytest.raises(IntakeError) as info:
        check_upload_file(make(data), name)
    assert info.value.code == "image_too_large"
    assert info.value.message == f"De afbeelding ‘{name}’ is te groot (meer dan 40 megapixels)."


def test_it_accepts_an_image_just_under_the_pixel_limit(make):
    sniffed = check_upload_file(make(files.png_header_only(8_000, 5_000)), "precies.png")
    assert sniffed.kind == "png"


def test_it_refuses_an_image_whose_header_does_not_parse(make):
    broken = files.image_bytes("PNG")[:20]
    with pytest.raises(IntakeError) as info:
        check_upload_file(make(broken), "kapot.png")
    assert info.value.code == "image_damaged"


@pytest.mark.parametrize(
    "data",
    [
        files.pdf_bytes(javascript=True),
        files.pdf_bytes(javascript=True, hidden_name=True),
        files.pdf_with_object_stream(javascript=True),
    ],
)
def test_it_flags_pdfs_with_active_content(make, data):
    sniffed = check_upload_file(make(data), "Besluit.pdf")
    assert sniffed.kind == "pdf"
    assert sniffed.active_content is True


def test_it_does_not_flag_a_plain_pdf_with_an_object_stream(make):
    sniffed = check_upload_file(make(files.pdf_with_object_stream(javascript=False)), "a.pdf")
    assert sniffed.active_content is False


def test_a_pdf_zip_polyglot_is_classified_once_as_pdf(make):
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("_chat.txt", files.CHAT_IOS)
        zf.writestr("setup.exe", files.PE_STUB)
    polyglot = files.pdf_bytes(javascript=True) + buf.getvalue()
    sniffed = check_upload_file(make(polyglot), "Besluit-polyglot.pdf")
    assert (sniffed.kind, sniffed.active_content) == ("pdf", True)
    with pytest.raises(IntakeError):
        check_upload_file(make(polyglot), "Besluit-polyglot.zip")


# --- check_upload_set ---------------------------------------------------------------


def test_screenshots_accept_images_and_pdfs(make):
    items = [
        (make(files.image_bytes("PNG")), "a.png"),
        (make(files.image_bytes("JPEG")), "b.jpg"),
        (make(files.pdf_bytes()), "c.pdf"),
    ]
    kinds = [s.kind for s in check_upload_set(items, upload_kind="screenshots")]
    assert kinds == ["png", "jpeg", "pdf"]


def test_screenshots_refuse_a_chat_text(make):
    items = [(make(files.image_bytes("PNG")), "a.png"), (make(files.CHAT_IOS), "_chat.txt")]
    with pytest.raises(IntakeError) as info:
        check_upload_set(items, upload_kind="screenshots")
    assert info.value.code == "screenshots_got_export"
    assert "_chat.txt" in info.value.message


def test_ios_export_is_one_zip(make, tmp_path):
    import zipfile

    zpath = tmp_path / "export.zip"
    with zipfile.ZipFile(zpath, "w") as zf:
        zf.writestr("_chat.txt", files.CHAT_IOS)
    assert [
        s.kind
        for s in check_upload_set([(zpath, "WhatsApp Chat - Team.zip")], upload_kind="ios_export")
    ] == ["zip"]
    with pytest.raises(IntakeError) as info:
        check_upload_set([(zpath, "a.zip"), (zpath, "b.zip")], upload_kind="ios_export")
    assert info.value.code == "export_many_zips"
    with pytest.raises(IntakeError):
        check_upload_set(
            [(zpath, "a.zip"), (make(files.image_bytes("JPEG")), "b.jpg")], upload_kind="ios_export"
        )


def test_ios_export_may_be_an_unpacked_chat_text_with_media(make):
    items = [(make(files.CHAT_IOS), "_chat.txt"), (make(files.image_bytes("JPEG")), "b.jpg")]
    assert [s.kind for s in check_upload_set(items, upload_kind="ios_export")] == ["text", "jpeg"]


def test_android_export_is_one_chat_text_plus_media(make):
    items = [
        (make(files.CHAT_ANDROID), "WhatsApp-chat met Team.txt"),
        (make(files.image_bytes("JPEG")), "IMG-20240318-WA0001.jpg"),
        (make(files.OPUS), "PTT-20240318-WA0002.opus"),
        (make(files.image_bytes("WEBP")), "STK-20240318-WA0003.webp"),
        (make(files.VCARD), "Sanne.vcf"),
    ]
    kinds = [s.kind for s in check_upload_set(items, upload_kind="android_export")]
    assert kinds == ["text", "jpeg", "ogg", "webp", "vcard"]


def test_android_export_without_a_text_names_the_missing_chat_file(make):
    items = [(make(files.OPUS), "PTT-1.opus"), (make(files.image_bytes("JPEG")), "IMG-1.jpg")]
    with pytest.raises(IntakeError) as info:
        check_upload_set(items, upload_kind="android_export")
    assert info.value.code == "android_export_no_chat"
    assert ".txt" in info.value.message


@pytest.mark.parametrize("kind", ["android_export", "ios_export"])
def test_only_pictures_as_an_export_suggest_screenshots(make, kind):
    items = [(make(files.image_bytes("JPEG")), "IMG-1.jpg")]
    with pytest.raises(IntakeError) as info:
        check_upload_set(items, upload_kind=kind)
    assert info.value.code == f"{kind}_only_images"
    assert "‘Schermafbeeldingen’" in info.value.message


def test_an_android_export_may_be_one_zip_or_texts_with_media(make, tmp_path):
    import zipfile

    zpath = tmp_path / "export.zip"
    with zipfile.ZipFile(zpath, "w") as zf:
        zf.writestr("WhatsApp-chat met Team.txt", files.CHAT_ANDROID)
    assert [
        s.kind for s in check_upload_set([(zpath, "map.zip")], upload_kind="android_export")
    ] == ["zip"]
    # A .txt document shared in the chat comes next to the chat; the content decides later.
    items = [(make(files.CHAT_ANDROID), f"chat{i}.txt") for i in range(2)]
    assert len(check_upload_set(items, upload_kind="android_export")) == 2
    with pytest.raises(IntakeError) as info:
        check_upload_set([(zpath, "a.zip"), items[0]], upload_kind="android_export")
    assert info.value.code == "export_zip_and_files"


def test_an_export_chosen_as_screenshots_says_which_choice_fits(make):
    items = [(make(files.CHAT_ANDROID), "WhatsApp-chat met Team.txt")]
    with pytest.raises(IntakeError) as info:
        check_upload_set(items, upload_kind="screenshots")
    assert info.value.code == "screenshots_got_export"


def test_upload_set_refuses_too_many_files_and_too_many_bytes(make):
    items = [(make(files.image_bytes("PNG")), f"{i}.png") for i in range(3)]
    with pytest.raises(IntakeError) as info:
        check_upload_set(items, upload_kind="screenshots", limits=Limits(max_files=2))
    assert info.value.code == "too_many_files"
    assert "maximaal 2 bestanden" in info.value.message
    with pytest.raises(IntakeError) as info:
        check_upload_set(items, upload_kind="screenshots", limits=Limits(max_total_size=100))
    assert info.value.code == "upload_too_large"


def test_upload_set_refuses_an_empty_post():
    with pytest.raises(IntakeError) as info:
        check_upload_set([], upload_kind="screenshots")
    assert info.value.code == "no_files"


def test_upload_set_rejects_an_unknown_upload_kind(make):
    with pytest.raises(ValueError):
        check_upload_set([(make(files.image_bytes("PNG")), "a.png")], upload_kind="fax")


def test_upload_set_reuses_results_the_caller_already_has(make, monkeypatch):
    from chats.intake import uploads

    items = [(make(files.CHAT_ANDROID), "chat.txt"), (make(files.image_bytes("JPEG")), "a.jpg")]
    sniffed = [check_upload_file(path, name) for path, name in items]
    monkeypatch.setattr(uploads, "check_upload_file", None)  # must not be called again
    assert check_upload_set(items, upload_kind="android_export", sniffed=sniffed) == sniffed


def test_a_bomb_zip_upload_is_refused_before_anything_is_stored(make):
    from tests.fixtures.intake.zipgen import Entry, build_zip

    bomb = build_zip([Entry("_chat.txt", files.CHAT_IOS), Entry("IMG.jpg", b"\x00" * (5 << 20))])
    with pytest.raises(IntakeError) as info:
        check_upload_file(make(bomb), "WhatsApp Chat.zip")
    assert info.value.code == "zip_ratio"


def test_a_zip_upload_with_a_traversal_name_is_refused_at_upload(make):
    from tests.fixtures.intake.zipgen import Entry, build_zip

    data = build_zip([Entry("_chat.txt", files.CHAT_IOS), Entry("../../x.jpg", b"\xff\xd8")])
    with pytest.raises(IntakeError) as info:
        check_upload_file(make(data), "export.zip")
    assert info.value.code == "zip_bad_names"


def test_a_chat_saved_as_utf16_without_bom_is_text(make):
    data = files.CHAT_IOS.decode().encode("utf-16-le")
    assert check_upload_file(make(data), "_chat.txt").kind == "text"
