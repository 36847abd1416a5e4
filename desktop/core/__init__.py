"""The domain: content model, scoring and summary data. Pure Python, no Qt, no SQL."""
