#include "TestSupport.h"

#include "exchange/NewDatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTest>

namespace pd::test {

std::unique_ptr<Database> memoryDatabase()
{
    Database::Options options;
    options.create = true;
    auto db = Database::open(QStringLiteral(":memory:"), options);
    if (!db) {
        qWarning() << "cannot open an in-memory database:" << db.error().message;
        return nullptr;
    }
    return std::move(*db);
}

std::unique_ptr<Database> rcmDatabase(const QString &path)
{
    auto db = createDatabase(path, NewDatabaseContent::RcmProfile);
    if (!db) {
        qWarning() << "cannot create the RCM database:" << db.error().message;
        return nullptr;
    }
    return std::move(*db);
}

QString fixture(const QString &name)
{
    return QStringLiteral(PD_TEST_DATA_DIR "/") + name;
}

QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

} // namespace pd::test
