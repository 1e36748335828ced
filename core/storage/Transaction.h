#pragma once

#include "Result.h"

namespace pd {

class Database;

// RAII write transaction: BEGIN IMMEDIATE (the write lock is taken up front, so a
// second writer waits for the busy timeout instead of failing halfway), rolled back
// unless commit() succeeds. Nested guards become savepoints. Callbacks queued with
// Database::runAfterCommit inside a rolled-back scope are dropped.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    const Error &error() const { return m_error; }
    Status commit();
    void rollback();

private:
    Database &m_db;
    bool m_active = false;
    int m_level = 0;
    std::size_t m_callbackMark = 0;
    Error m_error;
};

} // namespace pd
