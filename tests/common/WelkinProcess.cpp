#include "WelkinProcess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>

namespace welkin::test {

WelkinRun runWelkin(const QString &binary, const QStringList &arguments, const QHash<QString, QString> &environment,
                    int timeoutMs)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        env.insert(it.key(), it.value());
    process.setProcessEnvironment(env);
    process.start(binary, arguments);
    process.closeWriteChannel();
    WelkinRun run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.err = "timed out";
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QJsonArray listedProviders(const QByteArray &out, QString &error)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(out, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        error = parseError.errorString();
        return {};
    }
    const QJsonValue providers = doc.object().value(QLatin1StringView("providers"));
    if (!providers.isArray())
        error = QStringLiteral("no \"providers\" array in the output");
    return providers.toArray();
}

} // namespace welkin::test
