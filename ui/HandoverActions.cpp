#include "HandoverActions.h"

#include "MainWindow.h"
#include "dialogs/ConclusionsImportDialog.h"
#include "dialogs/HandoverExportWizard.h"
#include "dialogs/HandoverImportDialog.h"

#include <QAction>
#include <QMenu>
#include <QStatusBar>

namespace pd {

HandoverActions::HandoverActions(MainWindow &window) : QObject(&window), m_window(window) {}

void HandoverActions::addTo(QMenu *file)
{
    // Both work on a read-only database: the export only reads, and the import can still
    // create a new file; it offers no merge there.
    file->addAction(tr("&Hand Over…"), this, &HandoverActions::handOver)
        ->setObjectName(QStringLiteral("handoverExportAction"));
    file->addAction(tr("&Import Handover Package…"), this, &HandoverActions::importPackage)
        ->setObjectName(QStringLiteral("handoverImportAction"));
    file->addAction(tr("Import Conc&lusions…"), this, &HandoverActions::importConclusions)
        ->setObjectName(QStringLiteral("conclusionsImportAction"));
}

void HandoverActions::handOver()
{
    auto *wizard = new HandoverExportWizard(m_window.database(), m_window.repositories(), &m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->open();
}

void HandoverActions::importPackage()
{
    auto *dialog = new HandoverImportDialog(m_window.repositories(), &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &HandoverImportDialog::databaseCreated, &m_window, &MainWindow::openDatabaseFile);
    connect(dialog, &HandoverImportDialog::merged, &m_window, &MainWindow::reload);
    dialog->open();
}

void HandoverActions::importConclusions()
{
    auto *dialog = new ConclusionsImportDialog(m_window.editor(), &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, &m_window,
            [this, dialog] { m_window.statusBar()->showMessage(dialog->resultMessage(), 10000); });
    dialog->open();
}

} // namespace pd
