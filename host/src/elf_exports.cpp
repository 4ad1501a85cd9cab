#include "elf_exports.hpp"

#include <elf.h>

#include <cstdint>
#include <cstring>
#include <fstream>
#include <string>
#include <vector>

namespace reshost::detail {

namespace {

template <class T>
bool read_at(std::ifstream& in, std::uint64_t offset, T* out, std::size_t count, std::uint64_t file_size) {
    std::uint64_t bytes = sizeof(T) * static_cast<std::uint64_t>(count);
    if (offset > file_size || bytes > file_size - offset) return false;
    in.seekg(static_cast<std::streamoff>(offset));
    in.read(reinterpret_cast<char*>(out), static_cast<std::streamsize>(bytes));
    return static_cast<bool>(in);
}

template <class Ehdr, class Shdr, class Sym>
bool exports(std::ifstream& in, std::uint64_t file_size, std::string_view symbol) {
    Ehdr eh{};
    if (!read_at(in, 0, &eh, 1, file_size) || eh.e_shentsize != sizeof(Shdr)) return false;
    std::vector<Shdr> sections(eh.e_shnum);
    if (sections.empty() || !read_at(in, eh.e_shoff, sections.data(), sections.size(), file_size)) return false;
    for (const Shdr& s : sections) {
        if (s.sh_type != SHT_DYNSYM || s.sh_link >= sections.size()) continue;
        const Shdr& strings = sections[s.sh_link];
        std::vector<Sym> syms(s.sh_size / sizeof(Sym));
        std::string names(strings.sh_size, '\0');
        if (!read_at(in, s.sh_offset, syms.data(), syms.size(), file_size) ||
            !read_at(in, strings.sh_offset, names.data(), names.size(), file_size))
            return false;
        for (const Sym& sym : syms) {
            bool defined = sym.st_shndx != SHN_UNDEF;
            bool global = (sym.st_info >> 4) != STB_LOCAL;
            bool visible = (sym.st_other & 0x3) == STV_DEFAULT || (sym.st_other & 0x3) == STV_PROTECTED;
            if (!defined || !global || !visible || sym.st_name >= names.size()) continue;
            const char* name = names.c_str() + sym.st_name;
            if (symbol == std::string_view(name, strnlen(name, names.size() - sym.st_name))) return true;
        }
    }
    return false;
}

}  // namespace

bool elf_exports_symbol(const std::filesystem::path& file, std::string_view symbol) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return false;
    in.seekg(0, std::ios::end);
    auto size = static_cast<std::uint64_t>(in.tellg());
    unsigned char ident[EI_NIDENT] = {};
    if (!read_at(in, 0, ident, EI_NIDENT, size) || std::memcmp(ident, ELFMAG, SELFMAG) != 0) return false;
    if (ident[EI_CLASS] == ELFCLASS64) return exports<Elf64_Ehdr, Elf64_Shdr, Elf64_Sym>(in, size, symbol);
    if (ident[EI_CLASS] == ELFCLASS32) return exports<Elf32_Ehdr, Elf32_Shdr, Elf32_Sym>(in, size, symbol);
    return false;
}

}  // namespace reshost::detail
