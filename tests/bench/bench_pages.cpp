// Benchmarks of the main window over the large generated database (see
// LargeDatabase.h): opening the window, showing each page (the first show, which builds
// it, and a switch back), one filter keystroke on the activities and the meetings lists,
// and one choice in the filter combo boxes of the other pages. Peak memory is printed at
// the end.
// PD_BENCH_SCALE=0.01 makes the small database CTest uses as a smoke run.

#include "LargeDatabase.h"
#include "MainWindow.h"
#include "storage/Database.h"
#include "widgets/FilterBar.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QSettings>
#include <QTest>

using namespace pd;

namespace {

std::unique_ptr<Database> openLarge(const QString &path)
{
    Database::Options options;
    options.access = Database::Access::ReadOnlyIfLocked;
    auto db = Database::open(path, options);
    return db ? std::move(*db) : nullptr;
}

// Peak resident memory of this process so far, in MiB (Linux: VmHWM).
double peakMemoryMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

} // namespace

class BenchPages : public QObject
{
    Q_OBJECT
private:
    QString m_path;

    static void typeStep(MainWindow &window, const char *bar, const QString &text)
    {
        auto *filter = window.findChild<FilterBar *>(QLatin1String(bar));
        filter->setText(text); // emits changed() at once, as the debounce timer would
        QCoreApplication::processEvents();
    }

    // The page the next window opens on (it opens where the last one was left).
    static void startOn(MainWindow::Page page) { QSettings().setValue(QStringLiteral("window/page"), int(page)); }

    static void chooseStep(MainWindow &window, const char *combo, int index)
    {
        auto *box = window.findChild<QComboBox *>(QLatin1String(combo));
        box->setCurrentIndex(index);
        QCoreApplication::processEvents();
    }

    static void addPageRows()
    {
        QTest::addColumn<int>("page");
        QTest::newRow("calendar") << int(MainWindow::CalendarPageIndex);
        QTest::newRow("activities") << int(MainWindow::ActivitiesPageIndex);
        QTest::newRow("documents") << int(MainWindow::DocumentsPageIndex);
        QTest::newRow("decisions") << int(MainWindow::DecisionsPageIndex);
        QTest::newRow("contributions") << int(MainWindow::ContributionsPageIndex);
        QTest::newRow("directory") << int(MainWindow::DirectoryPageIndex);
        QTest::newRow("dashboard") << int(MainWindow::DashboardPageIndex);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const double scale = qEnvironmentVariable("PD_BENCH_SCALE", QStringLiteral("1")).toDouble();
        m_path = bench::largeDatabasePath(scale);
        QVERIFY(!m_path.isEmpty());
        QVERIFY2(openLarge(m_path), "the large database does not open"); // every benchmark opens it
        qInfo("database: %s", qPrintable(m_path));
    }

    // Each benchmark starts as a first run: the window opens on the dashboard.
    void init() { QSettings().clear(); }

    void openMainWindow()
    {
        QBENCHMARK
        {
            MainWindow window(openLarge(m_path));
            window.show();
            QCoreApplication::processEvents();
        }
    }

    // Switching back to a page already built.
    void showPage_data() { addPageRows(); }

    void showPage()
    {
        QFETCH(int, page);
        MainWindow window(openLarge(m_path));
        window.show();
        const auto other =
            page == MainWindow::CalendarPageIndex ? MainWindow::ActivitiesPageIndex : MainWindow::CalendarPageIndex;
        // Both pages are built once, outside the measurement: a single iteration would
        // otherwise time the first show of the other page.
        window.showPage(other);
        QCoreApplication::processEvents();
        window.showPage(MainWindow::Page(page));
        QCoreApplication::processEvents();
        QBENCHMARK
        {
            window.showPage(other);
            QCoreApplication::processEvents();
            window.showPage(MainWindow::Page(page));
            QCoreApplication::processEvents();
        }
    }

    // The first show of a page, which builds it (pages are made on demand).
    void firstShowPage_data() { addPageRows(); }

    void firstShowPage()
    {
        QFETCH(int, page);
        const auto start =
            page == MainWindow::CalendarPageIndex ? MainWindow::ActivitiesPageIndex : MainWindow::CalendarPageIndex;
        // Opening the window must not count, so the time is taken by hand: the best of three.
        qint64 best = -1;
        for (int i = 0; i < 3; ++i) {
            startOn(start);
            MainWindow window(openLarge(m_path));
            window.show();
            window.showPage(start);
            QCoreApplication::processEvents();
            QElapsedTimer timer;
            timer.start();
            window.showPage(MainWindow::Page(page));
            QCoreApplication::processEvents();
            const qint64 elapsed = timer.elapsed();
            best = best < 0 ? elapsed : qMin(best, elapsed);
        }
        QTest::setBenchmarkResult(qreal(best), QTest::WalltimeMilliseconds);
    }

    // The first show of a page once, as a QBENCHMARK block: with -callgrind, the
    // instructions of building and painting the page alone (firstShowPage's wall clock
    // cannot be split from the window's opening).
    void firstShowPageOnce_data() { addPageRows(); }

    void firstShowPageOnce()
    {
        QFETCH(int, page);
        const auto start =
            page == MainWindow::CalendarPageIndex ? MainWindow::ActivitiesPageIndex : MainWindow::CalendarPageIndex;
        startOn(start);
        MainWindow window(openLarge(m_path));
        window.show();
        window.showPage(start);
        QCoreApplication::processEvents();
        QBENCHMARK_ONCE
        {
            window.showPage(MainWindow::Page(page));
            QCoreApplication::processEvents();
        }
    }

    // One choice in a page's filter combo box: each iteration goes to the chosen entry
    // or back to the first one ("all"), alternately.
    void chooseFilter_data()
    {
        QTest::addColumn<int>("page");
        QTest::addColumn<QString>("combo");
        QTest::addColumn<int>("index");
        const auto add = [](const char *name, MainWindow::Page page, const char *combo, int index) {
            QTest::newRow(name) << int(page) << QString::fromLatin1(combo) << index;
        };
        add("decisions meeting", MainWindow::DecisionsPageIndex, "meetingCombo", 1);
        add("decisions last meeting", MainWindow::DecisionsPageIndex, "meetingCombo", -1);
        add("contributions year", MainWindow::ContributionsPageIndex, "yearCombo", 1);
        add("contributions fund", MainWindow::ContributionsPageIndex, "fundCombo", 1);
        add("directory kind", MainWindow::DirectoryPageIndex, "partyKindCombo", 1);
    }

    void chooseFilter()
    {
        QFETCH(int, page);
        QFETCH(QString, combo);
        QFETCH(int, index);
        MainWindow window(openLarge(m_path));
        window.show();
        window.showPage(MainWindow::Page(page));
        QCoreApplication::processEvents();
        const QByteArray name = combo.toLatin1();
        auto *box = window.findChild<QComboBox *>(combo);
        QVERIFY(box);
        const int initial = box->currentIndex();
        const int chosen = index < 0 ? box->count() - 1 : index;
        bool there = false;
        QBENCHMARK
        {
            there = !there;
            chooseStep(window, name.constData(), there ? chosen : initial);
        }
    }

    void filterKeystroke_data()
    {
        QTest::addColumn<QString>("bar");
        QTest::addColumn<QString>("text");
        for (const char *text : {"w", "wo", "wor", "workshop", "workshop reint", "zzz"})
            QTest::addRow("activities '%s'", text) << QStringLiteral("activityFilterBar") << QString::fromLatin1(text);
        for (const char *text : {"m", "me", "meeting", "reunion", "zzz"})
            QTest::addRow("meetings '%s'", text) << QStringLiteral("meetingFilterBar") << QString::fromLatin1(text);
    }

    void filterKeystroke()
    {
        QFETCH(QString, bar);
        QFETCH(QString, text);
        MainWindow window(openLarge(m_path));
        window.show();
        window.showPage(bar == QLatin1String("activityFilterBar") ? MainWindow::ActivitiesPageIndex
                                                                  : MainWindow::CalendarPageIndex);
        QCoreApplication::processEvents();
        const QByteArray barName = bar.toLatin1();
        // As when typing: the bar holds the text without its last character, and the
        // step is that character. Only the step is timed (the mean of 20, in ms with
        // fractions), so what the page keeps from the previous text is what it would have.
        const QString before = text.chopped(1);
        constexpr int Steps = 20;
        qint64 total = 0;
        for (int i = 0; i < Steps; ++i) {
            typeStep(window, barName.constData(), before);
            QElapsedTimer timer;
            timer.start();
            typeStep(window, barName.constData(), text);
            total += timer.nsecsElapsed();
        }
        QTest::setBenchmarkResult(qreal(total) / Steps / 1e6, QTest::WalltimeMilliseconds);
        typeStep(window, barName.constData(), QString());
    }

    void cleanupTestCase() { qInfo("peak memory: %.1f MiB", peakMemoryMiB()); }
};

QTEST_MAIN(BenchPages)
#include "bench_pages.moc"
