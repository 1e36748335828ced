// The staging folders a killed import leaves behind: the next import in the same place
// removes those whose owner is gone (a stale QLockFile inside), and those without a lock
// once they are old; it leaves alone a folder whose owner is alive, and anything that is
// not one of ours (another name, a link, a folder holding files we never write).

#include "TestSupport.h"
#include "exchange/HandoverExport.h"
#include "exchange/HandoverImport.h"
#include "storage/Repositories.h"
#include "storage/StagingFolder.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <utime.h>

using namespace pd;
using namespace std::chrono_literals;

namespace {

const QString ImportPrefix = QString::fromLatin1(StagingFolder::ImportPrefix);
const QString ReaderPrefix = QString::fromLatin1(StagingFolder::ReaderPrefix);

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

void makeOld(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    const qint64 twoHoursAgo = QDateTime::currentSecsSinceEpoch() - 2 * 3600;
    utimbuf times{time_t(twoHoursAgo), time_t(twoHoursAgo)};
    utime(native.constData(), &times);
}

} // namespace

class TestStagingFolder : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_package;

    QStringList stagingFolders(const QString &folder, const QString &prefix) const
    {
        QStringList names = QDir(folder).entryList({prefix + QStringLiteral("*")},
                                                   QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System);
        names.sort();
        return names;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto db = test::rcmDatabase(m_dir.filePath(QStringLiteral("rcm.sqlite")));
        QVERIFY(db);
        Repositories repos(*db);
        const auto salvador = HandoverExport::findCountry(repos, QStringLiteral("SV"));
        QVERIFY(salvador);
        m_package = m_dir.filePath(QStringLiteral("handover.zip"));
        const auto manifest = HandoverExport::write(*db, *salvador, m_package, {});
        QVERIFY2(manifest, qPrintable(manifest ? QString() : manifest.error().message));
    }

    void aLiveStagingFolderIsLocked()
    {
        QTemporaryDir folder;
        StagingFolder staging(folder.path(), ImportPrefix);
        QVERIFY(staging.isValid());
        QVERIFY(QFileInfo(staging.path()).fileName().startsWith(ImportPrefix));
        QVERIFY(QFileInfo::exists(staging.filePath(QString::fromLatin1(StagingFolder::LockName))));
        QCOMPARE(StagingFolder::removeStale(folder.path(), ImportPrefix, 0min), 0);
        QVERIFY(QFileInfo::exists(staging.path()));
    }

    void theFolderGoesWithItsOwner()
    {
        QTemporaryDir folder;
        QString path;
        {
            StagingFolder staging(folder.path(), ImportPrefix);
            path = staging.path();
            QVERIFY(writeFile(staging.filePath(QStringLiteral("new.sqlite")), "x"));
        }
        QVERIFY(!QFileInfo::exists(path));
        QCOMPARE(stagingFolders(folder.path(), ImportPrefix), QStringList());
    }

    // What the issue asks: a stale folder beside the target is gone after the next
    // import there, a live one is left alone, and so is everything that is not ours.
    void theNextImportRemovesStaleFoldersOnly()
    {
        QTemporaryDir folder;
        StagingFolder live(folder.path(), ImportPrefix); // another import, running
        QVERIFY(live.isValid());
        QVERIFY(writeFile(live.filePath(QStringLiteral("new.sqlite")), "x"));

        const QString stale = test::staleStagingFolder(folder.path(), ImportPrefix + QStringLiteral("aB3dE9"),
                                                       QStringLiteral("new.sqlite"));
        const QString staleJournal = test::staleStagingFolder(folder.path(), ImportPrefix + QStringLiteral("Zz0Zz1"),
                                                              QStringLiteral("new.sqlite-journal"));
        // Killed between creating the folder and locking it: removed once old.
        const QString unlockedOld = QDir(folder.path()).filePath(ImportPrefix + QStringLiteral("oldold"));
        QVERIFY(QDir().mkpath(unlockedOld));
        makeOld(unlockedOld);
        const QString unlockedYoung = QDir(folder.path()).filePath(ImportPrefix + QStringLiteral("young1"));
        QVERIFY(QDir().mkpath(unlockedYoung));
        // Not ours: a file we never write, another name, a link to a folder.
        const QString foreign = test::staleStagingFolder(folder.path(), ImportPrefix + QStringLiteral("frgn01"),
                                                         QStringLiteral("thesis.odt"));
        const QString otherName = test::staleStagingFolder(folder.path(), ImportPrefix + QStringLiteral("toolong1"),
                                                           QStringLiteral("new.sqlite"));
        const QString elsewhere =
            test::staleStagingFolder(m_dir.path(), QStringLiteral("elsewhere"), QStringLiteral("new.sqlite"));
        const QString link = QDir(folder.path()).filePath(ImportPrefix + QStringLiteral("link01"));
        QVERIFY(QFile::link(elsewhere, link));

        HandoverImport import;
        const Status verified = import.verify(m_package);
        QVERIFY2(verified, qPrintable(verified ? QString() : verified.error().message));
        const QString target = QDir(folder.path()).filePath(QStringLiteral("imported.sqlite"));
        const auto report = import.newDatabase(target);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QVERIFY(QFileInfo::exists(target));

        QVERIFY(!QFileInfo::exists(stale));
        QVERIFY(!QFileInfo::exists(staleJournal));
        QVERIFY(!QFileInfo::exists(unlockedOld));
        QVERIFY(QFileInfo::exists(unlockedYoung));
        QVERIFY(QFileInfo::exists(live.filePath(QStringLiteral("new.sqlite"))));
        QVERIFY(QFileInfo::exists(QDir(foreign).filePath(QStringLiteral("thesis.odt"))));
        QVERIFY(QFileInfo::exists(QDir(otherName).filePath(QStringLiteral("new.sqlite"))));
        QVERIFY(QFileInfo(link).isSymLink());
        QVERIFY(QFileInfo::exists(QDir(elsewhere).filePath(QStringLiteral("new.sqlite"))));
        QStringList left{QFileInfo(foreign).fileName(), QFileInfo(link).fileName(), QFileInfo(live.path()).fileName(),
                         QFileInfo(otherName).fileName(), QFileInfo(unlockedYoung).fileName()};
        left.sort();
        QCOMPARE(stagingFolders(folder.path(), ImportPrefix), left);
    }

    // The package reader's staging folder in the temporary folder, which a killed merge
    // leaves behind with the whole unpacked snapshot in it.
    void theReaderRemovesStaleFoldersInTheTemporaryFolder()
    {
        QTemporaryDir tmp;
        const QByteArray before = qgetenv("TMPDIR");
        qputenv("TMPDIR", QFile::encodeName(tmp.path()));
        const QString stale =
            test::staleStagingFolder(tmp.path(), ReaderPrefix + QStringLiteral("k1ll3d"), QStringLiteral("entry-0"));
        QVERIFY(writeFile(QDir(stale).filePath(QStringLiteral("migrated.sqlite")), "x"));
        QString staging;
        {
            HandoverImport import;
            const Status verified = import.verify(m_package);
            QVERIFY2(verified, qPrintable(verified ? QString() : verified.error().message));
            staging = import.stagingPath();
            QVERIFY(staging.startsWith(tmp.path()));
            QVERIFY(!QFileInfo::exists(stale));
            QCOMPARE(stagingFolders(tmp.path(), ReaderPrefix), QStringList{QFileInfo(staging).fileName()});
        }
        QVERIFY(!QFileInfo::exists(staging));
        if (before.isNull())
            qunsetenv("TMPDIR");
        else
            qputenv("TMPDIR", before);
        QCOMPARE(stagingFolders(tmp.path(), ReaderPrefix), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestStagingFolder)
#include "tst_handoverstaging.moc"
