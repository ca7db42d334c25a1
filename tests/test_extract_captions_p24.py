"""Photo captions, image alt text and notes about the article never become what a draft says.

Made-up pages in the forms news sites print their pictures: a caption ending on its credit, alt text
before it, the AP "FILE - In this … file photo" form, the same caption twice (alt text, then caption
with credit), a Xinhua credit glued to a paragraph, a Chinese "记者 NAME 摄" caption, and a wire
service's note about its own report.  Extracted end to end, as ``briefkit extract`` does.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefkit.content.model import Brief
from conftest import extracted

STORY = ("The finance minister will table the fall economic statement on Nov. 21, her office said Thursday.\n\n"
         "The statement will be the first look at the government's books since the spring budget, which projected "
         "a deficit of 40.1 billion dollars.\n\n"
         "Last month, the budget officer projected the deficit would rise to 46.5 billion dollars because of slower "
         "growth in revenues and higher expenses.\n\n"
         "Opposition parties said the government should present a plan to return to balanced budgets.\n\n"
         "Economists expect the statement to include new spending on housing and a revised growth forecast.\n\n"
         "The minister has said the government will not raise taxes on the middle class this year.\n")


def _extract(tmp_path: Path, text: str, name: str = "article.txt") -> Brief:
    return extracted(tmp_path, text, name)[0]


def _drafted(brief: Brief) -> str:
    """Everything the draft says in running text: summary, key points, background, themes and their headings."""
    return "\n".join([brief.summary, *(p.text for p in brief.key_points), *brief.background,
                      *(t for s in brief.sections for t in (s.heading, *s.paragraphs))])


@pytest.mark.parametrize(("caption", "words"), [
    ("A woman stands at a podium and listens to a question from a reporter, (not shown).\n"
     "The finance minister holds a press conference in Ottawa on Friday, Nov. 3, 2023. "
     "(Sean Kilpatrick/The Canadian Press)", ["stands at a podium", "press conference"]),
    ("FILE - In this Sept. 2, 2020, file photo, a help wanted sign hangs on the door of a store in Uniontown, Pa. "
     "(AP Photo/Gene J. Puskar)", ["help wanted sign"]),
    ("Workers cut fabric at a textile factory in Hindupur town in the state of Andhra Pradesh, on 9 February 2022\n"
     "Workers cut fabric at a textile factory in Hindupur town in the state of Andhra Pradesh, on 9 February "
     "2022Reuters", ["textile factory"]),
    ("This aerial photo taken on March 13, 2023 shows a container terminal of a port in Jiangsu Province. "
     "(Xinhua/Li Bo)", ["container terminal"]),
])
def test_a_caption_is_no_part_of_the_draft(tmp_path: Path, caption: str, words: list[str]) -> None:
    lede, rest = STORY.split("\n\n", 1)
    title = "Government to table fall economic statement"
    brief = _extract(tmp_path, f"{title}\n\n{lede}\n\n{caption}\n\n{rest}")
    drafted = _drafted(brief)
    for phrase in words:
        assert phrase not in drafted
    assert "finance minister will table" in drafted  # the story itself is there
    assert len(brief.key_points) >= 3


def test_a_caption_names_no_place(tmp_path: Path) -> None:
    # corpus convention (stop 25): a photo caption gives no places; the story names its own
    caption = ("The finance minister holds a press conference in Ottawa on Friday, Nov. 3, 2023. "
               "(Sean Kilpatrick/The Canadian Press)")
    brief = _extract(tmp_path, "Government to table fall economic statement\n\n" + caption + "\n\n" + STORY)
    assert "press conference" not in _drafted(brief)
    assert "Ottawa" not in [p.name for p in brief.places]


def test_a_credit_glued_to_a_paragraph_goes_and_its_sentence_stays(tmp_path: Path) -> None:
    paragraph = ("The third prototype passenger jet takes off at Pudong International Airport in Shanghai, east China, "
                 "Dec. 28, 2018. For many years, the growth figure has been the most discussed subject regarding the "
                 "economy. The economy still grew at a medium-high rate, expanding to over 90 trillion yuan in 2018, "
                 "an impressive accomplishment amid a subdued global outlook.(Xinhua/Ding Ting)")
    brief = _extract(tmp_path, "Growth is not everything\n\n" + paragraph + "\n\n" + STORY)
    drafted = _drafted(brief)
    assert "takes off" not in drafted and "Xinhua/Ding Ting" not in drafted
    assert "an impressive accomplishment amid a subdued global outlook." in drafted


def test_a_chinese_photographers_caption_is_no_key_point(tmp_path: Path) -> None:
    text = ("全国政协会议举行新闻发布会\n\n"
            "3月3日,全国政协会议新闻发布会在北京人民大会堂举行。大会新闻发言人向中外媒体介绍大会有关情况。"
            " 中新社记者 易海菲 摄\n\n"
            "大会新闻发言人表示,今年全国政协委员共提交提案5000多件,比去年增加12%。\n\n"
            "发言人说,委员们围绕经济发展、科技创新和民生保障等议题积极建言。\n\n"
            "据介绍,本次会议将于3月10日下午闭幕,会期共7天。\n\n"
            "发言人还介绍,大会将审议政协常委会工作报告和提案工作情况报告。\n")
    brief = _extract(tmp_path, text)
    drafted = _drafted(brief)
    assert "摄" not in drafted and "人民大会堂举行" not in drafted
    assert "5000多件" in drafted


@pytest.mark.parametrize("note", ["This report by The Canadian Press was first published Sept. 6, 2023.",
                                  "Opinions expressed by Daily Ledger contributors are their own and not ours."])
def test_a_note_about_the_report_is_no_key_point(tmp_path: Path, note: str) -> None:
    brief = _extract(tmp_path, "Government to table fall economic statement\n\n" + STORY + "\n" + note + "\n")
    assert note not in brief.summary
    assert all(note not in p.text for p in brief.key_points)
