"""Organisation kinds the latest held-back batches (a44- … a47-) missed or found wrongly, in English and Chinese."""

from __future__ import annotations

from briefkit.extract.body import Sentence
from briefkit.extract.entities import find_entities, with_outlet
from briefkit.extract.entities_zh import chinese_organisations
from briefkit.extract.orgknown import known_chinese_bodies
from briefkit.extract.orgsame import without_repeats


def _orgs(text: str, language: str = "en") -> list[str]:
    sentences = [Sentence(text=line, index=i, paragraph=i, heading=None) for i, line in enumerate(text.split("\n"))]
    return [o.name for o in find_entities(sentences, language)[0]]


def test_who_leads_a_body_is_no_part_of_its_name() -> None:
    found = _orgs("Reiterating the commitment of Siddaramaiah-led Congress government to farmers, the minister spoke.")
    assert "Siddaramaiah-led Congress" not in found


def test_a_sentence_adverb_before_the_company_said_is_no_body() -> None:
    found = _orgs("Operationally, the company said it completed its investment programmes.\n"
                  "Year-to-date, the group's sales rose.")
    assert "Operationally" not in found and "Year-to-date" not in found


def test_a_ministry_of_two_remits_is_one_body_and_its_short_form_the_same() -> None:
    found = _orgs("Union Health and Family Welfare Ministry has released funds to the state.\n"
                  "As Nadda said, Health Ministry is committed to public health.")
    assert found == ["Union Health and Family Welfare Ministry"]
    assert without_repeats(["Ministry of Health and Family Welfare", "Health Ministry"]) == [
        "Ministry of Health and Family Welfare"]
    assert without_repeats(["Ministry of Public Health", "Health Ministry"]) == [
        "Ministry of Public Health", "Health Ministry"]


def test_a_byline_or_a_signature_naming_a_body_names_an_organisation() -> None:
    lines = ["By Ministry of Infrastructure", "Director, Commonwealth Policy Center", "By Odisha Bhaskar Bureau",
             "Minister, Ministerial Services"]
    found = [o.name for o in with_outlet([], None, "Roads and bridges will be repaired.", lines)]
    assert found == ["Ministry of Infrastructure", "Commonwealth Policy Center"]


def test_a_meeting_ending_in_dahui_is_no_body() -> None:
    assert chinese_organisations("项目举行誓师大会。公司股东大会审议通过。") == []
    assert chinese_organisations("联合国大会通过决议。") == ["联合国大会"]  # a body jieba knows whole


def test_joint_issuers_run_together_are_two_bodies() -> None:
    found = chinese_organisations("芜湖市政务公开办公室市政府新闻办公室关于做好2020年度政府信息公开新闻发布工作的通知")
    assert found == ["芜湖市政务公开办公室", "市政府新闻办公室"]
    assert chinese_organisations("市直各相关单位召开新闻发布会需报经市政府分管负责同志同意") == []


def test_chinese_bureaus_jieba_splits_or_mistags() -> None:
    assert chinese_organisations("劳工及福利局局长孙玉菡表示") == ["劳工及福利局"]
    assert chinese_organisations("县政府办、财政局、审计局等部门负责人参加会议") == ["县政府办", "财政局", "审计局"]
    assert chinese_organisations("市发展改革委、市工业和信息化局") == ["市发展改革委", "市工业和信息化局"]
    assert chinese_organisations("自然资源分局、生态环境分局对服务项目作了表态") == ["自然资源分局", "生态环境分局"]
    assert "宣傳部" in chinese_organisations("縣委常委、宣傳部部長王某出席")
    assert chinese_organisations("国际政局动荡") == []


def test_a_party_committee_and_government_after_a_verb_are_the_pair() -> None:
    assert known_chinese_bodies("认真贯彻落实市委、市政府关于经济工作的部署") == ["市委", "市政府"]
    assert known_chinese_bodies("应环江县委、县政府的邀请") == []


def test_a_works_partners_and_funders_are_bodies() -> None:
    found = _orgs("The report, published in partnership with Hootsuite, shows growth. A study funded by the "
                  "Gates Foundation found more. We worked in partnership with the Bahamian people.")
    assert "Hootsuite" in found and "Gates Foundation" in found and "Bahamian" not in found


def test_an_outlets_news_tag_opening_a_chinese_text_is_no_organisation() -> None:
    found = _orgs("央视网消息(新闻联播):海关总署3月7日公布,今年前两个月我国外贸进出口总值5.44万亿元。", "zh")
    assert "央视网" not in found and "海关总署" in found
    found = _orgs("来源:大连天健网\n天健网消息(记者 冉嬛)1月14日,旅顺口区举行项目签约。", "zh")
    assert "天健网" not in found


def test_tiers_of_government_and_courts_and_each_body_of_a_kind_are_no_body() -> None:
    assert chinese_organisations("各镇政府要加强管理,各开发区管委会按照计划落实。") == []
    assert chinese_organisations("四川法院审理了案件,中央政府统筹分配。") == []
    assert chinese_organisations("朝阳区法院审理了案件。") == ["朝阳区法院"]


def test_a_council_closes_a_chinese_name_and_a_platform_is_no_broadcaster() -> None:
    assert chinese_organisations("明年度總預算經台中市議會決議刪減八千萬元。") == ["台中市議會"]
    assert chinese_organisations("这些地方议会的预算。") == []
    assert chinese_organisations("乘客在研究中心公交站台等车。") == []


def test_a_credits_writer_for_an_outlet_is_no_body() -> None:
    found = _orgs("James Halstead posted higher profits on Thursday.\nReporting by Josh White for Sharecast.com.")
    assert "Josh White for Sharecast.com" not in found


def test_a_firm_named_after_its_partners_with_commas_is_one_body() -> None:
    found = _orgs("The galleries were rebuilt in collaboration with Beyer, Blinder, Belle Architects LLP, and with "
                  "the museum's design department.")
    assert "Beyer" not in found and "Blinder" not in found
