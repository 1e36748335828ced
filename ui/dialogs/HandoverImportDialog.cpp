#include "HandoverImportDialog.h"

#include "HandoverText.h"
#include "MergeReportView.h"
#include "WizardPage.h"
#include "exchange/HandoverImport.h"
#include "i18n/Translation.h"
#include "storage/Database.h"
#include "storage/Repositories.h"
#include "widgets/FormHelpers.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace pd {

namespace {

const QString FolderKey = QStringLiteral("handover/importFolder");

// <folder>/<base><suffix>, else <base>-2<suffix>, ... : a name not yet taken.
QString freeName(const QDir &folder, const QString &base, const QString &suffix)
{
    QString path = folder.filePath(base + suffix);
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = folder.filePath(QStringLiteral("%1-%2%3").arg(base).arg(n).arg(suffix));
    return path;
}

// The path typed in a line edit, absolute; empty when nothing is typed.
QString typedPath(const QLineEdit *edit)
{
    const QString typed = edit->text().trimmed();
    return typed.isEmpty() ? QString() : QFileInfo(QDir::fromNativeSeparators(typed)).absoluteFilePath();
}

QLabel *textLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

// Runs `work` under the wait cursor.
template <typename Work>
auto waiting(Work work)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto result = work();
    QApplication::restoreOverrideCursor();
    return result;
}

// A record of the merge report in words: its code and title, or its name.
QString describe(Repositories &repos, const QString &table, const QString &uid)
{
    const Language language = translation::currentLanguage();
    const auto join = [](const QString &code, const QString &title) {
        return code.isEmpty() ? title : title.isEmpty() ? code : code + QLatin1Char(' ') + title;
    };
    if (table == QLatin1String("meeting")) {
        if (const auto m = repos.meetings().byUid(uid))
            return m->title.text(language);
    } else if (table == QLatin1String("activity")) {
        if (const auto a = repos.activities().byUid(uid))
            return join(a->code, a->title.text(language));
    } else if (table == QLatin1String("document")) {
        if (const auto d = repos.documents().byUid(uid))
            return join(d->code, d->title.text(language));
    } else if (table == QLatin1String("decision")) {
        if (const auto d = repos.decisions().byUid(uid))
            return join(d->number, d->heading.text(language));
    } else if (table == QLatin1String("party")) {
        if (const auto p = repos.parties().byUid(uid))
            return p->name.text(language);
    } else if (table == QLatin1String("presidency")) {
        if (const auto p = repos.presidencies().byUid(uid)) {
            const auto party = repos.parties().byId(p->partyId);
            return join(party ? party->name.text(language) : QString(), p->year ? QString::number(p->year) : QString());
        }
    } else if (table == QLatin1String("working_group")) {
        if (const auto g = repos.workingGroups().byUid(uid))
            return join(g->code, g->name.text(language));
    } else if (table == QLatin1String("focal_point")) {
        if (const auto f = repos.focalPoints().byUid(uid))
            return f->name;
    }
    return {};
}

} // namespace

HandoverImportDialog::HandoverImportDialog(Repositories &repos, QWidget *parent)
    : QWizard(parent), m_repos(repos), m_db(repos.database())
{
    setObjectName(QStringLiteral("handoverImportDialog"));
    setWindowTitle(tr("Import a Handover Package"));
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    if (m_db.isReadOnly() && m_db.readOnlyReason().isEmpty())
        m_mergeRefusal = tr("This database is open read-only: it cannot take a merge.");
    else if (m_db.isReadOnly())
        m_mergeRefusal = tr("This database is open read-only (%1): it cannot take a merge.").arg(m_db.readOnlyReason());
    else if (m_db.path() == QLatin1String(":memory:"))
        m_mergeRefusal = tr("This database is kept in memory only: it cannot take a merge.");
    setPage(PackagePageId, buildPackagePage());
    setPage(ChoicePageId, buildChoicePage());
    setPage(ReportPageId, buildReportPage());
    connect(this, &QWizard::accepted, this, [this] {
        if (!m_created.isEmpty())
            Q_EMIT databaseCreated(m_created);
    });
    resize(680, 500);
}

HandoverImportDialog::~HandoverImportDialog() = default;

QString HandoverImportDialog::backupPathFor(const QString &databasePath, const QDate &date)
{
    const QFileInfo file(databasePath);
    return freeName(file.absoluteDir(),
                    file.completeBaseName() + QStringLiteral(".before-import-") + date.toString(Qt::ISODate),
                    QStringLiteral(".sqlite"));
}

QString HandoverImportDialog::packagePath() const
{
    return typedPath(m_package);
}

QString HandoverImportDialog::newDatabasePath() const
{
    return typedPath(m_newPath);
}

bool HandoverImportDialog::mergeChosen() const
{
    return m_merge->isChecked();
}

void HandoverImportDialog::showError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

WizardPage *HandoverImportDialog::buildPackagePage()
{
    auto *page = new WizardPage(this);
    m_packagePage = page;
    page->setObjectName(QStringLiteral("packagePage"));
    page->setTitle(tr("Handover Package"));
    page->setSubTitle(tr("The .zip file that the outgoing presidency wrote with File > Hand Over; it is checked "
                         "whole before anything is changed."));
    m_package = new QLineEdit(page);
    m_package->setObjectName(QStringLiteral("packagePath"));
    m_package->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("Br&owse…"), page);
    browse->setObjectName(QStringLiteral("packageBrowse"));
    m_refusal = form::errorLabel(QStringLiteral("packageRefusal"), page);

    auto *label = new QLabel(tr("&Package:"), page);
    label->setBuddy(m_package);
    auto *row = new QHBoxLayout;
    row->addWidget(m_package, 1);
    row->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(label, row);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_refusal);
    layout->addStretch();

    connect(m_package, &QLineEdit::textChanged, page, [this, page] {
        showError(m_refusal, QString());
        page->changed();
    });
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder =
            QSettings()
                .value(FolderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                .toString();
        const QString path = QFileDialog::getOpenFileName(this, tr("Handover Package"), folder,
                                                          tr("Handover packages (*.zip);;All files (*)"));
        if (!path.isEmpty())
            m_package->setText(QDir::toNativeSeparators(path));
    });
    page->complete = [this] { return QFileInfo(packagePath()).isFile(); };
    page->validate = [this] { return verifyPackage(); };
    return page;
}

WizardPage *HandoverImportDialog::buildChoicePage()
{
    auto *page = new WizardPage(this);
    m_choicePage = page;
    page->setObjectName(QStringLiteral("choicePage"));
    page->setTitle(tr("What the Package Holds"));
    page->setSubTitle(tr("Open it as a new database, or merge it into this one record by record."));
    page->setButtonText(QWizard::CommitButton, tr("&Merge"));
    page->setButtonText(QWizard::FinishButton, tr("&Create and Open"));

    m_contents = textLabel(QStringLiteral("packageContents"), page);
    m_asNew = new QRadioButton(tr("Open as a ne&w database"), page);
    m_asNew->setObjectName(QStringLiteral("importAsNew"));
    m_asNew->setChecked(true);
    m_newPath = new QLineEdit(page);
    m_newPath->setObjectName(QStringLiteral("newDatabasePath"));
    m_newPath->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("Br&owse…"), page);
    browse->setObjectName(QStringLiteral("newDatabaseBrowse"));
    m_newPathNote = form::errorLabel(QStringLiteral("newDatabaseNote"), page);
    m_merge = new QRadioButton(tr("Merge &into this database"), page);
    m_merge->setObjectName(QStringLiteral("importMerge"));
    m_mergeNote = form::messageLabel(QStringLiteral("mergeNote"), page, form::Tone::Warning);
    m_importError = form::errorLabel(QStringLiteral("importError"), page);

    auto *newPathLabel = new QLabel(tr("New database &file:"), page);
    newPathLabel->setBuddy(m_newPath);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(newPathLabel);
    pathRow->addWidget(m_newPath, 1);
    pathRow->addWidget(browse);
    auto *newBox = new QVBoxLayout;
    newBox->setContentsMargins(24, 0, 0, 0);
    newBox->addLayout(pathRow);
    newBox->addWidget(m_newPathNote);
    auto *mergeBox = new QVBoxLayout;
    mergeBox->setContentsMargins(24, 0, 0, 0);
    mergeBox->addWidget(m_mergeNote);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_contents);
    layout->addSpacing(12);
    layout->addWidget(m_asNew);
    layout->addLayout(newBox);
    layout->addWidget(m_merge);
    layout->addLayout(mergeBox);
    layout->addWidget(m_importError);
    layout->addStretch();

    m_merge->setEnabled(m_mergeRefusal.isEmpty());
    const auto update = [this, page, browse] {
        const bool merge = mergeChosen();
        // A merge is committed (no way back) and leads to its report; a new file ends here.
        // (setCommitPage() makes the wizard ask nextId() again and show its buttons.)
        page->setCommitPage(merge);
        m_newPath->setEnabled(!merge);
        browse->setEnabled(!merge);
        if (!m_mergeRefusal.isEmpty())
            m_mergeNote->setText(m_mergeRefusal);
        else
            m_mergeNote->setText(tr("A merge cannot be undone from Edit > Undo, and it clears the undo history. A "
                                    "copy of this database is saved first, to %1.")
                                     .arg(QDir::toNativeSeparators(backupPathFor(m_db.path(), QDate::currentDate()))));
        m_mergeNote->setVisible(merge || !m_mergeRefusal.isEmpty());
        showError(m_importError, QString());
        updateNewPathNote();
        page->changed();
    };
    connect(m_merge, &QRadioButton::toggled, page, update);
    connect(m_newPath, &QLineEdit::textChanged, page, [this, page] {
        updateNewPathNote();
        page->changed();
    });
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("New Database"), newDatabasePath(),
                                                          tr("Presidency Desk databases (*.sqlite)"));
        if (!path.isEmpty())
            m_newPath->setText(QDir::toNativeSeparators(path));
    });
    update();

    page->next = [this] { return mergeChosen() ? int(ReportPageId) : -1; };
    page->complete = [this] {
        if (mergeChosen())
            return m_mergeRefusal.isEmpty();
        const QFileInfo file(newDatabasePath());
        return !newDatabasePath().isEmpty() && !file.exists() && file.absoluteDir().exists();
    };
    page->validate = [this] { return importPackage(); };
    return page;
}

WizardPage *HandoverImportDialog::buildReportPage()
{
    auto *page = new WizardPage(this);
    page->setObjectName(QStringLiteral("reportPage"));
    page->setTitle(tr("Merged"));
    page->setSubTitle(tr("The package is merged. Records changed on both sides keep this database's version."));
    m_reportView = new MergeReportView(page);
    m_reportView->setDescriber(
        [this](const QString &table, const QString &uid) { return describe(m_repos, table, uid); });
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_reportView);
    return page;
}

void HandoverImportDialog::updateNewPathNote()
{
    const QString path = newDatabasePath();
    const QFileInfo file(path);
    QString note;
    if (mergeChosen() || path.isEmpty())
        note.clear();
    else if (file.exists())
        note = tr("%1 exists: choose a new file name.").arg(file.fileName());
    else if (!file.absoluteDir().exists())
        note = tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(file.absolutePath()));
    showError(m_newPathNote, note);
}

bool HandoverImportDialog::verifyPackage()
{
    const QString path = packagePath();
    m_import = std::make_unique<HandoverImport>();
    const Status verified = waiting([this, &path] { return m_import->verify(path); });
    if (!verified) {
        m_import.reset();
        showError(m_refusal, tr("Refused: %1").arg(verified.error().message.simplified()));
        return false;
    }
    QSettings().setValue(FolderKey, QFileInfo(path).absolutePath());
    m_contents->setText(HandoverText::contents(m_import->manifest()));
    // The new database beside the package, named after it.
    const QFileInfo package(path);
    m_newPath->setText(QDir::toNativeSeparators(
        freeName(package.absoluteDir(), package.completeBaseName(), QStringLiteral(".sqlite"))));
    return true;
}

bool HandoverImportDialog::importPackage()
{
    showError(m_importError, QString());
    if (!m_import)
        return false;
    if (mergeChosen())
        return mergePackage();
    const QString path = newDatabasePath();
    const Result<ImportReport> report = waiting([this, &path] { return m_import->newDatabase(path); });
    if (!report) {
        showError(m_importError, tr("Not imported: %1").arg(report.error().message.simplified()));
        return false;
    }
    m_report = std::make_unique<ImportReport>(*report);
    m_created = path;
    return true;
}

bool HandoverImportDialog::mergePackage()
{
    // A copy first, beside the database; it goes again when the merge does not happen.
    const QString backup = backupPathFor(m_db.path(), QDate::currentDate());
    const Status copied = waiting([this, &backup] { return m_db.saveCopy(backup); });
    if (!copied) {
        showError(m_importError, tr("No copy of the database could be saved, so nothing is merged: %1")
                                     .arg(copied.error().message.simplified()));
        return false;
    }
    const Result<ImportReport> report = waiting([this] { return m_import->merge(m_db); });
    if (!report) {
        QFile::remove(backup);
        showError(m_importError,
                  tr("Not merged, the database is as it was: %1").arg(report.error().message.simplified()));
        return false;
    }
    m_backup = backup;
    m_report = std::make_unique<ImportReport>(*report);
    m_reportView->setReport(report->merge, backup);
    Q_EMIT merged();
    return true;
}

} // namespace pd
