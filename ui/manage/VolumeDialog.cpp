#include "VolumeDialog.h"

#include "manage/NameRules.h"
#include "metrics/Metric.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

#include <cmath>

namespace welkin {

using namespace Qt::StringLiterals;

namespace {

constexpr quint64 MiB = quint64(1) << 20;
constexpr quint64 GiB = quint64(1) << 30;

} // namespace

VolumeDialog::VolumeDialog(Mode mode, QWidget *parent)
    : ValidatedDialog(parent), m_mode(mode), m_name(new QLineEdit), m_format(new QComboBox), m_sizeField(new QWidget),
      m_size(new QDoubleSpinBox), m_unit(new QComboBox), m_free(new QLabel)
{
    setObjectName(mode == Mode::Create ? u"volumeDialog"_s : u"resizeDialog"_s);
    setWindowTitle(mode == Mode::Create ? tr("New Volume") : tr("Resize Volume"));
    m_name->setObjectName(u"volumeName"_s);
    m_name->setPlaceholderText(tr("e.g. data.qcow2"));
    m_format->setObjectName(u"volumeFormat"_s);
    m_format->addItem(tr("qcow2 (grows on demand, snapshots)"), u"qcow2"_s);
    m_format->addItem(tr("raw"), u"raw"_s);
    m_sizeField->setObjectName(u"volumeSizeField"_s);
    m_size->setObjectName(u"volumeSize"_s);
    m_size->setDecimals(1);
    m_size->setRange(0, 1024.0 * 1024.0);
    m_size->setValue(10);
    m_size->setAlignment(Qt::AlignRight);
    m_unit->setObjectName(u"volumeUnit"_s);
    m_unit->addItem(u"GiB"_s, GiB);
    m_unit->addItem(u"MiB"_s, MiB);
    auto *sizeRow = new QHBoxLayout(m_sizeField);
    sizeRow->setContentsMargins(0, 0, 0, 0);
    sizeRow->addWidget(m_size, 1);
    sizeRow->addWidget(m_unit);
    m_free->setObjectName(u"volumeFree"_s);
    m_free->setEnabled(false);

    if (mode == Mode::Create) {
        addField(tr("&Name:"), m_name);
        addField(tr("&Format:"), m_format);
        addField(tr("&Size:"), m_sizeField);
    } else {
        m_name->setReadOnly(true);
        addField(tr("Volume:"), m_name);
        addField(tr("New &size:"), m_sizeField);
    }
    form()->addRow(QString(), m_free);

    connect(m_name, &QLineEdit::textEdited, this, [this] { markEdited(m_name); });
    connect(m_name, &QLineEdit::textChanged, this, &VolumeDialog::revalidate);
    connect(m_size, &QDoubleSpinBox::valueChanged, this, &VolumeDialog::revalidate);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &VolumeDialog::revalidate);
    resize(440, sizeHint().height());
    revalidate();
}

void VolumeDialog::setPool(const StoragePoolInfo &pool)
{
    m_pool = pool;
    updateFree();
    revalidate();
}

void VolumeDialog::setExistingNames(const QStringList &names)
{
    m_existing = names;
    revalidate();
}

void VolumeDialog::setVolume(const StorageVolumeInfo &volume)
{
    m_volume = volume;
    m_name->setText(volume.name);
    // Start at the current size, in the unit that shows it best.
    const bool gib = volume.capacity >= GiB;
    m_unit->setCurrentIndex(gib ? 0 : 1);
    m_size->setValue(std::ceil(double(volume.capacity) / double(gib ? GiB : MiB) * 10.0) / 10.0);
    updateFree();
    revalidate();
}

void VolumeDialog::updateFree()
{
    QString text;
    if (!m_pool.name.isEmpty()) {
        text = m_pool.active ? tr("%1 free in pool '%2'").arg(formatBytes(double(m_pool.available)), m_pool.name)
                             : tr("Pool '%1' is not active").arg(m_pool.name);
    }
    if (m_mode == Mode::Resize && !m_volume.name.isEmpty())
        text = tr("Now %1.").arg(formatBytes(double(m_volume.capacity))) + u' ' + text;
    m_free->setText(text);
}

quint64 VolumeDialog::sizeBytes() const
{
    return quint64(std::llround(m_size->value() * double(m_unit->currentData().toULongLong())));
}

void VolumeDialog::validate()
{
    if (m_mode == Mode::Create) {
        const QString name = m_name->text();
        setMessage(m_name, NameRules::check(NameRules::Kind::Volume, name), name.isEmpty());
        if (m_existing.contains(name))
            setMessage(m_name, tr("A volume named '%1' already exists in pool '%2'").arg(name, m_pool.name));
    }
    const quint64 size = sizeBytes();
    if (size == 0) {
        setMessage(m_sizeField, tr("Enter a size larger than zero"));
        return;
    }
    if (m_mode == Mode::Resize) {
        if (size <= m_volume.capacity) {
            setMessage(m_sizeField, tr("The new size must be larger than the current %1 (volumes only grow)")
                                        .arg(formatBytes(double(m_volume.capacity))));
            return;
        }
        // A sparse volume that grows takes nothing at once, but it may fill up later: hold it to the free space.
        const quint64 growth = size - m_volume.capacity;
        if (m_pool.active && growth > m_pool.available) {
            setMessage(m_sizeField, tr("Growing by %1 needs more than the %2 free in pool '%3'")
                                        .arg(formatBytes(double(growth)), formatBytes(double(m_pool.available)), m_pool.name));
        }
        return;
    }
    if (!m_pool.name.isEmpty() && !m_pool.active)
        setMessage(m_sizeField, tr("Pool '%1' is not active: start it first").arg(m_pool.name));
    else if (!m_pool.name.isEmpty() && size > m_pool.available)
        setMessage(m_sizeField, tr("%1 is more than the %2 free in pool '%3'")
                                    .arg(formatBytes(double(size)), formatBytes(double(m_pool.available)), m_pool.name));
}

StorageVolumeSpec VolumeDialog::spec() const
{
    StorageVolumeSpec spec;
    spec.name = m_name->text();
    spec.format = m_format->currentData().toString();
    spec.capacity = sizeBytes();
    return spec;
}

} // namespace welkin
