#include "OpenStackConnectionPage.h"

#include "CloudUrlValidator.h"
#include "CloudsYamlImportDialog.h"
#include "providers/CloudsYamlCatalog.h"
#include "providers/openstack/CloudsYaml.h"
#include "storage/SecretStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QUrl>

#include <optional>

namespace welkin {

using namespace Qt::StringLiterals;
using openstack::CloudConfig;

namespace {

const QString uriPrefix = u"openstack+"_s;
const QString cloudPrefix = u"openstack:"_s;
constexpr qint64 maxFileBytes = 4 * 1024 * 1024;

std::optional<QByteArray> readSmallFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("OpenStack", "Cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    if (file.size() > maxFileBytes) {
        *error = QCoreApplication::translate("OpenStack", "%1 is too large for a clouds.yaml").arg(path);
        return std::nullopt;
    }
    return file.readAll();
}

} // namespace

OpenStackConnectionPage::OpenStackConnectionPage(QWidget *parent)
    : ConnectionPage(parent), m_authUrl(new QLineEdit), m_authType(new QComboBox), m_authFields(new QStackedWidget),
      m_user(new QLineEdit), m_password(new QLineEdit), m_userDomain(new QLineEdit(u"Default"_s)),
      m_project(new QLineEdit), m_projectDomain(new QLineEdit(u"Default"_s)), m_credentialId(new QLineEdit),
      m_credentialSecret(new QLineEdit), m_region(new QLineEdit), m_interface(new QComboBox),
      m_remember(new QCheckBox(tr("&Remember the password (system keychain)"))),
      m_import(new QPushButton(tr("&Import clouds.yaml…"))), m_useCloudEntry(new QCheckBox), m_source(new QLabel)
{
    m_authUrl->setObjectName(u"openstackAuthUrl"_s);
    m_authUrl->setPlaceholderText(u"https://keystone.example.org:5000/v3"_s);
    m_authType->setObjectName(u"openstackAuthType"_s);
    m_authType->addItem(tr("Password"), int(AuthType::Password));
    m_authType->addItem(tr("Application credential"), int(AuthType::ApplicationCredential));
    m_user->setObjectName(u"openstackUser"_s);
    m_password->setObjectName(u"openstackPassword"_s);
    m_credentialSecret->setObjectName(u"openstackCredentialSecret"_s);
    for (QLineEdit *secret : {m_password, m_credentialSecret}) {
        secret->setEchoMode(QLineEdit::Password);
        secret->setPlaceholderText(tr("asked for when connecting if left empty"));
    }
    m_project->setObjectName(u"openstackProject"_s);
    m_credentialId->setObjectName(u"openstackCredentialId"_s);
    m_credentialId->setPlaceholderText(tr("ID from \"openstack application credential create\""));
    m_region->setObjectName(u"openstackRegion"_s);
    m_region->setPlaceholderText(tr("every region of the catalog (or e.g. RegionOne,RegionTwo)"));
    m_interface->setObjectName(u"openstackInterface"_s);
    m_interface->addItem(tr("Public"), u"public"_s);
    m_interface->addItem(tr("Internal"), u"internal"_s);
    m_interface->addItem(tr("Admin"), u"admin"_s);
    m_remember->setObjectName(u"rememberSecret"_s);
    m_remember->setChecked(true);
    m_import->setObjectName(u"importCloudsYaml"_s);
    m_useCloudEntry->setObjectName(u"useCloudEntry"_s);
    m_useCloudEntry->setVisible(false);
    m_source->setObjectName(u"cloudsYamlSource"_s);
    m_source->setWordWrap(true);
    m_source->setEnabled(false);

    auto *passwordPage = new QWidget;
    auto *passwordForm = new QFormLayout(passwordPage);
    passwordForm->setContentsMargins(0, 0, 0, 0);
    passwordForm->addRow(tr("&User name:"), m_user);
    passwordForm->addRow(tr("Pass&word:"), m_password);
    passwordForm->addRow(tr("User &domain:"), m_userDomain);
    passwordForm->addRow(tr("&Project:"), m_project);
    passwordForm->addRow(tr("Project do&main:"), m_projectDomain);
    auto *credentialPage = new QWidget;
    auto *credentialForm = new QFormLayout(credentialPage);
    credentialForm->setContentsMargins(0, 0, 0, 0);
    credentialForm->addRow(tr("Credential &ID:"), m_credentialId);
    credentialForm->addRow(tr("&Secret:"), m_credentialSecret);
    m_authFields->addWidget(passwordPage);
    m_authFields->addWidget(credentialPage);

    auto *importRow = new QHBoxLayout;
    importRow->addWidget(m_import);
    importRow->addWidget(m_source, 1);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(importRow);
    form->addRow(m_useCloudEntry);
    form->addRow(tr("&Auth URL:"), m_authUrl);
    form->addRow(tr("Au&thentication:"), m_authType);
    form->addRow(m_authFields);
    form->addRow(tr("&Region:"), m_region);
    form->addRow(tr("I&nterface:"), m_interface);
    form->addRow(m_remember);

    connect(m_import, &QPushButton::clicked, this, &OpenStackConnectionPage::openImportDialog);
    connect(m_authType, &QComboBox::currentIndexChanged, this, &OpenStackConnectionPage::updateFields);
    connect(m_useCloudEntry, &QCheckBox::toggled, this, &OpenStackConnectionPage::updateFields);
    connect(m_interface, &QComboBox::currentIndexChanged, this, &ConnectionPage::changed);
    for (QLineEdit *edit : {m_authUrl, m_user, m_password, m_userDomain, m_project, m_projectDomain, m_credentialId,
                            m_credentialSecret, m_region})
        connect(edit, &QLineEdit::textChanged, this, &ConnectionPage::changed);
    updateFields();
}

QString OpenStackConnectionPage::kind() const { return u"openstack"_s; }

QString OpenStackConnectionPage::title() const { return tr("OpenStack"); }

OpenStackConnectionPage::AuthType OpenStackConnectionPage::authType() const
{
    return static_cast<AuthType>(m_authType->currentData().toInt());
}

void OpenStackConnectionPage::setAuthType(AuthType type)
{
    m_authType->setCurrentIndex(m_authType->findData(int(type)));
}

bool OpenStackConnectionPage::referencesCloud() const
{
    return !m_cloudName.isEmpty() && m_useCloudEntry->isChecked();
}

QString OpenStackConnectionPage::cloudName() const { return referencesCloud() ? m_cloudName : QString(); }

void OpenStackConnectionPage::updateFields()
{
    const bool password = authType() == AuthType::Password;
    m_authFields->setCurrentIndex(password ? 0 : 1);
    m_remember->setText(password ? tr("&Remember the password (system keychain)")
                                 : tr("&Remember the secret (system keychain)"));
    // An entry of clouds.yaml is read from the file at each connect: only region and interface
    // (and a secret the file lacks) are Welkin's.
    const bool fromFile = referencesCloud();
    for (QWidget *field : std::initializer_list<QWidget *>{m_authUrl, m_authType, m_user, m_userDomain, m_project,
                                                           m_projectDomain, m_credentialId})
        field->setEnabled(!fromFile);
    const bool secretFromFile = fromFile && m_cloudHasSecret;
    m_password->setEnabled(!secretFromFile);
    m_credentialSecret->setEnabled(!secretFromFile);
    m_remember->setEnabled(!secretFromFile);
    Q_EMIT changed();
}

void OpenStackConnectionPage::openImportDialog()
{
    CloudsYamlImportDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!importCloud(dialog.file(), dialog.selectedCloud(), &error))
        m_source->setText(error);
}

bool OpenStackConnectionPage::importCloud(const QString &file, const QString &cloudName, QString *error)
{
    const std::optional<QByteArray> clouds = readSmallFile(file, error);
    if (!clouds)
        return false;
    // secure.yaml beside the chosen file, else where openstacksdk looks for it.
    QString securePath = QFileInfo(file).dir().filePath(u"secure.yaml"_s);
    if (!QFileInfo(securePath).isFile())
        securePath = openstack::CloudsYamlCatalog::standardFile(u"secure.yaml"_s);
    std::optional<QByteArray> secure = QByteArray();
    if (!securePath.isEmpty() && !(secure = readSmallFile(securePath, error)))
        return false;
    const openstack::CloudsYaml::Result result = openstack::CloudsYaml::parse(*clouds, *secure, cloudName, file);
    if (!result.config) {
        *error = result.error;
        return false;
    }
    const CloudConfig &c = *result.config;
    setAuthType(c.usesApplicationCredential() ? AuthType::ApplicationCredential : AuthType::Password);
    m_authUrl->setText(c.authUrl);
    m_user->setText(c.username);
    m_password->setText(c.password);
    m_userDomain->setText(c.userDomainName.isEmpty() ? c.userDomainId : c.userDomainName);
    m_project->setText(c.projectName.isEmpty() ? c.projectId : c.projectName);
    m_projectDomain->setText(c.projectDomainName.isEmpty() ? c.projectDomainId : c.projectDomainName);
    m_credentialId->setText(c.applicationCredentialId);
    m_credentialSecret->setText(c.applicationCredentialSecret);
    m_region->setText(c.regions.join(u','));
    const int iface = m_interface->findData(c.interface);
    m_interface->setCurrentIndex(iface >= 0 ? iface : 0);
    m_cloudName = cloudName;
    m_cloudHasSecret = c.hasSecret();
    // The provider finds "openstack:NAME" through the standard search only: refer to the entry
    // when that search finds this very file, else copy its fields.
    const bool standard = QFileInfo(file).absoluteFilePath() == openstack::CloudsYamlCatalog::standardFile(u"clouds.yaml"_s);
    m_useCloudEntry->setText(tr("Read \"%1\" from clouds.yaml at each connect (later edits of the file apply)")
                                 .arg(cloudName));
    m_useCloudEntry->setVisible(standard);
    m_useCloudEntry->setChecked(standard);
    m_source->setText(tr("Cloud \"%1\" from %2").arg(cloudName, QFileInfo(file).absoluteFilePath()));
    updateFields();
    return true;
}

QString OpenStackConnectionPage::validationError() const
{
    if (referencesCloud()) {
        if (openstack::CloudsYamlCatalog::standardFile(u"clouds.yaml"_s).isEmpty())
            return tr("No clouds.yaml is found any more in the standard places: import it again.");
    } else {
        const QString authUrl = m_authUrl->text().trimmed();
        if (authUrl.isEmpty())
            return tr("Enter the Keystone auth URL, e.g. https://keystone.example.org:5000/v3.");
        if (const QString problem = cloudUrlProblem(authUrl, tr("auth URL")); !problem.isEmpty())
            return problem;
        if (authType() == AuthType::Password) {
            if (m_user->text().trimmed().isEmpty())
                return tr("Enter the OpenStack user name.");
            if (m_userDomain->text().trimmed().isEmpty())
                return tr("Enter the user's domain (usually \"Default\").");
            if (m_project->text().trimmed().isEmpty())
                return tr("Enter the project whose servers Welkin shows.");
            if (m_projectDomain->text().trimmed().isEmpty())
                return tr("Enter the project's domain (usually \"Default\").");
        } else if (m_credentialId->text().trimmed().isEmpty()) {
            return tr("Enter the application credential ID (see \"openstack application credential list\").");
        }
    }
    const QString region = m_region->text().trimmed();
    if (region.contains(u' '))
        return tr("Region names cannot contain spaces; separate several regions with commas.");
    if (region.startsWith(u',') || region.endsWith(u',') || region.contains(u",,"_s))
        return tr("The region list has an empty name: separate region names with single commas.");
    return {};
}

ConnectionProfile OpenStackConnectionPage::profile() const
{
    ConnectionProfile profile;
    profile.kind = kind();
    auto put = [&](const QString &key, const QString &value) {
        if (!value.trimmed().isEmpty())
            profile.options.insert(key, value.trimmed());
    };
    put(u"regionName"_s, m_region->text());
    put(u"interface"_s, m_interface->currentData().toString());
    if (referencesCloud()) {
        profile.uri = cloudPrefix + m_cloudName;
        return profile;
    }
    QString authUrl = m_authUrl->text().trimmed();
    if (authUrl.endsWith(u'/'))
        authUrl.chop(1);
    profile.uri = uriPrefix + authUrl;
    if (authType() == AuthType::Password) {
        put(u"username"_s, m_user->text());
        put(u"userDomainName"_s, m_userDomain->text());
        put(u"projectName"_s, m_project->text());
        put(u"projectDomainName"_s, m_projectDomain->text());
    } else {
        put(u"applicationCredentialId"_s, m_credentialId->text());
    }
    return profile;
}

bool OpenStackConnectionPage::setProfile(const ConnectionProfile &profile)
{
    if (profile.kind != kind())
        return false;
    const QVariantMap &o = profile.options;
    if (profile.uri.startsWith(cloudPrefix)) {
        const QString name = profile.uri.mid(cloudPrefix.size());
        QString error;
        const QString file = openstack::CloudsYamlCatalog::standardFile(u"clouds.yaml"_s);
        if (file.isEmpty() || !importCloud(file, name, &error)) {
            m_cloudName = name;
            m_source->setText(error.isEmpty() ? tr("Cloud \"%1\": no clouds.yaml found").arg(name) : error);
        }
    } else {
        m_cloudName.clear();
        m_useCloudEntry->setVisible(false);
        m_useCloudEntry->setChecked(false);
        m_authUrl->setText(profile.uri.startsWith(uriPrefix) ? profile.uri.mid(uriPrefix.size())
                                                             : o.value(u"authUrl"_s).toString());
        const bool credential = !o.value(u"applicationCredentialId"_s).toString().isEmpty();
        setAuthType(credential ? AuthType::ApplicationCredential : AuthType::Password);
        m_user->setText(o.value(u"username"_s).toString());
        m_userDomain->setText(o.value(u"userDomainName"_s, u"Default"_s).toString());
        m_project->setText(o.value(u"projectName"_s).toString());
        m_projectDomain->setText(o.value(u"projectDomainName"_s, u"Default"_s).toString());
        m_credentialId->setText(o.value(u"applicationCredentialId"_s).toString());
    }
    // Saved secrets stay in the keychain unless the user types new ones.
    for (QLineEdit *secret : {m_password, m_credentialSecret}) {
        secret->clear();
        secret->setPlaceholderText(tr("unchanged (saved in the keychain, or asked for)"));
    }
    m_region->setText(o.value(u"regionName"_s, m_region->text()).toString());
    const int iface = m_interface->findData(o.value(u"interface"_s, u"public"_s).toString());
    m_interface->setCurrentIndex(iface >= 0 ? iface : 0);
    updateFields();
    return true;
}

QString OpenStackConnectionPage::suggestedName() const
{
    if (referencesCloud())
        return m_cloudName;
    const QString host = QUrl(m_authUrl->text().trimmed()).host();
    const QString project = m_project->text().trimmed();
    if (host.isEmpty())
        return tr("OpenStack");
    return authType() == AuthType::Password && !project.isEmpty() ? project + u" @ "_s + host : host;
}

QMap<QString, QString> OpenStackConnectionPage::secrets() const
{
    if (referencesCloud() && m_cloudHasSecret)
        return {}; // clouds.yaml / secure.yaml hold it; the provider reads it there
    if (authType() == AuthType::Password)
        return {{SecretStore::password, m_password->text()}};
    return {{SecretStore::applicationCredentialSecret, m_credentialSecret->text()}};
}

bool OpenStackConnectionPage::rememberSecrets() const { return m_remember->isChecked(); }

QStringList OpenStackConnectionPage::optionKeys() const
{
    return {u"authUrl"_s,           u"username"_s,       u"userId"_s,        u"userDomainName"_s,
            u"userDomainId"_s,      u"projectName"_s,    u"projectId"_s,     u"projectDomainName"_s,
            u"projectDomainId"_s,   u"regionName"_s,     u"interface"_s,     u"applicationCredentialId"_s};
}

} // namespace welkin
