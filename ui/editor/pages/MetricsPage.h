// SPDX-License-Identifier: MIT
#pragma once

#include "editor/EditorPage.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QPushButton;

namespace hindsight {

class MarkdownEdit;
class MetricModel;
class SeriesPanel;

// The list of metrics, and for the selected one its name, role, source,
// description and images (file dialog, drag and drop, paste).
class MetricsPage : public EditorPage
{
    Q_OBJECT
public:
    static constexpr qint64 kMaxImageBytes = 20 * 1024 * 1024;

    explicit MetricsPage(CoeDocument* document, QWidget* parent = nullptr);

    // Adds an image file to the selected metric; false (and a message on the
    // page) when it is not an image or larger than 20 MB.
    bool addImageFile(const QString& path);
    bool addImageData(const QByteArray& data, const QString& fileName);
    // Metrics › Add Series from File… and Paste Series (issue #15): into the
    // selected metric (a new one when there is none); false when nothing was imported.
    bool addSeriesFromFile();
    bool addSeriesFile(const QString& path);
    bool pasteSeries();
    int currentRow() const;
    void setCurrentRow(int row);
    void focusLocation(const analysis::Location& location) override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void refreshDetail();
    void refreshImages();
    void showProblem(const QString& text);
    int ensureMetric(const QString& name); // the selected metric's row, or a new one's

    MetricModel* m_model;
    QListView* m_list;
    QWidget* m_detail;
    QLineEdit* m_name;
    QComboBox* m_role;
    QLineEdit* m_source;
    MarkdownEdit* m_description;
    QListWidget* m_images;
    QLabel* m_problem;
    QPushButton* m_removeImage;
    SeriesPanel* m_series;
    bool m_updating = false;
};

} // namespace hindsight
