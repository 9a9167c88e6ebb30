#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace welkin::cloudstack {

// The outcome of one API call, success or a failure with a message fit for a user.
struct ApiResult {
    enum class Failure : quint8 {
        None,
        Network,     // could not reach the server (refused, DNS, TLS, reset)
        Timeout,     // no complete answer before the request's deadline
        TooLarge,    // the answer exceeded the size limit
        Malformed,   // not JSON, or not the envelope CloudStack sends
        Http,        // an HTTP error without a CloudStack envelope
        Api,         // the server's error envelope (errorcode/errortext)
        Auth,        // 401: bad key, bad signature, expired signature
        RateLimited, // 429 after all retries
    };
    Failure failure = Failure::None;
    QJsonObject body;    // the single top-level object's value on success
    QString error;       // "unable to verify user credentials… (CloudStack error 401)"
    QString serverText;  // errortext as the server sent it, when it sent one
    int httpStatus = 0;
    int errorCode = 0;   // errorcode (ApiErrorCode: 401, 431, 530…)
    int csErrorCode = 0; // cserrorcode (names the Java exception class)

    bool ok() const { return failure == Failure::None; }
    static ApiResult failed(Failure failure, QString error, int httpStatus = 0);
};

// Turns a response body into the envelope's content or a specific error. The envelope is the
// single top-level object, whatever its key (the server names some after its command classes).
ApiResult parseResponse(const QByteArray &json, int httpStatus);
// The same for a body already parsed (`doc`, with `parseError` from QJsonDocument::fromJson).
ApiResult interpretResponse(const QJsonDocument &doc, const QJsonParseError &parseError, const QByteArray &raw,
                            int httpStatus);

// A readable text for an ApiErrorCode ("parameter error", "insufficient capacity").
QString errorCodeMeaning(int errorCode);

// One poll of queryAsyncJobResult (or an async command's answer).
struct JobStatus {
    enum class State : quint8 { Pending, Succeeded, Failed };
    State state = State::Pending;
    QString jobId;
    QString instanceId;     // what the job works on: jobinstanceid, or "id" in a create command's first answer
    int progress = -1;      // jobprocstatus, clamped to 0..100
    QJsonObject result;     // jobresult
    QString error;          // failed: the job's errortext with its code
};

// Reads jobstatus/jobresult; false with `error` set when the body is not a job.
bool parseJob(const QJsonObject &body, JobStatus &status, QString &error);

// An API list: the array under `itemKey` (absent when the list is empty) and `count`.
QJsonArray listItems(const QJsonObject &body, const QString &itemKey);

} // namespace welkin::cloudstack
