"""How a sentence of the body ends: cut short, signed off by the agency, or whole but left without its stop."""

from __future__ import annotations

import pytest

from briefkit.extract.sentenceends import cut_short, finished, headline_case, unfinished, without_signoff


@pytest.mark.parametrize("text", [
    "Vegetable prices increased 23.3% in the 12 months to June 2023, while ready-to-eat food an...",
    "Due to a complicated pandemic situation in the world, during the first quarter of this year,...",
    "Air Vice Marshal Lasitha Sumanaweera will be appointed as the new Chief of Staff of…",
    "The School Education Bill, now being debated in parliament, was introduced primarily to implement the",
    "With the opening of the park in 1955, he transformed the industry, where families could create h",
    "The trade balance stayed in the black. It is the first time the budget has shown a double digit number i",
    "“We have already forwarded their names to the state house of assembly for screening,” added",
    "新任政務司司長李家超表示,對於特首提名,中央...",
])
def test_a_sentence_the_page_cut_is_cut_short(text: str) -> None:
    assert cut_short(text) and unfinished(text)
    assert finished(text) == text.rstrip()  # no stop to hide the cut


@pytest.mark.parametrize("text", [
    "Headline inflation rose to 3.4 per cent, higher than the 2.9 per cent recorded the previous month.",
    "“These figures, both for exports and for imports, are within our forecast,” he said",
    "施工人员有序作业。……",
    "The county's budget for the year is $12 million (up 4%)",
])
def test_a_whole_sentence_is_not_cut_short(text: str) -> None:
    assert not cut_short(text)


@pytest.mark.parametrize(("text", "bare"), [
    ("It will foster a sustainable economic recovery. — Bernama", "It will foster a sustainable economic recovery."),
    ("“Food inflation remains the major contributor,” the central bank said. - Bernama",
     "“Food inflation remains the major contributor,” the central bank said."),
    ("He established a Ministry for Small Business Development. – SAnews.gov.za",
     "He established a Ministry for Small Business Development."),
    ("Growth is projected to drop to six percent. - BERNA NAMATA, The EastAfrican",
     "Growth is projected to drop to six percent."),
    ("“It should help anchor growth,” said Pelaelo. Enditem", "“It should help anchor growth,” said Pelaelo."),
    ("His Majesty wished the people further progress. ---Ends/Thuraiya/Anas ...",
     "His Majesty wished the people further progress."),
    ("Companies hired students on lower paying contracts. ...continue reading",
     "Companies hired students on lower paying contracts."),
])
def test_a_sign_off_is_no_part_of_the_sentence(text: str, bare: str) -> None:
    assert without_signoff(text) == bare
    assert finished(text) == bare


def test_a_sentence_trailing_off_reads_as_a_dek_cut_short() -> None:
    # a thought trailing off and a teaser's dek cut to length look alike; on news pages the dek is far more common
    assert cut_short("The agency said it would wait and see...")


def test_a_dash_inside_a_sentence_is_no_sign_off() -> None:
    text = "Rates rose in line with the Fed — most recently on Wednesday — and prices eased."
    assert without_signoff(text) == text


def test_a_whole_sentence_without_its_stop_is_given_one() -> None:
    said = "“These figures are within our forecast,” he said"
    assert finished(said) == said + "."
    tagged = "“We will not raise taxes this year,” said Finance Minister Jane Doe"
    assert finished(tagged) == tagged + "."
    assert finished("Normally the budget is presented during the second week of June every year") \
        == "Normally the budget is presented during the second week of June every year."
    # a page cut after a whole word whose end gives it away gets no stop to hide the cut
    for cut in ("The goods deficit decreased $1.4 billion to $44.4 billion for the three",
                "Export value was worth 21.3 billion USD, while imports were worth 19.5 billion USD, up"):
        assert cut_short(cut) and finished(cut) == cut
    # a headline in title case, or a short line, is no sentence to close
    assert finished("TICAD 9 to Start in Yokohama on Wed. to Discuss Aid for African Countries").endswith("Countries")
    assert finished("Share this article") == "Share this article"


def test_another_storys_headline_is_in_title_case() -> None:
    assert headline_case("Czech and Slovak Museum in Cedar Rapids Forms Bridge Between the Past and the Future")
    assert not headline_case("The Bank of Uganda raised its central bank rate to 8.5 percent on Monday")
    assert not headline_case("Minister of Finance Says Rates Will Rise.")  # a stop: a sentence
