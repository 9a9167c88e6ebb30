#include "CloudStackResponse.h"

#include "model/JsonId.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>

namespace welkin::cloudstack {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CloudStack", text);
}

int intOf(const QJsonValue &value)
{
    // Some servers send codes as strings.
    return value.isString() ? value.toString().toInt() : value.toInt();
}

// The first character that is not white space, 0 for none (without copying a large body).
char firstNonSpace(const QByteArray &body)
{
    for (const char c : body) {
        if (!QChar::isSpace(uchar(c)))
            return c;
    }
    return 0;
}

} // namespace

ApiResult ApiResult::failed(Failure failure, QString error, int httpStatus)
{
    ApiResult result;
    result.failure = failure;
    result.error = std::move(error);
    result.httpStatus = httpStatus;
    return result;
}

QString errorCodeMeaning(int errorCode)
{
    switch (errorCode) {
    case 401: return tr("unauthorized");
    case 405: return tr("method not allowed");
    case 411: return tr("two-factor authentication required");
    case 429: return tr("API rate limit exceeded");
    case 430: return tr("malformed parameter");
    case 431: return tr("parameter error");
    case 432: return tr("unsupported action");
    case 530: return tr("internal error");
    case 531: return tr("account error");
    case 532: return tr("account resource limit exceeded");
    case 533: return tr("insufficient capacity");
    case 534: return tr("resource unavailable");
    case 535: return tr("resource allocation error");
    case 536: return tr("resource in use");
    case 537: return tr("network rule conflict");
    default: return {};
    }
}

ApiResult parseResponse(const QByteArray &json, int httpStatus)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    return interpretResponse(doc, parseError, json, httpStatus);
}

ApiResult interpretResponse(const QJsonDocument &doc, const QJsonParseError &parseError, const QByteArray &json,
                            int httpStatus)
{
    using F = ApiResult::Failure;
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (httpStatus >= 400) {
            return ApiResult::failed(httpStatus == 401 ? F::Auth : F::Http,
                                     tr("the server answered HTTP %1 without a CloudStack error").arg(httpStatus),
                                     httpStatus);
        }
        const char first = firstNonSpace(json);
        if (first == 0)
            return ApiResult::failed(F::Malformed, tr("the server sent an empty response"), httpStatus);
        if (first == '<') {
            // A login page, a proxy's error page or the UI instead of the API.
            return ApiResult::failed(F::Malformed,
                                     tr("malformed JSON response: the server sent HTML (is the URL the API "
                                        "endpoint, …/client/api?)"),
                                     httpStatus);
        }
        const QString why = parseError.error != QJsonParseError::NoError
            ? tr("%1 at byte %2").arg(parseError.errorString()).arg(parseError.offset)
            : tr("the top level is not an object");
        return ApiResult::failed(F::Malformed, tr("malformed JSON response: %1").arg(why), httpStatus);
    }
    const QJsonObject top = doc.object();
    if (top.size() != 1 || !top.begin()->isObject()) {
        const QStringList keys = top.keys();
        return ApiResult::failed(F::Malformed,
                                 tr("unexpected response: expected one response object, found %1")
                                     .arg(keys.isEmpty() ? tr("none") : keys.join(u", "_s)),
                                 httpStatus);
    }
    const QJsonObject body = top.begin()->toObject();
    if (body.contains(u"errorcode"_s) || body.contains(u"errortext"_s)) {
        ApiResult result;
        result.httpStatus = httpStatus;
        result.errorCode = intOf(body.value(u"errorcode"_s));
        result.csErrorCode = intOf(body.value(u"cserrorcode"_s));
        result.serverText = body.value(u"errortext"_s).toString();
        result.failure = result.errorCode == 401 || httpStatus == 401 ? F::Auth
                       : result.errorCode == 429 || httpStatus == 429 ? F::RateLimited
                                                                      : F::Api;
        const QString text = result.serverText.isEmpty() ? errorCodeMeaning(result.errorCode) : result.serverText;
        result.error = result.csErrorCode != 0
            ? tr("%1 (CloudStack error %2, %3)").arg(text).arg(result.errorCode).arg(result.csErrorCode)
            : tr("%1 (CloudStack error %2)").arg(text).arg(result.errorCode);
        return result;
    }
    if (httpStatus >= 400) {
        return ApiResult::failed(httpStatus == 401 ? F::Auth : F::Http,
                                 tr("the server answered HTTP %1 without a CloudStack error").arg(httpStatus),
                                 httpStatus);
    }
    ApiResult result;
    result.httpStatus = httpStatus;
    result.body = body;
    return result;
}

bool parseJob(const QJsonObject &body, JobStatus &status, QString &error)
{
    status.jobId = jsonId(body.value(u"jobid"_s));
    status.instanceId = jsonId(body.value(u"jobinstanceid"_s));
    if (!body.contains(u"jobstatus"_s)) {
        if (status.instanceId.isEmpty())
            status.instanceId = jsonId(body.value(u"id"_s));
        // An async command's first answer: only the job id (and "id" for create*).
        if (status.jobId.isEmpty()) {
            error = tr("the response names no job (no jobid, no jobstatus)");
            return false;
        }
        status.state = JobStatus::State::Pending;
        return true;
    }
    const QJsonValue jobStatus = body.value(u"jobstatus"_s);
    if (!jobStatus.isDouble()) {
        error = tr("jobstatus is not a number");
        return false;
    }
    status.result = body.value(u"jobresult"_s).toObject();
    if (body.contains(u"jobprocstatus"_s))
        status.progress = std::clamp(intOf(body.value(u"jobprocstatus"_s)), 0, 100);
    switch (jobStatus.toInt()) {
    case 0:
        status.state = JobStatus::State::Pending;
        return true;
    case 1:
        status.state = JobStatus::State::Succeeded;
        return true;
    case 2: {
        status.state = JobStatus::State::Failed;
        const QString text = status.result.value(u"errortext"_s).toString();
        const int code = intOf(status.result.value(u"errorcode"_s));
        status.error = text.isEmpty() ? tr("the job failed (CloudStack error %1)").arg(code)
                                      : tr("%1 (CloudStack error %2)").arg(text).arg(code);
        return true;
    }
    default:
        error = tr("unknown jobstatus %1").arg(jobStatus.toInt());
        return false;
    }
}

QJsonArray listItems(const QJsonObject &body, const QString &itemKey)
{
    return body.value(itemKey).toArray();
}

} // namespace welkin::cloudstack
