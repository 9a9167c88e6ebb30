// What a process costs, as the benchmarks report it: resident memory from /proc/<pid>/status and
// this process's CPU time from getrusage.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

#include <sys/resource.h>

namespace welkin::bench {

// A "Field:  1234 kB" line of /proc/<pid>/status (pid 0: this process) in KiB; -1 if unreadable.
inline qint64 statusKiB(const char *field, qint64 pid = 0)
{
    QFile status(pid ? QStringLiteral("/proc/%1/status").arg(pid) : QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// Resident memory of a process (pid 0: this one) in KiB; -1 if unreadable.
inline qint64 rssKiB(qint64 pid = 0) { return statusKiB("VmRSS:", pid); }

// User + system time of this whole process (all threads), in seconds.
inline double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

} // namespace welkin::bench
