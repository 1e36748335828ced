// CellTextPainter draws a cell's text as the style would (margins, alignment, colours,
// elision), from laid-out text it keeps. Checked on the pixels it paints.

#include "widgets/CellTextPainter.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTest>

using namespace pd;

namespace {

constexpr QSize CellSize(220, 24);

QStyleOptionViewItem cell(const QString &text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    QStyleOptionViewItem option;
    option.rect = QRect(QPoint(0, 0), CellSize);
    option.text = text;
    option.font = QApplication::font();
    option.palette = QApplication::palette();
    option.state = QStyle::State_Enabled | QStyle::State_Active;
    option.displayAlignment = align;
    option.textElideMode = Qt::ElideRight;
    option.features = QStyleOptionViewItem::HasDisplay;
    return option;
}

// The cell painted on a wider canvas, so that ink outside the cell would show.
QImage paint(const CellTextPainter &painter, const QStyleOptionViewItem &option)
{
    QImage image(CellSize.width() + 100, CellSize.height(), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    painter.paint(&p, option, QApplication::style());
    return image;
}

bool inked(const QImage &image, int x, int y)
{
    return qGray(image.pixel(x, y)) < 160;
}

// The leftmost and rightmost columns with ink, or (-1, -1).
std::pair<int, int> inkSpan(const QImage &image)
{
    int left = -1;
    int right = -1;
    for (int x = 0; x < image.width(); ++x) {
        for (int y = 0; y < image.height(); ++y) {
            if (inked(image, x, y)) {
                if (left < 0)
                    left = x;
                right = x;
                break;
            }
        }
    }
    return {left, right};
}

} // namespace

class TestCellTextPainter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void drawsTheTextInsideTheCell()
    {
        CellTextPainter painter;
        const auto [left, right] = inkSpan(paint(painter, cell(QStringLiteral("Labour Migration"))));
        QVERIFY(left > 0);
        QVERIFY(left < 10); // after the style's margin
        QVERIFY(right < CellSize.width());
        QCOMPARE(inkSpan(paint(painter, cell(QString()))), std::make_pair(-1, -1));
    }

    void alignsAsTheModelSays()
    {
        CellTextPainter painter;
        const auto left = inkSpan(paint(painter, cell(QStringLiteral("1,000"))));
        const auto right = inkSpan(paint(painter, cell(QStringLiteral("1,000"), Qt::AlignRight | Qt::AlignVCenter)));
        QVERIFY(right.first > left.first + 100);
        QVERIFY(right.second < CellSize.width());
        QVERIFY(right.second > CellSize.width() - 10);
    }

    void elidesALongTextToTheCell()
    {
        CellTextPainter painter;
        const QString longTitle =
            QStringLiteral("Regional workshop on the reintegration of returned migrants and their families, "
                           "with the support of IOM, ILO, UNHCR and UNICEF");
        const QImage image = paint(painter, cell(longTitle));
        const auto [left, right] = inkSpan(image);
        QVERIFY(left > 0);
        QVERIFY2(right < CellSize.width(), "no ink outside the cell");
        QVERIFY(right > CellSize.width() / 2); // the cell is filled up to the ellipsis
        // Painted again (now from the kept layout), the pixels are the same.
        QCOMPARE(paint(painter, cell(longTitle)), image);
    }

    void aVeryLongTextIsElidedAsAShorterOne()
    {
        // Only what could fit is laid out: the cell looks the same as for the first
        // few hundred characters of the text.
        CellTextPainter painter;
        QString conclusion;
        while (conclusion.size() < 5000)
            conclusion += QStringLiteral("To urge the RCM Member Countries to submit the information required. ");
        const QImage whole = paint(painter, cell(conclusion));
        QCOMPARE(whole, paint(painter, cell(conclusion.left(300))));
        const auto [left, right] = inkSpan(whole);
        QVERIFY(right < CellSize.width());
        QVERIFY(right > CellSize.width() - 20); // filled to the ellipsis
    }

    void markupIsText()
    {
        CellTextPainter painter;
        const auto plain = inkSpan(paint(painter, cell(QStringLiteral("x"))));
        const auto tagged = inkSpan(paint(painter, cell(QStringLiteral("<b>x</b>"))));
        QVERIFY(tagged.second - tagged.first > 3 * (plain.second - plain.first));
    }

    void selectedTextTakesTheHighlightedColour()
    {
        CellTextPainter painter;
        QStyleOptionViewItem option = cell(QStringLiteral("MMMM"));
        option.state |= QStyle::State_Selected;
        option.palette.setColor(QPalette::Highlight, Qt::black);
        option.palette.setColor(QPalette::HighlightedText, Qt::red);
        const QImage image = paint(painter, option);
        int red = 0;
        for (int x = 0; x < CellSize.width(); ++x) {
            for (int y = 0; y < CellSize.height(); ++y) {
                const QRgb pixel = image.pixel(x, y);
                if (qRed(pixel) > 150 && qGreen(pixel) < 80 && qBlue(pixel) < 80)
                    ++red;
            }
        }
        QVERIFY2(red > 10, "the text is drawn in the highlighted-text colour over the highlight");
    }

    void paintsTheBackgroundBrush()
    {
        // A plain cell leaves the style's panel out; one with a background keeps it.
        CellTextPainter painter;
        QStyleOptionViewItem option = cell(QStringLiteral("Overdue"));
        option.backgroundBrush = QColor(Qt::yellow);
        const QImage image = paint(painter, option);
        QCOMPARE(image.pixelColor(CellSize.width() - 2, 1), QColor(Qt::yellow));
        QCOMPARE(image.pixelColor(CellSize.width() + 50, 1), QColor(Qt::white));
        QCOMPARE(paint(painter, cell(QStringLiteral("Overdue"))).pixelColor(CellSize.width() - 2, 1),
                 QColor(Qt::white));
    }

    void textOfSeveralLinesStaysInItsRow()
    {
        // One line is elided and needs no clip; lines beyond the row's height are cut off.
        CellTextPainter painter;
        QImage image(CellSize.width(), CellSize.height() * 5, QImage::Format_RGB32);
        image.fill(Qt::white);
        QStyleOptionViewItem option = cell(QStringLiteral("first\nsecond\nthird\nfourth\nfifth"));
        option.rect.moveTop(CellSize.height() * 2);
        {
            QPainter p(&image);
            painter.paint(&p, option, QApplication::style());
        }
        int inside = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                if (!inked(image, x, y))
                    continue;
                QVERIFY2(option.rect.contains(x, y), qPrintable(QStringLiteral("ink at %1,%2").arg(x).arg(y)));
                ++inside;
            }
        }
        QVERIFY(inside > 0);
    }
};

QTEST_MAIN(TestCellTextPainter)
#include "tst_gui_celltextpainter.moc"
