#include "LargeDatabase.h"

#include "exchange/NewDatabase.h"
#include "storage/Repositories.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

namespace pd::bench {

namespace {

const char *const Places[] = {"Ciudad de Guatemala", "San José", "Tegucigalpa", "Panamá",        "Ottawa",
                              "Washington",          "Belmopan", "Managua",     "Santo Domingo", "San Salvador",
                              "Ciudad de México"};
const char *const Topics[] = {"labour migration", "border management", "protection of children", "reintegration",
                              "missing migrants", "smuggling",         "trafficking in persons", "health",
                              "regularization",   "women in migration"};
const char *const TemasEs[] = {
    "migración laboral",       "gestión de fronteras",   "protección de la niñez", "reintegración",
    "migrantes desaparecidos", "tráfico ilícito",        "trata de personas",      "salud",
    "regularización",          "mujeres en la migración"};

template <typename T>
T pick(QRandomGenerator &random, const QList<T> &list)
{
    return list.at(int(random.bounded(int(list.size()))));
}

} // namespace

QString generateLargeDatabase(const QString &path, double scale)
{
    auto db = createDatabase(path, NewDatabaseContent::RcmProfile);
    if (!db)
        return db.error().message;
    Repositories repos(**db);
    QRandomGenerator random(20211201); // the same database every time
    const LargeDatabaseCounts full;
    const auto scaled = [scale](int n) { return qMax(1, int(n * scale)); };

    QList<qint64> parties, members, groups;
    for (const Party &p : repos.parties().all())
        parties.append(p.id);
    for (const Party &p : repos.parties().members())
        members.append(p.id);
    for (const WorkingGroup &g : repos.workingGroups().all())
        groups.append(g.id);
    const QDate origin(2019, 1, 1);
    const auto kinds = enumValues<MeetingKind>();
    const auto meetingStatuses = enumValues<MeetingStatus>();
    const auto activityKinds = enumValues<ActivityKind>();
    const auto activityStatuses = enumValues<ActivityStatus>();

    Transaction tx(**db);
    if (!tx.isActive())
        return tx.error().message;

    const qint64 meetingId = repos.meetings().all().first().id;
    for (int i = 0; i < scaled(full.decisions); ++i) {
        Decision d;
        d.meetingId = meetingId;
        d.number = QStringLiteral("G%1").arg(i + 1);
        d.position = 1000 + i;
        d.verb = DecisionVerb(random.bounded(int(DecisionVerb::Other) + 1));
        const int topic = int(random.bounded(10));
        d.text = {QStringLiteral("To follow up on %1 with the Member Countries (item %2).")
                      .arg(QLatin1String(Topics[topic]))
                      .arg(i + 1),
                  QStringLiteral("Dar seguimiento a %1 con los Países Miembros (punto %2).")
                      .arg(QString::fromUtf8(TemasEs[topic]))
                      .arg(i + 1)};
        d.status = random.bounded(3) == 0 ? DecisionStatus::Done : DecisionStatus::Open;
        if (random.bounded(2) == 0)
            d.due = origin.addDays(random.bounded(2000));
        d.partyIds = {pick(random, members)};
        if (Status s = repos.decisions().add(d); !s)
            return s.error().message;
    }
    for (int i = 0; i < scaled(full.meetings); ++i) {
        Meeting m;
        m.kind = pick(random, kinds);
        const int topic = int(random.bounded(10));
        m.title = {QStringLiteral("Meeting %1 on %2").arg(i + 1).arg(QLatin1String(Topics[topic])),
                   QStringLiteral("Reunión %1 sobre %2").arg(i + 1).arg(QString::fromUtf8(TemasEs[topic]))};
        if (random.bounded(20) != 0) { // one in twenty is still to be scheduled
            m.startDate = origin.addDays(random.bounded(2500));
            m.endDate = m.startDate.addDays(random.bounded(3));
        }
        m.venueCity = QString::fromUtf8(Places[random.bounded(11)]);
        m.hostId = pick(random, members);
        m.status = pick(random, meetingStatuses);
        m.workingGroupId = random.bounded(3) == 0 ? 0 : pick(random, groups);
        for (int p = 0; p < 4; ++p) {
            const qint64 party = pick(random, parties);
            bool present = false;
            for (const Participant &existing : m.participants)
                present = present || existing.partyId == party;
            if (!present)
                m.participants.append({party, ParticipantRole::Member, QString()});
        }
        for (int a = 0; a < 3; ++a) {
            AgendaItem item;
            item.title = {QStringLiteral("Agenda item %1").arg(a + 1), QStringLiteral("Punto %1").arg(a + 1)};
            item.durationMinutes = 30;
            m.agenda.append(item);
        }
        if (Status s = repos.meetings().add(m); !s)
            return s.error().message;
    }
    for (int i = 0; i < scaled(full.activities); ++i) {
        Activity a;
        a.code = QStringLiteral("A.%1").arg(i + 1, 6, 10, QLatin1Char('0'));
        a.workingGroupId = random.bounded(8) == 0 ? 0 : pick(random, groups);
        a.kind = pick(random, activityKinds);
        const int topic = int(random.bounded(10));
        a.title = {QStringLiteral("Workshop on %1, edition %2").arg(QLatin1String(Topics[topic])).arg(i + 1),
                   QStringLiteral("Taller sobre %1, edición %2").arg(QString::fromUtf8(TemasEs[topic])).arg(i + 1)};
        a.status = pick(random, activityStatuses);
        a.leadId = pick(random, members);
        a.supporterIds = {pick(random, parties)};
        if (random.bounded(4) != 0) {
            a.targetStart = origin.addDays(random.bounded(2500));
            a.targetEnd = a.targetStart.addDays(random.bounded(60));
        }
        a.progress = int(random.bounded(101));
        if (Status s = repos.activities().add(a); !s)
            return s.error().message;
    }
    for (int i = 0; i < scaled(full.documents); ++i) {
        Document d;
        d.code = QStringLiteral("RCM/%1").arg(i + 1);
        const int topic = int(random.bounded(10));
        d.title = {
            QStringLiteral("Regional guidelines on %1 (%2)").arg(QLatin1String(Topics[topic])).arg(i + 1),
            QStringLiteral("Lineamientos regionales sobre %1 (%2)").arg(QString::fromUtf8(TemasEs[topic])).arg(i + 1)};
        d.kind = DocumentKind::Guidelines;
        d.state = DocumentState::UnderConsultation;
        d.reviewDeadline = origin.addDays(random.bounded(2500));
        for (qint64 member : std::as_const(members)) {
            Consultation c;
            c.partyId = member;
            c.state = ConsultationState(random.bounded(int(ConsultationState::Objection) + 1));
            d.consultations.append(c);
        }
        if (Status s = repos.documents().add(d); !s)
            return s.error().message;
    }
    QList<qint64> funds;
    for (const Fund &f : repos.funds().all())
        funds.append(f.id);
    const int firstYear = 2036 - scaled(full.contributionYears);
    for (int year = firstYear; year < 2036; ++year) {
        for (qint64 member : std::as_const(members)) {
            for (qint64 fund : std::as_const(funds)) {
                Contribution c;
                c.partyId = member;
                c.fundId = fund;
                c.year = year;
                c.due = 1000000 + qint64(random.bounded(9000000));
                qint64 left = c.due;
                for (int p = int(random.bounded(4)); p > 0 && left > 0; --p) {
                    const qint64 amount = qMin(left, c.due / 3 + qint64(random.bounded(int(c.due / 2))));
                    c.payments.append({0, QString(), QDate(year, 1, 1).addDays(random.bounded(365)), amount, {}});
                    left -= amount;
                }
                if (Status s = repos.contributions().add(c); !s)
                    return s.error().message;
            }
        }
    }
    for (int i = 0; i < scaled(full.focalPoints); ++i) {
        FocalPoint f;
        f.partyId = pick(random, parties);
        f.name = QStringLiteral("Focal Point %1").arg(i + 1);
        f.role = QStringLiteral("Focal point, %1").arg(QLatin1String(Topics[random.bounded(10)]));
        f.email = QStringLiteral("focal%1@example.org").arg(i + 1);
        f.phone = QStringLiteral("+1 555 %1").arg(i + 1, 4, 10, QLatin1Char('0'));
        f.personalData = random.bounded(4) != 0;
        if (Status s = repos.focalPoints().add(f); !s)
            return s.error().message;
    }
    if (Status s = tx.commit(); !s)
        return s.error().message;
    return {};
}

QString largeDatabasePath(double scale)
{
    const QString dir = QDir::currentPath() + QStringLiteral("/bench-data");
    QDir().mkpath(dir);
    const QString path = dir + QStringLiteral("/large-%1.sqlite").arg(scale);
    if (QFileInfo::exists(path))
        return path;
    const QString partial = path + QStringLiteral(".part");
    QFile::remove(partial);
    const QString error = generateLargeDatabase(partial, scale);
    if (!error.isEmpty()) {
        qWarning("cannot generate the large database: %s", qPrintable(error));
        return {};
    }
    QFile::rename(partial, path);
    return path;
}

} // namespace pd::bench
