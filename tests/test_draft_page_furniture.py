"""A drafted brief takes no page furniture for a theme, and no picture's credit for a sentence's end.

A news page sets its desk's kicker ("Politics·Breaking") over the headline and the outlet's name beside a byline
with no time ("CBC News ·") as headings; it prints a standfirst that the lede says again with its attribution,
and it runs a photo's credit into the sentence above the picture ("… $348.3 million.Patrick Doyle / THE
CANADIAN PRESS").  None of these is the article's: no theme is headed by furniture, the standfirst is printed
once, and every sentence of the summary, the key points, the background and the themes ends on its own stop
(:mod:`briefkit.extract.sections`, :mod:`briefkit.extract.sentenceends`).
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from tests.conftest import drafted

from briefkit.content.model import Brief
from briefkit.document import nodes as n
from briefkit.packs import find_pack
from briefkit.render import document_for

KICKER = """Politics·Breaking

Federal government to table fall economic statement on Nov. 21

Finance Minister Chrystia Freeland will table the federal government's fall economic statement on Nov. 21.

PBO has projected a federal deficit higher than the spring budget forecast

CBC News ·

Finance Minister Chrystia Freeland will table the federal government's fall economic statement on Nov. 21, \
her office said Thursday.

The fall statement will be the public's first look at the government's books since last spring's federal\
 budget, which projected a $40.1-billion deficit in 2023-24.

Last month, the parliamentary budget officer projected the federal deficit would rise to $46.5 billion due\
 to slower growth in government revenues and higher expenses.

Economists expect the statement to set out new spending on housing and a plan to bring the deficit down over five years.
"""

CREDIT = """Province posts a surplus as resource revenue climbs

The province reported a budget surplus of $1.2 billion for the last fiscal year on Tuesday, beating its forecast.

Revenue

Resource revenue rose by 14 per cent as potash and oil prices stayed high through the year.

The province's deficit forecast for this year has since risen to $348.3 million.Patrick Doyle / THE CANADIAN PRESS

Officials said lower royalties from oil would weigh on revenue in the coming months as prices fall back.

Spending

Health spending grew by 9 per cent, the largest increase of any department in the budget year.

The finance minister said the province would keep its plan to pay down debt over the next four years.
"""


def _texts(brief: Brief) -> list[str]:
    return [brief.summary or "", *(p.text for p in brief.key_points), *brief.background,
            *(p for s in brief.sections for p in s.paragraphs)]


def _shown(brief: Brief, text_only: bool = False) -> list[str]:
    """The lines of the drafted note (its paragraphs and lists only with ``text_only``)."""
    doc = document_for(brief, find_pack("note", None), "draft", None)
    text = (n.Paragraph, n.BulletList, n.OrderedList, n.BlockQuote)
    return [line for b in doc.blocks if not isinstance(b, n.Notes) and (isinstance(b, text) or not text_only)
            for line in n.block_text(b).splitlines()]


def test_page_furniture_heads_no_theme(tmp_path: Path) -> None:
    brief = drafted(tmp_path, KICKER)
    headings = [s.heading for s in brief.sections]
    assert not any("·" in h for h in headings), headings
    # the sentences under the furniture are the story's: they are drafted still
    assert any("$46.5 billion" in t for t in _texts(brief))


def test_a_standfirst_the_lede_says_again_is_printed_once(tmp_path: Path) -> None:
    brief = drafted(tmp_path, KICKER)
    said = Counter(len(re.findall(r"will table the federal government's fall economic statement", line))
                   for line in _shown(brief))
    assert sum(k * v for k, v in said.items()) == 1, _shown(brief)


def test_a_picture_credit_run_into_a_stop_is_no_part_of_a_sentence(tmp_path: Path) -> None:
    brief = drafted(tmp_path, CREDIT)
    texts = _texts(brief)
    assert any("$348.3 million." in t for t in texts), texts  # the sentence stays, less the credit
    assert not any("CANADIAN PRESS" in t or "Patrick Doyle" in t for t in texts), texts
    assert not any("CANADIAN PRESS" in line for line in _shown(brief, text_only=True))


THEMED = """Council to set out new housing plan on March 4

The city council will set out its long-awaited housing plan for the next decade on March 4.

The plan

The city council will set out its long-awaited housing plan for the next decade on March 4, the mayor's office \
said Tuesday.

The plan is expected to cover 12,000 new homes, of which a third would be let at social rents to families.

Council officials said the cost would be met by land sales and a grant from the national government.

The money

The housing budget for the coming year is set at $310 million, up from $250 million the year before.

Opposition councillors said the plan came too late for families already waiting for a home in the city.
"""


def test_a_theme_does_not_say_the_summary_again_with_its_attribution(tmp_path: Path) -> None:
    brief = drafted(tmp_path, THEMED)
    shown = _shown(brief, text_only=True)
    said = sum(len(re.findall(r"will set out its long-awaited housing plan", line)) for line in shown)
    assert said == 1, shown


INITIALS = """County reports three new coronavirus cases as state sets a record

Gregg County reported its 14th death from COVID-19 on Wednesday as state health officials cited a record 5,551 \
new cases.

In Gregg County, County Health Administrator A.J. Harris cited three new coronavirus cases Wednesday, boosting \
the county's cumulative total to 320.

Of the 14 Gregg County deaths from the novel coronavirus, 13 have been related to nursing homes, officials said.

The drought of testing is over, and the county has opened a second drive-through site at the fairgrounds.

Furthermore, Dr. Lewis Browne said that "the county has enough hospital beds for now, but we are watching \
closely. Cases have doubled in two weeks."
"""


def test_a_name_with_initials_is_no_sentence_end(tmp_path: Path) -> None:
    brief = drafted(tmp_path, INITIALS)
    texts = _texts(brief)
    assert not any(t.startswith("Harris cited") or t.endswith("A.J.") for t in texts), texts
    shown = _shown(brief, text_only=True)
    said = sum(len(re.findall(r"cited three new coronavirus cases", line)) for line in shown)
    assert said == 1, shown
    said = sum(len(re.findall(r"the county has enough hospital beds for now", line)) for line in shown)
    assert said <= 1, shown
