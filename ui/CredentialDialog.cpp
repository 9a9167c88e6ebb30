#include "CredentialDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace welkin {

using namespace Qt::StringLiterals;

CredentialDialog::CredentialDialog(CredentialRequestPtr request, QWidget *parent)
    : QDialog(parent), m_request(std::move(request))
{
    setWindowTitle(tr("Authentication for %1").arg(m_request->connectionName()));
    setAttribute(Qt::WA_DeleteOnClose);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("<b>%1</b> asks for credentials.<br>%2")
                                 .arg(m_request->connectionName().toHtmlEscaped(), m_request->uri().toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    for (const CredentialRequest::Field &field : m_request->fields()) {
        auto *edit = new QLineEdit(field.defaultValue, this);
        if (!field.echo())
            edit->setEchoMode(QLineEdit::Password);
        QString label = field.prompt;
        if (label.isEmpty())
            label = field.kind == CredentialRequest::Field::Kind::Username ? tr("User name:") : tr("Password:");
        else if (!label.endsWith(u':'))
            label += u':';
        form->addRow(label, edit);
        m_edits.append(edit);
    }
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    // Answered elsewhere or given up by the provider (timeout, connection closed): nothing left
    // to ask.
    m_request->onReply(this, [this](const CredentialRequest::Reply &) {
        if (isVisible())
            reject();
    });
}

CredentialDialog::~CredentialDialog()
{
    m_request->cancel(); // no-op when already answered
}

void CredentialDialog::done(int result)
{
    if (result == QDialog::Accepted) {
        QStringList values;
        for (QLineEdit *edit : std::as_const(m_edits))
            values.append(edit->text());
        m_request->answer(values);
    } else {
        m_request->cancel();
    }
    QDialog::done(result);
}

void GuiCredentialHandler::requestCredentials(const CredentialRequestPtr &request)
{
    auto *dialog = new CredentialDialog(request, m_parent);
    dialog->open();
}

} // namespace welkin
