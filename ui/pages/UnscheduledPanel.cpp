#include "UnscheduledPanel.h"

#include "models/UnscheduledModel.h"
#include "widgets/CalendarColors.h"

#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QListView>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd {

namespace {
// Adds the calendar colour of each item as its icon.
class ColorProxy : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::FontRole &&
            index.data(UnscheduledModel::KindRole).toInt() == int(CalendarItem::Kind::Meeting)) {
            QFont font;
            font.setBold(true); // meetings stand out from activities
            return font;
        }
        if (role != Qt::DecorationRole)
            return QIdentityProxyModel::data(index, role);
        QPixmap swatch(10, 10);
        swatch.fill(calendar::colorForKey(index.data(UnscheduledModel::ColorKeyRole).toString()));
        return swatch;
    }
};
} // namespace

UnscheduledPanel::UnscheduledPanel(CalendarItems &source, QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("unscheduledPanel"));
    m_model = new UnscheduledModel(source, this);
    auto *proxy = new ColorProxy(this);
    proxy->setSourceModel(m_model);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("unscheduledTitle"));
    m_title->setWordWrap(true);
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("unscheduledList"));
    m_list->setModel(proxy);
    m_list->setDragEnabled(true);
    m_list->setDragDropMode(QAbstractItemView::DragDrop);
    m_list->setDropIndicatorShown(false);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setAccessibleName(tr("Meetings and activities to be scheduled"));
    m_title->setBuddy(m_list);
    m_assign = new QPushButton(tr("&Assign Date…"), this);
    m_assign->setObjectName(QStringLiteral("assignDateButton"));
    auto *hint =
        new QLabel(tr("Drag an item onto a day, or assign it a date. Drop a dated item here to unschedule it."), this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_list, 1);
    layout->addWidget(hint);
    layout->addWidget(m_assign);

    connect(m_assign, &QPushButton::clicked, this, [this] { assignDate(m_proposal); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &UnscheduledPanel::updateState);
    connect(m_model, &UnscheduledModel::unscheduleRequested, this,
            [this](const CalendarItemRef &item) { Q_EMIT scheduleRequested(item, QDate()); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &UnscheduledPanel::updateState);
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &index) {
        const QString uid = index.data(UnscheduledModel::UidRole).toString();
        if (index.data(UnscheduledModel::KindRole).toInt() == int(CalendarItem::Kind::Meeting))
            Q_EMIT editMeetingRequested(uid);
        else
            Q_EMIT editActivityRequested(uid);
    });
    updateState();
}

void UnscheduledPanel::updateState()
{
    const int shown = m_model->rowCount();
    m_title->setText(m_model->total() > shown ? tr("To be scheduled (%1 of %2)").arg(shown).arg(m_model->total())
                                              : tr("To be scheduled (%1)").arg(shown));
    m_assign->setEnabled(m_writable && currentItem().isValid());
}

void UnscheduledPanel::setWritable(bool writable)
{
    m_writable = writable;
    m_list->setDragEnabled(writable);
    m_list->setDragDropMode(writable ? QAbstractItemView::DragDrop : QAbstractItemView::NoDragDrop);
    updateState();
}

CalendarItemRef UnscheduledPanel::currentItem() const
{
    const QModelIndex index = m_list->currentIndex();
    if (!index.isValid())
        return {};
    return {CalendarItem::Kind(index.data(UnscheduledModel::KindRole).toInt()),
            index.data(UnscheduledModel::UidRole).toString()};
}

bool UnscheduledPanel::selectItem(const QString &uid)
{
    const int row = m_model->rowOf(uid);
    if (row < 0)
        return false;
    m_list->setCurrentIndex(m_list->model()->index(row, 0));
    return true;
}

void UnscheduledPanel::setLanguage(Language language)
{
    m_model->setLanguage(language);
}

void UnscheduledPanel::assignDate(const QDate &proposal)
{
    if (!m_writable)
        return;
    const CalendarItemRef ref = currentItem();
    if (!ref.isValid())
        return;
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("assignDateDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Assign Date"));
    auto *what = new QLabel(m_list->currentIndex().data().toString(), dialog);
    what->setWordWrap(true);
    auto *start = new QDateEdit(proposal.isValid() ? proposal : QDate::currentDate(), dialog);
    start->setObjectName(QStringLiteral("assignDateEdit"));
    start->setCalendarPopup(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    auto *form = new QFormLayout(dialog);
    form->addRow(what);
    form->addRow(tr("&Date:"), start);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::accepted, this, [this, ref, start] { Q_EMIT scheduleRequested(ref, start->date()); });
    dialog->open();
}

} // namespace pd
