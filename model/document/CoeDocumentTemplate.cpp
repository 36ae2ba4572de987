// SPDX-License-Identifier: MIT
// CoeDocument's change of template (issue #16): the new template's questions,
// tags and services are added, nothing is removed, in one undo step.
#include "CoeCommands.h"
#include "CoeDocument.h"

#include "templates/Template.h"

#include <QCoreApplication>

namespace hindsight {

bool CoeDocument::applyTemplate(const templates::Template& t)
{
    Coe after = templates::withTemplate(m_coe, t);
    after.updatedAt = m_coe.updatedAt; // the command stamps it
    if (after.sameContent(m_coe))
        return false;
    push(new ReplaceContentCommand(this, QCoreApplication::translate("CoeDocument", "Change Template"), m_coe,
                                   after));
    return true;
}

} // namespace hindsight
