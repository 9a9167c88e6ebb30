#include "StoragePage.h"

#include "CapacityBarDelegate.h"
#include "PageSupport.h"
#include "PoolDialog.h"
#include "StorageModels.h"
#include "VolumeDialog.h"
#include "providers/Task.h"
#include "providers/libvirt/HostStorage.h"
#include "providers/libvirt/LibvirtProvider.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace welkin {

using namespace Qt::StringLiterals;

StoragePage::StoragePage(QWidget *parent)
    : QWidget(parent), m_pools(new StoragePoolModel(this)), m_volumes(new StorageVolumeModel(this)),
      m_poolView(hostpage::makeTable(m_pools, u"poolView"_s)),
      m_volumeView(hostpage::makeTable(m_volumes, u"volumeView"_s)),
      m_volumeTitle(new QLabel), m_host(this, u"storageError"_s, [this] { refresh(); }), m_poolListing(m_host),
      m_volumeListing(m_host)
{
    setObjectName(u"storagePage"_s);
    createActions();
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(createPoolPane());
    splitter->addWidget(createVolumePane());
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_host.errorLine());
    layout->addWidget(splitter, 1);

    connect(m_poolView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &StoragePage::poolSelectionChanged);
    connect(m_volumeView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &StoragePage::updateActions);
    connect(m_pools, &QAbstractItemModel::dataChanged, this, &StoragePage::updateActions);
    connect(m_volumes, &QAbstractItemModel::dataChanged, this, &StoragePage::updateActions);
    updateActions();
}

void StoragePage::createActions()
{
    const auto add = [this](Act act, const QString &text, const char *themeIcon, QStyle::StandardPixmap fallback) {
        auto *action = new QAction(QIcon::fromTheme(QString::fromLatin1(themeIcon), style()->standardIcon(fallback)), text, this);
        m_actions.insert(act, action);
        return action;
    };
    connect(add(Act::NewPool, tr("New Pool…"), "folder-new", QStyle::SP_FileDialogNewFolder), &QAction::triggered,
            this, &StoragePage::openNewPoolDialog);
    connect(add(Act::StartPool, tr("Start"), "media-playback-start", QStyle::SP_MediaPlay), &QAction::triggered, this,
            [this] { m_host.follow(storage().startPool(selectedPool())); });
    connect(add(Act::StopPool, tr("Stop"), "media-playback-stop", QStyle::SP_MediaStop), &QAction::triggered, this,
            [this] { m_host.follow(storage().stopPool(selectedPool())); });
    connect(add(Act::RefreshPool, tr("Refresh"), "view-refresh", QStyle::SP_BrowserReload), &QAction::triggered, this,
            [this] { m_host.follow(storage().refreshPool(selectedPool())); });
    QAction *autostart = add(Act::AutostartPool, tr("Autostart"), "system-run", QStyle::SP_DialogYesButton);
    autostart->setCheckable(true);
    autostart->setToolTip(tr("Start the pool when the host boots"));
    connect(autostart, &QAction::triggered, this,
            [this](bool on) { m_host.follow(storage().setPoolAutostart(selectedPool(), on)); });
    connect(add(Act::DeletePool, tr("Delete Pool…"), "edit-delete", QStyle::SP_TrashIcon), &QAction::triggered, this,
            &StoragePage::confirmDeletePool);
    connect(add(Act::NewVolume, tr("New Volume…"), "document-new", QStyle::SP_FileIcon), &QAction::triggered, this,
            &StoragePage::openNewVolumeDialog);
    connect(add(Act::ResizeVolume, tr("Resize…"), "zoom-fit-best", QStyle::SP_ArrowUp), &QAction::triggered, this,
            &StoragePage::openResizeDialog);
    connect(add(Act::DeleteVolume, tr("Delete Volume…"), "edit-delete", QStyle::SP_TrashIcon), &QAction::triggered,
            this, &StoragePage::confirmDeleteVolume);
    connect(add(Act::Upload, tr("Upload…"), "go-up", QStyle::SP_ArrowUp), &QAction::triggered, this,
            &StoragePage::chooseUpload);
    connect(add(Act::Download, tr("Download…"), "go-down", QStyle::SP_ArrowDown), &QAction::triggered, this,
            &StoragePage::chooseDownload);
    m_actions.value(Act::Upload)->setToolTip(tr("Upload a local ISO or disk image into the pool"));
    m_actions.value(Act::Download)->setToolTip(tr("Save the volume to a local file"));
}

QWidget *StoragePage::createPoolPane()
{
    const QList<QAction *> actions = {action(Act::NewPool), nullptr, action(Act::StartPool), action(Act::StopPool),
                                      action(Act::RefreshPool), action(Act::AutostartPool), nullptr,
                                      action(Act::DeletePool)};
    auto *pane = new QWidget;
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(hostpage::makeToolBar(u"poolToolBar"_s, actions));
    layout->addWidget(m_poolView);
    m_poolView->setItemDelegateForColumn(StoragePoolModel::UsageColumn, new CapacityBarDelegate(m_poolView));
    QHeaderView *header = m_poolView->header();
    header->resizeSection(StoragePoolModel::NameColumn, 130);
    header->resizeSection(StoragePoolModel::TypeColumn, 130);
    header->resizeSection(StoragePoolModel::StateColumn, 70);
    header->resizeSection(StoragePoolModel::AutostartColumn, 75);
    header->resizeSection(StoragePoolModel::UsageColumn, 300);
    QMenu *menu = hostpage::makeMenu(this, actions);
    connect(m_poolView, &QWidget::customContextMenuRequested, this,
            [this, menu](const QPoint &pos) { menu->popup(m_poolView->viewport()->mapToGlobal(pos)); });
    return pane;
}

QWidget *StoragePage::createVolumePane()
{
    const QList<QAction *> actions = {action(Act::NewVolume), action(Act::ResizeVolume), action(Act::DeleteVolume),
                                      nullptr, action(Act::Upload), action(Act::Download)};
    auto *pane = new QWidget;
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(0);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(8, 0, 0, 0);
    m_volumeTitle->setObjectName(u"volumeTitle"_s);
    QFont bold = m_volumeTitle->font();
    bold.setBold(true);
    m_volumeTitle->setFont(bold);
    bar->addWidget(m_volumeTitle);
    bar->addWidget(hostpage::makeToolBar(u"volumeToolBar"_s, actions), 1);
    layout->addLayout(bar);
    layout->addWidget(m_volumeView);
    QHeaderView *header = m_volumeView->header();
    header->resizeSection(StorageVolumeModel::NameColumn, 240);
    header->resizeSection(StorageVolumeModel::FormatColumn, 70);
    header->resizeSection(StorageVolumeModel::CapacityColumn, 100);
    header->resizeSection(StorageVolumeModel::AllocationColumn, 100);
    QMenu *menu = hostpage::makeMenu(this, actions);
    connect(m_volumeView, &QWidget::customContextMenuRequested, this,
            [this, menu](const QPoint &pos) { menu->popup(m_volumeView->viewport()->mapToGlobal(pos)); });
    return pane;
}

QAction *StoragePage::action(Act act) const
{
    return m_actions.value(act);
}

LibvirtProvider *StoragePage::provider() const
{
    return m_host.provider();
}

HostStorage StoragePage::storage() const
{
    return HostStorage(m_host.provider());
}

void StoragePage::setProvider(LibvirtProvider *provider)
{
    if (!m_host.setProvider(provider))
        return;
    m_poolTypes.clear();
    m_poolTypesAsked = false;
    m_volumesOf.clear();
    // Another host: its pools are not the same objects, so rows go and come (no reset either).
    m_volumes->setVolumes({});
    m_pools->setPools({});
    m_host.refreshIfShown();
}

void StoragePage::refresh()
{
    if (!m_host.provider() || m_poolListing.deferIfBusy())
        return;
    Task *task = storage().listPools();
    m_poolListing.run(task, [this, task](bool ok) {
        if (ok) {
            m_pools->setPools(task->result().value<QList<StoragePoolInfo>>());
            m_host.showError({}, true);
            if (!m_selectPool.isEmpty() && selectPool(m_selectPool))
                m_selectPool.clear();
            else if (selectedPool().isEmpty() && m_pools->rowCount() > 0)
                selectPool(m_pools->rows().constFirst().name);
        } else {
            m_host.showError(task->errorText(), true);
        }
        updateActions();
        Q_EMIT poolsListed(ok);
        if (m_poolListing.takeAgain())
            refresh();
        else
            listVolumes();
    });
}

void StoragePage::listVolumes()
{
    const QString pool = selectedPool();
    const StoragePoolInfo *info = m_pools->pool(pool);
    if (pool != m_volumesOf) {
        m_volumes->setVolumes({});
        m_volumesOf = pool;
    }
    m_volumeTitle->setText(pool.isEmpty() ? tr("Volumes") : tr("Volumes in '%1'").arg(pool));
    if (!m_host.provider() || !info || !info->active) { // an inactive pool lists nothing
        m_volumes->setVolumes({});
        updateActions();
        return;
    }
    if (m_volumeListing.deferIfBusy())
        return;
    Task *task = storage().listVolumes(pool);
    m_volumeListing.run(task, [this, task, pool](bool ok) {
        if (pool == m_volumesOf) {
            if (ok) {
                m_volumes->setVolumes(task->result().value<QList<StorageVolumeInfo>>());
                if (!m_selectVolume.isEmpty() && selectVolume(m_selectVolume))
                    m_selectVolume.clear();
            } else {
                m_host.showError(task->errorText(), true);
            }
            updateActions();
            Q_EMIT volumesListed(ok);
        }
        if (m_volumeListing.takeAgain() || pool != m_volumesOf)
            listVolumes();
    });
}

void StoragePage::poolSelectionChanged()
{
    updateActions();
    if (selectedPool() != m_volumesOf)
        listVolumes();
}

QString StoragePage::selectedPool() const
{
    const QModelIndexList rows = m_poolView->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.constFirst().siblingAtColumn(0).data().toString();
}

QString StoragePage::selectedVolume() const
{
    const QModelIndexList rows = m_volumeView->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.constFirst().siblingAtColumn(0).data().toString();
}

bool StoragePage::selectPool(const QString &name)
{
    const int row = m_pools->rowOf(name);
    if (row < 0)
        return false;
    m_poolView->selectionModel()->setCurrentIndex(m_pools->index(row, 0),
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

bool StoragePage::selectVolume(const QString &name)
{
    const int row = m_volumes->rowOf(name);
    if (row < 0)
        return false;
    m_volumeView->selectionModel()->setCurrentIndex(m_volumes->index(row, 0),
                                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

void StoragePage::updateActions()
{
    const StoragePoolInfo *pool = m_pools->pool(selectedPool());
    const StorageVolumeInfo *volume = m_volumes->volume(selectedVolume());
    const bool connected = m_host.provider();
    action(Act::NewPool)->setEnabled(connected);
    action(Act::StartPool)->setEnabled(pool && !pool->active);
    action(Act::StopPool)->setEnabled(pool && pool->active);
    action(Act::RefreshPool)->setEnabled(pool && pool->active);
    action(Act::AutostartPool)->setEnabled(pool && pool->persistent);
    action(Act::AutostartPool)->setChecked(pool && pool->autostart);
    action(Act::DeletePool)->setEnabled(pool);
    action(Act::NewVolume)->setEnabled(pool && pool->active);
    action(Act::Upload)->setEnabled(pool && pool->active);
    action(Act::ResizeVolume)->setEnabled(volume);
    action(Act::DeleteVolume)->setEnabled(volume);
    action(Act::Download)->setEnabled(volume);
}

PoolDialog *StoragePage::openNewPoolDialog()
{
    auto *dialog = new PoolDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setExistingPools(m_pools->rows());
    dialog->setPoolTypes(m_poolTypes);
    if (!m_poolTypesAsked && m_host.provider()) {
        // Once per host: dir is offered at once, the others when the host has answered.
        m_poolTypesAsked = true;
        Task *task = storage().poolTypes();
        connect(task, &Task::finished, task, &QObject::deleteLater);
        m_host.whenFinished(task, [this, task, dialog = QPointer(dialog)](bool ok) {
            m_poolTypesAsked = ok; // a host that cannot tell keeps "dir" and is asked again next time
            if (!ok)
                return;
            m_poolTypes = task->result().toStringList();
            if (dialog)
                dialog->setPoolTypes(m_poolTypes);
        });
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog] { createPool(dialog->spec()); });
    dialog->open();
    return dialog;
}

VolumeDialog *StoragePage::openNewVolumeDialog()
{
    const StoragePoolInfo *pool = m_pools->pool(selectedPool());
    if (!pool)
        return nullptr;
    auto *dialog = new VolumeDialog(VolumeDialog::Mode::Create, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setPool(*pool);
    QStringList names;
    for (const StorageVolumeInfo &volume : m_volumes->rows())
        names.append(volume.name);
    dialog->setExistingNames(names);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { createVolume(dialog->spec()); });
    dialog->open();
    return dialog;
}

VolumeDialog *StoragePage::openResizeDialog()
{
    const StoragePoolInfo *pool = m_pools->pool(selectedPool());
    const StorageVolumeInfo *volume = m_volumes->volume(selectedVolume());
    if (!pool || !volume)
        return nullptr;
    auto *dialog = new VolumeDialog(VolumeDialog::Mode::Resize, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setPool(*pool);
    dialog->setVolume(*volume);
    const QString name = volume->name;
    connect(dialog, &QDialog::accepted, this, [this, dialog, name] { resizeVolume(name, dialog->sizeBytes()); });
    dialog->open();
    return dialog;
}

Task *StoragePage::createPool(const StoragePoolSpec &spec)
{
    m_selectPool = spec.name;
    return m_host.follow(storage().createPool(spec));
}

Task *StoragePage::deletePool(const QString &pool, bool deleteData)
{
    return m_host.follow(storage().deletePool(pool, deleteData));
}

Task *StoragePage::createVolume(const StorageVolumeSpec &spec)
{
    m_selectVolume = spec.name;
    return m_host.follow(storage().createVolume(selectedPool(), spec));
}

Task *StoragePage::resizeVolume(const QString &volume, quint64 capacity)
{
    return m_host.follow(storage().resizeVolume(selectedPool(), volume, capacity));
}

Task *StoragePage::deleteVolume(const QString &volume)
{
    return m_host.follow(storage().deleteVolume(selectedPool(), volume));
}

Task *StoragePage::upload(const QString &localPath, const QString &volumeName, const QString &format)
{
    m_selectVolume = volumeName;
    return m_host.follow(storage().uploadVolume(selectedPool(), localPath, volumeName, format));
}

Task *StoragePage::download(const QString &volume, const QString &localPath)
{
    return m_host.follow(storage().downloadVolume(selectedPool(), volume, localPath));
}

void StoragePage::confirmDeletePool()
{
    const StoragePoolInfo *pool = m_pools->pool(selectedPool());
    if (!pool)
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete Storage Pool"),
                                tr("Delete storage pool '%1'?").arg(pool->name), QMessageBox::Cancel, this);
    box->setObjectName(u"deletePoolConfirmation"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *remove = box->addButton(tr("Delete Pool"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    const int volumes = pool->name == m_volumesOf ? int(m_volumes->rowCount()) : 0;
    box->setInformativeText(
        (pool->active ? tr("The pool will be stopped and removed from the host.")
                      : tr("The pool will be removed from the host."))
        + u' ' + (volumes > 0 ? tr("Its volumes (%n) stay on disk unless you delete them first.", nullptr, volumes)
                              : tr("Its files stay on disk.")));
    auto *data = new QCheckBox(pool->type == u"dir" ? tr("Also delete the directory %1 (it must be empty)").arg(pool->targetPath)
                                                    : tr("Also delete the pool's data on its source"));
    data->setObjectName(u"deletePoolData"_s);
    box->setCheckBox(data);
    const QString name = pool->name;
    connect(box, &QMessageBox::finished, this, [this, box, remove, data, name] {
        if (box->clickedButton() == remove)
            deletePool(name, data->isChecked());
    });
    box->open();
}

void StoragePage::confirmDeleteVolume()
{
    const StorageVolumeInfo *volume = m_volumes->volume(selectedVolume());
    if (!volume)
        return;
    if (!volume->usedBy.isEmpty()) { // nothing to confirm: the job would refuse it too
        const QString users = u"'"_s + volume->usedBy.join(u"', '"_s) + u"'"_s;
        m_host.showError(volume->usedBy.size() == 1 ? tr("Volume '%1' is used by VM %2").arg(volume->name, users)
                                             : tr("Volume '%1' is used by VMs %2").arg(volume->name, users),
                  false);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete Volume"),
                                tr("Delete volume '%1' from pool '%2'?").arg(volume->name, volume->pool.isEmpty() ? m_volumesOf : volume->pool),
                                QMessageBox::Cancel, this);
    box->setObjectName(u"deleteVolumeConfirmation"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *remove = box->addButton(tr("Delete Volume"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setInformativeText(tr("Its data is deleted and cannot be recovered."));
    const QString name = volume->name;
    connect(box, &QMessageBox::finished, this, [this, box, remove, name] {
        if (box->clickedButton() == remove)
            deleteVolume(name);
    });
    box->open();
}

void StoragePage::chooseUpload()
{
    const QString pool = selectedPool();
    auto *dialog = new QFileDialog(this, tr("Upload to Pool '%1'").arg(pool), QDir::homePath(),
                                   tr("Disk images and ISOs (*.iso *.qcow2 *.img *.raw);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this, pool](const QString &path) {
        const QFileInfo file(path);
        if (m_volumes->rowOf(file.fileName()) >= 0) {
            m_host.showError(tr("A volume named '%1' already exists in pool '%2'").arg(file.fileName(), pool), false);
            return;
        }
        const QString suffix = file.suffix().toLower();
        const QString format = suffix == u"iso" ? u"iso"_s : suffix == u"qcow2" ? u"qcow2"_s : u"raw"_s;
        selectPool(pool);
        upload(path, file.fileName(), format);
    });
    dialog->open();
}

void StoragePage::chooseDownload()
{
    const QString volume = selectedVolume();
    if (volume.isEmpty())
        return;
    auto *dialog = new QFileDialog(this, tr("Download Volume '%1'").arg(volume), QDir::home().filePath(volume));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    connect(dialog, &QFileDialog::fileSelected, this, [this, volume](const QString &path) { download(volume, path); });
    dialog->open();
}

} // namespace welkin
