#include "seatmap/seatlayout.h"

#include "protocol/frame.h"

#include <QCborArray>
#include <QtEndian>
#include <QtNumeric>

#include <algorithm>
#include <cmath>
#include <limits>

namespace BoxOffice::Shared {

namespace {

constexpr int RecordSize = 16;
static_assert(sizeof(EventLayout::Seat) == RecordSize, "a seat is one 16-byte record");

// Keys of the layout map that only it uses.
const QString KeyStage = QStringLiteral("stage");
const QString KeyTtl = QStringLiteral("ttl");
const QString KeyMaxHold = QStringLiteral("max_hold");
const QString KeySections = QStringLiteral("sections");
const QString KeyColour = QStringLiteral("colour");
const QString KeyVenue = QStringLiteral("venue");
const QString KeyStanding = QStringLiteral("standing");
const QString KeyFirst = QStringLiteral("first");
const QString KeyOutline = QStringLiteral("outline");
constexpr int MaxStandingAreas = 10000;
constexpr int MaxOutlinePoints = 1000;

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// The `standing` array (absent: none): each area within the sections, categories and seats,
// sorted and disjoint, exactly its places flagged Standing, its outline finite points.
bool decodeStanding(const QCborValue &value, EventLayout *layout, QString *error)
{
    if (value.isUndefined() || value.isNull()) {
        for (const EventLayout::Seat &s : std::as_const(layout->seats)) {
            if (s.flags & EventLayout::Standing)
                return fail(error, QStringLiteral("layout: a standing place outside any standing area"));
        }
        return true;
    }
    if (!value.isArray() || value.toArray().size() > MaxStandingAreas)
        return fail(error, QStringLiteral("layout: 'standing' must be an array of areas"));
    const qsizetype n = layout->seats.size();
    int end = 0; // of the previous area
    for (const QCborValue &v : value.toArray()) {
        const QCborMap m = v.toMap();
        const QCborValue section = m.value(Key::Section), category = m.value(Key::Category),
                         first = m.value(KeyFirst), capacity = m.value(Key::SeatCount);
        if (!m.value(Key::Name).isString() || !section.isInteger() || !category.isInteger() ||
            !first.isInteger() || !capacity.isInteger() || section.toInteger() < 0 ||
            section.toInteger() >= layout->sections.size() || category.toInteger() < 0 ||
            category.toInteger() >= layout->categories.size() || first.toInteger() < end ||
            capacity.toInteger() < 1 || capacity.toInteger() > n - first.toInteger()) {
            return fail(error, QStringLiteral("layout: bad standing area"));
        }
        EventLayout::StandingArea area;
        area.name = m.value(Key::Name).toString();
        area.section = int(section.toInteger());
        area.category = int(category.toInteger());
        area.first = int(first.toInteger());
        area.capacity = int(capacity.toInteger());
        const QCborArray outline = m.value(KeyOutline).toArray();
        if (outline.size() % 2 != 0 || outline.size() > 2 * MaxOutlinePoints)
            return fail(error, QStringLiteral("layout: bad standing area outline"));
        for (qsizetype i = 0; i < outline.size(); i += 2) {
            const QCborValue x = outline.at(i), y = outline.at(i + 1);
            const double fx = x.isInteger() ? double(x.toInteger()) : x.isDouble() ? x.toDouble() : qQNaN();
            const double fy = y.isInteger() ? double(y.toInteger()) : y.isDouble() ? y.toDouble() : qQNaN();
            if (!std::isfinite(float(fx)) || !std::isfinite(float(fy)))
                return fail(error, QStringLiteral("layout: bad standing area outline"));
            area.outline.append(QPointF(fx, fy));
        }
        // Seats between the previous area and this one are seats; this one's are places.
        for (int s = end; s < area.first + area.capacity; ++s) {
            const bool place = s >= area.first;
            if (bool(layout->seats.at(s).flags & EventLayout::Standing) != place)
                return fail(error, QStringLiteral("layout: standing places do not match the standing areas"));
        }
        end = area.first + area.capacity;
        layout->standing.append(std::move(area));
    }
    for (qsizetype s = end; s < n; ++s) {
        if (layout->seats.at(s).flags & EventLayout::Standing)
            return fail(error, QStringLiteral("layout: a standing place outside any standing area"));
    }
    return true;
}

} // namespace

int EventLayout::categoryIndex(int categoryId) const
{
    for (qsizetype i = 0; i < categories.size(); ++i) {
        if (categories.at(i).id == categoryId)
            return int(i);
    }
    return -1;
}

int EventLayout::sectionIndex(int sectionId) const
{
    for (qsizetype i = 0; i < sections.size(); ++i) {
        if (sections.at(i).id == sectionId)
            return int(i);
    }
    return -1;
}

int EventLayout::standingAreaOf(int seat) const
{
    // Areas are sorted by their first place and disjoint: a binary search.
    auto it = std::upper_bound(standing.cbegin(), standing.cend(), seat,
                               [](int s, const StandingArea &a) { return s < a.first; });
    if (it == standing.cbegin())
        return -1;
    --it;
    return seat < it->first + it->capacity ? int(it - standing.cbegin()) : -1;
}

QByteArray encodeSeatRecords(const QList<EventLayout::Seat> &seats)
{
    QByteArray raw(seats.size() * RecordSize, Qt::Uninitialized);
    char *out = raw.data();
    for (const EventLayout::Seat &s : seats) {
        qToLittleEndian(s.x, out);
        qToLittleEndian(s.y, out + 4);
        qToLittleEndian(s.section, out + 8);
        qToLittleEndian(s.row, out + 10);
        qToLittleEndian(s.number, out + 12);
        out[14] = char(s.category);
        out[15] = char(s.flags);
        out += RecordSize;
    }
    return qCompress(raw, 6);
}

std::optional<QList<EventLayout::Seat>> decodeSeatRecords(const QByteArray &compressed, int seatCount)
{
    if (seatCount < 0 || seatCount > MaxLayoutSeats || compressed.size() < 4)
        return std::nullopt;
    // Check qCompress's size prefix before qUncompress allocates (see decodeSnapshotStates).
    const quint32 expected = qFromBigEndian<quint32>(compressed.constData());
    if (expected != quint32(seatCount) * RecordSize)
        return std::nullopt;
    const QByteArray raw = qUncompress(compressed);
    if (raw.size() != qsizetype(seatCount) * RecordSize)
        return std::nullopt;
    QList<EventLayout::Seat> seats(seatCount);
    const char *in = raw.constData();
    for (EventLayout::Seat &s : seats) {
        s.x = qFromLittleEndian<float>(in);
        s.y = qFromLittleEndian<float>(in + 4);
        s.section = qFromLittleEndian<quint16>(in + 8);
        s.row = qFromLittleEndian<quint16>(in + 10);
        s.number = qFromLittleEndian<quint16>(in + 12);
        s.category = quint8(in[14]);
        s.flags = quint8(in[15]);
        in += RecordSize;
    }
    return seats;
}

QCborMap encodeLayout(const EventLayout &layout)
{
    QCborArray sections;
    for (const auto &s : layout.sections)
        sections.append(QCborMap{{Key::Id, s.id}, {Key::Name, s.name}});
    QCborArray categories;
    for (const auto &c : layout.categories) {
        categories.append(QCborMap{
            {Key::Id, c.id}, {Key::Name, c.name}, {KeyColour, c.colour}, {Key::Price, c.priceMinor}});
    }
    QCborArray rows;
    for (const QString &label : layout.rowLabels)
        rows.append(label);
    QCborArray standing;
    for (const auto &a : layout.standing) {
        QCborArray outline;
        for (const QPointF &p : a.outline) {
            outline.append(float(p.x()));
            outline.append(float(p.y()));
        }
        standing.append(QCborMap{{Key::Name, a.name},
                                 {Key::Section, a.section},
                                 {Key::Category, a.category},
                                 {KeyFirst, a.first},
                                 {Key::SeatCount, a.capacity},
                                 {KeyOutline, outline}});
    }
    return QCborMap{
        {Key::Event, layout.eventId},
        {Key::Name, layout.eventName},
        {KeyVenue, layout.venueName},
        {Key::Currency, layout.currency},
        {KeyStage, QCborArray{layout.stageX, layout.stageY}},
        {KeyTtl, layout.holdTtlS},
        {KeyMaxHold, layout.holdMaxS},
        {Key::MaxSeats, layout.maxSeatsPerOrder},
        {KeySections, sections},
        {Key::Categories, categories},
        {Key::Rows, rows},
        {Key::SeatCount, layout.seatCount()},
        {Key::Seats, encodeSeatRecords(layout.seats)},
        {KeyStanding, standing},
    };
}

std::optional<EventLayout> decodeLayout(const QCborMap &map, QString *error)
{
    EventLayout layout;
    const auto integer = [&](const QString &key, qint64 min, qint64 max, qint64 *out) {
        const QCborValue v = map.value(key);
        if (!v.isInteger() || v.toInteger() < min || v.toInteger() > max)
            return fail(error, QStringLiteral("layout: '%1' missing or out of range").arg(key));
        *out = v.toInteger();
        return true;
    };
    qint64 n = 0, ttl = 0, maxHold = 0, maxSeats = 0;
    if (!integer(Key::Event, 1, std::numeric_limits<qint64>::max(), &layout.eventId) ||
        !integer(Key::SeatCount, 0, MaxLayoutSeats, &n) || !integer(KeyTtl, 0, 86400, &ttl) ||
        !integer(KeyMaxHold, 0, 86400, &maxHold) || !integer(Key::MaxSeats, 0, 10000, &maxSeats)) {
        return std::nullopt;
    }
    layout.holdTtlS = int(ttl);
    layout.holdMaxS = int(maxHold);
    layout.maxSeatsPerOrder = int(maxSeats);
    layout.eventName = map.value(Key::Name).toString();
    layout.venueName = map.value(KeyVenue).toString();
    layout.currency = map.value(Key::Currency).toString();

    // Two finite numbers (as floats: 1e300 is not one). A NaN stage would make every distance
    // of best available NaN, and a layout that never compares equal to itself.
    const QCborArray stage = map.value(KeyStage).toArray();
    const auto coordinate = [](const QCborValue &v) {
        return v.isInteger() ? float(v.toInteger()) : v.isDouble() ? float(v.toDouble()) : qQNaN();
    };
    if (stage.size() != 2 || !std::isfinite(coordinate(stage.at(0))) ||
        !std::isfinite(coordinate(stage.at(1))))
        return fail(error, QStringLiteral("layout: 'stage' must be two finite numbers")), std::nullopt;
    layout.stageX = coordinate(stage.at(0));
    layout.stageY = coordinate(stage.at(1));

    for (const QCborValue &v : map.value(KeySections).toArray()) {
        const QCborMap m = v.toMap();
        if (!m.value(Key::Id).isInteger() || !m.value(Key::Name).isString())
            return fail(error, QStringLiteral("layout: bad section")), std::nullopt;
        layout.sections.append({int(m.value(Key::Id).toInteger()), m.value(Key::Name).toString()});
    }
    for (const QCborValue &v : map.value(Key::Categories).toArray()) {
        const QCborMap m = v.toMap();
        if (!m.value(Key::Id).isInteger() || !m.value(Key::Name).isString() ||
            !m.value(Key::Price).isInteger() || m.value(Key::Price).toInteger() < 0) {
            return fail(error, QStringLiteral("layout: bad category")), std::nullopt;
        }
        layout.categories.append({int(m.value(Key::Id).toInteger()), m.value(Key::Name).toString(),
                                  m.value(KeyColour).toString(), m.value(Key::Price).toInteger()});
    }
    for (const QCborValue &v : map.value(Key::Rows).toArray()) {
        if (!v.isString())
            return fail(error, QStringLiteral("layout: bad row label")), std::nullopt;
        layout.rowLabels.append(v.toString());
    }
    if (layout.sections.size() > 0xffff || layout.rowLabels.size() > 0xffff ||
        layout.categories.size() > 0xff)
        return fail(error, QStringLiteral("layout: too many sections, rows or categories")), std::nullopt;

    auto seats = decodeSeatRecords(map.value(Key::Seats).toByteArray(), int(n));
    if (!seats)
        return fail(error, QStringLiteral("layout: corrupt seat records")), std::nullopt;
    for (const EventLayout::Seat &s : std::as_const(*seats)) {
        if (s.section >= layout.sections.size() || s.row >= layout.rowLabels.size() ||
            s.category >= layout.categories.size() || !std::isfinite(s.x) || !std::isfinite(s.y)) {
            return fail(error,
                        QStringLiteral("layout: a seat refers to an unknown section, row or category")),
                   std::nullopt;
        }
    }
    layout.seats = std::move(*seats);
    if (!decodeStanding(map.value(KeyStanding), &layout, error))
        return std::nullopt;
    return layout;
}

} // namespace BoxOffice::Shared
