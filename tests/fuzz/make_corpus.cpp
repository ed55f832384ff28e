// Writes the seed corpus of fuzz_protocol: a valid frame of every message type (requests,
// replies, errors, pushes) made with the real encoders, plus malformed frames that reach
// each refusal in decodeFrame and the seat-map decoders. Run once by hand and commit:
//
//   build-fuzz/bin/fuzz_make_corpus tests/fuzz/corpus
//
// The output is deterministic, so re-running it after a protocol change shows in git what
// changed.

#include "layout/layoutcodec.h"
#include "protocol/errors.h"
#include "protocol/frame.h"
#include "protocol/messages.h"
#include "seatmap/seatcodec.h"
#include "seatmap/seatlayout.h"

#include <QByteArray>
#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QDir>
#include <QFile>
#include <QString>

#include <cstdio>

using namespace BoxOffice::Shared;

namespace {

QString g_dir;
int g_written = 0;

void write(const char *name, const QByteArray &bytes)
{
    QFile file(g_dir + QLatin1Char('/') + QLatin1String(name));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(file.fileName()));
        std::exit(1);
    }
    ++g_written;
}

QByteArray raw(std::initializer_list<int> bytes)
{
    QByteArray out;
    for (int b : bytes)
        out.append(char(b));
    return out;
}

QCborMap map(std::initializer_list<std::pair<QString, QCborValue>> entries)
{
    QCborMap m;
    for (const auto &[k, v] : entries)
        m.insert(k, v);
    return m;
}

// A frame of a type not (yet) in messages.h, e.g. the issue 3 messages 12..21.
QByteArray request(int type, qint64 id, QCborMap fields)
{
    fields.insert(Key::Type, type);
    fields.insert(Key::Id, id);
    return fields.toCborValue().toCbor();
}

QByteArray states(int seatCount)
{
    QByteArray s(seatCount, '\0');
    quint32 x = 12345;
    for (int i = 0; i < seatCount; ++i) {
        x = x * 1103515245u + 12345u; // deterministic
        s[i] = char((x >> 16) % 4);
    }
    return s;
}

// A theatre-like layout of 3 rows of 8 seats in 2 sections and 2 categories.
EventLayout smallLayout()
{
    EventLayout l;
    l.eventId = 1;
    l.eventName = QStringLiteral("Hamlet");
    l.venueName = QStringLiteral("Grand Theatre");
    l.currency = QStringLiteral("EUR");
    l.holdTtlS = 180;
    l.holdMaxS = 600;
    l.maxSeatsPerOrder = 10;
    l.sections = {{0, QStringLiteral("Stalls")}, {1, QStringLiteral("Balcony")}};
    l.categories = {{0, QStringLiteral("Premium"), QStringLiteral("#7c3aed"), 8900},
                    {2, QStringLiteral("Economy"), QStringLiteral("#0d9488"), 2900}};
    l.rowLabels = {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
    for (int r = 0; r < 3; ++r) {
        for (int n = 1; n <= 8; ++n) {
            EventLayout::Seat s;
            s.x = (float(n) - 4.5f) * 1.2f;
            s.y = 40.0f + float(r) * 1.5f + (r == 2 ? 30.0f : 0.0f);
            s.section = quint16(r == 2 ? 1 : 0);
            s.row = quint16(r);
            s.number = quint16(n);
            s.category = quint8(r == 2 ? 1 : 0);
            s.flags = (r == 0 && n == 1) ? EventLayout::Accessible : 0;
            l.seats.append(s);
        }
    }
    return l;
}

void validFrames()
{
    const QString owner = QStringLiteral("0123456789abcdef0123456789abcdef");
    write("req-hello", encodeRequest(MessageType::Hello, 1,
                                     map({{Key::Version, ProtocolVersion},
                                          {Key::Client, QStringLiteral("boxoffice/0.1")}})));
    write("req-hello-resume", encodeRequest(MessageType::Hello, 1,
                                            map({{Key::Version, ProtocolVersion},
                                                 {Key::Client, QStringLiteral("boxoffice/0.1")},
                                                 {Key::Owner, owner}})));
    write("req-ping", encodeRequest(MessageType::Ping, 2));
    write("req-listevents", encodeRequest(MessageType::ListEvents, 3));
    write("req-subscribe", encodeRequest(MessageType::Subscribe, 4, map({{Key::Event, 1}})));
    write("req-unsubscribe", encodeRequest(MessageType::Unsubscribe, 5, map({{Key::Event, 1}})));
    write("req-hold", encodeRequest(MessageType::Hold, 6,
                                    map({{Key::Event, 1}, {Key::Seats, QCborArray{3, 1, 2, 49999}}})));
    write("req-release", encodeRequest(MessageType::Release, 7, map({{Key::Event, 1}, {Key::Hold, 42}})));
    write("req-extend", encodeRequest(MessageType::Extend, 8, map({{Key::Event, 1}, {Key::Hold, 42}})));
    // Confirm is retired (issue 10) but still decoded: the server answers it MessageRetired.
    write("req-confirm", encodeRequest(MessageType::Confirm, 9, map({{Key::Event, 1}, {Key::Hold, 42}})));
    write("req-getlayout", encodeRequest(MessageType::GetLayout, 22, map({{Key::Event, 1}})));
    write("req-bestavailable", encodeRequest(MessageType::BestAvailable, 23,
                                             map({{Key::Event, 1}, {Key::Count, 2}, {Key::Category, 0}})));
    write("req-bestavailable-section",
          encodeRequest(MessageType::BestAvailable, 24,
                        map({{Key::Event, 1}, {Key::Count, 4}, {Key::Category, 2}, {Key::Section, 2}})));

    // Issue 3 (docs/protocol.md): types 12..21, refused as unknown until they land in
    // messages.h, but they seed the fuzzer with their field names.
    write("req-signin", request(12, 10,
                                map({{Key::User, QStringLiteral("admin")},
                                     {Key::Password, QStringLiteral("correct horse battery")}})));
    write("req-signin-token", request(12, 11, map({{Key::Token, QString(64, QLatin1Char('a'))}})));
    write("req-signout", request(13, 12, {}));
    write("req-buyersession", request(14, 13, {}));
    write("req-listusers", request(15, 14, {}));
    write("req-createuser",
          request(16, 15,
                  map({{Key::User, QStringLiteral("clerk1")},
                       {Key::Password, QStringLiteral("a long password")},
                       {Key::Roles, QCborArray{QStringLiteral("clerk"), QStringLiteral("organizer")}}})));
    write("req-updateuser",
          request(17, 16, map({{Key::User, QStringLiteral("clerk1")}, {Key::Disabled, true}})));
    write("req-resetpassword", request(18, 17,
                                       map({{Key::User, QStringLiteral("clerk1")},
                                            {Key::Password, QStringLiteral("another long one")}})));
    write("req-listsessions", request(19, 18, {}));
    write("req-revokesession", request(20, 19, map({{Key::Session, 7}})));
    write("req-queryaudit", request(21, 20,
                                    map({{Key::Actor, QStringLiteral("admin")},
                                         {Key::Target, QStringLiteral("user:clerk1")},
                                         {Key::From, 0},
                                         {Key::To, Q_INT64_C(1700000000000)},
                                         {Key::Limit, 1000}})));

    // Issue 11: a small venue layout document (every kind of object once) in SaveDraft and
    // in GetDraft's reply; the fuzzer mutates the compressed bytes from there.
    {
        LayoutDocument doc;
        doc.stage = {QRectF(-5, -4, 10, 3), QStringLiteral("Stage")};
        doc.categories = {{0, QStringLiteral("Front"), QStringLiteral("#7c3aed")}};
        doc.sections = {{QStringLiteral("Stalls")}};
        doc.rows = {{0, QStringLiteral("A"), std::nullopt}, {0, QStringLiteral("B"), LayoutDocument::Arc{{0, -10}, 12}}};
        doc.tables = {{0, QStringLiteral("T1"), LayoutDocument::TableShape::Round, {20, 5}, {1.5, 1.5}, 0}};
        for (int i = 0; i < 3; ++i) {
            doc.seats.append({{i * 1.0, 1}, 0, -1, i + 1, 0, quint8(i == 0 ? LayoutDocument::Wheelchair : 0), {}});
            doc.seats.append({{i * 1.0, 3}, 1, -1, i + 1, 0, 0, i == 2 ? QStringLiteral("pillar") : QString()});
        }
        doc.seats.append({{20, 6}, -1, 0, 1, 0, 0, {}});
        doc.standingAreas = {{0, QStringLiteral("Floor"), {{30, 0}, {40, 0}, {40, 10}}, 50, 0}};
        doc.labels = {{{0, 20}, QStringLiteral("Exit"), 1.5, 0}};
        doc.shapes = {{LayoutDocument::ShapeKind::Aisle, {{-4, 0}, {-4, 15}}, false}};
        const QByteArray wire = encodeLayoutWire(doc);
        write("req-savedraft", encodeRequest(MessageType::SaveDraft, 43,
                                             map({{Key::Venue, 1}, {Key::Revision, 0}, {Key::Document, wire}})));
        write("res-getdraft", encodeResult(MessageType::GetDraft, 41,
                                           map({{Key::Venue, 1}, {Key::Revision, 3}, {Key::Document, wire}})));
    }

    write("res-hello", encodeResult(MessageType::Hello, 1,
                                    map({{Key::Version, ProtocolVersion},
                                         {Key::Server, QStringLiteral("boxoffice-server/0.1")},
                                         {Key::Node, QStringLiteral("node-1")},
                                         {Key::Owner, owner}})));
    write("res-ping", encodeResult(MessageType::Ping, 2, map({{Key::Time, Q_INT64_C(1700000000000)}})));
    const QCborMap category =
        map({{Key::Id, 1}, {Key::Name, QStringLiteral("Stalls")}, {Key::Price, 4500}, {Key::Available, 10}});
    const QCborMap event = map({{Key::Id, 1},
                                {Key::Name, QStringLiteral("Concert")},
                                {Key::Venue, QStringLiteral("Arena")},
                                {Key::Starts, Q_INT64_C(1700000000000)},
                                {Key::SeatCount, 50000},
                                {Key::Available, 49000},
                                {Key::Held, 500},
                                {Key::Sold, 400},
                                {Key::Blocked, 100},
                                {Key::MaxSeats, 10},
                                {Key::Currency, QStringLiteral("EUR")},
                                {Key::Categories, QCborArray{category}}});
    write("res-listevents",
          encodeResult(MessageType::ListEvents, 3, map({{Key::Events, QCborArray{event}}})));
    write("res-subscribe",
          encodeResult(MessageType::Subscribe, 4, map({{Key::Event, 1}, {Key::SeatCount, 50000}})));
    write("res-unsubscribe", encodeResult(MessageType::Unsubscribe, 5, map({{Key::Event, 1}})));
    write("res-hold", encodeResult(MessageType::Hold, 6,
                                   map({{Key::Hold, 42},
                                        {Key::Event, 1},
                                        {Key::Seats, QCborArray{1, 2, 3}},
                                        {Key::Expires, Q_INT64_C(1700000120000)},
                                        {Key::MaxExpires, Q_INT64_C(1700000600000)}})));
    write("res-release", encodeResult(MessageType::Release, 7, map({{Key::Hold, 42}, {Key::Released, 3}})));
    write("res-extend", encodeResult(MessageType::Extend, 8,
                                     map({{Key::Hold, 42},
                                          {Key::Expires, Q_INT64_C(1700000240000)},
                                          {Key::MaxExpires, Q_INT64_C(1700000600000)}})));
    write("err-confirm-retired",
          encodeError(MessageType::Confirm, 9, ErrorCode::MessageRetired,
                      QStringLiteral("Confirm is retired; sell through CreateOrder and PayOrder")));
    write("err-holdlimit",
          encodeError(MessageType::Hold, 6, ErrorCode::HoldLimit,
                      QStringLiteral("this session holds 8 seats of this event; at most 8 may be held at once"),
                      map({{Key::Limit, 8}, {Key::Held, 8}})));

    write("res-getlayout", encodeResult(MessageType::GetLayout, 22, encodeLayout(smallLayout())));
    write("res-bestavailable", encodeResult(MessageType::BestAvailable, 23,
                                            map({{Key::Hold, 43},
                                                 {Key::Event, 1},
                                                 {Key::Seats, QCborArray{24, 25}},
                                                 {Key::Expires, Q_INT64_C(1700000120000)},
                                                 {Key::MaxExpires, Q_INT64_C(1700000600000)}})));
    write("err-bestavailable-nothing-fits",
          encodeError(MessageType::BestAvailable, 23, ErrorCode::SeatUnavailable,
                      QStringLiteral("no 4 adjacent seats free in Standard")));

    write("err-seatunavailable",
          encodeError(MessageType::Hold, 6, ErrorCode::SeatUnavailable, QStringLiteral("taken")));
    write("err-typeless",
          encodeError(MessageType::Invalid, 0, ErrorCode::MalformedFrame, QStringLiteral("not CBOR")));
    write("err-notsignedin",
          encodeError(MessageType::Subscribe, 4, ErrorCode::NotSignedIn, QStringLiteral("sign in first")));

    write("push-snapshot",
          encodePush(MessageType::Snapshot, map({{Key::Event, 1},
                                                 {Key::SeatCount, 1000},
                                                 {Key::States, encodeSnapshotStates(states(1000))}})));
    write("push-snapshot-empty",
          encodePush(MessageType::Snapshot,
                     map({{Key::Event, 1}, {Key::SeatCount, 0}, {Key::States, encodeSnapshotStates({})}})));
    const QList<SeatChange> changes{{0, SeatState::Held},
                                    {1, SeatState::Held},
                                    {130, SeatState::Sold},
                                    {20000, SeatState::Available},
                                    {49999, SeatState::Blocked}};
    write("push-delta",
          encodePush(MessageType::Delta, map({{Key::Event, 1}, {Key::Changes, encodeDelta(changes)}})));
}

void malformedFrames()
{
    {
        // A layout whose seat records claim more seats than n, and one whose seat points to a
        // category that is not listed.
        QCborMap lie = encodeLayout(smallLayout());
        lie.insert(Key::SeatCount, 25);
        write("bad-layout-count-lie", encodeResult(MessageType::GetLayout, 22, lie));
        EventLayout l = smallLayout();
        l.seats[5].category = 7;
        write("bad-layout-category", encodeResult(MessageType::GetLayout, 22, encodeLayout(l)));
    }
    write("bad-bestavailable-count-text",
          request(23, 23, map({{Key::Event, 1}, {Key::Count, QStringLiteral("2")}, {Key::Category, 0}})));

    write("bad-empty", QByteArray());
    write("bad-not-cbor", raw({0xff, 0xff, 0xff}));
    write("bad-array", QCborValue(QCborArray{1, 2}).toCbor());
    write("bad-no-type", map({{Key::Id, 1}}).toCborValue().toCbor());
    write("bad-type-text", map({{Key::Type, QStringLiteral("hold")}, {Key::Id, 1}}).toCborValue().toCbor());
    write("bad-type-unknown", request(63, 1, {}));
    write("bad-type-huge", request(0x7fffffff, 1, {}));
    write("bad-id-negative", map({{Key::Type, 2}, {Key::Id, -1}}).toCborValue().toCbor());
    write("bad-id-float", map({{Key::Type, 2}, {Key::Id, 1.5}}).toCborValue().toCbor());
    write("bad-trailing", encodeRequest(MessageType::Ping, 1) + raw({0x00}));
    write("bad-truncated", encodeRequest(MessageType::Ping, 1).chopped(1));
    write("bad-push-from-client", encodePush(MessageType::Snapshot, map({{Key::Event, 1}})));
    // Lengths far beyond the data: a decoder that trusts them allocates or over-reads.
    write("bad-huge-array-length", raw({0xa2, 0x61, 't', 0x06, 0x65, 's', 'e', 'a', 't', 's', 0x9b, 0x7f,
                                        0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff}));
    write("bad-huge-string-length",
          raw({0xa1, 0x61, 't', 0x7b, 0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff}));
    write("bad-indefinite-unterminated", raw({0xbf, 0x61, 't', 0x02, 0x62, 'i', 'd', 0x01}));
    QByteArray deep(2000, char(0x81)); // 2000 nested one-element arrays
    deep.append(char(0x00));
    write("bad-deep-nesting", raw({0xa2, 0x61, 't', 0x02, 0x61, 'x'}) + deep);
    write("bad-tagged-type", raw({0xa2, 0x61, 't', 0xc1, 0x02, 0x62, 'i', 'd', 0x01}));
    write("bad-duplicate-keys", raw({0xa3, 0x61, 't', 0x02, 0x61, 't', 0x06, 0x62, 'i', 'd', 0x01}));

    write("bad-hold-seat-text",
          encodeRequest(MessageType::Hold, 6,
                        map({{Key::Event, 1}, {Key::Seats, QCborArray{QStringLiteral("1")}}})));
    write("bad-hold-duplicate",
          encodeRequest(MessageType::Hold, 6, map({{Key::Event, 1}, {Key::Seats, QCborArray{5, 5}}})));
    write("bad-hold-negative",
          encodeRequest(MessageType::Hold, 6, map({{Key::Event, 1}, {Key::Seats, QCborArray{-1}}})));
    write("bad-hold-huge-seat",
          encodeRequest(MessageType::Hold, 6,
                        map({{Key::Event, 1}, {Key::Seats, QCborArray{Q_INT64_C(0x7fffffffffffffff)}}})));
    write("bad-hold-empty",
          encodeRequest(MessageType::Hold, 6, map({{Key::Event, 1}, {Key::Seats, QCborArray{}}})));
    write("bad-hold-event-zero",
          encodeRequest(MessageType::Hold, 6, map({{Key::Event, 0}, {Key::Seats, QCborArray{1}}})));
    write("bad-hello-long-client",
          encodeRequest(MessageType::Hello, 1,
                        map({{Key::Version, 1}, {Key::Client, QString(65, QLatin1Char('x'))}})));
    write("bad-hello-owner-bytes",
          encodeRequest(MessageType::Hello, 1, map({{Key::Version, 1}, {Key::Owner, QByteArray("0123")}})));

    // A snapshot whose qCompress header claims 2^31 bytes, with the seat count to match.
    write("bad-snapshot-size-lie",
          encodePush(MessageType::Snapshot,
                     map({{Key::Event, 1},
                          {Key::SeatCount, 0x7ffffffc},
                          {Key::States, raw({0x20, 0, 0, 0, 0x78, 0x9c, 0x03, 0x00})}})));
    write("bad-snapshot-not-zlib",
          encodePush(
              MessageType::Snapshot,
              map({{Key::Event, 1}, {Key::SeatCount, 8}, {Key::States, raw({0, 0, 0, 2, 1, 2, 3, 4})}})));
    write(
        "bad-delta-overlong",
        encodePush(MessageType::Delta,
                   map({{Key::Event, 1}, {Key::Changes, raw({0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01})}})));
    write("bad-delta-truncated",
          encodePush(MessageType::Delta, map({{Key::Event, 1}, {Key::Changes, raw({0x85, 0x80})}})));
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s OUTPUT_DIR\n", argv[0]);
        return 2;
    }
    g_dir = QString::fromLocal8Bit(argv[1]);
    if (!QDir().mkpath(g_dir)) {
        std::fprintf(stderr, "cannot create %s\n", argv[1]);
        return 1;
    }
    validFrames();
    malformedFrames();
    std::printf("%d files in %s\n", g_written, argv[1]);
    return 0;
}
