#include "ActivitiesPage.h"

#include "commands/Editor.h"
#include "models/ActivityListModel.h"
#include "storage/Repositories.h"
#include "widgets/ActivityRowDelegate.h"
#include "widgets/EditAccess.h"
#include "widgets/FilterBar.h"
#include "widgets/PagedTreeView.h"
#include "widgets/TimelineView.h"

#include <QButtonGroup>
#include <QDataStream>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace pd {

ActivitiesPage::ActivitiesPage(Editor &editor, QWidget *parent) : QWidget(parent), m_editor(editor)
{
    Repositories &repos = editor.repositories();
    m_filter = new FilterBar(repos, FilterBar::Subject::Activities, this);
    m_filter->setObjectName(QStringLiteral("activityFilterBar"));

    // The table: the flat, paged model in working-group order; the delegate shows the groups.
    m_model = new ActivityListModel(repos, this);
    m_view = new PagedTreeView(this);
    m_view->setObjectName(QStringLiteral("activitiesView"));
    m_view->setAccessibleName(tr("Activities"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setItemDelegate(new ActivityRowDelegate(m_view));
    m_view->setModel(m_model);
    m_view->installEventFilter(this);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    // Defaults that fit a 1280-pixel window beside the navigation; names elide, with tooltips.
    const QList<std::pair<int, int>> widths{
        {ActivityListModel::GroupColumn, 220},      {ActivityListModel::CodeColumn, 55},
        {ActivityListModel::TitleColumn, 280},      {ActivityListModel::LeadColumn, 100},
        {ActivityListModel::SupportersColumn, 140}, {ActivityListModel::StatusColumn, 85},
        {ActivityListModel::TargetColumn, 150},     {ActivityListModel::ProgressColumn, 70},
        {ActivityListModel::FundingColumn, 110}};
    for (const auto &[column, width] : widths)
        header->resizeSection(column, width);

    m_timeline = new TimelineView(repos, this);
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("timelineYear"));
    m_year->setAccessibleName(tr("Year of the timeline"));
    m_year->setRange(1990, 2100);
    m_year->setValue(m_timeline->year());
    m_year->setPrefix(tr("Year: "));
    m_year->setVisible(false);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_timeline);

    m_tableButton = new QPushButton(tr("&Table"), this);
    m_tableButton->setObjectName(QStringLiteral("tableButton"));
    m_timelineButton = new QPushButton(tr("Time&line"), this);
    m_timelineButton->setObjectName(QStringLiteral("timelineButton"));
    auto *views = new QButtonGroup(this);
    for (QPushButton *button : {m_tableButton, m_timelineButton}) {
        button->setCheckable(true);
        views->addButton(button);
    }
    m_tableButton->setChecked(true);

    m_bulkStatus = new QPushButton(tr("Set &Status"), this);
    m_bulkStatus->setObjectName(QStringLiteral("bulkStatusButton"));
    m_bulkStatus->setToolTip(tr("Change the status of the selected activities"));
    auto *statusMenu = new QMenu(m_bulkStatus);
    statusMenu->setObjectName(QStringLiteral("bulkStatusMenu"));
    fillStatusMenu(statusMenu);
    m_bulkStatus->setMenu(statusMenu);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("activityError"));
    m_error->setWordWrap(true);
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_error->setPalette(palette);
    m_error->hide();

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_tableButton);
    bar->addWidget(m_timelineButton);
    bar->addSpacing(12);
    bar->addWidget(m_year);
    bar->addStretch(1);
    bar->addWidget(m_bulkStatus);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_error);

    connect(m_filter, &FilterBar::changed, this, &ActivitiesPage::applyFilter);
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT editActivityRequested(index.data(ActivityListModel::UidRole).toString());
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, &ActivitiesPage::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ActivitiesPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ActivitiesPage::updateActions);
    connect(m_tableButton, &QPushButton::clicked, this, [this] { showTimeline(false); });
    connect(m_timelineButton, &QPushButton::clicked, this, [this] { showTimeline(true); });
    connect(m_year, &QSpinBox::valueChanged, m_timeline, &TimelineView::setYear);
    connect(m_timeline, &TimelineView::yearChanged, m_year, &QSpinBox::setValue);
    connect(m_timeline, &TimelineView::activityActivated, this, &ActivitiesPage::editActivityRequested);
    updateActions();
}

void ActivitiesPage::fillStatusMenu(QMenu *menu)
{
    for (const ActivityStatus status : enumValues<ActivityStatus>()) {
        QAction *action = menu->addAction(enumLabel(status), this, [this, status] { setStatus(status); });
        action->setObjectName(QStringLiteral("status_") + enumKey(status));
    }
}

bool ActivitiesPage::isTimelineShown() const
{
    return m_stack->currentWidget() == m_timeline;
}

void ActivitiesPage::showTimeline(bool timeline)
{
    (timeline ? m_timelineButton : m_tableButton)->setChecked(true);
    m_stack->setCurrentWidget(timeline ? static_cast<QWidget *>(m_timeline) : m_view);
    m_year->setVisible(timeline);
    updateActions();
}

void ActivitiesPage::applyFilter()
{
    const ActivityFilter filter = m_filter->activityFilter();
    m_model->setFilter(filter);
    m_timeline->setFilter(filter);
}

void ActivitiesPage::showActivity(const QString &uid)
{
    showTimeline(false);
    if (!m_editor.repositories().activities().matches(m_model->filter(), uid))
        m_filter->clear();
    const int row = m_model->fetchRowOf(uid);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, ActivityListModel::CodeColumn);
    m_view->setCurrentIndex(index);
    m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void ActivitiesPage::setLanguage(Language language)
{
    m_model->setLanguage(language);
    m_filter->reloadChoices(language);
    m_timeline->setLanguage(language);
}

QStringList ActivitiesPage::selectedUids() const
{
    QStringList uids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        uids.append(index.data(ActivityListModel::UidRole).toString());
    return uids;
}

namespace {
// The saved state names the columns it was made for, so that a layout saved by a
// version with other columns is ignored rather than put on the wrong ones.
constexpr quint32 StateMagic = 0x41435431; // "ACT1"
} // namespace

QByteArray ActivitiesPage::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << StateMagic << qint32(ActivityListModel::ColumnCount) << m_view->header()->saveState()
        << qint32(isTimelineShown() ? 1 : 0) << qint32(m_timeline->year());
    return state;
}

void ActivitiesPage::restoreState(const QByteArray &state)
{
    QDataStream in(state);
    quint32 magic = 0;
    qint32 columns = 0, timeline = 0, year = 0;
    QByteArray header;
    in >> magic >> columns >> header >> timeline >> year;
    if (in.status() != QDataStream::Ok || magic != StateMagic || columns != ActivityListModel::ColumnCount)
        return;
    m_view->header()->restoreState(header);
    showTimeline(timeline != 0);
    if (year > 0)
        m_year->setValue(year);
}

void ActivitiesPage::updateActions()
{
    const bool any = !isTimelineShown() && m_view->selectionModel()->hasSelection();
    access::enableEdit(m_bulkStatus, m_editor, any);
}

void ActivitiesPage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void ActivitiesPage::setStatus(ActivityStatus status)
{
    const QStringList uids = selectedUids();
    if (uids.isEmpty() || !access::writable(m_editor))
        return;
    const Status result = m_editor.setActivityStatus(uids, status);
    showError(result ? QString() : tr("The status could not be changed: %1").arg(result.error().message));
}

void ActivitiesPage::deleteSelected()
{
    const QStringList uids = selectedUids();
    if (uids.isEmpty() || !access::writable(m_editor))
        return;
    const int row = m_view->currentIndex().row();
    const Status result = m_editor.removeActivities(uids);
    showError(result ? QString() : tr("The activity could not be deleted: %1").arg(result.error().message));
    // Keep the keyboard where it was: on the row that took the deleted one's place.
    if (m_model->rowCount() > 0) {
        const QModelIndex next = m_model->index(qBound(0, row, m_model->rowCount() - 1), ActivityListModel::CodeColumn);
        m_view->setCurrentIndex(next);
    }
}

void ActivitiesPage::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    if (!m_view->selectionModel()->isRowSelected(index.row(), {}))
        m_view->setCurrentIndex(index);
    const QString uid = index.data(ActivityListModel::UidRole).toString();
    QMenu menu(this);
    menu.addAction(tr("&Edit…"), this, [this, uid] { Q_EMIT editActivityRequested(uid); });
    QMenu *status = menu.addMenu(tr("Set &Status"));
    fillStatusMenu(status);
    status->setEnabled(access::writable(m_editor));
    menu.addSeparator();
    QAction *remove = menu.addAction(tr("&Delete"), this, &ActivitiesPage::deleteSelected);
    remove->setShortcut(QKeySequence::Delete);
    remove->setEnabled(access::writable(m_editor));
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

bool ActivitiesPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Delete) || key->key() == Qt::Key_Delete) {
            deleteSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace pd
