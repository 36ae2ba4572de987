// SPDX-License-Identifier: MIT
// The one source file of hindsight_shared (tests/CMakeLists.txt): the
// library's code is the model and ui libraries, linked in whole.
