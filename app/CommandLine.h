#pragma once

#include <QString>
#include <QStringList>

namespace welkin {

struct CommandLine {
    QStringList connectUris;  // --connect, repeatable
    bool list = false;        // --list: print the inventory and exit
    QString format = QStringLiteral("table");
    bool demo = true;         // --no-demo turns the embedded demo host off
    int timeoutSeconds = 30;  // --timeout for --list
    QString error;            // usage error, printed with exit code 2
};

// Parses the arguments of QCoreApplication::arguments(); handles --help and --version itself.
CommandLine parseCommandLine(const QStringList &arguments);

} // namespace welkin
