#pragma once

#include "providers/ConnectionProfile.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace welkin {

// Connection profiles to and from a JSON file, never with secrets:
//   {"format": "welkin-connections", "version": 1, "connections": [{id, kind, displayName, uri, options}]}
namespace profileexchange {

QByteArray toJson(const QList<ConnectionProfile> &profiles); // secret-looking options stripped
// Parses an export; false + `error` (specific: what and where) on bad input. Secret-looking options
// in the file are dropped too.
bool fromJson(const QByteArray &json, QList<ConnectionProfile> *profiles, QString *error);

// Atomic (QSaveFile): a crash leaves the old file or the new one, never half of one.
bool exportToFile(const QString &path, const QList<ConnectionProfile> &profiles, QString *error);
bool importFromFile(const QString &path, QList<ConnectionProfile> *profiles, QString *error);

// virt-manager keeps its connections as a GVariant string array: "['qemu:///system', …]" or "@as []".
bool parseGVariantStringList(const QString &text, QStringList *values, QString *error);

} // namespace profileexchange

// Reads virt-manager's saved connections with
// `gsettings get org.virt-manager.virt-manager.connections uris`, asynchronously.
class VirtManagerImport : public QObject
{
    Q_OBJECT
public:
    explicit VirtManagerImport(QObject *parent = nullptr);

    static bool isAvailable(); // gsettings is installed
    void start();              // once; finished() follows

Q_SIGNALS:
    // One libvirt profile per URI (id = URI); `error` set when nothing could be read.
    void finished(const QList<welkin::ConnectionProfile> &profiles, const QString &error);

private:
    void processFinished(int exitCode, QProcess::ExitStatus status);

    QProcess m_process;
};

} // namespace welkin
