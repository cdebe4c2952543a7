"""The plugin manager: built-in and third-party plugins, loaded lazily and once.

Built-in exporters are plugins like any other: their modules are listed in
:data:`DEFAULT_PLUGINS` and register through the same hook a third-party
package implements. Third-party packages are found through the ``jobparse``
entry-point group.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Iterable
from pathlib import PurePath
from typing import Any, BinaryIO

import attrs
import pluggy

from jobparse import hookspecs
from jobparse.errors import JobparseError
from jobparse.exporters.base import Exporter
from jobparse.model import Posting

__all__ = [
    "DEFAULT_PLUGINS",
    "DuplicateFormatError",
    "ExporterInfo",
    "PluginError",
    "UnknownFormatError",
    "export",
    "exporter_info",
    "exporters",
    "get_exporter",
    "plugin_manager",
    "reset",
]

#: The built-in plugins, registered exactly like third-party ones.
DEFAULT_PLUGINS = (
    "jobparse.exporters.json_format",
    "jobparse.exporters.jsonl_format",
    "jobparse.exporters.csv_format",
    "jobparse.exporters.ical_format",
    "jobparse.exporters.rss_format",
)
ENTRY_POINT_GROUP = "jobparse"

_lock = threading.Lock()
_manager: pluggy.PluginManager | None = None
_registry: dict[str, tuple[Exporter, str]] | None = None


class UnknownFormatError(JobparseError):
    """No exporter has the requested name."""

    def __init__(self, name: str, available: Iterable[str]) -> None:
        self.name = name
        self.available = sorted(available)
        super().__init__(f"unknown format {name!r}; available: {', '.join(self.available)}")


class PluginError(JobparseError):
    """A plugin cannot be loaded or breaks the plugin contract."""


class DuplicateFormatError(PluginError):
    """Two plugins register exporters with the same name."""


def plugin_manager() -> pluggy.PluginManager:
    """Return the plugin manager, loading the built-in and installed plugins on first use."""
    global _manager
    with _lock:
        if _manager is None:
            manager = pluggy.PluginManager(hookspecs.PROJECT_NAME)
            manager.add_hookspecs(hookspecs)
            for module_name in DEFAULT_PLUGINS:
                manager.register(importlib.import_module(module_name), name=module_name)
            try:
                manager.load_setuptools_entrypoints(ENTRY_POINT_GROUP)
                # A misspelt hook implementation fails loudly instead of doing nothing.
                manager.check_pending()
            except pluggy.PluginValidationError as error:
                raise PluginError(f"plugin {error.plugin!r} is invalid: {error}") from error
            except (ImportError, AttributeError) as error:
                raise PluginError(
                    f"a '{ENTRY_POINT_GROUP}' plugin failed to load: {error}"
                ) from error
            _manager = manager
        return _manager


def _plugin_label(manager: pluggy.PluginManager, plugin: object) -> str:
    """Name a plugin for people: its distribution if installed from one, else its name."""
    for candidate, dist in manager.list_plugin_distinfo():
        if candidate is plugin:
            return f"{dist.project_name} {dist.version}"
    name = manager.get_name(plugin) or repr(plugin)
    return f"{name} (built-in)" if name in DEFAULT_PLUGINS else name


def _build_registry() -> dict[str, tuple[Exporter, str]]:
    manager = plugin_manager()
    registry: dict[str, tuple[Exporter, str]] = {}
    for impl in manager.hook.jobparse_register_exporters.get_hookimpls():
        label = _plugin_label(manager, impl.plugin)

        def register(exporter: Exporter, _label: str = label) -> None:
            if not isinstance(exporter, Exporter):
                raise PluginError(f"plugin {_label} registered {exporter!r}, not an Exporter")
            if exporter.name in registry:
                other = registry[exporter.name][1]
                raise DuplicateFormatError(
                    f"format {exporter.name!r} is registered by two plugins: {other} and {_label}"
                )
            registry[exporter.name] = (exporter, _label)

        impl.function(register=register)
    return dict(sorted(registry.items()))


def _exporter_registry() -> dict[str, tuple[Exporter, str]]:
    global _registry
    if _registry is None:
        _registry = _build_registry()
    return _registry


def reset() -> None:
    """Forget loaded plugins so the next call loads them again (for tests)."""
    global _manager, _registry
    with _lock:
        _manager = None
        _registry = None


def exporters() -> dict[str, Exporter]:
    """Return every available exporter by name."""
    return {name: exporter for name, (exporter, _) in _exporter_registry().items()}


@attrs.frozen
class ExporterInfo:
    """An exporter together with the plugin or distribution that provides it."""

    exporter: Exporter
    provider: str


def exporter_info() -> list[ExporterInfo]:
    """Every exporter with the plugin or distribution that provides it, by name."""
    return [ExporterInfo(exporter, label) for exporter, label in _exporter_registry().values()]


def get_exporter(name: str) -> Exporter:
    """Return the exporter called *name*, or raise :class:`UnknownFormatError`."""
    registry = _exporter_registry()
    try:
        return registry[name][0]
    except KeyError:
        raise UnknownFormatError(name, registry) from None


class FormatMismatchError(JobparseError):
    """A ``--format`` that contradicts the suffix of the output path."""


#: The format when neither ``--format`` nor the output's suffix names one.
DEFAULT_FORMAT = "json"


def format_for_output(output: str | None, format_name: str | None) -> str:
    """The format to write *output* in.

    *format_name* when given; else the format whose ``suffix`` the path has
    (``jobs.csv`` is CSV, ``feed.xml`` RSS); else JSON. A *format_name* that
    contradicts the path's suffix (``--format csv -o jobs.ics``) raises
    :class:`FormatMismatchError`, naming both; a suffix no format has
    (``jobs.txt``) contradicts nothing.
    """
    suffix = PurePath(output).suffix.casefold() if output else ""
    implied = (
        {
            exporter.suffix.casefold(): name
            for name, exporter in exporters().items()
            if getattr(exporter, "suffix", "")
        }.get(suffix)
        if suffix
        else None
    )
    if format_name is None:
        return implied or DEFAULT_FORMAT
    own_suffix = str(getattr(get_exporter(format_name), "suffix", "")).casefold()
    if implied is not None and implied != format_name and own_suffix != suffix:
        raise FormatMismatchError(
            f"--format {format_name} contradicts the output {output!r}: {suffix} is the suffix "
            f"of {implied}"
        )
    return format_name


def export(postings: Iterable[Posting], format: str, stream: BinaryIO, **options: Any) -> None:
    """Write *postings* to *stream* in the named *format*."""
    get_exporter(format).export(postings, stream, **options)
