// One way to wait for something: questions to the user (UserQuestion: CredentialRequest,
// CertificateTrustRequest) reach their asker once, on the asker's thread; cloud providers ask
// without a thread per prompt and time out on their own; libvirt's synchronous auth callback
// still waits; consoles are quiet Tasks that get a row in the tasks dock only when they fail.
#include "providers/CredentialRequest.h"
#include "providers/cloudstack/CloudStackProvider.h"
#include "providers/libvirt/LibvirtProvider.h"
#include "providers/openstack/OpenStackProvider.h"
#include "security/CertificateTrustRequest.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>
#include <thread>

using namespace welkin;
using namespace Qt::StringLiterals;

namespace {

// Threads of this process right now (Linux).
int threadCount()
{
    return int(QDir(u"/proc/self/task"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size());
}

quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

// Keeps every request unanswered (a user who has not typed yet).
class KeepingHandler : public CredentialHandler
{
public:
    void requestCredentials(const CredentialRequestPtr &request) override { requests.append(request); }
    QList<CredentialRequestPtr> requests;
};

ConnectionProfile openStackProfile(const QString &id, quint16 port, int authTimeoutMs = 300000)
{
    return {id, u"openstack"_s, id, u"openstack+http://127.0.0.1:%1/v3"_s.arg(port),
            {{u"username"_s, u"alice"_s}, {u"projectName"_s, u"web"_s}, {u"authTimeoutMs"_s, authTimeoutMs}}};
}

ConnectionProfile cloudStackProfile(const QString &id, quint16 port, int authTimeoutMs = 300000)
{
    return {id, u"cloudstack"_s, id, u"cloudstack+http://127.0.0.1:%1/client/api"_s.arg(port),
            {{u"authTimeoutMs"_s, authTimeoutMs}}};
}

} // namespace

class TestAsyncResults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // The CloudStack provider takes keys from the environment before it asks.
        qunsetenv("WELKIN_CLOUDSTACK_API_KEY");
        qunsetenv("WELKIN_CLOUDSTACK_SECRET_KEY");
    }

    void replyRunsOnceOnTheAskersThread()
    {
        auto request = std::make_shared<CredentialRequest>(u"lab"_s, u"test:///x"_s,
                                                           QList<CredentialRequest::Field>{{}});
        QObject asker;
        QList<CredentialRequest::Reply> replies;
        QList<QThread *> threads;
        request->onReply(&asker, [&](const CredentialRequest::Reply &reply) {
            replies.append(reply);
            threads.append(QThread::currentThread());
        });
        std::thread answerer([request] {
            request->answer({u"first"_s});
            request->answer({u"second"_s}); // too late
            request->cancel();              // too late
        });
        answerer.join();
        QVERIFY(request->isFinished());
        QVERIFY(replies.isEmpty()); // never inside answer(): on the asker's event loop
        QTRY_COMPARE(replies.size(), 1);
        QCOMPARE(replies.first(), std::optional(QStringList{u"first"_s}));
        QCOMPARE(threads.first(), QThread::currentThread());
        QTest::qWait(50);
        QCOMPARE(replies.size(), 1);

        // Registered after the answer: still told, once.
        int late = 0;
        request->onReply(&asker, [&late](const CredentialRequest::Reply &) { ++late; });
        QTRY_COMPARE(late, 1);

        // A gone asker is not called.
        auto orphan = std::make_shared<CredentialRequest>(u"lab"_s, u"test:///x"_s, QList<CredentialRequest::Field>{});
        int called = 0;
        {
            QObject gone;
            orphan->onReply(&gone, [&called](const CredentialRequest::Reply &) { ++called; });
            orphan->answer({});
        }
        QTest::qWait(50);
        QCOMPARE(called, 0);
    }

    void droppedUnansweredIsCancelled()
    {
        QObject asker;
        std::optional<CredentialRequest::Reply> got;
        {
            auto request = std::make_shared<CredentialRequest>(u"lab"_s, u"x"_s, QList<CredentialRequest::Field>{});
            request->onReply(&asker, [&got](const CredentialRequest::Reply &reply) { got = reply; });
        }
        QTRY_VERIFY(got.has_value());
        QVERIFY(!got->has_value());

        // The certificate question has the same shape: dropped = rejected, first answer wins.
        QList<bool> answers;
        {
            CertificateTrustRequest question(u"c"_s, QSslCertificate(), {},
                                             [&answers](bool trusted) { answers.append(trusted); });
            question.trust();
            question.reject();
        }
        {
            CertificateTrustRequest dropped(u"d"_s, QSslCertificate(), {},
                                            [&answers](bool trusted) { answers.append(trusted); });
        }
        QCOMPARE(answers, (QList<bool>{true, false}));
    }

    void blockingWaitForLibvirtsCallback()
    {
        // libvirt's auth callback answers synchronously on its connection's worker thread.
        auto request = std::make_shared<CredentialRequest>(u"lab"_s, u"x"_s, QList<CredentialRequest::Field>{{}});
        std::optional<QStringList> waited;
        std::thread worker([&] { waited = request->wait(10000); });
        QTest::qWait(50);
        request->answer({u"pw"_s});
        worker.join();
        QCOMPARE(waited, std::optional(QStringList{u"pw"_s}));

        // Timed out: a late answer is ignored, and the asker's callback says "no answer".
        auto slow = std::make_shared<CredentialRequest>(u"lab"_s, u"x"_s, QList<CredentialRequest::Field>{{}});
        QElapsedTimer clock;
        clock.start();
        QVERIFY(!slow->wait(100).has_value());
        QVERIFY(clock.elapsed() >= 90);
        slow->answer({u"late"_s});
        QVERIFY(!slow->reply().has_value());
    }

    void outcomeOnlyForAnAnswer()
    {
        QObject context;
        QList<bool> outcomes;
        auto cancelled = std::make_shared<CredentialRequest>(u"lab"_s, u"x"_s, QList<CredentialRequest::Field>{});
        cancelled->onOutcome(&context, [&outcomes](bool accepted) { outcomes.append(accepted); });
        cancelled->cancel();
        cancelled->reportOutcome(false); // nothing was answered: nothing to judge
        auto answered = std::make_shared<CredentialRequest>(u"lab"_s, u"x"_s, QList<CredentialRequest::Field>{{}});
        answered->onOutcome(&context, [&outcomes](bool accepted) { outcomes.append(accepted); });
        answered->answer({u"pw"_s});
        answered->reportOutcome(false);
        answered->reportOutcome(true); // the first verdict stands
        QTRY_COMPARE(outcomes.size(), 1);
        QTest::qWait(50);
        QCOMPARE(outcomes, QList<bool>{false});
    }

    void cloudPromptsStartNoThread()
    {
        const quint16 port = closedPort();
        KeepingHandler handler;
        std::vector<std::unique_ptr<Provider>> providers;
        constexpr int perKind = 8;
        for (int i = 0; i < perKind; ++i) {
            providers.push_back(std::make_unique<OpenStackProvider>(openStackProfile(u"os-%1"_s.arg(i), port)));
            providers.push_back(std::make_unique<CloudStackProvider>(cloudStackProfile(u"cs-%1"_s.arg(i), port)));
        }
        for (const auto &provider : providers)
            provider->setCredentialHandler(&handler);
        // One of each asks first, so whatever Qt starts once per process is running already.
        providers.at(0)->open();
        providers.at(1)->open();
        QTRY_COMPARE(handler.requests.size(), 2);
        const int before = threadCount();
        for (size_t i = 2; i < providers.size(); ++i)
            providers.at(i)->open();
        QTRY_COMPARE(handler.requests.size(), 2 * perKind);
        QTest::qWait(100);
        const int during = threadCount();
        qInfo("threads with 2 prompts open: %d; with %d: %d", before, 2 * perKind, during);
        QCOMPARE(during, before); // no thread per prompt

        // The answers reach each provider on its own thread, which goes on to log in.
        QSet<QThread *> continuedOn;
        for (const auto &provider : providers) {
            connect(provider.get(), &Provider::stateChanged, this, [&continuedOn] {
                continuedOn.insert(QThread::currentThread());
            }, Qt::DirectConnection);
        }
        for (const CredentialRequestPtr &request : std::as_const(handler.requests)) {
            QStringList values;
            for (qsizetype f = 0; f < request->fields().size(); ++f)
                values.append(u"value-%1"_s.arg(f));
            request->answer(values);
        }
        for (const auto &provider : providers) {
            QTRY_VERIFY_WITH_TIMEOUT(provider->state() == ProviderState::Unreachable, 10000);
            QVERIFY2(!provider->status().detail.contains(u"given"_s), qPrintable(provider->status().detail));
        }
        QCOMPARE(continuedOn, QSet<QThread *>{QThread::currentThread()});
        for (const auto &provider : providers) {
            disconnect(provider.get(), nullptr, this, nullptr);
            provider->close();
        }
    }

    void cloudPromptTimesOutOnItsOwn()
    {
        const quint16 port = closedPort();
        KeepingHandler handler;
        OpenStackProvider openStack(openStackProfile(u"os"_s, port, 200));
        CloudStackProvider cloudStack(cloudStackProfile(u"cs"_s, port, 200));
        openStack.setCredentialHandler(&handler);
        cloudStack.setCredentialHandler(&handler);
        QElapsedTimer clock;
        clock.start();
        openStack.open();
        cloudStack.open();
        QTRY_COMPARE(handler.requests.size(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(openStack.state(), ProviderState::AuthFailed, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(cloudStack.state(), ProviderState::AuthFailed, 5000);
        QVERIFY(clock.elapsed() >= 190);
        QVERIFY2(openStack.status().detail.contains(u"No password or secret was given"_s),
                 qPrintable(openStack.status().detail));
        QVERIFY2(cloudStack.status().detail.contains(u"No API key and secret key were given"_s),
                 qPrintable(cloudStack.status().detail));
        for (const CredentialRequestPtr &request : std::as_const(handler.requests))
            QVERIFY(request->isFinished() && !request->reply());

        // Closed while asking: the prompt ends, a late answer changes nothing.
        KeepingHandler later;
        CloudStackProvider closing(cloudStackProfile(u"cs2"_s, port));
        closing.setCredentialHandler(&later);
        closing.open();
        QTRY_COMPARE(later.requests.size(), 1);
        closing.close();
        QVERIFY(later.requests.first()->isFinished());
        later.requests.first()->answer({u"k"_s, u"s"_s});
        QTest::qWait(100);
        QCOMPARE(closing.state(), ProviderState::Disconnected);
    }

    void consoleTaskIsQuietUnlessItFails()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"console.xml"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<node><cpu><mhz>2000</mhz><model>x86_64</model><active>2</active><nodes>1</nodes>"
                   "<sockets>1</sockets><cores>2</cores><threads>1</threads></cpu><memory>4194304</memory>"
                   "<domain type='test'><name>web</name><memory>1048576</memory><vcpu>1</vcpu><os><type>hvm</type></os>"
                   "<devices><graphics type='vnc' port='5901' autoport='no' listen='127.0.0.1'/></devices></domain>"
                   "</node>");
        file.close();
        const QString uri = u"test://"_s + path;
        LibvirtProvider provider({uri, u"libvirt"_s, u"Lab"_s, uri, {{u"statsIntervalMs"_s, 0}}});
        QSignalSpy announced(&provider, &Provider::taskStarted);

        // Not connected yet: fails on a later turn (the caller connects first), with a row.
        const ResourceId web(provider.id(), ResourceKind::Vm, u"unknown-uuid"_s);
        Task *early = provider.requestConsoleEndpoint(web);
        QVERIFY(!early->isFinished());
        QSignalSpy earlyDone(early, &Task::finished);
        QVERIFY(earlyDone.wait(5000));
        QCOMPARE(early->state(), Task::State::Failed);
        QVERIFY2(early->errorText().contains(u"not connected to Lab"_s), qPrintable(early->errorText()));
        QCOMPARE(announced.size(), 1);
        QCOMPARE(announced.takeFirst().first().value<Task *>(), early);
        delete early;

        ResourceId vm;
        connect(&provider, &Provider::deltaReady, this, [&vm](const InventoryDelta &delta) {
            for (const Resource &resource : delta.added) {
                if (resource.id.kind() == ResourceKind::Vm && resource.name == u"web"_s)
                    vm = resource.id;
            }
        });
        QSignalSpy loaded(&provider, &Provider::initialLoadFinished);
        provider.open();
        QVERIFY(loaded.wait(5000));
        QVERIFY(vm.isValid());

        // Opens: the endpoint is the task's result, and the tasks dock gets no row.
        Task *task = provider.requestConsoleEndpoint(vm, u"vnc"_s);
        QCOMPARE(task->title(), u"Open Console web"_s);
        QSignalSpy done(task, &Task::finished);
        QVERIFY(done.wait(5000));
        QVERIFY2(task->state() == Task::State::Succeeded, qPrintable(task->errorText()));
        const auto endpoint = task->result().value<ConsoleEndpoint>();
        QCOMPARE(endpoint.protocol, ConsoleEndpoint::Protocol::Vnc);
        QCOMPARE(endpoint.port, 5901);
        QCOMPARE(endpoint.title, u"web"_s);
        QCOMPARE(announced.size(), 0);
        delete task;

        // A VM the host does not know: the worker's answer fails it, with a row.
        Task *ghost = provider.requestConsoleEndpoint(
            ResourceId(provider.id(), ResourceKind::Vm, u"c0ffee00-7e57-4d1e-9a11-00000000dead"_s));
        QSignalSpy ghostDone(ghost, &Task::finished);
        QVERIFY(ghostDone.wait(5000));
        QCOMPARE(ghost->state(), Task::State::Failed);
        QVERIFY2(ghost->errorText().contains(u"Could not open the console"_s), qPrintable(ghost->errorText()));
        QCOMPARE(announced.size(), 1);
        QCOMPARE(announced.takeFirst().first().value<Task *>(), ghost);

        // Closing fails what is still pending, with its reason and a row.
        QPointer<Task> pending = provider.requestConsoleEndpoint(vm);
        provider.close();
        QVERIFY(pending && pending->state() == Task::State::Failed);
        QVERIFY2(pending->errorText().contains(u"was closed"_s), qPrintable(pending->errorText()));
        QCOMPARE(announced.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAsyncResults)
#include "tst_asyncresults.moc"
