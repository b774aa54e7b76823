"""Readers and writers between quotekit's `Quote` objects and file formats (e.g. `wikinews`)."""
