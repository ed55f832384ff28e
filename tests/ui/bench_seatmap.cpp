// Seat map benchmarks on the demo stadium (50,000 seats), from wire bytes to pixels, on
// the offscreen platform. Run with scripts/bench seatmap; docs/benchmarks.md has figures.
// The time targets fail the run only when BOXOFFICE_BENCH_TARGETS=1 (scripts/bench sets
// it): in scripts/test, beside other suites on a busy machine, the figures are printed
// and every functional check still holds, but a slow frame is not a test failure.
#include "seatmap/seatcodec.h"
#include "demolayouts.h"
#include "seatmap/seatlayout.h"
#include "seatmap/seatmapmodel.h"
#include "seatmap/seatmapview.h"

#include <QCborValue>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QPaintEvent>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>
#include <map>
#include <vector>

using namespace BoxOffice;
using BoxOffice::Shared::EventLayout;
using BoxOffice::Shared::SeatChange;
using BoxOffice::Shared::SeatState;
using BoxOffice::Ui::SeatMapModel;
using BoxOffice::Ui::SeatMapView;

namespace {

constexpr double SnapshotTargetMs = 1000;
constexpr double FrameTargetMs = 16;
constexpr double RssTargetMb = 300;

/** resources/demo/demo.sql's stadium: four stands of five blocks of 25 rows x 100 seats. */
EventLayout stadium()
{
    return BoxOffice::Tests::demoStadium();
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

QString figures(const std::vector<double> &ms)
{
    return QStringLiteral("median %1 ms, min %2 ms, max %3 ms over %4 runs")
        .arg(median(ms), 0, 'f', 2)
        .arg(*std::min_element(ms.begin(), ms.end()), 0, 'f', 2)
        .arg(*std::max_element(ms.begin(), ms.end()), 0, 'f', 2)
        .arg(ms.size());
}

/** Counts the viewport's paint events and the area they covered. */
class PaintCounter final : public QObject
{
public:
    int paints = 0;
    QRegion region;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            ++paints;
            region += static_cast<QPaintEvent *>(event)->region();
        }
        return false;
    }
};

double residentMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QString text = QString::fromLatin1(status.readAll());
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("VmRSS:\\s+(\\d+) kB")).match(text);
    return m.hasMatch() ? m.captured(1).toDouble() / 1024.0 : -1;
}

} // namespace

class bench_SeatMap final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void snapshotToFirstPaint();
    void delta1000();
    void delta1();
    void fullRepaint();
    void fullRepaintZoomed4x();
    void residentMemory();

    void cleanupTestCase();

private:
    bool loadFromWire();
    // QBENCHMARK reruns a test function until its measurement is stable: every run's
    // times are kept and the summary is printed once, at the end.
    std::vector<double> &times(const char *name) { return m_times[QString::fromLatin1(name)]; }
    void report(const char *name, double targetMs, const QString &detail);

    // What the server sends: the GetLayout result as CBOR, a snapshot, deltas.
    QByteArray m_layoutCbor;
    QByteArray m_snapshot;
    QByteArray m_deltaForward; // 1,000 random seats to new states
    QByteArray m_deltaBack;    // the same seats back
    bool m_forward = true;     // which delta applies next
    SeatMapModel m_model;
    std::unique_ptr<SeatMapView> m_view;
    std::map<QString, std::vector<double>> m_times;
    QStringList m_summary;
};

void bench_SeatMap::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const EventLayout layout = stadium();
    QCOMPARE(layout.seatCount(), 50000);
    m_layoutCbor = QCborValue(Shared::encodeLayout(layout)).toCbor();

    QRandomGenerator random(20240611);
    QByteArray states(layout.seatCount(), char(SeatState::Available));
    for (char &state : states) {
        const quint32 r = random.bounded(100);
        if (r < 20)
            state = char(SeatState::Sold);
        else if (r < 30)
            state = char(SeatState::Held);
    }
    m_snapshot = Shared::encodeSnapshotStates(states);

    QList<SeatChange> forward;
    QList<SeatChange> back;
    QSet<int> picked;
    while (picked.size() < 1000) {
        const int seat = int(random.bounded(layout.seatCount()));
        if (picked.contains(seat))
            continue;
        picked.insert(seat);
        const SeatState old = SeatState(states.at(seat));
        const SeatState next = SeatState((int(old) + 1 + int(random.bounded(3))) % Shared::SeatStateCount);
        forward.append({seat, next});
        back.append({seat, old});
    }
    m_deltaForward = Shared::encodeDelta(forward);
    m_deltaBack = Shared::encodeDelta(back);
    qInfo("wire: layout %lld bytes (CBOR), snapshot %lld bytes, 1,000-seat delta %lld bytes",
          qlonglong(m_layoutCbor.size()), qlonglong(m_snapshot.size()), qlonglong(m_deltaForward.size()));

    m_view = std::make_unique<SeatMapView>();
    m_view->setModel(&m_model);
    m_view->resize(1280, 800);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

bool bench_SeatMap::loadFromWire()
{
    const QCborMap map = QCborValue::fromCbor(m_layoutCbor).toMap();
    std::optional<EventLayout> layout = Shared::decodeLayout(map);
    if (!layout)
        return false;
    const std::optional<QByteArray> states = Shared::decodeSnapshotStates(m_snapshot, layout->seatCount());
    if (!states)
        return false;
    m_model.setLayout(std::move(*layout));
    m_model.setStates(*states);
    return true;
}

void bench_SeatMap::report(const char *name, double targetMs, const QString &detail)
{
    const std::vector<double> &ms = times(name);
    const QString line = QStringLiteral("%1: %2 (target < %3 ms)%4")
                             .arg(QLatin1String(name), figures(ms))
                             .arg(targetMs)
                             .arg(detail.isEmpty() ? QString() : QStringLiteral("; ") + detail);
    m_summary.removeIf(
        [&](const QString &l) { return l.startsWith(QLatin1String(name) + QLatin1Char(':')); });
    m_summary.append(line);
    if (qEnvironmentVariableIntValue("BOXOFFICE_BENCH_TARGETS") == 1)
        QVERIFY2(median(ms) < targetMs, qPrintable(line));
    else if (median(ms) >= targetMs)
        qInfo("target missed, not enforced outside scripts/bench: %s", qPrintable(line));
}

void bench_SeatMap::cleanupTestCase()
{
    for (const QString &line : std::as_const(m_summary))
        qInfo().noquote() << line;
    m_view.reset();
}

void bench_SeatMap::snapshotToFirstPaint()
{
    std::vector<double> &ms = times("snapshotToFirstPaint");
    QBENCHMARK
    {
        QElapsedTimer timer;
        timer.start();
        QVERIFY(loadFromWire());
        m_view->viewport()->repaint();
        ms.push_back(timer.nsecsElapsed() / 1e6);
    }
    QCOMPARE(m_model.seatCount(), 50000);
    QVERIFY(m_view->viewport()->rect().contains(m_view->mapFromScene(m_model.bounds()).boundingRect()));
    report("snapshotToFirstPaint", SnapshotTargetMs,
           QStringLiteral("%1 tiles, zoom %2").arg(m_view->tileCount()).arg(m_view->zoom(), 0, 'f', 3));
}

void bench_SeatMap::delta1000()
{
    if (!m_model.hasStates())
        QVERIFY(loadFromWire());
    m_view->fitToWindow();
    m_view->viewport()->repaint();
    QCoreApplication::processEvents();

    PaintCounter counter;
    m_view->viewport()->installEventFilter(&counter);
    std::vector<double> &ms = times("delta1000");
    double paintedShare = 0;
    QBENCHMARK
    {
        // A delta as the connection delivers it: decode, apply, then the event loop
        // processes the scene's dirty rectangles and paints the viewport region they make
        // (and flushes it). Timed until that paint is done.
        counter.paints = 0;
        counter.region = QRegion();
        QElapsedTimer timer;
        timer.start();
        const std::optional<QList<SeatChange>> changes =
            Shared::decodeDelta(m_forward ? m_deltaForward : m_deltaBack, m_model.seatCount());
        QVERIFY(changes && changes->size() == 1000);
        m_model.applyChanges(*changes);
        while (counter.paints == 0 && timer.elapsed() < 5000)
            QCoreApplication::processEvents();
        ms.push_back(timer.nsecsElapsed() / 1e6);
        QCOMPARE(counter.paints, 1);
        m_forward = !m_forward;
        qint64 area = 0;
        for (const QRect &r : counter.region)
            area += qint64(r.width()) * r.height();
        const QSize size = m_view->viewport()->size();
        paintedShare = double(area) / (double(size.width()) * size.height());
    }
    m_view->viewport()->removeEventFilter(&counter);
    report("delta1000", FrameTargetMs,
           QStringLiteral("a repaint covers %1% of the viewport").arg(qRound(paintedShare * 100)));
}

void bench_SeatMap::delta1()
{
    if (!m_model.hasStates())
        QVERIFY(loadFromWire());
    m_view->fitToWindow();
    m_view->viewport()->repaint();
    QCoreApplication::processEvents();
    PaintCounter counter;
    m_view->viewport()->installEventFilter(&counter);
    const int seat = 12345;
    const SeatState old = m_model.state(seat);
    std::vector<double> &ms = times("delta1");
    QRect painted;
    for (int i = 0; i < 20; ++i) {
        counter.paints = 0;
        counter.region = QRegion();
        QElapsedTimer timer;
        timer.start();
        const SeatState next =
            i % 2 == 0 ? (old == SeatState::Sold ? SeatState::Available : SeatState::Sold) : old;
        m_model.applyChanges(*Shared::decodeDelta(Shared::encodeDelta({{seat, next}}), m_model.seatCount()));
        while (counter.paints == 0 && timer.elapsed() < 5000)
            QCoreApplication::processEvents();
        ms.push_back(timer.nsecsElapsed() / 1e6);
        QCOMPARE(counter.paints, 1);
        painted = counter.region.boundingRect();
    }
    m_view->viewport()->removeEventFilter(&counter);
    QCOMPARE(m_model.state(seat), old);
    report("delta1", FrameTargetMs,
           QStringLiteral("one seat, repaints %1x%2 px").arg(painted.width()).arg(painted.height()));
}

void bench_SeatMap::fullRepaint()
{
    if (!m_model.hasStates())
        QVERIFY(loadFromWire());
    m_view->fitToWindow();
    QVERIFY(m_view->viewport()->rect().contains(m_view->mapFromScene(m_model.bounds()).boundingRect()));
    std::vector<double> &ms = times("fullRepaint");
    QBENCHMARK
    {
        QElapsedTimer timer;
        timer.start();
        m_view->viewport()->repaint();
        ms.push_back(timer.nsecsElapsed() / 1e6);
    }
    report("fullRepaint", FrameTargetMs,
           QStringLiteral("50,000 seats at zoom %1 (a seat %2 px)")
               .arg(m_view->zoom(), 0, 'f', 3)
               .arg(m_view->zoom() * SeatMapModel::SeatSize, 0, 'f', 1));
}

void bench_SeatMap::fullRepaintZoomed4x()
{
    if (!m_model.hasStates())
        QVERIFY(loadFromWire());
    m_view->fitToWindow();
    // The North stand's middle, four times closer: seats with gaps, outlines and marks.
    m_view->setZoom(m_view->zoom() * 4, m_model.seatRect(1250).center());
    m_view->centerOn(m_model.seatRect(1250).center());
    const int visible =
        int(m_model.seatsIn(m_view->mapToScene(m_view->viewport()->rect()).boundingRect()).size());
    std::vector<double> &ms = times("fullRepaintZoomed4x");
    QBENCHMARK
    {
        QElapsedTimer timer;
        timer.start();
        m_view->viewport()->repaint();
        ms.push_back(timer.nsecsElapsed() / 1e6);
    }
    const double zoom = m_view->zoom();
    m_view->fitToWindow();
    report("fullRepaintZoomed4x", FrameTargetMs,
           QStringLiteral("%1 seats visible at zoom %2 (a seat %3 px)")
               .arg(visible)
               .arg(zoom, 0, 'f', 3)
               .arg(zoom * SeatMapModel::SeatSize, 0, 'f', 1));
}

void bench_SeatMap::residentMemory()
{
    if (!m_model.hasStates())
        QVERIFY(loadFromWire());
    m_view->viewport()->repaint();
    const double mb = residentMb();
    QVERIFY(mb > 0);
    const QString line =
        QStringLiteral(
            "residentMemory: VmRSS %1 MB with the 50,000-seat stadium loaded and painted (target < %2 MB)")
            .arg(mb, 0, 'f', 1)
            .arg(RssTargetMb);
    m_summary.append(line);
    QVERIFY2(mb < RssTargetMb, qPrintable(line));
}

QTEST_MAIN(bench_SeatMap)
#include "bench_seatmap.moc"
