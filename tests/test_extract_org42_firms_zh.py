"""Listed Chinese firms named by their short name: the exchange's warning prefix (ST某某), a trade's word ending a
short name that files or speaks (某某股份表示, 某某科技拟投资), a firm's officer after a name of four characters or
more; a person's name before a title, a pronoun or a generic firm is none.  And a bureau's division (处) named by its
head's title, which jieba glues into one word ("处处长"), or opening a clause that reports ("统计处今天公布"); a
quality or a place ending in 处 ("好处", "到处") is none.

Small made-up articles, run end to end through the extractor.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import drafted

from briefkit.extract.orgfirms_zh import listed_firms_zh

_TAIL = "分析人士认为，下半年行业需求有望回暖，价格将保持稳定，全年产量预计增长3%左右。"


def _organisations(tmp_path: Path, text: str) -> list[str]:
    page = f"上市公司半年报陆续披露\n\n{text}\n\n{_TAIL}\n"
    return [o.name for o in drafted(tmp_path, page).organisations]


@pytest.mark.parametrize(("text", "firm"), [
    ("今年4月，*ST恒远因涉嫌信息披露违规被立案调查，公司股价下跌5%。", "*ST恒远"),
    ("ST龙腾从收到问询函到回复仅用了7天，回复称营收下降12%。", "ST龙腾"),
    ("华岳股份30日晚间公布的半年报显示，上半年净利润增长12%。", "华岳股份"),
    ("对于行业情况，云峰科技表示，上半年订单同比增长8%。", "云峰科技"),
    ("签约仪式上，星河药业拟投资3.5亿元建设新厂，预计年产值10亿元。", "星河药业"),
    ("“消费回暖是大势所趋。”青禾影业副总经理张明说，暑期票房增长20%。", "青禾影业"),
    ("发布会上，红枣集团总裁王晓东称，新款手机将于下月上市，预计销量增长30%。", "红枣集团"),
])
def test_a_listed_firms_short_name_is_found(tmp_path: Path, text: str, firm: str) -> None:
    assert firm in _organisations(tmp_path, text)


@pytest.mark.parametrize("text", [
    "王明董事长表示，今年营收将增长10%。",
    "该公司董事长在会上表示，将继续扩大投资。",
    "时任公司总经理李华称，国有控股拟投资2亿元。",
    "他并向传媒表示，新能源汽车发布会将在下月举行。",
    "集团公司董事长在会上表示，子公司总经理将由外部招聘。",
])
def test_no_firm_where_the_cue_has_none(text: str) -> None:
    assert listed_firms_zh(text) == []


@pytest.mark.parametrize(("text", "division"), [
    ("价格监测处处长陈刚介绍，本月居民消费价格同比上涨1.2%。", "价格监测处"),
    ("會上，經濟研究處副處長林美玲指出，出口連續5個月增長。", "經濟研究處"),
])
def test_a_division_named_by_its_heads_title_is_a_body(tmp_path: Path, text: str, division: str) -> None:
    assert division in _organisations(tmp_path, text)


@pytest.mark.parametrize(("text", "division"), [
    ("能源局能源统计处今天公布，上月发电量同比增长6%。", "能源局能源统计处"),
    ("【本報訊】物價處昨天公布，5月消費者物價指數上升2.1%。", "物價處"),
])
def test_a_division_that_reports_is_a_body(tmp_path: Path, text: str, division: str) -> None:
    assert division in _organisations(tmp_path, text)


def test_a_quality_ending_in_chu_is_no_division(tmp_path: Path) -> None:
    found = _organisations(tmp_path, "这样做，好处表示得很清楚；各地到处公布新政，城市办事处表示支持。")
    assert not any(name.endswith(("好处", "到处", "办事处")) for name in found)
