// The libFuzzer corpus of the conclusions parser (tests/fuzz/corpus/conclusions),
// replayed in the ordinary suite: every file parses within its time and keeps the
// invariants the fuzzer checks, so a crash once found stays fixed.

#include "ConclusionsInvariants.h"
#include "exchange/ConclusionsParser.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace pd;

class TestConclusionsCorpus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void replay_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(PD_CONCLUSIONS_CORPUS));
        const QStringList files = dir.entryList(QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 10);
        for (const QString &name : files)
            QTest::newRow(qPrintable(name)) << dir.filePath(name);
    }
    void replay()
    {
        QFETCH(QString, path);
        static const ConclusionsParser parser = [] {
            QFile profile(QStringLiteral(PD_PROFILE_JSON));
            return ConclusionsParser(ConclusionsContext::fromProfileJson(
                profile.open(QIODevice::ReadOnly) ? profile.readAll() : QByteArray()));
        }();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const QString text = QString::fromUtf8(bytes);
        QElapsedTimer timer;
        timer.start();
        for (const auto language : {ConclusionsParser::LanguageChoice::Auto, ConclusionsParser::LanguageChoice::English,
                                    ConclusionsParser::LanguageChoice::Spanish}) {
            const ParsedConclusions parsed = parser.parse(text, language);
            const QString problem = test::conclusionsInvariantProblem(parsed, test::conclusionsLineCount(text));
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            QVERIFY(!parsed.toJson().isEmpty());
        }
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QStringLiteral("%1 ms").arg(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestConclusionsCorpus)
#include "tst_conclusionscorpus.moc"
