"""Field heuristics: one module per field, each a set of small pure functions.

Every module reads the shared :class:`~jobparse.fields.context.PostingText`
instead of re-scanning the raw text, and returns values together with the
:class:`~jobparse.model.Evidence` that supports them.
"""
