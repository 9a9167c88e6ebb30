#pragma once
// A private OpenSSH server on 127.0.0.1 for tests: a free port, its own host key, key-only
// login with the client key held by an ssh-agent (SSH_AUTH_SOCK in env()). Run in a private
// mount namespace when root, so sshd's /run/sshd never touches the host.
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

class TestSshServer
{
public:
    ~TestSshServer() { stop(); }

    // Empty on success, else what failed.
    QString start()
    {
        using namespace Qt::StringLiterals;
        if (!m_dir.isValid())
            return u"no temporary directory"_s;
        const QString d = m_dir.path();
        if (!QFile::exists(u"/usr/sbin/sshd"_s))
            return u"sshd is missing (package openssh-server)"_s;
        for (const QString &key : {u"host_key"_s, u"id"_s}) {
            if (!run(u"ssh-keygen"_s, {u"-q"_s, u"-t"_s, u"ed25519"_s, u"-N"_s, u""_s, u"-f"_s, d + u'/' + key}))
                return u"ssh-keygen failed"_s;
        }
        QFile::copy(d + u"/id.pub"_s, d + u"/authorized_keys"_s);
        {
            QTcpServer probe;
            probe.listen(QHostAddress::LocalHost, 0);
            m_port = probe.serverPort();
        }
        QFile config(d + u"/sshd_config"_s);
        if (!config.open(QIODevice::WriteOnly))
            return u"cannot write sshd_config"_s;
        config.write(u"Port %1\nListenAddress 127.0.0.1\nHostKey %2/host_key\nPidFile %2/sshd.pid\n"
                     "AuthorizedKeysFile %2/authorized_keys\nStrictModes no\nUsePAM no\nPasswordAuthentication no\n"
                     "KbdInteractiveAuthentication no\nPubkeyAuthentication yes\nAllowTcpForwarding yes\n"
                     "PermitRootLogin prohibit-password\nLogLevel VERBOSE\n"_s.arg(m_port).arg(d).toUtf8());
        config.close();
        const QString sshd = u"/usr/sbin/sshd -D -f %1/sshd_config -E %1/sshd.log"_s.arg(d);
        if (geteuid() == 0)
            m_sshd.start(u"unshare"_s, {u"-m"_s, u"--propagation"_s, u"private"_s, u"sh"_s, u"-c"_s,
                                        u"mount -t tmpfs tmpfs /run && mkdir -m 755 /run/sshd && exec "_s + sshd});
        else
            m_sshd.start(u"sh"_s, {u"-c"_s, u"exec "_s + sshd});
        const int port = m_port;
        if (!m_sshd.waitForStarted()
            || !QTest::qWaitFor([&] { QTcpServer probe; return !probe.listen(QHostAddress::LocalHost, port); }, 10000)
            || m_sshd.state() != QProcess::Running)
            return u"sshd did not listen: "_s + QString::fromLocal8Bit(m_sshd.readAllStandardError());

        const QString agentSocket = d + u"/agent.sock"_s;
        m_agent.start(u"ssh-agent"_s, {u"-D"_s, u"-a"_s, agentSocket});
        if (!m_agent.waitForStarted() || !QTest::qWaitFor([&] { return QFile::exists(agentSocket); }, 5000))
            return u"ssh-agent did not start"_s;
        m_env.insert(u"SSH_AUTH_SOCK"_s, agentSocket);
        m_env.remove(u"SSH_ASKPASS"_s);
        if (!run(u"ssh-add"_s, {u"-q"_s, d + u"/id"_s}))
            return u"ssh-add failed"_s;
        QProcess id;
        id.start(u"id"_s, {u"-un"_s});
        id.waitForFinished();
        m_user = QString::fromLocal8Bit(id.readAllStandardOutput().trimmed());
        return {};
    }

    void stop()
    {
        for (QProcess *p : {&m_sshd, &m_agent}) {
            if (p->state() != QProcess::NotRunning) {
                p->terminate();
                p->waitForFinished(5000);
            }
        }
    }

    int port() const { return m_port; }
    const QString &user() const { return m_user; }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    const QProcessEnvironment &env() const { return m_env; }
    // Successful logins sshd logged so far.
    int acceptedLogins() const
    {
        QFile log(m_dir.filePath(QStringLiteral("sshd.log")));
        return log.open(QIODevice::ReadOnly) ? int(log.readAll().count("Accepted publickey")) : -1;
    }
    // ssh options for a client of this server: no user config, known_hosts in the temp dir.
    QStringList clientOptions() const
    {
        using namespace Qt::StringLiterals;
        return {u"-F"_s, u"/dev/null"_s, u"-o"_s, u"BatchMode=yes"_s, u"-o"_s,
                u"UserKnownHostsFile=%1"_s.arg(path(u"known_hosts"_s)), u"-o"_s, u"StrictHostKeyChecking=accept-new"_s};
    }

private:
    bool run(const QString &program, const QStringList &args)
    {
        QProcess p;
        p.setProcessEnvironment(m_env);
        p.start(program, args);
        return p.waitForFinished(20000) && p.exitCode() == 0;
    }

    QTemporaryDir m_dir{QStringLiteral("/tmp/welkin-sshtest-XXXXXX")};
    QProcess m_sshd;
    QProcess m_agent;
    QProcessEnvironment m_env = QProcessEnvironment::systemEnvironment();
    int m_port = -1;
    QString m_user;
};
