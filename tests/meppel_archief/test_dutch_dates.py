"""Dates read as Dutch: month abbreviations are lower case ("22 nov 2026"), never "Nov" or "Mrt".

Django's "M" format capitalises the month ("Nov", "Mei"); "b" gives the Dutch lower-case form.
"""

import re
from datetime import date
from pathlib import Path

from django.template import Context, Template
from django.utils import translation

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
CAPITALISED_MONTH = re.compile(r'date:"[^"]*\bM\b')


def test_no_template_formats_a_month_capitalised():
    found = [
        f"{path.relative_to(TEMPLATES)}: {match.group(0)}"
        for path in TEMPLATES.rglob("*.html")
        for match in CAPITALISED_MONTH.finditer(path.read_text(encoding="utf-8"))
    ]
    assert not found, "use 'b' (lower-case Dutch month) instead of 'M':\n" + "\n".join(found)


def test_the_list_format_reads_dutch():
    with translation.override("nl"):
        rendered = Template('{{ day|date:"D j b Y" }}').render(Context({"day": date(2022, 5, 2)}))
    assert rendered == "ma 2 mei 2022"
