#include "ConclusionsImportDialog.h"

#include "commands/Editor.h"
#include "exchange/ConclusionsParser.h"
#include "storage/Database.h"
#include "storage/Repositories.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStringDecoder>
#include <QTextBlock>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pd {

namespace {

enum Column
{
    NumberColumn,
    VerbColumn,
    TextColumn,
    StatusColumn
};

// The meeting ConclusionsImport would find for the parsed one (the same kind on the same
// day, or with the same title when the text gives no date).
std::optional<Meeting> existingMeeting(Repositories &repos, const ParsedConclusions &parsed)
{
    const ParsedMeeting &pm = parsed.meeting;
    const QString title = pm.body.isEmpty() ? pm.title : pm.body;
    for (const Meeting &m : repos.meetings().all()) {
        const bool same = pm.start.isValid() ? m.startDate == pm.start && m.kind == pm.kind
                                             : m.kind == pm.kind && m.title.text(parsed.language) == title;
        if (same && m.decisionId == 0)
            return m;
    }
    return std::nullopt;
}

} // namespace

ConclusionsImportDialog::ConclusionsImportDialog(Editor &editor, QWidget *parent) : QDialog(parent), m_editor(editor)
{
    setObjectName(QStringLiteral("conclusionsImportDialog"));
    setWindowTitle(tr("Import Conclusions"));
    resize(1000, 700);

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("conclusionsText"));
    m_text->setPlaceholderText(tr("Paste the text of the conclusions and recommendations here."));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);

    auto *openButton = new QPushButton(tr("Open Text File…"), this);
    openButton->setObjectName(QStringLiteral("openTextFileButton"));
    connect(openButton, &QPushButton::clicked, this, &ConclusionsImportDialog::openFile);

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("Automatic"), int(ConclusionsParser::LanguageChoice::Auto));
    m_language->addItem(tr("English"), int(ConclusionsParser::LanguageChoice::English));
    m_language->addItem(tr("Spanish"), int(ConclusionsParser::LanguageChoice::Spanish));

    m_fileError = new QLabel(this);
    m_fileError->setObjectName(QStringLiteral("fileErrorLabel"));
    m_fileError->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_fileError->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(openButton);
    top->addWidget(new QLabel(tr("Language:"), this));
    top->addWidget(m_language);
    top->addStretch(1);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("previewTree"));
    m_tree->setHeaderLabels({tr("Item"), tr("Verb or kind"), tr("Text"), tr("Status")});
    m_tree->header()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    connect(m_tree, &QTreeWidget::itemChanged, this, &ConclusionsImportDialog::itemChanged);

    m_warnings = new QListWidget(this);
    m_warnings->setObjectName(QStringLiteral("warningsList"));
    connect(m_warnings, &QListWidget::itemClicked, this, &ConclusionsImportDialog::warningClicked);

    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_importError = new QLabel(this);
    m_importError->setObjectName(QStringLiteral("importErrorLabel"));
    m_importError->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_importError->setWordWrap(true);
    m_importError->hide();

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(top);
    leftLayout->addWidget(m_fileError);
    leftLayout->addWidget(m_text, 1);
    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_tree);
    auto *warningsBox = new QWidget(right);
    auto *warningsLayout = new QVBoxLayout(warningsBox);
    warningsLayout->setContentsMargins(0, 0, 0, 0);
    warningsLayout->addWidget(new QLabel(tr("Warnings (click one to see its line):"), warningsBox));
    warningsLayout->addWidget(m_warnings);
    right->addWidget(warningsBox);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setEnabled(false);
    connect(m_import, &QPushButton::clicked, this, &ConclusionsImportDialog::importNow);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_importError);
    layout->addWidget(buttons);

    m_timer = new QTimer(this);
    m_timer->setObjectName(QStringLiteral("reparseTimer"));
    m_timer->setSingleShot(true);
    m_timer->setInterval(300);
    connect(m_timer, &QTimer::timeout, this, &ConclusionsImportDialog::reparse);
    connect(m_text, &QPlainTextEdit::textChanged, m_timer, qOverload<>(&QTimer::start));
    connect(m_language, &QComboBox::currentIndexChanged, m_timer, qOverload<>(&QTimer::start));
    reparse();
}

bool ConclusionsImportDialog::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_fileError->setText(tr("Could not read %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        m_fileError->show();
        return false;
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(file.readAll());
    if (decoder.hasError()) {
        m_fileError->setText(tr("%1 is not UTF-8 text.").arg(QFileInfo(path).fileName()));
        m_fileError->show();
        return false;
    }
    m_fileError->hide();
    m_text->setPlainText(text);
    reparse();
    return true;
}

void ConclusionsImportDialog::openFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Conclusions Text"), QString(),
                                                      tr("Text files (*.txt);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

void ConclusionsImportDialog::reparse()
{
    m_timer->stop();
    Repositories &repos = m_editor.repositories();
    const auto choice = ConclusionsParser::LanguageChoice(m_language->currentData().toInt());
    m_parsed = ConclusionsParser(ConclusionsImport::context(repos)).parse(m_text->toPlainText(), choice);
    fillPreview();
}

QTreeWidgetItem *ConclusionsImportDialog::section(const QString &title, const QString &name)
{
    auto *item = new QTreeWidgetItem(m_tree, {title});
    item->setData(NumberColumn, SectionRole, name);
    item->setFirstColumnSpanned(true);
    QFont bold = item->font(NumberColumn);
    bold.setBold(true);
    item->setFont(NumberColumn, bold);
    item->setExpanded(true);
    return item;
}

void ConclusionsImportDialog::setPresence(QTreeWidgetItem *item, bool present)
{
    item->setText(StatusColumn, present ? tr("already present") : tr("new"));
}

void ConclusionsImportDialog::fillPreview()
{
    Repositories &repos = m_editor.repositories();
    m_filling = true;
    m_tree->clear();
    m_warnings->clear();
    const bool empty = m_parsed.decisions.isEmpty() && m_parsed.activities.isEmpty() && m_parsed.documents.isEmpty();

    const std::optional<Meeting> meeting = empty ? std::nullopt : existingMeeting(repos, m_parsed);
    const ParsedMeeting &pm = m_parsed.meeting;
    if (!empty) {
        auto *item = section(tr("Meeting"), QStringLiteral("meeting"));
        item->setFirstColumnSpanned(false);
        item->setText(VerbColumn, enumLabel(pm.kind));
        QString where = pm.city;
        if (!pm.countryCode.isEmpty())
            where += QStringLiteral(" (%1)").arg(pm.countryCode);
        const QString dates = pm.start == pm.end || !pm.end.isValid()
                                  ? pm.start.toString(Qt::ISODate)
                                  : tr("%1 to %2").arg(pm.start.toString(Qt::ISODate), pm.end.toString(Qt::ISODate));
        item->setText(TextColumn, tr("%1, %2, %3; participants: %4")
                                      .arg(pm.body.isEmpty() ? pm.title : pm.body, dates, where,
                                           pm.participants.join(QStringLiteral(", "))));
        setPresence(item, meeting.has_value());
    }

    // Decisions, under their parents.
    QHash<QString, QTreeWidgetItem *> byNumber;
    QHash<QString, qint64> presentIds;
    QTreeWidgetItem *decisions =
        m_parsed.decisions.isEmpty() ? nullptr : section(tr("Decisions"), QStringLiteral("decisions"));
    for (qsizetype i = 0; i < m_parsed.decisions.size(); ++i) {
        const ParsedDecision &d = m_parsed.decisions.at(i);
        QTreeWidgetItem *parent = byNumber.value(d.parentNumber, decisions);
        auto *item = new QTreeWidgetItem(parent, {d.number, enumLabel(d.verb), d.text});
        item->setToolTip(TextColumn, d.text);
        item->setData(NumberColumn, KindRole, DecisionRow);
        item->setData(NumberColumn, IndexRole, int(i));
        item->setCheckState(NumberColumn, d.included ? Qt::Checked : Qt::Unchecked);
        const auto existing = meeting ? repos.decisions().byNumber(meeting->id, d.number) : std::nullopt;
        if (existing)
            presentIds.insert(d.number, existing->id);
        setPresence(item, existing.has_value());
        byNumber.insert(d.number, item);
    }

    if (!m_parsed.activities.isEmpty()) {
        QSet<qint64> decisionsWithActivity;
        for (const Activity &a : repos.activities().all())
            decisionsWithActivity.insert(a.decisionId);
        QTreeWidgetItem *activities = section(tr("Activities"), QStringLiteral("activities"));
        for (qsizetype i = 0; i < m_parsed.activities.size(); ++i) {
            const ParsedActivity &a = m_parsed.activities.at(i);
            auto *item = new QTreeWidgetItem(activities, {a.code, enumLabel(a.kind), a.title});
            QString tip = a.description;
            if (!a.supporters.isEmpty())
                tip += QLatin1Char('\n') + tr("Supported by: %1").arg(a.supporters.join(QStringLiteral(", ")));
            item->setToolTip(TextColumn, tip);
            item->setData(NumberColumn, KindRole, ActivityRow);
            item->setData(NumberColumn, IndexRole, int(i));
            item->setCheckState(NumberColumn, a.included ? Qt::Checked : Qt::Unchecked);
            setPresence(item, presentIds.contains(a.code) && decisionsWithActivity.contains(presentIds.value(a.code)));
        }
    }

    if (!m_parsed.documents.isEmpty()) {
        QTreeWidgetItem *documents = section(tr("Documents"), QStringLiteral("documents"));
        for (qsizetype i = 0; i < m_parsed.documents.size(); ++i) {
            const ParsedDocument &doc = m_parsed.documents.at(i);
            auto *item = new QTreeWidgetItem(documents, {doc.decisionNumber, enumLabel(doc.state), doc.title});
            item->setToolTip(TextColumn, doc.title);
            item->setData(NumberColumn, KindRole, DocumentRow);
            item->setData(NumberColumn, IndexRole, int(i));
            item->setCheckState(NumberColumn, doc.included ? Qt::Checked : Qt::Unchecked);
            // Whether this one document is there: a preview of it alone.
            ParsedConclusions alone = m_parsed;
            for (ParsedActivity &a : alone.activities)
                a.included = false;
            for (qsizetype j = 0; j < alone.documents.size(); ++j)
                alone.documents[j].included = j == i;
            setPresence(item, ConclusionsImport::preview(repos, alone).documentsPresent > 0);
            for (const ParsedConsultation &c : doc.consultations) {
                const QString until =
                    c.requestedUntil.isValid() ? tr("until %1").arg(c.requestedUntil.toString(Qt::ISODate)) : QString();
                new QTreeWidgetItem(item, {c.party, enumLabel(c.state), until});
            }
            item->setExpanded(true);
        }
    }

    for (const ConclusionsWarning &w : m_parsed.warnings) {
        const QString text =
            w.line > 0 ? tr("Line %1: %2 — %3").arg(w.line).arg(w.message, w.source.trimmed()) : w.message;
        auto *item = new QListWidgetItem(text, m_warnings);
        item->setData(LineRole, w.line);
        item->setToolTip(w.source);
    }
    m_tree->resizeColumnToContents(NumberColumn);
    m_tree->resizeColumnToContents(VerbColumn);
    m_filling = false;
    updateSummary();
}

void ConclusionsImportDialog::itemChanged(QTreeWidgetItem *item, int column)
{
    if (m_filling || column != NumberColumn)
        return;
    const int index = item->data(NumberColumn, IndexRole).toInt();
    const bool included = item->checkState(NumberColumn) == Qt::Checked;
    switch (item->data(NumberColumn, KindRole).toInt()) {
    case DecisionRow:
        m_parsed.decisions[index].included = included;
        // An unticked decision leaves out its sub-items too (as the import does).
        for (int i = 0; i < item->childCount(); ++i)
            item->child(i)->setDisabled(!included);
        break;
    case ActivityRow:
        m_parsed.activities[index].included = included;
        break;
    case DocumentRow:
        m_parsed.documents[index].included = included;
        break;
    default:
        return;
    }
    updateSummary();
}

void ConclusionsImportDialog::warningClicked(QListWidgetItem *item)
{
    const int line = item->data(LineRole).toInt();
    const QTextBlock block = m_text->document()->findBlockByNumber(line - 1);
    if (line <= 0 || !block.isValid())
        return;
    QTextCursor cursor(block);
    cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    m_text->setTextCursor(cursor);
    m_text->centerCursor();
}

void ConclusionsImportDialog::updateSummary()
{
    const bool empty = m_parsed.decisions.isEmpty() && m_parsed.activities.isEmpty() && m_parsed.documents.isEmpty();
    m_summary = empty ? ConclusionsImportSummary() : ConclusionsImport::preview(m_editor.repositories(), m_parsed);
    const bool readOnly = m_editor.repositories().database().isReadOnly();
    if (empty) {
        m_summaryLabel->setText(m_text->toPlainText().trimmed().isEmpty()
                                    ? tr("Paste the text or open a text file to see what it holds.")
                                    : tr("No conclusions found in this text."));
    } else {
        const int present = m_summary.meetingsPresent + m_summary.decisionsPresent + m_summary.activitiesPresent +
                            m_summary.documentsPresent;
        QString text = tr("Import would add %1 meetings, %2 decisions, %3 activities and %4 documents; %5 already "
                          "present; %6 warnings.")
                           .arg(m_summary.meetingsAdded)
                           .arg(m_summary.decisionsAdded)
                           .arg(m_summary.activitiesAdded)
                           .arg(m_summary.documentsAdded)
                           .arg(present)
                           .arg(m_parsed.warnings.size());
        if (readOnly)
            text += QLatin1Char(' ') + tr("The database is open read-only: nothing can be imported.");
        m_summaryLabel->setText(text);
    }
    m_import->setEnabled(!readOnly && m_summary.added() > 0);
}

void ConclusionsImportDialog::importNow()
{
    ConclusionsImportSummary summary;
    const Status status = m_editor.importConclusions(m_parsed, &summary);
    if (!status.ok()) {
        m_importError->setText(tr("Could not import: %1").arg(status.error().message));
        m_importError->show();
        return;
    }
    m_summary = summary;
    m_result = tr("Imported conclusions: added %1 meetings, %2 decisions, %3 activities and %4 documents.")
                   .arg(summary.meetingsAdded)
                   .arg(summary.decisionsAdded)
                   .arg(summary.activitiesAdded)
                   .arg(summary.documentsAdded);
    accept();
}

} // namespace pd
