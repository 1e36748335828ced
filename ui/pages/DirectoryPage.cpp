#include "DirectoryPage.h"

#include "commands/Editor.h"
#include "dialogs/FocalPointDialog.h"
#include "dialogs/PartyDialog.h"
#include "models/DirectoryModels.h"
#include "storage/Database.h"
#include "storage/Repositories.h"
#include "widgets/EditAccess.h"
#include "widgets/FormHelpers.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace pd {

namespace {

QTreeView *tableView(QWidget *parent, const char *objectName, const QString &accessibleName)
{
    auto *view = new QTreeView(parent);
    view->setObjectName(QLatin1String(objectName));
    view->setAccessibleName(accessibleName);
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true);
    view->setAllColumnsShowFocus(true);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return view;
}

} // namespace

DirectoryPage::DirectoryPage(Editor &editor, QWidget *parent) : QWidget(parent), m_editor(editor)
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("directoryTabs"));
    m_tabs->addTab(createPartiesTab(), tr("&Countries and organizations"));
    m_tabs->addTab(createFocalPointsTab(), tr("&Focal points"));
    m_tabs->addTab(createPresidenciesTab(), tr("&Presidencies"));

    m_error = form::errorLabel(QStringLiteral("directoryError"), this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_error);
    updateActions();
}

QWidget *DirectoryPage::createPartiesTab()
{
    auto *tab = new QWidget(this);
    m_parties = new PartyTableModel(m_editor.repositories(), this);
    m_kind = new QComboBox(tab);
    m_kind->setObjectName(QStringLiteral("partyKindCombo"));
    m_kind->setAccessibleName(tr("Kind"));
    m_kind->addItem(tr("All kinds"), -1);
    form::fillEnum<PartyKind>(m_kind);
    auto *kindLabel = new QLabel(tr("&Kind:"), tab);
    kindLabel->setBuddy(m_kind);
    m_partiesView = tableView(tab, "partiesView", tr("Countries and organizations"));
    m_partiesView->setModel(m_parties);
    QHeaderView *header = m_partiesView->header();
    const QList<std::pair<int, int>> widths{{PartyTableModel::NameColumn, 260},   {PartyTableModel::NameEnColumn, 220},
                                            {PartyTableModel::NameEsColumn, 220}, {PartyTableModel::AcronymColumn, 80},
                                            {PartyTableModel::KindColumn, 170},   {PartyTableModel::CodeColumn, 70}};
    for (const auto &[column, width] : widths)
        header->resizeSection(column, width);
    // The name in the content language is the first column; both languages follow.
    m_partiesView->setColumnHidden(PartyTableModel::NameColumn, true);

    m_editPartyButton = new QPushButton(tr("&Edit…"), tab);
    m_editPartyButton->setObjectName(QStringLiteral("editPartyButton"));
    m_editPartyButton->setToolTip(tr("Edit the names, acronyms, code and membership of the selected country or "
                                     "organization"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(kindLabel);
    bar->addWidget(m_kind);
    bar->addStretch(1);
    bar->addWidget(m_editPartyButton);
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(bar);
    layout->addWidget(m_partiesView, 1);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &DirectoryPage::applyKind);
    connect(m_editPartyButton, &QPushButton::clicked, this, [this] { editParty(selectedPartyUid()); });
    connect(m_partiesView, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { editParty(index.data(PartyTableModel::UidRole).toString()); });
    connect(m_partiesView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DirectoryPage::updateActions);
    connect(m_parties, &QAbstractItemModel::modelReset, this, &DirectoryPage::updateActions);
    return tab;
}

QWidget *DirectoryPage::createFocalPointsTab()
{
    auto *tab = new QWidget(this);
    m_focalPoints = new FocalPointTableModel(m_editor.repositories(), this);
    m_focalPointsView = tableView(tab, "focalPointsView", tr("Focal points"));
    m_focalPointsView->setModel(m_focalPoints);
    QHeaderView *header = m_focalPointsView->header();
    const QList<std::pair<int, int>> widths{{FocalPointTableModel::NameColumn, 200},
                                            {FocalPointTableModel::RoleColumn, 220},
                                            {FocalPointTableModel::PartyColumn, 200},
                                            {FocalPointTableModel::EmailColumn, 200},
                                            {FocalPointTableModel::PhoneColumn, 130}};
    for (const auto &[column, width] : widths)
        header->resizeSection(column, width);

    m_focalPointsHint = new QLabel(tr("No focal points yet. Choose “Add Focal Point…” to note who speaks for a "
                                      "country or organization. Names, e-mail addresses and telephone numbers are "
                                      "personal data: mark them so, and a handover package may leave them out."),
                                   tab);
    m_focalPointsHint->setObjectName(QStringLiteral("focalPointsHint"));
    m_focalPointsHint->setWordWrap(true);

    m_addButton = new QPushButton(tr("&Add Focal Point…"), tab);
    m_addButton->setObjectName(QStringLiteral("addFocalPointButton"));
    m_editButton = new QPushButton(tr("&Edit…"), tab);
    m_editButton->setObjectName(QStringLiteral("editFocalPointButton"));
    m_removeButton = new QPushButton(tr("&Remove"), tab);
    m_removeButton->setObjectName(QStringLiteral("removeFocalPointButton"));
    auto *bar = new QHBoxLayout;
    bar->addStretch(1);
    bar->addWidget(m_addButton);
    bar->addWidget(m_editButton);
    bar->addWidget(m_removeButton);
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(bar);
    layout->addWidget(m_focalPointsHint);
    layout->addWidget(m_focalPointsView, 1);

    connect(m_addButton, &QPushButton::clicked, this, &DirectoryPage::addFocalPoint);
    connect(m_editButton, &QPushButton::clicked, this, [this] { editFocalPoint(selectedFocalPointUid()); });
    connect(m_removeButton, &QPushButton::clicked, this, &DirectoryPage::removeSelectedFocalPoint);
    connect(m_focalPointsView, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { editFocalPoint(index.data(FocalPointTableModel::UidRole).toString()); });
    connect(m_focalPointsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DirectoryPage::updateActions);
    connect(m_focalPoints, &QAbstractItemModel::modelReset, this, &DirectoryPage::updateActions);
    return tab;
}

QWidget *DirectoryPage::createPresidenciesTab()
{
    auto *tab = new QWidget(this);
    m_presidencies = new PresidencyTableModel(m_editor.repositories(), this);
    m_presidenciesView = tableView(tab, "presidenciesView", tr("Presidencies"));
    m_presidenciesView->setModel(m_presidencies);
    QHeaderView *header = m_presidenciesView->header();
    header->resizeSection(PresidencyTableModel::PartyColumn, 200);
    header->resizeSection(PresidencyTableModel::ConferenceColumn, 320);
    header->resizeSection(PresidencyTableModel::StatusColumn, 110);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_presidenciesView, 1);
    return tab;
}

void DirectoryPage::setLanguage(Language language)
{
    m_language = language;
    m_parties->setLanguage(language);
    m_focalPoints->setLanguage(language);
    m_presidencies->setLanguage(language);
}

void DirectoryPage::applyKind()
{
    const int kind = m_kind->currentData().toInt();
    m_parties->setKindFilter(kind < 0 ? std::nullopt : std::optional<PartyKind>(PartyKind(kind)));
}

QString DirectoryPage::selectedFocalPointUid() const
{
    const QModelIndexList rows = m_focalPointsView->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(FocalPointTableModel::UidRole).toString();
}

QString DirectoryPage::selectedPartyUid() const
{
    const QModelIndexList rows = m_partiesView->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(PartyTableModel::UidRole).toString();
}

void DirectoryPage::updateActions()
{
    access::enableEdit(m_editPartyButton, m_editor, !selectedPartyUid().isEmpty());
    const bool selected = !selectedFocalPointUid().isEmpty();
    access::enableEdit(m_addButton, m_editor);
    access::enableEdit(m_editButton, m_editor, selected);
    access::enableEdit(m_removeButton, m_editor, selected);
    m_focalPointsHint->setVisible(m_focalPoints->rowCount() == 0);
}

void DirectoryPage::showError(const QString &message)
{
    form::showMessage(m_error, message);
}

void DirectoryPage::editParty(const QString &uid)
{
    if (uid.isEmpty() || !access::writable(m_editor))
        return;
    if (m_partyDialog) {
        if (m_partyDialog->party().uid == uid) {
            m_partyDialog->raise();
            return;
        }
        m_partyDialog->close();
    }
    const auto party = m_editor.repositories().parties().byUid(uid);
    if (!party)
        return;
    auto *dialog = new PartyDialog(m_editor, *party, m_language, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The table is filled again after a save: keep the party selected.
    connect(dialog, &PartyDialog::saved, this, [this](const QString &saved) {
        showError(QString());
        const int row = m_parties->rowOf(saved);
        if (row < 0)
            return;
        const QModelIndex index = m_parties->index(row, PartyTableModel::NameEnColumn);
        m_partiesView->setCurrentIndex(index);
        m_partiesView->scrollTo(index);
    });
    m_partyDialog = dialog;
    dialog->open();
}

void DirectoryPage::addFocalPoint()
{
    if (!access::writable(m_editor))
        return;
    FocalPoint f;
    // A new focal point for the party selected on the first tab, if any.
    const QModelIndexList parties = m_partiesView->selectionModel()->selectedRows();
    if (!parties.isEmpty())
        f.partyId = parties.first().data(PartyTableModel::IdRole).toLongLong();
    auto *dialog = new FocalPointDialog(m_editor, f, m_language, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    dialog->open();
}

void DirectoryPage::editFocalPoint(const QString &uid)
{
    if (!access::writable(m_editor))
        return;
    const auto f = m_editor.repositories().focalPoints().byUid(uid);
    if (!f)
        return;
    auto *dialog = new FocalPointDialog(m_editor, *f, m_language, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    dialog->open();
}

void DirectoryPage::removeSelectedFocalPoint()
{
    const QString uid = selectedFocalPointUid();
    if (uid.isEmpty() || !access::writable(m_editor))
        return;
    const Status status = m_editor.removeFocalPoint(uid);
    showError(status ? QString() : tr("The focal point could not be removed: %1").arg(status.error().message));
}

} // namespace pd
