"""An agency's note dating its own copy ("This report by … was first published …"), found anywhere in the story
(issue 12): a made-up page read through ``extract_article``."""

from __future__ import annotations

from pathlib import Path

from briefkit.extract import extract_article

BODY = ("The port authority said freight volumes at the harbour rose 12% in February, the third monthly rise "
        "in a row, as container traffic recovered after a slow winter on the northern routes.")


def test_an_agencys_note_in_a_run_on_copy_dates_the_story(tmp_path: Path) -> None:
    # a reposting site ran the whole page into one line; the agency's own note still dates the story
    text = ("HALIFAX news Freight expected to climb by admin 95 views / By The Harbour Press HALIFAX — "
            + BODY + " This report by The Harbour Press was first published Feb. 29, 2024. "
            "0 comment previous post Weather warnings remain next post Ferry timetable changes")
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    brief, _ = extract_article(page)
    assert str(brief.meta.date) == "2024-02-29"
