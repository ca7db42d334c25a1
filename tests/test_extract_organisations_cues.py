"""Organisations without an institutional word, found by what the sentence says of them, in English and Chinese;
and the people, schemes and halls that are not organisations.

Small articles in the shapes real pages use, run end to end through the extractor.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import drafted


def _organisations(tmp_path: Path, text: str, title: str = "Rates rise again") -> list[str]:
    return [o.name for o in drafted(tmp_path, f"{title}\n\n{text}\n").organisations]


@pytest.mark.parametrize(("text", "present"), [
    ("The company said it will acquire Tennessee-based AOC from Lone Star Fund for $2.3 billion on Monday.",
     ["AOC"]),
    ("Recent stats from ABSA’s Agri Trends showed that wheat production fell by 23% this season.", ["ABSA"]),
    ("Production staff at BBC Scotland posed as winners, a survey of 1,660 people showed this week.",
     ["BBC Scotland"]),
    ("Employment rose by 47,000 in April. Quebec’s rate is the lowest since 1979, when Statistics Canada "
     "began collecting the data.", ["Statistics Canada"]),
    ("A spokesperson for Children in Need said the charity hoped its supporters would understand.",
     ["Children in Need"]),
    ("The utility, formerly known as Utah Power, wants to raise its charges by $115 million this year.",
     ["Utah Power"]),
    ("A statement by Comic Relief, which is the parent charity of Sport Relief, stressed the distinction.",
     ["Comic Relief"]),
    ("That is how the organisation Droogte Hulp came into being in 2017, farmers said on Monday.",
     ["Droogte Hulp"]),
    ("One of the nonprofits funded is the Ruth Home (Hogar Ruth), a shelter for survivors of abuse.",
     ["Ruth Home"]),
    ("Sina Corp catapulted about 11% after Alibaba agreed to buy 18% of its microblogging services, Weibo.",
     ["Weibo"]),
    ("“All of that is lost,” the farmer told the Sunday Times on Friday, standing in his field.", ["Sunday Times"]),
    ("Cisco (ticker: CSCO) expects the deal to close in the current quarter, analysts said.", ["Cisco"]),
    ("Lenders such as Barclays, Lloyds and NatWest cut their rates by 0.5 percentage points on Monday.",
     ["Barclays", "Lloyds", "NatWest"]),
    ("Other clubs like Arsenal and Liverpool copied the strategy, spending £200m on players.",
     ["Arsenal", "Liverpool"]),
    # an acronym that speaks is a body's, under the name the text spells out when it does
    ("The CDC said 1,200 cases were recorded last week, up 8% on the week before.", ["CDC"]),
    ("State regulators dealt United Illuminating a major blow on Friday. UI said it would appeal the ruling.",
     ["United Illuminating"]),
])
def test_bodies_without_an_institutional_word(tmp_path: Path, text: str, present: list[str]) -> None:
    found = _organisations(tmp_path, text)
    assert all(p in found for p in present), found


@pytest.mark.parametrize(("text", "absent"), [
    # a person's surname once the article gave the first name; a person whose surname speaks alone
    ("An expert, Anthony Yankel, told the commission that bills will rise 35.1 percent, according to Yankel.",
     ["Yankel"]),
    ("Piet Mothepo, the owner of the farm, lost his crop. “It is all lost,” Mothepo told reporters on Friday.",
     ["Piet Mothepo"]),
    # a title before a name; a scheme a body runs; a nationality; a photo's credit; a name's tail
    ("“It’s a restoration budget,” said Christopher Walker, spokesman for Mayor Thomas Koch, on Monday.",
     ["Mayor Thomas Koch"]),
    ("Through the Hazard Mitigation Grant Program, FEMA has awarded $2,315,164 to the city for the project.",
     ["Hazard Mitigation Grant Program"]),
    ("Shares of Chinese social networking giant Sina Corp catapulted about 11% by afternoon trade.", ["Chinese"]),
    ("Farmers face a knock-on effect on the economy. Picture: AFP.\nThe drought has cost R2 billion.", ["AFP"]),
    ("Children in Need said the charity hoped its supporters would understand the distinction.", ["Need"]),
    ("The CEO said revenue rose 8% as the GDP figures improved, and the ICU had 12 beds free.", ["CEO", "GDP", "ICU"]),
    # a word and a country make a body only where the name speaks or is a source
    ("Prime Minister Rishi Sunak said investment rose 5%, while Brexit Britain struggled to grow.", ["Brexit Britain"]),
])
def test_what_is_no_organisation(tmp_path: Path, text: str, absent: list[str]) -> None:
    found = _organisations(tmp_path, text)
    assert not any(a in found for a in absent), found


def test_known_bodies_stay_bodies(tmp_path: Path) -> None:
    """Guards of the person checks: "Regulator Ofgem" is no first name, "Wells Fargo said" no surname."""
    found = _organisations(tmp_path, "Regulator Ofgem is to raise the energy price cap by £87. Analysts at Wells "
                           "Fargo said rates would fall, and Cisco Systems said its deal would close.")
    assert {"Ofgem", "Wells Fargo", "Cisco Systems"} <= set(found), found


@pytest.mark.parametrize(("text", "present", "absent"), [
    ("当天签约的3个重大项目分别为:成都南辉实业股份有限公司计划投资17.48亿元建设物流园项目,以及湖北三环程镫有限公司"
     "计划投资3.5亿元建设汽车灯具项目。", ["成都南辉实业股份有限公司", "湖北三环程镫有限公司"], ["有限公司"]),
    ("其中,乾龙卢氏(北京)投资公司计划投资55亿元,建设一个服装产业中心。", ["乾龙卢氏(北京)投资公司"], ["投资公司"]),
    ("本次活动吸引到西门子、腾讯、华为、马士基等111家知名企业参加。", ["西门子", "腾讯", "华为", "马士基"], []),
    ("最大的一个工业项目由研祥集团投资30亿元,在蓉设立西南生产基地。", ["研祥集团"], []),
    ("安徽机电技术职业学院党委书记张光胜出席活动。", ["安徽机电技术职业学院"], []),
    ("8月6日,记者从省工信厅获悉,上半年全省工业企业实现营业收入19644.7亿元。", ["省工信厅"], []),
    ("在十九大新闻中心新闻发布厅,时常可以见到中外记者一路小跑着穿梭其间。", [], ["中心新闻发布厅", "新闻发布厅"]),
])
def test_chinese_companies_and_bodies(tmp_path: Path, text: str, present: list[str], absent: list[str]) -> None:
    found = _organisations(tmp_path, text, title="项目集中签约")
    assert all(p in found for p in present), found
    assert not any(a in found for a in absent), found
