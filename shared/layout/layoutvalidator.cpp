#include "layout/layoutvalidator.h"

#include <QCborMap>

#include <algorithm>
#include <cmath>
#include <tuple>
#include <vector>

namespace BoxOffice::Shared {

namespace {

using Doc = LayoutDocument;
using Kind = LayoutProblem::Kind;

// Distance checks the overlap rule may spend. A real venue needs a few dozen per seat; only
// a pathological document (thousands of seats on one spot) reaches it, and then it is
// refused with the pairs found so far and a note that the check stopped.
constexpr qint64 OverlapBudget = 20'000'000;

class Collector
{
public:
    void add(LayoutProblem p)
    {
        if (m_result.problems.size() < MaxLayoutProblems)
            m_result.problems.append(std::move(p));
        else
            ++m_result.omitted;
    }
    /** False once the list is full: the caller then only counts (no message formatted). */
    bool listing() const { return m_result.problems.size() < MaxLayoutProblems; }
    void count() { ++m_result.omitted; }
    LayoutValidation take() { return std::move(m_result); }

private:
    LayoutValidation m_result;
};

QString describeSeat(const Doc &doc, int i)
{
    const Doc::Seat &s = doc.seats.at(i);
    const int section = doc.sectionOf(s);
    const QString sectionName =
        section >= 0 && section < doc.sections.size() ? doc.sections.at(section).name : QStringLiteral("?");
    return QStringLiteral("seat %1 (%2, %3 %4, number %5)")
        .arg(i)
        .arg(sectionName, s.table >= 0 ? QStringLiteral("table") : QStringLiteral("row"), doc.rowLabelOf(s))
        .arg(s.number);
}

void checkDuplicates(const Doc &doc, Collector &out)
{
    std::vector<int> order(doc.seats.size());
    std::vector<std::tuple<int, QString, int>> keys;
    keys.reserve(order.size());
    for (int i = 0; i < int(order.size()); ++i) {
        order[i] = i;
        const Doc::Seat &s = doc.seats.at(i);
        keys.emplace_back(doc.sectionOf(s), doc.rowLabelOf(s), s.number);
    }
    auto key = [&keys](int i) -> const std::tuple<int, QString, int> & { return keys[size_t(i)]; };
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return key(a) < key(b); });
    for (size_t i = 0; i < order.size();) {
        size_t j = i + 1;
        while (j < order.size() && key(order[j]) == key(order[i]))
            ++j;
        if (j - i > 1) {
            LayoutProblem p{Kind::DuplicateSeat};
            for (size_t k = i; k < j; ++k)
                p.seats.append(order[k]);
            std::sort(p.seats.begin(), p.seats.end());
            p.message = QStringLiteral("%1 seats have the same section, row and number: %2")
                            .arg(p.seats.size())
                            .arg(describeSeat(doc, p.seats.first()));
            out.add(std::move(p));
        }
        i = j;
    }
}

void checkOverlaps(const Doc &doc, Collector &out)
{
    const double w = doc.seatWidth;
    if (!(w > 0) || doc.seats.isEmpty())
        return;
    // Cells one seat width wide: a seat closer than w to another lies in its cell or one of
    // the eight around it. Sorted (cell, seat) pairs instead of a hash of lists: one allocation.
    auto cellOf = [w](const QPointF &p) {
        const qint64 cx = qint64(std::floor(p.x() / w)) + (qint64(1) << 31);
        const qint64 cy = qint64(std::floor(p.y() / w)) + (qint64(1) << 31);
        return (quint64(cx) << 32) | quint64(cy & 0xffffffff);
    };
    std::vector<std::pair<quint64, int>> cells;
    cells.reserve(doc.seats.size());
    for (int i = 0; i < doc.seats.size(); ++i)
        cells.emplace_back(cellOf(doc.seats.at(i).pos), i);
    std::sort(cells.begin(), cells.end());

    qint64 spent = 0;
    const double w2 = w * w * (1 - 1e-9); // exactly a seat width apart is allowed
    for (int i = 0; i < doc.seats.size(); ++i) {
        const QPointF p = doc.seats.at(i).pos;
        const quint64 c = cellOf(p);
        for (qint64 dx = -1; dx <= 1; ++dx) {
            for (qint64 dy = -1; dy <= 1; ++dy) {
                const quint64 n = c + quint64(dx * (qint64(1) << 32)) + quint64(dy);
                auto it = std::lower_bound(cells.begin(), cells.end(), std::make_pair(n, i + 1));
                for (; it != cells.end() && it->first == n; ++it) {
                    if (++spent > OverlapBudget) {
                        LayoutProblem stop{Kind::SeatsTooClose};
                        stop.message = QStringLiteral("too many seats lie on top of each other; "
                                                      "the overlap check stopped at seat %1")
                                           .arg(i);
                        stop.seats = {i};
                        out.add(std::move(stop));
                        return;
                    }
                    const QPointF d = doc.seats.at(it->second).pos - p;
                    if (d.x() * d.x() + d.y() * d.y() < w2 && !out.listing()) {
                        out.count();
                    } else if (d.x() * d.x() + d.y() * d.y() < w2) {
                        LayoutProblem pr{Kind::SeatsTooClose, {i, it->second}};
                        pr.message = QStringLiteral("%1 and %2 are closer than a seat's width (%3)")
                                         .arg(describeSeat(doc, i), describeSeat(doc, it->second))
                                         .arg(w);
                        out.add(std::move(pr));
                    }
                }
            }
        }
    }
}

void checkCategory(const Doc &doc, int category, Collector &out, int seat, int area, const QString &what)
{
    if (category >= 0 && doc.category(category))
        return;
    LayoutProblem p{category < 0 ? Kind::SeatWithoutCategory : Kind::UnknownCategory};
    if (seat >= 0)
        p.seats = {seat};
    else
        p.standingAreas = {area};
    p.message = category < 0
                    ? QStringLiteral("%1 has no price category").arg(what)
                    : QStringLiteral("%1 has category %2, which is not listed").arg(what).arg(category);
    out.add(std::move(p));
}

} // namespace

QCborArray layoutProblemsToCbor(const QList<LayoutProblem> &problems)
{
    auto indexes = [](const QList<int> &list) {
        QCborArray a;
        for (int i : list)
            a.append(i);
        return a;
    };
    QCborArray out;
    for (const LayoutProblem &p : problems) {
        QCborMap m{{QStringLiteral("kind"), int(p.kind)}, {QStringLiteral("message"), p.message}};
        const std::pair<const char *, const QList<int> *> lists[] = {{"seats", &p.seats},
                                                                     {"rows", &p.rows},
                                                                     {"sections", &p.sections},
                                                                     {"tables", &p.tables},
                                                                     {"standing", &p.standingAreas}};
        for (const auto &[name, list] : lists) {
            if (!list->isEmpty())
                m.insert(QLatin1String(name), indexes(*list));
        }
        out.append(m);
    }
    return out;
}

LayoutValidation validateLayout(const LayoutDocument &doc)
{
    Collector out;
    if (doc.placeCount() == 0) {
        LayoutProblem p{Kind::NoPlaces};
        p.message = QStringLiteral("the layout has no seats and no standing places");
        out.add(std::move(p));
    }
    checkDuplicates(doc, out);
    checkOverlaps(doc, out);

    QList<int> rowSeats(doc.rows.size(), 0);
    QList<int> tableSeats(doc.tables.size(), 0);
    QList<int> sectionUse(doc.sections.size(), 0);
    for (int i = 0; i < doc.seats.size(); ++i) {
        const Doc::Seat &s = doc.seats.at(i);
        checkCategory(doc, s.category, out, i, -1, describeSeat(doc, i));
        if (s.row >= 0 && s.row < rowSeats.size())
            ++rowSeats[s.row];
        if (s.table >= 0 && s.table < tableSeats.size())
            ++tableSeats[s.table];
        if (const int section = doc.sectionOf(s); section >= 0 && section < sectionUse.size())
            ++sectionUse[section];
    }
    for (int a = 0; a < doc.standingAreas.size(); ++a) {
        const Doc::StandingArea &area = doc.standingAreas.at(a);
        const QString what = QStringLiteral("standing area %1 (%2)").arg(a).arg(area.name);
        if (area.section >= 0 && area.section < sectionUse.size())
            ++sectionUse[area.section];
        if (area.capacity <= 0) {
            LayoutProblem p{Kind::StandingWithoutCapacity};
            p.standingAreas = {a};
            p.message = QStringLiteral("%1 has no capacity").arg(what);
            out.add(std::move(p));
        }
        checkCategory(doc, area.category, out, -1, a, what);
    }
    for (int r = 0; r < rowSeats.size(); ++r) {
        if (rowSeats.at(r) == 0) {
            LayoutProblem p{Kind::EmptyRow};
            p.rows = {r};
            p.message = QStringLiteral("row %1 (%2) has no seats").arg(r).arg(doc.rows.at(r).label);
            out.add(std::move(p));
        }
    }
    for (int t = 0; t < tableSeats.size(); ++t) {
        if (tableSeats.at(t) == 0) {
            LayoutProblem p{Kind::EmptyTable};
            p.tables = {t};
            p.message = QStringLiteral("table %1 (%2) has no seats").arg(t).arg(doc.tables.at(t).label);
            out.add(std::move(p));
        }
    }
    for (int s = 0; s < sectionUse.size(); ++s) {
        if (sectionUse.at(s) == 0) {
            LayoutProblem p{Kind::EmptySection};
            p.sections = {s};
            p.message = QStringLiteral("section %1 (%2) has no seats or standing places")
                            .arg(s)
                            .arg(doc.sections.at(s).name);
            out.add(std::move(p));
        }
    }
    return out.take();
}

} // namespace BoxOffice::Shared
