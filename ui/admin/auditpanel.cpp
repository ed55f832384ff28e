#include "admin/auditpanel.h"

#include "admin/auditlogmodel.h"
#include "protocol/frame.h"

#include <QAction>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace BoxOffice::Ui {

namespace Key = Shared::Key;

namespace {
QString prettyJson(const QString &text)
{
    if (text.isEmpty())
        return QStringLiteral("—");
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    return document.isNull() ? text : QString::fromUtf8(document.toJson(QJsonDocument::Indented)).trimmed();
}
} // namespace

AuditPanel::AuditPanel(ServerConnection *connection, QWidget *parent)
    : AdminPanel(connection, parent)
    , m_model(new AuditLogModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_actor(new QLineEdit(this))
    , m_target(new QLineEdit(this))
    , m_useFrom(new QCheckBox(tr("&From:"), this))
    , m_from(new QDateTimeEdit(this))
    , m_useTo(new QCheckBox(tr("&To:"), this))
    , m_to(new QDateTimeEdit(this))
    , m_limit(new QSpinBox(this))
    , m_search(new QPushButton(tr("&Search"), this))
    , m_details(new QPlainTextEdit(this))
{
    // The filter sits in the tool bar row: one line, read left to right, Enter searches.
    auto *filters = new QWidget(toolBar());
    auto *row = new QHBoxLayout(filters);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(6);
    auto *actorLabel = new QLabel(tr("&Actor:"), filters);
    actorLabel->setBuddy(m_actor);
    m_actor->setObjectName(QStringLiteral("auditActor"));
    m_actor->setPlaceholderText(tr("any user"));
    m_actor->setClearButtonEnabled(true);
    m_actor->setMaximumWidth(150);
    auto *targetLabel = new QLabel(tr("Tar&get:"), filters);
    targetLabel->setBuddy(m_target);
    m_target->setObjectName(QStringLiteral("auditTarget"));
    m_target->setPlaceholderText(tr("anything"));
    m_target->setClearButtonEnabled(true);
    m_target->setMaximumWidth(150);
    const QDateTime now = QDateTime::currentDateTime();
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        edit->setEnabled(false);
    }
    m_from->setObjectName(QStringLiteral("auditFrom"));
    m_to->setObjectName(QStringLiteral("auditTo"));
    m_from->setDateTime(QDateTime(now.date().addDays(-7), QTime(0, 0)));
    m_to->setDateTime(QDateTime(now.date().addDays(1), QTime(0, 0)));
    connect(m_useFrom, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_useTo, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    auto *limitLabel = new QLabel(tr("&Rows:"), filters);
    limitLabel->setBuddy(m_limit);
    m_limit->setRange(1, AdminRequests::MaxAuditRows);
    m_limit->setValue(AuditFilter().limit);
    m_limit->setAccelerated(true);
    m_search->setObjectName(QStringLiteral("auditSearch"));
    m_search->setToolTip(tr("Query the audit log with this filter (Enter)"));
    row->addWidget(actorLabel);
    row->addWidget(m_actor);
    row->addSpacing(6);
    row->addWidget(targetLabel);
    row->addWidget(m_target);
    row->addSpacing(6);
    row->addWidget(m_useFrom);
    row->addWidget(m_from);
    row->addWidget(m_useTo);
    row->addWidget(m_to);
    row->addSpacing(6);
    row->addWidget(limitLabel);
    row->addWidget(m_limit);
    row->addSpacing(6);
    row->addWidget(m_search);
    toolBar()->addWidget(filters);
    auto *spacer = new QWidget(toolBar());
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar()->addWidget(spacer);

    m_export = new QAction(tr("E&xport CSV…"), this);
    m_export->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    m_export->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_export->setToolTip(tr("Save the rows shown as a CSV file (%1)")
                             .arg(m_export->shortcut().toString(QKeySequence::NativeText)));
    addAction(m_export);
    toolBar()->addAction(m_export);

    connect(m_search, &QPushButton::clicked, this, &AuditPanel::refresh);
    for (QLineEdit *field : {m_actor, m_target})
        connect(field, &QLineEdit::returnPressed, this, &AuditPanel::refresh);
    connect(m_export, &QAction::triggered, this, &AuditPanel::showExportDialog);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AuditLogModel::SortRole);
    m_view->setObjectName(QStringLiteral("auditView"));
    m_view->setModel(m_proxy);
    configureTable(m_view);
    m_view->sortByColumn(AuditLogModel::Time, Qt::DescendingOrder);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->resizeSection(AuditLogModel::Time, 160);
    header->resizeSection(AuditLogModel::Actor, 110);
    header->resizeSection(AuditLogModel::Role, 120);
    header->resizeSection(AuditLogModel::Action, 130);
    header->resizeSection(AuditLogModel::Target, 130);
    header->resizeSection(AuditLogModel::Before, 200);
    header->setSectionResizeMode(AuditLogModel::After, QHeaderView::Stretch);
    header->resizeSection(AuditLogModel::Address, 120);

    m_details->setObjectName(QStringLiteral("auditDetails"));
    m_details->setReadOnly(true);
    m_details->setFrameShape(QFrame::NoFrame);
    m_details->setPlaceholderText(tr("Select a row to see the complete before and after."));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_details->setFont(mono);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    pageLayout()->addWidget(splitter, 1);
    setFocusProxy(m_actor);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditPanel::showDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_export->setEnabled(m_model->rowCount() > 0);
        showDetails();
    });
    m_export->setEnabled(false);
}

AuditFilter AuditPanel::filter() const
{
    AuditFilter filter;
    filter.actor = m_actor->text().trimmed();
    filter.target = m_target->text().trimmed();
    if (m_useFrom->isChecked())
        filter.from = m_from->dateTime();
    if (m_useTo->isChecked())
        filter.to = m_to->dateTime();
    filter.limit = m_limit->value();
    return filter;
}

void AuditPanel::setFilter(const AuditFilter &filter)
{
    m_actor->setText(filter.actor);
    m_target->setText(filter.target);
    m_useFrom->setChecked(filter.from.isValid());
    if (filter.from.isValid())
        m_from->setDateTime(filter.from);
    m_useTo->setChecked(filter.to.isValid());
    if (filter.to.isValid())
        m_to->setDateTime(filter.to);
    m_limit->setValue(filter.limit);
}

void AuditPanel::refresh()
{
    const AuditFilter current = filter();
    if (current.from.isValid() && current.to.isValid() && current.from > current.to) {
        showNotice(tr("The start of the time range is after its end."), true);
        return;
    }
    send(Shared::MessageType::QueryAudit, AdminRequests::queryAudit(current), QString(),
         [this, current](const QCborMap &result) {
             m_model->setRows(result.value(Key::Rows).toArray());
             const int rows = m_model->rowCount();
             if (rows >= current.limit)
                 showNotice(tr("Showing the first %n row(s); narrow the filter or raise the "
                               "row limit to see more.",
                               nullptr, rows),
                            false);
             else
                 showNotice(QString(), false);
         });
}

void AuditPanel::showDetails()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    const QModelIndex source = m_proxy->mapToSource(current);
    const AuditLogModel::Row &row = m_model->rows().at(source.row());
    m_details->setPlainText(
        tr("%1 · %2 · %3\n\nBefore:\n%4\n\nAfter:\n%5")
            .arg(row.action, row.actor, row.target, prettyJson(row.before), prettyJson(row.after)));
}

bool AuditPanel::exportCsv(const QString &fileName, QString *error) const
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    // The byte-order mark makes spreadsheet programs read UTF-8 instead of a code page.
    file.write("\xEF\xBB\xBF");
    file.write(m_model->toCsv().toUtf8());
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void AuditPanel::showExportDialog()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested =
        folder + u'/' + tr("audit-log-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate));
    const QString fileName = QFileDialog::getSaveFileName(this, tr("Export Audit Log"), suggested,
                                                          tr("CSV files (*.csv);;All files (*)"));
    if (fileName.isEmpty())
        return;
    QString error;
    if (exportCsv(fileName, &error))
        showNotice(tr("%n row(s) exported to %1.", nullptr, m_model->rowCount())
                       .arg(QDir::toNativeSeparators(fileName)),
                   false);
    else
        showNotice(tr("Could not write %1: %2").arg(QDir::toNativeSeparators(fileName), error), true);
}

} // namespace BoxOffice::Ui
