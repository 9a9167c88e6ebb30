#include "DomainXmlParser.h"

#include "manage/LibvirtUnits.h"

#include <QUrl>
#include <QXmlStreamReader>

#include <limits>

namespace welkin {

using namespace Qt::StringLiterals;

namespace {

constexpr auto LibosinfoNs = "http://libosinfo.org/xmlns/libvirt/domain/1.0"_L1;

QString windowsName(QStringView version)
{
    // libosinfo short forms: "xp", "7", "10", "11", "2k3r2", "2k8", "2k12r2", "2k22", ...
    if (version.startsWith(u"2k")) {
        QStringView year = version.mid(2);
        const bool r2 = year.endsWith(u"r2", Qt::CaseInsensitive);
        if (r2)
            year.chop(2);
        bool ok = false;
        const int yy = year.toInt(&ok);
        if (ok && yy >= 0 && yy < 100)
            return u"Microsoft Windows Server %1%2"_s.arg(2000 + yy).arg(r2 ? u" R2"_s : QString());
    }
    if (version == u"xp")
        return u"Windows XP"_s;
    if (version == u"vista")
        return u"Windows Vista"_s;
    return u"Windows "_s + version.toString();
}

QString capitalized(QStringView word)
{
    QString s = word.toString();
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s;
}

// Readable name for a libosinfo id; the raw id when it is not even a URL.
QString osNameFromLibosinfoId(const QString &id)
{
    const QUrl url(id, QUrl::StrictMode);
    QString host = url.host();
    if (!url.isValid() || host.isEmpty())
        return id;
    if (host.startsWith(u"www."_s))
        host = host.mid(4);
    const QString path = url.path();
    const QString key = host + path; // "ubuntu.com/ubuntu/22.04"

    struct Family {
        QLatin1StringView prefix; // host + path up to the version
        QLatin1StringView name;
    };
    // Longest prefixes first where one family's prefix extends another's.
    static constexpr Family Families[] = {
        {"ubuntu.com/ubuntu/"_L1, "Ubuntu"_L1},
        {"debian.org/debian/"_L1, "Debian"_L1},
        {"fedoraproject.org/fedora/"_L1, "Fedora"_L1},
        {"fedoraproject.org/silverblue/"_L1, "Fedora Silverblue"_L1},
        {"rockylinux.org/rocky/"_L1, "Rocky Linux"_L1},
        {"almalinux.org/almalinux/"_L1, "AlmaLinux"_L1},
        {"centos.org/centos-stream/"_L1, "CentOS Stream"_L1},
        {"centos.org/centos/"_L1, "CentOS"_L1},
        {"opensuse.org/opensuse/leap/"_L1, "openSUSE Leap"_L1},
        {"opensuse.org/opensuse/"_L1, "openSUSE"_L1},
        {"redhat.com/rhel/"_L1, "RHEL"_L1},
        {"redhat.com/rhel-atomic/"_L1, "RHEL Atomic Host"_L1},
        {"suse.com/sles/"_L1, "SLES"_L1},
        {"suse.com/sled/"_L1, "SLED"_L1},
        {"oracle.com/ol/"_L1, "Oracle Linux"_L1},
        {"freebsd.org/freebsd/"_L1, "FreeBSD"_L1},
        {"openbsd.org/openbsd/"_L1, "OpenBSD"_L1},
        {"netbsd.org/netbsd/"_L1, "NetBSD"_L1},
        {"alpinelinux.org/alpinelinux/"_L1, "Alpine Linux"_L1},
        {"archlinux.org/archlinux/"_L1, "Arch Linux"_L1},
        {"gentoo.org/gentoo/"_L1, "Gentoo Linux"_L1},
        {"nixos.org/nixos/"_L1, "NixOS"_L1},
        {"mageia.org/mageia/"_L1, "Mageia"_L1},
        {"libosinfo.org/linux/"_L1, "Generic Linux"_L1},
        {"solaris.org/solaris/"_L1, "Solaris"_L1},
    };

    if (key.startsWith("microsoft.com/win/"_L1))
        return windowsName(QStringView(key).mid(18));

    for (const Family &f : Families) {
        if (!key.startsWith(f.prefix))
            continue;
        QString version = key.mid(f.prefix.size());
        if (version == "rolling"_L1 || version.isEmpty())
            return f.name;
        version.replace(u'/', u' ');
        if (!version.front().isDigit())
            version = capitalized(version); // "tumbleweed" → "Tumbleweed"
        return f.name + u' ' + version;
    }

    // Unknown vendor: "<family> <version>" from the last two path segments.
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return host;
    const QString &last = parts.last();
    if (parts.size() >= 2 && !last.isEmpty() && last.front().isDigit())
        return capitalized(parts.at(parts.size() - 2)) + u' ' + last;
    return capitalized(last);
}

class Parser
{
public:
    explicit Parser(const QByteArray &xml) : m_reader(xml) {}

    DomainXmlResult run()
    {
        readDocument();
        if (m_reader.hasError()) {
            m_result.ok = false;
            m_result.error = u"line %1, column %2: %3"_s.arg(m_reader.lineNumber())
                                 .arg(m_reader.columnNumber())
                                 .arg(m_reader.errorString());
            m_result.name.clear();
            m_result.vm = {};
        } else {
            m_result.ok = true;
        }
        return m_result;
    }

private:
    // An element of libvirt's own (empty) namespace with this local name.
    bool is(QLatin1StringView name) const
    {
        return m_reader.name() == name && m_reader.namespaceUri().isEmpty();
    }
    QString attr(QLatin1StringView name) const
    {
        return m_reader.attributes().value(name).toString();
    }
    bool hasAttr(QLatin1StringView name) const { return m_reader.attributes().hasAttribute(name); }
    QString text()
    {
        return m_reader.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
    }
    static int toPort(const QString &value)
    {
        bool ok = false;
        const int port = value.toInt(&ok);
        return ok ? port : -1;
    }

    void readDocument()
    {
        if (!m_reader.readNextStartElement()) {
            if (!m_reader.hasError())
                m_reader.raiseError(u"empty document, expected a <domain> element"_s);
            else if (m_reader.error() == QXmlStreamReader::PrematureEndOfDocumentError)
                m_reader.raiseError(u"empty or truncated document, expected a <domain> element"_s);
            return;
        }
        if (!is("domain"_L1)) {
            m_reader.raiseError(u"expected a <domain> root element, found <%1>"_s
                                    .arg(m_reader.qualifiedName().toString()));
            return;
        }
        readDomain();
        if (m_reader.hasError())
            return;
        if (m_result.name.isEmpty()) {
            m_reader.raiseError(u"no <name> element in <domain>"_s);
            return;
        }
        // Read to the end so that trailing garbage or a second root is reported.
        while (!m_reader.atEnd())
            m_reader.readNext();
    }

    void readDomain()
    {
        VmInfo &vm = m_result.vm;
        bool haveCurrentMemory = false;
        while (m_reader.readNextStartElement()) {
            if (is("name"_L1)) {
                const QString name = text();
                if (name.isEmpty()) {
                    m_reader.raiseError(u"empty <name> element"_s);
                    return;
                }
                if (m_result.name.isEmpty())
                    m_result.name = name;
            } else if (is("uuid"_L1)) {
                vm.uuid = text();
            } else if (is("title"_L1)) {
                vm.title = text();
            } else if (is("memory"_L1)) {
                if (!readMemory(vm.maxMemoryKiB))
                    return;
            } else if (is("currentMemory"_L1)) {
                if (!readMemory(vm.memoryKiB))
                    return;
                haveCurrentMemory = true;
            } else if (is("vcpu"_L1)) {
                if (!readVcpu())
                    return;
            } else if (is("os"_L1)) {
                readOs();
            } else if (is("metadata"_L1)) {
                readMetadata();
            } else if (is("devices"_L1)) {
                readDevices();
            } else {
                m_reader.skipCurrentElement();
            }
        }
        if (!haveCurrentMemory)
            vm.memoryKiB = vm.maxMemoryKiB;
    }

    bool readMemory(quint64 &kib)
    {
        const QString unit = attr("unit"_L1);
        const QString value = text();
        if (m_reader.hasError())
            return false;
        bool ok = false;
        const quint64 number = value.toULongLong(&ok);
        if (!ok) {
            m_reader.raiseError(u"invalid memory size '%1'"_s.arg(value.left(40)));
            return false;
        }
        if (!libvirtScaledToKiB(number, unit, kib)) {
            m_reader.raiseError(u"invalid memory unit '%1' or size out of range"_s.arg(unit.left(40)));
            return false;
        }
        return true;
    }

    bool readVcpu()
    {
        const QString current = attr("current"_L1);
        const QString value = text();
        if (m_reader.hasError())
            return false;
        const QString &chosen = current.isEmpty() ? value : current;
        bool ok = false;
        const int count = chosen.toInt(&ok);
        if (!ok || count < 0) {
            m_reader.raiseError(u"invalid vcpu count '%1'"_s.arg(chosen.left(40)));
            return false;
        }
        m_result.vm.vcpus = count;
        return true;
    }

    void readOs()
    {
        while (m_reader.readNextStartElement()) {
            if (is("type"_L1)) {
                m_result.vm.arch = attr("arch"_L1);
                m_result.vm.osType = text();
            } else {
                m_reader.skipCurrentElement();
            }
        }
    }

    void readMetadata()
    {
        // Metadata holds any application's elements; only libosinfo's are ours.
        while (m_reader.readNextStartElement()) {
            if (m_reader.namespaceUri() == LibosinfoNs && m_reader.name() == "libosinfo"_L1) {
                while (m_reader.readNextStartElement()) {
                    if (m_reader.namespaceUri() == LibosinfoNs && m_reader.name() == "os"_L1) {
                        const QString id = attr("id"_L1);
                        if (!id.isEmpty())
                            m_result.vm.osName = osNameFromLibosinfoId(id);
                    }
                    m_reader.skipCurrentElement();
                }
            } else {
                m_reader.skipCurrentElement();
            }
        }
    }

    void readDevices()
    {
        while (m_reader.readNextStartElement()) {
            if (is("disk"_L1))
                readDisk();
            else if (is("interface"_L1))
                readInterface();
            else if (is("graphics"_L1))
                readGraphics();
            else
                m_reader.skipCurrentElement();
        }
    }

    void readDisk()
    {
        DiskInfo disk;
        disk.sourceType = attr("type"_L1);
        disk.device = attr("device"_L1);
        if (disk.device.isEmpty())
            disk.device = u"disk"_s; // libvirt's default
        while (m_reader.readNextStartElement()) {
            if (is("driver"_L1)) {
                disk.format = attr("type"_L1);
                m_reader.skipCurrentElement();
            } else if (is("source"_L1)) {
                readDiskSource(disk);
            } else if (is("target"_L1)) {
                disk.target = attr("dev"_L1);
                disk.bus = attr("bus"_L1);
                m_reader.skipCurrentElement();
            } else if (is("readonly"_L1)) {
                disk.readOnly = true;
                m_reader.skipCurrentElement();
            } else {
                // Includes <backingStore>, whose own <source> must not override ours.
                m_reader.skipCurrentElement();
            }
        }
        if (!m_reader.hasError())
            m_result.vm.disks.append(disk);
    }

    void readDiskSource(DiskInfo &disk)
    {
        const QXmlStreamAttributes a = m_reader.attributes();
        const QString protocol = a.value("protocol"_L1).toString();
        if (a.hasAttribute("file"_L1)) {
            disk.source = a.value("file"_L1).toString();
        } else if (a.hasAttribute("dev"_L1)) {
            disk.source = a.value("dev"_L1).toString();
        } else if (a.hasAttribute("dir"_L1)) {
            disk.source = a.value("dir"_L1).toString();
        } else if (a.hasAttribute("pool"_L1)) {
            disk.source = a.value("pool"_L1).toString() + u'/' + a.value("volume"_L1).toString();
        } else if (!protocol.isEmpty()) {
            const QString name = a.value("name"_L1).toString();
            QString host;
            while (m_reader.readNextStartElement()) {
                if (is("host"_L1) && host.isEmpty()) {
                    host = attr("name"_L1);
                    const QString port = attr("port"_L1);
                    if (!host.isEmpty() && !port.isEmpty())
                        host += u':' + port;
                }
                m_reader.skipCurrentElement();
            }
            // "rbd://mon1:6789/pool/image"; without a host "rbd:pool/image".
            if (host.isEmpty())
                disk.source = protocol + u':' + name;
            else
                disk.source = protocol + u"://"_s + host + u'/' + name;
            return;
        }
        m_reader.skipCurrentElement();
    }

    void readInterface()
    {
        NicInfo nic;
        nic.type = attr("type"_L1);
        while (m_reader.readNextStartElement()) {
            if (is("mac"_L1)) {
                nic.mac = attr("address"_L1);
            } else if (is("source"_L1)) {
                // Live XML of a 'network' NIC also names the bridge: the network is what users know.
                for (const auto key : {"network"_L1, "bridge"_L1, "dev"_L1, "path"_L1}) {
                    if (hasAttr(key)) {
                        nic.source = attr(key);
                        break;
                    }
                }
            } else if (is("model"_L1)) {
                nic.model = attr("type"_L1);
            } else if (is("target"_L1)) {
                nic.target = attr("dev"_L1);
            }
            m_reader.skipCurrentElement();
        }
        if (!m_reader.hasError())
            m_result.vm.nics.append(nic);
    }

    void readGraphics()
    {
        GraphicsInfo g;
        g.type = attr("type"_L1);
        g.port = hasAttr("port"_L1) ? toPort(attr("port"_L1)) : -1;
        g.tlsPort = hasAttr("tlsPort"_L1) ? toPort(attr("tlsPort"_L1)) : -1;
        g.autoport = attr("autoport"_L1) == "yes"_L1;
        g.listen = attr("listen"_L1);
        g.socket = attr("socket"_L1);
        // Presence only: the value is a secret and never leaves this function.
        g.passwordRequired = hasAttr("passwd"_L1);
        while (m_reader.readNextStartElement()) {
            if (is("listen"_L1)) {
                const QString type = attr("type"_L1);
                if ((type == "address"_L1 || type == "network"_L1) && g.listen.isEmpty())
                    g.listen = attr("address"_L1);
                else if (type == "socket"_L1 && g.socket.isEmpty())
                    g.socket = attr("socket"_L1);
            }
            m_reader.skipCurrentElement();
        }
        if (!m_reader.hasError())
            m_result.vm.graphics.append(g);
    }

    QXmlStreamReader m_reader;
    DomainXmlResult m_result;
};

} // namespace

DomainXmlResult DomainXmlParser::parse(const QByteArray &xml)
{
    return Parser(xml).run();
}

} // namespace welkin
