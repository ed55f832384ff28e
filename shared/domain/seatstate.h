#pragma once

#include <cstdint>

namespace BoxOffice::Shared {

/**
 * The state of one seat of an event, as stored in event_seats.state and as sent in
 * snapshots and deltas. Values are part of protocol v1: append only.
 */
enum class SeatState : std::uint8_t {
    Available = 0,
    Held = 1,
    Sold = 2,
    Blocked = 3,
};

constexpr int SeatStateCount = 4;

} // namespace BoxOffice::Shared
