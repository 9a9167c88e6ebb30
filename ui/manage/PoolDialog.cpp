#include "PoolDialog.h"

#include "StorageModels.h"
#include "manage/NameRules.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>

namespace welkin {

using namespace Qt::StringLiterals;

namespace {

const QStringList formTypes = {u"dir"_s, u"netfs"_s, u"logical"_s}; // the types this form can fill in

QString pathProblem(const QString &path)
{
    if (path.isEmpty())
        return PoolDialog::tr("Enter a path");
    if (!path.startsWith(u'/'))
        return PoolDialog::tr("'%1' is not an absolute path (it must start with /)").arg(path);
    if (path.contains(u"/../"_s) || path.endsWith(u"/.."_s))
        return PoolDialog::tr("'%1' contains '..'").arg(path);
    return {};
}

} // namespace

PoolDialog::PoolDialog(QWidget *parent)
    : ValidatedDialog(parent), m_name(new QLineEdit), m_type(new QComboBox), m_target(new QLineEdit),
      m_host(new QLineEdit), m_sourceDir(new QLineEdit), m_volumeGroup(new QLineEdit), m_devices(new QLineEdit),
      m_autostart(new QCheckBox(tr("Start the pool when the host boots")))
{
    setWindowTitle(tr("New Storage Pool"));
    setObjectName(u"poolDialog"_s);
    m_name->setObjectName(u"poolName"_s);
    m_name->setPlaceholderText(tr("e.g. iso-images"));
    m_type->setObjectName(u"poolType"_s);
    m_target->setObjectName(u"poolTarget"_s);
    m_host->setObjectName(u"poolSourceHost"_s);
    m_host->setPlaceholderText(tr("nfs.example.org"));
    m_sourceDir->setObjectName(u"poolSourceDir"_s);
    m_sourceDir->setPlaceholderText(tr("/export/images"));
    m_volumeGroup->setObjectName(u"poolVolumeGroup"_s);
    m_devices->setObjectName(u"poolDevices"_s);
    m_devices->setPlaceholderText(tr("/dev/sdb /dev/sdc (empty: use the existing group)"));
    m_autostart->setObjectName(u"poolAutostart"_s);
    m_autostart->setChecked(true);

    addField(tr("&Name:"), m_name);
    addField(tr("&Type:"), m_type);
    addField(tr("NFS &server:"), m_host);
    addField(tr("&Export directory:"), m_sourceDir);
    addField(tr("&Volume group:"), m_volumeGroup);
    addField(tr("De&vices:"), m_devices);
    addField(tr("Target &path:"), m_target);
    form()->addRow(QString(), m_autostart);
    setPoolTypes({});

    for (QLineEdit *edit : {m_name, m_target, m_host, m_sourceDir, m_volumeGroup, m_devices}) {
        connect(edit, &QLineEdit::textEdited, this, [this, edit] { markEdited(edit); });
        connect(edit, &QLineEdit::textChanged, this, &PoolDialog::revalidate);
    }
    connect(m_target, &QLineEdit::textEdited, this, [this] { m_targetEdited = true; });
    connect(m_name, &QLineEdit::textChanged, this, &PoolDialog::followName);
    connect(m_type, &QComboBox::currentIndexChanged, this, &PoolDialog::updateForType);
    connect(m_volumeGroup, &QLineEdit::textChanged, this, [this] {
        if (type() == u"logical")
            m_target->setText(u"/dev/"_s + m_volumeGroup->text().trimmed());
    });
    updateForType();
    resize(520, sizeHint().height());
}

void PoolDialog::setPoolTypes(const QStringList &types)
{
    const QString current = type();
    const QSignalBlocker blocker(m_type);
    m_type->clear();
    for (const QString &candidate : formTypes) {
        if (candidate == u"dir" || types.contains(candidate))
            m_type->addItem(StoragePoolModel::typeDisplayName(candidate) + u" ("_s + candidate + u')', candidate);
    }
    m_type->setCurrentIndex(std::max(0, m_type->findData(current)));
    m_type->setEnabled(m_type->count() > 1);
    updateForType();
}

void PoolDialog::setExistingPools(const QList<StoragePoolInfo> &pools)
{
    m_existing = pools;
    revalidate();
}

QString PoolDialog::defaultTarget(const QString &name)
{
    return u"/var/lib/libvirt/images/"_s + name;
}

QString PoolDialog::type() const
{
    return m_type->currentData().toString().isEmpty() ? u"dir"_s : m_type->currentData().toString();
}

QStringList PoolDialog::devices() const
{
    return m_devices->text().split(QRegularExpression(u"[\\s,]+"_s), Qt::SkipEmptyParts);
}

void PoolDialog::followName()
{
    const QString name = m_name->text().trimmed();
    if (type() == u"logical") {
        if (m_volumeGroup->text().isEmpty() || !m_volumeGroup->isModified())
            m_volumeGroup->setText(name);
    } else if (!m_targetEdited) {
        m_target->setText(name.isEmpty() ? QString() : defaultTarget(name));
    }
}

void PoolDialog::updateForType()
{
    const QString kind = type();
    if (auto *label = qobject_cast<QLabel *>(form()->labelForField(m_target->parentWidget())))
        label->setText(kind == u"netfs" ? tr("Mount &point:") : kind == u"logical" ? tr("Device &directory:") : tr("Target &path:"));
    m_target->setPlaceholderText(kind == u"dir" ? defaultTarget(tr("<name>")) : kind == u"netfs" ? tr("where the host mounts the export") : QString());
    setFieldVisible(m_host, kind == u"netfs");
    setFieldVisible(m_sourceDir, kind == u"netfs");
    setFieldVisible(m_volumeGroup, kind == u"logical");
    setFieldVisible(m_devices, kind == u"logical");
    // A logical pool's target is its volume group's device directory: not the user's choice.
    m_target->setReadOnly(kind == u"logical");
    if (kind == u"logical") {
        if (m_volumeGroup->text().isEmpty())
            m_volumeGroup->setText(m_name->text().trimmed());
        m_target->setText(u"/dev/"_s + m_volumeGroup->text().trimmed());
    } else if (!m_targetEdited) {
        const QString name = m_name->text().trimmed();
        m_target->setText(name.isEmpty() ? QString() : defaultTarget(name));
    }
    revalidate();
}

void PoolDialog::validate()
{
    const QString name = m_name->text();
    const QString nameProblem = NameRules::check(NameRules::Kind::Pool, name);
    setMessage(m_name, nameProblem, name.isEmpty());
    for (const StoragePoolInfo &pool : std::as_const(m_existing)) {
        if (pool.name == name)
            setMessage(m_name, tr("A storage pool named '%1' already exists").arg(name));
    }

    const QString kind = type();
    const QString target = QDir::cleanPath(m_target->text().trimmed());
    if (kind == u"logical") {
        const QString group = m_volumeGroup->text().trimmed();
        if (group.isEmpty())
            setMessage(m_volumeGroup, tr("Enter the volume group's name"), !m_volumeGroup->isModified());
        else if (!QRegularExpression(u"^[A-Za-z0-9+_.][A-Za-z0-9+_.-]*$"_s).match(group).hasMatch())
            setMessage(m_volumeGroup, tr("'%1' is not a valid volume group name (letters, digits, + _ . -)").arg(group));
        for (const QString &device : devices()) {
            if (!device.startsWith(u"/dev/"_s))
                setMessage(m_devices, tr("'%1' is not a device path (/dev/…)").arg(device));
        }
        return;
    }
    if (kind == u"netfs") {
        const QString host = m_host->text().trimmed();
        if (host.isEmpty())
            setMessage(m_host, tr("Enter the NFS server's host name or address"), true);
        else if (host.contains(u' ') || host.contains(u'/') || (host.contains(u':') && !host.startsWith(u'[')))
            setMessage(m_host, tr("'%1' is not a host name or address").arg(host));
        const QString exportDir = m_sourceDir->text().trimmed();
        if (exportDir.isEmpty())
            setMessage(m_sourceDir, tr("Enter the exported directory, e.g. /export/images"), true);
        else
            setMessage(m_sourceDir, pathProblem(exportDir));
    }
    if (m_target->text().trimmed().isEmpty()) {
        setMessage(m_target, tr("Enter the directory that holds the pool's volumes"), true);
        return;
    }
    setMessage(m_target, pathProblem(m_target->text().trimmed()));
    if (target == u"/")
        setMessage(m_target, tr("The root directory cannot be a storage pool"));
    for (const StoragePoolInfo &pool : std::as_const(m_existing)) {
        if (!pool.targetPath.isEmpty() && QDir::cleanPath(pool.targetPath) == target)
            setMessage(m_target, tr("Pool '%1' already uses %2").arg(pool.name, target));
    }
}

StoragePoolSpec PoolDialog::spec() const
{
    StoragePoolSpec spec;
    spec.name = m_name->text();
    spec.type = type();
    spec.targetPath = QDir::cleanPath(m_target->text().trimmed());
    spec.start = true;
    spec.autostart = m_autostart->isChecked();
    if (spec.type == u"netfs") {
        spec.sourceHost = m_host->text().trimmed();
        spec.sourceDir = QDir::cleanPath(m_sourceDir->text().trimmed());
        spec.sourceFormat = u"nfs"_s;
    } else if (spec.type == u"logical") {
        spec.sourceName = m_volumeGroup->text().trimmed();
        spec.sourceDevices = devices();
        spec.sourceFormat = u"lvm2"_s;
        spec.build = !spec.sourceDevices.isEmpty(); // no devices: an existing group
    }
    return spec;
}

} // namespace welkin
