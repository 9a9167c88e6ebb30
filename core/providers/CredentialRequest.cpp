#include "CredentialRequest.h"

namespace welkin {

CredentialRequest::CredentialRequest(QString connectionName, QString uri, QList<Field> fields)
    : m_connectionName(std::move(connectionName)), m_uri(std::move(uri)), m_fields(std::move(fields))
{
}

void CredentialRequest::reportOutcome(bool accepted)
{
    if (reply())
        m_outcome->set(accepted);
}

void CredentialRequest::onOutcome(QObject *context, std::function<void(bool)> callback)
{
    m_outcome->watch(context, [callback = std::move(callback)](const bool &accepted) { callback(accepted); });
}

} // namespace welkin
