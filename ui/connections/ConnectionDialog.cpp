#include "ConnectionDialog.h"

#include "CloudStackConnectionPage.h"
#include "ConnectionTester.h"
#include "KeychainCredentialHandler.h"
#include "LibvirtConnectionPage.h"
#include "OpenStackConnectionPage.h"
#include "Theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace welkin {

using namespace Qt::StringLiterals;

ConnectionDialog::ConnectionDialog(QStringList takenIds, QWidget *parent)
    : QDialog(parent), m_takenIds(std::move(takenIds)), m_name(new QLineEdit), m_kind(new QComboBox),
      m_pages(new QStackedWidget), m_problem(new QLabel), m_test(new QPushButton(tr("&Test Connection"))),
      m_testResult(new QLabel), m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel)),
      m_certificateBox(new QGroupBox(tr("Trusted Certificate"))), m_certificate(new QLabel),
      m_forgetCertificateButton(new QPushButton(tr("&Forget This Certificate"))), m_certificateNote(new QLabel),
      m_tester(new ConnectionTester(this)), m_testCredentials(new KeychainCredentialHandler(nullptr, nullptr, this))
{
    setWindowTitle(tr("Add Connection"));
    setObjectName(u"connectionDialog"_s);
    m_name->setObjectName(u"connectionName"_s);
    m_kind->setObjectName(u"connectionKind"_s);
    m_problem->setObjectName(u"connectionProblem"_s);
    m_problem->setWordWrap(true);
    m_test->setObjectName(u"testConnection"_s);
    m_testResult->setObjectName(u"testResult"_s);
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse); // errors get pasted into tickets

    auto *top = new QFormLayout;
    top->addRow(tr("&Name:"), m_name);
    top->addRow(tr("&Kind:"), m_kind);
    auto *details = new QGroupBox(tr("Connection"));
    (new QVBoxLayout(details))->addWidget(m_pages);
    m_certificateBox->setObjectName(u"trustedCertificate"_s);
    m_certificate->setObjectName(u"trustedCertificateDetails"_s);
    m_certificate->setWordWrap(true);
    m_certificate->setTextInteractionFlags(Qt::TextSelectableByMouse); // fingerprints get compared by hand
    m_forgetCertificateButton->setObjectName(u"forgetCertificate"_s);
    auto *certificateLayout = new QVBoxLayout(m_certificateBox);
    certificateLayout->addWidget(m_certificate);
    certificateLayout->addWidget(m_forgetCertificateButton, 0, Qt::AlignLeft);
    m_certificateNote->setObjectName(u"forgetCertificateNote"_s);
    m_certificateNote->setWordWrap(true);
    m_certificateNote->setText(tr("Forgotten when you press OK: the next connection shows the server's certificate "
                                  "and asks again."));
    certificateLayout->addWidget(m_certificateNote);
    m_certificateBox->hide();
    m_certificateNote->hide();
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test, 0, Qt::AlignTop);
    testRow->addWidget(m_testResult, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(details);
    layout->addWidget(m_certificateBox);
    layout->addWidget(m_problem);
    layout->addLayout(testRow);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, m_pages, &QStackedWidget::setCurrentIndex);
    // The group box fits the shown page, not the tallest one (the OpenStack page is much taller).
    connect(m_pages, &QStackedWidget::currentChanged, this, [this](int current) {
        for (int i = 0; i < m_pages->count(); ++i) {
            const auto policy = i == current ? QSizePolicy::Preferred : QSizePolicy::Ignored;
            m_pages->widget(i)->setSizePolicy(policy, policy);
        }
        if (isVisible())
            resize(width(), sizeHint().height());
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ConnectionDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &ConnectionDialog::runTest);
    connect(m_forgetCertificateButton, &QPushButton::clicked, this, [this] {
        m_forgetCertificate = true;
        m_forgetCertificateButton->setEnabled(false);
        m_certificateNote->show();
        resize(width(), std::max(height(), sizeHint().height()));
    });
    connect(m_tester, &ConnectionTester::finished, this, [this](bool ok, const QString &message) {
        m_test->setEnabled(true);
        m_testResult->setText((ok ? u"✔ "_s : u"✘ "_s) + message);
        Theme::setErrorStyle(m_testResult, !ok);
        // Saving what just failed would only fail again: OK waits for an edit or a passing test.
        okButton()->setEnabled(ok && m_problem->text().isEmpty());
        okButton()->setToolTip(ok ? QString() : tr("The test failed: change the connection or test it again"));
    });
    connect(m_name, &QLineEdit::textEdited, this, &ConnectionDialog::validate);

    addPage(new LibvirtConnectionPage);
    addPage(new OpenStackConnectionPage);
    addPage(new CloudStackConnectionPage);
    m_tester->setCredentialHandler(m_testCredentials);
    resize(600, sizeHint().height());
    validate();
}

ConnectionDialog::~ConnectionDialog() = default;

void ConnectionDialog::addPage(ConnectionPage *page)
{
    if (m_pages->count() > 0)
        page->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_pages->addWidget(page);
    m_kind->addItem(page->title(), page->kind());
    connect(page, &ConnectionPage::changed, this, &ConnectionDialog::validate);
}

ConnectionPage *ConnectionDialog::currentPage() const
{
    return qobject_cast<ConnectionPage *>(m_pages->currentWidget());
}

QPushButton *ConnectionDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void ConnectionDialog::setCertificatePin(const std::optional<CertificatePin> &pin)
{
    m_forgetCertificate = false;
    m_certificateNote->hide();
    m_forgetCertificateButton->setEnabled(pin.has_value());
    m_certificateBox->setVisible(pin.has_value());
    if (!pin) {
        m_certificate->clear();
        return;
    }
    const QLocale locale;
    const bool expired = pin->expires.isValid() && pin->expires < QDateTime::currentDateTime();
    const QString rows = u"<tr><td>%1</td><td>%2</td></tr>"_s;
    QString text = u"<p>"_s
        + tr("You trusted this server certificate although no trusted authority vouches for it. "
             "Welkin accepts exactly this certificate for this connection and refuses any other.").toHtmlEscaped()
        + u"</p><table>"_s;
    text += rows.arg(tr("Subject:"), pin->subject.toHtmlEscaped());
    text += rows.arg(tr("Issuer:"), pin->issuer.toHtmlEscaped());
    text += rows.arg(tr("SHA-256:"), u"<tt>%1</tt>"_s.arg(CertificatePinStore::formatFingerprint(pin->sha256)));
    text += rows.arg(tr("Expires:"), locale.toString(pin->expires, QLocale::ShortFormat)
                                         + (expired ? u" <b>"_s + tr("(expired)") + u"</b>"_s : QString()));
    text += rows.arg(tr("Trusted on:"), locale.toString(pin->pinned, QLocale::ShortFormat));
    m_certificate->setText(text + u"</table>"_s);
}

void ConnectionDialog::setCredentialHandler(CredentialHandler *handler)
{
    m_testCredentials->setFallback(handler);
}

QMap<QString, QString> ConnectionDialog::secrets() const
{
    ConnectionPage *page = currentPage();
    return page ? page->secrets() : QMap<QString, QString>{};
}

bool ConnectionDialog::rememberSecrets() const
{
    ConnectionPage *page = currentPage();
    return !page || page->rememberSecrets();
}

void ConnectionDialog::setProfile(const ConnectionProfile &profile)
{
    setWindowTitle(tr("Edit Connection"));
    m_editedId = profile.id;
    m_name->setText(profile.displayName);
    const int kindIndex = m_kind->findData(profile.kind);
    if (kindIndex >= 0) {
        m_kind->setCurrentIndex(kindIndex);
        currentPage()->setProfile(profile);
    }
    validate();
}

ConnectionProfile ConnectionDialog::profile() const
{
    ConnectionPage *page = currentPage();
    ConnectionProfile profile = page ? page->profile() : ConnectionProfile{};
    profile.displayName = m_name->text().trimmed();
    if (profile.displayName.isEmpty() && page)
        profile.displayName = page->suggestedName();
    if (!m_editedId.isEmpty()) {
        profile.id = m_editedId;
        return profile;
    }
    // New connections are keyed by their URI, like --connect; a second one to the same URI
    // gets a suffix rather than replacing the first.
    profile.id = profile.uri;
    for (int n = 2; m_takenIds.contains(profile.id); ++n)
        profile.id = profile.uri + u'#' + QString::number(n);
    return profile;
}

void ConnectionDialog::validate()
{
    ConnectionPage *page = currentPage();
    const QString problem = page ? page->validationError() : tr("Choose a kind of connection.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    Theme::setErrorStyle(m_problem, true);
    okButton()->setEnabled(problem.isEmpty());
    okButton()->setToolTip(QString());
    m_test->setEnabled(problem.isEmpty());
    m_name->setPlaceholderText(page ? page->suggestedName() : QString());
    m_testResult->clear();
}

void ConnectionDialog::runTest()
{
    m_test->setEnabled(false);
    Theme::setErrorStyle(m_testResult, false);
    m_testResult->setText(tr("Connecting…"));
    // The id the connection has or will get when saved: a certificate trusted during the test
    // is pinned for this connection only. The test's secrets stay in this dialog's memory.
    const ConnectionProfile tested = profile();
    const QString testedId = ConnectionTester::testedId(tested);
    m_testCredentials->forget(testedId);
    m_testCredentials->saveSecrets(testedId, secrets(), false);
    m_testCredentials->setResolver([tested, testedId](const CredentialRequest &) {
        ConnectionProfile answered = tested;
        answered.id = testedId;
        return std::optional<ConnectionProfile>(answered);
    });
    m_tester->start(tested);
}

} // namespace welkin
