#include "ParticipantsPanel.h"

#include "ParticipantTableModel.h"
#include "widgets/FieldDelegate.h"
#include "widgets/PartyLabels.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace pd {

ParticipantsPanel::ParticipantsPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("participantsPanel"));
    m_model = new ParticipantTableModel(this);

    m_party = new QComboBox(this);
    m_party->setObjectName(QStringLiteral("participantParty"));
    m_party->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_party->setMinimumContentsLength(24);
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("participantRole"));
    for (const ParticipantRole role : enumValues<ParticipantRole>())
        m_role->addItem(enumLabel(role), int(role));
    m_add = new QPushButton(tr("&Add"), this);
    m_add->setObjectName(QStringLiteral("addParticipant"));
    m_add->setAutoDefault(false);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("participantsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::SelectedClicked);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setSectionResizeMode(ParticipantTableModel::PartyColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(ParticipantTableModel::RoleColumn, QHeaderView::ResizeToContents);
    m_view->setAlternatingRowColors(true);
    m_view->installEventFilter(this);
    m_delegate = new FieldDelegate(this);
    FieldDelegate::Choices roles;
    for (const ParticipantRole role : enumValues<ParticipantRole>())
        roles.append({enumLabel(role), int(role)});
    m_delegate->setChoices(ParticipantTableModel::RoleColumn, roles);
    m_view->setItemDelegate(m_delegate);

    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeParticipant"));
    m_remove->setAutoDefault(false);

    auto *chooser = new QHBoxLayout;
    auto *partyLabel = new QLabel(tr("Country or &organization:"), this);
    partyLabel->setBuddy(m_party);
    chooser->addWidget(partyLabel);
    chooser->addWidget(m_party, 1);
    auto *roleLabel = new QLabel(tr("R&ole:"), this);
    roleLabel->setBuddy(m_role);
    chooser->addWidget(roleLabel);
    chooser->addWidget(m_role);
    chooser->addWidget(m_add);

    auto *hint = new QLabel(tr("F2 changes the role of the selected participant; Delete removes it."), this);
    hint->setWordWrap(true);
    hint->setEnabled(false);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(hint, 1);
    bottom->addWidget(m_remove);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(chooser);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    setTabOrder(m_party, m_role);
    setTabOrder(m_role, m_add);
    setTabOrder(m_add, m_view);
    setTabOrder(m_view, m_remove);

    connect(m_party, &QComboBox::currentIndexChanged, this, &ParticipantsPanel::suggestRole);
    connect(m_add, &QPushButton::clicked, this, &ParticipantsPanel::addChosen);
    connect(m_remove, &QPushButton::clicked, this, &ParticipantsPanel::removeSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ParticipantsPanel::updateButtons);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, [this] {
            fillPartyChoices();
            Q_EMIT changed();
        });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        fillPartyChoices();
        Q_EMIT changed();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ParticipantsPanel::changed);
    updateButtons();
}

void ParticipantsPanel::setParties(const QList<Party> &parties, const QHash<qint64, ParticipantRole> &suggestedRoles,
                                   Language language)
{
    m_parties = parties;
    m_suggestedRoles = suggestedRoles;
    m_language = language;
    m_model->setParties(parties, language);
    fillPartyChoices();
}

void ParticipantsPanel::setParticipants(const QList<Participant> &participants)
{
    m_model->setParticipants(participants);
}

QList<Participant> ParticipantsPanel::participants() const
{
    return m_model->participants();
}

void ParticipantsPanel::commitPendingEdit()
{
    // The editor of the current cell, if one is open (the view's state is not public).
    m_delegate->commit(m_view->indexWidget(m_view->currentIndex()));
}

void ParticipantsPanel::fillPartyChoices()
{
    const QVariant previous = m_party->currentData();
    const int previousIndex = m_party->currentIndex();
    m_party->clear();
    for (const Party &p : std::as_const(m_parties)) {
        if (!m_model->contains(p.id))
            m_party->addItem(labels::party(p, m_language), p.id);
    }
    // Keep the choice, or move on to the party that followed the one just added.
    const int found = m_party->findData(previous);
    m_party->setCurrentIndex(found >= 0 ? found : qMin(previousIndex, m_party->count() - 1));
    if (m_party->currentIndex() < 0 && m_party->count() > 0)
        m_party->setCurrentIndex(0);
    updateButtons();
}

void ParticipantsPanel::suggestRole()
{
    const qint64 id = m_party->currentData().toLongLong();
    const auto suggested = m_suggestedRoles.constFind(id);
    if (suggested != m_suggestedRoles.cend())
        m_role->setCurrentIndex(qMax(0, m_role->findData(int(*suggested))));
    updateButtons();
}

void ParticipantsPanel::addChosen()
{
    Participant p;
    p.partyId = m_party->currentData().toLongLong();
    p.role = ParticipantRole(m_role->currentData().toInt());
    const int row = m_model->addParticipant(p);
    if (row < 0)
        return;
    m_view->scrollTo(m_model->index(row, 0));
    m_party->setFocus();
}

void ParticipantsPanel::removeSelected()
{
    commitPendingEdit();
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(index.row());
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows.append(m_view->currentIndex().row());
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (const int row : std::as_const(rows))
        m_model->removeRows(row, 1);
    if (m_model->rowCount() > 0 && !rows.isEmpty()) {
        const int next = qMin(rows.last(), m_model->rowCount() - 1);
        m_view->selectionModel()->setCurrentIndex(m_model->index(next, 0),
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    updateButtons();
}

void ParticipantsPanel::updateButtons()
{
    const qint64 chosen = m_party->currentData().toLongLong();
    m_add->setEnabled(chosen != 0 && !m_model->contains(chosen));
    m_remove->setEnabled(m_view->selectionModel()->hasSelection());
}

bool ParticipantsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress && !m_view->indexWidget(m_view->currentIndex())) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete && key->modifiers() == Qt::NoModifier) {
            removeSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace pd
