#pragma once

#include <QTranslator>

namespace welkin {

// Counted source strings are written "%n VM(s)": English needs no catalogue to say "1 VM" and
// "2 VMs". This translator answers only those look-ups (tr() with a count, "(s)" in the text);
// installed before the real translations, which therefore win where they have the string.
class EnglishPlurals : public QTranslator
{
    Q_OBJECT
public:
    using QTranslator::QTranslator;
    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override;
    bool isEmpty() const override { return false; }
};

} // namespace welkin
