// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QAction;
class QLineEdit;
class QMenu;
class QObject;

namespace hindsight::teams {

// Owner names the user marks as teams (Settings::teamNames()): the review's
// blameless.name rule does not take them for people. The editor and the
// archive re-check when the list changes; Preferences lists it with Remove.

// "Mark “NAME” as a Team", checked when the name is marked; toggling it marks
// or unmarks the name in Settings. Object name "markTeamAction". Null for a
// blank name.
QAction* addMarkAction(QMenu* menu, const QString& name);

// The same action in a line edit's context menu (after its standard entries),
// for the name the line edit holds when the menu opens.
void addMarkActionToContextMenu(QLineEdit* edit);

// A name as menu text: '&' doubled, so it is not taken for a mnemonic.
QString menuText(const QString& name);

// The status tip of every action that marks a team (translated).
QString markStatusTip();

} // namespace hindsight::teams
