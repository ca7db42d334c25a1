"""Head facts in layouts the stop-47 held-back pages showed (studied at stop 48): a government portal's disclosure
field naming its own office, a counter's label run into the field before it, a "Back" link read with the masthead,
a breadcrumb's "Home" run into its section, a wire set off in an aggregator's lead, a wire's copy "see below", a
financial app's 讯, a PR team's byline, a headline whose dash suffix the page repeats in the title's copy, and a
headline the lead restates."""

from __future__ import annotations

from pathlib import Path

from conftest import HARBOUR_BODY, drafted, found_title, source_of

_ZH_NOTICE = ("各县(市、区)人民政府,市政府各部门:\n\n"
              "为充分发挥新闻发布的平台作用,增强我市政府信息公开工作的实效,现将有关事项通知如下。\n\n"
              "各单位要高度重视新闻发布工作,确定一名分管负责同志,按季度报送发布计划。\n")


def test_a_portals_disclosure_field_naming_its_government_is_no_source(tmp_path: Path) -> None:
    text = ("滨湖市政务公开办公室关于做好2020年度新闻发布工作的通知\n\n"
            "发布时间:2020-02-26 16:58信息来源: 滨湖市人民政府阅读次数:编辑:刘利娟 字体:【\n\n" + _ZH_NOTICE)
    brief = drafted(tmp_path, text)
    assert brief.meta.source is None
    assert brief.meta.editors == ["刘利娟"]


def test_a_counters_label_ends_the_field_before_it(tmp_path: Path) -> None:
    text = ("滨湖港一季度吞吐量增长3.8%\n\n发布日期:2023-04-26 14:43:05 来源:滨湖日报阅读次数:编辑:刘利娟 字体:[ ]\n\n"
            + _ZH_NOTICE)
    assert source_of(tmp_path, text) == "滨湖日报"


def test_a_disclosure_field_naming_a_paper_is_still_its_source(tmp_path: Path) -> None:
    text = ("滨湖港一季度吞吐量增长3.8%\n\n发布日期:2023-04-26 信息来源:滨湖日报 字体:[ ]\n\n" + _ZH_NOTICE)
    assert source_of(tmp_path, text) == "滨湖日报"


def test_a_back_link_is_no_part_of_the_masthead(tmp_path: Path) -> None:
    text = ("Back Harbour Ledger News | |||||||\nApril 20, 2021\nCargo volumes climb again at the harbour\n"
            "By Ann Pellow\n\n" + HARBOUR_BODY)
    assert source_of(tmp_path, text) == "Harbour Ledger News"


def test_a_breadcrumbs_home_run_into_its_section_is_no_outlet(tmp_path: Path) -> None:
    text = (" date 2021-04-20 HomeNewsline\n\nCargo volumes climb again at the harbour\n\n" + HARBOUR_BODY)
    assert source_of(tmp_path, text) is None


def test_a_wire_set_off_in_the_leads_first_sentence_is_its_source(tmp_path: Path) -> None:
    text = ("Harbour board chairman resigns as port loses its majority\n\n"
            "The harbour board's chairman resigned on Friday, Reuters reports, in a move that leaves the board "
            "without a working majority.\n\n" + HARBOUR_BODY)
    assert source_of(tmp_path, text) == "Reuters"


def test_a_speaker_set_off_in_the_lead_credits_no_source(tmp_path: Path) -> None:
    text = ("Harbour board chairman resigns as port loses its majority\n\n"
            "The harbour board's chairman resigned on Friday, Smith said, in a move that leaves the board "
            "without a working majority.\n\n" + HARBOUR_BODY)
    assert source_of(tmp_path, text) is None


def test_a_wires_copy_below_credits_the_wire(tmp_path: Path) -> None:
    text = ("Harbour board warns it may close the outer berths\n\n" + HARBOUR_BODY
            + "\nFor more reporting from the Associated Press, see below.\n\n"
            "Shipping agents said the closure would divert at least a dozen calls a week to other ports.\n")
    assert source_of(tmp_path, text) == "Associated Press"


def test_a_financial_apps_xun_credits_the_outlet(tmp_path: Path) -> None:
    text = ("滨湖港一季度吞吐量增长3.8%\n\n"
            "滨湖财经APP讯,滨湖港(600001.SH)在3月30日接受调研时表示,今年一季度港口货物吞吐量同比增长3.8%。\n\n"
            "管理局负责人说,两台新吊机投入使用后,增长势头有望延续到夏季。\n")
    assert source_of(tmp_path, text) == "滨湖财经APP"


def test_a_pr_teams_byline_credits_its_firm(tmp_path: Path) -> None:
    text = ("Nine harbour press releases worth learning from\n\nBy Harbour Newswire PR Team | 10+ Years Experience\n\n"
            + HARBOUR_BODY)
    assert source_of(tmp_path, text) == "Harbour Newswire"


def test_a_dash_suffix_repeated_in_the_titles_copy_is_the_headline(tmp_path: Path) -> None:
    text = ("Food Banks & Volunteering – Not Just For Christmas\n\n" + HARBOUR_BODY
            + "\nFood Banks & Volunteering - Not Just For Christmas\nAlmost 20% increase on the previous year\n\n"
            "Shipping agents called the figures encouraging.\n")
    assert found_title(tmp_path, text) == "Food Banks & Volunteering – Not Just For Christmas"
    assert source_of(tmp_path, text) is None


def test_a_headline_the_lead_restates_is_the_title(tmp_path: Path) -> None:
    text = ("Harbour board opens the new container berth at Porthleven.\n"
            "Amid Wednesday's strike, Harbour board opens the new container berth at Porthleven.\n"
            "The chairman was joined by the mayor and the two county councillors for the ceremony on the quay.\n"
            "He said the berth would take the larger ships that now call at other ports along the coast.\n")
    assert found_title(tmp_path, text) == "Harbour board opens the new container berth at Porthleven."


def test_a_wire_cited_further_down_is_no_source(tmp_path: Path) -> None:
    text = ("Harbour board raises berth fees to 19 per cent above last year\n\n"
            "Porthleven, Sep 13 The harbour board has raised its berth fees by 19 per cent, the board said in a "
            "statement on Friday.\n\n"
            "The rise comes four days before the lenders review the board's loan of $8 million, Reuters "
            "reported.\n\nShipping agents called the rise unwelcome.\n")
    assert source_of(tmp_path, text) is None


def test_a_headline_after_a_copys_date_stamp_beats_the_subheading(tmp_path: Path) -> None:
    text = (" date 2018-08-09 Fresh harbour misery as more strike dates announced\n\n"
            "Pilots will strike again\n" + HARBOUR_BODY)
    assert found_title(tmp_path, text) == "Fresh harbour misery as more strike dates announced"


def test_a_brands_news_sign_off_under_a_chinese_story_is_its_source(tmp_path: Path) -> None:
    text = ("政府统计处公布,经季节性调整的失业率由3.7%上升至3.9%,高於市场预期。\n\n"
            "劳工及福利局局长表示,今年7月至9月的失业率上升,主要受建造业影响。\n\n"
            "展望未来,局长说,香港经济继续扩张,预计会为职位增长提供支持。\n\nHARBOURSTOCKS新闻\n")
    assert source_of(tmp_path, text) == "HARBOURSTOCKS新闻"


def test_a_headlines_own_list_after_a_dash_is_no_attribution_deck(tmp_path: Path) -> None:
    headline = "Harbour party won 61% of votes at local polls, Dock alliance 34% -ACF nets 4%"
    assert found_title(tmp_path, headline + "\n\n" + HARBOUR_BODY) == headline
    text = "Harbour board committed to dredging the outer channel by 2027 -Minister Pellow at board meeting\n\n" \
        + HARBOUR_BODY
    assert found_title(tmp_path, text) == "Harbour board committed to dredging the outer channel by 2027"


def test_a_department_desk_is_no_outlet(tmp_path: Path) -> None:
    text = ("Press Release February 13, 2019\n\nInterruption in Harbour Ferry Service\n\nFrom: Communications\n\n"
            + HARBOUR_BODY)
    assert source_of(tmp_path, text) is None


def test_a_headline_naming_the_week_it_covers_gives_no_date(tmp_path: Path) -> None:
    text = ("New harbour routes launched (28 February 2017 – 6 March 2017)\n\nPorthleven to Scilly\n\n"
            + HARBOUR_BODY)
    brief = drafted(tmp_path, text)
    assert brief.meta.title == "New harbour routes launched (28 February 2017 – 6 March 2017)"
    assert brief.meta.date is None


def test_a_reposts_closing_credit_gives_the_paper_and_its_day(tmp_path: Path) -> None:
    text = ("Harbour gets new cranes\nHome › Harbour gets new cranes\n\n" + HARBOUR_BODY.rstrip()
            + " (Lakeview Herald: July 28, 2017)\n")
    brief = drafted(tmp_path, text)
    assert brief.meta.source == "Lakeview Herald"
    assert str(brief.meta.date) == "2017-07-28"


def test_a_file_photo_credit_and_byline_bar_close_a_caption(tmp_path: Path) -> None:
    text = ("Storm Lawin left eight dead and two missing in its wake as it leaves the harbour. Harbourstar/File photo "
            "| Ann Pellow |\n" + HARBOUR_BODY)
    assert found_title(tmp_path, text) is None


def test_a_stations_player_is_no_title(tmp_path: Path) -> None:
    text = ("On Air Now\n\nMiddays With Ann Pellow\n\n10:00am - 2:00pm\n\nNow Playing\n\nDownload\n\n"
            "Harbour Wins Gold at Regatta\n\nPhoto Credit: Harbour Board\n\n" + HARBOUR_BODY)
    assert found_title(tmp_path, text) not in ("On Air Now", "Now Playing")


def test_interface_labels_run_together_are_no_title(tmp_path: Path) -> None:
    text = ("Search or enter article URL...Enter keyword or article URL...\nHarbour Traffic Causes Major Delays\n"
            "Story ArchivedCreated3mo •Last postseconds\nKey Points\nAI Generated\nUpdated Oct 14, 10:51 am cst\n"
            "History\n" + HARBOUR_BODY)
    assert found_title(tmp_path, text) == "Harbour Traffic Causes Major Delays"


def test_an_e_papers_masthead_and_day_without_its_ri(tmp_path: Path) -> None:
    text = ("滨湖报数字报纸\n\n2025年1月3星期五\n刊号:CN-35(Q)第0065号\n\n放大 缩小 默认\n\n"
            "滨湖港一季度吞吐量增长3.8%\n\n"
            "管理局表示,今年一季度港口货物吞吐量同比增长3.8%,集装箱航班在三月大风后明显回升。\n\n"
            "管理局负责人说,两台新吊机投入使用后,增长势头有望延续到夏季。\n\n(中国新闻网)\n")
    brief = drafted(tmp_path, text)
    assert brief.meta.title == "滨湖港一季度吞吐量增长3.8%"
    assert str(brief.meta.date) == "2025-01-03"
    assert brief.meta.source == "中国新闻网"


def test_a_long_line_closed_by_the_day_is_a_ledes_clause(tmp_path: Path) -> None:
    text = (" date 2021-01-08 Harbour master Ann Pellow toured the outer quay and inspected works on the new berth, "
            "the slipway and the sea wall on Thursday\n\n" + HARBOUR_BODY)
    assert found_title(tmp_path, text) is None


def test_a_hotline_is_no_title_and_according_to_no_part_of_the_outlet(tmp_path: Path) -> None:
    text = ("新聞熱線:0855-8222000\n據滨湖政府網消息 2月21日,省電視臺記者一行4人到滨湖港探民情、訪民生。\n"
            "管理局負責人說,兩台新吊機投入使用後,增長勢頭有望延續到夏季。\n")
    brief = drafted(tmp_path, text)
    assert brief.meta.title != "新聞熱線:0855-8222000"
    assert brief.meta.source == "滨湖政府網"


def test_a_trail_with_its_marks_and_a_kind_run_onto_the_headline(tmp_path: Path) -> None:
    text = "Home > Harbour Blog > Harbour Reports: Useful or Useless?\n\nHarbour Reports: Useful or Useless?\n\n"
    assert found_title(tmp_path, text + HARBOUR_BODY) == "Harbour Reports: Useful or Useless?"
    text = "Speech The Harbour Board Review and Dredging Policy\n\nWatch video: Address at the Harbour Lunch\n\n"
    assert found_title(tmp_path, text + HARBOUR_BODY) == "The Harbour Board Review and Dredging Policy"


def test_a_courtesy_title_before_a_writers_full_name_comes_off(tmp_path: Path) -> None:
    text = ("Harbour Master's Report\n\nMrs Ann Pellow\n\n" + HARBOUR_BODY + "\nMrs Ann Pellow\n\nHarbour Master\n")
    assert drafted(tmp_path, text).meta.authors == ["Ann Pellow"]


def test_a_trail_glued_onto_a_headline_in_capitals_comes_off(tmp_path: Path) -> None:
    text = ("Ports and GovernanceHARBOUR BOARD DISTRIBUTES P12.36M IN AID TO FISHERS\n\n"
            "HARBOUR BOARD DISTRIBUTES P12.36M IN AID TO FISHERS\n\n-\n\n- Public Service Reminder -spot_img\n\n"
            "PORTHLEVEN, Cornwall — The harbour board distributed P12.36 million in aid to fishers on Thursday.\n\n"
            + HARBOUR_BODY)
    assert found_title(tmp_path, text) == "HARBOUR BOARD DISTRIBUTES P12.36M IN AID TO FISHERS"


def test_the_ledes_opening_cut_short_over_it_is_no_title(tmp_path: Path) -> None:
    lede = ("On April 11, the harbour board and the county council released their plans in response to the storm, "
            "outlining their steps to rebuild the outer quay and the sea wall.")
    text = lede[:lede.index("outlining") + len("outlining their steps to")] + "\n" + lede + "\n" + HARBOUR_BODY
    assert found_title(tmp_path, text) is None


def test_a_reposts_closing_credit_leaves_the_drafted_text(tmp_path: Path) -> None:
    text = ("Harbour gets new cranes\n\n" + HARBOUR_BODY.rstrip() + " (Lakeview Herald: July 28, 2017)\n")
    brief = drafted(tmp_path, text)
    said = " ".join([brief.summary or "", *(p.text for p in brief.key_points), *(b for b in brief.background)])
    assert "Lakeview Herald: July 28" not in said
    assert brief.meta.outlet == "Lakeview Herald"
    assert [s.publisher for s in brief.sources] == ["Lakeview Herald"]  # said once, not "X (X)"
