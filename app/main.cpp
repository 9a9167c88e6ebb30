// welkin: wiring only. Parses the command line, creates the core objects, then either prints the
// inventory (--list) or opens the main window.
#include "CommandLine.h"
#include "DefaultConnections.h"
#include "HeadlessList.h"
#include "TerminalCredentialHandler.h"

#include "CredentialDialog.h"
#include "MainWindow.h"
#include "inventory/Inventory.h"
#include "metrics/LiveSamples.h"
#include "providers/ProviderManager.h"

#include <QApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

#include <cstdio>
#include <cstring>
#include <memory>

using namespace welkin;
using namespace Qt::StringLiterals;

namespace {

// Modes that never show a window must not need a display.
bool wantsHeadless(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : {"--list", "--help", "-h", "--help-all", "--version", "-v"}) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
}

void installTranslations(QCoreApplication &app)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(QLocale(), u"welkin"_s, u"_"_s, u":/i18n"_s))
        app.installTranslator(own);
}

} // namespace

int main(int argc, char **argv)
{
    const bool headless = wantsHeadless(argc, argv);
    std::unique_ptr<QCoreApplication> app;
    if (headless)
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setApplicationName(u"welkin"_s);
    QCoreApplication::setOrganizationDomain(u"welkin.org"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(WELKIN_VERSION));
    if (!headless) {
        QGuiApplication::setApplicationDisplayName(u"Welkin"_s);
        QGuiApplication::setDesktopFileName(u"org.welkin.Welkin"_s);
        QApplication::setWindowIcon(QIcon(u":/welkin/icons/org.welkin.Welkin.svg"_s));
    }
    installTranslations(*app);
    // Progress chatter is for --debug; warnings always show. QT_LOGGING_RULES still wins.
    if (!QCoreApplication::arguments().contains(u"--debug"_s))
        QLoggingCategory::setFilterRules(u"welkin.*.info=false\nwelkin.*.debug=false"_s);

    const CommandLine commandLine = parseCommandLine(QCoreApplication::arguments());
    if (!commandLine.error.isEmpty()) {
        std::fprintf(stderr, "welkin: %s\n", qPrintable(commandLine.error));
        return 2;
    }

    Inventory inventory;
    LiveSamples samples;
    ProviderManager providers(&inventory, &samples);
    registerBuiltinProviders(providers);
    const QList<ConnectionProfile> profiles = defaultConnections(commandLine);

    if (commandLine.list) {
        if (profiles.isEmpty()) {
            std::fprintf(stderr, "welkin: nothing to list: give --connect URI\n");
            return 2;
        }
        TerminalCredentialHandler terminal;
        providers.setCredentialHandler(&terminal);
        HeadlessList lister(&providers, &inventory, commandLine.format, commandLine.timeoutSeconds * 1000);
        int exitCode = 1;
        QObject::connect(&lister, &HeadlessList::finished, app.get(), [&](int code) {
            exitCode = code;
            QCoreApplication::exit(code);
        });
        for (const ConnectionProfile &profile : profiles)
            providers.addConnection(profile);
        lister.start();
        app->exec();
        providers.closeAll(1000);
        return exitCode;
    }

    MainWindow window(&providers, &inventory, &samples);
    GuiCredentialHandler dialogs(&window);
    providers.setCredentialHandler(&dialogs);
    for (const ConnectionProfile &profile : profiles)
        providers.addConnection(profile);
    window.show();
    const int code = app->exec();
    providers.closeAll(2000);
    return code;
}
