#!/usr/bin/env python3
"""Reads an iCalendar file with python3-icalendar (Debian) and prints its events as JSON:
[{"uid", "start", "summary"}] sorted by uid. "start" is YYYY-MM-DD for a DATE,
YYYY-MM-DDTHH:MM:SSZ (UTC) for a zoned or UTC time, YYYY-MM-DDTHH:MM:SS when floating."""
import datetime
import json
import sys

import icalendar


def start_of(value):
    if not isinstance(value, datetime.datetime):
        return value.isoformat()
    if value.tzinfo is None:
        return value.strftime("%Y-%m-%dT%H:%M:%S")
    return value.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def main(path):
    with open(path, "rb") as f:
        calendar = icalendar.Calendar.from_ical(f.read())
    events = []
    for event in calendar.walk("VEVENT"):
        events.append({"uid": str(event.get("uid")),
                       "start": start_of(event.decoded("dtstart")),
                       "summary": str(event.get("summary", ""))})
    events.sort(key=lambda e: e["uid"])
    sys.stdout.write(json.dumps(events, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
