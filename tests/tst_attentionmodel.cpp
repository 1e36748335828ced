// The dashboard's "what needs attention now" over the real RCM data, as of dates around
// the RCGM meeting of 1 December 2021: conclusion 1.e overdue after 31 March 2022, the
// consultation that waits on Belize and the Dominican Republic, the meeting ahead, the
// unscheduled activities, and contributions that come and go with payments and undo.
// Also the figures behind the dashboard's charts.

#include "TestSupport.h"
#include "commands/Editor.h"
#include "domain/Money.h"
#include "models/AttentionModel.h"
#include "models/DashboardCharts.h"
#include "storage/Repositories.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

class TestAttentionModel : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Repositories> m_repos;
    std::unique_ptr<Editor> m_editor;
    std::unique_ptr<AttentionModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    QStringList lines(AttentionModel::Section section) const
    {
        QStringList texts;
        const QModelIndex parent = m_model->sectionIndex(section);
        for (int row = 0; row < m_model->rowCount(parent); ++row)
            texts.append(m_model->index(row, 0, parent).data().toString());
        return texts;
    }
    QString lineUid(AttentionModel::Section section, int row) const
    {
        return m_model->index(row, 0, m_model->sectionIndex(section)).data(AttentionModel::UidRole).toString();
    }
    QString lineKind(AttentionModel::Section section, int row) const
    {
        return m_model->index(row, 0, m_model->sectionIndex(section)).data(AttentionModel::KindRole).toString();
    }
    Decision conclusion1e() const
    {
        const QList<Decision> all = m_repos->decisions().all();
        for (const Decision &d : all) {
            if (d.number == QLatin1String("1.e"))
                return d;
        }
        return {};
    }
    QString addContribution(const QString &country, int year, qint64 due)
    {
        Contribution c;
        c.partyId = m_repos->parties().byCode(country)->id;
        c.fundId = m_repos->funds().all().first().id;
        c.year = year;
        c.due = due;
        if (!m_editor->addContribution(c).ok())
            return {};
        return c.uid;
    }

private Q_SLOTS:
    void init()
    {
        m_db = test::rcmDatabase(m_dir.filePath(QStringLiteral("rcm%1.sqlite").arg(m_files++)));
        QVERIFY(m_db);
        m_repos = std::make_unique<Repositories>(*m_db);
        m_editor = std::make_unique<Editor>(*m_repos);
        m_model = std::make_unique<AttentionModel>(*m_repos);
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_editor.reset();
        m_repos.reset();
        m_db.reset();
    }

    void sectionsInOrder()
    {
        QCOMPARE(m_model->rowCount(), int(AttentionModel::SectionCount));
        QCOMPARE(m_model->columnCount(), 1);
        m_model->setToday(QDate(2022, 4, 15));
        QVERIFY(m_model->sectionIndex(AttentionModel::OverdueFollowUps)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Overdue follow-ups (")));
        QCOMPARE(m_model->sectionIndex(AttentionModel::OutstandingContributions).data().toString(),
                 QStringLiteral("Outstanding contributions (0)"));
        QCOMPARE(m_model->sectionIndex(AttentionModel::UpcomingMeetings).data(AttentionModel::SectionRole).toInt(),
                 int(AttentionModel::UpcomingMeetings));
        // No line hangs under a line.
        const QModelIndex section = m_model->sectionIndex(AttentionModel::UnscheduledActivities);
        QVERIFY(m_model->rowCount(section) > 0);
        QCOMPARE(m_model->rowCount(m_model->index(0, 0, section)), 0);
    }

    void overdueFollowUp()
    {
        const Decision e = conclusion1e();
        QVERIFY(!e.uid.isEmpty());
        QCOMPARE(e.due, QDate(2022, 3, 31));
        m_model->setToday(QDate(2022, 3, 31)); // due today: not yet late
        QCOMPARE(m_model->rowOf(AttentionModel::OverdueFollowUps, e.uid), -1);
        QCOMPARE(m_model->total(AttentionModel::OverdueFollowUps), 0);

        m_model->setToday(QDate(2022, 4, 15));
        QCOMPARE(m_model->total(AttentionModel::OverdueFollowUps), 1);
        const int row = m_model->rowOf(AttentionModel::OverdueFollowUps, e.uid);
        QCOMPARE(row, 0);
        QCOMPARE(lineKind(AttentionModel::OverdueFollowUps, row), QStringLiteral("decision"));
        const QString text = lines(AttentionModel::OverdueFollowUps).at(row);
        QVERIFY2(text.startsWith(QStringLiteral("1.e (due 31 Mar 2022, 15 day(s) late)")), qPrintable(text));

        // Done: no longer needs attention (the model follows the repository), and undo brings it back.
        QVERIFY(m_editor->setDecisionStatus({e.uid}, DecisionStatus::Done).ok());
        QTRY_COMPARE(m_model->total(AttentionModel::OverdueFollowUps), 0);
        m_editor->undoStack()->undo();
        QTRY_COMPARE(m_model->rowOf(AttentionModel::OverdueFollowUps, e.uid), 0);
    }

    void consultationWaitsOnCountries()
    {
        m_model->setToday(QDate(2022, 2, 15)); // the deadline (31 March) is 44 days away
        QCOMPARE(m_model->total(AttentionModel::ConsultationDeadlines), 0);

        m_model->setToday(QDate(2022, 3, 15));
        QCOMPARE(m_model->total(AttentionModel::ConsultationDeadlines), 1);
        QCOMPARE(lineKind(AttentionModel::ConsultationDeadlines, 0), QStringLiteral("document"));
        QVERIFY(m_repos->documents().byUid(lineUid(AttentionModel::ConsultationDeadlines, 0)));
        const QString text = lines(AttentionModel::ConsultationDeadlines).first();
        // Those who asked for more time come first, then the others still pending.
        QVERIFY2(text.contains(QStringLiteral("(deadline 31 Mar 2022): waiting on Belize (more time until 31 Mar "
                                              "2022), Dominican Republic (more time until 31 Mar 2022), ")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Canada")), qPrintable(text));
        QVERIFY2(text.endsWith(QStringLiteral("and 5 more")) || text.endsWith(QStringLiteral("5 more")),
                 qPrintable(text)); // 11 waiting, 6 named

        // After the deadline it still waits, and says so; in Spanish the countries are named in Spanish.
        m_model->setToday(QDate(2022, 4, 2));
        m_model->setLanguage(Language::Spanish);
        const QString late = lines(AttentionModel::ConsultationDeadlines).first();
        QVERIFY2(late.contains(QStringLiteral("deadline passed on")), qPrintable(late));
        QVERIFY2(late.contains(QStringLiteral("Belice")), qPrintable(late));
        QVERIFY2(late.contains(QStringLiteral("República Dominicana")), qPrintable(late));
    }

    void meetingAhead()
    {
        m_model->setToday(QDate(2021, 11, 15));
        QCOMPARE(m_model->total(AttentionModel::UpcomingMeetings), 1);
        QCOMPARE(lineKind(AttentionModel::UpcomingMeetings, 0), QStringLiteral("meeting"));
        const QString text = lines(AttentionModel::UpcomingMeetings).first();
        QVERIFY2(text.startsWith(QStringLiteral("1 Dec 2021: Meeting of the Regional Consultation Group")),
                 qPrintable(text));
        m_model->setToday(QDate(2022, 1, 15));
        QCOMPARE(m_model->total(AttentionModel::UpcomingMeetings), 0);
        QCOMPARE(m_model->rowCount(m_model->sectionIndex(AttentionModel::UpcomingMeetings)), 0);
    }

    void unscheduledActivities()
    {
        ActivityFilter filter;
        filter.scheduled = false;
        filter.linkedToMeeting = false;
        const int total = m_repos->activities().countMatching(filter);
        QVERIFY(total > AttentionModel::Limit);
        QCOMPARE(m_model->total(AttentionModel::UnscheduledActivities), total);
        const QStringList texts = lines(AttentionModel::UnscheduledActivities);
        QCOMPARE(texts.size(), AttentionModel::Limit + 1);
        QCOMPARE(texts.last(), QStringLiteral("… and %1 more").arg(total - AttentionModel::Limit));
        QVERIFY(lineKind(AttentionModel::UnscheduledActivities, AttentionModel::Limit).isEmpty());
        QCOMPARE(lineKind(AttentionModel::UnscheduledActivities, 0), QStringLiteral("activity"));

        // Scheduling the first one takes it off the list.
        const QString first = lineUid(AttentionModel::UnscheduledActivities, 0);
        QVERIFY(m_editor->scheduleActivity(first, QDate(2022, 5, 2), QDate(2022, 5, 3)).ok());
        QTRY_COMPARE(m_model->total(AttentionModel::UnscheduledActivities), total - 1);
        QCOMPARE(m_model->rowOf(AttentionModel::UnscheduledActivities, first), -1);
    }

    void contributionsFollowPayments()
    {
        m_model->setToday(QDate(2022, 6, 1));
        const QString mexico = addContribution(QStringLiteral("MX"), 2022, 2850000);
        const QString future = addContribution(QStringLiteral("BZ"), 2023, 100000); // not due yet
        QVERIFY(!mexico.isEmpty() && !future.isEmpty());
        QTRY_COMPARE(m_model->total(AttentionModel::OutstandingContributions), 1);
        QCOMPARE(m_model->rowOf(AttentionModel::OutstandingContributions, mexico), 0);
        const QModelIndex line = m_model->index(0, 0, m_model->sectionIndex(AttentionModel::OutstandingContributions));
        QCOMPARE(line.data(AttentionModel::AmountRole).toLongLong(), 2850000);
        QCOMPARE(line.data().toString(),
                 QStringLiteral("Mexico, Executive Secretariat budget, 2022: %1 outstanding")
                     .arg(money::format(2850000, QStringLiteral("USD"), QLocale(QLocale::English))));

        QSignalSpy reloaded(m_model.get(), &AttentionModel::reloaded);
        Payment part;
        part.paidOn = QDate(2022, 4, 20);
        part.amount = 500000;
        QVERIFY(m_editor->recordPayment(mexico, part).ok());
        QTRY_COMPARE(line.model()
                         ->index(0, 0, m_model->sectionIndex(AttentionModel::OutstandingContributions))
                         .data(AttentionModel::AmountRole)
                         .toLongLong(),
                     2350000);
        QCOMPARE(reloaded.count(), 1); // one edit, one reload
        Payment rest;
        rest.paidOn = QDate(2022, 5, 20);
        rest.amount = 2350000;
        QVERIFY(m_editor->recordPayment(mexico, rest).ok());
        QTRY_COMPARE(m_model->total(AttentionModel::OutstandingContributions), 0);
        m_editor->undoStack()->undo();
        QTRY_COMPARE(m_model->total(AttentionModel::OutstandingContributions), 1);

        // The chart figures: due and paid for each year in the one currency.
        const ContributionChart chart = contributionChart(*m_repos);
        QCOMPARE(chart.currency, QStringLiteral("USD"));
        QCOMPARE(chart.years, (QList<int>{2022, 2023}));
        QCOMPARE(chart.due, (QList<qint64>{2850000, 100000}));
        QCOMPARE(chart.paid, (QList<qint64>{500000, 0}));
        QVERIFY(!chart.otherCurrencies);
    }

    void activityChartCountsEveryActivity()
    {
        const ActivityStatusChart chart = activityStatusChart(*m_repos, Language::English);
        QCOMPARE(chart.total(), m_repos->activities().count());
        // The four working groups by code, and the structural meetings outside them.
        QCOMPARE(chart.groups, (QStringList{QStringLiteral("LM"), QStringLiteral("IMM"), QStringLiteral("PRO"),
                                            QStringLiteral("BM"), QStringLiteral("No working group")}));
        QCOMPARE(chart.statuses.size(), chart.counts.size());
        const int planned = int(chart.statuses.indexOf(ActivityStatus::Planned));
        const int inProgress = int(chart.statuses.indexOf(ActivityStatus::InProgress));
        QCOMPARE(chart.counts.at(inProgress).at(0), 3); // Labour Migration
        QCOMPARE(chart.counts.at(planned).at(4), 6);    // no working group
        const Activity h = *m_repos->activities().byCode(QStringLiteral("7.h"));
        QVERIFY(m_editor->setActivityStatus({h.uid}, ActivityStatus::Completed).ok());
        const ActivityStatusChart after = activityStatusChart(*m_repos, Language::English);
        QCOMPARE(after.total(), chart.total());
        QCOMPARE(after.counts.at(int(after.statuses.indexOf(ActivityStatus::Completed))).value(0) +
                     after.counts.at(int(after.statuses.indexOf(ActivityStatus::Completed))).value(1) +
                     after.counts.at(int(after.statuses.indexOf(ActivityStatus::Completed))).value(2) +
                     after.counts.at(int(after.statuses.indexOf(ActivityStatus::Completed))).value(3) +
                     after.counts.at(int(after.statuses.indexOf(ActivityStatus::Completed))).value(4),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestAttentionModel)
#include "tst_attentionmodel.moc"
