#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace welkin {

// "Import clouds.yaml…": a clouds.yaml file (the one the standard search finds, or one the user
// picks) and the clouds it defines; the user chooses one.
class CloudsYamlImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CloudsYamlImportDialog(QWidget *parent = nullptr);

    void setFile(const QString &path); // lists its clouds, or says what is wrong with it
    QString file() const;
    QString selectedCloud() const;

    QListWidget *cloudList() const { return m_clouds; } // for tests
    QLabel *statusLabel() const { return m_status; }

private:
    void browse();
    void updateButtons();

    QLineEdit *m_file;
    QListWidget *m_clouds;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
};

} // namespace welkin
