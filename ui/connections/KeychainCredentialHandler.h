#pragma once

#include "providers/ConnectionProfile.h"
#include "providers/CredentialRequest.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace welkin {

class SecretStore;

// A CredentialHandler in front of another (the GUI dialog): answers a provider's request from
// the secrets saved for its connection — first those kept for this run only, then the
// SecretStore (system keychain) — and passes it on to the fallback when something is missing.
// Works for every provider kind without touching the providers: fields are mapped by kind
// (Password -> "password"; Secret -> "applicationCredentialSecret" for OpenStack, "secretKey"
// for CloudStack; Username/Text -> the field's default, else a saved "username").
// A saved answer the server refused (a changed password) is not replayed: the connection's next
// request goes to the fallback, and what the user types there replaces the saved secrets once
// the provider reports that it worked.
// Also the one place that saves and forgets a connection's secrets. GUI thread only.
class KeychainCredentialHandler : public QObject, public CredentialHandler
{
    Q_OBJECT
public:
    // Which connection a request belongs to (requests carry the display name and the URI).
    using Resolver = std::function<std::optional<ConnectionProfile>(const CredentialRequest &)>;

    // `store` may be null (memory only, e.g. "Test connection"); `fallback` may be null (cancel).
    KeychainCredentialHandler(SecretStore *store, CredentialHandler *fallback, QObject *parent = nullptr);

    void setResolver(Resolver resolver) { m_resolver = std::move(resolver); }
    void setFallback(CredentialHandler *fallback) { m_fallback = fallback; }
    void requestCredentials(const CredentialRequestPtr &request) override;

    // Empty values are ignored (an edit that leaves a secret blank keeps the saved one).
    // remember = false: memory only for this run, and any copy in the keychain is deleted.
    void saveSecrets(const QString &connectionId, const QMap<QString, QString> &secrets, bool remember);
    void forget(const QString &connectionId); // this run's copies and the keychain's

    // The SecretStore name a field is answered from ("" = from its default / "username").
    static QString secretNameFor(const CredentialRequest::Field &field, const QString &providerKind);

    int answeredFromStore() const { return m_answered; } // for tests
    int passedOn() const { return m_passedOn; }
    // Connections whose saved answer was refused and that were not answered since.
    bool isRefused(const QString &connectionId) const { return m_refused.contains(connectionId); }

private:
    struct Pending;
    // Where each saved secret of a refused answer came from: true = keychain, false = this run.
    using Sources = QMap<QString, bool>;
    void readNext(const std::shared_ptr<Pending> &pending);
    void finish(const std::shared_ptr<Pending> &pending);
    void passOn(const CredentialRequestPtr &request);
    // The user answers instead of the refused saved secrets, which the answer replaces once it worked.
    void askUserInstead(const std::shared_ptr<Pending> &pending);
    void replaceRefused(const QString &connectionId, const QStringList &names, const QStringList &values);

    QPointer<SecretStore> m_store;
    CredentialHandler *m_fallback;
    Resolver m_resolver;
    QHash<QString, QMap<QString, QString>> m_session; // connection id -> name -> secret, this run
    QHash<QString, Sources> m_refused;                 // connection id -> what was refused
    int m_answered = 0;
    int m_passedOn = 0;
};

} // namespace welkin
