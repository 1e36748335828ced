// ActivityListModel under QAbstractItemModelTester: the RCM activities with their
// groups and supporters, and rows that follow the repository.

#include "TestSupport.h"
#include "models/ActivityListModel.h"
#include "storage/Repositories.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

class TestActivityListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsTheActivities()
    {
        QTemporaryDir dir;
        auto db = test::rcmDatabase(dir.filePath(QStringLiteral("rcm.sqlite")));
        QVERIFY(db);
        Repositories repos(*db);
        ActivityListModel model(repos);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 27);

        const int l = model.rowOf(repos.activities().byCode(QStringLiteral("7.l"))->uid);
        QCOMPARE(model.index(l, ActivityListModel::CodeColumn).data().toString(), QStringLiteral("7.l"));
        QCOMPARE(model.index(l, ActivityListModel::GroupColumn).data().toString(),
                 QStringLiteral("Working Group on Protection"));
        QCOMPARE(model.index(l, ActivityListModel::SupportersColumn).data().toString(),
                 QStringLiteral("Canada, United States, Costa Rica, IOM"));
        QCOMPARE(model.index(l, ActivityListModel::LeadColumn).data().toString(), QStringLiteral("Costa Rica"));
        const int t = model.rowOf(repos.activities().byCode(QStringLiteral("7.t"))->uid);
        QCOMPARE(model.index(t, ActivityListModel::GroupColumn).data().toString(),
                 QStringLiteral("Structural meetings"));

        // Rows come grouped: the structural meetings (no group) first, then each group in one run.
        QCOMPARE(model.index(0, 0).data(ActivityListModel::GroupStartRole).toBool(), true);
        QCOMPARE(model.index(t, 0).data(ActivityListModel::GroupIdRole).toLongLong(), 0);
        QList<qint64> runs;
        for (int row = 0; row < model.rowCount(); ++row) {
            const qint64 group = model.index(row, 0).data(ActivityListModel::GroupIdRole).toLongLong();
            const bool start = model.index(row, 0).data(ActivityListModel::GroupStartRole).toBool();
            QCOMPARE(start, runs.isEmpty() || runs.last() != group);
            if (start) {
                QVERIFY(!runs.contains(group));
                runs.append(group);
            }
        }
        QCOMPARE(runs.size(), 5);

        // Progress, funding (empty when not set) and the target period.
        QCOMPARE(model.index(l, ActivityListModel::ProgressColumn).data().toString(), QStringLiteral("0 %"));
        QCOMPARE(model.index(l, ActivityListModel::FundingColumn).data().toString(), QString());
        QCOMPARE(model.index(l, ActivityListModel::TargetColumn).data().toString(), QStringLiteral("To be scheduled"));
        Activity dated = *repos.activities().byCode(QStringLiteral("7.l"));
        dated.targetStart = QDate(2022, 3, 7);
        dated.targetEnd = QDate(2022, 3, 9);
        dated.progress = 40;
        dated.fundingNeeded = 2500050;
        dated.currency = QStringLiteral("USD");
        QVERIFY(repos.activities().update(dated).ok());
        QCOMPARE(model.index(l, ActivityListModel::TargetColumn).data().toString(),
                 QStringLiteral("7 Mar 2022 – 9 Mar 2022"));
        QCOMPARE(model.index(l, ActivityListModel::ProgressColumn).data().toString(), QStringLiteral("40 %"));
        QCOMPARE(model.index(l, ActivityListModel::ProgressColumn).data(ActivityListModel::ProgressRole).toInt(), 40);
        QCOMPARE(model.index(l, ActivityListModel::FundingColumn).data().toString(),
                 QStringLiteral("USD\u00a025,000.50"));
        dated.fundingNeeded = 1000000;
        dated.targetEnd = QDate();
        QVERIFY(repos.activities().update(dated).ok());
        QCOMPARE(model.index(l, ActivityListModel::FundingColumn).data().toString(), QStringLiteral("USD\u00a010,000"));
        QCOMPARE(model.index(l, ActivityListModel::TargetColumn).data().toString(), QStringLiteral("7 Mar 2022"));
        QCOMPARE(model.headerData(ActivityListModel::FundingColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Funding needed"));

        model.setLanguage(Language::Spanish);
        QCOMPARE(model.index(l, ActivityListModel::GroupColumn).data().toString(),
                 QStringLiteral("Grupo de Trabajo sobre Protección"));
        QCOMPARE(model.index(l, ActivityListModel::SupportersColumn).data().toString(),
                 QStringLiteral("Canadá, Estados Unidos, Costa Rica, OIM"));
    }

    void followsTheRepository()
    {
        QTemporaryDir dir;
        auto db = test::rcmDatabase(dir.filePath(QStringLiteral("rcm.sqlite")));
        Repositories repos(*db);
        ActivityListModel model(repos);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

        Activity h = *repos.activities().byCode(QStringLiteral("7.h"));
        h.status = ActivityStatus::Completed;
        QVERIFY(repos.activities().update(h).ok());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(model.rowOf(h.uid), ActivityListModel::StatusColumn).data().toString(),
                 QStringLiteral("Completed"));

        Activity extra;
        extra.code = QStringLiteral("7.x");
        extra.title = {QStringLiteral("Regional seminar"), QStringLiteral("Seminario regional")};
        QVERIFY(repos.activities().add(extra).ok());
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), 28);
        QVERIFY(repos.activities().remove(extra.id).ok());
        QCOMPARE(model.rowCount(), 27);
    }

    // Party and group names are read once, not at each filter step, so a party added or
    // renamed in the directory must reach the rows all the same.
    void namesFollowTheDirectory()
    {
        QTemporaryDir dir;
        auto db = test::rcmDatabase(dir.filePath(QStringLiteral("rcm.sqlite")));
        Repositories repos(*db);
        ActivityListModel model(repos);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        Party university;
        university.kind = PartyKind::Academic;
        university.code = QStringLiteral("UNAM");
        university.name = {QStringLiteral("National University"), QStringLiteral("Universidad Nacional")};
        QVERIFY(repos.parties().add(university).ok());
        Activity h = *repos.activities().byCode(QStringLiteral("7.h"));
        h.leadId = university.id;
        h.hostId = 0;
        QVERIFY(repos.activities().update(h).ok());
        const auto lead = [&] {
            return model.index(model.rowOf(h.uid), ActivityListModel::LeadColumn).data().toString();
        };
        QCOMPARE(lead(), QStringLiteral("National University"));

        university.name.en = QStringLiteral("National Autonomous University");
        QVERIFY(repos.parties().update(university).ok());
        QCOMPARE(lead(), QStringLiteral("National Autonomous University"));

        ActivityFilter filter;
        filter.text = QStringLiteral("7.h");
        model.setFilter(filter);
        QVERIFY(model.rowOf(h.uid) >= 0);
        QCOMPARE(lead(), QStringLiteral("National Autonomous University"));
    }
};

QTEST_GUILESS_MAIN(TestActivityListModel)
#include "tst_activitylistmodel.moc"
