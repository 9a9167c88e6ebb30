#pragma once

#include "content/VmPageFactory.h"

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace welkin {

// The VM view's XML tab (libvirt VMs): the persistent definition in a highlighted editor. Review
// shows a line diff against what libvirt holds; Apply defines it with libvirt's validation and
// re-reads it. Faults are shown above the editor, the line they point at marked; nothing is
// changed until libvirt accepts the whole definition.
class VmXmlPage : public VmPage
{
    Q_OBJECT
public:
    explicit VmXmlPage(const VmPageContext &context, QWidget *parent = nullptr);
    void setVm(const ResourceId &vm) override;

    // For tests.
    QPlainTextEdit *editor() const { return m_editor; }
    QPlainTextEdit *diffView() const { return m_diff; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *reviewButton() const { return m_review; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *revertButton() const { return m_revert; }
    QPushButton *reloadButton() const { return m_reload; }
    bool isReviewing() const;
    bool isBusy() const { return m_busy; }
    int markedLine() const { return m_markedLine; } // 0 when none

private:
    void load();
    void setDefinition(const QString &xml);
    void review();
    void apply();
    void backToEditing();
    void updateButtons();
    void showMessage(const QString &text, bool error, int line = 0);
    void markLine(int line);
    bool vmIsActive() const;

    VmPageContext m_context;
    ResourceId m_vm;
    QString m_definition; // what libvirt holds
    bool m_busy = false;
    int m_markedLine = 0;
    QStackedWidget *m_stack;
    QPlainTextEdit *m_editor;
    QPlainTextEdit *m_diff;
    QLabel *m_unavailable;
    QLabel *m_message;
    QPushButton *m_reload;
    QPushButton *m_revert;
    QPushButton *m_review;
    QPushButton *m_apply;
    QPushButton *m_back;
};

class VmXmlPageFactory : public VmPageFactory
{
public:
    QString id() const override;
    QString title() const override;
    VmPage *create(const VmPageContext &context, QWidget *parent) const override;
};

} // namespace welkin
