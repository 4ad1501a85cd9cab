// The JSON emitter's writer lays documents out exactly as nlohmann's dump(2)
// does: each case is written both ways and compared byte for byte.
#include "json_writer.hpp"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include <string>

using reshost::json::JsonWriter;
using Json = nlohmann::ordered_json;

namespace {

std::string dumped(const Json& j) { return j.dump(2, ' ', false, Json::error_handler_t::replace); }

}  // namespace

TEST(JsonWriter, NestedObjectsAndArraysAsDump) {
    JsonWriter w;
    w.begin_object();
    w.key("name");
    w.string("reshost");
    w.key("empty_object");
    w.begin_object();
    w.end_object();
    w.key("empty_array");
    w.begin_array();
    w.end_array();
    w.key("items");
    w.begin_array();
    w.number(std::int64_t{-3});
    w.null();
    w.begin_object();
    w.key("box");
    w.begin_object();
    w.key("x0");
    w.number(static_cast<double>(72.1f));
    w.key("y1");
    w.number(0.5);
    w.end_object();
    w.key("paragraph");
    w.number(std::uint64_t{4000000000u});
    w.end_object();
    w.end_array();
    w.key("overall");
    w.number(87.0);
    w.end_object();

    Json j;
    j["name"] = "reshost";
    j["empty_object"] = Json::object();
    j["empty_array"] = Json::array();
    j["items"] = Json::array({-3, nullptr, Json{{"box", Json{{"x0", 72.1f}, {"y1", 0.5}}}, {"paragraph", 4000000000u}}});
    j["overall"] = 87.0;
    EXPECT_EQ(w.text(), dumped(j));
}

TEST(JsonWriter, StringsEscapedAsDump) {
    const std::string cases[] = {
        "plain",
        "quote \" and backslash \\",
        "tab\there, line\nbreak, return\r, \b and \f",
        std::string("control \x01 and \x1f and nul ") + '\0' + " end",
        "unicode: caf\xc3\xa9, \xe2\x80\xa6, \xf0\x9f\x9a\x80, and / slash",
        "invalid: \xff\xfe lone \x80 byte",
        "truncated: \xe2\x80",
        "overlong: \xc0\xaf, surrogate: \xed\xa0\x80",
    };
    for (const auto& s : cases) {
        JsonWriter plain;
        plain.string(s);
        EXPECT_EQ(plain.text(), Json(s).dump(-1, ' ', false, Json::error_handler_t::replace)) << s;

        JsonWriter member;
        member.begin_object();
        member.key(s);
        member.string_or_null(s);
        member.end_object();
        EXPECT_EQ(member.text(), dumped(Json{{s, s}})) << s;
    }
}
