#include "PrivateLibvirtd.h"
#include "ProcessFigures.h"

#include "providers/libvirt/LibvirtEventLoop.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <grp.h>
#include <pwd.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>

using namespace Qt::StringLiterals;

// What works on Debian 12 (libvirt 9.0, run as root):
// - The monolithic /usr/sbin/libvirtd runs unprivileged as nobody:nogroup (tried by hand with
//   `setpriv --reuid=nobody --regid=nogroup --clear-groups`; here the child drops to that user
//   itself, so it can also ask for SIGKILL when the benchmark dies: a uid change made by setpriv
//   would clear that request). Session mode, in the foreground (no --daemon, so the QProcess pid
//   is the daemon's), with HOME and XDG_{RUNTIME,CONFIG,CACHE}_HOME in a directory owned by
//   nobody. Its socket is $XDG_RUNTIME_DIR/libvirt/libvirt-sock (mode 0700, nobody): root's
//   client gets through it anyway. It serves within about a second.
// - The test driver is built into libvirt.so, so the daemon has it without a module; it opens
//   the node file named in the URI as its own user: the file must be readable by nobody.
// - At start it logs errors about the missing D-Bus system/session bus, /dev/kvm and DMI data
//   (its QEMU, network and node-device drivers probing): harmless for the test driver.
// - SIGTERM takes it one to two seconds to finish.
// - Debian 12's libvirt-daemon package ships no modular daemons (virtqemud…); the monolithic
//   one is all there is and did not misbehave.
namespace welkin::bench {

namespace {

constexpr auto libvirtdPath = "/usr/sbin/libvirtd";

bool ownedBy(const QString &path, uint uid, uint gid, mode_t mode, QString &error)
{
    const QByteArray native = QFile::encodeName(path);
    if (::chown(native.constData(), uid, gid) != 0 || ::chmod(native.constData(), mode) != 0) {
        error = u"cannot hand %1 to uid %2: %3"_s.arg(path).arg(uid).arg(QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    return true;
}

} // namespace

PrivateLibvirtd::PrivateLibvirtd()
{
    if (::geteuid() == 0) {
        // Unprivileged: a root libvirtd would take over /run/libvirt of the system's daemon.
        const passwd *nobody = ::getpwnam("nobody");
        m_uid = nobody ? nobody->pw_uid : 65534;
        m_gid = nobody ? nobody->pw_gid : 65534;
    } else {
        m_uid = ::geteuid();
        m_gid = ::getegid();
    }
}

PrivateLibvirtd::~PrivateLibvirtd()
{
    stop();
}

QString PrivateLibvirtd::socketPath() const
{
    return m_dir.filePath(u"run/libvirt/libvirt-sock"_s);
}

QString PrivateLibvirtd::testUri(const QString &nodeFile) const
{
    return u"test+unix://%1?socket=%2"_s.arg(nodeFile, socketPath());
}

bool PrivateLibvirtd::prepareDirectories(QString &error)
{
    if (!m_dir.isValid()) {
        error = u"no temporary directory: "_s + m_dir.errorString();
        return false;
    }
    if (!ownedBy(m_dir.path(), m_uid, m_gid, 0755, error))
        return false;
    for (const QString &sub : {u"home"_s, u"run"_s, u"config"_s, u"cache"_s}) {
        const QString path = m_dir.filePath(sub);
        if (!QDir().mkpath(path)) {
            error = u"cannot create "_s + path;
            return false;
        }
        if (!ownedBy(path, m_uid, m_gid, 0700, error))
            return false;
    }
    return true;
}

bool PrivateLibvirtd::start(int timeoutMs, QString &error)
{
    if (!prepareDirectories(error))
        return false;
    QProcessEnvironment env;
    env.insert(u"PATH"_s, u"/usr/sbin:/usr/bin:/sbin:/bin"_s);
    env.insert(u"LANG"_s, u"C"_s);
    env.insert(u"HOME"_s, m_dir.filePath(u"home"_s));
    env.insert(u"XDG_RUNTIME_DIR"_s, m_dir.filePath(u"run"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
    env.insert(u"XDG_CACHE_HOME"_s, m_dir.filePath(u"cache"_s));
    m_process.setProcessEnvironment(env);
    m_process.setWorkingDirectory(m_dir.path());
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setStandardOutputFile(m_dir.filePath(u"libvirtd.log"_s));
    // Default daemon settings (max_workers 20, max_client_requests 5): what a stock host has.
    const QString daemon = QString::fromLatin1(libvirtdPath);
    const uid_t uid = m_uid;
    const gid_t gid = m_gid;
    const pid_t benchmark = ::getpid();
    // Between fork and exec: only async-signal-safe calls.
    m_process.setChildProcessModifier([uid, gid, benchmark] {
        if (::geteuid() == 0 && (::setgroups(0, nullptr) != 0 || ::setresgid(gid, gid, gid) != 0
                                 || ::setresuid(uid, uid, uid) != 0))
            ::_exit(126);
        ::prctl(PR_SET_PDEATHSIG, SIGKILL); // after the uid change, which would clear it
        if (::getppid() != benchmark)
            ::_exit(125); // the benchmark died before prctl
    });
    m_process.start(daemon, {});
    if (!m_process.waitForStarted(10000)) {
        error = u"cannot start %1: %2"_s.arg(daemon, m_process.errorString());
        return false;
    }

    // The socket file appears before the daemon accepts; a successful open is the real answer.
    libvirt::LibvirtEventLoop::ensureRegistered(); // before any virConnectOpen; also mutes libvirt's stderr
    const QByteArray probeUri = u"test+unix:///default?socket=%1"_s.arg(socketPath()).toUtf8();
    QElapsedTimer waited;
    waited.start();
    QString lastError = u"no socket yet"_s;
    while (waited.elapsed() < timeoutMs) {
        if (m_process.state() == QProcess::NotRunning) {
            error = u"libvirtd exited (code %1) before it served:\n%2"_s.arg(m_process.exitCode()).arg(logTail());
            return false;
        }
        if (QFileInfo::exists(socketPath())) {
            if (virConnectPtr probe = virConnectOpen(probeUri.constData())) {
                virConnectClose(probe);
                return true;
            }
            const virError *failure = virGetLastError();
            lastError = failure && failure->message ? QString::fromUtf8(failure->message) : u"unknown error"_s;
        }
        QThread::msleep(50);
    }
    error = u"libvirtd did not answer on %1 within %2 ms (%3):\n%4"_s.arg(socketPath()).arg(timeoutMs).arg(lastError, logTail());
    stop();
    return false;
}

void PrivateLibvirtd::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString PrivateLibvirtd::logTail() const
{
    QFile log(m_dir.filePath(u"libvirtd.log"_s));
    if (!log.open(QIODevice::ReadOnly))
        return u"(no log)"_s;
    const QByteArray all = log.readAll();
    return QString::fromUtf8(all.right(4000));
}

double PrivateLibvirtd::cpuSeconds() const
{
    if (m_process.state() == QProcess::NotRunning)
        return -1;
    QFile stat(u"/proc/%1/stat"_s.arg(m_process.processId()));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // Fields after "(comm)": state is field 3, utime 14 and stime 15 (proc(5)).
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    const double ticks = double(fields.at(11).toLongLong() + fields.at(12).toLongLong());
    return ticks / double(::sysconf(_SC_CLK_TCK));
}

qint64 PrivateLibvirtd::rssKiB() const
{
    if (m_process.state() == QProcess::NotRunning)
        return -1;
    return bench::rssKiB(m_process.processId());
}

} // namespace welkin::bench
