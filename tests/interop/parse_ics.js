// Reads an iCalendar file with ical.js (npm) and prints its events as JSON, as
// parse_ics.py does. Usage: node parse_ics.js NODE_MODULES_PARENT FILE.ics
'use strict';
const fs = require('fs');
const path = require('path');

const ICAL = require(path.join(path.resolve(process.argv[2]), 'node_modules', 'ical.js'));
const calendar = new ICAL.Component(ICAL.parse(fs.readFileSync(process.argv[3], 'utf8')));
for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) {
    const zone = new ICAL.Timezone(vtimezone);
    ICAL.TimezoneService.register(zone.tzid, zone);
}

const pad = (n) => String(n).padStart(2, '0');
function startOf(t) {
    if (t.isDate)
        return `${t.year}-${pad(t.month)}-${pad(t.day)}`;
    if (t.zone === ICAL.Timezone.localTimezone || (t.zone && t.zone.tzid === 'floating'))
        return `${t.year}-${pad(t.month)}-${pad(t.day)}T${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}`;
    return new Date(t.toUnixTime() * 1000).toISOString().replace('.000Z', 'Z');
}

const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return { uid: event.uid, start: startOf(event.startDate), summary: event.summary || '' };
});
events.sort((a, b) => (a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0));
process.stdout.write(JSON.stringify(events));
