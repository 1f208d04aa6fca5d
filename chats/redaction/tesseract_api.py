"""Tesseract through its C API, so the language model stays loaded from one screenshot to the next.

The tesseract program loads the model (the Dutch LSTM and its word list) anew for every image it
reads: ~0.25 s CPU of the ~0.8 s a 1080x2400 screenshot cost. libtesseract is the library that
program runs on (the tesseract-ocr package installs it), and the image reaches it as the same
uncompressed file read by the same Leptonica call, so the words, boxes and confidences are the
program's own. Without the library `reader` returns None and `ocr` runs the program instead.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import io
import os
import threading

from PIL import Image

# The columns tesseract's TSV output starts with (TessTsvRenderer); GetTsvText gives the rows.
TSV_HEADER = (
    "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
)
TESSERACT_LIBRARIES = ("tesseract", "tesseract.5")
LEPTONICA_LIBRARIES = ("leptonica", "lept", "lept.5")
c_void_p = ctypes.c_void_p


class TesseractApiError(RuntimeError):
    """The library could not read the image (model missing, unreadable image, timed out)."""


class TesseractTimedOut(TesseractApiError):
    """Tesseract did not finish the image before its deadline."""


class _Libraries:
    def __init__(self, tess: ctypes.CDLL, lept: ctypes.CDLL) -> None:
        signatures = {
            "TessBaseAPICreate": ([], c_void_p),
            "TessBaseAPIDelete": ([c_void_p], None),
            "TessBaseAPIInit3": ([c_void_p, ctypes.c_char_p, ctypes.c_char_p], ctypes.c_int),
            "TessBaseAPISetVariable": (
                [c_void_p, ctypes.c_char_p, ctypes.c_char_p],
                ctypes.c_int,
            ),
            "TessBaseAPISetPageSegMode": ([c_void_p, ctypes.c_int], None),
            "TessBaseAPISetImage2": ([c_void_p, c_void_p], None),
            "TessBaseAPIRecognize": ([c_void_p, c_void_p], ctypes.c_int),
            "TessBaseAPIGetTsvText": ([c_void_p, ctypes.c_int], c_void_p),
            "TessBaseAPIClear": ([c_void_p], None),
            "TessDeleteText": ([c_void_p], None),
            "TessMonitorCreate": ([], c_void_p),
            "TessMonitorDelete": ([c_void_p], None),
            "TessMonitorSetDeadlineMSecs": ([c_void_p, ctypes.c_int], None),
        }
        for name, (args, result) in signatures.items():
            function = getattr(tess, name)
            function.argtypes = args
            function.restype = result
        lept.pixReadMem.argtypes = [ctypes.c_char_p, ctypes.c_size_t]
        lept.pixReadMem.restype = c_void_p
        lept.pixDestroy.argtypes = [ctypes.POINTER(c_void_p)]
        lept.pixDestroy.restype = None
        self.tess = tess
        self.lept = lept


def _load(names: tuple[str, ...]) -> ctypes.CDLL | None:
    for name in names:
        path = ctypes.util.find_library(name)
        if path:
            try:
                return ctypes.CDLL(path)
            except OSError:
                continue
    return None


class Reader:
    """One initialised TessBaseAPI for a language, page segmentation mode and variables."""

    def __init__(self, libs: _Libraries, *, lang: str, psm: int, variables: dict[str, str]):
        self._libs = libs
        self._lock = threading.Lock()
        tess = libs.tess
        self._api = tess.TessBaseAPICreate()
        if tess.TessBaseAPIInit3(self._api, None, lang.encode()) != 0:
            tess.TessBaseAPIDelete(self._api)
            raise TesseractApiError(f"tesseract has no model for {lang!r}")
        # The program's "Estimating resolution" notes went to its own stderr; not to the worker's.
        tess.TessBaseAPISetVariable(self._api, b"debug_file", os.devnull.encode())
        for name, value in variables.items():
            if not tess.TessBaseAPISetVariable(self._api, name.encode(), value.encode()):
                raise TesseractApiError(f"tesseract has no variable {name!r}")
        tess.TessBaseAPISetPageSegMode(self._api, psm)

    def tsv(self, images: list[Image.Image], *, timeout: float) -> str:
        """Tesseract's TSV for `images` read as pages 1, 2, ... of one document."""
        rows = [TSV_HEADER + "\n"]
        with self._lock:
            for page, image in enumerate(images):
                rows.append(self._page(image, page=page, timeout=timeout))
        return "".join(rows)

    def _page(self, image: Image.Image, *, page: int, timeout: float) -> str:
        tess, lept = self._libs.tess, self._libs.lept
        # The file the program was given: PGM/PPM, no resolution (tesseract estimates it).
        buffer = io.BytesIO()
        image.save(buffer, format="PPM")
        data = buffer.getvalue()
        pix = c_void_p(lept.pixReadMem(data, len(data)))
        if not pix.value:
            raise TesseractApiError("leptonica could not read the image")
        monitor = tess.TessMonitorCreate()
        try:
            tess.TessBaseAPISetImage2(self._api, pix)
            tess.TessMonitorSetDeadlineMSecs(monitor, max(1, int(timeout * 1000)))
            if tess.TessBaseAPIRecognize(self._api, monitor) != 0:
                raise TesseractTimedOut("tesseract did not finish the image in time")
            text = tess.TessBaseAPIGetTsvText(self._api, page)
            try:
                return ctypes.string_at(text).decode("utf-8") if text else ""
            finally:
                tess.TessDeleteText(text)
        finally:
            tess.TessBaseAPIClear(self._api)
            tess.TessMonitorDelete(monitor)
            lept.pixDestroy(ctypes.byref(pix))


_libraries: _Libraries | None = None
_loaded = False
_readers: dict[tuple, Reader] = {}
_guard = threading.Lock()


def reader(*, lang: str, psm: int, variables: dict[str, str]) -> Reader | None:
    """This process's reader for these settings, or None when libtesseract is not installed.

    Readers are per process (a forked worker makes its own) and kept for the process's life.
    """
    global _libraries, _loaded
    key = (os.getpid(), lang, psm, tuple(sorted(variables.items())))
    with _guard:
        if not _loaded:
            _loaded = True
            tess, lept = _load(TESSERACT_LIBRARIES), _load(LEPTONICA_LIBRARIES)
            _libraries = _Libraries(tess, lept) if tess and lept else None
        if _libraries is None:
            return None
        if key not in _readers:
            _readers[key] = Reader(_libraries, lang=lang, psm=psm, variables=variables)
        return _readers[key]
