#include "LibvirtConnectionPage.h"

#include "LibvirtUriValidator.h"

#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStackedWidget>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace welkin {

using namespace Qt::StringLiterals;

namespace {
constexpr int sshPort = 22;
constexpr int tlsPort = 16514;
const QString pkiPathKey = u"pkipath"_s;
} // namespace

LibvirtConnectionPage::LibvirtConnectionPage(QWidget *parent)
    : ConnectionPage(parent), m_mode(new QComboBox), m_fields(new QStackedWidget), m_remoteForm(nullptr),
      m_user(new QLineEdit), m_host(new QLineEdit), m_port(new QSpinBox), m_daemon(new QComboBox),
      m_pkiPath(new QLineEdit), m_remoteHint(new QLabel),
      m_custom(new QLineEdit), m_preview(new QLabel)
{
    m_mode->setObjectName(u"libvirtMode"_s);
    m_mode->addItem(tr("This computer: system daemon (qemu:///system)"), int(Mode::LocalSystem));
    m_mode->addItem(tr("This computer: my session (qemu:///session)"), int(Mode::LocalSession));
    m_mode->addItem(tr("Remote host over SSH"), int(Mode::Ssh));
    m_mode->addItem(tr("Remote host over TLS"), int(Mode::Tls));
    m_mode->addItem(tr("Custom URI"), int(Mode::Custom));

    m_user->setObjectName(u"sshUser"_s);
    m_user->setPlaceholderText(tr("root (default: your login name)"));
    m_host->setObjectName(u"remoteHost"_s);
    m_host->setPlaceholderText(tr("kvm-03.example.org or 192.0.2.10"));
    m_port->setObjectName(u"remotePort"_s);
    m_port->setRange(1, 65535);
    m_daemon->addItem(tr("System (/system)"), u"/system"_s);
    m_daemon->addItem(tr("Session (/session)"), u"/session"_s);
    m_pkiPath->setObjectName(u"tlsCertificateDir"_s);
    m_pkiPath->setPlaceholderText(tr("Default: ~/.pki/libvirt, then /etc/pki"));
    m_pkiPath->setToolTip(tr("A directory with cacert.pem, clientcert.pem and clientkey.pem"));
    m_remoteHint->setWordWrap(true);
    // Wrapped labels in a stacked page get too little height from the layout: reserve two lines.
    m_remoteHint->setMinimumHeight(m_remoteHint->fontMetrics().lineSpacing() * 2 + 2);
    m_remoteHint->setEnabled(false);
    m_custom->setObjectName(u"customUri"_s);
    m_custom->setPlaceholderText(u"qemu+ssh://root@host:2222/system?keyfile=…"_s);

    auto *local = new QWidget;
    auto *localHint = new QLabel(tr("Connects to the libvirt daemon on this computer through its UNIX socket."));
    localHint->setWordWrap(true);
    localHint->setEnabled(false);
    (new QVBoxLayout(local))->addWidget(localHint);
    auto *remote = new QWidget;
    m_remoteForm = new QFormLayout(remote);
    m_remoteForm->addRow(tr("&User:"), m_user);
    m_remoteForm->addRow(tr("&Host:"), m_host);
    m_remoteForm->addRow(tr("&Port:"), m_port);
    m_remoteForm->addRow(tr("&Daemon:"), m_daemon);
    m_remoteForm->addRow(tr("C&ertificates:"), m_pkiPath);
    m_remoteForm->addRow(m_remoteHint);
    auto *custom = new QWidget;
    auto *customForm = new QFormLayout(custom);
    customForm->addRow(tr("&URI:"), m_custom);
    m_fields->addWidget(local);
    m_fields->addWidget(remote);
    m_fields->addWidget(custom);

    m_preview->setObjectName(u"uriPreview"_s);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Connect to:"), m_mode);
    form->addRow(m_fields);
    form->addRow(tr("URI:"), m_preview);

    connect(m_mode, &QComboBox::currentIndexChanged, this, &LibvirtConnectionPage::updateFields);
    for (QLineEdit *edit : {m_user, m_host, m_pkiPath, m_custom})
        connect(edit, &QLineEdit::textChanged, this, &LibvirtConnectionPage::updateFields);
    connect(m_port, &QSpinBox::valueChanged, this, &LibvirtConnectionPage::updateFields);
    connect(m_daemon, &QComboBox::currentIndexChanged, this, &LibvirtConnectionPage::updateFields);
    m_port->setValue(sshPort);
    updateFields();
}

QString LibvirtConnectionPage::kind() const { return u"libvirt"_s; }

QString LibvirtConnectionPage::title() const { return tr("libvirt (QEMU/KVM, Xen, LXC…)"); }

LibvirtConnectionPage::Mode LibvirtConnectionPage::mode() const
{
    return static_cast<Mode>(m_mode->currentData().toInt());
}

void LibvirtConnectionPage::setMode(Mode mode)
{
    m_mode->setCurrentIndex(m_mode->findData(int(mode)));
}

void LibvirtConnectionPage::updateFields()
{
    const Mode current = mode();
    const bool remote = current == Mode::Ssh || current == Mode::Tls;
    m_fields->setCurrentIndex(remote ? 1 : current == Mode::Custom ? 2 : 0);
    m_user->setEnabled(current == Mode::Ssh);
    m_remoteForm->setRowVisible(m_pkiPath, current == Mode::Tls);
    // Keep the port the user typed unless it is the other transport's default.
    if (current == Mode::Ssh && m_port->value() == tlsPort)
        m_port->setValue(sshPort);
    if (current == Mode::Tls && m_port->value() == sshPort)
        m_port->setValue(tlsPort);
    if (current == Mode::Ssh)
        m_remoteHint->setText(tr("Authentication uses the keys in your ssh-agent (and ~/.ssh/config); "
                                 "the host key must already be known."));
    else if (m_pkiPath->text().trimmed().isEmpty())
        m_remoteHint->setText(tr("Uses the client certificate in ~/.pki/libvirt or /etc/pki/libvirt."));
    else
        m_remoteHint->setText(tr("Uses cacert.pem, clientcert.pem and clientkey.pem in this directory."));
    const QString problem = validationError();
    m_preview->setText(problem.isEmpty() ? uri() : tr("—"));
    Q_EMIT changed();
}

QString LibvirtConnectionPage::uri() const
{
    const QString host = m_host->text().trimmed();
    const QString path = m_daemon->currentData().toString();
    switch (mode()) {
    case Mode::LocalSystem: return u"qemu:///system"_s;
    case Mode::LocalSession: return u"qemu:///session"_s;
    case Mode::Ssh: {
        const QString user = m_user->text().trimmed();
        QString authority = user.isEmpty() ? host : user + u'@' + host;
        if (m_port->value() != sshPort)
            authority += u':' + QString::number(m_port->value());
        return u"qemu+ssh://"_s + authority + path;
    }
    case Mode::Tls: {
        QString authority = host;
        if (m_port->value() != tlsPort)
            authority += u':' + QString::number(m_port->value());
        const QString pkiPath = m_pkiPath->text().trimmed();
        const QString query = pkiPath.isEmpty()
            ? QString()
            : u"?"_s + pkiPathKey + u'=' + QString::fromLatin1(QUrl::toPercentEncoding(pkiPath, "/"));
        return u"qemu+tls://"_s + authority + path + query;
    }
    case Mode::Custom: return m_custom->text().trimmed();
    }
    return {};
}

QString LibvirtConnectionPage::validationError() const
{
    const Mode current = mode();
    if (current == Mode::Ssh || current == Mode::Tls) {
        const QString host = m_host->text().trimmed();
        if (host.isEmpty())
            return tr("Enter the remote host's name or address.");
        if (!isValidHostName(host))
            return tr("\"%1\" is not a valid host name or address.").arg(host);
        static const QRegularExpression userPattern(u"^[A-Za-z0-9._-]*$"_s);
        if (current == Mode::Ssh && !userPattern.match(m_user->text().trimmed()).hasMatch())
            return tr("The user name may contain only letters, digits, \".\", \"_\" and \"-\".");
        // libvirt would resolve a relative directory against Welkin's working directory.
        const QString pkiPath = m_pkiPath->text().trimmed();
        if (current == Mode::Tls && !pkiPath.isEmpty() && !QDir::isAbsolutePath(pkiPath))
            return tr("The certificate directory must be an absolute path, e.g. /home/me/.pki/kvm-03.");
    }
    return libvirtUriProblem(uri());
}

bool LibvirtConnectionPage::setProfile(const ConnectionProfile &profile)
{
    if (profile.kind != kind())
        return false;
    const QUrl url(profile.uri);
    const QString scheme = url.scheme().toLower();
    const bool standardPath = url.path() == u"/system"_s || url.path() == u"/session"_s;
    // A TLS URI whose only parameter is pkipath fits the TLS fields.
    const QUrlQuery query(url);
    const bool onlyPkiPath = scheme == u"qemu+tls"_s && query.queryItems().size() == 1 && query.hasQueryItem(pkiPathKey);
    if (profile.uri == u"qemu:///system"_s) {
        setMode(Mode::LocalSystem);
    } else if (profile.uri == u"qemu:///session"_s) {
        setMode(Mode::LocalSession);
    } else if ((scheme == u"qemu+ssh"_s || scheme == u"qemu+tls"_s) && standardPath && (!url.hasQuery() || onlyPkiPath)) {
        const bool ssh = scheme == u"qemu+ssh"_s;
        setMode(ssh ? Mode::Ssh : Mode::Tls);
        m_user->setText(url.userName());
        m_host->setText(url.host());
        m_port->setValue(url.port(ssh ? sshPort : tlsPort));
        m_daemon->setCurrentIndex(m_daemon->findData(url.path()));
        m_pkiPath->setText(onlyPkiPath ? query.queryItemValue(pkiPathKey, QUrl::FullyDecoded) : QString());
    } else {
        setMode(Mode::Custom);
        m_custom->setText(profile.uri);
    }
    updateFields();
    return true;
}

ConnectionProfile LibvirtConnectionPage::profile() const
{
    ConnectionProfile profile;
    profile.kind = kind();
    profile.uri = uri();
    return profile;
}

QString LibvirtConnectionPage::suggestedName() const
{
    switch (mode()) {
    case Mode::LocalSystem: return tr("This computer (QEMU/KVM)");
    case Mode::LocalSession: return tr("This computer (my session)");
    case Mode::Ssh:
    case Mode::Tls: {
        const QString user = m_user->text().trimmed();
        const QString host = m_host->text().trimmed();
        return mode() == Mode::Ssh && !user.isEmpty() ? user + u'@' + host : host;
    }
    case Mode::Custom: return uri();
    }
    return {};
}

} // namespace welkin
