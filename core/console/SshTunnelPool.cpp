#include "SshTunnelPool.h"

#include <QFileInfo>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>

namespace welkin {

using namespace Qt::StringLiterals;

namespace {
constexpr int pollIntervalMs = 50;
constexpr int loginTimeoutMs = 60000;

QString lastLine(const QByteArray &output)
{
    const QList<QByteArray> lines = output.trimmed().split('\n');
    return QString::fromLocal8Bit(lines.last().trimmed());
}

// A free loopback port; the short window until ssh binds it is an accepted race.
int freeLocalPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return -1;
    return server.serverPort();
}
} // namespace

TunnelLease::TunnelLease(SshTunnelPool *pool, QString key, QString remoteHost, int remotePort)
    : QObject(nullptr), m_pool(pool), m_key(std::move(key)), m_remoteHost(std::move(remoteHost)), m_remotePort(remotePort)
{
}

TunnelLease::~TunnelLease()
{
    if (m_pool)
        m_pool->release(this);
}

SshTunnelPool::SshTunnelPool(QObject *parent)
    : QObject(parent), m_environment(QProcessEnvironment::systemEnvironment())
{
}

SshTunnelPool::~SshTunnelPool()
{
    const QStringList keys = m_masters.keys();
    for (const QString &key : keys)
        onMasterGone(key, {});
}

int SshTunnelPool::activeLogins() const
{
    int count = 0;
    for (const Master &m : m_masters)
        count += m.process && m.process->state() != QProcess::NotRunning;
    return count;
}

QStringList SshTunnelPool::targetArgs(const Master &master) const
{
    QStringList args{u"-S"_s, master.controlPath};
    if (master.target.port > 0)
        args << u"-p"_s << QString::number(master.target.port);
    if (!master.target.user.isEmpty())
        args << u"-l"_s << master.target.user;
    args << m_extraOptions << u"--"_s << master.target.host;
    return args;
}

SshTunnelPool::Master &SshTunnelPool::masterFor(const SshTarget &target)
{
    const QString key = target.key();
    auto it = m_masters.find(key);
    if (it != m_masters.end() && it->process)
        return *it;
    if (!m_controlDir) // short path: control sockets are limited to ~100 bytes
        m_controlDir = std::make_unique<QTemporaryDir>(u"/tmp/welkin-ssh-XXXXXX"_s);
    Master &master = m_masters[key];
    master.target = target;
    master.controlPath = m_controlDir->filePath(u"c%1"_s.arg(m_nextControl++));
    master.up = false;
    master.error.clear();
    master.process = new QProcess(this);
    master.process->setProcessEnvironment(m_environment);
    master.process->setStandardInputFile(QProcess::nullDevice());
    QStringList args{u"-M"_s, u"-N"_s, u"-o"_s, u"ControlPersist=no"_s, u"-o"_s, u"ExitOnForwardFailure=yes"_s,
                     u"-o"_s, u"ServerAliveInterval=15"_s};
    if (!target.keyFile.isEmpty())
        args << u"-i"_s << target.keyFile;
    master.process->setProgram(m_ssh);
    master.process->setArguments(args + targetArgs(master));
    QProcess *process = master.process;
    connect(process, &QProcess::finished, this, [this, key, process] {
        onMasterGone(key, lastLine(process->readAllStandardError()));
    });
    connect(process, &QProcess::errorOccurred, this, [this, key, process](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            onMasterGone(key, tr("ssh could not be started (%1); install openssh-client").arg(process->errorString()));
    });
    // The control socket appears once the login succeeded.
    master.poll = new QTimer(this);
    QTimer *poll = master.poll;
    const QString controlPath = master.controlPath;
    auto started = std::make_shared<qint64>(0);
    connect(poll, &QTimer::timeout, this, [this, key, controlPath, poll, started] {
        *started += pollIntervalMs;
        if (QFileInfo::exists(controlPath)) {
            poll->stop();
            onMasterUp(key);
        } else if (*started > loginTimeoutMs) {
            poll->stop();
            onMasterGone(key, tr("the SSH login did not complete within %1 s").arg(loginTimeoutMs / 1000));
        }
    });
    ++m_loginsStarted;
    process->start();
    poll->start(pollIntervalMs);
    return master;
}

TunnelLease *SshTunnelPool::forward(const SshTarget &target, const QString &remoteHost, int remotePort)
{
    Master &master = masterFor(target);
    auto *lease = new TunnelLease(this, target.key(), remoteHost, remotePort);
    ++master.leases;
    if (master.linger)
        master.linger->stop();
    if (master.up)
        startForward(master, lease);
    else
        master.waiting.append(lease);
    return lease;
}

void SshTunnelPool::onMasterUp(const QString &key)
{
    auto it = m_masters.find(key);
    if (it == m_masters.end())
        return;
    it->up = true;
    const auto waiting = std::exchange(it->waiting, {});
    for (const QPointer<TunnelLease> &lease : waiting) {
        if (lease)
            startForward(*it, lease);
    }
}

void SshTunnelPool::startForward(Master &master, TunnelLease *lease)
{
    const int port = freeLocalPort();
    if (port <= 0) {
        lease->m_error = tr("no free local port for the SSH tunnel");
        QMetaObject::invokeMethod(lease, [lease] { Q_EMIT lease->failed(lease->m_error); }, Qt::QueuedConnection);
        return;
    }
    const QString spec = u"127.0.0.1:%1:%2:%3"_s.arg(port).arg(lease->m_remoteHost.contains(u':') ? u'[' + lease->m_remoteHost + u']' : lease->m_remoteHost).arg(lease->m_remotePort);
    auto *process = new QProcess(this);
    process->setProcessEnvironment(m_environment);
    process->setStandardInputFile(QProcess::nullDevice());
    process->setProgram(m_ssh);
    process->setArguments(QStringList{u"-O"_s, u"forward"_s, u"-L"_s, spec} + targetArgs(master));
    QPointer<TunnelLease> guard(lease);
    connect(process, &QProcess::finished, this, [process, guard, port](int code, QProcess::ExitStatus status) {
        process->deleteLater();
        if (!guard)
            return;
        if (status == QProcess::NormalExit && code == 0) {
            guard->m_localPort = port;
            Q_EMIT guard->ready(port);
        } else {
            guard->m_error = tr("the SSH tunnel could not be set up: %1").arg(lastLine(process->readAllStandardError()));
            Q_EMIT guard->failed(guard->m_error);
        }
    });
    process->start();
}

void SshTunnelPool::onMasterGone(const QString &key, const QString &error)
{
    auto it = m_masters.find(key);
    if (it == m_masters.end())
        return;
    const QString message = error.isEmpty() ? tr("the SSH connection to %1 ended").arg(it->target.host)
                                            : tr("SSH to %1 failed: %2").arg(it->target.host, error);
    const auto waiting = std::exchange(it->waiting, {});
    for (const QPointer<TunnelLease> &lease : waiting) {
        if (lease) {
            lease->m_error = message;
            Q_EMIT lease->failed(message);
        }
    }
    if (it->poll)
        it->poll->deleteLater();
    if (it->linger)
        it->linger->deleteLater();
    if (it->process) {
        it->process->disconnect(this);
        if (it->process->state() != QProcess::NotRunning) {
            // ssh exits at once on SIGTERM (and removes its control socket); never wait here.
            connect(it->process, &QProcess::finished, it->process, &QObject::deleteLater);
            it->process->terminate();
        } else {
            it->process->deleteLater();
        }
    }
    m_masters.erase(it);
}

void SshTunnelPool::release(TunnelLease *lease)
{
    auto it = m_masters.find(lease->m_key);
    if (it == m_masters.end())
        return;
    Master &master = *it;
    master.waiting.removeAll(lease);
    if (lease->m_localPort > 0 && master.up) {
        auto *cancel = new QProcess(this);
        cancel->setProcessEnvironment(m_environment);
        cancel->setStandardInputFile(QProcess::nullDevice());
        connect(cancel, &QProcess::finished, cancel, &QObject::deleteLater);
        cancel->start(m_ssh, QStringList{u"-O"_s, u"cancel"_s, u"-L"_s,
                                          u"127.0.0.1:%1:%2:%3"_s.arg(lease->m_localPort).arg(lease->m_remoteHost).arg(lease->m_remotePort)}
                                 + targetArgs(master));
    }
    if (--master.leases > 0)
        return;
    if (m_lingerMs <= 0) {
        const QString key = lease->m_key;
        QMetaObject::invokeMethod(this, [this, key] { stopMaster(key); }, Qt::QueuedConnection);
        return;
    }
    if (!master.linger) {
        master.linger = new QTimer(this);
        master.linger->setSingleShot(true);
        const QString key = lease->m_key;
        connect(master.linger, &QTimer::timeout, this, [this, key] { stopMaster(key); });
    }
    master.linger->start(m_lingerMs);
}

void SshTunnelPool::stopMaster(const QString &key)
{
    auto it = m_masters.find(key);
    if (it == m_masters.end() || it->leases > 0)
        return;
    onMasterGone(key, {});
}

} // namespace welkin
