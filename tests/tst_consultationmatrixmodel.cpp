// The consultation matrix and the document list over the RCM data (Belize and the
// Dominican Republic asked for more time on the missing-persons guidelines, until the
// end of Q1 2022), the consensus rule for approval with its audited override, and
// attachments kept in versions with their SHA-256.

#include "TestSupport.h"
#include "commands/Editor.h"
#include "models/ConsensusRules.h"
#include "models/ConsultationMatrixModel.h"
#include "models/DocumentListModel.h"
#include "storage/AuditLog.h"
#include "storage/Repositories.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

class TestConsultationMatrixModel : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Repositories> m_repos;
    std::unique_ptr<Editor> m_editor;
    std::unique_ptr<ConsultationMatrixModel> m_matrix;
    std::unique_ptr<DocumentListModel> m_list;
    std::unique_ptr<QAbstractItemModelTester> m_matrixTester;
    std::unique_ptr<QAbstractItemModelTester> m_listTester;

    Document missingPersons() const
    {
        for (const Document &d : m_repos->documents().all()) {
            if (d.title.en.startsWith(QLatin1String("Recommendations on Regional Guidelines")))
                return d;
        }
        return {};
    }
    Party country(const char *code) const { return *m_repos->parties().byCode(QLatin1String(code)); }
    QModelIndex cell(const Document &d, const char *code) const
    {
        return m_matrix->index(m_matrix->rowOf(d.uid), m_matrix->columnOf(country(code).id));
    }
    Status reply(const Document &d, const char *code, ConsultationState state)
    {
        Consultation c;
        c.partyId = country(code).id;
        c.state = state;
        return m_editor->setConsultation(d.uid, c);
    }

private Q_SLOTS:
    void init()
    {
        m_db = test::rcmDatabase(m_dir.filePath(QStringLiteral("rcm%1.sqlite").arg(m_files++)));
        QVERIFY(m_db);
        m_repos = std::make_unique<Repositories>(*m_db);
        m_editor = std::make_unique<Editor>(*m_repos);
        m_matrix = std::make_unique<ConsultationMatrixModel>(*m_repos);
        m_list = std::make_unique<DocumentListModel>(*m_repos);
        m_list->setToday(QDate(2022, 2, 14));
        m_matrixTester = std::make_unique<QAbstractItemModelTester>(
            m_matrix.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_listTester = std::make_unique<QAbstractItemModelTester>(
            m_list.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    void cleanup()
    {
        m_listTester.reset();
        m_matrixTester.reset();
        m_list.reset();
        m_matrix.reset();
        m_editor.reset();
        m_repos.reset();
        m_db.reset();
    }

    void matrixShowsTheRcmConsultation()
    {
        QCOMPARE(m_matrix->rowCount(), 4);
        QCOMPARE(m_matrix->columnCount(), 11); // the member countries
        const Document d = missingPersons();
        QVERIFY(!d.uid.isEmpty());
        for (const char *code : {"BZ", "DO"}) {
            const QModelIndex index = cell(d, code);
            QVERIFY(index.isValid());
            QCOMPARE(index.data(ConsultationMatrixModel::StateRole).toInt(), int(ConsultationState::MoreTimeRequested));
            QCOMPARE(index.data(ConsultationMatrixModel::RequestedUntilRole).toDate(), QDate(2022, 3, 31));
            QCOMPARE(index.data().toString(), QStringLiteral("More time to 31 Mar 2022"));
            QCOMPARE(index.data(Qt::BackgroundRole).value<QColor>(),
                     ConsultationMatrixModel::colorOf(ConsultationState::MoreTimeRequested));
            const QString tip = index.data(Qt::ToolTipRole).toString();
            QVERIFY2(tip.contains(QLatin1String("31 March 2022")), qPrintable(tip));
            QVERIFY2(tip.contains(QLatin1String("consult internally")), qPrintable(tip));
        }
        QCOMPARE(m_matrix->headerData(m_matrix->columnOf(country("BZ").id), Qt::Horizontal).toString(),
                 QStringLiteral("Belize"));
        const QModelIndex mexico = cell(d, "MX");
        QCOMPARE(mexico.data().toString(), QStringLiteral("Pending"));
        QVERIFY(mexico.data(Qt::BackgroundRole).value<QColor>() !=
                cell(d, "BZ").data(Qt::BackgroundRole).value<QColor>());
        QCOMPARE(m_matrix->flags(mexico) & Qt::ItemIsEditable, Qt::ItemFlags());
    }

    void listShowsSummaryAndDaysLeft()
    {
        const Document d = missingPersons();
        const int row = m_list->rowOf(d.uid);
        QVERIFY(row >= 0);
        const auto text = [&](int column) { return m_list->index(row, column).data().toString(); };
        QCOMPARE(text(DocumentListModel::ConsultationColumn),
                 QStringLiteral("0 of 11 no objection · 2 more time · 9 pending"));
        QCOMPARE(text(DocumentListModel::DeadlineColumn), QStringLiteral("31 Mar 2022 (45 days left)"));
        QCOMPARE(m_list->index(row, 0).data(DocumentListModel::DaysLeftRole).toInt(), 45);
        QCOMPARE(text(DocumentListModel::StateColumn), QStringLiteral("Under consultation"));
        QCOMPARE(text(DocumentListModel::GroupColumn), QStringLiteral("Working Group on Protection"));
        m_list->setToday(QDate(2022, 4, 2));
        QCOMPARE(text(DocumentListModel::DeadlineColumn), QStringLiteral("31 Mar 2022 (2 days overdue)"));
        m_list->setLanguage(Language::Spanish);
        QVERIFY(text(DocumentListModel::TitleColumn).startsWith(QLatin1String("Recomendaciones sobre")));

        // Nine countries say yes: the two that asked for more time still hold it up.
        for (const Party &p : m_list->members()) {
            if (p.code != QLatin1String("BZ") && p.code != QLatin1String("DO"))
                QVERIFY(reply(d, p.code.toLatin1().constData(), ConsultationState::NoObjection));
        }
        QCOMPARE(text(DocumentListModel::ConsultationColumn), QStringLiteral("9 of 11 no objection · 2 more time"));
        QCOMPARE(m_list->index(row, 0).data(DocumentListModel::BlockingRole).toStringList(),
                 (QStringList{QStringLiteral("Belice"), QStringLiteral("República Dominicana")}));
    }

    void replyThroughTheEditorUpdatesTheCell()
    {
        const Document d = missingPersons();
        QSignalSpy changed(m_matrix.get(), &QAbstractItemModel::dataChanged);
        Consultation c;
        c.partyId = country("BZ").id;
        c.state = ConsultationState::NoObjection;
        c.repliedOn = QDate(2022, 3, 15);
        c.note = QStringLiteral("Consulted internally");
        c.message = QStringLiteral("Belize has no objection to the guidelines.");
        QVERIFY(m_editor->setConsultation(d.uid, c));
        QCOMPARE(m_editor->undoStack()->undoText(),
                 QStringLiteral("Set Belize's reply on “Recommendations on Regional Guidelines…”"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(cell(d, "BZ").data().toString(), QStringLiteral("No objection"));
        QVERIFY(cell(d, "BZ").data(Qt::ToolTipRole).toString().contains(c.message));
        QCOMPARE(cell(d, "BZ").data(ConsultationMatrixModel::MessageRole).toString(), c.message);
        // The Dominican Republic's reply is untouched; the same reply again is no edit.
        QCOMPARE(cell(d, "DO").data(ConsultationMatrixModel::StateRole).toInt(),
                 int(ConsultationState::MoreTimeRequested));
        QVERIFY(m_editor->setConsultation(d.uid, c));
        QCOMPARE(m_editor->undoStack()->count(), 1);

        m_editor->undoStack()->undo();
        QCOMPARE(cell(d, "BZ").data().toString(), QStringLiteral("More time to 31 Mar 2022"));
        QCOMPARE(cell(d, "BZ").data(ConsultationMatrixModel::NoteRole).toString(),
                 ConsensusRules::replyOf(d, country("BZ").id).note);
    }

    void approvalNeedsConsensus()
    {
        const Document d = missingPersons();
        const int auditRows = AuditLog(*m_db).count();
        const Status refused = m_editor->setDocumentState(d.uid, DocumentState::Approved);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QLatin1String("Belize")), qPrintable(refused.error().message));
        QVERIFY(refused.error().message.contains(QLatin1String("Dominican Republic")));
        QCOMPARE(m_repos->documents().byUid(d.uid)->state, DocumentState::UnderConsultation);
        QCOMPARE(m_editor->undoStack()->count(), 0);
        QCOMPARE(AuditLog(*m_db).count(), auditRows);

        // Every member at "no objection": approved without more ado.
        for (const Party &p : m_list->members())
            QVERIFY(reply(d, p.code.toLatin1().constData(), ConsultationState::NoObjection));
        QVERIFY(m_editor->setDocumentState(d.uid, DocumentState::Approved));
        QCOMPARE(m_repos->documents().byUid(d.uid)->state, DocumentState::Approved);
        QCOMPARE(m_editor->undoStack()->undoText(), QStringLiteral("Change state of “Recommendations on Regional "
                                                                   "Guidelines…” to Approved"));
    }

    void overrideIsAudited()
    {
        const Document d = missingPersons();
        const QString reason = QStringLiteral("Approved by the Vice-Ministerial meeting by acclamation");
        QVERIFY(m_editor->setDocumentState(d.uid, DocumentState::Approved, reason));
        QCOMPARE(m_repos->documents().byUid(d.uid)->state, DocumentState::Approved);
        const QList<AuditEntry> entries = AuditLog(*m_db).entriesFor(d.uid);
        QVERIFY(entries.last().reason.contains(reason));
        QVERIFY(entries.last().reason.contains(QLatin1String("Belize")));
        m_editor->undoStack()->undo();
        QCOMPARE(m_repos->documents().byUid(d.uid)->state, DocumentState::UnderConsultation);
        QVERIFY(AuditLog(*m_db).entriesFor(d.uid).last().reason.startsWith(QLatin1String("Undone")));
    }

    // Past a page of documents both models read on as the view asks, with the right
    // summaries, and find a document further down when the page shows it.
    void documentsArePaged()
    {
        // The tester reads a page on every reset, inside it; it comes back once the
        // documents are in (and then reads one page more, as a view would).
        m_listTester.reset();
        m_matrixTester.reset();
        const int before = int(m_repos->documents().all().size());
        QString last;
        for (int i = 0; i < 2 * DocumentListModel::PageSize + 10; ++i) {
            Document d;
            d.code = QStringLiteral("P/%1").arg(i + 1);
            d.title = {QStringLiteral("Paged %1").arg(i + 1), QStringLiteral("Paginado %1").arg(i + 1)};
            for (const Party &p : m_list->members())
                d.consultations.append({0, QString(), p.id, ConsultationState::NoObjection, {}, {}, {}, {}});
            QVERIFY(m_repos->documents().add(d).ok());
            last = d.uid;
        }
        const int total = before + 2 * DocumentListModel::PageSize + 10;
        for (QAbstractItemModel *model :
             {static_cast<QAbstractItemModel *>(m_list.get()), static_cast<QAbstractItemModel *>(m_matrix.get())}) {
            QCOMPARE(model->rowCount(), DocumentListModel::PageSize);
            QVERIFY(model->canFetchMore({}));
            model->fetchMore({});
            QCOMPARE(model->rowCount(), 2 * DocumentListModel::PageSize);
        }
        QCOMPARE(m_list->rowOf(last), -1); // not read yet
        QCOMPARE(m_list->fetchRowOf(last), total - 1);
        QVERIFY(!m_list->canFetchMore({}));
        QCOMPARE(m_list->rowCount(), total);
        QCOMPARE(m_list->index(total - 1, DocumentListModel::ConsultationColumn).data().toString(),
                 QStringLiteral("11 of 11 no objection"));
        QCOMPARE(m_matrix->fetchRowOf(last), total - 1);
        QCOMPARE(m_matrix->index(total - 1, 0).data(ConsultationMatrixModel::StateRole).toInt(),
                 int(ConsultationState::NoObjection));
        QCOMPARE(m_matrix->fetchRowOf(QStringLiteral("no-such-uid")), -1);
        m_listTester = std::make_unique<QAbstractItemModelTester>(
            m_list.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_matrixTester = std::make_unique<QAbstractItemModelTester>(
            m_matrix.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        // A reply to a document read is shown; the model stays as far as it has read.
        QVERIFY(reply(*m_repos->documents().byUid(last), "MX", ConsultationState::Objection).ok());
        QCOMPARE(cell(*m_repos->documents().byUid(last), "MX").data(ConsultationMatrixModel::StateRole).toInt(),
                 int(ConsultationState::Objection));
        QCOMPARE(m_matrix->rowCount(), total);
    }

    void attachmentsKeepVersions()
    {
        const Document d = missingPersons();
        const QByteArray first("first draft\n"), second("second draft, with the comments of Panama\n");
        QString uid1, uid2;
        QVERIFY(m_editor->addAttachment(d.uid, QStringLiteral("guidelines.txt"), first, &uid1));
        QVERIFY(m_editor->addAttachment(d.uid, QStringLiteral("guidelines.txt"), second, &uid2));
        QCOMPARE(m_editor->undoStack()->undoText(),
                 QStringLiteral("Attach guidelines.txt to “Recommendations on Regional Guidelines…”"));
        const QList<Attachment> files = m_repos->attachments().forDocument(d.id);
        QCOMPARE(files.size(), 2);
        QCOMPARE(files.at(0).version, 2);
        QCOMPARE(files.at(1).version, 1);
        QCOMPARE(files.at(0).sha256, AttachmentRepository::sha256Hex(second));
        QCOMPARE(files.at(1).size, first.size());
        QCOMPARE(files.at(1).mimeType, QStringLiteral("text/plain"));

        const QString out = m_dir.filePath(QStringLiteral("out-%1.txt").arg(m_files));
        QVERIFY(m_repos->attachments().saveTo(uid1, out));
        QCOMPARE(test::sha256Of(out), AttachmentRepository::sha256Hex(first));

        m_editor->undoStack()->undo();
        QCOMPARE(m_repos->attachments().forDocument(d.id).size(), 1);
        m_editor->undoStack()->redo();
        const auto back = m_repos->attachments().byUid(uid2, true);
        QVERIFY(back);
        QCOMPARE(back->version, 2);
        QCOMPARE(back->data, second);

        // Deleting the document takes its files; undo brings both back.
        QVERIFY(m_editor->removeDocument(d.uid));
        QVERIFY(!m_repos->documents().byUid(d.uid));
        QCOMPARE(m_matrix->rowCount(), 3);
        m_editor->undoStack()->undo();
        QCOMPARE(m_repos->attachments().forDocument(d.id).size(), 2);
        QCOMPARE(m_repos->documents().byUid(d.uid)->consultations.size(), 11);
    }
};

QTEST_GUILESS_MAIN(TestConsultationMatrixModel)
#include "tst_consultationmatrixmodel.moc"
