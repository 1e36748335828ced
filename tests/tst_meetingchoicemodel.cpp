// MeetingChoiceModel: the light list behind the decisions page's meeting chooser. Labels
// in the chosen language (date, code, title cut at 80 characters, "to be scheduled"
// without a date), ids under IdRole, and an exact search by id answered by look-up,
// with the same results as the generic search; under QAbstractItemModelTester.

#include "models/MeetingChoiceModel.h"

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
};

QTEST_GUILESS_MAIN(TestMeetingChoiceModel)
#include "tst_meetingchoicemodel.moc"
