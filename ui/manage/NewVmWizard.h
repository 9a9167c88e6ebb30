#pragma once

#include "manage/VmSpec.h"
#include "model/ResourceId.h"

#include <QPointer>
#include <QWizard>

namespace welkin {

class NewVmCloudPage;
class NewVmHardwarePage;
class NewVmHostData;
class NewVmOsPage;
class NewVmSourcePage;
class NewVmSummaryPage;
class ProviderManager;
class Task;

// The New VM wizard. For libvirt hosts: source (with the name and host), operating system,
// hardware, summary; Finish runs VmManager::createVm. For clouds: source (name and cloud), then
// the cloud's page; Finish runs Provider::launch. The wizard stays open with the task's progress
// until it ends: an error is shown on the last page (Back leads to the fields), a success closes
// the wizard and announces the new VM.
class NewVmWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { SourcePageId, OsPageId, HardwarePageId, SummaryPageId, CloudPageId };

    // `providerId` preselects that host (a libvirt connection); empty: the first connected one.
    NewVmWizard(ProviderManager *providers, const QString &providerId = {}, QWidget *parent = nullptr);

    // Everything the pages collected.
    NewVmSpec spec() const;
    NewVmHostData *hostData() const { return m_data; }
    NewVmSourcePage *sourcePage() const { return m_source; }
    NewVmOsPage *osPage() const { return m_os; }
    NewVmHardwarePage *hardwarePage() const { return m_hardware; }
    NewVmSummaryPage *summaryPage() const { return m_summary; }
    NewVmCloudPage *cloudPage() const { return m_cloud; }
    // The create task while (and after) it runs.
    Task *createTask() const;

    void accept() override;
    void reject() override;

Q_SIGNALS:
    // The VM exists (and runs when asked); `openConsole` when the user asked for its console.
    void vmCreated(const welkin::ResourceId &vm, bool openConsole);

private:
    void createFinished(Task *task);
    void launchOnCloud();
    void launchFinished(Task *task);
    void setRunning(bool running);

    ProviderManager *m_providers;
    NewVmHostData *m_data;
    NewVmSourcePage *m_source;
    NewVmOsPage *m_os;
    NewVmHardwarePage *m_hardware;
    NewVmSummaryPage *m_summary;
    NewVmCloudPage *m_cloud;
    QPointer<Task> m_task;
    bool m_running = false;
};

} // namespace welkin
