// SPDX-License-Identifier: MIT
#include "editor/TeamMarking.h"

#include "settings/Settings.h"

#include <QAction>
#include <QCoreApplication>
#include <QLineEdit>
#include <QMenu>

namespace hindsight::teams {

QString menuText(const QString& name)
{
    QString text = name.simplified();
    text.replace(QLatin1Char('&'), QStringLiteral("&&"));
    return text;
}

QString markStatusTip()
{
    return QCoreApplication::translate(
        "TeamMarking", "A team is not a person: the review does not point out its name in the "
                       "text. Preferences lists the names marked as teams.");
}

QAction* addMarkAction(QMenu* menu, const QString& name)
{
    const QString n = name.simplified();
    if (n.isEmpty())
        return nullptr;
    auto* action =
        menu->addAction(QCoreApplication::translate("TeamMarking", "Mark “%1” as a Team").arg(menuText(n)));
    action->setObjectName(QStringLiteral("markTeamAction"));
    action->setCheckable(true);
    action->setChecked(Settings::instance()->isMarkedTeam(n));
    action->setStatusTip(markStatusTip());
    QObject::connect(action, &QAction::toggled, action,
                     [n](bool team) { Settings::instance()->setMarkedTeam(n, team); });
    return action;
}

void addMarkActionToContextMenu(QLineEdit* edit)
{
    edit->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(edit, &QWidget::customContextMenuRequested, edit, [edit](const QPoint& pos) {
        QMenu* menu = edit->createStandardContextMenu();
        menu->setAttribute(Qt::WA_DeleteOnClose);
        if (!edit->text().simplified().isEmpty()) {
            menu->addSeparator();
            addMarkAction(menu, edit->text());
        }
        menu->popup(edit->mapToGlobal(pos));
    });
}

} // namespace hindsight::teams
