#include "EditedDefinition.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace welkin {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("EditedDefinition", text);
}

// <graphics type> -> passwd, from the secure definition.
QHash<QString, QString> graphicsPasswords(const QString &xml)
{
    QHash<QString, QString> passwords;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == "graphics"_L1) {
            const QXmlStreamAttributes attributes = reader.attributes();
            if (attributes.hasAttribute("passwd"_L1))
                passwords.insert(attributes.value("type"_L1).toString(), attributes.value("passwd"_L1).toString());
        }
    }
    return passwords;
}

} // namespace

std::optional<EditedDefinition::Problem> EditedDefinition::problem(const QString &xml, const QString &uuid)
{
    QXmlStreamReader reader(xml);
    int depth = 0;
    bool sawRoot = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            if (depth == 0) {
                if (reader.name() != "domain"_L1)
                    return Problem{int(reader.lineNumber()), int(reader.columnNumber()),
                                   tr("The definition must start with <domain>, not <%1>.").arg(reader.name())};
                sawRoot = true;
            }
            ++depth;
            if (depth == 2 && reader.name() == "uuid"_L1) {
                const qint64 line = reader.lineNumber();
                const QString given = reader.readElementText().trimmed();
                if (reader.hasError())
                    break;
                --depth;
                if (!uuid.isEmpty() && given.compare(uuid, Qt::CaseInsensitive) != 0)
                    return Problem{int(line), 0,
                                   tr("The <uuid> is %1, but this VM's is %2: defining it would make another VM. "
                                      "Use Clone to copy a VM.").arg(given, uuid)};
            }
        } else if (reader.isEndElement()) {
            --depth;
        }
    }
    if (reader.hasError()) {
        if (reader.error() == QXmlStreamReader::PrematureEndOfDocumentError && !sawRoot)
            return Problem{0, 0, tr("The definition is empty.")};
        return Problem{int(reader.lineNumber()), int(reader.columnNumber()),
                       tr("Line %1, column %2: %3").arg(reader.lineNumber()).arg(reader.columnNumber()).arg(reader.errorString())};
    }
    if (!sawRoot)
        return Problem{0, 0, tr("The definition is empty.")};
    return std::nullopt;
}

int EditedDefinition::lineOfLibvirtError(const QString &xml, const QString &message)
{
    // libvirt/libxml2 wording: "Element domain has extra content: bogus", "Extra element foo in
    // interleave", "Did not expect element foo there", "Expecting an element bar, got nothing"
    // (the last names no place: the line of the element that lacks it is not known).
    static const QRegularExpression patterns[] = {
        QRegularExpression(u"extra content: ([A-Za-z_][\\w.-]*)"_s),
        QRegularExpression(u"Extra element ([A-Za-z_][\\w.-]*)"_s),
        QRegularExpression(u"Did not expect element ([A-Za-z_][\\w.-]*)"_s),
        QRegularExpression(u"[Uu]nknown (?:element|device type) '?([A-Za-z_][\\w.-]*)"_s),
    };
    for (const QRegularExpression &pattern : patterns) {
        const QRegularExpressionMatch match = pattern.match(message);
        if (!match.hasMatch())
            continue;
        const QRegularExpression tag(u"<"_s + QRegularExpression::escape(match.captured(1)) + u"[\\s/>]"_s);
        const qsizetype at = xml.indexOf(tag);
        if (at >= 0)
            return int(QStringView(xml).left(at).count(u'\n')) + 1;
    }
    return 0;
}

QString EditedDefinition::withPasswordsOf(const QString &edited, const QString &secure)
{
    const QHash<QString, QString> passwords = graphicsPasswords(secure);
    if (passwords.isEmpty())
        return edited;
    QString out;
    QXmlStreamReader reader(edited);
    QXmlStreamWriter writer(&out);
    writer.setAutoFormatting(true);
    writer.setAutoFormattingIndent(2);
    bool changed = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.hasError())
            break;
        if (reader.isStartElement() && reader.name() == "graphics"_L1) {
            QXmlStreamAttributes attributes = reader.attributes();
            const QString type = attributes.value("type"_L1).toString();
            writer.writeStartElement(reader.qualifiedName().toString());
            writer.writeAttributes(attributes);
            if (!attributes.hasAttribute("passwd"_L1) && passwords.contains(type)) {
                writer.writeAttribute(u"passwd"_s, passwords.value(type));
                changed = true;
            }
        } else if (reader.isStartDocument()) {
            continue; // no <?xml?> line: libvirt does not write one either
        } else if (reader.isCharacters() && reader.isWhitespace()) {
            continue; // auto-formatting indents
        } else {
            writer.writeCurrentToken(reader);
        }
    }
    // A malformed text is left as it is: libvirt names the fault.
    return reader.hasError() || !changed ? edited : out;
}

} // namespace welkin
