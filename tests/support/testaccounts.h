#pragma once

#include <QString>

namespace BoxOffice::Test {

class TestDatabase;

/**
 * Creates a staff account with `boxoffice-server --create-user` (the password on stdin, as
 * an operator would) in the test database. Returns false and warns with the server's output
 * on failure.
 */
bool createStaffUser(const TestDatabase &db, const QString &name, const QString &roles,
                     const QString &password);

} // namespace BoxOffice::Test
