// `presidency-desk import conclusions FILE.txt`, run for real: --dry-run --format json
// prints the parsed structure, with what the import does with each item, and writes
// nothing; an import writes once and a second adds nothing; the Spanish text over the
// English one fills in the Spanish texts and adds no record; a bad file, an empty one, one that is not text or holds no
// conclusions is refused with one line, a non-zero exit and the database left byte-identical.

#include "ProgramRun.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

class TestImportVerb : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;

    QString path(const QString &name) const { return m_dir->filePath(name); }
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir->path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("share")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("LANGUAGE"));
        return env;
    }
    test::ProgramRun run(const QStringList &arguments) const
    {
        return test::runProgram(QStringLiteral(PD_PROGRAM), arguments, environment(), m_dir->path());
    }
    QString writeFile(const QString &name, const QByteArray &bytes) const
    {
        QFile file(path(name));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(bytes);
        return file.fileName();
    }
    QString makeDatabase(const QString &name, bool empty) const
    {
        const QString db = path(name);
        QStringList args{QStringLiteral("init"), QStringLiteral("--db"), db};
        if (empty)
            args.append(QStringLiteral("--empty"));
        const auto r = run(args);
        return r.exitCode == 0 ? db : QString();
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void dryRunPrintsJsonAndWritesNothing()
    {
        const QString db = makeDatabase(QStringLiteral("rcm.sqlite"), false);
        QVERIFY(!db.isEmpty());
        const QByteArray before = test::sha256Of(db);
        const auto r = run({QStringLiteral("import"), QStringLiteral("conclusions"), QStringLiteral(PD_SEED_TEXT),
                            QStringLiteral("--db"), db, QStringLiteral("--dry-run"), QStringLiteral("--format"),
                            QStringLiteral("json"), QStringLiteral("--lang"), QStringLiteral("auto")});
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.errText()));
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(r.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(root.value(QStringLiteral("conclusions")).toInt(), 12);
        QCOMPARE(root.value(QStringLiteral("language")).toString(), QStringLiteral("en"));
        const QJsonObject meeting = root.value(QStringLiteral("meeting")).toObject();
        QCOMPARE(meeting.value(QStringLiteral("start")).toString(), QStringLiteral("2021-12-01"));
        QCOMPARE(meeting.value(QStringLiteral("kind")).toString(), QStringLiteral("rcgm"));
        QCOMPARE(meeting.value(QStringLiteral("participants")).toArray().size(), 10);
        const QJsonArray decisions = root.value(QStringLiteral("decisions")).toArray();
        QCOMPARE(decisions.size(), 59);
        const QJsonObject e = decisions.at(5).toObject();
        QCOMPARE(e.value(QStringLiteral("number")).toString(), QStringLiteral("1.e"));
        QCOMPARE(e.value(QStringLiteral("verb")).toString(), QStringLiteral("request"));
        QCOMPARE(e.value(QStringLiteral("due")).toString(), QStringLiteral("2022-03-31"));
        QCOMPARE(root.value(QStringLiteral("activities")).toArray().size(), 27);
        QCOMPARE(root.value(QStringLiteral("documents")).toArray().size(), 4);
        // The default data was built from this text: nothing would be added.
        const QJsonObject import = root.value(QStringLiteral("import")).toObject();
        QCOMPARE(import.value(QStringLiteral("decisions_added")).toInt(), 0);
        QCOMPARE(import.value(QStringLiteral("decisions_present")).toInt(), 59);
        QCOMPARE(import.value(QStringLiteral("texts_added")).toInt(), 0);
        // Item by item, as the import finds it: present, with the record's uid.
        const QJsonObject meetingImport = meeting.value(QStringLiteral("import")).toObject();
        QCOMPARE(meetingImport.value(QStringLiteral("state")).toString(), QStringLiteral("present"));
        QVERIFY(!meetingImport.value(QStringLiteral("uid")).toString().isEmpty());
        for (const QString &key :
             {QStringLiteral("decisions"), QStringLiteral("activities"), QStringLiteral("documents")}) {
            for (const QJsonValue &item : root.value(key).toArray()) {
                const QJsonObject state = item.toObject().value(QStringLiteral("import")).toObject();
                QCOMPARE(state.value(QStringLiteral("state")).toString(), QStringLiteral("present"));
                QVERIFY(!state.value(QStringLiteral("uid")).toString().isEmpty());
            }
        }
        QCOMPARE(test::sha256Of(db), before);
    }

    void importsOnceThenNothing()
    {
        const QString db = makeDatabase(QStringLiteral("empty.sqlite"), true);
        QVERIFY(!db.isEmpty());
        const QStringList args{QStringLiteral("import"),
                               QStringLiteral("conclusions"),
                               test::fixture(QStringLiteral("conclusions/es-parentesis-ruido.txt")),
                               QStringLiteral("--db"),
                               db,
                               QStringLiteral("--format"),
                               QStringLiteral("json")};
        const auto first = run(args);
        QVERIFY2(first.finished && first.exitCode == 0, qPrintable(first.errText()));
        const QJsonObject one = QJsonDocument::fromJson(first.out).object();
        QCOMPARE(one.value(QStringLiteral("decisions_added")).toInt(), 17);
        // An empty directory knows no party: each is pointed out, nothing is lost.
        QVERIFY(!one.value(QStringLiteral("warnings")).toArray().isEmpty());
        const auto second = run(args);
        QVERIFY2(second.finished && second.exitCode == 0, qPrintable(second.errText()));
        const QJsonObject two = QJsonDocument::fromJson(second.out).object();
        QCOMPARE(two.value(QStringLiteral("decisions_added")).toInt(), 0);
        QCOMPARE(two.value(QStringLiteral("decisions_present")).toInt(), 17);

        const auto list = run({QStringLiteral("list"), QStringLiteral("decisions"), QStringLiteral("--db"), db,
                               QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 17);
    }

    // The English text, then the Spanish one of the same meeting: no record added, the
    // Spanish texts filled in; the dry run says so item by item, in JSON and in the table.
    void spanishOverEnglishFillsTexts()
    {
        const QString db = makeDatabase(QStringLiteral("empty.sqlite"), true);
        QVERIFY(!db.isEmpty());
        const auto importing = [&](const QString &fixture, const QStringList &extra) {
            return run(QStringList{QStringLiteral("import"), QStringLiteral("conclusions"),
                                   test::fixture(QStringLiteral("conclusions/") + fixture), QStringLiteral("--db"),
                                   db} +
                       extra);
        };
        const QStringList json{QStringLiteral("--format"), QStringLiteral("json")};
        const auto english = importing(QStringLiteral("en-parentheses-noise.txt"), json);
        QVERIFY2(english.finished && english.exitCode == 0, qPrintable(english.errText()));
        QCOMPARE(QJsonDocument::fromJson(english.out).object().value(QStringLiteral("decisions_added")).toInt(), 17);

        const auto dry =
            importing(QStringLiteral("es-parentesis-ruido.txt"), json + QStringList{QStringLiteral("--dry-run")});
        QVERIFY2(dry.finished && dry.exitCode == 0, qPrintable(dry.errText()));
        const QJsonObject root = QJsonDocument::fromJson(dry.out).object();
        const QJsonArray decisions = root.value(QStringLiteral("decisions")).toArray();
        QCOMPARE(decisions.size(), 17);
        for (const QJsonValue &d : decisions) {
            QCOMPARE(d.toObject().value(QStringLiteral("import")).toObject().value(QStringLiteral("state")).toString(),
                     QStringLiteral("adds_text"));
        }
        QCOMPARE(root.value(QStringLiteral("import")).toObject().value(QStringLiteral("decisions_added")).toInt(), 0);
        const auto table = importing(QStringLiteral("es-parentesis-ruido.txt"), {QStringLiteral("--dry-run")});
        QVERIFY2(table.outText().contains(QStringLiteral("(adds text)")), qPrintable(table.outText()));

        const auto spanish = importing(QStringLiteral("es-parentesis-ruido.txt"), json);
        QVERIFY2(spanish.finished && spanish.exitCode == 0, qPrintable(spanish.errText()));
        const QJsonObject summary = QJsonDocument::fromJson(spanish.out).object();
        QCOMPARE(summary.value(QStringLiteral("decisions_added")).toInt(), 0);
        QCOMPARE(summary.value(QStringLiteral("decisions_present")).toInt(), 17);
        QVERIFY(summary.value(QStringLiteral("texts_added")).toInt() >= 17);
        const auto again = importing(QStringLiteral("es-parentesis-ruido.txt"), json);
        QCOMPARE(QJsonDocument::fromJson(again.out).object().value(QStringLiteral("texts_added")).toInt(), 0);

        const auto list = run({QStringLiteral("list"), QStringLiteral("decisions"), QStringLiteral("--db"), db,
                               QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 17);
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing") << QStringLiteral("missing.txt") << QStringList() << 1
                                 << QStringLiteral("cannot read");
        QTest::newRow("directory") << QStringLiteral(".") << QStringList() << 1 << QStringLiteral("cannot read");
        QTest::newRow("empty") << QStringLiteral("empty.txt") << QStringList() << 1 << QStringLiteral("is empty");
        QTest::newRow("blank") << QStringLiteral("blank.txt") << QStringList() << 1 << QStringLiteral("is empty");
        QTest::newRow("binary") << QStringLiteral("binary.txt") << QStringList() << 1
                                << QStringLiteral("not a UTF-8 text file");
        QTest::newRow("no conclusions") << QStringLiteral("prose.txt") << QStringList() << 1
                                        << QStringLiteral("no numbered conclusions");
        QTest::newRow("bad lang") << QStringLiteral("prose.txt")
                                  << QStringList{QStringLiteral("--lang"), QStringLiteral("fr")} << 2
                                  << QStringLiteral("unknown language");
        QTest::newRow("bad format") << QStringLiteral("prose.txt")
                                    << QStringList{QStringLiteral("--format"), QStringLiteral("csv")} << 2
                                    << QStringLiteral("unknown format");
    }
    void refusesBadInput()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, extra);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString db = makeDatabase(QStringLiteral("rcm.sqlite"), false);
        QVERIFY(!db.isEmpty());
        writeFile(QStringLiteral("empty.txt"), QByteArray());
        writeFile(QStringLiteral("blank.txt"), "\n   \n\t\n");
        writeFile(QStringLiteral("binary.txt"), QByteArray("1. To approve\0\xff\xfe", 17));
        writeFile(QStringLiteral("prose.txt"), "Minutes of a meeting without any numbered conclusion.\n");
        const QByteArray before = test::sha256Of(db);
        const auto r = run(QStringList{QStringLiteral("import"), QStringLiteral("conclusions"), path(file),
                                       QStringLiteral("--db"), db} +
                           extra);
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, exitCode);
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY2(r.errText().contains(message), qPrintable(r.errText()));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(test::sha256Of(db), before);
    }

    void needsTheConclusionsWord()
    {
        const auto r = run({QStringLiteral("import"), QStringLiteral("minutes"), QStringLiteral("x.txt")});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.errLines().size(), 1);
        const auto help = run({QStringLiteral("--help")});
        QVERIFY(help.outText().contains(QStringLiteral("import conclusions FILE.txt")));
    }
};

QTEST_GUILESS_MAIN(TestImportVerb)
#include "tst_importverb.moc"
