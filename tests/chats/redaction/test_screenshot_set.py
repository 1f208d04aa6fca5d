"""The blind screenshot set stays what it was when it was written (before any tuning)."""

from __future__ import annotations

import json
from functools import cache

from demo.generators.screenshot_set import BLIND, SETS_DIR, TUNING, expected_items, render_set


@cache
def items_of(config):
    return expected_items(render_set(config))


def test_the_blind_set_renders_exactly_the_committed_expected_items():
    expected = json.loads((SETS_DIR / "blind_expected.json").read_text(encoding="utf-8"))

    assert items_of(BLIND) == expected


def test_blind_and_tuning_sets_share_no_personal_value():
    def values(config):
        return {
            item["text"]
            for shot in items_of(config)
            for item in shot["items"]
            if item["kind"] == "pii"
        }

    assert not values(BLIND) & values(TUNING)
