#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace welkin {

class Inventory;
class InventoryNode;

// The merged inventory as text for scripts (`welkin --list`): JSON (a nested tree, every node
// with its kind, id and figures under "children") or an aligned table with one VM per line.
namespace InventoryExport {

QJsonObject nodeToJson(const InventoryNode *node);
QByteArray toJson(const Inventory &inventory);
QString toTable(const Inventory &inventory);

} // namespace InventoryExport

} // namespace welkin
