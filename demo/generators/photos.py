"""Photos for tests and benchmarks of face and plate redaction: licence plates drawn here, street
scenes of noise and shapes, faces pasted in from public-domain portraits given by the caller."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw, ImageEnhance, ImageFont


def dutch_plate(text: str = "12-ABC-3", width: int = 520) -> Image.Image:
    """A yellow Dutch plate (52 x 11 cm) with black characters and the blue EU band."""
    height = width * 110 // 520
    plate = Image.new("RGB", (width, height), (247, 196, 0))
    draw = ImageDraw.Draw(plate)
    draw.rectangle((0, 0, width // 12, height), fill=(0, 51, 153))
    font = ImageFont.load_default(size=max(8, int(height * 0.75)))
    draw.text((width // 8, height // 10), text, fill="black", font=font)
    draw.rectangle((0, 0, width - 1, height - 1), outline="black", width=max(1, width // 170))
    return plate


def white_plate(text: str = "1-ABC-123", width: int = 520) -> Image.Image:
    """A white plate with dark characters (Belgian, German and most others)."""
    height = width * 110 // 520
    plate = Image.new("RGB", (width, height), (240, 240, 240))
    draw = ImageDraw.Draw(plate)
    draw.rectangle((0, 0, width // 12, height), fill=(0, 51, 153))
    font = ImageFont.load_default(size=max(8, int(height * 0.75)))
    draw.text((width // 8, height // 10), text, fill=(120, 10, 20), font=font)
    draw.rectangle((0, 0, width - 1, height - 1), outline="black", width=max(1, width // 170))
    return plate


def street_scene(size: tuple[int, int] = (4000, 3000), *, seed: int = 0) -> Image.Image:
    """A noisy background with a few grey and coloured blocks (no faces, no plates)."""
    rng = np.random.default_rng(seed)
    small = rng.integers(40, 180, size=(size[1] // 8, size[0] // 8, 3), dtype=np.uint8)
    image = Image.fromarray(small).resize(size, Image.Resampling.BILINEAR)
    draw = ImageDraw.Draw(image)
    for _ in range(12):
        x, y = int(rng.integers(0, size[0])), int(rng.integers(0, size[1]))
        w, h = (
            int(rng.integers(size[0] // 20, size[0] // 4)),
            int(rng.integers(size[1] // 20, size[1] // 4)),
        )
        colour = tuple(int(c) for c in rng.integers(30, 220, size=3))
        draw.rectangle((x, y, x + w, y + h), fill=colour)
    return image


def place(
    scene: Image.Image,
    thing: Image.Image,
    *,
    at: tuple[int, int],
    width: int,
    angle: float = 0.0,
    brightness: float = 1.0,
) -> tuple[int, int, int, int]:
    """Paste `thing` scaled to `width`, turned and lit; returns its box (left, top, right, bottom)."""
    height = round(thing.height * width / thing.width)
    item = thing.convert("RGB").resize((width, height), Image.Resampling.LANCZOS)
    if brightness != 1.0:
        item = ImageEnhance.Brightness(item).enhance(brightness)
    mask = Image.new("L", item.size, 255)
    if angle:
        item = item.rotate(angle, expand=True, resample=Image.Resampling.BICUBIC)
        mask = mask.rotate(angle, expand=True)
    scene.paste(item, at, mask)
    return (at[0], at[1], at[0] + item.width, at[1] + item.height)


# Everyday photos for the tests of what OCR may keep of a photo (issue 17's noise): scenes
# without any text, and signs with text painted on such scenes. Each is drawn from a seed, with
# sensor noise on top, as a phone camera would give it.
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
SIGN_FONTS = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSerif.ttf", "DejaVuSansCondensed.ttf")


def _sensor_noise(image: Image.Image, rng: np.random.Generator, sigma: float = 6.0) -> Image.Image:
    pixels = np.asarray(image.convert("RGB"), dtype=np.float32)
    pixels += rng.normal(0, sigma, pixels.shape)
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))


def _gradient(size: tuple[int, int], top: tuple, bottom: tuple) -> Image.Image:
    width, height = size
    t = np.linspace(0, 1, height, dtype=np.float32)[:, None, None]
    rows = (1 - t) * np.array(top, np.float32) + t * np.array(bottom, np.float32)
    return Image.fromarray(np.repeat(rows, width, axis=1).astype(np.uint8))


def houses_scene(size: tuple[int, int] = (1600, 1200), *, seed: int = 0) -> Image.Image:
    """Sky, a row of brick houses with windows and doors, pavement."""
    rng = np.random.default_rng(seed)
    width, height = size
    image = _gradient(size, (120, 160, 215), (200, 215, 235))
    draw = ImageDraw.Draw(image)
    ground = int(height * rng.uniform(0.65, 0.8))
    draw.rectangle((0, ground, width, height), fill=(105, 100, 95))
    for y in range(ground, height, max(8, height // 40)):
        draw.line((0, y, width, y), fill=(85, 80, 78), width=2)
    x = 0
    while x < width:
        w = int(rng.integers(width // 8, width // 4))
        top = int(height * rng.uniform(0.15, 0.4))
        brick = tuple(int(c) for c in rng.integers(90, 170, size=3))
        draw.rectangle((x, top, x + w, ground), fill=brick, outline=(40, 30, 30), width=3)
        draw.polygon([(x, top), (x + w // 2, top - w // 3), (x + w, top)], fill=(70, 50, 45))
        for wy in range(top + 30, ground - 80, max(60, (ground - top) // 4)):
            for wx in range(x + 20, x + w - 60, max(70, w // 3)):
                draw.rectangle((wx, wy, wx + 45, wy + 55), fill=(60, 70, 80), outline="white")
                draw.line((wx + 22, wy, wx + 22, wy + 55), fill="white", width=2)
        x += w
    return _sensor_noise(image, rng)


def brick_wall(size: tuple[int, int] = (1600, 1200), *, seed: int = 0) -> Image.Image:
    """A close-up of a brick wall: rows of bricks of varying colour, lighter mortar."""
    rng = np.random.default_rng(seed)
    width, height = size
    image = Image.new("RGB", size, (190, 185, 170))
    draw = ImageDraw.Draw(image)
    brick_h = int(rng.integers(height // 25, height // 12))
    brick_w = brick_h * 3
    for row, y in enumerate(range(0, height, brick_h)):
        shift = (row % 2) * brick_w // 2
        for x in range(-shift, width, brick_w):
            colour = tuple(int(c) for c in rng.normal((150, 70, 50), 18).clip(0, 255))
            draw.rectangle((x + 3, y + 3, x + brick_w - 3, y + brick_h - 3), fill=colour)
    return _sensor_noise(image, rng, sigma=10)


def tree_scene(size: tuple[int, int] = (1600, 1200), *, seed: int = 0) -> Image.Image:
    """A tree against the sky on grass: a trunk, branching boughs and clumps of leaves."""
    rng = np.random.default_rng(seed)
    width, height = size
    image = _gradient(size, (140, 180, 230), (225, 230, 240))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, int(height * 0.75), width, height), fill=(70, 120, 50))

    def bough(x, y, length, angle, thickness, depth):
        if depth == 0 or length < 6:
            r = int(rng.integers(10, 30))
            green = tuple(int(c) for c in rng.normal((60, 120, 45), 20).clip(0, 255))
            draw.ellipse((x - r, y - r, x + r, y + r), fill=green)
            return
        x2 = x + length * np.cos(angle)
        y2 = y - length * np.sin(angle)
        draw.line((x, y, x2, y2), fill=(80, 55, 35), width=max(1, int(thickness)))
        for _ in range(int(rng.integers(2, 4))):
            bough(
                x2,
                y2,
                length * rng.uniform(0.6, 0.8),
                angle + rng.uniform(-0.7, 0.7),
                thickness * 0.65,
                depth - 1,
            )

    bough(width * rng.uniform(0.35, 0.65), height * 0.8, height * 0.25, np.pi / 2, width / 40, 7)
    return _sensor_noise(image, rng)


def foliage(size: tuple[int, int] = (1600, 1200), *, seed: int = 0) -> Image.Image:
    """A hedge or a lawn filling the frame: thousands of small leaves."""
    rng = np.random.default_rng(seed)
    width, height = size
    image = Image.new("RGB", size, (40, 70, 30))
    draw = ImageDraw.Draw(image)
    for _ in range(width * height // 400):
        x, y = int(rng.integers(0, width)), int(rng.integers(0, height))
        w, h = int(rng.integers(6, 30)), int(rng.integers(4, 16))
        green = tuple(int(c) for c in rng.normal((70, 130, 50), 30).clip(0, 255))
        draw.ellipse((x, y, x + w, y + h), fill=green)
    return _sensor_noise(image, rng)


def face_portrait(size: tuple[int, int] = (1600, 1200), *, seed: int = 0) -> Image.Image:
    """A drawn head and shoulders before a blurred room: no text anywhere."""
    rng = np.random.default_rng(seed)
    width, height = size
    image = _gradient(size, tuple(int(c) for c in rng.integers(60, 200, 3)), (90, 80, 70))
    draw = ImageDraw.Draw(image)
    cx, cy = width // 2 + int(rng.integers(-100, 100)), height // 2
    r = height // 4
    draw.ellipse((cx - 2 * r, cy + r, cx + 2 * r, height + r), fill=(40, 60, 110))
    draw.ellipse((cx - r, cy - int(1.3 * r), cx + r, cy + int(1.1 * r)), fill=(225, 185, 160))
    draw.chord((cx - r, cy - int(1.4 * r), cx + r, cy), 180, 360, fill=(70, 45, 30))
    for ex in (cx - r // 2.5, cx + r // 2.5):
        draw.ellipse((ex - 18, cy - 30, ex + 18, cy - 8), fill="white")
        draw.ellipse((ex - 8, cy - 26, ex + 8, cy - 10), fill=(50, 80, 60))
    draw.arc(
        (cx - r // 2, cy + r // 4, cx + r // 2, cy + r // 1.6), 20, 160, fill=(150, 60, 60), width=6
    )
    return _sensor_noise(image, rng)


def sign_photo(
    lines: list[str],
    background: Image.Image,
    *,
    seed: int = 0,
    font: str = SIGN_FONTS[0],
    text_height: int = 60,
    colours: tuple[tuple, tuple] = ((245, 245, 235), (20, 20, 20)),
    angle: float = 0.0,
) -> Image.Image:
    """A sign (board colour, text colour) with `lines` painted, placed on `background`."""
    rng = np.random.default_rng(seed)
    type_ = ImageFont.truetype(f"{FONT_DIR}/{font}", text_height)
    pad = text_height
    widths = [int(ImageDraw.Draw(background).textlength(line, font=type_)) for line in lines]
    board = Image.new(
        "RGB", (max(widths) + 2 * pad, len(lines) * int(text_height * 1.5) + pad), colours[0]
    )
    draw = ImageDraw.Draw(board)
    for n, line in enumerate(lines):
        draw.text((pad, pad // 2 + n * int(text_height * 1.5)), line, fill=colours[1], font=type_)
    scene = background.copy()
    x = int(rng.integers(0, max(1, scene.width - board.width)))
    y = int(rng.integers(0, max(1, scene.height - board.height)))
    place(scene, board, at=(x, y), width=board.width, angle=angle)
    return _sensor_noise(scene, rng, sigma=4)
