#include "NewVmOsPage.h"

#include "ManageSupport.h"
#include "NewVmSourcePage.h"
#include "OsCatalogService.h"
#include "metrics/Metric.h"

#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace welkin {

using namespace Qt::StringLiterals;

namespace {

constexpr int ShortIdRole = Qt::UserRole + 1;
constexpr int SearchRole = Qt::UserRole + 2;

} // namespace

NewVmOsPage::NewVmOsPage(NewVmSourcePage *source, QWidget *parent)
    : QWizardPage(parent), m_source(source), m_status(new QLabel), m_filter(new QLineEdit), m_list(new QListView),
      m_model(new QStandardItemModel(this)), m_proxy(new QSortFilterProxyModel(this)), m_recommendation(new QLabel)
{
    setTitle(tr("Operating system"));
    setSubTitle(tr("The system sets the recommended hardware and whether the VM gets virtio devices."));
    m_status->setObjectName(u"osStatus"_s);
    m_status->setWordWrap(true);
    m_filter->setObjectName(u"osFilter"_s);
    m_filter->setPlaceholderText(tr("Search: debian, windows 11, fedora…"));
    m_filter->setClearButtonEnabled(true);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(SearchRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_list->setObjectName(u"osList"_s);
    m_list->setModel(m_proxy);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setUniformItemSizes(true);
    m_recommendation->setObjectName(u"osRecommendation"_s);
    m_recommendation->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_recommendation);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        if (!m_list->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_list->setCurrentIndex(m_proxy->index(0, 0));
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateRecommendation();
        Q_EMIT completeChanged();
    });
    OsCatalogService *catalog = OsCatalogService::instance();
    connect(catalog, &OsCatalogService::loaded, this, &NewVmOsPage::fillList);
    catalog->load();
    fillList();
}

void NewVmOsPage::fillList()
{
    const QString current = os() ? os()->shortId : m_pendingSelect;
    m_model->clear();
    auto *generic = new QStandardItem(tr("Generic or unknown operating system"));
    generic->setData(QString(), ShortIdRole);
    generic->setData(tr("generic unknown other"), SearchRole);
    m_model->appendRow(generic);
    OsCatalogService *catalog = OsCatalogService::instance();
    for (const OsInfoEntry &entry : catalog->systems()) {
        auto *item = new QStandardItem(entry.name);
        item->setData(entry.shortId, ShortIdRole);
        item->setData(u"%1 %2 %3 %4"_s.arg(entry.name, entry.shortId, entry.vendor, entry.distro), SearchRole);
        item->setToolTip(u"%1 · %2"_s.arg(entry.shortId, entry.vendor));
        m_model->appendRow(item);
    }
    if (!catalog->isLoaded())
        m_status->setText(tr("Loading the list of operating systems…"));
    else if (!catalog->errorString().isEmpty())
        m_status->setText(tr("The operating system list is not available (%1): generic defaults apply.")
                              .arg(catalog->errorString()));
    if (!selectOs(current))
        selectOs(QString());
}

std::optional<OsInfoEntry> NewVmOsPage::os() const
{
    const QString shortId = m_list->currentIndex().data(ShortIdRole).toString();
    if (shortId.isEmpty())
        return std::nullopt;
    return OsCatalogService::instance()->find(shortId);
}

bool NewVmOsPage::selectOs(const QString &shortId)
{
    m_pendingSelect = shortId;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->item(row)->data(ShortIdRole).toString() != shortId)
            continue;
        QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        if (!index.isValid()) { // filtered out: show everything rather than nothing
            m_filter->clear();
            index = m_proxy->mapFromSource(m_model->index(row, 0));
        }
        m_list->setCurrentIndex(index);
        m_list->scrollTo(index, QAbstractItemView::PositionAtCenter);
        return true;
    }
    return false;
}

bool NewVmOsPage::isComplete() const
{
    return m_list->currentIndex().isValid() && !m_detecting;
}

void NewVmOsPage::initializePage()
{
    detect();
    updateRecommendation();
}

void NewVmOsPage::detect()
{
    const QString path = m_source->isoToDetect();
    if (path.isEmpty()) {
        m_detectedFor.clear();
        switch (m_source->source()) {
        case InstallSource::IsoVolume:
            m_status->setText(tr("The ISO image is on the host, out of this computer's reach: choose its system below."));
            break;
        case InstallSource::CloudImage:
        case InstallSource::ImportDisk:
            m_status->setText(tr("Choose the system installed on the image."));
            break;
        default:
            m_status->setText(tr("Choose the system you are going to install."));
            break;
        }
        return;
    }
    if (path == m_detectedFor)
        return; // keep what the user picked after the last detection
    m_detectedFor = path;
    m_detecting = true;
    m_status->setText(tr("Detecting the operating system on %1…").arg(QFileInfo(path).fileName()));
    Q_EMIT completeChanged();
    OsCatalogService::instance()->identify(path, this, [this, path](const OsCatalog::Detection &detection) {
        m_detecting = false;
        const QString file = QFileInfo(path).fileName();
        if (detection.os) {
            selectOs(detection.os->shortId);
            m_status->setText(tr("Detected %1 on %2.").arg(detection.os->name, file));
        } else if (!detection.error.isEmpty()) {
            m_status->setText(tr("Could not read %1 (%2): choose its system below.").arg(file, detection.error));
        } else {
            m_status->setText(detection.volumeId.isEmpty()
                                  ? tr("%1 is not a system libosinfo knows: choose it below.").arg(file)
                                  : tr("%1 (volume '%2') is not a system libosinfo knows: choose it below.")
                                        .arg(file, detection.volumeId));
        }
        updateRecommendation();
        Q_EMIT completeChanged();
        Q_EMIT detectionFinished();
    });
}

void NewVmOsPage::updateRecommendation()
{
    const std::optional<OsInfoEntry> entry = os();
    if (!entry) {
        m_recommendation->setText(tr("Generic defaults: memory 1 GiB, disk 10 GiB, vCPUs 1, virtio devices."));
        return;
    }
    QStringList parts;
    if (entry->recommendedRamBytes > 0)
        parts.append(tr("memory %1").arg(formatBytes(double(entry->recommendedRamBytes))));
    if (entry->recommendedStorageBytes > 0)
        parts.append(tr("disk %1").arg(formatBytes(double(entry->recommendedStorageBytes))));
    if (entry->recommendedCpus > 0)
        parts.append(tr("vCPUs %1").arg(entry->recommendedCpus));
    QString text = parts.isEmpty() ? tr("libosinfo has no recommendation for %1.").arg(entry->name)
                                   : tr("Recommended for %1: %2.").arg(entry->name, parts.join(u", "_s));
    if (entry->minimumRamBytes > 0)
        text += u' ' + tr("At least %1 memory.").arg(formatBytes(double(entry->minimumRamBytes)));
    text += u' '
        + (entry->virtioDisk && entry->virtioNet ? tr("Virtio disk and network.")
                                                 : tr("Emulated disk and network (no virtio drivers)."));
    m_recommendation->setText(text);
}

} // namespace welkin
