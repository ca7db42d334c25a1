"""The ```` ```chart ```` block: YAML data in, a :class:`~briefkit.document.nodes.Chart` out.

Example::

    ```chart
    type: column            # bar | column | share
    title: Generative-AI patent applications, 2014–2023
    unit: applications
    source: WIPO
    data:
      - {label: China, value: 38000, display: "38,000"}
      - {label: United States, value: 6276}
    ```

The text alternative (``alt``) is written from the data unless given.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from briefkit.document.nodes import Chart, ChartPoint
from briefkit.errors import InputError, input_error


class _Point(BaseModel):
    model_config = ConfigDict(extra="forbid")
    label: str
    value: float
    display: str | None = None


class _Spec(BaseModel):
    model_config = ConfigDict(extra="forbid")
    type: Literal["bar", "column", "share"] = "column"
    title: str = ""
    unit: str = ""
    source: str | None = None
    alt: str | None = None
    emphasis: str | None = None
    """The label of the one point drawn in the accent colour (the rest share one colour)."""
    caption: str | None = None
    """What the values measure, e.g. 'Patent applications, 2014–2023'; else one is made from the unit."""
    data: list[_Point] = Field(min_length=1, max_length=60)


def format_number(value: float) -> str:
    """38000.0 → '38,000'; 33.3 → '33.3'."""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0").rstrip(".")


def value_text(chart: Chart, point: ChartPoint) -> str:
    """A point's value as every writer prints it: its display text, else the number (with % for shares)."""
    if point.display:
        return point.display
    number = format_number(point.value)
    return f"{number}%" if chart.unit in ("%", "percent") else number


UNIT_CAPTION = "Values in {unit}"
"""The English unit caption; writers pass the label catalogue's ``unit_caption`` in the brief's language."""


def unit_caption(chart: Chart, pattern: str = UNIT_CAPTION) -> str:
    """The caption saying what the values measure: the block's ``caption``, else one naming the unit.

    ``pattern`` is the label catalogue's ``unit_caption`` in the brief's language.
    """
    if chart.caption is not None:  # "" when the heading above says it (see writers.chartlabels)
        caption = chart.caption
    else:
        caption = "" if not chart.unit or chart.unit in ("%", "percent") else pattern.replace("{unit}", chart.unit)
    # A chart headed by what its values measure ("Number of deaths") does not say it twice.
    return "" if says(chart.title, caption) else caption


def says(heading: str, caption: str) -> bool:
    """Whether ``heading`` already says every word of ``caption`` ('Values in GBP' says 'In GBP')."""
    words = set(re.findall(r"\w+", caption.lower()))
    return bool(words) and words <= set(re.findall(r"\w+", heading.lower()))


def describe(title: str, unit: str, points: tuple[ChartPoint, ...]) -> str:
    """A sentence listing the data, used as the chart's text alternative."""
    suffix = "" if not unit else ("%" if unit == "%" else f" {unit}")
    parts = [f"{p.label}: {p.display or format_number(p.value) + suffix}" for p in points]
    head = f"{title}. " if title else "Chart. "
    return head + "; ".join(parts) + "."


def parse_chart(body: str, source: str, line: int) -> Chart:
    """Validate a chart block's YAML; errors name the chart's line."""
    from briefkit.yamlio import parse_text

    try:
        # The vetted loader: no tags, no alias bombs, even from a hostile template.
        data = parse_text(body, source)
        spec = _Spec.model_validate(data)
    except InputError as exc:
        problem = exc.problems[0].message.removeprefix("invalid YAML: ")
        raise input_error(source, f"chart: invalid YAML: {problem}", line) from None
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"])
        raise input_error(source, f"{err['msg']}", line, f"chart.{where}" if where else "chart") from None
    points = tuple(ChartPoint(p.label, p.value, p.display) for p in spec.data)
    alt = spec.alt or describe(spec.title, spec.unit, points)
    return Chart(spec.type, spec.title, points, spec.unit, spec.source, alt, spec.emphasis, spec.caption)
