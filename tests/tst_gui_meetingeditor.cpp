// The meeting editor driven as a user would under the offscreen platform: typing into
// its fields, adding participants and agenda items with the keyboard, the inline
// validation and warnings, and saving through the Editor as one undo step.

#include "TestSupport.h"
#include "commands/Editor.h"
#include "dialogs/AgendaTableModel.h"
#include "dialogs/MeetingEditor.h"
#include "dialogs/ParticipantTableModel.h"
#include "storage/Repositories.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>

using namespace pd;

namespace {

// Chooses an entry of a combo box with the keyboard: Home, then Down to it.
bool choose(QComboBox *combo, const QString &text)
{
    const int target = combo->findText(text);
    if (target < 0) {
        qWarning() << "no" << text << "in" << combo->objectName();
        return false;
    }
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < target; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    return combo->currentIndex() == target;
}

// QTest::keyClicks takes ASCII only; accented letters are sent as text.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(widget, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

// Types a date into a date edit as a user does: Tab into it (which selects its first
// section) and type the digits in the edit's own order; each full section moves on.
void typeDate(QDateEdit *edit, const QDate &date)
{
    edit->clearFocus();
    edit->setFocus(Qt::TabFocusReason);
    QString digits = date.toString(edit->displayFormat());
    digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
    QTest::keyClicks(edit, digits);
    QTest::keyClick(edit, Qt::Key_Tab);
}

void typeTime(QTimeEdit *edit, const QString &digits)
{
    edit->clearFocus();
    edit->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(edit, digits);
}

// The widget that has the keyboard focus in the dialog (a cell editor while editing).
QWidget *focused(QWidget *window)
{
    return window->focusWidget();
}

} // namespace

class TestGuiMeetingEditor : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Repositories> m_repos;
    std::unique_ptr<Editor> m_editor;
    int m_files = 0;

    template <typename T>
    static T *child(const QWidget &dialog, const char *name)
    {
        auto *widget = dialog.findChild<T *>(QLatin1String(name));
        if (!widget)
            qWarning() << "no child" << name;
        return widget;
    }

    qint64 partyId(const char *code) const { return m_repos->parties().byCode(QLatin1String(code))->id; }

    Meeting rcgm() const
    {
        MeetingFilter filter;
        filter.from = filter.to = QDate(2021, 12, 1);
        filter.kind = MeetingKind::Rcgm;
        const QList<Meeting> found = m_repos->meetings().find(filter);
        return found.isEmpty() ? Meeting() : found.first();
    }

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

    void validationIsShownInline()
    {
        Meeting fresh;
        fresh.startDate = fresh.endDate = QDate(2022, 5, 10);
        MeetingEditor dialog(*m_editor, fresh);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *ok = child<QPushButton>(dialog, "okButton");
        auto *titleError = child<QLabel>(dialog, "titleError");
        auto *datesError = child<QLabel>(dialog, "datesError");
        auto *timesError = child<QLabel>(dialog, "timesError");
        auto *linkError = child<QLabel>(dialog, "linkError");
        auto *titleEs = child<QLineEdit>(dialog, "titleEs");
        auto *endDate = child<QDateEdit>(dialog, "endDate");
        auto *allDay = child<QCheckBox>(dialog, "allDay");
        auto *startTime = child<QTimeEdit>(dialog, "startTime");
        auto *endTime = child<QTimeEdit>(dialog, "endTime");
        auto *mode = child<QComboBox>(dialog, "mode");
        auto *link = child<QLineEdit>(dialog, "virtualLink");
        QVERIFY(ok && titleError && datesError && timesError && linkError && titleEs && endDate && allDay &&
                startTime && endTime && mode && link);

        // No title in either language.
        QVERIFY(titleError->isVisible());
        QVERIFY(!titleError->text().isEmpty());
        QVERIFY(!ok->isEnabled());
        QTest::keyClick(&dialog, Qt::Key_Return, Qt::ControlModifier); // refused while invalid
        QVERIFY(dialog.isVisible());
        QTest::keyClicks(titleEs, QStringLiteral("Taller"));
        QVERIFY(!titleError->isVisible());
        QVERIFY(ok->isEnabled());
        // Only Spanish: the missing English is pointed out, without blocking the save.
        auto *titleWarning = child<QLabel>(dialog, "titleWarning");
        QVERIFY(titleWarning && titleWarning->isVisible());
        QVERIFY2(titleWarning->text().startsWith(QLatin1String("No English version yet")),
                 qPrintable(titleWarning->text()));
        QTest::keyClicks(child<QLineEdit>(dialog, "titleEn"), QStringLiteral("Workshop"));
        QVERIFY(!titleWarning->isVisible());
        QVERIFY(ok->isEnabled());
        // The same for the descriptions.
        auto *descriptionWarning = child<QLabel>(dialog, "descriptionWarning");
        QVERIFY(descriptionWarning && !descriptionWarning->isVisible());
        QTest::keyClicks(child<QPlainTextEdit>(dialog, "descriptionEn"), QStringLiteral("Hosted by Honduras."));
        QVERIFY(descriptionWarning->isVisible());
        QVERIFY(descriptionWarning->text().startsWith(QLatin1String("No Spanish version yet")));
        QTest::keyClicks(child<QPlainTextEdit>(dialog, "descriptionEs"), QStringLiteral("Organizado por Honduras."));
        QVERIFY(!descriptionWarning->isVisible());
        // Return alone does not save (only Ctrl+Return or OK do).
        QVERIFY(!ok->isDefault());
        QTest::keyClick(titleEs, Qt::Key_Return);
        QVERIFY(dialog.isVisible());

        // End before start.
        typeDate(endDate, QDate(2022, 5, 9));
        QVERIFY(datesError->isVisible());
        QCOMPARE(datesError->text(), QStringLiteral("The end date is before the start date."));
        QVERIFY(!ok->isEnabled());
        typeDate(endDate, QDate(2022, 5, 11));
        QVERIFY(!datesError->isVisible());
        QVERIFY(ok->isEnabled());

        // End time before start time on a one-day meeting (and not on a two-day one).
        allDay->setFocus();
        QTest::keyClick(allDay, Qt::Key_Space);
        QVERIFY(startTime->isEnabled());
        typeTime(startTime, QStringLiteral("1000"));
        typeTime(endTime, QStringLiteral("0900"));
        QVERIFY(!timesError->isVisible()); // 10 to 11 May
        typeDate(endDate, QDate(2022, 5, 10));
        QVERIFY(timesError->isVisible());
        QVERIFY(!ok->isEnabled());
        typeTime(endTime, QStringLiteral("1200"));
        QVERIFY(!timesError->isVisible());
        QVERIFY(ok->isEnabled());

        // A virtual meeting needs its link; the link is only open for virtual or hybrid.
        QVERIFY(!link->isEnabled());
        QVERIFY(choose(mode, QStringLiteral("Virtual")));
        QVERIFY(link->isEnabled());
        QVERIFY(linkError->isVisible());
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(link, QStringLiteral("https://meet.example.org/rcm"));
        QVERIFY(!linkError->isVisible());
        QVERIFY(ok->isEnabled());
        QVERIFY(choose(mode, QStringLiteral("In person")));
        QVERIFY(!link->isEnabled());
        QVERIFY(choose(mode, QStringLiteral("Hybrid")));
        QVERIFY(link->isEnabled());

        QTest::keyClick(&dialog, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(!dialog.isVisible());
        const Meeting stored = dialog.meeting();
        QCOMPARE(stored.startTime, QTime(10, 0));
        QCOMPARE(stored.endTime, QTime(12, 0));
        QCOMPARE(m_repos->meetings().byId(stored.id)->virtualLink, QStringLiteral("https://meet.example.org/rcm"));
    }

    void overlapsAreWarnedAbout()
    {
        Meeting fresh;
        fresh.startDate = fresh.endDate = QDate(2021, 11, 29);
        MeetingEditor dialog(*m_editor, fresh);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *warning = child<QLabel>(dialog, "overlapWarning");
        auto *kind = child<QComboBox>(dialog, "kind");
        auto *endDate = child<QDateEdit>(dialog, "endDate");
        QVERIFY(warning && kind && endDate);
        QTest::keyClicks(child<QLineEdit>(dialog, "titleEn"), QStringLiteral("Extraordinary RCGM"));
        QVERIFY(choose(kind, QStringLiteral("Regional Consultation Group")));
        QVERIFY(!warning->isVisible());

        // Stretching the meeting over 1 December meets the RCGM held that day.
        typeDate(endDate, QDate(2021, 12, 2));
        QVERIFY(warning->isVisible());
        QVERIFY(warning->text().contains(QStringLiteral("same kind")));
        QVERIFY(warning->text().contains(QStringLiteral("“Meeting of the Regional Consultation Group on Migration")));

        // Not for another kind, but for a country already taking part that day.
        QVERIFY(choose(kind, QStringLiteral("Workshop")));
        QVERIFY(!warning->isVisible());
        QVERIFY(choose(child<QComboBox>(dialog, "participantParty"), QStringLiteral("Mexico")));
        QTest::mouseClick(child<QPushButton>(dialog, "addParticipant"), Qt::LeftButton);
        QVERIFY(warning->isVisible());
        QVERIFY(warning->text().contains(QStringLiteral("Already taking part")));
        QVERIFY(warning->text().contains(QStringLiteral("Mexico")));
        // Warnings do not block.
        QVERIFY(child<QPushButton>(dialog, "okButton")->isEnabled());
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

    void everyInputIsNamedAndInTabOrder()
    {
        MeetingEditor dialog(*m_editor, Meeting());
        const QStringList expected{
            QStringLiteral("kind"),          QStringLiteral("titleEn"),       QStringLiteral("titleEs"),
            QStringLiteral("descriptionEn"), QStringLiteral("descriptionEs"), QStringLiteral("startDate"),
            QStringLiteral("endDate"),       QStringLiteral("toBeScheduled"), QStringLiteral("allDay"),
            QStringLiteral("startTime"),     QStringLiteral("endTime"),       QStringLiteral("timeZone"),
            QStringLiteral("venueCity"),     QStringLiteral("host"),          QStringLiteral("mode"),
            QStringLiteral("virtualLink"),   QStringLiteral("status"),        QStringLiteral("workingGroup")};
        QStringList chain;
        QWidget *widget = child<QWidget>(dialog, "kind");
        for (int i = 0; i < 500 && chain.size() < expected.size(); ++i, widget = widget->nextInFocusChain()) {
            if (expected.contains(widget->objectName()))
                chain.append(widget->objectName());
        }
        QCOMPARE(chain, expected);

        // Every widget that takes the keyboard has a name (Qt's own parts have qt_ names;
        // combo box popups are windows of their own).
        const QList<QWidget *> widgets = dialog.findChildren<QWidget *>();
        for (const QWidget *w : widgets) {
            if (w->window() == &dialog && (w->focusPolicy() & Qt::TabFocus))
                QVERIFY2(!w->objectName().isEmpty(), w->metaObject()->className());
        }
    }

    void modelsKeepTheirContract()
    {
        AgendaTableModel agenda;
        QAbstractItemModelTester agendaTester(&agenda, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(agenda.insertRows(0, 3));
        for (int row = 0; row < 3; ++row)
            QVERIFY(agenda.setData(agenda.index(row, AgendaTableModel::TitleEnColumn), QString::number(row)));
        QVERIFY(agenda.moveItem(0, 2));
        QVERIFY(agenda.moveItem(2, 1));
        QVERIFY(!agenda.moveItem(0, 3));
        QStringList order;
        for (const AgendaItem &item : agenda.items())
            order.append(item.numbering + QLatin1Char('=') + item.title.en);
        QCOMPARE(order, QStringList({QStringLiteral("1=1"), QStringLiteral("2=0"), QStringLiteral("3=2")}));
        QVERIFY(agenda.removeRows(1, 1));
        QCOMPARE(agenda.headerData(1, Qt::Vertical).toString(), QStringLiteral("2"));
        QCOMPARE(agenda.items().at(1).numbering, QStringLiteral("2"));
        // An item titled in English only: its empty Spanish cell is tinted and says why;
        // a Spanish title takes the mark away (both cells change together).
        const QModelIndex es = agenda.index(0, AgendaTableModel::TitleEsColumn);
        QVERIFY(es.data(Qt::BackgroundRole).canConvert<QColor>());
        QVERIFY(es.data(Qt::ToolTipRole).toString().startsWith(QLatin1String("No Spanish version yet")));
        QVERIFY(!agenda.index(0, AgendaTableModel::TitleEnColumn).data(Qt::BackgroundRole).isValid());
        QSignalSpy changed(&agenda, &QAbstractItemModel::dataChanged);
        QVERIFY(agenda.setData(es, QStringLiteral("Uno")));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().column(), int(AgendaTableModel::TitleEnColumn));
        QCOMPARE(changed.first().at(1).toModelIndex().column(), int(AgendaTableModel::TitleEsColumn));
        QVERIFY(!es.data(Qt::BackgroundRole).isValid());

        ParticipantTableModel participants;
        QAbstractItemModelTester participantsTester(&participants,
                                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        participants.setParties(m_repos->parties().all(), Language::Spanish);
        participants.setParticipants({{partyId("MX"), ParticipantRole::Presidency, {}},
                                      {partyId("MX"), ParticipantRole::Member, {}},
                                      {partyId("BZ"), ParticipantRole::Member, {}}});
        QCOMPARE(participants.rowCount(), 2);
        QCOMPARE(participants.index(0, 0).data().toString(), QStringLiteral("México"));
        QVERIFY(participants.setData(participants.index(1, ParticipantTableModel::RoleColumn),
                                     int(ParticipantRole::Observer)));
        QCOMPARE(participants.participants().at(1).role, ParticipantRole::Observer);
        QVERIFY(participants.removeRows(0, 1));
        QCOMPARE(participants.participants().first().partyId, partyId("BZ"));
    }
};

QTEST_MAIN(TestGuiMeetingEditor)
#include "tst_gui_meetingeditor.moc"
