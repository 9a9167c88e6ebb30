#include "VolumePicker.h"

#include "NewVmHostData.h"
#include "metrics/Metric.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QSignalBlocker>
#include <QStandardItemModel>

namespace welkin {

using namespace Qt::StringLiterals;

VolumePicker::VolumePicker(NewVmHostData *data, Kind kind, const QString &objectPrefix, QWidget *parent)
    : QWidget(parent), m_data(data), m_kind(kind), m_pool(new QComboBox), m_volume(new QComboBox)
{
    m_pool->setObjectName(objectPrefix + u"Pool"_s);
    m_volume->setObjectName(objectPrefix + u"Volume"_s);
    m_pool->setToolTip(tr("Storage pool"));
    m_pool->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_volume->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_volume->setMinimumContentsLength(24);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pool);
    layout->addWidget(m_volume, 1);
    m_volume->setVisible(kind != Kind::PoolOnly);
    if (kind == Kind::PoolOnly)
        layout->addStretch(1);

    connect(m_pool, &QComboBox::currentIndexChanged, this, [this] {
        m_wantedPool = pool();
        m_data->loadVolumes(pool());
        fillVolumes();
        Q_EMIT changed();
    });
    connect(m_volume, &QComboBox::currentIndexChanged, this, [this] {
        if (!volumePath().isEmpty())
            m_wantedVolume = volumePath();
        Q_EMIT changed();
    });
    connect(data, &NewVmHostData::poolsChanged, this, &VolumePicker::fillPools);
    connect(data, &NewVmHostData::providerChanged, this, &VolumePicker::fillPools);
    connect(data, &NewVmHostData::volumesChanged, this, [this](const QString &changedPool) {
        if (changedPool == pool()) {
            fillVolumes();
            Q_EMIT changed();
        }
    });
    fillPools();
}

bool VolumePicker::isIso(const StorageVolumeInfo &volume)
{
    return volume.format == u"iso"_s || volume.name.endsWith(u".iso"_s, Qt::CaseInsensitive);
}

QString VolumePicker::pool() const
{
    return m_pool->currentData().toString();
}

QString VolumePicker::volumePath() const
{
    return m_kind == Kind::PoolOnly ? QString() : m_volume->currentData().toString();
}

std::optional<StorageVolumeInfo> VolumePicker::volume() const
{
    const QString path = volumePath();
    for (const StorageVolumeInfo &info : m_data->volumes(pool())) {
        if (!path.isEmpty() && info.path == path)
            return info;
    }
    return std::nullopt;
}

bool VolumePicker::setPool(const QString &name)
{
    m_wantedPool = name;
    const int index = m_pool->findData(name);
    if (index < 0)
        return false;
    m_pool->setCurrentIndex(index);
    return true;
}

bool VolumePicker::setVolume(const QString &nameOrPath)
{
    m_wantedVolume = nameOrPath;
    for (int i = 0; i < m_volume->count(); ++i) {
        const QString path = m_volume->itemData(i).toString();
        if (path == nameOrPath || path.section(u'/', -1) == nameOrPath) {
            m_volume->setCurrentIndex(i);
            m_wantedVolume = path;
            return true;
        }
    }
    return false;
}

QString VolumePicker::problem() const
{
    if (!m_data->provider())
        return tr("Choose a host first");
    if (!m_data->poolsLoaded())
        return tr("Reading the storage pools…");
    if (!m_data->error(u"pools"_s).isEmpty())
        return m_data->error(u"pools"_s);
    if (m_pool->count() == 0)
        return tr("%1 has no storage pools: create one on the host's Storage tab").arg(m_data->hostName());
    const std::optional<StoragePoolInfo> info = m_data->pool(pool());
    if (!info)
        return tr("Choose a storage pool");
    if (!info->active)
        return tr("Pool '%1' is not active: start it on the host's Storage tab").arg(info->name);
    if (m_kind == Kind::PoolOnly)
        return {};
    if (!m_data->volumesLoaded(pool()))
        return tr("Reading the volumes of pool '%1'…").arg(pool());
    if (const QString error = m_data->error(u"volumes:"_s + pool()); !error.isEmpty())
        return error;
    if (m_volume->count() == 0) {
        return m_kind == Kind::IsoImages ? tr("Pool '%1' holds no ISO images").arg(pool())
                                         : tr("Pool '%1' holds no disk images").arg(pool());
    }
    return {};
}

void VolumePicker::fillPools()
{
    const QSignalBlocker blocker(m_pool);
    m_pool->clear();
    auto *model = qobject_cast<QStandardItemModel *>(m_pool->model());
    for (const StoragePoolInfo &info : m_data->pools()) {
        const QString label = info.active ? tr("%1 (%2 free)").arg(info.name, formatBytes(double(info.available)))
                                          : tr("%1 (inactive)").arg(info.name);
        m_pool->addItem(label, info.name);
        if (!info.active && model)
            model->item(m_pool->count() - 1)->setEnabled(false);
    }
    int index = m_pool->findData(m_wantedPool);
    if (index < 0 || (model && !model->item(index)->isEnabled())) {
        // The first active pool.
        index = -1;
        for (int i = 0; i < m_pool->count() && index < 0; ++i) {
            if (!model || model->item(i)->isEnabled())
                index = i;
        }
    }
    m_pool->setCurrentIndex(index);
    m_data->loadVolumes(pool());
    fillVolumes();
    Q_EMIT changed();
}

void VolumePicker::fillVolumes()
{
    if (m_kind == Kind::PoolOnly)
        return;
    const QSignalBlocker blocker(m_volume);
    m_volume->clear();
    int firstUnused = -1;
    for (const StorageVolumeInfo &info : m_data->volumes(pool())) {
        if (isIso(info) != (m_kind == Kind::IsoImages))
            continue;
        QString label = tr("%1 (%2, %3)").arg(info.name, info.format.isEmpty() ? tr("unknown format") : info.format,
                                              formatBytes(double(info.capacity)));
        if (!info.usedBy.isEmpty())
            label += u" — "_s + tr("used by %1").arg(info.usedBy.join(u", "_s));
        m_volume->addItem(label, info.path);
        m_volume->setItemData(m_volume->count() - 1, info.path, Qt::ToolTipRole);
        if (firstUnused < 0 && info.usedBy.isEmpty())
            firstUnused = m_volume->count() - 1;
    }
    int index = -1;
    for (int i = 0; i < m_volume->count(); ++i) {
        const QString path = m_volume->itemData(i).toString();
        if (path == m_wantedVolume || path.section(u'/', -1) == m_wantedVolume)
            index = i;
    }
    // Without a choice yet: a volume no VM uses (a disk of another VM is rarely what is meant).
    if (index < 0)
        index = firstUnused >= 0 ? firstUnused : (m_volume->count() > 0 ? 0 : -1);
    m_volume->setCurrentIndex(index);
}

} // namespace welkin
