#include "layout/layoutgenerator.h"
#include "layout/layoutlabels.h"
#include "layoutsamples.h"

#include <QTest>

#include <cmath>

using namespace BoxOffice::Shared;
using BoxOffice::Tests::sampleLayout;
using Doc = LayoutDocument;

class tst_LayoutLabels : public QObject
{
    Q_OBJECT

private:
    static QList<int> numbersOf(const Doc &doc, const QList<int> &seats)
    {
        QList<int> out;
        for (int s : seats)
            out.append(doc.seats.at(s).number);
        return out;
    }

private slots:
    void rowLabel_letters_bijectiveBase26()
    {
        QCOMPARE(rowLabel(1, RowLabelStyle::Letters), QStringLiteral("A"));
        QCOMPARE(rowLabel(26, RowLabelStyle::Letters), QStringLiteral("Z"));
        QCOMPARE(rowLabel(27, RowLabelStyle::Letters), QStringLiteral("AA"));
        QCOMPARE(rowLabel(28, RowLabelStyle::Letters), QStringLiteral("AB"));
        QCOMPARE(rowLabel(52, RowLabelStyle::Letters), QStringLiteral("AZ"));
        QCOMPARE(rowLabel(53, RowLabelStyle::Letters), QStringLiteral("BA"));
        QCOMPARE(rowLabel(26 + 26 * 26, RowLabelStyle::Letters), QStringLiteral("ZZ"));
        QCOMPARE(rowLabel(27 + 26 * 26, RowLabelStyle::Letters), QStringLiteral("AAA"));
        QCOMPARE(rowLabel(0, RowLabelStyle::Letters), QString());
        QCOMPARE(rowLabel(-3, RowLabelStyle::Numbers), QString());
    }

    void rowLabel_withoutIO_skipsThem()
    {
        QStringList first;
        for (int i = 1; i <= 24; ++i)
            first.append(rowLabel(i, RowLabelStyle::LettersWithoutIO));
        QCOMPARE(first.join(QString()), QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZ"));
        QCOMPARE(rowLabel(25, RowLabelStyle::LettersWithoutIO), QStringLiteral("AA"));
        // No label of the style contains I or O, even past one letter.
        for (int i = 1; i < 2000; ++i) {
            const QString l = rowLabel(i, RowLabelStyle::LettersWithoutIO);
            QVERIFY2(!l.contains(QLatin1Char('I')) && !l.contains(QLatin1Char('O')), qPrintable(l));
        }
    }

    void rowLabel_numbers()
    {
        QCOMPARE(rowLabel(1, RowLabelStyle::Numbers), QStringLiteral("1"));
        QCOMPARE(rowLabel(120, RowLabelStyle::Numbers), QStringLiteral("120"));
    }

    void rowLabelOrdinal_invertsRowLabel()
    {
        for (RowLabelStyle style :
             {RowLabelStyle::Letters, RowLabelStyle::LettersWithoutIO, RowLabelStyle::Numbers}) {
            for (int i = 1; i < 3000; i += 7)
                QCOMPARE(rowLabelOrdinal(rowLabel(i, style), style), std::optional<int>(i));
        }
        QCOMPARE(rowLabelOrdinal(QStringLiteral("c"), RowLabelStyle::Letters), std::optional<int>(3));
        QCOMPARE(rowLabelOrdinal(QStringLiteral("J"), RowLabelStyle::LettersWithoutIO),
                 std::optional<int>(9));
    }

    void rowLabelOrdinal_refusesForeignLabels()
    {
        QCOMPARE(rowLabelOrdinal(QStringLiteral("I"), RowLabelStyle::LettersWithoutIO), std::nullopt);
        QCOMPARE(rowLabelOrdinal(QStringLiteral("AO"), RowLabelStyle::LettersWithoutIO), std::nullopt);
        QCOMPARE(rowLabelOrdinal(QStringLiteral("A1"), RowLabelStyle::Letters), std::nullopt);
        QCOMPARE(rowLabelOrdinal(QStringLiteral(""), RowLabelStyle::Letters), std::nullopt);
        QCOMPARE(rowLabelOrdinal(QStringLiteral("Ä"), RowLabelStyle::Letters), std::nullopt);
        QCOMPARE(rowLabelOrdinal(QStringLiteral("0"), RowLabelStyle::Numbers), std::nullopt);
        QCOMPARE(rowLabelOrdinal(QStringLiteral("07"), RowLabelStyle::Numbers), std::nullopt);
        QCOMPARE(rowLabelOrdinal(QStringLiteral("-2"), RowLabelStyle::Numbers), std::nullopt);
        QCOMPARE(rowLabelOrdinal(QStringLiteral("A"), RowLabelStyle::Numbers), std::nullopt);
        QCOMPARE(rowLabelOrdinal(QStringLiteral("ZZZZZZZZZ"), RowLabelStyle::Letters), std::nullopt); // > int
    }

    void seatNumbers_everyOrder()
    {
        QCOMPARE(seatNumbers(4, SeatOrder::LeftToRight, 1), (QList<int>{1, 2, 3, 4}));
        QCOMPARE(seatNumbers(4, SeatOrder::RightToLeft, 101), (QList<int>{104, 103, 102, 101}));
        // Odd on the right of the centre, even on the left, lowest in the middle.
        QCOMPARE(seatNumbers(5, SeatOrder::OddEvenFromCentre, 1), (QList<int>{4, 2, 1, 3, 5}));
        QCOMPARE(seatNumbers(6, SeatOrder::OddEvenFromCentre, 1), (QList<int>{6, 4, 2, 1, 3, 5}));
        QCOMPARE(seatNumbers(1, SeatOrder::OddEvenFromCentre, 7), (QList<int>{7}));
        QCOMPARE(seatNumbers(0, SeatOrder::LeftToRight, 1), QList<int>());
    }

    void seatNumbers_outOfRange_empty()
    {
        QCOMPARE(seatNumbers(3, SeatOrder::LeftToRight, -1), QList<int>());
        QCOMPARE(seatNumbers(3, SeatOrder::LeftToRight, 65534), QList<int>());
        QCOMPARE(seatNumbers(2, SeatOrder::LeftToRight, 65534), (QList<int>{65534, 65535}));
        QCOMPARE(seatNumbers(-1, SeatOrder::LeftToRight, 1), QList<int>());
        QCOMPARE(seatNumbers(3, SeatOrder::OddEvenFromCentre, 65533), QList<int>());
    }

    void renumber_straightRow_leftToRightFacingStage()
    {
        Doc doc = sampleLayout(); // row 0: seats 0..5 along +x, stage at -y
        const QList<int> selection{5, 2, 0, 3};
        const auto numbering = renumberSeats(doc, selection, SeatOrder::LeftToRight, 10);
        QVERIFY(numbering);
        QCOMPARE(numbering->seats, (QList<int>{0, 2, 3, 5}));
        QCOMPARE(numbering->numbers, (QList<int>{10, 11, 12, 13}));

        // The stage behind the row (at +y): the audience faces +y and its left is +x.
        doc.stage.rect = QRectF(-5, 30, 10, 3);
        const auto turned = renumberSeats(doc, selection, SeatOrder::LeftToRight, 1);
        QVERIFY(turned);
        QCOMPARE(turned->seats, (QList<int>{5, 3, 2, 0}));
    }

    void renumber_curvedRow_byAngle_oddEven()
    {
        const Doc doc = sampleLayout(); // row 1: seats 6..11 on an arc, left to right
        const QList<int> row{11, 10, 9, 8, 7, 6};
        const auto numbering = renumberSeats(doc, row, SeatOrder::OddEvenFromCentre, 1);
        QVERIFY(numbering);
        QCOMPARE(numbering->seats, (QList<int>{6, 7, 8, 9, 10, 11}));
        QCOMPARE(numbering->numbers, (QList<int>{6, 4, 2, 1, 3, 5}));
    }

    void renumber_curvedRowBehindItsCentre_noSeam()
    {
        // A curved block turned 180 degrees lies above its centre, where angles cross ±π.
        Doc doc;
        doc.sections = {{QStringLiteral("S")}};
        BlockSpec spec = BlockSpec::curvedAround(QPointF(0, 0), 10, 180);
        spec.seatsPerRow = 9;
        spec.seatSpacing = 2; // wide: the row spans about 90 degrees
        QVERIFY(addBlock(doc, spec));
        const auto numbering = renumberSeats(doc, IndexRange{0, 9}.indexes(), SeatOrder::LeftToRight, 1);
        QVERIFY(numbering);
        // Facing the centre (down the plan), left is +x: the generator's order is kept.
        QCOMPARE(numbering->seats, (IndexRange{0, 9}.indexes()));
        for (int k = 0; k + 1 < 9; ++k)
            QVERIFY(doc.seats.at(k).pos.x() > doc.seats.at(k + 1).pos.x());
    }

    void renumber_groupsByRow_eachFromStart_andTablesClockwise()
    {
        Doc doc = sampleLayout();
        const QList<int> selection{12, 0, 13, 1, 14, 15};
        const auto numbering = renumberSeats(doc, selection, SeatOrder::LeftToRight, 5);
        QVERIFY(numbering);
        // Table seats (12..15 at angles 0, 90, 180, 270 degrees from +x) first, as selected;
        // clockwise from the seat facing the stage (-y): 15 (up), 12 (right), 13, 14.
        QCOMPARE(numbering->seats, (QList<int>{15, 12, 13, 14, 0, 1}));
        QCOMPARE(numbering->numbers, (QList<int>{5, 6, 7, 8, 5, 6}));

        const SeatNumbering before = seatNumberingOf(doc, numbering->seats);
        applySeatNumbering(doc, *numbering);
        QCOMPARE(numbersOf(doc, {15, 12, 13, 14, 0, 1}), (QList<int>{5, 6, 7, 8, 5, 6}));
        applySeatNumbering(doc, before);
        QCOMPARE(doc, sampleLayout());
    }

    void renumber_badInput_refused()
    {
        Doc doc = sampleLayout();
        QString error;
        QVERIFY(!renumberSeats(doc, {0, 99}, SeatOrder::LeftToRight, 1, &error));
        QVERIFY2(error.contains(QLatin1String("99")), qPrintable(error));
        QVERIFY(!renumberSeats(doc, {0, 1, 2}, SeatOrder::LeftToRight, 65534, &error));
        QVERIFY2(error.contains(QLatin1String("65535")), qPrintable(error));
        doc.seats[3].row = -1; // neither row nor table
        QVERIFY(!renumberSeats(doc, {3}, SeatOrder::LeftToRight, 1, &error));
        QVERIFY2(error.contains(QLatin1String("no row")), qPrintable(error));
    }

    void seatsAlongRow_ordersTheWholeRow()
    {
        Doc doc = sampleLayout();
        std::swap(doc.seats[0].pos, doc.seats[4].pos);
        QCOMPARE(seatsAlongRow(doc, 0), (QList<int>{4, 1, 2, 3, 0, 5}));
        QCOMPARE(seatsAlongRow(doc, 1), (QList<int>{6, 7, 8, 9, 10, 11}));
    }

    void relabelRows_inOrder_andUndo()
    {
        Doc doc = sampleLayout();
        QString error;
        const auto old = relabelRows(doc, {1, 0}, RowLabelStyle::LettersWithoutIO, 8, &error);
        QVERIFY2(old, qPrintable(error));
        QCOMPARE(*old, (QStringList{QStringLiteral("B"), QStringLiteral("A")}));
        QCOMPARE(doc.rows.at(1).label, QStringLiteral("H"));
        QCOMPARE(doc.rows.at(0).label, QStringLiteral("J"));
        QVERIFY(setRowLabels(doc, {1, 0}, *old));
        QCOMPARE(doc, sampleLayout());
    }

    void relabelRows_badInput_changesNothing()
    {
        Doc doc = sampleLayout();
        QString error;
        QVERIFY(!relabelRows(doc, {0, 7}, RowLabelStyle::Numbers, 1, &error));
        QVERIFY2(error.contains(QLatin1String("row 7")), qPrintable(error));
        QVERIFY(!relabelRows(doc, {0}, RowLabelStyle::Numbers, 0, &error));
        QVERIFY(!setRowLabels(doc, {0, 1}, {QStringLiteral("Z"), QStringLiteral("  ")}, &error));
        QVERIFY(!setRowLabels(doc, {0}, {QString(LayoutLimits::MaxText + 1, QLatin1Char('x'))}, &error));
        QVERIFY(!setRowLabels(doc, {0}, {}, &error));
        QCOMPARE(doc, sampleLayout());
    }

    void renameSection_uniqueAndChecked()
    {
        Doc doc = sampleLayout();
        QString error;
        QVERIFY2(renameSection(doc, 1, QStringLiteral("Terrace"), &error), qPrintable(error));
        QCOMPARE(sectionByName(doc, QStringLiteral("Terrace")), 1);
        QVERIFY(renameSection(doc, 1, QStringLiteral("Terrace"))); // its own name again
        QVERIFY(!renameSection(doc, 1, QStringLiteral("Stalls"), &error));
        QVERIFY2(error.contains(QLatin1String("already")), qPrintable(error));
        QVERIFY(!renameSection(doc, 0, QStringLiteral(" "), &error));
        QVERIFY(!renameSection(doc, 2, QStringLiteral("X"), &error));
        QVERIFY(!renameSection(doc, 0, QString(LayoutLimits::MaxText + 1, QLatin1Char('x')), &error));
        QCOMPARE(doc.sections.at(0).name, QStringLiteral("Stalls"));
        QCOMPARE(sectionByName(doc, QStringLiteral("Nowhere")), -1);
    }
};

QTEST_GUILESS_MAIN(tst_LayoutLabels)
#include "tst_layoutlabels.moc"
