#include "SecretStore.h"

#include "DatabaseWriter.h"
#include "SqlExec.h"

#include <QLoggingCategory>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

namespace welkin {

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

using namespace Qt::StringLiterals;

namespace {

// False once `context` (when one was given) is gone: callbacks then must not run.
std::function<bool()> aliveCheck(QObject *context)
{
    return [guard = QPointer<QObject>(context), hadContext = context != nullptr] { return !hadContext || guard; };
}

// Jobs have no parent: QtKeychain 0.13 cannot cancel a libsecret call, so a job deleted early
// (with its parent) would be called back after its death. Each deletes itself when finished.
void configure(QKeychain::Job *job, const QString &key)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text store
    job->setKey(key);
}

} // namespace

SecretStore::SecretStore(DatabaseWriter *writer, QObject *parent) : QObject(parent), m_writer(writer) {}

QString SecretStore::keyFor(const QString &connectionId, const QString &name)
{
    return connectionId + u'/' + name;
}

void SecretStore::loadNames(QSqlDatabase &db)
{
    QString error;
    QSqlQuery query = sql::select(db, u"SELECT connection_id, name FROM secret_refs"_s, {}, &error);
    while (query.next())
        m_names[query.value(0).toString()].insert(query.value(1).toString());
    if (!error.isEmpty())
        qCWarning(lcStorage, "cannot read the secret names: %s", qPrintable(error));
}

void SecretStore::write(const QString &connectionId, const QString &name, const QString &secret, QObject *context,
                        DoneCallback done)
{
    const QString key = keyFor(connectionId, name);
    rememberName(connectionId, name, true);
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    configure(job, key);
    job->setTextData(secret);
    const auto alive = aliveCheck(context);
    connect(job, &QKeychain::Job::finished, this, [this, key, secret, alive, done](QKeychain::Job *job) {
        const bool ok = job->error() == QKeychain::NoError;
        if (ok) {
            m_memory.remove(key);
            keychainWorked();
        } else {
            m_memory.insert(key, secret);
            keychainFailed(job->errorString());
        }
        if (done && alive())
            done(ok, ok ? QString() : m_statusText);
    });
    job->start();
}

void SecretStore::read(const QString &connectionId, const QString &name, QObject *context, ReadCallback callback)
{
    const QString key = keyFor(connectionId, name);
    const auto alive = aliveCheck(context);
    if (const auto it = m_memory.constFind(key); it != m_memory.cend()) {
        ReadResult result{.found = true, .value = *it, .error = {}};
        QTimer::singleShot(0, this, [alive, callback, result] {
            if (alive())
                callback(result);
        });
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(serviceName());
    configure(job, key);
    connect(job, &QKeychain::Job::finished, this, [this, alive, callback](QKeychain::Job *job) {
        ReadResult result;
        if (job->error() == QKeychain::NoError) {
            result.found = true;
            result.value = static_cast<QKeychain::ReadPasswordJob *>(job)->textData();
            keychainWorked();
        } else if (job->error() != QKeychain::EntryNotFound) {
            result.error = job->errorString();
            keychainFailed(job->errorString());
        }
        if (alive())
            callback(result);
    });
    job->start();
}

void SecretStore::remove(const QString &connectionId, const QString &name, QObject *context, DoneCallback done)
{
    const QString key = keyFor(connectionId, name);
    m_memory.remove(key);
    rememberName(connectionId, name, false);
    auto *job = new QKeychain::DeletePasswordJob(serviceName());
    configure(job, key);
    const auto alive = aliveCheck(context);
    connect(job, &QKeychain::Job::finished, this, [alive, done](QKeychain::Job *job) {
        const bool ok = job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
        if (done && alive())
            done(ok, ok ? QString() : job->errorString());
    });
    job->start();
}

void SecretStore::removeAll(const QString &connectionId, QObject *context, DoneCallback done)
{
    QSet<QString> names = m_names.value(connectionId);
    names.unite(QSet<QString>{password, applicationCredentialSecret, secretKey});
    const QString prefix = connectionId + u'/';
    for (auto it = m_memory.cbegin(); it != m_memory.cend(); ++it) {
        if (it.key().startsWith(prefix))
            names.insert(it.key().mid(prefix.size()));
    }
    struct Progress {
        qsizetype left;
        bool ok = true;
        QString error;
    };
    auto progress = std::make_shared<Progress>(Progress{.left = names.size(), .ok = true, .error = {}});
    const auto alive = aliveCheck(context);
    for (const QString &name : std::as_const(names)) {
        remove(connectionId, name, this, [progress, alive, done](bool ok, const QString &error) {
            if (!ok) {
                progress->ok = false;
                progress->error = error;
            }
            if (--progress->left == 0 && done && alive())
                done(progress->ok, progress->error);
        });
    }
    m_names.remove(connectionId);
}

void SecretStore::rememberName(const QString &connectionId, const QString &name, bool present)
{
    QSet<QString> &names = m_names[connectionId];
    if (names.contains(name) == present)
        return;
    if (present)
        names.insert(name);
    else
        names.remove(name);
    if (!m_writer)
        return;
    m_writer->enqueue([connectionId, name, present](QSqlDatabase &db, QString *error) {
        return present ? sql::exec(db, u"INSERT OR IGNORE INTO secret_refs (connection_id, name) VALUES (?, ?)"_s,
                                   {connectionId, name}, error)
                       : sql::exec(db, u"DELETE FROM secret_refs WHERE connection_id = ? AND name = ?"_s,
                                   {connectionId, name}, error);
    });
}

void SecretStore::keychainWorked()
{
    if (m_status == Status::Keychain)
        return;
    m_status = Status::Keychain;
    m_statusText = tr("Secrets are stored in the system keychain.");
    Q_EMIT statusChanged(m_status, m_statusText);
}

void SecretStore::keychainFailed(const QString &error)
{
    const QString text = tr("No system keychain is available (%1). Passwords are kept in memory for this "
                            "session only and will be asked for again next time.")
                             .arg(error);
    if (m_status == Status::MemoryOnly && text == m_statusText)
        return;
    m_status = Status::MemoryOnly;
    m_statusText = text;
    qCWarning(lcStorage).noquote() << text;
    Q_EMIT statusChanged(m_status, m_statusText);
}

} // namespace welkin
