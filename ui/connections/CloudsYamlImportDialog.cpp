#include "CloudsYamlImportDialog.h"

#include "Theme.h"
#include "providers/CloudsYamlCatalog.h"
#include "providers/openstack/CloudsYaml.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace welkin {

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 maxFileBytes = 4 * 1024 * 1024;
}

CloudsYamlImportDialog::CloudsYamlImportDialog(QWidget *parent)
    : QDialog(parent), m_file(new QLineEdit), m_clouds(new QListWidget), m_status(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Import clouds.yaml"));
    setObjectName(u"cloudsYamlImport"_s);
    m_file->setObjectName(u"cloudsYamlFile"_s);
    m_clouds->setObjectName(u"cloudsYamlClouds"_s);
    m_status->setWordWrap(true);
    auto *browseButton = new QPushButton(tr("&Browse…"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browseButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("&File:")));
    layout->addLayout(fileRow);
    auto *cloudsLabel = new QLabel(tr("&Clouds:"));
    cloudsLabel->setBuddy(m_clouds);
    layout->addWidget(cloudsLabel);
    layout->addWidget(m_clouds, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Use This Cloud"));

    connect(browseButton, &QPushButton::clicked, this, &CloudsYamlImportDialog::browse);
    connect(m_file, &QLineEdit::editingFinished, this, [this] { setFile(m_file->text().trimmed()); });
    connect(m_clouds, &QListWidget::currentRowChanged, this, &CloudsYamlImportDialog::updateButtons);
    connect(m_clouds, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const QString standard = openstack::CloudsYamlCatalog::standardFile(u"clouds.yaml"_s);
    if (standard.isEmpty()) {
        m_status->setText(tr("No clouds.yaml in the standard places (%1): choose a file.")
                              .arg(openstack::CloudsYaml::searchPaths(u"clouds.yaml"_s).join(u", "_s)));
        updateButtons();
    } else {
        setFile(standard);
    }
    resize(520, 380);
}

void CloudsYamlImportDialog::browse()
{
    const QString start = m_file->text().isEmpty() ? QDir::homePath() : QFileInfo(m_file->text()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open clouds.yaml"), start,
                                                      tr("OpenStack client configuration (*.yaml *.yml);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void CloudsYamlImportDialog::setFile(const QString &path)
{
    m_file->setText(path);
    m_clouds->clear();
    QString error;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = tr("Cannot read %1: %2").arg(path, file.errorString());
    } else if (file.size() > maxFileBytes) {
        error = tr("%1 is too large for a clouds.yaml (%2 bytes).").arg(path).arg(file.size());
    } else {
        const QStringList names = openstack::CloudsYaml::cloudNames(file.readAll(), path, &error);
        m_clouds->addItems(names);
        if (error.isEmpty() && names.isEmpty())
            error = tr("%1 defines no clouds.").arg(path);
    }
    m_status->setText(error.isEmpty() ? tr("%n cloud(s) in this file.", nullptr, m_clouds->count()) : error);
    Theme::setErrorStyle(m_status, !error.isEmpty());
    if (m_clouds->count() > 0)
        m_clouds->setCurrentRow(0);
    updateButtons();
}

QString CloudsYamlImportDialog::file() const { return m_file->text().trimmed(); }

QString CloudsYamlImportDialog::selectedCloud() const
{
    const QListWidgetItem *item = m_clouds->currentItem();
    return item ? item->text() : QString();
}

void CloudsYamlImportDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!selectedCloud().isEmpty());
}

} // namespace welkin
