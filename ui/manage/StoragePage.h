#pragma once

#include "PageSupport.h"
#include "manage/StorageTypes.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QToolBar;
class QTreeView;

namespace welkin {

class HostStorage;
class LibvirtProvider;
class PoolDialog;
class StoragePoolModel;
class StorageVolumeModel;
class Task;
class VolumeDialog;

// The host's "Storage" tab: its pools (type, state, autostart, usage bar) and the volumes of the
// selected pool, with the actions on both. Every call is a Task (HostStorage); the page lists
// again when it is shown and after each of its own tasks, and says what failed in its error line.
class StoragePage : public QWidget
{
    Q_OBJECT
public:
    enum class Act { NewPool, StartPool, StopPool, RefreshPool, AutostartPool, DeletePool,
                     NewVolume, ResizeVolume, DeleteVolume, Upload, Download };

    explicit StoragePage(QWidget *parent = nullptr);

    void setProvider(LibvirtProvider *provider);
    LibvirtProvider *provider() const;
    void refresh();

    StoragePoolModel *poolModel() const { return m_pools; }
    StorageVolumeModel *volumeModel() const { return m_volumes; }
    QTreeView *poolView() const { return m_poolView; }
    QTreeView *volumeView() const { return m_volumeView; }
    QLabel *errorLine() const { return m_host.errorLine(); }
    QAction *action(Act act) const;
    QString selectedPool() const;
    QString selectedVolume() const;
    bool selectPool(const QString &name);
    bool selectVolume(const QString &name);

    // The dialogs, opened window-modal and non-blocking; OK runs the operation.
    PoolDialog *openNewPoolDialog();
    VolumeDialog *openNewVolumeDialog();
    VolumeDialog *openResizeDialog();
    // The operations behind the actions (after their dialogs and confirmations).
    Task *createPool(const StoragePoolSpec &spec);
    Task *deletePool(const QString &pool, bool deleteData);
    Task *createVolume(const StorageVolumeSpec &spec);
    Task *resizeVolume(const QString &volume, quint64 capacity);
    Task *deleteVolume(const QString &volume);
    Task *upload(const QString &localPath, const QString &volumeName, const QString &format = {});
    Task *download(const QString &volume, const QString &localPath);

Q_SIGNALS:
    // After each listing of the pools (ok false: the error line says why).
    void poolsListed(bool ok);
    void volumesListed(bool ok);

private:
    void createActions();
    QWidget *createPoolPane();
    QWidget *createVolumePane();
    void listVolumes();
    void poolSelectionChanged();
    void updateActions();
    void confirmDeletePool();
    void confirmDeleteVolume();
    void chooseUpload();
    void chooseDownload();
    HostStorage storage() const;

    StoragePoolModel *m_pools;
    StorageVolumeModel *m_volumes;
    QTreeView *m_poolView;
    QTreeView *m_volumeView;
    QLabel *m_volumeTitle;
    hostpage::HostLink m_host;
    hostpage::ListingGate m_poolListing;
    hostpage::ListingGate m_volumeListing;
    QHash<Act, QAction *> m_actions;
    QStringList m_poolTypes;
    bool m_poolTypesAsked = false;
    QString m_volumesOf;    // the pool m_volumes lists
    QString m_selectPool;   // select when it appears (a pool just created)
    QString m_selectVolume;
};

} // namespace welkin
