"""Drafted sentences of a live blog, as the stop-46 held-back pages showed them (studied at stop 47): an entry's
posting time, a paywall's gift offer, the page's greeting and a subscriber prompt set as a heading stay out of the
summary, the key points, the background and the sections."""

from __future__ import annotations

from pathlib import Path

from briefkit.content.model import Brief
from conftest import drafted

_BLOG = ("Harbour results | Reporting season blog March 9\n\n"
         "Live blog | Welcome to the Harbour Gazette reporting season blog for 2021. Companies reporting today "
         "include the harbour board and two ferry lines.\n\n"
         "Subscribe to gift this article\n\nGift 5 articles to anyone you choose each month when you subscribe.\n\n"
         "Already a subscriber?\n\n"
         "10.50am: Harbour Ferries has broken a three year dividend drought after posting a slightly better than "
         "expected underlying profit of $91.1 million.\n\n"
         "10.25am:Quay Lines said net profit after tax for the half year fell 10.3 per cent to $6.08 million. It "
         "will pay a fully franked dividend of 2c a share on May 15.\n\n"
         "9:49 a.m. - Pier Holdings, the owner of the north quay, said its first-half net profit after tax fell "
         "to $7.02 million while revenue fell 67 per cent to $14.2 million.\n")


def _sentences(brief: Brief) -> list[str]:
    return [str(brief.summary), *(str(k.text) for k in brief.key_points), *map(str, brief.background),
            *(str(p) for s in brief.sections for p in s.paragraphs)]


def test_a_live_blogs_entry_times_are_left_out_of_its_sentences(tmp_path: Path) -> None:
    text = " ".join(_sentences(drafted(tmp_path, _BLOG)))
    assert "Harbour Ferries has broken a three year dividend drought" in text
    assert "Quay Lines said net profit" in text
    assert "10.50am" not in text and "10.25am" not in text and "9:49 a.m." not in text


def test_a_paywalls_offer_and_the_pages_greeting_are_no_sentences_of_the_draft(tmp_path: Path) -> None:
    text = " ".join(_sentences(drafted(tmp_path, _BLOG))).lower()
    assert "gift" not in text
    assert "welcome to" not in text


def test_a_subscriber_prompt_is_no_sections_heading(tmp_path: Path) -> None:
    brief = drafted(tmp_path, _BLOG)
    assert all("subscriber" not in s.heading.lower() for s in brief.sections)


def test_a_chinese_storys_opening_credit_is_left_out_of_its_sentences(tmp_path: Path) -> None:
    text = ("海港货运量一季度增长三成\n\n"
            "海港网消息(海港传媒集团记者 王小红)3月9日,海港举行一季度项目签约大会。"
            "一季度签约项目23个,总投资184.32亿元。\n\n"
            "中新社天津5月29日电 港口管理局负责人说,两台新吊机投入使用后,增长势头有望延续到夏季。\n\n"
            "本报讯（记者 张三）港口今年共建成12座自动化集装箱泊位,同比增长18.2%。\n")
    sentences = _sentences(drafted(tmp_path, text))
    joined = " ".join(sentences)
    assert "海港举行一季度项目签约大会" in joined and "两台新吊机投入使用后" in joined
    assert not any(s.startswith(("海港网消息", "中新社", "本报讯")) for s in sentences)


def test_a_datelines_state_and_day_are_left_out_with_it(tmp_path: Path) -> None:
    text = ("Harbour cargo rises in April\n\n"
            "PORTHLEVEN, Cornwall (AP) - The harbour board said cargo volumes rose 3.8 percent in April from a year "
            "earlier, helped by timber shipments.\n\n"
            "TRURO, March 5 (Harbour Wire) — Board officials expect the rise to hold through the summer as two new "
            "cranes come into service, the board said on Wednesday.\n\nShipping agents called the figures "
            "encouraging, and the ferry lines said bookings for the summer were up by a fifth.\n")
    sentences = _sentences(drafted(tmp_path, text))
    joined = " ".join(sentences)
    assert "The harbour board said cargo volumes rose 3.8 percent" in joined
    assert "Board officials expect the rise" in joined
    assert not any(s.startswith(("PORTHLEVEN", "TRURO")) for s in sentences)


def test_a_papers_own_credit_with_a_space_is_left_out(tmp_path: Path) -> None:
    text = ("海港货运量一季度增长三成\n\n本报讯 国家统计局近日发布数据显示,今年一季度海港货物吞吐量同比增长3.8%。\n\n"
            "海港新聞局訊:管理局负责人表示,两台新吊机投入使用后,增长势头有望延续到夏季。\n")
    sentences = _sentences(drafted(tmp_path, text))
    assert any("国家统计局近日发布数据显示" in s for s in sentences)
    assert not any(s.startswith(("本报讯", "海港新聞局訊")) for s in sentences)


def test_a_teasers_cut_copy_of_the_lede_is_not_the_summary(tmp_path: Path) -> None:
    text = ("Harbour Lines Announces 2021 Third Quarter Results\n\n"
            "North Quay Progresses Towards Full OperationTRURO, Nov. 10, 2021 (GLOBE NEWSWIRE) — Harbour Lines Ltd. "
            "(TSX: HBL) (“Harbour Lines” or the “Company”)…\n\nNorth Quay Progresses Towards Full Operation\n\n"
            "TRURO, Nov. 10, 2021 (GLOBE NEWSWIRE) — Harbour Lines Ltd. (TSX: HBL) (“Harbour Lines” or the "
            "“Company”) today announces third quarter financial results. Cargo volumes rose 3.8 percent from a year "
            "earlier.\n\nThe company remains well funded with $69.5 million of cash on hand.\n")
    summary = str(drafted(tmp_path, text).summary)
    assert summary.startswith("Harbour Lines Ltd. (TSX: HBL)")
    assert "…" not in summary and "GLOBE NEWSWIRE" not in summary


def test_a_quotation_closed_on_its_stop_before_the_dots_is_no_cut_sentence() -> None:
    from briefkit.extract.sentenceends import cut_short

    assert cut_short("Harbour Lines Ltd. (“Harbour Lines” or the “Company”)…")
    assert not cut_short("Their incomes had fallen by 11% in real terms since 2002.\"...")
