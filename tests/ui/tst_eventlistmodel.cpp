#include "fakeserver.h"

#include "app/money.h"
#include "events/eventfiltermodel.h"
#include "events/eventlistmodel.h"
#include "net/serverconnection.h"

#include <QAbstractItemModelTester>
#include <QCborArray>
#include <QCborMap>
#include <QLocale>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTest>

using namespace BoxOffice;
using BoxOffice::Tests::FakeServer;
using BoxOffice::Ui::EventListModel;
using BoxOffice::Ui::ServerConnection;

class tst_EventListModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void setEvents_fillsColumnsFromListEvents();
    void date_isLocalTimeOfStarts();
    void sortRole_sortsByValueNotText();
    void setEvents_sameEvents_updatesInPlace();
    void setEvents_ignoresGarbage();
    void refresh_loadsFromServer();
    void refresh_withoutConnection_fails();
    void byCategory_showsFreeSeatsPerPriceCategory();
    void filter_matchesNameVenueAndDateWords();
    void filter_dateRange();
    void formatMoney_isExactInTheLocale();
};

void tst_EventListModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_EventListModel::setEvents_fillsColumnsFromListEvents()
{
    EventListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEvents(FakeServer::sampleEvents());

    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), 8);
    QCOMPARE(model.headerData(EventListModel::Name, Qt::Horizontal).toString(), QStringLiteral("Name"));
    QCOMPARE(model.headerData(EventListModel::Sold, Qt::Horizontal).toString(), QStringLiteral("Sold"));

    auto text = [&](int row, int column) { return model.index(row, column).data().toString(); };
    QCOMPARE(text(0, EventListModel::Name), QStringLiteral("The Magic Flute"));
    QCOMPARE(text(0, EventListModel::Venue), QStringLiteral("Grand Hall"));
    QCOMPARE(text(0, EventListModel::Seats), QStringLiteral("1,200"));
    QCOMPARE(text(0, EventListModel::Available), QStringLiteral("1,000"));
    QCOMPARE(text(0, EventListModel::Held), QStringLiteral("50"));
    QCOMPARE(text(0, EventListModel::Sold), QStringLiteral("150"));
    QCOMPARE(model.index(2, 0).data(EventListModel::EventIdRole).toLongLong(), qint64(3));

    const EventListModel::Event *jazz = model.event(3);
    QVERIFY(jazz);
    QCOMPARE(jazz->blocked, 2);
    QCOMPARE(jazz->maxSeats, 10);
    QCOMPARE(jazz->currency, QStringLiteral("EUR"));
    QVERIFY(model.index(2, EventListModel::Available)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("2")));
    QVERIFY(model.index(0, EventListModel::Sold).data(Qt::TextAlignmentRole).value<int>() & Qt::AlignRight);
    QVERIFY(model.isLoaded());
}

void tst_EventListModel::date_isLocalTimeOfStarts()
{
    EventListModel model;
    model.setEvents(FakeServer::sampleEvents());
    const qint64 starts = FakeServer::sampleEvents().at(1).toMap().value(Shared::Key::Starts).toInteger();
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(starts).toLocalTime();
    const QModelIndex date = model.index(1, EventListModel::Date);
    const QString text = date.data().toString();
    QVERIFY2(text.startsWith(QLocale().toString(local.date(), QLocale::ShortFormat)), qPrintable(text));
    // en_US: "3/1/30 7:30 PM" in UTC; never with seconds.
    QVERIFY2(text.endsWith(QLocale().toString(local.time(), QStringLiteral("h:mm AP"))), qPrintable(text));
    QCOMPARE(date.data(EventListModel::SortRole).toDateTime(), local);
    QCOMPARE(model.events().at(1).starts.timeSpec(), Qt::LocalTime);
}

void tst_EventListModel::sortRole_sortsByValueNotText()
{
    EventListModel model;
    model.setEvents(FakeServer::sampleEvents());
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(EventListModel::SortRole);

    // As text "1,200" < "180"; as numbers 180 < 1200.
    proxy.sort(EventListModel::Seats, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, EventListModel::Name).data().toString(), QStringLiteral("Jazz Night"));

    proxy.sort(EventListModel::Date, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, EventListModel::Name).data().toString(), QStringLiteral("Swan Lake"));
    QCOMPARE(proxy.index(1, EventListModel::Name).data().toString(), QStringLiteral("Jazz Night"));
    QCOMPARE(proxy.index(2, EventListModel::Name).data().toString(), QStringLiteral("The Magic Flute"));

    proxy.setFilterKeyColumn(EventListModel::Name);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.setFilterFixedString(QStringLiteral("swan"));
    QCOMPARE(proxy.rowCount(), 1);
}

void tst_EventListModel::setEvents_sameEvents_updatesInPlace()
{
    EventListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEvents(FakeServer::sampleEvents());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);

    QCborArray events = FakeServer::sampleEvents();
    QCborMap first = events.at(0).toMap();
    first.insert(Shared::Key::Sold, 151);
    events[0] = first;
    model.setEvents(events);
    QCOMPARE(resets.size(), 0);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(model.index(0, EventListModel::Sold).data().toString(), QStringLiteral("151"));

    events.removeAt(1);
    model.setEvents(events);
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.rowCount(), 2);
}

void tst_EventListModel::setEvents_ignoresGarbage()
{
    EventListModel model;
    QCborArray events = FakeServer::sampleEvents();
    events.append(QCborValue(42));
    events.append(QStringLiteral("not an event"));
    QCborMap partial;
    partial.insert(Shared::Key::Id, 9);
    partial.insert(Shared::Key::Name, QStringLiteral("No date yet"));
    partial.insert(Shared::Key::Sold, -5);
    events.append(partial);
    model.setEvents(events);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(3, EventListModel::Date).data().toString(), QString());
    QCOMPARE(model.index(3, EventListModel::Sold).data().toString(), QStringLiteral("0"));
}

void tst_EventListModel::refresh_loadsFromServer()
{
    FakeServer server;
    QVERIFY(server.listen());
    ServerConnection connection;
    connection.open(server.url());
    QTRY_COMPARE(connection.state(), ServerConnection::State::Connected);

    EventListModel model;
    model.setConnection(&connection);
    QSignalSpy refreshed(&model, &EventListModel::refreshed);
    QSignalSpy loading(&model, &EventListModel::loadingChanged);
    model.refresh();
    QVERIFY(model.isLoading());
    QTRY_COMPARE(refreshed.size(), 1);
    QVERIFY(!model.isLoading());
    QCOMPARE(loading.size(), 2);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(server.received.last().type, Shared::MessageType::ListEvents);
}

void tst_EventListModel::refresh_withoutConnection_fails()
{
    ServerConnection connection; // never opened
    EventListModel model;
    model.setConnection(&connection);
    QSignalSpy failed(&model, &EventListModel::refreshFailed);
    model.refresh();
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY(!failed.first().at(0).toString().isEmpty());
    QVERIFY(!model.isLoading());
    QVERIFY(!model.isLoaded());
}

namespace {
QCborMap eventAt(qint64 id, const QString &name, const QString &venue, const QDateTime &starts)
{
    QCborMap e;
    e.insert(QStringLiteral("id"), id);
    e.insert(QStringLiteral("name"), name);
    e.insert(QStringLiteral("venue"), venue);
    e.insert(QStringLiteral("starts"), starts.toMSecsSinceEpoch());
    e.insert(QStringLiteral("n"), 100);
    e.insert(QStringLiteral("available"), 100);
    e.insert(QStringLiteral("currency"), QStringLiteral("EUR"));
    return e;
}
} // namespace

void tst_EventListModel::byCategory_showsFreeSeatsPerPriceCategory()
{
    QCborMap e = eventAt(1, QStringLiteral("Hamlet"), QStringLiteral("Grand Theatre"),
                         QDateTime::currentDateTime().addDays(2));
    e.insert(QStringLiteral("categories"),
             QCborArray{QCborMap{{QStringLiteral("id"), 0},
                                 {QStringLiteral("name"), QStringLiteral("Premium")},
                                 {QStringLiteral("price"), 8900},
                                 {QStringLiteral("available"), 198}},
                        QCborMap{{QStringLiteral("id"), 1},
                                 {QStringLiteral("name"), QStringLiteral("Standard")},
                                 {QStringLiteral("price"), 5900},
                                 {QStringLiteral("available"), 1200}}});
    EventListModel model;
    model.setEvents(QCborArray{e});
    const QModelIndex cell = model.index(0, EventListModel::ByCategory);
    QCOMPARE(cell.data().toString(), QStringLiteral("Premium 198 · Standard 1,200"));
    QVERIFY2(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("€89.00")),
             qPrintable(cell.data(Qt::ToolTipRole).toString()));
    QCOMPARE(model.events().first().categories.size(), 2);
    QCOMPARE(model.events().first().categories.at(1).available, 1200);
}

void tst_EventListModel::filter_matchesNameVenueAndDateWords()
{
    EventListModel model;
    const QDateTime day = QDateTime(QDate(2026, 12, 4), QTime(19, 30));
    model.setEvents(QCborArray{
        eventAt(1, QStringLiteral("Hamlet"), QStringLiteral("Grand Theatre"), day),
        eventAt(2, QStringLiteral("Cup Final"), QStringLiteral("City Stadium"), day.addDays(30)),
        eventAt(3, QStringLiteral("The Magic Flute"), QStringLiteral("Grand Theatre"), day.addDays(10))});
    BoxOffice::Ui::EventFilterModel filter;
    filter.setSourceModel(&model);
    QCOMPARE(filter.rowCount(), 3);
    filter.setSearchText(QStringLiteral("grand"));
    QCOMPARE(filter.rowCount(), 2);
    filter.setSearchText(QStringLiteral("grand  FLUTE"));
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, 0).data().toString(), QStringLiteral("The Magic Flute"));
    // A date as the list shows it (en_US: 12/4/26).
    filter.setSearchText(model.index(0, EventListModel::Date).data().toString().section(u' ', 0, 0));
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, 0).data().toString(), QStringLiteral("Hamlet"));
    filter.setSearchText(QString());
    QCOMPARE(filter.rowCount(), 3);
}

void tst_EventListModel::filter_dateRange()
{
    EventListModel model;
    const QDate today(2026, 11, 27);
    model.setEvents(
        QCborArray{eventAt(1, QStringLiteral("Tonight"), QStringLiteral("A"), QDateTime(today, QTime(20, 0))),
                   eventAt(2, QStringLiteral("Next week"), QStringLiteral("A"),
                           QDateTime(today.addDays(5), QTime(20, 0))),
                   eventAt(3, QStringLiteral("Next month"), QStringLiteral("A"),
                           QDateTime(today.addDays(20), QTime(20, 0))),
                   eventAt(4, QStringLiteral("Later"), QStringLiteral("A"),
                           QDateTime(today.addDays(60), QTime(20, 0)))});
    BoxOffice::Ui::EventFilterModel filter;
    filter.setSourceModel(&model);
    filter.setToday(today);
    using Range = BoxOffice::Ui::EventFilterModel::Range;
    filter.setRange(Range::Today);
    QCOMPARE(filter.rowCount(), 1);
    filter.setRange(Range::NextSevenDays);
    QCOMPARE(filter.rowCount(), 2);
    filter.setRange(Range::NextThirtyDays);
    QCOMPARE(filter.rowCount(), 3);
    filter.setRange(Range::AnyDate);
    QCOMPARE(filter.rowCount(), 4);
}

void tst_EventListModel::formatMoney_isExactInTheLocale()
{
    using BoxOffice::Ui::formatMoney;
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    QCOMPARE(formatMoney(8900, QStringLiteral("EUR"), english), QStringLiteral("€89.00"));
    QCOMPARE(formatMoney(123456789, QStringLiteral("EUR"), QLocale(QLocale::German, QLocale::Germany)),
             QStringLiteral("1.234.567,89\u00a0€"));
    QCOMPARE(formatMoney(5, QStringLiteral("USD"), english), QStringLiteral("$0.05"));
    QCOMPARE(formatMoney(1999, QStringLiteral("CHF"), english), QStringLiteral("CHF19.99"));
}

QTEST_GUILESS_MAIN(tst_EventListModel)
#include "tst_eventlistmodel.moc"
