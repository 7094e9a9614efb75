"""Hardening tests: print the decoder fuzzing table (cases per decoder) after the run."""

from __future__ import annotations

import os

import pytest


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    from tests.hardening import fuzz_support

    lines = fuzz_support.summary_lines()
    if not lines:
        return
    terminalreporter.write_sep("=", "decoder fuzzing: cases per decoder")
    for line in lines:
        terminalreporter.write_line(line)
    report = os.environ.get("SELLO_FUZZ_REPORT")
    if report:
        fuzz_support.write_report(report)
        terminalreporter.write_line(f"written to {report}")
