// The consultation matrix: each document under consultation against the member
// countries, with their answers and the review deadline.

#include "ReportContext.h"
#include "Reports.h"
#include "storage/Repositories.h"

#include <QTextTable>

namespace pd::reports {

namespace {

constexpr qreal mm = ReportDocument::MillimetrePx;

// Short marks that fit a narrow column; the legend under the table spells them out.
QString mark(ConsultationState state)
{
    switch (state) {
    case ConsultationState::Pending:
        return QStringLiteral("\u2026");
    case ConsultationState::MoreTimeRequested:
        return QStringLiteral("+t");
    case ConsultationState::NoObjection:
        return QStringLiteral("\u2713");
    case ConsultationState::Comments:
        return QStringLiteral("C");
    case ConsultationState::Objection:
        return QStringLiteral("\u2717");
    }
    return {};
}

void setCell(QTextTable *table, int row, int column, const QString &text, const QTextCharFormat &format,
             Qt::Alignment align = Qt::AlignLeft)
{
    QTextCursor cursor = table->cellAt(row, column).firstCursorPosition();
    QTextBlockFormat block = cursor.blockFormat();
    block.setAlignment(align);
    cursor.setBlockFormat(block);
    cursor.insertText(text, format);
}

} // namespace

Result<Report> consultationMatrix(Repositories &repos, const ReportOptions &options)
{
    ReportContext c(repos, options);
    const ReportText &t = c.text();
    ReportDocument &b = c.body();

    QList<Party> members;
    for (const Party &p : repos.parties().members()) {
        if (p.kind == PartyKind::Country)
            members << p;
    }
    QList<Document> documents;
    for (const Document &d : repos.documents().all()) {
        if (!d.consultations.isEmpty() || d.state == DocumentState::UnderConsultation)
            documents << d;
    }

    const LocalizedText title{
        t.label(QT_TRANSLATE_NOOP("Report", "Consultation of documents pending approval"), Language::English),
        t.label(QT_TRANSLATE_NOOP("Report", "Consultation of documents pending approval"), Language::Spanish)};
    QStringList facts;
    if (const QString presidency = c.presidencyName(); !presidency.isEmpty())
        facts << t.label(QT_TRANSLATE_NOOP("Report", "Presidency Pro-Tempore: %1")).arg(presidency);
    facts << t.label(QT_TRANSLATE_NOOP("Report", "Documents: %1; member countries: %2"))
                 .arg(documents.size())
                 .arg(members.size());
    b.title(t.label(QT_TRANSLATE_NOOP("Report", "Consultation matrix")), title, facts);

    if (documents.isEmpty()) {
        b.paragraph(t.label(QT_TRANSLATE_NOOP("Report", "No document is under consultation.")),
                    ReportDocument::Style::Muted);
    } else {
        const int fixedColumns = 2;
        QTextTableFormat tf = ReportDocument::ruledTableFormat();
        QList<QTextLength> widths{QTextLength(QTextLength::PercentageLength, 44),
                                  QTextLength(QTextLength::PercentageLength, 16)};
        const qreal memberWidth = members.isEmpty() ? 0 : 40.0 / members.size();
        for (int i = 0; i < members.size(); ++i)
            widths << QTextLength(QTextLength::PercentageLength, memberWidth);
        tf.setColumnWidthConstraints(widths);
        b.cursor().movePosition(QTextCursor::End);
        QTextTable *table = b.cursor().insertTable(int(documents.size()) + 1, fixedColumns + int(members.size()), tf);

        QTextCharFormat head = b.format(ReportDocument::Style::Bold);
        head.setFontPointSize(7.5);
        head.setForeground(Qt::white);
        for (int col = 0; col < table->columns(); ++col) {
            QTextTableCellFormat cf;
            cf.setBackground(ReportDocument::Ink);
            table->cellAt(0, col).setFormat(cf);
        }
        setCell(table, 0, 0, t.label(QT_TRANSLATE_NOOP("Report", "Document")), head);
        setCell(table, 0, 1, t.label(QT_TRANSLATE_NOOP("Report", "State and deadline")), head);
        for (int i = 0; i < members.size(); ++i)
            setCell(table, 0, fixedColumns + i, members.at(i).code, head, Qt::AlignHCenter);

        QTextCharFormat small = b.format(ReportDocument::Style::Body);
        small.setFontPointSize(7.5);
        QTextCharFormat muted = b.format(ReportDocument::Style::Small);
        QTextCharFormat markFormat = b.format(ReportDocument::Style::Bold);
        markFormat.setFontPointSize(8.5);
        for (int r = 0; r < documents.size(); ++r) {
            const Document &d = documents.at(r);
            const int row = r + 1;
            QTextCursor cell = table->cellAt(row, 0).firstCursorPosition();
            if (!d.code.isEmpty())
                cell.insertText(d.code + QLatin1Char(' '), b.format(ReportDocument::Style::Bold));
            cell.insertText(d.title.text(t.both() ? Language::English : t.primary()), small);
            if (t.both() && !d.title.es.isEmpty() && d.title.es != d.title.text(Language::English)) {
                QTextCharFormat second = b.format(ReportDocument::Style::Second);
                second.setFontPointSize(7.5);
                cell.insertText(QString(QChar::LineSeparator) + d.title.es, second);
            }
            QString state = t.enumText(d.state);
            if (d.reviewDeadline.isValid())
                state += QString(QChar::LineSeparator) +
                         t.label(QT_TRANSLATE_NOOP("Report", "due %1")).arg(t.shortDate(d.reviewDeadline));
            setCell(table, row, 1, state, muted);
            for (int i = 0; i < members.size(); ++i) {
                QString text = QStringLiteral("\u2013");
                for (const Consultation &k : d.consultations) {
                    if (k.partyId == members.at(i).id) {
                        text = mark(k.state);
                        if (k.requestedUntil.isValid())
                            text += QString(QChar::LineSeparator) + k.requestedUntil.toString(QStringLiteral("d/M"));
                    }
                }
                setCell(table, row, fixedColumns + i, text, markFormat, Qt::AlignHCenter);
            }
        }
        b.cursor().movePosition(QTextCursor::End);
    }

    b.heading(t.label(QT_TRANSLATE_NOOP("Report", "Legend")));
    QStringList legend;
    for (const ConsultationState s : enumValues<ConsultationState>())
        legend << mark(s) + QStringLiteral(" ") + t.enumText(s);
    legend << QStringLiteral("\u2013 ") + t.label(QT_TRANSLATE_NOOP("Report", "not consulted"));
    b.paragraph(legend.join(QStringLiteral("    ")), ReportDocument::Style::Muted);
    QStringList countries;
    for (const Party &p : members)
        countries << p.code + QStringLiteral(" ") + c.partyName(p.id);
    b.paragraph(countries.join(QStringLiteral(" \u00b7 ")), ReportDocument::Style::Small);
    return c.finish(t.label(QT_TRANSLATE_NOOP("Report", "Consultation matrix")));
}

} // namespace pd::reports
