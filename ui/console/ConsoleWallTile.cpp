#include "ConsoleWallTile.h"

#include "VncView.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QFocusEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QStackedLayout>
#include <QVBoxLayout>

namespace welkin {

using namespace Qt::StringLiterals;

namespace {
constexpr int borderWidth = 3; // room for the focus border
} // namespace

ConsoleWallTile::ConsoleWallTile(ResourceId vm, const QString &name, QWidget *parent)
    : QFrame(parent), m_vm(std::move(vm))
{
    setObjectName(u"consoleWallTile"_s);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);

    m_check = new QCheckBox(this);
    m_check->setChecked(true);
    m_check->setFocusPolicy(Qt::NoFocus); // the keyboard stays with the focused console
    m_check->setToolTip(tr("Include this console in \"Type Clipboard into Checked\""));
    m_name = new QLabel(name, this);
    QFont bold = m_name->font();
    bold.setBold(true);
    m_name->setFont(bold);
    m_name->setTextFormat(Qt::PlainText);
    m_state = new QLabel(this);
    m_state->setForegroundRole(QPalette::PlaceholderText);
    m_state->setTextFormat(Qt::PlainText);
    auto *header = new QHBoxLayout;
    header->setContentsMargins(4, 2, 4, 2);
    header->addWidget(m_check);
    header->addWidget(m_name, 1);
    header->addWidget(m_state);

    // Guest screens are mostly dark: dark bars around a scaled screen, and under the messages.
    QPalette screen = palette();
    screen.setColor(QPalette::Dark, QColor(0x20, 0x20, 0x20));
    screen.setColor(QPalette::BrightText, QColor(0xe0, 0xe0, 0xe0));

    m_view = new VncView(this);
    m_view->setPalette(screen);
    m_view->setMaxFrameRate(unfocusedFrameRate);
    m_view->setMinimumSize(80, 60);
    m_view->installEventFilter(this);
    connect(m_view, &VncView::stateChanged, this, &ConsoleWallTile::onViewState);
    m_message = new QLabel(this);
    m_message->setObjectName(u"consoleWallTileMessage"_s);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setMargin(12);
    m_message->setPalette(screen);
    m_message->setAutoFillBackground(true);
    m_message->setBackgroundRole(QPalette::Dark);
    m_message->setForegroundRole(QPalette::BrightText);
    m_message->setMinimumSize(80, 60);
    m_message->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);

    auto *body = new QWidget(this);
    m_body = new QStackedLayout(body);
    m_body->addWidget(m_message);
    m_body->addWidget(m_view);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(borderWidth, borderWidth, borderWidth, borderWidth);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addWidget(body, 1);
    showWaiting(tr("Waiting for the console…"));
}

QString ConsoleWallTile::name() const
{
    return m_name->text();
}

void ConsoleWallTile::connectTo(const VncClientThread::Settings &settings)
{
    m_settings = settings;
    m_hasSettings = true;
    reconnect();
}

void ConsoleWallTile::reconnect()
{
    if (m_hasSettings)
        m_view->connectTo(m_settings);
}

void ConsoleWallTile::showWaiting(const QString &text)
{
    m_view->disconnectFromServer();
    showMessage(text, false);
}

void ConsoleWallTile::showProblem(const QString &reason)
{
    m_view->disconnectFromServer();
    showMessage(reason, true);
}

void ConsoleWallTile::showMessage(const QString &text, bool problem)
{
    m_problem = problem ? text : QString();
    m_message->setText(text);
    m_message->setToolTip(problem ? text : QString());
    m_body->setCurrentWidget(m_message);
    Q_EMIT connectionStateChanged(this);
}

QString ConsoleWallTile::problem() const
{
    return m_problem;
}

bool ConsoleWallTile::isConnected() const
{
    return m_view->state() == VncClientThread::State::Connected;
}

void ConsoleWallTile::onViewState(VncClientThread::State state, const QString &detail)
{
    using S = VncClientThread::State;
    switch (state) {
    case S::Connected:
        m_problem.clear();
        m_body->setCurrentWidget(m_view);
        Q_EMIT connectionStateChanged(this);
        return;
    case S::Connecting:
        showMessage(tr("Connecting…"), false);
        return;
    case S::WrongPassword:
        showMessage(tr("The console password was refused. Double-click to open the full console and enter it."), true);
        return;
    case S::Failed:
    case S::Disconnected:
        // Disconnected by ourselves (a new connection, closing) is no problem worth a message.
        if (state == S::Failed || m_body->currentWidget() == m_view)
            showMessage(detail, true);
        return;
    }
}

void ConsoleWallTile::setPowerState(const QString &text)
{
    m_state->setText(text);
}

QString ConsoleWallTile::powerStateText() const
{
    return m_state->text();
}

bool ConsoleWallTile::isChecked() const
{
    return m_check->isChecked();
}

void ConsoleWallTile::setChecked(bool checked)
{
    m_check->setChecked(checked);
}

void ConsoleWallTile::setFocused(bool focused)
{
    if (focused == m_focused)
        return;
    m_focused = focused;
    m_view->setMaxFrameRate(focused ? 0 : unfocusedFrameRate);
    if (focused)
        m_view->setFocus(Qt::MouseFocusReason);
    update(); // the border
}

bool ConsoleWallTile::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view)
        return QFrame::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::MouseButtonDblClick:
        Q_EMIT openRequested(m_vm);
        return true;
    case QEvent::MouseButtonPress:
        // The click that focuses a tile does not reach its guest. (Qt focuses the view before
        // the press arrives, so FocusIn may have marked it already.)
        if (!m_focused || m_focusingClick) {
            m_focusingClick = true;
            Q_EMIT focusRequested(this);
            return true;
        }
        return false;
    case QEvent::MouseButtonRelease:
        if (std::exchange(m_focusingClick, false))
            return true;
        return !m_focused;
    case QEvent::MouseMove:
    case QEvent::Wheel:
        return !m_focused || m_focusingClick;
    case QEvent::FocusIn:
        if (!m_focused) {
            m_focusingClick = static_cast<QFocusEvent *>(event)->reason() == Qt::MouseFocusReason;
            Q_EMIT focusRequested(this);
        }
        return false;
    default:
        return false;
    }
}

void ConsoleWallTile::mousePressEvent(QMouseEvent *event)
{
    Q_EMIT focusRequested(this);
    event->accept();
}

void ConsoleWallTile::mouseDoubleClickEvent(QMouseEvent *event)
{
    Q_EMIT openRequested(m_vm);
    event->accept();
}

void ConsoleWallTile::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    QPainter painter(this);
    const QColor colour = m_focused ? palette().color(QPalette::Highlight) : palette().color(QPalette::Mid);
    const int width = m_focused ? borderWidth : 1;
    painter.setPen(QPen(colour, width));
    painter.setBrush(Qt::NoBrush);
    const qreal inset = width / 2.0;
    painter.drawRect(QRectF(rect()).adjusted(inset, inset, -inset, -inset));
}

} // namespace welkin
