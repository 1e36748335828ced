#include "FilterBar.h"

#include "storage/Repositories.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

namespace pd {

namespace {
// Combo entries carry the enum's integer value, or -1 for "any".
template <typename E>
std::optional<E> chosen(const QComboBox *combo)
{
    const int value = combo->currentData().toInt();
    return value < 0 ? std::nullopt : std::optional<E>(E(value));
}

template <typename E>
void fillEnum(QComboBox *combo, const QString &anyText)
{
    const int previous = combo->currentData().isValid() ? combo->currentData().toInt() : -1;
    combo->clear();
    combo->addItem(anyText, -1);
    for (const E value : enumValues<E>())
        combo->addItem(enumLabel(value), int(value));
    combo->setCurrentIndex(qMax(0, combo->findData(previous)));
}
} // namespace

FilterBar::FilterBar(Repositories &repos, Subject subject, QWidget *parent)
    : QWidget(parent), m_repos(repos), m_subject(subject)
{
    setObjectName(subject == Subject::Meetings ? QStringLiteral("meetingFilterBar")
                                               : QStringLiteral("activityFilterBar"));
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("filterText"));
    m_text->setPlaceholderText(tr("Filter by code or title"));
    m_text->setClearButtonEnabled(true);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("filterKind"));
    m_kind->setVisible(subject == Subject::Meetings);
    m_group = new QComboBox(this);
    m_group->setObjectName(QStringLiteral("filterGroup"));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("filterStatus"));
    m_party = new QComboBox(this);
    m_party->setObjectName(QStringLiteral("filterParty"));
    m_useDates = new QCheckBox(tr("From"), this);
    m_useDates->setObjectName(QStringLiteral("filterUseDates"));
    m_from = new QDateEdit(QDate::currentDate().addMonths(-1), this);
    m_from->setObjectName(QStringLiteral("filterFrom"));
    m_to = new QDateEdit(QDate::currentDate().addMonths(11), this);
    m_to->setObjectName(QStringLiteral("filterTo"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
    }

    // Long names (working groups, countries) must not widen the window: the combos
    // show ten characters and the full name in their popup.
    for (QComboBox *combo : {m_kind, m_group, m_status, m_party}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(10);
    }
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 2);
    layout->addWidget(m_kind, 1);
    layout->addWidget(m_group, 1);
    layout->addWidget(m_status, 1);
    layout->addWidget(m_party, 1);
    layout->addWidget(m_useDates);
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(tr("to"), this));
    layout->addWidget(m_to);

    // Typing is coalesced; choosing from a list filters at once.
    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(150);
    connect(m_text, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_typing, &QTimer::timeout, this, &FilterBar::changed);
    for (QComboBox *combo : {m_kind, m_group, m_status, m_party})
        connect(combo, &QComboBox::activated, this, &FilterBar::changed);
    connect(m_useDates, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        Q_EMIT changed();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &FilterBar::changed);
    connect(m_to, &QDateEdit::dateChanged, this, &FilterBar::changed);
    fillCombos();
}

void FilterBar::reloadChoices(Language language)
{
    m_language = language;
    fillCombos();
}

void FilterBar::fillCombos()
{
    fillEnum<MeetingKind>(m_kind, tr("All kinds"));
    if (m_subject == Subject::Meetings)
        fillEnum<MeetingStatus>(m_status, tr("All statuses"));
    else
        fillEnum<ActivityStatus>(m_status, tr("All statuses"));

    const qint64 group = m_group->currentData().isValid() ? m_group->currentData().toLongLong() : -1;
    m_group->clear();
    m_group->addItem(tr("All working groups"), qint64(-1));
    for (const WorkingGroup &g : m_repos.workingGroups().all())
        m_group->addItem(g.name.text(m_language), g.id);
    m_group->addItem(tr("Structural meetings"), qint64(0));
    m_group->setCurrentIndex(qMax(0, m_group->findData(group)));

    const qint64 party = m_party->currentData().isValid() ? m_party->currentData().toLongLong() : 0;
    m_party->clear();
    m_party->addItem(tr("All countries and organizations"), qint64(0));
    for (const Party &p : m_repos.parties().all()) {
        if (p.kind != PartyKind::Conference)
            m_party->addItem(p.name.text(m_language), p.id);
    }
    m_party->setCurrentIndex(qMax(0, m_party->findData(party)));
}

void FilterBar::setText(const QString &text)
{
    m_text->setText(text);
    m_typing->stop();
    Q_EMIT changed();
}

void FilterBar::clear()
{
    m_text->clear();
    for (QComboBox *combo : {m_kind, m_group, m_status, m_party})
        combo->setCurrentIndex(0);
    m_useDates->setChecked(false);
    m_typing->stop();
    Q_EMIT changed();
}

// The criteria both filters share.
template <typename Filter>
void FilterBar::fillCommon(Filter &f) const
{
    f.text = m_text->text();
    const qint64 group = m_group->currentData().toLongLong();
    if (group >= 0)
        f.workingGroupId = group;
    f.partyId = m_party->currentData().toLongLong();
    if (m_useDates->isChecked()) {
        f.from = m_from->date();
        f.to = m_to->date();
    }
}

MeetingFilter FilterBar::meetingFilter() const
{
    MeetingFilter f;
    fillCommon(f);
    f.kind = chosen<MeetingKind>(m_kind);
    f.status = chosen<MeetingStatus>(m_status);
    return f;
}

ActivityFilter FilterBar::activityFilter() const
{
    ActivityFilter f;
    fillCommon(f);
    f.status = chosen<ActivityStatus>(m_status);
    return f;
}

} // namespace pd
