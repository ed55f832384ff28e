#pragma once

#include "admin/adminpanel.h"
#include "admin/adminrequests.h"

class QAction;
class QCheckBox;
class QDateTimeEdit;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;

namespace BoxOffice::Ui {

class AuditLogModel;

/** The audit trail: filter by actor, target and time, read a row's before/after, export. */
class AuditPanel final : public AdminPanel
{
    Q_OBJECT

public:
    explicit AuditPanel(ServerConnection *connection, QWidget *parent = nullptr);

    /** Runs the query with the current filter. */
    void refresh() override;

    AuditFilter filter() const;
    void setFilter(const AuditFilter &filter);

    /** Writes the rows shown as CSV (UTF-8 with a byte-order mark, for spreadsheets). */
    bool exportCsv(const QString &fileName, QString *error = nullptr) const;

    AuditLogModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *actorField() const { return m_actor; }
    QLineEdit *targetField() const { return m_target; }
    QCheckBox *fromEnabled() const { return m_useFrom; }
    QDateTimeEdit *fromField() const { return m_from; }
    QCheckBox *toEnabled() const { return m_useTo; }
    QDateTimeEdit *toField() const { return m_to; }
    QPushButton *searchButton() const { return m_search; }

private:
    void showExportDialog();
    void showDetails();

    AuditLogModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_actor = nullptr;
    QLineEdit *m_target = nullptr;
    QCheckBox *m_useFrom = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QCheckBox *m_useTo = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QSpinBox *m_limit = nullptr;
    QPushButton *m_search = nullptr;
    QAction *m_export = nullptr;
    QPlainTextEdit *m_details = nullptr;
};

} // namespace BoxOffice::Ui
