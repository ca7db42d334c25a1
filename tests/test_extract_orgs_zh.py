"""Chinese organisation names by kind: a place's court (区法院, 市人民法院); a standing committee member's title
(市委常委, 全国人大常委) is a person's role, though the body it names is listed; a bulletin, a report or a filing
ending in 报 (警情通报, 半年报, 申报) is no newspaper.

Small made-up articles in the shapes real pages use, run end to end through the extractor.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import drafted

_TAIL = "会议指出，今年以来全区经济运行总体平稳，一季度地区生产总值同比增长5.2%。"


def _organisations(tmp_path: Path, text: str) -> list[str]:
    page = f"区里召开经济形势分析会\n\n{text}\n\n{_TAIL}\n"
    return [o.name for o in drafted(tmp_path, page).organisations]


def test_a_places_court_is_a_body(tmp_path: Path) -> None:
    found = _organisations(tmp_path, "2023年，海淀区法院和丰台区法院共审结涉企案件1200件，同比增长8%。")
    assert "海淀区法院" in found and "丰台区法院" in found


@pytest.mark.parametrize(("text", "role"), [
    ("市委常委、副市长王建国出席会议并讲话，要求各部门抓好落实。", "市委常委"),
    ("学校党委常委、副校长李明主持会议，30多家单位参加。", "党委常委"),
])
def test_a_standing_committee_member_is_a_role(tmp_path: Path, text: str, role: str) -> None:
    assert role not in _organisations(tmp_path, text)


def test_the_body_in_a_members_title_is_listed(tmp_path: Path) -> None:
    found = _organisations(tmp_path, "直选出身的全国人大常委李慧琼表示，将收集市民意见，约有200人出席。")
    assert "全国人大" in found


@pytest.mark.parametrize(("text", "paper"), [
    ("上海市公安局发布警情通报称，事故造成3人受伤，目前正在进一步侦办中。", "警情通报"),
    ("公司发布的半年报显示，上半年营业收入为1111.49亿元，同比下降5%。", "半年报"),
])
def test_a_bulletin_is_no_newspaper(tmp_path: Path, text: str, paper: str) -> None:
    assert not any(name.endswith(paper) for name in _organisations(tmp_path, text))


def test_the_body_a_heads_title_names_is_listed(tmp_path: Path) -> None:
    found = _organisations(tmp_path, "澳门房屋局长谭光民等昨日了解公屋项目进度，项目共提供3000个单位。")
    assert any(name.endswith("房屋局") for name in found)


@pytest.mark.parametrize(("text", "bodies"), [
    ("湖南省委常委、长沙市委书记李明强调,全年完成投资120亿元。", ["湖南省委", "长沙市委"]),
    ("区委书记张华,区政协主席王强等出席活动,签约项目8个。", ["区委", "区政协"]),
    ("主题发布中,市政府常务副市长陈立介绍,全年新增就业5万人。", ["市政府"]),
])
def test_the_committee_a_secretarys_title_names_is_listed(tmp_path: Path, text: str, bodies: list[str]) -> None:
    found = _organisations(tmp_path, text)
    assert all(b in found for b in bodies), found


def test_a_clause_before_a_title_is_no_place(tmp_path: Path) -> None:
    found = _organisations(tmp_path, "会议由市委书记张华主持,共有30个单位参加。")
    assert "市委" in found and not any(n.startswith("会议") for n in found), found


@pytest.mark.parametrize(("text", "absent"), [
    ("今年新兴产业增加值增长12%,公共财政收入达到30亿元。", ["新兴产业", "公共财政"]),
    ("发言人表示,中美关系保持稳定,双边贸易额增长5%。", ["中美关系"]),
    ("面对百年未有之大变局,今年是规划开局之年,当地政府投入资金3亿元。", ["大变局", "规划开局", "当地政府"]),
])
def test_a_field_a_tie_or_a_situation_is_no_body(tmp_path: Path, text: str, absent: list[str]) -> None:
    found = _organisations(tmp_path, text)
    assert not any(a in found for a in absent), found


def test_a_body_before_its_deputy_heads_title(tmp_path: Path) -> None:
    # the segmenter glues the body's last character to "副" ("部副" "部长"): the body is listed all the same
    found = _organisations(tmp_path, "10月25日，新闻办举行发布会，农业农村部副部长王明介绍了前三季度农业生产情况。")
    assert "农业农村部" in found


def test_a_limited_company_whose_brand_the_segmenter_cut(tmp_path: Path) -> None:
    # "湖北" "回" "盛" "生物科技" "有限公司": the brand's characters read as verbs still belong to the name,
    # back to the place that opens it; the legal word alone is no one's name
    found = _organisations(tmp_path, "湖北回盛生物科技有限公司等2家企业每家获用电奖励10万元。")
    assert "湖北回盛生物科技有限公司" in found and "有限公司" not in found


def test_one_name_before_a_count_of_firms(tmp_path: Path) -> None:
    # "X等19家企业": one name of its own before a count of firms is a firm; a place alone is not
    found = _organisations(tmp_path, "东辉米业等19家新进规企业每家获奖励7000元，北京等3家企业获奖励5万元。")
    assert "东辉米业" in found and "北京" not in found
