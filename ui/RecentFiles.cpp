#include "RecentFiles.h"

#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace pd {

namespace {
const QString SettingsKey = QStringLiteral("recentFiles");
} // namespace

RecentFiles::RecentFiles(QObject *parent) : QObject(parent) {}

QStringList RecentFiles::files()
{
    return QSettings().value(SettingsKey).toStringList();
}

void RecentFiles::remember(const QString &path)
{
    if (path == QLatin1String(":memory:"))
        return;
    QStringList list = files();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > MaxFiles)
        list.removeLast();
    QSettings().setValue(SettingsKey, list);
    fillMenu();
}

void RecentFiles::setMenu(QMenu *menu)
{
    m_menu = menu;
    fillMenu();
}

void RecentFiles::fillMenu()
{
    if (!m_menu)
        return;
    m_menu->clear();
    const QStringList list = files();
    for (int i = 0; i < list.size(); ++i) {
        const QString path = list.at(i);
        m_menu
            ->addAction(tr("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()), this,
                        [this, path] { Q_EMIT openRequested(path); })
            ->setToolTip(path);
    }
    m_menu->setEnabled(!list.isEmpty());
}

} // namespace pd
