#include "CertificateDialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace welkin {

using namespace Qt::StringLiterals;

namespace {

QLabel *selectableLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

// 32 bytes in two lines of 16, so the fingerprint can be compared group by group.
QString twoLines(const QString &fingerprint)
{
    constexpr qsizetype half = 16 * 3 - 1;
    return fingerprint.size() > half ? fingerprint.left(half) + u'\n' + fingerprint.mid(half + 1) : fingerprint;
}

} // namespace

CertificateDialog::CertificateDialog(CertificateTrustRequestPtr request, QWidget *parent)
    : QDialog(parent), m_request(std::move(request))
{
    setWindowTitle(tr("Untrusted certificate for %1").arg(m_request->connectionId()));
    setAttribute(Qt::WA_DeleteOnClose);

    auto *layout = new QVBoxLayout(this);
    auto *header = new QHBoxLayout;
    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(48, 48));
    header->addWidget(icon, 0, Qt::AlignTop);
    auto *intro = new QLabel(
        tr("<b>The server of connection %1 presented a certificate that cannot be verified</b><br>%2<br><br>"
           "Compare the fingerprint with the one the server's administrator gives you. Trust it only if they "
           "match: Welkin will then accept exactly this certificate for this connection, and refuse any "
           "other one later.")
            .arg(m_request->connectionId().toHtmlEscaped(), m_request->errorTexts().join(u"<br>"_s).toHtmlEscaped()),
        this);
    intro->setWordWrap(true);
    header->addWidget(intro, 1);
    layout->addLayout(header);

    const QLocale locale;
    const QDateTime now = QDateTime::currentDateTime();
    QString until = locale.toString(m_request->validUntil(), QLocale::LongFormat);
    if (m_request->validUntil() < now)
        until = tr("%1 (expired)").arg(until);
    QString from = locale.toString(m_request->validFrom(), QLocale::LongFormat);
    if (m_request->validFrom() > now)
        from = tr("%1 (not yet valid)").arg(from);

    auto *form = new QFormLayout;
    form->addRow(tr("Subject:"), selectableLabel(m_request->subject(), this));
    form->addRow(tr("Issuer:"), selectableLabel(m_request->issuer(), this));
    form->addRow(tr("Valid from:"), selectableLabel(from, this));
    form->addRow(tr("Valid until:"), selectableLabel(until, this));
    m_fingerprint = selectableLabel(twoLines(m_request->sha256Fingerprint()), this);
    m_fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_fingerprint->setWordWrap(false); // two fixed lines of 16 bytes, compared group by group
    form->addRow(tr("SHA-256 fingerprint:"), m_fingerprint);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_trust = buttons->addButton(tr("Trust this certificate for this connection"), QDialogButtonBox::AcceptRole);
    m_trust->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(qMax(sizeHint().width(), fontMetrics().averageCharWidth() * 80));
}

CertificateDialog::~CertificateDialog()
{
    m_request->reject(); // no-op when already answered
}

QString CertificateDialog::fingerprintText() const
{
    return m_fingerprint->text();
}

void CertificateDialog::done(int result)
{
    if (result == QDialog::Accepted)
        m_request->trust();
    else
        m_request->reject();
    QDialog::done(result);
}

void GuiCertificateTrustHandler::decideTrust(const CertificateTrustRequestPtr &request)
{
    auto *dialog = new CertificateDialog(request, m_parent);
    dialog->open();
}

} // namespace welkin
