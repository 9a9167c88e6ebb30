#include "TerminalCredentialHandler.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <thread>
#include <unistd.h>

namespace welkin {

namespace {

QString readLine(bool echo)
{
    termios saved{};
    const bool tty = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (tty && !echo) {
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    std::string line;
    std::getline(std::cin, line);
    if (tty && !echo) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputs("\n", stderr);
    }
    return QString::fromStdString(line);
}

} // namespace

void TerminalCredentialHandler::requestCredentials(const CredentialRequestPtr &request)
{
    if (!isatty(STDIN_FILENO)) {
        request->cancel();
        return;
    }
    std::thread([request] {
        QStringList values;
        std::fprintf(stderr, "%s\n", qPrintable(request->connectionName()));
        for (const CredentialRequest::Field &field : request->fields()) {
            const QString prompt = field.prompt.isEmpty() ? QCoreApplication::translate("main", "Password:") : field.prompt;
            std::fprintf(stderr, "%s ", qPrintable(prompt));
            std::fflush(stderr);
            values.append(readLine(field.echo()));
        }
        request->answer(values);
    }).detach();
}

} // namespace welkin
