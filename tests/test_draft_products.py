"""What a reader sees in products built from a drafted article (issue 12, "Drafts a careful reader would sign").

Each test drafts a small made-up article in the form of one kind of fault found in rendered drafts,
through :func:`briefkit.extract.extract_article` (and, where the fault is what a product prints, the
``build`` command, read back as a reader would):

- one fact twice in the figures: an approximate figure restated exactly in apposition, and a page
  that prints its story twice;
- labels that say nothing: a qualifier word, the number itself, a lone population noun, a gapped
  clause labelled with its neighbour's words, a Chinese label holding the speaker and another figure;
- a slide bullet that stops at "said:" without the quotation it opened;
- a traditional-Chinese page getting simplified labels.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from tests.conftest import pdftotext
from tests.test_labels_zh import reader_text

from briefkit.cli import cli
from briefkit.extract import extract_article
from briefkit.labels import labels_for


def _draft(tmp_path: Path, text: str, name: str = "article.txt") -> tuple[object, list[str]]:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return extract_article(path)


_SURVEY = """Libraries fear winter closures

12 March 2023

Close to eight out of 10 libraries, 79%, polled by the Reading Trust say they cannot keep their hours this winter.

Nearly two-thirds (64%) of councils said they were cutting library staff for the first time.

Some 62% cited rent as a reason for the cuts, while 55% blamed energy prices and 38% low wages.

In the survey, almost 70% of respondents said they had seen more visitors since the autumn.
"""


def test_an_appositive_restatement_is_one_figure(tmp_path: Path) -> None:
    brief, _ = _draft(tmp_path, _SURVEY)
    values = [(f.value, f.unit) for f in brief.figures]
    assert (79, "%") in values and (80, "%") not in values  # "eight out of 10" restated as 79%: the exact one
    assert (64, "%") in values and not any(f.unit and "third" in f.unit for f in brief.figures)
    exact = next(f for f in brief.figures if f.value == 79)
    assert "libraries" in exact.label.lower()  # what the apposition counted


def test_labels_say_what_the_number_measures(tmp_path: Path) -> None:
    brief, _ = _draft(tmp_path, _SURVEY)
    labels = {f.value: f.label for f in brief.figures}
    for label in labels.values():
        assert label.lower() not in {"close", "nearly", "some", "respondents", "councils"}, labels
        assert re.search(r"[A-Za-z]", label), labels  # never the number alone ("79%")
    assert "low wages" in labels[38].lower() and "energy" not in labels[38].lower()  # gapped: its own words
    assert labels[70].lower().startswith("respondents ") and "visitors" in labels[70].lower()
    assert "staff" in labels[64].lower()


_TWICE = """Ferry fares rise again

5 May 2023

The harbour board said 4,200 passengers used the night ferry in April, up from 3,100 a year earlier.

Fares will rise by 12% from June, the board said in a statement on its plans for the summer season.

The harbour board said 4,200 passengers used the night ferry in April, up from 3,100 a year earlier.

Fares will rise by 12% from June, the board said in a statement on its plans for the summer season.
"""


def test_a_story_printed_twice_states_each_fact_once(tmp_path: Path) -> None:
    brief, _ = _draft(tmp_path, _TWICE)
    facts = [(f.value, f.unit, f.source_text) for f in brief.figures]
    assert len(facts) == len(set(facts)) and any(v == 4200 for v, _, _ in facts)
    said = [*brief.background, *(p.text for p in brief.key_points), brief.summary or ""]
    sentences = [s for text in said for s in re.split(r"(?<=\.)\s+", text) if s]
    assert len(sentences) == len(set(sentences)), sentences


_ZH = """張文華亦表示2019年有三萬個申請爭2,000個單位,足以反映居民對房屋的需求,但報告預測只剩9,000多個單位需求。
"""


def test_a_chinese_label_names_what_is_counted(tmp_path: Path) -> None:
    brief, _ = _draft(tmp_path, _ZH, "zh.txt")
    labels = {f.value: f.label for f in brief.figures}
    assert labels[2000] == "單位", labels  # not "文華亦表示2019年有三萬個申請爭單位"
    assert not any("表示" in label for label in labels.values()), labels


_QUOTE = ("The founder of the weekly pop-up kitchen Hope Street Suppers, Jane Marlow, said: “I have seen a lot more "
          "people coming along over the past six months, and many of them are coming to us for the very first time. "
          "They are working, whether young parents or students, and struggling to afford the basics with their last "
          "few pounds.”")


def test_a_slide_bullet_carries_the_quotation_its_lead_in_opens(tmp_path: Path) -> None:
    content = tmp_path / "quote.yaml"
    data = {"meta": {"title": "Food banks stretched", "status": "draft"},
            "sections": [{"heading": "What volunteers see", "paragraphs": [
                "A volunteer survey was published this week by the county's network of food banks and community "
                "kitchens, which asked more than two hundred helpers what had changed since the spring.",
                _QUOTE,
                "Volunteers said they needed more vans, more fridges and more storage space for the winter months "
                "ahead, and more drivers on weekday mornings when the supermarkets hand over their surplus."]}]}
    content.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", str(content), "-o", str(out), "-p", "slides", "-f", "pdf",
                                      "--force", "-q", "-j", "1"])
    assert result.exit_code == 0, result.output
    slides = next(out.rglob("slides.pdf"))
    shown = " ".join(pdftotext(slides).split())  # the deck with its notes: the bullet is on a slide
    assert "Jane Marlow" in shown
    # the bullet goes on past the lead-in into the quotation it opened
    assert re.search(r"Jane Marlow(?:, said)?: “I have seen a lot", shown), shown
    assert not re.search(r"Jane Marlow, said:?\s*(?:…|$)", shown), shown


_HANT = """政府公布房屋報告 議員質疑推算誤導公眾

2024年3月5日

立法會議員表示,有市民反映報告內對已登記申請經濟房屋而一直未獲分配的四萬多戶資料未有提及。

議員亦表示去年有三萬個申請爭2,000個單位,足以反映居民對公共房屋的需求,認為政府報告是迴避現實。

房屋局回應稱,報告已考慮各類申請者的需求,並會在下年度檢討推算方法。
"""


def test_a_traditional_page_is_tagged_zh_hant(tmp_path: Path) -> None:
    brief, _ = _draft(tmp_path, _HANT, "hant.txt")
    assert brief.meta.language == "zh-Hant"
    simplified, _ = _draft(tmp_path, "国家统计局发布数据显示,一季度经济同比增长5.3%。\n", "h.txt")
    assert simplified.meta.language == "zh"


def test_traditional_labels_fall_back_to_chinese_then_english() -> None:
    labels = labels_for("zh-Hant")
    assert labels.agenda == "議程" and labels.sources == "資料來源" and labels.key_figures == "關鍵數據"
    simplified = yaml.safe_load((Path(__file__).parents[1] / "templates/base/labels/zh.yaml").read_text("utf-8"))
    traditional = yaml.safe_load((Path(__file__).parents[1] / "templates/base/labels/zh-Hant.yaml").read_text("utf-8"))
    assert set(traditional) == set(simplified)  # every key of zh.yaml, so none falls back to simplified
    assert labels_for("zh-Hant").get("no_such_key") == "no_such_key"


_SIMPLIFIED_ONLY = ("议程", "资料来源", "关键数据", "简报", "页", "来源")


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html", "md", "pptx"])
def test_every_product_of_a_traditional_page_prints_traditional_labels(tmp_path: Path, fmt: str) -> None:
    article = tmp_path / "hant.txt"
    article.write_text(_HANT, "utf-8")
    content = tmp_path / "hant.yaml"
    result = CliRunner().invoke(cli, ["extract", str(article), "-o", str(content), "--force"])
    assert result.exit_code == 0, result.output
    out = tmp_path / "out"
    extra = ["--handout", "2"] if fmt == "pdf" else []
    result = CliRunner().invoke(cli, ["build", str(content), "-o", str(out), "-f", fmt, "--force", "-q", "-j", "1",
                                      *extra])
    assert result.exit_code == 0, result.output
    files = list(out.rglob(f"*.{fmt}"))
    assert files
    seen = ""
    for path in files:
        text = re.sub(r"\s+", "", reader_text(path))
        assert not [w for w in _SIMPLIFIED_ONLY if w in text], (path.name, text[:400])
        seen += text
    assert "來源" in seen or "關鍵數據" in seen  # the traditional catalogue's words, not only none of the other's


def test_a_chart_of_chinese_measure_words_is_not_headed_by_one(tmp_path: Path) -> None:
    article = tmp_path / "zh.txt"
    article.write_text(_HANT, "utf-8")
    content = tmp_path / "zh.yaml"
    assert CliRunner().invoke(cli, ["extract", str(article), "-o", str(content), "--force"]).exit_code == 0
    data = yaml.safe_load(content.read_text("utf-8"))
    assert [f["unit"] for f in data["figures"]].count("個") >= 2  # the chart the page draws counts 個
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", str(content), "-o", str(out), "-p", "slides", "-f", "pdf",
                                      "--force", "-q", "-j", "1"])
    assert result.exit_code == 0, result.output
    text = re.sub(r"\s+", "", pdftotext(next(out.rglob("slides.pdf"))))
    assert "數值" in text and "個數量" not in text  # headed as values, not "number of 個"


def test_a_basis_point_change_restated_as_a_percentage_is_one_figure(tmp_path: Path) -> None:
    brief, _ = _draft(tmp_path, "Rates rise again\n\n3 May 2023\n\nWELLINGTON (Reuters) - The central bank raised its "
                                "key rate by 25 basis points (0.25%) to a 10-year high of 3.5% on Thursday.\n")
    changes = [f for f in brief.figures if abs(f.value - 0.25) < 1e-9]
    assert len(changes) == 1, [(f.value, f.unit, f.label) for f in brief.figures]
    assert re.search(r"[A-Za-z]{4}", changes[0].label) and not changes[0].label.lower().startswith("to a")


def test_the_two_ends_of_a_range_are_no_chart(tmp_path: Path) -> None:
    brief, _ = _draft(tmp_path, "對承辦活動的執行單位或商貿流通企業,給予3萬元-5萬元的資金支持。\n", "zh.txt")
    ends = [f for f in brief.figures if f.value in (30000, 50000)]
    assert len(ends) == 2 and all(f.group is None for f in ends), [(f.value, f.group) for f in ends]


_TERMS = """Letters to the editor

It used to be that people did not sign their letters. We got a lot of “angry neighbours” who never signed them.

The editor, Ruth Gale, said: “We will read every letter that a reader sends us, signed or not.”
"""


def test_a_phrase_in_quotation_marks_is_no_quotation(tmp_path: Path) -> None:
    brief, _ = _draft(tmp_path, _TERMS)
    texts = [q.text for q in brief.quotes]
    assert "angry neighbours" not in texts and any(t.startswith("We will read every letter") for t in texts), texts
    chinese, _ = _draft(tmp_path, "市商務局將舉辦“品味山城好味道”美食節等重點活動,激發消費意願。\n", "zh.txt")
    assert not chinese.quotes, chinese.quotes


_OPED = """Why we run the columnists we do

I received a question the other day about why we run certain columnists on the opinion page of this newspaper.
My brief answer was that we use them because they are state columnists who usually write about state issues.
Of course, there is more to it.
Mainly, the columnists we use are the ones readily available to us, which is a factor as well.
My preference would be that we have at least two local columnists a week and several letters to the editor.
That has not happened in a long time.
Readers rarely offer to write a letter or a column themselves, though many ask us to write about a complaint.
"""


def test_a_leftover_sentence_leaning_on_a_used_one_is_no_background(tmp_path: Path) -> None:
    brief, _ = _draft(tmp_path, _OPED)
    used = " ".join([brief.summary or "", *(p.text for p in brief.key_points)])
    assert "My brief answer" in used or "My preference" in used  # the sentences they lean on were taken
    for leaning in ("Of course, there is more to it.", "That has not happened in a long time."):
        assert leaning not in brief.background, brief.background


def test_a_number_in_brackets_belongs_to_the_noun_before_it(tmp_path: Path) -> None:
    brief, _ = _draft(tmp_path, "Referrals up\n\n3 May 2023\n\nThe most common reason people were referred to the "
                                "pantry was a delay in benefits (31%), a survey of 400 volunteers found.\n\n"
                                "The county's vacancy rate, at 4.6 percent, remains below the national rate.\n")
    labels = {f.value: f.label for f in brief.figures}
    assert labels[31] == "Delay in benefits", labels  # not "31%)"
    assert labels[4.6].lower().startswith("county"), labels  # not "At 4.6 percent"


def test_a_label_starts_with_what_it_measures_not_a_copula(tmp_path: Path) -> None:
    brief, _ = _draft(tmp_path, "Clubs under strain\n\n3 May 2023\n\nThe league reports that 90% of the clubs it "
                                "surveyed have been hit by rising costs, with 35% stating they were badly hit.\n")
    labels = {f.value: f.label for f in brief.figures}
    assert labels[35] == "Badly hit", labels  # not "Were badly hit" (printed as "…were badly hit")
