// The handover package from the main window, driven as a user would under the offscreen
// platform: File > Hand Over… writes a package through its wizard; File > Import Handover
// Package… opens one as a new database in the main window, or merges it into the open
// one (a copy first, the report with its table, the page showing the merged record, the
// undo history cleared), refuses a bad file in one line without changing anything, and
// offers no merge into a read-only database. With PD_SHOTS_DIR set, each page is saved
// there as a PNG.

#include "MainWindow.h"
#include "TestSupport.h"
#include "commands/Editor.h"
#include "dialogs/HandoverExportWizard.h"
#include "dialogs/HandoverImportDialog.h"
#include "exchange/HandoverExport.h"
#include "exchange/HandoverImport.h"
#include "pages/ActivitiesPage.h"
#include "storage/Repositories.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace pd;

class TestGuiHandover : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_mexico;  // the outgoing presidency's database
    QString m_package; // written by the wizard

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static void shot(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("PD_SHOTS_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QApplication::processEvents();
        widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
    }

    static std::unique_ptr<MainWindow> showWindow(std::unique_ptr<Database> db)
    {
        if (!db)
            return nullptr;
        auto window = std::make_unique<MainWindow>(std::move(db));
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return nullptr;
        return window;
    }

    static std::unique_ptr<Database> open(const QString &file)
    {
        auto db = Database::open(file);
        return db ? std::move(*db) : nullptr;
    }

    template <typename T>
    static T *child(QObject *parent, const QString &name)
    {
        T *found = parent->findChild<T *>(name);
        if (!found)
            qWarning() << "no" << name;
        return found;
    }

    static HandoverImportDialog *startImport(MainWindow &window, const QString &package)
    {
        window.findChild<QAction *>(QStringLiteral("handoverImportAction"))->trigger();
        auto *dialog = window.findChild<HandoverImportDialog *>(QStringLiteral("handoverImportDialog"));
        if (!dialog || !dialog->isVisible())
            return nullptr;
        auto *edit =
            dialog->page(HandoverImportDialog::PackagePageId)->findChild<QLineEdit *>(QStringLiteral("packagePath"));
        edit->setFocus();
        QTest::keyClicks(edit, QDir::toNativeSeparators(package));
        return dialog;
    }

    static void click(QWizard *wizard, QWizard::WizardButton which)
    {
        QAbstractButton *button = wizard->button(which);
        QVERIFY2(button->isVisible() && button->isEnabled(), qPrintable(button->text()));
        QTest::mouseClick(button, Qt::LeftButton);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings().clear();
        m_mexico = path(QStringLiteral("mexico.sqlite"));
        QVERIFY(test::rcmDatabase(m_mexico));
    }

    void init() { QSettings().clear(); }

    void exportWizardWritesThePackage()
    {
        auto window = showWindow(open(m_mexico));
        QVERIFY(window);
        window->findChild<QAction *>(QStringLiteral("handoverExportAction"))->trigger();
        auto *wizard = window->findChild<HandoverExportWizard *>(QStringLiteral("handoverExportWizard"));
        QVERIFY(wizard && wizard->isVisible());

        // The incoming presidency recorded in the Directory is proposed; the outgoing one is not offered.
        auto *incoming = child<QComboBox>(wizard, QStringLiteral("incomingCombo"));
        QCOMPARE(incoming->currentData().toString(), QStringLiteral("SV"));
        QCOMPARE(incoming->findData(QStringLiteral("MX")), -1);
        QVERIFY(
            child<QLabel>(wizard, QStringLiteral("incomingNote"))->text().startsWith(QStringLiteral("El Salvador")));
        auto *personal = child<QCheckBox>(wizard, QStringLiteral("excludePersonalData"));
        personal->setFocus();
        QTest::keyClick(personal, Qt::Key_Space);
        QVERIFY(personal->isChecked());
        shot(wizard, QStringLiteral("export-1-presidency"));
        click(wizard, QWizard::NextButton);

        // The default file: in the documents folder, named after both presidencies and the day.
        QCOMPARE(wizard->currentId(), int(HandoverExportWizard::FilePageId));
        auto *file = child<QLineEdit>(wizard, QStringLiteral("packagePath"));
        const QFileInfo proposed(QDir::fromNativeSeparators(file->text()));
        QCOMPARE(proposed.fileName(),
                 QStringLiteral("handover-MX-to-SV-%1.zip").arg(QDate::currentDate().toString(Qt::ISODate)));
        QCOMPARE(proposed.absolutePath(),
                 QFileInfo(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).absoluteFilePath());
        // A folder that does not exist is said, and Next waits.
        file->selectAll();
        QTest::keyClicks(file, path(QStringLiteral("missing/package.zip")));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        QVERIFY(child<QLabel>(wizard, QStringLiteral("packageNote"))->isVisibleTo(wizard));
        // A file that cannot be written: the error in one line on the summary page, nothing left.
        file->selectAll();
        QTest::keyClicks(file, QStringLiteral("/proc/handover-test.zip"));
        click(wizard, QWizard::NextButton);
        click(wizard, QWizard::CommitButton);
        QCOMPARE(wizard->currentId(), int(HandoverExportWizard::SummaryPageId));
        auto *error = child<QLabel>(wizard, QStringLiteral("exportError"));
        QVERIFY(error->isVisibleTo(wizard));
        QVERIFY2(error->text().startsWith(QStringLiteral("The package was not written: ")) &&
                     !error->text().contains(QLatin1Char('\n')),
                 qPrintable(error->text()));
        QVERIFY(!QFileInfo::exists(QStringLiteral("/proc/handover-test.zip")));
        shot(wizard, QStringLiteral("export-3-error"));
        click(wizard, QWizard::BackButton);

        file->selectAll();
        QTest::keyClicks(file, path(QStringLiteral("package")));
        shot(wizard, QStringLiteral("export-2-file"));
        click(wizard, QWizard::NextButton);
        QVERIFY(!error->isVisibleTo(wizard));

        QCOMPARE(wizard->currentId(), int(HandoverExportWizard::SummaryPageId));
        m_package = path(QStringLiteral("package.zip")); // .zip added
        QCOMPARE(wizard->packagePath(), m_package);
        const QString summary = child<QLabel>(wizard, QStringLiteral("exportSummary"))->text();
        QVERIFY2(summary.contains(QStringLiteral("To: El Salvador")) &&
                     summary.contains(QStringLiteral("From: Mexico")) && summary.contains(QStringLiteral("left out")),
                 qPrintable(summary));
        QCOMPARE(wizard->button(QWizard::CommitButton)->text(), QStringLiteral("&Export"));
        shot(wizard, QStringLiteral("export-3-summary"));
        click(wizard, QWizard::CommitButton);

        QCOMPARE(wizard->currentId(), int(HandoverExportWizard::DonePageId));
        QVERIFY(wizard->manifest());
        const QString result = child<QLabel>(wizard, QStringLiteral("exportResult"))->text();
        QVERIFY2(result.contains(QStringLiteral("meetings: ")) && result.contains(QStringLiteral("package.zip")),
                 qPrintable(result));
        shot(wizard, QStringLiteral("export-4-done"));
        click(wizard, QWizard::FinishButton);
        QVERIFY(!wizard->isVisible());

        // The zip is there with its manifest, and passes the importer's checks.
        QVERIFY(QFileInfo(m_package).isFile());
        HandoverImport check;
        const Status verified = check.verify(m_package);
        QVERIFY2(verified, qPrintable(verified ? QString() : verified.error().message));
        QCOMPARE(check.manifest().to.code, QStringLiteral("SV"));
        QCOMPARE(check.manifest().from.code, QStringLiteral("MX"));
        QVERIFY(!check.manifest().personalData);
        QVERIFY(check.manifest().counts.value(QStringLiteral("meetings")) > 0);
    }

    void importAsANewDatabaseOpensIt()
    {
        QVERIFY(!m_package.isEmpty());
        auto *window = new MainWindow(test::rcmDatabase(path(QStringLiteral("other.sqlite"))));
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        HandoverImportDialog *dialog = startImport(*window, m_package);
        QVERIFY(dialog);
        shot(dialog, QStringLiteral("import-1-package"));
        click(dialog, QWizard::NextButton);

        QCOMPARE(dialog->currentId(), int(HandoverImportDialog::ChoicePageId));
        const QString contents = child<QLabel>(dialog, QStringLiteral("packageContents"))->text();
        QVERIFY2(contents.contains(QStringLiteral("From: Mexico (MX)")) &&
                     contents.contains(QStringLiteral("To: El Salvador (SV)")) &&
                     contents.contains(QStringLiteral("Created: ")) && contents.contains(QStringLiteral("meetings: ")),
                 qPrintable(contents));
        QVERIFY(child<QRadioButton>(dialog, QStringLiteral("importAsNew"))->isChecked());
        auto *newPath = child<QLineEdit>(dialog, QStringLiteral("newDatabasePath"));
        QCOMPARE(QDir::fromNativeSeparators(newPath->text()), path(QStringLiteral("package.sqlite")));
        const QString target = path(QStringLiteral("salvador.sqlite"));
        newPath->selectAll();
        QTest::keyClicks(newPath, target);
        QCOMPARE(dialog->button(QWizard::FinishButton)->text(), QStringLiteral("&Create and Open"));
        shot(dialog, QStringLiteral("import-2-choice"));
        click(dialog, QWizard::FinishButton);

        // The new file opens in the main window (which replaces the old one) and is remembered.
        MainWindow *opened = nullptr;
        QTRY_VERIFY([&] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (auto *m = qobject_cast<MainWindow *>(w); m && m->isVisible() && m->database().path() == target)
                    opened = m;
            }
            return opened != nullptr;
        }());
        QVERIFY(
            child<QLabel>(opened, QStringLiteral("databaseLabel"))->text().contains(QStringLiteral("salvador.sqlite")));
        QCOMPARE(child<QLabel>(opened, QStringLiteral("presidencyLabel"))->text(),
                 QStringLiteral("Presidency Pro-Tempore: El Salvador"));
        QCOMPARE(MainWindow::recentFiles().value(0), target);
        opened->setAttribute(Qt::WA_DeleteOnClose);
        opened->close();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }

    void mergeShowsTheReportAndTheMergedRecord()
    {
        // El Salvador received the first package; since then both sides changed activities.
        const QString target = path(QStringLiteral("merge-target.sqlite"));
        {
            HandoverImport import;
            QVERIFY(import.verify(m_package));
            QVERIFY(import.newDatabase(target));
        }
        Activity theirs, both;
        const QString second = path(QStringLiteral("second.zip"));
        {
            auto mexico = open(m_mexico);
            QVERIFY(mexico);
            Repositories repos(*mexico);
            theirs = *repos.activities().byCode(QStringLiteral("7.h"));
            both = *repos.activities().byCode(QStringLiteral("7.i"));
            theirs.title.en = QStringLiteral("Changed by Mexico");
            QVERIFY(repos.activities().update(theirs));
            both.title.en = QStringLiteral("Mexico's title");
            QVERIFY(repos.activities().update(both));
            QVERIFY(HandoverExport::write(*mexico, *repos.parties().byCode(QStringLiteral("SV")), second, {}));
        }
        {
            auto salvador = open(target);
            QVERIFY(salvador);
            Repositories repos(*salvador);
            Activity mine = *repos.activities().byUid(both.uid);
            mine.title.en = QStringLiteral("El Salvador's title");
            QVERIFY(repos.activities().update(mine));
        }
        auto window = showWindow(open(target));
        QVERIFY(window);
        window->showPage(MainWindow::ActivitiesPageIndex);
        const Activity other = *window->repositories().activities().byCode(QStringLiteral("7.j"));
        QVERIFY(window->editor().setActivityStatus({other.uid}, ActivityStatus::Completed));
        QCOMPARE(window->editor().undoStack()->count(), 1);

        HandoverImportDialog *dialog = startImport(*window, second);
        QVERIFY(dialog);
        click(dialog, QWizard::NextButton);
        auto *merge = child<QRadioButton>(dialog, QStringLiteral("importMerge"));
        QVERIFY(merge->isEnabled());
        QTest::mouseClick(merge, Qt::LeftButton, {}, QPoint(8, merge->height() / 2));
        QVERIFY(merge->isChecked());
        const QString backup = path(
            QStringLiteral("merge-target.before-import-%1.sqlite").arg(QDate::currentDate().toString(Qt::ISODate)));
        auto *note = child<QLabel>(dialog, QStringLiteral("mergeNote"));
        QVERIFY(note->isVisibleTo(dialog));
        QVERIFY2(note->text().contains(QStringLiteral("Edit > Undo")) &&
                     note->text().contains(QDir::toNativeSeparators(backup)),
                 qPrintable(note->text()));
        QCOMPARE(dialog->button(QWizard::CommitButton)->text(), QStringLiteral("&Merge"));
        shot(dialog, QStringLiteral("import-3-merge"));
        click(dialog, QWizard::CommitButton);

        QCOMPARE(dialog->currentId(), int(HandoverImportDialog::ReportPageId));
        QVERIFY(QFileInfo(backup).isFile());
        QCOMPARE(dialog->backupPath(), backup);
        const QString summary = child<QLabel>(dialog, QStringLiteral("mergeSummary"))->text();
        QVERIFY2(summary.contains(QStringLiteral("1 updated")) && summary.contains(QStringLiteral("1 in conflict")),
                 qPrintable(summary));
        auto *table = child<QTableWidget>(dialog, QStringLiteral("conflictTable"));
        QStringList rows;
        for (int row = 0; row < table->rowCount(); ++row)
            rows << QStringList{table->item(row, 0)->text(), table->item(row, 1)->text(), table->item(row, 2)->text(),
                                table->item(row, 4)->text()}
                        .join(u'|');
        // The record named in words: this database's version, the one kept.
        QVERIFY2(rows.contains(QStringLiteral("Conflict|activity|7.i El Salvador's title|") + both.uid),
                 qPrintable(rows.join(u'\n')));
        QVERIFY2(rows.contains(QStringLiteral("Kept|activity|7.j ") + other.title.en + QLatin1Char('|') + other.uid),
                 qPrintable(rows.join(u'\n')));
        shot(dialog, QStringLiteral("import-4-report"));
        QTest::mouseClick(child<QAbstractButton>(dialog, QStringLiteral("copyReport")), Qt::LeftButton);
        const QString copied = QApplication::clipboard()->text();
        QVERIFY2(copied.contains(both.uid) && copied.contains(summary), qPrintable(copied));

        // The window shows what the database now holds, and no undo step reaches behind the merge.
        QCOMPARE(window->editor().undoStack()->count(), 0);
        QCOMPARE(window->repositories().activities().byUid(theirs.uid)->title.en, QStringLiteral("Changed by Mexico"));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        auto *page = qobject_cast<ActivitiesPage *>(window->ensurePage(MainWindow::ActivitiesPageIndex));
        QVERIFY(page);
        page->showActivity(theirs.uid);
        auto *view = child<QTreeView>(page, QStringLiteral("activitiesView"));
        const QModelIndex current = view->currentIndex();
        QVERIFY(current.isValid());
        QStringList cells;
        for (int column = 0; column < view->model()->columnCount(current.parent()); ++column)
            cells << current.siblingAtColumn(column).data().toString();
        QVERIFY2(cells.contains(QStringLiteral("Changed by Mexico")), qPrintable(cells.join(u'|')));
        QCOMPARE(child<QLabel>(window.get(), QStringLiteral("presidencyLabel"))->text(),
                 QStringLiteral("Presidency Pro-Tempore: El Salvador"));
        click(dialog, QWizard::FinishButton);
    }

    void aBadFileIsRefusedInOneLine()
    {
        const QString target = path(QStringLiteral("merge-target.sqlite"));
        const QString bad = path(QStringLiteral("notes.zip"));
        {
            QFile f(bad);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("not a zip at all");
        }
        const QStringList filesBefore = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::Dirs);
        auto window = showWindow(open(target));
        QVERIFY(window);
        const QByteArray hash = test::sha256Of(target);
        HandoverImportDialog *dialog = startImport(*window, bad);
        QVERIFY(dialog);
        click(dialog, QWizard::NextButton);
        QCOMPARE(dialog->currentId(), int(HandoverImportDialog::PackagePageId));
        auto *refusal = child<QLabel>(dialog, QStringLiteral("packageRefusal"));
        QVERIFY(refusal->isVisibleTo(dialog));
        QVERIFY2(refusal->text().startsWith(QStringLiteral("Refused: ")) && refusal->text().contains(bad),
                 qPrintable(refusal->text()));
        QVERIFY(!refusal->text().contains(QLatin1Char('\n')));
        shot(dialog, QStringLiteral("import-5-refused"));
        dialog->reject();
        window.reset();
        QCOMPARE(test::sha256Of(target), hash);
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::Dirs), filesBefore);
    }

    void aReadOnlyDatabaseOffersNoMerge()
    {
        Database::Options options;
        options.access = Database::Access::ReadOnly;
        auto db = Database::open(path(QStringLiteral("merge-target.sqlite")), options);
        QVERIFY(db);
        auto window = showWindow(std::move(*db));
        QVERIFY(window);
        QVERIFY(window->findChild<QAction *>(QStringLiteral("handoverExportAction"))->isEnabled());
        HandoverImportDialog *dialog = startImport(*window, m_package);
        QVERIFY(dialog);
        click(dialog, QWizard::NextButton);
        QCOMPARE(dialog->currentId(), int(HandoverImportDialog::ChoicePageId));
        QVERIFY(!child<QRadioButton>(dialog, QStringLiteral("importMerge"))->isEnabled());
        auto *note = child<QLabel>(dialog, QStringLiteral("mergeNote"));
        QVERIFY(note->isVisibleTo(dialog));
        QVERIFY2(note->text().contains(QStringLiteral("read-only")), qPrintable(note->text()));
        shot(dialog, QStringLiteral("import-6-read-only"));
        dialog->reject();
    }
};

QTEST_MAIN(TestGuiHandover)
#include "tst_gui_handover.moc"
