#include "ApiClient.h"

#include <QJsonObject>

namespace welkin::openstack {

using namespace Qt::StringLiterals;

ApiClient::ApiClient(QObject *parent) : net::RestClient(parent)
{
    setFaultReader([](const QByteArray &body, const QJsonDocument &json) { return faultMessage(body, json); });
}

QString faultMessage(const QByteArray &body)
{
    return faultMessage(body, QJsonDocument::fromJson(body));
}

QString faultMessage(const QByteArray &body, const QJsonDocument &json)
{
    if (json.isObject()) {
        const QJsonObject root = json.object();
        // Keystone {"error": {...}}, Nova {"<faultName>": {...}}, Neutron {"NeutronError": {...}}
        for (auto it = root.begin(); it != root.end(); ++it) {
            const QString message = it.value().toObject().value(u"message"_s).toString();
            if (!message.isEmpty())
                return message;
        }
        // Glance: webob's {"message": …, "code": …, "title": …}, with its page's <br /> line breaks.
        const QString message = root.value(u"message"_s).toString().replace(u"<br />"_s, u" "_s).simplified();
        if (!message.isEmpty())
            return message;
    }
    return net::plainTextExcerpt(body);
}

} // namespace welkin::openstack
