#include "NewVmCloudPage.h"

#include "ManageSupport.h"
#include "NewVmSourcePage.h"
#include "metrics/Metric.h"
#include "providers/Provider.h"
#include "providers/ProviderManager.h"
#include "providers/Task.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace welkin {

using namespace Qt::StringLiterals;

namespace {

constexpr int idRole = Qt::UserRole;

QLabel *fieldProblemLabel(const char *name)
{
    auto *label = new QLabel;
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(true);
    label->hide();
    return label;
}

void fillChecklist(QListWidget *list, const QList<CloudOption> &options, const QStringList &checked)
{
    list->clear();
    for (const CloudOption &option : options) {
        auto *item = new QListWidgetItem(option.detail.isEmpty() ? option.name : u"%1 — %2"_s.arg(option.name, option.detail));
        item->setData(idRole, option.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        const bool on = checked.isEmpty() ? option.preselected : checked.contains(option.id);
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        list->addItem(item);
    }
}

QStringList checkedIds(const QListWidget *list)
{
    QStringList ids;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            ids.append(list->item(i)->data(idRole).toString());
    }
    return ids;
}

// The name a key gets on the cloud: the key's comment (user@host) without what clouds refuse.
QString keyPairNameFor(const QString &publicKeyLine)
{
    const QStringList parts = publicKeyLine.split(u' ', Qt::SkipEmptyParts);
    QString name = parts.size() > 2 ? parts.at(2) : u"welkin-key"_s;
    for (QChar &c : name) {
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_')
            c = u'-';
    }
    return name;
}

} // namespace

NewVmCloudPage::NewVmCloudPage(ProviderManager *providers, NewVmSourcePage *source, QWidget *parent)
    : QWizardPage(parent), m_providers(providers), m_source(source), m_location(new QComboBox),
      m_loading(new QLabel), m_sizes(new QTreeWidget), m_sizesProblem(fieldProblemLabel("sizesProblem")),
      m_image(new QComboBox), m_imagesProblem(fieldProblemLabel("imagesProblem")), m_networks(new QListWidget),
      m_networksProblem(fieldProblemLabel("networksProblem")), m_keyPair(new QComboBox),
      m_importKey(new QPushButton(tr("&Import Public Key…"))), m_keysProblem(fieldProblemLabel("keyPairsProblem")),
      m_groups(new QListWidget), m_groupsLabel(new QLabel(tr("Security &groups:"))),
      m_groupsProblem(fieldProblemLabel("securityGroupsProblem")), m_userData(new QPlainTextEdit), m_count(new QSpinBox),
      m_quota(new QLabel), m_message(new QLabel), m_progress(new QProgressBar), m_status(new QLabel), m_error(new QLabel)
{
    setTitle(tr("Size, image and network"));
    setSubTitle(tr("What the cloud offers for the new server, read from it just now."));
    setObjectName(u"cloudPage"_s);
    m_location->setObjectName(u"locationCombo"_s);
    m_loading->setObjectName(u"loadingLabel"_s);
    m_sizes->setObjectName(u"sizeTree"_s);
    m_sizes->setHeaderLabels({tr("Size"), tr("vCPUs"), tr("RAM"), tr("Disk")});
    m_sizes->setRootIsDecorated(false);
    m_sizes->setAllColumnsShowFocus(true);
    m_sizes->setMinimumHeight(110);
    m_sizes->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_image->setObjectName(u"imageCombo"_s);
    m_networks->setObjectName(u"networkList"_s);
    m_networks->setMaximumHeight(80);
    m_keyPair->setObjectName(u"keyPairCombo"_s);
    m_importKey->setObjectName(u"importKeyButton"_s);
    m_groups->setObjectName(u"securityGroupList"_s);
    m_groups->setMaximumHeight(70);
    m_groupsLabel->setBuddy(m_groups);
    m_userData->setObjectName(u"userDataEdit"_s);
    m_userData->setPlaceholderText(tr("#cloud-config\npackages: [nginx]"));
    m_userData->setMaximumHeight(70);
    m_count->setObjectName(u"countSpin"_s);
    m_count->setRange(1, 1);
    m_quota->setObjectName(u"quotaLabel"_s);
    m_quota->setWordWrap(true);
    m_message->setObjectName(u"cloudMessage"_s);
    m_message->setWordWrap(true);
    m_progress->setObjectName(u"cloudProgress"_s);
    m_progress->hide();
    m_status->setObjectName(u"cloudStatus"_s);
    m_status->setWordWrap(true);
    m_error->setObjectName(u"cloudError"_s);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_keyPair, 1);
    keyRow->addWidget(m_importKey);
    auto *userDataRow = new QHBoxLayout;
    userDataRow->addWidget(m_userData, 1);
    auto *loadUserData = new QPushButton(tr("Load…"));
    userDataRow->addWidget(loadUserData, 0, Qt::AlignTop);

    auto *form = new QFormLayout;
    form->addRow(tr("&Where:"), m_location);
    form->addRow(QString(), m_loading);
    form->addRow(tr("&Size:"), m_sizes);
    form->addRow(QString(), m_sizesProblem);
    form->addRow(tr("I&mage:"), m_image);
    form->addRow(QString(), m_imagesProblem);
    form->addRow(tr("&Networks:"), m_networks);
    form->addRow(QString(), m_networksProblem);
    auto *keyLabel = new QLabel(tr("&Key pair:"));
    keyLabel->setBuddy(m_keyPair);
    form->addRow(keyLabel, keyRow);
    form->addRow(QString(), m_keysProblem);
    form->addRow(m_groupsLabel, m_groups);
    form->addRow(QString(), m_groupsProblem);
    auto *userDataLabel = new QLabel(tr("&User-data:"));
    userDataLabel->setBuddy(m_userData);
    form->addRow(userDataLabel, userDataRow);
    form->addRow(tr("&Count:"), m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_quota);
    layout->addWidget(m_message);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_error);

    connect(m_location, &QComboBox::activated, this, [this] { readChoices(m_location->currentData().toString()); });
    connect(m_sizes, &QTreeWidget::currentItemChanged, this, &NewVmCloudPage::updateState);
    connect(m_image, &QComboBox::currentIndexChanged, this, &NewVmCloudPage::updateState);
    connect(m_networks, &QListWidget::itemChanged, this, &NewVmCloudPage::updateState);
    connect(m_keyPair, &QComboBox::currentIndexChanged, this, &NewVmCloudPage::updateState);
    connect(m_userData, &QPlainTextEdit::textChanged, this, &NewVmCloudPage::updateState);
    connect(m_count, &QSpinBox::valueChanged, this, &NewVmCloudPage::updateState);
    connect(m_importKey, &QPushButton::clicked, this, &NewVmCloudPage::importKey);
    connect(loadUserData, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Load User-Data"));
        QFile file(path);
        if (path.isEmpty())
            return;
        if (!file.open(QIODevice::ReadOnly) || file.size() > 1024 * 1024) {
            showFieldMessage(tr("Could not read %1 (or it is larger than 1 MiB)").arg(path));
            return;
        }
        m_userData->setPlainText(QString::fromUtf8(file.readAll()));
    });
}

void NewVmCloudPage::showFieldMessage(const QString &text)
{
    manage::showFieldMessage(m_message, text);
}

Provider *NewVmCloudPage::provider() const
{
    return manage::provider(m_providers, m_providerId);
}

void NewVmCloudPage::initializePage()
{
    const QString chosen = m_source->hostId();
    if (chosen == m_providerId && (m_loaded || m_generation > 0))
        return; // Back and Next again: keep what was read and chosen
    m_providerId = chosen;
    readChoices(QString());
}

void NewVmCloudPage::readChoices(const QString &location)
{
    Provider *cloud = provider();
    const quint64 generation = ++m_generation;
    m_loaded = false;
    m_loading->setText(cloud ? tr("Reading what %1 offers…").arg(cloud->displayName()) : QString());
    m_loading->show();
    updateState();
    if (!cloud)
        return;
    manage::readResult(cloud->readLaunchChoices(location), this, [this, generation](Task *task) {
        if (generation != m_generation)
            return; // an answer for a location or cloud no longer shown
        m_loading->hide();
        if (task->state() != Task::State::Succeeded) {
            m_choices = {};
            fill();
            showFieldMessage(tr("Could not read what the cloud offers: %1").arg(task->errorText()));
            Q_EMIT choicesRead();
            return;
        }
        m_choices = task->result().value<CloudLaunchChoices>();
        m_loaded = true;
        fill();
        Q_EMIT choicesRead();
    });
}

void NewVmCloudPage::fill()
{
    const QString previousSize = m_sizes->currentItem() ? m_sizes->currentItem()->data(0, idRole).toString() : QString();
    const QString previousImage = m_image->currentData().toString();
    const QString previousKey = m_keyToSelect.isEmpty() ? m_keyPair->currentData().toString() : m_keyToSelect;
    m_keyToSelect.clear();
    {
        const QSignalBlocker b1(m_location), b2(m_sizes), b3(m_image), b4(m_networks), b5(m_keyPair);
        m_location->clear();
        for (const CloudOption &location : std::as_const(m_choices.locations))
            m_location->addItem(location.name, location.id);
        m_location->setCurrentIndex(std::max(0, m_location->findData(m_choices.location)));
        m_location->setEnabled(m_location->count() > 1);

        m_sizes->clear();
        for (const CloudOption &size : std::as_const(m_choices.sizes)) {
            auto *item = new QTreeWidgetItem(m_sizes, manage::sizeColumns(size));
            item->setData(0, idRole, size.id);
            item->setToolTip(0, size.detail);
            for (int column = 1; column < 4; ++column)
                item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
            if (size.id == previousSize || (previousSize.isEmpty() && size.preselected))
                m_sizes->setCurrentItem(item);
        }
        for (int column = 1; column < 4; ++column)
            m_sizes->resizeColumnToContents(column);
        m_sizes->setColumnHidden(3, !manage::anySizeHasDisk(m_choices.sizes));

        m_image->clear();
        m_image->addItem(tr("(choose an image)"), QString());
        for (const CloudOption &image : std::as_const(m_choices.images))
            m_image->addItem(image.detail.isEmpty() ? image.name : u"%1 (%2)"_s.arg(image.name, image.detail), image.id);
        m_image->setCurrentIndex(std::max(0, m_image->findData(previousImage)));

        fillChecklist(m_networks, m_choices.networks, {});
        m_keyPair->clear();
        m_keyPair->addItem(tr("(none)"), QString());
        for (const CloudOption &key : std::as_const(m_choices.keyPairs))
            m_keyPair->addItem(key.name, key.id);
        m_keyPair->setCurrentIndex(std::max(0, m_keyPair->findData(previousKey)));
        fillChecklist(m_groups, m_choices.securityGroups, {});
    }
    m_groups->setVisible(m_choices.hasSecurityGroups);
    m_groupsLabel->setVisible(m_choices.hasSecurityGroups);
    m_count->setRange(1, std::max(1, m_choices.maxCount));
    m_networks->setToolTip(m_choices.networksRequired ? tr("Check at least one network")
                                                      : tr("Leave every network unchecked for a server without a network"));
    QStringList quota;
    if (const auto it = m_choices.quotaLeft.constFind(u"instances"_s); it != m_choices.quotaLeft.cend())
        quota.append(tr("%n server(s)", "", int(*it)));
    if (const auto it = m_choices.quotaLeft.constFind(u"cores"_s); it != m_choices.quotaLeft.cend())
        quota.append(tr("%n vCPU(s)", "", int(*it)));
    if (const auto it = m_choices.quotaLeft.constFind(u"ramMiB"_s); it != m_choices.quotaLeft.cend())
        quota.append(tr("%1 RAM").arg(formatBytes(double(*it) * 1024 * 1024)));
    m_quota->setText(quota.isEmpty() ? QString() : tr("Quota left: %1").arg(quota.join(u", "_s)));
    m_quota->setVisible(!quota.isEmpty());
    showFieldProblem(m_sizesProblem, u"sizes"_s);
    showFieldProblem(m_imagesProblem, u"images"_s);
    showFieldProblem(m_networksProblem, u"networks"_s);
    if (m_loaded && m_choices.networks.isEmpty() && !m_choices.problems.contains(u"networks"_s))
        manage::showFieldMessage(m_networksProblem,
                                 m_choices.networksRequired ? tr("No network is offered here, and the cloud needs one")
                                                            : tr("No network is offered here: the server gets none"),
                                 m_choices.networksRequired);
    showFieldProblem(m_keysProblem, u"keyPairs"_s);
    showFieldProblem(m_groupsProblem, u"securityGroups"_s);
    updateState();
}

void NewVmCloudPage::showFieldProblem(QLabel *label, const QString &field) const
{
    manage::showFieldMessage(label, m_choices.problems.value(field));
}

CloudLaunchSpec NewVmCloudPage::spec() const
{
    CloudLaunchSpec spec;
    spec.location = m_choices.location;
    spec.name = m_source->vmName().trimmed();
    spec.sizeId = m_sizes->currentItem() ? m_sizes->currentItem()->data(0, idRole).toString() : QString();
    spec.imageId = m_image->currentData().toString();
    spec.networkIds = checkedIds(m_networks);
    spec.keyPair = m_keyPair->currentData().toString();
    if (m_choices.hasSecurityGroups)
        spec.securityGroups = checkedIds(m_groups);
    spec.userData = m_userData->toPlainText().toUtf8();
    spec.count = m_count->value();
    return spec;
}

QString NewVmCloudPage::problem() const
{
    if (!provider())
        return tr("The cloud is no longer connected");
    if (!m_loaded)
        return tr("Waiting for the cloud's offer");
    return cloudLaunchProblem(spec(), m_choices);
}

void NewVmCloudPage::updateState()
{
    // The first missing choice is a hint, not an error: nothing was done wrong yet.
    const QString why = m_loaded ? problem() : QString();
    if (!m_running && m_message->text() != why)
        manage::showFieldMessage(m_message, why, false);
    Q_EMIT completeChanged();
}

bool NewVmCloudPage::isComplete() const
{
    return !m_running && problem().isEmpty();
}

std::optional<std::pair<QString, QString>> NewVmCloudPage::askForPublicKey()
{
    QStringList keys = manage::sshPublicKeys();
    QString key;
    if (keys.isEmpty()) {
        const QString path = QFileDialog::getOpenFileName(this, tr("Public Key to Import"), QString(),
                                                          tr("Public keys (*.pub);;All files (*)"));
        QFile file(path);
        if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
            return std::nullopt;
        key = QString::fromUtf8(file.read(16384)).trimmed();
    } else {
        bool ok = false;
        key = QInputDialog::getItem(this, tr("Import Public Key"), tr("Public key:"), keys, 0, false, &ok);
        if (!ok)
            return std::nullopt;
    }
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Import Public Key"), tr("Key pair name on the cloud:"),
                                               QLineEdit::Normal, keyPairNameFor(key), &ok);
    if (!ok || name.trimmed().isEmpty())
        return std::nullopt;
    return std::pair{name.trimmed(), key};
}

void NewVmCloudPage::importKey()
{
    Provider *cloud = provider();
    if (!cloud)
        return;
    const auto answer = askPublicKey ? askPublicKey() : askForPublicKey();
    if (!answer)
        return;
    const auto [name, key] = *answer;
    if (!key.startsWith(u"ssh-"_s) && !key.startsWith(u"ecdsa-"_s)) {
        showFieldMessage(tr("That is not an OpenSSH public key (it should start with ssh-ed25519, ssh-rsa or ecdsa-)"));
        Q_EMIT keyImported(name, m_message->text());
        return;
    }
    m_importKey->setEnabled(false);
    manage::whenFinished(cloud->importKeyPair(m_choices.location, name, key), this, [this, name](Task *task) {
        m_importKey->setEnabled(true);
        if (task->state() != Task::State::Succeeded) {
            showFieldMessage(tr("Could not import the key: %1").arg(task->errorText()));
            Q_EMIT keyImported(name, task->errorText());
            return;
        }
        m_keyToSelect = name;
        readChoices(m_choices.location);
        Q_EMIT keyImported(name, QString());
    });
}

void NewVmCloudPage::setRunning(bool running)
{
    m_running = running;
    for (QWidget *field : std::initializer_list<QWidget *>{m_location, m_sizes, m_image, m_networks, m_keyPair, m_importKey,
                                                         m_groups, m_userData, m_count})
        field->setEnabled(!running);
    if (running) {
        m_error->clear();
        m_message->hide();
        m_progress->setRange(0, 0);
        m_progress->show();
        m_status->setText(tr("Creating…"));
    } else {
        m_progress->hide();
        if (m_location->count() < 2)
            m_location->setEnabled(false);
    }
    Q_EMIT completeChanged();
}

void NewVmCloudPage::showProgress(int percent, const QString &detail)
{
    if (percent < 0) {
        m_progress->setRange(0, 0);
    } else {
        m_progress->setRange(0, 100);
        m_progress->setValue(percent);
    }
    if (!detail.isEmpty())
        m_status->setText(detail);
}

void NewVmCloudPage::showError(const QString &error)
{
    m_status->clear();
    manage::showFieldMessage(m_error, error);
}

QString NewVmCloudPage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

} // namespace welkin
