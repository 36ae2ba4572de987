// SPDX-License-Identifier: MIT
#include "CommentMarker.h"

#include "document/CoeDocument.h"
#include "itemmodels/ToolTip.h"

#include <QCoreApplication>
#include <QIcon>
#include <QTextDocument>
#include <functional>

namespace hindsight::commentmarker {

namespace {

struct CommentMarkerText
{
    Q_DECLARE_TR_FUNCTIONS(CommentMarker)
};

} // namespace

QVariant data(int count, int role, bool firstColumn, const QVariant& toolTip)
{
    if (role == UnresolvedCommentsRole)
        return count;
    if (!firstColumn || count <= 0)
        return role == Qt::ToolTipRole ? toolTip : QVariant();
    if (role == Qt::DecorationRole)
        return QIcon(QStringLiteral(":/icons/review-comment.svg"));
    if (role == Qt::ToolTipRole) {
        const QString line = CommentMarkerText::tr("%n unresolved review comments", nullptr, count);
        const QString before = toolTip.toString();
        // The tooltip is already plain or escaped (plainToolTip); keep its form.
        if (before.isEmpty())
            return line;
        if (Qt::mightBeRichText(before))
            return before + QStringLiteral("<p>") + line.toHtmlEscaped() + QStringLiteral("</p>");
        return before + QLatin1Char('\n') + line;
    }
    return {};
}

void refreshOnReviewChange(QAbstractItemModel* model, CoeDocument* document)
{
    QObject::connect(document, &CoeDocument::reviewChanged, model, [model] {
        // Every row, top level and below (the why tree nests).
        const std::function<void(const QModelIndex&)> touch = [&](const QModelIndex& parent) {
            const int rows = model->rowCount(parent);
            if (rows == 0)
                return;
            const int last = model->columnCount(parent) - 1;
            emit model->dataChanged(model->index(0, 0, parent), model->index(rows - 1, last, parent),
                                    {UnresolvedCommentsRole, Qt::DecorationRole, Qt::ToolTipRole});
            for (int r = 0; r < rows; ++r)
                touch(model->index(r, 0, parent));
        };
        touch({});
    });
}

} // namespace hindsight::commentmarker
