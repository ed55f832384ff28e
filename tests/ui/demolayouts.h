#pragma once

#include "seatmap/seatlayout.h"

namespace BoxOffice::Tests {

/**
 * The demo stadium of resources/demo/demo.sql, built in memory with the same formulas:
 * four stands of five blocks of 25 rows of 100 seats (50,000), around a square bowl with the
 * pitch centre at (0, 0); categories by row, seats 1-4 of each block's first row accessible.
 * Keep it in step with demo.sql.
 */
Shared::EventLayout demoStadium();

} // namespace BoxOffice::Tests
