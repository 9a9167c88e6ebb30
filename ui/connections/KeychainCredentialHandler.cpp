#include "KeychainCredentialHandler.h"

#include "storage/SecretStore.h"

#include <QLoggingCategory>

namespace welkin {

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcKeychainCredentials, "welkin.credentials")

namespace {
const QString usernameName = u"username"_s;
}

struct KeychainCredentialHandler::Pending {
    CredentialRequestPtr request;
    QString connectionId;
    QStringList names;              // per field: what answers it ("" = the field's default)
    QStringList toRead;             // distinct names still to look up
    QMap<QString, QString> found;
    Sources sources;                // where each found secret came from
};

KeychainCredentialHandler::KeychainCredentialHandler(SecretStore *store, CredentialHandler *fallback, QObject *parent)
    : QObject(parent), m_store(store), m_fallback(fallback)
{
}

QString KeychainCredentialHandler::secretNameFor(const CredentialRequest::Field &field, const QString &providerKind)
{
    using Kind = CredentialRequest::Field::Kind;
    switch (field.kind) {
    case Kind::Password: return SecretStore::password;
    case Kind::Secret:
        if (providerKind == u"openstack"_s)
            return SecretStore::applicationCredentialSecret;
        return providerKind == u"cloudstack"_s ? SecretStore::secretKey : SecretStore::password;
    case Kind::Username:
    case Kind::Text: return field.defaultValue.isEmpty() ? usernameName : QString();
    }
    return {};
}

void KeychainCredentialHandler::requestCredentials(const CredentialRequestPtr &request)
{
    const std::optional<ConnectionProfile> profile = m_resolver ? m_resolver(*request) : std::nullopt;
    if (!profile) {
        passOn(request);
        return;
    }
    auto pending = std::make_shared<Pending>();
    pending->request = request;
    pending->connectionId = profile->id;
    for (const CredentialRequest::Field &field : request->fields()) {
        const QString name = secretNameFor(field, profile->kind);
        pending->names.append(name);
        if (!name.isEmpty() && !pending->toRead.contains(name))
            pending->toRead.append(name);
    }
    // Nothing secret asked (a bare question): the user answers it.
    if (pending->toRead.isEmpty() || pending->toRead == QStringList{usernameName}) {
        passOn(request);
        return;
    }
    if (m_refused.contains(pending->connectionId)) {
        askUserInstead(pending);
        return;
    }
    readNext(pending);
}

void KeychainCredentialHandler::readNext(const std::shared_ptr<Pending> &pending)
{
    if (pending->toRead.isEmpty()) {
        finish(pending);
        return;
    }
    const QString name = pending->toRead.takeFirst();
    const QMap<QString, QString> session = m_session.value(pending->connectionId);
    if (const auto it = session.constFind(name); it != session.cend()) {
        pending->found.insert(name, *it);
        pending->sources.insert(name, false);
        readNext(pending);
        return;
    }
    if (!m_store) {
        passOn(pending->request);
        return;
    }
    m_store->read(pending->connectionId, name, this, [this, pending, name](const SecretStore::ReadResult &result) {
        if (!result.found || result.value.isEmpty()) {
            if (!result.error.isEmpty())
                qCInfo(lcKeychainCredentials, "no saved %s for %s: %s", qPrintable(name),
                       qPrintable(pending->connectionId), qPrintable(result.error));
            passOn(pending->request);
            return;
        }
        pending->found.insert(name, result.value);
        pending->sources.insert(name, true);
        readNext(pending);
    });
}

void KeychainCredentialHandler::finish(const std::shared_ptr<Pending> &pending)
{
    QStringList values;
    const QList<CredentialRequest::Field> &fields = pending->request->fields();
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const QString &name = pending->names.at(i);
        values.append(name.isEmpty() ? fields.at(i).defaultValue : pending->found.value(name));
    }
    ++m_answered;
    // Refused (the password changed on the server): the next request goes to the user.
    pending->request->onOutcome(this, [this, id = pending->connectionId, sources = pending->sources](bool accepted) {
        if (!accepted)
            m_refused.insert(id, sources);
    });
    pending->request->answer(values);
}

void KeychainCredentialHandler::askUserInstead(const std::shared_ptr<Pending> &pending)
{
    qCInfo(lcKeychainCredentials, "the saved answer for %s was refused: asking", qPrintable(pending->connectionId));
    // The typed values wait here until the provider says whether they worked.
    auto typed = std::make_shared<QStringList>();
    pending->request->onReply(this, [typed](const CredentialRequest::Reply &reply) {
        if (reply)
            *typed = *reply;
    });
    pending->request->onOutcome(this, [this, id = pending->connectionId, names = pending->names, typed](bool accepted) {
        if (accepted)
            replaceRefused(id, names, *typed);
        typed->fill(QString());
    });
    passOn(pending->request);
}

void KeychainCredentialHandler::replaceRefused(const QString &connectionId, const QStringList &names,
                                               const QStringList &values)
{
    const auto it = m_refused.constFind(connectionId);
    if (it == m_refused.cend())
        return; // forgotten or replaced meanwhile
    const Sources sources = *it;
    m_refused.erase(it);
    for (qsizetype i = 0; i < names.size() && i < values.size(); ++i) {
        const QString &name = names.at(i);
        if (!sources.contains(name) || values.at(i).isEmpty())
            continue;
        // In memory first, as saveSecrets() does: the next request must not read the old one.
        m_session[connectionId].insert(name, values.at(i));
        if (sources.value(name) && m_store)
            m_store->write(connectionId, name, values.at(i));
    }
}

void KeychainCredentialHandler::passOn(const CredentialRequestPtr &request)
{
    ++m_passedOn;
    if (m_fallback)
        m_fallback->requestCredentials(request);
    else
        request->cancel();
}

void KeychainCredentialHandler::saveSecrets(const QString &connectionId, const QMap<QString, QString> &secrets,
                                            bool remember)
{
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
        if (it.value().isEmpty())
            continue;
        // Always in memory first: the provider opens right away, before the keychain job ends.
        m_session[connectionId].insert(it.key(), it.value());
        m_refused.remove(connectionId); // a new secret from the user is worth a try
        if (!m_store)
            continue;
        if (remember)
            m_store->write(connectionId, it.key(), it.value());
        else
            m_store->remove(connectionId, it.key());
    }
}

void KeychainCredentialHandler::forget(const QString &connectionId)
{
    m_session.remove(connectionId);
    m_refused.remove(connectionId);
    if (m_store)
        m_store->removeAll(connectionId);
}

} // namespace welkin
