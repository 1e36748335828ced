#pragma once

// Reading printed PDFs back with poppler-utils (pdfinfo, pdftotext), for the tests of
// the reports and of the dialog that prints them.

#include <QString>
#include <QStringList>

namespace pd::test {

struct ToolRun
{
    int exitCode = -1;
    QString out;
};

// Runs a command-line tool to its end (a minute at most) and keeps its standard output.
ToolRun runTool(const QString &program, const QStringList &arguments);
// The number of pages pdfinfo finds, -1 when it cannot read the file.
int pdfPageCount(const QString &pdf);
// The text of the PDF (or of one page, counted from 1), with line ends and runs of spaces
// made single spaces so that wrapped titles read whole.
QString pdfText(const QString &pdf, int page = 0);
// The rows of pdffonts whose "emb" column does not say yes (a row reading "cannot read"
// when pdffonts lists no font at all): empty when every font is embedded.
QStringList pdfFontsNotEmbedded(const QString &pdf);

} // namespace pd::test
