#pragma once

#include <QRegularExpression>
#include <QString>

namespace pd {

// A person a party has named as its contact for the conference. Names, e-mail
// addresses and telephone numbers are personal data: a handover package may leave
// the records so marked out.
struct FocalPoint
{
    qint64 id = 0;
    QString uid;
    qint64 partyId = 0;
    QString name;
    QString role; // "Focal point, Working Group on Protection", "Vice-Minister", ...
    QString email;
    QString phone;
    bool personalData = true;
    QString notes;
};

// Whether `email` looks like an e-mail address (one @, a dot in the domain, no spaces).
inline bool isPlausibleEmail(const QString &email)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    return pattern.match(email).hasMatch();
}

} // namespace pd
