// presidency-desk: the desktop program when run without a verb, the headless command
// line when given one (init, check, list, ...).

#include "DesktopLauncher.h"
#include "cli/CommandLine.h"
#include "i18n/Translation.h"

#include <QApplication>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace {
void describe(QCoreApplication &app)
{
    app.setApplicationName(QStringLiteral("presidency-desk"));
    app.setApplicationVersion(QStringLiteral(PD_VERSION));
    // QSettings needs an organization (else "Unknown Organization" and an access error):
    // the settings live in ~/.config/presidency-desk/presidency-desk.conf.
    app.setOrganizationName(QStringLiteral("presidency-desk"));
}
} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    if (pd::CommandLine::runsHeadless(arguments)) {
        // print lays out text, which needs fonts and so a QGuiApplication; the offscreen
        // platform lets it run with no display.
        std::unique_ptr<QCoreApplication> application;
        if (pd::CommandLine::needsFonts(arguments)) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            application = std::make_unique<QGuiApplication>(argc, argv);
        } else {
            application = std::make_unique<QCoreApplication>(argc, argv);
        }
        QCoreApplication &app = *application;
        describe(app);
        // stderr carries one-line errors only; the storage log speaks when asked to
        // (QT_LOGGING_RULES="pd.*=true").
        if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
            QLoggingCategory::setFilterRules(QStringLiteral("pd.*=false"));
        pd::translation::setLanguage(app, pd::translation::systemLanguage()); // --lang may change it
        QTextStream out(stdout);
        QTextStream err(stderr);
        return pd::CommandLine::run(app.arguments(), out, err);
    }
    QApplication app(argc, argv);
    describe(app);
    return pd::runDesktop(app);
}
