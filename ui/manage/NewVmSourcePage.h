#pragma once

#include "manage/VmSpec.h"

#include <QWizardPage>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStackedWidget;

namespace welkin {

class NewVmHostData;
class ProviderManager;
class VolumePicker;

// New VM wizard, page 1: the host or cloud, the VM's name (checked as it is typed) and, on a
// libvirt host, where its system comes from: an ISO volume, a local ISO to upload, an existing
// disk image, PXE, or a cloud image with cloud-init (user, SSH key, host name, extra user-data).
// A cloud's choices are on its own page (NewVmCloudPage).
class NewVmSourcePage : public QWizardPage
{
    Q_OBJECT
public:
    NewVmSourcePage(ProviderManager *providers, NewVmHostData *data, QWidget *parent = nullptr);

    // Preselects a host (the connection whose menu opened the wizard).
    void setHost(const QString &providerId);
    QString hostId() const;
    // A cloud (OpenStack, CloudStack) was chosen: its own page follows, not the libvirt ones.
    bool cloudChosen() const;
    QString vmName() const;
    InstallSource source() const;
    void setSource(InstallSource source);

    // Empty when the name is acceptable.
    QString nameProblem() const;
    QString sourceProblem() const;
    // A file on this computer to detect the OS from (local ISO, or a pool ISO readable here).
    QString isoToDetect() const;
    // The cloud image or imported volume, for the hardware page's disk defaults.
    void applyTo(NewVmSpec &spec) const;

    bool isComplete() const override;
    void initializePage() override;
    int nextId() const override;

private:
    QWidget *createIsoForm();
    QWidget *createLocalIsoForm();
    QWidget *createImportForm();
    QWidget *createNetworkForm();
    QWidget *createCloudForm();
    void fillHosts();
    void onHostChosen();
    void updateState();
    QString localIsoProblem() const;
    CloudInitSpec cloudInit() const;

    ProviderManager *m_providers;
    NewVmHostData *m_data;
    QString m_preferredHost;
    QComboBox *m_host;
    QLineEdit *m_name;
    QLabel *m_nameMessage;
    QButtonGroup *m_sources;
    QStackedWidget *m_forms;
    QLabel *m_sourceMessage;
    QWidget *m_installSection;
    QLabel *m_cloudHint;
    VolumePicker *m_iso = nullptr;
    QLineEdit *m_localIso = nullptr;
    VolumePicker *m_localIsoPool = nullptr;
    VolumePicker *m_import = nullptr;
    VolumePicker *m_cloudImage = nullptr;
    QLineEdit *m_cloudUser = nullptr;
    QComboBox *m_sshKey = nullptr;
    QLineEdit *m_cloudHost = nullptr;
    QPlainTextEdit *m_userData = nullptr;
    bool m_hostNameEdited = false;
};

} // namespace welkin
