"""Newsdesk: a desktop editorial tool for a Vietnamese press office."""

from __future__ import annotations

__version__ = "0.1.0"
