#pragma once

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace BoxOffice::Server {

/** One append-only audit row. Never put a password or a session token in any field. */
struct AuditEntry
{
    QString actor;
    QString role;   // the actor's roles, comma-separated; empty for none (a failed sign-in)
    QString action; // "signin.ok", "user.create", …
    QString target;
    QJsonObject before; // empty → NULL
    QJsonObject after;
    QString address;
};

/** Inserts the row on db (on a DbWorker's thread); logs and returns false on failure. */
bool appendAudit(QSqlDatabase &db, const AuditEntry &entry);

} // namespace BoxOffice::Server
