#include "PreferencesDialog.h"

#include "Theme.h"
#include "console/ViewerLauncher.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace welkin {

using namespace Qt::StringLiterals;

namespace {

QSpinBox *spinBox(const QString &name, int minimum, int maximum, const QString &suffix, const QString &offText = {})
{
    auto *box = new QSpinBox;
    box->setObjectName(name);
    box->setRange(minimum, maximum);
    box->setSuffix(suffix);
    if (!offText.isEmpty())
        box->setSpecialValueText(offText); // shown for the minimum, 0
    box->setAccelerated(true);
    return box;
}

QLabel *note(const QString &text)
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

PreferencesDialog::PreferencesDialog(const Preferences &current, QWidget *parent)
    : QDialog(parent), m_tabs(new QTabWidget),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Preferences"));
    setObjectName(u"preferencesDialog"_s);
    m_tabs->addTab(withRestoreButton(createMonitoringTab(), MonitoringTab), tr("Monitoring"));
    m_tabs->addTab(withRestoreButton(createHistoryTab(), HistoryTab), tr("History"));
    m_tabs->addTab(withRestoreButton(createConfirmationsTab(), ConfirmationsTab), tr("Confirmations"));
    m_tabs->addTab(withRestoreButton(createConsolesTab(), ConsolesTab), tr("Consoles"));
    m_tabs->addTab(withRestoreButton(createStartupTab(), StartupTab), tr("Startup"));
    for (Tab tab : {MonitoringTab, HistoryTab, ConfirmationsTab, ConsolesTab, StartupTab})
        showValues(current, tab);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_viewerCommand, &QLineEdit::textChanged, this, &PreferencesDialog::validate);
    validate();
    updateDemoButton();
    resize(std::max(560, sizeHint().width()), sizeHint().height());
}

QPushButton *PreferencesDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QWidget *PreferencesDialog::withRestoreButton(QWidget *page, Tab tab)
{
    auto *restore = new QPushButton(tr("Restore Defaults"));
    restore->setObjectName(u"restoreDefaults%1"_s.arg(int(tab)));
    restore->setToolTip(tr("Puts this page's fields back to their defaults; nothing changes until OK"));
    connect(restore, &QPushButton::clicked, this, [this, tab] {
        showValues(Preferences{}, tab);
        validate();
    });
    m_restore.insert(tab, restore);
    auto *wrapper = new QWidget;
    auto *layout = new QVBoxLayout(wrapper);
    layout->addWidget(page);
    layout->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(restore);
    layout->addLayout(row);
    return wrapper;
}

QWidget *PreferencesDialog::createMonitoringTab()
{
    const QString seconds = tr(" s");
    m_statsInterval = spinBox(u"statsInterval"_s, 0, 3600, seconds, tr("Off"));
    m_statsInterval->setToolTip(tr("How often the figures of every VM are read (CPU, memory, disk and network)"));
    m_keepaliveInterval = spinBox(u"keepaliveInterval"_s, 0, 600, seconds, tr("Off"));
    m_keepaliveInterval->setToolTip(tr("How often an idle connection asks the host whether it is still there"));
    m_keepaliveCount = spinBox(u"keepaliveCount"_s, 1, 100, {});
    m_keepaliveCount->setToolTip(tr("Unanswered keepalives before the host counts as unreachable"));
    m_reconcileInterval = spinBox(u"reconcileInterval"_s, 0, 86400, seconds, tr("Off (events only)"));
    m_reconcileInterval->setToolTip(tr("A full listing now and then catches what the host's events missed"));

    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    form->addRow(tr("&Statistics every:"), m_statsInterval);
    form->addRow(tr("&Keepalive every:"), m_keepaliveInterval);
    form->addRow(tr("Unreachable after &missed keepalives:"), m_keepaliveCount);
    form->addRow(tr("Full &listing every:"), m_reconcileInterval);
    form->addRow(note(tr("Defaults for libvirt connections. They apply to connections opened from now on: new ones, "
                         "ones you edit or reconnect after disconnecting, and all of them at the next start. "
                         "Connections that are open now keep their settings until then.")));
    return page;
}

QWidget *PreferencesDialog::createHistoryTab()
{
    m_rawRetention = spinBox(u"rawRetention"_s, 1, 24 * 31, tr(" h"));
    m_minuteRetention = spinBox(u"minuteRetention"_s, 1, 366, tr(" days"));
    m_hourRetention = spinBox(u"hourRetention"_s, 1, 3660, tr(" days"));
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    form->addRow(tr("Keep &every sample for:"), m_rawRetention);
    form->addRow(tr("Keep &1-minute averages for:"), m_minuteRetention);
    form->addRow(tr("Keep 1-&hour averages for:"), m_hourRetention);
    form->addRow(note(tr("Older figures are deleted from the history in the background; charts of longer spans use "
                         "the averages. Shorter times keep the history file smaller.")));
    return page;
}

QWidget *PreferencesDialog::createConfirmationsTab()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("Ask before:")));
    for (Confirmation c : Preferences::confirmations()) {
        auto *box = new QCheckBox(Preferences::confirmationText(c));
        box->setObjectName(u"confirm-"_s + Preferences::confirmationName(c));
        m_confirmations.insert(c, box);
        layout->addWidget(box);
    }
    layout->addWidget(note(tr("Unchecked actions run as soon as you choose them, on every selected VM.")));
    return page;
}

QWidget *PreferencesDialog::createConsolesTab()
{
    m_embedded = new QRadioButton(tr("In a tab of the &window (VNC; SPICE opens in the viewer)"));
    m_embedded->setObjectName(u"consoleEmbedded"_s);
    m_external = new QRadioButton(tr("In the external &viewer"));
    m_external->setObjectName(u"consoleExternal"_s);
    auto *group = new QButtonGroup(this);
    group->addButton(m_embedded);
    group->addButton(m_external);
    m_scale = new QCheckBox(tr("&Scale the guest screen to the window"));
    m_scale->setObjectName(u"consoleScale"_s);
    m_viewerCommand = new QLineEdit;
    m_viewerCommand->setObjectName(u"viewerCommand"_s);
    m_viewerCommand->setPlaceholderText(ViewerLauncher::defaultCommand().join(u' '));
    m_viewerCommand->setClearButtonEnabled(true);
    m_viewerMessage = new QLabel;
    m_viewerMessage->setObjectName(u"viewerCommandMessage"_s);
    m_viewerMessage->setWordWrap(true);
    m_viewerMessage->hide();

    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    auto *opens = new QVBoxLayout;
    opens->addWidget(m_embedded);
    opens->addWidget(m_external);
    form->addRow(tr("Open consoles:"), opens);
    form->addRow(QString(), m_scale);
    form->addRow(tr("Viewer &command:"), m_viewerCommand);
    form->addRow(QString(), m_viewerMessage);
    form->addRow(note(tr("The viewer gets a .vv file on its standard input (\"-\" in the command); the password "
                         "never touches the disk. Empty: remote-viewer.")));
    return page;
}

QWidget *PreferencesDialog::createStartupTab()
{
    m_demoHost = new QComboBox;
    m_demoHost->setObjectName(u"demoHost"_s);
    m_demoHost->addItem(tr("Only when no connection is configured"), int(Preferences::DemoHost::WhenNoConnection));
    m_demoHost->addItem(tr("Never"), int(Preferences::DemoHost::Never));
    m_removeDemo = new QPushButton(tr("&Remove Demo Host Now"));
    m_removeDemo->setObjectName(u"removeDemoHost"_s);
    connect(m_removeDemo, &QPushButton::clicked, this, [this] {
        if (m_removeDemoNow)
            m_removeDemoNow();
        m_demoHost->setCurrentIndex(m_demoHost->findData(int(Preferences::DemoHost::Never)));
        updateDemoButton();
    });
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    form->addRow(tr("Show the &demo host:"), m_demoHost);
    form->addRow(QString(), m_removeDemo);
    form->addRow(note(tr("The demo host is a made-up libvirt host (libvirt's test driver) to look around with. "
                         "Removing it keeps it away at the next start too.")));
    return page;
}

void PreferencesDialog::setDemoHostActions(std::function<bool()> isOpen, std::function<void()> remove)
{
    m_demoOpen = std::move(isOpen);
    m_removeDemoNow = std::move(remove);
    updateDemoButton();
}

void PreferencesDialog::updateDemoButton()
{
    const bool open = m_demoOpen && m_demoOpen();
    m_removeDemo->setEnabled(open && m_removeDemoNow);
    m_removeDemo->setToolTip(open ? tr("Closes the demo host's connection and does not open it again")
                                  : tr("The demo host is not open"));
}

void PreferencesDialog::showValues(const Preferences &p, Tab tab)
{
    switch (tab) {
    case MonitoringTab:
        m_statsInterval->setValue(p.statsIntervalSeconds);
        m_keepaliveInterval->setValue(p.keepaliveIntervalSeconds);
        m_keepaliveCount->setValue(p.keepaliveCount);
        m_reconcileInterval->setValue(p.reconcileIntervalSeconds);
        break;
    case HistoryTab:
        m_rawRetention->setValue(p.rawRetentionHours);
        m_minuteRetention->setValue(p.minuteRetentionDays);
        m_hourRetention->setValue(p.hourRetentionDays);
        break;
    case ConfirmationsTab:
        for (auto it = m_confirmations.cbegin(); it != m_confirmations.cend(); ++it)
            it.value()->setChecked(p.asks(it.key()));
        break;
    case ConsolesTab:
        (p.externalViewer ? m_external : m_embedded)->setChecked(true);
        m_scale->setChecked(p.scaleToFit);
        m_viewerCommand->setText(p.viewerCommand);
        break;
    case StartupTab:
        m_demoHost->setCurrentIndex(m_demoHost->findData(int(p.demoHost)));
        break;
    }
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p;
    p.statsIntervalSeconds = m_statsInterval->value();
    p.keepaliveIntervalSeconds = m_keepaliveInterval->value();
    p.keepaliveCount = m_keepaliveCount->value();
    p.reconcileIntervalSeconds = m_reconcileInterval->value();
    p.rawRetentionHours = m_rawRetention->value();
    p.minuteRetentionDays = m_minuteRetention->value();
    p.hourRetentionDays = m_hourRetention->value();
    for (auto it = m_confirmations.cbegin(); it != m_confirmations.cend(); ++it) {
        if (!it.value()->isChecked())
            p.unconfirmed.insert(it.key());
    }
    p.externalViewer = m_external->isChecked();
    p.scaleToFit = m_scale->isChecked();
    p.viewerCommand = m_viewerCommand->text().trimmed();
    p.demoHost = Preferences::DemoHost(m_demoHost->currentData().toInt());
    return p;
}

void PreferencesDialog::validate()
{
    const QString problem = viewerCommandProblem(m_viewerCommand->text());
    m_viewerMessage->setText(problem);
    m_viewerMessage->setVisible(!problem.isEmpty());
    Theme::setErrorStyle(m_viewerMessage, true);
    okButton()->setEnabled(problem.isEmpty());
    okButton()->setToolTip(problem.isEmpty() ? QString() : tr("Consoles: %1").arg(problem));
}

} // namespace welkin
