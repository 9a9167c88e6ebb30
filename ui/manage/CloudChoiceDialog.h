#pragma once

#include "providers/CloudLaunch.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTreeWidget;

namespace welkin {

// Picks one of a cloud's offers (a size to resize to, an image to rebuild from), with the
// current one marked and not choosable. The offers arrive after the dialog opens (setOptions),
// or the reason they could not be read (setError).
class CloudChoiceDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Kind { Size, Image };
    CloudChoiceDialog(Kind kind, const QString &title, const QString &prompt, const QString &currentName,
                      QWidget *parent = nullptr);

    void setOptions(const QList<CloudOption> &options);
    void setError(const QString &error);
    QString chosenId() const;
    QString chosenName() const;
    QTreeWidget *list() const { return m_list; }

private:
    void updateState();

    Kind m_kind;
    QString m_currentName;
    QLabel *m_status;
    QTreeWidget *m_list;
    QDialogButtonBox *m_buttons;
};

} // namespace welkin
