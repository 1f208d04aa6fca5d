"""Quality goals on labelled corpora: >= 99% of spans fully covered, overlap F1 >= 0.98 and
<= 3% of must-keep items touched. The dev split lives in ../shared (skipped when absent); the
hand-written challenge sets and a dev sample ship with the tests, and every one of them is
checked: the list is a glob, so a new corpus file cannot be left out by forgetting a name."""

import functools
import json
from itertools import pairwise
from pathlib import Path

import pytest

from chats.redaction import detect_chat
from chats.redaction.spans import LABELS

ROOT = Path(__file__).resolve().parents[3]
SHARED_DEV = ROOT / ".." / "shared" / "corpus" / "pii" / "dev.jsonl"
FIXTURES = ROOT / "tests" / "fixtures" / "pii"


def predictions(records: list[dict]) -> list[list]:
    """Spans per record, found as the pipeline finds them: with the chat's context. Records of a
    blind set written as chats carry ``chat`` and ``participants``; any other record is a chat
    of its own."""
    chats: dict[str, list[int]] = {}
    for index, rec in enumerate(records):
        chats.setdefault(rec.get("chat") or f"\0{index}", []).append(index)
    found: list[list] = [[] for _ in records]
    for members in chats.values():
        spans = detect_chat(
            [records[i]["text"] for i in members],
            participants=records[members[0]].get("participants", ()),
        )
        for i, chat_spans in zip(members, spans, strict=True):
            found[i] = chat_spans
    return found


def scores(path: Path) -> dict[str, float]:
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    gold_n = gold_hit = pred_n = pred_hit = full = dist_n = touched = 0
    for rec, pred in zip(records, predictions(records), strict=True):
        covered = {i for p in pred for i in range(p.start, p.end)}
        for g in rec["spans"]:
            gold_n += 1
            gold_hit += any(
                p.start < g["end"] and g["start"] < p.end and p.label == g["label"] for p in pred
            )
            full += all(i in covered for i in range(g["start"], g["end"]))
        for p in pred:
            pred_n += 1
            pred_hit += any(
                p.start < g["end"] and g["start"] < p.end and p.label == g["label"]
                for g in rec["spans"]
            )
        for d in rec.get("distractors", []):
            dist_n += 1
            touched += any(p.start < d["end"] and d["start"] < p.end for p in pred)
    precision, recall = pred_hit / max(pred_n, 1), gold_hit / max(gold_n, 1)
    return {
        "fully_covered": full / max(gold_n, 1),
        "f1": 2 * precision * recall / max(precision + recall, 1e-9),
        "touched": touched / max(dist_n, 1),
    }


# Each goal: (figure, best direction, goal value).
GOALS = {"fully_covered": (">=", 0.99), "f1": (">=", 0.98), "touched": ("<=", 0.03)}


def meets(figure: str, value: float, target: float) -> bool:
    return value >= target if GOALS[figure][0] == ">=" else value <= target


@functools.cache
def cached_scores(path: Path) -> dict[str, float]:
    return scores(path)


def assert_goals(path: Path) -> None:
    result = cached_scores(path)
    for figure, (_, goal) in GOALS.items():
        assert meets(figure, result[figure], goal), (figure, result)


@pytest.mark.shared
def test_the_dev_split_meets_the_quality_goals():
    if not SHARED_DEV.exists():
        pytest.skip("../shared ontbreekt")
    assert_goals(SHARED_DEV)


SHIPPED = sorted(FIXTURES.glob("*.jsonl"))


def test_the_shipped_corpora_are_there():
    # An empty glob would turn the test below into an empty, silently skipped parametrization.
    assert SHIPPED, f"no *.jsonl corpus in {FIXTURES}"


# Goals the detector does not meet yet on a blind set (issue 12), with the figure measured when
# it was last improved as the floor: the goal test is expected to fail for each of them (strictly,
# so the day one is met it must be taken out of this list), and the floor test keeps it from
# sliding back. Goals not listed are met and checked as goals.
# blind_text: written before the first round, looked at since; meets every goal since round 4.
# blind_text_2: written as chats before the second round, tuned on in the third and fourth rounds
# (a tuning set now); meets every goal since round 4.
# blind_text_3: written as chats before the third round. Measured blind after that round's rules:
# 0.948 covered / F1 0.949 / 0.066 touched (main: 0.922 / 0.914 / 0.137); tuned on in round 4, where
# it came to meet every goal (1.000 / 1.000 / 0), so it is checked as goals now.
# blind_text_4: written as chats before the fourth round (68 chats, 350 messages, 312 spans, 202
# must-keep items), never tuned on. Measured blind on main 46fbac7: 0.968 covered / F1 0.957 /
# 0.084 touched; after round 4's rules: 0.968 / 0.959 / 0.069. Tuned on in round 5, where it came
# to meet every goal, so it is checked as goals now.
# blind_text_5: written as chats before the fifth round (63 chats, 332 messages, 284 spans, 207
# must-keep items). Measured blind on main 20210d0: 0.965 covered / F1 0.960 / 0.048 touched;
# after round 5's rules: 0.968 / 0.965 / 0.039. Tuned on in round 6, where it came to meet every
# goal (1.000 / 1.000 / 0), so it is checked as goals now; its figures are no blind ones since.
# blind_text_6: written as chats before the sixth round (74 chats, 386 messages, 428 spans, 284
# must-keep items); measured blind on main 1e87036: 0.951 / 0.960 / 0.042 and after round 6's
# rules: 0.951 / 0.961 / 0.042. Tuned on in round 7 (1.000 / 0.995 / 0.014), so it is checked
# as goals now; its figures are no blind ones since.
# blind_text_7: written as chats before the seventh round (75 chats, 478 messages, 525 spans, 286
# must-keep items), never tuned on; measured blind on main 84f64e8: 0.977 covered / F1 0.981 /
# 0.024 touched (7 of 286), and after round 7's rules: 0.979 / 0.981 / 0.028 (8 of 286). Tuned
# on in round 8 (1.000 / 0.996 / 0.003), so it is checked as goals now; its figures are no blind
# ones since.
# blind_text_8: written as chats before the eighth round (85 chats, 499 messages, 640 spans, 385
# must-keep items), never tuned on; measured blind on main 04acc77: 0.959 covered (614 of 640) /
# F1 0.960 / 0.052 touched (20 of 385); after round 8 (main bdaac9f): 0.961 (615 of 640) / F1
# 0.962 / 0.052. Tuned on in round 9, where it came to meet every goal (0.995 / 0.986 / 0.029,
# 11 of 385), so it is checked as goals now; its figures are no blind ones since.
# blind_text_9: written as chats before the ninth round (85 chats, 505 messages, 629 spans, 395
# must-keep items), never tuned on; measured blind on main 0390614: 0.963 covered (606 of 629) /
# F1 0.965 / 0.058 touched (23 of 395); after round 9 (rounds 9 of the text and the screenshot
# work merged): 0.967 (608 of 629) / F1 0.966 / 0.056 (22 of 395). Tuned on in round 10:
# 0.986 (620 of 629) / F1 0.987 / 0.013 (5 of 395), so F1 and touched are checked as goals; it
# missed the coverage goal (0.985 on main 1ba166d) until round 15's rules brought it to 0.994
# (625 of 629), so it is checked as goals now.
# blind_text_10: written as chats before the tenth round (96 chats, 506 messages, 531 spans, 289
# must-keep items), never tuned on; measured blind on main 88971e1: 0.964 covered (512 of 531) /
# F1 0.963 / 0.055 touched (16 of 289); after round 10 (main 6c89a6e): 0.966 (513 of 531) /
# F1 0.964 / 0.055. Tuned on in round 11: 0.998 (530 of 531) / F1 0.993 / 0.007 (2 of 289), so
# it is checked as goals now; its figures are no blind ones since.
# blind_text_11: written as chats before the eleventh round (100 chats, 498 messages, 625 spans,
# 403 must-keep items), never tuned on; measured blind on main a81e393 and after round 11 (main
# 36fc9fe) alike: 0.950 covered (594 of 625) / F1 0.952 / 0.062 touched (25 of 403). Tuned on
# in round 12: 0.990 (619 of 625) / F1 0.985 / 0.022 (9 of 403), so it is checked as goals now;
# its figures are no blind ones since.
# blind_text_12: written as chats before the twelfth round (91 chats, 503 messages, 622 spans, 382
# must-keep items), never tuned on; measured blind on main 36fc9fe: 0.963 covered / F1 0.955 /
# 0.089 touched (34 of 382); after round 12 (main bc6fb84): 0.966 / F1 0.957 / 0.086 (33 of
# 382). Tuned on in round 13: 0.997 (620 of 622) / F1 0.993 / 0.016 (6 of 382), so it is
# checked as goals now; its figures are no blind ones since.
# blind_text_13: written as chats before the thirteenth round (102 chats, 506 messages, 712 spans,
# 522 must-keep items), never tuned on; measured blind on main ffbaa6f: 0.966 covered (688 of
# 712) / F1 0.952 / 0.069 touched (36 of 522); after round 13 (main with ttext13 merged): 0.971
# (691 of 712) / F1 0.956 / 0.063 (33 of 522). Tuned on in round 14: 0.994 (708 of 712) / F1
# 0.990 / 0.011 (6 of 522), so it is checked as goals now; its figures are no blind ones since.
# blind_text_14: written as chats before the fourteenth round (102 chats, 501 messages, 707 spans,
# 487 must-keep items), never tuned on; measured blind on main a24b0ad: 0.986 covered (697 of
# 707) / F1 0.972 / 0.055 touched (27 of 487); after round 14 (main with ttext14 merged): 0.983
# (695 of 707) / F1 0.977 / 0.039 (19 of 487). Round 14 lost one phone number (an organisation's
# number rule) and one person's full cover. Tuned on in round 15: 1.000 (707 of 707) / F1 0.996
# / 0.004 (2 of 487), so it is checked as goals now; its figures are no blind ones since.
# blind_text_15: written as chats before the fifteenth round (103 chats, 570 messages, 838 spans,
# 478 must-keep items), never tuned on; measured blind on main 1ba166d: 0.951 covered (797 of
# 838) / F1 0.961 (0.9606) / 0.063 touched (30 of 478); after round 15 (main with the text
# round 15, the screenshot round 14 and the detector's speed-up merged): 0.952 (798 of 838) / F1
# 0.962 (0.9618) / 0.061 (29 of 478). Tuned on in round 16 (from main a434c1a): 0.987 (827 of
# 838) / F1 0.982 (0.9822) / 0.033 (16 of 478). It met the F1 goal and missed the other two
# (0.988 / 0.982 / 0.034, 16 of 477, on main 4ca9bcb). Tuned on in round 18: 0.992 (831 of 838)
# / F1 0.986 / 0.027 (13 of 477). It meets every goal and left this list.
# blind_text_16: written as chats before the sixteenth round, measured blind on main a434c1a
# (0.951 / F1 0.960 / 0.036); tuned on in round 17: 0.996 (552 of 554) / F1 0.993 / 0.008 (3 of
# 365). It meets every goal and left this list.
# blind_text_17: written as chats before the seventeenth round (100 chats, 618 messages, 630 spans,
# 348 must-keep items), never tuned on; measured blind on main 0556829: 0.960 covered (605 of 630)
# / F1 0.964 (0.9640) / 0.037 touched (13 of 348). On the final main of stop 31 (rounds 17 and 16
# merged, not read): 0.957 (603 of 630) / F1 0.963 / 0.034 (12 of 348): one IBAN and one name
# fewer covered. Tuned on in round 18 (from main 4ca9bcb, 0.957 / 0.963 / 0.034): 0.992 (625 of
# 630) / F1 0.987 / 0.017 (6 of 348). It meets every goal and left this list.
# blind_text_18: written as chats before the eighteenth round (100 chats, 653 messages, 786 spans,
# 588 must-keep items), never tuned on; measured blind on main 4ca9bcb: 0.969 covered (762 of 786)
# / F1 0.965 (0.9646) / 0.058 touched (34 of 588); after round 18 (rounds merged, not read):
# 0.969 / F1 0.965 / 0.056 (33 of 588). Tuned on in round 19 (from main ce8b71c, short of time):
# 0.971 (763 of 786) / F1 0.970 / 0.043 (25 of 588). Tuned on again in round 20 (from main
# 4e6658f): 0.991 (779 of 786) / F1 0.983 / 0.029 (17 of 588). It meets every goal and left
# this list, which is empty now.
# blind_text_19: written as chats before the nineteenth round (100 chats, 647 messages, 714 spans,
# 481 must-keep items), never tuned on; measured blind on main ce8b71c: 0.978 covered (698 of 714)
# / F1 0.980 (0.9798) / 0.029 touched (14 of 481). After round 19 (merged, not read): 0.978 /
# F1 0.9805 / 0.027 (13 of 481): it missed only the coverage goal. Tuned on in round 20 (from
# main 4e6658f): 1.000 (714 of 714) / F1 0.994 / 0.015 (7 of 481). It meets every goal and left
# this list.
# blind_text_20: written as chats before the twentieth round (100 chats, 675 messages, 717 spans,
# 508 must-keep items), never tuned on; measured blind on main 4e6658f: 0.983 covered (705 of 717)
# / F1 0.972 (0.9718) / 0.059 touched (30 of 508). It misses all three goals; these are the floors
# (covered and F1 rounded down, touched up). After round 20 (merged, not read): 0.985 (706 of 717)
# / F1 0.972 (0.9725) / 0.059 (30 of 508); coverage's floor raised to it. Tuned on in round 21
# (from main eae4a31): 0.990 (710 of 717) / F1 0.987 (0.9868) / 0.028 (14 of 508). It meets every
# goal and left this list.
# blind_text_21: written as chats before the twenty-first round (100 chats, 690 messages, 718
# spans, 507 must-keep items), never tuned on; measured blind on main eae4a31: 0.979 covered (703
# of 718) / F1 0.974 (0.9736) / 0.041 touched (21 of 507). It misses all three goals; these are
# the floors (covered and F1 rounded down, touched up). After round 21 (merged, not read): the same.
# Tuned on in round 22 (from main 1478215): 0.997 (716 of 718) / F1 0.997 (0.9965) / 0.006 (3
# of 507). It meets every goal and left this list.
# blind_text_22 (100 chats, 720 messages, 723 spans, 534 must-keep items), never tuned on;
# measured blind on main 1478215: 0.972 covered (703 of 723) / F1 0.970 (0.9704) / 0.041 touched
# (22 of 534). It misses all three goals; these are the floors.
# Tuned on in round 23 (from main e94f742): 0.988 (0.9876, 714 of 723) / F1 0.981 / 0.030 touched (16 of
# 534): it meets the F1 and touched goals and left those entries; the floor follows (rounded down).
# Tuned on again in round 27b (from main 8b4e0f5): 0.994 (719 of 723) / F1 0.987 / 0.021 touched
# (11 of 534). It meets every goal and left this list.
# blind_text_23: written as chats before the twenty-fourth round (100 chats, 871 messages, 853
# spans, 486 must-keep items), never tuned on; measured blind on main 35055b0: 0.982 covered (838
# of 853) / F1 0.973 (0.9727) / 0.056 touched (27 of 486). It misses all three goals; these are
# the floors (covered and F1 rounded down, touched up).
# Tuned on in round 24: 0.993 / F1 0.984 / 0.035 touched (17 of 486); tuned on again in round
# 27b (from main 8b4e0f5): 0.994 (848 of 853) / F1 0.987 / 0.025 touched (12 of 486). It meets
# every goal and left this list.
# blind_text_24: written as chats before the twenty-fifth round (100 chats, 854 messages, 908
# spans, 650 must-keep items), never tuned on; measured blind on main a99a97d: 0.936 covered (850
# of 908) / F1 0.955 / 0.025 touched (16 of 650). It misses the coverage and F1 goals; these are
# the floors. Tuned on in round 25 (from main 6930d1d): 0.994 (903 of 908) / F1 0.997 / 0.002
# touched (1 of 650). It meets every goal and left this list.
# blind_text_25: written by hand, chat by chat, during round 25 as its held-out set (97 chats, 899
# messages, 818 spans, 481 must-keep items), never tuned on; measured blind on main a99a97d's
# detector: 0.976 covered (0.9756, 798 of 818) / F1 0.973 (0.9732) / 0.037 touched (18 of 481). It
# misses all three goals; these are the floors (covered and F1 rounded down, touched up). Tuned on
# in round 26 (from main 64649e9): 0.991 (811 of 818) / F1 0.990 / 0.008 touched (4 of 481). It
# meets every goal and left this list.
# Round 27 labelled its two municipal vehicles' plates (every Dutch plate is a LICENSE_PLATE):
# 820 spans; 0.991 (813 of 820) / F1 0.991 / 0.008 touched.
# blind_text_26: written by hand, chat by chat, during round 26 as its held-out set (82 chats, 732
# messages, 660 spans, 361 must-keep items), never tuned on; measured blind on main 64649e9 (after
# round 25): 0.985 covered (650 of 660) / F1 0.978 / 0.042 touched (15 of 361); after round 26
# (merged, not read): 0.988 (652 of 660) / F1 0.9797 / 0.042 (15 of 361). It misses all three
# goals; these were the floors (covered and F1 rounded down, touched up). Tuned on in round 27
# (from main cb4302b; a lower-case name left unmarked labelled: 661 spans; before 0.988 (653 of
# 661) / F1 0.981 / 0.042): 0.995 (658 of 661) / F1 0.992 / 0.014 touched (5 of 361). It meets
# every goal and left this list.
# blind_text_27: written by hand, chat by chat, during round 27 as its held-out set (98 chats, 832
# messages, 735 spans, 583 must-keep items), never tuned on; measured blind on main 4329295
# (detector as on cb4302b): 0.977 covered (0.9769, 718 of 735) / F1 0.957 (0.9575) / 0.051 touched
# (30 of 583). It misses all three goals; these are the floors (covered and F1 rounded down,
# touched up). Tuned on in round 28 (ttext28, from main c56021b1): 0.990 covered (0.9905, 728 of
# 735, meets the goal) / F1 0.969 (0.9694) / 0.043 touched (25 of 583); the floors for the two
# goals it still missed. Tuned on again in round 29 (ttext29, from main 0179deb2): 0.992 covered
# (729 of 735) / F1 0.982 (0.9825) / 0.015 touched (9 of 583), and in round 29b (ttext29b, from
# the same main): 0.995 / F1 0.982 / 0.029; both merged: 0.995 covered (731 of 735) / F1 0.987
# (0.9872) / 0.012 touched (7 of 583). It meets every goal and left this list.
# blind_text_28: written by hand, chat by chat, during round 28 as its held-out set (90 chats, 652
# messages, 558 spans, 352 must-keep items), never tuned on; measured once on main 0b1a7fa (rounds
# 27, 27b and 28 merged): 0.980 covered (547 of 558) / F1 0.981 / 0.034 touched (12 of 352). It
# met F1 and missed the other two goals; these were the floors. Tuned on in round 29 (ttext29,
# from main 0179deb2): 0.993 covered (554 of 558) / F1 0.993 / 0.009 touched (3 of 352). It meets
# every goal and left this list.
# blind_text_29: written by hand, chat by chat, as a held-out set (90 chats, 653 messages, 585
# spans, 365 must-keep items), never tuned on; measured once on main 0179deb: 0.984 covered
# (0.9846, 576 of 585) / F1 0.955 / 0.077 touched (28 of 365). It misses all three goals; these
# were the floors (covered and F1 rounded down, touched up). Held out during rounds 29 and 29b,
# measured again with both merged (not read): 0.985 covered (0.9846, 576 of 585) / F1 0.961
# (0.9614) / 0.049 touched (18 of 365). Tuned on in round 30 (ttext30, from main 4cb37870):
# 0.989 covered (0.9897, 579 of 585) / F1 0.982 / 0.027 touched (10 of 365); it meets F1 and
# must-keep items, full coverage stayed below with this floor. Tuned on in round 31b (ttext32,
# from main 7981c1b8): 0.991 covered (0.9915, 580 of 585) / F1 0.983 / 0.027 touched (10 of
# 365). It meets every goal and left this list.
# blind_text_30: written by hand, chat by chat, as a held-out set (50 chats, 331 messages, 306
# spans, 186 must-keep items), never tuned on; measured once on main ab917da4: 0.970 covered
# (0.9706, 297 of 306) / F1 0.975 (0.9756) / 0.038 touched (7 of 186). It misses all three goals;
# these were the floors (covered and F1 rounded down, touched up). Tuned on in round 31 (ttext31,
# from main c7270237): 0.993 covered (0.9935, 304 of 306) / F1 0.990 / 0.022 touched (4 of 186).
# It meets every goal and left this list. Round 31b (ttext32): 0.997 covered (305 of 306) / F1
# 0.992 / 0.022 touched.
# blind_text_31: written by hand, chat by chat, as a held-out set before round 32 (64 chats, 455
# messages, 351 spans, 300 must-keep items), never tuned on; measured once on main c7270237:
# 0.960 covered (0.9601, 337 of 351) / F1 0.937 (0.9378) / 0.070 touched (21 of 300). It misses
# all three goals; these were the floors (covered and F1 rounded down, touched up). Tuned on
# in round 32 (ttext33, from main a7086f58): 0.977 covered (0.9772, 343 of 351) / F1 0.950
# (0.9502) / 0.064 touched (19 of 300, 0.0633). It still missed all three goals; these were the
# floors then. Tuned on in round 33 (ttext34, from main 2362fe36): 1.000 covered (351 of 351) /
# F1 0.986 (0.9859) / 0.013 touched (4 of 300). It meets every goal and left this list.
# blind_text_32: written by hand, chat by chat, as a held-out set after round 32 (63 chats, 467
# messages, 359 spans, 313 must-keep items), never tuned on; measured once on main 2362fe36:
# 0.969 covered (0.9694, 348 of 359) / F1 0.953 (0.9535) / 0.032 touched (10 of 313, 0.0319). It
# missed all three goals; these were the floors (covered and F1 rounded down, touched up).
# Measured again held out on main 7102a598: the same figures. Tuned on in round 34 (ttext35, from
# main 7102a598, main ed259ebf merged in): 0.994 covered (0.9944, 357 of 359) / F1 0.982 (0.9821)
# / 0.016 touched (5 of 313). It meets every goal and left this list.
# blind_text_33: written by hand, chat by chat, as a held-out set after round 34 (58 chats, 398
# messages, 404 spans, 328 must-keep items), never tuned on; measured once on main a4b15af8:
# 0.988 covered (0.9876, 399 of 404) / F1 0.977 (0.9768) / 0.037 touched (12 of 328, 0.0366). It
# missed all three goals; these were the floors (covered and F1 rounded down, touched up).
# Measured again held out on main 37450cfc: the same figures. Tuned on in round 35 (ttext36,
# from main 8e2237c9): 0.990 covered (0.9901, 400 of 404) / F1 0.983 / 0.024 touched (8 of 328,
# 0.0244). It meets every goal and left this list.
# blind_text_34: written by hand, chat by chat, as a held-out set after round 35 (58 chats, 455
# messages, 405 spans, 311 must-keep items), never tuned on; measured once on main 6424424d:
# 0.958 covered (0.9580, 388 of 405) / F1 0.952 (0.9524) / 0.071 touched (22 of 311, 0.0707). It
# missed all three goals; these were the floors (covered and F1 rounded down, touched up). Tuned
# on in round 36 (ttext37, from main 82b020f0): 0.998 covered (0.9975, 404 of 405) / F1 0.988
# (0.9878) / 0.023 touched (7 of 311, 0.0225). It meets every goal and left this list.
# blind_text_35: written by hand, chat by chat, as a held-out set after round 36 (55 chats, 425
# messages, 422 spans, 318 must-keep items), never tuned on; measured once on main fa101e1a
# (this stop's text rounds, reviews 45 and 46 and the town hall's address merged): 0.964 covered
# (0.9645, 407 of 422) / F1 0.958 (0.9589) / 0.041 touched (13 of 318, 0.0409). It misses all
# three goals; these were the floors (covered and F1 rounded down, touched up). Tuned on in
# round 37 (t35, from main 34ea3639): 0.993 covered (0.9929, 419 of 422) / F1 0.992 (0.9917) /
# 0.006 touched (2 of 318, 0.0063). It meets every goal and left this list.
# blind_text_36: written by hand, chat by chat, as a held-out set in stop 43 (56 chats, 506
# messages, 421 spans, 253 must-keep items), never tuned on; measured once on main 8a53e904 (the
# detector of stop 42's final main 34ea3639): 0.976 covered (0.9762, 411 of 421) / F1 0.976
# (0.9764) / 0.048 touched (12 of 253, 0.0474) by bench/pii_score.py --chats; this test's own
# scoring (label-matched F1, no seeded contact list) gives F1 0.9752 and 0.051 touched (13 of 253).
# It missed all three goals; these were the floors (this test's figures, covered and F1 rounded
# down, touched up): 0.976 / 0.975 / 0.052. Tuned on in round 38 (t36, from main fb2f4e8a):
# 0.993 covered (0.9929, 418 of 421) / F1 0.991 (0.9905) / 0.020 touched (5 of 253, 0.0198) by
# pii_score --chats; this test's own scoring gives F1 0.989 (0.9893) and 0.024 touched (6 of
# 253, 0.0237). It meets every goal and left this list.
# blind_text_37: written by hand, chat by chat, as a held-out set in stop 43 after round 37 (55
# chats, 466 messages, 380 spans, 254 must-keep items), never tuned on; measured once on main
# d22060b4 (round 37, screenshot round 34 and the speed-ups merged): 0.958 covered (0.9579, 364
# of 380) / F1 0.958 (0.9583) / 0.063 touched (16 of 254, 0.0630) by bench/pii_score.py --chats;
# this test's own scoring gives F1 0.9571 and 0.067 touched (17 of 254). It missed all three
# goals; these were the floors (this test's figures, covered and F1 rounded down, touched up):
# 0.957 / 0.957 / 0.067. Tuned on in round 39 (r39, from main 5b87e2e5): 1.000 covered (380 of
# 380) / F1 0.993 (0.9935) / 0.016 touched (4 of 254, 0.0157) by pii_score --chats; this test's
# own scoring gives F1 0.992 (0.9922) and 0.020 touched (5 of 254, 0.0197). It meets every goal
# and left this list.
# blind_text_38: written by hand, chat by chat, as a held-out set in stop 44 after round 38 (60
# chats, 485 messages, 420 spans, 253 must-keep items), never tuned on; measured once on main
# eac071ae: 0.976 covered (0.9762, 410 of 420) / F1 0.984 (0.9845) / 0.016 touched (4 of 253,
# 0.0158); the same after round 39 (held out). It missed the coverage goal; the floor was its
# figure rounded down: 0.976. Tuned on in round 40 (r40, from main fffb22dc): 0.993 covered
# (0.9929, 417 of 420) / F1 0.990 (0.9905) / 0.016 touched (4 of 253, 0.0158) by pii_score
# --chats; this test's own scoring gives the same. It meets every goal and left this list.
# blind_text_39 (written in stop 44 after round 39; 64 chats, 471 messages, 429 spans, 246
# must-keep items), never tuned on; measured once on main 2758c487 (rounds 39 and screenshot 36
# merged): 0.974 covered (418 of 429) / F1 0.968 / 0.057 touched (14 of 246) by pii_score
# --chats; this test's own scoring gives F1 0.966 and 0.061 touched (15 of 246). It missed all
# three goals; the floors were this test's figures: 0.974 / 0.966 / 0.061. Tuned on in round 41
# (text41, from main 1bce1751): 0.995 covered (427 of 429) / F1 0.990 / 0.012 touched (3 of
# 246) by pii_score --chats; this test's own scoring gives 0.995 / F1 0.988 / 0.016 touched (4
# of 246). It meets every goal and left this list.
# blind_text_40 (written in stop 45 after round 40; 62 chats, 547 messages, 428 spans, 319
# must-keep items), never tuned on; measured once on main 4775ea76 (stop 44's final detector):
# 0.970 covered (415 of 428) / F1 0.973 / 0.028 touched (9 of 319); held out during round 41.
# Tuned on in round 42 (text42, from main 2541afaa): 0.993 covered (425 of 428) / F1 0.990 /
# 0.013 touched (4 of 319) by pii_score --chats; this test's own scoring gives 0.993 / F1 0.990
# (0.9895) / 0.013 touched. It meets every goal and left this list.
# blind_text_41 (written in stop 45 after round 41; 69 chats, 630 messages, 494 spans, 342
# must-keep items), never tuned on; measured once on main 921554a8 (round 41 merged): 0.976
# covered (482 of 494) / F1 0.978 / 0.032 touched (11 of 342); it misses all three goals; held
# out during round 42. Tuned on in round 43 (text43, from main b9deed12): 1.000 covered (494 of
# 494) / F1 0.997 / 0.006 touched (2 of 342) by pii_score --chats; this test's own scoring gives
# the same. It meets every goal and left this list.
# blind_text_42 (written in stop 46 before round 43; 70 chats, 625 messages, 515 spans, 350
# must-keep items), never tuned on; measured once on main b724c1d4 (stop 45's detector): 0.967
# covered (498 of 515) / F1 0.980 / 0.026 touched (9 of 350) by pii_score --chats; this test's
# own scoring gives 0.967 / F1 0.979 / 0.029 touched (10 of 350): it misses coverage and F1,
# meets the must-keep goal; held out during round 43: the same figures after it (main 9d5258bc, round
# 43 merged), by both scorings. Tuned on in round 44 (text44, from main c087568e): 0.998 covered
# (514 of 515) / F1 0.996 / 0.006 touched (2 of 350) by pii_score --chats; this test's own
# scoring gives 0.998 / F1 0.995 / 0.009 touched (3 of 350). It meets every goal and left this
# list. blind_text_43 (written in stop 47 before round 44; 71 chats, 673 messages, 525 spans,
# 355 must-keep items), never tuned on; measured once on main d021e4ad: 0.943 covered (495 of
# 525) / F1 0.958 / 0.037 touched (13 of 355) by both scorings: below all three goals; held out
# during round 44, the same after it. Tuned on in round 45 (text45, from main 97a14027): 0.990
# covered (520 of 525) / F1 0.990 / 0.008 touched (3 of 355) by pii_score --chats; this test's
# own scoring gives the same. It meets every goal and left this list. blind_text_44 (written in
# stop 48 before round 46; 70 chats, 673 messages, 576 spans, 401 must-keep items), never tuned on;
# measured once on main 74331544 (stop 47's detector): 0.988 covered (569 of 576) / F1 0.972 / 0.060
# touched (24 of 401) by both scorings: below all three goals. Tuned on in round 46 (text46, from
# main c58877cc): 0.998 covered (575 of 576) / F1 0.993 / 0.012 touched (5 of 401) by pii_score
# --chats; this test's own scoring gives the same. It meets every goal and left this list.
# blind_text_45 (written in stop 49 before round 47; 70 chats, 716 messages, 590 spans, 393
# must-keep items), never tuned on; measured once on main ed6d497f (stop 48's detector): 0.942
# covered (556 of 590) / F1 0.954 / 0.064 touched (25 of 393) by both scorings: below all three
# goals. Tuned on in round 47 (text47, from main 7b38e325; four bare house numbers relabelled
# without "op", as every other set: 0.944 covered before): 0.992 covered (585 of 590) / F1 0.986 /
# 0.025 touched (10 of 393) by pii_score --chats; this test's own scoring gives the same. It
# meets every goal and left this list. blind_text_46 (written in stop 50 before round 48; 74 chats,
# 815 messages, 689 spans, 382 must-keep items), never tuned on; measured once on main 570ef7d9
# (stop 49's detector): 0.952 covered (656 of 689) / F1 0.957 / 0.055 touched (21 of 382) by both
# scorings: below all three goals. Tuned on in round 48 (text48, from main a38cff2c): 0.993
# covered (684 of 689) / F1 0.994 / 0.000 touched (0 of 382) by pii_score --chats; this test's
# own scoring gives the same. It meets every goal and left this list. blind_text_47 (written in
# stop 51 before round 49; 91 chats, 783 messages, 719 spans, 406 must-keep items), never tuned
# on; measured once on main 5a4b57ba (stop 50's detector): 0.947 covered (681 of 719) / F1 0.953 /
# 0.067 touched (27 of 406) by pii_score --chats: below all three goals. Tuned on in round 49
# (text49, from main ab8f667d; one German plate unlabelled, guideline 9): 0.992 covered (712 of
# 718) / F1 0.988 / 0.022 touched (9 of 406) by pii_score --chats. It meets every goal and left
# this list. blind_text_48 (written in stop 52 before round 50; 93 chats, 838 messages, 733 spans,
# 396 must-keep items; two foreign plates unlabelled before measuring, guideline 9), never tuned
# on; measured once on main 2ffebb90 (stop 51's detector, a1263b74's): 0.965 covered (707 of 733)
# / F1 0.964 / 0.053 touched (21 of 396) by pii_score --chats and this test's own scoring: below
# all three goals. Tuned on in round 50 (text50, from main 184887f5; no gold label changed):
# 0.992 covered (727 of 733) / F1 0.987 / 0.023 touched (9 of 396) by pii_score --chats. It meets
# every goal and left this list. blind_text_49 (written in stop 53 before round 51; 96 chats, 849
# messages, 680 spans, 442 must-keep items), never tuned on; measured once on main 2910635a (stop
# 52's final detector): 0.982 covered (668 of 680) / F1 0.979 / 0.038 touched (17 of 442) by
# pii_score --chats and this test's own scoring: below all three goals. Tuned on in round 51
# (text51, from main 0eed34a1; no gold label changed): 0.999 covered (679 of 680) / F1 0.996 /
# 0.007 touched (3 of 442) by pii_score --chats. It meets every goal and left this list.
# blind_text_50 (written in stop 54 before round 52; 104 chats, 897 messages, 690 spans, 439
# must-keep items), never tuned on; measured once on main 2c06b490 (stop 53's final detector):
# 0.887 covered (612 of 690) / F1 0.927 / 0.034 touched (15 of 439) by pii_score --chats and
# this test's own scoring: below all three goals (ADDRESS fully covered 0.625, DATE_OF_BIRTH
# 0.720, PERSON 0.935). Tuned on in round 52 (text52, from main 7ba9042c; no gold label
# changed): 0.970 covered (669 of 690) / F1 0.977 / 0.016 touched (7 of 439) by pii_score
# --chats and this test's own scoring. It meets the must-keep goal; coverage and F1 stay below
# theirs (bare house numbers after "op"/"van" that older sets keep unlabelled, lower-case names
# that are words), with these figures as floors; round 53 raised them to 0.972 covered (671 of
# 690) / F1 0.978, round 54 to 0.974 covered (672 of 690) / F1 0.979 ("melder lok"); round 55
# to F1 0.980 / 0.011 touched (5 of 439; a place name read as a person and a team's mailbox
# no longer), which meets the F1 goal: coverage alone stays below, with its floor. blind_text_51 (written in stop 55 before round 53; 106 chats, 900 messages,
# 657 spans, 419 must-keep items), never tuned on; measured once on main 96ae6516 (stop 54's
# final detector): 0.893 covered (587 of 657) / F1 0.929 / 0.057 touched (24 of 419) by
# pii_score --chats and this test's own scoring: below all three goals (ADDRESS fully covered
# 0.737, PERSON 0.898, DATE_OF_BIRTH 0.905). Tuned on in round 53 (text53, from main 8721479b;
# no gold label changed): 0.971 covered (638 of 657) / F1 0.980 / 0.014 touched (6 of 419) by
# pii_score --chats and this test's own scoring. It meets the F1 and must-keep goals; coverage
# stays below (bare house numbers after "op"/"van"/"bij" that older sets keep unlabelled, "die
# van Dam", nicknames, lower-case names that are words), with its figure as the floor; round 55
# raised it to 0.973 (639 of 657; "popescu").
# blind_text_52 (written in stop 56 before round 54; 125 chats, 895 messages, 731 spans, 411
# must-keep items), never tuned on; measured once on main b959093d (stop 55's final detector):
# 0.938 covered (686 of 731) / F1 0.955 / 0.039 touched (16 of 411) by pii_score --chats and this
# test's own scoring: below all three goals (PERSON fully covered 0.942, ADDRESS 0.890,
# DATE_OF_BIRTH 0.862), with these figures as floors. Tuned on in round 54 (text54, from main
# 58471215; no gold label changed): 0.977 covered (714 of 731) / F1 0.988 / 0.005 touched (2 of
# 411) by pii_score --chats and this test's own scoring. It meets the F1 and must-keep goals;
# coverage stays below (bare house numbers of a named person's home that older sets keep
# unlabelled, lower-case surnames that are words in a chat that does not name the person, a
# first name or surname known only from another chat), with its figure as the floor; round 55
# raised it to 0.978 (715 of 731; "kovalenko").
# blind_text_53 (written in stop 57 before round 55; 125 chats, 869 messages, 773 spans, 411
# must-keep items), never tuned on; measured once on main 0c226bac (stop 56's final detector,
# 9291197b's, with dup57's behaviour-neutral mends): 0.911 covered (704 of 773) / F1 0.942 /
# 0.051 touched (21 of 411) by pii_score --chats and this test's own scoring: below all three
# goals (DATE_OF_BIRTH fully covered 0.778, ADDRESS 0.840, PERSON 0.925), with these figures as
# floors. Tuned on in round 55 (text55, from main 85c22572; no gold label changed): 0.970 covered
# (750 of 773) / F1 0.978 / 0.024 touched (10 of 411) by pii_score --chats and this test's own
# scoring. It meets the must-keep goal; coverage and F1 stay below (lower-case surnames that are
# words in a chat that names the person nowhere else, house numbers without a street, a phone
# number split over two messages, a BSN read out in words, a storm's name in a chat that does
# not say "storm", business premises that older sets label as homes), with these figures as
# floors.
# blind_text_54 (written in stop 57 after round 55; 126 chats, 839 messages, 995 spans, 504
# must-keep items), never tuned on; measured once on main 6a9ef2a3 (stop 57's detector: round 55,
# screenshot round 52 and review 57 merged): 0.930 covered (925 of 995) / F1 0.955 / 0.040
# touched (20 of 504) by pii_score --chats and this test's own scoring: below all three goals
# (POSTCODE fully covered 0.750, DATE_OF_BIRTH 0.781, ADDRESS 0.902, PERSON 0.941; precision
# IBAN 0.700, PHONE 0.893), with these figures as floors. Tuned on in round 56 (text56, from
# main 0b976c99; no gold label changed): 0.957 covered (952 of 995) / F1 0.967 / 0.034 touched
# (17 of 504) by pii_score --chats and this test's own scoring. All three stay below (lower-case
# surnames and first names that are words, a name known only by an @-mention or a tick list,
# house numbers without a street, a BSN read out in words; must-keep: bodies' accounts beside
# a KvK number, which a one-man business's own account shares), with these figures as floors.
BELOW_GOAL: dict[str, dict[str, float]] = {
    "blind_text_50.jsonl": {"fully_covered": 0.973},
    "blind_text_51.jsonl": {"fully_covered": 0.972},
    "blind_text_52.jsonl": {"fully_covered": 0.978},
    "blind_text_53.jsonl": {"fully_covered": 0.970, "f1": 0.977},
    "blind_text_54.jsonl": {"fully_covered": 0.956, "f1": 0.966, "touched": 0.034},
}


def _scored_once(name: str) -> pytest.MarkDecorator:
    """A set's figures are tested in one process (`--dist loadgroup`), so it is scored once: spread
    over both, a set was scored twice, a minute and a half of the suite in all."""
    return pytest.mark.xdist_group(f"corpus-{name}")


def _goal_cases():
    for path in SHIPPED:
        for figure in GOALS:
            below = figure in BELOW_GOAL.get(path.name, {})
            marks = (
                [pytest.mark.xfail(strict=True, reason="blind set below this goal (issue 12)")]
                if below
                else []
            )
            marks.append(_scored_once(path.name))
            yield pytest.param(path, figure, id=f"{path.name}-{figure}", marks=marks)


@pytest.mark.parametrize(("path", "figure"), list(_goal_cases()))
def test_the_shipped_corpora_meet_the_quality_goals(path, figure):
    value = cached_scores(path)[figure]
    assert meets(figure, value, GOALS[figure][1]), (figure, value)


@pytest.mark.parametrize(
    ("name", "figure"),
    [
        pytest.param(name, figure, marks=_scored_once(name))
        for name, floors in sorted(BELOW_GOAL.items())
        for figure in floors
    ],
)
def test_corpora_below_the_goals_do_not_slide_back(name, figure):
    value = cached_scores(FIXTURES / name)[figure]
    assert meets(figure, value, BELOW_GOAL[name][figure]), (figure, value)


@pytest.mark.parametrize("path", SHIPPED, ids=[path.name for path in SHIPPED])
def test_the_shipped_corpora_are_well_formed(
    path,
):  # A markup slip in the .txt source ("[[Zwolle|place]]": a lower-case kind in span brackets)
    # is copied into the message text as it stands; offsets must also match the values.
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line:
            continue
        rec = json.loads(line)
        text = rec["text"]
        assert not any(mark in text for mark in ("[[", "]]", "{{", "}}")), rec["id"]
        for item in rec["spans"] + rec.get("distractors", []):
            assert text[item["start"] : item["end"]] == item["value"], (rec["id"], item)
        assert all(span["label"] in LABELS for span in rec["spans"]), rec["id"]
        ordered = sorted(rec["spans"], key=lambda span: span["start"])
        assert all(a["end"] <= b["start"] for a, b in pairwise(ordered)), rec["id"]
