#include "DesktopLauncher.h"

#include "MainWindow.h"
#include "exchange/NewDatabase.h"
#include "i18n/Translation.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>

namespace pd {

namespace {

Result<std::unique_ptr<Database>> openForDesktop(const QString &path, bool wantNew, bool isDefault)
{
    if (wantNew)
        return createDatabase(path, NewDatabaseContent::Empty);
    if (isDefault && !QFileInfo::exists(path)) {
        // First run: the program opens on the RCM data rather than on nothing.
        QDir().mkpath(QFileInfo(path).absolutePath());
        return createDatabase(path, NewDatabaseContent::RcmProfile);
    }
    Database::Options options;
    options.access = Database::Access::ReadOnlyIfLocked;
    return Database::open(path, options);
}

} // namespace

int runDesktop(QApplication &app)
{
    // The language chosen in the settings, else the system's; --lang overrides it once.
    translation::setLanguage(app, translation::startupLanguage());
    app.setApplicationDisplayName(QApplication::translate("main", "Presidency Desk"));

    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), QApplication::translate("DesktopLauncher", "The database file to open."),
                      QApplication::translate("DesktopLauncher", "file")});
    parser.addOption({QStringLiteral("new"), QApplication::translate("DesktopLauncher", "Create an empty database.")});
    parser.addOption({QStringLiteral("lang"),
                      QApplication::translate("DesktopLauncher", "The interface language: en or es."),
                      QApplication::translate("DesktopLauncher", "language")});
    if (!parser.parse(app.arguments())) {
        QMessageBox::critical(nullptr, QApplication::translate("DesktopLauncher", "Presidency Desk"),
                              parser.errorText());
        return 2;
    }
    if (parser.isSet(QStringLiteral("lang"))) {
        const QString code = parser.value(QStringLiteral("lang"));
        const auto language = translation::languageFromCode(code);
        if (!language) {
            QMessageBox::critical(
                nullptr, QApplication::translate("DesktopLauncher", "Presidency Desk"),
                QApplication::translate("DesktopLauncher", "Unknown language “%1”; use en or es.").arg(code));
            return 2;
        }
        translation::setLanguage(app, *language);
    }
    const bool isDefault = !parser.isSet(QStringLiteral("db"));
    const QString path = isDefault ? Database::defaultPath() : parser.value(QStringLiteral("db"));
    auto db = openForDesktop(path, parser.isSet(QStringLiteral("new")), isDefault);
    if (!db) {
        QMessageBox::critical(nullptr, QApplication::translate("DesktopLauncher", "Presidency Desk"),
                              db.error().message);
        return 1;
    }
    auto *window = new MainWindow(std::move(*db));
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    return app.exec();
}

} // namespace pd
