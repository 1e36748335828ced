// Pagination over a body in parts (core/reports/Pagination, BodyLayout): the same
// content laid out as one document or cut into parts at its blocks — between
// paragraphs, after a heading kept with what follows, before a block kept whole, before
// a table's caption, right after a table — gives the same pages, with a table's header
// repeated as in the whole, so that a long report in parts prints as it would whole.

#include "reports/BodyLayout.h"
#include "reports/Pagination.h"
#include "reports/ReportDocument.h"
#include "reports/ReportText.h"

#include <QGuiApplication>
#include <QTest>
#include <QTextTable>

#include <functional>

using namespace pd;

namespace {

using Piece = std::function<void(ReportDocument &)>;

// Headings, paragraphs that wrap, blocks kept whole, and (with `tables`) a long table
// with a header row closing each section.
QList<Piece> pieces(bool tables)
{
    QList<Piece> list;
    list << [](ReportDocument &b) {
        b.title(QStringLiteral("Report"), {QStringLiteral("A body in parts"), QStringLiteral("Un cuerpo en partes")},
                {QStringLiteral("1 January 2021")});
    };
    for (int section = 0; section < 4; ++section) {
        list << [section](ReportDocument &b) { b.heading(QStringLiteral("Section %1").arg(section + 1)); };
        for (int i = 0; i < 14; ++i) {
            list << [section, i](ReportDocument &b) {
                b.paragraph(QStringLiteral("Paragraph %1.%2: ").arg(section + 1).arg(i + 1) +
                            QStringLiteral("the working group reviewed the activities of the year and agreed on "
                                           "the next steps. ")
                                .repeated(1 + (i % 4)));
            };
        }
        list << [section](ReportDocument &b) {
            QTextBlockFormat kept;
            kept.setProperty(ReportDocument::KeepTogether, true);
            kept.setBottomMargin(6);
            b.nextBlock(kept);
            b.append(QStringLiteral("Kept whole %1: ").arg(section + 1) +
                     QStringLiteral("a block that never breaks across pages. ").repeated(6));
        };
        if (!tables)
            continue;
        list << [section](ReportDocument &b) {
            b.paragraph(QStringLiteral("Table %1").arg(section + 1), ReportDocument::Style::Bold);
            QTextTable *table = b.cursor().insertTable(40, 2, ReportDocument::ruledTableFormat());
            table->cellAt(0, 0).firstCursorPosition().insertText(QStringLiteral("Country"));
            table->cellAt(0, 1).firstCursorPosition().insertText(QStringLiteral("State"));
            for (int r = 1; r < 40; ++r) {
                table->cellAt(r, 0).firstCursorPosition().insertText(QStringLiteral("Row %1.%2").arg(section).arg(r));
                table->cellAt(r, 1).firstCursorPosition().insertText(QStringLiteral("answered ").repeated(1 + r % 3));
            }
            b.cursor().movePosition(QTextCursor::End);
        };
    }
    return list;
}

std::unique_ptr<QTextDocument> build(const ReportText &text, const QList<Piece> &list, qsizetype from, qsizetype to)
{
    ReportDocument b(text);
    for (qsizetype i = from; i < to; ++i)
        list.at(i)(b);
    return b.take();
}

QList<PageSlice> pagesOf(const Report &report, qreal pageHeight)
{
    BodyLayout body(report, 650);
    QList<PartBreaks> breaks;
    for (int i = 0; i < body.partCount(); ++i)
        breaks << body.breaks(i);
    return body.pages(breaks, pageHeight);
}

} // namespace

class TestPagination : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void partsPaginateAsTheWhole_data()
    {
        QTest::addColumn<bool>("tables");
        QTest::addColumn<QList<int>>("cuts"); // the pieces each part begins at, after the first
        QTest::newRow("between paragraphs, tables within parts") << true << QList<int>{5, 9, 30};
        QTest::newRow("after a heading, tables within parts") << true << QList<int>{19};
        const int heading2 = 1 + 16; // the second section's heading, without tables
        QTest::newRow("before a kept block") << false << QList<int>{heading2 - 1, 2 * heading2 - 2};
        QTest::newRow("at the headings") << false << QList<int>{heading2, 2 * heading2 - 1, 3 * heading2 - 2};
        QList<int> every;
        for (int i = 1; i < pieces(false).size(); ++i)
            every << i;
        QTest::newRow("every block its own part") << false << every;
        // With tables: a section is its heading, 14 paragraphs, a kept block, and a
        // caption with its table.
        QTest::newRow("before a table's caption") << true << QList<int>{17, 34};
        QTest::newRow("right after a table") << true << QList<int>{18, 35, 52};
        QList<int> everyPiece;
        for (int i = 1; i < pieces(true).size(); ++i)
            everyPiece << i;
        QTest::newRow("every piece its own part, tables too") << true << everyPiece;
    }

    void partsPaginateAsTheWhole()
    {
        QFETCH(bool, tables);
        QFETCH(QList<int>, cuts);
        const ReportText text(ReportLanguages::English);
        const QList<Piece> list = pieces(tables);
        const qreal pageHeight = 900;

        Report whole;
        whole.document = build(text, list, 0, list.size());
        const QList<PageSlice> expected = pagesOf(whole, pageHeight);
        QVERIFY(expected.size() > (tables ? 5 : 2));
        QCOMPARE(std::any_of(expected.begin(), expected.end(), [](const PageSlice &p) { return p.headerHeight() > 0; }),
                 tables);

        Report inParts;
        QList<int> starts = {0};
        starts << cuts;
        starts << int(list.size());
        for (int i = 0; i + 1 < starts.size(); ++i)
            inParts.parts <<
                [&text, &list, from = starts.at(i), to = starts.at(i + 1)] { return build(text, list, from, to); };
        const QList<PageSlice> pages = pagesOf(inParts, pageHeight);
        QCOMPARE(pages.size(), expected.size());
        for (qsizetype p = 0; p < pages.size(); ++p) {
            QVERIFY2(qAbs(pages.at(p).top - expected.at(p).top) < 0.01 &&
                         qAbs(pages.at(p).bottom - expected.at(p).bottom) < 0.01,
                     qPrintable(QStringLiteral("page %1: %2–%3, whole %4–%5")
                                    .arg(p + 1)
                                    .arg(pages.at(p).top)
                                    .arg(pages.at(p).bottom)
                                    .arg(expected.at(p).top)
                                    .arg(expected.at(p).bottom)));
            QCOMPARE(pages.at(p).headerTop, expected.at(p).headerTop);
            QCOMPARE(pages.at(p).headerBottom, expected.at(p).headerBottom);
        }
    }
};

QTEST_MAIN(TestPagination)
#include "tst_pagination.moc"
