// SPDX-License-Identifier: MIT
#include "exchange/CoeImporter.h"

#include "storage/CoeRepository.h"
#include "storage/CoeVersions.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace hindsight::exchange {
namespace {

// lupdate reads the context from Q_DECLARE_TR_FUNCTIONS, so the .ts files
// and the running program agree on it.
struct CoeImporterText
{
    Q_DECLARE_TR_FUNCTIONS(CoeImporter)
};

ImportOutcome finish(ImportOutcome outcome, CoeRepository& repository, Coe coe, ConflictPolicy policy)
{
    outcome.title = coe.title;
    coe.revision = 0;
    // The repository checks the uuid inside the save's write transaction, so
    // two processes importing the same document cannot both see it free.
    CoeRepository::SaveMode mode = CoeRepository::SaveMode::CheckRevision; // Fail: revision 0 inserts only
    if (policy == ConflictPolicy::Replace)
        mode = CoeRepository::SaveMode::Overwrite;
    else if (policy == ConflictPolicy::Copy)
        mode = CoeRepository::SaveMode::InsertOrCopy;
    const QUuid given = coe.uuid;
    // What an import replaces is kept as a version first (issue #13).
    if (mode == CoeRepository::SaveMode::Overwrite && repository.exists(given)) {
        QString error;
        std::optional<Coe> stored = repository.load(given, &error);
        if (!stored || !CoeVersions(repository.archive()).record(*stored, VersionReason::Import, &error)) {
            outcome.result = ImportOutcome::Result::Failed;
            outcome.message = CoeImporterText::tr("%1: not imported: %2").arg(outcome.fileName, error);
            return outcome;
        }
    }
    const SaveResult saved = repository.save(coe, mode);
    if (saved.status == SaveResult::Status::Conflict && policy == ConflictPolicy::Fail) {
        outcome.result = ImportOutcome::Result::Conflict;
        outcome.uuid = given;
        outcome.message = CoeImporterText::tr("%1: a COE with uuid %2 is already in the archive; nothing imported "
                             "(choose replace or copy)")
                              .arg(outcome.fileName, given.toString(QUuid::WithoutBraces));
        return outcome;
    }
    if (!saved.ok()) {
        outcome.result = ImportOutcome::Result::Failed;
        outcome.message = CoeImporterText::tr("%1: not imported: %2").arg(outcome.fileName, saved.error);
        return outcome;
    }
    if (coe.uuid != given)
        outcome.result = ImportOutcome::Result::Copied;
    else if (coe.revision > 1) // Overwrite: a stored COE was replaced
        outcome.result = ImportOutcome::Result::Replaced;
    else
        outcome.result = ImportOutcome::Result::Imported;
    outcome.uuid = coe.uuid;
    const QString id = coe.uuid.toString(QUuid::WithoutBraces);
    switch (outcome.result) {
    case ImportOutcome::Result::Replaced:
        outcome.message = CoeImporterText::tr("%1: replaced COE %2").arg(outcome.fileName, id);
        break;
    case ImportOutcome::Result::Copied:
        outcome.message = CoeImporterText::tr("%1: imported as a copy with the new uuid %2").arg(outcome.fileName, id);
        break;
    default:
        outcome.message = CoeImporterText::tr("%1: imported as %2").arg(outcome.fileName, id);
        break;
    }
    return outcome;
}

ImportOutcome fromRead(JsonReadResult read, const QString& fileName, CoeRepository& repository,
                       ConflictPolicy policy)
{
    ImportOutcome outcome;
    outcome.fileName = fileName;
    outcome.warnings = read.warnings;
    if (!read.ok()) {
        outcome.result = ImportOutcome::Result::Invalid;
        outcome.errors = read.errors;
        outcome.message = read.errors.first().toString(fileName);
        return outcome;
    }
    return finish(outcome, repository, std::move(read.coe), policy);
}

} // namespace

std::optional<ConflictPolicy> conflictPolicyFromString(const QString& s)
{
    if (s == QLatin1String("fail"))
        return ConflictPolicy::Fail;
    if (s == QLatin1String("replace"))
        return ConflictPolicy::Replace;
    if (s == QLatin1String("copy"))
        return ConflictPolicy::Copy;
    return std::nullopt;
}

ImportOutcome importFile(CoeRepository& repository, const QString& path, ConflictPolicy policy)
{
    return fromRead(CoeJson::readFile(path), path, repository, policy);
}

ImportOutcome importBytes(CoeRepository& repository, const QByteArray& bytes, const QString& fileName,
                          ConflictPolicy policy)
{
    return fromRead(CoeJson::read(bytes), fileName, repository, policy);
}

} // namespace hindsight::exchange
