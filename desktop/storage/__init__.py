"""Progress storage in SQLite through sqlite-utils. The only code that runs SQL; no Qt."""
