#pragma once

#include "providers/CredentialRequest.h"

#include <QDialog>
#include <QList>

class QLineEdit;

namespace welkin {

// Asks for what a provider's authentication needs (user name, password, any prompt), built from
// the request's fields. Non-blocking: shown with open(); answers or cancels the request when
// closed, and closes itself when the request ended without it.
class CredentialDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CredentialDialog(CredentialRequestPtr request, QWidget *parent = nullptr);
    ~CredentialDialog() override;

    void done(int result) override;
    QList<QLineEdit *> fieldEditors() const { return m_edits; } // for tests

private:
    CredentialRequestPtr m_request;
    QList<QLineEdit *> m_edits;
};

// CredentialHandler for the GUI: one dialog per request, parented to `parent`.
class GuiCredentialHandler : public CredentialHandler
{
public:
    explicit GuiCredentialHandler(QWidget *parent) : m_parent(parent) {}
    void requestCredentials(const CredentialRequestPtr &request) override;

private:
    QWidget *m_parent;
};

} // namespace welkin
