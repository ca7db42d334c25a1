"""Kinds of number a page carries that are no key figure (names, files, phone lines, anniversaries, days named
by their date), and kinds of figure that were misread (a vulgar fraction, a share in words beside its exact
figure, a Chinese figure with two scales, a year before 1900, a signed change in brackets).

Each page is made up in the kind's form and read through ``extract_article``, as a user's article would be.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import drafted

HEAD = "A made-up page for one kind of number\n\n"


def _values(tmp_path: Path, body: str) -> list[tuple[float, str | None]]:
    brief = drafted(tmp_path, HEAD + body + "\n")
    return [(f.value, f.unit) for f in brief.figures]


@pytest.mark.parametrize(("body", "absent"), [
    # a code at a sentence's start ("SAD 29", a school district), as mid-sentence ones already are
    ("SAD 29 has seen its enrolment drop from 1,535 in 1995 to 1,338 this year, officials said.", 29),
    ("Enrolment fell again. CSD 9 expects it to drop to 450 pupils by 2008, the superintendent said.", 9),
    # numbers pointing into a document, a single one or a list
    ("Exports (Exhibits 3, 6, and 7) fell by $1.8 billion to $188.4 billion in May.", 6),
    ("Exports (Exhibits 3, 6, and 7) fell by $1.8 billion to $188.4 billion in May.", 3),
    ("As chart 4 shows, imports grew by 2.5% in the quarter to a record high.", 4),
    # a phone line, however short, and a record's reference number
    ("Some 40 officers attended. Anyone with information should call Cheshire Police on 101, the force said.", 101),
    ("Some 40 officers attended. Witnesses can contact Dorset Police on 101 or report it online.", 101),
    ("Some 40 officers attended. Witnesses should report it online quoting reference 55190123.", 55190123),
    # a file's size beside a download
    ("Read the full briefing on the energy market (4 MB, PDF). Household bills rose by 54% last year.", 4),
    # an anniversary or a birthday is an age
    ("Next year the co-operative celebrates its 100 year anniversary, and sales passed $220 million.", 100),
    ("今年10月2日,天津大学将迎来130岁生日,学校已培养毕业生30万人。", 130),
    ("今年是中国共产党成立100周年,全省高速公路通车里程突破1万公里。", 100),
    # a day named by its date, and the last day of a span of dates
    ("6月5日是“6·5”世界环境日,全市空气优良天数比例达到92.3%。", 5),
    ("Employment rose during the reference week (April 10 to 16) by 15,000, the agency said.", 16),
    # an account code opening a quoted heading, a law's clause
    ("资金收入列2020年度“1100252农林水共同财政事权转移支付收入”科目,共下达资金3.5亿元。", 1100252),
    ("由於美國232條款調查結果尚未出爐,外銷訂單金額達到693.7億美元。", 232),
    # an age after a person's noun, or after "turned"
    ("The driver, 45, and his wife, 43, were unhurt when the bus hit 7 cars on the bridge.", 45),
    ("The driver, 45, and his wife, 43, were unhurt when the bus hit 7 cars on the bridge.", 43),
    ("The mayor, who turned 60 this year, said rents rose by 4% in the city.", 60),
    # a tally of votes or a score written with "to"
    ("The Senate voted 52 to 48 to pass the bill, which costs $40 billion over a decade.", 52),
    ("The board approved it by a vote of 7 to 2, releasing funding of $3 million.", 2),
    # a model's number before its name
    ("On its first flight the 787 Dreamliner carried 500 people from Tokyo to Hong Kong.", 787),
    # the size that describes a body
    ("Farmers say the 27-nation bloc’s green rules cut their income by 5% last year.", 27),
    # "in" a length of time after another figure is the span it was counted over
    ("Exports crossed a record $43 billion in 10 months, the ministry said on Sunday.", 10),
    # a bank named by its rank (a relative clause) is no rank the sentence states
    ("位居第一的工商银行净利润高达645.31亿元,同比增长57.99%。", 1),
    # a post office box, and items a sentence numbers in brackets
    ("Rents rose 8% last year. Send letters to P.O. Box 1234, Austin, TX 78701.", 1234),
    ("The law (1) raises taxes and (2) cuts spending by $4 billion over a decade.", 2),
    # a calendar year before 1900 is a date, not a length of time or a count
    ("时光回到1895年10月2日,北洋大学堂诞生,如今学校有学生3万余人。", 1895),
    ("The college opened in 1861 and now teaches 12,000 students a year.", 1861),
])
def test_names_and_dates_are_no_figures(tmp_path: Path, body: str, absent: float) -> None:
    values = _values(tmp_path, body)
    assert values, "the page's real figure is still found"
    assert absent not in [v for v, _ in values]


@pytest.mark.parametrize(("body", "value", "unit"), [
    # a vulgar fraction's glyph after the digits
    ("VAT receipts were €13.2 billion, up by €1.4 billion or 11½ per cent on a year earlier.", 11.5, "%"),
    ("The rate was held at 3¾ per cent, as markets had expected, the bank said.", 3.75, "%"),
    # a figure with two scales in Chinese: 2萬5千 is 25,000 (tonnes here), never 2 and 5,000
    ("首波對象為年排放超過2萬5千公噸二氧化碳當量的固定污染源事業,約有500家。", 25000, "公噸"),
    # a two-letter currency sign repeated in the sentence is money without a scale
    ("The board raised payments to farmers from Sh16 to Sh21 a kilo in the east of the country.", 21, "KES"),
    # how long a trip or a job takes, with "to" and a verb after it (not "the 12 months to July")
    ("The manager hopes it will take 10 to 12 minutes to travel the length of the city.", 12, "minutes"),
    ("Sales rose 5% in the year to July, and it will take 3 years to finish the line.", 3, "years"),
    # a statistics office writes a signed change in brackets beside its rate
    ("Employment declined among core-aged men (-36,000; -0.5%) in April, the agency said.", -36000, None),
])
def test_misread_forms_are_read(tmp_path: Path, body: str, value: float, unit: str | None) -> None:
    assert (value, unit) in _values(tmp_path, body)


def test_a_share_in_words_gives_way_to_its_exact_figure(tmp_path: Path) -> None:
    # "three-quarters (73%)": one share, exactly 73 %, not three quarters of a year nor a second share of 75 %
    values = _values(tmp_path, "Nearly three-quarters (73%) of charities said they saw new people seeking help.")
    assert values == [(73.0, "%")]
    alone = _values(tmp_path, "Nearly three-quarters of charities said they saw new people seeking help.")
    assert alone == [(75.0, "%")]


def test_what_still_counts_beside_a_pointer(tmp_path: Path) -> None:
    # counts after a pointer's own number are the sentence's figures, not more of the pointer's list
    values = _values(tmp_path, "Exhibit 2 shows that 30, 60 or 70 hospitals may close by 2030, at a cost of £2bn.")
    assert [v for v, _ in values if v < 100] == [30.0, 60.0, 70.0]
