#pragma once

#include <QCborMap>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace BoxOffice::Ui {

/** What the audit log is asked for (QueryAudit); empty fields do not filter. */
struct AuditFilter
{
    QString actor;
    QString target;
    QDateTime from;
    QDateTime to;
    int limit = 500;
};

/** The request fields of the admin messages, built in one place (and tested there). */
class AdminRequests final
{
public:
    static constexpr int MaxAuditRows = 1000; // the server's limit

    static QCborMap createUser(const QString &user, const QString &password, const QStringList &roles);
    static QCborMap setRoles(const QString &user, const QStringList &roles);
    static QCborMap setDisabled(const QString &user, bool disabled);
    static QCborMap resetPassword(const QString &user, const QString &password);
    static QCborMap revokeSession(qint64 session);
    static QCborMap queryAudit(const AuditFilter &filter);
};

} // namespace BoxOffice::Ui
