#include "RestClient.h"

#include "security/TlsTrust.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPromise>
#include <QRegularExpression>
#include <QThread>
#include <QThreadPool>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace welkin::net {

using namespace Qt::StringLiterals;

namespace {

// True when the body holds nothing but white space (without copying a large body).
bool isBlank(const QByteArray &body)
{
    return std::all_of(body.begin(), body.end(), [](char c) { return QChar::isSpace(uchar(c)); });
}

// Finishes a reply whose body arrived: Retry-After, JSON, the HTTP status. Pure: any thread.
void judge(RestReply &reply, const QString &label, const RestClient::FaultReader &faultReader)
{
    bool isNumber = false;
    const int seconds = reply.header("retry-after").trimmed().toInt(&isNumber);
    if (isNumber && seconds >= 0)
        reply.retryAfterS = seconds;
    const bool parsed = !isBlank(reply.body);
    if (parsed) {
        QElapsedTimer parsing;
        parsing.start();
        reply.json = QJsonDocument::fromJson(reply.body, &reply.jsonError);
        reply.parseNs = parsing.nsecsElapsed();
        reply.parsedBy = QThread::currentThreadId();
    }
    if (reply.status < 200 || reply.status >= 300) {
        reply.failure = RestReply::Failure::Http;
        reply.serviceMessage = faultReader ? faultReader(reply.body, reply.json) : plainTextExcerpt(reply.body);
        reply.error = describeHttpFailure(reply.status, reply.serviceMessage, reply.retryAfterS);
    } else if (parsed && reply.jsonError.error != QJsonParseError::NoError) {
        reply.failure = RestReply::Failure::BadJson;
        reply.error = RestClient::tr("%1: malformed JSON in the response at byte %2: %3")
                          .arg(label)
                          .arg(reply.jsonError.offset)
                          .arg(reply.jsonError.errorString());
    }
}

} // namespace

RestClient::RestClient(QObject *parent) : QObject(parent), m_nam(new QNetworkAccessManager(this))
{
    // Redirects are followed only to the same scheme (never https -> http).
    m_nam->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

RestClient::~RestClient()
{
    abortAll();
}

void RestClient::setTlsContext(const QString &connectionId, const QString &caFile)
{
    if (connectionId == m_connectionId && caFile == m_caFile)
        return;
    m_connectionId = connectionId;
    m_caFile = caFile;
    // Open connections keep the trust they were made with: new requests must not reuse them.
    m_nam->clearConnectionCache();
}

void RestClient::send(const RestRequest &req, QObject *context, Callback callback)
{
    const quint64 id = ++m_nextId;
    Pending &pending = m_pending[id];
    pending.callback = std::move(callback);
    pending.context = context;
    pending.hasContext = context != nullptr;
    pending.label = QString::fromLatin1(req.method) + u' ' + req.url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);

    QNetworkRequest request(req.url);
    request.setHeader(QNetworkRequest::UserAgentHeader, QString(u"welkin/"_s + QCoreApplication::applicationVersion()));
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    // The wall-clock deadline below is the real limit; this only catches a silent stall early.
    request.setTransferTimeout(m_timeoutMs);
    for (const auto &[name, value] : req.headers)
        request.setRawHeader(name, value);
    if (!req.body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          req.contentType.isEmpty() ? "application/json"_ba : req.contentType);
    // Verification on, plus the connection's CA file. An unusable CA file is the user's to fix:
    // the request is not sent (it could only fail as "untrusted certificate").
    QString caError;
    if (!TlsTrust::configure(request, m_caFile, &caError)) {
        RestReply reply;
        reply.failure = RestReply::Failure::Network;
        reply.detail = caError;
        reply.error = tr("%1: %2").arg(pending.label, caError);
        QTimer::singleShot(0, this, [this, id, reply] { deliver(id, reply); });
        return;
    }

    QNetworkReply *reply = m_nam->sendCustomRequest(request, req.method, req.body);
    pending.reply = reply;
    if (TlsTrust *trust = TlsTrust::global(); trust && !m_connectionId.isEmpty())
        trust->attach(reply, m_connectionId); // pins; asks the user about untrusted certificates
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, this, [this, id] { cut(id, RestReply::Failure::Timeout); });
    deadline->start(m_timeoutMs);
    // Refuse what would not fit while it arrives: by the announced length, else by what came.
    const qint64 limit = m_maxBytes;
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, id, reply, limit] {
        if (reply->header(QNetworkRequest::ContentLengthHeader).toLongLong() > limit)
            cut(id, RestReply::Failure::TooLarge);
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this, id, limit](qint64 received, qint64 total) {
        if (received > limit || total > limit)
            cut(id, RestReply::Failure::TooLarge);
    });
    connect(reply, &QNetworkReply::finished, this, [this, id] { finished(id); });
}

void RestClient::cut(quint64 id, RestReply::Failure why)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end() || !it->reply || it->cut != RestReply::Failure::None)
        return;
    it->cut = why;
    // At once, so nothing more is buffered; `finished` runs inside and defers the callback.
    it->reply->abort();
}

void RestClient::finished(quint64 id)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end() || !it->reply)
        return;
    QNetworkReply *reply = std::exchange(it->reply, nullptr);
    reply->deleteLater();
    if (it->hasContext && !it->context) {
        m_pending.erase(it);
        return;
    }
    QElapsedTimer handling;
    handling.start();
    RestReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        result.headers.insert(name.toLower(), value);
    const QString &label = it->label;
    // Qt's own stall timer (transferTimeout) cancels a reply too: that is our timeout as well.
    if (it->cut == RestReply::Failure::None && result.status == 0
        && (reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError))
        it->cut = RestReply::Failure::Timeout;
    if (it->cut == RestReply::Failure::Timeout) {
        result.failure = it->cut;
        result.error = tr("%1: no answer within %2 s").arg(label).arg(m_timeoutMs / 1000.0);
    } else if (it->cut == RestReply::Failure::TooLarge) {
        result.failure = it->cut;
        result.error = tr("%1: the response is larger than %2 MiB").arg(label).arg(m_maxBytes / (1024.0 * 1024.0));
    } else if (result.status == 0) {
        // A certificate Welkin refused (untrusted, or not the pinned one) says so in its own words.
        const QString refused = TlsTrust::refusalReason(reply);
        result.failure = RestReply::Failure::Network;
        result.detail = refused.isEmpty() ? reply->errorString() : refused;
        result.error = tr("%1: %2").arg(label, result.detail);
    } else {
        result.body = reply->readAll();
        if (result.body.size() >= m_offThreadBytes) {
            it->handlingNs += handling.nsecsElapsed();
            judgeElsewhere(id, std::move(result));
            return;
        }
        judge(result, label, m_faultReader);
    }
    result.handlingNs = it->handlingNs + handling.nsecsElapsed();
    if (it->cut != RestReply::Failure::None) {
        // We are inside the reply's own signal (cut() aborted it): the callback may delete us.
        QTimer::singleShot(0, this, [this, id, result] { deliver(id, result); });
        return;
    }
    deliver(id, std::move(result));
}

void RestClient::judgeElsewhere(quint64 id, RestReply raw)
{
    // Parsing megabytes of JSON takes milliseconds: not on the caller's (GUI) thread. The watcher
    // is ours, so a client that is gone or aborted never hears back; the pool task holds only
    // its own data.
    auto *watcher = new QFutureWatcher<RestReply>(this);
    m_pending[id].watcher = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, id, watcher] {
        QElapsedTimer handover;
        handover.start();
        RestReply result = watcher->result();
        watcher->deleteLater();
        const auto it = m_pending.find(id);
        if (it == m_pending.end())
            return;
        it->watcher = nullptr;
        result.handlingNs = it->handlingNs + handover.nsecsElapsed();
        deliver(id, std::move(result));
    });
    auto promise = std::make_shared<QPromise<RestReply>>();
    watcher->setFuture(promise->future());
    QThreadPool::globalInstance()->start(
        [promise, raw = std::move(raw), label = m_pending[id].label, reader = m_faultReader]() mutable {
            promise->start();
            judge(raw, label, reader);
            promise->addResult(std::move(raw));
            promise->finish();
        });
}

void RestClient::deliver(quint64 id, RestReply reply)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    const Callback callback = std::move(it->callback);
    const bool contextGone = it->hasContext && !it->context;
    m_pending.erase(it);
    // Last: the callback may abort everything or delete this client.
    if (!contextGone && callback)
        callback(reply);
}

void RestClient::abortAll()
{
    const QHash<quint64, Pending> pending = std::exchange(m_pending, {});
    for (const Pending &p : pending) {
        if (p.reply) {
            disconnect(p.reply, nullptr, this, nullptr);
            p.reply->abort();
            p.reply->deleteLater();
        }
        if (p.watcher) {
            disconnect(p.watcher, nullptr, this, nullptr);
            p.watcher->deleteLater();
        }
    }
}

QString plainTextExcerpt(const QByteArray &body)
{
    // Plain text or HTML (proxies, Glance): a short, tag-free excerpt of what a page shows.
    QString text = QString::fromUtf8(body.left(2000));
    static const QRegularExpression hidden(u"<(head|script|style)\\b.*?</\\1\\s*>"_s,
                                           QRegularExpression::CaseInsensitiveOption
                                               | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tags(u"<[^>]*>"_s);
    text.remove(hidden);
    text.replace(tags, u" "_s);
    text = text.simplified();
    return text.size() > 300 ? text.left(300) + u"…"_s : text;
}

QString describeHttpFailure(int status, const QString &serviceMessage, int retryAfterS)
{
    QString what;
    switch (status) {
    case 400: what = RestClient::tr("Bad request"); break;
    case 401: what = RestClient::tr("Authentication failed"); break;
    case 403: what = RestClient::tr("Permission denied"); break;
    case 404: what = RestClient::tr("Not found"); break;
    case 406: what = RestClient::tr("Version not supported"); break;
    case 409: what = RestClient::tr("Conflict"); break;
    case 413:
    case 429: what = RestClient::tr("Over the limit"); break;
    default:
        what = status >= 500 ? RestClient::tr("Server error") : RestClient::tr("Request failed");
        break;
    }
    QString text = serviceMessage.isEmpty() ? what : what + u": "_s + serviceMessage;
    text += u" (HTTP "_s + QString::number(status) + u')';
    if (retryAfterS >= 0)
        text += u' ' + RestClient::tr("- retry after %1 s").arg(retryAfterS);
    return text;
}

} // namespace welkin::net
