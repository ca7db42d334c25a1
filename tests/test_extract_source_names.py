"""An outlet is a name: interface words and lowercase notes in a credit's place are no source."""

from __future__ import annotations

from pathlib import Path

from briefkit.extract import extract_article
from briefkit.extract.sources import could_be_outlet

STORY = ("Academic medical centres issued a mean of 49 press releases a year, the study found. Among 200 releases "
         "analysed in detail, 87 promoted research on animals or cells, and few gave the limits of the work.\n\n"
         "The authors said better releases would help reporters, who often rely on them when time is short.\n")


def test_a_note_in_brackets_before_a_colon_is_no_credit(tmp_path: Path) -> None:
    page = tmp_path / "study.txt"
    page.write_text("Study: weak science in hospital press releases\n\nShare:\n\n"
                    "Reporters often come under fire for their coverage of medical science, but a new study looks "
                    "at the press releases they start from.\n\nFrom the study (emphasis added):\n\n" + STORY,
                    encoding="utf-8")
    brief, _ = extract_article(page)
    assert brief.meta.source is None


def test_interface_words_and_lowercase_notes_cannot_name_an_outlet() -> None:
    assert not could_be_outlet("Register") and not could_be_outlet("Content") and not could_be_outlet("Sign in")
    assert not could_be_outlet("emphasis added")
    assert could_be_outlet("Back Country Bulletin") and could_be_outlet("wowkorea.jp") and could_be_outlet("新华社")
