#include "MeetingChoiceModel.h"

namespace pd {

MeetingChoiceModel::MeetingChoiceModel(QObject *parent) : QAbstractListModel(parent) {}

void MeetingChoiceModel::setChoices(const QList<MeetingChoice> &choices, Language language, const QString &unscheduled)
{
    beginResetModel();
    m_choices = choices;
    m_language = language;
    m_locale = QLocale(language == Language::Spanish ? QLocale::Spanish : QLocale::English);
    m_unscheduled = unscheduled;
    m_rows.clear();
    m_rows.reserve(m_choices.size());
    for (int row = 0; row < m_choices.size(); ++row)
        m_rows.insert(m_choices.at(row).id, row);
    endResetModel();
}

QString MeetingChoiceModel::label(int row) const
{
    const MeetingChoice &m = m_choices.at(row);
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
