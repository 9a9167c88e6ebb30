#pragma once
// Runs the welkin binary the way a script would (headless, no terminal) and collects what it
// printed. Shared by the command-line tests of each provider.
#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QString>
#include <QStringList>

namespace welkin::test {

struct WelkinRun {
    int exitCode = -1; // -2: crashed; -1: timed out (err says so)
    QByteArray out, err;
};

// `binary` with `arguments`, the test's environment plus `environment`; stdin is closed at once,
// so credential prompts are cancelled, not awaited. Killed after `timeoutMs`.
WelkinRun runWelkin(const QString &binary, const QStringList &arguments,
                    const QHash<QString, QString> &environment = {}, int timeoutMs = 60000);

// The "providers" array of `welkin --list --format json` output; empty with `error` set when
// the output is not that JSON.
QJsonArray listedProviders(const QByteArray &out, QString &error);

} // namespace welkin::test
