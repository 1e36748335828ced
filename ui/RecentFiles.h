#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

class QMenu;

namespace pd {

/*
 * File > Open Recent: the databases opened last, newest first (at most MaxFiles), kept
 * in QSettings under "recentFiles" so that every window and the next session share
 * them. An in-memory database is never remembered. The window hands over its menu each
 * time it builds its menus (a language switch builds them again); choosing a file asks
 * the window to open it.
 */
class RecentFiles : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxFiles = 8;

    explicit RecentFiles(QObject *parent = nullptr);

    static QStringList files();
    // Puts `path` first in the list, and in the menu.
    void remember(const QString &path);
    // The menu to keep filled with the list.
    void setMenu(QMenu *menu);

Q_SIGNALS:
    void openRequested(const QString &path);

private:
    void fillMenu();

    QPointer<QMenu> m_menu;
};

} // namespace pd
