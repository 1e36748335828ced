#include "MeetingChoiceModel.h"

namespace pd {

MeetingChoiceModel::MeetingChoiceModel(QObject *parent) : QAbstractListModel(parent) {}

void MeetingChoiceModel::setChoices(const QList<MeetingChoice> &choices, Language language, const QString &unscheduled)
{
    beginResetModel();
    m_choices = choices;
    m_source = nullptr;
    m_chunkRead.clear();
    reset(language, unscheduled);
    endResetModel();
}

void MeetingChoiceModel::setMeetings(const QList<qint64> &meetingIds, const DecisionRepository *source,
                                     Language language, const QString &unscheduled)
{
    beginResetModel();
    m_choices.clear();
    m_choices.resize(meetingIds.size());
    for (int row = 0; row < meetingIds.size(); ++row)
        m_choices[row].id = meetingIds.at(row);
    m_source = source;
    m_chunkRead.fill(source == nullptr, (meetingIds.size() + ChunkSize - 1) / ChunkSize);
    reset(language, unscheduled);
    endResetModel();
}

void MeetingChoiceModel::reset(Language language, const QString &unscheduled)
{
    m_language = language;
    m_locale = QLocale(language == Language::Spanish ? QLocale::Spanish : QLocale::English);
    m_unscheduled = unscheduled;
    m_rows.clear();
    m_rows.reserve(m_choices.size());
    for (int row = 0; row < m_choices.size(); ++row)
        m_rows.insert(m_choices.at(row).id, row);
}

const MeetingChoice &MeetingChoiceModel::choiceAt(int row) const
{
    const qsizetype chunk = row / ChunkSize;
    if (m_source && chunk < m_chunkRead.size() && !m_chunkRead.at(chunk)) {
        m_chunkRead[chunk] = true;
        const qsizetype first = chunk * ChunkSize;
        const qsizetype last = qMin(m_choices.size(), first + ChunkSize);
        QList<qint64> ids;
        ids.reserve(last - first);
        for (qsizetype i = first; i < last; ++i)
            ids.append(m_choices.at(i).id);
        // A meeting gone since the ids were read keeps its bare row until the list is made again.
        for (const MeetingChoice &c : m_source->meetingChoicesOf(ids)) {
            const int at = m_rows.value(c.id, -1);
            if (at >= first && at < last)
                m_choices[at] = c;
        }
    }
    return m_choices.at(row);
}

QString MeetingChoiceModel::label(int row) const
{
    const MeetingChoice &m = choiceAt(row);
    const QString when =
        m.startDate.isValid() ? m_locale.toString(m.startDate, QStringLiteral("d MMM yyyy")) : m_unscheduled;
    const QString code = m.code.isEmpty() ? QString() : m.code + QLatin1Char(' ');
    QString title = m.title.text(m_language);
    if (title.size() > 80)
        title = title.left(79) + QChar(0x2026);
    return when + QStringLiteral(" — ") + code + title;
}

int MeetingChoiceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_choices.size());
}

QVariant MeetingChoiceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case Qt::ToolTipRole:
        return label(index.row());
    case IdRole:
        return m_choices.at(index.row()).id;
    default:
        return {};
    }
}

// An exact search by id (QComboBox::findData) is a look-up, not a walk over every row.
QModelIndexList MeetingChoiceModel::match(const QModelIndex &start, int role, const QVariant &value, int hits,
                                          Qt::MatchFlags flags) const
{
    const Qt::MatchFlags how = flags & Qt::MatchTypeMask;
    if (role != IdRole || how != Qt::MatchExactly || (flags & Qt::MatchRecursive) || start.parent().isValid())
        return QAbstractListModel::match(start, role, value, hits, flags);
    bool ok = false;
    const qint64 id = value.toLongLong(&ok);
    const int row = ok ? rowOf(id) : -1;
    if (row < 0 || (row < start.row() && !(flags & Qt::MatchWrap)) || hits == 0)
        return {};
    return {index(row, start.column() < 0 ? 0 : start.column())};
}

} // namespace pd
