#include "ConsultationMatrixModel.h"

#include "ConsensusRules.h"
#include "storage/Repositories.h"

#include <QLocale>

namespace pd {

ConsultationMatrixModel::ConsultationMatrixModel(Repositories &repos, QObject *parent)
    : PagedDocumentsModel(repos.documents(), parent), m_repos(repos)
{
    connect(&repos.documents(), &Repository::added, this, &ConsultationMatrixModel::reload);
    connect(&repos.documents(), &Repository::removed, this, &ConsultationMatrixModel::reload);
    connect(&repos.documents(), &Repository::changed, this, &ConsultationMatrixModel::onChanged);
    connect(&repos.parties(), &Repository::added, this, &ConsultationMatrixModel::reload);
    connect(&repos.parties(), &Repository::changed, this, &ConsultationMatrixModel::reload);
    connect(&repos.parties(), &Repository::removed, this, &ConsultationMatrixModel::reload);
    reload();
}

void ConsultationMatrixModel::reload()
{
    beginResetModel();
    readFirstPage();
    m_members = ConsensusRules::consultedMembers(m_repos.parties());
    endResetModel();
}

void ConsultationMatrixModel::onChanged(const QString &uid)
{
    int row = -1;
    switch (refresh(uid, &row)) {
    case Refresh::NotRead:
        return;
    case Refresh::Reload:
        reload();
        return;
    case Refresh::Updated:
        break;
    }
    if (!m_members.isEmpty())
        Q_EMIT dataChanged(index(row, 0), index(row, int(m_members.size()) - 1));
    Q_EMIT headerDataChanged(Qt::Vertical, row, row);
}

void ConsultationMatrixModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    reload();
}

int ConsultationMatrixModel::columnOf(qint64 partyId) const
{
    for (int i = 0; i < m_members.size(); ++i) {
        if (m_members.at(i).id == partyId)
            return i;
    }
    return -1;
}

int ConsultationMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_documents.size());
}

int ConsultationMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

Consultation ConsultationMatrixModel::replyAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_documents.size() || index.column() >= m_members.size())
        return {};
    return ConsensusRules::replyOf(m_documents.at(index.row()), m_members.at(index.column()).id);
}

QColor ConsultationMatrixModel::colorOf(ConsultationState state)
{
    switch (state) {
    case ConsultationState::Pending:
        return QColor(0xf0, 0xf0, 0xf0); // light grey
    case ConsultationState::MoreTimeRequested:
        return QColor(0xfc, 0xe9, 0x9b); // amber
    case ConsultationState::NoObjection:
        return QColor(0xb8, 0xe4, 0xb0); // green
    case ConsultationState::Comments:
        return QColor(0xbf, 0xd9, 0xf5); // blue
    case ConsultationState::Objection:
        return QColor(0xf4, 0xb4, 0xb0); // red
    }
    return {};
}

QString ConsultationMatrixModel::shortLabel(const Consultation &reply) const
{
    if (reply.state == ConsultationState::MoreTimeRequested && reply.requestedUntil.isValid()) {
        const QLocale locale(m_language == Language::Spanish ? QLocale::Spanish : QLocale::English);
        return tr("More time to %1").arg(locale.toString(reply.requestedUntil, QStringLiteral("d MMM yyyy")));
    }
    return enumLabel(reply.state);
}

QString ConsultationMatrixModel::documentLabel(const Document &document) const
{
    if (!document.code.isEmpty())
        return document.code;
    const QString title = document.title.text(m_language);
    return title.size() > 48 ? title.left(47).trimmed() + QChar(0x2026) : title;
}

QVariant ConsultationMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Consultation reply = replyAt(index);
    switch (role) {
    case Qt::DisplayRole:
        return shortLabel(reply);
    case Qt::BackgroundRole:
        return colorOf(reply.state);
    case Qt::ForegroundRole:
        return QColor(Qt::black); // the state colours are light in any theme
    case Qt::ToolTipRole: {
        const QLocale locale(m_language == Language::Spanish ? QLocale::Spanish : QLocale::English);
        QStringList lines{m_members.at(index.column()).name.text(m_language) + QStringLiteral(": ") +
                          enumLabel(reply.state)};
        if (reply.state == ConsultationState::MoreTimeRequested && reply.requestedUntil.isValid())
            lines.append(tr("New date: %1").arg(locale.toString(reply.requestedUntil, QStringLiteral("d MMMM yyyy"))));
        if (reply.repliedOn.isValid())
            lines.append(tr("Replied on %1").arg(locale.toString(reply.repliedOn, QStringLiteral("d MMMM yyyy"))));
        if (!reply.note.isEmpty())
            lines.append(tr("Note: %1").arg(reply.note));
        if (!reply.message.isEmpty())
            lines.append(tr("Message: %1").arg(reply.message));
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignCenter);
    case StateRole:
        return int(reply.state);
    case DocumentUidRole:
        return m_documents.at(index.row()).uid;
    case PartyIdRole:
        return m_members.at(index.column()).id;
    case RequestedUntilRole:
        return reply.requestedUntil;
    case RepliedOnRole:
        return reply.repliedOn;
    case NoteRole:
        return reply.note;
    case MessageRole:
        return reply.message;
    }
    return {};
}

QVariant ConsultationMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= m_members.size())
            return {};
        const Party &p = m_members.at(section);
        return role == Qt::DisplayRole ? p.name.text(m_language) : QVariant(p.code);
    }
    if (section < 0 || section >= m_documents.size())
        return {};
    const Document &d = m_documents.at(section);
    return role == Qt::DisplayRole ? documentLabel(d) : QVariant(d.title.text(m_language));
}

} // namespace pd
