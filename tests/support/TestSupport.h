// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QTranslator>
#include <QtTest>

namespace hindsight::test {

// Folder with the test fixtures (tests/data in the source tree).
QString dataPath(const QString& fileName);
QByteArray readData(const QString& fileName);
// Path of the built hindsight executable, for command-line tests.
QString binaryPath();
// SHA-256 of a file's bytes, to prove a refused file was left unchanged.
QByteArray fileChecksum(const QString& path);

// Whether the environment says this is a CI run (CI=true, as GitHub Actions,
// GitLab and most others set it).
bool isCi();
// Empty when the program is on PATH, else a message naming it.
QString missingToolMessage(const QString& program);

// English plural forms without the compiled translation: a translator that
// answers each numerus message (tr("%n COE(s)", nullptr, n)) the way
// hindsight_en.ts does, "(s)" dropped for 1 and "s" otherwise ("1 COE",
// "4 COEs"), and leaves plain messages alone. A test that installs it sees
// what a user sees, and a count written as a plain message ("%1 COEs")
// stays wrong for 1. Install with QCoreApplication::installTranslator.
class EnglishPlurals : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* sourceText, const char* disambiguation = nullptr,
                      int n = -1) const override;
};

} // namespace hindsight::test

// For a test function that needs an external program (pdftotext, say): when
// it is not on PATH the test is skipped, or fails under CI=true, where a
// missing tool must not let the test pass by skipping. Put it in each test
// function that needs the tool, never in initTestCase (that would skip the
// tests that do not need it). It returns from the test function.
#define HINDSIGHT_REQUIRE_TOOL(program)                                                                      \
    do {                                                                                                     \
        const QString hindsightMissingTool_ =                                                                \
            ::hindsight::test::missingToolMessage(QStringLiteral(program));                                  \
        if (!hindsightMissingTool_.isEmpty()) {                                                              \
            if (::hindsight::test::isCi())                                                                   \
                QFAIL(                                                                                       \
                    qPrintable(hindsightMissingTool_ + QStringLiteral(" (CI=true: a missing tool fails)"))); \
            QSKIP(qPrintable(hindsightMissingTool_));                                                        \
        }                                                                                                    \
    } while (false)
