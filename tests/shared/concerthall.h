#pragma once

#include "layout/layoutedits.h"
#include "layout/layoutgenerator.h"
#include "layout/layoutlabels.h"

#include <QtGlobal>

#include <cmath>

namespace BoxOffice::Tests {

/**
 * Issue 11's demo concert hall, made with the designer's generators (shared/layout) as an
 * organizer would draw it: a standing floor of 1,500 in front of the stage; curved stalls
 * around the stage in three blocks with two aisles between them (the front eight rows of the
 * centre block priced higher); behind them a row of wheelchair spaces, each with a companion
 * seat beside it; and a curved balcony behind. resources/demo/concert-hall.json is this
 * document (tst_concerthall checks it; make_concerthall writes it).
 */
inline Shared::LayoutDocument concertHall()
{
    using namespace Shared;
    using Doc = LayoutDocument;
    enum { Premium = 1, Stalls = 2, Balcony = 3, Standing = 4 };
    Doc doc;
    doc.seatWidth = 0.5;
    doc.stage = {QRectF(-12, -10, 24, 8), QStringLiteral("Stage")};
    doc.categories = {{Premium, QStringLiteral("Premium"), QStringLiteral("#7c3aed")},
                      {Stalls, QStringLiteral("Stalls"), QStringLiteral("#2563eb")},
                      {Balcony, QStringLiteral("Balcony"), QStringLiteral("#0d9488")},
                      {Standing, QStringLiteral("Standing"), QStringLiteral("#d97706")}};
    auto must = [](const auto &result) {
        if (!result)
            qFatal("the concert hall's generators refused their input");
        return *result;
    };

    StandingSpec floor;
    floor.where.sectionName = QStringLiteral("Floor");
    floor.name = QStringLiteral("Standing floor");
    floor.outline = {QPointF(-14, 0), QPointF(14, 0), QPointF(14, 15), QPointF(-14, 15)};
    floor.capacity = 1500;
    floor.category = Standing;
    must(addStandingArea(doc, floor));

    // Stalls: 15 rows around the stage's centre, the outer rows two seats longer each.
    const QPointF centre = doc.stage.rect.center();
    const double frontRadius = 26;
    const double sideAngle = 32; // degrees between the centre block's axis and a side block's
    struct Block
    {
        const char *section;
        double angle;
        int seats;
    };
    const Block blocks[] = {
        {"Stalls Left", sideAngle, 14}, {"Stalls Centre", 0, 24}, {"Stalls Right", -sideAngle, 14}};
    LayoutAddition centreBlock;
    for (const Block &b : blocks) {
        BlockSpec spec = BlockSpec::curvedAround(centre, frontRadius, b.angle);
        spec.where.sectionName = QLatin1String(b.section);
        spec.rows = 15;
        spec.seatsPerRow = b.seats;
        spec.seatsPerRowIncrement = 1;
        spec.category = Stalls;
        spec.rowLabels = RowLabelStyle::LettersWithoutIO;
        const LayoutAddition added = must(addBlock(doc, spec));
        if (b.angle == 0)
            centreBlock = added;
    }
    QList<int> front;
    for (int s : centreBlock.seats.indexes()) {
        if (doc.seats.at(s).row < centreBlock.rows.first + 8)
            front.append(s);
    }
    applyPaint(doc, must(paintCategory(doc, front, Premium)));

    // Wheelchair spaces behind the centre block: pairs of a space and a companion seat.
    BlockSpec access;
    access.where.sectionName = QStringLiteral("Stalls Centre");
    access.seatsPerRow = 8;
    access.seatSpacing = 1.0;
    access.origin = centre + QPointF(0, frontRadius + 14 * 0.9 + 2.5);
    access.rowLabel = QStringLiteral("W");
    access.category = Stalls;
    const LayoutAddition wheelchairRow = must(addRow(doc, access));
    QList<int> spaces, companions;
    for (int s : wheelchairRow.seats.indexes())
        (((s - wheelchairRow.seats.first) % 2 == 0) ? spaces : companions).append(s);
    applyPaint(doc, must(paintFlags(doc, spaces, Doc::Wheelchair, true)));
    applyPaint(doc, must(paintFlags(doc, companions, Doc::Companion, true)));

    // The balcony: six curved rows behind the stalls.
    BlockSpec balcony = BlockSpec::curvedAround(centre, frontRadius + 18, 0);
    balcony.where.sectionName = QStringLiteral("Balcony");
    balcony.rows = 6;
    balcony.seatsPerRow = 40;
    balcony.seatsPerRowIncrement = 2;
    balcony.rowSpacing = 1.0;
    balcony.category = Balcony;
    must(addBlock(doc, balcony));

    // Drawn, not sold: the aisles between the blocks, the entrances, names.
    const double spacing = BlockSpec().seatSpacing;
    const double centreEdge = (24 - 1) / 2.0 * spacing / frontRadius * 180 / M_PI;
    const double sideEdge = sideAngle - (14 - 1) / 2.0 * spacing / frontRadius * 180 / M_PI;
    const double aisle = (centreEdge + sideEdge) / 2; // degrees, in the middle of the gap
    for (double a : {aisle, -aisle}) {
        const double rad = a * M_PI / 180;
        const QPointF dir(-std::sin(rad), std::cos(rad));
        doc.shapes.append({Doc::ShapeKind::Aisle,
                           {centre + dir * (frontRadius - 1), centre + dir * (frontRadius + 14 * 0.9 + 1)},
                           false});
    }
    doc.shapes.append({Doc::ShapeKind::Entrance, {QPointF(-30, 42), QPointF(-26, 42)}, false});
    doc.shapes.append({Doc::ShapeKind::Entrance, {QPointF(26, 42), QPointF(30, 42)}, false});
    doc.shapes.append({Doc::ShapeKind::Wall,
                       {QPointF(-40, -12), QPointF(40, -12), QPointF(40, 60), QPointF(-40, 60)},
                       true});
    doc.labels.append({QPointF(0, 8), QStringLiteral("Standing"), 2, 0});
    doc.labels.append({QPointF(0, 52), QStringLiteral("Balcony"), 2, 0});
    return doc;
}

} // namespace BoxOffice::Tests
