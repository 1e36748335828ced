#pragma once

#include "domain/Activity.h"

#include <QDialog>

class QLineEdit;

namespace pd {

class Editor;

/*
 * The activity editor. OK saves through the Editor as one undo step.
 * Open it with open(), never exec().
 */
class ActivityEditor : public QDialog
{
    Q_OBJECT
public:
    ActivityEditor(Editor &editor, const Activity &activity, QWidget *parent = nullptr);

    Activity activity() const;
    void accept() override;

Q_SIGNALS:
    void saved(const QString &uid);

private:
    Editor &m_editor;
    Activity m_activity;
    QLineEdit *m_titleEn = nullptr;
    QLineEdit *m_titleEs = nullptr;
};

} // namespace pd
