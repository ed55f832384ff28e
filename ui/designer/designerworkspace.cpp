#include "designer/designerworkspace.h"

#include "designer/designercommands.h"
#include "designer/designerlegend.h"
#include "designer/designerproblems.h"
#include "designer/designerproperties.h"
#include "designer/designerview.h"
#include "layout/layoutcodec.h"
#include "net/errortext.h"
#include "net/serverconnection.h"
#include "style/noticebar.h"

#include <QAction>
#include <QCborArray>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QSplitter>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace BoxOffice::Ui {

using namespace BoxOffice::Shared;

namespace {

QWidget *boxed(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(content);
    return box;
}

} // namespace

DesignerWorkspace::DesignerWorkspace(ServerConnection *connection, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_doc(new DesignerDocument(this))
    , m_view(new DesignerView(m_doc, this))
    , m_legend(new DesignerLegend(m_doc, this))
    , m_problems(new DesignerProblems(m_doc, this))
    , m_properties(new DesignerProperties(m_doc, this))
    , m_notice(new NoticeBar(this))
    , m_title(new QLabel(this))
    , m_toolBar(new QToolBar(this))
{
    setObjectName(QStringLiteral("designerWorkspace"));
    m_title->setObjectName(QStringLiteral("designerTitle"));
    m_toolBar->setObjectName(QStringLiteral("designerToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto *side = new QSplitter(Qt::Vertical, this);
    side->addWidget(boxed(tr("Properties"), m_properties, side));
    side->addWidget(boxed(tr("Categories"), m_legend, side));
    side->addWidget(boxed(tr("Problems"), m_problems, side));
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_view);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_title);
    layout->addWidget(m_notice);
    layout->addWidget(splitter, 1);

    createActions();
    connect(m_legend, &DesignerLegend::paintRequested, this, &DesignerWorkspace::paintCategory);
    connect(m_doc, &DesignerDocument::changed, this, [this](DesignerDocument::Change change) {
        if (change != DesignerDocument::Change::Geometry)
            m_legend->refresh();
    });
    connect(m_doc, &DesignerDocument::selectionChanged, this, &DesignerWorkspace::updateActions);
    connect(m_doc->undoStack(), &QUndoStack::cleanChanged, this, &DesignerWorkspace::updateTitle);
    connect(m_problems, &DesignerProblems::countChanged, this, &DesignerWorkspace::updateTitle);
    connect(m_view, &DesignerView::message, this,
            [this](const QString &text) { m_notice->showNotice(text, NoticeBar::Kind::Info, 5000); });
    setFocusProxy(m_view);
    updateActions();
}

void DesignerWorkspace::loadDraft(qint64 venue, const QString &title)
{
    m_notice->showNotice(tr("Loading %1…").arg(title), NoticeBar::Kind::Info);
    QPointer<DesignerWorkspace> self(this);
    m_request = m_connection->request(
        MessageType::GetDraft, {{Key::Venue, venue}}, [self, title, venue](const Frame &reply) {
            if (!self || reply.id != self->m_request)
                return;
            self->onLoaded(title, venue, reply.result().value(Key::Revision).toInteger(), false,
                           reply.isError() ? QByteArray() : reply.result().value(Key::Document).toByteArray(),
                           reply.isError() ? ErrorText::describe(reply.errorCode()) : QString());
        });
}

void DesignerWorkspace::loadVersion(qint64 venue, int version, const QString &title)
{
    m_notice->showNotice(tr("Loading %1…").arg(title), NoticeBar::Kind::Info);
    QPointer<DesignerWorkspace> self(this);
    m_request = m_connection->request(
        MessageType::GetLayoutVersion, {{Key::Venue, venue}, {Key::LayoutVersion, version}},
        [self, title, venue](const Frame &reply) {
            if (!self || reply.id != self->m_request)
                return;
            self->onLoaded(title, venue, 0, true,
                           reply.isError() ? QByteArray() : reply.result().value(Key::Document).toByteArray(),
                           reply.isError() ? ErrorText::describe(reply.errorCode()) : QString());
        });
}

void DesignerWorkspace::onLoaded(const QString &title, qint64 venue, qint64 revision, bool readOnly,
                                 const QByteArray &wire, const QString &error)
{
    QString decodeError;
    const auto layout = error.isEmpty() ? decodeLayoutWire(wire, &decodeError) : std::nullopt;
    if (!layout) {
        m_notice->showNotice(tr("%1 could not be opened: %2")
                                 .arg(title, error.isEmpty() ? tr("the document is damaged") : error),
                             NoticeBar::Kind::Error);
        emit loaded(false);
        return;
    }
    m_titleText = title;
    open(*layout, venue, revision, readOnly);
    m_notice->showNotice(QString(), NoticeBar::Kind::Info);
    emit loaded(true);
}

void DesignerWorkspace::open(const LayoutDocument &layout, qint64 venue, qint64 revision, bool readOnly)
{
    m_venue = venue;
    m_revision = revision;
    m_readOnly = readOnly;
    m_pasteCount = 0;
    m_view->setReadOnly(readOnly);
    m_properties->setReadOnly(readOnly);
    m_doc->reset(layout);
    m_view->fitToView();
    m_problems->revalidate();
    updateActions();
    updateTitle();
}

bool DesignerWorkspace::isModified() const
{
    return !m_readOnly && !m_doc->undoStack()->isClean();
}

void DesignerWorkspace::updateTitle()
{
    const QLocale locale;
    QString text = m_titleText.isEmpty() ? tr("Venue plan") : m_titleText;
    if (m_readOnly)
        text += QStringLiteral(" · ") + tr("published, read-only");
    else
        text += QStringLiteral(" · ") + tr("revision %1").arg(locale.toString(m_revision));
    if (isModified())
        text += QStringLiteral(" · ") + tr("unsaved changes");
    text += QStringLiteral(" · ") + tr("%1 seats, %2 places")
                                        .arg(locale.toString(m_doc->layout().seats.size()),
                                             locale.toString(m_doc->layout().placeCount()));
    const int problems = m_problems->problemCount();
    text += QStringLiteral(" · ") + (problems == 0
                                         ? tr("ready to publish")
                                         : tr("%n problem(s) to solve before publishing", nullptr, problems));
    m_title->setText(text);
}

void DesignerWorkspace::save()
{
    if (m_readOnly || m_busy)
        return;
    m_busy = true;
    updateActions();
    const qint64 basedOn = m_revision;
    const int cleanIndex = m_doc->undoStack()->index();
    QPointer<DesignerWorkspace> self(this);
    m_connection->request(
        MessageType::SaveDraft,
        {{Key::Venue, m_venue}, {Key::Revision, basedOn}, {Key::Document, encodeLayoutWire(m_doc->layout())}},
        [self, basedOn, cleanIndex](const Frame &reply) {
            if (!self)
                return;
            self->m_busy = false;
            if (reply.isError()) {
                if (reply.errorCode() == ErrorCode::DraftConflict) {
                    // Nothing is merged and nothing here is dropped: the organizer decides.
                    self->m_notice->showNotice(tr("Not saved: the draft was saved by someone else since "
                                                  "revision %1 (it is at revision %2 "
                                                  "now: %3). Your changes are still here; reopen the draft "
                                                  "from the venue list to see "
                                                  "theirs.")
                                                   .arg(basedOn)
                                                   .arg(reply.body.value(Key::Revision).toInteger())
                                                   .arg(reply.errorMessage()),
                                               NoticeBar::Kind::Error);
                } else {
                    self->m_notice->showNotice(
                        tr("Not saved: %1").arg(ErrorText::describe(reply.errorCode())),
                        NoticeBar::Kind::Error);
                }
                self->updateActions();
                emit self->saved(false);
                return;
            }
            self->m_revision = reply.result().value(Key::Revision).toInteger();
            // Edits made while the save was on its way stay unsaved.
            if (self->m_doc->undoStack()->index() == cleanIndex)
                self->m_doc->undoStack()->setClean();
            self->m_notice->showNotice(tr("Saved as revision %1.").arg(self->m_revision),
                                       NoticeBar::Kind::Info, 5000);
            self->updateActions();
            self->updateTitle();
            emit self->saved(true);
        });
}

void DesignerWorkspace::publish()
{
    if (m_readOnly || m_busy)
        return;
    if (!isModified())
        return publishNow();
    auto *once = new QObject(this);
    connect(this, &DesignerWorkspace::saved, once, [this, once](bool ok) {
        once->deleteLater();
        if (ok)
            publishNow();
        else
            emit published(false);
    });
    save();
}

void DesignerWorkspace::publishNow()
{
    m_busy = true;
    updateActions();
    QPointer<DesignerWorkspace> self(this);
    m_connection->request(
        MessageType::PublishDraft, {{Key::Venue, m_venue}, {Key::Revision, m_revision}},
        [self](const Frame &reply) {
            if (!self)
                return;
            self->m_busy = false;
            self->updateActions();
            if (reply.isError()) {
                if (reply.errorCode() == ErrorCode::LayoutInvalid) {
                    const auto problems =
                        DesignerProblems::problemsFromCbor(reply.body.value(Key::Problems).toArray());
                    const int omitted = int(reply.body.value(Key::Omitted).toInteger());
                    self->m_problems->showProblems(problems, omitted);
                    self->m_notice->showNotice(
                        tr("Not published: %n problem(s) to solve first (listed under Problems).", nullptr,
                           int(problems.size()) + omitted),
                        NoticeBar::Kind::Error);
                } else {
                    self->m_notice->showNotice(
                        tr("Not published: %1").arg(ErrorText::describe(reply.errorCode())),
                        NoticeBar::Kind::Error);
                }
                emit self->published(false);
                return;
            }
            const QLocale locale;
            self->m_notice->showNotice(
                tr("Published as version %1 (%2 places).")
                    .arg(reply.result().value(Key::LayoutVersion).toInteger())
                    .arg(locale.toString(reply.result().value(Key::SeatCount).toInteger())),
                NoticeBar::Kind::Info);
            emit self->published(true);
        });
}

void DesignerWorkspace::pushEdit(const QString &text,
                                 std::function<bool(LayoutDocument &, DesignerSelection &)> edit)
{
    if (m_readOnly)
        return;
    m_doc->undoStack()->push(new LayoutEditCommand(m_doc, text, std::move(edit)));
}

void DesignerWorkspace::paintCategory(int categoryId)
{
    const DesignerSelection &s = m_doc->selection();
    if (m_readOnly || (s.seats.isEmpty() && s.standingAreas.isEmpty()))
        return;
    const LayoutDocument::Category *category = m_doc->layout().category(categoryId);
    PaintCommand::Paint paint;
    paint.category = category ? categoryId : -1;
    m_doc->undoStack()->push(new PaintCommand(
        m_doc, s, paint, category ? tr("Paint %1").arg(category->name) : tr("Remove Category")));
}

void DesignerWorkspace::toggleFlag(quint8 flag)
{
    const DesignerSelection &s = m_doc->selection();
    if (m_readOnly || s.seats.isEmpty())
        return;
    const LayoutDocument &layout = m_doc->layout();
    const bool all = std::all_of(s.seats.cbegin(), s.seats.cend(),
                                 [&layout, flag](int i) { return layout.seats.at(i).flags & flag; });
    PaintCommand::Paint paint;
    (all ? paint.clearFlags : paint.setFlags) = flag;
    m_doc->undoStack()->push(new PaintCommand(m_doc, s, paint, all ? tr("Clear Flag") : tr("Set Flag")));
}

void DesignerWorkspace::rotateSelection(double degrees)
{
    const DesignerSelection &s = m_doc->selection();
    if (m_readOnly || s.isEmpty())
        return;
    m_doc->undoStack()->push(new RotateCommand(m_doc, s, m_doc->boundsOf(s).center(), degrees));
}

void DesignerWorkspace::deleteSelection()
{
    const DesignerSelection s = m_doc->selection();
    if (s.isEmpty())
        return;
    pushEdit(tr("Delete"), [s](LayoutDocument &layout, DesignerSelection &) {
        return BoxOffice::Ui::deleteSelection(layout, s);
    });
}

void DesignerWorkspace::copySelection()
{
    if (m_doc->selection().isEmpty())
        return;
    m_clipboard = m_doc->layout();
    m_clipboardObjects = m_doc->selection();
    m_pasteCount = 0;
    updateActions();
}

void DesignerWorkspace::paste()
{
    if (m_clipboardObjects.isEmpty())
        return;
    ++m_pasteCount;
    const double step = m_view->gridStep() * 2 * m_pasteCount;
    const LayoutDocument source = m_clipboard;
    const DesignerSelection objects = m_clipboardObjects;
    pushEdit(tr("Paste"), [source, objects, step](LayoutDocument &layout, DesignerSelection &select) {
        pasteInto(layout, source, objects, QPointF(step, step), &select);
        return true;
    });
}

int DesignerWorkspace::addCategory(const QString &name, const QString &colour)
{
    static const char *const palette[] = {"#2563eb", "#dc2626", "#16a34a", "#d97706", "#7c3aed",
                                          "#0891b2", "#db2777", "#65a30d", "#475569", "#ea580c"};
    const LayoutDocument &layout = m_doc->layout();
    if (m_readOnly || name.trimmed().isEmpty() || layout.categories.size() >= LayoutLimits::MaxCategories)
        return -1;
    int id = 1;
    for (const LayoutDocument::Category &c : layout.categories)
        id = std::max(id, c.id + 1);
    const QString chosen = colour.isEmpty()
                               ? QString::fromLatin1(palette[layout.categories.size() % std::size(palette)])
                               : colour;
    const QString trimmed = name.trimmed().left(LayoutLimits::MaxText);
    const DesignerSelection keep = m_doc->selection();
    m_doc->undoStack()->push(new LayoutEditCommand(
        m_doc, tr("New Category"),
        [id, trimmed, chosen, keep](LayoutDocument &l, DesignerSelection &select) {
            l.categories.append({id, trimmed, chosen});
            select = keep;
            return true;
        },
        DesignerDocument::Change::Style));
    return id;
}

} // namespace BoxOffice::Ui
