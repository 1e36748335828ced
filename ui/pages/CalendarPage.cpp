#include "CalendarPage.h"

#include "commands/Editor.h"
#include "models/MeetingListModel.h"
#include "widgets/FilterBar.h"

#include <QTreeView>
#include <QVBoxLayout>

namespace pd {

CalendarPage::CalendarPage(Editor &editor, QWidget *parent)
    : QWidget(parent), m_editor(editor), m_month(QDate::currentDate().addDays(1 - QDate::currentDate().day()))
{
    m_filter = new FilterBar(editor.repositories(), FilterBar::Subject::Meetings, this);
    m_filter->setObjectName(QStringLiteral("meetingFilterBar"));
    m_model = new MeetingListModel(editor.repositories(), this);
    m_list = new QTreeView(this);
    m_list->setObjectName(QStringLiteral("meetingList"));
    m_list->setRootIsDecorated(false);
    m_list->setModel(m_model);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    connect(m_filter, &FilterBar::changed, this, [this] { m_model->setFilter(m_filter->meetingFilter()); });
    connect(m_list, &QTreeView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT editMeetingRequested(index.data(MeetingListModel::UidRole).toString());
    });
    m_model->reload();
}

void CalendarPage::showMeeting(const QString &uid)
{
    const int row = m_model->rowOf(uid);
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row, 0));
}

void CalendarPage::setLanguage(Language language)
{
    m_model->setLanguage(language);
    m_filter->reloadChoices(language);
}

} // namespace pd
