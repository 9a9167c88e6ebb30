#include "NewVmSourcePage.h"

#include "ManageSupport.h"
#include "NewVmHostData.h"
#include "NewVmWizard.h"
#include "VolumePicker.h"
#include "manage/CloudInitSeed.h"
#include "manage/NameRules.h"
#include "metrics/Metric.h"
#include "providers/ProviderManager.h"
#include "providers/libvirt/LibvirtProvider.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace welkin {

using namespace Qt::StringLiterals;

namespace {

QLabel *hint(const QString &text)
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    label->setEnabled(false);
    return label;
}

QFormLayout *formOn(QWidget *widget)
{
    auto *form = new QFormLayout(widget);
    form->setContentsMargins(24, 4, 0, 0);
    return form;
}

// Whether the host's files are this computer's files (a local daemon, as in qemu:///system).
bool hostIsLocal(const LibvirtProvider *provider)
{
    if (!provider)
        return false;
    const QUrl url(provider->profile().uri);
    return url.host().isEmpty() || url.host() == u"localhost"_s;
}

} // namespace

NewVmSourcePage::NewVmSourcePage(ProviderManager *providers, NewVmHostData *data, QWidget *parent)
    : QWizardPage(parent), m_providers(providers), m_data(data), m_host(new QComboBox), m_name(new QLineEdit),
      m_nameMessage(new QLabel), m_sources(new QButtonGroup(this)), m_forms(new QStackedWidget),
      m_sourceMessage(new QLabel), m_installSection(new QWidget), m_cloudHint(new QLabel)
{
    setTitle(tr("Name and installation source"));
    setSubTitle(tr("Where the new virtual machine runs, its name, and where its operating system comes from."));
    m_host->setObjectName(u"hostCombo"_s);
    m_name->setObjectName(u"nameEdit"_s);
    m_name->setPlaceholderText(tr("web-01"));
    m_name->setMaxLength(std::max(NameRules::maxLength(NameRules::Kind::Vm) * 2, 300)); // clouds: up to 255
    m_nameMessage->setObjectName(u"nameMessage"_s);
    m_nameMessage->setWordWrap(true);
    m_sourceMessage->setObjectName(u"sourceMessage"_s);
    m_sourceMessage->setWordWrap(true);

    auto *top = new QFormLayout;
    top->addRow(tr("&Host or cloud:"), m_host);
    top->addRow(tr("N&ame:"), m_name);
    top->addRow(QString(), m_nameMessage);

    auto *radios = new QVBoxLayout;
    radios->setSpacing(2);
    const std::pair<InstallSource, QString> choices[] = {
        {InstallSource::IsoVolume, tr("&ISO image in a storage pool")},
        {InstallSource::LocalIso, tr("&Local ISO file (uploaded to a pool)")},
        {InstallSource::ImportDisk, tr("Import an existing &disk image")},
        {InstallSource::Network, tr("Network &boot (PXE)")},
        {InstallSource::CloudImage, tr("&Cloud image with cloud-init")},
    };
    const char *ids[] = {"source-iso", "source-local-iso", "source-import", "source-network", "source-cloud"};
    for (int i = 0; i < 5; ++i) {
        auto *radio = new QRadioButton(choices[i].second);
        radio->setObjectName(QString::fromLatin1(ids[i]));
        m_sources->addButton(radio, int(choices[i].first));
        radios->addWidget(radio);
    }
    m_forms->addWidget(createIsoForm());
    m_forms->addWidget(createLocalIsoForm());
    m_forms->addWidget(createImportForm());
    m_forms->addWidget(createNetworkForm());
    m_forms->addWidget(createCloudForm());

    auto *install = new QVBoxLayout(m_installSection);
    install->setContentsMargins(0, 0, 0, 0);
    install->addSpacing(6);
    install->addWidget(new QLabel(tr("Install from:")));
    install->addLayout(radios);
    install->addWidget(m_forms);
    install->addWidget(m_sourceMessage);
    m_cloudHint->setObjectName(u"cloudHint"_s);
    m_cloudHint->setWordWrap(true);
    m_cloudHint->setText(tr("The cloud's sizes, images and networks come on the next page."));
    m_cloudHint->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_installSection);
    layout->addWidget(m_cloudHint);
    layout->addStretch(1);

    // The stack is as tall as the form shown, so the message sits right under it.
    auto showForm = [this](int id) {
        for (int i = 0; i < m_forms->count(); ++i)
            m_forms->widget(i)->setSizePolicy(QSizePolicy::Preferred, i == id ? QSizePolicy::Preferred : QSizePolicy::Ignored);
        m_forms->setCurrentIndex(id);
        m_forms->updateGeometry();
    };
    m_sources->button(int(InstallSource::IsoVolume))->setChecked(true);
    showForm(int(InstallSource::IsoVolume));
    connect(m_sources, &QButtonGroup::idToggled, this, [this, showForm](int id, bool on) {
        if (on) {
            showForm(id);
            updateState();
        }
    });
    connect(m_host, &QComboBox::currentIndexChanged, this, &NewVmSourcePage::onHostChosen);
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &name) {
        if (!m_hostNameEdited) {
            const QSignalBlocker blocker(m_cloudHost);
            m_cloudHost->setText(name.toLower());
        }
        updateState();
    });
    connect(m_data, &NewVmHostData::namesChanged, this, &NewVmSourcePage::updateState);
    connect(m_data, &NewVmHostData::readFailed, this, &NewVmSourcePage::updateState);
    for (VolumePicker *picker : {m_iso, m_localIsoPool, m_import, m_cloudImage})
        connect(picker, &VolumePicker::changed, this, &NewVmSourcePage::updateState);
    auto watch = [this](Provider *provider) {
        connect(provider, &Provider::stateChanged, this, &NewVmSourcePage::fillHosts);
    };
    for (Provider *provider : providers->providers())
        watch(provider);
    connect(providers, &ProviderManager::providerAdded, this, [this, watch](Provider *provider) {
        watch(provider);
        fillHosts();
    });
    connect(providers, &ProviderManager::providerRemoved, this, &NewVmSourcePage::fillHosts);
    fillHosts();
    updateState();
}

QWidget *NewVmSourcePage::createIsoForm()
{
    auto *widget = new QWidget;
    m_iso = new VolumePicker(m_data, VolumePicker::Kind::IsoImages, u"iso"_s);
    formOn(widget)->addRow(tr("ISO image:"), m_iso);
    return widget;
}

QWidget *NewVmSourcePage::createLocalIsoForm()
{
    auto *widget = new QWidget;
    m_localIso = new QLineEdit;
    m_localIso->setObjectName(u"localIsoEdit"_s);
    m_localIso->setPlaceholderText(tr("/home/me/Downloads/debian-12.iso"));
    auto *browse = new QPushButton(tr("Browse…"));
    browse->setObjectName(u"localIsoBrowse"_s);
    auto *row = new QHBoxLayout;
    row->addWidget(m_localIso, 1);
    row->addWidget(browse);
    m_localIsoPool = new VolumePicker(m_data, VolumePicker::Kind::PoolOnly, u"localIso"_s);
    QFormLayout *form = formOn(widget);
    form->addRow(tr("File:"), row);
    form->addRow(tr("Upload to pool:"), m_localIsoPool);
    form->addRow(hint(tr("The file is uploaded to the pool when you click Create, then attached as a CD.")));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Choose an ISO image"), m_localIso->text(),
                                                          tr("ISO images (*.iso);;All files (*)"));
        if (!file.isEmpty())
            m_localIso->setText(file);
    });
    connect(m_localIso, &QLineEdit::textChanged, this, &NewVmSourcePage::updateState);
    return widget;
}

QWidget *NewVmSourcePage::createImportForm()
{
    auto *widget = new QWidget;
    m_import = new VolumePicker(m_data, VolumePicker::Kind::DiskImages, u"import"_s);
    QFormLayout *form = formOn(widget);
    form->addRow(tr("Disk image:"), m_import);
    form->addRow(hint(tr("The VM boots from this volume as it is: it is not copied.")));
    return widget;
}

QWidget *NewVmSourcePage::createNetworkForm()
{
    auto *widget = new QWidget;
    formOn(widget)->addRow(hint(tr("The VM boots from the network: the network chosen on the Hardware page needs "
                                   "a PXE server. A new empty disk is created for the installation.")));
    return widget;
}

QWidget *NewVmSourcePage::createCloudForm()
{
    auto *widget = new QWidget;
    m_cloudImage = new VolumePicker(m_data, VolumePicker::Kind::DiskImages, u"cloud"_s);
    m_cloudUser = new QLineEdit;
    m_cloudUser->setObjectName(u"cloudUserEdit"_s);
    m_cloudUser->setPlaceholderText(tr("admin"));
    m_sshKey = new QComboBox;
    m_sshKey->setObjectName(u"sshKeyCombo"_s);
    m_sshKey->setEditable(true);
    m_sshKey->setInsertPolicy(QComboBox::NoInsert);
    m_sshKey->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_sshKey->setMinimumContentsLength(30);
    m_sshKey->lineEdit()->setPlaceholderText(tr("ssh-ed25519 AAAA… (paste a public key)"));
    for (const QString &key : manage::sshPublicKeys())
        m_sshKey->addItem(key);
    // Keys are long: show their type and start, not their comment end.
    m_sshKey->lineEdit()->setCursorPosition(0);
    connect(m_sshKey, &QComboBox::currentIndexChanged, this, [this] { m_sshKey->lineEdit()->setCursorPosition(0); });
    m_cloudHost = new QLineEdit;
    m_cloudHost->setObjectName(u"cloudHostEdit"_s);
    m_userData = new QPlainTextEdit;
    m_userData->setObjectName(u"userDataEdit"_s);
    m_userData->setPlaceholderText(tr("Optional #cloud-config lines, e.g.\npackages: [qemu-guest-agent]"));
    m_userData->setFixedHeight(m_userData->fontMetrics().lineSpacing() * 4 + 12);
    QFormLayout *form = formOn(widget);
    form->addRow(tr("Base image:"), m_cloudImage);
    form->addRow(tr("User name:"), m_cloudUser);
    form->addRow(tr("SSH public key:"), m_sshKey);
    form->addRow(tr("Host name:"), m_cloudHost);
    form->addRow(tr("Extra user-data:"), m_userData);
    connect(m_cloudUser, &QLineEdit::textChanged, this, &NewVmSourcePage::updateState);
    connect(m_sshKey, &QComboBox::currentTextChanged, this, &NewVmSourcePage::updateState);
    connect(m_cloudHost, &QLineEdit::textEdited, this, [this] { m_hostNameEdited = true; });
    connect(m_cloudHost, &QLineEdit::textChanged, this, &NewVmSourcePage::updateState);
    connect(m_userData, &QPlainTextEdit::textChanged, this, &NewVmSourcePage::updateState);
    return widget;
}

void NewVmSourcePage::setHost(const QString &providerId)
{
    m_preferredHost = providerId;
    const int index = m_host->findData(providerId);
    if (index >= 0)
        m_host->setCurrentIndex(index);
}

QString NewVmSourcePage::hostId() const
{
    return m_host->currentData().toString();
}

InstallSource NewVmSourcePage::source() const
{
    return static_cast<InstallSource>(m_sources->checkedId());
}

void NewVmSourcePage::setSource(InstallSource source)
{
    m_sources->button(int(source))->setChecked(true);
}

void NewVmSourcePage::fillHosts()
{
    const QString current = hostId().isEmpty() ? m_preferredHost : hostId();
    const QSignalBlocker blocker(m_host);
    m_host->clear();
    for (LibvirtProvider *provider : manage::connectedLibvirtProviders(m_providers))
        m_host->addItem(provider->displayName(), provider->id());
    for (Provider *provider : m_providers->providers()) {
        if (provider->canLaunch() && !manage::libvirtProvider(m_providers, provider->id()))
            m_host->addItem(tr("%1 (cloud)").arg(provider->displayName()), provider->id());
    }
    int index = m_host->findData(current);
    if (index < 0 && m_host->count() > 0)
        index = 0;
    m_host->setCurrentIndex(index);
    if (hostId().isEmpty() || !m_data->provider() || m_data->provider()->id() != hostId())
        onHostChosen();
}

void NewVmSourcePage::onHostChosen()
{
    m_data->setProvider(manage::libvirtProvider(m_providers, hostId()));
    const bool cloud = cloudChosen();
    m_installSection->setVisible(!cloud);
    m_cloudHint->setVisible(cloud);
    updateState();
}

bool NewVmSourcePage::cloudChosen() const
{
    return !hostId().isEmpty() && !manage::libvirtProvider(m_providers, hostId());
}

QString NewVmSourcePage::vmName() const
{
    return m_name->text();
}

int NewVmSourcePage::nextId() const
{
    return cloudChosen() ? NewVmWizard::CloudPageId : NewVmWizard::OsPageId;
}

QString NewVmSourcePage::nameProblem() const
{
    const QString name = m_name->text();
    if (name.isEmpty())
        return {}; // nothing typed yet: no scolding, Next stays disabled
    if (cloudChosen()) // clouds take any name up to 255 characters, duplicates included
        return name.trimmed().isEmpty() ? tr("The name is only blanks") : name.size() > 255 ? tr("The name is longer than 255 characters") : QString();
    if (const QString problem = NameRules::check(NameRules::Kind::Vm, name); !problem.isEmpty())
        return problem;
    if (m_data->vmNames().contains(name))
        return tr("A VM named '%1' already exists on %2").arg(name, m_data->hostName());
    return {};
}

QString NewVmSourcePage::localIsoProblem() const
{
    const QString path = m_localIso->text().trimmed();
    if (path.isEmpty())
        return tr("Choose the ISO file to upload");
    const QFileInfo file(path);
    if (!file.exists())
        return tr("The file %1 does not exist").arg(path);
    if (!file.isFile() || !file.isReadable())
        return tr("The file %1 cannot be read").arg(path);
    if (const QString problem = m_localIsoPool->problem(); !problem.isEmpty())
        return problem;
    const std::optional<StoragePoolInfo> pool = m_data->pool(m_localIsoPool->pool());
    if (pool && quint64(file.size()) > pool->available) {
        return tr("%1 (%2) does not fit into the %3 free in pool '%4'")
            .arg(file.fileName(), formatBytes(double(file.size())), formatBytes(double(pool->available)), pool->name);
    }
    if (pool) {
        // The same file uploaded before is used as it is; another file of that name is in the way.
        for (const StorageVolumeInfo &volume : m_data->volumes(pool->name)) {
            if (volume.name == file.fileName() && volume.capacity != quint64(file.size()))
                return tr("Pool '%1' already has a different volume named '%2': rename the file or delete that volume")
                    .arg(pool->name, volume.name);
        }
    }
    return {};
}

CloudInitSpec NewVmSourcePage::cloudInit() const
{
    CloudInitSpec spec;
    spec.userName = m_cloudUser->text().trimmed();
    spec.sshPublicKey = m_sshKey->currentText().trimmed();
    spec.hostName = m_cloudHost->text().trimmed();
    spec.extraUserData = m_userData->toPlainText();
    return spec;
}

QString NewVmSourcePage::sourceProblem() const
{
    if (hostId().isEmpty())
        return tr("No host or cloud is connected: add or reconnect one first");
    if (cloudChosen())
        return {};
    switch (source()) {
    case InstallSource::IsoVolume: return m_iso->problem();
    case InstallSource::LocalIso: return localIsoProblem();
    case InstallSource::ImportDisk: return m_import->problem();
    case InstallSource::Network: return {};
    case InstallSource::CloudImage:
        if (const QString problem = m_cloudImage->problem(); !problem.isEmpty())
            return problem;
        return CloudInitSeed::validate(cloudInit());
    }
    return {};
}

QString NewVmSourcePage::isoToDetect() const
{
    if (source() == InstallSource::LocalIso)
        return m_localIso->text().trimmed();
    if (source() == InstallSource::IsoVolume && hostIsLocal(m_data->provider())) {
        const QFileInfo file(m_iso->volumePath());
        if (file.isFile() && file.isReadable())
            return file.filePath();
    }
    return {};
}

void NewVmSourcePage::applyTo(NewVmSpec &spec) const
{
    spec.name = m_name->text();
    spec.source = source();
    spec.isoPath.clear();
    spec.localIsoPath.clear();
    spec.isoPool.clear();
    spec.importPath.clear();
    spec.cloudImagePath.clear();
    spec.cloudInit = {};
    switch (spec.source) {
    case InstallSource::IsoVolume: spec.isoPath = m_iso->volumePath(); break;
    case InstallSource::LocalIso:
        spec.localIsoPath = m_localIso->text().trimmed();
        spec.isoPool = m_localIsoPool->pool();
        break;
    case InstallSource::ImportDisk:
        spec.importPath = m_import->volumePath();
        if (const std::optional<StorageVolumeInfo> volume = m_import->volume())
            spec.disk.format = volume->format.isEmpty() ? u"raw"_s : volume->format;
        break;
    case InstallSource::Network: break;
    case InstallSource::CloudImage:
        spec.cloudImagePath = m_cloudImage->volumePath();
        spec.cloudInit = cloudInit();
        break;
    }
}

bool NewVmSourcePage::isComplete() const
{
    return !hostId().isEmpty() && !m_name->text().isEmpty() && nameProblem().isEmpty() && sourceProblem().isEmpty();
}

void NewVmSourcePage::initializePage()
{
    fillHosts();
    updateState();
}

void NewVmSourcePage::updateState()
{
    manage::showFieldMessage(m_nameMessage, nameProblem());
    const QString problem = sourceProblem();
    // "Reading…" is news and an empty required field a prompt, not errors.
    const bool prompt = problem.endsWith(u"…"_s)
        || (source() == InstallSource::LocalIso && m_localIso->text().trimmed().isEmpty())
        || (source() == InstallSource::CloudImage
            && (m_cloudUser->text().trimmed().isEmpty() || m_sshKey->currentText().trimmed().isEmpty()));
    manage::showFieldMessage(m_sourceMessage, problem, !prompt);
    Q_EMIT completeChanged();
}

} // namespace welkin
