#pragma once

#include "domain/Document.h"
#include "domain/Meeting.h"
#include "domain/Party.h"

#include <QWidget>

class QPushButton;
class QTableView;

namespace pd {

class AgendaTableModel;
class FieldDelegate;

/*
 * The agenda tab of the meeting editor: a table edited in place (typing or F2 edits a
 * cell, Tab goes to the next one) with Add (Insert), Remove (Delete), Move up (Alt+Up)
 * and Move down (Alt+Down). Items are numbered from their position.
 */
class AgendaPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AgendaPanel(QWidget *parent = nullptr);

    void setNames(const QList<Party> &parties, const QList<Document> &documents, Language language);
    void setItems(const QList<AgendaItem> &items);
    QList<AgendaItem> items() const;
    AgendaTableModel *model() const { return m_model; }
    // Writes a cell still being edited back to the model.
    void commitPendingEdit();

Q_SIGNALS:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addItem();
    void removeItem();
    void moveItem(int delta);
    void updateButtons();
    int currentRow() const;
    void selectRow(int row, int column);

    AgendaTableModel *m_model = nullptr;
    FieldDelegate *m_delegate = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
};

} // namespace pd
