#include "protocol/frame.h"
#include "seatmap/seatlayout.h"

#include <QCborArray>
#include <QRandomGenerator>
#include <QTest>
#include <QtEndian>

#include <limits>

using namespace BoxOffice::Shared;

namespace {

EventLayout sample()
{
    EventLayout l;
    l.eventId = 7;
    l.eventName = QStringLiteral("Hamlet");
    l.venueName = QStringLiteral("Grand Theatre");
    l.currency = QStringLiteral("EUR");
    l.stageX = 1.5f;
    l.stageY = -2.25f;
    l.holdTtlS = 180;
    l.holdMaxS = 600;
    l.maxSeatsPerOrder = 10;
    l.sections = {{0, QStringLiteral("Stalls")}, {4, QStringLiteral("Balcony")}};
    l.categories = {{0, QStringLiteral("Premium"), QStringLiteral("#7c3aed"), 8900},
                    {3, QStringLiteral("Economy"), QStringLiteral("#0d9488"), 0}};
    l.rowLabels = {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("AA")};
    QRandomGenerator rng(3);
    for (int i = 0; i < 1000; ++i) {
        EventLayout::Seat s;
        s.x = float(rng.bounded(2000) - 1000) / 7.0f;
        s.y = float(i) * 0.5f;
        s.section = quint16(i % 2);
        s.row = quint16(i % 3);
        s.number = quint16(i + 1);
        s.category = quint8((i / 10) % 2);
        s.flags = i % 17 == 0 ? EventLayout::Accessible : 0;
        l.seats.append(s);
    }
    return l;
}

// The packed records of seats before compression, as the codec writes them.
QByteArray rawRecords(const QList<EventLayout::Seat> &seats)
{
    return qUncompress(encodeSeatRecords(seats));
}

} // namespace

class tst_SeatLayout : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip_everyField();
    void roundTrip_emptyLayout();
    void records_sixteenBytesLittleEndian();
    void corrupt_truncatedRecords_refused();
    void corrupt_wrongSizePrefix_refused();
    void corrupt_seatCountMismatch_refused();
    void corrupt_outOfRangeIndexes_refused();
    void corrupt_missingOrWrongFields_refused();
    void corrupt_randomBytes_neverCrash();
    void lookups_categoryAndSectionIndex();
};

void tst_SeatLayout::roundTrip_everyField()
{
    const EventLayout l = sample();
    const QCborMap encoded = encodeLayout(l);
    // Through bytes, as on the wire.
    const QCborMap wire = QCborValue::fromCbor(encoded.toCborValue().toCbor()).toMap();
    QString error;
    const auto decoded = decodeLayout(wire, &error);
    QVERIFY2(decoded, qPrintable(error));
    QCOMPARE(decoded->eventName, l.eventName);
    QCOMPARE(decoded->sections, l.sections);
    QCOMPARE(decoded->categories, l.categories);
    QCOMPARE(decoded->rowLabels, l.rowLabels);
    QCOMPARE(decoded->stageX, l.stageX);
    QCOMPARE(decoded->stageY, l.stageY);
    QVERIFY(decoded->seats == l.seats);
    QVERIFY(*decoded == l);
}

void tst_SeatLayout::roundTrip_emptyLayout()
{
    EventLayout l;
    l.eventId = 1;
    const auto decoded = decodeLayout(encodeLayout(l));
    QVERIFY(decoded);
    QVERIFY(*decoded == l);
}

void tst_SeatLayout::records_sixteenBytesLittleEndian()
{
    EventLayout::Seat s;
    s.x = 1.0f;
    s.y = -2.0f;
    s.section = 0x0102;
    s.row = 0x0304;
    s.number = 0x0506;
    s.category = 7;
    s.flags = EventLayout::Accessible;
    const QByteArray raw = rawRecords({s});
    QCOMPARE(raw.size(), 16);
    QCOMPARE(qFromLittleEndian<float>(raw.constData()), 1.0f);
    QCOMPARE(qFromLittleEndian<float>(raw.constData() + 4), -2.0f);
    QCOMPARE(raw.mid(8), QByteArray::fromHex("0201040306050701"));
}

void tst_SeatLayout::corrupt_truncatedRecords_refused()
{
    const EventLayout l = sample();
    QCborMap m = encodeLayout(l);
    // The compressed stream cut short: qUncompress fails or returns less.
    const QByteArray seats = m.value(Key::Seats).toByteArray();
    for (const qsizetype keep :
         {qsizetype(0), qsizetype(3), qsizetype(4), qsizetype(10), seats.size() / 2, seats.size() - 1}) {
        m.insert(Key::Seats, seats.left(keep));
        QVERIFY2(!decodeLayout(m), qPrintable(QStringLiteral("kept %1 bytes").arg(keep)));
    }
    // Whole records, but one record short of n (the prefix matches the short data).
    QByteArray raw = rawRecords(l.seats);
    raw.chop(16);
    m.insert(Key::Seats, qCompress(raw));
    QVERIFY(!decodeLayout(m));
    // A partial record at the end.
    raw = rawRecords(l.seats);
    raw.chop(5);
    m.insert(Key::Seats, qCompress(raw));
    QVERIFY(!decodeLayout(m));
}

void tst_SeatLayout::corrupt_wrongSizePrefix_refused()
{
    const EventLayout l = sample();
    QCborMap m = encodeLayout(l);
    QByteArray seats = m.value(Key::Seats).toByteArray();
    for (const quint32 prefix : {quint32(0), quint32(16 * 999), quint32(16 * 1001), quint32(16 * 1000 + 1),
                                 std::numeric_limits<quint32>::max()}) {
        qToBigEndian(prefix, seats.data());
        m.insert(Key::Seats, seats);
        QVERIFY2(!decodeLayout(m), qPrintable(QStringLiteral("prefix %1").arg(prefix)));
    }
}

void tst_SeatLayout::corrupt_seatCountMismatch_refused()
{
    QCborMap m = encodeLayout(sample());
    for (const qint64 n : {qint64(999), qint64(1001), qint64(-1), qint64(MaxLayoutSeats + 1)}) {
        m.insert(Key::SeatCount, n);
        QVERIFY2(!decodeLayout(m), qPrintable(QStringLiteral("n = %1").arg(n)));
    }
}

void tst_SeatLayout::corrupt_outOfRangeIndexes_refused()
{
    const EventLayout good = sample();
    const auto refused = [](EventLayout l) {
        QString error;
        const bool ok = !decodeLayout(encodeLayout(l), &error).has_value();
        return ok && !error.isEmpty();
    };
    EventLayout l = good;
    l.seats[500].category = 2; // two categories
    QVERIFY(refused(l));
    l = good;
    l.seats[0].section = 2;
    QVERIFY(refused(l));
    l = good;
    l.seats[999].row = 3;
    QVERIFY(refused(l));
    l = good;
    l.seats[1].x = std::numeric_limits<float>::infinity();
    QVERIFY(refused(l));
    l = good;
    l.seats[1].y = std::numeric_limits<float>::quiet_NaN();
    QVERIFY(refused(l));
}

void tst_SeatLayout::corrupt_missingOrWrongFields_refused()
{
    const QCborMap good = encodeLayout(sample());
    QVERIFY(decodeLayout(good));
    for (const QString &key : {Key::Event, Key::SeatCount, Key::Seats, QStringLiteral("ttl"),
                               QStringLiteral("max_hold"), Key::MaxSeats}) {
        QCborMap m = good;
        m.remove(key);
        QVERIFY2(!decodeLayout(m), qPrintable(QStringLiteral("without %1").arg(key)));
        m.insert(key, QStringLiteral("text"));
        QVERIFY2(!decodeLayout(m), qPrintable(QStringLiteral("%1 as text").arg(key)));
    }
    QCborMap m = good;
    m.insert(Key::Event, 0);
    QVERIFY(!decodeLayout(m));
    // The stage: two finite numbers (found by the fuzzer: a NaN stage decoded, and the layout
    // then never compared equal to itself).
    m = good;
    m.insert(QStringLiteral("stage"), QCborArray{qQNaN(), 0.0});
    QVERIFY(!decodeLayout(m));
    m.insert(QStringLiteral("stage"), QCborArray{0.0, 1e300});
    QVERIFY(!decodeLayout(m));
    m.insert(QStringLiteral("stage"), QCborArray{0.0});
    QVERIFY(!decodeLayout(m));
    m.remove(QStringLiteral("stage"));
    QVERIFY(!decodeLayout(m));
    m.insert(QStringLiteral("stage"), QCborArray{3, -4});
    QVERIFY(decodeLayout(m));
    QCOMPARE(decodeLayout(m)->stageY, -4.0f);
    m = good;
    m.insert(Key::Event, 0);
    QVERIFY(!decodeLayout(m));
    m = good;
    m.insert(Key::Categories,
             QCborArray{QCborMap{{Key::Id, 0}, {Key::Name, QStringLiteral("x")}}}); // no price
    QVERIFY(!decodeLayout(m));
    m = good;
    m.insert(Key::Categories,
             QCborArray{QCborMap{{Key::Id, 0}, {Key::Name, QStringLiteral("x")}, {Key::Price, -1}}});
    QVERIFY(!decodeLayout(m));
    m = good;
    m.insert(Key::Rows, QCborArray{QStringLiteral("A"), 2, QStringLiteral("C")});
    QVERIFY(!decodeLayout(m));
    m = good;
    m.insert(QStringLiteral("sections"), QCborArray{QCborMap{{Key::Id, QStringLiteral("0")}}});
    QVERIFY(!decodeLayout(m));
}

void tst_SeatLayout::corrupt_randomBytes_neverCrash()
{
    const QCborMap good = encodeLayout(sample());
    const QByteArray seats = good.value(Key::Seats).toByteArray();
    QRandomGenerator rng(5);
    int refused = 0;
    for (int i = 0; i < 300; ++i) {
        QByteArray bad = seats;
        const int flips = 1 + int(rng.bounded(8));
        for (int f = 0; f < flips; ++f)
            bad[qsizetype(rng.bounded(quint32(bad.size())))] = char(rng.bounded(256));
        QCborMap m = good;
        m.insert(Key::Seats, bad);
        // Either refused or a layout whose every index is in range.
        const auto decoded = decodeLayout(m);
        if (!decoded) {
            ++refused;
            continue;
        }
        for (const auto &s : decoded->seats) {
            QVERIFY(s.section < decoded->sections.size());
            QVERIFY(s.row < decoded->rowLabels.size());
            QVERIFY(s.category < decoded->categories.size());
        }
    }
    QVERIFY(refused > 0);
}

void tst_SeatLayout::lookups_categoryAndSectionIndex()
{
    const EventLayout l = sample();
    QCOMPARE(l.categoryIndex(3), 1);
    QCOMPARE(l.categoryIndex(1), -1);
    QCOMPARE(l.sectionIndex(4), 1);
    QCOMPARE(l.sectionIndex(0), 0);
    QCOMPARE(l.sectionIndex(5), -1);
}

QTEST_GUILESS_MAIN(tst_SeatLayout)
#include "tst_seatlayout.moc"
