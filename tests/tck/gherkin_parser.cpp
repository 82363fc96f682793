#include "gherkin.hpp"
#include "gherkin_actions.hpp"
#include "gherkin_errors.hpp"

namespace annals::tck {

feature parse_feature(std::string_view text, const std::string& source) {
  namespace p = tao::pegtl;
  p::memory_input in(text.data(), text.size(), source);
  gherkin_builder builder;
  try {
    if (!p::parse<gherkin_grammar::feature_file, gherkin_grammar::action, gherkin_grammar::control>(in, builder))
      throw gherkin_error(source + ": not a feature file");
  } catch (const p::parse_error& e) {
    const auto& pos = e.positions().front();
    throw gherkin_error(p::to_string(pos) + ": " + std::string(e.message()));
  } catch (const gherkin_error& e) {
    throw gherkin_error(source + ": " + e.what());
  }
  return builder.take();
}

} // namespace annals::tck
