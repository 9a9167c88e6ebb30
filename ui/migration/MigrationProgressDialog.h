#pragma once

#include <QDialog>
#include <QPointer>

class QGridLayout;
class QLabel;

namespace welkin {

class Task;

// Running migrations, one row each: what moves where, a progress bar, the job's figures
// (data copied, rate, dirty pages, iteration, expected downtime) and Cancel. Rows stay when a
// migration ends, with how it ended ("moved in 4.2 s, downtime 38 ms" or why it failed).
class MigrationProgressDialog : public QDialog
{
    Q_OBJECT
public:
    explicit MigrationProgressDialog(QWidget *parent = nullptr);

    void addMigration(Task *task, const QString &vmName, const QString &sourceName, const QString &destinationName);
    int runningCount() const;

private:
    QGridLayout *m_rows;
    QLabel *m_empty;
    QList<QPointer<Task>> m_tasks;
};

} // namespace welkin
