// SPDX-License-Identifier: MIT
#pragma once

#include "metrics/SeriesImport.h"

#include <QDialog>
#include <QTimeZone>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableWidget;

namespace hindsight {

// How to read a monitoring export whose reading is not certain (issue #15):
// no known format (which column is the time, which are values, is there a
// header), or times without an offset (the zone they were written in, never
// guessed: OK stays disabled until one is chosen). A preview table shows the
// file's first rows; every change reads the file again and says what would
// be imported, with each refused line's number. OK is enabled only when the
// file reads with the mapping; nothing is imported otherwise.
class SeriesMappingDialog : public QDialog
{
    Q_OBJECT
public:
    // displayZone: the COE's zone, offered first (not chosen).
    SeriesMappingDialog(const QByteArray& bytes, const QString& fileName, metrics::SeriesFormat format,
                        const QTimeZone& displayZone, QWidget* parent = nullptr);

    const metrics::SeriesImportResult& result() const { return m_result; }
    metrics::SeriesMapping mapping() const;
    // For tests and the keyboard: choose a zone by its IANA id.
    void chooseZone(const QByteArray& ianaId);

private:
    void reread();

    QByteArray m_bytes;
    metrics::SeriesFormat m_format;
    metrics::SeriesImportResult m_result;
    QTableWidget* m_preview;
    QComboBox* m_time;
    QListWidget* m_values;
    QCheckBox* m_header;
    QComboBox* m_zone;
    QLineEdit* m_unit;
    QLabel* m_outcome;
    QDialogButtonBox* m_buttons;
    bool m_updating = false;
};

} // namespace hindsight
