// The documents page driven as a user would under the offscreen platform, over the RCM
// data: a reply recorded through the consultation matrix and undone, an approval refused
// for want of consensus (naming who holds it up) and then made with a reason that the
// audit log keeps, attachments added, saved out intact and kept in versions, and
// documents added, edited and deleted (after a confirmation) through the page, each one
// undo step; nothing of that is offered when the database is read-only.

#include "TestSupport.h"
#include "commands/Editor.h"
#include "dialogs/DocumentEditor.h"
#include "models/ConsultationMatrixModel.h"
#include "models/DocumentListModel.h"
#include "pages/DocumentsPage.h"
#include "storage/AuditLog.h"
#include "storage/Repositories.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace pd;

class TestGuiDocumentsPage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Repositories> m_repos;
    std::unique_ptr<Editor> m_editor;
    std::unique_ptr<DocumentsPage> m_page;
    QTableView *m_matrixView = nullptr;
    ConsultationMatrixModel *m_matrix = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    Document missingPersons() const
    {
        for (const Document &d : m_repos->documents().all()) {
            if (d.title.en.startsWith(QLatin1String("Recommendations on Regional Guidelines")))
                return d;
        }
        return {};
    }
    qint64 country(const char *code) const { return m_repos->parties().byCode(QLatin1String(code))->id; }
    template <typename T>
    T *child(const char *name) const
    {
        return m_page->findChild<T *>(QLatin1String(name));
    }
    QDialog *consultationEditor() const
    {
        for (QDialog *dialog : m_page->findChildren<QDialog *>(QStringLiteral("consultationEditor"))) {
            if (dialog->isVisible())
                return dialog;
        }
        return nullptr;
    }

    // The visible top-level dialog of that objectName, once events are processed.
    template <typename T>
    T *openDialog(const char *name) const
    {
        QCoreApplication::processEvents();
        for (QWidget *top : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<T *>(top);
                dialog && dialog->isVisible() && dialog->objectName() == QLatin1String(name))
                return dialog;
        }
        return nullptr;
    }
    DocumentListModel *list() const
    {
        return qobject_cast<DocumentListModel *>(child<QTreeView>("documentsView")->model());
    }
    int listRowOf(const QString &uid) const { return list()->fetchRowOf(uid); }

private Q_SLOTS:
    void init()
    {
        m_db = test::rcmDatabase(m_dir.filePath(QStringLiteral("rcm%1.sqlite").arg(m_files++)));
        QVERIFY(m_db);
        m_repos = std::make_unique<Repositories>(*m_db);
        m_editor = std::make_unique<Editor>(*m_repos);
        m_page = std::make_unique<DocumentsPage>(*m_editor);
        m_page->resize(1400, 900);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_matrixView = child<QTableView>("consultationMatrix");
        QVERIFY(m_matrixView);
        m_matrix = qobject_cast<ConsultationMatrixModel *>(m_matrixView->model());
        QVERIFY(m_matrix);
        m_tester = std::make_unique<QAbstractItemModelTester>(m_matrix,
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(child<QTreeView>("documentsView"));
        m_page->showDocument(missingPersons().uid);
        QCOMPARE(m_page->currentDocumentUid(), missingPersons().uid);
    }
    void cleanup()
    {
        m_tester.reset();
        m_page.reset();
        m_editor.reset();
        m_repos.reset();
        m_db.reset();
    }

    void replyThroughTheMatrixAndUndo()
    {
        const Document d = missingPersons();
        const QModelIndex mexico = m_matrix->index(m_matrix->rowOf(d.uid), m_matrix->columnOf(country("MX")));
        QCOMPARE(mexico.data().toString(), QStringLiteral("Pending"));
        m_matrixView->scrollTo(mexico);
        QTest::mouseClick(m_matrixView->viewport(), Qt::LeftButton, {}, m_matrixView->visualRect(mexico).center());
        QDialog *dialog = consultationEditor();
        QVERIFY(dialog);
        auto *state = dialog->findChild<QComboBox *>(QStringLiteral("consultationState"));
        auto *attached = dialog->findChild<QCheckBox *>(QStringLiteral("messageAttached"));
        auto *message = dialog->findChild<QPlainTextEdit *>(QStringLiteral("consultationMessage"));
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("okButton"));
        QVERIFY(state && attached && message && ok);
        QVERIFY(!message->isEnabled());
        state->setCurrentIndex(state->findData(int(ConsultationState::NoObjection)));
        QTest::mouseClick(attached, Qt::LeftButton);
        QVERIFY(message->isEnabled());
        QTest::keyClicks(message, QStringLiteral("Mexico has no objection."));
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY(!consultationEditor());

        const auto mx = [&] {
            const Document now = *m_repos->documents().byUid(d.uid);
            for (const Consultation &c : now.consultations) {
                if (c.partyId == country("MX"))
                    return c;
            }
            return Consultation();
        };
        QCOMPARE(mx().state, ConsultationState::NoObjection);
        QCOMPARE(mx().message, QStringLiteral("Mexico has no objection."));
        QCOMPARE(mexico.data().toString(), QStringLiteral("No objection"));
        QCOMPARE(m_editor->undoStack()->undoText(),
                 QStringLiteral("Set Mexico's reply on “Recommendations on Regional Guidelines…”"));
        m_editor->undoStack()->undo();
        QCOMPARE(mx().state, ConsultationState::Pending);
        QCOMPARE(mexico.data().toString(), QStringLiteral("Pending"));

        // Enter on a cell opens the editor too; Cancel changes nothing.
        const QModelIndex belize = m_matrix->index(m_matrix->rowOf(d.uid), m_matrix->columnOf(country("BZ")));
        m_matrixView->setFocus();
        m_matrixView->setCurrentIndex(belize);
        QTest::keyClick(m_matrixView, Qt::Key_Return);
        dialog = consultationEditor();
        QVERIFY(dialog);
        state = dialog->findChild<QComboBox *>(QStringLiteral("consultationState"));
        QCOMPARE(state->currentData().toInt(), int(ConsultationState::MoreTimeRequested));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("cancelButton")), Qt::LeftButton);
        QTRY_VERIFY(!consultationEditor());
        QCOMPARE(m_editor->undoStack()->count(), 1);
    }

    void approvalBlockedThenOverriddenWithReason()
    {
        const Document d = missingPersons();
        auto *combo = child<QComboBox>("documentStateCombo");
        auto *blocking = child<QLabel>("blockingLabel");
        auto *reason = child<QLineEdit>("overrideReason");
        auto *override = child<QPushButton>("overrideButton");
        QVERIFY(combo && blocking && reason && override);
        QCOMPARE(combo->currentData().toInt(), int(DocumentState::UnderConsultation));
        QVERIFY(!reason->isVisible());

        combo->setCurrentIndex(combo->findData(int(DocumentState::Approved)));
        QVERIFY2(blocking->text().contains(QLatin1String("Belize")), qPrintable(blocking->text()));
        QVERIFY(blocking->text().contains(QLatin1String("Dominican Republic")));
        QVERIFY(blocking->text().contains(QLatin1String("Mexico"))); // still pending
        QCOMPARE(m_repos->documents().byUid(d.uid)->state, DocumentState::UnderConsultation);
        QCOMPARE(combo->currentData().toInt(), int(DocumentState::UnderConsultation));
        QCOMPARE(m_editor->undoStack()->count(), 0);

        QVERIFY(reason->isVisible());
        QVERIFY(!override->isEnabled());
        const QString why = QStringLiteral("Approved in plenary; the two replies are due by 31 March");
        QTest::keyClicks(reason, why);
        QVERIFY(override->isEnabled());
        QTest::mouseClick(override, Qt::LeftButton);
        QCOMPARE(m_repos->documents().byUid(d.uid)->state, DocumentState::Approved);
        QCOMPARE(combo->currentData().toInt(), int(DocumentState::Approved));
        QVERIFY(!reason->isVisible());
        QVERIFY(blocking->text().contains(QLatin1String("without")));
        const AuditEntry last = AuditLog(*m_db).entriesFor(d.uid).last();
        QVERIFY2(last.reason.contains(why), qPrintable(last.reason));
        QCOMPARE(m_editor->undoStack()->undoText(),
                 QStringLiteral("Approve “Recommendations on Regional Guidelines…” without consensus"));
        m_editor->undoStack()->undo();
        QCOMPARE(combo->currentData().toInt(), int(DocumentState::UnderConsultation));
    }

    void attachmentsSavedOutIdenticalAndVersioned()
    {
        const QString in = m_dir.filePath(QStringLiteral("in%1/guidelines.pdf").arg(m_files));
        QVERIFY(QDir().mkpath(QFileInfo(in).path()));
        const auto write = [&](const QByteArray &bytes) {
            QFile f(in);
            return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
        };
        QByteArray first("%PDF-1.4\n");
        for (int i = 0; i < 2000; ++i)
            first.append(char(i * 7 % 256));
        QVERIFY(write(first));
        QString out;
        m_page->setFileChooser([&](bool save, const QString &suggested) {
            if (!save)
                return in;
            out = m_dir.filePath(QStringLiteral("out%1-%2").arg(m_files++).arg(suggested));
            return out;
        });
        auto *list = child<QListWidget>("attachmentsList");
        auto *add = child<QPushButton>("addAttachmentButton");
        auto *save = child<QPushButton>("saveAttachmentButton");
        QVERIFY(list && add && save);
        QCOMPARE(list->count(), 0);
        QVERIFY(!save->isEnabled());

        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().contains(QLatin1String("guidelines.pdf")));
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(out.endsWith(QLatin1String("guidelines.pdf")));
        const QByteArray firstHash = test::sha256Of(in);
        QCOMPARE(test::sha256Of(out), firstHash);

        // The same name again: a new version, and the old one is still there, intact.
        QVERIFY(write(QByteArray("%PDF-1.4\nrevised after the comments\n")));
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(list->count(), 2);
        QVERIFY(list->item(0)->text().contains(QLatin1String("version 2")));
        QVERIFY(list->item(1)->text().contains(QLatin1String("version 1")));
        list->setCurrentRow(1);
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(test::sha256Of(out), firstHash);
        list->setCurrentRow(0);
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(test::sha256Of(out), test::sha256Of(in));

        QCOMPARE(m_editor->undoStack()->undoText(),
                 QStringLiteral("Attach guidelines.pdf to “Recommendations on Regional Guidelines…”"));
        m_editor->undoStack()->undo();
        QCOMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().contains(QLatin1String("version 1")));
    }

    void newDocumentThroughTheEditor()
    {
        auto *newButton = child<QPushButton>("newDocumentButton");
        QVERIFY(newButton && newButton->isEnabled());
        const int before = m_repos->documents().count();
        QTest::mouseClick(newButton, Qt::LeftButton);
        QDialog *dialog = openDialog<QDialog>("documentEditor");
        QVERIFY(dialog);
        QCOMPARE(m_page->documentEditor(), dialog);
        QVERIFY(dialog->isModal());
        auto *code = dialog->findChild<QLineEdit *>(QStringLiteral("documentCode"));
        auto *titleEn = dialog->findChild<QLineEdit *>(QStringLiteral("titleEn"));
        auto *titleEs = dialog->findChild<QLineEdit *>(QStringLiteral("titleEs"));
        auto *warning = dialog->findChild<QLabel *>(QStringLiteral("titleWarning"));
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("okButton"));
        QVERIFY(code && titleEn && titleEs && warning && ok);
        QVERIFY(!ok->isEnabled());
        QVERIFY(!warning->isVisible());

        QTest::keyClicks(code, QStringLiteral("PROT-2022-01"));
        QTest::keyClicks(titleEn, QStringLiteral("Regional Protocol on Consular Protection"));
        QVERIFY(ok->isEnabled());
        // Only English so far: the missing Spanish title is pointed out, not refused.
        QVERIFY(warning->isVisible());
        QVERIFY2(warning->text().contains(QLatin1String("Spanish")), qPrintable(warning->text()));
        titleEs->insert(QStringLiteral("Protocolo Regional de Protección Consular")); // keyClicks is ASCII only
        QVERIFY(!warning->isVisible());
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY(!openDialog<QDialog>("documentEditor"));

        QCOMPARE(m_repos->documents().count(), before + 1);
        QCOMPARE(m_editor->undoStack()->count(), 1);
        QVERIFY(m_editor->undoStack()->undoText().startsWith(QLatin1String("Add document")));
        // The new document is selected in the list and has a row in the matrix, every
        // member country pending.
        const QString uid = m_page->currentDocumentUid();
        QVERIFY(!uid.isEmpty());
        const Document added = *m_repos->documents().byUid(uid);
        QCOMPARE(added.code, QStringLiteral("PROT-2022-01"));
        QCOMPARE(added.title.es, QStringLiteral("Protocolo Regional de Protección Consular"));
        const int row = listRowOf(uid);
        QVERIFY(row >= 0);
        QCOMPARE(list()->index(row, DocumentListModel::TitleColumn).data().toString(),
                 QStringLiteral("Regional Protocol on Consular Protection"));
        const int matrixRow = m_matrix->fetchRowOf(uid);
        QVERIFY(matrixRow >= 0);
        QCOMPARE(m_matrix->columnCount(), 11);
        QCOMPARE(added.consultations.size(), 11);
        for (int column = 0; column < m_matrix->columnCount(); ++column)
            QCOMPARE(m_matrix->index(matrixRow, column).data().toString(), QStringLiteral("Pending"));

        m_editor->undoStack()->undo();
        QCOMPARE(m_repos->documents().count(), before);
        QVERIFY(!m_repos->documents().byUid(uid));
        QCOMPARE(list()->rowOf(uid), -1);
    }

    void editTitleAndUndo()
    {
        const Document d = missingPersons();
        auto *edit = child<QPushButton>("editDocumentButton");
        QVERIFY(edit && edit->isEnabled());
        QTest::mouseClick(edit, Qt::LeftButton);
        QDialog *dialog = openDialog<QDialog>("documentEditor");
        QVERIFY(dialog);
        auto *titleEs = dialog->findChild<QLineEdit *>(QStringLiteral("titleEs"));
        QVERIFY(titleEs);
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("titleEn"))->text(), d.title.en);
        QCOMPARE(titleEs->text(), d.title.es);
        // The RCM's documents have no code yet; the code is optional, so OK stays on.
        auto *code = dialog->findChild<QLineEdit *>(QStringLiteral("documentCode"));
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("okButton"));
        QVERIFY(code && ok);
        QVERIFY(d.code.isEmpty());
        QVERIFY(ok->isEnabled());
        const QString spanish = QStringLiteral("Recomendaciones revisadas sobre personas desaparecidas");
        titleEs->selectAll();
        QTest::keyClicks(titleEs, spanish);
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY(!openDialog<QDialog>("documentEditor"));
        QCOMPARE(m_repos->documents().byUid(d.uid)->title.es, spanish);
        QCOMPARE(m_repos->documents().byUid(d.uid)->consultations.size(), d.consultations.size());
        QCOMPARE(m_page->currentDocumentUid(), d.uid);
        QCOMPARE(m_editor->undoStack()->count(), 1);
        QVERIFY(m_editor->undoStack()->undoText().startsWith(QLatin1String("Edit document")));
        m_page->setLanguage(Language::Spanish);
        QCOMPARE(list()->index(listRowOf(d.uid), DocumentListModel::TitleColumn).data().toString(), spanish);
        m_editor->undoStack()->undo();
        QCOMPARE(m_repos->documents().byUid(d.uid)->title.es, d.title.es);
        QVERIFY(m_repos->documents().byUid(d.uid)->code.isEmpty());
        QCOMPARE(list()->index(listRowOf(d.uid), DocumentListModel::TitleColumn).data().toString(), d.title.es);

        // Enter on the list opens the editor too; Cancel changes nothing.
        auto *view = child<QTreeView>("documentsView");
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Return);
        dialog = openDialog<QDialog>("documentEditor");
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("titleEn"))->text(), d.title.en);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("cancelButton")), Qt::LeftButton);
        QTRY_VERIFY(!openDialog<QDialog>("documentEditor"));
        QCOMPARE(m_editor->undoStack()->count(), 1);
        QCOMPARE(m_editor->undoStack()->index(), 0);
    }

    void deleteAfterConfirmationAndUndo()
    {
        const Document d = missingPersons();
        auto *remove = child<QPushButton>("deleteDocumentButton");
        QVERIFY(remove && remove->isEnabled());
        const int before = m_repos->documents().count();

        // Cancel keeps it.
        QTest::mouseClick(remove, Qt::LeftButton);
        QMessageBox *box = openDialog<QMessageBox>("confirmDelete");
        QVERIFY(box);
        QCOMPARE(box->windowModality(), Qt::WindowModal);
        QVERIFY2(box->text().contains(QLatin1String("Recommendations on Regional Guidelines")),
                 qPrintable(box->text()));
        QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
        QTRY_VERIFY(!openDialog<QMessageBox>("confirmDelete"));
        QCOMPARE(m_repos->documents().count(), before);
        QCOMPARE(m_editor->undoStack()->count(), 0);

        // Confirmed: it leaves the list and the matrix; one undo step brings it back.
        QTest::mouseClick(remove, Qt::LeftButton);
        box = openDialog<QMessageBox>("confirmDelete");
        QVERIFY(box);
        auto *confirm = box->findChild<QPushButton *>(QStringLiteral("confirmDeleteButton"));
        QVERIFY(confirm);
        QTest::mouseClick(confirm, Qt::LeftButton);
        QTRY_VERIFY(!openDialog<QMessageBox>("confirmDelete"));
        QCOMPARE(m_repos->documents().count(), before - 1);
        QVERIFY(!m_repos->documents().byUid(d.uid));
        QCOMPARE(listRowOf(d.uid), -1);
        QCOMPARE(m_matrix->fetchRowOf(d.uid), -1);
        QVERIFY(m_page->currentDocumentUid() != d.uid);
        QVERIFY(m_editor->undoStack()->undoText().startsWith(QLatin1String("Delete document")));
        m_editor->undoStack()->undo();
        QCOMPARE(m_repos->documents().count(), before);
        QVERIFY(listRowOf(d.uid) >= 0);
        QVERIFY(m_matrix->fetchRowOf(d.uid) >= 0);
    }

    void nothingToChangeWhenReadOnly()
    {
        const QString path = m_db->path();
        cleanup();
        Database::Options options;
        options.access = Database::Access::ReadOnly;
        auto opened = Database::open(path, options);
        QVERIFY(opened);
        m_db = std::move(*opened);
        QVERIFY(m_db->isReadOnly());
        m_repos = std::make_unique<Repositories>(*m_db);
        m_editor = std::make_unique<Editor>(*m_repos);
        m_page = std::make_unique<DocumentsPage>(*m_editor);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_page->showDocument(missingPersons().uid);
        QCOMPARE(m_page->currentDocumentUid(), missingPersons().uid);
        for (const char *name : {"newDocumentButton", "editDocumentButton", "deleteDocumentButton"})
            QVERIFY2(!child<QPushButton>(name)->isEnabled(), name);
        QTest::keyClick(child<QTreeView>("documentsView"), Qt::Key_Return);
        QVERIFY(!openDialog<QDialog>("documentEditor"));
    }
};

QTEST_MAIN(TestGuiDocumentsPage)
#include "tst_gui_documentspage.moc"
