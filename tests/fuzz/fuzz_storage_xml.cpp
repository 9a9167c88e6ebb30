// Storage pool and volume XML. Readers: whatever a libvirt host returns (the whole input). Writers:
// what the forms produce, read back by the readers (the input as NUL-separated fields: pool type
// (0 dir, 1 netfs, 2 logical, else the next field), type text, pool name, target path, source
// host, source dir, source format, source name, three devices, volume name, volume format,
// capacity, allocation, backing path, backing format).
#include "FuzzSupport.h"

#include "manage/NameRules.h"
#include "manage/StorageXml.h"

#include <QSet>

#include <algorithm>

using namespace welkin;
using namespace welkin::fuzz;
using namespace Qt::StringLiterals;

namespace {

// What a form field can hold: characters XML 1.0 can carry (no control characters).
QString formText(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c.unicode() >= 0x20 && c.unicode() != 0xfffe && c.unicode() != 0xffff)
            out += c;
    }
    return out;
}

void checkReaders(const QByteArray &xml)
{
    StoragePoolInfo pool;
    QString error;
    if (StorageXml::readPool(xml, &pool, &error))
        FUZZ_CHECK(error.isEmpty() && !pool.name.isEmpty(), error);
    else
        FUZZ_CHECK(!error.isEmpty(), {});
    StorageVolumeInfo volume;
    if (StorageXml::readVolume(xml, &volume, &error))
        FUZZ_CHECK(error.isEmpty() && !volume.name.isEmpty(), error);
    else
        FUZZ_CHECK(!error.isEmpty(), {});
    QStringList types;
    if (StorageXml::readPoolTypes(xml, &types, &error)) {
        FUZZ_CHECK(error.isEmpty(), error);
        FUZZ_CHECK(QSet<QString>(types.cbegin(), types.cend()).size() == types.size() && !types.contains(QString()),
                   types.join(u','));
    } else {
        FUZZ_CHECK(!error.isEmpty(), {});
    }
}

void checkPoolRoundTrip(Fields &fields)
{
    StoragePoolSpec spec;
    const qint64 type = fields.number(0);
    const QString typeText = formText(fields.text());
    spec.type = type == 0 ? u"dir"_s : type == 1 ? u"netfs"_s : type == 2 ? u"logical"_s : typeText;
    spec.name = formText(fields.text());
    spec.targetPath = formText(fields.text());
    spec.sourceHost = formText(fields.text());
    spec.sourceDir = formText(fields.text());
    spec.sourceFormat = formText(fields.text());
    spec.sourceName = formText(fields.text());
    for (int i = 0; i < 3; ++i) {
        const QString device = formText(fields.text());
        if (!device.isEmpty())
            spec.sourceDevices.append(device);
    }
    if (!NameRules::check(NameRules::Kind::Pool, spec.name).isEmpty() || spec.type.isEmpty())
        return; // the form refuses it

    const QByteArray xml = StorageXml::poolXml(spec);
    StoragePoolInfo pool;
    QString error;
    FUZZ_CHECK(StorageXml::readPool(xml, &pool, &error), error + u"\n"_s + QString::fromUtf8(xml));
    const bool netfs = spec.type == "netfs"_L1, logical = spec.type == "logical"_L1;
    QString target = spec.targetPath;
    if (target.isEmpty() && logical)
        target = u"/dev/"_s + (spec.sourceName.isEmpty() ? spec.name : spec.sourceName);
    const QString sourcePath = netfs ? spec.sourceDir : logical ? spec.sourceDevices.value(0) : QString();
    const QString detail = QString::fromUtf8(xml);
    FUZZ_CHECK(pool.type == spec.type && pool.name == spec.name, detail);
    FUZZ_CHECK(pool.targetPath == target.trimmed(), shown(pool.targetPath) + u'\n' + detail);
    FUZZ_CHECK(pool.sourceHost == (netfs ? spec.sourceHost : QString()), shown(pool.sourceHost) + u'\n' + detail);
    FUZZ_CHECK(pool.sourcePath == sourcePath, shown(pool.sourcePath) + u'\n' + detail);
    FUZZ_CHECK(pool.uuid.isEmpty() && pool.capacity == 0 && pool.allocation == 0 && pool.available == 0, detail);
}

void checkVolumeRoundTrip(Fields &fields)
{
    StorageVolumeSpec spec;
    spec.name = formText(fields.text());
    spec.format = formText(fields.text());
    spec.capacity = fields.raw().trimmed().toULongLong();
    spec.allocation = fields.raw().trimmed().toULongLong();
    spec.backingPath = formText(fields.text());
    spec.backingFormat = formText(fields.text());
    if (!NameRules::check(NameRules::Kind::Volume, spec.name).isEmpty())
        return;

    const QByteArray xml = StorageXml::volumeXml(spec);
    StorageVolumeInfo volume;
    QString error;
    FUZZ_CHECK(StorageXml::readVolume(xml, &volume, &error), error + u"\n"_s + QString::fromUtf8(xml));
    const QString detail = QString::fromUtf8(xml);
    FUZZ_CHECK(volume.name == spec.name && volume.format == spec.format, detail);
    FUZZ_CHECK(volume.capacity == spec.capacity && volume.allocation == spec.allocation, detail);
    FUZZ_CHECK(volume.backingPath == spec.backingPath.trimmed(), shown(volume.backingPath) + u'\n' + detail);
    FUZZ_CHECK(volume.path.isEmpty() && volume.key.isEmpty(), detail);
}

void checkScaledBytes(quint64 number)
{
    const QString text = QString::number(number);
    quint64 bytes = 0;
    FUZZ_CHECK(StorageXml::scaledBytes(text, u"bytes"_s, &bytes) && bytes == number, text);
    FUZZ_CHECK(StorageXml::scaledBytes(text, QString(), &bytes) && bytes == number, text);
    const bool fits = number <= (UINT64_MAX >> 10);
    FUZZ_CHECK(StorageXml::scaledBytes(text, u"KiB"_s, &bytes) == fits, text);
    if (fits)
        FUZZ_CHECK(bytes == number << 10, text);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = bytes(data, size);
    checkReaders(input);
    Fields fields(input);
    checkPoolRoundTrip(fields);
    checkVolumeRoundTrip(fields);
    quint64 number = 0;
    for (size_t i = 0; i < std::min<size_t>(size, 8); ++i)
        number = (number << 8) | data[i];
    checkScaledBytes(number);
    return 0;
}
