// Issue 11's designer benchmark on a 50,000-seat venue (scripts/bench designer). What does not
// need widgets is built here: adding a 25 x 100 curved block, encoding and compressing the
// document for saving, the real server (against the PostgreSQL scripts/bench starts)
// validating and publishing it through SaveDraft + PublishDraft, and resident memory.
//
// Hooks for the designer's widgets (open, repaint, move, undo): add a private slot that
// measures one of them with QBENCHMARK, keeps each run's milliseconds in times("open") and
// calls report("open", target, detail); main() then prints its median instead of NA. Those
// need QApplication (main below makes a QCoreApplication) and boxoffice_ui.
//
// Time targets fail the run only with BOXOFFICE_BENCH_TARGETS=1 (scripts/bench sets it), as
// in bench_seatmap. The last line on stdout is the result; a measure not built (or not
// reached) prints NA, never a number.
#include "layout/layoutcodec.h"
#include "layout/layoutgenerator.h"
#include "layout/layoutvalidator.h"
#include "protocol/frame.h"
#include "serverprocess.h"
#include "testaccounts.h"
#include "testclient.h"
#include "testdatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <map>
#include <vector>

using namespace BoxOffice::Shared;
using namespace BoxOffice::Test;

namespace {

// Issue 11, item 6 (this 2-core machine). The first four are for the widget measures to come.
[[maybe_unused]] constexpr double OpenTargetMs = 1000;
[[maybe_unused]] constexpr double RepaintTargetMs = 16;
[[maybe_unused]] constexpr double MoveTargetMs = 100;
[[maybe_unused]] constexpr double UndoTargetMs = 100;
constexpr double BlockTargetMs = 50;
constexpr double EncodeTargetMs = 500;
constexpr double PublishTargetMs = 2000;
constexpr double RssTargetMb = 400;
constexpr int PublishRuns = 3; // each publishes a new version of 50,000 seats: bounded

const QString Password = QStringLiteral("designer bench password");

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

double residentMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QString text = QString::fromLatin1(status.readAll());
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("VmRSS:\\s+(\\d+) kB")).match(text);
    return m.hasMatch() ? m.captured(1).toDouble() / 1024.0 : -1;
}

/** The 25 x 100 curved block the designer's tool adds (2,500 seats). */
BlockSpec curvedBlock(int section, QPointF centre)
{
    BlockSpec spec = BlockSpec::curvedAround(centre, 50, 0);
    spec.where.section = section;
    spec.rows = 25;
    spec.seatsPerRow = 100;
    spec.category = 1 + section % 4;
    spec.rowLabels = RowLabelStyle::LettersWithoutIO;
    return spec;
}

/** 20 sections of one 25 x 100 curved block each, on a 5 x 4 grid: 50,000 seats, valid. */
LayoutDocument venue50k()
{
    LayoutDocument doc;
    doc.stage = {QRectF(100, -80, 120, 20), QStringLiteral("Stage")};
    for (int c = 1; c <= 4; ++c)
        doc.categories.append({c, QStringLiteral("Category %1").arg(c), QStringLiteral("#2563eb")});
    for (int b = 0; b < 20; ++b) {
        doc.sections.append({QStringLiteral("Block %1").arg(b + 1)});
        const auto added = addBlock(doc, curvedBlock(b, QPointF((b % 5) * 70.0, (b / 5) * 40.0 - 50)));
        Q_ASSERT(added);
    }
    return doc;
}

} // namespace

class bench_Designer final : public QObject
{
    Q_OBJECT

public:
    /** The result line: every measure's median, NA where none was taken. */
    QString resultLine() const;

private slots:
    void initTestCase();
    void block();
    void encode();
    void publish();
    void residentMemory();
    void cleanupTestCase();

private:
    std::vector<double> &times(const char *name) { return m_times[QString::fromLatin1(name)]; }
    void report(const char *name, double target, const QString &detail = {});

    LayoutDocument m_doc;
    TestDatabase m_db;
    ServerProcess m_server;
    TestClient m_organizer;
    std::map<QString, std::vector<double>> m_times;
    QStringList m_summary;
};

QString bench_Designer::resultLine() const
{
    auto value = [this](const char *name) {
        const auto it = m_times.find(QString::fromLatin1(name));
        if (it == m_times.end() || it->second.empty())
            return QStringLiteral("NA");
        const double v = median(it->second);
        return QString::number(v, 'f', v < 10 ? 1 : 0);
    };
    return QStringLiteral(
               "open_ms=%1 repaint_ms=%2 move_ms=%3 undo_ms=%4 block_ms=%5 encode_ms=%6 publish_ms=%7 "
               "rss_mb=%8")
        .arg(value("open"), value("repaint"), value("move"), value("undo"), value("block"), value("encode"),
             value("publish"), value("rss"));
}

void bench_Designer::report(const char *name, double target, const QString &detail)
{
    const std::vector<double> &v = times(name);
    const QString unit = qstrcmp(name, "rss") == 0 ? QStringLiteral("MB") : QStringLiteral("ms");
    const QString line = QStringLiteral("%1: median %2 %3, min %4, max %5 over %6 runs (target < %7 %3)%8")
                             .arg(QLatin1String(name))
                             .arg(median(v), 0, 'f', 2)
                             .arg(unit)
                             .arg(*std::min_element(v.begin(), v.end()), 0, 'f', 2)
                             .arg(*std::max_element(v.begin(), v.end()), 0, 'f', 2)
                             .arg(v.size())
                             .arg(target)
                             .arg(detail.isEmpty() ? QString() : QStringLiteral("; ") + detail);
    m_summary.removeIf(
        [&](const QString &l) { return l.startsWith(QLatin1String(name) + QLatin1Char(':')); });
    m_summary.append(line);
    if (qEnvironmentVariableIntValue("BOXOFFICE_BENCH_TARGETS") == 1)
        QVERIFY2(median(v) < target, qPrintable(line));
    else if (median(v) >= target)
        qInfo("target missed, not enforced outside scripts/bench: %s", qPrintable(line));
}

void bench_Designer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_doc = venue50k();
    QCOMPARE(m_doc.seats.size(), 50000);
    const LayoutValidation validation = validateLayout(m_doc);
    QVERIFY2(validation.ok(), qPrintable(validation.problems.value(0).message));
}

void bench_Designer::block()
{
    // Adds the block beside the venue and takes it away again (outside the timing), so every
    // run adds to the same 50,000 seats.
    const BlockSpec spec = curvedBlock(0, QPointF(500, 500));
    std::vector<double> &ms = times("block");
    QBENCHMARK
    {
        QElapsedTimer timer;
        timer.start();
        const auto added = addBlock(m_doc, spec);
        ms.push_back(timer.nsecsElapsed() / 1e6);
        QVERIFY(added && added->seats.count == 2500);
        QVERIFY(removeAddition(m_doc, *added));
    }
    report("block", BlockTargetMs, QStringLiteral("2,500 seats added to 50,000"));
}

void bench_Designer::encode()
{
    std::vector<double> &ms = times("encode");
    qsizetype bytes = 0;
    QBENCHMARK
    {
        QElapsedTimer timer;
        timer.start();
        const QByteArray wire = encodeLayoutWire(m_doc);
        ms.push_back(timer.nsecsElapsed() / 1e6);
        bytes = wire.size();
    }
    report("encode", EncodeTargetMs, QStringLiteral("%1 bytes compressed").arg(bytes));
}

void bench_Designer::publish()
{
    QString error;
    QVERIFY2(m_db.create(QStringLiteral("designer_bench"), &error), qPrintable(error));
    QVERIFY2(m_server.start(m_db, {}, &error), qPrintable(error));
    QVERIFY(createStaffUser(m_db, QStringLiteral("organizer1"), QStringLiteral("organizer"), Password));
    QVERIFY2(m_organizer.openWithoutSession(m_server.url()), qPrintable(m_organizer.lastError()));
    QVERIFY2(m_organizer.signIn(QStringLiteral("organizer1"), Password), qPrintable(m_organizer.lastError()));
    QCborMap create;
    create.insert(Key::Name, QStringLiteral("Bench Arena"));
    const auto created = m_organizer.request(MessageType::CreateVenue, create);
    QVERIFY(created && !created->isError());
    const qint64 venue = created->result().value(Key::Venue).toInteger();

    // The document is encoded before the clock starts (encode() measures that); the time is
    // SaveDraft's round trip plus PublishDraft's: the server decodes, validates, stores the
    // draft, validates again and materialises the version's 50,000 seats.
    const QByteArray wire = encodeLayoutWire(m_doc);
    std::vector<double> &ms = times("publish");
    std::vector<double> saves;
    QBENCHMARK_ONCE
    {
        for (qint64 revision = 0; revision < PublishRuns; ++revision) {
            QCborMap save;
            save.insert(Key::Venue, venue);
            save.insert(Key::Revision, revision);
            save.insert(Key::Document, wire);
            QElapsedTimer timer;
            timer.start();
            const auto saved = m_organizer.request(MessageType::SaveDraft, save, 60000);
            const double saveMs = timer.nsecsElapsed() / 1e6;
            QVERIFY(saved);
            QVERIFY2(!saved->isError(), qPrintable(saved->errorMessage()));
            QCOMPARE(saved->result().value(Key::Problems).toInteger(), 0);
            QCborMap publish;
            publish.insert(Key::Venue, venue);
            publish.insert(Key::Revision, revision + 1);
            const auto published = m_organizer.request(MessageType::PublishDraft, publish, 60000);
            const double total = timer.nsecsElapsed() / 1e6;
            QVERIFY(published);
            QVERIFY2(!published->isError(), qPrintable(published->errorMessage()));
            QCOMPARE(published->result().value(Key::SeatCount).toInteger(), 50000);
            QCOMPARE(published->result().value(Key::LayoutVersion).toInteger(), revision + 1);
            saves.push_back(saveMs);
            ms.push_back(total);
        }
    }
    QCOMPARE(
        m_db.scalar(QStringLiteral(
                        "SELECT count(*) FROM seats s JOIN layout_versions l ON l.layout_id = s.layout_id"
                        " WHERE l.venue_id = ?"),
                    {venue})
            .toLongLong(),
        qint64(PublishRuns) * 50000);
    report("publish", PublishTargetMs,
           QStringLiteral("of which SaveDraft median %1 ms; %2 bytes sent")
               .arg(median(saves), 0, 'f', 1)
               .arg(wire.size()));
}

void bench_Designer::residentMemory()
{
    // This process: the 50,000-seat document, its encoded form, the client's buffers. The
    // widgets' share comes when the designer's measures are added here.
    const QByteArray wire = encodeLayoutWire(m_doc);
    const double mb = residentMb();
    QVERIFY(mb > 0 && !wire.isEmpty());
    times("rss").push_back(mb);
    report("rss", RssTargetMb, QStringLiteral("VmRSS of the bench process holding the document"));
}

void bench_Designer::cleanupTestCase()
{
    for (const QString &line : std::as_const(m_summary))
        qInfo().noquote() << line;
    if (m_server.pid())
        m_server.terminate();
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    bench_Designer bench;
    const int status = QTest::qExec(&bench, argc, argv);
    std::printf("%s\n", qPrintable(bench.resultLine()));
    std::fflush(stdout);
    return status;
}

#include "bench_designer.moc"
