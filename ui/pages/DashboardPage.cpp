#include "DashboardPage.h"

#include "commands/Editor.h"
#include "models/AttentionModel.h"
#include "models/DashboardCharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QTreeView>
#include <QVBoxLayout>
#include <QValueAxis>

namespace pd {

namespace {
QChartView *newChartView(const QString &name, const QString &accessibleName, QWidget *parent)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *view = new QChartView(chart, parent);
    view->setObjectName(name);
    view->setAccessibleName(accessibleName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(240);
    return view;
}

void clearChart(QChart *chart)
{
    chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
}

void attach(QChart *chart, QAbstractBarSeries *series, const QStringList &categories, const QString &valueTitle)
{
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTitleText(valueTitle);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    if (categories.isEmpty()) {
        y->setRange(0, 1); // nothing to scale to: one line at 0 and one at 1, not 0,0,1,1,1
        y->setTickCount(2);
    } else {
        y->applyNiceNumbers();
    }
}
} // namespace

DashboardPage::DashboardPage(Editor &editor, QWidget *parent) : QWidget(parent), m_editor(editor)
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_model = new AttentionModel(editor.repositories(), this);

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("attentionHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    QFont bold = m_heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_heading->setFont(bold);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("attentionView"));
    m_view->setAccessibleName(tr("What needs attention now"));
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setExpandsOnDoubleClick(false);
    m_view->setToolTip(tr("Double-click a line (or press Enter) to open its record"));
    m_view->setModel(m_model);

    m_activityView = newChartView(QStringLiteral("activityChart"), tr("Activities by status per working group"), this);
    m_contributionView =
        newChartView(QStringLiteral("contributionChart"), tr("Contributions paid against due per year"), this);

    auto *charts = new QWidget(this);
    auto *chartLayout = new QHBoxLayout(charts);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_activityView, 3);
    chartLayout->addWidget(m_contributionView, 2);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("dashboardSplitter"));
    splitter->addWidget(m_view);
    splitter->addWidget(charts);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(splitter, 1);

    connect(m_model, &AttentionModel::reloaded, this, &DashboardPage::refresh);
    connect(m_view, &QTreeView::activated, this, &DashboardPage::openLine);
    refresh();
}

void DashboardPage::setLanguage(Language language)
{
    m_language = language;
    m_model->setLanguage(language); // reloads, and so redraws, when it changes
}

void DashboardPage::setToday(const QDate &today)
{
    m_model->setToday(today);
}

void DashboardPage::refresh()
{
    const QLocale locale(m_language == Language::Spanish ? QLocale::Spanish : QLocale::English);
    m_heading->setText(tr("What needs attention now (%1)").arg(locale.toString(m_model->today(), QLocale::LongFormat)));
    m_view->expandAll();
    drawActivityChart();
    drawContributionChart();
}

void DashboardPage::drawActivityChart()
{
    QChart *chart = m_activityView->chart();
    clearChart(chart);
    chart->setTitle(tr("Activities by status per working group"));
    const ActivityStatusChart data = activityStatusChart(m_editor.repositories(), m_language);
    auto *series = new QStackedBarSeries;
    for (qsizetype s = 0; s < data.statuses.size(); ++s) {
        const QList<int> &counts = data.counts.at(s);
        bool any = false;
        for (int n : counts)
            any = any || n > 0;
        if (!any)
            continue;
        auto *set = new QBarSet(enumLabel(data.statuses.at(s)));
        for (int n : counts)
            set->append(n);
        series->append(set);
    }
    attach(chart, series, data.groups, tr("Activities"));
}

void DashboardPage::drawContributionChart()
{
    QChart *chart = m_contributionView->chart();
    clearChart(chart);
    const ContributionChart data = contributionChart(m_editor.repositories());
    chart->setTitle(data.years.isEmpty() ? tr("Contributions paid against due per year (none recorded yet)")
                                         : tr("Contributions paid against due per year"));
    auto *due = new QBarSet(tr("Due"));
    auto *paid = new QBarSet(tr("Paid"));
    QStringList years;
    for (qsizetype i = 0; i < data.years.size(); ++i) {
        years.append(QString::number(data.years.at(i)));
        due->append(double(data.due.at(i)) / 100.0);
        paid->append(double(data.paid.at(i)) / 100.0);
    }
    auto *series = new QBarSeries;
    series->append(due);
    series->append(paid);
    attach(chart, series, years, data.currency.isEmpty() ? tr("Amount") : tr("Amount (%1)").arg(data.currency));
}

void DashboardPage::openLine(const QModelIndex &index)
{
    const QString kind = index.data(AttentionModel::KindRole).toString();
    const QString uid = index.data(AttentionModel::UidRole).toString();
    if (!kind.isEmpty() && !uid.isEmpty())
        Q_EMIT openRecordRequested(kind, uid);
}

} // namespace pd
