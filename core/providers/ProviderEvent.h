#pragma once

#include "model/ResourceId.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace welkin {

// Something a provider observed: a VM changed state, a connection dropped, an error happened.
struct ProviderEvent {
    enum class Severity : quint8 { Info, Warning, Error };
    QDateTime time;
    QString providerId;
    ResourceId resource; // may be invalid (connection-level events)
    Severity severity = Severity::Info;
    QString message;     // "web-01 started (booted)"
    QString user;        // who caused it, when the source says (a cloud's event or action record)
    QString requestId;   // the cloud's request id (Nova "req-…"), when it names one
};

} // namespace welkin

Q_DECLARE_METATYPE(welkin::ProviderEvent)
