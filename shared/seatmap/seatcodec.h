#pragma once

#include "domain/seatstate.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace BoxOffice::Shared {

/** One seat's new state in a delta. */
struct SeatChange
{
    int seat = 0;
    SeatState state = SeatState::Available;

    friend bool operator==(const SeatChange &, const SeatChange &) = default;
};

/**
 * Snapshot encoding: seat states packed 2 bits per seat (4 seats a byte, seat 0 in the low
 * bits), then zlib-compressed with qCompress. 50,000 seats are at most 12.5 KB before
 * compression, so a snapshot never exceeds ~13 KB whatever the states.
 *
 * @param states one byte per seat, each a SeatState value.
 */
QByteArray encodeSnapshotStates(const QByteArray &states);

/** Inverse of encodeSnapshotStates; nullopt if the data is corrupt or of the wrong size. */
std::optional<QByteArray> decodeSnapshotStates(const QByteArray &data, int seatCount);

/**
 * Delta encoding: changes sorted by seat, each as one unsigned LEB128 varint of
 * (gap << 2 | state), where gap is the distance from the previous seat (from 0 for the
 * first). A one-seat delta is 1–3 bytes; a run of neighbouring seats costs a byte each.
 * Later changes of the same seat win, so callers may pass repeated seats.
 */
QByteArray encodeDelta(QList<SeatChange> changes);

/** Inverse of encodeDelta; nullopt if corrupt or a seat is >= seatCount. */
std::optional<QList<SeatChange>> decodeDelta(const QByteArray &data, int seatCount);

} // namespace BoxOffice::Shared
