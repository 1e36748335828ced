// ConclusionsImportDialog's preview tree: its rows, described from the parsed value (as
// read or as edited), and the answers of ConclusionsImport::preview on each.

#include "ConclusionsImportDialog.h"
#include "ConclusionsPreviewRows.h"

#include <QListWidget>
#include <QStyle>
#include <QTreeWidget>

#include <utility>

namespace pd {

using namespace conclusions_preview;

QTreeWidgetItem *ConclusionsImportDialog::section(const QString &title, const QString &name)
{
    auto *item = new QTreeWidgetItem(m_tree, {title});
    item->setData(NumberColumn, SectionRole, name);
    item->setFirstColumnSpanned(true);
    QFont bold = item->font(NumberColumn);
    bold.setBold(true);
    item->setFont(NumberColumn, bold);
    item->setExpanded(true);
    return item;
}

QTreeWidgetItem *ConclusionsImportDialog::row(QTreeWidgetItem *parent, int kind, int index, int sub)
{
    auto *item = new QTreeWidgetItem(parent);
    item->setData(NumberColumn, KindRole, kind);
    item->setData(NumberColumn, IndexRole, index);
    item->setData(NumberColumn, SubRole, sub);
    describe(item);
    return item;
}

// The columns of a row, from the parsed value (as read, or as edited).
void ConclusionsImportDialog::describe(QTreeWidgetItem *item)
{
    const int index = item->data(NumberColumn, IndexRole).toInt();
    const int sub = item->data(NumberColumn, SubRole).toInt();
    const int kind = item->data(NumberColumn, KindRole).toInt();
    switch (kind) {
    case Kind::MeetingItem: {
        const ParsedMeeting &pm = m_parsed.meeting;
        item->setText(VerbColumn, enumLabel(pm.kind));
        QString where = pm.city;
        if (!pm.countryCode.isEmpty())
            where += QStringLiteral(" (%1)").arg(pm.countryCode);
        const QString dates = pm.start == pm.end || !pm.end.isValid()
                                  ? pm.start.toString(Qt::ISODate)
                                  : tr("%1 to %2").arg(pm.start.toString(Qt::ISODate), pm.end.toString(Qt::ISODate));
        item->setText(TextColumn, tr("%1, %2, %3; participants: %4")
                                      .arg(pm.body.isEmpty() ? pm.title : pm.body, dates, where,
                                           pm.participants.join(QStringLiteral(", "))));
        break;
    }
    case Kind::DecisionItem: {
        const ParsedDecision &d = m_parsed.decisions.at(index);
        item->setText(NumberColumn, d.number);
        item->setText(VerbColumn, enumLabel(d.verb));
        item->setText(TextColumn, d.text);
        item->setToolTip(TextColumn, d.text);
        break;
    }
    case Kind::ActivityItem: {
        const ParsedActivity &a = m_parsed.activities.at(index);
        item->setText(NumberColumn, a.code);
        item->setText(VerbColumn, enumLabel(a.kind));
        item->setText(TextColumn, a.title);
        QString tip = a.description;
        if (!a.supporters.isEmpty())
            tip += QLatin1Char('\n') + tr("Supported by: %1").arg(a.supporters.join(QStringLiteral(", ")));
        item->setToolTip(TextColumn, tip);
        break;
    }
    case Kind::DocumentItem: {
        const ParsedDocument &doc = m_parsed.documents.at(index);
        item->setText(NumberColumn, doc.decisionNumber);
        item->setText(VerbColumn, enumLabel(doc.state));
        item->setText(TextColumn, doc.title);
        item->setToolTip(TextColumn, doc.title);
        break;
    }
    case Kind::ConsultationItem: {
        const ParsedConsultation &c = m_parsed.documents.at(index).consultations.at(sub);
        item->setText(NumberColumn, c.party);
        item->setText(VerbColumn, enumLabel(c.state));
        item->setText(TextColumn, c.requestedUntil.isValid()
                                      ? tr("until %1").arg(c.requestedUntil.toString(Qt::ISODate))
                                      : QString());
        break;
    }
    default:
        return;
    }
    // An edited row is in italics and says so.
    const bool edited = m_edited.contains(rowKey(kind, index, sub));
    for (int column = 0; column < m_tree->columnCount(); ++column) {
        QFont font = item->font(column);
        font.setItalic(edited);
        item->setFont(column, font);
    }
}

void ConclusionsImportDialog::fillPreview()
{
    m_filling = true;
    m_tree->clear();
    m_warnings->clear();
    const bool empty = m_parsed.decisions.isEmpty() && m_parsed.activities.isEmpty() && m_parsed.documents.isEmpty();

    if (!empty) {
        auto *item = section(tr("Meeting"), QStringLiteral("meeting"));
        item->setFirstColumnSpanned(false);
        item->setData(NumberColumn, KindRole, int(Kind::MeetingItem));
        item->setData(NumberColumn, IndexRole, 0);
        item->setData(NumberColumn, SubRole, -1);
        describe(item);
    }

    // Decisions, under their parents.
    QHash<QString, QTreeWidgetItem *> byNumber;
    QTreeWidgetItem *decisions =
        m_parsed.decisions.isEmpty() ? nullptr : section(tr("Decisions"), QStringLiteral("decisions"));
    for (qsizetype i = 0; i < m_parsed.decisions.size(); ++i) {
        const ParsedDecision &d = m_parsed.decisions.at(i);
        auto *item = row(byNumber.value(d.parentNumber, decisions), Kind::DecisionItem, int(i));
        item->setCheckState(NumberColumn, d.included ? Qt::Checked : Qt::Unchecked);
        byNumber.insert(d.number, item);
    }

    if (!m_parsed.activities.isEmpty()) {
        QTreeWidgetItem *activities = section(tr("Activities"), QStringLiteral("activities"));
        for (qsizetype i = 0; i < m_parsed.activities.size(); ++i) {
            auto *item = row(activities, Kind::ActivityItem, int(i));
            item->setCheckState(NumberColumn, m_parsed.activities.at(i).included ? Qt::Checked : Qt::Unchecked);
        }
    }

    if (!m_parsed.documents.isEmpty()) {
        QTreeWidgetItem *documents = section(tr("Documents"), QStringLiteral("documents"));
        for (qsizetype i = 0; i < m_parsed.documents.size(); ++i) {
            const ParsedDocument &doc = m_parsed.documents.at(i);
            auto *item = row(documents, Kind::DocumentItem, int(i));
            item->setCheckState(NumberColumn, doc.included ? Qt::Checked : Qt::Unchecked);
            for (qsizetype j = 0; j < doc.consultations.size(); ++j)
                row(item, Kind::ConsultationItem, int(i), int(j));
            item->setExpanded(true);
        }
    }

    for (const ConclusionsWarning &w : m_parsed.warnings) {
        const QString text =
            w.line > 0 ? tr("Line %1: %2 — %3").arg(w.line).arg(w.message, w.source.trimmed()) : w.message;
        auto *item = new QListWidgetItem(text, m_warnings);
        item->setData(LineRole, w.line);
        item->setToolTip(w.source);
    }
    m_tree->resizeColumnToContents(NumberColumn);
    // Collapsed rows do not count in resizeColumnToContents(): leave room for the
    // deepest numbers ("7.p.iii") with their check boxes, so they never elide.
    const QStyle *style = m_tree->style();
    const int deepest = m_tree->indentation() * 3 + style->pixelMetric(QStyle::PM_IndicatorWidth) +
                        m_tree->fontMetrics().horizontalAdvance(QStringLiteral("7.p.viii")) +
                        4 * style->pixelMetric(QStyle::PM_FocusFrameHMargin) + 8;
    if (m_tree->columnWidth(NumberColumn) < deepest)
        m_tree->setColumnWidth(NumberColumn, deepest);
    m_tree->resizeColumnToContents(VerbColumn);
    m_filling = false;
    updateSummary();
}

// What core answers for each row: new, already present (with the record's uid), adding
// its text in the language read, or left out.
void ConclusionsImportDialog::applyPresence()
{
    const bool wasFilling = std::exchange(m_filling, true);
    QList<QTreeWidgetItem *> pending;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        pending.append(m_tree->topLevelItem(i));
    while (!pending.isEmpty()) {
        QTreeWidgetItem *item = pending.takeLast();
        for (int i = 0; i < item->childCount(); ++i)
            pending.append(item->child(i));
        const int kind = item->data(NumberColumn, KindRole).toInt();
        const int index = item->data(NumberColumn, IndexRole).toInt();
        ConclusionsItemPresence presence;
        if (kind == Kind::MeetingItem)
            presence = m_summary.meeting;
        else if (kind == Kind::DecisionItem)
            presence = m_summary.decisions.value(index);
        else if (kind == Kind::ActivityItem)
            presence = m_summary.activities.value(index);
        else if (kind == Kind::DocumentItem)
            presence = m_summary.documents.value(index);
        else
            continue;
        QString text;
        switch (presence.state) {
        case ConclusionsItemPresence::State::New:
            text = tr("new");
            break;
        case ConclusionsItemPresence::State::Present:
            text = tr("already present");
            break;
        case ConclusionsItemPresence::State::AddsText:
            text = m_parsed.language == Language::Spanish ? tr("adds Spanish text") : tr("adds English text");
            break;
        case ConclusionsItemPresence::State::LeftOut:
            text = tr("left out");
            break;
        }
        if (m_edited.contains(rowKey(kind, index, -1)))
            text = tr("%1 (edited)").arg(text);
        item->setText(StatusColumn, text);
        item->setToolTip(StatusColumn, presence.uid.isEmpty() ? QString() : tr("Record %1").arg(presence.uid));
    }
    m_filling = wasFilling;
}

} // namespace pd
