"""Score the personal-data detector on a labelled JSONL corpus, exactly as an outside checker would.

Runs ``python -m chats.redaction`` as a subprocess (the CLI contract), then reports per label
and overall: overlap precision/recall/F1, exact-match P/R, the share of gold spans fully
covered by predictions (nothing leaks) and the share of must-keep items (distractors) touched.

    .venv/bin/python bench/pii_score.py                       # ../shared/corpus/pii/dev.jsonl
    .venv/bin/python bench/pii_score.py --split holdout       # only the self-held-out fold
    .venv/bin/python bench/pii_score.py FILE.jsonl --errors   # also list misses and false finds
    .venv/bin/python bench/pii_score.py FILE.jsonl --chats    # in-process, not through the CLI

Records that carry ``chat``/``participants`` are detected with their chat's context either way:
the CLI groups consecutive records of one chat, as the pipeline does.

The corpus is invented (see its GUIDELINE.md), so ``--errors`` may print its text.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from chats.redaction.spans import LABELS  # noqa: E402

DEFAULT = ROOT / ".." / "shared" / "corpus" / "pii" / "dev.jsonl"
_MARK_RE = re.compile(r"\[\[(.+?)\|([A-Z_]+)\]\]|\{\{(.+?)\|([a-z]+)\}\}")


def parse_markup(line: str, record_id: str) -> dict:
    """A record from one markup line: [[value|LABEL]] is a span, {{value|kind}} a distractor."""
    text, spans, distractors = "", [], []
    pos = 0
    for match in _MARK_RE.finditer(line):
        text += line[pos : match.start()]
        value = match.group(1) or match.group(3)
        item = {"start": len(text), "end": len(text) + len(value), "value": value}
        if match.group(1):
            spans.append({**item, "label": match.group(2)})
        else:
            distractors.append({**item, "kind": match.group(4)})
        text += value
        pos = match.end()
    text += line[pos:]
    return {"id": record_id, "text": text, "spans": spans, "distractors": distractors}


def load_corpus(path: Path) -> list[dict]:
    """Records from a JSONL corpus, or from a markup .txt file ('#' lines are comments).

    In markup, a line ``@chat ID | Name, Name`` starts a chat: the records after it carry
    ``chat`` (its id) and ``participants`` (the export's sender names) until the next one.
    """
    lines = path.read_text(encoding="utf-8").splitlines()
    if path.suffix == ".jsonl":
        return [json.loads(line) for line in lines if line.strip()]
    records = []
    chat: dict = {}
    for line in lines:
        if line.startswith("@chat "):
            chat_id, _, names = line[len("@chat ") :].partition("|")
            chat = {
                "chat": chat_id.strip(),
                "participants": [n.strip() for n in names.split(",") if n.strip()],
            }
        elif line.strip() and not line.startswith("#"):
            records.append({**parse_markup(line, f"{path.stem}-{len(records) + 1:04d}"), **chat})
    return records


# The migrations that seed the municipality's own contact data a fresh install holds, by name
# without their number (migrations get renumbered when branches meet).
_SEEDS = ("seed_organisation_contacts", "seed_town_hall_address")
_KINDS = {
    "telefoon": "phones",
    "email": "emails",
    "iban": "ibans",
    "naam": "names",
    "adres": "addresses",
}


def seeded_context():
    """The context the pipeline gives every chat on a fresh install: the municipality's own
    contact data as the seeding migrations leave it (the town hall's address among it)."""
    import importlib
    import pkgutil

    import chats.migrations
    from chats.redaction import ChatContext, OrganisationContacts

    names = {
        m.name.split("_", 1)[1]: m.name for m in pkgutil.iter_modules(chats.migrations.__path__)
    }
    missing = [name for name in _SEEDS if name not in names]
    if missing:  # a seed left out would change the figures without a word
        raise SystemExit(f"no seeding migration {', '.join(missing)} in chats/migrations")
    values: dict[str, list[str]] = {}
    for name in _SEEDS:
        seed = importlib.import_module(f"chats.migrations.{names[name]}")
        for kind, value, _ in seed.DEFAULTS:
            values.setdefault(_KINDS[kind], []).append(value)
    return ChatContext(organisation=OrganisationContacts.of(**values))


def predict_in_chats(records: list[dict]) -> dict[str, list[dict]]:
    """Predictions per id made in-process with each chat's context, as the pipeline makes them
    (records without a ``chat`` are each a chat of their own; every chat with the
    municipality's own contact data a fresh install holds)."""
    from chats.redaction import detect_chat

    context = seeded_context()

    chats: dict[str, list[dict]] = {}
    for record in records:
        chats.setdefault(record.get("chat") or f"\0{record['id']}", []).append(record)
    predictions = {}
    for members in chats.values():
        found = detect_chat(
            [r["text"] for r in members],
            participants=members[0].get("participants", ()),
            context=context,
        )
        for record, spans in zip(members, found, strict=True):
            predictions[record["id"]] = [
                {"start": s.start, "end": s.end, "label": s.label} for s in spans
            ]
    return predictions


def fold_of(record_id: str) -> str:
    """Deterministic 70/30 split by id: 'tune' or 'holdout'."""
    digest = hashlib.sha256(str(record_id).encode()).digest()
    return "holdout" if digest[0] % 10 < 3 else "tune"


def run_cli(records: list[dict]) -> tuple[dict[str, list[dict]], float]:
    """Predictions per id from the CLI, and the wall time it took (start-up included). Each
    record's ``chat`` and ``participants`` go along, so the CLI detects with the chat's context."""
    payload = "".join(
        json.dumps(
            {k: r[k] for k in ("id", "text", "chat", "participants") if k in r},
            ensure_ascii=False,
        )
        + "\n"
        for r in records
    )
    started = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "chats.redaction"],
        input=payload,
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    elapsed = time.perf_counter() - started
    predictions = {}
    for line in proc.stdout.splitlines():
        if line.strip():
            obj = json.loads(line)
            predictions[obj["id"]] = obj["spans"]
    return predictions, elapsed


def _overlaps(a: dict, b: dict) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


def score(records: list[dict], predictions: dict[str, list[dict]]) -> dict:
    """All figures, per label and overall."""
    c: Counter = Counter()
    errors: list[str] = []
    for rec in records:
        text = rec["text"]
        gold = rec.get("spans", [])
        pred = predictions.get(rec["id"], [])
        covered = set()
        for p in pred:
            covered.update(range(p["start"], p["end"]))
        for g in gold:
            lab = g["label"]
            c["gold", lab] += 1
            hit = any(_overlaps(g, p) and p["label"] == lab for p in pred)
            c["gold_hit", lab] += hit
            c["gold_exact", lab] += any(
                p["start"] == g["start"] and p["end"] == g["end"] and p["label"] == lab
                for p in pred
            )
            full = all(i in covered for i in range(g["start"], g["end"]))
            c["full", lab] += full
            if not full:
                errors.append(f"{rec['id']} MISS {lab:14} {text[g['start'] : g['end']]!r}")
            elif not hit:
                errors.append(f"{rec['id']} LABEL {lab:13} {text[g['start'] : g['end']]!r}")
        for p in pred:
            lab = p["label"]
            c["pred", lab] += 1
            ok = any(_overlaps(g, p) and g["label"] == lab for g in gold)
            c["pred_hit", lab] += ok
            if not any(_overlaps(g, p) for g in gold):
                c["pred_none", lab] += 1
                errors.append(f"{rec['id']} FALSE {lab:13} {text[p['start'] : p['end']]!r}")
        for d in rec.get("distractors", []):
            c["distractors"] += 1
            if any(_overlaps(d, p) for p in pred):
                c["touched"] += 1
                c["touched", d["kind"]] += 1
                errors.append(f"{rec['id']} TOUCH {d['kind']:13} {d['value']!r}")
    return {"counts": c, "errors": errors}


def _ratio(a: float, b: float) -> float:
    return a / b if b else 1.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def report(result: dict, n_messages: int) -> dict:
    """Print the table; return the overall figures."""
    c = result["counts"]
    print(
        f"{'label':15} {'gold':>5} {'pred':>5} {'P':>6} {'R':>6} {'F1':>6} {'exactR':>7} {'full':>6}"
    )
    tot = Counter()
    for lab in LABELS:
        g, p = c["gold", lab], c["pred", lab]
        if not g and not p:
            continue
        prec, rec = _ratio(c["pred_hit", lab], p), _ratio(c["gold_hit", lab], g)
        print(
            f"{lab:15} {g:5} {p:5} {prec:6.3f} {rec:6.3f} {_f1(prec, rec):6.3f} "
            f"{_ratio(c['gold_exact', lab], g):7.3f} {_ratio(c['full', lab], g):6.3f}"
        )
        for key in ("gold", "pred", "gold_hit", "pred_hit", "gold_exact", "full", "pred_none"):
            tot[key] += c[key, lab]
    prec, rec = _ratio(tot["pred_hit"], tot["pred"]), _ratio(tot["gold_hit"], tot["gold"])
    any_prec = _ratio(tot["pred"] - tot["pred_none"], tot["pred"])
    figures = {
        "messages": n_messages,
        "overlap_precision": prec,
        "overlap_recall": rec,
        "overlap_f1": _f1(prec, rec),
        "exact_recall": _ratio(tot["gold_exact"], tot["gold"]),
        "fully_covered": _ratio(tot["full"], tot["gold"]),
        "label_free_precision": any_prec,
        "distractors": c["distractors"],
        "distractors_touched": _ratio(c["touched"], c["distractors"]),
    }
    print(
        f"{'ALL':15} {tot['gold']:5} {tot['pred']:5} {prec:6.3f} {rec:6.3f} "
        f"{figures['overlap_f1']:6.3f} {figures['exact_recall']:7.3f} {figures['fully_covered']:6.3f}"
    )
    print()
    print(f"messages              {n_messages}")
    print(f"fully covered         {figures['fully_covered']:.3f}   (goal >= 0.99)")
    print(f"overlap F1            {figures['overlap_f1']:.3f}   (goal >= 0.98)")
    print(f"label-free precision  {any_prec:.3f}")
    print(
        f"distractors touched   {figures['distractors_touched']:.3f}   "
        f"({c['touched']}/{c['distractors']}, goal <= 0.03)"
    )
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT))
    parser.add_argument("--split", choices=("all", "tune", "holdout"), default="all")
    parser.add_argument("--errors", action="store_true", help="list misses and false finds")
    parser.add_argument("--json", action="store_true", help="print the overall figures as JSON")
    parser.add_argument(
        "--write-jsonl",
        metavar="FILE",
        help="write the records as JSONL and stop, without scoring (a blind set's writer makes "
        "its JSONL before its one measurement)",
    )
    parser.add_argument(
        "--chats",
        action="store_true",
        help="detect in-process with each chat's context (participants, names seen as a person)",
    )
    args = parser.parse_args(argv)

    path = Path(args.corpus)
    if not path.exists():
        print(f"corpus not found: {path}", file=sys.stderr)
        return 2
    records = load_corpus(path)
    if args.split != "all":
        records = [r for r in records if fold_of(r["id"]) == args.split]
    if args.write_jsonl:
        with open(args.write_jsonl, "w", encoding="utf-8") as out:
            for record in records:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
        print(f"{len(records)} records written to {args.write_jsonl}")
        return 0
    if args.chats:
        started = time.perf_counter()
        predictions = predict_in_chats(records)
        elapsed = time.perf_counter() - started
        how = "in-process with chat context"
    else:
        predictions, elapsed = run_cli(records)
        how = "through the CLI"
    result = score(records, predictions)
    print(f"{path.name} [{args.split}] scored {how} in {elapsed:.2f} s\n")
    figures = report(result, len(records))
    if args.errors:
        print()
        print("\n".join(result["errors"]) or "no errors")
    if args.json:
        print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
