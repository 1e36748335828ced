#include "ActivityEditor.h"

#include "commands/Editor.h"
#include "storage/Repositories.h"
#include "widgets/FormHelpers.h"
#include "widgets/PartyChecklist.h"
#include "widgets/PartyLabels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace pd {

using namespace form;

namespace {

QStandardItem *choiceItem(const QString &text, qint64 id)
{
    auto *item = new QStandardItem(text);
    item->setData(id, Qt::UserRole);
    item->setEditable(false);
    return item;
}

// Refills a combo with "None" and the given items, in one insertion, keeping the choice.
void fillChoiceCombo(QComboBox *combo, QList<QStandardItem *> items)
{
    const QVariant current = combo->currentData();
    auto *model = qobject_cast<QStandardItemModel *>(combo->model());
    Q_ASSERT(model);
    model->clear();
    items.prepend(choiceItem(QCoreApplication::translate("pd::ActivityEditor", "None"), 0));
    model->invisibleRootItem()->appendRows(items);
    selectData(combo, current);
}

} // namespace

ActivityEditor::ActivityEditor(Editor &editor, const Activity &activity, QWidget *parent)
    : QDialog(parent), m_editor(editor), m_activity(activity)
{
    setObjectName(QStringLiteral("activityEditor"));
    setWindowTitle(activity.id == 0 ? tr("New activity") : tr("Edit activity"));

    auto *supporters = new QGroupBox(tr("Su&pported by"), this);
    m_supporters = new PartyChecklist(supporters);
    auto *supportersLayout = new QVBoxLayout(supporters);
    supportersLayout->addWidget(m_supporters);

    auto *columns = new QHBoxLayout;
    columns->addWidget(createForm(), 2);
    columns->addWidget(supporters, 1);
    supporters->setMinimumWidth(300);

    m_saveError = errorLabel(QStringLiteral("saveError"), this);
    m_buttons = form::editorButtons(this, tr("Save the activity (Ctrl+Return)"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_saveError);
    layout->addWidget(m_buttons);

    fillChoices();
    load(activity);

    for (QComboBox *combo : {m_workingGroup, m_kind, m_status, m_lead, m_host, m_currency, m_meeting, m_decision})
        connect(combo, &QComboBox::currentIndexChanged, this, &ActivityEditor::refresh);
    for (QLineEdit *edit : {m_code, m_titleEn, m_titleEs})
        connect(edit, &QLineEdit::textChanged, this, &ActivityEditor::refresh);
    for (QCheckBox *box : {m_noTargetDate, m_hasFunding})
        connect(box, &QCheckBox::toggled, this, &ActivityEditor::refresh);
    for (QDateEdit *edit : {m_targetStart, m_targetEnd})
        connect(edit, &QDateEdit::dateChanged, this, &ActivityEditor::refresh);
    connect(m_supporters, &PartyChecklist::changed, this, &ActivityEditor::refresh);

    refresh();
    if (activity.id == 0)
        m_titleEn->setFocus();
    else
        m_code->setFocus();
    resize(1100, 600);
}

QWidget *ActivityEditor::createForm()
{
    auto *page = new QWidget(this);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    pageLayout->addLayout(form);
    pageLayout->addStretch(1);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_code = input<QLineEdit>(page, "code", tr("Code"));
    m_code->setPlaceholderText(tr("e.g. 7.h"));
    m_code->setMaximumWidth(160);
    m_codeError = errorLabel(QStringLiteral("codeError"), page);
    m_workingGroup = input<QComboBox>(page, "workingGroup", tr("Working group"));
    auto *codeRow = new QHBoxLayout;
    codeRow->addWidget(m_code);
    auto *groupLabel = new QLabel(tr("&Working group:"), page);
    groupLabel->setBuddy(m_workingGroup);
    codeRow->addSpacing(12);
    codeRow->addWidget(groupLabel);
    codeRow->addWidget(m_workingGroup, 1);
    addFieldsRow(form, page, tr("&Code:"), m_code, codeRow, m_codeError);

    m_kind = input<QComboBox>(page, "kind", tr("Kind"));
    fillEnum<ActivityKind>(m_kind);
    m_status = input<QComboBox>(page, "status", tr("Status"));
    fillEnum<ActivityStatus>(m_status);
    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(m_kind, 1);
    auto *statusLabel = new QLabel(tr("Stat&us:"), page);
    statusLabel->setBuddy(m_status);
    kindRow->addSpacing(12);
    kindRow->addWidget(statusLabel);
    kindRow->addWidget(m_status, 1);
    addFieldsRow(form, page, tr("&Kind:"), m_kind, kindRow, nullptr);

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
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 2 * edit->frameWidth() + 8);
        descriptions->addWidget(edit, 1);
    }
    addFieldsRow(form, page, tr("Desc&ription:"), m_descriptionEn, descriptions,
                 missingTranslationNote(m_descriptionEn, m_descriptionEs, QStringLiteral("descriptionWarning"), page));

    m_lead = input<QComboBox>(page, "lead", tr("Lead"));
    m_host = input<QComboBox>(page, "host", tr("Host"));
    auto *parties = new QHBoxLayout;
    parties->addWidget(m_lead, 1);
    auto *hostLabel = new QLabel(tr("&Host:"), page);
    hostLabel->setBuddy(m_host);
    parties->addSpacing(12);
    parties->addWidget(hostLabel);
    parties->addWidget(m_host, 1);
    addFieldsRow(form, page, tr("&Lead:"), m_lead, parties, nullptr);

    m_targetStart = input<QDateEdit>(page, "targetStart", tr("Target start"));
    m_targetEnd = input<QDateEdit>(page, "targetEnd", tr("Target end"));
    for (QDateEdit *edit : {m_targetStart, m_targetEnd}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(dateFormat());
    }
    m_noTargetDate = input<QCheckBox>(page, "noTargetDate", tr("No target date"));
    m_noTargetDate->setText(tr("&No target date"));
    m_datesError = errorLabel(QStringLiteral("datesError"), page);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_targetStart);
    dates->addWidget(new QLabel(tr("to", "from date to date"), page));
    dates->addWidget(m_targetEnd);
    dates->addSpacing(12);
    dates->addWidget(m_noTargetDate);
    dates->addStretch(1);
    addFieldsRow(form, page, tr("Tar&get:"), m_targetStart, dates, m_datesError);

    m_progress = input<QSpinBox>(page, "progress", tr("Progress"));
    m_progress->setRange(0, 100);
    m_progress->setSingleStep(5);
    m_progress->setSuffix(tr(" %"));
    addFieldRow(form, page, tr("P&rogress:"), m_progress);

    m_hasFunding = input<QCheckBox>(page, "hasFunding", tr("Funding needed"));
    m_fundingAmount = input<QDoubleSpinBox>(page, "fundingAmount", tr("Amount needed"));
    m_fundingAmount->setRange(0, 1e12);
    m_fundingAmount->setDecimals(2);
    m_fundingAmount->setGroupSeparatorShown(true);
    m_fundingAmount->setMinimumWidth(160);
    m_currency = input<QComboBox>(page, "currency", tr("Currency"));
    m_currency->setEditable(true);
    for (const char *code : {"USD", "EUR", "CAD", "MXN", "CRC", "GTQ", "HNL", "NIO", "PAB", "DOP", "BZD"})
        m_currency->addItem(QLatin1String(code));
    auto *funding = new QHBoxLayout;
    funding->addWidget(m_hasFunding);
    funding->addWidget(m_fundingAmount);
    funding->addWidget(m_currency);
    funding->addStretch(1);
    addFieldsRow(form, page, tr("&Funding needed:"), m_hasFunding, funding, nullptr);

    m_meeting = input<QComboBox>(page, "meetingCombo", tr("Linked meeting"));
    addFieldRow(form, page, tr("&Meeting:"), m_meeting);
    m_decision = input<QComboBox>(page, "decisionCombo", tr("Decision it came from"));
    addFieldRow(form, page, tr("&Decision:"), m_decision);
    for (QComboBox *combo : {m_workingGroup, m_lead, m_host, m_meeting, m_decision}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(20);
        combo->setMaxVisibleItems(20);
    }
    for (QComboBox *combo : {m_meeting, m_decision}) {
        combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        if (auto *view = qobject_cast<QListView *>(combo->view()))
            view->setUniformItemSizes(true); // long lists open at once
    }
    return page;
}

void ActivityEditor::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    fillChoices();
}

void ActivityEditor::fillChoices()
{
    Repositories &repos = m_editor.repositories();
    const bool wasLoading = std::exchange(m_loading, true);

    const QVariant group = m_workingGroup->currentData();
    m_workingGroup->clear();
    m_workingGroup->addItem(tr("None (structural meetings)"), qint64(0));
    for (const WorkingGroup &g : repos.workingGroups().all())
        m_workingGroup->addItem(g.name.text(m_language), g.id);
    selectData(m_workingGroup, group);

    const auto own = repos.conference();
    QList<Party> parties;
    for (const Party &p : repos.parties().all()) {
        if (!own || p.id != own->id)
            parties.append(p);
    }
    for (QComboBox *combo : {m_lead, m_host}) {
        const QVariant current = combo->currentData();
        combo->clear();
        combo->addItem(tr("None"), qint64(0));
        for (const Party &p : std::as_const(parties))
            combo->addItem(labels::party(p, m_language), p.id);
        selectData(combo, current);
    }
    m_supporters->setParties(parties, m_language);

    // Meetings and decisions can be tens of thousands: light rows, added in one go.
    const QLocale locale(m_language == Language::Spanish ? QLocale::Spanish : QLocale::English);
    const ActivityRepository &activities = repos.activities();
    QList<QStandardItem *> meetings;
    for (const auto &m : activities.meetingChoices()) {
        const QString title = labels::elided(m.text.text(m_language), 80);
        meetings.append(choiceItem(m.date.isValid() ? locale.toString(m.date, QStringLiteral("d MMM yyyy")) +
                                                          QStringLiteral(" — ") + title
                                                    : title,
                                   m.id));
    }
    fillChoiceCombo(m_meeting, meetings);
    QList<QStandardItem *> decisions;
    for (const auto &d : activities.decisionChoices())
        decisions.append(choiceItem(d.key + QStringLiteral(" — ") + labels::elided(d.text.text(m_language), 80), d.id));
    fillChoiceCombo(m_decision, decisions);
    m_loading = wasLoading;
}

void ActivityEditor::load(const Activity &a)
{
    const bool wasLoading = std::exchange(m_loading, true);
    m_code->setText(a.code);
    selectData(m_workingGroup, a.workingGroupId);
    selectData(m_kind, int(a.kind));
    selectData(m_status, int(a.status));
    m_titleEn->setText(a.title.en);
    m_titleEs->setText(a.title.es);
    m_titleEn->setCursorPosition(0);
    m_titleEs->setCursorPosition(0);
    m_descriptionEn->setPlainText(a.description.en);
    m_descriptionEs->setPlainText(a.description.es);
    // Links to records the lists do not offer stay as they are.
    for (const auto &[combo, id] : {std::pair{m_lead, a.leadId}, std::pair{m_host, a.hostId},
                                    std::pair{m_meeting, a.meetingId}, std::pair{m_decision, a.decisionId}}) {
        if (id != 0 && combo->findData(id) < 0)
            combo->addItem(tr("(unknown)"), id);
        selectData(combo, id);
    }
    m_supporters->setCheckedIds(a.supporterIds);
    m_noTargetDate->setChecked(!a.targetStart.isValid());
    const QDate start = a.targetStart.isValid() ? a.targetStart : QDate::currentDate();
    m_targetStart->setDate(start);
    m_targetEnd->setDate(a.targetEnd.isValid() ? a.targetEnd : start);
    m_progress->setValue(a.progress);
    m_hasFunding->setChecked(a.fundingNeeded.has_value());
    m_fundingAmount->setValue(a.fundingNeeded ? double(*a.fundingNeeded) / 100.0 : 0.0);
    m_currency->setCurrentText(a.currency.isEmpty() ? QStringLiteral("USD") : a.currency);
    m_loading = wasLoading;
}

Activity ActivityEditor::activity() const
{
    Activity a = m_activity;
    a.code = m_code->text().trimmed();
    a.workingGroupId = m_workingGroup->currentData().toLongLong();
    a.kind = ActivityKind(m_kind->currentData().toInt());
    a.status = ActivityStatus(m_status->currentData().toInt());
    a.title = {m_titleEn->text().trimmed(), m_titleEs->text().trimmed()};
    a.description = {m_descriptionEn->toPlainText().trimmed(), m_descriptionEs->toPlainText().trimmed()};
    a.leadId = m_lead->currentData().toLongLong();
    a.hostId = m_host->currentData().toLongLong();
    a.supporterIds = m_supporters->checkedIds();
    if (m_noTargetDate->isChecked()) {
        a.targetStart = a.targetEnd = QDate();
    } else {
        a.targetStart = m_targetStart->date();
        const QDate end = m_targetEnd->date();
        // A single date keeps no end, unless the activity already had one.
        a.targetEnd = end == a.targetStart && !m_activity.targetEnd.isValid() ? QDate() : end;
    }
    a.progress = m_progress->value();
    if (m_hasFunding->isChecked()) {
        a.fundingNeeded = qRound64(m_fundingAmount->value() * 100.0);
        a.currency = m_currency->currentText().trimmed().toUpper();
    } else {
        a.fundingNeeded.reset();
        a.currency = m_activity.fundingNeeded ? QString() : m_activity.currency;
    }
    a.meetingId = m_meeting->currentData().toLongLong();
    a.decisionId = m_decision->currentData().toLongLong();
    return a;
}

void ActivityEditor::refresh()
{
    if (m_loading)
        return;
    const bool dated = !m_noTargetDate->isChecked();
    m_targetStart->setEnabled(dated);
    m_targetEnd->setEnabled(dated);
    m_fundingAmount->setEnabled(m_hasFunding->isChecked());
    m_currency->setEnabled(m_hasFunding->isChecked());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(validate());
}

bool ActivityEditor::validate()
{
    const Activity a = activity();
    QString code;
    if (!a.code.isEmpty()) {
        const auto other = m_editor.repositories().activities().byCode(a.code);
        if (other && other->id != a.id)
            code = tr("The code %1 is already used by another activity.").arg(a.code);
    }
    showMessage(m_codeError, code);
    const QString title = a.title.isEmpty() ? tr("Enter a title in English or in Spanish.") : QString();
    showMessage(m_titleError, title);
    showMessage(m_titleWarning, missingTranslation(m_titleEn->text(), m_titleEs->text()));
    const bool backwards = a.targetStart.isValid() && a.targetEnd.isValid() && a.targetEnd < a.targetStart;
    const QString dates = backwards ? tr("The target end is before the start.") : QString();
    showMessage(m_datesError, dates);
    return code.isEmpty() && title.isEmpty() && dates.isEmpty();
}

void ActivityEditor::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(false);
}

void ActivityEditor::keyPressEvent(QKeyEvent *event)
{
    const bool plainReturn = (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
                             (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
    if (plainReturn) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void ActivityEditor::accept()
{
    refresh();
    if (!validate())
        return;
    Activity a = activity();
    const Status status = a.id == 0 ? m_editor.addActivity(a) : m_editor.updateActivity(a);
    if (!status) {
        showMessage(m_saveError, tr("The activity could not be saved: %1").arg(status.error().message));
        return;
    }
    showMessage(m_saveError, QString());
    m_activity = a;
    Q_EMIT saved(a.uid);
    QDialog::accept();
}

} // namespace pd
