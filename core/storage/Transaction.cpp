#include "Transaction.h"

#include "Database.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcDatabase)

namespace pd {

Transaction::Transaction(Database &db) : m_db(db)
{
    m_level = db.m_depth + 1;
    const QString sql =
        m_level == 1 ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT sp%1").arg(m_level);
    if (db.isReadOnly()) {
        m_error = makeError(Error::Code::ReadOnly, Database::tr("%1 is open read-only").arg(db.path()));
        return;
    }
    if (Status s = db.executeScript(sql); !s) {
        m_error = s.error();
        if (m_error.code == Error::Code::Busy)
            m_error.message = Database::tr("%1 is busy: another program is writing to it").arg(db.path());
        return;
    }
    m_callbackMark = db.m_afterCommit.size();
    db.m_depth = m_level;
    m_active = true;
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return m_error.message.isEmpty() ? makeError(Error::Code::Failed, QStringLiteral("no transaction")) : m_error;
    Q_ASSERT(m_db.m_depth == m_level); // inner guards must end before outer ones
    const QString sql = m_level == 1 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE sp%1").arg(m_level);
    if (Status s = m_db.executeScript(sql); !s) {
        rollback();
        return s;
    }
    m_active = false;
    m_db.m_depth = m_level - 1;
    if (m_level == 1) {
        // Run the queued notifications only now that the data is on disk. A callback may
        // start another transaction, so take the queue first.
        auto callbacks = std::move(m_db.m_afterCommit);
        m_db.m_afterCommit.clear();
        for (auto &callback : callbacks)
            callback();
        Q_EMIT m_db.committed();
    }
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    m_db.m_depth = m_level - 1;
    m_db.m_afterCommit.resize(m_callbackMark);
    const QString sql =
        m_level == 1 ? QStringLiteral("ROLLBACK") : QStringLiteral("ROLLBACK TO sp%1; RELEASE sp%1").arg(m_level);
    if (Status s = m_db.executeScript(sql); !s)
        qCWarning(lcDatabase) << "rollback failed:" << s.error().message;
}

} // namespace pd
