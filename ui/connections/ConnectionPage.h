#pragma once

#include "providers/ConnectionProfile.h"

#include <QMap>
#include <QStringList>
#include <QWidget>

namespace welkin {

// One provider kind's part of the Add/Edit Connection dialog. The dialog owns the name and the
// test button; a page turns its fields into a URI (and options) and says what is wrong with them.
// OpenStack and CloudStack pages are further subclasses, registered in ConnectionDialog.
class ConnectionPage : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual QString kind() const = 0;   // ConnectionProfile::kind: "libvirt"
    virtual QString title() const = 0;  // for the kind selector: "libvirt (QEMU/KVM, Xen, LXC…)"
    // Fills the fields from a saved profile; false when this page cannot show it.
    virtual bool setProfile(const ConnectionProfile &profile) = 0;
    // The page's part of a profile: kind, uri, options. Meaningful when validationError() is empty.
    virtual ConnectionProfile profile() const = 0;
    // A specific message for the first problem, or an empty string.
    virtual QString validationError() const = 0;
    // A name for the connection when the user gave none: "root@kvm-03".
    virtual QString suggestedName() const = 0;
    // Secrets the user typed, by SecretStore name ("password", "secretKey"…); never in profile().
    virtual QMap<QString, QString> secrets() const { return {}; }
    // False: keep secrets() in memory for this run only ("Remember password" unchecked).
    virtual bool rememberSecrets() const { return true; }
    // The option keys profile() manages; editing replaces these and keeps the other (tuning) keys.
    virtual QStringList optionKeys() const { return {}; }

Q_SIGNALS:
    void changed();
};

} // namespace welkin
