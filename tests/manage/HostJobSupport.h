// Shared by tst_manage_storage and tst_manage_networks: a LibvirtProvider on the manage fixture
// and waiting for the facades' tasks.
#pragma once

#include "providers/Task.h"
#include "providers/libvirt/LibvirtProvider.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

namespace welkin::testing {

using namespace Qt::StringLiterals;

constexpr int connectTimeoutMs = 30000;
constexpr int jobTimeoutMs = 120000;

inline bool waitFinished(Task *task, int timeoutMs = jobTimeoutMs)
{
    if (task->isFinished())
        return true;
    QSignalSpy finished(task, &Task::finished);
    return finished.wait(timeoutMs) || task->isFinished();
}

inline QString describe(const Task *task)
{
    const QString state = task->state() == Task::State::Succeeded ? u"succeeded"_s
        : task->state() == Task::State::Failed                    ? u"failed"_s
                                                                  : u"not finished"_s;
    return u"'%1' %2: %3"_s.arg(task->title(), state, task->errorText());
}

// Waits for the task; true when it succeeded. *error gets describe() otherwise.
inline bool succeeded(Task *task, QString *error = nullptr)
{
    const bool ok = waitFinished(task) && task->state() == Task::State::Succeeded;
    if (!ok && error)
        *error = describe(task);
    return ok;
}

// Waits for the task, which must fail; returns its error text (empty when it did not fail).
inline QString failure(Task *task)
{
    if (!waitFinished(task) || task->state() != Task::State::Failed)
        return {};
    return task->errorText();
}

// Connects a provider to $WELKIN_MANAGE_URI; *error says why not.
inline std::unique_ptr<LibvirtProvider> connectFixture(const QString &id, QString *error)
{
    const QString uri = qEnvironmentVariable("WELKIN_MANAGE_URI");
    if (uri.isEmpty()) {
        *error = u"WELKIN_MANAGE_URI is not set: run this test through ctest (fixture libvirtd_manage)"_s;
        return nullptr;
    }
    const QString socket = QUrlQuery(QUrl(uri)).queryItemValue(u"socket"_s);
    if (!socket.isEmpty() && !QFileInfo::exists(socket)) {
        *error = u"libvirtd socket %1 is missing: the manage fixture did not start"_s.arg(socket);
        return nullptr;
    }
    ConnectionProfile profile;
    profile.id = id;
    profile.kind = u"libvirt"_s;
    profile.displayName = u"manage fixture"_s;
    profile.uri = uri;
    profile.options = {{u"statsIntervalMs"_s, 0}};
    auto provider = std::make_unique<LibvirtProvider>(profile);
    QSignalSpy loaded(provider.get(), &Provider::initialLoadFinished);
    provider->open();
    if (!QTest::qWaitFor([&] { return !loaded.isEmpty(); }, connectTimeoutMs)
        || provider->state() != ProviderState::Connected) {
        *error = u"no connection to %1 within %2 ms: %3"_s.arg(uri).arg(connectTimeoutMs).arg(provider->status().detail);
        return nullptr;
    }
    return provider;
}

} // namespace welkin::testing
