#include "TerminalCredentialHandler.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <algorithm>
#include <cerrno>

namespace welkin {

TerminalCredentialHandler::TerminalCredentialHandler(int input, int output, QObject *parent)
    : QObject(parent), m_in(input), m_out(output)
{
    m_tty = isatty(m_in) == 1;
    if (!m_tty)
        return;
    m_notifier = new QSocketNotifier(m_in, QSocketNotifier::Read, this);
    m_notifier->setEnabled(false); // reads only while a prompt waits for its answer
    connect(m_notifier, &QSocketNotifier::activated, this, &TerminalCredentialHandler::onReadable);
    if (QCoreApplication *app = QCoreApplication::instance())
        connect(app, &QCoreApplication::aboutToQuit, this, &TerminalCredentialHandler::cancelAll);
}

TerminalCredentialHandler::~TerminalCredentialHandler()
{
    cancelAll();
}

void TerminalCredentialHandler::requestCredentials(const CredentialRequestPtr &request)
{
    if (!m_tty || m_inputEnded) {
        request->cancel();
        return;
    }
    // The provider may give up first (timeout, connection closed): the prompt then goes away.
    request->onReply(this, [this](const CredentialRequest::Reply &) { dropCurrentIfEnded(); });
    m_queue.enqueue(request);
    if (!m_current)
        next();
}

void TerminalCredentialHandler::next()
{
    while (!m_current && !m_queue.isEmpty()) {
        CredentialRequestPtr request = m_queue.dequeue();
        if (request->isFinished())
            continue; // given up while it waited
        if (request->fields().isEmpty()) {
            request->answer({});
            continue;
        }
        m_current = std::move(request);
    }
    m_values.clear();
    if (!m_current) {
        m_notifier->setEnabled(false);
        return;
    }
    write(m_current->connectionName().toUtf8() + '\n');
    promptField();
    m_notifier->setEnabled(true);
}

void TerminalCredentialHandler::promptField()
{
    const CredentialRequest::Field &field = m_current->fields().at(m_values.size());
    const QString prompt = field.prompt.isEmpty() ? QCoreApplication::translate("main", "Password:") : field.prompt;
    setEcho(field.echo()); // before the prompt shows: nothing typed for it is echoed
    write(prompt.toUtf8() + ' ');
}

void TerminalCredentialHandler::onReadable()
{
    char chunk[4096];
    const ssize_t got = ::read(m_in, chunk, sizeof chunk);
    if (got < 0 && (errno == EINTR || errno == EAGAIN))
        return;
    if (got <= 0) { // end of input (Ctrl-D) or the terminal went away
        m_inputEnded = true;
        cancelAll();
        return;
    }
    m_buffer.append(chunk, got);
    std::fill(chunk, chunk + got, '\0');
    qsizetype end;
    while (m_current && (end = m_buffer.indexOf('\n')) >= 0) {
        QByteArray line = m_buffer.left(end);
        std::fill(m_buffer.begin(), m_buffer.begin() + end + 1, '\0');
        m_buffer.remove(0, end + 1);
        takeLine(std::move(line));
    }
    if (!m_current) {
        m_buffer.fill('\0');
        m_buffer.clear();
    }
}

void TerminalCredentialHandler::takeLine(QByteArray line)
{
    if (line.endsWith('\r'))
        line.chop(1);
    if (m_echoOff) {
        setEcho(true);
        write("\n"); // the Enter that ended the secret was not echoed
    }
    m_values.append(QString::fromUtf8(line));
    line.fill('\0');
    if (m_values.size() < m_current->fields().size()) {
        promptField();
        return;
    }
    const CredentialRequestPtr answered = std::exchange(m_current, {});
    answered->answer(std::exchange(m_values, {}));
    next();
}

void TerminalCredentialHandler::dropCurrentIfEnded()
{
    if (!m_current || !m_current->isFinished())
        return;
    setEcho(true);
    write("\n" + tr("(no longer asked)").toUtf8() + '\n');
    m_current.reset();
    m_buffer.fill('\0');
    m_buffer.clear();
    next();
}

void TerminalCredentialHandler::cancelAll()
{
    if (m_echoOff) {
        setEcho(true);
        write("\n");
    }
    if (m_notifier)
        m_notifier->setEnabled(false);
    const CredentialRequestPtr current = std::exchange(m_current, {});
    const QQueue<CredentialRequestPtr> waiting = std::exchange(m_queue, {});
    m_values.clear();
    m_buffer.fill('\0');
    m_buffer.clear();
    if (current)
        current->cancel();
    for (const CredentialRequestPtr &request : waiting)
        request->cancel();
}

void TerminalCredentialHandler::setEcho(bool on)
{
    if (!m_tty || on == !m_echoOff)
        return; // already as asked
    if (on) {
        tcsetattr(m_in, TCSANOW, &m_saved);
        m_echoOff = false;
        return;
    }
    if (tcgetattr(m_in, &m_saved) != 0)
        return;
    termios quiet = m_saved;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    // TCSAFLUSH, as getpass() does: what was typed before the prompt is not taken as the secret.
    if (tcsetattr(m_in, TCSAFLUSH, &quiet) == 0)
        m_echoOff = true;
}

void TerminalCredentialHandler::write(const QByteArray &text) const
{
    qsizetype done = 0;
    while (done < text.size()) {
        const ssize_t n = ::write(m_out, text.constData() + done, size_t(text.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return;
        done += n;
    }
}

} // namespace welkin
