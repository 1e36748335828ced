#pragma once

#include "domain/Party.h"

#include <QWidget>

class QLineEdit;
class QListWidget;

namespace pd {

/*
 * A checkable list of parties with a filter line above it: the multi-select of the
 * supporting parties of an activity. Checked parties stay listed while the filter
 * hides the others; the order of the checked ones is kept as they were given, new
 * ones follow in the list's order.
 */
class PartyChecklist : public QWidget
{
    Q_OBJECT
public:
    explicit PartyChecklist(QWidget *parent = nullptr);

    void setParties(const QList<Party> &parties, Language language);
    QList<qint64> checkedIds() const;
    void setCheckedIds(const QList<qint64> &ids);

Q_SIGNALS:
    void changed();

private:
    void applyFilter(const QString &text);

    QLineEdit *m_filter = nullptr;
    QListWidget *m_list = nullptr;
    QList<qint64> m_checked; // in order of checking
};

} // namespace pd
