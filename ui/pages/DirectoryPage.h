#pragma once

#include "domain/Enums.h"

#include "dialogs/FocalPointDialog.h"
#include "dialogs/PartyDialog.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTreeView;

namespace pd {

class Editor;
class FocalPointTableModel;
class PartyTableModel;
class PresidencyTableModel;

/*
 * Who is who: the countries and organizations (names in both languages, acronym, ISO
 * code, membership), filtered by kind and edited in the PartyDialog (a double click or
 * Enter on the table, or "Edit…"); their focal points, added, edited and removed
 * through the Editor (one undo step each), each marked as personal data or not; and
 * the presidencies, past, current and incoming.
 */
class DirectoryPage : public QWidget
{
    Q_OBJECT
public:
    explicit DirectoryPage(Editor &editor, QWidget *parent = nullptr);

    void setLanguage(Language language);
    FocalPointDialog *focalPointDialog() const { return m_dialog; }
    void addFocalPoint();
    void editFocalPoint(const QString &uid);
    void removeSelectedFocalPoint();
    QString selectedFocalPointUid() const;
    PartyDialog *partyDialog() const { return m_partyDialog; }
    void editParty(const QString &uid);
    QString selectedPartyUid() const;

private:
    QWidget *createPartiesTab();
    QWidget *createFocalPointsTab();
    QWidget *createPresidenciesTab();
    void applyKind();
    void updateActions();
    void showError(const QString &message);

    Editor &m_editor;
    Language m_language = Language::English;
    QTabWidget *m_tabs = nullptr;
    PartyTableModel *m_parties = nullptr;
    FocalPointTableModel *m_focalPoints = nullptr;
    PresidencyTableModel *m_presidencies = nullptr;
    QComboBox *m_kind = nullptr;
    QTreeView *m_partiesView = nullptr;
    QTreeView *m_focalPointsView = nullptr;
    QTreeView *m_presidenciesView = nullptr;
    QLabel *m_focalPointsHint = nullptr;
    QPushButton *m_editPartyButton = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QLabel *m_error = nullptr;
    QPointer<FocalPointDialog> m_dialog;
    QPointer<PartyDialog> m_partyDialog;
};

} // namespace pd
