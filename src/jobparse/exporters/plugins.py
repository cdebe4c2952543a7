"""The plugin manager: built-in and third-party plugins, loaded lazily and once.

Built-in exporters are plugins like any other: their modules are listed in
:data:`DEFAULT_PLUGINS` and register through the same hook a third-party
package implements. Third-party packages are found through the ``jobparse``
entry-point group.
"""

from __future__ import annotations

import importlib
import io
import logging
import os
import sys
import threading
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, BinaryIO, NamedTuple, TextIO, cast

import pluggy

from jobparse.exporters import hookspecs
from jobparse.exporters.base import Exporter
from jobparse.exporters.plugin_errors import (
    DuplicateFormatError,
    PluginError,
    UnknownFormatError,
)

if TYPE_CHECKING:
    from jobparse.model import Posting

__all__ = [
    "BUILTIN_MARK",
    "DEFAULT_PLUGINS",
    "DuplicateFormatError",
    "ExporterInfo",
    "PluginError",
    "PluginInfo",
    "PluginProblem",
    "UnknownFormatError",
    "export",
    "exporter_info",
    "exporters",
    "get_exporter",
    "load_problems",
    "plugin_info",
    "plugin_manager",
    "register_plugin",
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
#: How a built-in plugin's label ends ("jobparse.exporters.json_format (built-in)").
BUILTIN_MARK = " (built-in)"
_METADATA_DIRS = (".dist-info", ".egg-info")

_lock = threading.Lock()
_manager: pluggy.PluginManager | None = None
_registry: dict[str, tuple[Exporter, str]] | None = None


#: Which installed plugins load: a comma list of entry-point or distribution names;
#: empty loads none (like ``LLM_LOAD_PLUGINS``). Unset: every one. Built-ins always load.
LOAD_PLUGINS_VARIABLE = "JOBPARSE_LOAD_PLUGINS"

_logger = logging.getLogger("jobparse")


class PluginProblem(NamedTuple):
    """A plugin that was skipped, and why: it failed to import, or broke the contract."""

    plugin: str
    distribution: str
    message: str

    def __str__(self) -> str:
        return f"plugin {self.plugin!r} ({self.distribution}) skipped: {self.message}"


class PluginInfo(NamedTuple):
    """An installed plugin: its entry point, distribution, hooks and formats, or its problem."""

    name: str
    distribution: str
    version: str
    hooks: tuple[str, ...] = ()
    formats: tuple[str, ...] = ()
    error: str | None = None


_problems: list[PluginProblem] = []
_distributions: dict[int, tuple[str, str]] = {}  # id(plugin) -> (distribution, version)
_installed: list[tuple[str, str, str]] = []  # (entry point, distribution, version) seen


def _wanted() -> set[str] | None:
    value = os.environ.get(LOAD_PLUGINS_VARIABLE)
    if value is None:
        return None
    return {name.strip() for name in value.split(",") if name.strip()}


def _skip(plugin: str, distribution: str, message: str) -> None:
    problem = PluginProblem(plugin, distribution, message)
    _problems.append(problem)
    _logger.warning("%s", problem)


def _may_have_plugins() -> bool:
    """Whether an installed distribution may declare a jobparse plugin: a quick scan.

    The ``entry_points.txt`` of every ``*.dist-info`` and ``*.egg-info`` on
    ``sys.path`` is searched for the group's header. Only when one has it is
    :mod:`importlib.metadata` loaded (a third of a bare start-up) to read them.
    """
    header = f"[{ENTRY_POINT_GROUP}]".encode()
    for directory in sys.path:
        try:
            with os.scandir(directory or ".") as entries:  # os, not pathlib: 3 ms less start-up
                found = [entry.path for entry in entries if entry.name.endswith(_METADATA_DIRS)]
        except OSError:  # a zip file, a missing directory
            continue
        for metadata in found:
            try:
                with open(os.path.join(metadata, "entry_points.txt"), "rb") as file:  # noqa: PTH118, PTH123
                    if header in file.read():
                        return True
            except OSError:
                continue
    return False


#: Seconds a plugin's import may take before it is skipped (``JOBPARSE_PLUGIN_TIMEOUT``).
PLUGIN_LOAD_SECONDS = 10.0
PLUGIN_TIMEOUT_VARIABLE = "JOBPARSE_PLUGIN_TIMEOUT"


def _load_limit() -> float:
    try:
        return max(0.0, float(os.environ.get(PLUGIN_TIMEOUT_VARIABLE, PLUGIN_LOAD_SECONDS)))
    except ValueError:
        return PLUGIN_LOAD_SECONDS


def _load_in_time(entry: Any) -> tuple[object | None, str | None]:
    """Import one plugin's entry point; the plugin, or why it was not loaded.

    The import runs in a thread of its own, so that one that hangs costs its
    time limit and no more (the thread is left behind, a daemon), and one that
    raises anything (``KeyboardInterrupt`` and ``SystemExit`` included: they
    are the plugin's, not the user's) costs only that plugin.
    """
    outcome: list[tuple[object | None, str | None]] = []

    def load() -> None:
        try:
            outcome.append((entry.load(), None))
        except BaseException as error:
            outcome.append((None, f"failed to load: {type(error).__name__}: {error}"))

    limit = _load_limit()
    loader = threading.Thread(target=load, name=f"jobparse-plugin-{entry.name}", daemon=True)
    loader.start()
    loader.join(limit)
    if not outcome:
        return None, f"did not finish importing within {limit:g} s"
    return outcome[0]


def _load_entry_points(manager: pluggy.PluginManager) -> None:
    """Register each installed plugin; one that fails is reported and skipped, not fatal."""
    wanted = _wanted()
    if wanted == set() or not _may_have_plugins():  # none asked for, or none installed
        return
    import importlib.metadata  # only when a plugin may be installed

    for dist in importlib.metadata.distributions():
        for entry in dist.entry_points:
            if entry.group != ENTRY_POINT_GROUP or manager.has_plugin(entry.name):
                continue
            name, version = dist.metadata["Name"] or "?", dist.version or "?"
            if wanted is not None and not {entry.name, name} & wanted:
                continue
            _installed.append((entry.name, name, version))
            label = f"{name} {version}"
            plugin, failure = _load_in_time(entry)
            if failure is not None:
                _skip(entry.name, label, failure)
                continue
            try:
                manager.register(plugin, name=entry.name)
                manager.check_pending()  # a misspelt hook is reported, not ignored
            except (pluggy.PluginValidationError, ValueError) as error:
                if manager.is_registered(plugin):
                    manager.unregister(plugin)
                _skip(entry.name, label, f"is invalid: {error}")
                continue
            _distributions[id(plugin)] = (name, version)


def plugin_manager() -> pluggy.PluginManager:
    """Return the plugin manager, loading the built-in and installed plugins on first use."""
    global _manager
    with _lock:
        if _manager is None:
            manager = pluggy.PluginManager(hookspecs.PROJECT_NAME)
            manager.add_hookspecs(hookspecs)
            for module_name in DEFAULT_PLUGINS:
                manager.register(importlib.import_module(module_name), name=module_name)
            _load_entry_points(manager)
            _manager = manager
        return _manager


def register_plugin(plugin: object, name: str | None = None) -> None:
    """Register a plugin at runtime: a module or object holding hook implementations.

    Its formats are available at once (the registry is rebuilt on next use),
    for this process only; a misspelt hook raises :class:`PluginError`.
    """
    global _registry
    manager = plugin_manager()
    with _lock:
        manager.register(plugin, name=name)
        try:
            manager.check_pending()
        except pluggy.PluginValidationError as error:
            manager.unregister(plugin)
            raise PluginError(f"plugin {name or plugin!r} is invalid: {error}") from None
        _registry = None


def load_problems() -> list[PluginProblem]:
    """The plugins skipped so far, each with why (loading them first if need be)."""
    _exporter_registry()
    return list(_problems)


def _plugin_label(manager: pluggy.PluginManager, plugin: object) -> str:
    """Name a plugin for people: its distribution if installed from one, else its name."""
    if id(plugin) in _distributions:
        return " ".join(_distributions[id(plugin)])
    name = manager.get_name(plugin) or repr(plugin)
    return f"{name}{BUILTIN_MARK}" if name in DEFAULT_PLUGINS else name


def _build_registry() -> dict[str, tuple[Exporter, str]]:
    manager = plugin_manager()
    registry: dict[str, tuple[Exporter, str]] = {}
    for impl in manager.hook.jobparse_register_exporters.get_hookimpls():
        label = _plugin_label(manager, impl.plugin)
        name = manager.get_name(impl.plugin) or label
        try:
            registry.update(_registered_by(impl.function, label, registry))
        except Exception as error:  # a plugin's bug disables that plugin, not every format
            detail = str(error) if isinstance(error, PluginError) else repr(error)
            _skip(name, label, detail)
    return dict(sorted(registry.items()))


def _registered_by(
    hook: Any, label: str, registry: dict[str, tuple[Exporter, str]]
) -> dict[str, tuple[Exporter, str]]:
    """The exporters one plugin's hook registers; raises if it breaks the contract."""
    mine: dict[str, tuple[Exporter, str]] = {}

    def register(exporter: Exporter) -> None:
        if not isinstance(exporter, Exporter):
            raise PluginError(f"registered {exporter!r}, not an Exporter")
        if exporter.name in registry or exporter.name in mine:
            other = registry[exporter.name][1] if exporter.name in registry else label
            raise DuplicateFormatError(
                f"format {exporter.name!r} is registered by two plugins: {other} and {label}"
            )
        mine[exporter.name] = (exporter, label)

    hook(register=register)
    return mine


def plugin_info() -> list[PluginInfo]:
    """Every installed plugin (built-ins first): distribution, version, hooks, formats, error."""
    manager = plugin_manager()
    registry = _exporter_registry()
    formats_of: dict[str, list[str]] = {}
    for format_name, (_, label) in registry.items():
        formats_of.setdefault(label, []).append(format_name)
    infos = []
    for plugin in manager.get_plugins():
        name = manager.get_name(plugin) or repr(plugin)
        label = _plugin_label(manager, plugin)
        distribution, version = _distributions.get(id(plugin), ("jobparse", _own_version()))
        hooks = tuple(
            caller.name for caller in manager.get_hookcallers(plugin) or () if caller.name
        )
        infos.append(
            PluginInfo(name, distribution, version, hooks, tuple(formats_of.get(label, ())))
        )
    problems = {problem.plugin: problem for problem in _problems}
    for entry, distribution, version in _installed:
        if entry in problems:
            infos.append(PluginInfo(entry, distribution, version, error=problems[entry].message))
    builtin = sorted(
        (info for info in infos if info.name in DEFAULT_PLUGINS),
        key=lambda info: DEFAULT_PLUGINS.index(info.name),
    )
    return builtin + sorted(
        (i for i in infos if i.name not in DEFAULT_PLUGINS), key=lambda i: i.name
    )


def _own_version() -> str:
    from jobparse._version import __version__

    return __version__


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
        _problems.clear()
        _distributions.clear()
        _installed.clear()


def exporters() -> dict[str, Exporter]:
    """Return every available exporter by name."""
    return {name: exporter for name, (exporter, _) in _exporter_registry().items()}


class ExporterInfo(NamedTuple):
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


def export(
    postings: Iterable[Posting], format: str, stream: BinaryIO | TextIO, **options: Any
) -> None:
    """Write *postings* to *stream* in the named *format*.

    *stream* is binary (``open(path, "wb")``, ``io.BytesIO``); a text stream
    (``sys.stdout``, ``io.StringIO``) gets the output decoded as UTF-8.
    """
    exporter = get_exporter(format)
    if not isinstance(stream, io.TextIOBase):
        exporter.export(postings, cast("BinaryIO", stream), **options)
        return
    binary = getattr(stream, "buffer", None)  # sys.stdout: its bytes underneath, streamed
    if isinstance(binary, (io.RawIOBase, io.BufferedIOBase)):
        stream.flush()
        exporter.export(postings, cast("BinaryIO", binary), **options)
        binary.flush()
        return
    collected = io.BytesIO()  # io.StringIO has no bytes underneath: decode what was written
    exporter.export(postings, collected, **options)
    stream.write(collected.getvalue().decode("utf-8"))
