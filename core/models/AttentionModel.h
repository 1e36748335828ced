#pragma once

#include "domain/Enums.h"

#include <QAbstractItemModel>
#include <QDate>

#include <array>

namespace pd {

class Repositories;

/*
 * "What needs attention now", as of a settable today: a tree of five sections (overdue
 * follow-ups, consultation deadlines within 30 days with the countries still to answer,
 * meetings in the next 60 days, unscheduled activities, outstanding contributions),
 * each with its total and its first few lines. A line names the record it is about
 * (KindRole: "decision", "document", "meeting", "activity", "contribution"; UidRole);
 * a last line without a kind says how many more there are. Every query is bounded, so
 * it stays quick on a large database. Follows the repositories' signals, coalescing a
 * burst of them into one reload (reloaded() says when it happened).
 */
class AttentionModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Section
    {
        OverdueFollowUps,
        ConsultationDeadlines,
        UpcomingMeetings,
        UnscheduledActivities,
        OutstandingContributions,
        SectionCount
    };
    enum Role
    {
        KindRole = Qt::UserRole + 1,
        UidRole,
        SectionRole, // Section as int, on sections and lines
        TotalRole,   // int, on sections: how many records the section stands for
        AmountRole   // qint64 minor units outstanding, on contribution lines
    };
    static constexpr int Limit = 6;            // lines shown per section
    static constexpr int DeadlineDays = 30;    // consultation deadlines ahead
    static constexpr int MeetingDays = 60;     // meetings ahead
    static constexpr int NamesPerDocument = 6; // countries named per deadline

    explicit AttentionModel(Repositories &repos, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void setToday(const QDate &today);
    QDate today() const { return m_today; }
    void setLanguage(Language language);
    Language language() const { return m_language; }

    QModelIndex sectionIndex(Section section) const { return index(int(section), 0); }
    int total(Section section) const { return m_sections.at(section).total; }
    // The row of the line about `uid` in `section`, or -1.
    int rowOf(Section section, const QString &uid) const;
    void reload();

Q_SIGNALS:
    void reloaded();

private:
    struct Line
    {
        QString text;
        QString toolTip;
        QString kind;
        QString uid;
        qint64 amount = 0;
    };
    struct Group
    {
        int total = 0;
        QList<Line> lines;
    };

    void scheduleReload();
    QString sectionTitle(Section section) const;
    Group overdueFollowUps() const;
    Group consultationDeadlines() const;
    Group upcomingMeetings() const;
    Group unscheduledActivities() const;
    Group outstandingContributions() const;
    QString formatDate(const QDate &date) const;

    Repositories &m_repos;
    std::array<Group, SectionCount> m_sections;
    QDate m_today = QDate::currentDate();
    Language m_language = Language::English;
    bool m_reloadPending = false;
};

} // namespace pd
