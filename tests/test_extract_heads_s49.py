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


_TW_STORY = ("  【彰化訊】彰化縣福興鄉大喜事!福興鄉公所辦公廳舍重建工程及鄉立紀念圖書館,2日上午舉辦落成典禮,"
             "各界嘉賓雲集陸續到場祝賀。"
             "新建辦公廳舍規劃地上四層、地下一層,落成啟用後,將可大幅提高辦公效率與服務品質。\n\n"
             "鄉長表示,新廳舍啟用後將提供鄉親更便利的服務,圖書館也將開放給全鄉民眾使用。\n")


def test_where_a_reporter_filed_from_is_no_name_and_a_towns_news_tag_no_outlet(tmp_path: Path) -> None:
    text = ("福興鄉公所辦公廳舍及鄉立紀念圖書館落成啟用\n\n  1. 檢舉\n  2. 列印\n\n"
            "記者:林家慶 / 彰化縣 報導 發佈時間:2023-12-02 14:12:27\n\n" + _TW_STORY)
    meta = drafted(tmp_path, text).meta
    assert meta.authors == ["林家慶"]
    assert meta.source != "彰化"


def test_a_closing_tag_line_naming_the_person_the_story_quotes_is_no_signature(tmp_path: Path) -> None:
    text = ("DOTD closes roads due to high water\nPosted on 6/22/2017 12:14:00 PM.\n\n"
            "State Transportation Secretary Shawn Wilson advises residents to take caution while driving today. "
            "He says 18 corridors across the southern half of the state have road closures on them.\n\n"
            "Wilson says drivers should never cross flooded roadways, and he encourages motorists to check the "
            "department's website for up to date travel information before they set out.\n\n"
            "Shawn Wilson, DOTD, Tropical Storm Cindy\n")
    assert drafted(tmp_path, text).meta.authors == []


def test_a_letters_signature_still_signs_it(tmp_path: Path) -> None:
    text = ("Keep the harbour ferry running\n\nDear editor,\n\n"
            "The council's plan to cut the harbour ferry would leave hundreds of commuters without a way to work, "
            "and the savings it claims are small beside the cost to the town's businesses.\n\n"
            "I urge every councillor to vote against the cut when it comes before them next month.\n\n"
            "Margaret Holloway, Seaview\n")
    assert drafted(tmp_path, text).meta.authors == ["Margaret Holloway"]


def test_a_sidebars_heading_is_no_title(tmp_path: Path) -> None:
    assert found_title(tmp_path, "Table of Contents\n\n" + HARBOUR_BODY) != "Table of Contents"


def test_a_blogs_photo_box_is_no_title_and_a_column_name_after_the_headline_goes(tmp_path: Path) -> None:
    text = ("简介\n\n我的照片\n资深报人,著名时评政论家,厦门大学文学博士。\n\n9.12.16\n\n"
            "华小需要“真命天子”打救?(现代春秋)\n\n"
            "不论是教总出版的调查报告或是教育界的研究报告都反映出,马来西亚有不少华小面对学生人数不足的问题,"
            "一些学校甚至只剩下十多名学生。\n\n尽管如此,在所谓“一间都不能少”的信念下,也就有人坚持在缺乏学生下,继续维持学校的运作。\n")
    assert found_title(tmp_path, text) == "华小需要“真命天子”打救?"


def test_a_documents_status_note_after_its_title_stays() -> None:
    from briefkit.extract.titleedges import trimmed

    assert trimmed("关于公开征求意见的通知(征求意见稿)") == "关于公开征求意见的通知(征求意见稿)"


def test_a_name_under_a_pictures_caption_is_its_photographer(tmp_path: Path) -> None:
    text = ("Mortgage rates surge past 7%, hit highest level since 2002\n"
            "Townhomes under construction are shown in 2022 in Mars, Pa. Freddie Mac reported the average rates.\n"
            "Gene J. Puskar\n" + HARBOUR_BODY)
    assert drafted(tmp_path, text).meta.authors == []


def test_a_name_under_a_standfirst_is_still_its_byline(tmp_path: Path) -> None:
    text = ("Harbour freight climbs in spring\n"
            "Cargo volumes rose for a third month as the new terminal opened to container ships.\n"
            "Ann Pellow\n" + HARBOUR_BODY)
    assert drafted(tmp_path, text).meta.authors == ["Ann Pellow"]


def test_a_results_pages_score_line_is_no_title(tmp_path: Path) -> None:
    text = ("Friday Night High School Scoreboard\n\nFLORIDA\n\nTate 54, Crestview 30\n\nJay 41, Wewahitchka 0\n\n"
            "Pensacola High 28, West Florida 21\n\n" + HARBOUR_BODY)
    assert found_title(tmp_path, text) == "Friday Night High School Scoreboard"


def test_a_tag_opening_item_after_item_is_no_outlet(tmp_path: Path) -> None:
    text = ("GAA club championship county by county guide\n\n"
            "SFC: Gary Sice kicked 1-4 as Corofin returned to the summit of club football in Galway, dethroning "
            "Salthill-Knocknacarra in the process, 2-13 to 0-7 the final score.\n\n"
            "SFC: Micheal McWeeney and Alan Doherty notched 1-2 apiece as St Mary's Kiltogert scored a 2-14 to 2-8 "
            "final win over Mohill.\n\n"
            "SFC: Castlebar Mitchels ended a 20-year famine when overcoming Breaffy (1-11 to 0-8) in the decider.\n")
    assert source_of(tmp_path, text) != "SFC"


def test_a_wires_tag_opening_the_lead_alone_is_still_its_source(tmp_path: Path) -> None:
    text = ("Harbour freight climbs in spring\n\nReuters: " + HARBOUR_BODY)
    assert source_of(tmp_path, text) == "Reuters"


def test_a_slogan_broken_over_short_lines_gives_no_title(tmp_path: Path) -> None:
    text = ("FORUMS FORUMS\n\nRLFANS.COM\n\nCelebrating\n\n25 years service to\n\nthe Rugby League\n\nCommunity!\n\n"
            + HARBOUR_BODY)
    assert found_title(tmp_path, text) not in {"the Rugby League", "25 years service to"}


def test_a_portals_outlet_reporter_and_place_line_credits_both(tmp_path: Path) -> None:
    text = ("嘉義縣政府新春團拜,縣長揭示未來發展願景\n\n2025-02-03\n發布在 新聞區, 藝術人文\n\n波新聞-辜士陞/嘉義\n\n"
            "嘉義縣政府今(3)日在府前舉辦新春團拜,縣議長、秘書長及各局處首長都到場,向鄉親拜年並互道新春祝福。\n\n"
            "縣長致詞表示,新的一年縣府將持續推動各項建設,讓嘉義縣成為更宜居的地方。\n")
    meta = drafted(tmp_path, text).meta
    assert meta.authors == ["辜士陞"]
    assert meta.source == "波新聞"


_SPEECH_BODY = ("Madam Speaker\n\nHonourable Premier\n\nMembers of the Executive Council\n\n"
                "It is an honour to table the budget of the Department of Education for the coming year, a budget "
                "of R14 billion that puts learners first.\n\n"
                "Over the past year the department built twelve new schools and employed 400 more teachers.\n")


def test_a_speechs_speaker_is_no_author(tmp_path: Path) -> None:
    text = ("MEC Tate Makgoe: Free State Education Budget Vote 2017/18\n\n"
            "Free State Department of Education Budget Vote Speech, 2017/2018 by Honourable MEC Tate Makgoe, "
            "Fourth Raadzaal, Bloemfontein\n\n" + _SPEECH_BODY)
    assert drafted(tmp_path, text).meta.authors == []


def test_a_story_about_a_speech_keeps_its_byline(tmp_path: Path) -> None:
    text = ("Minister promises twelve new schools in budget speech\n\nBy Ann Pellow\n\n"
            "The education minister told the legislature on Tuesday that the department would build twelve new "
            "schools and employ 400 more teachers in the coming year.\n\n"
            "The budget of R14 billion was welcomed by teachers' unions, who said it put learners first.\n")
    assert drafted(tmp_path, text).meta.authors == ["Ann Pellow"]


def test_a_department_credited_as_writer_is_no_author(tmp_path: Path) -> None:
    text = ("服务百姓健康,我们在行动\n\n  • 文:医务部\n  • 摄影:医务部\n\n"
            "9月12日上午,医院组织专家团队在社区广场开展大型义诊活动,为居民提供健康咨询、血压血糖测量等服务。\n\n"
            "此次义诊共接待居民300余人次,发放健康宣传资料500余份,受到居民的欢迎。\n")
    assert drafted(tmp_path, text).meta.authors == []


def test_a_writer_whose_given_name_ends_like_a_body_is_still_one(tmp_path: Path) -> None:
    text = ("服务百姓健康,我们在行动\n\n文:王国会\n\n"
            "9月12日上午,医院组织专家团队在社区广场开展大型义诊活动,为居民提供健康咨询、血压血糖测量等服务。\n\n"
            "此次义诊共接待居民300余人次,发放健康宣传资料500余份,受到居民的欢迎。\n")
    assert drafted(tmp_path, text).meta.authors == ["王国会"]


def test_a_name_under_a_standfirst_that_poses_a_risk_is_still_its_byline(tmp_path: Path) -> None:
    text = ("Harbour freight climbs in spring\n"
            "The new terminal poses a risk to the old quay's trade and is seen as a test for the board.\n"
            "Ann Pellow\n" + HARBOUR_BODY)
    assert drafted(tmp_path, text).meta.authors == ["Ann Pellow"]
