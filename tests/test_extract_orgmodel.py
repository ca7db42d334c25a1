"""The organisation scorer's candidates and features, its decision, and a sum's magnitude taken for a body.

:mod:`briefkit.extract.orgfeatures` finds every run of capitalised words and describes it by what transfers
(shape, the words around its mentions); :mod:`briefkit.extract.orgmodel` adds the candidates a model finds
probable, and none without a model.  A model is trained here on a small made-up set, so the decision is tested
end to end through python-crfsuite without the development corpus.
"""

from __future__ import annotations

from pathlib import Path

import pycrfsuite
import pytest
from tests.conftest import drafted

from briefkit.content.model import Entity
from briefkit.extract import orgmodel
from briefkit.extract.orgfeatures import PageWords, candidates, features

TEXT = ("Shares of Velmora Holdings fell after the Department of Public Expenditure and Reform said on Monday that "
        "Velmora's contract would end. Maria Lopez, a spokesperson for Quillbrook, declined to comment.")


def test_candidates_are_capitalised_runs_with_their_joining_words() -> None:
    names = list(candidates(TEXT))
    assert "Velmora Holdings" in names
    assert "Department of Public Expenditure and Reform" in names
    assert "Velmora" in names  # the possessive's owner, without its "'s"
    assert "Quillbrook" in names and "Maria Lopez" in names


def test_features_describe_shape_and_context_not_the_name() -> None:
    found = candidates(TEXT)
    dept = features("Department of Public Expenditure and Reform", found["Department of Public Expenditure and Reform"],
                    PageWords(TEXT))
    assert dept.get("joined") and dept.get("strong_any") and dept.get("prev=the")
    person = features("Maria Lopez", found["Maria Lopez"], PageWords(TEXT))
    assert person.get("given_first") and person.get("next=,")
    velmora = features("Velmora", found["Velmora"], PageWords(TEXT))
    assert velmora.get("possessive")
    assert not any("velmora" in key.lower() for key in velmora)  # a name's own words are no feature


def _always(name: str, text: str) -> bool:
    return True


def _train(tmp_path: Path) -> Path:
    """A model on made-up pages: a name after "spokesperson for" or before "Holdings" is a body; a name with a
    given name first is a person's."""
    trainer = pycrfsuite.Trainer(verbose=False)
    pages = [
        ("Anna Berg, a spokesperson for Dravik, said. Shares of Corlen Holdings rose. Peter Holm agreed.",
         {"Dravik", "Corlen Holdings"}),
        ("John Hart, a spokesperson for Ostrel, said. Shares of Pellow Holdings fell. Mary Lane agreed.",
         {"Ostrel", "Pellow Holdings"}),
    ]
    for text, gold in pages * 5:
        for name, feats in orgmodel.rows(text):
            trainer.append(pycrfsuite.ItemSequence([feats]), ["Y" if name in gold else "N"])
    trainer.set_params({"c2": 0.1, "max_iterations": 100})
    path = tmp_path / "orgs.crfsuite"
    trainer.train(str(path))
    return path


def test_the_model_adds_probable_bodies_and_leaves_found_ones(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(orgmodel.ENV, str(_train(tmp_path)))
    text = "Lena Moss, a spokesperson for Varnel, said. Shares of Tobrin Holdings rose. Karl Stone agreed."
    names = [o.name for o in orgmodel.extend(text, [Entity(name="Tobrin Holdings", kind="organisation")], _always)]
    assert names[0] == "Tobrin Holdings" and names.count("Tobrin Holdings") == 1
    assert "Varnel" in names
    assert "Lena Moss" not in names and "Karl Stone" not in names


def test_without_a_model_nothing_is_added(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(orgmodel.ENV, "off")
    found = [Entity(name="Tobrin Holdings", kind="organisation")]
    assert orgmodel.extend("A spokesperson for Varnel said.", found, _always) == found


def test_a_sums_magnitude_and_its_purpose_are_no_body(tmp_path: Path) -> None:
    brief = drafted(tmp_path, "Rs. 20 Billion for Health, Rs. 30 Billion on Education in the 2024 Budget\n\n"
                              "The finance minister allocated Rs. 20 billion for health on Monday, the Ministry of "
                              "Finance said.\n")
    names = [o.name for o in brief.organisations]
    assert not any(n.startswith("Billion") for n in names), names
    assert "Ministry of Finance" in names


def test_the_packaged_model_adds_no_person_place_or_heading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(orgmodel.ENV, raising=False)
    assert orgmodel.model_path() == orgmodel.MODEL and orgmodel.MODEL.is_file()
    text = ("Key Findings\n\nMaria Lopez said on Tuesday that prices in Toronto rose. Lopez, who lives in Toronto, "
            "added that the Brindle Partners survey agreed.\n")
    names = [o.name for o in orgmodel.extend(text, [], _always)]
    assert not {"Maria Lopez", "Lopez", "Toronto", "Key Findings", "Tuesday"} & set(names), names


def test_a_found_name_overlaps_a_candidate_only_as_whole_words() -> None:
    # a firm found as "E" is no part of "Competition and Markets Authority": letters inside a word are no name
    assert not orgmodel.overlaps("Competition and Markets Authority", ["E"])
    assert not orgmodel.overlaps("Bloomberg", ["BloombergNEF"])
    # one body written longer or shorter, its possessive, or its initials, still is the found one
    assert orgmodel.overlaps("Ofgem", ["Ofgem’s board"])
    assert orgmodel.overlaps("Economy Energy Trading Limited", ["Economy Energy"])
    assert orgmodel.overlaps("PURA", ["Connecticut Public Utilities Regulatory Authority"])
    assert orgmodel.chosen([("Competition and Markets Authority", 0.9)], ["E"]) == ["Competition and Markets Authority"]
