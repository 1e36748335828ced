#pragma once

#include "Result.h"
#include "reports/Report.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QPrinter;

namespace pd {

/*
 * Prints one report: its options (languages, paper, and the participants for an agenda
 * sheet), then Print Preview, Print, Export PDF or Export ODT. The report is built
 * afresh for each, from the options chosen; the options are remembered (QSettings,
 * "reports/…"). The main window hands it a builder, e.g.
 *   [&repos, uid](const ReportOptions &o) { return reports::agendaSheet(repos, uid, o); }
 */
class ReportDialog : public QDialog
{
    Q_OBJECT
public:
    using Builder = std::function<Result<Report>(const ReportOptions &)>;
    enum class Extras
    {
        None,
        Participants // the agenda sheet's "list the participants"
    };

    ReportDialog(const QString &title, Builder builder, Extras extras = Extras::None, QWidget *parent = nullptr);

    ReportOptions options() const;

    // Test hooks in place of the modal dialogs: the file to export to (for the suffix
    // "pdf" or "odt"; empty to cancel), and the printer's setup (false to cancel).
    using FileChooser = std::function<QString(const QString &suffix)>;
    using PrinterSetup = std::function<bool(QPrinter &)>;
    void setFileChooser(FileChooser chooser) { m_fileChooser = std::move(chooser); }
    void setPrinterSetup(PrinterSetup setup) { m_printerSetup = std::move(setup); }

private:
    void preview();
    void print();
    void exportTo(const QString &suffix);
    // Builds and paints the report on `printer`; false (after saying why) when it failed.
    bool paintOn(QPrinter &printer);
    void remember() const;

    Builder m_builder;
    FileChooser m_fileChooser;
    PrinterSetup m_printerSetup;
    QComboBox *m_languages = nullptr;
    QComboBox *m_paper = nullptr;
    QCheckBox *m_participants = nullptr;
};

} // namespace pd
