// The list verb of the real presidency-desk program, run through QProcess: every entity
// in every format (JSON, CSV, table), and the 2021 RCGM register, consultations and
// meetings as the seed document has them.
//
// Every run names its database with --db and gets HOME and XDG_DATA_HOME inside a
// temporary folder, so the user's own data location is never touched (CommandLineFixture).

#include "CommandLineFixture.h"

#include <QJsonObject>
#include <QSet>

using namespace pd;
using namespace pd::test;

namespace {

QJsonObject byNumber(const QJsonArray &decisions, const QString &number)
{
    for (const QJsonValue v : decisions) {
        if (v.toObject().value(QStringLiteral("number")).toString() == number)
            return v.toObject();
    }
    return {};
}

} // namespace

class TestCommandLineList : public QObject, private CommandLineFixture
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { setUpShared(); }
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void listEveryEntityInEveryFormat_data()
    {
        QTest::addColumn<QString>("entity");
        for (const QString &entity : entities())
            QTest::newRow(qPrintable(entity)) << entity;
    }

    void listEveryEntityInEveryFormat()
    {
        QFETCH(QString, entity);

        // JSON: an array of objects, each with a uid, all different.
        const Run json = run({QStringLiteral("list"), entity, QStringLiteral("--format"), QStringLiteral("json"),
                              QStringLiteral("--db"), m_rcm});
        QVERIFY(json.finished);
        QCOMPARE(json.exitStatus, QProcess::NormalExit);
        QCOMPARE(json.exitCode, int(CommandLine::Success));
        QVERIFY2(json.err.isEmpty(), json.err.constData());
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(json.out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(doc.isArray());
        const QJsonArray rows = doc.array();
        QStringList uids;
        for (const QJsonValue v : rows) {
            QVERIFY(v.isObject());
            const QJsonValue uid = v.toObject().value(QStringLiteral("uid"));
            QVERIFY(uid.isString());
            QVERIFY(!uid.toString().isEmpty());
            uids.append(uid.toString());
        }
        QCOMPARE(QSet<QString>(uids.cbegin(), uids.cend()).size(), uids.size());
        if (entity != QLatin1String("contributions")) // the profile invents no payments
            QVERIFY(!rows.isEmpty());

        // CSV: the header first with uid as first column, then one record per object.
        const Run csv = run({QStringLiteral("list"), entity, QStringLiteral("--format"), QStringLiteral("csv"),
                             QStringLiteral("--db"), m_rcm});
        QCOMPARE(csv.exitStatus, QProcess::NormalExit);
        QCOMPARE(csv.exitCode, int(CommandLine::Success));
        QVERIFY2(csv.err.isEmpty(), csv.err.constData());
        QVERIFY(csv.out.endsWith("\r\n"));
        const QList<QStringList> records = parseCsv(csv.outText());
        QVERIFY(!records.isEmpty());
        const QStringList &header = records.at(0);
        QCOMPARE(header.value(0), QStringLiteral("uid"));
        QCOMPARE(records.size() - 1, rows.size());
        for (qsizetype i = 1; i < records.size(); ++i) {
            QCOMPARE(records.at(i).size(), header.size());
            QCOMPARE(records.at(i).at(0), uids.at(i - 1)); // same records, same order
        }
        if (!rows.isEmpty()) {
            QStringList keys = rows.at(0).toObject().keys();
            QStringList columns = header;
            keys.sort();
            columns.sort();
            QCOMPARE(keys, columns);
        }

        // Table (the default format): a header line naming the columns, a rule, the rows.
        const Run table = run({QStringLiteral("list"), entity, QStringLiteral("--db"), m_rcm});
        QCOMPARE(table.exitStatus, QProcess::NormalExit);
        QCOMPARE(table.exitCode, int(CommandLine::Success));
        QVERIFY2(table.err.isEmpty(), table.err.constData());
        const QStringList lines = table.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.size() >= 2);
        QCOMPARE(lines.at(0).split(QLatin1Char(' '), Qt::SkipEmptyParts), header);
        QVERIFY(lines.at(1).startsWith(QStringLiteral("---")));
        QVERIFY(QString(lines.at(1)).remove(QLatin1Char(' ')).remove(QLatin1Char('-')).isEmpty());
        QCOMPARE(lines.size() - 2, rows.size());
        for (qsizetype i = 2; i < lines.size(); ++i)
            QVERIFY2(lines.at(i).startsWith(uids.at(i - 2)), qPrintable(lines.at(i)));
    }

    void listDecisionsHoldsThe2021Register()
    {
        bool ok = false;
        const QJsonArray decisions = listJson(QStringLiteral("decisions"), m_rcm, &ok);
        QVERIFY(ok);
        QCOMPARE(decisions.size(), 59);
        for (int n = 1; n <= 12; ++n) {
            const QJsonObject d = byNumber(decisions, QString::number(n));
            QVERIFY2(!d.isEmpty(), qPrintable(QString::number(n)));
            QVERIFY(d.value(QStringLiteral("parent_uid")).isNull()); // a conclusion, not a sub-item
        }
        const QJsonObject p = byNumber(decisions, QStringLiteral("7.p"));
        const QJsonObject pi = byNumber(decisions, QStringLiteral("7.p.i"));
        QVERIFY(!p.isEmpty());
        QVERIFY(!pi.isEmpty());
        QVERIFY(!p.value(QStringLiteral("uid")).toString().isEmpty());
        QCOMPARE(pi.value(QStringLiteral("parent_uid")).toString(), p.value(QStringLiteral("uid")).toString());
        QCOMPARE(p.value(QStringLiteral("parent_uid")).toString(),
                 byNumber(decisions, QStringLiteral("7")).value(QStringLiteral("uid")).toString());

        const QJsonObject e = byNumber(decisions, QStringLiteral("1.e"));
        QCOMPARE(e.value(QStringLiteral("due_date")).toString(), QStringLiteral("2022-03-31"));
        QStringList parties;
        for (const QJsonValue v : e.value(QStringLiteral("parties")).toArray())
            parties.append(v.toString());
        parties.sort();
        QCOMPARE(parties, (QStringList{QStringLiteral("BZ"), QStringLiteral("DO")}));

        // All of them belong to the RCGM meeting of 1 December 2021.
        const QJsonArray meetings = listJson(QStringLiteral("meetings"), m_rcm, &ok);
        QVERIFY(ok);
        QString rcgm;
        for (const QJsonValue v : meetings) {
            if (v.toObject().value(QStringLiteral("start_date")).toString() == QLatin1String("2021-12-01"))
                rcgm = v.toObject().value(QStringLiteral("uid")).toString();
        }
        QVERIFY(!rcgm.isEmpty());
        for (const QJsonValue v : decisions)
            QCOMPARE(v.toObject().value(QStringLiteral("meeting_uid")).toString(), rcgm);
    }

    void listConsultationsShowsMoreTimeRequested()
    {
        bool ok = false;
        const QJsonArray consultations = listJson(QStringLiteral("consultations"), m_rcm, &ok);
        QVERIFY(ok);
        QCOMPARE(consultations.size(), 11);
        QStringList moreTime;
        int pending = 0;
        for (const QJsonValue v : consultations) {
            const QJsonObject c = v.toObject();
            const QString state = c.value(QStringLiteral("state")).toString();
            if (state == QLatin1String("more_time_requested")) {
                moreTime.append(c.value(QStringLiteral("party")).toString());
                QCOMPARE(c.value(QStringLiteral("requested_until")).toString(), QStringLiteral("2022-03-31"));
            } else {
                QCOMPARE(state, QStringLiteral("pending"));
                QVERIFY(c.value(QStringLiteral("requested_until")).isNull());
                ++pending;
            }
            QVERIFY(c.value(QStringLiteral("document")).toString().contains(QStringLiteral("Missing Persons")));
        }
        moreTime.sort();
        QCOMPARE(moreTime, (QStringList{QStringLiteral("BZ"), QStringLiteral("DO")}));
        QCOMPARE(pending, 9);
    }

    void listMeetingsIncludesTheHeldRcgm()
    {
        bool ok = false;
        const QJsonArray meetings = listJson(QStringLiteral("meetings"), m_rcm, &ok);
        QVERIFY(ok);
        int held = 0;
        for (const QJsonValue v : meetings) {
            const QJsonObject m = v.toObject();
            if (m.value(QStringLiteral("status")).toString() != QLatin1String("held"))
                continue;
            ++held;
            QCOMPARE(m.value(QStringLiteral("kind")).toString(), QStringLiteral("rcgm"));
            QCOMPARE(m.value(QStringLiteral("start_date")).toString(), QStringLiteral("2021-12-01"));
            QCOMPARE(m.value(QStringLiteral("venue_city")).toString(), QStringLiteral("Mexico City"));
            QCOMPARE(m.value(QStringLiteral("host")).toString(), QStringLiteral("MX"));
            const QJsonArray participants = m.value(QStringLiteral("participants")).toArray();
            QVERIFY(participants.contains(QJsonValue(QStringLiteral("MX"))));
            QVERIFY(participants.contains(QJsonValue(QStringLiteral("SV"))));
        }
        QCOMPARE(held, 1);
    }
};

QTEST_GUILESS_MAIN(TestCommandLineList)
#include "tst_commandlinelist.moc"
