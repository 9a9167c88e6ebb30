#pragma once

#include "CloudStackClient.h"

#include <QJsonObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace welkin::cloudstack {

struct JobOptions {
    int pollIntervalMs = 1000;    // first wait before queryAsyncJobResult
    int maxPollIntervalMs = 5000; // the wait grows by half each poll up to this
    int timeoutMs = 600000;       // give up (the job may still finish on the server)
    // Set (any thread) to stop following the job: no further poll; the job runs on in the cloud.
    std::shared_ptr<std::atomic<bool>> stop;
};

struct JobOutcome {
    bool ok = false;
    QString jobId;
    // What the job worked on (the new VM of deployVirtualMachine), also when it failed; may be empty.
    QString instanceId;
    QJsonObject result; // jobresult on success
    QString error;      // the job's errortext, or why it could not be followed
    bool stopped = false; // no longer followed at the caller's request (JobOptions::stop)
};

// Runs one asynchronous command to its end: sends it, then polls queryAsyncJobResult
// (jobstatus 0 pending, 1 done, 2 failed) with a growing interval until it ends or the
// deadline passes, or until JobOptions::stop is set. Callbacks never run after the client is
// gone or aborted.
void runAsyncCommand(Client *client, const QString &command, const Params &params, const JobOptions &options,
                     std::function<void(int percent)> onProgress, std::function<void(const JobOutcome &)> onDone);

} // namespace welkin::cloudstack
