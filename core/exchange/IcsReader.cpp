#include "IcsReader.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStringDecoder>
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

QString text(const char *value)
{
    return value ? QString::fromUtf8(value) : QString();
}

bool knownZone(const QString &iana)
{
    return !iana.isEmpty() && QTimeZone::isTimeZoneIdAvailable(iana.toUtf8());
}

QString xProperty(icalcomponent *component, const char *name)
{
    for (icalproperty *p = icalcomponent_get_first_property(component, ICAL_X_PROPERTY); p;
         p = icalcomponent_get_next_property(component, ICAL_X_PROPERTY)) {
        if (qstricmp(icalproperty_get_x_name(p), name) == 0)
            return text(icalproperty_get_x(p)).trimmed();
    }
    return {};
}

// The first parse error libical noted in a component or its properties' values.
QString parseError(icalcomponent *component)
{
    icalproperty *error = icalcomponent_get_first_property(component, ICAL_XLICERROR_PROPERTY);
    return error ? text(icalproperty_get_xlicerror(error)).trimmed() : QString();
}

// A date or date-time as read, with the zone it is to be shown in.
struct Moment
{
    QDate date;
    QTime time; // invalid: a DATE value
    QString zone;
};

Moment moment(icalproperty *property, icaltimetype t, const QString &calendarZone)
{
    Moment m;
    if (t.is_date) {
        m.date = QDate(t.year, t.month, t.day);
        return m;
    }
    const icaltimezone *zone = t.zone;
    QString iana;
    if (icalparameter *tzid = icalproperty_get_first_parameter(property, ICAL_TZID_PARAMETER)) {
        const QString id = text(icalparameter_get_tzid(tzid));
        iana = IcsReader::ianaZone(id);
        if (!zone && !iana.isEmpty()) // a TZID without VTIMEZONE: libical's own zone of that name
            zone = icaltimezone_get_builtin_timezone(iana.toUtf8().constData());
        if (!zone) {
            // Neither the file nor libical knows the zone: the wall-clock time, unzoned.
            m.date = QDate(t.year, t.month, t.day);
            m.time = QTime(t.hour, t.minute, t.second);
            m.zone = iana;
            return m;
        }
    } else if (icaltime_is_utc(t)) {
        zone = icaltimezone_get_utc_timezone();
        iana = calendarZone;
    } else { // floating
        m.date = QDate(t.year, t.month, t.day);
        m.time = QTime(t.hour, t.minute, t.second);
        return m;
    }
    // libical converts through the zone's rules; Qt gives the wall-clock time there.
    const time_t instant = icaltime_as_timet_with_zone(t, zone);
    const QTimeZone target = iana.isEmpty() ? QTimeZone::utc() : QTimeZone(iana.toUtf8());
    const QDateTime local = QDateTime::fromSecsSinceEpoch(qint64(instant), target);
    m.date = local.date();
    m.time = local.time();
    m.zone = iana.isEmpty() ? QStringLiteral("UTC") : iana;
    return m;
}

IcsEvent::Status statusOf(icalcomponent *event)
{
    switch (icalcomponent_get_status(event)) {
    case ICAL_STATUS_TENTATIVE:
        return IcsEvent::Status::Tentative;
    case ICAL_STATUS_CONFIRMED:
        return IcsEvent::Status::Confirmed;
    case ICAL_STATUS_CANCELLED:
        return IcsEvent::Status::Cancelled;
    default:
        break;
    }
    return IcsEvent::Status::None;
}

Result<IcsEvent> readEvent(icalcomponent *vevent, const QString &calendarZone)
{
    const QString uid = text(icalcomponent_get_uid(vevent)).trimmed();
    const QString summary = text(icalcomponent_get_summary(vevent));
    const QString name = uid.isEmpty() ? QStringLiteral("\"%1\"").arg(summary) : uid;
    if (const QString error = parseError(vevent); !error.isEmpty())
        return makeError(Error::Code::Invalid, IcsReader::tr("event %1: %2").arg(name, error));
    if (uid.isEmpty())
        return makeError(Error::Code::Invalid, IcsReader::tr("event %1 has no UID").arg(name));
    icalproperty *startProperty = icalcomponent_get_first_property(vevent, ICAL_DTSTART_PROPERTY);
    const icaltimetype start = icalcomponent_get_dtstart(vevent);
    if (!startProperty || icaltime_is_null_time(start) || !icaltime_is_valid_time(start))
        return makeError(Error::Code::Invalid, IcsReader::tr("event %1 has no valid DTSTART").arg(name));

    IcsEvent e;
    e.uid = uid;
    e.summary = summary;
    e.description = text(icalcomponent_get_description(vevent));
    e.location = text(icalcomponent_get_location(vevent));
    e.sequence = qMax(0, icalcomponent_get_sequence(vevent));
    e.status = statusOf(vevent);
    const Moment first = moment(startProperty, start, calendarZone);
    if (!first.date.isValid())
        return makeError(Error::Code::Invalid, IcsReader::tr("event %1 has no valid DTSTART").arg(name));
    e.startDate = first.date;
    e.startTime = first.time;
    e.timeZone = first.zone;
    e.endDate = first.date;

    icalproperty *endProperty = icalcomponent_get_first_property(vevent, ICAL_DTEND_PROPERTY);
    const icaltimetype end = icalcomponent_get_dtend(vevent); // DTEND, or DTSTART + DURATION
    if (icaltime_is_null_time(end) || !icaltime_is_valid_time(end))
        return e;
    const Moment last = moment(endProperty ? endProperty : startProperty, end, calendarZone);
    if (!last.date.isValid())
        return e;
    if (!first.time.isValid()) {
        e.endDate = qMax(first.date, last.date.addDays(-1)); // DTEND of a DATE is exclusive
        return e;
    }
    if (last.time.isValid() && last.date >= first.date) {
        // The end shown in the start's zone.
        if (last.zone != first.zone && knownZone(first.zone) && knownZone(last.zone)) {
            const QDateTime moved = QDateTime(last.date, last.time, QTimeZone(last.zone.toUtf8()))
                                        .toTimeZone(QTimeZone(first.zone.toUtf8()));
            e.endDate = qMax(first.date, moved.date());
            e.endTime = moved.time();
        } else {
            e.endDate = last.date;
            e.endTime = last.time;
        }
    }
    return e;
}

Status readCalendar(icalcomponent *calendar, ParsedCalendar &parsed, QHash<QString, qsizetype> &byUid)
{
    if (const QString error = parseError(calendar); !error.isEmpty())
        return makeError(Error::Code::Invalid, error);
    QString zone = xProperty(calendar, "X-WR-TIMEZONE");
    zone = knownZone(zone) ? zone : IcsReader::ianaZone(zone);
    if (parsed.calendarTimeZone.isEmpty())
        parsed.calendarTimeZone = zone;
    for (icalcomponent *vevent = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); vevent;
         vevent = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
        if (icalcomponent_get_first_property(vevent, ICAL_RECURRENCEID_PROPERTY)) {
            ++parsed.recurrenceOverrides;
            continue;
        }
        Result<IcsEvent> event = readEvent(vevent, zone);
        if (!event)
            return event.error();
        if (icalcomponent_get_first_property(vevent, ICAL_RRULE_PROPERTY) ||
            icalcomponent_get_first_property(vevent, ICAL_RDATE_PROPERTY))
            ++parsed.recurring;
        const auto seen = byUid.constFind(event->uid);
        if (seen == byUid.cend()) {
            if (parsed.events.size() >= IcsReader::MaxEvents)
                return makeError(Error::Code::Invalid, IcsReader::tr("more than %1 events").arg(IcsReader::MaxEvents));
            byUid.insert(event->uid, parsed.events.size());
            parsed.events.append(*event);
        } else if (event->sequence >= parsed.events.at(*seen).sequence) {
            parsed.events[*seen] = *event;
        }
    }
    return {};
}

} // namespace

QString IcsReader::ianaZone(const QString &tzid)
{
    const QString id = tzid.trimmed();
    if (id.isEmpty())
        return {};
    if (id.compare(QLatin1String("UTC"), Qt::CaseInsensitive) == 0 ||
        id.compare(QLatin1String("Etc/UTC"), Qt::CaseInsensitive) == 0 ||
        id.compare(QLatin1String("GMT"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("UTC");
    if (knownZone(id))
        return id;
    // Windows names (Outlook): "Central America Standard Time".
    const QByteArray windows = QTimeZone::windowsIdToDefaultIanaId(id.toUtf8());
    if (!windows.isEmpty())
        return QString::fromUtf8(windows);
    // Prefixed ids: "/mozilla.org/20071231_1/Europe/Berlin", "/freeassociation.sourceforge.net/...".
    const QStringList parts = id.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (qsizetype n = qMin<qsizetype>(3, parts.size()); n >= 2; --n) {
        const QString candidate = parts.mid(parts.size() - n).join(QLatin1Char('/'));
        if (knownZone(candidate))
            return candidate;
    }
    return {};
}

Result<ParsedCalendar> IcsReader::read(const QByteArray &data)
{
    QByteArray bytes = data;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    if (bytes.contains('\0'))
        return makeError(Error::Code::Invalid, tr("not a text file"));
    // Checked unfolded: a fold may split a character's bytes (some writers fold by octets).
    QByteArray unfolded = bytes;
    unfolded.replace("\r\n ", "").replace("\r\n\t", "").replace("\n ", "").replace("\n\t", "");
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString decoded = decoder.decode(unfolded);
    if (decoder.hasError())
        return makeError(Error::Code::Invalid, tr("not UTF-8 text"));
    if (!decoded.trimmed().startsWith(QLatin1String("BEGIN:VCALENDAR"), Qt::CaseInsensitive))
        return makeError(Error::Code::Invalid, tr("not an iCalendar file (no BEGIN:VCALENDAR)"));

    Component root(icalparser_parse_string(bytes.constData()));
    if (!root)
        return makeError(Error::Code::Invalid, tr("not an iCalendar file"));
    ParsedCalendar parsed;
    QHash<QString, qsizetype> byUid;
    const icalcomponent_kind kind = icalcomponent_isa(root.get());
    if (kind == ICAL_VCALENDAR_COMPONENT) {
        if (Status s = readCalendar(root.get(), parsed, byUid); !s)
            return s.error();
    } else if (kind == ICAL_XROOT_COMPONENT) { // several calendars one after the other
        for (icalcomponent *c = icalcomponent_get_first_component(root.get(), ICAL_VCALENDAR_COMPONENT); c;
             c = icalcomponent_get_next_component(root.get(), ICAL_VCALENDAR_COMPONENT)) {
            if (Status s = readCalendar(c, parsed, byUid); !s)
                return s.error();
        }
    } else {
        return makeError(Error::Code::Invalid, tr("not an iCalendar file (no VCALENDAR)"));
    }
    return parsed;
}

Result<ParsedCalendar> IcsReader::readFile(const QString &path)
{
    QFile file(path);
    if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::Io, tr("cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > MaxFileSize)
        return makeError(Error::Code::Invalid, tr("%1 is too large for a calendar file").arg(path));
    Result<ParsedCalendar> parsed = read(file.readAll());
    if (!parsed)
        return makeError(parsed.error().code, tr("%1: %2").arg(path, parsed.error().message));
    return parsed;
}

} // namespace pd
