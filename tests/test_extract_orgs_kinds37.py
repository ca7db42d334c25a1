"""Kinds of organisation misses and spurious names studied on the a34-a37 batches, each checked on an invented page:
a body defined by its acronym with a remit after its head, a body a title-case headline runs into its verb, an
acronym inside a longer body's name that the text also names alone, a rating agency by what it does, firms listed
before 等 and a count, and people, projects and events that are no bodies."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import drafted


def _names(tmp_path: Path, text: str) -> list[str]:
    return [o.name for o in drafted(tmp_path, text).organisations]


def test_a_body_defined_with_a_remit_after_its_head(tmp_path: Path) -> None:
    text = ("Emissions report\n\nThe inventory follows the guidelines of the Intergovernmental Panel on Climate "
            "Change (IPCC) and the Varnish Framework Convention on Climate Change (VFCCC). The data is then sent "
            "to the VFCCC each April.\n")
    names = _names(tmp_path, text)
    assert "Intergovernmental Panel on Climate Change" in names
    assert "Varnish Framework Convention on Climate Change" in names


def test_a_term_with_a_remit_stays_no_body(tmp_path: Path) -> None:
    text = ("Output grows\n\nThe Index of Industrial Production (IIP) rose 4% in May, the statistics office said.\n")
    assert not any("Index" in n for n in _names(tmp_path, text))


def test_a_title_case_headline_runs_the_body_into_its_verb(tmp_path: Path) -> None:
    text = ("Bank of Korvia Lowers Central Borrowing Rate\n\nThe Central Bank has once again lowered the Central "
            "Borrowing Rate to 11.5 percent from 12 percent, its governor said on Tuesday.\n")
    names = _names(tmp_path, text)
    assert "Bank of Korvia" in names
    assert not any("Lowers" in n for n in names)


def test_an_acronym_inside_a_longer_body_named_alone_is_a_body(tmp_path: Path) -> None:
    text = ("Waiting lists grow\n\nWaiting lists rose again despite more money for the NHS, ministers said. The "
            "Royal Tamar Hospitals NHS Trust said 3,000 patients were waiting. The minister said: 'Overall waiting "
            "times are falling across the NHS.' Patients called it the number one concern in the NHS.\n")
    names = _names(tmp_path, text)
    assert "NHS" in names
    assert "Royal Tamar Hospitals NHS Trust" in names


def test_a_rating_agency_by_what_it_does(tmp_path: Path) -> None:
    text = ("Budget surplus\n\nThe ministry expects a surplus of 2% this year. Last month, Corvel Ratings upgraded "
            "the country's credit rating to BB, from BB-, citing higher oil revenue.\n")
    assert "Corvel Ratings" in _names(tmp_path, text)


def test_people_named_after_a_hyphenated_office_or_a_knighthood_are_no_bodies(tmp_path: Path) -> None:
    text = ("Rates held\n\nThe Bank of Varnia held its rate at 2.5%. MPC secretary-general Piti Orasawan said "
            "the committee voted 6:1 to keep the rate. Sir David Alliance CBE, Chairman, said the result was "
            "excellent.\n")
    names = _names(tmp_path, text)
    assert "Bank of Varnia" in names
    assert not {"Piti Orasawan", "Sir David Alliance"} & set(names)


def test_a_project_or_a_scheme_named_after_a_body_is_no_body(tmp_path: Path) -> None:
    text = ("Loans approved\n\nThe World Bank approved $930 million to fund the Varn Railways Expansion and "
            "Modernization Project (VREM). The National Greenhouse and Energy Reporting Scheme compiles "
            "company emissions.\n")
    names = _names(tmp_path, text)
    assert "World Bank" in names
    assert not any(n.startswith(("Varn Railways", "National Greenhouse")) for n in names)


def test_firms_listed_before_a_count_of_firms_are_companies(tmp_path: Path) -> None:
    text = ("证监会处罚\n\n10月以来,仁智股份、中金公司、浩丰科技、*ST卓朗等4家上市公司陆续收到中国证监会下发的告知书。"
            "此外,国中水务、鼎信通讯和中金公司等3家公司的立案调查用时不超过一个月。\n")
    names = _names(tmp_path, text)
    assert {"仁智股份", "浩丰科技", "国中水务", "鼎信通讯"} <= set(names)


def test_the_holder_of_a_role_in_a_body_of_a_kind_is_no_body(tmp_path: Path) -> None:
    text = ("Rates held\n\nThe Federal Reserve held rates at 5.25%. The governor of the central bank Jerome Pallow "
            "spoke to reporters later. Dalia Orun, also chairman of construction giant Emvar, welcomed the move.\n")
    names = _names(tmp_path, text)
    assert "Emvar" in names
    assert "Jerome Pallow" not in names


def test_an_acronym_only_ever_an_one_is_no_body(tmp_path: Path) -> None:
    text = ("Data portal\n\nThe Australian Bureau of Statistics publishes emissions data each quarter. Users can "
            "reach the data through an API or download datasets for each sector, the bureau said.\n")
    names = _names(tmp_path, text)
    assert "Australian Bureau of Statistics" in names
    assert "API" not in names


def test_a_term_defined_after_an_opening_word_and_its_remit_is_no_body(tmp_path: Path) -> None:
    text = ("Growth slows\n\nGrowth slowed in Q2 of the Financial Year (FY) 2024-25, the National Statistics Office "
            "said on Friday.\n")
    names = _names(tmp_path, text)
    assert "National Statistics Office" in names
    assert "Financial Year" not in names


def test_a_surname_with_a_click_is_no_body(tmp_path: Path) -> None:
    text = ("Repo rate cut\n\nThe Governor of the Bank of Namibia, Johannes !Garoxab, on Wednesday announced a cut "
            "to 7%. Meanwhile, !Garoxab said inflation would ease next year.\n")
    names = _names(tmp_path, text)
    assert "Bank of Namibia" in names  # the governor's bank, without his office
    assert "Garoxab" not in names
