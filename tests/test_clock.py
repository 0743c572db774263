"""The one clock: DANGJIAN_TODAY pins the date everywhere, and nothing else reads the calendar."""

from __future__ import annotations

import ast
import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from dangjian_desktop import clock

PACKAGE = Path(__file__).resolve().parents[1] / "dangjian_desktop"

# (object, attribute) pairs whose call reads the wall-clock calendar
_FORBIDDEN = {
    ("date", "today"), ("datetime", "today"), ("datetime", "now"), ("datetime", "utcnow"),
    ("time", "time"), ("time", "time_ns"), ("time", "localtime"), ("time", "gmtime"), ("time", "ctime"),
    ("QDate", "currentDate"), ("QDateTime", "currentDateTime"), ("QDateTime", "currentSecsSinceEpoch"),
    ("QDateTime", "currentMSecsSinceEpoch"), ("QTime", "currentTime"),
}


def _calendar_reads(source: str) -> list[tuple[int, str]]:
    hits = []
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        owner = node.func.value
        name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", None)
        if (name, node.func.attr) in _FORBIDDEN:
            # time.localtime(secs)/gmtime(secs)/ctime(secs) only format a given moment: allowed
            if name == "time" and node.func.attr in ("localtime", "gmtime", "ctime") and node.args:
                continue
            hits.append((node.lineno, f"{name}.{node.func.attr}()"))
    for m in __import__("re").finditer(r"['\"]now['\"]|CURRENT_(?:DATE|TIMESTAMP|TIME)\b", source):
        hits.append((source[: m.start()].count("\n") + 1, m.group(0)))
    return hits


def test_nothing_outside_the_clock_reads_the_calendar():
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE)
        if rel == Path("clock.py") or rel.parts[:2] == ("ui", "forms"):
            continue
        offenders += [f"{rel}:{line}: {what}" for line, what in _calendar_reads(path.read_text(encoding="utf-8"))]
    assert offenders == [], "ask dangjian_desktop.clock instead:\n" + "\n".join(offenders)


def test_the_checker_sees_every_spelling():
    src = "import datetime as dt\nfrom datetime import date, datetime\nimport time\n" \
          "a = dt.date.today()\nb = date.today()\nc = datetime.now()\nd = dt.datetime.now(dt.UTC)\n" \
          "e = time.time()\nf = time.localtime()\ng = time.localtime(5)\nh = 'now'\ni = time.monotonic()\n"
    assert [line for line, _ in _calendar_reads(src)] == [4, 5, 6, 7, 8, 9, 11]


def test_pinned_date_moves_today_now_and_utc_by_the_same_days(monkeypatch):
    monkeypatch.setenv(clock.ENV, "2028-02-29")
    assert clock.today() == dt.date(2028, 2, 29)
    assert clock.now().date() == dt.date(2028, 2, 29)
    assert clock.is_overridden() and clock.override() == dt.date(2028, 2, 29)
    # UTC differs from local time by the time zone only: never by more than a day
    assert abs((clock.utcnow() - clock.now()).total_seconds()) <= 14 * 3600 + 60
    # the time of day keeps running
    real = dt.datetime.now()  # noqa: DTZ005 - comparing with the real wall clock on purpose
    assert abs((clock.now().time().hour * 60 + clock.now().time().minute) - (real.hour * 60 + real.minute)) <= 1 \
        or real.hour == 23


def test_real_calendar_when_unset_or_real(monkeypatch):
    for value in ("", "real"):
        monkeypatch.setenv(clock.ENV, value)
        assert clock.override() is None and not clock.is_overridden()
        assert clock.today() == dt.date.today()  # noqa: DTZ011 - the real calendar is what we expect here


def test_set_today_wins_over_environment(monkeypatch):
    monkeypatch.setenv(clock.ENV, "2027-01-01")
    try:
        clock.set_today(dt.date(2030, 6, 30))
        assert clock.today() == dt.date(2030, 6, 30)
        clock.set_today("2031-12-31")
        assert clock.today() == dt.date(2031, 12, 31)
    finally:
        clock.set_today(None)
    assert clock.today() == dt.date(2027, 1, 1)


@pytest.mark.parametrize("bad", ["2027-13-01", "tomorrow", "2027/01/01"])
def test_malformed_date_is_a_clear_error(monkeypatch, bad):
    monkeypatch.setenv(clock.ENV, bad)
    with pytest.raises(clock.ClockError, match="YYYY-MM-DD"):
        clock.today()


def _cli(args, data_dir, env_today):
    import os

    env = dict(os.environ, DANGJIAN_TODAY=env_today)
    return subprocess.run([sys.executable, "-m", "dangjian_desktop.cli", "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, env=env, timeout=120)


def test_cli_reports_the_pinned_date_and_refuses_a_bad_one(tmp_path):
    r = _cli(["info", "--json"], tmp_path / "d", "2027-01-01")
    assert r.returncode == 0, r.stderr
    info = json.loads(r.stdout)
    assert info["today"] == "2027-01-01" and info["today_overridden"] is True
    r = _cli(["info", "--json"], tmp_path / "d", "real")
    assert json.loads(r.stdout)["today_overridden"] is False
    r = _cli(["info"], tmp_path / "d", "2027-02-30")
    assert r.returncode == 2 and "DANGJIAN_TODAY" in r.stderr and "2027-02-30" in r.stderr


def test_timestamps_of_new_records_follow_the_clock(monkeypatch, services):
    monkeypatch.setenv(clock.ENV, "2030-03-01")
    from dangjian_desktop.storage.models import utcnow

    assert abs((utcnow() - dt.datetime(2030, 3, 1, 12)).total_seconds()) < 36 * 3600
