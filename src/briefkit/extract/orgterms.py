"""Capitalised names that are a law's, a project's, a term's or a place's around a body's word, not a body's.

A pattern that finds a body by its institutional word stops at that word; what the text writes after it (or
before it) may say the whole is a law ("… Reform Act"), a project ("Iraq Railways Expansion … Project"), a term
("Central Bank Rate") or a place ("the National Capital Region"), or that a name defined by its acronym is a term
("Carbon Capture and Storage (CCS)") rather than a body ("Intergovernmental Panel on Climate Change (IPCC)").
"""

from __future__ import annotations

import re

from briefkit.extract.orgshapes import CONCEPT

# "Intergovernmental Panel on Climate Change (IPCC)": a body's head, then the remit it is "of", "on" or "for"
REMIT_PARTICLE = re.compile(r"\s(?:of|on|for)\s")
# a law's, a treaty's or a code's title runs on after the institutional word a pattern stopped at
LAW_AFTER = re.compile(r"(?:[ \t]+[A-Z][\w’'-]*){0,4}[ \t]+(?:Act|Bill|Law|Code|Regulations?|Directive|Treaty|"
                        r"Agreement|Convention|Protocol|Ordinance|Rules)\b(?![ \t]+[A-Z])")  # not "… Law School"
# "Iraq Railways Expansion and Modernization Project", "National Greenhouse and Energy Reporting Scheme": a body's word
# inside a project's or a scheme's name, which runs on past it (a body's own "Programme" ends the match itself)
PROJECT_AFTER = re.compile(r"(?:[ \t]+(?:and[ \t]+|of[ \t]+|&[ \t]+)?[A-Z][\w’'-]*){1,5}[ \t]+(?:Project|Scheme|"
                           r"Initiative|Strategy|Survey)\b")
# "the Treaty on the Functioning of the European Union": a body in a treaty's or a charter's title is the title's
LAW_BEFORE = re.compile(r"\b(?:Treaty|Convention|Charter|Statute)[ \t]+(?:on|of|for|establishing)[ \t]+(?:the[ \t]+)?"
                         r"(?:[A-Z][\w’'-]*[ \t]+(?:of[ \t]+)?(?:the[ \t]+)?){0,3}$")
PLACE_KIND_AFTER = re.compile(r"[ \t]+(?:Region|Territory|Province|Prefecture)\b")
# "Central Bank Rate (CBR)", "Cash Reserve Requirement", "Western Cape Water Supply System": a name of capitalised
# words that runs on into a rate's, a rule's or a network's word is that thing's, cut inside if taken for a body
# (the term's word right after the name: in a title-case headline, "Harbour Energy Authority Approves New Tariff")
TERM_AFTER = re.compile(r"[ \t]+(?:Rates?|Ratios?|Requirements?|Supply|Index|Indices|"
                         r"Facility|Window|Levy|Tariffs?|Yields?|Targets?|Corridor)\b")


def concept(name: str) -> bool:
    """"Carbon Capture and Storage", "Index of Industrial Production": a term, not a body.  A name with a remit
    is judged by its head: "Intergovernmental Panel on Climate Change" is a panel, whatever its remit's words."""
    remit = REMIT_PARTICLE.search(name)
    return CONCEPT.search(name[:remit.start()] if remit else name) is not None
