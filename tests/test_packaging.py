"""The installed distribution's metadata says what is true of the project."""

from __future__ import annotations

from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_declared_licence_has_its_file() -> None:
    meta = metadata.metadata("jobparse")
    assert meta["License-Expression"] == "MIT"
    assert meta.get_all("License-File") == ["LICENSE"]
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License")
    assert "Permission is hereby granted, free of charge" in text


def test_no_placeholder_urls_and_no_extra_without_its_configuration() -> None:
    meta = metadata.metadata("jobparse")
    urls = meta.get_all("Project-URL") or []
    assert not [url for url in urls if ".invalid" in url or "example." in url]
    extras = set(meta.get_all("Provides-Extra") or [])
    assert "docs" not in extras  # there is no mkdocs configuration to build
    assert extras >= {"test", "lint"}
