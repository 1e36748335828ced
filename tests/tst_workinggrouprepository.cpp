// WorkingGroupRepository: the repository contract for working groups, their list
// order, and what happens to the records filed under a group when it is deleted.

#include "RepositoryContract.h"
#include "TestSupport.h"
#include "storage/ActivityRepository.h"
#include "storage/WorkingGroupRepository.h"

#include <QTest>

using namespace pd;

namespace {

QVariantMap fields(const WorkingGroup &g)
{
    return {
        {QStringLiteral("code"), g.code},
        {QStringLiteral("name_en"), g.name.en},
        {QStringLiteral("name_es"), g.name.es},
        {QStringLiteral("position"), g.position},
    };
}

WorkingGroup group(const QString &code, const QString &en, const QString &es, int position)
{
    WorkingGroup g;
    g.code = code;
    g.name = {en, es};
    g.position = position;
    return g;
}

} // namespace

class TestWorkingGroupRepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void contract()
    {
        auto db = test::memoryDatabase();
        QVERIFY(db);
        WorkingGroupRepository groups(*db);
        const auto edit = [](WorkingGroup &g) {
            g.name.es = QStringLiteral("Red de Funcionarios de Enlace para la Protección Consular");
            g.code = QStringLiteral("RLCP");
            g.position = 7;
        };
        test::RepositoryContract<WorkingGroup>{*db, groups,
                                               group(QStringLiteral("WG-IMM"),
                                                     QStringLiteral("Irregular and Mass Migration"),
                                                     QStringLiteral("Migración Irregular y Masiva"), 2),
                                               edit, fields}
            .run();
    }

    void listedByPosition()
    {
        auto db = test::memoryDatabase();
        QVERIFY(db);
        WorkingGroupRepository groups(*db);
        QList<WorkingGroup> list = {
            group(QStringLiteral("WG-BM"), QStringLiteral("Border Management"), QStringLiteral("Gestión de Fronteras"),
                  4),
            group(QStringLiteral("WG-LM"), QStringLiteral("Labour Migration"), QStringLiteral("Migración Laboral"), 1),
            group(QStringLiteral("WG-P"), QStringLiteral("Protection"), QStringLiteral("Protección"), 3),
            group(QStringLiteral("WG-IMM"), QStringLiteral("Irregular and Mass Migration"),
                  QStringLiteral("Migración Irregular y Masiva"), 2),
        };
        for (WorkingGroup &g : list)
            QVERIFY(groups.add(g).ok());
        QStringList codes;
        for (const WorkingGroup &g : groups.all())
            codes.append(g.code);
        QCOMPARE(codes, (QStringList{QStringLiteral("WG-LM"), QStringLiteral("WG-IMM"), QStringLiteral("WG-P"),
                                     QStringLiteral("WG-BM")}));
        QCOMPARE(groups.byId(list.at(2).id)->name.es, QStringLiteral("Protección"));
        QCOMPARE(groups.byId(list.at(2).id)->name.text(Language::English), QStringLiteral("Protection"));

        // Moving one group changes the order for everyone.
        WorkingGroup moved = list.first();
        moved.position = 0;
        QVERIFY(groups.update(moved).ok());
        QCOMPARE(groups.all().first().uid, moved.uid);
    }

    void deletingAGroupLeavesItsActivitiesStructural()
    {
        auto db = test::memoryDatabase();
        QVERIFY(db);
        WorkingGroupRepository groups(*db);
        ActivityRepository activities(*db);
        WorkingGroup p = group(QStringLiteral("WG-P"), QStringLiteral("Protection"), QStringLiteral("Protección"), 3);
        QVERIFY(groups.add(p).ok());
        Activity a;
        a.code = QStringLiteral("7.h");
        a.workingGroupId = p.id;
        a.title = {QStringLiteral("Protection guide"), QStringLiteral("Guía de protección")};
        QVERIFY(activities.add(a).ok());
        QVERIFY(groups.remove(p.id).ok());
        QVERIFY(!groups.byId(p.id).has_value());
        // The activity stays, now without a group (ON DELETE SET NULL).
        const auto kept = activities.byId(a.id);
        QVERIFY(kept.has_value());
        QCOMPARE(kept->workingGroupId, qint64(0));
        ActivityFilter structural;
        structural.workingGroupId = 0;
        QCOMPARE(activities.countMatching(structural), 1);
    }
};

QTEST_GUILESS_MAIN(TestWorkingGroupRepository)
#include "tst_workinggrouprepository.moc"
