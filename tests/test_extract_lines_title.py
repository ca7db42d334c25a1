"""The learned line labeller as a cue for the title, where the rules found none or only guessed.

The labeller's TITLE line replaces a weak or missing rule pick only when the model is all but sure of it
and the line is shaped like a headline: never a firm pick, never a photo caption, a lede sentence or a
site's interface words.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefkit.extract import headlines
from briefkit.extract.linecues import LineCues, headline_shaped
from briefkit.extract.linemodel import ENV
from briefkit.readers import read_article

TITLE = "Council approves new budget for city schools"
SLOGAN = "Your voice in the valley since 1902"
BODY = ("The city council on Tuesday approved a new budget for the schools, raising spending on teachers and "
        "buildings after a long debate about taxes.\n\n"
        "Members said the plan would add forty teachers over the next two years and repair six school roofs.\n")
ZH_TITLE = "市議會通過學校新預算 教師人數增加四十人"
ZH_PAGE = (f"市政新聞\n\n本網訊\n\n{ZH_TITLE}\n\n"
           "市議會周二通過了學校的新預算，增加了教師和校舍的開支。經過關於稅收的長時間辯論之後，議員們表示，"
           "該計劃將在未來兩年內增加四十名教師並修理六所學校的屋頂。\n\n"
           "議員們還表示，新預算將在下一個財政年度開始時生效，市政府將在今年夏天公布詳細的開支計劃。\n")


@pytest.fixture(autouse=True)
def packaged_model(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV, raising=False)


def _cues(tmp_path: Path, text: str) -> LineCues:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return LineCues.of(read_article(path))


def test_a_weak_pick_yields_to_the_line_the_model_is_sure_of(tmp_path: Path) -> None:
    cues = _cues(tmp_path, f"{SLOGAN}\n\n{TITLE}\n\nMarch 5, 2021\n\n{BODY}")
    picked = cues.title(headlines.Pick(SLOGAN, SLOGAN, weak=True))
    assert picked is not None and picked.value == TITLE and picked.weak  # still a guess: its warning stays


def test_no_title_from_the_rules_gets_the_models_line_as_a_guess(tmp_path: Path) -> None:
    picked = _cues(tmp_path, ZH_PAGE).title(None)
    assert picked is not None and picked.value == ZH_TITLE and picked.weak


def test_a_firm_pick_is_kept(tmp_path: Path) -> None:
    firm = headlines.Pick(SLOGAN, SLOGAN)
    assert _cues(tmp_path, f"{SLOGAN}\n\n{TITLE}\n\nMarch 5, 2021\n\n{BODY}").title(firm) is firm


def test_a_photo_caption_never_replaces_the_rules_title(tmp_path: Path) -> None:
    caption = "Photo by Jane Smith of the old school building on Main Street in Springfield"
    weak = headlines.Pick(TITLE, TITLE, weak=True)
    assert _cues(tmp_path, f"{caption}\n\n{TITLE}\n\n{BODY}").title(weak) is weak


def test_a_headline_is_a_phrase_not_a_sentence_a_caption_or_furniture() -> None:
    assert headline_shaped(TITLE) and headline_shaped(ZH_TITLE)
    assert not headline_shaped("The council approved the budget on Tuesday.")
    assert not headline_shaped("Skip to main content")
    assert not headline_shaped("資料圖片")
    assert not headline_shaped(" ".join(["word"] * 26))
