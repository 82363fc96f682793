#include "parser/parser.hpp"

#include "annals/error.hpp"
#include "annals/grammar/cypher.hpp"
#include "parser/syntax_errors.hpp"
#include "values/edit_distance.hpp"
#include "values/utf8.hpp"

#include <tao/pegtl/contrib/parse_tree.hpp>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <limits>

namespace annals::parser {
namespace {

namespace g = annals::grammar;
namespace pt = tao::pegtl::parse_tree;

// Every nesting error says which limit it hit and how to raise it.
const std::string raise_depth_hint =
    "; raise database::limits().max_expression_depth (at most " + std::to_string(hard_max_nesting_depth) + ")";
using node = pt::node;

// Like parse_tree::fold_one, but a kept node keeps its text: it names result columns.
struct fold_one_keep_content : pt::apply<fold_one_keep_content> {
  template <class Node, class... States> static void transform(std::unique_ptr<Node>& n, States&&...) {
    if (n->children.size() == 1) n = std::move(n->children.front());
  }
};

// The rules the parse tree keeps. The precedence levels fold away when they
// hold a single operand, so `a` is a variable node, not ten nested levels.
template <class Rule>
using selector = pt::selector<
    Rule,
    pt::store_content::on<
        g::name, g::variable, g::number_literal, g::string_literal, g::true_literal, g::false_literal,
        g::null_literal, g::parameter, g::map_literal, g::map_entry, g::list_literal, g::count_star,
        g::case_expression, g::case_subject, g::case_when, g::case_else, g::list_comprehension, g::in_list,
        g::comprehension_filter, g::comprehension_map, g::pattern_comprehension, g::path_binding, g::quantifier,
        g::quantifier_kind, g::exists_subquery, g::function_call, g::function_name, g::distinct_marker,
        g::pattern_predicate, g::property_lookup, g::list_slice, g::slice_from, g::slice_to, g::list_index,
        g::label_predicate, g::label_name, g::op_neg, g::op_pos, g::op_pow, g::op_mul, g::op_div, g::op_mod,
        g::op_add, g::op_sub, g::op_starts_with, g::op_ends_with, g::op_contains, g::op_in, g::op_regex,
        g::op_is_null, g::op_is_not_null, g::predicate_suffix, g::op_eq, g::op_ne, g::op_le, g::op_ge, g::op_lt,
        g::op_gt, g::op_not, g::properties, g::node_labels, g::node_pattern, g::rel_types, g::rel_type,
        g::range_spec, g::range_min, g::range_max, g::range_dots, g::rel_detail, g::arrow_left, g::arrow_right,
        g::rel_pattern, g::pattern_chain, g::pattern_element, g::relationships_pattern, g::shortest_path,
        g::all_shortest_paths, g::pattern_part, g::pattern, g::where_clause, g::as_of, g::optional_marker,
        g::match_clause, g::unwind_clause, g::alias, g::projection_item, g::project_all, g::projection_items,
        g::sort_item, g::sort_ascending, g::sort_descending, g::order_by, g::skip, g::limit, g::projection_body,
        g::with_clause, g::return_clause, g::create_clause, g::set_property, g::set_all, g::set_merge,
        g::set_labels, g::set_clause, g::on_match, g::on_create, g::merge_clause, g::remove_labels,
        g::remove_property, g::remove_clause, g::detach_marker, g::delete_clause, g::call_clause, g::procedure_name,
        g::procedure_arguments, g::yield_alias, g::yield_item, g::yield_all, g::yield_items, g::yield_where, g::single_query,
        g::union_all, g::union_distinct, g::union_part, g::query, g::list_length, g::list_suffix, g::type_name,
        g::column_primary_key, g::column_definition, g::primary_key, g::endpoint, g::table_name,
        g::create_node_table, g::create_rel_table, g::symmetric_marker, g::derived_query, g::create_derived_rel_table,
        g::drop_table,
        g::copy_file, g::copy_option_name, g::copy_option_value, g::copy_option, g::copy_from, g::explain_marker,
        g::profile_marker, g::statement_body>,
    fold_one_keep_content::on<g::or_expression, g::xor_expression, g::and_expression, g::not_expression,
                     g::comparison_expression, g::predicate_expression, g::additive_expression,
                     g::multiplicative_expression, g::power_expression, g::unary_expression,
                     g::postfix_expression>>;

// `text` without the whitespace and comments at its end. A forward scan,
// because only one from the start knows whether "//" is inside a string.
std::string_view without_trailing_space(std::string_view text) {
  std::size_t end = 0; // just past the last character that is not space or comment
  for (std::size_t i = 0; i < text.size();) {
    const char c = text[i];
    if (std::isspace(static_cast<unsigned char>(c))) {
      ++i;
    } else if (text.substr(i, 2) == "//") {
      while (i < text.size() && text[i] != '\n' && text[i] != '\r') ++i;
    } else if (text.substr(i, 2) == "/*") {
      const std::size_t close = text.find("*/", i + 2);
      i = close == std::string_view::npos ? text.size() : close + 2;
    } else if (c == '\'' || c == '"' || c == '`') {
      for (++i; i < text.size() && text[i] != c; ++i)
        if (text[i] == '\\' && c != '`') ++i;
      end = i = std::min(i + 1, text.size());
    } else {
      end = ++i;
    }
  }
  return text.substr(0, end);
}

class builder {
public:
  builder(const std::string& script, std::size_t base, int max_depth)
      : script_(script), base_(base), max_depth_(max_depth) {}

  [[noreturn]] void fail(const node& n, const std::string& detail, const std::string& message) const {
    fail_at(offset(n), detail, message);
  }
  [[noreturn]] void fail_at(std::size_t off, const std::string& detail, const std::string& message) const {
    throw syntax_error("SyntaxError", detail, message, position_in(script_, off), line_at(script_, off));
  }

  std::size_t offset(const node& n) const { return base_ + n.begin().byte; }

  // The source text of a node without the whitespace and comments after it
  // (every token swallows those, so a node's text ends with them).
  static std::string text(const node& n) { return std::string(without_trailing_space(n.string_view())); }

  static std::string name_of(const node& n) {
    std::string s = text(n);
    if (s.size() >= 2 && s.front() == '`') {
      std::string out;
      for (std::size_t i = 1; i + 1 < s.size(); ++i) {
        out += s[i];
        if (s[i] == '`') ++i; // `` is one backquote
      }
      return out;
    }
    return s;
  }

  // ---- literals -----------------------------------------------------------
  value number(const node& n, bool negate) const {
    std::string s = text(n);
    const bool is_float = s.find_first_of(".eE") != std::string::npos && s.rfind("0x", 0) != 0 && s.rfind("0X", 0) != 0;
    if (is_float) {
      errno = 0;
      double d = std::strtod(s.c_str(), nullptr);
      if (errno == ERANGE && std::isinf(d)) fail(n, "FloatingPointOverflow", "float literal out of range: " + s);
      return negate ? -d : d;
    }
    int base = 10;
    std::string_view digits = s;
    if (s.size() > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) base = 16, digits.remove_prefix(2);
    else if (s.size() > 2 && s[0] == '0' && s[1] == 'o') base = 8, digits.remove_prefix(2);
    unsigned long long magnitude = 0;
    auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), magnitude, base);
    const unsigned long long limit = negate ? 9223372036854775808ULL : 9223372036854775807ULL;
    if (ec != std::errc{} || ptr != digits.data() + digits.size() || magnitude > limit)
      fail(n, "IntegerOverflow", "integer literal out of range: " + std::string(negate ? "-" : "") + s);
    if (negate) return magnitude == 9223372036854775808ULL ? std::numeric_limits<std::int64_t>::min()
                                                           : -static_cast<std::int64_t>(magnitude);
    return static_cast<std::int64_t>(magnitude);
  }

  std::string string_value(const node& n) const {
    const std::string s = text(n);
    std::string out;
    for (std::size_t i = 1; i + 1 < s.size(); ++i) {
      char c = s[i];
      if (c != '\\') {
        out += c;
        continue;
      }
      c = s[++i];
      switch (c) {
      case 'n': out += '\n'; break;
      case 't': out += '\t'; break;
      case 'r': out += '\r'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case '\\': out += '\\'; break;
      case '\'': out += '\''; break;
      case '"': out += '"'; break;
      case 'u':
      case 'U': {
        const std::size_t len = c == 'u' ? 4 : 8;
        unsigned cp = 0;
        auto [p, ec] = std::from_chars(s.data() + i + 1, s.data() + std::min(s.size() - 1, i + 1 + len), cp, 16);
        if (ec != std::errc{} || p != s.data() + i + 1 + len)
          fail_at(offset(n) + i - 1, "InvalidUnicodeLiteral", "invalid unicode escape in string");
        i += len;
        values::append_utf8(out, static_cast<char32_t>(cp));
        break;
      }
      default: fail_at(offset(n) + i - 1, "InvalidEscape", std::string("invalid escape sequence \\") + c);
      }
    }
    return out;
  }

  // ---- expressions ------------------------------------------------------------
  ast::expr_ptr make(ast::expr_kind k, const node& n) const {
    auto e = std::make_shared<ast::parsed_expression>();
    e->kind = k;
    e->offset = offset(n);
    e->text = text(n);
    return e;
  }

  ast::expr_ptr literal(const node& n, value v) const {
    auto e = make(ast::expr_kind::literal, n);
    e->literal = std::move(v);
    return e;
  }

  // Left-associative chain: operand (op operand)*. Each link nests the tree
  // one level deeper, so long chains count against the nesting limit.
  ast::expr_ptr chain(const node& n) {
    check_links(n, (n.children.size() - 1) / 2);
    auto left = expression(*n.children[0]);
    for (std::size_t i = 1; i + 1 < n.children.size(); i += 2) {
      auto e = make(ast::expr_kind::binary, n);
      e->name = operator_name(*n.children[i]);
      e->children = {left, expression(*n.children[i + 1])};
      e->text = text_between(n, *n.children[i + 1]);
      left = e;
    }
    return left;
  }

  // Same operator between every operand: a OR b OR c.
  ast::expr_ptr keyword_chain(const node& n, const char* op) {
    check_links(n, n.children.size() - 1);
    auto left = expression(*n.children[0]);
    for (std::size_t i = 1; i < n.children.size(); ++i) {
      auto e = make(ast::expr_kind::binary, n);
      e->name = op;
      e->children = {left, expression(*n.children[i])};
      e->text = text_between(n, *n.children[i]);
      left = e;
    }
    return left;
  }

  void check_links(const node& n, std::size_t links) const {
    if (links + static_cast<std::size_t>(depth_) > static_cast<std::size_t>(max_depth_))
      fail(n, "NestingTooDeep", nesting_message(max_depth_));
  }

  // The source text from the start of `first` to the end of `last`.
  std::string text_between(const node& first, const node& last) const {
    return std::string(without_trailing_space(std::string_view(first.m_begin.data, last.m_end.data)));
  }

  static std::string operator_name(const node& n) {
    if (n.is_type<g::op_add>()) return "+";
    if (n.is_type<g::op_sub>()) return "-";
    if (n.is_type<g::op_mul>()) return "*";
    if (n.is_type<g::op_div>()) return "/";
    if (n.is_type<g::op_mod>()) return "%";
    if (n.is_type<g::op_pow>()) return "^";
    if (n.is_type<g::op_eq>()) return "=";
    if (n.is_type<g::op_ne>()) return "<>";
    if (n.is_type<g::op_le>()) return "<=";
    if (n.is_type<g::op_ge>()) return ">=";
    if (n.is_type<g::op_lt>()) return "<";
    if (n.is_type<g::op_gt>()) return ">";
    if (n.is_type<g::op_starts_with>()) return "STARTS WITH";
    if (n.is_type<g::op_ends_with>()) return "ENDS WITH";
    if (n.is_type<g::op_contains>()) return "CONTAINS";
    if (n.is_type<g::op_in>()) return "IN";
    if (n.is_type<g::op_regex>()) return "=~";
    return "?";
  }

  ast::expr_ptr expression(const node& n) {
    using K = ast::expr_kind;
    if (++depth_ > max_depth_) fail(n, "NestingTooDeep", nesting_message(max_depth_));
    if (depth_ > 32 && stack_.exhausted())
      fail(n, "StackExhausted", stack_exhausted_message("an expression", depth_));
    struct leave {
      int& d;
      ~leave() { --d; }
    } guard{depth_};

    if (n.is_type<g::or_expression>()) return keyword_chain(n, "OR");
    if (n.is_type<g::xor_expression>()) return keyword_chain(n, "XOR");
    if (n.is_type<g::and_expression>()) return keyword_chain(n, "AND");
    if (n.is_type<g::not_expression>()) {
      check_links(n, n.children.size());
      auto operand = expression(*n.children.back());
      for (std::size_t i = n.children.size() - 1; i-- > 0;) {
        auto e = make(K::unary, n);
        e->name = "NOT";
        e->children = {operand};
        operand = e;
      }
      return operand;
    }
    if (n.is_type<g::comparison_expression>()) {
      // a < b < c  ==>  a < b AND b < c
      check_links(n, n.children.size());
      std::vector<ast::expr_ptr> parts;
      for (std::size_t i = 1; i + 1 < n.children.size(); i += 2) {
        auto e = make(K::binary, n);
        e->name = operator_name(*n.children[i]);
        e->children = {i == 1 ? expression(*n.children[0]) : parts.back()->children[1], expression(*n.children[i + 1])};
        parts.push_back(e);
      }
      auto result = parts[0];
      for (std::size_t i = 1; i < parts.size(); ++i) {
        auto e = make(K::binary, n);
        e->name = "AND";
        e->children = {result, parts[i]};
        result = e;
      }
      return result;
    }
    if (n.is_type<g::predicate_expression>()) {
      check_links(n, n.children.size());
      auto left = expression(*n.children[0]);
      for (std::size_t i = 1; i < n.children.size(); ++i) {
        const node& suffix = *n.children[i];
        const node& op = *suffix.children[0];
        ast::expr_ptr e;
        if (op.is_type<g::op_is_null>()) e = make(K::is_null, n);
        else if (op.is_type<g::op_is_not_null>()) e = make(K::is_not_null, n);
        else {
          e = make(K::binary, n);
          e->name = operator_name(op);
        }
        e->children.push_back(left);
        if (suffix.children.size() > 1) e->children.push_back(expression(*suffix.children[1]));
        left = e;
      }
      return left;
    }
    if (n.is_type<g::additive_expression>() || n.is_type<g::multiplicative_expression>() ||
        n.is_type<g::power_expression>())
      return chain(n);
    if (n.is_type<g::unary_expression>()) {
      check_links(n, n.children.size());
      const node& operand_node = *n.children.back();
      std::size_t ops = n.children.size() - 1;
      ast::expr_ptr operand;
      // -9223372036854775808 is a literal, not the negation of an overflowing one.
      if (ops >= 1 && n.children[ops - 1]->is_type<g::op_neg>() && operand_node.is_type<g::number_literal>()) {
        operand = literal(operand_node, number(operand_node, true));
        operand->text = text(n);
        --ops;
      } else {
        operand = expression(operand_node);
      }
      for (std::size_t i = ops; i-- > 0;) {
        auto e = make(K::unary, n);
        e->name = n.children[i]->is_type<g::op_neg>() ? "-" : "+";
        e->children = {operand};
        operand = e;
      }
      return operand;
    }
    if (n.is_type<g::postfix_expression>()) {
      check_links(n, n.children.size());
      auto left = expression(*n.children[0]);
      for (std::size_t i = 1; i < n.children.size(); ++i) {
        const node& s = *n.children[i];
        ast::expr_ptr e;
        if (s.is_type<g::property_lookup>()) {
          e = make(K::property, n);
          e->name = name_of(*s.children[0]);
          e->children = {left};
        } else if (s.is_type<g::list_index>()) {
          e = make(K::index, n);
          e->children = {left, expression(*s.children[0])};
        } else if (s.is_type<g::list_slice>()) {
          e = make(K::slice, n);
          e->children = {left, nullptr, nullptr};
          for (const auto& c : s.children) {
            if (c->is_type<g::slice_from>()) e->children[1] = expression(*c->children[0]);
            if (c->is_type<g::slice_to>()) e->children[2] = expression(*c->children[0]);
          }
        } else if (s.is_type<g::label_predicate>()) {
          e = make(K::label_check, n);
          for (const auto& l : s.children) e->names.push_back(name_of(*l->children[0]));
          e->children = {left};
        }
        e->text = std::string(without_trailing_space(std::string_view(n.m_begin.data, s.m_end.data)));
        left = e;
      }
      return left;
    }
    if (n.is_type<g::number_literal>()) return literal(n, number(n, false));
    if (n.is_type<g::string_literal>()) return literal(n, string_value(n));
    if (n.is_type<g::true_literal>()) return literal(n, true);
    if (n.is_type<g::false_literal>()) return literal(n, false);
    if (n.is_type<g::null_literal>()) return literal(n, value{});
    if (n.is_type<g::parameter>()) {
      auto e = make(K::parameter, n);
      e->name = text(n).substr(1);
      if (e->name.size() >= 2 && e->name.front() == '`') e->name = e->name.substr(1, e->name.size() - 2);
      return e;
    }
    if (n.is_type<g::variable>()) {
      auto e = make(K::variable, n);
      e->name = name_of(n);
      return e;
    }
    if (n.is_type<g::list_literal>()) {
      auto e = make(K::list, n);
      for (const auto& c : n.children) e->children.push_back(expression(*c));
      return e;
    }
    if (n.is_type<g::map_literal>()) {
      auto e = make(K::map, n);
      for (const auto& entry : n.children) {
        e->names.push_back(name_of(*entry->children[0]));
        e->children.push_back(expression(*entry->children[1]));
      }
      return e;
    }
    if (n.is_type<g::count_star>()) return make(K::count_star, n);
    if (n.is_type<g::function_call>()) {
      auto e = make(K::function, n);
      e->name = text(*n.children[0]);
      for (std::size_t i = 1; i < n.children.size(); ++i) {
        if (n.children[i]->is_type<g::distinct_marker>()) e->distinct = true;
        else e->children.push_back(expression(*n.children[i]));
      }
      return e;
    }
    if (n.is_type<g::case_expression>()) {
      auto e = make(K::case_expr, n);
      for (const auto& c : n.children) {
        if (c->is_type<g::case_subject>()) e->case_subject = expression(*c->children[0]);
        else if (c->is_type<g::case_when>())
          e->case_whens.emplace_back(expression(*c->children[0]), expression(*c->children[1]));
        else if (c->is_type<g::case_else>()) e->case_else = expression(*c->children[0]);
      }
      return e;
    }
    if (n.is_type<g::list_comprehension>() || n.is_type<g::quantifier>()) {
      auto e = make(n.is_type<g::quantifier>() ? K::quantifier : K::list_comprehension, n);
      for (const auto& c : n.children) {
        if (c->is_type<g::quantifier_kind>()) {
          e->name = text(*c);
          for (auto& ch : e->name) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        } else if (c->is_type<g::in_list>()) {
          e->variable = name_of(*c->children[0]);
          e->children = {expression(*c->children[1])};
        } else if (c->is_type<g::comprehension_filter>()) e->filter = expression(*c->children[0]);
        else if (c->is_type<g::comprehension_map>()) e->mapping = expression(*c->children[0]);
      }
      return e;
    }
    if (n.is_type<g::pattern_comprehension>()) {
      auto e = make(K::pattern_comprehension, n);
      std::string path_var;
      for (const auto& c : n.children) {
        if (c->is_type<g::path_binding>()) path_var = name_of(*c->children[0]);
        else if (c->is_type<g::relationships_pattern>()) {
          e->pattern = std::make_shared<ast::parsed_pattern_part>(pattern_element(*c));
          e->pattern->path_variable = path_var;
        } else if (c->is_type<g::comprehension_filter>()) e->filter = expression(*c->children[0]);
        else e->mapping = expression(*c);
      }
      return e;
    }
    if (n.is_type<g::pattern_predicate>()) {
      auto e = make(K::pattern_predicate, n);
      e->pattern = std::make_shared<ast::parsed_pattern_part>(pattern_element(*n.children[0]));
      return e;
    }
    if (n.is_type<g::exists_subquery>()) {
      auto e = make(K::exists_subquery, n);
      if (n.children[0]->is_type<g::single_query>()) {
        e->subquery = std::make_shared<ast::parsed_query>();
        e->subquery->parts.push_back(single_query(*n.children[0]));
      } else {
        e->subquery_match = std::make_shared<ast::parsed_match>();
        e->subquery_match->pattern = pattern(*n.children[0]);
        if (n.children.size() > 1) e->subquery_match->where = expression(*n.children[1]->children[0]);
      }
      return e;
    }
    fail(n, "UnexpectedSyntax", "unsupported expression: " + text(n));
  }

  // ---- patterns ------------------------------------------------------------------
  ast::parsed_node_pattern node_pattern(const node& n) {
    ast::parsed_node_pattern p;
    p.offset = offset(n);
    for (const auto& c : n.children) {
      if (c->is_type<g::variable>()) p.variable = name_of(*c);
      else if (c->is_type<g::node_labels>())
        for (const auto& l : c->children) p.labels.push_back(name_of(*l->children[0]));
      else if (c->is_type<g::properties>()) p.properties = expression(*c->children[0]);
    }
    return p;
  }

  ast::parsed_rel_pattern rel_pattern(const node& n) {
    ast::parsed_rel_pattern r;
    r.offset = offset(n);
    bool left = false, right = false;
    for (const auto& c : n.children) {
      if (c->is_type<g::arrow_left>()) left = true;
      else if (c->is_type<g::arrow_right>()) right = true;
      else if (c->is_type<g::rel_detail>()) {
        for (const auto& d : c->children) {
          if (d->is_type<g::variable>()) r.variable = name_of(*d);
          else if (d->is_type<g::rel_types>()) {
            r.types.push_back(name_of(*d->children[0]));
            for (std::size_t i = 1; i < d->children.size(); ++i) r.types.push_back(name_of(*d->children[i]->children[0]));
          } else if (d->is_type<g::range_spec>()) {
            r.variable_length = true;
            bool dots = false;
            for (const auto& x : d->children) {
              if (x->is_type<g::range_dots>()) dots = true;
              else {
                const auto v = number(*x, false);
                if (x->is_type<g::range_min>()) r.min_hops = v.as<std::int64_t>();
                else r.max_hops = v.as<std::int64_t>();
              }
            }
            if (!dots && r.min_hops) r.max_hops = r.min_hops; // *2 means exactly 2
          } else if (d->is_type<g::properties>()) r.properties = expression(*d->children[0]);
        }
      }
    }
    r.dir = left && !right ? ast::direction::incoming : (right && !left ? ast::direction::outgoing : ast::direction::both);
    return r;
  }

  ast::parsed_pattern_part pattern_element(const node& n) {
    if (n.children.size() == 1 && n.children[0]->is_type<g::pattern_element>()) return pattern_element(*n.children[0]);
    ast::parsed_pattern_part part;
    part.offset = offset(n);
    part.nodes.push_back(node_pattern(*n.children[0]));
    for (std::size_t i = 1; i < n.children.size(); ++i) {
      const node& link = *n.children[i];
      part.rels.push_back(rel_pattern(*link.children[0]));
      part.nodes.push_back(node_pattern(*link.children[1]));
    }
    return part;
  }

  ast::parsed_pattern_part pattern_part(const node& n) {
    std::string path_var;
    ast::parsed_pattern_part part;
    for (const auto& c : n.children) {
      if (c->is_type<g::path_binding>()) path_var = name_of(*c->children[0]);
      else if (c->is_type<g::shortest_path>() || c->is_type<g::all_shortest_paths>()) {
        part = pattern_element(*c->children[0]);
        part.search = c->is_type<g::shortest_path>() ? ast::path_search::shortest : ast::path_search::all_shortest;
      } else part = pattern_element(*c);
    }
    part.path_variable = path_var;
    part.offset = offset(n);
    return part;
  }

  std::vector<ast::parsed_pattern_part> pattern(const node& n) {
    std::vector<ast::parsed_pattern_part> parts;
    for (const auto& c : n.children) parts.push_back(pattern_part(*c));
    return parts;
  }

  // ---- clauses ---------------------------------------------------------------
  ast::parsed_projection projection(const node& body) {
    ast::parsed_projection p;
    p.offset = offset(body);
    for (const auto& c : body.children) {
      if (c->is_type<g::distinct_marker>()) p.distinct = true;
      else if (c->is_type<g::projection_items>()) {
        for (const auto& item : c->children) {
          if (item->is_type<g::project_all>()) {
            p.star = true;
            continue;
          }
          ast::parsed_projection_item it;
          it.expression = expression(*item->children[0]);
          if (item->children.size() > 1) {
            it.alias = name_of(*item->children[1]->children[0]);
            it.has_alias = true;
          } else {
            it.alias = it.expression->text;
          }
          p.items.push_back(std::move(it));
        }
      } else if (c->is_type<g::order_by>()) {
        for (const auto& s : c->children) {
          ast::parsed_sort_item si;
          si.expression = expression(*s->children[0]);
          si.descending = s->children.size() > 1 && s->children[1]->is_type<g::sort_descending>();
          p.order_by.push_back(std::move(si));
        }
      } else if (c->is_type<g::skip>()) p.skip = expression(*c->children[0]);
      else if (c->is_type<g::limit>()) p.limit = expression(*c->children[0]);
    }
    return p;
  }

  std::vector<ast::parsed_set_item> set_items(const node& n, std::size_t first) {
    std::vector<ast::parsed_set_item> items;
    for (std::size_t i = first; i < n.children.size(); ++i) {
      const node& c = *n.children[i];
      ast::parsed_set_item it;
      if (c.is_type<g::set_property>()) {
        it.kind = ast::set_kind::property;
        it.target = expression(*c.children[0]);
        it.value = expression(*c.children[1]);
        if (it.target->kind != ast::expr_kind::property)
          fail(c, "UnexpectedSyntax", "SET needs a property, like n.name = …");
      } else if (c.is_type<g::set_all>() || c.is_type<g::set_merge>()) {
        it.kind = c.is_type<g::set_all>() ? ast::set_kind::replace_all : ast::set_kind::merge_all;
        it.variable = name_of(*c.children[0]);
        it.value = expression(*c.children[1]);
      } else {
        it.kind = ast::set_kind::labels;
        it.variable = name_of(*c.children[0]);
        for (const auto& l : c.children[1]->children) it.labels.push_back(name_of(*l->children[0]));
      }
      items.push_back(std::move(it));
    }
    return items;
  }

  ast::parsed_clause clause(const node& n) {
    ast::parsed_clause c;
    c.offset = offset(n);
    if (n.is_type<g::match_clause>()) {
      c.kind = ast::clause_kind::match;
      c.match.offset = offset(n);
      for (const auto& x : n.children) {
        if (x->is_type<g::optional_marker>()) c.match.optional = true;
        else if (x->is_type<g::pattern>()) c.match.pattern = pattern(*x);
        else if (x->is_type<g::as_of>()) c.match.as_of = expression(*x->children[0]);
        else if (x->is_type<g::where_clause>()) c.match.where = expression(*x->children[0]);
      }
    } else if (n.is_type<g::unwind_clause>()) {
      c.kind = ast::clause_kind::unwind;
      c.unwind.list = expression(*n.children[0]);
      c.unwind.variable = name_of(*n.children[1]);
    } else if (n.is_type<g::with_clause>() || n.is_type<g::return_clause>()) {
      c.kind = n.is_type<g::with_clause>() ? ast::clause_kind::with : ast::clause_kind::return_;
      c.projection = projection(*n.children[0]);
      if (n.children.size() > 1) c.projection.where = expression(*n.children[1]->children[0]);
    } else if (n.is_type<g::create_clause>()) {
      c.kind = ast::clause_kind::create;
      c.create.pattern = pattern(*n.children[0]);
    } else if (n.is_type<g::merge_clause>()) {
      c.kind = ast::clause_kind::merge;
      c.merge = std::make_shared<ast::parsed_merge>();
      c.merge->pattern = pattern_part(*n.children[0]);
      for (std::size_t i = 1; i < n.children.size(); ++i) {
        auto items = set_items(*n.children[i], 0);
        auto& target = n.children[i]->is_type<g::on_match>() ? c.merge->on_match : c.merge->on_create;
        target.insert(target.end(), items.begin(), items.end());
      }
    } else if (n.is_type<g::set_clause>()) {
      c.kind = ast::clause_kind::set;
      c.set_items = set_items(n, 0);
    } else if (n.is_type<g::remove_clause>()) {
      c.kind = ast::clause_kind::remove;
      for (const auto& x : n.children) {
        ast::parsed_remove_item it;
        if (x->is_type<g::remove_labels>()) {
          it.variable = name_of(*x->children[0]);
          for (const auto& l : x->children[1]->children) it.labels.push_back(name_of(*l->children[0]));
        } else {
          it.property = expression(*x->children[0]);
          if (it.property->kind != ast::expr_kind::property)
            fail(*x, "UnexpectedSyntax", "REMOVE needs a property or labels, like n.name or n:Label");
        }
        c.remove_items.push_back(std::move(it));
      }
    } else if (n.is_type<g::delete_clause>()) {
      c.kind = ast::clause_kind::delete_;
      for (const auto& x : n.children) {
        if (x->is_type<g::detach_marker>()) c.del.detach = true;
        else c.del.targets.push_back(expression(*x));
      }
    } else if (n.is_type<g::call_clause>()) {
      c.kind = ast::clause_kind::call;
      c.call = std::make_shared<ast::parsed_call>(call(n));
    }
    return c;
  }

  ast::parsed_call call(const node& n) {
    ast::parsed_call c;
    c.offset = offset(n);
    for (const auto& x : n.children) {
      if (x->is_type<g::procedure_name>()) c.procedure = text(*x);
      else if (x->is_type<g::procedure_arguments>()) {
        c.explicit_arguments = true;
        for (const auto& a : x->children) c.arguments.push_back(expression(*a));
      } else if (x->is_type<g::yield_items>()) {
        c.has_yield = true;
        c.yield_offset = offset(*x);
        for (const auto& item : x->children) {
          if (item->is_type<g::yield_all>()) {
            c.yield_all = true;
            continue;
          }
          ast::parsed_yield_item y;
          y.offset = offset(*item);
          y.field = name_of(*item->children[0]);
          y.variable = item->children.size() > 1 ? name_of(*item->children[1]->children[0]) : y.field;
          c.yields.push_back(std::move(y));
        }
      } else if (x->is_type<g::yield_where>()) c.where = expression(*x->children[0]);
    }
    return c;
  }

  ast::parsed_single_query single_query(const node& n) {
    ast::parsed_single_query q;
    for (const auto& c : n.children) q.clauses.push_back(clause(*c));
    return q;
  }

  ast::parsed_query query(const node& n) {
    ast::parsed_query q;
    q.parts.push_back(single_query(*n.children[0]));
    for (std::size_t i = 1; i < n.children.size(); ++i) {
      const node& u = *n.children[i];
      q.union_all.push_back(u.children[0]->is_type<g::union_all>());
      q.parts.push_back(single_query(*u.children[1]));
    }
    return q;
  }

  // ---- DDL ----------------------------------------------------------------------
  column column_def(const node& n) {
    const node& type = *n.children[1];
    const std::string column_name = name_of(*n.children[0]);
    const std::string element = name_of(*type.children[0]);
    std::string suffix;
    if (type.children.size() > 1) suffix = "[" + (type.children[1]->children.empty() ? "" : text(*type.children[1]->children[0])) + "]";
    const std::string type_text = element + suffix;
    if (auto why = data_type::why_not_held(element); !why.empty())
      fail(type, "UnsupportedType", "column " + column_name + ": " + why);
    auto t = data_type::parse(type_text);
    if (!t)
      fail(type, "UnknownType",
           "unknown type " + type_text +
               " for column " + column_name + " (expected STRING, INT8 … INT64, UINT8 … UINT64, SERIAL, FLOAT, DOUBLE, BOOL, DATE, "
               "a list like STRING[] or a fixed list like DOUBLE[3])");
    return column{column_name, *t};
  }

  ast::parsed_statement statement(const node& body) {
    ast::parsed_statement s;
    for (const auto& c : body.children) {
      if (c->is_type<g::explain_marker>()) s.mode = ast::statement_mode::explain;
      else if (c->is_type<g::profile_marker>()) s.mode = ast::statement_mode::profile;
      else if (c->is_type<g::query>()) s.query = query(*c);
      else if (c->is_type<g::create_node_table>()) {
        s.kind = ast::statement_kind::create_node_table;
        s.node_table_def.name = name_of(*c->children[0]);
        for (std::size_t i = 1; i < c->children.size(); ++i) {
          const node& item = *c->children[i];
          if (item.is_type<g::primary_key>()) s.node_table_def.primary_key = name_of(*item.children[0]);
          else {
            s.node_table_def.columns.push_back(column_def(item));
            if (item.children.size() > 2) s.node_table_def.primary_key = s.node_table_def.columns.back().name;
          }
        }
      } else if (c->is_type<g::create_rel_table>() || c->is_type<g::create_derived_rel_table>()) {
        s.kind = c->is_type<g::create_rel_table>() ? ast::statement_kind::create_rel_table
                                                   : ast::statement_kind::create_derived_rel_table;
        s.rel_table_def.name = name_of(*c->children[0]);
        for (std::size_t i = 1; i < c->children.size(); ++i) {
          const node& item = *c->children[i];
          if (item.is_type<g::endpoint>())
            s.rel_table_def.endpoints.emplace_back(name_of(*item.children[0]), name_of(*item.children[1]));
          else if (item.is_type<g::column_definition>()) s.rel_table_def.columns.push_back(column_def(item));
          else if (item.is_type<g::symmetric_marker>()) s.rel_table_def.symmetric = true;
          else if (item.is_type<g::derived_query>()) {
            s.query = query(item);
            s.rel_table_def.derived_query = text(item);
          }
        }
      } else if (c->is_type<g::drop_table>()) {
        s.kind = ast::statement_kind::drop_table;
        s.table_name = name_of(*c->children[0]);
      } else if (c->is_type<g::copy_from>()) {
        s.kind = ast::statement_kind::copy_from;
        s.table_name = name_of(*c->children[0]);
        for (std::size_t i = 1; i < c->children.size(); ++i) {
          const node& item = *c->children[i];
          if (item.is_type<g::copy_file>()) s.files.push_back(string_value(item));
          else if (item.is_type<g::copy_option>()) copy_option(item, s.copy_options);
        }
      }
    }
    return s;
  }

private:
  // One option of COPY, checked here so that a mistake points at its text.
  void copy_option(const node& n, csv_options& options) const {
    const node& key = *n.children[0];
    const node& v = *n.children[1]->children[0];
    std::string name = name_of(key);
    for (auto& ch : name) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    const bool is_string = v.is_type<g::string_literal>();
    const std::string text = is_string ? string_value(v) : name_of(v);
    auto character = [&]() -> char {
      if (!is_string || text.size() > 1 || (text.empty() && name != "QUOTE"))
        fail(v, "InvalidCopyOption", name + " takes one character, as in " + name + "='|'");
      if (!text.empty() && (text[0] == '\n' || text[0] == '\r'))
        fail(v, "InvalidCopyOption", name + " cannot be a line break");
      return text.empty() ? '\0' : text[0];
    };
    auto boolean = [&] {
      std::string upper = text;
      for (auto& ch : upper) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
      if (upper != "TRUE" && upper != "FALSE") fail(v, "InvalidCopyOption", name + " is true or false");
      return upper == "TRUE";
    };
    if (name == "DELIM" || name == "DELIMITER") options.delimiter = character();
    else if (name == "QUOTE") options.quote = character();
    else if (name == "ESCAPE") options.escape = character();
    else if (name == "HEADER") options.header = boolean();
    else if (name == "IGNORE_ERRORS") options.ignore_errors = boolean();
    else if (name == "AUTO_DETECT" || name == "AUTODETECT") {
      if (!boolean()) {
        if (!options.header) options.header = false; // Kùzu's defaults, undetected
        if (!options.delimiter) options.delimiter = ',';
      }
    } else if (name == "PARALLEL") boolean(); // one thread either way
    else if (name == "SKIP") {
      std::size_t skip = 0;
      auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), skip);
      if (is_string || ec != std::errc{} || p != text.data() + text.size())
        fail(v, "InvalidCopyOption", "SKIP takes a number of rows, as in SKIP=1");
      options.skip = skip;
    } else if (name == "FROM" || name == "TO") {
      if (!is_string && !v.is_type<g::name>()) fail(v, "InvalidCopyOption", name + " names a node table");
      (name == "FROM" ? options.from_label : options.to_label) = text;
    } else
      fail(key, "InvalidCopyOption",
           "unknown COPY option " + name_of(key) +
               " (annals knows DELIM, DELIMITER, QUOTE, ESCAPE, HEADER, SKIP, IGNORE_ERRORS, AUTO_DETECT, PARALLEL, "
               "FROM, TO)");
  }

  const std::string& script_;
  std::size_t base_;
  int depth_ = 0;
  int max_depth_;
  stack_guard stack_;
};

std::string describe_found(const std::string& script, std::size_t at, std::size_t end) {
  if (at >= end) return "end of input";
  std::size_t len = 1;
  while (at + len < end && !std::isspace(static_cast<unsigned char>(script[at + len])) && len < 20) ++len;
  return "'" + script.substr(at, len) + "'";
}

// A keyword the parser expected that the word at the front of `rest` looks
// like a slip of (MACTH for MATCH, WHER for WHERE); empty when none is near.
std::string_view keyword_hint(std::string_view rest, const std::vector<std::string>& expected) {
  std::size_t len = 0;
  while (len < rest.size() && std::isalpha(static_cast<unsigned char>(rest[len]))) ++len;
  if (len < 2 || (len < rest.size() && (std::isalnum(static_cast<unsigned char>(rest[len])) || rest[len] == '_')))
    return {};
  std::vector<std::string_view> keywords;
  for (const auto& e : expected)
    if (std::all_of(e.begin(), e.end(), [](char c) { return (c >= 'A' && c <= 'Z') || c == '_'; })) keywords.push_back(e);
  return nearest_name(rest.substr(0, len), keywords);
}

} // namespace

std::string nesting_message(int max_depth) {
  return "expressions nested deeper than " + std::to_string(max_depth) + " levels" + raise_depth_hint;
}

void nesting_counter::enter(std::size_t offset_in_statement) {
  const std::size_t off = base + offset_in_statement;
  if (++depth > max_depth)
    throw syntax_error("SyntaxError", "NestingTooDeep", nesting_message(max_depth), position_in(script, off),
                       line_at(script, off));
  if (steps > max_steps)
    throw syntax_error("SyntaxError", "QueryTooComplex",
                       "the parser gave up after trying " + std::to_string(max_steps) +
                           " grammar rules: the way this query nests makes it backtrack without end; write the "
                           "nested part differently (a list comprehension or pattern split out with WITH)",
                       position_in(script, off), line_at(script, off));
  // Every level costs stack: past the first few, check that the thread has it.
  if (depth > 8 && stack.exhausted())
    throw syntax_error("SyntaxError", "StackExhausted", stack_exhausted_message("an expression", depth),
                       position_in(script, off), line_at(script, off));
}

ast::parsed_statement parse_statement(const std::string& script, statement_span span, int max_depth) {
  values::require_utf8_query_text(script, span.begin, span.end);
  max_depth = std::clamp(max_depth, 1, hard_max_nesting_depth);
  const std::string_view text(script.data() + span.begin, span.end - span.begin);
  tao::pegtl::memory_input<tao::pegtl::tracking_mode::eager> in(text.data(), text.size(), "query");
  parse_state state{{}, {script, span.begin, max_depth, (text.size() + 64) * nesting_counter::steps_per_byte}};
  const failure_tracker& tracker = state.failures;
  std::unique_ptr<node> root;
  try {
    root = pt::parse<g::statement, node, selector, tao::pegtl::nothing, tracking_control>(in, state);
  } catch (const tao::pegtl::parse_error& e) {
    const std::size_t off = span.begin + e.positions().front().byte;
    throw syntax_error("SyntaxError", "UnexpectedSyntax", std::string(e.message()), position_in(script, off), line_at(script, off));
  }
  if (!root) {
    const std::size_t off = span.begin + tracker.farthest;
    std::string expected;
    std::size_t i = 0;
    for (const auto& e : tracker.expected) {
      expected += (i == 0 ? "" : (i + 1 == tracker.expected.size() ? " or " : ", ")) + e;
      ++i;
    }
    std::string message = "unexpected " + describe_found(script, off, span.end);
    if (off < span.end && (script[off] == '\'' || script[off] == '"')) {
      bool closed = false;
      for (std::size_t i = off + 1; i < span.end; ++i) {
        if (script[i] == '\\') ++i;
        else if (script[i] == script[off]) {
          closed = true;
          break;
        }
      }
      if (!closed)
        throw syntax_error("SyntaxError", "UnexpectedSyntax", "unterminated string literal", position_in(script, off),
                           line_at(script, off));
    }
    const std::string_view rest = std::string_view(script).substr(off, span.end - off);
    if (rest.starts_with("/*") && rest.find("*/", 2) == std::string_view::npos)
      throw syntax_error("SyntaxError", "UnexpectedSyntax", "unterminated comment", position_in(script, off),
                         line_at(script, off));
    if (!expected.empty()) message += ", expected " + expected;
    if (const auto hint = keyword_hint(rest, tracker.expected); !hint.empty())
      message += "; did you mean " + std::string(hint) + "?";
    throw syntax_error("SyntaxError", "UnexpectedSyntax", message, position_in(script, off), line_at(script, off));
  }
  builder b(script, span.begin, max_depth);
  ast::parsed_statement s = b.statement(*root->children[0]);
  s.text = std::string(text);
  return s;
}

} // namespace annals::parser
