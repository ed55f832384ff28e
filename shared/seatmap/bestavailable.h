#pragma once

#include "seatmap/seatlayout.h"

#include <QByteArray>
#include <QList>
#include <QSet>

#include <bitset>

namespace BoxOffice::Shared {

/**
 * The rows of a layout prepared for best available: every run of seats that sit side by side
 * (same section, same row label, consecutive seat numbers), in seat-number order, with
 * their coordinates; standing places are no seats and are left out. Built once per layout
 * (a 50,000-seat stadium takes a few milliseconds); a choice then only walks the runs.
 * Holds no reference to the layout.
 */
class BestAvailableIndex
{
public:
    BestAvailableIndex() = default;
    explicit BestAvailableIndex(const EventLayout &layout);

    struct Run
    {
        int begin = 0; // into seats()
        int end = 0;
        int section = 0;
        std::bitset<256> categories; // category indexes present in the run
    };

    int seatCount() const { return m_seatCount; }
    const QList<Run> &runs() const { return m_runs; }
    /** Seat indexes, run after run, each run in seat-number order. */
    const QList<int> &seats() const { return m_seats; }
    const QList<quint8> &categories() const { return m_categories; } // parallel to seats()
    const QList<double> &xs() const { return m_xs; }                 // parallel to seats()
    const QList<double> &ys() const { return m_ys; }                 // parallel to seats()
    int longestRun() const { return m_longestRun; }
    double stageX() const { return m_stageX; }
    double stageY() const { return m_stageY; }

private:
    int m_seatCount = 0;
    int m_longestRun = 0;
    double m_stageX = 0;
    double m_stageY = 0;
    QList<Run> m_runs;
    QList<int> m_seats;
    QList<quint8> m_categories;
    QList<double> m_xs;
    QList<double> m_ys;
};

/**
 * Chooses count adjacent seats (one row: same section and row label, consecutive seat
 * numbers) of the category categoryIndex (and of the section sectionIndex unless it is -1),
 * all Available in states (one SeatState byte per seat) and none in exclude.
 *
 * Among all such windows it prefers those that leave no orphan: no single available seat
 * between the window and the next unavailable (or excluded) seat or the row's end, on
 * either side (gaps of 0 or of 2 and more are fine). Among those, the window whose centre
 * (mean x, y of its seats) lies nearest the stage centre wins; ties go to the lower index of
 * the window's first seat. If every window leaves an orphan, the nearest one is taken anyway.
 *
 * Returns the chosen seat indexes (seat numbers of the protocol) in ascending order, or an
 * empty list when no window fits or an argument is out of range.
 */
QList<int> chooseBestAvailable(const BestAvailableIndex &index, const QByteArray &states, int count,
                               int categoryIndex, int sectionIndex, const QSet<int> &exclude = {});

/** The same, building the index on the fly (tests and one-off callers). */
QList<int> chooseBestAvailable(const EventLayout &layout, const QByteArray &states, int count,
                               int categoryIndex, int sectionIndex, const QSet<int> &exclude = {});

/** The places of a standing area that are Available in states. */
int freeStandingPlaces(const EventLayout::StandingArea &area, const QByteArray &states);

/**
 * Chooses count places of a standing area, all Available in states and none in exclude:
 * the first free ones from the place at offset `start` (modulo the capacity) on, wrapping
 * round. Places are alike; a random start spreads buyers who ask at the same moment over the
 * area, so that they rarely pick the same places. Ascending seat indexes, or an empty list
 * when fewer than count are free.
 */
QList<int> chooseStandingPlaces(const EventLayout::StandingArea &area, const QByteArray &states, int count,
                                int start, const QSet<int> &exclude = {});

} // namespace BoxOffice::Shared
