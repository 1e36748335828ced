#include "ReportDialog.h"

#include "reports/ReportWriter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace pd {

namespace {
const QString LanguagesKey = QStringLiteral("reports/languages");
const QString PaperKey = QStringLiteral("reports/paper");
const QString ParticipantsKey = QStringLiteral("reports/participants");
const QString FolderKey = QStringLiteral("reports/folder");
} // namespace

ReportDialog::ReportDialog(const QString &title, Builder builder, Extras extras, QWidget *parent)
    : QDialog(parent), m_builder(std::move(builder))
{
    setObjectName(QStringLiteral("reportDialog"));
    setWindowTitle(title);
    QSettings settings;

    m_languages = new QComboBox(this);
    m_languages->setObjectName(QStringLiteral("reportLanguages"));
    m_languages->addItem(tr("English"), int(ReportLanguages::English));
    m_languages->addItem(tr("Spanish"), int(ReportLanguages::Spanish));
    m_languages->addItem(tr("English and Spanish"), int(ReportLanguages::Both));
    m_languages->setCurrentIndex(qMax(0, m_languages->findData(settings.value(LanguagesKey, 0).toInt())));

    m_paper = new QComboBox(this);
    m_paper->setObjectName(QStringLiteral("reportPaper"));
    m_paper->addItem(tr("A4"), int(PaperSize::A4));
    m_paper->addItem(tr("Letter"), int(PaperSize::Letter));
    m_paper->setCurrentIndex(qMax(0, m_paper->findData(settings.value(PaperKey, 0).toInt())));

    auto *form = new QFormLayout;
    form->addRow(tr("&Languages:"), m_languages);
    form->addRow(tr("&Paper:"), m_paper);
    if (extras == Extras::Participants) {
        m_participants = new QCheckBox(tr("List the &participants"), this);
        m_participants->setObjectName(QStringLiteral("reportParticipants"));
        m_participants->setChecked(settings.value(ParticipantsKey, true).toBool());
        form->addRow(QString(), m_participants);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *previewButton = buttons->addButton(tr("Print Pre&view…"), QDialogButtonBox::ActionRole);
    previewButton->setObjectName(QStringLiteral("reportPreview"));
    QPushButton *printButton = buttons->addButton(tr("P&rint…"), QDialogButtonBox::ActionRole);
    printButton->setObjectName(QStringLiteral("reportPrint"));
    QPushButton *pdfButton = buttons->addButton(tr("Export P&DF…"), QDialogButtonBox::ActionRole);
    pdfButton->setObjectName(QStringLiteral("reportExportPdf"));
    QPushButton *odtButton = buttons->addButton(tr("Export &ODT…"), QDialogButtonBox::ActionRole);
    odtButton->setObjectName(QStringLiteral("reportExportOdt"));
    connect(previewButton, &QPushButton::clicked, this, &ReportDialog::preview);
    connect(printButton, &QPushButton::clicked, this, &ReportDialog::print);
    connect(pdfButton, &QPushButton::clicked, this, [this] { exportTo(QStringLiteral("pdf")); });
    connect(odtButton, &QPushButton::clicked, this, [this] { exportTo(QStringLiteral("odt")); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_languages, &QComboBox::currentIndexChanged, this, &ReportDialog::remember);
    connect(m_paper, &QComboBox::currentIndexChanged, this, &ReportDialog::remember);
    if (m_participants)
        connect(m_participants, &QCheckBox::toggled, this, &ReportDialog::remember);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

ReportOptions ReportDialog::options() const
{
    ReportOptions o;
    o.languages = ReportLanguages(m_languages->currentData().toInt());
    o.paper = PaperSize(m_paper->currentData().toInt());
    o.participants = !m_participants || m_participants->isChecked();
    return o;
}

void ReportDialog::remember() const
{
    QSettings settings;
    settings.setValue(LanguagesKey, m_languages->currentData());
    settings.setValue(PaperKey, m_paper->currentData());
    if (m_participants)
        settings.setValue(ParticipantsKey, m_participants->isChecked());
}

bool ReportDialog::paintOn(QPrinter &printer)
{
    Result<Report> report = m_builder(options());
    if (!report) {
        QMessageBox::warning(this, windowTitle(), report.error().message);
        return false;
    }
    reportwriter::paint(*report, printer);
    return true;
}

void ReportDialog::preview()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(windowTitle());
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *p) { paintOn(*p); });
    dialog.exec();
}

void ReportDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    if (m_printerSetup) {
        if (m_printerSetup(printer))
            paintOn(printer);
        return;
    }
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        paintOn(printer);
}

void ReportDialog::exportTo(const QString &suffix)
{
    QSettings settings;
    const QString folder = settings.value(FolderKey, QDir::homePath()).toString();
    const QString filter =
        suffix == QLatin1String("pdf") ? tr("PDF documents (*.pdf)") : tr("OpenDocument text (*.odt)");
    QString path =
        m_fileChooser ? m_fileChooser(suffix) : QFileDialog::getSaveFileName(this, tr("Export"), folder, filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1Char('.') + suffix, Qt::CaseInsensitive))
        path += QLatin1Char('.') + suffix;
    settings.setValue(FolderKey, QFileInfo(path).absolutePath());
    Result<Report> report = m_builder(options());
    if (!report) {
        QMessageBox::warning(this, windowTitle(), report.error().message);
        return;
    }
    if (const Status written = reportwriter::write(*report, path); !written)
        QMessageBox::warning(this, windowTitle(), written.error().message);
}

} // namespace pd
