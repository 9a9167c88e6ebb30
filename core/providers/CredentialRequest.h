#pragma once

#include "UserQuestion.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace welkin {

// A provider needs credentials while connecting (libvirt's auth callback, a cloud login). The
// GUI answers it asynchronously (dialog, keychain, terminal) with answer() or cancel(). A cloud
// provider continues from onReply() on its own thread and times out with a QTimer; libvirt's
// auth callback is synchronous by libvirt's API and waits on its connection's own worker thread
// (wait()). Thread-safe.
class CredentialRequest : public UserQuestion<QStringList>
{
public:
    struct Field {
        enum class Kind { Username, Password, Text, Secret };
        Kind kind = Kind::Text;
        QString prompt;       // what the provider asks: "Enter username for localhost"
        QString defaultValue;
        bool echo() const { return kind == Kind::Username || kind == Kind::Text; }
    };

    // Answers are one value per field, in order.
    CredentialRequest(QString connectionName, QString uri, QList<Field> fields);

    const QString &connectionName() const { return m_connectionName; }
    const QString &uri() const { return m_uri; }
    const QList<Field> &fields() const { return m_fields; }

    // Whether the answer worked, told once the login with it ended: accepted (connected) or
    // refused (authentication failed). Only for an answered request; the first report wins.
    // Lets whoever answered replace a saved secret only after a new one worked.
    void reportOutcome(bool accepted);
    // `callback` runs on `context`'s thread, as onReply() does; never when no outcome is known.
    void onOutcome(QObject *context, std::function<void(bool accepted)> callback);
    // The verdict alone, shared: it outlives the request (which holds the secret), so the asker
    // can report it after the request is gone. Set it only for an answered request.
    using Outcome = SetOnce<bool>;
    std::shared_ptr<Outcome> outcome() const { return m_outcome; }

private:
    QString m_connectionName;
    QString m_uri;
    QList<Field> m_fields;
    std::shared_ptr<Outcome> m_outcome = std::make_shared<Outcome>();
};

using CredentialRequestPtr = std::shared_ptr<CredentialRequest>;

// Who answers credential requests: the GUI's dialog, the terminal in headless mode, a test.
// Called on the GUI thread; must eventually call answer() or cancel() (or drop the request,
// which cancels it) and must not block.
class CredentialHandler
{
public:
    virtual ~CredentialHandler() = default;
    virtual void requestCredentials(const CredentialRequestPtr &request) = 0;
};

} // namespace welkin

Q_DECLARE_METATYPE(welkin::CredentialRequestPtr)
