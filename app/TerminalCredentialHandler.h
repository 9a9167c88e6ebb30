#pragma once

#include "providers/CredentialRequest.h"

#include <QByteArray>
#include <QObject>
#include <QQueue>
#include <QStringList>

#include <termios.h>
#include <unistd.h>

class QSocketNotifier;

namespace welkin {

// Answers credential prompts on the terminal in headless mode. One prompt at a time: requests
// wait in a queue, one reader takes the terminal's lines on the event loop (a socket notifier,
// no thread), and each line goes to the field it was typed for. Secrets are read without echo;
// echo is back on after every path: answered, given up by the provider, end of input, quit.
// Without a terminal every request is cancelled, which fails the connection with an auth error.
class TerminalCredentialHandler : public QObject, public CredentialHandler
{
    Q_OBJECT
public:
    // Reads answers from `input` (a terminal) and writes prompts to `output`.
    explicit TerminalCredentialHandler(int input = STDIN_FILENO, int output = STDERR_FILENO,
                                       QObject *parent = nullptr);
    ~TerminalCredentialHandler() override; // restores echo, cancels what is left

    void requestCredentials(const CredentialRequestPtr &request) override;

    // Requests not answered yet: the one being asked and those waiting.
    int pendingCount() const { return int(m_queue.size()) + (m_current ? 1 : 0); }

private:
    void next();
    void promptField();
    void onReadable();
    void takeLine(QByteArray line);
    void dropCurrentIfEnded();
    void cancelAll(); // end of input, quit
    void setEcho(bool on);
    void write(const QByteArray &text) const;

    int m_in;
    int m_out;
    bool m_tty = false;
    bool m_inputEnded = false;
    bool m_echoOff = false;
    termios m_saved{}; // the terminal as it was before echo went off
    QSocketNotifier *m_notifier = nullptr;
    QQueue<CredentialRequestPtr> m_queue;
    CredentialRequestPtr m_current;
    QStringList m_values; // answers to m_current's fields so far
    QByteArray m_buffer;  // input not yet split into lines
};

} // namespace welkin
