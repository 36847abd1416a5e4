"""Fixtures for the content tests."""

from __future__ import annotations

import pytest

from tests.support.content import copy_content


@pytest.fixture()
def copy_of_content(tmp_path):
    """A copy of the bundled content that a test may change."""
    return copy_content(tmp_path)
