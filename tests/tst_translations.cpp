// The translations: the committed .ts files are what lupdate makes of the sources today
// (no string added, changed or removed since they were last updated), every Spanish
// entry is finished, keeps the source's placeholders and fills every plural form, and
// the embedded catalogue translates at run time.

#include "i18n/Translation.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

const QStringList tsFiles{QStringLiteral("presidency-desk_en.ts"), QStringLiteral("presidency-desk_es.ts")};

QString translationsDir()
{
    return QStringLiteral(PD_SOURCE_DIR "/translations");
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%L?\\d+|%n"));
    QSet<QString> found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured().remove(QLatin1Char('L')));
    return found;
}

struct Entry
{
    QString context;
    QString source;
    QString translationType;
    QStringList forms; // the translation, or its plural forms
    bool numerus = false;
};

QList<Entry> entriesOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Entry> entries;
    QXmlStreamReader xml(&file);
    QString context;
    Entry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("message"))
            entries.append(entry);
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            entry =
                Entry{context, {}, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
        } else if (name == QLatin1String("source")) {
            entry.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            entry.translationType = xml.attributes().value(QLatin1String("type")).toString();
            if (!entry.numerus)
                entry.forms.append(xml.readElementText());
        } else if (name == QLatin1String("numerusform")) {
            entry.forms.append(xml.readElementText());
        }
    }
    return xml.hasError() ? QList<Entry>() : entries;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tsFilesAreUpToDateWithTheSources()
    {
        // lupdate over the sources, with the options of the build's update_translations
        // target, on copies of the committed files: an up-to-date file comes back byte
        // for byte.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QStringList copies;
        for (const QString &name : tsFiles) {
            copies.append(dir.filePath(name));
            QVERIFY(QFile::copy(translationsDir() + QLatin1Char('/') + name, copies.last()));
        }
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(PD_SOURCE_DIR));
        lupdate.start(QStringLiteral(PD_LUPDATE),
                      QStringList{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                                  QStringLiteral("-extensions"), QStringLiteral("cpp,h"), QStringLiteral("core"),
                                  QStringLiteral("ui"), QStringLiteral("app"), QStringLiteral("-ts")} +
                          copies);
        QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
                 lupdate.readAllStandardError().constData());
        for (int i = 0; i < tsFiles.size(); ++i) {
            const QString committed = translationsDir() + QLatin1Char('/') + tsFiles.at(i);
            QVERIFY2(contents(copies.at(i)) == contents(committed),
                     qPrintable(QStringLiteral("%1 is out of date with the sources; run "
                                               "`cmake --build build --target update_translations` and translate")
                                    .arg(tsFiles.at(i))));
        }
    }

    void everySpanishEntryIsFinished()
    {
        const QList<Entry> entries = entriesOf(translationsDir() + QStringLiteral("/presidency-desk_es.ts"));
        QVERIFY2(entries.size() > 500, "the Spanish catalogue could not be read");
        QStringList problems;
        for (const Entry &e : entries) {
            const QString where = e.context + QStringLiteral(": \"") + e.source + QLatin1Char('"');
            if (!e.translationType.isEmpty())
                problems.append(where + QStringLiteral(" is ") + e.translationType);
            else if (e.forms.isEmpty() || std::any_of(e.forms.cbegin(), e.forms.cend(),
                                                      [](const QString &f) { return f.trimmed().isEmpty(); }))
                problems.append(where + QStringLiteral(" has an empty translation"));
            else if (e.numerus && e.forms.size() != 2)
                problems.append(where + QStringLiteral(" needs two plural forms"));
            for (const QString &form : e.forms) {
                // A plural form may spell the number out ("un documento") instead of %n.
                QSet<QString> expected = placeholders(e.source);
                if (e.numerus)
                    expected.remove(QStringLiteral("%n"));
                QSet<QString> actual = placeholders(form);
                actual.remove(QStringLiteral("%n"));
                if (actual != expected)
                    problems.append(where + QStringLiteral(" → \"") + form +
                                    QStringLiteral("\" changes the placeholders"));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void embeddedCatalogueTranslates()
    {
        QTranslator spanish;
        QVERIFY(spanish.load(QLocale(QLocale::Spanish), QStringLiteral("presidency-desk"), QStringLiteral("_"),
                             QStringLiteral(":/i18n")));
        QCOMPARE(spanish.translate("pd::MainWindow", "&Undo"), QStringLiteral("&Deshacer"));
        QCOMPARE(spanish.translate("CommandLine", "schema version %1"), QStringLiteral("versión del esquema %1"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
