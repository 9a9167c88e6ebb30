#include "VncView.h"

#include "console/Keysyms.h"

#include <QKeyEvent>
#include <QPainter>

namespace welkin {

using namespace Qt::StringLiterals;

namespace {
int rfbButtons(Qt::MouseButtons buttons)
{
    int mask = 0;
    if (buttons & Qt::LeftButton)
        mask |= 1;
    if (buttons & Qt::MiddleButton)
        mask |= 2;
    if (buttons & Qt::RightButton)
        mask |= 4;
    return mask;
}
} // namespace

VncView::VncView(QWidget *parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

VncView::~VncView()
{
    blockSignals(true); // whoever listens may be half destroyed already (a parent's destructor)
    disconnectFromServer();
}

void VncView::connectTo(const VncClientThread::Settings &settings)
{
    m_settings = settings;
    reconnect();
}

void VncView::reconnect()
{
    disconnectFromServer();
    m_client = new VncClientThread(m_settings, this);
    m_client->setMaxUpdateRate(m_maxFrameRate);
    connect(m_client, &VncClientThread::stateChanged, this, &VncView::onState);
    connect(m_client, &VncClientThread::frameResized, this, [this](const QSize &size) {
        m_frameSize = size;
        updateGeometry();
        update();
        Q_EMIT framebufferResized(size);
    });
    connect(m_client, &VncClientThread::frameUpdated, this, [this](const QRect &dirty) {
        const QRect target = targetRect();
        if (m_frameSize.isEmpty())
            return;
        // Repaint only what changed, mapped to widget coordinates (a pixel of margin for scaling).
        const qreal sx = qreal(target.width()) / m_frameSize.width();
        const qreal sy = qreal(target.height()) / m_frameSize.height();
        update(QRectF(target.left() + dirty.left() * sx, target.top() + dirty.top() * sy, dirty.width() * sx,
                      dirty.height() * sy).toAlignedRect().adjusted(-1, -1, 1, 1));
        Q_EMIT frameUpdated();
    });
    m_client->start();
}

void VncView::disconnectFromServer()
{
    if (!m_client)
        return;
    releaseHeldKeys();
    VncClientThread *client = std::exchange(m_client, nullptr);
    client->disconnect(this);
    client->stop();
    // The loop polls every 10 ms; a connect in progress may take up to its timeout, so do not
    // wait here: the thread deletes itself when done.
    connect(client, &QThread::finished, client, &QObject::deleteLater);
    client->setParent(nullptr);
    if (client->isFinished())
        client->deleteLater();
    onState(VncClientThread::State::Disconnected, tr("Disconnected"));
}

void VncView::onState(VncClientThread::State state, const QString &detail)
{
    m_state = state;
    m_stateDetail = detail;
    update();
    Q_EMIT stateChanged(state, detail);
}

QSize VncView::framebufferSize() const
{
    return m_frameSize;
}

QImage VncView::grabFrame() const
{
    return m_client ? m_client->frame() : QImage();
}

void VncView::setScaleToFit(bool fit)
{
    m_scaleToFit = fit;
    updateGeometry();
    update();
}

void VncView::setMaxFrameRate(int perSecond)
{
    m_maxFrameRate = std::max(perSecond, 0);
    if (m_client)
        m_client->setMaxUpdateRate(m_maxFrameRate);
}

void VncView::setReadOnly(bool readOnly)
{
    if (readOnly)
        releaseHeldKeys();
    m_readOnly = readOnly;
}

QSize VncView::sizeHint() const
{
    return m_frameSize.isEmpty() ? QSize(720, 400) : m_frameSize;
}

QRect VncView::targetRect() const
{
    if (m_frameSize.isEmpty())
        return {};
    QSize size = m_frameSize;
    if (m_scaleToFit)
        size.scale(this->size(), Qt::KeepAspectRatio);
    const QPoint origin((width() - size.width()) / 2, (height() - size.height()) / 2);
    return QRect(m_scaleToFit ? origin : QPoint(std::max(origin.x(), 0), std::max(origin.y(), 0)), size);
}

void VncView::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    const QRect target = targetRect();
    // Background outside the guest screen.
    const QRegion outside = QRegion(event->rect()) - QRegion(target);
    for (const QRect &r : outside)
        painter.fillRect(r, palette().color(QPalette::Dark));
    if (m_client && !target.isEmpty()) {
        painter.setRenderHint(QPainter::SmoothPixmapTransform, m_scaleToFit && target.size() != m_frameSize);
        m_client->withFrame([&](const QImage &frame) {
            if (frame.size() == m_frameSize)
                painter.drawImage(target, frame);
        });
    }
}

bool VncView::focusNextPrevChild(bool)
{
    return false;
}

void VncView::keyPressEvent(QKeyEvent *event)
{
    if (m_readOnly || !m_client || m_state != VncClientThread::State::Connected)
        return QWidget::keyPressEvent(event);
    const quint32 sym = keysymForKeyEvent(event->key(), event->text());
    if (!sym)
        return;
    if (!event->isAutoRepeat())
        m_heldKeys.insert(event->key(), sym);
    m_client->sendKey(m_heldKeys.value(event->key(), sym), true);
    event->accept();
}

void VncView::keyReleaseEvent(QKeyEvent *event)
{
    if (!m_client || event->isAutoRepeat())
        return;
    const auto it = m_heldKeys.constFind(event->key());
    if (it == m_heldKeys.cend())
        return;
    m_client->sendKey(*it, false);
    m_heldKeys.erase(it);
    event->accept();
}

void VncView::releaseHeldKeys()
{
    if (m_client) {
        for (const quint32 sym : std::as_const(m_heldKeys))
            m_client->sendKey(sym, false);
    }
    m_heldKeys.clear();
}

void VncView::focusOutEvent(QFocusEvent *event)
{
    releaseHeldKeys(); // no stuck Alt after Alt+Tab away
    QWidget::focusOutEvent(event);
}

QPoint VncView::toFramebuffer(const QPointF &pos) const
{
    const QRect target = targetRect();
    if (target.isEmpty())
        return {};
    const int x = int((pos.x() - target.left()) * m_frameSize.width() / target.width());
    const int y = int((pos.y() - target.top()) * m_frameSize.height() / target.height());
    return {std::clamp(x, 0, m_frameSize.width() - 1), std::clamp(y, 0, m_frameSize.height() - 1)};
}

void VncView::sendPointer(const QPointF &pos, Qt::MouseButtons buttons)
{
    if (m_readOnly || !m_client || m_state != VncClientThread::State::Connected)
        return;
    m_buttonMask = rfbButtons(buttons);
    const QPoint p = toFramebuffer(pos);
    m_client->sendPointer(p.x(), p.y(), m_buttonMask);
}

void VncView::mouseMoveEvent(QMouseEvent *event) { sendPointer(event->position(), event->buttons()); }
void VncView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    sendPointer(event->position(), event->buttons());
}
void VncView::mouseReleaseEvent(QMouseEvent *event) { sendPointer(event->position(), event->buttons()); }

void VncView::wheelEvent(QWheelEvent *event)
{
    if (m_readOnly || !m_client || m_state != VncClientThread::State::Connected)
        return;
    const int wheelButton = event->angleDelta().y() > 0 ? 8 : event->angleDelta().y() < 0 ? 16 : 0;
    if (!wheelButton)
        return;
    const QPoint p = toFramebuffer(event->position());
    const int base = rfbButtons(event->buttons());
    m_client->sendPointer(p.x(), p.y(), base | wheelButton); // a wheel notch is a press and release
    m_client->sendPointer(p.x(), p.y(), base);
    event->accept();
}

void VncView::sendKeys(const QList<quint32> &pressInOrder)
{
    if (m_readOnly || !m_client)
        return;
    for (const quint32 sym : pressInOrder)
        m_client->sendKey(sym, true);
    for (auto it = pressInOrder.crbegin(); it != pressInOrder.crend(); ++it)
        m_client->sendKey(*it, false);
}

void VncView::typeText(const QString &text)
{
    if (m_readOnly || !m_client)
        return;
    for (const KeyStroke &stroke : keyStrokesForText(text))
        m_client->sendKey(stroke.keysym, stroke.down);
}

} // namespace welkin
