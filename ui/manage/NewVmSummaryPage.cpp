#include "NewVmSummaryPage.h"

#include "ManageSupport.h"
#include "NewVmHostData.h"
#include "NewVmWizard.h"
#include "manage/DomainXmlWriter.h"
#include "metrics/Metric.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace welkin {

using namespace Qt::StringLiterals;

NewVmSummaryPage::NewVmSummaryPage(NewVmWizard *wizard)
    : m_wizard(wizard), m_summary(new QLabel), m_xml(new QPlainTextEdit), m_copy(new QPushButton(tr("Cop&y XML"))),
      m_start(new QCheckBox(tr("&Start the VM after creating it"))), m_console(new QCheckBox(tr("&Open its console"))),
      m_progress(new QProgressBar), m_status(new QLabel), m_error(new QLabel)
{
    setTitle(tr("Summary"));
    setSubTitle(tr("Create defines the VM from this definition; libvirt validates it first."));
    m_summary->setObjectName(u"summaryLabel"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_xml->setObjectName(u"xmlView"_s);
    m_xml->setReadOnly(true);
    m_xml->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_xml->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_copy->setObjectName(u"copyXml"_s);
    m_start->setObjectName(u"startAfter"_s);
    m_start->setChecked(true);
    m_console->setObjectName(u"openConsole"_s);
    m_console->setChecked(true);
    m_progress->setObjectName(u"createProgress"_s);
    m_progress->setRange(0, 0);
    m_progress->hide();
    m_status->setObjectName(u"createStatus"_s);
    m_status->setWordWrap(true);
    m_status->hide();
    m_error->setObjectName(u"createError"_s);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();

    auto *options = new QHBoxLayout;
    options->addWidget(m_start);
    options->addWidget(m_console);
    options->addStretch(1);
    options->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_xml, 1);
    layout->addLayout(options);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_error);

    connect(m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_xml->toPlainText()); });
    connect(m_start, &QCheckBox::toggled, m_console, &QWidget::setEnabled);
}

bool NewVmSummaryPage::startAfter() const { return m_start->isChecked(); }

bool NewVmSummaryPage::openConsole() const { return m_start->isChecked() && m_console->isChecked(); }

QString NewVmSummaryPage::xml() const { return m_xml->toPlainText(); }

QString NewVmSummaryPage::errorText() const { return m_error->isVisible() ? m_error->text() : QString(); }

QString NewVmSummaryPage::describe() const
{
    const NewVmSpec spec = m_wizard->spec();
    QStringList lines;
    lines.append(tr("<b>%1</b> on %2").arg(spec.name.toHtmlEscaped(), m_wizard->hostData()->hostName().toHtmlEscaped()));
    QString source;
    switch (spec.source) {
    case InstallSource::IsoVolume: source = tr("Installs from %1").arg(spec.isoPath); break;
    case InstallSource::LocalIso:
        source = tr("Uploads %1 to pool '%2', then installs from it").arg(spec.localIsoPath, spec.isoPool);
        break;
    case InstallSource::ImportDisk: source = tr("Boots the existing image %1").arg(spec.importPath); break;
    case InstallSource::Network: source = tr("Boots from the network (PXE)"); break;
    case InstallSource::CloudImage:
        source = tr("Cloud image %1 with cloud-init: user '%2', host name '%3'")
                     .arg(spec.cloudImagePath, spec.cloudInit.userName, spec.cloudInit.hostName);
        break;
    }
    lines.append(source.toHtmlEscaped());
    QString disk;
    if (!spec.withDisk)
        disk = tr("no disk");
    else if (spec.disk.createNew)
        disk = tr("new %1 %2 volume '%3' in pool '%4'")
                   .arg(formatBytes(double(spec.disk.capacity)), spec.disk.format, DomainXmlWriter::diskVolumeName(spec),
                        spec.disk.pool);
    else
        disk = spec.disk.existingPath;
    QString network;
    if (spec.networkType == u"network"_s)
        network = tr("virtual network '%1' (%2)").arg(spec.networkSource, spec.nicModel);
    else if (spec.networkType == u"bridge"_s)
        network = tr("bridge %1 (%2)").arg(spec.networkSource, spec.nicModel);
    else if (spec.networkType == u"user"_s)
        network = tr("user-mode (%1)").arg(spec.nicModel);
    else
        network = tr("none");
    lines.append(tr("vCPUs: %1, memory: %2 MiB, disk: %3, network: %4, %5, %6")
                     .arg(spec.vcpus)
                     .arg(spec.memoryMiB)
                     .arg(disk, network, spec.firmware.toUpper(), spec.graphics.toUpper())
                     .toHtmlEscaped());
    return lines.join(u"<br>"_s);
}

void NewVmSummaryPage::initializePage()
{
    const NewVmSpec spec = m_wizard->spec();
    // UEFI stays <os firmware='efi'> without a loader path, as createVm defines it: libvirt picks
    // the firmware (and refuses a loader next to firmware='efi').
    DomainXmlInputs inputs = DomainXmlWriter::previewInputs(spec);
    // Volumes still to be made are "<pool>/<name>" in the preview: show where a directory pool
    // puts them, as the created VM will have it.
    auto onHost = [this](const QString &path) {
        if (path.startsWith(u'/'))
            return path;
        const std::optional<StoragePoolInfo> pool = m_wizard->hostData()->pool(path.section(u'/', 0, 0));
        return pool && !pool->targetPath.isEmpty() ? pool->targetPath + u'/' + path.section(u'/', 1) : path;
    };
    inputs.diskPath = onHost(inputs.diskPath);
    for (QString &cdrom : inputs.cdromPaths)
        cdrom = onHost(cdrom);
    m_xml->setPlainText(QString::fromUtf8(DomainXmlWriter::write(spec, inputs)).trimmed());
    m_summary->setText(describe());
    m_error->hide();
    m_status->hide();
    m_progress->hide();
}

void NewVmSummaryPage::setRunning(bool running)
{
    m_running = running;
    m_start->setEnabled(!running);
    m_console->setEnabled(!running && m_start->isChecked());
    m_progress->setVisible(running);
    m_status->setVisible(running);
    if (running) {
        m_progress->setRange(0, 0);
        m_status->setText(tr("Creating %1…").arg(m_wizard->spec().name));
        m_error->hide();
    }
    Q_EMIT completeChanged();
}

void NewVmSummaryPage::showProgress(int percent, const QString &detail)
{
    if (percent >= 0)
        m_progress->setRange(0, 100);
    m_progress->setValue(qMax(0, percent));
    if (!detail.isEmpty())
        m_status->setText(detail);
}

void NewVmSummaryPage::showError(const QString &error)
{
    manage::showFieldMessage(m_error, error);
}

bool NewVmSummaryPage::isComplete() const
{
    return !m_running;
}

} // namespace welkin
