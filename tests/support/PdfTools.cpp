#include "PdfTools.h"

#include <QProcess>
#include <QRegularExpression>

namespace pd::test {

ToolRun runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput())};
}

int pdfPageCount(const QString &pdf)
{
    const ToolRun info = runTool(QStringLiteral("pdfinfo"), {pdf});
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info.out);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

QString pdfText(const QString &pdf, int page)
{
    QStringList args{QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    args << pdf << QStringLiteral("-");
    return runTool(QStringLiteral("pdftotext"), args).out.simplified();
}

QStringList pdfFontsNotEmbedded(const QString &pdf)
{
    // Two heading lines, then one row per font: name, type, encoding, emb, sub, uni, object.
    const QStringList lines = runTool(QStringLiteral("pdffonts"), {pdf}).out.split(QLatin1Char('\n'));
    const QRegularExpression embedded(QStringLiteral("\\s+yes\\s+(yes|no)\\s+(yes|no)\\s+\\d+"));
    QStringList bad;
    int rows = 0;
    for (qsizetype i = 2; i < lines.size(); ++i) {
        if (lines.at(i).trimmed().isEmpty())
            continue;
        ++rows;
        if (!lines.at(i).contains(embedded))
            bad << lines.at(i);
    }
    if (rows == 0)
        bad << QStringLiteral("cannot read the fonts of ") + pdf;
    return bad;
}

} // namespace pd::test
