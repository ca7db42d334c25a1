"""A working title keeps the story's subject: an office before its holder's name and a time aside go."""

from __future__ import annotations

import pytest

from briefkit.content.worktitle import working_title


@pytest.mark.parametrize(("lead", "title"), [
    ("Senior Trade Minister, Dr. Mara Quill moments ago, concluded the unveiling of the Northland "
     "Government's 2031 budget which stands at a record $2.5 trillion.",
     "Dr. Mara Quill concluded the unveiling of the Northland Government's 2031 budget"),
    ("Finance Minister, Tomas Ferrer said the deficit would narrow to 4.5 per cent of output next year.",
     "Tomas Ferrer said the deficit would narrow to 4.5 per cent…"),
])
def test_an_office_before_its_holder_leaves_the_name_as_the_subject(lead: str, title: str) -> None:
    assert working_title(lead) == title


def test_a_list_of_places_opening_the_sentence_is_kept() -> None:
    # "Kenya, Uganda and …" is no office before a name: the comma stays where it is
    assert working_title("Kenya, Uganda and Tanzania agreed on Monday to cut tariffs on goods traded "
                         "between them by half.").startswith("Kenya, Uganda and Tanzania agreed to cut tariffs")


@pytest.mark.parametrize(("lead", "title"), [
    ("NAIROBI (Reuters): Kenya's tea export earnings are expected to rise 1% this year.",
     "Kenya's tea export earnings are expected to rise 1% this year"),
    ("NEW DELHI: The government raised fuel prices by 5% on Monday.", "The government raised fuel prices by 5%"),
])
def test_a_dateline_closed_by_a_colon_goes(lead: str, title: str) -> None:
    assert working_title(lead) == title
