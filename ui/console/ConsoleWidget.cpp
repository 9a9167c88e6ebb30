#include "ConsoleWidget.h"

#include "console/Keysyms.h"

#include <QAction>
#include <QClipboard>
#include <QDateTime>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace welkin {

using namespace Qt::StringLiterals;

ConsoleWidget::ConsoleWidget(ResourceId vm, const ConsoleEndpoint &endpoint, QObject *keepAlive, QWidget *parent)
    : QWidget(parent), m_vm(std::move(vm)), m_title(endpoint.title)
{
    if (keepAlive)
        keepAlive->setParent(this);
    m_settings.host = endpoint.host;
    m_settings.port = endpoint.port;
    m_settings.socket = endpoint.socket;
    m_settings.password = endpoint.password;
    setWindowTitle(tr("%1 - Console").arg(m_title));

    m_view = new VncView(this);
    m_stateLabel = new QLabel(this);
    m_stateLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reconnectButton = new QPushButton(tr("Reconnect"), this);
    m_passwordButton = new QPushButton(tr("Enter password…"), this);
    connect(m_reconnectButton, &QPushButton::clicked, m_view, [this] { m_view->connectTo(m_settings); });
    connect(m_passwordButton, &QPushButton::clicked, this, &ConsoleWidget::askPassword);

    buildToolBar();
    auto *stateRow = new QHBoxLayout;
    stateRow->setContentsMargins(6, 2, 6, 2);
    stateRow->addWidget(m_stateLabel, 1);
    stateRow->addWidget(m_passwordButton);
    stateRow->addWidget(m_reconnectButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addLayout(stateRow);
    layout->addWidget(m_view, 1);

    connect(m_view, &VncView::stateChanged, this, &ConsoleWidget::onState);
    if (endpoint.passwordUnavailable && endpoint.password.isEmpty())
        m_stateLabel->setToolTip(tr("The console password could not be read (read-only connection)."));
    m_view->connectTo(m_settings);
    setFocusProxy(m_view);
}

QList<QPair<QString, QList<quint32>>> ConsoleWidget::sendKeyCombinations()
{
    using namespace keysym;
    QList<QPair<QString, QList<quint32>>> combos{
        {tr("Ctrl+Alt+Del"), {ControlL, AltL, Delete}},
        {tr("Ctrl+Alt+Backspace"), {ControlL, AltL, BackSpace}},
    };
    for (int n = 1; n <= 12; ++n)
        combos.append({tr("Ctrl+Alt+F%1").arg(n), {ControlL, AltL, F1 + quint32(n - 1)}});
    combos.append({tr("PrintScreen"), {Print}});
    return combos;
}

void ConsoleWidget::buildToolBar()
{
    m_toolBar = new QToolBar(this);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto *keys = new QMenu(tr("Send key"), this);
    for (const auto &[label, syms] : sendKeyCombinations()) {
        const QList<quint32> sequence = syms;
        keys->addAction(label, m_view, [this, sequence] { m_view->sendKeys(sequence); });
    }
    m_sendKeys = new QToolButton(this);
    m_sendKeys->setObjectName(u"sendKey"_s);
    m_sendKeys->setText(tr("Send key"));
    m_sendKeys->setMenu(keys);
    m_sendKeys->setPopupMode(QToolButton::InstantPopup);
    m_toolBar->addWidget(m_sendKeys);

    m_typeClipboard = m_toolBar->addAction(tr("Type clipboard"), this, &ConsoleWidget::typeClipboard);
    m_typeClipboard->setObjectName(u"typeClipboard"_s);
    m_typeClipboard->setToolTip(tr("Types the clipboard's text into the guest as keystrokes"));
    // Nothing reaches a guest before the view is connected.
    m_sendKeys->setEnabled(false);
    m_typeClipboard->setEnabled(false);
    m_scale = m_toolBar->addAction(tr("Scale to fit"));
    m_scale->setCheckable(true);
    m_scale->setChecked(m_view->scaleToFit());
    m_scale->setToolTip(tr("Scale the guest screen to the window; off: 1:1"));
    connect(m_scale, &QAction::toggled, m_view, &VncView::setScaleToFit);
    auto *readOnly = m_toolBar->addAction(tr("Read-only"));
    readOnly->setCheckable(true);
    connect(readOnly, &QAction::toggled, m_view, &VncView::setReadOnly);
    m_toolBar->addAction(tr("Full screen"), this, &ConsoleWidget::toggleFullScreen)->setShortcut(QKeySequence(u"Ctrl+Alt+F"_s));
    m_toolBar->addAction(tr("Screenshot…"), this, &ConsoleWidget::saveScreenshot);
    m_toolBar->addSeparator();
    m_toolBar->addAction(tr("Open in remote-viewer"), this, [this] { Q_EMIT externalViewerRequested(m_vm); });
    m_detach = m_toolBar->addAction(tr("Detach"), this, &ConsoleWidget::detachRequested);
}

void ConsoleWidget::onState(VncClientThread::State state, const QString &detail)
{
    using S = VncClientThread::State;
    QString text;
    switch (state) {
    case S::Connecting: text = detail; break;
    case S::Connected: text = tr("Connected to %1").arg(m_title); break;
    case S::WrongPassword: text = tr("Wrong password: %1").arg(detail); break;
    case S::Failed: text = detail; break;
    case S::Disconnected: text = detail; break;
    }
    m_stateLabel->setText(text);
    const bool connected = state == S::Connected;
    m_sendKeys->setEnabled(connected);
    m_typeClipboard->setEnabled(connected);
    const QString why = connected ? QString() : tr("Available once the console is connected");
    m_sendKeys->setToolTip(why);
    m_typeClipboard->setToolTip(connected ? tr("Types the clipboard's text into the guest as keystrokes") : why);
    m_reconnectButton->setVisible(state != S::Connected && state != S::Connecting);
    m_passwordButton->setVisible(state == S::WrongPassword);
}

void ConsoleWidget::setScaleToFit(bool fit)
{
    m_scale->setChecked(fit); // the action tells the view
    m_view->setScaleToFit(fit);
}

void ConsoleWidget::askPassword()
{
    bool ok = false;
    const QString password = QInputDialog::getText(this, tr("Console password"), tr("Password for the console of %1:").arg(m_title),
                                                   QLineEdit::Password, {}, &ok);
    if (!ok)
        return;
    m_settings.password = password;
    m_view->connectTo(m_settings);
}

void ConsoleWidget::typeClipboard()
{
    const QString text = QGuiApplication::clipboard()->text();
    if (text.isEmpty())
        return;
    if (text.size() > 4096
        && QMessageBox::question(this, tr("Type clipboard"), tr("Type %n characters into the guest?", nullptr, int(text.size())))
               != QMessageBox::Yes)
        return;
    m_view->typeText(text);
    m_view->setFocus();
}

void ConsoleWidget::saveScreenshot()
{
    const QImage frame = m_view->grabFrame();
    if (frame.isNull())
        return;
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation) + u'/' + m_title + u'-'
        + QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s) + u".png"_s;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save screenshot"), suggested, tr("PNG images (*.png)"));
    if (!path.isEmpty() && !frame.save(path))
        QMessageBox::warning(this, tr("Save screenshot"), tr("Could not write %1").arg(path));
}

void ConsoleWidget::toggleFullScreen()
{
    QWidget *w = window();
    if (w->isFullScreen())
        w->showNormal();
    else
        w->showFullScreen();
}

} // namespace welkin
