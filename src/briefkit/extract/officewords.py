"""The titles of offices a page prints beside or instead of a person's name, one list for every reader.

An office is never an outlet ("… diesel subsidy in Peninsular Malaysia - PM": the Prime Minister said it), never
a site's name after a headline's dash, and with a name after it on a line of its own it captions a portrait
("Infrastructure Minister Jane Doe").  The short forms (PM, CM, FM, DPM, MP) are written in capitals.
"""

from __future__ import annotations

import re

OFFICE_TITLES = ("PM", "CM", "FM", "DPM", "MP", "Minister", "President", "Governor", "Premier", "Mayor", "Treasurer",
                 "Chancellor", "CEO", "Spokesperson", "Spokesman", "Spokeswoman", "Chairman", "Chairwoman",
                 "Chairperson", "Secretary", "Commissioner", "Director", "Senator", "Councillor", "Ambassador",
                 "Speaker", "Judge")
"""Offices as pages print them, each in its usual case."""

OFFICE_WORDS = frozenset({t.lower() for t in OFFICE_TITLES} | {"mps"})
"""The same in lower case (and "MPs"), for a name compared in lower case."""

OFFICE = "(?:" + "|".join(re.escape(t) for t in sorted(OFFICE_TITLES, key=len, reverse=True)) + ")"
"""A regular expression's alternation of the titles, the longest first."""
