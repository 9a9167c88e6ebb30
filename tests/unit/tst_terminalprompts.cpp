// Headless credential prompts on a real pseudo-terminal: two prompts asked at the same time are
// served one after the other, each gets the line typed for it, secrets are not echoed, and echo
// is back on after every path (answered, given up by the provider, end of input, quit).
#include "TerminalCredentialHandler.h"

#include <QTest>

#include <fcntl.h>
#include <pty.h>
#include <termios.h>
#include <unistd.h>

#include <memory>

using namespace welkin;
using namespace Qt::StringLiterals;

namespace {

using Field = CredentialRequest::Field;

CredentialRequestPtr request(const QString &name, QList<Field> fields)
{
    return std::make_shared<CredentialRequest>(name, u"test:///"_s + name, std::move(fields));
}

} // namespace

class TestTerminalPrompts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(openpty(&m_master, &m_slave, nullptr, nullptr, nullptr) == 0);
        QVERIFY(fcntl(m_master, F_SETFL, fcntl(m_master, F_GETFL) | O_NONBLOCK) == 0);
        m_shown.clear();
        QVERIFY(echoOn());
    }

    void cleanup()
    {
        ::close(m_master);
        ::close(m_slave);
    }

    void twoConcurrentPromptsEachGetTheirOwnAnswer()
    {
        TerminalCredentialHandler terminal(m_slave, m_slave);
        auto first = request(u"alpha"_s, {Field{Field::Kind::Username, u"User for alpha:"_s, {}},
                                          Field{Field::Kind::Password, u"Password for alpha:"_s, {}}});
        auto second = request(u"beta"_s, {Field{Field::Kind::Secret, u"Secret for beta:"_s, {}}});
        // Both at once, as two providers connecting together ask.
        terminal.requestCredentials(first);
        terminal.requestCredentials(second);
        QCOMPARE(terminal.pendingCount(), 2);

        QVERIFY(waitShown(u"User for alpha:"_s));
        QVERIFY(!m_shown.contains(u"beta:"_s)); // one prompt at a time
        QVERIFY(echoOn());
        type("alice\n");
        QVERIFY(waitShown(u"Password for alpha:"_s));
        QVERIFY(!echoOn());
        type("pa55-alpha\n");
        QVERIFY(waitShown(u"Secret for beta:"_s));
        QVERIFY(!echoOn());
        type("s3cret-beta\n");

        QTRY_VERIFY(first->isFinished() && second->isFinished());
        QCOMPARE(first->reply(), std::optional(QStringList{u"alice"_s, u"pa55-alpha"_s}));
        QCOMPARE(second->reply(), std::optional(QStringList{u"s3cret-beta"_s}));
        QTRY_VERIFY(echoOn());
        readShown();
        QVERIFY2(m_shown.contains(u"alice"_s), qPrintable(m_shown)); // echoed
        QVERIFY2(!m_shown.contains(u"pa55"_s) && !m_shown.contains(u"s3cret"_s), qPrintable(m_shown));
        QCOMPARE(terminal.pendingCount(), 0);
    }

    void givenUpByTheProviderRestoresEcho()
    {
        TerminalCredentialHandler terminal(m_slave, m_slave);
        auto abandoned = request(u"alpha"_s, {Field{Field::Kind::Password, u"Password for alpha:"_s, {}}});
        auto next = request(u"beta"_s, {Field{Field::Kind::Password, u"Password for beta:"_s, {}}});
        terminal.requestCredentials(abandoned);
        terminal.requestCredentials(next);
        QVERIFY(waitShown(u"Password for alpha:"_s));
        QVERIFY(!echoOn());
        abandoned->cancel(); // the provider's timeout, or the connection was closed
        QVERIFY(waitShown(u"(no longer asked)"_s));
        QVERIFY(waitShown(u"Password for beta:"_s)); // moved on to the next one
        type("for-beta\n");
        QTRY_VERIFY(next->isFinished());
        QCOMPARE(next->reply(), std::optional(QStringList{u"for-beta"_s}));
        QVERIFY(!abandoned->reply());
        QTRY_VERIFY(echoOn());
    }

    void endOfInputCancelsEverythingAndRestoresEcho()
    {
        TerminalCredentialHandler terminal(m_slave, m_slave);
        auto asked = request(u"alpha"_s, {Field{Field::Kind::Password, u"Password for alpha:"_s, {}}});
        auto waiting = request(u"beta"_s, {Field{Field::Kind::Password, u"Password for beta:"_s, {}}});
        terminal.requestCredentials(asked);
        terminal.requestCredentials(waiting);
        QVERIFY(waitShown(u"Password for alpha:"_s));
        QVERIFY(!echoOn());
        type("\x04"); // Ctrl-D at the start of a line
        QTRY_VERIFY(asked->isFinished() && waiting->isFinished());
        QVERIFY(!asked->reply() && !waiting->reply());
        QVERIFY(echoOn());
        // No more input: later prompts are cancelled at once.
        auto later = request(u"gamma"_s, {Field{Field::Kind::Password, u"Password for gamma:"_s, {}}});
        terminal.requestCredentials(later);
        QVERIFY(later->isFinished() && !later->reply());
    }

    void quitRestoresEcho()
    {
        auto terminal = std::make_unique<TerminalCredentialHandler>(m_slave, m_slave);
        auto asked = request(u"alpha"_s, {Field{Field::Kind::Password, u"Password for alpha:"_s, {}}});
        terminal->requestCredentials(asked);
        QVERIFY(waitShown(u"Password for alpha:"_s));
        QVERIFY(!echoOn());
        terminal.reset(); // the application ends while the prompt is open
        QVERIFY(echoOn());
        QVERIFY(asked->isFinished() && !asked->reply());
    }

    void noTerminalCancels()
    {
        int pipeFds[2];
        QVERIFY(pipe(pipeFds) == 0);
        TerminalCredentialHandler terminal(pipeFds[0], pipeFds[1]);
        auto asked = request(u"alpha"_s, {Field{Field::Kind::Password, u"Password:"_s, {}}});
        terminal.requestCredentials(asked);
        QVERIFY(asked->isFinished() && !asked->reply());
        ::close(pipeFds[0]);
        ::close(pipeFds[1]);
    }

private:
    bool echoOn() const
    {
        termios state{};
        return tcgetattr(m_slave, &state) == 0 && (state.c_lflag & ECHO) != 0;
    }

    void readShown()
    {
        char buffer[1024];
        ssize_t n;
        while ((n = ::read(m_master, buffer, sizeof buffer)) > 0)
            m_shown += QString::fromUtf8(buffer, n);
    }

    // Runs the event loop (the handler reads there) until `text` was shown on the terminal.
    bool waitShown(const QString &text)
    {
        return QTest::qWaitFor([&] {
            readShown();
            return m_shown.contains(text);
        }, 5000);
    }

    void type(const QByteArray &keys) const
    {
        QCOMPARE(::write(m_master, keys.constData(), size_t(keys.size())), ssize_t(keys.size()));
    }

    int m_master = -1;
    int m_slave = -1;
    QString m_shown;
};

QTEST_GUILESS_MAIN(TestTerminalPrompts)
#include "tst_terminalprompts.moc"
