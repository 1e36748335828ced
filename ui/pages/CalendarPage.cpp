#include "CalendarPage.h"

#include "UnscheduledPanel.h"
#include "commands/Editor.h"
#include "models/MeetingListModel.h"
#include "storage/Repositories.h"
#include "widgets/CalendarColors.h"
#include "widgets/EditAccess.h"
#include "widgets/FilterBar.h"
#include "widgets/MonthView.h"
#include "widgets/PagedTreeView.h"
#include "widgets/WeekView.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace pd {

namespace {
// Sorts the loaded rows of the meeting list: dates by date (unscheduled last), the
// other columns by their text as people read it.
class MeetingSortModel : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        if (left.column() == MeetingListModel::DateColumn) {
            const QDate a = left.data(MeetingListModel::StartDateRole).toDate();
            const QDate b = right.data(MeetingListModel::StartDateRole).toDate();
            if (a.isValid() != b.isValid())
                return a.isValid();
            if (a != b)
                return a < b;
            return left.row() < right.row();
        }
        const int order = left.data().toString().localeAwareCompare(right.data().toString());
        return order != 0 ? order < 0 : left.row() < right.row();
    }
};
} // namespace

CalendarPage::CalendarPage(Editor &editor, QWidget *parent) : QWidget(parent), m_editor(editor)
{
    setObjectName(QStringLiteral("calendarPage"));
    m_items = new CalendarItems(editor.repositories(), this);
    m_month = new MonthView(*m_items, this);
    m_week = new WeekView(*m_items, this);
    m_unscheduled = new UnscheduledPanel(*m_items, this);

    // The list: the filtered, paged meeting model, sorted by clicking a header.
    m_filter = new FilterBar(editor.repositories(), FilterBar::Subject::Meetings, this);
    m_filter->setObjectName(QStringLiteral("meetingFilterBar"));
    m_model = new MeetingListModel(editor.repositories(), this);
    m_sorted = new MeetingSortModel(this);
    m_sorted->setSourceModel(m_model);
    m_list = new PagedTreeView(this);
    m_list->setObjectName(QStringLiteral("meetingList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setModel(m_sorted);
    m_list->header()->setSortIndicator(MeetingListModel::DateColumn, Qt::AscendingOrder);
    m_list->setSortingEnabled(true);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("calendarViews"));
    m_stack->addWidget(m_month);
    m_stack->addWidget(m_week);
    m_stack->addWidget(m_list);

    m_legend = new QLabel(this);
    m_legend->setObjectName(QStringLiteral("calendarLegend"));
    m_legend->setWordWrap(true);
    m_legend->setTextFormat(Qt::RichText);

    auto *calendar = new QWidget(this);
    auto *calendarLayout = new QVBoxLayout(calendar);
    calendarLayout->setContentsMargins(0, 0, 0, 0);
    calendarLayout->addWidget(m_stack, 1);
    calendarLayout->addWidget(m_legend);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("calendarSplitter"));
    splitter->addWidget(calendar);
    splitter->addWidget(m_unscheduled);
    splitter->setStretchFactor(0, 1);
    splitter->setCollapsible(0, false);
    splitter->setSizes({780, 220});
    m_unscheduled->setMinimumWidth(150);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(buildNavigation());
    // The filter row is as wide as the page: it is shown (and takes room) in the list only.
    layout->addWidget(m_filter);
    layout->addWidget(splitter, 1);

    connect(m_filter, &FilterBar::changed, this, [this] { m_model->setFilter(m_filter->meetingFilter()); });
    connect(m_list, &QTreeView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT editMeetingRequested(index.data(MeetingListModel::UidRole).toString());
    });
    for (CalendarView *view : {static_cast<CalendarView *>(m_month), static_cast<CalendarView *>(m_week)}) {
        connect(view, &CalendarView::editMeetingRequested, this, &CalendarPage::editMeetingRequested);
        connect(view, &CalendarView::editActivityRequested, this, &CalendarPage::editActivityRequested);
        connect(view, &CalendarView::newMeetingRequested, this, &CalendarPage::newMeetingRequested);
        connect(view, &CalendarView::itemDropped, this, &CalendarPage::scheduleItem);
        connect(view, &CalendarView::reloaded, this, &CalendarPage::updateLegend);
        connect(view, &CalendarView::selectedDateChanged, this, [this](const QDate &date) {
            m_month->setSelectedDate(date);
            m_week->setSelectedDate(date);
            m_unscheduled->setProposedDate(date);
            updateTitle();
        });
    }
    connect(m_unscheduled, &UnscheduledPanel::scheduleRequested, this, &CalendarPage::scheduleItem);
    connect(m_unscheduled, &UnscheduledPanel::editMeetingRequested, this, &CalendarPage::editMeetingRequested);
    connect(m_unscheduled, &UnscheduledPanel::editActivityRequested, this, &CalendarPage::editActivityRequested);

    m_unscheduled->setProposedDate(m_month->selectedDate());
    m_unscheduled->setWritable(access::writable(m_editor));
    m_month->setAcceptDrops(access::writable(m_editor));
    m_week->setAcceptDrops(access::writable(m_editor));
    m_model->reload();
    setView(View::Month);
}

QWidget *CalendarPage::buildNavigation()
{
    auto *bar = new QWidget(this);
    auto makeButton = [bar](const QString &text, const char *name, const QString &toolTip) {
        auto *button = new QToolButton(bar);
        button->setText(text);
        button->setObjectName(QLatin1String(name));
        button->setToolTip(toolTip);
        button->setAutoRaise(true);
        return button;
    };
    m_previous = makeButton(tr("‹"), "previousButton", tr("Previous month"));
    m_previous->setAccessibleName(tr("Previous"));
    m_today = makeButton(tr("Today"), "todayButton", tr("Go to today"));
    m_next = makeButton(tr("›"), "nextButton", tr("Next month"));
    m_next->setAccessibleName(tr("Next"));
    m_title = new QLabel(bar);
    m_title->setObjectName(QStringLiteral("monthLabel"));
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    m_title->setFont(font);

    auto *group = new QButtonGroup(bar);
    group->setExclusive(true);
    const QString texts[] = {tr("&Month"), tr("&Week"), tr("&List")};
    const char *names[] = {"monthButton", "weekButton", "listButton"};
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_previous);
    layout->addWidget(m_today);
    layout->addWidget(m_next);
    layout->addSpacing(8);
    layout->addWidget(m_title, 1);
    for (int i = 0; i < 3; ++i) {
        m_viewButtons[i] = makeButton(texts[i], names[i], QString());
        m_viewButtons[i]->setCheckable(true);
        m_viewButtons[i]->setAutoRaise(false);
        group->addButton(m_viewButtons[i], i);
        layout->addWidget(m_viewButtons[i]);
    }
    connect(group, &QButtonGroup::idClicked, this, [this](int id) {
        setView(View(id));
        m_stack->currentWidget()->setFocus();
    });
    connect(m_previous, &QToolButton::clicked, this, [this] { navigate(-1); });
    connect(m_next, &QToolButton::clicked, this, [this] { navigate(1); });
    connect(m_today, &QToolButton::clicked, this, [this] { setMonth(QDate::currentDate()); });
    return bar;
}

void CalendarPage::setView(View view)
{
    m_view = view;
    m_stack->setCurrentIndex(int(view));
    m_viewButtons[int(view)]->setChecked(true);
    const bool dated = view != View::List;
    m_previous->setEnabled(dated);
    m_next->setEnabled(dated);
    m_legend->setVisible(dated);
    m_filter->setVisible(!dated);
    // The list shows the meetings to be scheduled too; the panel makes room for it.
    m_unscheduled->setVisible(dated);
    const QString unit = view == View::Week ? tr("week") : tr("month");
    m_previous->setToolTip(tr("Previous %1").arg(unit));
    m_next->setToolTip(tr("Next %1").arg(unit));
    updateTitle();
    updateLegend();
    Q_EMIT viewChanged(view);
}

void CalendarPage::navigate(int step)
{
    if (m_view == View::Week)
        m_week->setSelectedDate(m_week->selectedDate().addDays(7 * step));
    else
        m_month->setMonth(m_month->month().addMonths(step));
}

void CalendarPage::setMonth(const QDate &date)
{
    m_month->setSelectedDate(date);
}

QDate CalendarPage::currentMonth() const
{
    return m_month->month();
}

QDate CalendarPage::selectedDate() const
{
    return m_month->selectedDate();
}

void CalendarPage::updateTitle()
{
    const QLocale locale;
    if (m_view == View::List) {
        m_title->setText(tr("All meetings"));
    } else if (m_view == View::Week) {
        const QDate from = m_week->rangeStart();
        const QDate to = m_week->rangeEnd();
        m_title->setText(tr("%1 – %2").arg(locale.toString(from, QStringLiteral("d MMM")),
                                           locale.toString(to, QStringLiteral("d MMM yyyy"))));
    } else {
        const QDate month = m_month->month();
        m_title->setText(tr("%1 %2").arg(locale.standaloneMonthName(month.month())).arg(month.year()));
    }
}

void CalendarPage::updateLegend()
{
    if (m_view == View::List)
        return;
    const CalendarView *view = m_view == View::Week ? static_cast<CalendarView *>(m_week) : m_month;
    QStringList keys;
    for (const CalendarItem &item : view->items()) {
        if (!keys.contains(item.colorKey))
            keys.append(item.colorKey);
    }
    std::sort(keys.begin(), keys.end());
    QStringList entries;
    for (const QString &key : std::as_const(keys)) {
        QString label;
        if (key.startsWith(QLatin1String("kind:"))) {
            if (const auto kind = enumFromKey<MeetingKind>(key.mid(5)))
                label = enumLabel(*kind);
        } else {
            const qint64 id = key.mid(6).toLongLong();
            const auto group = id > 0 ? m_editor.repositories().workingGroups().byId(id) : std::nullopt;
            label = group ? group->name.text(m_language) : tr("Structural meetings");
        }
        entries.append(QStringLiteral("<span style=\"color:%1\">&#9632;</span>&nbsp;%2")
                           .arg(calendar::colorForKey(key).name(), label.toHtmlEscaped()));
    }
    m_legend->setText(entries.isEmpty() ? tr("Nothing scheduled in this period.")
                                        : entries.join(QStringLiteral(" &nbsp; ")));
}

Status CalendarPage::scheduleItem(const CalendarItemRef &ref, const QDate &date)
{
    if (!access::writable(m_editor))
        return {}; // the views take no drops then; the window has said why
    const auto item = m_items->item(ref);
    if (!item)
        return makeError(Error::Code::NotFound, tr("The item no longer exists."));
    // A dated item moved to another day keeps its length; a null date unschedules it.
    if (item->start == date)
        return {};
    const QDate end = !date.isValid() ? QDate() : item->isScheduled() ? date.addDays(item->days() - 1) : date;
    const Status status = ref.kind == CalendarItem::Kind::Meeting ? m_editor.scheduleMeeting(ref.uid, date, end)
                                                                  : m_editor.scheduleActivity(ref.uid, date, end);
    if (!status) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Could not schedule"), status.error().message,
                                    QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("scheduleError"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    return status;
}

void CalendarPage::showMeeting(const QString &uid)
{
    const int row = m_model->rowOf(uid);
    if (row >= 0)
        m_list->setCurrentIndex(m_sorted->mapFromSource(m_model->index(row, 0)));
    if (m_view == View::List)
        return;
    const auto meeting = m_editor.repositories().meetings().byUid(uid);
    if (meeting && meeting->isScheduled())
        setMonth(meeting->startDate);
    else
        m_unscheduled->selectItem(uid);
}

void CalendarPage::setLanguage(Language language)
{
    m_language = language;
    m_model->setLanguage(language);
    m_filter->reloadChoices(language);
    m_month->setLanguage(language);
    m_week->setLanguage(language);
    m_unscheduled->setLanguage(language);
    updateLegend();
}

} // namespace pd
