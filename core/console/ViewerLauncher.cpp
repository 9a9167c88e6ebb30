#include "ViewerLauncher.h"

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <memory>

namespace welkin {

using namespace Qt::StringLiterals;

ViewerLauncher::ViewerLauncher(QObject *parent)
    : QObject(parent), m_command(defaultCommand()), m_environment(QProcessEnvironment::systemEnvironment())
{
}

QStringList ViewerLauncher::defaultCommand()
{
    return {u"remote-viewer"_s, u"-"_s};
}

QString ViewerLauncher::missingViewerMessage() const
{
    const QString program = m_command.value(0);
    if (QFileInfo(program).fileName() == "remote-viewer"_L1)
        return tr("remote-viewer was not found. Install the package \"virt-viewer\" (for example: "
                  "sudo apt install virt-viewer) or choose another viewer command.");
    return tr("The viewer \"%1\" was not found.").arg(program);
}

QProcess *ViewerLauncher::launch(const ConsoleEndpoint &endpoint, QString *error)
{
    const auto failWith = [error](const QString &text) {
        if (error)
            *error = text;
        return nullptr;
    };
    if (endpoint.isUrl())
        return failWith(tr("This console is a web page; it opens in the browser, not in a viewer."));
    if (endpoint.needsTunnel)
        return failWith(tr("Internal error: the SSH tunnel for this console was not set up."));
    if (endpoint.protocol == ConsoleEndpoint::Protocol::Vnc && !endpoint.socket.isEmpty())
        return failWith(tr("remote-viewer cannot open a VNC console on a UNIX socket; use the embedded view."));
    if (m_command.isEmpty())
        return failWith(tr("No viewer command is configured."));
    const QString program = m_command.first();
    const QString found = program.contains(u'/') ? (QFileInfo(program).isExecutable() ? program : QString())
                                                 : QStandardPaths::findExecutable(program, m_environment.value(u"PATH"_s).split(u':'));
    if (found.isEmpty())
        return failWith(missingViewerMessage());

    auto *process = new QProcess(this);
    process->setProgram(found);
    process->setArguments(m_command.mid(1));
    process->setProcessEnvironment(m_environment);
    process->setProcessChannelMode(QProcess::SeparateChannels);
    process->setStandardOutputFile(QProcess::nullDevice());
    const QString title = endpoint.title;
    // The file goes to the viewer's stdin from memory only, then the channel closes (EOF).
    auto content = std::make_shared<QByteArray>(vvFileContent(endpoint, m_options));
    connect(process, &QProcess::started, process, [process, content] {
        process->write(*content);
        content->fill('\0');
        process->closeWriteChannel();
    });
    connect(process, &QProcess::errorOccurred, this, [this, process, title](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart) {
            Q_EMIT viewerFailed(title, tr("%1 could not be started: %2").arg(process->program(), process->errorString()));
            process->deleteLater();
        }
    });
    connect(process, &QProcess::finished, this, [this, process, title](int code, QProcess::ExitStatus status) {
        const QList<QByteArray> lines = process->readAllStandardError().trimmed().split('\n');
        if (status == QProcess::NormalExit && code != 0)
            Q_EMIT viewerFailed(title, tr("The viewer exited with code %1: %2")
                                           .arg(code).arg(QString::fromLocal8Bit(lines.last())));
        else
            Q_EMIT viewerFinished(title);
        process->deleteLater();
    });
    process->start();
    return process;
}

} // namespace welkin
