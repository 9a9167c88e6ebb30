#pragma once

#include <QString>

class QMessageBox;
class QWidget;

namespace welkin {

QString welkinVersion();  // the CMake project version: "0.1.0"
QString welkinHomepage(); // the CMake project homepage

// "About Welkin": its version, the Qt and libvirt versions it runs with, the licence and the
// homepage. Not shown yet; open() it (it deletes itself when closed).
QMessageBox *createAboutBox(QWidget *parent);

} // namespace welkin
