// welkin: wiring only. Parses the command line, creates the core objects, then either prints the
// inventory (--list) or opens the main window.
#include "CommandLine.h"
#include "DefaultConnections.h"
#include "HeadlessList.h"
#include "TerminalCredentialHandler.h"

#include "CredentialDialog.h"
#include "EnglishPlurals.h"
#include "MainWindow.h"
#include "UiSettings.h"
#include "connections/ConnectionController.h"
#include "connections/KeychainCredentialHandler.h"
#include "inventory/Inventory.h"
#include "preferences/Preferences.h"
#include "alerts/DesktopNotifier.h"
#include "charts/AlertNotifier.h"
#include "metrics/AlertEngine.h"
#include "metrics/HistoryStore.h"
#include "metrics/LiveSamples.h"
#include "metrics/MetricsHub.h"
#include "providers/ProviderManager.h"
#include "providers/Task.h"
#include "providers/libvirt/LibvirtProvider.h"
#include "security/CertificateDialog.h"
#include "security/TlsTrust.h"
#include "storage/EventLog.h"
#include "storage/ProfileStore.h"
#include "storage/Storage.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QSystemTrayIcon>
#include <QTimer>
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
    // First installed, last asked: "1 VM" / "2 VMs" where no translation has the string.
    app.installTranslator(new EnglishPlurals(&app));
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(QLocale(), u"welkin"_s, u"_"_s, u":/i18n"_s))
        app.installTranslator(own);
}

// Quitting never waits per host: workers of healthy hosts end within milliseconds and get one
// short grace in total (the window is already gone); those blocked on a hung host are left to
// the OS.
void closeAllForExit(ProviderManager &providers)
{
    providers.closeAll();
    if (LibvirtProvider::runningWorkers() == 0)
        return;
    // An event loop, not a sleep: queued clean-ups keep running while we give them the grace.
    QEventLoop loop;
    QTimer::singleShot(250, &loop, &QEventLoop::quit);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&loop] {
        if (LibvirtProvider::runningWorkers() == 0)
            loop.quit();
    });
    poll.start(2);
    loop.exec();
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
    if (commandLine.list) {
        const QList<ConnectionProfile> profiles = defaultConnections(commandLine);
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
        closeAllForExit(providers);
        return exitCode;
    }

    // --- storage (issue 8): profiles, groups, audit trail, certificate pins; secrets in the keychain.
    Storage storage;
    if (!storage.open())
        std::fprintf(stderr, "welkin: %s\n", qPrintable(storage.errorString()));
    EventLog *auditLog = storage.eventLog();
    // Rows keep the names things had when they happened: the log reads the same after a rename.
    auditLog->setNamer([&inventory](const ResourceId &id) {
        const InventoryNode *node = inventory.node(id);
        return node ? node->resource().name : QString();
    });
    QObject::connect(&providers, &ProviderManager::taskStarted, auditLog, [auditLog](Task *task) {
        QObject::connect(task, &Task::finished, auditLog, [auditLog, task] { auditLog->recordTask(*task); });
    });
    QObject::connect(&providers, &ProviderManager::eventOccurred, auditLog, &EventLog::recordEvent);
    // --- end storage
    // --- monitoring (issue 4): live buffers, history next to the main database, alert rules.
    MetricsHub metrics;
    metrics.attach(&providers);
    metrics.followInventory(&inventory); // a deleted VM's series go with it
    samples.setHub(&metrics);            // the views read the hub's points: held once
    HistoryStore history(QFileInfo(storage.path()).dir().filePath(u"metrics.db"_s));
    QObject::connect(&history, &HistoryStore::errorOccurred, [](const QString &message) {
        std::fprintf(stderr, "welkin: metric history: %s\n", qPrintable(message));
    });
    history.start();
    QObject::connect(&metrics, &MetricsHub::cycleIngested, &history,
                     [&history](const QString &, const MetricSamples &batch) { history.enqueue(batch); });
    AlertEngine alerts;
    alerts.followInventory(&inventory); // an alert firing on a deleted VM resolves
    AlertHighlights highlights(&alerts);
    QObject::connect(&metrics, &MetricsHub::cycleIngested, &alerts, &AlertEngine::evaluateCycle);
    QObject::connect(&alerts, &AlertEngine::eventOccurred, auditLog, &EventLog::recordEvent);
    // Without a system tray, the desktop's notification service (when the session bus has one).
    std::unique_ptr<QSystemTrayIcon> tray;
    std::unique_ptr<AlertNotifier> notifier;
    std::unique_ptr<DesktopNotifier> desktopNotifier;
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        tray = std::make_unique<QSystemTrayIcon>(QApplication::windowIcon());
        tray->show();
        notifier = std::make_unique<AlertNotifier>(&alerts, tray.get());
    } else if (QDBusConnection::sessionBus().isConnected()) {
        desktopNotifier = std::make_unique<DesktopNotifier>(&alerts);
    }
    // --- end monitoring
    MainWindowServices services;
    services.metrics = &metrics;
    services.history = &history;
    services.alerts = &alerts;
    services.highlights = &highlights;
    services.profiles = storage.profiles();
    services.certificatePins = storage.certificatePins();
    services.groups = storage.groups();
    services.pools = storage.pools();
    services.uiState = storage.uiState(); // the audit trail is recorded above, not by the window
    UiSettings preferenceSettings(storage.uiState(), {});
    PreferencesStore preferences(&preferenceSettings);
    services.preferences = &preferences;
    services.auditHistory = auditLog;     // View › Event Log… reads it
    MainWindow window(&providers, &inventory, &samples, services);
    if (notifier) { // monitoring (issue 4): clicking a notification shows the resource
        QObject::connect(notifier.get(), &AlertNotifier::activated, &window,
                         [&window](const QString &id) { window.selectResource(ResourceId::fromString(id)); });
    }
    if (desktopNotifier) {
        QObject::connect(desktopNotifier.get(), &DesktopNotifier::activated, &window, [&window](const QString &id) {
            window.selectResource(ResourceId::fromString(id));
            window.raise();
            window.activateWindow();
        });
    }
    GuiCredentialHandler dialogs(&window);
    // --- TLS trust (issue 8): pins in the database; the certificate dialog asks the user.
    TlsTrust tlsTrust(storage.certificatePins());
    TlsTrust::setGlobal(&tlsTrust);
    GuiCertificateTrustHandler certificateDialogs(&window);
    tlsTrust.setHandler(&certificateDialogs);
    // --- end TLS trust
    // Saved secrets (keychain, or this run's memory) answer prompts before the dialog does.
    KeychainCredentialHandler keychain(storage.secrets(), &dialogs);
    keychain.setResolver([&providers](const CredentialRequest &request) -> std::optional<ConnectionProfile> {
        for (const Provider *provider : providers.providers()) {
            if (provider->profile().uri == request.uri() && provider->displayName() == request.connectionName())
                return provider->profile();
        }
        return std::nullopt;
    });
    providers.setCredentialHandler(&keychain);
    window.connections()->setCredentialHandler(&dialogs);
    window.connections()->setSecrets(&keychain);
    // The demo host only while nothing is configured (and the preferences allow it).
    const QList<ConnectionProfile> configured = storage.profiles()->profiles();
    for (const ConnectionProfile &profile : startupConnections(commandLine, configured, preferences.preferences()))
        providers.addConnection(profile);
    // Connections saved from the Add Connection dialog; ids already open are skipped.
    for (const ConnectionProfile &profile : configured)
        providers.addConnection(profile);
    window.show();
    // --- storage (issue 8): say so when a damaged database was moved aside (non-blocking).
    if (!storage.recoveryMessage().isEmpty()) {
        auto *box = new QMessageBox(QMessageBox::Warning, QGuiApplication::applicationDisplayName(),
                                    storage.recoveryMessage(), QMessageBox::Ok, &window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    // --- end storage
    const int code = app->exec();
    closeAllForExit(providers);
    return code;
}
