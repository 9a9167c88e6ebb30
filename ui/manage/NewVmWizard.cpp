#include "NewVmWizard.h"

#include "ManageSupport.h"
#include "NewVmCloudPage.h"
#include "NewVmHardwarePage.h"
#include "NewVmHostData.h"
#include "NewVmOsPage.h"
#include "NewVmSourcePage.h"
#include "NewVmSummaryPage.h"
#include "providers/Task.h"
#include "providers/libvirt/LibvirtProvider.h"
#include "providers/libvirt/VmManager.h"

#include <QAbstractButton>

namespace welkin {

using namespace Qt::StringLiterals;

NewVmWizard::NewVmWizard(ProviderManager *providers, const QString &providerId, QWidget *parent)
    : QWizard(parent), m_providers(providers), m_data(new NewVmHostData(this))
{
    setObjectName(u"newVmWizard"_s);
    setWindowTitle(tr("New Virtual Machine"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    m_source = new NewVmSourcePage(providers, m_data);
    m_os = new NewVmOsPage(m_source);
    m_hardware = new NewVmHardwarePage(m_data, m_source, m_os);
    m_summary = new NewVmSummaryPage(this);
    m_cloud = new NewVmCloudPage(providers, m_source);
    setPage(SourcePageId, m_source);
    setPage(OsPageId, m_os);
    setPage(HardwarePageId, m_hardware);
    setPage(SummaryPageId, m_summary);
    setPage(CloudPageId, m_cloud);
    setButtonText(QWizard::FinishButton, tr("&Create"));
    if (!providerId.isEmpty())
        m_source->setHost(providerId);
    resize(780, 640);
}

NewVmSpec NewVmWizard::spec() const
{
    NewVmSpec spec;
    m_hardware->applyTo(spec);
    spec.startAfter = m_summary->startAfter();
    return spec;
}

Task *NewVmWizard::createTask() const
{
    return m_task;
}

void NewVmWizard::accept()
{
    if (m_running)
        return;
    if (m_source->cloudChosen()) {
        launchOnCloud();
        return;
    }
    LibvirtProvider *provider = m_data->provider();
    if (!provider) {
        m_summary->showError(tr("The host is no longer connected"));
        return;
    }
    const NewVmSpec vm = spec();
    m_task = VmManager(provider).createVm(vm);
    setRunning(true);
    connect(m_task, &Task::progressChanged, this, [this](int percent) {
        if (m_task)
            m_summary->showProgress(percent, m_task->detail());
    });
    connect(m_task, &Task::detailChanged, this, [this](const QString &detail) {
        if (m_task)
            m_summary->showProgress(m_task->progress(), detail);
    });
    connect(m_task, &Task::cancellableChanged, this, [this] { setRunning(m_running); });
    manage::whenFinished(m_task, this, [this](Task *task) { createFinished(task); });
}

void NewVmWizard::createFinished(Task *task)
{
    setRunning(false);
    if (task->state() != Task::State::Succeeded) {
        m_summary->showError(tr("Could not create the VM: %1").arg(task->errorText()));
        return;
    }
    const QString uuid = task->result().toString();
    const ResourceId vm(m_data->provider() ? m_data->provider()->id() : m_source->hostId(), ResourceKind::Vm, uuid);
    Q_EMIT vmCreated(vm, m_summary->openConsole());
    QWizard::accept();
}

void NewVmWizard::launchOnCloud()
{
    Provider *cloud = m_cloud->provider();
    const CloudLaunchSpec spec = m_cloud->spec();
    const QString problem = cloud ? cloudLaunchProblem(spec, m_cloud->choices()) : tr("The cloud is no longer connected");
    if (!problem.isEmpty()) {
        m_cloud->showError(problem);
        return;
    }
    m_task = cloud->launch(spec);
    setRunning(true);
    auto show = [this] {
        if (m_task)
            m_cloud->showProgress(m_task->progress(), m_task->detail());
    };
    connect(m_task, &Task::progressChanged, this, show);
    connect(m_task, &Task::detailChanged, this, show);
    manage::whenFinished(m_task, this, [this](Task *task) { launchFinished(task); });
}

void NewVmWizard::launchFinished(Task *task)
{
    setRunning(false);
    if (task->state() != Task::State::Succeeded) {
        m_cloud->showError(tr("Could not create the server: %1").arg(task->errorText()));
        return;
    }
    const QStringList created = task->result().toStringList();
    if (!created.isEmpty())
        Q_EMIT vmCreated(ResourceId::fromString(created.first()), false);
    QWizard::accept();
}

void NewVmWizard::reject()
{
    if (!m_running) {
        QWizard::reject();
        return;
    }
    // Leaving now would hide how the create ends: cancel it where libvirt can, else wait.
    if (m_task && m_task->isCancellable())
        m_task->requestCancel();
}

void NewVmWizard::setRunning(bool running)
{
    m_running = running;
    if (m_source->cloudChosen())
        m_cloud->setRunning(running);
    else
        m_summary->setRunning(running);
    setOption(QWizard::DisabledBackButtonOnLastPage, running);
    if (QAbstractButton *cancel = button(QWizard::CancelButton))
        cancel->setEnabled(!running || (m_task && m_task->isCancellable()));
}

} // namespace welkin
