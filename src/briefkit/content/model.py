"""The one content model: :class:`Brief`, an article's structured content.

Every template and writer sees the same Brief, so a number reads the same in
every product.  Any item may carry ``source_text``: the sentence of the
article it was taken from, which ``briefkit check`` verifies.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from contextvars import ContextVar
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ModelWrapValidatorHandler, field_validator, model_validator
from pydantic_core import PydanticCustomError

from briefkit.content.text import Line, Text

Precision = Literal["year", "month", "day"]
Status = Literal["draft", "reviewed"]
_LANGUAGE_TAG = re.compile(r"^[A-Za-z]{1,8}([-_][A-Za-z0-9]{1,8})*$")
_PARTIAL_DATE = {
    "year": re.compile(r"^\d{4}$"),
    "month": re.compile(r"^\d{4}-(0[1-9]|1[0-2])$"),
    "day": re.compile(r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$"),
}


class Item(BaseModel):
    """Base for every content item: strict keys, optional provenance."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, allow_inf_nan=False)

    source_text: Text | None = Field(
        default=None, description="The article's sentence this item comes from.")


def _wrap_string(value: Any, key: str) -> Any:
    """Let YAML authors write a bare string where an item has one main field."""
    return {key: value} if isinstance(value, str) else value


class Point(Item):
    """A key point, implication or open question."""

    text: Text = Field(min_length=1)

    @model_validator(mode="before")
    @classmethod
    def _from_string(cls, value: Any) -> Any:
        return _wrap_string(value, "text")


_DRAFTING: ContextVar[bool] = ContextVar("briefkit_meta_drafting", default=False)
"""Whether the Meta being validated is a draft's (set around its validation: an empty title is a draft's only)."""

_SLUG = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)+$")
"""A file name's stem ('gregg-county-covid'): lower case, words joined by hyphens, no spaces."""


class Meta(BaseModel):
    """Bibliographic facts about the article."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    title: Line = Field(
        description="The article's title. A draft may leave it empty (the page printed none): its products print "
                    "a placeholder and `briefkit check` asks for one; a reviewed brief needs one.")
    subtitle: Line | None = None
    date: dt.date | None = Field(default=None, description="Publication date (ISO).")
    source: Line | None = Field(default=None, description="Who published it, e.g. XinhuaNet.")
    outlet: Line | None = Field(default=None, description="Outlet or column, e.g. New Society.")
    authors: list[Line] = Field(default_factory=list)
    editors: list[Line] = Field(default_factory=list)
    url: Line | None = None
    language: Line = Field(default="en", description="A language tag: en, zh, pt-BR.")
    tags: list[Line] = Field(default_factory=list)
    status: Status = Field(
        default="reviewed",
        description="'draft' until a person has checked it: extract writes draft; products mark it DRAFT.")
    marking: Line | None = Field(
        default=None, description="Security or handling marking, e.g. OFFICIAL-SENSITIVE, printed on every page.")
    prepared_for: Line | None = Field(default=None, description="Who the brief is for, e.g. the Minister.")
    prepared_by: Line | None = Field(
        default=None, description="Who wrote the brief; the documents' author (never the article's editors).")
    contact: Line | None = Field(default=None, description="Who to ask about the brief: name, phone, e-mail.")
    reference: Line | None = Field(default=None, description="The brief's own reference number.")
    date_prepared: dt.date | None = Field(default=None, description="When the brief was written (ISO).")

    @property
    def shown_title(self) -> str:
        """The title as readers see it: a file name the extractor fell back to, when the article had no title
        line ('gregg-county-covid'), reads as words ('Gregg county covid'); any other title as it is."""
        if not _SLUG.match(self.title):
            return self.title
        words = re.sub(r"[-_]+", " ", self.title)
        return words[:1].upper() + words[1:]

    @model_validator(mode="wrap")
    @classmethod
    def _status_first(cls, data: Any, handler: ModelWrapValidatorHandler[Meta]) -> Meta:
        # The title's check needs the status, which is validated after it: the raw value is looked at first.
        status = data.get("status") if isinstance(data, dict) else getattr(data, "status", None)
        token = _DRAFTING.set(status == "draft")
        try:
            return handler(data)
        finally:
            _DRAFTING.reset(token)

    @field_validator("title")
    @classmethod
    def _title_unless_draft(cls, value: str) -> str:
        # A person who reviewed the brief wrote its title; only a draft may still wait for one (the page
        # printed none). The error is pydantic's own for an empty string, at meta.title's line.
        if not value and not _DRAFTING.get():
            raise PydanticCustomError("string_too_short", "String should have at least 1 character", {"min_length": 1})
        return value

    @field_validator("language")
    @classmethod
    def _language_tag(cls, value: str) -> str:
        # Writers put it into lang= attributes and document properties: keep it a tag, not text.
        if not _LANGUAGE_TAG.match(value):
            raise ValueError(f"'{value}' is not a language tag such as en, zh or pt-BR")
        return value


class Section(Item):
    """A themed block of the article: heading, paragraphs and bullets."""

    heading: Line = Field(min_length=1)
    paragraphs: list[Text] = Field(default_factory=list)
    bullets: list[Text] = Field(default_factory=list)


class Figure(Item):
    """A key figure: a number with its unit and what it measures."""

    label: Line = Field(min_length=1, description="What the number measures.")
    value: float
    unit: Line | None = Field(default=None, description="'%', 'patent applications', 'USD'…")
    display: Line | None = Field(default=None, description="How to print it, e.g. '38,000'.")
    qualifier: Line | None = Field(default=None, description="'nearly', 'over', 'about'…")
    source: Line | None = None
    as_of: Line | None = Field(default=None, description="When the figure holds, e.g. 2014-2023.")
    group: Line | None = Field(default=None, description="Figures sharing a group are charted together.")
    emphasis: bool = Field(default=False, description="Drawn in the accent colour in its group's chart.")

    @field_validator("value")
    @classmethod
    def _without_float_noise(cls, value: float) -> float:
        # 3.7 cents × 0.01 is 0.037000000000000005 in binary: twelve significant digits keep every figure an
        # article prints and drop the noise a reviewer would otherwise see in the draft
        return float(f"{value:.12g}") if math.isfinite(value) else value


class Event(Item):
    """A dated event on the timeline."""

    date: Line = Field(description="YYYY, YYYY-MM or YYYY-MM-DD, matching precision.")
    precision: Precision = "day"
    event: Text = Field(min_length=1)
    original: Line | None = Field(
        default=None, description="The article's wording when it was relative.")

    @field_validator("date", mode="before")
    @classmethod
    def _date_to_text(cls, value: Any) -> Any:
        # YAML reads 2024-07-01 as a date object; keep the model's one spelling.
        return value.isoformat() if isinstance(value, dt.date) else value

    @model_validator(mode="after")
    def _date_matches_precision(self) -> Event:
        if not _PARTIAL_DATE[self.precision].match(self.date):
            raise ValueError(f"date '{self.date}' does not match precision '{self.precision}'")
        return self


class Quote(Item):
    """A quotation or attributed statement."""

    text: Text = Field(min_length=1)
    attribution: Line | None = None


class Entity(Item):
    """An organisation or a place named in the article."""

    name: Line = Field(min_length=1)
    kind: Line | None = None

    @model_validator(mode="before")
    @classmethod
    def _from_string(cls, value: Any) -> Any:
        return _wrap_string(value, "name")


class SourceRef(Item):
    """A source the brief relies on."""

    title: Line = Field(default="", description="Empty for the article itself when it printed no title: it is "
                                                "cited by its outlet, link and date.")
    url: Line | None = None
    publisher: Line | None = None
    date: dt.date | None = None


class Brief(BaseModel):
    """An article's structured content, reviewed by a person."""

    model_config = ConfigDict(extra="forbid", title="briefkit Brief")

    meta: Meta
    purpose: Text | None = Field(default=None, description="Why the reader gets this brief.")
    recommendation: Text | None = Field(default=None, description="What the brief recommends.")
    decision: Text | None = Field(default=None, description="What is asked of the reader, and by when.")
    summary: Text = ""
    background: list[Text] = Field(default_factory=list)
    key_points: list[Point] = Field(default_factory=list)
    sections: list[Section] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
    timeline: list[Event] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    organisations: list[Entity] = Field(default_factory=list)
    places: list[Entity] = Field(default_factory=list)
    questions: list[Point] = Field(default_factory=list)
    implications: list[Point] = Field(default_factory=list)
    sources: list[SourceRef] = Field(default_factory=list)

    def figure_groups(self) -> dict[str, list[Figure]]:
        """Figures by group name, in first-seen order; ungrouped ones left out."""
        groups: dict[str, list[Figure]] = {}
        for fig in self.figures:
            if fig.group:
                groups.setdefault(fig.group, []).append(fig)
        return groups
