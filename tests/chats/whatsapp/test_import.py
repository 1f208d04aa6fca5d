"""The parser is a pure core: importing it must not pull in Django."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[3]


def test_importing_the_parser_does_not_import_django():
    code = (
        "import sys\n"
        "import chats.whatsapp, chats.whatsapp.__main__\n"
        "assert not any(m == 'django' or m.startswith('django.') for m in sys.modules), "
        "sorted(m for m in sys.modules if m.startswith('django'))\n"
    )

    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True, text=True, timeout=60
    )

    assert result.returncode == 0, result.stderr
