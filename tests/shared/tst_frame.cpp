#include "protocol/frame.h"

#include <QCborArray>
#include <QCborValue>
#include <QTest>

using namespace BoxOffice::Shared;

class tst_Frame : public QObject
{
    Q_OBJECT
private slots:
    void request_roundTrips();
    void error_roundTrips();
    void errorCode_notAnInteger_isMalformedFrame();
    void decode_rejectsGarbage_data();
    void decode_rejectsGarbage();
    void seatList_validates_data();
    void seatList_validates();
};

void tst_Frame::request_roundTrips()
{
    QCborMap fields;
    fields.insert(Key::Event, 7);
    fields.insert(Key::Seats, QCborArray{1, 2, 3});
    const DecodeResult r = decodeFrame(encodeRequest(MessageType::Hold, 42, fields));
    QVERIFY(r.frame.has_value());
    QCOMPARE(r.frame->type, MessageType::Hold);
    QCOMPARE(r.frame->id, 42);
    QCOMPARE(r.frame->body.value(Key::Event).toInteger(), 7);
    QVERIFY(!r.frame->isError());
}

void tst_Frame::error_roundTrips()
{
    const DecodeResult r =
        decodeFrame(encodeError(MessageType::Hold, 5, ErrorCode::SeatUnavailable, QStringLiteral("x")));
    QVERIFY(r.frame.has_value());
    QVERIFY(r.frame->isError());
    QCOMPARE(r.frame->errorCode(), ErrorCode::SeatUnavailable);
    QCOMPARE(r.frame->id, 5);
}

// Found by tests/fuzz: errorCode() used QCborValue::toInteger(), whose double-to-integer
// conversion is undefined for 1e300 or NaN (UBSan in scripts/sanitize reports it).
void tst_Frame::errorCode_notAnInteger_isMalformedFrame()
{
    for (const QCborValue &code :
         {QCborValue(1e300), QCborValue(qQNaN()), QCborValue(14.0), QCborValue(QStringLiteral("14"))}) {
        QCborMap map;
        map.insert(Key::Type, int(MessageType::Hold));
        map.insert(Key::Id, 1);
        map.insert(Key::Error, code);
        const DecodeResult r = decodeFrame(map.toCborValue().toCbor());
        QVERIFY(r.frame.has_value());
        QVERIFY(r.frame->isError());
        QCOMPARE(r.frame->errorCode(), ErrorCode::MalformedFrame);
    }
}

void tst_Frame::decode_rejectsGarbage_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("code");
    QTest::newRow("empty") << QByteArray() << int(ErrorCode::MalformedFrame);
    QTest::newRow("not cbor") << QByteArray("\xff\xff\xff", 3) << int(ErrorCode::MalformedFrame);
    QTest::newRow("array") << QCborValue(QCborArray{1}).toCbor() << int(ErrorCode::MalformedFrame);
    QCborMap noType;
    noType.insert(Key::Id, 1);
    QTest::newRow("no type") << noType.toCborValue().toCbor() << int(ErrorCode::MalformedFrame);
    QCborMap unknown;
    unknown.insert(Key::Type, 999);
    QTest::newRow("unknown type") << unknown.toCborValue().toCbor() << int(ErrorCode::UnknownType);
    QCborMap badId;
    badId.insert(Key::Type, 2);
    badId.insert(Key::Id, QStringLiteral("x"));
    QTest::newRow("string id") << badId.toCborValue().toCbor() << int(ErrorCode::BadField);
    QByteArray trailing = encodeRequest(MessageType::Ping, 1);
    trailing.append('\0');
    QTest::newRow("trailing") << trailing << int(ErrorCode::MalformedFrame);
}

void tst_Frame::decode_rejectsGarbage()
{
    QFETCH(QByteArray, data);
    QFETCH(int, code);
    const DecodeResult r = decodeFrame(data);
    QVERIFY(!r.frame.has_value());
    QCOMPARE(int(r.error), code);
}

void tst_Frame::seatList_validates_data()
{
    QTest::addColumn<QCborValue>("seats");
    QTest::addColumn<int>("code");
    QTest::newRow("ok") << QCborValue(QCborArray{3, 1, 2}) << int(ErrorCode::None);
    QTest::newRow("not array") << QCborValue(5) << int(ErrorCode::BadField);
    QTest::newRow("empty") << QCborValue(QCborArray{}) << int(ErrorCode::NoSeats);
    QTest::newRow("negative") << QCborValue(QCborArray{-1}) << int(ErrorCode::SeatOutOfRange);
    QTest::newRow("too high") << QCborValue(QCborArray{100}) << int(ErrorCode::SeatOutOfRange);
    QTest::newRow("string") << QCborValue(QCborArray{QStringLiteral("1")}) << int(ErrorCode::BadField);
    QTest::newRow("duplicate") << QCborValue(QCborArray{4, 4}) << int(ErrorCode::DuplicateSeat);
    QTest::newRow("too many") << QCborValue(QCborArray{1, 2, 3, 4, 5, 6, 7}) << int(ErrorCode::TooManySeats);
}

void tst_Frame::seatList_validates()
{
    QFETCH(QCborValue, seats);
    QFETCH(int, code);
    QCborMap m;
    m.insert(Key::Seats, seats);
    FieldReader reader(m);
    const QList<int> list = reader.seatList(Key::Seats, 100, 6);
    QCOMPARE(int(reader.error()), code);
    if (code == int(ErrorCode::None))
        QCOMPARE(list, (QList<int>{1, 2, 3}));
}

QTEST_GUILESS_MAIN(tst_Frame)
#include "tst_frame.moc"
