#pragma once

#include "manage/StorageTypes.h"

#include <QWidget>

#include <optional>

class QComboBox;

namespace welkin {

class NewVmHostData;

// A storage pool and, unless it picks pools only, one of its volumes: ISO images or disk images.
// Fed by NewVmHostData; keeps the choice across reloads when it still exists.
class VolumePicker : public QWidget
{
    Q_OBJECT
public:
    enum class Kind { PoolOnly, IsoImages, DiskImages };

    VolumePicker(NewVmHostData *data, Kind kind, const QString &objectPrefix, QWidget *parent = nullptr);

    QComboBox *poolCombo() const { return m_pool; }
    QComboBox *volumeCombo() const { return m_volume; }
    QString pool() const;
    QString volumePath() const;
    std::optional<StorageVolumeInfo> volume() const;
    bool setPool(const QString &pool);
    bool setVolume(const QString &nameOrPath);
    // Why nothing usable is chosen ("Pool 'iso' holds no ISO images"); empty when fine.
    QString problem() const;

    static bool isIso(const StorageVolumeInfo &volume);

Q_SIGNALS:
    void changed();

private:
    void fillPools();
    void fillVolumes();

    NewVmHostData *m_data;
    Kind m_kind;
    QComboBox *m_pool;
    QComboBox *m_volume;
    QString m_wantedPool;
    QString m_wantedVolume;
};

} // namespace welkin
