"""Watching pages from run to run: the SQLite state, its schema, and the watching loop."""
