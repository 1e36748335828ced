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
};

QTEST_GUILESS_MAIN(TestActivityListModel)
#include "tst_activitylistmodel.moc"
