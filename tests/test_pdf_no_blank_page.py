"""A PDF never ends on a blank page.

The space a block keeps after itself, at the foot of the last page, was carried to a new page of its
own: a drafted note whose chart ended at the foot of page 1 printed a second page with nothing but its
running head and footer.  ``drafted-trade.yaml`` is such a brief (drafted from a benchmark article,
without sources, so that the note ends on its chart); its summary is cut word by word to move the chart
down the page, and every page of every note must carry body text.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

from pypdf import PdfReader
from ruamel.yaml import YAML

from briefkit.content import Brief
from briefkit.render import RenderRequest, render_brief

BRIEF = Path(__file__).with_name("drafted-trade.yaml")
FURNITURE = re.compile(r"BRIEFING NOTE|Daybreak cgtn trade|Briefing note ·|Page \d|^DRAFT$")


def test_every_page_of_the_note_has_body_text(tmp_path: Path) -> None:
    data = YAML(typ="safe").load(BRIEF.read_text(encoding="utf-8"))
    words = data["summary"].split()
    for cut in range(0, 8):
        brief = Brief.model_validate({**data, "summary": " ".join(words[:len(words) - cut])})
        request = RenderRequest(BRIEF, tmp_path, products=("note",), formats=("pdf",))
        pdf = next(iter(render_brief(brief, request, BRIEF.name).files.values()))
        for number, page in enumerate(PdfReader(io.BytesIO(pdf)).pages, 1):
            body = [line for line in page.extract_text().splitlines() if line.strip() and not FURNITURE.search(line)]
            assert body, f"summary cut by {cut} words: page {number} is blank"
