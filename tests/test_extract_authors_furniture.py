"""Writers on pages with a web page's furniture around the story: menus above, a "Related stories" list with its
own bylines below (:mod:`briefkit.extract.authorscore`'s choice among the names the writer filter keeps), names
with particles (:mod:`briefkit.extract.namespans`, :mod:`briefkit.extract.bylines_en`) and a wire's initials run
onto a name (:func:`briefkit.extract.notwriters.without_postnominals`).

Made-up pages, run through the whole extractor: the teaser's writer at the foot scores highest of all the names
the scorer weighs, and must not hide the story's own byline or sign-off.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefkit.extract import extract_article, namespans, notwriters

TITLE = "Regional council approves new water tariff after months of debate"
MENU = ["Home", "News", "Politics", "Business", "Sport", "Subscribe"]
STORY = [
    "The regional council on Tuesday approved a new water tariff that will raise household bills by 8 per cent from "
    "July, ending a dispute that has run since last autumn.",
    "Council chair Rajesh Kumar said the increase was needed to pay for repairs to ageing pipes. \"We cannot keep "
    "patching a network built in the 1960s,\" Kumar said.",
    "The utility estimates that 14 per cent of treated water is lost to leaks each year, costing about $12 million.",
    "The new tariff will be reviewed in two years, officials said, and households that struggle to pay can apply "
    "for a rebate from the council.",
]
TEASERS = ["Share this article", "Related stories", "Drought forces farmers to cut herds", "By Grace Whitfield",
           "Port workers strike over pay", "2 hours ago", "© 2024 The Valley Times. All rights reserved."]


def _authors(tmp_path: Path, head: list[str], foot: list[str] = ()) -> list[str]:  # type: ignore[assignment]
    lines = [*MENU, TITLE, *head, "March 3, 2024", "", *STORY, "", *foot, *TEASERS]
    path = tmp_path / "page.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return list(extract_article(path)[0].meta.authors)


@pytest.mark.parametrize(("head", "foot"), [
    (["Workers repair a pipe. Photo: Liam Hartley", "Maria Okonkwo"], []),  # a caption between title and byline
    ([], ["– Maria Okonkwo"]),  # a sign-off after the story's last sentence, the page's furniture after it
    ([], ["MARIA OKONKWO"]),
])
def test_a_teasers_byline_does_not_hide_the_writer(tmp_path: Path, head: list[str], foot: list[str]) -> None:
    assert _authors(tmp_path, head, foot) == ["Maria Okonkwo"]


def test_a_teasers_byline_is_never_the_writer(tmp_path: Path) -> None:
    assert _authors(tmp_path, []) == []
    assert _authors(tmp_path, ["Photo: Liam Hartley"]) == []


def test_names_with_particles(tmp_path: Path) -> None:
    assert namespans.names_on("By Ana de la Cruz") == ["Ana de la Cruz"]
    assert namespans.names_on("Ludwig van Dijk") == ["Ludwig van Dijk"]
    assert namespans.names_on("Banco de la Nacion") == []  # no person's name without its particles
    assert _authors(tmp_path, ["By Ludwig van Dijk"]) == ["Ludwig van Dijk"]
    assert _authors(tmp_path, ["By Ana de la Cruz"]) == ["Ana de la Cruz"]


def test_a_wires_initials_run_onto_a_name_go(tmp_path: Path) -> None:
    assert notwriters.without_postnominals("Maria Okonkwo TNN") == "Maria Okonkwo"
    assert notwriters.without_postnominals("Maria Okonkwo AFP") == "Maria Okonkwo"
    assert notwriters.without_postnominals("Jane Ann DOE") == "Jane Ann DOE"  # a surname in capitals stays
    assert _authors(tmp_path, ["Maria Okonkwo | TNN | Updated: Mar 3, 2024, 10:15 IST"]) == ["Maria Okonkwo"]
