#include "FieldDelegate.h"

#include <QComboBox>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QTime>

namespace pd {

namespace {
// "9", "930", "9:30", "0930" -> 09:30; "" -> no time.
QTime parseTime(const QString &text)
{
    QString digits = text;
    digits.remove(QLatin1Char(':'));
    if (digits.isEmpty())
        return {};
    if (digits.size() <= 2)
        return QTime(digits.toInt(), 0);
    return QTime(digits.left(digits.size() - 2).toInt(), digits.right(2).toInt());
}
} // namespace

FieldDelegate::FieldDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

void FieldDelegate::setChoices(int column, const Choices &choices)
{
    m_kinds.insert(column, Kind::Choice);
    m_choices.insert(column, choices);
}

void FieldDelegate::setTimeColumn(int column)
{
    m_kinds.insert(column, Kind::Time);
}

void FieldDelegate::setMinutesColumn(int column)
{
    m_kinds.insert(column, Kind::Minutes);
}

void FieldDelegate::commit(QWidget *editor)
{
    if (editor)
        Q_EMIT commitData(editor);
}

QWidget *FieldDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    switch (kindOf(index.column())) {
    case Kind::Choice: {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("choiceEditor"));
        for (const auto &[label, value] : m_choices.value(index.column()))
            combo->addItem(label, value);
        // A choice made in the list is written at once; the editor stays open for Tab.
        auto *self = const_cast<FieldDelegate *>(this);
        connect(combo, &QComboBox::activated, self, [self, combo] { Q_EMIT self->commitData(combo); });
        return combo;
    }
    case Kind::Time: {
        // A line edit rather than a QTimeEdit: it can be empty, and typing replaces it
        // ("930", "9:30" and "09:30" all mean half past nine).
        auto *edit = new QLineEdit(parent);
        edit->setObjectName(QStringLiteral("timeEditor"));
        edit->setPlaceholderText(tr("hh:mm"));
        static const QRegularExpression pattern(QStringLiteral("([01]?[0-9]|2[0-3])(:?[0-5][0-9])?|"));
        edit->setValidator(new QRegularExpressionValidator(pattern, edit));
        return edit;
    }
    case Kind::Minutes: {
        auto *spin = new QSpinBox(parent);
        spin->setObjectName(QStringLiteral("minutesEditor"));
        spin->setRange(0, 24 * 60);
        spin->setSingleStep(5);
        spin->setSuffix(tr(" min"));
        return spin;
    }
    case Kind::Default:
        break;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void FieldDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    switch (kindOf(index.column())) {
    case Kind::Choice: {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(qMax(0, combo->findData(value)));
        return;
    }
    case Kind::Time: {
        const QTime time = value.toTime();
        static_cast<QLineEdit *>(editor)->setText(time.isValid() ? time.toString(QStringLiteral("HH:mm")) : QString());
        return;
    }
    case Kind::Minutes:
        static_cast<QSpinBox *>(editor)->setValue(value.toInt());
        return;
    case Kind::Default:
        break;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void FieldDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    switch (kindOf(index.column())) {
    case Kind::Choice:
        model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
        return;
    case Kind::Time: {
        const auto *edit = static_cast<QLineEdit *>(editor);
        if (edit->hasAcceptableInput())
            model->setData(index, parseTime(edit->text()), Qt::EditRole);
        return;
    }
    case Kind::Minutes: {
        auto *spin = static_cast<QSpinBox *>(editor);
        spin->interpretText();
        model->setData(index, spin->value(), Qt::EditRole);
        return;
    }
    case Kind::Default:
        break;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace pd
