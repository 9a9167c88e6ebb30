#include "CloudStackJobs.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <memory>

namespace welkin::cloudstack {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CloudStack", text);
}

struct JobRun {
    Client *client = nullptr;
    QString command;
    JobOptions options;
    std::function<void(int)> onProgress;
    std::function<void(const JobOutcome &)> onDone;
    QString jobId;
    QString instanceId;
    int interval = 0;
    QElapsedTimer elapsed;
};

void handleStatus(const std::shared_ptr<JobRun> &run, const ApiResult &result);

bool stopRequested(const std::shared_ptr<JobRun> &run)
{
    if (!run->options.stop || !run->options.stop->load())
        return false;
    JobOutcome outcome;
    outcome.jobId = run->jobId;
    outcome.instanceId = run->instanceId;
    outcome.stopped = true;
    outcome.error = tr("Stopped following %1; the cloud may still complete it").arg(run->command);
    run->onDone(outcome);
    return true;
}

void schedulePoll(const std::shared_ptr<JobRun> &run)
{
    if (stopRequested(run))
        return;
    if (run->elapsed.elapsed() > run->options.timeoutMs) {
        JobOutcome outcome;
        outcome.jobId = run->jobId;
        outcome.instanceId = run->instanceId;
        outcome.error = tr("%1 (job %2) did not finish within %3 s; it may still finish on the server")
                            .arg(run->command, run->jobId)
                            .arg(run->options.timeoutMs / 1000);
        run->onDone(outcome);
        return;
    }
    const int wait = run->interval;
    run->interval = std::min(run->options.maxPollIntervalMs, run->interval + run->interval / 2 + 1);
    // The client is the timer's context: a closed connection drops the poll.
    QTimer::singleShot(wait, run->client, [run] {
        if (stopRequested(run))
            return;
        run->client->call(u"queryAsyncJobResult"_s, {{u"jobid"_s, run->jobId}},
                          [run](const ApiResult &result) { handleStatus(run, result); });
    });
}

void handleStatus(const std::shared_ptr<JobRun> &run, const ApiResult &result)
{
    JobOutcome outcome;
    outcome.jobId = run->jobId;
    outcome.instanceId = run->instanceId;
    if (!result.ok()) {
        outcome.error = result.error;
        run->onDone(outcome);
        return;
    }
    JobStatus status;
    QString error;
    if (!parseJob(result.body, status, error)) {
        outcome.error = tr("cannot follow %1: %2").arg(run->command, error);
        run->onDone(outcome);
        return;
    }
    if (run->jobId.isEmpty())
        run->jobId = outcome.jobId = status.jobId;
    if (run->instanceId.isEmpty())
        run->instanceId = outcome.instanceId = status.instanceId;
    switch (status.state) {
    case JobStatus::State::Pending:
        if (run->jobId.isEmpty()) {
            outcome.error = tr("cannot follow %1: the server named no job").arg(run->command);
            run->onDone(outcome);
            return;
        }
        if (status.progress >= 0 && run->onProgress)
            run->onProgress(status.progress);
        schedulePoll(run);
        return;
    case JobStatus::State::Succeeded:
        outcome.ok = true;
        outcome.result = status.result;
        run->onDone(outcome);
        return;
    case JobStatus::State::Failed:
        outcome.error = status.error;
        run->onDone(outcome);
        return;
    }
}

} // namespace

void runAsyncCommand(Client *client, const QString &command, const Params &params, const JobOptions &options,
                     std::function<void(int percent)> onProgress, std::function<void(const JobOutcome &)> onDone)
{
    auto run = std::make_shared<JobRun>();
    run->client = client;
    run->command = command;
    run->options = options;
    run->onProgress = std::move(onProgress);
    run->onDone = std::move(onDone);
    run->interval = std::max(1, options.pollIntervalMs);
    run->elapsed.start();
    // The first answer is {"jobid": …}; a server may also answer with the finished job at once.
    client->call(command, params, [run](const ApiResult &result) { handleStatus(run, result); });
}

} // namespace welkin::cloudstack
