#pragma once

#include "ApiClient.h"
#include "CloudConfig.h"
#include "KeystoneToken.h"

#include <QObject>

#include <functional>
#include <optional>

namespace welkin::openstack {

// A Keystone v3 login and the authenticated requests made with it. Re-authenticates before the
// token expires and once when a service answers 401. The token never leaves memory.
class KeystoneSession : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const ApiResponse &failure)>; // failure.ok() on success

    KeystoneSession(ApiClient *client, CloudConfig config, QObject *parent = nullptr);

    const CloudConfig &config() const { return m_config; }
    void setSecret(const QString &secret);
    // Seconds before expires_at when a new token is fetched; -1 = a quarter of the lifetime,
    // at most 5 minutes. 0 relies on the 401 retry alone.
    void setRefreshMarginS(int seconds) { m_refreshMarginS = seconds; }
    // false: ignore expires_at (a client clock far off the cloud's) and rely on the 401 retry.
    void setTrustExpiry(bool trust) { m_trustExpiry = trust; }

    void authenticate(Done done);
    const std::optional<KeystoneToken> &token() const { return m_token; }
    int authenticationCount() const { return m_authCount; }

    // Sends with X-Auth-Token; logs in first when needed; on 401 logs in again and retries once.
    void call(const ApiRequest &request, QObject *context, ApiClient::Callback callback);

    void forgetToken() { m_token.reset(); }

private:
    bool tokenFresh() const;
    void send(const ApiRequest &request, QObject *context, ApiClient::Callback callback, bool retried);
    void sendWithToken(const ApiRequest &request, QObject *context, ApiClient::Callback callback, bool retried);

    ApiClient *m_client;
    CloudConfig m_config;
    std::optional<KeystoneToken> m_token;
    QList<Done> m_waiting; // callers waiting for the login in flight
    int m_refreshMarginS = -1;
    bool m_trustExpiry = true;
    int m_authCount = 0;
};

} // namespace welkin::openstack
