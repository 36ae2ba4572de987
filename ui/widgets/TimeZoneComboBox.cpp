// SPDX-License-Identifier: MIT
#include "widgets/TimeZoneComboBox.h"
#include "itemmodels/ToolTip.h"

#include <QCompleter>
#include <QLineEdit>
#include <QToolTip>

namespace hindsight {

TimeZoneComboBox::TimeZoneComboBox(QWidget* parent) : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    QStringList ids;
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        ids << QString::fromUtf8(id);
    if (!ids.contains(QStringLiteral("UTC")))
        ids.prepend(QStringLiteral("UTC"));
    addItems(ids);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    lineEdit()->setPlaceholderText(tr("Search zones, e.g. Bogota"));
    auto choose = [this] {
        if (m_updating)
            return;
        const QTimeZone z = zone();
        if (z.isValid())
            emit zoneChosen(z);
    };
    connect(this, &QComboBox::activated, this, choose);
    connect(lineEdit(), &QLineEdit::editingFinished, this, [this, choose] {
        // Only a real zone name counts; anything else goes back to the zone shown before.
        if (findText(currentText()) >= 0) {
            setToolTip(QString());
            choose();
            return;
        }
        const QString typed = currentText();
        setZone(m_lastValid);
        const QString message = tr("\"%1\" is not a time zone; kept %2.").arg(typed, currentText());
        setToolTip(plainToolTip(message));
        setStatusTip(message);
        QToolTip::showText(mapToGlobal(QPoint(0, height())), plainToolTip(message), this);
    });
    connect(this, &QComboBox::currentTextChanged, this, [this](const QString& text) {
        if (findText(text) >= 0)
            m_lastValid = zone();
    });
}

QTimeZone TimeZoneComboBox::zone() const
{
    const QByteArray id = currentText().trimmed().toUtf8();
    if (id.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(id))
        return id == "UTC" ? QTimeZone::utc() : QTimeZone();
    return id == "UTC" ? QTimeZone::utc() : QTimeZone(id);
}

void TimeZoneComboBox::setZone(const QTimeZone& zone)
{
    m_updating = true;
    m_lastValid = zone;
    const QString id = zone == QTimeZone::utc() ? QStringLiteral("UTC") : QString::fromUtf8(zone.id());
    const int i = findText(id);
    if (i >= 0)
        setCurrentIndex(i);
    else
        setEditText(id);
    m_updating = false;
}

} // namespace hindsight
