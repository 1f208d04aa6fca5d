"""Experiment (issue 12): does a learned second opinion (a CRF) generalise better than more rules?

A linear-chain CRF (python-crfsuite) is trained on the project's labelled sets to tag PERSON
(and optionally ADDRESS) tokens; its spans are only ever ADDED where the rule detector found
nothing (``bench/crf_features.py``: features, gate and merge as the product would call them). Features: word shape, capitals, position, membership of the detector's word lists
(``chats/redaction/data``), neighbouring words, the chat (participants, names the rules found as
a person elsewhere in the chat) and the rules' own labels on the token and its neighbours.

Protocol (no peeking):

* training data: ``tests/fixtures/pii/`` blind_text ... blind_text_6, challenge*, and the tune
  fold of ``../shared/corpus/pii/dev.jsonl`` (dev_sample is a subset of dev.jsonl and is used
  through it, so none of its holdout records is trained on);
* leave-one-set-out over blind_text_3 ... blind_text_6: train without the set, score it with
  rules alone and rules + CRF, exactly as ``bench/pii_score.py`` scores (full coverage,
  overlap F1, must-keep items touched);
* rule baselines (``--mode``): ``oof`` (the decision's: every blind set's rule features and
  its scoring made by the detector of the commit it was measured blind on, the rules that had
  not seen it; the threshold chosen by an inner leave-one-set-out without the outer set),
  ``current`` (this checkout's rules, which were tuned on those four sets: rules alone sit at
  the ceiling), ``ship`` (trained as ``oof``, scored on top of this checkout's rules: only false
  finds can show) and ``blind-era`` (the left-out set's blind commit for every set);
* ``--holdout``: train on everything, score the dev holdout fold (current rules);
* ``--final``: blind_text_7, aggregate only, once, and only for a model that is shipped (not
  run: the model was not kept).

python-crfsuite is not a dependency of the product; install it aside:

    .venv/bin/pip install --target /tmp/crf_lib python-crfsuite==0.9.12
    PYTHONPATH=/tmp/crf_lib .venv/bin/python bench/crf_experiment.py --mode all
    PYTHONPATH=/tmp/crf_lib .venv/bin/python bench/crf_experiment.py --holdout
    PYTHONPATH=/tmp/crf_lib .venv/bin/python bench/crf_experiment.py --build /tmp/persons.crfsuite
    PYTHONPATH=/tmp/crf_lib .venv/bin/python bench/crf_experiment.py --speed /tmp/persons.crfsuite

Results are written up in ``bench/crf_experiment.md``.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "pii"
DEV = ROOT / ".." / "shared" / "corpus" / "pii" / "dev.jsonl"
CACHE = Path("/tmp/crf_experiment")
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
import crf_features as learned  # noqa: E402
from pii_score import fold_of, report, score  # noqa: E402

from chats.redaction import lexicon  # noqa: E402
from chats.redaction.lexicon import Lexicon  # noqa: E402
from chats.redaction.spans import Span  # noqa: E402

TRAIN_SETS = [
    "blind_text",
    "blind_text_2",
    "blind_text_3",
    "blind_text_4",
    "blind_text_5",
    "blind_text_6",
    "challenge",
    "challenge2",
    "challenge3",
    "dev_tune",
]
LEFT_OUT = ["blind_text_3", "blind_text_4", "blind_text_5", "blind_text_6"]
# The main commit each set was measured blind on (tests/fixtures/pii/README.md, git log).
BLIND_ERA = {
    "blind_text": "48b27bb",
    "blind_text_2": "bfa449c",
    "blind_text_3": "d06d96d",
    "blind_text_4": "46fbac7",
    "blind_text_5": "20210d0",
    "blind_text_6": "1e87036",
}


# ---------------------------------------------------------------------------------------------
# Data


def load_sets(names: list[str]) -> dict[str, list[dict]]:
    out = {}
    for name in names:
        if name.startswith("dev_"):
            fold = name[len("dev_") :]
            records = [json.loads(x) for x in DEV.read_text(encoding="utf-8").splitlines() if x]
            out[name] = [r for r in records if fold_of(r["id"]) == fold]
        else:
            path = FIXTURES / f"{name}.jsonl"
            out[name] = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x]
    return out


def rules_predictions(commit: str, sets: list[str]) -> dict[str, dict[str, list[dict]]]:
    """Rule spans per set and record id, made by the detector of ``commit`` ('HEAD' = this
    checkout) in a subprocess that imports that version's chats.redaction."""
    key = CACHE / f"rules-{commit}-{'-'.join(sets)}.json"
    if key.exists():
        return json.loads(key.read_text())
    CACHE.mkdir(parents=True, exist_ok=True)
    if commit == "HEAD":
        tree = ROOT
    else:
        tree = CACHE / f"tree-{commit}"
        if not tree.exists():
            tree.mkdir()
            tar = subprocess.run(
                ["git", "archive", commit, "chats/__init__.py", "chats/redaction"],
                cwd=ROOT,
                capture_output=True,
                check=True,
            ).stdout
            with tarfile.open(fileobj=io.BytesIO(tar)) as archive:
                archive.extractall(tree, filter="data")
    proc = subprocess.run(
        [sys.executable, __file__, "_rules", str(tree), *sets],
        capture_output=True,
        text=True,
        check=True,
    )
    key.write_text(proc.stdout)
    return json.loads(proc.stdout)


def _rules_child(tree: str, sets: list[str]) -> None:
    sys.path.insert(0, tree)
    for name in [m for m in sys.modules if m == "chats" or m.startswith("chats.")]:
        del sys.modules[name]  # pii_score imported this checkout's chats.redaction
    import chats.redaction as redaction  # the version under ``tree``

    detect_chat = getattr(redaction, "detect_chat", None)
    if detect_chat is None:  # before chats had context (the commit blind_text was written on)

        def detect_chat(texts, participants=()):
            return [redaction.detect(t) for t in texts]

    assert Path(sys.modules["chats.redaction"].__file__).is_relative_to(tree)

    out = {}
    for name, records in load_sets(sets).items():
        chats: dict[str, list[dict]] = {}
        for record in records:
            chats.setdefault(record.get("chat") or f"\0{record['id']}", []).append(record)
        preds = {}
        for members in chats.values():
            found = detect_chat(
                [r["text"] for r in members], participants=members[0].get("participants", ())
            )
            for record, spans in zip(members, found, strict=True):
                preds[record["id"]] = [
                    {"start": s.start, "end": s.end, "label": s.label} for s in spans
                ]
        out[name] = preds
    json.dump(out, sys.stdout)


# ---------------------------------------------------------------------------------------------
# Features


# The rules' labels on a token and its neighbours as features (``--no-rule-features`` sets
# them all to 'O': a CRF trained on sets the rules were tuned on learns little else from them).
USE_RULE_FEATURES = True
NO_GATE = bool(os.environ.get("CRF_NO_GATE"))  # diagnosis: ask the model about every message
ALL_RULE_PERSONS_KNOWN = bool(os.environ.get("CRF_ALL_KNOWN"))  # diagnosis: see known_of


def lexicon_of(data: Path) -> Lexicon:
    """The word lists of a version's ``data`` directory, as ``lexicon.load`` reads them."""
    saved = lexicon.DATA
    lexicon.DATA = data
    try:
        return lexicon.load.__wrapped__()
    finally:
        lexicon.DATA = saved


def _spans(dicts: list[dict]) -> list[Span]:
    return sorted(Span(d["start"], d["end"], d["label"]) for d in dicts)


def bio(toks, gold: list[dict], labels: frozenset[str]) -> list[str]:
    tags = []
    prev = None
    for start, end, _ in toks:
        hit = next(
            (g for g in gold if g["label"] in labels and g["start"] < end and start < g["end"]),
            None,
        )
        if hit is None:
            tags.append("O")
            prev = None
        else:
            tags.append(("I-" if prev is hit else "B-") + hit["label"])
            prev = hit
    return tags


def known_of(records: list[dict], preds: dict[str, list[dict]]) -> dict[str, frozenset[str]]:
    """Per chat what the product's detector knows: the participants and the names the rules
    found as a person with a first and a last name (persons_in's 'beyond doubt', roughly)."""
    chats: dict[str, list[str]] = {}
    for r in records:
        names = chats.setdefault(r.get("chat") or f"\0{r['id']}", list(r.get("participants", ())))
        for s in preds.get(r["id"], []):
            value = r["text"][s["start"] : s["end"]]
            if s["label"] == "PERSON" and (ALL_RULE_PERSONS_KNOWN or " " in value.strip()):
                names.append(value)
    return {k: learned.known_words(v) for k, v in chats.items()}


def sequences(records, preds, lex, labels, with_tags=True):
    known = known_of(records, preds)
    for r in records:
        toks = learned.tokens(r["text"])
        if not toks:
            continue
        kn = known[r.get("chat") or f"\0{r['id']}"]
        rule = learned.rule_labels(toks, _spans(preds.get(r["id"], [])))
        if not USE_RULE_FEATURES:
            rule = ["O"] * len(toks)
        y = bio(toks, r.get("spans", []), labels) if with_tags else None
        if with_tags:  # training: whole messages
            yield r, toks, learned.features(toks, rule, kn), y, True
            continue
        # Scoring: as the product asks, only the windows around candidate tokens.
        cands = learned._candidates(
            toks, learned.rule_labels(toks, _spans(preds.get(r["id"], []))), lex, kn
        )
        if NO_GATE:
            cands = list(range(len(toks)))
        wins = [
            (lo, hi, learned.features(toks, rule, kn, lo, hi))
            for lo, hi in learned.windows(cands, len(toks))
        ]
        yield r, toks, wins, None, bool(wins)


# ---------------------------------------------------------------------------------------------
# Train, predict, merge


def train(seqs, model_path: Path, c1: float, c2: float) -> None:
    import pycrfsuite  # optional dependency of the experiment

    trainer = pycrfsuite.Trainer(verbose=False)
    for _, _, x, y, _ in seqs:
        trainer.append(x, y)
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": 150,
                        "feature.possible_transitions": True})  # fmt: skip
    trainer.train(str(model_path))


def merge(rule: list[dict], extra: list[Span]) -> list[dict]:
    """Rules + CRF as the product merges them (``learned.added``)."""
    before = _spans(rule)
    out = learned.added(before, extra)  # the experiment applies no organisation list (see md)
    return [
        {"start": s.start, "end": s.end, "label": s.label, **({} if s in before else {"added": 1})}
        for s in out
    ]


def figures(records, preds) -> dict:
    with contextlib.redirect_stdout(io.StringIO()):
        return report(score(records, preds), len(records))


def run_fold(test_name, train_names, rules_by_set, data_dir, labels, c1, c2, thresholds) -> dict:
    import pycrfsuite  # optional dependency of the experiment

    lists = lexicon_of(data_dir)
    learned.use_lexicon(lists)
    sets = load_sets([*train_names, test_name])
    seqs = []
    for name in train_names:
        seqs += list(sequences(sets[name], rules_by_set[name], lists, labels))
    CACHE.mkdir(parents=True, exist_ok=True)
    model = CACHE / f"model-{test_name}-{time.time_ns()}.crfsuite"
    started = time.perf_counter()
    train(seqs, model, c1, c2)
    train_s = time.perf_counter() - started
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    records = sets[test_name]
    rules = rules_by_set[test_name]
    result = {"set": test_name, "train_s": train_s, "rules": figures(records, rules)}
    extra = {}
    known = known_of(records, rules)
    for r, toks, x, _, ask in sequences(records, rules, lists, labels, with_tags=False):
        kn = known[r.get("chat") or f"\0{r['id']}"]
        if ask:
            extra[r["id"]] = (toks, x, kn)
    for th in thresholds:
        merged = {}
        added = 0
        for r in records:
            if r["id"] not in extra:
                merged[r["id"]] = rules.get(r["id"], [])
                continue
            toks, wins, kn = extra[r["id"]]
            found = []
            for lo, hi, x in wins:
                tagger.set(x)
                found += learned.learned_spans(tagger, toks[lo:hi], th, sorted(labels))
            found = [f for f in found if learned.worth_adding(r["text"], f, lists, kn)]
            merged[r["id"]] = merge(rules.get(r["id"], []), found)
            added += sum(1 for s in merged[r["id"]] if s.get("added"))
        result[f"crf@{th}"] = {**figures(records, merged), "added": added}
    model.unlink()
    return result


def oof_rules(sets: list[str]) -> dict[str, dict[str, list[dict]]]:
    """Out-of-fold rule predictions: every blind set scored by the detector of the commit it was
    measured blind on (rules that had not seen it), the other sets by this checkout's rules."""
    out = {}
    for name in sets:
        commit = BLIND_ERA.get(name, "HEAD")
        out[name] = rules_predictions(commit, [name])[name]
    return out


def _era_data(commit: str) -> Path:
    if commit == "HEAD":
        return ROOT / "chats" / "redaction" / "data"
    return CACHE / f"tree-{commit}" / "chats" / "redaction" / "data"


def choose_threshold(test, rules, data, labels, c1, c2, thresholds, max_touch=0.005) -> float:
    """The threshold picked without the outer set: inner leave-one-set-out over the other
    left-out candidates; the largest mean coverage gain whose mean must-keep increase stays
    within ``max_touch`` (ties: the higher threshold)."""
    inner = [u for u in LEFT_OUT if u != test]
    gains: dict[float, list] = {th: [] for th in thresholds}
    for u in inner:
        train_names = [s for s in TRAIN_SETS if s not in (test, u)]
        res = run_fold(u, train_names, rules, data, labels, c1, c2, thresholds)
        for th in thresholds:
            f = res[f"crf@{th}"]
            gains[th].append(
                (
                    f["fully_covered"] - res["rules"]["fully_covered"],
                    f["distractors_touched"] - res["rules"]["distractors_touched"],
                )
            )
    best, best_gain = max(thresholds), -1.0
    for th in sorted(thresholds, reverse=True):
        cov = sum(g for g, _ in gains[th]) / len(inner)
        touch = sum(t for _, t in gains[th]) / len(inner)
        print(
            f"  inner ({', '.join(inner)}) @{th}: covered {cov:+.4f}, touched {touch * 100:+.2f} points",
            file=sys.stderr,
        )
        if touch <= max_touch and cov > best_gain + 1e-9:
            best, best_gain = th, cov
    return best


def build(model: Path, labels, c1: float, c2: float) -> None:
    """The shipped model: every training set, blind sets with their out-of-fold rule features,
    this checkout's word lists. Deterministic (L-BFGS from zero weights, fixed data order)."""
    rules = oof_rules(TRAIN_SETS)
    lex = lexicon_of(ROOT / "chats" / "redaction" / "data")
    learned.use_lexicon(lex)
    sets = load_sets(TRAIN_SETS)
    seqs = []
    for name in TRAIN_SETS:
        seqs += list(sequences(sets[name], rules[name], lex, labels))
    train(seqs, model, c1, c2)
    print(f"{model}: {model.stat().st_size:,} bytes, {len(seqs)} messages")


def speed(model: Path, count: int) -> None:
    """Messages per CPU-second in-process on bench/pii_bench.py's messages: the rules alone, and
    the rules with the CRF asked the way the product would ask it (after ``resolve``)."""
    from pii_bench import messages  # the speed bench's own message mix

    from chats.redaction.detector import Detector
    from chats.redaction.organisations import without_organisations

    texts = messages(count)
    detector = Detector()
    crf = learned.LearnedPersons(model)
    lex = detector.lex
    for _ in range(2):  # the second round is measured (caches warm)
        started = time.process_time()
        rules = [detector.detect(text) for text in texts]
        rules_s = time.process_time() - started
        started = time.process_time()
        changed = 0
        for text, spans in zip(texts, rules, strict=True):
            extra = crf.find(text, spans, lex, frozenset())
            if extra:
                extra = without_organisations(text, extra, detector.organisation_names)
                changed += learned.added(spans, extra) != spans
        crf_s = time.process_time() - started
    print(f"messages                     {count}")
    print(f"rules alone                  {count / rules_s:,.0f} per CPU-second")
    print(f"rules + CRF                  {count / (rules_s + crf_s):,.0f} per CPU-second")
    print(f"CRF step                     {crf_s / count * 1e6:.1f} µs per message")
    print(f"messages the CRF changed     {changed}")


def _row(name, f) -> str:
    extra = f" added={f['added']}" if "added" in f else ""
    return (
        f"  {name:10} covered {f['fully_covered']:.3f}  F1 {f['overlap_f1']:.3f}  "
        f"touched {f['distractors_touched'] * 100:.1f}%{extra}"
    )


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "_rules":
        _rules_child(argv[1], argv[2:])
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--mode", choices=("current", "blind-era", "oof", "ship", "all"), default="oof"
    )
    parser.add_argument("--labels", default="PERSON", help="comma-separated, e.g. PERSON,ADDRESS")
    parser.add_argument("--c1", type=float, default=0.1)
    parser.add_argument("--c2", type=float, default=0.01)
    parser.add_argument("--thresholds", default="0.1,0.2,0.3,0.5")
    parser.add_argument("--holdout", action="store_true", help="score the dev holdout fold")
    parser.add_argument("--final", action="store_true", help="blind_text_7, aggregate only")
    parser.add_argument("--threshold", type=float, help="skip choosing one (--holdout/--final)")
    parser.add_argument("--no-rule-features", action="store_true")
    parser.add_argument(
        "--build",
        metavar="MODEL",
        help="train the shipped model on every training set and write it",
    )
    parser.add_argument("--speed", metavar="MODEL", help="messages per CPU-second with MODEL")
    parser.add_argument("--json", metavar="FILE", help="write all results as JSON")
    args = parser.parse_args(argv)
    labels = frozenset(args.labels.split(","))
    global USE_RULE_FEATURES
    USE_RULE_FEATURES = not args.no_rule_features
    thresholds = [float(t) for t in args.thresholds.split(",")]
    results = []
    data_now = ROOT / "chats" / "redaction" / "data"
    if args.build:
        build(Path(args.build), labels, args.c1, args.c2)
        return 0
    if args.speed:
        speed(Path(args.speed), 5000)
        return 0
    if args.holdout or args.final:
        # The shipping configuration: trained on every training set (blind sets with their
        # out-of-fold rule features), this checkout's rules on the test set, the threshold
        # chosen by leave-one-set-out over blind_text_3 ... 6.
        test = "dev_holdout" if args.holdout else "blind_text_7"
        rules = oof_rules(TRAIN_SETS)
        rules[test] = rules_predictions("HEAD", [test])[test]
        th = args.threshold or choose_threshold(
            None, rules, data_now, labels, args.c1, args.c2, thresholds
        )
        res = run_fold(test, TRAIN_SETS, rules, data_now, labels, args.c1, args.c2, [th])
        res["chosen"] = th
        print(f"{test} (threshold {th})")
        for k in ("rules", f"crf@{th}"):
            print(_row(k, res[k]))
        results.append(res)
    else:
        modes = ("current", "blind-era", "oof", "ship") if args.mode == "all" else (args.mode,)
        for mode in modes:
            print(f"== rules: {mode}")
            for test in LEFT_OUT:
                if mode == "oof":
                    rules = oof_rules(TRAIN_SETS)
                    data = _era_data(BLIND_ERA[test])
                    train_names = [s for s in TRAIN_SETS if s != test]
                    th = choose_threshold(test, rules, data, labels, args.c1, args.c2, thresholds)
                    res = run_fold(
                        test, train_names, rules, data, labels, args.c1, args.c2, thresholds
                    )
                    res["mode"], res["chosen"] = mode, th
                    print(
                        f"{test} (rules: each blind set by its blind commit; chosen threshold {th})"
                    )
                    for k in ("rules", *(f"crf@{t}" for t in thresholds)):
                        print(_row(k, res[k]) + ("  <- chosen" if k == f"crf@{th}" else ""))
                    results.append(res)
                    sys.stdout.flush()
                    continue
                commit = "HEAD" if mode in ("current", "ship") else BLIND_ERA[test]
                rules = rules_predictions(commit, TRAIN_SETS)
                if mode == "ship":
                    # As shipped: trained with out-of-fold rule features, this checkout's rules
                    # on the left-out set (which they were tuned on: only false finds can show).
                    rules = {**oof_rules(TRAIN_SETS), test: rules[test]}
                data = (
                    data_now
                    if commit == "HEAD"
                    else CACHE / f"tree-{commit}" / "chats" / "redaction" / "data"
                )
                train_names = [s for s in TRAIN_SETS if s != test]
                res = run_fold(test, train_names, rules, data, labels, args.c1, args.c2, thresholds)
                res["mode"] = mode
                print(f"{test} (rules {commit}, training {res['train_s']:.0f} s)")
                for k in ("rules", *(f"crf@{t}" for t in thresholds)):
                    print(_row(k, res[k]))
                results.append(res)
                sys.stdout.flush()
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
