"""Readiness summary writers (HTML, PDF, CSV, JSON)."""
