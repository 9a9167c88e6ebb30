#pragma once

#include "providers/CloudLaunch.h"

#include <QPointer>
#include <QWizardPage>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace welkin {

class NewVmSourcePage;
class Provider;
class ProviderManager;
class Task;

// New VM wizard, the page for a cloud (OpenStack, CloudStack): where (region or zone), size
// (flavor or service offering, with vCPUs, RAM and disk), image, networks, key pair (or import
// one of ~/.ssh/*.pub), security groups, cloud-init user-data and how many. Everything offered
// is read from the cloud when the page opens or the location changes; what the cloud refused
// to list is said beside its field. Finish creates the servers; progress and the cloud's own
// error words appear at the bottom.
class NewVmCloudPage : public QWizardPage
{
    Q_OBJECT
public:
    NewVmCloudPage(ProviderManager *providers, NewVmSourcePage *source, QWidget *parent = nullptr);

    Provider *provider() const;
    CloudLaunchSpec spec() const;
    bool choicesLoaded() const { return m_loaded; }
    const CloudLaunchChoices &choices() const { return m_choices; }
    // Why Create is not possible yet; empty when it is.
    QString problem() const;

    void setRunning(bool running);
    void showProgress(int percent, const QString &detail);
    void showError(const QString &error);
    QString errorText() const;

    bool isComplete() const override;
    void initializePage() override;
    int nextId() const override { return -1; }

    // Which public key to import and under what name; replaceable for tests. Empty: cancelled.
    std::function<std::optional<std::pair<QString, QString>>()> askPublicKey;

Q_SIGNALS:
    // The cloud answered (or failed to answer) what it offers.
    void choicesRead();
    void keyImported(const QString &name, const QString &error);

private:
    void readChoices(const QString &location);
    void fill();
    void importKey();
    void updateState();
    std::optional<std::pair<QString, QString>> askForPublicKey();
    void showFieldProblem(QLabel *label, const QString &field) const;
    void showFieldMessage(const QString &text);

    ProviderManager *m_providers;
    NewVmSourcePage *m_source;
    QString m_providerId;
    quint64 m_generation = 0;
    bool m_loaded = false;
    bool m_running = false;
    CloudLaunchChoices m_choices;
    QString m_keyToSelect;

    QComboBox *m_location;
    QLabel *m_loading;
    QTreeWidget *m_sizes;
    QLabel *m_sizesProblem;
    QComboBox *m_image;
    QLabel *m_imagesProblem;
    QListWidget *m_networks;
    QLabel *m_networksProblem;
    QComboBox *m_keyPair;
    QPushButton *m_importKey;
    QLabel *m_keysProblem;
    QListWidget *m_groups;
    QLabel *m_groupsLabel;
    QLabel *m_groupsProblem;
    QPlainTextEdit *m_userData;
    QSpinBox *m_count;
    QLabel *m_quota;
    QLabel *m_message;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_error;
};

} // namespace welkin
