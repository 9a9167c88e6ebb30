#pragma once

#include <QList>
#include <QString>
#include <Qt>

namespace welkin {

// X11 keysyms, as VNC (RFB KeyEvent) carries them. Layout-independent: the server maps a keysym
// to its own keyboard layout, so a non-US client sends what the user typed, not a key position.
namespace keysym {
constexpr quint32 BackSpace = 0xff08, Tab = 0xff09, Return = 0xff0d, Escape = 0xff1b, Delete = 0xffff;
constexpr quint32 Home = 0xff50, Left = 0xff51, Up = 0xff52, Right = 0xff53, Down = 0xff54;
constexpr quint32 PageUp = 0xff55, PageDown = 0xff56, End = 0xff57, Insert = 0xff63, Print = 0xff61;
constexpr quint32 Pause = 0xff13, ScrollLock = 0xff14, SysReq = 0xff15, Menu = 0xff67, NumLock = 0xff7f;
constexpr quint32 F1 = 0xffbe; // F1..F35 are consecutive
constexpr quint32 ShiftL = 0xffe1, ShiftR = 0xffe2, ControlL = 0xffe3, ControlR = 0xffe4, CapsLock = 0xffe5;
constexpr quint32 MetaL = 0xffe7, AltL = 0xffe9, AltR = 0xffea, SuperL = 0xffeb, ISOLevel3Shift = 0xfe03;
} // namespace keysym

// The keysym of one character: Latin-1 maps to itself, control characters that have keys to
// those keys, anything else to the Unicode keysym range (0x01000000 + code point). 0 when the
// character cannot be typed (other control characters).
quint32 keysymForCharacter(char32_t character);

// One key press (down) or release (up).
struct KeyStroke {
    quint32 keysym = 0;
    bool down = false;
    friend bool operator==(const KeyStroke &, const KeyStroke &) = default;
};

// "Type clipboard text": each character as a press and release of its keysym, "\r\n" and "\n"
// as Return, "\t" as Tab; characters without a keysym are skipped. Surrogate pairs are joined.
QList<KeyStroke> keyStrokesForText(const QString &text);

// Qt key code of a non-text key (arrows, F-keys, modifiers, ...) -> keysym; 0 when the key is a
// text key (use the event's text) or unknown.
quint32 keysymForQtKey(int qtKey);

// The key event of a widget: the special-key table first, then the event text (what the
// user's layout produced), then the key code for letters typed with Ctrl (empty text).
quint32 keysymForKeyEvent(int qtKey, const QString &text);

} // namespace welkin
