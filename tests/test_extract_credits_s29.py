"""Writers and editors credited in layouts the earlier rounds did not meet, through real extraction.

Each case is a small constructed article written to a file and extracted end to end, as
``briefkit extract`` does: a Chinese closing block of numbered review steps, and English pages whose
only credit is a reporter handed to in a broadcast script, a letter's signature or a lone closing name.
"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import extracted

from briefkit.content.model import Brief

ZH_BODY = "市统计局日前发布数据显示,今年一季度全市规模以上工业增加值同比增长6.2%,增速比上年同期加快1.1个百分点。\n"


def _extract(tmp_path: Path, text: str) -> Brief:
    return extracted(tmp_path, text, "article.txt")[0]


def test_numbered_review_steps_end_the_editor_and_are_no_editors(tmp_path: Path) -> None:
    """"一审编辑:A 二审校对:B 终审核发:C": only the 编辑 step gives an editor, and it stops at the next step."""
    text = ZH_BODY + ("(来源:东湖区融媒体中心 记者:周建国 通讯员:孙立 王芳一审编辑:赵子龙 二审校对:钱多多 "
                      "终审核发:吴刚)\n")
    brief = _extract(tmp_path, text)
    assert brief.meta.editors == ["赵子龙"]


def test_a_proofreader_line_is_no_editor(tmp_path: Path) -> None:
    """A closing 编辑/校对/一审 block: the 校对 and 一审 names are sign-off roles, not editors."""
    text = ZH_BODY + "\n编辑:郑海涛\n\n校对:冯小雨\n\n一审:陈志远\n"
    brief = _extract(tmp_path, text)
    assert brief.meta.editors == ["郑海涛"]


def test_a_supplier_credit_names_the_writer(tmp_path: Path) -> None:
    """A closing "供稿:NAME" over the 编辑 line credits who wrote the item (author, not editor)."""
    text = ZH_BODY + "\n供稿:王小明\n\n编辑:郑海涛\n"
    brief = _extract(tmp_path, text)
    assert (brief.meta.authors, brief.meta.editors) == (["王小明"], ["郑海涛"])


def test_a_padded_two_character_name_after_the_writer_mark_is_one_name(tmp_path: Path) -> None:
    """"文丨辛 明": a two-character name padded to three characters' width is one writer."""
    text = "全市工业经济开局良好\n文丨辛 明\n" + ZH_BODY
    brief = _extract(tmp_path, text)
    assert brief.meta.authors == ["辛明"]


BODY = ("The central bank raised its policy rate by 25 basis points to 4.5% on Thursday, citing inflation that "
        "stayed above its target for a sixth month.\n")


def test_a_consent_panel_toggle_under_the_title_is_no_writer(tmp_path: Path) -> None:
    """A cookie panel's "Always Active" on its own line under a heading is capitalised like a name, but no one's."""
    text = ("Rate rises again\n\nAlways Active\n\nCookies that are needed for the site to work are stored on your "
            "browser.\n\n" + BODY)
    brief = _extract(tmp_path, text)
    assert "Always Active" not in brief.meta.authors


def test_a_board_opening_a_sentence_with_by_is_no_writer(tmp_path: Path) -> None:
    """"By a unanimous decision, the Monetary Board decided…" opens a sentence, not a byline of a board."""
    text = ("Rate rises again\n\nBy a unanimous decision, the Central Bank Board decided to raise the rate by 25 basis "
            "points.\n" + BODY)
    brief = _extract(tmp_path, text)
    assert brief.meta.authors == []


def test_a_broadcast_scripts_handover_names_the_reporter(tmp_path: Path) -> None:
    """An anchor's lead-in ending "Maria Lopez reports." run into the script's "Report:" label names the reporter."""
    text = ("Rate rises again\n\nAnchor: The central bank raised its key rate as prices kept climbing.Maria Lopez "
            "reports.Report: " + BODY)
    brief = _extract(tmp_path, text)
    assert brief.meta.authors == ["Maria Lopez"]


def test_a_body_that_reports_is_no_reporter(tmp_path: Path) -> None:
    """"Statistics Canada reports." closes a sentence like a handover, but names a body, not a person."""
    text = "Rate rises again\n\nPrices kept climbing in May. Statistics Canada reports.\n" + BODY
    brief = _extract(tmp_path, text)
    assert brief.meta.authors == []


def test_a_letter_signed_with_an_abbreviated_province(tmp_path: Path) -> None:
    """"Doug Smith, Arcola, Sask." signs a letter though it ends in the province's full stop."""
    text = ("Rally against the tax\n\n" + BODY + "\nCome to the rally and show the government where we stand.\n\n"
            "Doug Smith, Arcola, Sask.\n")
    brief = _extract(tmp_path, text)
    assert brief.meta.authors == ["Doug Smith"]
