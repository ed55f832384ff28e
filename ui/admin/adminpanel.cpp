#include "admin/adminpanel.h"

#include "net/errortext.h"
#include "net/serverconnection.h"
#include "style/spaciousstyle.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace BoxOffice::Ui {

AdminPanel::AdminPanel(ServerConnection *connection, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_layout(new QVBoxLayout(this))
    , m_toolBar(new QToolBar(this))
    , m_notice(new NoticeBar(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(0);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setIconSize(QSize(18, 18));
    m_toolBar->setStyleSheet(QStringLiteral("QToolBar { padding: 4px 8px; spacing: 4px; }"));
    m_layout->addWidget(m_toolBar);

    m_notice->setObjectName(QStringLiteral("adminNotice"));
    m_layout->addWidget(m_notice);
}

void AdminPanel::showNotice(const QString &text, bool error)
{
    m_notice->showNotice(text, error ? NoticeBar::Kind::Error : NoticeBar::Kind::Info);
}

void AdminPanel::send(Shared::MessageType type, const QCborMap &fields, const QString &successText,
                      ResultHandler onResult)
{
    if (!m_connection)
        return;
    QPointer<AdminPanel> self(this);
    m_connection->request(type, fields, [self, successText, onResult](const Shared::Frame &reply) {
        if (!self)
            return;
        if (reply.isError()) {
            self->showNotice(ErrorText::describe(reply.errorCode()), true);
            emit self->requestFinished(false);
            return;
        }
        if (!successText.isEmpty())
            self->showNotice(successText, false);
        if (onResult)
            onResult(reply.result());
        emit self->requestFinished(true);
    });
}

void AdminPanel::configureTable(QTableView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->setFrameShape(QFrame::NoFrame);
    view->setSortingEnabled(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setTabKeyNavigation(false); // Tab leaves the table for the next control
    auto *style = new SpaciousStyle;
    style->setParent(view);
    view->setStyle(style);
    view->horizontalHeader()->setStyle(style);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 12);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

} // namespace BoxOffice::Ui
