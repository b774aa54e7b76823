"""Helpers shared by the tests of optional extras (pandas, dask, stanza, notebooks)."""

from __future__ import annotations

import importlib
import os

import pytest


def optional(module: str, install: str):
    """Import an optional test dependency: skip without it locally, fail under CI (env CI set)."""
    if os.environ.get("CI"):
        return importlib.import_module(module)  # CI installs every extra: a missing one is a failure
    return pytest.importorskip(module, reason=f"optional: {install}")
