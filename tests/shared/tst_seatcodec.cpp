#include "seatmap/seatcodec.h"

#include <QRandomGenerator>
#include <QTest>

#include <limits>

using namespace BoxOffice::Shared;

class tst_SeatCodec : public QObject
{
    Q_OBJECT
private slots:
    void snapshot_roundTripsRandomStates();
    void snapshot_50kSeatsFitIn64KiB();
    void snapshot_rejectsWrongSizeAndGarbage();
    void snapshot_hugeSeatCount_refusedWithoutOverflow();
    void delta_oneSeatIsTiny();
    void delta_roundTripsAndLastChangeWins();
    void delta_rejectsOutOfRangeAndTruncated();
};

void tst_SeatCodec::snapshot_roundTripsRandomStates()
{
    QRandomGenerator rng(42);
    QByteArray states(1237, '\0');
    for (auto &c : states)
        c = char(rng.bounded(4));
    const QByteArray encoded = encodeSnapshotStates(states);
    const auto decoded = decodeSnapshotStates(encoded, int(states.size()));
    QVERIFY(decoded.has_value());
    QCOMPARE(*decoded, states);
}

void tst_SeatCodec::snapshot_50kSeatsFitIn64KiB()
{
    // Worst case for compression: random states everywhere.
    QRandomGenerator rng(7);
    QByteArray states(50000, '\0');
    for (auto &c : states)
        c = char(rng.bounded(4));
    const QByteArray encoded = encodeSnapshotStates(states);
    QVERIFY2(encoded.size() <= 64 * 1024, QByteArray::number(encoded.size()).constData());
    QCOMPARE(*decodeSnapshotStates(encoded, 50000), states);
}

void tst_SeatCodec::snapshot_rejectsWrongSizeAndGarbage()
{
    const QByteArray encoded = encodeSnapshotStates(QByteArray(100, '\1'));
    QVERIFY(!decodeSnapshotStates(encoded, 200).has_value());
    QVERIFY(!decodeSnapshotStates(QByteArray("\x00\x00\x00\x19garbage", 11), 100).has_value());
    QVERIFY(!decodeSnapshotStates(QByteArray("\xff\xff\xff\xff", 4), 100).has_value());
    QVERIFY(!decodeSnapshotStates(QByteArray(), 0).has_value());
}

// Found by tests/fuzz: (seatCount + 3) / 4 overflowed an int for counts near INT_MAX, which
// UBSan reports (scripts/sanitize); wrapped, 0xe0000001 was the size the header had to claim.
void tst_SeatCodec::snapshot_hugeSeatCount_refusedWithoutOverflow()
{
    constexpr int maxInt = std::numeric_limits<int>::max();
    QVERIFY(!decodeSnapshotStates(QByteArray("\x20\x00\x00\x01\x78\x9c\x03\x00", 8), maxInt).has_value());
    QVERIFY(!decodeSnapshotStates(QByteArray("\xe0\x00\x00\x01\x78\x9c\x03\x00", 8), maxInt).has_value());
}

void tst_SeatCodec::delta_oneSeatIsTiny()
{
    const QByteArray d = encodeDelta({SeatChange{49999, SeatState::Sold}});
    QVERIFY(d.size() <= 3);
    const auto decoded = decodeDelta(d, 50000);
    QVERIFY(decoded.has_value());
    QCOMPARE(decoded->size(), 1);
    QCOMPARE(decoded->first(), (SeatChange{49999, SeatState::Sold}));
}

void tst_SeatCodec::delta_roundTripsAndLastChangeWins()
{
    QList<SeatChange> in{{10, SeatState::Held},
                         {3, SeatState::Sold},
                         {10, SeatState::Available},
                         {0, SeatState::Blocked},
                         {11, SeatState::Held}};
    const auto decoded = decodeDelta(encodeDelta(in), 12);
    QVERIFY(decoded.has_value());
    const QList<SeatChange> expected{
        {0, SeatState::Blocked}, {3, SeatState::Sold}, {10, SeatState::Available}, {11, SeatState::Held}};
    QCOMPARE(*decoded, expected);
}

void tst_SeatCodec::delta_rejectsOutOfRangeAndTruncated()
{
    const QByteArray d = encodeDelta({SeatChange{500, SeatState::Held}});
    QVERIFY(!decodeDelta(d, 500).has_value());
    QVERIFY(!decodeDelta(QByteArray("\x80", 1), 1000).has_value());
    QVERIFY(!decodeDelta(QByteArray(12, '\xff'), 1000).has_value());
}

QTEST_GUILESS_MAIN(tst_SeatCodec)
#include "tst_seatcodec.moc"
