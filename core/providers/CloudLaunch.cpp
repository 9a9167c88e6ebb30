#include "CloudLaunch.h"


#include <QCoreApplication>

#include <algorithm>

namespace welkin {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CloudLaunch", text);
}

bool offered(const QList<CloudOption> &options, const QString &id)
{
    return std::any_of(options.cbegin(), options.cend(), [&id](const CloudOption &o) { return o.id == id; });
}

} // namespace

QString cloudLaunchProblem(const CloudLaunchSpec &spec, const CloudLaunchChoices &choices)
{
    const QString name = spec.name.trimmed();
    if (name.isEmpty())
        return tr("Give the server a name");
    if (name.size() > 255)
        return tr("The name is longer than 255 characters");
    if (spec.sizeId.isEmpty() || !offered(choices.sizes, spec.sizeId))
        return tr("Choose a size (flavor or service offering)");
    if (spec.imageId.isEmpty() || !offered(choices.images, spec.imageId))
        return tr("Choose an image");
    for (const QString &network : spec.networkIds) {
        if (!offered(choices.networks, network))
            return tr("The network %1 is not offered here").arg(network);
    }
    if (spec.networkIds.isEmpty() && choices.networksRequired)
        return tr("Choose at least one network");
    if (!spec.keyPair.isEmpty() && !offered(choices.keyPairs, spec.keyPair))
        return tr("The key pair %1 does not exist here").arg(spec.keyPair);
    if (spec.count < 1 || spec.count > std::max(1, choices.maxCount))
        return tr("Create between 1 and %1 servers at once").arg(std::max(1, choices.maxCount));
    const auto instancesLeft = choices.quotaLeft.constFind(QStringLiteral("instances"));
    if (instancesLeft != choices.quotaLeft.cend() && *instancesLeft < spec.count)
        return tr("The project may create only %1 more servers (quota)").arg(std::max<qint64>(0, *instancesLeft));
    constexpr int maxUserData = 65535; // Nova's limit on user_data, base64-encoded
    if ((spec.userData.size() + 2) / 3 * 4 > maxUserData)
        return tr("The user-data is larger than the 64 KiB a cloud accepts");
    return {};
}

} // namespace welkin
