"""Numbers that are no key figures: dates' days, times, years, ordinals, pointers, names, phone lines."""

from __future__ import annotations

import pytest

from briefkit.extract.body import Sentence
from briefkit.extract.figures import find_figures


def _values(text: str) -> list[float]:
    return [f.value for f in find_figures([Sentence(text, 0, 0, None)])]


@pytest.mark.parametrize("text", [
    "The meeting is at 10:30 GMT on Mar 12.",
    "On 12 March, the council met.",
    "He spoke at 3 p.m. and again at 9am.",
    "Between 2010 and 2020 the council met.",
    "John Smith, 64, said the council met.", "John Smith (64) said the council met.",
    "See page 12 and section 4 of the report.",
    "Under Article 5 and Chapter 11 the council met.",
    "Paragraph 3 of Resolution 2231 was cited.",
    "Man Utd won 3–1 on Sunday.", "The Senate voted 52–48 to pass it.", "in the 2019–20 season",
    "Under Article 6.4 of the Paris Agreement, and section 3.2.", "See Figure 2.1 and Table 4.3.",
    "Leaders of the G20 met after COVID-19 to discuss Windows 11.",
    "The council used the FTSE 100 as a guide.",
    "Flight 370 vanished and Route 66 closed.",
    "He lives at 221 Baker Street.",
    "Call 555-123-4567 or +44 20 7946 0958 for details.",
    "Tel. : (852) 2582 4068 Fax : (852) 2827 1708", "電話:(852) 2582 4068",
    "Address : 19/F, Wanchai Tower, 12 Harbour Road, Wan Chai.",
    "It was the second-largest economy for the first time.",
    "In the first half of the year the council met.",
    "A Category 5 storm prompted a level 3 alert in phase 2 of the plan.",
    "2015年3月7日15時30分，会议举行。",
    "中國開兩會 外媒記者們關心啥? ( 1/ 16 )",
    "10 oct (Reuters) - El índice caía.",
    "Opposition Slams Government After 30 Dead.",
    "Also Read | Opposition Slams Centre and State Government After 30 Dead, 60 Injured in Stampede.",
    "《 人民日报 》( 2024年09月19日 01 版)",
    "Reading time 2 min.", "5 min read", "Photo 1 of 12", "Page 2 of 5", "Share 34 Tweet 12", "Comments (12)",
    "1 of 5", "Updated: Mar 5, 2024, 10:30 IST", "The vote closes at 1500 hrs.", "The raid began at 0600 local time.",
    "財政部今（9）日公布", "去（114）年12月出口", "114年因為關稅而出現拉貨潮", "（民國82年為平）",
])
def test_no_spurious_figures(text: str) -> None:
    assert _values(text) == []


@pytest.mark.parametrize(("text", "value"), [
    ("The S&P 500 closed at 4,500.25 points.", 4500.25),
    ("Windows 11 has 400 million users.", 4e8),
    ("Flight delays hit 239 passengers.", 239),
    ("Prices rose 10 percent in 5 junctions.", 10),
    ("The meeting lasted 30 minutes.", 30),
    ("会议持续了30分钟。", 30),
    ("The agency received 12 comments from the public on the plan.", 12),
    ("He won 3 of 5 races.", 5),
    ("出台了5项政策", 5),
    ("Sales rose in Germany (12) and France (9) stores.", 12),
    ("After a magnitude-8.2 earthquake struck, residents fled.", 8.2),
    ("The vote split Britain's 650 MPs.", 650),
    ("All of the EU’s 27 member states agreed.", 27),
    ("差距亦為32年來最大。", 32),
    ("The European Union and the United Nations Development Programme said 40 people died.", 40),
])
def test_figures_beside_names_survive(text: str, value: float) -> None:
    assert value in _values(text)


@pytest.mark.parametrize(("text", "unit"), [
    ("The network carried 196 million passengers last year, a record.", "passengers"),
    ("Officials counted 300 people till November.", "people"),
    ("Consumers face 17 more years of increases.", "more years"),
])
def test_counted_noun_stops_before_time_words(text: str, unit: str) -> None:
    (figure,) = find_figures([Sentence(text, 0, 0, None)])
    assert figure.unit == unit
