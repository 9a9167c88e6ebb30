#include "CredentialPrompter.h"

#include <QElapsedTimer>

#include <libvirt/libvirt.h>

#include <cstdlib>
#include <cstring>

namespace welkin::libvirt {

using namespace Qt::StringLiterals;

CredentialPrompter::CredentialPrompter(QString connectionName, QString uri, int timeoutMs, Ask ask)
    : m_connectionName(std::move(connectionName)), m_uri(std::move(uri)), m_timeoutMs(timeoutMs), m_ask(std::move(ask))
{
}

virConnectPtr CredentialPrompter::open()
{
    static int credTypes[] = {VIR_CRED_AUTHNAME, VIR_CRED_USERNAME, VIR_CRED_PASSPHRASE, VIR_CRED_ECHOPROMPT,
                              VIR_CRED_NOECHOPROMPT, VIR_CRED_REALM, VIR_CRED_EXTERNAL};
    virConnectAuth auth{credTypes, static_cast<unsigned int>(std::size(credTypes)), &CredentialPrompter::callback,
                        this};
    m_outcome = Outcome::None;
    return virConnectOpenAuth(m_uri.toUtf8().constData(), &auth, 0);
}

int CredentialPrompter::callback(virConnectCredentialPtr creds, unsigned int count, void *cbdata)
{
    return static_cast<CredentialPrompter *>(cbdata)->answer(creds, count);
}

int CredentialPrompter::answer(virConnectCredentialPtr creds, unsigned int count)
{
    if (m_aborted) {
        m_outcome = Outcome::Aborted;
        return -1;
    }
    QList<CredentialRequest::Field> fields;
    QList<unsigned int> asked; // index into creds of each field
    for (unsigned int i = 0; i < count; ++i) {
        const virConnectCredential &cred = creds[i];
        CredentialRequest::Field field;
        field.prompt = cred.prompt ? QString::fromUtf8(cred.prompt) : QString();
        field.defaultValue = cred.defresult ? QString::fromUtf8(cred.defresult) : QString();
        switch (cred.type) {
        case VIR_CRED_AUTHNAME:
        case VIR_CRED_USERNAME: field.kind = CredentialRequest::Field::Kind::Username; break;
        case VIR_CRED_PASSPHRASE: field.kind = CredentialRequest::Field::Kind::Password; break;
        case VIR_CRED_NOECHOPROMPT: field.kind = CredentialRequest::Field::Kind::Secret; break;
        case VIR_CRED_ECHOPROMPT:
        case VIR_CRED_REALM: field.kind = CredentialRequest::Field::Kind::Text; break;
        case VIR_CRED_EXTERNAL:
            // PolicyKit authorises out of band (as libvirt's default callback does): nothing to ask.
            if (cred.challenge && std::strcmp(cred.challenge, "PolicyKit") == 0)
                continue;
            field.kind = CredentialRequest::Field::Kind::Text;
            break;
        default: return -1;
        }
        if (field.prompt.isEmpty())
            field.prompt = field.echo() ? u"Value"_s : u"Password"_s;
        fields.append(field);
        asked.append(i);
    }
    if (fields.isEmpty())
        return 0;

    auto request = std::make_shared<CredentialRequest>(m_connectionName, m_uri, fields);
    {
        // Checked again under the lock: abort() sets the flag, then cancels whatever is pending
        // under this lock, so one of the two always sees the other.
        QMutexLocker lock(&m_pendingMutex);
        if (m_aborted) {
            m_outcome = Outcome::Aborted;
            return -1;
        }
        m_pending = request;
    }
    m_ask(request);
    QElapsedTimer waited;
    waited.start();
    const std::optional<QStringList> answer = request->wait(m_timeoutMs);
    {
        QMutexLocker lock(&m_pendingMutex);
        m_pending.reset();
    }
    if (m_aborted) {
        m_outcome = Outcome::Aborted;
        return -1;
    }
    if (!answer || answer->size() != fields.size()) {
        m_outcome = !answer && waited.elapsed() >= m_timeoutMs ? Outcome::TimedOut : Outcome::Cancelled;
        return -1;
    }
    for (qsizetype f = 0; f < fields.size(); ++f) {
        virConnectCredential &cred = creds[asked[f]];
        QByteArray value = answer->at(f).toUtf8();
        if (value.isEmpty() && cred.defresult)
            value = QByteArray(cred.defresult);
        // libvirt frees result with free().
        cred.result = static_cast<char *>(std::malloc(static_cast<size_t>(value.size()) + 1));
        if (!cred.result)
            return -1;
        std::memcpy(cred.result, value.constData(), static_cast<size_t>(value.size()) + 1);
        cred.resultlen = static_cast<unsigned int>(value.size());
        value.fill('\0'); // do not leave the secret in our heap
    }
    return 0;
}

void CredentialPrompter::abort()
{
    m_aborted = true;
    QMutexLocker lock(&m_pendingMutex);
    if (auto request = m_pending.lock())
        request->cancel();
}

} // namespace welkin::libvirt
