#include "HelpDialog.h"

#include "AboutBox.h"
#include "metrics/Metric.h"
#include "metrics/MetricQuery.h"
#include "model/PowerState.h"

#include <QAction>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QHash>
#include <QMenu>
#include <QMenuBar>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace welkin {

using namespace Qt::StringLiterals;

namespace {

const QString overviewTopic = u"overview"_s;
const QString searchTopic = u"search"_s;
const QString shortcutsTopic = u"shortcuts"_s;

struct SearchExample {
    QString query;
    QString meaning;
};

QList<SearchExample> searchExampleRows()
{
    return {
        {u"web"_s, HelpDialog::tr("VMs and hosts whose name, UUID, IP address, host or OS contains “web”")},
        {u"web 10.0.4."_s, HelpDialog::tr("both words: web VMs with an address in 10.0.4.x")},
        {u"state:paused"_s, HelpDialog::tr("paused VMs")},
        {u"state:crashed state:error"_s, HelpDialog::tr("VMs that crashed or are in error (several states: any of them)")},
        {u"cpu>80"_s, HelpDialog::tr("VMs using more than 80 % of their own vCPUs")},
        {u"cpu>80 state:running web"_s, HelpDialog::tr("running web VMs above 80 % CPU")},
        {u"mem>=90%"_s, HelpDialog::tr("VMs using 90 % of their memory or more")},
        {u"hostcpu>25"_s, HelpDialog::tr("VMs taking more than a quarter of their host's CPU")},
        {u"disk>10M"_s, HelpDialog::tr("VMs reading and writing more than 10 MiB/s together")},
        {u"netrx>500k nettx<1k"_s, HelpDialog::tr("VMs receiving over 500 KiB/s while sending under 1 KiB/s")},
    };
}

// What a metric term compares, beyond its display name.
QString metricUnit(Metric metric)
{
    if (metricIsPercent(metric))
        return HelpDialog::tr("percent (0–100)");
    if (metricIsRate(metric))
        return HelpDialog::tr("bytes per second");
    if (metric == Metric::MemoryUsedBytes)
        return HelpDialog::tr("bytes: memused>4G means more than 4 GiB");
    return {};
}

QString code(const QString &text)
{
    return u"<code>"_s + text.toHtmlEscaped() + u"</code>"_s;
}

QString withoutMnemonic(QString text)
{
    text.replace(u"&&"_s, u"\x01"_s);
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text;
}

// An action in several menus (Add Connection in File and Connection) is one row naming both.
struct ShortcutCollector {
    QList<HelpDialog::Shortcut> shortcuts;
    QHash<const QAction *, qsizetype> rows;

    void collect(const QMenu *menu, const QString &where)
    {
        for (const QAction *action : menu->actions()) {
            if (action->isSeparator() || !action->isVisible())
                continue;
            const QString text = withoutMnemonic(action->text());
            if (const QMenu *sub = action->menu()) {
                collect(sub, where + u" › "_s + text);
                continue;
            }
            if (action->shortcuts().isEmpty())
                continue;
            if (const auto row = rows.constFind(action); row != rows.cend()) {
                shortcuts[*row].where += u", "_s + where;
                continue;
            }
            rows.insert(action, shortcuts.size());
            shortcuts.append({where, text, action->shortcuts()});
        }
    }
};

// Tables drawn with the window's own colours, light or dark.
QString tableStart(const QPalette &palette)
{
    return u"<table cellspacing=\"0\" cellpadding=\"5\" width=\"100%\" border=\"1\" "
           "style=\"border-collapse: collapse; border-color: %1\">"_s.arg(palette.color(QPalette::Mid).name());
}

QString headerRow(const QPalette &palette, const QStringList &cells)
{
    QString html = u"<tr>"_s;
    for (const QString &cell : cells)
        html += u"<th align=\"left\" bgcolor=\"%1\">%2</th>"_s.arg(palette.color(QPalette::AlternateBase).name(), cell);
    return html + u"</tr>"_s;
}

QString row(const QStringList &cells)
{
    QString html = u"<tr>"_s;
    for (const QString &cell : cells)
        html += u"<td valign=\"top\">"_s + cell + u"</td>"_s;
    return html + u"</tr>"_s;
}

} // namespace

HelpDialog::HelpDialog(QWidget *parent) : QDialog(parent), m_browser(new QTextBrowser)
{
    setObjectName(u"helpDialog"_s);
    m_browser->setObjectName(u"helpBrowser"_s);
    m_browser->setOpenLinks(false); // topics switch here; web links go to the browser
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(760, 640);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &HelpDialog::openLink);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showTopic(overviewTopic);
}

void HelpDialog::showTopic(const QString &topic)
{
    m_topic = topic == searchTopic || topic == shortcutsTopic ? topic : overviewTopic;
    const QString title = m_topic == searchTopic      ? tr("Search Syntax")
                          : m_topic == shortcutsTopic ? tr("Keyboard Shortcuts")
                                                      : tr("Overview");
    setWindowTitle(tr("Welkin Help – %1").arg(title));
    m_browser->setHtml(pageHtml(m_topic));
}

void HelpDialog::setShortcuts(const QList<Shortcut> &shortcuts)
{
    m_shortcuts = shortcuts;
    if (m_topic == shortcutsTopic)
        showTopic(m_topic);
}

QList<HelpDialog::Shortcut> HelpDialog::shortcutsOf(const QMenuBar *menuBar)
{
    ShortcutCollector collector;
    for (const QAction *action : menuBar->actions()) {
        if (const QMenu *menu = action->menu())
            collector.collect(menu, withoutMnemonic(action->text()));
    }
    return collector.shortcuts;
}

QStringList HelpDialog::searchExamples()
{
    QStringList queries;
    for (const SearchExample &example : searchExampleRows())
        queries.append(example.query);
    return queries;
}

void HelpDialog::openLink(const QUrl &url)
{
    if (url.scheme().isEmpty() && url.path().isEmpty())
        showTopic(url.fragment());
    else
        QDesktopServices::openUrl(url);
}

QString HelpDialog::pageHtml(const QString &topic) const
{
    const std::pair<QString, QString> topics[] = {
        {overviewTopic, tr("Overview")}, {searchTopic, tr("Search syntax")}, {shortcutsTopic, tr("Keyboard shortcuts")}};
    QStringList links;
    for (const auto &[anchor, title] : topics)
        links.append(anchor == topic ? u"<b>%1</b>"_s.arg(title) : u"<a href=\"#%1\">%2</a>"_s.arg(anchor, title));
    const QString body = topic == searchTopic ? searchHtml() : topic == shortcutsTopic ? shortcutsHtml() : overviewHtml();
    return u"<html><body><p>"_s + links.join(u" &nbsp;·&nbsp; "_s) + u"</p>"_s + body + u"</body></html>"_s;
}

QString HelpDialog::overviewHtml() const
{
    const QString find = QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText);
    QString html = u"<h2>"_s + tr("Welkin") + u"</h2>"_s;
    html += u"<p>"_s + tr("One console for libvirt hosts, OpenStack and CloudStack clouds.") + u"</p>"_s;
    html += u"<h3>"_s + tr("The window") + u"</h3><ul>"_s;
    html += u"<li>"_s + tr("Left: your connections, their hosts and VMs, with the search box and the quick filters "
                           "(All, Running, Stopped, Paused, Problem) above and your groups below.") + u"</li>"_s;
    html += u"<li>"_s + tr("Right: what the selection holds: tables of VMs and hosts, a host's storage and networks, "
                           "or one VM's overview, console, performance, details, snapshots and XML.") + u"</li>"_s;
    html += u"<li>"_s + tr("Bottom: tasks and events, where a failed task says why, and the active alerts. "
                           "View › Event Log shows everything recorded, also from earlier runs.") + u"</li></ul>"_s;
    html += u"<h3>"_s + tr("Finding things") + u"</h3><p>"_s
            + tr("Type in the search box (%1): words, power states and live figures such as %2. "
                 "See <a href=\"#search\">Search syntax</a>.").arg(find, code(u"cpu>80 state:running"_s))
            + u"</p>"_s;
    html += u"<h3>"_s + tr("Connections") + u"</h3><p>"_s
            + tr("The Connection menu adds, edits, reconnects, disconnects and removes connections (it works on the "
                 "connection of what is selected), imports those saved in virt-manager or in a file, and exports "
                 "yours to a file without passwords.") + u"</p>"_s;
    html += u"<h3>"_s + tr("Working with VMs") + u"</h3><p>"_s
            + tr("Select one or more VMs, in the tree or a table, then use the toolbar, the Virtual Machine menu "
                 "or the right-click menu. Double-click a VM to open its console.") + u"</p>"_s;
    html += u"<h3>"_s + tr("Monitoring") + u"</h3><p>"_s
            + tr("View › Monitoring opens the dashboard of all connections and the alert rules; View › Alerts "
                 "lists the alerts, to acknowledge them or go to their resource. Virtual Machine › Open Console "
                 "Wall shows the live consoles of the selected VMs side by side.") + u"</p>"_s;
    html += u"<h3>"_s + tr("Keys") + u"</h3><p>"_s
            + tr("%1 shows the help for where you are. All shortcuts: <a href=\"#shortcuts\">Keyboard shortcuts</a>.")
                  .arg(QKeySequence(QKeySequence::HelpContents).toString(QKeySequence::NativeText))
            + u"</p>"_s;
    html += u"<p>"_s + tr("More at <a href=\"%1\">%1</a>.").arg(welkinHomepage()) + u"</p>"_s;
    return html;
}

QString HelpDialog::searchHtml() const
{
    QString html = u"<h2>"_s + tr("Search syntax") + u"</h2>"_s;
    html += u"<p>"_s + tr("The search box filters the tree and the VM table. A query is a list of terms separated "
                          "by spaces; <b>every</b> term must hold. A term has no spaces inside.") + u"</p>"_s;

    html += u"<h3>"_s + tr("Examples") + u"</h3>"_s + tableStart(palette())
            + headerRow(palette(), {tr("Query"), tr("Finds")});
    for (const SearchExample &example : searchExampleRows())
        html += row({code(example.query), example.meaning.toHtmlEscaped()});
    html += u"</table>"_s;

    html += u"<h3>"_s + tr("Words") + u"</h3><p>"_s
            + tr("Any other term is a word. Case does not matter; each word must occur somewhere in a VM's name, "
                 "UUID, IP addresses, host name or OS, or in a host's name, host name, URI or hypervisor.")
            + u"</p>"_s;

    QStringList states;
    for (int i = int(PowerState::Running); i <= int(PowerState::Error); ++i)
        states.append(code(powerStateName(PowerState(i))));
    states.append(code(powerStateName(PowerState::Unknown)));
    html += u"<h3>"_s + tr("Power states") + u"</h3><p>"_s
            + tr("%1 keeps the VMs in that state: %2. %3, %4 and %5 also mean shut-off. Several %1 terms: "
                 "a VM in any of those states.")
                  .arg(code(u"state:NAME"_s), states.join(u", "_s), code(u"shutoff"_s), code(u"off"_s),
                       code(u"stopped"_s))
            + u"</p>"_s;

    html += u"<h3>"_s + tr("Live figures") + u"</h3><p>"_s
            + tr("%1 compares a VM's newest figure: no spaces around the comparison, which is one of %2.")
                  .arg(code(u"METRIC>NUMBER"_s), QStringList{code(u">"_s), code(u">="_s), code(u"<"_s),
                                                              code(u"<="_s), code(u"="_s) + tr(" (or %1)").arg(code(u"=="_s)),
                                                              code(u"!="_s)}
                                                     .join(u", "_s))
            + u"</p>"_s + tableStart(palette()) + headerRow(palette(), {tr("Metric"), tr("Measures"), tr("Unit")});
    for (const Metric metric : {Metric::Cpu, Metric::CpuHost, Metric::MemoryPercent, Metric::MemoryUsedBytes, Metric::DiskBps,
                                Metric::DiskReadBps, Metric::DiskWriteBps, Metric::NetBps, Metric::NetRxBps,
                                Metric::NetTxBps}) {
        QString name = code(metricName(metric));
        if (metric == Metric::MemoryPercent)
            name += u", "_s + code(u"memory"_s);
        html += row({name, metricDisplayName(metric).toHtmlEscaped(), metricUnit(metric).toHtmlEscaped()});
    }
    html += u"</table><p>"_s
            + tr("Numbers such as %1, %2 or %3. The suffixes %4, %5, %6 and %7 multiply by 1024 (%8 is 10 MiB/s) and "
                 "may be followed by %9, %10 or %11; a percentage may end in %12 and is at most 100.")
                  .arg(code(u"80"_s), code(u"2.5"_s), code(u".5"_s), code(u"k"_s), code(u"M"_s), code(u"G"_s),
                       code(u"T"_s), code(u"disk>10M"_s), code(u"B"_s))
                  .arg(code(u"iB"_s), code(u"B/s"_s), code(u"%"_s))
            + u"</p><p>"_s
            + tr("A query with a state or a figure lists VMs only (their hosts and connections stay as parents). "
                 "A VM without figures yet matches no figure term; figure results follow the live values, "
                 "refreshed at most once a second.")
            + u"</p>"_s;

    html += u"<h3>"_s + tr("Mistakes") + u"</h3><p>"_s
            + tr("A term that does not parse is explained under the search box, for example “%1”, and the list "
                 "keeps what the last valid query showed. A word with %2, %3, %4 or %5 in it is read as a "
                 "comparison.")
                  .arg(MetricQuery::parse(u"cpu>abc"_s).errorString().toHtmlEscaped(), code(u"<"_s), code(u">"_s),
                       code(u"="_s), code(u"!"_s))
            + u"</p><p>"_s
            + tr("%1 puts the cursor in the search box; %2 there clears the search. The quick filter buttons "
                 "apply on top of the query.")
                  .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText),
                       QKeySequence(Qt::Key_Escape).toString(QKeySequence::NativeText))
            + u"</p>"_s;
    return html;
}

QString HelpDialog::shortcutsHtml() const
{
    QString html = u"<h2>"_s + tr("Keyboard shortcuts") + u"</h2>"_s;
    if (m_shortcuts.isEmpty())
        return html + u"<p>"_s + tr("No shortcuts.") + u"</p>"_s;
    html += tableStart(palette()) + headerRow(palette(), {tr("Keys"), tr("Action"), tr("Where")});
    for (const Shortcut &shortcut : m_shortcuts) {
        QStringList keys;
        for (const QKeySequence &sequence : shortcut.keys)
            keys.append(u"<b>"_s + sequence.toString(QKeySequence::NativeText).toHtmlEscaped() + u"</b>"_s);
        html += row({keys.join(u", "_s), shortcut.action.toHtmlEscaped(), shortcut.where.toHtmlEscaped()});
    }
    return html + u"</table>"_s;
}

} // namespace welkin
