"""A quotation that runs over several sentences (issue 12): its middle sentences carry neither the opening mark nor
the speaker, so alone — as a summary sentence or a key point — they would give someone's words as the article's
own claim ("I hoped to harvest 300 tonnes.").  They are passed over; the quotation's own sentence with its speaker
may still be chosen.  Made-up articles through ``extract_article``."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import extracted

from briefkit.extract.sentences import inside_quotations

ARTICLE = """Farmers count the cost of the drought

The drought has cut this year's maize harvest across the province, the farmers' union said on Monday.

The union said 2,400 farms had reported losses, up from 900 last season, and asked for emergency relief.

"We planted in October as always. I hoped to harvest 300 tonnes of maize worth R2.5 million this season. Now I \
expect half of that," said Thandi Mokoena, who farms near the river.

The provincial government said it would decide on relief funding of R40 million by the end of the month.

Officials said water restrictions would stay in place until the dams recover to 40 percent of capacity.
"""


def test_a_sentence_inside_a_running_quotation_is_no_point_nor_summary(tmp_path: Path) -> None:
    brief, _ = extracted(tmp_path, ARTICLE)
    said = [brief.summary or "", *(point.text for point in brief.key_points)]
    assert not any(text.startswith("I hoped to harvest") or " I hoped to harvest" in text.split('"')[0]
                   for text in said)
    assert brief.key_points, "the article's own sentences still make points"


def test_which_sentences_lie_inside() -> None:
    run = ["\u201cWe planted in October.", "I hoped to harvest 300 tonnes.", "Now I expect half,\u201d she said."]
    assert inside_quotations(run) == {1}
    # a quoted paragraph that opens on its mark and runs on into the next paragraph
    assert inside_quotations(["\u201cAlmost a fifth struggle to pay.", "Companies should help."]) == {1}
    # an unpaired mark elsewhere is no evidence; a closed quotation in one sentence leaves the next outside
    assert inside_quotations(['The pipe is 5" wide.', "It was laid in May."]) == set()
    assert inside_quotations(["\u201cIt works,\u201d he said.", "The plant opens in May."]) == set()


STATEMENT = """Union responds to the drought report

Commenting on the report, Thandi Mokoena, the union's president, said:

"The drought has cut this year's maize harvest by 40 percent. Farms across the province report losses of \
R2.5 billion. The government must release relief funding of R40 million now. Every week of delay costs jobs."
"""


def test_a_statement_that_is_one_quotation_still_has_a_summary(tmp_path: Path) -> None:
    brief, _ = extracted(tmp_path, STATEMENT)
    summary = brief.summary or ""
    assert "R2.5 billion" in summary or any("R2.5 billion" in point.text for point in brief.key_points)
