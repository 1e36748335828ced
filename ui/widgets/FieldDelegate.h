#pragma once

#include <QHash>
#include <QList>
#include <QStyledItemDelegate>

#include <utility>

namespace pd {

/*
 * An item delegate whose editor depends on the column: a combo box of labelled
 * choices (parties, roles, documents), a time of day ("09:30", or empty for none), or
 * a spin box of minutes. Other columns get Qt's default editor. The model's
 * Qt::EditRole holds the raw value (choice data, a QTime that may be null, an int).
 */
class FieldDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using Choices = QList<std::pair<QString, QVariant>>;

    explicit FieldDelegate(QObject *parent = nullptr);

    void setChoices(int column, const Choices &choices);
    void setTimeColumn(int column);
    void setMinutesColumn(int column);

    // Writes an editor that is still open back to the model (before the dialog saves).
    void commit(QWidget *editor);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    enum class Kind
    {
        Default,
        Choice,
        Time,
        Minutes
    };
    Kind kindOf(int column) const { return m_kinds.value(column, Kind::Default); }

    QHash<int, Kind> m_kinds;
    QHash<int, Choices> m_choices;
};

} // namespace pd
