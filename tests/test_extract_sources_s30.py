"""Outlets a page credits in forms the earlier source rules missed, through real extraction: a labelled source given
as the address it came from, a reposting service's tag naming the wire (its opening bracket lost in the copy), a
dateline whose tag the copy set on a line of its own, a lead's first sentence closing on the wire that reported it,
a Chinese lead opening on its outlet's 讯, a 来源 field listing two outlets, a 来源 line closing a story a copy
repeats, a notice table printed as a bulleted list, the agency a story's speaker told, a release on its issuer's own
site, a Chinese site's name and section opening the page or over its date, its breadcrumb, a blog's "Here is more
from X:", a closing credit to an outlet's app or a national agency's initials, a lead's capitals tag; an agency in the
form a reader cites ("Reuters", not "REUTERS"; its full name where the page spells out its initials), a site's
address as written; and a blog's list heading ("Latest Post") and a label naming the site itself ("本站原创") that
name none; a team byline ("FE Team") as its outlet, a team with no outlet in it ("News Team") as none.

Each case is a small made-up page (none copies a corpus page).
"""

from __future__ import annotations

from pathlib import Path

from tests.test_extract_sources_s29 import BODY, TITLE, source_of

from briefkit.extract.agencies import as_credited
from briefkit.extract.credits import furniture_words
from briefkit.extract.noticefields_zh import issuer
from briefkit.extract.outletnotes import reported_outlet
from briefkit.extract.sourcedecide import addressed, plausible
from briefkit.extract.wires import caps_tag, lead_reporter, split_tag, told_agency
from briefkit.extract.zhcredits import breadcrumb_site, lead_credit, site_section


def test_a_source_label_giving_an_address_names_its_site(tmp_path: Path) -> None:
    assert addressed("ridgewaypost.ca/") == "ridgewaypost.ca"
    assert addressed("https://www.ridgewaypost.ca/news/2024/rates") == "ridgewaypost.ca"
    assert addressed("Ridgeway Post") == "Ridgeway Post"
    page = f"{TITLE}{BODY}\nOriginal Article\nSource: ridgewaypost.ca/\nAuthor: JD\n"
    assert source_of(tmp_path, page) == "ridgewaypost.ca"


def test_a_reposting_services_tag_credits_the_wire_it_names(tmp_path: Path) -> None:
    lead = BODY.replace("The central bank", "(Lakeview Wire - Anadolu Agency) The central bank", 1)
    assert source_of(tmp_path, f"{TITLE}{lead}") == "Anadolu Agency"
    lost = BODY.replace("The central bank", "date 2025-03-04 Lakeview Wire - Anadolu Agency)The central bank", 1)
    assert source_of(tmp_path, f"{TITLE}{lost}") == "Anadolu Agency"


def test_a_dateline_tag_on_a_line_of_its_own_credits_the_outlet(tmp_path: Path) -> None:
    lead = "Prices rose again in March, Northwind reports citing the statistics office."
    assert split_tag(["RIGA, Latvia, April 2", "Northwind:"], lead) == "Northwind"
    assert split_tag(["RIGA, Latvia, April 2", "Summary:"], lead) is None  # a label, not the lead's reporter
    page = f"RIGA, Latvia, April 2\n\nNorthwind:\n\n{lead}\n\n{BODY}"
    assert source_of(tmp_path, page) == "Northwind"


def test_a_lead_closing_on_its_wire_credits_the_wire(tmp_path: Path) -> None:
    lead = "The central bank raised its key rate by 50 basis points on Thursday, its third hike, reports Reuters."
    assert lead_reporter(lead) == "Reuters"
    assert lead_reporter("Rates rose. The bank kept its view, reports Reuters.") is None  # not the first sentence
    assert lead_reporter("The bank raised its rate, reports Lakeview Daily.") is None  # no listed agency
    page = f"{TITLE}{lead}\n\n{BODY}\nDesk Team | Published: March 5, 2024\n"
    assert source_of(tmp_path, page) == "Reuters"


def test_a_list_heading_over_the_title_names_no_outlet(tmp_path: Path) -> None:
    assert furniture_words("Latest Post") and furniture_words("Recent Posts")
    assert not furniture_words("National Post")  # an outlet whose name ends in "Post"
    page = f"Latest Post\n\n{TITLE}By Jane Doe\n\n{BODY}"
    assert source_of(tmp_path, page) is None


ZH_BODY = ("5月20日下午,全市乡村振兴系列采风活动在小河村启动,来自各地的二十余名记者参加。\n\n"
           "活动为期三天,将走访五个村庄,记录当地产业发展和生态保护的新变化。\n\n"
           "主办方表示,今后还将组织更多类似活动。\n")


def test_a_chinese_lead_opening_on_its_outlets_flash_credits_it(tmp_path: Path) -> None:
    assert lead_credit("青山新闻网讯(记者王小明)5月20日下午,全市乡村振兴系列采风活动启动。") == "青山新闻网"
    assert lead_credit("本报讯(记者王小明)5月20日下午,全市乡村振兴系列采风活动启动。") is None  # the paper itself
    page = f"乡村采风活动启动\n\n青山新闻网讯(记者王小明){ZH_BODY}"
    assert source_of(tmp_path, page) == "青山新闻网"


def test_a_chinese_source_field_listing_two_outlets_gives_the_first(tmp_path: Path) -> None:
    page = f"乡村采风活动启动\n\n{ZH_BODY}\n来源:青山眼、青山万事通\n编辑:王小明\n"
    assert source_of(tmp_path, page) == "青山眼"


def test_an_agency_is_credited_in_the_form_a_reader_would_cite(tmp_path: Path) -> None:
    assert as_credited("REUTERS", "") == "Reuters"  # shouted in capitals, given in the agency's own case
    assert as_credited("TASS", "") == "TASS"  # an agency whose own name is in capitals
    spelt = "The News Agency of Nigeria (NAN) recalls that the governor named them on Friday."
    assert as_credited("NAN", spelt) == "News Agency of Nigeria"  # initials the page spells out
    assert as_credited("NAN", "NAN recalls that the governor named them on Friday.") == "NAN"
    lead = BODY.replace("The central bank", "LAKEVIEW, March 5 (REUTERS) - The central bank", 1)
    assert source_of(tmp_path, f"{TITLE}{lead}") == "Reuters"


def test_a_sites_address_keeps_the_capitals_it_is_written_with(tmp_path: Path) -> None:
    page = f"{TITLE}{BODY}\nwww.RidgewayRateWatch.info\n\n0 comments:\n"
    assert source_of(tmp_path, page) == "RidgewayRateWatch.info"


def test_a_source_label_closing_a_repeated_story_names_the_issuer(tmp_path: Path) -> None:
    story = "青山市政府昨日发布通知,全市公园延长开放时间至晚上十点。\n\n通知表示,此举旨在方便市民夏季夜间出行。\n\n"
    more = "另一则新闻的开头在这里继续。\n"
    page = f"公园延长开放时间\n\n{story}资料来源:青山市园林局\n\n{story}资料来源:青山市园林局\n\n{more}"
    assert source_of(tmp_path, page) == "青山市园林局"
    notice = f"公园延长开放时间\n\n{story}凡注明“来源:青山网”的作品,未经授权不得转载。\n\n{more}"
    assert source_of(tmp_path, notice) != "青山网"  # a rights notice quoting a label credits no one


def test_a_notice_table_printed_as_a_bulleted_list_names_its_issuer() -> None:
    assert issuer(["  • 發(fā)布機(jī)構(gòu):青山市統(tǒng)計(jì)局", "  • 發布時間:2021-08-09"]) == "青山市統計局"
    assert issuer(["  • 发文机构:", "    县政府网站", "  • 发文日期:"]) is None  # an office by its level alone


def test_the_agency_a_speaker_told_credits_an_otherwise_uncredited_story(tmp_path: Path) -> None:
    assert told_agency(["He said so in an interview with the News Agency of Nigeria (NAN) in Lagos."]) \
        == "News Agency of Nigeria"
    assert told_agency(["她对新华社记者表示,活动很成功。"]) == "新华社"
    assert told_agency(["He told reporters in Lagos that rates would hold."]) is None
    assert told_agency(["He told Governor Ruiz of the Associated Press board nothing."]) is None  # a name further on
    said = BODY.replace("Governor Ana Ruiz said", "Governor Ana Ruiz told the Associated Press", 1)
    assert source_of(tmp_path, f"{TITLE}{said}") == "Associated Press"


def test_a_release_on_an_organisations_own_site_names_the_organisation(tmp_path: Path) -> None:
    lead = ("LAKEVIEW, 3 March 2024 - WAVEAID Executive Director Ana Ruiz today opened a new water plant serving "
            "forty thousand families in the district.")
    head = "We are building a new waveaid.org.\n\nPress centre\n\nPress release\n\nNew water plant opens\n\n"
    page = f"{head}{lead}\n\n{BODY}"
    assert source_of(tmp_path, page) == "WAVEAID"
    assert source_of(tmp_path, page.replace("Press release\n\n", "")) is None  # no release label: the site alone


def test_a_chinese_sites_name_and_section_opening_the_page_names_the_site(tmp_path: Path) -> None:
    page = f"青山政府新聞網 - 新聞速遞\n\n乡村采风活动启动\n\n{ZH_BODY}"
    assert source_of(tmp_path, page) == "青山政府新聞網"
    assert source_of(tmp_path, f"乡村采风活动启动\n\n{ZH_BODY}") is None


def test_an_agency_that_signs_in_capitals_keeps_them() -> None:
    assert as_credited("BUSINESS WIRE", "") == "BUSINESS WIRE"
    assert as_credited("MONTSAME", "") == "MONTSAME"


def test_a_chinese_portals_breadcrumb_or_section_line_names_the_site(tmp_path: Path) -> None:
    assert breadcrumb_site(["您现在的位置:青山网>新闻中心>国内频道"]) == "青山网"
    assert breadcrumb_site(["您现在的位置:首页>新闻中心>国内频道"]) is None  # "home" names no site
    assert site_section([], ["综合", "青山报-国家", "2022-04-18 00:00:00"]) == "青山报"
    crumbs = f"您现在的位置:青山网>新闻中心>国内频道\n\n乡村采风活动启动\n\n{ZH_BODY}"
    assert source_of(tmp_path, crumbs) == "青山网"
    labelled = crumbs + "\n来源:绿水日报客户端\n"
    assert source_of(tmp_path, labelled) == "绿水日报客户端"  # the 来源 label wins over the site's furniture


def test_a_blog_line_passing_on_the_quoted_story_credits_its_outlet(tmp_path: Path) -> None:
    assert reported_outlet(["Here is more from Reuters:"]) == "Reuters"
    assert reported_outlet(["An excerpt from the Lakeview Times:"]) == "Lakeview Times"
    assert reported_outlet(["Here is more from Jane Doe:"]) is None  # a person, no outlet
    page = f"Monday, March 9, 2024\n\nRates on hold as prices climb\n\nHere is more from the Lakeview Times:\n\n{BODY}"
    assert source_of(tmp_path, page) == "Lakeview Times"


def test_a_closing_credit_to_an_outlets_app_or_a_national_agency(tmp_path: Path) -> None:
    zh = ZH_BODY.rstrip().replace("更多类似活动。", "更多类似活动。(青山新闻客户端)")
    assert source_of(tmp_path, f"乡村采风活动启动\n\n{zh}\n") == "青山新闻客户端"
    closing = BODY.rstrip().replace("rising prices.", "rising prices. (NNT)")
    assert source_of(tmp_path, f"{TITLE}{closing}\n") == "NNT"


def test_a_source_label_naming_the_site_itself_names_no_outlet(tmp_path: Path) -> None:
    assert plausible("本站原创") is None and plausible("本网整理") is None
    assert plausible("青山网") == "青山网"
    assert source_of(tmp_path, f"乡村采风活动启动\n\n来源:本站原创 点击数: 加入时间:2022-01-21\n\n{ZH_BODY}") is None


def test_a_leads_capitals_tag_names_the_outlet_the_page_spells_so(tmp_path: Path) -> None:
    lead = "LAKEVIEWPOST - The central bank kept its policy rate at 5.5 percent on Thursday."
    assert caps_tag(lead, ["Lakeview Post, Editor's Choice"]) == "Lakeview Post"
    assert caps_tag("OTTAWA - The central bank kept its rate.", ["Lakeview Post, Editor's Choice"]) is None
    page = f"Lakeview Post, Editor's Choice\n\n{TITLE}{BODY.replace('The central bank', 'LAKEVIEWPOST - The bank', 1)}"
    assert source_of(tmp_path, page) == "Lakeview Post"


def test_a_team_byline_credits_the_outlet_it_names_and_none_without_one(tmp_path: Path) -> None:
    assert plausible("FE Team") == "FE"
    assert plausible("The Lakeview Times Team") == "The Lakeview Times"
    assert plausible("Editorial Team") is None and plausible("News Team") is None
