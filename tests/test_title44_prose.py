"""Lines that read as prose, a body's or an office's name or a tool row, not as a headline, and headlines written as
sentences that stay headlines.  Made-up lines through :mod:`briefkit.extract.titleprose`."""

from __future__ import annotations

from briefkit.extract.titleprose import body_name, finished_sentence, not_a_title, office_line, story_prose, tool_line


def test_story_sentences_are_prose() -> None:
    assert finished_sentence("“We have mapped every bridge that needs repair and will start soon,” the engineer said.")
    assert finished_sentence("County commissioners approved an $18.2 million annual budget on Tuesday for the year.")
    assert story_prose("Lopez said total export value in February stood at 17.9 billion dollars")
    assert story_prose("The early start will be in line with the improved economic situation and rising costs")
    assert story_prose("The currency has in recent times experienced significant depreciation against the dollar")
    assert story_prose("It’s Monday 28th September, this is the news in 60 seconds")
    assert story_prose("The minister of Finance, Jane Doe, on her way to delivering the national budget on June 12")
    assert not story_prose("Finance minister, Jane Doe, says budget on track")


def test_headlines_written_as_sentences_are_kept() -> None:
    for headline in ("Fed raises rates by 0.25 points", "NBU raises the key policy rate to 9% per annum.",
                     "2022 has arrived, but 2021 has still left us with a lot of questions",
                     "The independence of central banks is under threat from politics",
                     "US added a robust 916,000 jobs in March as hiring surged",
                     "Civil forfeiture redistribution announced by government",
                     "Will rates rise again this year?", "Analysis: The bank has raised rates too far"):
        assert not not_a_title(headline), headline


def test_names_offices_and_tools_are_no_headlines() -> None:
    assert body_name("International Coalition for the Responsibility to Protect")
    assert body_name("Central Bank of Norway")
    assert not body_name("Bank of Uganda Lowers Central Borrowing Rate")
    assert not body_name("Central bank holds rates")
    assert office_line("Federal Member for Wannon")
    assert office_line("Office of the Premier")
    assert office_line("Senator the Hon Jane Doe")
    assert not office_line("Minister for Finance resigns over budget leak")
    assert tool_line("Download PDFDownload PDF")
    assert tool_line("PDF | Print | E-mail")
    assert tool_line("我的頻道 拖拉類別可自訂排序")
    assert not tool_line("Download speeds double across rural districts")


def test_title_cased_headlines_opening_on_a_name_are_kept() -> None:
    assert not office_line("Minister of Finance Announces New Tax")
    assert not story_prose("Biden said to weigh new tariffs on imported steel and aluminium")


def test_a_closed_sentence_reporting_what_was_said_is_left_to_the_layout() -> None:
    assert story_prose("Lopez said total export value in February stood at 17.9 billion dollars")
    assert not story_prose("Officials said the budget would add twelve jobs in response to the council.")
