#include "HandoverExportWizard.h"

#include "HandoverText.h"
#include "WizardPage.h"
#include "exchange/HandoverExport.h"
#include "i18n/Translation.h"
#include "storage/Repositories.h"
#include "widgets/FormHelpers.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <algorithm>

namespace pd {

namespace {

const QString FolderKey = QStringLiteral("handover/exportFolder");

QLabel *textLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QString partyName(const Party &party)
{
    return party.name.text(translation::currentLanguage());
}

} // namespace

HandoverExportWizard::HandoverExportWizard(Database &db, Repositories &repos, QWidget *parent)
    : QWizard(parent), m_db(db), m_repos(repos)
{
    setObjectName(QStringLiteral("handoverExportWizard"));
    setWindowTitle(tr("Hand Over to the Incoming Presidency"));
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    if (const auto current = repos.currentPresidency()) {
        if (const auto party = repos.parties().byId(current->partyId))
            m_fromCode = party->code;
    }
    setPage(ChoicePageId, buildChoicePage());
    setPage(FilePageId, buildFilePage());
    setPage(SummaryPageId, buildSummaryPage());
    setPage(DonePageId, buildDonePage());
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id != SummaryPageId)
            return;
        const auto to = HandoverExport::findCountry(m_repos, incomingCode());
        const auto from = m_fromCode.isEmpty() ? std::nullopt : m_repos.parties().byCode(m_fromCode);
        QStringList lines;
        lines << tr("From: %1").arg(from ? partyName(*from) : tr("no current presidency is recorded"))
              << tr("To: %1").arg(to ? partyName(*to) : incomingCode())
              << (m_excludePersonal->isChecked() ? tr("Personal data of focal points: left out")
                                                 : tr("Personal data of focal points: included"))
              << tr("File: %1").arg(QDir::toNativeSeparators(packagePath())) << QString()
              << tr("The package holds a snapshot of the database, one CSV file per kind of record, the "
                    "calendar (calendar.ics), the handover briefing (briefing.pdf) and the documents' "
                    "attachments. Writing it changes nothing in this database.");
        m_summary->setText(lines.join(QLatin1Char('\n')));
        m_error->hide();
    });
    resize(640, 440);
}

QString HandoverExportWizard::defaultFileName(const QString &from, const QString &to, const QDate &date)
{
    const QString day = date.toString(Qt::ISODate);
    return from.isEmpty() ? QStringLiteral("handover-to-%1-%2.zip").arg(to, day)
                          : QStringLiteral("handover-%1-to-%2-%3.zip").arg(from, to, day);
}

QString HandoverExportWizard::incomingCode() const
{
    return m_incoming->currentData().toString();
}

QString HandoverExportWizard::packagePath() const
{
    const QString typed = m_path->text().trimmed();
    return typed.isEmpty() ? QString() : QFileInfo(QDir::fromNativeSeparators(typed)).absoluteFilePath();
}

WizardPage *HandoverExportWizard::buildChoicePage()
{
    auto *page = new WizardPage(this);
    page->setObjectName(QStringLiteral("choicePage"));
    page->setTitle(tr("Incoming Presidency"));
    page->setSubTitle(tr("The package carries this database to the country that takes over the Presidency "
                         "Pro-Tempore."));

    m_incoming = new QComboBox(page);
    m_incoming->setObjectName(QStringLiteral("incomingCombo"));
    m_incoming->setPlaceholderText(tr("Choose a member country"));
    QList<Party> countries;
    for (const Party &p : m_repos.parties().members()) {
        if (p.kind == PartyKind::Country && p.code != m_fromCode)
            countries.append(p);
    }
    std::sort(countries.begin(), countries.end(),
              [](const Party &a, const Party &b) { return partyName(a).localeAwareCompare(partyName(b)) < 0; });
    for (const Party &p : std::as_const(countries))
        m_incoming->addItem(partyName(p), p.code);

    // The incoming presidency recorded in the Directory, if there is one.
    auto *note = textLabel(QStringLiteral("incomingNote"), page);
    const auto conference = m_repos.conference();
    const auto incoming =
        conference ? m_repos.presidencies().withStatus(conference->id, PresidencyStatus::Incoming) : std::nullopt;
    const auto incomingParty = incoming ? m_repos.parties().byId(incoming->partyId) : std::nullopt;
    m_incoming->setCurrentIndex(incomingParty ? m_incoming->findData(incomingParty->code) : -1);
    note->setText(m_incoming->currentIndex() >= 0
                      ? tr("%1 is the incoming presidency recorded in the Directory.").arg(partyName(*incomingParty))
                      : tr("No incoming presidency is recorded in the Directory: choose the country that takes "
                           "over."));

    m_excludePersonal = new QCheckBox(tr("&Leave out personal data (the focal points marked as personal data)"), page);
    m_excludePersonal->setObjectName(QStringLiteral("excludePersonalData"));

    auto *incomingLabel = new QLabel(tr("&Incoming presidency:"), page);
    incomingLabel->setBuddy(m_incoming);
    auto *form = new QFormLayout;
    form->addRow(incomingLabel, m_incoming);
    form->addRow(QString(), note);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addSpacing(12);
    layout->addWidget(m_excludePersonal);
    layout->addStretch();

    page->complete = [this] { return m_incoming->currentIndex() >= 0; };
    connect(m_incoming, &QComboBox::currentIndexChanged, page, [this, page] {
        page->changed();
        if (!m_pathEdited)
            suggestPath();
    });
    return page;
}

WizardPage *HandoverExportWizard::buildFilePage()
{
    auto *page = new WizardPage(this);
    m_filePage = page;
    page->setObjectName(QStringLiteral("filePage"));
    page->setTitle(tr("Package File"));
    page->setSubTitle(tr("Where the package is written: one .zip file to send to the incoming presidency."));

    m_path = new QLineEdit(page);
    m_path->setObjectName(QStringLiteral("packagePath"));
    m_path->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("Br&owse…"), page);
    browse->setObjectName(QStringLiteral("browseButton"));
    m_fileNote = form::messageLabel(QStringLiteral("packageNote"), page, form::Tone::Warning);

    auto *pathLabel = new QLabel(tr("&Package file:"), page);
    pathLabel->setBuddy(m_path);
    auto *row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(pathLabel, row);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_fileNote);
    layout->addStretch();

    // The default name follows the incoming presidency until a path is typed or chosen.
    suggestPath();
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_pathEdited = true; });
    connect(m_path, &QLineEdit::textChanged, this, &HandoverExportWizard::updateFileNote);
    connect(browse, &QPushButton::clicked, this, &HandoverExportWizard::browse);
    updateFileNote();

    page->complete = [this] {
        const QFileInfo file(packagePath());
        return !packagePath().isEmpty() && file.absoluteDir().exists() && !file.isDir();
    };
    page->validate = [this] {
        // A name typed without a suffix gets .zip.
        if (QFileInfo(packagePath()).suffix().isEmpty())
            m_path->setText(QDir::toNativeSeparators(packagePath() + QStringLiteral(".zip")));
        QSettings().setValue(FolderKey, QFileInfo(packagePath()).absolutePath());
        return true;
    };
    return page;
}

void HandoverExportWizard::suggestPath()
{
    const QString folder =
        QSettings().value(FolderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    const QString code = incomingCode();
    m_path->setText(code.isEmpty() ? QString()
                                   : QDir::toNativeSeparators(QDir(folder).filePath(
                                         defaultFileName(m_fromCode, code, QDate::currentDate()))));
}

void HandoverExportWizard::updateFileNote()
{
    const QString path = packagePath();
    const QFileInfo file(path);
    QString note;
    if (!path.isEmpty() && !file.absoluteDir().exists())
        note = tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(file.absolutePath()));
    else if (file.isDir())
        note = tr("%1 is a folder: give a file name.").arg(QDir::toNativeSeparators(path));
    else if (file.exists())
        note = tr("%1 exists and is replaced when the package is written.").arg(file.fileName());
    m_fileNote->setText(note);
    m_fileNote->setVisible(!note.isEmpty());
    if (m_filePage)
        m_filePage->changed();
}

void HandoverExportWizard::browse()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Package File"), packagePath(), tr("Handover packages (*.zip)"));
    if (path.isEmpty())
        return;
    m_pathEdited = true;
    m_path->setText(QDir::toNativeSeparators(path));
}

WizardPage *HandoverExportWizard::buildSummaryPage()
{
    auto *page = new WizardPage(this);
    page->setObjectName(QStringLiteral("summaryPage"));
    page->setTitle(tr("Summary"));
    page->setSubTitle(tr("Export writes the package. It may take a minute on a large database."));
    page->setCommitPage(true);
    page->setButtonText(QWizard::CommitButton, tr("&Export"));
    m_summary = textLabel(QStringLiteral("exportSummary"), page);
    m_error = form::errorLabel(QStringLiteral("exportError"), page);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addStretch();
    page->validate = [this] { return exportPackage(); };
    return page;
}

WizardPage *HandoverExportWizard::buildDonePage()
{
    auto *page = new WizardPage(this);
    page->setObjectName(QStringLiteral("donePage"));
    page->setTitle(tr("Package Written"));
    page->setSubTitle(tr("Send the file to the incoming presidency. They open it with File > Import Handover "
                         "Package…"));
    m_result = textLabel(QStringLiteral("exportResult"), page);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_result);
    layout->addStretch();
    return page;
}

bool HandoverExportWizard::exportPackage()
{
    m_error->hide();
    const auto to = HandoverExport::findCountry(m_repos, incomingCode());
    if (!to) {
        m_error->setText(tr("Choose the incoming presidency on the first page."));
        m_error->show();
        return false;
    }
    HandoverOptions options;
    options.excludePersonalData = m_excludePersonal->isChecked();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<HandoverManifest> written = HandoverExport::write(m_db, *to, packagePath(), options);
    QApplication::restoreOverrideCursor();
    if (!written) {
        m_error->setText(tr("The package was not written: %1").arg(written.error().message.simplified()));
        m_error->show();
        return false;
    }
    m_manifest = *written;
    m_result->setText(tr("Wrote %1 for %2.").arg(QDir::toNativeSeparators(packagePath()), partyName(*to)) +
                      QLatin1Char('\n') + tr("Records: %1").arg(HandoverText::counts(written->counts)));
    return true;
}

} // namespace pd
