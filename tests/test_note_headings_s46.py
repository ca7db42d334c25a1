"""A theme's heading run into its paragraph keeps its own closing mark: "Why is that a problem?" is not followed by
a full stop the note adds after every other heading."""

from __future__ import annotations

import re
from pathlib import Path

from ruamel.yaml import YAML

from notekit import SAMPLE, render_note


def _note_text(folder: Path, headings: list[str]) -> str:
    yaml = YAML()
    data = yaml.load(SAMPLE.read_text(encoding="utf-8"))
    for section, heading in zip(data["sections"], headings, strict=False):
        section["heading"] = heading
    content = folder / "asked.yaml"
    with content.open("w", encoding="utf-8") as handle:
        yaml.dump(data, handle)
    html = render_note(content, folder / "out", formats=("html",))["html"].read_text(encoding="utf-8")
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def test_a_question_heading_keeps_its_question_mark_alone(tmp_path: Path) -> None:
    text = _note_text(tmp_path, ["Why is that a problem?", "Chips", "Who pays"])
    assert "Why is that a problem?" in text and "problem?." not in text
    assert "Who pays." in text  # a heading without its own mark still gets the note's full stop
