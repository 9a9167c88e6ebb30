#include "InventoryExport.h"

#include "Inventory.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace welkin::InventoryExport {

using namespace Qt::StringLiterals;

namespace {

QJsonArray disksToJson(const QList<DiskInfo> &disks)
{
    QJsonArray array;
    for (const DiskInfo &d : disks) {
        array.append(QJsonObject{{u"target"_s, d.target}, {u"device"_s, d.device}, {u"bus"_s, d.bus},
                                 {u"sourceType"_s, d.sourceType}, {u"source"_s, d.source},
                                 {u"format"_s, d.format}, {u"readOnly"_s, d.readOnly}});
    }
    return array;
}

QJsonArray nicsToJson(const QList<NicInfo> &nics)
{
    QJsonArray array;
    for (const NicInfo &n : nics) {
        array.append(QJsonObject{{u"mac"_s, n.mac}, {u"type"_s, n.type}, {u"source"_s, n.source},
                                 {u"model"_s, n.model}, {u"target"_s, n.target},
                                 {u"ips"_s, QJsonArray::fromStringList(n.ips)}});
    }
    return array;
}

QJsonArray graphicsToJson(const QList<GraphicsInfo> &graphics)
{
    QJsonArray array;
    for (const GraphicsInfo &g : graphics) {
        QJsonObject o{{u"type"_s, g.type}, {u"listen"_s, g.listen}, {u"port"_s, g.port},
                      {u"autoport"_s, g.autoport}, {u"passwordRequired"_s, g.passwordRequired}};
        if (g.tlsPort >= 0)
            o.insert(u"tlsPort"_s, g.tlsPort);
        if (!g.socket.isEmpty())
            o.insert(u"socket"_s, g.socket);
        array.append(o);
    }
    return array;
}

QString memoryText(quint64 kib)
{
    if (kib == 0)
        return u"-"_s;
    if (kib >= 1024ull * 1024 && kib % (1024ull * 1024) == 0)
        return QString::number(kib / (1024 * 1024)) + u" GiB"_s;
    if (kib >= 1024ull * 1024)
        return QString::number(static_cast<double>(kib) / (1024.0 * 1024.0), 'f', 1) + u" GiB"_s;
    return QString::number(kib / 1024) + u" MiB"_s;
}

void appendVmRows(const InventoryNode *node, const QString &host, QList<QStringList> &rows)
{
    for (int i = 0; i < node->childCount(); ++i) {
        const InventoryNode *child = node->child(i);
        if (const VmInfo *vm = child->resource().vm()) {
            const QStringList ips = vm->ipAddresses();
            rows.append({child->resource().name, powerStateName(vm->state), host, QString::number(vm->vcpus),
                         memoryText(vm->memoryKiB), ips.isEmpty() ? u"-"_s : ips.join(u','),
                         vm->osName.isEmpty() ? vm->osType : vm->osName, vm->uuid});
        } else {
            appendVmRows(child, child->kind() == ResourceKind::Host ? child->resource().name : host, rows);
        }
    }
}

} // namespace

QJsonObject nodeToJson(const InventoryNode *node)
{
    const Resource &r = node->resource();
    QJsonObject o{{u"kind"_s, resourceKindName(r.id.kind())}, {u"id"_s, r.id.toString()}, {u"name"_s, r.name}};
    if (r.id.kind() == ResourceKind::Provider) {
        o.insert(u"state"_s, providerStateName(node->providerStatus().state));
        if (!node->providerStatus().detail.isEmpty())
            o.insert(u"detail"_s, node->providerStatus().detail);
    }
    if (const HostInfo *h = r.host()) {
        o.insert(u"hostname"_s, h->hostname);
        o.insert(u"uri"_s, h->uri);
        o.insert(u"hypervisor"_s, h->hypervisor);
        o.insert(u"hypervisorVersion"_s, h->hypervisorVersion);
        o.insert(u"libraryVersion"_s, h->libraryVersion);
        o.insert(u"cpuModel"_s, h->cpuModel);
        o.insert(u"cpus"_s, h->cpus);
        o.insert(u"mhz"_s, h->mhz);
        o.insert(u"memoryKiB"_s, static_cast<qint64>(h->memoryKiB));
    }
    if (const VmInfo *vm = r.vm()) {
        o.insert(u"uuid"_s, vm->uuid);
        o.insert(u"state"_s, powerStateName(vm->state));
        o.insert(u"stateReason"_s, vm->stateReason);
        if (!vm->title.isEmpty())
            o.insert(u"title"_s, vm->title);
        o.insert(u"vcpus"_s, vm->vcpus);
        o.insert(u"memoryKiB"_s, static_cast<qint64>(vm->memoryKiB));
        o.insert(u"maxMemoryKiB"_s, static_cast<qint64>(vm->maxMemoryKiB));
        o.insert(u"osType"_s, vm->osType);
        if (!vm->osName.isEmpty())
            o.insert(u"osName"_s, vm->osName);
        o.insert(u"arch"_s, vm->arch);
        o.insert(u"ips"_s, QJsonArray::fromStringList(vm->ipAddresses()));
        o.insert(u"disks"_s, disksToJson(vm->disks));
        o.insert(u"nics"_s, nicsToJson(vm->nics));
        o.insert(u"graphics"_s, graphicsToJson(vm->graphics));
    }
    if (node->childCount() > 0) {
        QJsonArray children;
        for (int i = 0; i < node->childCount(); ++i)
            children.append(nodeToJson(node->child(i)));
        o.insert(u"children"_s, children);
    }
    return o;
}

QByteArray toJson(const Inventory &inventory)
{
    QJsonArray providers;
    for (const InventoryNode *provider : inventory.providersBelow(inventory.root()))
        providers.append(nodeToJson(provider));
    return QJsonDocument(QJsonObject{{u"providers"_s, providers}}).toJson(QJsonDocument::Indented);
}

QString toTable(const Inventory &inventory)
{
    QString out;
    for (const InventoryNode *provider : inventory.providersBelow(inventory.root())) {
        out += provider->resource().name + u" ["_s + providerStateName(provider->providerStatus().state);
        if (!provider->providerStatus().detail.isEmpty())
            out += u": "_s + provider->providerStatus().detail;
        out += u"]\n"_s;

        QList<QStringList> rows{{u"NAME"_s, u"STATE"_s, u"HOST"_s, u"VCPUS"_s, u"MEMORY"_s, u"IPS"_s, u"OS"_s, u"UUID"_s}};
        appendVmRows(provider, QString(), rows);
        // By host, then name: what a reader scans for (the tree order is arrival order).
        std::sort(rows.begin() + 1, rows.end(), [](const QStringList &a, const QStringList &b) {
            const int byHost = QString::compare(a[2], b[2], Qt::CaseInsensitive);
            return byHost != 0 ? byHost < 0 : QString::compare(a[0], b[0], Qt::CaseInsensitive) < 0;
        });
        QList<qsizetype> widths(rows.first().size(), 0);
        for (const QStringList &row : std::as_const(rows))
            for (qsizetype c = 0; c < row.size(); ++c)
                widths[c] = std::max(widths[c], row[c].size());
        for (const QStringList &row : std::as_const(rows)) {
            QString line = u"  "_s;
            for (qsizetype c = 0; c < row.size(); ++c)
                line += c + 1 < row.size() ? row[c].leftJustified(widths[c] + 2) : row[c];
            out += line + u'\n';
        }
    }
    return out;
}

} // namespace welkin::InventoryExport
