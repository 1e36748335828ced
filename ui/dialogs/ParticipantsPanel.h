#pragma once

#include "domain/Meeting.h"
#include "domain/Party.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QPushButton;
class QTableView;

namespace pd {

class FieldDelegate;
class ParticipantTableModel;

/*
 * The participants tab of the meeting editor: choose a country or organization and a
 * role, Add; change a role in place (F2); Remove or Delete. A party that already takes
 * part is not offered again.
 */
class ParticipantsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ParticipantsPanel(QWidget *parent = nullptr);

    // The parties that can take part, and the role each is suggested with.
    void setParties(const QList<Party> &parties, const QHash<qint64, ParticipantRole> &suggestedRoles,
                    Language language);
    void setParticipants(const QList<Participant> &participants);
    QList<Participant> participants() const;
    ParticipantTableModel *model() const { return m_model; }
    // Writes a role still being edited back to the model.
    void commitPendingEdit();

Q_SIGNALS:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fillPartyChoices();
    void suggestRole();
    void addChosen();
    void removeSelected();
    void updateButtons();

    QList<Party> m_parties;
    QHash<qint64, ParticipantRole> m_suggestedRoles;
    Language m_language = Language::English;
    ParticipantTableModel *m_model = nullptr;
    FieldDelegate *m_delegate = nullptr;
    QComboBox *m_party = nullptr;
    QComboBox *m_role = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace pd
