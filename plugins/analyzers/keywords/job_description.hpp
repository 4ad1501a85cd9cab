// What a job description asks for: its title, whether it is remote, and the
// skill terms it names, each required or preferred as the text itself says.
#pragma once

#include "job_cues.hpp"

#include <skill_terms.hpp>

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace reshost::keywords {

// What a job's part says of a skill: it must be had, it is a plus, or the job
// will use it (a responsibility: no finding, counted in the match rate as a
// preferred skill is).
enum class Need { required, preferred, responsibility };

// Which families of skills hold a skill: "service-mesh" holds Istio and
// Linkerd, "spring" holds Spring Boot (skill_families.txt). A family member
// meets a requirement for its family; in an open choice ("GitHub Actions,
// Jenkins or similar") any member of a named skill's family does.
class SkillFamilies {
public:
    // Reads skill_families.txt from `dir`; every id must be one of `vocabulary`.
    static SkillFamilies load(const std::string& dir, const terms::Vocabulary& vocabulary);
    // The members of the family `id` heads; empty when it heads none.
    const std::vector<std::string>& members(std::string_view id) const;
    // The families `id` belongs to.
    const std::vector<std::string>& families_of(std::string_view id) const;

private:
    std::map<std::string, std::vector<std::string>, std::less<>> members_, families_;
};

// Where a line of the job sits: its source line (text, Markdown) or its page (PDF).
struct JobPlace {
    std::uint32_t line = 0;     // 0 when unknown
    std::uint32_t page = 0;     // 0 when unknown
};

// One line of the job description as the importer read it.
struct JobLine {
    std::string_view text;
    JobPlace at;
    bool heading = false;       // the document marks it as a heading
    bool emphasized = false;    // the whole line is bold
};

// One thing the job asks for: a skill, or one of several ("Kafka or RabbitMQ").
struct Requirement {
    std::vector<const terms::Term*> terms;  // alternatives; a single term most of the time
    Need need = Need::required;
    bool open = false;                      // "or similar": any skill of a named one's family meets it
    std::string quote;                      // the sentence of the job that asks for it
    JobPlace at;

    // "kafka|rabbitmq": the term ids, sorted, joined with '|'.
    std::string key() const;
};

struct JobDescription {
    std::string title;          // as written, without level or place suffixes; empty when none found
    std::string title_line;     // the line the title comes from, as written
    JobPlace title_at;
    bool remote = false;
    std::string remote_quote;   // the line that says so
    JobPlace remote_at;
    std::vector<Requirement> requirements;  // in the order the job names them
    // For each term id, the vocabulary wordings the job uses ("Kubernetes", "K8s").
    std::map<std::string, std::vector<std::string>, std::less<>> wordings;
    // For each term id, the job's own text the first time it names it ("k8s").
    std::map<std::string, std::string, std::less<>> first_written;
    // Terms the job names that the vocabulary does not know ("PCI DSS",
    // "Kustomize", "idempotency"), as a vocabulary of their own (kind "job"),
    // matched in the resume by their normalized wording. Never null.
    std::shared_ptr<const terms::Vocabulary> own_terms;
    // The most years of experience a required part asks for ("5+ years"); 0 when none.
    int years = 0;
    std::string years_quote;
    JobPlace years_at;
};

// Reads a job description's lines with the skill vocabulary and the cue phrases.
JobDescription read_job(const std::vector<JobLine>& lines, const terms::Vocabulary& vocabulary, const JobCues& cues);

}  // namespace reshost::keywords
