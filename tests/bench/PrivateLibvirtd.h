#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace welkin::bench {

// A libvirtd of the benchmark's own, serving libvirt's test driver over a unix socket in a
// temporary directory, so every call of a test:// connection goes through a daemon as it does
// for a real host. Unprivileged session daemon: started as "nobody" when we are root (as the
// current user otherwise), with HOME and the XDG directories inside the temporary directory.
// Stopped by stop() or the destructor (SIGTERM, then SIGKILL).
class PrivateLibvirtd
{
public:
    PrivateLibvirtd();
    ~PrivateLibvirtd();
    PrivateLibvirtd(const PrivateLibvirtd &) = delete;
    PrivateLibvirtd &operator=(const PrivateLibvirtd &) = delete;

    // Starts the daemon and waits until a connection through its socket opens; false with
    // `error` (and the daemon's log) when it does not within `timeoutMs`.
    bool start(int timeoutMs, QString &error);
    void stop();

    // Where node files go: readable by the daemon's user.
    QString dataDir() const { return m_dir.path(); }
    // The URI that makes the daemon open `nodeFile` (absolute) with its test driver.
    QString testUri(const QString &nodeFile) const;
    QString socketPath() const;
    qint64 pid() const { return m_process.processId(); }

    // utime + stime of the daemon (all its threads) in seconds; -1 when it is gone.
    double cpuSeconds() const;
    // Resident set of the daemon in KiB; -1 when it is gone.
    qint64 rssKiB() const;

private:
    bool prepareDirectories(QString &error);
    QString logTail() const;

    QTemporaryDir m_dir;
    QProcess m_process;
    uint m_uid = 0, m_gid = 0; // of the daemon
};

} // namespace welkin::bench
