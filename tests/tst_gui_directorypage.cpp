// The directory page driven as a user would under the offscreen platform, over the
// RCM data: the parties with their Spanish names and the kind filter, a focal point
// added through the dialog (a bad e-mail refused next to the field, a good one saved,
// one undo step), removed again, a party's Spanish name edited through its dialog and
// undone, and the presidencies.

#include "TestSupport.h"
#include "commands/Editor.h"
#include "dialogs/FocalPointDialog.h"
#include "dialogs/PartyDialog.h"
#include "models/DirectoryModels.h"
#include "pages/DirectoryPage.h"
#include "storage/Repositories.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace pd;

class TestGuiDirectoryPage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Repositories> m_repos;
    std::unique_ptr<Editor> m_editor;
    std::unique_ptr<DirectoryPage> m_page;

    template <typename T>
    T *child(QObject *parent, const char *name) const
    {
        return parent->findChild<T *>(QLatin1String(name));
    }

    QStringList column(QTreeView *view, int column) const
    {
        QStringList texts;
        for (int row = 0; row < view->model()->rowCount(); ++row)
            texts.append(view->model()->index(row, column).data().toString());
        return texts;
    }

    // The visible top-level dialog of that objectName, once events are processed.
    QDialog *openDialog(const char *name) const
    {
        QCoreApplication::processEvents();
        for (QWidget *top : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<QDialog *>(top);
                dialog && dialog->isVisible() && dialog->objectName() == QLatin1String(name))
                return dialog;
        }
        return nullptr;
    }

private Q_SLOTS:
    void init()
    {
        m_db = test::rcmDatabase(m_dir.filePath(QStringLiteral("rcm%1.sqlite").arg(m_files++)));
        QVERIFY(m_db);
        m_repos = std::make_unique<Repositories>(*m_db);
        m_editor = std::make_unique<Editor>(*m_repos);
        m_page = std::make_unique<DirectoryPage>(*m_editor);
        m_page->resize(1200, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }
    void cleanup()
    {
        m_page.reset();
        m_editor.reset();
        m_repos.reset();
        m_db.reset();
    }

    void partiesWithSpanishNames()
    {
        auto *tabs = child<QTabWidget>(m_page.get(), "directoryTabs");
        QVERIFY(tabs);
        QCOMPARE(tabs->count(), 3);
        auto *view = child<QTreeView>(m_page.get(), "partiesView");
        QVERIFY(view && view->isVisible());
        QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int all = m_repos->parties().count(); // 25 named in the conclusions, and the RCM itself
        QCOMPARE(all, 26);
        QCOMPARE(view->model()->rowCount(), all);
        const QStringList spanish = column(view, PartyTableModel::NameEsColumn);
        for (const char *name : {"Belice", "Canadá", "República Dominicana", "México", "Panamá", "Estados Unidos",
                                 "Organización Internacional para las Migraciones"})
            QVERIFY2(spanish.contains(QString::fromUtf8(name)), name);
        const int belize = int(column(view, PartyTableModel::CodeColumn).indexOf(QStringLiteral("BZ")));
        QVERIFY(belize >= 0);
        QCOMPARE(view->model()->index(belize, PartyTableModel::NameEnColumn).data().toString(),
                 QStringLiteral("Belize"));
        QCOMPARE(view->model()->index(belize, PartyTableModel::MemberColumn).data().toString(),
                 QStringLiteral("Member"));

        // Filter by kind.
        auto *kind = child<QComboBox>(m_page.get(), "partyKindCombo");
        kind->setCurrentIndex(kind->findData(int(PartyKind::InternationalOrganization)));
        QCOMPARE(view->model()->rowCount(), 6);
        QVERIFY(column(view, PartyTableModel::AcronymColumn).contains(QStringLiteral("IOM")));
        kind->setCurrentIndex(kind->findData(int(PartyKind::Country)));
        QCOMPARE(view->model()->rowCount(), 13);
        kind->setCurrentIndex(0);
        QCOMPARE(view->model()->rowCount(), all);

        // A party edited through the Editor shows at once; one undo step puts it back.
        Party belice = *m_repos->parties().byCode(QStringLiteral("BZ"));
        belice.acronym = {QStringLiteral("BZ"), QStringLiteral("BZ")};
        QVERIFY(m_editor->updateParty(belice).ok());
        QCOMPARE(m_editor->undoStack()->count(), 1);
        int row = int(column(view, PartyTableModel::CodeColumn).indexOf(QStringLiteral("BZ")));
        QCOMPARE(view->model()->index(row, PartyTableModel::AcronymColumn).data().toString(), QStringLiteral("BZ"));
        QVERIFY(m_editor->updateParty(belice).ok()); // no change: nothing pushed
        QCOMPARE(m_editor->undoStack()->count(), 1);
        m_editor->undoStack()->undo();
        row = int(column(view, PartyTableModel::CodeColumn).indexOf(QStringLiteral("BZ")));
        QCOMPARE(view->model()->index(row, PartyTableModel::AcronymColumn).data().toString(), QString());
    }

    void addFocalPointThroughTheDialog()
    {
        auto *tabs = child<QTabWidget>(m_page.get(), "directoryTabs");
        tabs->setCurrentIndex(1);
        auto *view = child<QTreeView>(m_page.get(), "focalPointsView");
        QVERIFY(view && view->isVisible());
        QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(view->model()->rowCount(), 0);
        QVERIFY(child<QLabel>(m_page.get(), "focalPointsHint")->isVisible());

        QTest::mouseClick(child<QPushButton>(m_page.get(), "addFocalPointButton"), Qt::LeftButton);
        FocalPointDialog *dialog = m_page->focalPointDialog();
        QVERIFY(dialog && dialog->isVisible() && dialog->isModal());
        QCOMPARE(dialog->objectName(), QStringLiteral("focalPointDialog"));
        auto *party = child<QComboBox>(dialog, "focalPointParty");
        auto *email = child<QLineEdit>(dialog, "focalPointEmail");
        auto *emailError = child<QLabel>(dialog, "emailError");
        auto *personal = child<QCheckBox>(dialog, "personalDataCheck");
        auto *ok = child<QPushButton>(dialog, "okButton");
        QVERIFY(party && email && emailError && personal && ok);
        QVERIFY(personal->isChecked()); // personal data unless said otherwise
        QVERIFY(!ok->isEnabled());      // no name yet
        party->setCurrentIndex(party->findText(QStringLiteral("El Salvador")));
        QTest::keyClicks(child<QLineEdit>(dialog, "focalPointName"), QStringLiteral("Ana Beatriz Flores"));
        QTest::keyClicks(child<QLineEdit>(dialog, "focalPointRole"), QStringLiteral("PPT coordinator"));
        QTest::keyClicks(child<QLineEdit>(dialog, "focalPointPhone"), QStringLiteral("+503 2231 1000"));
        QVERIFY(ok->isEnabled());

        // A bad e-mail: said next to the field, OK disabled.
        QTest::keyClicks(email, QStringLiteral("ana.flores@rree"));
        QVERIFY(emailError->isVisible());
        QVERIFY(emailError->text().contains(QStringLiteral("ana.flores@rree")));
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(email, QStringLiteral(".gob.sv"));
        QVERIFY(!emailError->isVisible());
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(!dialog->isVisible());

        // In the database and in the list; one undo step.
        const QList<FocalPoint> stored = m_repos->focalPoints().all();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().name, QStringLiteral("Ana Beatriz Flores"));
        QCOMPARE(stored.first().email, QStringLiteral("ana.flores@rree.gob.sv"));
        QCOMPARE(stored.first().partyId, m_repos->parties().byCode(QStringLiteral("SV"))->id);
        QVERIFY(stored.first().personalData);
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, FocalPointTableModel::PartyColumn).data().toString(),
                 QStringLiteral("El Salvador"));
        QVERIFY(!child<QLabel>(m_page.get(), "focalPointsHint")->isVisible());
        QCOMPARE(m_editor->undoStack()->count(), 1);
        QCOMPARE(m_editor->undoStack()->undoText(), QStringLiteral("Add focal point Ana Beatriz Flores"));

        m_editor->undoStack()->undo();
        QCOMPARE(m_repos->focalPoints().count(), 0);
        QCOMPARE(view->model()->rowCount(), 0);
        m_editor->undoStack()->redo();
        QCOMPARE(m_repos->focalPoints().count(), 1);
        QCOMPARE(view->model()->rowCount(), 1);

        // Remove it with the button: one more step, undone whole.
        view->setCurrentIndex(view->model()->index(0, 0));
        auto *remove = child<QPushButton>(m_page.get(), "removeFocalPointButton");
        QVERIFY(remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(m_repos->focalPoints().count(), 0);
        m_editor->undoStack()->undo();
        QCOMPARE(m_repos->focalPoints().all().first().email, QStringLiteral("ana.flores@rree.gob.sv"));
    }

    void presidencies()
    {
        auto *tabs = child<QTabWidget>(m_page.get(), "directoryTabs");
        tabs->setCurrentIndex(2);
        auto *view = child<QTreeView>(m_page.get(), "presidenciesView");
        QVERIFY(view && view->isVisible());
        QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(view->model()->rowCount(), 3);
        // The RCM's own first: Mexico current (2021), El Salvador incoming (2022); then Chile for the SACM.
        QCOMPARE(column(view, PresidencyTableModel::PartyColumn),
                 (QStringList{QStringLiteral("Mexico"), QStringLiteral("El Salvador"), QStringLiteral("Chile")}));
        QCOMPARE(column(view, PresidencyTableModel::YearColumn),
                 (QStringList{QStringLiteral("2021"), QStringLiteral("2022"), QString()}));
        QCOMPARE(view->model()->index(1, PresidencyTableModel::StatusColumn).data().toString(),
                 enumLabel(PresidencyStatus::Incoming));
        m_page->setLanguage(Language::Spanish);
        QCOMPARE(view->model()->index(0, PresidencyTableModel::PartyColumn).data().toString(),
                 QString::fromUtf8("México"));
    }

    void editPartyThroughTheDialog()
    {
        auto *view = child<QTreeView>(m_page.get(), "partiesView");
        auto *edit = child<QPushButton>(m_page.get(), "editPartyButton");
        QVERIFY(view && edit);
        QVERIFY(!edit->isEnabled()); // nothing selected yet
        const Party before = *m_repos->parties().byCode(QStringLiteral("BZ"));
        const auto rowOfBelize = [&] {
            return int(column(view, PartyTableModel::CodeColumn).indexOf(QStringLiteral("BZ")));
        };
        view->setCurrentIndex(view->model()->index(rowOfBelize(), PartyTableModel::NameEnColumn));
        QVERIFY(edit->isEnabled());
        QTest::mouseClick(edit, Qt::LeftButton);
        QDialog *dialog = openDialog("partyDialog");
        QVERIFY(dialog);
        QCOMPARE(m_page->partyDialog(), dialog);
        QVERIFY(dialog->isModal());
        auto *nameEn = child<QLineEdit>(dialog, "nameEn");
        auto *nameEs = child<QLineEdit>(dialog, "nameEs");
        auto *ok = child<QPushButton>(dialog, "okButton");
        QVERIFY(nameEn && nameEs && ok);
        QCOMPARE(nameEn->text(), QStringLiteral("Belize"));
        QCOMPARE(nameEs->text(), QStringLiteral("Belice"));
        const QString spanish = QStringLiteral("Belice (Estado miembro)");
        nameEs->selectAll();
        QTest::keyClicks(nameEs, spanish);
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY(!openDialog("partyDialog"));

        QCOMPARE(m_repos->parties().byCode(QStringLiteral("BZ"))->name.es, spanish);
        QCOMPARE(view->model()->index(rowOfBelize(), PartyTableModel::NameEsColumn).data().toString(), spanish);
        QCOMPARE(view->currentIndex().row(), rowOfBelize()); // still selected
        QCOMPARE(m_editor->undoStack()->count(), 1);
        m_editor->undoStack()->undo();
        QCOMPARE(m_repos->parties().byCode(QStringLiteral("BZ"))->name.es, before.name.es);
        QCOMPARE(view->model()->index(rowOfBelize(), PartyTableModel::NameEsColumn).data().toString(),
                 QStringLiteral("Belice"));

        // A double click on a row opens the dialog too; Cancel changes nothing.
        const QModelIndex mexico =
            view->model()->index(int(column(view, PartyTableModel::CodeColumn).indexOf(QStringLiteral("MX"))),
                                 PartyTableModel::NameEnColumn);
        view->scrollTo(mexico);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(mexico).center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(mexico).center());
        dialog = openDialog("partyDialog");
        QVERIFY(dialog);
        QCOMPARE(child<QLineEdit>(dialog, "nameEn")->text(), QStringLiteral("Mexico"));
        QTest::mouseClick(child<QPushButton>(dialog, "cancelButton"), Qt::LeftButton);
        QTRY_VERIFY(!openDialog("partyDialog"));
        QCOMPARE(m_editor->undoStack()->index(), 0);
    }
};

QTEST_MAIN(TestGuiDirectoryPage)
#include "tst_gui_directorypage.moc"
