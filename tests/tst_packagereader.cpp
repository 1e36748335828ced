// PackageReader and HandoverManifest::fromJson on their own: every entry of an exported
// package staged with its size and SHA-256; the name rules and the allow-list; the caps
// on one entry, the total and the number of entries, counted while inflating; a zip bomb
// stopped at the compression-ratio cap; the manifest read strictly.

#include "HandoverPackages.h"
#include "TestSupport.h"
#include "exchange/HandoverExport.h"
#include "exchange/HandoverManifest.h"
#include "exchange/PackageReader.h"
#include "storage/Repositories.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using namespace pd::test;

class TestPackageReader : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_package;
    Entries m_entries;
    QString m_documentUid;

    QString writePackage(const QString &name, const Entries &entries) const
    {
        const QString file = m_dir.filePath(name + QStringLiteral(".zip"));
        if (!writeZip(file, entries))
            qWarning() << "cannot write" << file;
        return file;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto db = test::rcmDatabase(m_dir.filePath(QStringLiteral("rcm.sqlite")));
        QVERIFY(db);
        Repositories repos(*db);
        const QList<Document> documents = repos.documents().all();
        m_documentUid = documents.first().uid;
        Attachment a;
        a.documentId = documents.first().id;
        a.fileName = QStringLiteral("Guía, versión final.txt");
        a.data = QByteArrayLiteral("contenido");
        QVERIFY(repos.attachments().add(a));
        m_package = m_dir.filePath(QStringLiteral("handover.zip"));
        const auto salvador = HandoverExport::findCountry(repos, QStringLiteral("SV"));
        QVERIFY(salvador);
        QVERIFY(HandoverExport::write(*db, *salvador, m_package, {}));
        m_entries = readZip(m_package);
        QVERIFY(!m_entries.isEmpty());
    }

    void zipBombStopsAtTheCap()
    {
        Entries entries = m_entries;
        entries.append({QStringLiteral("briefing.pdf"), QByteArray(64 << 20, '\0')});
        resign(entries);
        const QString package = writePackage(QStringLiteral("bomb"), entries);
        QVERIFY(QFileInfo(package).size() < (2 << 20));
        PackageReader reader;
        const Status s = reader.read(package);
        QVERIFY(!s);
        QVERIFY2(s.error().message.contains(QStringLiteral("\"briefing.pdf\": inflates more than 100 times")),
                 qPrintable(s.error().message));
        // Refused after about 100 times the entry's compressed size, not 64 MiB later, and
        // what was staged went with the reader's folder.
        QVERIFY2(reader.inflatedBytes() < (16 << 20), qPrintable(QString::number(reader.inflatedBytes())));
    }

    void capsOnSizeAndCount()
    {
        PackageReader::Limits limits;
        limits.maxEntrySize = 1000;
        PackageReader tooLarge(limits);
        Status s = tooLarge.read(m_package);
        QVERIFY(!s);
        QVERIFY2(s.error().message.contains(QStringLiteral("larger than the 1000-byte limit for one file")),
                 qPrintable(s.error().message));
        QVERIFY(tooLarge.inflatedBytes() <= 1000 + PackageReader::ChunkSize);

        limits = {};
        limits.maxTotalSize = 50000;
        PackageReader tooMuch(limits);
        s = tooMuch.read(m_package);
        QVERIFY(!s);
        QVERIFY(s.error().message.contains(QStringLiteral("inflates past its 50000-byte limit")));
        QVERIFY(tooMuch.inflatedBytes() <= 50000 + PackageReader::ChunkSize);

        limits = {};
        limits.maxEntries = 5;
        PackageReader tooMany(limits);
        s = tooMany.read(m_package);
        QVERIFY(!s);
        QVERIFY(s.error().message.contains(QStringLiteral("at most 5 are allowed")));
        QCOMPARE(tooMany.inflatedBytes(), 0);
    }

    void readerStagesEveryEntry()
    {
        PackageReader reader;
        QVERIFY(reader.read(m_package));
        QCOMPARE(reader.entries().size(), m_entries.size());
        for (const ZipEntry &e : std::as_const(m_entries)) {
            const auto staged = reader.entry(e.name);
            QVERIFY2(staged, qPrintable(e.name));
            QVERIFY(staged->stagedPath.startsWith(reader.stagingPath() + QLatin1Char('/')));
            QCOMPARE(staged->size, qint64(e.data.size()));
            QCOMPARE(staged->sha256, AttachmentRepository::sha256Hex(e.data));
        }
    }

    void nameRules_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("manifest") << QStringLiteral("manifest.json") << true;
        QTest::newRow("csv") << QStringLiteral("focal_points.csv") << true;
        QTest::newRow("attachment") << QStringLiteral("attachments/%1/2-a b.pdf").arg(m_documentUid) << true;
        QTest::newRow("attachment without version")
            << QStringLiteral("attachments/%1/a.pdf").arg(m_documentUid) << false;
        QTest::newRow("attachment folder") << QStringLiteral("attachments/%1/").arg(m_documentUid) << false;
        QTest::newRow("attachment not a uid") << QStringLiteral("attachments/x/1-a.pdf") << false;
        QTest::newRow("nested") << QStringLiteral("attachments/%1/1-a/b.pdf").arg(m_documentUid) << false;
        QTest::newRow("unknown csv") << QStringLiteral("secrets.csv") << false;
        QTest::newRow("dot") << QStringLiteral("./manifest.json") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("newline") << QStringLiteral("manifest.json\n") << false;
    }

    void nameRules()
    {
        QFETCH(QString, name);
        QFETCH(bool, allowed);
        QCOMPARE(!PackageReader::nameProblem(name).has_value(), allowed);
    }

    void manifestRoundTripsAndIsStrict()
    {
        const QByteArray json = dataOf(m_entries, QStringLiteral("manifest.json"));
        const auto manifest = HandoverManifest::fromJson(json);
        QVERIFY(manifest);
        QCOMPARE(manifest->to.code, QStringLiteral("SV"));
        QCOMPARE(manifest->from.code, QStringLiteral("MX"));
        QCOMPARE(HandoverManifest::fromJson(manifest->toJson())->toJson(), manifest->toJson());

        QJsonObject o = QJsonDocument::fromJson(json).object();
        QJsonArray files = o.value(QStringLiteral("files")).toArray();
        files.append(files.at(0));
        o.insert(QStringLiteral("files"), files);
        const auto twice = HandoverManifest::fromJson(QJsonDocument(o).toJson());
        QVERIFY(!twice);
        QVERIFY(twice.error().message.contains(QStringLiteral("twice")));

        o = QJsonDocument::fromJson(json).object();
        o.remove(QStringLiteral("to"));
        const auto noTo = HandoverManifest::fromJson(QJsonDocument(o).toJson());
        QVERIFY(!noTo);
        QVERIFY2(noTo.error().message.contains(QStringLiteral("\"to\" must be an object")),
                 qPrintable(noTo.error().message));
    }
};

QTEST_GUILESS_MAIN(TestPackageReader)
#include "tst_packagereader.moc"
