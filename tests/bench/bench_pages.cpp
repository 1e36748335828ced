// Benchmarks of the main window over the large generated database (see
// LargeDatabase.h): opening the window, showing each page, and one filter keystroke
// on the activities and the meetings lists. Peak memory is printed at the end.
// PD_BENCH_SCALE=0.01 makes the small database CTest uses as a smoke run.

#include "LargeDatabase.h"
#include "MainWindow.h"
#include "storage/Database.h"
#include "widgets/FilterBar.h"

#include <QApplication>
#include <QFile>
#include <QLineEdit>
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

private Q_SLOTS:
    void initTestCase()
    {
        const double scale = qEnvironmentVariable("PD_BENCH_SCALE", QStringLiteral("1")).toDouble();
        m_path = bench::largeDatabasePath(scale);
        QVERIFY(!m_path.isEmpty());
        qInfo("database: %s", qPrintable(m_path));
    }

    void openMainWindow()
    {
        QBENCHMARK
        {
            MainWindow window(openLarge(m_path));
            window.show();
            QCoreApplication::processEvents();
        }
    }

    void showPage_data()
    {
        QTest::addColumn<int>("page");
        QTest::newRow("calendar") << int(MainWindow::CalendarPageIndex);
        QTest::newRow("activities") << int(MainWindow::ActivitiesPageIndex);
    }

    void showPage()
    {
        QFETCH(int, page);
        MainWindow window(openLarge(m_path));
        window.show();
        QCoreApplication::processEvents();
        const auto other =
            page == MainWindow::CalendarPageIndex ? MainWindow::ActivitiesPageIndex : MainWindow::CalendarPageIndex;
        QBENCHMARK
        {
            window.showPage(other);
            QCoreApplication::processEvents();
            window.showPage(MainWindow::Page(page));
            QCoreApplication::processEvents();
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
        QBENCHMARK
        {
            typeStep(window, barName.constData(), text);
        }
        typeStep(window, barName.constData(), QString());
    }

    void cleanupTestCase() { qInfo("peak memory: %.1f MiB", peakMemoryMiB()); }
};

QTEST_MAIN(BenchPages)
#include "bench_pages.moc"
