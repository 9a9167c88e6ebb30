#include "CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace welkin {

using namespace Qt::StringLiterals;

CommandLine parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Welkin: one console for libvirt hosts, OpenStack and CloudStack clouds.\n"
                "Without --connect it opens the embedded demo host and qemu:///system when a local "
                "libvirtd runs."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption connect({u"c"_s, u"connect"_s},
                                     QCoreApplication::translate("main", "Connect to URI (repeatable): a libvirt URI such as qemu+ssh://root@host/system, "
                                                                       "cloudstack+https://HOST/client/api or openstack:CLOUD."),
                                     u"URI"_s);
    const QCommandLineOption list(u"list"_s,
                                  QCoreApplication::translate("main", "Print the merged inventory and exit (no window)."));
    const QCommandLineOption format(u"format"_s,
                                    QCoreApplication::translate("main", "Output format of --list: json or table."),
                                    u"FORMAT"_s, u"table"_s);
    const QCommandLineOption noDemo(u"no-demo"_s,
                                    QCoreApplication::translate("main", "Do not open the embedded demo host."));
    const QCommandLineOption timeout(u"timeout"_s,
                                     QCoreApplication::translate("main", "Seconds --list waits for connections (default 30)."),
                                     u"SECONDS"_s, u"30"_s);
    const QCommandLineOption debug(u"debug"_s,
                                   QCoreApplication::translate("main", "Print progress messages of the providers on stderr."));
    parser.addOptions({connect, list, format, noDemo, timeout, debug});
    parser.process(arguments); // exits on --help, --version and unknown options

    CommandLine cl;
    cl.connectUris = parser.values(connect);
    cl.list = parser.isSet(list);
    cl.format = parser.value(format).toLower();
    cl.demo = !parser.isSet(noDemo);
    bool ok = false;
    cl.timeoutSeconds = parser.value(timeout).toInt(&ok);
    if (cl.format != u"json"_s && cl.format != u"table"_s)
        cl.error = QCoreApplication::translate("main", "Unknown format \"%1\": use json or table.").arg(cl.format);
    else if (!ok || cl.timeoutSeconds <= 0)
        cl.error = QCoreApplication::translate("main", "--timeout needs a positive number of seconds.");
    for (const QString &uri : std::as_const(cl.connectUris)) {
        if (uri.trimmed().isEmpty())
            cl.error = QCoreApplication::translate("main", "--connect needs a URI.");
    }
    return cl;
}

} // namespace welkin
