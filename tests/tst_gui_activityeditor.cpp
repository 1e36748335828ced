// The activity editor driven as a user would under the offscreen platform: typing the
// titles, ticking supporters, linking a meeting and a decision, the inline validation,
// and saving through the Editor as one undo step.

#include "GuiInput.h"
#include "TestSupport.h"
#include "commands/Editor.h"
#include "dialogs/ActivityEditor.h"
#include "storage/Repositories.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

namespace {

using test::child;
using test::chooseData;
using test::typeDate;
using test::typeText;

// Ticks a party in the supporters list: filter to it, then Space on it.
bool tick(QLineEdit *filter, QListWidget *list, const QString &name)
{
    filter->setFocus();
    QTest::keyClicks(filter, name);
    const QList<QListWidgetItem *> items = list->findItems(name, Qt::MatchExactly);
    if (items.size() != 1 || items.first()->isHidden())
        return false;
    list->setFocus();
    list->setCurrentItem(items.first());
    QTest::keyClick(list, Qt::Key_Space);
    filter->clear();
    return items.first()->checkState() == Qt::Checked;
}

} // namespace

class TestGuiActivityEditor : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Repositories> m_repos;
    std::unique_ptr<Editor> m_editor;

    qint64 partyId(const char *code) const { return m_repos->parties().byCode(QLatin1String(code))->id; }
    Activity byCode(const char *code) const { return *m_repos->activities().byCode(QLatin1String(code)); }

private Q_SLOTS:
    void init()
    {
        m_db = test::rcmDatabase(m_dir.filePath(QStringLiteral("rcm%1.sqlite").arg(m_files++)));
        QVERIFY(m_db);
        m_repos = std::make_unique<Repositories>(*m_db);
        m_editor = std::make_unique<Editor>(*m_repos);
    }
    void cleanup()
    {
        m_editor.reset();
        m_repos.reset();
        m_db.reset();
    }

    void createActivity()
    {
        const int before = m_repos->activities().count();
        ActivityEditor dialog(*m_editor, Activity());
        QSignalSpy saved(&dialog, &ActivityEditor::saved);
        dialog.open();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));

        auto *ok = child<QPushButton>(dialog, "okButton");
        auto *code = child<QLineEdit>(dialog, "code");
        auto *group = child<QComboBox>(dialog, "workingGroup");
        auto *titleEn = child<QLineEdit>(dialog, "titleEn");
        auto *titleEs = child<QLineEdit>(dialog, "titleEs");
        auto *lead = child<QComboBox>(dialog, "lead");
        auto *filter = child<QLineEdit>(dialog, "supportersFilter");
        auto *supporters = child<QListWidget>(dialog, "supportersList");
        auto *noDate = child<QCheckBox>(dialog, "noTargetDate");
        auto *start = child<QDateEdit>(dialog, "targetStart");
        auto *end = child<QDateEdit>(dialog, "targetEnd");
        auto *progress = child<QSpinBox>(dialog, "progress");
        auto *hasFunding = child<QCheckBox>(dialog, "hasFunding");
        auto *amount = child<QDoubleSpinBox>(dialog, "fundingAmount");
        auto *meeting = child<QComboBox>(dialog, "meetingCombo");
        auto *decision = child<QComboBox>(dialog, "decisionCombo");
        auto *titleError = child<QLabel>(dialog, "titleError");
        QVERIFY(ok && code && group && titleEn && titleEs && lead && filter && supporters && noDate && start && end &&
                progress && hasFunding && amount && meeting && decision && titleError);
        QAbstractItemModelTester supportersTester(supporters->model(),
                                                  QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester meetingsTester(meeting->model(),
                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester decisionsTester(decision->model(),
                                                 QAbstractItemModelTester::FailureReportingMode::QtTest);

        // A new activity has no title yet: OK is off and says why.
        QVERIFY(!ok->isEnabled());
        QVERIFY(titleError->isVisible());
        QVERIFY(noDate->isChecked() && !start->isEnabled());

        QTest::keyClicks(code, QStringLiteral("7.x"));
        const qint64 protection = m_repos->activities().byCode(QStringLiteral("7.h"))->workingGroupId;
        QVERIFY(chooseData(group, protection));
        QTest::keyClicks(titleEn, QStringLiteral("Regional workshop on reintegration"));
        typeText(titleEs, QStringLiteral("Taller regional sobre reintegración"));
        QVERIFY(!titleError->isVisible());
        QVERIFY(chooseData(lead, partyId("CR")));
        QVERIFY(tick(filter, supporters, QStringLiteral("Canada")));
        QVERIFY(tick(filter, supporters, QStringLiteral("International Organization for Migration (IOM)")));

        noDate->setFocus();
        QTest::keyClick(noDate, Qt::Key_Space);
        QVERIFY(start->isEnabled());
        typeDate(start, QDate(2022, 5, 10));
        typeDate(end, QDate(2022, 5, 12));
        progress->setFocus();
        progress->selectAll();
        QTest::keyClicks(progress, QStringLiteral("25"));
        hasFunding->setFocus();
        QTest::keyClick(hasFunding, Qt::Key_Space);
        amount->setFocus();
        amount->selectAll();
        QTest::keyClicks(amount, QStringLiteral("15000"));

        const Meeting rcgm = m_repos->meetings().all().first();
        const auto decision7h = m_repos->decisions().byNumber(rcgm.id, QStringLiteral("7.h"));
        QVERIFY(decision7h);
        QVERIFY(chooseData(meeting, rcgm.id));
        QVERIFY(chooseData(decision, decision7h->id));
        QVERIFY(decision->currentText().startsWith(QStringLiteral("7.h — ")));
        if (const QString dir = qEnvironmentVariable("PD_SCREENSHOTS"); !dir.isEmpty())
            dialog.grab().save(QDir(dir).filePath(QStringLiteral("activity-editor.png")));

        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(saved.count(), 1);
        QCOMPARE(m_repos->activities().count(), before + 1);
        const auto stored = m_repos->activities().byUid(saved.first().first().toString());
        QVERIFY(stored);
        QCOMPARE(stored->code, QStringLiteral("7.x"));
        QCOMPARE(stored->workingGroupId, protection);
        QCOMPARE(stored->title.en, QStringLiteral("Regional workshop on reintegration"));
        QCOMPARE(stored->title.es, QStringLiteral("Taller regional sobre reintegración"));
        QCOMPARE(stored->leadId, partyId("CR"));
        QCOMPARE(stored->supporterIds, (QList<qint64>{partyId("CA"), partyId("IOM")}));
        QCOMPARE(stored->targetStart, QDate(2022, 5, 10));
        QCOMPARE(stored->targetEnd, QDate(2022, 5, 12));
        QCOMPARE(stored->progress, 25);
        QCOMPARE(stored->fundingNeeded, std::optional<qint64>(1500000));
        QCOMPARE(stored->currency, QStringLiteral("USD"));
        QCOMPARE(stored->meetingId, rcgm.id);
        QCOMPARE(stored->decisionId, decision7h->id);

        QCOMPARE(m_editor->undoStack()->count(), 1);
        QCOMPARE(m_editor->undoStack()->undoText(), QStringLiteral("Add activity 7.x"));
        m_editor->undoStack()->undo();
        QVERIFY(!m_repos->activities().byUid(stored->uid));
    }

    void validation()
    {
        ActivityEditor dialog(*m_editor, Activity());
        dialog.open();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *ok = child<QPushButton>(dialog, "okButton");
        auto *code = child<QLineEdit>(dialog, "code");
        auto *titleEs = child<QLineEdit>(dialog, "titleEs");
        auto *noDate = child<QCheckBox>(dialog, "noTargetDate");
        auto *start = child<QDateEdit>(dialog, "targetStart");
        auto *end = child<QDateEdit>(dialog, "targetEnd");
        auto *titleError = child<QLabel>(dialog, "titleError");
        auto *datesError = child<QLabel>(dialog, "datesError");
        auto *codeError = child<QLabel>(dialog, "codeError");
        QVERIFY(ok && code && titleEs && noDate && start && end && titleError && datesError && codeError);

        QVERIFY(titleError->isVisible());
        QVERIFY(!ok->isEnabled());
        typeText(titleEs, QStringLiteral("Solo en español")); // either language is enough
        QVERIFY(!titleError->isVisible());
        QVERIFY(ok->isEnabled());

        QTest::keyClick(noDate, Qt::Key_Space);
        typeDate(start, QDate(2022, 5, 10));
        typeDate(end, QDate(2022, 5, 8));
        QVERIFY(datesError->isVisible());
        QVERIFY(!ok->isEnabled());
        dialog.accept(); // Ctrl+Return does the same: nothing is saved
        QVERIFY(dialog.isVisible());
        QCOMPARE(m_editor->undoStack()->count(), 0);
        typeDate(end, QDate(2022, 5, 11));
        QVERIFY(!datesError->isVisible());
        QVERIFY(ok->isEnabled());

        QTest::keyClicks(code, QStringLiteral("7.h"));
        QVERIFY(codeError->isVisible());
        QCOMPARE(codeError->text(), QStringLiteral("The code 7.h is already used by another activity."));
        QVERIFY(!ok->isEnabled());
        QTest::keyClick(code, Qt::Key_Backspace);
        QTest::keyClicks(code, QStringLiteral("z"));
        QVERIFY(!codeError->isVisible());

        QTest::keyClick(&dialog, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(m_repos->activities().byCode(QStringLiteral("7.z"))->title.es, QStringLiteral("Solo en español"));
    }

    void editingKeepsUntouchedFields()
    {
        Activity l = byCode("7.l");
        l.targetStart = QDate(2022, 2, 1);
        l.targetEnd = QDate(2022, 2, 1); // an explicit end on the same day stays
        l.fundingNeeded = 1234567;
        l.currency = QStringLiteral("EUR");
        l.progress = 35;
        l.description = {QStringLiteral("Line one\nLine two"), QStringLiteral("Línea")};
        l.hostId = partyId("MX");
        QVERIFY(m_repos->activities().update(l).ok());
        const Activity before = byCode("7.l");

        ActivityEditor dialog(*m_editor, before);
        dialog.open();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *status = child<QComboBox>(dialog, "status");
        QVERIFY(chooseData(status, int(ActivityStatus::InProgress)));
        QTest::keyClick(&dialog, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(!dialog.isVisible());

        Activity after = byCode("7.l");
        QCOMPARE(after.status, ActivityStatus::InProgress);
        after.status = before.status;
        QCOMPARE(after.code, before.code);
        QCOMPARE(after.workingGroupId, before.workingGroupId);
        QCOMPARE(after.kind, before.kind);
        QCOMPARE(after.title, before.title);
        QCOMPARE(after.description, before.description);
        QCOMPARE(after.leadId, before.leadId);
        QCOMPARE(after.hostId, before.hostId);
        QCOMPARE(after.supporterIds, before.supporterIds);
        QCOMPARE(after.targetStart, before.targetStart);
        QCOMPARE(after.targetEnd, before.targetEnd);
        QCOMPARE(after.progress, before.progress);
        QCOMPARE(after.fundingNeeded, before.fundingNeeded);
        QCOMPARE(after.currency, before.currency);
        QCOMPARE(after.meetingId, before.meetingId);
        QCOMPARE(after.decisionId, before.decisionId);
        QCOMPARE(m_editor->undoStack()->undoText(), QStringLiteral("Edit activity 7.l"));

        // OK without a change adds no undo step.
        ActivityEditor again(*m_editor, byCode("7.l"));
        again.open();
        QVERIFY(QTest::qWaitForWindowActive(&again));
        QTest::keyClick(&again, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(!again.isVisible());
        QCOMPARE(m_editor->undoStack()->count(), 1);
    }

    void undoAfterReopening()
    {
        const Activity h = byCode("7.h");
        {
            ActivityEditor dialog(*m_editor, h);
            dialog.open();
            QVERIFY(QTest::qWaitForWindowActive(&dialog));
            auto *titleEn = child<QLineEdit>(dialog, "titleEn");
            titleEn->selectAll();
            QTest::keyClicks(titleEn, QStringLiteral("Renamed"));
            QTest::keyClick(&dialog, Qt::Key_Return, Qt::ControlModifier);
            QVERIFY(!dialog.isVisible());
        }
        ActivityEditor reopened(*m_editor, byCode("7.h"));
        reopened.open();
        QCOMPARE(child<QLineEdit>(reopened, "titleEn")->text(), QStringLiteral("Renamed"));
        reopened.reject();
        m_editor->undoStack()->undo();
        QCOMPARE(byCode("7.h").title, h.title);
        ActivityEditor third(*m_editor, byCode("7.h"));
        QCOMPARE(child<QLineEdit>(third, "titleEn")->text(), h.title.en);
    }

    void saveErrorStaysInTheDialog()
    {
        const Activity k = byCode("7.k");
        ActivityEditor dialog(*m_editor, k);
        dialog.open();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QVERIFY(m_editor->removeActivity(k.uid).ok()); // someone else removed it meanwhile
        auto *titleEn = child<QLineEdit>(dialog, "titleEn");
        QTest::keyClicks(titleEn, QStringLiteral(" (revised)"));
        QTest::mouseClick(child<QPushButton>(dialog, "okButton"), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        auto *saveError = child<QLabel>(dialog, "saveError");
        QVERIFY(saveError->isVisible());
        QVERIFY(saveError->text().contains(QStringLiteral("no longer exists")));
    }
};

QTEST_MAIN(TestGuiActivityEditor)
#include "tst_gui_activityeditor.moc"
