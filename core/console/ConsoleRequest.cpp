#include "ConsoleRequest.h"

#include <QThread>

namespace welkin {

using namespace Qt::StringLiterals;

ConsoleRequest::ConsoleRequest(ResourceId target, QObject *parent) : QObject(parent), m_target(std::move(target))
{
    static const bool registered = [] {
        qRegisterMetaType<ConsoleEndpoint>();
        return true;
    }();
    Q_UNUSED(registered);
}

void ConsoleRequest::resolve(const ConsoleEndpoint &endpoint)
{
    finish(endpoint, {});
}

void ConsoleRequest::fail(const QString &errorText)
{
    finish({}, errorText.isEmpty() ? tr("The console could not be opened") : errorText);
}

void ConsoleRequest::failLater(const QString &errorText)
{
    QMetaObject::invokeMethod(this, [this, errorText] { fail(errorText); }, Qt::QueuedConnection);
}

void ConsoleRequest::finish(const ConsoleEndpoint &endpoint, const QString &error)
{
    if (QThread::currentThread() != thread()) {
        QMetaObject::invokeMethod(this, [this, endpoint, error] { finish(endpoint, error); }, Qt::QueuedConnection);
        return;
    }
    if (m_finished)
        return;
    m_finished = true;
    m_endpoint = endpoint;
    m_error = error;
    Q_EMIT finished(error.isEmpty());
}

} // namespace welkin
