#include "seatmap/seatcodec.h"

#include <algorithm>

namespace BoxOffice::Shared {

QByteArray encodeSnapshotStates(const QByteArray &states)
{
    QByteArray packed((states.size() + 3) / 4, '\0');
    for (qsizetype i = 0; i < states.size(); ++i) {
        const auto bits = quint8(states.at(i)) & 0x3;
        packed[i / 4] = char(quint8(packed.at(i / 4)) | (bits << ((i % 4) * 2)));
    }
    return qCompress(packed, 6);
}

std::optional<QByteArray> decodeSnapshotStates(const QByteArray &data, int seatCount)
{
    if (seatCount < 0 || data.size() < 4)
        return std::nullopt;
    // qCompress stores the expected size big-endian in the first 4 bytes; check it before
    // qUncompress allocates, so a hostile size cannot make us allocate gigabytes.
    const quint32 expected = (quint32(quint8(data[0])) << 24) | (quint32(quint8(data[1])) << 16) |
                             (quint32(quint8(data[2])) << 8) | quint32(quint8(data[3]));
    // In 64 bits: seatCount + 3 overflows an int for counts near INT_MAX (found by fuzzing).
    const quint32 packedSize = quint32((qint64(seatCount) + 3) / 4);
    if (expected != packedSize)
        return std::nullopt;
    const QByteArray packed = qUncompress(data);
    if (packed.size() != qsizetype(packedSize))
        return std::nullopt;
    QByteArray states(seatCount, '\0');
    for (int i = 0; i < seatCount; ++i)
        states[i] = char((quint8(packed.at(i / 4)) >> ((i % 4) * 2)) & 0x3);
    return states;
}

QByteArray encodeDelta(QList<SeatChange> changes)
{
    // Stable sort keeps the order of repeated seats, so the last change of a seat wins.
    std::stable_sort(changes.begin(), changes.end(),
                     [](const SeatChange &a, const SeatChange &b) { return a.seat < b.seat; });
    QByteArray out;
    out.reserve(changes.size() * 2);
    int previous = 0;
    for (qsizetype i = 0; i < changes.size(); ++i) {
        if (i + 1 < changes.size() && changes.at(i + 1).seat == changes.at(i).seat)
            continue;
        const SeatChange &c = changes.at(i);
        quint64 v = (quint64(c.seat - previous) << 2) | quint64(c.state);
        previous = c.seat;
        do {
            quint8 byte = v & 0x7f;
            v >>= 7;
            if (v)
                byte |= 0x80;
            out.append(char(byte));
        } while (v);
    }
    return out;
}

std::optional<QList<SeatChange>> decodeDelta(const QByteArray &data, int seatCount)
{
    QList<SeatChange> out;
    qint64 seat = 0;
    qsizetype i = 0;
    while (i < data.size()) {
        quint64 v = 0;
        int shift = 0;
        while (true) {
            if (i >= data.size() || shift > 35)
                return std::nullopt;
            const quint8 byte = quint8(data.at(i++));
            v |= quint64(byte & 0x7f) << shift;
            shift += 7;
            if (!(byte & 0x80))
                break;
        }
        seat += qint64(v >> 2);
        if (seat >= seatCount)
            return std::nullopt;
        out.append(SeatChange{int(seat), SeatState(v & 0x3)});
    }
    return out;
}

} // namespace BoxOffice::Shared
