// Issue 11, item 5: the demo concert hall made with the designer's generators. The committed
// resources/demo/concert-hall.json must be exactly what concertHall() builds (regenerate it
// with build/bin/make_concerthall resources/demo/concert-hall.json) and must pass validation.
#include "concerthall.h"
#include "layout/layoutcodec.h"
#include "layout/layoutvalidator.h"

#include <QFile>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace BoxOffice::Shared;
using BoxOffice::Tests::concertHall;
using Doc = LayoutDocument;

class tst_ConcertHall : public QObject
{
    Q_OBJECT

private slots:
    void built_isValid_withWhatTheIssueAsks()
    {
        const Doc doc = concertHall();
        const LayoutValidation v = validateLayout(doc);
        QVERIFY2(v.ok(), qPrintable(v.problems.value(0).message));

        QCOMPARE(doc.standingAreas.size(), 1);
        QCOMPARE(doc.standingAreas.at(0).capacity, 1500);
        // In front of the stage: between the stage's front edge and the first seats.
        double top = 1e9, bottom = -1e9, left = 1e9, right = -1e9;
        for (const QPointF &p : doc.standingAreas.at(0).outline) {
            top = std::min(top, p.y());
            bottom = std::max(bottom, p.y());
            left = std::min(left, p.x());
            right = std::max(right, p.x());
        }
        QVERIFY(top >= doc.stage.rect.bottom());
        for (const Doc::Seat &s : doc.seats) {
            const bool onFloor =
                s.pos.x() >= left && s.pos.x() <= right && s.pos.y() >= top && s.pos.y() <= bottom;
            QVERIFY(!onFloor);
        }

        QStringList sections;
        for (const Doc::Section &s : doc.sections)
            sections.append(s.name);
        QCOMPARE(sections, (QStringList{QStringLiteral("Floor"), QStringLiteral("Stalls Left"),
                                        QStringLiteral("Stalls Centre"), QStringLiteral("Stalls Right"),
                                        QStringLiteral("Balcony")}));
        // Curved stalls: every stalls and balcony row except the wheelchair row is an arc.
        int curved = 0;
        for (const Doc::Row &r : doc.rows)
            curved += r.curve ? 1 : 0;
        QCOMPARE(curved, doc.rows.size() - 1);
        QCOMPARE(std::count_if(doc.shapes.begin(), doc.shapes.end(),
                               [](const Doc::Shape &s) { return s.kind == Doc::ShapeKind::Aisle; }),
                 2);

        // Each wheelchair space has a companion seat beside it, in the same row.
        int wheelchair = 0;
        for (int i = 0; i < doc.seats.size(); ++i) {
            const Doc::Seat &s = doc.seats.at(i);
            if (!(s.flags & Doc::Wheelchair))
                continue;
            ++wheelchair;
            bool companion = false;
            for (const Doc::Seat &o : doc.seats) {
                companion |= o.row == s.row && (o.flags & Doc::Companion) &&
                             std::hypot(o.pos.x() - s.pos.x(), o.pos.y() - s.pos.y()) <= 1.0 + 1e-9;
            }
            QVERIFY2(companion,
                     qPrintable(QStringLiteral("wheelchair space %1 has no companion seat").arg(i)));
        }
        QCOMPARE(wheelchair, 4);
        QCOMPARE(doc.placeCount(), qint64(doc.seats.size()) + 1500);
    }

    void committedJson_isTheBuiltDocument()
    {
        QFile file(QStringLiteral(BOXOFFICE_SOURCE_DIR "/resources/demo/concert-hall.json"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QString error;
        const auto doc = decodeLayoutJson(file.readAll(), &error);
        QVERIFY2(doc, qPrintable(error));
        QVERIFY(validateLayout(*doc).ok());
        QVERIFY2(*doc == concertHall(), "resources/demo/concert-hall.json differs from concertHall(): "
                                        "regenerate it with build/bin/make_concerthall");
    }
};

QTEST_GUILESS_MAIN(tst_ConcertHall)
#include "tst_concerthall.moc"
