#include "IcsWriter.h"

#include <QTimeZone>

#include <libical/ical.h>

#include <memory>

namespace pd {

namespace {

struct ComponentDeleter
{
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};
using Component = std::unique_ptr<icalcomponent, ComponentDeleter>;

icaltimetype dateValue(const QDate &date)
{
    icaltimetype t = icaltime_null_date();
    t.year = date.year();
    t.month = date.month();
    t.day = date.day();
    return t;
}

// libical's own definition of an IANA zone (none for UTC: written as UTC).
icaltimezone *libicalZone(const QString &id)
{
    if (id.isEmpty() || id == QLatin1String("UTC") || id == QLatin1String("Etc/UTC"))
        return nullptr;
    return icaltimezone_get_builtin_timezone(id.toUtf8().constData());
}

// DTSTART or DTEND of a timed event: the wall-clock time with TZID = the IANA id when
// libical knows the zone (the calendar then carries its VTIMEZONE), UTC when only Qt
// knows it, floating (the same wall-clock time wherever one is) without a zone.
icalproperty *dateTimeProperty(icalproperty_kind kind, const QDate &date, const QTime &time, const QString &timeZone)
{
    icaltimetype t = icaltime_null_time();
    t.year = date.year();
    t.month = date.month();
    t.day = date.day();
    t.hour = time.hour();
    t.minute = time.minute();
    t.second = time.second();
    icalproperty *property = nullptr;
    const QTimeZone zone(timeZone.toUtf8());
    if (libicalZone(timeZone)) {
        property = icalproperty_new(kind);
        icalproperty_set_value(property, icalvalue_new_datetime(t));
        icalproperty_add_parameter(property, icalparameter_new_tzid(timeZone.toUtf8().constData()));
        return property;
    }
    if (!timeZone.isEmpty() && zone.isValid())
        t = icaltime_from_timet_with_zone(QDateTime(date, time, zone).toSecsSinceEpoch(), 0,
                                          icaltimezone_get_utc_timezone());
    property = icalproperty_new(kind);
    icalproperty_set_value(property, icalvalue_new_datetime(t));
    return property;
}

// The VTIMEZONE of each zone named by a TZID, under that same id.
void addTimeZones(icalcomponent *calendar, const QList<IcsEvent> &events)
{
    QStringList ids;
    for (const IcsEvent &e : events) {
        if (e.startTime.isValid() && !ids.contains(e.timeZone) && libicalZone(e.timeZone))
            ids.append(e.timeZone);
    }
    ids.sort();
    for (const QString &id : std::as_const(ids)) {
        icalcomponent *vtimezone = icalcomponent_new_clone(icaltimezone_get_component(libicalZone(id)));
        if (icalproperty *tzid = icalcomponent_get_first_property(vtimezone, ICAL_TZID_PROPERTY))
            icalproperty_set_tzid(tzid, id.toUtf8().constData());
        icalcomponent_add_component(calendar, vtimezone);
    }
}

icalproperty_status statusValue(IcsEvent::Status status)
{
    switch (status) {
    case IcsEvent::Status::Tentative:
        return ICAL_STATUS_TENTATIVE;
    case IcsEvent::Status::Confirmed:
        return ICAL_STATUS_CONFIRMED;
    case IcsEvent::Status::Cancelled:
        return ICAL_STATUS_CANCELLED;
    case IcsEvent::Status::None:
        break;
    }
    return ICAL_STATUS_NONE;
}

icalcomponent *event(const IcsEvent &e, const icaltimetype &stamp)
{
    icalcomponent *vevent = icalcomponent_new_vevent();
    icalcomponent_add_property(vevent, icalproperty_new_uid(e.uid.toUtf8().constData()));
    icalcomponent_add_property(vevent, icalproperty_new_dtstamp(stamp));
    icalcomponent_add_property(vevent, icalproperty_new_sequence(e.sequence));
    icalcomponent_add_property(vevent, icalproperty_new_summary(e.summary.toUtf8().constData()));
    if (!e.description.isEmpty())
        icalcomponent_add_property(vevent, icalproperty_new_description(e.description.toUtf8().constData()));
    if (!e.location.isEmpty())
        icalcomponent_add_property(vevent, icalproperty_new_location(e.location.toUtf8().constData()));
    if (e.status != IcsEvent::Status::None)
        icalcomponent_add_property(vevent, icalproperty_new_status(statusValue(e.status)));
    const QDate last = e.endDate.isValid() && e.endDate >= e.startDate ? e.endDate : e.startDate;
    if (!e.startTime.isValid()) {
        icalcomponent_add_property(vevent, icalproperty_new_dtstart(dateValue(e.startDate)));
        icalcomponent_add_property(vevent, icalproperty_new_dtend(dateValue(last.addDays(1)))); // exclusive
    } else {
        icalcomponent_add_property(vevent,
                                   dateTimeProperty(ICAL_DTSTART_PROPERTY, e.startDate, e.startTime, e.timeZone));
        if (e.endTime.isValid())
            icalcomponent_add_property(vevent, dateTimeProperty(ICAL_DTEND_PROPERTY, last, e.endTime, e.timeZone));
    }
    return vevent;
}

} // namespace

QByteArray IcsWriter::write(const QList<IcsEvent> &events, const QDateTime &stamp)
{
    const icaltimetype dtstamp =
        icaltime_from_timet_with_zone(stamp.toSecsSinceEpoch(), 0, icaltimezone_get_utc_timezone());
    Component calendar(icalcomponent_new_vcalendar());
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_prodid("-//Presidency Desk//Handover//EN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
    addTimeZones(calendar.get(), events);
    for (const IcsEvent &e : events)
        icalcomponent_add_component(calendar.get(), event(e, dtstamp)); // the calendar owns it
    char *text = icalcomponent_as_ical_string_r(calendar.get());
    const QByteArray result(text);
    icalmemory_free_buffer(text);
    return result;
}

} // namespace pd
