"""A Chinese government notice's disclosure table (索引号, 发布机构, 发文日期, 关键词 …): no row of it is the title, the
publishing body is the source, the day of issue the date, and an empty row names nothing.

Made-up notices in the tables' common forms (label and colon, several to a line, bar-parted cells, traditional
script), through :func:`briefkit.extract.extract_article`."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import extracted

from briefkit.extract import noticefields_zh
from briefkit.extract.fields import labelled_fields

BODY = ("各街道、各部门:\n\n入汛以来,全区降雨量比常年偏多三成。为确保安全度汛,现就有关事项通知如下。\n\n"
        "各单位要严格落实防汛值班制度,发现险情及时上报。\n")
TITLE = "青山区人民政府办公室关于做好2024年汛期安全工作的通知"


def _meta(tmp_path: Path, text: str):  # type: ignore[no-untyped-def]
    return extracted(tmp_path, text, "notice.txt")[0].meta


def test_the_table_rows_over_a_notice_are_no_title_and_name_its_source(tmp_path: Path) -> None:
    head = ("索引号:11330783MB1234567X/2024-00123\n信息分类:通知公告\n发布机构:青山区应急管理局\n"
            "成文日期:2024-05-02\n发文日期:2024-05-06\n关键词:防汛\n主题分类:城乡建设\n")
    meta = _meta(tmp_path, f"{head}\n{TITLE}\n\n{BODY}")
    assert meta.title == TITLE
    assert meta.source == "青山区应急管理局"
    assert meta.date is not None and meta.date.isoformat() == "2024-05-06"  # issued, not written (成文)


def test_a_traditional_table_reads_the_same(tmp_path: Path) -> None:
    head = ("索引號:000014349/2024-01234\n主題分類:城鄉建設\n發布機構:青山區應急管理局\n成文日期:2024年05月02日\n"
            "發文日期:2024年05月06日\n")
    meta = _meta(tmp_path, f"{head}\n青山區人民政府辦公室關於做好2024年汛期安全工作的通知\n\n{BODY}")
    assert meta.title == "青山區人民政府辦公室關於做好2024年汛期安全工作的通知"
    assert meta.source == "青山區應急管理局"
    assert meta.date is not None and meta.date.isoformat() == "2024-05-06"


def test_empty_rows_name_no_source_and_no_title(tmp_path: Path) -> None:
    head = ("索引号: 11330783MB1234567X/2024-00789 信息来源: 关键词: 防汛\n发布机构: 主题分类: 城乡建设\n"
            "成文日期: 2024-05-02 发布日期: 2024-05-06\n")
    meta = _meta(tmp_path, f"{head}关于做好2024年汛期安全工作的通知\n\n{BODY}")
    assert meta.title == "关于做好2024年汛期安全工作的通知"
    assert meta.source is None or ("关键词" not in meta.source and "主题" not in meta.source)


def test_a_table_in_bar_parted_cells_names_its_publishing_body(tmp_path: Path) -> None:
    head = ("索引号 | 0012345/2024-00321 | 发布机构: | 青山区应急管理局 |\n"
            "主题分类 | 城乡建设 | 成文日期: | 2024年05月02日 |\n关键词 | 防汛 | 发布日期: | 2024-05-06 09:30 |\n")
    meta = _meta(tmp_path, f"{TITLE}\n{head}\n{BODY}")
    assert meta.title == TITLE
    assert meta.source == "青山区应急管理局"
    assert meta.date is not None and meta.date.isoformat() == "2024-05-06"


def test_rows_labels_and_values() -> None:
    assert noticefields_zh.is_row("索  引 号: 111423/2013-01026 主题分类: 公安")  # a label padded to the width
    assert noticefields_zh.is_row("關鍵詞:")
    assert not noticefields_zh.is_row(TITLE)
    assert noticefields_zh.cut_at_label("关键词: 防汛") == ""
    assert labelled_fields("信息来源: 关键词: 防汛") == []  # an empty source field, then another label
    assert noticefields_zh.issuer(["发文机关: 成文日期:"]) is None
    assert noticefields_zh.title(["索引号: 1/2013", "主题分类: 公安", f"标      题: {TITLE}"]) == TITLE


def test_a_table_copied_with_values_under_labels_or_cells_parted_by_spaces(tmp_path: Path) -> None:
    under = ("索引号:\n11330783MB1234567X/2024-00123\n信息分类:\n通知公告\n发布机构:\n青山区应急管理局\n"
             "发文日期:\n2024-05-06\n")
    spaced = ("索引号 11330783MB1234567X/2024-00123 信息分类 通知公告\n发布机构 青山区应急管理局 发文日期 2024-05-06\n"
              "关键词 防汛 主题分类 城乡建设\n")
    for head in (under, spaced):
        meta = _meta(tmp_path, f"{head}\n{TITLE}\n\n{BODY}")
        assert (meta.title, meta.source) == (TITLE, "青山区应急管理局"), head
        assert meta.date is not None and meta.date.isoformat() == "2024-05-06"


def test_a_mirror_s_pinyin_in_the_table_s_labels() -> None:
    lines = ["索(suǒ)引號(hào):000014349/2024-01234", "發(fā)布機(jī)構(gòu):青山區應急管理局",
             "發(fā)文日期:2024-05-06"]
    assert all(noticefields_zh.is_row(line) for line in lines)
    assert noticefields_zh.issuer(lines) == "青山區應急管理局"
