#include "ImportVerb.h"

#include "CommandLine.h"
#include "commands/Editor.h"
#include "exchange/ConclusionsImport.h"
#include "exchange/ConclusionsParser.h"
#include "storage/Database.h"
#include "storage/Repositories.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>
#include <QTextStream>

namespace pd {

namespace {

constexpr qint64 MaxTextSize = 16 * 1024 * 1024;

QJsonObject summaryJson(const ConclusionsImportSummary &s)
{
    QJsonObject o;
    o.insert(QStringLiteral("meetings_added"), s.meetingsAdded);
    o.insert(QStringLiteral("meetings_present"), s.meetingsPresent);
    o.insert(QStringLiteral("decisions_added"), s.decisionsAdded);
    o.insert(QStringLiteral("decisions_present"), s.decisionsPresent);
    o.insert(QStringLiteral("activities_added"), s.activitiesAdded);
    o.insert(QStringLiteral("activities_present"), s.activitiesPresent);
    o.insert(QStringLiteral("documents_added"), s.documentsAdded);
    o.insert(QStringLiteral("documents_present"), s.documentsPresent);
    o.insert(QStringLiteral("texts_added"), s.textsAdded);
    QJsonArray warnings;
    for (const ConclusionsWarning &w : s.warnings)
        warnings.append(QJsonObject{{QStringLiteral("line"), w.line}, {QStringLiteral("message"), w.message}});
    o.insert(QStringLiteral("warnings"), warnings);
    return o;
}

QJsonObject presenceJson(const ConclusionsItemPresence &presence)
{
    QJsonObject o{{QStringLiteral("state"), presenceKey(presence.state)}};
    o.insert(QStringLiteral("uid"), presence.uid.isEmpty() ? QJsonValue() : QJsonValue(presence.uid));
    return o;
}

// The parsed value with, on the meeting and on each item, what the import does with it.
QJsonObject annotated(const ParsedConclusions &parsed, const ConclusionsImportSummary &s)
{
    QJsonObject root = parsed.toJson();
    QJsonObject meeting = root.value(QStringLiteral("meeting")).toObject();
    meeting.insert(QStringLiteral("import"), presenceJson(s.meeting));
    root.insert(QStringLiteral("meeting"), meeting);
    const auto annotate = [&root](const QString &key, const QList<ConclusionsItemPresence> &states) {
        QJsonArray items = root.value(key).toArray();
        for (qsizetype i = 0; i < items.size() && i < states.size(); ++i) {
            QJsonObject item = items.at(i).toObject();
            item.insert(QStringLiteral("import"), presenceJson(states.at(i)));
            items.replace(i, item);
        }
        root.insert(key, items);
    };
    annotate(QStringLiteral("decisions"), s.decisions);
    annotate(QStringLiteral("activities"), s.activities);
    annotate(QStringLiteral("documents"), s.documents);
    root.insert(QStringLiteral("import"), summaryJson(s));
    return root;
}

QString presenceMark(const ConclusionsItemPresence &presence)
{
    switch (presence.state) {
    case ConclusionsItemPresence::State::New:
        return ImportVerb::tr("new");
    case ConclusionsItemPresence::State::Present:
        return ImportVerb::tr("present");
    case ConclusionsItemPresence::State::AddsText:
        return ImportVerb::tr("adds text");
    case ConclusionsItemPresence::State::LeftOut:
        break;
    }
    return ImportVerb::tr("left out");
}

void printWarnings(QTextStream &out, const QList<ConclusionsWarning> &warnings)
{
    for (const ConclusionsWarning &w : warnings) {
        if (w.line > 0)
            out << ImportVerb::tr("warning: line %1: %2").arg(w.line).arg(w.message) << Qt::endl;
        else
            out << ImportVerb::tr("warning: %1").arg(w.message) << Qt::endl;
    }
}

void printSummary(QTextStream &out, const ConclusionsImportSummary &s, bool dryRun)
{
    const QString line = dryRun ? ImportVerb::tr("Would add %1 meeting(s), %2 decision(s), %3 activity(ies), "
                                                 "%4 document(s); already present: %5")
                                : ImportVerb::tr("Added %1 meeting(s), %2 decision(s), %3 activity(ies), "
                                                 "%4 document(s); already present: %5");
    out << line.arg(s.meetingsAdded)
               .arg(s.decisionsAdded)
               .arg(s.activitiesAdded)
               .arg(s.documentsAdded)
               .arg(s.meetingsPresent + s.decisionsPresent + s.activitiesPresent + s.documentsPresent)
        << Qt::endl;
    if (s.textsAdded > 0) {
        out << (dryRun ? ImportVerb::tr("Would add the text in the language read to %n record(s) already present",
                                        nullptr, s.textsAdded)
                       : ImportVerb::tr("Added the text in the language read to %n record(s) already present", nullptr,
                                        s.textsAdded))
            << Qt::endl;
    }
    printWarnings(out, s.warnings);
}

void printParsed(QTextStream &out, const ParsedConclusions &p, const ConclusionsImportSummary &s)
{
    const ParsedMeeting &m = p.meeting;
    out << ImportVerb::tr("Meeting: %1 (%2), %3 to %4, %5 %6")
               .arg(m.body, enumLabel(m.kind), m.start.toString(Qt::ISODate), m.end.toString(Qt::ISODate), m.city,
                    m.countryCode)
        << "  (" << presenceMark(s.meeting) << ')' << Qt::endl;
    out << ImportVerb::tr("Participants: %1").arg(m.participants.join(QStringLiteral(", "))) << Qt::endl;
    out << ImportVerb::tr("%1 conclusion(s), %2 decision(s) with their sub-items, %3 activity(ies), %4 document(s)")
               .arg(p.conclusionCount())
               .arg(p.decisions.size())
               .arg(p.activities.size())
               .arg(p.documents.size())
        << Qt::endl;
    for (qsizetype i = 0; i < p.decisions.size(); ++i) {
        const ParsedDecision &d = p.decisions.at(i);
        QString text = d.text.simplified();
        if (text.size() > 70)
            text = text.left(69) + QChar(0x2026);
        out << QString(d.level * 2, QLatin1Char(' ')) << d.number << "  [" << enumKey(d.verb) << "]  " << text << "  ("
            << presenceMark(s.decisions.value(i)) << ')' << Qt::endl;
    }
    for (qsizetype i = 0; i < p.activities.size(); ++i) {
        const ParsedActivity &a = p.activities.at(i);
        out << ImportVerb::tr("Activity %1: %2").arg(a.code, a.title.simplified()) << "  ("
            << presenceMark(s.activities.value(i)) << ')' << Qt::endl;
    }
    for (qsizetype i = 0; i < p.documents.size(); ++i) {
        out << ImportVerb::tr("Document: %1").arg(p.documents.at(i).title.simplified()) << "  ("
            << presenceMark(s.documents.value(i)) << ')' << Qt::endl;
    }
    printWarnings(out, p.warnings);
}

} // namespace

QString ImportVerb::helpLines()
{
    return tr("  import conclusions FILE.txt [--lang auto|en|es] [--dry-run] [--format table|json]\n"
              "                                   read a meeting's conclusions into the register");
}

void ImportVerb::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("dry-run"), tr("With import: write nothing, print what was read.")});
}

int ImportVerb::run(const QCommandLineParser &parser, const QStringList &positional, const QString &dbPath,
                    QTextStream &out, QTextStream &err)
{
    if (positional.value(1) != QLatin1String("conclusions"))
        return CommandLine::fail(err, tr("import needs: conclusions FILE.txt"), CommandLine::UsageError);
    if (positional.size() < 3)
        return CommandLine::fail(err, tr("import conclusions needs a text file: import conclusions FILE.txt"),
                                 CommandLine::UsageError);
    if (positional.size() > 3)
        return CommandLine::fail(err, tr("unexpected argument \"%1\"").arg(positional.at(3)), CommandLine::UsageError);
    const QString langCode = parser.value(QStringLiteral("lang"));
    const auto language =
        ConclusionsParser::languageChoiceFromCode(langCode.isEmpty() ? QStringLiteral("auto") : langCode);
    if (!language)
        return CommandLine::fail(err, tr("unknown language \"%1\"; use auto, en or es").arg(langCode),
                                 CommandLine::UsageError);
    const QString format = parser.value(QStringLiteral("format"));
    const bool json = format == QLatin1String("json");
    if (!json && format != QLatin1String("table"))
        return CommandLine::fail(err, tr("unknown format \"%1\"; choose table or json").arg(format),
                                 CommandLine::UsageError);
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));

    // The text first: a bad file is refused before the database is opened.
    const QString path = positional.at(2);
    QFile file(path);
    if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly))
        return CommandLine::fail(err, tr("cannot read %1: %2").arg(path, file.errorString()), CommandLine::Failure);
    if (file.size() > MaxTextSize)
        return CommandLine::fail(err, tr("%1 is too large for a conclusions text").arg(path), CommandLine::Failure);
    const QByteArray bytes = file.readAll();
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError() || bytes.contains('\0'))
        return CommandLine::fail(err, tr("%1 is not a UTF-8 text file").arg(path), CommandLine::Failure);
    if (text.trimmed().isEmpty())
        return CommandLine::fail(err, tr("%1 is empty").arg(path), CommandLine::Failure);

    Database::Options options;
    options.access = dryRun ? Database::Access::ReadOnly : Database::Access::ReadWrite;
    auto db = Database::open(dbPath, options);
    if (!db)
        return CommandLine::fail(err, db.error().message, CommandLine::Failure);
    Repositories repos(**db);
    const ConclusionsParser conclusionsParser(ConclusionsImport::context(repos));
    const ParsedConclusions parsed = conclusionsParser.parse(text, *language);
    if (parsed.conclusionCount() == 0)
        return CommandLine::fail(err, tr("no numbered conclusions found in %1; nothing was imported").arg(path),
                                 CommandLine::Failure);

    if (dryRun) {
        const ConclusionsImportSummary summary = ConclusionsImport::preview(repos, parsed);
        if (json) {
            out << QString::fromUtf8(QJsonDocument(annotated(parsed, summary)).toJson(QJsonDocument::Indented));
        } else {
            printParsed(out, parsed, summary);
            printSummary(out, summary, true);
        }
        out.flush();
        return CommandLine::Success;
    }

    Editor editor(repos);
    ConclusionsImportSummary summary;
    if (Status s = editor.importConclusions(parsed, &summary); !s)
        return CommandLine::fail(err, s.error().message, CommandLine::Failure);
    if (json) {
        QJsonObject root = summaryJson(summary);
        QJsonArray warnings = root.value(QStringLiteral("warnings")).toArray();
        for (const ConclusionsWarning &w : parsed.warnings)
            warnings.append(QJsonObject{{QStringLiteral("line"), w.line}, {QStringLiteral("message"), w.message}});
        root.insert(QStringLiteral("warnings"), warnings);
        out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else {
        printWarnings(out, parsed.warnings);
        printSummary(out, summary, false);
    }
    out.flush();
    return CommandLine::Success;
}

} // namespace pd
