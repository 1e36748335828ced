#include "AgendaPanel.h"

#include "AgendaTableModel.h"
#include "widgets/FieldDelegate.h"
#include "widgets/PartyLabels.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace pd {

AgendaPanel::AgendaPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("agendaPanel"));
    m_model = new AgendaTableModel(this);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("agendaView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->setTabKeyNavigation(true);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_view->verticalHeader()->setMinimumWidth(m_view->fontMetrics().horizontalAdvance(QStringLiteral("000")));
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(AgendaTableModel::TitleEnColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(AgendaTableModel::TitleEsColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(AgendaTableModel::StartColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AgendaTableModel::DurationColumn, QHeaderView::ResizeToContents);
    header->resizeSection(AgendaTableModel::PresenterColumn, 110);
    header->resizeSection(AgendaTableModel::DocumentColumn, 150);
    m_view->installEventFilter(this);
    m_delegate = new FieldDelegate(this);
    m_delegate->setTimeColumn(AgendaTableModel::StartColumn);
    m_delegate->setMinutesColumn(AgendaTableModel::DurationColumn);
    m_view->setItemDelegate(m_delegate);

    m_add = new QPushButton(tr("&Add item"), this);
    m_add->setObjectName(QStringLiteral("addAgendaItem"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeAgendaItem"));
    m_up = new QPushButton(tr("Move &up"), this);
    m_up->setObjectName(QStringLiteral("moveAgendaItemUp"));
    m_down = new QPushButton(tr("Move &down"), this);
    m_down->setObjectName(QStringLiteral("moveAgendaItemDown"));
    m_add->setToolTip(tr("Add an item after the selected one (Insert)"));
    m_remove->setToolTip(tr("Remove the selected item (Delete)"));
    m_up->setToolTip(tr("Move the selected item up (Alt+Up)"));
    m_down->setToolTip(tr("Move the selected item down (Alt+Down)"));

    auto *buttons = new QVBoxLayout;
    for (QPushButton *button : {m_add, m_remove, m_up, m_down}) {
        button->setAutoDefault(false);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);

    auto *hint =
        new QLabel(tr("Items are numbered in order. Type or press F2 to edit a cell and Tab to go to the next; "
                      "Insert adds an item, Delete removes it, Alt+Up and Alt+Down move it."),
                   this);
    hint->setWordWrap(true);
    hint->setEnabled(false);

    auto *row = new QHBoxLayout;
    row->addWidget(m_view, 1);
    row->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row, 1);
    layout->addWidget(hint);

    setTabOrder(m_view, m_add);
    setTabOrder(m_add, m_remove);
    setTabOrder(m_remove, m_up);
    setTabOrder(m_up, m_down);

    connect(m_add, &QPushButton::clicked, this, &AgendaPanel::addItem);
    connect(m_remove, &QPushButton::clicked, this, &AgendaPanel::removeItem);
    connect(m_up, &QPushButton::clicked, this, [this] { moveItem(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveItem(+1); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &AgendaPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AgendaPanel::changed);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &AgendaPanel::changed);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &AgendaPanel::changed);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AgendaPanel::changed);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AgendaPanel::changed);
    connect(this, &AgendaPanel::changed, this, &AgendaPanel::updateButtons);
    updateButtons();
}

void AgendaPanel::setNames(const QList<Party> &parties, const QList<Document> &documents, Language language)
{
    m_model->setNames(parties, documents, language);
    FieldDelegate::Choices presenters{{tr("—", "no presenter"), qint64(0)}};
    for (const Party &p : parties)
        presenters.append({labels::party(p, language), p.id});
    m_delegate->setChoices(AgendaTableModel::PresenterColumn, presenters);
    FieldDelegate::Choices linked{{tr("—", "no document"), qint64(0)}};
    for (const Document &d : documents)
        linked.append({labels::document(d, language), d.id});
    m_delegate->setChoices(AgendaTableModel::DocumentColumn, linked);
}

void AgendaPanel::setItems(const QList<AgendaItem> &items)
{
    m_model->setItems(items);
}

QList<AgendaItem> AgendaPanel::items() const
{
    return m_model->items();
}

void AgendaPanel::commitPendingEdit()
{
    // The editor of the current cell, if one is open (the view's state is not public).
    m_delegate->commit(m_view->indexWidget(m_view->currentIndex()));
}

int AgendaPanel::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void AgendaPanel::selectRow(int row, int column)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_view->selectionModel()->setCurrentIndex(m_model->index(row, column), QItemSelectionModel::ClearAndSelect);
    m_view->scrollTo(m_model->index(row, column));
}

void AgendaPanel::addItem()
{
    commitPendingEdit();
    const int current = currentRow();
    const int row = current < 0 ? m_model->rowCount() : current + 1;
    if (!m_model->insertRows(row, 1))
        return;
    // An item that follows a timed one starts when it ends.
    if (row > 0) {
        const QTime start = m_model->index(row - 1, AgendaTableModel::StartColumn).data(Qt::EditRole).toTime();
        const int minutes = m_model->index(row - 1, AgendaTableModel::DurationColumn).data(Qt::EditRole).toInt();
        if (start.isValid() && minutes > 0 && start.secsTo(QTime(23, 59)) >= minutes * 60)
            m_model->setData(m_model->index(row, AgendaTableModel::StartColumn), start.addSecs(minutes * 60));
    }
    selectRow(row, AgendaTableModel::TitleEnColumn);
    m_view->setFocus();
    m_view->edit(m_model->index(row, AgendaTableModel::TitleEnColumn));
}

void AgendaPanel::removeItem()
{
    commitPendingEdit();
    const int row = currentRow();
    const int column = qMax(0, m_view->currentIndex().column());
    if (row < 0 || !m_model->removeRows(row, 1))
        return;
    selectRow(qMin(row, m_model->rowCount() - 1), column);
}

void AgendaPanel::moveItem(int delta)
{
    commitPendingEdit();
    const int row = currentRow();
    const int column = qMax(0, m_view->currentIndex().column());
    if (row < 0 || !m_model->moveItem(row, row + delta))
        return;
    selectRow(row + delta, column);
}

void AgendaPanel::updateButtons()
{
    const int row = currentRow();
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < m_model->rowCount() - 1);
}

bool AgendaPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress && !m_view->indexWidget(m_view->currentIndex())) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
        if (key->key() == Qt::Key_Insert && modifiers == Qt::NoModifier) {
            addItem();
            return true;
        }
        if (key->key() == Qt::Key_Delete && modifiers == Qt::NoModifier) {
            removeItem();
            return true;
        }
        if ((key->key() == Qt::Key_Up || key->key() == Qt::Key_Down) && modifiers == Qt::AltModifier) {
            moveItem(key->key() == Qt::Key_Up ? -1 : +1);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace pd
