#include "venues/venuesworkspace.h"

#include "admin/roles.h"
#include "designer/designerworkspace.h"
#include "layout/layoutcodec.h"
#include "layout/layoutvalidator.h"
#include "net/errortext.h"
#include "net/serverconnection.h"
#include "venues/venueview.h"

#include <QAction>
#include <QCborArray>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QStackedWidget>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace BoxOffice::Ui {

using namespace BoxOffice::Shared;

VenuesWorkspace::VenuesWorkspace(ServerConnection *connection, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_tree(new QTreeWidget(this))
    , m_view(new VenueView(this))
    , m_summary(new QLabel(this))
    , m_designer(new DesignerWorkspace(connection, this))
    , m_pages(new QStackedWidget(this))
    , m_designButton(new QPushButton(tr("Open in &Designer"), this))
    , m_showAction(new QAction(tr("&Venues"), this))
    , m_designAction(new QAction(tr("Open in &Designer"), this))
{
    m_showAction->setShortcut(QKeySequence(tr("Ctrl+5")));
    m_showAction->setStatusTip(tr("Venue layouts: drafts and published versions"));
    m_showAction->setEnabled(false);
    setObjectName(QStringLiteral("venuesWorkspace"));
    m_tree->setObjectName(QStringLiteral("venueTree"));
    m_tree->setHeaderLabels({tr("Venue"), tr("Seats")});
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->setRootIsDecorated(true);
    m_summary->setObjectName(QStringLiteral("venueSummary"));
    m_summary->setWordWrap(true);

    m_designAction->setObjectName(QStringLiteral("openInDesigner"));
    m_designAction->setShortcut(QKeySequence(tr("Ctrl+E")));
    m_designAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_designButton->setObjectName(QStringLiteral("openInDesignerButton"));
    m_designButton->setToolTip(tr("The draft for editing, a published version read-only (Return or %1)")
                                   .arg(m_designAction->shortcut().toString(QKeySequence::NativeText)));

    auto *browse = new QWidget(this);
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_designButton);
    auto *right = new QWidget(browse);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(top);
    rightLayout->addWidget(m_view, 1);
    auto *splitter = new QSplitter(browse);
    splitter->addWidget(m_tree);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);
    auto *browseLayout = new QHBoxLayout(browse);
    browseLayout->setContentsMargins(0, 0, 0, 0);
    browseLayout->addWidget(splitter);
    m_pages->addWidget(browse);
    m_pages->addWidget(m_designer);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_pages);
    browse->addAction(m_designAction); // not while the designer is up: Ctrl+E is nothing there

    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *item) { showItem(item); });
    connect(m_tree, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { openInDesigner(item); });
    connect(m_designAction, &QAction::triggered, this, [this] { openInDesigner(m_tree->currentItem()); });
    connect(m_designButton, &QPushButton::clicked, this, [this] { openInDesigner(m_tree->currentItem()); });
    connect(m_designer, &DesignerWorkspace::closeRequested, this, &VenuesWorkspace::closeDesigner);
    connect(m_designer, &DesignerWorkspace::published, this, [this](bool ok) {
        if (ok)
            refresh(); // the new version in the list, behind the designer
    });
}

namespace {

// The draft or version row an item stands for: a venue's row stands for its draft.
QTreeWidgetItem *versionItem(QTreeWidgetItem *item)
{
    return item && !item->parent() ? item->child(0) : item;
}

} // namespace

void VenuesWorkspace::openInDesigner(QTreeWidgetItem *item)
{
    item = versionItem(item);
    if (!item)
        return;
    const qint64 venue = item->data(0, VenueRole).toLongLong();
    const int version = item->data(0, VersionRole).toInt();
    const QString title = item->parent()->text(0) + QStringLiteral(" · ") + item->text(0);
    m_pages->setCurrentWidget(m_designer);
    if (version > 0)
        m_designer->loadVersion(venue, version, title);
    else
        m_designer->loadDraft(venue, title);
    m_designer->setFocus(Qt::OtherFocusReason);
}

void VenuesWorkspace::editDraft(qint64 venue)
{
    QString title;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        if (m_tree->topLevelItem(i)->data(0, VenueRole).toLongLong() == venue)
            title = m_tree->topLevelItem(i)->text(0) + QStringLiteral(" · ") + tr("Draft");
    }
    if (title.isEmpty())
        title = tr("Venue %1 · Draft").arg(venue);
    m_pages->setCurrentWidget(m_designer);
    m_designer->loadDraft(venue, title);
    m_designer->setFocus(Qt::OtherFocusReason);
}

bool VenuesWorkspace::closeDesigner()
{
    if (m_pages->currentWidget() != m_designer)
        return true;
    if (m_designer->isModified()) {
        const auto answer =
            QMessageBox::question(this, tr("Unsaved Changes"),
                                  tr("The draft has changes that are not saved. Close the designer anyway?"),
                                  QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return false;
    }
    m_pages->setCurrentIndex(0);
    refresh();
    m_tree->setFocus(Qt::OtherFocusReason);
    return true;
}

void VenuesWorkspace::install(QTabWidget *workspaces)
{
    m_workspaces = workspaces;
    const int index = workspaces->addTab(this, tr("Venues"));
    workspaces->setTabVisible(index, false);
    // Queued: after MainWindow's own handler, which hides the tab bar when it counts no other
    // workspace than Events (it does not know this one).
    connect(m_connection, &ServerConnection::sessionChanged, this, &VenuesWorkspace::onSessionChanged,
            Qt::QueuedConnection);
    connect(workspaces, &QTabWidget::currentChanged, this, [this] {
        if (m_workspaces->currentWidget() == this && isAvailable() && m_pages->currentIndex() == 0)
            refresh();
    });
    connect(m_showAction, &QAction::triggered, this, [this] {
        if (!isAvailable())
            return;
        m_workspaces->setCurrentWidget(this);
        if (m_pages->currentIndex() == 0)
            m_tree->setFocus(Qt::ShortcutFocusReason);
        else
            m_designer->setFocus(Qt::ShortcutFocusReason);
    });
}

bool VenuesWorkspace::isAvailable() const
{
    const auto &session = m_connection->session();
    return m_connection->isSignedIn() && (session.hasRole(Roles::Organizer) || session.hasRole(Roles::Admin));
}

void VenuesWorkspace::onSessionChanged()
{
    if (!m_workspaces)
        return;
    const bool available = isAvailable();
    m_workspaces->setTabVisible(m_workspaces->indexOf(this), available);
    m_showAction->setEnabled(available);
    if (available) {
        m_workspaces->tabBar()->show(); // MainWindow hides it for one workspace; this is another
    } else {
        if (m_workspaces->currentWidget() == this)
            m_workspaces->setCurrentIndex(0);
        m_tree->clear();
        m_view->clear();
        m_summary->clear();
        m_pages->setCurrentIndex(0);
    }
}

void VenuesWorkspace::refresh()
{
    const QTreeWidgetItem *current = m_tree->currentItem();
    const qint64 venue = current ? current->data(0, VenueRole).toLongLong() : 0;
    const int version = current ? current->data(0, VersionRole).toInt() : -1;
    QPointer<VenuesWorkspace> self(this);
    m_connection->request(MessageType::ListVenues, {}, [self, venue, version](const Frame &reply) {
        if (!self)
            return;
        if (reply.isError()) {
            self->m_summary->setText(
                tr("The venues could not be loaded: %1").arg(ErrorText::describe(reply.errorCode())));
            return;
        }
        const QLocale locale;
        QTreeWidgetItem *select = nullptr;
        QSignalBlocker block(self->m_tree);
        self->m_tree->clear();
        for (const QCborValue &v : reply.result().value(Key::Venues).toArray()) {
            const QCborMap m = v.toMap();
            const qint64 id = m.value(Key::Id).toInteger();
            auto *top = new QTreeWidgetItem(self->m_tree, {m.value(Key::Name).toString()});
            top->setData(0, VenueRole, id);
            top->setData(0, VersionRole, 0);
            top->setToolTip(0, m.value(Key::City).toString());
            auto *draft = new QTreeWidgetItem(
                top,
                {tr("Draft (revision %1)").arg(locale.toString(m.value(Key::DraftRevision).toInteger()))});
            draft->setData(0, VenueRole, id);
            draft->setData(0, VersionRole, 0);
            if (id == venue && version == 0)
                select = draft;
            for (const QCborValue &vv : m.value(Key::Versions).toArray()) {
                const QCborMap vm = vv.toMap();
                const int number = int(vm.value(Key::LayoutVersion).toInteger());
                const qint64 events = vm.value(Key::Events).toInteger();
                auto *item = new QTreeWidgetItem(
                    top, {tr("Version %1 (%n event(s))", nullptr, int(events)).arg(number),
                          locale.toString(vm.value(Key::SeatCount).toInteger())});
                item->setData(0, VenueRole, id);
                item->setData(0, VersionRole, number);
                if (id == venue && version == number)
                    select = item;
            }
            top->setExpanded(true);
        }
        if (select) {
            self->m_tree->setCurrentItem(select);
        } else {
            self->m_view->clear();
            self->m_summary->setText(tr("Choose a venue's draft or one of its published versions."));
        }
        block.unblock();
        if (select)
            self->showItem(select);
    });
}

void VenuesWorkspace::showItem(QTreeWidgetItem *item)
{
    item = versionItem(item);
    if (!item)
        return;
    const qint64 venue = item->data(0, VenueRole).toLongLong();
    const int version = item->data(0, VersionRole).toInt();
    QCborMap fields{{Key::Venue, venue}};
    if (version > 0)
        fields.insert(Key::LayoutVersion, version);
    const QString title = item->parent()->text(0) + QStringLiteral(" · ") + item->text(0);
    m_summary->setText(tr("Loading %1…").arg(title));
    QPointer<VenuesWorkspace> self(this);
    m_request = m_connection->request(
        version > 0 ? MessageType::GetLayoutVersion : MessageType::GetDraft, fields,
        [self, title](const Frame &reply) {
            if (!self || reply.id != self->m_request)
                return; // a later choice is on its way
            QString error;
            const auto doc =
                reply.isError() ? std::nullopt
                                : decodeLayoutWire(reply.result().value(Key::Document).toByteArray(), &error);
            if (!doc) {
                self->m_view->clear();
                self->m_summary->setText(tr("%1 could not be shown: %2")
                                             .arg(title, reply.isError()
                                                             ? ErrorText::describe(reply.errorCode())
                                                             : tr("the document is damaged")));
                emit self->documentShown(false);
                return;
            }
            self->m_view->setDocument(*doc);
            const LayoutValidation check = validateLayout(*doc);
            const int problems = int(check.problems.size()) + check.omitted;
            const QLocale locale;
            self->m_summary->setText(
                tr("%1: %2 seats, %3 places in all; %4")
                    .arg(title, locale.toString(doc->seats.size()), locale.toString(doc->placeCount()),
                         problems == 0 ? tr("ready to publish")
                                       : tr("%n problem(s) to solve before publishing", nullptr, problems)));
            emit self->documentShown(true);
        });
}

} // namespace BoxOffice::Ui
