#pragma once

#include "manage/OsCatalog.h"

#include <QWizardPage>

#include <optional>

class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStandardItemModel;

namespace welkin {

class NewVmSourcePage;

// New VM wizard, page 2: the operating system, detected from the install ISO when this computer
// can read it (on the catalog's thread), else picked from a searchable list. Shows libosinfo's
// recommended memory, vCPUs and disk size, which the hardware page takes as defaults.
class NewVmOsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit NewVmOsPage(NewVmSourcePage *source, QWidget *parent = nullptr);

    // The chosen OS; empty for "Generic or unknown".
    std::optional<OsInfoEntry> os() const;
    bool selectOs(const QString &shortId);
    QLineEdit *filterEdit() const { return m_filter; }
    QListView *listView() const { return m_list; }
    // Whether a detection is still running.
    bool isDetecting() const { return m_detecting; }

    bool isComplete() const override;
    void initializePage() override;

Q_SIGNALS:
    void detectionFinished();

private:
    void fillList();
    void detect();
    void updateRecommendation();

    NewVmSourcePage *m_source;
    QLabel *m_status;
    QLineEdit *m_filter;
    QListView *m_list;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_recommendation;
    QString m_detectedFor;   // the ISO last detected (detect once per file)
    QString m_pendingSelect; // short id to select once the list is filled
    bool m_detecting = false;
};

} // namespace welkin
