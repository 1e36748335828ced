// The libFuzzer corpora of the handover import (tests/fuzz/corpus/manifest and
// tests/fuzz/corpus/package) replayed in the ordinary suite through the fuzzers' own
// entry points: every manifest is read or refused with one line and reads back the same;
// every package is verified or refused with one line, leaving nothing behind. The valid
// seeds are accepted, so a crash or a false refusal once found stays fixed.

#include "PackageFuzzing.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTest>

using namespace pd;

namespace {

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void addFiles(const QString &folder, int atLeast)
{
    QTest::addColumn<QString>("path");
    const QDir dir(folder);
    const QStringList files = dir.entryList(QDir::Files, QDir::Name);
    QVERIFY(files.size() >= atLeast);
    for (const QString &name : files)
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

} // namespace

class TestPackageCorpus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void manifest_data() { addFiles(QStringLiteral(PD_MANIFEST_CORPUS), 8); }
    void manifest()
    {
        QFETCH(QString, path);
        const QByteArray json = bytesOf(path);
        const QString problem = test::manifestProblem(json);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        if (QFileInfo(path).fileName().startsWith(QLatin1String("valid-")))
            QVERIFY(HandoverManifest::fromJson(json));
    }

    void package_data() { addFiles(QStringLiteral(PD_PACKAGE_CORPUS), 8); }
    void package()
    {
        QFETCH(QString, path);
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        QElapsedTimer timer;
        timer.start();
        const QString problem = test::packageProblem(bytesOf(path), folder.path());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QStringLiteral("%1 ms").arg(timer.elapsed())));
        if (QFileInfo(path).fileName().startsWith(QLatin1String("valid-"))) {
            HandoverImport import(test::fuzzLimits());
            const Status verified = import.verify(path);
            QVERIFY2(verified, verified ? "" : qPrintable(verified.error().message));
        }
    }
};

QTEST_GUILESS_MAIN(TestPackageCorpus)
#include "tst_packagecorpus.moc"
