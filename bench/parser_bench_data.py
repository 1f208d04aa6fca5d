"""Generate a realistic Dutch iOS WhatsApp export for the parser benchmark (deterministic)."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

LRM = "\u200e"
NBSP = "\u00a0"

# Authors as an iPhone writes them: saved contacts plain, unknown numbers wrapped in LRE/PDF with
# no-break spaces inside.
AUTHORS = [
    "Jan de Vries",
    "Fatima el Amrani",
    "Pieter Bakker",
    "Sanne de Boer",
    "\u202a+31" + NBSP + "6" + NBSP + "12345678\u202c",
    "\u202a+31 6 87654321\u202c",
    "Wijkagent Oost",
    "Marieke Jansen",
]

SENTENCES = [
    "Goedemorgen allemaal.",
    "Kun je de stukken in het zaaksysteem zetten?",
    "Ik bel de aanvrager vanmiddag even terug.",
    "De melding over de Hoofdstraat is doorgezet naar de buitendienst.",
    "Prima, dank je wel! 👍",
    "Zullen we om 14:30 overleggen? Agenda: 1) foto's 2) adres",
    "Het verkeersbord bij de rotonde is weer rechtgezet.",
    "Ik ben er over tien minuten.",
    "Staat op de agenda van het DB-overleg.",
    "Let op: dit valt mogelijk onder de Woo, graag zakelijk blijven.",
    "Handhaving is vanmiddag ter plaatse.",
    "Top 😊",
    "Ok",
    "Dat klopt, de vergunning is gisteren verleend.",
    "Wie heeft de sleutel van het gemeentehuis?",
]


def _text(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.18:
        # Multi-line message, sometimes with a blank line inside.
        lines = [rng.choice(SENTENCES) for _ in range(rng.randint(2, 4))]
        if rng.random() < 0.3:
            lines.insert(1, "")
        return "\n".join(lines)
    return " ".join(rng.choice(SENTENCES) for _ in range(rng.choice((1, 1, 2, 2, 3, 4))))


def write_ios_export(path: Path, n_messages: int, seed: int = 2024) -> int:
    """Write an iOS-style `_chat.txt` with n_messages entries; return its size in bytes."""
    rng = random.Random(seed)
    t = datetime(2022, 1, 3, 8, 0, 0)
    counter = 1
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write(
            f"[{t:%d-%m-%Y %H:%M:%S}] Team Wijkzaken Meppel: {LRM}Berichten en gesprekken worden "
            "end-to-end versleuteld. Niemand buiten deze chat kan ze lezen of beluisteren, "
            "zelfs WhatsApp niet.\n"
        )
        for _ in range(n_messages - 1):
            t += timedelta(seconds=rng.randint(5, 600))
            stamp = f"[{t:%d-%m-%Y %H:%M:%S}]"
            author = rng.choice(AUTHORS)
            roll = rng.random()
            counter += 1
            if roll < 0.05:
                name = f"{counter:08d}-PHOTO-{t:%Y-%m-%d-%H-%M-%S}.jpg"
                out.write(f"{LRM}{stamp} {author}: {LRM}<bijgevoegd: {name}>\n")
            elif roll < 0.07:
                name = f"{counter:08d}-AUDIO-{t:%Y-%m-%d-%H-%M-%S}.opus"
                out.write(f"{LRM}{stamp} {author}: {LRM}<bijgevoegd: {name}>\n")
            elif roll < 0.075:
                out.write(
                    f"{LRM}{stamp} {author}: Rapport.pdf • {LRM}3 pagina's "
                    f"{LRM}<bijgevoegd: {counter:08d}-Rapport.pdf>\n"
                )
            elif roll < 0.085:
                out.write(f"{stamp} {author}: {LRM}Dit bericht is verwijderd.\n")
            elif roll < 0.09:
                out.write(f"{stamp} {LRM}Jan de Vries heeft {author} toegevoegd\n")
            elif roll < 0.095:
                out.write(f"{stamp} {author}: {_text(rng)} {LRM}<Dit bericht is bewerkt>\n")
            else:
                out.write(f"{stamp} {author}: {_text(rng)}\n")
    return path.stat().st_size
