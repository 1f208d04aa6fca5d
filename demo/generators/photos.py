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
