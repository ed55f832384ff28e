#include "layout/layoutvalidator.h"
#include "layoutsamples.h"

#include <QElapsedTimer>
#include <QTest>

using namespace BoxOffice::Shared;
using BoxOffice::Tests::gridLayout;
using BoxOffice::Tests::sampleLayout;
using Kind = LayoutProblem::Kind;

class tst_LayoutValidator : public QObject
{
    Q_OBJECT

private:
    static QList<LayoutProblem> of(const LayoutValidation &v, Kind kind)
    {
        QList<LayoutProblem> out;
        for (const LayoutProblem &p : v.problems) {
            if (p.kind == kind)
                out.append(p);
        }
        return out;
    }

    static QString dump(const LayoutValidation &v)
    {
        QStringList lines;
        for (const LayoutProblem &p : v.problems)
            lines.append(p.message);
        return lines.join(QLatin1Char('\n'));
    }

private slots:
    void sample_isValid()
    {
        const LayoutValidation v = validateLayout(sampleLayout());
        QVERIFY2(v.ok(), qPrintable(dump(v)));
        QCOMPARE(v.omitted, 0);
    }

    void duplicateNumber_namesAllSeatsConcerned()
    {
        LayoutDocument doc = sampleLayout();
        doc.seats[4].number = 2; // row A has 1..6: now two seats 2
        const LayoutValidation v = validateLayout(doc);
        const auto dups = of(v, Kind::DuplicateSeat);
        QCOMPARE(dups.size(), 1);
        QCOMPARE(dups.first().seats, (QList<int>{1, 4}));
        QVERIFY2(dups.first().message.contains(QLatin1String("Stalls, row A, number 2")), qPrintable(dump(v)));
        QCOMPARE(v.problems.size(), 1);
    }

    void sameNumberInAnotherRowOrSection_isNoDuplicate()
    {
        // Row B (curved) also has 1..6 and the table 1..4: different rows, no problem.
        LayoutDocument doc = sampleLayout();
        QVERIFY(validateLayout(doc).ok());
        // Two row objects with one label in one section (a row split by an aisle) share numbers.
        doc.rows[1].label = QStringLiteral("A");
        const LayoutValidation v = validateLayout(doc);
        QCOMPARE(of(v, Kind::DuplicateSeat).size(), 6);
    }

    void seatsTooClose_reportedAsPairs()
    {
        LayoutDocument doc = sampleLayout();
        doc.seats[3].pos = doc.seats[2].pos + QPointF(0.3, 0.2); // 0.36 apart, seat width 0.5
        const LayoutValidation v = validateLayout(doc);
        const auto close = of(v, Kind::SeatsTooClose);
        QCOMPARE(close.size(), 1);
        QCOMPARE(close.first().seats, (QList<int>{2, 3}));
        QCOMPARE(v.problems.size(), 1);
    }

    void seatsExactlyOneWidthApart_areFine()
    {
        LayoutDocument doc = gridLayout(3, 4);
        doc.seatWidth = 1.0; // the grid is 1.0 apart, also across cell borders
        QVERIFY2(validateLayout(doc).ok(), qPrintable(dump(validateLayout(doc))));
        doc.seatWidth = 1.01;
        // Every horizontally or vertically adjacent pair: 3×3 + 2×4.
        QCOMPARE(of(validateLayout(doc), Kind::SeatsTooClose).size(), 17);
    }

    void seatsTooClose_acrossNegativeCoordinates()
    {
        LayoutDocument doc = gridLayout(1, 2);
        doc.seats[0].pos = QPointF(-0.1, -0.1);
        doc.seats[1].pos = QPointF(0.1, 0.1);
        QCOMPARE(of(validateLayout(doc), Kind::SeatsTooClose).size(), 1);
    }

    void seatWithoutCategory_andUnknownCategory()
    {
        LayoutDocument doc = sampleLayout();
        doc.seats[5].category = -1;
        doc.seats[6].category = 7;
        doc.standingAreas[0].category = -1;
        const LayoutValidation v = validateLayout(doc);
        const auto missing = of(v, Kind::SeatWithoutCategory);
        QCOMPARE(missing.size(), 2);
        QCOMPARE(missing.at(0).seats, QList<int>{5});
        QCOMPARE(missing.at(1).standingAreas, QList<int>{0});
        const auto unknown = of(v, Kind::UnknownCategory);
        QCOMPARE(unknown.size(), 1);
        QCOMPARE(unknown.first().seats, QList<int>{6});
        QCOMPARE(v.problems.size(), 3);
    }

    void emptyRowTableAndSection()
    {
        LayoutDocument doc = sampleLayout();
        doc.rows.append({0, QStringLiteral("C"), std::nullopt});
        doc.tables.append({1, QStringLiteral("T2"), LayoutDocument::TableShape::Rectangle, QPointF(0, 40),
                           QSizeF(2, 1), 0});
        doc.sections.append({QStringLiteral("Balcony")});
        const LayoutValidation v = validateLayout(doc);
        QCOMPARE(of(v, Kind::EmptyRow).size(), 1);
        QCOMPARE(of(v, Kind::EmptyRow).first().rows, QList<int>{2});
        QCOMPARE(of(v, Kind::EmptyTable).first().tables, QList<int>{1});
        QCOMPARE(of(v, Kind::EmptySection).first().sections, QList<int>{2});
        QCOMPARE(v.problems.size(), 3);
    }

    void sectionWithOnlyStanding_isNotEmpty()
    {
        LayoutDocument doc = sampleLayout();
        doc.seats.erase(doc.seats.begin() + 12, doc.seats.end()); // the table's seats
        doc.tables.clear();
        QVERIFY2(validateLayout(doc).ok(), qPrintable(dump(validateLayout(doc))));
    }

    void standingWithoutCapacity()
    {
        LayoutDocument doc = sampleLayout();
        doc.standingAreas[0].capacity = 0;
        const LayoutValidation v = validateLayout(doc);
        QCOMPARE(of(v, Kind::StandingWithoutCapacity).size(), 1);
        QCOMPARE(of(v, Kind::StandingWithoutCapacity).first().standingAreas, QList<int>{0});
        QCOMPARE(v.problems.size(), 1);
    }

    void nothingToSell()
    {
        const LayoutValidation v = validateLayout(LayoutDocument());
        QCOMPARE(v.problems.size(), 1);
        QCOMPARE(v.problems.first().kind, Kind::NoPlaces);
    }

    void manyProblems_listedUpToTheLimitAndCounted()
    {
        LayoutDocument doc = gridLayout(10, 100);
        for (LayoutDocument::Seat &s : doc.seats)
            s.category = -1;
        const LayoutValidation v = validateLayout(doc);
        QCOMPARE(v.problems.size(), MaxLayoutProblems);
        QCOMPARE(v.omitted, 1000 - MaxLayoutProblems);
    }

    void stadium_validatesFastEnough()
    {
        // 50,000 seats (not a benchmark: a guard against a quadratic rule creeping in, with a
        // bound two orders of magnitude above what it takes).
        const LayoutDocument doc = gridLayout(100, 500);
        QElapsedTimer t;
        t.start();
        const LayoutValidation v = validateLayout(doc);
        QVERIFY(v.ok());
        QVERIFY2(t.elapsed() < 5000, qPrintable(QString::number(t.elapsed())));
    }

    void everySeatOnOneSpot_staysBounded()
    {
        LayoutDocument doc = gridLayout(20, 1000);
        for (LayoutDocument::Seat &s : doc.seats)
            s.pos = QPointF(3, 3);
        QElapsedTimer t;
        t.start();
        const LayoutValidation v = validateLayout(doc);
        QVERIFY(!v.ok());
        QCOMPARE(v.problems.size(), MaxLayoutProblems);
        QVERIFY(v.omitted > 0);
        QVERIFY2(t.elapsed() < 20000, qPrintable(QString::number(t.elapsed())));
    }
};

QTEST_GUILESS_MAIN(tst_LayoutValidator)
#include "tst_layoutvalidator.moc"
