#pragma once

#include <QObject>

class QMenu;

namespace pd {

class MainWindow;

/*
 * The handover package in the main window: File > Hand Over… (HandoverExportWizard)
 * and File > Import Handover Package… (HandoverImportDialog); beside them File > Import
 * Conclusions… (ConclusionsImportDialog), which writes through the editor. A package imported as a
 * new database opens in its own window (as File > Open does); one merged into this
 * database makes the window reload its pages and clear the undo history, since the
 * merge writes beneath the repositories and no command could undo it.
 */
class HandoverActions : public QObject
{
    Q_OBJECT
public:
    explicit HandoverActions(MainWindow &window);

    // Adds the three actions to the File menu (again after each rebuild of the menus).
    void addTo(QMenu *file);
    void handOver();
    void importPackage();
    // File > Import Conclusions… (ConclusionsImportDialog): one undoable step.
    void importConclusions();

private:
    MainWindow &m_window;
};

} // namespace pd
