// The command line speaks the language it is asked for: --lang es|en (or --lang=…)
// over the system's, for errors, help and reports; a language it does not have is
// refused in one line before anything else happens.

#include "ProgramRun.h"
#include "cli/CommandLine.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

class TestCommandLineLanguage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    test::ProgramRun run(const QStringList &arguments, const QString &systemLocale = QStringLiteral("C.UTF-8")) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("share")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("LC_ALL"), systemLocale);
        env.insert(QStringLiteral("LANG"), systemLocale);
        env.remove(QStringLiteral("LANGUAGE"));
        env.remove(QStringLiteral("QT_LOGGING_RULES"));
        return test::runProgram(QStringLiteral(PD_PROGRAM), arguments, env, m_dir.path());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const auto r =
            run({QStringLiteral("init"), QStringLiteral("--db"), m_dir.filePath(QStringLiteral("rcm.sqlite"))});
        QVERIFY2(r.finished && r.exitCode == CommandLine::Success, qPrintable(r.errText()));
    }

    void messagesFollowTheChosenLanguage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("expected");
        const QString english = QStringLiteral("unknown verb \"frob\"; see --help");
        const QString spanish = QStringLiteral("orden desconocida \"frob\"; consulte --help");
        const QString c = QStringLiteral("C.UTF-8");
        const QString es = QStringLiteral("es_MX.UTF-8");
        QTest::newRow("system English") << QStringList{QStringLiteral("frob")} << c << english;
        QTest::newRow("system Spanish") << QStringList{QStringLiteral("frob")} << es << spanish;
        QTest::newRow("--lang es") << QStringList{QStringLiteral("--lang"), QStringLiteral("es"),
                                                  QStringLiteral("frob")}
                                   << c << spanish;
        QTest::newRow("--lang=ES after the verb")
            << QStringList{QStringLiteral("frob"), QStringLiteral("--lang=ES")} << c << spanish;
        QTest::newRow("--lang en over a Spanish system")
            << QStringList{QStringLiteral("frob"), QStringLiteral("--lang"), QStringLiteral("en")} << es << english;
    }

    void messagesFollowTheChosenLanguage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, system);
        QFETCH(QString, expected);
        const auto r = run(arguments, system);
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, int(CommandLine::UsageError));
        QCOMPARE(r.errLines(), QStringList{QStringLiteral("presidency-desk: ") + expected});
    }

    void helpAndReportsAreInSpanish()
    {
        const auto help = run({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("es")});
        QCOMPARE(help.exitCode, int(CommandLine::Success));
        QVERIFY2(help.outText().contains(QStringLiteral("Órdenes:")), qPrintable(help.outText()));
        QVERIFY(help.outText().contains(QStringLiteral("--lang <idioma>")));

        const auto check = run({QStringLiteral("check"), QStringLiteral("--lang"), QStringLiteral("es"),
                                QStringLiteral("--db"), m_dir.filePath(QStringLiteral("rcm.sqlite"))});
        QCOMPARE(check.exitCode, int(CommandLine::Success));
        QVERIFY2(check.outText().contains(QStringLiteral("versión del esquema")), qPrintable(check.outText()));
    }

    void anUnknownLanguageIsRefusedFirst_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString db = QStringLiteral("new.sqlite");
        QTest::newRow("xx") << QStringList{QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--lang"),
                                           QStringLiteral("xx")}
                            << QStringLiteral("presidency-desk: unknown language \"xx\"; use en or es");
        QTest::newRow("empty") << QStringList{QStringLiteral("init"), QStringLiteral("--db"), db,
                                              QStringLiteral("--lang=")}
                               << QStringLiteral("presidency-desk: unknown language \"\"; use en or es");
        QTest::newRow("missing value") << QStringList{QStringLiteral("init"), QStringLiteral("--db"), db,
                                                      QStringLiteral("--lang")}
                                       << QStringLiteral("presidency-desk: Missing value after '--lang'.");
    }

    void anUnknownLanguageIsRefusedFirst()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const auto r = run(arguments);
        QVERIFY(r.finished);
        QCOMPARE(r.exitStatus, QProcess::NormalExit);
        QCOMPARE(r.exitCode, int(CommandLine::UsageError));
        QCOMPARE(r.errLines(), QStringList{message});
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("new.sqlite"))));
    }
};

QTEST_GUILESS_MAIN(TestCommandLineLanguage)
#include "tst_commandlinelanguage.moc"
