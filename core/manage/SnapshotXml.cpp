#include "SnapshotXml.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>


namespace welkin {

using namespace Qt::StringLiterals;

bool SnapshotXml::parse(const QByteArray &xml, VmSnapshot *snapshot, QString *error)
{
    *snapshot = {};
    QXmlStreamReader reader(xml);
    if (!reader.readNextStartElement() || reader.name() != "domainsnapshot"_L1) {
        if (!reader.hasError())
            reader.raiseError(u"expected <domainsnapshot>"_s);
    } else {
        while (reader.readNextStartElement()) {
            const QStringView name = reader.name();
            if (name == "name"_L1) {
                snapshot->name = reader.readElementText().trimmed();
            } else if (name == "description"_L1) {
                snapshot->description = reader.readElementText();
            } else if (name == "state"_L1) {
                snapshot->state = reader.readElementText().trimmed();
            } else if (name == "creationTime"_L1) {
                bool ok = false;
                const qint64 seconds = reader.readElementText().trimmed().toLongLong(&ok);
                if (ok && seconds >= 0)
                    snapshot->created = QDateTime::fromSecsSinceEpoch(seconds);
            } else if (name == "parent"_L1) {
                while (reader.readNextStartElement()) {
                    if (reader.name() == "name"_L1)
                        snapshot->parent = reader.readElementText().trimmed();
                    else
                        reader.skipCurrentElement();
                }
            } else if (name == "memory"_L1) {
                snapshot->memory = reader.attributes().value("snapshot"_L1).toString();
                reader.skipCurrentElement();
            } else if (name == "disks"_L1) {
                while (reader.readNextStartElement()) {
                    if (reader.name() == "disk"_L1 && reader.attributes().value("snapshot"_L1) == "external"_L1)
                        snapshot->external = true;
                    reader.skipCurrentElement();
                }
            } else {
                reader.skipCurrentElement(); // <domain>, <cookie>, <active>, ...
            }
        }
    }
    if (!reader.hasError() && snapshot->name.isEmpty())
        reader.raiseError(u"the snapshot has no <name>"_s);
    snapshot->id = snapshot->name; // libvirt names a snapshot by its name
    if (reader.hasError()) {
        *error = u"line %1, column %2: %3"_s.arg(reader.lineNumber()).arg(reader.columnNumber()).arg(reader.errorString());
        return false;
    }
    return true;
}

QByteArray SnapshotXml::forCreate(const SnapshotSpec &spec)
{
    QByteArray out;
    QXmlStreamWriter writer(&out);
    writer.setAutoFormatting(true);
    writer.writeStartElement(u"domainsnapshot"_s);
    writer.writeTextElement(u"name"_s, spec.name);
    if (!spec.description.isEmpty())
        writer.writeTextElement(u"description"_s, spec.description);
    writer.writeEndElement();
    return out;
}

bool SnapshotXml::withDescription(const QByteArray &xml, const QString &description, QByteArray *out, QString *error)
{
    QXmlStreamReader reader(xml);
    QByteArray result;
    QXmlStreamWriter writer(&result);
    int depth = 0;
    bool written = false;
    const auto writeDescription = [&] {
        if (!written && !description.isEmpty())
            writer.writeTextElement(u"description"_s, description);
        written = true;
    };
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            ++depth;
            if (depth == 1 && reader.name() != "domainsnapshot"_L1) {
                *error = u"expected <domainsnapshot>, not <%1>"_s.arg(reader.name().toString());
                return false;
            }
            if (depth == 2 && reader.name() == "description"_L1) {
                reader.skipCurrentElement(); // replaced below, after <name>
                --depth;
                continue;
            }
        } else if (reader.isEndElement()) {
            if (depth == 1)
                writeDescription(); // a snapshot without <name>: at the end
            --depth;
        }
        if (!reader.hasError())
            writer.writeCurrentToken(reader);
        if (reader.isEndElement() && depth == 1 && reader.name() == "name"_L1)
            writeDescription();
    }
    if (reader.hasError()) {
        *error = u"line %1, column %2: %3"_s.arg(reader.lineNumber()).arg(reader.columnNumber()).arg(reader.errorString());
        return false;
    }
    *out = result;
    return true;
}

} // namespace welkin
