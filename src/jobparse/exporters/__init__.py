"""Built-in exporters: each module is a plugin registered like a third-party one."""
