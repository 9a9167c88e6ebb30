#include "ManageSupport.h"

#include "inventory/Inventory.h"
#include "metrics/Metric.h"
#include "providers/CloudLaunch.h"
#include "inventory/InventoryNode.h"

#include "Theme.h"
#include "providers/ProviderManager.h"
#include "providers/Task.h"
#include "manage/SnapshotXml.h"
#include "providers/libvirt/LibvirtProvider.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPointer>

#include <algorithm>

namespace welkin::manage {

using namespace Qt::StringLiterals;

void whenFinished(Task *task, QObject *context, std::function<void(Task *)> done)
{
    if (task->isFinished()) {
        QMetaObject::invokeMethod(context, [task = QPointer(task), done = std::move(done)] {
            if (task)
                done(task);
        }, Qt::QueuedConnection);
        return;
    }
    QObject::connect(task, &Task::finished, context, [task, done = std::move(done)] { done(task); },
                     Qt::SingleShotConnection);
}

void readResult(Task *task, QObject *context, std::function<void(Task *)> done)
{
    // Deleted after every slot connected so far has run (deleteLater), whoever is still there.
    const bool finished = task->isFinished();
    if (!finished)
        QObject::connect(task, &Task::finished, task, &QObject::deleteLater);
    whenFinished(task, context, std::move(done));
    if (finished)
        task->deleteLater(); // posted after the queued `done`
}

QString vmName(const Inventory *inventory, const ResourceId &vm)
{
    const InventoryNode *node = inventory ? inventory->node(vm) : nullptr;
    return node ? node->resource().name : vm.nativeId();
}

Provider *provider(ProviderManager *providers, const QString &providerId)
{
    return providers ? providers->provider(providerId) : nullptr;
}

Action takeSnapshotAction(const ResourceId &vm, const SnapshotSpec &spec)
{
    QVariantMap options{{u"name"_s, spec.name}, {u"description"_s, spec.description}};
    if (spec.diskOnly)
        options.insert(u"diskOnly"_s, true);
    if (spec.memory)
        options.insert(u"memory"_s, true);
    return Action{ActionType::CreateSnapshot, vm, options};
}

LibvirtProvider *libvirtProvider(ProviderManager *providers, const QString &providerId)
{
    return providers ? qobject_cast<LibvirtProvider *>(providers->provider(providerId)) : nullptr;
}

QList<LibvirtProvider *> connectedLibvirtProviders(ProviderManager *providers)
{
    QList<LibvirtProvider *> result;
    if (!providers)
        return result;
    for (Provider *provider : providers->providers()) {
        auto *libvirt = qobject_cast<LibvirtProvider *>(provider);
        if (libvirt && libvirt->state() == ProviderState::Connected)
            result.append(libvirt);
    }
    return result;
}

QStringList sshPublicKeys()
{
    QStringList keys;
    const QDir dir(QDir::homePath() + u"/.ssh"_s);
    for (const QString &name : dir.entryList({u"*.pub"_s}, QDir::Files | QDir::Readable, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly) || file.size() > 64 * 1024)
            continue;
        for (const QByteArray &line : file.readAll().split('\n')) {
            const QString key = QString::fromUtf8(line).trimmed();
            if (key.startsWith(u"ssh-"_s) || key.startsWith(u"ecdsa-"_s) || key.startsWith(u"sk-"_s))
                keys.append(key);
        }
    }
    return keys;
}

void showFieldMessage(QLabel *label, const QString &text, bool error)
{
    label->setText(text);
    Theme::setErrorStyle(label, error);
    label->setVisible(!text.isEmpty());
}

QStringList sizeColumns(const CloudOption &size)
{
    return {size.name, size.vcpus > 0 ? QString::number(size.vcpus) : QString(),
            size.memoryMiB > 0 ? formatBytes(double(size.memoryMiB) * 1024 * 1024) : QString(),
            size.diskGiB > 0 ? QCoreApplication::translate("NewVmCloudPage", "%1 GiB").arg(size.diskGiB) : QString()};
}

bool anySizeHasDisk(const QList<CloudOption> &sizes)
{
    return std::any_of(sizes.cbegin(), sizes.cend(), [](const CloudOption &o) { return o.diskGiB > 0; });
}

} // namespace welkin::manage
