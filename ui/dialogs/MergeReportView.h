#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QTableWidget;

namespace pd {

struct MergeReport;

/*
 * What a merge of a handover package did: the counts in one line, where the copy made
 * before it is, and the records kept here or in conflict in a table (outcome, kind of
 * record, the record in words, reason, uid). Everything can be copied: the Copy Report button copies it all
 * as tab-separated text, Ctrl+C on the table the selected rows.
 */
class MergeReportView : public QWidget
{
    Q_OBJECT
public:
    // The record a uid of a table names, in words ("7.h Workshop on …"); empty if unknown.
    using Describer = std::function<QString(const QString &table, const QString &uid)>;

    explicit MergeReportView(QWidget *parent = nullptr);

    void setDescriber(Describer describer) { m_describe = std::move(describer); }

    void setReport(const MergeReport &report, const QString &backupPath);
    // The report as text: the summary, the copy's path, then a header row and one
    // tab-separated row per record of the table (only the selected rows when asked).
    QString text(bool selectedOnly = false) const;

private:
    void copy(bool selectedOnly);

    QLabel *m_summary = nullptr;
    QLabel *m_backup = nullptr;
    QTableWidget *m_table = nullptr;
    Describer m_describe;
};

} // namespace pd
