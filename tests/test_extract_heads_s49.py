"""Head facts in layouts the stop-49 study batches showed: a Hong Kong paper's bracketed 訊 before an intern
reporter, a closing note whose label joins two roles ("文/圖:"), a radio call sign in an author box, a title bar
whose site part carries a slogan and an address, a headline set in small letters over its subtitle, an e-paper's
edition path ("农村金融时报/2025 年/8 月/4 日/第 A07 版"), a copy button over the headline, a Chinese headline
over its reporter line, a writer named before the reporter in the lead's note, and a station's sign-off."""

from __future__ import annotations

from pathlib import Path

from conftest import HARBOUR_BODY, drafted, found_title, source_of

_ZH_STORY = ("发展局局长昨日到葵青主持启动礼,之后与多位官员探访区内基层家庭,向他们派发礼物包。\n\n"
             "启动礼昨午在荔景社区会堂举行,区内超过30个社福机构和地方团体将动员数以百计的人手,探访2.3万个长者家庭。\n")


def test_a_bracketed_news_tag_before_an_intern_reporter_credits_the_reporter(tmp_path: Path) -> None:
    text = ("局长落区葵青访基层派礼包\n\n2017-05-24\n\n"
            "【香港商報網訊】實習記者葉柏希報道:" + _ZH_STORY)
    assert drafted(tmp_path, text).meta.authors == ["葉柏希"]


def test_a_closing_note_joining_writer_and_photographer_credits_the_writer(tmp_path: Path) -> None:
    text = ("公司成功中标机电工程改造总承包项目\n\n"
            "近日,公司又成功中标城市设计产业中心机电工程改造总承包项目,项目合同金额8460.47万元,工程建筑面积48948平方米。\n\n"
            "该项目是事业部成立以来独立承接的第四个项目,也是事业部目前单个合同额最高的建筑项目。\n(文/圖:周曦 )\n")
    assert drafted(tmp_path, text).meta.authors == ["周曦"]


def test_an_editing_note_joining_two_roles_credits_no_writer(tmp_path: Path) -> None:
    text = ("公司成功中标机电工程改造总承包项目\n\n"
            "近日,公司又成功中标城市设计产业中心机电工程改造总承包项目,项目合同金额8460.47万元,工程建筑面积48948平方米。\n\n"
            "该项目是事业部成立以来独立承接的第四个项目,也是事业部目前单个合同额最高的建筑项目。\n(编辑/校对:周曦 )\n")
    assert drafted(tmp_path, text).meta.authors == []


def test_a_call_sign_in_an_author_box_names_no_author(tmp_path: Path) -> None:
    text = ("Field Day Aftermath\n\n" + HARBOUR_BODY + "\n\nRichard Matthews\n\nAuthor: KB4CAY\n\n"
            "Ham since 1981. Secretary of the club.\n")
    assert "Kb4Cay" not in drafted(tmp_path, text).meta.authors
    assert "KB4CAY" not in drafted(tmp_path, text).meta.authors


def test_a_title_bars_site_part_without_its_slogan_and_address_is_the_source(tmp_path: Path) -> None:
    text = (" date 2017-10-24 Rotarians donate wheelchairs to hospital - KUAM.com-KUAM News: On Air. Online. "
            "On Demand.\n\nRotarians donate wheelchairs to hospital\n\nPosted: Updated:\n\n" + HARBOUR_BODY)
    assert source_of(tmp_path, text) == "KUAM News"


def test_a_headline_in_small_letters_keeps_its_subtitle_apart(tmp_path: Path) -> None:
    text = ("exhibiting a model railway at a model railway exhibition\n\nthe pitfalls of exhibiting laid bare\n\n"
            + HARBOUR_BODY)
    assert found_title(tmp_path, text) == "exhibiting a model railway at a model railway exhibition"


def test_a_headline_broken_over_two_lines_is_still_joined(tmp_path: Path) -> None:
    text = ("Harbour board plans a new freight terminal\n\nacross the northern quay by 2026\n\n" + HARBOUR_BODY)
    assert found_title(tmp_path, text) == "Harbour board plans a new freight terminal across the northern quay by 2026"


_EPAPER = ("正文复制\n\n\n农村金融时报/2025 年/8 月/4 日/第 A07 版农信\n山东微山农商银行\n\n惠农贷款精准服务田间地头\n"
           "本报记者 田耿文\n为确保高温天气下金融服务不断档,微山农商银行主动下沉服务重心,"
           "流动金融服务队的工作人员奔走于田间地头。\n"
           "截至 6 月末,微山农商银行累计发放涉农贷款 2.57 万户、金额 85.15 亿元;累计发放乡村振兴贷款 2.11 万户。\n")


def test_an_epapers_edition_path_gives_the_paper_and_the_day(tmp_path: Path) -> None:
    meta = drafted(tmp_path, _EPAPER).meta
    assert str(meta.date) == "2025-08-04"
    assert meta.source == "农村金融时报"


def test_the_headline_over_its_reporter_line_wins_over_a_copy_button_and_a_banks_name(tmp_path: Path) -> None:
    meta = drafted(tmp_path, _EPAPER).meta
    assert meta.title == "惠农贷款精准服务田间地头"
    assert meta.authors == ["田耿文"]


def test_a_writer_named_before_the_reporter_in_the_leads_note_is_credited_too(tmp_path: Path) -> None:
    text = ("中國食品安全網訊(李若琳 記者陳家華)春節即將來臨,為穩定轄區內節日市場秩序,規范經營行為,"
            "確保節日期間食品安全。"
            "日前,龍海區市場監管局積極組織執法力量,在全區範圍內開展節前食品安全專項檢查整治行動。\n\n"
            "此次專項檢查行動,以人流量大的市場、超市、食品批發、零售經營戶等場所為重點區域,嚴把市場主體準入關。\n")
    meta = drafted(tmp_path, text).meta
    assert meta.authors == ["李若琳", "陳家華"]
    assert meta.source == "中國食品安全網"


def test_a_stations_sign_off_names_the_reporter_and_the_station(tmp_path: Path) -> None:
    text = ("Sunday Morning House Fire Nearly a Total Loss\n\n"
            "Twenty-three firefighters and nine units arrived to a house engulfed in flames around 11 a.m. Sunday. "
            "It took firefighters 40 minutes to put out the fire.\n\n"
            "Newschannel 6 spoke to the father off camera. He said he is thankful to the community for stepping "
            "forward to help them during this difficult time.\n\nCrystal Hall Newschannel 6.\n")
    meta = drafted(tmp_path, text).meta
    assert meta.authors == ["Crystal Hall"]
    assert meta.source == "Newschannel 6"


def test_a_station_the_story_never_names_again_is_no_sign_offs_source(tmp_path: Path) -> None:
    text = ("Sunday Morning House Fire Nearly a Total Loss\n\n"
            "Twenty-three firefighters and nine units arrived to a house engulfed in flames around 11 a.m. Sunday. "
            "It took firefighters 40 minutes to put out the fire.\n\nCrystal Hall Channel 9.\n")
    assert drafted(tmp_path, text).meta.source != "Channel 9"
