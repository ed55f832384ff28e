#include "layout/layoutcodec.h"
#include "layoutsamples.h"

#include <QCborArray>
#include <QCborValue>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>
#include <QTest>

using namespace BoxOffice::Shared;
using BoxOffice::Tests::gridLayout;
using BoxOffice::Tests::sampleLayout;

class tst_LayoutCodec : public QObject
{
    Q_OBJECT

private:
    // The sample as a CBOR tree with one change made by `edit`, decoded: the error or "".
    template<typename Edit>
    QString decodeEdited(Edit edit)
    {
        QCborMap root = layoutToCbor(sampleLayout());
        edit(root);
        QString error;
        const auto doc = layoutFromCbor(root, &error);
        if (doc)
            return QString();
        if (error.isEmpty())
            return QStringLiteral("(refused without an error)");
        return error;
    }

    static void setIn(QCborMap &root, const char *list, int index, const char *key, const QCborValue &v)
    {
        QCborArray a = root.value(QLatin1String(list)).toArray();
        QCborMap m = a.at(index).toMap();
        if (v.isUndefined())
            m.remove(QLatin1String(key));
        else
            m.insert(QLatin1String(key), v);
        a[index] = m;
        root.insert(QLatin1String(list), a);
    }

private slots:
    void json_roundTripsEveryObject()
    {
        const LayoutDocument doc = sampleLayout();
        QString error;
        const auto back = decodeLayoutJson(encodeLayoutJson(doc), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(*back, doc);
        QCOMPARE(back->seats.at(0).flags, quint8(LayoutDocument::Wheelchair));
        QCOMPARE(back->seats.at(11).note, QStringLiteral("pillar"));
        QVERIFY(back->rows.at(1).curve);
        QCOMPARE(back->rows.at(1).curve->radius, 12.0);
        QCOMPARE(back->tables.at(0).shape, LayoutDocument::TableShape::Round);
        QCOMPARE(back->standingAreas.at(0).capacity, 150);
        QCOMPARE(back->placeCount(), qint64(16 + 150));
    }

    void json_isReadableText()
    {
        const QJsonObject o = QJsonDocument::fromJson(encodeLayoutJson(sampleLayout())).object();
        QCOMPARE(o.value(QLatin1String("format")).toString(), QStringLiteral("boxoffice.layout"));
        QCOMPARE(o.value(QLatin1String("version")).toInt(), 1);
        QCOMPARE(o.value(QLatin1String("seats")).toArray().size(), 16);
        QCOMPARE(o.value(QLatin1String("seats")).toArray().at(0).toObject().value(QLatin1String("flags")).toArray(),
                 QJsonArray{QStringLiteral("wheelchair")});
    }

    void wire_roundTripsAndIsCompact()
    {
        const LayoutDocument doc = gridLayout(100, 500); // 50,000 seats
        const QByteArray wire = encodeLayoutWire(doc);
        QString error;
        const auto back = decodeLayoutWire(wire, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(*back, doc);
        // Far below the JSON text of the same document (about 70 bytes a seat).
        QVERIFY2(wire.size() < 50000 * 12, qPrintable(QString::number(wire.size())));
        QVERIFY(wire.size() < encodeLayoutJson(doc).size() / 5);
    }

    void json_integralNumbersWrittenAsDoubles_areRead()
    {
        QByteArray json = encodeLayoutJson(sampleLayout());
        json.replace("\"number\": 1,", "\"number\": 1.0,");
        QVERIFY(json.contains("1.0"));
        QVERIFY(decodeLayoutJson(json));
        json.replace("\"number\": 1.0,", "\"number\": 1.5,");
        QString error;
        QVERIFY(!decodeLayoutJson(json, &error));
        QVERIFY2(error.contains(QLatin1String(".number")), qPrintable(error));
    }

    void corrupt_refusedWithThePath_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("expected");
        QTest::newRow("format") << 0 << QStringLiteral("format");
        QTest::newRow("newer version") << 1 << QStringLiteral("newer than this program");
        QTest::newRow("row out of range") << 2 << QStringLiteral("seats[3].row");
        QTest::newRow("row and table") << 3 << QStringLiteral("seats[0]: a seat names either");
        QTest::newRow("neither row nor table") << 4 << QStringLiteral("seats[0]: a seat names either");
        QTest::newRow("number too big") << 5 << QStringLiteral("seats[1].number");
        QTest::newRow("x not a number") << 6 << QStringLiteral("seats[2].x");
        QTest::newRow("x infinite") << 7 << QStringLiteral("seats[2].x");
        QTest::newRow("unknown flag") << 8 << QStringLiteral("seats[0].flags[0]");
        QTest::newRow("row section") << 9 << QStringLiteral("rows[0].section");
        QTest::newRow("duplicate category id") << 10 << QStringLiteral("categories[1].id");
        QTest::newRow("standing too few points") << 11 << QStringLiteral("standing[0].points");
        QTest::newRow("long name") << 12 << QStringLiteral("sections[0].name");
        QTest::newRow("table shape") << 13 << QStringLiteral("tables[0].shape");
        QTest::newRow("seats not a list") << 14 << QStringLiteral("seats: not a list");
        QTest::newRow("too many places") << 15 << QStringLiteral("standing");
        QTest::newRow("negative radius") << 16 << QStringLiteral("rows[1].arc.radius");
        QTest::newRow("seat not a map") << 17 << QStringLiteral("seats[4]: not an object");
        QTest::newRow("shape kind") << 18 << QStringLiteral("shapes[0].kind");
    }

    void corrupt_refusedWithThePath()
    {
        QFETCH(int, which);
        QFETCH(QString, expected);
        const QString error = decodeEdited([&](QCborMap &root) {
            switch (which) {
            case 0: root.insert(QLatin1String("format"), QStringLiteral("other")); break;
            case 1: root.insert(QLatin1String("version"), 2); break;
            case 2: setIn(root, "seats", 3, "row", 2); break;
            case 3: setIn(root, "seats", 0, "table", 0); break;
            case 4: setIn(root, "seats", 0, "row", QCborValue()); break;
            case 5: setIn(root, "seats", 1, "number", 65536); break;
            case 6: setIn(root, "seats", 2, "x", QStringLiteral("1")); break;
            case 7: setIn(root, "seats", 2, "x", qInf()); break;
            case 8: setIn(root, "seats", 0, "flags", QCborArray{QStringLiteral("vip")}); break;
            case 9: setIn(root, "rows", 0, "section", 2); break;
            case 10: setIn(root, "categories", 1, "id", 0); break;
            case 11: setIn(root, "standing", 0, "points", QCborArray{QCborArray{0, 0}, QCborArray{1, 1}}); break;
            case 12: setIn(root, "sections", 0, "name", QString(201, QLatin1Char('x'))); break;
            case 13: setIn(root, "tables", 0, "shape", QStringLiteral("oval")); break;
            case 14: root.insert(QLatin1String("seats"), 3); break;
            case 15: setIn(root, "standing", 0, "capacity", LayoutLimits::MaxPlaces); break;
            case 16: {
                QCborArray rows = root.value(QLatin1String("rows")).toArray();
                QCborMap row = rows.at(1).toMap();
                QCborMap arc = row.value(QLatin1String("arc")).toMap();
                arc.insert(QLatin1String("radius"), -1);
                row.insert(QLatin1String("arc"), arc);
                rows[1] = row;
                root.insert(QLatin1String("rows"), rows);
                break;
            }
            case 17: {
                QCborArray seats = root.value(QLatin1String("seats")).toArray();
                seats[4] = QStringLiteral("seat");
                root.insert(QLatin1String("seats"), seats);
                break;
            }
            case 18: setIn(root, "shapes", 0, "kind", QStringLiteral("moat")); break;
            }
        });
        QVERIFY2(error.startsWith(expected) || error.contains(expected), qPrintable(error));
    }

    void wellFormedButUnpublishable_decodes()
    {
        // No category and no capacity are the validator's business: the designer opens them.
        LayoutDocument doc = sampleLayout();
        doc.seats[0].category = -1;
        doc.standingAreas[0].capacity = 0;
        doc.seats[1].number = doc.seats[0].number;
        const auto back = decodeLayoutWire(encodeLayoutWire(doc));
        QVERIFY(back);
        QCOMPARE(*back, doc);
    }

    void wire_corruptInput_refused()
    {
        const QByteArray good = encodeLayoutWire(sampleLayout());
        QString error;
        QVERIFY(!decodeLayoutWire(QByteArray(), &error));
        QVERIFY(!decodeLayoutWire(good.left(good.size() / 2), &error));
        QByteArray flipped = good;
        flipped[flipped.size() / 2] = char(flipped.at(flipped.size() / 2) ^ 0x5a);
        QVERIFY(!decodeLayoutWire(flipped, &error));
        // A header claiming 2 GB is refused before anything is inflated.
        QByteArray huge = good;
        qToBigEndian<quint32>(0x7fffffff, huge.data());
        QVERIFY(!decodeLayoutWire(huge, &error));
        QVERIFY2(error.contains(QLatin1String("claims")), qPrintable(error));
        // Valid compression of something that is not a document.
        QVERIFY(!decodeLayoutWire(qCompress(QByteArray("hello, world")), &error));
        QVERIFY(!decodeLayoutWire(qCompress(QCborValue(QCborArray{1, 2}).toCbor()), &error));
        QVERIFY2(error.contains(QLatin1String("not a map")), qPrintable(error));
    }

    void json_corruptInput_refused()
    {
        QString error;
        QVERIFY(!decodeLayoutJson("{", &error));
        QVERIFY(error.contains(QLatin1String("not JSON")));
        QVERIFY(!decodeLayoutJson("[1,2]", &error));
        QVERIFY(!decodeLayoutJson("{}", &error));
        QVERIFY(error.startsWith(QLatin1String("format")));
    }

    void minimalDocument_defaults()
    {
        const auto doc = decodeLayoutJson(R"({"format": "boxoffice.layout", "version": 1})");
        QVERIFY(doc);
        QCOMPARE(doc->seatWidth, 0.5);
        QVERIFY(doc->seats.isEmpty());
        QCOMPARE(*doc, LayoutDocument());
    }
};

QTEST_GUILESS_MAIN(tst_LayoutCodec)
#include "tst_layoutcodec.moc"
