// The meeting editor driven as a user would under the offscreen platform: typing into
// its fields, adding participants and agenda items with the keyboard, and saving
// through the Editor as one undo step (or not at all: unchanged, cancelled, a write
// that fails). Validation, warnings and the tab order are in tst_gui_meetingeditorchecks.

#include "MeetingEditorFixture.h"
#include "dialogs/AgendaTableModel.h"
#include "dialogs/MeetingEditor.h"
#include "dialogs/ParticipantTableModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>

using namespace pd;
using namespace pd::test;

class TestGuiMeetingEditor : public QObject, private MeetingEditorFixture
{
    Q_OBJECT
private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void createMeetingWithParticipantsAndAgenda()
    {
        const int before = m_repos->meetings().count();
        MeetingEditor dialog(*m_editor, Meeting());
        QSignalSpy saved(&dialog, &MeetingEditor::saved);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));

        auto *tabs = child<QTabWidget>(dialog, "meetingTabs");
        auto *ok = child<QPushButton>(dialog, "okButton");
        auto *kind = child<QComboBox>(dialog, "kind");
        auto *titleEn = child<QLineEdit>(dialog, "titleEn");
        auto *titleEs = child<QLineEdit>(dialog, "titleEs");
        auto *descriptionEn = child<QPlainTextEdit>(dialog, "descriptionEn");
        auto *unscheduled = child<QCheckBox>(dialog, "toBeScheduled");
        auto *startDate = child<QDateEdit>(dialog, "startDate");
        auto *endDate = child<QDateEdit>(dialog, "endDate");
        auto *allDay = child<QCheckBox>(dialog, "allDay");
        auto *venueCity = child<QLineEdit>(dialog, "venueCity");
        auto *host = child<QComboBox>(dialog, "host");
        auto *mode = child<QComboBox>(dialog, "mode");
        auto *status = child<QComboBox>(dialog, "status");
        auto *group = child<QComboBox>(dialog, "workingGroup");
        auto *party = child<QComboBox>(dialog, "participantParty");
        auto *role = child<QComboBox>(dialog, "participantRole");
        auto *addParticipant = child<QPushButton>(dialog, "addParticipant");
        auto *participantsView = child<QTableView>(dialog, "participantsView");
        auto *agendaView = child<QTableView>(dialog, "agendaView");
        auto *addItem = child<QPushButton>(dialog, "addAgendaItem");
        auto *moveUp = child<QPushButton>(dialog, "moveAgendaItemUp");
        QVERIFY(tabs && ok && kind && titleEn && titleEs && descriptionEn && unscheduled && startDate && endDate &&
                allDay && venueCity && host && mode && status && group && party && role && addParticipant &&
                participantsView && agendaView && addItem && moveUp);
        QAbstractItemModelTester participantsTester(participantsView->model(),
                                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester agendaTester(agendaView->model(),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);

        // A new meeting starts unscheduled, all day, and without a title (so OK is off).
        QVERIFY(unscheduled->isChecked());
        QVERIFY(!startDate->isEnabled());
        QVERIFY(allDay->isChecked());
        QVERIFY(!ok->isEnabled());

        QVERIFY(choose(kind, QStringLiteral("Workshop")));
        QTest::keyClicks(titleEn, QStringLiteral("Workshop on Labour Migration"));
        typeText(titleEs, QStringLiteral("Taller sobre Migración Laboral"));
        QTest::keyClicks(descriptionEn, QStringLiteral("Three days with employers."));
        unscheduled->setFocus();
        QTest::keyClick(unscheduled, Qt::Key_Space);
        QVERIFY(startDate->isEnabled());
        typeDate(startDate, QDate(2022, 5, 10));
        typeDate(endDate, QDate(2022, 5, 12));
        QCOMPARE(startDate->date(), QDate(2022, 5, 10));
        QCOMPARE(endDate->date(), QDate(2022, 5, 12));
        QTest::keyClicks(venueCity, QStringLiteral("San Salvador"));
        QVERIFY(choose(host, QStringLiteral("El Salvador")));
        QVERIFY(choose(mode, QStringLiteral("In person")));
        QVERIFY(choose(status, QStringLiteral("Confirmed")));
        QVERIFY(choose(group, QStringLiteral("Working Group on Labour Migration")));
        QVERIFY(ok->isEnabled());

        // Participants: the role follows the party (incoming presidency, presidency).
        QTest::keyClick(&dialog, Qt::Key_P, Qt::AltModifier);
        QCOMPARE(tabs->currentIndex(), 1);
        QVERIFY(choose(party, QStringLiteral("El Salvador")));
        QCOMPARE(role->currentText(), QStringLiteral("Incoming presidency"));
        QTest::mouseClick(addParticipant, Qt::LeftButton);
        QVERIFY(choose(party, QStringLiteral("Mexico")));
        QCOMPARE(role->currentText(), QStringLiteral("Presidency Pro-Tempore"));
        QTest::mouseClick(addParticipant, Qt::LeftButton);
        QCOMPARE(participantsView->model()->rowCount(), 2);
        // No duplicates: a party taking part is not offered again, nor accepted twice.
        QCOMPARE(party->findText(QStringLiteral("Mexico")), -1);
        auto *participants = qobject_cast<ParticipantTableModel *>(participantsView->model());
        QVERIFY(participants);
        QCOMPARE(participants->addParticipant({partyId("MX"), ParticipantRole::Member, {}}), -1);
        // A third one, removed again with Delete.
        QVERIFY(choose(party, QStringLiteral("Canada")));
        QTest::mouseClick(addParticipant, Qt::LeftButton);
        QCOMPARE(participantsView->model()->rowCount(), 3);
        participantsView->setFocus();
        participantsView->selectRow(2);
        QTest::keyClick(participantsView, Qt::Key_Delete);
        QCOMPARE(participantsView->model()->rowCount(), 2);
        QVERIFY(party->findText(QStringLiteral("Canada")) >= 0);
        QCOMPARE(tabs->tabText(1), QStringLiteral("&Participants (2)"));

        // Agenda: three items typed into the table, Tab from cell to cell.
        QTest::keyClick(&dialog, Qt::Key_G, Qt::AltModifier);
        QCOMPARE(tabs->currentIndex(), 2);
        const Document document = m_repos->documents().all().first();
        QTest::mouseClick(addItem, Qt::LeftButton);
        QTest::keyClicks(focused(&dialog), QStringLiteral("Opening"));
        QTest::keyClick(focused(&dialog), Qt::Key_Tab);
        QTest::keyClicks(focused(&dialog), QStringLiteral("Apertura"));
        QTest::keyClick(focused(&dialog), Qt::Key_Tab);
        auto *presenter = qobject_cast<QComboBox *>(focused(&dialog));
        QVERIFY(presenter);
        QVERIFY(choose(presenter, QStringLiteral("Mexico")));
        QTest::keyClick(presenter, Qt::Key_Tab);
        QCOMPARE(focused(&dialog)->objectName(), QStringLiteral("timeEditor"));
        QTest::keyClicks(focused(&dialog), QStringLiteral("930"));
        QTest::keyClick(focused(&dialog), Qt::Key_Tab);
        auto *minutes = qobject_cast<QSpinBox *>(focused(&dialog));
        QVERIFY(minutes);
        QTest::keyClicks(minutes, QStringLiteral("45"));
        QTest::keyClick(minutes, Qt::Key_Tab);
        auto *linked = qobject_cast<QComboBox *>(focused(&dialog));
        QVERIFY(linked);
        QVERIFY(choose(linked, linked->itemText(linked->findData(document.id))));
        QTest::keyClick(linked, Qt::Key_Return);
        QTRY_VERIFY(!agendaView->indexWidget(agendaView->currentIndex()));

        for (const QString &title : {QStringLiteral("Labour migration"), QStringLiteral("Closing")}) {
            QTest::mouseClick(addItem, Qt::LeftButton);
            QTest::keyClicks(focused(&dialog), title);
            QTest::keyClick(focused(&dialog), Qt::Key_Return);
            QTRY_VERIFY(!agendaView->indexWidget(agendaView->currentIndex()));
        }
        QAbstractItemModel *agenda = agendaView->model();
        QCOMPARE(agenda->rowCount(), 3);
        // The second item starts when the first ends.
        QCOMPARE(agenda->index(1, AgendaTableModel::StartColumn).data().toString(), QStringLiteral("10:15"));

        // "Closing" goes before "Labour migration": with the button, and back and forth by keyboard.
        QCOMPARE(agendaView->currentIndex().row(), 2);
        QTest::mouseClick(moveUp, Qt::LeftButton);
        QCOMPARE(agendaView->currentIndex().row(), 1);
        agendaView->setFocus();
        QTest::keyClick(agendaView, Qt::Key_Down, Qt::AltModifier);
        QTest::keyClick(agendaView, Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(agenda->index(1, AgendaTableModel::TitleEnColumn).data().toString(), QStringLiteral("Closing"));
        QCOMPARE(agenda->headerData(2, Qt::Vertical).toString(), QStringLiteral("3"));
        QCOMPARE(tabs->tabText(2), QStringLiteral("A&genda (3)"));

        // Ctrl+Return saves and closes.
        QTest::keyClick(agendaView, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(saved.count(), 1);
        const QString uid = saved.first().first().toString();
        QCOMPARE(dialog.meeting().uid, uid);
        QVERIFY(dialog.meeting().id > 0);
        QCOMPARE(m_repos->meetings().count(), before + 1);

        const auto stored = m_repos->meetings().byUid(uid);
        QVERIFY(stored);
        QCOMPARE(stored->kind, MeetingKind::Workshop);
        QCOMPARE(stored->title.en, QStringLiteral("Workshop on Labour Migration"));
        QCOMPARE(stored->title.es, QStringLiteral("Taller sobre Migración Laboral"));
        QCOMPARE(stored->description.en, QStringLiteral("Three days with employers."));
        QCOMPARE(stored->startDate, QDate(2022, 5, 10));
        QCOMPARE(stored->endDate, QDate(2022, 5, 12));
        QVERIFY(stored->isAllDay());
        QCOMPARE(stored->venueCity, QStringLiteral("San Salvador"));
        QCOMPARE(stored->hostId, partyId("SV"));
        QCOMPARE(stored->mode, MeetingMode::InPerson);
        QCOMPARE(stored->status, MeetingStatus::Confirmed);
        QCOMPARE(m_repos->workingGroups().byId(stored->workingGroupId)->code, QStringLiteral("LM"));
        QCOMPARE(stored->participants.size(), 2);
        QCOMPARE(stored->participants.at(0).partyId, partyId("SV"));
        QCOMPARE(stored->participants.at(0).role, ParticipantRole::IncomingPresidency);
        QCOMPARE(stored->participants.at(1).partyId, partyId("MX"));
        QCOMPARE(stored->participants.at(1).role, ParticipantRole::Presidency);
        QCOMPARE(stored->agenda.size(), 3);
        const AgendaItem &first = stored->agenda.at(0);
        QCOMPARE(first.numbering, QStringLiteral("1"));
        QCOMPARE(first.title.en, QStringLiteral("Opening"));
        QCOMPARE(first.title.es, QStringLiteral("Apertura"));
        QCOMPARE(first.presenterId, partyId("MX"));
        QCOMPARE(first.startTime, QTime(9, 30));
        QCOMPARE(first.durationMinutes, 45);
        QCOMPARE(first.documentId, document.id);
        QCOMPARE(stored->agenda.at(1).numbering, QStringLiteral("2"));
        QCOMPARE(stored->agenda.at(1).title.en, QStringLiteral("Closing"));
        QCOMPARE(stored->agenda.at(2).numbering, QStringLiteral("3"));
        QCOMPARE(stored->agenda.at(2).title.en, QStringLiteral("Labour migration"));
        QCOMPARE(stored->agenda.at(2).startTime, QTime(10, 15));

        // One undo step, named in words; undo removes the meeting.
        QCOMPARE(m_editor->undoStack()->count(), 1);
        QCOMPARE(m_editor->undoStack()->undoText(), QStringLiteral("Add meeting “Workshop on Labour Migration”"));
        m_editor->undoStack()->undo();
        QVERIFY(!m_repos->meetings().byUid(uid));
        QCOMPARE(m_repos->meetings().count(), before);
    }

    void editExistingMeetingAndUndo()
    {
        const Meeting original = rcgm();
        QVERIFY(original.id > 0);
        QCOMPARE(original.status, MeetingStatus::Held);
        MeetingEditor dialog(*m_editor, original);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QCOMPARE(child<QLineEdit>(dialog, "titleEn")->text(), original.title.en);
        QVERIFY(!child<QCheckBox>(dialog, "toBeScheduled")->isChecked());
        QCOMPARE(child<QDateEdit>(dialog, "startDate")->date(), QDate(2021, 12, 1));
        QCOMPARE(child<QComboBox>(dialog, "host")->currentData().toLongLong(), partyId("MX"));
        QCOMPARE(child<QTableView>(dialog, "participantsView")->model()->rowCount(), 16);
        // Editing a meeting does not warn about the meeting itself.
        QVERIFY(!child<QLabel>(dialog, "overlapWarning")->isVisible());

        // Names follow the content language.
        dialog.setLanguage(Language::Spanish);
        QCOMPARE(child<QComboBox>(dialog, "host")->currentText(), QStringLiteral("México"));
        QCOMPARE(child<QTableView>(dialog, "participantsView")->model()->index(0, 0).data().toString(),
                 QStringLiteral("Belice"));

        QVERIFY(choose(child<QComboBox>(dialog, "status"), QStringLiteral("Postponed")));
        QTest::mouseClick(child<QPushButton>(dialog, "okButton"), Qt::LeftButton);
        QVERIFY(!dialog.isVisible());

        const Meeting edited = *m_repos->meetings().byId(original.id);
        QCOMPARE(edited.status, MeetingStatus::Postponed);
        QCOMPARE(edited.participants, original.participants);
        QCOMPARE(edited.title, original.title);
        QCOMPARE(edited.startDate, original.startDate);
        QCOMPARE(m_editor->undoStack()->count(), 1);
        QVERIFY(m_editor->undoStack()->undoText().startsWith(QStringLiteral("Edit meeting “Meeting of the")));
        m_editor->undoStack()->undo();
        QCOMPARE(m_repos->meetings().byId(original.id)->status, MeetingStatus::Held);
    }

    void unchangedMeetingPushesNothing()
    {
        MeetingEditor dialog(*m_editor, rcgm());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTest::mouseClick(child<QPushButton>(dialog, "okButton"), Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(m_editor->undoStack()->count(), 0);
    }

    void escapeCancels()
    {
        const int before = m_repos->meetings().count();
        auto *dialog = new MeetingEditor(*m_editor, Meeting());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QPointer<MeetingEditor> guard(dialog);
        QSignalSpy saved(dialog, &MeetingEditor::saved);
        dialog->open();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QTest::keyClicks(child<QLineEdit>(*dialog, "titleEn"), QStringLiteral("Never saved"));
        QTest::keyClick(child<QLineEdit>(*dialog, "titleEn"), Qt::Key_Escape);
        QTRY_VERIFY(guard.isNull());
        QCOMPARE(saved.count(), 0);
        QCOMPARE(m_editor->undoStack()->count(), 0);
        QCOMPARE(m_repos->meetings().count(), before);
    }

    void writeErrorKeepsTheDialogOpen()
    {
        Meeting meeting;
        meeting.title.en = QStringLiteral("Short-lived");
        QVERIFY(m_editor->addMeeting(meeting).ok());
        MeetingEditor dialog(*m_editor, meeting);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QVERIFY(m_editor->removeMeeting(meeting.uid).ok()); // gone while the dialog is open
        QVERIFY(choose(child<QComboBox>(dialog, "status"), QStringLiteral("Cancelled")));
        QTest::mouseClick(child<QPushButton>(dialog, "okButton"), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        auto *error = child<QLabel>(dialog, "saveError");
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("no longer exists")));
        QCOMPARE(m_editor->undoStack()->count(), 2); // the addition and the removal only
    }

    void ctrlReturnKeepsTheCellBeingEdited()
    {
        MeetingEditor dialog(*m_editor, Meeting());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTest::keyClicks(child<QLineEdit>(dialog, "titleEn"), QStringLiteral("Quick one"));
        child<QTabWidget>(dialog, "meetingTabs")->setCurrentIndex(2);
        auto *view = child<QTableView>(dialog, "agendaView");
        QTest::mouseClick(child<QPushButton>(dialog, "addAgendaItem"), Qt::LeftButton);
        QTest::keyClicks(dialog.focusWidget(), QStringLiteral("Still typing"));
        QVERIFY(view->indexWidget(view->currentIndex())); // the editor is open
        QTest::keyClick(dialog.focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(!dialog.isVisible());
        const auto stored = m_repos->meetings().byId(dialog.meeting().id);
        QVERIFY(stored);
        QCOMPARE(stored->agenda.size(), 1);
        QCOMPARE(stored->agenda.first().title.en, QStringLiteral("Still typing"));
    }
};

QTEST_MAIN(TestGuiMeetingEditor)
#include "tst_gui_meetingeditor.moc"
