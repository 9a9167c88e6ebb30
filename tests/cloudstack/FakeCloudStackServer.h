#pragma once
// Starts tests/cloudstack/fake_cloudstack.py (a local CloudStack API) for one test and stops it
// at the end. WELKIN_FAKE_CLOUDSTACK and WELKIN_CLOUDSTACK_FIXTURES come from CMake.
#include <QProcess>
#include <QStringList>
#include <QUrl>

namespace welkin::test {

class FakeCloudStackServer
{
public:
    static constexpr const char *adminKey = "welkin-admin-api-key";
    static constexpr const char *adminSecret = "welkin-admin-secret-key";
    static constexpr const char *userKey = "welkin-user-api-key";
    static constexpr const char *userSecret = "welkin-user-secret-key";

    ~FakeCloudStackServer() { stop(); }

    // Returns an empty string on success, else what went wrong.
    QString start(const QStringList &arguments = {})
    {
        QStringList args{QStringLiteral(WELKIN_FAKE_CLOUDSTACK), QStringLiteral("--fixtures"),
                         QStringLiteral(WELKIN_CLOUDSTACK_FIXTURES)};
        args += arguments;
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(QStringLiteral("/usr/bin/python3"), args);
        if (!m_process.waitForStarted(10000))
            return QStringLiteral("cannot start the fake CloudStack: ") + m_process.errorString();
        while (!m_process.canReadLine()) {
            if (!m_process.waitForReadyRead(15000))
                return QStringLiteral("the fake CloudStack printed no port: ")
                    + QString::fromUtf8(m_process.readAllStandardError());
        }
        m_port = m_process.readLine().trimmed().toInt();
        return m_port > 0 ? QString() : QStringLiteral("the fake CloudStack printed no port");
    }

    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    int port() const { return m_port; }
    QString httpUrl() const { return QStringLiteral("http://127.0.0.1:%1/client/api").arg(m_port); }
    QString uri() const { return QStringLiteral("cloudstack+") + httpUrl(); }

private:
    QProcess m_process;
    int m_port = 0;
};

} // namespace welkin::test
