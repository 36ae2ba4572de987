// SPDX-License-Identifier: MIT
// The table of Settings' keys: each key's name in the file, default value,
// and the rule that turns a value into its canonical form (or refuses it).
#pragma once

#include "settings/Settings.h"

#include <QVariant>
#include <array>

namespace hindsight::settings_detail {

struct KeyInfo;
// Turns a value into the key's canonical type, or an invalid QVariant when the
// key's rule rejects it.
using Normalizer = QVariant (*)(const KeyInfo&, const QVariant&);

struct KeyInfo
{
    Settings::Key key;
    const char* name;
    QVariant (*defaultValue)();
    Normalizer normalize;
    int minimum = 0; // for integer keys
    int maximum = 0;
};

inline constexpr std::size_t kKeyCount = 15;

// The one table of keys, and one key's row.
const std::array<KeyInfo, kKeyCount>& keyTable();
const KeyInfo& info(Settings::Key key);

// A recent-archives entry as stored: a path cleaned, a PostgreSQL URI without
// its password; empty when it is neither.
QString recentEntry(const QString& raw);

} // namespace hindsight::settings_detail
