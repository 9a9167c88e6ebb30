#pragma once

#include <QString>

#include <optional>

namespace welkin {

// A domain definition the user typed in the XML tab: what is wrong with it before libvirt sees
// it, where libvirt's complaint points, and the graphics passwords it must not lose.
namespace EditedDefinition {

struct Problem {
    int line = 0;   // 1-based; 0 when unknown
    int column = 0; // 1-based; 0 when unknown
    QString message;
};

// Well-formed XML with one <domain> root whose <uuid>, when present, is `uuid` (another UUID
// would define a second VM instead of changing this one). nullopt when it may go to libvirt.
std::optional<Problem> problem(const QString &xml, const QString &uuid);

// The line libvirt's validation message points at: "Element domain has extra content: bogus"
// names an element, whose first start tag in `xml` is the line; 0 when nothing matches.
int lineOfLibvirtError(const QString &xml, const QString &message);

// The editor shows the definition without secrets (no VIR_DOMAIN_XML_SECURE): a <graphics>
// password the edited text does not mention is taken from `secure`, the current secure XML,
// for the graphics element of the same type. `edited` comes back unchanged when there is none.
QString withPasswordsOf(const QString &edited, const QString &secure);

} // namespace EditedDefinition

} // namespace welkin
