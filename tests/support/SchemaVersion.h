// SPDX-License-Identifier: MIT
#pragma once

namespace hindsight::test {

// The schema version this build writes, for the tests that check it. 10 is
// another branch's (metric series are the step 10 -> 11): the one place to
// change when the branches meet.
inline constexpr int kSchemaVersion = 16;

} // namespace hindsight::test
