#include "AboutBox.h"

#include "util/LibvirtVersion.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>

namespace welkin {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text) { return QApplication::translate("welkin::AboutBox", text); }

} // namespace

QString welkinVersion()
{
    return QStringLiteral(WELKIN_VERSION);
}

QString welkinHomepage()
{
    return QStringLiteral(WELKIN_HOMEPAGE_URL);
}

QMessageBox *createAboutBox(QWidget *parent)
{
    const QString libvirt = libvirtLibraryVersion();
    auto *box = new QMessageBox(parent);
    box->setObjectName(u"aboutWelkin"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About Welkin"));
    box->setIconPixmap(QIcon(u":/welkin/icons/org.welkin.Welkin.svg"_s).pixmap(64, 64));
    box->setTextFormat(Qt::RichText);
    box->setText(u"<h3>"_s + tr("Welkin %1").arg(welkinVersion()) + u"</h3><p>"_s
                 + tr("One console for libvirt hosts, OpenStack and CloudStack clouds.") + u"</p>"_s);
    box->setInformativeText(
        u"<p>"_s + tr("Qt %1").arg(QString::fromLatin1(qVersion())) + u"<br>"_s
        + (libvirt.isEmpty() ? tr("libvirt: version unknown") : tr("libvirt %1").arg(libvirt)) + u"</p><p>"_s
        + tr("Welkin is free software: you can redistribute it and/or modify it under the terms of the GNU General "
             "Public License, version 3 or (at your option) any later version (GPL-3.0-or-later).")
        + u"</p><p><a href=\"%1\">%1</a></p>"_s.arg(welkinHomepage()));
    box->setStandardButtons(QMessageBox::Close);
    return box;
}

} // namespace welkin
