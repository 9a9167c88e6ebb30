#pragma once

#include "CloudStackClient.h"

#include <QJsonObject>
#include <QString>

#include <functional>

namespace welkin::cloudstack {

struct JobOptions {
    int pollIntervalMs = 1000;    // first wait before queryAsyncJobResult
    int maxPollIntervalMs = 5000; // the wait grows by half each poll up to this
    int timeoutMs = 600000;       // give up (the job may still finish on the server)
};

struct JobOutcome {
    bool ok = false;
    QString jobId;
    // What the job worked on (the new VM of deployVirtualMachine), also when it failed; may be empty.
    QString instanceId;
    QJsonObject result; // jobresult on success
    QString error;      // the job's errortext, or why it could not be followed
};

// Runs one asynchronous command to its end: sends it, then polls queryAsyncJobResult
// (jobstatus 0 pending, 1 done, 2 failed) with a growing interval until it ends or the
// deadline passes. Callbacks never run after the client is gone or aborted.
void runAsyncCommand(Client *client, const QString &command, const Params &params, const JobOptions &options,
                     std::function<void(int percent)> onProgress, std::function<void(const JobOutcome &)> onDone);

} // namespace welkin::cloudstack
