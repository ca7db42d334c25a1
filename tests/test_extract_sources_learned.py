"""The page's source on layouts the rules were not written for: story-line credits weighed by the learned
scorer, rule picks that cannot name an outlet, and the one copyright-line parser every field uses."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from briefkit.content.model import Brief
from briefkit.extract import extract_article, notices, orgcredits, outletcands
from briefkit.extract.copyrights import copyright_holder, copyright_holders, notice_holder
from briefkit.extract.outletmodel import ENV, choose

TOLD = ("Water cuts leave Lakeview residents queuing for hours\n\n"
        "Residents of Lakeview have gone without tap water for nine days, and queues at the municipal tanker "
        "stretched around the block on Tuesday.\n\n"
        "\"We have complained to the council many times,\" Thandi Mokoena, a resident of Hill Street, "
        "told The Lakeview Star.\n\n"
        "The council said repairs to the main pipe would be finished by Friday.\n")
INTERVIEW = ("Central bank expected to hold rates\n\n"
             "The central bank is expected to keep its policy rate at 18.75 percent next week, an economist said.\n\n"
             "Professor Ada Obi of Ridgeway University made the prediction in an interview with the Ridgeway News "
             "Agency in Lagos on Sunday.\n\n"
             "She said inflation would ease to 21 percent by June.\n")


def _extract(tmp_path: Path, text: str) -> tuple[Brief, list[str]]:
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    return extract_article(path)


@pytest.mark.parametrize(("text", "outlet"), [(TOLD, "The Lakeview Star"), (INTERVIEW, "Ridgeway News Agency")])
def test_an_outlet_credited_only_in_a_story_sentence_is_a_named_candidate(tmp_path: Path, text: str,
                                                                        outlet: str) -> None:
    # the scorer's guess is left out of the draft (blind batches: one right in six) and named for the reviewer
    brief, warnings = _extract(tmp_path, text)
    assert brief.meta.source is None
    assert any(w.startswith(f"meta.source left empty: the page may credit '{outlet}'") for w in warnings)


def test_the_rules_alone_find_no_story_line_credit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV, "off")  # the learned scorer, not a new rule, finds the credit
    brief, _ = _extract(tmp_path, TOLD)
    assert brief.meta.source is None


def test_a_story_that_quotes_no_outlet_has_no_source(tmp_path: Path) -> None:
    text = TOLD.replace("told The Lakeview Star", "said on Tuesday")
    brief, warnings = _extract(tmp_path, text)
    assert brief.meta.source is None
    assert not any(w.startswith("meta.source") for w in warnings)


def test_a_desk_byline_gives_the_outlet_without_its_desk_words(tmp_path: Path) -> None:
    text = ("Council passes 2024 budget\n\nBy Reporter  Lakeview News\n\nPosted March 5, 2024\n\n"
            "The city council passed its budget of $12 million on Tuesday after a long debate.\n\n"
            "The mayor said the budget would fund two new parks.\n")
    brief, _ = _extract(tmp_path, text)
    assert brief.meta.source == "Lakeview News"


@pytest.mark.parametrize("stamp", ["Administrator | Jun 11, 2023 | Comments 0", "admin | June 11, 2023"])
def test_the_account_that_posted_a_page_is_no_outlet(tmp_path: Path, stamp: str) -> None:
    text = (f"Community grants open for applications\n\n{stamp}\n\n"
            "The county has opened applications for its community grants, worth up to $5,000 each.\n\n"
            "Groups have until July 31 to apply.\n")
    brief, _ = _extract(tmp_path, text)
    assert brief.meta.source is None


@pytest.mark.parametrize("label", ["来源:本站", "来源:本网"])
def test_a_chinese_source_label_naming_the_site_itself_is_no_outlet(tmp_path: Path, label: str) -> None:
    text = (f"县财政预算执行情况\n\n2025-08-28 21:18{label}\n\n"
            "今年上半年,全县一般公共预算收入完成5.2亿元,同比增长6%。\n\n支出完成8.1亿元。\n")
    brief, _ = _extract(tmp_path, text)
    assert brief.meta.source is None


def test_a_low_score_abstains_and_a_stated_pick_stands() -> None:
    assert choose([(0.2, "Lakeview Star")], None, "").name is None
    middling = choose([(0.6, "Lakeview Star")], None, "")
    assert (middling.name, middling.guessed) == ("Lakeview Star", True)
    assert choose([(0.95, "Lakeview Star")], None, "").guessed is False
    # a labelled source or a dateline's agency (the rules' "stated" pick) is never overridden
    assert choose([(0.99, "Lakeview Star")], "Reuters", "stated").name == "Reuters"


@pytest.mark.parametrize(("line", "outlet", "body"), [
    ("© 2024 Lakeview Media LLC. All rights reserved.", "Lakeview Media", "Lakeview Media LLC"),
    ("Copyright © The Valley Times 2024", "The Valley Times", "The Valley Times"),
    ("Copyright 2018 NPR. To see more, visit https://www.npr.org.", "NPR", "NPR"),
    ("(c) Copyright Lakeview Wire 2022. Click For Restrictions", "Lakeview Wire", "Lakeview Wire"),
    ("(c) 2023 Lakeview Weekly", "Lakeview Weekly", None),
    ("Copyright (C) 1998-2024. Lakeview.NET. All Rights Reserved.", "Lakeview.NET", "Lakeview.NET"),
])
def test_one_copyright_parser_serves_the_source_and_the_organisations(line: str, outlet: str,
                                                                     body: str | None) -> None:
    # the source reads the outlet's name (no legal form), the organisations the body's (its legal form kept)
    assert copyright_holder(line) == notice_holder(line) == outlet
    assert copyright_holders([line]) == ([body] if body else [])


def test_a_photos_notice_amid_a_caption_names_no_body() -> None:
    assert copyright_holders(["Volunteers plant mangroves near the harbour © Pixels"]) == []
    assert copyright_holder("© Getty Images") is None


def test_the_three_readers_of_copyright_lines_share_one_module() -> None:
    assert notices.copyright_holder is copyright_holder and orgcredits.copyright_holders is copyright_holders
    assert outletcands.notice_holder is notice_holder


def test_a_rights_line_naming_a_domain_or_a_chinese_outlet() -> None:
    assert notice_holder("Chinanews.com. All rights reserved.") == "Chinanews.com"
    assert notice_holder("版权所有 湖滨日报") == "湖滨日报"
    assert copyright_holders(["Copyright ©1999-2018", "Chinanews.com. All rights reserved."]) == ["Chinanews.com"]


def test_a_copyright_line_closing_a_page_names_its_source_and_an_organisation(tmp_path: Path) -> None:
    text = ("Harbour dredging to start in May\n\n"
            "Dredging of the harbour channel will start in May and cost $4 million, the port board said.\n\n"
            "The work is expected to take six weeks.\n\n© 2024 Lakeview Herald. All rights reserved.\n")
    brief, _ = _extract(tmp_path, text)
    assert brief.meta.source == "Lakeview Herald"
    assert "Lakeview Herald" in [o.name for o in brief.organisations]


ROOT = Path(__file__).resolve().parents[1]


def _train(corpus: Path, out: Path, seed: str) -> bytes:
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT / "src")}
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "train_sources.py"), "--corpus", str(corpus),
                    "--out", str(out)], check=True, capture_output=True, text=True, env=env)
    return out.read_bytes()


def test_training_is_deterministic_whatever_the_hash_seed(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    pages = [(TOLD, "The Lakeview Star"), (INTERVIEW, "Ridgeway News Agency"),
             ("Lakeview Herald\n\nHarbour dredging to start in May\n\nDredging will cost $4 million, the port board "
              "said.\n\nThe work is expected to take six weeks.\n", "Lakeview Herald")]
    for i, (text, source) in enumerate(pages):
        (corpus / f"p{i}.txt").write_text(text, encoding="utf-8")
        (corpus / f"p{i}.expected.yaml").write_text(f"source: {source}\n", encoding="utf-8")
    first = _train(corpus, tmp_path / "a.crfsuite", "1")
    second = _train(corpus, tmp_path / "b.crfsuite", "2")
    assert first and first == second
