#include "GroupStore.h"

#include "DatabaseWriter.h"
#include "ById.h"
#include "SqlExec.h"

#include <QLoggingCategory>

namespace welkin {

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

using namespace Qt::StringLiterals;

GroupStore::GroupStore(DatabaseWriter *writer, QObject *parent) : QObject(parent), m_writer(writer) {}

void GroupStore::load(QSqlDatabase &db)
{
    m_groups.clear();
    QString error;
    QSqlQuery groups = sql::select(db, u"SELECT id, name FROM vm_groups ORDER BY position, rowid"_s, {}, &error);
    while (groups.next())
        m_groups.append(VmGroup{.id = groups.value(0).toString(), .name = groups.value(1).toString(), .members = {}});
    QSqlQuery members = sql::select(
        db, u"SELECT group_id, resource FROM vm_group_members ORDER BY group_id, position"_s, {}, &error);
    while (members.next()) {
        const qsizetype index = byid::indexOf(m_groups, members.value(0).toString());
        const ResourceId member = ResourceId::fromString(members.value(1).toString());
        if (index >= 0 && member.isValid())
            m_groups[index].members.append(member);
    }
    if (!error.isEmpty())
        qCWarning(lcStorage, "cannot read the groups: %s", qPrintable(error));
}

std::optional<VmGroup> GroupStore::group(const QString &id) const { return byid::find(m_groups, id); }

void GroupStore::save(const VmGroup &group)
{
    if (group.id.isEmpty()) {
        qCWarning(lcStorage, "a group without an id is not saved");
        return;
    }
    const qsizetype position = byid::upsert(m_groups, group);
    if (m_writer) {
        QStringList members;
        for (const ResourceId &member : group.members)
            members.append(member.toString());
        m_writer->enqueue([group, members, position](QSqlDatabase &db, QString *error) {
            bool ok = sql::exec(db,
                                u"INSERT INTO vm_groups (id, name, position) VALUES (?, ?, ?) ON CONFLICT (id)"
                                " DO UPDATE SET name = excluded.name, position = excluded.position"_s,
                                {group.id, group.name, position}, error)
                      && sql::exec(db, u"DELETE FROM vm_group_members WHERE group_id = ?"_s, {group.id}, error);
            for (qsizetype i = 0; ok && i < members.size(); ++i) {
                ok = sql::exec(db,
                               u"INSERT OR IGNORE INTO vm_group_members (group_id, resource, position)"
                               " VALUES (?, ?, ?)"_s,
                               {group.id, members.at(i), i}, error);
            }
            return ok;
        });
    }
    Q_EMIT groupsChanged();
}

void GroupStore::remove(const QString &id)
{
    const qsizetype index = byid::indexOf(m_groups, id);
    if (index < 0)
        return;
    m_groups.removeAt(index);
    if (m_writer) {
        m_writer->enqueue([id](QSqlDatabase &db, QString *error) {
            return sql::exec(db, u"DELETE FROM vm_groups WHERE id = ?"_s, {id}, error);
        });
    }
    Q_EMIT groupsChanged();
}

} // namespace welkin
