#include "Keysyms.h"

#include <QHash>

namespace welkin {

quint32 keysymForCharacter(char32_t c)
{
    switch (c) {
    case U'\n':
    case U'\r': return keysym::Return;
    case U'\t': return keysym::Tab;
    case U'\b': return keysym::BackSpace;
    case 0x1b: return keysym::Escape;
    case 0x7f: return keysym::Delete;
    default: break;
    }
    if (c < 0x20 || (c >= 0x7f && c < 0xa0) || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
        return 0;
    if (c <= 0xff)
        return c;
    return 0x01000000u + c;
}

QList<KeyStroke> keyStrokesForText(const QString &text)
{
    QList<KeyStroke> strokes;
    const QList<uint> codePoints = text.toUcs4();
    strokes.reserve(codePoints.size() * 2);
    for (qsizetype i = 0; i < codePoints.size(); ++i) {
        const char32_t c = codePoints[i];
        if (c == U'\r' && i + 1 < codePoints.size() && codePoints[i + 1] == U'\n')
            continue; // "\r\n" is one Return
        const quint32 sym = keysymForCharacter(c);
        if (!sym)
            continue;
        strokes.append({sym, true});
        strokes.append({sym, false});
    }
    return strokes;
}

quint32 keysymForQtKey(int qtKey)
{
    static const QHash<int, quint32> table = {
        {Qt::Key_Backspace, keysym::BackSpace}, {Qt::Key_Tab, keysym::Tab}, {Qt::Key_Backtab, keysym::Tab},
        {Qt::Key_Return, keysym::Return}, {Qt::Key_Enter, keysym::Return}, {Qt::Key_Escape, keysym::Escape},
        {Qt::Key_Delete, keysym::Delete}, {Qt::Key_Insert, keysym::Insert}, {Qt::Key_Home, keysym::Home},
        {Qt::Key_End, keysym::End}, {Qt::Key_PageUp, keysym::PageUp}, {Qt::Key_PageDown, keysym::PageDown},
        {Qt::Key_Left, keysym::Left}, {Qt::Key_Up, keysym::Up}, {Qt::Key_Right, keysym::Right},
        {Qt::Key_Down, keysym::Down}, {Qt::Key_Print, keysym::Print}, {Qt::Key_SysReq, keysym::SysReq},
        {Qt::Key_Pause, keysym::Pause}, {Qt::Key_ScrollLock, keysym::ScrollLock}, {Qt::Key_NumLock, keysym::NumLock},
        {Qt::Key_CapsLock, keysym::CapsLock}, {Qt::Key_Menu, keysym::Menu}, {Qt::Key_Shift, keysym::ShiftL},
        {Qt::Key_Control, keysym::ControlL}, {Qt::Key_Meta, keysym::SuperL}, {Qt::Key_Alt, keysym::AltL},
        {Qt::Key_AltGr, keysym::ISOLevel3Shift}, {Qt::Key_Super_L, keysym::SuperL},
        {Qt::Key_Super_R, keysym::SuperL + 1},
    };
    if (qtKey >= Qt::Key_F1 && qtKey <= Qt::Key_F35)
        return keysym::F1 + quint32(qtKey - Qt::Key_F1);
    return table.value(qtKey, 0);
}

quint32 keysymForKeyEvent(int qtKey, const QString &text)
{
    if (const quint32 special = keysymForQtKey(qtKey))
        return special;
    const QList<uint> codePoints = text.toUcs4();
    if (codePoints.size() == 1 && codePoints.first() >= 0x20)
        return keysymForCharacter(codePoints.first());
    // Ctrl+letter: text is a control character or empty; the key code is the upper-case letter.
    if (qtKey >= Qt::Key_A && qtKey <= Qt::Key_Z)
        return quint32(qtKey - Qt::Key_A) + 'a';
    if (qtKey >= 0x20 && qtKey <= 0xff)
        return quint32(qtKey);
    return 0;
}

} // namespace welkin
