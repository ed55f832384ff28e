#include "layout/layoutedits.h"
#include "layout/layoutgenerator.h"
#include "layout/layoutvalidator.h"
#include "layoutsamples.h"

#include <QTest>

#include <cmath>

using namespace BoxOffice::Shared;
using BoxOffice::Tests::sampleLayout;
using Doc = LayoutDocument;

namespace {

bool near(QPointF a, QPointF b, double eps = 1e-9)
{
    return std::hypot(a.x() - b.x(), a.y() - b.y()) < eps;
}

/** Applies an edit and checks that applying its captured undo restores the document exactly. */
void applyAndUndo(Doc &doc, const GeometryEdit &edit)
{
    const Doc before = doc;
    const GeometryEdit undo = geometryOf(doc, edit);
    applyGeometry(doc, edit);
    Doc undone = doc;
    applyGeometry(undone, undo);
    QCOMPARE(undone, before);
}

} // namespace

class tst_LayoutEdits : public QObject
{
    Q_OBJECT

private slots:
    void move_seatsAndWholeRowsAndTables()
    {
        Doc doc = sampleLayout();
        // Row 1 (curved, seats 6..11) whole, the table's seats 12..15 whole, one seat of row 0.
        QList<int> selection = IndexRange{6, 10}.indexes();
        selection.append({0, 0});
        const auto edit = moveSeats(doc, selection, QPointF(2, 3));
        QVERIFY(edit);
        QCOMPARE(edit->seats.size(), 11);
        QCOMPARE(edit->rows, QList<int>{1});
        QCOMPARE(edit->curves.at(0)->centre, QPointF(2, -7));
        QCOMPARE(edit->tables, QList<int>{0});
        QCOMPARE(edit->tableCentres.at(0), QPointF(22, 8));
        applyAndUndo(doc, *edit);
        QCOMPARE(doc.seats.at(0).pos, sampleLayout().seats.at(0).pos + QPointF(2, 3));
        QCOMPARE(doc.seats.at(1).pos, sampleLayout().seats.at(1).pos);
        QVERIFY(doc.rows.at(1).curve);
    }

    void move_partOfCurvedRow_dropsItsArc()
    {
        Doc doc = sampleLayout();
        const auto edit = moveSeats(doc, {6, 7}, QPointF(0, 1));
        QVERIFY(edit);
        QCOMPARE(edit->rows, QList<int>{1});
        QVERIFY(!edit->curves.at(0));
        QVERIFY(edit->tables.isEmpty());
        // Moving part of a table leaves the table where it is.
        const auto table = moveSeats(doc, {12}, QPointF(0, 1));
        QVERIFY(table && table->tables.isEmpty());
    }

    void rotate_aroundPoint_carriesTable()
    {
        Doc doc = sampleLayout();
        const auto edit = rotateSeats(doc, {12, 13, 14, 15}, QPointF(20, 5), 90);
        QVERIFY(edit);
        // Seat 12 at (21, 5) turns clockwise on the plan to (20, 6).
        QVERIFY(near(edit->positions.at(0), QPointF(20, 6)));
        QCOMPARE(edit->tables, QList<int>{0});
        QCOMPARE(edit->tableRotations.at(0), 90.0);
        applyAndUndo(doc, *edit);

        // A curved row turned about its centre stays on its arc.
        const auto row = rotateSeats(doc, IndexRange{6, 6}.indexes(), QPointF(0, -10), 30);
        QVERIFY(row);
        QVERIFY(row->rows.isEmpty());
        // About another point the arc turns with it.
        const auto other = rotateSeats(doc, IndexRange{6, 6}.indexes(), QPointF(5, 5), 180);
        QVERIFY(other);
        QCOMPARE(other->rows, QList<int>{1});
        QVERIFY(near(other->curves.at(0)->centre, QPointF(10, 20)));
    }

    void align_everyEdge()
    {
        const Doc doc = sampleLayout();
        const QList<int> sel{0, 6, 13};
        const QPointF a = doc.seats.at(0).pos, b = doc.seats.at(6).pos, c = doc.seats.at(13).pos;
        const double minX = std::min({a.x(), b.x(), c.x()}), maxX = std::max({a.x(), b.x(), c.x()});
        const double minY = std::min({a.y(), b.y(), c.y()}), maxY = std::max({a.y(), b.y(), c.y()});
        auto xs = [](const GeometryEdit &e) {
            QList<double> out;
            for (QPointF p : e.positions)
                out.append(p.x());
            return out;
        };
        auto ys = [](const GeometryEdit &e) {
            QList<double> out;
            for (QPointF p : e.positions)
                out.append(p.y());
            return out;
        };
        QCOMPARE(xs(*alignSeats(doc, sel, Alignment::Left)), QList<double>(3, minX));
        QCOMPARE(xs(*alignSeats(doc, sel, Alignment::Right)), QList<double>(3, maxX));
        QCOMPARE(ys(*alignSeats(doc, sel, Alignment::Top)), QList<double>(3, minY));
        QCOMPARE(ys(*alignSeats(doc, sel, Alignment::Bottom)), QList<double>(3, maxY));
        QCOMPARE(xs(*alignSeats(doc, sel, Alignment::HorizontalCentre)), QList<double>(3, (minX + maxX) / 2));
        QCOMPARE(ys(*alignSeats(doc, sel, Alignment::VerticalCentre)), QList<double>(3, (minY + maxY) / 2));
        // Aligning changes only the one coordinate.
        QCOMPARE(ys(*alignSeats(doc, sel, Alignment::Left)), (QList<double>{a.y(), b.y(), c.y()}));
    }

    void distribute_evenlyKeepingOrder()
    {
        Doc doc = sampleLayout();
        doc.seats[1].pos.rx() = -2.9; // row 0: x = -3, -2.9, -0.6, 0.6, 1.8, 3
        const auto edit = distributeSeats(doc, IndexRange{0, 6}.indexes(), Qt::Horizontal);
        QVERIFY(edit);
        for (int i = 0; i < 6; ++i) {
            QVERIFY(std::abs(edit->positions.at(i).x() - (-3 + 1.2 * i)) < 1e-12);
            QCOMPARE(edit->positions.at(i).y(), 1.0);
        }
        // Two seats stay where they are.
        const auto two = distributeSeats(doc, {0, 1}, Qt::Vertical);
        QVERIFY(two);
        QCOMPARE(two->positions.at(1), doc.seats.at(1).pos);
    }

    void snap_toGrid()
    {
        const Doc doc = sampleLayout();
        const auto edit = snapSeats(doc, {0, 7}, 0.5, QPointF(0.1, 0));
        QVERIFY(edit);
        QCOMPARE(edit->positions.at(0), QPointF(-2.9, 1)); // -3 → nearest of -2.9 / -3.4
        const QPointF s7 = doc.seats.at(7).pos;
        const QPointF snapped = edit->positions.at(1);
        QVERIFY(std::abs(snapped.x() - s7.x()) <= 0.25 + 1e-12 &&
                std::abs(snapped.y() - s7.y()) <= 0.25 + 1e-12);
        const double k = (snapped.x() - 0.1) / 0.5;
        QVERIFY(std::abs(k - std::round(k)) < 1e-9);
        QString error;
        QVERIFY(!snapSeats(doc, {0}, 0, {}, &error));
        QVERIFY(!snapSeats(doc, {0}, qQNaN(), {}, &error));
    }

    void geometry_badInput_refused()
    {
        const Doc doc = sampleLayout();
        QString error;
        QVERIFY(!moveSeats(doc, {0, 16}, QPointF(1, 1), &error));
        QVERIFY2(error.contains(QLatin1String("seat 16")), qPrintable(error));
        QVERIFY(!moveSeats(doc, {-1}, QPointF(1, 1), &error));
        QVERIFY(!moveSeats(doc, {0}, QPointF(qInf(), 0), &error));
        QVERIFY(!moveSeats(doc, {5}, QPointF(LayoutLimits::MaxCoordinate, 0), &error));
        QVERIFY2(error.contains(QLatin1String("leave the plan")), qPrintable(error));
        QVERIFY(!rotateSeats(doc, {0}, QPointF(), qQNaN(), &error));
        QVERIFY(!alignSeats(doc, {3, 99}, Alignment::Left, &error));
        QVERIFY(!distributeSeats(doc, {99}, Qt::Horizontal, &error));
        QVERIFY(moveSeats(doc, {}, QPointF(1, 1))); // nothing selected: an empty edit
    }

    void copy_newRowsWithNextLabels()
    {
        Doc doc = sampleLayout();
        const auto added = copySeats(doc, {0, 1, 2, 6, 12, 13}, QPointF(0, 30));
        QVERIFY(added);
        QCOMPARE(added->rows, (IndexRange{2, 2}));
        QCOMPARE(added->tables, (IndexRange{1, 1}));
        QCOMPARE(added->seats, (IndexRange{16, 6}));
        // A and B exist in Stalls: the copy of A becomes C, of B (next after B, C now taken) D.
        QCOMPARE(doc.rows.at(2).label, QStringLiteral("C"));
        QCOMPARE(doc.rows.at(3).label, QStringLiteral("D"));
        QCOMPARE(doc.rows.at(3).curve->centre, QPointF(0, 20));
        QCOMPARE(doc.tables.at(1).label, QStringLiteral("T1 (2)"));
        QCOMPARE(doc.tables.at(1).centre, QPointF(20, 35));
        QCOMPARE(doc.seats.at(16).pos, sampleLayout().seats.at(0).pos + QPointF(0, 30));
        QCOMPARE(doc.seats.at(16).flags, quint8(Doc::Wheelchair));
        QCOMPARE(doc.seats.at(16).row, 2);
        QCOMPARE(doc.seats.at(20).table, 1);
        QVERIFY2(validateLayout(doc).ok(), qPrintable(validateLayout(doc).problems.value(0).message));
        QVERIFY(removeAddition(doc, *added));
        QCOMPARE(doc, sampleLayout());
    }

    void copy_labelStyles()
    {
        Doc doc = sampleLayout();
        doc.rows[0].label = QStringLiteral("H");
        doc.rows[1].label = QStringLiteral("12");
        QVERIFY(copySeats(doc, {0, 6}, QPointF(0, 40)));
        QCOMPARE(doc.rows.at(2).label, QStringLiteral("J")); // no I unless the section uses it
        QCOMPARE(doc.rows.at(3).label, QStringLiteral("13"));
        doc = sampleLayout();
        doc.rows[0].label = QStringLiteral("H");
        doc.rows[1].label = QStringLiteral("O");
        QVERIFY(copySeats(doc, {0}, QPointF(0, 40)));
        QCOMPARE(doc.rows.at(2).label, QStringLiteral("I"));
    }

    void copy_badInput_changesNothing()
    {
        Doc doc = sampleLayout();
        QString error;
        QVERIFY(!copySeats(doc, {0, 40}, QPointF(1, 0), &error));
        QVERIFY(!copySeats(doc, {5}, QPointF(LayoutLimits::MaxCoordinate, 0), &error));
        QVERIFY(!copySeats(doc, {0}, QPointF(qQNaN(), 0), &error));
        QCOMPARE(doc, sampleLayout());
    }

    void delete_dropsEmptiedRowsTablesSections_andRestores()
    {
        Doc doc = sampleLayout();
        // Row 0 entirely (section Stalls keeps row 1), the table entirely (section Garden keeps
        // its standing area), and one seat of row 1.
        QList<int> selection = IndexRange{0, 6}.indexes() + IndexRange{12, 4}.indexes();
        selection.append(8);
        const auto deletion = deleteSeats(doc, selection);
        QVERIFY(deletion);
        QCOMPARE(doc.seats.size(), 5);
        QCOMPARE(doc.rows.size(), 1);
        QCOMPARE(doc.rows.at(0).label, QStringLiteral("B"));
        QVERIFY(doc.tables.isEmpty());
        QCOMPARE(doc.sections.size(), 2);
        for (const Doc::Seat &s : doc.seats)
            QCOMPARE(s.row, 0);
        QCOMPARE(doc.seats.at(2).number, 4); // seats 6, 7, 9, 10, 11 remain
        QVERIFY2(validateLayout(doc).ok(), qPrintable(validateLayout(doc).problems.value(0).message));
        restoreDeletion(doc, *deletion);
        QCOMPARE(doc, sampleLayout());
    }

    void delete_lastSeatsOfSection_dropsSection_remapsLaterOnes()
    {
        Doc doc = sampleLayout();
        doc.standingAreas.clear(); // Garden then holds only the table
        const Doc before = doc;
        // Stalls (section 0) loses all its seats: it goes and Garden becomes section 0.
        const auto deletion = deleteSeats(doc, IndexRange{0, 12}.indexes());
        QVERIFY(deletion);
        QCOMPARE(doc.sections.size(), 1);
        QCOMPARE(doc.sections.at(0).name, QStringLiteral("Garden"));
        QCOMPARE(doc.tables.at(0).section, 0);
        QCOMPARE(doc.seats.size(), 4);
        QCOMPARE(doc.seats.at(0).table, 0);
        restoreDeletion(doc, *deletion);
        QCOMPARE(doc, before);
    }

    void delete_keepsRowsAndSectionsItDidNotEmpty()
    {
        Doc doc = sampleLayout();
        doc.sections.append({QStringLiteral("Not drawn yet")});
        doc.rows.append({2, QStringLiteral("Z"), std::nullopt}); // empty before the deletion
        const Doc before = doc;
        const auto deletion = deleteSeats(doc, {0});
        QVERIFY(deletion);
        QCOMPARE(doc.sections.size(), 3);
        QCOMPARE(doc.rows.size(), 3);
        restoreDeletion(doc, *deletion);
        QCOMPARE(doc, before);
        QString error;
        QVERIFY(!deleteSeats(doc, {0, 16}, &error));
        QCOMPARE(doc, before);
    }

    void paint_categoryAndFlags_withUndo()
    {
        Doc doc = sampleLayout();
        const auto paint = paintCategory(doc, {0, 1, 1, 12}, 2);
        QVERIFY(paint);
        QCOMPARE(paint->seats, (QList<int>{0, 1, 12}));
        const SeatPaint undo = paintOf(doc, paint->seats);
        applyPaint(doc, *paint);
        QCOMPARE(doc.seats.at(0).category, 2);
        QCOMPARE(doc.seats.at(0).flags, quint8(Doc::Wheelchair));
        const auto flags = paintFlags(doc, {0, 2}, Doc::Companion | Doc::RestrictedView, true);
        QVERIFY(flags);
        const SeatPaint undoFlags = paintOf(doc, flags->seats);
        applyPaint(doc, *flags);
        QCOMPARE(doc.seats.at(0).flags, quint8(Doc::AllSeatFlags));
        QCOMPARE(doc.seats.at(2).flags, quint8(Doc::Companion | Doc::RestrictedView));
        const auto cleared = paintFlags(doc, {0}, Doc::Wheelchair, false);
        QVERIFY(cleared);
        QCOMPARE(cleared->flags.at(0), quint8(Doc::Companion | Doc::RestrictedView));
        applyPaint(doc, undoFlags);
        applyPaint(doc, undo);
        QCOMPARE(doc, sampleLayout());

        QString error;
        QVERIFY(!paintCategory(doc, {0}, 1, &error)); // not listed
        QVERIFY2(error.contains(QLatin1String("category 1")), qPrintable(error));
        QVERIFY(paintCategory(doc, {0}, -1)); // clearing is allowed
        QVERIFY(!paintCategory(doc, {0}, -2, &error));
        QVERIFY(!paintFlags(doc, {0}, 0x08, true, &error));
        QVERIFY(!paintFlags(doc, {0}, 0, true, &error));
        QVERIFY(!paintFlags(doc, {17}, Doc::Wheelchair, true, &error));
    }

    void categoryCounts_forTheLegend()
    {
        Doc doc = sampleLayout();
        doc.seats[3].category = -1;
        doc.seats[4].category = 9; // not listed
        const QList<CategoryCount> counts = categoryCounts(doc);
        QCOMPARE(counts.size(), 4);
        QCOMPARE(counts.at(0), (CategoryCount{0, 4, 0, 1}));
        QCOMPARE(counts.at(1), (CategoryCount{2, 10, 150, 0}));
        QCOMPARE(counts.at(2), (CategoryCount{-1, 1, 0, 0}));
        QCOMPARE(counts.at(3), (CategoryCount{9, 1, 0, 0}));
        doc.categories.append({5, QStringLiteral("Unused"), QStringLiteral("#000000")});
        QCOMPARE(categoryCounts(doc).at(2), (CategoryCount{5, 0, 0, 0}));
    }
};

QTEST_GUILESS_MAIN(tst_LayoutEdits)
#include "tst_layoutedits.moc"
