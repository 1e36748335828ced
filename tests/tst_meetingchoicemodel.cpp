// MeetingChoiceModel: the light list behind the decisions page's meeting chooser. Labels
// in the chosen language (date, code, title cut at 80 characters, "to be scheduled"
// without a date), ids under IdRole, and an exact search by id answered by look-up,
// with the same results as the generic search; under QAbstractItemModelTester.

#include "TestSupport.h"
#include "models/MeetingChoiceModel.h"
#include "storage/Repositories.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace pd;

namespace {
QList<MeetingChoice> choices()
{
    MeetingChoice rcgm{11,
                       QStringLiteral("7.s"),
                       {QStringLiteral("Meeting of the RCGM"), QStringLiteral("Reunión del GRCM")},
                       QDate(2021, 12, 1),
                       MeetingStatus::Held};
    MeetingChoice planned{
        12, QString(), {QStringLiteral("Vice-Ministerial meeting"), QString()}, QDate(), MeetingStatus::Planned};
    MeetingChoice longTitle{13,
                            QStringLiteral("W"),
                            {QString(100, QLatin1Char('x')), QString()},
                            QDate(2022, 5, 10),
                            MeetingStatus::Planned};
    return {rcgm, planned, longTitle};
}
} // namespace

class TestMeetingChoiceModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void labelsAndIds()
    {
        MeetingChoiceModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setChoices(choices(), Language::English, QStringLiteral("to be scheduled"));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("1 Dec 2021 — 7.s Meeting of the RCGM"));
        QCOMPARE(model.data(model.index(1, 0)).toString(),
                 QStringLiteral("to be scheduled — Vice-Ministerial meeting"));
        const QString cut = model.data(model.index(2, 0)).toString();
        QVERIFY(cut.endsWith(QChar(0x2026)));
        QCOMPARE(cut.size(), QStringLiteral("10 May 2022 — W ").size() + 80);
        QCOMPARE(model.data(model.index(1, 0), MeetingChoiceModel::IdRole).toLongLong(), 12);

        // Spanish labels, with the English title where there is no Spanish one.
        model.setChoices(choices(), Language::Spanish, QStringLiteral("por programar"));
        QVERIFY2(model.data(model.index(0, 0)).toString().endsWith(QStringLiteral("7.s Reunión del GRCM")),
                 qPrintable(model.data(model.index(0, 0)).toString()));
        QVERIFY(model.data(model.index(0, 0)).toString().startsWith(QStringLiteral("1 dic")));
        QCOMPARE(model.data(model.index(1, 0)).toString(), QStringLiteral("por programar — Vice-Ministerial meeting"));
    }

    void findsByIdLikeTheGenericSearch()
    {
        MeetingChoiceModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setChoices(choices(), Language::English, QStringLiteral("to be scheduled"));
        const auto find = [&model](qint64 id, int from, Qt::MatchFlags flags) {
            const QModelIndexList hits = model.match(model.index(from, 0), MeetingChoiceModel::IdRole, id, 1, flags);
            return hits.isEmpty() ? -1 : hits.first().row();
        };
        const Qt::MatchFlags exact = Qt::MatchExactly | Qt::MatchCaseSensitive;
        QCOMPARE(find(13, 0, exact), 2);
        QCOMPARE(find(11, 0, exact), 0);
        QCOMPARE(find(99, 0, exact), -1);
        QCOMPARE(find(11, 1, exact), -1);                // before the start, no wrap
        QCOMPARE(find(11, 1, exact | Qt::MatchWrap), 0); // with wrap
        QCOMPARE(model.rowOf(12), 1);
        // Other searches go the generic way.
        const QModelIndexList byText =
            model.match(model.index(0, 0), Qt::DisplayRole, QStringLiteral("to be"), 1, Qt::MatchStartsWith);
        QCOMPARE(byText.size(), 1);
        QCOMPARE(byText.first().row(), 1);
    }

    // Over a database: the ids alone in calendar order, each label read as its row is
    // shown, the same as the whole list read at once; and the meeting shown first.
    void readsLabelsAsShown()
    {
        auto db = test::memoryDatabase();
        QVERIFY(db);
        Repositories repos(*db);
        qint64 latestHeld = 0;
        const int count = 2 * MeetingChoiceModel::ChunkSize + 30;
        for (int i = 0; i < count; ++i) {
            Meeting m;
            m.kind = MeetingKind::Rcgm;
            m.code = QString::number(i);
            m.title = {QStringLiteral("Meeting %1").arg(i), QStringLiteral("Reunión %1").arg(i)};
            // Some to be scheduled, the others on days in an order other than the ids'.
            if (i % 7 != 0)
                m.startDate = QDate(2020, 1, 1).addDays((i * 37) % count);
            m.status = i % 3 == 0 ? MeetingStatus::Held : MeetingStatus::Planned;
            QVERIFY(repos.meetings().add(m).ok());
            if (m.status == MeetingStatus::Held && m.startDate.isValid() && i < 100) {
                Decision d;
                d.meetingId = m.id;
                d.number = QStringLiteral("1");
                d.verb = DecisionVerb::Approve;
                QVERIFY(repos.decisions().add(d).ok());
                const auto latest = latestHeld ? repos.meetings().byId(latestHeld) : std::nullopt;
                if (!latest || latest->startDate < m.startDate)
                    latestHeld = m.id;
            }
        }
        const DecisionRepository &decisions = repos.decisions();
        QCOMPARE(decisions.latestHeldMeetingWithDecisions(), latestHeld);

        const QList<MeetingChoice> whole = decisions.meetingChoices();
        QList<qint64> order;
        for (const MeetingChoice &c : whole)
            order.append(c.id);
        QCOMPARE(decisions.meetingOrder(), order);

        MeetingChoiceModel all;
        all.setChoices(whole, Language::Spanish, QStringLiteral("por programar"));
        MeetingChoiceModel lazy;
        QAbstractItemModelTester tester(&lazy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        lazy.setMeetings(decisions.meetingOrder(), &decisions, Language::Spanish, QStringLiteral("por programar"));
        QCOMPARE(lazy.rowCount(), count);
        QCOMPARE(lazy.rowOf(latestHeld), all.rowOf(latestHeld));
        // From the end first, so that chunks are read out of order.
        for (int row = count - 1; row >= 0; --row) {
            QCOMPARE(lazy.data(lazy.index(row, 0)).toString(), all.data(all.index(row, 0)).toString());
            QCOMPARE(lazy.choiceAt(row).status, whole.at(row).status);
        }
        QCOMPARE(lazy.data(lazy.index(0, 0)).toString(), QStringLiteral("por programar — 0 Reunión 0"));
    }
};

QTEST_GUILESS_MAIN(TestMeetingChoiceModel)
#include "tst_meetingchoicemodel.moc"
