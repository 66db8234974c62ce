"""Working days by the official Chinese calendar (调休 included), for freshness checks.

``chinese-calendar`` knows each year's holidays only once the State Council has
published them (it raises for later years); for such years we count Monday to
Friday, which is what a clerk would assume until the notice comes out.
"""

from __future__ import annotations

from datetime import date, timedelta


def is_workday(day: date) -> bool:
    import chinese_calendar  # 12 ms to import; only freshness checks need it

    try:
        return chinese_calendar.is_workday(day)
    except NotImplementedError:
        return day.weekday() < 5


def freshness_cutoff(today: date, working_days: int) -> date:
    """The earliest confirmation date still within ``working_days`` of ``today``.

    An item confirmed before this date has had more than ``working_days`` working
    days pass since (the day of confirmation itself not counted).
    """
    day = today
    counted = 0
    while True:
        if is_workday(day):
            counted += 1
            if counted > working_days:
                return day
        day -= timedelta(days=1)
