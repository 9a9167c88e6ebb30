#pragma once

#include "ConnectionPage.h"

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStackedWidget;

namespace welkin {

// libvirt: this computer (system or session daemon), a remote host over SSH (keys from
// ssh-agent) or TLS (certificates from libvirt's default places or a directory of the user's:
// the `pkipath` URI parameter), or any URI typed by hand.
class LibvirtConnectionPage : public ConnectionPage
{
    Q_OBJECT
public:
    enum class Mode { LocalSystem, LocalSession, Ssh, Tls, Custom };

    explicit LibvirtConnectionPage(QWidget *parent = nullptr);

    QString kind() const override;
    QString title() const override;
    bool setProfile(const ConnectionProfile &profile) override;
    ConnectionProfile profile() const override;
    QString validationError() const override;
    QString suggestedName() const override;

    void setMode(Mode mode);
    Mode mode() const;
    QString uri() const;
    // For tests and the dialog: the fields.
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portSpin() const { return m_port; }
    QLineEdit *customUriEdit() const { return m_custom; }
    QLineEdit *certificateDirEdit() const { return m_pkiPath; }

private:
    void updateFields();

    QComboBox *m_mode;
    QStackedWidget *m_fields;
    QFormLayout *m_remoteForm;
    QLineEdit *m_user;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QComboBox *m_daemon;
    QLineEdit *m_pkiPath; // TLS: cacert.pem, clientcert.pem, clientkey.pem
    QLabel *m_remoteHint;
    QLineEdit *m_custom;
    QLabel *m_preview;
};

} // namespace welkin
