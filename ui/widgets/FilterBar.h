#pragma once

#include "domain/Filters.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QCheckBox;
class QTimer;

namespace pd {

class Repositories;

/*
 * The filter row shared by the calendar list and the activities page: text, kind
 * (meetings only), working group, status, country and a date range. It emits
 * changed() once typing pauses briefly and at once for the other fields, and turns
 * its state into a MeetingFilter or an ActivityFilter.
 */
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    enum class Subject
    {
        Meetings,
        Activities
    };

    FilterBar(Repositories &repos, Subject subject, QWidget *parent = nullptr);

    MeetingFilter meetingFilter() const;
    ActivityFilter activityFilter() const;
    void setText(const QString &text);
    void clear();
    void reloadChoices(Language language);

Q_SIGNALS:
    void changed();

private:
    void fillCombos();
    template <typename Filter>
    void fillCommon(Filter &f) const;

    Repositories &m_repos;
    Subject m_subject;
    Language m_language = Language::English;
    QLineEdit *m_text = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_group = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_party = nullptr;
    QCheckBox *m_useDates = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QTimer *m_typing = nullptr;
};

} // namespace pd
