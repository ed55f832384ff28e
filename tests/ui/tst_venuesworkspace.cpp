// The Venues workspace (issue 11, read-only for now) against a fake server: the venues
// with their draft and versions in a tree, the one chosen drawn fitted to the view, and a
// summary that says whether it is ready to publish.

#include "../shared/layoutsamples.h"
#include "fakeserver.h"
#include "layout/layoutcodec.h"
#include "net/serverconnection.h"
#include "venues/venuesworkspace.h"
#include "venues/layoutplanitem.h"
#include "venues/venueview.h"
#include "mainwindow/mainwindow.h"

#include <QAction>
#include <QCborArray>
#include <QGraphicsScene>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTabBar>
#include <QTabWidget>
#include <QTreeWidget>

using namespace BoxOffice::Shared;
using namespace BoxOffice::Ui;
using BoxOffice::Tests::FakeServer;
using BoxOffice::Tests::sampleLayout;

namespace {

QByteArray reply(const Frame &request, const QCborMap &result)
{
    return QCborMap{{Key::Type, int(request.type)}, {Key::Id, request.id}, {Key::Result, result}}
        .toCborValue()
        .toCbor();
}

QByteArray error(const Frame &request, ErrorCode code)
{
    return QCborMap{{Key::Type, int(request.type)},
                    {Key::Id, request.id},
                    {Key::Error, int(code)},
                    {Key::Message, QStringLiteral("refused")}}
        .toCborValue()
        .toCbor();
}

} // namespace

class tst_VenuesWorkspace : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void refresh_listsDraftAndVersions();
    void chooseVersion_drawsItFitted();
    void chooseDraft_withProblems_saysSo();
    void refusedRequest_clearsTheView();
    void mainWindow_adminOnlyNotClerk_ctrl5Opens();

private:
    QTreeWidgetItem *child(int index) const;
    bool choose(QTreeWidgetItem *item);

    FakeServer *m_server = nullptr;
    ServerConnection *m_connection = nullptr;
    VenuesWorkspace *m_workspace = nullptr;
    LayoutDocument m_draft;
    bool m_refuse = false;
};

void tst_VenuesWorkspace::init()
{
    m_draft = sampleLayout();
    m_draft.seats[3].category = -1;
    m_refuse = false;
    m_server = new FakeServer(this);
    QVERIFY(m_server->listen());
    m_server->handler = [this](const Frame &request) -> QList<QByteArray> {
        switch (request.type) {
        case MessageType::ListVenues: {
            const QCborMap version{
                {Key::LayoutVersion, 1}, {Key::Layout, 7}, {Key::SeatCount, 166}, {Key::Events, 2}};
            const QCborMap venue{{Key::Id, 3},
                                 {Key::Name, QStringLiteral("Garden Hall")},
                                 {Key::City, QStringLiteral("Graz")},
                                 {Key::DraftRevision, 4},
                                 {Key::Versions, QCborArray{version}}};
            return {reply(request, {{Key::Venues, QCborArray{venue}}})};
        }
        case MessageType::GetDraft:
            if (m_refuse)
                return {error(request, ErrorCode::UnknownVenue)};
            return {reply(request,
                          {{Key::Venue, 3}, {Key::Revision, 4}, {Key::Document, encodeLayoutWire(m_draft)}})};
        case MessageType::GetLayoutVersion:
            if (request.body.value(Key::Venue).toInteger() != 3 ||
                request.body.value(Key::LayoutVersion).toInteger() != 1)
                return {error(request, ErrorCode::UnknownLayoutVersion)};
            return {reply(request, {{Key::Venue, 3},
                                    {Key::LayoutVersion, 1},
                                    {Key::Document, encodeLayoutWire(sampleLayout())}})};
        default:
            return {};
        }
    };
    m_connection = new ServerConnection(this);
    m_connection->open(m_server->url());
    QTRY_COMPARE(m_connection->state(), ServerConnection::State::Connected);
    m_workspace = new VenuesWorkspace(m_connection);
    m_workspace->resize(900, 600);
    m_workspace->show();
    m_workspace->refresh();
    QTRY_COMPARE(m_workspace->venueTree()->topLevelItemCount(), 1);
}

void tst_VenuesWorkspace::cleanup()
{
    delete m_workspace;
    m_workspace = nullptr;
    m_connection->close();
    delete m_connection;
    delete m_server;
}

QTreeWidgetItem *tst_VenuesWorkspace::child(int index) const
{
    return m_workspace->venueTree()->topLevelItem(0)->child(index);
}

bool tst_VenuesWorkspace::choose(QTreeWidgetItem *item)
{
    QSignalSpy shown(m_workspace, &VenuesWorkspace::documentShown);
    m_workspace->venueTree()->setCurrentItem(item);
    return shown.wait(5000) && shown.last().at(0).toBool();
}

void tst_VenuesWorkspace::refresh_listsDraftAndVersions()
{
    QTreeWidgetItem *venue = m_workspace->venueTree()->topLevelItem(0);
    QCOMPARE(venue->text(0), QStringLiteral("Garden Hall"));
    QCOMPARE(venue->childCount(), 2);
    QCOMPARE(child(0)->text(0), QStringLiteral("Draft (revision 4)"));
    QCOMPARE(child(0)->data(0, VenuesWorkspace::VersionRole).toInt(), 0);
    // (No translator in tests: the source text with %n filled in; boxoffice_en.qm says "2 events".)
    QCOMPARE(child(1)->text(0), QStringLiteral("Version 1 (2 event(s))"));
    QCOMPARE(child(1)->text(1), QStringLiteral("166"));
    QCOMPARE(child(1)->data(0, VenuesWorkspace::VenueRole).toLongLong(), 3);
}

void tst_VenuesWorkspace::chooseVersion_drawsItFitted()
{
    QVERIFY(choose(child(1)));
    QCOMPARE(m_workspace->view()->seatCount(), 16);
    QVERIFY2(m_workspace->summary()->text().contains(QLatin1String("ready to publish")),
             qPrintable(m_workspace->summary()->text()));
    // Fitted: the whole drawing is inside the viewport.
    VenueView *view = m_workspace->view();
    const QRect shown = view->mapFromScene(view->scene()->itemsBoundingRect()).boundingRect();
    QVERIFY2(view->viewport()->rect().adjusted(-2, -2, 2, 2).contains(shown), "not fitted");
    QVERIFY(shown.width() > view->viewport()->width() / 2 || shown.height() > view->viewport()->height() / 2);

    // Every seat lies inside the item that paints it (a section item once had the bounds of
    // its last seat only, so the view painted one dot per section).
    QRectF painted;
    for (const QGraphicsItem *item : view->scene()->items()) {
        if (dynamic_cast<const LayoutPlanItem *>(item))
            painted =
                painted.isNull() ? item->sceneBoundingRect() : painted.united(item->sceneBoundingRect());
    }
    for (const auto &seat : sampleLayout().seats)
        QVERIFY2(painted.contains(seat.pos),
                 qPrintable(QStringLiteral("seat at %1,%2 outside the painted items")
                                .arg(seat.pos.x())
                                .arg(seat.pos.y())));
}

void tst_VenuesWorkspace::chooseDraft_withProblems_saysSo()
{
    QVERIFY(choose(child(1)));
    QVERIFY(choose(child(0)));
    QCOMPARE(m_workspace->view()->seatCount(), 16);
    QVERIFY2(m_workspace->summary()->text().contains(QLatin1String("1 problem")),
             qPrintable(m_workspace->summary()->text()));
}

void tst_VenuesWorkspace::refusedRequest_clearsTheView()
{
    QVERIFY(choose(child(1)));
    m_refuse = true;
    QVERIFY(!choose(child(0)));
    QCOMPARE(m_workspace->view()->seatCount(), 0);
    QVERIFY(m_workspace->view()->scene()->items().isEmpty());
}

void tst_VenuesWorkspace::mainWindow_adminOnlyNotClerk_ctrl5Opens()
{
    for (const QString &user : {QStringLiteral("clerk"), QStringLiteral("admin")}) {
        FakeServer server;
        server.requireSession = true;
        QVERIFY(server.listen());
        MainWindow window;
        window.show();
        QSignalSpy finished(&window, &MainWindow::signInFinished);
        window.signIn(server.url(), user, user + QStringLiteral("-password"));
        QTRY_COMPARE(finished.size(), 1);
        auto *venues = window.findChild<VenuesWorkspace *>();
        QVERIFY(venues);
        const int tab = window.workspaces()->indexOf(venues);
        QVERIFY(tab > 0);
        const bool admin = user == QLatin1String("admin");
        QTRY_COMPARE(window.workspaces()->isTabVisible(tab), admin);
        QCOMPARE(venues->showAction()->isEnabled(), admin);
        QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
        QCOMPARE(window.workspaces()->currentWidget() == venues, admin);
        if (admin)
            QTRY_VERIFY(!server.lastOf(MessageType::ListVenues).body.isEmpty());
        else
            QVERIFY(server.lastOf(MessageType::ListVenues).body.isEmpty());
    }
}

QTEST_MAIN(tst_VenuesWorkspace)
#include "tst_venuesworkspace.moc"
