"""Faces blurred and licence plates blacked out in photos, with detectors that ship with OpenCV.

Faces: OpenCV's bundled Haar cascades (frontal, frontal alt2 and profile, the profile one on the
mirrored image too). Plates: the bundled plate cascade (trained on white plates; a hit counts
only with high-contrast characters in it) plus a colour rule for Dutch yellow plates (a yellow,
plate-shaped region with dark characters in it) and one for white EU plates (the blue EU band
with a light field of dark characters to its right, turned upright first when the plate is
tilted; found from the band, or from the field with blue at its left end when the band merges
into a blue car; characters of the band's own blue are white lettering on a blue sign, no
plate); both also look at their colour masks opened, so a small plate touching background
specks of its colour is cut loose. Nothing is downloaded; the cascades are files inside the opencv-python-headless wheel.

Detection runs on a copy scaled to DETECT_LONG_SIDE pixels (a 12 MP photo in about a tenth of a
second per cascade); the boxes are scaled back. Recall is that of Haar cascades: good on frontal
and profile faces of a reasonable size, weak on small, turned, covered or dark faces. It is a
first pass: the review page shows every photo to Informatiebeheer, who can withhold it.
"""

from __future__ import annotations

import io
import os
import threading
from dataclasses import dataclass

import cv2
import numpy as np
from PIL import Image

# Detection works on a copy whose long side is this many pixels.
DETECT_LONG_SIDE = 960
# Smallest face looked for, in pixels of the scaled copy (about 1/50 of the long side).
MIN_FACE = 20
# The yellow-plate rule works on a copy whose long side is this many pixels.
PLATE_LONG_SIDE = 2000
# A face box is widened by this fraction on each side before blurring (hair, ears, chin).
FACE_MARGIN = 0.2
# Grey levels between a plate's characters and its field, at least (cascade hits are checked).
# A plate's characters are at least this part of its height (they are about 0.6-0.75 of it).
PLATE_MIN_CHAR_HEIGHT = 0.3
PLATE_MIN_CONTRAST = 45
# A plate box is widened by this fraction on each side before blacking out.
PLATE_MARGIN = 0.08
JPEG_QUALITY = 90

# (file, minNeighbors, scaleFactor): more neighbours find fewer false faces; a larger scale
# step is faster and misses a few sizes. Chosen on bench/photo_bench.py's set.
_FACE_CASCADES = (("haarcascade_frontalface_alt2.xml", 3, 1.15),)
_PROFILE_CASCADE = ("haarcascade_profileface.xml", 4, 1.2)
# Degrees the image is turned for extra passes of the frontal cascade (tilted heads).
TILTS = (-20, 20)
_PLATE_CASCADE = ("haarcascade_russian_plate_number.xml", 4, 1.1)


@dataclass(frozen=True)
class Region:
    """A rectangle in the photo's pixels (right/bottom exclusive)."""

    left: int
    top: int
    right: int
    bottom: int

    def widened(self, fraction: float, width: int, height: int) -> Region:
        dx = int((self.right - self.left) * fraction)
        dy = int((self.bottom - self.top) * fraction)
        return Region(
            max(0, self.left - dx),
            max(0, self.top - dy),
            min(width, self.right + dx),
            min(height, self.bottom + dy),
        )


@dataclass(frozen=True)
class PhotoRedaction:
    """A photo with faces blurred and plates blacked out, and where they were found."""

    data: bytes
    format: str
    faces: tuple[Region, ...]
    plates: tuple[Region, ...]

    @property
    def changed(self) -> bool:
        return bool(self.faces or self.plates)


# A CascadeClassifier is not safe to share between threads (detectMultiScale keeps scratch
# state in it: two threads at once raise cv2.error or crash the process), and `make run`
# processes each upload in a thread of its own; so each thread loads its own.
_classifiers = threading.local()


def _cascade(name: str) -> cv2.CascadeClassifier:
    loaded = getattr(_classifiers, "by_name", None)
    if loaded is None:
        loaded = _classifiers.by_name = {}
    classifier = loaded.get(name)
    if classifier is None:
        path = os.path.join(cv2.data.haarcascades, name)
        classifier = cv2.CascadeClassifier(path)
        if classifier.empty():
            raise RuntimeError(f"OpenCV cascade {name} is missing from the installed package")
        loaded[name] = classifier
    return classifier


def _scaled_gray(rgb: np.ndarray) -> tuple[np.ndarray, float]:
    height, width = rgb.shape[:2]
    scale = min(1.0, DETECT_LONG_SIDE / max(height, width))
    small = (
        cv2.resize(rgb, (round(width * scale), round(height * scale)), interpolation=cv2.INTER_AREA)
        if scale < 1.0
        else rgb
    )
    gray = cv2.equalizeHist(cv2.cvtColor(small, cv2.COLOR_RGB2GRAY))
    return gray, scale


def _back(rects, scale: float, *, mirrored_width: int | None = None) -> list[Region]:
    out = []
    for x, y, w, h in rects:
        if mirrored_width is not None:
            x = mirrored_width - x - w
        out.append(
            Region(int(x / scale), int(y / scale), int((x + w) / scale), int((y + h) / scale))
        )
    return out


def find_faces(rgb: np.ndarray) -> list[Region]:
    """Faces in an RGB array (frontal and profile, both directions)."""
    gray, scale = _scaled_gray(rgb)
    found: list[Region] = []
    for name, neighbours, step in _FACE_CASCADES:
        rects = _cascade(name).detectMultiScale(
            gray, scaleFactor=step, minNeighbors=neighbours, minSize=(MIN_FACE, MIN_FACE)
        )
        found += _back(rects, scale)
    # Heads are often tilted: the frontal cascade also looks at the image turned both ways.
    name, neighbours, step = _FACE_CASCADES[0]
    height, width = gray.shape
    centre = (width / 2, height / 2)
    for angle in TILTS:
        turn = cv2.getRotationMatrix2D(centre, angle, 1.0)
        turned = cv2.warpAffine(gray, turn, (width, height), borderMode=cv2.BORDER_REPLICATE)
        rects = _cascade(name).detectMultiScale(
            turned, scaleFactor=step, minNeighbors=neighbours, minSize=(MIN_FACE, MIN_FACE)
        )
        back = cv2.invertAffineTransform(turn)
        for x, y, w, h in rects:
            corners = np.array([[x, y], [x + w, y], [x, y + h], [x + w, y + h]], dtype=float)
            points = corners @ back[:, :2].T + back[:, 2]
            left, top = points.min(axis=0)
            right, bottom = points.max(axis=0)
            found.append(
                Region(
                    max(0, int(left / scale)),
                    max(0, int(top / scale)),
                    int(right / scale),
                    int(bottom / scale),
                )
            )
    name, neighbours, step = _PROFILE_CASCADE
    profile = _cascade(name)
    for mirrored in (False, True):
        image = cv2.flip(gray, 1) if mirrored else gray
        rects = profile.detectMultiScale(
            image, scaleFactor=step, minNeighbors=neighbours, minSize=(MIN_FACE, MIN_FACE)
        )
        found += _back(rects, scale, mirrored_width=gray.shape[1] if mirrored else None)
    return _merge(found)


# Openings that cut a plate loose from background specks of its colour (pixels at
# PLATE_LONG_SIDE; a plate of 120 px in a 4000 px photo is 12 px high there).
_DETACH_KERNELS = (3, 5)


def _regions(mask: np.ndarray) -> list[np.ndarray]:
    """Outer contours of a colour mask, and again after openings: a small plate (or its
    EU band) touching a speck of the same colour in the background is one odd-shaped region
    until the bridge between them is cut (openings of _DETACH_KERNELS pixels)."""
    contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    out = list(contours)
    for size in _DETACH_KERNELS:
        opened = cv2.morphologyEx(mask, cv2.MORPH_OPEN, np.ones((size, size), np.uint8))
        detached, _ = cv2.findContours(opened, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
        out += detached
    return out


# The HSV range of a Dutch plate's yellow (OpenCV hues are 0-180).
_PLATE_YELLOW = ((15, 110, 80), (40, 255, 255))


def _yellow_plates(rgb: np.ndarray) -> list[tuple[int, int, int, int]]:
    """Dutch plates: a yellow region 2-7.5 times as wide as high (turned up to ~20 degrees)
    with dark characters in it. Works on an RGB array at PLATE_LONG_SIDE pixels."""
    hsv = cv2.cvtColor(rgb, cv2.COLOR_RGB2HSV)
    yellow = cv2.inRange(hsv, *_PLATE_YELLOW)
    yellow = cv2.morphologyEx(yellow, cv2.MORPH_OPEN, np.ones((2, 2), np.uint8))
    yellow = cv2.morphologyEx(yellow, cv2.MORPH_CLOSE, np.ones((3, 7), np.uint8))
    contours = _regions(yellow)
    total = rgb.shape[0] * rgb.shape[1]
    value = hsv[:, :, 2]
    rects = []
    for contour in contours:
        x, y, w, h = cv2.boundingRect(contour)
        if w < 24 or h < 6 or w * h > total * 0.25:
            continue
        (_, _), (rw, rh), _ = cv2.minAreaRect(contour)
        long, short = max(rw, rh), min(rw, rh)
        if short < 5 or not 2.0 <= long / short <= 7.5:
            continue
        area = cv2.contourArea(contour)
        if area < 0.6 * long * short:
            continue
        mask = np.zeros((h, w), np.uint8)
        cv2.drawContours(mask, [contour - (x, y)], -1, 255, thickness=cv2.FILLED)
        inside = value[y : y + h, x : x + w][mask > 0]
        plate_yellow = value[y : y + h, x : x + w][(mask > 0) & (yellow[y : y + h, x : x + w] > 0)]
        if inside.size == 0 or plate_yellow.size == 0:
            continue
        # Characters: clearly darker than the plate's own yellow, 4-60% of its area.
        dark = float(np.mean(inside < 0.5 * np.median(plate_yellow)))
        if 0.04 <= dark <= 0.6:
            rects.append((x, y, w, h))
    return rects


# The HSV range of the EU band's blue.
_EU_BLUE = ((95, 120, 50), (130, 255, 255))
# An EU plate is 520 x 110 mm; its blue band takes the first ~45 mm.
_PLATE_ASPECT = 520 / 110


def _eu_band_plates(rgb: np.ndarray) -> list[tuple[int, int, int, int]]:
    """White (and other light) EU plates: the blue EU band, taller than wide, with a light
    plate-shaped field to its right that holds dark characters (Belgian, German, most others).
    Found from the band (a small solid blue block; a tilted plate is turned upright around it
    first) and from the field (a light plate-shaped region with blue at its left end: the band
    of a plate on a blue car is part of the car's blue). Works on an RGB array at
    PLATE_LONG_SIDE pixels."""
    hsv = cv2.cvtColor(rgb, cv2.COLOR_RGB2HSV)
    blue = cv2.inRange(hsv, *_EU_BLUE)
    blue = cv2.morphologyEx(blue, cv2.MORPH_OPEN, np.ones((2, 2), np.uint8))
    gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    # Grey where the colour is weak (a white plate), dark where it is strong.
    # (OpenCV's masks and thresholds: several times cheaper than NumPy's where on 3 MP.)
    pale = cv2.bitwise_and(gray, gray, mask=cv2.inRange(hsv[:, :, 1], 0, 69))
    return _plates_from_bands(blue, pale) + _plates_from_fields(blue, pale)


def _plates_from_bands(blue: np.ndarray, pale: np.ndarray) -> list[tuple[int, int, int, int]]:
    """Plates right of a small solid blue block, taller than wide: the EU band."""
    total = pale.shape[0] * pale.shape[1]
    rects = []
    for contour in _regions(blue):
        area = cv2.contourArea(contour)
        if area < 24 or area > 0.002 * total:
            continue  # a band is a small solid blue block, not a blue sky or coat
        (cx, cy), _, _ = band = cv2.minAreaRect(contour)
        corners = cv2.boxPoints(band)
        edges = [corners[(k + 1) % 4] - corners[k] for k in range(2)]
        lengths = [float(np.hypot(*e)) for e in edges]
        long_k = int(lengths[1] > lengths[0])
        tall, wide = lengths[long_k], lengths[1 - long_k]
        if tall < 8 or wide < 2.5 or not 1.2 <= tall / wide <= 6.0:
            continue
        if area < 0.75 * tall * wide:
            continue
        # Turn the band upright: the angle of its long edge from the vertical, within 45 degrees.
        ex, ey = edges[long_k]
        tilt = float(np.degrees(np.arctan2(ex, ey)))
        tilt = (tilt + 90) % 180 - 90
        if abs(tilt) > 45:
            continue
        plate = _upright_plate(pale, blue, (cx, cy), tilt, tall, wide)
        if plate is not None:
            rects.append(plate)
    return rects


# The EU band is 45 of the plate's 110 mm height wide; the field right of it is 475 mm long.
_BAND_WIDTH = 45 / 110
_FIELD_ASPECT = 475 / 110


def _plates_from_fields(blue: np.ndarray, pale: np.ndarray) -> list[tuple[int, int, int, int]]:
    """Plates found from their field: a light region shaped like a plate without its band,
    with the band's blue just left of it. The light mask is looked at as it is (characters are
    holes in the field), closed (characters filled in) and then opened (light specks of the
    background that touch the field cut off)."""
    light = cv2.threshold(pale, 90, 255, cv2.THRESH_BINARY)[1]
    closed = cv2.morphologyEx(light, cv2.MORPH_CLOSE, np.ones((5, 5), np.uint8))
    opened = cv2.morphologyEx(closed, cv2.MORPH_OPEN, np.ones((3, 3), np.uint8))
    # A well-lit white field apart from a grey background (which is light too).
    bright = cv2.threshold(pale, 190, 255, cv2.THRESH_BINARY)[1]
    rects = []
    # As it is the mask holds thousands of specks in a busy photo: only regions that fill a
    # good part of their bounding box (a field turned up to ~25 degrees, its characters holes).
    for mask, fill in ((light, 0.3), (closed, 0.2), (opened, 0.2), (bright, 0.3)):
        for contour in _plate_shaped(mask, _FIELD_ASPECT, fill):
            (cx, cy), (rw, rh), angle = cv2.minAreaRect(contour)
            long, short = max(rw, rh), min(rw, rh)
            # The tilt of the field's long edge from the horizontal, within 45 degrees.
            tilt = angle if rw >= rh else angle - 90
            tilt = (tilt + 90) % 180 - 90
            if abs(tilt) > 45:
                continue
            # Where the band would be: left of the field, as tall as it.
            a = np.radians(tilt)
            reach = long / 2 + short * _BAND_WIDTH / 2
            centre = (cx - reach * np.cos(a), cy - reach * np.sin(a))
            if not _blue_band_at(blue, centre, tilt, short, short * _BAND_WIDTH):
                continue
            plate = _upright_plate(pale, blue, centre, -tilt, short, short * _BAND_WIDTH)
            if plate is not None:
                rects.append(plate)
    return rects


def _plate_shaped(mask: np.ndarray, aspect: float, fill: float) -> list[np.ndarray]:
    """Outer contours of the mask's connected regions that are solid rectangles (turned up to
    45 degrees) whose long side is about ``aspect`` times the short one. Regions are picked by
    their bounding box first (wider than high, ``fill`` of it or more theirs), contours drawn
    only for those."""
    count, labels, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    if count < 2:
        return []
    x, y, w, h, area = (stats[1:, k] for k in range(5))
    total = mask.shape[0] * mask.shape[1]
    keep = (np.maximum(w, h) >= 24) & (np.minimum(w, h) >= 6) & (w * h <= 0.02 * total)
    keep &= (area >= fill * w * h) & (w >= 0.9 * h)
    out = []
    for k in np.flatnonzero(keep):
        x0, y0 = int(x[k]), int(y[k])
        region = (labels[y0 : y0 + h[k], x0 : x0 + w[k]] == k + 1).astype(np.uint8)
        contours, _ = cv2.findContours(region, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
        contour = max(contours, key=cv2.contourArea) + (x0, y0)
        _, (rw, rh), _ = cv2.minAreaRect(contour)
        long, short = max(rw, rh), min(rw, rh)
        if short < 6 or not 0.75 <= long / short / aspect <= 1.3:
            continue
        if cv2.contourArea(contour) < 0.7 * long * short:
            continue
        out.append(contour)
    return out


def _blue_band_at(
    blue: np.ndarray, centre: tuple[float, float], tilt: float, tall: float, wide: float
) -> bool:
    """True when most of the (tilted) band-sized box at ``centre`` is blue."""
    box = cv2.boxPoints(((centre[0], centre[1]), (wide * 0.7, tall * 0.7), tilt))
    x0, y0 = np.maximum(0, np.floor(box.min(axis=0))).astype(int)
    x1, y1 = np.ceil(box.max(axis=0)).astype(int) + 1
    crop = blue[y0:y1, x0:x1]
    if crop.size == 0:
        return False
    mask = np.zeros_like(crop)
    cv2.fillConvexPoly(mask, (box - (x0, y0)).astype(np.int32), 255)
    inside = crop[mask > 0]
    return inside.size > 0 and float(np.mean(inside > 0)) >= 0.6


def _upright_plate(
    pale: np.ndarray,
    blue: np.ndarray,
    centre: tuple[float, float],
    tilt: float,
    tall: float,
    wide: float,
) -> tuple[int, int, int, int] | None:
    """The plate's bounding box when the field right of an upright band looks like a plate:
    mostly light and colourless (``pale``: grey values where saturation is low, else 0) with dark
    characters across it that are not the band's blue (``blue``: the band colour's mask)."""
    height, width = pale.shape
    cx, cy = centre
    reach = int(tall * (_PLATE_ASPECT + 1))
    x0, y0 = max(0, int(cx) - reach), max(0, int(cy) - reach)
    x1, y1 = min(width, int(cx) + reach), min(height, int(cy) + reach)
    crop = pale[y0:y1, x0:x1]
    if crop.size == 0:
        return None
    pivot = (cx - x0, cy - y0)
    turn = cv2.getRotationMatrix2D(pivot, -tilt, 1.0)
    size = (crop.shape[1], crop.shape[0])
    upright = cv2.warpAffine(crop, turn, size, borderValue=0)
    left, right = pivot[0] - wide / 2, pivot[0] - wide / 2 + tall * _PLATE_ASPECT
    top, bottom = pivot[1] - tall / 2, pivot[1] + tall / 2
    rows = slice(max(0, int(top)), int(bottom))
    cols = slice(int(pivot[0] + wide / 2 + 1), min(crop.shape[1], int(right)))
    field = upright[rows, cols]
    if field.shape[0] < 6 or field.shape[1] < 2 * tall * 0.9:
        return None
    light = field > 90
    if light.mean() < 0.5:
        return None
    paper = float(np.median(field[light]))
    dark_pixels = field < 0.5 * paper
    dark = float(np.mean(dark_pixels))
    if not 0.04 <= dark <= 0.5:
        return None
    # Characters run along the plate: dark pixels in many columns, not one dark blob.
    if float(np.mean(dark_pixels.any(axis=0))) < 0.3:
        return None
    # A plate's characters are black (or another dark colour), not the band's blue: white
    # letters on a blue sign leave blue gaps that look like a band and a field of characters.
    tinted = cv2.warpAffine(blue[y0:y1, x0:x1], turn, size, flags=cv2.INTER_NEAREST)[rows, cols]
    if float(np.mean(tinted[dark_pixels] > 0)) > 0.5:
        return None
    # The plate's corners back in the photo's coordinates.
    back = cv2.invertAffineTransform(turn)
    box = np.array([[left, top], [right, top], [right, bottom], [left, bottom]], np.float64)
    points = box @ back[:, :2].T + back[:, 2] + (x0, y0)
    px0, py0 = points.min(axis=0)
    px1, py1 = points.max(axis=0)
    return int(px0), int(py0), int(px1 - px0), int(py1 - py0)


def _has_characters(gray: np.ndarray, rect) -> bool:
    """True when a box holds dark characters on a light field: split into two grey classes
    (Otsu), their means lie PLATE_MIN_CONTRAST or more apart. The plate cascade also fires on
    blurred, low-contrast texture, where the classes lie 25-40 levels apart."""
    x, y, w, h = (int(v) for v in rect)
    crop = gray[y : y + h, x : x + w]
    if crop.size == 0:
        return False
    threshold, _ = cv2.threshold(crop, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    light = crop > threshold
    if light.all() or not light.any():
        return False
    if float(crop[light].mean() - crop[~light].mean()) < PLATE_MIN_CONTRAST:
        return False
    return _one_line_of_characters(~light)


def _one_line_of_characters(dark: np.ndarray) -> bool:
    """A plate holds one line of characters about as tall as the plate; a note or a sign with
    several lines of text (which the cascade also takes for a plate) holds characters that are
    a small part of the box's height. Compares the median height of the dark shapes (the
    characters; a frame is one shape among many) with the box's height."""
    count, _, stats, _ = cv2.connectedComponentsWithStats(dark.astype(np.uint8), connectivity=8)
    height = dark.shape[0]
    tall = [
        stats[i, cv2.CC_STAT_HEIGHT]
        for i in range(1, count)
        if stats[i, cv2.CC_STAT_AREA] >= max(4, dark.size // 2000)
    ]
    if not tall:
        return False
    return float(np.median(tall)) >= PLATE_MIN_CHAR_HEIGHT * height


def _scaled(rgb: np.ndarray, long_side: int) -> tuple[np.ndarray, float]:
    height, width = rgb.shape[:2]
    scale = min(1.0, long_side / max(height, width))
    if scale == 1.0:
        return rgb, scale
    size = (round(width * scale), round(height * scale))
    return cv2.resize(rgb, size, interpolation=cv2.INTER_AREA), scale


def find_plates(rgb: np.ndarray) -> list[Region]:
    """Licence plates in an RGB array: the bundled plate cascade, Dutch yellow plates and
    white EU plates by their blue band."""
    small, scale = _scaled(rgb, DETECT_LONG_SIDE)
    gray = cv2.cvtColor(small, cv2.COLOR_RGB2GRAY)
    name, neighbours, step = _PLATE_CASCADE
    rects = [
        rect
        for rect in _cascade(name).detectMultiScale(
            gray, scaleFactor=step, minNeighbors=neighbours, minSize=(40, 10)
        )
        if _has_characters(gray, rect)
    ]
    found = _back(rects, scale)
    # The colour rule is cheap: it looks at more pixels, so small plates are found too.
    larger, plate_scale = _scaled(rgb, PLATE_LONG_SIDE)
    found += _back(_yellow_plates(larger), plate_scale)
    found += _back(_eu_band_plates(larger), plate_scale)
    return _merge(found)


# Screenshots get the yellow-plate rule alone (the cascade fires on chat text), on a copy whose
# long side is at most this many pixels: a plate on a photo sent in a chat is 20+ px high on a
# phone screenshot, and a smaller copy keeps the rule's cost per screenshot near 0.05 s.
SCREENSHOT_PLATE_LONG_SIDE = 1280


# A screenshot without any plate-yellow or EU-band-blue pixel on a copy this small has no plate
# to look for.
SCREENSHOT_YELLOW_CHECK_LONG_SIDE = 400


def find_screenshot_plates(rgb: np.ndarray) -> list[Region]:
    """Licence plates on the photos a screenshot shows, widened by PLATE_MARGIN: Dutch yellow
    plates and white EU plates by their blue band (a Belgian or German car), the two colour
    rules of `find_plates` (about 0.03 s each on a phone screenshot; neither fires on chat text
    or WhatsApp's own blue)."""
    height, width = rgb.shape[:2]
    thumb, _ = _scaled(rgb, SCREENSHOT_YELLOW_CHECK_LONG_SIDE)
    hsv = cv2.cvtColor(thumb, cv2.COLOR_RGB2HSV)
    yellow = cv2.countNonZero(cv2.inRange(hsv, *_PLATE_YELLOW)) > 0
    blue = cv2.countNonZero(cv2.inRange(hsv, *_EU_BLUE)) > 0
    if not (yellow or blue):
        return []
    small, scale = _scaled(rgb, SCREENSHOT_PLATE_LONG_SIDE)
    rects = _yellow_plates(small) if yellow else []
    rects += _eu_band_plates(small) if blue else []
    found = _merge(_back(rects, scale))
    return [plate.widened(PLATE_MARGIN, width, height) for plate in found]


def _merge(regions: list[Region]) -> list[Region]:
    """Overlapping boxes joined into one, so a face found twice is blurred once."""
    merged: list[Region] = []
    for region in sorted(regions, key=lambda r: (r.left, r.top)):
        for i, other in enumerate(merged):
            if (
                region.left < other.right
                and other.left < region.right
                and region.top < other.bottom
                and other.top < region.bottom
            ):
                merged[i] = Region(
                    min(region.left, other.left),
                    min(region.top, other.top),
                    max(region.right, other.right),
                    max(region.bottom, other.bottom),
                )
                break
        else:
            merged.append(region)
    return merged


def _blur(rgb: np.ndarray, region: Region) -> None:
    """Pixelate then blur: the face's detail is gone, not just softened."""
    patch = rgb[region.top : region.bottom, region.left : region.right]
    h, w = patch.shape[:2]
    if h < 2 or w < 2:
        return
    blocks = max(2, min(w, h) // max(8, min(w, h) // 8))
    tiny = cv2.resize(
        patch, (max(1, w // blocks), max(1, h // blocks)), interpolation=cv2.INTER_AREA
    )
    coarse = cv2.resize(tiny, (w, h), interpolation=cv2.INTER_NEAREST)
    kernel = max(3, (min(w, h) // 4) | 1)
    rgb[region.top : region.bottom, region.left : region.right] = cv2.GaussianBlur(
        coarse, (kernel, kernel), 0
    )


def redact_array(rgb: np.ndarray) -> tuple[list[Region], list[Region]]:
    """Blur faces and black out plates in an RGB array, in place; returns (faces, plates)."""
    height, width = rgb.shape[:2]
    faces = [f.widened(FACE_MARGIN, width, height) for f in find_faces(rgb)]
    plates = [p.widened(PLATE_MARGIN, width, height) for p in find_plates(rgb)]
    for face in faces:
        _blur(rgb, face)
    for plate in plates:
        rgb[plate.top : plate.bottom, plate.left : plate.right] = 0
    return faces, plates


def redact_image(image: Image.Image) -> tuple[Image.Image, list[Region], list[Region]]:
    """A copy of a Pillow image with faces blurred and plates blacked out (RGB)."""
    rgb = np.array(image.convert("RGB"))
    faces, plates = redact_array(rgb)
    if not (faces or plates):
        return image, faces, plates
    return Image.fromarray(rgb), faces, plates


def redact_photo(data: bytes, *, format: str) -> PhotoRedaction:
    """A metadata-free photo (`strip_metadata`'s output) with faces blurred and plates blacked
    out, re-encoded in the same format; the input bytes as they are when nothing was found."""
    with Image.open(io.BytesIO(data)) as opened:
        opened.load()
        mode = opened.mode
        redacted, faces, plates = redact_image(opened)
        if not (faces or plates):
            return PhotoRedaction(data, format, (), ())
    if mode in ("RGBA", "LA", "PA") and format != "JPEG":
        with Image.open(io.BytesIO(data)) as original:
            alpha = original.convert("RGBA").getchannel("A")
        redacted = redacted.convert("RGBA")
        redacted.putalpha(alpha)
    buffer = io.BytesIO()
    if format == "JPEG":
        redacted.convert("RGB").save(buffer, format="JPEG", quality=JPEG_QUALITY)
    elif format == "WEBP":
        redacted.save(buffer, format="WEBP", quality=JPEG_QUALITY)
    else:
        redacted.save(buffer, format="PNG", optimize=False)
    return PhotoRedaction(buffer.getvalue(), format, tuple(faces), tuple(plates))
