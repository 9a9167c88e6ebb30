#pragma once

#include "security/CertificateTrustRequest.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace welkin {

// "Do you trust this certificate for this connection?": subject, issuer, validity and SHA-256
// fingerprint of a certificate that does not verify. Non-blocking (shown with open()); trusting
// pins the certificate for that one connection, anything else rejects it. Cancel is the default.
class CertificateDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CertificateDialog(CertificateTrustRequestPtr request, QWidget *parent = nullptr);
    ~CertificateDialog() override;

    void done(int result) override;

    // For tests.
    QPushButton *trustButton() const { return m_trust; }
    QString fingerprintText() const;

private:
    CertificateTrustRequestPtr m_request;
    QPushButton *m_trust = nullptr;
    QLabel *m_fingerprint = nullptr;
};

// CertificateTrustHandler for the GUI: one dialog per question, parented to `parent`.
class GuiCertificateTrustHandler : public CertificateTrustHandler
{
public:
    explicit GuiCertificateTrustHandler(QWidget *parent) : m_parent(parent) {}
    void decideTrust(const CertificateTrustRequestPtr &request) override;

private:
    QWidget *m_parent;
};

} // namespace welkin
