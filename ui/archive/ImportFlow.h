// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace hindsight {

class CoeRepository;

struct ImportSummary
{
    int imported = 0;
    int skipped = 0;
    int refused = 0;
    bool failed = false;
    QString text;    // one line: what happened
    QString details; // one line per file, with reasons
};

// Imports files one by one with a progress dialog (shown after half a second,
// cancellable); asks what to do when a uuid is already in the archive.
ImportSummary runImportFlow(QWidget* parent, CoeRepository& repository, const QStringList& files);

} // namespace hindsight
