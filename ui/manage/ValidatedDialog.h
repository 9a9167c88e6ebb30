#pragma once

#include <QDialog>
#include <QHash>
#include <QSet>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPushButton;

namespace welkin {

// A form dialog whose fields carry their own message line (shown under the field in the error
// colour) and whose OK button stays disabled while any field is invalid. Subclasses add fields
// with addField() and report problems from validate() with setMessage().
class ValidatedDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ValidatedDialog(QWidget *parent = nullptr);

    QPushButton *okButton() const;
    // The message shown for `field` ("" when it is fine or not yet edited).
    QString message(const QWidget *field) const;
    // Every message currently shown, in field order.
    QStringList messages() const;
    bool isValid() const { return m_valid; }

protected:
    QFormLayout *form() const { return m_form; }
    // A form row: `label`, then `field` with its message line beneath.
    void addField(const QString &label, QWidget *field);
    void setFieldVisible(QWidget *field, bool visible);
    // Subclasses: call setMessage() for each problem. A message with `untilEdited` true (an empty
    // required field) blocks OK but is only shown once the user has edited that field.
    virtual void validate() = 0;
    void setMessage(QWidget *field, const QString &text, bool untilEdited = false);
    // Re-runs validate(); connect every field's change signal here.
    void revalidate();
    // Marks a field as edited by the user (its "required" messages show from now on).
    void markEdited(QWidget *field);

private:
    struct Row {
        QWidget *container = nullptr;
        QLabel *message = nullptr;
    };
    QFormLayout *m_form;
    QDialogButtonBox *m_buttons;
    QList<QWidget *> m_order;
    QHash<const QWidget *, Row> m_rows;
    QSet<const QWidget *> m_edited;
    bool m_valid = false;
};

} // namespace welkin
