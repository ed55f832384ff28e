#include "layout/layoutcodec.h"
#include "layout/layoutgenerator.h"
#include "layout/layoutvalidator.h"
#include "layoutsamples.h"

#include <QTest>

#include <cmath>

using namespace BoxOffice::Shared;
using BoxOffice::Tests::sampleLayout;
using Doc = LayoutDocument;

namespace {

double distance(QPointF a, QPointF b)
{
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}

Doc withCategories()
{
    Doc doc;
    doc.categories = {{1, QStringLiteral("Stalls"), QStringLiteral("#2563eb")},
                      {2, QStringLiteral("Balcony"), QStringLiteral("#dc2626")}};
    return doc;
}

} // namespace

class tst_LayoutGenerator : public QObject
{
    Q_OBJECT

private slots:
    void straightBlock_gridLabelsNumbers()
    {
        Doc doc = withCategories();
        BlockSpec spec;
        spec.where.sectionName = QStringLiteral("Stalls");
        spec.rows = 3;
        spec.seatsPerRow = 4;
        spec.seatSpacing = 0.6;
        spec.rowSpacing = 1.0;
        spec.origin = QPointF(10, 20);
        spec.category = 1;
        spec.seatOrder = SeatOrder::RightToLeft;
        spec.firstNumber = 11;
        spec.firstRow = 3;
        QString error;
        const auto added = addBlock(doc, spec, &error);
        QVERIFY2(added, qPrintable(error));
        QCOMPARE(added->sections, (IndexRange{0, 1}));
        QCOMPARE(added->rows, (IndexRange{0, 3}));
        QCOMPARE(added->seats, (IndexRange{0, 12}));
        QCOMPARE(added->tables.count, 0);
        QCOMPARE(doc.sections.at(0).name, QStringLiteral("Stalls"));
        QCOMPARE(doc.rows.at(0).label, QStringLiteral("C"));
        QCOMPARE(doc.rows.at(2).label, QStringLiteral("E"));
        QVERIFY(!doc.rows.at(0).curve);
        // Front row centred on the origin, seats left to right, later rows further back.
        QCOMPARE(doc.seats.at(0).pos, QPointF(10 - 0.9, 20));
        QCOMPARE(doc.seats.at(3).pos, QPointF(10 + 0.9, 20));
        QCOMPARE(doc.seats.at(11).pos, QPointF(10 + 0.9, 22));
        QCOMPARE(doc.seats.at(0).number, 14);
        QCOMPARE(doc.seats.at(3).number, 11);
        QCOMPARE(doc.seats.at(5).row, 1);
        QCOMPARE(doc.seats.at(5).category, 1);
        QVERIFY2(validateLayout(doc).ok(), qPrintable(validateLayout(doc).problems.value(0).message));

        // A second block into the same section by name: no new section.
        spec.origin = QPointF(30, 20);
        spec.firstRow = 1;
        const auto second = addBlock(doc, spec, &error);
        QVERIFY2(second, qPrintable(error));
        QCOMPARE(second->sections, (IndexRange{1, 0}));
        QCOMPARE(second->rows, (IndexRange{3, 3}));
        QCOMPARE(doc.rows.at(3).section, 0);
    }

    void rotatedBlock_rigid()
    {
        Doc doc = withCategories();
        BlockSpec spec;
        spec.where.sectionName = QStringLiteral("S");
        spec.rows = 2;
        spec.seatsPerRow = 3;
        spec.seatSpacing = 1;
        spec.rowSpacing = 2;
        spec.rotation = 90; // clockwise: +x goes to +y, +y to -x
        QVERIFY(addBlock(doc, spec));
        QVERIFY(std::abs(doc.seats.at(0).pos.x()) < 1e-12);
        QVERIFY(std::abs(doc.seats.at(0).pos.y() - -1) < 1e-12);
        QVERIFY(std::abs(doc.seats.at(3).pos.x() - -2) < 1e-12);
    }

    void skewedBlock_shiftsEachRow()
    {
        Doc doc = withCategories();
        BlockSpec spec;
        spec.where.sectionName = QStringLiteral("S");
        spec.shape = BlockSpec::Shape::Skewed;
        spec.rows = 3;
        spec.seatsPerRow = 2;
        spec.skew = 0.25;
        QVERIFY(addBlock(doc, spec));
        QCOMPARE(doc.seats.at(4).pos.x() - doc.seats.at(0).pos.x(), 0.5);
        QCOMPARE(doc.seats.at(1).pos.x() - doc.seats.at(0).pos.x(), spec.seatSpacing);
    }

    void curvedBlock_concentricArcs_evenSpacing()
    {
        Doc doc = withCategories();
        BlockSpec spec = BlockSpec::curvedAround(QPointF(0, -5), 12, 0);
        spec.where.sectionName = QStringLiteral("Stalls");
        spec.rows = 25;
        spec.seatsPerRow = 100;
        spec.seatsPerRowIncrement = 2;
        spec.category = 1;
        spec.rowLabels = RowLabelStyle::LettersWithoutIO;
        QString error;
        const auto added = addBlock(doc, spec, &error);
        QVERIFY2(added, qPrintable(error));
        QCOMPARE(added->seats.count, 25 * 100 + 2 * (24 * 25 / 2));
        QCOMPARE(doc.rows.at(23).label, QStringLiteral("Z"));
        QCOMPARE(doc.rows.at(24).label, QStringLiteral("AA"));
        for (int r = 0; r < 25; ++r) {
            QVERIFY(doc.rows.at(r).curve);
            QCOMPARE(doc.rows.at(r).curve->centre, QPointF(0, -5));
            QCOMPARE(doc.rows.at(r).curve->radius, 12 + r * spec.rowSpacing);
        }
        double lastAngle = -10;
        for (int i = added->seats.first; i < added->seats.end(); ++i) {
            const Doc::Seat &s = doc.seats.at(i);
            const Doc::Arc &arc = *doc.rows.at(s.row).curve;
            QVERIFY(std::abs(distance(s.pos, arc.centre) - arc.radius) < 1e-9);
            const double angle = std::atan2(s.pos.x() - arc.centre.x(), s.pos.y() - arc.centre.y());
            if (i > 0 && doc.seats.at(i - 1).row == s.row) {
                QVERIFY(angle > lastAngle); // left to right
                // Neighbours are seatSpacing apart along the arc.
                QVERIFY(std::abs((angle - lastAngle) * arc.radius - spec.seatSpacing) < 1e-9);
            }
            lastAngle = angle;
        }
        // The front row is centred on the block's axis.
        QVERIFY(std::abs(doc.seats.at(49).pos.x() + doc.seats.at(50).pos.x()) < 1e-12);
        QVERIFY2(validateLayout(doc).ok(), qPrintable(validateLayout(doc).problems.value(0).message));
    }

    void curvedBlocksAroundOneCentre_leaveAisles()
    {
        Doc doc = withCategories();
        for (double angle : {-40.0, 0.0, 40.0}) {
            BlockSpec spec = BlockSpec::curvedAround(QPointF(0, 0), 10, angle);
            spec.where.sectionName = QStringLiteral("Stalls");
            spec.rows = 5;
            spec.seatsPerRow = 10;
            spec.category = 1;
            QVERIFY(addBlock(doc, spec));
        }
        // Angle +40 turns the block clockwise, to the left of the plan (x < 0).
        QVERIFY(doc.seats.at(100).pos.x() < -3);
        QVERIFY(doc.seats.at(0).pos.x() > 3);
        // Blocks of one section repeat row labels (A..E three times): duplicates in a section.
        QVERIFY(!validateLayout(doc).ok());
    }

    void singleRow_withItsOwnLabel()
    {
        Doc doc = withCategories();
        doc.sections = {{QStringLiteral("Boxes")}};
        BlockSpec spec;
        spec.where.section = 0;
        spec.seatsPerRow = 4;
        spec.rowLabel = QStringLiteral("Box 1");
        spec.category = 2;
        const auto added = addRow(doc, spec);
        QVERIFY(added);
        QCOMPARE(added->sections.count, 0);
        QCOMPARE(doc.rows.at(0).label, QStringLiteral("Box 1"));
        QCOMPARE(doc.rows.at(0).section, 0);
        spec.rows = 2;
        QString error;
        QVERIFY(!addRow(doc, spec, &error));
        spec.rowLabel.clear();
        QVERIFY(!addRow(doc, spec, &error));
        QCOMPARE(doc.rows.size(), 1);
    }

    void block_badInput_changesNothing_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no rows") << 0 << "at least one row";
        QTest::newRow("no seats") << 1 << "at least one row";
        QTest::newRow("zero spacing") << 2 << "positive";
        QTest::newRow("nan spacing") << 3 << "positive";
        QTest::newRow("curved without radius") << 4 << "radius";
        QTest::newRow("unknown category") << 5 << "category 7";
        QTest::newRow("unknown section") << 6 << "section 4";
        QTest::newRow("numbers past 65535") << 7 << "65535";
        QTest::newRow("row ordinal 0") << 8 << "ordinal 0";
        QTest::newRow("off the plan") << 9 << "beyond";
        QTest::newRow("too many places") << 10 << "at most 200000";
        QTest::newRow("label for many rows") << 11 << "one label";
        QTest::newRow("shrinking to nothing") << 12 << "last row";
        QTest::newRow("blank section name") << 13 << "blank";
    }

    void block_badInput_changesNothing()
    {
        QFETCH(int, which);
        QFETCH(QString, expected);
        Doc doc = sampleLayout();
        const Doc before = doc;
        BlockSpec spec;
        spec.where.section = 0;
        spec.rows = 2;
        spec.seatsPerRow = 3;
        switch (which) {
        case 0:
            spec.rows = 0;
            break;
        case 1:
            spec.seatsPerRow = 0;
            break;
        case 2:
            spec.seatSpacing = 0;
            break;
        case 3:
            spec.rowSpacing = qQNaN();
            break;
        case 4:
            spec.shape = BlockSpec::Shape::Curved;
            break;
        case 5:
            spec.category = 7;
            break;
        case 6:
            spec.where.section = 4;
            break;
        case 7:
            spec.firstNumber = 65534;
            break;
        case 8:
            spec.firstRow = 0;
            break;
        case 9:
            spec.origin = QPointF(LayoutLimits::MaxCoordinate, 0);
            break;
        case 10:
            spec.rows = 1000;
            spec.seatsPerRow = 200;
            break;
        case 11:
            spec.rowLabel = QStringLiteral("X");
            break;
        case 12:
            spec.seatsPerRowIncrement = -3;
            break;
        case 13:
            spec.where.sectionName = QStringLiteral("   ");
            break;
        }
        QString error;
        QVERIFY(!addBlock(doc, spec, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QCOMPARE(doc, before);
    }

    void roundTable_seatsAroundClockwise()
    {
        Doc doc = withCategories();
        TableSpec spec;
        spec.where.sectionName = QStringLiteral("Garden");
        spec.label = QStringLiteral("T1");
        spec.centre = QPointF(5, 5);
        spec.size = QSizeF(2, 2);
        spec.seats = 6;
        spec.seatDistance = 0.5;
        spec.category = 2;
        QString error;
        const auto added = addTable(doc, spec, &error);
        QVERIFY2(added, qPrintable(error));
        QCOMPARE(added->tables, (IndexRange{0, 1}));
        QCOMPARE(added->seats, (IndexRange{0, 6}));
        QCOMPARE(doc.tables.at(0).label, QStringLiteral("T1"));
        QCOMPARE(doc.tables.at(0).section, 0);
        for (int i = 0; i < 6; ++i) {
            QCOMPARE(doc.seats.at(i).table, 0);
            QCOMPARE(doc.seats.at(i).row, -1);
            QCOMPARE(doc.seats.at(i).number, i + 1);
            QVERIFY(std::abs(distance(doc.seats.at(i).pos, spec.centre) - 1.5) < 1e-12);
        }
        QVERIFY(std::abs(doc.seats.at(0).pos.y() - 3.5) < 1e-12); // facing -y
        QVERIFY(doc.seats.at(1).pos.x() > 5);                     // then clockwise (right)
        QVERIFY2(validateLayout(doc).ok(), qPrintable(validateLayout(doc).problems.value(0).message));
    }

    void rectangleTable_longSides()
    {
        Doc doc = withCategories();
        TableSpec spec;
        spec.where.sectionName = QStringLiteral("Hall");
        spec.label = QStringLiteral("Long");
        spec.shape = Doc::TableShape::Rectangle;
        spec.size = QSizeF(4, 1);
        spec.seats = 5;
        spec.seatDistance = 0.5;
        QVERIFY(addTable(doc, spec));
        // Three on the -y side left to right, two on the +y side right to left.
        const QList<QPointF> expected{QPointF(-4.0 / 3, -1), QPointF(0, -1), QPointF(4.0 / 3, -1),
                                      QPointF(1, 1), QPointF(-1, 1)};
        for (int i = 0; i < 5; ++i)
            QVERIFY2(distance(doc.seats.at(i).pos, expected.at(i)) < 1e-12, qPrintable(QString::number(i)));
        QCOMPARE(doc.tables.at(0).size, QSizeF(4, 1));
    }

    void table_badInput_changesNothing()
    {
        Doc doc = sampleLayout();
        const Doc before = doc;
        TableSpec spec;
        spec.where.section = 1;
        spec.label = QStringLiteral("T9");
        QString error;
        TableSpec bad = spec;
        bad.seats = 0;
        QVERIFY(!addTable(doc, bad, &error));
        bad = spec;
        bad.size = QSizeF(0, 1);
        QVERIFY(!addTable(doc, bad, &error));
        bad = spec;
        bad.label = QString();
        QVERIFY(!addTable(doc, bad, &error));
        bad = spec;
        bad.category = 5;
        QVERIFY(!addTable(doc, bad, &error));
        bad = spec;
        bad.firstNumber = 65530;
        QVERIFY(!addTable(doc, bad, &error));
        bad = spec;
        bad.rotation = 400;
        QVERIFY(!addTable(doc, bad, &error));
        QCOMPARE(doc, before);
        QVERIFY(addTable(doc, spec, &error));
    }

    void standingArea_addedWithCapacity()
    {
        Doc doc = withCategories();
        StandingSpec spec;
        spec.where.sectionName = QStringLiteral("Floor");
        spec.name = QStringLiteral("Pit");
        spec.outline = {QPointF(0, 0), QPointF(10, 0), QPointF(10, 5), QPointF(0, 5)};
        spec.capacity = 1500;
        spec.category = 1;
        const auto added = addStandingArea(doc, spec);
        QVERIFY(added);
        QCOMPARE(added->standingAreas, (IndexRange{0, 1}));
        QCOMPARE(added->seats.count, 0);
        QCOMPARE(doc.placeCount(), qint64(1500));
        QVERIFY(validateLayout(doc).ok());

        QString error;
        StandingSpec bad = spec;
        bad.capacity = 0;
        QVERIFY(!addStandingArea(doc, bad, &error));
        QVERIFY2(error.contains(QLatin1String("capacity")), qPrintable(error));
        bad = spec;
        bad.outline.resize(2);
        QVERIFY(!addStandingArea(doc, bad, &error));
        bad = spec;
        bad.outline[1] = QPointF(qInf(), 0);
        QVERIFY(!addStandingArea(doc, bad, &error));
        bad = spec;
        bad.capacity = LayoutLimits::MaxPlaces;
        QVERIFY(!addStandingArea(doc, bad, &error));
        bad = spec;
        bad.name = QString();
        QVERIFY(!addStandingArea(doc, bad, &error));
        QCOMPARE(doc.standingAreas.size(), 1);
    }

    void removeAddition_undoesInReverseOrder_only()
    {
        Doc doc = sampleLayout();
        const Doc before = doc;
        BlockSpec block;
        block.where.sectionName = QStringLiteral("New");
        block.seatsPerRow = 5;
        block.origin = QPointF(100, 100);
        const auto first = addBlock(doc, block);
        QVERIFY(first);
        const Doc afterFirst = doc;
        TableSpec table;
        table.where.sectionName = QStringLiteral("New");
        table.label = QStringLiteral("T2");
        table.centre = QPointF(200, 200);
        const auto second = addTable(doc, table);
        QVERIFY(second);
        QCOMPARE(second->sections.count, 0);
        QVERIFY(!removeAddition(doc, *first)); // not the end of the lists any more
        QVERIFY(removeAddition(doc, *second));
        QCOMPARE(doc, afterFirst);
        QVERIFY(removeAddition(doc, *first));
        QCOMPARE(doc, before);
    }

    void generatedDocument_survivesTheCodec()
    {
        Doc doc = withCategories();
        BlockSpec spec = BlockSpec::curvedAround(QPointF(0, 0), 8, 15);
        spec.where.sectionName = QStringLiteral("Stalls");
        spec.rows = 4;
        spec.seatsPerRow = 12;
        spec.category = 1;
        QVERIFY(addBlock(doc, spec));
        QString error;
        const auto back = decodeLayoutJson(encodeLayoutJson(doc), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(*back, doc);
    }
};

QTEST_GUILESS_MAIN(tst_LayoutGenerator)
#include "tst_layoutgenerator.moc"
