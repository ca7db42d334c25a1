"""Writer candidates in any case, the cues every page has, and two Chinese credit forms.

Small made-up lines and pages in forms seen on pages nobody tuned on: a poster's name in lower case after "By"
or before a comment counter, initials without stops in a letter's sign-off, a stamp that is no name; where a
short line stands against the story's prose; an official named in a sentence after "taken by"; a Taiwanese
paper's note running the reporter into the city it was filed from; an English name after a Chinese writer's label.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefkit.extract import authorloose, bylines_zh
from briefkit.extract.authorfeatures import candidates
from briefkit.readers import read_article

PROSE = ("The central bank kept its policy rate at 3.5% on Thursday, saying inflation had eased for a third "
         "month in a row and growth was close to its estimate.")


@pytest.mark.parametrize(("line", "names"), [("By vivian", ["vivian"]),
                                             ("amina molakhasouk No Comments", ["amina molakhasouk"]),
                                             ("KJ Wilson, Middle Norton, Edinburgh", ["KJ Wilson"]),
                                             ("Posted by: tom lee | 3 hours ago", ["tom lee"]),
                                             ("Sat. Jul 2nd, 2022", []),
                                             ("Katherine S", ["Katherine S"]),
                                             ("Latest", []),
                                             ("skip to main content", []),
                                             ("US GDP", []),
                                             (PROSE, [])])
def test_a_short_line_gives_its_name_in_any_case(line: str, names: list[str]) -> None:
    assert authorloose.loose_names(line) == names


def test_a_short_line_over_the_first_paragraph_is_placed() -> None:
    lines = ["Rates on hold", "Tom Lee", PROSE, "Crosshead here", PROSE, "Jane Doe"]
    assert authorloose.prose_cues(lines, 1, True) == {"over_story": 1.0}
    assert authorloose.prose_cues(lines, 3, True) == {}  # a crosshead between paragraphs
    assert authorloose.prose_cues(lines, 5, True) == {}
    assert authorloose.prose_cues(lines, 1, False) == {}


def _features(tmp_path: Path, text: str) -> dict[str, dict[str, float]]:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return {c.name: c.features for c in candidates(read_article(path), None, None)}


def test_a_lower_case_poster_is_a_loose_candidate(tmp_path: Path) -> None:
    found = _features(tmp_path, f"Rates on hold\n\nBy maria q\n\n{PROSE}\n\n{PROSE}\n")
    assert {"loose", "lower_case", "credit_before", "over_story"} <= set(found["maria q"])


def test_an_official_after_taken_by_has_no_credit(tmp_path: Path) -> None:
    text = (f"Court voids sanctions\n\nThe court invalidated actions taken by Deputy Commissioner Jane Doe in "
            f"the case, the judgment said on Monday after a long hearing.\n\n{PROSE}\n")
    cues = _features(tmp_path, text)["Deputy Commissioner Jane Doe"]
    assert "credit_before" not in cues
    assert "office" in cues


def test_an_english_name_after_a_chinese_writer_label_is_credited(tmp_path: Path) -> None:
    text = ("財委會取消明日會議\n\n立法會財務委員會主席是日會見傳媒,指由於現階段為抗疫的關鍵時期,取消明日會議。\n\n"
            "文、攝:Tom Lee\n")
    cues = _features(tmp_path, text)["Tom Lee"]
    assert "credit_before" in cues
    assert "picture" not in cues


def test_a_taiwanese_note_runs_the_reporter_into_the_city() -> None:
    assert bylines_zh.reporters("【記者王大明台北報導】台北市政府今天宣布新措施。") == ["王大明"]
