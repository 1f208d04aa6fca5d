"""Issue 17 (speed): after a process's first response, what lives on from start-up is frozen
out of garbage collection (meppel_archief/memory.py), once."""

import gc

from django.http import HttpResponse

from meppel_archief.memory import GEN0_THRESHOLD, FreezeAfterFirstResponse


def test_the_first_response_freezes_what_lives_on_once(monkeypatch):
    monkeypatch.setattr(FreezeAfterFirstResponse, "frozen", False)
    calls = []
    monkeypatch.setattr(gc, "freeze", lambda: calls.append("freeze"))
    monkeypatch.setattr(gc, "collect", lambda: calls.append("collect"))
    monkeypatch.setattr(gc, "get_threshold", lambda: (700, 10, 10))
    monkeypatch.setattr(gc, "set_threshold", lambda *args: calls.append(args))
    middleware = FreezeAfterFirstResponse(lambda request: HttpResponse("ok"))
    assert middleware(object()).content == b"ok"
    assert calls == ["collect", "freeze", (GEN0_THRESHOLD, 10, 10)]
    assert middleware(object()).content == b"ok"
    assert len(calls) == 3  # only after the first response


def test_every_request_passes_through_it(settings):
    assert settings.MIDDLEWARE[0] == "meppel_archief.memory.FreezeAfterFirstResponse"
