#include "seatmap/bestavailable.h"

#include "domain/seatstate.h"

#include <algorithm>
#include <numeric>
#include <vector>

namespace BoxOffice::Shared {

namespace {

// Distances closer than this (in squared venue units, about a square millimetre) are a tie,
// so float noise in mirrored coordinates cannot decide between two symmetric windows.
constexpr double TieEpsilon = 1e-6;

} // namespace

BestAvailableIndex::BestAvailableIndex(const EventLayout &layout)
    : m_seatCount(layout.seatCount())
    , m_stageX(layout.stageX)
    , m_stageY(layout.stageY)
{
    const QList<EventLayout::Seat> &seats = layout.seats;
    std::vector<int> order;
    order.reserve(size_t(seats.size()));
    for (int i = 0; i < seats.size(); ++i) {
        if (!(seats.at(i).flags & EventLayout::Standing))
            order.push_back(i);
    }
    std::sort(order.begin(), order.end(), [&seats](int a, int b) {
        const EventLayout::Seat &sa = seats.at(a);
        const EventLayout::Seat &sb = seats.at(b);
        if (sa.section != sb.section)
            return sa.section < sb.section;
        if (sa.row != sb.row)
            return sa.row < sb.row;
        if (sa.number != sb.number)
            return sa.number < sb.number;
        return a < b;
    });

    m_seats.reserve(seats.size());
    m_categories.reserve(seats.size());
    m_xs.reserve(seats.size());
    m_ys.reserve(seats.size());
    Run run;
    for (size_t i = 0; i < order.size(); ++i) {
        const int s = order[i];
        const EventLayout::Seat &seat = seats.at(s);
        if (i > 0) {
            const EventLayout::Seat &prev = seats.at(order[i - 1]);
            // A new run at a new section or row, at a gap in the numbering (an aisle), and at a
            // repeated number (bad data: two seats cannot both be beside the same neighbour).
            if (seat.section != prev.section || seat.row != prev.row || seat.number != prev.number + 1) {
                run.end = int(i);
                m_longestRun = std::max(m_longestRun, run.end - run.begin);
                m_runs.append(run);
                run = Run{};
                run.begin = int(i);
            }
        }
        run.section = seat.section;
        run.categories.set(seat.category);
        m_seats.append(s);
        m_categories.append(seat.category);
        m_xs.append(seat.x);
        m_ys.append(seat.y);
    }
    if (!order.empty()) {
        run.end = int(order.size());
        m_longestRun = std::max(m_longestRun, run.end - run.begin);
        m_runs.append(run);
    }
}

QList<int> chooseBestAvailable(const BestAvailableIndex &index, const QByteArray &states, int count,
                               int categoryIndex, int sectionIndex, const QSet<int> &exclude)
{
    if (count <= 0 || count > index.longestRun() || states.size() != index.seatCount() || categoryIndex < 0 ||
        categoryIndex > 255) {
        return {};
    }
    const char *state = states.constData();
    QByteArray withExcluded;
    if (!exclude.isEmpty()) {
        // An excluded seat counts as taken: it borders a gap like a held seat does.
        withExcluded = states;
        for (int s : exclude) {
            if (s >= 0 && s < withExcluded.size())
                withExcluded[s] = char(SeatState::Held);
        }
        state = withExcluded.constData();
    }

    const QList<int> &seats = index.seats();
    const QList<quint8> &categories = index.categories();
    const QList<double> &xs = index.xs();
    const QList<double> &ys = index.ys();
    const auto isFree = [&](int pos) { return state[seats.at(pos)] == char(SeatState::Available); };

    bool found = false;
    bool bestOrphan = true;
    double bestDistance = 0;
    int bestFirstSeat = 0;
    int bestPos = 0;

    // freeFrom[k]: available seats in a row starting at run position k (freeFrom[length] = 0).
    std::vector<int> freeFrom(size_t(index.longestRun()) + 1);
    for (const BestAvailableIndex::Run &run : index.runs()) {
        const int length = run.end - run.begin;
        if (length < count || (sectionIndex >= 0 && run.section != sectionIndex) ||
            !run.categories.test(size_t(categoryIndex))) {
            continue;
        }
        freeFrom[size_t(length)] = 0;
        for (int k = length - 1; k >= 0; --k)
            freeFrom[size_t(k)] = isFree(run.begin + k) ? freeFrom[size_t(k) + 1] + 1 : 0;

        int eligible = 0; // eligible seats in a row ending at k
        for (int k = 0; k < length; ++k) {
            const int pos = run.begin + k;
            const bool free = freeFrom[size_t(k)] > 0;
            eligible = (free && categories.at(pos) == categoryIndex) ? eligible + 1 : 0;
            if (eligible >= count) {
                const int first = k - count + 1; // the window is [first, k]
                // Only whether a gap is exactly one seat matters: 0, 1 or more.
                const bool oneBefore = first >= 1 && isFree(run.begin + first - 1) &&
                                       (first == 1 || !isFree(run.begin + first - 2));
                const bool orphan = oneBefore || freeFrom[size_t(k) + 1] == 1;
                if (found && orphan && !bestOrphan)
                    continue;
                double sx = 0, sy = 0;
                for (int j = first; j <= k; ++j) {
                    sx += xs.at(run.begin + j);
                    sy += ys.at(run.begin + j);
                }
                const double dx = sx / count - index.stageX();
                const double dy = sy / count - index.stageY();
                const double distance = dx * dx + dy * dy;
                const int firstSeat = seats.at(run.begin + first);
                bool better = !found || (bestOrphan && !orphan);
                if (!better && orphan == bestOrphan) {
                    if (distance < bestDistance - TieEpsilon)
                        better = true;
                    else if (distance <= bestDistance + TieEpsilon && firstSeat < bestFirstSeat)
                        better = true;
                }
                if (better) {
                    found = true;
                    bestOrphan = orphan;
                    bestDistance = distance;
                    bestFirstSeat = firstSeat;
                    bestPos = run.begin + first;
                }
            }
        }
    }
    if (!found)
        return {};
    QList<int> chosen;
    chosen.reserve(count);
    for (int j = 0; j < count; ++j)
        chosen.append(seats.at(bestPos + j));
    std::sort(chosen.begin(), chosen.end());
    return chosen;
}

QList<int> chooseBestAvailable(const EventLayout &layout, const QByteArray &states, int count,
                               int categoryIndex, int sectionIndex, const QSet<int> &exclude)
{
    return chooseBestAvailable(BestAvailableIndex(layout), states, count, categoryIndex, sectionIndex,
                               exclude);
}

int freeStandingPlaces(const EventLayout::StandingArea &area, const QByteArray &states)
{
    if (area.first < 0 || area.capacity < 0 || area.first + area.capacity > states.size())
        return 0;
    return int(std::count(states.cbegin() + area.first, states.cbegin() + area.first + area.capacity,
                          char(SeatState::Available)));
}

QList<int> chooseStandingPlaces(const EventLayout::StandingArea &area, const QByteArray &states, int count,
                                int start, const QSet<int> &exclude)
{
    if (count <= 0 || area.capacity <= 0 || area.first < 0 || area.first + area.capacity > states.size())
        return {};
    start = ((start % area.capacity) + area.capacity) % area.capacity;
    QList<int> chosen;
    for (int k = 0; k < area.capacity && chosen.size() < count; ++k) {
        const int seat = area.first + (start + k) % area.capacity;
        if (states.at(seat) == char(SeatState::Available) && !exclude.contains(seat))
            chosen.append(seat);
    }
    if (chosen.size() < count)
        return {};
    std::sort(chosen.begin(), chosen.end());
    return chosen;
}

} // namespace BoxOffice::Shared
