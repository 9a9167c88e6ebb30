#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>
#include <QString>

class QMenuBar;
class QTextBrowser;
class QUrl;

namespace welkin {

// Welkin's help pages in one window: an overview ("overview"), the search box's query syntax
// ("search") and the keyboard shortcuts ("shortcuts"). Links between them stay in the window;
// web links open in the browser. The shortcut table is built from the actions it is given.
class HelpDialog : public QDialog
{
    Q_OBJECT
public:
    struct Shortcut {
        QString where;  // "View", "View › Monitoring", "Search box"
        QString action; // without mnemonics: "Search"
        QList<QKeySequence> keys;
    };

    explicit HelpDialog(QWidget *parent = nullptr);

    // Shows "overview", "search" or "shortcuts" (anything else: the overview).
    void showTopic(const QString &topic);
    QString topic() const { return m_topic; }
    void setShortcuts(const QList<Shortcut> &shortcuts);
    QTextBrowser *browser() const { return m_browser; }

    // Every action with a shortcut in the menus of `menuBar`, in menu order.
    static QList<Shortcut> shortcutsOf(const QMenuBar *menuBar);
    // The queries the search page shows as examples (tests check that each one parses).
    static QStringList searchExamples();

private:
    void openLink(const QUrl &url);
    QString pageHtml(const QString &topic) const;
    QString overviewHtml() const;
    QString searchHtml() const;
    QString shortcutsHtml() const;

    QTextBrowser *m_browser;
    QString m_topic;
    QList<Shortcut> m_shortcuts;
};

} // namespace welkin
