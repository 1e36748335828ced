#include "DecisionsPage.h"

#include "commands/Editor.h"
#include "models/DecisionTreeModel.h"
#include "models/MeetingChoiceModel.h"
#include "models/PendingFollowUpModel.h"
#include "storage/Repositories.h"
#include "widgets/CellTextDelegate.h"
#include "widgets/EditAccess.h"
#include "widgets/FormHelpers.h"
#include "widgets/PagedTreeView.h"
#include "widgets/PartyLabels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDataStream>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace pd {

namespace {
const QString StateKey = QStringLiteral("decisions/state");
// The saved state names the columns it was made for (as the activities page's does), so
// that a layout saved by a version with other columns is ignored.
constexpr quint32 StateMagic = 0x44454331; // "DEC1"
} // namespace

DecisionsPage::DecisionsPage(Editor &editor, QWidget *parent) : QWidget(parent), m_editor(editor)
{
    Repositories &repos = editor.repositories();

    m_meeting = form::input<QComboBox>(this, "meetingCombo", tr("Meeting"));
    // Sized without measuring every meeting's label (there may be thousands).
    m_meeting->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_meeting->setMinimumContentsLength(60);
    // A light model: no item per meeting, each label made only when shown.
    m_meetingModel = new MeetingChoiceModel(this);
    m_meeting->setModel(m_meetingModel);
    auto *meetingLabel = new QLabel(tr("&Meeting:"), this);
    meetingLabel->setBuddy(m_meeting);

    // The register of the chosen meeting.
    m_model = new DecisionTreeModel(repos, this);
    // Reads one page of conclusions when they fill it; one line each, so the rows are
    // sized from the first rather than by measuring every conclusion's text.
    m_view = new PagedTreeView(this);
    m_view->setObjectName(QStringLiteral("decisionsView"));
    m_view->setUniformRowHeights(true);
    m_view->setItemDelegate(new CellTextDelegate(m_view)); // statuses, owners and dates laid out once
    m_view->setAccessibleName(tr("Decisions"));
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setModel(m_model);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    const QList<std::pair<int, int>> widths{
        {DecisionTreeModel::NumberColumn, 80}, {DecisionTreeModel::VerbColumn, 100},
        {DecisionTreeModel::TextColumn, 420},  {DecisionTreeModel::PartiesColumn, 140},
        {DecisionTreeModel::OwnerColumn, 110}, {DecisionTreeModel::DueColumn, 95},
        {DecisionTreeModel::StatusColumn, 140}};
    for (const auto &[column, width] : widths)
        header->resizeSection(column, width);

    // The follow-up of the selected decisions.
    m_details = new QGroupBox(tr("Follow-up"), this);
    m_details->setObjectName(QStringLiteral("decisionDetails"));
    m_text = new QLabel(m_details);
    m_text->setObjectName(QStringLiteral("decisionText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_owner = form::input<QComboBox>(m_details, "ownerCombo", tr("Follow-up owner"));
    m_hasDue = form::input<QCheckBox>(m_details, "dueCheck", tr("Has a due date"));
    m_hasDue->setText(tr("D&ue by"));
    m_due = form::input<QDateEdit>(m_details, "dueDate", tr("Due date"));
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(form::dateFormat());
    m_due->setDate(QDate::currentDate());
    m_status = form::input<QComboBox>(m_details, "statusCombo", tr("Status"));
    form::fillEnum<DecisionStatus>(m_status);
    auto *dueRow = new QHBoxLayout;
    dueRow->addWidget(m_hasDue);
    dueRow->addWidget(m_due, 1);
    auto *detailForm = new QFormLayout;
    detailForm->addRow(tr("&Owner:"), m_owner);
    detailForm->addRow(dueRow);
    detailForm->addRow(tr("&Status:"), m_status);
    auto *detailLayout = new QVBoxLayout(m_details);
    detailLayout->addWidget(m_text, 1, Qt::AlignTop);
    detailLayout->addLayout(detailForm);

    // Pending from previous meetings.
    auto *pendingBox = new QGroupBox(tr("Pending from previous meetings"), this);
    m_pending = new PendingFollowUpModel(repos, this);
    // Holds the second page a plain view would read on every meeting chosen.
    m_pendingView = new PagedTreeView(pendingBox);
    m_pendingView->setObjectName(QStringLiteral("pendingList"));
    m_pendingView->setItemDelegate(new CellTextDelegate(m_pendingView));
    m_pendingView->setAccessibleName(tr("Pending from previous meetings"));
    m_pendingView->setRootIsDecorated(false);
    m_pendingView->setUniformRowHeights(true);
    m_pendingView->setAllColumnsShowFocus(true);
    m_pendingView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_pendingView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_pendingView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_pendingView->setModel(m_pending);
    m_pendingView->header()->resizeSection(PendingFollowUpModel::NumberColumn, 70);
    m_pendingView->header()->resizeSection(PendingFollowUpModel::MeetingColumn, 110);
    m_pendingView->header()->resizeSection(PendingFollowUpModel::TextColumn, 420);
    m_target = new QLabel(pendingBox);
    m_target->setObjectName(QStringLiteral("carryTargetLabel"));
    m_carry = new QPushButton(tr("&Add to Agenda"), pendingBox);
    m_carry->setObjectName(QStringLiteral("carryForwardButton"));
    m_carry->setToolTip(tr("Put the selected follow-up on the agenda of the meeting shown"));
    m_openMeeting = new QPushButton(tr("Open &Meeting…"), pendingBox);
    m_openMeeting->setObjectName(QStringLiteral("openMeetingButton"));
    auto *pendingBar = new QHBoxLayout;
    pendingBar->addWidget(m_target, 1);
    pendingBar->addWidget(m_openMeeting);
    pendingBar->addWidget(m_carry);
    auto *pendingLayout = new QVBoxLayout(pendingBox);
    pendingLayout->addWidget(m_pendingView, 1);
    pendingLayout->addLayout(pendingBar);

    m_error = form::errorLabel(QStringLiteral("decisionError"), this);

    m_top = new QSplitter(Qt::Horizontal, this);
    m_top->setObjectName(QStringLiteral("decisionsSplitter"));
    m_top->addWidget(m_view);
    m_top->addWidget(m_details);
    m_top->setStretchFactor(0, 3);
    m_top->setStretchFactor(1, 1);
    m_split = new QSplitter(Qt::Vertical, this);
    m_split->setObjectName(QStringLiteral("pendingSplitter"));
    m_split->addWidget(m_top);
    m_split->addWidget(pendingBox);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
    auto *bar = new QHBoxLayout;
    bar->addWidget(meetingLabel);
    bar->addWidget(m_meeting, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_split, 1);
    layout->addWidget(m_error);
    restoreState(QSettings().value(StateKey).toByteArray());

    connect(m_meeting, &QComboBox::currentIndexChanged, this, &DecisionsPage::meetingChosen);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DecisionsPage::updateDetails);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &DecisionsPage::updateDetails);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_keepUid = currentUid(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &DecisionsPage::expandAndRestore);
    // A further page of conclusions, read as the view scrolls, opens like the first.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent, int first, int last) {
        for (int row = first; !parent.isValid() && row <= last; ++row) {
            const QModelIndex index = m_model->index(row, 0);
            if (m_model->rowCount(index) > 0)
                m_view->expandRecursively(index);
        }
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &DecisionsPage::updateDetails);
    connect(m_status, &QComboBox::activated, this, &DecisionsPage::applyStatus);
    connect(m_owner, &QComboBox::activated, this, &DecisionsPage::applyFollowUp);
    connect(m_hasDue, &QCheckBox::toggled, this, [this](bool on) {
        access::enableEdit(m_due, m_editor, on);
        applyFollowUp();
    });
    connect(m_due, &QDateEdit::editingFinished, this, &DecisionsPage::applyFollowUp);
    connect(m_pendingView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DecisionsPage::updateActions);
    connect(m_pending, &QAbstractItemModel::modelReset, this, &DecisionsPage::updateActions);
    connect(m_carry, &QPushButton::clicked, this, &DecisionsPage::carryForward);
    connect(m_pendingView, &QAbstractItemView::activated, this, &DecisionsPage::carryForward);
    connect(m_openMeeting, &QPushButton::clicked, this, [this] {
        if (const qint64 target = targetMeeting())
            Q_EMIT openMeetingRequested(m_editor.repositories().meetings().uidOf(target));
    });
    connect(&repos.meetings(), &Repository::added, this, &DecisionsPage::fillMeetings);
    connect(&repos.meetings(), &Repository::changed, this, &DecisionsPage::fillMeetings);
    connect(&repos.meetings(), &Repository::removed, this, &DecisionsPage::fillMeetings);
    connect(&repos.parties(), &Repository::added, this, &DecisionsPage::fillOwners);
    connect(&repos.parties(), &Repository::changed, this, &DecisionsPage::fillOwners);
    connect(&repos.parties(), &Repository::removed, this, &DecisionsPage::fillOwners);

    fillOwners();
    fillMeetings();
    updateDetails();
}

DecisionsPage::~DecisionsPage()
{
    QSettings().setValue(StateKey, saveState());
}

QByteArray DecisionsPage::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << StateMagic << qint32(DecisionTreeModel::ColumnCount) << qint32(PendingFollowUpModel::ColumnCount)
        << m_view->header()->saveState() << m_pendingView->header()->saveState() << m_top->saveState()
        << m_split->saveState();
    return state;
}

void DecisionsPage::restoreState(const QByteArray &state)
{
    QDataStream in(state);
    quint32 magic = 0;
    qint32 columns = 0, pendingColumns = 0;
    QByteArray header, pendingHeader, top, split;
    in >> magic >> columns >> pendingColumns >> header >> pendingHeader >> top >> split;
    if (in.status() != QDataStream::Ok || magic != StateMagic || columns != DecisionTreeModel::ColumnCount ||
        pendingColumns != PendingFollowUpModel::ColumnCount)
        return;
    m_view->header()->restoreState(header);
    m_pendingView->header()->restoreState(pendingHeader);
    m_top->restoreState(top);
    m_split->restoreState(split);
}

// Every meeting in calendar order, "1 Dec 2021 — Meeting of …" or "To be scheduled — …",
// each label read when shown; first shown: the latest meeting held that has a register.
void DecisionsPage::fillMeetings()
{
    const DecisionRepository &decisions = m_editor.repositories().decisions();
    const qint64 current = currentMeeting();
    const qint64 preferred = current ? current : decisions.latestHeldMeetingWithDecisions();
    const QSignalBlocker blocker(m_meeting);
    m_meetingModel->setMeetings(decisions.meetingOrder(), &decisions, m_language, tr("To be scheduled"));
    const int index = m_meetingModel->rowOf(preferred);
    m_meeting->setCurrentIndex(index >= 0 ? index : (m_meeting->count() > 0 ? 0 : -1));
    meetingChosen(); // also when it stays: its target may have changed (held, a new meeting)
}

void DecisionsPage::fillOwners()
{
    const qint64 current = m_owner->currentData().toLongLong();
    QList<Party> parties = m_editor.repositories().parties().all();
    std::sort(parties.begin(), parties.end(), [this](const Party &a, const Party &b) {
        return QString::localeAwareCompare(labels::party(a, m_language), labels::party(b, m_language)) < 0;
    });
    const QSignalBlocker blocker(m_owner);
    m_owner->clear();
    m_owner->addItem(tr("No owner"), qint64(0));
    for (const Party &p : std::as_const(parties))
        m_owner->addItem(labels::party(p, m_language), p.id);
    form::selectData(m_owner, current);
}

qint64 DecisionsPage::currentMeeting() const
{
    return m_meeting->currentData().toLongLong();
}

qint64 DecisionsPage::targetMeeting() const
{
    return m_pending->targetMeeting();
}

void DecisionsPage::meetingChosen()
{
    const qint64 id = currentMeeting();
    m_model->setMeeting(id);
    Repositories &repos = m_editor.repositories();
    const auto chosen = id ? repos.meetings().byId(id) : std::nullopt;
    const auto target = chosen ? PendingFollowUpModel::carryForwardTarget(repos, *chosen) : std::nullopt;
    m_pending->setTargetMeeting(target ? target->id : 0);
    if (!target) {
        m_target->setText(tr("No later meeting to carry follow-ups into."));
    } else {
        const QString when =
            target->isScheduled() ? QLocale().toString(target->startDate, QLocale::ShortFormat) : tr("to be scheduled");
        m_target->setText(tr("Into the agenda of: %1 (%2)")
                              .arg((target->code.isEmpty() ? QString() : target->code + QLatin1Char(' ')) +
                                       labels::elided(target->title.text(m_language), 70),
                                   when));
    }
    showError(QString());
    updateActions();
}

void DecisionsPage::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    m_model->setLanguage(language);
    m_pending->setLanguage(language);
    fillOwners();
    fillMeetings();
    meetingChosen();
}

void DecisionsPage::showMeeting(qint64 meetingId)
{
    const int index = m_meetingModel->rowOf(meetingId);
    if (index >= 0)
        m_meeting->setCurrentIndex(index);
}

void DecisionsPage::showDecision(const QString &uid)
{
    const auto decision = m_editor.repositories().decisions().byUid(uid);
    if (!decision)
        return;
    showMeeting(decision->meetingId);
    const QModelIndex index = m_model->fetchIndexOf(uid);
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void DecisionsPage::expandAndRestore()
{
    // Only the conclusions with sub-items open (few of a page of a hundred), each laid out
    // when painted rather than the whole tree at once as expandAll() does.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (m_model->rowCount(index) > 0)
            m_view->expandRecursively(index);
    }
    if (!m_keepUid.isEmpty()) {
        const QModelIndex index = m_model->indexOf(m_keepUid);
        if (index.isValid()) {
            m_view->setCurrentIndex(index);
            m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
    }
    m_keepUid.clear();
    updateDetails();
}

QString DecisionsPage::currentUid() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(DecisionTreeModel::UidRole).toString() : QString();
}

QStringList DecisionsPage::selectedUids() const
{
    QStringList uids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        uids.append(index.data(DecisionTreeModel::UidRole).toString());
    return uids;
}

void DecisionsPage::updateDetails()
{
    const Decision *d = m_model->decisionAt(m_view->currentIndex());
    const bool any = d && m_view->selectionModel()->isSelected(m_view->currentIndex());
    m_details->setEnabled(any);
    if (m_loading)
        return;
    m_loading = true;
    if (any) {
        const QString heading = d->heading.text(m_language);
        m_text->setText((heading.isEmpty() ? QString() : heading + QLatin1Char('\n')) + d->number + QLatin1Char(' ') +
                        d->text.text(m_language));
        form::selectData(m_owner, d->ownerId);
        m_hasDue->setChecked(d->due.isValid());
        if (d->due.isValid())
            m_due->setDate(d->due);
        form::selectData(m_status, int(d->status));
    } else {
        m_text->setText(tr("Select a conclusion to follow it up."));
    }
    // Read-only, the follow-up is shown but cannot be changed.
    for (QWidget *control : std::initializer_list<QWidget *>{m_owner, m_hasDue, m_status})
        access::enableEdit(control, m_editor);
    access::enableEdit(m_due, m_editor, any && d->due.isValid());
    m_loading = false;
}

void DecisionsPage::updateActions()
{
    const QModelIndex index = m_pendingView->currentIndex();
    const bool selected = index.isValid() && m_pendingView->selectionModel()->isSelected(index);
    access::enableEdit(m_carry, m_editor,
                       targetMeeting() != 0 && selected && !index.data(PendingFollowUpModel::OnAgendaRole).toBool());
    m_openMeeting->setEnabled(targetMeeting() != 0);
}

void DecisionsPage::applyStatus()
{
    if (m_loading || !access::writable(m_editor))
        return;
    const QStringList uids = selectedUids();
    if (uids.isEmpty())
        return;
    const auto status = DecisionStatus(m_status->currentData().toInt());
    const Status result = m_editor.setDecisionStatus(uids, status);
    showError(result ? QString() : tr("The status could not be changed: %1").arg(result.error().message));
    if (!result)
        updateDetails();
}

void DecisionsPage::applyFollowUp()
{
    if (m_loading || !access::writable(m_editor))
        return;
    const QString uid = currentUid();
    if (uid.isEmpty())
        return;
    const QDate due = m_hasDue->isChecked() ? m_due->date() : QDate();
    const Status result = m_editor.setFollowUp(uid, m_owner->currentData().toLongLong(), due);
    showError(result ? QString() : tr("The follow-up could not be changed: %1").arg(result.error().message));
    if (!result)
        updateDetails();
}

void DecisionsPage::carryForward()
{
    const QModelIndex index = m_pendingView->currentIndex();
    const qint64 target = targetMeeting();
    if (!index.isValid() || !target || index.data(PendingFollowUpModel::OnAgendaRole).toBool() ||
        !access::writable(m_editor))
        return;
    const QString uid = index.data(PendingFollowUpModel::UidRole).toString();
    const Status result = m_editor.carryForward(uid, m_editor.repositories().meetings().uidOf(target));
    showError(result ? QString() : tr("The follow-up could not be carried forward: %1").arg(result.error().message));
    // Keep the row selected (the list reloads), now marked as on the agenda.
    const int row = m_pending->fetchRowOf(uid);
    if (row >= 0)
        m_pendingView->setCurrentIndex(m_pending->index(row, PendingFollowUpModel::NumberColumn));
    updateActions();
}

void DecisionsPage::showError(const QString &message)
{
    form::showMessage(m_error, message);
}

} // namespace pd
