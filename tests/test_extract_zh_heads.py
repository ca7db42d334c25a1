"""Chinese page heads: a credit line in any of the common forms ("◎ 文 《法人》全媒體記者 X", "文丨X", "撰文/X",
"★ 文/记者 X", a converter's pinyin run into it) is a byline, never the title, and names its writer alone.

Made-up pages in each form, through :func:`briefkit.extract.extract_article`."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import extracted

from briefkit.extract import bylines_zh, extract_article, topblocks
from briefkit.readers import read_article

TITLE = "企業合規改革進入深水區"
BODY = "近年來,企業合規改革試點在全國推開,已有2800多家企業參與。\n\n專家認為,下一步應完善相關立法。\n"
CREDITS = ["◎ 文 《法人》全媒體記者 王小明", "撰文/王小明", "文：王小明", "文丨王小明", "★ 文/记者 王小明",
           "图文/王小明", "文、圖/王小明", "文 | 本报记者 王小明", "本(běn)報(bào)記(jì)者(zhě) 王小明",
           "◎本报记者 王小明",
           "《法人》全媒体记者 王小明"]


@pytest.mark.parametrize("credit", CREDITS)
def test_a_credit_line_over_the_date_is_no_title(tmp_path: Path, credit: str) -> None:
    page = tmp_path / "page.txt"
    page.write_text(f"{TITLE}\n{credit}\n2024-05-06 10:20\n\n{BODY}", encoding="utf-8")
    meta = extract_article(page)[0].meta
    assert meta.title == TITLE
    assert meta.authors == ["王小明"]


@pytest.mark.parametrize("credit", CREDITS)
def test_each_form_reads_as_a_reporter_line(credit: str) -> None:
    assert bylines_zh.is_reporter_line(credit)
    assert bylines_zh.reporters(credit) == ["王小明"]


@pytest.mark.parametrize("credit", ["撰文/攝影 王小明", "本报记者 王小明 文/图", "◎ 本報記者 王小明 文/攝",
                                    "文|记者 王小明 编辑|李四", "撰文:王小明 攝影:李四", "記者王小明/報導"])
def test_a_credit_with_its_photographer_or_editor_names_the_writer_alone(credit: str) -> None:
    assert bylines_zh.is_reporter_line(credit)
    assert bylines_zh.reporters(credit) == ["王小明"]


def test_an_outlet_in_book_marks_is_the_credit_s_outlet() -> None:
    assert bylines_zh.reporter_outlet("◎ 文 《法人》全媒體記者 王小明") == "法人"


def test_headlines_opening_like_a_credit_stay_headlines() -> None:
    for line in ("文旅部:推动文化和旅游深度融合", "文化强国建设迈出新步伐", "记者节:致敬一线新闻工作者的坚守"):
        assert not bylines_zh.is_reporter_line(line)


STORY = "台東縣政府今日表示,長照2.0推動以來,服務人數已達1.2萬人,比去年增加15%。\n\n縣長指出,將持續擴大服務據點。\n"
HEADLINE = "台東縣推動長照2.0成效顯著"


def _meta(tmp_path: Path, text: str):  # type: ignore[no-untyped-def]
    return extracted(tmp_path, text, "page.txt")[0].meta


def test_traditional_field_labels_give_date_source_author_and_editor(tmp_path: Path) -> None:
    meta = _meta(tmp_path, f"{HEADLINE}\n發布時間:2022-08-15 10:20 出處:東海日報 作者:林美玲\n\n{STORY}\n"
                           "責任編輯:張志明\n")
    assert (meta.title, meta.source, meta.authors, meta.editors) == (HEADLINE, "東海日報", ["林美玲"], ["張志明"])
    assert meta.date is not None and meta.date.isoformat() == "2022-08-15"


def test_labels_in_brackets_are_fields(tmp_path: Path) -> None:
    meta = _meta(tmp_path, f"{HEADLINE}\n【發布時間】2022-08-15 【來源】東海日報 【作者】林美玲\n\n{STORY}\n"
                           "【責任編輯】張志明\n")
    assert (meta.source, meta.authors, meta.editors) == ("東海日報", ["林美玲"], ["張志明"])


def test_a_converter_s_pinyin_is_no_part_of_the_source(tmp_path: Path) -> None:
    line = "發(fā)布時(shí)間(jiān):2022-08-15 來(lái)源(yuán):東(dōng)海日報(bào)"
    meta = _meta(tmp_path, f"{HEADLINE}\n{line}\n\n{STORY}")
    assert meta.source == "東海日報"


def test_an_editor_on_a_line_of_its_own_without_a_colon(tmp_path: Path) -> None:
    meta = _meta(tmp_path, f"{HEADLINE}\n2022-08-15 東海日報 記者 林美玲\n\n{STORY}\n編輯 張志明\n")
    assert meta.editors == ["張志明"]


def test_an_article_source_label_names_no_writer(tmp_path: Path) -> None:
    meta = _meta(tmp_path, f"{HEADLINE}\n文章來源:東海日報 | 發布時間:2022-08-15 | 瀏覽次數:120\n\n{STORY}")
    assert meta.source == "東海日報"
    assert meta.authors == []  # not "章來源": 文章 is "article", no writer's 文 label


def test_a_lead_credit_with_a_converter_s_pinyin_names_its_outlet(tmp_path: Path) -> None:
    for lead, outlet in (("海(hǎi)港網(wǎng)消息:", "海港網"), ("海(hǎi)港網(wǎng)8月15日訊 (記者 林美玲)", "海港網")):
        meta = _meta(tmp_path, f"{lead}{STORY}")
        assert meta.source == outlet, lead


def test_a_page_copied_onto_one_line_gives_title_source_and_editor(tmp_path: Path) -> None:
    line = (f"{HEADLINE} 2022-08-15 10:20 來源:東海日報 編輯:張志明 0 ??? 台東縣政府今日表示,長照2.0推動以來,"
            "服務人數已達1.2萬人,比去年增加15%。縣長指出,將持續擴大服務據點。\n")
    meta = _meta(tmp_path, line)
    assert (meta.title, meta.source, meta.editors) == (HEADLINE, "東海日報", ["張志明"])
    assert meta.date is not None and meta.date.isoformat() == "2022-08-15"


def test_a_closing_note_naming_the_editor_before_the_role(tmp_path: Path) -> None:
    meta = _meta(tmp_path, f"{HEADLINE}\n\n{STORY}\n(傅超编辑)\n")
    assert meta.editors == ["傅超"]
    assert meta.authors == []  # an editor's credit names no writer


def test_a_line_of_page_tools_is_no_title_and_a_release_tag_stays_in_it(tmp_path: Path) -> None:
    title = "運輸署署長《交通安排》記者會答問全文(附圖/短片)"
    meta = _meta(tmp_path, f"簡體版 英文版 寄給朋友 政府新聞網\n{title}\n*********\n\n{STORY}")
    assert meta.title == title


def test_a_zoom_button_and_a_writer_s_role_line_are_no_title(tmp_path: Path) -> None:
    text = f"放大圖片\n■圖為台東的街景。資料圖片\n東海銀行經濟研究處分析員 林美玲\n{STORY}"
    brief = extract_article(_page(tmp_path, text))[0]
    assert brief.meta.title not in ("放大圖片", "東海銀行經濟研究處分析員 林美玲")


def _page(tmp_path: Path, text: str) -> Path:
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    return page


def test_a_prompt_printed_twice_is_no_title(tmp_path: Path) -> None:
    prompt = "請同意我們的隱私權規範,才能啟用聽新聞的功能。"
    text = ("本網站使用相關技術提供更好的閱讀體驗,同時尊重使用者隱私,當您關閉此視窗,代表您同意上述規範。\n"
            "Your browser does not appear to support Traditional Chinese.\n東海新聞APP Icon東海新聞APP\n下載\n\n"
            f"{HEADLINE}\n\n2022/8/15 10:20\n{prompt}\n{prompt}\n\n(東海社記者林美玲台東15日電){STORY}")
    assert _meta(tmp_path, text).title == HEADLINE
    assert topblocks.repeated_block(read_article(_page(tmp_path, text))) != prompt  # printed twice, no headline


def test_a_browser_warning_and_a_portal_s_name_are_no_title(tmp_path: Path) -> None:
    text = ("您的瀏覽器不支援JavaScript功能,若網頁功能無法正常使用時,請開啟瀏覽器JavaScript狀態\n進入內容區塊\n\n"
            "台東縣政府警察局全球資訊網\n\n:::\n\n新聞特寫\n\n發布日期:111-08-15\n\n"
            f"發布單位:台東縣政府新聞科\n\n{HEADLINE}\n\n{STORY}")
    assert _meta(tmp_path, text).title == HEADLINE


FURNITURE = ["本文来源:新华网", "文章來源:東海日報", "浏览次数:1234", "上一篇:台東縣舉辦活動", "新华社发",
             "（记者 张三）", "[打印] [关闭窗口]", "扫一扫在手机打开当前页", "核心提示", "相关新闻", "网友评论"]


@pytest.mark.parametrize("line", FURNITURE)
def test_a_labelled_line_a_link_or_a_page_s_furniture_is_no_title(tmp_path: Path, line: str) -> None:
    brief, warnings = extract_article(_page(tmp_path, f"{line}\n2022-08-15 10:20\n\n{STORY}"))
    assert any(w.startswith("no title line found") for w in warnings), brief.meta.title


@pytest.mark.parametrize(("story", "authors", "source"), [
    (f"{STORY}(記(jì)者(zhě) 林(lín)美玲)\n", ["林美玲"], None),
    (f"{STORY.rstrip()}(林(lín)美玲) (作(zuò)者:張(zhāng)志明)\n", ["林美玲", "張志明"], None),
    (f"【東(dōng)海社台東8月15日電】(林(lín)美玲 張志明){STORY}", ["林美玲", "張志明"], "東海社"),
])
def test_a_converter_s_pinyin_in_closing_notes_and_datelines(tmp_path: Path, story: str, authors: list[str],
                                                            source: str | None) -> None:
    meta = _meta(tmp_path, f"{HEADLINE}\n2022-08-15 10:20\n\n{story}")
    assert meta.authors == authors
    assert meta.source == source


def test_a_site_s_name_and_address_opening_the_title_line(tmp_path: Path) -> None:
    meta = _meta(tmp_path, f"东海新媒体(http://www.example.cn):{HEADLINE}\n{HEADLINE}\n\n{STORY}")
    assert meta.source == "东海新媒体"
    assert meta.title == HEADLINE
