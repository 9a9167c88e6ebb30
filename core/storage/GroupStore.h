#pragma once

#include "model/ResourceId.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <optional>

class QSqlDatabase;

namespace welkin {

class DatabaseWriter;

// A user's group of VMs, across providers; members by ResourceId (stored in its string form).
struct VmGroup {
    QString id;
    QString name;
    QList<ResourceId> members;
};

// The saved groups. GUI thread; in-memory cache loaded at open, writes queued on the writer thread.
class GroupStore : public QObject
{
    Q_OBJECT
public:
    explicit GroupStore(DatabaseWriter *writer = nullptr, QObject *parent = nullptr);

    void load(QSqlDatabase &db);

    QList<VmGroup> groups() const { return m_groups; }
    std::optional<VmGroup> group(const QString &id) const;
    void save(const VmGroup &group); // insert, or replace the group with the same id
    void remove(const QString &id);

Q_SIGNALS:
    void groupsChanged();

private:
    DatabaseWriter *m_writer;
    QList<VmGroup> m_groups;
};

} // namespace welkin

Q_DECLARE_METATYPE(welkin::VmGroup)
