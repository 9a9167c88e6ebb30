#pragma once

#include <QList>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <QWaitCondition>

#include <memory>
#include <optional>

namespace welkin {

// A provider needs credentials while connecting (libvirt's auth callback, a cloud login).
// The worker thread creates the request and waits on it; the GUI answers it asynchronously
// (dialog, keychain, terminal) with answer() or cancel(). Thread-safe.
class CredentialRequest
{
public:
    struct Field {
        enum class Kind { Username, Password, Text, Secret };
        Kind kind = Kind::Text;
        QString prompt;       // what the provider asks: "Enter username for localhost"
        QString defaultValue;
        bool echo() const { return kind == Kind::Username || kind == Kind::Text; }
    };

    CredentialRequest(QString connectionName, QString uri, QList<Field> fields);

    const QString &connectionName() const { return m_connectionName; }
    const QString &uri() const { return m_uri; }
    const QList<Field> &fields() const { return m_fields; }

    // One value per field, in order.
    void answer(const QStringList &values);
    void cancel();

    // Worker side: blocks until answered, cancelled or `timeoutMs` passed. nullopt = no answer.
    std::optional<QStringList> wait(int timeoutMs);

private:
    QString m_connectionName;
    QString m_uri;
    QList<Field> m_fields;
    QMutex m_mutex;
    QWaitCondition m_done;
    bool m_finished = false;
    std::optional<QStringList> m_values;
};

using CredentialRequestPtr = std::shared_ptr<CredentialRequest>;

// Who answers credential requests: the GUI's dialog, the terminal in headless mode, a test.
// Called on the GUI thread; must eventually call answer() or cancel() and must not block.
class CredentialHandler
{
public:
    virtual ~CredentialHandler() = default;
    virtual void requestCredentials(const CredentialRequestPtr &request) = 0;
};

} // namespace welkin

Q_DECLARE_METATYPE(welkin::CredentialRequestPtr)
