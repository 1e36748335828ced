#pragma once

#include "domain/Enums.h"

#include <QDate>
#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QTreeView;

namespace pd {

class AttentionModel;
class Editor;

/*
 * The start page: "what needs attention now" (AttentionModel, as of a settable today),
 * where activating a line asks to open its record (openRecordRequested; the main window
 * knows the pages), and two charts drawn from figures computed in core: activities by
 * status per working group, contributions paid against due per year. Both follow the
 * model's reloads, so an edit anywhere (and its undo) shows here.
 */
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardPage(Editor &editor, QWidget *parent = nullptr);

    void setLanguage(Language language);
    void setToday(const QDate &today);
    AttentionModel *model() const { return m_model; }

Q_SIGNALS:
    void openRecordRequested(const QString &kind, const QString &uid);

private:
    void refresh();
    void drawActivityChart();
    void drawContributionChart();
    void openLine(const QModelIndex &index);

    Editor &m_editor;
    Language m_language = Language::English;
    AttentionModel *m_model = nullptr;
    QLabel *m_heading = nullptr;
    QTreeView *m_view = nullptr;
    QChartView *m_activityView = nullptr;
    QChartView *m_contributionView = nullptr;
};

} // namespace pd
