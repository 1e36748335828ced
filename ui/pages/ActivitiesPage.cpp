#include "ActivitiesPage.h"

#include "commands/Editor.h"
#include "models/ActivityListModel.h"
#include "widgets/FilterBar.h"

#include <QHeaderView>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace pd {

ActivitiesPage::ActivitiesPage(Editor &editor, QWidget *parent) : QWidget(parent), m_editor(editor)
{
    m_filter = new FilterBar(editor.repositories(), FilterBar::Subject::Activities, this);
    m_filter->setObjectName(QStringLiteral("activityFilterBar"));
    m_model = new ActivityListModel(editor.repositories(), this);
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("activitiesView"));
    m_view->setRootIsDecorated(false);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setModel(m_model);
    m_bulkStatus = new QPushButton(tr("Set Status…"), this);
    m_bulkStatus->setObjectName(QStringLiteral("bulkStatusButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);
    layout->addWidget(m_bulkStatus);
    connect(m_filter, &FilterBar::changed, this, [this] { m_model->setFilter(m_filter->activityFilter()); });
    m_model->reload();
}

void ActivitiesPage::showActivity(const QString &uid)
{
    const int row = m_model->rowOf(uid);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
}

void ActivitiesPage::setLanguage(Language language)
{
    m_model->setLanguage(language);
    m_filter->reloadChoices(language);
}

QStringList ActivitiesPage::selectedUids() const
{
    QStringList uids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        uids.append(index.data(ActivityListModel::UidRole).toString());
    return uids;
}

QByteArray ActivitiesPage::saveState() const
{
    return m_view->header()->saveState();
}

void ActivitiesPage::restoreState(const QByteArray &state)
{
    m_view->header()->restoreState(state);
}

} // namespace pd
