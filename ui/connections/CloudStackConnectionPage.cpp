#include "CloudStackConnectionPage.h"

#include "CloudUrlValidator.h"
#include "storage/SecretStore.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QUrl>

namespace welkin {

using namespace Qt::StringLiterals;

namespace {
const QString apiPath = u"/client/api"_s;
const QString uriPrefix = u"cloudstack+"_s;
} // namespace

CloudStackConnectionPage::CloudStackConnectionPage(QWidget *parent)
    : ConnectionPage(parent), m_endpoint(new QLineEdit), m_apiKey(new QLineEdit), m_secretKey(new QLineEdit),
      m_remember(new QCheckBox(tr("&Remember the secret key (system keychain)")))
{
    m_endpoint->setObjectName(u"cloudstackEndpoint"_s);
    m_endpoint->setPlaceholderText(u"https://cloud.example.org/client/api"_s);
    m_apiKey->setObjectName(u"cloudstackApiKey"_s);
    m_apiKey->setPlaceholderText(tr("From CloudStack: Accounts → user → Generate keys"));
    m_secretKey->setObjectName(u"cloudstackSecretKey"_s);
    m_secretKey->setEchoMode(QLineEdit::Password);
    m_secretKey->setPlaceholderText(tr("asked for when connecting if left empty"));
    m_remember->setObjectName(u"rememberSecret"_s);
    m_remember->setChecked(true);
    auto *hint = new QLabel(tr("Requests are signed with the secret key; it is never sent to the server."));
    hint->setWordWrap(true);
    hint->setEnabled(false);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Endpoint URL:"), m_endpoint);
    form->addRow(tr("&API key:"), m_apiKey);
    form->addRow(tr("&Secret key:"), m_secretKey);
    form->addRow(m_remember);
    form->addRow(hint);
    for (QLineEdit *edit : {m_endpoint, m_apiKey, m_secretKey})
        connect(edit, &QLineEdit::textChanged, this, &ConnectionPage::changed);
}

QString CloudStackConnectionPage::kind() const { return u"cloudstack"_s; }

QString CloudStackConnectionPage::title() const { return tr("Apache CloudStack"); }

QString CloudStackConnectionPage::validationError() const
{
    const QString endpoint = m_endpoint->text().trimmed();
    if (endpoint.isEmpty())
        return tr("Enter the API endpoint URL, e.g. https://cloud.example.org/client/api.");
    if (const QString problem = cloudUrlProblem(endpoint, tr("endpoint URL")); !problem.isEmpty())
        return problem;
    const QString path = QUrl(endpoint).path();
    if (path.isEmpty() || path == u"/"_s)
        return tr("Add CloudStack's API path to the URL: https://HOST/client/api.");
    if (path != apiPath && path != apiPath + u'/' && !path.endsWith(apiPath))
        return tr("The path \"%1\" is not CloudStack's API: it ends in /client/api.").arg(path);
    if (QUrl(endpoint).hasQuery())
        return tr("The endpoint URL takes no query (\"?…\"): Welkin adds the signed parameters.");
    const QString apiKey = m_apiKey->text().trimmed();
    if (apiKey.isEmpty())
        return tr("Enter the API key (CloudStack: Accounts → user → Generate keys).");
    if (apiKey.contains(u' '))
        return tr("The API key cannot contain spaces.");
    if (m_secretKey->text().contains(u' '))
        return tr("The secret key cannot contain spaces: check what was pasted.");
    return {};
}

bool CloudStackConnectionPage::setProfile(const ConnectionProfile &profile)
{
    if (profile.kind != kind())
        return false;
    QString endpoint = profile.uri;
    if (endpoint.startsWith(uriPrefix, Qt::CaseInsensitive))
        endpoint = endpoint.mid(uriPrefix.size());
    m_endpoint->setText(endpoint);
    m_apiKey->setText(profile.options.value(u"apiKey"_s).toString());
    m_secretKey->clear(); // the saved one stays in the keychain unless a new one is typed
    m_secretKey->setPlaceholderText(tr("unchanged (saved secret key)"));
    return true;
}

ConnectionProfile CloudStackConnectionPage::profile() const
{
    ConnectionProfile profile;
    profile.kind = kind();
    QString endpoint = m_endpoint->text().trimmed();
    if (endpoint.endsWith(u'/'))
        endpoint.chop(1);
    profile.uri = uriPrefix + endpoint;
    profile.options.insert(u"apiKey"_s, m_apiKey->text().trimmed()); // the key id; its secret is not here
    return profile;
}

QString CloudStackConnectionPage::suggestedName() const
{
    const QString host = QUrl(m_endpoint->text().trimmed()).host();
    return host.isEmpty() ? tr("CloudStack") : host;
}

QMap<QString, QString> CloudStackConnectionPage::secrets() const
{
    return {{SecretStore::secretKey, m_secretKey->text()}};
}

bool CloudStackConnectionPage::rememberSecrets() const { return m_remember->isChecked(); }

QStringList CloudStackConnectionPage::optionKeys() const { return {u"apiKey"_s, u"secretKey"_s}; }

} // namespace welkin
