// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Coe.h"
#include "report/ReportOptions.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QWidget;

namespace hindsight::report {

// The File menu's export and print flows, shared by the archive window and
// the editor: each asks what it needs, runs, and returns a message for the
// window's banner (empty when there is nothing to say).
class ExportActions
{
    Q_DECLARE_TR_FUNCTIONS(ExportActions)
public:
    // Paper size and gap threshold from the settings.
    static ReportOptions defaultOptions();

    struct Outcome
    {
        bool ok = true;
        QString message;
    };
    // One COE, or a review packet of several. `stamps`: the title block's
    // version and approval of each COE (ReportOptions::versionStamps).
    static Outcome exportPdf(QWidget* parent, const QList<Coe>& coes,
                             const QHash<QUuid, VersionStamp>& stamps = {});
    static Outcome printPreview(QWidget* parent, const QList<Coe>& coes,
                                const QHash<QUuid, VersionStamp>& stamps = {});
    static Outcome print(QWidget* parent, const QList<Coe>& coes,
                         const QHash<QUuid, VersionStamp>& stamps = {});
    static Outcome exportMarkdown(QWidget* parent, const Coe& coe, const QHash<QUuid, VersionStamp>& stamps = {});
    // File › Export…: any format, any audience (ExportDialog, then ProfileExport).
    // knownNames: people's names to redact in text besides the COE's own
    // (the archive's owners).
    static Outcome exportForAudience(QWidget* parent, const Coe& coe, const QStringList& knownNames = {},
                                     const QHash<QUuid, VersionStamp>& stamps = {});
};

} // namespace hindsight::report
