// The meeting editor's checks, driven as a user would under the offscreen platform: the
// inline validation and warnings (titles, dates, times, the virtual link, overlapping
// meetings), every input named and in tab order, and its table models' contract.

#include "MeetingEditorFixture.h"
#include "dialogs/AgendaTableModel.h"
#include "dialogs/MeetingEditor.h"
#include "dialogs/ParticipantTableModel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QColor>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>

using namespace pd;
using namespace pd::test;

class TestGuiMeetingEditorChecks : public QObject, private MeetingEditorFixture
{
    Q_OBJECT
private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

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

QTEST_MAIN(TestGuiMeetingEditorChecks)
#include "tst_gui_meetingeditorchecks.moc"
