//! A model of PowerShell's tokenizer, as far as quoting is concerned, for tests of the commands
//! forcetls generates: where single-quoted (verbatim) strings start and end and what they hold,
//! and every token that could run or expand something (expandable strings, variables,
//! subexpressions, escapes, comments, line breaks).
//!
//! The rules follow about_Quoting_Rules and about_Parsing
//! (<https://learn.microsoft.com/powershell/module/microsoft.powershell.core/about/about_quoting_rules>)
//! and PowerShell's tokenizer (`CharExtensions.IsSingleQuote`/`IsDoubleQuote`): U+0027 and
//! U+2018–U+201B are single quotes, U+0022 and U+201C–U+201E double quotes; inside a verbatim
//! string two single-quote characters in a row stand for one; only CR and LF end a line (and a
//! `#` comment); `` ` `` escapes the next character outside verbatim strings.
#![allow(dead_code)]

/// Every character PowerShell treats as a single quote.
pub fn is_single_quote(c: char) -> bool {
    matches!(c, '\'' | '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}')
}

/// Every character PowerShell treats as a double quote.
pub fn is_double_quote(c: char) -> bool {
    matches!(c, '"' | '\u{201c}' | '\u{201d}' | '\u{201e}')
}

/// One token.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Token {
    /// A verbatim string, with its value (quotes removed, doubled quotes made single).
    Verbatim(String),
    /// An unterminated verbatim string (runs to the end of the input).
    Unterminated(String),
    /// An expandable ("double-quoted") string, as written.
    Expandable(String),
    /// `$name`, `${…}`, `$(`, `@(`, `@{`, as written.
    Dollar(String),
    /// `` ` `` and the character it escapes.
    Escape(String),
    /// A `#` comment, without the `#`.
    Comment(String),
    /// CR or LF.
    NewLine,
    /// A run of other characters (a command name, a parameter, a number, punctuation).
    Word(String),
}

/// Splits `script` into tokens; whitespace other than line breaks separates tokens and is dropped.
pub fn tokenize(script: &str) -> Vec<Token> {
    let chars: Vec<char> = script.chars().collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '\r' || c == '\n' {
            tokens.push(Token::NewLine);
            i += 1;
        } else if c.is_whitespace() {
            i += 1;
        } else if c == '#' {
            let end = (i..chars.len()).find(|&j| chars[j] == '\r' || chars[j] == '\n').unwrap_or(chars.len());
            tokens.push(Token::Comment(chars[i + 1..end].iter().collect()));
            i = end;
        } else if is_single_quote(c) {
            let (token, next) = verbatim(&chars, i + 1);
            tokens.push(token);
            i = next;
        } else if is_double_quote(c) {
            let mut j = i + 1;
            while j < chars.len() {
                if chars[j] == '`' {
                    j += 2;
                    continue;
                }
                if is_double_quote(chars[j]) {
                    if chars.get(j + 1).copied().is_some_and(is_double_quote) {
                        j += 2;
                        continue;
                    }
                    break;
                }
                j += 1;
            }
            let end = (j + 1).min(chars.len());
            tokens.push(Token::Expandable(chars[i..end].iter().collect()));
            i = end;
        } else if c == '`' {
            let end = (i + 2).min(chars.len());
            tokens.push(Token::Escape(chars[i..end].iter().collect()));
            i = end;
        } else if c == '$' || (c == '@' && matches!(chars.get(i + 1), Some('(' | '{'))) {
            let mut j = i + 1;
            if matches!(chars.get(j), Some('(' | '{')) {
                j += 1;
            } else {
                while j < chars.len() && (chars[j].is_alphanumeric() || chars[j] == '_' || chars[j] == ':' || chars[j] == '?' || chars[j] == '^' || chars[j] == '$') {
                    j += 1;
                }
            }
            tokens.push(Token::Dollar(chars[i..j].iter().collect()));
            i = j;
        } else {
            let mut j = i;
            while j < chars.len() {
                let d = chars[j];
                if d.is_whitespace() || d == '#' || d == '`' || d == '$' || is_single_quote(d) || is_double_quote(d) || (d == '@' && matches!(chars.get(j + 1), Some('(' | '{'))) {
                    break;
                }
                j += 1;
            }
            tokens.push(Token::Word(chars[i..j].iter().collect()));
            i = j;
        }
    }
    tokens
}

/// Reads a verbatim string whose opening quote was just before `start`.
fn verbatim(chars: &[char], start: usize) -> (Token, usize) {
    let mut value = String::new();
    let mut j = start;
    while j < chars.len() {
        let c = chars[j];
        if is_single_quote(c) {
            if chars.get(j + 1).copied().is_some_and(is_single_quote) {
                value.push(chars[j + 1]);
                j += 2;
                continue;
            }
            return (Token::Verbatim(value), j + 1);
        }
        value.push(c);
        j += 1;
    }
    (Token::Unterminated(value), j)
}

/// The tokens with every verbatim string's value replaced by `…`: what a command looks like to
/// PowerShell whatever the values are.
pub fn skeleton(tokens: &[Token]) -> Vec<Token> {
    tokens.iter().map(|t| if let Token::Verbatim(_) = t { Token::Verbatim("…".into()) } else { t.clone() }).collect()
}

/// The values of the verbatim strings, in order.
pub fn verbatim_values(tokens: &[Token]) -> Vec<String> {
    tokens.iter().filter_map(|t| if let Token::Verbatim(v) = t { Some(v.clone()) } else { None }).collect()
}

#[test]
fn the_model_reads_powershell_quoting() {
    use Token::*;
    assert_eq!(tokenize("Set-X -Identity 'O''Brien' -A $true # note\n"), [Word("Set-X".into()), Word("-Identity".into()), Verbatim("O'Brien".into()), Word("-A".into()), Dollar("$true".into()), Comment(" note".into()), NewLine]);
    assert_eq!(tokenize("'a\u{2019}\u{2019}b' \u{201c}$x\u{201d}"), [Verbatim("a\u{2019}b".into()), Expandable("\u{201c}$x\u{201d}".into())]);
    // An ASCII-only escaper leaves U+2019 to end the string early: the rest runs as code.
    assert_eq!(tokenize("'a\u{2019};Remove-Item x;\u{2018}'"), [Verbatim("a".into()), Word(";Remove-Item".into()), Word("x;".into()), Verbatim("".into())]);
    assert_eq!(tokenize("x `\n$(y) @{a=1}"), [Word("x".into()), Escape("`\n".into()), Dollar("$(".into()), Word("y)".into()), Dollar("@{".into()), Word("a=1}".into())]);
}
