// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

namespace hindsight::test {

// Folder with the test fixtures (tests/data in the source tree).
QString dataPath(const QString& fileName);
QByteArray readData(const QString& fileName);
// Path of the built hindsight executable, for command-line tests.
QString binaryPath();
// SHA-256 of a file's bytes, to prove a refused file was left unchanged.
QByteArray fileChecksum(const QString& path);

} // namespace hindsight::test
