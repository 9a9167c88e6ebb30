#include "CredentialRequest.h"

#include <QDeadlineTimer>

namespace welkin {

CredentialRequest::CredentialRequest(QString connectionName, QString uri, QList<Field> fields)
    : m_connectionName(std::move(connectionName)), m_uri(std::move(uri)), m_fields(std::move(fields))
{
}

void CredentialRequest::answer(const QStringList &values)
{
    QMutexLocker lock(&m_mutex);
    if (m_finished)
        return;
    m_finished = true;
    m_values = values;
    m_done.wakeAll();
}

void CredentialRequest::cancel()
{
    QMutexLocker lock(&m_mutex);
    if (m_finished)
        return;
    m_finished = true;
    m_done.wakeAll();
}

std::optional<QStringList> CredentialRequest::wait(int timeoutMs)
{
    QMutexLocker lock(&m_mutex);
    QDeadlineTimer deadline(timeoutMs);
    while (!m_finished) {
        if (!m_done.wait(&m_mutex, deadline))
            break;
    }
    m_finished = true; // a late answer is ignored
    return m_values;
}

} // namespace welkin
