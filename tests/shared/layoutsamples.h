#pragma once

#include "layout/layoutdocument.h"

#include <cmath>

namespace BoxOffice::Tests {

/**
 * A small valid document: two sections, a straight and a curved row, a round table, a
 * standing area, a stage, a label and a shape; every kind of object once.
 */
inline Shared::LayoutDocument sampleLayout()
{
    using Doc = Shared::LayoutDocument;
    Doc doc;
    doc.seatWidth = 0.5;
    doc.stage = {QRectF(-5, -4, 10, 3), QStringLiteral("Stage")};
    doc.categories = {{0, QStringLiteral("Front"), QStringLiteral("#7c3aed")},
                      {2, QStringLiteral("Back"), QStringLiteral("#0d9488")}};
    doc.sections = {{QStringLiteral("Stalls")}, {QStringLiteral("Garden")}};
    doc.rows.append({0, QStringLiteral("A"), std::nullopt});
    doc.rows.append({0, QStringLiteral("B"), Doc::Arc{QPointF(0, -10), 12.0}});
    doc.tables.append({1, QStringLiteral("T1"), Doc::TableShape::Round, QPointF(20, 5), QSizeF(1.5, 1.5), 0});
    for (int i = 0; i < 6; ++i) {
        Doc::Seat s;
        s.pos = QPointF(-3 + i * 1.2, 1);
        s.row = 0;
        s.number = i + 1;
        s.category = 0;
        if (i == 0)
            s.flags = Doc::Wheelchair;
        if (i == 1)
            s.flags = Doc::Companion;
        doc.seats.append(s);
    }
    for (int i = 0; i < 6; ++i) {
        const double a = (-25 + i * 10) * M_PI / 180;
        Doc::Seat s;
        s.pos = QPointF(12 * std::sin(a), -10 + 12 * std::cos(a));
        s.row = 1;
        s.number = i + 1;
        s.category = 2;
        if (i == 5) {
            s.flags = Doc::RestrictedView;
            s.note = QStringLiteral("pillar");
        }
        doc.seats.append(s);
    }
    for (int i = 0; i < 4; ++i) {
        Doc::Seat s;
        s.pos = QPointF(20 + std::cos(i * M_PI / 2), 5 + std::sin(i * M_PI / 2));
        s.table = 0;
        s.number = i + 1;
        s.category = 2;
        doc.seats.append(s);
    }
    doc.standingAreas.append(
        {1, QStringLiteral("Lawn"), {QPointF(30, 0), QPointF(40, 0), QPointF(40, 10), QPointF(30, 10)}, 150, 2});
    doc.labels.append({QPointF(0, 20), QStringLiteral("Exit"), 1.5, 0});
    doc.shapes.append({Doc::ShapeKind::Aisle, {QPointF(-4, 0), QPointF(-4, 15)}, false});
    doc.shapes.append({Doc::ShapeKind::Wall, {QPointF(-20, -20), QPointF(50, -20), QPointF(50, 30)}, true});
    return doc;
}

/** rows × perRow seats of one category in one section, 1.0 apart (a stadium block). */
inline Shared::LayoutDocument gridLayout(int rows, int perRow)
{
    using Doc = Shared::LayoutDocument;
    Doc doc;
    doc.categories = {{1, QStringLiteral("All"), QStringLiteral("#2563eb")}};
    doc.sections = {{QStringLiteral("Block")}};
    doc.seats.reserve(rows * perRow);
    for (int r = 0; r < rows; ++r) {
        doc.rows.append({0, QString::number(r + 1), std::nullopt});
        for (int k = 0; k < perRow; ++k) {
            Doc::Seat s;
            s.pos = QPointF(k * 1.0, r * 1.0);
            s.row = r;
            s.number = k + 1;
            s.category = 1;
            doc.seats.append(s);
        }
    }
    return doc;
}

} // namespace BoxOffice::Tests
