#pragma once

#include "ConsoleEndpoint.h"
#include "VvFile.h"

#include <QObject>
#include <QProcessEnvironment>
#include <QStringList>

class QProcess;

namespace welkin {

// Starts an external viewer (remote-viewer by default) for a VNC or SPICE endpoint, feeding the
// .vv content on its standard input: the password never touches the disk. Asynchronous; the
// viewers are children of the launcher.
class ViewerLauncher : public QObject
{
    Q_OBJECT
public:
    explicit ViewerLauncher(QObject *parent = nullptr);

    // The command; an argument "-" means "the .vv file on standard input". Default
    // {"remote-viewer", "-"}. Configurable for other viewers taking a .vv file on stdin.
    static QStringList defaultCommand();
    void setCommand(const QStringList &command) { m_command = command; }
    const QStringList &command() const { return m_command; }
    void setVvOptions(const VvOptions &options) { m_options = options; }
    // Environment of the viewers (tests: DISPLAY, HOME); default: the application's.
    void setEnvironment(const QProcessEnvironment &environment) { m_environment = environment; }

    // Starts a viewer; returns it (running or starting), or nullptr with `error` set when it
    // cannot be started at all (URL endpoint, viewer not installed, ...).
    QProcess *launch(const ConsoleEndpoint &endpoint, QString *error);

    // "remote-viewer was not found: install the package virt-viewer" for the configured command.
    QString missingViewerMessage() const;

Q_SIGNALS:
    // The viewer failed to start or exited with an error (its last stderr line, if any).
    void viewerFailed(const QString &title, const QString &error);
    void viewerFinished(const QString &title);

private:
    QStringList m_command;
    VvOptions m_options;
    QProcessEnvironment m_environment;
};

} // namespace welkin
