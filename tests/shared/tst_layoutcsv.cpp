#include "layout/layoutcsv.h"
#include "layout/layoutvalidator.h"
#include "layoutsamples.h"

#include <QTest>

using namespace BoxOffice::Shared;
using BoxOffice::Tests::gridLayout;
using BoxOffice::Tests::sampleLayout;
using Doc = LayoutDocument;

namespace {
const QByteArray Header = "section,row,number,x,y,category,flags\n";
}

class tst_LayoutCsv : public QObject
{
    Q_OBJECT

private slots:
    void export_headerQuotingFlagsCategories()
    {
        Doc doc = sampleLayout();
        doc.sections[0].name = QStringLiteral("Stalls, \"left\"");
        doc.seats[11].note = QStringLiteral("pillar,\nleft");
        const QByteArray csv = exportSeatsCsv(doc);
        const QList<QByteArray> lines = csv.split('\n');
        QCOMPARE(lines.at(0), QByteArray("section,row,number,x,y,category,flags,note\r"));
        QCOMPARE(lines.at(1), QByteArray("\"Stalls, \"\"left\"\"\",A,1,-3,1,Front,wheelchair,\r"));
        QCOMPARE(lines.at(2), QByteArray("\"Stalls, \"\"left\"\"\",A,2,-1.8,1,Front,companion,\r"));
        QVERIFY(csv.contains(",Back,restricted,\"pillar,\nleft\"\r\n"));
        QVERIFY(csv.contains("Garden,T1,1,21,5,Back,,\r\n"));
        QVERIFY(csv.endsWith("\r\n"));
    }

    void roundTrip_intoEmptyDocument()
    {
        const Doc source = gridLayout(3, 4);
        Doc doc;
        QStringList errors;
        const auto added = importSeatsCsv(doc, exportSeatsCsv(source), &errors);
        QVERIFY2(added, qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(added->seats, (IndexRange{0, 12}));
        QCOMPARE(added->rows, (IndexRange{0, 3}));
        QCOMPARE(added->sections, (IndexRange{0, 1}));
        QCOMPARE(added->categories, (IndexRange{0, 1}));
        QCOMPARE(doc.sections, source.sections);
        QCOMPARE(doc.rows, source.rows);
        // The category is made by name, with the first free id.
        QCOMPARE(doc.categories.at(0).name, QStringLiteral("All"));
        QCOMPARE(doc.categories.at(0).id, 0);
        for (int i = 0; i < 12; ++i) {
            QCOMPARE(doc.seats.at(i).pos, source.seats.at(i).pos);
            QCOMPARE(doc.seats.at(i).number, source.seats.at(i).number);
            QCOMPARE(doc.seats.at(i).row, source.seats.at(i).row);
            QCOMPARE(doc.seats.at(i).category, 0);
        }
        QVERIFY(validateLayout(doc).ok());
        QVERIFY(removeAddition(doc, *added));
        QCOMPARE(doc, Doc());
    }

    void roundTrip_sampleIntoItsOwnStructure_exact()
    {
        // Importing the sample's seats into the sample without its seats gives the sample back:
        // sections, rows and the table found by name, categories by name, coordinates exact.
        const Doc source = sampleLayout();
        Doc doc = source;
        doc.seats.clear();
        QStringList errors;
        const auto added = importSeatsCsv(doc, exportSeatsCsv(source), &errors);
        QVERIFY2(added, qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(added->rows.count, 0);
        QCOMPARE(added->sections.count, 0);
        QCOMPARE(added->categories.count, 0);
        QCOMPARE(doc, source);
    }

    void import_anyColumnOrder_quotes_crlf_bom_blankLines()
    {
        Doc doc = sampleLayout();
        const QByteArray csv =
            "\xEF\xBB\xBF"
            "Flags,NOTE,x,y,Number,Row,Section,category\r\n"
            "\"wheelchair|Companion\",\"a \"\"quoted\"\", note\",1e2,-2.5,7,\"A\",Stalls,2\r\n"
            "\r\n"
            ",,101,-2.5,8,A,New section,Premium\n"
            ",,102,-2.5,9,A,New section,Premium";
        QStringList errors;
        const auto added = importSeatsCsv(doc, csv, &errors);
        QVERIFY2(added, qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(added->seats, (IndexRange{16, 3}));
        const Doc::Seat &s = doc.seats.at(16);
        QCOMPARE(s.pos, QPointF(100, -2.5));
        QCOMPARE(s.number, 7);
        QCOMPARE(s.row, 0); // Stalls' row A exists
        QCOMPARE(s.category, 2);
        QCOMPARE(s.flags, quint8(Doc::Wheelchair | Doc::Companion));
        QCOMPARE(s.note, QStringLiteral("a \"quoted\", note"));
        QCOMPARE(doc.sections.at(2).name, QStringLiteral("New section"));
        QCOMPARE(doc.rows.at(2).section, 2);
        QCOMPARE(doc.seats.at(17).row, 2);
        QCOMPARE(doc.seats.at(18).row, 2);
        QCOMPARE(doc.categories.at(2).name, QStringLiteral("Premium"));
        QCOMPARE(doc.categories.at(2).id, 1); // 0 and 2 are taken
        QCOMPARE(doc.seats.at(17).category, 1);
    }

    void import_unlistedNumberCategory_keepsItsId()
    {
        Doc doc;
        const auto added = importSeatsCsv(doc, Header + "S,1,1,0,0,7,\n");
        QVERIFY(added);
        QCOMPARE(doc.categories.at(0).id, 7);
        QCOMPARE(doc.categories.at(0).name, QStringLiteral("Category 7"));
        QCOMPARE(doc.seats.at(0).category, 7);
        QCOMPARE(doc.seats.at(0).row, 0);
        QVERIFY(importSeatsCsv(doc, Header + "S,1,2,1,0,,\n"));
        QCOMPARE(doc.seats.at(1).category, -1);
    }

    void import_badLines_errorNamesLine_changesNothing_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no header") << QByteArray() << "line 1: the header line is missing";
        QTest::newRow("unknown column") << QByteArray("section,row,number,x,y,category,flags,price\n")
                                        << "line 1: unknown column \"price\"";
        QTest::newRow("missing column")
            << QByteArray("section,row,number,x,category,flags\n") << "line 1: column \"y\" is missing";
        QTest::newRow("column twice")
            << QByteArray("section,row,number,x,y,y,category,flags\n") << "line 1: column \"y\" twice";
        QTest::newRow("field count") << Header + "S,A,1,0,0,,\nS,A,2,1,0\n"
                                     << "line 3: 5 fields, the header has 7";
        QTest::newRow("number text") << Header + "S,A,x,0,0,,\n"
                                     << "line 2: number \"x\" is not a whole number";
        QTest::newRow("number range") << Header + "S,A,65536,0,0,,\n"
                                      << "line 2: number \"65536\"";
        QTest::newRow("negative number") << Header + "S,A,-1,0,0,,\n"
                                         << "line 2: number \"-1\"";
        QTest::newRow("decimal comma") << Header + "S,A,1,\"0,5\",0,,\n"
                                       << "line 2: x \"0,5\" is not a number";
        QTest::newRow("nan") << Header + "S,A,1,0,nan,,\n"
                             << "line 2: y \"nan\"";
        QTest::newRow("far away") << Header + "S,A,1,2e6,0,,\n"
                                  << "line 2: x \"2e6\"";
        QTest::newRow("empty section") << Header + "S,A,1,0,0,,\n ,A,2,1,0,,\n"
                                       << "line 3: section is empty";
        QTest::newRow("empty row") << Header + "S,,1,0,0,,\n"
                                   << "line 2: row is empty";
        QTest::newRow("unknown flag") << Header + "S,A,1,0,0,,wheelchair|vip\n"
                                      << "line 2: flag \"vip\"";
        QTest::newRow("unclosed quote") << Header + "S,A,1,0,0,,\n\"S,A,2,1,0,,\n"
                                        << "line 3: a quoted field is not closed";
        QTest::newRow("text after quote") << Header + "\"S\"x,A,1,0,0,,\n"
                                          << "line 2: text after a closing quote";
        QTest::newRow("stray quote") << Header + "S\"x,A,1,0,0,,\n"
                                     << "line 2: a quote inside a field";
        QTest::newRow("line counted in quotes") << Header + "\"S\nT\",A,1,0,0,,\nS,A,x,0,0,,\n"
                                                << "line 4: number";
        QTest::newRow("category id too big") << Header + "S,A,1,0,0,300,\n"
                                             << "";
        QTest::newRow("not utf-8") << Header + "S\xff,A,1,0,0,,\n"
                                   << "the file is not UTF-8 text";
        QTest::newRow("long note") << QByteArray("section,row,number,x,y,category,flags,note\n") +
                                          "S,A,1,0,0,,," + QByteArray(201, 'n') + "\n"
                                   << "line 2: note is longer than 200";
    }

    void import_badLines_errorNamesLine_changesNothing()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, expected);
        Doc doc = sampleLayout();
        QStringList errors;
        const auto added = importSeatsCsv(doc, csv, &errors);
        if (expected.isEmpty()) {
            // "300" is no id: a category named "300" is made.
            QVERIFY(added);
            QCOMPARE(doc.categories.last().name, QStringLiteral("300"));
            return;
        }
        QVERIFY(!added);
        QVERIFY(!errors.isEmpty());
        QVERIFY2(errors.first().startsWith(expected), qPrintable(errors.first()));
        QCOMPARE(doc, sampleLayout());
    }

    void import_listsSeveralErrors_upToLimit()
    {
        QByteArray csv = Header;
        for (int i = 0; i < 50; ++i)
            csv += "S,A,bad,0,0,,\n";
        Doc doc;
        QStringList errors;
        QVERIFY(!importSeatsCsv(doc, csv, &errors));
        QCOMPARE(errors.size(), MaxCsvErrors);
        QVERIFY(errors.at(1).startsWith(QLatin1String("line 3:")));
        QCOMPARE(doc, Doc());
    }

    void import_overPlaceLimit_refused()
    {
        Doc doc = gridLayout(400, 500); // 200,000 seats: full
        const qsizetype before = doc.seats.size();
        QStringList errors;
        QVERIFY(!importSeatsCsv(doc, Header + "S,A,1,0,0,,\n", &errors));
        QVERIFY2(errors.value(0).contains(QLatin1String("more than 200000")), qPrintable(errors.value(0)));
        QCOMPARE(doc.seats.size(), before);
    }
};

QTEST_GUILESS_MAIN(tst_LayoutCsv)
#include "tst_layoutcsv.moc"
