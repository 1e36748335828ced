#pragma once

#include "PagedDocumentsModel.h"
#include "domain/Document.h"
#include "domain/Party.h"

#include <QHash>

namespace pd {

class Repositories;

/*
 * The documents pending approval (and the others) as a table: code, title in the chosen
 * language (falling back to the other), working group, kind, approval state, review
 * deadline with the days left, and how the member countries stand ("9 of 11 no
 * objection"). Days are counted from today() (settable, for tests and printouts). Kept
 * in step with the documents, parties and working groups. Documents are read a page at
 * a time as the view scrolls (canFetchMore/fetchMore): thousands of them, each with its
 * consultations, would make the page slow to open.
 */
class DocumentListModel : public PagedDocumentsModel
{
    Q_OBJECT
public:
    enum Column
    {
        CodeColumn,
        TitleColumn,
        GroupColumn,
        KindColumn,
        StateColumn,
        DeadlineColumn,
        ConsultationColumn,
        ColumnCount
    };
    enum Role
    {
        UidRole = Qt::UserRole + 1,
        StateRole,    // int(DocumentState)
        DaysLeftRole, // int, negative when overdue; null without a deadline
        BlockingRole  // QStringList: names of the members not at "no objection"
    };

    explicit DocumentListModel(Repositories &repos, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setLanguage(Language language);
    Language language() const { return m_language; }
    void setToday(const QDate &today);
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }

    const QList<Party> &members() const { return m_members; }
    QString summaryOf(const Document &document) const;
    // The days from today() to the document's review deadline, as words ("45 days left").
    QString deadlineText(const Document &document) const;
    void reload();

private:
    void onChanged(const QString &uid);

    Repositories &m_repos;
    Language m_language = Language::English;
    QDate m_today;
    QList<Party> m_members;
    QHash<qint64, QString> m_groupNames;
};

} // namespace pd
