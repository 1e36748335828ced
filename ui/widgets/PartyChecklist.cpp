#include "PartyChecklist.h"

#include "domain/TextFold.h"
#include "widgets/PartyLabels.h"

#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace pd {

PartyChecklist::PartyChecklist(QWidget *parent) : QWidget(parent)
{
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("supportersFilter"));
    m_filter->setPlaceholderText(tr("Filter parties"));
    m_filter->setAccessibleName(tr("Filter the supporting parties"));
    m_filter->setClearButtonEnabled(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("supportersList"));
    m_list->setAccessibleName(tr("Supporting parties"));
    m_list->setUniformItemSizes(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideRight);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);

    connect(m_filter, &QLineEdit::textChanged, this, &PartyChecklist::applyFilter);
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const qint64 id = item->data(Qt::UserRole).toLongLong();
        const bool on = item->checkState() == Qt::Checked;
        if (on == m_checked.contains(id))
            return;
        if (on)
            m_checked.append(id);
        else
            m_checked.removeAll(id);
        Q_EMIT changed();
    });
}

void PartyChecklist::setParties(const QList<Party> &parties, Language language)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const Party &p : parties) {
        auto *item = new QListWidgetItem(labels::party(p, language), m_list);
        item->setData(Qt::UserRole, p.id);
        item->setToolTip(item->text());
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(m_checked.contains(p.id) ? Qt::Checked : Qt::Unchecked);
    }
    applyFilter(m_filter->text());
}

QList<qint64> PartyChecklist::checkedIds() const
{
    return m_checked;
}

void PartyChecklist::setCheckedIds(const QList<qint64> &ids)
{
    m_checked = ids;
    const QSignalBlocker blocker(m_list);
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        item->setCheckState(ids.contains(item->data(Qt::UserRole).toLongLong()) ? Qt::Checked : Qt::Unchecked);
    }
    applyFilter(m_filter->text());
}

void PartyChecklist::applyFilter(const QString &text)
{
    const QString needle = foldForMatching(text.trimmed());
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const bool shown =
            item->checkState() == Qt::Checked || needle.isEmpty() || foldForMatching(item->text()).contains(needle);
        item->setHidden(!shown);
    }
}

} // namespace pd
