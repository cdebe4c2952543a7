"""The limits every input is read within (a module of constants, cheap to import)."""

from __future__ import annotations

__all__ = ["DEFAULT_MAX_BYTES", "DEFAULT_PAGE_TIMEOUT", "DEFAULT_TIMEOUT"]

#: Pages larger than this are refused (``--max-page-size``): real career pages are a few MB.
DEFAULT_MAX_BYTES = 16 * 1024 * 1024
#: Seconds a URL may take to arrive in full (``--timeout``), redirects and retries included.
DEFAULT_TIMEOUT = 60.0
#: CPU seconds one page may take to read and parse (``--page-timeout``); real pages
#: take well under one.
DEFAULT_PAGE_TIMEOUT = 60.0
