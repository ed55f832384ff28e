#include "auth/audit.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace BoxOffice::Server {

Q_LOGGING_CATEGORY(lcAudit, "boxoffice.server.audit")

namespace {
QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}
QVariant jsonOrNull(const QJsonObject &o)
{
    if (o.isEmpty())
        return QVariant(QMetaType::fromType<QString>());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
} // namespace

bool appendAudit(QSqlDatabase &db, const AuditEntry &e)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO audit_log (actor, role, action, target, before, after, address)"
                             " VALUES (?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb), ?)"));
    q.addBindValue(e.actor);
    q.addBindValue(textOrNull(e.role));
    q.addBindValue(e.action);
    q.addBindValue(e.target);
    q.addBindValue(jsonOrNull(e.before));
    q.addBindValue(jsonOrNull(e.after));
    q.addBindValue(textOrNull(e.address));
    if (!q.exec()) {
        qCWarning(lcAudit) << "cannot write audit row" << e.action << ":" << q.lastError().text();
        return false;
    }
    return true;
}

} // namespace BoxOffice::Server
