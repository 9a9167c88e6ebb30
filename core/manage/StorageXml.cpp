#include "StorageXml.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <functional>

namespace welkin {

using namespace Qt::StringLiterals;

namespace {

void writeSize(QXmlStreamWriter &w, const QString &element, quint64 bytes)
{
    w.writeStartElement(element);
    w.writeAttribute(u"unit"_s, u"bytes"_s);
    w.writeCharacters(QString::number(bytes));
    w.writeEndElement();
}

void writeFormat(QXmlStreamWriter &w, const QString &format)
{
    if (format.isEmpty())
        return;
    w.writeStartElement(u"format"_s);
    w.writeAttribute(u"type"_s, format);
    w.writeEndElement();
}

void writePathElement(QXmlStreamWriter &w, const QString &element, const QString &attribute, const QString &path)
{
    w.writeStartElement(element);
    w.writeAttribute(attribute, path);
    w.writeEndElement();
}

// Walks a document and calls `visit` for each start element with its path ("pool/target/path").
// `text` reads the current element's text. Returns false with the reader's position on junk.
using Visitor = std::function<void(const QString &path, QXmlStreamReader &reader)>;

bool walk(const QByteArray &xml, const QString &root, const Visitor &visit, QString *error)
{
    QXmlStreamReader reader(xml);
    QStringList path;
    bool sawRoot = false;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (path.isEmpty()) {
                if (reader.name() != root) {
                    *error = StorageXml::tr("expected <%1>, found <%2>").arg(root, reader.name().toString());
                    return false;
                }
                sawRoot = true;
            }
            path.append(reader.name().toString());
            visit(path.join(u'/'), reader);
            // readElementText() in the visitor consumes the end element.
            if (reader.tokenType() == QXmlStreamReader::EndElement)
                path.removeLast();
        } else if (token == QXmlStreamReader::EndElement) {
            if (!path.isEmpty())
                path.removeLast();
        }
    }
    if (reader.hasError()) {
        *error = StorageXml::tr("line %1, column %2: %3")
                     .arg(reader.lineNumber()).arg(reader.columnNumber()).arg(reader.errorString());
        return false;
    }
    if (!sawRoot) {
        *error = StorageXml::tr("no <%1> element").arg(root);
        return false;
    }
    return true;
}

bool readSize(QXmlStreamReader &reader, quint64 *bytes, QString *error)
{
    const QString unit = reader.attributes().value("unit"_L1).toString();
    const QString element = reader.name().toString();
    const QString text = reader.readElementText().trimmed();
    if (StorageXml::scaledBytes(text, unit, bytes))
        return true;
    if (error->isEmpty())
        *error = StorageXml::tr("<%1> is not a size: '%2'").arg(element, text);
    return false;
}

} // namespace

bool StorageXml::scaledBytes(const QString &value, const QString &unit, quint64 *bytes)
{
    bool ok = false;
    const quint64 number = value.toULongLong(&ok);
    if (!ok)
        return false;
    const QString u = unit.toLower();
    quint64 scale = 0;
    if (u.isEmpty() || u == "b"_L1 || u == "bytes"_L1)
        scale = 1;
    else if (u == "kb"_L1)
        scale = 1000ULL;
    else if (u == "k"_L1 || u == "kib"_L1)
        scale = 1ULL << 10;
    else if (u == "mb"_L1)
        scale = 1000ULL * 1000;
    else if (u == "m"_L1 || u == "mib"_L1)
        scale = 1ULL << 20;
    else if (u == "gb"_L1)
        scale = 1000ULL * 1000 * 1000;
    else if (u == "g"_L1 || u == "gib"_L1)
        scale = 1ULL << 30;
    else if (u == "tb"_L1)
        scale = 1000ULL * 1000 * 1000 * 1000;
    else if (u == "t"_L1 || u == "tib"_L1)
        scale = 1ULL << 40;
    else if (u == "pb"_L1)
        scale = 1000ULL * 1000 * 1000 * 1000 * 1000;
    else if (u == "p"_L1 || u == "pib"_L1)
        scale = 1ULL << 50;
    if (scale == 0 || (number != 0 && number > UINT64_MAX / scale))
        return false;
    *bytes = number * scale;
    return true;
}

QByteArray StorageXml::poolXml(const StoragePoolSpec &spec)
{
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.setAutoFormatting(true);
    w.writeStartElement(u"pool"_s);
    w.writeAttribute(u"type"_s, spec.type);
    w.writeTextElement(u"name"_s, spec.name);

    if (spec.type == "netfs"_L1) {
        w.writeStartElement(u"source"_s);
        if (!spec.sourceHost.isEmpty())
            writePathElement(w, u"host"_s, u"name"_s, spec.sourceHost);
        if (!spec.sourceDir.isEmpty())
            writePathElement(w, u"dir"_s, u"path"_s, spec.sourceDir);
        writeFormat(w, spec.sourceFormat.isEmpty() ? u"nfs"_s : spec.sourceFormat);
        w.writeEndElement();
    } else if (spec.type == "logical"_L1) {
        w.writeStartElement(u"source"_s);
        for (const QString &device : spec.sourceDevices)
            writePathElement(w, u"device"_s, u"path"_s, device);
        w.writeTextElement(u"name"_s, spec.sourceName.isEmpty() ? spec.name : spec.sourceName);
        writeFormat(w, spec.sourceFormat.isEmpty() ? u"lvm2"_s : spec.sourceFormat);
        w.writeEndElement();
    }

    QString target = spec.targetPath;
    if (target.isEmpty() && spec.type == "logical"_L1)
        target = u"/dev/"_s + (spec.sourceName.isEmpty() ? spec.name : spec.sourceName);
    if (!target.isEmpty()) {
        w.writeStartElement(u"target"_s);
        w.writeTextElement(u"path"_s, target);
        w.writeEndElement();
    }
    w.writeEndElement();
    return xml;
}

QByteArray StorageXml::volumeXml(const StorageVolumeSpec &spec)
{
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.setAutoFormatting(true);
    w.writeStartElement(u"volume"_s);
    w.writeTextElement(u"name"_s, spec.name);
    writeSize(w, u"capacity"_s, spec.capacity);
    writeSize(w, u"allocation"_s, spec.allocation);
    w.writeStartElement(u"target"_s);
    writeFormat(w, spec.format);
    w.writeEndElement();
    if (!spec.backingPath.isEmpty()) {
        w.writeStartElement(u"backingStore"_s);
        w.writeTextElement(u"path"_s, spec.backingPath);
        writeFormat(w, spec.backingFormat);
        w.writeEndElement();
    }
    w.writeEndElement();
    return xml;
}

bool StorageXml::readPool(const QByteArray &xml, StoragePoolInfo *pool, QString *error)
{
    error->clear();
    QString sizeError;
    const bool ok = walk(xml, u"pool"_s, [&](const QString &path, QXmlStreamReader &r) {
        const auto attr = [&r](QLatin1StringView name) { return r.attributes().value(name).toString(); };
        if (path == "pool"_L1)
            pool->type = attr("type"_L1);
        else if (path == "pool/name"_L1)
            pool->name = r.readElementText().trimmed();
        else if (path == "pool/uuid"_L1)
            pool->uuid = r.readElementText().trimmed();
        else if (path == "pool/capacity"_L1)
            readSize(r, &pool->capacity, &sizeError);
        else if (path == "pool/allocation"_L1)
            readSize(r, &pool->allocation, &sizeError);
        else if (path == "pool/available"_L1)
            readSize(r, &pool->available, &sizeError);
        else if (path == "pool/source/host"_L1 && pool->sourceHost.isEmpty())
            pool->sourceHost = attr("name"_L1);
        else if (path == "pool/source/dir"_L1)
            pool->sourcePath = attr("path"_L1);
        else if (path == "pool/source/device"_L1 && pool->sourcePath.isEmpty())
            pool->sourcePath = attr("path"_L1);
        else if (path == "pool/target/path"_L1)
            pool->targetPath = r.readElementText().trimmed();
    }, error);
    if (ok && !sizeError.isEmpty())
        *error = sizeError;
    if (ok && sizeError.isEmpty() && pool->name.isEmpty())
        *error = tr("no <name> element");
    return ok && error->isEmpty();
}

bool StorageXml::readVolume(const QByteArray &xml, StorageVolumeInfo *volume, QString *error)
{
    error->clear();
    QString sizeError;
    const bool ok = walk(xml, u"volume"_s, [&](const QString &path, QXmlStreamReader &r) {
        if (path == "volume/name"_L1)
            volume->name = r.readElementText().trimmed();
        else if (path == "volume/key"_L1)
            volume->key = r.readElementText().trimmed();
        else if (path == "volume/capacity"_L1)
            readSize(r, &volume->capacity, &sizeError);
        else if (path == "volume/allocation"_L1)
            readSize(r, &volume->allocation, &sizeError);
        else if (path == "volume/target/path"_L1)
            volume->path = r.readElementText().trimmed();
        else if (path == "volume/target/format"_L1)
            volume->format = r.attributes().value("type"_L1).toString();
        else if (path == "volume/backingStore/path"_L1)
            volume->backingPath = r.readElementText().trimmed();
    }, error);
    if (ok && !sizeError.isEmpty())
        *error = sizeError;
    if (ok && sizeError.isEmpty() && volume->name.isEmpty())
        *error = tr("no <name> element");
    return ok && error->isEmpty();
}

bool StorageXml::readPoolTypes(const QByteArray &xml, QStringList *types, QString *error)
{
    error->clear();
    return walk(xml, u"storagepoolCapabilities"_s, [&](const QString &path, QXmlStreamReader &r) {
        if (path != "storagepoolCapabilities/pool"_L1)
            return;
        const QString type = r.attributes().value("type"_L1).toString();
        if (!type.isEmpty() && r.attributes().value("supported"_L1) == "yes"_L1 && !types->contains(type))
            types->append(type);
    }, error);
}

} // namespace welkin
