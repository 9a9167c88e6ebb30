#pragma once

#include "content/VmPageFactory.h"
#include "manage/SnapshotXml.h"

#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTimer;
class QTreeView;

namespace welkin {

class Provider;
class SnapshotTreeModel;
class Task;

// The VM view's Snapshots tab, one panel for every provider that keeps snapshots (libvirt's tree,
// CloudStack's VM snapshots, OpenStack's server images): Take, Revert (confirmed, naming what is
// lost) and Delete (libvirt: one or with its children), each a task through Provider::perform;
// libvirt descriptions can be edited. What is offered follows Provider::snapshotSupport(). Re-listed
// after every action and every few seconds while shown, so snapshots another client takes appear
// and a cloud's snapshot in the making is seen becoming ready.
class VmSnapshotsPage : public VmPage
{
    Q_OBJECT
public:
    explicit VmSnapshotsPage(const VmPageContext &context, QWidget *parent = nullptr);
    void setVm(const ResourceId &vm) override;

    // Seams for tests; by default dialogs.
    std::function<std::optional<SnapshotSpec>(const QString &vmName, bool running, const QStringList &taken,
                                              const SnapshotSupport &support)>
        askSpec;
    std::function<bool(const QString &title, const QString &question, const QString &confirmText)> confirm;
    // nullopt: cancelled; true: with its children; false: this one only.
    std::function<std::optional<bool>(const QString &snapshot, int children)> askDeleteChildren;
    // nullopt: cancelled; else the new description ("" removes it).
    std::function<std::optional<QString>(const QString &snapshot, const QString &current)> askDescription;

    SnapshotTreeModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *unavailableLabel() const { return m_unavailable; }
    QLabel *imagesNote() const { return m_imagesNote; }
    QPushButton *takeButton() const { return m_take; }
    QPushButton *revertButton() const { return m_revert; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *describeButton() const { return m_describe; }
    bool isBusy() const { return m_busy > 0; }
    void refresh();
    // Selects the snapshot with that id (libvirt: its name).
    bool selectSnapshot(const QString &id);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void take();
    void revert();
    void remove();
    void describe();
    void runAction(Task *task, const QString &done);
    void updateButtons();
    void showMessage(const QString &text, bool error);
    bool vmIsActive() const;
    const VmSnapshot *selected() const;
    Provider *provider() const;

    VmPageContext m_context;
    ResourceId m_vm;
    SnapshotSupport m_support;
    SnapshotTreeModel *m_model;
    QStackedWidget *m_stack;
    QTreeView *m_view;
    QLabel *m_unavailable;
    QLabel *m_imagesNote;
    QLabel *m_message;
    QPushButton *m_take;
    QPushButton *m_revert;
    QPushButton *m_delete;
    QPushButton *m_describe;
    QPushButton *m_refresh;
    QTimer *m_poll;
    int m_busy = 0;
    quint64 m_listing = 0; // the newest listing asked for; older answers are dropped
};

class VmSnapshotsPageFactory : public VmPageFactory
{
public:
    QString id() const override;
    QString title() const override;
    VmPage *create(const VmPageContext &context, QWidget *parent) const override;
};

} // namespace welkin
