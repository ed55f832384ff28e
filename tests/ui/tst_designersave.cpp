// The designer saving and publishing against a fake server: a save carries the revision the
// draft was based on and advances it; a save over someone else's newer one (DraftConflict)
// is shown and loses nothing; a refused publication (LayoutInvalid) lists the problems the
// server sent, and a click on one selects its seats.

#include "../shared/layoutsamples.h"
#include "designer/designerproblems.h"
#include "designer/designerview.h"
#include "designer/designerworkspace.h"
#include "fakeserver.h"
#include "layout/layoutcodec.h"
#include "layout/layoutvalidator.h"
#include "net/serverconnection.h"
#include "style/noticebar.h"

#include <QCborArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

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

QByteArray error(const Frame &request, ErrorCode code, const QCborMap &details = {})
{
    QCborMap m{{Key::Type, int(request.type)},
               {Key::Id, request.id},
               {Key::Error, int(code)},
               {Key::Message, QStringLiteral("saved by anna")}};
    for (auto it = details.cbegin(); it != details.cend(); ++it)
        m.insert(it.key(), it.value());
    return m.toCborValue().toCbor();
}

} // namespace

class tst_DesignerSave : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void load_thenSave_sendsBaseRevisionAndAdvances();
    void save_conflict_shownNothingLost();
    void publish_refused_listsServerProblems();
    void publish_ok_afterSavingChanges();

private:
    FakeServer *m_server = nullptr;
    ServerConnection *m_connection = nullptr;
    DesignerWorkspace *m_designer = nullptr;
    qint64 m_serverRevision = 4;
    QList<Frame> m_requests;
    std::optional<LayoutDocument> m_saved;
};

void tst_DesignerSave::init()
{
    m_serverRevision = 4;
    m_requests.clear();
    m_saved.reset();
    m_server = new FakeServer(this);
    QVERIFY(m_server->listen());
    m_server->handler = [this](const Frame &request) -> QList<QByteArray> {
        m_requests.append(request);
        switch (request.type) {
        case MessageType::GetDraft:
            return {reply(request, {{Key::Venue, 3},
                                    {Key::Revision, m_serverRevision},
                                    {Key::Document, encodeLayoutWire(sampleLayout())}})};
        case MessageType::SaveDraft:
            if (request.body.value(Key::Revision).toInteger() != m_serverRevision)
                return {error(request, ErrorCode::DraftConflict, {{Key::Revision, m_serverRevision}})};
            m_saved = decodeLayoutWire(request.body.value(Key::Document).toByteArray());
            ++m_serverRevision;
            return {reply(request, {{Key::Venue, 3}, {Key::Revision, m_serverRevision}, {Key::Problems, 0}})};
        case MessageType::PublishDraft: {
            const LayoutValidation check = validateLayout(m_saved.value_or(sampleLayout()));
            if (!check.ok())
                return {error(request, ErrorCode::LayoutInvalid,
                              {{Key::Problems, layoutProblemsToCbor(check.problems)}, {Key::Omitted, 0}})};
            return {
                reply(request,
                      {{Key::Venue, 3}, {Key::LayoutVersion, 2}, {Key::Layout, 9}, {Key::SeatCount, 166}})};
        }
        default:
            return {};
        }
    };
    m_connection = new ServerConnection(this);
    m_connection->open(m_server->url());
    QTRY_COMPARE(m_connection->state(), ServerConnection::State::Connected);
    m_designer = new DesignerWorkspace(m_connection);
    m_designer->resize(1000, 700);
    m_designer->show();
    QSignalSpy loaded(m_designer, &DesignerWorkspace::loaded);
    m_designer->loadDraft(3, QStringLiteral("Garden Hall"));
    QVERIFY(loaded.wait(5000));
    QVERIFY(loaded.last().at(0).toBool());
    QCOMPARE(m_designer->revision(), 4);
    QCOMPARE(m_designer->document()->layout(), sampleLayout());
}

void tst_DesignerSave::cleanup()
{
    delete m_designer;
    m_connection->close();
    delete m_connection;
    delete m_server;
}

void tst_DesignerSave::load_thenSave_sendsBaseRevisionAndAdvances()
{
    m_designer->document()->setSelection(m_designer->document()->all());
    m_designer->view()->setFocus();
    QTest::keyClick(m_designer->view(), Qt::Key_Left);
    QVERIFY(m_designer->isModified());
    QSignalSpy saved(m_designer, &DesignerWorkspace::saved);
    QTest::keyClick(m_designer->view(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY(saved.wait(5000));
    QVERIFY(saved.last().at(0).toBool());
    QCOMPARE(m_requests.last().body.value(Key::Revision).toInteger(), 4);
    QCOMPARE(m_designer->revision(), 5);
    QVERIFY(!m_designer->isModified());
    QVERIFY(m_saved.has_value());
    QCOMPARE(*m_saved, m_designer->document()->layout());
}

void tst_DesignerSave::save_conflict_shownNothingLost()
{
    m_serverRevision = 6; // someone else saved twice since
    m_designer->document()->setSelection(m_designer->document()->all());
    m_designer->rotateSelection(15);
    const LayoutDocument mine = m_designer->document()->layout();
    QSignalSpy saved(m_designer, &DesignerWorkspace::saved);
    m_designer->save();
    QVERIFY(saved.wait(5000));
    QVERIFY(!saved.last().at(0).toBool());
    QVERIFY(m_designer->notice()->isVisible());
    QVERIFY(m_designer->notice()->isError());
    QVERIFY2(m_designer->notice()->text().contains(QStringLiteral("revision 6")),
             qPrintable(m_designer->notice()->text()));
    QVERIFY(m_designer->notice()->text().contains(QStringLiteral("saved by anna")));
    // Nothing lost: the edit, its undo step, the revision it was based on.
    QCOMPARE(m_designer->document()->layout(), mine);
    QVERIFY(m_designer->isModified());
    QCOMPARE(m_designer->document()->undoStack()->count(), 1);
    QCOMPARE(m_designer->revision(), 4);
    QVERIFY(!m_saved.has_value());
}

void tst_DesignerSave::publish_refused_listsServerProblems()
{
    m_designer->document()->setSelection(m_designer->document()->seatsOfRows({0}));
    m_designer->paintCategory(77); // not listed: the seats lose their category
    QSignalSpy published(m_designer, &DesignerWorkspace::published);
    m_designer->publish(); // saves first, then publishes
    QVERIFY(published.wait(5000));
    QVERIFY(!published.last().at(0).toBool());
    QCOMPARE(m_requests.last().type, MessageType::PublishDraft);
    QCOMPARE(m_requests.last().body.value(Key::Revision).toInteger(), 5);
    QVERIFY(m_designer->notice()->isError());
    DesignerProblems *problems = m_designer->problems();
    QCOMPARE(problems->problemCount(), 6); // one per seat without a category
    m_designer->document()->clearSelection();
    QTest::mouseClick(problems->viewport(), Qt::LeftButton, {},
                      problems->visualItemRect(problems->item(2)).center());
    QCOMPARE(m_designer->document()->selection().seats, QList<int>{2});
}

void tst_DesignerSave::publish_ok_afterSavingChanges()
{
    m_designer->document()->setSelection(m_designer->document()->all());
    m_designer->rotateSelection(-15);
    QSignalSpy published(m_designer, &DesignerWorkspace::published);
    QTest::keyClick(m_designer->view(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(published.wait(5000));
    QVERIFY(published.last().at(0).toBool());
    QVERIFY(m_designer->notice()->text().contains(QStringLiteral("version 2")));
    QCOMPARE(m_requests.at(m_requests.size() - 2).type, MessageType::SaveDraft);
    QVERIFY(!m_designer->isModified());
}

QTEST_MAIN(tst_DesignerSave)
#include "tst_designersave.moc"
