#include "DomainXmlEdit.h"

#include <QStringList>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace welkin {

using namespace Qt::StringLiterals;

namespace {

QString readerError(const QXmlStreamReader &reader)
{
    return u"line %1, column %2: %3"_s.arg(reader.lineNumber()).arg(reader.columnNumber()).arg(reader.errorString());
}

bool isPath(const QStringList &stack, std::initializer_list<QStringView> path)
{
    if (stack.size() != qsizetype(path.size()))
        return false;
    qsizetype i = 0;
    for (const QStringView part : path) {
        if (stack.at(i++) != part)
            return false;
    }
    return true;
}

// Copies the current start element with the attributes in `replace` set (removed when empty).
void writeStartWith(QXmlStreamWriter &writer, const QXmlStreamReader &reader,
                    const QHash<QString, QString> &replace)
{
    writer.writeStartElement(reader.name().toString());
    for (const QXmlStreamAttribute &attribute : reader.attributes()) {
        const QString key = attribute.qualifiedName().toString();
        if (!replace.contains(key))
            writer.writeAttribute(attribute);
    }
    for (auto it = replace.cbegin(); it != replace.cend(); ++it) {
        if (!it.value().isEmpty())
            writer.writeAttribute(it.key(), it.value());
    }
}

} // namespace

bool DomainXmlEdit::disks(const QByteArray &xml, QList<Disk> *disks, QString *error)
{
    disks->clear();
    QXmlStreamReader reader(xml);
    QStringList stack;
    Disk *current = nullptr;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isEndElement()) {
            if (isPath(stack, {u"domain", u"devices", u"disk"}))
                current = nullptr;
            stack.removeLast();
            continue;
        }
        if (!reader.isStartElement())
            continue;
        stack.append(reader.name().toString());
        const QXmlStreamAttributes attributes = reader.attributes();
        if (isPath(stack, {u"domain", u"devices", u"disk"})) {
            disks->append(Disk());
            current = &disks->last();
            current->type = attributes.value(u"type"_s).toString();
            const QString device = attributes.value(u"device"_s).toString();
            current->info.device = device.isEmpty() ? u"disk"_s : device;
            continue;
        }
        if (!current || stack.size() != 4)
            continue; // only direct children of the disk: not a <backingStore>'s <source>
        const QStringView tag = reader.name();
        if (tag == u"driver") {
            current->info.format = attributes.value(u"type"_s).toString();
        } else if (tag == u"source") {
            if (attributes.hasAttribute(u"file"_s))
                current->info.path = attributes.value(u"file"_s).toString();
            else if (attributes.hasAttribute(u"dev"_s))
                current->info.path = attributes.value(u"dev"_s).toString();
            else if (current->type == u"volume") {
                current->info.pool = attributes.value(u"pool"_s).toString();
                current->info.volume = attributes.value(u"volume"_s).toString();
            }
        } else if (tag == u"target") {
            current->info.target = attributes.value(u"dev"_s).toString();
        } else if (tag == u"readonly") {
            current->info.readOnly = true;
        } else if (tag == u"shareable") {
            current->info.shareable = true;
        }
    }
    if (reader.hasError()) {
        *error = readerError(reader);
        return false;
    }
    return true;
}

bool DomainXmlEdit::forClone(const QByteArray &xml, const QString &newName, const QHash<int, NewSource> &sources,
                             QByteArray *out, QString *error)
{
    out->clear();
    QXmlStreamReader reader(xml);
    QXmlStreamWriter writer(out);
    QStringList stack;
    int diskIndex = -1;
    const NewSource *disk = nullptr; // the disk being rewritten, if any
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.hasError())
            break;
        if (reader.isEndElement()) {
            if (isPath(stack, {u"domain", u"devices", u"disk"}))
                disk = nullptr;
            stack.removeLast();
            writer.writeCurrentToken(reader);
            continue;
        }
        if (!reader.isStartElement()) {
            writer.writeCurrentToken(reader);
            continue;
        }
        stack.append(reader.name().toString());
        if (isPath(stack, {u"domain", u"uuid"}) || isPath(stack, {u"domain", u"devices", u"interface", u"mac"})) {
            reader.skipCurrentElement();
            stack.removeLast();
            continue;
        }
        if (isPath(stack, {u"domain", u"name"}) || isPath(stack, {u"domain", u"os", u"nvram"})) {
            const bool name = stack.last() == u"name"_s;
            writer.writeCurrentToken(reader);
            reader.readElementText(QXmlStreamReader::SkipChildElements);
            if (name)
                writer.writeCharacters(newName);
            writer.writeEndElement();
            stack.removeLast();
            continue;
        }
        if (isPath(stack, {u"domain", u"devices", u"disk"})) {
            ++diskIndex;
            const auto it = sources.constFind(diskIndex);
            disk = it != sources.cend() ? &it.value() : nullptr;
            if (disk)
                writeStartWith(writer, reader, {{u"type"_s, disk->block ? u"block"_s : u"file"_s}});
            else
                writer.writeCurrentToken(reader);
            continue;
        }
        if (disk && stack.size() == 4) {
            const QStringView tag = reader.name();
            if (tag == u"source" || tag == u"backingStore") {
                reader.skipCurrentElement();
                stack.removeLast();
                if (tag == u"source") {
                    writer.writeEmptyElement(u"source"_s);
                    writer.writeAttribute(disk->block ? u"dev"_s : u"file"_s, disk->path);
                }
                continue;
            }
            if (tag == u"driver") {
                writeStartWith(writer, reader, {{u"type"_s, disk->format}});
                continue;
            }
        }
        writer.writeCurrentToken(reader);
    }
    if (reader.hasError()) {
        *error = readerError(reader);
        out->clear();
        return false;
    }
    return true;
}

} // namespace welkin
