#pragma once

#include "ConsoleEndpoint.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QStringList>

#include <memory>

class QProcess;
class QTemporaryDir;
class QTimer;

namespace welkin {

class SshTunnelPool;

// One forwarded console port. ready(localPort) once the forward exists on 127.0.0.1, or
// failed(error). Deleting the lease cancels its forward; the pool ends the ssh login when its
// last lease is gone (after the linger time).
class TunnelLease : public QObject
{
    Q_OBJECT
public:
    ~TunnelLease() override;
    int localPort() const { return m_localPort; }
    bool isReady() const { return m_localPort > 0; }
    const QString &errorText() const { return m_error; }

Q_SIGNALS:
    void ready(int localPort);
    void failed(const QString &error);

private:
    friend class SshTunnelPool;
    TunnelLease(SshTunnelPool *pool, QString key, QString remoteHost, int remotePort);
    QPointer<SshTunnelPool> m_pool;
    QString m_key;
    QString m_remoteHost;
    int m_remotePort = -1;
    int m_localPort = -1;
    QString m_error;
};

// SSH tunnels for consoles of guests listening on a remote host's loopback. One ssh login per
// host (an OpenSSH ControlMaster, `ssh -M -N`), started asynchronously with QProcess; every
// console of that host adds a forward to it (`ssh -O forward -L`), so a second console costs no
// second login or prompt. Authentication is whatever ssh does on its own (agent, keys,
// ~/.ssh/config; askpass when there is no terminal).
class SshTunnelPool : public QObject
{
    Q_OBJECT
public:
    explicit SshTunnelPool(QObject *parent = nullptr);
    ~SshTunnelPool() override; // ends every login

    void setSshProgram(const QString &program) { m_ssh = program; }
    // Extra ssh options for every login, e.g. {"-o", "StrictHostKeyChecking=accept-new"}.
    void setExtraOptions(const QStringList &options) { m_extraOptions = options; }
    void setEnvironment(const QProcessEnvironment &environment) { m_environment = environment; }
    // How long a login stays up after its last console closed (reopening is then instant).
    void setLingerMs(int ms) { m_lingerMs = ms; }

    // Forwards 127.0.0.1:<free port> to remoteHost:remotePort as seen from `target`. The lease
    // belongs to the caller.
    TunnelLease *forward(const SshTarget &target, const QString &remoteHost, int remotePort);

    int activeLogins() const;      // ssh master processes running
    int loginsStarted() const { return m_loginsStarted; }

private:
    friend class TunnelLease;
    struct Master {
        SshTarget target;
        QString controlPath;
        QProcess *process = nullptr;
        bool up = false;
        QString error;
        QList<QPointer<TunnelLease>> waiting; // leases waiting for the login
        int leases = 0;
        QTimer *linger = nullptr;
        QTimer *poll = nullptr;
    };
    Master &masterFor(const SshTarget &target);
    QStringList targetArgs(const Master &master) const;
    void startForward(Master &master, TunnelLease *lease);
    void onMasterUp(const QString &key);
    void onMasterGone(const QString &key, const QString &error);
    void release(TunnelLease *lease);
    void stopMaster(const QString &key);

    QString m_ssh = QStringLiteral("ssh");
    QStringList m_extraOptions;
    QProcessEnvironment m_environment;
    int m_lingerMs = 30000;
    int m_loginsStarted = 0;
    int m_nextControl = 0;
    std::unique_ptr<QTemporaryDir> m_controlDir;
    QHash<QString, Master> m_masters;
};

} // namespace welkin
