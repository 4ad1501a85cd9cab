// A hash index over the rows of a table the caller keeps: it stores row
// numbers, not keys, so the keys stay where they already are (a vector of
// terms, views into a data file) and building the index allocates once.
// Word lists are read on every run and looked up a few dozen times, so a
// node per entry and a copy of every key (std::unordered_map<std::string, ...>)
// cost more than all the lookups.
// Header-only, standard library only.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace reshost {

// FNV-1a over the bytes of `s`, each passed through `map` first (a case fold).
template <class Map>
std::uint32_t hash_bytes(std::string_view s, Map map) {
    std::uint32_t h = 2166136261u;
    for (char c : s) {
        h ^= static_cast<unsigned char>(map(c));
        h *= 16777619u;
    }
    return h;
}

inline std::uint32_t hash_bytes(std::string_view s) {
    return hash_bytes(s, [](char c) { return c; });
}

// Open addressing with linear probing, at most half full.
class IndexTable {
public:
    static constexpr std::uint32_t none = UINT32_MAX;

    // Makes room for `rows` rows without growing.
    void reserve(std::size_t rows) {
        std::size_t want = 16;
        while (want < rows * 2) want *= 2;
        if (want > slots_.size()) rehash(want);
    }

    // The row whose key has `hash` and for which `same(row)` holds, or none.
    template <class Same>
    std::uint32_t find(std::uint32_t hash, Same same) const {
        if (slots_.empty()) return none;
        std::size_t mask = slots_.size() - 1;
        for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
            const Slot& s = slots_[i];
            if (s.row == none) return none;
            if (s.hash == hash && same(s.row)) return s.row;
        }
    }

    // Adds `row` under `hash` unless a row with the same key (`same(row)`) is
    // there already; returns the row that holds the key afterwards.
    template <class Same>
    std::uint32_t insert(std::uint32_t hash, std::uint32_t row, Same same) {
        if ((size_ + 1) * 2 > slots_.size()) rehash(slots_.empty() ? 16 : slots_.size() * 2);
        std::size_t mask = slots_.size() - 1;
        for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
            Slot& s = slots_[i];
            if (s.row == none) {
                s = {hash, row};
                ++size_;
                return row;
            }
            if (s.hash == hash && same(s.row)) return s.row;
        }
    }

private:
    struct Slot {
        std::uint32_t hash = 0;
        std::uint32_t row = none;
    };

    void rehash(std::size_t slots) {
        std::vector<Slot> old(slots);
        old.swap(slots_);
        std::size_t mask = slots_.size() - 1;
        for (const Slot& s : old) {
            if (s.row == none) continue;
            std::size_t i = s.hash & mask;
            while (slots_[i].row != none) i = (i + 1) & mask;
            slots_[i] = s;
        }
    }

    std::vector<Slot> slots_;
    std::size_t size_ = 0;
};

}  // namespace reshost
