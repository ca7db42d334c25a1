"""``briefkit preview``: a local page showing every product of one brief, updated on save.

The pieces, each in its own module:

- :mod:`.store`: rendered files in a private temporary folder, named by their hash;
- :mod:`.views`: PDF pages rasterised with pypdfium2, the Word summary's outline;
- :mod:`.session`: what to re-render when a file changes, keeping the last good views;
- :mod:`.watch`: the content file, templates, theme, fonts and logo, watched with watchfiles;
- :mod:`.server`: the loopback HTTP server, its Host check and its server-sent events.
"""

from __future__ import annotations
