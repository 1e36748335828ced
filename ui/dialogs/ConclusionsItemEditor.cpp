#include "ConclusionsItemEditor.h"

#include "widgets/PartyChecklist.h"
#include "widgets/PartyLabels.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace pd {

namespace {

// A date edit that can say "none": the bottom of its range stands for no date.
const QDate NoDate(2000, 1, 1);

QDateEdit *dateEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setMinimumDate(NoDate);
    edit->setSpecialValueText(ConclusionsItemEditor::tr("none"));
    return edit;
}

void setDate(QDateEdit *edit, const QDate &date)
{
    edit->setDate(date.isValid() && date > NoDate ? date : NoDate);
}

QDate dateOf(const QDateEdit *edit)
{
    return edit->date() == NoDate ? QDate() : edit->date();
}

template <typename E>
QComboBox *enumCombo(const QString &name, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(name);
    for (const E value : enumValues<E>())
        combo->addItem(enumLabel(value), int(value));
    return combo;
}

template <typename E>
void setEnum(QComboBox *combo, E value)
{
    combo->setCurrentIndex(qMax(0, combo->findData(int(value))));
}

template <typename E>
E enumOf(const QComboBox *combo)
{
    return E(combo->currentData().toInt());
}

// A code chosen in a combo: one the directory does not know is listed as it is.
void setCode(QComboBox *combo, const QString &code)
{
    int index = combo->findData(code);
    if (index < 0) {
        combo->addItem(code, code);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

} // namespace

ConclusionsItemEditor::ConclusionsItemEditor(const QList<Party> &parties, const QList<WorkingGroup> &groups,
                                             Language language, QWidget *parent)
    : QWidget(parent), m_parties(parties), m_groups(groups), m_language(language)
{
    setObjectName(QStringLiteral("conclusionsItemEditor"));
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("itemEditorHint"));
    m_hint->setWordWrap(true);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(new QWidget(m_pages)); // NoItem
    m_pages->addWidget(meetingPage());
    m_pages->addWidget(decisionPage());
    m_pages->addWidget(activityPage());
    m_pages->addWidget(documentPage());
    m_pages->addWidget(consultationPage());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_hint);
    layout->addWidget(m_pages, 1);
    showItem(NoItem);
}

QComboBox *ConclusionsItemEditor::partyCombo(const QString &name, QWidget *parent, bool countriesOnly)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(name);
    combo->addItem(tr("(none)"), QString());
    for (const Party &p : std::as_const(m_parties)) {
        if (!countriesOnly || p.kind == PartyKind::Country)
            combo->addItem(labels::party(p, m_language), p.code);
    }
    connect(combo, &QComboBox::currentIndexChanged, this, &ConclusionsItemEditor::store);
    return combo;
}

QWidget *ConclusionsItemEditor::meetingPage()
{
    auto *page = new QWidget(this);
    m_meetingStart = dateEdit(QStringLiteral("meetingStartEdit"), page);
    m_meetingEnd = dateEdit(QStringLiteral("meetingEndEdit"), page);
    m_meetingCity = new QLineEdit(page);
    m_meetingCity->setObjectName(QStringLiteral("meetingCityEdit"));
    m_meetingCountry = partyCombo(QStringLiteral("meetingCountryCombo"), page, true);
    auto *form = new QFormLayout(page);
    form->addRow(tr("&Start:"), m_meetingStart);
    form->addRow(tr("&End:"), m_meetingEnd);
    form->addRow(tr("&City:"), m_meetingCity);
    form->addRow(tr("&Host country:"), m_meetingCountry);
    for (QDateEdit *edit : {m_meetingStart, m_meetingEnd})
        connect(edit, &QDateEdit::dateChanged, this, &ConclusionsItemEditor::store);
    connect(m_meetingCity, &QLineEdit::textChanged, this, &ConclusionsItemEditor::store);
    return page;
}

QWidget *ConclusionsItemEditor::decisionPage()
{
    auto *page = new QWidget(this);
    m_decisionText = new QPlainTextEdit(page);
    m_decisionText->setObjectName(QStringLiteral("decisionTextEdit"));
    m_decisionText->setTabChangesFocus(true);
    m_decisionVerb = enumCombo<DecisionVerb>(QStringLiteral("decisionVerbCombo"), page);
    m_decisionParties = new PartyChecklist(page);
    m_decisionParties->setObjectName(QStringLiteral("decisionPartiesList"));
    m_decisionParties->setParties(m_parties, m_language);
    if (auto *list = m_decisionParties->findChild<QListWidget *>())
        list->setAccessibleName(tr("Parties named"));
    m_decisionOwner = partyCombo(QStringLiteral("decisionOwnerCombo"), page, false);
    m_decisionDue = dateEdit(QStringLiteral("decisionDueEdit"), page);
    m_decisionStatus = enumCombo<DecisionStatus>(QStringLiteral("decisionStatusCombo"), page);
    auto *form = new QFormLayout(page);
    form->addRow(tr("&Text:"), m_decisionText);
    form->addRow(tr("&Verb:"), m_decisionVerb);
    form->addRow(tr("&Parties named:"), m_decisionParties);
    form->addRow(tr("Follow-up &owner:"), m_decisionOwner);
    form->addRow(tr("&Due:"), m_decisionDue);
    form->addRow(tr("St&atus:"), m_decisionStatus);
    connect(m_decisionText, &QPlainTextEdit::textChanged, this, &ConclusionsItemEditor::store);
    connect(m_decisionVerb, &QComboBox::currentIndexChanged, this, &ConclusionsItemEditor::store);
    connect(m_decisionParties, &PartyChecklist::changed, this, &ConclusionsItemEditor::store);
    connect(m_decisionDue, &QDateEdit::dateChanged, this, &ConclusionsItemEditor::store);
    connect(m_decisionStatus, &QComboBox::currentIndexChanged, this, &ConclusionsItemEditor::store);
    return page;
}

QWidget *ConclusionsItemEditor::activityPage()
{
    auto *page = new QWidget(this);
    m_activityTitle = new QLineEdit(page);
    m_activityTitle->setObjectName(QStringLiteral("activityTitleEdit"));
    m_activityGroup = new QComboBox(page);
    m_activityGroup->setObjectName(QStringLiteral("activityGroupCombo"));
    m_activityGroup->addItem(tr("(structural meetings)"), QString());
    for (const WorkingGroup &g : std::as_const(m_groups))
        m_activityGroup->addItem(g.name.text(m_language), g.code);
    m_activityStatus = enumCombo<ActivityStatus>(QStringLiteral("activityStatusCombo"), page);
    m_activityLead = partyCombo(QStringLiteral("activityLeadCombo"), page, false);
    m_activitySupporters = new PartyChecklist(page);
    m_activitySupporters->setObjectName(QStringLiteral("activitySupportersList"));
    m_activitySupporters->setParties(m_parties, m_language);
    auto *form = new QFormLayout(page);
    form->addRow(tr("&Title:"), m_activityTitle);
    form->addRow(tr("&Working group:"), m_activityGroup);
    form->addRow(tr("St&atus:"), m_activityStatus);
    form->addRow(tr("&Lead:"), m_activityLead);
    form->addRow(tr("&Supporting parties:"), m_activitySupporters);
    connect(m_activityTitle, &QLineEdit::textChanged, this, &ConclusionsItemEditor::store);
    connect(m_activityGroup, &QComboBox::currentIndexChanged, this, &ConclusionsItemEditor::store);
    connect(m_activityStatus, &QComboBox::currentIndexChanged, this, &ConclusionsItemEditor::store);
    connect(m_activitySupporters, &PartyChecklist::changed, this, &ConclusionsItemEditor::store);
    return page;
}

QWidget *ConclusionsItemEditor::documentPage()
{
    auto *page = new QWidget(this);
    m_documentTitle = new QLineEdit(page);
    m_documentTitle->setObjectName(QStringLiteral("documentTitleEdit"));
    m_documentState = enumCombo<DocumentState>(QStringLiteral("documentStateCombo"), page);
    m_documentDeadline = dateEdit(QStringLiteral("documentDeadlineEdit"), page);
    auto *form = new QFormLayout(page);
    form->addRow(tr("&Title:"), m_documentTitle);
    form->addRow(tr("St&ate:"), m_documentState);
    form->addRow(tr("&Review deadline:"), m_documentDeadline);
    connect(m_documentTitle, &QLineEdit::textChanged, this, &ConclusionsItemEditor::store);
    connect(m_documentState, &QComboBox::currentIndexChanged, this, &ConclusionsItemEditor::store);
    connect(m_documentDeadline, &QDateEdit::dateChanged, this, &ConclusionsItemEditor::store);
    return page;
}

QWidget *ConclusionsItemEditor::consultationPage()
{
    auto *page = new QWidget(this);
    m_consultationParty = new QLabel(page);
    m_consultationState = enumCombo<ConsultationState>(QStringLiteral("consultationStateCombo"), page);
    m_consultationUntil = dateEdit(QStringLiteral("consultationUntilEdit"), page);
    auto *form = new QFormLayout(page);
    form->addRow(tr("Country:"), m_consultationParty);
    form->addRow(tr("St&ate:"), m_consultationState);
    form->addRow(tr("&More time until:"), m_consultationUntil);
    connect(m_consultationState, &QComboBox::currentIndexChanged, this, &ConclusionsItemEditor::store);
    connect(m_consultationUntil, &QDateEdit::dateChanged, this, &ConclusionsItemEditor::store);
    return page;
}

void ConclusionsItemEditor::setParsed(ParsedConclusions *parsed)
{
    m_parsed = parsed;
    showItem(NoItem);
}

void ConclusionsItemEditor::showItem(Kind kind, int index, int sub)
{
    const bool valid = m_parsed && index >= 0 &&
                       ((kind == MeetingItem) || (kind == DecisionItem && index < m_parsed->decisions.size()) ||
                        (kind == ActivityItem && index < m_parsed->activities.size()) ||
                        ((kind == DocumentItem || kind == ConsultationItem) && index < m_parsed->documents.size()));
    const bool validSub =
        kind != ConsultationItem || (valid && sub >= 0 && sub < m_parsed->documents.at(index).consultations.size());
    if (!valid || !validSub)
        kind = NoItem;
    m_kind = kind;
    m_index = kind == NoItem ? -1 : index;
    m_sub = kind == ConsultationItem ? sub : -1;
    load();
}

void ConclusionsItemEditor::focusFirstField()
{
    QWidget *first = nullptr;
    switch (m_kind) {
    case MeetingItem:
        first = m_meetingStart;
        break;
    case DecisionItem:
        first = m_decisionText;
        break;
    case ActivityItem:
        first = m_activityTitle;
        break;
    case DocumentItem:
        first = m_documentTitle;
        break;
    case ConsultationItem:
        first = m_consultationState;
        break;
    case NoItem:
        return;
    }
    first->setFocus(Qt::ShortcutFocusReason);
}

void ConclusionsItemEditor::load()
{
    m_loading = true;
    m_pages->setCurrentIndex(m_kind);
    switch (m_kind) {
    case NoItem:
        m_hint->setText(tr("Select an item of the preview (F2 or Enter) to correct what was read here."));
        break;
    case MeetingItem: {
        const ParsedMeeting &m = m_parsed->meeting;
        m_hint->setText(tr("The meeting:"));
        setDate(m_meetingStart, m.start);
        setDate(m_meetingEnd, m.end);
        m_meetingCity->setText(m.city);
        setCode(m_meetingCountry, m.countryCode);
        break;
    }
    case DecisionItem: {
        const ParsedDecision &d = m_parsed->decisions.at(m_index);
        m_hint->setText(tr("Decision %1:").arg(d.number));
        m_decisionText->setPlainText(d.text);
        setEnum(m_decisionVerb, d.verb);
        QList<qint64> ids;
        for (const Party &p : std::as_const(m_parties)) {
            if (d.parties.contains(p.code))
                ids.append(p.id);
        }
        m_decisionParties->setCheckedIds(ids);
        setCode(m_decisionOwner, d.owner);
        setDate(m_decisionDue, d.due);
        setEnum(m_decisionStatus, d.status);
        break;
    }
    case ActivityItem: {
        const ParsedActivity &a = m_parsed->activities.at(m_index);
        m_hint->setText(tr("Activity %1:").arg(a.code));
        m_activityTitle->setText(a.title);
        setCode(m_activityGroup, a.groupCode);
        setEnum(m_activityStatus, a.status);
        setCode(m_activityLead, a.lead);
        QList<qint64> ids;
        for (const Party &p : std::as_const(m_parties)) {
            if (a.supporters.contains(p.code))
                ids.append(p.id);
        }
        m_activitySupporters->setCheckedIds(ids);
        break;
    }
    case DocumentItem: {
        const ParsedDocument &doc = m_parsed->documents.at(m_index);
        m_hint->setText(tr("Document:"));
        m_documentTitle->setText(doc.title);
        setEnum(m_documentState, doc.state);
        setDate(m_documentDeadline, doc.reviewDeadline);
        break;
    }
    case ConsultationItem: {
        const ParsedConsultation &c = m_parsed->documents.at(m_index).consultations.at(m_sub);
        m_hint->setText(tr("Consultation on “%1”:").arg(m_parsed->documents.at(m_index).title));
        m_consultationParty->setText(c.party);
        setEnum(m_consultationState, c.state);
        setDate(m_consultationUntil, c.requestedUntil);
        break;
    }
    }
    m_loading = false;
}

void ConclusionsItemEditor::store()
{
    if (m_loading || !m_parsed || m_kind == NoItem)
        return;
    // Codes of the parties checked, in the checklist's order; codes the directory does not
    // know are kept.
    const auto codes = [this](const PartyChecklist *list, const QStringList &before) {
        QStringList result;
        for (const qint64 id : list->checkedIds()) {
            for (const Party &p : std::as_const(m_parties)) {
                if (p.id == id)
                    result.append(p.code);
            }
        }
        for (const QString &code : before) {
            const bool known =
                std::any_of(m_parties.cbegin(), m_parties.cend(), [&](const Party &p) { return p.code == code; });
            if (!known)
                result.append(code);
        }
        return result;
    };
    switch (m_kind) {
    case NoItem:
        return;
    case MeetingItem: {
        ParsedMeeting &m = m_parsed->meeting;
        m.start = dateOf(m_meetingStart);
        m.end = dateOf(m_meetingEnd);
        m.city = m_meetingCity->text();
        m.countryCode = m_meetingCountry->currentData().toString();
        break;
    }
    case DecisionItem: {
        ParsedDecision &d = m_parsed->decisions[m_index];
        d.text = m_decisionText->toPlainText();
        d.verb = enumOf<DecisionVerb>(m_decisionVerb);
        d.parties = codes(m_decisionParties, d.parties);
        d.owner = m_decisionOwner->currentData().toString();
        d.due = dateOf(m_decisionDue);
        d.status = enumOf<DecisionStatus>(m_decisionStatus);
        break;
    }
    case ActivityItem: {
        ParsedActivity &a = m_parsed->activities[m_index];
        a.title = m_activityTitle->text();
        a.groupCode = m_activityGroup->currentData().toString();
        a.status = enumOf<ActivityStatus>(m_activityStatus);
        a.lead = m_activityLead->currentData().toString();
        a.supporters = codes(m_activitySupporters, a.supporters);
        break;
    }
    case DocumentItem: {
        ParsedDocument &doc = m_parsed->documents[m_index];
        doc.title = m_documentTitle->text();
        doc.state = enumOf<DocumentState>(m_documentState);
        doc.reviewDeadline = dateOf(m_documentDeadline);
        break;
    }
    case ConsultationItem: {
        ParsedConsultation &c = m_parsed->documents[m_index].consultations[m_sub];
        c.state = enumOf<ConsultationState>(m_consultationState);
        c.requestedUntil = dateOf(m_consultationUntil);
        break;
    }
    }
    Q_EMIT edited(m_kind, m_index, m_sub);
}

} // namespace pd
