"""The benchmark keeps working: one quick run of some groups, output in the agreed form.

Figures are not judged here (that is the benchmark's job, never a unit test's).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_quick_benchmark_prints_a_table_and_json_lines():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "bench/run.py", "--quick", "--only", "exports,package,startup"],
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    figures = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    names = {figure["name"] for figure in figures}
    assert {"export_pdf", "export_json", "export_csv", "package_roundtrip", "startup"} <= names
    for figure in figures:
        assert set(figure) == {"name", "value", "unit", "baseline", "ratio"}
        assert figure["value"] > 0
    startup = next(f for f in figures if f["name"] == "startup")
    assert startup["baseline"] > 0
    assert abs(startup["ratio"] - startup["value"] / startup["baseline"]) < 0.01
