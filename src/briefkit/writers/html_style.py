"""The HTML writer's stylesheet, filled in from the theme.

Screen and print rules live in one inline ``<style>``: the file stays
self-contained (no web fonts, no external sheets), and printing it from a
browser gives the theme's paper size and margins.
"""

from __future__ import annotations

import re

from briefkit.theme import Theme

_UNSAFE_CSS = re.compile(r"[<>{};\\]")

_CSS = """
:root {{
  --primary: {primary}; --accent: {accent}; --text: {text}; --muted: {muted};
  --light: {light}; --rule: {rule}; --background: {background};
}}
*, *::before, *::after {{ box-sizing: border-box; }}
html {{ background: var(--background); color: var(--text); }}
body {{
  margin: 0 auto; max-width: 50rem; padding: 2.5rem 1.5rem 3rem;
  font-family: {stack}; font-size: {body}pt; line-height: 1.5;
}}
.marking {{ margin: 0 0 1rem; padding: .25rem; text-align: center; font-weight: 700; letter-spacing: .06em;
  border: 1px solid var(--text); }}
body > .marking:last-child {{ margin: 1rem 0 0; }}
.doc-header .draft {{ color: var(--accent); margin-left: .5rem; }}
.doc-header {{ border-bottom: 2px solid var(--accent); padding-bottom: .9rem; margin-bottom: 1.2rem; }}
.doc-header .logo {{ float: right; max-height: 3rem; max-width: 12rem; margin: 0 0 .5rem 1rem; }}
.doc-header .label {{
  margin: 0 0 .5rem; color: var(--accent); font-weight: 700; font-size: {small}pt;
  letter-spacing: .08em; text-transform: uppercase;
}}
.doc-header h1 {{ margin: 0 0 .35rem; color: var(--primary); font-size: {title}pt; line-height: 1.15; }}
.doc-header .subtitle {{ margin: 0 0 .3rem; color: var(--muted); font-size: {h3}pt; }}
.byline, .doc-header .byline {{ margin: 0; color: var(--muted); font-size: {small}pt; }}
h1, h2, h3, h4, h5, h6 {{ color: var(--primary); line-height: 1.25; margin: 1.3em 0 .35em; }}
h1 {{ font-size: {h1}pt; }}
h2 {{ font-size: {h2}pt; }}
h3 {{ font-size: {h3}pt; color: var(--text); }}
h4, h5, h6 {{ font-size: {body}pt; color: var(--muted); }}
p {{ margin: 0 0 .6em; }}
ul, ol {{ margin: 0 0 .8em; padding-left: 1.5em; }}
li {{ margin: .15em 0; }}
li::marker {{ color: var(--accent); font-weight: 700; }}
a {{ color: var(--primary); }}
code {{ color: var(--primary); font-family: ui-monospace, "Cascadia Mono", Menlo, Consolas, monospace; }}
pre {{ background: var(--light); padding: .7em .9em; overflow-x: auto; font-size: {small}pt; }}
hr {{ border: 0; border-top: 1px solid var(--rule); margin: 1.2em 0; }}
blockquote {{ margin: 0 0 1em; padding: .1em 0 .1em 1em; border-left: 3px solid var(--accent); font-style: italic; }}
blockquote .attribution {{ font-style: normal; color: var(--muted); font-size: {small}pt; text-align: right; }}
.callout {{ background: var(--light); border-left: 4px solid var(--primary); padding: .7em 1em .3em;
  margin: 0 0 1.1em; }}
.callout-warning, .callout-important, .callout-caution, .callout-danger {{ border-left-color: var(--accent); }}
.callout-title {{ margin: 0 0 .25em; color: var(--primary); font-weight: 700; }}
.table-wrap {{ overflow-x: auto; margin: 0 0 .6em; }}
table {{ border-collapse: collapse; width: 100%; font-size: {cell}pt; }}
caption {{ text-align: left; font-weight: 700; padding-bottom: .3em; }}
th {{ background: var(--primary); color: #FFFFFF; text-align: left; padding: .3em .5em; }}
td {{ padding: .25em .5em; vertical-align: top; }}
tbody tr:nth-child(even) {{ background: var(--light); }}
tbody tr:last-child td {{ border-bottom: 1px solid var(--primary); }}
th.num, td.num {{ width: 1%; text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }}
.source, .small {{ color: var(--muted); font-size: {small}pt; }}
section.sources li, section.sources p, section.compact li, section.compact p {{ font-size: {cell}pt; }}
p.lead {{ color: var(--muted); font-size: {h3}pt; }}
.figures {{ display: grid; grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr)); gap: .5rem; margin: 0 0 1em; }}
.figures > div {{ background: var(--light); border-top: 3px solid var(--accent); padding: .5em .7em .7em; }}
.figures dt {{ color: var(--primary); font-weight: 700; font-size: {h1}pt; line-height: 1.1; }}
.figures dd {{ margin: .2em 0 0; font-size: {small}pt; }}
.timeline {{ list-style: none; padding: 0; margin: 0 0 1em; }}
.timeline li {{ display: grid; grid-template-columns: 8rem 1fr; gap: .8em; margin: 0; padding: .15em 0; }}
.timeline .date {{ color: var(--primary); font-weight: 700; text-align: right; border-right: 2px solid var(--accent);
  padding-right: .8em; }}
.chart {{ margin: 0 0 1.2em; }}
.chart figcaption {{ font-weight: 700; margin-bottom: .3em; }}
.chart svg {{ width: 100%; height: auto; display: block; }}
.columns {{ display: grid; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); gap: 1.2rem; }}
.doc-footer {{ margin-top: 2rem; padding-top: .5rem; border-top: 1px solid var(--rule); color: var(--muted);
  font-size: {small}pt; }}
@media print {{
  @page {{ size: {page} portrait; margin: {margin}mm; }}
  body {{ max-width: none; padding: 0; font-size: {body}pt; line-height: 1.33; }}
  h1, h2, h3, h4 {{ break-after: avoid; margin: .9em 0 .3em; }}
  p {{ margin-bottom: .45em; }}
  li {{ margin: .1em 0; }}
  .doc-header {{ margin-bottom: .8rem; }}
  tr, figure, .callout, blockquote, li {{ break-inside: avoid; }}
  thead {{ display: table-header-group; }}
  .table-wrap {{ overflow: visible; }}
  a {{ color: inherit; text-decoration: none; }}
  th, .figures > div, .callout, tbody tr:nth-child(even) {{
    print-color-adjust: exact; -webkit-print-color-adjust: exact; }}
}}
"""


def font_stack(theme: Theme) -> str:
    """The theme's CSS font stack, with characters that could end the rule removed."""
    return _UNSAFE_CSS.sub("", theme.fonts.html_stack) or "sans-serif"


def stylesheet(theme: Theme) -> str:
    """The whole stylesheet for ``theme`` (colours are validated #RRGGBB values)."""
    c, s = theme.colors, theme.sizes
    return _CSS.format(
        primary=c.primary, accent=c.accent, text=c.text, muted=c.muted, light=c.light, rule=c.rule,
        background=c.background, stack=font_stack(theme), body=s.body, small=s.small, h1=s.h1, h2=s.h2,
        h3=s.h3, title=s.title, cell=s.small + 0.5, page=theme.page.size, margin=theme.page.margin_mm,
    ).strip() + "\n"
