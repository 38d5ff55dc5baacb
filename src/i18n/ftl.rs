//! The part of Fluent's syntax the app's files use, read and formatted without Fluent's
//! runtime: messages whose values are text, variables (`{ $count }`) and choices on a
//! variable (`{ $count -> [one] … *[other] … }`), over as many lines as they need.
//!
//! `locales/*.ftl` stay Fluent files a translator edits as such; the build (`build.rs`,
//! with Fluent's own parser) refuses anything outside this part — terms, attributes,
//! functions, literals — so every message of the app's own files reads here the way Fluent
//! reads it (a native test holds both readings side by side for every message). A file
//! fetched at run time is read the same way, and refused whole if any of it isn't.
//!
//! Whitespace follows Fluent's rules: a value may start on the line after `=`; the lines
//! after its first lose the indentation they have in common; blank lines inside a value
//! stay; spaces and line ends at its end go.

use std::borrow::Cow;
use std::fmt::Write as _;

/// A message's value: what is written, in order. It borrows the file's text where it can
/// (most text is a piece of one line), so reading a file allocates little.
pub type Pattern<'a> = Vec<Piece<'a>>;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece<'a> {
    Text(Cow<'a, str>),
    /// `{ $name }`
    Variable(&'a str),
    /// `{ $name -> [key] … *[other] … }`: the variant whose key the value matches, else the
    /// default (the one marked `*`).
    Choice {
        on: &'a str,
        variants: Vec<Variant<'a>>,
        default: usize,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Variant<'a> {
    /// An identifier (`one`, `workbook`) or a number (`0`).
    pub key: &'a str,
    pub value: Pattern<'a>,
}

/// Where a file stops being the Fluent this module reads: the byte it stopped at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotRead {
    pub at: usize,
}

/// Every message of a file, in its order: `(id, value)`.
pub fn read(source: &str) -> Result<Vec<(&str, Pattern<'_>)>, NotRead> {
    let mut reader = Reader { text: source, at: 0 };
    let mut messages = Vec::new();
    loop {
        reader.skip_blank_lines();
        match reader.peek() {
            None => return Ok(messages),
            // Comments (`#`, `##`, `###`) run to the end of their line.
            Some('#') => reader.skip_line(),
            Some(_) => messages.push(reader.message()?),
        }
    }
}

/// The value a variable takes in a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Text(String),
    Number(i64),
}

/// How a language names the plural form of a number, as CLDR does (cardinal forms).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PluralRules {
    /// `one` for 1 only.
    English,
    /// `one` for 0 and 1, `many` for whole millions, `other` for the rest.
    French,
}

impl PluralRules {
    /// The category of a whole number (CLDR reads its digits, so -1 is `one` as 1 is).
    pub fn category(self, n: i64) -> &'static str {
        let n = n.unsigned_abs();
        match self {
            PluralRules::English if n == 1 => "one",
            PluralRules::French if n <= 1 => "one",
            PluralRules::French if n % 1_000_000 == 0 => "many",
            _ => "other",
        }
    }
}

/// Writes `pattern` with the variables' values; a number is written by `number` and picks
/// its variant by `plurals`. A variable without a value is written as `{$name}`, as Fluent
/// does, so a gap shows.
pub fn format<'v>(
    pattern: &[Piece<'_>],
    value_of: &dyn Fn(&str) -> Option<&'v Value>,
    plurals: PluralRules,
    number: &dyn Fn(i64) -> String,
    out: &mut String,
) {
    for piece in pattern {
        match piece {
            Piece::Text(text) => out.push_str(text),
            Piece::Variable(name) => match value_of(name) {
                Some(Value::Text(text)) => out.push_str(text),
                Some(Value::Number(n)) => out.push_str(&number(*n)),
                None => {
                    let _ = write!(out, "{{${name}}}");
                }
            },
            Piece::Choice { on, variants, default } => {
                let value = value_of(on);
                let chosen = variants
                    .iter()
                    .find(|variant| value.is_some_and(|v| matches(v, variant.key, plurals)))
                    .or_else(|| variants.get(*default));
                if let Some(variant) = chosen {
                    format(&variant.value, value_of, plurals, number, out);
                }
            }
        }
    }
}

fn matches(value: &Value, key: &str, plurals: PluralRules) -> bool {
    match value {
        Value::Text(text) => text == key,
        Value::Number(n) => key
            .parse::<i64>()
            .map_or_else(|_| plurals.category(*n) == key, |k| k == *n),
    }
}

/// A line starting with one of these ends a value rather than continuing it.
const NOT_CONTINUATION: [char; 4] = ['}', '.', '[', '*'];

/// One piece of a value as read, before the indentation common to its lines is taken off.
enum Raw<'a> {
    Text(&'a str),
    /// The line ends and indentation between two lines of a value: `lines` line ends (blank
    /// lines' included), then `indent` spaces.
    Break {
        lines: usize,
        indent: usize,
    },
    Piece(Piece<'a>),
}

struct Reader<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> Reader<'a> {
    fn rest(&self) -> &'a str {
        self.text.get(self.at..).unwrap_or_default()
    }

    fn peek(&self) -> Option<char> {
        self.rest().chars().next()
    }

    fn refuse<T>(&self) -> Result<T, NotRead> {
        Err(NotRead { at: self.at })
    }

    fn advance(&mut self, bytes: usize) {
        self.at = self.at.saturating_add(bytes).min(self.text.len());
    }

    fn eat(&mut self, wanted: char) -> Result<(), NotRead> {
        if self.peek() == Some(wanted) {
            self.advance(wanted.len_utf8());
            Ok(())
        } else {
            self.refuse()
        }
    }

    /// Spaces on this line; how many.
    fn skip_spaces(&mut self) -> usize {
        let rest = self.rest();
        let spaces = rest.bytes().position(|b| b != b' ').unwrap_or(rest.len());
        self.advance(spaces);
        spaces
    }

    /// The line end here (`\n` or `\r\n`), if there is one.
    fn line_end_len(&self) -> Option<usize> {
        let rest = self.rest();
        if rest.starts_with('\n') {
            Some(1)
        } else if rest.starts_with("\r\n") {
            Some(2)
        } else {
            None
        }
    }

    fn skip_line(&mut self) {
        let rest = self.rest();
        let end = rest.find('\n').map_or(rest.len(), |i| i + 1);
        self.advance(end);
    }

    /// Lines holding nothing but spaces, from the start of a line.
    fn skip_blank_lines(&mut self) -> usize {
        let mut lines = 0;
        loop {
            let start = self.at;
            self.skip_spaces();
            match self.line_end_len() {
                Some(len) => {
                    self.advance(len);
                    lines += 1;
                }
                None => {
                    self.at = start;
                    return lines;
                }
            }
        }
    }

    /// Spaces and line ends, where Fluent allows both (inside `{ … }`).
    fn skip_blank(&mut self) {
        loop {
            self.skip_spaces();
            match self.line_end_len() {
                Some(len) => self.advance(len),
                None => return,
            }
        }
    }

    /// `[a-zA-Z][a-zA-Z0-9_-]*`
    fn identifier(&mut self) -> Result<&'a str, NotRead> {
        let rest = self.rest();
        if !rest.starts_with(|c: char| c.is_ascii_alphabetic()) {
            return self.refuse();
        }
        let len = rest
            .bytes()
            .position(|b| !(b.is_ascii_alphanumeric() || b == b'-' || b == b'_'))
            .unwrap_or(rest.len());
        self.advance(len);
        Ok(rest.get(..len).unwrap_or_default())
    }

    /// `id = value`, from the start of its line to the end of its value.
    fn message(&mut self) -> Result<(&'a str, Pattern<'a>), NotRead> {
        let id = self.identifier()?;
        self.skip_spaces();
        self.eat('=')?;
        let value = self.value()?;
        match value {
            Some(value) => Ok((id, value)),
            // A message without a value has only attributes, which the app's files don't use.
            None => self.refuse(),
        }
    }

    /// A value after `=` or a variant's key: on the same line, or starting on a following
    /// line that is indented. `None` if there is none.
    fn value(&mut self) -> Result<Option<Pattern<'a>>, NotRead> {
        self.skip_spaces();
        if self.peek().is_some() && self.line_end_len().is_none() {
            return self.pattern(false).map(Some);
        }
        let start = self.at;
        self.skip_blank_lines();
        if self.continues_value() {
            return self.pattern(true).map(Some);
        }
        self.at = start;
        Ok(None)
    }

    /// Whether the line starting here goes on with the value: it is indented and doesn't
    /// start a variant, an attribute or the end of a choice — or it starts a `{`.
    fn continues_value(&self) -> bool {
        let rest = self.rest();
        let line = rest.trim_start_matches(' ');
        let indented = line.len() < rest.len();
        match line.chars().next() {
            Some('{') => true,
            Some('\n' | '\r') | None => false,
            Some(c) => indented && !NOT_CONTINUATION.contains(&c),
        }
    }

    /// A value, read to the line end that isn't followed by more of it.
    fn pattern(&mut self, starts_on_its_own_line: bool) -> Result<Pattern<'a>, NotRead> {
        let mut raw = Vec::new();
        let mut common_indent = usize::MAX;
        if starts_on_its_own_line {
            let indent = self.skip_spaces();
            common_indent = indent;
            raw.push(Raw::Break { lines: 0, indent });
        }
        loop {
            match self.peek() {
                None => break,
                Some('\n' | '\r') => {
                    let start = self.at;
                    let lines = self.skip_blank_lines();
                    if lines > 0 && self.continues_value() {
                        let indent = self.skip_spaces();
                        common_indent = common_indent.min(indent);
                        raw.push(Raw::Break { lines, indent });
                    } else {
                        self.at = start;
                        break;
                    }
                }
                Some('{') => raw.push(Raw::Piece(self.placeable()?)),
                Some('}') => return self.refuse(),
                Some(_) => {
                    let rest = self.rest();
                    // Bytes, not chars: the signs are ASCII, so where one is, a char starts.
                    let len = rest
                        .bytes()
                        .position(|b| matches!(b, b'{' | b'}' | b'\n' | b'\r'))
                        .unwrap_or(rest.len());
                    raw.push(Raw::Text(rest.get(..len).unwrap_or_default()));
                    self.advance(len);
                }
            }
        }
        Ok(dedent(raw, common_indent))
    }

    /// `{ $name }` or `{ $name -> variants }`.
    fn placeable(&mut self) -> Result<Piece<'a>, NotRead> {
        self.eat('{')?;
        self.skip_blank();
        self.eat('$')?;
        let name = self.identifier()?;
        self.skip_blank();
        let piece = if self.rest().starts_with("->") {
            self.advance(2);
            self.skip_spaces();
            if self.line_end_len().is_none() {
                return self.refuse();
            }
            self.choice(name)?
        } else {
            Piece::Variable(name)
        };
        self.skip_blank();
        self.eat('}')?;
        Ok(piece)
    }

    /// The variants of a choice, one per line, exactly one of them the default.
    fn choice(&mut self, on: &'a str) -> Result<Piece<'a>, NotRead> {
        let mut variants = Vec::new();
        let mut default = None;
        loop {
            self.skip_blank();
            let is_default = self.peek() == Some('*');
            if is_default {
                if default.is_some() {
                    return self.refuse();
                }
                self.advance(1);
                default = Some(variants.len());
            } else if self.peek() != Some('[') {
                break;
            }
            self.eat('[')?;
            self.skip_blank();
            let key = self.variant_key()?;
            self.skip_blank();
            self.eat(']')?;
            let Some(value) = self.value()? else {
                return self.refuse();
            };
            variants.push(Variant { key, value });
            // Each variant ends its line.
            match self.line_end_len() {
                Some(len) => self.advance(len),
                None => return self.refuse(),
            }
        }
        match default {
            Some(default) => Ok(Piece::Choice { on, variants, default }),
            None => self.refuse(),
        }
    }

    /// An identifier or a whole number.
    fn variant_key(&mut self) -> Result<&'a str, NotRead> {
        let rest = self.rest();
        let sign = usize::from(rest.starts_with('-'));
        let digits = rest
            .get(sign..)
            .unwrap_or_default()
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(rest.len().saturating_sub(sign));
        if digits > 0 {
            let len = sign + digits;
            self.advance(len);
            return Ok(rest.get(..len).unwrap_or_default());
        }
        self.identifier()
    }
}

/// Takes the indentation common to a value's lines off each, joins the text, and drops the
/// spaces and line ends at its end.
fn dedent<'a>(raw: Vec<Raw<'a>>, common_indent: usize) -> Pattern<'a> {
    let mut pattern: Pattern<'a> = Vec::new();
    for part in raw {
        let more: Cow<'a, str> = match part {
            Raw::Piece(piece) => {
                pattern.push(piece);
                continue;
            }
            Raw::Text(text) => Cow::Borrowed(text),
            Raw::Break { lines, indent } => {
                let spaces = indent.saturating_sub(common_indent);
                let mut text = String::with_capacity(lines + spaces);
                text.extend(std::iter::repeat_n('\n', lines));
                text.extend(std::iter::repeat_n(' ', spaces));
                Cow::Owned(text)
            }
        };
        if more.is_empty() {
            continue;
        }
        match pattern.last_mut() {
            Some(Piece::Text(last)) => last.to_mut().push_str(&more),
            _ => pattern.push(Piece::Text(more)),
        }
    }
    if let Some(Piece::Text(last)) = pattern.last_mut() {
        let kept = last.trim_end_matches([' ', '\n', '\r']).len();
        match last {
            Cow::Borrowed(text) => *text = text.get(..kept).unwrap_or_default(),
            Cow::Owned(text) => text.truncate(kept),
        }
        if last.is_empty() {
            pattern.pop();
        }
    }
    pattern
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Piece<'_> {
        Piece::Text(Cow::Borrowed(s))
    }

    fn one(source: &str) -> Pattern<'_> {
        let messages = read(source).unwrap_or_else(|e| panic!("{source:?} refused at {}", e.at));
        assert_eq!(messages.len(), 1, "{source:?}");
        messages.into_iter().next().map(|(_, p)| p).unwrap_or_default()
    }

    fn written(source: &str, args: &[(&str, Value)], plurals: PluralRules) -> String {
        let value_of = |name: &str| args.iter().find(|(n, _)| *n == name).map(|(_, v)| v);
        let mut out = String::new();
        format(&one(source), &value_of, plurals, &|n| n.to_string(), &mut out);
        out
    }

    #[test]
    fn a_value_s_lines_lose_their_common_indentation_and_keep_their_blank_lines() {
        assert_eq!(one("a = Hello"), vec![text("Hello")]);
        assert_eq!(
            one("a =\n    Line one\n    Line two\n"),
            vec![text("Line one\nLine two")]
        );
        assert_eq!(one("a = Line one\n    Line two\n"), vec![text("Line one\nLine two")]);
        assert_eq!(one("a =\n        Deeper\n    Less\n"), vec![text("    Deeper\nLess")]);
        assert_eq!(one("a =\n    One\n\n   \n    Three\n"), vec![text("One\n\n\nThree")]);
        // Trailing spaces and blank lines go; a comment after ends nothing it shouldn't.
        assert_eq!(one("a = Hello   \n\n# note\n"), vec![text("Hello")]);
        assert_eq!(one("a = Hello\r\n    again\r\n"), vec![text("Hello\nagain")]);
    }

    #[test]
    fn variables_and_choices_read_inline_and_over_lines() {
        assert_eq!(
            one("a = Can { $partner }\n    sell { $what }?\n"),
            vec![
                text("Can "),
                Piece::Variable("partner"),
                text("\nsell "),
                Piece::Variable("what"),
                text("?")
            ]
        );
        let source = "a = The { $file ->\n        [matrix] offer matrix\n       *[prices] price list\n    } is missing { $n }.\n";
        assert_eq!(
            one(source),
            vec![
                text("The "),
                Piece::Choice {
                    on: "file",
                    variants: vec![
                        Variant {
                            key: "matrix",
                            value: vec![text("offer matrix")]
                        },
                        Variant {
                            key: "prices",
                            value: vec![text("price list")]
                        },
                    ],
                    default: 1,
                },
                text(" is missing "),
                Piece::Variable("n"),
                text("."),
            ]
        );
        // The closing brace may stand at the start of its line.
        let source = "a = { $kind ->\n    [x] X\n   *[y]\n        Y one\n        Y two\n}\nb = B\n";
        let messages = read(source).map_err(|e| e.at);
        assert_eq!(messages.as_ref().map(Vec::len), Ok(2));
    }

    #[test]
    fn a_number_picks_its_variant_by_the_language_s_plural_rules() {
        let seats = "a = { $n ->\n    [0] none\n    [one] { $n } seat\n   *[other] { $n } seats\n}\n";
        let w = |n, rules| written(seats, &[("n", Value::Number(n))], rules);
        assert_eq!(w(0, PluralRules::English), "none");
        assert_eq!(w(1, PluralRules::English), "1 seat");
        assert_eq!(w(2, PluralRules::English), "2 seats");
        assert_eq!(w(1, PluralRules::French), "1 seat");
        assert_eq!(w(2_000_000, PluralRules::French), "2000000 seats");
        assert_eq!(w(-1, PluralRules::English), "-1 seat");
        assert_eq!(PluralRules::French.category(2_000_000), "many");
        assert_eq!(PluralRules::French.category(0), "one");
        assert_eq!(PluralRules::English.category(0), "other");
        let kind = "a = { $k ->\n    [workbook] W\n   *[binary] B\n}\n";
        assert_eq!(
            written(kind, &[("k", Value::Text("workbook".into()))], PluralRules::English),
            "W"
        );
        assert_eq!(
            written(kind, &[("k", Value::Text("other".into()))], PluralRules::English),
            "B"
        );
        // No value: the default variant, and the variable shown as a gap.
        assert_eq!(written(kind, &[], PluralRules::English), "B");
        assert_eq!(written("a = Hi { $who }", &[], PluralRules::English), "Hi {$who}");
    }

    #[test]
    fn what_is_not_this_part_of_fluent_is_refused_where_it_stops() {
        for bad in [
            "a = { $n ->\n    [one] x\n}\n",                // no default
            "a = { $n ->\n   *[one] x\n   *[other] y\n}\n", // two defaults
            "a = { $n \n",                                  // unclosed
            "a = }\n",                                      // stray brace
            "a = { -term }\n",                              // a term
            "a = { \"literal\" }\n",                        // a literal
            "a = { NUMBER($n) }\n",                         // a function
            "a = { other-message }\n",                      // a message reference
            "a =\n    .title = T\n",                        // attributes only
            "-term = T\n",                                  // a term's definition
            "a Hello\n",                                    // no `=`
            "a = x\n  stray\nb",                            // not a message
            "a = { $n ->\n    [one]\n   *[other] y\n}\n",   // a variant without value
        ] {
            assert!(read(bad).is_err(), "{bad:?} was read");
        }
    }

    /// Fluent's own parser's reading of a value, in this module's terms.
    #[cfg(not(target_arch = "wasm32"))]
    fn as_fluent_reads<'a>(pattern: &fluent_syntax::ast::Pattern<&'a str>) -> Pattern<'a> {
        use fluent_syntax::ast::{Expression, InlineExpression, PatternElement, VariantKey};
        let mut out: Pattern<'a> = Vec::new();
        for element in &pattern.elements {
            let piece = match element {
                PatternElement::TextElement { value } => Piece::Text(Cow::Borrowed(value)),
                PatternElement::Placeable { expression } => match expression {
                    Expression::Inline(InlineExpression::VariableReference { id }) => Piece::Variable(id.name),
                    Expression::Select {
                        selector: InlineExpression::VariableReference { id },
                        variants,
                    } => Piece::Choice {
                        on: id.name,
                        default: variants.iter().position(|v| v.default).unwrap_or_default(),
                        variants: variants
                            .iter()
                            .map(|v| Variant {
                                key: match &v.key {
                                    VariantKey::Identifier { name } => name,
                                    VariantKey::NumberLiteral { value } => value,
                                },
                                value: as_fluent_reads(&v.value),
                            })
                            .collect(),
                    },
                    other => panic!("the build refuses {other:?}"),
                },
            };
            match (out.last_mut(), piece) {
                (Some(Piece::Text(last)), Piece::Text(more)) => last.to_mut().push_str(&more),
                (_, piece) => out.push(piece),
            }
        }
        out
    }

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn every_message_of_the_app_s_files_reads_as_fluent_reads_it() {
        for (name, source) in [
            ("en.ftl", include_str!("../../locales/en.ftl")),
            ("fr.ftl", include_str!("../../locales/fr.ftl")),
        ] {
            let ours = read(source).unwrap_or_else(|e| panic!("{name} refused at byte {}", e.at));
            let fluent = fluent_syntax::parser::parse(source).unwrap_or_else(|_| panic!("Fluent refuses {name}"));
            let theirs: Vec<(&str, Pattern)> = fluent
                .body
                .iter()
                .filter_map(|entry| match entry {
                    fluent_syntax::ast::Entry::Message(m) => Some((m.id.name, as_fluent_reads(m.value.as_ref()?))),
                    _ => None,
                })
                .collect();
            assert_eq!(ours.len(), theirs.len(), "{name}: not as many messages");
            for (ours, theirs) in ours.iter().zip(&theirs) {
                assert_eq!(ours, theirs, "{name}");
            }
            // Multi-line values and choices are among them.
            assert!(ours
                .iter()
                .any(|(_, p)| p.iter().any(|x| matches!(x, Piece::Text(t) if t.contains('\n')))));
            assert!(ours
                .iter()
                .any(|(_, p)| p.iter().any(|x| matches!(x, Piece::Choice { .. }))));
        }
    }
}
