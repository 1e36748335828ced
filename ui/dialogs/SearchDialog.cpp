#include "SearchDialog.h"

#include "storage/SearchIndex.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pd {

namespace {
constexpr int KindRole = Qt::UserRole + 1;
constexpr int UidRole = Qt::UserRole + 2;

QString kindHeading(const QString &kind)
{
    if (kind == QLatin1String("meeting"))
        return SearchDialog::tr("Meetings");
    if (kind == QLatin1String("activity"))
        return SearchDialog::tr("Activities");
    if (kind == QLatin1String("document"))
        return SearchDialog::tr("Documents");
    return SearchDialog::tr("Decisions");
}
} // namespace

SearchDialog::SearchDialog(Database &db, QWidget *parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("searchDialog"));
    setWindowTitle(tr("Find"));
    m_query = new QLineEdit(this);
    m_query->setObjectName(QStringLiteral("searchQuery"));
    m_query->setPlaceholderText(tr("Search titles, descriptions and decision texts"));
    m_query->setClearButtonEnabled(true);
    m_results = new QTreeWidget(this);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setHeaderLabels({tr("Result"), tr("Context")});
    m_results->setRootIsDecorated(true);
    m_results->header()->setStretchLastSection(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("searchSummary"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Close, this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_query);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(720, 480);

    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(120);
    connect(m_query, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_typing, &QTimer::timeout, this, &SearchDialog::runSearch);
    connect(m_query, &QLineEdit::returnPressed, this, &SearchDialog::choose);
    connect(m_results, &QTreeWidget::itemActivated, this, &SearchDialog::choose);
    connect(buttons->button(QDialogButtonBox::Open), &QPushButton::clicked, this, &SearchDialog::choose);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void SearchDialog::setQuery(const QString &text)
{
    m_query->setText(text);
    m_typing->stop();
    runSearch();
}

int SearchDialog::resultCount() const
{
    int count = 0;
    for (int i = 0; i < m_results->topLevelItemCount(); ++i)
        count += m_results->topLevelItem(i)->childCount();
    return count;
}

void SearchDialog::runSearch()
{
    m_results->clear();
    const QList<SearchHit> hits = SearchIndex(m_db).search(m_query->text());
    QMap<QString, QTreeWidgetItem *> groups;
    const QStringList order = {QStringLiteral("meeting"), QStringLiteral("activity"), QStringLiteral("document"),
                               QStringLiteral("decision")};
    for (const SearchHit &hit : hits) {
        QTreeWidgetItem *&group = groups[hit.kind];
        if (!group) {
            group = new QTreeWidgetItem({kindHeading(hit.kind)});
            group->setFlags(Qt::ItemIsEnabled);
        }
        auto *item = new QTreeWidgetItem(
            group,
            {hit.kind == QLatin1String("decision") ? tr("Conclusion %1").arg(hit.title) : hit.title, hit.snippet});
        item->setData(0, KindRole, hit.kind);
        item->setData(0, UidRole, hit.uid);
        item->setToolTip(1, hit.snippet);
    }
    for (const QString &kind : order) {
        if (QTreeWidgetItem *group = groups.value(kind)) {
            group->setText(0, tr("%1 (%2)").arg(kindHeading(kind)).arg(group->childCount()));
            m_results->addTopLevelItem(group);
            group->setExpanded(true);
        }
    }
    m_results->resizeColumnToContents(0);
    const int count = resultCount();
    m_summary->setText(m_query->text().trimmed().isEmpty() ? QString() : tr("%n result(s)", nullptr, count));
    if (count > 0)
        m_results->setCurrentItem(m_results->topLevelItem(0)->child(0));
}

void SearchDialog::choose()
{
    if (m_typing->isActive()) {
        m_typing->stop();
        runSearch();
    }
    const QTreeWidgetItem *item = m_results->currentItem();
    if (!item || item->data(0, UidRole).toString().isEmpty())
        return;
    Q_EMIT recordChosen(item->data(0, KindRole).toString(), item->data(0, UidRole).toString());
    accept();
}

} // namespace pd
