#include "MeetingEditor.h"

#include "AgendaPanel.h"
#include "MeetingRules.h"
#include "ParticipantsPanel.h"
#include "ReportDialog.h"
#include "commands/Editor.h"
#include "reports/Reports.h"
#include "storage/Repositories.h"
#include "widgets/FormHelpers.h"
#include "widgets/PartyLabels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>

namespace pd {

using namespace form;

MeetingEditor::MeetingEditor(Editor &editor, const Meeting &meeting, QWidget *parent)
    : QDialog(parent), m_editor(editor), m_meeting(meeting)
{
    setObjectName(QStringLiteral("meetingEditor"));
    setWindowTitle(meeting.id == 0 ? tr("New meeting") : tr("Edit meeting"));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("meetingTabs"));
    m_tabs->addTab(createDetailsPage(), tr("D&etails"));
    m_participants = new ParticipantsPanel(this);
    m_tabs->addTab(m_participants, QString());
    m_agenda = new AgendaPanel(this);
    m_tabs->addTab(m_agenda, QString());

    m_overlapWarning = messageLabel(QStringLiteral("overlapWarning"), this, Tone::Warning);
    m_saveError = errorLabel(QStringLiteral("saveError"), this);

    m_buttons = editorButtons(this, tr("Save the meeting (Ctrl+Return)"));
    // The agenda sheet is printed from what is saved; a new meeting has nothing yet.
    QPushButton *print = m_buttons->addButton(tr("&Print Agenda…"), QDialogButtonBox::ActionRole);
    print->setObjectName(QStringLiteral("printAgendaButton"));
    print->setAutoDefault(false);
    print->setEnabled(meeting.id != 0);
    print->setToolTip(tr("Print the agenda sheet of this meeting as saved"));
    connect(print, &QPushButton::clicked, this, [this] {
        Repositories &repos = m_editor.repositories();
        const QString uid = m_meeting.uid;
        auto *dialog = new ReportDialog(
            tr("Print the Agenda Sheet"),
            [&repos, uid](const ReportOptions &options) { return reports::agendaSheet(repos, uid, options); },
            ReportDialog::Extras::Participants, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_overlapWarning);
    layout->addWidget(m_saveError);
    layout->addWidget(m_buttons);

    fillChoices();
    load(meeting);

    for (QComboBox *combo : {m_kind, m_timeZone, m_host, m_mode, m_status, m_workingGroup})
        connect(combo, &QComboBox::currentIndexChanged, this, &MeetingEditor::refresh);
    for (QLineEdit *edit : {m_titleEn, m_titleEs, m_venueCity, m_virtualLink})
        connect(edit, &QLineEdit::textChanged, this, &MeetingEditor::refresh);
    for (QCheckBox *box : {m_unscheduled, m_allDay})
        connect(box, &QCheckBox::toggled, this, &MeetingEditor::refresh);
    connect(m_startDate, &QDateEdit::dateChanged, this, &MeetingEditor::startDateChanged);
    connect(m_endDate, &QDateEdit::dateChanged, this, &MeetingEditor::refresh);
    connect(m_startTime, &QTimeEdit::timeChanged, this, &MeetingEditor::refresh);
    connect(m_endTime, &QTimeEdit::timeChanged, this, &MeetingEditor::refresh);
    connect(m_participants, &ParticipantsPanel::changed, this, &MeetingEditor::refresh);
    connect(m_agenda, &AgendaPanel::changed, this, &MeetingEditor::updateTabTitles);

    refresh();
    // A new meeting starts at its title; an existing one at the top, its titles unselected.
    if (meeting.id == 0)
        m_titleEn->setFocus();
    else
        m_kind->setFocus();
    resize(900, 620);
}

MeetingEditor::~MeetingEditor() = default;

void MeetingEditor::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // QDialogButtonBox makes OK the default button when it is shown; Return does not save here.
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(false);
}

void MeetingEditor::keyPressEvent(QKeyEvent *event)
{
    const bool plainReturn = (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
                             (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
    if (plainReturn) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

QWidget *MeetingEditor::createDetailsPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("detailsPage"));
    auto *pageLayout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    pageLayout->addLayout(form);
    pageLayout->addStretch(1);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);

    m_kind = input<QComboBox>(page, "kind", tr("Kind"));
    fillEnum<MeetingKind>(m_kind);
    addFieldRow(form, page, tr("&Kind:"), m_kind);

    // Title and description side by side in the conference's two languages.
    auto *languages = new QHBoxLayout;
    for (const QString &text : {tr("English"), tr("Spanish")}) {
        auto *heading = new QLabel(text, page);
        heading->setEnabled(false);
        languages->addWidget(heading, 1);
    }
    form->addRow(QString(), languages);

    m_titleEn = input<QLineEdit>(page, "titleEn", tr("Title in English"));
    m_titleEn->setPlaceholderText(tr("Title in English"));
    m_titleEs = input<QLineEdit>(page, "titleEs", tr("Title in Spanish"));
    m_titleEs->setPlaceholderText(tr("Title in Spanish"));
    m_titleError = errorLabel(QStringLiteral("titleError"), page);
    m_titleWarning = messageLabel(QStringLiteral("titleWarning"), page, Tone::Warning);
    auto *titles = new QHBoxLayout;
    titles->addWidget(m_titleEn, 1);
    titles->addWidget(m_titleEs, 1);
    auto *titleMessages = new QVBoxLayout;
    titleMessages->addLayout(titles);
    titleMessages->addWidget(m_titleWarning);
    addFieldsRow(form, page, tr("&Title:"), m_titleEn, titleMessages, m_titleError);

    m_descriptionEn = input<QPlainTextEdit>(page, "descriptionEn", tr("Description in English"));
    m_descriptionEs = input<QPlainTextEdit>(page, "descriptionEs", tr("Description in Spanish"));
    auto *descriptions = new QHBoxLayout;
    for (QPlainTextEdit *edit : {m_descriptionEn, m_descriptionEs}) {
        edit->setTabChangesFocus(true);
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 2 * edit->frameWidth() + 8);
        descriptions->addWidget(edit, 1);
    }
    auto *descriptionLabel = new QLabel(tr("Desc&ription:"), page);
    descriptionLabel->setBuddy(m_descriptionEn);
    auto *descriptionBox = new QVBoxLayout;
    descriptionBox->addLayout(descriptions);
    descriptionBox->addWidget(
        missingTranslationNote(m_descriptionEn, m_descriptionEs, QStringLiteral("descriptionWarning"), page));
    form->addRow(descriptionLabel, descriptionBox);

    m_startDate = input<QDateEdit>(page, "startDate", tr("Start date"));
    m_endDate = input<QDateEdit>(page, "endDate", tr("End date"));
    for (QDateEdit *edit : {m_startDate, m_endDate}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(dateFormat());
    }
    m_unscheduled = input<QCheckBox>(page, "toBeScheduled", tr("To be scheduled"));
    m_unscheduled->setText(tr("To be &scheduled"));
    m_unscheduled->setToolTip(tr("The dates are not known yet"));
    m_datesError = errorLabel(QStringLiteral("datesError"), page);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_startDate);
    dates->addWidget(new QLabel(tr("to", "from date to date"), page));
    dates->addWidget(m_endDate);
    dates->addSpacing(12);
    dates->addWidget(m_unscheduled);
    dates->addStretch(1);
    addFieldsRow(form, page, tr("&Dates:"), m_startDate, dates, m_datesError);

    m_allDay = input<QCheckBox>(page, "allDay", tr("All day"));
    m_allDay->setText(tr("A&ll day"));
    m_startTime = input<QTimeEdit>(page, "startTime", tr("Start time"));
    m_endTime = input<QTimeEdit>(page, "endTime", tr("End time"));
    for (QTimeEdit *edit : {m_startTime, m_endTime})
        edit->setDisplayFormat(QStringLiteral("HH:mm"));
    m_timeZone = input<QComboBox>(page, "timeZone", tr("Time zone"));
    m_timeZone->setMaxVisibleItems(20);
    m_timeZone->addItem(tr("Not specified"), QString());
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromLatin1(id), QString::fromLatin1(id));
    m_timesError = errorLabel(QStringLiteral("timesError"), page);
    auto *times = new QHBoxLayout;
    times->addWidget(m_allDay);
    times->addSpacing(12);
    times->addWidget(m_startTime);
    times->addWidget(new QLabel(tr("to", "from time to time"), page));
    times->addWidget(m_endTime);
    times->addSpacing(12);
    auto *zoneLabel = new QLabel(tr("Time &zone:"), page);
    zoneLabel->setBuddy(m_timeZone);
    times->addWidget(zoneLabel);
    times->addWidget(m_timeZone, 1);
    addFieldsRow(form, page, tr("Time:"), m_allDay, times, m_timesError);

    m_venueCity = input<QLineEdit>(page, "venueCity", tr("Venue city"));
    addFieldRow(form, page, tr("&Venue city:"), m_venueCity);

    m_host = input<QComboBox>(page, "host", tr("Host"));
    addFieldRow(form, page, tr("&Host:"), m_host);

    m_mode = input<QComboBox>(page, "mode", tr("Mode"));
    fillEnum<MeetingMode>(m_mode);
    m_virtualLink = input<QLineEdit>(page, "virtualLink", tr("Link to join"));
    m_virtualLink->setPlaceholderText(tr("https://…"));
    m_linkError = errorLabel(QStringLiteral("linkError"), page);
    auto *mode = new QHBoxLayout;
    mode->addWidget(m_mode);
    auto *linkLabel = new QLabel(tr("L&ink:"), page);
    linkLabel->setBuddy(m_virtualLink);
    mode->addSpacing(12);
    mode->addWidget(linkLabel);
    mode->addWidget(m_virtualLink, 1);
    addFieldsRow(form, page, tr("&Mode:"), m_mode, mode, m_linkError);

    m_status = input<QComboBox>(page, "status", tr("Status"));
    fillEnum<MeetingStatus>(m_status);
    addFieldRow(form, page, tr("Stat&us:"), m_status);

    m_workingGroup = input<QComboBox>(page, "workingGroup", tr("Working group"));
    addFieldRow(form, page, tr("&Working group:"), m_workingGroup);

    for (QComboBox *combo : {m_host, m_workingGroup}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(30);
    }

    const QList<QWidget *> order{m_kind,        m_titleEn,  m_titleEs,     m_descriptionEn, m_descriptionEs,
                                 m_startDate,   m_endDate,  m_unscheduled, m_allDay,        m_startTime,
                                 m_endTime,     m_timeZone, m_venueCity,   m_host,          m_mode,
                                 m_virtualLink, m_status,   m_workingGroup};
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    return page;
}

void MeetingEditor::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    fillChoices();
    m_warningKey.clear();
    refresh();
}

void MeetingEditor::fillChoices()
{
    Repositories &repos = m_editor.repositories();
    const auto own = repos.conference();
    m_parties.clear();
    for (const Party &p : repos.parties().all()) {
        if (!own || p.id != own->id) // the conference does not take part in itself
            m_parties.append(p);
    }

    const bool wasLoading = std::exchange(m_loading, true);
    const QVariant host = m_host->currentData();
    m_host->clear();
    m_host->addItem(tr("None"), qint64(0));
    for (const Party &p : std::as_const(m_parties))
        m_host->addItem(labels::party(p, m_language), p.id);
    selectData(m_host, host);

    const QVariant group = m_workingGroup->currentData();
    m_workingGroup->clear();
    m_workingGroup->addItem(tr("None (structural meeting)"), qint64(0));
    for (const WorkingGroup &g : repos.workingGroups().all())
        m_workingGroup->addItem(g.name.text(m_language), g.id);
    selectData(m_workingGroup, group);
    m_loading = wasLoading;

    m_participants->setParties(m_parties, MeetingRules::suggestedRoles(repos, m_parties), m_language);
    m_agenda->setNames(m_parties, repos.documents().all(), m_language);
}

void MeetingEditor::load(const Meeting &m)
{
    const bool wasLoading = std::exchange(m_loading, true);
    selectData(m_kind, int(m.kind));
    m_titleEn->setText(m.title.en);
    m_titleEs->setText(m.title.es);
    // Long titles show their beginning.
    m_titleEn->setCursorPosition(0);
    m_titleEs->setCursorPosition(0);
    m_descriptionEn->setPlainText(m.description.en);
    m_descriptionEs->setPlainText(m.description.es);

    m_unscheduled->setChecked(!m.isScheduled());
    const QDate start = m.isScheduled() ? m.startDate : QDate::currentDate();
    m_startDate->setDate(start);
    m_endDate->setDate(m.isScheduled() && m.endDate.isValid() ? m.endDate : start);
    m_previousStart = start;

    m_allDay->setChecked(m.isAllDay());
    m_startTime->setTime(m.startTime.isValid() ? m.startTime : QTime(9, 0));
    m_endTime->setTime(m.endTime.isValid() ? m.endTime : QTime(17, 0));
    if (!m.timeZone.isEmpty() && m_timeZone->findData(m.timeZone) < 0)
        m_timeZone->addItem(m.timeZone, m.timeZone);
    selectData(m_timeZone, m.timeZone);

    m_venueCity->setText(m.venueCity);
    if (m.hostId != 0 && m_host->findData(m.hostId) < 0)
        m_host->addItem(tr("(unknown party)"), m.hostId);
    selectData(m_host, m.hostId);
    selectData(m_mode, int(m.mode));
    m_virtualLink->setText(m.virtualLink);
    selectData(m_status, int(m.status));
    selectData(m_workingGroup, m.workingGroupId);

    m_participants->setParticipants(m.participants);
    m_agenda->setItems(m.agenda);
    m_loading = wasLoading;
}

Meeting MeetingEditor::meeting() const
{
    Meeting m = m_meeting;
    m.kind = MeetingKind(m_kind->currentData().toInt());
    m.title = {m_titleEn->text().trimmed(), m_titleEs->text().trimmed()};
    m.description = {m_descriptionEn->toPlainText().trimmed(), m_descriptionEs->toPlainText().trimmed()};
    if (m_unscheduled->isChecked()) {
        m.startDate = QDate();
        m.endDate = QDate();
    } else {
        m.startDate = m_startDate->date();
        m.endDate = m_endDate->date();
    }
    if (m_allDay->isChecked()) {
        m.startTime = QTime();
        m.endTime = QTime();
    } else {
        m.startTime = m_startTime->time();
        m.endTime = m_endTime->time();
    }
    m.timeZone = m_timeZone->currentData().toString();
    m.venueCity = m_venueCity->text().trimmed();
    m.hostId = m_host->currentData().toLongLong();
    m.mode = MeetingMode(m_mode->currentData().toInt());
    const bool online = m.mode == MeetingMode::Virtual || m.mode == MeetingMode::Hybrid;
    m.virtualLink = online ? m_virtualLink->text().trimmed() : QString();
    m.status = MeetingStatus(m_status->currentData().toInt());
    m.workingGroupId = m_workingGroup->currentData().toLongLong();
    m.participants = m_participants->participants();
    m.agenda = m_agenda->items();
    return m;
}

void MeetingEditor::startDateChanged(const QDate &date)
{
    // Moving the start moves the end with it, so that the meeting keeps its length.
    if (!m_loading && m_previousStart.isValid() && date.isValid()) {
        const qint64 days = m_previousStart.daysTo(m_endDate->date());
        if (days >= 0)
            m_endDate->setDate(date.addDays(days));
    }
    m_previousStart = date;
    refresh();
}

void MeetingEditor::refresh()
{
    if (m_loading)
        return;
    const bool scheduled = !m_unscheduled->isChecked();
    m_startDate->setEnabled(scheduled);
    m_endDate->setEnabled(scheduled);
    const bool timed = !m_allDay->isChecked();
    m_startTime->setEnabled(timed);
    m_endTime->setEnabled(timed);
    m_timeZone->setEnabled(timed);
    const auto mode = MeetingMode(m_mode->currentData().toInt());
    m_virtualLink->setEnabled(mode == MeetingMode::Virtual || mode == MeetingMode::Hybrid);

    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(validate());
    updateWarnings(meeting());
    updateTabTitles();
}

bool MeetingEditor::validate()
{
    const MeetingRules::Problems problems = MeetingRules::problems(meeting());
    showMessage(m_titleError, problems.title);
    showMessage(m_titleWarning, missingTranslation(m_titleEn->text(), m_titleEs->text()));
    showMessage(m_datesError, problems.dates);
    showMessage(m_timesError, problems.times);
    showMessage(m_linkError, problems.link);
    return problems.ok();
}

void MeetingEditor::updateWarnings(const Meeting &current)
{
    // Only look again when something that matters has changed.
    QStringList keyParts{QString::number(int(current.kind)), current.startDate.toString(Qt::ISODate),
                         current.endDate.toString(Qt::ISODate), QString::number(int(current.status)),
                         QString::number(current.hostId)};
    for (const Participant &p : current.participants)
        keyParts.append(QString::number(p.partyId));
    const QString key = keyParts.join(QLatin1Char(','));
    if (key == m_warningKey)
        return;
    m_warningKey = key;

    QStringList lines = MeetingRules::clashes(m_editor.repositories(), current, m_parties, m_language);
    constexpr int shown = 5;
    if (lines.size() > shown) {
        const int more = int(lines.size()) - shown;
        lines = lines.mid(0, shown);
        lines.append(tr("… and %n more.", nullptr, more));
    }
    for (QString &line : lines)
        line.prepend(QStringLiteral("⚠ "));
    showMessage(m_overlapWarning, lines.join(QLatin1Char('\n')));
}

void MeetingEditor::updateTabTitles()
{
    const int participants = int(m_participants->participants().size());
    m_tabs->setTabText(1, participants > 0 ? tr("&Participants (%1)").arg(participants) : tr("&Participants"));
    const int items = int(m_agenda->items().size());
    m_tabs->setTabText(2, items > 0 ? tr("A&genda (%1)").arg(items) : tr("A&genda"));
}

void MeetingEditor::accept()
{
    m_participants->commitPendingEdit();
    m_agenda->commitPendingEdit();
    refresh();
    if (!validate()) {
        m_tabs->setCurrentIndex(0);
        return;
    }
    Meeting m = meeting();
    const Status status = m.id == 0 ? m_editor.addMeeting(m) : m_editor.updateMeeting(m);
    if (!status) {
        showMessage(m_saveError, tr("The meeting could not be saved: %1").arg(status.error().message));
        return;
    }
    showMessage(m_saveError, QString());
    m_meeting = m;
    Q_EMIT saved(m.uid);
    QDialog::accept();
}

} // namespace pd
