#include "HandoverManifest.h"

#include "domain/Party.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <limits>

namespace pd {

namespace {

QJsonObject presidencyJson(const HandoverManifest::Presidency &p)
{
    return {
        {QStringLiteral("code"), p.code}, {QStringLiteral("name_en"), p.nameEn}, {QStringLiteral("name_es"), p.nameEs}};
}

// Reads the typed fields of one JSON object; the first fault found is kept and names
// the field by its path ("files[3].sha256").
class FieldReader
{
public:
    FieldReader(const QJsonObject &object, QString path, QString *fault)
        : m_object(object), m_path(std::move(path)), m_fault(fault)
    {
    }

    QString string(const char *key, bool required = true)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isString())
            return v.toString();
        if (!required && v.isUndefined())
            return {};
        setFault(key, HandoverManifest::tr("a text"));
        return {};
    }
    qint64 integer(const char *key) { return integerOf(m_object.value(QLatin1String(key)), name(key)); }
    bool boolean(const char *key)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (!v.isBool())
            setFault(key, HandoverManifest::tr("true or false"));
        return v.toBool();
    }
    QJsonObject object(const char *key)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (!v.isObject())
            setFault(key, HandoverManifest::tr("an object"));
        return v.toObject();
    }
    QJsonArray array(const char *key)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (!v.isArray())
            setFault(key, HandoverManifest::tr("a list"));
        return v.toArray();
    }
    // A whole number from 0 to 2^53 (what a JSON number holds exactly).
    qint64 integerOf(const QJsonValue &v, const QString &field)
    {
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 0 || d > 9007199254740992.0 || std::floor(d) != d) {
            fail(field, HandoverManifest::tr("a whole number of 0 or more"));
            return 0;
        }
        return qint64(d);
    }
    QString name(const char *key) const
    {
        return m_path.isEmpty() ? QString::fromLatin1(key) : QString(m_path + QLatin1Char('.') + QLatin1String(key));
    }
    void setFault(const char *key, const QString &expected) { fail(name(key), expected); }
    void fail(const QString &field, const QString &expected)
    {
        if (m_fault->isEmpty())
            *m_fault = HandoverManifest::tr("manifest.json: \"%1\" must be %2").arg(field, expected);
    }
    void failWith(const QString &message)
    {
        if (m_fault->isEmpty())
            *m_fault = message;
    }
    bool ok() const { return m_fault->isEmpty(); }

private:
    QJsonObject m_object;
    QString m_path;
    QString *m_fault;
};

HandoverManifest::Presidency presidencyFrom(FieldReader &parent, const char *key, QString *fault)
{
    FieldReader r(parent.object(key), QLatin1String(key), fault);
    HandoverManifest::Presidency p;
    p.code = r.string("code");
    p.nameEn = r.string("name_en");
    p.nameEs = r.string("name_es");
    return p;
}

} // namespace

Result<HandoverManifest> HandoverManifest::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(Error::Code::Invalid, tr("manifest.json is not valid JSON: %1 at offset %2")
                                                   .arg(parseError.errorString())
                                                   .arg(parseError.offset));
    if (!document.isObject())
        return makeError(Error::Code::Invalid, tr("manifest.json is not a JSON object"));
    QString fault;
    FieldReader root(document.object(), {}, &fault);
    if (root.string("format") != QLatin1String(Format))
        return makeError(Error::Code::Invalid, tr("manifest.json is not a Presidency Desk handover manifest"));
    const qint64 formatVersion = root.integer("format_version");
    if (root.ok() && (formatVersion < 1 || formatVersion > FormatVersion))
        return makeError(Error::Code::TooNew, tr("manifest.json has format version %1; this program reads version %2")
                                                  .arg(formatVersion)
                                                  .arg(FormatVersion));

    HandoverManifest m;
    m.programVersion = root.string("program_version");
    const qint64 schema = root.integer("schema_version");
    m.schemaVersion = int(qMin<qint64>(schema, std::numeric_limits<int>::max()));
    if (root.ok() && m.schemaVersion < 1)
        root.fail(QStringLiteral("schema_version"), tr("a whole number of 1 or more"));
    const QString created = root.string("created_at");
    m.createdAt = QDateTime::fromString(created, Qt::ISODate);
    if (root.ok() && !m.createdAt.isValid())
        root.fail(QStringLiteral("created_at"), tr("a date and time (ISO 8601)"));
    m.createdAt = m.createdAt.toUTC();
    m.from = presidencyFrom(root, "from", &fault);
    m.to = presidencyFrom(root, "to", &fault);
    if (root.ok() && m.to.code.trimmed().isEmpty())
        root.fail(QStringLiteral("to.code"), tr("the incoming presidency's country code"));
    m.personalData = root.boolean("personal_data");

    const QJsonObject counts = root.object("counts");
    for (auto it = counts.constBegin(); it != counts.constEnd() && root.ok(); ++it) {
        const qint64 n = root.integerOf(it.value(), QStringLiteral("counts.") + it.key());
        m.counts.insert(it.key(), int(qMin<qint64>(n, std::numeric_limits<int>::max())));
    }

    static const QRegularExpression sha256Pattern(QStringLiteral("^[0-9a-f]{64}$"));
    QSet<QString> names;
    const QJsonArray files = root.array("files");
    for (qsizetype i = 0; i < files.size() && root.ok(); ++i) {
        const QString path = QStringLiteral("files[%1]").arg(i);
        if (!files.at(i).isObject()) {
            root.fail(path, tr("an object"));
            break;
        }
        FieldReader f(files.at(i).toObject(), path, &fault);
        File file;
        file.name = f.string("name");
        file.size = f.integer("size");
        file.sha256 = f.string("sha256").toLatin1();
        if (f.ok() && file.name.isEmpty())
            f.fail(f.name("name"), tr("a file name"));
        if (f.ok() && !sha256Pattern.match(QString::fromLatin1(file.sha256)).hasMatch())
            f.fail(f.name("sha256"), tr("64 lower-case hexadecimal digits"));
        const QString folded = file.name.toCaseFolded();
        if (f.ok() && file.name == QLatin1String(FileName))
            f.failWith(tr("manifest.json lists itself among the files"));
        if (f.ok() && names.contains(folded))
            f.failWith(tr("manifest.json lists \"%1\" twice").arg(file.name));
        names.insert(folded);
        m.files.append(file);
    }
    if (!fault.isEmpty())
        return makeError(Error::Code::Invalid, fault);
    return m;
}

HandoverManifest::Presidency HandoverManifest::presidencyOf(const Party &party)
{
    return {party.code, party.name.en, party.name.es};
}

QByteArray HandoverManifest::toJson() const
{
    QJsonObject counts;
    for (auto it = this->counts.cbegin(); it != this->counts.cend(); ++it)
        counts.insert(it.key(), it.value());
    QJsonArray files;
    for (const File &f : this->files)
        files.append(QJsonObject{{QStringLiteral("name"), f.name},
                                 {QStringLiteral("size"), f.size},
                                 {QStringLiteral("sha256"), QString::fromLatin1(f.sha256)}});
    const QJsonObject root{
        {QStringLiteral("format"), QString::fromLatin1(Format)},
        {QStringLiteral("format_version"), FormatVersion},
        {QStringLiteral("program_version"), programVersion},
        {QStringLiteral("schema_version"), schemaVersion},
        {QStringLiteral("created_at"), createdAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("from"), presidencyJson(from)},
        {QStringLiteral("to"), presidencyJson(to)},
        {QStringLiteral("personal_data"), personalData},
        {QStringLiteral("counts"), counts},
        {QStringLiteral("files"), files},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace pd
