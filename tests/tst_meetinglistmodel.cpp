// MeetingListModel under QAbstractItemModelTester: rows follow the repository's
// signals (insert, change in place, remove) and show the interface language.

#include "TestSupport.h"
#include "models/MeetingListModel.h"
#include "storage/Repositories.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

class TestMeetingListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void followsTheRepository()
    {
        QTemporaryDir dir;
        auto db = test::rcmDatabase(dir.filePath(QStringLiteral("rcm.sqlite")));
        QVERIFY(db);
        Repositories repos(*db);
        MeetingListModel model(repos);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        QCOMPARE(model.rowCount(), repos.meetings().count());
        const int held = model.rowOf(repos.meetings().all().first().uid);
        QCOMPARE(model.index(held, MeetingListModel::VenueColumn).data().toString(),
                 QStringLiteral("Mexico City, Mexico"));
        QCOMPARE(model.index(held, MeetingListModel::StatusColumn).data().toString(), QStringLiteral("Held"));

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        Meeting m;
        m.kind = MeetingKind::Workshop;
        m.title = {QStringLiteral("Workshop on Migration and Health"),
                   QStringLiteral("Taller sobre Migración y Salud")};
        m.startDate = QDate(2022, 6, 14);
        m.endDate = QDate(2022, 6, 15);
        m.venueCity = QStringLiteral("San José");
        QVERIFY(repos.meetings().add(m).ok());
        QCOMPARE(inserted.count(), 1);
        const int row = model.rowOf(m.uid);
        QCOMPARE(row, model.rowCount() - 1);
        QCOMPARE(model.index(row, MeetingListModel::TitleColumn).data().toString(), m.title.en);
        QCOMPARE(model.index(row, 0).data(MeetingListModel::UidRole).toString(), m.uid);

        m.status = MeetingStatus::Confirmed;
        QVERIFY(repos.meetings().update(m).ok());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(row, MeetingListModel::StatusColumn).data().toString(), QStringLiteral("Confirmed"));

        QVERIFY(repos.meetings().remove(m.id).ok());
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.rowOf(m.uid), -1);
        QCOMPARE(reset.count(), 0); // single changes never reset the view
    }

    void unscheduledAndLanguage()
    {
        QTemporaryDir dir;
        auto db = test::rcmDatabase(dir.filePath(QStringLiteral("rcm.sqlite")));
        Repositories repos(*db);
        MeetingListModel model(repos);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        int unscheduled = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (!model.recordAt(row).isScheduled()) {
                ++unscheduled;
                QCOMPARE(model.index(row, MeetingListModel::DateColumn).data().toString(),
                         QStringLiteral("To be scheduled"));
            }
        }
        QCOMPARE(unscheduled, 6); // 7.s–7.w and the first Mexico–Costa Rica–Panama meeting
        model.setLanguage(Language::Spanish);
        const int held = model.rowOf(repos.meetings().all().first().uid);
        QVERIFY(
            model.index(held, MeetingListModel::TitleColumn).data().toString().startsWith(QStringLiteral("Reunión")));
        QCOMPARE(model.index(held, MeetingListModel::VenueColumn).data().toString(),
                 QStringLiteral("Mexico City, México"));
    }
};

QTEST_GUILESS_MAIN(TestMeetingListModel)
#include "tst_meetinglistmodel.moc"
