#include "admin/adminrequests.h"

#include "protocol/frame.h"

#include <QCborArray>

#include <algorithm>

namespace BoxOffice::Ui {

namespace Key = Shared::Key;

QCborMap AdminRequests::createUser(const QString &user, const QString &password, const QStringList &roles)
{
    QCborMap fields;
    fields.insert(Key::User, user);
    fields.insert(Key::Password, password);
    fields.insert(Key::Roles, QCborArray::fromStringList(roles));
    return fields;
}

QCborMap AdminRequests::setRoles(const QString &user, const QStringList &roles)
{
    QCborMap fields;
    fields.insert(Key::User, user);
    fields.insert(Key::Roles, QCborArray::fromStringList(roles));
    return fields;
}

QCborMap AdminRequests::setDisabled(const QString &user, bool disabled)
{
    QCborMap fields;
    fields.insert(Key::User, user);
    fields.insert(Key::Disabled, disabled);
    return fields;
}

QCborMap AdminRequests::resetPassword(const QString &user, const QString &password)
{
    QCborMap fields;
    fields.insert(Key::User, user);
    fields.insert(Key::Password, password);
    return fields;
}

QCborMap AdminRequests::revokeSession(qint64 session)
{
    QCborMap fields;
    fields.insert(Key::Session, session);
    return fields;
}

QCborMap AdminRequests::queryAudit(const AuditFilter &filter)
{
    QCborMap fields;
    if (!filter.actor.trimmed().isEmpty())
        fields.insert(Key::Actor, filter.actor.trimmed());
    if (!filter.target.trimmed().isEmpty())
        fields.insert(Key::Target, filter.target.trimmed());
    if (filter.from.isValid())
        fields.insert(Key::From, filter.from.toMSecsSinceEpoch());
    if (filter.to.isValid())
        fields.insert(Key::To, filter.to.toMSecsSinceEpoch());
    fields.insert(Key::Limit, std::clamp(filter.limit, 1, MaxAuditRows));
    return fields;
}

} // namespace BoxOffice::Ui
