#include "ActivityEditor.h"

#include "commands/Editor.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>

namespace pd {

ActivityEditor::ActivityEditor(Editor &editor, const Activity &activity, QWidget *parent)
    : QDialog(parent), m_editor(editor), m_activity(activity)
{
    m_titleEn = new QLineEdit(activity.title.en, this);
    m_titleEn->setObjectName(QStringLiteral("titleEn"));
    m_titleEs = new QLineEdit(activity.title.es, this);
    m_titleEs->setObjectName(QStringLiteral("titleEs"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QFormLayout(this);
    layout->addRow(tr("Title (English):"), m_titleEn);
    layout->addRow(tr("Title (Spanish):"), m_titleEs);
    layout->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

Activity ActivityEditor::activity() const
{
    Activity a = m_activity;
    a.title.en = m_titleEn->text().trimmed();
    a.title.es = m_titleEs->text().trimmed();
    return a;
}

void ActivityEditor::accept()
{
    Activity a = activity();
    const Status status = a.id == 0 ? m_editor.addActivity(a) : m_editor.updateActivity(a);
    if (!status)
        return;
    m_activity = a;
    Q_EMIT saved(a.uid);
    QDialog::accept();
}

} // namespace pd
