// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Coe.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <optional>

namespace hindsight {

class Archive;

// One past COE like the one being written (SimilarCoes::find).
struct SimilarCoe
{
    QUuid uuid;
    QString title;
    std::optional<int> severity;
    QDateTime incidentAt; // UTC; invalid when the COE has no timeline instant
    QByteArray displayTimeZone; // the COE's own zone (IANA id), as the archive window shows its instants
    double score = 0;     // SimilarCoes: higher is more alike
    QStringList services;   // shared services, as the other COE spells them
    QStringList categories; // shared contributing-factor categories
    QStringList words;      // shared significant words (folded), most telling first
    // "same service payments; same factor change/configuration; words: failover, timeout"
    QString reason() const;
};

// "Has this happened before?" (issue #14): the live past COEs most like a
// COE being written, from what it says now (unsaved edits included).
//
// Score (higher is more alike), the same on both back ends:
//   kServiceWeight  x  services both COEs name (exact names)
// + kCategoryWeight x  contributing-factor categories both have
// + kTextWeight     x  the share of the text's significance they share:
//                      sum of idf(w) over the significant words w the other
//                      COE holds / sum of idf(w) over the significant words
//                      the archive holds at all,
// where the significant words are at most kMaxWords distinct words of the
// title and the summary (significantWords: the title's first, then the
// summary's most frequent; no stop words, none shorter than 3 characters,
// no numbers), found in the archive's full-text index (anywhere in a COE,
// exactly as search finds a word: case and diacritics ignored), and
// idf(w) = ln(1 + (N - n + 0.5) / (n + 0.5)) (BM25's) with N live COEs,
// n of them holding w; a word in at least one in 20 of them (and at least
// kCommonFloor) is too common to count and left out (its idf is under
// ln 20, a rare word's 7 to 9 in 10,000 COEs; listing its COEs costs most). A COE needs at least kMinScore (a shared service, or a
// shared category and some words, or most of the text's significance);
// ties: the newer COE first.
//
// Never offered: the COE itself, COEs it already lists as related, COEs in
// the Trash, and COEs marked "not related" for it (markNotRelated: table
// coe_dismissed_similar, schema 10, per COE, kept until unmarked).
//
// Reads only (find); every value bound, user text never query syntax. Like
// any Archive, used from the thread that opened it: the editor runs find()
// on a thread of its own with its own connection (ui/editor/SimilarLookup).
class SimilarCoes
{
    Q_DECLARE_TR_FUNCTIONS(SimilarCoes)
public:
    static constexpr int kMaxWords = 10;
    static constexpr double kServiceWeight = 3.0;
    static constexpr double kCategoryWeight = 2.0;
    static constexpr double kTextWeight = 4.0;
    static constexpr double kMinScore = 2.5;
    // A word held by at least kCommonShare of the live COEs (and at least
    // kCommonFloor of them) is too common to count.
    static constexpr double kCommonShare = 0.05;
    static constexpr qint64 kCommonFloor = 20;

    explicit SimilarCoes(Archive& archive) : m_archive(archive) {}

    // At most `limit` similar COEs, best first. Empty with `error` set when
    // the archive cannot be read.
    QList<SimilarCoe> find(const Coe& coe, int limit, QString* error = nullptr) const;

    // The significant words of a COE's title and summary, folded as the
    // full-text index holds them, in the order they are looked for.
    static QStringList significantWords(const Coe& coe);

    // "Not related": `other` is no longer offered for `coe`. False with
    // `error` when the archive cannot be written.
    bool markNotRelated(const QUuid& coe, const QUuid& other, QString* error = nullptr);
    bool unmarkNotRelated(const QUuid& coe, const QUuid& other, QString* error = nullptr);
    QList<QUuid> notRelated(const QUuid& coe, QString* error = nullptr) const;

private:
    Archive& m_archive;
};

} // namespace hindsight
