#include "NewDatabase.h"

#include "ProfileLoader.h"
#include "storage/Repositories.h"

#include <QFile>
#include <QFileInfo>

namespace pd {

Result<std::unique_ptr<Database>> createDatabase(const QString &path, NewDatabaseContent content)
{
    const QFileInfo info(path);
    if (info.exists() && (info.isDir() || info.size() > 0))
        return makeError(Error::Code::Invalid,
                         QCoreApplication::translate("NewDatabase", "%1 already exists; choose a new file").arg(path));
    const bool existed = info.exists();
    Database::Options options;
    options.create = true;
    auto db = Database::open(path, options);
    if (!db) {
        if (!existed)
            QFile::remove(path);
        return db.error();
    }
    if (content == NewDatabaseContent::RcmProfile) {
        Repositories repos(**db);
        if (Status s = ProfileLoader(repos).loadFile(QLatin1String(ProfileLoader::RcmProfile)); !s) {
            db->reset();
            if (!existed)
                QFile::remove(path);
            return s.error();
        }
    }
    return db;
}

} // namespace pd
