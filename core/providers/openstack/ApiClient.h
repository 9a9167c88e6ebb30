#pragma once

#include "net/RestClient.h"

namespace welkin::openstack {

using ApiRequest = net::RestRequest;
using ApiResponse = net::RestReply;
using net::describeHttpFailure;

// OpenStack over the shared REST client (deadline, size cap, TLS trust, JSON parsed off the GUI
// thread when large): fault bodies of Keystone, Nova, Neutron and Glance give the service's message.
// Tokens (KeystoneSession) and microversions (NovaRegion) are headers of each request.
class ApiClient : public net::RestClient
{
public:
    explicit ApiClient(QObject *parent = nullptr);
};

// The message inside a Keystone ({"error": {...}}), Nova ({"itemNotFound": {...}}), Neutron
// ({"NeutronError": {...}}) or Glance ({"message": ...}) fault body; the plain text of other
// bodies; "" when none.
QString faultMessage(const QByteArray &body);
QString faultMessage(const QByteArray &body, const QJsonDocument &json);

} // namespace welkin::openstack
