"""Qt widgets. The only package that builds widgets; it never runs SQL."""
