// SPDX-License-Identifier: MIT
#pragma once

#include "exchange/CoeJson.h"

#include <QList>
#include <QString>
#include <QUuid>

namespace hindsight {
class CoeRepository;
}

namespace hindsight::exchange {

// What to do when an imported document's uuid is already in the archive.
enum class ConflictPolicy {
    Fail,    // refuse this document, archive unchanged
    Replace, // overwrite the stored COE
    Copy     // keep both: the import gets a new uuid
};

std::optional<ConflictPolicy> conflictPolicyFromString(const QString& s); // fail, replace, copy

struct ImportOutcome
{
    enum class Result { Imported, Replaced, Copied, Conflict, Invalid, Failed };
    Result result = Result::Failed;
    QString fileName;
    QUuid uuid; // of the stored COE, when stored
    QString title;
    QList<JsonDiagnostic> errors;
    QList<JsonDiagnostic> warnings;
    QString message; // one line for the user, names the file
    bool stored() const
    {
        return result == Result::Imported || result == Result::Replaced || result == Result::Copied;
    }
};

// Reads one .coe.json file and stores it in one transaction. A document with
// any error, or a uuid conflict under ConflictPolicy::Fail, stores nothing.
ImportOutcome importFile(CoeRepository& repository, const QString& path, ConflictPolicy policy);
// The same for bytes already read (fileName only names them in messages).
ImportOutcome importBytes(CoeRepository& repository, const QByteArray& bytes, const QString& fileName,
                          ConflictPolicy policy);

} // namespace hindsight::exchange
