#include "ValidatedDialog.h"

#include "Theme.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace welkin {

using namespace Qt::StringLiterals;

ValidatedDialog::ValidatedDialog(QWidget *parent)
    : QDialog(parent), m_form(new QFormLayout),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        revalidate(); // a field may have changed without a signal (set in code)
        if (m_valid)
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    okButton()->setEnabled(false);
}

QPushButton *ValidatedDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void ValidatedDialog::addField(const QString &label, QWidget *field)
{
    auto *container = new QWidget;
    auto *column = new QVBoxLayout(container);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(field);
    auto *message = new QLabel;
    message->setObjectName(field->objectName() + u"Message"_s);
    message->setWordWrap(true);
    message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette palette = message->palette();
    palette.setColor(QPalette::WindowText, Theme::errorColor(palette));
    message->setPalette(palette);
    message->hide();
    column->addWidget(message);
    m_form->addRow(label, container);
    m_rows.insert(field, {container, message});
    m_order.append(field);
}

void ValidatedDialog::setFieldVisible(QWidget *field, bool visible)
{
    const auto row = m_rows.constFind(field);
    if (row != m_rows.cend())
        m_form->setRowVisible(row->container, visible);
}

void ValidatedDialog::setMessage(QWidget *field, const QString &text, bool untilEdited)
{
    if (text.isEmpty())
        return;
    m_valid = false;
    const auto row = m_rows.constFind(field);
    if (row == m_rows.cend() || (untilEdited && !m_edited.contains(field)))
        return;
    if (row->message->isHidden()) // the first problem wins
        row->message->setText(text);
    row->message->show();
}

void ValidatedDialog::markEdited(QWidget *field)
{
    m_edited.insert(field);
}

void ValidatedDialog::revalidate()
{
    for (const Row &row : std::as_const(m_rows)) {
        row.message->clear();
        row.message->hide();
    }
    m_valid = true;
    validate();
    okButton()->setEnabled(m_valid);
    // Messages come and go: the dialog follows, rather than keeping a gap where one was.
    if (isVisible())
        resize(width(), sizeHint().height());
}

QString ValidatedDialog::message(const QWidget *field) const
{
    const auto row = m_rows.constFind(field);
    return row != m_rows.cend() && !row->message->isHidden() ? row->message->text() : QString();
}

QStringList ValidatedDialog::messages() const
{
    QStringList texts;
    for (const QWidget *field : m_order) {
        if (const QString text = message(field); !text.isEmpty())
            texts.append(text);
    }
    return texts;
}

} // namespace welkin
