#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace pd {

struct Payment
{
    qint64 id = 0;
    QString uid;
    QDate paidOn;
    qint64 amount = 0; // minor units
    QString note;
};

// What one country owes one fund for one year. Amounts are in minor units (cents).
struct Contribution
{
    qint64 id = 0;
    QString uid;
    qint64 partyId = 0;
    qint64 fundId = 0;
    int year = 0;
    qint64 due = 0;
    QString currency = QStringLiteral("USD");
    QString note;
    QList<Payment> payments;

    qint64 paid() const
    {
        qint64 sum = 0;
        for (const Payment &p : payments)
            sum += p.amount;
        return sum;
    }
    qint64 outstanding() const { return due - paid(); }
};

} // namespace pd
