#include "DomainCapsParser.h"

#include <QXmlStreamReader>

#include <algorithm>
#include <vector>

namespace welkin {

using namespace Qt::StringLiterals;

namespace {

// A small element tree: capabilities documents are a few hundred elements.
struct Element {
    QString name;
    QXmlStreamAttributes attributes;
    QString text;
    std::vector<Element> children;

    bool isNull() const { return name.isEmpty(); }
    QString attribute(const QString &key) const { return attributes.value(key).toString(); }
    bool hasAttribute(const QString &key) const { return attributes.hasAttribute(key); }
    const Element &child(const QString &tag) const
    {
        static const Element none;
        for (const Element &c : children) {
            if (c.name == tag)
                return c;
        }
        return none;
    }
    QList<const Element *> all(const QString &tag) const
    {
        QList<const Element *> found;
        for (const Element &c : children) {
            if (c.name == tag)
                found.append(&c);
        }
        return found;
    }
};

bool load(const QByteArray &xml, Element *root, QString *error)
{
    QXmlStreamReader reader(xml);
    std::vector<Element *> stack;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            Element *parent = stack.empty() ? nullptr : stack.back();
            if (!parent) {
                root->name = reader.name().toString();
                root->attributes = reader.attributes();
                stack.push_back(root);
            } else {
                parent->children.push_back({reader.name().toString(), reader.attributes(), {}, {}});
                stack.push_back(&parent->children.back());
            }
        } else if (reader.isEndElement()) {
            stack.back()->text = stack.back()->text.trimmed();
            stack.pop_back();
        } else if (reader.isCharacters() && !stack.empty()) {
            stack.back()->text += reader.text();
        }
    }
    if (reader.hasError() || root->isNull()) {
        if (error) {
            *error = reader.hasError() ? u"line %1, column %2: %3"_s.arg(reader.lineNumber()).arg(reader.columnNumber()).arg(reader.errorString())
                                       : u"empty document"_s;
        }
        return false;
    }
    return true;
}

// The <value>s of the <enum name="..."> child of `parent`.
QStringList enumValues(const Element &parent, const QString &name)
{
    QStringList values;
    for (const Element *e : parent.all(u"enum"_s)) {
        if (e->attribute(u"name"_s) != name)
            continue;
        for (const Element *v : e->all(u"value"_s))
            values.append(v->text);
    }
    return values;
}

bool supported(const Element &e)
{
    return !e.isNull() && e.attribute(u"supported"_s) == u"yes"_s;
}

// The <arch> element of the hvm <guest> for `arch`.
const Element *guestArch(const Element &root, const QString &arch)
{
    for (const Element *guest : root.all(u"guest"_s)) {
        if (guest->child(u"os_type"_s).text != u"hvm"_s)
            continue;
        const Element &a = guest->child(u"arch"_s);
        if (a.attribute(u"name"_s) == arch)
            return &a;
    }
    return nullptr;
}

void addMachines(const Element &parent, QStringList *aliases, QStringList *versioned)
{
    for (const Element *m : parent.all(u"machine"_s)) {
        if (m->attribute(u"deprecated"_s) == u"yes"_s || m->text.isEmpty())
            continue;
        QStringList *list = m->hasAttribute(u"canonical"_s) ? aliases : versioned;
        if (!aliases->contains(m->text) && !versioned->contains(m->text))
            list->append(m->text);
    }
}

// "pc-q35-7.2" after "pc-q35-2.10": digit runs compare as numbers.
bool naturalLess(const QString &l, const QString &r)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < l.size() && j < r.size()) {
        if (l[i].isDigit() && r[j].isDigit()) {
            qsizetype ei = i;
            qsizetype ej = j;
            while (ei < l.size() && l[ei].isDigit())
                ++ei;
            while (ej < r.size() && r[ej].isDigit())
                ++ej;
            const qulonglong a = QStringView(l).mid(i, ei - i).toULongLong();
            const qulonglong b = QStringView(r).mid(j, ej - j).toULongLong();
            if (a != b)
                return a < b;
            i = ei;
            j = ej;
        } else {
            if (l[i] != r[j])
                return l[i] < r[j];
            ++i;
            ++j;
        }
    }
    return l.size() - i < r.size() - j;
}

} // namespace

bool DomainCapsParser::parseDomainCapabilities(const QByteArray &xml, DomainCapabilitiesInfo *info, QString *error)
{
    Element root;
    if (!load(xml, &root, error))
        return false;
    if (root.name != u"domainCapabilities"_s) {
        if (error)
            *error = u"not a domainCapabilities document (root element <%1>)"_s.arg(root.name);
        return false;
    }
    info->emulator = root.child(u"path"_s).text;
    info->domainType = root.child(u"domain"_s).text;
    info->machine = root.child(u"machine"_s).text;
    info->arch = root.child(u"arch"_s).text;

    info->loaders.clear();
    const Element &os = root.child(u"os"_s);
    const Element &loader = os.child(u"loader"_s);
    if (supported(os) && supported(loader)) {
        for (const Element *v : loader.all(u"value"_s)) {
            if (!v->text.isEmpty() && !info->loaders.contains(v->text))
                info->loaders.append(v->text);
        }
    }

    info->hostPassthrough = false;
    info->hostModel = false;
    for (const Element *mode : root.child(u"cpu"_s).all(u"mode"_s)) {
        const QString name = mode->attribute(u"name"_s);
        if (name == u"host-passthrough"_s)
            info->hostPassthrough = supported(*mode);
        else if (name == u"host-model"_s)
            info->hostModel = supported(*mode);
    }

    const Element &devices = root.child(u"devices"_s);
    const Element &disk = devices.child(u"disk"_s);
    info->diskBuses = supported(disk) ? enumValues(disk, u"bus"_s) : QStringList();
    const Element &graphics = devices.child(u"graphics"_s);
    info->graphicsTypes.clear();
    if (supported(graphics)) {
        // Only the remote-capable consoles: sdl, egl-headless and dbus need a local display.
        for (const QString &type : enumValues(graphics, u"type"_s)) {
            if (type == u"vnc"_s || type == u"spice"_s)
                info->graphicsTypes.append(type);
        }
    }
    const Element &video = devices.child(u"video"_s);
    info->videoModels = supported(video) ? enumValues(video, u"modelType"_s) : QStringList();
    return true;
}

bool DomainCapsParser::hasDomainType(const QByteArray &capsXml, const QString &arch, const QString &type)
{
    Element root;
    if (!load(capsXml, &root, nullptr))
        return false;
    const Element *a = guestArch(root, arch);
    if (!a)
        return false;
    for (const Element *d : a->all(u"domain"_s)) {
        if (d->attribute(u"type"_s) == type)
            return true;
    }
    return false;
}

QStringList DomainCapsParser::machines(const QByteArray &capsXml, const QString &arch, const QString &type)
{
    Element root;
    if (!load(capsXml, &root, nullptr))
        return {};
    const Element *a = guestArch(root, arch);
    if (!a)
        return {};
    QStringList aliases;
    QStringList versioned;
    // Machines of the arch apply to every domain type; a <domain> may list its own on top.
    addMachines(*a, &aliases, &versioned);
    for (const Element *d : a->all(u"domain"_s)) {
        if (d->attribute(u"type"_s) == type)
            addMachines(*d, &aliases, &versioned);
    }
    std::sort(aliases.begin(), aliases.end(), naturalLess);
    std::sort(versioned.begin(), versioned.end(), [](const QString &l, const QString &r) { return naturalLess(r, l); });
    return aliases + versioned;
}

} // namespace welkin
