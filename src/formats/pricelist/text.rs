//! What kind of text a file is, before any row is read: not text at all (a workbook, a file
//! saved as UTF-16, a PDF), or CSV separated by commas, by semicolons (what a European
//! spreadsheet saves, with decimal commas and day-first dates) or by tabs.

use std::io::Cursor;

use super::FileProblem;

/// What a file that is not CSV text looks like, so the message can say how to save it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotText {
    /// A zip file: an `.xlsx` workbook, most likely.
    Workbook,
    /// Text saved as UTF-16 (Excel's "Unicode Text").
    Utf16,
    Binary,
}

/// The character between fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Separator {
    Comma,
    Semicolon,
    Tab,
}

impl Separator {
    fn byte(self) -> u8 {
        match self {
            Separator::Comma => b',',
            Separator::Semicolon => b';',
            Separator::Tab => b'\t',
        }
    }
}

/// How a CSV file writes its fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Dialect {
    pub separator: Separator,
}

impl Dialect {
    /// Semicolons are what spreadsheets save where the comma is the decimal mark: prices read
    /// `36,00` and dates `01/11/2026` (day first).
    pub fn european(self) -> bool {
        self.separator == Separator::Semicolon
    }
}

/// How much of the start of a file is looked at.
const SNIFFED_CHARS: usize = 4_096;

/// Tells what kind of text `text` is. The browser decodes a file as UTF-8, replacing what
/// isn't with U+FFFD, so a binary file arrives as text full of those and of NULs.
pub fn sniff(text: &str) -> Result<Dialect, FileProblem> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.starts_with("PK\u{3}\u{4}") {
        return Err(FileProblem::NotText(NotText::Workbook));
    }
    let start: Vec<char> = text.chars().take(SNIFFED_CHARS).collect();
    let nuls = start.iter().filter(|c| **c == '\0').count();
    if nuls > 0 {
        // UTF-16 text of Latin letters has a NUL after every letter.
        let utf16 = nuls.saturating_mul(3) >= start.len();
        return Err(FileProblem::NotText(if utf16 {
            NotText::Utf16
        } else {
            NotText::Binary
        }));
    }
    let replaced = start.iter().filter(|c| **c == '\u{fffd}').count();
    let controls = start
        .iter()
        .filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
        .count();
    // A stray unreadable character is a typo; one in twenty is not text.
    if replaced.saturating_add(controls).saturating_mul(20) > start.len() {
        return Err(FileProblem::NotText(NotText::Binary));
    }
    Ok(Dialect {
        separator: separator_of_header(text),
    })
}

/// The separator the header line uses most, outside quotes; a comma when it uses none.
fn separator_of_header(text: &str) -> Separator {
    let mut counts = [
        (Separator::Comma, 0usize),
        (Separator::Semicolon, 0),
        (Separator::Tab, 0),
    ];
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' | '\r' if !quoted => break,
            _ if quoted => {}
            _ => {
                for (separator, count) in counts.iter_mut() {
                    if char::from(separator.byte()) == c {
                        *count = count.saturating_add(1);
                    }
                }
            }
        }
    }
    // The first of the most used, so a tie stays a comma.
    counts
        .into_iter()
        .fold(
            (Separator::Comma, 0),
            |best, next| if next.1 > best.1 { next } else { best },
        )
        .0
}

pub(super) fn csv_reader(text: String, dialect: Dialect) -> csv::Reader<Cursor<Vec<u8>>> {
    let text = match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_string(),
        None => text,
    };
    csv::ReaderBuilder::new()
        .delimiter(dialect.separator.byte())
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(Cursor::new(text.into_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_separator_is_the_one_the_header_uses_outside_quotes() {
        let separator = |text: &str| sniff(text).map(|d| d.separator);
        assert_eq!(separator("A,B,C\n1;2;3;4;5"), Ok(Separator::Comma));
        assert_eq!(separator("\u{feff}A;B;C\r\n1,5;2;3"), Ok(Separator::Semicolon));
        assert_eq!(separator("A\tB\tC\n"), Ok(Separator::Tab));
        assert_eq!(separator("\"A;B;C\",D\n"), Ok(Separator::Comma));
        assert_eq!(separator("ProductTitle\n"), Ok(Separator::Comma));
    }

    #[test]
    fn files_that_are_not_text_are_told_apart() {
        let not_text = |text: &str| sniff(text).err();
        assert_eq!(
            not_text("PK\u{3}\u{4}\u{14}\0\u{6}\0"),
            Some(FileProblem::NotText(NotText::Workbook))
        );
        let utf16: String = "P\0r\0o\0d\0u\0c\0t\0T\0i\0t\0l\0e\0".into();
        assert_eq!(
            not_text(&format!("\u{fffd}\u{fffd}{utf16}")),
            Some(FileProblem::NotText(NotText::Utf16))
        );
        let pdf: String = std::iter::repeat_n("%PDF-1.7 \u{fffd}\u{fffd}\u{fffd}\u{fffd}", 50).collect();
        assert_eq!(not_text(&pdf), Some(FileProblem::NotText(NotText::Binary)));
        assert_eq!(not_text("Produit,Société\nÉté,Noël\u{fffd}\n"), None);
    }
}
