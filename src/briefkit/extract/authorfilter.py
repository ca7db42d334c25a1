"""One filter for the writer names every source proposes: the byline rules, the hand-weighted name
scorer, the line model and the learned name scorer.

A byline's place holds many capitalised words that name no writer, and each source of names meets the same
ones, so each source's names go through the same three tests:

- an outlet or its staff standing where the byline would ("Posted by Lakeview News", "By Lakeview Gazette
  Staff"): :func:`briefkit.extract.outletcands.outlet_not_person`;
- people the page names for another part: its photographers, the writers of the stories listed at its foot,
  a release's press contacts, and, among names guessed from where they stand, a source the body quotes:
  :func:`briefkit.extract.authorcands.writers_only`;
- the speaker named under a pull quote (the quotation alone on its line, then "Tom Reed, Mayor"), and, among names
  guessed from where they stand, one heading the quotation of a round-up ("Annie Butler – Federal Secretary" over
  a paragraph that is one quotation);
- a salutation, a profile's heading or an office opening the name ("Dear Jane Doe", "Meet Jane Doe", "Chief
  Executive Jane Doe"): :func:`briefkit.extract.bylinenames.opens_on_no_writer`;
- an interface word, an institution, a place, a clause or a menu item:
  :func:`briefkit.extract.notwriters.not_writers`;
- among names guessed from where they stand, one that reads as no person's name (a Chinese column label, a
  heading of three capitalised words with no given name): :func:`briefkit.extract.givennames.plausible_guess`.

What the publisher declared in its own metadata names its writers as it means them ("Trade Desk") and is
kept whatever these tests say, except that a photographer or a teaser's writer is never this story's.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass, field

from briefkit.extract import authorcands, bylinenames, givennames, lonenames, notwriters, outletcands
from briefkit.readers import Article

# "Written by: Jane Doe Published: March 4": a label's value runs on into the page's next field, a stamp's word
# and its colon; no name holds a colon, so the name ends before the word that opens the next field
_NEXT_FIELD = re.compile(r"\s+(?:(?:Published|Updated|Posted|Last\s+[Uu]pdated|Modified|Filed|Date|Posted\s+on)\b.*"
                         r"|[A-Z][a-z]+\s*:.*)$")


# "Jane Doe Follow", "Jane Doe View profile": the button a site prints beside its writer's name, pasted with it
_BUTTON = re.compile(r"\s+(?:Follow(?:\s+(?:me|on\s+\w+))?|Subscribe|Unfollow|Following|View\s+[Pp]rofile|"
                     r"(?:See|View)\s+all(?:\s+(?:articles|posts|stories))?)\s*$")


# "Author Jane Doe", "Reporter Jane Doe": a credit's label printed without its colon, read as the name's first word
_LABEL = re.compile(r"^(?:Author|Writer|Reporter|Byline|Columnist)\s+(?=[A-Z])")


def name_alone(name: str) -> str:
    """``name`` without the field a pasted page ran into it, a credit's label before it and the button a site
    prints beside it ("Author Jane Doe Follow"), the wire agency printed after it ("By Jane Doe Reuters": the
    agency is the source) and the honours after it."""
    name = _NEXT_FIELD.sub("", name) if ":" in name else name
    name = _BUTTON.sub("", name) if len(name.split()) > 2 else name
    name = _LABEL.sub("", name) if len(name.split()) > 2 else name
    return notwriters.without_postnominals(bylinenames.without_agency(name))


# "Jane Doe: 'We are ready'" under a title: a standfirst quoting someone; "Jane Doe addresses workers at the
# port": a caption or a standfirst's sentence about them (a verb in small letters after the name); neither is a
# byline, while "Jane Doe reports from Accra" and a standfirst's "Jane Doe argues that …" name the writer
_WRITERS_VERB = r"(?:report|write|argue|explain|discuss|examine|explore|consider|ask|reflect|look|analyse|analyze|" \
    r"outline|offer|suggest|share|recall|assess|review|weigh|unpack|break)s\b"
# a verb in the past ("Jane Doe presented the budget.") reads so too, but for a stamp's word beside a byline
# ("Jane Doe updated 3 hours ago", "Jane Doe based in Accra") and a writer's own verb ("Jane Doe reported")
_STAMP_VERB = r"(?:updated|posted|published|filed|edited|modified|created|based|reported|wrote|written)\b"
# a caption's marks after the name: where the person stands in the picture ("Ann Moore (left) and Tom Lee"), the
# person's age ("Tom Lee, 54, a retired teacher"), or what the person is doing where ("Tom Lee at the council
# meeting", "Tom Lee during the vote"; a byline's "Jane Doe in Accra" names a place in capitals)
_CAPTION_MARK = r"|\s*\((?:left|right|cent(?:re|er)|l|r|front|back|top|bottom|pictured)\)|,\s*\d{1,3}\s*," \
    r"|\s+(?:at|during|after|before|outside|inside)\s+(?:(?:the|a|an|his|her|their)\s+[a-z]" \
    r"|(?!(?:the|an|his|her|their)\b)[a-z]{3,})"
_SPOKEN_OF = r"(?:\s*:\s*[\"'“‘]|\s+(?!" + _WRITERS_VERB + r"|" + _STAMP_VERB + r")[a-z]{3,}(?:s|ed)\s+\w" \
    + _CAPTION_MARK + ")"


def _spoken_of(name: str, head: list[str]) -> bool:
    """Whether a head line opens on ``name`` and a quotation or a sentence about the person."""
    pattern = re.compile(re.escape(name) + _SPOKEN_OF)
    return any(pattern.match(line.strip()) for line in head)


# A line that is one quotation and nothing else, closed by its full stop or comma ("“This is a budget for
# everyone.”"): a pull quote, whose speaker the next line names (a quoted headline has no closing stop)
_WHOLE_QUOTE = re.compile(r"^[“\"‘'][^“”\"]{10,}[.!…,][”\"’']$")


# A paragraph that is a quotation and nothing else: opened by a quotation mark, with no mark closing it before its
# end ("“It was great news …”." under "Annie Butler – Federal Secretary"); a lead quoting someone names the speaker
# after the quote ("“We are ready,” the mayor said"), and a quote running on into the next paragraph is not closed
_QUOTE_ALONE = re.compile(r"^[“\"][^“”\"]{10,}(?:[”\"][.!?…]?)?$")


@dataclass(frozen=True)
class WriterFilter:
    """The tests of one page: its ``head`` lines (where bylines stand) and the ``declared`` writers."""

    article: Article
    head: list[str]
    declared: list[str] = field(default_factory=list)

    @functools.cached_property
    def top(self) -> list[str]:
        """The head lines and the story's first paragraphs, where a standfirst stands."""
        return self.head + self.article.paragraphs[:2]

    @functools.cached_property
    def under_quotes(self) -> list[str]:
        """The lines set straight under a line that is one quotation and nothing else: a pull quote's speaker
        ("“We fixed the roads first.”" over "Tom Reed, Mayor"), no byline."""
        lines = [text for line in self.article.text.split("\n") if (text := line.strip())]
        return [below.lstrip("—–- ") for above, below in itertools.pairwise(lines) if _WHOLE_QUOTE.match(above)]

    def _quoted_over(self, name: str) -> bool:
        """Whether ``name`` opens a line under a pull quote: the quote's speaker."""
        return any(line.startswith(name) for line in self.under_quotes)

    def speaker_over_quote(self, name: str) -> bool:
        """Whether a line opening on ``name`` ("Annie Butler – Federal Secretary, …", or the name alone with the
        office on the next line) stands over a paragraph that is one quotation and nothing else: a round-up's
        heading for the person it quotes, no byline (a story opening on a quote names its speaker in it)."""
        lines = self.lines
        for i, line in enumerate(lines):
            if not line.startswith(name):
                continue
            below = lines[i + 1:i + 3]
            if below[:1] and not _QUOTE_ALONE.match(below[0]) and len(below[0].split()) <= 15:
                below = below[1:]  # the office under the name
            if below[:1] and _QUOTE_ALONE.match(below[0]):
                return True
        return False

    @functools.cached_property
    def lines(self) -> list[str]:
        """The page's lines that hold any text, stripped."""
        return [text for line in self.article.text.split("\n") if (text := line.strip())]

    @functools.cached_property
    def lowered(self) -> frozenset[str]:
        """The words the page writes in lower case."""
        return givennames.lower_words(self.article.text)

    def _unplaced(self, name: str) -> str:
        """``name`` without the place a line printed after it with a comma ("Jane Doe, Accra | March 3", read as
        "Jane Doe Accra" where the comma was dropped): the page prints the name, a comma, then the place."""
        words = name.split()
        for size in (2, 1):
            person, place = " ".join(words[:-size]), " ".join(words[-size:])
            if len(words) - size >= 2 and f"{person}, {place}" in self.article.text and _is_place(place):
                return person
        return name

    def writers(self, names: list[str], credited: list[str]) -> list[str]:
        """``names`` without outlets, people credited for another part and words that name no writer.

        ``credited`` are the names a credit form stated ("By Jane Doe"); any other name was guessed from where
        it stands and is dropped too when the body quotes it as a source ("Mayor Jane Doe" under the title).
        """
        # "Josh Willie MP": the seat or honour after a name is no part of it, whichever source proposed it
        names = list(dict.fromkeys(self._unplaced(name_alone(n)) for n in names))
        credited = [self._unplaced(name_alone(n)) for n in credited]
        # "Author: KB4CAY": a radio call sign or a site's handle with digits in it names nobody's name
        names = [n for n in names if not re.search(r"[A-Za-z]\d|\d[A-Za-z]", n)]
        # a name alone under a picture's caption ("… are shown in 2022 …" over "Gene J. Puskar") is its photographer
        names = [n for n in names if n in self.declared or not lonenames.photo_credit(n, self.article.text)]
        # "Rostron Carlyle Rojas is an Australian firm …": a contributor's box describing a body, not a person
        names = [n for n in names if n in self.declared or not _described_as_body(n, self.article.text)]
        names = [n for n in names if n in self.declared or (not outletcands.outlet_not_person(n)
                                                            and not bylinenames.opens_on_no_writer(n)
                                                            and not _spoken_of(n, self.top)
                                                            and not self._quoted_over(n)
                                                            and (
            n in credited or (givennames.plausible_guess(n, self.lowered) and not self.speaker_over_quote(n))))]
        names = authorcands.writers_only(names, credited, self.article, self.head)
        return notwriters.not_writers(names, self.article.text.split("\n"), self.declared)


# the nouns a contributor's box uses of a firm or a body that wrote the piece ("… is a law firm", "… is an
# independent consultancy"); a person's role at one ("… is a partner at the firm") is no such description
_BODY_NOUN = (r"\s+(?:is|are)\s+(?:a|an|the)\s+(?:(?!(?:of|at|with|for|in|to|and)\s)[\w’'-]+\s+){0,4}?"
              r"(?:firms?|company|practice|partnership|organi[sz]ation|agency|consultancy|charity|institute|"
              r"association|foundation|network|publisher)\b")


def _described_as_body(name: str, text: str) -> bool:
    """Whether the page describes ``name`` as a firm or a body ("Rostron Carlyle Rojas is an Australian firm")."""
    return len(name.split()) >= 2 and re.search(re.escape(name) + _BODY_NOUN, text) is not None


def _is_place(text: str) -> bool:
    from briefkit.extract.places import is_place  # (late: the place lists load only when asked)

    return is_place(text)
