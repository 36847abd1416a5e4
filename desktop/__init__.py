"""Mamori (守り): security readiness for small companies, offline."""

__version__ = "0.1.0"
APP_NAME = "Mamori"
APP_ID = "mamori"
