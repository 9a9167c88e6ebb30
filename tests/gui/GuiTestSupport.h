// Shared helpers for the GUI tests: test-driver hosts written to a temporary directory and row
// lookups in tree models.
#pragma once

#include <QAbstractItemModel>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

namespace welkin::guitest {

using namespace Qt::StringLiterals;

// The first row named `name` anywhere below `parent`, depth first.
inline QModelIndex findRow(const QAbstractItemModel *model, const QString &name, const QModelIndex &parent = {})
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data().toString() == name)
            return index;
        if (const QModelIndex found = findRow(model, name, index); found.isValid())
            return found;
    }
    return {};
}

inline int countRows(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    int count = 0;
    for (int row = 0; row < model->rowCount(parent); ++row)
        count += 1 + countRows(model, model->index(row, 0, parent));
    return count;
}

// A libvirt test-driver host with `count` VMs named prefix-NN; runstate 1 running, 3 paused,
// 5 shut off, chosen per VM by `stateOf(i)`. Returns its test:// URI.
template <typename StateOf>
QString writeNode(const QTemporaryDir &dir, const QString &fileName, int count, const QString &prefix, StateOf stateOf)
{
    QString xml = u"<node><cpu><mhz>2000</mhz><model>x86_64</model><active>8</active><nodes>1</nodes>"
                  "<sockets>1</sockets><cores>4</cores><threads>2</threads></cpu><memory>16777216</memory>"_s;
    for (int i = 0; i < count; ++i) {
        xml += u"<domain type=\"test\" xmlns:test=\"http://libvirt.org/schemas/domain/test/1.0\">"
               "<name>%1-%2</name><uuid>%3-0000-4000-8000-%4</uuid><memory>524288</memory><vcpu>1</vcpu>"
               "<os><type>hvm</type></os><test:runstate>%5</test:runstate></domain>"_s
                   .arg(prefix)
                   .arg(i, 2, 10, QLatin1Char('0'))
                   .arg(QString::number(qHash(prefix) % 100000000, 16).rightJustified(8, u'0'))
                   .arg(i, 12, 10, QLatin1Char('0'))
                   .arg(stateOf(i));
    }
    xml += u"</node>"_s;
    const QString path = dir.filePath(fileName);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(xml.toUtf8()) < 0)
        return {};
    return u"test://"_s + path;
}

} // namespace welkin::guitest
