#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace welkin {

// Colours a libvirt definition: tags, attribute names and values, comments. Line by line, with
// the open-comment state carried between blocks; colours follow the palette (dark themes too).
class XmlHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit XmlHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_tag, m_attribute, m_value, m_comment;
};

} // namespace welkin
