#pragma once

#include "domain/Enums.h"
#include "storage/DecisionRepository.h"

#include <QAbstractListModel>
#include <QHash>
#include <QLocale>

namespace pd {

/*
 * The meetings a chooser lists ("1 Dec 2021 — RCGM Meeting of …"), one row per
 * MeetingChoice with its id under IdRole (Qt::UserRole, as QComboBox::currentData()
 * reads it). Light for thousands of meetings: no item per meeting, each label made only
 * when a view asks for it, and the row of an id (QComboBox::findData) found by a hash.
 */
class MeetingChoiceModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        IdRole = Qt::UserRole // qint64
    };

    explicit MeetingChoiceModel(QObject *parent = nullptr);

    // Replaces the list (a reset); `unscheduled` labels a meeting without a date.
    void setChoices(const QList<MeetingChoice> &choices, Language language, const QString &unscheduled);
    // The same with the meetings' ids alone, in order: the rest of a choice is read from
    // `source` when a view first asks for its row, ChunkSize rows around it at a time.
    void setMeetings(const QList<qint64> &meetingIds, const DecisionRepository *source, Language language,
                     const QString &unscheduled);
    static constexpr int ChunkSize = 100;
    int rowOf(qint64 meetingId) const { return m_rows.value(meetingId, -1); }
    const MeetingChoice &choiceAt(int row) const; // read if it was not yet
    QString label(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QModelIndexList match(const QModelIndex &start, int role, const QVariant &value, int hits = 1,
                          Qt::MatchFlags flags = Qt::MatchFlags(Qt::MatchStartsWith | Qt::MatchWrap)) const override;

private:
    void reset(Language language, const QString &unscheduled);

    // Filled as rows are shown when made by setMeetings (only the ids until then).
    mutable QList<MeetingChoice> m_choices;
    mutable QList<bool> m_chunkRead; // per ChunkSize rows
    const DecisionRepository *m_source = nullptr;
    QHash<qint64, int> m_rows;
    Language m_language = Language::English;
    QLocale m_locale;
    QString m_unscheduled;
};

} // namespace pd
