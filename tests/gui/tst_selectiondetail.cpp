// The content area always shows what the tree selects: one resource, a summary of several, or a
// clear empty state that says why the shown resource went (filtered out, removed). Real
// providers on libvirt's test driver, offscreen.
#include "MainWindowFixture.h"
#include "ActionController.h"
#include "EnglishPlurals.h"
#include "content/ContentArea.h"
#include "content/SelectionSummaryPage.h"
#include "providers/Task.h"

#include <QAbstractButton>
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QToolBar>
#include <QToolButton>

using namespace welkin;
using namespace welkin::guitest;
using namespace Qt::StringLiterals;

namespace {

// runstate: 1 running, 3 paused, 5 shut off: mix-00 and mix-03 run, mix-01 and mix-04 are
// paused, mix-02 and mix-05 are shut off.
int mixedState(int i) { return i % 3 == 0 ? 1 : i % 3 == 1 ? 3 : 5; }

} // namespace

class TestSelectionDetail : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QCoreApplication::installTranslator(new EnglishPlurals(qApp)); } // as the app

    void init()
    {
        m_fixture = std::make_unique<MainWindowFixture>();
        QVERIFY(m_fixture->open());
        m_uri = m_fixture->addHost(u"Mixed"_s, 6, u"mix"_s, mixedState);
        QVERIFY(!m_uri.isEmpty());
    }

    void cleanup() { m_fixture.reset(); }

    void oneSelectedIsShown()
    {
        QVERIFY(m_fixture->select({u"mix-03"_s}));
        QCOMPARE(content()->currentWidget(), content()->vmTabs());
        QCOMPARE(content()->shownResource(), vmId(u"mix-03"_s));
        QCOMPARE(window()->selectedResources(), QList<ResourceId>{vmId(u"mix-03"_s)});
    }

    // A filter that hides the selected VM must not leave another VM on the right while the tree
    // selects nothing: the empty state says why, and "Show it again" brings it back.
    void searchHidingTheSelectionShowsWhy()
    {
        QVERIFY(m_fixture->select({u"mix-02"_s}));
        QCOMPARE(content()->shownResource(), vmId(u"mix-02"_s));
        QVERIFY(window()->action(ActionType::Start)->isEnabled());

        window()->searchEdit()->setText(u"mix-01"_s);
        QTRY_VERIFY(!m_fixture->row(u"mix-02"_s).isValid());
        QTRY_COMPARE(content()->currentWidget(), content()->emptyPage());
        QVERIFY(!content()->shownResource().isValid());
        QVERIFY(window()->selectedResources().isEmpty());
        QTRY_VERIFY2(content()->noticeText().contains(u"mix-02"_s), qPrintable(content()->noticeText()));
        QVERIFY(content()->noticeText().contains(u"hidden"_s));
        QVERIFY(!window()->action(ActionType::Start)->isEnabled());

        auto *notice = content()->findChild<QLabel *>(u"selectionNotice"_s);
        QVERIFY(notice && notice->isVisible());
        Q_EMIT notice->linkActivated(u"clear-filter"_s);
        QVERIFY(window()->searchEdit()->text().isEmpty());
        QTRY_COMPARE(content()->shownResource(), vmId(u"mix-02"_s));
        QCOMPARE(window()->selectedResources(), QList<ResourceId>{vmId(u"mix-02"_s)});
        QCOMPARE(content()->currentWidget(), content()->vmTabs());
    }

    void quickFilterHidingTheSelectionShowsWhy()
    {
        QVERIFY(m_fixture->select({u"mix-00"_s}));
        auto *stopped = window()->findChild<QToolButton *>(u"powerFilter-stopped"_s);
        QVERIFY(stopped);
        stopped->click();
        QTRY_VERIFY(!m_fixture->row(u"mix-00"_s).isValid());
        QTRY_COMPARE(content()->currentWidget(), content()->emptyPage());
        QTRY_VERIFY(content()->noticeText().contains(u"mix-00"_s));
        // The neighbour Qt made current is not shown and not acted on.
        QVERIFY(window()->selectedResources().isEmpty());
        QVERIFY(!window()->action(ActionType::ForceOff)->isEnabled());
    }

    void removedSelectionSaysSo()
    {
        QVERIFY(m_fixture->select({u"mix-05"_s}));
        const ResourceId removed = vmId(u"mix-05"_s);
        QVERIFY(m_fixture->inventory->node(removed));
        Task *task = m_fixture->providers->provider(m_uri)->perform({ActionType::Delete, removed, {}});
        QVERIFY(task);
        QTRY_VERIFY_WITH_TIMEOUT(!m_fixture->inventory->node(removed), 10000);
        QTRY_COMPARE(content()->currentWidget(), content()->emptyPage());
        QTRY_VERIFY2(content()->noticeText().contains(u"no longer"_s), qPrintable(content()->noticeText()));
        QVERIFY(window()->selectedResources().isEmpty());
    }

    void deselectingLeavesNoNotice()
    {
        QVERIFY(m_fixture->select({u"mix-03"_s}));
        window()->treeView()->selectionModel()->clearSelection();
        QCOMPARE(content()->currentWidget(), content()->emptyPage());
        QCoreApplication::processEvents();
        QVERIFY(content()->noticeText().isEmpty());
        auto *title = content()->findChild<QLabel *>(u"emptyTitle"_s);
        QVERIFY(title && !title->text().isEmpty()); // never an untitled page

        // Its totals follow the change that made them (mix-00 and mix-03 run).
        auto *totals = content()->findChild<QLabel *>(u"emptySummary"_s);
        QVERIFY(totals);
        QCOMPARE(totals->text(), u"1 host · 6 VMs, 2 running"_s);
        const ResourceId stopped = vmId(u"mix-00"_s);
        QVERIFY(m_fixture->providers->provider(m_uri)->perform({ActionType::ForceOff, stopped, {}}));
        QTRY_COMPARE_WITH_TIMEOUT(totals->text(), u"1 host · 6 VMs, 1 running"_s, 10000);
    }

    // Ctrl+click on the second of two selected rows leaves the current index on it; the content
    // follows the row that stays selected.
    void followsTheSelectionNotTheCurrentRow()
    {
        QVERIFY(m_fixture->select({u"mix-00"_s, u"mix-02"_s}));
        window()->treeView()->selectionModel()->select(m_fixture->row(u"mix-02"_s),
                                                       QItemSelectionModel::Deselect | QItemSelectionModel::Rows);
        QCOMPARE(window()->treeView()->currentIndex(), m_fixture->row(u"mix-02"_s));
        QCOMPARE(content()->shownResource(), vmId(u"mix-00"_s));
        QCOMPARE(window()->selectedResources(), QList<ResourceId>{vmId(u"mix-00"_s)});
    }

    void severalSelectedShowASummaryWithTheCommonActions()
    {
        QVERIFY(m_fixture->select({u"mix-00"_s, u"mix-01"_s, u"mix-02"_s}));
        SelectionSummaryPage *page = content()->selectionPage();
        QCOMPARE(content()->currentWidget(), page);
        QCOMPARE(page->resources().size(), 3);
        QCOMPARE(page->titleText(), u"3 VMs selected"_s);
        QVERIFY2(page->summaryText().contains(u"3 VMs"_s), qPrintable(page->summaryText()));
        QVERIFY(page->summaryText().contains(u"1 running"_s));
        QVERIFY(page->summaryText().contains(u"1 paused"_s));
        QVERIFY(page->summaryText().contains(u"1 shut off"_s));
        QVERIFY(page->summaryText().contains(u"3 vCPUs"_s));
        QVERIFY(page->summaryText().contains(u"1.5 GiB"_s));
        QCOMPARE(page->namesText(), u"mix-00, mix-01, mix-02"_s);

        // Its buttons are the window's actions: same enablement as the toolbar.
        auto *bar = page->findChild<QToolBar *>(u"selectionActions"_s);
        QVERIFY(bar);
        const QList<QAction *> onPage = bar->actions();
        QVERIFY(onPage.contains(window()->action(ActionType::Start)));
        QVERIFY(onPage.contains(window()->action(ActionType::ForceOff)));
        QVERIFY(!onPage.contains(window()->action(ActionType::OpenConsole)));
        QVERIFY(window()->action(ActionType::ForceOff)->isEnabled());

        // A change to a member shows on the summary.
        Task *task = m_fixture->providers->provider(m_uri)->perform({ActionType::ForceOff, vmId(u"mix-00"_s), {}});
        QVERIFY(task);
        QTRY_VERIFY_WITH_TIMEOUT(page->summaryText().contains(u"2 shut off"_s), 10000);
        QVERIFY(!page->summaryText().contains(u"running"_s));

        // A member removed leaves the summary, the rest stays selected.
        const ResourceId removed = vmId(u"mix-02"_s);
        QVERIFY(m_fixture->inventory->node(removed));
        QVERIFY(m_fixture->providers->provider(m_uri)->perform({ActionType::Delete, removed, {}}));
        QTRY_VERIFY_WITH_TIMEOUT(!m_fixture->inventory->node(removed), 10000);
        QTRY_COMPARE(page->resources().size(), 2);
        QCOMPARE(content()->currentWidget(), page);
        QCOMPARE(page->titleText(), u"2 VMs selected"_s);
    }

private:
    MainWindow *window() const { return m_fixture->window.get(); }
    ContentArea *content() const { return window()->contentArea(); }
    ResourceId vmId(const QString &name) const
    {
        return m_fixture->row(name).data(InventoryModel::ResourceIdRole).value<ResourceId>();
    }

    std::unique_ptr<MainWindowFixture> m_fixture;
    QString m_uri;
};

QTEST_MAIN(TestSelectionDetail)
#include "tst_selectiondetail.moc"
