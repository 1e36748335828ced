// File > Import Conclusions… driven as a user would under the offscreen platform, on a
// database that has the RCM directory but no meetings yet: the source document read
// from its .txt file, the preview with its 12 conclusions and the parser's warnings, one
// decision unticked and left out of the import, Edit > Undo removing the whole import, a
// second import of the same text adding nothing, a bad file refused in one line, typing
// parsing again after a pause, a warning selecting its line, and no import into a
// read-only database. Edits made in the form under the preview (a decision's text, due
// date and a party named) reach the database and go with Undo; the Spanish text over
// conclusions imported from the English one is shown as adding the Spanish text.

#include "MainWindow.h"
#include "TestSupport.h"
#include "commands/Editor.h"
#include "dialogs/ConclusionsImportDialog.h"
#include "exchange/ConclusionsImport.h"
#include "exchange/ConclusionsParser.h"
#include "exchange/ProfileLoader.h"
#include "storage/Repositories.h"
#include "widgets/PartyChecklist.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace pd;

namespace {

QString seedText()
{
    QFile file(QStringLiteral(PD_SEED_TEXT));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

struct Counts
{
    qsizetype meetings = 0, decisions = 0, activities = 0, documents = 0;
    bool operator==(const Counts &o) const
    {
        return meetings == o.meetings && decisions == o.decisions && activities == o.activities &&
               documents == o.documents;
    }
};

char *toString(const Counts &c)
{
    const QByteArray text = QByteArray::number(c.meetings) + ' ' + QByteArray::number(c.decisions) + ' ' +
                            QByteArray::number(c.activities) + ' ' + QByteArray::number(c.documents);
    return qstrdup(text.constData());
}

Counts countsOf(Repositories &repos)
{
    return {repos.meetings().all().size(), repos.decisions().all().size(), repos.activities().all().size(),
            repos.documents().all().size()};
}

QTreeWidgetItem *sectionOf(QTreeWidget *tree, const QString &name)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->data(0, Qt::UserRole + 4).toString() == name)
            return tree->topLevelItem(i);
    }
    return nullptr;
}

} // namespace

class TestGuiConclusionsImport : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_database;

    static std::unique_ptr<Database> open(const QString &file, Database::Access access)
    {
        Database::Options options;
        options.access = access;
        auto db = Database::open(file, options);
        return db ? std::move(*db) : nullptr;
    }

    // The RCM profile without its meetings, register, activities and documents.
    static bool makeDirectoryDatabase(const QString &path)
    {
        Database::Options options;
        options.create = true;
        auto db = Database::open(path, options);
        if (!db)
            return false;
        Repositories repos(**db);
        QFile file(QString::fromLatin1(ProfileLoader::RcmProfile));
        if (!file.open(QIODevice::ReadOnly))
            return false;
        QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        for (const char *key : {"meetings", "decisions", "activities", "documents"})
            root.insert(QLatin1String(key), QJsonArray());
        return ProfileLoader(repos).load(QJsonDocument(root).toJson()).ok();
    }

    static ConclusionsImportDialog *openDialog(MainWindow &window)
    {
        auto *action = window.findChild<QAction *>(QStringLiteral("conclusionsImportAction"));
        if (!action)
            return nullptr;
        action->trigger();
        return window.findChild<ConclusionsImportDialog *>(QStringLiteral("conclusionsImportDialog"));
    }

private Q_SLOTS:
    // The RCM profile without its meetings, register, activities and documents.
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_database = m_dir.filePath(QStringLiteral("directory.sqlite"));
        QVERIFY(makeDirectoryDatabase(m_database));
        QVERIFY(!seedText().isEmpty());
    }

    void previewUntickImportUndoTwice()
    {
        MainWindow window(open(m_database, Database::Access::ReadWrite));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Repositories &repos = window.repositories();
        QCOMPARE(countsOf(repos), Counts());

        auto *dialog = openDialog(window);
        QVERIFY(dialog);
        auto *tree = dialog->findChild<QTreeWidget *>(QStringLiteral("previewTree"));
        auto *warnings = dialog->findChild<QListWidget *>(QStringLiteral("warningsList"));
        auto *text = dialog->findChild<QPlainTextEdit *>(QStringLiteral("conclusionsText"));
        auto *importButton = dialog->findChild<QPushButton *>(QStringLiteral("importButton"));
        auto *fileError = dialog->findChild<QLabel *>(QStringLiteral("fileErrorLabel"));
        QVERIFY(tree && warnings && text && importButton && fileError);
        QVERIFY(!importButton->isEnabled()); // nothing to import yet

        // A file that is not there, then one that is not UTF-8: one line each, no preview.
        QVERIFY(!dialog->loadFile(m_dir.filePath(QStringLiteral("missing.txt"))));
        QVERIFY(fileError->isVisible());
        QVERIFY(!fileError->text().contains(QLatin1Char('\n')));
        const QString latin1 = m_dir.filePath(QStringLiteral("latin1.txt"));
        {
            QFile file(latin1);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("Conclusi\xf3n 1. Aprobar\n");
        }
        QVERIFY(!dialog->loadFile(latin1));
        QVERIFY(fileError->isVisible());
        QCOMPARE(tree->topLevelItemCount(), 0);

        // The source document: the preview as the parser reads it.
        QVERIFY(dialog->loadFile(QStringLiteral(PD_SEED_TEXT)));
        QVERIFY(!fileError->isVisible());
        const ParsedConclusions expected = ConclusionsParser(ConclusionsImport::context(repos))
                                               .parse(seedText(), ConclusionsParser::LanguageChoice::Auto);
        QTreeWidgetItem *meeting = sectionOf(tree, QStringLiteral("meeting"));
        QTreeWidgetItem *decisions = sectionOf(tree, QStringLiteral("decisions"));
        QVERIFY(meeting && decisions);
        QVERIFY(sectionOf(tree, QStringLiteral("activities")));
        QVERIFY(sectionOf(tree, QStringLiteral("documents")));
        QCOMPARE(decisions->childCount(), 12);
        QCOMPARE(dialog->parsed().conclusionCount(), 12);
        QCOMPARE(qsizetype(warnings->count()), expected.warnings.size());
        QCOMPARE(meeting->text(3), QStringLiteral("new"));
        QCOMPARE(decisions->child(0)->text(0), QStringLiteral("1"));
        QCOMPARE(decisions->child(0)->childCount(), 5); // 1: a–e
        QCOMPARE(decisions->child(0)->text(3), QStringLiteral("new"));
        QVERIFY(importButton->isEnabled());

        // Untick conclusion 3 (it has no sub-items): the preview would add one decision less.
        QTreeWidgetItem *third = decisions->child(2);
        QCOMPARE(third->text(0), QStringLiteral("3"));
        QCOMPARE(third->childCount(), 0);
        const int before = dialog->summary().decisionsAdded;
        third->setCheckState(0, Qt::Unchecked);
        QVERIFY(!dialog->parsed().decision(QStringLiteral("3"))->included);
        QCOMPARE(dialog->summary().decisionsAdded, before - 1);
        const ConclusionsImportSummary preview = dialog->summary();

        QTest::mouseClick(importButton, Qt::LeftButton);
        const QPointer<ConclusionsImportDialog> closed(dialog);
        QTRY_VERIFY(closed.isNull()); // closed and deleted
        const Counts imported{preview.meetingsAdded, preview.decisionsAdded, preview.activitiesAdded,
                              preview.documentsAdded};
        QCOMPARE(countsOf(repos), imported);
        QCOMPARE(imported.decisions, qsizetype(expected.decisions.size() - 1));
        const QList<Meeting> meetings = repos.meetings().all();
        const auto held = std::find_if(meetings.cbegin(), meetings.cend(),
                                       [&](const Meeting &m) { return m.startDate == expected.meeting.start; });
        QVERIFY(held != meetings.cend());
        QVERIFY(!repos.decisions().byNumber(held->id, QStringLiteral("3")));
        QVERIFY(repos.decisions().byNumber(held->id, QStringLiteral("4")));
        QVERIFY(window.statusBar()->currentMessage().contains(QString::number(preview.decisionsAdded)));

        // One undo step, and Edit > Undo takes it all back.
        QCOMPARE(window.editor().undoStack()->count(), 1);
        auto *undo = window.findChild<QAction *>(QStringLiteral("undoAction"));
        QVERIFY(undo && undo->isEnabled());
        undo->trigger();
        QCOMPARE(countsOf(repos), Counts());
        window.editor().undoStack()->redo();
        QCOMPARE(countsOf(repos), imported);

        // The same text again: everything marked present, nothing to add.
        auto *again = openDialog(window);
        QVERIFY(again);
        QVERIFY(again->loadFile(QStringLiteral(PD_SEED_TEXT)));
        auto *tree2 = again->findChild<QTreeWidget *>(QStringLiteral("previewTree"));
        QTreeWidgetItem *decisions2 = sectionOf(tree2, QStringLiteral("decisions"));
        QCOMPARE(sectionOf(tree2, QStringLiteral("meeting"))->text(3), QStringLiteral("already present"));
        QCOMPARE(decisions2->child(0)->text(3), QStringLiteral("already present"));
        QCOMPARE(decisions2->child(2)->text(3), QStringLiteral("new")); // 3 was left out
        decisions2->child(2)->setCheckState(0, Qt::Unchecked);
        QCOMPARE(again->summary().added(), 0);
        QVERIFY(!again->findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
        // With 3 ticked it would add only that one; importing it all adds nothing else.
        decisions2->child(2)->setCheckState(0, Qt::Checked);
        QCOMPARE(again->summary().decisionsAdded, 1);
        QTest::mouseClick(again->findChild<QPushButton *>(QStringLiteral("importButton")), Qt::LeftButton);
        QTRY_VERIFY(!again->isVisible());
        QCOMPARE(countsOf(repos).decisions, imported.decisions + 1);
        QCOMPARE(countsOf(repos).meetings, imported.meetings);
        QCOMPARE(window.editor().undoStack()->count(), 2);
    }

    // Typing (or changing the language) parses again after a pause.
    void reparsesAfterTyping()
    {
        MainWindow window(open(m_database, Database::Access::ReadWrite));
        auto *dialog = openDialog(window);
        QVERIFY(dialog);
        auto *text = dialog->findChild<QPlainTextEdit *>(QStringLiteral("conclusionsText"));
        text->setPlainText(seedText());
        QCOMPARE(dialog->parsed().conclusionCount(), 0); // not yet: debounced
        QTRY_COMPARE(dialog->parsed().conclusionCount(), 12);
        auto *language = dialog->findChild<QComboBox *>(QStringLiteral("languageCombo"));
        language->setCurrentIndex(2); // Spanish
        QTRY_COMPARE(dialog->parsed().language, Language::Spanish);
    }

    // A warning is listed with its line, and a click on it selects that line in the text.
    void warningSelectsItsLine()
    {
        MainWindow window(open(m_database, Database::Access::ReadWrite));
        auto *dialog = openDialog(window);
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(dialog->loadFile(QStringLiteral(PD_TEST_DATA_DIR "/conclusions/en-parens-restart.txt")));
        auto *warnings = dialog->findChild<QListWidget *>(QStringLiteral("warningsList"));
        auto *text = dialog->findChild<QPlainTextEdit *>(QStringLiteral("conclusionsText"));
        QCOMPARE(warnings->count(), 1);
        QVERIFY(warnings->item(0)->text().startsWith(QStringLiteral("Line 17: ")));
        QVERIFY(warnings->item(0)->text().contains(QStringLiteral("Foo Bar Institute")));
        QTest::mouseClick(warnings->viewport(), Qt::LeftButton, {},
                          warnings->visualItemRect(warnings->item(0)).center());
        QCOMPARE(text->textCursor().blockNumber(), 16);
        QVERIFY(text->textCursor().selectedText().contains(QStringLiteral("Foo Bar Institute")));
    }

    // The officer corrects decision 1.a in the form under the preview: its text, due date
    // and a party it names. The row shows the edit, unticking and ticking keeps it, the
    // import writes it, and Undo takes it out with the rest.
    void editsReachTheDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("edits.sqlite"));
        QVERIFY(makeDirectoryDatabase(path));
        MainWindow window(open(path, Database::Access::ReadWrite));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Repositories &repos = window.repositories();
        auto *dialog = openDialog(window);
        QVERIFY(dialog);
        QVERIFY(dialog->loadFile(QStringLiteral(PD_SEED_TEXT)));
        dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        auto *tree = dialog->findChild<QTreeWidget *>(QStringLiteral("previewTree"));
        auto *text = dialog->findChild<QPlainTextEdit *>(QStringLiteral("decisionTextEdit"));
        auto *verb = dialog->findChild<QComboBox *>(QStringLiteral("decisionVerbCombo"));
        auto *due = dialog->findChild<QDateEdit *>(QStringLiteral("decisionDueEdit"));
        auto *parties = dialog->findChild<PartyChecklist *>(QStringLiteral("decisionPartiesList"));
        QVERIFY(tree && text && verb && due && parties);
        auto *partyList = parties->findChild<QListWidget *>();
        QVERIFY(partyList);

        // Select 1.a and press F2: the focus goes to its text.
        QTreeWidgetItem *item = sectionOf(tree, QStringLiteral("decisions"))->child(0)->child(0);
        QCOMPARE(item->text(0), QStringLiteral("1.a"));
        tree->setFocus();
        tree->setCurrentItem(item);
        QTest::keyClick(tree, Qt::Key_F2);
        QTRY_VERIFY(text->hasFocus());
        QCOMPARE(text->toPlainText(), dialog->parsed().decision(QStringLiteral("1.a"))->text);
        const QString corrected = QStringLiteral("To urge the Member Countries to reply before the summer.");
        QTest::keyClick(text, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(text, corrected);
        QTest::keyClick(text, Qt::Key_Tab); // the text edit lets Tab move on
        QVERIFY(verb->hasFocus());
        due->setFocus();
        due->setDate(QDate(2022, 6, 30));
        const qint64 belize = repos.parties().byCode(QStringLiteral("BZ"))->id;
        QListWidgetItem *belizeItem = nullptr;
        for (int i = 0; i < partyList->count(); ++i) {
            if (partyList->item(i)->data(Qt::UserRole).toLongLong() == belize)
                belizeItem = partyList->item(i);
        }
        QVERIFY(belizeItem);
        QCOMPARE(belizeItem->checkState(), Qt::Unchecked);
        belizeItem->setCheckState(Qt::Checked);

        // The value the import writes, and the row, show the edit.
        const ParsedDecision *edited = dialog->parsed().decision(QStringLiteral("1.a"));
        QCOMPARE(edited->text, corrected);
        QCOMPARE(edited->due, QDate(2022, 6, 30));
        QVERIFY(edited->parties.contains(QStringLiteral("BZ")));
        QCOMPARE(item->text(2), corrected);
        QVERIFY(item->font(2).italic());
        QCOMPARE(item->text(3), QStringLiteral("new (edited)"));
        QVERIFY(!sectionOf(tree, QStringLiteral("decisions"))->child(0)->font(2).italic());

        // Unticking and ticking keeps the edit; so does looking at another item.
        item->setCheckState(0, Qt::Unchecked);
        item->setCheckState(0, Qt::Checked);
        tree->setCurrentItem(sectionOf(tree, QStringLiteral("decisions"))->child(0));
        QVERIFY(text->toPlainText() != corrected);
        tree->setCurrentItem(item);
        QCOMPARE(text->toPlainText(), corrected);
        QCOMPARE(due->date(), QDate(2022, 6, 30));
        QCOMPARE(dialog->parsed().decision(QStringLiteral("1.a"))->text, corrected);

        auto *importButton = dialog->findChild<QPushButton *>(QStringLiteral("importButton"));
        QTest::mouseClick(importButton, Qt::LeftButton);
        const QPointer<ConclusionsImportDialog> closed(dialog);
        QTRY_VERIFY(closed.isNull());
        const QList<Meeting> meetings = repos.meetings().all();
        const auto held = std::find_if(meetings.cbegin(), meetings.cend(),
                                       [](const Meeting &m) { return m.startDate == QDate(2021, 12, 1); });
        QVERIFY(held != meetings.cend());
        const auto decision = repos.decisions().byNumber(held->id, QStringLiteral("1.a"));
        QVERIFY(decision);
        QCOMPARE(decision->text.en, corrected);
        QCOMPARE(decision->due, QDate(2022, 6, 30));
        QVERIFY(decision->partyIds.contains(belize));

        window.findChild<QAction *>(QStringLiteral("undoAction"))->trigger();
        QVERIFY(!repos.decisions().byUid(decision->uid));
        QCOMPARE(countsOf(repos), Counts());
    }

    // Conclusions imported from the English text, then the Spanish text: the preview says
    // each record gets its Spanish text, and the import adds no record.
    // Escape with corrections made asks before losing them; without, it just closes.
    void escapeAsksBeforeLosingEdits()
    {
        const QString path = m_dir.filePath(QStringLiteral("escape.sqlite"));
        QVERIFY(makeDirectoryDatabase(path));
        MainWindow window(open(path, Database::Access::ReadWrite));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QPointer<ConclusionsImportDialog> dialog = openDialog(window);
        QVERIFY(dialog);
        QVERIFY(dialog->loadFile(QStringLiteral(PD_SEED_TEXT)));
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        auto *tree = dialog->findChild<QTreeWidget *>(QStringLiteral("previewTree"));
        auto *text = dialog->findChild<QPlainTextEdit *>(QStringLiteral("decisionTextEdit"));
        QVERIFY(tree && text);
        tree->setCurrentItem(sectionOf(tree, QStringLiteral("decisions"))->child(0));
        text->setFocus();
        QTest::keyClicks(text, QStringLiteral(" (corrected)"));

        const auto question = [&] { return dialog->findChild<QMessageBox *>(QStringLiteral("discardEditsQuestion")); };
        QTest::keyClick(tree, Qt::Key_Escape);
        QTRY_VERIFY(question() && question()->isVisible());
        QTest::mouseClick(question()->findChild<QPushButton *>(QStringLiteral("keepEditingButton")), Qt::LeftButton);
        QTRY_VERIFY(!question());
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->parsed().decision(QStringLiteral("1"))->text.contains(QStringLiteral(" (corrected)")));

        dialog->close(); // the window's close button asks too
        QTRY_VERIFY(question() && question()->isVisible());
        QTest::mouseClick(question()->findChild<QPushButton *>(QStringLiteral("discardEditsButton")), Qt::LeftButton);
        QTRY_VERIFY(!dialog); // closed, and deleted on close
        QCOMPARE(window.editor().undoStack()->count(), 0);

        // Nothing corrected: Escape closes at once.
        QPointer<ConclusionsImportDialog> again = openDialog(window);
        QVERIFY(again);
        QVERIFY(again->loadFile(QStringLiteral(PD_SEED_TEXT)));
        QVERIFY(QTest::qWaitForWindowExposed(again));
        QTest::keyClick(again->findChild<QTreeWidget *>(QStringLiteral("previewTree")), Qt::Key_Escape);
        QTRY_VERIFY(!again);
    }

    void spanishOverEnglishAddsText()
    {
        const QString path = m_dir.filePath(QStringLiteral("bilingual.sqlite"));
        QVERIFY(makeDirectoryDatabase(path));
        MainWindow window(open(path, Database::Access::ReadWrite));
        Repositories &repos = window.repositories();
        QFile english(QStringLiteral(PD_TEST_DATA_DIR "/conclusions/en-parentheses-noise.txt"));
        QVERIFY(english.open(QIODevice::ReadOnly));
        QVERIFY(
            window.editor()
                .importConclusions(
                    ConclusionsParser(ConclusionsImport::context(repos)).parse(QString::fromUtf8(english.readAll())))
                .ok());
        const Counts imported = countsOf(repos);

        auto *dialog = openDialog(window);
        QVERIFY(dialog);
        QVERIFY(dialog->loadFile(QStringLiteral(PD_TEST_DATA_DIR "/conclusions/es-parentesis-ruido.txt")));
        auto *tree = dialog->findChild<QTreeWidget *>(QStringLiteral("previewTree"));
        QCOMPARE(sectionOf(tree, QStringLiteral("meeting"))->text(3), QStringLiteral("adds Spanish text"));
        QTreeWidgetItem *decisions = sectionOf(tree, QStringLiteral("decisions"));
        QCOMPARE(decisions->child(0)->text(3), QStringLiteral("adds Spanish text"));
        QCOMPARE(sectionOf(tree, QStringLiteral("documents"))->child(0)->text(3), QStringLiteral("adds Spanish text"));
        QCOMPARE(dialog->summary().added(), 0);
        QVERIFY(
            dialog->findChild<QLabel *>(QStringLiteral("summaryLabel"))->text().contains(QStringLiteral("Spanish")));
        auto *importButton = dialog->findChild<QPushButton *>(QStringLiteral("importButton"));
        QVERIFY(importButton->isEnabled());
        QTest::mouseClick(importButton, Qt::LeftButton);
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(countsOf(repos), imported);
        QCOMPARE(window.editor().undoStack()->count(), 2);
        for (const Decision &d : repos.decisions().all())
            QVERIFY(!d.text.en.isEmpty() && !d.text.es.isEmpty());
        window.editor().undoStack()->undo();
        for (const Decision &d : repos.decisions().all())
            QVERIFY(d.text.es.isEmpty());
    }

    void readOnlyImportsNothing()
    {
        MainWindow window(open(m_database, Database::Access::ReadOnly));
        auto *dialog = openDialog(window);
        QVERIFY(dialog);
        QVERIFY(dialog->loadFile(QStringLiteral(PD_SEED_TEXT)));
        QVERIFY(dialog->parsed().conclusionCount() == 12);
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
        QVERIFY(
            dialog->findChild<QLabel *>(QStringLiteral("summaryLabel"))->text().contains(QStringLiteral("read-only")));
    }
};

QTEST_MAIN(TestGuiConclusionsImport)
#include "tst_gui_conclusionsimport.moc"
