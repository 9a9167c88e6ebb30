// SparklineDelegate paints a CPU history: a line for figures, nothing (and no crash) for gaps.
#include "content/SparklineDelegate.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QStandardItemModel>
#include <QStyleOptionViewItem>
#include <QTest>

#include <cmath>
#include <limits>

using namespace welkin;

namespace {

constexpr int HistoryRole = Qt::UserRole + 7;

// Paints one cell holding `values` on white; returns the number of non-white pixels.
int paintedPixels(const QList<double> &values)
{
    QStandardItemModel model(1, 1);
    model.setData(model.index(0, 0), QVariant::fromValue(values), HistoryRole);
    SparklineDelegate delegate(HistoryRole);
    QImage image(120, 24, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    QStyleOptionViewItem option;
    option.rect = image.rect();
    option.state = QStyle::State_Enabled;
    option.palette = QApplication::palette();
    delegate.paint(&painter, option, model.index(0, 0));
    painter.end();
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            count += image.pixel(x, y) != qRgb(255, 255, 255);
    return count;
}

} // namespace

class TestSparklineDelegate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void figuresDrawALine() { QVERIFY(paintedPixels({10, 50, 90, 40}) > 20); }

    void onlyGapsDrawNothing()
    {
        // A host row: its history holds no figure at all (used to crash in QPainterPath::elementAt).
        const double gap = std::numeric_limits<double>::quiet_NaN();
        QCOMPARE(paintedPixels({gap, gap, gap}), 0);
    }

    void gapsBetweenFiguresStillDraw() { QVERIFY(paintedPixels({std::nan(""), 30, std::nan(""), 60}) > 10); }
};

QTEST_MAIN(TestSparklineDelegate)
#include "tst_sparklinedelegate.moc"
