#include "MergeReportView.h"

#include "HandoverText.h"
#include "storage/SnapshotMerge.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <set>

namespace pd {

MergeReportView::MergeReportView(QWidget *parent) : QWidget(parent)
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("mergeSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_backup = new QLabel(this);
    m_backup->setObjectName(QStringLiteral("backupNote"));
    m_backup->setWordWrap(true);
    m_backup->setTextFormat(Qt::PlainText);
    m_backup->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("conflictTable"));
    m_table->setHorizontalHeaderLabels({tr("Outcome"), tr("Kind"), tr("Record"), tr("Reason"), tr("Uid")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setTabKeyNavigation(false); // Tab leaves the table for the buttons
    auto *copySelected = new QAction(tr("Copy"), m_table);
    copySelected->setShortcut(QKeySequence::Copy);
    copySelected->setShortcutContext(Qt::WidgetShortcut);
    connect(copySelected, &QAction::triggered, this, [this] { copy(true); });
    m_table->addAction(copySelected);

    auto *tableLabel = new QLabel(tr("Records &kept as they are here:"), this);
    tableLabel->setBuddy(m_table);
    auto *copyAll = new QPushButton(tr("&Copy Report"), this);
    copyAll->setObjectName(QStringLiteral("copyReport"));
    copyAll->setToolTip(tr("Copies the whole report as tab-separated text, for a spreadsheet or an e-mail."));
    connect(copyAll, &QPushButton::clicked, this, [this] { copy(false); });

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(copyAll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_backup);
    layout->addWidget(tableLabel);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
}

void MergeReportView::setReport(const MergeReport &report, const QString &backupPath)
{
    m_summary->setText(HandoverText::mergeSummary(report));
    m_backup->setText(
        tr("The database as it was before the import is saved in %1.").arg(QDir::toNativeSeparators(backupPath)));
    m_table->setRowCount(0);
    const QMap<QString, QString> kinds{
        {QStringLiteral("meeting"), tr("meeting")},
        {QStringLiteral("agenda_item"), tr("agenda item")},
        {QStringLiteral("activity"), tr("activity")},
        {QStringLiteral("document"), tr("document")},
        {QStringLiteral("document_attachment"), tr("attachment")},
        {QStringLiteral("consultation"), tr("consultation")},
        {QStringLiteral("decision"), tr("decision")},
        {QStringLiteral("contribution"), tr("contribution")},
        {QStringLiteral("payment"), tr("payment")},
        {QStringLiteral("fund"), tr("fund")},
        {QStringLiteral("party"), tr("party")},
        {QStringLiteral("presidency"), tr("presidency")},
        {QStringLiteral("working_group"), tr("working group")},
        {QStringLiteral("focal_point"), tr("focal point")},
    };
    const auto addRows = [this, &kinds](const QList<MergeConflict> &rows, const QString &outcome) {
        for (const MergeConflict &c : rows) {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            const QStringList cells{outcome, kinds.value(c.table, c.table),
                                    m_describe ? m_describe(c.table, c.uid) : QString(), c.reason, c.uid};
            for (int column = 0; column < cells.size(); ++column) {
                auto *item = new QTableWidgetItem(cells.at(column));
                item->setToolTip(cells.at(column));
                m_table->setItem(row, column, item);
            }
        }
    };
    addRows(report.conflicts, tr("Conflict"));
    addRows(report.kept, tr("Kept"));
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(2, qMin(m_table->columnWidth(2), 240)); // the full text is in the tooltip
}

QString MergeReportView::text(bool selectedOnly) const
{
    std::set<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.insert(index.row());
    QStringList lines;
    if (!selectedOnly || rows.empty()) {
        lines << m_summary->text() << m_backup->text();
        rows.clear();
        for (int row = 0; row < m_table->rowCount(); ++row)
            rows.insert(row);
    }
    QStringList header;
    for (int column = 0; column < m_table->columnCount(); ++column)
        header << m_table->horizontalHeaderItem(column)->text();
    lines << header.join(QLatin1Char('\t'));
    for (int row : rows) {
        QStringList cells;
        for (int column = 0; column < m_table->columnCount(); ++column)
            cells << m_table->item(row, column)->text();
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void MergeReportView::copy(bool selectedOnly)
{
    QApplication::clipboard()->setText(text(selectedOnly));
}

} // namespace pd
