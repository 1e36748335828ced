#pragma once

// The behaviour every repository shares, checked once per repository test:
// create/read/update/delete round trips, uid stability, audit rows, and signals that
// fire only after the outermost transaction commits (never after a rollback).

#include "storage/AggregateRepository.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <functional>

namespace pd::test {

template <typename T>
struct RepositoryContract
{
    Database &db;
    AggregateRepository<T> &repository;
    T sample;                                     // a new record: id 0, uid empty
    std::function<void(T &)> edit;                // a real change to it
    std::function<QVariantMap(const T &)> fields; // what must survive a round trip
    // Makes the n-th further copy of `sample` distinct, for tables with a unique key
    // other than the uid (a contribution per country, fund and year); optional.
    std::function<void(T &, int)> vary = {};

    T copy(int n) const
    {
        T item = sample;
        if (vary)
            vary(item, n);
        return item;
    }

    void run()
    {
        AuditLog audit(db);
        QSignalSpy added(&repository, &Repository::added);
        QSignalSpy changed(&repository, &Repository::changed);
        QSignalSpy removed(&repository, &Repository::removed);
        const int before = repository.count();

        // Create: the record gets an id and a uuid, reads back equal, is audited and announced.
        T item = sample;
        QVERIFY2(repository.add(item).ok(), "add failed");
        QVERIFY(item.id > 0);
        QVERIFY(!QUuid::fromString(item.uid).isNull());
        QCOMPARE(repository.count(), before + 1);
        const auto byUid = repository.byUid(item.uid);
        QVERIFY(byUid.has_value());
        QCOMPARE(fields(*byUid), fields(sample));
        QCOMPARE(repository.byId(item.id)->uid, item.uid);
        QCOMPARE(added.count(), 1);
        QCOMPARE(added.first().first().toString(), item.uid);
        auto entries = audit.entriesFor(item.uid);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().action, QStringLiteral("insert"));
        QVERIFY(entries.first().before.isEmpty());
        QCOMPARE(entries.first().after.value(QStringLiteral("uid")).toString(), item.uid);

        // Update: the uid and id stay, the change reads back, before and after are audited.
        T edited = *byUid;
        edit(edited);
        QVERIFY(fields(edited) != fields(*byUid));
        QVERIFY2(repository.update(edited).ok(), "update failed");
        const auto reread = repository.byUid(item.uid);
        QVERIFY(reread.has_value());
        QCOMPARE(reread->id, item.id);
        QCOMPARE(fields(*reread), fields(edited));
        QCOMPARE(changed.count(), 1);
        entries = audit.entriesFor(item.uid);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.last().action, QStringLiteral("update"));
        QVERIFY(entries.last().before != entries.last().after);
        QCOMPARE(entries.last().actor, db.actor());

        // An update that changes nothing writes nothing and says nothing.
        QVERIFY(repository.update(*reread).ok());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(audit.entriesFor(item.uid).size(), 2);

        // A given uid is kept (handover imports rely on it).
        T withUid = copy(1);
        withUid.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QVERIFY(repository.add(withUid).ok());
        QVERIFY(repository.byUid(withUid.uid).has_value());
        QCOMPARE(added.count(), 2);

        // Inside an outer transaction: no signal before the commit, one after it.
        {
            Transaction outer(db);
            QVERIFY(outer.isActive());
            T inner = copy(2);
            QVERIFY(repository.add(inner).ok());
            QCOMPARE(added.count(), 2);
            QVERIFY(outer.commit().ok());
            QCOMPARE(added.count(), 3);
        }
        // Rolled back: no record, no audit row, no signal.
        QString rolledBackUid;
        {
            Transaction outer(db);
            T inner = copy(3);
            QVERIFY(repository.add(inner).ok());
            rolledBackUid = inner.uid;
            outer.rollback();
        }
        QCOMPARE(added.count(), 3);
        QVERIFY(!repository.byUid(rolledBackUid).has_value());
        QVERIFY(audit.entriesFor(rolledBackUid).isEmpty());

        // An update and a delete inside a rolled-back transaction: undone, never announced.
        const int auditRows = audit.count();
        {
            Transaction outer(db);
            T changedInside = *repository.byId(withUid.id);
            edit(changedInside);
            QVERIFY(repository.update(changedInside).ok());
            QVERIFY(repository.remove(item.id).ok());
            QVERIFY(!repository.byId(item.id).has_value());
            outer.rollback();
        }
        QCOMPARE(changed.count(), 1);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(fields(*repository.byId(item.id)), fields(edited));
        QCOMPARE(fields(*repository.byId(withUid.id)), fields(withUid));
        QCOMPARE(audit.count(), auditRows);

        // A write that fails (a uid already taken) changes nothing and emits nothing.
        T duplicate = copy(4);
        duplicate.uid = item.uid;
        const int countBefore = repository.count();
        QCOMPARE(repository.add(duplicate).error().code, Error::Code::Constraint);
        QVERIFY(!repository.lastWriteChanged());
        QCOMPARE(repository.count(), countBefore);
        QCOMPARE(added.count(), 3);
        QCOMPARE(audit.count(), auditRows);
        QCOMPARE(db.transactionDepth(), 0);

        // Delete: gone, audited with its last state, announced.
        QVERIFY2(repository.remove(item.id).ok(), "remove failed");
        QVERIFY(!repository.byUid(item.uid).has_value());
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().first().toString(), item.uid);
        entries = audit.entriesFor(item.uid);
        QCOMPARE(entries.last().action, QStringLiteral("delete"));
        QVERIFY(entries.last().after.isEmpty());
        QCOMPARE(entries.last().before.value(QStringLiteral("uid")).toString(), item.uid);
        // Removing it again is an error, not a crash.
        QCOMPARE(repository.remove(item.id).ok(), false);
    }
};

} // namespace pd::test
