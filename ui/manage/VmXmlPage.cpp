#include "VmXmlPage.h"

#include "ManageSupport.h"
#include "Theme.h"
#include "XmlHighlighter.h"
#include "inventory/Inventory.h"
#include "inventory/InventoryNode.h"
#include "manage/EditedDefinition.h"
#include "manage/LineDiff.h"
#include "providers/Task.h"
#include "providers/libvirt/LibvirtProvider.h"
#include "providers/libvirt/VmManager.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTextBlock>
#include <QVBoxLayout>

namespace welkin {

using namespace Qt::StringLiterals;

namespace {

QColor tint(const QColor &color)
{
    QColor c = color;
    c.setAlpha(60);
    return c;
}

} // namespace

VmXmlPage::VmXmlPage(const VmPageContext &context, QWidget *parent)
    : VmPage(parent), m_context(context), m_stack(new QStackedWidget), m_editor(new QPlainTextEdit),
      m_diff(new QPlainTextEdit), m_unavailable(new QLabel), m_message(new QLabel),
      m_reload(new QPushButton(QIcon::fromTheme(u"view-refresh"_s), tr("Re&load"))),
      m_revert(new QPushButton(QIcon::fromTheme(u"edit-undo"_s), tr("Re&vert"))),
      m_review(new QPushButton(tr("&Review Changes…"))),
      m_apply(new QPushButton(QIcon::fromTheme(u"dialog-ok-apply"_s), tr("&Apply"))),
      m_back(new QPushButton(tr("&Back to Editing")))
{
    setObjectName(u"vmXmlPage"_s);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QPlainTextEdit *edit : {m_editor, m_diff}) {
        edit->setFont(fixed);
        edit->setLineWrapMode(QPlainTextEdit::NoWrap);
        edit->setTabStopDistance(QFontMetricsF(fixed).horizontalAdvance(u' ') * 2);
    }
    m_editor->setObjectName(u"xmlEditor"_s);
    m_diff->setObjectName(u"xmlDiff"_s);
    m_diff->setReadOnly(true);
    new XmlHighlighter(m_editor->document());
    m_message->setObjectName(u"xmlMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_unavailable->setAlignment(Qt::AlignCenter);
    m_unavailable->setWordWrap(true);
    m_unavailable->setEnabled(false);
    m_unavailable->setText(tr("Only VMs on libvirt hosts have an XML definition to edit.\n"
                              "Cloud servers are changed through their flavor and volumes."));

    auto *editing = new QWidget;
    auto *editingButtons = new QHBoxLayout;
    editingButtons->addWidget(m_reload);
    editingButtons->addWidget(m_revert);
    editingButtons->addStretch(1);
    editingButtons->addWidget(m_review);
    auto *editingLayout = new QVBoxLayout(editing);
    editingLayout->setContentsMargins(0, 0, 0, 0);
    editingLayout->addWidget(m_editor, 1);
    editingLayout->addLayout(editingButtons);

    auto *reviewing = new QWidget;
    auto *reviewButtons = new QHBoxLayout;
    reviewButtons->addWidget(m_back);
    reviewButtons->addStretch(1);
    reviewButtons->addWidget(m_apply);
    auto *reviewLayout = new QVBoxLayout(reviewing);
    reviewLayout->setContentsMargins(0, 0, 0, 0);
    reviewLayout->addWidget(m_diff, 1);
    reviewLayout->addLayout(reviewButtons);

    m_stack->addWidget(editing);
    m_stack->addWidget(reviewing);
    m_stack->addWidget(m_unavailable);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_stack, 1);

    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (m_markedLine > 0)
            markLine(0);
        updateButtons();
    });
    connect(m_reload, &QPushButton::clicked, this, &VmXmlPage::load);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        setDefinition(m_definition);
        showMessage({}, false);
    });
    connect(m_review, &QPushButton::clicked, this, &VmXmlPage::review);
    connect(m_back, &QPushButton::clicked, this, &VmXmlPage::backToEditing);
    connect(m_apply, &QPushButton::clicked, this, &VmXmlPage::apply);
    updateButtons();
}

void VmXmlPage::setVm(const ResourceId &vm)
{
    if (vm == m_vm)
        return;
    m_vm = vm;
    m_definition.clear();
    m_editor->clear();
    showMessage({}, false);
    if (!manage::libvirtProvider(m_context.providers, vm.providerId())) {
        m_stack->setCurrentIndex(2);
        updateButtons();
        return;
    }
    m_stack->setCurrentIndex(0);
    load();
}

bool VmXmlPage::isReviewing() const
{
    return m_stack->currentIndex() == 1;
}

void VmXmlPage::load()
{
    LibvirtProvider *provider = manage::libvirtProvider(m_context.providers, m_vm.providerId());
    if (!provider)
        return;
    m_busy = true;
    updateButtons();
    const ResourceId vm = m_vm;
    manage::readResult(VmManager(provider).definition(vm), this, [this, vm](Task *task) {
        if (vm != m_vm)
            return; // another VM was chosen meanwhile
        m_busy = false;
        if (task->state() != Task::State::Succeeded) {
            showMessage(task->errorText(), true);
            updateButtons();
            return;
        }
        setDefinition(task->result().toString());
        showMessage({}, false);
    });
}

void VmXmlPage::setDefinition(const QString &xml)
{
    m_definition = xml;
    m_editor->setPlainText(xml);
    m_stack->setCurrentIndex(0);
    updateButtons();
}

void VmXmlPage::review()
{
    const QString edited = m_editor->toPlainText();
    if (const auto problem = EditedDefinition::problem(edited, m_vm.nativeId())) {
        showMessage(problem->message, true, problem->line);
        return;
    }
    const QList<DiffLine> diff = lineDiff(m_definition.split(u'\n'), edited.split(u'\n'));
    if (!hasChanges(diff)) {
        showMessage(tr("Nothing changed."), false);
        return;
    }
    // Changed lines with three lines of context, as `diff -u` shows them.
    constexpr int context = 3;
    QList<bool> keep(diff.size(), false);
    for (qsizetype i = 0; i < diff.size(); ++i) {
        if (diff.at(i).kind == DiffLine::Kind::Same)
            continue;
        for (qsizetype k = std::max<qsizetype>(0, i - context); k <= std::min(diff.size() - 1, i + context); ++k)
            keep[k] = true;
    }
    QStringList lines;
    QList<QTextEdit::ExtraSelection> colours;
    const QColor removed = tint(QColor(0xd0, 0x30, 0x30));
    const QColor added = tint(QColor(0x30, 0xa0, 0x30));
    QList<std::pair<int, QColor>> colouredLines;
    for (qsizetype i = 0; i < diff.size(); ++i) {
        if (!keep.at(i)) {
            if (i > 0 && keep.at(i - 1))
                lines.append(u"⋯"_s);
            continue;
        }
        const DiffLine &line = diff.at(i);
        switch (line.kind) {
        case DiffLine::Kind::Same: lines.append(u"  "_s + line.text); break;
        case DiffLine::Kind::Removed:
            colouredLines.append({int(lines.size()), removed});
            lines.append(u"- "_s + line.text);
            break;
        case DiffLine::Kind::Added:
            colouredLines.append({int(lines.size()), added});
            lines.append(u"+ "_s + line.text);
            break;
        }
    }
    m_diff->setPlainText(lines.join(u'\n'));
    for (const auto &[number, colour] : colouredLines) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(m_diff->document()->findBlockByNumber(number));
        selection.format.setBackground(colour);
        selection.format.setProperty(QTextFormat::FullWidthSelection, true);
        colours.append(selection);
    }
    m_diff->setExtraSelections(colours);
    m_stack->setCurrentIndex(1);
    showMessage(vmIsActive() ? tr("The VM is running: the changes below take effect when it next starts.")
                             : tr("These changes are written when you press Apply."),
                false);
    updateButtons();
}

void VmXmlPage::apply()
{
    LibvirtProvider *provider = manage::libvirtProvider(m_context.providers, m_vm.providerId());
    if (!provider)
        return;
    const QString edited = m_editor->toPlainText();
    m_busy = true;
    updateButtons();
    const ResourceId vm = m_vm;
    manage::whenFinished(VmManager(provider).redefine(vm, edited), this, [this, vm, edited](Task *task) {
        if (vm != m_vm)
            return;
        m_busy = false;
        if (task->state() != Task::State::Succeeded) {
            backToEditing();
            showMessage(task->errorText(), true, EditedDefinition::lineOfLibvirtError(edited, task->errorText()));
            return;
        }
        setDefinition(task->result().toString());
        showMessage(vmIsActive() ? tr("Saved. The VM is running: the new definition is pending until it restarts.")
                                 : tr("Saved."),
                    false);
    });
}

void VmXmlPage::backToEditing()
{
    m_stack->setCurrentIndex(0);
    showMessage({}, false);
    updateButtons();
}

void VmXmlPage::updateButtons()
{
    const bool libvirt = m_stack->currentIndex() != 2;
    const bool edited = libvirt && m_editor->toPlainText() != m_definition;
    m_editor->setReadOnly(m_busy || !libvirt);
    m_reload->setEnabled(libvirt && !m_busy);
    m_revert->setEnabled(edited && !m_busy);
    m_review->setEnabled(edited && !m_busy);
    m_apply->setEnabled(isReviewing() && !m_busy);
    m_back->setEnabled(!m_busy);
}

void VmXmlPage::showMessage(const QString &text, bool error, int line)
{
    m_message->setText(line > 0 && !text.contains(tr("Line %1").arg(line)) ? tr("Line %1: %2").arg(line).arg(text) : text);
    m_message->setVisible(!text.isEmpty());
    Theme::setErrorStyle(m_message, error);
    markLine(error ? line : 0);
}

void VmXmlPage::markLine(int line)
{
    m_markedLine = line;
    QList<QTextEdit::ExtraSelection> selections;
    if (line > 0) {
        const QTextBlock block = m_editor->document()->findBlockByNumber(line - 1);
        if (block.isValid()) {
            QTextEdit::ExtraSelection selection;
            selection.cursor = QTextCursor(block);
            selection.format.setBackground(tint(QColor(0xd0, 0x30, 0x30)));
            selection.format.setProperty(QTextFormat::FullWidthSelection, true);
            selections.append(selection);
            const QSignalBlocker quiet(m_editor); // moving the cursor is no edit
            m_editor->setTextCursor(QTextCursor(block));
            m_editor->centerCursor();
        }
    }
    m_editor->setExtraSelections(selections);
}

bool VmXmlPage::vmIsActive() const
{
    const InventoryNode *node = m_context.inventory ? m_context.inventory->node(m_vm) : nullptr;
    const VmInfo *vm = node ? node->resource().vm() : nullptr;
    return vm && vm->state != PowerState::ShutOff;
}

QString VmXmlPageFactory::id() const
{
    return u"xml"_s;
}

QString VmXmlPageFactory::title() const
{
    return VmXmlPage::tr("XML");
}

VmPage *VmXmlPageFactory::create(const VmPageContext &context, QWidget *parent) const
{
    return new VmXmlPage(context, parent);
}

} // namespace welkin
