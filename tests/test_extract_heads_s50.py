"""Head facts in layouts the stop-50 study batches showed: a credit field flattened into table cells ("记者: | 王磊 |"),
the Malaysian spelling 报导 of a reporter's 報導, a Malaysian paper's dated dateline tag ("【砂拉越14日讯】"), a
standfirst naming its writer ("Suzanne O’Connell looks at …", "In the last of this series …, NAME explains"), and a
blog's masthead line over its post."""

from __future__ import annotations

from pathlib import Path

from conftest import HARBOUR_BODY, drafted, source_of

_ZH_STORY = ("国庆中秋双节将至,为切实消除火灾隐患,保障辖区群众生命财产安全,连日来,消防救援大队聚焦人员密集的重点场所,"
             "开展节前消防安全专项检查。\n\n此次检查覆盖辖区学校、公共娱乐场所等关键区域,重点检查消防设施器材完好有效性。\n")
_MY_STORY = ("翻开报纸,连教师也贩毒了!之前读到不少毒品入侵校园的报道,最近也有教师贩毒。警方扫毒行动,范围也扩大到校园,"
             "对中学甚至小学展开行动了。\n\n小学生涉毒很大可能是因为年幼无知被利用,所以正面的教育很重要。\n")


def test_credit_fields_flattened_into_table_cells_credit_reporter_and_editors(tmp_path: Path) -> None:
    text = ("东兴区开展节前消防检查\n时间:2025-09-25 20:00:00\n" + _ZH_STORY
            + "记者: | 王磊 |\n编辑: | 谌平 |\n责编: | 邱田 |\n评论\n")
    meta = drafted(tmp_path, text).meta
    assert (meta.authors, meta.editors) == (["王磊"], ["谌平", "邱田"])


def test_a_reporter_line_closed_by_the_malaysian_baodao_credits_the_reporter(tmp_path: Path) -> None:
    text = "警方扫毒范围扩大到校园\n\n王晓明 吉隆坡报导\n\n【吉隆坡14日讯】" + _MY_STORY
    assert drafted(tmp_path, text).meta.authors == ["王晓明"]


def test_a_dated_tag_naming_a_state_is_a_dateline_not_an_outlet(tmp_path: Path) -> None:
    assert source_of(tmp_path, "警方扫毒范围扩大到校园\n\n【砂拉越14日讯】" + _MY_STORY) is None


def test_an_outlets_dated_tag_still_credits_the_outlet(tmp_path: Path) -> None:
    assert source_of(tmp_path, "警方扫毒范围扩大到校园\n\n【星洲日报14日讯】" + _MY_STORY) == "星洲日报"


def test_a_standfirst_naming_an_irish_surname_credits_the_writer(tmp_path: Path) -> None:
    text = ("A tale of 30 Ofsted reports\n\nWritten by: HTU | Published:\n\n"
            "With its focus on leadership, the new Ofsted framework is leaving nowhere to hide. Suzanne O’Connell "
            "looks at 30 recent Ofsted reports to find out what lessons we can learn\n\n" + HARBOUR_BODY)
    assert drafted(tmp_path, text).meta.authors == ["Suzanne O’Connell"]


def test_a_series_standfirst_naming_who_explains_credits_the_writer(tmp_path: Path) -> None:
    text = ("How coroners arrive at their conclusions\n\n"
            "In the last of this three-part series explaining how the inquest process works, Susan Hale explains "
            "inquest conclusions and what they mean.\n\n" + HARBOUR_BODY)
    assert drafted(tmp_path, text).meta.authors == ["Susan Hale"]


def test_a_news_lead_where_someone_explains_names_no_writer(tmp_path: Path) -> None:
    text = ("Harbour freight climbs in spring\n\n"
            "In the first of the council's meetings on the plan, the chair, John Smith explains the budget.\n\n"
            + HARBOUR_BODY)
    assert drafted(tmp_path, text).meta.authors == []


def test_a_blogs_masthead_over_its_post_is_the_source(tmp_path: Path) -> None:
    text = ("Harbourside Blog\n\nHarbour freight climbs in spring\n\nJuly 6, 2023\n\n" + HARBOUR_BODY)
    assert source_of(tmp_path, text) == "Harbourside Blog"



def _contributor_page(name: str, bio: str) -> str:
    return ("Summary of 1 July visa changes: what you need to know\n\nHL\n" + name + "\n\nContributor\n\n" + bio
            + "\nChanges that impact many applicants and current visa holders in Australia, including employers.\n"
            "Australia Immigration\n\n" + HARBOUR_BODY)


def test_a_contributor_box_describing_a_firm_names_no_author(tmp_path: Path) -> None:
    text = _contributor_page("Weston Carlyle Rojas", "Weston Carlyle Rojas is an Australian firm providing "
                             "accessible legal advice across business and personal law.")
    assert drafted(tmp_path, text).meta.authors == []


def test_a_contributor_box_describing_a_persons_role_at_a_firm_keeps_the_author(tmp_path: Path) -> None:
    text = _contributor_page("Jane Weston", "Jane Weston is a partner at the law firm and advises employers on "
                             "migration law.")
    assert drafted(tmp_path, text).meta.authors == ["Jane Weston"]


def test_an_author_box_over_the_story_credits_writer_and_outlet(tmp_path: Path) -> None:
    text = ("Harbour freight climbs in spring\n\n"
            "Harbourside.ng’s Pascal Okafor has reported on tech, energy and the economy for over a decade.\n\n"
            + HARBOUR_BODY)
    meta = drafted(tmp_path, text).meta
    assert (meta.authors, meta.source) == (["Pascal Okafor"], "Harbourside.ng")


def test_a_story_about_a_companys_reporter_names_no_writer(tmp_path: Path) -> None:
    text = ("Harbour freight climbs in spring\n\n"
            "The board’s chairman said the figures were encouraging, and that cargo would keep rising through the "
            "summer as new routes to Asia opened and a busier cruise season brought more visitors.\n\n" + HARBOUR_BODY)
    assert drafted(tmp_path, text).meta.authors == []
