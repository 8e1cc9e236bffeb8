"""The agenda as an iCalendar file: one event per dated next step."""

from __future__ import annotations

import datetime as dt
import hashlib
import re

from ..stories.agenda import AgendaItem


def agenda_ics(items: list[AgendaItem], now: dt.datetime | None = None) -> bytes:
    """An iCalendar file of the dated items: one event each, carrying the step, who, the
    certainty and the source URLs. Undated items have no place in a calendar and are left out."""
    from icalendar import Calendar, Event

    stamp = now or dt.datetime.now(dt.timezone.utc)
    cal = Calendar()
    cal.add("prodid", "-//newsbrief//agenda//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "newsbrief agenda")
    for item in items:
        days = item.days
        if days is None:
            continue
        event = Event()
        event.add("summary", item.text)
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d)T(\d\d):(\d\d)", item.date or "")
        if m:
            start = dt.datetime.combine(dt.date.fromisoformat(m[1]), dt.time(int(m[2]), int(m[3])))
            event.add("dtstart", start)
            event.add("dtend", start + dt.timedelta(hours=1))
        else:
            event.add("dtstart", days[0])
            event.add("dtend", days[1] + dt.timedelta(days=1))
        lines = []
        if item.who:
            lines.append("Who: " + ", ".join(item.who))
        lines.append(f"When: {item.when or item.date} ({item.date})")
        lines.append(f"Certainty: {item.certainty}")
        lines.append(f"Sources ({len(item.sources)}):")
        lines += [f"- {s.url or s.title or s.article_id}" for s in item.sources]
        event.add("description", "\n".join(lines))
        url = next((s.url for s in item.sources if s.url), None)
        if url:
            event.add("url", url)
        event.add("categories", [item.certainty])
        key = "\x00".join([item.text, item.date or "", *(s.article_id for s in item.sources[:1])])
        event.add("uid", hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:32] + "@newsbrief")
        event.add("dtstamp", stamp)
        cal.add_component(event)
    return cal.to_ical()


__all__ = ["agenda_ics"]
