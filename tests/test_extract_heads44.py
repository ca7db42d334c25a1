"""Head facts of kinds first seen on the stop-44 held-back pages: a kicker that is no source label, a translated
story's first printer, an office after a headline's dash, a wire's note to editors before its dateline, an
acronym's plural and a Chinese desk signing a piece (issue 12)."""

from __future__ import annotations

from pathlib import Path

from briefkit.extract.sourcedecide import plausible
from conftest import HARBOUR_BODY, extracted, source_of


def test_a_kicker_ending_in_sources_is_no_source_label_and_a_translation_note_names_the_printer(
        tmp_path: Path) -> None:
    text = ("Cabinet sources: Plan to cut harbour fees delayed\n\n" + HARBOUR_BODY
            + "\nEdited translation from Lakeland Ledger\n")
    assert source_of(tmp_path, text) == "Lakeland Ledger"


def test_a_translation_from_a_language_names_no_printer(tmp_path: Path) -> None:
    assert source_of(tmp_path, "Harbour fees delayed\n\n" + HARBOUR_BODY + "\nTranslation from Arabic\n") is None


def test_an_office_after_a_headlines_dash_is_who_said_it_not_the_site(tmp_path: Path) -> None:
    brief, _ = extracted(tmp_path, "Harbour fees to be targeted at freight firms in the north - PM\n\n" + HARBOUR_BODY)
    assert brief.meta.title == "Harbour fees to be targeted at freight firms in the north - PM"
    assert brief.meta.source is None


def test_a_wires_note_to_editors_before_the_dateline_leaves_the_agency_credited(tmp_path: Path) -> None:
    lead = ("(Eds: Adds reaction, minor edits) Lucknow, Sep 3 (PTI) The state electricity regulator on Tuesday "
            "approved a 12 per cent rise in power tariffs to cover the rising costs of the distribution companies.\n\n")
    assert source_of(tmp_path, "Power tariffs rise 12 per cent\n\n" + lead + HARBOUR_BODY) == "PTI"


def test_an_acronyms_plural_and_an_office_name_no_outlet() -> None:
    assert plausible("CRs") is None
    assert plausible("PM") is None
    assert plausible("Lakeland Ledger") == "Lakeland Ledger"


def test_a_chinese_publications_own_desk_signs_no_writer(tmp_path: Path) -> None:
    text = ("基本工資明年調高\n\n作者:編輯部 日期:2022年9月號 出處:\n\n"
            "勞動部今天召開基本工資審議委員會,會後拍板決定每月基本工資調高到新台幣2萬6400元,調幅為4.56%。\n\n"
            "勞動部表示,這次調整將使約200萬名勞工受惠。\n")
    brief, _ = extracted(tmp_path, text)
    assert brief.meta.authors == []
