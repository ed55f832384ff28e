#pragma once

#include "protocol/errors.h"

#include <QSqlDatabase>
#include <QStringList>

namespace BoxOffice::Server::Accounts {

constexpr int MinPasswordLength = 12;

/** 1–64 of A–Z a–z 0–9 . _ @ - (the users table checks the same). */
bool validName(const QString &name);

/**
 * Creates a user with a scrypt hash of password (run on a database thread: hashing takes
 * tens of milliseconds). UserExists, WeakPassword, BadField (name or roles) or Internal.
 */
Shared::ErrorCode createUser(QSqlDatabase &db, const QString &name, const QString &password,
                             const QStringList &roles);

/** --create-admin / --create-user: reads the password from standard input. Returns the exit code. */
int createUserFromCommandLine(QSqlDatabase &db, const QString &name, const QStringList &roles);

} // namespace BoxOffice::Server::Accounts
