// Benchmark of ConclusionsParser over the source document repeated 1, 10 and 100 times
// (renumbered, so that 100x is 1,200 conclusions): the time per parse should grow in
// step with the text. CTest runs it once (-iterations 1) as a smoke test; run it by hand
// for the figures:  build/tests/bench_conclusions
//
// linearGrowth checks the shape without a benchmark harness: 100x may take at most
// 25 times what 10x takes, each the fastest of a few runs (linear is 10; quadratic would
// be 100).

#include "TestSupport.h"
#include "exchange/ConclusionsParser.h"
#include "exchange/ProfileLoader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <limits>

using namespace pd;

class BenchConclusions : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<ConclusionsParser> m_parser;
    QString m_preamble; // up to the first conclusion
    QString m_body;     // the conclusions

    QString scaled(int times) const
    {
        static const QRegularExpression number(QStringLiteral("^(\\d+)\\."), QRegularExpression::MultilineOption);
        QString text = m_preamble;
        for (int k = 0; k < times; ++k) {
            QString part = m_body;
            QString renumbered;
            qsizetype last = 0;
            auto it = number.globalMatch(part);
            while (it.hasNext()) {
                const auto m = it.next();
                renumbered += QStringView(part).mid(last, m.capturedStart() - last);
                renumbered += QString::number(m.captured(1).toInt() + 12 * k) + QLatin1Char('.');
                last = m.capturedEnd();
            }
            renumbered += QStringView(part).mid(last);
            text += renumbered + QLatin1Char('\n');
        }
        return text;
    }
    // The fastest of `runs` parses: the least disturbed by whatever else the machine does.
    qint64 timeOf(const QString &text, int runs) const
    {
        qint64 best = std::numeric_limits<qint64>::max();
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer timer;
            timer.start();
            (void)m_parser->parse(text);
            best = std::min(best, timer.nsecsElapsed());
        }
        return best;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QFile profile(QString::fromLatin1(ProfileLoader::RcmProfile));
        QVERIFY(profile.open(QIODevice::ReadOnly));
        m_parser = std::make_unique<ConclusionsParser>(ConclusionsContext::fromProfileJson(profile.readAll()));
        QFile seed(QStringLiteral(PD_SEED_TEXT));
        QVERIFY(seed.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(seed.readAll());
        const qsizetype first = text.indexOf(QStringLiteral("\n1. "));
        QVERIFY(first > 0);
        m_preamble = text.left(first + 1);
        m_body = text.mid(first + 1);
    }

    void parse_data()
    {
        QTest::addColumn<int>("times");
        QTest::newRow("1x") << 1;
        QTest::newRow("10x") << 10;
        QTest::newRow("100x") << 100;
    }
    void parse()
    {
        QFETCH(int, times);
        const QString text = scaled(times);
        ParsedConclusions parsed;
        QBENCHMARK
        {
            parsed = m_parser->parse(text);
        }
        QCOMPARE(parsed.conclusionCount(), 12 * times);
        QCOMPARE(parsed.decisions.size(), 59 * times);
        qInfo("%dx: %lld KiB, %lld decisions", times, qint64(text.toUtf8().size() / 1024),
              qint64(parsed.decisions.size()));
    }

    void linearGrowth()
    {
        const QString ten = scaled(10);
        const QString hundred = scaled(100);
        const qint64 t10 = timeOf(ten, 5);
        const qint64 t100 = timeOf(hundred, 3);
        qInfo("10x: %.1f ms, 100x: %.1f ms, ratio %.1f", t10 / 1e6, t100 / 1e6, double(t100) / double(t10));
        QVERIFY2(t100 < 25 * t10, qPrintable(QStringLiteral("100x took %1 times 10x").arg(double(t100) / double(t10))));
    }
};

QTEST_GUILESS_MAIN(BenchConclusions)
#include "bench_conclusions.moc"
