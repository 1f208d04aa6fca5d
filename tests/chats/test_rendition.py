"""PDF rendition: PDF/A, title and metadata, messages in order, no external resources."""

import io
import os
from datetime import UTC, datetime, timedelta

import pytest
from pypdf import PdfReader

from chats import rendition
from chats.rendition import (
    RenderImage,
    RenderMessage,
    render_messages_html,
    render_messages_pdf,
    write_messages_pdf,
)
from tests.factories import png_bytes

from .test_review import pdfa_part


def _text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_it_makes_a_pdfa_with_title_metadata_and_messages_in_order():
    data = render_messages_pdf(
        title="WhatsAppgesprek: Boom Hoofdstraat",
        metadata=[
            ("Zaak", "Z-2024-000123 – Melding omgewaaide boom"),
            ("Archiefactiedatum", "13-03-2029"),
        ],
        messages=[
            RenderMessage(
                seq=0,
                author="Deelnemer 1",
                text="Bel me op [TELEFOONNUMMER].",
                sent_at=datetime(2024, 3, 12, 8, 15, tzinfo=UTC),
            ),
            RenderMessage(seq=1, author="Deelnemer 2", text="We komen eraan.", sent_at=None),
            RenderMessage(seq=2, author="", text="Deelnemer 1 is toegevoegd", kind="system"),
        ],
    )
    assert data.startswith(b"%PDF")
    assert pdfa_part(data) == "2"
    reader = PdfReader(io.BytesIO(data))
    assert reader.metadata.title == "WhatsAppgesprek: Boom Hoofdstraat"
    text = _text(data)
    assert "Z-2024-000123" in text and "13-03-2029" in text
    assert "12-03-2024 09:15" in text  # shown in Dutch local time
    assert "tijd onbekend" in text
    assert text.index("Bel me op") < text.index("We komen eraan") < text.index("toegevoegd")


def test_images_are_embedded_and_their_redacted_ocr_text_is_shown():
    data = render_messages_pdf(
        title="Schermafbeeldingen",
        metadata=[],
        messages=[
            RenderMessage(
                seq=0,
                author="",
                text="",
                kind="media",
                images=(
                    RenderImage(png_bytes(), "image/png", "Bijlage 0", "Bel [TELEFOONNUMMER]"),
                ),
            )
        ],
    )
    reader = PdfReader(io.BytesIO(data))
    assert sum(len(page.images) for page in reader.pages) == 1
    assert "Bel [TELEFOONNUMMER]" in _text(data)


def test_markup_in_a_message_is_text_and_fetches_nothing(monkeypatch):
    import urllib.request

    def refuse(*args, **kwargs):
        raise AssertionError("the rendition tried to fetch something")

    monkeypatch.setattr(urllib.request.OpenerDirector, "open", refuse)
    hostile = '<img src="http://example.org/x.png"><style>body{display:none}</style>'
    html = render_messages_html(
        title="<b>t</b>", metadata=[("a", "<i>b</i>")], messages=[RenderMessage(0, "x", hostile)]
    )
    assert '<img src="http' not in html and "&lt;img" in html
    data = render_messages_pdf(title="t", metadata=[], messages=[RenderMessage(0, "x", hostile)])
    assert "example.org" in _text(data)


def test_an_empty_selection_still_gives_a_readable_document():
    data = render_messages_pdf(title="Leeg", metadata=[], messages=[])
    assert "Geen berichten geselecteerd" in _text(data)


def test_a_media_message_without_its_attachment_says_so_instead_of_staying_blank():
    html = render_messages_html(
        title="t", metadata=[], messages=[RenderMessage(6, "Inwoner 2", "", kind="media")]
    )
    assert "(bijlage niet opgenomen in het archiefstuk)" in html
    with_image = render_messages_html(
        title="t",
        metadata=[],
        messages=[
            RenderMessage(
                6, "Inwoner 2", "", kind="media", images=(RenderImage(png_bytes(), "image/png"),)
            )
        ],
    )
    assert "bijlage niet opgenomen" not in with_image


def test_a_long_conversation_is_rendered_in_parts_and_joined_into_one_pdfa():
    messages = (
        RenderMessage(
            seq=seq,
            author=f"Deelnemer {seq % 3 + 1}",
            text=f"Bericht nummer {seq} over de kastanje.",
            sent_at=datetime(2024, 3, 12, 8, 0, tzinfo=UTC) + timedelta(minutes=seq),
        )
        for seq in range(120)
    )
    output = io.BytesIO()
    report = write_messages_pdf(
        output,
        title="WhatsAppgesprek: Lange chat",
        metadata=[("Zaak", "Z-2024-000123 – Melding omgewaaide boom")],
        messages=messages,  # a generator: read once, part by part
        part_size=40,
    )
    data = output.getvalue()
    reader = PdfReader(io.BytesIO(data))
    assert report.messages == 120 and report.parts == 3
    assert len(reader.pages) == report.pages and 3 <= report.pages <= 20
    # One document: PDF/A-2b identification, the same producer in XMP and the info dictionary.
    assert pdfa_part(data) == "2"
    xmp = reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode()
    assert f'pdf:Producer="{reader.metadata["/Producer"]}"' in xmp
    assert "pypdf" not in reader.metadata["/Producer"]
    assert reader.metadata.title == "WhatsAppgesprek: Lange chat"
    assert reader.trailer["/Root"]["/OutputIntents"] and reader.trailer["/ID"]
    # All messages in order; the title and metadata table once; page numbers run on.
    pages = [page.extract_text() for page in reader.pages]
    text = "\n".join(pages)
    positions = [text.index(f"Bericht nummer {seq} over") for seq in range(120)]
    assert positions == sorted(positions)
    assert text.count("Z-2024-000123") == 1
    for number, page in enumerate(pages, start=1):
        assert page.rstrip().endswith(f"WhatsAppgesprek: Lange chat Pagina {number}")
    assert pages[-1].count("Einde van het archiefstuk.") == 1
    assert text.count("Einde van het archiefstuk.") == 1


def test_a_screenshot_is_labelled_as_one_instead_of_a_message_without_time():
    html = render_messages_html(
        title="t",
        metadata=[],
        messages=[
            RenderMessage(
                seq=0,
                author="",
                text="",
                kind="screenshot",
                images=(RenderImage(png_bytes(), "image/png"),),
                label="Schermafbeelding 1 van 2",
            )
        ],
    )
    assert "Schermafbeelding 1 van 2" in html and "tijd onbekend" not in html


def test_a_part_that_cannot_be_written_is_a_rendition_error_and_leaves_no_writer_behind(
    monkeypatch,
):
    """Parts are written by a forked copy of the worker while the next part is laid out; a
    failure there reaches the caller as the one Dutch RenditionError, and every child is
    waited for."""
    real_write, real_fork = rendition._write_part, os.fork
    children = []

    def second_part_breaks(document, target):
        if target.name.endswith("00002.pdf"):
            raise ValueError("kapot")
        real_write(document, target)

    def counting_fork():
        pid = real_fork()
        if pid:
            children.append(pid)
        return pid

    monkeypatch.setattr(rendition, "_write_part", second_part_breaks)
    monkeypatch.setattr(os, "fork", counting_fork)
    monkeypatch.setattr(rendition, "_fork_is_safe", lambda: True)  # other tests' threads
    messages = [
        RenderMessage(seq=seq, author="Deelnemer 1", text=f"Bericht {seq}") for seq in range(9)
    ]
    with pytest.raises(rendition.RenditionError) as raised:
        write_messages_pdf(io.BytesIO(), title="t", metadata=[], messages=messages, part_size=3)
    assert "kon niet worden gemaakt" in raised.value.message
    assert "kapot" in str(raised.value.__cause__)
    assert len(children) == 2  # the third part is not written after the second failed
    for pid in children:
        with pytest.raises(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)  # already waited for


def test_a_part_writer_that_hangs_is_killed_after_its_time_and_is_a_dutch_rendition_error(
    monkeypatch, settings, tmp_path
):
    """A forked part writer that never finishes must not hang the worker's task: after the time
    a part may take it is killed, its files are gone and the caller gets a Dutch reason."""
    import time

    real_fork = os.fork
    children = []

    def hangs(document, target):
        target.write_bytes(b"%PDF half")  # a partly written part, left by the killed child
        time.sleep(30)

    def counting_fork():
        pid = real_fork()
        if pid:
            children.append(pid)
        return pid

    monkeypatch.setattr(rendition, "_write_part", hangs)
    monkeypatch.setattr(os, "fork", counting_fork)
    monkeypatch.setattr(rendition, "_fork_is_safe", lambda: True)  # other tests' threads
    settings.ARCHIEF_TEMP_ROOT = tmp_path
    settings.ARCHIEF_RENDITION_WRITE_TIMEOUT_SECONDS = 0.5
    settings.ARCHIEF_RENDITION_WRITE_SECONDS_PER_PAGE = 0.0
    messages = [
        RenderMessage(seq=seq, author="Deelnemer 1", text=f"Bericht {seq}") for seq in range(4)
    ]
    started = time.monotonic()
    with pytest.raises(rendition.RenditionError) as raised:
        write_messages_pdf(io.BytesIO(), title="t", metadata=[], messages=messages, part_size=2)
    assert time.monotonic() - started < 10
    assert "deel 1" in raised.value.message and "afgebroken" in raised.value.message
    assert len(children) == 1  # the second part is not handed to a writer
    for pid in children:
        with pytest.raises(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)  # killed and waited for: no zombie, no hung child
    assert list(tmp_path.iterdir()) == []  # no part files left behind


def test_the_time_a_part_writer_may_take_grows_with_its_pages(settings):
    settings.ARCHIEF_RENDITION_WRITE_TIMEOUT_SECONDS = 120
    settings.ARCHIEF_RENDITION_WRITE_SECONDS_PER_PAGE = 2
    assert rendition._write_timeout(pages=1) == 122
    assert rendition._write_timeout(pages=40) == 200


def test_a_part_writer_is_killed_when_the_task_is_stopped_while_waiting_for_it(monkeypatch):
    """The task's soft time limit (a signal) mostly arrives while the worker waits for a slow
    writer: that child must then be killed and reaped too, not left running on its own."""
    import signal
    import threading

    real_fork, real_wait_until = os.fork, rendition._wait_until
    children = []

    class Stopped(Exception):
        pass

    def hangs(document, target):
        threading.Event().wait(30)

    def counting_fork():
        pid = real_fork()
        if pid:
            children.append(pid)
        return pid

    def stopped(signum, frame):
        raise Stopped

    def interrupted(pid, deadline):
        signal.setitimer(signal.ITIMER_REAL, 0.2)  # arrives while waiting for the child
        return real_wait_until(pid, deadline)

    monkeypatch.setattr(rendition, "_write_part", hangs)
    monkeypatch.setattr(rendition, "_wait_until", interrupted)
    monkeypatch.setattr(os, "fork", counting_fork)
    monkeypatch.setattr(rendition, "_fork_is_safe", lambda: True)  # other tests' threads
    previous = signal.signal(signal.SIGALRM, stopped)
    try:
        # (_making_pdf turns it into a RenditionError; either way the task ends here.)
        with pytest.raises((Stopped, rendition.RenditionError)):
            write_messages_pdf(
                io.BytesIO(),
                title="t",
                metadata=[],
                messages=[RenderMessage(seq=0, author="Deelnemer 1", text="Bericht")],
            )
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    assert len(children) == 1
    for pid in children:
        with pytest.raises(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)  # killed and waited for


def test_parts_are_written_here_not_in_a_fork_while_another_thread_runs(
    monkeypatch, settings, tmp_path
):
    """A fork copies only the calling thread: a lock another thread holds at that moment (a
    font library's, the import system's) stays locked in the child, which then hangs until it
    is killed. The final CI of stop 37 showed it: a two-message release failed with "part 1
    took longer than 122 s". With another thread alive the parts are written in this process."""
    import threading

    def no_fork():
        raise AssertionError("forked while another thread was running")

    monkeypatch.setattr(os, "fork", no_fork)
    settings.ARCHIEF_TEMP_ROOT = tmp_path
    release = threading.Event()
    other = threading.Thread(target=release.wait, name="another-thread", daemon=True)
    other.start()
    try:
        messages = [
            RenderMessage(seq=seq, author="Deelnemer 1", text=f"Bericht {seq}") for seq in range(4)
        ]
        out = io.BytesIO()
        write_messages_pdf(out, title="t", metadata=[], messages=messages, part_size=2)
    finally:
        release.set()
        other.join()
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(out.getvalue())).pages)
    assert "Bericht 0" in text and "Bericht 3" in text


def test_a_thread_python_does_not_count_also_keeps_the_parts_here(monkeypatch, settings, tmp_path):
    """The final CI of stop 38 hung a part writer again ("part 1 took longer than 122 s") while
    threading counted one thread: a library's own threads (an image or OCR library's pool) are
    not in threading's list, yet hold locks a fork copies locked. The threads are now counted
    by the system: one started with _thread, which threading does not list, keeps the parts in
    this process."""
    import _thread  # a thread outside threading's list, as a library's own would be
    import threading

    def no_fork():
        raise AssertionError("forked while another thread was running")

    monkeypatch.setattr(os, "fork", no_fork)
    settings.ARCHIEF_TEMP_ROOT = tmp_path
    started, release = threading.Event(), threading.Event()

    def native():
        started.set()
        release.wait()

    before = threading.active_count()
    _thread.start_new_thread(native, ())
    started.wait(5)
    try:
        assert threading.active_count() == before  # threading does not see it
        messages = [
            RenderMessage(seq=seq, author="Deelnemer 1", text=f"Bericht {seq}") for seq in range(4)
        ]
        out = io.BytesIO()
        write_messages_pdf(out, title="t", metadata=[], messages=messages, part_size=2)
    finally:
        release.set()
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(out.getvalue())).pages)
    assert "Bericht 0" in text and "Bericht 3" in text


def test_where_the_system_cannot_count_the_threads_no_part_is_forked(monkeypatch):
    """Without /proc/self/task (macOS, a BSD, a sandbox that hides /proc) the threads cannot be
    counted by the system; on main the check then fell back to threading's count, the count
    the previous test shows misses a library's own threads, and forked. Unknown must mean: write
    here (slower, never hung)."""
    real_listdir = os.listdir

    def no_proc(path="."):
        if str(path).startswith("/proc"):
            raise FileNotFoundError(path)
        return real_listdir(path)

    monkeypatch.setattr(os, "listdir", no_proc)
    import threading

    monkeypatch.setattr(threading, "active_count", lambda: 1)  # as in a Celery pool process
    assert rendition._fork_is_safe() is False
