#include "XmlHighlighter.h"

#include <QGuiApplication>
#include <QPalette>

namespace welkin {

using namespace Qt::StringLiterals;

namespace {

bool darkPalette()
{
    return QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
}

} // namespace

XmlHighlighter::XmlHighlighter(QTextDocument *document) : QSyntaxHighlighter(document)
{
    const bool dark = darkPalette();
    m_tag.setForeground(dark ? QColor(0x7a, 0xb7, 0xff) : QColor(0x1a, 0x4f, 0x9c));
    m_tag.setFontWeight(QFont::DemiBold);
    m_attribute.setForeground(dark ? QColor(0xe0, 0xa0, 0x60) : QColor(0x8a, 0x4b, 0x08));
    m_value.setForeground(dark ? QColor(0x8f, 0xd4, 0x8f) : QColor(0x1d, 0x7a, 0x1d));
    m_comment.setForeground(dark ? QColor(0x90, 0x90, 0x90) : QColor(0x70, 0x70, 0x70));
    m_comment.setFontItalic(true);
}

void XmlHighlighter::highlightBlock(const QString &text)
{
    static const QRegularExpression tag(u"</?[A-Za-z_][\\w.:-]*|/?>|<\\?[\\w-]+|\\?>"_s);
    static const QRegularExpression attribute(u"([A-Za-z_][\\w.:-]*)\\s*=\\s*(\"[^\"]*\"?|'[^']*'?)"_s);
    for (auto it = tag.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        setFormat(int(match.capturedStart()), int(match.capturedLength()), m_tag);
    }
    for (auto it = attribute.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        // Only inside a tag: text content like "a=b" stays plain.
        const qsizetype open = text.lastIndexOf(u'<', match.capturedStart());
        const qsizetype close = text.lastIndexOf(u'>', match.capturedStart());
        if (open < 0 || close > open)
            continue;
        setFormat(int(match.capturedStart(1)), int(match.capturedLength(1)), m_attribute);
        setFormat(int(match.capturedStart(2)), int(match.capturedLength(2)), m_value);
    }
    // Comments last: they win over what looks like tags inside them.
    setCurrentBlockState(0);
    qsizetype start = previousBlockState() == 1 ? 0 : text.indexOf("<!--"_L1);
    while (start >= 0) {
        const qsizetype end = text.indexOf("-->"_L1, start);
        if (end < 0) {
            setFormat(int(start), int(text.size() - start), m_comment);
            setCurrentBlockState(1);
            break;
        }
        setFormat(int(start), int(end + 3 - start), m_comment);
        start = text.indexOf("<!--"_L1, end + 3);
    }
}

} // namespace welkin
