// The documents page driven as a user would under the offscreen platform, over the RCM
// data: a reply recorded through the consultation matrix and undone, an approval refused
// for want of consensus (naming who holds it up) and then made with a reason that the
// audit log keeps, and attachments added, saved out intact and kept in versions.

#include "TestSupport.h"
#include "commands/Editor.h"
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
};

QTEST_MAIN(TestGuiDocumentsPage)
#include "tst_gui_documentspage.moc"
